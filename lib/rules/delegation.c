/* Delegation of recognition one level down (Art. 10.5 of 124/2021,
 * C124-AUTH-05, V), with the levels that exist on a date (no district level
 * from 1/7/2025, R25-02).
 * SPDX-License-Identifier: MIT */
#include "masks.h"

#include <string.h>

void antq_delegation_init(antq_delegation *d)
{
    if (!d)
        return;
    memset(d, 0, sizeof *d);
}

/* The level one below `level` on `date` (0: not known), or 0 when there is none. */
static int level_below(int level, int32_t date)
{
    switch (level) {
    case ANTQ_LEVEL_PROVINCE: return date >= ANTQ__TWO_TIER_FROM ? ANTQ_LEVEL_COMMUNE : ANTQ_LEVEL_DISTRICT;
    case ANTQ_LEVEL_DISTRICT: return ANTQ_LEVEL_COMMUNE;
    default: return 0;
    }
}

/* The issue on one date (0: not known, then only the rules that hold on every date). */
static int issue_on(const antq_delegation *d, int32_t date, const char **path)
{
    if (date >= ANTQ__TWO_TIER_FROM && (d->from_level == ANTQ_LEVEL_DISTRICT || d->to_level == ANTQ_LEVEL_DISTRICT)) {
        *path = d->from_level == ANTQ_LEVEL_DISTRICT ? "/from" : "/to";
        return ANTQ_DELEGATION_LEVEL_ABOLISHED;
    }
    *path = "/to";
    if (d->to_level >= d->from_level)
        return ANTQ_DELEGATION_NOT_DOWNWARD;
    if (date && d->to_level != level_below(d->from_level, date))
        return ANTQ_DELEGATION_MORE_THAN_ONE_LEVEL;
    *path = "";
    return ANTQ_DELEGATION_VALID;
}

/* The delegation must be lawful both on the day of the recognition decision it
 * would apply to and when it was decided; *at is the date the issue was found
 * on (0 when none). */
int antq__delegation_issue(const antq_delegation *d, int32_t on_date, const char **path, int32_t *at)
{
    *at = 0;
    *path = "/kinds";
    if (d->kinds & (K_RA | K_CW))
        return ANTQ_DELEGATION_KIND_NOT_DELEGABLE;
    *path = d->from_level == ANTQ_LEVEL_UNKNOWN ? "/from" : "/to";
    if (d->from_level == ANTQ_LEVEL_UNKNOWN || d->to_level == ANTQ_LEVEL_UNKNOWN)
        return ANTQ_DELEGATION_LEVEL_MISSING;
    *path = "/from";
    if (d->from_level == ANTQ_LEVEL_MINISTRY)
        return ANTQ_DELEGATION_NOT_A_COMMITTEE;
    const int32_t dates[2] = {on_date, d->decision_date};
    for (int i = 0; i < 2; i++) {
        if (!dates[i])
            continue;
        int issue = issue_on(d, dates[i], path);
        if (issue != ANTQ_DELEGATION_VALID) {
            *at = dates[i];
            return issue;
        }
    }
    return issue_on(d, 0, path); /* no date: the rules that hold on every date */
}

static const char *level_word(int level)
{
    static const char *const names[] = {"unknown", "commune", "district", "province", "ministry"};
    return level >= 0 && level <= ANTQ_LEVEL_MINISTRY ? names[level] : "unknown";
}

int antq_delegation_validate(int *out_issue, const antq_delegation *d, int32_t on_date, antq_error *err)
{
    if (!d)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a delegation, found NULL");
    if (d->from_level < 0 || d->from_level > ANTQ_LEVEL_MINISTRY || d->to_level < 0 ||
        d->to_level > ANTQ_LEVEL_MINISTRY)
        return antq__error_set(err, ANTQ_ERANGE, d->from_level < 0 || d->from_level > ANTQ_LEVEL_MINISTRY ? "/from" : "/to",
                               "expected a level 0-4, found %d",
                               (int)(d->from_level < 0 || d->from_level > ANTQ_LEVEL_MINISTRY ? d->from_level : d->to_level));
    if (!d->kinds || (d->kinds & ~(uint32_t)K_ALL))
        return antq__error_set(err, ANTQ_ERANGE, "/kinds", "expected a non-empty set of unit kinds, found 0x%x",
                               (unsigned)d->kinds);
    if (d->decision_date && !antq_date_valid(d->decision_date))
        return antq__error_set(err, ANTQ_ERANGE, "/decision_date", "expected a real date, found %d", (int)d->decision_date);
    const char *path;
    int32_t date;
    int issue = antq__delegation_issue(d, on_date, &path, &date);
    if (out_issue)
        *out_issue = issue;
    char day[11] = "";
    if (date)
        antq_date_format(day, sizeof day, date);
    const char *from = level_word(d->from_level), *to = level_word(d->to_level);
    switch (issue) {
    case ANTQ_DELEGATION_KIND_NOT_DELEGABLE:
        return antq__error_set(err, ANTQ_ERANGE, path,
                               "residential areas and communes cannot be delegated: Art. 10.5 of Circular 124/2021 "
                               "delegates the recognition of agencies, enterprises and educational institutions only");
    case ANTQ_DELEGATION_LEVEL_MISSING:
        return antq__error_set(err, ANTQ_EMISSING, path, "expected the %s level of the delegation, found none",
                               path[1] == 'f' ? "delegating" : "receiving");
    case ANTQ_DELEGATION_NOT_A_COMMITTEE:
        return antq__error_set(err, ANTQ_ERANGE, path,
                               "the Ministry of Public Security is not a People's Committee: Art. 10.5 lets a higher "
                               "People's Committee delegate, to the committee one level below");
    case ANTQ_DELEGATION_LEVEL_ABOLISHED:
        return antq__error_set(err, ANTQ_ERANGE, path,
                               "a delegation %s the district level on %s: the district level no longer exists from "
                               "2025-07-01 (two-tier local government)",
                               d->from_level == ANTQ_LEVEL_DISTRICT ? "from" : "to", day);
    case ANTQ_DELEGATION_NOT_DOWNWARD:
        return antq__error_set(err, ANTQ_ERANGE, path, "a delegation from the %s level to the %s level is not downward "
                               "(Art. 10.5: to the committee one level below)", from, to);
    case ANTQ_DELEGATION_MORE_THAN_ONE_LEVEL:
        return antq__error_set(err, ANTQ_ERANGE, path,
                               "a delegation from the %s level to the %s level%s%s is more than one level down; "
                               "Art. 10.5 allows only the committee one level below (the %s level)",
                               from, to, date ? " on " : "", date ? day : "", level_word(level_below(d->from_level, date)));
    default:
        return ANTQ_OK;
    }
}

const char *antq_delegation_issue_name(int issue)
{
    static const char *const names[] = {"valid",   "level_missing",       "kind_not_delegable", "not_a_committee",
                                        "not_downward", "more_than_one_level", "level_abolished"};
    return issue >= 0 && issue <= ANTQ_DELEGATION_LEVEL_ABOLISHED ? names[issue] : "unknown";
}
