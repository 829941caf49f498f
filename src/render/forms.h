/* forms.h - the dashboard's pages that take input: the log (a run, an
 * ankle log with the red-flag questions, an exercise of the programme, a
 * consultation) and the import (watch files or a whole export). The fields come from
 * core/entry.h, as the command line's options do; a form shown again
 * after an error keeps what was typed and shows each error beside its
 * field. Forms post with the session's CSRF token (p->csrf).
 */
#ifndef TALUS_RENDER_FORMS_H
#define TALUS_RENDER_FORMS_H

#include <stddef.h>
#include <stdint.h>

#include "core/athlete.h"
#include "core/entry.h"
#include "core/imported.h"
#include "core/shoe.h"
#include "render/page.h"
#include "util/strbuf.h"

/* One form as typed: val[i], err[i] and bits[i] for field i (each array
 * may be NULL: nothing typed, no error). */
struct form_view {
	const char *const *val;
	const char *const *err;
	const unsigned *bits;
	const char *error;     /* about the form as a whole, or NULL */
};

/* What the log page shows. */
struct log_view {
	const struct shoe *shoes;  /* the shoe field's suggestions */
	size_t nshoes;
	struct form_view run, ankle, exercise, seen; /* as typed, or zero */
	int has_programme;         /* the exercise form (else how to start a
				      programme) */
	int32_t flag_logged[2];    /* left, right: the day a red flag that
				      stands was logged, or INT32_MIN */
};

/* The log page: a run, an ankle log (the red-flag questions first, with
 * the day the flag was logged, while one stands), an exercise, and a
 * consultation (`ankle seen`, the form #seen). */
void render_log_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
		     const struct log_view *v);

/* One file of an import, as the page lists it. */
struct import_page_row {
	char path[256];
	char status[16];   /* "imported", "duplicate", "skipped", "failed" */
	char msg[512];
	size_t activities;
};

/* The import page: the upload form (limit_bytes: the upload limit), and
 * after an import its totals (t, or NULL) and its files. */
void render_import_html(struct strbuf *out, const struct page *p, const struct athlete *ath,
			unsigned long long limit_bytes, const struct import_summary *t,
			const struct import_page_row *rows, size_t n, const char *error);

#endif
