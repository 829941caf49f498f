/* assets.h - the dashboard's static files (src/web/static/), compiled
 * into talus by tools/gen-embed.c: a URL names one by its exact name and
 * nothing ever opens a file. */
#ifndef TALUS_WEB_ASSETS_H
#define TALUS_WEB_ASSETS_H

#include <stddef.h>

struct web_asset {
	const char *name;  /* "talus.css" */
	const char *type;  /* its Content-Type */
	size_t len;
	const char *data;
};

/* Every asset; the last has a NULL name. */
extern const struct web_asset web_assets[];

#endif
