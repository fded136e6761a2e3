/* Memory: every allocation of the library goes through these functions.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <stdlib.h>
#include <string.h>

void *antq__malloc(size_t size) { return malloc(size ? size : 1); }

void *antq__calloc(size_t n, size_t size) { return calloc(n ? n : 1, size ? size : 1); }

void *antq__realloc(void *ptr, size_t size) { return realloc(ptr, size ? size : 1); }

void antq__free(void *ptr) { free(ptr); }

char *antq__strdup(const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s) + 1;
    char *d = antq__malloc(n);
    if (d)
        memcpy(d, s, n);
    return d;
}

void antq_free(void *ptr) { antq__free(ptr); }
