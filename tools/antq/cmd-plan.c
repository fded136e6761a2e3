/* antq plan: a plan's scorecard, targets met or missed, tasks late.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

int cmd_plan(const cli_args *a)
{
    static const char *const formats[] = {"text", "json", NULL};
    int json;
    int rc = cli_pick_format(a, formats, &json);
    if (rc)
        return rc;
    const char *campaign_file = a->pos[1];
    antq_dataset *ds;
    antq_campaign *c;
    rc = cli_load_with_campaign(a, &ds, &c);
    if (rc)
        return rc;
    size_t pi = cli_pick_plan(a, c, a->year);
    if (!rc && pi == (size_t)-1) {
        char *file = cli_escape(campaign_file), *id = a->plan_id ? cli_escape(a->plan_id) : NULL;
        if (a->plan_id)
            fprintf(stderr, _("antq: %s không có kế hoạch %s\n"), file ? file : "?", id ? id : "?");
        else
            fprintf(stderr, _("antq: %s không có kế hoạch nào\n"), file ? file : "?");
        free(file);
        free(id);
        rc = CLI_BAD_INPUT;
    }
    antq_evaluation *ev = NULL;
    if (!rc)
        rc = cli_evaluate(a, ds, a->year ? a->year : antq_campaign_plan(c, pi)->year, &ev);
    antq_scorecard *sc = NULL;
    antq_error err;
    if (!rc && antq_plan_evaluate(&sc, c, pi, ev, a->as_of, &err) != ANTQ_OK) {
        cli_print_error(campaign_file, &err);
        rc = CLI_BAD_INPUT;
    }
    char *text = NULL;
    if (!rc && antq_scorecard_write(&text, sc, json ? ANTQ_FORMAT_JSON : ANTQ_FORMAT_TEXT, a->lang, NULL) != ANTQ_OK)
        rc = CLI_INTERNAL;
    if (!rc) {
        cli_output o;
        rc = cli_output_open(&o, a);
        if (!rc) {
            fputs(text, o.f);
            rc = cli_output_commit(&o);
        }
    }
    antq_free(text);
    antq_scorecard_free(sc);
    antq_evaluation_free(ev);
    antq_campaign_free(c);
    antq_dataset_free(ds);
    return rc;
}

