/* team.h - a coach's morning: every athlete's day, read through the same
 * code as `talus today` (app/day.c), most severe first. */
#ifndef TALUS_APP_TEAM_H
#define TALUS_APP_TEAM_H

#include <stddef.h>
#include <stdint.h>

#include "app/day.h"
#include "app/session.h"
#include "core/team.h"

/* The team on day, most severe first (core/team.h). Release with
 * app_team_release(). */
int app_team(struct team_member **out, size_t *n, struct session *s, int32_t day,
	     struct talus_err *err);
void app_team_release(struct team_member *t, size_t n);

#endif
