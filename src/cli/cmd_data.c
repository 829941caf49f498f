/* cmd_data.c - talus export, talus backup, talus restore: the runner's
 * data out of talus, and the database copied and brought back. */
#include "app/clock.h"
#include "app/data.h"
#include "app/export.h"
#include "cli/cli.h"
#include "util/text.h"
#include "cli/prompt.h"
#include "render/export.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

static int
ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);

	return a >= b && !strcasecmp(s + a - b, suffix);
}

/* ---- export --------------------------------------------------------------------- */

static const char *const format_choices[] = { "csv", "json", NULL };

enum { E_FORMAT, E_SINCE, E_UNTIL, E_OUTPUT, E_N };
static const struct opt export_opts[] = {
	[E_FORMAT] = { "format", OPT_CHOICE, 0, 0, format_choices, 0 },
	[E_SINCE] = { "since", OPT_DATE, 0, 0, NULL, 0 },
	[E_UNTIL] = { "until", OPT_DATE, 0, 0, NULL, 0 },
	[E_OUTPUT] = { "output", OPT_STR, 0, 0, NULL, 'o' },
	{ 0 },
};

static int
export_run(void *payload, const struct run_entry *r)
{
	render_export_run(payload, r);
	return 0;
}

static int
cmd_export(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[E_N];
	const char *pos[1], *out;
	struct render_export x;
	struct export_data d;
	struct strbuf doc = STRBUF_INIT;
	enum app_export_dest dest;
	int npos, rc, json;
	int32_t from, to;

	if ((rc = opt_parse(v, export_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	from = v[E_SINCE].set ? v[E_SINCE].day : INT32_MIN;
	to = v[E_UNTIL].set ? v[E_UNTIL].day : INT32_MAX;
	if (from > to)
		return err_set(err, TALUS_EINVAL, "--since %s is after --until %s",
			       v[E_SINCE].str, v[E_UNTIL].str);
	out = v[E_OUTPUT].set && strcmp(v[E_OUTPUT].str, "-") ? v[E_OUTPUT].str : NULL;
	/* The format: as asked; else JSON to standard output or a .json
	 * file, CSV into a folder or a .zip. */
	json = v[E_FORMAT].set ? v[E_FORMAT].choice == 1 : !out || ends_with(out, ".json");
	if (!json && !out) {
		strbuf_adds(&c->hint, "e.g. talus export -o talus-export.zip, or talus export "
			    "--format json > talus.json");
		return err_set(err, TALUS_EINVAL, "a CSV export is one file per table: give "
			       "-o FOLDER or -o FILE.zip");
	}
	if (json && out && ends_with(out, ".zip"))
		return err_set(err, TALUS_EINVAL, "invalid -o '%s': a .zip holds the CSV files "
			       "(leave out --format json)", out);
	dest = json ? EXPORT_DEST_FILE : ends_with(out, ".zip") ? EXPORT_DEST_ZIP
							       : EXPORT_DEST_DIR;
	if ((out && (rc = app_export_check(out, dest, err))) || (rc = ctx_open(c, err)))
		return rc;
	render_export_begin(&x, json, out ? &doc : &c->out, ATH(c), from, to, clock_now_utc());
	if ((rc = app_export_read(&d, &c->ses, from, to, export_run, &x, err)))
		goto done;
	render_export_end(&x, &d);
	export_data_release(&d);
	if (out) {
		struct app_export_file files[EXPORT__COUNT];
		char names[EXPORT__COUNT][32];
		size_t n = 0;

		if (json) {
			files[n].name = out;
			files[n++].data = &doc;
		} else {
			for (int t = 0; t < EXPORT__COUNT; t++) {
				snprintf(names[t], sizeof(names[t]), "%s.csv",
					 export_table_name((enum export_table)t));
				files[n].name = names[t];
				files[n++].data = &x.csv[t];
			}
		}
		if ((rc = app_export_write(out, dest, files, n, err)))
			goto done;
		render_export_summary(&c->out, &x, out);
	}
done:
	render_export_release(&x);
	strbuf_release(&doc);
	return rc;
}

const struct cmd cmd_export_def = {
	"export", cmd_export, export_opts,
	"export [--format csv|json] [--since DATE] [--until DATE] [-o|--output PATH]\n"
	"              PATH: a folder or FILE.zip for CSV (one file per table),\n"
	"              FILE.json or - (standard output, the default) for JSON",
	"write your runs, ankle logs, shoes and programme to CSV or JSON", 0,
};

/* ---- backup ---------------------------------------------------------------------- */

static const struct opt backup_opts[] = { { "force", OPT_FLAG, 0, 0, NULL, 'f' }, { 0 } };

static int
cmd_backup(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[1];
	const char *pos[1];
	struct stat sb, db;
	int64_t bytes;
	int npos, rc;

	if ((rc = opt_parse(v, backup_opts, argc, argv, pos, 1, &npos, err)))
		return rc;
	if (npos != 1)
		return err_set(err, TALUS_EINVAL, "missing FILE: where to write the backup");
	if (!stat(pos[0], &sb) && S_ISDIR(sb.st_mode))
		return err_set(err, TALUS_EINVAL, "'%s' is a folder: give a file name", pos[0]);
	if (!stat(pos[0], &sb) && !stat(c->db_path, &db) && sb.st_dev == db.st_dev &&
	    sb.st_ino == db.st_ino)
		return err_set(err, TALUS_EINVAL, "'%s' is the database itself", pos[0]);
	if (!v[0].set && !access(pos[0], F_OK)) {
		strbuf_addf(&c->hint, "give another name, or replace it with: talus backup "
			    "--force '%s'", pos[0]);
		return err_set(err, TALUS_EEXIST, "'%s' exists", pos[0]);
	}
	if ((rc = ctx_open(c, err)) ||
	    (rc = app_backup(&bytes, &c->ses, pos[0], v[0].set, err))) {
		if (rc == TALUS_EEXIST)
			strbuf_addf(&c->hint, "give another name, or replace it with: talus "
				    "backup --force '%s'", pos[0]);
		return rc;
	}
	strbuf_adds(&c->out, "backed up ");
	text_add_visible(&c->out, c->db_path);
	strbuf_adds(&c->out, " to ");
	text_add_visible(&c->out, pos[0]);
	strbuf_addch(&c->out, '\n');
	return 0;
}

const struct cmd cmd_backup_def = {
	"backup", cmd_backup, backup_opts, "backup FILE [-f|--force]",
	"write a consistent copy of the database to FILE", CMD_NO_ATHLETE,
};

/* ---- restore --------------------------------------------------------------------- */

static const struct opt restore_opts[] = { { "yes", OPT_FLAG, 0, 0, NULL, 'y' }, { 0 } };

static int
cmd_restore(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[1];
	struct app_restore_info info;
	struct app_restored r;
	const char *pos[1];
	char q[512];
	int npos, rc;

	if ((rc = opt_parse(v, restore_opts, argc, argv, pos, 1, &npos, err)))
		return rc;
	if (npos != 1)
		return err_set(err, TALUS_EINVAL, "missing FILE: the backup to restore");
	if ((rc = app_restore_check(&info, pos[0], err)))
		return rc;
	if (!v[0].set) {
		if (!cli_stdin_is_terminal()) {
			strbuf_addf(&c->hint, "to restore it, say so: talus restore '%s' --yes",
				    pos[0]);
			return err_set(err, TALUS_EINVAL, "not restoring without --yes (standard "
				       "input is not a terminal)");
		}
		/* Asked before the database is opened: nothing is held while the
		 * runner answers. */
		snprintf(q, sizeof(q), "replace the database %s with %s (%lld %s, %lld %s)? the "
			 "current one is kept beside it as a .bak file", c->db_path, pos[0],
			 (long long)info.athletes, info.athletes == 1 ? "athlete" : "athletes",
			 (long long)info.activities,
			 info.activities == 1 ? "activity" : "activities");
		if ((rc = prompt_yes(q, err)) < 0)
			return rc;
		if (!rc)
			return err_set(err, TALUS_EINVAL, "not restored: the answer was no");
	}
	if ((rc = app_restore(&r, c->db_path, pos[0], TODAY(c), err)))
		return rc;
	strbuf_adds(&c->out, "restored ");
	text_add_visible(&c->out, pos[0]);
	strbuf_adds(&c->out, " into ");
	text_add_visible(&c->out, c->db_path);
	if (r.from_version < r.to_version)
		strbuf_addf(&c->out, " (schema version %d brought up to %d)", r.from_version,
			    r.to_version);
	strbuf_addch(&c->out, '\n');
	if (r.bak[0])
	{
		strbuf_adds(&c->out, "the database it replaced is kept as ");
		text_add_visible(&c->out, r.bak);
		strbuf_addch(&c->out, '\n');
	}
	return 0;
}

const struct cmd cmd_restore_def = {
	"restore", cmd_restore, restore_opts, "restore FILE [-y|--yes]",
	"replace the database with a backup (the current one is kept)",
	CMD_WRITE | CMD_CREATE | CMD_NO_ATHLETE,
};
