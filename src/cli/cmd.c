/* cmd.c - the command table, help and "did you mean". To add a command:
 * write its handler in cmd_<noun>.c, declare it in cli.h, add a row here,
 * document it in talus.1 and docs/json.md, and add golden tests in
 * tests/cli/. */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

const struct cmd cmd_table[] = {
	{ "init", cmd_init,
	  "init [--name NAME] [--units km|mi] [--sex female|male] [--birth-year YYYY]",
	  "create the database (if needed) and an athlete" },
	{ "athlete list", cmd_athlete_list, "athlete list [--json]",
	  "list the athletes in the database" },
	{ "run add", cmd_run_add,
	  "run add --date YYYY-MM-DD[THH:MM] --distance D [--duration [H:]MM:SS]\n"
	  "              [--shoe NAME] [--surface road|trail|track|treadmill]\n"
	  "              [--rpe 0-10] [--pain-during 0-10] [--pain-after 0-10]\n"
	  "              [--side left|right|both] [--note TEXT]",
	  "log a run" },
	{ "run list", cmd_run_list, "run list [--since DATE] [--until DATE] [--json]",
	  "list runs and other activities" },
	{ "run edit", cmd_run_edit, "run edit ID [run add's options]",
	  "change a logged run" },
	{ "run rm", cmd_run_rm, "run rm ID", "delete a run" },
	{ "shoe add", cmd_shoe_add,
	  "shoe add NAME [--review D] [--limit D]\n"
	  "              [--support neutral|stability|motion-control] [--since DATE]\n"
	  "              [--initial D]",
	  "add a pair of shoes" },
	{ "shoe list", cmd_shoe_list, "shoe list [--json]",
	  "list shoes with their distance and wear alerts" },
	{ "shoe retire", cmd_shoe_retire, "shoe retire NAME", "retire a pair of shoes" },
	{ "shoe default", cmd_shoe_default, "shoe default NAME",
	  "make a pair the default for new runs" },
	{ "ankle log", cmd_ankle_log,
	  "ankle log --date DATE --side left|right [--pain 0-10]\n"
	  "              [--morning-pain 0-10] [--stiffness 0-10]\n"
	  "              [--swelling none|mild|moderate|severe] [--giving-way N]\n"
	  "              [--rolled] [--weight-bearing ok|painful|unable]\n"
	  "              [--tender SITE]... [--numb] [--cold-or-discoloured]\n"
	  "              [--deformity] [--crack] [--achilles-snap]\n"
	  "              [--hot-swollen-fever] [--bone-pain-worsening] [--note TEXT]\n"
	  "              SITE: lateral-malleolus, medial-malleolus,\n"
	  "              fifth-metatarsal or navicular",
	  "log how an ankle feels" },
	{ "ankle list", cmd_ankle_list, "ankle list [--since DATE] [--until DATE] [--json]",
	  "list ankle logs" },
	{ "ankle rm", cmd_ankle_rm, "ankle rm ID", "delete an ankle log" },
	{ "load", cmd_load, "load [--weeks N] [--date DATE] [--json]",
	  "weekly distance, the 10% rule, ACWR, monotony and strain" },
	{ "import", cmd_import,
	  "import PATH... [--shoe NAME] [--all-sports] [--dry-run] [--jobs N] [-q]\n"
	  "              [--json]\n"
	  "              PATH: a .gpx, .tcx or .fit file (or .gz), a folder, a .zip\n"
	  "              (Garmin or Strava export) or - for standard input",
	  "import runs from watch files and exports" },
	{ "today", cmd_today, "today [--date DATE] [--planned D] [--json]",
	  "what to do today, with the reasons" },
	{ "assess", cmd_assess,
	  "assess [--no-input] [--date DATE] [--sprain SIDE:YYYY-MM[:rehab-done|:no-rehab]]...\n"
	  "              [--brace-or-tape yes|no] [--gait neutral|over-pronation|supination|unknown]\n"
	  "              [--shoe-support neutral|stability|motion-control|minimal]\n"
	  "              [--cait-left 0-30] [--cait-right 0-30]\n"
	  "              [--heel-raises-left N] [--heel-raises-right N]\n"
	  "              [--knee-to-wall-left CM] [--knee-to-wall-right CM]\n"
	  "              [--stance-left S]... [--stance-right S]...\n"
	  "              [--ybalance-left CM] [--ybalance-right CM] [--json]\n"
	  "              asks on a terminal; --no-input takes the flags only",
	  "record an ankle assessment: history, CAIT, self-tests, causes" },
	{ "assess show", cmd_assess_show, "assess show [--id ID] [--date DATE] [--json]",
	  "show the latest assessment and its causes" },
	{ "assess history", cmd_assess_history, "assess history [--json]",
	  "the tests of every assessment, per side" },
	{ "program new", cmd_program_new,
	  "program new [--start DATE] [--days DAY,DAY,DAY] [--long-run-day DAY]\n"
	  "              [--date DATE] [--ics FILE] [--json]",
	  "start the 8-week ankle programme" },
	{ "program show", cmd_program_show,
	  "program show [--week N] [--date DATE] [--html FILE] [--ics FILE] [--json]",
	  "the programme's sessions at the current levels" },
	{ "program log", cmd_program_log,
	  "program log --date DATE --exercise ID [--side left|right|both]\n"
	  "              [--sets N] [--reps N] [--hold S] [--level N] [--lost-balance]\n"
	  "              [--rating easy|ok|hard]",
	  "log an exercise of the programme" },
	{ "program status", cmd_program_status, "program status [--date DATE] [--json]",
	  "adherence, levels and re-tests of the programme" },
	{ "plan build", cmd_plan_build,
	  "plan build --target D --weeks N [--long-run-day DAY] [--runs-per-week N]\n"
	  "              [--start DATE] [--date DATE] [--ics FILE] [--json]",
	  "build a mileage plan toward a weekly distance" },
	{ "plan show", cmd_plan_show,
	  "plan show [--week N] [--date DATE] [--ics FILE] [--json]",
	  "the plan's weeks and runs, and the day's run" },
	{ "recover", cmd_recover,
	  "recover [--date DATE] [--protect-days 1-3] [--ics FILE] [--json]",
	  "the recovery plan for ankle symptoms in the log" },
	{ "recover end", cmd_recover_end, "recover end [--date DATE]",
	  "end the recovery plan early" },
	{ NULL, NULL, NULL, NULL },
};

const struct cmd *
cmd_find(const char *name)
{
	for (const struct cmd *c = cmd_table; c->name; c++)
		if (!strcmp(c->name, name))
			return c;
	return NULL;
}

static int
distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	int d[64][64];

	if (la > 63 || lb > 63)
		return 99;
	for (size_t i = 0; i <= la; i++)
		d[i][0] = (int)i;
	for (size_t j = 0; j <= lb; j++)
		d[0][j] = (int)j;
	for (size_t i = 1; i <= la; i++)
		for (size_t j = 1; j <= lb; j++) {
			int sub = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
			int del = d[i - 1][j] + 1, ins = d[i][j - 1] + 1;
			d[i][j] = sub < del ? (sub < ins ? sub : ins) : (del < ins ? del : ins);
		}
	return d[la][lb];
}

const char *
cmd_suggest(const char *word)
{
	const char *best = NULL;
	int bd = 4;

	static char group[32];

	for (const struct cmd *c = cmd_table; c->name; c++) {
		const char *sp = strchr(c->name, ' ');
		int d = distance(word, c->name);
		if (d < bd) {
			bd = d;
			best = c->name;
		}
		/* a group's first word: "rn" -> "run" */
		if (sp && (size_t)(sp - c->name) < sizeof(group)) {
			char g[32];
			memcpy(g, c->name, (size_t)(sp - c->name));
			g[sp - c->name] = '\0';
			d = distance(word, g);
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
	"to run, run easy and shorter, rest, or see a clinician, with the reasons.\n"
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
	"Report bugs on the project's issue tracker (see README.md).\n";

void
cmd_help(struct strbuf *out, const struct cmd *cmd)
{
	if (cmd) {
		strbuf_addf(out, "usage: talus %s\n\n%s.\n\nSee talus(1) for details.\n",
			    cmd->synopsis, cmd->summary);
		return;
	}
	strbuf_adds(out, overview_head);
	for (const struct cmd *c = cmd_table; c->name; c++)
		strbuf_addf(out, "    %-14s %s\n", c->name, c->summary);
	strbuf_adds(out, overview_tail);
}
