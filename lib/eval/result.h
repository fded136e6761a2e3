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

#endif
