/* zipdl.h - libzip, loaded when an import first meets a zip archive.
 *
 * Linking libzip pulls OpenSSL's libcrypto into every start of talus, and
 * relocating it cost about 3.8 million instructions: most of what `talus
 * today` spent before main(). So talus links no libzip and loads Debian's
 * libzip (libzip.so.4) with dlopen() the first time an import needs it.
 * Include this header instead of <zip.h>: it maps the libzip calls that
 * source.c (reading) and app/export.c (writing an export's archive) make
 * onto the loaded functions.
 */
#ifndef TALUS_ZIPDL_H
#define TALUS_ZIPDL_H

#include <zip.h>

#include "util/err.h"

struct zipdl {
	zip_t *(*open)(const char *, int, int *);
	zip_int64_t (*get_num_entries)(zip_t *, zip_flags_t);
	const char *(*get_name)(zip_t *, zip_uint64_t, zip_flags_t);
	int (*stat_index)(zip_t *, zip_uint64_t, zip_flags_t, zip_stat_t *);
	zip_file_t *(*fopen_index)(zip_t *, zip_uint64_t, zip_flags_t);
	zip_int64_t (*fread)(zip_file_t *, void *, zip_uint64_t);
	int (*fclose)(zip_file_t *);
	int (*close)(zip_t *);
	void (*discard)(zip_t *);
	const char *(*strerror)(zip_t *);
	void (*error_init)(zip_error_t *);
	void (*error_fini)(zip_error_t *);
	const char *(*error_strerror)(zip_error_t *);
	zip_source_t *(*source_buffer_create)(const void *, zip_uint64_t, int, zip_error_t *);
	void (*source_free)(zip_source_t *);
	zip_t *(*open_from_source)(zip_source_t *, int, zip_error_t *);
	/* writing */
	zip_source_t *(*source_buffer)(zip_t *, const void *, zip_uint64_t, int);
	zip_int64_t (*file_add)(zip_t *, const char *, zip_source_t *, zip_flags_t);
	int (*file_set_external_attributes)(zip_t *, zip_uint64_t, zip_flags_t, zip_uint8_t,
					    zip_uint32_t);
	int (*error_code_zip)(const zip_error_t *);
	void (*error_init_with_code)(zip_error_t *, int);
};

/* The loaded functions; valid after zipdl_load() returned 0. */
extern struct zipdl zipdl;

/* Loads libzip once (thread-safe). 0, or TALUS_EIO saying what is missing. */
int zipdl_load(struct talus_err *err);

#ifndef ZIPDL_IMPL
#define zip_open zipdl.open
#define zip_get_num_entries zipdl.get_num_entries
#define zip_get_name zipdl.get_name
#define zip_stat_index zipdl.stat_index
#define zip_fopen_index zipdl.fopen_index
#define zip_fread zipdl.fread
#define zip_fclose zipdl.fclose
#define zip_close zipdl.close
#define zip_discard zipdl.discard
#define zip_strerror zipdl.strerror
#define zip_error_init zipdl.error_init
#define zip_error_fini zipdl.error_fini
#define zip_error_strerror zipdl.error_strerror
#define zip_source_buffer_create zipdl.source_buffer_create
#define zip_source_free zipdl.source_free
#define zip_open_from_source zipdl.open_from_source
#define zip_source_buffer zipdl.source_buffer
#define zip_file_add zipdl.file_add
#define zip_file_set_external_attributes zipdl.file_set_external_attributes
#define zip_error_code_zip zipdl.error_code_zip
#define zip_error_init_with_code zipdl.error_init_with_code
#endif

#endif
