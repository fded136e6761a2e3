/* Who recognises a unit (Art. 10 of 124/2021, delegation Art. 10.5): the
 * delegation that applies, the recognising level, the commune's pool (Art.
 * 5.4, N2) and the authority row, for one recognition decision date.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <string.h>

/* The delegation of `u` on `date`: a row naming the unit first, then a row for
 * every unit of its kind and managing level, then the one the unit's
 * delegated_to_commune stands for (from its managing level to the commune). */
static const antq_delegation *find_delegation(antq__recognition *rec, const antq_unit *u, const antq_options *o,
                                              int32_t date)
{
    const antq_delegation *general = NULL;
    for (size_t i = 0; o && i < o->n_delegations; i++) {
        const antq_delegation *d = &o->delegations[i];
        if (!(d->kinds & ANTQ_KIND_BIT(u->kind)) || d->from_level != u->managing_level ||
            (d->decision_date && d->decision_date > date))
            continue; /* another kind or level, or decided after the recognition decision */
        if (d->unit_id && strcmp(d->unit_id, u->id) == 0)
            return d;
        if (!d->unit_id && !general)
            general = d;
    }
    if (general)
        return general;
    if (u->delegated_to_commune != ANTQ_YES)
        return NULL;
    antq_delegation_init(&rec->implied);
    rec->implied.from_level = u->kind == ANTQ_KIND_RESIDENTIAL_AREA ? ANTQ_LEVEL_COMMUNE : u->managing_level;
    rec->implied.to_level = ANTQ_LEVEL_COMMUNE;
    rec->implied.kinds = ANTQ_KIND_BIT(u->kind);
    rec->implied.unit_id = u->id;
    return &rec->implied;
}


void antq__recognition_level(antq__recognition *rec, const antq_unit *u, const antq_options *o, int32_t date)
{
    memset(rec, 0, sizeof *rec);
    rec->decision_date = date;
    rec->issue = ANTQ_DELEGATION_VALID;
    rec->delegation = find_delegation(rec, u, o, date);
    if (rec->delegation) {
        const char *path;
        int32_t at;
        rec->issue = antq__delegation_issue(rec->delegation, date, &path, &at);
    }
    int valid = rec->delegation && rec->issue == ANTQ_DELEGATION_VALID;
    switch (u->kind) {
    case ANTQ_KIND_RESIDENTIAL_AREA: /* Art. 10.1: always the commune; never delegated */
        rec->level = ANTQ_LEVEL_COMMUNE;
        rec->in_commune_pool = ANTQ_YES;
        break;
    case ANTQ_KIND_COMMUNE: /* Art. 10.2: the level above, read from the authority below; never delegated */
        rec->level = u->managing_level;
        rec->in_commune_pool = ANTQ_NO;
        break;
    default:
        rec->level = valid ? rec->delegation->to_level : u->managing_level;
        if (u->managing_level == ANTQ_LEVEL_COMMUNE)
            rec->in_commune_pool = ANTQ_YES;
        else if (u->managing_level == ANTQ_LEVEL_UNKNOWN)
            rec->in_commune_pool = ANTQ_UNKNOWN;
        else if (rec->delegation)
            rec->in_commune_pool = valid && rec->level == ANTQ_LEVEL_COMMUNE ? ANTQ_YES : ANTQ_NO;
        else if (u->delegated_to_commune == ANTQ_UNKNOWN) {
            /* a delegation to the commune may exist only where the commune is one level below */
            antq_delegation maybe;
            antq_delegation_init(&maybe);
            maybe.from_level = u->managing_level;
            maybe.to_level = ANTQ_LEVEL_COMMUNE;
            maybe.kinds = ANTQ_KIND_BIT(u->kind);
            const char *path;
            int32_t at;
            rec->in_commune_pool =
                antq__delegation_issue(&maybe, date, &path, &at) == ANTQ_DELEGATION_VALID ? ANTQ_UNKNOWN : ANTQ_NO;
        } else
            rec->in_commune_pool = ANTQ_NO;
        break;
    }
}

void antq__recognition_of(antq__recognition *rec, const antq_unit *u, const antq_options *o, int32_t date,
                          antq__authority_memo *memo)
{
    antq__recognition_level(rec, u, o, date);
    int lv = rec->level;
    if (memo && memo->date == date && lv >= 0 && lv <= ANTQ_LEVEL_MINISTRY) {
        if (!memo->known[lv]) {
            memo->rule[lv] = antq_authority_find(o->authority_table, o->n_authority, u->kind, lv, date);
            memo->known[lv] = 1;
        }
        rec->authority = memo->rule[lv];
    } else {
        rec->authority = antq_authority_find(o->authority_table, o->n_authority, u->kind, lv, date);
    }
    if (u->kind == ANTQ_KIND_COMMUNE) { /* the level above: the one whose committee decides */
        static const int level_of_body[] = {ANTQ_LEVEL_UNKNOWN, ANTQ_LEVEL_COMMUNE, ANTQ_LEVEL_DISTRICT,
                                            ANTQ_LEVEL_PROVINCE, ANTQ_LEVEL_MINISTRY};
        int body = rec->authority ? rec->authority->body : ANTQ_BODY_UNKNOWN;
        rec->level = body > 0 && body <= ANTQ_BODY_MINISTER ? level_of_body[body] : ANTQ_LEVEL_UNKNOWN;
    }
}
