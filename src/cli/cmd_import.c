/* cmd_import.c - talus import: the options, Ctrl-C, the progress bar and
 * the messages of an import; src/app/import.c decides what goes in. */
#include "app/clock.h"
#include "app/import.h"
#include "core/shoe.h"
#include "cli/cli.h"
#include "render/import.h"
#include "util/json.h"
#include "util/text.h"

#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

/* Set by Ctrl-C: a signal handler can only reach a global. app_import()
 * is given its address, nothing below reads it otherwise. */
static volatile sig_atomic_t interrupted;

static void
on_sigint(int sig)
{
	(void)sig;
	if (interrupted) /* a second Ctrl-C: no more waiting */
		_exit(EXIT_INTR);
	interrupted = 1;
}

struct view {
	struct json j;
	int json, quiet, progress;
	struct timespec t0, last;
};

static double
since(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) + (b->tv_nsec - a->tv_nsec) / 1e9;
}

static void
progress(struct view *v, const struct import_summary *t, int done)
{
	struct timespec now;
	double el, rate, left;

	if (!v->progress)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (!done && since(&v->last, &now) < 0.1)
		return;
	v->last = now;
	if (done) {
		fputs("\r\033[K", stderr);
		return;
	}
	el = since(&v->t0, &now);
	rate = el > 0 ? t->bytes / el : 0;
	left = rate > 0 ? (t->plan_bytes - t->bytes) / rate : 0;
	fprintf(stderr, "\r\033[Kimporting %zu/%zu files  %.1f/%.1f MB  %.0f activities/s  %d:%02d left",
		t->files, t->plan_files, t->bytes / 1e6, t->plan_bytes / 1e6,
		el > 0 ? t->acts / el : 0, (int)left / 60, (int)left % 60);
}

/* "talus: import: [warning: ]PATH: MSG" on stderr: a file's name and
 * what its content made of the message are shown with their control
 * characters visible. */
static void
file_message(const char *cr, const char *kind, const char *path, const char *msg)
{
	struct strbuf sb = STRBUF_INIT;

	strbuf_addf(&sb, "%stalus: import: %s", cr, kind);
	text_add_visible(&sb, path);
	strbuf_adds(&sb, ": ");
	text_add_visible(&sb, msg);
	strbuf_addch(&sb, '\n');
	fputs(sb.buf, stderr);
	strbuf_release(&sb);
}

static void
on_file(void *payload, const struct import_file *f, const char *status,
	const char *warning, const struct activity *kept, size_t nkept,
	const struct import_summary *t)
{
	struct view *v = payload;
	const char *cr = v->progress ? "\r\033[K" : "";

	if (v->json)
		render_import_file_json(&v->j, f->path, status, f->msg, kept, nkept);
	else if (!strcmp(status, "failed"))
		file_message(cr, "", f->path, f->msg);
	else if (warning && !v->quiet)
		file_message(cr, "warning: ", f->path, warning);
	progress(v, t, 0);
}

enum { O_SHOE, O_ALL, O_DRY, O_JOBS, O_QUIET, O_JSON, O_TZ, O_N };
static const struct opt import_opts[] = {
	[O_SHOE] = { "shoe", OPT_STR, 0, 0, NULL, 0 },
	[O_ALL] = { "all-sports", OPT_FLAG, 0, 0, NULL, 0 },
	[O_DRY] = { "dry-run", OPT_FLAG, 0, 0, NULL, 'n' },
	[O_JOBS] = { "jobs", OPT_INT, 1, 64, NULL, 0 },
	[O_QUIET] = { "quiet", OPT_FLAG, 0, 0, NULL, 'q' },
	[O_JSON] = { "json", OPT_FLAG, 0, 0, NULL, 0 },
	[O_TZ] = { "tz", OPT_STR, 0, 0, NULL, 0 },
	{ 0 },
};

static int
cmd_import(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_N];
	const char *pos[256];
	struct view view;
	struct app_import_opts o;
	struct import_summary t;
	struct sigaction sa, old;
	const char *why;
	char echo[64];
	int npos, rc;

	if ((rc = opt_parse(v, import_opts, argc, argv, pos, 256, &npos, err)))
		return rc;
	if (!npos)
		return err_set(err, TALUS_EINVAL, "missing PATH: a file, a folder, a .zip or -");
	if (v[O_SHOE].set && (rc = cli_check_name(v[O_SHOE].str, "--shoe",
						 sizeof(((struct shoe *)0)->name) - 1, err)))
		return rc;
	/* Before anything is opened or read. */
	if (v[O_TZ].set && (why = clock_zone_check(v[O_TZ].str)))
		return err_set(err, TALUS_EINVAL, "invalid --tz '%s': %s",
			       text_clip(echo, sizeof(echo), v[O_TZ].str), why);
	/* From here on Ctrl-C stops the import and keeps what was committed
	 * (even a background job, which starts with SIGINT ignored). */
	interrupted = 0;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old);
	memset(&view, 0, sizeof(view));
	view.json = v[O_JSON].set;
	view.quiet = v[O_QUIET].set;
	view.progress = !view.quiet && isatty(2);
	memset(&o, 0, sizeof(o));
	o.paths = pos;
	o.npaths = (size_t)npos;
	o.shoe = v[O_SHOE].set ? v[O_SHOE].str : NULL;
	o.tz = v[O_TZ].set ? v[O_TZ].str : NULL;
	o.all_sports = v[O_ALL].set;
	o.dry_run = v[O_DRY].set;
	o.jobs = v[O_JOBS].set ? (int)v[O_JOBS].num : (int)sysconf(_SC_NPROCESSORS_ONLN);
	o.stop = &interrupted;
	o.file = on_file;
	o.payload = &view;
	if ((rc = ctx_open(c, err)))
		goto done;
	clock_gettime(CLOCK_MONOTONIC, &view.t0);
	if (view.json) {
		json_init(&view.j, &c->out);
		render_import_json_begin(&view.j);
	}
	rc = app_import(&t, &c->ses, &o, err);
	progress(&view, &t, 1);
	if (rc) {
		if (rc == TALUS_ENOTFOUND && o.shoe)
			cli_shoe_hint(c, o.shoe);
		goto done;
	}
	if (view.json)
		render_import_json_end(&view.j, &t);
	else if (!view.quiet)
		render_import_text(&c->out, &t);
	if (t.interrupted) {
		c->exit_status = EXIT_INTR;
		fprintf(stderr, "talus: import: interrupted: kept the %zu files read so far\n",
			t.files);
	} else if (t.failed) {
		c->exit_status = EXIT_PARTIAL;
	}
done:
	sigaction(SIGINT, &old, NULL);
	return rc;
}

const struct cmd cmd_import_def = {
	"import", cmd_import, import_opts,
	"import PATH... [--shoe NAME] [--all-sports] [-n|--dry-run] [--jobs N]\n"
	"              [-q|--quiet] [--json] [--tz ZONE]\n"
	"              PATH: a .gpx, .tcx or .fit file (or .gz), a folder, a .zip\n"
	"              (Garmin or Strava export) or - for standard input\n"
	"              ZONE: an IANA time zone (Europe/Berlin) for times that\n"
	"              carry no UTC offset; else the system zone",
	"import runs from watch files and exports", CMD_WRITE,
};
