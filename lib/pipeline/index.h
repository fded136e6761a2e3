/* The compact index of a pipeline: one small row per unit (id, parent, kind,
 * where it was read), enough for the dataset-wide checks at the end of a
 * stream without keeping any evidence.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_PIPELINE_INDEX_H
#define ANTQ_PIPELINE_INDEX_H

#include "../internal.h"
#include "../model/hierarchy.h"

typedef struct antq__index_row {
    const char *id;     /* in the index's arena (shared: the kept units' copy) */
    const char *parent; /* interned: one copy per distinct parent id; NULL for none */
    int32_t kind;       /* antq_unit_kind */
    int32_t line;       /* line it was read on (NDJSON), 0 when not from text lines */
    size_t record;      /* its index in "/units/N" error paths */
} antq__index_row;

typedef struct antq__index {
    antq__arena strings;
    antq__strmap ids;     /* id → row, unless shared */
    const antq__strmap *shared; /* the kept units' map (antq_pipeline_keep_units()) used as the index's, or NULL */
    antq__strmap parents; /* interned parent ids that are not (yet) unit ids → unused */
    antq__index_row *rows;
    size_t n, cap;
} antq__index;

ANTQ__HIDDEN void antq__index_init(antq__index *x);
ANTQ__HIDDEN void antq__index_free(antq__index *x);
/* Use `ids`, the map of a dataset that receives every unit the index does, in the same order, before its
 * row is added, as the index's own (one copy of the ids and one map for both): before the first row. */
ANTQ__HIDDEN void antq__index_share(antq__index *x, const antq__strmap *ids);
/* Start fetching the memory antq__index_find(x, id) will read. */
ANTQ__HIDDEN void antq__index_prefetch(const antq__index *x, const char *id);
/* The row of a unit id, or (size_t)-1. */
ANTQ__HIDDEN size_t antq__index_find(const antq__index *x, const char *id);
/* Append a row (the caller has checked that the id is new; shared: `id` is
 * the copy the shared map holds, at the row's number). ANTQ_OK or
 * ANTQ_ENOMEM; on failure the index is unchanged. */
ANTQ__HIDDEN int antq__index_add(antq__index *x, const char *id, const char *parent, int kind, int32_t line,
                                 size_t record);
/* Remove the last row added (its record failed afterwards; shared: the
 * caller removes it from the shared map). */
ANTQ__HIDDEN void antq__index_drop_last(antq__index *x);
/* The hierarchy rules over every row (lib/model/hierarchy.c). */
ANTQ__HIDDEN int antq__index_check(const antq__index *x, antq__check_fn fn, void *ud);

/* The index of a pipeline's units (lib/pipeline/pipeline.c): every unit taken so far, in the order taken;
 * it lives as long as the pipeline. */
ANTQ__HIDDEN const antq__index *antq__pipeline_index(const antq_pipeline *p);

#endif
