/* fuzz_fit.c - libFuzzer harness for the FIT decoder.
 *
 * Feeds each input to fit_decode and checks the contract that holds for
 * any bytes: it returns 0 with at least one activity, or TALUS_EPARSE with
 * a message and the vector as it was; and fit_shift_timestamps on a copy
 * either fails leaving the copy unchanged, or succeeds and the result
 * still decodes. ASan and UBSan do the rest. Seeds: fuzz/corpus/fit,
 * written by fuzz/gen_fit_seeds.c.
 */
#include "import/fit.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	uint8_t *copy;
	int rc;

	rc = fit_decode(&v, data, size, &err);
	if (rc != 0 && (rc != TALUS_EPARSE || v.n != 0 || !err.msg[0]))
		abort();
	if (rc == 0 && v.n == 0)
		abort();
	(void)fit_sniff(data, size);
	activity_vec_release(&v);

	/* Shifting: all or nothing. */
	copy = malloc(size ? size : 1);
	if (!copy)
		return 0;
	memcpy(copy, data, size);
	if (fit_shift_timestamps(copy, size, 86400 + 7, &err) != 0) {
		if (memcmp(copy, data, size) != 0)
			abort();
	} else {
		rc = fit_decode(&v, copy, size, &err);
		if (rc != 0 && rc != TALUS_EPARSE)
			abort();
		activity_vec_release(&v);
	}
	free(copy);
	return 0;
}
