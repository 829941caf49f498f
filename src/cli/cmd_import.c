/* cmd_import.c - talus import: the writer of the import pipeline.
 *
 * src/import/source.c reads and decodes on worker threads; this file is
 * the one writer. Files are committed in batches, each file's activities
 * together with the row that remembers its content hash, so an import
 * killed at any moment leaves a sound database and the same command run
 * again ends with exactly what an uninterrupted run gives. */
#include "cli/cli.h"
#include "core/sport.h"
#include "import/source.h"
#include "util/date.h"
#include "util/json.h"
#include "util/xalloc.h"

#include <math.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define BATCH_FILES 500        /* files per transaction */
#define DUP_WINDOW_S 60        /* same sport, start within this: a duplicate */
#define MAX_RUN_M 1000000.0    /* absurd beyond: 1,000 km */
#define MAX_ELAPSED_S (7 * 86400.0)

static volatile sig_atomic_t interrupted;

static void
on_sigint(int sig)
{
	(void)sig;
	if (interrupted) /* a second Ctrl-C: no more waiting */
		_exit(EXIT_INTR);
	interrupted = 1;
}

struct totals {
	size_t files, imported, duplicate, skipped, failed;
	size_t acts, act_dups, act_other;
	uint64_t bytes;
};

struct imp {
	struct ctx *c;
	struct import_plan *plan;
	struct talus_err *err;
	int json, quiet, dry_run, all_sports, progress;
	int64_t shoe_id;
	struct totals t;
	size_t in_batch;
	struct json j;
	size_t plan_files;
	uint64_t plan_bytes;
	struct timespec t0, last;
};

static double
since(const struct timespec *a, const struct timespec *b)
{
	return (double)(b->tv_sec - a->tv_sec) + (b->tv_nsec - a->tv_nsec) / 1e9;
}

static void
progress(struct imp *m, int done)
{
	struct timespec now;
	double el, rate, left;

	if (!m->progress)
		return;
	clock_gettime(CLOCK_MONOTONIC, &now);
	if (!done && since(&m->last, &now) < 0.1)
		return;
	m->last = now;
	if (done) {
		fputs("\r\033[K", stderr);
		return;
	}
	el = since(&m->t0, &now);
	rate = el > 0 ? m->t.bytes / el : 0;
	left = rate > 0 ? (m->plan_bytes - m->t.bytes) / rate : 0;
	fprintf(stderr, "\r\033[Kimporting %zu/%zu files  %.1f/%.1f MB  %.0f activities/s  %d:%02d left",
		m->t.files, m->plan_files, m->t.bytes / 1e6, m->plan_bytes / 1e6,
		el > 0 ? m->t.acts / el : 0, (int)left / 60, (int)left % 60);
}

/* The shoe a Strava gear name stands for, created when missing. */
static int
gear_shoe(int64_t *out, struct imp *m, const char *gear)
{
	struct shoe s;
	int rc = store_shoe_find(&s, m->c->st, m->c->ath.id, gear, m->err);

	if (rc == TALUS_ENOTFOUND) {
		memset(&s, 0, sizeof(s));
		snprintf(s.name, sizeof(s.name), "%.63s", gear);
		s.review_m = SHOE_REVIEW_M;
		s.limit_m = SHOE_LIMIT_M;
		s.since_day = INT32_MIN;
		err_clear(m->err);
		rc = store_shoe_add(&s.id, m->c->st, m->c->ath.id, &s, m->err);
	}
	if (!rc)
		*out = s.id;
	return rc;
}

static int32_t
system_offset(int64_t utc)
{
	time_t t = (time_t)utc;
	struct tm tm;

	if (!localtime_r(&t, &tm))
		return 0;
	return (int32_t)tm.tm_gmtoff;
}

static const char *
absurd(const struct activity *a)
{
	if (a->start_utc < 315532800) /* 1980 */
		return "a start before 1980";
	if (a->start_utc > (int64_t)time(NULL) + 2 * 86400)
		return "a start in the future";
	if (a->distance_m > MAX_RUN_M)
		return "a distance over 1,000 km";
	if (a->elapsed_s > MAX_ELAPSED_S)
		return "a duration over a week";
	return NULL;
}

static void
json_file(struct imp *m, const struct import_file *f, const char *status,
	  const struct activity *acts, size_t n)
{
	struct json *j = &m->j;

	json_obj_begin(j, NULL);
	json_str(j, "path", f->path);
	json_str(j, "status", status);
	json_str(j, "error", f->msg[0] ? f->msg : NULL);
	json_arr_begin(j, "activities");
	for (size_t i = 0; i < n; i++) {
		json_obj_begin(j, NULL);
		cli_activity_json(j, &acts[i]);
		json_obj_end(j);
	}
	json_arr_end(j);
	json_obj_end(j);
}

static int
commit_batch(struct imp *m)
{
	int rc;

	if ((rc = store_flush(m->c->st, m->c->ath.id, m->err)))
		return rc;
	if (m->dry_run)
		return 0;
	if ((rc = store_commit(m->c->st, m->err)) || (rc = store_begin(m->c->st, m->err)))
		return rc;
	m->in_batch = 0;
	return 0;
}

static int
deliver(void *payload, struct import_file *f)
{
	struct imp *m = payload;
	struct ctx *c = m->c;
	const char *status;
	size_t inserted = 0, dups = 0, other = 0, bad = 0;
	struct activity *kept = NULL;
	size_t nkept = 0, akept = 0;
	int rc = 0, seen;

	m->t.files++;
	m->t.bytes += f->bytes;
	switch (f->outcome) {
	case IMPORT_SEEN:
		status = "duplicate";
		snprintf(f->msg, sizeof(f->msg), "imported before (same content)");
		m->t.duplicate++;
		goto out;
	case IMPORT_IGNORED:
		status = "skipped";
		m->t.skipped++;
		goto out;
	case IMPORT_FAILED:
		status = "failed";
		m->t.failed++;
		if (!m->json)
			fprintf(stderr, "%stalus: import: %s: %s\n", m->progress ? "\r\033[K" : "",
				f->path, f->msg);
		goto out;
	case IMPORT_DECODED:
		break;
	}
	/* The same content twice in this import, or a file of an earlier
	 * import that the readers did not know of. */
	if ((rc = store_source_seen(&seen, c->st, c->ath.id, f->hash, m->err)))
		return rc;
	if (seen) {
		status = "duplicate";
		snprintf(f->msg, sizeof(f->msg), "imported before (same content)");
		m->t.duplicate++;
		goto out;
	}
	for (size_t i = 0; i < f->acts.n; i++) {
		struct activity *a = &f->acts.v[i];
		struct run_entry r;
		const char *why;
		int64_t near, id;

		if (f->meta && f->meta->name[0])
			snprintf(a->name, sizeof(a->name), "%s", f->meta->name);
		/* The sport from every clue, and why when it was inferred. */
		sport_settle(a, f->meta ? f->meta->type : NULL, f->msg, sizeof(f->msg), i + 1,
			     f->acts.n);
		if (a->sport != SPORT_RUN && !m->all_sports) {
			other++;
			continue;
		}
		if ((why = absurd(a))) {
			snprintf(f->msg, sizeof(f->msg), "activity %zu of the file has %s", i + 1, why);
			bad++;
			continue;
		}
		if (isnan(a->distance_m) || a->distance_m < 0)
			a->distance_m = 0;
		if ((rc = store_activity_near(&near, c->st, c->ath.id, a->sport, a->start_utc,
					      DUP_WINDOW_S, m->err)))
			goto done;
		if (near) {
			dups++;
			continue;
		}
		run_entry_init(&r);
		r.a = *a;
		r.a.has_time = 1;
		if (!a->has_offset)
			r.a.utc_offset_s = system_offset(a->start_utc);
		r.shoe_id = a->sport == SPORT_RUN ? m->shoe_id : 0;
		if (!r.shoe_id && a->sport == SPORT_RUN && f->meta && f->meta->gear[0] &&
		    (rc = gear_shoe(&r.shoe_id, m, f->meta->gear)))
			goto done;
		snprintf(r.source_hash, sizeof(r.source_hash), "%s", f->hash);
		if ((rc = store_run_insert(&id, c->st, c->ath.id, &r, m->err)))
			goto done;
		kept = xgrow(kept, sizeof(*kept), nkept + 1, &akept);
		kept[nkept] = r.a;
		kept[nkept++].id = id;
		inserted++;
	}
	m->t.acts += inserted;
	m->t.act_dups += dups;
	m->t.act_other += other;
	if (inserted) {
		status = "imported";
		m->t.imported++;
	} else if (dups) {
		status = "duplicate";
		if (!f->msg[0])
			snprintf(f->msg, sizeof(f->msg), "the same activity is already in the log");
		m->t.duplicate++;
	} else if (bad) {
		status = "failed";
		m->t.failed++;
	} else {
		status = "skipped";
		if (!f->msg[0] && other)
			snprintf(f->msg, sizeof(f->msg), "not a run (--all-sports imports it)");
		m->t.skipped++;
	}
	if (!strcmp(status, "failed")) {
		/* not remembered: a later import tries the file again */
		if (!m->json)
			fprintf(stderr, "%stalus: import: %s: %s\n", m->progress ? "\r\033[K" : "",
				f->path, f->msg);
		goto out;
	}
	if (f->msg[0] && !m->json && !m->quiet)
		fprintf(stderr, "%stalus: import: warning: %s: %s\n", m->progress ? "\r\033[K" : "",
			f->path, f->msg);
	if ((rc = store_source_add(c->st, c->ath.id, f->hash, f->path, (int)inserted, m->err)))
		goto done;
out:
	/* The stamp lets a later import skip the file without reading it. */
	if (strcmp(status, "failed") && f->stamp &&
	    (rc = store_stamp_add(c->st, c->ath.id, f->stamp, m->err)))
		goto done;
	if (f->nest >= 0) {
		const char *ns = import_nest_delivered(m->plan, f->nest, !strcmp(status, "failed"));
		if (ns && (rc = store_stamp_add(c->st, c->ath.id, ns, m->err)))
			goto done;
	}
	if (m->json)
		json_file(m, f, status, kept, nkept);
	if (++m->in_batch >= BATCH_FILES)
		rc = commit_batch(m);
	progress(m, 0);
done:
	free(kept);
	return rc;
}

int
cmd_import(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { O_SHOE, O_ALL, O_DRY, O_JOBS, O_QUIET, O_JSON, O_N };
	static const struct opt opts[] = {
		[O_SHOE] = { "shoe", OPT_STR, 0, 0, NULL, 0 },
		[O_ALL] = { "all-sports", OPT_FLAG, 0, 0, NULL, 0 },
		[O_DRY] = { "dry-run", OPT_FLAG, 0, 0, NULL, 'n' },
		[O_JOBS] = { "jobs", OPT_INT, 1, 64, NULL, 0 },
		[O_QUIET] = { "quiet", OPT_FLAG, 0, 0, NULL, 'q' },
		[O_JSON] = { "json", OPT_FLAG, 0, 0, NULL, 0 },
		{ 0 },
	};
	struct optval v[O_N];
	const char *pos[256];
	struct imp m;
	struct import_plan *plan = NULL;
	struct import_opts io;
	char **seen = NULL, **stamps = NULL;
	size_t nseen = 0, nstamps = 0;
	struct sigaction sa, old;
	int npos, rc;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 256, &npos, err)))
		return rc;
	/* From here on Ctrl-C stops the import and keeps what was committed
	 * (even a background job, which starts with SIGINT ignored). */
	interrupted = 0;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_sigint;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, &old);
	if (!npos) {
		sigaction(SIGINT, &old, NULL);
		return err_set(err, TALUS_EINVAL, "missing PATH: a file, a folder, a .zip or -");
	}
	memset(&m, 0, sizeof(m));
	m.c = c;
	m.err = err;
	m.json = v[O_JSON].set;
	m.quiet = v[O_QUIET].set;
	m.dry_run = v[O_DRY].set;
	m.all_sports = v[O_ALL].set;
	m.progress = !m.quiet && isatty(2);
	if ((rc = ctx_open(c, 0, err)))
		goto done;
	if (v[O_SHOE].set) {
		struct shoe s;
		if ((rc = store_shoe_find(&s, c->st, c->ath.id, v[O_SHOE].str, err))) {
			if (rc == TALUS_ENOTFOUND)
				strbuf_addf(&c->hint, "add it with: talus shoe add '%s'", v[O_SHOE].str);
			goto done;
		}
		m.shoe_id = s.id;
	}
	if ((rc = store_source_hashes(&seen, &nseen, c->st, c->ath.id, err)) ||
	    (rc = store_source_stamps(&stamps, &nstamps, c->st, c->ath.id, err)) ||
	    (rc = import_plan_new(&plan, pos, (size_t)npos, (const char *const *)stamps,
				  nstamps, err)))
		goto done;
	m.plan = plan;
	m.plan_files = import_plan_files(plan);
	m.plan_bytes = import_plan_bytes(plan);
	clock_gettime(CLOCK_MONOTONIC, &m.t0);
	if (m.json) {
		json_init(&m.j, &c->out);
		json_obj_begin(&m.j, NULL);
		json_arr_begin(&m.j, "files");
	}
	memset(&io, 0, sizeof(io));
	io.jobs = v[O_JOBS].set ? (int)v[O_JOBS].num : (int)sysconf(_SC_NPROCESSORS_ONLN);
	io.seen = (const char *const *)seen;
	io.nseen = nseen;
	io.stop = &interrupted;
	store_defer(c->st, 1);
	rc = import_run(plan, &io, deliver, &m, err);
	progress(&m, 1);
	if (rc == TALUS_EINTR) {
		/* Keep what was read: commit it, and say so. */
		err_clear(err);
		rc = 0;
		c->exit_status = EXIT_INTR;
	}
	if (rc || (rc = store_flush(c->st, c->ath.id, err)))
		goto done;
	store_defer(c->st, 0);
	if (m.dry_run)
		store_rollback(c->st);
	if (m.json) {
		json_arr_end(&m.j);
		json_obj_begin(&m.j, "totals");
		json_int(&m.j, "files", (long long)m.t.files);
		json_int(&m.j, "imported", (long long)m.t.imported);
		json_int(&m.j, "duplicate", (long long)m.t.duplicate);
		json_int(&m.j, "skipped", (long long)m.t.skipped);
		json_int(&m.j, "failed", (long long)m.t.failed);
		json_int(&m.j, "activities", (long long)m.t.acts);
		json_int(&m.j, "duplicate_activities", (long long)m.t.act_dups);
		json_int(&m.j, "other_sports", (long long)m.t.act_other);
		json_bool(&m.j, "dry_run", m.dry_run);
		json_bool(&m.j, "interrupted", c->exit_status == EXIT_INTR);
		json_obj_end(&m.j);
		json_obj_end(&m.j);
	} else if (!m.quiet) {
		strbuf_addf(&c->out, "%s%zu %s from %zu %s", m.dry_run ? "would import " : "imported ",
			    m.t.acts, m.t.acts == 1 ? "activity" : "activities", m.t.files,
			    m.t.files == 1 ? "file" : "files");
		if (import_plan_is_strava(plan))
			strbuf_adds(&c->out, " (Strava export)");
		strbuf_addf(&c->out, ": %zu imported, %zu duplicate, %zu skipped, %zu failed\n",
			    m.t.imported, m.t.duplicate, m.t.skipped, m.t.failed);
		if (m.t.act_dups)
			strbuf_addf(&c->out, "%zu %s already in the log (same sport, start "
					     "within %d s)\n", m.t.act_dups,
				    m.t.act_dups == 1 ? "activity was" : "activities were", DUP_WINDOW_S);
		if (m.t.act_other && !m.all_sports)
			strbuf_addf(&c->out, "%zu %s of other sports skipped (--all-sports "
					     "imports them)\n", m.t.act_other,
				    m.t.act_other == 1 ? "activity" : "activities");
	}
	if (c->exit_status == EXIT_INTR)
		fprintf(stderr, "talus: import: interrupted: kept the %zu files read so far\n",
			m.t.files);
	else if (m.t.failed)
		c->exit_status = EXIT_PARTIAL;
done:
	sigaction(SIGINT, &old, NULL);
	import_plan_free(plan); /* before the stamps it borrows */
	for (size_t i = 0; i < nseen; i++)
		free(seen[i]);
	free(seen);
	for (size_t i = 0; i < nstamps; i++)
		free(stamps[i]);
	free(stamps);
	return rc;
}
