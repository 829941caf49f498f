/* recover.h - the recovery plan through a session: showing it starts it
 * (from then on `talus today` follows it), the protect days the runner
 * chooses, and ending it early. */
#ifndef TALUS_APP_RECOVER_H
#define TALUS_APP_RECOVER_H

#include <stdint.h>

#include "app/day.h"
#include "app/session.h"

/* The day's recovery (DAY_VERDICT | DAY_EPISODES). When an episode is
 * active on day and not yet started, or protect_days (1..3; 0: as it is)
 * is given, its record is kept first. *active gets 1 when an episode is
 * active on day. Release out with app_day_release(). */
int app_recover(struct app_day *out, int *active, struct session *s, int32_t day,
		int protect_days, struct talus_err *err);

/* Ends the episode active on day, on day. TALUS_ENOTFOUND when none is;
 * *ep gets the episode ended. */
int app_recover_end(struct episode *ep, struct session *s, int32_t day, struct talus_err *err);

#endif
