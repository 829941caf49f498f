/* fuzz_tcx.c - libFuzzer harness aimed at the TCX half of xmlact.
 *
 * Even first byte: the rest of the input is parsed as it is. Odd: the rest
 * is parsed after an open TCX activity and lap ("<TrainingCenterDatabase>
 * <Activities><Activity Sport=...><Id>...</Id><Lap ...>"), so mutations go
 * straight to tracks and trackpoints, and most inputs end inside open
 * elements (the truncation path). Contract as in fuzz_gpx.c: 0 with at
 * least one activity, or TALUS_EPARSE with a message and the vector as it
 * was. Seeds: fuzz/corpus/tcx.
 */
#include "import/xmlact.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char prefix[] =
	"<TrainingCenterDatabase xmlns=\"http://www.garmin.com/xmlschemas/"
	"TrainingCenterDatabase/v2\" xmlns:ns3=\"http://www.garmin.com/"
	"xmlschemas/ActivityExtension/v2\"><Activities><Activity "
	"Sport=\"Running\"><Id>2024-09-01T08:00:00.000+01:00</Id><Lap "
	"StartTime=\"2024-09-01T08:00:00Z\"><TotalTimeSeconds>150"
	"</TotalTimeSeconds>";

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct activity_vec v = ACTIVITY_VEC_INIT;
	struct talus_err err = TALUS_ERR_INIT;
	struct xmlact *p;
	int rc;

	if (size == 0)
		return 0;
	p = xmlact_new(&v);
	rc = 0;
	if (data[0] & 1)
		rc = xmlact_feed(p, prefix, sizeof(prefix) - 1, 0, &err);
	if (!rc)
		rc = xmlact_feed(p, data + 1, size - 1, 1, &err);
	xmlact_free(p);
	if (rc != 0 && (rc != TALUS_EPARSE || v.n != 0 || !err.msg[0]))
		abort();
	if (rc == 0 && v.n == 0)
		abort();
	for (size_t i = 0; i < v.n; i++)
		if (v.v[i].points < 0 || v.v[i].distance_m < 0 ||
		    v.v[i].moving_s < 0 || v.v[i].elapsed_s < 0 ||
		    v.v[i].name[sizeof(v.v[i].name) - 1] != '\0')
			abort();
	activity_vec_release(&v);
	return 0;
}
