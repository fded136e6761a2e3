/* antq report: a self-contained HTML report with charts.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

int cmd_report(const cli_args *a)
{
    static const char *const formats[] = {"html", NULL};
    int format;
    int rc = cli_pick_format(a, formats, &format);
    if (rc)
        return rc;
    antq_dataset *ds;
    rc = cli_load_dataset(a, &ds);
    if (rc)
        return rc;
    int year = cli_pick_year(a, ds);
    antq_evaluation *ev = NULL, *prev = NULL;
    rc = cli_evaluate_with_previous(a, ds, year, &ev, &prev);
    antq_campaign *c = NULL;
    antq_scorecard *sc = NULL;
    antq_festival_coverage cov;
    antq_festival_coverage_init(&cov);
    int have_cov = 0;
    if (!rc && a->campaign_file) {
        antq_error err;
        rc = cli_load_campaign(a->campaign_file, ds, &c);
        size_t pi = rc ? (size_t)-1 : cli_pick_plan(a, c, year);
        if (!rc && pi != (size_t)-1 && antq_plan_evaluate(&sc, c, pi, ev, a->as_of, &err) != ANTQ_OK) {
            cli_print_error(a->campaign_file, &err);
            rc = CLI_BAD_INPUT;
        }
        if (!rc && antq_festival_coverage_compute(&cov, c, ds, year, &err) == ANTQ_OK)
            have_cov = 1;
    }
    cli_provenance cp; /* the report is not a results file: no format or detail */
    antq_options opts = cli_options_for(a, ds);
    if (!rc)
        rc = cli_provenance_make(&cp, a, &opts, year, -1, -1);
    cli_stats st;
    if (!rc && cli_stats_compute(ds, ev, prev, &st) != CLI_OK)
        rc = CLI_INTERNAL;
    if (!rc) {
        cli_output o;
        rc = cli_output_open(&o, a);
        cli_report_info info = a->report;
        info.as_of = a->as_of;
        if (!rc)
            rc = cli_output_finish(&o, cli_report_html(o.f, ds, ev, &st, a->lang, sc, have_cov ? &cov : NULL, &info,
                                                       &cp.p));
        cli_stats_free(&st);
    }
    antq_scorecard_free(sc);
    antq_campaign_free(c);
    antq_evaluation_free(ev);
    antq_evaluation_free(prev);
    antq_dataset_free(ds);
    return rc;
}

