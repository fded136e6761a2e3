/* Predicates: each reads typed evidence and the parameters of its catalogue
 * row, and records the facts it compared. No thresholds here, no text.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <string.h>

/* Room for one more fact: the facts moved to the heap, twice as many (ctx->failed when out of memory). */
static int grow_facts(antq__ctx *ctx)
{
    size_t cap = ctx->cap_facts * 2;
    antq_fact *f = ctx->facts_heap ? antq__realloc(ctx->facts, cap * sizeof *f) : antq__malloc(cap * sizeof *f);
    if (!f) {
        ctx->failed = 1;
        return 0;
    }
    if (!ctx->facts_heap)
        memcpy(f, ctx->facts, ctx->n_facts * sizeof *f);
    ctx->facts_heap = 1;
    ctx->facts = f;
    ctx->cap_facts = cap;
    return 1;
}

/* The fact builder, inlined into the predicates here (antq__fact_add() for the others). */
static inline antq_fact *fact_add(antq__ctx *ctx, int kind, int outcome)
{
    if (ctx->failed || (ctx->n_facts == ctx->cap_facts && !grow_facts(ctx)))
        return NULL;
    antq_fact *f = &ctx->facts[ctx->n_facts++];
    *f = (antq_fact){.kind = kind, .outcome = outcome, .value = -1, .total = -1, .threshold_den = 1};
    ctx->seen |= 1u << (outcome & 31);
    return f;
}

antq_fact *antq__fact_add(antq__ctx *ctx, int kind, int outcome) { return fact_add(ctx, kind, outcome); }

static int tri_outcome(int32_t v)
{
    return v == ANTQ_YES ? ANTQ_OUTCOME_PASS : v == ANTQ_NO ? ANTQ_OUTCOME_FAIL : ANTQ_OUTCOME_UNKNOWN;
}

static antq_fact *tri_fact(antq__ctx *ctx, int kind, int32_t v, const char *missing)
{
    antq_fact *f = fact_add(ctx, kind, tri_outcome(v));
    if (f) {
        f->op = ANTQ_OP_TRUE;
        f->value = v == ANTQ_UNKNOWN ? -1 : v;
        f->threshold_num = 1;
        f->gap = v == ANTQ_YES ? 0 : -1;
        if (v == ANTQ_UNKNOWN)
            f->missing = missing;
    }
    return f;
}

static void na_fact(antq__ctx *ctx, int kind, int64_t value)
{
    antq_fact *f = fact_add(ctx, kind, ANTQ_OUTCOME_NOT_APPLICABLE);
    if (f)
        f->value = value;
}

/* part must equal whole ("100%", "all"). */
static void all_fact(antq__ctx *ctx, int kind, int64_t part, int64_t whole, const char *missing_part,
                     const char *missing_whole)
{
    int oc = part < 0 || whole < 0 ? ANTQ_OUTCOME_UNKNOWN : part == whole ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_FAIL;
    antq_fact *f = fact_add(ctx, kind, oc);
    if (!f)
        return;
    f->op = ANTQ_OP_EQ_ALL;
    f->value = part;
    f->total = whole;
    f->threshold_num = 100;
    f->threshold_den = 100;
    f->gap = oc == ANTQ_OUTCOME_UNKNOWN ? -1 : whole - part;
    if (oc == ANTQ_OUTCOME_UNKNOWN)
        f->missing = whole < 0 ? missing_whole : missing_part;
}

/* Smallest k ≥ 0 with (part + k) * den ≥ num * whole. */
static int64_t ratio_gap(int64_t part, int64_t whole, int64_t num, int64_t den)
{
    antq__i128 need = (antq__i128)num * whole - (antq__i128)part * den; /* exact: counts up to 2^53 - 1 */
    return need <= 0 ? 0 : (int64_t)((need + den - 1) / den);
}

/* part (+ up to `open` more whose state is unknown) of whole, required ≥ num/den,
 * in exact integer arithmetic (IND-05). */
static void ratio_fact(antq__ctx *ctx, int kind, int64_t part, int64_t open, int64_t whole, int64_t num, int64_t den,
                       const char *missing)
{
    int oc;
    if (part < 0 || whole < 0 || open < 0)
        oc = ANTQ_OUTCOME_UNKNOWN;
    else if (antq__cmp_products(part, den, num, whole) >= 0)
        oc = ANTQ_OUTCOME_PASS;
    else if (antq__cmp_products(part + open, den, num, whole) < 0)
        oc = ANTQ_OUTCOME_FAIL;
    else
        oc = ANTQ_OUTCOME_UNKNOWN;
    antq_fact *f = fact_add(ctx, kind, oc);
    if (!f)
        return;
    f->op = ANTQ_OP_GE;
    f->value = part;
    f->total = whole;
    f->threshold_num = num;
    f->threshold_den = den;
    f->gap = part < 0 || whole < 0 ? -1 : ratio_gap(part, whole, num, den);
    if (oc == ANTQ_OUTCOME_UNKNOWN)
        f->missing = missing;
}

static void date_fact(antq__ctx *ctx, int kind, int32_t date, int32_t lo, int32_t hi, const char *missing)
{
    int oc = date == ANTQ_DATE_UNKNOWN ? ANTQ_OUTCOME_UNKNOWN
             : date >= lo && date <= hi ? ANTQ_OUTCOME_PASS
                                        : ANTQ_OUTCOME_FAIL;
    antq_fact *f = fact_add(ctx, kind, oc);
    if (!f)
        return;
    f->op = ANTQ_OP_IN_RANGE;
    f->value = date == ANTQ_DATE_UNKNOWN ? -1 : date;
    f->date = date;
    f->threshold_num = lo;
    f->threshold_den = hi;
    f->gap = -1;
    if (oc == ANTQ_OUTCOME_UNKNOWN)
        f->missing = missing;
}

static void min_count_fact(antq__ctx *ctx, int kind, int64_t v, int64_t min, const char *missing)
{
    int oc = v < 0 ? ANTQ_OUTCOME_UNKNOWN : v >= min ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_FAIL;
    antq_fact *f = fact_add(ctx, kind, oc);
    if (!f)
        return;
    f->op = ANTQ_OP_GE;
    f->value = v;
    f->threshold_num = min;
    f->threshold_den = 1;
    f->gap = v < 0 ? -1 : v >= min ? 0 : min - v;
    if (oc == ANTQ_OUTCOME_UNKNOWN)
        f->missing = missing;
}

static int in_period(const antq__ctx *ctx, int32_t date) { return date >= ctx->start && date <= ctx->end; }

/* Does a discipline level reach the bar `min` (N4)? */
static int discipline_reaches_opts(const antq_options *opts, int level, int min)
{
    if (level == ANTQ_DISCIPLINE_PAY_RISE_DEFERRAL && min == ANTQ_DISCIPLINE_WARNING)
        return opts->deferral_is_warning != 0;
    return level >= min;
}

static int discipline_reaches(const antq__ctx *ctx, int level, int min)
{
    return discipline_reaches_opts(ctx->opts, level, min);
}

/* No one of the row's roles disciplined at or above the row's level in the period. */
static void discipline_fact(antq__ctx *ctx, const antq__row *row)
{
    const antq_evidence *ev = ctx->ev;
    int64_t count = 0;
    int32_t first = 0;
    int role = 0, max_level = 0;
    for (size_t i = 0; i < ev->n_disciplines; i++) {
        const antq_discipline *d = &ev->disciplines[i];
        if (!(row->p.role_mask & (1u << d->role)) || !in_period(ctx, d->date) ||
            !discipline_reaches(ctx, d->level, row->p.discipline_min))
            continue;
        if (!count || d->date < first) {
            first = d->date;
            role = d->role;
        }
        if (d->level > max_level)
            max_level = d->level;
        count++;
    }
    if (!role)
        for (int r = 1; r <= ANTQ_ROLE_NEIGHBOURHOOD_PROTECTION && !role; r++)
            if (row->p.role_mask & (1u << r))
                role = r;
    int oc = count ? ANTQ_OUTCOME_FAIL : ev->disciplines_recorded == ANTQ_YES ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_UNKNOWN;
    antq_fact *f = fact_add(ctx, ANTQ_FACT_DISCIPLINED, oc);
    if (!f)
        return;
    f->op = ANTQ_OP_ZERO;
    f->detail = role;
    f->value = oc == ANTQ_OUTCOME_UNKNOWN ? -1 : count;
    f->threshold_num = row->p.discipline_min;
    f->level = max_level;
    f->date = first;
    f->gap = oc == ANTQ_OUTCOME_UNKNOWN ? -1 : count;
    if (oc == ANTQ_OUTCOME_UNKNOWN)
        f->missing = "disciplines";
}

/* ---- scope (Art. 1.2.b): FAIL means "excluded" */

void antq__pred_scope_armed_forces(antq__ctx *ctx, const antq__row *row)
{
    (void)row;
    int32_t v = ctx->unit->armed_forces;
    antq_fact *f = fact_add(ctx, ANTQ_FACT_SCOPE_ARMED_FORCES,
                            v == ANTQ_YES ? ANTQ_OUTCOME_FAIL : v == ANTQ_NO ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_UNKNOWN);
    if (f) {
        f->value = v == ANTQ_UNKNOWN ? -1 : v;
        if (v == ANTQ_UNKNOWN)
            f->missing = "armed_forces";
    }
}

void antq__pred_scope_enterprise_size(antq__ctx *ctx, const antq__row *row)
{
    (void)row;
    int32_t s = ctx->unit->enterprise_size;
    int oc = s == ANTQ_SIZE_UNKNOWN ? ANTQ_OUTCOME_UNKNOWN
             : s == ANTQ_SIZE_MICRO || s == ANTQ_SIZE_SMALL ? ANTQ_OUTCOME_FAIL
                                                            : ANTQ_OUTCOME_PASS;
    antq_fact *f = fact_add(ctx, ANTQ_FACT_SCOPE_SMALL_ENTERPRISE, oc);
    if (f) {
        f->value = s;
        if (oc == ANTQ_OUTCOME_UNKNOWN)
            f->missing = "enterprise_size";
    }
}

void antq__pred_scope_education_level(antq__ctx *ctx, const antq__row *row)
{
    (void)row;
    int32_t l = ctx->unit->education_level;
    int oc = l == ANTQ_EDU_UNKNOWN ? ANTQ_OUTCOME_UNKNOWN
             : l == ANTQ_EDU_NURSERY || l == ANTQ_EDU_KINDERGARTEN || l == ANTQ_EDU_PRIMARY ? ANTQ_OUTCOME_FAIL
                                                                                           : ANTQ_OUTCOME_PASS;
    antq_fact *f = fact_add(ctx, ANTQ_FACT_SCOPE_PRIMARY_PRESCHOOL, oc);
    if (f) {
        f->value = l;
        if (oc == ANTQ_OUTCOME_UNKNOWN)
            f->missing = "education_level";
    }
}

/* ---- registration and dated documents (Art. 4.1, 5.1, 6.1, 7.1; 9.2.a) */

void antq__pred_documents(antq__ctx *ctx, const antq__row *row)
{
    const antq_evidence *ev = ctx->ev;
    int docs = row->p.docs;
    int32_t lo = ctx->start, hi = ctx->end;
    if (row->p.window_from) {
        lo = antq__date_ymd(ctx->year, row->p.window_from);
        hi = antq__date_ymd(ctx->year, row->p.window_to);
    }
    if (docs & ANTQ__DOC_REGISTERED) {
        int32_t reg = ev->registered;
        if (reg == ANTQ_UNKNOWN && ev->registration_date != ANTQ_DATE_UNKNOWN)
            reg = ANTQ_YES;
        tri_fact(ctx, ANTQ_FACT_REGISTERED, reg, "registered");
        if (reg == ANTQ_NO)
            return; /* a unit that did not register is not appraised (C124-SC-07) */
    }
    if (docs & ANTQ__DOC_RESOLUTION)
        date_fact(ctx, ANTQ_FACT_RESOLUTION_DATE, ev->party_resolution_date, lo, hi, "party_resolution_date");
    if (docs & ANTQ__DOC_RESOLUTION_IF_PARTY) {
        int32_t party = ctx->unit->has_party_org;
        if (party == ANTQ_YES)
            date_fact(ctx, ANTQ_FACT_RESOLUTION_DATE, ev->party_resolution_date, lo, hi, "party_resolution_date");
        else if (party == ANTQ_NO)
            na_fact(ctx, ANTQ_FACT_PARTY_ORG, 0);
        else
            tri_fact(ctx, ANTQ_FACT_PARTY_ORG, ANTQ_UNKNOWN, "has_party_org");
    }
    if (docs & ANTQ__DOC_PLAN)
        date_fact(ctx, ANTQ_FACT_PLAN_DATE, ev->plan_date, lo, hi, "plan_date");
    if (docs & ANTQ__DOC_REGISTRATION)
        date_fact(ctx, ANTQ_FACT_REGISTRATION_DATE, ev->registration_date, lo, hi, "registration_date");
}

void antq__pred_households_registered(antq__ctx *ctx, const antq__row *row)
{
    (void)row;
    all_fact(ctx, ANTQ_FACT_HOUSEHOLDS_REGISTERED, ctx->ev->households_registered, ctx->ev->households_resident,
             "households_registered", "households_resident");
}

void antq__pred_households_committed(antq__ctx *ctx, const antq__row *row)
{
    antq__pred_documents(ctx, row);
    all_fact(ctx, ANTQ_FACT_HOUSEHOLDS_COMMITTED, ctx->ev->households_committed, ctx->ev->households_resident,
             "households_committed", "households_resident");
}

void antq__pred_implements_policy(antq__ctx *ctx, const antq__row *row)
{
    (void)row;
    tri_fact(ctx, ANTQ_FACT_IMPLEMENTS_POLICY, ctx->ev->implements_policy, "implements_policy");
}

/* ---- closed lists of events (Art. 4.3, 4.4.b–d, 6.3, 7.3, 7.4) */

typedef struct event_tally {
    int64_t counted, uncertain;
    int32_t first_date;
    int level;
    const char *missing;
    const char *subject;
} event_tally;

/* How a row sees one event of the period start..end: ignored, counted, or
 * uncertain (*missing names what is not reported). */
enum { EVENT_IGNORED = 0, EVENT_COUNTED = 1, EVENT_UNCERTAIN = 2 };

static int event_class(const antq__row *row, const antq_event *e, int32_t start, int32_t end, const antq_options *opts,
                       const char **missing_out)
{
    unsigned bit = ANTQ_EVENT_BIT(e->kind);
    if (!(row->p.event_mask & bit) || e->date < start || e->date > end)
        return EVENT_IGNORED;
    const char *missing = NULL;
    if (e->kind == ANTQ_EVENT_CRIME && row->p.min_severity) {
        if (e->severity == ANTQ_SEVERITY_UNKNOWN)
            missing = "severity";
        else if (e->severity < row->p.min_severity)
            return EVENT_IGNORED; /* a less-serious crime does not trigger the item (it counts for Art. 4.4.a) */
    }
    if ((e->kind == ANTQ_EVENT_STAFF_SOCIAL_EVIL || e->kind == ANTQ_EVENT_MEMBER_CRIME_OR_EVIL) &&
        row->p.discipline_min > 0) {
        if (e->discipline < 0)
            missing = "discipline";
        else if (!discipline_reaches_opts(opts, e->discipline, row->p.discipline_min))
            return EVENT_IGNORED;
    }
    int fm = (row->p.fm_mask & bit) != 0, prompt = (row->p.prompt_mask & bit) != 0;
    if ((fm && e->force_majeure == ANTQ_YES) || (prompt && e->handled_promptly == ANTQ_YES))
        return EVENT_IGNORED; /* excused where, and only where, the law gives the escape (N3) */
    if (!missing && fm && e->force_majeure == ANTQ_UNKNOWN)
        missing = "force_majeure";
    if (!missing && prompt && e->handled_promptly == ANTQ_UNKNOWN)
        missing = "handled_promptly";
    *missing_out = missing;
    return missing ? EVENT_UNCERTAIN : EVENT_COUNTED;
}

static int row_sees_event(const antq__row *row, const antq_event *e, int32_t start, int32_t end,
                          const antq_options *opts)
{
    const char *missing = NULL;
    return event_class(row, e, start, end, opts, &missing) != EVENT_IGNORED;
}

/* 1 when a commune evaluated for the period start..end may count the event of
 * one of its members (some row it runs, itself or through its imports, does not
 * ignore it): the NDJSON stream keeps only those. Declared again in
 * lib/io/stream.c. */
ANTQ__HIDDEN int antq__commune_needs_event(const antq_event *e, int32_t start, int32_t end, const antq_options *opts);
int antq__commune_needs_event(const antq_event *e, int32_t start, int32_t end, const antq_options *opts)
{
    if (e->kind <= ANTQ_EVENT_UNKNOWN || e->kind >= ANTQ_EVENT_KIND_COUNT)
        return 0; /* territory events of other kinds are skipped by antq__pred_no_events */
    for (size_t i = 0; i < opts->n_extra; i++) /* a provincial criterion of communes read from events (Art. 8.1) */
        if ((opts->extra[i].kinds & ANTQ_KIND_BIT(ANTQ_KIND_COMMUNE)) &&
            ((uint32_t)opts->extra[i].fails_on_events & ANTQ_EVENT_BIT(e->kind)) && e->date >= start && e->date <= end)
            return 1;
    const antq__row *const tables[2] = {antq__c124_rows, antq__c23_rows};
    const size_t counts[2] = {antq__c124_count, antq__c23_count};
    for (size_t t = 0; t < 2; t++)
        for (size_t i = 0; i < counts[t]; i++) {
            const antq__row *row = &tables[t][i];
            if (!antq_criterion_applies(&row->pub, ANTQ_KIND_COMMUNE, end))
                continue;
            if (row_sees_event(row, e, start, end, opts))
                return 1;
            for (const char *const *id = row->imports; id && *id; id++) {
                const antq__row *r = antq__row_find(*id);
                if (r && row_sees_event(r, e, start, end, opts))
                    return 1;
            }
        }
    return 0;
}

static void tally_event(const antq__ctx *ctx, const antq__row *row, const antq_event *e, event_tally *t)
{
    const char *missing = NULL;
    int k = event_class(row, e, ctx->start, ctx->end, ctx->opts, &missing);
    if (k == EVENT_IGNORED)
        return;
    if (k == EVENT_UNCERTAIN) {
        if (!t->uncertain && !t->missing)
            t->missing = missing;
        t->uncertain++;
        return;
    }
    if (!t->counted || e->date < t->first_date) {
        t->first_date = e->date;
        t->subject = e->unit_id;
    }
    if (e->kind == ANTQ_EVENT_CRIME && e->severity > t->level)
        t->level = e->severity;
    if (e->kind != ANTQ_EVENT_CRIME && e->discipline > t->level)
        t->level = e->discipline;
    t->counted++;
}

void antq__pred_no_events(antq__ctx *ctx, const antq__row *row)
{
    const antq_evidence *ev = ctx->ev;
    if (!ev->n_events && !ctx->n_territory)
        goto none; /* nothing to tally (the common case) */
    /* a tally per event kind met (a bit each in met, zeroed when first met), read in kind order */
    _Static_assert(ANTQ_EVENT_KIND_COUNT <= 32, "event kinds fit a 32-bit set");
    event_tally tally[ANTQ_EVENT_KIND_COUNT];
    uint32_t met = 0;
    for (size_t i = 0; i < ev->n_events + ctx->n_territory; i++) {
        const antq_event *e = i < ev->n_events ? &ev->events[i] : &ctx->territory[i - ev->n_events];
        if (e->kind <= 0 || e->kind >= ANTQ_EVENT_KIND_COUNT) /* a unit's own events are validated: 1 to 23 */
            continue;
        if (!(met & 1u << e->kind)) {
            met |= 1u << e->kind;
            memset(&tally[e->kind], 0, sizeof tally[e->kind]);
        }
        tally_event(ctx, row, e, &tally[e->kind]);
    }
    int any = 0;
    for (; met; met &= met - 1) {
        int k = __builtin_ctz(met);
        event_tally *t = &tally[k];
        if (!t->counted && !t->uncertain)
            continue;
        any = 1;
        antq_fact *f = fact_add(ctx, ANTQ_FACT_EVENTS, t->counted ? ANTQ_OUTCOME_FAIL : ANTQ_OUTCOME_UNKNOWN);
        if (!f)
            return;
        f->op = ANTQ_OP_ZERO;
        f->detail = k;
        f->value = t->counted ? t->counted : t->uncertain;
        f->date = t->first_date;
        f->level = t->level;
        f->gap = t->counted;
        f->subject = t->subject;
        if (!t->counted)
            f->missing = t->missing;
    }
    if (any)
        return;
none:;
    int oc = ev->events_recorded == ANTQ_YES ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_UNKNOWN;
    antq_fact *f = fact_add(ctx, ANTQ_FACT_EVENTS, oc);
    if (f) {
        f->op = ANTQ_OP_ZERO;
        f->value = oc == ANTQ_OUTCOME_PASS ? 0 : -1;
        if (oc == ANTQ_OUTCOME_UNKNOWN)
            f->missing = "events";
    }
}

/* ---- Art. 4.4.a: contained and reduced compared with the previous year (N1, N8) */

static void trend_fact(antq__ctx *ctx, int kind, int64_t cur, int64_t prev, const char *m_cur, const char *m_prev)
{
    int strict = ctx->opts->trend_mode == ANTQ_TREND_STRICTLY_REDUCED;
    int oc;
    if (cur < 0 || prev < 0)
        oc = ANTQ_OUTCOME_UNKNOWN;
    else if (strict)
        oc = cur < prev || (cur == 0 && prev == 0) ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_FAIL;
    else
        oc = cur <= prev ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_FAIL;
    antq_fact *f = fact_add(ctx, kind, oc);
    if (!f)
        return;
    f->op = strict ? ANTQ_OP_LT : ANTQ_OP_LE;
    f->value = cur;
    f->total = prev;
    f->gap = oc == ANTQ_OUTCOME_UNKNOWN ? -1 : oc == ANTQ_OUTCOME_PASS ? 0 : cur - prev + (strict ? 1 : 0);
    if (oc == ANTQ_OUTCOME_UNKNOWN)
        f->missing = cur < 0 ? m_cur : m_prev;
}

void antq__pred_trend(antq__ctx *ctx, const antq__row *row)
{
    (void)row;
    const antq_evidence *ev = ctx->ev;
    trend_fact(ctx, ANTQ_FACT_TREND_CRIMES, ev->crimes, ev->crimes_prev, "crimes", "crimes_prev");
    trend_fact(ctx, ANTQ_FACT_TREND_SOCIAL_EVILS, ev->social_evils, ev->social_evils_prev, "social_evils",
               "social_evils_prev");
    trend_fact(ctx, ANTQ_FACT_TREND_OTHER, ev->other_violations, ev->other_violations_prev, "other_violations",
               "other_violations_prev");
}

void antq__pred_no_new_evils(antq__ctx *ctx, const antq__row *row)
{
    antq__pred_no_events(ctx, row);
    tri_fact(ctx, ANTQ_FACT_SUPERVISION, ctx->ev->supervision_effective, "supervision_effective");
}

/* ---- forces and collectives */

void antq__pred_grassroots_team(antq__ctx *ctx, const antq__row *row)
{
    int r = ctx->ev->grassroots_rating;
    int oc = r == ANTQ_RATING_UNKNOWN ? ANTQ_OUTCOME_UNKNOWN : r >= row->p.rating_min ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_FAIL;
    antq_fact *f = fact_add(ctx, ANTQ_FACT_GRASSROOTS_RATING, oc);
    if (f) {
        f->op = ANTQ_OP_GE;
        f->value = r ? r : -1;
        f->threshold_num = row->p.rating_min;
        f->gap = -1;
        if (oc == ANTQ_OUTCOME_UNKNOWN)
            f->missing = "grassroots_rating";
    }
    discipline_fact(ctx, row);
}

void antq__pred_effective_models(antq__ctx *ctx, const antq__row *row)
{
    min_count_fact(ctx, ANTQ_FACT_EFFECTIVE_MODELS, ctx->ev->effective_models, row->p.min_count, "effective_models");
}

void antq__pred_imports(antq__ctx *ctx, const antq__row *row)
{
    for (const char *const *id = row->imports; id && *id; id++) {
        const antq__row *r = antq__row_find(*id);
        if (r && r->predicate)
            r->predicate(ctx, r);
    }
}

void antq__pred_commune_police(antq__ctx *ctx, const antq__row *row)
{
    tri_fact(ctx, ANTQ_FACT_POLICE_EFFECTIVE, ctx->ev->police_effective, "police_effective");
    discipline_fact(ctx, row);
}

/* ---- commune roll-up (Art. 5.4, N2) */

typedef struct pool_counts {
    int64_t total, registered, registration_unknown, certified, undetermined;
    /* members that may or may not be in the pool */
    int64_t maybe, maybe_registered, maybe_registration_unknown, maybe_certified, maybe_undetermined;
} pool_counts;

/* The members counted by a check: residential areas only, or residential areas
 * plus the agencies, enterprises and institutions under the commune's own or
 * delegated management (with those whose place is unknown as "maybe"). */
static pool_counts pool_of(const antq__ctx *ctx, int residential_only)
{
    pool_counts p;
    memset(&p, 0, sizeof p);
    const antq_rollup *r = ctx->rollup;
    if (r) {
        p.total = r->ra_total;
        p.registered = r->ra_registered;
        p.registration_unknown = r->ra_registration_unknown;
        p.certified = r->ra_certified;
        p.undetermined = r->ra_undetermined;
        if (!residential_only) {
            p.total += r->managed_total;
            p.registered += r->managed_registered;
            p.registration_unknown += r->managed_registration_unknown;
            p.certified += r->managed_certified;
            p.undetermined += r->managed_undetermined;
            p.maybe = r->uncertain_total;
            p.maybe_registered = r->uncertain_registered;
            p.maybe_registration_unknown = r->uncertain_registration_unknown;
            p.maybe_certified = r->uncertain_certified;
            p.maybe_undetermined = r->uncertain_undetermined;
        }
        return p;
    }
    p.total = ctx->ev->members_total;
    p.registered = ctx->ev->members_registered;
    p.certified = ctx->ev->members_certified;
    return p;
}

/* Art. 5.4, first condition (C124-CW-04a, V): every residential area, agency,
 * enterprise and institution under the commune's own or delegated management
 * registered. The pool choice N2 (#antq_pool_mode) concerns only the 70%
 * denominator: this count always covers every managed unit. */
void antq__pred_members_registered(antq__ctx *ctx, const antq__row *row)
{
    pool_counts p = pool_of(ctx, 0);
    int oc;
    if (p.total < 0 || p.registered < 0)
        oc = ANTQ_OUTCOME_UNKNOWN;
    else if (p.registered + p.registration_unknown < p.total)
        oc = ANTQ_OUTCOME_FAIL; /* some unit surely in the pool did not register */
    else if (p.registered == p.total && p.maybe_registered == p.maybe)
        oc = ANTQ_OUTCOME_PASS; /* every unit that may be in the pool registered */
    else
        oc = ANTQ_OUTCOME_UNKNOWN;
    antq_fact *f = fact_add(ctx, ANTQ_FACT_MEMBERS_REGISTERED, oc);
    if (!f)
        return;
    f->op = ANTQ_OP_EQ_ALL;
    f->value = p.registered;
    f->total = p.total;
    f->threshold_num = row->pub.threshold_num;
    f->threshold_den = row->pub.threshold_den;
    f->gap = p.total < 0 || p.registered < 0 ? -1 : p.total - p.registered;
    if (oc == ANTQ_OUTCOME_UNKNOWN)
        f->missing = p.total < 0 ? "members_total"
                     : p.registered < 0 ? "members_registered"
                     : p.registration_unknown ? "member registration"
                                              : "managing_level or delegated_to_commune of a member";
}

/* Art. 5.4, second condition (C124-CW-04b; 23/2012 Art. 6.4): the share
 * certified, over the pool the row or the options choose (N2). */
void antq__pred_members_certified(antq__ctx *ctx, const antq__row *row)
{
    pool_counts p =
        pool_of(ctx, row->p.pool_residential_only || ctx->opts->pool_mode == ANTQ_POOL_RESIDENTIAL_ONLY);
    int64_t num = row->pub.threshold_num, den = row->pub.threshold_den;
    int oc;
    if (p.total < 0 || p.certified < 0) {
        oc = ANTQ_OUTCOME_UNKNOWN;
    } else {
        /* worst case: undetermined members fail, uncertain members count only when not certified;
         * best case: undetermined members pass, uncertain members count only when (possibly) certified */
        int64_t worst_cert = p.certified, worst_total = p.total + (p.maybe - p.maybe_certified);
        int64_t best_cert = p.certified + p.undetermined + p.maybe_certified + p.maybe_undetermined;
        int64_t best_total = p.total + p.maybe_certified + p.maybe_undetermined;
        if (antq__cmp_products(worst_cert, den, num, worst_total) >= 0)
            oc = ANTQ_OUTCOME_PASS;
        else if (antq__cmp_products(best_cert, den, num, best_total) < 0)
            oc = ANTQ_OUTCOME_FAIL;
        else
            oc = ANTQ_OUTCOME_UNKNOWN;
    }
    antq_fact *f = fact_add(ctx, ANTQ_FACT_MEMBERS_CERTIFIED, oc);
    if (!f)
        return;
    f->op = ANTQ_OP_GE;
    f->value = p.certified;
    f->total = p.total;
    f->threshold_num = num;
    f->threshold_den = den;
    f->gap = p.total < 0 || p.certified < 0 ? -1 : ratio_gap(p.certified, p.total, num, den);
    if (oc == ANTQ_OUTCOME_UNKNOWN)
        f->missing = p.total < 0 ? "members_total"
                     : p.certified < 0 ? "members_certified"
                     : p.undetermined ? "member verdicts"
                                      : "managing_level or delegated_to_commune of a member";
}

/* ---- agencies, enterprises, educational institutions (Art. 6–7) */

static int popcount32(uint32_t v)
{
    int n = 0;
    for (; v; v &= v - 1)
        n++;
    return n;
}

void antq__pred_rule_topics(antq__ctx *ctx, const antq__row *row)
{
    int32_t have = ctx->ev->rule_topics;
    uint32_t need = (uint32_t)row->p.topics;
    int oc = have < 0 ? ANTQ_OUTCOME_UNKNOWN : ((uint32_t)have & need) == need ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_FAIL;
    antq_fact *f = fact_add(ctx, ANTQ_FACT_RULE_TOPICS, oc);
    if (!f)
        return;
    f->op = ANTQ_OP_EQ_ALL;
    f->value = have < 0 ? -1 : popcount32((uint32_t)have & need);
    f->total = popcount32(need);
    f->detail = have < 0 ? (int32_t)need : (int32_t)(need & ~(uint32_t)have); /* topics missing */
    f->gap = have < 0 ? -1 : popcount32(need & ~(uint32_t)have);
    if (oc == ANTQ_OUTCOME_UNKNOWN)
        f->missing = "rule_topics";
}

void antq__pred_staff_briefed(antq__ctx *ctx, const antq__row *row)
{
    (void)row;
    all_fact(ctx, ANTQ_FACT_STAFF_BRIEFED, ctx->ev->staff_briefed, ctx->ev->staff_total, "staff_briefed", "staff_total");
}

/* Emulation-rating eligibility (N6): EMU_APPLY when the rated part applies,
 * EMU_SKIP when it does not (a fact says why), EMU_UNKNOWN when eligibility is
 * not reported (the rated part is evaluated, then weakened by weaken_unknown). */
enum { EMU_SKIP = 0, EMU_APPLY = 1, EMU_UNKNOWN = 2 };

static int emulation_applies(antq__ctx *ctx)
{
    int32_t e = ctx->unit->emulation_eligible;
    if (e == ANTQ_YES)
        return EMU_APPLY;
    if (e == ANTQ_UNKNOWN)
        return EMU_UNKNOWN;
    if (ctx->opts->emulation_mode == ANTQ_EMULATION_INELIGIBLE_FAILS)
        tri_fact(ctx, ANTQ_FACT_EMULATION_ELIGIBLE, ANTQ_NO, "emulation_eligible");
    else
        na_fact(ctx, ANTQ_FACT_EMULATION_ELIGIBLE, 0);
    return EMU_SKIP;
}

/* Eligibility unknown: with the default (ineligible skips) a met bar passes
 * either way and only a miss is uncertain; with "ineligible fails" a miss fails
 * either way and only a met bar is uncertain. */
static void weaken_unknown(antq__ctx *ctx, size_t from)
{
    int skips = ctx->opts->emulation_mode != ANTQ_EMULATION_INELIGIBLE_FAILS;
    for (size_t i = from; i < ctx->n_facts; i++) {
        antq_fact *f = &ctx->facts[i];
        if ((skips && f->outcome == ANTQ_OUTCOME_FAIL) || (!skips && f->outcome == ANTQ_OUTCOME_PASS)) {
            f->outcome = ANTQ_OUTCOME_UNKNOWN;
            f->missing = "emulation_eligible";
        }
    }
    ctx->seen = 0; /* the check's outcomes again */
    for (size_t i = ctx->check_first; i < ctx->n_facts; i++)
        ctx->seen |= 1u << (ctx->facts[i].outcome & 31);
}

void antq__pred_protection_force(antq__ctx *ctx, const antq__row *row)
{
    int32_t has = ctx->unit->has_protection_force;
    if (has == ANTQ_UNKNOWN) {
        tri_fact(ctx, ANTQ_FACT_PROTECTION_STANDING, ANTQ_UNKNOWN, "has_protection_force");
        return;
    }
    if (has == ANTQ_NO) {
        int required = ctx->unit->kind != ANTQ_KIND_EDUCATIONAL_INSTITUTION && ctx->opts->protection_force_required;
        antq_fact *f = fact_add(ctx, ANTQ_FACT_PROTECTION_STANDING,
                                required ? ANTQ_OUTCOME_FAIL : ANTQ_OUTCOME_NOT_APPLICABLE);
        if (f) {
            f->value = -1;
            f->detail = -1; /* no protection force */
            f->gap = -1;
        }
        return;
    }
    int emu = emulation_applies(ctx);
    size_t rated_from = ctx->n_facts;
    if (emu != EMU_SKIP) {
        int32_t title = ctx->ev->protection_advanced_title;
        int r = ctx->ev->protection_rating;
        int oc;
        if (title == ANTQ_YES || (r != ANTQ_RATING_UNKNOWN && r >= row->p.rating_min))
            oc = ANTQ_OUTCOME_PASS;
        else if (title == ANTQ_NO && r != ANTQ_RATING_UNKNOWN)
            oc = ANTQ_OUTCOME_FAIL;
        else
            oc = ANTQ_OUTCOME_UNKNOWN;
        antq_fact *f = fact_add(ctx, ANTQ_FACT_PROTECTION_STANDING, oc);
        if (f) {
            f->op = ANTQ_OP_GE;
            f->value = r ? r : -1;
            f->total = title;
            f->threshold_num = row->p.rating_min;
            f->gap = -1;
            if (oc == ANTQ_OUTCOME_UNKNOWN)
                f->missing = title == ANTQ_UNKNOWN ? "protection_advanced_title" : "protection_rating";
        }
        if (emu == EMU_UNKNOWN)
            weaken_unknown(ctx, rated_from);
    }
    discipline_fact(ctx, row);
}

void antq__pred_subunits(antq__ctx *ctx, const antq__row *row)
{
    int emu = emulation_applies(ctx);
    size_t rated_from = ctx->n_facts;
    if (emu != EMU_SKIP) {
        if (ctx->ev->subunits_total == 0)
            na_fact(ctx, ANTQ_FACT_SUBUNITS_QUALIFIED, 0); /* no subordinate units: nothing to rate (D) */
        else
            ratio_fact(ctx, ANTQ_FACT_SUBUNITS_QUALIFIED, ctx->ev->subunits_qualified, 0, ctx->ev->subunits_total,
                       row->pub.threshold_num, row->pub.threshold_den,
                       ctx->ev->subunits_total < 0 ? "subunits_total" : "subunits_qualified");
        if (emu == EMU_UNKNOWN)
            weaken_unknown(ctx, rated_from);
    }
    discipline_fact(ctx, row);
}

void antq__pred_ei_registration(antq__ctx *ctx, const antq__row *row)
{
    const antq_evidence *ev = ctx->ev;
    antq__pred_documents(ctx, row);
    const antq_fact *first = ctx->n_facts > ctx->check_first ? &ctx->facts[ctx->check_first] : NULL;
    if (first && first->kind == ANTQ_FACT_REGISTERED && first->outcome == ANTQ_OUTCOME_FAIL)
        return; /* a unit that did not register is not appraised further (C124-SC-07) */
    antq__pred_rule_topics(ctx, row);
    all_fact(ctx, ANTQ_FACT_STAFF_BRIEFED, ev->staff_briefed, ev->staff_total, "staff_briefed", "staff_total");
    all_fact(ctx, ANTQ_FACT_LEARNERS_BRIEFED, ev->learners_briefed, ev->learners_total, "learners_briefed",
             "learners_total");
    min_count_fact(ctx, ANTQ_FACT_EFFECTIVE_MODELS, ev->effective_models, row->p.min_count, "effective_models");
}

static void parent_board(antq__ctx *ctx)
{
    if (ctx->general_education == ANTQ_YES)
        tri_fact(ctx, ANTQ_FACT_PARENT_BOARD, ctx->ev->parent_board_coordination, "parent_board_coordination");
    else if (ctx->general_education == ANTQ_UNKNOWN)
        tri_fact(ctx, ANTQ_FACT_PARENT_BOARD, ANTQ_UNKNOWN, "general_education");
}

void antq__pred_ei_policy(antq__ctx *ctx, const antq__row *row)
{
    (void)row;
    tri_fact(ctx, ANTQ_FACT_IMPLEMENTS_POLICY, ctx->ev->implements_policy, "implements_policy");
    parent_board(ctx);
}

/* ---- Art. 8.1: provincial extra criteria */

/* Events of the kinds in `mask` in the period, the unit's own and (for a
 * commune) those on its territory: the count, and whether a non-counted one
 * leaves it open (events not recorded). */
static antq_fact *extra_events_fact(antq__ctx *ctx, const antq_extra_criterion *x)
{
    uint32_t mask = (uint32_t)x->fails_on_events;
    int64_t count = 0;
    int32_t first = 0;
    int kind = 0;
    for (int pass = 0; pass < 2; pass++) {
        const antq_event *evs = pass ? ctx->territory : ctx->ev->events;
        size_t n = pass ? ctx->n_territory : ctx->ev->n_events;
        for (size_t i = 0; i < n; i++) {
            const antq_event *e = &evs[i];
            if (e->kind <= 0 || e->kind >= ANTQ_EVENT_KIND_COUNT || !(mask & ANTQ_EVENT_BIT(e->kind)) ||
                !in_period(ctx, e->date))
                continue;
            if (!count || e->date < first) {
                first = e->date;
                kind = e->kind;
            }
            count++;
        }
    }
    int oc = count ? ANTQ_OUTCOME_FAIL : ctx->ev->events_recorded == ANTQ_YES ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_UNKNOWN;
    antq_fact *f = fact_add(ctx, ANTQ_FACT_EXTRA_EVENTS, oc);
    if (f) {
        f->op = ANTQ_OP_ZERO;
        f->detail = kind;
        f->value = oc == ANTQ_OUTCOME_UNKNOWN ? -1 : count;
        f->total = mask;
        f->date = first;
        f->gap = oc == ANTQ_OUTCOME_UNKNOWN ? -1 : count;
        f->subject = x->id;
        if (oc == ANTQ_OUTCOME_UNKNOWN)
            f->missing = "events";
    }
    return f;
}

/* Each extra criterion is answered by hand (evidence "extra"), read from the
 * events it names (fails_on_events), or both (then both must hold). */
void antq__pred_extra(antq__ctx *ctx, const antq__row *row)
{
    (void)row;
    const antq_options *o = ctx->opts;
    int any = 0;
    for (size_t i = 0; i < o->n_extra; i++) {
        const antq_extra_criterion *x = &o->extra[i];
        if (!x->id || !(x->kinds & ANTQ_KIND_BIT(ctx->unit->kind)))
            continue;
        any = 1;
        int32_t met = ANTQ_UNKNOWN;
        int answered = 0;
        for (size_t j = 0; j < ctx->ev->n_extra; j++)
            if (ctx->ev->extra[j].criterion_id && strcmp(ctx->ev->extra[j].criterion_id, x->id) == 0) {
                met = ctx->ev->extra[j].met;
                answered = 1;
            }
        if (x->fails_on_events) {
            antq_fact *f = extra_events_fact(ctx, x);
            if (f)
                f->threshold_num = (int64_t)i;
            if (!answered)
                continue; /* read from the events alone */
        }
        antq_fact *f = tri_fact(ctx, ANTQ_FACT_EXTRA, met, "extra");
        if (f) {
            f->subject = x->id;
            f->detail = (int32_t)i;
        }
    }
    if (!any)
        na_fact(ctx, ANTQ_FACT_EXTRA, 0);
}

/* ---- Art. 9–10: procedure and authority (role PROCEDURE: beside the verdict) */

/* C124-AUTH-05: a delegation, where one is given, is one level down, of
 * delegable units, between levels that exist on the decision date. */
void antq__pred_delegation(antq__ctx *ctx, const antq__row *row)
{
    (void)row;
    const antq__recognition *rec = ctx->recognition;
    if (!rec->delegation) {
        na_fact(ctx, ANTQ_FACT_DELEGATION, -1);
        return;
    }
    const antq_delegation *d = rec->delegation;
    antq_fact *f = fact_add(ctx, ANTQ_FACT_DELEGATION,
                            rec->issue == ANTQ_DELEGATION_VALID ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_FAIL);
    if (!f)
        return;
    f->op = ANTQ_OP_TRUE;
    f->detail = rec->issue;
    f->value = d->from_level;
    f->total = d->to_level;
    f->threshold_num = rec->decision_date;
    f->gap = -1;
    f->date = d->decision_date;
    f->subject = d->decision;
}

/* C124-PROC-07 (D): the recorded recognition decision was issued by the
 * competent body (Art. 10, after any valid delegation) and before the deadline
 * of Art. 9.1 ("before 15 November": the 14th is the last day in time). */
void antq__pred_decision(antq__ctx *ctx, const antq__row *row)
{
    (void)row;
    const antq_evidence *ev = ctx->ev;
    const antq_authority_rule *a = ctx->recognition->authority;
    if (ev->decision_date == ANTQ_DATE_UNKNOWN && ev->decision_body == ANTQ_BODY_UNKNOWN) {
        na_fact(ctx, ANTQ_FACT_DECISION_DATE, -1); /* no decision recorded */
        return;
    }
    int competent = a ? a->body : ANTQ_BODY_UNKNOWN;
    int oc = ev->decision_body == ANTQ_BODY_UNKNOWN || competent == ANTQ_BODY_UNKNOWN ? ANTQ_OUTCOME_UNKNOWN
             : ev->decision_body == competent                                      ? ANTQ_OUTCOME_PASS
                                                                                   : ANTQ_OUTCOME_FAIL;
    antq_fact *f = fact_add(ctx, ANTQ_FACT_DECISION_BODY, oc);
    if (f) {
        f->op = ANTQ_OP_TRUE;
        f->value = ev->decision_body ? ev->decision_body : -1;
        f->total = competent ? competent : -1;
        f->gap = -1;
        if (oc == ANTQ_OUTCOME_UNKNOWN)
            f->missing = ev->decision_body == ANTQ_BODY_UNKNOWN ? "decision_body" : "authority";
    }
    int32_t last = a && a->deadline_mmdd ? antq_date_add_days(antq__date_ymd(ctx->year, a->deadline_mmdd), -1) : 0;
    oc = ev->decision_date == ANTQ_DATE_UNKNOWN || !last ? ANTQ_OUTCOME_UNKNOWN
         : ev->decision_date <= last                     ? ANTQ_OUTCOME_PASS
                                                         : ANTQ_OUTCOME_FAIL;
    f = fact_add(ctx, ANTQ_FACT_DECISION_DATE, oc);
    if (f) {
        f->op = ANTQ_OP_LE;
        f->value = ev->decision_date ? ev->decision_date : -1;
        f->date = ev->decision_date;
        f->threshold_den = last;
        f->gap = oc == ANTQ_OUTCOME_FAIL ? antq__date_diff_days(ev->decision_date, last) : oc == ANTQ_OUTCOME_PASS ? 0 : -1;
        if (oc == ANTQ_OUTCOME_UNKNOWN)
            f->missing = ev->decision_date == ANTQ_DATE_UNKNOWN ? "decision_date" : "deadline";
    }
}

/* ---- 23/2012 */

void antq__pred_police_advanced(antq__ctx *ctx, const antq__row *row)
{
    tri_fact(ctx, ANTQ_FACT_POLICE_ADVANCED, ctx->ev->police_advanced_unit, "police_advanced_unit");
    discipline_fact(ctx, row);
}

void antq__pred_c23_agency_registration(antq__ctx *ctx, const antq__row *row)
{
    antq__pred_documents(ctx, row);
    antq__pred_rule_topics(ctx, row);
    all_fact(ctx, ANTQ_FACT_STAFF_COMMITTED, ctx->ev->staff_committed, ctx->ev->staff_total, "staff_committed",
             "staff_total");
}

void antq__pred_c23_agency_implementation(antq__ctx *ctx, const antq__row *row)
{
    tri_fact(ctx, ANTQ_FACT_IMPLEMENTS_POLICY, ctx->ev->implements_policy, "implements_policy");
    tri_fact(ctx, ANTQ_FACT_COORDINATION_PLAN, ctx->ev->coordination_plan, "coordination_plan");
    min_count_fact(ctx, ANTQ_FACT_EFFECTIVE_MODELS, ctx->ev->effective_models, row->p.min_count, "effective_models");
}

void antq__pred_c23_school_registration(antq__ctx *ctx, const antq__row *row)
{
    const antq_evidence *ev = ctx->ev;
    antq__pred_documents(ctx, row);
    antq__pred_rule_topics(ctx, row);
    all_fact(ctx, ANTQ_FACT_STAFF_COMMITTED, ev->staff_committed, ev->staff_total, "staff_committed", "staff_total");
    int l = ctx->unit->education_level;
    if (l == ANTQ_EDU_NURSERY || l == ANTQ_EDU_KINDERGARTEN || l == ANTQ_EDU_PRIMARY)
        na_fact(ctx, ANTQ_FACT_LEARNERS_COMMITTED, -1); /* learners from lower-secondary level up only */
    else
        all_fact(ctx, ANTQ_FACT_LEARNERS_COMMITTED, ev->learners_committed, ev->learners_total, "learners_committed",
                 "learners_total");
    parent_board(ctx);
}
