/* The evaluator: rule set by date, scope first, then the criteria of the
 * catalogue, three-valued combination into a verdict.
 * SPDX-License-Identifier: MIT */
#include "result.h"

#include <assert.h>
#include <stdio.h>
#include <string.h>

void antq_extra_criterion_init(antq_extra_criterion *c)
{
    if (c)
        memset(c, 0, sizeof *c);
}

int antq_options_init(antq_options *opts, unsigned version)
{
    if (!opts)
        return ANTQ_EINVAL;
    if (version != 1 && version != ANTQ_OPTIONS_VERSION)
        return ANTQ_EVERSION;
    /* a version-1 caller's struct ends before the version-2 fields */
    memset(opts, 0, version == 1 ? ANTQ__OPTIONS_V1_SIZE : sizeof *opts);
    opts->version = version;
    opts->trend_mode = ANTQ_TREND_NOT_INCREASED;
    opts->pool_mode = ANTQ_POOL_ALL_MANAGED;
    opts->emulation_mode = ANTQ_EMULATION_INELIGIBLE_SKIPS;
    opts->deferral_is_warning = 1;
    opts->school_year_end_mmdd = 531;
    opts->protection_force_required = 1;
    return ANTQ_OK;
}

const antq_options *antq__options_current(const antq_options *opts, antq_options *full)
{
    if (opts->version != 1)
        return opts;
    antq_options_init(full, ANTQ_OPTIONS_VERSION);
    memcpy(full, opts, ANTQ__OPTIONS_V1_SIZE);
    full->version = ANTQ_OPTIONS_VERSION;
    return full;
}

/* Every row of a table of delegations valid on its own date (Art. 10.5). */
static int validate_delegations(const antq_options *o, antq_error *err)
{
    for (size_t i = 0; i < o->n_delegations; i++) {
        antq_error e;
        int rc = antq_delegation_validate(NULL, &o->delegations[i], 0, &e);
        if (rc) {
            char path[ANTQ_ERROR_PATH_SIZE];
            snprintf(path, sizeof path, "/options/delegations/%zu%.60s", i, e.path);
            return antq__error_set(err, rc, path, "%s", e.message);
        }
    }
    return ANTQ_OK;
}

int antq__options_validate(const antq_options *o, antq_error *err)
{
    if (o->version != 1 && o->version != ANTQ_OPTIONS_VERSION)
        return antq__error_set(err, ANTQ_EVERSION, "/options/version", "expected options version 1 or %d, found %u",
                               ANTQ_OPTIONS_VERSION, o->version);
    antq_options full;
    o = antq__options_current(o, &full); /* a version-1 struct has none of the later fields */
    if (o->trend_mode < 0 || o->trend_mode > ANTQ_TREND_STRICTLY_REDUCED)
        return antq__error_set(err, ANTQ_ERANGE, "/options/trend_mode", "expected 0 or 1, found %d", (int)o->trend_mode);
    if (o->pool_mode < 0 || o->pool_mode > ANTQ_POOL_RESIDENTIAL_ONLY)
        return antq__error_set(err, ANTQ_ERANGE, "/options/pool_mode", "expected 0 or 1, found %d", (int)o->pool_mode);
    if (o->emulation_mode < 0 || o->emulation_mode > ANTQ_EMULATION_INELIGIBLE_FAILS)
        return antq__error_set(err, ANTQ_ERANGE, "/options/emulation_mode", "expected 0 or 1, found %d",
                               (int)o->emulation_mode);
    if (o->new_rural_points < 0 || o->new_rural_points > ANTQ_NEW_RURAL_POINTS_A_G)
        return antq__error_set(err, ANTQ_ERANGE, "/options/new_rural_points", "expected 0 or 1, found %d",
                               (int)o->new_rural_points);
    if (o->decision_date && !antq_date_valid(o->decision_date))
        return antq__error_set(err, ANTQ_ERANGE, "/options/decision_date", "expected a real date, found %d",
                               (int)o->decision_date);
    if ((o->n_extra && !o->extra) || (o->n_authority && !o->authority_table))
        return antq__error_set(err, ANTQ_EINVAL, o->n_extra && !o->extra ? "/options/extra" : "/options/authority_table",
                               "expected an array, found NULL");
    for (size_t i = 0; i < o->n_extra; i++) {
        uint32_t events = (uint32_t)o->extra[i].fails_on_events;
        if (events & ~((1u << ANTQ_EVENT_KIND_COUNT) - 2u)) {
            char path[64];
            snprintf(path, sizeof path, "/options/extra/%zu/fails_on_events", i);
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a set of event kinds 1-%d, found 0x%x",
                                   ANTQ_EVENT_KIND_COUNT - 1, (unsigned)events);
        }
    }
    if (o->authority_table) {
        antq_error e;
        int rc = antq_authority_table_validate(o->authority_table, o->n_authority, &e);
        if (rc) {
            char path[ANTQ_ERROR_PATH_SIZE];
            snprintf(path, sizeof path, "/options%.200s", e.path);
            return antq__error_set(err, rc, path, "%s", e.message);
        }
    }
    if (o->period_start < 0 || o->period_start > ANTQ_PERIOD_START_SAME_DAY)
        return antq__error_set(err, ANTQ_ERANGE, "/options/period_start", "expected 0 or 1, found %d",
                               (int)o->period_start);
    if (o->n_delegations && !o->delegations)
        return antq__error_set(err, ANTQ_EINVAL, "/options/delegations", "expected an array, found NULL");
    if (o->n_delegations > ANTQ__MAX_DELEGATIONS)
        return antq__error_set(err, ANTQ_ERANGE, "/options/delegations", "expected at most %d delegations, found %zu",
                               ANTQ__MAX_DELEGATIONS, o->n_delegations);
    return validate_delegations(o, err);
}

/* A check's outcome from the outcomes of its facts (a bit each, 1u << outcome; predicates give 1-4, EXCLUDED
 * is set after): FAIL dominates, then UNKNOWN, then PASS; only NOT_APPLICABLE facts, or none: NOT_APPLICABLE. */
#define COMBINED(s)                                                                                                \
    ((s) & (1u << ANTQ_OUTCOME_FAIL)      ? ANTQ_OUTCOME_FAIL                                                       \
     : (s) & (1u << ANTQ_OUTCOME_UNKNOWN) ? ANTQ_OUTCOME_UNKNOWN                                                    \
     : (s) & (1u << ANTQ_OUTCOME_PASS)    ? ANTQ_OUTCOME_PASS                                                       \
                                          : ANTQ_OUTCOME_NOT_APPLICABLE)
#define COMBINED8(s)                                                                                               \
    COMBINED(s), COMBINED((s) + 1), COMBINED((s) + 2), COMBINED((s) + 3), COMBINED((s) + 4), COMBINED((s) + 5),   \
        COMBINED((s) + 6), COMBINED((s) + 7)
static int combine(unsigned seen)
{
    static const unsigned char by_seen[32] = {COMBINED8(0), COMBINED8(8), COMBINED8(16), COMBINED8(24)};
    return by_seen[seen & 31]; /* a table: no branch to mispredict */
}
#undef COMBINED8
#undef COMBINED

typedef struct pending_check {
    const antq__row *row;
    int outcome;
    size_t first, count;
} pending_check;

#define MAX_CHECKS 64

/* The catalogue rows that apply to the unit's kind at the period end, in
 * catalogue order (124/2021 rows, then 23/2012 rows): a pass over every row. */
static size_t scan_rows(int kind, int32_t end, const antq__row **out, size_t cap)
{
    const uint32_t bit = ANTQ_KIND_BIT(kind);
    size_t n = 0;
    for (int t = 0; t < 2; t++) {
        const antq__row *row = t ? antq__c23_rows : antq__c124_rows;
        const antq__row *stop = row + (t ? antq__c23_count : antq__c124_count);
        for (; row < stop; row++) {
            if (!(row->pub.kinds & bit) || end < row->pub.valid_from || end > row->pub.valid_to)
                continue;
            if (n == cap)
                return n;
            out[n++] = row;
        }
    }
    return n;
}

/* The rows of each table per unit kind (indices into antq__c124_rows and
 * antq__c23_rows, in table order), written down from lib/rules/c124_2021.c and
 * lib/rules/c23_2012.c: an evaluation then reads only its own rows, where a scan
 * of every row costs a cache miss per row once a large dataset has pushed the
 * catalogue out of the cache. Used only while the tables have the row counts
 * below; in builds with assertions (all but release builds, so the test suites)
 * every use is checked against scan_rows(). */
enum { ROWS_C124 = 36, ROWS_C23 = 10 };
static const uint8_t c124_ra[] = {3, 4, 5, 6, 7, 8, 9, 10, 11, 33, 34, 35};
static const uint8_t c124_cw[] = {12, 13, 14, 15, 16, 17, 33, 34, 35};
static const uint8_t c124_ag[] = {0, 18, 19, 20, 21, 22, 23, 24, 25, 26, 33, 34, 35};
static const uint8_t c124_en[] = {1, 18, 19, 20, 21, 22, 23, 24, 25, 26, 33, 34, 35};
static const uint8_t c124_ei[] = {2, 27, 28, 29, 30, 31, 32, 33, 34, 35};
static const uint8_t c23_ra[] = {0, 1};
static const uint8_t c23_cw[] = {2, 3, 4, 5};
static const uint8_t c23_ae[] = {6, 7, 8};
static const uint8_t c23_ei[] = {9};
static const struct kind_rows {
    const uint8_t *idx;
    size_t n;
} kind_rows[2][ANTQ_KIND_COUNT] = {
    {{NULL, 0}, {c124_ra, sizeof c124_ra}, {c124_cw, sizeof c124_cw}, {c124_ag, sizeof c124_ag},
     {c124_en, sizeof c124_en}, {c124_ei, sizeof c124_ei}},
    {{NULL, 0}, {c23_ra, sizeof c23_ra}, {c23_cw, sizeof c23_cw}, {c23_ae, sizeof c23_ae}, {c23_ae, sizeof c23_ae},
     {c23_ei, sizeof c23_ei}},
};

static size_t applicable_rows(int kind, int32_t end, const antq__row **out, size_t cap)
{
    if (antq__c124_count != ROWS_C124 || antq__c23_count != ROWS_C23 || cap < ROWS_C124 + ROWS_C23)
        return scan_rows(kind, end, out, cap);
    size_t n = 0;
    for (int t = 0; t < 2; t++) {
        const antq__row *base = t ? antq__c23_rows : antq__c124_rows;
        const struct kind_rows *kr = &kind_rows[t][kind]; /* kind validated: 1-5 */
        for (size_t j = 0; j < kr->n; j++) {
            const antq__row *row = &base[kr->idx[j]];
            out[n] = row;
            n += end >= row->pub.valid_from && end <= row->pub.valid_to;
        }
    }
#ifndef NDEBUG
    const antq__row *check[ROWS_C124 + ROWS_C23];
    size_t m = scan_rows(kind, end, check, ANTQ__ARRAY_LEN(check));
    assert(m == n && memcmp(check, out, n * sizeof *out) == 0 && "kind_rows no longer matches lib/rules/");
#endif
    return n;
}

/* The rows of a standard other than SAFE that apply to the unit's kind at the
 * period end; *any_date is set when the standard has rows for the kind at all. */
static size_t standard_rows(const antq__ctx *ctx, int standard, const antq__row **out, size_t cap, int *any_date)
{
    const uint32_t bit = ANTQ_KIND_BIT(ctx->unit->kind);
    size_t n = 0;
    *any_date = 0;
    for (size_t i = 0; i < antq__reused_count; i++) {
        const antq__row *row = &antq__reused_rows[i];
        if (row->standard != standard || !(row->pub.kinds & bit))
            continue;
        *any_date = 1;
        if (ctx->end < row->pub.valid_from || ctx->end > row->pub.valid_to || n == cap)
            continue;
        out[n++] = row;
    }
    return n;
}

/* Order rows[0..n) by role (scope, standard, procedure), keeping the catalogue order within a role;
 * end[r] is where the rows of role r end (end[0] = 0). Rows of no known role are dropped. */
static void group_by_role(const antq__row **rows, size_t n, size_t end[4])
{
    const antq__row *by_role[ANTQ__MAX_ROWS];
    size_t k = 0;
    end[0] = 0;
    for (int role = ANTQ_CRITERION_SCOPE; role <= ANTQ_CRITERION_PROCEDURE; role++) {
        for (size_t i = 0; i < n; i++)
            if (rows[i]->pub.role == role)
                by_role[k++] = rows[i];
        end[role] = k;
    }
    memcpy(rows, by_role, k * sizeof *rows);
}

void antq__eval_env_init(antq__eval_env *env, const antq_options *opts, int year, antq__arena *arena)
{
    antq_options full;
    opts = antq__options_current(opts, &full);
    memset(env, 0, sizeof *env);
    env->arena = arena;
    env->year = year;
    for (int k = ANTQ_KIND_UNKNOWN + 1; k < ANTQ_KIND_COUNT; k++) {
        struct antq__kind_plan *p = &env->kinds[k];
        p->rc = antq__period_for(k, year, opts->school_year_end_mmdd, opts->period_start, &p->start, &p->end,
                                 &p->ruleset);
        if (p->rc == ANTQ_OK)
            p->n_rows = applicable_rows(k, p->end, p->rows, ANTQ__ARRAY_LEN(p->rows));
        group_by_role(p->rows, p->n_rows, p->role_end);
        /* the decision date of a unit whose evidence records none (antq__evaluate()) */
        p->authority.date = opts->decision_date ? opts->decision_date : p->end;
    }
}

/* The checks of the rows of one role (rows[0..n_rows), from group_by_role()), appended to out[n..]; a bit per
 * outcome of those checks in *outcomes (1u << outcome). */
static size_t run_rows(antq__ctx *ctx, int role, const antq__row *const *rows, size_t n_rows, pending_check *out,
                       size_t n, unsigned *outcomes)
{
    for (size_t i = 0; i < n_rows && n < MAX_CHECKS; i++) {
        const antq__row *row = rows[i];
        size_t first = ctx->n_facts;
        ctx->check_first = first;
        ctx->seen = 0;
        row->predicate(ctx, row);
        if (ctx->failed)
            return n;
        out[n].row = row;
        out[n].first = first;
        out[n].count = ctx->n_facts - first;
        out[n].outcome = combine(ctx->seen);
#ifndef NDEBUG
        unsigned seen = 0; /* the predicates kept ctx->seen right */
        for (size_t k = first; k < ctx->n_facts; k++)
            seen |= 1u << (ctx->facts[k].outcome & 31);
        assert(seen == ctx->seen && "a predicate changed a fact's outcome without recomputing ctx->seen");
#endif
        if (role == ANTQ_CRITERION_SCOPE && out[n].outcome == ANTQ_OUTCOME_FAIL) {
            /* Art. 1.2: not meeting a scope rule excludes the unit; it is no failure */
            out[n].outcome = ANTQ_OUTCOME_EXCLUDED;
            for (size_t k = first; k < ctx->n_facts; k++)
                if (ctx->facts[k].outcome == ANTQ_OUTCOME_FAIL)
                    ctx->facts[k].outcome = ANTQ_OUTCOME_EXCLUDED;
        }
        *outcomes |= 1u << out[n].outcome;
        n++;
    }
    return n;
}

int antq_evaluate(antq_result **out, const antq_unit *unit, const antq_evidence *ev, const antq_rollup *rollup,
                  const antq_event *territory, size_t n_territory, const antq_options *opts, antq_error *err)
{
    return antq__evaluate(out, ANTQ_STANDARD_SAFE, unit, ev, rollup, territory, n_territory, opts, NULL, err);
}

int antq_evaluate_standard(antq_result **out, int standard, const antq_unit *unit, const antq_evidence *ev,
                           const antq_rollup *rollup, const antq_event *territory, size_t n_territory,
                           const antq_options *opts, antq_error *err)
{
    if (out && (standard < 0 || standard >= ANTQ_STANDARD_COUNT)) {
        *out = NULL;
        return antq__error_set(err, ANTQ_EINVAL, "/standard", "expected a standard 0 to %d, found %d",
                               ANTQ_STANDARD_COUNT - 1, standard);
    }
    return antq__evaluate(out, standard, unit, ev, rollup, territory, n_territory, opts, NULL, err);
}

/* The result's fields beside its unit, checks and facts. */
static void set_summary(antq_result *r, int standard, const antq_unit *unit, const antq_evidence *ev,
                        const antq__ctx *ctx, const antq__recognition *rec, int verdict, int irregular)
{
    r->kind = unit->kind;
    r->standard = standard;
    r->year = ev->year;
    r->verdict = verdict;
    r->registered = ev->registered;
    if (r->registered == ANTQ_UNKNOWN && ev->registration_date != ANTQ_DATE_UNKNOWN)
        r->registered = ANTQ_YES;
    r->start = ctx->start;
    r->end = ctx->end;
    r->ruleset = ctx->ruleset;
    r->authority = rec->authority;
    r->level = rec->level;
    r->reserved = 0;
    r->delegated = rec->delegation && rec->issue == ANTQ_DELEGATION_VALID;
    if (r->delegated) {
        r->delegation = *rec->delegation;
        if (r->delegation.unit_id)
            r->delegation.unit_id = r->unit_id; /* the only unit a delegation naming a unit applies to */
    } else {
        r->delegation = (antq_delegation){0};
    }
    r->irregular = irregular;
}

static int evaluate(antq_result **out, antq_result *summary, int standard, const antq_unit *unit,
                    const antq_evidence *ev, const antq_rollup *rollup, const antq_event *territory,
                    size_t n_territory, const antq_options *opts, antq__eval_env *env, antq_error *err);

int antq__evaluate(antq_result **out, int standard, const antq_unit *unit, const antq_evidence *ev,
                   const antq_rollup *rollup, const antq_event *territory, size_t n_territory,
                   const antq_options *opts, antq__eval_env *env, antq_error *err)
{
    if (!out)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer, found NULL");
    *out = NULL;
    return evaluate(out, NULL, standard, unit, ev, rollup, territory, n_territory, opts, env, err);
}

int antq__evaluate_summary(antq_result *summary, const antq_unit *unit, const antq_evidence *ev,
                           const antq_rollup *rollup, const antq_event *territory, size_t n_territory,
                           const antq_options *opts, antq__eval_env *env, antq_error *err)
{
    return evaluate(NULL, summary, ANTQ_STANDARD_SAFE, unit, ev, rollup, territory, n_territory, opts, env, err);
}

/* out: the whole result, written to *out; else summary: its summary (no checks or facts), written there */
static int evaluate(antq_result **out, antq_result *summary, int standard, const antq_unit *unit,
                    const antq_evidence *ev, const antq_rollup *rollup, const antq_event *territory,
                    size_t n_territory, const antq_options *opts, antq__eval_env *env, antq_error *err)
{
    const int checked = env != NULL;
    antq__arena *arena = env ? env->arena : NULL;
    antq_options defaults, full;
    if (!opts) {
        antq_options_init(&defaults, ANTQ_OPTIONS_VERSION);
        opts = &defaults;
    }
    int rc;
    if (!checked && (rc = antq__options_validate(opts, err)) != ANTQ_OK)
        return rc;
    opts = antq__options_current(opts, &full);
    if (!checked && (rc = antq_unit_validate(unit, err)) != ANTQ_OK)
        return rc;
    if (!checked && (rc = antq_evidence_validate(ev, unit, err)) != ANTQ_OK)
        return rc;
    if (n_territory && !territory)
        return antq__error_set(err, ANTQ_EINVAL, "/territory_events", "expected %zu events, found NULL", n_territory);
    if (rollup && rollup->size != sizeof *rollup)
        return antq__error_set(err, ANTQ_EVERSION, "/rollup/size", "expected a roll-up from antq_rollup_init() (size %u), found size %u",
                               (unsigned)sizeof *rollup, (unsigned)rollup->size);
    if (rollup && unit->kind != ANTQ_KIND_COMMUNE)
        return antq__error_set(err, ANTQ_EINVAL, "/rollup", "a roll-up is only valid for a commune, found a %s",
                               antq_unit_kind_name(unit->kind));
    if (rollup && rollup->year && rollup->year != ev->year)
        return antq__error_set(err, ANTQ_EINVAL, "/rollup/year", "expected member results of %d, found results of %d",
                               (int)ev->year, (int)rollup->year);

    antq__ctx ctx; /* every field set here (no memset: this runs for every unit of a dataset) */
    ctx.unit = unit;
    ctx.ev = ev;
    ctx.opts = opts;
    ctx.rollup = rollup;
    ctx.territory = territory;
    ctx.n_territory = n_territory;
    ctx.year = ev->year;
    ctx.recognition = NULL;
    ctx.n_facts = 0;
    ctx.facts_heap = 0;
    ctx.check_first = 0;
    ctx.seen = 0;
    ctx.failed = 0;
    ctx.safe = NULL;
    struct antq__kind_plan *plan = env && ev->year == env->year ? &env->kinds[unit->kind] : NULL;
    if (plan) {
        rc = plan->rc;
        ctx.start = plan->start;
        ctx.end = plan->end;
        ctx.ruleset = plan->ruleset;
    } else {
        rc = antq__period_for(unit->kind, ev->year, opts->school_year_end_mmdd, opts->period_start, &ctx.start,
                              &ctx.end, &ctx.ruleset);
    }
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
    const antq__row *rows_buf[ANTQ__MAX_ROWS];
    const antq__row *const *rows = rows_buf;
    size_t n_rows, end_buf[4];
    const size_t *end = end_buf; /* the rows of each role (group_by_role()) */
    if (standard == ANTQ_STANDARD_SAFE && plan) {
        rows = plan->rows;
        end = plan->role_end;
    } else if (standard == ANTQ_STANDARD_SAFE) {
        n_rows = applicable_rows(unit->kind, ctx.end, rows_buf, ANTQ__ARRAY_LEN(rows_buf));
        group_by_role(rows_buf, n_rows, end_buf);
    } else {
        int any_date;
        n_rows = standard_rows(&ctx, standard, rows_buf, ANTQ__ARRAY_LEN(rows_buf), &any_date);
        if (any_date && !n_rows)
            return antq__error_set(err, ANTQ_ENORULES, "/year", "no criteria of the standard \"%s\" govern the %s evaluation year %d",
                                   antq_standard_name(standard), antq_unit_kind_name(unit->kind), (int)ev->year);
        group_by_role(rows_buf, n_rows, end_buf);
    }
#define ROLE_ROWS(role) rows + end[(role) - 1], end[role] - end[(role) - 1]
    unsigned scope = 0, standard_outcomes = 0, procedure = 0; /* the outcomes of each role's checks */
    size_t n = run_rows(&ctx, ANTQ_CRITERION_SCOPE, ROLE_ROWS(ANTQ_CRITERION_SCOPE), checks, 0, &scope);
    int excluded = (scope >> ANTQ_OUTCOME_EXCLUDED) & 1, scope_unknown = (scope >> ANTQ_OUTCOME_UNKNOWN) & 1;
    /* who recognises the unit, on the decision date: as of the options, else the recorded decision, else the
     * period end (Art. 10, 10.5) */
    antq__recognition rec;
    antq__recognition_of(&rec, unit, opts,
                         opts->decision_date     ? opts->decision_date
                         : ev->decision_date ? ev->decision_date
                                             : ctx.end,
                         plan ? &plan->authority : NULL);
    ctx.recognition = &rec;
    size_t n_standard = n;
    if (!excluded) {
        n = run_rows(&ctx, ANTQ_CRITERION_STANDARD, ROLE_ROWS(ANTQ_CRITERION_STANDARD), checks, n,
                     &standard_outcomes);
        n_standard = n;
        size_t fact_end = ctx.n_facts;
        /* beside the verdict (Art. 9–10), and only when there is a delegation or a recorded decision */
        if (rec.delegation || ev->decision_date != ANTQ_DATE_UNKNOWN || ev->decision_body != ANTQ_BODY_UNKNOWN)
            n = run_rows(&ctx, ANTQ_CRITERION_PROCEDURE, ROLE_ROWS(ANTQ_CRITERION_PROCEDURE), checks, n,
                         &procedure);
#undef ROLE_ROWS
        /* a procedure check is kept only when there was something to check (a delegation, a decision);
         * its facts are the last ones: those of a dropped check go too */
        size_t kept = n_standard;
        for (size_t i = n_standard; i < n && !ctx.failed; i++) {
            if (checks[i].outcome == ANTQ_OUTCOME_NOT_APPLICABLE)
                continue;
            memmove(ctx.facts + fact_end, ctx.facts + checks[i].first, checks[i].count * sizeof *ctx.facts);
            checks[i].first = fact_end;
            fact_end += checks[i].count;
            checks[kept++] = checks[i];
        }
        if (!ctx.failed)
            ctx.n_facts = fact_end;
        n = kept;
    }
    if (ctx.facts_heap)
        heap = ctx.facts;
    antq_result_free(ctx.safe);
    if (ctx.failed) {
        antq__free(heap);
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory while evaluating \"%s\"", unit->id);
    }

    int irregular = (procedure >> ANTQ_OUTCOME_FAIL) & 1; /* a procedure check failed (only NOT_APPLICABLE ones
                                                            * were dropped) */
    int verdict = ANTQ_VERDICT_CERTIFIED;
    if (excluded) {
        verdict = ANTQ_VERDICT_NOT_ELIGIBLE;
    } else {
        /* scope checks are never FAIL (EXCLUDED instead) and their UNKNOWN is scope_unknown */
        int fail = (standard_outcomes >> ANTQ_OUTCOME_FAIL) & 1;
        int unknown = scope_unknown | ((standard_outcomes >> ANTQ_OUTCOME_UNKNOWN) & 1);
        verdict = scope_unknown ? ANTQ_VERDICT_UNDETERMINED
                  : fail        ? ANTQ_VERDICT_NOT_CERTIFIED
                  : unknown     ? ANTQ_VERDICT_UNDETERMINED
                                : ANTQ_VERDICT_CERTIFIED;
        int applies = standard == ANTQ_STANDARD_SAFE; /* another standard with nothing that applies to the unit:
                                                        * not eligible */
        for (size_t i = 0; !applies && i < n; i++)
            applies = checks[i].outcome != ANTQ_OUTCOME_NOT_APPLICABLE;
        if (!applies)
            verdict = ANTQ_VERDICT_NOT_ELIGIBLE;
    }

    if (summary) { /* a dataset's unit (checked): its strings outlive the summary */
        antq__free(heap);
        summary->unit_id = unit->id;
        summary->unit_name = unit->name;
        summary->parent_id = unit->parent_id;
        summary->checks = NULL;
        summary->n_checks = 0;
        summary->facts = NULL;
        summary->n_facts = 0;
        set_summary(summary, standard, unit, ev, &ctx, &rec, verdict, irregular);
        return ANTQ_OK;
    }
    /* one allocation: result, checks, facts, then the strings they carry; a dataset's unit (checked) keeps
     * its strings, which outlive the evaluation */
    size_t id_len = checked ? 0 : strlen(unit->id) + 1, name_len = unit->name && !checked ? strlen(unit->name) + 1 : 0;
    size_t parent_len = unit->parent_id && !checked ? strlen(unit->parent_id) + 1 : 0;
    size_t strings = id_len + name_len + parent_len, subjects = 0;
    for (size_t i = 0; i < ctx.n_facts; i++)
        if (ctx.facts[i].subject) {
            strings += strlen(ctx.facts[i].subject) + 1;
            subjects++;
        }
    size_t size = sizeof(antq_result) + n * sizeof(antq_check) + ctx.n_facts * sizeof(antq_fact) + strings;
    antq_result *r = arena                ? antq__arena_alloc_uninit(arena, size) /* every byte set below */
                     : env && env->shelf ? antq__shelf_alloc(env->shelf, size)
                                         : antq__malloc(size);
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
    r->unit_id = unit->id;
    r->unit_name = unit->name;
    r->parent_id = unit->parent_id;
    if (!checked) {
        memcpy(s, unit->id, id_len);
        r->unit_id = s;
        s += id_len;
    }
    if (name_len) {
        memcpy(s, unit->name, name_len);
        r->unit_name = s;
        s += name_len;
    }
    if (parent_len) {
        memcpy(s, unit->parent_id, parent_len);
        r->parent_id = s;
        s += parent_len;
    }
    for (size_t i = 0; subjects && i < ctx.n_facts; i++)
        if (r->facts[i].subject) {
            subjects--;
            size_t len = strlen(r->facts[i].subject) + 1;
            memcpy(s, r->facts[i].subject, len);
            r->facts[i].subject = s;
            s += len;
        }
    for (size_t i = 0; i < n; i++) {
        r->checks[i].criterion = &checks[i].row->pub;
        r->checks[i].outcome = checks[i].outcome;
        r->checks[i].reserved = 0;
        r->checks[i].facts = r->facts + checks[i].first;
        r->checks[i].n_facts = checks[i].count;
    }
    antq__free(heap);
    set_summary(r, standard, unit, ev, &ctx, &rec, verdict, irregular);
    *out = r;
    return ANTQ_OK;
}
