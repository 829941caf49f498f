/* main.c - talus: global options, dispatch to the command table, and the
 * one place where errors become messages and exit statuses. */
#include "app/clock.h"
#include "cli/cli.h"
#include "util/text.h"
#include "util/xalloc.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char *
default_db_path(void)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	struct strbuf sb = STRBUF_INIT;

	if (xdg && xdg[0] == '/')
		strbuf_addf(&sb, "%s/talus/talus.db", xdg);
	else
		strbuf_addf(&sb, "%s/.local/share/talus/talus.db", home && *home ? home : ".");
	return strbuf_detach(&sb);
}

/* Writes the command's output to stdout. TALUS_EWRITE with the reason on
 * an error (a full disk); a reader that closed the pipe (head -1) is not
 * an error: the rest of the output is simply not wanted. */
static int
write_out(const struct strbuf *out, struct talus_err *err)
{
	if ((out->len && fwrite(out->buf, 1, out->len, stdout) != out->len) || fflush(stdout)) {
		if (errno == EPIPE)
			return 0;
		return err_set(err, TALUS_EWRITE, "%s", strerror(errno));
	}
	return 0;
}

/* An error or warning message on stderr, with any control character of
 * what it echoes (an argument, a file name) made visible. */
static void
print_message(const char *prefix, const struct talus_err *err)
{
	struct strbuf sb = STRBUF_INIT;

	strbuf_adds(&sb, prefix);
	text_add_visible(&sb, err ? err->msg : "failed");
	strbuf_addch(&sb, '\n');
	fputs(sb.buf, stderr);
	strbuf_release(&sb);
}

/* An error of the command line itself (before a command runs): "talus:
 * PRE 'ARG'POST", with what it echoes made visible and cut, then the
 * hint. */
static int
usage_error(const char *hint, const char *pre, const char *arg, const char *post)
{
	struct talus_err err = TALUS_ERR_INIT;
	char echo[64];

	err_set(&err, TALUS_EINVAL, "%s%s'%s'%s", pre, *pre ? " " : "",
		text_clip(echo, sizeof(echo), arg), post);
	print_message("talus: ", &err);
	if (hint)
		fprintf(stderr, "%s\n", hint);
	return EXIT_USAGE;
}

/* Prints the hint after an error: each line as it is, but with any control
 * character other than its line breaks made visible (a hint may echo a
 * name or a path). */
static void
print_hint(const char *hint)
{
	struct strbuf sb = STRBUF_INIT, line = STRBUF_INIT;

	for (const char *p = hint, *nl; *p; p = nl + !!*nl) {
		nl = strchr(p, '\n');
		if (!nl)
			nl = p + strlen(p);
		strbuf_reset(&line);
		strbuf_add(&line, p, (size_t)(nl - p));
		text_add_visible(&sb, line.buf);
		strbuf_addch(&sb, '\n');
	}
	fputs(sb.buf, stderr);
	strbuf_release(&sb);
	strbuf_release(&line);
}

/* The athlete's name from --athlete or TALUS_ATHLETE, checked as a name
 * (what it names may be created by init). */
static int
check_athlete(const char *name, const char *what)
{
	struct talus_err err = TALUS_ERR_INIT;

	if (!name || !cli_check_name(name, what, ATHLETE_NAME_MAX, &err))
		return 0;
	print_message("talus: ", &err);
	return EXIT_USAGE;
}

/* The whole of a command that only prints (help, version): its exit
 * status. */
static int
output_only(const struct strbuf *out, struct talus_err *err)
{
	if (write_out(out, err)) {
		print_message("talus: write error: ", err);
		return EXIT_FAIL;
	}
	return 0;
}

static int
exit_for(int code)
{
	switch (code) {
	case TALUS_EINVAL:
	case TALUS_ENOTFOUND:
	case TALUS_EEXIST:
		return EXIT_USAGE;
	case TALUS_EINTR:
		return EXIT_INTR;
	default:
		return EXIT_FAIL;
	}
}

static int
print_version(void)
{
	struct strbuf sb = STRBUF_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	int rc;

	strbuf_addf(&sb, "talus %s\n%s\n", TALUS_VERSION, session_engine_version());
	rc = output_only(&sb, &err);
	strbuf_release(&sb);
	return rc;
}

/* Prints the help of cmd (the overview when NULL), or of the group of
 * commands the word group names, and frees it. */
static int
print_help(struct ctx *c, const struct cmd *cmd, const char *group)
{
	struct talus_err err = TALUS_ERR_INIT;
	int rc;

	if (group)
		cmd_group_help(&c->out, group);
	else
		cmd_help(&c->out, cmd);
	rc = output_only(&c->out, &err);
	strbuf_release(&c->out);
	return rc;
}

static int
wants_help(int argc, char **argv)
{
	for (int i = 0; i < argc; i++)
		if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
			return 1;
	return 0;
}

/* Finds the command named by the first one or two words; *used gets how
 * many words it took. */
static const struct cmd *
lookup(int argc, char **argv, int *used)
{
	const struct cmd *cmd = NULL;
	char two[128];

	if (argc >= 2) {
		snprintf(two, sizeof(two), "%s %s", argv[0], argv[1]);
		if ((cmd = cmd_find(two))) {
			*used = 2;
			return cmd;
		}
	}
	*used = 1;
	return cmd_find(argv[0]);
}

static int
unknown(int argc, char **argv)
{
	char want[128];
	const char *near;

	if (argc >= 2 && cmd_is_group(argv[0]) && argv[1][0] != '-')
		snprintf(want, sizeof(want), "%s %s", argv[0], argv[1]);
	else
		snprintf(want, sizeof(want), "%s", argv[0]);
	if (cmd_is_group(want)) {
		struct strbuf sb = STRBUF_INIT;
		fprintf(stderr, "talus: '%s' needs a subcommand:\n", want); /* a group's name */
		for (const struct cmd *const *c = cmd_table; *c; c++)
			if (!strncmp((*c)->name, want, strlen(want)) &&
			    (*c)->name[strlen(want)] == ' ')
				strbuf_addf(&sb, "    talus %s\n", (*c)->synopsis);
		fputs(sb.buf, stderr);
		strbuf_release(&sb);
		return EXIT_USAGE;
	}
	near = cmd_suggest(want);
	if (near) {
		char hint[96];
		snprintf(hint, sizeof(hint), "did you mean 'talus %s'?", near);
		return usage_error(hint, "", want, " is not a talus command");
	}
	return usage_error("see 'talus --help'", "", want, " is not a talus command");
}

int
main(int argc, char **argv)
{
	struct ctx c;
	struct talus_err err = TALUS_ERR_INIT;
	const struct cmd *cmd;
	char *dflt = NULL;
	int i = 1, used, rc, status, athlete_given = 0;

	/* A reader that closes the pipe early ends the output, not talus:
	 * write_out() sees EPIPE and stops quietly. */
	signal(SIGPIPE, SIG_IGN);
	memset(&c, 0, sizeof(c));
	strbuf_init(&c.out);
	strbuf_init(&c.hint);
	c.db_path = getenv("TALUS_DB");
	if (c.db_path && !*c.db_path)
		c.db_path = NULL;
	c.athlete_name = getenv("TALUS_ATHLETE");
	if (c.athlete_name && !*c.athlete_name)
		c.athlete_name = NULL;

	for (; i < argc && argv[i][0] == '-'; i++) {
		const char *a = argv[i];
		if (!strcmp(a, "--version"))
			return print_version();
		if (!strcmp(a, "--help") || !strcmp(a, "-h"))
			return print_help(&c, NULL, NULL);
		if (!strcmp(a, "--db") || !strcmp(a, "--athlete")) {
			if (i + 1 >= argc || !*argv[i + 1])
				return usage_error(NULL, "option", a, " needs a value");
			if (a[2] == 'd') {
				c.db_path = argv[++i];
			} else {
				c.athlete_name = argv[++i];
				athlete_given = 1;
			}
			continue;
		}
		if (!strncmp(a, "--db=", 5) && a[5]) {
			c.db_path = a + 5;
			continue;
		}
		if (!strncmp(a, "--athlete=", 10) && a[10]) {
			c.athlete_name = a + 10;
			athlete_given = 1;
			continue;
		}
		return usage_error("global options (--db PATH, --athlete NAME) come before "
				   "the command; see 'talus --help'", "unknown option", a, "");
	}
	/* A path is any bytes but talus shows and stores it as text. */
	if (c.db_path && strlen(c.db_path) > CLI_ARG_MAX) {
		fprintf(stderr, "talus: invalid --db: %zu bytes long, at most %d\n",
			strlen(c.db_path), CLI_ARG_MAX);
		return EXIT_USAGE;
	}
	if (c.db_path && !text_utf8_valid(c.db_path, strlen(c.db_path)))
		return usage_error(NULL, "invalid --db", c.db_path, ": not valid UTF-8 text");
	if ((rc = check_athlete(c.athlete_name, athlete_given ? "--athlete" : "TALUS_ATHLETE")))
		return rc;
	if (i == argc)
		return print_help(&c, NULL, NULL);
	if (!strcmp(argv[i], "help")) {
		if (i + 1 < argc) {
			if (!(cmd = lookup(argc - i - 1, argv + i + 1, &used))) {
				if (cmd_is_group(argv[i + 1]) && i + 2 == argc)
					return print_help(&c, NULL, argv[i + 1]);
				return unknown(argc - i - 1, argv + i + 1);
			}
		} else {
			cmd = NULL;
		}
		return print_help(&c, cmd, NULL);
	}
	if (!(cmd = lookup(argc - i, argv + i, &used))) {
		/* "talus run --help": the group's commands. */
		if (cmd_is_group(argv[i]) && wants_help(argc - i - 1, argv + i + 1))
			return print_help(&c, NULL, argv[i]);
		return unknown(argc - i, argv + i);
	}
	i += used;
	if (wants_help(argc - i, argv + i))
		return print_help(&c, cmd, NULL);
	c.db_given = c.db_path != NULL;
	if (!c.db_path)
		c.db_path = dflt = default_db_path();
	c.cmd = cmd;
	session_init(&c.ses, c.db_path, c.athlete_name, clock_today());

	rc = cmd->fn(&c, argc - i, argv + i, &err);
	if (rc == 0) {
		/* The output first, then the commit: a command whose output
		 * could not be written changes nothing, and once the change is
		 * committed nothing can fail any more. */
		if ((rc = write_out(&c.out, &err)) == 0)
			rc = session_commit(&c.ses, &err);
	}
	if (rc == 0) {
		if (session_read_only(&c.ses))
			fprintf(stderr, "talus: note: the database was opened read-only (%s)\n",
				session_read_only(&c.ses));
		if (err.msg[0])
			print_message("talus: ", &err);
		status = c.exit_status;
	} else {
		session_rollback(&c.ses);
		if (rc == TALUS_EWRITE) {
			print_message("talus: write error: ", &err);
			status = EXIT_FAIL;
		} else {
			fprintf(stderr, "talus: %s: ", cmd->name);
			print_message("", err.msg[0] ? &err : NULL);
			if (c.hint.len)
				print_hint(c.hint.buf);
			status = exit_for(rc);
		}
	}
	session_close(&c.ses);
	/* A message that could not be written: the status says so. */
	if (fflush(stderr) || ferror(stderr))
		status = status ? status : EXIT_FAIL;
	strbuf_release(&c.out);
	strbuf_release(&c.hint);
	free(dflt);
	return status;
}
