/* Memory: every allocation of the library goes through these functions.
 *
 * Built with -DANTQ_TEST_ALLOC_HOOK (only the static test library of
 * tests/alloc/ is), the n-th allocation can be made to fail so that a test can
 * walk every allocation of an operation. The production library has no hook,
 * no counter and no mutable global state here.
 * SPDX-License-Identifier: MIT */
#if defined(__linux__)
#define _DEFAULT_SOURCE 1 /* madvise() and MADV_HUGEPAGE */
#endif
#include "../internal.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#if defined(__linux__)
#include <sys/mman.h>
#endif

#ifdef ANTQ_TEST_ALLOC_HOOK
/* The hook's interface, declared again in tests/alloc/alloc-hook.h. */
void antq__test_alloc_arm(unsigned long fail_at, int persistent);
unsigned long antq__test_alloc_count(void);
unsigned long antq__test_alloc_failed(void);
int antq__test_alloc_tick(void);

static unsigned long hook_count;   /* allocations seen since the last arm */
static unsigned long hook_fail_at; /* 1-based allocation that fails; 0: none */
static int hook_persistent;        /* 1: every allocation from fail_at on fails */
static unsigned long hook_failed;  /* allocations refused since the last arm */

void antq__test_alloc_arm(unsigned long fail_at, int persistent)
{
    hook_count = 0;
    hook_failed = 0;
    hook_fail_at = fail_at;
    hook_persistent = persistent;
}

unsigned long antq__test_alloc_count(void) { return hook_count; }
unsigned long antq__test_alloc_failed(void) { return hook_failed; }

/* Count one allocation; 1 when it must fail. */
int antq__test_alloc_tick(void)
{
    hook_count++;
    if (hook_fail_at && (hook_count == hook_fail_at || (hook_persistent && hook_count > hook_fail_at))) {
        hook_failed++;
        return 1;
    }
    return 0;
}
#define FAIL_NOW() antq__test_alloc_tick()
#else
#define FAIL_NOW() 0
#endif

void *antq__malloc(size_t size) { return FAIL_NOW() ? NULL : malloc(size ? size : 1); }

void *antq__calloc(size_t n, size_t size) { return FAIL_NOW() ? NULL : calloc(n ? n : 1, size ? size : 1); }

void *antq__realloc(void *ptr, size_t size) { return FAIL_NOW() ? NULL : realloc(ptr, size ? size : 1); }

void antq__free(void *ptr) { free(ptr); }

void antq__advise_huge(void *p, size_t size)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    const uintptr_t huge = (uintptr_t)2 << 20;
    uintptr_t start = ((uintptr_t)p + huge - 1) & ~(huge - 1), end = ((uintptr_t)p + size) & ~(huge - 1);
    if (p && end > start)
        (void)madvise((void *)start, end - start, MADV_HUGEPAGE);
#else
    (void)p;
    (void)size;
#endif
}

int antq__array_reserve(void **items, size_t *cap, size_t need, size_t size, size_t first)
{
    if (need <= *cap)
        return ANTQ_OK;
    size_t c = *cap ? *cap : first;
    while (c < need) {
        if (c > SIZE_MAX / 2)
            return ANTQ_ENOMEM;
        c *= 2;
    }
    if (c > SIZE_MAX / size)
        return ANTQ_ENOMEM;
    void *p = antq__realloc(*items, c * size);
    if (!p)
        return ANTQ_ENOMEM;
    *items = p;
    *cap = c;
    return ANTQ_OK;
}

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
