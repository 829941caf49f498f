/* guard.h - what a request must show before talus serves it: a Host
 * header that names this loopback server (DNS rebinding), an Origin of
 * this server on a request that changes something, the per-session CSRF
 * token in its form, and, on a non-loopback bind, the login cookie. The
 * checks are pure; the token kept on disk is the one piece of I/O.
 */
#ifndef TALUS_WEB_GUARD_H
#define TALUS_WEB_GUARD_H

#include <stddef.h>
#include <stdint.h>

#include "util/err.h"

#define GUARD_KEY_BYTES 16
#define GUARD_HEX 33 /* 128 bits as hex, with the NUL */

/* SipHash-2-4 of in[0..len-1] under key (Aumasson and Bernstein 2012): a
 * keyed pseudo-random function, the MAC of the CSRF tokens. */
uint64_t guard_siphash(const uint8_t key[GUARD_KEY_BYTES], const void *in, size_t len);

/* 1 when host (the Host header) names a loopback server on port:
 * localhost, 127.0.0.1 or [::1], any case, followed by ":port" (which
 * may be left out only when port is 80). Anything else is a name some
 * other site could point at this machine (DNS rebinding). */
int guard_host_ok(const char *host, unsigned port);

/* 1 when addr (a --bind value) is a loopback address: 127.0.0.0/8, ::1
 * or localhost. */
int guard_bind_loopback(const char *addr);

/* 1 when origin (the Origin header, or NULL) is this server as the
 * browser reached it: "http://" followed by host (the Host header),
 * ASCII case ignored. When origin is NULL, referer (or NULL) must start
 * with that and a "/". A request with neither is refused. */
int guard_origin_ok(const char *origin, const char *referer, const char *host);

/* The CSRF token of session id sid under the server's key: 32 hex
 * digits (two SipHash values). */
void guard_csrf_token(char out[GUARD_HEX], const uint8_t key[GUARD_KEY_BYTES], const char *sid);

/* 1 when token is the CSRF token of sid (compared in constant time); 0
 * when either is NULL or empty or they differ. */
int guard_csrf_ok(const uint8_t key[GUARD_KEY_BYTES], const char *sid, const char *token);

/* 1 when a and b are equal strings, in time that depends on their
 * lengths only. */
int guard_equal(const char *a, const char *b);

/* n random bytes from the kernel (getrandom, else /dev/urandom). 0 or
 * TALUS_EIO. */
int guard_random(void *out, size_t n, struct talus_err *err);

/* Writes n bytes as 2n hex digits and a NUL. */
void guard_hex(char *out, const uint8_t *in, size_t n);

/* The login token kept in dir/token (dir created 0700, the file 0600):
 * read when it is there and private, made and written when it is not.
 * TALUS_EIO saying why when it cannot be kept (a folder or file that
 * cannot be written, a token file that others may read). */
int guard_token(char out[GUARD_HEX], const char *dir, struct talus_err *err);

#endif
