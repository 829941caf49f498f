/* exercise.c - the exercise catalogue in words: doses, and the Markdown
 * of docs/exercises.md. */
#include "render/exercise.h"

void
render_dose(struct strbuf *out, int sets, int reps, int hold_s,
		     int per_side)
{
	if (hold_s > 0)
		strbuf_addf(out, "%d x %d s", sets, hold_s);
	else
		strbuf_addf(out, "%d x %d", sets, reps);
	if (per_side)
		strbuf_adds(out, ", each side");
}

static const char *
role_name(enum ex_role r)
{
	switch (r) {
	case EX_ROLE_PROGRAMME:
		return "programme session";
	case EX_ROLE_WARMUP:
		return "warm-up, every run day";
	case EX_ROLE_STRETCH:
		return "after the run, every run day";
	}
	return "?";
}

static void
md_targets(struct strbuf *out, unsigned targets)
{
	int first = 1;

	if (!targets) {
		strbuf_adds(out, "none in particular");
		return;
	}
	for (int t = 0; t < TEST__COUNT; t++) {
		if (!(targets & TEST_BIT(t)))
			continue;
		strbuf_addf(out, "%s%s (%s)", first ? "" : ", ",
			    assess_test_id((enum assess_test)t),
			    assess_test_name((enum assess_test)t));
		first = 0;
	}
}

void
render_exercises_markdown(struct strbuf *out)
{
	strbuf_adds(out,
		"# Exercises\n\n"
		"<!-- Generated from src/core/exercise.c by "
		"render_exercises_markdown(); do not edit by hand. -->\n\n"
		"The exercises of the talus prevention programme (P1: 8 weeks, "
		"3 sessions a week), the warm-up before every run and the "
		"stretches after it. Each has its instructions, a dose per "
		"level, how it progresses and where the dose comes from. "
		"\"design choice\" marks what the evidence does not give "
		"(see docs/programme.md). talus is a wellness tool, not a "
		"medical device: stop an exercise that hurts.\n\n"
		"| id | name | used in | from week | levels | up a level after |\n"
		"|---|---|---|---|---|---|\n");
	for (int i = 0; i < EX__COUNT; i++) {
		const struct exercise *e = exercise_get(i);

		if (e->up_after)
			strbuf_addf(out, "| `%s` | %s | %s | %d | %d | %d sessions in a row |\n",
				    e->id, e->name, role_name(e->role), e->first_week,
				    e->n_levels, e->up_after);
		else
			strbuf_addf(out, "| `%s` | %s | %s | %d | %d | - |\n", e->id,
				    e->name, role_name(e->role), e->first_week, e->n_levels);
	}
	for (int i = 0; i < EX__COUNT; i++) {
		const struct exercise *e = exercise_get(i);

		strbuf_addf(out, "\n## %s (`%s`)\n\n%s\n\n", e->name, e->id,
			    e->instructions);
		strbuf_addf(out, "- Used in: %s, from week %d\n",
			    role_name(e->role), e->first_week);
		strbuf_adds(out, "- Works on: ");
		md_targets(out, e->targets);
		strbuf_addf(out, "\n- Progression: %s\n", e->progression);
		strbuf_addf(out, "- Evidence: %s\n\n", e->evidence);
		strbuf_adds(out, "| level | name | how | dose | rest |\n"
			    "|---|---|---|---|---|\n");
		for (int k = 0; k < e->n_levels; k++) {
			const struct ex_level *lv = &e->levels[k];

			strbuf_addf(out, "| %d | %s | %s | ", k + 1, lv->name,
				    lv->how);
			render_dose(out, lv->sets, lv->reps,
					     lv->hold_s, lv->per_side);
			strbuf_addf(out, " | %d s |\n", lv->rest_s);
		}
	}
}
