/* pages.c - what each URL answers: the pages (src/render's HTML) and the
 * API (src/render's JSON, the bytes of the command line's --json), read
 * through src/app in one unit of work on a kept session; the forms'
 * writes, with the command line's parsing (core/entry.h) and messages.
 * No rule, query or JSON writer lives here: this file only chooses. */
#include "web/web_int.h"
#include "web/assets.h"
#include "web/web.h"
#include "app/day.h"
#include "app/import.h"
#include "app/insights.h"
#include "app/log.h"
#include "app/programme.h"
#include "app/recover.h"
#include "app/report.h"
#include "app/team.h"
#include "app/views.h"
#include "render/ankle.h"
#include "render/dash.h"
#include "render/forms.h"
#include "render/import.h"
#include "render/insights.h"
#include "render/load.h"
#include "render/plan.h"
#include "render/programme.h"
#include "render/recover.h"
#include "render/report.h"
#include "render/runs.h"
#include "render/shoes.h"
#include "render/team.h"
#include "render/today.h"
#include "util/json.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char json_type[] = "application/json";

void
web_error(struct reply *rep, int status, const char *title, const char *msg, int api)
{
	rep->status = status;
	strbuf_reset(&rep->body);
	if (api) {
		struct json j;
		rep->type = json_type;
		json_init(&j, &rep->body);
		json_obj_begin(&j, NULL);
		json_str(&j, "error", msg);
		json_obj_end(&j);
		return;
	}
	{
		struct page p = { title, NULL, NULL, NULL, 0, NULL };
		rep->type = NULL;
		page_begin(&rep->body, &p);
		strbuf_adds(&rep->body, "<p class=\"error\" role=\"alert\">");
		html_text(&rep->body, msg);
		strbuf_adds(&rep->body, "</p>\n<p><a href=\"/\">Back to today</a></p>\n");
		page_end(&rep->body);
	}
}

/* The error of a unit of work as a page or JSON: a missing athlete is a
 * 404, bad input a 422, anything else a 500. */
static void
fail(struct reply *rep, const struct request *rq, const struct talus_err *err)
{
	int status = err->code == TALUS_ENOTFOUND ? 404 : err->code == TALUS_EINVAL ? 422 : 500;

	web_error(rep, status, status == 404 ? "Not found" : status == 422 ? "Not possible" :
		  "Server error", err->msg[0] ? err->msg : "failed", rq->rt.api);
}

static void
redirect(struct reply *rep, const char *athlete, const char *slug)
{
	struct strbuf sb = STRBUF_INIT;

	page_href(&sb, athlete, slug);
	rep->status = 303;
	snprintf(rep->location, sizeof(rep->location), "%s", sb.buf);
	strbuf_release(&sb);
}

/* ---- the cache --------------------------------------------------------------- */

/* The cache of a worker: a response is kept with the connection's data
 * version and the worker's own writes when it was made, and served again
 * only while both are the same, on the same day, for the same URL. The
 * data version changes whenever another connection (the command line,
 * another worker) commits, so a change is never missed. */
static void
cache_key(char *key, size_t n, const struct request *rq, const char *athlete)
{
	snprintf(key, n, "%d|%d|%s|%s|%s|%d|%d|%d|%s", rq->rt.page, rq->rt.api, athlete,
		 rq->rt.action, rq->q.view, rq->q.days, rq->q.weeks, rq->today, rq->q.logged);
}

static int
cache_get(struct worker *w, const char *key, int64_t version, struct reply *rep)
{
	for (int i = 0; i < WEB_CACHE; i++) {
		struct cache_entry *e = &w->cache[i];
		if (e->key[0] && e->version == version && e->writes == w->writes &&
		    !strcmp(e->key, key)) {
			e->used = ++w->tick;
			rep->status = e->status;
			rep->type = e->type;
			strbuf_reset(&rep->body);
			strbuf_add(&rep->body, e->body.buf, e->body.len);
			return 1;
		}
	}
	return 0;
}

static void
cache_put(struct worker *w, const char *key, int64_t version, const struct reply *rep)
{
	struct cache_entry *e = &w->cache[0];

	for (int i = 1; i < WEB_CACHE && e->key[0]; i++)
		if (!w->cache[i].key[0] || w->cache[i].used < e->used)
			e = &w->cache[i];
	snprintf(e->key, sizeof(e->key), "%s", key);
	e->version = version;
	e->writes = w->writes;
	e->status = rep->status;
	e->type = rep->type;
	e->used = ++w->tick;
	strbuf_reset(&e->body);
	strbuf_add(&e->body, rep->body.buf, rep->body.len);
}

/* ---- the pages and their data ----------------------------------------------- */

static const char *
notice_of(const char *logged)
{
	if (!strcmp(logged, "run"))
		return "Logged the run: this is your day now.";
	if (!strcmp(logged, "ankle"))
		return "Logged the ankle: this is your day now.";
	if (!strcmp(logged, "exercise"))
		return "Logged the exercise.";
	if (!strcmp(logged, "recovery"))
		return "Started the recovery plan: Today follows it from now on.";
	if (!strcmp(logged, "seen"))
		return "Recorded the consultation: it resolves the red flags logged on or before "
		       "its day, and the recovery starts again from its protect days.";
	if (!strcmp(logged, "seen-none"))
		return "Recorded the consultation: no red flag stood for that ankle on its day; "
		       "the referral is marked done.";
	return NULL;
}

static void
page_of(struct page *p, const struct request *rq, const struct athlete *ath, const char *title)
{
	p->title = title;
	p->athlete = ath ? ath->name : NULL;
	p->active = web_page_slug(rq->rt.page);
	p->csrf = rq->csrf;
	p->today = rq->today;
	p->notice = notice_of(rq->q.logged);
}

/* What the log page shows besides the forms as typed: the shoes (*shoes,
 * owned by the caller), whether a programme is kept, and the red flags
 * that stand today for each side, however old (as `ankle log` asks). */
static int
log_view_read(struct log_view *v, struct shoe **shoes, struct session *s, int32_t day,
	      struct talus_err *err)
{
	struct shoe_alert al[1];
	struct app_day d;
	size_t na;
	int rc;

	*shoes = NULL;
	v->flag_logged[0] = v->flag_logged[1] = INT32_MIN;
	if ((rc = app_shoe_list(shoes, &v->nshoes, al, 0, &na, s, err)))
		return rc;
	v->shoes = *shoes;
	for (int k = 0; k < 2; k++) {
		int open;
		int32_t since;
		if ((rc = app_ankle_open_flag(&open, &since, s, k ? SIDE_RIGHT : SIDE_LEFT, day, err)))
			return rc;
		if (open)
			v->flag_logged[k] = since;
	}
	rc = app_day_read(&d, s, day, NAN, DAY_PROGRAMME, err);
	v->has_programme = d.d.has_prog;
	app_day_release(&d);
	return rc;
}

static int
list_run(void *payload, const struct run_entry *r)
{
	render_runs_add(payload, r);
	return 0;
}

/* GET of an athlete's page or its API, in a read unit of work already
 * begun on s. */
static int
athlete_get(struct session *s, const struct request *rq, struct reply *rep,
	    struct talus_err *err)
{
	const struct athlete *ath = &s->ath;
	struct strbuf *out = &rep->body;
	struct page p;
	struct json j;
	int api = rq->rt.api, rc = 0;
	int32_t day = rq->today;

	page_of(&p, rq, ath, "");
	json_init(&j, out);
	rep->type = api ? json_type : NULL;
	switch (rq->rt.page) {
	case PAGE_TODAY: {
		struct app_day d;
		if (!(rc = app_day_read(&d, s, day, NAN, DAY_TODAY, err))) {
			if (api) {
				render_today_json(&j, ath, &d.d, &d.load);
			} else {
				p.title = "Today";
				render_today_html(out, &p, ath, &d.d, &d.load);
			}
		}
		app_day_release(&d);
		rep->cacheable = 1;
		break;
	}
	case PAGE_LOG:
		if (api) {
			struct render_list ls;
			render_runs_begin(&ls, out, ath, 1);
			if (!(rc = app_run_each(s, INT32_MIN, INT32_MAX, list_run, &ls, err)))
				render_runs_end(&ls);
			rep->cacheable = 1;
		} else {
			struct shoe *shoes;
			struct log_view lv = { 0 };
			if (!(rc = log_view_read(&lv, &shoes, s, day, err))) {
				p.title = "Log";
				render_log_html(out, &p, ath, &lv);
			}
			free(shoes);
		}
		break;
	case PAGE_IMPORT:
		if (api)
			return err_set(err, TALUS_ENOTFOUND, "the import has no data: POST files "
				       "to /a/NAME/import");
		p.title = "Import";
		render_import_html(out, &p, ath, WEB_UPLOAD_MAX, NULL, NULL, 0, NULL);
		break;
	case PAGE_LOAD: {
		int nweeks = api ? (rq->q.weeks >= 1 && rq->q.weeks <= 520 ? rq->q.weeks : 12)
				 : !strcmp(rq->q.view, "12m") ? 52 : 12;
		struct week_load *weeks = NULL;
		struct load_report ld, *series;
		if ((rc = app_load_weeks(&ld, &weeks, nweeks, s, day, err)))
			break;
		if (api) {
			render_load_json(&j, ath, &ld, weeks, nweeks);
		} else {
			series = xcalloc((size_t)nweeks, sizeof(*series));
			if (!(rc = app_load_series(series, weeks, nweeks, s, day, err))) {
				p.title = "Load";
				render_load_html(out, &p, ath, &ld, weeks, series, nweeks,
						 nweeks == 52 ? "12m" : "12w");
			}
			free(series);
		}
		free(weeks);
		rep->cacheable = 1;
		break;
	}
	case PAGE_ANKLES: {
		struct ankle_log *logs = NULL;
		size_t n = 0;
		int days = rq->q.days == 365 ? 365 : 90;
		if (api) {
			struct consult *cs = NULL;
			size_t ncs = 0;
			if (!(rc = app_ankle_list(&logs, &n, s, INT32_MIN, INT32_MAX, err)) &&
			    !(rc = app_consult_list(&cs, &ncs, s, INT32_MIN, INT32_MAX, err)))
				render_ankle_json(&j, logs, n, cs, ncs);
			consults_free(cs, ncs);
		} else {
			struct day_load *rows = NULL;
			struct consult *cs = NULL;
			size_t nrows = 0, ncs = 0;
			struct app_day d;
			memset(&d, 0, sizeof(d));
			if (!(rc = app_ankle_list(&logs, &n, s, day - days + 1, day, err)) &&
			    !(rc = app_consult_list(&cs, &ncs, s, day - days + 1, day, err)) &&
			    !(rc = app_day_rows(&rows, &nrows, s, day - days + 1, day, err)) &&
			    !(rc = app_day_read(&d, s, day, NAN, DAY_VERDICT | DAY_EPISODES, err))) {
				p.title = "Ankles";
				render_ankles_html(out, &p, ath, day - days + 1, day, logs, n, rows, nrows,
						   &d.d, cs, ncs);
			}
			app_day_release(&d);
			consults_free(cs, ncs);
			free(rows);
		}
		ankle_logs_free(logs, n);
		rep->cacheable = 1;
		break;
	}
	case PAGE_SHOES: {
		struct shoe *shoes = NULL;
		struct shoe_alert al[16];
		size_t n = 0, na = 0;
		if (!(rc = app_shoe_list(&shoes, &n, al, 16, &na, s, err))) {
			if (api) {
				render_shoes_json(&j, shoes, n, al, na);
			} else {
				p.title = "Shoes";
				render_shoes_html(out, &p, ath, shoes, n, al, na);
			}
		}
		free(shoes);
		rep->cacheable = 1;
		break;
	}
	case PAGE_PROGRAMME: {
		struct app_day d;
		if ((rc = app_day_read(&d, s, day, NAN, DAY_EPISODES | DAY_PROGRAMME, err))) {
			app_day_release(&d);
			break;
		}
		if (!d.d.has_prog) {
			rc = err_set(err, TALUS_ENOTFOUND, "no programme for %s", ath->name);
			if (!api) {
				rc = 0;
				p.title = "Programme";
				render_missing_html(out, &p, "No programme yet.", "talus program new");
			}
		} else if ((rc = app_programme_show(&d, day, err))) {
			;
		} else if (api) {
			render_programme_json(&j, d.d.prog_rec, d.d.prog, 0, d.d.progress.week);
		} else {
			p.title = "Programme";
			render_programme_page_html(out, &p, ath, &d.d);
		}
		app_day_release(&d);
		break;
	}
	case PAGE_PLAN: {
		struct app_day d;
		if ((rc = app_day_read(&d, s, day, NAN, DAY_VERDICT | DAY_EPISODES | DAY_PLAN, err))) {
			app_day_release(&d);
			break;
		}
		if (!d.d.has_plan) {
			rc = err_set(err, TALUS_ENOTFOUND, "no plan for %s", ath->name);
			if (!api) {
				rc = 0;
				p.title = "Plan";
				render_missing_html(out, &p, "No mileage plan yet.",
						    "talus plan build --target D --weeks N");
			}
		} else if (api) {
			render_plan_json(&j, d.d.plan_rec, d.d.plan, 0, &d.d, ath->units);
		} else {
			double *actual = xcalloc((size_t)d.d.plan->n_weeks + 1, sizeof(double));
			if (!(rc = app_plan_actual(actual, d.d.plan, s, day, err))) {
				p.title = "Plan";
				render_plan_page_html(out, &p, ath, &d.d, actual);
			}
			free(actual);
		}
		app_day_release(&d);
		rep->cacheable = 1;
		break;
	}
	case PAGE_RECOVERY: {
		/* The episode opens by itself (core/episode.h): a GET shows it,
		 * as `talus recover` does, and writes nothing. */
		struct app_day d;
		if (!(rc = app_day_read(&d, s, day, NAN, DAY_VERDICT | DAY_EPISODES, err))) {
			if (api) {
				render_recover_json(&j, &d.d);
			} else {
				p.title = "Recovery";
				render_recovery_page_html(out, &p, ath, &d.d);
			}
		}
		app_day_release(&d);
		break;
	}
	case PAGE_REPORT: {
		struct app_report r;
		if (api) {
			rc = err_set(err, TALUS_ENOTFOUND, "the report is a page: /a/NAME/report");
			break;
		}
		if (!(rc = app_report(&r, s, day, REPORT_WEEKS, err))) {
			struct strbuf nav = STRBUF_INIT;
			strbuf_adds(&nav, "<p class=\"nav noprint\"><a href=\"");
			page_href(&nav, ath->name, "today");
			strbuf_adds(&nav, "\">&larr; Back to today</a> &middot; print this page for "
					  "your clinician (A4 or Letter)</p>\n");
			render_report_html(out, &r.r, "/static/report.css", nav.buf);
			strbuf_release(&nav);
		}
		app_report_release(&r);
		rep->cacheable = 1;
		break;
	}
	case PAGE_INSIGHTS: {
		struct insights in;
		if (!(rc = app_insights(&in, s, day, err))) {
			if (api) {
				render_insights_json(&j, ath, &in);
			} else {
				p.title = "Insights";
				render_insights_html(out, &p, ath, &in);
			}
		}
		rep->cacheable = 1;
		break;
	}
	default:
		rc = err_set(err, TALUS_ENOTFOUND, "there is no such page");
		break;
	}
	return rc;
}

static void
get_static(const struct request *rq, struct reply *rep)
{
	if (!strcmp(rq->rt.asset, "report.css")) {
		rep->type = "text/css; charset=utf-8";
		strbuf_adds(&rep->body, render_report_css);
		return;
	}
	for (const struct web_asset *a = web_assets; a->name; a++)
		if (!strcmp(a->name, rq->rt.asset)) {
			rep->type = a->type;
			strbuf_add(&rep->body, a->data, a->len);
			return;
		}
	web_error(rep, 404, "Not found", "there is no such file", 0);
}

void
web_get(struct server *srv, struct worker *w, struct request *rq, struct reply *rep)
{
	struct talus_err err = TALUS_ERR_INIT;
	char key[400];
	int64_t version = 0;
	int rc;

	rep->status = 200;
	switch (rq->rt.page) {
	case PAGE_STATIC:
		get_static(rq, rep);
		return;
	case PAGE_EVIDENCE: {
		struct page p = { "Evidence", NULL, "evidence", NULL, rq->today, NULL };
		render_evidence_html(&rep->body, &p);
		return;
	}
	case PAGE_CSRF: {
		struct json j;
		rep->type = json_type;
		json_init(&j, &rep->body);
		json_obj_begin(&j, NULL);
		json_str(&j, "csrf", rq->csrf);
		json_obj_end(&j);
		return;
	}
	case PAGE_LOGIN:
		if (!srv->loopback && rq->q.token && guard_equal(rq->q.token, srv->token)) {
			snprintf(rep->cookie, sizeof(rep->cookie),
				 "talus_auth=%s; Path=/; HttpOnly; SameSite=Strict", srv->token);
			rep->status = 303;
			snprintf(rep->location, sizeof(rep->location), "/");
			return;
		}
		web_error(rep, srv->loopback ? 404 : 401, "Log in", srv->loopback ?
			  "no login is needed on this machine" : "this login link is not valid", 0);
		return;
	default:
		break;
	}
	if (rq->rt.page == PAGE_ROOT) {
		if ((rc = session_begin(&w->ses, NULL, rq->today, SESSION_ATHLETE, &err))) {
			if (rc == TALUS_ENOTFOUND)
				snprintf(err.msg, sizeof(err.msg), "the database has no athlete yet: add one "
					 "with talus init --name NAME");
			fail(rep, rq, &err);
			return;
		}
		redirect(rep, w->ses.ath.name, "today");
		return;
	}
	if ((rc = session_begin(&w->ses, rq->rt.page == PAGE_TEAM ? NULL : rq->rt.athlete,
				rq->today, rq->rt.page == PAGE_TEAM ? 0 : SESSION_ATHLETE, &err)) ||
	    (rc = session_data_version(&version, &w->ses, &err))) {
		fail(rep, rq, &err);
		return;
	}
	cache_key(key, sizeof(key), rq, w->ses.ath.name);
	if (cache_get(w, key, version, rep))
		return;
	if (rq->rt.page == PAGE_TEAM) {
		struct team_member *t = NULL;
		size_t n = 0;
		if ((rc = app_team(&t, &n, &w->ses, rq->today, &err))) {
			fail(rep, rq, &err);
			return;
		}
		if (rq->rt.api) {
			struct json j;
			rep->type = json_type;
			json_init(&j, &rep->body);
			render_team_json(&j, t, n, rq->today);
		} else {
			struct page p = { "Team", NULL, "team", rq->csrf, rq->today, NULL };
			render_team_html(&rep->body, &p, t, n, rq->today);
		}
		app_team_release(t, n);
		rep->cacheable = 1;
	} else if ((rc = athlete_get(&w->ses, rq, rep, &err))) {
		fail(rep, rq, &err);
		return;
	}
	if (rep->cacheable && rep->status == 200)
		cache_put(w, key, version, rep);
}

/* ---- the forms ------------------------------------------------------------ */

/* A form's fields parsed with the command line's messages: values,
 * errors (owned strings in errs) and list bits. 0 when all are good. */
static int
parse_fields(struct entry_value *v, char **errs, unsigned *bits, const char **vals,
	     const struct entry_field *f, int nf, const struct url_form *form, enum units u)
{
	int bad = 0;

	for (int i = 0; i < nf; i++) {
		struct talus_err err = TALUS_ERR_INIT;
		memset(&v[i], 0, sizeof(v[i]));
		vals[i] = url_form_get(form, f[i].name);
		if (f[i].kind == ENTRY_LIST) {
			for (size_t k = 0; k < form->n; k++)
				if (!strcmp(form->f[k].key, f[i].name) && form->f[k].val[0] &&
				    entry_parse(&v[i], &f[i], form->f[k].val, u, &err) && !errs[i])
					errs[i] = xstrdup(err.msg);
			bits[i] = v[i].bits;
		} else if (f[i].kind == ENTRY_FLAG) {
			v[i].set = vals[i] && vals[i][0];
		} else if (vals[i] && vals[i][0]) {
			if (entry_parse(&v[i], &f[i], vals[i], u, &err))
				errs[i] = xstrdup(err.msg);
		} else if (f[i].required) {
			entry_missing(&f[i], &err);
			errs[i] = xstrdup(err.msg);
		}
		bad |= errs[i] != NULL;
	}
	return bad;
}

/* The result of a form for the API: {"ok": ..., "id": ..., "errors": {...}}. */
static void
form_json(struct reply *rep, int ok, int64_t id, const struct entry_field *f, char **errs,
	  int nf, const char *error)
{
	struct json j;

	rep->type = json_type;
	strbuf_reset(&rep->body);
	json_init(&j, &rep->body);
	json_obj_begin(&j, NULL);
	json_bool(&j, "ok", ok);
	if (ok)
		json_int(&j, "id", id);
	else
		json_null(&j, "id");
	json_obj_begin(&j, "errors");
	for (int i = 0; i < nf; i++)
		if (errs[i])
			json_str(&j, f[i].name, errs[i]);
	if (error)
		json_str(&j, "form", error);
	json_obj_end(&j);
	json_obj_end(&j);
}

enum form_kind { FORM_RUN, FORM_ANKLE, FORM_EXERCISE, FORM_SEEN };

/* One attempt at a form's unit of work; *bad_field gets the field an
 * error belongs to (-1: the form); *resolved the logs whose red flags a
 * consultation resolved. */
static int
form_write(struct session *s, enum form_kind k, struct entry_value *v, const char **vals,
	   int64_t *id, size_t *resolved, int *bad_field, struct request *rq,
	   struct talus_err *err)
{
	int rc;

	*bad_field = -1;
	*resolved = 0;
	if (k == FORM_RUN) {
		struct run_entry r;
		entry_run(&r, v);
		app_run_set_start(&r, v[ER_DATE].day, v[ER_DATE].sec);
		*bad_field = ER_DATE;
		if ((rc = app_check_date(s, v[ER_DATE].day, WHEN_HAPPENED, "--date", vals[ER_DATE],
					 err)))
			return rc;
		if (v[ER_SHOE].set && v[ER_SHOE].str[0]) {
			struct shoe sh;
			*bad_field = ER_SHOE;
			if ((rc = app_shoe_find(&sh, s, v[ER_SHOE].str, err)))
				return rc;
			r.shoe_id = sh.id;
		}
		*bad_field = -1;
		return app_run_add(id, s, &r, 1, err);
	}
	if (k == FORM_ANKLE) {
		struct ankle_log l;
		entry_ankle(&l, v);
		*bad_field = EA_DATE;
		if ((rc = app_check_date(s, v[EA_DATE].day, WHEN_HAPPENED, "--date", vals[EA_DATE],
					 err)))
			return rc;
		/* the command line's check, in its order: after the date */
		*bad_field = EA_RFNONE;
		if (v[EA_RFNONE].set && (rc = entry_red_flags_none(&l, err)))
			return rc;
		*bad_field = -1;
		return app_ankle_add(id, s, &l, err);
	}
	if (k == FORM_SEEN) {
		struct consult c;
		entry_seen(&c, v);
		*bad_field = ES_DATE;
		if ((rc = app_check_date(s, v[ES_DATE].day, WHEN_HAPPENED, "--date", vals[ES_DATE],
					 err)))
			return rc;
		*bad_field = -1;
		return app_ankle_seen(id, resolved, s, &c, err);
	}
	{
		struct app_day d;
		struct programme_entry e;
		struct programme_progress before, after;
		if ((rc = app_day_read(&d, s, v[EX_DATE].day, NAN, DAY_EPISODES | DAY_PROGRAMME, err)))
			goto done;
		if (!d.d.has_prog) {
			rc = err_set(err, TALUS_ENOTFOUND, "no programme for %s", s->ath.name);
			goto done;
		}
		if ((rc = entry_exercise(&e, bad_field, v, rq->today, d.d.prog->start, err)))
			goto done;
		rc = app_programme_log(&e, &before, &after, s, &d, err);
		*id = e.id;
done:
		app_day_release(&d);
		return rc;
	}
}

static void
post_form(struct server *srv, struct worker *w, struct request *rq, struct reply *rep,
	  enum form_kind k)
{
	static const struct entry_field *const fields[] = { entry_run_fields, entry_ankle_fields,
							    entry_exercise_fields, entry_seen_fields };
	static const int nfields[] = { ER__N, EA__N, EX__N, ES__N };
	const struct entry_field *f = fields[k];
	int nf = nfields[k], bad, bad_field = -1, rc = 0;
	struct entry_value v[EA__N];
	char *errs[EA__N] = { 0 };
	unsigned bits[EA__N] = { 0 };
	const char *vals[EA__N] = { 0 };
	const char *form_error = NULL;
	struct talus_err err = TALUS_ERR_INIT;
	int64_t id = 0;
	size_t resolved = 0;

	(void)srv;
	/* The athlete's units first: a bare distance is in them. */
	if ((rc = session_begin(&w->ses, rq->rt.athlete, rq->today, SESSION_ATHLETE, &err))) {
		fail(rep, rq, &err);
		return;
	}
	session_end(&w->ses);
	bad = parse_fields(v, errs, bits, vals, f, nf, &rq->form, w->ses.ath.units);
	if (!bad) {
		/* Another writer (the command line) may hold the database past
		 * the busy timeout: the unit of work is tried again, never
		 * given up with "database is locked". */
		for (int attempt = 0; attempt < 8; attempt++) {
			err_clear(&err);
			if (!(rc = session_begin(&w->ses, rq->rt.athlete, rq->today,
						 SESSION_WRITE | SESSION_ATHLETE, &err)) &&
			    !(rc = form_write(&w->ses, k, v, vals, &id, &resolved, &bad_field, rq,
						       &err)) &&
			    !(rc = session_commit(&w->ses, &err)))
				break;
			if (!session_busy(&w->ses))
				break;
			session_end(&w->ses);
			nanosleep(&(struct timespec){ 0, 50000000L * (attempt + 1) }, NULL);
		}
		session_end(&w->ses);
		if (rc) {
			bad = 1;
			if (bad_field >= 0 && !errs[bad_field])
				errs[bad_field] = xstrdup(err.msg);
			else
				form_error = err.msg;
		} else {
			w->writes++;
		}
	}
	if (rq->rt.api) {
		form_json(rep, !bad, id, f, errs, nf, form_error);
		rep->status = bad ? 422 : 200;
	} else if (!bad) {
		const char *const to[] = { "today?logged=run", "today?logged=ankle",
					   "programme?logged=exercise",
					   resolved ? "today?logged=seen" : "today?logged=seen-none" };
		redirect(rep, w->ses.ath.name, rq->rt.page == PAGE_PROGRAMME || k != FORM_EXERCISE ?
			 to[k] : "log?logged=exercise");
	} else if (rq->rt.page == PAGE_PROGRAMME && !errs[EX_DATE] && !form_error) {
		/* a tick box of the programme page: its one message */
		for (int i = 0; i < nf && !form_error; i++)
			if (errs[i])
				form_error = errs[i];
		web_error(rep, 422, "Not logged", form_error, 0);
	} else {
		/* The log page again, with what was typed and each error. */
		struct shoe *shoes = NULL;
		struct log_view lv = { 0 };
		struct form_view fv = { vals, (const char *const *)errs, bits, form_error };
		struct form_view *forms[] = { &lv.run, &lv.ankle, &lv.exercise, &lv.seen };
		struct talus_err err2 = TALUS_ERR_INIT;
		struct page p;
		page_of(&p, rq, &w->ses.ath, "Log");
		p.active = "log";
		p.notice = NULL;
		rep->status = 422;
		*forms[k] = fv;
		if (!session_begin(&w->ses, rq->rt.athlete, rq->today, SESSION_ATHLETE, &err2) &&
		    !log_view_read(&lv, &shoes, &w->ses, rq->today, &err2))
			render_log_html(&rep->body, &p, &w->ses.ath, &lv);
		else
			fail(rep, rq, &err2);
		free(shoes);
	}
	for (int i = 0; i < nf; i++)
		free(errs[i]);
}

void
web_post(struct server *srv, struct worker *w, struct request *rq, struct reply *rep)
{
	const char *a = rq->rt.action;

	rep->status = 200;
	if (rq->rt.page == PAGE_LOG && !strcmp(a, "run"))
		post_form(srv, w, rq, rep, FORM_RUN);
	else if (rq->rt.page == PAGE_LOG && !strcmp(a, "ankle"))
		post_form(srv, w, rq, rep, FORM_ANKLE);
	else if ((rq->rt.page == PAGE_LOG || rq->rt.page == PAGE_PROGRAMME) && !strcmp(a, "exercise"))
		post_form(srv, w, rq, rep, FORM_EXERCISE);
	else if (rq->rt.page == PAGE_LOG && !strcmp(a, "seen"))
		post_form(srv, w, rq, rep, FORM_SEEN);
	else
		web_error(rep, 405, "Method not allowed", "this address takes no POST", rq->rt.api);
}

/* ---- the import ------------------------------------------------------------- */

struct import_view {
	struct import_page_row *rows;
	size_t n, alloc;
	const char *tmp_prefix;
};

static void
on_file(void *payload, const struct import_file *f, const char *status, const char *warning,
	const struct activity *kept, size_t nkept, const struct import_summary *t)
{
	struct import_view *v = payload;
	struct import_page_row *r;
	const char *path = f->path, *slash = strrchr(path, '/'), *colon = strchr(path, ':');

	(void)kept;
	(void)t;
	/* Shown without the temporary folder and the number before the name. */
	if (slash && (!colon || slash < colon))
		path = slash + 1;
	path += strspn(path, "0123456789");
	if (*path == '-')
		path++;
	v->rows = xgrow(v->rows, sizeof(*v->rows), v->n + 1, &v->alloc);
	r = &v->rows[v->n++];
	memset(r, 0, sizeof(*r));
	snprintf(r->path, sizeof(r->path), "%s", path);
	snprintf(r->status, sizeof(r->status), "%s", status);
	snprintf(r->msg, sizeof(r->msg), "%s", f->msg[0] ? f->msg : warning ? warning : "");
	r->activities = nkept;
}

void
web_import(struct server *srv, struct request *rq, const char *const *paths, size_t npaths,
	   const char *shoe, int all_sports, const char *error, struct reply *rep)
{
	struct session s;
	struct talus_err err = TALUS_ERR_INIT;
	struct import_view view = { 0 };
	struct import_summary t;
	struct app_import_opts o;
	struct page p;
	int rc;

	rep->status = 200;
	session_init(&s, srv->db_path, rq->rt.athlete, rq->today);
	memset(&o, 0, sizeof(o));
	memset(&t, 0, sizeof(t));
	o.paths = paths;
	o.npaths = npaths;
	o.shoe = shoe;
	o.all_sports = all_sports;
	o.jobs = 2;
	o.file = on_file;
	o.payload = &view;
	if (!error && !npaths)
		error = "choose one or more files to upload";
	if (!error) {
		for (int attempt = 0; attempt < 8; attempt++) {
			err_clear(&err);
			if (!(rc = session_open(&s, SESSION_WRITE | SESSION_ATHLETE, &err)) &&
			    !(rc = app_import(&t, &s, &o, &err)) && !(rc = session_commit(&s, &err)))
				break;
			if (!session_busy(&s))
				break;
			session_close(&s);
			view.n = 0;
			nanosleep(&(struct timespec){ 0, 50000000L * (attempt + 1) }, NULL);
		}
		if (rc)
			error = err.msg;
	} else {
		rc = session_open(&s, SESSION_ATHLETE, &err);
	}
	if (rc && !s.ath.name[0]) {
		fail(rep, rq, &err);
		session_close(&s);
		free(view.rows);
		return;
	}
	if (rq->rt.api) {
		struct json j;
		rep->type = json_type;
		json_init(&j, &rep->body);
		if (error) {
			rep->status = 422;
			json_obj_begin(&j, NULL);
			json_str(&j, "error", error);
			json_obj_end(&j);
		} else {
			render_import_json_begin(&j);
			for (size_t i = 0; i < view.n; i++)
				render_import_file_json(&j, view.rows[i].path, view.rows[i].status,
							view.rows[i].msg, NULL, 0);
			render_import_json_end(&j, &t);
		}
	} else {
		page_of(&p, rq, &s.ath, "Import");
		if (error)
			rep->status = 422;
		render_import_html(&rep->body, &p, &s.ath, WEB_UPLOAD_MAX, error ? NULL : &t,
				   view.rows, view.n, error);
	}
	session_close(&s);
	free(view.rows);
}
