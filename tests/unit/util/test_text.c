/* test_text.c - text from users and files (util/text.h): control
 * characters made visible, UTF-8 checked and repaired, echoes clipped. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "util/strbuf.h"
#include "util/text.h"

static char *
visible(const char *s)
{
	struct strbuf sb = STRBUF_INIT;

	text_add_visible(&sb, s);
	return strbuf_detach(&sb);
}

#define assert_visible(in, want)                       \
	do {                                           \
		char *got_ = visible(in);              \
		assert_string_equal(got_, want);       \
		free(got_);                            \
	} while (0)

static void
visible_shows_controls(void **state)
{
	(void)state;
	assert_visible("plain caf\xc3\xa9", "plain caf\xc3\xa9");
	assert_visible("a\nb", "a\\nb");
	assert_visible("a\tb\r", "a\\tb\\r");
	assert_visible("\x1b[31mred", "\\x1b[31mred");
	assert_visible("\x7f", "\\x7f");
	assert_visible("\x01\x1f", "\\x01\\x1f");
	/* C1 controls: CSI (U+009B) is ESC [ to some terminals. */
	assert_visible("\xc2\x9b" "31m", "\\xc2\\x9b31m");
	assert_visible("\xc2\x80", "\\xc2\\x80");
	assert_visible("\xc2\xa0", "\xc2\xa0"); /* no-break space: not a control */
	assert_visible("\xff", "\\xff");
	assert_visible("\xc3", "\\xc3");
	assert_visible("\xed\xa0\x80", "\\xed\\xa0\\x80");
	assert_visible("back\\slash", "back\\slash");
}

/* Every byte alone: what is shown holds no control character. */
static void
visible_never_emits_a_control(void **state)
{
	(void)state;
	for (int c = 1; c < 256; c++) {
		char one[2] = { (char)c, '\0' }, *v = visible(one);
		for (const unsigned char *p = (const unsigned char *)v; *p; p++)
			assert_true(*p >= 0x20 && *p != 0x7f);
		assert_false(text_has_control(v));
		free(v);
	}
}

static void
visible_pad_counts_characters(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	text_add_visible_pad(&sb, "caf\xc3\xa9", 6);
	assert_string_equal(sb.buf, "caf\xc3\xa9  ");
	strbuf_reset(&sb);
	text_add_visible_pad(&sb, "a\nb", 5);
	assert_string_equal(sb.buf, "a\\nb ");
	strbuf_reset(&sb);
	text_add_visible_pad(&sb, "longer than", 3);
	assert_string_equal(sb.buf, "longer than");
	strbuf_release(&sb);
}

static void
has_control(void **state)
{
	(void)state;
	assert_false(text_has_control(""));
	assert_false(text_has_control("Pegasus 40 caf\xc3\xa9"));
	assert_true(text_has_control("a\nb"));
	assert_true(text_has_control("\t"));
	assert_true(text_has_control("\x1b"));
	assert_true(text_has_control("\x7f"));
	assert_true(text_has_control("x\xc2\x85"));
	assert_false(text_has_control("\xc2\xa0"));
}

static void
utf8_valid(void **state)
{
	(void)state;
	assert_true(text_utf8_valid("", 0));
	assert_true(text_utf8_valid("caf\xc3\xa9", 5));
	assert_true(text_utf8_valid("\xf0\x9f\x8f\x83", 4));
	assert_false(text_utf8_valid("\xff", 1));
	assert_false(text_utf8_valid("\xc3", 1));
	assert_false(text_utf8_valid("\xc0\xaf", 2));
	assert_false(text_utf8_valid("\xed\xa0\x80", 3));
	assert_false(text_utf8_valid("\xf4\x90\x80\x80", 4));
}

static void
repair_replaces_each_bad_byte(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	assert_int_equal(text_utf8_repair(&sb, "ok", 2), 0);
	assert_string_equal(sb.buf, "ok");
	strbuf_reset(&sb);
	assert_int_equal(text_utf8_repair(&sb, "a\xff" "b\xc3", 4), 2);
	assert_string_equal(sb.buf, "a" TEXT_REPLACEMENT "b" TEXT_REPLACEMENT);
	assert_true(text_utf8_valid(sb.buf, sb.len));
	strbuf_release(&sb);
}

static void
fix_in_place_keeps_to_the_buffer(void **state)
{
	char buf[8];

	(void)state;
	strcpy(buf, "abc");
	assert_int_equal(text_utf8_fix(buf, sizeof(buf)), 0);
	assert_string_equal(buf, "abc");
	strcpy(buf, "ab\xff");
	assert_int_equal(text_utf8_fix(buf, sizeof(buf)), 1);
	assert_string_equal(buf, "ab" TEXT_REPLACEMENT);
	/* 4 bad bytes grow to 12: cut at a character boundary within 7. */
	strcpy(buf, "\xff\xff\xff\xff");
	assert_int_equal(text_utf8_fix(buf, sizeof(buf)), 1);
	assert_string_equal(buf, TEXT_REPLACEMENT TEXT_REPLACEMENT);
	assert_true(text_utf8_valid(buf, strlen(buf)));
}

static void
to_name_makes_a_name(void **state)
{
	char buf[8];

	(void)state;
	assert_int_equal(text_to_name(buf, sizeof(buf), "Peg"), 3);
	assert_string_equal(buf, "Peg");
	assert_int_equal(text_to_name(buf, sizeof(buf), "  a\tb\n "), 3);
	assert_string_equal(buf, "a b");
	assert_int_equal(text_to_name(buf, sizeof(buf), "\x1b[1m"), 3);
	assert_string_equal(buf, "[1m");
	assert_int_equal(text_to_name(buf, sizeof(buf), "x\xc2\x9by"), 4);
	assert_string_equal(buf, "x  y");
	assert_int_equal(text_to_name(buf, sizeof(buf), "\xff"), 3);
	assert_string_equal(buf, TEXT_REPLACEMENT);
	/* cut to 7 bytes at a character boundary, then no trailing space */
	assert_int_equal(text_to_name(buf, sizeof(buf), "abc \xc3\xa9\xc3\xa9"), 6);
	assert_string_equal(buf, "abc \xc3\xa9");
	assert_int_equal(text_to_name(buf, sizeof(buf), "abcdef  x"), 6);
	assert_string_equal(buf, "abcdef");
	assert_int_equal(text_to_name(buf, sizeof(buf), "\n\r "), 0);
	assert_string_equal(buf, "");
}

static void
clip_cuts_long_echoes(void **state)
{
	char buf[16], *big = malloc(100001);

	(void)state;
	assert_string_equal(text_clip(buf, sizeof(buf), "short"), "short");
	memset(big, 'x', 100000);
	big[100000] = '\0';
	assert_string_equal(text_clip(buf, sizeof(buf), big), "xxxxxxxxxxxx...");
	/* never inside a character: 11 bytes of 'x' then a 2-byte one */
	strcpy(big, "xxxxxxxxxxx\xc3\xa9xxxxxxx");
	assert_string_equal(text_clip(buf, sizeof(buf), big), "xxxxxxxxxxx...");
	free(big);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(visible_shows_controls),
		cmocka_unit_test(visible_never_emits_a_control),
		cmocka_unit_test(visible_pad_counts_characters),
		cmocka_unit_test(has_control),
		cmocka_unit_test(utf8_valid),
		cmocka_unit_test(repair_replaces_each_bad_byte),
		cmocka_unit_test(fix_in_place_keeps_to_the_buffer),
		cmocka_unit_test(to_name_makes_a_name),
		cmocka_unit_test(clip_cuts_long_echoes),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
