/* String → index map with open addressing (FNV-1a, linear probing).
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <string.h>

#define ABSENT ((size_t)-1)

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

void antq__strmap_init(antq__strmap *m) { memset(m, 0, sizeof *m); }

void antq__strmap_free(antq__strmap *m)
{
    antq__free(m->keys);
    antq__free(m->values);
    antq__strmap_init(m);
}

size_t antq__strmap_get(const antq__strmap *m, const char *key)
{
    if (!m->cap)
        return ABSENT;
    for (size_t i = hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i])
            return ABSENT;
        if (strcmp(m->keys[i], key) == 0)
            return m->values[i];
    }
}

static int grow(antq__strmap *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    const char **keys = antq__calloc(cap, sizeof *keys);
    size_t *values = antq__calloc(cap, sizeof *values);
    if (!keys || !values) {
        antq__free(keys);
        antq__free(values);
        return ANTQ_ENOMEM;
    }
    for (size_t i = 0; i < m->cap; i++)
        if (m->keys[i]) {
            size_t j = hash(m->keys[i]) & (cap - 1);
            while (keys[j])
                j = (j + 1) & (cap - 1);
            keys[j] = m->keys[i];
            values[j] = m->values[i];
        }
    antq__free(m->keys);
    antq__free(m->values);
    m->keys = keys;
    m->values = values;
    m->cap = cap;
    return ANTQ_OK;
}

int antq__strmap_put(antq__strmap *m, const char *key, size_t value)
{
    if ((m->count + 1) * 10 > m->cap * 7 && grow(m) != ANTQ_OK)
        return ANTQ_ENOMEM;
    size_t i = hash(key) & (m->cap - 1);
    while (m->keys[i] && strcmp(m->keys[i], key) != 0)
        i = (i + 1) & (m->cap - 1);
    if (!m->keys[i])
        m->count++;
    m->keys[i] = key;
    m->values[i] = value;
    return ANTQ_OK;
}

/* Remove a key just inserted (used to undo a failed add); rehashes the cluster after it. */
void antq__strmap_remove_last(antq__strmap *m, const char *key)
{
    if (!m->cap)
        return;
    size_t i = hash(key) & (m->cap - 1);
    while (m->keys[i] && strcmp(m->keys[i], key) != 0)
        i = (i + 1) & (m->cap - 1);
    if (!m->keys[i])
        return;
    m->keys[i] = NULL;
    m->count--;
    for (size_t j = (i + 1) & (m->cap - 1); m->keys[j]; j = (j + 1) & (m->cap - 1)) {
        const char *k = m->keys[j];
        size_t v = m->values[j];
        m->keys[j] = NULL;
        m->count--;
        antq__strmap_put(m, k, v);
    }
}

void antq__strmap_clear(antq__strmap *m)
{
    if (m->cap)
        memset(m->keys, 0, m->cap * sizeof *m->keys);
    m->count = 0;
}
