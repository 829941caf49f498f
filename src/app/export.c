/* export.c - what an export reads, and the files it writes (see
 * export.h). The archive is written by libzip, loaded at run time as the
 * importer loads it (import/zipdl.h). */
#include "app/export.h"
#include "import/zipdl.h"
#include "store/store.h"
#include "store/store_data.h"
#include "util/xalloc.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int
app_export_read(struct export_data *out, struct session *s, int32_t since, int32_t until,
		int (*run)(void *payload, const struct run_entry *r), void *payload,
		struct talus_err *err)
{
	struct store *st = s->st;
	int64_t a = s->ath.id;
	size_t na = 0;
	int rc;

	export_data_init(out);
	out->ath = s->ath;
	out->since = since;
	out->until = until;
	if ((rc = store_run_each(st, a, since, until, run, payload, err)) ||
	    (rc = store_ankle_list_notes(&out->ankle_logs, &out->n_ankle_logs, st, a, since,
					 until, err)) ||
	    (rc = store_shoe_list(&out->shoes, &out->n_shoes, st, a, err)) ||
	    (rc = store_assess_list(&out->assessments, &na, st, a, since, until, err)) ||
	    (out->n_assessments = na, 0) ||
	    (rc = store_programme_list(&out->programmes, &out->n_programmes, st, a, err)) ||
	    (rc = store_programme_log_range(&out->programme_logs, &out->n_programme_logs, st,
					    a, since, until, err)) ||
	    (rc = store_plan_list(&out->plans, &out->n_plans, st, a, err)) ||
	    (rc = store_recovery_list(&out->recoveries, &out->n_recoveries, st, a, since,
				      until, err)) ||
	    (rc = store_consult_list(&out->consultations, &out->n_consultations, st, a, since,
				     until, err)))
		export_data_release(out);
	return rc;
}

/* ---- the target ------------------------------------------------------------- */

/* 1 when the folder path holds anything; -1 when it cannot be read. */
static int
folder_used(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	int used = 0;

	if (!d)
		return -1;
	while (!used && (e = readdir(d)))
		used = strcmp(e->d_name, ".") && strcmp(e->d_name, "..");
	closedir(d);
	return used;
}

int
app_export_check(const char *path, enum app_export_dest dest, struct talus_err *err)
{
	struct stat sb;

	if (!*path)
		return err_set(err, TALUS_EINVAL, "the output path is empty");
	if (stat(path, &sb))
		return errno == ENOENT ? 0 : err_set(err, TALUS_EINVAL, "cannot write to '%s': %s",
						     path, strerror(errno));
	if (dest != EXPORT_DEST_DIR && S_ISDIR(sb.st_mode))
		return err_set(err, TALUS_EINVAL, "'%s' is a folder: give a file name", path);
	/* a file is renamed into place: never over a device, pipe or socket */
	if (dest != EXPORT_DEST_DIR && !S_ISREG(sb.st_mode))
		return err_set(err, TALUS_EINVAL, "'%s' is not a regular file: give a file "
			       "name (or no -o, for standard output)", path);
	if (dest == EXPORT_DEST_DIR) {
		if (!S_ISDIR(sb.st_mode))
			return err_set(err, TALUS_EINVAL, "'%s' exists and is not a folder", path);
		if (folder_used(path))
			return err_set(err, TALUS_EINVAL, "the folder '%s' is not empty: give a "
				       "new or empty folder", path);
	}
	return 0;
}

/* ---- writing ------------------------------------------------------------------ */

/* The temporary name beside path: "path.tmp-XXXXXX". */
static char *
temp_name(const char *path)
{
	struct strbuf sb = STRBUF_INIT;
	size_t n = strlen(path);

	while (n > 1 && path[n - 1] == '/')
		n--; /* "out/" is the folder out */
	strbuf_addf(&sb, "%.*s.tmp-XXXXXX", (int)n, path);
	return strbuf_detach(&sb);
}

static int
io_error(struct talus_err *err, const char *what, const char *path)
{
	return err_set(err, TALUS_EIO, "cannot %s '%s': %s", what, path, strerror(errno));
}

/* Writes data to fd (the file path), synced, and closes it. */
static int
write_fd(int fd, const char *path, const struct strbuf *data, struct talus_err *err)
{
	size_t off = 0;

	fchmod(fd, 0600);
	while (off < data->len) {
		ssize_t w = write(fd, data->buf + off, data->len - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = ENOSPC;
			io_error(err, "write", path);
			close(fd);
			return err->code;
		}
		off += (size_t)w;
	}
	if (fsync(fd)) {
		io_error(err, "write", path);
		close(fd);
		return err->code;
	}
	if (close(fd))
		return io_error(err, "write", path);
	return 0;
}

/* Writes data to the new file path (0600), synced. */
static int
write_new(const char *path, const struct strbuf *data, struct talus_err *err)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);

	if (fd < 0)
		return io_error(err, "create", path);
	return write_fd(fd, path, data, err);
}

static int
fsync_file(const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC), rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

static void
sync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

	if (fd >= 0) {
		fsync(fd);
		close(fd);
	}
}

/* Syncs the folder that holds path. */
static void
sync_parent(const char *path)
{
	char *dir = xstrdup(path), *slash;
	size_t n = strlen(dir);

	while (n > 1 && dir[n - 1] == '/')
		dir[--n] = '\0';
	slash = strrchr(dir, '/');
	if (slash)
		*(slash == dir ? slash + 1 : slash) = '\0';
	sync_dir(slash ? dir : ".");
	free(dir);
}

/* Removes the temporary folder tmp and the files in it (what libzip
 * may have left there too). */
static void
remove_all(const char *tmp)
{
	struct strbuf sb = STRBUF_INIT;
	DIR *d = opendir(tmp);
	struct dirent *e;

	while (d && (e = readdir(d))) {
		if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
			continue;
		strbuf_reset(&sb);
		strbuf_addf(&sb, "%s/%s", tmp, e->d_name);
		unlink(sb.buf);
	}
	if (d)
		closedir(d);
	strbuf_release(&sb);
	rmdir(tmp);
}

static int
write_dir(const char *path, const char *tmp, const struct app_export_file *files, size_t n,
	  struct talus_err *err)
{
	struct strbuf sb = STRBUF_INIT;
	int rc = 0;

	for (size_t i = 0; i < n && !rc; i++) {
		strbuf_reset(&sb);
		strbuf_addf(&sb, "%s/%s", tmp, files[i].name);
		rc = write_new(sb.buf, files[i].data, err);
	}
	strbuf_release(&sb);
	if (rc)
		return rc;
	sync_dir(tmp);
	/* Replaces an empty folder by that name, refuses one with anything
	 * in it (ENOTEMPTY). */
	if (rename(tmp, path))
		return io_error(err, "write the folder", path);
	sync_parent(path);
	return 0;
}

/* The archive of files as tmp/name, through libzip. */
static int
write_zip(const char *arc, const struct app_export_file *files, size_t n,
	  struct talus_err *err)
{
	zip_t *z;
	int zerr, rc;

	if ((rc = zipdl_load(err)))
		return err_set(err, TALUS_EIO, "cannot write a zip archive: %s (a folder needs no "
			       "library: -o FOLDER)", err->msg);
	if (!(z = zip_open(arc, ZIP_CREATE | ZIP_EXCL, &zerr))) {
		zip_error_t ze;
		zip_error_init_with_code(&ze, zerr);
		err_set(err, TALUS_EIO, "cannot create the archive '%s': %s", arc,
			zip_error_strerror(&ze));
		zip_error_fini(&ze);
		return err->code;
	}
	for (size_t i = 0; i < n; i++) {
		zip_source_t *src = zip_source_buffer(z, files[i].data->buf, files[i].data->len, 0);
		zip_int64_t idx;
		if (!src || (idx = zip_file_add(z, files[i].name, src, ZIP_FL_ENC_UTF_8)) < 0) {
			if (src)
				zip_source_free(src);
			err_set(err, TALUS_EIO, "cannot add '%s' to the archive: %s", files[i].name,
				zip_strerror(z));
			zip_discard(z);
			return err->code;
		}
		/* Unpacked, the files are the owner's alone, as here. */
		zip_file_set_external_attributes(z, (zip_uint64_t)idx, 0, ZIP_OPSYS_UNIX,
						 (zip_uint32_t)(S_IFREG | 0600) << 16);
	}
	if (zip_close(z)) {
		err_set(err, TALUS_EIO, "cannot write the archive: %s", zip_strerror(z));
		zip_discard(z);
		return err->code;
	}
	return 0;
}

int
app_export_write(const char *path, enum app_export_dest dest,
		 const struct app_export_file *files, size_t n, struct talus_err *err)
{
	char *tmp = temp_name(path);
	struct strbuf arc = STRBUF_INIT;
	int rc = 0, fd;

	switch (dest) {
	case EXPORT_DEST_FILE:
		if ((fd = mkstemp(tmp)) < 0) {
			rc = io_error(err, "create a file beside", path);
			break;
		}
		if (!(rc = write_fd(fd, tmp, files[0].data, err))) {
			if (rename(tmp, path))
				rc = io_error(err, "write", path);
			else
				sync_parent(path);
		}
		if (rc)
			unlink(tmp);
		break;
	case EXPORT_DEST_DIR:
		if (!mkdtemp(tmp)) {
			rc = io_error(err, "create a folder beside", path);
			break;
		}
		chmod(tmp, 0700);
		if ((rc = write_dir(path, tmp, files, n, err)))
			remove_all(tmp);
		break;
	case EXPORT_DEST_ZIP:
		/* libzip writes its own temporary file beside the archive, with
		 * a mode of its choosing: inside a folder of ours (0700) no one
		 * else can reach it. */
		if (!mkdtemp(tmp)) {
			rc = io_error(err, "create a folder beside", path);
			break;
		}
		chmod(tmp, 0700);
		strbuf_addf(&arc, "%s/export.zip", tmp);
		if (!(rc = write_zip(arc.buf, files, n, err))) {
			if (chmod(arc.buf, 0600) || fsync_file(arc.buf))
				rc = io_error(err, "write", path);
			else if (rename(arc.buf, path))
				rc = io_error(err, "write", path);
			else
				sync_parent(path);
		}
		remove_all(tmp);
		break;
	}
	strbuf_release(&arc);
	free(tmp);
	return rc;
}
