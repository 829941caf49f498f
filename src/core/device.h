/* device.h - which recording devices are bike computers. Pure: no I/O.
 *
 * A file from a bike computer that states no sport is a ride: a Garmin
 * Edge, a Wahoo ELEMNT, a Hammerhead Karoo, a Bryton, a Lezyne, an SRM or
 * a Stages Dash is mounted on handlebars. The FIT numbers are those of
 * the FIT SDK profile (manufacturer, garmin_product); the list is in
 * docs/internals/import.md with what could not be confirmed.
 */
#ifndef TALUS_DEVICE_H
#define TALUS_DEVICE_H

#include <stddef.h>

/* From a FIT file_id's manufacturer and product: 1 when the device is a
 * bike computer (or a bike trainer), with its name for people ("Garmin
 * Edge 1040", "Hammerhead Karoo") in name (size n); 0 otherwise, name
 * "". */
int device_fit_bike(char *name, size_t n, unsigned manufacturer,
		    unsigned product);

/* From a device's or an app's own name (TCX <Creator><Name>, GPX
 * creator="..."): 1 when it names a bike computer or a cycling app ("Edge
 * 520", "Wahoo ELEMNT BOLT", "Karoo 2", "Urban Biker"), 0 otherwise.
 * Case is ignored. */
int device_text_bike(const char *text);

#endif
