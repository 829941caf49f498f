/* cli.h - what the command-line front end shares: the context of one
 * invocation, exit codes, the option parser and the command table.
 *
 * A command handler parses its options (before anything is opened, so
 * that bad input is reported first), calls ctx_open() for the session of
 * src/app (opened as the command table says: for reading or writing, with
 * the athlete or not), calls src/app for the work and src/render for the
 * output, which it appends to c->out. main() commits the session and
 * prints c->out on success; on failure it rolls back and prints the
 * error, so a failed command writes nothing to the database and nothing
 * to stdout. No rule, no SQL and no report is written here.
 */
#ifndef TALUS_CLI_H
#define TALUS_CLI_H

#include <stdint.h>

#include "app/session.h"
#include "core/units.h"
#include "util/err.h"
#include "util/strbuf.h"

/* Exit statuses (documented in talus.1, EXIT STATUS). */
enum exit_code {
	EXIT_OK_ = 0,
	EXIT_FAIL = 1,    /* a runtime failure: database, file system */
	EXIT_USAGE = 2,   /* bad input: a flag, a value, an unknown id */
	EXIT_PARTIAL = 3, /* import: some files failed */
	EXIT_INTR = 130,  /* interrupted */
};

struct cmd;

struct ctx {
	const char *db_path;      /* --db, TALUS_DB or the XDG default */
	int db_given;             /* 1 when from --db or TALUS_DB */
	const char *athlete_name; /* --athlete, TALUS_ATHLETE, or NULL */
	const struct cmd *cmd;    /* the command running */
	struct session ses;       /* opened by ctx_open() */
	struct strbuf out;        /* stdout, printed after the commit */
	struct strbuf hint;       /* an extra line after an error, or "" */
	int exit_status;          /* on success: 0, or EXIT_PARTIAL, EXIT_INTR */
	int writes;               /* set before ctx_open() by a command that
				     only reads unless an option says
				     otherwise: it writes this time */
};

/* The athlete of the session (valid after ctx_open()) and today. */
#define ATH(c) (&(c)->ses.ath)
#define TODAY(c) ((c)->ses.today)

/* Opens the session as the command table says the command needs it, and
 * adds the hint that fixes a missing database or athlete. */
int ctx_open(struct ctx *c, struct talus_err *err);

/* ---- options ------------------------------------------------------------- */

enum opt_kind {
	OPT_END = 0,
	OPT_FLAG,     /* --json */
	OPT_STR,      /* --note TEXT */
	OPT_INT,      /* --rpe N, checked against [min, max] */
	OPT_DATE,     /* --date YYYY-MM-DD */
	OPT_DATETIME, /* --date YYYY-MM-DD[THH:MM] */
	OPT_DIST,     /* --distance D: parsed later, in the athlete's unit */
	OPT_DURATION, /* --duration [H:]MM:SS */
	OPT_CHOICE,   /* --side left|right */
	OPT_LIST,     /* --tender SITE, repeatable; choices optional */
};

struct opt {
	const char *name;           /* without the leading "--" */
	enum opt_kind kind;
	long min, max;              /* OPT_INT */
	const char *const *choices; /* NULL-terminated; OPT_CHOICE, OPT_LIST */
	char short_name;            /* a one-letter alias (-q), or 0 */
};

#define OPT_MAX_LIST 16

/* The longest argument talus takes, in bytes (a path's PATH_MAX; a note
 * is at most 4,000): longer is refused before anything echoes it. */
#define CLI_ARG_MAX 4096

struct optval {
	int set;
	const char *str;    /* the text given */
	long num;           /* OPT_INT */
	int32_t day;        /* OPT_DATE, OPT_DATETIME */
	int sec;            /* OPT_DATETIME: seconds after midnight, or -1 */
	double secs;        /* OPT_DURATION */
	int choice;         /* OPT_CHOICE: index into choices */
	const char *list[OPT_MAX_LIST];
	int nlist;
};

/* Parses argv[0..argc-1] against opts (terminated by OPT_END); vals is
 * indexed like opts. Non-option words go to pos (at most maxpos). Returns
 * 0 or TALUS_EINVAL with a message naming the option and the value. */
int opt_parse(struct optval *vals, const struct opt *opts, int argc, char **argv,
	      const char **pos, int maxpos, int *npos, struct talus_err *err);

/* A distance option in the athlete's unit, checked to lie in (0, max] or,
 * with allow_zero, [0, max]. */
int opt_distance(double *out_m, const struct optval *v, const char *name,
		 enum units bare, double max_m, int allow_zero, struct talus_err *err);

/* Parses an id argument ("12": digits only); TALUS_EINVAL naming what
 * when bad. */
int parse_id(int64_t *out, const char *s, const char *what, struct talus_err *err);

/* Checks a name that talus keeps or looks up (an athlete's, a shoe's):
 * 1 to max bytes of UTF-8, no control character, no space at either end;
 * TALUS_EINVAL naming what ("--name", "shoe name") when bad. */
int cli_check_name(const char *s, const char *what, size_t max, struct talus_err *err);

/* ---- commands ------------------------------------------------------------- */

enum cmd_flags {
	CMD_WRITE = 1 << 0,      /* changes the database: a write transaction */
	CMD_CREATE = 1 << 1,     /* creates the database when missing */
	CMD_NO_ATHLETE = 1 << 2, /* works on the database, not on one athlete */
};

/* One command: its handler, its option table and its usage, side by side
 * in its cmd_<noun>.c, so that the two cannot drift apart (a unit test
 * holds every option against the usage). */
struct cmd {
	const char *name;      /* "run add", "today" */
	int (*fn)(struct ctx *c, int argc, char **argv, struct talus_err *err);
	const struct opt *opts; /* its options, OPT_END-terminated */
	const char *synopsis;  /* the usage, options included */
	const char *summary;   /* one line */
	unsigned flags;        /* enum cmd_flags */
};

/* Every command, in the order --help lists them; NULL-terminated. */
extern const struct cmd *const cmd_table[];
const struct cmd *cmd_find(const char *name);
/* The command name closest to 'word' (edit distance), or NULL. */
const char *cmd_suggest(const char *word);
/* Prints the help of a command, or the overview when cmd is NULL. */
void cmd_help(struct strbuf *out, const struct cmd *cmd);
/* 1 when word is the first word of commands ("run", "program"). */
int cmd_is_group(const char *word);
/* The commands of a group, with their usages. */
void cmd_group_help(struct strbuf *out, const char *group);

/* The commands, one file per noun (cmd_<noun>.c). */
extern const struct cmd cmd_init_def, cmd_athlete_list_def, cmd_athlete_rename_def,
	cmd_athlete_rm_def, cmd_team_def;
extern const struct cmd cmd_run_add_def, cmd_run_list_def, cmd_run_edit_def, cmd_run_rm_def;
extern const struct cmd cmd_shoe_add_def, cmd_shoe_list_def, cmd_shoe_retire_def,
	cmd_shoe_default_def;
extern const struct cmd cmd_ankle_log_def, cmd_ankle_list_def, cmd_ankle_rm_def,
	cmd_ankle_seen_def;
extern const struct cmd cmd_load_def, cmd_today_def, cmd_import_def;
extern const struct cmd cmd_assess_def, cmd_assess_show_def, cmd_assess_history_def;
extern const struct cmd cmd_program_new_def, cmd_program_show_def, cmd_program_log_def,
	cmd_program_status_def, cmd_program_retest_def;

/* talus assess and talus program retest (retest 1: a programme must be
 * under way, and the change since its assessment follows): cmd_assess.c. */
extern const struct opt cmd_assess_opts[];
int cmd_assess_record(struct ctx *c, int argc, char **argv, int retest, struct talus_err *err);
extern const struct cmd cmd_plan_build_def, cmd_plan_show_def;
extern const struct cmd cmd_recover_def, cmd_recover_end_def;
extern const struct cmd cmd_insights_def, cmd_report_def, cmd_serve_def;
extern const struct cmd cmd_export_def, cmd_backup_def, cmd_restore_def;

/* The whole of a "delete by ID" command: one positional ID, the app's
 * delete function, "deleted <what> <id>". */
int cli_rm(struct ctx *c, int argc, char **argv, const char *what, const char *list_cmd,
	   int (*del)(struct session *, int64_t, struct talus_err *), struct talus_err *err);

/* The hint after an unknown shoe: the nearest one, or how to add it. */
void cli_shoe_hint(struct ctx *c, const char *name);

/* Writes buf to path ("-": appended to out instead). TALUS_EIO naming the
 * file on failure. */
int cli_write_file(struct strbuf *out, const char *path, const struct strbuf *buf,
		   const char *what, struct talus_err *err);

/* Appends what, the path made visible (text_add_visible()) and a line
 * break: "wrote the calendar to PATH". */
void cli_wrote(struct strbuf *out, const char *what, const char *path);

/* 1 when standard input is a terminal (or TALUS_ASSUME_TTY=1, for tests
 * that pipe answers to prompts). */
int cli_stdin_is_terminal(void);

/* How to draw text on standard output (enum render_style): colour on a
 * terminal unless NO_COLOR is set (https://no-color.org) or TERM is
 * "dumb"; TALUS_COLOR=1 forces it (for tests). */
unsigned cli_style(void);

#endif
