/* zipdl.c - loads libzip on first use (see zipdl.h for why). */
#define ZIPDL_IMPL
#include "import/zipdl.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct zipdl zipdl;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[256];

/* Assigns a dlsym() result to a function pointer without the object to
 * function pointer cast that ISO C leaves undefined. */
static int
sym(void *lib, const char *name, void *fnptr)
{
	void *p = dlsym(lib, name);

	if (!p) {
		snprintf(failure, sizeof(failure), "libzip has no '%s'", name);
		return -1;
	}
	memcpy(fnptr, &p, sizeof(p));
	return 0;
}

static void
load(void)
{
	void *lib = dlopen("libzip.so.4", RTLD_NOW | RTLD_LOCAL);

	if (!lib) {
		snprintf(failure, sizeof(failure), "cannot load libzip (libzip.so.4): %s; "
			 "install Debian's libzip4", dlerror());
		return;
	}
	if (sym(lib, "zip_open", &zipdl.open) ||
	    sym(lib, "zip_get_num_entries", &zipdl.get_num_entries) ||
	    sym(lib, "zip_get_name", &zipdl.get_name) ||
	    sym(lib, "zip_stat_index", &zipdl.stat_index) ||
	    sym(lib, "zip_fopen_index", &zipdl.fopen_index) ||
	    sym(lib, "zip_fread", &zipdl.fread) ||
	    sym(lib, "zip_fclose", &zipdl.fclose) ||
	    sym(lib, "zip_close", &zipdl.close) ||
	    sym(lib, "zip_discard", &zipdl.discard) ||
	    sym(lib, "zip_strerror", &zipdl.strerror) ||
	    sym(lib, "zip_error_init", &zipdl.error_init) ||
	    sym(lib, "zip_error_fini", &zipdl.error_fini) ||
	    sym(lib, "zip_error_strerror", &zipdl.error_strerror) ||
	    sym(lib, "zip_source_buffer_create", &zipdl.source_buffer_create) ||
	    sym(lib, "zip_source_free", &zipdl.source_free) ||
	    sym(lib, "zip_open_from_source", &zipdl.open_from_source) ||
	    sym(lib, "zip_source_buffer", &zipdl.source_buffer) ||
	    sym(lib, "zip_file_add", &zipdl.file_add) ||
	    sym(lib, "zip_file_set_external_attributes", &zipdl.file_set_external_attributes) ||
	    sym(lib, "zip_error_code_zip", &zipdl.error_code_zip) ||
	    sym(lib, "zip_error_init_with_code", &zipdl.error_init_with_code))
		memset(&zipdl, 0, sizeof(zipdl));
	/* the library stays loaded for the life of the process */
}

int
zipdl_load(struct talus_err *err)
{
	pthread_once(&once, load);
	if (!zipdl.open_from_source)
		return err_set(err, TALUS_EIO, "%s", failure[0] ? failure : "cannot load libzip");
	return 0;
}
