/* mhd.c - loads libmicrohttpd on first use (see mhd.h for why). */
#define MHDDL_IMPL
#include "web/mhd.h"

#include "util/dl.h"

#include <pthread.h>
#include <string.h>

struct mhddl mhd;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[256];

static void
load(void)
{
	static const struct dl_sym syms[] = {
		{ "MHD_start_daemon", &mhd.start_daemon },
		{ "MHD_stop_daemon", &mhd.stop_daemon },
		{ "MHD_get_daemon_info", &mhd.get_daemon_info },
		{ "MHD_get_connection_info", &mhd.get_connection_info },
		{ "MHD_lookup_connection_value", &mhd.lookup_connection_value },
		{ "MHD_get_connection_values", &mhd.get_connection_values },
		{ "MHD_create_response_from_buffer", &mhd.create_response_from_buffer },
		{ "MHD_add_response_header", &mhd.add_response_header },
		{ "MHD_queue_response", &mhd.queue_response },
		{ "MHD_destroy_response", &mhd.destroy_response },
		{ "MHD_create_post_processor", &mhd.create_post_processor },
		{ "MHD_post_process", &mhd.post_process },
		{ "MHD_destroy_post_processor", &mhd.destroy_post_processor },
		{ "MHD_suspend_connection", &mhd.suspend_connection },
		{ "MHD_resume_connection", &mhd.resume_connection },
		{ "MHD_get_version", &mhd.get_version },
	};

	if (dl_load("libmicrohttpd.so.12", "libmicrohttpd", "libmicrohttpd12", syms, sizeof(syms) / sizeof(syms[0]),
		    failure, sizeof(failure)))
		memset(&mhd, 0, sizeof(mhd));
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
