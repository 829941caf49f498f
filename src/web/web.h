/* web.h - `talus serve`: the local web dashboard over libmicrohttpd.
 *
 * The server answers with the same facts as the command line, through
 * the same src/app calls and src/render writers (the API serves the bytes
 * of each command's --json). It binds 127.0.0.1:WEB_PORT unless told
 * otherwise; a non-loopback bind turns on token login. It runs until
 * SIGINT or SIGTERM, then stops cleanly: connections closed, every kept
 * database closed. See docs/ARCHITECTURE.md, "src/web".
 */
#ifndef TALUS_WEB_H
#define TALUS_WEB_H

#include "util/err.h"

#define WEB_PORT 7777                        /* the documented default port */
#define WEB_FORM_MAX (64 * 1024)             /* a form's body: more is 413 */
#define WEB_UPLOAD_MAX (512ULL * 1024 * 1024) /* an upload's body: more is 413 */
#define WEB_IDLE_S 30                        /* idle connections close */

struct web_opts {
	const char *db_path;    /* the database (must exist) */
	const char *bind;       /* an address: "127.0.0.1", "::1", "0.0.0.0" */
	int port;               /* 0: any free port (printed) */
	int open;               /* --open: start the browser on the URL */
	const char *config_dir; /* where the login token is kept */
	int threads;            /* worker threads; 0: one per core, at least 2 */
	int idle_s;             /* idle connections close; 0: WEB_IDLE_S */
};

/* Serves until SIGINT or SIGTERM. 0 when stopped by one; TALUS_EINVAL
 * for a bad address; TALUS_EIO when the port cannot be bound, the
 * library cannot be loaded or the login token cannot be kept;
 * TALUS_ENODB without a database. */
int web_serve(const struct web_opts *o, struct talus_err *err);

#endif
