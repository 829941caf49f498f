/* faultvfs.c - a VFS for tests that fails the n-th write, sync, truncate,
 * delete or shared-memory map of a process, once or from then on. Linked
 * into talus-faulty (tests/fault/CMakeLists.txt) and never into talus.
 *
 * The model is SQLite's own test_vfs.c and test_devsym.c: a shim over the
 * default VFS ("unix") whose files hold the real file right after their
 * own struct, and whose methods pass every call through except the ones a
 * fault is asked of. A constructor registers it as the default VFS before
 * main() runs, so every connection of the process goes through it: the
 * command's, store_commit()'s second look, the read-only fallback.
 *
 * The workload it assumes is one talus command: a few hundred calls at
 * most, on the main thread (the import's workers never touch SQLite), so
 * the counters are plain ints.
 *
 * TALUS_FAULT=OP:N:MODE
 *   OP    write | sync | truncate | delete | shm (xShmMap) | any (any of them)
 *   N     1, 2, ...: the call of OP that fails, counted over every file and
 *         connection of the process
 *   MODE  transient: that call fails with SQLITE_IOERR_*, later ones succeed
 *         (an I/O hiccup); persistent: that call and every later call of
 *         every one of the five fails (a full disk, or one gone read-only)
 * TALUS_FAULT_COUNT=FILE: at exit, FILE gets one line per op, "write 12",
 *   and "fired OP N FILE" (the op, its number, the file it hit: db, wal,
 *   journal, temp, -) or "fired none".
 * A unit test linked with this file arms a fault with faultvfs_arm().
 *
 * The codes. Transient: the xxx of SQLITE_IOERR_xxx that the unix VFS
 * returns when the system call fails (WRITE, FSYNC, TRUNCATE, DELETE,
 * SHMMAP). Persistent, as a full disk answers: SQLITE_FULL for a write and
 * a truncate (the brief's choice; ftruncate can need a block too);
 * SQLITE_IOERR_FSYNC for a sync (fsync reports ENOSPC or EIO on a full
 * disk, and the unix VFS has no other code for it); SQLITE_IOERR_DELETE for
 * a delete (unlink needs no space, but a disk that failed is remounted
 * read-only, EROFS); SQLITE_IOERR_SHMSIZE for a shared-memory map (what
 * unixShmMap returns when the -shm file cannot grow: it writes a byte into
 * each new page so that a full disk is an error and not a SIGBUS).
 *
 * Not simulated: torn or partial writes, lost writes after a successful
 * sync (a power cut: SQLite's crash tests), failing reads, opens and locks.
 */
#include "faultvfs.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum op { OP_WRITE, OP_SYNC, OP_TRUNCATE, OP_DELETE, OP_SHM, OP_N, OP_ANY = OP_N };

static const char *const op_name[] = { "write", "sync", "truncate", "delete", "shm", "any" };
static const int transient_rc[OP_N] = {
	SQLITE_IOERR_WRITE, SQLITE_IOERR_FSYNC, SQLITE_IOERR_TRUNCATE,
	SQLITE_IOERR_DELETE, SQLITE_IOERR_SHMMAP,
};
static const int persistent_rc[OP_N] = {
	SQLITE_FULL, SQLITE_IOERR_FSYNC, SQLITE_FULL, SQLITE_IOERR_DELETE,
	SQLITE_IOERR_SHMSIZE,
};

static struct {
	int on;                /* a fault is armed (TALUS_FAULT, faultvfs_arm()) */
	enum op op;            /* which calls are counted for the fault; OP_ANY: all */
	int n;                 /* the call that fails, from 1 */
	int persistent;        /* every later call fails too */
	int broken;            /* a persistent fault fired: everything fails now */
	int calls[OP_N + 1];   /* calls so far, per op; [OP_ANY]: all of them */
	const char *fired;     /* the file kind the fault hit, NULL until it fires */
	enum op fired_op;      /* the op that fired */
	int fired_n;           /* and its number */
	const char *count_path; /* TALUS_FAULT_COUNT, or NULL */
} F;

static sqlite3_vfs *real_vfs;   /* "unix", or whatever was the default */

/* A file: the real one follows this struct in the same allocation. */
struct ffile {
	sqlite3_file base;   /* our methods; first, as SQLite wants */
	sqlite3_file *real;  /* the wrapped file */
	const char *kind;    /* "db", "wal", "journal", "temp": for the count file */
};

#define ROUND8(x) (((x) + 7) & ~(size_t)7)
#define REAL(f) (((struct ffile *)(f))->real)

/* 0 to go on with the real call, or the error this call fails with. */
static int
fault(enum op op, const char *kind)
{
	int n = ++F.calls[op], any = ++F.calls[OP_ANY];

	if (F.broken)
		return persistent_rc[op];
	if (!F.on || F.fired || (F.op == OP_ANY ? any : F.op == op ? n : 0) != F.n)
		return 0;
	F.fired = kind;
	F.fired_op = op;
	F.fired_n = n;
	if (F.persistent) {
		F.broken = 1;
		return persistent_rc[op];
	}
	return transient_rc[op];
}

/* ---- the file methods: all pass through but five ------------------------ */

static int
f_close(sqlite3_file *f)
{
	return REAL(f)->pMethods->xClose(REAL(f));
}

static int
f_read(sqlite3_file *f, void *buf, int amt, sqlite3_int64 off)
{
	return REAL(f)->pMethods->xRead(REAL(f), buf, amt, off);
}

static int
f_write(sqlite3_file *f, const void *buf, int amt, sqlite3_int64 off)
{
	int rc = fault(OP_WRITE, ((struct ffile *)f)->kind);

	return rc ? rc : REAL(f)->pMethods->xWrite(REAL(f), buf, amt, off);
}

static int
f_truncate(sqlite3_file *f, sqlite3_int64 size)
{
	int rc = fault(OP_TRUNCATE, ((struct ffile *)f)->kind);

	return rc ? rc : REAL(f)->pMethods->xTruncate(REAL(f), size);
}

static int
f_sync(sqlite3_file *f, int flags)
{
	int rc = fault(OP_SYNC, ((struct ffile *)f)->kind);

	return rc ? rc : REAL(f)->pMethods->xSync(REAL(f), flags);
}

static int
f_file_size(sqlite3_file *f, sqlite3_int64 *size)
{
	return REAL(f)->pMethods->xFileSize(REAL(f), size);
}

static int
f_lock(sqlite3_file *f, int lock)
{
	return REAL(f)->pMethods->xLock(REAL(f), lock);
}

static int
f_unlock(sqlite3_file *f, int lock)
{
	return REAL(f)->pMethods->xUnlock(REAL(f), lock);
}

static int
f_check_reserved_lock(sqlite3_file *f, int *out)
{
	return REAL(f)->pMethods->xCheckReservedLock(REAL(f), out);
}

static int
f_file_control(sqlite3_file *f, int op, void *arg)
{
	return REAL(f)->pMethods->xFileControl(REAL(f), op, arg);
}

static int
f_sector_size(sqlite3_file *f)
{
	return REAL(f)->pMethods->xSectorSize(REAL(f));
}

static int
f_device_characteristics(sqlite3_file *f)
{
	return REAL(f)->pMethods->xDeviceCharacteristics(REAL(f));
}

static int
f_shm_map(sqlite3_file *f, int page, int size, int extend, void volatile **pp)
{
	int rc = fault(OP_SHM, ((struct ffile *)f)->kind);

	if (rc) {
		*pp = NULL;
		return rc;
	}
	return REAL(f)->pMethods->xShmMap(REAL(f), page, size, extend, pp);
}

static int
f_shm_lock(sqlite3_file *f, int offset, int n, int flags)
{
	return REAL(f)->pMethods->xShmLock(REAL(f), offset, n, flags);
}

static void
f_shm_barrier(sqlite3_file *f)
{
	REAL(f)->pMethods->xShmBarrier(REAL(f));
}

static int
f_shm_unmap(sqlite3_file *f, int delete_flag)
{
	return REAL(f)->pMethods->xShmUnmap(REAL(f), delete_flag);
}

static int
f_fetch(sqlite3_file *f, sqlite3_int64 off, int amt, void **pp)
{
	return REAL(f)->pMethods->xFetch(REAL(f), off, amt, pp);
}

static int
f_unfetch(sqlite3_file *f, sqlite3_int64 off, void *p)
{
	return REAL(f)->pMethods->xUnfetch(REAL(f), off, p);
}

/* One table per io_methods version (1 to 3), so that SQLite sees the same
 * version as the real file's (WAL needs 2, memory-mapped I/O 3). */
static sqlite3_io_methods methods[3];

static void
methods_init(void)
{
	static const sqlite3_io_methods m = {
		3, f_close, f_read, f_write, f_truncate, f_sync, f_file_size, f_lock,
		f_unlock, f_check_reserved_lock, f_file_control, f_sector_size,
		f_device_characteristics, f_shm_map, f_shm_lock, f_shm_barrier,
		f_shm_unmap, f_fetch, f_unfetch,
	};

	for (int v = 1; v <= 3; v++) {
		methods[v - 1] = m;
		methods[v - 1].iVersion = v;
		if (v < 3)
			methods[v - 1].xFetch = NULL, methods[v - 1].xUnfetch = NULL;
		if (v < 2)
			methods[v - 1].xShmMap = NULL, methods[v - 1].xShmLock = NULL,
			methods[v - 1].xShmBarrier = NULL, methods[v - 1].xShmUnmap = NULL;
	}
}

/* ---- the VFS: xOpen wraps, xDelete counts, the rest passes through ------ */

static int
v_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags, int *out_flags)
{
	struct ffile *f = (struct ffile *)file;
	int rc, v;

	(void)vfs;
	memset(f, 0, sizeof(*f));
	f->real = (sqlite3_file *)((char *)f + ROUND8(sizeof(*f)));
	f->kind = flags & SQLITE_OPEN_MAIN_DB ? "db" :
		  flags & SQLITE_OPEN_WAL ? "wal" :
		  flags & SQLITE_OPEN_MAIN_JOURNAL ? "journal" : "temp";
	rc = real_vfs->xOpen(real_vfs, name, f->real, flags, out_flags);
	if (!f->real->pMethods) {
		/* Nothing to close: SQLite calls xClose only when pMethods is set. */
		f->base.pMethods = NULL;
		return rc;
	}
	v = f->real->pMethods->iVersion;
	f->base.pMethods = &methods[(v < 1 ? 1 : v > 3 ? 3 : v) - 1];
	return rc;
}

static int
v_delete(sqlite3_vfs *vfs, const char *name, int sync_dir)
{
	int rc = fault(OP_DELETE, "-");

	(void)vfs;
	return rc ? rc : real_vfs->xDelete(real_vfs, name, sync_dir);
}

static int
v_access(sqlite3_vfs *vfs, const char *name, int flags, int *out)
{
	(void)vfs;
	return real_vfs->xAccess(real_vfs, name, flags, out);
}

static int
v_full_pathname(sqlite3_vfs *vfs, const char *name, int n, char *out)
{
	(void)vfs;
	return real_vfs->xFullPathname(real_vfs, name, n, out);
}

static void *
v_dlopen(sqlite3_vfs *vfs, const char *path)
{
	(void)vfs;
	return real_vfs->xDlOpen(real_vfs, path);
}

static void
v_dlerror(sqlite3_vfs *vfs, int n, char *msg)
{
	(void)vfs;
	real_vfs->xDlError(real_vfs, n, msg);
}

static void (*v_dlsym(sqlite3_vfs *vfs, void *h, const char *sym))(void)
{
	(void)vfs;
	return real_vfs->xDlSym(real_vfs, h, sym);
}

static void
v_dlclose(sqlite3_vfs *vfs, void *h)
{
	(void)vfs;
	real_vfs->xDlClose(real_vfs, h);
}

static int
v_randomness(sqlite3_vfs *vfs, int n, char *out)
{
	(void)vfs;
	return real_vfs->xRandomness(real_vfs, n, out);
}

static int
v_sleep(sqlite3_vfs *vfs, int us)
{
	(void)vfs;
	return real_vfs->xSleep(real_vfs, us);
}

static int
v_current_time(sqlite3_vfs *vfs, double *out)
{
	(void)vfs;
	return real_vfs->xCurrentTime(real_vfs, out);
}

static int
v_get_last_error(sqlite3_vfs *vfs, int n, char *out)
{
	(void)vfs;
	return real_vfs->xGetLastError ? real_vfs->xGetLastError(real_vfs, n, out) : 0;
}

static int
v_current_time_int64(sqlite3_vfs *vfs, sqlite3_int64 *out)
{
	(void)vfs;
	return real_vfs->xCurrentTimeInt64(real_vfs, out);
}

static sqlite3_vfs fault_vfs = {
	2,                 /* iVersion: up to xCurrentTimeInt64 */
	0,                 /* szOsFile: set from the real VFS's */
	0,                 /* mxPathname: the real VFS's */
	NULL,              /* pNext */
	"talus-fault",     /* zName */
	NULL,              /* pAppData */
	v_open, v_delete, v_access, v_full_pathname, v_dlopen, v_dlerror, v_dlsym,
	v_dlclose, v_randomness, v_sleep, v_current_time, v_get_last_error,
	v_current_time_int64, NULL, NULL, NULL,
};

static void
write_counts(void)
{
	FILE *fp;

	if (!F.count_path || !(fp = fopen(F.count_path, "w")))
		return;
	for (int i = 0; i < OP_N; i++)
		fprintf(fp, "%s %d\n", op_name[i], F.calls[i]);
	if (F.fired)
		fprintf(fp, "fired %s %d %s\n", op_name[F.fired_op], F.fired_n, F.fired);
	else
		fprintf(fp, "fired none\n");
	fclose(fp);
}

/* Arms the fault of spec (OP:N:MODE) and counts the calls from 0 again;
 * NULL or "" disarms it. -1 on a spec it cannot read. */
int
faultvfs_arm(const char *spec)
{
	char op[16], mode[16], end;
	int i, n;

	memset(F.calls, 0, sizeof(F.calls));
	F.on = F.broken = 0;
	F.fired = NULL;
	if (!spec || !*spec)
		return 0;
	if (sscanf(spec, "%15[a-z]:%d:%15[a-z]%c", op, &n, mode, &end) != 3 || n < 1)
		return -1;
	for (i = 0; i <= OP_N && strcmp(op, op_name[i]); i++)
		;
	if (i > OP_N || (strcmp(mode, "persistent") && strcmp(mode, "transient")))
		return -1;
	F.op = (enum op)i;
	F.n = n;
	F.persistent = !strcmp(mode, "persistent");
	F.on = 1;
	return 0;
}

__attribute__((constructor)) static void
faultvfs_register(void)
{
	const char *spec = getenv("TALUS_FAULT"), *count = getenv("TALUS_FAULT_COUNT");

	if (faultvfs_arm(spec)) {
		fprintf(stderr, "talus-faulty: TALUS_FAULT='%s': want OP:N:MODE, OP one of "
			"write, sync, truncate, delete, shm, any; N from 1; MODE transient or "
			"persistent\n", spec);
		exit(2);
	}
	if (count && *count) {
		F.count_path = count;
		atexit(write_counts);
	}
	if (!(real_vfs = sqlite3_vfs_find(NULL))) {
		fprintf(stderr, "talus-faulty: no default SQLite VFS\n");
		exit(2);
	}
	methods_init();
	fault_vfs.szOsFile = (int)ROUND8(sizeof(struct ffile)) + real_vfs->szOsFile;
	fault_vfs.mxPathname = real_vfs->mxPathname;
	if (sqlite3_vfs_register(&fault_vfs, 1) != SQLITE_OK) {
		fprintf(stderr, "talus-faulty: cannot register the fault VFS\n");
		exit(2);
	}
}
