/* tcx.c - Garmin Training Center (TCX v2) activities, as expat handlers.
 *
 * Reads every <Activity Sport=...> (under <Activities>, also inside a
 * <MultiSportSession>): <Id>, each <Lap StartTime=...> with its
 * <TotalTimeSeconds>, <DistanceMeters> and <AverageHeartRateBpm>, and each
 * <Track>/<Trackpoint> with <Time>, <Position>, <AltitudeMeters>,
 * <DistanceMeters>, <HeartRateBpm>, <Cadence>, the ActivityExtension's
 * <RunCadence> and <Watts>, and <Creator><Name> (the device, a clue to
 * the sport). Courses and workouts are plans and are ignored; a file of
 * them alone is named as such.
 *
 * Invariants: one activity per <Activity>; a <Track> is a segment (no
 * distance across two); a trackpoint's bad position is dropped but the
 * point still counts for time and heart rate. The device's figures win
 * over sums of points: distance is the larger of the laps' DistanceMeters
 * and the last trackpoint DistanceMeters (a device can log laps short of
 * its own odometer, never long of it but by a doubled lap), else the
 * haversine sum; moving time is the laps' TotalTimeSeconds.
 */
#define XMLACT_INTERNAL
#include "import/xmlact.h"

#include "core/device.h"
#include "core/sport.h"

#include <math.h>
#include <string.h>

/* Containers inside a trackpoint or lap whose <Value> or children we read. */
enum { SUB_NONE, SUB_POS, SUB_HR };

static int
eq(const char *a, const char *b)
{
	return !strcmp(a, b);
}

void
xa_tcx_init(struct xmlact *p)
{
	struct xa_tcx *t = &p->u.tcx;

	memset(t, 0, sizeof(*t));
	xa_point_init(&t->pt);
	xa_stats_init(&t->st);
}

static void
activity_begin(struct xa_tcx *t, int d, const XML_Char **atts)
{
	const char *sport = NULL;

	for (; atts[0]; atts += 2)
		if (eq(atts[0], "Sport"))
			sport = atts[1];
	t->act_depth = d;
	t->lap_depth = t->track_depth = t->tp_depth = 0;
	t->sub = t->sub_depth = t->lap_sub_depth = 0;
	xa_stats_init(&t->st);
	t->sport_said = sport_type_map(sport, &t->sport, &t->surface);
	t->creator_depth = 0;
	t->device[0] = '\0';
	t->id_t = t->lap0_t = t->lap_t = NAN;
	t->id_off = t->id_has_off = t->lap0_off = t->lap0_has_off = 0;
	t->total_s = t->lapdist_m = 0;
	t->has_total = t->has_lapdist = 0;
	t->lap_end = NAN;
	t->lap_hr_wsum = t->lap_hr_w = 0;
}

static void
lap_begin(struct xmlact *p, struct xa_tcx *t, int d, const XML_Char **atts)
{
	int off = 0, has = 0;

	t->lap_depth = d;
	t->lap_t = t->lap_total_s = t->lap_dist_m = t->lap_hr = NAN;
	xa_stats_segment(&t->st);
	for (; atts[0]; atts += 2)
		if (eq(atts[0], "StartTime") &&
		    !xa_time(&t->lap_t, &off, &has, p, atts[1]) &&
		    isnan(t->lap0_t)) {
			t->lap0_t = t->lap_t;
			t->lap0_off = off;
			t->lap0_has_off = has;
		}
}

static void
lap_end(struct xa_tcx *t)
{
	double tot = t->lap_total_s, dist = t->lap_dist_m;

	t->lap_depth = 0;
	if (!isnan(tot) && tot >= 0 && tot < 1e7) {
		t->total_s += tot;
		t->has_total = 1;
		if (!isnan(t->lap_t) &&
		    (isnan(t->lap_end) || t->lap_t + tot > t->lap_end))
			t->lap_end = t->lap_t + tot;
		if (!isnan(t->lap_hr) && t->lap_hr >= 25 && t->lap_hr <= 250) {
			t->lap_hr_wsum += t->lap_hr * tot;
			t->lap_hr_w += tot;
		}
	}
	if (!isnan(dist) && dist >= 0 && dist < 1e8) {
		t->lapdist_m += dist;
		t->has_lapdist = 1;
	}
}

static void
point_end(struct xmlact *p, struct xa_tcx *t)
{
	struct xa_point *pt = &t->pt;

	t->tp_depth = 0;
	if (!isnan(pt->lat) || !isnan(pt->lon) || pt->bad_pos) {
		if (pt->bad_pos || isnan(pt->lat) || isnan(pt->lon) ||
		    pt->lat < -90 || pt->lat > 90 || pt->lon < -180 ||
		    pt->lon > 180 || (pt->lat == 0 && pt->lon == 0)) {
			xa_warn(p, XA_W_BADPOS);
			pt->lat = pt->lon = NAN;
		}
	}
	xa_stats_add(p, &t->st, pt);
}

static void
activity_end(struct xmlact *p, struct xa_tcx *t, int truncated)
{
	struct xa_stats *st = &t->st;
	struct activity *a;
	double start, end;
	int off, has_off;

	t->act_depth = 0;
	if (st->points == 0 && !t->has_total && !t->has_lapdist) {
		xa_warn(p, XA_W_EMPTY);
		return;
	}
	/* The start is <Id> (the activity's start, by Garmin's convention),
	 * unless a lap or a point is earlier: then the earliest of them.
	 * Garmin Connect writes <Id> cut to the minute (HH:MM:00): such an
	 * <Id> yields to the first lap or point less than 60 s after it. */
	start = t->id_t;
	off = t->id_off;
	has_off = t->id_has_off;
	if (!isnan(start) && fmod(start, 60) == 0) {
		double first = !isnan(t->lap0_t) ? t->lap0_t : st->t_first;

		if (first > start && first - start < 60) {
			start = first;
			if (!isnan(t->lap0_t)) {
				off = t->lap0_off;
				has_off = t->lap0_has_off;
			} else {
				off = st->first_off;
				has_off = st->first_has_off;
			}
		}
	}
	if (!isnan(t->lap0_t) && (isnan(start) || t->lap0_t < start)) {
		start = t->lap0_t;
		off = t->lap0_off;
		has_off = t->lap0_has_off;
	}
	if (!isnan(st->t_min) && (isnan(start) || st->t_min < start)) {
		start = st->t_min;
		off = st->first_off;
		has_off = st->first_has_off;
	}
	if (isnan(start)) {
		xa_warn(p, XA_W_NOTIME);
		return;
	}
	a = xa_push(p);
	if (!a)
		return;
	a->sport = t->sport;
	a->surface = t->surface;
	if (t->sport_said == 1)
		a->sport_src = SPORT_SRC_FILE;
	else if (t->sport_said == 0)
		a->sport_vague = 1;
	memcpy(a->device, t->device, sizeof(a->device));
	a->bike_device = (uint8_t)device_text_bike(t->device);
	xa_stats_fill(a, st);
	a->start_utc = (int64_t)floor(start);
	a->has_time = 1;
	a->utc_offset_s = off;
	a->has_offset = has_off;
	a->offset_src = has_off ? OFFSET_SRC_FILE : OFFSET_SRC_NONE;
	/* Elapsed runs to the last trackpoint or the end of the last lap,
	 * whichever is later: some exports (Fitbit) keep only the last
	 * minutes of points but laps covering the whole run. */
	end = st->t_max;
	if (!isnan(t->lap_end) && (isnan(end) || t->lap_end > end))
		end = t->lap_end;
	a->elapsed_s = isnan(end) ? NAN : end - start;
	if (a->elapsed_s < 0)
		a->elapsed_s = 0;
	if (t->has_total) {
		a->moving_s = t->total_s;
		if (!isnan(a->elapsed_s) && a->moving_s > a->elapsed_s + 1) {
			xa_warn(p, XA_W_LAPTIME);
			a->moving_s = a->elapsed_s;
		}
	}
	/* The larger of the laps' sum and the device's own odometer (the
	 * last trackpoint DistanceMeters): a Movescount file logs 1,999 m
	 * of laps for a run whose points reach 2,919 m. Within a metre they
	 * are the same number (float32 in the points, decimal in the laps):
	 * the laps'. */
	if ((t->has_lapdist && t->lapdist_m > 0) ||
	    (!isnan(st->dev_dist_m) && st->dev_dist_m > 0))
		a->distance_m = !isnan(st->dev_dist_m) &&
				st->dev_dist_m > t->lapdist_m + 1
				? st->dev_dist_m : t->lapdist_m;
	else if (st->dist_m > 0)
		a->distance_m = st->dist_m;
	else if (t->has_lapdist || !isnan(st->dev_dist_m) || st->pos_n)
		a->distance_m = 0;
	else
		a->distance_m = NAN;
	if (!st->hr_n && t->lap_hr_w > 0)
		a->avg_hr = t->lap_hr_wsum / t->lap_hr_w;
	a->truncated = truncated;
}

static void
text_done(struct xmlact *p, struct xa_tcx *t)
{
	enum xa_col col = p->col;
	char *s = xa_text_end(p);
	struct xa_point *pt = &t->pt;

	switch (col) {
	case XA_C_TIME:
		if (*s)
			xa_time(&pt->t, &pt->t_off, &pt->t_has_off, p, s);
		break;
	case XA_C_ELE:
		xa_num(&pt->ele, s);
		break;
	case XA_C_DIST:
		xa_num(&pt->dist, s);
		break;
	case XA_C_HR:
		xa_num(&pt->hr, s);
		break;
	case XA_C_CAD:
		xa_num(&pt->cad, s);
		break;
	case XA_C_POWER:
		xa_num(&pt->power, s);
		break;
	case XA_C_CREATOR:
		if (!t->device[0])
			xa_copy_text(t->device, sizeof(t->device), s);
		break;
	case XA_C_LAT:
		if (xa_num(&pt->lat, s))
			pt->bad_pos = 1;
		break;
	case XA_C_LON:
		if (xa_num(&pt->lon, s))
			pt->bad_pos = 1;
		break;
	case XA_C_ID:
		if (*s && isnan(t->id_t))
			xa_time(&t->id_t, &t->id_off, &t->id_has_off, p, s);
		break;
	case XA_C_LAP_TOTAL:
		xa_num(&t->lap_total_s, s);
		break;
	case XA_C_LAP_DIST:
		xa_num(&t->lap_dist_m, s);
		break;
	case XA_C_LAP_HR:
		xa_num(&t->lap_hr, s);
		break;
	default:
		break;
	}
}

/* Inside a <Trackpoint> at depth tp: its children and their children. */
static void
trackpoint_child(struct xmlact *p, struct xa_tcx *t, int d, const char *ln)
{
	int rel = d - t->tp_depth;

	if (rel == 1) {
		switch (ln[0]) {
		case 'T':
			if (eq(ln, "Time"))
				xa_collect(p, XA_C_TIME);
			break;
		case 'P':
			if (eq(ln, "Position")) {
				t->sub = SUB_POS;
				t->sub_depth = d;
			}
			break;
		case 'A':
			if (eq(ln, "AltitudeMeters"))
				xa_collect(p, XA_C_ELE);
			break;
		case 'D':
			if (eq(ln, "DistanceMeters"))
				xa_collect(p, XA_C_DIST);
			break;
		case 'H':
			if (eq(ln, "HeartRateBpm")) {
				t->sub = SUB_HR;
				t->sub_depth = d;
			}
			break;
		case 'C':
			if (eq(ln, "Cadence"))
				xa_collect(p, XA_C_CAD);
			break;
		default:
			break;
		}
		return;
	}
	if (t->sub && d == t->sub_depth + 1) {
		if (t->sub == SUB_POS) {
			if (eq(ln, "LatitudeDegrees"))
				xa_collect(p, XA_C_LAT);
			else if (eq(ln, "LongitudeDegrees"))
				xa_collect(p, XA_C_LON);
		} else if (eq(ln, "Value")) {
			xa_collect(p, XA_C_HR);
		}
		return;
	}
	if (ln[0] == 'R' && eq(ln, "RunCadence"))
		xa_collect(p, XA_C_CAD);
	else if (ln[0] == 'W' && eq(ln, "Watts"))
		xa_collect(p, XA_C_POWER);
}

void XMLCALL
xa_tcx_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct xmlact *p = ud;
	struct xa_tcx *t = &p->u.tcx;
	int d = ++p->depth;
	const char *ln;

	if (p->col)
		return;
	ln = xa_local(name);
	if (t->tp_depth) {
		trackpoint_child(p, t, d, ln);
		return;
	}
	if (t->track_depth) {
		if (d == t->track_depth + 1 && eq(ln, "Trackpoint")) {
			t->tp_depth = d;
			t->sub = t->sub_depth = 0;
			xa_point_init(&t->pt);
		}
		return;
	}
	if (t->lap_depth) {
		if (d == t->lap_depth + 1) {
			if (eq(ln, "Track")) {
				t->track_depth = d;
				xa_stats_segment(&t->st);
			} else if (eq(ln, "TotalTimeSeconds")) {
				xa_collect(p, XA_C_LAP_TOTAL);
			} else if (eq(ln, "DistanceMeters")) {
				xa_collect(p, XA_C_LAP_DIST);
			} else if (eq(ln, "AverageHeartRateBpm")) {
				t->lap_sub_depth = d;
			}
		} else if (t->lap_sub_depth && d == t->lap_sub_depth + 1 &&
			   eq(ln, "Value")) {
			xa_collect(p, XA_C_LAP_HR);
		}
		return;
	}
	if (t->act_depth) {
		if (d == t->act_depth + 1) {
			if (eq(ln, "Lap"))
				lap_begin(p, t, d, atts);
			else if (eq(ln, "Id"))
				xa_collect(p, XA_C_ID);
			else if (eq(ln, "Creator"))
				t->creator_depth = d;
		} else if (t->creator_depth && d == t->creator_depth + 1 &&
			   eq(ln, "Name")) {
			xa_collect(p, XA_C_CREATOR);
		}
		return;
	}
	if (eq(ln, "Activity"))
		activity_begin(t, d, atts);
	else if (d == 2 && eq(ln, "Courses"))
		t->course_seen = 1;
	else if (d == 2 && eq(ln, "Workouts"))
		t->workout_seen = 1;
}

void XMLCALL
xa_tcx_end(void *ud, const XML_Char *name)
{
	struct xmlact *p = ud;
	struct xa_tcx *t = &p->u.tcx;
	int d = p->depth--;

	(void)name;
	if (p->col) {
		if (d == p->col_depth)
			text_done(p, t);
		return;
	}
	if (d == t->sub_depth) {
		t->sub = t->sub_depth = 0;
	} else if (d == t->tp_depth) {
		point_end(p, t);
	} else if (d == t->track_depth) {
		t->track_depth = 0;
	} else if (d == t->lap_sub_depth) {
		t->lap_sub_depth = 0;
	} else if (d == t->creator_depth) {
		t->creator_depth = 0;
	} else if (d == t->lap_depth) {
		lap_end(t);
	} else if (d == t->act_depth) {
		activity_end(p, t, 0);
	}
}

void
xa_tcx_finish(struct xmlact *p, int truncated)
{
	struct xa_tcx *t = &p->u.tcx;

	if (t->lap_depth)
		lap_end(t); /* its totals, as far as they were read */
	if (t->act_depth && !p->rc)
		activity_end(p, t, truncated);
}
