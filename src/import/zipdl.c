/* zipdl.c - loads libzip on first use (see zipdl.h for why). */
#define ZIPDL_IMPL
#include "import/zipdl.h"

#include "util/dl.h"

#include <pthread.h>
#include <string.h>

struct zipdl zipdl;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static char failure[256];

static void
load(void)
{
	static const struct dl_sym syms[] = {
		{ "zip_open", &zipdl.open },
		{ "zip_get_num_entries", &zipdl.get_num_entries },
		{ "zip_get_name", &zipdl.get_name },
		{ "zip_stat_index", &zipdl.stat_index },
		{ "zip_fopen_index", &zipdl.fopen_index },
		{ "zip_fread", &zipdl.fread },
		{ "zip_fclose", &zipdl.fclose },
		{ "zip_close", &zipdl.close },
		{ "zip_discard", &zipdl.discard },
		{ "zip_strerror", &zipdl.strerror },
		{ "zip_error_init", &zipdl.error_init },
		{ "zip_error_fini", &zipdl.error_fini },
		{ "zip_error_strerror", &zipdl.error_strerror },
		{ "zip_source_buffer_create", &zipdl.source_buffer_create },
		{ "zip_source_free", &zipdl.source_free },
		{ "zip_open_from_source", &zipdl.open_from_source },
		{ "zip_source_buffer", &zipdl.source_buffer },
		{ "zip_file_add", &zipdl.file_add },
		{ "zip_file_set_external_attributes", &zipdl.file_set_external_attributes },
		{ "zip_error_code_zip", &zipdl.error_code_zip },
		{ "zip_error_init_with_code", &zipdl.error_init_with_code },
	};

	if (dl_load("libzip.so.4", "libzip", "libzip4", syms, sizeof(syms) / sizeof(syms[0]),
		    failure, sizeof(failure)))
		memset(&zipdl, 0, sizeof(zipdl));
}

int
zipdl_load(struct talus_err *err)
{
	pthread_once(&once, load);
	if (!zipdl.open_from_source)
		return err_set(err, TALUS_EIO, "%s", failure[0] ? failure : "cannot load libzip");
	return 0;
}
