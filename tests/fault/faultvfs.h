/* faultvfs.h - the fault-injecting VFS of tests/fault/faultvfs.c, for a
 * test linked with it (its constructor makes it SQLite's default VFS). */
#ifndef TALUS_FAULTVFS_H
#define TALUS_FAULTVFS_H

/* Arms a fault, "OP:N:MODE" as TALUS_FAULT takes it (see faultvfs.c), and
 * counts the calls from 0 again: N is the N-th call from now. NULL or ""
 * disarms. 0, or -1 on a spec it cannot read. */
int faultvfs_arm(const char *spec);

#endif
