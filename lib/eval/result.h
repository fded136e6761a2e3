/* The result object (internal layout).
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_EVAL_RESULT_H
#define ANTQ_EVAL_RESULT_H

#include "../internal.h"

struct antq_result {
    const char *unit_id;   /* points into the same allocation, or to the dataset's unit (dataset evaluation) */
    const char *unit_name; /* likewise; NULL if the unit had none */
    const char *parent_id; /* likewise; NULL if the unit had none */
    int32_t kind, year, verdict, registered;
    int32_t start, end;
    int32_t standard, reserved; /* #antq_standard */
    const antq_ruleset *ruleset;
    const antq_authority_rule *authority;
    antq_delegation delegation; /* the delegation that applied (when delegated) */
    int32_t delegated;          /* 1: a valid delegation applied (Art. 10.5) */
    int32_t level;              /* recognising level (#antq_level) */
    int32_t irregular;          /* 1: a procedure check failed (C124-AUTH-05, C124-PROC-07) */
    antq_check *checks;
    size_t n_checks;
    antq_fact *facts;
    size_t n_facts;
};

/* A copy of r in the arena (its checks, facts and strings; the criteria, rule set, authority row and a
 * delegation's decision stay borrowed, as in r). NULL when out of memory. */
ANTQ__HIDDEN antq_result *antq__result_clone(const antq_result *r, antq__arena *arena);

struct antq__index; /* lib/pipeline/index.h */

/* An evaluation built from results as a stream passes them (the pipeline's kept results, lib/pipeline):
 * start it over the pipeline's index of its units and, when kept, its units (both borrowed; they may grow;
 * units NULL: a result built from a verdict is named by the index's id and parent, without a name), keep each
 * result at its unit's index — a copy, or
 * (verdict_only) its verdict in a few bytes (lib/eval/verdicts.h), built again as a result without checks
 * when antq_evaluation_result() asks for it — then seal it when the units are complete. ANTQ_OK or
 * ANTQ_ENOMEM. */
ANTQ__HIDDEN int antq__evaluation_start(antq_evaluation **out, const antq_dataset *units,
                                        const struct antq__index *index, int year, const antq_options *opts);
ANTQ__HIDDEN int antq__evaluation_keep(antq_evaluation *e, size_t index, const antq_result *r, const antq_rollup *rollup,
                                       int verdict_only);
ANTQ__HIDDEN int antq__evaluation_seal(antq_evaluation *e);

#endif
