/* The catalogue hash of the provenance record: SHA-256 over every rule set,
 * every criterion row (public fields and the parameters its predicate reads)
 * and the built-in authority table, serialised field by field in table order:
 * numbers in decimal, strings as they are, each field ended by a NUL (so that
 * no two different tables give the same bytes). Computed from the tables on
 * each call: nothing is cached, nothing is mutable.
 * SPDX-License-Identifier: MIT */
#include "masks.h"
#include "../core/sha256.h"

#include <stdio.h>
#include <string.h>

static void put_str(antq__sha256 *h, const char *s)
{
    if (s)
        antq__sha256_update(h, s, strlen(s) + 1);
    else
        antq__sha256_update(h, "\xff", 2); /* NULL: a byte no UTF-8 text holds, then the NUL */
}

static void put_num(antq__sha256 *h, long long v)
{
    char t[24];
    int n = snprintf(t, sizeof t, "%lld", v);
    antq__sha256_update(h, t, (size_t)n + 1);
}

static void put_citation(antq__sha256 *h, const antq_citation *c)
{
    put_str(h, c->instrument);
    put_num(h, c->article);
    put_num(h, c->clause);
    put_str(h, c->points);
}

static void put_row(antq__sha256 *h, const antq__row *r)
{
    const antq_criterion *c = &r->pub;
    put_str(h, c->id);
    put_num(h, c->role);
    put_num(h, c->status);
    put_num(h, c->kinds);
    put_num(h, c->valid_from);
    put_num(h, c->valid_to);
    put_citation(h, &c->citation);
    put_str(h, c->text_vi);
    put_str(h, c->text_en);
    put_num(h, c->op);
    put_num(h, c->threshold_num);
    put_num(h, c->threshold_den);
    const antq__params *p = &r->p;
    const long long params[] = {p->event_mask, p->fm_mask, p->prompt_mask, p->min_severity, p->discipline_min,
                                p->role_mask, p->rating_min, p->topics, p->window_from, p->window_to, p->docs,
                                p->pool_residential_only, p->min_count};
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(params); i++)
        put_num(h, params[i]);
    for (const char *const *imp = r->imports; imp && *imp; imp++)
        put_str(h, *imp);
    put_str(h, NULL); /* end of the imports */
}

int antq_catalogue_hash(char *out)
{
    if (!out)
        return ANTQ_EINVAL;
    antq__sha256 h;
    antq__sha256_init(&h);
    put_str(&h, "antq-catalogue 1");
    for (size_t i = 0; i < antq_ruleset_count(); i++) {
        const antq_ruleset *rs = antq_ruleset_get(i);
        put_str(&h, rs->id);
        put_str(&h, rs->title_vi);
        put_str(&h, rs->title_en);
        put_num(&h, rs->valid_from);
        put_num(&h, rs->valid_to);
        put_num(&h, rs->signed_on);
    }
    for (size_t i = 0; i < antq__c124_count; i++)
        put_row(&h, &antq__c124_rows[i]);
    for (size_t i = 0; i < antq__c23_count; i++)
        put_row(&h, &antq__c23_rows[i]);
    for (size_t i = 0; i < antq_authority_count(); i++) {
        const antq_authority_rule *a = antq_authority_get(i);
        const long long f[] = {a->valid_from, a->valid_to, a->kind, a->managing_level, a->body, a->deadline_mmdd,
                               a->status};
        for (size_t k = 0; k < ANTQ__ARRAY_LEN(f); k++)
            put_num(&h, f[k]);
        put_citation(&h, &a->citation);
        put_str(&h, a->note_en);
    }
    antq__sha256_hex(&h, out);
    return ANTQ_OK;
}
