/* The hierarchy rules, once for every table of units (see hierarchy.h).
 * SPDX-License-Identifier: MIT */
#include "hierarchy.h"
#include "../model/dataset.h"

#include <stdio.h>
#include <string.h>

static const char *id_of(const antq__hier *h, size_t k)
{
    return *(const char *const *)(const void *)(h->base + k * h->stride + h->off_id);
}

static const char *parent_of(const antq__hier *h, size_t k)
{
    return *(const char *const *)(const void *)(h->base + k * h->stride + h->off_parent);
}

static int kind_of(const antq__hier *h, size_t k)
{
    return *(const int32_t *)(const void *)(h->base + k * h->stride + h->off_kind);
}

/* The row of k's parent, or ANTQ__NONE. */
static size_t up(const antq__hier *h, size_t k)
{
    const char *p = parent_of(h, k);
    return p ? antq__strmap_get(h->ids, p) : ANTQ__NONE;
}

/* Whether following parents from row start reaches a cycle. memo[k]: 0 not
 * known, 1 no, 2 yes, start + 3 on the walk from start. Every row is walked
 * once over all calls, so checking n rows is linear, not quadratic. */
static int reaches_cycle(const antq__hier *h, size_t start, size_t *memo)
{
    size_t k = start, result;
    for (;;) {
        if (k == ANTQ__NONE) {
            result = 1;
            break;
        }
        if (memo[k] == 1 || memo[k] == 2) {
            result = memo[k];
            break;
        }
        if (memo[k] == start + 3) {
            result = 2;
            break;
        }
        memo[k] = start + 3;
        k = up(h, k);
    }
    for (k = start; k != ANTQ__NONE && memo[k] == start + 3;) {
        memo[k] = result;
        k = up(h, k);
    }
    return result == 2;
}

int antq__hierarchy_check(const antq__hier *h, antq__check_fn fn, void *ud)
{
    int first = ANTQ_OK;
    char msg[ANTQ_ERROR_MESSAGE_SIZE];
    /* without memory for the memo, the cycle walk below is done per row */
    size_t *memo = h->n ? antq__calloc(h->n, sizeof *memo) : NULL;
    for (size_t i = 0; i < h->n; i++) {
        const char *parent = parent_of(h, i);
        int kind = kind_of(h, i);
        if (!parent)
            continue;
        size_t p = antq__strmap_get(h->ids, parent);
        int code = ANTQ_OK;
        if (p == ANTQ__NONE) {
            if (kind == ANTQ_KIND_COMMUNE)
                continue; /* a commune's parent (province) need not be in the dataset */
            code = ANTQ_ENOTFOUND;
            snprintf(msg, sizeof msg, "expected the id of a unit in the dataset, found \"%.60s\", which is not defined",
                     parent);
        } else if (kind == ANTQ_KIND_COMMUNE) {
            /* walk up: a cycle among communes */
            size_t slow = i, fast = p;
            int steps = 0;
            if (memo) {
                if (reaches_cycle(h, i, memo)) {
                    code = ANTQ_ECYCLE;
                    snprintf(msg, sizeof msg, "the parent chain of \"%.60s\" loops back to itself", id_of(h, i));
                }
                fast = ANTQ__NONE; /* decided */
            }
            while (fast != ANTQ__NONE && steps++ < 1000000) {
                if (fast == slow) {
                    code = ANTQ_ECYCLE;
                    snprintf(msg, sizeof msg, "the parent chain of \"%.60s\" loops back to itself", id_of(h, i));
                    break;
                }
                fast = up(h, fast);
                if (steps % 2 == 0 && slow != ANTQ__NONE)
                    slow = up(h, slow);
            }
            if (!code && kind_of(h, p) != ANTQ_KIND_COMMUNE) {
                code = ANTQ_ETYPE;
                snprintf(msg, sizeof msg, "a commune's parent must be a province (outside the dataset), found the %s \"%.60s\"",
                         antq_unit_kind_name(kind_of(h, p)), parent);
            } else if (!code) {
                code = ANTQ_ETYPE;
                snprintf(msg, sizeof msg, "a commune cannot belong to another commune (\"%.60s\")", parent);
            }
        } else if (kind_of(h, p) != ANTQ_KIND_COMMUNE) {
            code = ANTQ_ETYPE;
            snprintf(msg, sizeof msg, "expected the id of a commune-level unit, found the %s \"%.60s\"",
                     antq_unit_kind_name(kind_of(h, p)), parent);
        }
        if (code) {
            if (!first)
                first = code;
            if (fn && fn(code, i, msg, ud))
                break;
        }
    }
    antq__free(memo);
    return first;
}
