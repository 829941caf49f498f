/* import.c - the one writer of the import pipeline (see import.h):
 * src/import reads and decodes on worker threads; this file decides what
 * goes into the log and commits it in batches. */
#include "app/import.h"
#include "app/clock.h"
#include "core/sport.h"
#include "store/store.h"
#include "util/text.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_RUN_M 1000000.0    /* absurd beyond: 1,000 km */
#define MAX_ELAPSED_S (7 * 86400.0)

struct imp {
	struct session *s;
	const struct app_import_opts *o;
	struct import_plan *plan;
	struct talus_err *err;
	int64_t shoe_id;
	struct import_summary *t;
	size_t in_batch;
};

/* The shoe a Strava gear name stands for, made when missing; none (0)
 * when the gear's name is blank once made a name (text_to_name(): UTF-8,
 * no control character, as every shoe's name). */
static int
gear_shoe(int64_t *out, struct imp *m, const char *gear)
{
	struct shoe s;
	char name[sizeof(s.name)];
	int rc;

	*out = 0;
	if (!text_to_name(name, sizeof(name), gear))
		return 0;
	rc = store_shoe_find(&s, m->s->st, m->s->ath.id, name, m->err);
	if (rc == TALUS_ENOTFOUND) {
		memset(&s, 0, sizeof(s));
		memcpy(s.name, name, sizeof(s.name));
		s.review_m = SHOE_REVIEW_M;
		s.limit_m = SHOE_LIMIT_M;
		s.since_day = INT32_MIN;
		err_clear(m->err);
		rc = store_shoe_add(&s.id, m->s->st, m->s->ath.id, &s, m->err);
	}
	if (!rc)
		*out = s.id;
	return rc;
}

static const char *
absurd(const struct activity *a)
{
	if (a->start_utc < 315532800) /* 1980 */
		return "a start before 1980";
	if (a->start_utc > clock_now_utc() + 2 * 86400)
		return "a start in the future";
	if (a->distance_m > MAX_RUN_M)
		return "a distance over 1,000 km";
	if (a->elapsed_s > MAX_ELAPSED_S)
		return "a duration over a week";
	return NULL;
}

static int
commit_batch(struct imp *m)
{
	int rc;

	if ((rc = store_flush(m->s->st, m->s->ath.id, m->err)))
		return rc;
	if (m->o->dry_run)
		return 0;
	if ((rc = store_commit(m->s->st, m->err)))
		return rc;
	if (m->err->msg[0]) {
		/* Saved, but the disk reported an error: the store is closed
		 * (store_commit()); the batches so far are kept. */
		char msg[sizeof(m->err->msg)];

		snprintf(msg, sizeof(msg), "%s", m->err->msg);
		return err_set(m->err, TALUS_EDB, "stopped after %zu files: %s (run the import "
			       "again for the rest)", m->t->files, msg);
	}
	if ((rc = store_begin(m->s->st, m->err)))
		return rc;
	m->in_batch = 0;
	return 0;
}

/* Text the file gave that is not UTF-8 (an activity's name, its device,
 * Strava's gear), repaired: each bad byte becomes U+FFFD, so that what is
 * kept and shown is text (and the JSON of every listing is UTF-8). 1 when
 * anything was repaired. */
static int
repair_text(struct activity *a, const struct strava_meta *meta)
{
	int fixed = text_utf8_fix(a->name, sizeof(a->name));

	fixed |= text_utf8_fix(a->device, sizeof(a->device));
	if (meta && !text_utf8_valid(meta->gear, strlen(meta->gear)))
		fixed = 1; /* gear_shoe() repairs its copy */
	return fixed;
}

/* Adds a warning to the file's message (after any it holds). */
static void
add_warning(struct import_file *f, const char *w)
{
	size_t len = strlen(f->msg);

	if (len && len + 2 < sizeof(f->msg))
		snprintf(f->msg + len, sizeof(f->msg) - len, "; %s", w);
	else if (!len)
		snprintf(f->msg, sizeof(f->msg), "%s", w);
}

/* The activities of a decoded file into the log; *status gets the file's. */
static int
write_file(struct imp *m, struct import_file *f, const char **status, int *warn,
	   struct activity **kept, size_t *nkept)
{
	struct session *s = m->s;
	size_t inserted = 0, dups = 0, other = 0, bad = 0, akept = 0;
	int rc, seen, repaired = 0;

	/* The same content twice in this import, or a file of an earlier
	 * import that the readers did not know of. */
	if ((rc = store_source_seen(&seen, s->st, s->ath.id, f->hash, m->err)))
		return rc;
	if (seen) {
		*status = "duplicate";
		snprintf(f->msg, sizeof(f->msg), "imported before (same content)");
		m->t->duplicate++;
		return 0;
	}
	for (size_t i = 0; i < f->acts.n; i++) {
		struct activity *a = &f->acts.v[i];
		struct run_entry r;
		const char *why;
		int64_t near, id;

		if (f->meta && f->meta->name[0])
			snprintf(a->name, sizeof(a->name), "%s", f->meta->name);
		repaired |= repair_text(a, f->meta);
		/* The sport from every clue, and why when it was inferred. */
		sport_settle(a, f->meta ? f->meta->type : NULL, f->msg, sizeof(f->msg), i + 1,
			     f->acts.n);
		if (a->sport != SPORT_RUN && !m->o->all_sports) {
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
		if ((rc = store_activity_near(&near, s->st, s->ath.id, a->sport, a->start_utc,
					      IMPORT_DUP_WINDOW_S, m->err)))
			return rc;
		if (near) {
			dups++;
			continue;
		}
		run_entry_init(&r);
		r.a = *a;
		r.a.has_time = 1;
		/* No offset in the file: the zone's at the start (the zone
		 * of --tz, in force for the whole import, else the system's). */
		if (!a->has_offset) {
			r.a.utc_offset_s = clock_offset_at(a->start_utc);
			r.a.offset_src = m->o->tz ? OFFSET_SRC_TZ : OFFSET_SRC_SYSTEM;
		}
		r.shoe_id = a->sport == SPORT_RUN ? m->shoe_id : 0;
		if (!r.shoe_id && a->sport == SPORT_RUN && f->meta && f->meta->gear[0] &&
		    (rc = gear_shoe(&r.shoe_id, m, f->meta->gear)))
			return rc;
		snprintf(r.source_hash, sizeof(r.source_hash), "%s", f->hash);
		if ((rc = store_run_insert(&id, s->st, s->ath.id, &r, m->err)))
			return rc;
		*kept = xgrow(*kept, sizeof(**kept), *nkept + 1, &akept);
		(*kept)[*nkept] = r.a;
		(*kept)[(*nkept)++].id = id;
		inserted++;
		m->t->offset_system += r.a.offset_src == OFFSET_SRC_SYSTEM;
		m->t->offset_tz += r.a.offset_src == OFFSET_SRC_TZ;
	}
	m->t->acts += inserted;
	m->t->act_dups += dups;
	m->t->act_other += other;
	if (inserted) {
		*status = "imported";
		m->t->imported++;
	} else if (dups) {
		*status = "duplicate";
		if (!f->msg[0])
			snprintf(f->msg, sizeof(f->msg), "the same activity is already in the log");
		m->t->duplicate++;
	} else if (bad) {
		*status = "failed";
		m->t->failed++;
		return 0; /* not remembered: a later import tries it again */
	} else {
		*status = "skipped";
		if (!f->msg[0] && other)
			snprintf(f->msg, sizeof(f->msg), "not a run (--all-sports imports it)");
		m->t->skipped++;
	}
	if (repaired)
		add_warning(f, "text that is not UTF-8 (a name or a device) was repaired: "
			    "each bad byte is now U+FFFD");
	*warn = f->msg[0] != '\0';
	return store_source_add(s->st, s->ath.id, f->hash, f->path, (int)inserted, m->err);
}

/* Appends a warning about one row to the file's message. */
static void row_warning(struct import_file *f, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
row_warning(struct import_file *f, const char *fmt, ...)
{
	size_t used = strlen(f->msg);
	va_list ap;

	if (used + 64 >= sizeof(f->msg))
		return;
	if (used)
		used += (size_t)snprintf(f->msg + used, sizeof(f->msg) - used, "; ");
	va_start(ap, fmt);
	vsnprintf(f->msg + used, sizeof(f->msg) - used, fmt, ap);
	va_end(ap);
}

/* Shoes a runs.csv names that the log does not have: one warning each. */
#define MISSING_MAX 8
struct missing_shoe {
	char name[64];
	size_t runs;
	long line;   /* the first row naming it */
};

static void
note_missing(struct missing_shoe *v, size_t *n, const char *name, long line)
{
	for (size_t k = 0; k < *n; k++)
		if (!strcmp(v[k].name, name)) {
			v[k].runs++;
			return;
		}
	if (*n == MISSING_MAX)
		return;
	snprintf(v[*n].name, sizeof(v[*n].name), "%s", name);
	v[*n].runs = 1;
	v[(*n)++].line = line;
}

/* The rows of a talus export's runs.csv into the log. They are the log
 * itself, so every sport goes in (no --all-sports needed) and the shoe is
 * the one of that name (none, with a warning, when the log has no such
 * shoe; --shoe for a run that names none). A row with an absurd value is
 * left out with a warning naming its line. */
static int
write_rows(struct imp *m, struct import_file *f, const char **status, int *warn,
	   struct activity **kept, size_t *nkept)
{
	struct session *s = m->s;
	size_t inserted = 0, dups = 0, akept = 0, bad = 0, nmissing = 0;
	struct missing_shoe missing[MISSING_MAX];
	int rc, seen;

	if ((rc = store_source_seen(&seen, s->st, s->ath.id, f->hash, m->err)))
		return rc;
	if (seen) {
		*status = "duplicate";
		snprintf(f->msg, sizeof(f->msg), "imported before (same content)");
		m->t->duplicate++;
		return 0;
	}
	for (size_t i = 0; i < f->nrows; i++) {
		struct run_entry *r = &f->rows[i].r;
		const char *why;
		int64_t near, id;

		if ((why = absurd(&r->a))) {
			row_warning(f, "line %ld: %s: left out", f->rows[i].line, why);
			bad++;
			continue;
		}
		if ((rc = store_activity_match(&near, s->st, s->ath.id, &r->a,
					       IMPORT_DUP_WINDOW_S, f->hash, m->err)))
			return rc;
		if (near) {
			dups++;
			continue;
		}
		if (r->shoe[0]) {
			struct shoe sh;
			rc = store_shoe_find(&sh, s->st, s->ath.id, r->shoe, m->err);
			if (rc == TALUS_ENOTFOUND) {
				err_clear(m->err);
				note_missing(missing, &nmissing, r->shoe, f->rows[i].line);
			} else if (rc) {
				return rc;
			}
			r->shoe_id = rc ? 0 : sh.id;
		} else if (r->a.sport == SPORT_RUN) {
			r->shoe_id = m->shoe_id;
		}
		snprintf(r->source_hash, sizeof(r->source_hash), "%s", f->hash);
		if ((rc = store_run_insert(&id, s->st, s->ath.id, r, m->err)))
			return rc;
		*kept = xgrow(*kept, sizeof(**kept), *nkept + 1, &akept);
		(*kept)[*nkept] = r->a;
		(*kept)[(*nkept)++].id = id;
		inserted++;
	}
	for (size_t k = 0; k < nmissing; k++)
		row_warning(f, "no shoe named '%s' in the log: %zu %s from line %ld %s in "
			    "without one", missing[k].name, missing[k].runs,
			    missing[k].runs == 1 ? "run" : "runs", missing[k].line,
			    missing[k].runs == 1 ? "goes" : "go");
	m->t->acts += inserted;
	m->t->act_dups += dups;
	*warn = f->msg[0] != '\0';
	if (inserted) {
		*status = "imported";
		m->t->imported++;
	} else if (dups) {
		*status = "duplicate";
		if (!f->msg[0])
			snprintf(f->msg, sizeof(f->msg), "the same activities are already in the log");
		m->t->duplicate++;
	} else if (bad || f->msg[0]) {
		*status = "failed";
		m->t->failed++;
		return 0; /* not remembered: a later import tries it again */
	} else {
		*status = "skipped";
		if (!f->msg[0])
			snprintf(f->msg, sizeof(f->msg), "no activities in the file");
		*warn = 1;
		m->t->skipped++;
	}
	return store_source_add(s->st, s->ath.id, f->hash, f->path, (int)inserted, m->err);
}

static int
deliver(void *payload, struct import_file *f)
{
	struct imp *m = payload;
	const char *status = "failed";
	struct activity *kept = NULL;
	size_t nkept = 0;
	int rc = 0, warn = 0;

	m->t->files++;
	m->t->bytes += f->bytes;
	switch (f->outcome) {
	case IMPORT_SEEN:
		status = "duplicate";
		snprintf(f->msg, sizeof(f->msg), "imported before (same content)");
		m->t->duplicate++;
		break;
	case IMPORT_IGNORED:
		status = "skipped";
		m->t->skipped++;
		break;
	case IMPORT_FAILED:
		status = "failed";
		m->t->failed++;
		break;
	case IMPORT_DECODED:
		rc = f->runs_csv ? write_rows(m, f, &status, &warn, &kept, &nkept)
				 : write_file(m, f, &status, &warn, &kept, &nkept);
		if (rc)
			goto done;
		break;
	}
	/* The stamp lets a later import skip the file without reading it. */
	if (strcmp(status, "failed") && f->stamp &&
	    (rc = store_stamp_add(m->s->st, m->s->ath.id, f->stamp, m->err)))
		goto done;
	if (f->nest >= 0) {
		const char *ns = import_nest_delivered(m->plan, f->nest, !strcmp(status, "failed"));
		if (ns && (rc = store_stamp_add(m->s->st, m->s->ath.id, ns, m->err)))
			goto done;
	}
	if (m->o->file)
		m->o->file(m->o->payload, f, status, warn ? f->msg : NULL, kept, nkept, m->t);
	if (++m->in_batch >= IMPORT_BATCH_FILES)
		rc = commit_batch(m);
done:
	free(kept);
	return rc;
}

static void
free_strings(char **v, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

int
app_import(struct import_summary *out, struct session *s, const struct app_import_opts *o,
	   struct talus_err *err)
{
	struct imp m;
	struct import_plan *plan = NULL;
	struct import_opts io;
	char **seen = NULL, **stamps = NULL;
	size_t nseen = 0, nstamps = 0;
	const char *why;
	int rc;

	/* A front end checks the zone first (cli: before opening
	 * anything); a zone the C library cannot load would be UTC. */
	if (o->tz && (why = clock_zone_check(o->tz)))
		return err_set(err, TALUS_EINVAL, "invalid time zone '%s': %s", o->tz, why);
	memset(out, 0, sizeof(*out));
	out->dry_run = o->dry_run;
	out->all_sports = o->all_sports;
	out->dup_window_s = IMPORT_DUP_WINDOW_S;
	out->tz = o->tz;
	memset(&m, 0, sizeof(m));
	m.s = s;
	m.o = o;
	m.err = err;
	m.t = out;
	if (o->shoe) {
		struct shoe sh;
		if ((rc = store_shoe_find(&sh, s->st, s->ath.id, o->shoe, err)))
			return rc;
		m.shoe_id = sh.id;
	}
	if ((rc = store_source_hashes(&seen, &nseen, s->st, s->ath.id, err)) ||
	    (rc = store_source_stamps(&stamps, &nstamps, s->st, s->ath.id, err)) ||
	    (rc = import_plan_new(&plan, o->paths, o->npaths, (const char *const *)stamps,
				  nstamps, err)))
		goto done;
	m.plan = plan;
	out->plan_files = import_plan_files(plan);
	out->plan_bytes = import_plan_bytes(plan);
	out->strava = import_plan_is_strava(plan);
	memset(&io, 0, sizeof(io));
	io.jobs = o->jobs;
	io.seen = (const char *const *)seen;
	io.nseen = nseen;
	io.stop = o->stop;
	store_defer(s->st, 1);
	/* TZ is set before the readers start and put back after they are
	 * joined: setenv() with other threads running is unsafe. */
	if (o->tz)
		clock_zone_use(o->tz);
	rc = import_run(plan, &io, deliver, &m, err);
	if (o->tz)
		clock_zone_restore();
	if (rc == TALUS_EINTR) {
		/* Keep what was read: commit it, and say so. */
		err_clear(err);
		rc = 0;
		out->interrupted = 1;
	}
	if (rc || (rc = store_flush(s->st, s->ath.id, err)))
		goto done;
	store_defer(s->st, 0);
	if (o->dry_run)
		store_rollback(s->st);
done:
	import_plan_free(plan); /* before the stamps it borrows */
	free_strings(seen, nseen);
	free_strings(stamps, nstamps);
	return rc;
}
