/* ankle.h - an ankle symptom log entry, and the symptom vocabulary.
 * Pure data. Scores are 0-10, or -1 when not given. */
#ifndef TALUS_ANKLE_H
#define TALUS_ANKLE_H

#include <stddef.h>
#include <stdint.h>

enum side { SIDE_NONE = 0, SIDE_LEFT = 1, SIDE_RIGHT = 2, SIDE_BOTH = 3 };
const char *side_name(enum side s); /* "left", "right", "both", "" */
int side_parse(enum side *out, const char *s);

enum swelling { SWELL_UNKNOWN = -1, SWELL_NONE = 0, SWELL_MILD, SWELL_MODERATE, SWELL_SEVERE };
const char *swelling_name(enum swelling s);
int swelling_parse(enum swelling *out, const char *s);

enum weight_bearing { WB_UNKNOWN = -1, WB_OK = 0, WB_PAINFUL, WB_UNABLE };
const char *weight_bearing_name(enum weight_bearing w);
int weight_bearing_parse(enum weight_bearing *out, const char *s);

/* Tender sites of the Ottawa ankle and foot rules (EVIDENCE.md §4, O1, O2). */
enum tender_site {
	TENDER_LATERAL_MALLEOLUS = 1 << 0,
	TENDER_MEDIAL_MALLEOLUS = 1 << 1,
	TENDER_FIFTH_METATARSAL = 1 << 2,
	TENDER_NAVICULAR = 1 << 3,
};
#define TENDER_SITE_COUNT 4
const char *tender_site_name(int bit); /* one bit -> "lateral-malleolus" */
int tender_site_parse(int *out_bit, const char *s);

struct ankle_log {
	int64_t id;
	int32_t day;
	enum side side;           /* left or right */
	int pain;                 /* 0-10 or -1 */
	int morning_pain;         /* 0-10 or -1 */
	int stiffness;            /* 0-10 or -1 */
	enum swelling swelling;
	int giving_way;           /* episodes since the last log, >= 0 */
	int rolled;               /* 1 if the ankle rolled */
	enum weight_bearing weight_bearing;
	int tender;               /* enum tender_site bits */
	int numb, cold_or_discoloured, deformity, crack, achilles_snap,
	    hot_swollen_fever, bone_pain_worsening; /* red-flag booleans */
	int red_flags_none;       /* the runner went through every red flag
				     and none applies now (--red-flags
				     none): resolves the flags of that side
				     logged on an earlier day */
	char *note;               /* the runner's words, or NULL; read only by
				     the listings, owned by the array they
				     are read into (ankle_logs_free()) */
};

/* Bytes of a note (a run's or an ankle log's), documented in talus.1. */
#define NOTE_MAX 4000

void ankle_log_init(struct ankle_log *l);
/* Frees the notes of v[0..n-1], then v. */
void ankle_logs_free(struct ankle_log *v, size_t n);
/* 1 if the log shows a red flag: F1 (a crack, a deformity, a numb, cold
 * or discoloured foot), O1/O2 (bone tenderness at an Ottawa site, or
 * unable to bear weight), F2 (Achilles snap, hot swollen joint with
 * fever) or F3 (focal bone pain getting worse). */
int ankle_log_red_flag(const struct ankle_log *l);

/* The worst symptom a log shows, most severe first. */
enum ankle_worst {
	WORST_NONE = 0,
	WORST_STIFFNESS,      /* value: 0-10 */
	WORST_GIVING_WAY,     /* value: episodes */
	WORST_ROLLED,
	WORST_PAIN,           /* value: the larger of pain and morning pain */
	WORST_SWELLING,       /* value: enum swelling */
	WORST_WEIGHT_BEARING, /* value: enum weight_bearing (painful) */
	WORST_RED_FLAG,       /* F1-F3, O1, O2 */
};

/* The worst symptom of a log and its value: a red flag first, then
 * painful weight bearing, moderate or severe swelling, pain of 4/10 or
 * more, a roll, giving way, mild swelling or pain below 4, stiffness
 * (design choice: the order of the day's rules). */
enum ankle_worst ankle_log_worst(const struct ankle_log *l, int *value);

/* 1 if the log shows any symptom at all (pain, stiffness, swelling,
 * giving way, a roll, a tender site, painful weight bearing, a flag). */
int ankle_log_symptomatic(const struct ankle_log *l);

#endif
