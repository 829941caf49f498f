/* err.c - the error record. A message is formatted aside and then
 * copied in, so that it may quote the record's own message ("%s: %s",
 * where, err->msg) without the buffers overlapping. */
#include "util/err.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

int
err_set(struct talus_err *err, int code, const char *fmt, ...)
{
	char msg[sizeof(err->msg)]; /* sizeof does not read err */
	va_list ap;

	if (!err)
		return code;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	memcpy(err->msg, msg, sizeof(msg));
	return code;
}

int
err_warn(struct talus_err *err, const char *fmt, ...)
{
	char msg[sizeof(err->msg)];
	va_list ap;

	if (!err)
		return 0;
	err->code = 0;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	memcpy(err->msg, msg, sizeof(msg));
	return 0;
}

void
err_clear(struct talus_err *err)
{
	if (!err)
		return;
	err->code = 0;
	err->msg[0] = '\0';
}
