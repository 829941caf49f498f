/* cli.h - what the command-line layer shares: the context of one
 * invocation, exit codes, the option parser and the command table.
 *
 * A command handler parses its options, calls ctx_open() to get the
 * store, the athlete and a transaction, does its work and appends its
 * output to c->out. main() commits and prints c->out on success; on
 * failure it rolls back and prints the error, so a failed command writes
 * nothing to the database and nothing to stdout. */
#ifndef TALUS_CLI_H
#define TALUS_CLI_H

#include <stdint.h>

#include "core/units.h"
#include "store/store.h"
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

struct ctx {
	const char *db_path;      /* --db, TALUS_DB or the XDG default */
	int db_given;             /* 1 when from --db or TALUS_DB */
	const char *athlete_name; /* --athlete, TALUS_ATHLETE, or NULL */
	const char *cmd;          /* "run add", for messages */
	struct store *st;         /* NULL until ctx_open() */
	struct athlete ath;       /* valid after ctx_open() */
	int32_t today;            /* the local date (TALUS_TODAY overrides) */
	struct strbuf out;        /* stdout, printed after the commit */
	struct strbuf hint;       /* an extra line after an error, or "" */
	int exit_status;          /* on success: 0, or EXIT_PARTIAL, EXIT_INTR */
};

enum ctx_flags {
	CTX_CREATE = 1 << 0,     /* create the database if missing */
	CTX_NO_ATHLETE = 1 << 1, /* do not load the athlete */
	CTX_READ = 1 << 2,       /* the command only reads */
};

/* Opens the database, begins the command's transaction (a write one
 * unless CTX_READ) and, unless CTX_NO_ATHLETE, loads the athlete. */
int ctx_open(struct ctx *c, unsigned flags, struct talus_err *err);

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

/* ---- commands ------------------------------------------------------------- */

struct cmd {
	const char *name;      /* "run add", "today" */
	int (*fn)(struct ctx *c, int argc, char **argv, struct talus_err *err);
	const char *synopsis;  /* the usage, options included */
	const char *summary;   /* one line */
};

extern const struct cmd cmd_table[];
const struct cmd *cmd_find(const char *name);
/* The command name closest to 'word' (edit distance), or NULL. */
const char *cmd_suggest(const char *word);
/* Prints the help of a command, or the overview when cmd is NULL. */
void cmd_help(struct strbuf *out, const struct cmd *cmd);

/* Handlers, one per command (cmd_<noun>.c). */
int cmd_init(struct ctx *, int, char **, struct talus_err *);
int cmd_athlete_list(struct ctx *, int, char **, struct talus_err *);
int cmd_run_add(struct ctx *, int, char **, struct talus_err *);
int cmd_run_list(struct ctx *, int, char **, struct talus_err *);
int cmd_run_edit(struct ctx *, int, char **, struct talus_err *);
int cmd_run_rm(struct ctx *, int, char **, struct talus_err *);
int cmd_shoe_add(struct ctx *, int, char **, struct talus_err *);
int cmd_shoe_list(struct ctx *, int, char **, struct talus_err *);
int cmd_shoe_retire(struct ctx *, int, char **, struct talus_err *);
int cmd_shoe_default(struct ctx *, int, char **, struct talus_err *);
int cmd_ankle_log(struct ctx *, int, char **, struct talus_err *);
int cmd_ankle_list(struct ctx *, int, char **, struct talus_err *);
int cmd_ankle_rm(struct ctx *, int, char **, struct talus_err *);
int cmd_load(struct ctx *, int, char **, struct talus_err *);
int cmd_today(struct ctx *, int, char **, struct talus_err *);
int cmd_import(struct ctx *, int, char **, struct talus_err *);
int cmd_assess(struct ctx *, int, char **, struct talus_err *);
int cmd_assess_show(struct ctx *, int, char **, struct talus_err *);
int cmd_assess_history(struct ctx *, int, char **, struct talus_err *);
int cmd_program_new(struct ctx *, int, char **, struct talus_err *);
int cmd_program_show(struct ctx *, int, char **, struct talus_err *);
int cmd_program_log(struct ctx *, int, char **, struct talus_err *);
int cmd_program_status(struct ctx *, int, char **, struct talus_err *);
int cmd_plan_build(struct ctx *, int, char **, struct talus_err *);
int cmd_plan_show(struct ctx *, int, char **, struct talus_err *);
int cmd_recover(struct ctx *, int, char **, struct talus_err *);
int cmd_recover_end(struct ctx *, int, char **, struct talus_err *);

/* Writes the activity fields every activity listing shares (docs/json.md). */
struct json;
void cli_activity_json(struct json *j, const struct activity *a);

/* ---- clock and time zone (the CLI's, never core's) ---------------------- */

/* Today's local date, or TALUS_TODAY (YYYY-MM-DD) when set. */
int32_t clock_today(void);
/* The system time zone's UTC offset at local time (day, sec). */
int32_t clock_local_offset(int32_t day, int sec);

/* The whole of a "delete by ID" command: one positional ID, the store's
 * delete function, "deleted <what> <id>". */
int cli_rm(struct ctx *c, int argc, char **argv, const char *what, const char *list_cmd,
	   int (*del)(struct store *, int64_t, int64_t, struct talus_err *),
	   struct talus_err *err);

/* Parses an id argument ("12"); TALUS_EINVAL naming what when bad. */
int parse_id(int64_t *out, const char *s, const char *what, struct talus_err *err);

#endif
