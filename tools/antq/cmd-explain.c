/* antq explain: the verdict of one unit, each criterion, its clause and what it would take.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* The one unit's texts, made while its result is passed (the result is borrowed). */
typedef struct explain_run {
    const char *unit_id;
    int lang;
    char *text, *take;
    int found, status;
} explain_run;

static int on_result(const antq_result *r, const antq_unit *u, const antq_rollup *rollup, void *ud)
{
    (void)rollup;
    explain_run *e = ud;
    if (strcmp(u->id, e->unit_id) != 0)
        return 0;
    e->found = 1;
    if (antq_result_explain(r, e->lang, &e->text) || antq_result_what_it_takes(r, e->lang, &e->take))
        e->status = CLI_INTERNAL;
    return 1; /* nothing more is needed */
}

int cmd_explain(const cli_args *a)
{
    explain_run e = {a->pos[1], a->lang, NULL, NULL, 0, CLI_OK};
    antq_pipeline_config cfg;
    cli_pipeline_config(a, &cfg);
    int rc = cli_run(a, &cfg, on_result, &e, NULL, NULL);
    if (!rc)
        rc = e.status;
    if (!rc && !e.found) {
        fprintf(stderr, "antq: no unit \"%s\" in %s\n", e.unit_id, a->file);
        rc = CLI_BAD_INPUT;
    }
    if (!rc) {
        cli_output o;
        rc = cli_output_open(&o, a);
        if (!rc) {
            fputs(e.text, o.f);
            /* the explanation already names the unit and its verdict: print only the steps */
            const char *body = strstr(e.take, a->lang == ANTQ_LANG_EN ? "What it would take" : "Để đạt");
            if (!body)
                body = strstr(e.take, a->lang == ANTQ_LANG_EN ? "Nothing is missing" : "Không thiếu");
            if (!body)
                body = strstr(e.take, a->lang == ANTQ_LANG_EN ? "The unit is outside" : "Đơn vị không thuộc");
            fprintf(o.f, "\n%s", body ? body : e.take);
            rc = cli_output_commit(&o);
        }
    }
    antq_free(e.text);
    antq_free(e.take);
    return rc;
}
