/* test_page.c - what the dashboard's pages write from the log: every
 * value escaped (a note with <script>, quotes, control characters, bytes
 * that are not UTF-8), links with the athlete's name percent-encoded, and
 * a form field that keeps what was typed and shows its error. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "core/entry.h"
#include "render/page.h"
#include "util/strbuf.h"

static void
text_is_escaped(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	html_text(&sb, "<script>alert('x')</script> & \"q\"");
	assert_string_equal(sb.buf, "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;");
	strbuf_reset(&sb);
	html_text(&sb, "a\x01\x1b[31mb\x7f\n");
	assert_null(strchr(sb.buf, '\x01'));
	assert_null(strchr(sb.buf, '\x1b'));
	assert_null(strchr(sb.buf, '\x7f'));
	assert_null(strchr(sb.buf, '\n'));
	strbuf_reset(&sb);
	html_text(&sb, "caf\xe9");   /* Latin-1, not UTF-8 */
	assert_null(strchr(sb.buf, '\xe9'));
	strbuf_reset(&sb);
	html_note(&sb, "line 1\n<b>line 2</b>");
	assert_string_equal(sb.buf, "line 1<br>&lt;b&gt;line 2&lt;/b&gt;");
	strbuf_release(&sb);
}

static void
links_encode_the_name(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	page_link(&sb, "Ann \"<x>\"/..", "today", "Ann \"<x>\"");
	assert_string_equal(sb.buf, "<a href=\"/a/Ann%20%22%3Cx%3E%22%2F../today\">"
				    "Ann &quot;&lt;x&gt;&quot;</a>");
	strbuf_release(&sb);
}

static void
fields_keep_values_and_errors(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	page_field(&sb, "run-", &entry_run_fields[ER_DIST], "8\"><script>", 0,
		   "invalid --distance '8\"><script>'");
	assert_non_null(strstr(sb.buf, "value=\"8&quot;&gt;&lt;script&gt;\""));
	assert_non_null(strstr(sb.buf, "aria-invalid=\"true\""));
	assert_non_null(strstr(sb.buf, "class=\"error\""));
	assert_null(strstr(sb.buf, "<script>"));
	strbuf_reset(&sb);
	page_field(&sb, "ankle-", &entry_ankle_fields[EA_SIDE], "right", 0, NULL);
	assert_non_null(strstr(sb.buf, "<option selected>right</option>"));
	strbuf_reset(&sb);
	page_field(&sb, "ankle-", &entry_ankle_fields[EA_TENDER], NULL, 1u << 2, NULL);
	assert_non_null(strstr(sb.buf, "value=\"fifth-metatarsal\" checked"));
	/* a choice of one word (--red-flags none): a tick box sending it,
	 * ticked as typed, its error beside it */
	strbuf_reset(&sb);
	page_field(&sb, "ankle-", &entry_ankle_fields[EA_RFNONE], "none", 0, "contradicts");
	assert_non_null(strstr(sb.buf, "<input type=\"checkbox\" id=\"ankle-red-flags\" "
				       "name=\"red-flags\" value=\"none\" checked"));
	assert_non_null(strstr(sb.buf, "id=\"ankle-red-flags-error\""));
	assert_null(strstr(sb.buf, "<select"));
	strbuf_reset(&sb);
	page_field(&sb, "ankle-", &entry_ankle_fields[EA_RFNONE], NULL, 0, NULL);
	assert_null(strstr(sb.buf, "\" checked"));
	/* a required choice stays a list, even of few words */
	strbuf_reset(&sb);
	page_field(&sb, "seen-", &entry_seen_fields[ES_SIDE], NULL, 0, NULL);
	assert_non_null(strstr(sb.buf, "<select id=\"seen-side\" name=\"side\">"));
	assert_non_null(strstr(sb.buf, "<option>both</option>"));
	strbuf_release(&sb);
}

static void
ago_says_how_long(void **state)
{
	struct strbuf sb = STRBUF_INIT;

	(void)state;
	page_ago(&sb, 100, 100);
	strbuf_adds(&sb, "|");
	page_ago(&sb, 99, 100);
	strbuf_adds(&sb, "|");
	page_ago(&sb, 88, 100);
	assert_string_equal(sb.buf, "today|yesterday|12 days ago");
	strbuf_release(&sb);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(text_is_escaped),
		cmocka_unit_test(links_encode_the_name),
		cmocka_unit_test(fields_keep_values_and_errors),
		cmocka_unit_test(ago_says_how_long),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
