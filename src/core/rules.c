/* rules.c - the source of every rule id talus gives a reason under, in
 * one table (docs/EVIDENCE.md has each in full). */
#include "core/rules.h"

#include <string.h>

static const struct {
	const char *rule;
	const char *source;
} sources[] = {
	{ "L1", "Frandsen 2025, 5,205 runners (cohort)" },
	{ "L2", "Frandsen 2025 (cohort); walk-run protocol (trial)" },
	{ "L3", "the 10% rule: Buist 2008 (RCT, null), Nielsen 2014, Damsted 2019 (cohorts)" },
	{ "L4", "Gabbett 2016 (consensus), Williams 2017; descriptive only" },
	{ "L5", "Foster 1998 (cohort); >2.0 is a practitioner heuristic" },
	{ "REST", "design choice (heuristic): no source gives a number" },
	{ "S1", "480/800 km is a convention (CONV)" },
	{ "S2", "Malisoux 2015 (cohort)" },
	{ "F1", "NHS triage guidance" },
	{ "F2", "GP ankle algorithm" },
	{ "F3", "bone-stress warning signs (hospital guidance, secondary)" },
	{ "F4", "Wright 2014 (validation)" },
	{ "F5", "NHS referral guidance: no improvement at 12 weeks" },
	{ "O1", "Ottawa ankle rules, Stiell 1993 (validation)" },
	{ "O2", "Ottawa foot rules, Stiell 1993 (validation)" },
	{ "R1", "pain-monitoring model, Silbernagel 2007 (RCT, Achilles)" },
	{ "R2", "pain-monitoring model: next-morning response" },
	{ "SWELL", "NHS triage guidance: severe swelling" },
	{ "PAIN", "pain >= 7/10: NHS triage guidance, pain-monitoring model" },
	{ "A1", "PEACE & LOVE (Dubois & Esculier, consensus): protect 1-3 days" },
	{ "R3", "walk-run return protocol (army RCT protocol)" },
	{ "R4", "return after an ankle roll: up to 8 weeks (consensus); the re-entry "
		"weeks are a design choice" },
	{ "SYM", "symptoms at rest: NHS triage guidance, pain-monitoring model; the "
		 "levels are a design choice" },
	{ "F6", "NHS: pain or swelling getting worse despite self-care calls for a GP "
		"or physiotherapist" },
	{ "PLAN", "design choice: the mileage plan's rest days keep each week within "
		  "10% of the week before (L3)" },
};

const char *
rule_source(const char *rule)
{
	for (size_t i = 0; i < sizeof(sources) / sizeof(sources[0]); i++)
		if (!strcmp(sources[i].rule, rule))
			return sources[i].source;
	return "";
}

