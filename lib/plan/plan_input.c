/* What a plan reads of each unit's result and evidence, kept in a compact row
 * per unit (lib/plan/campaign.h, antq__plan_input): the verdict, the
 * registration, the rank of what it lacks and the sentence saying it, how its
 * certification would move its commune's roll-up, and the households of the
 * years a households target asks about. Targets and "what it would take"
 * (plan_eval.c, steps.c) read only these rows, so a plan is the same whether
 * the results come from an evaluation in memory (antq_plan_evaluate()) or one
 * at a time from a stream (antq_plan_tally_add()), and a stream's plan keeps
 * no evidence. A unit whose result says no more than its verdict and
 * registration (certified, not eligible) shares a plain row with the units of
 * the same verdict and registration: 4 bytes a unit (its ref); the others
 * (communes, units with a failed or unknown check) have a row of their own
 * (56 bytes) and their sentences. Of a stream's member unit, its name is kept
 * only when a step may name it, and a residential area's households go into
 * its parent's sums, kept alone only when a step or a target reads them
 * alone (antq__plan_input_households()).
 * SPDX-License-Identifier: MIT */
#include "campaign.h"
#include "../eval/result.h"

#include <stddef.h>
#include <string.h>

/* The counters of a roll-up that a member's certification can move (steps.c shifts them). */
static const size_t rollup_fields[] = {
    offsetof(antq_rollup, ra_total), offsetof(antq_rollup, ra_registered),
    offsetof(antq_rollup, ra_registration_unknown), offsetof(antq_rollup, ra_certified),
    offsetof(antq_rollup, ra_undetermined), offsetof(antq_rollup, managed_total),
    offsetof(antq_rollup, managed_registered), offsetof(antq_rollup, managed_registration_unknown),
    offsetof(antq_rollup, managed_certified), offsetof(antq_rollup, managed_undetermined),
    offsetof(antq_rollup, uncertain_total), offsetof(antq_rollup, uncertain_registered),
    offsetof(antq_rollup, uncertain_registration_unknown), offsetof(antq_rollup, uncertain_certified),
    offsetof(antq_rollup, uncertain_undetermined), offsetof(antq_rollup, not_eligible),
    offsetof(antq_rollup, outside_pool),
};
#define N_ROLLUP_FIELDS (sizeof rollup_fields / sizeof rollup_fields[0])

static int64_t *field(antq_rollup *r, size_t k) { return (int64_t *)((char *)r + rollup_fields[k]); }

void antq__plan_rollup_shift(antq_rollup *r, const antq__plan_row *row)
{
    for (int k = 0; k < row->n_delta; k++)
        *field(r, row->delta[k].field) += row->delta[k].delta;
}

int antq__plan_is_rollup_row(const antq_criterion *c)
{
    const antq__row *row = antq__row_of(c);
    return row->predicate == antq__pred_members_registered || row->predicate == antq__pred_members_certified;
}

unsigned antq__plan_wants(const antq_plan *p)
{
    unsigned wants = 0;
    for (size_t i = 0; i < p->n_targets; i++) {
        const antq_target *t = &p->targets[i];
        int up = t->op == ANTQ_OP_GE || t->op == ANTQ_OP_GT || t->op == ANTQ_OP_EQ_ALL;
        if ((t->metric == ANTQ_METRIC_SHARE_CERTIFIED || t->metric == ANTQ_METRIC_COUNT_CERTIFIED) && up)
            wants |= ANTQ__PLAN_WANTS_CERTIFICATION;
        if (t->metric == ANTQ_METRIC_HOUSEHOLDS_REGISTERED && !up)
            wants |= ANTQ__PLAN_WANTS_HH_EACH;
    }
    return wants;
}

int antq__plan_input_init(antq__plan_input *pi, const antq__units *units, const antq_dataset *evidence,
                          const antq_options *opts, int year, const antq_plan *p, const int *hh_years,
                          size_t n_hh_years)
{
    memset(pi, 0, sizeof *pi);
    pi->wants = antq__plan_wants(p);
    pi->plan = p;
    pi->cur = ANTQ_INDEX_NONE;
    pi->hh_orphans = ANTQ_INDEX_NONE;
    antq__idxmap_init(&pi->names);
    antq__idxmap_init(&pi->hh_each);
    antq__strmap_init(&pi->hh_parents);
    pi->units = *units;
    pi->evidence = evidence;
    if (opts)
        pi->opts = *opts;
    else
        antq_options_init(&pi->opts, ANTQ_OPTIONS_VERSION);
    pi->year = year;
    antq__arena_init(&pi->text);
    for (size_t i = 0; i < n_hh_years && pi->n_hh_years < ANTQ__PLAN_HH_YEARS; i++) {
        size_t k = 0;
        while (k < pi->n_hh_years && pi->hh_years[k] != hh_years[i])
            k++;
        if (k == pi->n_hh_years)
            pi->hh_years[pi->n_hh_years++] = hh_years[i];
    }
    if (!evidence && antq_dataset_new(&pi->own_evidence) != ANTQ_OK)
        return ANTQ_ENOMEM;
    if (!evidence)
        pi->evidence = pi->own_evidence;
    return ANTQ_OK;
}

void antq__plan_input_free(antq__plan_input *pi)
{
    if (!pi)
        return;
    antq__free(pi->refs);
    antq__free(pi->rows);
    antq__free(pi->cur_name);
    antq__idxmap_free(&pi->names);
    antq__idxmap_free(&pi->hh_each);
    antq__free(pi->hh_sums);
    antq__strmap_free(&pi->hh_parents);
    antq__free(pi->communes);
    antq_dataset_free(pi->own_evidence);
    antq__arena_free(&pi->text);
    memset(pi, 0, sizeof *pi);
}

/* The plain row of (fed, verdict, registered): ANTQ__PLAN_PLAIN | its index, or ANTQ__PLAN_NONE when the
 * table is full (never with the verdicts and registrations there are). */
static uint32_t plain_ref(antq__plan_input *pi, int8_t fed, int8_t verdict, int8_t registered)
{
    size_t k = 0;
    while (k < pi->n_plain && !(pi->plain[k].fed == fed && pi->plain[k].verdict == verdict &&
                                pi->plain[k].registered == registered))
        k++;
    if (k == pi->n_plain) {
        if (k == ANTQ__PLAN_PLAIN_MAX)
            return ANTQ__PLAN_NONE;
        antq__plan_row *r = &pi->plain[pi->n_plain++];
        memset(r, 0, sizeof *r);
        r->fed = fed;
        r->verdict = verdict;
        r->registered = registered;
        r->remediable = 2;
        r->gap = -1;
        r->commune = ANTQ__PLAN_NONE;
    }
    return ANTQ__PLAN_PLAIN | (uint32_t)k;
}

/* Room for unit `index` (units not yet added read as a unit without a result). */
static int reserve(antq__plan_input *pi, size_t index)
{
    if (index < pi->n_units)
        return ANTQ_OK;
    if (index >= UINT32_MAX)
        return ANTQ_ENOMEM;
    if (index >= pi->cap_units) {
        size_t cap = pi->cap_units ? pi->cap_units * 2 : 1024;
        while (cap <= index)
            cap *= 2;
        uint32_t *refs = antq__realloc(pi->refs, cap * sizeof *refs);
        if (!refs)
            return ANTQ_ENOMEM;
        pi->refs = refs;
        pi->cap_units = cap;
    }
    uint32_t none = plain_ref(pi, 0, (int8_t)antq_result_verdict(NULL), (int8_t)antq_result_registered(NULL));
    for (size_t i = pi->n_units; i <= index; i++)
        pi->refs[i] = none; /* the first plain row: the table has room */
    pi->n_units = index + 1;
    return ANTQ_OK;
}

/* Store unit `index`'s row: in its own row when it says more than a verdict and a registration (or the
 * unit has one already), else as a plain row. ANTQ_OK or ANTQ_ENOMEM. */
static int store(antq__plan_input *pi, size_t index, const antq__plan_row *row)
{
    uint32_t ref = pi->refs[index];
    int plain = row->remediable == 2 && row->gap == -1 && row->commune == ANTQ__PLAN_NONE && !row->n_failed &&
                !row->n_unknown && !row->need_vi && !row->need_en && !row->commune_fail && !row->n_delta;
    if (plain && (ref & ANTQ__PLAN_PLAIN)) {
        uint32_t k = plain_ref(pi, row->fed, row->verdict, row->registered);
        if (k != ANTQ__PLAN_NONE) {
            pi->refs[index] = k;
            return ANTQ_OK;
        }
    }
    if (ref & ANTQ__PLAN_PLAIN) {
        if (pi->n_rows == pi->cap_rows) {
            size_t cap = pi->cap_rows ? pi->cap_rows * 2 : 64;
            antq__plan_row *rows = antq__realloc(pi->rows, cap * sizeof *rows);
            if (!rows)
                return ANTQ_ENOMEM;
            pi->rows = rows;
            pi->cap_rows = cap;
        }
        ref = (uint32_t)pi->n_rows++;
        pi->refs[index] = ref;
    }
    pi->rows[ref] = *row;
    return ANTQ_OK;
}

/* How remediable a result is, how many checks fail or are unknown, its single numeric gap (steps.c ranks by
 * these: most remediable, fewest problems, smallest gap). */
static void rank(antq__plan_row *row, const antq_result *r)
{
    row->remediable = 2;
    row->gap = -1;
    const antq_fact *only = NULL;
    size_t non_pass_facts = 0;
    int n_failed = 0, n_unknown = 0;
    for (size_t i = 0; r && i < r->n_checks; i++) {
        const antq_check *c = &r->checks[i];
        if (c->outcome != ANTQ_OUTCOME_FAIL && c->outcome != ANTQ_OUTCOME_UNKNOWN)
            continue;
        n_failed += c->outcome == ANTQ_OUTCOME_FAIL;
        n_unknown += c->outcome == ANTQ_OUTCOME_UNKNOWN;
        for (size_t f = 0; f < c->n_facts; f++) {
            const antq_fact *x = &c->facts[f];
            if (x->outcome != ANTQ_OUTCOME_FAIL && x->outcome != ANTQ_OUTCOME_UNKNOWN)
                continue;
            non_pass_facts++;
            only = x;
            if (x->outcome == ANTQ_OUTCOME_FAIL &&
                (x->kind == ANTQ_FACT_EVENTS || x->kind == ANTQ_FACT_DISCIPLINED || x->kind == ANTQ_FACT_REGISTERED ||
                 x->kind == ANTQ_FACT_RESOLUTION_DATE || x->kind == ANTQ_FACT_PLAN_DATE ||
                 x->kind == ANTQ_FACT_REGISTRATION_DATE))
                row->remediable = 0; /* it happened (or its window closed) in the period: it cannot be made up */
            else if (x->outcome == ANTQ_OUTCOME_FAIL && row->remediable > 1 &&
                     (x->kind == ANTQ_FACT_TREND_CRIMES || x->kind == ANTQ_FACT_TREND_SOCIAL_EVILS ||
                      x->kind == ANTQ_FACT_TREND_OTHER))
                row->remediable = 1; /* the period's counts: only fewer cases until its end can help */
        }
    }
    row->n_failed = (int16_t)(n_failed < INT16_MAX ? n_failed : INT16_MAX);
    row->n_unknown = (int16_t)(n_unknown < INT16_MAX ? n_unknown : INT16_MAX);
    if (n_failed + n_unknown == 1 && non_pass_facts == 1 && only->outcome == ANTQ_OUTCOME_FAIL && only->gap >= 0)
        row->gap = only->gap;
}

/* Facts whose "what it would take" sentence (antq__fact_need) names the change itself; for the
 * others that sentence only points at the requirement, so the fact's own sentence is used. */
static int need_is_specific(const antq_fact *f)
{
    switch (f->kind) {
    case ANTQ_FACT_HOUSEHOLDS_REGISTERED: case ANTQ_FACT_HOUSEHOLDS_COMMITTED: case ANTQ_FACT_STAFF_BRIEFED:
    case ANTQ_FACT_LEARNERS_BRIEFED: case ANTQ_FACT_STAFF_COMMITTED: case ANTQ_FACT_LEARNERS_COMMITTED:
    case ANTQ_FACT_MEMBERS_REGISTERED: case ANTQ_FACT_MEMBERS_CERTIFIED: case ANTQ_FACT_SUBUNITS_QUALIFIED:
    case ANTQ_FACT_EFFECTIVE_MODELS: case ANTQ_FACT_RULE_TOPICS: case ANTQ_FACT_TREND_CRIMES:
    case ANTQ_FACT_TREND_SOCIAL_EVILS: case ANTQ_FACT_TREND_OTHER: case ANTQ_FACT_EVENTS: case ANTQ_FACT_DISCIPLINED:
    case ANTQ_FACT_RESOLUTION_DATE: case ANTQ_FACT_PLAN_DATE: case ANTQ_FACT_REGISTRATION_DATE:
    case ANTQ_FACT_SAFE_STANDARD: case ANTQ_FACT_ANSWER:
        return 1;
    default:
        return f->outcome == ANTQ_OUTCOME_UNKNOWN; /* "report X" */
    }
}

/* What the unit lacks to be certified, from its failed and unknown facts (four at most, then "…");
 * NULL (*text) when none fails. */
static int need_sentence(antq__plan_input *pi, const antq_result *r, int lang, const char **text)
{
    *text = NULL;
    antq__buf b;
    antq__buf_init(&b);
    size_t listed = 0;
    for (size_t i = 0; r && i < r->n_checks && listed <= 4; i++) {
        const antq_check *c = &r->checks[i];
        if (c->outcome != ANTQ_OUTCOME_FAIL && c->outcome != ANTQ_OUTCOME_UNKNOWN)
            continue;
        for (size_t f = 0; f < c->n_facts; f++) {
            const antq_fact *x = &c->facts[f];
            if (x->outcome != ANTQ_OUTCOME_FAIL && x->outcome != ANTQ_OUTCOME_UNKNOWN)
                continue;
            if (listed == 4) {
                antq__buf_puts(&b, "; …");
                listed++;
                break;
            }
            if (listed++)
                antq__buf_puts(&b, "; ");
            if (need_is_specific(x))
                antq__fact_need(&b, x, lang);
            else
                antq__fact_text(&b, x, lang);
            antq__buf_printf(&b, " (%s)", c->criterion->id);
        }
    }
    if (!listed) {
        antq__buf_free(&b);
        return ANTQ_OK;
    }
    char *s = NULL;
    if (antq__buf_finish(&b, &s) != ANTQ_OK)
        return ANTQ_ENOMEM;
    *text = antq__arena_strndup(&pi->text, s, strlen(s)); /* our own text: already composed (NFC) */
    antq_free(s);
    return *text ? ANTQ_OK : ANTQ_ENOMEM;
}

/* How certifying a member (registered, certified) moves its commune's roll-up. */
static void certification_delta(antq__plan_row *row, const antq_unit *u, const antq_evidence *e, const antq_result *r)
{
    antq_rollup before, after;
    antq_rollup_init(&before, NULL);
    antq_rollup_init(&after, NULL);
    antq_result passed = *r;
    passed.verdict = ANTQ_VERDICT_CERTIFIED;
    passed.registered = ANTQ_YES;
    antq_rollup_add(&before, u, e, r, NULL);
    antq_rollup_add(&after, u, e, &passed, NULL);
    row->n_delta = 0;
    for (size_t k = 0; k < N_ROLLUP_FIELDS && row->n_delta < ANTQ__PLAN_DELTA_MAX; k++) {
        int64_t d = *field(&after, k) - *field(&before, k);
        if (d)
            row->delta[row->n_delta++] = (antq__plan_delta){(uint8_t)k, (int8_t)d};
    }
}

int antq__plan_input_add_result(antq__plan_input *pi, size_t index, const antq_unit *u, const antq_evidence *e,
                                const antq_result *r, const antq_rollup *rollup)
{
    if (reserve(pi, index) != ANTQ_OK)
        return ANTQ_ENOMEM;
    antq__plan_row own = *antq__plan_input_row(pi, index), *row = &own;
    row->fed = 1;
    row->verdict = (int8_t)antq_result_verdict(r);
    row->registered = (int8_t)antq_result_registered(r);
    rank(row, r);
    row->need_vi = row->need_en = NULL;
    int certification = (pi->wants & ANTQ__PLAN_WANTS_CERTIFICATION) != 0;
    if (certification && row->n_failed + row->n_unknown > 0 &&
        (need_sentence(pi, r, ANTQ_LANG_VI, &row->need_vi) != ANTQ_OK ||
         need_sentence(pi, r, ANTQ_LANG_EN, &row->need_en) != ANTQ_OK))
        return ANTQ_ENOMEM;
    row->n_delta = 0;
    if (certification && u->kind != ANTQ_KIND_COMMUNE && r && row->verdict != ANTQ_VERDICT_CERTIFIED &&
        row->verdict != ANTQ_VERDICT_NOT_ELIGIBLE)
        certification_delta(row, u, e, r);
    if (u->kind != ANTQ_KIND_COMMUNE)
        return store(pi, index, row);
    /* a commune: which of its checks fail, its roll-up, and (a stream's) its evidence */
    row->commune_fail = 0;
    for (size_t j = 0; r && j < r->n_checks; j++) {
        const antq_check *c = &r->checks[j];
        if (c->outcome == ANTQ_OUTCOME_FAIL || c->outcome == ANTQ_OUTCOME_UNKNOWN)
            row->commune_fail |= antq__plan_is_rollup_row(c->criterion) ? ANTQ__PLAN_ROLLUP_FAILS
                                                                         : ANTQ__PLAN_OWN_FAILS;
    }
    if (row->commune == ANTQ__PLAN_NONE) {
        if (pi->n_communes == pi->cap_communes) {
            size_t cap = pi->cap_communes ? pi->cap_communes * 2 : 64;
            antq__plan_commune *c = antq__realloc(pi->communes, cap * sizeof *c);
            if (!c)
                return ANTQ_ENOMEM;
            pi->communes = c;
            pi->cap_communes = cap;
        }
        if (pi->own_evidence && antq_dataset_add(pi->own_evidence, u, e, NULL) != ANTQ_OK)
            return ANTQ_ENOMEM;
        row->commune = (uint32_t)pi->n_communes++;
    }
    antq__plan_commune *c = &pi->communes[row->commune];
    c->has_rollup = rollup != NULL;
    if (rollup)
        c->rollup = *rollup;
    return store(pi, index, row);
}

/* The place in hh_sums of the residential areas of `parent` (NULL: those without one), made on first sight;
 * ANTQ_INDEX_NONE when out of memory. */
static size_t hh_sum_of(antq__plan_input *pi, const char *parent)
{
    size_t k = parent ? antq__strmap_get(&pi->hh_parents, parent) : pi->hh_orphans;
    if (k != ANTQ_INDEX_NONE)
        return k;
    if (antq__array_reserve((void **)&pi->hh_sums, &pi->cap_hh_sums, pi->n_hh_sums + 1, sizeof *pi->hh_sums, 64) !=
        ANTQ_OK)
        return ANTQ_INDEX_NONE;
    k = pi->n_hh_sums;
    if (parent && antq__strmap_put(&pi->hh_parents, parent, k) != ANTQ_OK)
        return ANTQ_INDEX_NONE;
    memset(&pi->hh_sums[k], 0, sizeof pi->hh_sums[k]);
    pi->hh_sums[k].parent = parent;
    if (!parent)
        pi->hh_orphans = k;
    pi->n_hh_sums++;
    return k;
}

/* Whether a residential area's households must be kept alone: a step may read them (counts unknown or not
 * all registered; every area's when a target asks for fewer), or a target reads that area alone (its scope). */
static int hh_kept_alone(const antq__plan_input *pi, size_t index, const int64_t *hh)
{
    if (pi->wants & ANTQ__PLAN_WANTS_HH_EACH)
        return 1;
    for (size_t k = 0; k < pi->n_hh_years; k++)
        if (hh[2 * k] < 0 || hh[2 * k + 1] < 0 || hh[2 * k] != hh[2 * k + 1])
            return 1;
    const char *id = antq__units_id(&pi->units, index);
    for (size_t j = 0; pi->plan && j < pi->plan->n_targets; j++) {
        const antq_target *t = &pi->plan->targets[j];
        if (t->metric == ANTQ_METRIC_HOUSEHOLDS_REGISTERED && t->scope_id && strcmp(t->scope_id, id) == 0)
            return 1;
    }
    return 0;
}

/* Keep of the member unit held whole (cur) what the plan reads of it: its name when a step may name it; an
 * area's households in its parent's sums, and alone when hh_kept_alone(). ANTQ_OK, or ANTQ_ENOMEM with
 * nothing kept (cur still held). */
static int commit(antq__plan_input *pi)
{
    size_t i = pi->cur;
    int area = pi->n_hh_years && antq__units_kind(&pi->units, i) == ANTQ_KIND_RESIDENTIAL_AREA;
    size_t k = area ? hh_sum_of(pi, antq__units_parent(&pi->units, i)) : ANTQ_INDEX_NONE;
    if (area && k == ANTQ_INDEX_NONE)
        return ANTQ_ENOMEM;
    int failed = 0, named = pi->own_evidence && pi->cur_named && antq__steps_may_name(pi, i);
    if (named) {
        const char *copy = antq__arena_copy_str(&pi->text, pi->cur_name, &failed);
        if (failed || antq__idxmap_put(&pi->names, i, (void *)copy) != ANTQ_OK)
            return ANTQ_ENOMEM;
    }
    if (area && hh_kept_alone(pi, i, pi->cur_hh)) {
        int64_t *alone = antq__arena_alloc(&pi->text, 2 * pi->n_hh_years * sizeof *alone);
        if (!alone || antq__idxmap_put(&pi->hh_each, i, alone) != ANTQ_OK) {
            if (named)
                antq__idxmap_put(&pi->names, i, NULL); /* replaces: cannot fail */
            return ANTQ_ENOMEM;
        }
        memcpy(alone, pi->cur_hh, 2 * pi->n_hh_years * sizeof *alone);
    }
    if (area)
        pi->hh_sums[k].areas++;
    for (size_t y = 0; area && y < pi->n_hh_years; y++) {
        antq__plan_hh_sum *sum = &pi->hh_sums[k];
        int64_t resident = pi->cur_hh[2 * y], registered = pi->cur_hh[2 * y + 1];
        if (resident < 0 || registered < 0)
            sum->unknown[y]++;
        else if (__builtin_add_overflow(sum->resident[y], resident, &sum->resident[y]) ||
                 __builtin_add_overflow(sum->registered[y], registered, &sum->registered[y]))
            sum->overflow[y] = 1;
    }
    pi->cur = ANTQ_INDEX_NONE;
    return ANTQ_OK;
}

/* Hold member unit `index` whole (its results are coming), after keeping what the plan reads of the one held
 * before. ANTQ_OK or ANTQ_ENOMEM. */
static int hold(antq__plan_input *pi, size_t index)
{
    if (pi->cur == index)
        return ANTQ_OK;
    if (pi->cur != ANTQ_INDEX_NONE && commit(pi) != ANTQ_OK)
        return ANTQ_ENOMEM;
    pi->cur = index;
    pi->cur_named = 0;
    for (size_t k = 0; k < 2 * ANTQ__PLAN_HH_YEARS; k++)
        pi->cur_hh[k] = -1;
    return ANTQ_OK;
}

int antq__plan_input_add_households(antq__plan_input *pi, size_t index, int year, const antq_evidence *e)
{
    if (reserve(pi, index) != ANTQ_OK)
        return ANTQ_ENOMEM;
    if (antq__units_kind(&pi->units, index) != ANTQ_KIND_RESIDENTIAL_AREA)
        return ANTQ_OK; /* only areas' households are read */
    for (size_t k = 0; k < pi->n_hh_years; k++)
        if (pi->hh_years[k] == year) {
            if (hold(pi, index) != ANTQ_OK)
                return ANTQ_ENOMEM;
            pi->cur_hh[2 * k] = e ? e->households_resident : -1;
            pi->cur_hh[2 * k + 1] = e ? e->households_registered : -1;
        }
    return ANTQ_OK;
}

int antq__plan_input_add_name(antq__plan_input *pi, size_t index, const char *name)
{
    if (reserve(pi, index) != ANTQ_OK)
        return ANTQ_ENOMEM;
    if (!pi->own_evidence)
        return ANTQ_OK; /* the dataset's units have their names */
    if (antq__units_kind(&pi->units, index) == ANTQ_KIND_COMMUNE) { /* every commune's: its results come last */
        const char *kept = antq__idxmap_get(&pi->names, index);
        if ((kept && name && strcmp(kept, name) == 0) || (!kept && !name))
            return ANTQ_OK; /* the commune's result of another year */
        int failed = 0;
        const char *copy = antq__arena_copy_str(&pi->text, name, &failed);
        return failed || antq__idxmap_put(&pi->names, index, (void *)copy) != ANTQ_OK ? ANTQ_ENOMEM : ANTQ_OK;
    }
    if (hold(pi, index) != ANTQ_OK)
        return ANTQ_ENOMEM;
    pi->cur_named = name != NULL;
    size_t len = name ? strlen(name) + 1 : 0;
    if (len > pi->cur_name_cap) {
        char *grown = antq__realloc(pi->cur_name, len);
        if (!grown)
            return ANTQ_ENOMEM;
        pi->cur_name = grown;
        pi->cur_name_cap = len;
    }
    if (name)
        memcpy(pi->cur_name, name, len);
    return ANTQ_OK;
}

const antq__plan_row *antq__plan_input_row(const antq__plan_input *pi, size_t index)
{
    static const antq__plan_row none = {.gap = -1, .commune = ANTQ__PLAN_NONE, .registered = ANTQ_UNKNOWN,
                                        .remediable = 2};
    if (index >= pi->n_units)
        return &none;
    uint32_t ref = pi->refs[index];
    return ref & ANTQ__PLAN_PLAIN ? &pi->plain[ref & ~ANTQ__PLAN_PLAIN] : &pi->rows[ref];
}

int antq__plan_input_households(const antq__plan_input *pi, size_t index, int year, int64_t *resident,
                                int64_t *registered)
{
    *resident = *registered = -1;
    for (size_t k = 0; k < pi->n_hh_years; k++)
        if (pi->hh_years[k] == year) {
            const int64_t *alone = index == pi->cur ? pi->cur_hh : antq__idxmap_get(&pi->hh_each, index);
            if (alone) {
                *resident = alone[2 * k];
                *registered = alone[2 * k + 1];
            } else if (index < pi->n_units && antq__units_kind(&pi->units, index) == ANTQ_KIND_RESIDENTIAL_AREA &&
                       !(pi->wants & ANTQ__PLAN_WANTS_HH_EACH)) {
                *resident = *registered = 0; /* known and equal (hh_kept_alone()): only its gap, 0, is kept */
            }
            return 1;
        }
    return 0;
}

void antq__plan_input_households_total(const antq__plan_input *pi, int year, const char *scope, int64_t *registered,
                                       int64_t *resident, const char **missing)
{
    static const char *const unknown = "households of a residential area";
    static const char *const too_many = "a total of households beyond 2^63 - 1 (cannot be represented)";
    *registered = *resident = 0;
    *missing = NULL;
    size_t y = 0;
    while (y < pi->n_hh_years && pi->hh_years[y] != year)
        y++;
    /* the areas inside scope: each must have been reported (held, or kept in a sum) */
    size_t n = antq__units_count(&pi->units), expected = 0, reported = 0;
    for (size_t i = 0; i < n; i++)
        expected += antq__units_kind(&pi->units, i) == ANTQ_KIND_RESIDENTIAL_AREA &&
                    antq__plan_in_scope(&pi->units, i, scope);
    if (!expected)
        return;
    if (y == pi->n_hh_years) {
        *missing = unknown;
        return;
    }
    size_t alone = scope ? antq__units_find(&pi->units, scope) : ANTQ_INDEX_NONE;
    int64_t res = 0, reg = 0;
    int overflow = 0;
    if (alone != ANTQ_INDEX_NONE && antq__units_kind(&pi->units, alone) == ANTQ_KIND_RESIDENTIAL_AREA) {
        /* the scope is one area: its own counts, kept alone (hh_kept_alone()) or held */
        const int64_t *hh = alone == pi->cur ? pi->cur_hh : antq__idxmap_get(&pi->hh_each, alone);
        if (!hh || hh[2 * y] < 0 || hh[2 * y + 1] < 0) {
            *missing = unknown;
            return;
        }
        *resident = hh[2 * y];
        *registered = hh[2 * y + 1];
        return;
    }
    for (size_t k = 0; k < pi->n_hh_sums; k++) {
        const antq__plan_hh_sum *sum = &pi->hh_sums[k];
        if (!antq__plan_parent_in_scope(&pi->units, sum->parent, scope))
            continue;
        if (sum->unknown[y]) {
            *missing = unknown;
            return;
        }
        reported += sum->areas;
        overflow |= sum->overflow[y] || __builtin_add_overflow(res, sum->resident[y], &res) ||
                    __builtin_add_overflow(reg, sum->registered[y], &reg);
    }
    /* the area held whole, in no sum yet (not one whose record failed at the end: past the units) */
    if (pi->cur < n && antq__units_kind(&pi->units, pi->cur) == ANTQ_KIND_RESIDENTIAL_AREA &&
        antq__plan_in_scope(&pi->units, pi->cur, scope)) {
        if (pi->cur_hh[2 * y] < 0 || pi->cur_hh[2 * y + 1] < 0) {
            *missing = unknown;
            return;
        }
        reported++;
        overflow |= __builtin_add_overflow(res, pi->cur_hh[2 * y], &res) ||
                    __builtin_add_overflow(reg, pi->cur_hh[2 * y + 1], &reg);
    }
    if (reported < expected) { /* an area in scope never reported its households */
        *missing = unknown;
        return;
    }
    *resident = res;
    *registered = reg;
    if (overflow)
        *missing = too_many;
}

const char *antq__plan_input_name(const antq__plan_input *pi, size_t index)
{
    if (pi->units.ds)
        return antq_dataset_unit(pi->units.ds, index)->name;
    if (index == pi->cur)
        return pi->cur_named ? pi->cur_name : NULL;
    return antq__idxmap_get(&pi->names, index);
}

const antq_unit *antq__plan_input_commune(const antq__plan_input *pi, const char *commune_id, const antq_evidence **ev)
{
    size_t k = antq_dataset_find(pi->evidence, commune_id);
    *ev = k == ANTQ_INDEX_NONE ? NULL : antq_dataset_evidence(pi->evidence, k, pi->year);
    return k == ANTQ_INDEX_NONE ? NULL : antq_dataset_unit(pi->evidence, k);
}

int antq__plan_input_from_evaluation(antq__plan_input *pi, const antq_evaluation *ev, const antq_plan *p,
                                     const int *hh_years, size_t n_hh_years)
{
    const antq_dataset *ds = antq_evaluation_dataset(ev);
    antq__units units;
    antq__units_of_dataset(&units, ds);
    if (antq__plan_input_init(pi, &units, ds, antq__evaluation_options(ev), antq_evaluation_year(ev), p, hh_years,
                              n_hh_years) != ANTQ_OK)
        return ANTQ_ENOMEM;
    pi->has_results = 1;
    size_t n = antq_dataset_unit_count(ds);
    int rc = n ? reserve(pi, n - 1) : ANTQ_OK;
    for (size_t i = 0; i < n && rc == ANTQ_OK; i++) {
        const antq_unit *u = antq_dataset_unit(ds, i);
        const antq_result *res = NULL; /* built now when kept as a verdict (antq_evaluation_result_get()) */
        if (i < antq_evaluation_count(ev) && antq_evaluation_result_get(&res, ev, i, NULL) != ANTQ_OK)
            rc = ANTQ_ENOMEM;
        if (rc == ANTQ_OK)
            rc = antq__plan_input_add_result(pi, i, u, antq_dataset_evidence(ds, i, pi->year), res,
                                             antq_evaluation_rollup(ev, i));
        for (size_t k = 0; k < pi->n_hh_years && rc == ANTQ_OK; k++)
            rc = antq__plan_input_add_households(pi, i, pi->hh_years[k], antq_dataset_evidence(ds, i, pi->hh_years[k]));
    }
    if (rc != ANTQ_OK)
        antq__plan_input_free(pi);
    return rc;
}
