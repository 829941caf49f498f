/* sport.c - the sport of an imported activity, from every clue, and why.
 * Pure: no I/O, no clock, no allocation. The order of the clues and the
 * thresholds are explained in sport.h and docs/internals/import.md.
 */
#include "core/sport.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* ------------------------------------------------------------------ */
/* Types as exporters write them.                                     */

/* Normalised form of a type: lower case, letters and digits only. */
static void
type_key(char *dst, size_t n, const char *s)
{
	size_t i = 0;

	for (; *s && i + 1 < n; s++) {
		char c = *s;

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			dst[i++] = c;
	}
	dst[i] = '\0';
}

int
sport_type_map(const char *type, enum sport *sport, enum surface *surface)
{
	static const char *const vague[] = {
		"other", "generic", "unknown", "uncategorized",
		"uncategorised", "none", "activity", "all", "sport",
	};
	char k[64];

	*sport = SPORT_RUN;
	*surface = SURFACE_UNKNOWN;
	if (!type)
		return -1;
	type_key(k, sizeof(k), type);
	if (!k[0])
		return -1;
	/* Strava's legacy numeric types, as in its GPX exports. */
	if (!strcmp(k, "9"))
		return 1;
	if (!strcmp(k, "1") || !strcmp(k, "17")) {
		*sport = SPORT_RIDE;
		return 1;
	}
	if (!strcmp(k, "4")) {
		*sport = SPORT_HIKE;
		return 1;
	}
	if (!strcmp(k, "10")) {
		*sport = SPORT_WALK;
		return 1;
	}
	if (!strcmp(k, "16")) {
		*sport = SPORT_SWIM;
		return 1;
	}
	if (strstr(k, "run")) {
		if (strstr(k, "treadmill") || strstr(k, "virtual") ||
		    strstr(k, "indoor"))
			*surface = SURFACE_TREADMILL;
		else if (strstr(k, "trail"))
			*surface = SURFACE_TRAIL;
		else if (strstr(k, "track"))
			*surface = SURFACE_TRACK;
		else if (strstr(k, "street") || strstr(k, "road"))
			*surface = SURFACE_ROAD;
		return 1;
	}
	if (strstr(k, "ride") || strstr(k, "bik") || strstr(k, "cycl"))
		*sport = SPORT_RIDE;
	else if (strstr(k, "swim"))
		*sport = SPORT_SWIM;
	else if (strstr(k, "walk"))
		*sport = SPORT_WALK;
	else if (strstr(k, "hik"))
		*sport = SPORT_HIKE;
	else
		*sport = SPORT_OTHER;
	if (*sport == SPORT_OTHER)
		for (size_t i = 0; i < N(vague); i++)
			if (!strcmp(k, vague[i]))
				return 0;
	return 1;
}

/* ------------------------------------------------------------------ */
/* Names.                                                             */

/* How a rule's text must sit in a word of the name. */
enum { R_WORD, R_END, R_START };
/* A rule's sport when it blocks a shorter rule and says nothing. */
#define R_NONE (-1)

struct name_rule {
	const char *s;  /* lower case, UTF-8 */
	int8_t sport;   /* enum sport, or R_NONE */
	uint8_t how;    /* R_WORD, R_END, R_START */
	uint8_t weak;   /* 1: counts only when no strong rule matched */
};

/* The words of Strava's default titles in the languages it writes them
 * in, and their common equivalents. A German or Dutch title is one word
 * ("Nachmittagsradfahrt", "Ochtendloop"), hence the R_END rules; the
 * longest matching rule of a word wins, so "Langlauf" (cross-country
 * skiing) is not a "Lauf" and "Verlauf" says nothing. */
static const struct name_rule name_rules[] = {
	/* ride */
	{ "ride", SPORT_RIDE, R_WORD, 0 }, { "rides", SPORT_RIDE, R_WORD, 0 },
	{ "riding", SPORT_RIDE, R_WORD, 0 }, { "bike", SPORT_RIDE, R_END, 0 },
	{ "bikes", SPORT_RIDE, R_WORD, 0 }, { "biking", SPORT_RIDE, R_END, 0 },
	{ "bicycle", SPORT_RIDE, R_WORD, 0 },
	{ "cycling", SPORT_RIDE, R_END, 0 }, { "cycle", SPORT_RIDE, R_WORD, 0 },
	{ "cyclist", SPORT_RIDE, R_WORD, 0 }, { "mtb", SPORT_RIDE, R_WORD, 0 },
	{ "velo", SPORT_RIDE, R_WORD, 0 },
	{ "v\xc3\xa9lo", SPORT_RIDE, R_WORD, 0 },        /* vélo */
	{ "bici", SPORT_RIDE, R_WORD, 0 },
	{ "bicicleta", SPORT_RIDE, R_WORD, 0 },
	{ "bicicletta", SPORT_RIDE, R_WORD, 0 },
	{ "ciclismo", SPORT_RIDE, R_WORD, 0 },
	{ "ciclista", SPORT_RIDE, R_WORD, 0 },
	{ "pedalada", SPORT_RIDE, R_WORD, 0 },
	{ "pedalata", SPORT_RIDE, R_WORD, 0 },
	{ "radfahrt", SPORT_RIDE, R_END, 0 },
	{ "radfahren", SPORT_RIDE, R_END, 0 },
	{ "radtour", SPORT_RIDE, R_END, 0 },
	{ "radrunde", SPORT_RIDE, R_END, 0 },
	{ "rennrad", SPORT_RIDE, R_WORD, 0 },
	{ "fahrt", SPORT_RIDE, R_END, 1 },   /* Ausfahrt, Mittagsfahrt */
	{ "rit", SPORT_RIDE, R_WORD, 0 },
	{ "fietsrit", SPORT_RIDE, R_END, 0 },
	{ "fietstocht", SPORT_RIDE, R_END, 0 },
	{ "fiets", SPORT_RIDE, R_WORD, 0 },
	{ "fietsen", SPORT_RIDE, R_WORD, 0 },
	{ "wielrennen", SPORT_RIDE, R_WORD, 0 },
	{ "ochtendrit", SPORT_RIDE, R_END, 0 },
	{ "middagrit", SPORT_RIDE, R_END, 0 },  /* also namiddagrit */
	{ "avondrit", SPORT_RIDE, R_END, 0 },
	{ "nachtrit", SPORT_RIDE, R_END, 0 },
	{ "lunchrit", SPORT_RIDE, R_END, 0 },
	{ "rower", SPORT_RIDE, R_WORD, 0 },
	{ "rowerze", SPORT_RIDE, R_WORD, 0 },
	{ "jazda", SPORT_RIDE, R_WORD, 1 },
	{ "cykel", SPORT_RIDE, R_START, 0 },   /* cykeltur, cykling */
	{ "cykling", SPORT_RIDE, R_WORD, 0 },
	{ "sykkel", SPORT_RIDE, R_START, 0 },
	{ "sykling", SPORT_RIDE, R_WORD, 0 },
	{ "giro", SPORT_RIDE, R_WORD, 1 },     /* Giro mattutino */
	{ "salida", SPORT_RIDE, R_WORD, 1 },   /* Salida en bici */
	/* run */
	{ "run", SPORT_RUN, R_WORD, 0 }, { "runs", SPORT_RUN, R_WORD, 0 },
	{ "running", SPORT_RUN, R_WORD, 0 },
	{ "parkrun", SPORT_RUN, R_END, 0 }, { "longrun", SPORT_RUN, R_WORD, 0 },
	{ "trailrun", SPORT_RUN, R_WORD, 0 },
	{ "jog", SPORT_RUN, R_WORD, 0 }, { "jogging", SPORT_RUN, R_WORD, 0 },
	{ "joggen", SPORT_RUN, R_WORD, 0 },
	{ "lauf", SPORT_RUN, R_END, 0 },     /* Morgenlauf, Dauerlauf */
	{ "laufen", SPORT_RUN, R_WORD, 0 },
	{ "langlauf", SPORT_OTHER, R_END, 0 },   /* cross-country skiing */
	{ "skilauf", SPORT_OTHER, R_END, 0 },
	{ "eislauf", SPORT_OTHER, R_END, 0 },    /* ice skating */
	{ "verlauf", R_NONE, R_END, 0 }, { "ablauf", R_NONE, R_END, 0 },
	{ "umlauf", R_NONE, R_END, 0 }, { "anlauf", R_NONE, R_END, 0 },
	{ "einlauf", R_NONE, R_END, 0 }, { "vorlauf", R_NONE, R_END, 0 },
	{ "zulauf", R_NONE, R_END, 0 }, { "durchlauf", R_NONE, R_END, 0 },
	{ "kreislauf", R_NONE, R_END, 0 }, { "auflauf", R_NONE, R_END, 0 },
	{ "course", SPORT_RUN, R_WORD, 1 },  /* Course à pied */
	{ "carrera", SPORT_RUN, R_WORD, 1 },
	{ "corsa", SPORT_RUN, R_WORD, 1 },
	{ "corrida", SPORT_RUN, R_WORD, 0 },
	{ "hardloop", SPORT_RUN, R_START, 0 },   /* hardlopen too: */
	{ "hardlopen", SPORT_RUN, R_WORD, 0 },
	{ "loop", SPORT_RUN, R_WORD, 1 },
	{ "ochtendloop", SPORT_RUN, R_END, 0 },
	{ "middagloop", SPORT_RUN, R_END, 0 },
	{ "avondloop", SPORT_RUN, R_END, 0 },
	{ "nachtloop", SPORT_RUN, R_END, 0 },
	{ "lunchloop", SPORT_RUN, R_END, 0 },
	{ "duurloop", SPORT_RUN, R_END, 0 },
	{ "bieg", SPORT_RUN, R_WORD, 0 },
	{ "l\xc3\xb6pning", SPORT_RUN, R_WORD, 0 },     /* löpning */
	{ "l\xc3\xb8""b", SPORT_RUN, R_WORD, 0 },       /* løb */
	{ "l\xc3\xb8""betur", SPORT_RUN, R_WORD, 0 },   /* løbetur */
	{ "l\xc3\xb8petur", SPORT_RUN, R_WORD, 0 },     /* løpetur */
	{ "marathon", SPORT_RUN, R_END, 1 },
	/* swim */
	{ "swim", SPORT_SWIM, R_WORD, 0 }, { "swims", SPORT_SWIM, R_WORD, 0 },
	{ "swimming", SPORT_SWIM, R_WORD, 0 },
	{ "schwimmen", SPORT_SWIM, R_END, 0 },
	{ "natation", SPORT_SWIM, R_WORD, 0 },
	{ "nataci\xc3\xb3n", SPORT_SWIM, R_WORD, 0 },   /* natación */
	{ "natacion", SPORT_SWIM, R_WORD, 0 },
	{ "nata\xc3\xa7\xc3\xa3o", SPORT_SWIM, R_WORD, 0 }, /* natação */
	{ "natacao", SPORT_SWIM, R_WORD, 0 },
	{ "nuoto", SPORT_SWIM, R_WORD, 0 },
	{ "nuotata", SPORT_SWIM, R_WORD, 0 },
	{ "zwem", SPORT_SWIM, R_START, 0 },    /* zwemmen, zwemsessie */
	{ "zwemmen", SPORT_SWIM, R_END, 0 },
	{ "p\xc5\x82ywanie", SPORT_SWIM, R_WORD, 0 },   /* pływanie */
	{ "simning", SPORT_SWIM, R_WORD, 0 },
	{ "sv\xc3\xb8mning", SPORT_SWIM, R_WORD, 0 },   /* svømning */
	{ "sv\xc3\xb8mming", SPORT_SWIM, R_WORD, 0 },   /* svømming */
	/* walk */
	{ "walk", SPORT_WALK, R_WORD, 0 }, { "walks", SPORT_WALK, R_WORD, 0 },
	{ "walking", SPORT_WALK, R_WORD, 0 },
	{ "spaziergang", SPORT_WALK, R_END, 0 },
	{ "spazieren", SPORT_WALK, R_WORD, 0 },
	{ "marche", SPORT_WALK, R_WORD, 0 },
	{ "caminata", SPORT_WALK, R_WORD, 0 },
	{ "caminhada", SPORT_WALK, R_WORD, 0 },
	{ "camminata", SPORT_WALK, R_WORD, 0 },
	{ "passeggiata", SPORT_WALK, R_WORD, 0 },
	{ "paseo", SPORT_WALK, R_WORD, 1 },
	{ "wandeling", SPORT_WALK, R_END, 0 },
	{ "spacer", SPORT_WALK, R_WORD, 0 },
	/* hike */
	{ "hike", SPORT_HIKE, R_WORD, 0 }, { "hikes", SPORT_HIKE, R_WORD, 0 },
	{ "hiking", SPORT_HIKE, R_WORD, 0 },
	{ "wanderung", SPORT_HIKE, R_END, 0 },
	{ "wandern", SPORT_HIKE, R_WORD, 0 },
	{ "randonn\xc3\xa9""e", SPORT_HIKE, R_WORD, 0 }, /* randonnée */
	{ "randonnee", SPORT_HIKE, R_WORD, 0 },
	{ "senderismo", SPORT_HIKE, R_WORD, 0 },
	{ "escursione", SPORT_HIKE, R_WORD, 0 },
	{ "trilha", SPORT_HIKE, R_WORD, 0 },
	{ "trekking", SPORT_HIKE, R_WORD, 0 },
	{ "w\xc4\x99""dr\xc3\xb3wka", SPORT_HIKE, R_WORD, 0 }, /* wędrówka */
	{ "vandring", SPORT_HIKE, R_WORD, 0 },
	/* other sports, named so that they are not taken for runs */
	{ "ski", SPORT_OTHER, R_END, 0 }, { "skiing", SPORT_OTHER, R_END, 0 },
	{ "rollerski", SPORT_OTHER, R_WORD, 0 },
	{ "skate", SPORT_OTHER, R_END, 0 },
	{ "skating", SPORT_OTHER, R_END, 0 },
	{ "snowboard", SPORT_OTHER, R_START, 0 },
	{ "snowshoe", SPORT_OTHER, R_START, 0 },
	{ "row", SPORT_OTHER, R_WORD, 1 },
	{ "rowing", SPORT_OTHER, R_WORD, 0 },
	{ "rudern", SPORT_OTHER, R_WORD, 0 },
	{ "kayak", SPORT_OTHER, R_START, 0 },
	{ "canoe", SPORT_OTHER, R_START, 0 },
	{ "paddle", SPORT_OTHER, R_END, 0 },
	{ "paddling", SPORT_OTHER, R_END, 0 },
	{ "sup", SPORT_OTHER, R_WORD, 0 },
	{ "yoga", SPORT_OTHER, R_WORD, 0 },
	{ "pilates", SPORT_OTHER, R_WORD, 0 },
	{ "workout", SPORT_OTHER, R_WORD, 0 },
	{ "crossfit", SPORT_OTHER, R_WORD, 0 },
	{ "elliptical", SPORT_OTHER, R_WORD, 0 },
	{ "krafttraining", SPORT_OTHER, R_END, 0 },
	{ "golf", SPORT_OTHER, R_WORD, 0 },
	{ "surf", SPORT_OTHER, R_END, 0 },
	{ "surfing", SPORT_OTHER, R_END, 0 },
	{ "sail", SPORT_OTHER, R_WORD, 0 },
	{ "sailing", SPORT_OTHER, R_WORD, 0 },
	{ "segeln", SPORT_OTHER, R_WORD, 0 },
	{ "swimrun", SPORT_OTHER, R_WORD, 0 },
	{ "triathlon", SPORT_OTHER, R_END, 0 },
	{ "duathlon", SPORT_OTHER, R_END, 0 },
	{ "aquathlon", SPORT_OTHER, R_END, 0 },
	{ "wheelchair", SPORT_OTHER, R_WORD, 0 },
	{ "handcycle", SPORT_OTHER, R_WORD, 0 },
};

/* Lower-cases one byte of ASCII, or the second byte of a UTF-8 Latin-1
 * capital (U+00C0..U+00DE but U+00D7) when prev is 0xC3. */
static char
fold(char prev, char c)
{
	unsigned char u = (unsigned char)c;

	if (c >= 'A' && c <= 'Z')
		return (char)(c - 'A' + 'a');
	if ((unsigned char)prev == 0xC3 && u >= 0x80 && u <= 0x9E && u != 0x97)
		return (char)(u + 0x20);
	return c;
}

/* The rule a word (lower case) matches best: a whole-word rule, else the
 * longest word-end or word-start rule; NULL when none. */
static const struct name_rule *
word_rule(const char *w, size_t wl)
{
	const struct name_rule *best = NULL;
	size_t best_len = 0;

	for (size_t i = 0; i < N(name_rules); i++) {
		const struct name_rule *r = &name_rules[i];
		size_t rl = strlen(r->s);

		if (rl > wl)
			continue;
		if (r->how == R_WORD) {
			if (rl == wl && !memcmp(w, r->s, rl))
				return r;
		} else if (rl > best_len &&
			   !memcmp(r->how == R_END ? w + wl - rl : w, r->s,
				   rl)) {
			best = r;
			best_len = rl;
		}
	}
	return best;
}

int
sport_from_name(enum sport *out, const char *name)
{
	int strong = -1, weak = -1, strong_clash = 0, weak_clash = 0;
	const char *s = name;

	if (!name)
		return 0;
	while (*s) {
		char w[64];
		size_t wl = 0, skip = 0;
		const struct name_rule *r;

		/* A word: letters, any UTF-8 byte counting as a letter. */
		while (*s && !((*s >= 'a' && *s <= 'z') ||
			       (*s >= 'A' && *s <= 'Z') ||
			       (unsigned char)*s >= 0x80))
			s++;
		while ((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
		       (unsigned char)*s >= 0x80) {
			if (wl + 1 < sizeof(w))
				w[wl] = fold(wl ? w[wl - 1] : 0, *s), wl++;
			else
				skip = 1;
			s++;
		}
		if (!wl || skip)
			continue;
		w[wl] = '\0';
		if (!(r = word_rule(w, wl)) || r->sport == R_NONE)
			continue;
		if (r->weak) {
			if (weak >= 0 && weak != r->sport)
				weak_clash = 1;
			weak = r->sport;
		} else {
			if (strong >= 0 && strong != r->sport)
				strong_clash = 1;
			strong = r->sport;
		}
	}
	if (strong >= 0) {
		if (strong_clash)
			return 0;
		*out = (enum sport)strong;
		return 1;
	}
	if (weak >= 0 && !weak_clash) {
		*out = (enum sport)weak;
		return 1;
	}
	return 0;
}

/* ------------------------------------------------------------------ */
/* Speed.                                                             */

/* Men's world records (World Athletics; road for the half and the
 * marathon, Sorokin's 6:05:41 for 100 km), distance in metres and time
 * in seconds. */
static const struct {
	double m, s;
} records[] = {
	{ 400, 43.03 },         /* van Niekerk 2016 */
	{ 800, 100.91 },        /* Rudisha 2012 */
	{ 1000, 131.96 },       /* Ngeny 1999 */
	{ 1500, 206.00 },       /* El Guerrouj 1998 */
	{ 3000, 440.67 },       /* Komen 1996 */
	{ 5000, 755.36 },       /* Cheptegei 2020: 12:35.36 */
	{ 10000, 1571.00 },     /* Cheptegei 2020: 26:11.00 */
	{ 21097.5, 3450.00 },   /* 57:30, as the issue states it */
	{ 42195, 7235.00 },     /* Kiptum 2023: 2:00:35 */
	{ 100000, 21941.00 },   /* Sorokin 2022: 6:05:41 */
};

double
sport_run_pace_limit_s_km(double distance_m)
{
	size_t i;
	double f, p0, p1;

	if (!(distance_m > records[0].m))
		return records[0].s / records[0].m * 1000 * SPORT_PACE_MARGIN;
	for (i = 1; i < N(records) && records[i].m < distance_m; i++)
		;
	if (i == N(records))
		return records[i - 1].s / records[i - 1].m * 1000 *
		       SPORT_PACE_MARGIN;
	p0 = records[i - 1].s / records[i - 1].m * 1000;
	p1 = records[i].s / records[i].m * 1000;
	f = log(distance_m / records[i - 1].m) /
	    log(records[i].m / records[i - 1].m);
	return (p0 + f * (p1 - p0)) * SPORT_PACE_MARGIN;
}

/* "2:39/km" for a pace in s/km. */
static void
pace_text(char *buf, size_t n, double s_km)
{
	long s = lround(s_km);

	snprintf(buf, n, "%ld:%02ld/km", s / 60, s % 60);
}

/* "12.5 km", "850 m" for a distance. */
static void
dist_text(char *buf, size_t n, double m)
{
	if (m >= 1000)
		snprintf(buf, n, "%.1f km", m / 1000);
	else
		snprintf(buf, n, "%.0f m", m);
}

/* Applies the speed check to a verdict of SPORT_RUN. */
static void
speed_check(struct sport_verdict *v, const struct activity *a)
{
	double t = a->moving_s > 0 ? a->moving_s : a->elapsed_s;
	double d = a->distance_m;
	char p[32], ds[32], lim[32];

	if (d > 0 && t > 0) {
		double pace = t / (d / 1000), limit = sport_run_pace_limit_s_km(d);

		if (pace < limit) {
			pace_text(p, sizeof(p), pace);
			dist_text(ds, sizeof(ds), d);
			pace_text(lim, sizeof(lim), limit);
			v->sport = SPORT_OTHER;
			v->surface = SURFACE_UNKNOWN;
			v->src = SPORT_SRC_SPEED;
			v->inferred = 1;
			snprintf(v->reason, sizeof(v->reason), "%s pace %s "
				 "over %s is faster than a runner can hold "
				 "over that distance (limit %s)",
				 a->moving_s > 0 ? "moving" : "elapsed", p, ds,
				 lim);
			return;
		}
	}
	if (a->sustained_mps > SPORT_SUSTAIN_MAX_MPS) {
		v->sport = SPORT_OTHER;
		v->surface = SURFACE_UNKNOWN;
		v->src = SPORT_SRC_SPEED;
		v->inferred = 1;
		snprintf(v->reason, sizeof(v->reason), "it held %.1f km/h for "
			 "%d s or more, faster than a runner can (limit %.0f "
			 "km/h)", a->sustained_mps * 3.6, SPORT_SUSTAIN_S,
			 SPORT_SUSTAIN_MAX_MPS * 3.6);
		return;
	}
	if (v->src == SPORT_SRC_NONE && !(d > 0 && t > 0)) {
		/* No clue, and nothing to tell a run by: not a run. */
		v->sport = SPORT_OTHER;
		v->inferred = 1;
		snprintf(v->reason, sizeof(v->reason), "no sport stated, and "
			 "no distance and time to check a run's pace against");
	}
}

/* ------------------------------------------------------------------ */
/* The decision.                                                      */

void
sport_decide(struct sport_verdict *v, const struct activity *a,
	     const char *export_type)
{
	enum sport es;
	enum surface esu;
	int ex = export_type && export_type[0]
		 ? sport_type_map(export_type, &es, &esu) : -1;
	enum sport ns;

	memset(v, 0, sizeof(*v));
	v->sport = a->sport;
	v->surface = a->surface;
	v->src = a->sport_src;
	if (a->sport_src == SPORT_SRC_USER) {
		snprintf(v->reason, sizeof(v->reason), "set by the user");
		return;
	}
	if (a->sport_src == SPORT_SRC_FILE) {
		snprintf(v->reason, sizeof(v->reason), "the file says %s",
			 sport_name(a->sport));
		if (ex >= 0 && es == a->sport && !a->surface)
			v->surface = esu; /* "Trail Run" for a run */
		if (ex >= 0 && es != a->sport) {
			v->inferred = 1;
			snprintf(v->reason, sizeof(v->reason), "the file says "
				 "%s, activities.csv says '%s': the file's "
				 "sport is kept", sport_name(a->sport),
				 export_type);
		}
	} else if (ex >= 0) {
		v->sport = es;
		v->surface = esu;
		v->src = SPORT_SRC_EXPORT;
		snprintf(v->reason, sizeof(v->reason), "activities.csv says "
			 "'%s'", export_type);
	} else if (sport_from_name(&ns, a->name)) {
		v->sport = ns;
		v->surface = SURFACE_UNKNOWN;
		v->src = SPORT_SRC_NAME;
		v->inferred = 1;
		snprintf(v->reason, sizeof(v->reason), "named '%s'", a->name);
	} else if (a->bike_device) {
		v->sport = SPORT_RIDE;
		v->surface = SURFACE_UNKNOWN;
		v->src = SPORT_SRC_DEVICE;
		v->inferred = 1;
		if (a->device[0])
			snprintf(v->reason, sizeof(v->reason), "recorded by "
				 "%s %s (a bike computer)",
				 strchr("AEIOUaeiou", a->device[0]) ? "an" : "a",
				 a->device);
		else
			snprintf(v->reason, sizeof(v->reason), "recorded by a "
				 "bike computer");
	} else if (a->has_gear_changes) {
		v->sport = SPORT_RIDE;
		v->surface = SURFACE_UNKNOWN;
		v->src = SPORT_SRC_DATA;
		v->inferred = 1;
		snprintf(v->reason, sizeof(v->reason), "gear changes");
	} else if (a->has_power) {
		v->sport = SPORT_RIDE;
		v->surface = SURFACE_UNKNOWN;
		v->src = SPORT_SRC_DATA;
		v->inferred = 1;
		snprintf(v->reason, sizeof(v->reason), "power data, and no "
			 "sport stated");
	} else if (a->sport_vague) {
		v->sport = SPORT_OTHER;
		v->surface = SURFACE_UNKNOWN;
		v->src = SPORT_SRC_FILE;
		snprintf(v->reason, sizeof(v->reason), "the file names no "
			 "specific sport");
	} else {
		v->sport = SPORT_RUN;
		v->src = SPORT_SRC_NONE;
		snprintf(v->reason, sizeof(v->reason), "no sport stated: a "
			 "run, at a runner's pace");
	}
	if (v->sport == SPORT_RUN)
		speed_check(v, a);
}

static int
on_foot(enum sport s)
{
	return s == SPORT_RUN || s == SPORT_WALK || s == SPORT_HIKE;
}

void
sport_apply(struct activity *a, const struct sport_verdict *v)
{
	if (a->cadence_doubled && !on_foot(v->sport)) {
		a->avg_cadence /= 2;
		a->cadence_doubled = 0;
	} else if (!a->cadence_doubled && on_foot(v->sport) &&
		   !on_foot(a->sport) && a->avg_cadence <= 120) {
		a->avg_cadence *= 2;
		a->cadence_doubled = 1;
	}
	a->sport = v->sport;
	a->surface = v->surface;
	a->sport_src = v->src;
}

int
sport_settle(struct activity *a, const char *export_type, char *msg,
	     size_t n, size_t index, size_t count)
{
	struct sport_verdict v;
	char which[32] = "";
	size_t len;

	sport_decide(&v, a, export_type);
	sport_apply(a, &v);
	if (!v.inferred || !msg || !n)
		return v.inferred;
	len = strnlen(msg, n - 1);
	msg[len] = '\0';
	if (count > 1)
		snprintf(which, sizeof(which), "activity %zu: ", index);
	snprintf(msg + len, n - len, "%s%s%s%s: %s", len ? "; " : "", which,
		 sport_name(v.sport), v.sport == SPORT_RUN ? "" : ", not a run",
		 v.reason);
	return 1;
}
