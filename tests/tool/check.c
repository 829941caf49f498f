/* check.c - talus-check, a test tool for what talus printed and left:
 *
 *   -j FILE   FILE is one JSON value (RFC 8259) in well-formed UTF-8 with
 *             no raw control character anywhere (none outside strings but
 *             white space, none inside them; DEL and the C1 controls are
 *             refused too)
 *   -e FILE   the same, or empty
 *   -t FILE   FILE is text: well-formed UTF-8 whose only control
 *             characters are line breaks (LF, or CR LF as in an iCalendar
 *             file), so nothing it holds can move a terminal's cursor or
 *             change its colours
 *   -s A B    A and B hold the same bytes (a database left unchanged)
 *
 * Checks in order and stops at the first that fails: a message on stderr
 * and exit 1 (2: bad usage, or a file that cannot be read). One process
 * for every check of an invocation keeps tests/sh/badinput.sh fast.
 * Written here so that the shell tests need no Python on a clean Debian.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const unsigned char *p, *end, *start;
static const char *name = "-";

static int
fail(const char *what)
{
	fprintf(stderr, "talus-check: %s: %s at byte %ld\n", name, what, (long)(p - start));
	exit(1);
}

static void
ws(void)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
		p++;
}

static int
hex4(void)
{
	int v = 0;

	for (int i = 0; i < 4; i++, p++) {
		if (p >= end)
			fail("a short \\u escape");
		if (*p >= '0' && *p <= '9')
			v = v * 16 + (*p - '0');
		else if ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'f')
			v = v * 16 + ((*p | 0x20) - 'a' + 10);
		else
			fail("a bad \\u escape");
	}
	return v;
}

/* One UTF-8 character (not ASCII) at p: well formed, or fail. */
static void
utf8(void)
{
	unsigned c = *p;
	int n = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2
		: c >= 0xf0 && c <= 0xf4 ? 3 : -1;

	if (n < 0 || end - p <= n)
		fail("a byte that is not UTF-8");
	c &= 0x3fu >> n;
	for (int k = 1; k <= n; k++) {
		if ((p[k] & 0xc0) != 0x80)
			fail("a byte that is not UTF-8");
		c = c << 6 | (p[k] & 0x3f);
	}
	if ((n == 2 && (c < 0x800 || (c >= 0xd800 && c <= 0xdfff))) ||
	    (n == 3 && (c < 0x10000 || c > 0x10ffff)))
		fail("an overlong or out-of-range UTF-8 sequence");
	if (n == 1 && c <= 0x9f)
		fail("a raw C1 control character");
	p += n + 1;
}

static void
string(void)
{
	p++; /* the opening quote */
	for (;;) {
		if (p >= end)
			fail("an unterminated string");
		if (*p == '"') {
			p++;
			return;
		}
		if (*p < 0x20 || *p == 0x7f)
			fail("a raw control character in a string");
		if (*p == '\\') {
			p++;
			if (p >= end)
				fail("an unterminated escape");
			if (*p && strchr("\"\\/bfnrt", *p)) {
				p++;
			} else if (*p == 'u') {
				int v;
				p++;
				v = hex4();
				if (v >= 0xd800 && v <= 0xdbff) {
					if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
						fail("a lone high surrogate");
					p += 2;
					v = hex4();
					if (v < 0xdc00 || v > 0xdfff)
						fail("a bad low surrogate");
				} else if (v >= 0xdc00 && v <= 0xdfff) {
					fail("a lone low surrogate");
				}
			} else {
				fail("a bad escape");
			}
		} else if (*p >= 0x80) {
			utf8();
		} else {
			p++;
		}
	}
}

static void
digits(void)
{
	if (p >= end || *p < '0' || *p > '9')
		fail("a number without digits");
	while (p < end && *p >= '0' && *p <= '9')
		p++;
}

static void
number(void)
{
	if (*p == '-')
		p++;
	if (p < end && *p == '0')
		p++;
	else
		digits();
	if (p < end && *p == '.') {
		p++;
		digits();
	}
	if (p < end && (*p == 'e' || *p == 'E')) {
		p++;
		if (p < end && (*p == '+' || *p == '-'))
			p++;
		digits();
	}
}

static void
word(const char *w)
{
	size_t n = strlen(w);

	if ((size_t)(end - p) < n || memcmp(p, w, n))
		fail("an unknown word");
	p += n;
}

static void value(int depth);

static void
container(int depth, char close)
{
	p++;
	ws();
	if (p < end && *p == close) {
		p++;
		return;
	}
	for (;;) {
		ws();
		if (close == '}') {
			if (p >= end || *p != '"')
				fail("a member without a string key");
			string();
			ws();
			if (p >= end || *p != ':')
				fail("a member without ':'");
			p++;
		}
		value(depth + 1);
		ws();
		if (p < end && *p == ',') {
			p++;
			continue;
		}
		if (p < end && *p == close) {
			p++;
			return;
		}
		fail(close == '}' ? "an object without ',' or '}'" : "an array without ',' or ']'");
	}
}

static void
value(int depth)
{
	if (depth > 512)
		fail("nesting too deep");
	ws();
	if (p >= end)
		fail("a missing value");
	switch (*p) {
	case '{': container(depth, '}'); break;
	case '[': container(depth, ']'); break;
	case '"': string(); break;
	case 't': word("true"); break;
	case 'f': word("false"); break;
	case 'n': word("null"); break;
	default:
		if (*p == '-' || (*p >= '0' && *p <= '9'))
			number();
		else
			fail("an unexpected character");
	}
}

/* Text: UTF-8, no control character but LF and CR LF. */
static void
text(void)
{
	while (p < end) {
		if (*p == '\n' || (*p == '\r' && p + 1 < end && p[1] == '\n'))
			p++;
		else if (*p < 0x20 || *p == 0x7f)
			fail("a raw control character");
		else if (*p >= 0x80)
			utf8();
		else
			p++;
	}
}

static unsigned char *
slurp(const char *path, size_t *len)
{
	size_t cap = 1 << 16, r;
	unsigned char *buf = malloc(cap);
	FILE *f = fopen(path, "rb");

	*len = 0;
	if (!f) {
		fprintf(stderr, "talus-check: cannot open %s\n", path);
		exit(2);
	}
	while (buf && (r = fread(buf + *len, 1, cap - *len, f)) > 0) {
		*len += r;
		if (*len == cap)
			buf = realloc(buf, cap *= 2);
	}
	fclose(f);
	if (!buf) {
		fprintf(stderr, "talus-check: out of memory\n");
		exit(2);
	}
	return buf;
}

static void
check(const char *path, int mode)
{
	size_t len;
	unsigned char *buf = slurp(path, &len);

	name = path;
	start = p = buf;
	end = buf + len;
	if (mode == 't') {
		text();
	} else {
		ws();
		if (p == end && mode == 'e') {
			free(buf);
			return;
		}
		value(0);
		ws();
		if (p != end)
			fail("text after the value");
	}
	free(buf);
}

static void
same(const char *a, const char *b)
{
	size_t la, lb;
	unsigned char *x = slurp(a, &la), *y = slurp(b, &lb);

	if (la != lb || memcmp(x, y, la)) {
		fprintf(stderr, "talus-check: %s and %s differ\n", a, b);
		exit(1);
	}
	free(x);
	free(y);
}

int
main(int argc, char **argv)
{
	for (int i = 1; i < argc; i++) {
		const char *o = argv[i];
		if (strlen(o) != 2 || o[0] != '-' || !strchr("jets", o[1]) ||
		    i + 1 + (o[1] == 's') >= argc) {
			fprintf(stderr, "usage: talus-check [-j|-e|-t FILE | -s A B]...\n");
			return 2;
		}
		if (o[1] == 's') {
			same(argv[i + 1], argv[i + 2]);
			i += 2;
		} else {
			check(argv[++i], o[1]);
		}
	}
	return 0;
}
