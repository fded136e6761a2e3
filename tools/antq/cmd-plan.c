/* antq plan: a plan's scorecard, targets met or missed, tasks late.
 * The input goes through the pipeline (every check, NDJSON one line at a time)
 * and each result into a plan tally (antq_plan_tally_add()): the dataset is
 * never held, only the pipeline's index of the units and the tally's rows.
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
    antq_campaign *c;
    rc = cli_load_campaign(campaign_file, NULL, &c);
    if (rc)
        return rc;
    size_t pi = cli_pick_plan(a, c, a->year);
    if (pi == (size_t)-1) {
        char *file = cli_escape(campaign_file), *id = a->plan_id ? cli_escape(a->plan_id) : NULL;
        if (a->plan_id)
            fprintf(stderr, _("antq: %s không có kế hoạch %s\n"), file ? file : "?", id ? id : "?");
        else
            fprintf(stderr, _("antq: %s không có kế hoạch nào\n"), file ? file : "?");
        free(file);
        free(id);
        antq_campaign_free(c);
        return CLI_BAD_INPUT;
    }
    cli_plan_run r = {.a = a, .c = c, .plan_index = pi, .year = a->year ? a->year : antq_campaign_plan(c, pi)->year};
    /* the years the tally reads: the plan's year, and those of its households targets */
    int years[16];
    size_t n_years = antq_plan_years(years, sizeof years / sizeof years[0], c, pi, r.year);
    if (!n_years || n_years > sizeof years / sizeof years[0]) {
        antq_campaign_free(c);
        return CLI_INTERNAL;
    }
    antq_pipeline_config cfg;
    cli_pipeline_config(a, &cfg);
    cfg.year_from = years[0];
    cfg.year_to = years[n_years - 1];
    cfg.all_years = 0;
    cfg.on_record = cli_plan_record;
    antq_pipeline *p = NULL;
    antq_dataset *sheet = NULL; /* a spreadsheet's dataset: the options point into it */
    rc = cli_run_units(a, &cfg, &r, &r.p, &p, &sheet);
    if (!rc)
        rc = cli_check_year(a, p, r.year);
    antq_error err;
    if (!rc && antq_campaign_check_pipeline(c, p, &err) != ANTQ_OK) {
        cli_print_error(campaign_file, &err);
        rc = CLI_BAD_INPUT;
    }
    if (!rc && cli_plan_tally(&r) != ANTQ_OK) {
        cli_print_error(a->file, &r.err);
        rc = r.err.code == ANTQ_ENOMEM ? CLI_INTERNAL : CLI_BAD_INPUT;
    }
    antq_scorecard *sc = NULL;
    if (!rc && antq_plan_tally_finish(&sc, r.t, a->as_of, &err) != ANTQ_OK) {
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
    antq_plan_tally_free(r.t);
    antq_pipeline_free(p);
    antq_dataset_free(sheet);
    antq_campaign_free(c);
    return rc;
}
