/* athlete.h - a runner in the database: the name, the unit distances are
 * shown in, and what the norms of the self-tests need. Pure data. */
#ifndef TALUS_ATHLETE_H
#define TALUS_ATHLETE_H

#include <stdint.h>

#include "core/units.h"

#define ATHLETE_NAME_MAX 63 /* bytes of a name, NUL excluded */

struct athlete {
	int64_t id;                      /* row id; 0 before insertion */
	char name[ATHLETE_NAME_MAX + 1]; /* as typed */
	enum units units;                /* the unit of every distance shown */
	char sex[8];                     /* "female", "male" or "" */
	int birth_year;                  /* 0 when unknown */
	int is_default;                  /* the athlete used without --athlete */
};

#endif
