/* insights.c - associations in one runner's log (see insights.h). */
#include "core/insights.h"
#include "core/load.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char insights_caveat[] =
	"These are associations in your own log, not causes: many things change "
	"together, and a few runs prove nothing. A group is shown with at least 5 runs "
	"followed by an ankle log the next day; pain means 4/10 or more.";

static const char *const change_labels[] = {
	"less than +10% (or less distance)", "+10% to +30%", "more than +30%",
	"no run in the 7 days before",
};
static const char *const length_labels[] = {
	"not longer", "up to 10% longer", "10% to 30% longer", "more than 30% longer",
	"no run in the 30 days before",
};
static const char *const wear_labels[] = {
	"before its review distance", "between review and replace", "past its replace distance",
};
static const char *const surface_labels[] = {
	"not recorded", "road", "trail", "track", "treadmill",
};

/* The group of table t labelled label (added when new; the last slot
 * gathers the rest). */
static struct insight_group *
group(struct insight_table *t, const char *label)
{
	for (int i = 0; i < t->n; i++)
		if (!strcmp(t->g[i].label, label))
			return &t->g[i];
	if (t->n == INSIGHTS_GROUPS) {
		struct insight_group *g = &t->g[INSIGHTS_GROUPS - 1];
		snprintf(g->label, sizeof(g->label), "%s", "others");
		return g;
	}
	snprintf(t->g[t->n].label, sizeof(t->g[0].label), "%s", label);
	return &t->g[t->n++];
}

static void
setup(struct insight_table *t, enum insight_dim d, const char *id, const char *title,
      const char *const *labels, int n)
{
	t->dim = d;
	t->id = id;
	t->title = title;
	for (int i = 0; i < n; i++)
		group(t, labels[i]);
}

static void
count(struct insight_group *g, int pain)
{
	g->runs++;
	if (pain < 0)
		return;
	g->mean_pain = g->followed ? g->mean_pain + pain : pain;
	g->followed++;
	g->painful += pain >= INSIGHTS_PAIN;
}

/* The worst pain or morning pain of the logs on day (logs sorted; *i
 * advances); -1 when none has a score. */
static int
pain_on(const struct ankle_log *logs, size_t n, size_t *i, int32_t day)
{
	int worst = -1;

	while (*i < n && logs[*i].day < day)
		(*i)++;
	for (size_t k = *i; k < n && logs[k].day == day; k++) {
		if (logs[k].pain > worst)
			worst = logs[k].pain;
		if (logs[k].morning_pain > worst)
			worst = logs[k].morning_pain;
	}
	return worst;
}

void
insights_compute(struct insights *out, const struct insight_input *in)
{
	double *dist = NULL, *longest = NULL, *shoe_used;
	int32_t first = 0, span = 0;
	size_t li = 0;

	memset(out, 0, sizeof(*out));
	out->today = in->today;
	setup(&out->t[INS_CHANGE], INS_CHANGE, "week_change",
	      "Distance of the 7 days to the run against the 7 before (L3)", change_labels, 4);
	setup(&out->t[INS_LENGTH], INS_LENGTH, "run_length",
	      "The run against the longest of the 30 days before (L1)", length_labels, 5);
	setup(&out->t[INS_SHOE], INS_SHOE, "shoe", "Shoe", NULL, 0);
	setup(&out->t[INS_WEAR], INS_WEAR, "shoe_wear", "Shoe wear before the run (S1)",
	      wear_labels, 3);
	setup(&out->t[INS_SURFACE], INS_SURFACE, "surface", "Surface", surface_labels, 5);
	shoe_used = xcalloc(in->nshoes + 1, sizeof(*shoe_used));
	for (size_t s = 0; s < in->nshoes; s++)
		shoe_used[s] = in->shoes[s].initial_m;
	if (in->nruns) {
		first = in->runs[0].day - 31;
		span = in->runs[in->nruns - 1].day - first + 1;
		dist = xcalloc((size_t)span, sizeof(*dist));
		longest = xcalloc((size_t)span, sizeof(*longest));
		for (size_t r = 0; r < in->nruns; r++) {
			int32_t k = in->runs[r].day - first;
			dist[k] += in->runs[r].distance_m;
			if (in->runs[r].distance_m > longest[k])
				longest[k] = in->runs[r].distance_m;
		}
	}
	for (size_t r = 0; r < in->nruns; r++) {
		const struct insight_run *run = &in->runs[r];
		int32_t k = run->day - first;
		double last7 = 0, prev7 = 0, lmax30 = 0, ch;
		const struct shoe *sh = NULL;
		size_t si = 0;
		int pain;
		const char *label;
		char name[72];

		if (run->day > in->today)
			break;
		pain = run->day < in->today ? pain_on(in->logs, in->nlogs, &li, run->day + 1) : -1;
		out->runs++;
		if (pain >= 0) {
			out->followed++;
			out->painful += pain >= INSIGHTS_PAIN;
		}
		for (int32_t d = 0; d < 14; d++)
			if (k - d >= 0)
				*(d < 7 ? &last7 : &prev7) += dist[k - d];
		for (int32_t d = 1; d <= 30; d++)
			if (k - d >= 0 && longest[k - d] > lmax30)
				lmax30 = longest[k - d];
		ch = prev7 > 0 ? last7 / prev7 - 1.0 : NAN;
		/* Ratios rounded as load.c rounds them: +10% is +10%. */
		ch = round(ch * 1e9) / 1e9;
		label = isnan(ch) ? change_labels[3] : ch < 0.10 ? change_labels[0] :
			ch <= 0.30 ? change_labels[1] : change_labels[2];
		count(group(&out->t[INS_CHANGE], label), pain);
		if (lmax30 <= 0) {
			label = length_labels[4];
		} else {
			double sp = round(load_spike(run->distance_m, lmax30) * 1e9) / 1e9;
			label = sp <= 0 ? length_labels[0] : sp <= 0.10 ? length_labels[1] :
				sp <= 0.30 ? length_labels[2] : length_labels[3];
		}
		count(group(&out->t[INS_LENGTH], label), pain);
		for (si = 0; si < in->nshoes; si++)
			if (in->shoes[si].id == run->shoe_id) {
				sh = &in->shoes[si];
				break;
			}
		if (sh) {
			snprintf(name, sizeof(name), "%s", sh->name);
			count(group(&out->t[INS_SHOE], name), pain);
			label = shoe_used[si] < sh->review_m ? wear_labels[0] :
				shoe_used[si] < sh->limit_m ? wear_labels[1] : wear_labels[2];
			count(group(&out->t[INS_WEAR], label), pain);
			shoe_used[si] += run->distance_m;
		} else {
			count(group(&out->t[INS_SHOE], "no shoe recorded"), pain);
		}
		count(group(&out->t[INS_SURFACE],
			    surface_labels[run->surface >= SURFACE_UNKNOWN &&
					   run->surface <= SURFACE_TREADMILL ? run->surface : 0]),
		      pain);
	}
	for (int t = 0; t < INS__N; t++)
		for (int i = 0; i < out->t[t].n; i++) {
			struct insight_group *g = &out->t[t].g[i];
			g->mean_pain = g->followed ? g->mean_pain / g->followed : NAN;
			g->shown = g->followed >= INSIGHTS_MIN_N;
		}
	free(dist);
	free(longest);
	free(shoe_used);
}
