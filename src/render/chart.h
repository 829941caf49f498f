/* chart.h - SVG charts drawn by talus (no chart library): axes with
 * ticks and labels, units on the axis, and marks that read in black and
 * white too (hatching and symbols, not colour alone). Only presentation
 * attributes: no inline style, which the dashboard's CSP forbids. The
 * numbers of every chart go in a table under it (the page writes it), for
 * screen readers and print.
 */
#ifndef TALUS_RENDER_CHART_H
#define TALUS_RENDER_CHART_H

#include "util/strbuf.h"

struct chart_bar {
	const char *label;  /* x label (short: "2 Mar") */
	double v;           /* the bar; NAN or 0: none */
	double lo, hi;      /* a band drawn behind it (the 10% band); NAN: none */
	int over;           /* hatched: above its band */
	int mark;           /* a triangle above it (an L1 spike) */
	int partial;        /* drawn lighter: the week is not over */
};

/* A bar chart; id makes the element ids unique on the page. */
void chart_bars(struct strbuf *out, const char *id, const char *title, const char *desc,
		const char *unit, const struct chart_bar *b, int n);

struct chart_series {
	const char *name;
	const double *y;    /* n values; NAN: a gap */
	int dash;           /* 0 solid, 1 dashed, 2 dotted */
	int points;         /* 1: a marker on each value */
	int join;           /* 1: the line passes over NAN gaps */
};

struct chart_shade {
	int from, to;       /* x indexes, inclusive */
	const char *label;
};

/* A line chart over n x positions; refs: horizontal reference lines
 * (NAN-terminated, may be NULL); shades: ranges of x shaded behind (e.g.
 * recovery episodes); marks: x indexes with a symbol on the axis (runs:
 * '|', red flags: '!'), as the strings marks[i] ("" none). */
void chart_lines(struct strbuf *out, const char *id, const char *title, const char *desc,
		 const char *unit, const char *const *xlabels, int n,
		 const struct chart_series *s, int ns, double ymin, double ymax,
		 const double *refs, const struct chart_shade *shades, int nshades,
		 const char *const *marks);

/* A horizontal wear bar: used against review and limit, on a scale to
 * max (an SVG of its own, labelled). */
void chart_wear(struct strbuf *out, double used, double review, double limit, double max,
		const char *text);

#endif
