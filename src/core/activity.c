/* activity.c - the activity model. Pure: no I/O. */
#include "core/activity.h"
#include "util/names.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *const sport_names[SPORT__COUNT] = {
	"run", "ride", "swim", "walk", "hike", "other"
};
static const char *const surface_names[SURFACE__COUNT] = {
	"", "road", "trail", "track", "treadmill"
};
/* The names stored and shown (docs/json.md); NULL: not recorded. */
static const char *const sport_source_names[SPORT_SRC__COUNT] = {
	"default", "file", "export", "name", "device", "data", "speed", "user", NULL
};
static const char *const offset_source_names[OFFSET_SRC__COUNT] = {
	NULL, "file", "device", "tz-option", "system", "entered"
};

void
activity_init(struct activity *a)
{
	memset(a, 0, sizeof(*a));
	a->sport = SPORT_RUN;
	a->surface = SURFACE_UNKNOWN;
	a->elapsed_s = NAN;
	a->moving_s = NAN;
	a->distance_m = NAN;
	a->elev_gain_m = NAN;
	a->avg_hr = NAN;
	a->avg_cadence = NAN;
	a->sustained_mps = NAN;
}

struct activity *
activity_vec_push(struct activity_vec *vec)
{
	struct activity *a;

	vec->v = xgrow(vec->v, sizeof(*vec->v), vec->n + 1, &vec->alloc);
	a = &vec->v[vec->n++];
	activity_init(a);
	return a;
}

void
activity_vec_release(struct activity_vec *vec)
{
	free(vec->v);
	vec->v = NULL;
	vec->n = vec->alloc = 0;
}

const char *
sport_name(enum sport s)
{
	return (unsigned)s < SPORT__COUNT ? sport_names[s] : "other";
}

int
sport_parse(enum sport *out, const char *s)
{
	for (int i = 0; i < SPORT__COUNT; i++)
		if (!strcmp(s, sport_names[i])) {
			*out = (enum sport)i;
			return 0;
		}
	return -1;
}

const char *
surface_name(enum surface s)
{
	return (unsigned)s < SURFACE__COUNT ? surface_names[s] : "";
}

int
surface_parse(enum surface *out, const char *s)
{
	for (int i = 1; i < SURFACE__COUNT; i++)
		if (!strcmp(s, surface_names[i])) {
			*out = (enum surface)i;
			return 0;
		}
	return -1;
}

const char *
sport_source_name(enum sport_source s)
{
	return (unsigned)s < SPORT_SRC__COUNT ? sport_source_names[s] : NULL;
}

int
sport_source_parse(enum sport_source *out, const char *s)
{
	int i = names_index(sport_source_names, SPORT_SRC__COUNT, s);

	if (i < 0)
		return -1;
	*out = (enum sport_source)i;
	return 0;
}

const char *
offset_source_name(enum offset_source s)
{
	return (unsigned)s < OFFSET_SRC__COUNT ? offset_source_names[s] : NULL;
}

int
offset_source_parse(enum offset_source *out, const char *s)
{
	int i = names_index(offset_source_names, OFFSET_SRC__COUNT, s);

	if (i < 0)
		return -1;
	*out = (enum offset_source)i;
	return 0;
}

int
utc_offset_zone(int32_t *out, int64_t raw_s)
{
	int64_t q = (raw_s >= 0 ? raw_s + 450 : raw_s - 450) / 900 * 900;

	if (raw_s - q > 60 || q - raw_s > 60 || q < -50400 || q > 50400)
		return -1;
	*out = (int32_t)q;
	return 0;
}

double
haversine_m(double lat1, double lon1, double lat2, double lon2)
{
	const double r = 6371008.8, k = 3.14159265358979323846 / 180.0;
	double dlat = (lat2 - lat1) * k, dlon = (lon2 - lon1) * k;
	double a = sin(dlat / 2) * sin(dlat / 2) +
		   cos(lat1 * k) * cos(lat2 * k) * sin(dlon / 2) * sin(dlon / 2);

	return 2 * r * asin(sqrt(a < 1 ? a : 1));
}
