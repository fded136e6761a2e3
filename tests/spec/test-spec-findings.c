/* Specification cases written from the law (rules.md and the texts it cites)
 * that the library did NOT follow when they were written; the library was
 * then fixed (uncertain pool membership, primary school as general education,
 * the two social-evil event kinds, unknown emulation eligibility, the
 * pre-2024 grassroots force). They stay here as regressions, unchanged; each
 * block says what the law says and why.
 * SPDX-License-Identifier: MIT */
#include "spec.h"

#define MID DAY(YEAR, 6, 1)
#define C ANTQ_LEVEL_COMMUNE

/* ---- setups */

/* 7 of 10 residential areas certified, plus one agency that was NOT certified
 * and whose managing level is not reported. */
SETUP(rollup_7_of_10_plus_failed_agency_level_unknown)
{
    spec_rollup_start(e);
    spec_rollup_members(e, 7, RA, MEMBER_CERTIFIED, C, ANTQ_NO);
    spec_rollup_members(e, 3, RA, MEMBER_NOT_CERTIFIED, C, ANTQ_NO);
    spec_rollup_member(e, AG, MEMBER_NOT_CERTIFIED, ANTQ_LEVEL_UNKNOWN, ANTQ_UNKNOWN);
}
/* The same with a district-managed agency whose delegation to the commune
 * (Art. 10.5) is not reported. */
SETUP(rollup_7_of_10_plus_failed_agency_delegation_unknown)
{
    spec_rollup_start(e);
    spec_rollup_members(e, 7, RA, MEMBER_CERTIFIED, C, ANTQ_NO);
    spec_rollup_members(e, 3, RA, MEMBER_NOT_CERTIFIED, C, ANTQ_NO);
    spec_rollup_member(e, AG, MEMBER_NOT_CERTIFIED, ANTQ_LEVEL_DISTRICT, ANTQ_UNKNOWN);
}
/* 10 areas certified, plus one agency of unknown managing level that did not register. */
SETUP(rollup_unregistered_agency_level_unknown)
{
    spec_rollup_start(e);
    spec_rollup_members(e, 10, RA, MEMBER_CERTIFIED, C, ANTQ_NO);
    spec_rollup_member(e, AG, MEMBER_NOT_REGISTERED, ANTQ_LEVEL_UNKNOWN, ANTQ_UNKNOWN);
}

SETUP(primary_school_without_family_coordination)
{
    f->unit.education_level = ANTQ_EDU_PRIMARY;
    f->ev.learners_committed = 0; /* pupils below lower-secondary need not commit */
    f->ev.parent_board_coordination = ANTQ_NO;
}

SETUP(staff_social_evil_recorded_as_staff_kind) { spec_event(e, ANTQ_EVENT_STAFF_SOCIAL_EVIL, MID)->discipline = arg; }
SETUP(staff_social_evil_recorded_as_member_kind)
{
    spec_event(e, ANTQ_EVENT_MEMBER_CRIME_OR_EVIL, MID)->discipline = arg;
}

SETUP(emulation_eligibility_unknown) { f->unit.emulation_eligible = ANTQ_UNKNOWN; }

SETUP(neighbourhood_protection_reprimanded)
{
    spec_discipline(e, ANTQ_ROLE_NEIGHBOURHOOD_PROTECTION, ANTQ_DISCIPLINE_REPRIMAND, DAY(YEAR, 5, 10));
}

/* ---- the table */

static const spec_case cases[] = {
    /* == 1. Roll-up pool (124/2021 Art. 5.4, N2) with a member whose place in the pool is unknown.
     * Law/spec: the pool holds the units the commune recognises (own or delegated management);
     * units recognised above it are out. Whether an agency of unknown managing level (or of
     * unknown delegation) is in the pool is unknown, so the share is 7/10 (pass) or 7/11 (fail):
     * the criterion is UNKNOWN, and "missing evidence never passes" (evidence.h, rules.md §0).
     * Library: antq_rollup_add() counts such a member as "outside_pool" (as if recognised above
     * the commune) and the commune passes. Option: default ANTQ_POOL_ALL_MANAGED (N2, D). */
    CASE("roll-up: failed agency of unknown managing level makes 7/10 vs 7/11 unknown",
         "124/2021 Art. 5.4, 10; N2 default", "C124-CW-04b", UNK, UNDETERMINED, Y124, CW,
         rollup_7_of_10_plus_failed_agency_level_unknown, 0),
    CASE("roll-up: failed district agency of unknown delegation makes 7/10 vs 7/11 unknown",
         "124/2021 Art. 5.4, 10.5; N2 default", "C124-CW-04b", UNK, UNDETERMINED, Y124, CW,
         rollup_7_of_10_plus_failed_agency_delegation_unknown, 0),
    CASE("roll-up: unregistered agency of unknown managing level makes 100% registration unknown",
         "124/2021 Art. 5.4, 10; N2 default", "C124-CW-04a", UNK, UNDETERMINED, Y124, CW,
         rollup_unregistered_agency_level_unknown, 0),

    /* == 2. "General education" includes primary school (Education Law 2005 Art. 26; Law 43/2019/QH14
     * Art. 6.2.b: giáo dục phổ thông = tiểu học, THCS, THPT). Under 23/2012 primary schools are in
     * scope (C23-SC-01) and Art. 8 asks for school-government-family coordination for general-education
     * pupils (C23-EI-01, U). Library: antq_education_level_is_general() excludes primary, so a primary
     * school without family coordination passes C23-EI-01. (Under 124/2021 the point is moot: primary
     * schools are excluded by Art. 1.2.b.) */
    CASE("primary school, 2020, no coordination with families", "23/2012 Art. 8; Education Law", "C23-EI-01", FAIL,
         NOT_CERTIFIED, Y23, EI, primary_school_without_family_coordination, 0),

    /* == 3. One fact, two event kinds. A staff member who has a social evil is one fact; the library
     * has two event kinds for it (ANTQ_EVENT_STAFF_SOCIAL_EVIL "6.3.h" and ANTQ_EVENT_MEMBER_CRIME_OR_EVIL
     * "7.4; 23/2012 Art. 7.3") and each criterion reads only one of them, so the same fact recorded with
     * the other kind is silently ignored and the criterion passes. */
    /* 124/2021 Art. 7.4: no staff member ... who has a social evil and was disciplined at warning or above */
    CASE("school: teacher with a social evil, warned, recorded as staff_social_evil", "124/2021 Art. 7.4; N4",
         "C124-EI-04", FAIL, NOT_CERTIFIED, Y124, EI, staff_social_evil_recorded_as_staff_kind,
         ANTQ_DISCIPLINE_WARNING),
    /* 124/2021 Art. 6.3.h (N5 ii): a staff member with a social evil disciplined at warning or above */
    CASE("agency: staff member with a social evil, warned, recorded as member_crime_or_evil",
         "124/2021 Art. 6.3.h; N4, N5", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124, AG,
         staff_social_evil_recorded_as_member_kind, ANTQ_DISCIPLINE_WARNING),
    /* 23/2012 Art. 7.3 (S): no staff member committing a crime or having a social evil */
    CASE("agency, 2020: staff member with a social evil recorded as staff_social_evil", "23/2012 Art. 7.3",
         "C23-AE-03", FAIL, NOT_CERTIFIED, Y23, AG, staff_social_evil_recorded_as_staff_kind,
         ANTQ_DISCIPLINE_REPRIMAND),

    /* == 4. Emulation eligibility unknown, but the rated part is met anyway. Art. 6.4/6.5: the force
     * (the subordinate units) must hold the title or rating "where eligible for emulation rating".
     * Under the default option (N6, D: ineligible -> the rated part is skipped) the outcome is PASS
     * whether the unit is eligible (the rating meets the bar) or not (skipped): the unknown fact cannot
     * change it. Library: reports UNKNOWN (verdict UNDETERMINED) for a unit that is certified either
     * way. Option: default ANTQ_EMULATION_INELIGIBLE_SKIPS. */
    CASE("eligibility unknown, force rated 'completed tasks well': met either way (N6 default)",
         "124/2021 Art. 6.4; N6 default", "C124-AE-04", PASS, CERTIFIED, Y124, AG, emulation_eligibility_unknown, 0),
    CASE("eligibility unknown, 7 of 10 subordinate units qualified: met either way (N6 default)",
         "124/2021 Art. 6.5; N6 default", "C124-AE-05", PASS, CERTIFIED, Y124, EN, emulation_eligibility_unknown, 0),

    /* == 5. Who is "the force taking part in protecting security and order at the grassroots"
     * (lực lượng tham gia bảo đảm an ninh, trật tự ở cơ sở, 124/2021 Art. 4.5) before 1/7/2024.
     * rules.md C124-RA-05 and L30-01: since 1/7/2024 that force is the security-and-order protection
     * team of Law 30/2023, which merged the neighbourhood protection (bảo vệ dân phố), the remaining
     * part-time commune police and the civil-defence team leaders; before that date the neighbourhood
     * protection WAS part of the grassroots force. Art. 4.5 fails on any disciplined individual (N4).
     * Library: C124-RA-05 counts only ANTQ_ROLE_GRASSROOTS_TEAM, so in 2023 a reprimanded
     * neighbourhood-protection member of the area is ignored and the area is certified. */
    CASE("2023: a neighbourhood-protection member of the area reprimanded", "124/2021 Art. 4.5; N4; L30-01",
         "C124-RA-05", FAIL, NOT_CERTIFIED, 2023, RA, neighbourhood_protection_reprimanded, 0),
};

SPEC_TABLE_DEFINE(spec_table_findings, "spec-findings (cases from the law that first disagreed with the library; fixed, kept as regressions)", cases);
