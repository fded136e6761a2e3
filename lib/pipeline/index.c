/* The compact index of a pipeline (see index.h).
 * SPDX-License-Identifier: MIT */
#include "index.h"

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#define NONE ((size_t)-1)

void antq__index_init(antq__index *x)
{
    memset(x, 0, sizeof *x);
    antq__arena_init(&x->strings);
    antq__strmap_init(&x->ids);
    antq__strmap_init(&x->parents);
}

void antq__index_free(antq__index *x)
{
    antq__arena_free(&x->strings);
    antq__strmap_free(&x->ids);
    antq__strmap_free(&x->parents);
    antq__free(x->rows);
    memset(x, 0, sizeof *x);
}

void antq__index_share(antq__index *x, const antq__strmap *ids) { x->shared = ids; }

static const antq__strmap *map(const antq__index *x) { return x->shared ? x->shared : &x->ids; }

void antq__index_prefetch(const antq__index *x, const char *id) { antq__strmap_prefetch(map(x), id); }

size_t antq__index_find(const antq__index *x, const char *id)
{
    size_t row = antq__strmap_get(map(x), id);
    return row < x->n ? row : NONE; /* shared: the row being added is not there yet */
}

/* One copy of each parent id: the unit's own id string when the parent was
 * read already, else a string interned in `parents`. NULL on ENOMEM. */
static const char *intern_parent(antq__index *x, const char *parent, int *added)
{
    *added = 0;
    size_t row = antq__index_find(x, parent);
    if (row != NONE)
        return x->rows[row].id;
    const char *known = antq__strmap_key(&x->parents, parent);
    if (known)
        return known;
    char *copy = antq__arena_strndup(&x->strings, parent, strlen(parent));
    if (!copy || antq__strmap_put(&x->parents, copy, 0) != ANTQ_OK)
        return NULL;
    *added = 1;
    return copy;
}

int antq__index_add(antq__index *x, const char *id, const char *parent, int kind, int32_t line, size_t record)
{
    if (x->n == x->cap) {
        size_t cap = x->cap ? x->cap * 2 : 1024;
        antq__index_row *r = antq__realloc(x->rows, cap * sizeof *r);
        if (!r)
            return ANTQ_ENOMEM;
        x->rows = r;
        x->cap = cap;
    }
    antq__arena_mark mark = antq__arena_save(&x->strings);
    int added = 0;
    const char *p = parent ? intern_parent(x, parent, &added) : NULL;
    /* the id may have been interned as somebody's parent: share that copy (shared: the map's) */
    const char *copy = x->shared ? id : antq__strmap_key(&x->parents, id);
    if (!copy)
        copy = antq__arena_strndup(&x->strings, id, strlen(id));
    if ((parent && !p) || !copy || (!x->shared && antq__strmap_put(&x->ids, copy, x->n) != ANTQ_OK)) {
        if (added)
            antq__strmap_remove_last(&x->parents, p);
        antq__arena_rollback(&x->strings, mark);
        return ANTQ_ENOMEM;
    }
    antq__index_row *r = &x->rows[x->n++];
    r->id = copy;
    r->parent = p;
    r->kind = kind;
    r->line = line;
    r->record = record;
    return ANTQ_OK;
}

void antq__index_drop_last(antq__index *x)
{
    if (!x->shared)
        antq__strmap_remove_last(&x->ids, x->rows[x->n - 1].id);
    x->n--;
}

int antq__index_check(const antq__index *x, antq__check_fn fn, void *ud)
{
    antq__hier h = {(const char *)x->rows,          x->n, sizeof *x->rows, offsetof(antq__index_row, id),
                    offsetof(antq__index_row, parent), offsetof(antq__index_row, kind), map(x)};
    return antq__hierarchy_check(&h, fn, ud);
}
