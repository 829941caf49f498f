/* web_int.h - what the files of src/web share; not for use outside it. */
#ifndef TALUS_WEB_INT_H
#define TALUS_WEB_INT_H

#include <pthread.h>
#include <stdint.h>
#include <time.h>

#include "app/session.h"
#include "util/strbuf.h"
#include "util/url.h"
#include "web/guard.h"
#include "web/route.h"

#define WEB_CACHE 32 /* cached responses per worker */

/* A response being made. */
struct reply {
	int status;
	const char *type;        /* Content-Type; static */
	struct strbuf body;
	char location[600];      /* a redirect's target, or "" */
	char cookie[200];        /* a Set-Cookie value, or "" */
	int cacheable;           /* may be kept for the same data version */
};

struct cache_entry {
	char key[400];           /* method, path, query, today */
	int64_t version;         /* the connection's data version */
	uint64_t writes;         /* the worker's own writes then */
	int status;
	const char *type;
	struct strbuf body;
	uint64_t used;           /* last use, for eviction */
};

/* A worker's kept session (one SQLite connection, opened once) and its
 * cache. Checked out for one request at a time. */
struct worker {
	struct session ses;
	uint64_t writes;         /* units of work it committed */
	uint64_t tick;
	struct cache_entry cache[WEB_CACHE];
	struct worker *next;     /* the free list */
};

struct server {
	const char *db_path;
	unsigned port;           /* as bound */
	int loopback;            /* bound to loopback: Host checked, no login */
	char token[GUARD_HEX];   /* the login token (non-loopback) */
	uint8_t key[GUARD_KEY_BYTES]; /* the CSRF key, new at each start */
	pthread_mutex_t lock;    /* the workers' lists */
	struct worker *free;     /* idle workers */
	struct worker **all;     /* every worker made, to close at the end */
	size_t nall, aall;
	int32_t fixed_today;     /* TALUS_TODAY, or INT32_MIN: the clock */
};

/* The query values a page reads. */
struct query {
	char view[8];            /* load: "12w" or "12m" */
	int days;                /* ankles: 90 or 365 */
	int weeks;               /* api load: 1..520 */
	char logged[16];         /* a notice after a POST */
	const char *token;       /* /login */
};

/* One request. */
struct request {
	struct route rt;
	int post;
	struct query q;
	const char *sid;         /* the session cookie, or the one being set */
	char new_sid[GUARD_HEX];
	char csrf[GUARD_HEX];    /* the session's token for its forms */
	struct url_form form;    /* a POST's form, parsed */
	char *form_buf;          /* its body (owned) */
	int32_t today;
};

/* Pages (pages.c): fill rep for the GET or POST of rq, using worker w. */
void web_get(struct server *srv, struct worker *w, struct request *rq, struct reply *rep);
void web_post(struct server *srv, struct worker *w, struct request *rq, struct reply *rep);

/* A small HTML page saying msg (an error page). */
void web_error(struct reply *rep, int status, const char *title, const char *msg, int api);

/* Workers (server.c). */
struct worker *web_worker_get(struct server *srv);
void web_worker_put(struct server *srv, struct worker *w);

/* The import of uploaded files (upload.c): runs app_import on the paths
 * for athlete and writes its page or JSON into rep. */
struct upload;
void web_import(struct server *srv, struct request *rq, const char *const *paths,
		size_t npaths, const char *shoe, int all_sports, const char *error,
		struct reply *rep);

#endif
