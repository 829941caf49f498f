/* cmd.c - the command table, help and "did you mean". To add a command:
 * write its handler, option table and usage as a struct cmd in
 * cmd_<noun>.c (see docs/ARCHITECTURE.md, "How to add a command"), list it
 * in cli.h and here, document it in talus.1 and docs/json.md, and add
 * golden tests in tests/cli/. */
#include "cli/cli.h"
#include "util/text.h"

#include <stdio.h>
#include <string.h>

const struct cmd *const cmd_table[] = {
	&cmd_init_def,
	&cmd_athlete_list_def,
	&cmd_athlete_rename_def,
	&cmd_athlete_rm_def,
	&cmd_team_def,
	&cmd_run_add_def,
	&cmd_run_list_def,
	&cmd_run_edit_def,
	&cmd_run_rm_def,
	&cmd_shoe_add_def,
	&cmd_shoe_list_def,
	&cmd_shoe_retire_def,
	&cmd_shoe_default_def,
	&cmd_ankle_log_def,
	&cmd_ankle_list_def,
	&cmd_ankle_rm_def,
	&cmd_ankle_seen_def,
	&cmd_load_def,
	&cmd_import_def,
	&cmd_today_def,
	&cmd_assess_def,
	&cmd_assess_show_def,
	&cmd_assess_history_def,
	&cmd_program_new_def,
	&cmd_program_show_def,
	&cmd_program_log_def,
	&cmd_program_status_def,
	&cmd_program_retest_def,
	&cmd_plan_build_def,
	&cmd_plan_show_def,
	&cmd_recover_def,
	&cmd_recover_end_def,
	&cmd_insights_def,
	&cmd_report_def,
	&cmd_serve_def,
	&cmd_export_def,
	&cmd_backup_def,
	&cmd_restore_def,
	NULL,
};

const struct cmd *
cmd_find(const char *name)
{
	for (const struct cmd *const *c = cmd_table; *c; c++)
		if (!strcmp((*c)->name, name))
			return *c;
	return NULL;
}

const char *
cmd_suggest(const char *word)
{
	const char *best = NULL;
	int bd = 4;

	static char group[32];

	for (const struct cmd *const *cp = cmd_table; *cp; cp++) {
		const struct cmd *c = *cp;
		const char *sp = strchr(c->name, ' ');
		int d = text_distance(word, c->name);
		if (d < bd) {
			bd = d;
			best = c->name;
		}
		/* a group's first word: "rn" -> "run" */
		if (sp && (size_t)(sp - c->name) < sizeof(group)) {
			char g[32];
			memcpy(g, c->name, (size_t)(sp - c->name));
			g[sp - c->name] = '\0';
			d = text_distance(word, g);
			if (d < bd) {
				bd = d;
				memcpy(group, g, sizeof(g));
				best = group;
			}
		}
	}
	return best;
}

static const char overview_head[] =
	"usage: talus [--db PATH] [--athlete NAME] COMMAND [OPTIONS]\n"
	"       talus --version | --help | help COMMAND\n"
	"\n"
	"talus watches your running and your ankles and says, every day, whether\n"
	"to run, run easy and shorter, rest, see a clinician, or seek urgent care,\n"
	"with the reasons.\n"
	"\n"
	"examples:\n"
	"    talus init --name Ann --units km\n"
	"    talus run add --date 2026-03-02 --distance 8.5km --duration 48:30\n"
	"    talus ankle log --date 2026-03-02 --side left --pain 2\n"
	"    talus today\n"
	"\n"
	"commands:\n";

static const char overview_tail[] =
	"\n"
	"D is a distance: 8.5km, 5mi, 8500m, or a number in the athlete's unit.\n"
	"Every listing and report takes --json. The database is\n"
	"$XDG_DATA_HOME/talus/talus.db (~/.local/share/talus/talus.db), or --db\n"
	"PATH, or $TALUS_DB; the athlete is --athlete NAME or $TALUS_ATHLETE.\n"
	"\n"
	"talus is a wellness tool, not a medical device. See talus(1).\n"
	"\n"
	"exit status: 0 done; 1 a failure (the database, a file, a write error);\n"
	"2 bad input (an option, a value, an unknown id or name); 3 an import in\n"
	"which some files failed; 130 interrupted.\n"
	"Report bugs on the project's issue tracker (see README.md).\n";

int
cmd_is_group(const char *word)
{
	size_t n = strlen(word);

	for (const struct cmd *const *c = cmd_table; *c; c++)
		if (!strncmp((*c)->name, word, n) && (*c)->name[n] == ' ')
			return 1;
	return 0;
}

void
cmd_group_help(struct strbuf *out, const char *group)
{
	size_t n = strlen(group);

	strbuf_addf(out, "usage: talus %s COMMAND [OPTIONS]\n\n", group);
	for (const struct cmd *const *c = cmd_table; *c; c++)
		if (!strncmp((*c)->name, group, n) && (*c)->name[n] == ' ')
			strbuf_addf(out, "    talus %s\n        %s\n", (*c)->synopsis,
				    (*c)->summary);
	strbuf_addf(out, "\n'talus help %s COMMAND' shows one; see talus(1) for details.\n",
		    group);
}

void
cmd_help(struct strbuf *out, const struct cmd *cmd)
{
	if (cmd) {
		strbuf_addf(out, "usage: talus %s\n\n%s.\n\nSee talus(1) for details.\n",
			    cmd->synopsis, cmd->summary);
		return;
	}
	strbuf_adds(out, overview_head);
	for (const struct cmd *const *c = cmd_table; *c; c++)
		strbuf_addf(out, "    %-14s %s\n", (*c)->name, (*c)->summary);
	strbuf_adds(out, overview_tail);
}
