/* Verdicts kept without their results: a few bytes a unit (lib/pipeline's kept results,
 * #ANTQ_KEEP_RESULTS_OPEN).
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_EVAL_VERDICTS_H
#define ANTQ_EVAL_VERDICTS_H

#include "result.h"

/* Per unit one packed word: its verdict, its registration and its context — what its result shares with
 * other units (kind, year, standard, period, rule set, authority, level, delegation, irregular), stored once
 * per distinct context in a hash table. A result can be built again from it and the unit. */
typedef struct antq__verdict_context {
    antq_result r;  /* without unit, verdict, registration, checks or facts */
    int names_unit; /* 1: its delegation names the one unit it applies to (the unit's id, set when built) */
} antq__verdict_context;

typedef struct antq__verdicts {
    uint32_t *packed;    /* per unit: 0 none, else context number + 1 above the verdict and registration */
    size_t n;            /* units with room in packed */
    antq__verdict_context *contexts; /* the distinct contexts */
    size_t n_contexts, cap_contexts;
    uint32_t *table;     /* open addressing: context number + 1, 0 empty; a power of two, at most half full */
    size_t table_size;
    uint32_t recent[61]; /* a context number + 1 per hash of kind, level, authority, irregularity, delegation; 0 none */
} antq__verdicts;

ANTQ__HIDDEN void antq__verdicts_init(antq__verdicts *v);
ANTQ__HIDDEN void antq__verdicts_free(antq__verdicts *v);
/* Room for n units (new ones without a verdict). ANTQ_OK or ANTQ_ENOMEM. */
ANTQ__HIDDEN int antq__verdicts_grow(antq__verdicts *v, size_t n);
/* Keep r's verdict for the unit at index (< n), or forget it (r NULL). ANTQ_OK or ANTQ_ENOMEM. */
ANTQ__HIDDEN int antq__verdicts_set(antq__verdicts *v, size_t index, const antq_result *r);
/* 1 when the unit at index has a verdict kept here. */
ANTQ__HIDDEN int antq__verdicts_has(const antq__verdicts *v, size_t index);
/* Its #antq_verdict and registration (#ANTQ_YES, #ANTQ_NO, #ANTQ_UNKNOWN); the unit must have one. */
ANTQ__HIDDEN int antq__verdicts_verdict(const antq__verdicts *v, size_t index);
ANTQ__HIDDEN int antq__verdicts_registered(const antq__verdicts *v, size_t index);
/* Its result built again without checks or facts (the summary antq__result_clone() made), its own
 * allocation whose strings point to the unit's: NULL when out of memory. Only reads v. */
ANTQ__HIDDEN antq_result *antq__verdicts_result(const antq__verdicts *v, size_t index, const antq_unit *u);

#endif
