/* insights.h - the insights of the session's athlete's log on day
 * (core/insights.h), read once: the runs up to day, the ankle logs and
 * the shoes. */
#ifndef TALUS_APP_INSIGHTS_H
#define TALUS_APP_INSIGHTS_H

#include <stdint.h>

#include "app/session.h"
#include "core/insights.h"

int app_insights(struct insights *out, struct session *s, int32_t day, struct talus_err *err);

#endif
