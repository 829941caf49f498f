/* gen-exercises.c - writes docs/exercises.md from the exercise catalogue
 * (core/exercise.c), so that the page and the programme never disagree.
 *
 * usage: talus-gen-exercises [FILE]    (standard output without FILE)
 * tests/sh/exercises.sh fails when docs/exercises.md differs from this
 * output; regenerate it with: build/tools/talus-gen-exercises docs/exercises.md
 */
#include "render/exercise.h"
#include "util/strbuf.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

int
main(int argc, char **argv)
{
	struct strbuf sb = STRBUF_INIT;
	FILE *f = stdout;
	int rc = 0;

	if (argc > 2) {
		fprintf(stderr, "usage: talus-gen-exercises [FILE]\n");
		return 2;
	}
	if (argc == 2 && !(f = fopen(argv[1], "w"))) {
		fprintf(stderr, "talus-gen-exercises: cannot write '%s': %s\n", argv[1],
			strerror(errno));
		return 1;
	}
	render_exercises_markdown(&sb);
	if (fwrite(sb.buf, 1, sb.len, f) != sb.len)
		rc = 1;
	if (f != stdout ? fclose(f) : fflush(f))
		rc = 1;
	if (rc)
		fprintf(stderr, "talus-gen-exercises: write failed: %s\n", strerror(errno));
	strbuf_release(&sb);
	return rc;
}
