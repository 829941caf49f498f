/* replay.c - runs a libFuzzer harness without libFuzzer: every file named
 * on the command line (or found in a folder named there) goes through
 * LLVMFuzzerTestOneInput once whole and once cut at a few places, so that
 * `make check` replays the fuzz corpora under ASan and UBSan as ordinary
 * tests. Prints how many inputs ran; exits 1 if a file cannot be read
 * (a crash or sanitizer report ends the process on its own).
 *
 *   replay_<name> PATH...
 *   replay_<name> --fixtures ROOT PATH...   PATHs under ROOT, the optional
 *                 fixtures folder: exits 77 (CTest's skip) when ROOT is
 *                 absent, fails as above when a PATH under it is. */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static long inputs;

static int
run_file(const char *path)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf;
	long n;

	if (!f) {
		fprintf(stderr, "replay: cannot open '%s'\n", path);
		return 1;
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	buf = malloc(n > 0 ? (size_t)n : 1);
	if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) {
		fprintf(stderr, "replay: cannot read '%s'\n", path);
		fclose(f);
		free(buf);
		return 1;
	}
	fclose(f);
	/* whole, and cut at a quarter, a half and one byte short */
	LLVMFuzzerTestOneInput(buf, (size_t)n);
	LLVMFuzzerTestOneInput(buf, (size_t)n / 4);
	LLVMFuzzerTestOneInput(buf, (size_t)n / 2);
	if (n > 0)
		LLVMFuzzerTestOneInput(buf, (size_t)n - 1);
	inputs += 4;
	free(buf);
	return 0;
}

static int
run(const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	int rc = 0;

	if (stat(path, &st)) {
		fprintf(stderr, "replay: cannot read '%s'\n", path);
		return 1;
	}
	if (!S_ISDIR(st.st_mode))
		return run_file(path);
	if (!(d = opendir(path)))
		return 1;
	while ((e = readdir(d))) {
		char sub[4096];
		if (e->d_name[0] == '.')
			continue;
		snprintf(sub, sizeof(sub), "%s/%s", path, e->d_name);
		rc |= run(sub);
	}
	closedir(d);
	return rc;
}

int
main(int argc, char **argv)
{
	const char *root = NULL;
	struct stat st;
	int rc = 0, i = 1;

	if (argc > 2 && !strcmp(argv[1], "--fixtures")) {
		root = argv[2];
		i = 3;
		if (stat(root, &st) || !S_ISDIR(st.st_mode)) {
			printf("replay: skipped: no fixtures folder at %s\n", root);
			return 77;
		}
	}
	for (; i < argc; i++) {
		char path[4096];

		if (root)
			snprintf(path, sizeof(path), "%s/%s", root, argv[i]);
		rc |= run(root ? path : argv[i]);
	}
	printf("replay: %ld inputs ran clean\n", inputs);
	return rc || !inputs;
}
