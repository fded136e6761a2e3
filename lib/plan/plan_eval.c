/* Plans against a year's results: each target met, not met or unknown (with
 * the measured value, the requirement and the gap), each task on time, late or
 * open; and the festival coverage of a year. Integer arithmetic only.
 * SPDX-License-Identifier: MIT */
#include "campaign.h"
#include "../pipeline/index.h"

#include <stdio.h>
#include <string.h>

struct antq_scorecard {
    const antq_plan *plan;
    int32_t as_of;
    antq_target_result *targets;
    antq_task_result *tasks;
    antq__steps *steps;        /* per target: what it would take (steps.c) */
};

void antq_scorecard_free(antq_scorecard *s)
{
    if (!s)
        return;
    for (size_t i = 0; s->steps && s->plan && i < s->plan->n_targets; i++)
        antq__steps_free(&s->steps[i]);
    antq__free(s->steps);
    antq__free(s->targets);
    antq__free(s->tasks);
    antq__free(s);
}

const antq_plan *antq_scorecard_plan(const antq_scorecard *s) { return s ? s->plan : NULL; }
size_t antq_scorecard_target_count(const antq_scorecard *s) { return s ? s->plan->n_targets : 0; }
size_t antq_scorecard_task_count(const antq_scorecard *s) { return s ? s->plan->n_tasks : 0; }
const antq_target_result *antq_scorecard_target(const antq_scorecard *s, size_t i)
{
    return s && i < s->plan->n_targets ? &s->targets[i] : NULL;
}
const antq_task_result *antq_scorecard_task(const antq_scorecard *s, size_t i)
{
    return s && i < s->plan->n_tasks ? &s->tasks[i] : NULL;
}

/* Is a unit whose parent is `parent` (NULL: none) inside the (non-NULL) scope through it: the parent is the
 * scope, or the parent's own parent is (a commune, or a province)? */
static int parent_in_scope(const antq__units *us, const char *parent, const char *scope)
{
    if (!parent)
        return 0;
    if (strcmp(parent, scope) == 0)
        return 1;
    size_t p = antq__units_find(us, parent);
    const char *grandparent = p == (size_t)-1 ? NULL : antq__units_parent(us, p);
    return grandparent && strcmp(grandparent, scope) == 0;
}

/* Is unit i inside the scope (whole dataset, the unit itself, a commune, or a province)? */
static int in_scope(const antq__units *us, size_t i, const char *scope)
{
    return !scope || strcmp(antq__units_id(us, i), scope) == 0 || parent_in_scope(us, antq__units_parent(us, i), scope);
}

/* num/den ⋚ tn/td, compared exactly as num*td ⋚ tn*den (128-bit products:
 * values up to 2^63 − 1, thresholds up to 10^15). */
static int compare_ok(int op, int64_t num, int64_t den, int64_t tn, int64_t td)
{
    int c = antq__cmp_products(num, td, tn, den);
    switch (op) {
    case ANTQ_OP_GE: return c >= 0;
    case ANTQ_OP_GT: return c > 0;
    case ANTQ_OP_LE: return c <= 0;
    case ANTQ_OP_LT: return c < 0;
    case ANTQ_OP_EQ_ALL: return num == den;
    case ANTQ_OP_ZERO: return num == 0;
    default: return 0;
    }
}

/* How many units must change for the value num/den to meet the target; -1
 * when that number is beyond int64 (a target no count can reach). */
static int64_t gap_for(int op, int64_t num, int64_t den, int64_t tn, int64_t td)
{
    if (compare_ok(op, num, den, tn, td))
        return 0;
    antq__i128 need = (antq__i128)tn * den, have = (antq__i128)num * td, g; /* compare have with need */
    switch (op) {
    case ANTQ_OP_GE: g = (need - have + td - 1) / td; break;
    case ANTQ_OP_GT: g = (need - have) / td + 1; break;
    case ANTQ_OP_LE: g = num - need / td; break;
    case ANTQ_OP_LT: g = num - ((need + td - 1) / td - 1); break;
    case ANTQ_OP_EQ_ALL: g = (antq__i128)den - num; break;
    case ANTQ_OP_ZERO: g = num; break;
    default: return -1;
    }
    return g > INT64_MAX ? -1 : (int64_t)g;
}

/* Three-valued comparison when `open` more units may or may not count. */
static void decide(antq_target_result *r, const antq_target *t, int64_t num, int64_t open, int64_t den)
{
    r->value_num = num;
    r->value_den = den;
    int lo = compare_ok(t->op, num, den, t->threshold_num, t->threshold_den);
    int hi = compare_ok(t->op, num + open, den, t->threshold_num, t->threshold_den); /* num + open <= den */
    if (lo && hi)
        r->outcome = ANTQ_OUTCOME_PASS;
    else if (!lo && !hi)
        r->outcome = ANTQ_OUTCOME_FAIL;
    else
        r->outcome = ANTQ_OUTCOME_UNKNOWN;
    r->gap = gap_for(t->op, num, den, t->threshold_num, t->threshold_den);
    if (r->outcome == ANTQ_OUTCOME_UNKNOWN)
        r->missing = "undetermined units";
}

static void evaluate_target(const antq_campaign *c, const antq__plan_input *pi, int year, const antq_target *t,
                            const antq__festivals *fx, antq_target_result *r)
{
    const antq__units *us = &pi->units;
    memset(r, 0, sizeof *r);
    r->target = t;
    r->op = t->op;
    r->value_num = r->value_den = r->gap = -1;
    r->outcome = ANTQ_OUTCOME_UNKNOWN;
    int measured_from_results = t->metric == ANTQ_METRIC_SHARE_CERTIFIED || t->metric == ANTQ_METRIC_SHARE_REGISTERED ||
                                t->metric == ANTQ_METRIC_COUNT_CERTIFIED;
    if (measured_from_results && (!pi->has_results || pi->year != year)) {
        r->missing = "evaluation of the target's year";
        return;
    }
    size_t n = antq__units_count(us);
    int64_t num = 0, open = 0, den = 0;
    switch (t->metric) {
    case ANTQ_METRIC_SHARE_CERTIFIED:
    case ANTQ_METRIC_SHARE_REGISTERED:
    case ANTQ_METRIC_COUNT_CERTIFIED:
        for (size_t i = 0; i < n; i++) {
            if (!(t->kinds & ANTQ_KIND_BIT(antq__units_kind(us, i))) || !in_scope(us, i, t->scope_id))
                continue;
            const antq__plan_row *row = antq__plan_input_row(pi, i);
            int v = row->verdict;
            if (v == ANTQ_VERDICT_NOT_ELIGIBLE)
                continue;
            den++;
            if (t->metric == ANTQ_METRIC_SHARE_REGISTERED) {
                int reg = row->registered;
                num += reg == ANTQ_YES;
                open += reg == ANTQ_UNKNOWN;
            } else {
                num += v == ANTQ_VERDICT_CERTIFIED;
                open += v == ANTQ_VERDICT_UNDETERMINED;
            }
        }
        if (t->metric == ANTQ_METRIC_COUNT_CERTIFIED)
            den = 1;
        decide(r, t, num, open, den);
        return;
    case ANTQ_METRIC_HOUSEHOLDS_REGISTERED: {
        const char *missing;
        antq__plan_input_households_total(pi, year, t->scope_id, &num, &den, &missing);
        if (missing) {
            r->missing = missing;
            return;
        }
        decide(r, t, num, 0, den);
        return;
    }
    case ANTQ_METRIC_FESTIVAL_HELD:
        for (size_t i = 0; i < n; i++) {
            if (!(t->kinds & ANTQ_KIND_BIT(antq__units_kind(us, i))) || !in_scope(us, i, t->scope_id))
                continue;
            den++;
            num += antq__festivals_held(fx, antq__units_id(us, i), 0, 0);
        }
        decide(r, t, num, 0, den);
        return;
    case ANTQ_METRIC_POINT_SITES:
        for (size_t i = 0; i < c->n_festivals; i++) {
            const antq_festival *f = &c->festivals[i];
            if (f->year != year || f->level != t->festival_level || f->point_site != ANTQ_YES)
                continue;
            size_t hi = antq__units_find(us, f->host_unit_id);
            if (t->scope_id &&
                !(hi != (size_t)-1 ? in_scope(us, hi, t->scope_id) : strcmp(f->host_unit_id, t->scope_id) == 0))
                continue;
            num++;
        }
        decide(r, t, num, 0, 1);
        return;
    case ANTQ_METRIC_COMMUNES_WITH_POINT_SITE:
        for (size_t i = 0; i < n; i++) {
            if (antq__units_kind(us, i) != ANTQ_KIND_COMMUNE || !in_scope(us, i, t->scope_id))
                continue;
            den++;
            num += (t->festival_level == ANTQ_FESTIVAL_LEVEL_COMMUNE &&
                    antq__festivals_held(fx, antq__units_id(us, i), t->festival_level, 1)) ||
                   antq__festivals_member_point(fx, i, t->festival_level);
        }
        decide(r, t, num, 0, den);
        return;
    case ANTQ_METRIC_KEY_COMPLEX_COMMUNES:
    case ANTQ_METRIC_NEW_RURAL_SECURITY:
    case ANTQ_METRIC_REPORTED:
        if (t->reported_num < 0 || t->reported_den < 0) {
            r->missing = "reported value";
            return;
        }
        decide(r, t, t->reported_num, 0, t->reported_den);
        return;
    default:
        r->missing = "metric";
        return;
    }
}

static int32_t days_between(int32_t from, int32_t to)
{
    int32_t d = 0;
    /* dates are close (same or adjacent years): count by stepping months would be complex; step days */
    while (from < to && d < 100000) {
        from = antq_date_add_days(from, 1);
        d++;
    }
    return d;
}

static void evaluate_task(const antq_task *t, int32_t as_of, antq_task_result *r)
{
    r->task = t;
    r->days_late = 0;
    if (t->status == ANTQ_TASK_CANCELLED) {
        r->state = ANTQ_TASK_STATE_CANCELLED;
    } else if (t->status == ANTQ_TASK_DONE && !(t->completed_on && t->completed_on > as_of)) {
        /* done, and already done on the judging date */
        int32_t done = t->completed_on ? t->completed_on : as_of;
        if (t->deadline && done > t->deadline) {
            r->state = ANTQ_TASK_STATE_DONE_LATE;
            r->days_late = days_between(t->deadline, done);
        } else {
            r->state = ANTQ_TASK_STATE_ON_TIME;
        }
    } else if (t->deadline && as_of > t->deadline) {
        r->state = ANTQ_TASK_STATE_OVERDUE;
        r->days_late = days_between(t->deadline, as_of);
    } else {
        r->state = ANTQ_TASK_STATE_OPEN;
    }
}

/* The years whose households a plan's targets read (its households targets'), unique; their count. */
static size_t households_years(int *years, size_t cap, const antq_plan *p)
{
    size_t n = 0;
    for (size_t i = 0; i < p->n_targets; i++) {
        if (p->targets[i].metric != ANTQ_METRIC_HOUSEHOLDS_REGISTERED)
            continue;
        int y = p->targets[i].year ? p->targets[i].year : p->year;
        size_t k = 0;
        while (k < n && years[k] != y)
            k++;
        if (k == n && n < cap)
            years[n++] = y;
    }
    return n;
}

static int check_plan(const antq_campaign *c, size_t plan_index, int32_t as_of, antq_error *err)
{
    if (plan_index >= c->n_plans)
        return antq__error_set(err, ANTQ_ENOTFOUND, "/plans", "no plan %zu (the campaign has %zu)", plan_index, c->n_plans);
    if (as_of && !antq_date_valid(as_of))
        return antq__error_set(err, ANTQ_ERANGE, "/as_of", "expected a real date, found %d", (int)as_of);
    return ANTQ_OK;
}

/* The scorecard of plan p from what the plan reads of each unit (plan_input.c). */
static int score(antq_scorecard **out, const antq_campaign *c, size_t plan_index, const antq__plan_input *pi,
                 int32_t as_of, antq_error *err)
{
    const antq_plan *p = &c->plans[plan_index];
    antq_scorecard *s = antq__calloc(1, sizeof *s);
    if (s) {
        s->targets = antq__calloc(p->n_targets ? p->n_targets : 1, sizeof *s->targets);
        s->tasks = antq__calloc(p->n_tasks ? p->n_tasks : 1, sizeof *s->tasks);
        s->steps = antq__calloc(p->n_targets ? p->n_targets : 1, sizeof *s->steps);
    }
    if (!s || !s->targets || !s->tasks || !s->steps) {
        antq_scorecard_free(s);
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    }
    s->plan = p;
    s->as_of = as_of ? as_of : antq_date_make(p->year, 12, 31);
    for (size_t i = 0; i < p->n_targets; i++) {
        int year = p->targets[i].year ? p->targets[i].year : p->year;
        antq__festivals fx;
        int rc = antq__festivals_build(&fx, c, &pi->units, year);
        if (rc == ANTQ_OK) {
            evaluate_target(c, pi, year, &p->targets[i], &fx, &s->targets[i]);
            rc = antq__steps_compute(&s->steps[i], pi, year, &p->targets[i], &s->targets[i], &fx);
            antq__festivals_free(&fx);
        }
        if (rc != ANTQ_OK) {
            antq_scorecard_free(s);
            return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
        }
    }
    for (size_t i = 0; i < p->n_tasks; i++)
        evaluate_task(&p->tasks[i], s->as_of, &s->tasks[i]);
    *out = s;
    return ANTQ_OK;
}

int antq_plan_evaluate(antq_scorecard **out, const antq_campaign *c, size_t plan_index, const antq_evaluation *ev,
                       int32_t as_of, antq_error *err)
{
    if (!out)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer, found NULL");
    *out = NULL;
    if (!c || !ev)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a campaign and an evaluation, found NULL");
    if (!antq_evaluation_dataset(ev))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an evaluation with its units, found a pipeline's kept "
                               "results without antq_pipeline_keep_units()");
    int rc = check_plan(c, plan_index, as_of, err);
    if (rc)
        return rc;
    int years[ANTQ__PLAN_HH_YEARS];
    size_t n_years = households_years(years, ANTQ__PLAN_HH_YEARS, &c->plans[plan_index]);
    antq__plan_input pi;
    if (antq__plan_input_from_evaluation(&pi, ev, &c->plans[plan_index], years, n_years) != ANTQ_OK)
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    rc = score(out, c, plan_index, &pi, as_of, err);
    antq__plan_input_free(&pi);
    return rc;
}

/* ---- a plan over results as they come */

struct antq_plan_tally {
    const antq_campaign *c;
    size_t plan_index;
    antq__plan_input pi;
};

int antq_plan_tally_new(antq_plan_tally **out, const antq_campaign *c, size_t plan_index, int year,
                        const antq_pipeline *pipeline, const antq_options *opts, antq_error *err)
{
    if (!out)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer, found NULL");
    *out = NULL;
    if (!c || !pipeline)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a campaign and a pipeline, found NULL");
    int rc = check_plan(c, plan_index, 0, err);
    if (rc)
        return rc;
    const antq_plan *p = &c->plans[plan_index];
    if (year && (year < 1901 || year > 2998))
        return antq__error_set(err, ANTQ_ERANGE, "/year", "expected a year 1901-2998, found %d", year);
    if (opts && opts->version != 1 && opts->version != ANTQ_OPTIONS_VERSION)
        return antq__error_set(err, ANTQ_EVERSION, "/version", "expected options version 1 or %d, found %u",
                               ANTQ_OPTIONS_VERSION, (unsigned)opts->version);
    antq_options o;
    if (opts) /* 1.0's layout: the later members at their defaults */
        opts = antq__options_current(opts, &o);
    antq_plan_tally *t = antq__calloc(1, sizeof *t);
    int years[ANTQ__PLAN_HH_YEARS];
    size_t n_years = households_years(years, ANTQ__PLAN_HH_YEARS, p);
    antq__units us;
    antq__units_of_index(&us, antq__pipeline_index(pipeline));
    if (!t || antq__plan_input_init(&t->pi, &us, NULL, opts, year ? year : p->year, p, years, n_years) != ANTQ_OK) {
        if (t)
            antq__plan_input_free(&t->pi);
        antq__free(t);
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    }
    t->c = c;
    t->plan_index = plan_index;
    t->pi.has_results = 1;
    *out = t;
    return ANTQ_OK;
}

void antq_plan_tally_free(antq_plan_tally *t)
{
    if (!t)
        return;
    antq__plan_input_free(&t->pi);
    antq__free(t);
}

size_t antq_plan_years(int *years, size_t cap, const antq_campaign *c, size_t plan_index, int year)
{
    if (!c || plan_index >= c->n_plans)
        return 0;
    const antq_plan *p = &c->plans[plan_index];
    int all[ANTQ__PLAN_HH_YEARS + 1];
    size_t n = 0;
    all[n++] = year ? year : p->year;
    int hh[ANTQ__PLAN_HH_YEARS];
    size_t n_hh = households_years(hh, ANTQ__PLAN_HH_YEARS, p);
    for (size_t i = 0; i < n_hh; i++)
        if (hh[i] != all[0])
            all[n++] = hh[i];
    for (size_t i = 1; i < n; i++) /* ascending */
        for (size_t k = i; k > 0 && all[k - 1] > all[k]; k--) {
            int y = all[k];
            all[k] = all[k - 1];
            all[k - 1] = y;
        }
    for (size_t i = 0; years && i < n && i < cap; i++)
        years[i] = all[i];
    return n;
}

int antq_plan_tally_add(antq_plan_tally *t, const antq_result *result, const antq_unit *unit,
                        const antq_evidence *evidence, const antq_rollup *rollup, antq_error *err)
{
    if (!t || !result || !unit || !unit->id)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a tally, a result and its unit, found NULL");
    size_t i = antq__units_find(&t->pi.units, unit->id);
    if (i == ANTQ_INDEX_NONE)
        return antq__error_set(err, ANTQ_ENOTFOUND, "/id", "expected a unit the pipeline has taken, found \"%.64s\"",
                               unit->id);
    int year = antq_result_year(result);
    int rc = antq__plan_input_add_name(&t->pi, i, unit->name);
    if (rc == ANTQ_OK && year == t->pi.year)
        rc = antq__plan_input_add_result(&t->pi, i, unit, evidence, result, rollup);
    if (rc == ANTQ_OK)
        rc = antq__plan_input_add_households(&t->pi, i, year, evidence);
    return rc == ANTQ_OK ? ANTQ_OK : antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
}

int antq_plan_tally_finish(antq_scorecard **out, const antq_plan_tally *t, int32_t as_of, antq_error *err)
{
    if (!out)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer, found NULL");
    *out = NULL;
    if (!t)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a tally, found NULL");
    int rc = check_plan(t->c, t->plan_index, as_of, err);
    return rc ? rc : score(out, t->c, t->plan_index, &t->pi, as_of, err);
}

void antq_festival_coverage_init(antq_festival_coverage *cov)
{
    if (!cov)
        return;
    memset(cov, 0, sizeof *cov);
    cov->size = sizeof *cov;
}

/* The coverage over some units (a dataset's or a pipeline's). */
static int coverage(antq_festival_coverage *o, const antq_campaign *c, const antq__units *us, int year, antq_error *err)
{
    if (o->size != sizeof *o)
        return antq__error_set(err, ANTQ_EVERSION, "/size",
                               "expected a record from antq_festival_coverage_init() (size %u), found size %u",
                               (unsigned)sizeof *o, (unsigned)o->size);
    antq_festival_coverage_init(o);
    o->year = year;
    o->ordinal = antq_festival_ordinal(year);
    antq__festivals fx;
    if (antq__festivals_build(&fx, c, us, year) != ANTQ_OK)
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    size_t n = antq__units_count(us);
    for (size_t i = 0; i < n; i++) {
        int kind = antq__units_kind(us, i);
        int held = antq__festivals_held(&fx, antq__units_id(us, i), 0, 0);
        if (kind == ANTQ_KIND_COMMUNE) {
            o->communes++;
            o->communes_held += held;
            o->communes_with_area_point_site += antq__festivals_member_point(&fx, i, ANTQ__AREA_POINT_SITE);
        } else if (kind == ANTQ_KIND_RESIDENTIAL_AREA) {
            o->areas++;
            o->areas_held += held;
        } else {
            o->organisations++;
            o->organisations_held += held;
        }
    }
    antq__festivals_free(&fx);
    for (size_t i = 0; i < c->n_festivals; i++) {
        const antq_festival *f = &c->festivals[i];
        if (f->year != year)
            continue;
        if (f->point_site == ANTQ_YES)
            o->point_sites[f->level]++;
        /* totals of counts up to 2^53 − 1 each: checked, an error rather than a wrapped total */
        int over = f->participants > 0 && __builtin_add_overflow(o->participants, f->participants, &o->participants);
        for (size_t k = 0; k < f->n_activities && !over; k++) {
            if (f->activities[k].gifts > 0)
                over |= __builtin_add_overflow(o->gifts, f->activities[k].gifts, &o->gifts);
            if (f->activities[k].gift_value_vnd > 0)
                over |= __builtin_add_overflow(o->gift_value_vnd, f->activities[k].gift_value_vnd, &o->gift_value_vnd);
        }
        o->commendations += (int64_t)f->n_commendations;
        if (over) {
            int32_t y = o->year;
            antq_festival_coverage_init(o); /* only the year, and the size: the record can be used again */
            o->year = y;
            return antq__error_set(err, ANTQ_ERANGE, "/festivals", "a total of participants, gifts or gift values of %d "
                                   "beyond 2^63 - 1 (cannot be represented)", (int)y);
        }
    }
    return ANTQ_OK;
}

int antq_festival_coverage_compute(antq_festival_coverage *o, const antq_campaign *c, const antq_dataset *ds, int year,
                                   antq_error *err)
{
    if (!c || !ds || !o)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a campaign, a dataset and an output, found NULL");
    antq__units us;
    antq__units_of_dataset(&us, ds);
    return coverage(o, c, &us, year, err);
}

int antq_festival_coverage_compute_pipeline(antq_festival_coverage *o, const antq_campaign *c, const antq_pipeline *p,
                                            int year, antq_error *err)
{
    if (!c || !p || !o)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a campaign, a pipeline and an output, found NULL");
    antq__units us;
    antq__units_of_index(&us, antq__pipeline_index(p));
    return coverage(o, c, &us, year, err);
}

/* ---- rendering */

static const char *op_text(int op, int lang)
{
    switch (op) {
    case ANTQ_OP_GE: return lang == ANTQ_LANG_EN ? "at least" : "từ … trở lên";
    case ANTQ_OP_GT: return lang == ANTQ_LANG_EN ? "more than" : "trên";
    case ANTQ_OP_LE: return lang == ANTQ_LANG_EN ? "at most" : "không quá";
    case ANTQ_OP_LT: return lang == ANTQ_LANG_EN ? "less than" : "dưới";
    case ANTQ_OP_EQ_ALL: return lang == ANTQ_LANG_EN ? "all" : "100%";
    case ANTQ_OP_ZERO: return lang == ANTQ_LANG_EN ? "none" : "không có";
    default: return "?";
    }
}


/* "458/544 (84,2%)": the share is kept on its side of the target's threshold. */
static void put_value(antq__buf *b, const antq_target_result *r, int lang)
{
    char num[ANTQ_FORMAT_SIZE], den[ANTQ_FORMAT_SIZE], share[ANTQ_FORMAT_SIZE];
    const antq_target *t = r->target;
    if (r->value_num < 0) {
        antq__buf_puts(b, "?");
        return;
    }
    antq_format_count(num, sizeof num, r->value_num, lang);
    if (r->value_den <= 1) {
        antq__buf_puts(b, num);
        return;
    }
    antq_format_count(den, sizeof den, r->value_den, lang);
    int64_t tden = t->threshold_den > 1 ? t->threshold_den : 0;
    if (antq_format_share(share, sizeof share, r->value_num, r->value_den, tden ? t->threshold_num : 0, tden, lang) ==
        ANTQ_OK)
        antq__buf_printf(b, "%s/%s (%s)", num, den, share);
    else
        antq__buf_printf(b, "%s/%s", num, den);
}

static void put_requirement(antq__buf *b, const antq_target *t, int lang)
{
    if (t->op == ANTQ_OP_EQ_ALL || t->op == ANTQ_OP_ZERO) {
        antq__buf_puts(b, op_text(t->op, lang));
        return;
    }
    char value[ANTQ_FORMAT_SIZE];
    if (t->threshold_den > 1)
        antq_format_percent(value, sizeof value, t->threshold_num, t->threshold_den, lang);
    else
        antq_format_count(value, sizeof value, t->threshold_num, lang);
    if (lang != ANTQ_LANG_EN && t->op == ANTQ_OP_GE)
        antq__buf_printf(b, "từ %s trở lên", value);
    else
        antq__buf_printf(b, "%s %s", op_text(t->op, lang), value);
}


static const char *outcome_label(int o, int lang)
{
    switch (o) {
    case ANTQ_OUTCOME_PASS: return lang == ANTQ_LANG_EN ? "MET" : "ĐẠT";
    case ANTQ_OUTCOME_FAIL: return lang == ANTQ_LANG_EN ? "NOT MET" : "KHÔNG ĐẠT";
    default: return lang == ANTQ_LANG_EN ? "UNKNOWN" : "CHƯA RÕ";
    }
}

static const char *state_label(int s, int lang)
{
    static const char *const vi[] = {"?", "đúng hạn", "xong, trễ hạn", "QUÁ HẠN", "đang thực hiện", "đã hủy"};
    static const char *const en[] = {"?", "on time", "done late", "OVERDUE", "open", "cancelled"};
    return s > 0 && s <= 5 ? (lang == ANTQ_LANG_EN ? en[s] : vi[s]) : "?";
}

static void put_date(antq__buf *b, int32_t d, int lang)
{
    antq__buf_date(b, d, lang, lang == ANTQ_LANG_EN ? "no deadline" : "không hạn");
}

int antq_scorecard_write(char **out, const antq_scorecard *s, antq_format format, int lang, antq_error *err)
{
    if (out)
        *out = NULL;
    if (!s || !out)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a scorecard and an output pointer, found NULL");
    if (lang != ANTQ_LANG_VI && lang != ANTQ_LANG_EN)
        return antq__error_set(err, ANTQ_EINVAL, "", "unknown language %d", lang);
    if (format != ANTQ_FORMAT_JSON && format != ANTQ_FORMAT_TEXT)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected ANTQ_FORMAT_JSON or ANTQ_FORMAT_TEXT, found format %d",
                               (int)format);
    int json = format == ANTQ_FORMAT_JSON;
    const antq_plan *p = s->plan;
    antq__buf b;
    antq__buf_init(&b);
    size_t met = 0, missed = 0, unknown = 0, late = 0;
    for (size_t i = 0; i < p->n_targets; i++) {
        met += s->targets[i].outcome == ANTQ_OUTCOME_PASS;
        missed += s->targets[i].outcome == ANTQ_OUTCOME_FAIL;
        unknown += s->targets[i].outcome == ANTQ_OUTCOME_UNKNOWN;
    }
    for (size_t i = 0; i < p->n_tasks; i++)
        late += s->tasks[i].state == ANTQ_TASK_STATE_OVERDUE || s->tasks[i].state == ANTQ_TASK_STATE_DONE_LATE;
    if (json) {
        antq__buf_puts(&b, "{\"plan\":");
        antq__buf_json_string(&b, p->id);
        antq__buf_puts(&b, ",\"number\":");
        if (p->number) antq__buf_json_string(&b, p->number); else antq__buf_puts(&b, "null");
        antq__buf_printf(&b, ",\"year\":%d,\"as_of\":\"%04d-%02d-%02d\",\"summary\":{\"targets_met\":%zu,\"targets_missed\":%zu,"
                             "\"targets_unknown\":%zu,\"tasks_late\":%zu},\"targets\":[",
                         (int)p->year, antq_date_year(s->as_of), antq_date_month(s->as_of), antq_date_day(s->as_of), met,
                         missed, unknown, late);
        for (size_t i = 0; i < p->n_targets; i++) {
            const antq_target_result *r = &s->targets[i];
            const antq_target *t = r->target;
            antq__buf_printf(&b, "%s{\"id\":", i ? "," : "");
            antq__buf_json_string(&b, t->id);
            antq__buf_puts(&b, ",\"text\":");
            if (t->text) antq__buf_json_string(&b, t->text); else antq__buf_puts(&b, "null");
            antq__buf_printf(&b, ",\"metric\":\"%s\",\"op\":\"%s\",\"threshold\":[%lld,%lld],\"outcome\":\"%s\","
                                 "\"value\":[%lld,%lld],\"gap\":%lld,\"missing\":",
                             antq_metric_name(t->metric), antq__op_name(t->op), (long long)t->threshold_num,
                             (long long)t->threshold_den, antq_outcome_name(r->outcome), (long long)r->value_num,
                             (long long)r->value_den, (long long)r->gap);
            if (r->missing) antq__buf_json_string(&b, r->missing); else antq__buf_puts(&b, "null");
            antq__buf_puts(&b, ",\"steps\":");
            antq__steps_write(&b, &s->steps[i], 1, lang);
            antq__buf_puts(&b, "}");
        }
        antq__buf_puts(&b, "],\"tasks\":[");
        for (size_t i = 0; i < p->n_tasks; i++) {
            const antq_task_result *r = &s->tasks[i];
            antq__buf_printf(&b, "%s{\"id\":", i ? "," : "");
            antq__buf_json_string(&b, r->task->id);
            antq__buf_printf(&b, ",\"state\":\"%s\",\"days_late\":%d,\"deadline\":", antq_task_state_name(r->state),
                             (int)r->days_late);
            char d[16];
            if (antq_date_format(d, sizeof d, r->task->deadline) == ANTQ_OK)
                antq__buf_printf(&b, "\"%s\"", d);
            else
                antq__buf_puts(&b, "null");
            antq__buf_puts(&b, ",\"lead\":");
            if (r->task->lead) antq__buf_json_string(&b, r->task->lead); else antq__buf_puts(&b, "null");
            antq__buf_puts(&b, ",\"content\":");
            antq__buf_json_string(&b, r->task->content);
            antq__buf_puts(&b, "}");
        }
        antq__buf_puts(&b, "]}\n");
        return antq__buf_finish_err(&b, out, err);
    }
    int en = lang == ANTQ_LANG_EN;
    /* text from the campaign file goes through antq__buf_text (control characters escaped) */
    antq__buf_puts(&b, en ? "Plan " : "Kế hoạch ");
    antq__buf_text(&b, p->id);
    if (p->number) {
        antq__buf_puts(&b, " — ");
        antq__buf_text(&b, p->number);
    }
    antq__buf_printf(&b, en ? " (%d), judged on " : " (năm %d), tính đến ngày ", (int)p->year);
    put_date(&b, s->as_of, lang);
    antq__buf_printf(&b, en ? "\nTargets: %zu met, %zu not met, %zu unknown; tasks late: %zu\n\n"
                            : "\nChỉ tiêu: %zu đạt, %zu không đạt, %zu chưa rõ; nhiệm vụ trễ hạn: %zu\n\n",
                     met, missed, unknown, late);
    antq__buf_puts(&b, en ? "Targets\n" : "Chỉ tiêu\n");
    for (size_t i = 0; i < p->n_targets; i++) {
        const antq_target_result *r = &s->targets[i];
        antq__buf_printf(&b, "  [%s] ", outcome_label(r->outcome, lang));
        antq__buf_text(&b, r->target->id);
        if (r->target->text) {
            antq__buf_puts(&b, " — ");
            antq__buf_text(&b, r->target->text);
        }
        antq__buf_puts(&b, en ? "\n      measured: " : "\n      đo được: ");
        put_value(&b, r, lang);
        antq__buf_puts(&b, en ? "; required: " : "; yêu cầu: ");
        put_requirement(&b, r->target, lang);
        if (r->outcome == ANTQ_OUTCOME_FAIL && r->gap > 0)
        {
            char gap[ANTQ_FORMAT_SIZE];
            antq_format_count(gap, sizeof gap, r->gap, lang);
            antq__buf_printf(&b, en ? "; missed by %s" : "; còn thiếu %s", gap);
        }
        if (r->outcome == ANTQ_OUTCOME_UNKNOWN && r->missing)
            antq__buf_printf(&b, en ? "; missing: %s" : "; thiếu dữ liệu: %s", antq_missing_label(r->missing, lang));
        antq__buf_puts(&b, "\n");
        antq__steps_write(&b, &s->steps[i], 0, lang);
    }
    antq__buf_puts(&b, en ? "\nTasks\n" : "\nNhiệm vụ\n");
    for (size_t i = 0; i < p->n_tasks; i++) {
        const antq_task_result *r = &s->tasks[i];
        antq__buf_puts(&b, "  ");
        antq__buf_text(&b, r->task->id);
        antq__buf_printf(&b, "%*s %-16s ", strlen(r->task->id) < 4 ? (int)(4 - strlen(r->task->id)) : 0, "",
                         state_label(r->state, lang));
        antq__buf_puts(&b, en ? "deadline " : "hạn ");
        put_date(&b, r->task->deadline, lang);
        if (r->days_late)
            antq__buf_printf(&b, en ? " (%d days late)" : " (trễ %d ngày)", (int)r->days_late);
        if (r->task->lead) {
            antq__buf_puts(&b, en ? "; lead: " : "; chủ trì: ");
            antq__buf_text(&b, r->task->lead);
        }
        const char *content = r->task->template_task && en ? antq_five_task_text_en(r->task->template_task) : r->task->content;
        antq__buf_puts(&b, "\n       ");
        antq__buf_text(&b, content ? content : "");
        antq__buf_puts(&b, "\n");
    }
    return antq__buf_finish_err(&b, out, err);
}

/* ---- shared with steps.c (what it would take) */

int antq__plan_in_scope(const antq__units *u, size_t i, const char *scope) { return in_scope(u, i, scope); }

int antq__plan_parent_in_scope(const antq__units *u, const char *parent, const char *scope)
{
    return !scope || parent_in_scope(u, parent, scope);
}


int antq_scorecard_steps(int *out_status, const antq_target_step **out_steps, size_t *out_count, const antq_scorecard *s,
                         size_t target_index)
{
    if (!out_status || !out_steps || !out_count || !s || target_index >= s->plan->n_targets)
        return ANTQ_EINVAL;
    const antq__steps *st = &s->steps[target_index];
    *out_status = st->status;
    *out_steps = st->n ? st->steps : NULL;
    *out_count = st->n;
    return ANTQ_OK;
}
