/* test_url.c - percent-encoding both ways and urlencoded forms. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "util/url.h"

static void
encodes_and_decodes(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	char out[64];

	(void)state;
	url_encode(&sb, "Ann Lee/é<>&");
	assert_string_equal(sb.buf, "Ann%20Lee%2F%C3%A9%3C%3E%26");
	assert_int_equal(url_decode(out, sizeof(out), sb.buf, sb.len, 0), 0);
	assert_string_equal(out, "Ann Lee/é<>&");
	assert_int_equal(url_decode(out, sizeof(out), "a+b", 3, 0), 0);
	assert_string_equal(out, "a+b");
	assert_int_equal(url_decode(out, sizeof(out), "a+b", 3, 1), 0);
	assert_string_equal(out, "a b");
	assert_int_equal(url_decode(out, sizeof(out), "%4", 2, 0), -1);
	assert_int_equal(url_decode(out, sizeof(out), "%zz", 3, 0), -1);
	assert_int_equal(url_decode(out, sizeof(out), "a%00b", 5, 0), -1);
	assert_int_equal(url_decode(out, 3, "abc", 3, 0), -1);
	strbuf_release(&sb);
}

static void
parses_forms_in_place(void **state)
{
	struct url_form f;
	char body[] = "csrf=abc&date=2026-03-01&note=%3Cscript%3E+x&&tender=navicular&tender=fifth-metatarsal&flag";
	char bad[] = "a=%zz";
	char nul[] = "a=%00";

	(void)state;
	assert_int_equal(url_form_parse(&f, body, strlen(body)), 0);
	assert_int_equal(f.n, 6);
	assert_string_equal(url_form_get(&f, "csrf"), "abc");
	assert_string_equal(url_form_get(&f, "note"), "<script> x");
	assert_string_equal(url_form_get(&f, "tender"), "navicular");
	assert_string_equal(f.f[4].val, "fifth-metatarsal");
	assert_string_equal(url_form_get(&f, "flag"), "");
	assert_false(url_form_has(&f, "flag"));
	assert_null(url_form_get(&f, "nope"));
	assert_int_equal(url_form_parse(&f, bad, strlen(bad)), -1);
	assert_int_equal(url_form_parse(&f, nul, strlen(nul)), -1);
}

static void
refuses_too_many_fields(void **state)
{
	struct strbuf sb = STRBUF_INIT;
	struct url_form f;

	(void)state;
	for (int i = 0; i <= URL_FORM_MAX; i++)
		strbuf_addf(&sb, "%sk%d=v", i ? "&" : "", i);
	assert_int_equal(url_form_parse(&f, sb.buf, sb.len), -1);
	strbuf_release(&sb);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(encodes_and_decodes),
		cmocka_unit_test(parses_forms_in_place),
		cmocka_unit_test(refuses_too_many_fields),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
