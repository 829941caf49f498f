/* mkcorpus.c - talus-mkcorpus: builds the import benchmark's corpus from
 * a folder of real device files (the ones named below, from other
 * open-source projects; bench/import.sh passes TALUS_FIXTURES), or from
 * files it writes itself (FIXTURES "-", bench/import.sh's default), so
 * that tests/sh/import.sh runs on a clone without the fixtures. Every copy
 * is a distinct file with its own start time (the importer rightly skips
 * identical copies and duplicate activities): GPX timestamps are
 * rewritten as text, FIT files are shifted with fit_shift_timestamps(),
 * which recomputes their CRCs. Copy i moves back by i x 3,607 s, so no two
 * copies start within the 60 s duplicate window and none starts in the
 * future.
 *
 *   talus-mkcorpus FIXTURES OUT [GPX_MB FIT_MB EXPORT_FILES]
 *   talus-mkcorpus --sources DIR    writes the files of "-" into DIR
 *
 * OUT/gpx/      GPX copies, about GPX_MB megabytes (default 200)
 * OUT/fit/      FIT copies, about FIT_MB megabytes (default 200)
 * OUT/export.zip  a Garmin-style export of EXPORT_FILES files (default
 *               20,000): small activity FIT files inside a nested zip,
 *               monitoring FIT files and JSON beside them.
 */
#include "import/fit.h"
#include "util/date.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <zip.h>

#define STEP_S 3607

static const char *const gpx_src[] = {
	"GoldenCheetah_GoldenCheetah/test/rides/Move_2014_01_16_19_48_44.gpx",
	"tkrajina_gpxpy/test_files/korita-zbevnica.gpx",
	"tkrajina_gpxpy/test_files/cerknicko-jezero.gpx",
	"tkrajina_gpxpy/test_files/Mojstrovka.gpx",
	"placemark_togeojson/test/data/run_gpxtpx.gpx",
	"placemark_togeojson/test/data/Friday-Evening-Run.gpx",
	"GoldenCheetah_GoldenCheetah/test/rides/UrbanBiker2019-04-18_16-12.gpx",
	NULL,
};
static const char *const fit_src[] = {
	"dtcooper_python-fitparse/tests/files/activity-small-fenix2-run.fit",
	"dtcooper_python-fitparse/tests/files/garmin-edge-500-activity.fit",
	"dtcooper_python-fitparse/tests/files/Edge810-Vector-2013-08-16-15-35-10.fit",
	"dtcooper_python-fitparse/tests/files/2013-02-06-12-11-14.fit",
	"GoldenCheetah_GoldenCheetah/test/runs/10kUNLP2014-Garmin15.fit",
	"dtcooper_python-fitparse/tests/files/2019-02-17-062644-ELEMNT-297E-195-0.fit",
	NULL,
};
/* Small activity files, as a watch's daily runs are in an export.
 * (compressed-speed-distance.fit is left out: its times are relative to
 * the device's power-on, in 1990, and cannot move back 20,000 hours.) */
static const char *const small_src[] = {
	"dtcooper_python-fitparse/tests/files/garmin-fenix-5-run.fit",
	"dtcooper_python-fitparse/tests/files/activity-small-fenix2-run.fit",
	"GoldenCheetah_GoldenCheetah/test/runs/10kUNLP2014-Garmin15.fit",
	"dtcooper_python-fitparse/tests/files/2013-02-06-12-11-14.fit",
	NULL,
};
static const char monitoring_src[] = "dtcooper_python-fitparse/tests/files/MonitoringFile.fit";

/* The same roles filled by talus's own files, made by own_source(). */
static const char *const own_gpx_src[] = {
	"run.gpx", "run-5s.gpx", "ride.gpx", NULL,
};
static const char *const own_fit_src[] = {
	"run-long.fit", "ride.fit", "run-hills.fit", NULL,
};
static const char *const own_small_src[] = {
	"run.fit", "run-short.fit", "run-5s.fit", "run-easy.fit", NULL,
};
static const char own_monitoring_src[] = "monitoring.fit";

static void
die(const char *what, const char *detail)
{
	fprintf(stderr, "talus-mkcorpus: %s: %s\n", what, detail);
	exit(1);
}

static uint8_t *
slurp(const char *dir, const char *rel, size_t *len)
{
	struct strbuf p = STRBUF_INIT;
	FILE *f;
	uint8_t *buf;
	long n;

	strbuf_addf(&p, "%s/%s", dir, rel);
	if (!(f = fopen(p.buf, "rb")))
		die(p.buf, strerror(errno));
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = xmalloc((size_t)n + 1);
	if (fread(buf, 1, (size_t)n, f) != (size_t)n)
		die(p.buf, "short read");
	fclose(f);
	strbuf_release(&p);
	*len = (size_t)n;
	return buf;
}

/* ------------------------------------------------------------------ */
/* talus's own sources: runs and rides written here, deterministic.     */

/* Unix seconds of the FIT epoch, 1989-12-31T00:00:00Z. */
#define FIT_EPOCH 631065600
/* The start of the files of a role: 2025-12-01T07:00:00Z for the export's
 * small files, two and four years before for the FIT and GPX copies, each
 * file of a role 600 s after the one before. Copy i starts i x 3,607 s
 * before its file, so the copies of one role never start within 60 s of
 * each other (600 k is never within 60 of a multiple of 3,607 for k < 5),
 * and the roles are years apart. */
#define OWN_T_SMALL 1764572400
#define OWN_T_FIT (OWN_T_SMALL - 2 * 365 * 86400)
#define OWN_T_GPX (OWN_T_SMALL - 4 * 365 * 86400)

struct own {
	const char *name;  /* file name */
	int64_t start;     /* Unix seconds */
	int n;             /* points */
	int step_s;        /* seconds between points */
	double mps;        /* speed, metres a second */
	unsigned sport;    /* FIT sport: 1 running, 2 cycling */
	const char *title; /* GPX <name> */
	const char *type;  /* GPX <type>, NULL for none */
};

static const struct own own_files[] = {
	{ "run.gpx", OWN_T_GPX, 1500, 1, 3.1, 1, "Morning Run", "running" },
	{ "run-5s.gpx", OWN_T_GPX + 600, 1200, 5, 2.9, 1, "Lunch", NULL },
	{ "ride.gpx", OWN_T_GPX + 1200, 2000, 1, 7.5, 2, "Evening Ride",
	  "cycling" },
	{ "run-long.fit", OWN_T_FIT, 7200, 1, 3.0, 1, NULL, NULL },
	{ "ride.fit", OWN_T_FIT + 600, 10800, 1, 7.0, 2, NULL, NULL },
	{ "run-hills.fit", OWN_T_FIT + 1200, 4000, 1, 2.7, 1, NULL, NULL },
	{ "run.fit", OWN_T_SMALL, 1800, 1, 3.2, 1, NULL, NULL },
	{ "run-short.fit", OWN_T_SMALL + 600, 3600, 1, 3.0, 1, NULL, NULL },
	{ "run-5s.fit", OWN_T_SMALL + 1200, 700, 5, 2.8, 1, NULL, NULL },
	{ "run-easy.fit", OWN_T_SMALL + 1800, 1200, 1, 2.6, 1, NULL, NULL },
};

/* Latitude and longitude of point i: north-east from 45 N 7 E, about
 * step metres apart. */
static double
own_lat(int i, double step)
{
	return 45.0 + i * step / 111195.0 * 0.8;
}

static double
own_lon(int i, double step)
{
	return 7.0 + i * step / (111195.0 * 0.7071) * 0.6;
}

static void
fit_u8(struct strbuf *b, unsigned x)
{
	strbuf_addch(b, (int)(x & 0xFF));
}

static void
fit_u16(struct strbuf *b, unsigned x)
{
	fit_u8(b, x);
	fit_u8(b, x >> 8);
}

static void
fit_u32(struct strbuf *b, uint32_t x)
{
	for (int i = 0; i < 4; i++)
		fit_u8(b, x >> (8 * i));
}

/* A little-endian definition of local message `local`: n fields of
 * { number, size, base type }. */
static void
fit_def(struct strbuf *b, unsigned local, unsigned global, size_t n,
	const uint8_t (*f)[3])
{
	fit_u8(b, 0x40 | local);
	fit_u8(b, 0);
	fit_u8(b, 0);
	fit_u16(b, global);
	fit_u8(b, (unsigned)n);
	for (size_t i = 0; i < n; i++)
		for (int k = 0; k < 3; k++)
			fit_u8(b, f[i][k]);
}

/* A 14-byte header, completed by fit_end(). */
static void
fit_begin(struct strbuf *b, unsigned type, uint32_t created)
{
	static const uint8_t head[14] = { 14, 0x20, 0x54, 0x08, 0, 0, 0, 0,
					  '.', 'F', 'I', 'T', 0, 0 };
	static const uint8_t file_id[][3] = {
		{ 0, 1, 0x00 }, { 1, 2, 0x84 }, { 2, 2, 0x84 }, { 4, 4, 0x86 },
	};

	strbuf_reset(b);
	strbuf_add(b, head, sizeof(head));
	fit_def(b, 0, 0, 4, file_id);
	fit_u8(b, 0);
	fit_u8(b, type);
	fit_u16(b, 1);     /* Garmin */
	fit_u16(b, 2697);  /* a Forerunner */
	fit_u32(b, created);
}

/* Patches the data size and header CRC, appends the file CRC. */
static void
fit_end(struct strbuf *b)
{
	uint8_t *h = (uint8_t *)b->buf;
	uint32_t ds = (uint32_t)(b->len - 14);
	uint16_t crc;

	for (int i = 0; i < 4; i++)
		h[4 + i] = (uint8_t)(ds >> (8 * i));
	crc = fit_crc16(0, h, 12);
	h[12] = (uint8_t)(crc & 0xFF);
	h[13] = (uint8_t)(crc >> 8);
	crc = fit_crc16(0, (const uint8_t *)b->buf, b->len);
	fit_u16(b, crc);
}

/* An activity file: file_id, a timer start, a record a point, a session
 * and the activity message. */
static void
own_fit(struct strbuf *b, const struct own *o)
{
	static const uint8_t event[][3] = {
		{ 253, 4, 0x86 }, { 0, 1, 0x00 }, { 1, 1, 0x00 },
	};
	static const uint8_t record[][3] = {
		{ 253, 4, 0x86 }, { 0, 4, 0x85 }, { 1, 4, 0x85 }, { 5, 4, 0x86 },
		{ 3, 1, 0x02 }, { 4, 1, 0x02 },
	};
	static const uint8_t session[][3] = {
		{ 253, 4, 0x86 }, { 2, 4, 0x86 }, { 7, 4, 0x86 }, { 8, 4, 0x86 },
		{ 9, 4, 0x86 }, { 5, 1, 0x00 }, { 6, 1, 0x00 }, { 16, 1, 0x02 },
		{ 18, 1, 0x02 },
	};
	static const uint8_t activity[][3] = {
		{ 253, 4, 0x86 }, { 5, 4, 0x86 },
	};
	const double semi = 2147483648.0 / 180.0;
	uint32_t t0 = (uint32_t)(o->start - FIT_EPOCH);
	uint32_t secs = (uint32_t)((o->n - 1) * o->step_s);
	double step = o->mps * o->step_s;

	fit_begin(b, 4, t0);
	fit_def(b, 1, 21, 3, event);
	fit_u8(b, 1);
	fit_u32(b, t0);
	fit_u8(b, 0);
	fit_u8(b, 0);
	fit_def(b, 2, 20, 6, record);
	for (int i = 0; i < o->n; i++) {
		fit_u8(b, 2);
		fit_u32(b, t0 + (uint32_t)(i * o->step_s));
		fit_u32(b, (uint32_t)(int32_t)(own_lat(i, step) * semi));
		fit_u32(b, (uint32_t)(int32_t)(own_lon(i, step) * semi));
		fit_u32(b, (uint32_t)(i * step * 100 + 0.5));
		fit_u8(b, 130 + (unsigned)(i / 60 % 30));
		fit_u8(b, o->sport == 1 ? 85 : 88);
	}
	fit_def(b, 3, 18, 9, session);
	fit_u8(b, 3);
	fit_u32(b, t0 + secs);
	fit_u32(b, t0);
	fit_u32(b, secs * 1000);
	fit_u32(b, secs * 1000);
	fit_u32(b, (uint32_t)((o->n - 1) * step * 100 + 0.5));
	fit_u8(b, o->sport);
	fit_u8(b, 0);
	fit_u8(b, 144);
	fit_u8(b, o->sport == 1 ? 85 : 88);
	fit_def(b, 4, 34, 2, activity);
	fit_u8(b, 4);
	fit_u32(b, t0 + secs);
	fit_u32(b, t0 + secs + 3600);
	fit_end(b);
}

/* A monitoring file (type 32): a day of step counts, not an activity. */
static void
own_monitoring(struct strbuf *b)
{
	static const uint8_t monitoring[][3] = {
		{ 253, 4, 0x86 }, { 3, 4, 0x86 }, { 5, 1, 0x00 },
	};
	uint32_t t0 = (uint32_t)(OWN_T_SMALL - FIT_EPOCH);

	fit_begin(b, 32, t0);
	fit_def(b, 1, 55, 3, monitoring);
	for (uint32_t i = 0; i < 96; i++) {
		fit_u8(b, 1);
		fit_u32(b, t0 + 900 * i);
		fit_u32(b, 60 * i);
		fit_u8(b, 6);  /* walking */
	}
	fit_end(b);
}

/* A GPX 1.1 track with heart rates, as a watch's export writes it. */
static void
own_gpx(struct strbuf *b, const struct own *o)
{
	double step = o->mps * o->step_s;
	char iso[32];

	strbuf_reset(b);
	strbuf_addf(b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
		    "<gpx version=\"1.1\" creator=\"talus-mkcorpus\" "
		    "xmlns=\"http://www.topografix.com/GPX/1/1\" "
		    "xmlns:gpxtpx=\"http://www.garmin.com/xmlschemas/"
		    "TrackPointExtension/v1\">\n<metadata><time>%s</time>"
		    "</metadata>\n<trk><name>%s</name>", utc_format(iso, o->start),
		    o->title);
	if (o->type)
		strbuf_addf(b, "<type>%s</type>", o->type);
	strbuf_adds(b, "<trkseg>\n");
	for (int i = 0; i < o->n; i++)
		strbuf_addf(b, "<trkpt lat=\"%.7f\" lon=\"%.7f\"><ele>%.1f</ele>"
			    "<time>%s</time><extensions><gpxtpx:TrackPointExtension>"
			    "<gpxtpx:hr>%d</gpxtpx:hr></gpxtpx:TrackPointExtension>"
			    "</extensions></trkpt>\n", own_lat(i, step),
			    own_lon(i, step), 300.0 + (i / 30 % 40),
			    utc_format(iso, o->start + (int64_t)i * o->step_s),
			    130 + i / 60 % 30);
	strbuf_adds(b, "</trkseg></trk>\n</gpx>\n");
}

/* The bytes of own file `name`. Caller frees. */
static uint8_t *
own_source(const char *name, size_t *len)
{
	struct strbuf b = STRBUF_INIT;
	size_t i;

	if (!strcmp(name, own_monitoring_src)) {
		own_monitoring(&b);
	} else {
		for (i = 0; i < sizeof(own_files) / sizeof(own_files[0]); i++)
			if (!strcmp(name, own_files[i].name))
				break;
		if (i == sizeof(own_files) / sizeof(own_files[0]))
			die(name, "no such file of talus's own");
		if (strstr(name, ".gpx"))
			own_gpx(&b, &own_files[i]);
		else
			own_fit(&b, &own_files[i]);
	}
	*len = b.len;
	return (uint8_t *)strbuf_detach(&b);
}

/* A source: the fixture dir/rel, or talus's own file rel when dir is
 * "-". Caller frees. */
static uint8_t *
source(const char *dir, const char *rel, size_t *len)
{
	return strcmp(dir, "-") ? slurp(dir, rel, len) : own_source(rel, len);
}

static void
spit(const char *path, const void *buf, size_t len)
{
	FILE *f = fopen(path, "wb");

	if (!f || fwrite(buf, 1, len, f) != len || fclose(f))
		die(path, strerror(errno));
}

/* Rewrites every <time>ISO</time> of a GPX shifted by delta seconds. */
static void
shift_gpx(struct strbuf *out, const char *in, size_t len, int64_t delta)
{
	const char *p = in, *end = in + len;

	strbuf_reset(out);
	while (p < end) {
		const char *t = strstr(p, "<time>"), *e;
		char iso[64], buf[32];
		int64_t utc;
		int off, has;

		if (!t || !(e = strstr(t, "</time>"))) {
			strbuf_add(out, p, (size_t)(end - p));
			break;
		}
		t += 6;
		strbuf_add(out, p, (size_t)(t - p));
		snprintf(iso, sizeof(iso), "%.*s", (int)(e - t < 63 ? e - t : 63), t);
		if (!iso8601_parse(&utc, &off, &has, iso))
			strbuf_adds(out, utc_format(buf, utc + delta));
		else
			strbuf_add(out, t, (size_t)(e - t));
		p = e;
	}
}

static size_t
copies(const char *fixtures, const char *outdir, const char *const *src, int fit,
       double mb, const char *ext)
{
	struct strbuf out = STRBUF_INIT, path = STRBUF_INIT;
	size_t total = 0, n = 0, ns = 0, lens[16];
	uint8_t *bufs[16];
	struct talus_err err = TALUS_ERR_INIT;

	for (ns = 0; src[ns]; ns++)
		bufs[ns] = source(fixtures, src[ns], &lens[ns]);
	while (total < mb * 1e6) {
		size_t k = n % ns;
		int64_t delta = -(int64_t)(n + 1) * STEP_S;

		strbuf_reset(&path);
		strbuf_addf(&path, "%s/%06zu.%s", outdir, n, ext);
		if (fit) {
			uint8_t *copy = xmalloc(lens[k]);
			memcpy(copy, bufs[k], lens[k]);
			if (fit_shift_timestamps(copy, lens[k], delta, &err))
				die(src[k], err.msg);
			spit(path.buf, copy, lens[k]);
			free(copy);
			total += lens[k];
		} else {
			shift_gpx(&out, (const char *)bufs[k], lens[k], delta);
			spit(path.buf, out.buf, out.len);
			total += out.len;
		}
		n++;
	}
	for (size_t i = 0; i < ns; i++)
		free(bufs[i]);
	strbuf_release(&out);
	strbuf_release(&path);
	return n;
}

static void
zip_put(zip_t *z, const char *name, const void *buf, size_t len)
{
	zip_source_t *s = zip_source_buffer(z, buf, len, 0);

	if (!s || zip_file_add(z, name, s, ZIP_FL_OVERWRITE) < 0)
		die(name, zip_strerror(z));
}

/* A Garmin export: DI_CONNECT/DI-Connect-Uploaded-Files/UploadedFiles_0-_Part1.zip
 * holds the activity FIT files; monitoring FIT and JSON files sit beside. */
static void
export_zip(const char *fixtures, const char *path, size_t files)
{
	int own = !strcmp(fixtures, "-");
	const char *const *small = own ? own_small_src : small_src;
	struct talus_err err = TALUS_ERR_INIT;
	size_t nact = files * 3 / 5, nmon = files / 5, njson = files - nact - nmon - 1;
	uint8_t *bufs[8], *mon, **keep;
	size_t lens[8], monlen, ns, nkeep = 0;
	char name[128];
	char inner_path[4096];
	zip_t *inner, *outer;
	int zerr;

	for (ns = 0; small[ns]; ns++)
		bufs[ns] = source(fixtures, small[ns], &lens[ns]);
	mon = source(fixtures, own ? own_monitoring_src : monitoring_src, &monlen);
	keep = xcalloc(nact + njson + 1, sizeof(*keep));
	snprintf(inner_path, sizeof(inner_path), "%s.inner.zip", path);
	remove(inner_path);
	if (!(inner = zip_open(inner_path, ZIP_CREATE | ZIP_TRUNCATE, &zerr)))
		die(inner_path, "cannot create");
	for (size_t i = 0; i < nact; i++) {
		size_t k = i % ns;
		uint8_t *copy = xmalloc(lens[k]);
		memcpy(copy, bufs[k], lens[k]);
		if (fit_shift_timestamps(copy, lens[k], -(int64_t)(i + 1) * STEP_S, &err))
			die(small[k], err.msg);
		snprintf(name, sizeof(name), "user@example.com_%zu.fit", 100000 + i);
		zip_put(inner, name, copy, lens[k]);
		keep[nkeep++] = copy;
	}
	if (zip_close(inner))
		die(inner_path, "cannot write");
	for (size_t i = 0; i < nkeep; i++)
		free(keep[i]);
	nkeep = 0;
	if (!(outer = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &zerr)))
		die(path, "cannot create");
	{
		zip_source_t *s = zip_source_file(outer, inner_path, 0, -1);
		if (!s || zip_file_add(outer, "DI_CONNECT/DI-Connect-Uploaded-Files/"
				       "UploadedFiles_0-_Part1.zip", s, 0) < 0)
			die(path, zip_strerror(outer));
	}
	for (size_t i = 0; i < nmon; i++) {
		snprintf(name, sizeof(name), "DI_CONNECT/DI-Connect-Wellness/%zu_WELLNESS.fit", i);
		zip_put(outer, name, mon, monlen);
	}
	for (size_t i = 0; i < njson; i++) {
		char *j = xmalloc(160);
		int n = snprintf(j, 160, "{\"userProfileId\": 1, \"calendarDate\": \"day %zu\", "
				 "\"totalSteps\": %zu}\n", i, 5000 + i % 9000);
		snprintf(name, sizeof(name), "DI_CONNECT/DI-Connect-Aggregator/UDSFile_%zu.json", i);
		zip_put(outer, name, j, (size_t)n);
		keep[nkeep++] = (uint8_t *)j;
	}
	if (zip_close(outer))
		die(path, "cannot write");
	for (size_t i = 0; i < nkeep; i++)
		free(keep[i]);
	free(keep);
	remove(inner_path);
	for (size_t i = 0; i < ns; i++)
		free(bufs[i]);
	free(mon);
	printf("export: %s, %zu files (%zu activity FIT in a nested zip, %zu monitoring "
	       "FIT, %zu JSON)\n", path, nact + nmon + njson + 1, nact, nmon, njson);
}

/* Writes talus's own source files into dir. */
static void
own_sources(const char *dir)
{
	struct strbuf p = STRBUF_INIT;
	size_t len;
	uint8_t *buf;

	mkdir(dir, 0755);
	for (size_t i = 0; i <= sizeof(own_files) / sizeof(own_files[0]); i++) {
		const char *name = i < sizeof(own_files) / sizeof(own_files[0]) ?
			own_files[i].name : own_monitoring_src;

		buf = own_source(name, &len);
		strbuf_reset(&p);
		strbuf_addf(&p, "%s/%s", dir, name);
		spit(p.buf, buf, len);
		free(buf);
	}
	strbuf_release(&p);
}

int
main(int argc, char **argv)
{
	struct strbuf d = STRBUF_INIT;
	double gpx_mb = 200, fit_mb = 200;
	size_t files = 20000, n;
	int own;

	if (argc == 3 && !strcmp(argv[1], "--sources")) {
		own_sources(argv[2]);
		return 0;
	}
	if (argc < 3) {
		fprintf(stderr, "usage: talus-mkcorpus FIXTURES|- OUT [GPX_MB FIT_MB EXPORT_FILES]\n"
			"       talus-mkcorpus --sources DIR\n");
		return 2;
	}
	own = !strcmp(argv[1], "-");
	if (argc > 5) {
		gpx_mb = atof(argv[3]);
		fit_mb = atof(argv[4]);
		files = (size_t)atol(argv[5]);
	}
	mkdir(argv[2], 0755);
	strbuf_addf(&d, "%s/gpx", argv[2]);
	mkdir(d.buf, 0755);
	n = copies(argv[1], d.buf, own ? own_gpx_src : gpx_src, 0, gpx_mb, "gpx");
	printf("gpx: %s, %zu files\n", d.buf, n);
	strbuf_reset(&d);
	strbuf_addf(&d, "%s/fit", argv[2]);
	mkdir(d.buf, 0755);
	n = copies(argv[1], d.buf, own ? own_fit_src : fit_src, 1, fit_mb, "fit");
	printf("fit: %s, %zu files\n", d.buf, n);
	strbuf_reset(&d);
	strbuf_addf(&d, "%s/export.zip", argv[2]);
	if (files)
		export_zip(argv[1], d.buf, files);
	strbuf_release(&d);
	return 0;
}
