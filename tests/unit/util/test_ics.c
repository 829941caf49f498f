/* test_ics.c - the iCalendar writer against a second, independent reader
 * written here: unfolding (CRLF + space), unescaping, and a round trip of
 * summaries and descriptions with every special character and multi-byte
 * UTF-8. Also: folding at 75 octets never splits a UTF-8 sequence, every
 * line ends in CRLF, UIDs are deterministic. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/date.h"
#include "util/ics.h"

/* ---- The second parser ---- */

/* Checks the physical form: every line ends in CRLF, no bare CR or LF,
 * no line over 75 octets, each line valid UTF-8 on its own. */
static void
check_physical(const char *s, size_t len)
{
	size_t start = 0;

	assert_true(len >= 2);
	assert_memory_equal(s + len - 2, "\r\n", 2);
	for (size_t i = 0; i < len; i++) {
		if (s[i] == '\r') {
			assert_true(i + 1 < len && s[i + 1] == '\n');
			assert_true(i - start <= ICS_LINE_MAX);
			/* Valid UTF-8 within this physical line. */
			for (size_t k = start; k < i;) {
				unsigned char c = (unsigned char)s[k];
				int n = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 :
					(c & 0xF0) == 0xE0 ? 3 :
					(c & 0xF8) == 0xF0 ? 4 : 0;

				assert_true(n > 0);
				assert_true(k + (size_t)n <= i);
				for (int j = 1; j < n; j++)
					assert_int_equal((unsigned char)s[k + j] &
							 0xC0, 0x80);
				k += (size_t)n;
			}
			i++;
			start = i + 1;
		} else {
			assert_true(s[i] != '\n');
		}
	}
}

/* RFC 5545 3.1: unfold by removing each CRLF followed by one space or
 * tab; then split logical lines on CRLF (returned with '\n'). */
static char *
unfold(const char *s)
{
	size_t n = strlen(s), k = 0;
	char *out = malloc(n + 1);

	assert_non_null(out);
	for (size_t i = 0; i < n; i++) {
		if (s[i] == '\r' && s[i + 1] == '\n' &&
		    (s[i + 2] == ' ' || s[i + 2] == '\t')) {
			i += 2;
			continue;
		}
		if (s[i] == '\r' && s[i + 1] == '\n') {
			out[k++] = '\n';
			i++;
			continue;
		}
		out[k++] = s[i];
	}
	out[k] = '\0';
	return out;
}

/* RFC 5545 3.3.11 TEXT unescaping. */
static char *
unescape(const char *v, size_t n)
{
	char *out = malloc(n + 1);
	size_t k = 0;

	assert_non_null(out);
	for (size_t i = 0; i < n; i++) {
		if (v[i] != '\\') {
			out[k++] = v[i];
			continue;
		}
		i++;
		assert_true(i < n);
		switch (v[i]) {
		case 'n':
		case 'N':
			out[k++] = '\n';
			break;
		case '\\':
		case ';':
		case ',':
			out[k++] = v[i];
			break;
		default:
			fail_msg("bad escape \\%c", v[i]);
		}
	}
	out[k] = '\0';
	return out;
}

/* The nth (0-based) value of property name (exact name, then ':' or ';'
 * params), unescaped; NULL if there is none. Caller frees. */
static char *
prop(const char *unfolded, const char *name, int nth)
{
	size_t nl = strlen(name);
	const char *p = unfolded;

	while (*p) {
		const char *eol = strchr(p, '\n');
		size_t len = eol ? (size_t)(eol - p) : strlen(p);

		if (len > nl && !strncmp(p, name, nl) &&
		    (p[nl] == ':' || p[nl] == ';')) {
			const char *colon = memchr(p, ':', len);

			if (nth-- == 0) {
				assert_non_null(colon);
				return unescape(colon + 1,
						len - (size_t)(colon + 1 - p));
			}
		}
		p += len + (eol ? 1 : 0);
	}
	return NULL;
}

static int
count_lines(const char *unfolded, const char *line)
{
	int n = 0;
	size_t l = strlen(line);

	for (const char *p = unfolded; (p = strstr(p, line)); p += l)
		if ((p == unfolded || p[-1] == '\n') && p[l] == '\n')
			n++;
	return n;
}

/* ---- Tests ---- */

static void
escapes_the_four_specials_and_newlines(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	ics_escape_text(&sb, "a\\b;c,d\ne\r\nf\rg\th\x01i\x7fj");
	assert_string_equal(sb.buf, "a\\\\b\\;c\\,d\\ne\\nf\\ng\th" "ij");
	strbuf_release(&sb);
}

static void
folds_at_75_octets(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	char line[300];

	(void)state;
	memset(line, 'a', sizeof(line));
	ics_add_line(&sb, line, 75);
	assert_int_equal(sb.len, 77); /* 75 + CRLF: not folded */
	strbuf_reset(&sb);
	ics_add_line(&sb, line, 76);
	/* 75 + CRLF + space + 1 + CRLF */
	assert_int_equal(sb.len, 75 + 2 + 1 + 1 + 2);
	assert_memory_equal(sb.buf + 75, "\r\n a\r\n", 6);
	strbuf_reset(&sb);
	/* 75 + 74 + 74 = 223 octets: exactly three physical lines. */
	ics_add_line(&sb, line, 223);
	assert_int_equal(sb.len, 223 + 3 * 2 + 2);
	check_physical(sb.buf, sb.len);
	strbuf_reset(&sb);
	ics_add_line(&sb, line, 224);
	assert_int_equal(sb.len, 224 + 4 * 2 + 3);
	check_physical(sb.buf, sb.len);
	strbuf_release(&sb);
}

static void
never_splits_a_utf8_sequence(void **state)
{
	static const char *const glyphs[] = { "\xc3\xa9", "\xe2\x82\xac",
					      "\xf0\x9f\xa6\xb6" };

	(void)state;
	for (int g = 0; g < 3; g++) {
		/* Shift the text by 0..3 ASCII bytes so that the fold point
		 * falls on every byte of a sequence. */
		for (int shift = 0; shift < 4; shift++) {
			struct strbuf in = STRBUF_INIT, out = STRBUF_INIT;
			char *u;

			for (int i = 0; i < shift; i++)
				strbuf_addch(&in, 'x');
			for (int i = 0; i < 90; i++)
				strbuf_adds(&in, glyphs[g]);
			ics_add_line(&out, in.buf, in.len);
			check_physical(out.buf, out.len);
			u = unfold(out.buf);
			assert_int_equal(strlen(u), in.len + 1);
			assert_memory_equal(u, in.buf, in.len);
			free(u);
			strbuf_release(&in);
			strbuf_release(&out);
		}
	}
}

static void
calendar_structure(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct ics_event ev = { day_from_civil(2025, 6, 16), 1, "Session 1",
				"Calf raises", NULL };
	struct ics_event ev2 = { day_from_civil(2025, 12, 31), 3, "Protect",
				 NULL, "k" };
	int64_t stamp = (int64_t)day_from_civil(2025, 1, 2) * 86400 + 12 * 3600 +
		34 * 60 + 56;
	char *u, *v;

	(void)state;
	ics_begin(&sb, "-//talus//talus 0.1.0//EN", "talus programme");
	ics_add_event(&sb, &ev, stamp);
	ics_add_event(&sb, &ev2, stamp);
	ics_end(&sb);
	check_physical(sb.buf, sb.len);
	assert_true(!strncmp(sb.buf, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n", 30));
	assert_true(sb.len > 15 &&
		    !strcmp(sb.buf + sb.len - 15, "END:VCALENDAR\r\n"));
	u = unfold(sb.buf);
	assert_int_equal(count_lines(u, "BEGIN:VEVENT"), 2);
	assert_int_equal(count_lines(u, "END:VEVENT"), 2);
	assert_int_equal(count_lines(u, "DTSTART;VALUE=DATE:20250616"), 1);
	assert_int_equal(count_lines(u, "DTEND;VALUE=DATE:20250617"), 1);
	/* A 3-day event across the year end; DTEND is exclusive. */
	assert_int_equal(count_lines(u, "DTSTART;VALUE=DATE:20251231"), 1);
	assert_int_equal(count_lines(u, "DTEND;VALUE=DATE:20260103"), 1);
	assert_int_equal(count_lines(u, "DTSTAMP:20250102T123456Z"), 2);
	v = prop(u, "PRODID", 0);
	assert_string_equal(v, "-//talus//talus 0.1.0//EN");
	free(v);
	v = prop(u, "X-WR-CALNAME", 0);
	assert_string_equal(v, "talus programme");
	free(v);
	/* No DESCRIPTION for an event without one. */
	v = prop(u, "DESCRIPTION", 1);
	assert_null(v);
	free(u);
	strbuf_release(&sb);
}

static void
uids_are_deterministic(void **state)
{
	struct ics_event a = { 20000, 1, "Run", "5 km", "plan-1" };
	struct ics_event b = a;
	char ua[ICS_UID_LEN], ub[ICS_UID_LEN];

	(void)state;
	ics_uid(ua, &a);
	ics_uid(ub, &b);
	assert_string_equal(ua, ub);
	assert_int_equal(strlen(ua), strlen("talus-0123456789abcdef@talus"));
	b.summary = "Run!";
	ics_uid(ub, &b);
	assert_string_not_equal(ua, ub);
	b = a;
	b.uid_key = "plan-2";
	ics_uid(ub, &b);
	assert_string_not_equal(ua, ub);
	b = a;
	b.day++;
	ics_uid(ub, &b);
	assert_string_not_equal(ua, ub);
	/* Field boundaries matter: "Run"+"5 km" differs from "Run5"+" km". */
	b = a;
	b.summary = "Run5";
	b.description = " km";
	ics_uid(ub, &b);
	assert_string_not_equal(ua, ub);
}

static void
round_trip(const char *summary, const char *desc)
{
	struct strbuf sb = STRBUF_INIT;
	struct ics_event ev = { 20500, 1, summary, desc, NULL };
	char *u, *s, *d;

	ics_begin(&sb, "-//talus//test//EN", NULL);
	ics_add_event(&sb, &ev, 0);
	ics_end(&sb);
	check_physical(sb.buf, sb.len);
	u = unfold(sb.buf);
	s = prop(u, "SUMMARY", 0);
	d = prop(u, "DESCRIPTION", 0);
	assert_string_equal(s, summary);
	assert_string_equal(d, desc);
	free(s);
	free(d);
	free(u);
	strbuf_release(&sb);
}

static void
round_trips_through_the_second_parser(void **state)
{
	(void)state;
	round_trip("talus: walk-run phase 2, walk 2 / run 3 min; 1.5 mi",
		   "Ice: at most 20 minutes, with a cloth (A2).\n"
		   "Pain \\ stiffness: \xe2\x89\xa4 3/10; next morning, no "
		   "worse.\nCaf\xc3\xa9 au lait, \xf0\x9f\xa6\xb6 feet; done, "
		   "done; done.");
	round_trip("", "");
	round_trip(",;\\", "\n\n\\n");
}

/* A property test: random strings over an alphabet of the specials and
 * multi-byte characters survive the write-and-read round trip. */
static void
random_round_trips(void **state)
{
	static const char *const alphabet[] = {
		"a", "Z", " ", ",", ";", "\\", "\n", ":", "\"", "\xc3\xa9",
		"\xe2\x82\xac", "\xf0\x9f\xa6\xb6", "7", "\t",
	};
	uint32_t seed = 12345;

	(void)state;
	for (int round = 0; round < 300; round++) {
		struct strbuf s = STRBUF_INIT, d = STRBUF_INIT;
		int ns, nd;

		seed = seed * 1103515245u + 12345u;
		ns = (int)(seed >> 16) % 60;
		seed = seed * 1103515245u + 12345u;
		nd = (int)(seed >> 16) % 400;
		for (int i = 0; i < ns; i++) {
			seed = seed * 1103515245u + 12345u;
			strbuf_adds(&s, alphabet[(seed >> 16) % 14]);
		}
		for (int i = 0; i < nd; i++) {
			seed = seed * 1103515245u + 12345u;
			strbuf_adds(&d, alphabet[(seed >> 16) % 14]);
		}
		round_trip(s.buf, d.buf);
		strbuf_release(&s);
		strbuf_release(&d);
	}
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(escapes_the_four_specials_and_newlines),
		cmocka_unit_test(folds_at_75_octets),
		cmocka_unit_test(never_splits_a_utf8_sequence),
		cmocka_unit_test(calendar_structure),
		cmocka_unit_test(uids_are_deterministic),
		cmocka_unit_test(round_trips_through_the_second_parser),
		cmocka_unit_test(random_round_trips),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
