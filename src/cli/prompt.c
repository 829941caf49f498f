/* prompt.c - questions on a terminal: a line read per answer (fgets), an
 * empty answer leaves a value unknown, a wrong one is asked again, the end
 * of the input abandons the whole (nothing recorded). Questions go to
 * standard error, so that standard output keeps only the result. */
#include "cli/prompt.h"
#include "core/selftest.h"
#include "util/text.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

int
prompt_parse_trials(double out[STANCE_TRIALS], const char *what, const char *const *list,
		    int n, struct talus_err *err)
{
	int rc;

	if (n > STANCE_TRIALS)
		return err_set(err, TALUS_EINVAL, "invalid %s: at most %d trials (best of 3)",
			       what, STANCE_TRIALS);
	for (int i = 0; i < n; i++)
		if ((rc = selftest_parse(&out[i], what, list[i], STANCE_CAP_S, "seconds", err)))
			return rc;
	return 0;
}

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
	return err_set(err, TALUS_EINVAL, "the input ended before every question was "
		       "answered; nothing was recorded");
}

/* "  not valid: 'ANSWER'SUFFIX" (or err's message when answer is NULL),
 * with the answer's control characters made visible. */
static void
say_not_valid(const char *answer, const char *suffix, struct talus_err *err)
{
	struct strbuf sb = STRBUF_INIT;

	strbuf_adds(&sb, answer ? "  not valid: '" : "  not valid: ");
	text_add_visible(&sb, answer ? answer : err->msg);
	strbuf_addf(&sb, "%s%s\n", answer ? "'" : "", suffix);
	fputs(sb.buf, stderr);
	strbuf_release(&sb);
	if (err)
		err_clear(err);
}

static void
not_valid(struct talus_err *err)
{
	say_not_valid(NULL, "", err);
}

int
prompt_choice(int *out, const char *question, const char *const *choices, int first,
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
		say_not_valid(buf, "", NULL);
	}
}

static int
prompt_int(int *out, const char *question, int max, struct talus_err *err)
{
	char buf[ANSWER_MAX];
	double v;

	for (;;) {
		if (ask(buf, "%s (0-%d; Enter: not tested): ", question, max))
			return ended(err);
		if (!buf[0])
			return 0;
		if (!selftest_parse(&v, "answer", buf, max, "repetitions", err) && v == floor(v)) {
			*out = (int)v;
			return 1;
		}
		if (!err->msg[0])
			err_set(err, TALUS_EINVAL, "'%s' is not a whole number", buf);
		not_valid(err);
	}
}

static int
prompt_measure(double *out, const char *question, double max, const char *unit,
	       struct talus_err *err)
{
	char buf[ANSWER_MAX];

	for (;;) {
		if (ask(buf, "%s (%s, 0-%g; Enter: not tested): ", question, unit, max))
			return ended(err);
		if (!buf[0])
			return 0;
		if (!selftest_parse(out, "answer", buf, max, unit, err))
			return 1;
		not_valid(err);
	}
}

static int
prompt_trials(double out[STANCE_TRIALS], const char *question, struct talus_err *err)
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
		if (!prompt_parse_trials(t, "answer", list, n, err)) {
			memcpy(out, t, sizeof(t));
			return 1;
		}
		not_valid(err);
	}
}

int
prompt_cait(int *out, const char *side, struct talus_err *err)
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
			say_not_valid(buf, "", NULL);
		}
	}
	return assess_cait_score(out, answers, err) ? err->code : 1;
}

int
prompt_sprains(struct assess_input *in, struct talus_err *err)
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
		if (!selftest_sprain_parse(&in->sprains[in->n_sprains], "answer", buf, in->day, err))
			in->n_sprains++;
		else
			not_valid(err);
	}
	return 0;
}


int
prompt_selftest(struct assess_input *in, const struct selftest *t, int side,
		struct talus_err *err)
{
	char q[48];

	snprintf(q, sizeof(q), "%s %s", assess_side_name(side), t->label);
	switch (t->test) {
	case TEST_T3_HEEL_RAISE:
		return prompt_int(&in->side[side].heel_raise_reps, q, (int)t->max, err);
	case TEST_T2_KNEE_WALL:
		return prompt_measure(&in->side[side].knee_wall_cm, q, t->max, t->unit, err);
	case TEST_T1_STANCE:
		return prompt_trials(in->side[side].stance_s, q, err);
	case TEST_T4_YBALANCE:
		return prompt_measure(&in->side[side].ybal_ant_cm, q, t->max, t->unit, err);
	case TEST_Q1_CAIT:
	case TEST__COUNT:
		break;
	}
	return 0;
}

int
prompt_yes(const char *question, struct talus_err *err)
{
	char buf[ANSWER_MAX];

	for (;;) {
		if (ask(buf, "%s [y/N]: ", question))
			return ended(err);
		if (!buf[0] || !strcasecmp(buf, "n") || !strcasecmp(buf, "no"))
			return 0;
		if (!strcasecmp(buf, "y") || !strcasecmp(buf, "yes"))
			return 1;
		say_not_valid(buf, " (y or n)", NULL);
	}
}

int
prompt_red_flags(struct ankle_log *l, const char *since, struct talus_err *err)
{
	static const char *const yn[] = { "yes", "no", NULL };
	int *flag[] = { &l->numb, &l->deformity, &l->crack, &l->achilles_snap,
			&l->hot_swollen_fever, &l->bone_pain_worsening, NULL, NULL, NULL,
			NULL, NULL };
	static const char *const q[] = {
		"Is the foot numb, cold or discoloured?",
		"Is there a deformity or an odd angle?",
		"Did you hear a crack at the injury?",
		"Did you feel a sudden snap or kick at the back of the heel?",
		"Is the ankle hot and swollen, with a fever?",
		"Is there focal bone pain that is getting worse?",
		"Can you take 4 steps on it?",
		"Is the bone tender at the back edge or tip of the outer ankle bone "
		"(lateral malleolus)?",
		"Is the bone tender at the back edge or tip of the inner ankle bone "
		"(medial malleolus)?",
		"Is the bone tender at the base of the fifth metatarsal (outer edge of "
		"the foot)?",
		"Is the bone tender at the navicular (inner side of the midfoot)?",
	};
	static const int sites[] = { TENDER_LATERAL_MALLEOLUS, TENDER_MEDIAL_MALLEOLUS,
				     TENDER_FIFTH_METATARSAL, TENDER_NAVICULAR };
	int all_no = 1, rc, a;

	fprintf(stderr, "a red flag of the %s ankle stands since %s; answer each question "
		"(yes, no; Enter: not sure). Only a no to every one resolves it.\n",
		side_name(l->side), since);
	for (size_t i = 0; i < sizeof(q) / sizeof(q[0]); i++) {
		if ((rc = prompt_choice(&a, q[i], yn, 0, err)) < 0)
			return rc;
		if (rc == 0) {
			all_no = 0;
			continue;
		}
		if (i == 6) { /* 4 steps: a no is the flag */
			if (a == 1) {
				l->weight_bearing = WB_UNABLE;
				all_no = 0;
			}
			continue;
		}
		if (a == 0) {
			all_no = 0;
			if (i < 6)
				*flag[i] = 1;
			else
				l->tender |= sites[i - 7];
		}
	}
	return all_no;
}
