/* fitwrite.h - FIT files written byte by byte, for the tests and the fuzz
 * seeds: headers of 12 or 14 bytes, definitions in either byte order with
 * developer fields, and the CRCs talus checks. The writer trusts its
 * caller: it is for building inputs, good and bad, not for checking them. */
#ifndef TALUS_TESTS_FITWRITE_H
#define TALUS_TESTS_FITWRITE_H

#include <stddef.h>
#include <stdint.h>

struct fitw {
	uint8_t *b;   /* owned: fitw_release() */
	size_t n;     /* bytes written; setting it to 0 starts over */
	size_t alloc;
	size_t start; /* offset of the current file's header */
	int be;       /* byte order of the last definition: values follow it */
};

#define FITW_INIT { NULL, 0, 0, 0, 0 }

void fitw_release(struct fitw *w);

/* A byte, and values of 2 and 4 bytes in the order of the last
 * definition. Out of memory aborts. */
void fitw_u8(struct fitw *w, unsigned x);
void fitw_u16(struct fitw *w, unsigned x);
void fitw_u32(struct fitw *w, uint32_t x);

/* Starts a file with a header of hs bytes (12 or 14), protocol 2.0,
 * profile 21.32; fitw_end() patches its data size and header CRC and
 * appends the file's CRC. Several files may follow each other (chained). */
void fitw_begin(struct fitw *w, unsigned hs);
void fitw_end(struct fitw *w);

/* A definition message for local type local and global message global in
 * byte order be (1: big-endian): nf fields { number, size, base type }
 * and, when dev is not NULL, ndev developer fields { number, size,
 * developer index }. */
void fitw_def(struct fitw *w, unsigned local, int be, unsigned global, size_t nf,
	      const uint8_t (*f)[3], size_t ndev, const uint8_t (*dev)[3]);

#endif
