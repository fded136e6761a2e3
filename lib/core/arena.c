/* A chunked bump allocator: datasets keep all their strings and arrays here
 * and free them at once. A mark taken before a multi-step change lets a
 * failed change be undone exactly.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <string.h>

struct antq__chunk {
    antq__chunk *next;
    size_t size, used;
    /* data follows, 16-byte aligned */
};

#define CHUNK_HEADER ((sizeof(antq__chunk) + 15) & ~(size_t)15)
#define CHUNK_MIN (64 * 1024)

void antq__arena_init(antq__arena *a) { memset(a, 0, sizeof *a); }

void antq__arena_free(antq__arena *a)
{
    antq__chunk *c = a->head;
    while (c) {
        antq__chunk *next = c->next;
        antq__free(c);
        c = next;
    }
    antq__arena_init(a);
}

/* size bytes, 8-byte aligned, not cleared */
static void *alloc_raw(antq__arena *a, size_t size)
{
    size = (size + 7) & ~(size_t)7;
    if (size == 0)
        size = 8;
    antq__chunk *c = a->head;
    if (!c || c->size - c->used < size) {
        size_t want = size > CHUNK_MIN ? size : CHUNK_MIN;
        if (a->total >= 16 * CHUNK_MIN && want < a->total / 4)
            want = a->total / 4 > (size_t)16 << 20 ? (size_t)16 << 20 : a->total / 4;
        if (want < size)
            want = size;
        c = antq__malloc(CHUNK_HEADER + want);
        if (!c)
            return NULL;
        antq__advise_huge(c, CHUNK_HEADER + want); /* results fill hundreds of MiB once */
        c->next = a->head;
        c->size = want;
        c->used = 0;
        a->head = c;
        a->total += want;
    }
    void *p = (char *)c + CHUNK_HEADER + c->used;
    c->used += size;
    return p;
}

void *antq__arena_alloc(antq__arena *a, size_t size)
{
    void *p = alloc_raw(a, size);
    if (p)
        memset(p, 0, size ? (size + 7) & ~(size_t)7 : 8);
    return p;
}

void *antq__arena_alloc_uninit(antq__arena *a, size_t size) { return alloc_raw(a, size); }

char *antq__arena_strndup(antq__arena *a, const char *s, size_t len)
{
    char *d = alloc_raw(a, len + 1); /* every byte written below */
    if (d) {
        memcpy(d, s, len);
        d[len] = '\0';
    }
    return d;
}

const char *antq__arena_copy_str(antq__arena *a, const char *s, int *failed)
{
    if (!s)
        return NULL;
    char *d = antq__arena_strndup_nfc(a, s, strlen(s)); /* caller's text: one spelling per id */
    if (!d)
        *failed = 1;
    return d;
}

void *antq__arena_copy_mem(antq__arena *a, const void *src, size_t size, int *failed)
{
    if (!size)
        return NULL;
    void *d = antq__arena_alloc(a, size);
    if (!d) {
        *failed = 1;
        return NULL;
    }
    memcpy(d, src, size);
    return d;
}

void antq__arena_reset(antq__arena *a)
{
    while (a->head && a->head->next) { /* the newest chunks go; the first one stays, empty */
        antq__chunk *next = a->head->next;
        a->total -= a->head->size;
        antq__free(a->head);
        a->head = next;
    }
    if (a->head)
        a->head->used = 0;
}

antq__arena_mark antq__arena_save(const antq__arena *a)
{
    antq__arena_mark m = {a->head, a->head ? a->head->used : 0};
    return m;
}

void antq__arena_rollback(antq__arena *a, antq__arena_mark m)
{
    while (a->head && a->head != m.head) {
        antq__chunk *next = a->head->next;
        a->total -= a->head->size;
        antq__free(a->head);
        a->head = next;
    }
    if (a->head)
        a->head->used = m.used;
}
