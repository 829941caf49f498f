/* text.h - text from users and files: how close two words are (for "did
 * you mean"), whether bytes are UTF-8, and text made safe to show on a
 * terminal. */
#ifndef TALUS_TEXT_H
#define TALUS_TEXT_H

#include <stddef.h>

#include "util/strbuf.h"

/* The edit distance of a and b, ignoring ASCII case; a large number when
 * either is longer than 63 bytes. */
int text_distance(const char *a, const char *b);

/* The name among names[0..n-1] closest to word (ASCII case ignored), if
 * within max edits (max < 0: 1 for a word of up to 3 bytes, 2 up to 6,
 * else 3) or word is a prefix of it; NULL otherwise. */
const char *text_nearest(const char *word, const char *const *names, size_t n, int max);

/* 1 when s[0..len-1] is well-formed UTF-8 (no overlong forms, no
 * surrogates, nothing above U+10FFFF). */
int text_utf8_valid(const char *s, size_t len);

/* U+FFFD, the replacement character, in UTF-8. */
#define TEXT_REPLACEMENT "\xef\xbf\xbd"

/* Appends s with every control character made visible, as ls and git
 * show them: \n, \t, \r, other C0 controls and DEL as \xHH, a C1 control
 * (U+0080..U+009F, which a terminal may obey as it obeys ESC) as its two
 * bytes \xc2\xHH. Invalid UTF-8 bytes are shown as \xHH too. This is how
 * every text output shows a string that came from a user or a file. */
void text_add_visible(struct strbuf *out, const char *s);

/* text_add_visible(), then spaces up to width characters (a cell of a
 * table; a longer string is not cut). */
void text_add_visible_pad(struct strbuf *out, const char *s, int width);

/* 1 when s holds a C0 control character, DEL or a C1 control. */
int text_has_control(const char *s);

/* Appends s[0..len-1] with each byte that is not part of well-formed
 * UTF-8 replaced by U+FFFD; returns how many were replaced. */
size_t text_utf8_repair(struct strbuf *out, const char *s, size_t len);

/* Repairs the string in buf (of cap bytes) in place as text_utf8_repair()
 * does, cut at a character boundary if it no longer fits; 1 when it was
 * not valid UTF-8. */
int text_utf8_fix(char *buf, size_t cap);

/* Makes src a name as talus keeps names: valid UTF-8 (repaired as
 * text_utf8_repair() does), each control character turned into a space,
 * no space at either end, cut at a character boundary to fit in cap
 * bytes. Returns its length (0: nothing was left). */
size_t text_to_name(char *dst, size_t cap, const char *src);

/* s as it is echoed in a message: when it does not fit in n bytes, cut at
 * a character boundary and ended with "..."; returns buf. */
const char *text_clip(char *buf, size_t n, const char *s);

#endif
