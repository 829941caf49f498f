/* server.c - the HTTP side of `talus serve`: the daemon and its threads,
 * what every request must show before it is served (guard.h), the
 * bodies of forms and uploads, the kept sessions, the log, and a clean
 * stop on SIGINT or SIGTERM.
 *
 * Threads: libmicrohttpd's pool of worker threads (one per core, at least
 * two), each polling many connections. A request checks out a worker
 * (web_int.h: a session whose SQLite connection stays open between
 * requests, and its cache) for the time it takes. An import runs on a
 * thread of its own while its connection is suspended, so that the pool
 * keeps serving.
 */
#include "web/web.h"
#include "web/mhd.h"
#include "web/web_int.h"
#include "app/clock.h"
#include "util/xalloc.h"

#include <arpa/inet.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* The state of one connection's request, from its headers to its end. */
struct conn {
	struct request rq;
	struct timespec t0;
	char method[8];
	char path[256];           /* for the log */
	int refused;              /* a response was queued early */
	/* a form's body */
	struct strbuf body;
	uint64_t received;
	int too_large;
	/* an upload */
	int upload;
	struct MHD_PostProcessor *pp;
	char tmpdir[256];
	int fd;
	char **paths;
	size_t npaths;
	char shoe[64];
	int all_sports;
	char csrf_field[GUARD_HEX + 8];
	char upload_error[160];
	/* an import running on its own thread */
	struct server *srv;
	struct MHD_Connection *mc;
	struct reply *done;
	int suspended;
};

static struct server *the_server;
static pthread_mutex_t imports_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t imports_cond = PTHREAD_COND_INITIALIZER;
static int imports_running;

/* ---- workers -------------------------------------------------------------- */

struct worker *
web_worker_get(struct server *srv)
{
	struct worker *w;

	pthread_mutex_lock(&srv->lock);
	if ((w = srv->free)) {
		srv->free = w->next;
	} else {
		w = xcalloc(1, sizeof(*w));
		session_init(&w->ses, srv->db_path, NULL, 0);
		for (int i = 0; i < WEB_CACHE; i++)
			strbuf_init(&w->cache[i].body);
		srv->all = xgrow(srv->all, sizeof(*srv->all), srv->nall + 1, &srv->aall);
		srv->all[srv->nall++] = w;
	}
	pthread_mutex_unlock(&srv->lock);
	return w;
}

void
web_worker_put(struct server *srv, struct worker *w)
{
	session_end(&w->ses);
	pthread_mutex_lock(&srv->lock);
	w->next = srv->free;
	srv->free = w;
	pthread_mutex_unlock(&srv->lock);
}

static void
workers_close(struct server *srv)
{
	for (size_t i = 0; i < srv->nall; i++) {
		struct worker *w = srv->all[i];
		session_close(&w->ses);
		for (int k = 0; k < WEB_CACHE; k++)
			strbuf_release(&w->cache[k].body);
		free(w);
	}
	free(srv->all);
	srv->all = NULL;
	srv->nall = 0;
}

/* ---- responses ------------------------------------------------------------ */

static double
ms_since(const struct timespec *t0)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)(t.tv_sec - t0->tv_sec) * 1e3 + (double)(t.tv_nsec - t0->tv_nsec) / 1e6;
}

/* One line a request on stderr: method, path, status, time. The path is
 * shown with control characters replaced. */
static void
log_request(struct conn *c, int status)
{
	char line[400];

	snprintf(line, sizeof(line), "%s %s %d %.2fms\n", c->method, c->path, status,
		 ms_since(&c->t0));
	fputs(line, stderr);
}

static enum MHD_Result
send_reply(struct conn *c, struct MHD_Connection *mc, struct reply *rep)
{
	struct MHD_Response *r;
	enum MHD_Result ok;
	size_t len = rep->body.len;

	if (len)
		r = MHD_create_response_from_buffer(len, strbuf_detach(&rep->body),
						    MHD_RESPMEM_MUST_FREE);
	else
		r = MHD_create_response_from_buffer(0, (void *)"", MHD_RESPMEM_PERSISTENT);
	strbuf_release(&rep->body);
	if (!r)
		return MHD_NO;
	MHD_add_response_header(r, "Content-Type", rep->type ? rep->type : "text/html; charset=utf-8");
	MHD_add_response_header(r, "Content-Security-Policy",
				"default-src 'self'; frame-ancestors 'none'");
	MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
	MHD_add_response_header(r, "X-Frame-Options", "DENY");
	MHD_add_response_header(r, "Referrer-Policy", "same-origin");
	MHD_add_response_header(r, "Cache-Control", c->rq.rt.page == PAGE_STATIC && rep->status == 200 ?
				"max-age=3600" : "no-store");
	if (rep->location[0])
		MHD_add_response_header(r, "Location", rep->location);
	if (rep->cookie[0])
		MHD_add_response_header(r, "Set-Cookie", rep->cookie);
	if (c->rq.new_sid[0]) {
		char ck[128];
		snprintf(ck, sizeof(ck), "talus_sid=%s; Path=/; HttpOnly; SameSite=Strict",
			 c->rq.new_sid);
		MHD_add_response_header(r, "Set-Cookie", ck);
	}
	if (rep->status == 401)
		MHD_add_response_header(r, "WWW-Authenticate", "Cookie realm=\"talus\"");
	ok = MHD_queue_response(mc, (unsigned)rep->status, r);
	MHD_destroy_response(r);
	log_request(c, rep->status);
	return ok;
}

static enum MHD_Result
refuse(struct conn *c, struct MHD_Connection *mc, int status, const char *title, const char *msg)
{
	struct reply rep = { 0 };

	strbuf_init(&rep.body);
	web_error(&rep, status, title, msg, c->rq.rt.api);
	c->refused = 1;
	return send_reply(c, mc, &rep);
}

/* ---- requests -------------------------------------------------------------- */

static int
hex32(const char *s)
{
	if (!s || strlen(s) != GUARD_HEX - 1)
		return 0;
	for (; *s; s++)
		if (!((*s >= '0' && *s <= '9') || (*s >= 'a' && *s <= 'f')))
			return 0;
	return 1;
}

static enum MHD_Result
query_arg(void *cls, enum MHD_ValueKind kind, const char *key, const char *value)
{
	struct conn *c = cls;
	char v[64];

	(void)kind;
	if (!key || !value || url_decode(v, sizeof(v), value, strlen(value), 1))
		return MHD_YES;
	if (!strcmp(key, "view"))
		snprintf(c->rq.q.view, sizeof(c->rq.q.view), "%.7s", v);
	else if (!strcmp(key, "days"))
		c->rq.q.days = atoi(v);
	else if (!strcmp(key, "weeks"))
		c->rq.q.weeks = atoi(v);
	else if (!strcmp(key, "logged"))
		snprintf(c->rq.q.logged, sizeof(c->rq.q.logged), "%.15s", v);
	return MHD_YES;
}

/* The URL as sent: libmicrohttpd would decode it, and a name holding
 * "%2F" would then split; route.c decodes each part itself. */
static size_t
no_unescape(void *cls, struct MHD_Connection *c, char *s)
{
	(void)cls;
	(void)c;
	return strlen(s);
}

/* ---- uploads ------------------------------------------------------------- */

static void
upload_close_file(struct conn *c)
{
	if (c->fd >= 0) {
		if (close(c->fd) && !c->upload_error[0])
			snprintf(c->upload_error, sizeof(c->upload_error),
				 "cannot write the upload: %s", strerror(errno));
		c->fd = -1;
	}
}

/* A file name safe in the temporary folder: the upload's own name's
 * letters, digits, '.', '-' and '_' (others become '_'), never "." or
 * "..", and a number in front so that two files never meet. */
static void
safe_name(char *out, size_t n, size_t index, const char *name)
{
	const char *base = name ? strrchr(name, '/') : NULL;
	size_t k;

	base = base ? base + 1 : name ? name : "upload";
	if (strrchr(base, '\\'))
		base = strrchr(base, '\\') + 1;
	k = (size_t)snprintf(out, n, "%zu-", index);
	for (; *base && k + 1 < n; base++)
		out[k++] = (char)((*base >= 'a' && *base <= 'z') || (*base >= 'A' && *base <= 'Z') ||
				  (*base >= '0' && *base <= '9') || *base == '.' || *base == '-' ||
				  *base == '_' ? *base : '_');
	out[k] = '\0';
}

static enum MHD_Result
upload_part(void *cls, enum MHD_ValueKind kind, const char *key, const char *filename,
	    const char *content_type, const char *transfer_encoding, const char *data,
	    uint64_t off, size_t size)
{
	struct conn *c = cls;

	(void)kind;
	(void)content_type;
	(void)transfer_encoding;
	if (!key)
		return MHD_YES;
	if (!strcmp(key, "files") && filename && *filename) {
		if (off == 0) {
			char name[200], path[512];
			upload_close_file(c);
			safe_name(name, sizeof(name), c->npaths, filename);
			snprintf(path, sizeof(path), "%s/%s", c->tmpdir, name);
			c->fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
			if (c->fd < 0) {
				snprintf(c->upload_error, sizeof(c->upload_error),
					 "cannot keep the upload: %s", strerror(errno));
				return MHD_NO;
			}
			c->paths = xreallocarray(c->paths, c->npaths + 1, sizeof(*c->paths));
			c->paths[c->npaths++] = xstrdup(path);
		}
		for (size_t done = 0; done < size;) {
			ssize_t w = write(c->fd, data + done, size - done);
			if (w < 0 && errno == EINTR)
				continue;
			if (w <= 0) {
				snprintf(c->upload_error, sizeof(c->upload_error),
					 "cannot write the upload: %s", strerror(errno));
				return MHD_NO;
			}
			done += (size_t)w;
		}
		return MHD_YES;
	}
	/* the small fields, as they come (off > 0 continues one) */
	if (!strcmp(key, "csrf") && off + size < sizeof(c->csrf_field)) {
		memcpy(c->csrf_field + off, data, size);
		c->csrf_field[off + size] = '\0';
	} else if (!strcmp(key, "shoe") && off + size < sizeof(c->shoe)) {
		memcpy(c->shoe + off, data, size);
		c->shoe[off + size] = '\0';
	} else if (!strcmp(key, "all-sports")) {
		c->all_sports = 1;
	}
	return MHD_YES;
}

static void
upload_clean(struct conn *c)
{
	upload_close_file(c);
	for (size_t i = 0; i < c->npaths; i++) {
		unlink(c->paths[i]);
		free(c->paths[i]);
	}
	free(c->paths);
	c->paths = NULL;
	c->npaths = 0;
	if (c->tmpdir[0]) {
		/* whatever else a zip's extraction may have left */
		DIR *d = opendir(c->tmpdir);
		struct dirent *e;
		while (d && (e = readdir(d))) {
			char p[600];
			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			snprintf(p, sizeof(p), "%s/%s", c->tmpdir, e->d_name);
			unlink(p);
		}
		if (d)
			closedir(d);
		rmdir(c->tmpdir);
		c->tmpdir[0] = '\0';
	}
}

static void *
import_thread(void *arg)
{
	struct conn *c = arg;
	struct reply *rep = xcalloc(1, sizeof(*rep));

	strbuf_init(&rep->body);
	web_import(c->srv, &c->rq, (const char *const *)c->paths, c->npaths,
		   c->shoe[0] ? c->shoe : NULL, c->all_sports,
		   c->upload_error[0] ? c->upload_error : NULL, rep);
	c->done = rep;
	MHD_resume_connection(c->mc);
	pthread_mutex_lock(&imports_lock);
	imports_running--;
	pthread_cond_broadcast(&imports_cond);
	pthread_mutex_unlock(&imports_lock);
	return NULL;
}

/* ---- the handler ---------------------------------------------------------- */

static enum MHD_Result
first_call(struct server *srv, struct conn *c, struct MHD_Connection *mc, const char *url,
	   const char *method)
{
	const char *host = MHD_lookup_connection_value(mc, MHD_HEADER_KIND, "Host");
	const char *sid = MHD_lookup_connection_value(mc, MHD_COOKIE_KIND, "talus_sid");
	const char *len = MHD_lookup_connection_value(mc, MHD_HEADER_KIND, "Content-Length");
	const char *type = MHD_lookup_connection_value(mc, MHD_HEADER_KIND, "Content-Type");
	int rc;

	c->rq.today = clock_today();
	if (strcmp(method, "GET") && strcmp(method, "HEAD") && strcmp(method, "POST"))
		return refuse(c, mc, 405, "Method not allowed", "talus serves GET and POST only");
	c->rq.post = !strcmp(method, "POST");
	/* DNS rebinding: on loopback, only a loopback name. */
	if (srv->loopback && !guard_host_ok(host, srv->port))
		return refuse(c, mc, 421, "Misdirected request",
			      "this server answers to localhost, 127.0.0.1 or [::1] with its port");
	rc = web_route(&c->rq.rt, url);
	/* Login: every request but the login link's needs the cookie. */
	if (!srv->loopback && !(rc == ROUTE_OK && c->rq.rt.page == PAGE_LOGIN)) {
		const char *auth = MHD_lookup_connection_value(mc, MHD_COOKIE_KIND, "talus_auth");
		if (!auth || !guard_equal(auth, srv->token))
			return refuse(c, mc, 401, "Log in first",
				      "open the login link that talus serve printed when it started");
	}
	if (rc == ROUTE_BAD)
		return refuse(c, mc, 400, "Bad request", "the address is malformed");
	if (rc)
		return refuse(c, mc, 404, "Not found", "there is no such page");
	if (hex32(sid)) {
		c->rq.sid = sid;
	} else {
		uint8_t raw[16];
		struct talus_err err = TALUS_ERR_INIT;
		if (guard_random(raw, sizeof(raw), &err))
			return refuse(c, mc, 500, "Server error", err.msg);
		guard_hex(c->rq.new_sid, raw, sizeof(raw));
		c->rq.sid = c->rq.new_sid;
	}
	guard_csrf_token(c->rq.csrf, srv->key, c->rq.sid);
	MHD_get_connection_values(mc, MHD_GET_ARGUMENT_KIND, query_arg, c);
	if (c->rq.rt.page == PAGE_LOGIN) {
		const char *tok = MHD_lookup_connection_value(mc, MHD_GET_ARGUMENT_KIND, "token");
		c->rq.q.token = tok;
	}
	if (!c->rq.post)
		return MHD_YES;
	/* A request that changes something: POST, from this server's own
	 * pages, within its size. */
	if (!guard_origin_ok(MHD_lookup_connection_value(mc, MHD_HEADER_KIND, "Origin"),
			     MHD_lookup_connection_value(mc, MHD_HEADER_KIND, "Referer"), host))
		return refuse(c, mc, 403, "Forbidden",
			      "a change must come from this server's own pages (Origin)");
	c->upload = c->rq.rt.page == PAGE_IMPORT && type &&
		    !strncasecmp(type, "multipart/form-data", 19);
	if (len) {
		char *end;
		unsigned long long n = strtoull(len, &end, 10);
		if (*end || n > (c->upload ? WEB_UPLOAD_MAX : WEB_FORM_MAX))
			return refuse(c, mc, 413, "Too large", c->upload ?
				      "an upload may hold 512 MB at most" :
				      "a form may hold 64 KiB at most");
	}
	if (c->upload) {
		const char *tmp = getenv("TMPDIR");
		snprintf(c->tmpdir, sizeof(c->tmpdir), "%s/talus-upload-XXXXXX",
			 tmp && *tmp == '/' ? tmp : "/tmp");
		if (!mkdtemp(c->tmpdir)) {
			c->tmpdir[0] = '\0';
			return refuse(c, mc, 500, "Server error", "cannot make a temporary folder");
		}
		if (!(c->pp = MHD_create_post_processor(mc, 64 * 1024, upload_part, c)))
			return refuse(c, mc, 400, "Bad request", "a malformed upload");
		return MHD_YES;
	}
	if (c->rq.rt.page != PAGE_IMPORT && (!type ||
	    strncasecmp(type, "application/x-www-form-urlencoded", 33)))
		return refuse(c, mc, 415, "Unsupported", "forms are sent urlencoded");
	return MHD_YES;
}

static enum MHD_Result
handler(void *cls, struct MHD_Connection *mc, const char *url, const char *method,
	const char *version, const char *upload_data, size_t *upload_data_size, void **con_cls)
{
	struct server *srv = cls;
	struct conn *c = *con_cls;
	struct reply rep;
	struct worker *w;

	(void)version;
	if (!c) {
		c = xcalloc(1, sizeof(*c));
		clock_gettime(CLOCK_MONOTONIC, &c->t0);
		c->fd = -1;
		c->srv = srv;
		c->mc = mc;
		strbuf_init(&c->body);
		snprintf(c->method, sizeof(c->method), "%s", method);
		for (size_t i = 0; i + 1 < sizeof(c->path) && url[i]; i++)
			c->path[i] = (unsigned char)url[i] < 0x20 || url[i] == 0x7f ? '?' : url[i];
		*con_cls = c;
		return first_call(srv, c, mc, url, method);
	}
	if (c->refused) {
		*upload_data_size = 0; /* refused early: the body is dropped */
		return MHD_YES;
	}
	if (c->done) {
		/* the import's thread is done */
		enum MHD_Result ok = send_reply(c, mc, c->done);
		free(c->done);
		c->done = NULL;
		return ok;
	}
	if (c->suspended)
		return MHD_YES;
	if (*upload_data_size) {
		c->received += *upload_data_size;
		if (c->upload) {
			if (c->received > WEB_UPLOAD_MAX)
				c->too_large = 1;
			else if (!c->upload_error[0] &&
				 MHD_post_process(c->pp, upload_data, *upload_data_size) != MHD_YES &&
				 !c->upload_error[0])
				snprintf(c->upload_error, sizeof(c->upload_error),
					 "the upload is malformed");
		} else if (c->received > WEB_FORM_MAX) {
			c->too_large = 1;
			if (c->received > 16 * WEB_FORM_MAX)
				return MHD_NO; /* a client that does not stop */
		} else {
			strbuf_add(&c->body, upload_data, *upload_data_size);
		}
		*upload_data_size = 0;
		return MHD_YES;
	}
	if (c->too_large)
		return refuse(c, mc, 413, "Too large", c->upload ? "an upload may hold 512 MB at most"
							       : "a form may hold 64 KiB at most");
	memset(&rep, 0, sizeof(rep));
	strbuf_init(&rep.body);
	rep.status = 200;
	if (c->upload) {
		upload_close_file(c);
		if (!guard_csrf_ok(srv->key, c->rq.sid, c->csrf_field)) {
			upload_clean(c);
			return refuse(c, mc, 403, "Forbidden",
				      "the form's security token is missing or stale: reload the page");
		}
		pthread_t th;
		pthread_mutex_lock(&imports_lock);
		imports_running++;
		pthread_mutex_unlock(&imports_lock);
		c->suspended = 1;
		MHD_suspend_connection(mc);
		if (pthread_create(&th, NULL, import_thread, c)) {
			pthread_mutex_lock(&imports_lock);
			imports_running--;
			pthread_mutex_unlock(&imports_lock);
			c->suspended = 0;
			MHD_resume_connection(mc);
			return refuse(c, mc, 500, "Server error", "cannot start the import");
		}
		pthread_detach(th);
		return MHD_YES;
	}
	if (c->rq.post) {
		c->rq.form_buf = strbuf_detach(&c->body);
		if (url_form_parse(&c->rq.form, c->rq.form_buf, strlen(c->rq.form_buf)))
			return refuse(c, mc, 400, "Bad request", "the form is malformed");
		if (!guard_csrf_ok(srv->key, c->rq.sid, url_form_get(&c->rq.form, "csrf")))
			return refuse(c, mc, 403, "Forbidden",
				      "the form's security token is missing or stale: reload the page");
	}
	if (c->rq.rt.page == PAGE_STATIC || c->rq.rt.page == PAGE_EVIDENCE ||
	    c->rq.rt.page == PAGE_LOGIN || c->rq.rt.page == PAGE_CSRF) {
		web_get(srv, NULL, &c->rq, &rep);
	} else {
		w = web_worker_get(srv);
		if (c->rq.post)
			web_post(srv, w, &c->rq, &rep);
		else
			web_get(srv, w, &c->rq, &rep);
		web_worker_put(srv, w);
	}
	return send_reply(c, mc, &rep);
}

static void
completed(void *cls, struct MHD_Connection *mc, void **con_cls, enum MHD_RequestTerminationCode toe)
{
	struct conn *c = *con_cls;

	(void)cls;
	(void)mc;
	(void)toe;
	if (!c)
		return;
	if (c->pp)
		MHD_destroy_post_processor(c->pp);
	upload_clean(c);
	strbuf_release(&c->body);
	free(c->rq.form_buf);
	if (c->done) {
		strbuf_release(&c->done->body);
		free(c->done);
	}
	free(c);
	*con_cls = NULL;
}

/* ---- starting and stopping -------------------------------------------------- */

/* SIGINT and SIGTERM write their number here; web_serve() waits on it. A
 * handler, not a default action blocked for sigwait(): a thread that does
 * not block the signal (the sanitizers start one) runs the handler too,
 * instead of ending the process. */
static int stop_pipe[2] = { -1, -1 };

static void
on_stop(int sig)
{
	unsigned char c = (unsigned char)sig;
	int e = errno;

	/* a full pipe already holds a byte: enough */
	(void)!write(stop_pipe[1], &c, 1);
	errno = e;
}

static void
open_browser(const char *url)
{
	char *argv[] = { (char *)"xdg-open", (char *)url, NULL };
	pid_t pid;

	if (posix_spawnp(&pid, "xdg-open", NULL, NULL, argv, environ))
		fprintf(stderr, "talus: cannot start a browser (xdg-open): open %s\n", url);
}

int
web_serve(const struct web_opts *o, struct talus_err *err)
{
	struct server srv;
	struct sockaddr_in a4;
	struct sockaddr_in6 a6;
	struct sockaddr *sa;
	struct MHD_Daemon *d;
	const union MHD_DaemonInfo *info;
	struct worker *w;
	sigset_t set, old;
	struct sigaction sa_stop;
	const char *bind = o->bind ? o->bind : "127.0.0.1";
	char url[400], host[300];
	unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL | MHD_ALLOW_SUSPEND_RESUME;
	int threads = o->threads, sig, rc = 0, v6 = 0;
	long ncpu = sysconf(_SC_NPROCESSORS_ONLN);

	memset(&srv, 0, sizeof(srv));
	memset(&a4, 0, sizeof(a4));
	memset(&a6, 0, sizeof(a6));
	if (!strcasecmp(bind, "localhost"))
		bind = "127.0.0.1";
	if (inet_pton(AF_INET, bind, &a4.sin_addr) == 1) {
		a4.sin_family = AF_INET;
		a4.sin_port = htons((uint16_t)o->port);
		sa = (struct sockaddr *)&a4;
	} else if (inet_pton(AF_INET6, bind, &a6.sin6_addr) == 1) {
		a6.sin6_family = AF_INET6;
		a6.sin6_port = htons((uint16_t)o->port);
		sa = (struct sockaddr *)&a6;
		v6 = 1;
		flags |= MHD_USE_IPv6;
	} else {
		return err_set(err, TALUS_EINVAL, "invalid --bind '%s': expected an IP address "
			       "such as 127.0.0.1 or ::1", bind);
	}
	srv.db_path = o->db_path;
	srv.loopback = guard_bind_loopback(bind);
	pthread_mutex_init(&srv.lock, NULL);
	if (access(o->db_path, F_OK))
		return err_set(err, TALUS_ENODB, "no database at '%s'", o->db_path);
	if (!srv.loopback && (rc = guard_token(srv.token, o->config_dir, err)))
		return err_set(err, TALUS_EINVAL, "not starting on %s without a login token: %s",
			       bind, err->msg);
	if ((rc = guard_random(srv.key, sizeof(srv.key), err)) || (rc = mhd_load(err)))
		return rc;
	/* Open the database once here: a missing or broken one is said
	 * now, not at the first request. */
	w = web_worker_get(&srv);
	rc = session_keep(&w->ses, err);
	web_worker_put(&srv, w);
	if (rc) {
		workers_close(&srv);
		return rc;
	}
	if (threads <= 0)
		threads = ncpu > 2 ? (int)ncpu : 2;
	/* The pool's threads inherit this mask, so that the signals come to
	 * this thread; the handler (which a shell's ignored SIGINT of a
	 * background job is replaced by) wakes the wait below. */
	if (pipe(stop_pipe)) {
		workers_close(&srv);
		return err_set(err, TALUS_EIO, "cannot make a pipe: %s", strerror(errno));
	}
	for (int i = 0; i < 2; i++) {
		fcntl(stop_pipe[i], F_SETFD, FD_CLOEXEC);
		fcntl(stop_pipe[i], F_SETFL, O_NONBLOCK);
	}
	memset(&sa_stop, 0, sizeof(sa_stop));
	sa_stop.sa_handler = on_stop;
	sa_stop.sa_flags = SA_RESTART;
	sigemptyset(&sa_stop.sa_mask);
	sigaction(SIGINT, &sa_stop, NULL);
	sigaction(SIGTERM, &sa_stop, NULL);
	signal(SIGPIPE, SIG_IGN);
	sigemptyset(&set);
	sigaddset(&set, SIGINT);
	sigaddset(&set, SIGTERM);
	pthread_sigmask(SIG_BLOCK, &set, &old);
	the_server = &srv;
	d = MHD_start_daemon(flags, (uint16_t)o->port, NULL, NULL, handler, &srv,
			     MHD_OPTION_SOCK_ADDR, sa,
			     MHD_OPTION_THREAD_POOL_SIZE, (unsigned int)threads,
			     MHD_OPTION_CONNECTION_TIMEOUT, (unsigned int)(o->idle_s > 0 ? o->idle_s : WEB_IDLE_S),
			     MHD_OPTION_CONNECTION_LIMIT, (unsigned int)1000,
			     MHD_OPTION_NOTIFY_COMPLETED, completed, (void *)NULL,
			     MHD_OPTION_UNESCAPE_CALLBACK, no_unescape, (void *)NULL,
			     MHD_OPTION_END);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (!d) {
		close(stop_pipe[0]);
		close(stop_pipe[1]);
		workers_close(&srv);
		return err_set(err, TALUS_EIO, "cannot listen on %s port %d (is it in use?)", bind,
			       o->port);
	}
	info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
	srv.port = info ? info->port : (unsigned)o->port;
	if (srv.loopback)
		snprintf(host, sizeof(host), "%s", v6 ? "[::1]" : "127.0.0.1");
	else if (!strcmp(bind, "0.0.0.0") || !strcmp(bind, "::"))
		gethostname(host, sizeof(host) - 1);
	else
		snprintf(host, sizeof(host), v6 ? "[%s]" : "%s", bind);
	snprintf(url, sizeof(url), "http://%s:%u/", host, srv.port);
	fprintf(stderr, "talus: serving %s on %s (Ctrl-C stops)\n", url, o->db_path);
	if (!srv.loopback)
		fprintf(stderr, "talus: listening on %s beyond this machine: log in once with\n"
				"  %slogin?token=%s\n", bind, url, srv.token);
	if (o->open)
		open_browser(url);
	for (;;) {
		unsigned char c;
		struct pollfd pfd = { stop_pipe[0], POLLIN, 0 };
		if (read(stop_pipe[0], &c, 1) == 1) {
			sig = c;
			break;
		}
		if (poll(&pfd, 1, -1) < 0 && errno != EINTR) {
			sig = SIGTERM;
			break;
		}
	}
	fprintf(stderr, "talus: stopping (%s)\n", sig == SIGINT ? "interrupt" : "terminate");
	/* Imports hold suspended connections: let them finish first. */
	pthread_mutex_lock(&imports_lock);
	while (imports_running)
		pthread_cond_wait(&imports_cond, &imports_lock);
	pthread_mutex_unlock(&imports_lock);
	MHD_stop_daemon(d);
	workers_close(&srv);
	/* A second signal may come (timeout(1) signals the process, then
	 * its group): once stopping, it is ignored, so it neither ends the
	 * process after its clean stop (exit 143) nor writes to a closed
	 * pipe. */
	signal(SIGINT, SIG_IGN);
	signal(SIGTERM, SIG_IGN);
	close(stop_pipe[0]);
	close(stop_pipe[1]);
	stop_pipe[0] = stop_pipe[1] = -1;
	pthread_mutex_destroy(&srv.lock);
	the_server = NULL;
	return 0;
}
