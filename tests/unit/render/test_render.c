/* test_render.c - renderings that are checked on their own: the dose of
 * an exercise in words, docs/exercises.md from the catalogue, and the one
 * calendar writer (each calendar's events, UIDs stable and unique). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>

#include "core/day.h"
#include "render/exercise.h"
#include "render/html.h"
#include "render/ics.h"
#include "render/plan.h"
#include "render/programme.h"
#include "render/recover.h"
#include "util/strbuf.h"

static void
dose_text(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	render_dose(&sb, 2, 15, 0, 1);
	assert_string_equal(sb.buf, "2 x 15, each side");
	strbuf_reset(&sb);
	render_dose(&sb, 3, 0, 30, 0);
	assert_string_equal(sb.buf, "3 x 30 s");
	strbuf_release(&sb);
}

static int
count(const char *hay, const char *needle)
{
	int n = 0;

	for (const char *p = hay; (p = strstr(p, needle)); p++)
		n++;
	return n;
}

static void
markdown_is_generated_from_the_data(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	render_exercises_markdown(&sb);
	assert_non_null(strstr(sb.buf, "# Exercises\n"));
	assert_non_null(strstr(sb.buf, "do not edit"));
	for (int i = 0; i < EX__COUNT; i++) {
		const struct exercise *e = exercise_get(i);
		char head[128];

		snprintf(head, sizeof(head), "\n## %s (`%s`)\n", e->name, e->id);
		assert_non_null(strstr(sb.buf, head));
		assert_non_null(strstr(sb.buf, e->instructions));
		assert_non_null(strstr(sb.buf, e->evidence));
		for (int k = 0; k < e->n_levels; k++)
			assert_non_null(strstr(sb.buf, e->levels[k].name));
	}
	/* One summary row per exercise, one section per exercise. */
	assert_int_equal(count(sb.buf, "\n| `"), EX__COUNT);
	assert_int_equal(count(sb.buf, "\n## "), EX__COUNT);
	assert_non_null(strstr(sb.buf, "| 4 | one leg off a step |"));
	assert_non_null(strstr(sb.buf, "2 x 30 s, each side | 30 s |"));
	strbuf_release(&sb);
}

/* Three events of which the second is skipped. */
static int
three(void *payload, size_t i, struct cal_event *ev)
{
	(void)payload;
	if (i == 1)
		return 0;
	ev->day = 20500 + (int32_t)i;
	ev->days = i == 2 ? 3 : 1;
	strbuf_addf(&ev->summary, "event %zu", i);
	strbuf_addf(&ev->description, "line one\nline two of %zu", i);
	snprintf(ev->key, sizeof(ev->key), "test-%zu", i);
	return 1;
}

static void
calendar_writes_each_event_once(void **state)
{
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
	const char *p;

	(void)state;
	render_calendar(&a, "talus test", 0, 3, three, NULL);
	render_calendar(&b, "talus test", 0, 3, three, NULL);
	assert_string_equal(a.buf, b.buf); /* the same UIDs each time */
	assert_int_equal(count(a.buf, "BEGIN:VEVENT\r\n"), 2);
	assert_int_equal(count(a.buf, "END:VEVENT\r\n"), 2);
	assert_non_null(strstr(a.buf, "SUMMARY:event 0\r\n"));
	assert_null(strstr(a.buf, "event 1"));
	assert_non_null(strstr(a.buf, "DESCRIPTION:line one\\nline two of 2\r\n"));
	assert_non_null(strstr(a.buf, "X-WR-CALNAME:talus test\r\n"));
	assert_non_null(strstr(a.buf, render_ics_prodid));
	/* two UIDs, different */
	p = strstr(a.buf, "UID:");
	assert_non_null(p);
	assert_non_null(strstr(p + 4, "UID:"));
	assert_memory_not_equal(p, strstr(p + 4, "UID:"), 30);
	strbuf_release(&a);
	strbuf_release(&b);
}

#define MON 20101 /* 2025-01-13, a Monday */

/* Every line of a calendar ends in CRLF and is at most 75 octets; the
 * number of events. */
static int
check_calendar(const struct strbuf *sb)
{
	size_t line = 0;

	for (size_t i = 0; i < sb->len; i++)
		if (sb->buf[i] == '\n') {
			assert_true(i > 0 && sb->buf[i - 1] == '\r');
			assert_true(i - 1 - line <= 75);
			line = i + 1;
		}
	return count(sb->buf, "BEGIN:VEVENT");
}

static void
plan_calendar_has_one_event_per_run(void **state)
{
	struct plan_input in;
	static struct plan p;
	struct strbuf sb = STRBUF_INIT;
	struct talus_err err = TALUS_ERR_INIT;

	(void)state;
	memset(&in, 0, sizeof(in));
	in.target_week_m = 20000;
	in.weeks = 8;
	in.start = MON;
	in.long_run_weekday = -1;
	assert_int_equal(plan_build(&p, &in, &err), 0);
	render_plan_ics(&sb, &p, 1700000000);
	assert_int_equal(check_calendar(&sb), p.n_runs);
	assert_non_null(strstr(sb.buf, "walk-run phase 1"));
	strbuf_release(&sb);
}

static struct programme prog; /* big: keep it off the stack */

static void
build_programme(const struct assess_weak *w)
{
	struct programme_params pp = { MON, w, 6, 0 };
	struct talus_err err = TALUS_ERR_INIT;

	assert_int_equal(programme_build(&prog, &pp, NULL, &err), 0);
}

static void
programme_html_is_printable_and_escaped(void **state)
{
	struct assess_weak w = { { 0, 0 }, LIMB_RIGHT };
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	build_programme(&w);
	render_programme_html(&sb, &prog, "Ana's <ankle> & \"programme\"");
	assert_non_null(strstr(sb.buf, "<!DOCTYPE html>"));
	assert_non_null(strstr(sb.buf, "<title>Ana&#39;s &lt;ankle&gt; &amp; "
			       "&quot;programme&quot;</title>"));
	assert_null(strstr(sb.buf, "<ankle>"));
	assert_non_null(strstr(sb.buf, "Session 24:"));
	assert_non_null(strstr(sb.buf, "Week 8"));
	assert_non_null(strstr(sb.buf, "re-test afterwards"));
	assert_non_null(strstr(sb.buf, "The right side is the weaker one"));
	assert_non_null(strstr(sb.buf, "D1"));
	assert_non_null(strstr(sb.buf, "Every run day"));
	assert_non_null(strstr(sb.buf, "Warm-up: walking lunges"));
	assert_non_null(strstr(sb.buf, "</html>\n"));
	strbuf_release(&sb);
	sb = (struct strbuf)STRBUF_INIT;
	html_escape(&sb, "a<b>&'\"");
	assert_string_equal(sb.buf, "a&lt;b&gt;&amp;&#39;&quot;");
	strbuf_reset(&sb);
	html_escape(&sb, "Ann\x1b[2J\x7f\tx\n");
	assert_string_equal(sb.buf, "Ann\xef\xbf\xbd[2J\xef\xbf\xbd\tx\n");
	strbuf_release(&sb);
}

static void
programme_calendar_has_one_event_per_session(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	build_programme(NULL);
	render_programme_ics(&sb, &prog, 1700000000);
	assert_int_equal(check_calendar(&sb), PROGRAMME_SESSIONS);
	assert_non_null(strstr(sb.buf, "SUMMARY:talus: ankle session 12/24 "
			       "(week 4)\\, re-test"));
	strbuf_release(&sb);
}

static void
recovery_calendar_protects_then_projects(void **state)
{
	struct recover_input in = { .start = 20000 };
	struct recover_session log[5];
	struct talus_err err = TALUS_ERR_INIT;
	struct strbuf sb = STRBUF_INIT;
	static struct day d;

	(void)state;
	memset(&d, 0, sizeof(d));
	assert_int_equal(recover_build(&d.rplan, &in, &err), 0);
	/* Phase 3 with one good session: 7 sessions left. */
	for (int i = 0; i < 5; i++)
		log[i] = (struct recover_session){ 20003 + 2 * i, 1, 1, FACT_NO };
	assert_int_equal(recover_today(&d.rtoday, &d.rplan, log, 5, 20013, 0, &err), 0);
	render_recover_ics(&sb, &d, 0);
	assert_int_equal(check_calendar(&sb), 1 + 7);
	assert_non_null(strstr(sb.buf, "SUMMARY:talus: protect the ankle (A1)"));
	strbuf_release(&sb);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(dose_text),
		cmocka_unit_test(markdown_is_generated_from_the_data),
		cmocka_unit_test(calendar_writes_each_event_once),
		cmocka_unit_test(plan_calendar_has_one_event_per_run),
		cmocka_unit_test(programme_html_is_printable_and_escaped),
		cmocka_unit_test(programme_calendar_has_one_event_per_session),
		cmocka_unit_test(recovery_calendar_protects_then_projects),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
