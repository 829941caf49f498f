/* ankle.c - the ankle symptom vocabulary. Pure. */
#include "core/ankle.h"
#include "util/names.h"

#include <stdlib.h>

#include <string.h>

static const char *const side_names[] = { "", "left", "right", "both" };
static const char *const swell_names[] = { "none", "mild", "moderate", "severe" };
static const char *const wb_names[] = { "ok", "painful", "unable" };
static const char *const site_names[] = { "lateral-malleolus", "medial-malleolus",
					  "fifth-metatarsal", "navicular" };

const char *
side_name(enum side s)
{
	return (unsigned)s < 4 ? side_names[s] : "";
}

int
side_parse(enum side *out, const char *s)
{
	int i = names_index(side_names, 4, s);

	if (i <= 0)
		return -1;
	*out = (enum side)i;
	return 0;
}

const char *
swelling_name(enum swelling s)
{
	return s >= 0 && s <= 3 ? swell_names[s] : "";
}

int
swelling_parse(enum swelling *out, const char *s)
{
	int i = names_index(swell_names, 4, s);

	if (i < 0)
		return -1;
	*out = (enum swelling)i;
	return 0;
}

const char *
weight_bearing_name(enum weight_bearing w)
{
	return w >= 0 && w <= 2 ? wb_names[w] : "";
}

int
weight_bearing_parse(enum weight_bearing *out, const char *s)
{
	int i = names_index(wb_names, 3, s);

	if (i < 0)
		return -1;
	*out = (enum weight_bearing)i;
	return 0;
}

const char *
tender_site_name(int bit)
{
	for (int i = 0; i < TENDER_SITE_COUNT; i++)
		if (bit == 1 << i)
			return site_names[i];
	return "";
}

int
tender_site_parse(int *out_bit, const char *s)
{
	int i = names_index(site_names, TENDER_SITE_COUNT, s);

	if (i < 0)
		return -1;
	*out_bit = 1 << i;
	return 0;
}

void
ankle_log_init(struct ankle_log *l)
{
	memset(l, 0, sizeof(*l));
	l->pain = l->morning_pain = l->stiffness = -1;
	l->swelling = SWELL_UNKNOWN;
	l->weight_bearing = WB_UNKNOWN;
}

int
ankle_log_symptomatic(const struct ankle_log *l)
{
	return l->pain > 0 || l->morning_pain > 0 || l->stiffness > 0 ||
	       l->swelling > SWELL_NONE || l->giving_way > 0 || l->rolled ||
	       l->weight_bearing > WB_OK || l->tender || l->numb ||
	       l->cold_or_discoloured || l->deformity || l->crack ||
	       l->achilles_snap || l->hot_swollen_fever || l->bone_pain_worsening;
}

int
ankle_log_red_flag(const struct ankle_log *l)
{
	return l->crack || l->deformity || l->numb || l->cold_or_discoloured ||
	       l->achilles_snap || l->hot_swollen_fever || l->bone_pain_worsening ||
	       l->tender || l->weight_bearing == WB_UNABLE;
}

enum ankle_worst
ankle_log_worst(const struct ankle_log *l, int *value)
{
	int pain = l->pain > l->morning_pain ? l->pain : l->morning_pain;
	enum ankle_worst w = WORST_NONE;

	*value = 0;
	if (ankle_log_red_flag(l)) {
		w = WORST_RED_FLAG;
	} else if (l->weight_bearing == WB_PAINFUL) {
		w = WORST_WEIGHT_BEARING;
		*value = WB_PAINFUL;
	} else if (l->swelling >= SWELL_MODERATE) {
		w = WORST_SWELLING;
		*value = l->swelling;
	} else if (pain >= 4) {
		w = WORST_PAIN;
		*value = pain;
	} else if (l->rolled) {
		w = WORST_ROLLED;
	} else if (l->giving_way > 0) {
		w = WORST_GIVING_WAY;
		*value = l->giving_way;
	} else if (l->swelling == SWELL_MILD) {
		w = WORST_SWELLING;
		*value = l->swelling;
	} else if (pain > 0) {
		w = WORST_PAIN;
		*value = pain;
	} else if (l->stiffness > 0) {
		w = WORST_STIFFNESS;
		*value = l->stiffness;
	}
	return w;
}

void
ankle_logs_free(struct ankle_log *v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		free(v[i].note);
	free(v);
}
