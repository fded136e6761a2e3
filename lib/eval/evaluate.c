/* The evaluator: rule set by date, scope first, then the criteria of the
 * catalogue, three-valued combination into a verdict.
 * SPDX-License-Identifier: MIT */
#include "result.h"

#include <string.h>

int antq_options_init(antq_options *opts, unsigned version)
{
    if (!opts)
        return ANTQ_EINVAL;
    if (version != ANTQ_OPTIONS_VERSION)
        return ANTQ_EVERSION;
    memset(opts, 0, sizeof *opts);
    opts->version = ANTQ_OPTIONS_VERSION;
    opts->trend_mode = ANTQ_TREND_NOT_INCREASED;
    opts->pool_mode = ANTQ_POOL_ALL_MANAGED;
    opts->emulation_mode = ANTQ_EMULATION_INELIGIBLE_SKIPS;
    opts->deferral_is_warning = 1;
    opts->school_year_end_mmdd = 531;
    opts->protection_force_required = 1;
    return ANTQ_OK;
}

static int validate_options(const antq_options *o, antq_error *err)
{
    if (o->version != ANTQ_OPTIONS_VERSION)
        return antq__error_set(err, ANTQ_EVERSION, "/options/version", "expected options version %d, found %u",
                               ANTQ_OPTIONS_VERSION, o->version);
    if (o->trend_mode < 0 || o->trend_mode > ANTQ_TREND_STRICTLY_REDUCED)
        return antq__error_set(err, ANTQ_ERANGE, "/options/trend_mode", "expected 0 or 1, found %d", (int)o->trend_mode);
    if (o->pool_mode < 0 || o->pool_mode > ANTQ_POOL_RESIDENTIAL_ONLY)
        return antq__error_set(err, ANTQ_ERANGE, "/options/pool_mode", "expected 0 or 1, found %d", (int)o->pool_mode);
    if (o->emulation_mode < 0 || o->emulation_mode > ANTQ_EMULATION_INELIGIBLE_FAILS)
        return antq__error_set(err, ANTQ_ERANGE, "/options/emulation_mode", "expected 0 or 1, found %d",
                               (int)o->emulation_mode);
    if (o->decision_date && !antq_date_valid(o->decision_date))
        return antq__error_set(err, ANTQ_ERANGE, "/options/decision_date", "expected a real date, found %d",
                               (int)o->decision_date);
    if ((o->n_extra && !o->extra) || (o->n_authority && !o->authority_table))
        return antq__error_set(err, ANTQ_EINVAL, o->n_extra && !o->extra ? "/options/extra" : "/options/authority_table",
                               "expected an array, found NULL");
    return ANTQ_OK;
}

antq_fact *antq__fact_add(antq__ctx *ctx, int kind, int outcome)
{
    if (ctx->failed)
        return NULL;
    if (ctx->n_facts == ctx->cap_facts) {
        size_t cap = ctx->cap_facts * 2;
        antq_fact *f = ctx->facts_heap ? antq__realloc(ctx->facts, cap * sizeof *f) : antq__malloc(cap * sizeof *f);
        if (!f) {
            ctx->failed = 1;
            return NULL;
        }
        if (!ctx->facts_heap)
            memcpy(f, ctx->facts, ctx->n_facts * sizeof *f);
        ctx->facts_heap = 1;
        ctx->facts = f;
        ctx->cap_facts = cap;
    }
    antq_fact *f = &ctx->facts[ctx->n_facts++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->outcome = outcome;
    f->value = -1;
    f->total = -1;
    f->threshold_den = 1;
    return f;
}

/* FAIL dominates, then UNKNOWN, then PASS; only NOT_APPLICABLE facts: NOT_APPLICABLE. */
static int combine(const antq_fact *facts, size_t n)
{
    int fail = 0, unknown = 0, pass = 0;
    for (size_t i = 0; i < n; i++) {
        fail |= facts[i].outcome == ANTQ_OUTCOME_FAIL;
        unknown |= facts[i].outcome == ANTQ_OUTCOME_UNKNOWN;
        pass |= facts[i].outcome == ANTQ_OUTCOME_PASS;
    }
    return fail ? ANTQ_OUTCOME_FAIL : unknown ? ANTQ_OUTCOME_UNKNOWN : pass ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_NOT_APPLICABLE;
}

typedef struct pending_check {
    const antq__row *row;
    int outcome;
    size_t first, count;
} pending_check;

#define MAX_CHECKS 64

static size_t run_rows(antq__ctx *ctx, int role, pending_check *out, size_t n)
{
    size_t total = antq_catalogue_count();
    for (size_t i = 0; i < total && n < MAX_CHECKS; i++) {
        const antq__row *row = antq__row_of(antq_catalogue_get(i));
        if (row->pub.role != role || !antq_criterion_applies(&row->pub, ctx->unit->kind, ctx->end))
            continue;
        size_t first = ctx->n_facts;
        ctx->check_first = first;
        row->predicate(ctx, row);
        if (ctx->failed)
            return n;
        out[n].row = row;
        out[n].first = first;
        out[n].count = ctx->n_facts - first;
        out[n].outcome = combine(ctx->facts + first, out[n].count);
        n++;
    }
    return n;
}

static int effective_level(const antq_unit *u, int32_t decision_date)
{
    if (u->kind == ANTQ_KIND_RESIDENTIAL_AREA)
        return ANTQ_LEVEL_COMMUNE;
    if (u->delegated_to_commune == ANTQ_YES)
        return antq__delegated_level(u->managing_level, decision_date); /* Art. 10.5: one level down */
    return u->managing_level;
}

int antq_evaluate(antq_result **out, const antq_unit *unit, const antq_evidence *ev, const antq_rollup *rollup,
                  const antq_event *territory, size_t n_territory, const antq_options *opts, antq_error *err)
{
    if (!out)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer, found NULL");
    *out = NULL;
    antq_options defaults;
    if (!opts) {
        antq_options_init(&defaults, ANTQ_OPTIONS_VERSION);
        opts = &defaults;
    }
    int rc;
    if ((rc = validate_options(opts, err)) != ANTQ_OK)
        return rc;
    if ((rc = antq_unit_validate(unit, err)) != ANTQ_OK)
        return rc;
    if ((rc = antq_evidence_validate(ev, unit, err)) != ANTQ_OK)
        return rc;
    if (n_territory && !territory)
        return antq__error_set(err, ANTQ_EINVAL, "/territory_events", "expected %zu events, found NULL", n_territory);
    if (rollup && unit->kind != ANTQ_KIND_COMMUNE)
        return antq__error_set(err, ANTQ_EINVAL, "/rollup", "a roll-up is only valid for a commune, found a %s",
                               antq_unit_kind_name(unit->kind));
    if (rollup && rollup->year && rollup->year != ev->year)
        return antq__error_set(err, ANTQ_EINVAL, "/rollup/year", "expected member results of %d, found results of %d",
                               (int)ev->year, (int)rollup->year);

    antq__ctx ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.unit = unit;
    ctx.ev = ev;
    ctx.opts = opts;
    ctx.rollup = rollup;
    ctx.territory = territory;
    ctx.n_territory = n_territory;
    ctx.year = ev->year;
    rc = antq_period_for(unit->kind, ev->year, opts->school_year_end_mmdd, &ctx.start, &ctx.end, &ctx.ruleset);
    if (rc != ANTQ_OK)
        return antq__error_set(err, rc, "/year", "no rule set governs the %s evaluation year %d (the standard exists from 18/06/2012)",
                               antq_unit_kind_name(unit->kind), (int)ev->year);
    ctx.general_education = unit->general_education;
    if (ctx.general_education == ANTQ_UNKNOWN && unit->education_level != ANTQ_EDU_UNKNOWN)
        ctx.general_education = antq_education_level_is_general(unit->education_level) ? ANTQ_YES : ANTQ_NO;

    antq_fact stack_facts[96];
    ctx.facts = stack_facts;
    ctx.cap_facts = ANTQ__ARRAY_LEN(stack_facts);
    antq_fact *heap = NULL; /* set when the facts outgrew the stack buffer */
    pending_check checks[MAX_CHECKS];
    size_t n = run_rows(&ctx, ANTQ_CRITERION_SCOPE, checks, 0);
    int excluded = 0, scope_unknown = 0;
    for (size_t i = 0; i < n; i++) {
        excluded |= checks[i].outcome == ANTQ_OUTCOME_FAIL;
        scope_unknown |= checks[i].outcome == ANTQ_OUTCOME_UNKNOWN;
    }
    if (!excluded)
        n = run_rows(&ctx, ANTQ_CRITERION_STANDARD, checks, n);
    if (ctx.facts_heap)
        heap = ctx.facts;
    if (ctx.failed) {
        antq__free(heap);
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory while evaluating \"%s\"", unit->id);
    }

    int verdict = ANTQ_VERDICT_CERTIFIED;
    if (excluded) {
        verdict = ANTQ_VERDICT_NOT_ELIGIBLE;
    } else {
        int fail = 0, unknown = scope_unknown;
        for (size_t i = 0; i < n; i++) {
            fail |= checks[i].outcome == ANTQ_OUTCOME_FAIL;
            unknown |= checks[i].outcome == ANTQ_OUTCOME_UNKNOWN;
        }
        verdict = scope_unknown ? ANTQ_VERDICT_UNDETERMINED
                  : fail        ? ANTQ_VERDICT_NOT_CERTIFIED
                  : unknown     ? ANTQ_VERDICT_UNDETERMINED
                                : ANTQ_VERDICT_CERTIFIED;
    }

    /* one allocation: result, checks, facts, then the strings they carry */
    size_t strings = strlen(unit->id) + 1 + (unit->name ? strlen(unit->name) + 1 : 0);
    for (size_t i = 0; i < ctx.n_facts; i++)
        if (ctx.facts[i].subject)
            strings += strlen(ctx.facts[i].subject) + 1;
    size_t size = sizeof(antq_result) + n * sizeof(antq_check) + ctx.n_facts * sizeof(antq_fact) + strings;
    antq_result *r = antq__malloc(size);
    if (!r) {
        antq__free(heap);
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory while evaluating \"%s\"", unit->id);
    }
    memset(r, 0, sizeof *r);
    r->checks = (antq_check *)(void *)(r + 1);
    r->facts = (antq_fact *)(void *)(r->checks + n);
    char *s = (char *)(r->facts + ctx.n_facts);
    r->n_checks = n;
    r->n_facts = ctx.n_facts;
    memcpy(r->facts, ctx.facts, ctx.n_facts * sizeof(antq_fact));
    size_t len = strlen(unit->id) + 1;
    memcpy(s, unit->id, len);
    r->unit_id = s;
    s += len;
    if (unit->name) {
        len = strlen(unit->name) + 1;
        memcpy(s, unit->name, len);
        r->unit_name = s;
        s += len;
    }
    for (size_t i = 0; i < ctx.n_facts; i++)
        if (r->facts[i].subject) {
            len = strlen(r->facts[i].subject) + 1;
            memcpy(s, r->facts[i].subject, len);
            r->facts[i].subject = s;
            s += len;
        }
    for (size_t i = 0; i < n; i++) {
        r->checks[i].criterion = &checks[i].row->pub;
        r->checks[i].outcome = checks[i].outcome;
        r->checks[i].facts = r->facts + checks[i].first;
        r->checks[i].n_facts = checks[i].count;
    }
    antq__free(heap);

    r->kind = unit->kind;
    r->year = ev->year;
    r->verdict = verdict;
    r->registered = ev->registered;
    if (r->registered == ANTQ_UNKNOWN && ev->registration_date != ANTQ_DATE_UNKNOWN)
        r->registered = ANTQ_YES;
    r->start = ctx.start;
    r->end = ctx.end;
    r->ruleset = ctx.ruleset;
    int32_t decision = opts->decision_date ? opts->decision_date : ctx.end;
    r->authority = antq_authority_find(opts->authority_table, opts->n_authority, unit->kind,
                                       effective_level(unit, decision), decision);
    *out = r;
    return ANTQ_OK;
}
