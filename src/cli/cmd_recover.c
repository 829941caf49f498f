/* cmd_recover.c - talus recover | recover end: the recovery episode the
 * ankle log opened (it opens by itself: core/episode.h), its protect
 * days, walk-run return gated on the runs logged since (R1-R3) and
 * re-entry, with the day as talus today sees it. */
#include "app/clock.h"
#include "app/recover.h"
#include "cli/cli.h"
#include "render/recover.h"
#include "util/date.h"
#include "util/json.h"

#include <string.h>

enum { R_DATE, R_PROTECT, R_ICS, R_JSON, R_N };
static const struct opt recover_opts[] = {
	[R_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[R_PROTECT] = { "protect-days", OPT_INT, 1, RECOVER_PROTECT_MAX, NULL },
	[R_ICS] = { "ics", OPT_STR, 0, 0, NULL },
	[R_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

static int
cmd_recover(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[R_N];
	struct app_day d;
	const char *pos[1];
	char date[11];
	int npos, rc, active;
	int32_t day;

	memset(&d, 0, sizeof(d));
	if ((rc = opt_parse(v, recover_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	/* it writes only to keep --protect-days */
	c->writes = v[R_PROTECT].set;
	if ((rc = ctx_open(c, err)))
		goto done;
	day = v[R_DATE].set ? v[R_DATE].day : TODAY(c);
	if ((rc = app_recover(&d, &active, &c->ses, day,
			      v[R_PROTECT].set ? (int)v[R_PROTECT].num : 0, err)))
		goto done;
	if (!active && (v[R_PROTECT].set || v[R_ICS].set)) {
		rc = err_set(err, TALUS_ENOTFOUND, "no recovery plan on %s for --%s",
			     date_format(date, day), v[R_PROTECT].set ? "protect-days" : "ics");
		goto done;
	}
	if (v[R_ICS].set) {
		struct strbuf buf = STRBUF_INIT;
		render_recover_ics(&buf, &d.d, clock_now_utc());
		rc = cli_write_file(&c->out, v[R_ICS].str, &buf, "calendar", err);
		strbuf_release(&buf);
		if (rc || !strcmp(v[R_ICS].str, "-"))
			goto done;
	}
	if (v[R_JSON].set) {
		struct json j;
		strbuf_reset(&c->out);
		json_init(&j, &c->out);
		render_recover_json(&j, &d.d);
		goto done;
	}
	if (!d.d.rec_active) {
		render_recover_none_text(&c->out, &d.d);
		goto done;
	}
	render_recover_text(&c->out, &d.d, cli_style());
	if (v[R_ICS].set)
		cli_wrote(&c->out, "\nwrote the calendar to ", v[R_ICS].str);
done:
	app_day_release(&d);
	return rc;
}

const struct cmd cmd_recover_def = {
	"recover", cmd_recover, recover_opts,
	"recover [--date DATE] [--protect-days 1-3] [--ics FILE] [--json]",
	"the recovery plan for ankle symptoms in the log", 0,
};

enum { E_DATE, E_N };
static const struct opt end_opts[] = {
	[E_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	{ 0 },
};

static int
cmd_recover_end(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[E_N];
	struct episode ep;
	const char *pos[1];
	char date[11], b[11];
	int npos, rc;
	int32_t day;

	if ((rc = opt_parse(v, end_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	day = v[E_DATE].set ? v[E_DATE].day : TODAY(c);
	if ((rc = ctx_open(c, err)) || (rc = app_recover_end(&ep, &c->ses, day, err)))
		return rc;
	strbuf_addf(&c->out, "ended the recovery plan of %s on %s: talus today no longer "
		    "follows it;\na new log with %s starts another\n",
		    date_format(date, ep.start), date_format(b, day), render_recover_trigger_text);
	return 0;
}

const struct cmd cmd_recover_end_def = {
	"recover end", cmd_recover_end, end_opts, "recover end [--date DATE]",
	"end the recovery plan early", CMD_WRITE,
};
