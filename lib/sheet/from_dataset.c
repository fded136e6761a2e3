/* A dataset to workbook sheets (the layout of doc/spreadsheets.md), the
 * common source of the CSV-set and XLSX writers. Yes/no, enum values and
 * headers are written in the chosen language; the readers accept both.
 * SPDX-License-Identifier: MIT */
#include "book.h"
#include "../model/dataset.h"

#include <stdio.h>
#include <string.h>

typedef struct out {
    antq__book *b;
    antq__sheet *s;
    const antq__column *cols;
    size_t n_cols;
    int lang;
    uint32_t next_row;
    antq__srow *row;
} out;

static int start_sheet(out *o, int id)
{
    antq__column tmp[ANTQ__MAX_COLUMNS];
    size_t n = antq__sheet_columns(id, tmp, ANTQ__MAX_COLUMNS);
    int failed = 0;
    antq__column *cols = antq__arena_copy_mem(&o->b->arena, tmp, n * sizeof *cols, &failed);
    const char *name = o->lang == ANTQ_LANG_EN ? antq__sheet_layouts[id].key : antq__sheet_layouts[id].vi;
    o->s = failed ? NULL : antq__book_add_sheet(o->b, name, strlen(name));
    if (!o->s)
        return ANTQ_ENOMEM;
    o->s->layout = id;
    o->s->cols = o->cols = cols;
    o->s->n_cols = o->n_cols = n;
    antq__srow *r = antq__sheet_add_row(o->s, 1);
    if (!r)
        return ANTQ_ENOMEM;
    for (size_t k = 0; k < n; k++)
        if (antq__srow_add(r, (uint32_t)k + 1, ANTQ__CELL_TEXT, antq__column_header(&cols[k], o->lang), 0) != ANTQ_OK)
            return ANTQ_ENOMEM;
    o->next_row = 2;
    return ANTQ_OK;
}

static int new_row(out *o)
{
    o->row = antq__sheet_add_row(o->s, o->next_row++);
    return o->row ? ANTQ_OK : ANTQ_ENOMEM;
}

static int put(out *o, size_t k, int type, const char *text, double num)
{
    if (type == ANTQ__CELL_TEXT && !text)
        return ANTQ_OK;
    return antq__srow_add(o->row, (uint32_t)k + 1, type, text, num);
}

/* One field's cell. */
static int put_field(out *o, size_t k, const void *base)
{
    const antq__column *c = &o->cols[k];
    const antq__field *f = c->field;
    const char *src = (const char *)base + f->offset;
    int32_t i32 = *(const int32_t *)(const void *)src;
    switch (f->type) {
    case ANTQ__FT_STRING:
        return put(o, k, ANTQ__CELL_TEXT, *(const char *const *)(const void *)src, 0);
    case ANTQ__FT_TRI:
        return i32 < 0 ? ANTQ_OK : put(o, k, ANTQ__CELL_TEXT, antq__yes_no(i32 == ANTQ_YES, o->lang), 0);
    case ANTQ__FT_COUNT: {
        int64_t v = *(const int64_t *)(const void *)src;
        return v < 0 ? ANTQ_OK : put(o, k, ANTQ__CELL_NUMBER, NULL, (double)v);
    }
    case ANTQ__FT_DATE:
        return antq_date_valid(i32) ? put(o, k, ANTQ__CELL_DATE, NULL, i32) : ANTQ_OK;
    case ANTQ__FT_YEAR:
        return put(o, k, ANTQ__CELL_NUMBER, NULL, i32);
    case ANTQ__FT_ENUM:
    case ANTQ__FT_ENUM_M1:
        return put(o, k, ANTQ__CELL_TEXT, antq__enum_text(c, i32, o->lang), 0);
    default:
        return ANTQ_OK;
    }
}

/* What a row holds beside the fields of its record: the values of the
 * columns that are not fields (doc/spreadsheets.md). */
typedef struct extras {
    uint32_t kinds, events;        /* ANTQ__COL_KINDS, ANTQ__COL_EVENT_KINDS */
    const char *decision_number;   /* ANTQ__COL_DECISION_NUMBER */
    const antq_authority_rule *rule; /* the authority columns */
} extras;

/* A ";"-separated list of the values (1 << value) of a list column's field. */
static int put_list(out *o, size_t k, uint32_t mask)
{
    const antq__column *c = &o->cols[k];
    antq__buf text;
    antq__buf_init(&text);
    for (int v = 1; v < c->field->n_names; v++)
        if (mask & (1u << (unsigned)v)) {
            if (text.len)
                antq__buf_puts(&text, ";");
            antq__buf_puts(&text, antq__enum_text(c, v, o->lang));
        }
    int failed = text.failed;
    const char *s = text.len ? antq__arena_copy_str(&o->b->arena, text.data, &failed) : NULL;
    antq__buf_free(&text);
    return failed || put(o, k, ANTQ__CELL_TEXT, s, 0) ? ANTQ_ENOMEM : ANTQ_OK;
}

/* An authority column that is not a field (as to_dataset.c reads it). */
static int put_rule_column(out *o, size_t k, const antq_authority_rule *r)
{
    const antq__column *c = &o->cols[k];
    switch (c->role) {
    case ANTQ__COL_VALID_TO:
        return r->valid_to == ANTQ_DATE_OPEN ? ANTQ_OK : put(o, k, ANTQ__CELL_DATE, NULL, r->valid_to);
    case ANTQ__COL_MMDD: {
        char *mmdd = r->deadline_mmdd ? antq__arena_alloc(&o->b->arena, 8) : NULL;
        if (!r->deadline_mmdd)
            return ANTQ_OK;
        if (!mmdd)
            return ANTQ_ENOMEM;
        snprintf(mmdd, 8, "%02d-%02d", (int)r->deadline_mmdd / 100 % 100, (int)r->deadline_mmdd % 100);
        return put(o, k, ANTQ__CELL_TEXT, mmdd, 0);
    }
    case ANTQ__COL_STATUS:
        return put(o, k, ANTQ__CELL_TEXT, antq__enum_text(c, antq__status_index(r->status), o->lang), 0);
    default: /* ANTQ__COL_CITATION_NUMBER */
        return put(o, k, ANTQ__CELL_NUMBER, NULL, c->index ? r->citation.clause : r->citation.article);
    }
}

/* The cells of a row in column order: the fields of base and the extras. */
static int put_columns(out *o, const void *base, const extras *x)
{
    int rc = ANTQ_OK;
    for (size_t k = 0; k < o->n_cols && !rc; k++) {
        switch (o->cols[k].role) {
        case ANTQ__COL_FIELD: rc = put_field(o, k, base); break;
        case ANTQ__COL_KINDS: rc = put_list(o, k, x->kinds); break;
        case ANTQ__COL_EVENT_KINDS: rc = put_list(o, k, x->events); break;
        case ANTQ__COL_DECISION_NUMBER: rc = put(o, k, ANTQ__CELL_TEXT, x->decision_number, 0); break;
        case ANTQ__COL_VALID_TO:
        case ANTQ__COL_MMDD:
        case ANTQ__COL_STATUS:
        case ANTQ__COL_CITATION_NUMBER: rc = put_rule_column(o, k, x->rule); break;
        default: break; /* keys, topics, options: written by their sheet */
        }
    }
    return rc ? ANTQ_ENOMEM : ANTQ_OK;
}

static int put_fields(out *o, const void *base)
{
    static const extras none = {0, 0, NULL, NULL};
    return put_columns(o, base, &none);
}

/* A row of a child sheet: unit id and year, then the fields of base. */
static int child_row(out *o, const char *unit, int year, const void *base)
{
    if (new_row(o) || put(o, 0, ANTQ__CELL_TEXT, unit, 0) || put(o, 1, ANTQ__CELL_NUMBER, NULL, year))
        return ANTQ_ENOMEM;
    return base ? put_fields(o, base) : ANTQ_OK;
}

static int options_sheet(out *o, const antq_dataset *ds)
{
    const antq_options *op = &ds->opts;
    char *sye = antq__arena_alloc(&o->b->arena, 8);
    if (!sye || start_sheet(o, ANTQ__SH_OPTIONS))
        return ANTQ_ENOMEM;
    snprintf(sye, 8, "%02d-%02d", (int)op->school_year_end_mmdd / 100 % 100, (int)op->school_year_end_mmdd % 100);
    for (size_t i = 0; i < antq__option_row_count; i++) {
        const char *key = antq__option_rows[i].key;
        if (new_row(o) || put(o, 0, ANTQ__CELL_TEXT, o->lang == ANTQ_LANG_EN ? key : antq__option_rows[i].vi, 0))
            return ANTQ_ENOMEM;
        int rc = ANTQ_OK;
        if (strcmp(key, "year") == 0)
            rc = ds->year ? put(o, 1, ANTQ__CELL_NUMBER, NULL, ds->year) : ANTQ_OK;
        else if (strcmp(key, "as_of") == 0)
            rc = op->decision_date ? put(o, 1, ANTQ__CELL_DATE, NULL, op->decision_date) : ANTQ_OK;
        else if (strcmp(key, "province") == 0)
            rc = put(o, 1, ANTQ__CELL_TEXT, ds->province, 0);
        else if (strcmp(key, "issuer") == 0)
            rc = put(o, 1, ANTQ__CELL_TEXT, ds->issuer, 0);
        else if (strcmp(key, "trend_mode") == 0)
            rc = put(o, 1, ANTQ__CELL_TEXT, antq__trend_names[op->trend_mode], 0);
        else if (strcmp(key, "pool_mode") == 0)
            rc = put(o, 1, ANTQ__CELL_TEXT, antq__pool_names[op->pool_mode], 0);
        else if (strcmp(key, "emulation_mode") == 0)
            rc = put(o, 1, ANTQ__CELL_TEXT, antq__emulation_names[op->emulation_mode], 0);
        else if (strcmp(key, "deferral_is_warning") == 0)
            rc = put(o, 1, ANTQ__CELL_TEXT, antq__yes_no(op->deferral_is_warning, o->lang), 0);
        else if (strcmp(key, "protection_force_required") == 0)
            rc = put(o, 1, ANTQ__CELL_TEXT, antq__yes_no(op->protection_force_required, o->lang), 0);
        else if (strcmp(key, "school_year_end") == 0)
            rc = put(o, 1, ANTQ__CELL_TEXT, sye, 0);
        else if (strcmp(key, "period_start") == 0)
            rc = put(o, 1, ANTQ__CELL_TEXT, antq__period_start_names[op->period_start ? 1 : 0], 0);
        if (rc)
            return rc;
    }
    return ANTQ_OK;
}

static int criteria_sheet(out *o, const antq_dataset *ds)
{
    if (start_sheet(o, ANTQ__SH_CRITERIA))
        return ANTQ_ENOMEM;
    for (size_t i = 0; i < ds->opts.n_extra; i++) {
        const antq_extra_criterion *x = &ds->opts.extra[i];
        extras more = {x->kinds, (uint32_t)x->fails_on_events, NULL, NULL};
        if (new_row(o) || put_columns(o, x, &more))
            return ANTQ_ENOMEM;
    }
    return ANTQ_OK;
}

static int delegations_sheet(out *o, const antq_dataset *ds)
{
    if (start_sheet(o, ANTQ__SH_DELEGATIONS))
        return ANTQ_ENOMEM;
    for (size_t i = 0; i < ds->opts.n_delegations; i++) {
        const antq_delegation *d = &ds->opts.delegations[i];
        extras more = {d->kinds, 0, NULL, NULL};
        if (new_row(o) || put_columns(o, d, &more))
            return ANTQ_ENOMEM;
    }
    return ANTQ_OK;
}

static int authority_sheet(out *o, const antq_dataset *ds)
{
    if (start_sheet(o, ANTQ__SH_AUTHORITY))
        return ANTQ_ENOMEM;
    for (size_t i = 0; ds->opts.authority_table && i < ds->opts.n_authority; i++) {
        const antq_authority_rule *r = &ds->opts.authority_table[i];
        extras more = {0, 0, NULL, r};
        if (new_row(o) || put_columns(o, r, &more))
            return ANTQ_ENOMEM;
    }
    return ANTQ_OK;
}

static int fill(out *o, const antq_dataset *ds)
{
    if (start_sheet(o, ANTQ__SH_UNITS))
        return ANTQ_ENOMEM;
    for (size_t i = 0; i < ds->n_units; i++)
        if (new_row(o) || put_fields(o, &ds->units[i].unit))
            return ANTQ_ENOMEM;
    for (int sheet = ANTQ__SH_EVIDENCE; sheet <= ANTQ__SH_EXTRA; sheet++) {
        if (start_sheet(o, sheet))
            return ANTQ_ENOMEM;
        for (size_t i = 0; i < ds->n_units; i++) {
            const char *id = ds->units[i].unit.id;
            for (size_t e = ds->units[i].first_evidence; e != ANTQ__NONE; e = ds->evs[e].next) {
                const antq_evidence *ev = &ds->evs[e].ev;
                int rc = ANTQ_OK;
                if (sheet == ANTQ__SH_EVIDENCE) {
                    extras more = {0, 0, ds->evs[e].decision_number, NULL};
                    rc = new_row(o) || put(o, 0, ANTQ__CELL_TEXT, id, 0) || put_columns(o, ev, &more) ? ANTQ_ENOMEM
                                                                                                      : ANTQ_OK;
                } else if (sheet == ANTQ__SH_EVENTS) {
                    for (size_t k = 0; k < ev->n_events && !rc; k++)
                        rc = child_row(o, id, ev->year, &ev->events[k]);
                } else if (sheet == ANTQ__SH_DISCIPLINES) {
                    for (size_t k = 0; k < ev->n_disciplines && !rc; k++)
                        rc = child_row(o, id, ev->year, &ev->disciplines[k]);
                } else if (sheet == ANTQ__SH_EXTRA) {
                    for (size_t k = 0; k < ev->n_extra && !rc; k++)
                        rc = child_row(o, id, ev->year, &ev->extra[k]);
                } else if (ev->rule_topics >= 0) {
                    rc = child_row(o, id, ev->year, NULL);
                    for (size_t k = 2; k < o->n_cols && !rc; k++)
                        rc = put(o, k, ANTQ__CELL_TEXT, antq__yes_no(ev->rule_topics & (1 << o->cols[k].index), o->lang), 0);
                }
                if (rc)
                    return rc;
            }
        }
    }
    if (options_sheet(o, ds) || criteria_sheet(o, ds) || delegations_sheet(o, ds) || authority_sheet(o, ds))
        return ANTQ_ENOMEM;
    return ANTQ_OK;
}

int antq__dataset_to_book(antq__book *b, const antq_dataset *ds, int lang)
{
    out o;
    memset(&o, 0, sizeof o);
    o.b = b;
    o.lang = lang;
    return fill(&o, ds);
}
