/* Verdicts kept without their results: one packed word a unit, the rest of a
 * result (its context) stored once for all the units that share it.
 * SPDX-License-Identifier: MIT */
#include "verdicts.h"

#include <string.h>

/* packed word: bits 0-2 the verdict (0-4), bits 3-4 the registration + 1 (0-2), bits 5-31 the context + 1 */
#define VERDICT_BITS 3
#define FLAG_BITS 5
#define MAX_CONTEXTS ((UINT32_MAX >> FLAG_BITS) - 1)

void antq__verdicts_init(antq__verdicts *v) { memset(v, 0, sizeof *v); }

void antq__verdicts_free(antq__verdicts *v)
{
    antq__free(v->packed);
    antq__free(v->contexts);
    antq__free(v->table);
    antq__verdicts_init(v);
}

int antq__verdicts_grow(antq__verdicts *v, size_t n)
{
    if (n <= v->n)
        return ANTQ_OK;
    uint32_t *p = antq__realloc(v->packed, n * sizeof *p);
    if (!p)
        return ANTQ_ENOMEM;
    memset(p + v->n, 0, (n - v->n) * sizeof *p);
    v->packed = p;
    v->n = n;
    return ANTQ_OK;
}

/* A result's context: what is left of it without the unit, the verdict, the registration, checks and facts. */
static antq__verdict_context context_of(const antq_result *r)
{
    antq__verdict_context c;
    memset(&c, 0, sizeof c);
    c.r.kind = r->kind;
    c.r.year = r->year;
    c.r.start = r->start;
    c.r.end = r->end;
    c.r.standard = r->standard;
    c.r.ruleset = r->ruleset;
    c.r.authority = r->authority;
    c.r.delegated = r->delegated;
    c.r.level = r->level;
    c.r.irregular = r->irregular;
    if (r->delegated) {
        c.r.delegation = r->delegation;
        c.r.delegation.unit_id = NULL;
        c.names_unit = r->delegation.unit_id != NULL;
    }
    return c;
}

/* 1 when a result with r's fields, whose delegation names its unit (names_unit), has context c. */
static int matches(const antq_result *r, int names_unit, const antq__verdict_context *c)
{
    const antq_result *y = &c->r;
    if (r->kind != y->kind || r->year != y->year || r->start != y->start || r->end != y->end ||
        r->standard != y->standard || r->ruleset != y->ruleset || r->authority != y->authority ||
        r->delegated != y->delegated || r->level != y->level || r->irregular != y->irregular ||
        names_unit != c->names_unit)
        return 0;
    if (!r->delegated) /* a context without a delegation has none of its fields (context_of()) */
        return 1;
    const antq_delegation *d = &r->delegation, *e = &y->delegation;
    return d->from_level == e->from_level && d->to_level == e->to_level && d->kinds == e->kinds &&
           d->decision_date == e->decision_date && d->decision == e->decision;
}

/* 1 when r's context is c (context_of(r) would be the same as c). */
static int has_context(const antq_result *r, const antq__verdict_context *c)
{
    return matches(r, r->delegated && r->delegation.unit_id != NULL, c);
}

static int same_context(const antq__verdict_context *a, const antq__verdict_context *b)
{
    return matches(&a->r, a->names_unit, b);
}

static uint64_t mix(uint64_t h, uint64_t x) { return (h ^ x) * 0x100000001b3u; }

static size_t hash_context(const antq__verdict_context *c)
{
    const antq_result *r = &c->r;
    uint64_t h = 0xcbf29ce484222325u;
    h = mix(h, (uint64_t)(uint32_t)r->kind << 32 | (uint32_t)r->year);
    h = mix(h, (uint64_t)(uint32_t)r->start << 32 | (uint32_t)r->end);
    h = mix(h, (uint64_t)(uintptr_t)r->ruleset);
    h = mix(h, (uint64_t)(uintptr_t)r->authority);
    h = mix(h, (uint64_t)(uint32_t)r->level << 8 | (uint64_t)(uint32_t)r->standard << 4 |
                   (uint64_t)(r->irregular != 0) << 2 | (uint64_t)(r->delegated != 0) << 1 | (uint64_t)c->names_unit);
    h = mix(h, (uint64_t)(uintptr_t)r->delegation.decision);
    h = mix(h, (uint64_t)(uint32_t)r->delegation.decision_date << 32 | r->delegation.kinds);
    return (size_t)(h ^ h >> 29);
}

/* Room for one more context in the table (at most half full). */
static int table_room(antq__verdicts *v)
{
    if (2 * (v->n_contexts + 1) <= v->table_size)
        return ANTQ_OK;
    size_t size = v->table_size ? 2 * v->table_size : 16;
    uint32_t *t = antq__calloc(size, sizeof *t);
    if (!t)
        return ANTQ_ENOMEM;
    for (size_t i = 0; i < v->n_contexts; i++) {
        size_t s = hash_context(&v->contexts[i]) & (size - 1);
        while (t[s])
            s = (s + 1) & (size - 1);
        t[s] = (uint32_t)(i + 1);
    }
    antq__free(v->table);
    v->table = t;
    v->table_size = size;
    return ANTQ_OK;
}

static size_t find_or_add(antq__verdicts *v, const antq_result *r);

/* The number of r's context, added when new; MAX_CONTEXTS when out of memory. */
static size_t context_number(antq__verdicts *v, const antq_result *r)
{
    /* a few contexts serve most units: the last one seen with the same kind, level, authority, irregularity and
     * delegation is tried first (a direct-mapped cache in front of the table) */
    uint32_t *recent = &v->recent[((uintptr_t)r->authority >> 4 ^ (uintptr_t)r->kind * 7 ^ (uintptr_t)r->level * 53 ^
                                   (uintptr_t)(r->irregular != 0) * 31 ^ (uintptr_t)(r->delegated != 0) * 17) %
                                  ANTQ__ARRAY_LEN(v->recent)];
    if (*recent && has_context(r, &v->contexts[*recent - 1]))
        return *recent - 1;
    size_t k = find_or_add(v, r);
    if (k != MAX_CONTEXTS)
        *recent = (uint32_t)(k + 1);
    return k;
}

/* The number of r's context, added when new; MAX_CONTEXTS when out of memory. */
static size_t find_or_add(antq__verdicts *v, const antq_result *r)
{
    antq__verdict_context c = context_of(r);
    if (v->table_size) {
        for (size_t s = hash_context(&c) & (v->table_size - 1); v->table[s]; s = (s + 1) & (v->table_size - 1))
            if (same_context(&v->contexts[v->table[s] - 1], &c))
                return v->table[s] - 1;
    }
    if (v->n_contexts == MAX_CONTEXTS || table_room(v) != ANTQ_OK)
        return MAX_CONTEXTS;
    if (v->n_contexts == v->cap_contexts) {
        size_t cap = v->cap_contexts ? 2 * v->cap_contexts : 8;
        antq__verdict_context *cs = antq__realloc(v->contexts, cap * sizeof *cs);
        if (!cs)
            return MAX_CONTEXTS;
        v->contexts = cs;
        v->cap_contexts = cap;
    }
    size_t s = hash_context(&c) & (v->table_size - 1);
    while (v->table[s])
        s = (s + 1) & (v->table_size - 1);
    v->table[s] = (uint32_t)(v->n_contexts + 1);
    v->contexts[v->n_contexts] = c;
    return v->n_contexts++;
}

int antq__verdicts_set(antq__verdicts *v, size_t index, const antq_result *r)
{
    if (!r) {
        v->packed[index] = 0;
        return ANTQ_OK;
    }
    size_t k = context_number(v, r);
    if (k == MAX_CONTEXTS)
        return ANTQ_ENOMEM;
    v->packed[index] = (uint32_t)(k + 1) << FLAG_BITS | (uint32_t)(r->registered + 1) << VERDICT_BITS |
                       (uint32_t)r->verdict;
    return ANTQ_OK;
}

int antq__verdicts_has(const antq__verdicts *v, size_t index) { return index < v->n && v->packed[index] != 0; }

int antq__verdicts_verdict(const antq__verdicts *v, size_t index)
{
    return (int)(v->packed[index] & ((1u << VERDICT_BITS) - 1));
}

int antq__verdicts_registered(const antq__verdicts *v, size_t index)
{
    return (int)(v->packed[index] >> VERDICT_BITS & 3) - 1;
}

antq_result *antq__verdicts_result(const antq__verdicts *v, size_t index, const antq_unit *u)
{
    const antq__verdict_context *c = &v->contexts[(v->packed[index] >> FLAG_BITS) - 1];
    antq_result *r = antq__malloc(sizeof *r);
    if (!r)
        return NULL;
    *r = c->r;
    r->unit_id = u->id;
    r->unit_name = u->name;
    r->parent_id = u->parent_id;
    r->verdict = antq__verdicts_verdict(v, index);
    r->registered = antq__verdicts_registered(v, index);
    r->checks = (antq_check *)(void *)(r + 1); /* none, as in a summary: an empty array, not NULL */
    r->facts = (antq_fact *)(void *)r->checks;
    if (c->names_unit)
        r->delegation.unit_id = r->unit_id;
    return r;
}
