/* fuzz_gpx.c - libFuzzer harness for xmlact, the GPX and TCX reader.
 *
 * Checks the contract that holds for any bytes: xmlact_parse returns 0
 * with at least one activity, or TALUS_EPARSE with a message and the
 * vector as it was; and feeding the same bytes in three chunks, split at
 * places the input chooses, gives the very same result (streaming must not
 * depend on where chunks end), except for the wording of expat's own
 * "not XML" errors. ASan and UBSan do the rest. Seeds:
 * fuzz/corpus/gpx (small files written for talus); dictionary:
 * fuzz/gpx.dict.
 */
#include "import/xmlact.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void
check(int rc, const struct activity_vec *v, const struct talus_err *err)
{
	if (rc != 0 && (rc != TALUS_EPARSE || v->n != 1 || !err->msg[0]))
		abort();
	if (rc == 0 && v->n < 2)
		abort();
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct activity_vec whole = ACTIVITY_VEC_INIT;
	struct activity_vec parts = ACTIVITY_VEC_INIT;
	struct talus_err e1 = TALUS_ERR_INIT, e2 = TALUS_ERR_INIT;
	size_t a = 0, b = 0;
	struct xmlact *p;
	int rc1, rc2;

	/* one activity already in each vector: a failure must leave it */
	activity_vec_push(&whole);
	activity_vec_push(&parts);
	rc1 = xmlact_parse(&whole, data, size, &e1);
	check(rc1, &whole, &e1);

	if (size >= 2) {
		a = ((size_t)data[0] * 7919u) % size;
		b = a + ((size_t)data[1] * 104729u) % (size - a + 1);
	}
	p = xmlact_new(&parts);
	rc2 = xmlact_feed(p, data, a, 0, &e2);
	if (!rc2)
		rc2 = xmlact_feed(p, data + a, b - a, 0, &e2);
	if (!rc2)
		rc2 = xmlact_feed(p, data + b, size - b, 1, &e2);
	xmlact_free(p);
	check(rc2, &parts, &e2);
	/* Expat may name a different error, or place it differently, when
	 * malformed bytes arrive in other pieces ("syntax error" whole,
	 * "invalid token" split): only those messages may differ. */
	if (rc1 != rc2 || whole.n != parts.n ||
	    memcmp(whole.v, parts.v, whole.n * sizeof(*whole.v)))
		abort();
	if (strcmp(e1.msg, e2.msg) && !(strstr(e1.msg, "not XML: ") == e1.msg &&
					 strstr(e2.msg, "not XML: ") == e2.msg))
		abort();

	(void)xmlact_sniff(data, size);
	activity_vec_release(&whole);
	activity_vec_release(&parts);
	return 0;
}
