/* names.c - see names.h. */
#include "util/names.h"

#include <string.h>

int
names_index(const char *const *names, int n, const char *s)
{
	for (int i = 0; n < 0 ? names[i] != NULL : i < n; i++)
		if (names[i] && !strcmp(names[i], s))
			return i;
	return -1;
}

void
names_join(char *buf, size_t size, const char *const *names)
{
	size_t len = 0;

	if (!size)
		return;
	buf[0] = '\0';
	for (int i = 0; names && names[i]; i++) {
		size_t w = strlen(names[i]);

		if (len + (i > 0) + w + 1 > size)
			break;
		if (i)
			buf[len++] = '|';
		memcpy(buf + len, names[i], w + 1);
		len += w;
	}
}
