/* route.c - request paths to pages (see route.h). */
#include "web/route.h"
#include "util/url.h"

#include <stdio.h>
#include <string.h>

static const char *const slugs[PAGE__COUNT] = {
	[PAGE_TODAY] = "today",
	[PAGE_LOG] = "log",
	[PAGE_IMPORT] = "import",
	[PAGE_LOAD] = "load",
	[PAGE_ANKLES] = "ankles",
	[PAGE_SHOES] = "shoes",
	[PAGE_PROGRAMME] = "programme",
	[PAGE_PLAN] = "plan",
	[PAGE_RECOVERY] = "recovery",
	[PAGE_REPORT] = "report",
	[PAGE_INSIGHTS] = "insights",
};

const char *
web_page_slug(enum web_page p)
{
	return p > PAGE_NONE && p < PAGE__COUNT ? slugs[p] : NULL;
}

/* The next segment of *p (after its '/'): start and length; *p moves past
 * it. 0 when there is none. */
static int
segment(const char **p, const char **seg, size_t *len)
{
	if (**p != '/')
		return 0;
	*seg = ++*p;
	*len = strcspn(*p, "/");
	*p += *len;
	return 1;
}

static int
word(char *out, size_t n, const char *seg, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		char c = seg[i];
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
		      c == '_' || (c >= 'A' && c <= 'Z')))
			return ROUTE_NOT_FOUND;
	}
	if (len >= n)
		return ROUTE_NOT_FOUND;
	memcpy(out, seg, len);
	out[len] = '\0';
	return ROUTE_OK;
}

int
web_route(struct route *out, const char *path)
{
	const char *p = path, *seg;
	size_t len;
	int rc;

	memset(out, 0, sizeof(*out));
	if (!strcmp(path, "/")) {
		out->page = PAGE_ROOT;
		return ROUTE_OK;
	}
	if (!strcmp(path, "/favicon.ico")) {
		out->page = PAGE_STATIC;
		strcpy(out->asset, "favicon.svg");
		return ROUTE_OK;
	}
	if (!segment(&p, &seg, &len))
		return ROUTE_NOT_FOUND;
	if (len == 3 && !strncmp(seg, "api", 3)) {
		out->api = 1;
		if (!segment(&p, &seg, &len))
			return ROUTE_NOT_FOUND;
	}
	if (len == 4 && !strncmp(seg, "team", 4) && !*p) {
		out->page = PAGE_TEAM;
		return ROUTE_OK;
	}
	if (len == 4 && !strncmp(seg, "csrf", 4) && !*p && out->api) {
		out->page = PAGE_CSRF;
		return ROUTE_OK;
	}
	if (!out->api && len == 8 && !strncmp(seg, "evidence", 8) && !*p) {
		out->page = PAGE_EVIDENCE;
		return ROUTE_OK;
	}
	if (!out->api && len == 5 && !strncmp(seg, "login", 5) && !*p) {
		out->page = PAGE_LOGIN;
		return ROUTE_OK;
	}
	if (!out->api && len == 6 && !strncmp(seg, "static", 6)) {
		/* One plain file name: no "..", no '/', no '%': nothing from the
		 * URL reaches the file system in any case (assets are compiled
		 * in), and nothing odd is looked up either. */
		if (!segment(&p, &seg, &len) || *p || !len || seg[0] == '.' ||
		    word(out->asset, sizeof(out->asset), seg, len))
			return ROUTE_NOT_FOUND;
		out->page = PAGE_STATIC;
		return ROUTE_OK;
	}
	if (len != 1 || seg[0] != 'a' || !segment(&p, &seg, &len) || !len)
		return ROUTE_NOT_FOUND;
	if (url_decode(out->athlete, sizeof(out->athlete), seg, len, 0))
		return ROUTE_BAD;
	if (!segment(&p, &seg, &len))
		return ROUTE_NOT_FOUND;
	for (int i = PAGE_TODAY; i < PAGE__COUNT; i++)
		if (slugs[i] && strlen(slugs[i]) == len && !strncmp(slugs[i], seg, len))
			out->page = (enum web_page)i;
	if (!out->page)
		return ROUTE_NOT_FOUND;
	if (segment(&p, &seg, &len)) {
		if (!len || *p || (rc = word(out->action, sizeof(out->action), seg, len)))
			return ROUTE_NOT_FOUND;
	}
	if (*p)
		return ROUTE_NOT_FOUND;
	return ROUTE_OK;
}
