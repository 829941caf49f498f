/* mhd.h - libmicrohttpd, loaded when `talus serve` starts.
 *
 * Debian's libmicrohttpd links GnuTLS, and linking it into talus would
 * load and relocate GnuTLS and its five libraries at every start of every
 * command (`talus today` is a whole process; see docs/ARCHITECTURE.md,
 * "Speed"). So talus links no libmicrohttpd and loads libmicrohttpd.so.12
 * with dlopen() when the server starts, as src/import/zipdl.c does for
 * libzip. Include this header instead of <microhttpd.h>: it maps the calls
 * src/web makes onto the loaded functions.
 */
#ifndef TALUS_WEB_MHD_H
#define TALUS_WEB_MHD_H

#include <stddef.h>
#include <stdint.h>
#include <sys/socket.h>
#include <microhttpd.h>

#include "util/err.h"

struct mhddl {
	struct MHD_Daemon *(*start_daemon)(unsigned int, uint16_t, MHD_AcceptPolicyCallback,
					   void *, MHD_AccessHandlerCallback, void *, ...);
	void (*stop_daemon)(struct MHD_Daemon *);
	const union MHD_DaemonInfo *(*get_daemon_info)(struct MHD_Daemon *,
						       enum MHD_DaemonInfoType, ...);
	const union MHD_ConnectionInfo *(*get_connection_info)(struct MHD_Connection *,
							       enum MHD_ConnectionInfoType, ...);
	const char *(*lookup_connection_value)(struct MHD_Connection *, enum MHD_ValueKind,
					       const char *);
	int (*get_connection_values)(struct MHD_Connection *, enum MHD_ValueKind,
				     MHD_KeyValueIterator, void *);
	struct MHD_Response *(*create_response_from_buffer)(size_t, void *,
							    enum MHD_ResponseMemoryMode);
	enum MHD_Result (*add_response_header)(struct MHD_Response *, const char *,
					       const char *);
	enum MHD_Result (*queue_response)(struct MHD_Connection *, unsigned int,
					  struct MHD_Response *);
	void (*destroy_response)(struct MHD_Response *);
	struct MHD_PostProcessor *(*create_post_processor)(struct MHD_Connection *, size_t,
							   MHD_PostDataIterator, void *);
	enum MHD_Result (*post_process)(struct MHD_PostProcessor *, const char *, size_t);
	enum MHD_Result (*destroy_post_processor)(struct MHD_PostProcessor *);
	const char *(*get_version)(void);
	void (*suspend_connection)(struct MHD_Connection *);
	void (*resume_connection)(struct MHD_Connection *);
};

/* The loaded functions; valid after mhd_load() returned 0. */
extern struct mhddl mhd;

/* Loads libmicrohttpd once (thread-safe). 0, or TALUS_EIO saying what is
 * missing. */
int mhd_load(struct talus_err *err);

#ifndef MHDDL_IMPL
#define MHD_start_daemon mhd.start_daemon
#define MHD_stop_daemon mhd.stop_daemon
#define MHD_get_daemon_info mhd.get_daemon_info
#define MHD_get_connection_info mhd.get_connection_info
#define MHD_lookup_connection_value mhd.lookup_connection_value
#define MHD_get_connection_values mhd.get_connection_values
#define MHD_create_response_from_buffer mhd.create_response_from_buffer
#define MHD_add_response_header mhd.add_response_header
#define MHD_queue_response mhd.queue_response
#define MHD_destroy_response mhd.destroy_response
#define MHD_create_post_processor mhd.create_post_processor
#define MHD_post_process mhd.post_process
#define MHD_destroy_post_processor mhd.destroy_post_processor
#define MHD_get_version mhd.get_version
#define MHD_suspend_connection mhd.suspend_connection
#define MHD_resume_connection mhd.resume_connection
#endif

#endif
