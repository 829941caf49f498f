/* today.h - the day's verdict: run, run easy, rest, see a clinician, or
 * seek urgent care, with every rule that fired (EVIDENCE.md ids).
 * Pure: no I/O, no clock; the caller gathers the inputs.
 *
 * Each rule gives its own verdict; the day's verdict is the most severe of
 * them. A red flag always wins and is never softened. See docs/RULES.md.
 */
#ifndef TALUS_TODAY_H
#define TALUS_TODAY_H

#include <stddef.h>
#include <stdint.h>

#include "core/ankle.h"
#include "core/load.h"
#include "core/redflag.h"
#include "core/shoe.h"
#include "core/units.h"

/* In order of severity. */
enum verdict { VERDICT_RUN = 0, VERDICT_EASY, VERDICT_REST, VERDICT_CLINICIAN,
	       VERDICT_URGENT };
const char *verdict_name(enum verdict v); /* "run", ..., "urgent-care" */

enum referral { REFERRAL_NONE = 0, REFERRAL_PHYSIO, REFERRAL_CLINICIAN,
		REFERRAL_URGENT };
const char *referral_name(enum referral r);

#define TODAY_F5_DAYS 84      /* F5: 12 weeks */
#define TODAY_F4_DAYS 182     /* F4: 6 months */
#define TODAY_LOG_WINDOW 200  /* days of ankle logs the caller passes */
#define TODAY_RECENT_DAYS 7   /* R1/R2 look at runs and logs this recent */
#define TODAY_WALKRUN_M 1609.344 /* R3 phase 1: 1.0 mi */
#define TODAY_STREAK_EASY 14  /* design choice: this many days without rest -> easy */
#define TODAY_MAX_REASONS 32

struct reason {
	char rule[8];        /* EVIDENCE.md id, or "REST" (design choice) */
	enum level level;
	enum verdict verdict; /* what this rule alone says */
	char message[384];
};

struct last_run {
	int has;          /* a run on or before today */
	int32_t day;
	double distance_m;
	int pain_during;  /* 0-10 or -1 */
	int pain_after;   /* 0-10 or -1 */
};

struct today_input {
	int32_t today;
	enum units units;
	const struct load_report *load; /* for today */
	double planned_m;               /* a planned run, or NAN */
	struct last_run last_run;       /* the latest run on or before today */
	/* Ankle logs on or before today, sorted by (day, id): every log of the
	 * last TODAY_LOG_WINDOW days and, older than that, at least the
	 * latest log of each side. */
	const struct ankle_log *logs;
	size_t nlogs;
	/* Every log on or before today that shows a red flag or says
	 * --red-flags none, whatever its age, sorted by (day, id) (red flags
	 * stand until resolved: core/redflag.h); NULL: logs. */
	const struct ankle_log *flag_logs;
	size_t nflag_logs;
	const struct consult *consults; /* every consultation up to today */
	size_t nconsults;
	const struct shoe *shoes;
	size_t nshoes;
	/* A recovery episode holds today (core/episode.h): L1's reference is
	 * the longest run since its walk-run return began (ref_m, 0 before
	 * any or while the walk-run phases set the distance; since: that
	 * day), L2 does not apply, L3 and REST cap nothing (the return sets
	 * the weeks), and the runs' pain is the recovery plan's to judge (R1),
	 * not the verdict's. */
	struct {
		int active;
		int32_t since;
		double ref_m;
	} episode;
};

struct today_report {
	int32_t today;
	enum verdict verdict;
	double max_distance_m;   /* NAN = no cap known */
	enum referral referral;
	struct reason reasons[TODAY_MAX_REASONS]; /* most severe first */
	size_t nreasons;
	struct shoe_alert shoes[16];
	size_t nshoes;
};

void today_assess(struct today_report *out, const struct today_input *in);

/* Symptoms at rest (docs/RULES.md): the latest log of a side counts for
 * TODAY_SYMPTOM_DAYS days, its day included. */
#define TODAY_SYMPTOM_DAYS 7

/* What one ankle log says on its own day, before anything else is known:
 * urgent care for F1, F2, O1 or O2; a clinician for F3, pain of 7/10 or
 * more, or severe swelling (PAIN, SWELL); rest for pain 6/10, painful
 * weight bearing, moderate swelling (SYM) or an acute event (A1: a roll or
 * giving way with moderate swelling, painful weight bearing or pain of
 * 4/10 or more); easy for pain 4-5/10, or a roll or giving way without
 * those; else run. A log that gives rest or worse opens a recovery
 * episode (core/episode.c). */
enum verdict today_log_verdict(const struct ankle_log *l);

/* 1 when l is an acute event (A1), as above. */
int today_acute_event(const struct ankle_log *l);

/* Adds one reason from outside the load and symptom rules (the recovery
 * plan, core/day.c) to a finished report, by the rules today_assess()
 * keeps: the day's verdict becomes the more severe of the two; a cap_m
 * (NAN: none) proposed with a run or easy verdict lowers max_distance_m;
 * rest and above make it 0; see-clinician and urgent-care raise the
 * referral. The reason goes after those at least as severe (verdict, then
 * level), so the list stays most severe first; when the list is full it
 * replaces the least severe reason if it ranks above it. A red flag is
 * never softened: nothing here lowers a verdict. */
void today_merge(struct today_report *out, const char *rule, enum level level,
		 enum verdict verdict, double cap_m, const char *msg);

/* The wellness disclaimer (D1) every verdict carries. */
extern const char today_disclaimer[];

#endif
