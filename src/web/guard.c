/* guard.c - Host, Origin, CSRF and login checks (see guard.h). */
#include "web/guard.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- SipHash-2-4 ---------------------------------------------------------- */

#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                              \
	do {                                                                  \
		v0 += v1; v1 = ROTL(v1, 13); v1 ^= v0; v0 = ROTL(v0, 32);     \
		v2 += v3; v3 = ROTL(v3, 16); v3 ^= v2;                        \
		v0 += v3; v3 = ROTL(v3, 21); v3 ^= v0;                        \
		v2 += v1; v1 = ROTL(v1, 17); v1 ^= v2; v2 = ROTL(v2, 32);     \
	} while (0)

static uint64_t
le64(const uint8_t *p)
{
	uint64_t v = 0;

	for (int i = 7; i >= 0; i--)
		v = (v << 8) | p[i];
	return v;
}

uint64_t
guard_siphash(const uint8_t key[GUARD_KEY_BYTES], const void *in, size_t len)
{
	const uint8_t *m = in;
	uint64_t k0 = le64(key), k1 = le64(key + 8);
	uint64_t v0 = 0x736f6d6570736575ULL ^ k0, v1 = 0x646f72616e646f6dULL ^ k1;
	uint64_t v2 = 0x6c7967656e657261ULL ^ k0, v3 = 0x7465646279746573ULL ^ k1;
	uint64_t b = (uint64_t)len << 56, mi;
	size_t i, full = len - len % 8;

	for (i = 0; i < full; i += 8) {
		mi = le64(m + i);
		v3 ^= mi;
		SIPROUND;
		SIPROUND;
		v0 ^= mi;
	}
	for (size_t j = 0; j < len % 8; j++)
		b |= (uint64_t)m[full + j] << (8 * j);
	v3 ^= b;
	SIPROUND;
	SIPROUND;
	v0 ^= b;
	v2 ^= 0xff;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	SIPROUND;
	return v0 ^ v1 ^ v2 ^ v3;
}

/* ---- Host and Origin ---------------------------------------------------- */

/* 1 when s[0..n-1] is one of the loopback names. */
static int
loopback_name(const char *s, size_t n)
{
	return (n == 9 && !strncasecmp(s, "localhost", 9)) ||
	       (n == 9 && !strncmp(s, "127.0.0.1", 9)) || (n == 5 && !strncmp(s, "[::1]", 5));
}

int
guard_host_ok(const char *host, unsigned port)
{
	const char *colon;
	char want[8];
	size_t n;

	if (!host)
		return 0;
	n = strlen(host);
	colon = host[0] == '[' ? (strchr(host, ']') ? strchr(host, ']') + 1 : NULL)
			       : strchr(host, ':');
	if (!colon || !*colon)
		return loopback_name(host, n) && port == 80;
	if (*colon != ':')
		return 0;
	snprintf(want, sizeof(want), "%u", port);
	return loopback_name(host, (size_t)(colon - host)) && !strcmp(colon + 1, want);
}

int
guard_bind_loopback(const char *addr)
{
	return !strcmp(addr, "::1") || !strcasecmp(addr, "localhost") ||
	       !strncmp(addr, "127.", 4);
}

int
guard_origin_ok(const char *origin, const char *referer, const char *host)
{
	size_t n;

	if (!host || !*host)
		return 0;
	n = strlen(host);
	if (origin)
		return !strncasecmp(origin, "http://", 7) && strlen(origin) == 7 + n &&
		       !strcasecmp(origin + 7, host);
	if (referer)
		return !strncasecmp(referer, "http://", 7) && !strncasecmp(referer + 7, host, n) &&
		       referer[7 + n] == '/';
	return 0;
}

/* ---- CSRF ---------------------------------------------------------------- */

void
guard_hex(char *out, const uint8_t *in, size_t n)
{
	static const char hex[] = "0123456789abcdef";

	for (size_t i = 0; i < n; i++) {
		out[2 * i] = hex[in[i] >> 4];
		out[2 * i + 1] = hex[in[i] & 15];
	}
	out[2 * n] = '\0';
}

void
guard_csrf_token(char out[GUARD_HEX], const uint8_t key[GUARD_KEY_BYTES], const char *sid)
{
	uint8_t k2[GUARD_KEY_BYTES], mac[16];
	uint64_t a, b;

	/* Two values under two keys make 128 bits. */
	for (int i = 0; i < GUARD_KEY_BYTES; i++)
		k2[i] = key[i] ^ 0x5c;
	a = guard_siphash(key, sid, strlen(sid));
	b = guard_siphash(k2, sid, strlen(sid));
	for (int i = 0; i < 8; i++) {
		mac[i] = (uint8_t)(a >> (8 * i));
		mac[8 + i] = (uint8_t)(b >> (8 * i));
	}
	guard_hex(out, mac, sizeof(mac));
}

int
guard_equal(const char *a, const char *b)
{
	size_t na = strlen(a), nb = strlen(b);
	unsigned char d = na != nb;

	for (size_t i = 0; i < na && i < nb; i++)
		d |= (unsigned char)(a[i] ^ b[i]);
	return d == 0;
}

int
guard_csrf_ok(const uint8_t key[GUARD_KEY_BYTES], const char *sid, const char *token)
{
	char want[GUARD_HEX];

	if (!sid || !*sid || !token || !*token)
		return 0;
	guard_csrf_token(want, key, sid);
	return guard_equal(want, token);
}

/* ---- randomness and the login token ----------------------------------------- */

int
guard_random(void *out, size_t n, struct talus_err *err)
{
	uint8_t *p = out;
	size_t got = 0;
	int fd;

	while (got < n) {
		ssize_t r = getrandom(p + got, n - got, 0);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		got += (size_t)r;
	}
	if (got == n)
		return 0;
	if ((fd = open("/dev/urandom", O_RDONLY | O_CLOEXEC)) < 0)
		return err_set(err, TALUS_EIO, "no randomness: %s", strerror(errno));
	while (got < n) {
		ssize_t r = read(fd, p + got, n - got);
		if (r <= 0) {
			close(fd);
			return err_set(err, TALUS_EIO, "no randomness from /dev/urandom");
		}
		got += (size_t)r;
	}
	close(fd);
	return 0;
}

/* mkdir -p with 0700 for the folders made. */
static int
mkdirs(const char *dir, struct talus_err *err)
{
	char path[4096];
	size_t n = strlen(dir);

	if (n >= sizeof(path))
		return err_set(err, TALUS_EIO, "folder name too long: '%s'", dir);
	memcpy(path, dir, n + 1);
	for (char *p = path + 1;; p++) {
		if (*p != '/' && *p)
			continue;
		char c = *p;
		*p = '\0';
		if (mkdir(path, 0700) && errno != EEXIST)
			return err_set(err, TALUS_EIO, "cannot create folder '%s': %s", path,
				       strerror(errno));
		if (!(*p = c))
			break;
	}
	return 0;
}

static int
valid_token(const char *s)
{
	if (strlen(s) != GUARD_HEX - 1)
		return 0;
	for (const char *p = s; *p; p++)
		if (!((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'f')))
			return 0;
	return 1;
}

int
guard_token(char out[GUARD_HEX], const char *dir, struct talus_err *err)
{
	char path[4200], buf[128];
	uint8_t raw[16];
	struct stat st;
	ssize_t n;
	int fd, rc;

	if ((rc = mkdirs(dir, err)))
		return rc;
	if (stat(dir, &st) || (st.st_mode & 077))
		return err_set(err, TALUS_EIO, "the folder '%s' of the login token is open to "
			       "others (chmod 700 it)", dir);
	snprintf(path, sizeof(path), "%s/token", dir);
	if ((fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)) >= 0) {
		if (fstat(fd, &st) || !S_ISREG(st.st_mode) || (st.st_mode & 077) ||
		    st.st_uid != geteuid()) {
			close(fd);
			return err_set(err, TALUS_EIO, "the login token '%s' is not private "
				       "(mode 0600, yours): remove it and start again", path);
		}
		n = read(fd, buf, sizeof(buf) - 1);
		close(fd);
		buf[n > 0 ? n : 0] = '\0';
		buf[strcspn(buf, "\r\n")] = '\0';
		if (valid_token(buf)) {
			memcpy(out, buf, GUARD_HEX);
			return 0;
		}
		/* A broken token file is replaced. */
		if (unlink(path))
			return err_set(err, TALUS_EIO, "cannot replace the login token '%s': %s",
				       path, strerror(errno));
	} else if (errno != ENOENT) {
		return err_set(err, TALUS_EIO, "cannot read the login token '%s': %s", path,
			       strerror(errno));
	}
	if ((rc = guard_random(raw, sizeof(raw), err)))
		return rc;
	guard_hex(out, raw, sizeof(raw));
	if ((fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600)) < 0)
		return err_set(err, TALUS_EIO, "cannot keep the login token in '%s': %s", path,
			       strerror(errno));
	snprintf(buf, sizeof(buf), "%s\n", out);
	n = write(fd, buf, strlen(buf));
	if (close(fd) || n != (ssize_t)strlen(buf)) {
		unlink(path);
		return err_set(err, TALUS_EIO, "cannot keep the login token in '%s': %s", path,
			       strerror(errno));
	}
	return 0;
}
