/* dl.h - a library loaded with dlopen() on first use, its functions
 * looked up by name (import/zipdl.c: libzip; web/mhd.c: libmicrohttpd).
 * Why talus loads some libraries late: import/zipdl.h. */
#ifndef TALUS_DL_H
#define TALUS_DL_H

#include <stddef.h>

/* One function to look up: its name, and the function pointer to set. */
struct dl_sym {
	const char *name;
	void *fnptr; /* the address of a function pointer */
};

/* Loads soname (which stays loaded for the life of the process) and sets
 * each of the n functions of syms. 0, or -1 with why in failure (at most
 * size bytes): the library does not load (then what to install: the
 * Debian package), or lacks a function. Pointers already set are left
 * for the caller to clear. */
int dl_load(const char *soname, const char *what, const char *package,
	    const struct dl_sym *syms, size_t n, char *failure, size_t size);

#endif
