/* session.c - the unit of work of one command or request. */
#include "app/session.h"
#include "store/store.h"

#include <string.h>

void
session_init(struct session *s, const char *path, const char *want, int32_t today)
{
	memset(s, 0, sizeof(*s));
	s->db_path = path;
	s->want = want;
	s->today = today;
}

int
session_open(struct session *s, unsigned flags, struct talus_err *err)
{
	int rc;

	if ((rc = store_open(&s->st, s->db_path,
			     (flags & SESSION_CREATE ? STORE_CREATE : 0) |
			     (flags & SESSION_WRITE ? 0 : STORE_READ), err)))
		return rc;
	rc = flags & SESSION_WRITE ? store_begin(s->st, err) : store_begin_read(s->st, err);
	if (rc || !(flags & SESSION_ATHLETE))
		return rc;
	return store_athlete_get(&s->ath, s->st, s->want, err);
}

int
session_is_open(const struct session *s)
{
	return s->st != NULL;
}

const char *
session_read_only(const struct session *s)
{
	return store_read_only(s->st);
}

int
session_commit(struct session *s, struct talus_err *err)
{
	return s->st ? store_commit(s->st, err) : 0;
}

void
session_rollback(struct session *s)
{
	if (s->st)
		store_rollback(s->st);
}

void
session_close(struct session *s)
{
	store_close(s->st);
	s->st = NULL;
}

const char *
session_engine_version(void)
{
	return store_engine_version();
}

/* ---- a kept session ------------------------------------------------------ */

int
session_keep(struct session *s, struct talus_err *err)
{
	return s->st ? 0 : store_open(&s->st, s->db_path, 0, err);
}

int
session_begin(struct session *s, const char *want, int32_t today, unsigned flags,
	      struct talus_err *err)
{
	int rc;

	s->want = want;
	s->today = today;
	memset(&s->ath, 0, sizeof(s->ath));
	if ((rc = session_keep(s, err)))
		return rc;
	rc = flags & SESSION_WRITE ? store_begin(s->st, err) : store_begin_read(s->st, err);
	if (rc || !(flags & SESSION_ATHLETE))
		return rc;
	return store_athlete_get(&s->ath, s->st, s->want, err);
}

void
session_end(struct session *s)
{
	if (s->st)
		store_rollback(s->st);
}

int
session_data_version(int64_t *out, struct session *s, struct talus_err *err)
{
	return store_data_version(out, s->st, err);
}

int
session_busy(const struct session *s)
{
	return store_busy(s->st);
}
