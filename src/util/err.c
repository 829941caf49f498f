/* err.c - the error record. */
#include "util/err.h"

#include <stdarg.h>
#include <stdio.h>

int
err_set(struct talus_err *err, int code, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return code;
	err->code = code;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
	return code;
}

int
err_warn(struct talus_err *err, const char *fmt, ...)
{
	va_list ap;

	if (!err)
		return 0;
	err->code = 0;
	va_start(ap, fmt);
	vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
	va_end(ap);
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
