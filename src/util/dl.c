/* dl.c - see dl.h. */
#include "util/dl.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>

int
dl_load(const char *soname, const char *what, const char *package,
	const struct dl_sym *syms, size_t n, char *failure, size_t size)
{
	void *lib = dlopen(soname, RTLD_NOW | RTLD_LOCAL);

	if (!lib) {
		snprintf(failure, size, "cannot load %s (%s): %s; install Debian's %s",
			 what, soname, dlerror(), package);
		return -1;
	}
	for (size_t i = 0; i < n; i++) {
		void *p = dlsym(lib, syms[i].name);

		if (!p) {
			snprintf(failure, size, "%s has no '%s'", what, syms[i].name);
			return -1;
		}
		/* no object-to-function pointer cast, which ISO C leaves
		 * undefined: the bytes of the pointer are copied */
		memcpy(syms[i].fnptr, &p, sizeof(p));
	}
	return 0;
}
