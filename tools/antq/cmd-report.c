/* antq report: a self-contained HTML report with charts.
 * The input goes through the pipeline (every check; NDJSON one line at a time),
 * which keeps the results of the report's year it shows
 * (antq_pipeline_keep_results(), ANTQ_KEEP_RESULTS_LATEST: whole for communes
 * and the units not certified, a verdict for the others, read with
 * antq_evaluation_verdict() so that their results are never built) and nothing
 * of the year before: the statistics of both years (per commune, province and
 * kind, and each commune's Art. 5.4 pool the year before) are tallied as the
 * results pass, as is a plan's scorecard. No unit record is kept: the report
 * reads every unit's id, parent and kind from the pipeline's index
 * (antq_pipeline_unit_id()) and names only communes and the units it lists,
 * from their whole results.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

typedef struct report_run {
    cli_plan_run plan; /* a plan's tally; plan.p: the pipeline, as soon as it exists */
    cli_stats st;      /* the report's year (the pipeline's latest, known at the first result) and the year before */
    int started;       /* st initialised */
} report_run;

/* Each result into the plan's tally and the statistics (an antq_record_fn). */
static int report_record(const antq_result *res, const antq_unit *u, const antq_evidence *e, const antq_rollup *rollup,
                         void *ud)
{
    report_run *r = ud;
    int rc = cli_plan_record(res, u, e, rollup, &r->plan);
    if (rc != ANTQ_OK)
        return rc;
    if (!r->started) {
        cli_stats_init(&r->st, cli_latest_year(r->plan.p));
        r->started = 1;
    }
    int commune = u->kind == ANTQ_KIND_COMMUNE;
    size_t index = commune ? antq_pipeline_unit_find(r->plan.p, u->id) : (size_t)-1;
    if (cli_stats_add(&r->st, res, u, index) != CLI_OK ||
        (commune && cli_stats_add_pool(&r->st, res, rollup, antq_pipeline_options(r->plan.p)) != CLI_OK))
        return ANTQ_ENOMEM;
    return ANTQ_OK;
}

int cmd_report(const cli_args *a)
{
    static const char *const formats[] = {"html", NULL};
    int format;
    int rc = cli_pick_format(a, formats, &format);
    if (rc)
        return rc;
    report_run run = {.plan = {.a = a, .plan_index = CLI_PICK_PLAN}}; /* the plan of the report's year, once known */
    cli_plan_run *r = &run.plan;
    antq_campaign *c = NULL;
    if (a->campaign_file) {
        rc = cli_load_campaign(a->campaign_file, NULL, &c);
        if (rc)
            return rc;
        r->c = c;
    }
    antq_pipeline_config cfg;
    cli_pipeline_config(a, &cfg);
    cfg.with_previous = 1; /* the change from last year */
    cfg.on_record = report_record;
    antq_pipeline *p = NULL;
    antq_dataset *sheet = NULL; /* a spreadsheet's dataset: the options point into it */
    rc = cli_run_results(a, &cfg, ANTQ_KEEP_RESULTS_LATEST, &run, &r->p, &p, &sheet);
    int year = rc ? 0 : cli_latest_year(p);
    if (!rc)
        rc = cli_check_year(a, p, year);
    const antq_evaluation *ev = rc ? NULL : antq_pipeline_evaluation(p, year);
    if (!rc && (!ev || !run.started || run.st.year != year))
        rc = CLI_INTERNAL;
    int has_prev = 0; /* the year before, when some unit has evidence for it */
    for (size_t i = 0; !rc && i < antq_pipeline_year_count(p); i++) {
        size_t n_evidence;
        if (antq_pipeline_year(p, i, &n_evidence) == year - 1 && n_evidence)
            has_prev = 1;
    }
    antq_error err;
    antq_scorecard *sc = NULL;
    antq_festival_coverage cov;
    antq_festival_coverage_init(&cov);
    int have_cov = 0;
    if (!rc && c) {
        if (antq_campaign_check_pipeline(c, p, &err) != ANTQ_OK) {
            cli_print_error(a->campaign_file, &err);
            rc = CLI_BAD_INPUT;
        }
        r->year = year;
        if (!rc && cli_plan_tally(r) != ANTQ_OK) {
            cli_print_error(a->file, &r->err);
            rc = r->err.code == ANTQ_ENOMEM ? CLI_INTERNAL : CLI_BAD_INPUT;
        }
        if (!rc && r->t && antq_plan_tally_finish(&sc, r->t, a->as_of, &err) != ANTQ_OK) {
            cli_print_error(a->campaign_file, &err);
            rc = CLI_BAD_INPUT;
        }
        if (!rc && antq_festival_coverage_compute_pipeline(&cov, c, p, year, &err) == ANTQ_OK)
            have_cov = 1;
    }
    cli_provenance cp; /* the report is not a results file: no format or detail */
    if (!rc)
        rc = cli_provenance_make(&cp, a, antq_pipeline_options(p), year, -1, -1);
    if (!rc && cli_stats_end(&run.st, has_prev) != CLI_OK)
        rc = CLI_INTERNAL;
    if (!rc) {
        cli_output o;
        rc = cli_output_open(&o, a);
        cli_report_info info = a->report;
        info.as_of = a->as_of;
        if (!rc)
            rc = cli_output_finish(&o, cli_report_html(o.f, p, ev, &run.st, a->lang, sc, have_cov ? &cov : NULL,
                                                       &info, &cp.p));
    }
    cli_stats_free(&run.st);
    antq_scorecard_free(sc);
    antq_plan_tally_free(r->t);
    antq_pipeline_free(p);
    antq_dataset_free(sheet);
    antq_campaign_free(c);
    return rc;
}
