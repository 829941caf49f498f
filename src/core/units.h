/* units.h - distances and durations as the runner types and reads them.
 * Inside talus everything is SI (metres, seconds); on screen an athlete
 * sees km or mi. Pure: no I/O. */
#ifndef TALUS_UNITS_H
#define TALUS_UNITS_H

#define METRES_PER_MILE 1609.344

enum units { UNITS_KM = 0, UNITS_MI = 1 };

/* A distance as typed: "8.5km", "5mi", "8500m", "8.5" (bare: the athlete's
 * unit). *out_m gets metres. Returns 0, or -1 when the text is not a
 * distance (the caller checks the range). */
int distance_parse(double *out_m, const char *s, enum units bare);

/* A duration as typed: "H:MM:SS", "MM:SS" (MM may pass 59 when no hours
 * are given: "75:00"), or "H:MM:SS.s". *out_s gets seconds; 0 or -1. */
int duration_parse(double *out_s, const char *s);

/* Writes a distance in the athlete's unit with one decimal and the unit:
 * "8.5 km", "5.3 mi". Returns buf (at least 24 bytes). */
char *distance_format(char *buf, double m, enum units u);

/* Value of metres in the athlete's unit. */
double distance_in(double m, enum units u);
const char *units_name(enum units u); /* "km" or "mi" */

/* "H:MM:SS" or "MM:SS"; buf at least 16 bytes. */
char *duration_format(char *buf, double s);

#endif
