/* source.c - the import pipeline's reading side.
 *
 * import_plan_new() walks the paths on the calling thread and lists jobs:
 * a file, a zip entry (archive path and index) or a buffer (standard
 * input). import_run() hands job indices to worker threads; each worker
 * reads its file once into a buffer it reuses, hashes the bytes as stored,
 * inflates gzip, tells the format from the first bytes and feeds the
 * decoder. Results go through a bounded queue to the one writer, so memory
 * stays bounded by (jobs x the largest file), never by the corpus. */
#include "import/source.h"
#include "import/fit.h"
#include "import/strava_csv.h"
#include "import/talus_csv.h"
#include "import/xmlact.h"
#include "import/zipdl.h"
#include "util/strbuf.h"
#include "util/xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xxhash.h>
#include <zlib.h>

#define CHUNK 65536
#define MAX_FILE (256u << 20) /* a decoded file larger than this is refused */
#define MAX_NEST 4            /* zips inside zips, at most this deep */

enum job_kind { JOB_FILE, JOB_ZIP, JOB_MEM };

/* How a file was named: content that is no activity is skipped in a
 * file named neither way, and a failure otherwise. */
enum {
	NAMED_EXT = 1,   /* its name says gpx, tcx, fit (maybe .gz) or zip */
	NAMED_GIVEN = 2, /* given as a path on the command line, or '-': even
			    a sound FIT file of another kind is a failure */
};

struct job {
	enum job_kind kind;
	char *display;          /* the path shown to the user */
	const char *source;     /* file path, or archive path for JOB_ZIP */
	zip_uint64_t index;     /* JOB_ZIP */
	const uint8_t *mem;     /* JOB_MEM */
	size_t memlen;
	uint64_t size;          /* bytes as stored, for the progress bar */
	int named;              /* NAMED_EXT or NAMED_GIVEN, or 0 */
	const struct strava_meta *meta;
	char *stamp;            /* see import_plan_new(), or NULL */
	int known;              /* its stamp was imported before: not read */
	int nest;               /* index into plan->nests, or -1 */
};

struct nest {
	char *stamp;            /* the nested zip entry's own stamp */
	size_t left;            /* entries not yet delivered */
	int failed;             /* one of them failed */
};

struct meta_entry {
	char *file;             /* path relative to the export's root */
	struct strava_meta meta;
};

struct import_plan {
	struct job *jobs;
	size_t n, alloc;
	uint64_t bytes;
	char **strings;         /* archive paths kept for JOB_ZIP */
	size_t nstrings, astrings;
	uint8_t *stdin_buf;
	struct meta_entry *metas;
	size_t nmetas, ametas;
	int strava;
	char **temps;           /* nested zips extracted to temporary files */
	size_t ntemps, atemps;
	struct nest *nests;
	size_t nnests, anests;
	const char *const *stamps; /* known stamps, sorted (borrowed) */
	size_t nstamps;
};

/* 1 when key is in the sorted array v of n strings. */
static int
in_sorted(const char *const *v, size_t n, const char *key)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		int c = strcmp(v[mid], key);
		if (!c)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

static int
known_stamp(const struct import_plan *p, const char *stamp)
{
	return in_sorted(p->stamps, p->nstamps, stamp);
}

static char *
zip_stamp(const zip_stat_t *zs, const char *name)
{
	struct strbuf sb = STRBUF_INIT;

	strbuf_addf(&sb, "z:%08x:%llu:%s", (unsigned)(zs->valid & ZIP_STAT_CRC ? zs->crc : 0),
		    (unsigned long long)zs->size, name);
	return strbuf_detach(&sb);
}

/* ---- names ---------------------------------------------------------------- */

static int
ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);

	return a >= b && !strcasecmp(s + a - b, suffix);
}

static int
activity_name(const char *name)
{
	static const char *const ext[] = { ".gpx", ".tcx", ".fit", ".gpx.gz",
					   ".tcx.gz", ".fit.gz", NULL };
	for (int i = 0; ext[i]; i++)
		if (ends_with(name, ext[i]))
			return 1;
	return 0;
}

static const char *
keep(struct import_plan *p, const char *s)
{
	p->strings = xgrow(p->strings, sizeof(*p->strings), p->nstrings + 1, &p->astrings);
	return p->strings[p->nstrings++] = xstrdup(s);
}

static struct job *
add_job(struct import_plan *p, enum job_kind kind, const char *display, uint64_t size)
{
	struct job *j;

	p->jobs = xgrow(p->jobs, sizeof(*p->jobs), p->n + 1, &p->alloc);
	j = &p->jobs[p->n++];
	memset(j, 0, sizeof(*j));
	j->kind = kind;
	j->display = xstrdup(display);
	j->size = size;
	j->named = activity_name(display) ? NAMED_EXT : 0;
	j->nest = -1;
	p->bytes += size;
	return j;
}

/* ---- Strava's activities.csv ------------------------------------------------ */

struct csv_ctx {
	struct import_plan *p;
	const char *prefix; /* the export's root, prepended to file names */
};

static int
csv_row(void *payload, const struct strava_row *row, const char *row_error)
{
	struct csv_ctx *c = payload;
	struct import_plan *p = c->p;
	struct meta_entry *m;
	struct strbuf sb = STRBUF_INIT;

	if (row_error || !row->filename[0])
		return 0; /* the file, if any, still imports; without metadata */
	p->metas = xgrow(p->metas, sizeof(*p->metas), p->nmetas + 1, &p->ametas);
	m = &p->metas[p->nmetas++];
	memset(m, 0, sizeof(*m));
	strbuf_addf(&sb, "%s%s", c->prefix, row->filename);
	m->file = strbuf_detach(&sb);
	snprintf(m->meta.name, sizeof(m->meta.name), "%s", row->name);
	snprintf(m->meta.gear, sizeof(m->meta.gear), "%s", row->gear);
	snprintf(m->meta.type, sizeof(m->meta.type), "%s", row->type);
	strava_type_map(row->type, &m->meta.sport, &m->meta.surface);
	return 0;
}

static int
cmp_meta(const void *a, const void *b)
{
	return strcmp(((const struct meta_entry *)a)->file, ((const struct meta_entry *)b)->file);
}

static int
load_csv(struct import_plan *p, const char *buf, size_t len, const char *prefix,
	 const char *where, struct talus_err *err)
{
	struct csv_ctx c = { p, prefix };
	int rc = strava_csv_parse(buf, len, csv_row, &c, err);

	if (rc)
		return err_set(err, TALUS_EPARSE, "%s: %s", where, err->msg);
	p->strava = 1;
	if (p->nmetas) /* none: metas is NULL, which qsort may not get */
		qsort(p->metas, p->nmetas, sizeof(*p->metas), cmp_meta);
	return 0;
}

static const struct strava_meta *
find_meta(const struct import_plan *p, const char *file)
{
	struct meta_entry key = { (char *)file, { "", "", "", 0, 0 } };
	const struct meta_entry *m;

	if (!p->nmetas)
		return NULL;
	m = bsearch(&key, p->metas, p->nmetas, sizeof(*p->metas), cmp_meta);
	return m ? &m->meta : NULL;
}

/* ---- walking ------------------------------------------------------------------ */

static int read_fd_all(uint8_t **out, size_t *len, int fd);

/* Extracts a zip entry that is itself a zip into a temporary file, so that
 * every worker can open it: memory stays bounded by one read buffer. */
static int
extract_nested(struct import_plan *p, zip_t *z, zip_uint64_t index, char **out)
{
	const char *tmpdir = getenv("TMPDIR");
	struct strbuf path = STRBUF_INIT;
	zip_file_t *f;
	char buf[CHUNK];
	zip_int64_t r;
	int fd, rc = 0;

	strbuf_addf(&path, "%s/talus-nested-XXXXXX", tmpdir && *tmpdir == '/' ? tmpdir : "/tmp");
	if ((fd = mkstemp(path.buf)) < 0) {
		strbuf_release(&path);
		return -1;
	}
	p->temps = xgrow(p->temps, sizeof(*p->temps), p->ntemps + 1, &p->atemps);
	p->temps[p->ntemps++] = xstrdup(path.buf);
	if (!(f = zip_fopen_index(z, index, 0)))
		rc = -1;
	while (!rc && (r = zip_fread(f, buf, sizeof(buf))) > 0)
		if (write(fd, buf, (size_t)r) != r)
			rc = -1;
	if (f)
		zip_fclose(f);
	close(fd);
	*out = strbuf_detach(&path);
	return rc;
}

static int
plan_zip(struct import_plan *p, const char *path, const char *display,
	 const char *prefix, int nest, int depth, struct talus_err *err)
{
	zip_t *z;
	int zerr;
	zip_int64_t n, csv = -1;
	const char *src = keep(p, path);
	int lrc;

	if ((lrc = zipdl_load(err)))
		return lrc;
	if (!(z = zip_open(path, ZIP_RDONLY, &zerr)))
		return err_set(err, TALUS_EIO, "cannot open the zip archive '%s'", display);
	n = zip_get_num_entries(z, 0);
	for (zip_int64_t i = 0; i < n; i++) {
		const char *name = zip_get_name(z, (zip_uint64_t)i, 0);
		if (name && (!strcmp(name, "activities.csv") || ends_with(name, "/activities.csv")) &&
		    strchr(name, '/') == strrchr(name, '/') && (csv < 0 || !strchr(name, '/')))
			csv = i;
	}
	if (csv >= 0) {
		zip_stat_t zs;
		zip_file_t *f;
		const char *name = zip_get_name(z, (zip_uint64_t)csv, 0);
		char root[512], where[1024];
		char *buf;
		size_t plen = strlen(name) - strlen("activities.csv");
		int rc = 0;

		snprintf(root, sizeof(root), "%.*s", (int)(plen < 511 ? plen : 511), name);
		snprintf(where, sizeof(where), "%s:%s", display, name);
		if (zip_stat_index(z, (zip_uint64_t)csv, 0, &zs) || zs.size > MAX_FILE ||
		    !(f = zip_fopen_index(z, (zip_uint64_t)csv, 0))) {
			zip_close(z);
			return err_set(err, TALUS_EIO, "cannot read '%s'", where);
		}
		buf = xmalloc(zs.size + 1);
		if (zip_fread(f, buf, zs.size) != (zip_int64_t)zs.size)
			rc = err_set(err, TALUS_EIO, "cannot read '%s'", where);
		zip_fclose(f);
		if (!rc)
			rc = load_csv(p, buf, zs.size, root, where, err);
		free(buf);
		if (rc) {
			zip_close(z);
			return rc;
		}
	}
	for (zip_int64_t i = 0; i < n; i++) {
		zip_stat_t zs;
		const char *name;
		struct strbuf disp = STRBUF_INIT, full = STRBUF_INIT;
		struct job *j;
		char *stamp;

		if (zip_stat_index(z, (zip_uint64_t)i, 0, &zs) || !(zs.valid & ZIP_STAT_NAME))
			continue;
		name = zs.name;
		if (!*name || name[strlen(name) - 1] == '/' || i == csv)
			continue;
		strbuf_addf(&disp, "%s:%s", display, name);
		strbuf_addf(&full, "%s%s", prefix, name);
		stamp = zip_stamp(&zs, full.buf);
		if (ends_with(name, ".zip") && depth + 1 < MAX_NEST && !known_stamp(p, stamp)) {
			char *tmp = NULL;
			int rc = extract_nested(p, z, (zip_uint64_t)i, &tmp);
			struct nest *ns;
			size_t before = p->n;
			p->nests = xgrow(p->nests, sizeof(*p->nests), p->nnests + 1, &p->anests);
			ns = &p->nests[p->nnests++];
			ns->stamp = stamp;
			ns->left = 0;
			ns->failed = 0;
			strbuf_addch(&full, '/');
			if (!rc)
				rc = plan_zip(p, tmp, disp.buf, full.buf, (int)(p->nnests - 1),
					      depth + 1, err);
			else
				rc = err_set(err, TALUS_EIO, "cannot extract '%s'", disp.buf);
			for (size_t k = before; k < p->n; k++) /* its own entries only */
				p->nests[p->nnests - 1].left += p->jobs[k].nest == (int)(p->nnests - 1);
			free(tmp);
			strbuf_release(&disp);
			strbuf_release(&full);
			if (rc) {
				zip_close(z);
				return rc;
			}
			continue;
		}
		j = add_job(p, JOB_ZIP, disp.buf, zs.valid & ZIP_STAT_SIZE ? zs.size : 0);
		strbuf_release(&disp);
		strbuf_release(&full);
		j->source = src;
		j->index = (zip_uint64_t)i;
		j->meta = find_meta(p, name);
		j->stamp = stamp;
		j->known = known_stamp(p, stamp);
		j->nest = nest;
		if (ends_with(name, ".zip"))
			j->named = NAMED_EXT;
	}
	zip_close(z);
	return 0;
}

static int
is_zip_file(const char *path)
{
	unsigned char m[4];
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t n;

	if (fd < 0)
		return 0;
	n = read(fd, m, 4);
	close(fd);
	return n == 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4;
}

static int walk(struct import_plan *p, const char *path, const char *root, int depth,
		struct talus_err *err);

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int
walk_dir(struct import_plan *p, const char *path, const char *root, int depth,
	 struct talus_err *err)
{
	DIR *d;
	struct dirent *e;
	char **names = NULL;
	size_t n = 0, alloc = 0;
	int rc = 0;

	if (depth > 64)
		return err_set(err, TALUS_EIO, "'%s': folders nested too deep", path);
	if (!(d = opendir(path)))
		return err_set(err, TALUS_EIO, "cannot read the folder '%s': %s", path,
			       strerror(errno));
	while ((e = readdir(d))) {
		if (e->d_name[0] == '.')
			continue;
		names = xgrow(names, sizeof(*names), n + 1, &alloc);
		names[n++] = xstrdup(e->d_name);
	}
	closedir(d);
	if (!n) { /* an empty folder: names is NULL, which qsort may not get */
		free(names);
		return 0;
	}
	qsort(names, n, sizeof(*names), cmp_str);
	/* A Strava export: activities.csv at the root of the folder given. */
	if (depth == 0 && bsearch(&(const char *){ "activities.csv" }, names, n,
				  sizeof(*names), cmp_str)) {
		struct strbuf csv = STRBUF_INIT;
		int fd;
		uint8_t *buf;
		size_t len;

		strbuf_addf(&csv, "%s/activities.csv", path);
		fd = open(csv.buf, O_RDONLY | O_CLOEXEC);
		if (fd < 0 || read_fd_all(&buf, &len, fd)) {
			rc = err_set(err, TALUS_EIO, "cannot read '%s'", csv.buf);
		} else {
			rc = load_csv(p, (const char *)buf, len, "", csv.buf, err);
			free(buf);
		}
		if (fd >= 0)
			close(fd);
		strbuf_release(&csv);
	}
	for (size_t i = 0; i < n && !rc; i++) {
		struct strbuf sub = STRBUF_INIT;
		if (!(depth == 0 && !strcmp(names[i], "activities.csv") && p->strava)) {
			strbuf_addf(&sub, "%s/%s", path, names[i]);
			rc = walk(p, sub.buf, root, depth + 1, err);
		}
		strbuf_release(&sub);
	}
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
	return rc;
}

static int
walk(struct import_plan *p, const char *path, const char *root, int depth,
     struct talus_err *err)
{
	struct stat st;
	struct job *j;

	if (stat(path, &st))
		return err_set(err, errno == ENOENT ? TALUS_EINVAL : TALUS_EIO,
			       "cannot read '%s': %s", path, strerror(errno));
	if (S_ISDIR(st.st_mode))
		return walk_dir(p, path, root, depth, err);
	if (depth == 0 && S_ISFIFO(st.st_mode)) {
		/* A pipe named on the command line (<(gunzip -c x.gpx.gz)): read
		 * as a file, with no stamp (its name says nothing of it). */
		j = add_job(p, JOB_FILE, path, 0);
		j->source = j->display;
		j->named = NAMED_GIVEN;
		return 0;
	}
	if (!S_ISREG(st.st_mode)) {
		if (depth == 0) /* /dev/zero would be read for ever */
			return err_set(err, TALUS_EINVAL, "cannot import '%s': not a file, "
				       "a folder or a zip archive", path);
		return 0; /* in a folder: a device or a pipe is no export file */
	}
	if (is_zip_file(path))
		return plan_zip(p, path, path, "", -1, 0, err);
	j = add_job(p, JOB_FILE, path, (uint64_t)st.st_size);
	j->source = j->display;
	if (depth == 0)
		j->named = NAMED_GIVEN;
	{
		struct strbuf sb = STRBUF_INIT;
		char *abs = realpath(path, NULL);
		strbuf_addf(&sb, "f:%lld:%lld.%09ld:%s", (long long)st.st_size,
			    (long long)st.st_mtim.tv_sec, (long)st.st_mtim.tv_nsec,
			    abs ? abs : path);
		free(abs);
		j->stamp = strbuf_detach(&sb);
		j->known = known_stamp(p, j->stamp);
	}
	if (p->nmetas) {
		size_t rl = strlen(root);
		const char *rel = !strncmp(path, root, rl) && path[rl] == '/' ? path + rl + 1 : path;
		j->meta = find_meta(p, rel);
	}
	return 0;
}

static int
read_fd_all(uint8_t **out, size_t *len, int fd)
{
	size_t alloc = 0, n = 0;
	uint8_t *buf = NULL;

	for (;;) {
		ssize_t r;
		buf = xgrow(buf, 1, n + CHUNK + 1, &alloc);
		r = read(fd, buf + n, CHUNK);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0 || n + (size_t)r > MAX_FILE) {
			free(buf);
			return -1;
		}
		if (r == 0)
			break;
		n += (size_t)r;
	}
	buf[n] = 0;
	*out = buf;
	*len = n;
	return 0;
}

int
import_plan_new(struct import_plan **out, const char *const *paths, size_t npaths,
		const char *const *stamps, size_t nstamps, struct talus_err *err)
{
	struct import_plan *p = xcalloc(1, sizeof(*p));
	int rc = 0;

	p->stamps = stamps;
	p->nstamps = nstamps;
	for (size_t i = 0; i < npaths && !rc; i++) {
		if (!strcmp(paths[i], "-")) {
			size_t len;
			struct job *j;
			if (p->stdin_buf) {
				rc = err_set(err, TALUS_EINVAL, "'-' (standard input) given twice");
				break;
			}
			if (read_fd_all(&p->stdin_buf, &len, 0)) {
				rc = err_set(err, TALUS_EIO, "cannot read standard input");
				break;
			}
			j = add_job(p, JOB_MEM, "-", len);
			j->mem = p->stdin_buf;
			j->memlen = len;
			j->named = NAMED_GIVEN;
			continue;
		}
		rc = walk(p, paths[i], paths[i], 0, err);
	}
	if (rc) {
		import_plan_free(p);
		return rc;
	}
	*out = p;
	return 0;
}

size_t import_plan_files(const struct import_plan *p) { return p->n; }

const char *
import_nest_delivered(struct import_plan *p, int nest, int failed)
{
	struct nest *ns;

	if (nest < 0 || (size_t)nest >= p->nnests)
		return NULL;
	ns = &p->nests[nest];
	ns->failed |= failed;
	if (ns->left && --ns->left == 0 && !ns->failed)
		return ns->stamp;
	return NULL;
}
uint64_t import_plan_bytes(const struct import_plan *p) { return p->bytes; }
int import_plan_is_strava(const struct import_plan *p) { return p->strava; }

void
import_plan_free(struct import_plan *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n; i++) {
		free(p->jobs[i].display);
		free(p->jobs[i].stamp);
	}
	for (size_t i = 0; i < p->nnests; i++)
		free(p->nests[i].stamp);
	free(p->nests);
	for (size_t i = 0; i < p->nstrings; i++)
		free(p->strings[i]);
	for (size_t i = 0; i < p->nmetas; i++)
		free(p->metas[i].file);
	for (size_t i = 0; i < p->ntemps; i++) {
		unlink(p->temps[i]);
		free(p->temps[i]);
	}
	free(p->temps);
	free(p->jobs);
	free(p->strings);
	free(p->metas);
	free(p->stdin_buf);
	free(p);
}

/* ---- hashing ------------------------------------------------------------------ */

static void
hex128(char out[IMPORT_HASH_HEX], XXH128_hash_t h)
{
	snprintf(out, IMPORT_HASH_HEX, "%016llx%016llx", (unsigned long long)h.high64,
		 (unsigned long long)h.low64);
}

void
import_hash(char out[IMPORT_HASH_HEX], const void *buf, size_t len)
{
	hex128(out, XXH3_128bits(buf, len));
}

/* ---- decoding one file (on a worker thread) ----------------------------------- */

struct worker {
	struct import_plan *p;
	const struct import_opts *o;
	struct pool *pool;
	struct {
		const char *path;
		zip_t *z;
	} zips[8];               /* open archives, one handle per worker */
	uint8_t *raw;            /* the file's bytes as stored */
	size_t rawlen, rawalloc;
	uint8_t *dec;            /* decoded (inflated) bytes, for FIT and zips */
	size_t declen, decalloc;
};

static zip_t *
worker_zip(struct worker *w, const char *path)
{
	int zerr, k;

	for (k = 0; k < 8 && w->zips[k].path; k++)
		if (w->zips[k].path == path)
			return w->zips[k].z;
	if (k == 8) {
		zip_discard(w->zips[7].z);
		k = 7;
	}
	w->zips[k].path = path;
	w->zips[k].z = zip_open(path, ZIP_RDONLY, &zerr);
	return w->zips[k].z;
}

/* Reads the job's bytes as stored into w->raw. */
static int
read_raw(struct worker *w, const struct job *j, const uint8_t **out, size_t *len,
	 char *msg, size_t msgn)
{
	w->rawlen = 0;
	if (j->kind == JOB_MEM) {
		*out = j->mem;
		*len = j->memlen;
		return 0;
	}
	if (j->kind == JOB_FILE) {
		int fd = open(j->source, O_RDONLY | O_CLOEXEC);
		struct stat st;
		if (fd < 0) {
			snprintf(msg, msgn, "cannot open: %s", strerror(errno));
			return -1;
		}
		/* One read of the whole file into the worker's buffer, which is
		 * reused: mapping each file instead costs a TLB shootdown on
		 * every other thread at munmap (measured: slower). */
		if (!fstat(fd, &st) && S_ISREG(st.st_mode) && st.st_size > 0 &&
		    (uint64_t)st.st_size <= MAX_FILE) {
			size_t want = (size_t)st.st_size, got = 0;
			w->raw = xgrow(w->raw, 1, want + 1, &w->rawalloc);
			while (got < want) {
				ssize_t r = pread(fd, w->raw + got, want - got, (off_t)got);
				if (r < 0 && errno == EINTR)
					continue;
				if (r <= 0)
					break;
				got += (size_t)r;
			}
			if (got == want) {
				close(fd);
				w->rawlen = got;
				*out = w->raw;
				*len = got;
				return 0;
			}
			w->rawlen = 0; /* the file changed under us: read it plainly */
			lseek(fd, 0, SEEK_SET);
		}
		for (;;) {
			ssize_t r;
			w->raw = xgrow(w->raw, 1, w->rawlen + CHUNK, &w->rawalloc);
			r = read(fd, w->raw + w->rawlen, CHUNK);
			if (r < 0 && errno == EINTR)
				continue;
			if (r < 0) {
				snprintf(msg, msgn, "cannot read: %s", strerror(errno));
				close(fd);
				return -1;
			}
			if (r == 0)
				break;
			w->rawlen += (size_t)r;
			if (w->rawlen > MAX_FILE) {
				snprintf(msg, msgn, "larger than %u MB", MAX_FILE >> 20);
				close(fd);
				return -1;
			}
		}
		close(fd);
	} else {
		zip_t *z = worker_zip(w, j->source);
		zip_file_t *f;
		zip_int64_t r;
		if (!z || !(f = zip_fopen_index(z, j->index, 0))) {
			snprintf(msg, msgn, "cannot read the zip entry: %s",
				 z ? zip_strerror(z) : "cannot open the archive");
			return -1;
		}
		if (j->size > MAX_FILE) {
			zip_fclose(f);
			snprintf(msg, msgn, "larger than %u MB", MAX_FILE >> 20);
			return -1;
		}
		w->raw = xgrow(w->raw, 1, (size_t)j->size + 1, &w->rawalloc);
		r = zip_fread(f, w->raw, j->size);
		zip_fclose(f);
		if (r < 0 || (uint64_t)r != j->size) {
			snprintf(msg, msgn, "cannot read the zip entry (corrupt archive?)");
			return -1;
		}
		w->rawlen = (size_t)r;
	}
	*out = w->raw;
	*len = w->rawlen;
	return 0;
}

static int
seen(const struct import_opts *o, const char *hash)
{
	return in_sorted(o->seen, o->nseen, hash);
}

static int
is_gzip(const uint8_t *b, size_t n)
{
	return n >= 2 && b[0] == 0x1f && b[1] == 0x8b;
}

static int
is_zip(const uint8_t *b, size_t n)
{
	return n >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
}

/* Inflates gzip (all members) into w->dec; 0, or -1 with msg. */
static int
gunzip(struct worker *w, const uint8_t *in, size_t len, char *msg, size_t msgn)
{
	z_stream z;
	int rc;

	memset(&z, 0, sizeof(z));
	if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
		snprintf(msg, msgn, "cannot start gzip");
		return -1;
	}
	w->declen = 0;
	z.next_in = (Bytef *)(uintptr_t)in;
	z.avail_in = (uInt)len;
	for (;;) {
		w->dec = xgrow(w->dec, 1, w->declen + CHUNK + 1, &w->decalloc);
		z.next_out = w->dec + w->declen;
		z.avail_out = CHUNK;
		rc = inflate(&z, Z_NO_FLUSH);
		w->declen = (size_t)(z.next_out - w->dec);
		if (w->declen > MAX_FILE) {
			snprintf(msg, msgn, "inflates to more than %u MB", MAX_FILE >> 20);
			inflateEnd(&z);
			return -1;
		}
		if (rc == Z_STREAM_END) {
			if (z.avail_in >= 2 && is_gzip(z.next_in, z.avail_in)) {
				inflateReset(&z); /* another member follows */
				continue;
			}
			break;
		}
		if (rc == Z_BUF_ERROR && z.avail_in == 0) {
			snprintf(msg, msgn, "gzip data truncated at byte %lu", (unsigned long)len);
			inflateEnd(&z);
			return -1;
		}
		if (rc != Z_OK) {
			snprintf(msg, msgn, "bad gzip data at byte %lu: %s",
				 (unsigned long)(z.next_in - in), z.msg ? z.msg : "error");
			inflateEnd(&z);
			return -1;
		}
	}
	inflateEnd(&z);
	return 0;
}

/* The result queue between workers and the writer. */
struct pool {
	pthread_mutex_t mu;
	pthread_cond_t can_put, can_get;
	struct import_file **q;
	size_t cap, head, count;
	size_t next_job;       /* the next job to hand out */
	int running;           /* workers still running */
	int halt;              /* stop handing out jobs */
};

static void
put(struct pool *pl, struct import_file *f)
{
	pthread_mutex_lock(&pl->mu);
	while (pl->count == pl->cap && !pl->halt)
		pthread_cond_wait(&pl->can_put, &pl->mu);
	if (pl->halt && pl->count == pl->cap) {
		pthread_mutex_unlock(&pl->mu);
		import_file_release(f);
		free(f);
		return;
	}
	pl->q[(pl->head + pl->count) % pl->cap] = f;
	pl->count++;
	pthread_cond_signal(&pl->can_get);
	pthread_mutex_unlock(&pl->mu);
}

static struct import_file *
new_file(const char *path, uint64_t bytes)
{
	struct import_file *f = xcalloc(1, sizeof(*f));

	f->path = xstrdup(path);
	f->bytes = bytes;
	f->nest = -1;
	return f;
}

static void decode_buffer(struct worker *w, const char *path, const struct job *j,
			  const uint8_t *buf, size_t len, uint64_t bytes, int depth);

/* A talus runs.csv: its good rows, and the bad ones named in f->msg. */
struct rows_ctx {
	struct import_file *f;
	size_t alloc;
	size_t bad;      /* rows left out */
	size_t shown;    /* of them, named in f->msg */
};

static int
csv_run(void *payload, const struct run_entry *r, long line, const char *row_error)
{
	struct rows_ctx *c = payload;
	struct import_file *f = c->f;

	if (row_error) {
		size_t used = strlen(f->msg);
		/* Name each bad row while the message has room; count the rest. */
		if (used + strlen(row_error) + 3 < sizeof(f->msg) - 48) {
			snprintf(f->msg + used, sizeof(f->msg) - used, "%s%s", used ? "; " : "",
				 row_error);
			c->shown++;
		}
		c->bad++;
		return 0;
	}
	f->rows = xgrow(f->rows, sizeof(*f->rows), f->nrows + 1, &c->alloc);
	f->rows[f->nrows].r = *r;
	f->rows[f->nrows++].line = line;
	return 0;
}

static void
decode_runs_csv(struct import_file *f, const uint8_t *data, size_t len)
{
	struct talus_err err = TALUS_ERR_INIT;
	struct rows_ctx c = { f, 0, 0, 0 };

	f->msg[0] = '\0';
	f->runs_csv = 1;
	if (talus_csv_parse((const char *)data, len, csv_run, &c, &err)) {
		f->outcome = IMPORT_FAILED;
		snprintf(f->msg, sizeof(f->msg), "%s", err.msg);
		return;
	}
	if (c.bad > c.shown) {
		size_t used = strlen(f->msg);
		snprintf(f->msg + used, sizeof(f->msg) - used, "%sand %zu more bad rows",
			 used ? "; " : "", c.bad - c.shown);
	}
	if (c.bad) {
		size_t used = strlen(f->msg);
		snprintf(f->msg + used, sizeof(f->msg) - used, " (%zu %s left out)", c.bad,
			 c.bad == 1 ? "row" : "rows");
	}
	f->outcome = IMPORT_DECODED;
}

/* Decodes one file's bytes (not a zip) into f: gzip, then the format by
 * content. named (NAMED_EXT, NAMED_GIVEN): the file was asked for by name
 * or has an activity file's name, so that unknown content is a failure,
 * not a skip. */
static void
decode_file(struct import_file *f, struct worker *w, const uint8_t *buf, size_t len,
	    int named)
{
	struct talus_err err = TALUS_ERR_INIT;
	const uint8_t *data = buf;
	size_t dlen = len;
	int rc;

	if (is_gzip(buf, len)) {
		if (gunzip(w, buf, len, f->msg, sizeof(f->msg))) {
			f->outcome = IMPORT_FAILED;
			return;
		}
		data = w->dec;
		dlen = w->declen;
	}
	if (fit_sniff(data, dlen)) {
		rc = fit_decode(&f->acts, data, dlen, &err);
	} else if (xmlact_sniff(data, dlen)) {
		rc = xmlact_parse(&f->acts, data, dlen, &err);
	} else if (talus_csv_sniff(data, dlen)) {
		decode_runs_csv(f, data, dlen);
		return;
	} else {
		f->outcome = named ? IMPORT_FAILED : IMPORT_IGNORED;
		snprintf(f->msg, sizeof(f->msg), "%s", dlen == 0 ? "empty file"
			 : "not a GPX, TCX or FIT file");
		return;
	}
	f->outcome = rc ? IMPORT_FAILED : IMPORT_DECODED;
	/* A sound FIT file of another kind (monitoring, workout, settings):
	 * a Garmin export holds thousands; not an error, unless it was the
	 * file asked for. */
	if (rc && !strncmp(err.msg, "not an activity file", 20) && named != NAMED_GIVEN)
		f->outcome = IMPORT_IGNORED;
	snprintf(f->msg, sizeof(f->msg), "%s", err.msg);
	if (rc)
		activity_vec_release(&f->acts);
}

/* A zip inside an archive: each of its entries is a file of its own. */
static void
decode_nested_zip(struct worker *w, const char *path, const struct job *j,
		  const uint8_t *buf, size_t len, int depth)
{
	zip_error_t ze;
	zip_source_t *src;
	zip_t *z;
	zip_int64_t n;
	uint8_t *copy;

	if (zipdl_load(NULL)) {
		struct import_file *f = new_file(path, len);
		f->outcome = IMPORT_FAILED;
		snprintf(f->msg, sizeof(f->msg), "a zip archive, and libzip cannot be loaded");
		put(w->pool, f);
		return;
	}
	/* libzip reads from the buffer while we decode entries into w->dec:
	 * give it a copy of its own. */
	copy = xmalloc(len ? len : 1);
	memcpy(copy, buf, len);
	zip_error_init(&ze);
	if (!(src = zip_source_buffer_create(copy, len, 1, &ze)) ||
	    !(z = zip_open_from_source(src, ZIP_RDONLY, &ze))) {
		struct import_file *f = new_file(path, len);
		f->outcome = IMPORT_FAILED;
		snprintf(f->msg, sizeof(f->msg), "not a readable zip archive: %s",
			 zip_error_strerror(&ze));
		if (src)
			zip_source_free(src);
		else
			free(copy);
		zip_error_fini(&ze);
		put(w->pool, f);
		return;
	}
	zip_error_fini(&ze);
	n = zip_get_num_entries(z, 0);
	for (zip_int64_t i = 0; i < n && !w->pool->halt; i++) {
		zip_stat_t zs;
		zip_file_t *zf;
		struct strbuf sub = STRBUF_INIT;
		uint8_t *entry;

		if (zip_stat_index(z, (zip_uint64_t)i, 0, &zs) || !*zs.name ||
		    zs.name[strlen(zs.name) - 1] == '/' || zs.size > MAX_FILE)
			continue;
		strbuf_addf(&sub, "%s:%s", path, zs.name);
		entry = xmalloc(zs.size ? zs.size : 1);
		if (!(zf = zip_fopen_index(z, (zip_uint64_t)i, 0)) ||
		    zip_fread(zf, entry, zs.size) != (zip_int64_t)zs.size) {
			struct import_file *f = new_file(sub.buf, zs.size);
			f->outcome = IMPORT_FAILED;
			snprintf(f->msg, sizeof(f->msg), "cannot read the zip entry");
			put(w->pool, f);
		} else {
			struct job sj = *j;
			sj.named = activity_name(zs.name) || ends_with(zs.name, ".zip") ?
				   NAMED_EXT : 0;
			sj.meta = NULL;
			decode_buffer(w, sub.buf, &sj, entry, zs.size, zs.size, depth + 1);
		}
		if (zf)
			zip_fclose(zf);
		free(entry);
		strbuf_release(&sub);
	}
	zip_close(z);
}

/* Decodes one file's bytes as stored: hash, seen check, gzip, format. */
static void
decode_buffer(struct worker *w, const char *path, const struct job *j,
	      const uint8_t *buf, size_t len, uint64_t bytes, int depth)
{
	struct import_file *f;

	if (is_zip(buf, len)) {
		if (depth >= MAX_NEST) {
			f = new_file(path, bytes);
			f->outcome = IMPORT_FAILED;
			snprintf(f->msg, sizeof(f->msg), "zip archives nested more than %d deep",
				 MAX_NEST);
			put(w->pool, f);
			return;
		}
		decode_nested_zip(w, path, j, buf, len, depth);
		return;
	}
	f = new_file(path, bytes);
	f->meta = j->meta;
	if (depth == 0) {
		f->stamp = j->stamp;
		f->nest = j->nest;
	}
	import_hash(f->hash, buf, len);
	if (seen(w->o, f->hash)) {
		f->outcome = IMPORT_SEEN;
		put(w->pool, f);
		return;
	}
	decode_file(f, w, buf, len, j->named);
	put(w->pool, f);
}

static void *
work(void *arg)
{
	struct worker *w = arg;
	struct pool *pl = w->pool;

	for (;;) {
		const struct job *j;
		const uint8_t *buf;
		size_t len;
		char msg[256] = "";

		pthread_mutex_lock(&pl->mu);
		if (pl->halt || pl->next_job == w->p->n ||
		    (w->o->stop && *w->o->stop)) {
			pl->running--;
			pthread_cond_broadcast(&pl->can_get);
			pthread_mutex_unlock(&pl->mu);
			break;
		}
		j = &w->p->jobs[pl->next_job++];
		pthread_mutex_unlock(&pl->mu);
		if (j->known) {
			struct import_file *f = new_file(j->display, j->size);
			f->outcome = IMPORT_SEEN;
			f->stamp = j->stamp;
			f->nest = j->nest;
			put(pl, f);
			continue;
		}
		if (read_raw(w, j, &buf, &len, msg, sizeof(msg))) {
			struct import_file *f = new_file(j->display, j->size);
			f->outcome = IMPORT_FAILED;
			f->nest = j->nest;
			snprintf(f->msg, sizeof(f->msg), "%s", msg);
			put(pl, f);
			continue;
		}
		decode_buffer(w, j->display, j, buf, len, len, 0);
	}
	for (int k = 0; k < 8 && w->zips[k].path; k++)
		if (w->zips[k].z)
			zip_discard(w->zips[k].z);
	free(w->raw);
	free(w->dec);
	return NULL;
}

static void
free_file(struct import_file *f)
{
	import_file_release(f);
	free(f);
}

int
import_decode(struct import_file *out, const char *name, const void *buf, size_t len)
{
	struct worker w;

	memset(out, 0, sizeof(*out));
	out->path = xstrdup(name);
	out->bytes = len;
	out->nest = -1;
	import_hash(out->hash, buf, len);
	if (is_zip(buf, len)) {
		out->outcome = IMPORT_FAILED;
		snprintf(out->msg, sizeof(out->msg), "a zip archive: import it by its path");
		return out->outcome;
	}
	memset(&w, 0, sizeof(w));
	decode_file(out, &w, buf, len, NAMED_EXT);
	free(w.dec);
	return out->outcome;
}

void
import_file_release(struct import_file *f)
{
	activity_vec_release(&f->acts);
	free(f->rows);
	f->rows = NULL;
	f->nrows = 0;
	free((char *)f->path);
	f->path = NULL;
}

int
import_run(struct import_plan *p, const struct import_opts *o,
	   int (*deliver)(void *payload, struct import_file *f), void *payload,
	   struct talus_err *err)
{
	struct pool pl;
	struct worker *ws;
	pthread_t *th;
	int jobs = o->jobs < 1 ? 1 : o->jobs > 64 ? 64 : o->jobs;
	int rc = 0, started = 0;

	memset(&pl, 0, sizeof(pl));
	pthread_mutex_init(&pl.mu, NULL);
	pthread_cond_init(&pl.can_put, NULL);
	pthread_cond_init(&pl.can_get, NULL);
	pl.cap = (size_t)jobs * 4 + 4;
	pl.q = xcalloc(pl.cap, sizeof(*pl.q));
	ws = xcalloc((size_t)jobs, sizeof(*ws));
	th = xcalloc((size_t)jobs, sizeof(*th));
	pl.running = jobs;
	for (int i = 0; i < jobs; i++) {
		ws[i].p = p;
		ws[i].o = o;
		ws[i].pool = &pl;
		if (pthread_create(&th[i], NULL, work, &ws[i])) {
			pthread_mutex_lock(&pl.mu);
			pl.running -= jobs - i;
			pthread_mutex_unlock(&pl.mu);
			break;
		}
		started++;
	}
	if (!started)
		rc = err_set(err, TALUS_EIO, "cannot start a worker thread");
	for (;;) {
		struct import_file *f;

		pthread_mutex_lock(&pl.mu);
		while (!pl.count && pl.running > 0) {
			struct timespec ts;
			if (o->stop && *o->stop)
				pl.halt = 1;
			clock_gettime(CLOCK_REALTIME, &ts);
			ts.tv_nsec += 100 * 1000000L;
			if (ts.tv_nsec >= 1000000000L) {
				ts.tv_sec++;
				ts.tv_nsec -= 1000000000L;
			}
			pthread_cond_timedwait(&pl.can_get, &pl.mu, &ts);
		}
		if (!pl.count) {
			pthread_mutex_unlock(&pl.mu);
			break;
		}
		f = pl.q[pl.head];
		pl.head = (pl.head + 1) % pl.cap;
		pl.count--;
		pthread_cond_signal(&pl.can_put);
		if (o->stop && *o->stop)
			pl.halt = 1;
		pthread_mutex_unlock(&pl.mu);
		if (!rc && !pl.halt) {
			rc = deliver(payload, f);
			if (rc) {
				pthread_mutex_lock(&pl.mu);
				pl.halt = 1;
				pthread_cond_broadcast(&pl.can_put);
				pthread_mutex_unlock(&pl.mu);
			}
		}
		free_file(f);
	}
	for (int i = 0; i < started; i++)
		pthread_join(th[i], NULL);
	while (pl.count) {
		free_file(pl.q[pl.head]);
		pl.head = (pl.head + 1) % pl.cap;
		pl.count--;
	}
	free(pl.q);
	free(ws);
	free(th);
	pthread_mutex_destroy(&pl.mu);
	pthread_cond_destroy(&pl.can_put);
	pthread_cond_destroy(&pl.can_get);
	if (!rc && o->stop && *o->stop)
		rc = err_set(err, TALUS_EINTR, "interrupted");
	return rc;
}
