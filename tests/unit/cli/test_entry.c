/* test_entry.c - the web's forms and the command line say the same: each
 * field of core/entry.h is an option of its command with the same kind
 * and range, and parsing a value gives the same message either way (or
 * none), on good and bad values. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/entry.h"

static const char *const samples[] = {
	"", "x", "-1", "0", "1", "3", "10", "11", "100", "101", "600", "1e3", "2026-02-28",
	"2026-02-30", "1899-12-31", "2026-03-01T07:30", "2026-03-01T25:00", "45:00",
	"1:02:03", "0:00", "8.5km", "5mi", "8500m", "501km", "0km", "-3km", "left", "right",
	"both", "up", "road", "treadmill", "mud", "none", "severe", "huge", "ok", "unable",
	"navicular", "knee", "easy", "hard", "calf-raise", NULL,
};

static const struct opt *
option(const struct cmd *c, const char *name)
{
	for (const struct opt *o = c->opts; o->kind != OPT_END; o++)
		if (!strcmp(o->name, name))
			return o;
	return NULL;
}

static void
same_as(const struct cmd *c, const struct entry_field *fields)
{
	for (const struct entry_field *f = fields; f->name; f++) {
		const struct opt *o = option(c, f->name);
		assert_non_null(o);
		if (f->kind == ENTRY_INT) {
			assert_int_equal(o->kind, OPT_INT);
			assert_int_equal(o->min, f->min);
			assert_int_equal(o->max, f->max);
		}
		if (f->kind == ENTRY_FLAG)
			assert_int_equal(o->kind, OPT_FLAG);
		if (f->kind == ENTRY_FLAG || f->kind == ENTRY_TEXT)
			continue;
		for (const char *const *s = samples; *s; s++) {
			struct optval v[32];
			const char *pos[1];
			char arg[64];
			char *argv[2] = { arg, (char *)*s };
			struct talus_err a = TALUS_ERR_INIT, b = TALUS_ERR_INIT;
			struct entry_value ev = { 0 };
			int npos, ra, rb;

			snprintf(arg, sizeof(arg), "--%s", f->name);
			ra = opt_parse(v, c->opts, 2, argv, pos, 0, &npos, &a);
			if (!ra && o->kind == OPT_DIST)
				ra = opt_distance(&ev.m, &v[o - c->opts], f->name, UNITS_KM,
						  ENTRY_RUN_MAX_M, 0, &a);
			rb = entry_parse(&ev, f, *s, UNITS_KM, &b);
			if (ra != rb || strcmp(a.msg, b.msg))
				fail_msg("%s --%s '%s': cli '%s', web '%s'", c->name, f->name, *s,
					 a.msg, b.msg);
		}
	}
}

static void
run_fields_are_run_add_options(void **state)
{
	(void)state;
	same_as(&cmd_run_add_def, entry_run_fields);
}

static void
ankle_fields_are_ankle_log_options(void **state)
{
	(void)state;
	same_as(&cmd_ankle_log_def, entry_ankle_fields);
}

static void
exercise_fields_are_program_log_options(void **state)
{
	(void)state;
	same_as(&cmd_program_log_def, entry_exercise_fields);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(run_fields_are_run_add_options),
		cmocka_unit_test(ankle_fields_are_ankle_log_options),
		cmocka_unit_test(exercise_fields_are_program_log_options),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
