/* A shelf: a bump allocator that several threads may allocate from at once,
 * without a lock, and that is freed whole (results built on demand, read from
 * several threads: lib/eval/dataset_eval.c).
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <stddef.h>

#define FIRST_CHUNK ((size_t)64 << 10)
#define LARGEST_CHUNK ((size_t)4 << 20)

struct antq__shelf_chunk {
    antq__shelf_chunk *next;
    size_t size;              /* bytes in data */
    _Atomic size_t used;      /* bytes handed out (or asked for past the end, by a thread that then moved on) */
    _Alignas(max_align_t) char data[];
};

void antq__shelf_init(antq__shelf *s) { atomic_init(&s->head, NULL); }

void antq__shelf_free(antq__shelf *s)
{
    antq__shelf_chunk *c = atomic_load_explicit(&s->head, memory_order_acquire);
    while (c) {
        antq__shelf_chunk *next = c->next;
        antq__free(c);
        c = next;
    }
    atomic_init(&s->head, NULL);
}

void *antq__shelf_alloc(antq__shelf *s, size_t size)
{
    size = (size + 7) & ~(size_t)7;
    for (;;) {
        antq__shelf_chunk *c = atomic_load_explicit(&s->head, memory_order_acquire);
        if (c) {
            size_t at = atomic_fetch_add_explicit(&c->used, size, memory_order_relaxed);
            if (at <= c->size && size <= c->size - at)
                return c->data + at;
        }
        /* a new chunk, twice the last one up to LARGEST_CHUNK, at least the size asked for */
        size_t cap = !c ? FIRST_CHUNK : c->size < LARGEST_CHUNK ? 2 * c->size : LARGEST_CHUNK;
        if (cap < size)
            cap = size;
        if (cap > SIZE_MAX - sizeof(antq__shelf_chunk))
            return NULL;
        antq__shelf_chunk *n = antq__malloc(sizeof *n + cap);
        if (!n)
            return NULL;
        n->next = c;
        n->size = cap;
        atomic_init(&n->used, size);
        antq__advise_huge(n->data, cap);
        if (atomic_compare_exchange_strong_explicit(&s->head, &c, n, memory_order_acq_rel, memory_order_acquire))
            return n->data;
        antq__free(n); /* another thread put up a chunk first: try that one */
    }
}
