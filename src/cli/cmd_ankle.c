/* cmd_ankle.c - talus ankle log | list | rm. */
#include "cli/cli.h"
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

int
cmd_ankle_log(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { O_DATE, O_SIDE, O_PAIN, O_MPAIN, O_STIFF, O_SWELL, O_GIVE, O_ROLLED,
	       O_WB, O_TENDER, O_NUMB, O_COLD, O_DEFORM, O_CRACK, O_ACHILLES, O_FEVER,
	       O_BONE, O_NOTE, O_N };
	static const struct opt opts[] = {
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
		[O_NOTE] = { "note", OPT_STR, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[O_N];
	struct ankle_log l;
	const char *pos[1];
	char date[11];
	int npos, rc;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (!v[O_DATE].set)
		return err_set(err, TALUS_EINVAL, "missing --date YYYY-MM-DD");
	if (!v[O_SIDE].set)
		return err_set(err, TALUS_EINVAL, "missing --side left|right");
	if (v[O_NOTE].set && strlen(v[O_NOTE].str) >= sizeof(l.note))
		return err_set(err, TALUS_EINVAL, "invalid --note: at most %zu characters",
			       sizeof(l.note) - 1);
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
		snprintf(l.note, sizeof(l.note), "%s", v[O_NOTE].str);
	if ((rc = ctx_open(c, 0, err)) ||
	    (rc = store_ankle_insert(&l.id, c->st, c->ath.id, &l, err)))
		return rc;
	strbuf_addf(&c->out, "logged %s ankle on %s (log %lld)\n", side_name(l.side),
		    date_format(date, l.day), (long long)l.id);
	if (!ankle_log_symptomatic(&l))
		return 0;
	strbuf_adds(&c->out, "see what it means for today with: talus today\n");
	return 0;
}

static void
tender_text(struct strbuf *sb, int tender)
{
	int first = 1;

	for (int i = 0; i < TENDER_SITE_COUNT; i++)
		if (tender & (1 << i)) {
			strbuf_addf(sb, "%s%s", first ? "" : ",", tender_site_name(1 << i));
			first = 0;
		}
}

int
cmd_ankle_list(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { L_SINCE, L_UNTIL, L_JSON };
	static const struct opt opts[] = {
		[L_SINCE] = { "since", OPT_DATE, 0, 0, NULL },
		[L_UNTIL] = { "until", OPT_DATE, 0, 0, NULL },
		[L_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[3];
	struct ankle_log *logs;
	const char *pos[1];
	char date[11];
	size_t n;
	int npos, rc;
	int32_t from, to;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	from = v[L_SINCE].set ? v[L_SINCE].day : INT32_MIN;
	to = v[L_UNTIL].set ? v[L_UNTIL].day : INT32_MAX;
	if ((rc = ctx_open(c, CTX_READ, err)) ||
	    (rc = store_ankle_list(&logs, &n, c->st, c->ath.id, from, to, err)))
		return rc;
	if (v[L_JSON].set) {
		struct json j;
		json_init(&j, &c->out);
		json_obj_begin(&j, NULL);
		json_arr_begin(&j, "logs");
		for (size_t i = 0; i < n; i++) {
			const struct ankle_log *l = &logs[i];
			json_obj_begin(&j, NULL);
			json_int(&j, "id", l->id);
			json_str(&j, "date", date_format(date, l->day));
			json_str(&j, "side", side_name(l->side));
#define SCORE(k, x) ((x) >= 0 ? json_int(&j, k, x) : json_null(&j, k))
			SCORE("pain", l->pain);
			SCORE("morning_pain", l->morning_pain);
			SCORE("stiffness", l->stiffness);
#undef SCORE
			json_str(&j, "swelling", l->swelling >= 0 ? swelling_name(l->swelling) : NULL);
			json_int(&j, "giving_way", l->giving_way);
			json_bool(&j, "rolled", l->rolled);
			json_str(&j, "weight_bearing",
				 l->weight_bearing >= 0 ? weight_bearing_name(l->weight_bearing) : NULL);
			json_arr_begin(&j, "tender");
			for (int k = 0; k < TENDER_SITE_COUNT; k++)
				if (l->tender & (1 << k))
					json_str(&j, NULL, tender_site_name(1 << k));
			json_arr_end(&j);
			json_bool(&j, "numb", l->numb);
			json_bool(&j, "cold_or_discoloured", l->cold_or_discoloured);
			json_bool(&j, "deformity", l->deformity);
			json_bool(&j, "crack", l->crack);
			json_bool(&j, "achilles_snap", l->achilles_snap);
			json_bool(&j, "hot_swollen_fever", l->hot_swollen_fever);
			json_bool(&j, "bone_pain_worsening", l->bone_pain_worsening);
			json_str(&j, "note", l->note[0] ? l->note : NULL);
			json_obj_end(&j);
		}
		json_arr_end(&j);
		json_obj_end(&j);
	} else if (!n) {
		strbuf_adds(&c->out, "no ankle logs; add one with: talus ankle log --date "
				     "YYYY-MM-DD --side left|right --pain N\n");
	} else {
		for (size_t i = 0; i < n; i++) {
			const struct ankle_log *l = &logs[i];
			strbuf_addf(&c->out, "%5lld  %s  %-5s", (long long)l->id,
				    date_format(date, l->day), side_name(l->side));
			if (l->pain >= 0)
				strbuf_addf(&c->out, "  pain %d", l->pain);
			if (l->morning_pain >= 0)
				strbuf_addf(&c->out, "  morning %d", l->morning_pain);
			if (l->stiffness >= 0)
				strbuf_addf(&c->out, "  stiffness %d", l->stiffness);
			if (l->swelling > SWELL_NONE)
				strbuf_addf(&c->out, "  swelling %s", swelling_name(l->swelling));
			if (l->giving_way)
				strbuf_addf(&c->out, "  gave way %dx", l->giving_way);
			if (l->rolled)
				strbuf_adds(&c->out, "  rolled");
			if (l->weight_bearing > WB_OK)
				strbuf_addf(&c->out, "  weight-bearing %s",
					    weight_bearing_name(l->weight_bearing));
			if (l->tender) {
				strbuf_adds(&c->out, "  tender ");
				tender_text(&c->out, l->tender);
			}
			if (l->numb || l->cold_or_discoloured || l->deformity || l->crack ||
			    l->achilles_snap || l->hot_swollen_fever || l->bone_pain_worsening)
				strbuf_adds(&c->out, "  RED FLAG");
			if (l->note[0])
				strbuf_addf(&c->out, "  %s", l->note);
			strbuf_addch(&c->out, '\n');
		}
	}
	free(logs);
	return 0;
}

int
cmd_ankle_rm(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	return cli_rm(c, argc, argv, "ankle log", "talus ankle list", store_ankle_delete, err);
}
