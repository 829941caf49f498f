/* opt.c - the option parser: a declarative table per command, as git's
 * parse-options. Every error names the option and the value. */
#include "cli/cli.h"
#include "util/text.h"
#include "core/units.h"
#include "util/date.h"
#include "util/names.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* A value as messages echo it: at most 60 bytes (a value of 100,000
 * characters is not printed back whole). */
#define ECHO(s) text_clip(echo, sizeof(echo), (s))
#define ECHO_MAX 64

static int
date_error(const struct opt *o, const char *s, int rc, const char *expected,
	   struct talus_err *err)
{
	char echo[ECHO_MAX];

	if (rc == DATE_ENODAY)
		return err_set(err, TALUS_EINVAL, "invalid --%s '%s': no such day", o->name,
			       ECHO(s));
	if (rc == DATE_ERANGE)
		return err_set(err, TALUS_EINVAL, "invalid --%s '%s': talus takes the years "
			       "1900 to 2200", o->name, ECHO(s));
	return err_set(err, TALUS_EINVAL, "invalid --%s '%s': expected %s", o->name, ECHO(s),
		       expected);
}

/* 1 when s is an optional '-' and 1 to 18 decimal digits, nothing else:
 * no spaces, no '+', no "0x", no exponent (strtol takes all of those). */
static int
decimal(long *out, const char *s)
{
	const char *p = s + (*s == '-');
	long v = 0;
	int n = 0;

	for (; *p >= '0' && *p <= '9'; p++, n++)
		if (n < 18)
			v = v * 10 + (*p - '0');
	if (!n || n > 18 || *p)
		return 0;
	*out = *s == '-' ? -v : v;
	return 1;
}

static int
value(struct optval *v, const struct opt *o, const char *s,
      struct talus_err *err)
{
	char ch[256], echo[ECHO_MAX];
	int rc;

	v->str = s;
	if (strlen(s) > CLI_ARG_MAX)
		return err_set(err, TALUS_EINVAL, "invalid --%s: %zu bytes long, at most %d",
			       o->name, strlen(s), CLI_ARG_MAX);
	/* Every option's value is text: well-formed UTF-8, checked here
	 * once for every option of every command. */
	if (!text_utf8_valid(s, strlen(s)))
		return err_set(err, TALUS_EINVAL, "invalid --%s '%s': not valid UTF-8 text",
			       o->name, ECHO(s));
	switch (o->kind) {
	case OPT_STR:
		break;
	case OPT_INT:
		if (!decimal(&v->num, s))
			return err_set(err, TALUS_EINVAL,
				       "invalid --%s '%s': expected a whole number from %ld to %ld",
				       o->name, ECHO(s), o->min, o->max);
		if (v->num < o->min || v->num > o->max)
			return err_set(err, TALUS_EINVAL,
				       "invalid --%s '%s': must be from %ld to %ld",
				       o->name, ECHO(s), o->min, o->max);
		break;
	case OPT_DATE:
		if ((rc = date_parse(&v->day, s)))
			return date_error(o, s, rc, "a date as YYYY-MM-DD", err);
		v->sec = -1;
		break;
	case OPT_DATETIME:
		if ((rc = datetime_parse(&v->day, &v->sec, s)))
			return date_error(o, s, rc, "YYYY-MM-DD or YYYY-MM-DDTHH:MM", err);
		break;
	case OPT_DURATION:
		if (duration_parse(&v->secs, s) || v->secs <= 0 || v->secs > 7 * 86400)
			return err_set(err, TALUS_EINVAL,
				       "invalid --%s '%s': expected H:MM:SS or MM:SS "
				       "(more than 0, at most a week)", o->name, ECHO(s));
		break;
	case OPT_CHOICE:
		v->choice = names_index(o->choices, -1, s);
		if (v->choice < 0) {
			names_join(ch, sizeof(ch), o->choices);
			return err_set(err, TALUS_EINVAL,
				       "invalid --%s '%s': expected one of %s",
				       o->name, ECHO(s), ch);
		}
		break;
	case OPT_LIST:
		if (o->choices && names_index(o->choices, -1, s) < 0) {
			names_join(ch, sizeof(ch), o->choices);
			return err_set(err, TALUS_EINVAL,
				       "invalid --%s '%s': expected one of %s",
				       o->name, ECHO(s), ch);
		}
		if (v->nlist == OPT_MAX_LIST)
			return err_set(err, TALUS_EINVAL, "too many --%s options",
				       o->name);
		v->list[v->nlist++] = s;
		break;
	case OPT_DIST:
	case OPT_FLAG:
	case OPT_END:
		break;
	}
	return 0;
}

int
opt_parse(struct optval *vals, const struct opt *opts, int argc, char **argv,
	  const char **pos, int maxpos, int *npos, struct talus_err *err)
{
	int nopts = 0;

	while (opts[nopts].kind != OPT_END)
		nopts++;
	memset(vals, 0, sizeof(*vals) * (size_t)nopts);
	*npos = 0;
	for (int i = 0; i < argc; i++) {
		const char *a = argv[i], *eq = NULL, *val = NULL;
		const struct opt *o = NULL;
		char echo[ECHO_MAX];
		size_t len;
		int k;

		if (a[0] == '-' && a[1] && a[1] != '-' && !a[2]) {
			for (k = 0; k < nopts; k++)
				if (opts[k].short_name == a[1])
					break;
			if (k < nopts && opts[k].kind == OPT_FLAG) {
				vals[k].set = 1;
				continue;
			}
			if (k < nopts) {
				/* "-o FILE": the option's value is the next word. */
				o = &opts[k];
				eq = NULL;
				goto value;
			}
		}
		if (strncmp(a, "--", 2) || !a[2]) {
			if (*a == '-' && a[1] && strcmp(a, "-"))
				return err_set(err, TALUS_EINVAL,
					       "unknown option '%s'", ECHO(a));
			if (*npos == maxpos)
				return err_set(err, TALUS_EINVAL,
					       "unexpected argument '%s'", ECHO(a));
			if (strlen(a) > CLI_ARG_MAX)
				return err_set(err, TALUS_EINVAL, "an argument %zu bytes long: at "
					       "most %d", strlen(a), CLI_ARG_MAX);
			pos[(*npos)++] = a;
			continue;
		}
		a += 2;
		eq = strchr(a, '=');
		len = eq ? (size_t)(eq - a) : strlen(a);
		for (k = 0; k < nopts; k++)
			if (strlen(opts[k].name) == len && !strncmp(opts[k].name, a, len)) {
				o = &opts[k];
				break;
			}
		if (!o) {
			const char *best = NULL;
			int bd = 3;
			char name[64];
			snprintf(name, sizeof(name), "%.*s", (int)(len < 63 ? len : 63), a);
			for (int j = 0; j < nopts; j++) {
				int d = text_distance(name, opts[j].name);
				if (!strncmp(opts[j].name, name, strlen(name)))
					d = 0; /* a prefix: --dist for --distance */
				if (d < bd) {
					bd = d;
					best = opts[j].name;
				}
			}
			if (best)
				return err_set(err, TALUS_EINVAL,
					       "unknown option '--%s' (did you mean '--%s'?)",
					       name, best);
			return err_set(err, TALUS_EINVAL, "unknown option '--%s'", name);
		}
		if (o->kind == OPT_FLAG) {
			if (eq)
				return err_set(err, TALUS_EINVAL,
					       "option '--%s' takes no value", o->name);
			vals[k].set = 1;
			continue;
		}
value:
		if (eq)
			val = eq + 1;
		else if (i + 1 < argc)
			val = argv[++i];
		else
			return err_set(err, TALUS_EINVAL, "option '--%s' needs a value",
				       o->name);
		if (vals[k].set && o->kind != OPT_LIST)
			return err_set(err, TALUS_EINVAL, "option '--%s' given twice",
				       o->name);
		vals[k].set = 1;
		if (value(&vals[k], o, val, err))
			return err->code;
	}
	return 0;
}

int
opt_distance(double *out_m, const struct optval *v, const char *name,
	     enum units bare, double max_m, int allow_zero, struct talus_err *err)
{
	char lim[24], echo[ECHO_MAX];

	if (distance_parse(out_m, v->str, bare))
		return err_set(err, TALUS_EINVAL,
			       "invalid --%s '%s': expected a distance such as 8.5km, "
			       "5mi, 8500m or a number in %s", name, ECHO(v->str),
			       units_name(bare));
	if (*out_m < 0 || (*out_m == 0 && !allow_zero))
		return err_set(err, TALUS_EINVAL, "invalid --%s '%s': must be more than 0",
			       name, ECHO(v->str));
	if (*out_m > max_m)
		return err_set(err, TALUS_EINVAL, "invalid --%s '%s': must be at most %s",
			       name, ECHO(v->str), distance_format(lim, max_m, UNITS_KM));
	return 0;
}

int
parse_id(int64_t *out, const char *s, const char *what, struct talus_err *err)
{
	char echo[ECHO_MAX];
	long v;

	/* Digits only: " 5", "+5", "5x", "0x5" and "" are not ids, though
	 * strtoll would take some of them. */
	if (*s == '-' || !decimal(&v, s) || v <= 0)
		return err_set(err, TALUS_EINVAL, "invalid %s id '%s': expected a positive number",
			       what, ECHO(s));
	*out = v;
	return 0;
}

int
cli_check_name(const char *s, const char *what, size_t max, struct talus_err *err)
{
	char echo[ECHO_MAX];
	size_t len = strlen(s);

	if (!len || len > max)
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': 1 to %zu characters", what,
			       ECHO(s), max);
	if (!text_utf8_valid(s, len))
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': not valid UTF-8 text", what,
			       ECHO(s));
	if (text_has_control(s))
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': a name holds no control "
			       "characters", what, ECHO(s));
	if (s[0] == ' ' || s[len - 1] == ' ')
		return err_set(err, TALUS_EINVAL, "invalid %s '%s': a name neither begins nor "
			       "ends with a space", what, ECHO(s));
	return 0;
}

int
cli_rm(struct ctx *c, int argc, char **argv, const char *what, const char *list_cmd,
       int (*del)(struct session *, int64_t, struct talus_err *), struct talus_err *err)
{
	static const struct opt opts[] = { { 0 } };
	struct optval v[1];
	const char *pos[1];
	int64_t id = 0;
	int npos, rc;

	if ((rc = opt_parse(v, opts, argc, argv, pos, 1, &npos, err)))
		return rc;
	if (npos != 1)
		return err_set(err, TALUS_EINVAL, "missing the %s's ID (see '%s')", what, list_cmd);
	if ((rc = parse_id(&id, pos[0], what, err)) || (rc = ctx_open(c, err)) ||
	    (rc = del(&c->ses, id, err)))
		return rc;
	strbuf_addf(&c->out, "deleted %s %lld\n", what, (long long)id);
	return 0;
}

int
cli_write_file(struct strbuf *out, const char *path, const struct strbuf *buf,
	       const char *what, struct talus_err *err)
{
	FILE *f;
	char echo[ECHO_MAX];
	int bad;

	if (!strcmp(path, "-")) {
		strbuf_add(out, buf->buf, buf->len);
		return 0;
	}
	if (!(f = fopen(path, "wb")))
		return err_set(err, TALUS_EIO, "cannot write the %s to '%s': %s", what,
			       ECHO(path), strerror(errno));
	bad = fwrite(buf->buf, 1, buf->len, f) != buf->len;
	if (fclose(f) || bad)
		return err_set(err, TALUS_EIO, "cannot write the %s to '%s': %s", what,
			       ECHO(path), strerror(errno));
	return 0;
}

void
cli_wrote(struct strbuf *out, const char *what, const char *path)
{
	strbuf_adds(out, what);
	text_add_visible(out, path);
	strbuf_addch(out, '\n');
}

int
cli_stdin_is_terminal(void)
{
	const char *force = getenv("TALUS_ASSUME_TTY"); /* tests pipe answers */

	return isatty(STDIN_FILENO) || (force && !strcmp(force, "1"));
}

unsigned
cli_style(void)
{
	const char *force = getenv("TALUS_COLOR"), *no = getenv("NO_COLOR"),
		   *term = getenv("TERM");

	if (force && !strcmp(force, "1"))
		return 1;
	if ((no && *no) || (term && !strcmp(term, "dumb")))
		return 0;
	return isatty(STDOUT_FILENO) ? 1 : 0;
}
