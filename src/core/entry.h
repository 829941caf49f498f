/* entry.h - the entries a runner types in (a run, an ankle log, an
 * exercise of the programme, a consultation) as fields of text: each field's name, kind
 * and range, and the parsing of its text with the command line's
 * messages ("invalid --pain '11': must be from 0 to 10"). The web forms
 * go through here; the command line's options (src/cli) take the same
 * names, ranges and messages, and tests/unit/cli/test_entry.c holds the
 * two together on good and bad values. Pure: no I/O, no clock.
 */
#ifndef TALUS_ENTRY_H
#define TALUS_ENTRY_H

#include <stddef.h>
#include <stdint.h>

#include "core/ankle.h"
#include "core/programme.h"
#include "core/redflag.h"
#include "core/run.h"
#include "core/units.h"
#include "util/err.h"

#define ENTRY_RUN_MAX_M 500000.0 /* a run of more than 500 km is a typing mistake */
#define ENTRY_LOG_SETS_MAX 20
#define ENTRY_LOG_REPS_MAX 200
#define ENTRY_LOG_HOLD_MAX 600

enum entry_kind {
	ENTRY_END = 0,
	ENTRY_DATE,     /* YYYY-MM-DD */
	ENTRY_DATETIME, /* YYYY-MM-DD[THH:MM] */
	ENTRY_DIST,     /* a distance in (0, max_m] */
	ENTRY_DURATION, /* [H:]MM:SS */
	ENTRY_INT,      /* a whole number in [min, max] */
	ENTRY_CHOICE,   /* one of choices */
	ENTRY_FLAG,     /* a tick box */
	ENTRY_TEXT,     /* a note: at most NOTE_MAX bytes */
	ENTRY_LIST,     /* several of choices (tick boxes of one name) */
};

struct entry_field {
	const char *name;           /* the option's name, without "--" */
	enum entry_kind kind;
	long min, max;              /* ENTRY_INT */
	const char *const *choices; /* ENTRY_CHOICE, ENTRY_LIST; NULL-terminated */
	int required;               /* the entry needs it */
	const char *label;          /* for a form: "Pain (0-10)" */
	const char *missing;        /* the message when a required field is
				       left out, or NULL: entry_missing()'s */
};

/* The fields of each entry, ENTRY_END-terminated, in the order of the
 * command's options: `run add`, `ankle log`, `program log`, `ankle
 * seen`. */
extern const struct entry_field entry_run_fields[];
extern const struct entry_field entry_ankle_fields[];
extern const struct entry_field entry_exercise_fields[];
extern const struct entry_field entry_seen_fields[];

/* Field indexes (the order of the arrays above). */
enum { ER_DATE, ER_DIST, ER_DUR, ER_SHOE, ER_SURF, ER_RPE, ER_PD, ER_PA, ER_SIDE, ER_NOTE,
       ER__N };
enum { EA_DATE, EA_SIDE, EA_PAIN, EA_MPAIN, EA_STIFF, EA_SWELL, EA_GIVE, EA_ROLLED, EA_WB,
       EA_TENDER, EA_NUMB, EA_COLD, EA_DEFORM, EA_CRACK, EA_ACHILLES, EA_FEVER, EA_BONE,
       EA_RFNONE, EA_NOTE, EA__N };
enum { EX_DATE, EX_EX, EX_SIDE, EX_SETS, EX_REPS, EX_HOLD, EX_LEVEL, EX_LOST, EX_RATING,
       EX__N };
enum { ES_DATE, ES_SIDE, ES_BY, ES_NOTE, ES__N };

/* A field's value. */
struct entry_value {
	int set;
	const char *str; /* the text given (borrowed) */
	long num;        /* ENTRY_INT */
	int32_t day;     /* ENTRY_DATE, ENTRY_DATETIME */
	int sec;         /* ENTRY_DATETIME: seconds after midnight, or -1 */
	double secs;     /* ENTRY_DURATION */
	double m;        /* ENTRY_DIST, metres */
	int choice;      /* ENTRY_CHOICE: index into choices */
	unsigned bits;   /* ENTRY_LIST: bit i for choices[i] */
};

/* Parses the text s of field f (units: a bare distance's unit) into v.
 * 0, or TALUS_EINVAL with the command line's message. An ENTRY_LIST
 * field is parsed once per value, adding to v->bits. */
int entry_parse(struct entry_value *v, const struct entry_field *f, const char *s,
		enum units units, struct talus_err *err);

/* The message of a required field left out: "missing --date
 * YYYY-MM-DD[THH:MM]", as the command line says it. */
int entry_missing(const struct entry_field *f, struct talus_err *err);

/* A run from the values v[0..ER__N-1] (the shoe is the caller's to look
 * up by v[ER_SHOE].str): sport run, the start at the date's time (sec,
 * or noon) in offset_s, the scores, the side and the note. */
void entry_run(struct run_entry *r, const struct entry_value *v);

/* An ankle log from v[0..EA__N-1]; l->note borrows v[EA_NOTE].str.
 * --red-flags none is not set here: see entry_red_flags_none(). */
void entry_ankle(struct ankle_log *l, const struct entry_value *v);

/* `--red-flags none` (the runner checked each red flag and none applies
 * now) for log l, whatever front end it came from: sets
 * l->red_flags_none, or TALUS_EINVAL when l itself shows one ("--red-flags
 * none contradicts --numb: give one or the other"), naming the first of
 * --tender, the red-flag options in their order, and --weight-bearing
 * unable. */
int entry_red_flags_none(struct ankle_log *l, struct talus_err *err);

/* A consultation (`ankle seen`) from v[0..ES__N-1]: --by clinician when
 * not given; c->note borrows v[ES_NOTE].str. */
void entry_seen(struct consult *c, const struct entry_value *v);

/* Checks an exercise entry as `program log` does (the exercise exists,
 * reps or a hold as the exercise is done, the level within its levels,
 * the date not after today nor before the programme's start) and fills
 * e. *bad gets the index of the field at fault. */
int entry_exercise(struct programme_entry *e, int *bad, const struct entry_value *v,
		   int32_t today, int32_t prog_start, struct talus_err *err);

#endif
