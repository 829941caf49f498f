/* cmd_report.c - talus report --html FILE: the printable report for a
 * clinician, the page the dashboard shows at /a/NAME/report. */
#include "app/report.h"
#include "cli/cli.h"
#include "util/text.h"
#include "render/report.h"

#include <string.h>

enum { O_WEEKS, O_DATE, O_HTML, O_N };
static const struct opt report_opts[] = {
	[O_WEEKS] = { "weeks", OPT_INT, 1, REPORT_WEEKS_MAX, NULL },
	[O_DATE] = { "date", OPT_DATE, 0, 0, NULL },
	[O_HTML] = { "html", OPT_STR, 0, 0, NULL },
	{ 0 },
};

static int
cmd_report(struct ctx *c, int argc, char **argv, struct talus_err *err)
{
	struct optval v[O_N];
	struct app_report r;
	struct strbuf buf = STRBUF_INIT;
	const char *pos[1];
	int npos, rc;

	memset(&r, 0, sizeof(r));
	if ((rc = opt_parse(v, report_opts, argc, argv, pos, 0, &npos, err)))
		return rc;
	if (!v[O_HTML].set)
		return err_set(err, TALUS_EINVAL, "missing --html FILE (or --html - for standard "
			       "output)");
	if ((rc = ctx_open(c, err)) ||
	    (rc = app_report(&r, &c->ses, v[O_DATE].set ? v[O_DATE].day : TODAY(c),
			     v[O_WEEKS].set ? (int)v[O_WEEKS].num : REPORT_WEEKS, err)))
		goto done;
	render_report_html(&buf, &r.r, NULL, NULL);
	if (!(rc = cli_write_file(&c->out, v[O_HTML].str, &buf, "report", err)) &&
	    strcmp(v[O_HTML].str, "-")) {
		strbuf_addf(&c->out, "wrote the report of %d weeks to ", r.r.weeks);
		text_add_visible(&c->out, v[O_HTML].str);
		strbuf_addch(&c->out, '\n');
	}
done:
	strbuf_release(&buf);
	app_report_release(&r);
	return rc;
}

const struct cmd cmd_report_def = {
	"report", cmd_report, report_opts, "report [--weeks N] [--date DATE] --html FILE",
	"a printable report for a clinician (HTML, A4 or Letter)", 0,
};
