/* cmd_serve.c - talus serve: the local web dashboard (src/web). */
#include "cli/cli.h"
#include "web/web.h"
#include "util/strbuf.h"

#include <stdlib.h>

enum { O_BIND, O_PORT, O_OPEN, O_THREADS, O_N };
static const struct opt serve_opts[] = {
	[O_BIND] = { "bind", OPT_STR, 0, 0, NULL },
	[O_PORT] = { "port", OPT_INT, 0, 65535, NULL },
	[O_OPEN] = { "open", OPT_FLAG, 0, 0, NULL },
	[O_THREADS] = { "threads", OPT_INT, 1, 64, NULL },
	{ 0 },
};

/* $XDG_CONFIG_HOME/talus (an absolute path only), else ~/.config/talus. */
static void
config_dir(struct strbuf *sb)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

	if (xdg && xdg[0] == '/')
		strbuf_addf(sb, "%s/talus", xdg);
	else
		strbuf_addf(sb, "%s/.config/talus", home && *home ? home : ".");
}

static int
cmd_serve(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_N];
	struct web_opts o = { 0 };
	struct strbuf dir = STRBUF_INIT;
	const char *pos[1];
	int npos, rc;

	if ((rc = opt_parse(v, serve_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	config_dir(&dir);
	o.db_path = c->db_path;
	o.bind = v[O_BIND].set ? v[O_BIND].str : "127.0.0.1";
	o.port = v[O_PORT].set ? (int)v[O_PORT].num : WEB_PORT;
	o.open = v[O_OPEN].set;
	o.threads = v[O_THREADS].set ? (int)v[O_THREADS].num : 0;
	o.config_dir = dir.buf;
	/* TALUS_SERVE_IDLE: the idle timeout in seconds (1-3600), for tests
	 * that cannot wait 30 s for a slow client to be dropped. */
	if (getenv("TALUS_SERVE_IDLE"))
		o.idle_s = atoi(getenv("TALUS_SERVE_IDLE"));
	if (o.idle_s < 0 || o.idle_s > 3600)
		o.idle_s = 0;
	rc = web_serve(&o, err);
	if (rc == TALUS_ENODB)
		strbuf_addf(&c->hint, "create it with: talus%s%s%s init --name NAME",
			    c->db_given ? " --db '" : "", c->db_given ? c->db_path : "",
			    c->db_given ? "'" : "");
	strbuf_release(&dir);
	return rc;
}

const struct cmd cmd_serve_def = {
	"serve", cmd_serve, serve_opts,
	"serve [--bind ADDR] [--port N] [--open] [--threads N]",
	"the web dashboard on http://127.0.0.1:7777/", CMD_NO_ATHLETE,
};
