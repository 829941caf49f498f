/* xmlact.c - the expat plumbing shared by the GPX and TCX readers: feeding,
 * root detection, text collection, number and time parsing, and the running
 * sums every point is folded into.
 *
 * Invariants: nothing is allocated per point or per element (the only
 * allocations are the parser, expat's bounded buffer and the output
 * vector); text is kept only inside wanted elements, in a fixed buffer;
 * after a failure the output vector is back to its length at xmlact_new().
 */
#define XMLACT_INTERNAL
#include "import/xmlact.h"

#include "core/device.h"
#include "core/sport.h"
#include "util/date.h"
#include "util/xalloc.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Bytes handed to expat per XML_ParseBuffer call: keeps expat's buffer
 * (and our copy into it) small and cache-resident. */
#define XA_CHUNK ((size_t)128 * 1024)
#define XA_BUFFER_MAX ((size_t)1024 * 1024 * 1024)

static void XMLCALL on_root(void *ud, const XML_Char *name,
			    const XML_Char **atts);
static void XMLCALL on_end_nop(void *ud, const XML_Char *name);

const char *
xa_local(const char *name)
{
	const char *colon = strrchr(name, ':');

	return colon ? colon + 1 : name;
}

/* Character data arrives in pieces; keep the first XA_TEXT_MAX - 1 bytes,
 * leading whitespace dropped. */
static void XMLCALL
on_text(void *ud, const XML_Char *s, int len)
{
	struct xmlact *p = ud;
	size_t n = (size_t)len, room;

	if (p->tlen == 0)
		while (n && (*s == ' ' || *s == '\n' || *s == '\r' ||
			     *s == '\t')) {
			s++;
			n--;
		}
	room = sizeof(p->text) - 1 - p->tlen;
	if (n > room)
		n = room;
	memcpy(p->text + p->tlen, s, n);
	p->tlen += n;
}

void
xa_collect(struct xmlact *p, enum xa_col col)
{
	p->col = col;
	p->col_depth = p->depth;
	p->tlen = 0;
	XML_SetCharacterDataHandler(p->xp, on_text);
}

char *
xa_text_end(struct xmlact *p)
{
	size_t n = p->tlen;

	while (n && (p->text[n - 1] == ' ' || p->text[n - 1] == '\n' ||
		     p->text[n - 1] == '\r' || p->text[n - 1] == '\t'))
		n--;
	p->text[n] = '\0';
	p->col = XA_C_NONE;
	XML_SetCharacterDataHandler(p->xp, NULL);
	return p->text;
}

static const double pow10_tab[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

static int
is_blank(int c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* The general case of xa_num(): any number of digits, an exponent,
 * blanks around. */
static int
num_slow(double *out, const char *s)
{
	uint64_t m = 0;
	int e10 = 0, nd = 0, any = 0, neg = 0;
	double v;

	while (is_blank(*s))
		s++;
	if (*s == '-' || *s == '+')
		neg = *s++ == '-';
	for (; *s >= '0' && *s <= '9'; s++) {
		any = 1;
		if (nd < 19) {
			m = m * 10 + (uint64_t)(*s - '0');
			nd += m != 0;
		} else if (e10 < 100000) {
			e10++;
		}
	}
	if (*s == '.') {
		for (s++; *s >= '0' && *s <= '9'; s++) {
			any = 1;
			if (nd < 19 && e10 > -100000) {
				m = m * 10 + (uint64_t)(*s - '0');
				nd += m != 0;
				e10--;
			}
		}
	}
	if (!any)
		return -1;
	if (*s == 'e' || *s == 'E') {
		int eneg = 0, ev = 0, edig = 0;

		s++;
		if (*s == '-' || *s == '+')
			eneg = *s++ == '-';
		for (; *s >= '0' && *s <= '9'; s++, edig = 1)
			if (ev < 10000)
				ev = ev * 10 + (*s - '0');
		if (!edig)
			return -1;
		e10 += eneg ? -ev : ev;
	}
	while (is_blank(*s))
		s++;
	if (*s)
		return -1;
	v = (double)m;
	if (m == 0)
		v = 0;
	else if (e10 >= 0 && e10 <= 22)
		v *= pow10_tab[e10];
	else if (e10 < 0 && e10 >= -22)
		v /= pow10_tab[-e10];
	else
		v *= pow(10.0, e10);
	if (!isfinite(v))
		return -1;
	*out = neg ? -v : v;
	return 0;
}

/* Appends the digits at p to *m, two at a time (a digit is never the
 * string's NUL, so the byte after it can be read); returns the first
 * non-digit. */
static inline const char *
digits_in(uint64_t *m, const char *p)
{
	uint64_t v = *m;

	for (;;) {
		unsigned a = (unsigned)(p[0] - '0'), b;

		if (a >= 10)
			break;
		b = (unsigned)(p[1] - '0');
		if (b >= 10) {
			v = v * 10 + a;
			p++;
			break;
		}
		v = v * 100 + a * 10 + b;
		p += 2;
	}
	*m = v;
	return p;
}

/* Coordinates, elevations and heart rates are nearly always
 * [-]digits[.digits] with at most 19 digits: one tight loop, the same
 * arithmetic as num_slow() (the digits as an integer, divided by an exact
 * power of ten), so the same double. Anything else goes the slow way. */
int
xa_num(double *out, const char *s)
{
	const char *p = s, *d0, *f0;
	uint64_t m = 0;
	long nd, frac = 0;
	int neg = 0;
	double v;

	if (*p == '-')
		neg = 1, p++;
	d0 = p;
	p = digits_in(&m, p);
	nd = p - d0;
	if (*p == '.') {
		f0 = ++p;
		p = digits_in(&m, p);
		frac = p - f0;
		nd += frac;
	}
	if (*p || nd == 0 || nd > 19 || frac > 22)
		return num_slow(out, s);
	v = (double)m;
	if (frac)
		v /= pow10_tab[frac];
	*out = neg ? -v : v;
	return 0;
}

/* Two digits at s, or -1. */
static inline int
dig2(const char *s)
{
	unsigned a = (unsigned)(s[0] - '0'), b = (unsigned)(s[1] - '0');

	return a < 10 && b < 10 ? (int)(a * 10 + b) : -1;
}

/* The common form of a point's time, "YYYY-MM-DDTHH:MM:SS[.fff]Z", as
 * iso8601_parse() reads it, without parsing the date again when it is the
 * last one's (a track's points share it): 0 and *utc, or -1 to take the
 * general path. */
static int
time_fast(int64_t *utc, struct xmlact *p, const char *s)
{
	const char *z = s + 19;
	int hh, mi, ss;

	/* The length first: s may be an attribute value, with nothing
	 * readable past its NUL. The date's digits are checked by
	 * date_parse(), or were when the cached key was set. */
	if (strnlen(s, 20) < 20 || s[4] != '-' || s[7] != '-' ||
	    s[10] != 'T' || s[13] != ':' || s[16] != ':')
		return -1;
	if (*z == '.' || *z == ',') {
		if ((unsigned)(z[1] - '0') >= 10)
			return -1;
		for (z++; (unsigned)(*z - '0') < 10; z++)
			;
	}
	if ((*z != 'Z' && *z != 'z') || z[1])
		return -1;
	if ((hh = dig2(s + 11)) < 0 || (mi = dig2(s + 14)) < 0 ||
	    (ss = dig2(s + 17)) < 0 || hh > 23 || mi > 59 || ss > 60)
		return -1;
	if (!p->tday_ok || memcmp(s, p->tday_key, 10)) {
		char date[11];
		int32_t day;

		memcpy(date, s, 10);
		date[10] = '\0';
		if (date_parse(&day, date))
			return -1;
		memcpy(p->tday_key, s, 10);
		p->tday = day;
		p->tday_ok = 1;
	}
	*utc = (int64_t)p->tday * 86400 + hh * 3600 + mi * 60 +
	       (ss > 59 ? 59 : ss);
	return 0;
}

/* The fraction of a second after "YYYY-MM-DDTHH:MM:SS" (s is trimmed):
 * its first 15 digits as an integer over a power of ten, one division. */
static double
time_frac(const char *s)
{
	const char *z = s + 20;
	uint64_t n = 0;
	int k = 0;

	if (s[19] != '.' && s[19] != ',')
		return 0;
	for (; *z >= '0' && *z <= '9' && k < 15; z++, k++)
		n = n * 10 + (uint64_t)(*z - '0');
	return k ? (double)n / pow10_tab[k] : 0;
}

int
xa_time(double *t, int *off, int *has_off, struct xmlact *p, const char *s)
{
	int64_t utc;
	int o, has;
	double frac;

	while (is_blank(*s))
		s++;
	if (time_fast(&utc, p, s) == 0) {
		/* Z: UTC, no zone; see below. */
		frac = time_frac(s);
		if ((double)utc < XA_T_MIN || (double)utc >= XA_T_MAX)
			goto bad;
		*t = (double)utc + frac;
		*has_off = 0;
		*off = 0;
		return 0;
	}
	if (iso8601_parse(&utc, &o, &has, s))
		goto bad;
	/* iso8601_parse drops the fraction; s is trimmed, so a fraction
	 * starts right after "YYYY-MM-DDTHH:MM:SS". */
	frac = time_frac(s);
	if ((double)utc < XA_T_MIN || (double)utc >= XA_T_MAX)
		goto bad;
	*t = (double)utc + frac;
	/* Z names UTC but not the runner's zone: only an explicit offset
	 * (+00:00 included) says where the run was. An offset that is no
	 * zone's (not on a quarter hour, or beyond +-14:00) is not
	 * believed. */
	*has_off = 0;
	*off = 0;
	if (has && !strpbrk(s, "Zz")) {
		int32_t zone;

		if (utc_offset_zone(&zone, o) == 0 && zone == o) {
			*has_off = 1;
			*off = zone;
		} else {
			xa_warn(p, XA_W_BADZONE);
		}
	}
	return 0;
bad:
	xa_warn(p, XA_W_BADTIME);
	return -1;
}

/* The line of the file expat is at: its count, plus the blank lines
 * dropped before the document (expat never saw them). */
static unsigned long
xa_line(const struct xmlact *p)
{
	return (unsigned long)XML_GetCurrentLineNumber(p->xp) + p->lead_lines;
}

void
xa_warn(struct xmlact *p, enum xa_warn w)
{
	if (p->warn_n[w]++ == 0)
		p->warn_line[w] = xa_line(p);
}

void
xa_fail(struct xmlact *p, const char *fmt, ...)
{
	va_list ap;

	if (p->rc)
		return;
	p->rc = TALUS_EPARSE;
	va_start(ap, fmt);
	vsnprintf(p->msg, sizeof(p->msg), fmt, ap);
	va_end(ap);
	XML_StopParser(p->xp, XML_FALSE);
}

void
xa_point_init(struct xa_point *pt)
{
	pt->lat = pt->lon = pt->t = NAN;
	pt->ele = pt->hr = pt->cad = pt->dist = pt->power = NAN;
	pt->t_off = 0;
	pt->t_has_off = 0;
	pt->bad_pos = 0;
}

void
xa_stats_init(struct xa_stats *st)
{
	memset(st, 0, sizeof(*st));
	st->t_min = st->t_max = st->t_first = NAN;
	st->dev_dist_m = NAN;
	st->mov_hi = NAN;
	st->sust2 = -1;
	xa_stats_segment(st);
}

void
xa_stats_segment(struct xa_stats *st)
{
	st->seg_pos = 0;
	st->seg_t = NAN;
	st->seg_d = 0;
	st->seg_ele_ref = NAN;
}

/* Metres per degree of latitude on the sphere of haversine_m(). */
#define XA_M_PER_DEG 111194.9266
#define XA_RAD (3.14159265358979323846 / 180.0)

/* haversine_m() from a point whose latitude's cos and sin are known
 * (c1, s1) to (lat2, lon2), setting *c2 and *s2. A leg between two track
 * points is short: below 0.01 rad (64 km) sin, cos and asin of the small
 * angles are their Taylor series, and the new latitude's cos and sin
 * follow from the old by the addition formulas: no libm call, where
 * haversine_m() takes two cos, two sin and an asin. The error is far
 * below a millimetre a leg (terms of the 7th order of 0.005 rad), and a
 * segment starts from libm's values. Longer legs go to libm. */
static double
leg_m(double lat1, double lon1, double c1, double s1, double lat2,
      double lon2, double *c2, double *s2)
{
	const double r = 6371008.8;
	double x = (lat2 - lat1) * (XA_RAD / 2), y = (lon2 - lon1) * (XA_RAD / 2);
	double sx, cx, sy, a, h, x2, y2, h2, sd, cd;

	if (!(fabs(x) < 0.005 && fabs(y) < 0.005)) {
		*c2 = cos(lat2 * XA_RAD);
		*s2 = sin(lat2 * XA_RAD);
		return haversine_m(lat1, lon1, lat2, lon2);
	}
	x2 = x * x;
	y2 = y * y;
	sx = x * (1 - x2 * (1.0 / 6) * (1 - x2 * (1.0 / 20)));
	cx = 1 - x2 * 0.5 * (1 - x2 * (1.0 / 12) * (1 - x2 * (1.0 / 30)));
	sy = y * (1 - y2 * (1.0 / 6) * (1 - y2 * (1.0 / 20)));
	/* sin and cos of the whole step, 2x, from the half's */
	sd = 2 * sx * cx;
	cd = 1 - 2 * sx * sx;
	*c2 = c1 * cd - s1 * sd;
	*s2 = s1 * cd + c1 * sd;
	a = sx * sx + c1 * *c2 * sy * sy;
	h = sqrt(a);
	h2 = h * h;
	/* asin(h) = h + h^3/6 + 3h^5/40 + 15h^7/336 + ... */
	return 2 * r * h * (1 + h2 * (1.0 / 6 + h2 * (3.0 / 40 + h2 *
						  (15.0 / 336))));
}

static void
win_reset(struct xmlact *p)
{
	p->win.first = p->win.cand = p->win.next;
}

/* Adds a timed position to the sustained-speed window and raises
 * st->sust2 to the squared speed from the newest point at least
 * SPORT_SUSTAIN_S before it. The speed is the straight-line displacement
 * over the time: a GPS glitch that goes out and comes back adds nothing,
 * and a winding road only lowers it. */
static void
win_push(struct xmlact *p, struct xa_stats *st, double t, double lat,
	 double lon)
{
	uint32_t i, c;
	double lim, dx, dy, dt, v2;

	if (p->win.next != p->win.first) {
		double gap = t - p->win.t[(p->win.next - 1) % XA_WIN_N];

		if (gap < 0 || gap > XA_WIN_GAP_S)
			win_reset(p);
		else if (gap < XA_WIN_STEP_S)
			return;
	}
	if (p->win.next == p->win.first)
		p->win.kx = XA_M_PER_DEG * cos(lat * (3.14159265358979323846 /
						      180));
	if (p->win.next - p->win.first == XA_WIN_N) {
		p->win.first++;
		if (p->win.cand < p->win.first)
			p->win.cand = p->win.first;
	}
	i = p->win.next++ % XA_WIN_N;
	p->win.t[i] = t;
	p->win.lat[i] = lat;
	p->win.lon[i] = lon;
	lim = t - SPORT_SUSTAIN_S;
	while (p->win.cand + 1 < p->win.next &&
	       p->win.t[(p->win.cand + 1) % XA_WIN_N] <= lim)
		p->win.cand++;
	c = p->win.cand % XA_WIN_N;
	if (!(p->win.t[c] <= lim))
		return;
	dy = (lat - p->win.lat[c]) * XA_M_PER_DEG;
	dx = lon - p->win.lon[c];
	if (dx > 180)
		dx -= 360;
	else if (dx < -180)
		dx += 360;
	dx *= p->win.kx;
	dt = t - p->win.t[c];
	/* Divide only for a new best: the common case compares. */
	v2 = dx * dx + dy * dy;
	if (v2 > st->sust2 * (dt * dt))
		st->sust2 = v2 / (dt * dt);
}

void
xa_stats_add(struct xmlact *p, struct xa_stats *st, const struct xa_point *pt)
{
	int has_pos = !isnan(pt->lat);

	st->points++;
	if (!isnan(pt->t)) {
		if (isnan(st->t_first)) {
			st->t_first = pt->t;
			st->first_off = pt->t_off;
			st->first_has_off = pt->t_has_off;
		}
		if (isnan(st->t_min) || pt->t < st->t_min)
			st->t_min = pt->t;
		if (isnan(st->t_max) || pt->t > st->t_max)
			st->t_max = pt->t;
	}
	if (!isnan(pt->hr) && pt->hr >= 25 && pt->hr <= 250) {
		st->hr_sum += pt->hr;
		st->hr_n++;
	}
	if (!isnan(pt->cad) && pt->cad > 0 && pt->cad < 300) {
		st->cad_sum += pt->cad;
		st->cad_n++;
	}
	if (pt->power > 0 && pt->power < 10000)
		st->power_n++;
	if (!isnan(pt->dist) && pt->dist >= 0 && pt->dist < 1e8)
		st->dev_dist_m = pt->dist;
	if (!isnan(pt->ele) && pt->ele > -1000 && pt->ele < 10000) {
		/* Ascent with a dead band: the reference follows every
		 * descent at once, and a climb counts once it is more than
		 * XA_ELE_HYST_M above the reference. Sensor noise smaller
		 * than the band adds nothing. */
		st->ele_n++;
		if (isnan(st->seg_ele_ref) || pt->ele < st->seg_ele_ref) {
			st->seg_ele_ref = pt->ele;
		} else if (pt->ele - st->seg_ele_ref > XA_ELE_HYST_M) {
			st->gain_m += pt->ele - st->seg_ele_ref;
			st->seg_ele_ref = pt->ele;
		}
	}
	if (has_pos) {
		st->pos_n++;
		double c2, s2;

		if (st->seg_pos) {
			double d = leg_m(st->seg_lat, st->seg_lon, st->seg_cos,
					 st->seg_sin, pt->lat, pt->lon, &c2,
					 &s2);

			if (d > XA_JUMP_M) {
				/* A glitch: neither leg counts, and no
				 * moving interval spans it. */
				xa_warn(p, XA_W_JUMP);
				st->seg_t = NAN;
				st->seg_d = 0;
				win_reset(p);
			} else {
				st->dist_m += d;
				st->seg_d += d;
			}
		} else {
			c2 = cos(pt->lat * XA_RAD);
			s2 = sin(pt->lat * XA_RAD);
			win_reset(p);
		}
		st->seg_pos = 1;
		st->seg_lat = pt->lat;
		st->seg_lon = pt->lon;
		st->seg_cos = c2;
		st->seg_sin = s2;
		if (!isnan(pt->t)) {
			if (!isnan(st->seg_t)) {
				double dt = pt->t - st->seg_t;

				if (dt > 0) {
					/* Only the part after what was
					 * already counted: points that go
					 * back in time never count twice. */
					double from = st->seg_t;

					if (from < st->mov_hi)
						from = st->mov_hi;
					st->intervals++;
					if (st->seg_d >= XA_MOVING_MPS * dt &&
					    pt->t > from)
						st->moving_s += pt->t - from;
					if (st->seg_d > XA_GLITCH_MPS * dt)
						win_reset(p);
				}
			}
			if (!(pt->t <= st->mov_hi))
				st->mov_hi = pt->t;
			st->seg_t = pt->t;
			st->seg_d = 0;
			win_push(p, st, pt->t, pt->lat, pt->lon);
		}
	}
}

static double
min_nan(double a, double b)
{
	return isnan(a) || b < a ? b : a;
}

static double
max_nan(double a, double b)
{
	return isnan(a) || b > a ? b : a;
}

void
xa_stats_merge(struct xa_stats *dst, const struct xa_stats *src)
{
	dst->points += src->points;
	if (!isnan(src->t_min)) {
		dst->t_min = min_nan(dst->t_min, src->t_min);
		dst->t_max = max_nan(dst->t_max, src->t_max);
	}
	if (isnan(dst->t_first) && !isnan(src->t_first)) {
		dst->t_first = src->t_first;
		dst->first_off = src->first_off;
		dst->first_has_off = src->first_has_off;
	}
	dst->dist_m += src->dist_m;
	dst->moving_s += src->moving_s;
	dst->intervals += src->intervals;
	dst->gain_m += src->gain_m;
	dst->ele_n += src->ele_n;
	dst->hr_sum += src->hr_sum;
	dst->hr_n += src->hr_n;
	dst->cad_sum += src->cad_sum;
	dst->cad_n += src->cad_n;
	if (!isnan(src->dev_dist_m))
		dst->dev_dist_m = src->dev_dist_m; /* src comes later */
	dst->pos_n += src->pos_n;
	dst->power_n += src->power_n;
	if (!isnan(src->mov_hi))
		dst->mov_hi = max_nan(dst->mov_hi, src->mov_hi);
	if (src->sust2 > dst->sust2)
		dst->sust2 = src->sust2;
}

void
xa_stats_fill(struct activity *a, const struct xa_stats *st)
{
	a->points = st->points;
	if (!isnan(st->t_min)) {
		a->start_utc = (int64_t)floor(st->t_min);
		a->has_time = 1;
		a->elapsed_s = st->t_max - st->t_min;
		a->utc_offset_s = st->first_off;
		a->has_offset = st->first_has_off;
		a->offset_src = st->first_has_off ? OFFSET_SRC_FILE
						  : OFFSET_SRC_NONE;
	}
	a->distance_m = st->dist_m;
	a->moving_s = st->intervals ? st->moving_s : NAN;
	/* Tracks that overlap in time (a track copied twice) sum their
	 * moving times: never more than the time the points span. */
	if (a->moving_s > a->elapsed_s)
		a->moving_s = a->elapsed_s;
	a->has_power = st->power_n > 0;
	a->sustained_mps = st->sust2 >= 0 ? sqrt(st->sust2) : NAN;
	a->elev_gain_m = st->ele_n ? st->gain_m : NAN;
	a->avg_hr = st->hr_n ? st->hr_sum / (double)st->hr_n : NAN;
	if (st->cad_n) {
		double c = st->cad_sum / (double)st->cad_n;

		/* Garmin's TrackPointExtension and TCX write a runner's
		 * cadence per leg (strides/min, about 80-95); talus keeps
		 * steps/min. A mean above 120 is already steps/min (no one
		 * runs 240+ strides a minute). Other sports keep the
		 * device's unit (rpm for rides). */
		if ((a->sport == SPORT_RUN || a->sport == SPORT_WALK ||
		     a->sport == SPORT_HIKE) && c <= 120) {
			c *= 2;
			a->cadence_doubled = 1;
		}
		a->avg_cadence = c;
	}
}

struct activity *
xa_push(struct xmlact *p)
{
	if (p->out->n - p->n_before >= XMLACT_MAX_ACTIVITIES) {
		xa_fail(p, "more than %d activities in one file",
			XMLACT_MAX_ACTIVITIES);
		return NULL;
	}
	return activity_vec_push(p->out);
}

void
xa_copy_text(char *dst, size_t n, const char *src)
{
	size_t i = 0;
	int space = 0;

	for (; *src && i + 1 < n; src++) {
		if (is_blank(*src)) {
			space = i > 0;
			continue;
		}
		if (space) {
			if (i + 2 >= n)
				break;
			dst[i++] = ' ';
			space = 0;
		}
		dst[i++] = *src;
	}
	/* Do not leave half a UTF-8 sequence at the end. */
	if (i > 0 && ((unsigned char)dst[i - 1] & 0x80)) {
		size_t j = i;
		unsigned char c;
		size_t need;

		while (j > 0 && ((unsigned char)dst[j - 1] & 0xC0) == 0x80)
			j--;
		if (j > 0) {
			c = (unsigned char)dst[j - 1];
			need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3
			     : c >= 0xC0 ? 2 : 1;
			if (i - (j - 1) < need)
				i = j - 1;
		}
	}
	dst[i] = '\0';
}

void
xmlact_sport_map(const char *type, enum sport *sport, enum surface *surface)
{
	sport_type_map(type, sport, surface);
}

/* Entity declarations are never needed by GPX or TCX; refusing them
 * rules out entity expansion attacks whatever expat's limits are. */
static void XMLCALL
on_entity(void *ud, const XML_Char *name, int is_param, const XML_Char *value,
	  int value_len, const XML_Char *base, const XML_Char *sys,
	  const XML_Char *pub, const XML_Char *notation)
{
	struct xmlact *p = ud;

	(void)name; (void)is_param; (void)value; (void)value_len;
	(void)base; (void)sys; (void)pub; (void)notation;
	xa_fail(p, "not accepted: the file declares an XML entity at line %lu",
		xa_line(p));
}

static void XMLCALL
on_root(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct xmlact *p = ud;
	const char *ln = xa_local(name);

	if (!strcmp(ln, "gpx")) {
		p->fmt = XMLACT_GPX;
		xa_gpx_init(p);
		XML_SetElementHandler(p->xp, xa_gpx_start, xa_gpx_end);
		xa_gpx_start(ud, name, atts);
	} else if (!strcmp(ln, "TrainingCenterDatabase")) {
		p->fmt = XMLACT_TCX;
		xa_tcx_init(p);
		XML_SetElementHandler(p->xp, xa_tcx_start, xa_tcx_end);
		xa_tcx_start(ud, name, atts);
	} else {
		char shown[64];

		xa_copy_text(shown, sizeof(shown), name);
		xa_fail(p, "not a GPX or TCX file (root element <%s>)", shown);
	}
}

static void XMLCALL
on_end_nop(void *ud, const XML_Char *name)
{
	(void)ud;
	(void)name;
}

struct xmlact *
xmlact_new(struct activity_vec *out)
{
	struct xmlact *p = xcalloc(1, sizeof(*p));

	p->out = out;
	p->n_before = out->n;
	p->xp = XML_ParserCreate(NULL);
	if (!p->xp) {
		fprintf(stderr, "talus: out of memory (expat)\n");
		abort();
	}
	XML_SetUserData(p->xp, p);
	p->lead = 1;
	XML_SetElementHandler(p->xp, on_root, on_end_nop);
	XML_SetEntityDeclHandler(p->xp, on_entity);
	return p;
}

void
xmlact_free(struct xmlact *p)
{
	if (!p)
		return;
	XML_ParserFree(p->xp);
	free(p);
}

/* Errors that can only mean the input stopped early. */
static int
is_truncation(enum XML_Error e)
{
	return e == XML_ERROR_NO_ELEMENTS || e == XML_ERROR_UNCLOSED_TOKEN ||
	       e == XML_ERROR_PARTIAL_CHAR ||
	       e == XML_ERROR_UNCLOSED_CDATA_SECTION;
}

static int
fail_out(struct xmlact *p, struct talus_err *err)
{
	p->out->n = p->n_before;
	return err_set(err, p->rc, "%s", p->msg);
}

#define PLURAL(n) ((n) == 1 ? "" : "s")

/* Appends "; " and the warning for w to buf when w was seen. */
static void
warn_add(char *buf, size_t n, const struct xmlact *p, enum xa_warn w)
{
	size_t len = strlen(buf);
	long long c = (long long)p->warn_n[w];
	unsigned long l = p->warn_line[w];

	if (!c)
		return;
	if (len && len + 2 < n) {
		memcpy(buf + len, "; ", 3);
		len += 2;
	}
	if (len + 1 >= n)
		return;
	buf += len;
	n -= len;
	switch (w) {
	case XA_W_BADPOS:
		if (p->fmt == XMLACT_GPX)
			snprintf(buf, n, "skipped %lld track point%s with a "
				 "bad or missing lat/lon (first at line %lu)",
				 c, PLURAL(c), l);
		else
			snprintf(buf, n, "ignored %lld bad position%s (first "
				 "at line %lu)", c, PLURAL(c), l);
		break;
	case XA_W_BADTIME:
		snprintf(buf, n, "ignored %lld unreadable or impossible time%s "
			 "(before 1970 or after 2199; first at line %lu)", c,
			 PLURAL(c), l);
		break;
	case XA_W_JUMP:
		snprintf(buf, n, "ignored %lld jump%s of over 1000 km between "
			 "points (first at line %lu)", c, PLURAL(c), l);
		break;
	case XA_W_NOTIME:
		snprintf(buf, n, "dropped %lld track%s without any time (first "
			 "ending at line %lu)", c, PLURAL(c), l);
		break;
	case XA_W_FILETIME:
		snprintf(buf, n, "the track points have no usable time: the "
			 "start is the file's <time> (track ending at line "
			 "%lu)", l);
		break;
	case XA_W_LAPTIME:
		if (c == 1)
			snprintf(buf, n, "the laps' timer time exceeds the "
				 "elapsed time: moving time cut to it "
				 "(activity ending at line %lu)", l);
		else
			snprintf(buf, n, "the laps' timer time exceeds the "
				 "elapsed time: moving time cut to it (%lld "
				 "activities, the first ending at line %lu)",
				 c, l);
		break;
	case XA_W_EMPTY:
		snprintf(buf, n, "skipped %lld empty <Activity> element%s "
			 "(first ending at line %lu)", c, PLURAL(c), l);
		break;
	case XA_W_OLD: {
		char day[32];

		utc_format(day, p->old_start);
		day[10] = '\0';
		snprintf(buf, n, "%lld activit%s start%s before 2000 (the "
			 "first on %s): is the device's clock set?", c,
			 c == 1 ? "y" : "ies", c == 1 ? "s" : "", day);
		break;
	}
	case XA_W_BADZONE:
		snprintf(buf, n, "ignored %lld UTC offset%s that name%s no "
			 "time zone (first at line %lu)", c, PLURAL(c),
			 c == 1 ? "s" : "", l);
		break;
	default:
		break;
	}
}

/* End of input (truncated when the file stopped early, where says where):
 * closes what is open and decides the result. */
static int
finish(struct xmlact *p, struct talus_err *err, const char *where)
{
	char warn[400] = "";
	size_t made;

	if (p->fmt == XMLACT_GPX)
		xa_gpx_finish(p, where != NULL);
	else if (p->fmt == XMLACT_TCX)
		xa_tcx_finish(p, where != NULL);
	if (p->rc)
		return fail_out(p, err);
	made = p->out->n - p->n_before;
	for (size_t i = p->n_before; i < p->out->n; i++)
		if ((double)p->out->v[i].start_utc < XA_Y2000 &&
		    p->warn_n[XA_W_OLD]++ == 0)
			p->old_start = p->out->v[i].start_utc;
	for (int w = 0; w < XA_W__COUNT; w++)
		warn_add(warn, sizeof(warn), p, (enum xa_warn)w);
	if (made == 0) {
		p->rc = TALUS_EPARSE;
		if (p->fmt == XMLACT_TCX && p->u.tcx.course_seen)
			snprintf(p->msg, sizeof(p->msg), "a course (a planned "
				 "route), not an activity");
		else if (p->fmt == XMLACT_TCX && p->u.tcx.workout_seen)
			snprintf(p->msg, sizeof(p->msg), "a workout (a "
				 "planned session), not an activity");
		else if (p->fmt == XMLACT_GPX && p->u.gpx.rtept_n &&
			 !p->warn_n[XA_W_NOTIME] && !p->warn_n[XA_W_BADPOS])
			snprintf(p->msg, sizeof(p->msg), "a route (a planned "
				 "route, no track points), not an activity");
		else if (where)
			snprintf(p->msg, sizeof(p->msg), "no track points "
				 "before the file ends early (%s)", where);
		else if (p->fmt == XMLACT_GPX && p->warn_n[XA_W_NOTIME] &&
			 !p->warn_n[XA_W_BADPOS])
			snprintf(p->msg, sizeof(p->msg), "no usable time: the "
				 "track points and the file have no <time>");
		else
			snprintf(p->msg, sizeof(p->msg), "no track points%s%s",
				 warn[0] ? ": " : "", warn);
		return fail_out(p, err);
	}
	if (where)
		return err_warn(err, "the file ends early (%s): kept the "
				"points before it%s%s", where,
				warn[0] ? "; " : "", warn);
	if (warn[0])
		return err_warn(err, "%s", warn);
	if (err)
		err_clear(err);
	return 0;
}

static int
parse_failed(struct xmlact *p, struct talus_err *err, int final)
{
	enum XML_Error e = XML_GetErrorCode(p->xp);
	unsigned long line = xa_line(p);
	unsigned long col =
		(unsigned long)XML_GetCurrentColumnNumber(p->xp) + 1;
	char where[96];

	if (p->rc)
		return fail_out(p, err); /* stopped by a handler */
	if (p->fed == 0) {
		xa_fail(p, "not XML: the file is empty");
		return fail_out(p, err);
	}
	snprintf(where, sizeof(where), "%s at line %lu, column %lu",
		 XML_ErrorString(e), line, col);
	if (final && is_truncation(e)) {
		p->finished = 1;
		if (p->fmt)
			return finish(p, err, where);
		p->rc = TALUS_EPARSE;
		snprintf(p->msg, sizeof(p->msg), "not XML: the file ends "
			 "before its first element is complete (%s)", where);
		return fail_out(p, err);
	}
	p->rc = TALUS_EPARSE;
	snprintf(p->msg, sizeof(p->msg), "not XML: %s", where);
	return fail_out(p, err);
}

void *
xmlact_buffer(struct xmlact *p, size_t len)
{
	if (p->rc || p->finished || len > XA_BUFFER_MAX)
		return NULL;
	p->ebuf = XML_GetBuffer(p->xp, (int)(len ? len : 1));
	return p->ebuf;
}

/* How many of the n bytes at s to drop before the document: blanks and
 * UTF-8 byte-order marks (EF BB BF), in any order, before the first other
 * byte; a mark may be split across calls. -1 when a mark is broken (EF
 * not followed by BB BF): no XML document starts so. */
static long
lead_skip(struct xmlact *p, const unsigned char *s, size_t n)
{
	static const unsigned char bom[3] = { 0xEF, 0xBB, 0xBF };
	size_t i = 0;

	for (; i < n && p->lead; i++) {
		if (p->bom) {
			if (s[i] != bom[p->bom])
				return -1;
			p->bom = (p->bom + 1) % 3;
		} else if (s[i] == bom[0]) {
			p->bom = 1;
		} else if (!is_blank(s[i])) {
			p->lead = 0;
			break;
		} else if (s[i] == '\n') {
			p->lead_lines++;
		}
	}
	return (long)i;
}

int
xmlact_feed_buffer(struct xmlact *p, size_t len, int final,
		   struct talus_err *err)
{
	if (p->rc)
		return err_set(err, p->rc, "%s", p->msg);
	if (p->finished)
		return err_set(err, TALUS_EINVAL, "xmlact: fed after the end");
	if (p->lead && len) {
		/* expat refuses anything before an XML declaration; Strava's
		 * TCX files start with blanks. The bytes are in expat's own
		 * buffer: move the rest to its start. */
		long k = lead_skip(p, p->ebuf, len);

		if (k < 0) {
			xa_fail(p, "not XML: a broken byte-order mark at the "
				"start of the file");
			return fail_out(p, err);
		}
		if (k > 0) {
			memmove(p->ebuf, p->ebuf + k, len - (size_t)k);
			len -= (size_t)k;
		}
	}
	if (final && p->bom) {
		xa_fail(p, "not XML: a broken byte-order mark at the start of "
			"the file");
		return fail_out(p, err);
	}
	p->fed += len;
	if (XML_ParseBuffer(p->xp, (int)len, final) != XML_STATUS_OK)
		return parse_failed(p, err, final);
	if (p->rc)
		return fail_out(p, err);
	if (!final)
		return 0;
	p->finished = 1;
	return finish(p, err, NULL);
}

int
xmlact_feed(struct xmlact *p, const void *buf, size_t len, int final,
	    struct talus_err *err)
{
	const char *s = buf;

	do {
		size_t n = len > XA_CHUNK ? XA_CHUNK : len;
		void *b = xmlact_buffer(p, n);
		int rc;

		if (!b) {
			if (p->rc)
				return err_set(err, p->rc, "%s", p->msg);
			if (p->finished)
				return err_set(err, TALUS_EINVAL,
					       "xmlact: fed after the end");
			fprintf(stderr, "talus: out of memory (expat)\n");
			abort();
		}
		if (n)
			memcpy(b, s, n);
		rc = xmlact_feed_buffer(p, n, final && n == len, err);
		if (rc)
			return rc;
		s += n;
		len -= n;
	} while (len > 0);
	return 0;
}

int
xmlact_parse(struct activity_vec *out, const uint8_t *buf, size_t len,
	     struct talus_err *err)
{
	struct xmlact *p = xmlact_new(out);
	int rc = xmlact_feed(p, buf, len, 1, err);

	xmlact_free(p);
	return rc;
}

/* Skips s past the first occurrence of end; returns NULL if not found. */
static const uint8_t *
skip_past(const uint8_t *s, const uint8_t *e, const char *end)
{
	size_t n = strlen(end);

	for (; s + n <= e; s++)
		if (!memcmp(s, end, n))
			return s + n;
	return NULL;
}

int
xmlact_sniff(const uint8_t *buf, size_t len)
{
	const uint8_t *s = buf, *e = buf + len, *name, *colon = NULL;
	size_t n;

	for (;;) {
		/* Blanks and byte-order marks, in any order (as fed). */
		while (s < e && (is_blank(*s) ||
				 (e - s >= 3 && s[0] == 0xEF && s[1] == 0xBB &&
				  s[2] == 0xBF)))
			s += is_blank(*s) ? 1 : 3;
		if (s >= e || *s != '<')
			return 0;
		if (e - s >= 4 && !memcmp(s, "<!--", 4))
			s = skip_past(s + 4, e, "-->");
		else if (e - s >= 2 && s[1] == '?')
			s = skip_past(s + 2, e, "?>");
		else if (e - s >= 2 && s[1] == '!')
			s = skip_past(s + 2, e, ">");
		else
			break;
		if (!s)
			return 0;
	}
	name = ++s;
	while (s < e && !is_blank(*s) && *s != '>' && *s != '/') {
		if (*s == ':')
			colon = s;
		s++;
	}
	if (s >= e)
		return 0; /* the name may go on past what we were given */
	if (colon)
		name = colon + 1;
	n = (size_t)(s - name);
	if (n == 3 && !memcmp(name, "gpx", 3))
		return XMLACT_GPX;
	if (n == 22 && !memcmp(name, "TrainingCenterDatabase", 22))
		return XMLACT_TCX;
	return 0;
}
