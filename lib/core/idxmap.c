/* An index → pointer map (open addressing, linear probing): what a few units
 * of many hold, in memory per entry rather than per unit.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <string.h>

#define EMPTY ((size_t)-1)

void antq__idxmap_init(antq__idxmap *m) { memset(m, 0, sizeof *m); }

void antq__idxmap_free(antq__idxmap *m)
{
    antq__free(m->slots);
    antq__idxmap_init(m);
}

/* Where key is, or the empty slot where it goes (size a power of two, never full). */
static size_t slot_of(const antq__idxmap_slot *slots, size_t size, size_t key)
{
    size_t mask = size - 1, at = (key * (size_t)0x9E3779B97F4A7C15u) >> 7 & mask;
    while (slots[at].key != EMPTY && slots[at].key != key)
        at = (at + 1) & mask;
    return at;
}

void *antq__idxmap_get(const antq__idxmap *m, size_t key)
{
    if (!m->count)
        return NULL;
    const antq__idxmap_slot *s = &m->slots[slot_of(m->slots, m->size, key)];
    return s->key == key ? s->value : NULL;
}

/* Room for one more key: at most half full after it. */
static int room(antq__idxmap *m)
{
    if (2 * (m->count + 1) <= m->size)
        return ANTQ_OK;
    size_t size = m->size ? 2 * m->size : 16;
    antq__idxmap_slot *slots = antq__malloc(size * sizeof *slots);
    if (!slots)
        return ANTQ_ENOMEM;
    for (size_t i = 0; i < size; i++)
        slots[i] = (antq__idxmap_slot){EMPTY, NULL};
    for (size_t i = 0; i < m->size; i++)
        if (m->slots[i].key != EMPTY)
            slots[slot_of(slots, size, m->slots[i].key)] = m->slots[i];
    antq__free(m->slots);
    m->slots = slots;
    m->size = size;
    return ANTQ_OK;
}

int antq__idxmap_put(antq__idxmap *m, size_t key, void *value)
{
    if (m->count) {
        antq__idxmap_slot *s = &m->slots[slot_of(m->slots, m->size, key)];
        if (s->key == key) {
            s->value = value;
            return ANTQ_OK;
        }
    }
    if (!value)
        return ANTQ_OK; /* NULL is what an absent key reads as */
    if (room(m) != ANTQ_OK)
        return ANTQ_ENOMEM;
    m->slots[slot_of(m->slots, m->size, key)] = (antq__idxmap_slot){key, value};
    m->count++;
    return ANTQ_OK;
}

void antq__idxmap_clear_from(antq__idxmap *m, size_t first)
{
    for (size_t i = 0; i < m->size; i++)
        if (m->slots[i].key != EMPTY && m->slots[i].key >= first)
            m->slots[i].value = NULL; /* the key stays (no hole in a probe sequence), reading as absent */
}
