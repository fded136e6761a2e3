/* A string → index hash map (open addressing) for the tool's aggregates:
 * finding a unit's commune or province group is constant time, so statistics
 * are linear in the number of units.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ull;
    return h;
}

void cli_map_init(cli_map *m) { memset(m, 0, sizeof *m); }

void cli_map_free(cli_map *m)
{
    for (size_t i = 0; i < m->cap; i++)
        free(m->keys[i]);
    free(m->keys);
    free(m->values);
    cli_map_init(m);
}

size_t cli_map_get(const cli_map *m, const char *key)
{
    if (!m->cap)
        return (size_t)-1;
    for (size_t i = hash(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
        if (!m->keys[i])
            return (size_t)-1;
        if (strcmp(m->keys[i], key) == 0)
            return m->values[i];
    }
}

static int grow(cli_map *m)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    char **keys = calloc(cap, sizeof *keys);
    size_t *values = calloc(cap, sizeof *values);
    if (!keys || !values) {
        free(keys);
        free(values);
        return -1;
    }
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = hash(m->keys[i]) & (cap - 1);
        while (keys[j])
            j = (j + 1) & (cap - 1);
        keys[j] = m->keys[i];
        values[j] = m->values[i];
    }
    free(m->keys);
    free(m->values);
    m->keys = keys;
    m->values = values;
    m->cap = cap;
    return 0;
}

const char *cli_map_put(cli_map *m, const char *key, size_t value)
{
    if ((m->count + 1) * 2 > m->cap && grow(m) != 0)
        return NULL;
    size_t i = hash(key) & (m->cap - 1);
    while (m->keys[i]) {
        if (strcmp(m->keys[i], key) == 0) {
            m->values[i] = value;
            return m->keys[i];
        }
        i = (i + 1) & (m->cap - 1);
    }
    char *copy = strdup(key);
    if (!copy)
        return NULL;
    m->keys[i] = copy;
    m->values[i] = value;
    m->count++;
    return copy;
}
