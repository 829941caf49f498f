/* main.c - talus: global options, dispatch to the command table, and the
 * one place where errors become messages and exit statuses. */
#include "app/clock.h"
#include "cli/cli.h"
#include "util/xalloc.h"

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

static void
print_version(void)
{
	printf("talus %s\n", TALUS_VERSION);
	printf("%s\n", session_engine_version());
}

/* Prints the help of cmd (the overview when NULL), or of the group of
 * commands the word group names, and frees it. */
static int
print_help(struct ctx *c, const struct cmd *cmd, const char *group)
{
	if (group)
		cmd_group_help(&c->out, group);
	else
		cmd_help(&c->out, cmd);
	fputs(c->out.buf, stdout);
	strbuf_release(&c->out);
	return 0;
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
		fprintf(stderr, "talus: '%s' needs a subcommand:\n", want);
		for (const struct cmd *const *c = cmd_table; *c; c++)
			if (!strncmp((*c)->name, want, strlen(want)) &&
			    (*c)->name[strlen(want)] == ' ')
				strbuf_addf(&sb, "    talus %s\n", (*c)->synopsis);
		fputs(sb.buf, stderr);
		strbuf_release(&sb);
		return EXIT_USAGE;
	}
	fprintf(stderr, "talus: '%s' is not a talus command\n", want);
	if ((near = cmd_suggest(want)))
		fprintf(stderr, "did you mean 'talus %s'?\n", near);
	else
		fprintf(stderr, "see 'talus --help'\n");
	return EXIT_USAGE;
}

int
main(int argc, char **argv)
{
	struct ctx c;
	struct talus_err err = TALUS_ERR_INIT;
	const struct cmd *cmd;
	char *dflt = NULL;
	int i = 1, used, rc, status;

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
		if (!strcmp(a, "--version")) {
			print_version();
			return 0;
		}
		if (!strcmp(a, "--help") || !strcmp(a, "-h"))
			return print_help(&c, NULL, NULL);
		if (!strcmp(a, "--db") || !strcmp(a, "--athlete")) {
			if (i + 1 >= argc || !*argv[i + 1]) {
				fprintf(stderr, "talus: option '%s' needs a value\n", a);
				return EXIT_USAGE;
			}
			if (a[2] == 'd')
				c.db_path = argv[++i];
			else
				c.athlete_name = argv[++i];
			continue;
		}
		if (!strncmp(a, "--db=", 5) && a[5]) {
			c.db_path = a + 5;
			continue;
		}
		if (!strncmp(a, "--athlete=", 10) && a[10]) {
			c.athlete_name = a + 10;
			continue;
		}
		fprintf(stderr, "talus: unknown option '%s'\n", a);
		fprintf(stderr, "global options (--db PATH, --athlete NAME) come before "
				"the command; see 'talus --help'\n");
		return EXIT_USAGE;
	}
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
	if (!rc)
		rc = session_commit(&c.ses, &err);
	if (rc == 0) {
		fputs(c.out.buf, stdout);
		if (err.msg[0])
			fprintf(stderr, "talus: %s\n", err.msg);
		status = c.exit_status;
	} else {
		session_rollback(&c.ses);
		fprintf(stderr, "talus: %s: %s\n", cmd->name, err.msg[0] ? err.msg : "failed");
		if (c.hint.len)
			fprintf(stderr, "%s\n", c.hint.buf);
		status = exit_for(rc);
	}
	session_close(&c.ses);
	strbuf_release(&c.out);
	strbuf_release(&c.hint);
	free(dflt);
	return status;
}
