/* units.c - distances and durations as typed and shown. Pure. */
#include "core/units.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int
distance_parse(double *out_m, const char *s, enum units bare)
{
	char *end;
	double v;

	if (!*s || isspace((unsigned char)*s) || *s == '+' || *s == '-')
		return -1;
	v = strtod(s, &end);
	if (end == s || !isfinite(v))
		return -1;
	if (!strcmp(end, ""))
		v *= bare == UNITS_MI ? METRES_PER_MILE : 1000.0;
	else if (!strcmp(end, "km"))
		v *= 1000.0;
	else if (!strcmp(end, "mi"))
		v *= METRES_PER_MILE;
	else if (strcmp(end, "m"))
		return -1;
	*out_m = v;
	return 0;
}

/* Reads an unsigned integer of 1 to 6 digits. */
static int
uint_part(const char **p, long *out)
{
	long v = 0;
	int n = 0;

	while (isdigit((unsigned char)**p) && n < 7) {
		v = v * 10 + (**p - '0');
		(*p)++;
		n++;
	}
	if (n == 0 || n > 6)
		return -1;
	*out = v;
	return 0;
}

int
duration_parse(double *out_s, const char *s)
{
	long part[3];
	int n = 0;
	const char *p = s;
	double frac = 0;

	for (;;) {
		if (n == 3 || uint_part(&p, &part[n]))
			return -1;
		n++;
		if (*p != ':')
			break;
		p++;
	}
	if (*p == '.') {
		double scale = 0.1;
		p++;
		if (!isdigit((unsigned char)*p))
			return -1;
		for (; isdigit((unsigned char)*p); p++, scale /= 10)
			frac += (*p - '0') * scale;
	}
	if (*p || n < 2)
		return -1;
	if (n == 3) {
		if (part[1] > 59 || part[2] > 59)
			return -1;
		*out_s = part[0] * 3600.0 + part[1] * 60.0 + part[2] + frac;
	} else {
		if (part[1] > 59)
			return -1;
		*out_s = part[0] * 60.0 + part[1] + frac;
	}
	return 0;
}

double
distance_in(double m, enum units u)
{
	return u == UNITS_MI ? m / METRES_PER_MILE : m / 1000.0;
}

const char *
units_name(enum units u)
{
	return u == UNITS_MI ? "mi" : "km";
}

char *
distance_format(char *buf, double m, enum units u)
{
	snprintf(buf, 24, "%.1f %s", distance_in(m, u), units_name(u));
	return buf;
}

char *
duration_format(char *buf, double s)
{
	long t = s > 0 && s < 3600.0 * 9999 ? lround(s) : 0;
	char tmp[64];

	if (t >= 3600)
		snprintf(tmp, sizeof(tmp), "%ld:%02ld:%02ld", t / 3600, t / 60 % 60, t % 60);
	else
		snprintf(tmp, sizeof(tmp), "%ld:%02ld", t / 60, t % 60);
	snprintf(buf, 16, "%.15s", tmp);
	return buf;
}
