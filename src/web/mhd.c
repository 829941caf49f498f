/* mhd.c - loads libmicrohttpd on first use (see mhd.h for why). */
#define MHDDL_IMPL
#include "web/mhd.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct mhddl mhd;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[256];

/* Assigns a dlsym() result to a function pointer without the object to
 * function pointer cast that ISO C leaves undefined. */
static int
sym(void *lib, const char *name, void *fnptr)
{
	void *p = dlsym(lib, name);

	if (!p) {
		snprintf(failure, sizeof(failure), "libmicrohttpd has no '%s'", name);
		return -1;
	}
	memcpy(fnptr, &p, sizeof(p));
	return 0;
}

static void
load(void)
{
	void *lib = dlopen("libmicrohttpd.so.12", RTLD_NOW | RTLD_LOCAL);

	if (!lib) {
		snprintf(failure, sizeof(failure), "cannot load libmicrohttpd "
			 "(libmicrohttpd.so.12): %s; install Debian's libmicrohttpd12",
			 dlerror());
		return;
	}
	if (sym(lib, "MHD_start_daemon", &mhd.start_daemon) ||
	    sym(lib, "MHD_stop_daemon", &mhd.stop_daemon) ||
	    sym(lib, "MHD_get_daemon_info", &mhd.get_daemon_info) ||
	    sym(lib, "MHD_get_connection_info", &mhd.get_connection_info) ||
	    sym(lib, "MHD_lookup_connection_value", &mhd.lookup_connection_value) ||
	    sym(lib, "MHD_get_connection_values", &mhd.get_connection_values) ||
	    sym(lib, "MHD_create_response_from_buffer", &mhd.create_response_from_buffer) ||
	    sym(lib, "MHD_add_response_header", &mhd.add_response_header) ||
	    sym(lib, "MHD_queue_response", &mhd.queue_response) ||
	    sym(lib, "MHD_destroy_response", &mhd.destroy_response) ||
	    sym(lib, "MHD_create_post_processor", &mhd.create_post_processor) ||
	    sym(lib, "MHD_post_process", &mhd.post_process) ||
	    sym(lib, "MHD_destroy_post_processor", &mhd.destroy_post_processor) ||
	    sym(lib, "MHD_suspend_connection", &mhd.suspend_connection) ||
	    sym(lib, "MHD_resume_connection", &mhd.resume_connection) ||
	    sym(lib, "MHD_get_version", &mhd.get_version))
		memset(&mhd, 0, sizeof(mhd));
	/* the library stays loaded for the life of the process */
}

int
mhd_load(struct talus_err *err)
{
	pthread_once(&once, load);
	if (!mhd.get_version)
		return err_set(err, TALUS_EIO, "%s",
			       failure[0] ? failure : "cannot load libmicrohttpd");
	return 0;
}
