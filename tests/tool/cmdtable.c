/* cmdtable.c - a test tool linked with the command-line front end: prints
 * talus's command table (src/cli, struct cmd) one line per command and
 * one per option, tab-separated, so that tests/sh/badinput.sh covers a new
 * command or option the day it is added:
 *
 *   C <TAB> name <TAB> flags <TAB> positional words of the usage
 *   O <TAB> name <TAB> option <TAB> kind <TAB> min <TAB> max <TAB> a choice
 *
 * flags: w (writes), c (creates the database), n (works on no athlete),
 * "-" for none. The positional words are those of the usage's first line
 * between the command's name and its first option ("NAME", "OLD NEW",
 * "PATH..."), "-" for none. kind: flag, str, int, date, datetime, dist, duration,
 * choice, list. A choice: the first of the option's choices, or "-". */
#include "cli/cli.h"

#include <stdio.h>
#include <string.h>

static const char *
kind_name(enum opt_kind k)
{
	switch (k) {
	case OPT_FLAG: return "flag";
	case OPT_STR: return "str";
	case OPT_INT: return "int";
	case OPT_DATE: return "date";
	case OPT_DATETIME: return "datetime";
	case OPT_DIST: return "dist";
	case OPT_DURATION: return "duration";
	case OPT_CHOICE: return "choice";
	case OPT_LIST: return "list";
	case OPT_END: break;
	}
	return "?";
}

/* The positional words of the synopsis: after the name, up to the first
 * word that begins with '[' or '-', on its first line. */
static void
positionals(char *out, size_t n, const struct cmd *c)
{
	const char *s = c->synopsis + strlen(c->name);
	size_t len = 0;

	out[0] = '\0';
	while (*s == ' ')
		s++;
	while (*s && *s != '\n' && *s != '[' && *s != '-') {
		size_t w = strcspn(s, " \n");
		if (len + w + 2 >= n)
			break;
		if (len)
			out[len++] = ' ';
		memcpy(out + len, s, w);
		out[len += w] = '\0';
		s += w;
		while (*s == ' ')
			s++;
	}
}

int
main(void)
{
	for (const struct cmd *const *cp = cmd_table; *cp; cp++) {
		const struct cmd *c = *cp;
		char flags[4] = "", pos[128];
		size_t nf = 0;

		if (c->flags & CMD_WRITE)
			flags[nf++] = 'w';
		if (c->flags & CMD_CREATE)
			flags[nf++] = 'c';
		if (c->flags & CMD_NO_ATHLETE)
			flags[nf++] = 'n';
		flags[nf] = '\0';
		positionals(pos, sizeof(pos), c);
		printf("C\t%s\t%s\t%s\n", c->name, nf ? flags : "-", pos[0] ? pos : "-");
		for (const struct opt *o = c->opts; o->kind != OPT_END; o++)
			printf("O\t%s\t%s\t%s\t%ld\t%ld\t%s\n", c->name, o->name, kind_name(o->kind),
			       o->min, o->max, o->choices && o->choices[0] ? o->choices[0] : "-");
	}
	return ferror(stdout) != 0;
}
