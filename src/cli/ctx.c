/* ctx.c - the context of one invocation: opening its session as the
 * command table says, with the hint that fixes a missing database or
 * athlete. */
#include "app/log.h"
#include "cli/cli.h"

#include <string.h>

int
ctx_open(struct ctx *c, struct talus_err *err)
{
	unsigned f = c->cmd->flags, sf = 0;
	int rc;

	if (f & CMD_CREATE)
		sf |= SESSION_CREATE;
	if ((f & CMD_WRITE) || c->writes)
		sf |= SESSION_WRITE;
	if (!(f & CMD_NO_ATHLETE))
		sf |= SESSION_ATHLETE;
	rc = session_open(&c->ses, sf, err);
	if (rc == TALUS_ENODB)
		strbuf_addf(&c->hint, "create it with: talus%s%s%s init --name NAME",
			    c->db_given ? " --db '" : "", c->db_given ? c->db_path : "",
			    c->db_given ? "'" : "");
	else if (rc == TALUS_ENOTFOUND && !session_is_open(&c->ses))
		; /* not the athlete */
	else if (rc == TALUS_ENOTFOUND && c->athlete_name) {
		char near[ATHLETE_NAME_MAX + 1];
		if (!app_athlete_nearest(near, sizeof(near), &c->ses, c->athlete_name))
			strbuf_addf(&c->hint, "did you mean '%s'? (talus athlete list)", near);
		else
			strbuf_addf(&c->hint, "add the athlete with: talus --athlete '%s' init",
				    c->athlete_name);
	}
	else if (rc == TALUS_ENOTFOUND)
		strbuf_adds(&c->hint, "add one with: talus init --name NAME");
	return rc;
}

void
cli_shoe_hint(struct ctx *c, const char *name)
{
	char near[64];

	if (!app_shoe_nearest(near, sizeof(near), &c->ses, name))
		strbuf_addf(&c->hint, "did you mean '%s'? (talus shoe list)", near);
	else
		strbuf_addf(&c->hint, "add it with: talus shoe add '%s'", name);
}
