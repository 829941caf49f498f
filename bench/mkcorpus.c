/* mkcorpus.c - talus-mkcorpus: builds the import benchmark's corpus from
 * the shared fixtures. Every copy is a distinct file with its own start
 * time (the importer rightly skips identical copies and duplicate
 * activities): GPX timestamps are rewritten as text, FIT files are shifted
 * with fit_shift_timestamps(), which recomputes their CRCs. Copy i moves
 * back by i x 3,607 s, so no two copies start within the 60 s duplicate
 * window and none starts in the future.
 *
 *   talus-mkcorpus FIXTURES OUT [GPX_MB FIT_MB EXPORT_FILES]
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
		bufs[ns] = slurp(fixtures, src[ns], &lens[ns]);
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
	struct talus_err err = TALUS_ERR_INIT;
	size_t nact = files * 3 / 5, nmon = files / 5, njson = files - nact - nmon - 1;
	uint8_t *bufs[8], *mon, **keep;
	size_t lens[8], monlen, ns, nkeep = 0;
	char name[128];
	char inner_path[4096];
	zip_t *inner, *outer;
	int zerr;

	for (ns = 0; small_src[ns]; ns++)
		bufs[ns] = slurp(fixtures, small_src[ns], &lens[ns]);
	mon = slurp(fixtures, monitoring_src, &monlen);
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
			die(small_src[k], err.msg);
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

int
main(int argc, char **argv)
{
	struct strbuf d = STRBUF_INIT;
	double gpx_mb = 200, fit_mb = 200;
	size_t files = 20000, n;

	if (argc < 3) {
		fprintf(stderr, "usage: talus-mkcorpus FIXTURES OUT [GPX_MB FIT_MB EXPORT_FILES]\n");
		return 2;
	}
	if (argc > 5) {
		gpx_mb = atof(argv[3]);
		fit_mb = atof(argv[4]);
		files = (size_t)atol(argv[5]);
	}
	mkdir(argv[2], 0755);
	strbuf_addf(&d, "%s/gpx", argv[2]);
	mkdir(d.buf, 0755);
	n = copies(argv[1], d.buf, gpx_src, 0, gpx_mb, "gpx");
	printf("gpx: %s, %zu files\n", d.buf, n);
	strbuf_reset(&d);
	strbuf_addf(&d, "%s/fit", argv[2]);
	mkdir(d.buf, 0755);
	n = copies(argv[1], d.buf, fit_src, 1, fit_mb, "fit");
	printf("fit: %s, %zu files\n", d.buf, n);
	strbuf_reset(&d);
	strbuf_addf(&d, "%s/export.zip", argv[2]);
	if (files)
		export_zip(argv[1], d.buf, files);
	strbuf_release(&d);
	return 0;
}
