/* NDJSON streaming evaluation: one unit record per line in, one result per
 * line out. Members are evaluated at once and folded into compact per-commune
 * accumulators (roll-up counters and territory events); communes are held back
 * until the end. Memory grows with communes and events, not with units.
 * SPDX-License-Identifier: MIT */
#include "io.h"
#include "../eval/result.h"

#include <stdio.h>
#include <string.h>

/* A member's event kept for its commune (Art. 5.2): what the commune's rows
 * read, in 24 bytes instead of an antq_event's 40. Only events some row of the
 * commune would count (or be unsure about) are kept (antq__commune_needs_event). */
typedef struct held_event {
    const char *unit_id; /* in the stream's string arena */
    int32_t date;
    int8_t kind, severity, discipline, force_majeure, handled_promptly;
} held_event;

typedef struct accumulator {
    antq_rollup rollup;
    int has_members;
    held_event *events;
    size_t n_events, cap_events;
} accumulator;

/* lib/eval/predicates.c */
ANTQ__HIDDEN int antq__commune_needs_event(const antq_event *e, int32_t start, int32_t end, const antq_options *opts);

struct antq_stream {
    int year;
    antq_options opts;
    int lang;
    antq_stream_fn fn;
    void *ud;
    antq_dataset *line;      /* scratch dataset for the current line */
    antq__arena_mark line_mark;
    antq_dataset *communes;  /* held-back commune records (copies) */
    antq__arena strings;     /* commune ids and event unit ids of accumulators */
    antq__strmap acc_index;  /* commune id → accumulator */
    accumulator *acc;
    size_t n_acc, cap_acc;
    size_t next_commune;     /* antq_stream_finish: communes before this one are written */
    int stopped;
    int keep_year, keep_ok;  /* the communes' period for that year, by which member events are kept */
    int32_t keep_start, keep_end;
    antq_event *expand;      /* antq_stream_finish: one commune's held events as antq_event */
    size_t cap_expand;
};

int antq_stream_new(antq_stream **out, int year, const antq_options *opts, int lang, antq_stream_fn fn, void *userdata)
{
    if (!out || !fn || (lang != ANTQ_LANG_VI && lang != ANTQ_LANG_EN))
        return ANTQ_EINVAL;
    *out = NULL;
    antq_stream *s = antq__calloc(1, sizeof *s);
    if (!s)
        return ANTQ_ENOMEM;
    s->year = year;
    if (opts)
        s->opts = *opts;
    else
        antq_options_init(&s->opts, ANTQ_OPTIONS_VERSION);
    s->lang = lang;
    s->fn = fn;
    s->ud = userdata;
    antq__arena_init(&s->strings);
    antq__strmap_init(&s->acc_index);
    /* the line arena's first chunk is kept from line to line (the mark is taken
     * after it exists): no 64 KiB malloc and free per line */
    if (antq_dataset_new(&s->line) != ANTQ_OK || antq_dataset_new(&s->communes) != ANTQ_OK ||
        !antq__arena_alloc(&s->line->arena, 1)) {
        antq_stream_free(s);
        return ANTQ_ENOMEM;
    }
    s->line_mark = antq__arena_save(&s->line->arena);
    *out = s;
    return ANTQ_OK;
}

void antq_stream_free(antq_stream *s)
{
    if (!s)
        return;
    antq_dataset_free(s->line);
    antq_dataset_free(s->communes);
    for (size_t i = 0; i < s->n_acc; i++)
        antq__free(s->acc[i].events);
    antq__free(s->acc);
    antq__free(s->expand);
    antq__strmap_free(&s->acc_index);
    antq__arena_free(&s->strings);
    antq__free(s);
}

static void reset_line(antq_stream *s)
{
    antq_dataset *d = s->line;
    d->n_units = 0;
    d->n_evs = 0;
    antq__strmap_clear(&d->ids);
    antq__arena_rollback(&d->arena, s->line_mark);
}

static accumulator *accumulator_for(antq_stream *s, const char *commune_id)
{
    size_t i = antq__strmap_get(&s->acc_index, commune_id);
    if (i != ANTQ__NONE)
        return &s->acc[i];
    if (s->n_acc == s->cap_acc) {
        size_t cap = s->cap_acc ? s->cap_acc * 2 : 64;
        accumulator *a = antq__realloc(s->acc, cap * sizeof *a);
        if (!a)
            return NULL;
        s->acc = a;
        s->cap_acc = cap;
    }
    char *id = antq__arena_strndup(&s->strings, commune_id, strlen(commune_id));
    if (!id || antq__strmap_put(&s->acc_index, id, s->n_acc) != ANTQ_OK)
        return NULL;
    accumulator *a = &s->acc[s->n_acc++];
    memset(a, 0, sizeof *a);
    antq_rollup_init(&a->rollup, id);
    return a;
}

static int emit(antq_stream *s, const antq_result *r)
{
    char *text;
    int rc = antq_result_write_json(&text, r, s->lang, NULL);
    if (rc)
        return rc;
    if (s->fn(text, strlen(text), s->ud))
        s->stopped = 1;
    antq_free(text);
    return ANTQ_OK;
}

/* One year for the whole stream: the given one, else the latest year of the
 * first record that has evidence (a multi-year stream needs an explicit year). */
static int record_year(const antq_stream *s, const antq_dataset *d)
{
    return s->year ? s->year : antq_dataset_latest_year(d);
}

int antq_stream_feed(antq_stream *s, const char *line, size_t len, int32_t line_no, antq_error *err)
{
    if (!s || (!line && len))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a stream and a line, found NULL");
    size_t k = 0;
    while (k < len && (line[k] == ' ' || line[k] == '\t' || line[k] == '\r'))
        k++;
    if (k == len)
        return ANTQ_OK; /* blank line */
    size_t index = line_no > 0 ? (size_t)line_no - 1 : 0;
    int rc = antq_dataset_add_json(s->line, line, len, ANTQ_LOAD_DEFAULT, index, line_no > 0 ? line_no - 1 : 0, err);
    if (rc) {
        reset_line(s);
        return rc;
    }
    const antq_unit *u = antq_dataset_unit(s->line, 0);
    int year = record_year(s, s->line);
    if (u->kind == ANTQ_KIND_COMMUNE) {
        const antq_evidence *ev = antq_dataset_evidence(s->line, 0, year);
        rc = antq_dataset_add(s->communes, u, ev, err);
        if (rc == ANTQ_OK)
            s->year = year;
        reset_line(s);
        return rc;
    }
    antq_evidence empty;
    antq_evidence_init(&empty);
    empty.year = year;
    const antq_evidence *ev = antq_dataset_evidence(s->line, 0, year);
    antq_result *r = NULL;
    rc = antq_evaluate(&r, u, ev ? ev : &empty, NULL, NULL, 0, &s->opts, err);
    /* a member: stage its events in the accumulator's spare room; they and the
     * roll-up count are committed only after the result was written, so that a
     * failed line leaves the stream as it was */
    accumulator *a = NULL;
    size_t n_ev = ev ? ev->n_events : 0, n_keep = 0;
    if (rc == ANTQ_OK && u->parent_id) {
        a = accumulator_for(s, u->parent_id);
        if (!a)
            rc = antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
        if (a && n_ev && year != s->keep_year) {
            s->keep_year = year;
            s->keep_ok = antq_period_for(&s->keep_start, &s->keep_end, NULL, ANTQ_KIND_COMMUNE, year,
                                         s->opts.school_year_end_mmdd) == ANTQ_OK;
        }
        /* no period (no rule set): keep every event, the commune's evaluation will say why */
#define KEEP(e) (!s->keep_ok || antq__commune_needs_event((e), s->keep_start, s->keep_end, &s->opts))
        for (size_t i = 0; a && i < n_ev; i++)
            n_keep += KEEP(&ev->events[i]) ? 1 : 0;
        if (a && a->n_events + n_keep > a->cap_events) {
            size_t cap = a->cap_events ? a->cap_events * 2 : 8;
            while (cap < a->n_events + n_keep)
                cap *= 2;
            held_event *e = antq__realloc(a->events, cap * sizeof *e);
            if (!e) {
                rc = antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
            } else {
                a->events = e;
                a->cap_events = cap;
            }
        }
        for (size_t i = 0, kept = 0; rc == ANTQ_OK && n_keep && i < n_ev; i++) {
            const antq_event *e = &ev->events[i];
            if (!KEEP(e))
                continue;
            held_event *t = &a->events[a->n_events + kept++];
            const char *uid = e->unit_id ? e->unit_id : u->id;
            t->unit_id = antq__arena_strndup(&s->strings, uid, strlen(uid));
            t->date = e->date;
            t->kind = (int8_t)e->kind; /* validated: every field fits */
            t->severity = (int8_t)e->severity;
            t->discipline = (int8_t)e->discipline;
            t->force_majeure = (int8_t)e->force_majeure;
            t->handled_promptly = (int8_t)e->handled_promptly;
            if (!t->unit_id)
                rc = antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
        }
#undef KEEP
    }
    if (rc == ANTQ_OK)
        rc = emit(s, r);
    if (rc == ANTQ_OK) {
        s->year = year;
        if (a) {
            if (antq_rollup_add(&a->rollup, u, ev, r) == ANTQ_OK)
                a->has_members = 1;
            a->n_events += n_keep;
        }
    } else if (rc == ANTQ_ENOMEM) {
        antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    }
    antq_result_free(r);
    reset_line(s);
    return rc;
}

int antq_stream_finish(antq_stream *s, antq_error *err)
{
    if (!s)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a stream, found NULL");
    antq_dataset *c = s->communes;
    for (size_t i = s->next_commune; i < c->n_units && !s->stopped; i++) {
        const antq_unit *u = &c->units[i].unit;
        int year = s->year;
        if (!year)
            for (size_t e = c->units[i].first_evidence; e != ANTQ__NONE; e = c->evs[e].next)
                year = c->evs[e].ev.year > year ? c->evs[e].ev.year : year;
        const antq_evidence *ev = antq_dataset_evidence(c, i, year);
        antq_evidence empty;
        antq_evidence_init(&empty);
        empty.year = year;
        size_t ai = antq__strmap_get(&s->acc_index, u->id);
        accumulator *a = ai == ANTQ__NONE ? NULL : &s->acc[ai];
        size_t n_t = a ? a->n_events : 0;
        if (n_t > s->cap_expand) {
            antq_event *x = antq__realloc(s->expand, n_t * sizeof *x);
            if (!x)
                return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory"); /* a second call goes on from here */
            s->expand = x;
            s->cap_expand = n_t;
        }
        for (size_t k = 0; k < n_t; k++) {
            const held_event *h = &a->events[k];
            antq_event *x = &s->expand[k];
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
        antq_result *r = NULL;
        int rc = antq_evaluate(&r, u, ev ? ev : &empty, a && a->has_members ? &a->rollup : NULL, n_t ? s->expand : NULL,
                               n_t, &s->opts, err);
        if (rc == ANTQ_OK && (rc = emit(s, r)) != ANTQ_OK)
            antq__error_set(err, rc, "", "out of memory");
        antq_result_free(r);
        if (rc)
            return rc; /* a second call goes on from this commune */
        s->next_commune = i + 1;
    }
    return ANTQ_OK;
}
