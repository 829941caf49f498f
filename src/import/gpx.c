/* gpx.c - GPX 1.0 and 1.1 tracks into activities, as expat handlers.
 *
 * Reads <trk>/<trkseg>/<trkpt> (lat, lon, <time>, <ele>, and heart rate
 * and cadence from Garmin's TrackPointExtension v1 or v2, cluetrust's
 * gpxdata, or bare <hr>/<cad>; power from <power> or Garmin's
 * <PowerInWatts>), <trk><name>/<type>, the file's own <name> and <time>
 * (GPX 1.1 <metadata>, GPX 1.0 <gpx>) and its creator="..." (the device
 * or app, a clue to the sport). Routes and waypoints are plans, not
 * activities: ignored, but a file of routes alone is named as one.
 *
 * Invariants: a <trk> is summed into its own xa_stats, then merged into the
 * activity being built, or closes it and starts the next when it begins
 * more than XMLACT_SPLIT_S after it; a <trkpt> whose position is missing,
 * unreadable, out of range or exactly 0,0 (a device with no fix) is
 * skipped whole, since a GPX point is a position. Nothing is allocated
 * here except the activities themselves.
 */
#define XMLACT_INTERNAL
#include "import/xmlact.h"

#include "core/device.h"
#include "core/sport.h"

#include <math.h>
#include <string.h>

static int
eq(const char *a, const char *b)
{
	return !strcmp(a, b);
}

void
xa_gpx_init(struct xmlact *p)
{
	struct xa_gpx *g = &p->u.gpx;

	memset(g, 0, sizeof(*g));
	xa_stats_init(&g->trk);
	xa_stats_init(&g->cur);
	xa_point_init(&g->pt);
	g->file_time = NAN;
}

static void
point_begin(struct xmlact *p, struct xa_gpx *g, const XML_Char **atts)
{
	const char *lat = NULL, *lon = NULL;
	double la, lo;

	xa_point_init(&g->pt);
	for (; atts[0]; atts += 2) {
		const char *a = atts[0];

		if (a[0] != 'l' || !a[1] || !a[2] || a[3])
			continue;
		if (a[1] == 'a' && a[2] == 't')
			lat = atts[1];
		else if (a[1] == 'o' && a[2] == 'n')
			lon = atts[1];
	}
	if (!lat || !lon || xa_num(&la, lat) || xa_num(&lo, lon) ||
	    la < -90 || la > 90 || lo < -180 || lo > 180 ||
	    (la == 0 && lo == 0)) {
		g->pt.bad_pos = 1;
		xa_warn(p, XA_W_BADPOS);
		return;
	}
	g->pt.lat = la;
	g->pt.lon = lo;
}

/* The activity built so far becomes an entry of p->out. */
static void
flush(struct xmlact *p, struct xa_gpx *g, int truncated)
{
	struct xa_stats *c = &g->cur;
	struct activity *a;

	g->cur_open = 0;
	if (isnan(c->t_min) && isnan(g->file_time)) {
		xa_warn(p, XA_W_NOTIME);
		return;
	}
	a = xa_push(p);
	if (!a)
		return;
	switch (sport_type_map(g->cur_has_type ? g->cur_type : NULL,
			       &a->sport, &a->surface)) {
	case 1:
		a->sport_src = SPORT_SRC_FILE;
		break;
	case 0:
		a->sport_vague = 1;
		break;
	default:
		break;
	}
	xa_stats_fill(a, c);
	memcpy(a->device, g->creator, sizeof(a->device));
	a->bike_device = (uint8_t)g->bike;
	if (isnan(c->t_min)) {
		/* No point has a usable time (Mojstrovka.gpx: all 1901, a
		 * 32-bit time_t underflow). The file's own <time> gives the
		 * day; the time of day is not known. */
		xa_warn(p, XA_W_FILETIME);
		a->start_utc = (int64_t)floor(g->file_time);
		a->has_time = 0;
		a->utc_offset_s = g->file_off;
		a->has_offset = g->file_has_off;
		a->offset_src = g->file_has_off ? OFFSET_SRC_FILE
						: OFFSET_SRC_NONE;
	}
	xa_copy_text(a->name, sizeof(a->name),
		     g->cur_name[0] ? g->cur_name : g->file_name);
	a->truncated = truncated;
}

static void
track_close(struct xmlact *p, struct xa_gpx *g)
{
	struct xa_stats *t = &g->trk, *c = &g->cur;

	g->trk_open = 0;
	if (t->points == 0)
		return;
	if (g->cur_open && !isnan(t->t_min) && !isnan(c->t_min) &&
	    (t->t_min - c->t_max > XMLACT_SPLIT_S ||
	     c->t_min - t->t_max > XMLACT_SPLIT_S))
		flush(p, g, 0);
	if (!g->cur_open) {
		*c = *t;
		memcpy(g->cur_name, g->trk_name, sizeof(g->cur_name));
		memcpy(g->cur_type, g->trk_type, sizeof(g->cur_type));
		g->cur_has_type = g->trk_type[0] != '\0';
		g->cur_open = 1;
		return;
	}
	xa_stats_merge(c, t);
	if (!g->cur_name[0])
		memcpy(g->cur_name, g->trk_name, sizeof(g->cur_name));
	if (!g->cur_has_type && g->trk_type[0]) {
		memcpy(g->cur_type, g->trk_type, sizeof(g->cur_type));
		g->cur_has_type = 1;
	}
}

static void
text_done(struct xmlact *p, struct xa_gpx *g)
{
	enum xa_col col = p->col;
	char *s = xa_text_end(p);

	switch (col) {
	case XA_C_TIME:
		if (*s)
			xa_time(&g->pt.t, &g->pt.t_off, &g->pt.t_has_off, p, s);
		break;
	case XA_C_ELE:
		xa_num(&g->pt.ele, s);
		break;
	case XA_C_HR:
		xa_num(&g->pt.hr, s);
		break;
	case XA_C_CAD:
		xa_num(&g->pt.cad, s);
		break;
	case XA_C_POWER:
		xa_num(&g->pt.power, s);
		break;
	case XA_C_TRK_NAME:
		if (!g->trk_name[0])
			xa_copy_text(g->trk_name, sizeof(g->trk_name), s);
		break;
	case XA_C_TRK_TYPE:
		if (!g->trk_type[0])
			xa_copy_text(g->trk_type, sizeof(g->trk_type), s);
		break;
	case XA_C_FILE_NAME:
		if (!g->file_name[0])
			xa_copy_text(g->file_name, sizeof(g->file_name), s);
		break;
	case XA_C_FILE_TIME:
		if (*s && isnan(g->file_time))
			xa_time(&g->file_time, &g->file_off,
				&g->file_has_off, p, s);
		break;
	default:
		break;
	}
}

/* What a child of a <trkpt> at depth d is: tried on the name as it is
 * (most have no prefix: "ele", "time"), then on its local part. 1 when it
 * was one talus reads. */
static int
point_name(struct xmlact *p, struct xa_gpx *g, int d, const char *ln)
{
	switch (ln[0]) {
	case 't':
		if (!strcmp(ln + 1, "ime") && d == g->pt_depth + 1) {
			xa_collect(p, XA_C_TIME);
			return 1;
		}
		return 0;
	case 'e':
		if (ln[1] == 'l' && ln[2] == 'e' && !ln[3] &&
		    d == g->pt_depth + 1) {
			xa_collect(p, XA_C_ELE);
			return 1;
		}
		return 0;
	case 'h':
		if (!strcmp(ln + 1, "r") || !strcmp(ln + 1, "eartrate")) {
			xa_collect(p, XA_C_HR);
			return 1;
		}
		return 0;
	case 'c':
		if (!strcmp(ln + 1, "ad") || !strcmp(ln + 1, "adence")) {
			xa_collect(p, XA_C_CAD);
			return 1;
		}
		return 0;
	case 'p':
		if (!strcmp(ln + 1, "ower")) {
			xa_collect(p, XA_C_POWER);
			return 1;
		}
		return 0;
	case 'P':
		if (!strcmp(ln + 1, "owerInWatts")) {
			xa_collect(p, XA_C_POWER);
			return 1;
		}
		return 0;
	default:
		return 0;
	}
}

/* The hot path: a child of a point. */
static void
point_child(struct xmlact *p, struct xa_gpx *g, int d, const char *name)
{
	const char *colon;

	if (point_name(p, g, d, name) || !(colon = strrchr(name, ':')))
		return;
	point_name(p, g, d, colon + 1);
}

void XMLCALL
xa_gpx_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	struct xmlact *p = ud;
	struct xa_gpx *g = &p->u.gpx;
	int d = ++p->depth;
	const char *ln;
	size_t n;

	if (p->col)
		return; /* markup inside a text element: ignored */
	if (g->pt_depth) {
		point_child(p, g, d, name);
		return;
	}
	if (g->trk_depth) {
		ln = xa_local_len(name, &n);
		if (XA_IS(ln, n, "trkpt")) {
			g->pt_depth = d;
			point_begin(p, g, atts);
		} else if (XA_IS(ln, n, "trkseg")) {
			g->seg_depth = d;
			xa_stats_segment(&g->trk);
		} else if (d == g->trk_depth + 1) {
			if (XA_IS(ln, n, "name"))
				xa_collect(p, XA_C_TRK_NAME);
			else if (XA_IS(ln, n, "type"))
				xa_collect(p, XA_C_TRK_TYPE);
		}
		return;
	}
	if (g->rte_depth) {
		if (d == g->rte_depth + 1 && eq(xa_local(name), "rtept"))
			g->rtept_n++;
		return;
	}
	if (d == 1) {
		for (; atts[0]; atts += 2)
			if (eq(atts[0], "creator")) {
				xa_copy_text(g->creator, sizeof(g->creator),
					     atts[1]);
				g->bike = device_text_bike(atts[1]);
			}
	} else if (d == 2) {
		ln = xa_local(name);
		if (eq(ln, "trk")) {
			g->trk_depth = d;
			g->trk_open = 1;
			xa_stats_init(&g->trk);
			g->trk_name[0] = g->trk_type[0] = '\0';
		} else if (eq(ln, "metadata")) {
			g->meta_depth = d;
		} else if (eq(ln, "rte")) {
			g->rte_depth = d;
		} else if (eq(ln, "name")) {
			xa_collect(p, XA_C_FILE_NAME); /* GPX 1.0 */
		} else if (eq(ln, "time")) {
			xa_collect(p, XA_C_FILE_TIME); /* GPX 1.0 */
		}
	} else if (g->meta_depth && d == g->meta_depth + 1) {
		ln = xa_local(name);
		if (eq(ln, "name"))
			xa_collect(p, XA_C_FILE_NAME);
		else if (eq(ln, "time"))
			xa_collect(p, XA_C_FILE_TIME);
	}
}

void XMLCALL
xa_gpx_end(void *ud, const XML_Char *name)
{
	struct xmlact *p = ud;
	struct xa_gpx *g = &p->u.gpx;
	int d = p->depth--;

	(void)name;
	if (p->col) {
		if (d == p->col_depth)
			text_done(p, g);
		return;
	}
	if (d == g->pt_depth) {
		g->pt_depth = 0;
		if (!g->pt.bad_pos)
			xa_stats_add(p, &g->trk, &g->pt);
	} else if (d == g->seg_depth) {
		g->seg_depth = 0;
	} else if (d == g->trk_depth) {
		g->trk_depth = 0;
		track_close(p, g);
	} else if (d == g->meta_depth) {
		g->meta_depth = 0;
	} else if (d == g->rte_depth) {
		g->rte_depth = 0;
	}
}

void
xa_gpx_finish(struct xmlact *p, int truncated)
{
	struct xa_gpx *g = &p->u.gpx;

	if (g->trk_open)
		track_close(p, g); /* a point cut off midway is dropped */
	if (g->cur_open && !p->rc)
		flush(p, g, truncated);
}
