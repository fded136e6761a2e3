/* Evaluating a whole dataset: members first, then each commune with the
 * roll-up of its members (Art. 5.4) and their events on its territory (Art. 5.2).
 * SPDX-License-Identifier: MIT */
#include "result.h"
#include "verdicts.h"
#include "../model/dataset.h"
#include "../pipeline/index.h"

#include <stdatomic.h>
#include <stdio.h>
#include <string.h>

struct antq_evaluation {
    const antq_dataset *ds;    /* borrowed: the dataset outlives the evaluation; NULL for kept results without
                                * kept units (antq_pipeline_keep_units() not asked for) */
    const antq__index *index;  /* kept results: the pipeline's index of its units (ids, parents, kinds), borrowed */
    int year;
    int pool_mode;             /* the options' #antq_pool_mode (N2) */
    size_t n;
    antq__arena arena;         /* the results (one allocation per 64 KiB and more, not one per unit) */
    antq_result **results;     /* a dataset evaluation's results under another standard than SAFE; else NULL:
                                * the units are kept as verdicts (verdicts), and whole (whole) */
    /* kept results (antq__evaluation_start): the results kept whole, copies in the arena, by unit index (a
     * map: memory per result kept whole, not per unit); the others are kept as verdicts only */
    antq__idxmap whole;
    /* a unit kept as a verdict: its result built on the first antq_evaluation_result() (from the verdict, its
     * own allocation; or by evaluating the unit again, on the shelf) and published once by compare-exchange,
     * so that readers in several threads share one; the array itself (n entries) made on the first such read,
     * published the same way */
    _Atomic(_Atomic(antq_result *) *) built;
    antq__verdicts verdicts;
    int by_place;              /* a dataset evaluation: a commune's roll-up is at its place among the dataset's
                                * communes (antq__dataset_commune_place()); else kept results (rollup_places) */
    antq_rollup *rollups;      /* per commune, in unit order; meaningful for communes with members */
    unsigned char *has_rollup; /* per commune: 1 when it has members */
    size_t n_rollups, cap_rollups; /* kept results (antq__evaluation_keep): roll-ups in use and room */
    antq__idxmap rollup_places; /* kept results: by unit index, its place in rollups + 1 (as a pointer's bits) —
                                 * memory per commune, not per unit */
    unsigned char *heap;       /* per unit: 1 when its result is its own allocation (another standard, pass 3) */
    antq_options opts;         /* the options it was made with (arrays borrowed from the caller or the dataset) */
    /* a dataset evaluation under the SAFE standard: its units are kept as verdicts (in verdicts and built, as
     * kept results are) and their results built by evaluating them again, on the first antq_evaluation_result();
     * env is what every unit's evaluation worked out once (NULL otherwise); those results go on the shelf,
     * from any thread. A commune is evaluated again with its roll-up and its territory events, kept here:
     * those of the commune at place s in rollups are territory[territory_at[s] .. territory_at[s + 1]) */
    antq__eval_env *env;
    antq__shelf shelf;
    antq_event *territory;
    size_t *territory_at;
};

/* The territory events of the commune at place s, from events grouped by commune (those of place s are
 * events[at[s] .. at[s + 1])): NULL and 0 for a member (ANTQ__NONE) or a commune without any. */
static const antq_event *territory_of(const antq_event *events, const size_t *at, size_t s, size_t *n)
{
    *n = s == ANTQ__NONE ? 0 : at[s + 1] - at[s];
    return *n ? events + at[s] : NULL;
}

ANTQ__HIDDEN const antq_options *antq__evaluation_options(const antq_evaluation *ev);
const antq_options *antq__evaluation_options(const antq_evaluation *ev) { return ev ? &ev->opts : NULL; }

void antq_evaluation_free(antq_evaluation *e)
{
    if (!e)
        return;
    for (size_t i = 0; e->results && e->heap && i < e->n; i++)
        if (e->heap[i])
            antq_result_free(e->results[i]);
    _Atomic(antq_result *) *built = atomic_load_explicit(&e->built, memory_order_acquire);
    for (size_t i = 0; built && !e->env && i < e->n; i++)
        antq__free(atomic_load_explicit(&built[i], memory_order_relaxed)); /* built from its verdict */
    antq__shelf_free(&e->shelf); /* a dataset evaluation's results built on demand */
    antq__verdicts_free(&e->verdicts);
    antq__free(built);
    antq__idxmap_free(&e->whole);
    antq__arena_free(&e->arena);
    antq__free(e->heap);
    antq__free(e->results);
    antq__idxmap_free(&e->rollup_places);
    antq__free(e->rollups);
    antq__free(e->has_rollup);
    antq__free(e->env);
    antq__free(e->territory);
    antq__free(e->territory_at);
    antq__free(e);
}

size_t antq_evaluation_count(const antq_evaluation *e) { return e ? e->n : 0; }
int antq_evaluation_year(const antq_evaluation *e) { return e ? e->year : 0; }
const antq_dataset *antq_evaluation_dataset(const antq_evaluation *e) { return e ? e->ds : NULL; }

/* The result held for a unit: not one kept as a verdict only and not built yet. */
static const antq_result *held(const antq_evaluation *e, size_t index)
{
    if (e->results)
        return e->results[index];
    const antq_result *r = antq__idxmap_get(&e->whole, index);
    if (r)
        return r;
    _Atomic(antq_result *) *built = atomic_load_explicit(&e->built, memory_order_acquire);
    return built ? atomic_load_explicit(&built[index], memory_order_acquire) : NULL;
}

/* The array of results built from verdicts, made on first use (n entries, all NULL) and published once: NULL
 * when out of memory. */
static _Atomic(antq_result *) *built_array(const antq_evaluation *e)
{
    _Atomic(_Atomic(antq_result *) *) *at = (_Atomic(_Atomic(antq_result *) *) *)&e->built; /* written behind
                                                                                                   * const: once */
    _Atomic(antq_result *) *built = atomic_load_explicit(at, memory_order_acquire);
    if (built)
        return built;
    _Atomic(antq_result *) *made = antq__calloc(e->n ? e->n : 1, sizeof *made); /* all bits zero: NULL */
    if (!made)
        return NULL;
    if (atomic_compare_exchange_strong_explicit(at, &built, made, memory_order_acq_rel, memory_order_acquire))
        return made;
    antq__free(made); /* another thread published its own first: built is that one */
    return built;
}

static antq_result *evaluate_again(const antq_evaluation *e, size_t index);
static size_t rollup_place(const antq_evaluation *e, size_t index);
static antq_result *from_verdict(const antq_evaluation *e, size_t index);

const antq_result *antq_evaluation_result(const antq_evaluation *e, size_t index)
{
    const antq_result *r = NULL;
    return antq_evaluation_result_get(&r, e, index, NULL) == ANTQ_OK ? r : NULL;
}

int antq_evaluation_result_get(const antq_result **out, const antq_evaluation *e, size_t index, antq_error *err)
{
    if (out)
        *out = NULL;
    if (!out || !e)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a result pointer and an evaluation, found NULL");
    if (index >= e->n)
        return antq__error_set(err, ANTQ_ERANGE, "/index", "expected a unit index below %zu, found %zu", e->n, index);
    antq_result *r = (antq_result *)held(e, index);
    *out = r;
    if (r || e->results || !antq__verdicts_has(&e->verdicts, index))
        return ANTQ_OK;
    _Atomic(antq_result *) *built = built_array(e);
    antq_result *made = !built ? NULL : e->env ? evaluate_again(e, index) : from_verdict(e, index);
    if (!made)
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory while building the result of unit %zu", index);
    if (!atomic_compare_exchange_strong_explicit(&built[index], &r, made, memory_order_acq_rel,
                                                 memory_order_acquire)) {
        if (!e->env) /* another thread published its own first: r is that one (made, on the shelf, stays there) */
            antq__free(made);
    } else
        r = made;
    *out = r;
    return ANTQ_OK;
}

/* A kept result's summary built from its verdict (kept results; their evidence is gone). */
static antq_result *from_verdict(const antq_evaluation *e, size_t index)
{
    antq_unit named; /* without kept units: named by the index (id, parent, kind), without a name */
    antq_unit_init(&named);
    if (!e->ds) {
        const antq__index_row *row = &e->index->rows[index];
        named.id = row->id;
        named.parent_id = row->parent;
        named.kind = row->kind;
    }
    return antq__verdicts_result(&e->verdicts, index, e->ds ? &e->ds->units[index].unit : &named);
}

/* A dataset unit's whole result: its evaluation again, as the first one ran it (same evidence, options,
 * worked-out periods and rows, and for a commune the same roll-up and territory events), on the evaluation's
 * shelf. NULL when out of memory. */
static antq_result *evaluate_again(const antq_evaluation *e, size_t index)
{
    const antq_unit *u = &e->ds->units[index].unit;
    const antq_evidence *ev = antq_dataset_evidence(e->ds, index, e->year);
    antq_evidence empty;
    if (!ev) {
        antq_evidence_init(&empty);
        empty.year = e->year;
        ev = &empty;
    }
    antq__eval_env env; /* the unit's kind copied: its authority memo is written while evaluating, maybe in
                         * threads; an evaluation reads no other kind's plan */
    env.arena = NULL;
    env.shelf = (antq__shelf *)&e->shelf; /* safe from several threads: the one part written behind const */
    env.year = e->env->year;
    env.kinds[u->kind] = e->env->kinds[u->kind];
    size_t n_territory; /* a commune: its members' roll-up and events, as the first evaluation had them */
    const antq_event *territory = territory_of(e->territory, e->territory_at, rollup_place(e, index), &n_territory);
    antq_result *r = NULL;
    return antq__evaluate(&r, ANTQ_STANDARD_SAFE, u, ev, antq_evaluation_rollup(e, index), territory, n_territory,
                          &e->opts, &env, NULL) == ANTQ_OK
               ? r
               : NULL;
}

int antq_evaluation_verdict(const antq_evaluation *e, size_t index)
{
    if (!e || index >= e->n)
        return 0;
    if (!e->results && antq__verdicts_has(&e->verdicts, index))
        return antq__verdicts_verdict(&e->verdicts, index);
    return antq_result_verdict(held(e, index));
}

int antq_evaluation_registered(const antq_evaluation *e, size_t index)
{
    if (!e || index >= e->n)
        return ANTQ_UNKNOWN;
    if (!e->results && antq__verdicts_has(&e->verdicts, index))
        return antq__verdicts_registered(&e->verdicts, index);
    return antq_result_registered(held(e, index));
}

/* The place in rollups of the unit at index (< e->n), ANTQ__NONE when it has none. */
static size_t rollup_place(const antq_evaluation *e, size_t index)
{
    if (e->by_place)
        return antq__dataset_commune_place(e->ds, e->n_rollups, index);
    uintptr_t t = (uintptr_t)antq__idxmap_get(&e->rollup_places, index);
    return t ? (size_t)t - 1 : ANTQ__NONE;
}

const antq_rollup *antq_evaluation_rollup(const antq_evaluation *e, size_t index)
{
    size_t s = e && index < e->n ? rollup_place(e, index) : ANTQ__NONE;
    return s != ANTQ__NONE && e->has_rollup[s] ? &e->rollups[s] : NULL;
}

void antq_commune_pool_init(antq_commune_pool *p)
{
    if (!p)
        return;
    memset(p, 0, sizeof *p);
    p->size = sizeof *p;
    p->share_tenths = -1;
    p->meets = ANTQ_UNKNOWN;
}

/* The Art. 5.4 check of a commune's result: the one with the members-certified fact. */
static const antq_check *pool_check(const antq_result *r, const antq_fact **fact)
{
    for (size_t c = 0; r && c < r->n_checks; c++)
        for (size_t k = 0; k < r->checks[c].n_facts; k++)
            if (r->checks[c].facts[k].kind == ANTQ_FACT_MEMBERS_CERTIFIED) {
                *fact = &r->checks[c].facts[k];
                return &r->checks[c];
            }
    return NULL;
}

/* The pool of a commune's result r (its Art. 5.4 check) and the roll-up it was evaluated with (NULL: no
 * members), under pool mode pool_mode; ANTQ_ENOTFOUND when r has no such check. */
static int pool_of(antq_commune_pool *out, const antq_result *r, const antq_rollup *ro, int pool_mode)
{
    const antq_fact *f = NULL;
    const antq_check *ch = pool_check(r, &f);
    if (!ch)
        return ANTQ_ENOTFOUND;
    const antq__row *row = antq__row_of(ch->criterion);
    antq_commune_pool p;
    antq_commune_pool_init(&p);
    p.residential_only = (row && row->p.pool_residential_only) || pool_mode == ANTQ_POOL_RESIDENTIAL_ONLY;
    p.threshold_num = f->threshold_num;
    p.threshold_den = f->threshold_den;
    p.meets = f->outcome == ANTQ_OUTCOME_PASS ? ANTQ_YES : f->outcome == ANTQ_OUTCOME_FAIL ? ANTQ_NO : ANTQ_UNKNOWN;
    if (!ro) { /* no members in the dataset: the counts the commune reported in its evidence */
        p.pool = f->total;
        p.certified = f->value;
        for (size_t c = 0; c < r->n_checks; c++)
            for (size_t k = 0; k < r->checks[c].n_facts; k++)
                if (r->checks[c].facts[k].kind == ANTQ_FACT_MEMBERS_REGISTERED)
                    p.registered = r->checks[c].facts[k].value;
        if (p.pool > 0 && p.certified >= 0 &&
            antq_share_round(&p.share_tenths, p.certified, p.pool, p.threshold_num, p.threshold_den) != ANTQ_OK)
            p.share_tenths = -1;
        *out = p;
        return ANTQ_OK;
    }
    p.pool = ro->ra_total;
    p.registered = ro->ra_registered;
    p.certified = ro->ra_certified;
    p.undetermined = ro->ra_undetermined;
    if (!p.residential_only) {
        p.pool += ro->managed_total;
        p.registered += ro->managed_registered;
        p.certified += ro->managed_certified;
        p.undetermined += ro->managed_undetermined;
        p.uncertain = ro->uncertain_total;
        p.uncertain_certified = ro->uncertain_certified;
        p.uncertain_undetermined = ro->uncertain_undetermined;
    }
    if (p.pool > 0 && antq_share_round(&p.share_tenths, p.certified, p.pool, p.threshold_num, p.threshold_den) != ANTQ_OK)
        p.share_tenths = -1;
    *out = p;
    return ANTQ_OK;
}

/* NULL arguments and the caller's record size, as both pool functions check them. */
static int pool_args(const antq_commune_pool *out, const void *from, const char *what, antq_error *err)
{
    if (!out || !from)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a pool record and %s, found NULL", what);
    if (out->size != sizeof *out)
        return antq__error_set(err, ANTQ_EVERSION, "/size", "expected a record from antq_commune_pool_init() (size %u), found size %u",
                               (unsigned)sizeof *out, (unsigned)out->size);
    return ANTQ_OK;
}

int antq_evaluation_commune_pool(antq_commune_pool *out, const antq_evaluation *e, size_t index, antq_error *err)
{
    int rc = pool_args(out, e, "an evaluation", err);
    if (rc)
        return rc;
    const antq_result *r = NULL;
    if (index < e->n && e->env && rollup_place(e, index) != ANTQ__NONE) { /* a dataset's commune: built when
                                                                             * first read */
        rc = antq_evaluation_result_get(&r, e, index, err);
        if (rc)
            return rc;
    } else if (index < e->n) {
        r = held(e, index);
    }
    if (pool_of(out, r, antq_evaluation_rollup(e, index), e->pool_mode) != ANTQ_OK)
        return antq__error_set(err, ANTQ_ENOTFOUND, "", "unit %zu is not a commune with an Art. 5.4 check", index);
    return ANTQ_OK;
}

int antq_result_commune_pool(antq_commune_pool *out, const antq_result *commune, const antq_rollup *rollup,
                             const antq_options *opts, antq_error *err)
{
    int rc = pool_args(out, commune, "a result", err);
    if (rc)
        return rc;
    if (pool_of(out, commune, rollup, opts ? opts->pool_mode : ANTQ_POOL_ALL_MANAGED) != ANTQ_OK)
        return antq__error_set(err, ANTQ_ENOTFOUND, "", "the result of \"%.60s\" is not a commune's with an Art. 5.4 check",
                               antq_result_unit_id(commune) ? antq_result_unit_id(commune) : "");
    return ANTQ_OK;
}

/* The place among the dataset's communes of the member u's commune, ANTQ__NONE when its parent is none. */
static size_t commune_place_of(const antq_dataset *ds, const antq_unit *u)
{
    if (u->kind == ANTQ_KIND_COMMUNE || !u->parent_id)
        return ANTQ__NONE;
    size_t p = antq__strmap_get(&ds->ids, u->parent_id);
    return p == ANTQ__NONE ? ANTQ__NONE : antq__dataset_commune_place(ds, ds->n_communes, p);
}

static int evaluate_dataset(const antq_dataset *ds, int year, int standard, const antq_options *opts,
                            antq_evaluation **out, antq_error *err);

int antq_dataset_evaluate(antq_evaluation **out, const antq_dataset *ds, int year, const antq_options *opts,
                          antq_error *err)
{
    return evaluate_dataset(ds, year, ANTQ_STANDARD_SAFE, opts, out, err);
}

int antq_dataset_evaluate_standard(antq_evaluation **out, const antq_dataset *ds, int year, int standard,
                                   const antq_options *opts, antq_error *err)
{
    if (out && (standard < 0 || standard >= ANTQ_STANDARD_COUNT)) {
        *out = NULL;
        return antq__error_set(err, ANTQ_EINVAL, "/standard", "expected a standard 0 to %d, found %d",
                               ANTQ_STANDARD_COUNT - 1, standard);
    }
    return evaluate_dataset(ds, year, standard, opts, out, err);
}

/* How many units ahead pass 1 asks for a unit's evidence: far enough for memory to answer while the units in
 * between are evaluated. */
#define PREFETCH_AHEAD 4

/* Ask for the first evidence record of the unit at index (most often the year evaluated: one record a unit)
 * to be brought into the cache, every cache line of it. A hint: nothing changes when it does nothing. */
static void prefetch_evidence(const antq_dataset *ds, size_t index)
{
    size_t k = ds->units[index].first_evidence;
    if (k == ANTQ__NONE)
        return;
    const char *p = (const char *)&ds->evs[k];
    for (size_t off = 0; off < sizeof ds->evs[k]; off += 64)
        __builtin_prefetch(p + off);
}

/* Prefix an error path with the unit's place in the dataset. */
static void unit_path(antq_error *err, size_t i)
{
    if (!err)
        return;
    char inner[ANTQ_ERROR_PATH_SIZE];
    memcpy(inner, err->path, sizeof inner);
    snprintf(err->path, sizeof err->path, "/units/%zu%.200s", i, inner);
}

static int evaluate_dataset(const antq_dataset *ds, int year, int standard, const antq_options *opts,
                            antq_evaluation **out, antq_error *err)
{
    if (!ds || !out)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a dataset and an output pointer, found NULL");
    *out = NULL;
    if (!opts)
        opts = &ds->opts;
    /* units and evidence were validated when they were added to the dataset, the options are checked
     * here once: each unit is then evaluated without checking again (antq__evaluate) */
    int rc = antq__options_validate(opts, err);
    if (rc)
        return rc;
    antq_options full;
    opts = antq__options_current(opts, &full); /* a version-1 caller's struct is shorter: copied whole below */
    if (year < 1901 || year > 2998) /* as antq_evidence_validate() says it for the evidence of such a year */
        return antq__error_set(err, ANTQ_ERANGE, "/year", "expected an evaluation year 1901-2998, found %d", year);
    size_t n = ds->n_units;
    antq_evaluation *e = antq__calloc(1, sizeof *e);
    if (!e)
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    e->ds = ds;
    e->year = year;
    antq__shelf_init(&e->shelf);
    e->pool_mode = opts->pool_mode;
    e->n = n;
    e->opts = *opts;
    const int lazy = standard == ANTQ_STANDARD_SAFE; /* members kept as verdicts, their results built when asked */
    e->by_place = 1;
    size_t n_communes = ds->n_communes;
    antq__verdicts_init(&e->verdicts);
    if (lazy)
        e->env = antq__malloc(sizeof *e->env);
    int no_room = lazy && (!e->env || antq__verdicts_grow(&e->verdicts, n) != ANTQ_OK);
    e->results = lazy ? NULL : antq__calloc(n, sizeof *e->results);
    e->n_rollups = e->cap_rollups = n_communes;
    e->rollups = antq__calloc(n_communes, sizeof *e->rollups);
    e->has_rollup = antq__calloc(n_communes, 1);
    e->heap = lazy ? NULL : antq__calloc(n ? n : 1, 1);
    antq__arena_init(&e->arena);
    /* the members with events on a commune's territory (Art. 5.2), in unit order, and per commune (by its place
     * in rollups) the number of their events, then where its events start in terr */
    size_t *terr_at = antq__calloc(n_communes + 2, sizeof *terr_at);
    struct source {
        size_t unit;
        size_t place;
    } *sources = NULL;
    size_t n_sources = 0, cap_sources = 0;
    antq_event *terr = NULL;
    if ((!lazy && !e->results) || no_room || !e->rollups || !e->has_rollup || (!lazy && !e->heap) ||
        !terr_at) {
        rc = antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
        goto done;
    }
    antq_evidence empty;
    antq_evidence_init(&empty);
    empty.year = year;
    antq__eval_env env; /* periods, rows and authority rows per unit kind, worked out once */
    antq__eval_env_init(&env, opts, year, &e->arena);
    antq_result summary, *member = &summary; /* a member's result: its summary (lazy), else the whole result */

    /* pass 1, in unit order: every member's result, added at once (while it is in the cache) to its commune's
     * roll-up (Art. 5.4), and its events counted on the commune's territory (Art. 5.2) */
    const char *last_parent = NULL; /* members of one commune usually follow each other: the previous parent */
    size_t last_commune = ANTQ__NONE;
    for (size_t i = 0; i < n; i++) {
        const antq_unit *u = &ds->units[i].unit;
        if (i + PREFETCH_AHEAD < n) /* a later unit's evidence on its way to the cache while this one is read */
            prefetch_evidence(ds, i + PREFETCH_AHEAD);
        if (u->kind == ANTQ_KIND_COMMUNE)
            continue;
        const antq_evidence *ev = antq_dataset_evidence(ds, i, year);
        /* the parent's own id when it came first (antq__dataset_parent_id()): most often the same pointer */
        if (u->parent_id && u->parent_id != last_parent && (!last_parent || strcmp(u->parent_id, last_parent) != 0)) {
            last_parent = u->parent_id;
            last_commune = commune_place_of(ds, u);
        }
        size_t sc = u->parent_id ? last_commune : ANTQ__NONE; /* the commune's place */
        if (lazy) {
            rc = antq__evaluate_summary(&summary, u, ev ? ev : &empty, NULL, NULL, 0, opts, &env, err);
            if (rc == ANTQ_OK && antq__verdicts_set(&e->verdicts, i, &summary) != ANTQ_OK)
                rc = antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
        } else {
            rc = antq__evaluate(&e->results[i], ANTQ_STANDARD_SAFE, u, ev ? ev : &empty, NULL, NULL, 0, opts, &env,
                                err);
            member = e->results[i];
        }
        if (rc) {
            unit_path(err, i);
            goto done;
        }
        if (sc == ANTQ__NONE)
            continue;
        antq_rollup *ro = &e->rollups[sc];
        if (!e->has_rollup[sc]) {
            antq_rollup_init(ro, ds->units[ds->communes[sc]].unit.id);
            e->has_rollup[sc] = 1;
        }
        antq__rollup_count(ro, u, ev, member);
        if (!ev || !ev->n_events)
            continue;
        if (antq__array_reserve((void **)&sources, &cap_sources, n_sources + 1, sizeof *sources, 64) != ANTQ_OK) {
            rc = antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
            goto done;
        }
        sources[n_sources++] = (struct source){i, sc};
        terr_at[sc + 2] += ev->n_events;
    }

    /* the territory events grouped by commune (counting sort over the communes' places, stable: unit order) */
    for (size_t k = 2; k < n_communes + 2; k++) /* the count of place s at [s + 2] → its start at [s + 1] */
        terr_at[k] += terr_at[k - 1];
    size_t total_events = terr_at[n_communes + 1];
    terr = antq__malloc((total_events ? total_events : 1) * sizeof *terr);
    if (!terr) {
        rc = antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
        goto done;
    }
    for (size_t k = 0; k < n_sources; k++) { /* terr_at[place + 1]: where the next event of the commune goes */
        const antq_evidence *ev = antq_dataset_evidence(ds, sources[k].unit, year);
        for (size_t j = 0; j < ev->n_events; j++) {
            antq_event *t = &terr[terr_at[sources[k].place + 1]++];
            *t = ev->events[j];
            if (!t->unit_id)
                t->unit_id = ds->units[sources[k].unit].unit.id;
        }
    }
    /* now the events of the commune at place s are terr[terr_at[s] .. terr_at[s + 1]) (territory_of()) */

    /* pass 2: communes */
    for (size_t sc = 0; sc < n_communes && rc == ANTQ_OK; sc++) {
        size_t i = ds->communes[sc];
        const antq_evidence *ev = antq_dataset_evidence(ds, i, year);
        const antq_unit *u = &ds->units[i].unit;
        size_t nt;
        const antq_event *territory = territory_of(terr, terr_at, sc, &nt);
        if (lazy) { /* kept as a verdict too, its result built when read (with the territory kept below) */
            rc = antq__evaluate_summary(&summary, u, ev ? ev : &empty, antq_evaluation_rollup(e, i), territory, nt,
                                        opts, &env, err);
            if (rc == ANTQ_OK && antq__verdicts_set(&e->verdicts, i, &summary) != ANTQ_OK)
                rc = antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
        } else {
            rc = antq__evaluate(&e->results[i], ANTQ_STANDARD_SAFE, u, ev ? ev : &empty,
                                antq_evaluation_rollup(e, i), territory, nt, opts, &env, err);
        }
        if (rc)
            unit_path(err, i);
    }
    if (lazy && rc == ANTQ_OK) {
        *e->env = env;
        e->env->arena = NULL;
        e->territory = terr; /* the evaluation's now */
        e->territory_at = terr_at;
        terr = NULL;
        terr_at = NULL;
    }

    /* pass 3, another standard: every unit again under it, with the same roll-up and territory; each result
     * its own allocation */
    env.arena = NULL;
    for (size_t i = 0; i < n && rc == ANTQ_OK && standard != ANTQ_STANDARD_SAFE; i++) {
        const antq_unit *u = &ds->units[i].unit;
        const antq_evidence *ev = antq_dataset_evidence(ds, i, year);
        size_t nt;
        const antq_event *territory = territory_of(terr, terr_at, rollup_place(e, i), &nt);
        antq_result *r = NULL;
        rc = antq__evaluate(&r, standard, u, ev ? ev : &empty, antq_evaluation_rollup(e, i), territory, nt, opts,
                            &env, err);
        if (rc) {
            unit_path(err, i);
            break;
        }
        e->results[i] = r; /* the one it replaces is in the arena, freed with it */
        e->heap[i] = 1;
    }
done:
    antq__free(terr);
    antq__free(terr_at);
    antq__free(sources);
    if (rc) {
        antq_evaluation_free(e);
        return rc;
    }
    *out = e;
    return ANTQ_OK;
}

/* ---- an evaluation built from kept results (lib/pipeline: antq_pipeline_keep_results()) */

int antq__evaluation_start(antq_evaluation **out, const antq_dataset *units, const antq__index *index, int year,
                           const antq_options *opts)
{
    antq_evaluation *e = antq__calloc(1, sizeof *e);
    if (!e)
        return ANTQ_ENOMEM;
    e->ds = units;
    e->index = index;
    e->year = year;
    e->opts = *opts;
    e->pool_mode = opts->pool_mode;
    antq__arena_init(&e->arena);
    antq__verdicts_init(&e->verdicts);
    antq__idxmap_init(&e->whole);
    antq__idxmap_init(&e->rollup_places);
    *out = e;
    return ANTQ_OK;
}

/* Room for n units (new ones without a result, a verdict or a roll-up). */
static int grow(antq_evaluation *e, size_t n)
{
    if (n <= e->n)
        return ANTQ_OK;
    if (antq__verdicts_grow(&e->verdicts, n) != ANTQ_OK)
        return ANTQ_ENOMEM;
    for (size_t i = e->n; i < n; i++) /* after seal() shrank the count, a slot can hold a stale verdict */
        antq__verdicts_set(&e->verdicts, i, NULL);
    e->n = n;
    return ANTQ_OK;
}

/* A roll-up's place for the unit at index (one more when it has none yet); ANTQ__NONE when out of memory. */
static size_t rollup_slot(antq_evaluation *e, size_t index)
{
    size_t s = rollup_place(e, index);
    if (s != ANTQ__NONE)
        return s;
    size_t cap = e->cap_rollups, cap_has = e->cap_rollups; /* both arrays grow alike */
    if (antq__array_reserve((void **)&e->rollups, &cap, e->n_rollups + 1, sizeof *e->rollups, 16) != ANTQ_OK ||
        antq__array_reserve((void **)&e->has_rollup, &cap_has, e->n_rollups + 1, 1, 16) != ANTQ_OK ||
        antq__idxmap_put(&e->rollup_places, index, (void *)(uintptr_t)(e->n_rollups + 1)) != ANTQ_OK)
        return ANTQ__NONE;
    e->cap_rollups = cap;
    s = e->n_rollups++;
    e->has_rollup[s] = 0;
    return s;
}

int antq__evaluation_keep(antq_evaluation *e, size_t index, const antq_result *r, const antq_rollup *rollup,
                          int verdict_only)
{
    if (grow(e, index + 1) != ANTQ_OK)
        return ANTQ_ENOMEM;
    antq_result *c = verdict_only ? NULL : antq__result_clone(r, &e->arena);
    if (!verdict_only && !c)
        return ANTQ_ENOMEM;
    if (antq__verdicts_set(&e->verdicts, index, verdict_only ? r : NULL) != ANTQ_OK)
        return ANTQ_ENOMEM;
    if (antq__idxmap_put(&e->whole, index, c) != ANTQ_OK) /* one thread keeps, before any reader */
        return ANTQ_ENOMEM;
    size_t s = rollup ? rollup_slot(e, index) : rollup_place(e, index);
    if (rollup && s == ANTQ__NONE)
        return ANTQ_ENOMEM;
    if (s != ANTQ__NONE)
        e->has_rollup[s] = rollup != NULL;
    if (rollup)
        e->rollups[s] = *rollup;
    return ANTQ_OK;
}

int antq__evaluation_seal(antq_evaluation *e)
{
    /* a result kept for a record that failed afterwards sits past the units (within them, the unit that
     * took its place replaced it) */
    if (e->n > e->index->n) {
        e->n = e->index->n;
        antq__idxmap_clear_from(&e->whole, e->n);
    }
    return grow(e, e->index->n);
}

