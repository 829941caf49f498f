/* test_web.c - the pure parts of the web server: routing a request's
 * path, the Host check against DNS rebinding, the Origin check, SipHash
 * (the reference vectors) and the CSRF tokens made with it. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "web/guard.h"
#include "web/route.h"

static void
routes_pages_and_api(void **state)
{
	struct route r;

	(void)state;
	assert_int_equal(web_route(&r, "/"), ROUTE_OK);
	assert_int_equal(r.page, PAGE_ROOT);
	assert_int_equal(web_route(&r, "/a/Ann/today"), ROUTE_OK);
	assert_int_equal(r.page, PAGE_TODAY);
	assert_string_equal(r.athlete, "Ann");
	assert_false(r.api);
	assert_int_equal(web_route(&r, "/api/a/Ann%20Lee/load"), ROUTE_OK);
	assert_true(r.api);
	assert_int_equal(r.page, PAGE_LOAD);
	assert_string_equal(r.athlete, "Ann Lee");
	assert_int_equal(web_route(&r, "/a/A%2Fb/log/run"), ROUTE_OK);
	assert_string_equal(r.athlete, "A/b");
	assert_string_equal(r.action, "run");
	assert_int_equal(web_route(&r, "/a/Ann/insights"), ROUTE_OK);
	assert_int_equal(r.page, PAGE_INSIGHTS);
	assert_int_equal(web_route(&r, "/team"), ROUTE_OK);
	assert_int_equal(r.page, PAGE_TEAM);
	assert_int_equal(web_route(&r, "/api/team"), ROUTE_OK);
	assert_true(r.api);
	assert_int_equal(web_route(&r, "/evidence"), ROUTE_OK);
	assert_int_equal(r.page, PAGE_EVIDENCE);
	assert_int_equal(web_route(&r, "/static/talus.css"), ROUTE_OK);
	assert_string_equal(r.asset, "talus.css");
}

static void
refuses_odd_paths(void **state)
{
	struct route r;

	(void)state;
	assert_int_equal(web_route(&r, "/a/Ann/nope"), ROUTE_NOT_FOUND);
	assert_int_equal(web_route(&r, "/a/Ann/today/"), ROUTE_NOT_FOUND);
	assert_int_equal(web_route(&r, "/a/Ann"), ROUTE_NOT_FOUND);
	assert_int_equal(web_route(&r, "/a//today"), ROUTE_NOT_FOUND);
	assert_int_equal(web_route(&r, "/a/Ann/log/run/x"), ROUTE_NOT_FOUND);
	assert_int_equal(web_route(&r, "/a/Ann/log/%2e%2e"), ROUTE_NOT_FOUND);
	assert_int_equal(web_route(&r, "/a/A%zz/today"), ROUTE_BAD);
	assert_int_equal(web_route(&r, "/a/A%00/today"), ROUTE_BAD);
	/* path traversal: never a file name */
	assert_int_equal(web_route(&r, "/static/../../etc/passwd"), ROUTE_NOT_FOUND);
	assert_int_equal(web_route(&r, "/static/..%2f..%2fetc%2fpasswd"), ROUTE_NOT_FOUND);
	assert_int_equal(web_route(&r, "/static/.hidden"), ROUTE_NOT_FOUND);
	assert_int_equal(web_route(&r, "/static/"), ROUTE_NOT_FOUND);
	assert_int_equal(web_route(&r, "/api/evidence"), ROUTE_NOT_FOUND);
	assert_int_equal(web_route(&r, ""), ROUTE_NOT_FOUND);
	{
		char longname[300] = "/a/";
		memset(longname + 3, 'x', 100);
		strcpy(longname + 103, "/today");
		assert_int_equal(web_route(&r, longname), ROUTE_BAD);
	}
}

static void
host_names_this_loopback_server(void **state)
{
	(void)state;
	assert_true(guard_host_ok("localhost:7777", 7777));
	assert_true(guard_host_ok("LocalHost:7777", 7777));
	assert_true(guard_host_ok("127.0.0.1:7777", 7777));
	assert_true(guard_host_ok("[::1]:7777", 7777));
	assert_true(guard_host_ok("localhost", 80));
	assert_false(guard_host_ok("localhost", 7777));
	assert_false(guard_host_ok("localhost:7778", 7777));
	assert_false(guard_host_ok("localhost:", 7777));
	assert_false(guard_host_ok("evil.example:7777", 7777));
	assert_false(guard_host_ok("localhost.evil.example:7777", 7777));
	assert_false(guard_host_ok("127.0.0.1.nip.io:7777", 7777));
	assert_false(guard_host_ok("127.0.0.2:7777", 7777));
	assert_false(guard_host_ok("[::1]x:7777", 7777));
	assert_false(guard_host_ok("", 7777));
	assert_false(guard_host_ok(NULL, 7777));
	assert_true(guard_bind_loopback("127.0.0.1"));
	assert_true(guard_bind_loopback("::1"));
	assert_false(guard_bind_loopback("0.0.0.0"));
	assert_false(guard_bind_loopback("192.168.1.2"));
}

static void
origin_is_this_server(void **state)
{
	(void)state;
	assert_true(guard_origin_ok("http://127.0.0.1:7777", NULL, "127.0.0.1:7777"));
	assert_true(guard_origin_ok("HTTP://LOCALHOST:7777", NULL, "localhost:7777"));
	assert_false(guard_origin_ok("http://evil.example", NULL, "127.0.0.1:7777"));
	assert_false(guard_origin_ok("http://127.0.0.1:7777.evil.example", NULL, "127.0.0.1:7777"));
	assert_false(guard_origin_ok("null", NULL, "127.0.0.1:7777"));
	assert_false(guard_origin_ok("https://127.0.0.1:7777", NULL, "127.0.0.1:7777"));
	/* no Origin: the Referer's origin, then a path */
	assert_true(guard_origin_ok(NULL, "http://127.0.0.1:7777/a/Ann/log", "127.0.0.1:7777"));
	assert_false(guard_origin_ok(NULL, "http://127.0.0.1:77777/", "127.0.0.1:7777"));
	assert_false(guard_origin_ok(NULL, "http://evil.example/", "127.0.0.1:7777"));
	assert_false(guard_origin_ok(NULL, NULL, "127.0.0.1:7777"));
	assert_false(guard_origin_ok("http://127.0.0.1:7777", NULL, NULL));
}

static void
siphash_reference_vectors(void **state)
{
	uint8_t key[16], in[64];

	(void)state;
	for (int i = 0; i < 16; i++)
		key[i] = (uint8_t)i;
	for (int i = 0; i < 64; i++)
		in[i] = (uint8_t)i;
	/* From the SipHash paper's reference implementation (vectors.h). */
	assert_true(guard_siphash(key, in, 0) == 0x726fdb47dd0e0e31ULL);
	assert_true(guard_siphash(key, in, 15) == 0xa129ca6149be45e5ULL);
	assert_true(guard_siphash(key, in, 8) == 0x93f5f5799a932462ULL);
}

static void
csrf_tokens_belong_to_their_session(void **state)
{
	uint8_t key[16] = { 1, 2, 3 }, other[16] = { 9 };
	char t[GUARD_HEX], u[GUARD_HEX];
	const char *sid = "0123456789abcdef0123456789abcdef";

	(void)state;
	guard_csrf_token(t, key, sid);
	assert_int_equal(strlen(t), 32);
	assert_true(guard_csrf_ok(key, sid, t));
	assert_false(guard_csrf_ok(other, sid, t));
	assert_false(guard_csrf_ok(key, "ffffffffffffffffffffffffffffffff", t));
	assert_false(guard_csrf_ok(key, sid, ""));
	assert_false(guard_csrf_ok(key, sid, NULL));
	assert_false(guard_csrf_ok(key, NULL, t));
	memcpy(u, t, sizeof(u));
	u[31] = u[31] == '0' ? '1' : '0';
	assert_false(guard_csrf_ok(key, sid, u));
	u[31] = '\0';
	assert_false(guard_csrf_ok(key, sid, u));
	assert_true(guard_equal("abc", "abc"));
	assert_false(guard_equal("abc", "abd"));
	assert_false(guard_equal("abc", "abcd"));
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(routes_pages_and_api),
		cmocka_unit_test(refuses_odd_paths),
		cmocka_unit_test(host_names_this_loopback_server),
		cmocka_unit_test(origin_is_this_server),
		cmocka_unit_test(siphash_reference_vectors),
		cmocka_unit_test(csrf_tokens_belong_to_their_session),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
