/* err.h - error codes and the error record every fallible call fills in.
 *
 * A fallible function returns 0 or a negative TALUS_E* code and, on error,
 * writes a message into its struct talus_err. Only src/cli turns codes
 * into exit statuses. A function may also succeed (return 0) and leave a
 * warning in err->msg with err->code == 0: callers print it when non-empty.
 */
#ifndef TALUS_ERR_H
#define TALUS_ERR_H

enum talus_code {
	TALUS_OK = 0,
	TALUS_EINVAL = -1,    /* bad user input: a flag, a value */
	TALUS_ENOTFOUND = -2, /* an unknown id or name */
	TALUS_EEXIST = -3,    /* a name already taken */
	TALUS_EDB = -4,       /* the database failed */
	TALUS_EIO = -5,       /* a file could not be read or written */
	TALUS_EPARSE = -6,    /* a file's content is malformed */
	TALUS_ENODB = -7,     /* no database at the path */
	TALUS_EINTR = -8,     /* interrupted by a signal */
	TALUS_EWRITE = -9,    /* the output could not be written */
};

struct talus_err {
	int code;      /* 0 or a TALUS_E* code */
	char msg[512]; /* human message, lower case, no full stop; "" if none */
};

#define TALUS_ERR_INIT { 0, "" }

/* Records code and message; returns code, so 'return err_set(...)'. */
int err_set(struct talus_err *err, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Records a warning (code stays 0); returns 0. */
int err_warn(struct talus_err *err, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

void err_clear(struct talus_err *err);

#endif
