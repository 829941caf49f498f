/* cmd_ankle.c - talus ankle log | list | rm. */
#include "app/log.h"
#include "cli/cli.h"
#include "cli/prompt.h"
#include "core/entry.h"
#include "render/ankle.h"
#include "util/date.h"
#include "util/json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const side_choices[] = { "left", "right", NULL };
static const char *const swell_choices[] = { "none", "mild", "moderate", "severe", NULL };
static const char *const wb_choices[] = { "ok", "painful", "unable", NULL };
static const char *const site_choices[] = { "lateral-malleolus", "medial-malleolus",
					    "fifth-metatarsal", "navicular", NULL };
static const char *const none_choices[] = { "none", NULL };

enum { O_DATE, O_SIDE, O_PAIN, O_MPAIN, O_STIFF, O_SWELL, O_GIVE, O_ROLLED,
       O_WB, O_TENDER, O_NUMB, O_COLD, O_DEFORM, O_CRACK, O_ACHILLES, O_FEVER,
       O_BONE, O_RFNONE, O_NOTE, O_N };
static const struct opt log_opts[] = {
	[O_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[O_SIDE] = { "side", OPT_CHOICE, 0, 0, side_choices },
	[O_PAIN] = { "pain", OPT_INT, 0, 10, NULL },
	[O_MPAIN] = { "morning-pain", OPT_INT, 0, 10, NULL },
	[O_STIFF] = { "stiffness", OPT_INT, 0, 10, NULL },
	[O_SWELL] = { "swelling", OPT_CHOICE, 0, 0, swell_choices },
	[O_GIVE] = { "giving-way", OPT_INT, 0, 100, NULL },
	[O_ROLLED] = { "rolled", OPT_FLAG, 0, 0, NULL },
	[O_WB] = { "weight-bearing", OPT_CHOICE, 0, 0, wb_choices },
	[O_TENDER] = { "tender", OPT_LIST, 0, 0, site_choices },
	[O_NUMB] = { "numb", OPT_FLAG, 0, 0, NULL },
	[O_COLD] = { "cold-or-discoloured", OPT_FLAG, 0, 0, NULL },
	[O_DEFORM] = { "deformity", OPT_FLAG, 0, 0, NULL },
	[O_CRACK] = { "crack", OPT_FLAG, 0, 0, NULL },
	[O_ACHILLES] = { "achilles-snap", OPT_FLAG, 0, 0, NULL },
	[O_FEVER] = { "hot-swollen-fever", OPT_FLAG, 0, 0, NULL },
	[O_BONE] = { "bone-pain-worsening", OPT_FLAG, 0, 0, NULL },
	[O_RFNONE] = { "red-flags", OPT_CHOICE, 0, 0, none_choices },
	[O_NOTE] = { "note", OPT_STR, 0, 0, NULL },
	{ 0 },
};

static int
cmd_ankle_log(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_N];
	struct ankle_log l;
	const char *pos[1];
	char date[11];
	int npos, rc;

	if ((rc = opt_parse(v, log_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (!v[O_DATE].set)
		return err_set(err, TALUS_EINVAL, "missing --date YYYY-MM-DD");
	if (!v[O_SIDE].set)
		return err_set(err, TALUS_EINVAL, "missing --side left|right");
	if ((rc = app_check_date(&c->ses, v[O_DATE].day, WHEN_HAPPENED, "--date", v[O_DATE].str,
				 err)))
		return rc;
	if (v[O_NOTE].set && strlen(v[O_NOTE].str) > NOTE_MAX)
		return err_set(err, TALUS_EINVAL, "invalid --note: at most %d bytes", NOTE_MAX);
	ankle_log_init(&l);
	l.day = v[O_DATE].day;
	l.side = (enum side)(v[O_SIDE].choice + 1);
	if (v[O_PAIN].set)
		l.pain = (int)v[O_PAIN].num;
	if (v[O_MPAIN].set)
		l.morning_pain = (int)v[O_MPAIN].num;
	if (v[O_STIFF].set)
		l.stiffness = (int)v[O_STIFF].num;
	if (v[O_SWELL].set)
		l.swelling = (enum swelling)v[O_SWELL].choice;
	l.giving_way = v[O_GIVE].set ? (int)v[O_GIVE].num : 0;
	l.rolled = v[O_ROLLED].set;
	if (v[O_WB].set)
		l.weight_bearing = (enum weight_bearing)v[O_WB].choice;
	for (int i = 0; i < v[O_TENDER].nlist; i++) {
		int bit;
		tender_site_parse(&bit, v[O_TENDER].list[i]);
		l.tender |= bit;
	}
	l.numb = v[O_NUMB].set;
	l.cold_or_discoloured = v[O_COLD].set;
	l.deformity = v[O_DEFORM].set;
	l.crack = v[O_CRACK].set;
	l.achilles_snap = v[O_ACHILLES].set;
	l.hot_swollen_fever = v[O_FEVER].set;
	l.bone_pain_worsening = v[O_BONE].set;
	if (v[O_NOTE].set)
		l.note = (char *)v[O_NOTE].str;
	/* the web's ankle form says it through the same check */
	if (v[O_RFNONE].set && (rc = entry_red_flags_none(&l, err)))
		return rc;
	if ((rc = ctx_open(c, err)))
		return rc;
	/* A red flag stands for this side: on a terminal, ask whether each
	 * still applies, unless the options already say. */
	if (!v[O_RFNONE].set && !ankle_log_red_flag(&l) && cli_stdin_is_terminal()) {
		int32_t since;
		int open;
		if ((rc = app_ankle_open_flag(&open, &since, &c->ses, l.side, l.day - 1, err)))
			return rc;
		if (open) {
			if ((rc = prompt_red_flags(&l, date_format(date, since), err)) < 0)
				return -rc;
			l.red_flags_none = rc == 1;
		}
	}
	if ((rc = app_ankle_add(&l.id, &c->ses, &l, err)))
		return rc;
	strbuf_addf(&c->out, "logged %s ankle on %s (log %lld)\n", side_name(l.side),
		    date_format(date, l.day), (long long)l.id);
	if (l.red_flags_none)
		strbuf_addf(&c->out, "no red flag applies now: the red flags of the %s ankle "
			    "logged before %s are resolved\n", side_name(l.side), date);
	if (!ankle_log_symptomatic(&l))
		return 0;
	strbuf_adds(&c->out, "see what it means for today with: talus today\n");
	return 0;
}

const struct cmd cmd_ankle_log_def = {
	"ankle log", cmd_ankle_log, log_opts,
	"ankle log --date DATE --side left|right [--pain 0-10]\n"
	"              [--morning-pain 0-10] [--stiffness 0-10]\n"
	"              [--swelling none|mild|moderate|severe] [--giving-way N]\n"
	"              [--rolled] [--weight-bearing ok|painful|unable]\n"
	"              [--tender SITE]... [--numb] [--cold-or-discoloured]\n"
	"              [--deformity] [--crack] [--achilles-snap]\n"
	"              [--hot-swollen-fever] [--bone-pain-worsening]\n"
	"              [--red-flags none] [--note TEXT]\n"
	"              SITE: lateral-malleolus, medial-malleolus,\n"
	"              fifth-metatarsal or navicular",
	"log how an ankle feels", CMD_WRITE,
};

enum { L_SINCE, L_UNTIL, L_JSON, L_N };
static const struct opt list_opts[] = {
	[L_SINCE] = { "since", OPT_DATE, 0, 0, NULL },
	[L_UNTIL] = { "until", OPT_DATE, 0, 0, NULL },
	[L_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

static int
cmd_ankle_list(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[L_N];
	struct ankle_log *logs;
	struct consult *cs;
	const char *pos[1];
	size_t n, ncs;
	int npos, rc;
	int32_t from, to;

	if ((rc = opt_parse(v, list_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	from = v[L_SINCE].set ? v[L_SINCE].day : INT32_MIN;
	to = v[L_UNTIL].set ? v[L_UNTIL].day : INT32_MAX;
	if ((rc = ctx_open(c, err)) || (rc = app_ankle_list(&logs, &n, &c->ses, from, to, err)))
		return rc;
	if ((rc = app_consult_list(&cs, &ncs, &c->ses, from, to, err))) {
		ankle_logs_free(logs, n);
		return rc;
	}
	if (v[L_JSON].set) {
		struct json j;
		json_init(&j, &c->out);
		render_ankle_json(&j, logs, n, cs, ncs);
	} else {
		render_ankle_text(&c->out, logs, n);
		render_consults_text(&c->out, cs, ncs);
	}
	ankle_logs_free(logs, n);
	consults_free(cs, ncs);
	return 0;
}

const struct cmd cmd_ankle_list_def = {
	"ankle list", cmd_ankle_list, list_opts,
	"ankle list [--since DATE] [--until DATE] [--json]", "list ankle logs", 0,
};

static const struct opt no_opts[] = { { 0 } };

static int
cmd_ankle_rm(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	return cli_rm(c, argc, argv, "ankle log", "talus ankle list", app_ankle_delete, err);
}

const struct cmd cmd_ankle_rm_def = {
	"ankle rm", cmd_ankle_rm, no_opts, "ankle rm ID", "delete an ankle log", CMD_WRITE,
};

static const char *const seen_side_choices[] = { "left", "right", "both", NULL };
static const char *const by_choices[] = { "clinician", "physio", NULL };

enum { S_DATE, S_SIDE, S_BY, S_NOTE, S_N };
static const struct opt seen_opts[] = {
	[S_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[S_SIDE] = { "side", OPT_CHOICE, 0, 0, seen_side_choices },
	[S_BY] = { "by", OPT_CHOICE, 0, 0, by_choices },
	[S_NOTE] = { "note", OPT_STR, 0, 0, NULL },
	{ 0 },
};

static int
cmd_ankle_seen(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[S_N];
	struct consult cs;
	const char *pos[1];
	char date[11], which[24];
	size_t resolved;
	int npos, rc;

	if ((rc = opt_parse(v, seen_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (!v[S_DATE].set)
		return err_set(err, TALUS_EINVAL, "missing --date YYYY-MM-DD (the day of the "
			       "consultation)");
	if (!v[S_SIDE].set)
		return err_set(err, TALUS_EINVAL, "missing --side left|right|both");
	if ((rc = app_check_date(&c->ses, v[S_DATE].day, WHEN_HAPPENED, "--date", v[S_DATE].str,
				 err)))
		return rc;
	if (v[S_NOTE].set && strlen(v[S_NOTE].str) > NOTE_MAX)
		return err_set(err, TALUS_EINVAL, "invalid --note: at most %d bytes", NOTE_MAX);
	memset(&cs, 0, sizeof(cs));
	cs.day = v[S_DATE].day;
	cs.side = (enum side)(v[S_SIDE].choice + 1);
	cs.by = v[S_BY].set ? (enum consult_by)v[S_BY].choice : CONSULT_CLINICIAN;
	cs.note = v[S_NOTE].set ? (char *)v[S_NOTE].str : NULL;
	if ((rc = ctx_open(c, err)) || (rc = app_ankle_seen(&cs.id, &resolved, &c->ses, &cs, err)))
		return rc;
	snprintf(which, sizeof(which), cs.side == SIDE_BOTH ? "both ankles" : "the %s ankle",
		 side_name(cs.side));
	strbuf_addf(&c->out, "recorded a consultation with a %s on %s for %s (consultation "
		    "%lld)\n", consult_by_name(cs.by), date_format(date, cs.day), which,
		    (long long)cs.id);
	if (resolved)
		strbuf_addf(&c->out, "it resolves the red flags of %zu ankle log%s logged on or "
			    "before %s; the return starts again from the protect days: talus "
			    "recover\n", resolved, resolved == 1 ? "" : "s", date);
	else
		strbuf_addf(&c->out, "no red flag stood for %s on %s; the referral is marked "
			    "done\n", which, date);
	return 0;
}

const struct cmd cmd_ankle_seen_def = {
	"ankle seen", cmd_ankle_seen, seen_opts,
	"ankle seen --date DATE --side left|right|both [--by clinician|physio]\n"
	"              [--note TEXT]",
	"record a consultation: it resolves the red flags logged before it", CMD_WRITE,
};
