/* Commune roll-up (Art. 5.4, pool rule N2).
 * SPDX-License-Identifier: MIT */
#include "result.h"

#include <string.h>

void antq_rollup_init(antq_rollup *rollup, const char *commune_id)
{
    if (!rollup)
        return;
    memset(rollup, 0, sizeof *rollup);
    rollup->size = sizeof *rollup;
    rollup->commune_id = commune_id;
}

int antq_rollup_add(antq_rollup *r, const antq_unit *member, const antq_evidence *member_evidence,
                    const antq_result *member_result, antq_error *err)
{
    if (!r || !member)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a roll-up and a member, found NULL");
    if (r->size != sizeof *r)
        return antq__error_set(err, ANTQ_EVERSION, "/size", "expected a roll-up from antq_rollup_init() (size %u), found size %u",
                               (unsigned)sizeof *r, (unsigned)r->size);
    if (member->kind == ANTQ_KIND_COMMUNE || member->kind <= ANTQ_KIND_UNKNOWN || member->kind >= ANTQ_KIND_COUNT)
        return antq__error_set(err, ANTQ_EINVAL, "/kind", "expected a member unit (not a commune), found kind %d",
                               (int)member->kind);
    if (r->commune_id && (!member->parent_id || strcmp(member->parent_id, r->commune_id) != 0))
        return antq__error_set(err, ANTQ_EINVAL, "/parent", "expected a member of \"%.64s\", found parent \"%.64s\"",
                               r->commune_id, member->parent_id ? member->parent_id : "");
    int year = member_result ? member_result->year : member_evidence ? member_evidence->year : 0;
    if (year && r->year && year != r->year)
        return antq__error_set(err, ANTQ_EINVAL, "/year", "expected a member result of %d, found %d", (int)r->year, year);
    antq__rollup_count(r, member, member_evidence, member_result);
    return ANTQ_OK;
}

void antq__rollup_count(antq_rollup *r, const antq_unit *member, const antq_evidence *member_evidence,
                        const antq_result *member_result)
{
    int year = member_result ? member_result->year : member_evidence ? member_evidence->year : 0;
    if (year)
        r->year = year;
    int verdict = member_result ? member_result->verdict : ANTQ_VERDICT_UNDETERMINED;
    if (verdict == ANTQ_VERDICT_NOT_ELIGIBLE) {
        r->not_eligible++;
        return;
    }
    /* Is the member in the commune's pool (N2)? RA always; others when recognised by
     * the commune: managed by it, or delegated to it one level down (Art. 10.5) by
     * its delegated_to_commune or by a delegation of the options its result applied. */
    antq__recognition rec;
    antq__recognition_level(&rec, member, NULL,
                            member_result ? member_result->end : year ? antq_date_make(year, 11, 15) : 0);
    int in_pool = rec.in_commune_pool; /* antq_tri */
    const antq_delegation *d = antq_result_delegation(member_result);
    if (d && member->kind != ANTQ_KIND_RESIDENTIAL_AREA && d->from_level == member->managing_level &&
        (d->kinds & ANTQ_KIND_BIT(member->kind)))
        in_pool = d->to_level == ANTQ_LEVEL_COMMUNE ? ANTQ_YES : ANTQ_NO;
    if (in_pool == ANTQ_NO) {
        r->outside_pool++;
        return;
    }
    int residential = member->kind == ANTQ_KIND_RESIDENTIAL_AREA;
    int registered = member_result ? member_result->registered : ANTQ_UNKNOWN;
    if (registered == ANTQ_UNKNOWN && member_evidence) {
        registered = member_evidence->registered;
        if (registered == ANTQ_UNKNOWN && member_evidence->registration_date != ANTQ_DATE_UNKNOWN)
            registered = ANTQ_YES;
    }
    int uncertain = in_pool == ANTQ_UNKNOWN;
    int64_t *total = residential ? &r->ra_total : uncertain ? &r->uncertain_total : &r->managed_total;
    int64_t *reg = residential ? &r->ra_registered : uncertain ? &r->uncertain_registered : &r->managed_registered;
    int64_t *reg_unknown = residential ? &r->ra_registration_unknown
                           : uncertain ? &r->uncertain_registration_unknown
                                       : &r->managed_registration_unknown;
    int64_t *cert = residential ? &r->ra_certified : uncertain ? &r->uncertain_certified : &r->managed_certified;
    int64_t *undet = residential ? &r->ra_undetermined : uncertain ? &r->uncertain_undetermined : &r->managed_undetermined;
    (*total)++;
    if (registered == ANTQ_YES)
        (*reg)++;
    else if (registered == ANTQ_UNKNOWN)
        (*reg_unknown)++;
    if (verdict == ANTQ_VERDICT_CERTIFIED)
        (*cert)++;
    else if (verdict == ANTQ_VERDICT_UNDETERMINED)
        (*undet)++;
}
