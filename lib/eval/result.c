/* Result accessors and names.
 * SPDX-License-Identifier: MIT */
#include "result.h"

#include <string.h>

void antq_result_free(antq_result *result) { antq__free(result); }

int antq_result_verdict(const antq_result *r) { return r ? r->verdict : 0; }
const char *antq_result_unit_id(const antq_result *r) { return r ? r->unit_id : NULL; }
const char *antq_result_unit_name(const antq_result *r) { return r ? r->unit_name : NULL; }
const char *antq_result_parent_id(const antq_result *r) { return r ? r->parent_id : NULL; }
int antq_result_unit_kind(const antq_result *r) { return r ? r->kind : 0; }
int antq_result_year(const antq_result *r) { return r ? r->year : 0; }
int antq_result_standard(const antq_result *r) { return r ? r->standard : -1; }
const antq_ruleset *antq_result_ruleset(const antq_result *r) { return r ? r->ruleset : NULL; }
int32_t antq_result_period_start(const antq_result *r) { return r ? r->start : 0; }
int32_t antq_result_period_end(const antq_result *r) { return r ? r->end : 0; }
int antq_result_registered(const antq_result *r) { return r ? r->registered : ANTQ_UNKNOWN; }
const antq_authority_rule *antq_result_authority(const antq_result *r) { return r ? r->authority : NULL; }
const antq_delegation *antq_result_delegation(const antq_result *r) { return r && r->delegated ? &r->delegation : NULL; }
int antq_result_recognising_level(const antq_result *r) { return r ? r->level : ANTQ_LEVEL_UNKNOWN; }
int antq_result_irregular(const antq_result *r) { return r ? r->irregular : 0; }
size_t antq_result_check_count(const antq_result *r) { return r ? r->n_checks : 0; }

const antq_check *antq_result_check(const antq_result *r, size_t index)
{
    return r && index < r->n_checks ? &r->checks[index] : NULL;
}

const antq_check *antq_result_find(const antq_result *r, const char *criterion_id)
{
    if (!r || !criterion_id)
        return NULL;
    for (size_t i = 0; i < r->n_checks; i++)
        if (strcmp(r->checks[i].criterion->id, criterion_id) == 0)
            return &r->checks[i];
    return NULL;
}

const char *antq_verdict_name(int verdict)
{
    static const char *const names[] = {"unknown", "certified", "not_certified", "not_eligible", "undetermined"};
    return verdict > 0 && verdict <= ANTQ_VERDICT_UNDETERMINED ? names[verdict] : "unknown";
}

const char *antq_outcome_name(int outcome)
{
    static const char *const names[] = {"unknown_outcome", "pass", "fail", "not_applicable", "unknown", "excluded"};
    return outcome > 0 && outcome <= ANTQ_OUTCOME_EXCLUDED ? names[outcome] : "unknown_outcome";
}
