/* test_cli.c - the command table: every option a command takes is in its
 * usage and every option its usage names is one it takes, so that --help
 * and the parser cannot drift apart; names are unique; the parser takes
 * each option of each command with a value of its kind. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "cli/cli.h"

/* The usage a command's options are held against: "run edit" says "[run
 * add's options]" beside its own. */
static const char *
usage_of(const struct cmd *c)
{
	static char buf[2048];

	if (!strstr(c->synopsis, "[run add's options]"))
		return c->synopsis;
	snprintf(buf, sizeof(buf), "%s %s", c->synopsis, cmd_find("run add")->synopsis);
	return buf;
}

/* 1 when "--name" stands in s as a whole option name. */
static int
names(const char *s, const char *name)
{
	size_t n = strlen(name);

	for (const char *p = s; (p = strstr(p, "--")); p += 2)
		if (!strncmp(p + 2, name, n) && !isalnum((unsigned char)p[2 + n]) &&
		    p[2 + n] != '-')
			return 1;
	return 0;
}

static void
every_option_is_in_the_usage(void **state)
{
	(void)state;
	for (const struct cmd *const *c = cmd_table; *c; c++)
		for (const struct opt *o = (*c)->opts; o->kind != OPT_END; o++)
			if (!names(usage_of(*c), o->name))
				fail_msg("talus %s: --%s is missing from its usage", (*c)->name,
					 o->name);
}

static void
every_usage_option_is_taken(void **state)
{
	(void)state;
	for (const struct cmd *const *c = cmd_table; *c; c++) {
		const char *u = usage_of(*c);
		for (const char *p = u; (p = strstr(p, "--")); p += 2) {
			char name[64];
			size_t n = 0;
			int found = 0;
			while (n + 1 < sizeof(name) && (isalnum((unsigned char)p[2 + n]) ||
							 p[2 + n] == '-'))
				name[n] = p[2 + n], n++;
			name[n] = '\0';
			for (const struct opt *o = (*c)->opts; o->kind != OPT_END; o++)
				found |= !strcmp(o->name, name);
			if (!found)
				fail_msg("talus %s: its usage names --%s, which it does not take",
					 (*c)->name, name);
		}
	}
}

static void
names_are_unique_and_found(void **state)
{
	(void)state;
	for (const struct cmd *const *a = cmd_table; *a; a++) {
		assert_ptr_equal(cmd_find((*a)->name), *a);
		assert_non_null((*a)->fn);
		assert_non_null((*a)->summary);
		for (const struct opt *o = (*a)->opts; o->kind != OPT_END; o++)
			for (const struct opt *p = o + 1; p->kind != OPT_END; p++)
				if (!strcmp(o->name, p->name))
					fail_msg("talus %s: --%s twice", (*a)->name, o->name);
	}
	assert_null(cmd_find("nope"));
	assert_string_equal(cmd_suggest("todya"), "today");
	assert_string_equal(cmd_suggest("rn"), "run");
}

/* A value each kind of option takes. */
static const char *
good_value(const struct opt *o)
{
	static char num[32];

	switch (o->kind) {
	case OPT_INT:
		snprintf(num, sizeof(num), "%ld", o->min);
		return num;
	case OPT_DATE: return "2026-03-01";
	case OPT_DATETIME: return "2026-03-01T07:30";
	case OPT_DIST: return "5km";
	case OPT_DURATION: return "30:00";
	case OPT_CHOICE:
	case OPT_LIST: return o->choices ? o->choices[0] : "x";
	default: return "x";
	}
}

static void
parser_takes_every_option(void **state)
{
	(void)state;
	for (const struct cmd *const *c = cmd_table; *c; c++)
		for (const struct opt *o = (*c)->opts; o->kind != OPT_END; o++) {
			struct optval v[64];
			const char *pos[4];
			char flag[80];
			char *argv[2];
			int npos, argc = 1;
			struct talus_err err = TALUS_ERR_INIT;

			snprintf(flag, sizeof(flag), "--%s", o->name);
			argv[0] = flag;
			if (o->kind != OPT_FLAG)
				argv[argc++] = (char *)good_value(o);
			if (opt_parse(v, (*c)->opts, argc, argv, pos, 4, &npos, &err))
				fail_msg("talus %s %s %s: %s", (*c)->name, flag,
					 argc > 1 ? argv[1] : "", err.msg);
			assert_true(v[o - (*c)->opts].set);
		}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(every_option_is_in_the_usage),
		cmocka_unit_test(every_usage_option_is_taken),
		cmocka_unit_test(names_are_unique_and_found),
		cmocka_unit_test(parser_takes_every_option),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
