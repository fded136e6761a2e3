/* String → index map with open addressing (FNV-1a, linear probing). Each
 * slot keeps 32 bits of its key's hash beside the key: a probe compares them
 * first and reads the key's text only when they are equal (in a large map
 * the text is a cache miss), and a rehash never reads the text.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <string.h>

#define ABSENT ((size_t)-1)

static uint32_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return (uint32_t)(h ^ (h >> 32));
}

void antq__strmap_init(antq__strmap *m) { memset(m, 0, sizeof *m); }

void antq__strmap_free(antq__strmap *m)
{
    antq__free(m->slots);
    antq__strmap_init(m);
}

/* The slot of key (hash h), or the empty slot where it would go. */
static size_t find(const antq__strmap *m, const char *key, uint32_t h)
{
    size_t i = h & (m->cap - 1);
    while (m->slots[i].key && (m->slots[i].hash != h || strcmp(m->slots[i].key, key) != 0))
        i = (i + 1) & (m->cap - 1);
    return i;
}

size_t antq__strmap_get(const antq__strmap *m, const char *key)
{
    if (!m->cap)
        return ABSENT;
    const antq__strmap_slot *s = &m->slots[find(m, key, hash(key))];
    return s->key ? s->value : ABSENT;
}

void antq__strmap_prefetch(const antq__strmap *m, const char *key)
{
    if (m->cap)
        __builtin_prefetch(&m->slots[hash(key) & (m->cap - 1)]);
}

const char *antq__strmap_key(const antq__strmap *m, const char *key)
{
    return m->cap ? m->slots[find(m, key, hash(key))].key : NULL;
}

static void place(antq__strmap_slot *slots, size_t cap, antq__strmap_slot s)
{
    size_t j = s.hash & (cap - 1);
    while (slots[j].key)
        j = (j + 1) & (cap - 1);
    slots[j] = s;
}

static int grow(antq__strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    antq__strmap_slot *slots = antq__calloc(cap, sizeof *slots);
    if (!slots)
        return ANTQ_ENOMEM;
    antq__advise_huge(slots, cap * sizeof *slots); /* written at random: a fault per page otherwise */
    for (size_t i = 0; i < m->cap; i++)
        if (m->slots[i].key)
            place(slots, cap, m->slots[i]);
    antq__free(m->slots);
    m->slots = slots;
    m->cap = cap;
    return ANTQ_OK;
}

int antq__strmap_put(antq__strmap *m, const char *key, size_t value)
{
    if (value >= UINT32_MAX) /* 4 billion units: no such dataset fits in memory */
        return ANTQ_ENOMEM;
    if ((m->count + 1) * 10 > m->cap * 7 && grow(m) != ANTQ_OK)
        return ANTQ_ENOMEM;
    uint32_t h = hash(key);
    antq__strmap_slot *s = &m->slots[find(m, key, h)];
    if (!s->key)
        m->count++;
    s->key = key;
    s->hash = h;
    s->value = (uint32_t)value;
    return ANTQ_OK;
}

/* Remove a key just inserted (used to undo a failed add); rehashes the cluster after it. */
void antq__strmap_remove_last(antq__strmap *m, const char *key)
{
    if (!m->cap)
        return;
    size_t i = find(m, key, hash(key));
    if (!m->slots[i].key)
        return;
    m->slots[i].key = NULL;
    m->count--;
    for (size_t j = (i + 1) & (m->cap - 1); m->slots[j].key; j = (j + 1) & (m->cap - 1)) {
        antq__strmap_slot s = m->slots[j];
        m->slots[j].key = NULL;
        place(m->slots, m->cap, s);
    }
}

void antq__strmap_clear(antq__strmap *m)
{
    if (m->cap)
        memset(m->slots, 0, m->cap * sizeof *m->slots);
    m->count = 0;
}
