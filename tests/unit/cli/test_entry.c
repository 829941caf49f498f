/* test_entry.c - the web's forms and the command line say the same: each
 * field of core/entry.h is an option of its command with the same kind
 * and range, and parsing a value gives the same message either way (or
 * none), on good and bad values; a required field left out and
 * --red-flags none beside a red flag give the command's own messages
 * (its handler run up to its first error, before it opens anything). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "cli/cli.h"
#include "core/entry.h"
#include "util/date.h"

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

static void
seen_fields_are_ankle_seen_options(void **state)
{
	(void)state;
	same_as(&cmd_ankle_seen_def, entry_seen_fields);
}

/* The first error of command c's handler on the options argv (up to
 * NULL), today being 2026-03-01: "" when there is none before it would
 * open the database. */
static void
cli_error(char *msg, size_t n, const struct cmd *c, const char **argv)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct ctx ctx;
	int argc = 0;

	int32_t today;

	memset(&ctx, 0, sizeof(ctx));
	/* no database: a handler that gets past its checks stops at
	 * ctx_open() (not bad input) */
	ctx.db_path = "/nonexistent/talus-test/t.db";
	ctx.db_given = 1;
	ctx.cmd = c;
	assert_int_equal(date_parse(&today, "2026-03-01"), 0);
	session_init(&ctx.ses, ctx.db_path, NULL, today);
	while (argv[argc])
		argc++;
	msg[0] = '\0';
	if (c->fn(&ctx, argc, (char **)argv, &err) == TALUS_EINVAL)
		snprintf(msg, n, "%s", err.msg);
	session_close(&ctx.ses);
	strbuf_release(&ctx.out);
	strbuf_release(&ctx.hint);
}

/* Each required field left out: the form's message is the command's. */
static void
missing(const struct cmd *c, const struct entry_field *fields, const char *const *good)
{
	for (int i = 0; fields[i].name; i++) {
		const char *argv[17];
		char opt[8][40], cli[256];
		struct talus_err err = TALUS_ERR_INIT;
		int n = 0;

		if (!fields[i].required)
			continue;
		for (int k = 0; fields[k].name && n < 16; k++)
			if (k != i && fields[k].required) {
				snprintf(opt[n / 2], sizeof(opt[0]), "--%s", fields[k].name);
				argv[n] = opt[n / 2];
				argv[n + 1] = good[k];
				n += 2;
			}
		argv[n] = NULL;
		cli_error(cli, sizeof(cli), c, argv);
		entry_missing(&fields[i], &err);
		if (strcmp(cli, err.msg))
			fail_msg("%s without --%s: cli '%s', web '%s'", c->name, fields[i].name, cli,
				 err.msg);
	}
}

static void
missing_fields_are_the_commands(void **state)
{
	static const char *const seen[ES__N] = { [ES_DATE] = "2026-03-01", [ES_SIDE] = "left" };
	static const char *const ankle[EA__N] = { [EA_DATE] = "2026-03-01", [EA_SIDE] = "left" };

	(void)state;
	missing(&cmd_ankle_seen_def, entry_seen_fields, seen);
	missing(&cmd_ankle_log_def, entry_ankle_fields, ankle);
}

/* --red-flags none beside each red flag: the form and `ankle log` refuse
 * it with the same words; alone, the form's log says it. */
static void
red_flags_none_is_ankle_logs_check(void **state)
{
	static const struct {
		int field;
		const char *value;
	} flags[] = {
		{ EA_TENDER, "navicular" }, { EA_NUMB, NULL }, { EA_COLD, NULL },
		{ EA_DEFORM, NULL }, { EA_CRACK, NULL }, { EA_ACHILLES, NULL },
		{ EA_FEVER, NULL }, { EA_BONE, NULL }, { EA_WB, "unable" },
		{ EA_WB, "painful" }, { -1, NULL },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(flags) / sizeof(flags[0]); i++) {
		const struct entry_field *f = entry_ankle_fields;
		struct entry_value v[EA__N];
		struct ankle_log l;
		struct talus_err err = TALUS_ERR_INIT;
		const char *argv[12] = { "--date", "2026-03-01", "--side", "left", "--red-flags",
					 "none" };
		char opt[40], cli[256];
		int n = 6, rc;

		memset(v, 0, sizeof(v));
		assert_int_equal(entry_parse(&v[EA_DATE], &f[EA_DATE], "2026-03-01", UNITS_KM, &err), 0);
		assert_int_equal(entry_parse(&v[EA_SIDE], &f[EA_SIDE], "left", UNITS_KM, &err), 0);
		assert_int_equal(entry_parse(&v[EA_RFNONE], &f[EA_RFNONE], "none", UNITS_KM, &err), 0);
		if (flags[i].field >= 0) {
			const struct entry_field *ff = &f[flags[i].field];
			snprintf(opt, sizeof(opt), "--%s", ff->name);
			argv[n++] = opt;
			if (flags[i].value)
				argv[n++] = flags[i].value;
			if (ff->kind == ENTRY_FLAG)
				v[flags[i].field].set = 1;
			else
				assert_int_equal(entry_parse(&v[flags[i].field], ff, flags[i].value,
							     UNITS_KM, &err), 0);
		}
		argv[n] = NULL;
		cli_error(cli, sizeof(cli), &cmd_ankle_log_def, argv);
		entry_ankle(&l, v);
		rc = entry_red_flags_none(&l, &err);
		if (strcmp(cli, rc ? err.msg : ""))
			fail_msg("ankle log %s --red-flags none: cli '%s', web '%s'",
				 n > 6 ? argv[6] : "", cli, rc ? err.msg : "");
		/* a red flag refused; the rest let through, and said */
		assert_int_equal(rc != 0, ankle_log_red_flag(&l));
		assert_int_equal(l.red_flags_none, !rc);
		if (rc)
			assert_non_null(strstr(err.msg, "contradicts"));
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(run_fields_are_run_add_options),
		cmocka_unit_test(ankle_fields_are_ankle_log_options),
		cmocka_unit_test(exercise_fields_are_program_log_options),
		cmocka_unit_test(seen_fields_are_ankle_seen_options),
		cmocka_unit_test(missing_fields_are_the_commands),
		cmocka_unit_test(red_flags_none_is_ankle_logs_check),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
