/* redflag.c - red flags that stand until resolved (see redflag.h). Pure. */
#include "core/redflag.h"

#include <stdlib.h>
#include <string.h>

const char *
consult_by_name(enum consult_by b)
{
	return b == CONSULT_PHYSIO ? "physio" : "clinician";
}

int
consult_by_parse(enum consult_by *out, const char *s)
{
	if (!strcmp(s, "clinician"))
		*out = CONSULT_CLINICIAN;
	else if (!strcmp(s, "physio"))
		*out = CONSULT_PHYSIO;
	else
		return -1;
	return 0;
}

void
consults_free(struct consult *v, size_t n)
{
	for (size_t i = 0; v && i < n; i++)
		free(v[i].note);
	free(v);
}

int
consult_covers(const struct consult *c, size_t nc, enum side s, int32_t from, int32_t to)
{
	for (size_t i = 0; i < nc; i++)
		if ((c[i].side == s || c[i].side == SIDE_BOTH) && c[i].day >= from &&
		    c[i].day <= to)
			return 1;
	return 0;
}

int32_t
redflag_resolved_on(const struct ankle_log *l, const struct ankle_log *logs, size_t n,
		    const struct consult *c, size_t nc)
{
	int32_t on = INT32_MAX;

	if (!ankle_log_red_flag(l))
		return l->day;
	for (size_t i = 0; i < n; i++)
		if (logs[i].side == l->side && logs[i].day > l->day && logs[i].red_flags_none) {
			on = logs[i].day;
			break;
		}
	for (size_t i = 0; i < nc; i++)
		if ((c[i].side == l->side || c[i].side == SIDE_BOTH) && c[i].day >= l->day &&
		    c[i].day < on)
			on = c[i].day;
	return on;
}

size_t
redflag_standing(struct redflag *out, size_t max, const struct ankle_log *logs, size_t n,
		 const struct consult *c, size_t nc, int32_t day)
{
	size_t k = 0;

	for (size_t i = 0; i < n && logs[i].day <= day; i++) {
		if (!ankle_log_red_flag(&logs[i]) ||
		    redflag_resolved_on(&logs[i], logs, n, c, nc) <= day)
			continue;
		if (k == max) { /* keep the newest: drop the oldest */
			memmove(out, out + 1, (max - 1) * sizeof(*out));
			k--;
		}
		out[k].log = &logs[i];
		out[k].logged = logs[i].day;
		k++;
	}
	return k;
}
