/* cmd_assess.c - talus assess | assess show | assess history.
 *
 * An assessment is typed in by flags (--no-input: scripts, tests) or, on
 * a terminal, asked question by question (lines read with fgets; an empty
 * answer leaves a value unknown). Either way every value is checked
 * before the database is opened, so bad input writes nothing. The causes
 * come from core/assess.c, with the facts of the log on the day
 * (cli/programme.c). */
#include "cli/cli.h"
#include "cli/programme.h"
#include "util/date.h"
#include "util/json.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Ranges (documented in talus.1): CAIT 0-30 (Q1); heel raises 0-200;
 * knee-to-wall 0-30 cm; stance 0-45 s (T1 is capped at 45 s); Y-balance
 * anterior reach 0-150 cm. */
#define HEEL_MAX 200
#define KNEE_WALL_MAX 30.0
#define YBAL_MAX 150.0

/* Indexed by enum assess_gait. */
static const char *const gait_choices[] = { "unknown", "neutral", "over-pronation",
					    "supination", NULL };
/* motion-control is a stability shoe for the assessment (assess.h). */
static const char *const shoe_choices[] = { "unknown", "neutral", "stability",
					    "motion-control", "minimal", NULL };
static const enum assess_shoe shoe_values[] = { ASSESS_SHOE_UNKNOWN, ASSESS_SHOE_NEUTRAL,
						ASSESS_SHOE_STABILITY, ASSESS_SHOE_STABILITY,
						ASSESS_SHOE_MINIMAL };
static const char *const shoe_names[] = { "unknown", "neutral", "stability", "minimal" };
static const char *const yesno_choices[] = { "yes", "no", NULL };

enum { O_NOINPUT, O_DATE, O_GAIT, O_SPRAIN, O_BRACE, O_SHOE, O_CAIT_L, O_CAIT_R,
       O_HEEL_L, O_HEEL_R, O_KTW_L, O_KTW_R, O_ST_L, O_ST_R, O_YB_L, O_YB_R, O_JSON, O_N };

static const struct opt assess_opts[] = {
	[O_NOINPUT] = { "no-input", OPT_FLAG, 0, 0, NULL },
	[O_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[O_GAIT] = { "gait", OPT_CHOICE, 0, 0, gait_choices },
	[O_SPRAIN] = { "sprain", OPT_LIST, 0, 0, NULL },
	[O_BRACE] = { "brace-or-tape", OPT_CHOICE, 0, 0, yesno_choices },
	[O_SHOE] = { "shoe-support", OPT_CHOICE, 0, 0, shoe_choices },
	[O_CAIT_L] = { "cait-left", OPT_INT, 0, CAIT_MAX, NULL },
	[O_CAIT_R] = { "cait-right", OPT_INT, 0, CAIT_MAX, NULL },
	[O_HEEL_L] = { "heel-raises-left", OPT_INT, 0, HEEL_MAX, NULL },
	[O_HEEL_R] = { "heel-raises-right", OPT_INT, 0, HEEL_MAX, NULL },
	[O_KTW_L] = { "knee-to-wall-left", OPT_STR, 0, 0, NULL },
	[O_KTW_R] = { "knee-to-wall-right", OPT_STR, 0, 0, NULL },
	[O_ST_L] = { "stance-left", OPT_LIST, 0, 0, NULL },
	[O_ST_R] = { "stance-right", OPT_LIST, 0, 0, NULL },
	[O_YB_L] = { "ybalance-left", OPT_STR, 0, 0, NULL },
	[O_YB_R] = { "ybalance-right", OPT_STR, 0, 0, NULL },
	[O_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
	{ 0 },
};

/* ---- parsing values ---------------------------------------------------------- */

/* A measurement: digits with an optional decimal part, in [0, max]. */
static int
parse_measure(double *out, const char *what, const char *s, double max,
	      const char *unit, struct talus_err *err)
{
	const char *p = s;
	int digits = 0;

	while (isdigit((unsigned char)*p)) {
		p++;
		digits++;
	}
	if (digits && *p == '.') {
		p++;
		if (!isdigit((unsigned char)*p))
			digits = 0;
		while (isdigit((unsigned char)*p))
			p++;
	}
	if (!digits || *p)
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': expected a number of %s "
			       "from 0 to %g", what, s, unit, max);
	errno = 0;
	*out = strtod(s, NULL);
	if (errno || *out > max)
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': must be from 0 to %g %s",
			       what, s, max, unit);
	return 0;
}

/* SIDE:YYYY-MM[:rehab-done|:no-rehab], not after the assessment's month. */
static int
parse_sprain(struct assess_sprain *out, const char *what, const char *s, int32_t day,
	     struct talus_err *err)
{
	const char *p;
	int y, m, d;

	memset(out, 0, sizeof(*out));
	if (!strncmp(s, "left:", 5)) {
		out->side = LIMB_LEFT;
		p = s + 5;
	} else if (!strncmp(s, "right:", 6)) {
		out->side = LIMB_RIGHT;
		p = s + 6;
	} else {
		goto bad;
	}
	for (int i = 0; i < 7; i++)
		if (i == 4 ? p[i] != '-' : !isdigit((unsigned char)p[i]))
			goto bad;
	out->year = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
	out->month = (p[5] - '0') * 10 + (p[6] - '0');
	p += 7;
	if (!*p)
		out->rehab_done = FACT_UNKNOWN;
	else if (!strcmp(p, ":rehab-done"))
		out->rehab_done = FACT_YES;
	else if (!strcmp(p, ":no-rehab"))
		out->rehab_done = FACT_NO;
	else
		goto bad;
	if (out->month < 1 || out->month > 12 || out->year < 1900)
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': %04d-%02d is not a month",
			       what, s, out->year, out->month);
	civil_from_day(day, &y, &m, &d);
	if (out->year * 12 + out->month > y * 12 + m)
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': the month is after the "
			       "assessment (%04d-%02d)", what, s, y, m);
	return 0;
bad:
	return err_set(err, TALUS_EINVAL, "invalid %s '%s': expected SIDE:YYYY-MM, "
		       "optionally with :rehab-done or :no-rehab (e.g. left:2025-06:no-rehab)",
		       what, s);
}

static int
parse_trials(double out[STANCE_TRIALS], const char *what, const char *const *list,
	     int n, struct talus_err *err)
{
	int rc;

	if (n > STANCE_TRIALS)
		return err_set(err, TALUS_EINVAL, "invalid %s: at most %d trials (best of 3)",
			       what, STANCE_TRIALS);
	for (int i = 0; i < n; i++)
		if ((rc = parse_measure(&out[i], what, list[i], STANCE_CAP_S, "seconds", err)))
			return rc;
	return 0;
}

/* Applies the flags to in; *given gets 1 when any value flag was set. */
static int
apply_flags(struct assess_input *in, int *given, const struct optval *v,
	    struct talus_err *err)
{
	static const int value_opts[] = { O_GAIT, O_SPRAIN, O_BRACE, O_SHOE, O_CAIT_L,
					  O_CAIT_R, O_HEEL_L, O_HEEL_R, O_KTW_L, O_KTW_R,
					  O_ST_L, O_ST_R, O_YB_L, O_YB_R };
	int rc;

	*given = 0;
	for (size_t i = 0; i < sizeof(value_opts) / sizeof(value_opts[0]); i++)
		*given |= v[value_opts[i]].set;
	if (v[O_GAIT].set)
		in->gait = (enum assess_gait)v[O_GAIT].choice;
	if (v[O_SHOE].set)
		in->shoe_support = shoe_values[v[O_SHOE].choice];
	if (v[O_BRACE].set)
		in->brace_or_tape = v[O_BRACE].choice == 0 ? FACT_YES : FACT_NO;
	for (int i = 0; i < v[O_SPRAIN].nlist; i++)
		if ((rc = parse_sprain(&in->sprains[in->n_sprains++], "--sprain",
				       v[O_SPRAIN].list[i], in->day, err)))
			return rc;
	if (v[O_CAIT_L].set)
		in->side[LIMB_LEFT].cait = (int)v[O_CAIT_L].num;
	if (v[O_CAIT_R].set)
		in->side[LIMB_RIGHT].cait = (int)v[O_CAIT_R].num;
	if (v[O_HEEL_L].set)
		in->side[LIMB_LEFT].heel_raise_reps = (int)v[O_HEEL_L].num;
	if (v[O_HEEL_R].set)
		in->side[LIMB_RIGHT].heel_raise_reps = (int)v[O_HEEL_R].num;
	if (v[O_KTW_L].set &&
	    (rc = parse_measure(&in->side[LIMB_LEFT].knee_wall_cm, "--knee-to-wall-left",
				v[O_KTW_L].str, KNEE_WALL_MAX, "cm", err)))
		return rc;
	if (v[O_KTW_R].set &&
	    (rc = parse_measure(&in->side[LIMB_RIGHT].knee_wall_cm, "--knee-to-wall-right",
				v[O_KTW_R].str, KNEE_WALL_MAX, "cm", err)))
		return rc;
	if ((rc = parse_trials(in->side[LIMB_LEFT].stance_s, "--stance-left",
			       v[O_ST_L].list, v[O_ST_L].nlist, err)) ||
	    (rc = parse_trials(in->side[LIMB_RIGHT].stance_s, "--stance-right",
			       v[O_ST_R].list, v[O_ST_R].nlist, err)))
		return rc;
	if (v[O_YB_L].set &&
	    (rc = parse_measure(&in->side[LIMB_LEFT].ybal_ant_cm, "--ybalance-left",
				v[O_YB_L].str, YBAL_MAX, "cm", err)))
		return rc;
	if (v[O_YB_R].set &&
	    (rc = parse_measure(&in->side[LIMB_RIGHT].ybal_ant_cm, "--ybalance-right",
				v[O_YB_R].str, YBAL_MAX, "cm", err)))
		return rc;
	return 0;
}

/* ---- asking on a terminal ---------------------------------------------------------- */

#define ANSWER_MAX 256

/* Prints the question on stderr and reads one line: 0, or -1 at the end
 * of the input. The answer is trimmed. */
static int
ask(char *buf, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

static int
ask(char *buf, const char *fmt, ...)
{
	va_list ap;
	size_t len;
	char *p = buf;

	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fflush(stderr);
	if (!fgets(buf, ANSWER_MAX, stdin))
		return -1;
	len = strlen(buf);
	while (len && isspace((unsigned char)buf[len - 1]))
		buf[--len] = '\0';
	while (isspace((unsigned char)*p))
		p++;
	memmove(buf, p, strlen(p) + 1);
	return 0;
}

static int
ended(struct talus_err *err)
{
	return err_set(err, TALUS_EINVAL, "the input ended before the assessment was "
		       "complete; nothing was recorded");
}

static void
not_valid(struct talus_err *err)
{
	fprintf(stderr, "  not valid: %s\n", err->msg);
	err_clear(err);
}

static int
ask_choice(int *out, const char *question, const char *const *choices, int first,
	   struct talus_err *err)
{
	char buf[ANSWER_MAX];

	for (;;) {
		fprintf(stderr, "%s (", question);
		for (int i = first; choices[i]; i++)
			fprintf(stderr, "%s%s", i > first ? ", " : "", choices[i]);
		if (ask(buf, "; Enter: not known): "))
			return ended(err);
		if (!buf[0])
			return 0;
		for (int i = first; choices[i]; i++)
			if (!strcmp(buf, choices[i])) {
				*out = i;
				return 1;
			}
		fprintf(stderr, "  not valid: '%s'\n", buf);
	}
}

static int
ask_int(int *out, const char *question, int max, struct talus_err *err)
{
	char buf[ANSWER_MAX];
	double v;

	for (;;) {
		if (ask(buf, "%s (0-%d; Enter: not tested): ", question, max))
			return ended(err);
		if (!buf[0])
			return 0;
		if (!parse_measure(&v, "answer", buf, max, "repetitions", err) && v == floor(v)) {
			*out = (int)v;
			return 1;
		}
		if (!err->msg[0])
			err_set(err, TALUS_EINVAL, "'%s' is not a whole number", buf);
		not_valid(err);
	}
}

static int
ask_measure(double *out, const char *question, double max, const char *unit,
	    struct talus_err *err)
{
	char buf[ANSWER_MAX];

	for (;;) {
		if (ask(buf, "%s (%s, 0-%g; Enter: not tested): ", question, unit, max))
			return ended(err);
		if (!buf[0])
			return 0;
		if (!parse_measure(out, "answer", buf, max, unit, err))
			return 1;
		not_valid(err);
	}
}

static int
ask_trials(double out[STANCE_TRIALS], const char *question, struct talus_err *err)
{
	char buf[ANSWER_MAX];

	for (;;) {
		const char *list[STANCE_TRIALS + 1];
		double t[STANCE_TRIALS] = { NAN, NAN, NAN };
		int n = 0;
		char *tok, *save = NULL;

		if (ask(buf, "%s (up to 3 times in seconds, 0-45, separated by spaces; "
			"Enter: not tested): ", question))
			return ended(err);
		if (!buf[0])
			return 0;
		for (tok = strtok_r(buf, " \t,", &save); tok && n <= STANCE_TRIALS;
		     tok = strtok_r(NULL, " \t,", &save))
			list[n++] = tok;
		if (!parse_trials(t, "answer", list, n, err)) {
			memcpy(out, t, sizeof(t));
			return 1;
		}
		not_valid(err);
	}
}

static int
ask_cait(int *out, const char *side, struct talus_err *err)
{
	int answers[CAIT_ITEMS];
	char buf[ANSWER_MAX];

	fprintf(stderr, "\nCAIT for the %s ankle (Q1): 9 questions in talus's own words, "
		"not the validated original. Enter at a question skips the rest.\n", side);
	for (int i = 0; i < CAIT_ITEMS; i++) {
		const struct cait_item *it = assess_cait_item(i);
		for (;;) {
			char *end;
			long k;
			fprintf(stderr, "%d. %s\n", i + 1, it->question);
			for (int o = 0; o < it->n_options; o++)
				fprintf(stderr, "   %d) %s\n", o + 1, it->options[o].text);
			if (ask(buf, "   answer (1-%d): ", it->n_options))
				return ended(err);
			if (!buf[0])
				return 0;
			errno = 0;
			k = strtol(buf, &end, 10);
			if (!*end && !errno && k >= 1 && k <= it->n_options) {
				answers[i] = (int)k - 1;
				break;
			}
			fprintf(stderr, "  not valid: '%s'\n", buf);
		}
	}
	return assess_cait_score(out, answers, err) ? err->code : 1;
}

static int
ask_sprains(struct assess_input *in, struct talus_err *err)
{
	char buf[ANSWER_MAX];

	fprintf(stderr, "Ankle sprains you have had, one a line as SIDE:YYYY-MM, adding "
		":rehab-done or :no-rehab\nwhen you know whether you completed a "
		"rehabilitation programme (e.g. left:2025-06:no-rehab).\n");
	while (in->n_sprains < ASSESS_MAX_SPRAINS) {
		if (ask(buf, "sprain (Enter: no more): "))
			return ended(err);
		if (!buf[0])
			return 0;
		if (!parse_sprain(&in->sprains[in->n_sprains], "answer", buf, in->day, err))
			in->n_sprains++;
		else
			not_valid(err);
	}
	return 0;
}

static int
interactive(struct assess_input *in, const struct optval *v, struct talus_err *err)
{
	static const char *const sides[] = { "left", "right" };
	int rc, k;

	fprintf(stderr, "talus assess: answer each question, or press Enter to leave it "
		"unknown.\n\n");
	if (!v[O_SPRAIN].set && (rc = ask_sprains(in, err)) < 0)
		return rc;
	if (!v[O_BRACE].set) {
		if ((rc = ask_choice(&k, "Do you run with a brace or tape?", yesno_choices,
				     0, err)) < 0)
			return rc;
		if (rc)
			in->brace_or_tape = k == 0 ? FACT_YES : FACT_NO;
	}
	if (!v[O_GAIT].set) {
		if ((rc = ask_choice(&k, "Your gait, if a shop or clinician told you",
				     gait_choices, 1, err)) < 0)
			return rc;
		if (rc)
			in->gait = (enum assess_gait)k;
	}
	if (!v[O_SHOE].set) {
		if ((rc = ask_choice(&k, "Your current running shoe", shoe_choices, 1, err)) < 0)
			return rc;
		if (rc)
			in->shoe_support = shoe_values[k];
	}
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
		if (!v[s == LIMB_LEFT ? O_CAIT_L : O_CAIT_R].set &&
		    (rc = ask_cait(&in->side[s].cait, sides[s], err)) < 0)
			return rc;

	fprintf(stderr, "\nT3, single-leg heel raises: stand on one leg, fingertips on a "
		"wall for balance;\nrise as high as you can and lower, about one a second, "
		"until you cannot go on.\nCount the full raises.\n");
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
		char q[48];
		snprintf(q, sizeof(q), "%s heel raises", sides[s]);
		if (!v[s == LIMB_LEFT ? O_HEEL_L : O_HEEL_R].set &&
		    (rc = ask_int(&in->side[s].heel_raise_reps, q, HEEL_MAX, err)) < 0)
			return rc;
	}
	fprintf(stderr, "\nT2, knee-to-wall: face a wall, foot forward, heel down; bend "
		"the knee to touch the wall\nand move the foot back until the heel only "
		"just stays down. Measure from the big toe to the wall.\n");
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
		char q[48];
		snprintf(q, sizeof(q), "%s knee-to-wall", sides[s]);
		if (!v[s == LIMB_LEFT ? O_KTW_L : O_KTW_R].set &&
		    (rc = ask_measure(&in->side[s].knee_wall_cm, q, KNEE_WALL_MAX, "cm",
				      err)) < 0)
			return rc;
	}
	fprintf(stderr, "\nT1, single-leg stance with eyes closed: barefoot, stand on one "
		"leg, close your eyes\nand time until you touch down or open them; stop at "
		"45 s. Best of 3.\n");
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
		char q[48];
		snprintf(q, sizeof(q), "%s stance", sides[s]);
		if (!v[s == LIMB_LEFT ? O_ST_L : O_ST_R].set &&
		    (rc = ask_trials(in->side[s].stance_s, q, err)) < 0)
			return rc;
	}
	fprintf(stderr, "\nT4, Y-balance anterior reach (optional): stand on one leg and "
		"reach forward with the\nother foot as far as you can without losing "
		"balance; measure the reach.\n");
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
		char q[48];
		snprintf(q, sizeof(q), "%s reach", sides[s]);
		if (!v[s == LIMB_LEFT ? O_YB_L : O_YB_R].set &&
		    (rc = ask_measure(&in->side[s].ybal_ant_cm, q, YBAL_MAX, "cm", err)) < 0)
			return rc;
	}
	fputc('\n', stderr);
	return 0;
}

static int
stdin_is_terminal(void)
{
	const char *force = getenv("TALUS_ASSUME_TTY"); /* tests pipe answers */

	return isatty(STDIN_FILENO) || (force && !strcmp(force, "1"));
}

/* ---- output ------------------------------------------------------------------------ */

static void
num_or_dash(struct strbuf *out, double v, int decimals, int width)
{
	if (isnan(v))
		strbuf_addf(out, "%*s", width, "-");
	else
		strbuf_addf(out, "%*.*f", width, decimals, v);
}

static const char *
fact_word(enum fact f)
{
	return f == FACT_YES ? "yes" : f == FACT_NO ? "no" : "not known";
}

static void
asym_note(struct strbuf *out, enum fact asym, int weaker, const char *yes,
	  const char *no)
{
	if (asym == FACT_YES)
		strbuf_addf(out, "%s %s", assess_side_name(weaker), yes);
	else if (asym == FACT_NO)
		strbuf_adds(out, no);
}

static void
test_row(struct strbuf *out, const char *label, double l, double r, int decimals)
{
	strbuf_addf(out, "  %-28s", label);
	num_or_dash(out, l, decimals, 6);
	num_or_dash(out, r, decimals, 8);
	strbuf_adds(out, "   ");
}

static double
int_value(int v)
{
	return v < 0 ? NAN : v;
}

static void
trim_line(struct strbuf *out)
{
	while (out->len && out->buf[out->len - 1] == ' ')
		out->buf[--out->len] = '\0';
	strbuf_addch(out, '\n');
}

/* T3's norm in words; the age bands as assess.c clamps them. */
static void
heel_note(struct strbuf *out, const struct assess_side_result *sr, enum assess_sex sex,
	  int age)
{
	int lo = age < 30 ? 20 : age >= 70 ? 70 : age / 10 * 10;

	if (sr->heel_raise_convention) {
		strbuf_addf(out, "norm %d (the convention: age not known)", sr->heel_raise_norm);
		return;
	}
	strbuf_addf(out, "norm %d (%s aged %d-%d)", sr->heel_raise_norm,
		    sex == ASSESS_SEX_MALE ? "men" : sex == ASSESS_SEX_FEMALE ? "women" :
		    "the lower of men and women", lo, lo + 9);
}

static void
assess_text(struct strbuf *out, const struct assess_record *rec,
	    const struct assess_result *res, const char *athlete)
{
	const struct assess_side_result *L = &res->side[LIMB_LEFT], *R = &res->side[LIMB_RIGHT];
	char date[11];

	strbuf_addf(out, "assessment %lld of %s on %s\n\n", (long long)rec->id, athlete,
		    date_format(date, rec->in.day));
	strbuf_adds(out, "causes of weak ankles (the seed's eight), with what says so:\n");
	for (int c = 0; c < CAUSE__COUNT; c++) {
		const struct assess_cause *ca = &res->causes[c];
		char st[16];
		snprintf(st, sizeof(st), "%s", assess_cause_status_str(ca->status));
		for (char *p = st; *p; p++)
			*p = (char)toupper((unsigned char)*p);
		strbuf_addf(out, "  %-8s %s\n", st, assess_cause_name(ca->id));
		for (int e = 0; e < ca->n_evidence; e++)
			strbuf_addf(out, "           - %s\n", ca->evidence[e]);
	}

	strbuf_addf(out, "\n  %-28s%6s%8s\n", "test", "left", "right");
	test_row(out, "Q1 CAIT (0-30)", int_value(L->cait), int_value(R->cait), 0);
	if (L->cait >= 0)
		strbuf_addf(out, "left %s", assess_cait_band_name(L->cait_band));
	if (R->cait >= 0)
		strbuf_addf(out, "%sright %s", L->cait >= 0 ? ", " : "",
			    assess_cait_band_name(R->cait_band));
	trim_line(out);
	test_row(out, "T3 heel raises", int_value(L->heel_raise_reps),
		 int_value(R->heel_raise_reps), 0);
	if (L->heel_raise != NORM_UNKNOWN || R->heel_raise != NORM_UNKNOWN) {
		heel_note(out, L, rec->in.sex, res->age);
		for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
			if (res->side[s].heel_raise == NORM_BELOW)
				strbuf_addf(out, ": %s below", assess_side_name(s));
	}
	trim_line(out);
	test_row(out, "T2 knee-to-wall (cm)", L->knee_wall_cm, R->knee_wall_cm, 1);
	asym_note(out, res->knee_wall_asym, res->knee_wall_weaker,
		  "shorter by more than 1.9 cm (MDC)", "within 1.9 cm (MDC)");
	trim_line(out);
	test_row(out, "T1 stance, eyes closed (s)", L->stance_best_s, R->stance_best_s, 1);
	asym_note(out, res->stance_asym, res->stance_weaker,
		  "under 75% of the other side (design choice)",
		  "sides within 25% (design choice)");
	trim_line(out);
	test_row(out, "T4 Y-balance reach (cm)", L->ybal_ant_cm, R->ybal_ant_cm, 1);
	asym_note(out, res->ybal_asym, res->ybal_weaker, "shorter by more than 4 cm",
		  "within 4 cm");
	trim_line(out);

	strbuf_addf(out, "\nweaker side: %s\n", res->weak.weaker == LIMB_NONE ? "none (a tie)" :
		    assess_side_name(res->weak.weaker));
	strbuf_addf(out, "gait: %s; shoe support: %s; brace or tape: %s\n",
		    gait_choices[rec->in.gait],
		    shoe_names[rec->in.shoe_support != ASSESS_SHOE_UNKNOWN ?
			       rec->in.shoe_support : rec->facts.shoe_support],
		    fact_word(rec->in.brace_or_tape));
	strbuf_adds(out, "\nnext:\n");
	if (res->sprain_past_year)
		strbuf_adds(out, "  - P1: a sprain in the last 12 months: an 8-week programme, 3 "
			    "sessions a week, may help reduce the risk of another; start it with: "
			    "talus program new\n");
	else
		strbuf_adds(out, "  - the 8-week programme works on the tests above: talus "
			    "program new\n");
	if (res->refer_physio)
		strbuf_adds(out, "  - F4: CAIT 25 or less on a side: consider seeing a "
			    "physiotherapist\n");
	if (res->previous_sprain)
		strbuf_addf(out, "  - P3: %s\n", rec->in.brace_or_tape == FACT_YES ?
			    "after a sprain, keep using the brace or tape when running" :
			    "after a sprain, a brace or tape when running may help reduce "
			    "the risk of another");
	strbuf_adds(out, "  - the CAIT questions are talus's own wording, not the validated "
		    "original (Q1)\n\n");
	strbuf_addf(out, "%s\n", today_disclaimer);
}

static void
side_pair_num(struct json *j, const char *key, double l, double r)
{
	json_obj_begin(j, key);
	json_num(j, "left", l);
	json_num(j, "right", r);
	json_obj_end(j);
}

static void
fact_json(struct json *j, const char *key, enum fact f)
{
	if (f == FACT_UNKNOWN)
		json_null(j, key);
	else
		json_bool(j, key, f == FACT_YES);
}

static void
asym_json(struct json *j, enum fact asym, int weaker)
{
	fact_json(j, "asymmetric", asym);
	json_str(j, "weaker", asym == FACT_YES ? assess_side_name(weaker) : NULL);
}

static void
assess_json(struct json *j, const struct assess_record *rec, const struct assess_result *res)
{
	const struct assess_side_result *L = &res->side[LIMB_LEFT], *R = &res->side[LIMB_RIGHT];
	const struct assess_log_facts *f = &rec->facts;
	char date[11], mon[16];

	json_obj_begin(j, NULL);
	json_int(j, "id", rec->id);
	json_str(j, "date", date_format(date, rec->in.day));
	json_arr_begin(j, "causes");
	for (int c = 0; c < CAUSE__COUNT; c++) {
		const struct assess_cause *ca = &res->causes[c];
		json_obj_begin(j, NULL);
		json_str(j, "id", assess_cause_id_str(ca->id));
		json_str(j, "name", assess_cause_name(ca->id));
		json_str(j, "status", assess_cause_status_str(ca->status));
		json_arr_begin(j, "evidence");
		for (int e = 0; e < ca->n_evidence; e++)
			json_str(j, NULL, ca->evidence[e]);
		json_arr_end(j);
		json_obj_end(j);
	}
	json_arr_end(j);
	side_pair_num(j, "cait", int_value(L->cait), int_value(R->cait));
	json_obj_begin(j, "cait_band");
	json_str(j, "left", L->cait >= 0 ? assess_cait_band_name(L->cait_band) : NULL);
	json_str(j, "right", R->cait >= 0 ? assess_cait_band_name(R->cait_band) : NULL);
	json_obj_end(j);
	json_obj_begin(j, "tests");
	json_obj_begin(j, "heel_raises");
	json_num(j, "left", int_value(L->heel_raise_reps));
	json_num(j, "right", int_value(R->heel_raise_reps));
	json_int(j, "norm", L->heel_raise_norm);
	json_bool(j, "norm_convention", L->heel_raise_convention);
	json_obj_begin(j, "below");
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++)
		if (res->side[s].heel_raise == NORM_UNKNOWN)
			json_null(j, assess_side_name(s));
		else
			json_bool(j, assess_side_name(s), res->side[s].heel_raise == NORM_BELOW);
	json_obj_end(j);
	json_obj_end(j);
	json_obj_begin(j, "knee_to_wall_cm");
	json_num(j, "left", L->knee_wall_cm);
	json_num(j, "right", R->knee_wall_cm);
	asym_json(j, res->knee_wall_asym, res->knee_wall_weaker);
	json_obj_end(j);
	json_obj_begin(j, "stance_s");
	json_num(j, "left", L->stance_best_s);
	json_num(j, "right", R->stance_best_s);
	json_obj_begin(j, "trials");
	for (int s = LIMB_LEFT; s <= LIMB_RIGHT; s++) {
		json_arr_begin(j, assess_side_name(s));
		for (int k = 0; k < STANCE_TRIALS; k++)
			if (!isnan(rec->in.side[s].stance_s[k]))
				json_num(j, NULL, rec->in.side[s].stance_s[k]);
		json_arr_end(j);
	}
	json_obj_end(j);
	asym_json(j, res->stance_asym, res->stance_weaker);
	json_obj_end(j);
	json_obj_begin(j, "ybalance_cm");
	json_num(j, "left", L->ybal_ant_cm);
	json_num(j, "right", R->ybal_ant_cm);
	asym_json(j, res->ybal_asym, res->ybal_weaker);
	json_obj_end(j);
	json_obj_end(j);
	json_arr_begin(j, "sprains");
	for (int i = 0; i < rec->in.n_sprains; i++) {
		const struct assess_sprain *sp = &rec->in.sprains[i];
		json_obj_begin(j, NULL);
		json_str(j, "side", assess_side_name(sp->side));
		snprintf(mon, sizeof(mon), "%04d-%02d", sp->year % 10000, sp->month % 100);
		json_str(j, "month", mon);
		fact_json(j, "rehab_done", sp->rehab_done);
		json_obj_end(j);
	}
	json_arr_end(j);
	fact_json(j, "brace_or_tape", rec->in.brace_or_tape);
	json_str(j, "gait", gait_choices[rec->in.gait]);
	json_str(j, "shoe_support", shoe_names[rec->in.shoe_support]);
	json_str(j, "weaker_side", res->weak.weaker == LIMB_NONE ? NULL :
		 assess_side_name(res->weak.weaker));
	json_bool(j, "sprain_past_year", res->sprain_past_year);
	json_bool(j, "refer_physio", res->refer_physio);
	json_obj_begin(j, "log");
	json_num(j, "l1_spikes_12w", int_value(f->l1_spikes_12w));
	json_num(j, "l3_weeks_12w", int_value(f->l3_weeks_12w));
	fact_json(j, "monotony_high", f->monotony_high);
	fact_json(j, "few_rest_days", f->few_rest_days);
	fact_json(j, "long_streak", f->long_streak);
	fact_json(j, "symptoms_after_long_runs", f->symptoms_after_long_runs);
	json_num(j, "shoe_m", isnan(f->shoe_km) ? NAN : f->shoe_km * 1000.0);
	json_str(j, "shoe_support", shoe_names[f->shoe_support]);
	json_num(j, "shoe_pairs", int_value(f->shoe_pairs));
	json_obj_end(j);
	json_str(j, "disclaimer", today_disclaimer);
	json_obj_end(j);
}

static int
evaluate(struct assess_result *res, const struct assess_record *rec, struct talus_err *err)
{
	return assess_evaluate(res, &rec->in, &rec->facts, err);
}

static void
show(struct ctx *c, const struct assess_record *rec, const struct assess_result *res,
     int json)
{
	if (json) {
		struct json j;
		json_init(&j, &c->out);
		assess_json(&j, rec, res);
	} else {
		assess_text(&c->out, rec, res, c->ath.name);
	}
}

/* ---- commands ------------------------------------------------------------------------ */

int
cmd_assess(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_N];
	struct assess_record rec;
	struct assess_result res;
	const char *pos[1];
	int npos, rc, given;

	if ((rc = opt_parse(v, assess_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	memset(&rec, 0, sizeof(rec));
	assess_input_init(&rec.in, v[O_DATE].set ? v[O_DATE].day : c->today);
	if ((rc = apply_flags(&rec.in, &given, v, err)))
		return rc;
	if (!v[O_NOINPUT].set) {
		if (stdin_is_terminal()) {
			/* Asked before the database is opened, so no write lock is
			 * held while the runner answers; a missing database is
			 * reported first. */
			if (access(c->db_path, F_OK))
				return ctx_open(c, 0, err);
			if ((rc = interactive(&rec.in, v, err)))
				return rc;
		} else if (!given) {
			strbuf_adds(&c->hint, "give the values by flags, e.g.\n"
				    "  talus assess --no-input --cait-left 24 --cait-right 29 "
				    "--heel-raises-left 18 --heel-raises-right 25\n"
				    "      --knee-to-wall-left 8 --knee-to-wall-right 11 "
				    "--stance-left 12 --stance-right 20 --sprain left:2025-06:no-rehab\n"
				    "or run it on a terminal to be asked (see: talus help assess)");
			return err_set(err, TALUS_EINVAL, "no values given and standard input "
				       "is not a terminal");
		}
	}
	if ((rc = ctx_open(c, 0, err)))
		return rc;
	rec.in.sex = !strcmp(c->ath.sex, "male") ? ASSESS_SEX_MALE :
		     !strcmp(c->ath.sex, "female") ? ASSESS_SEX_FEMALE : ASSESS_SEX_UNKNOWN;
	rec.in.birth_year = c->ath.birth_year;
	if ((rc = programme_log_facts(&rec.facts, c->st, c->ath.id, rec.in.day, err)) ||
	    (rc = evaluate(&res, &rec, err)) ||
	    (rc = store_assess_insert(&rec.id, c->st, c->ath.id, &rec, err)))
		return rc;
	show(c, &rec, &res, v[O_JSON].set);
	return 0;
}

int
cmd_assess_show(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { S_ID, S_DATE, S_JSON };
	static const struct opt opts[] = {
		[S_ID] = { "id", OPT_STR, 0, 0, NULL },
		[S_DATE] = { "date", OPT_DATE, 0, 0, NULL },
		[S_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[3];
	struct assess_record rec;
	struct assess_result res;
	const char *pos[1];
	int64_t id = 0;
	int npos, rc, found = 1;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (v[S_ID].set && (rc = parse_id(&id, v[S_ID].str, "assessment", err)))
		return rc;
	if ((rc = ctx_open(c, CTX_READ, err)))
		return rc;
	if (id)
		rc = store_assess_get(&rec, c->st, c->ath.id, id, err);
	else
		rc = store_assess_latest(&rec, &found, c->st, c->ath.id,
					 v[S_DATE].set ? v[S_DATE].day : c->today, err);
	if (rc)
		return rc;
	if (!found) {
		strbuf_adds(&c->hint, "record one with: talus assess");
		return err_set(err, TALUS_ENOTFOUND, "no assessment on or before %s",
			       v[S_DATE].set ? v[S_DATE].str : "today");
	}
	if ((rc = evaluate(&res, &rec, err)))
		return rc;
	show(c, &rec, &res, v[S_JSON].set);
	return 0;
}

static void
history_json_pair(struct json *j, const char *key, double l, double r)
{
	side_pair_num(j, key, l, r);
}

static void
pair_text(struct strbuf *out, double l, double r, int decimals, int width)
{
	char a[32], b[32], both[72];

	if (isnan(l))
		snprintf(a, sizeof(a), "-");
	else
		snprintf(a, sizeof(a), "%.*f", decimals, l);
	if (isnan(r))
		snprintf(b, sizeof(b), "-");
	else
		snprintf(b, sizeof(b), "%.*f", decimals, r);
	snprintf(both, sizeof(both), "%s/%s", a, b);
	strbuf_addf(out, "%*s", width, both);
}

int
cmd_assess_history(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	enum { H_JSON };
	static const struct opt opts[] = {
		[H_JSON] = { "json", OPT_FLAG, 0, 0, NULL },
		{ 0 },
	};
	struct optval v[1];
	struct assess_record *list;
	const char *pos[1];
	char date[11];
	size_t n;
	int npos, rc;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if ((rc = ctx_open(c, CTX_READ, err)) ||
	    (rc = store_assess_list(&list, &n, c->st, c->ath.id, INT32_MIN, INT32_MAX, err)))
		return rc;
	if (v[H_JSON].set) {
		struct json j;
		json_init(&j, &c->out);
		json_obj_begin(&j, NULL);
		json_arr_begin(&j, "assessments");
		for (size_t i = 0; i < n; i++) {
			const struct assess_input *in = &list[i].in;
			json_obj_begin(&j, NULL);
			json_int(&j, "id", list[i].id);
			json_str(&j, "date", date_format(date, in->day));
			history_json_pair(&j, "cait", int_value(in->side[0].cait),
					  int_value(in->side[1].cait));
			history_json_pair(&j, "heel_raises", int_value(in->side[0].heel_raise_reps),
					  int_value(in->side[1].heel_raise_reps));
			history_json_pair(&j, "knee_to_wall_cm", in->side[0].knee_wall_cm,
					  in->side[1].knee_wall_cm);
			history_json_pair(&j, "stance_s", assess_stance_best(in->side[0].stance_s),
					  assess_stance_best(in->side[1].stance_s));
			history_json_pair(&j, "ybalance_cm", in->side[0].ybal_ant_cm,
					  in->side[1].ybal_ant_cm);
			json_obj_end(&j);
		}
		json_arr_end(&j);
		if (n >= 2)
			programme_changes_json(&j, "changes", &list[0].in, &list[n - 1].in);
		else
			json_null(&j, "changes");
		json_obj_end(&j);
	} else if (!n) {
		strbuf_adds(&c->out, "no assessments; record one with: talus assess\n");
	} else {
		strbuf_addf(&c->out, "%4s  %-10s  %9s  %11s  %13s  %11s  %11s\n", "ID", "DATE",
			    "CAIT L/R", "HEEL RAISES", "KNEE-WALL cm", "STANCE s", "Y-BAL cm");
		for (size_t i = 0; i < n; i++) {
			const struct assess_input *in = &list[i].in;
			strbuf_addf(&c->out, "%4lld  %s  ", (long long)list[i].id,
				    date_format(date, in->day));
			pair_text(&c->out, int_value(in->side[0].cait), int_value(in->side[1].cait),
				  0, 9);
			strbuf_adds(&c->out, "  ");
			pair_text(&c->out, int_value(in->side[0].heel_raise_reps),
				  int_value(in->side[1].heel_raise_reps), 0, 11);
			strbuf_adds(&c->out, "  ");
			pair_text(&c->out, in->side[0].knee_wall_cm, in->side[1].knee_wall_cm, 1, 13);
			strbuf_adds(&c->out, "  ");
			pair_text(&c->out, assess_stance_best(in->side[0].stance_s),
				  assess_stance_best(in->side[1].stance_s), 1, 11);
			strbuf_adds(&c->out, "  ");
			pair_text(&c->out, in->side[0].ybal_ant_cm, in->side[1].ybal_ant_cm, 1, 11);
			strbuf_addch(&c->out, '\n');
		}
		if (n >= 2) {
			strbuf_addf(&c->out, "\nchange from %s", date_format(date, list[0].in.day));
			strbuf_addf(&c->out, " to %s (T2 against its 1.9 cm MDC; the other "
				    "tests have none, so their changes are not judged):\n",
				    date_format(date, list[n - 1].in.day));
			programme_changes_text(&c->out, &list[0].in, &list[n - 1].in);
		}
	}
	free(list);
	return 0;
}
