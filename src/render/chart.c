/* chart.c - SVG bar and line charts (see chart.h). */
#include "render/chart.h"
#include "render/page.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define W 720
#define H 260
#define ML 52  /* left margin: y labels */
#define MR 28
#define MT 16
#define MB 44  /* bottom: x labels */

/* A step of 1, 2 or 5 times a power of ten giving about 5 ticks. */
static double
nice_step(double range)
{
	double raw = range / 5, p = pow(10, floor(log10(raw))), f = raw / p;

	return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p;
}

static void
head(struct strbuf *out, const char *id, const char *title, const char *desc)
{
	strbuf_adds(out, "<figure class=\"chart\">\n");
	strbuf_addf(out, "<svg viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s-t %s-d\" "
			 "xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\" "
			 "font-family=\"sans-serif\">\n<title id=\"%s-t\">", W, H, id, id, id);
	html_text(out, title);
	strbuf_addf(out, "</title>\n<desc id=\"%s-d\">", id);
	html_text(out, desc);
	strbuf_adds(out, "</desc>\n<defs><pattern id=\"");
	html_text(out, id);
	strbuf_adds(out, "-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
			 "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" "
			 "fill=\"#fff\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#8a1c1c\" "
			 "stroke-width=\"3\"/></pattern></defs>\n");
}

static void
foot(struct strbuf *out, const char *title)
{
	strbuf_adds(out, "</svg>\n<figcaption>");
	html_text(out, title);
	strbuf_adds(out, "</figcaption>\n</figure>\n");
}

/* The y axis from 0 (or ymin) to top with ticks and the unit; returns
 * the scale's top. */
static void
y_axis(struct strbuf *out, double ymin, double ymax, double step, const char *unit)
{
	int ph = H - MT - MB;

	for (double t = ymin; t <= ymax + step / 1e6; t += step) {
		double y = MT + ph - (t - ymin) / (ymax - ymin) * ph;
		strbuf_addf(out, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#ccc\" "
				 "stroke-width=\"1\"/>\n<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" "
				 "fill=\"#222\">%g</text>\n",
			    ML, W - MR, y, y, ML - 6, y + 4, round(t * 100) / 100);
	}
	strbuf_addf(out, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#222\"/>\n"
			 "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#222\"/>\n",
		    ML, ML, MT, H - MB, ML, W - MR, H - MB, H - MB);
	strbuf_addf(out, "<text x=\"12\" y=\"%d\" transform=\"rotate(-90 12 %d)\" "
			 "text-anchor=\"middle\" fill=\"#222\">", MT + (H - MT - MB) / 2,
		    MT + (H - MT - MB) / 2);
	html_text(out, unit);
	strbuf_adds(out, "</text>\n");
}

static void
x_label(struct strbuf *out, double x, const char *label)
{
	strbuf_addf(out, "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#222\">", x,
		    H - MB + 16);
	html_text(out, label);
	strbuf_adds(out, "</text>\n");
}

void
chart_bars(struct strbuf *out, const char *id, const char *title, const char *desc,
	   const char *unit, const struct chart_bar *b, int n)
{
	double top = 0, step, slot, bw;
	int ph = H - MT - MB, every = n > 26 ? 4 : n > 14 ? 2 : 1;

	for (int i = 0; i < n; i++) {
		if (b[i].v > top)
			top = b[i].v;
		if (!isnan(b[i].hi) && b[i].hi > top)
			top = b[i].hi;
	}
	if (top <= 0)
		top = 1;
	step = nice_step(top);
	top = ceil(top / step) * step;
	head(out, id, title, desc);
	y_axis(out, 0, top, step, unit);
	slot = (double)(W - ML - MR) / (n ? n : 1);
	bw = slot * 0.62;
	strbuf_addf(out, "<g class=\"bars\">\n");
	for (int i = 0; i < n; i++) {
		double x = ML + slot * i + (slot - bw) / 2, v = isnan(b[i].v) ? 0 : b[i].v;
		double h = v / top * ph, y = MT + ph - h;
		if (!isnan(b[i].lo) && !isnan(b[i].hi) && b[i].hi > 0) {
			double y1 = MT + ph - b[i].hi / top * ph, y0 = MT + ph - b[i].lo / top * ph;
			strbuf_addf(out, "<rect class=\"band\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" "
					 "height=\"%.1f\" fill=\"#e6e6e6\" stroke=\"#666\" "
					 "stroke-dasharray=\"3 2\"/>\n",
				    ML + slot * i + 1, y1, slot - 2, y0 - y1 > 1 ? y0 - y1 : 1);
		}
		if (v > 0) {
			strbuf_addf(out, "<rect class=\"bar%s\" data-value=\"%.3f\" x=\"%.1f\" y=\"%.1f\" "
					 "width=\"%.1f\" height=\"%.1f\" fill=\"",
				    b[i].over ? " over" : "", v, x, y, bw, h);
			if (b[i].over) {
				strbuf_adds(out, "url(#");
				html_text(out, id);
				strbuf_adds(out, "-hatch)\" stroke=\"#8a1c1c\"");
			} else {
				strbuf_addf(out, "%s\" stroke=\"#1d4e89\"", b[i].partial ? "#9db7d8" : "#1d4e89");
			}
			strbuf_adds(out, "/>\n");
		}
		if (b[i].mark)
			strbuf_addf(out, "<path class=\"spike\" d=\"M%.1f %.1f l6 -10 l6 10 z\" "
					 "fill=\"#222\"/><text x=\"%.1f\" y=\"%.1f\" "
					 "text-anchor=\"middle\" font-size=\"10\">L1</text>\n",
				    x + bw / 2 - 6, y - 3, x + bw / 2, y - 15);
		if (i % every == 0 && b[i].label)
			x_label(out, ML + slot * i + slot / 2, b[i].label);
	}
	strbuf_adds(out, "</g>\n");
	foot(out, title);
}

void
chart_lines(struct strbuf *out, const char *id, const char *title, const char *desc,
	    const char *unit, const char *const *xlabels, int n, const struct chart_series *s,
	    int ns, double ymin, double ymax, const double *refs, const struct chart_shade *shades,
	    int nshades, const char *const *marks)
{
	static const char *const dashes[] = { "", " stroke-dasharray=\"7 4\"",
					      " stroke-dasharray=\"2 3\"" };
	static const char *const colours[] = { "#1d4e89", "#8a1c1c", "#2e6b30", "#6b4a1d" };
	int ph = H - MT - MB, every = n > 120 ? n / 8 : n > 40 ? 14 : n > 14 ? 7 : 1;
	double step, slot = n > 1 ? (double)(W - ML - MR) / (n - 1) : 0;

	if (ymax <= ymin)
		ymax = ymin + 1;
	step = nice_step(ymax - ymin);
	ymax = ymin + ceil((ymax - ymin) / step) * step;
	head(out, id, title, desc);
	for (int k = 0; k < nshades; k++) {
		double x0 = ML + slot * shades[k].from - slot / 2, x1 = ML + slot * shades[k].to + slot / 2;
		if (x0 < ML)
			x0 = ML;
		if (x1 > W - MR)
			x1 = W - MR;
		strbuf_addf(out, "<rect class=\"shade\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" "
				 "height=\"%d\" fill=\"#f3e3c3\" stroke=\"#b08030\" "
				 "stroke-dasharray=\"4 3\"><title>", x0, MT, x1 - x0 > 1 ? x1 - x0 : 1, ph);
		html_text(out, shades[k].label);
		strbuf_adds(out, "</title></rect>\n");
	}
	y_axis(out, ymin, ymax, step, unit);
	for (const double *r = refs; r && !isnan(*r); r++) {
		double y = MT + ph - (*r - ymin) / (ymax - ymin) * ph;
		strbuf_addf(out, "<line class=\"ref\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" "
				 "stroke=\"#555\" stroke-dasharray=\"1 3\"/>\n", ML, W - MR, y, y);
	}
	for (int k = 0; k < ns; k++) {
		int open = 0;
		strbuf_addf(out, "<path class=\"line\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"%s d=\"",
			    colours[k % 4], dashes[s[k].dash % 3]);
		for (int i = 0; i < n; i++) {
			double v = s[k].y[i];
			if (isnan(v)) {
				open = open && s[k].join;
				continue;
			}
			strbuf_addf(out, "%c%.1f %.1f ", open ? 'L' : 'M', ML + slot * i,
				    MT + ph - (v - ymin) / (ymax - ymin) * ph);
			open = 1;
		}
		strbuf_adds(out, "\"/>\n");
		if (s[k].points)
			for (int i = 0; i < n; i++)
				if (!isnan(s[k].y[i]))
					strbuf_addf(out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\" fill=\"%s\"/>\n",
						    ML + slot * i,
						    MT + ph - (s[k].y[i] - ymin) / (ymax - ymin) * ph,
						    colours[k % 4]);
		/* The legend: the series' name in its own line style. */
		strbuf_addf(out, "<line x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"%s\" "
				 "stroke-width=\"2\"%s/><text x=\"%d\" y=\"%d\" fill=\"#222\">",
			    ML + 8 + 150 * k, ML + 32 + 150 * k, H - 8, H - 8, colours[k % 4],
			    dashes[s[k].dash % 3], ML + 36 + 150 * k, H - 4);
		html_text(out, s[k].name);
		strbuf_adds(out, "</text>\n");
	}
	for (int i = 0; marks && i < n; i++)
		if (marks[i] && *marks[i]) {
			strbuf_addf(out, "<text class=\"mark\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" "
					 "font-weight=\"bold\" fill=\"#222\">", ML + slot * i, H - MB - 3);
			html_text(out, marks[i]);
			strbuf_adds(out, "</text>\n");
		}
	for (int i = 0; i < n; i += every)
		if (xlabels[i])
			x_label(out, ML + slot * i, xlabels[i]);
	foot(out, title);
}

void
chart_wear(struct strbuf *out, double used, double review, double limit, double max,
	   const char *text)
{
	const int w = 300, h = 22;
	double sx = max > 0 ? w / max : 0, u = used > max ? max : used;

	strbuf_addf(out, "<svg class=\"wear\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" "
			 "role=\"img\" aria-label=\"", w + 2, h + 2, w + 2, h + 2);
	html_text(out, text);
	strbuf_addf(out, "\" xmlns=\"http://www.w3.org/2000/svg\">"
			 "<rect x=\"1\" y=\"1\" width=\"%d\" height=\"%d\" fill=\"#f2f2f2\" "
			 "stroke=\"#888\"/><rect x=\"1\" y=\"4\" width=\"%.1f\" height=\"%d\" "
			 "fill=\"%s\"/>",
		    w, h, u * sx, h - 6, used >= limit ? "#8a1c1c" : used >= review ? "#b07a00" : "#1d4e89");
	strbuf_addf(out, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"0\" y2=\"%d\" stroke=\"#222\" "
			 "stroke-width=\"2\" stroke-dasharray=\"3 2\"/>"
			 "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"0\" y2=\"%d\" stroke=\"#222\" "
			 "stroke-width=\"3\"/></svg>", 1 + review * sx, 1 + review * sx, h + 2,
		    1 + limit * sx, 1 + limit * sx, h + 2);
}
