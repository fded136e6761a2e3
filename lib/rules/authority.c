/* Who decides recognition, keyed by the decision date (Art. 9–10 of 124/2021,
 * the 2025 two-tier change, Circular 48/2025). Rows with status U are the
 * library's reading where the new text was not seen (R25-03, R25-04); callers
 * replace the whole table through antq_options.authority_table.
 * SPDX-License-Identifier: MIT */
#include "masks.h"

#include <stdio.h>
#include <string.h>

#define ERA_C23_FROM 20120618
#define ERA_C23_TO 20220209
#define ERA_C124_FROM 20220210
#define ERA_C124_TO 20250630
#define ERA_2025_FROM ANTQ__TWO_TIER_FROM

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
#define O_C ANTQ_BODY_COMMUNE_STEERING_OFFICE
#define O_D ANTQ_BODY_DISTRICT_STEERING_OFFICE
#define O_P ANTQ_BODY_PROVINCE_STEERING_OFFICE
#define O_V05 ANTQ_BODY_DEPARTMENT_V05
#define O_UNKNOWN ANTQ_BODY_UNKNOWN
#define V ANTQ_STATUS_VERIFIED
#define S ANTQ_STATUS_SECONDARY
#define U ANTQ_STATUS_UNVERIFIED

#define A124(art, cl) {"124/2021/TT-BCA", art, cl, NULL}
#define A23 {"23/2012/TT-BCA", 10, 0, NULL}

/* four rows (commune, district, province, ministry management) per unit kind AG/EN/EI and era; the dossier
 * goes through the steering-committee office of the deciding level, V05 for the Ministry (Art. 9.1.c–d) */
#define MANAGED(from, to, kind, body_district, st_district, deadline, st, cit, note_d, oc, od, op)            \
    {from, to, kind, LC, B_C, deadline, st, oc, cit, NULL},                                                  \
    {from, to, kind, LD, body_district, deadline, st_district, od, cit, note_d},                             \
    {from, to, kind, LP, B_P, deadline, st, op, cit, NULL},                                                  \
    {from, to, kind, LM, B_M, deadline, st, O_V05, cit, NULL}

static const antq_authority_rule table[] = {
    /* 23/2012: deciding bodies by management level; deadlines and appraisers other than the commune office not verified */
    {ERA_C23_FROM, ERA_C23_TO, RA, ANY, B_C, 0, S, O_C, A23, "dossier appraised by the commune steering-committee office (C23-PROC-01)"},
    {ERA_C23_FROM, ERA_C23_TO, CW, ANY, B_D, 0, U, O_UNKNOWN, A23, NULL},
    MANAGED(ERA_C23_FROM, ERA_C23_TO, AG, B_D, U, 0, U, A23, NULL, O_UNKNOWN, O_UNKNOWN, O_UNKNOWN),
    MANAGED(ERA_C23_FROM, ERA_C23_TO, EN, B_D, U, 0, U, A23, NULL, O_UNKNOWN, O_UNKNOWN, O_UNKNOWN),
    MANAGED(ERA_C23_FROM, ERA_C23_TO, EI, B_D, U, 0, U, A23, NULL, O_UNKNOWN, O_UNKNOWN, O_UNKNOWN),
    /* 124/2021 as written: Art. 9.1 appraisal and deadlines, Art. 10 authority */
    {ERA_C124_FROM, ERA_C124_TO, RA, ANY, B_C, 1115, V, O_C, A124(10, 1), "decision before 15 November (Art. 9.1.a)"},
    {ERA_C124_FROM, ERA_C124_TO, CW, ANY, B_D, 1120, V, O_D, A124(10, 2), "decision before 20 November (Art. 9.1.b)"},
    MANAGED(ERA_C124_FROM, ERA_C124_TO, AG, B_D, V, 1120, V, A124(10, 0), NULL, O_C, O_D, O_P),
    MANAGED(ERA_C124_FROM, ERA_C124_TO, EN, B_D, V, 1120, V, A124(10, 0), NULL, O_C, O_D, O_P),
    MANAGED(ERA_C124_FROM, ERA_C124_TO, EI, B_D, V, 1120, V, A124(10, 0), NULL, O_C, O_D, O_P),
    /* from 1/7/2025: no district level (R25-02); new authority for communes not verified (R25-04); the
     * dossier receiver of residential areas changed (R25-03) and the steering committees' status is not
     * verified (R25-07): appraisers unknown except V05 */
    {ERA_2025_FROM, ANTQ_DATE_OPEN, RA, ANY, B_C, 1115, S, O_UNKNOWN, A124(10, 1),
     "dossier receiver changed by Circular 48/2025 (R25-03)"},
    {ERA_2025_FROM, ANTQ_DATE_OPEN, CW, ANY, B_P, 1120, U, O_UNKNOWN, A124(10, 2),
     "district level abolished 1/7/2025; provincial People's Committee assumed (R25-04)"},
    MANAGED(ERA_2025_FROM, ANTQ_DATE_OPEN, AG, B_P, U, 1120, S, A124(10, 0),
            "formerly district-managed: provincial People's Committee assumed (R25-04)", O_UNKNOWN, O_UNKNOWN, O_UNKNOWN),
    MANAGED(ERA_2025_FROM, ANTQ_DATE_OPEN, EN, B_P, U, 1120, S, A124(10, 0),
            "formerly district-managed: provincial People's Committee assumed (R25-04)", O_UNKNOWN, O_UNKNOWN, O_UNKNOWN),
    MANAGED(ERA_2025_FROM, ANTQ_DATE_OPEN, EI, B_P, U, 1120, S, A124(10, 0),
            "formerly district-managed: provincial People's Committee assumed (R25-04)", O_UNKNOWN, O_UNKNOWN, O_UNKNOWN),
};

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

static const char *const body_names[] = {"unknown",
                                         "commune_committee",
                                         "district_committee",
                                         "province_committee",
                                         "minister",
                                         "commune_steering_office",
                                         "district_steering_office",
                                         "province_steering_office",
                                         "department_v05"};

const char *antq_authority_body_name(int body)
{
    return body > 0 && body <= ANTQ_BODY_DEPARTMENT_V05 ? body_names[body] : "unknown";
}

int antq_authority_body_from_name(const char *name)
{
    for (int i = 1; name && i <= ANTQ_BODY_DEPARTMENT_V05; i++)
        if (strcmp(name, body_names[i]) == 0)
            return i;
    return ANTQ_BODY_UNKNOWN;
}

/* One row on its own. */
static int check_row(const antq_authority_rule *r, size_t i, antq_error *err)
{
    char path[48];
#define AT(field) (snprintf(path, sizeof path, "/authority/%zu/" field, i), path)
    if (!antq_date_valid(r->valid_from))
        return antq__error_set(err, ANTQ_ERANGE, AT("from"), "expected a real date, found %d", (int)r->valid_from);
    if (r->valid_to != ANTQ_DATE_OPEN && !antq_date_valid(r->valid_to))
        return antq__error_set(err, ANTQ_ERANGE, AT("to"), "expected a real date or open, found %d", (int)r->valid_to);
    if (r->valid_to < r->valid_from)
        return antq__error_set(err, ANTQ_ERANGE, AT("to"), "expected a last day on or after the first (%d), found %d",
                               (int)r->valid_from, (int)r->valid_to);
    if (r->kind <= ANTQ_KIND_UNKNOWN || r->kind >= ANTQ_KIND_COUNT)
        return antq__error_set(err, ANTQ_ERANGE, AT("kind"), "expected a unit kind 1-5, found %d", (int)r->kind);
    if (r->managing_level < 0 || r->managing_level > ANTQ_LEVEL_MINISTRY)
        return antq__error_set(err, ANTQ_ERANGE, AT("managing_level"), "expected a level 0-4, found %d",
                               (int)r->managing_level);
    if (r->body <= ANTQ_BODY_UNKNOWN || r->body > ANTQ_BODY_DEPARTMENT_V05)
        return antq__error_set(err, ANTQ_ERANGE, AT("body"), "expected the deciding body 1-8, found %d", (int)r->body);
    if (r->appraiser < ANTQ_BODY_UNKNOWN || r->appraiser > ANTQ_BODY_DEPARTMENT_V05)
        return antq__error_set(err, ANTQ_ERANGE, AT("appraiser"), "expected a body 0-8, found %d", (int)r->appraiser);
    if (r->deadline_mmdd && antq_date_make(2001, r->deadline_mmdd / 100, r->deadline_mmdd % 100) == ANTQ_DATE_UNKNOWN)
        return antq__error_set(err, ANTQ_ERANGE, AT("deadline"), "expected a real month and day, found %d",
                               (int)r->deadline_mmdd);
    if (r->status != ANTQ_STATUS_VERIFIED && r->status != ANTQ_STATUS_SECONDARY && r->status != ANTQ_STATUS_DERIVED &&
        r->status != ANTQ_STATUS_UNVERIFIED)
        return antq__error_set(err, ANTQ_ERANGE, AT("status"), "expected V, S, D or U, found %d", (int)r->status);
    if (!r->citation.instrument || !*r->citation.instrument)
        return antq__error_set(err, ANTQ_EMISSING, AT("citation"), "expected the instrument the row rests on, found none");
#undef AT
    return ANTQ_OK;
}

int antq_authority_table_validate(const antq_authority_rule *t, size_t n, antq_error *err)
{
    if (!t || !n)
        return antq__error_set(err, ANTQ_EINVAL, "/authority", "expected at least one row, found %s",
                               t ? "none" : "NULL");
    if (n > ANTQ__MAX_AUTHORITY_ROWS)
        return antq__error_set(err, ANTQ_ERANGE, "/authority", "expected at most %d rows, found %zu",
                               ANTQ__MAX_AUTHORITY_ROWS, n);
    for (size_t i = 0; i < n; i++) {
        int rc = check_row(&t[i], i, err);
        if (rc)
            return rc;
    }
    /* no two rows of one unit kind govern one day at one level ("any level" rows meet every level) */
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            if (t[i].kind == t[j].kind &&
                (t[i].managing_level == ANTQ_LEVEL_UNKNOWN || t[j].managing_level == ANTQ_LEVEL_UNKNOWN ||
                 t[i].managing_level == t[j].managing_level) &&
                t[i].valid_from <= t[j].valid_to && t[j].valid_from <= t[i].valid_to) {
                char path[48], day[11];
                snprintf(path, sizeof path, "/authority/%zu", j);
                antq_date_format(day, sizeof day, t[i].valid_from > t[j].valid_from ? t[i].valid_from : t[j].valid_from);
                return antq__error_set(err, ANTQ_ERANGE, path, "rows %zu and %zu both govern %s units on %s", i, j,
                                       antq_unit_kind_name(t[i].kind), day);
            }
    /* no day left out between the first and the last day a kind is governed at a level */
    for (int kind = 1; kind < ANTQ_KIND_COUNT; kind++)
        for (int level = ANTQ_LEVEL_COMMUNE; level <= ANTQ_LEVEL_MINISTRY; level++) {
            int32_t day = ANTQ_DATE_OPEN;
            for (size_t i = 0; i < n; i++)
                if (t[i].kind == kind && (t[i].managing_level == ANTQ_LEVEL_UNKNOWN || t[i].managing_level == level) &&
                    t[i].valid_from < day)
                    day = t[i].valid_from;
            while (day != ANTQ_DATE_OPEN) { /* day: the first day not yet seen governed */
                const antq_authority_rule *at = NULL;
                int32_t next = ANTQ_DATE_OPEN;
                for (size_t i = 0; i < n; i++) {
                    if (t[i].kind != kind || (t[i].managing_level != ANTQ_LEVEL_UNKNOWN && t[i].managing_level != level))
                        continue;
                    if (t[i].valid_from <= day && t[i].valid_to >= day)
                        at = &t[i];
                    else if (t[i].valid_from > day && t[i].valid_from < next)
                        next = t[i].valid_from;
                }
                if (!at && next != ANTQ_DATE_OPEN) {
                    char gap[11], resume[11];
                    antq_date_format(gap, sizeof gap, day);
                    antq_date_format(resume, sizeof resume, next);
                    return antq__error_set(err, ANTQ_ERANGE, "/authority",
                                           "no row governs %s units on %s (a gap: the next row starts on %s)",
                                           antq_unit_kind_name(kind), gap, resume);
                }
                day = at && at->valid_to != ANTQ_DATE_OPEN ? antq_date_add_days(at->valid_to, 1) : ANTQ_DATE_OPEN;
            }
        }
    return ANTQ_OK;
}
