/* The ingestion pipeline (include/antq/pipeline.h): every source of units —
 * a document, NDJSON lines, a dataset in memory — goes through take_record():
 * the same checks, the same years and options, the same evaluation. Members
 * are evaluated at once and folded into compact per-commune, per-year
 * accumulators (roll-up counters and the territory events a commune's rows
 * read); communes are held back until the end, when the compact index has
 * been checked. Memory grows with the index, communes and events, not with
 * the members' evidence.
 * SPDX-License-Identifier: MIT */
#include "../io/io.h"
#include "../eval/result.h"
#include "index.h"

#include <stdio.h>
#include <string.h>

/* A member's event kept for its commune (Art. 5.2): what the commune's rows
 * read, in 24 bytes instead of an antq_event's 40. Only events some row of the
 * commune would count (or be unsure about) are kept (antq__commune_needs_event). */
typedef struct held_event {
    const char *unit_id; /* in the pipeline's string arena */
    int32_t date;
    int8_t kind, severity, discipline, force_majeure, handled_promptly;
} held_event;

/* One commune in one year: its members' roll-up and kept events. */
typedef struct year_slot {
    int32_t year;
    int has_members;
    antq_rollup rollup;
    held_event *events;
    size_t n_events, cap_events;
    size_t staged; /* events written after n_events by the record being taken */
} year_slot;

typedef struct accumulator {
    const char *commune_id; /* in the string arena */
    year_slot *slots;
    size_t n_slots, cap_slots;
} accumulator;

/* A chosen year. */
typedef struct year_info {
    int32_t year;
    size_t since;      /* members taken before this record number were not evaluated for it (see finish) */
    size_t n_evidence; /* units that had evidence for it */
    int keep_ok;       /* the communes' period of that year is known: member events are filtered by it */
    int32_t keep_start, keep_end;
} year_info;

/* A member kept (without evidence) to be evaluated at the end for years that
 * became known after it was read. */
typedef struct kept_member {
    antq_unit unit; /* strings in the string arena */
    size_t seq;     /* its place among the units taken (compared with year_info.since) */
    size_t record;  /* its index in error paths */
} kept_member;

/* lib/eval/predicates.c */
ANTQ__HIDDEN int antq__commune_needs_event(const antq_event *e, int32_t start, int32_t end, const antq_options *opts);

struct antq_pipeline {
    antq_pipeline_config cfg;
    antq_result_fn fn;
    void *ud;
    antq_options opts;
    int year_rule_open;        /* years still to be chosen by the first unit with evidence */
    year_info *years;
    size_t *order;             /* indices of years in ascending year order */
    size_t n_years, cap_years;
    antq__index index;
    antq_dataset *line;        /* scratch dataset for the current line */
    antq__arena_mark line_mark;
    antq_dataset *communes;    /* held-back communes with all their evidence */
    antq_dataset *units;       /* antq_pipeline_keep_units(): every unit taken, without evidence; else NULL */
    antq_dataset *doc;         /* antq_pipeline_run_json()'s document, which the options point into */
    char *province, *issuer;   /* a whole source's province and issuing body (copies), else NULL */
    int opts_state;            /* 0: the options not checked yet; 1: valid (records are evaluated without
                                  checking again, lib/eval antq__evaluate()); -1: invalid (each call says why) */
    antq__eval_env **envs;     /* per year evaluated: what the year's evaluations share (antq__eval_env_init()) */
    size_t n_envs;
    int keep_results;          /* antq_pipeline_keep_results(): an #antq_keep_results mode, else 0 */
    antq_evaluation **kept_ev; /* one per year, as results come (kept_years[i] is its year) */
    int *kept_years;
    size_t n_kept_ev;
    antq__arena strings;       /* accumulator ids, event unit ids, kept members */
    antq__strmap acc_index;    /* commune id → accumulator */
    accumulator *acc;
    size_t n_acc, cap_acc;
    kept_member *kept;
    size_t n_kept, cap_kept;
    antq_result **results;     /* one record's results, one per year */
    antq__arena result_arena;  /* the results of evaluate_record() with valid options: emptied before each record */
    size_t cap_results;
    antq_event *expand;        /* one commune's held events as antq_event */
    size_t cap_expand;
    int *seen;                 /* every year some unit had evidence for, ascending */
    size_t n_seen, cap_seen;
    size_t n_records;          /* units taken */
    size_t n_failed;           /* lines that failed */
    int fed, stopped, checked, finished;
    size_t next_late_year, next_late, next_commune, next_commune_year; /* antq_pipeline_finish resumes here */
};

void antq_pipeline_config_init(antq_pipeline_config *cfg)
{
    if (!cfg)
        return;
    memset(cfg, 0, sizeof *cfg);
    cfg->version = ANTQ_PIPELINE_CONFIG_VERSION;
}

static int nomem(antq_error *err) { return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory"); }

/* The options in force: the configured ones, else `doc` (a document's), else the defaults. */
static void set_options(antq_pipeline *p, const antq_options *doc)
{
    const antq_options *given = p->cfg.options;
    if (given && given->version != ANTQ_OPTIONS_VERSION) {
        /* an older layout (or an unknown version, refused at the first evaluation): its first fields, the
         * later ones at their defaults */
        antq_options_init(&p->opts, ANTQ_OPTIONS_VERSION);
        memcpy(&p->opts, given, ANTQ__OPTIONS_V1_SIZE);
        if (p->opts.version == 1)
            p->opts.version = ANTQ_OPTIONS_VERSION;
    } else if (given)
        p->opts = *given;
    else if (doc)
        p->opts = *doc;
    else
        antq_options_init(&p->opts, ANTQ_OPTIONS_VERSION);
    if (p->cfg.decision_date)
        p->opts.decision_date = p->cfg.decision_date;
    p->opts_state = 0;
    for (size_t i = 0; i < p->n_envs; i++)
        antq__free(p->envs[i]);
    p->n_envs = 0;
}

/* Evaluate one record. Its unit and evidence were checked when they entered a dataset (antq_dataset_add(),
 * antq_dataset_add_json()) and the options are checked once: the year's shared work (period, rows,
 * authority) is done once per year. Invalid options go through antq_evaluate_standard(), which says why. */
static int evaluate_record(antq_pipeline *p, antq_result **out, int year, const antq_unit *u, const antq_evidence *ev,
                    const antq_rollup *rollup, const antq_event *territory, size_t n_territory, antq_error *err)
{
    if (!p->opts_state)
        p->opts_state = antq__options_validate(&p->opts, NULL) == ANTQ_OK ? 1 : -1;
    if (p->opts_state < 0)
        return antq_evaluate_standard(out, p->cfg.standard, u, ev, rollup, territory, n_territory, &p->opts, err);
    antq__eval_env *env = NULL;
    for (size_t i = 0; i < p->n_envs && !env; i++)
        if (p->envs[i]->year == year)
            env = p->envs[i];
    if (!env) {
        antq__eval_env **envs = antq__realloc(p->envs, (p->n_envs + 1) * sizeof *envs);
        if (envs)
            p->envs = envs;
        env = envs ? antq__malloc(sizeof *env) : NULL;
        if (!env) {
            *out = NULL;
            return nomem(err);
        }
        antq__eval_env_init(env, &p->opts, year, &p->result_arena);
        p->envs[p->n_envs++] = env;
    }
    return antq__evaluate(out, p->cfg.standard, u, ev, rollup, territory, n_territory, &p->opts, env, err);
}

/* Done with a result of evaluate_record(): one made with valid options lives in p->result_arena until the
 * next record (new_record()); one made without (invalid options) is its own allocation. */
static void release_result(const antq_pipeline *p, antq_result *r)
{
    if (p->opts_state < 0)
        antq_result_free(r);
}

/* Before a record's evaluations: the previous record's results are gone (callbacks only borrow them, kept
 * results are copies). */
static void new_record(antq_pipeline *p) { antq__arena_reset(&p->result_arena); }

static int year_known(const antq_pipeline *p, int year)
{
    for (size_t i = 0; i < p->n_years; i++)
        if (p->years[i].year == year)
            return 1;
    return 0;
}

/* Add a year (and the year before, with_previous) known from record `since` on. */
static int add_year(antq_pipeline *p, int year, size_t since)
{
    for (int k = p->cfg.with_previous && !p->cfg.all_years ? 1 : 0; k >= 0; k--) {
        int y = year - k;
        if (year_known(p, y))
            continue;
        if (p->n_years == p->cap_years) {
            size_t cap = p->cap_years ? p->cap_years * 2 : 8;
            year_info *n = antq__realloc(p->years, cap * sizeof *n);
            if (!n)
                return ANTQ_ENOMEM;
            p->years = n;
            size_t *o = antq__realloc(p->order, cap * sizeof *o);
            if (!o)
                return ANTQ_ENOMEM;
            p->order = o;
            p->cap_years = cap;
        }
        year_info *yi = &p->years[p->n_years];
        memset(yi, 0, sizeof *yi);
        yi->year = y;
        yi->since = since;
        yi->keep_ok = antq__period_for(ANTQ_KIND_COMMUNE, y, p->opts.school_year_end_mmdd, p->opts.period_start,
                                       &yi->keep_start, &yi->keep_end, NULL) == ANTQ_OK;
        size_t at = p->n_years++;
        while (at > 0 && p->years[p->order[at - 1]].year > y) {
            p->order[at] = p->order[at - 1];
            at--;
        }
        p->order[at] = p->n_years - 1;
    }
    return ANTQ_OK;
}

/* Undo the years added since n (the record that added them failed). */
static void drop_years(antq_pipeline *p, size_t n)
{
    size_t w = 0;
    for (size_t i = 0; i < p->n_years; i++)
        if (p->order[i] < n)
            p->order[w++] = p->order[i];
    p->n_years = n;
}

/* Years fixed before any record: a configured range, else options.year. */
static int setup_years(antq_pipeline *p, int doc_year)
{
    const antq_pipeline_config *c = &p->cfg;
    if (c->all_years)
        return ANTQ_OK;
    int from = c->year_from, to = c->year_to ? c->year_to : c->year_from;
    if (!from) {
        from = to = c->options ? c->options_year : doc_year;
    }
    if (!from) {
        p->year_rule_open = 1;
        return ANTQ_OK;
    }
    for (int y = from; y <= to; y++)
        if (add_year(p, y, 0) != ANTQ_OK)
            return ANTQ_ENOMEM;
    return ANTQ_OK;
}

int antq_pipeline_new(antq_pipeline **out, const antq_pipeline_config *cfg, antq_result_fn fn, void *userdata,
                      antq_error *err)
{
    if (!out)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer, found NULL");
    *out = NULL;
    antq_pipeline_config defaults;
    antq_pipeline_config_init(&defaults);
    if (!cfg)
        cfg = &defaults;
    if (cfg->version != 1 && cfg->version != ANTQ_PIPELINE_CONFIG_VERSION)
        return antq__error_set(err, ANTQ_EVERSION, "", "expected pipeline configuration version 1 or %d, found %u",
                               ANTQ_PIPELINE_CONFIG_VERSION, (unsigned)cfg->version);
    int to = cfg->year_to ? cfg->year_to : cfg->year_from;
    if (!cfg->all_years && (cfg->year_from < 0 || (cfg->year_from && (cfg->year_from < 1901 || to > 2998 || to < cfg->year_from)) ||
                            (!cfg->year_from && cfg->year_to)))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a year range within 1901..2998, found %d..%d",
                               (int)cfg->year_from, (int)cfg->year_to);
    if (cfg->standard < 0 || cfg->standard >= ANTQ_STANDARD_COUNT)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a standard 0..%d, found %d", ANTQ_STANDARD_COUNT - 1,
                               (int)cfg->standard);
    antq_pipeline *p = antq__calloc(1, sizeof *p);
    if (!p)
        return nomem(err);
    if (cfg->version == 1) { /* 1.0's layout: the members before on_record */
        memcpy(&p->cfg, cfg, offsetof(antq_pipeline_config, on_record));
        p->cfg.on_record = NULL;
    } else {
        p->cfg = *cfg;
    }
    p->fn = fn;
    p->ud = userdata;
    antq__index_init(&p->index);
    antq__arena_init(&p->strings);
    antq__strmap_init(&p->acc_index);
    set_options(p, NULL);
    /* the line arena's first chunk is kept from line to line (the mark is taken
     * after it exists): no 64 KiB malloc and free per line */
    if (antq_dataset_new(&p->line) != ANTQ_OK || antq_dataset_new(&p->communes) != ANTQ_OK ||
        !antq__arena_alloc(&p->line->arena, 1) || setup_years(p, 0) != ANTQ_OK) {
        antq_pipeline_free(p);
        return nomem(err);
    }
    p->line_mark = antq__arena_save(&p->line->arena);
    *out = p;
    return ANTQ_OK;
}

void antq_pipeline_free(antq_pipeline *p)
{
    if (!p)
        return;
    antq_dataset_free(p->line);
    antq_dataset_free(p->communes);
    antq_dataset_free(p->units);
    antq_dataset_free(p->doc);
    antq__free(p->province);
    antq__free(p->issuer);
    for (size_t i = 0; i < p->n_envs; i++)
        antq__free(p->envs[i]);
    antq__free(p->envs);
    for (size_t i = 0; i < p->n_kept_ev; i++)
        antq_evaluation_free(p->kept_ev[i]);
    antq__free(p->kept_ev);
    antq__free(p->kept_years);
    for (size_t i = 0; i < p->n_acc; i++) {
        for (size_t k = 0; k < p->acc[i].n_slots; k++)
            antq__free(p->acc[i].slots[k].events);
        antq__free(p->acc[i].slots);
    }
    antq__free(p->acc);
    antq__free(p->kept);
    antq__free(p->years);
    antq__free(p->order);
    antq__free(p->results);
    antq__arena_free(&p->result_arena);
    antq__free(p->expand);
    antq__free(p->seen);
    antq__strmap_free(&p->acc_index);
    antq__arena_free(&p->strings);
    antq__index_free(&p->index);
    antq__free(p);
}

static accumulator *accumulator_for(antq_pipeline *p, const char *commune_id)
{
    size_t i = antq__strmap_get(&p->acc_index, commune_id);
    if (i != ANTQ__NONE)
        return &p->acc[i];
    if (p->n_acc == p->cap_acc) {
        size_t cap = p->cap_acc ? p->cap_acc * 2 : 64;
        accumulator *a = antq__realloc(p->acc, cap * sizeof *a);
        if (!a)
            return NULL;
        p->acc = a;
        p->cap_acc = cap;
    }
    char *id = antq__arena_strndup(&p->strings, commune_id, strlen(commune_id));
    if (!id || antq__strmap_put(&p->acc_index, id, p->n_acc) != ANTQ_OK)
        return NULL;
    accumulator *a = &p->acc[p->n_acc++];
    memset(a, 0, sizeof *a);
    a->commune_id = id;
    return a;
}

static year_slot *slot_for(accumulator *a, int year)
{
    for (size_t i = 0; i < a->n_slots; i++)
        if (a->slots[i].year == year)
            return &a->slots[i];
    if (a->n_slots == a->cap_slots) {
        size_t cap = a->cap_slots ? a->cap_slots * 2 : 2;
        year_slot *s = antq__realloc(a->slots, cap * sizeof *s);
        if (!s)
            return NULL;
        a->slots = s;
        a->cap_slots = cap;
    }
    year_slot *s = &a->slots[a->n_slots++];
    memset(s, 0, sizeof *s);
    s->year = year;
    antq_rollup_init(&s->rollup, a->commune_id);
    return s;
}

static const year_slot *find_slot(const antq_pipeline *p, const char *commune_id, int year)
{
    size_t i = antq__strmap_get(&p->acc_index, commune_id);
    if (i == ANTQ__NONE)
        return NULL;
    for (size_t k = 0; k < p->acc[i].n_slots; k++)
        if (p->acc[i].slots[k].year == year)
            return &p->acc[i].slots[k];
    return NULL;
}

/* Stage (after n_events, not yet counted) the events of `ev` that the
 * commune's rows of year yi read. */
static int stage_events(antq_pipeline *p, year_slot *s, const year_info *yi, const antq_unit *u,
                        const antq_evidence *ev)
{
    s->staged = 0;
    size_t n_ev = ev ? ev->n_events : 0, n_keep = 0;
    /* no period (no rule set): keep every event, the commune's evaluation will say why */
#define KEEP(e) (!yi->keep_ok || antq__commune_needs_event((e), yi->keep_start, yi->keep_end, &p->opts))
    for (size_t i = 0; i < n_ev; i++)
        n_keep += KEEP(&ev->events[i]) ? 1 : 0;
    if (antq__array_reserve((void **)&s->events, &s->cap_events, s->n_events + n_keep, sizeof *s->events, 8) !=
        ANTQ_OK)
        return ANTQ_ENOMEM;
    for (size_t i = 0; i < n_ev; i++) {
        const antq_event *e = &ev->events[i];
        if (!KEEP(e))
            continue;
        held_event *t = &s->events[s->n_events + s->staged];
        const char *uid = e->unit_id ? e->unit_id : u->id;
        t->unit_id = antq__arena_strndup(&p->strings, uid, strlen(uid));
        if (!t->unit_id)
            return ANTQ_ENOMEM;
        t->date = e->date;
        t->kind = (int8_t)e->kind; /* validated: every field fits */
        t->severity = (int8_t)e->severity;
        t->discipline = (int8_t)e->discipline;
        t->force_majeure = (int8_t)e->force_majeure;
        t->handled_promptly = (int8_t)e->handled_promptly;
        s->staged++;
    }
#undef KEEP
    return ANTQ_OK;
}

/* Prefix an evaluation error's path with the record's ("/units/N"). */
static int record_error(antq_error *err, int rc, size_t record, int32_t line)
{
    if (err && rc != ANTQ_ENOMEM) {
        char inner[ANTQ_ERROR_PATH_SIZE];
        memcpy(inner, err->path, sizeof inner);
        snprintf(err->path, sizeof err->path, "/units/%zu%.200s", record, inner);
        err->line = line;
    }
    return rc == ANTQ_ENOMEM ? nomem(err) : rc;
}

/* Pass a result to the callback: 0 go on, > 0 stop, < 0 a status that fails the record. */
/* antq_pipeline_keep_results(): a copy of the result in its year's evaluation (ANTQ_ENOMEM on failure). */
static int keep_result(antq_pipeline *p, const antq_result *r, const antq_unit *u, const antq_rollup *rollup)
{
    int year = antq_result_year(r);
    int latest = p->n_years ? p->years[p->order[p->n_years - 1]].year : year;
    if (p->keep_results == ANTQ_KEEP_RESULTS_LATEST && year < latest)
        return ANTQ_OK; /* a year before the latest known: not kept (a later year may still come: drop_earlier) */
    size_t k = 0;
    while (k < p->n_kept_ev && p->kept_years[k] != year)
        k++;
    if (k == p->n_kept_ev) {
        antq_evaluation **ev = antq__realloc(p->kept_ev, (k + 1) * sizeof *ev);
        if (ev)
            p->kept_ev = ev;
        int *years = ev ? antq__realloc(p->kept_years, (k + 1) * sizeof *years) : NULL;
        if (!years)
            return ANTQ_ENOMEM;
        p->kept_years = years;
        if (antq__evaluation_start(&p->kept_ev[k], p->units, &p->index, year, &p->opts) != ANTQ_OK)
            return ANTQ_ENOMEM;
        p->kept_years[k] = year;
        p->n_kept_ev++;
    }
    size_t i = antq__index_find(&p->index, u->id);
    int v = antq_result_verdict(r);
    /* the years before the latest one known (a comparison's) are kept as verdicts, communes whole */
    int verdict_only = p->keep_results != ANTQ_KEEP_RESULTS_ALL && u->kind != ANTQ_KIND_COMMUNE &&
                       (year < latest || v == ANTQ_VERDICT_CERTIFIED || v == ANTQ_VERDICT_NOT_ELIGIBLE);
    return i == ANTQ_INDEX_NONE ? ANTQ_OK : antq__evaluation_keep(p->kept_ev[k], i, r, rollup, verdict_only);
}

static int emit(antq_pipeline *p, const antq_result *r, const antq_unit *u, const antq_evidence *ev,
                const antq_rollup *rollup, antq_error *err)
{
    if (p->stopped)
        return ANTQ_OK;
    if (p->keep_results && keep_result(p, r, u, rollup) != ANTQ_OK)
        return nomem(err);
    int rc = p->fn ? p->fn(r, u, rollup, p->ud) : 0;
    if (rc >= 0 && p->cfg.on_record) {
        int rc2 = p->cfg.on_record(r, u, ev, rollup, p->ud);
        rc = rc2 ? rc2 : rc;
    }
    if (rc < 0)
        return antq__error_set(err, rc, "", "the result callback failed: %s", antq_strerror(rc));
    if (rc > 0)
        p->stopped = 1;
    return ANTQ_OK;
}

static int reserve_results(antq_pipeline *p, size_t n)
{
    if (n <= p->cap_results)
        return ANTQ_OK;
    antq_result **r = antq__realloc(p->results, n * sizeof *r);
    if (!r)
        return ANTQ_ENOMEM;
    p->results = r;
    p->cap_results = n;
    return ANTQ_OK;
}

/* Copy a unit's strings into the string arena (kept members). */
static int keep_member(antq_pipeline *p, const antq_unit *u, size_t record)
{
    if (p->n_kept == p->cap_kept) {
        size_t cap = p->cap_kept ? p->cap_kept * 2 : 256;
        kept_member *k = antq__realloc(p->kept, cap * sizeof *k);
        if (!k)
            return ANTQ_ENOMEM;
        p->kept = k;
        p->cap_kept = cap;
    }
    int failed = 0;
    kept_member *k = &p->kept[p->n_kept];
    k->unit = *u;
    k->unit.id = antq__arena_copy_str(&p->strings, u->id, &failed);
    k->unit.name = antq__arena_copy_str(&p->strings, u->name, &failed);
    k->unit.local_type = antq__arena_copy_str(&p->strings, u->local_type, &failed);
    k->unit.parent_id = antq__arena_copy_str(&p->strings, u->parent_id, &failed);
    k->seq = p->n_records;
    k->record = record;
    if (failed)
        return ANTQ_ENOMEM;
    p->n_kept++;
    return ANTQ_OK;
}

/* Hold a commune back with its evidence for the chosen years (every year while
 * they may still change); on failure the commune table is as it was. */
static int hold_commune(antq_pipeline *p, const antq_dataset *src, size_t i, antq_error *err)
{
    antq_dataset *c = p->communes;
    size_t n_units = c->n_units, n_evs = c->n_evs;
    antq__arena_mark mark = antq__arena_save(&c->arena);
    const antq_unit *u = &src->units[i].unit;
    int every_year = p->cfg.all_years || p->year_rule_open;
    int rc = antq_dataset_add(c, u, NULL, err);
    for (size_t e = src->units[i].first_evidence; rc == ANTQ_OK && e != ANTQ__NONE; e = src->evs[e].next)
        if (every_year || year_known(p, src->evs[e].ev.year))
            rc = antq_dataset_add(c, u, &src->evs[e].ev, err);
    if (rc && c->n_units > n_units) {
        antq__strmap_remove_last(&c->ids, c->units[n_units].unit.id);
        antq__dataset_truncate(c, n_units);
        c->n_evs = n_evs;
        antq__arena_rollback(&c->arena, mark);
    }
    return rc;
}

/* Room for `extra` more years in `seen` (so that note_seen() cannot fail after the record is committed). */
static int reserve_seen(antq_pipeline *p, size_t extra)
{
    if (p->n_seen + extra <= p->cap_seen)
        return ANTQ_OK;
    size_t cap = p->cap_seen ? p->cap_seen * 2 : 8;
    while (cap < p->n_seen + extra)
        cap *= 2;
    int *y = antq__realloc(p->seen, cap * sizeof *y);
    if (!y)
        return ANTQ_ENOMEM;
    p->seen = y;
    p->cap_seen = cap;
    return ANTQ_OK;
}

static void note_seen(antq_pipeline *p, int year)
{
    size_t at = p->n_seen;
    while (at > 0 && p->seen[at - 1] > year)
        at--;
    if (at > 0 && p->seen[at - 1] == year)
        return;
    memmove(p->seen + at + 1, p->seen + at, (p->n_seen - at) * sizeof *p->seen);
    p->seen[at] = year;
    p->n_seen++;
}

/* Everything a source does with one unit record: duplicate check, years,
 * evaluation, roll-up, index. All or nothing: on failure the pipeline is as
 * it was. `text` (may be NULL) is the record's own JSON text, for columns. */
static int take_record(antq_pipeline *p, const antq_dataset *src, size_t i, size_t record, int32_t line,
                       const char *text, size_t len, antq_error *err)
{
    const antq_unit *u = &src->units[i].unit;
    /* the id is looked up in the index after the evaluation, the index's slot
     * fetched meanwhile (in a large index it is a cache miss); a duplicate
     * then replaces whatever else happened, and nothing is committed */
    antq__index_prefetch(&p->index, u->id);
    /* years this record brings */
    size_t n_years_before = p->n_years;
    int rule_was_open = p->year_rule_open;
    int rc = ANTQ_OK;
    for (size_t e = src->units[i].first_evidence; e != ANTQ__NONE && rc == ANTQ_OK; e = src->evs[e].next) {
        int y = src->evs[e].ev.year;
        if (p->cfg.all_years && !year_known(p, y))
            rc = add_year(p, y, p->n_records);
    }
    if (rc == ANTQ_OK && p->year_rule_open && src->units[i].first_evidence != ANTQ__NONE) {
        int latest = 0;
        for (size_t e = src->units[i].first_evidence; e != ANTQ__NONE; e = src->evs[e].next)
            latest = src->evs[e].ev.year > latest ? src->evs[e].ev.year : latest;
        rc = add_year(p, latest, p->n_records);
        p->year_rule_open = 0;
    }
    int evaluate = !p->cfg.check_only && !p->stopped; /* after a stop the rest is only checked */
    int member = u->kind != ANTQ_KIND_COMMUNE;
    size_t n_res = 0;
    accumulator *a = NULL;
    if (rc == ANTQ_OK && evaluate && member && u->parent_id) {
        a = accumulator_for(p, u->parent_id);
        if (!a)
            rc = ANTQ_ENOMEM;
    }
    if (rc == ANTQ_OK && evaluate && member)
        rc = reserve_results(p, p->n_years ? p->n_years : 1);
    antq_evidence empty;
    antq_evidence_init(&empty);
    new_record(p);
    for (size_t k = 0; rc == ANTQ_OK && evaluate && member && k < p->n_years; k++) {
        const year_info *yi = &p->years[p->order[k]];
        const antq_evidence *ev = antq_dataset_evidence(src, i, yi->year);
        empty.year = yi->year;
        p->results[k] = NULL;
        rc = evaluate_record(p, &p->results[k], yi->year, u, ev ? ev : &empty, NULL, NULL, 0, err);
        if (rc) {
            rc = record_error(err, rc, record, line);
            break;
        }
        n_res = k + 1;
        if (a) {
            year_slot *s = slot_for(a, yi->year);
            if (!s || stage_events(p, s, yi, u, ev) != ANTQ_OK)
                rc = ANTQ_ENOMEM;
        }
    }
    size_t first = antq__index_find(&p->index, u->id);
    if (first != ANTQ__NONE) {
        const antq__index_row *f = &p->index.rows[first];
        char path[64];
        snprintf(path, sizeof path, "/units/%zu/id", record);
        rc = f->line ? antq__error_set(err, ANTQ_EDUPLICATE, path, "duplicate unit id \"%.60s\" (first defined on line %d)",
                                       u->id, (int)f->line)
                     : antq__error_set(err, ANTQ_EDUPLICATE, path, "duplicate unit id \"%.60s\" (first defined as unit %zu)",
                                       u->id, f->record);
        if (err) {
            err->line = line;
            err->column = text ? (int32_t)antq__json_locate(text, len, "/id") + 1 : 0;
            err->offset = text ? antq__json_locate(text, len, "/id") : 0;
        }
    }
    int keep = evaluate && member && (p->cfg.all_years || p->year_rule_open);
    if (rc == ANTQ_OK && keep)
        rc = keep_member(p, u, record);
    int kept = rc == ANTQ_OK && keep;
    int held = 0;
    if (rc == ANTQ_OK && evaluate && !member) {
        rc = hold_commune(p, src, i, err);
        held = rc == ANTQ_OK;
    }
    size_t n_ev = 0;
    for (size_t e = src->units[i].first_evidence; e != ANTQ__NONE; e = src->evs[e].next)
        n_ev++;
    if (rc == ANTQ_OK)
        rc = reserve_seen(p, n_ev);
    /* the kept units first: their map and their copy of the id are the index's (antq__index_share()) */
    int unit_kept = 0;
    antq__arena_mark units_mark = {0};
    if (rc == ANTQ_OK && p->units) {
        units_mark = antq__arena_save(&p->units->arena);
        rc = antq_dataset_add(p->units, u, NULL, NULL) == ANTQ_OK ? ANTQ_OK : ANTQ_ENOMEM;
        unit_kept = rc == ANTQ_OK;
    }
    int indexed = 0;
    if (rc == ANTQ_OK) {
        const char *id = unit_kept ? p->units->units[p->units->n_units - 1].unit.id : u->id;
        rc = antq__index_add(&p->index, id, u->parent_id, u->kind, line, record);
        indexed = rc == ANTQ_OK;
    }
    /* results go out before the record counts: a callback that fails leaves the pipeline as it was */
    for (size_t k = 0; rc == ANTQ_OK && k < n_res; k++)
        rc = emit(p, p->results[k], u, antq_dataset_evidence(src, i, p->years[p->order[k]].year), NULL, err);
    if (rc != ANTQ_OK) {
        for (size_t k = 0; k < n_res; k++)
            release_result(p, p->results[k]);
        if (indexed)
            antq__index_drop_last(&p->index);
        if (unit_kept) {
            antq_dataset *d = p->units;
            antq__dataset_truncate(d, d->n_units - 1);
            antq__strmap_remove_last(&d->ids, d->units[d->n_units].unit.id);
            antq__arena_rollback(&d->arena, units_mark);
        }
        if (held) { /* let the commune go again */
            antq_dataset *c = p->communes;
            size_t n_units = c->n_units - 1;
            antq__strmap_remove_last(&c->ids, c->units[n_units].unit.id);
            for (size_t e = c->units[n_units].first_evidence; e != ANTQ__NONE; e = c->evs[e].next)
                c->n_evs--;
            antq__dataset_truncate(c, n_units);
        }
        if (kept)
            p->n_kept--;
        drop_years(p, n_years_before);
        p->year_rule_open = rule_was_open;
        return rc == ANTQ_ENOMEM ? nomem(err) : rc;
    }
    /* committed: count */
    for (size_t e = src->units[i].first_evidence; e != ANTQ__NONE; e = src->evs[e].next)
        note_seen(p, src->evs[e].ev.year);
    for (size_t k = 0; k < p->n_years; k++) {
        year_info *yi = &p->years[p->order[k]];
        const antq_evidence *ev = antq_dataset_evidence(src, i, yi->year);
        if (ev)
            yi->n_evidence++;
        if (k >= n_res)
            continue;
        if (a) {
            year_slot *s = slot_for(a, yi->year); /* exists: made above */
            if (antq_rollup_add(&s->rollup, u, ev, p->results[k], NULL) == ANTQ_OK)
                s->has_members = 1;
            s->n_events += s->staged;
            s->staged = 0;
        }
        release_result(p, p->results[k]);
    }
    p->n_records++;
    return ANTQ_OK;
}

static void reset_line(antq_pipeline *p)
{
    antq_dataset *d = p->line;
    antq__dataset_truncate(d, 0);
    d->n_evs = 0;
    antq__strmap_clear(&d->ids);
    antq__arena_rollback(&d->arena, p->line_mark);
}

int antq_pipeline_feed_line(antq_pipeline *p, const char *line, size_t len, int32_t line_no, antq_error *err)
{
    if (!p || (!line && len))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a pipeline and a line, found NULL");
    if (p->checked)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected more input before antq_pipeline_finish(), found a line after it");
    p->fed = 1;
    size_t k = 0;
    while (k < len && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r'))
        k++;
    if (k == len)
        return ANTQ_OK; /* blank line */
    size_t record = line_no > 0 ? (size_t)line_no - 1 : 0;
    int rc = antq_dataset_add_json(p->line, line, len, p->cfg.load_flags, record, line_no > 0 ? line_no - 1 : 0, err);
    if (rc == ANTQ_OK)
        rc = take_record(p, p->line, 0, record, line_no, line, len, err);
    reset_line(p);
    if (rc)
        p->n_failed++;
    return rc;
}

/* ---- the end of input */

typedef struct check_ctx {
    antq_pipeline *p;
    antq_error *err;
    int reported;
} check_ctx;

static int check_report(int code, size_t row, const char *message, void *ud)
{
    check_ctx *c = ud;
    antq_pipeline *p = c->p;
    if (p->cfg.on_error && p->n_failed && code == ANTQ_ENOTFOUND)
        return 0; /* the parent may be on a line that failed */
    const antq__index_row *r = &p->index.rows[row];
    char path[64];
    snprintf(path, sizeof path, "/units/%zu/parent", r->record);
    antq_error e;
    antq__error_set(&e, code, path, "%s", message);
    e.line = r->line;
    if (!c->reported && c->err)
        *c->err = e;
    c->reported++;
    if (p->cfg.on_error)
        return p->cfg.on_error(&e, p->cfg.error_userdata);
    return 1;
}

static void expand_events(antq_pipeline *p, const year_slot *s)
{
    for (size_t k = 0; s && k < s->n_events; k++) {
        const held_event *h = &s->events[k];
        antq_event *x = &p->expand[k];
        antq_event_init(x);
        x->date = h->date;
        x->kind = h->kind;
        x->severity = h->severity;
        x->discipline = h->discipline;
        x->force_majeure = h->force_majeure;
        x->handled_promptly = h->handled_promptly;
        x->unit_id = h->unit_id;
        x->note = NULL;
    }
}

/* Members read before a year became known, evaluated for it with empty evidence. */
static int finish_late_members(antq_pipeline *p, antq_error *err)
{
    antq_evidence empty;
    antq_evidence_init(&empty);
    for (; p->next_late_year < p->n_years && !p->stopped; p->next_late_year++, p->next_late = 0) {
        const year_info *yi = &p->years[p->order[p->next_late_year]];
        empty.year = yi->year;
        for (; p->next_late < p->n_kept && p->kept[p->next_late].seq < yi->since && !p->stopped; p->next_late++) {
            const kept_member *k = &p->kept[p->next_late];
            antq_result *r = NULL;
            new_record(p);
            int rc = evaluate_record(p, &r, yi->year, &k->unit, &empty, NULL, NULL, 0, err);
            if (rc)
                return record_error(err, rc, k->record, 0);
            year_slot *s = NULL;
            if (k->unit.parent_id) {
                accumulator *a = accumulator_for(p, k->unit.parent_id);
                s = a ? slot_for(a, yi->year) : NULL;
                if (!s) {
                    release_result(p, r);
                    return nomem(err);
                }
            }
            if ((rc = emit(p, r, &k->unit, NULL, NULL, err)) != ANTQ_OK) {
                release_result(p, r);
                return rc; /* a second call goes on from this member */
            }
            if (s && antq_rollup_add(&s->rollup, &k->unit, NULL, r, NULL) == ANTQ_OK)
                s->has_members = 1;
            release_result(p, r);
        }
    }
    return ANTQ_OK;
}

static int finish_communes(antq_pipeline *p, antq_error *err)
{
    antq_dataset *c = p->communes;
    antq_evidence empty;
    antq_evidence_init(&empty);
    for (; p->next_commune < c->n_units && !p->stopped; p->next_commune++, p->next_commune_year = 0) {
        const antq_unit *u = &c->units[p->next_commune].unit;
        for (; p->next_commune_year < p->n_years && !p->stopped; p->next_commune_year++) {
            int year = p->years[p->order[p->next_commune_year]].year;
            const antq_evidence *ev = antq_dataset_evidence(c, p->next_commune, year);
            empty.year = year;
            const year_slot *s = find_slot(p, u->id, year);
            size_t n_t = s ? s->n_events : 0;
            if (n_t > p->cap_expand) {
                antq_event *x = antq__realloc(p->expand, n_t * sizeof *x);
                if (!x)
                    return nomem(err); /* a second call goes on from here */
                p->expand = x;
                p->cap_expand = n_t;
            }
            expand_events(p, s);
            const antq_rollup *rollup = s && s->has_members ? &s->rollup : NULL;
            antq_result *r = NULL;
            new_record(p);
            int rc = evaluate_record(p, &r, year, u, ev ? ev : &empty, rollup, n_t ? p->expand : NULL, n_t, err);
            if (rc) {
                size_t i = antq__index_find(&p->index, u->id);
                return record_error(err, rc, p->index.rows[i].record, p->index.rows[i].line);
            }
            rc = emit(p, r, u, ev, rollup, err);
            release_result(p, r);
            if (rc)
                return rc; /* a second call goes on from this commune */
        }
    }
    return ANTQ_OK;
}

/* #ANTQ_KEEP_RESULTS_LATEST: free the kept years that a later one, known since they were kept (every year,
 * --year all), has replaced. */
static void drop_earlier(antq_pipeline *p)
{
    if (!p->n_years)
        return;
    int latest = p->years[p->order[p->n_years - 1]].year;
    size_t kept = 0;
    for (size_t i = 0; i < p->n_kept_ev; i++) {
        if (p->kept_years[i] < latest) {
            antq_evaluation_free(p->kept_ev[i]);
            continue;
        }
        p->kept_ev[kept] = p->kept_ev[i];
        p->kept_years[kept++] = p->kept_years[i];
    }
    p->n_kept_ev = kept;
}

int antq_pipeline_finish(antq_pipeline *p, antq_error *err)
{
    if (!p)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a pipeline, found NULL");
    p->checked = 1;
    check_ctx c = {p, err, 0};
    int rc = antq__index_check(&p->index, check_report, &c);
    if (rc && (c.reported || !p->cfg.on_error))
        return rc;
    if (p->cfg.check_only || p->stopped)
        return ANTQ_OK;
    if (p->n_records && !p->n_years)
        return antq__error_set(err, ANTQ_EMISSING, "",
                               "expected an evaluation year, found no evidence and no year named (options.year or --year)");
    rc = finish_late_members(p, err);
    if (rc == ANTQ_OK)
        rc = finish_communes(p, err);
    if (rc == ANTQ_OK && p->keep_results == ANTQ_KEEP_RESULTS_LATEST)
        drop_earlier(p);
    for (size_t i = 0; rc == ANTQ_OK && i < p->n_kept_ev; i++)
        if (antq__evaluation_seal(p->kept_ev[i]) != ANTQ_OK)
            rc = nomem(err);
    if (rc == ANTQ_OK && p->units)
        p->units->opts = p->opts; /* what the kept evaluations were made with */
    p->finished = rc == ANTQ_OK;
    return rc;
}

/* ---- whole sources */

int antq_pipeline_run_dataset(antq_pipeline *p, const antq_dataset *ds, antq_error *err)
{
    if (!p || !ds)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a pipeline and a dataset, found NULL");
    if (p->fed || p->checked)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a new pipeline, found one already fed");
    p->fed = 1;
    set_options(p, &ds->opts);
    if ((ds->province && !(p->province = antq__strdup(ds->province))) ||
        (ds->issuer && !(p->issuer = antq__strdup(ds->issuer))))
        return nomem(err);
    if (p->units) { /* the document's own description goes with its units */
        int failed = 0;
        p->units->year = ds->year;
        p->units->province = antq__arena_copy_str(&p->units->arena, ds->province, &failed);
        p->units->issuer = antq__arena_copy_str(&p->units->arena, ds->issuer, &failed);
        if (failed)
            return nomem(err);
    }
    drop_years(p, 0);
    p->year_rule_open = 0;
    if (setup_years(p, ds->year) != ANTQ_OK)
        return nomem(err);
    for (size_t i = 0; i < ds->n_units; i++) {
        int rc = take_record(p, ds, i, i, 0, NULL, 0, err);
        if (rc)
            return rc;
    }
    return antq_pipeline_finish(p, err);
}

typedef struct first_error {
    antq_pipeline *p;
    antq_error *err;
    int seen;
} first_error;

static int forward_error(const antq_error *e, void *ud)
{
    first_error *f = ud;
    if (!f->seen++ && f->err)
        *f->err = *e;
    return f->p->cfg.on_error(e, f->p->cfg.error_userdata);
}

int antq_pipeline_run_json(antq_pipeline *p, const char *buf, size_t len, antq_error *err)
{
    if (!p || (!buf && len))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a pipeline and a buffer, found NULL");
    if (p->fed || p->checked)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a new pipeline, found one already fed");
    if (p->cfg.on_error) {
        first_error f = {p, err, 0};
        int rc = antq_dataset_validate_json(NULL, buf, len, p->cfg.load_flags, forward_error, &f);
        if (rc)
            return rc;
    }
    antq_dataset *ds = NULL;
    int rc = antq_dataset_load_json(&ds, buf, len, p->cfg.load_flags, err);
    if (rc == ANTQ_OK)
        rc = antq_pipeline_run_dataset(p, ds, err);
    /* the options in force point into the document (its extra criteria, delegations, authority table):
     * it is kept as long as the pipeline, for antq_pipeline_options() and the kept results */
    antq_dataset_free(p->doc);
    p->doc = ds;
    return rc;
}

/* ---- getters */

int antq_pipeline_keep_units(antq_pipeline *p, antq_error *err)
{
    if (!p)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a pipeline, found NULL");
    if (p->fed || p->checked)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a new pipeline, found one already fed");
    if (p->units)
        return ANTQ_OK;
    if (antq_dataset_new(&p->units) != ANTQ_OK)
        return nomem(err);
    antq__index_share(&p->index, &p->units->ids); /* one copy of the ids, one map */
    return ANTQ_OK;
}

const antq_dataset *antq_pipeline_units(const antq_pipeline *p) { return p ? p->units : NULL; }

const antq__index *antq__pipeline_index(const antq_pipeline *p) { return &p->index; }

size_t antq_pipeline_unit_find(const antq_pipeline *p, const char *id)
{
    return p && id ? antq__index_find(&p->index, id) : ANTQ_INDEX_NONE;
}

const char *antq_pipeline_unit_id(const antq_pipeline *p, size_t index)
{
    return p && index < p->index.n ? p->index.rows[index].id : NULL;
}

const char *antq_pipeline_unit_parent(const antq_pipeline *p, size_t index)
{
    return p && index < p->index.n ? p->index.rows[index].parent : NULL;
}

int antq_pipeline_unit_kind(const antq_pipeline *p, size_t index)
{
    return p && index < p->index.n ? p->index.rows[index].kind : 0;
}

const char *antq_pipeline_province(const antq_pipeline *p) { return p ? p->province : NULL; }

const char *antq_pipeline_issuer(const antq_pipeline *p) { return p ? p->issuer : NULL; }

int antq_pipeline_keep_results(antq_pipeline *p, int mode, antq_error *err)
{
    if (!p || mode < ANTQ_KEEP_RESULTS_ALL || mode > ANTQ_KEEP_RESULTS_LATEST)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a pipeline and a keep mode 1 to 3, found %d", mode);
    if (p->fed || p->checked)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a new pipeline, found one already fed");
    p->keep_results = mode;
    return ANTQ_OK;
}

const antq_evaluation *antq_pipeline_evaluation(const antq_pipeline *p, int year)
{
    for (size_t i = 0; p && p->finished && i < p->n_kept_ev; i++)
        if (p->kept_years[i] == year)
            return p->kept_ev[i];
    return NULL;
}

const antq_options *antq_pipeline_options(const antq_pipeline *p) { return p ? &p->opts : NULL; }

size_t antq_pipeline_year_count(const antq_pipeline *p) { return p ? p->n_years : 0; }

int antq_pipeline_year(const antq_pipeline *p, size_t index, size_t *n_evidence)
{
    if (n_evidence)
        *n_evidence = 0;
    if (!p || index >= p->n_years)
        return 0;
    const year_info *yi = &p->years[p->order[index]];
    if (n_evidence)
        *n_evidence = yi->n_evidence;
    return yi->year;
}

size_t antq_pipeline_unit_count(const antq_pipeline *p) { return p ? p->n_records : 0; }

size_t antq_pipeline_evidence_years(int *years, size_t cap, const antq_pipeline *p)
{
    size_t n = p ? p->n_seen : 0;
    for (size_t i = 0; years && i < n && i < cap; i++)
        years[i] = p->seen[i];
    return n;
}
