/* expatref.c - talus-expatref: the floor under talus's GPX import. Reads
 * every file of the folders (or files) given, whole, as talus's workers do,
 * and parses it with expat alone, with empty element handlers, in 128 KB
 * pieces through XML_GetBuffer/XML_ParseBuffer, as src/import/xmlact.c
 * feeds it. What talus spends beyond this per byte is its own: the point
 * folding, hashing, the database.
 *
 *   talus-expatref PATH...
 *
 * Prints one line: "files bytes cpu_ms", the CPU time (user + system) of
 * the whole process. A file expat refuses is an error.
 */
#include <dirent.h>
#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>

#define CHUNK ((size_t)128 * 1024)

static void XMLCALL
on_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
	(void)ud;
	(void)name;
	(void)atts;
}

static void XMLCALL
on_end(void *ud, const XML_Char *name)
{
	(void)ud;
	(void)name;
}

static unsigned char *buf;
static size_t cap;
static unsigned long long nfiles, nbytes;

/* Reads path whole into buf; its length, or -1. */
static long
slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	size_t n = 0, got;

	if (!f)
		return -1;
	for (;;) {
		if (n == cap) {
			cap = cap ? 2 * cap : (size_t)1 << 20;
			buf = realloc(buf, cap);
			if (!buf) {
				fclose(f);
				return -1;
			}
		}
		got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (got == 0)
			break;
	}
	fclose(f);
	return (long)n;
}

static int
parse_file(const char *path)
{
	long len = slurp(path);
	XML_Parser xp;
	size_t off = 0;

	if (len < 0) {
		perror(path);
		return -1;
	}
	xp = XML_ParserCreate(NULL);
	if (!xp)
		return -1;
	XML_SetElementHandler(xp, on_start, on_end);
	do {
		size_t n = (size_t)len - off > CHUNK ? CHUNK : (size_t)len - off;
		void *b = XML_GetBuffer(xp, (int)(n ? n : 1));

		if (!b)
			break;
		memcpy(b, buf + off, n);
		off += n;
		if (XML_ParseBuffer(xp, (int)n, off == (size_t)len) !=
		    XML_STATUS_OK) {
			fprintf(stderr, "talus-expatref: %s: %s\n", path,
				XML_ErrorString(XML_GetErrorCode(xp)));
			XML_ParserFree(xp);
			return -1;
		}
	} while (off < (size_t)len);
	XML_ParserFree(xp);
	nfiles++;
	nbytes += (unsigned long long)len;
	return 0;
}

static int
walk(const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	int rc = 0;

	if (stat(path, &st) != 0) {
		perror(path);
		return -1;
	}
	if (!S_ISDIR(st.st_mode))
		return parse_file(path);
	if (!(d = opendir(path))) {
		perror(path);
		return -1;
	}
	while (!rc && (e = readdir(d))) {
		char sub[4096];

		if (e->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
		rc = walk(sub);
	}
	closedir(d);
	return rc;
}

int
main(int argc, char **argv)
{
	struct rusage ru;

	if (argc < 2) {
		fprintf(stderr, "usage: talus-expatref PATH...\n");
		return 2;
	}
	for (int i = 1; i < argc; i++)
		if (walk(argv[i]))
			return 1;
	getrusage(RUSAGE_SELF, &ru);
	printf("%llu %llu %.3f\n", nfiles, nbytes,
	       (ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1e3 +
	       (ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e3);
	free(buf);
	return 0;
}
