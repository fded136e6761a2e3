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

antq_result *antq__result_clone(const antq_result *r, antq__arena *arena)
{
    size_t n = r->n_checks, nf = r->n_facts;
    size_t id_len = r->unit_id ? strlen(r->unit_id) + 1 : 0, name_len = r->unit_name ? strlen(r->unit_name) + 1 : 0;
    size_t parent_len = r->parent_id ? strlen(r->parent_id) + 1 : 0;
    size_t strings = id_len + name_len + parent_len;
    for (size_t i = 0; i < nf; i++)
        if (r->facts[i].subject)
            strings += strlen(r->facts[i].subject) + 1;
    size_t size = sizeof(antq_result) + n * sizeof(antq_check) + nf * sizeof(antq_fact) + strings;
    antq_result *c = antq__arena_alloc(arena, size);
    if (!c)
        return NULL;
    *c = *r;
    c->checks = (antq_check *)(void *)(c + 1);
    c->facts = (antq_fact *)(void *)(c->checks + n);
    c->n_checks = n;
    c->n_facts = nf;
    if (n)
        memcpy(c->checks, r->checks, n * sizeof *c->checks);
    if (nf)
        memcpy(c->facts, r->facts, nf * sizeof *c->facts);
    for (size_t i = 0; i < n; i++)
        c->checks[i].facts = c->facts + (r->checks[i].facts - r->facts);
    char *s = (char *)(c->facts + nf);
#define COPY(field, len)                                                                                               \
    if (r->field) {                                                                                                    \
        memcpy(s, r->field, len);                                                                                      \
        c->field = s;                                                                                                  \
        s += len;                                                                                                      \
    }
    COPY(unit_id, id_len)
    COPY(unit_name, name_len)
    COPY(parent_id, parent_len)
#undef COPY
    for (size_t i = 0; i < nf; i++)
        if (c->facts[i].subject) {
            size_t len = strlen(c->facts[i].subject) + 1;
            memcpy(s, c->facts[i].subject, len);
            c->facts[i].subject = s;
            s += len;
        }
    if (c->delegation.unit_id)
        c->delegation.unit_id = c->unit_id; /* as antq_evaluate() sets it */
    return c;
}
