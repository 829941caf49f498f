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

/* Appends s with every C0 control character and DEL made visible, as ls
 * and git show them: \n, \t, \r, \\ stays, others as \xHH. Invalid UTF-8
 * bytes are shown as \xHH too. */
void text_add_visible(struct strbuf *out, const char *s);

/* 1 when s holds a C0 control character or DEL. */
int text_has_control(const char *s);

#endif
