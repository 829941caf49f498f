/* run.c - a logged activity's defaults. */
#include "core/run.h"

#include <string.h>

void
run_entry_init(struct run_entry *r)
{
	memset(r, 0, sizeof(*r));
	activity_init(&r->a);
	r->rpe = r->pain_during = r->pain_after = -1;
}
