/* route.h - what a request's path asks for. Pure: the path in, the page,
 * its athlete and its action out; no I/O.
 *
 *   /                            the default athlete's today (a redirect)
 *   /a/NAME/PAGE[/ACTION]        a page of athlete NAME (url-encoded)
 *   /api/a/NAME/PAGE[/ACTION]    its data: the JSON of the command line
 *   /team, /api/team             the coach's screen
 *   /evidence                    the rule ids, thresholds and sources
 *   /static/FILE                 an asset compiled into talus
 *   /login                       the login link of a non-loopback bind
 *
 * PAGE is one of web_page_slug()'s names; ACTION a word of the page's
 * forms ("run", "ankle", "exercise", "seen").
 */
#ifndef TALUS_WEB_ROUTE_H
#define TALUS_WEB_ROUTE_H

#include "core/athlete.h"

enum web_page {
	PAGE_NONE = 0,
	PAGE_ROOT,
	PAGE_TODAY,
	PAGE_LOG,
	PAGE_IMPORT,
	PAGE_LOAD,
	PAGE_ANKLES,
	PAGE_SHOES,
	PAGE_PROGRAMME,
	PAGE_PLAN,
	PAGE_RECOVERY,
	PAGE_REPORT,
	PAGE_INSIGHTS,
	PAGE_TEAM,
	PAGE_EVIDENCE,
	PAGE_STATIC,
	PAGE_LOGIN,
	PAGE_CSRF,      /* /api/csrf: the token for API clients */
	PAGE__COUNT,
};

struct route {
	enum web_page page;
	int api;                              /* under /api/ */
	char athlete[ATHLETE_NAME_MAX + 1];   /* decoded; "" for none */
	char action[32];                      /* "" for none */
	char asset[64];                       /* PAGE_STATIC's file name */
};

enum route_result {
	ROUTE_OK = 0,
	ROUTE_NOT_FOUND = -1,  /* 404 */
	ROUTE_BAD = -2,        /* 400: a malformed %HH, a NUL, a name too long */
};

/* Routes path (the request's path, without the query, not decoded). */
int web_route(struct route *out, const char *path);

/* The URL word of an athlete's page ("today", "log", ...), NULL for the
 * pages that are not an athlete's. */
const char *web_page_slug(enum web_page p);

#endif
