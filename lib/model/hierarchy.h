/* The hierarchy rules of a dataset (every parent exists and is a commune-level
 * unit; a commune has no parent in the dataset; no cycle), written once and
 * applied to any table of units: a loaded dataset (lib/model/dataset.c) and
 * the compact index of a stream (lib/pipeline/index.c).
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_MODEL_HIERARCHY_H
#define ANTQ_MODEL_HIERARCHY_H

#include "../internal.h"

/* A table of n rows of `stride` bytes from `base`; each row holds a unit id
 * (const char *) at off_id, a parent id (const char *, NULL for none) at
 * off_parent and an int32_t kind at off_kind; `ids` maps an id to its row. */
typedef struct antq__hier {
    const char *base;
    size_t n, stride, off_id, off_parent, off_kind;
    const antq__strmap *ids;
} antq__hier;

/* Report every problem: fn(code, row, message, ud); fn returns non-zero to
 * stop. Returns the first code or ANTQ_OK. Linear in n (one memo of n words;
 * without memory for it, cycles are walked per unit). */
typedef int (*antq__check_fn)(int code, size_t unit, const char *message, void *ud);
ANTQ__HIDDEN int antq__hierarchy_check(const antq__hier *h, antq__check_fn fn, void *ud);

#endif
