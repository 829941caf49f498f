/* fitwrite.c - see fitwrite.h. */
#include "fitwrite.h"

#include "import/fit.h"

#include <stdio.h>
#include <stdlib.h>

void
fitw_release(struct fitw *w)
{
	free(w->b);
	w->b = NULL;
	w->n = w->alloc = w->start = 0;
}

void
fitw_u8(struct fitw *w, unsigned x)
{
	if (w->n == w->alloc) {
		size_t a = w->alloc ? 2 * w->alloc : 4096;
		uint8_t *b = realloc(w->b, a);

		if (!b) {
			fputs("fitwrite: out of memory\n", stderr);
			abort();
		}
		w->b = b;
		w->alloc = a;
	}
	w->b[w->n++] = (uint8_t)x;
}

void
fitw_u16(struct fitw *w, unsigned x)
{
	fitw_u8(w, w->be ? (x >> 8) & 0xFF : x & 0xFF);
	fitw_u8(w, w->be ? x & 0xFF : (x >> 8) & 0xFF);
}

void
fitw_u32(struct fitw *w, uint32_t x)
{
	for (int i = 0; i < 4; i++)
		fitw_u8(w, (x >> (8 * (w->be ? 3 - i : i))) & 0xFF);
}

void
fitw_begin(struct fitw *w, unsigned hs)
{
	/* size, protocol 2.0, profile 2132 little-endian, data size (patched
	 * by fitw_end), ".FIT" */
	static const uint8_t head[12] = { 0, 0x20, 0x54, 0x08, 0, 0, 0, 0,
					  '.', 'F', 'I', 'T' };

	w->start = w->n;
	for (int i = 0; i < 12; i++)
		fitw_u8(w, i ? head[i] : hs);
	if (hs == 14) {
		fitw_u8(w, 0);
		fitw_u8(w, 0);
	}
}

void
fitw_end(struct fitw *w)
{
	uint8_t *h = w->b + w->start;
	uint32_t ds = (uint32_t)(w->n - w->start - h[0]);
	uint16_t crc;

	for (int i = 0; i < 4; i++)
		h[4 + i] = (uint8_t)(ds >> (8 * i));
	if (h[0] == 14) {
		crc = fit_crc16(0, h, 12);
		h[12] = (uint8_t)(crc & 0xFF);
		h[13] = (uint8_t)(crc >> 8);
	}
	crc = fit_crc16(0, h, w->n - w->start);
	fitw_u8(w, crc & 0xFF);
	fitw_u8(w, crc >> 8);
}

void
fitw_def(struct fitw *w, unsigned local, int be, unsigned global, size_t nf,
	 const uint8_t (*f)[3], size_t ndev, const uint8_t (*dev)[3])
{
	w->be = be;
	fitw_u8(w, 0x40 | (dev ? 0x20 : 0) | local);
	fitw_u8(w, 0);
	fitw_u8(w, (unsigned)be);
	fitw_u16(w, global);
	fitw_u8(w, (unsigned)nf);
	for (size_t i = 0; i < nf; i++)
		for (int k = 0; k < 3; k++)
			fitw_u8(w, f[i][k]);
	if (dev) {
		fitw_u8(w, (unsigned)ndev);
		for (size_t i = 0; i < ndev; i++)
			for (int k = 0; k < 3; k++)
				fitw_u8(w, dev[i][k]);
	}
}
