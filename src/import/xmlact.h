/* xmlact.h - GPX 1.0/1.1 and Garmin TCX v2 activities, read with expat.
 *
 * One streaming parser reads both formats; the root element tells them
 * apart (<gpx> or <TrainingCenterDatabase>). Input is fed in chunks of any
 * size, down to one byte; memory does not grow with the file: points are
 * folded into running sums (distance, moving time, ascent, heart rate,
 * cadence) as they are read, and only finished activities are kept.
 *
 * What is read, and the rules behind each number, are in
 * docs/internals/xml-import.md. In short:
 *   - GPX: one activity per file, all <trk> and <trkseg> together, except
 *     that a <trk> starting more than XMLACT_SPLIT_S after the previous
 *     one's last point starts a new activity. Routes and waypoints are not
 *     activities. Distance is the 2D haversine sum within each <trkseg>.
 *   - TCX: one activity per <Activity> (also inside a MultiSportSession).
 *     Distance and moving time are the device's (the laps').
 * Bad points are skipped or lose their bad part, with one warning that
 * counts them; an activity is never built from nothing.
 */
#ifndef TALUS_XMLACT_H
#define TALUS_XMLACT_H

#include <stddef.h>
#include <stdint.h>

#include "core/activity.h"
#include "util/err.h"

/* A <trk> that starts more than this long after the last point of the
 * tracks before it is a separate activity (seconds). */
#define XMLACT_SPLIT_S (4 * 3600)
/* At most this many activities come from one file; more is an error. */
#define XMLACT_MAX_ACTIVITIES 10000

struct xmlact; /* opaque */

/* A parser that appends the activities it reads to out. out is borrowed:
 * it must outlive the parser. Caller owns the result; free it with
 * xmlact_free(). */
struct xmlact *xmlact_new(struct activity_vec *out);

/* Feeds the next len bytes of the file (len may be 0; buf is copied).
 * Set final on the last call. Before the final call it returns 0, or
 * TALUS_EPARSE as soon as the input cannot be a GPX or TCX file. After the
 * final call: 0 when at least one activity was appended (err->msg may then
 * hold a warning with code 0: skipped points, a file that ends early), or
 * TALUS_EPARSE with a message naming what was wrong and where ("not XML:
 * mismatched tag at line 3, column 7", "not a GPX or TCX file (root element
 * <kml>)", "no track points"). On error, out is left as it was before
 * xmlact_new(). Once it has failed, every later call fails the same way. */
int xmlact_feed(struct xmlact *p, const void *buf, size_t len, int final,
		struct talus_err *err);

/* Zero-copy feeding: read up to len bytes straight into the returned
 * buffer (owned by the parser, valid until the next call), then pass the
 * count read to xmlact_feed_buffer(). NULL when len is absurd (> 1 GiB).
 *	while ((b = xmlact_buffer(p, 65536)) &&
 *	       (n = read(fd, b, 65536)) >= 0 &&
 *	       !(rc = xmlact_feed_buffer(p, n, n == 0, err)) && n)
 *		;
 */
void *xmlact_buffer(struct xmlact *p, size_t len);
int xmlact_feed_buffer(struct xmlact *p, size_t len, int final,
		       struct talus_err *err);

void xmlact_free(struct xmlact *p);

/* The whole file in one buffer: xmlact_new, xmlact_feed(final), free. */
int xmlact_parse(struct activity_vec *out, const uint8_t *buf, size_t len,
		 struct talus_err *err);

/* 1 when buf (the first bytes of a file) looks like GPX, 2 like TCX, 0
 * neither: the root element's name, after an optional UTF-8 BOM, XML
 * declaration, comments, processing instructions and a DOCTYPE. Reads
 * only what it needs of buf; 512 bytes are nearly always enough. */
int xmlact_sniff(const uint8_t *buf, size_t len);

#define XMLACT_GPX 1
#define XMLACT_TCX 2

/* Maps an activity type as exporters write it to a sport and surface:
 * sport_type_map() (core/sport.h) without saying whether the type was
 * specific. Unknown text gives SPORT_OTHER; NULL or "" gives SPORT_RUN,
 * the placeholder of a file that states no sport. */
void xmlact_sport_map(const char *type, enum sport *sport,
		      enum surface *surface);

#ifdef XMLACT_INTERNAL
/* Shared between xmlact.c, gpx.c and tcx.c only: not part of the API. */
#include <expat.h>
#include <string.h>

/* Bounds a value must fall within to be believed. */
#define XA_T_MIN 0.0           /* 1970-01-01T00:00:00Z */
#define XA_T_MAX 7258118400.0  /* 2200-01-01T00:00:00Z */
#define XA_JUMP_M 1000000.0    /* a jump this far is a glitch, not a run */
#define XA_MOVING_MPS 0.5      /* moving: at least this speed between points */
#define XA_ELE_HYST_M 3.0      /* ascent counts once it exceeds this */
#define XA_TEXT_MAX 256        /* text kept from one element */
#define XA_GLITCH_MPS 50.0     /* a leg faster than this is a GPS glitch:
				  no sustained-speed window spans it */
#define XA_WIN_N 256           /* sustained-speed window: points kept */
#define XA_WIN_STEP_S 0.5      /* ... at least this far apart, so the
				  window always spans SPORT_SUSTAIN_S */
#define XA_WIN_GAP_S 60.0      /* a gap this long restarts the window: a
				  paused watch and a bus ride between are
				  no sustained speed */
#define XA_Y2000 946684800.0   /* 2000-01-01T00:00:00Z */

/* What the character data of the current element is for. */
enum xa_col {
	XA_C_NONE = 0,
	XA_C_FILE_NAME, XA_C_FILE_TIME, XA_C_TRK_NAME, XA_C_TRK_TYPE,
	XA_C_TIME, XA_C_ELE, XA_C_HR, XA_C_CAD, XA_C_DIST, XA_C_LAT, XA_C_LON,
	XA_C_ID, XA_C_LAP_TOTAL, XA_C_LAP_DIST, XA_C_LAP_HR, XA_C_POWER,
	XA_C_CREATOR
};

/* Problems counted for the final warning. */
enum xa_warn {
	XA_W_BADPOS,   /* GPX point skipped, or TCX position ignored */
	XA_W_BADTIME,  /* unreadable time, or before 1970 / after 2199 */
	XA_W_JUMP,     /* over XA_JUMP_M between two points */
	XA_W_NOTIME,   /* an activity with no time at all was dropped */
	XA_W_FILETIME, /* start taken from the file's <time> */
	XA_W_LAPTIME,  /* laps' timer time exceeded the elapsed time */
	XA_W_EMPTY,    /* a TCX <Activity> with nothing in it */
	XA_W_OLD,      /* an activity starts before 2000 */
	XA_W_BADZONE,  /* a time's offset is no zone (not a quarter hour) */
	XA_W__COUNT
};

/* One point as read, before it is folded into xa_stats. */
struct xa_point {
	double lat, lon;  /* degrees; NAN when absent */
	double t;         /* UTC seconds with fraction; NAN when absent */
	double ele, hr, cad, dist; /* NAN when absent */
	double power;     /* W; NAN when absent */
	int t_off;        /* zone offset of t, seconds */
	int t_has_off;    /* 1 when t named a zone other than Z */
	int bad_pos;      /* 1 when a position was present but unusable */
};

/* Running sums over a stretch of points (a GPX <trk>, a TCX <Activity>,
 * or several merged). No point is stored. */
struct xa_stats {
	int64_t points;
	double t_min, t_max;     /* NAN until a timed point */
	double t_first;          /* first timed point in file order */
	int first_off, first_has_off;
	double dist_m;           /* haversine within segments */
	double moving_s;
	int64_t intervals;       /* timed, positioned intervals seen */
	double gain_m;
	int64_t ele_n;
	double hr_sum, cad_sum;
	int64_t hr_n, cad_n;
	double dev_dist_m;       /* the last device distance (TCX
				    DistanceMeters) in file order: the
				    device's odometer, which it may correct
				    downwards at the end; NAN if none */
	int64_t pos_n;           /* points with a position */
	int64_t power_n;         /* points with power above 0 W */
	double mov_hi;           /* moving time is counted up to this time,
				    so overlaps are never counted twice;
				    NAN */
	double sust2;            /* best squared sustained speed, m2/s2; 0 */
	/* the current segment */
	int seg_pos;             /* 1 once a positioned point was seen */
	double seg_lat, seg_lon;
	double seg_cos, seg_sin; /* cos and sin of seg_lat, for the next
				    leg */
	double seg_t;            /* last timed point's time, NAN */
	double seg_d;            /* metres since that point */
	double seg_ele_ref;      /* ascent hysteresis reference, NAN */
};

struct xa_gpx {
	int trk_depth, seg_depth, pt_depth, meta_depth; /* 0: not inside */
	int rte_depth;                  /* <rte> open */
	int64_t rtept_n;                /* route points seen */
	struct xa_point pt;
	struct xa_stats trk, cur;       /* this <trk>; the activity so far */
	char trk_name[128], trk_type[64];
	char cur_name[128], cur_type[64];
	int cur_has_type;
	int trk_open, cur_open;
	char file_name[128];
	char creator[48];               /* <gpx creator="...">, "" */
	int bike;                       /* the creator is a bike computer
					   or a cycling app */
	double file_time;               /* <metadata><time>; NAN */
	int file_off, file_has_off;
};

struct xa_tcx {
	int act_depth, lap_depth, track_depth, tp_depth; /* 0: not inside */
	int sub, sub_depth;             /* <Position>/<HeartRateBpm> open */
	int lap_sub_depth;              /* <AverageHeartRateBpm> open */
	struct xa_point pt;
	struct xa_stats st;
	enum sport sport;
	enum surface surface;
	int sport_said;                 /* sport_type_map(): 1, 0, -1 */
	int creator_depth;              /* <Creator> open */
	char device[48];                /* <Creator><Name>, "" */
	int course_seen, workout_seen;  /* <Courses>, <Workouts> */
	double id_t;                    /* <Id>; NAN */
	int id_off, id_has_off;
	double lap0_t;                  /* first Lap StartTime; NAN */
	int lap0_off, lap0_has_off;
	double lap_t;                   /* this lap's StartTime; NAN */
	double lap_total_s, lap_dist_m, lap_hr; /* this lap's; NAN */
	double total_s, lapdist_m;      /* sums over laps */
	int has_total, has_lapdist;
	double lap_end;                 /* latest StartTime + total; NAN */
	double lap_hr_wsum, lap_hr_w;
};

struct xmlact {
	XML_Parser xp;
	struct activity_vec *out;      /* borrowed */
	size_t n_before;               /* out->n at xmlact_new() */
	int fmt;                       /* 0 until the root; XMLACT_GPX/TCX */
	int depth;                     /* of the current element; root = 1 */
	int rc;                        /* sticky error code, 0 */
	int finished;                  /* the final chunk was fed */
	uint64_t fed;                  /* bytes fed so far */
	char msg[512];                 /* message for rc */
	enum xa_col col;               /* text being collected, or none */
	int col_depth;
	size_t tlen;
	char text[XA_TEXT_MAX];
	int64_t warn_n[XA_W__COUNT];
	unsigned long warn_line[XA_W__COUNT];
	int64_t old_start;             /* the first start before 2000 */
	char tday_key[10];             /* the date of the last time read */
	int32_t tday;                  /* ... as a day number; */
	int tday_ok;                   /* 1 once set */
	/* Before the first '<': blanks and byte-order marks are dropped,
	 * since expat refuses anything before an XML declaration. */
	int lead;                      /* 1 while still skipping */
	int bom;                       /* bytes of a BOM matched so far */
	unsigned long lead_lines;      /* newlines among the bytes dropped */
	unsigned char *ebuf;           /* the last xmlact_buffer() */
	/* The sustained-speed window of the segment being read: a ring of
	 * points at least XA_WIN_STEP_S apart (XA_WIN_N of them span more
	 * than SPORT_SUSTAIN_S); counters index it modulo XA_WIN_N. */
	struct {
		double t[XA_WIN_N], lat[XA_WIN_N], lon[XA_WIN_N];
		uint32_t first, next, cand;
		double kx;             /* metres per degree of longitude */
	} win;
	union {
		struct xa_gpx gpx;
		struct xa_tcx tcx;
	} u;
};

/* Local part of a possibly prefixed name ("gpxtpx:hr" -> "hr"). */
const char *xa_local(const char *name);

/* The same and its length, in one pass: element names are short, and a
 * length and a memcmp beat strrchr and strcmp in the per-point path. */
static inline const char *
xa_local_len(const char *name, size_t *len)
{
	const char *s = name, *ln = name;

	for (; *s; s++)
		if (*s == ':')
			ln = s + 1;
	*len = (size_t)(s - ln);
	return ln;
}

/* 1 when ln, of length n, is the string literal lit. */
#define XA_IS(ln, n, lit) \
	((n) == sizeof(lit) - 1 && !memcmp((ln), (lit), sizeof(lit) - 1))
/* Starts collecting the character data of the element at depth. */
void xa_collect(struct xmlact *p, enum xa_col col);
/* Stops collecting; returns the text, trimmed, NUL-terminated. */
char *xa_text_end(struct xmlact *p);
/* Parses a decimal number (optional sign, fraction, exponent, blanks
 * around). 0, or -1 when s is not one or is not finite. */
int xa_num(double *out, const char *s);
/* Parses an ISO 8601 time with iso8601_parse, keeping the fraction and
 * whether a zone other than Z was named. 0, or -1 (counted as a bad time)
 * when unreadable or outside [XA_T_MIN, XA_T_MAX). */
int xa_time(double *t, int *off, int *has_off, struct xmlact *p,
	    const char *s);
void xa_warn(struct xmlact *p, enum xa_warn w);
/* Stops the parser with TALUS_EPARSE and a message. */
void xa_fail(struct xmlact *p, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

void xa_point_init(struct xa_point *pt);
void xa_stats_init(struct xa_stats *st);
void xa_stats_segment(struct xa_stats *st);
void xa_stats_add(struct xmlact *p, struct xa_stats *st,
		  const struct xa_point *pt);
void xa_stats_merge(struct xa_stats *dst, const struct xa_stats *src);
/* Fills a's points, distance, moving time, ascent, heart rate, cadence
 * and, from the first timed point, start and elapsed time. */
void xa_stats_fill(struct activity *a, const struct xa_stats *st);
/* Appends a new activity to p->out, or NULL (parser stopped) past
 * XMLACT_MAX_ACTIVITIES. */
struct activity *xa_push(struct xmlact *p);
/* Copies text into dst (size n), cut at a UTF-8 boundary, with runs of
 * whitespace folded to one space. */
void xa_copy_text(char *dst, size_t n, const char *src);

void XMLCALL xa_gpx_start(void *ud, const XML_Char *name,
			  const XML_Char **atts);
void XMLCALL xa_gpx_end(void *ud, const XML_Char *name);
void xa_gpx_init(struct xmlact *p);
/* End of input: closes what is open; truncated says the file ended early. */
void xa_gpx_finish(struct xmlact *p, int truncated);

void XMLCALL xa_tcx_start(void *ud, const XML_Char *name,
			  const XML_Char **atts);
void XMLCALL xa_tcx_end(void *ud, const XML_Char *name);
void xa_tcx_init(struct xmlact *p);
void xa_tcx_finish(struct xmlact *p, int truncated);
#endif /* XMLACT_INTERNAL */

#endif
