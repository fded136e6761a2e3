/* Who decides recognition, keyed by the decision date (Art. 9–10 of 124/2021,
 * the 2025 two-tier change, Circular 48/2025). Rows with status U are the
 * library's reading where the new text was not seen (R25-03, R25-04); callers
 * replace the whole table through antq_options.authority_table.
 * SPDX-License-Identifier: MIT */
#include "masks.h"

#include <string.h>

#define ERA_C23_FROM 20120618
#define ERA_C23_TO 20220209
#define ERA_C124_FROM 20220210
#define ERA_C124_TO 20250630
#define ERA_2025_FROM 20250701

#define RA ANTQ_KIND_RESIDENTIAL_AREA
#define CW ANTQ_KIND_COMMUNE
#define AG ANTQ_KIND_AGENCY
#define EN ANTQ_KIND_ENTERPRISE
#define EI ANTQ_KIND_EDUCATIONAL_INSTITUTION
#define ANY ANTQ_LEVEL_UNKNOWN
#define LC ANTQ_LEVEL_COMMUNE
#define LD ANTQ_LEVEL_DISTRICT
#define LP ANTQ_LEVEL_PROVINCE
#define LM ANTQ_LEVEL_MINISTRY
#define B_C ANTQ_BODY_COMMUNE_COMMITTEE
#define B_D ANTQ_BODY_DISTRICT_COMMITTEE
#define B_P ANTQ_BODY_PROVINCE_COMMITTEE
#define B_M ANTQ_BODY_MINISTER
#define V ANTQ_STATUS_VERIFIED
#define S ANTQ_STATUS_SECONDARY
#define U ANTQ_STATUS_UNVERIFIED

#define A124(art, cl) {"124/2021/TT-BCA", art, cl, NULL}
#define A23 {"23/2012/TT-BCA", 10, 0, NULL}

/* four rows (commune, district, province, ministry management) per unit kind AG/EN/EI and era */
#define MANAGED(from, to, kind, body_district, st_district, deadline, st, cit, note_d)            \
    {from, to, kind, LC, B_C, deadline, st, 0, cit, NULL},                                          \
    {from, to, kind, LD, body_district, deadline, st_district, 0, cit, note_d},                     \
    {from, to, kind, LP, B_P, deadline, st, 0, cit, NULL},                                          \
    {from, to, kind, LM, B_M, deadline, st, 0, cit, NULL}

static const antq_authority_rule table[] = {
    /* 23/2012: deciding bodies by management level; deadlines not verified */
    {ERA_C23_FROM, ERA_C23_TO, RA, ANY, B_C, 0, S, 0, A23, "dossier appraised by the commune steering-committee office (C23-PROC-01)"},
    {ERA_C23_FROM, ERA_C23_TO, CW, ANY, B_D, 0, U, 0, A23, NULL},
    MANAGED(ERA_C23_FROM, ERA_C23_TO, AG, B_D, U, 0, U, A23, NULL),
    MANAGED(ERA_C23_FROM, ERA_C23_TO, EN, B_D, U, 0, U, A23, NULL),
    MANAGED(ERA_C23_FROM, ERA_C23_TO, EI, B_D, U, 0, U, A23, NULL),
    /* 124/2021 as written: Art. 9.1 deadlines, Art. 10 authority */
    {ERA_C124_FROM, ERA_C124_TO, RA, ANY, B_C, 1115, V, 0, A124(10, 1), "decision before 15 November (Art. 9.1.a)"},
    {ERA_C124_FROM, ERA_C124_TO, CW, ANY, B_D, 1120, V, 0, A124(10, 2), "decision before 20 November (Art. 9.1.b)"},
    MANAGED(ERA_C124_FROM, ERA_C124_TO, AG, B_D, V, 1120, V, A124(10, 0), NULL),
    MANAGED(ERA_C124_FROM, ERA_C124_TO, EN, B_D, V, 1120, V, A124(10, 0), NULL),
    MANAGED(ERA_C124_FROM, ERA_C124_TO, EI, B_D, V, 1120, V, A124(10, 0), NULL),
    /* from 1/7/2025: no district level (R25-02); new authority for communes not verified (R25-04) */
    {ERA_2025_FROM, ANTQ_DATE_OPEN, RA, ANY, B_C, 1115, S, 0, A124(10, 1),
     "dossier receiver changed by Circular 48/2025 (R25-03)"},
    {ERA_2025_FROM, ANTQ_DATE_OPEN, CW, ANY, B_P, 1120, U, 0, A124(10, 2),
     "district level abolished 1/7/2025; provincial People's Committee assumed (R25-04)"},
    MANAGED(ERA_2025_FROM, ANTQ_DATE_OPEN, AG, B_P, U, 1120, S, A124(10, 0),
            "formerly district-managed: provincial People's Committee assumed (R25-04)"),
    MANAGED(ERA_2025_FROM, ANTQ_DATE_OPEN, EN, B_P, U, 1120, S, A124(10, 0),
            "formerly district-managed: provincial People's Committee assumed (R25-04)"),
    MANAGED(ERA_2025_FROM, ANTQ_DATE_OPEN, EI, B_P, U, 1120, S, A124(10, 0),
            "formerly district-managed: provincial People's Committee assumed (R25-04)"),
};

int antq__delegated_level(int level, int32_t decision_date)
{
    switch (level) {
    case ANTQ_LEVEL_MINISTRY: return ANTQ_LEVEL_PROVINCE;
    case ANTQ_LEVEL_PROVINCE: return decision_date >= ERA_2025_FROM ? ANTQ_LEVEL_COMMUNE : ANTQ_LEVEL_DISTRICT;
    case ANTQ_LEVEL_DISTRICT: return ANTQ_LEVEL_COMMUNE;
    default: return level;
    }
}

void antq_authority_rule_init(antq_authority_rule *rule)
{
    if (!rule)
        return;
    memset(rule, 0, sizeof *rule);
    rule->valid_from = 19000101;
    rule->valid_to = ANTQ_DATE_OPEN;
    rule->status = ANTQ_STATUS_UNVERIFIED;
}

size_t antq_authority_count(void) { return ANTQ__ARRAY_LEN(table); }

const antq_authority_rule *antq_authority_get(size_t index)
{
    return index < ANTQ__ARRAY_LEN(table) ? &table[index] : NULL;
}

const antq_authority_rule *antq_authority_find(const antq_authority_rule *t, size_t n, int kind, int managing_level,
                                               int32_t decision_date)
{
    if (!t) {
        t = table;
        n = ANTQ__ARRAY_LEN(table);
    }
    for (size_t i = 0; i < n; i++)
        if (t[i].kind == kind && decision_date >= t[i].valid_from && decision_date <= t[i].valid_to &&
            (t[i].managing_level == ANTQ_LEVEL_UNKNOWN || t[i].managing_level == managing_level))
            return &t[i];
    return NULL;
}

const char *antq_authority_body_name(int body)
{
    static const char *const names[] = {"unknown", "commune_committee", "district_committee", "province_committee",
                                        "minister"};
    return body > 0 && body <= ANTQ_BODY_MINISTER ? names[body] : "unknown";
}
