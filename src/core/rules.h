/* rules.h - the rule ids of docs/EVIDENCE.md and the short source each
 * reason names. Pure data. */
#ifndef TALUS_RULES_H
#define TALUS_RULES_H

/* Short source of a rule id, e.g. "Frandsen 2025 (cohort)"; "" if none. */
const char *rule_source(const char *rule);

#endif
