/* Workbooks in memory: sheets of rows of typed cells; cell references and
 * errors that name them; whole-file reads and writes.
 * SPDX-License-Identifier: MIT */
#include "book.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

void antq__book_init(antq__book *b)
{
    memset(b, 0, sizeof *b);
    antq__arena_init(&b->arena);
}

void antq__book_free(antq__book *b)
{
    for (size_t i = 0; i < b->n; i++) {
        for (size_t r = 0; r < b->sheets[i].n; r++)
            antq__free(b->sheets[i].rows[r].cells);
        antq__free(b->sheets[i].rows);
    }
    antq__free(b->sheets);
    antq__arena_free(&b->arena);
    memset(b, 0, sizeof *b);
}

antq__sheet *antq__book_add_sheet(antq__book *b, const char *name, size_t name_len)
{
    if (b->n == b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 8;
        antq__sheet *s = antq__realloc(b->sheets, cap * sizeof *s);
        if (!s)
            return NULL;
        b->sheets = s;
        b->cap = cap;
    }
    char *copy = antq__arena_strndup(&b->arena, name, name_len);
    if (!copy)
        return NULL;
    antq__sheet *s = &b->sheets[b->n++];
    memset(s, 0, sizeof *s);
    s->name = copy;
    s->layout = -1;
    return s;
}

antq__srow *antq__sheet_add_row(antq__sheet *s, uint32_t num)
{
    if (s->n == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 64;
        antq__srow *r = antq__realloc(s->rows, cap * sizeof *r);
        if (!r)
            return NULL;
        s->rows = r;
        s->cap = cap;
    }
    antq__srow *r = &s->rows[s->n++];
    memset(r, 0, sizeof *r);
    r->num = num;
    return r;
}

int antq__srow_add(antq__srow *r, uint32_t col, int type, const char *text, double num)
{
    if (r->n == r->cap) {
        size_t cap = r->cap ? r->cap * 2 : 16;
        antq__cell *c = antq__realloc(r->cells, cap * sizeof *c);
        if (!c)
            return ANTQ_ENOMEM;
        r->cells = c;
        r->cap = cap;
    }
    antq__cell *c = &r->cells[r->n++];
    c->col = col;
    c->type = (uint8_t)type;
    c->text = text;
    c->num = num;
    return ANTQ_OK;
}

const antq__cell *antq__srow_cell(const antq__srow *r, uint32_t col)
{
    /* cells are in increasing column order: binary search */
    size_t lo = 0, hi = r->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (r->cells[mid].col < col)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < r->n && r->cells[lo].col == col ? &r->cells[lo] : NULL;
}

void antq__cell_ref(char *out, size_t size, uint32_t col, uint32_t row)
{
    char letters[8], *p = letters + sizeof letters;
    *--p = '\0';
    for (uint32_t c = col; c > 0; c = (c - 1) / 26)
        *--p = (char)('A' + (c - 1) % 26);
    snprintf(out, size, "%s%u", p, (unsigned)row);
}

int antq__cell_error(antq_error *err, int code, const char *sheet, uint32_t col, uint32_t row, const char *fmt, ...)
{
    if (!err)
        return code;
    memset(err, 0, sizeof *err);
    err->code = code;
    err->line = (int32_t)row;
    err->column = (int32_t)col;
    char ref[16];
    if (col)
        antq__cell_ref(ref, sizeof ref, col, row);
    else
        snprintf(ref, sizeof ref, "%u", (unsigned)row); /* a whole row */
    if (row)
        snprintf(err->path, sizeof err->path, "%.200s!%s", sheet, ref);
    else
        snprintf(err->path, sizeof err->path, "%.200s", sheet);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}
