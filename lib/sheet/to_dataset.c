/* A workbook (CSV set or XLSX) to a dataset. Each sheet's header row is
 * matched against the layout (Vietnamese header or English alias, any order);
 * every data row is converted cell by cell; the records are then added with
 * antq_dataset_add() and the hierarchy checked with antq_dataset_check(), the
 * checks of the JSON loader, and any error they report is mapped back to the
 * cell it came from. Nothing is returned unless everything loads.
 * SPDX-License-Identifier: MIT */
#include "book.h"
#include "../model/dataset.h"

#include <stdio.h>
#include <string.h>

typedef struct sheet_in {
    const antq__sheet *s;
    antq__column cols[ANTQ__MAX_COLUMNS];
    size_t n_cols;
    uint32_t at[ANTQ__MAX_COLUMNS];          /* sheet column of each layout column (0: absent) */
    const char *header[ANTQ__MAX_COLUMNS];   /* as written */
    uint32_t unknown[ANTQ__MAX_COLUMNS];     /* kept unknown columns (ANTQ_LOAD_KEEP_UNKNOWN) */
    const char *unknown_header[ANTQ__MAX_COLUMNS];
    size_t n_unknown;
    size_t first;                            /* index of the first data row */
} sheet_in;

typedef struct unit_rec {
    antq_unit u;
    const antq__srow *row;
    size_t first_ev, last_ev;
} unit_rec;

typedef struct ev_rec {
    antq_evidence ev;
    const antq__srow *row;
    const antq__srow *topics_row;
    size_t unit, next;
    size_t first[3]; /* offsets into the orders of events, disciplines, answers */
    const char *decision_number; /* kept beside the record (scratch or book) */
    int events_cell; /* events_recorded was given */
    int disciplines_cell;
} ev_rec;

typedef struct item_rec {
    size_t ev;
    const antq__srow *row;
    union {
        antq_event e;
        antq_discipline d;
        antq_extra_answer a;
    } v;
} item_rec;

typedef struct vec {
    void *data;
    size_t n, cap, size;
} vec;

static void *vec_push(vec *v)
{
    if (v->n == v->cap) {
        size_t cap = v->cap ? v->cap * 2 : 64;
        void *d = antq__realloc(v->data, cap * v->size);
        if (!d)
            return NULL;
        v->data = d;
        v->cap = cap;
    }
    void *p = (char *)v->data + v->n++ * v->size;
    memset(p, 0, v->size);
    return p;
}

enum { IT_EVENTS, IT_DISCIPLINES, IT_EXTRA, IT_COUNT };

typedef struct ctx {
    const antq__book *b;
    unsigned flags;
    antq_error *err;
    antq__arena scratch;
    sheet_in *in[ANTQ__SH_COUNT];
    vec units, evs, items[IT_COUNT];
    size_t *order[IT_COUNT];
    antq__strmap unit_ids, ev_keys;
    antq_options opts;
    int year;
    antq_extra_criterion *criteria;
    size_t n_criteria;
    antq_delegation *delegations;
    size_t n_delegations;
    antq_authority_rule *authority;
    const antq__srow **authority_rows; /* the row of each authority rule */
    size_t n_authority;
    const char *province, *issuer; /* options (scratch arena or book) */
} ctx;

#define UNIT(c, i) (((unit_rec *)(c)->units.data)[i])
#define EV(c, i) (((ev_rec *)(c)->evs.data)[i])
#define ITEM(c, k, i) (((item_rec *)(c)->items[k].data)[i])

static int nomem(ctx *c) { return antq__error_set(c->err, ANTQ_ENOMEM, "", "out of memory"); }

static int row_is_empty(const antq__srow *r)
{
    for (size_t i = 0; i < r->n; i++)
        if (!antq__cell_is_empty(&r->cells[i]))
            return 0;
    return 1;
}

static int sheet_of(const char *name)
{
    char stem[256];
    size_t n = strlen(name);
    if (n > 4 && antq__name_matches(name + n - 4, ".csv"))
        n -= 4;
    if (n >= sizeof stem)
        return -2;
    memcpy(stem, name, n);
    stem[n] = '\0';
    for (int i = 0; i < ANTQ__SH_COUNT; i++)
        if (antq__name_matches(stem, antq__sheet_layouts[i].key) || antq__name_matches(stem, antq__sheet_layouts[i].vi))
            return i;
    if (antq__name_matches(stem, antq__sheet_guide.key) || antq__name_matches(stem, antq__sheet_guide.vi) ||
        antq__name_matches(stem, antq__sheet_lists.key) || antq__name_matches(stem, antq__sheet_lists.vi))
        return -1;
    return -2;
}

/* Match the header row of a sheet against its layout. */
static int read_header(ctx *c, sheet_in *in, int id)
{
    const antq__sheet *s = in->s;
    in->n_cols = antq__sheet_columns(id, in->cols, ANTQ__MAX_COLUMNS);
    size_t h = 0;
    while (h < s->n && row_is_empty(&s->rows[h]))
        h++;
    if (h == s->n)
        return antq__cell_error(c->err, ANTQ_EMISSING, s->name, 1, 1,
                                "the sheet has no header row (expected \"%s\" …)", in->cols[0].vi);
    const antq__srow *r = &s->rows[h];
    in->first = h + 1;
    for (size_t i = 0; i < r->n; i++) {
        const antq__cell *cell = &r->cells[i];
        if (antq__cell_is_empty(cell))
            continue;
        int rc;
        antq__cell_ctx x = {c->err, s->name, "", cell->col, r->num, 0, &c->scratch};
        const char *text = antq__cell_string(&x, cell, &rc);
        if (rc)
            return rc;
        size_t k = 0;
        while (k < in->n_cols && !antq__name_matches(text, in->cols[k].key) && !antq__name_matches(text, in->cols[k].vi))
            k++;
        if (k == in->n_cols) {
            int keep = (c->flags & ANTQ_LOAD_KEEP_UNKNOWN) && (id == ANTQ__SH_UNITS || id == ANTQ__SH_EVIDENCE);
            if (!keep || in->n_unknown == ANTQ__MAX_COLUMNS)
                return antq__cell_error(c->err, ANTQ_EUNKNOWNFIELD, s->name, cell->col, r->num,
                                        "unknown column \"%.60s\" (see doc/spreadsheets.md; load with keep-unknown to keep it)",
                                        text);
            in->unknown[in->n_unknown] = cell->col;
            in->unknown_header[in->n_unknown++] = text;
            continue;
        }
        if (in->at[k])
            return antq__cell_error(c->err, ANTQ_EDUPLICATE, s->name, cell->col, r->num,
                                    "column \"%.60s\" appears twice", text);
        in->at[k] = cell->col;
        in->header[k] = text;
    }
    for (size_t k = 0; k < in->n_cols; k++)
        if (in->cols[k].required && !in->at[k])
            return antq__cell_error(c->err, ANTQ_EMISSING, s->name, 0, r->num,
                                    "the required column \"%s\" (%s) is missing from the header row", in->cols[k].vi,
                                    in->cols[k].key);
    return ANTQ_OK;
}

static antq__cell_ctx cell_ctx(ctx *c, const sheet_in *in, size_t k, const antq__srow *r)
{
    antq__cell_ctx x = {c->err, in->s->name, in->header[k] ? in->header[k] : in->cols[k].vi, in->at[k], r->num,
                        c->b->date1904, &c->scratch};
    return x;
}

static const antq__cell *cell_at(const sheet_in *in, size_t k, const antq__srow *r)
{
    return in->at[k] ? antq__srow_cell(r, in->at[k]) : NULL;
}

/* Convert the field columns of a row into base. */
static int read_fields(ctx *c, const sheet_in *in, const antq__srow *r, void *base)
{
    for (size_t k = 0; k < in->n_cols; k++) {
        if (in->cols[k].role != ANTQ__COL_FIELD)
            continue;
        antq__cell_ctx x = cell_ctx(c, in, k, r);
        if (!in->at[k])
            x.col = 1;
        int rc = antq__cell_to_field(&x, &in->cols[k], cell_at(in, k, r), base);
        if (rc)
            return rc;
    }
    return ANTQ_OK;
}

static size_t column_of(const sheet_in *in, int role, const char *key)
{
    for (size_t k = 0; k < in->n_cols; k++)
        if (in->cols[k].role == role && (!key || strcmp(in->cols[k].key, key) == 0))
            return k;
    return 0;
}

/* The unit id and year of a row of a child sheet; the evidence record they name. */
static int find_evidence(ctx *c, const sheet_in *in, const antq__srow *r, size_t *ev)
{
    size_t ku = column_of(in, ANTQ__COL_UNIT, NULL), ky = column_of(in, ANTQ__COL_YEAR, NULL);
    antq__cell_ctx xu = cell_ctx(c, in, ku, r), xy = cell_ctx(c, in, ky, r);
    int rc;
    const char *id = antq__cell_string(&xu, cell_at(in, ku, r), &rc);
    if (rc)
        return rc;
    if (!id)
        return antq__cell_error(c->err, ANTQ_EMISSING, in->s->name, xu.col, r->num,
                                "the unit id is missing (column \"%s\")", xu.header);
    int32_t year;
    if ((rc = antq__cell_year(&xy, cell_at(in, ky, r), &year)) != ANTQ_OK)
        return rc;
    char key[300];
    snprintf(key, sizeof key, "%.280s\x1f%d", id, (int)year);
    *ev = antq__strmap_get(&c->ev_keys, key);
    if (*ev == ANTQ__NONE)
        return antq__cell_error(c->err, ANTQ_ENOTFOUND, in->s->name, xu.col, r->num,
                                "unit \"%.60s\" has no row for %d in sheet \"%s\" (add the year's row there first)",
                                id, (int)year, antq__sheet_layouts[ANTQ__SH_EVIDENCE].vi);
    return ANTQ_OK;
}

static int read_units(ctx *c)
{
    sheet_in *in = c->in[ANTQ__SH_UNITS];
    size_t kid = column_of(in, ANTQ__COL_FIELD, "id");
    for (size_t i = in->first; i < in->s->n; i++) {
        const antq__srow *r = &in->s->rows[i];
        if (row_is_empty(r))
            continue;
        unit_rec *u = vec_push(&c->units);
        if (!u)
            return nomem(c);
        antq_unit_init(&u->u);
        u->row = r;
        u->first_ev = u->last_ev = ANTQ__NONE;
        int rc = read_fields(c, in, r, &u->u);
        if (rc)
            return rc;
        size_t prev = antq__strmap_get(&c->unit_ids, u->u.id);
        if (prev != ANTQ__NONE)
            return antq__cell_error(c->err, ANTQ_EDUPLICATE, in->s->name, in->at[kid], r->num,
                                    "duplicate unit id \"%.60s\" (first on row %u)", u->u.id,
                                    (unsigned)UNIT(c, prev).row->num);
        if (antq__strmap_put(&c->unit_ids, u->u.id, c->units.n - 1) != ANTQ_OK)
            return nomem(c);
    }
    return ANTQ_OK;
}

static int read_evidence(ctx *c)
{
    sheet_in *in = c->in[ANTQ__SH_EVIDENCE];
    size_t ku = column_of(in, ANTQ__COL_UNIT, NULL), ky = column_of(in, ANTQ__COL_FIELD, "year");
    size_t ke = column_of(in, ANTQ__COL_FIELD, "events_recorded"), kd = column_of(in, ANTQ__COL_FIELD, "disciplines_recorded");
    size_t kn = column_of(in, ANTQ__COL_DECISION_NUMBER, NULL);
    for (size_t i = in->first; i < in->s->n; i++) {
        const antq__srow *r = &in->s->rows[i];
        if (row_is_empty(r))
            continue;
        antq__cell_ctx xu = cell_ctx(c, in, ku, r);
        int rc;
        const char *id = antq__cell_string(&xu, cell_at(in, ku, r), &rc);
        if (rc)
            return rc;
        size_t ui = id ? antq__strmap_get(&c->unit_ids, id) : ANTQ__NONE;
        if (ui == ANTQ__NONE)
            return antq__cell_error(c->err, id ? ANTQ_ENOTFOUND : ANTQ_EMISSING, in->s->name, xu.col, r->num,
                                    id ? "unit \"%.60s\" is not in sheet \"%s\"" : "the unit id is missing%.0s (sheet \"%s\")",
                                    id ? id : "", antq__sheet_layouts[ANTQ__SH_UNITS].vi);
        ev_rec *e = vec_push(&c->evs);
        if (!e)
            return nomem(c);
        antq_evidence_init(&e->ev);
        e->row = r;
        e->unit = ui;
        e->next = ANTQ__NONE;
        if ((rc = read_fields(c, in, r, &e->ev)) != ANTQ_OK)
            return rc;
        antq__cell_ctx xn = cell_ctx(c, in, kn, r);
        e->decision_number = antq__cell_string(&xn, cell_at(in, kn, r), &rc);
        if (rc)
            return rc;
        e->events_cell = !antq__cell_is_empty(cell_at(in, ke, r));
        e->disciplines_cell = !antq__cell_is_empty(cell_at(in, kd, r));
        char key[300];
        snprintf(key, sizeof key, "%.280s\x1f%d", id, (int)e->ev.year);
        if (antq__strmap_get(&c->ev_keys, key) != ANTQ__NONE)
            return antq__cell_error(c->err, ANTQ_EDUPLICATE, in->s->name, in->at[ky], r->num,
                                    "a second row for unit \"%.60s\" and year %d", id, (int)e->ev.year);
        char *k = antq__arena_strndup(&c->scratch, key, strlen(key));
        if (!k || antq__strmap_put(&c->ev_keys, k, c->evs.n - 1) != ANTQ_OK)
            return nomem(c);
        unit_rec *u = &UNIT(c, ui);
        if (u->last_ev == ANTQ__NONE)
            u->first_ev = c->evs.n - 1;
        else
            EV(c, u->last_ev).next = c->evs.n - 1;
        u->last_ev = c->evs.n - 1;
    }
    return ANTQ_OK;
}

static void init_item(int kind, item_rec *it)
{
    if (kind == IT_EVENTS)
        antq_event_init(&it->v.e);
    else if (kind == IT_EXTRA)
        it->v.a.met = ANTQ_UNKNOWN;
}

static int read_items(ctx *c, int kind, int sheet)
{
    sheet_in *in = c->in[sheet];
    if (!in)
        return ANTQ_OK;
    for (size_t i = in->first; i < in->s->n; i++) {
        const antq__srow *r = &in->s->rows[i];
        if (row_is_empty(r))
            continue;
        item_rec *it = vec_push(&c->items[kind]);
        if (!it)
            return nomem(c);
        it->row = r;
        init_item(kind, it);
        int rc = find_evidence(c, in, r, &it->ev);
        if (rc == ANTQ_OK)
            rc = read_fields(c, in, r, &it->v);
        if (rc)
            return rc;
    }
    /* group by evidence record, keeping sheet order (counting sort) */
    size_t n = c->items[kind].n, *count = antq__calloc(c->evs.n + 1, sizeof *count);
    c->order[kind] = antq__malloc((n ? n : 1) * sizeof *c->order[kind]);
    if (!count || !c->order[kind]) {
        antq__free(count);
        return nomem(c);
    }
    for (size_t i = 0; i < n; i++)
        count[ITEM(c, kind, i).ev + 1]++;
    for (size_t e = 0; e < c->evs.n; e++) {
        count[e + 1] += count[e];
        EV(c, e).first[kind] = count[e];
    }
    for (size_t i = 0; i < n; i++)
        c->order[kind][count[ITEM(c, kind, i).ev]++] = i;
    antq__free(count);
    return ANTQ_OK;
}

/* Hand each evidence record its lists (arrays in the scratch arena). */
static int attach_items(ctx *c)
{
    for (size_t e = 0; e < c->evs.n; e++) {
        ev_rec *r = &EV(c, e);
        for (int kind = 0; kind < IT_COUNT; kind++) {
            size_t from = r->first[kind];
            size_t to = e + 1 < c->evs.n ? EV(c, e + 1).first[kind] : c->items[kind].n;
            size_t n = to - from;
            if (!n)
                continue;
            size_t size = kind == IT_EVENTS ? sizeof(antq_event)
                          : kind == IT_DISCIPLINES ? sizeof(antq_discipline) : sizeof(antq_extra_answer);
            char *arr = antq__arena_alloc(&c->scratch, n * size);
            if (!arr)
                return nomem(c);
            for (size_t k = 0; k < n; k++)
                memcpy(arr + k * size, &ITEM(c, kind, c->order[kind][from + k]).v, size);
            if (kind == IT_EVENTS) {
                r->ev.events = (const antq_event *)(void *)arr;
                r->ev.n_events = n;
            } else if (kind == IT_DISCIPLINES) {
                r->ev.disciplines = (const antq_discipline *)(void *)arr;
                r->ev.n_disciplines = n;
            } else {
                r->ev.extra = (const antq_extra_answer *)(void *)arr;
                r->ev.n_extra = n;
            }
        }
        /* rows present and the "recorded" cell empty: the list is complete (as "events" in JSON) */
        if (r->ev.n_events && !r->events_cell)
            r->ev.events_recorded = ANTQ_YES;
        if (r->ev.n_disciplines && !r->disciplines_cell)
            r->ev.disciplines_recorded = ANTQ_YES;
    }
    return ANTQ_OK;
}

static int read_topics(ctx *c)
{
    sheet_in *in = c->in[ANTQ__SH_TOPICS];
    if (!in)
        return ANTQ_OK;
    for (size_t i = in->first; i < in->s->n; i++) {
        const antq__srow *r = &in->s->rows[i];
        if (row_is_empty(r))
            continue;
        size_t e;
        int rc = find_evidence(c, in, r, &e);
        if (rc)
            return rc;
        ev_rec *er = &EV(c, e);
        if (er->topics_row)
            return antq__cell_error(c->err, ANTQ_EDUPLICATE, in->s->name, 0, r->num,
                                    "a second row for the same unit and year (first on row %u)",
                                    (unsigned)er->topics_row->num);
        er->topics_row = r;
        int32_t mask = 0;
        for (size_t k = 0; k < in->n_cols; k++) {
            if (in->cols[k].role != ANTQ__COL_TOPIC)
                continue;
            antq__cell_ctx x = cell_ctx(c, in, k, r);
            int32_t v;
            if ((rc = antq__cell_tri(&x, cell_at(in, k, r), &v)) != ANTQ_OK)
                return rc;
            if (v == ANTQ_YES)
                mask |= 1 << in->cols[k].index;
        }
        er->ev.rule_topics = mask;
    }
    return ANTQ_OK;
}

static int read_options(ctx *c)
{
    sheet_in *in = c->in[ANTQ__SH_OPTIONS];
    if (!in)
        return ANTQ_OK;
    size_t ko = column_of(in, ANTQ__COL_OPTION, NULL), kv = column_of(in, ANTQ__COL_VALUE, NULL);
    for (size_t i = in->first; i < in->s->n; i++) {
        const antq__srow *r = &in->s->rows[i];
        if (row_is_empty(r))
            continue;
        antq__cell_ctx xo = cell_ctx(c, in, ko, r), xv = cell_ctx(c, in, kv, r);
        int rc;
        const char *name = antq__cell_string(&xo, cell_at(in, ko, r), &rc);
        if (rc)
            return rc;
        size_t o = 0;
        while (name && o < antq__option_row_count && !antq__name_matches(name, antq__option_rows[o].key) &&
               !antq__name_matches(name, antq__option_rows[o].vi))
            o++;
        if (!name || o == antq__option_row_count) {
            if (name && (c->flags & ANTQ_LOAD_KEEP_UNKNOWN))
                continue;
            return antq__cell_error(c->err, name ? ANTQ_EUNKNOWNFIELD : ANTQ_EMISSING, in->s->name, xo.col, r->num,
                                    name ? "unknown option \"%.60s\" (see doc/spreadsheets.md)" : "the option name is missing%.0s",
                                    name ? name : "");
        }
        const antq__cell *v = cell_at(in, kv, r);
        if (antq__cell_is_empty(v))
            continue; /* the default */
        const char *key = antq__option_rows[o].key;
        int32_t t;
        xv.header = antq__option_rows[o].vi;
        if (strcmp(key, "year") == 0) {
            rc = antq__cell_year(&xv, v, &t);
            c->year = t;
        } else if (strcmp(key, "province") == 0 || strcmp(key, "issuer") == 0) {
            const char *text = antq__cell_string(&xv, v, &rc);
            *(key[0] == 'p' ? &c->province : &c->issuer) = text;
        } else if (strcmp(key, "as_of") == 0) {
            rc = antq__cell_date(&xv, v, &c->opts.decision_date);
        } else if (strcmp(key, "deferral_is_warning") == 0 || strcmp(key, "protection_force_required") == 0) {
            rc = antq__cell_tri(&xv, v, &t);
            if (key[0] == 'd')
                c->opts.deferral_is_warning = t == ANTQ_YES;
            else
                c->opts.protection_force_required = t == ANTQ_YES;
        } else if (strcmp(key, "school_year_end") == 0) {
            const char *s = antq__cell_string(&xv, v, &rc);
            int mm = 0, dd = 0;
            if (rc == ANTQ_OK && v->type == ANTQ__CELL_NUMBER) {
                int32_t d;
                if ((rc = antq__cell_date(&xv, v, &d)) == ANTQ_OK) {
                    mm = antq_date_month(d);
                    dd = antq_date_day(d);
                }
            } else if (rc == ANTQ_OK && strlen(s) == 5 && s[2] == '-') {
                mm = (s[0] - '0') * 10 + (s[1] - '0');
                dd = (s[3] - '0') * 10 + (s[4] - '0');
            }
            if (rc == ANTQ_OK && antq_date_make(2001, mm, dd) == ANTQ_DATE_UNKNOWN)
                rc = antq__cell_error(c->err, ANTQ_ERANGE, in->s->name, xv.col, r->num,
                                      "\"%.20s\" is not a month and day MM-DD (option \"%s\")", s, xv.header);
            c->opts.school_year_end_mmdd = mm * 100 + dd;
        } else { /* an option of two named values: trend_mode, pool_mode, emulation_mode, period_start */
            static const char *const *const tables[] = {antq__trend_names, antq__pool_names, antq__emulation_names,
                                                        antq__period_start_names};
            int32_t *const fields[] = {&c->opts.trend_mode, &c->opts.pool_mode, &c->opts.emulation_mode,
                                       &c->opts.period_start};
            int which = strcmp(key, "trend_mode") == 0  ? 0
                        : strcmp(key, "pool_mode") == 0 ? 1
                        : strcmp(key, "emulation_mode") == 0 ? 2
                                                              : 3;
            const char *s = antq__cell_string(&xv, v, &rc);
            int found = -1;
            for (int k = 0; k < 2 && rc == ANTQ_OK; k++)
                if (antq__name_matches(s, tables[which][k]))
                    found = k;
            if (rc == ANTQ_OK && found < 0)
                rc = antq__cell_error(c->err, ANTQ_ERANGE, in->s->name, xv.col, r->num,
                                      "\"%.40s\" is not a value of option \"%s\" (one of: %s, %s)", s, xv.header,
                                      tables[which][0], tables[which][1]);
            if (found >= 0)
                *fields[which] = found;
        }
        if (rc)
            return rc;
    }
    return ANTQ_OK;
}

/* A ";"-separated list of the values of a column's field (unit kinds also
 * with ","; event labels have commas) into a mask of 1 << value; empty: 0. */
static int read_list(ctx *c, const sheet_in *in, size_t k, const antq__srow *r, uint32_t *mask)
{
    const antq__column *col = &in->cols[k];
    const antq__field *f = col->field;
    int events = col->role == ANTQ__COL_EVENT_KINDS, rc;
    antq__cell_ctx x = cell_ctx(c, in, k, r);
    const char *text = antq__cell_string(&x, cell_at(in, k, r), &rc);
    *mask = 0;
    for (const char *p = text; rc == ANTQ_OK && p && *p;) {
        size_t n = strcspn(p, events ? ";" : ";,");
        char one[200];
        snprintf(one, sizeof one, "%.*s", (int)(n < sizeof one - 1 ? n : sizeof one - 1), p);
        int found = 0;
        for (int v = 1; v < f->n_names && !found; v++)
            if (f->names[v] && (antq__name_matches(one, f->names[v]) || (col->labels && antq__name_matches(one, col->labels[v])))) {
                *mask |= 1u << (unsigned)v;
                found = 1;
            }
        const char *shown = one + strspn(one, " \t");
        if (!found && *shown)
            return antq__cell_error(c->err, ANTQ_ERANGE, in->s->name, x.col, r->num,
                                    "\"%.60s\" is not %s (column \"%s\"; separate several with ';')", shown,
                                    events ? "an event kind" : "a unit kind", x.header);
        p += n;
        while (*p == ';' || (!events && *p == ','))
            p++;
    }
    return rc;
}

/* An error of a check function at the cell of the column named by the last
 * component of its path ("/from", "/authority/3/to"), or at the row. */
static int check_error(ctx *c, const sheet_in *in, const antq__srow *r, int code, const antq_error *v)
{
    const char *key = strrchr(v->path, '/');
    key = key ? key + 1 : v->path;
    if (strcmp(key, "citation") == 0)
        key = "citation_instrument";
    for (size_t k = 0; k < in->n_cols; k++)
        if (strcmp(in->cols[k].key, key) == 0 && in->at[k])
            return antq__cell_error(c->err, code, in->s->name, in->at[k], r->num, "%s (column \"%s\")", v->message,
                                    in->header[k]);
    return antq__cell_error(c->err, code, in->s->name, 0, r->num, "%s", v->message);
}

static int read_criteria(ctx *c)
{
    sheet_in *in = c->in[ANTQ__SH_CRITERIA];
    if (!in)
        return ANTQ_OK;
    size_t kk = column_of(in, ANTQ__COL_KINDS, NULL), kid = column_of(in, ANTQ__COL_FIELD, "id");
    size_t ke = column_of(in, ANTQ__COL_EVENT_KINDS, NULL);
    c->criteria = antq__arena_alloc(&c->scratch, (in->s->n ? in->s->n : 1) * sizeof *c->criteria);
    if (!c->criteria)
        return nomem(c);
    for (size_t i = in->first; i < in->s->n; i++) {
        const antq__srow *r = &in->s->rows[i];
        if (row_is_empty(r))
            continue;
        antq_extra_criterion *x = &c->criteria[c->n_criteria];
        memset(x, 0, sizeof *x);
        int rc = read_fields(c, in, r, x);
        if (rc)
            return rc;
        for (size_t q = 0; q < c->n_criteria; q++)
            if (strcmp(c->criteria[q].id, x->id) == 0)
                return antq__cell_error(c->err, ANTQ_EDUPLICATE, in->s->name, in->at[kid], r->num,
                                        "duplicate extra criterion id \"%.60s\"", x->id);
        uint32_t kinds, events;
        if ((rc = read_list(c, in, kk, r, &kinds)) != ANTQ_OK || (rc = read_list(c, in, ke, r, &events)) != ANTQ_OK)
            return rc;
        x->kinds = kinds;
        x->fails_on_events = (int32_t)events;
        if (!x->kinds)
            x->kinds = ANTQ_KIND_BIT(1) | ANTQ_KIND_BIT(2) | ANTQ_KIND_BIT(3) | ANTQ_KIND_BIT(4) | ANTQ_KIND_BIT(5);
        c->n_criteria++;
    }
    return ANTQ_OK;
}

/* Delegations (Art. 10.5): each row checked as the JSON loader checks one,
 * with antq_delegation_validate() on its own date. */
static int read_delegations(ctx *c)
{
    sheet_in *in = c->in[ANTQ__SH_DELEGATIONS];
    if (!in)
        return ANTQ_OK;
    size_t kk = column_of(in, ANTQ__COL_KINDS, NULL);
    c->delegations = antq__arena_alloc(&c->scratch, (in->s->n ? in->s->n : 1) * sizeof *c->delegations);
    if (!c->delegations)
        return nomem(c);
    for (size_t i = in->first; i < in->s->n; i++) {
        const antq__srow *r = &in->s->rows[i];
        if (row_is_empty(r))
            continue;
        if (c->n_delegations == ANTQ__MAX_DELEGATIONS)
            return antq__cell_error(c->err, ANTQ_ERANGE, in->s->name, 0, r->num, "expected at most %d delegations",
                                    ANTQ__MAX_DELEGATIONS);
        antq_delegation *d = &c->delegations[c->n_delegations];
        antq_delegation_init(d);
        int rc = read_fields(c, in, r, d);
        if (rc == ANTQ_OK)
            rc = read_list(c, in, kk, r, &d->kinds);
        if (rc)
            return rc;
        antq_error v;
        if ((rc = antq_delegation_validate(NULL, d, 0, &v)) != ANTQ_OK)
            return check_error(c, in, r, rc, &v);
        c->n_delegations++;
    }
    return ANTQ_OK;
}

/* The deadline of an authority row: "MM-DD", or a date cell (its month and day). */
static int read_mmdd(ctx *c, const sheet_in *in, size_t k, const antq__srow *r, int32_t *mmdd)
{
    const antq__cell *cell = cell_at(in, k, r);
    antq__cell_ctx x = cell_ctx(c, in, k, r);
    int rc = ANTQ_OK, v = 0;
    *mmdd = 0;
    if (antq__cell_is_empty(cell))
        return ANTQ_OK;
    if (cell->type == ANTQ__CELL_NUMBER) {
        int32_t d;
        if ((rc = antq__cell_date(&x, cell, &d)) != ANTQ_OK)
            return rc;
        *mmdd = antq_date_month(d) * 100 + antq_date_day(d);
        return ANTQ_OK;
    }
    const char *s = antq__cell_string(&x, cell, &rc);
    if (rc == ANTQ_OK && !antq__parse_mmdd(s, &v))
        return antq__cell_error(c->err, ANTQ_ERANGE, in->s->name, x.col, r->num,
                                "expected a real month and day \"MM-DD\", found \"%.20s\" (column \"%s\")", s, x.header);
    *mmdd = v;
    return rc;
}

/* The columns of an authority row that are not fields: to, deadline, status, article, clause. */
static int read_rule_specials(ctx *c, const sheet_in *in, const antq__srow *r, antq_authority_rule *a)
{
    int rc = ANTQ_OK;
    for (size_t k = 0; k < in->n_cols && rc == ANTQ_OK; k++) {
        const antq__column *col = &in->cols[k];
        const antq__cell *cell = cell_at(in, k, r);
        antq__cell_ctx x = cell_ctx(c, in, k, r);
        if (!in->at[k])
            x.col = 1;
        int32_t v;
        int64_t n;
        switch (col->role) {
        case ANTQ__COL_VALID_TO:
            if ((rc = antq__cell_date(&x, cell, &v)) == ANTQ_OK && v != ANTQ_DATE_UNKNOWN)
                a->valid_to = v;
            break;
        case ANTQ__COL_MMDD:
            rc = read_mmdd(c, in, k, r, &a->deadline_mmdd);
            break;
        case ANTQ__COL_STATUS:
            if (!antq__cell_is_empty(cell) && (rc = antq__cell_to_field(&x, col, cell, &v)) == ANTQ_OK)
                a->status = antq__status_of_index(v);
            break;
        case ANTQ__COL_CITATION_NUMBER:
            if (antq__cell_is_empty(cell)) {
                if (col->required)
                    rc = antq__cell_error(c->err, ANTQ_EMISSING, in->s->name, x.col, r->num,
                                          "the cell is empty but column \"%s\" is required", x.header);
            } else if ((rc = antq__cell_whole(&x, cell, 0, 999, "an article or clause number", &n)) == ANTQ_OK) {
                *(col->index ? &a->citation.clause : &a->citation.article) = (int32_t)n;
            }
            break;
        default:
            break;
        }
    }
    return rc;
}

/* A province's authority table: rows read, then checked as a whole with
 * antq_authority_table_validate() (no gap, no overlap), as the JSON loader does. */
static int read_authority(ctx *c)
{
    sheet_in *in = c->in[ANTQ__SH_AUTHORITY];
    if (!in)
        return ANTQ_OK;
    size_t cap = in->s->n ? in->s->n : 1;
    c->authority = antq__arena_alloc(&c->scratch, cap * sizeof *c->authority);
    c->authority_rows = antq__arena_alloc(&c->scratch, cap * sizeof *c->authority_rows);
    if (!c->authority || !c->authority_rows)
        return nomem(c);
    for (size_t i = in->first; i < in->s->n; i++) {
        const antq__srow *r = &in->s->rows[i];
        if (row_is_empty(r))
            continue;
        if (c->n_authority == ANTQ__MAX_AUTHORITY_ROWS)
            return antq__cell_error(c->err, ANTQ_ERANGE, in->s->name, 0, r->num, "expected at most %d rows",
                                    ANTQ__MAX_AUTHORITY_ROWS);
        antq_authority_rule *a = &c->authority[c->n_authority];
        memset(a, 0, sizeof *a);
        a->valid_to = ANTQ_DATE_OPEN;
        a->status = ANTQ_STATUS_DERIVED; /* a province's own table: its decision (D) unless it says otherwise */
        int rc = read_fields(c, in, r, a);
        if (rc == ANTQ_OK)
            rc = read_rule_specials(c, in, r, a);
        if (rc)
            return rc;
        c->authority_rows[c->n_authority++] = r;
    }
    if (!c->n_authority)
        return ANTQ_OK;
    antq_error v;
    int rc = antq_authority_table_validate(c->authority, c->n_authority, &v);
    if (rc) {
        size_t row = 0;
        if (sscanf(v.path, "/authority/%zu", &row) != 1 || row >= c->n_authority) {
            row = 0;
            snprintf(v.path, sizeof v.path, "/authority");
        }
        size_t i, j; /* an overlap names rows of the table: say which rows of the sheet they are */
        if (sscanf(v.message, "rows %zu and %zu", &i, &j) == 2 && i < c->n_authority && j < c->n_authority) {
            size_t len = strlen(v.message);
            snprintf(v.message + len, sizeof v.message - len, " (sheet rows %u and %u)",
                     (unsigned)c->authority_rows[i]->num, (unsigned)c->authority_rows[j]->num);
        }
        return check_error(c, in, c->authority_rows[row], rc, &v);
    }
    return ANTQ_OK;
}

/* ---- adding to the dataset, and errors back to cells */

/* An error from validation ("/field", "/events/2/date") at the cell it came from. */
static int map_error(ctx *c, const antq_error *v, int sheet, const antq__srow *r, size_t ev)
{
    const char *path = v->path[0] == '/' ? v->path + 1 : v->path;
    static const struct {
        const char *prefix;
        int kind, sheet;
    } lists[] = {{"events/", IT_EVENTS, ANTQ__SH_EVENTS},
                 {"disciplines/", IT_DISCIPLINES, ANTQ__SH_DISCIPLINES},
                 {"extra/", IT_EXTRA, ANTQ__SH_EXTRA}};
    if (ev != ANTQ__NONE && strcmp(path, "rule_topics") == 0 && EV(c, ev).topics_row) {
        sheet = ANTQ__SH_TOPICS;
        r = EV(c, ev).topics_row;
    }
    for (size_t i = 0; ev != ANTQ__NONE && i < ANTQ__ARRAY_LEN(lists); i++) {
        size_t n = strlen(lists[i].prefix);
        if (strncmp(path, lists[i].prefix, n) != 0)
            continue;
        size_t k = 0;
        const char *p = path + n;
        while (*p >= '0' && *p <= '9')
            k = k * 10 + (size_t)(*p++ - '0');
        path = *p == '/' ? p + 1 : p;
        size_t at = EV(c, ev).first[lists[i].kind] + k;
        if (at < c->items[lists[i].kind].n) {
            sheet = lists[i].sheet;
            r = ITEM(c, lists[i].kind, c->order[lists[i].kind][at]).row;
        }
        break;
    }
    const sheet_in *in = c->in[sheet];
    uint32_t col = 0;
    const char *header = NULL;
    for (size_t k = 0; in && k < in->n_cols; k++)
        if (in->cols[k].role == ANTQ__COL_FIELD && strcmp(in->cols[k].key, path) == 0 && in->at[k]) {
            col = in->at[k];
            header = in->header[k];
        }
    if (header)
        return antq__cell_error(c->err, v->code, in->s->name, col, r->num, "%s (column \"%s\")", v->message, header);
    return antq__cell_error(c->err, v->code, in ? in->s->name : "?", 0, r->num, "%s", v->message);
}

static int keep_unknown(ctx *c, antq_dataset *ds, const sheet_in *in, const antq__srow *r, antq__raw_field **list)
{
    for (size_t k = 0; k < in->n_unknown; k++) {
        const antq__cell *cell = antq__srow_cell(r, in->unknown[k]);
        antq__cell_ctx x = {c->err, in->s->name, in->unknown_header[k], in->unknown[k], r->num, 0, &c->scratch};
        int rc;
        const char *text = antq__cell_string(&x, cell, &rc);
        if (rc)
            return rc;
        if (!text)
            continue;
        /* the JSON text as cJSON prints it, as the JSON loader keeps unknown fields */
        cJSON *j = cJSON_CreateString(text);
        char *json = j ? cJSON_PrintUnformatted(j) : NULL;
        cJSON_Delete(j);
        antq__raw_field *rf = json ? antq__arena_alloc(&ds->arena, sizeof *rf) : NULL;
        int failed = !rf;
        if (rf) {
            rf->key = antq__arena_copy_str(&ds->arena, in->unknown_header[k], &failed);
            rf->json = antq__arena_copy_str(&ds->arena, json, &failed);
        }
        cJSON_free(json);
        if (failed)
            return nomem(c);
        while (*list)
            list = &(*list)->next;
        *list = rf;
    }
    return ANTQ_OK;
}

static int build(ctx *c, antq_dataset *ds)
{
    ds->year = c->year;
    ds->has_options = c->in[ANTQ__SH_OPTIONS] != NULL || c->n_criteria || c->n_delegations || c->n_authority;
    int failed = 0;
    antq_extra_criterion *xs = c->n_criteria ? antq__arena_copy_mem(&ds->arena, c->criteria,
                                                                    c->n_criteria * sizeof *xs, &failed) : NULL;
    for (size_t i = 0; i < c->n_criteria && !failed; i++) {
        xs[i].id = antq__arena_copy_str(&ds->arena, xs[i].id, &failed);
        xs[i].text_vi = antq__arena_copy_str(&ds->arena, xs[i].text_vi, &failed);
        xs[i].text_en = antq__arena_copy_str(&ds->arena, xs[i].text_en, &failed);
        xs[i].source = antq__arena_copy_str(&ds->arena, xs[i].source, &failed);
    }
    if (failed)
        return nomem(c);
    ds->province = antq__arena_copy_str(&ds->arena, c->province, &failed);
    ds->issuer = antq__arena_copy_str(&ds->arena, c->issuer, &failed);
    if (failed)
        return nomem(c);
    antq_delegation *dl = c->n_delegations ? antq__arena_copy_mem(&ds->arena, c->delegations,
                                                                  c->n_delegations * sizeof *dl, &failed) : NULL;
    for (size_t i = 0; i < c->n_delegations && !failed; i++) {
        dl[i].decision = antq__arena_copy_str(&ds->arena, dl[i].decision, &failed);
        dl[i].unit_id = antq__arena_copy_str(&ds->arena, dl[i].unit_id, &failed);
    }
    antq_authority_rule *at = c->n_authority && !failed ? antq__arena_copy_mem(&ds->arena, c->authority,
                                                                               c->n_authority * sizeof *at, &failed) : NULL;
    for (size_t i = 0; at && i < c->n_authority && !failed; i++) {
        at[i].citation.instrument = antq__arena_copy_str(&ds->arena, at[i].citation.instrument, &failed);
        at[i].citation.points = antq__arena_copy_str(&ds->arena, at[i].citation.points, &failed);
        at[i].note_en = antq__arena_copy_str(&ds->arena, at[i].note_en, &failed);
    }
    if (failed)
        return nomem(c);
    c->opts.extra = xs;
    c->opts.n_extra = c->n_criteria;
    c->opts.delegations = dl;
    c->opts.n_delegations = c->n_delegations;
    c->opts.authority_table = at;
    c->opts.n_authority = c->n_authority;
    ds->opts = c->opts;
    antq_error v;
    for (size_t i = 0; i < c->units.n; i++) {
        unit_rec *u = &UNIT(c, i);
        int rc = antq_unit_validate(&u->u, &v);
        if (rc)
            return map_error(c, &v, ANTQ__SH_UNITS, u->row, ANTQ__NONE);
        if (u->first_ev == ANTQ__NONE && (rc = antq_dataset_add(ds, &u->u, NULL, &v)) != ANTQ_OK)
            return rc == ANTQ_ENOMEM ? nomem(c) : map_error(c, &v, ANTQ__SH_UNITS, u->row, ANTQ__NONE);
        for (size_t e = u->first_ev; e != ANTQ__NONE; e = EV(c, e).next) {
            ev_rec *er = &EV(c, e);
            if ((rc = antq_evidence_validate(&er->ev, &u->u, &v)) != ANTQ_OK ||
                (rc = antq_dataset_add(ds, &u->u, &er->ev, &v)) != ANTQ_OK)
                return rc == ANTQ_ENOMEM ? nomem(c) : map_error(c, &v, ANTQ__SH_EVIDENCE, er->row, e);
            if ((rc = keep_unknown(c, ds, c->in[ANTQ__SH_EVIDENCE], er->row, &ds->evs[ds->n_evs - 1].unknown)) != ANTQ_OK)
                return rc;
            ds->evs[ds->n_evs - 1].decision_number = antq__arena_copy_str(&ds->arena, er->decision_number, &failed);
            if (failed)
                return nomem(c);
        }
        if ((rc = keep_unknown(c, ds, c->in[ANTQ__SH_UNITS], u->row, &ds->units[ds->n_units - 1].unknown)) != ANTQ_OK)
            return rc;
    }
    int rc = antq_dataset_check(ds, &v);
    if (rc) {
        size_t i = 0;
        sscanf(v.path, "/units/%zu", &i);
        snprintf(v.path, sizeof v.path, "/parent");
        return map_error(c, &v, ANTQ__SH_UNITS, UNIT(c, i < c->units.n ? i : 0).row, ANTQ__NONE);
    }
    return ANTQ_OK;
}

static int convert(ctx *c, antq_dataset **out)
{
    const antq__book *b = c->b;
    for (size_t i = 0; i < b->n; i++) {
        int id = sheet_of(b->sheets[i].name);
        if (id == -1)
            continue;
        if (id == -2) {
            if (c->flags & ANTQ_LOAD_KEEP_UNKNOWN)
                continue;
            return antq__cell_error(c->err, ANTQ_EUNKNOWNFIELD, b->sheets[i].name, 0, 0,
                                    "unknown sheet \"%.60s\" (the sheets are Đơn vị, Số liệu năm, Sự việc, Kỷ luật, Nội quy, "
                                    "Tiêu chí bổ sung, Tùy chọn, Tiêu chí của tỉnh, Ủy quyền, Thẩm quyền công nhận; "
                                    "see doc/spreadsheets.md)",
                                    b->sheets[i].name);
        }
        if (c->in[id])
            return antq__cell_error(c->err, ANTQ_EDUPLICATE, b->sheets[i].name, 0, 0,
                                    "a second sheet for %s (the first is \"%.60s\")", antq__sheet_layouts[id].vi,
                                    c->in[id]->s->name);
        c->in[id] = antq__arena_alloc(&c->scratch, sizeof(sheet_in));
        if (!c->in[id])
            return nomem(c);
        c->in[id]->s = &b->sheets[i];
        int rc = read_header(c, c->in[id], id);
        if (rc)
            return rc;
    }
    if (!c->in[ANTQ__SH_UNITS])
        return antq__error_set(c->err, ANTQ_EMISSING, "", "expected a sheet \"%s\" (or a file %s.csv) of units, found none",
                               antq__sheet_layouts[ANTQ__SH_UNITS].vi, antq__sheet_layouts[ANTQ__SH_UNITS].key);
    int rc = read_options(c);
    if (!rc)
        rc = read_criteria(c);
    if (!rc)
        rc = read_delegations(c);
    if (!rc)
        rc = read_authority(c);
    if (!rc)
        rc = read_units(c);
    if (!rc && c->in[ANTQ__SH_EVIDENCE])
        rc = read_evidence(c);
    if (!rc && !c->in[ANTQ__SH_EVIDENCE]) {
        for (int s = ANTQ__SH_EVENTS; s <= ANTQ__SH_EXTRA && !rc; s++)
            if (c->in[s])
                rc = antq__error_set(c->err, ANTQ_EMISSING, c->in[s]->s->name,
                                     "rows of this sheet belong to a unit's year, but there is no sheet \"%s\"",
                                     antq__sheet_layouts[ANTQ__SH_EVIDENCE].vi);
    }
    if (!rc)
        rc = read_items(c, IT_EVENTS, ANTQ__SH_EVENTS);
    if (!rc)
        rc = read_items(c, IT_DISCIPLINES, ANTQ__SH_DISCIPLINES);
    if (!rc)
        rc = read_items(c, IT_EXTRA, ANTQ__SH_EXTRA);
    if (!rc)
        rc = read_topics(c);
    if (!rc)
        rc = attach_items(c);
    antq_dataset *ds = NULL;
    if (!rc && antq_dataset_new(&ds) != ANTQ_OK)
        rc = nomem(c);
    if (!rc)
        rc = build(c, ds);
    if (rc) {
        antq_dataset_free(ds);
        return rc;
    }
    *out = ds;
    return ANTQ_OK;
}

int antq__book_to_dataset(antq_dataset **out, const antq__book *b, unsigned flags, antq_error *err)
{
    ctx c;
    memset(&c, 0, sizeof c);
    c.b = b;
    c.flags = flags;
    c.err = err;
    antq__arena_init(&c.scratch);
    c.units.size = sizeof(unit_rec);
    c.evs.size = sizeof(ev_rec);
    for (int k = 0; k < IT_COUNT; k++)
        c.items[k].size = sizeof(item_rec);
    antq__strmap_init(&c.unit_ids);
    antq__strmap_init(&c.ev_keys);
    antq_options_init(&c.opts, ANTQ_OPTIONS_VERSION);
    int rc = convert(&c, out);
    antq__free(c.units.data);
    antq__free(c.evs.data);
    for (int k = 0; k < IT_COUNT; k++) {
        antq__free(c.items[k].data);
        antq__free(c.order[k]);
    }
    antq__strmap_free(&c.unit_ids);
    antq__strmap_free(&c.ev_keys);
    antq__arena_free(&c.scratch);
    return rc;
}
