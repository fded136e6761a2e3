/* antq report: a self-contained HTML report with charts.
 * The input goes through the pipeline (every check; NDJSON one line at a time),
 * which keeps the units without their evidence and the results the report shows
 * (antq_pipeline_keep_results(): whole for communes and the units not certified,
 * a verdict for the others), for the year and the year before; a plan's
 * scorecard comes from a tally fed as the results pass.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

typedef struct report_run {
    const cli_args *a;
    antq_pipeline *p; /* set as soon as the pipeline exists */
    const antq_campaign *c;
    size_t plan_index;
    int year;         /* the report's year: the latest chosen (known at the first result) */
    antq_plan_tally *t;
    antq_error err;
} report_run;

static int latest_year(const antq_pipeline *p)
{
    size_t n = antq_pipeline_year_count(p);
    return n ? antq_pipeline_year(p, n - 1, NULL) : 0;
}

/* The tally of the plan of the report's year (cli_pick_plan), made when that year is known. */
static int make_tally(report_run *r)
{
    if (r->t || !r->c || r->plan_index == (size_t)-1)
        return ANTQ_OK;
    if (!r->year)
        r->year = latest_year(r->p);
    r->plan_index = cli_pick_plan(r->a, r->c, r->year);
    if (r->plan_index == (size_t)-1)
        return ANTQ_OK;
    return antq_plan_tally_new(&r->t, r->c, r->plan_index, r->year, antq_pipeline_units(r->p),
                               antq_pipeline_options(r->p), &r->err);
}

static int on_record(const antq_result *res, const antq_unit *u, const antq_evidence *e, const antq_rollup *rollup,
                     void *ud)
{
    report_run *r = ud;
    int rc = make_tally(r);
    if (rc == ANTQ_OK && r->t)
        rc = antq_plan_tally_add(r->t, res, u, e, rollup, &r->err);
    return rc; /* ANTQ_OK, or a negative status that fails the run */
}

int cmd_report(const cli_args *a)
{
    static const char *const formats[] = {"html", NULL};
    int format;
    int rc = cli_pick_format(a, formats, &format);
    if (rc)
        return rc;
    report_run r = {.a = a, .plan_index = 0};
    antq_campaign *c = NULL;
    if (a->campaign_file) {
        rc = cli_load_campaign(a->campaign_file, NULL, &c);
        if (rc)
            return rc;
        r.c = c;
    }
    antq_pipeline_config cfg;
    cli_pipeline_config(a, &cfg);
    cfg.with_previous = 1; /* the change from last year */
    cfg.on_record = on_record;
    antq_pipeline *p = NULL;
    antq_dataset *sheet = NULL; /* a spreadsheet's dataset: the options point into it */
    rc = cli_run_results(a, &cfg, ANTQ_KEEP_RESULTS_OPEN, &r, &r.p, &p, &sheet);
    int year = rc ? 0 : latest_year(p);
    if (!rc)
        rc = cli_check_year(a, p, year);
    const antq_dataset *ds = rc ? NULL : antq_pipeline_units(p);
    const antq_evaluation *ev = rc ? NULL : antq_pipeline_evaluation(p, year), *prev = NULL;
    if (!rc && !ev)
        rc = CLI_INTERNAL;
    if (!rc) { /* the year before, when some unit has evidence for it */
        for (size_t i = 0; i < antq_pipeline_year_count(p); i++) {
            size_t n_evidence;
            if (antq_pipeline_year(p, i, &n_evidence) == year - 1 && n_evidence)
                prev = antq_pipeline_evaluation(p, year - 1);
        }
    }
    antq_error err;
    antq_scorecard *sc = NULL;
    antq_festival_coverage cov;
    antq_festival_coverage_init(&cov);
    int have_cov = 0;
    if (!rc && c) {
        if (antq_campaign_check(c, ds, &err) != ANTQ_OK) {
            cli_print_error(a->campaign_file, &err);
            rc = CLI_BAD_INPUT;
        }
        r.year = year;
        if (!rc && make_tally(&r) != ANTQ_OK) {
            cli_print_error(a->file, &r.err);
            rc = r.err.code == ANTQ_ENOMEM ? CLI_INTERNAL : CLI_BAD_INPUT;
        }
        if (!rc && r.t && antq_plan_tally_finish(&sc, r.t, a->as_of, &err) != ANTQ_OK) {
            cli_print_error(a->campaign_file, &err);
            rc = CLI_BAD_INPUT;
        }
        if (!rc && antq_festival_coverage_compute(&cov, c, ds, year, &err) == ANTQ_OK)
            have_cov = 1;
    }
    cli_provenance cp; /* the report is not a results file: no format or detail */
    if (!rc)
        rc = cli_provenance_make(&cp, a, antq_pipeline_options(p), year, -1, -1);
    cli_stats st;
    if (!rc && cli_stats_compute(ds, ev, prev, &st) != CLI_OK)
        rc = CLI_INTERNAL;
    if (!rc) {
        cli_output o;
        rc = cli_output_open(&o, a);
        cli_report_info info = a->report;
        info.as_of = a->as_of;
        if (!rc)
            rc = cli_output_finish(&o, cli_report_html(o.f, ds, ev, prev, &st, a->lang, sc, have_cov ? &cov : NULL,
                                                       &info, &cp.p));
        cli_stats_free(&st);
    }
    antq_scorecard_free(sc);
    antq_plan_tally_free(r.t);
    antq_pipeline_free(p);
    antq_dataset_free(sheet);
    antq_campaign_free(c);
    return rc;
}
