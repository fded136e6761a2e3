/* Specification: Circular 23/2012/TT-BCA (evaluation periods ending before
 * 10/02/2022) and the change of instrument (rules.md §2, §2.1).
 * Only what secondary sources quote is modelled: every 23/2012 row has status
 * S (C23-EI-01: U), and the cases below stay inside what rules.md §2 states.
 * Baselines: the fixture of each kind for 2020 (households_committed,
 * staff_committed, learners_committed set), all certified.
 * 23/2012 periods (Art. 9.2, S): RA "31/10 to 31/10", CW/AG/EN "30/11 to
 * 30/11", schools by school year. The library reads these as 01/11..31/10 and
 * 01/12..30/11 (D); the edge cases below use dates that are inside or outside
 * the period under either reading (e.g. 01/11 of Y-1 is inside, 30/10 of Y-1
 * outside), so they do not depend on that choice.
 * The versioning rule (D, rules.md §2.1): the rule set is chosen by the end of
 * the evaluation period; 2021 is 23/2012, 2022 is entirely 124/2021.
 * SPDX-License-Identifier: MIT */
#include "spec.h"

#define MID DAY(YEAR, 5, 10)
#define WHERE "RA-007"

/* ---- setups */

SETUP(resolution_on) { f->ev.party_resolution_date = arg; }
SETUP(plan_on) { f->ev.plan_date = arg; }
SETUP(plan_unknown) { f->ev.plan_date = ANTQ_DATE_UNKNOWN; }
/* resolution and registration on 15 April of the year: outside Q1, inside the period */
SETUP(documents_mid_april)
{
    f->ev.party_resolution_date = DAY(YEAR, 4, 15);
    f->ev.registration_date = DAY(YEAR, 4, 15);
    f->ev.plan_date = DAY(YEAR, 4, 15);
}
SETUP(not_registered) { f->ev.registered = ANTQ_NO; }
SETUP(households_committed) { f->ev.households_committed = arg; }
SETUP(households_registered) { f->ev.households_registered = arg; }
SETUP(staff_committed) { f->ev.staff_committed = arg; }
SETUP(staff_briefed) { f->ev.staff_briefed = arg; }
SETUP(learners_committed) { f->ev.learners_committed = arg; }
SETUP(topic_missing) { f->ev.rule_topics &= ~arg; }
SETUP(implements_policy) { f->ev.implements_policy = arg; }
SETUP(coordination_plan) { f->ev.coordination_plan = arg; }
SETUP(effective_models) { f->ev.effective_models = arg; }
SETUP(parent_board) { f->ev.parent_board_coordination = arg; }
SETUP(university_without_parent_board)
{
    f->unit.education_level = ANTQ_EDU_UNIVERSITY;
    f->ev.parent_board_coordination = ANTQ_NO;
}
SETUP(no_party_org)
{
    f->unit.has_party_org = ANTQ_NO;
    f->ev.party_resolution_date = ANTQ_DATE_UNKNOWN;
}

SETUP(event_kind) { spec_event(e, arg, MID); }
SETUP(anti_state_on) { spec_event(e, ANTQ_EVENT_ANTI_STATE, arg); }
SETUP(crowd_incitement_on) { spec_event(e, ANTQ_EVENT_CROWD_INCITEMENT, arg); }
SETUP(territory_event_kind) { spec_territory_event(e, arg, MID, WHERE); }
SETUP(territory_anti_state_on) { spec_territory_event(e, ANTQ_EVENT_ANTI_STATE, arg, WHERE); }
SETUP(events_not_recorded) { f->ev.events_recorded = ANTQ_UNKNOWN; }
SETUP(member_crime_or_evil_disciplined) { spec_event(e, ANTQ_EVENT_MEMBER_CRIME_OR_EVIL, MID)->discipline = arg; }

SETUP(police_advanced_unit) { f->ev.police_advanced_unit = arg; }
SETUP(police_disciplined) { spec_discipline(e, ANTQ_ROLE_COMMUNE_POLICE, arg, MID); }
SETUP(neighbourhood_protection_disciplined) { spec_discipline(e, ANTQ_ROLE_NEIGHBOURHOOD_PROTECTION, arg, MID); }

SETUP(members_25_certified)
{
    f->ev.members_total = 25;
    f->ev.members_registered = 25;
    f->ev.members_certified = arg;
}
SETUP(members_certified) { f->ev.members_certified = arg; }
SETUP(members_19_of_20_registered_14_certified)
{
    f->ev.members_registered = 19;
    f->ev.members_certified = 14;
}

#define C ANTQ_LEVEL_COMMUNE
SETUP(rollup_7_of_10_areas_3_failed_agencies)
{
    spec_rollup_start(e);
    spec_rollup_members(e, 7, RA, MEMBER_CERTIFIED, C, ANTQ_NO);
    spec_rollup_members(e, 3, RA, MEMBER_NOT_CERTIFIED, C, ANTQ_NO);
    spec_rollup_members(e, 3, AG, MEMBER_NOT_CERTIFIED, C, ANTQ_NO);
}
SETUP(rollup_6_of_10_areas_5_certified_agencies)
{
    spec_rollup_start(e);
    spec_rollup_members(e, 6, RA, MEMBER_CERTIFIED, C, ANTQ_NO);
    spec_rollup_members(e, 4, RA, MEMBER_NOT_CERTIFIED, C, ANTQ_NO);
    spec_rollup_members(e, 5, AG, MEMBER_CERTIFIED, C, ANTQ_NO);
}

SETUP(armed_forces_agency) { f->unit.armed_forces = ANTQ_YES; }
SETUP(enterprise_size) { f->unit.enterprise_size = arg; }
SETUP(education_level) { f->unit.education_level = arg; }
SETUP(primary_school_learners_not_committed)
{
    f->unit.education_level = ANTQ_EDU_PRIMARY;
    f->ev.learners_committed = 0;
}

/* ---- the table */

static const spec_case cases[] = {
    /* == 23/2012 Art. 5 (C23-RA-01, S): yearly resolution, registration, 100% of households commit */
    CASE("240 of 240 households signed the commitment", "23/2012 Art. 5", "C23-RA-01", PASS, CERTIFIED, Y23, RA,
         households_committed, 240),
    CASE("239 of 240 households signed the commitment", "23/2012 Art. 5", "C23-RA-01", FAIL, NOT_CERTIFIED, Y23, RA,
         households_committed, 239),
    CASE("households committed not reported", "23/2012 Art. 5", "C23-RA-01", UNK, UNDETERMINED, Y23, RA,
         households_committed, ANTQ_COUNT_UNKNOWN),
    CASE("the area did not register", "23/2012 Art. 5", "C23-RA-01", FAIL, NOT_CERTIFIED, Y23, RA, not_registered, 0),
    CASE("resolution and registration on 15 April: no first-quarter rule before 124/2021", "23/2012 Art. 5",
         "C23-RA-01", PASS, CERTIFIED, Y23, RA, documents_mid_april, 0),
    /* D: a yearly resolution belongs to the evaluation period */
    CASE("resolution of June of the previous year is not this year's (D)", "23/2012 Art. 5 (D)", "C23-RA-01", FAIL,
         NOT_CERTIFIED, Y23, RA, resolution_on, DAY(2019, 6, 1)),
    CASE("239 of 240 households registered but all 240 committed: 23/2012 asks for the commitment",
         "23/2012 Art. 5", "C23-RA-01", PASS, CERTIFIED, Y23, RA, households_registered, 239),

    /* == 23/2012 Art. 5 (C23-RA-02, S): prohibited events */
    CASE("no prohibited event in the area", "23/2012 Art. 5", "C23-RA-02", PASS, CERTIFIED, Y23, RA, NULL, 0),
    CASE("activity against the Party or State", "23/2012 Art. 5", "C23-RA-02", FAIL, NOT_CERTIFIED, Y23, RA,
         event_kind, ANTQ_EVENT_ANTI_STATE),
    CASE("sabotage", "23/2012 Art. 5", "C23-RA-02", FAIL, NOT_CERTIFIED, Y23, RA, event_kind, ANTQ_EVENT_SABOTAGE),
    CASE("exploiting belief or ethnicity", "23/2012 Art. 5", "C23-RA-02", FAIL, NOT_CERTIFIED, Y23, RA, event_kind,
         ANTQ_EVENT_EXPLOITING_GRIEVANCES),
    CASE("separatism", "23/2012 Art. 5", "C23-RA-02", FAIL, NOT_CERTIFIED, Y23, RA, event_kind, ANTQ_EVENT_SEPARATISM),
    CASE("complicated dispute among the people", "23/2012 Art. 5", "C23-RA-02", FAIL, NOT_CERTIFIED, Y23, RA,
         event_kind, ANTQ_EVENT_PROLONGED_DISPUTE),
    CASE("crowd / over-level complaints", "23/2012 Art. 5", "C23-RA-02", FAIL, NOT_CERTIFIED, Y23, RA, event_kind,
         ANTQ_EVENT_CROWD_INCITEMENT),
    CASE("unlawful religion: an item 124/2021 added, not in 23/2012 (C23-RA-02)", "23/2012 Art. 5", "C23-RA-02", PASS,
         CERTIFIED, Y23, RA, event_kind, ANTQ_EVENT_UNLAWFUL_RELIGION),
    CASE("event list not reported complete: unknown", "23/2012 Art. 5", "C23-RA-02", UNK, UNDETERMINED, Y23, RA,
         events_not_recorded, 0),
    CASE("event on 1 November of Y-1 is inside the RA period", "23/2012 Art. 9.2", "C23-RA-02", FAIL, NOT_CERTIFIED,
         Y23, RA, anti_state_on, DAY(2019, 11, 1)),
    CASE("event on 31 October of Y is inside the RA period", "23/2012 Art. 9.2", "C23-RA-02", FAIL, NOT_CERTIFIED, Y23,
         RA, anti_state_on, DAY(2020, 10, 31)),
    CASE("event on 30 October of Y-1 is before the RA period", "23/2012 Art. 9.2", "C23-RA-02", PASS, CERTIFIED, Y23,
         RA, anti_state_on, DAY(2019, 10, 30)),
    CASE("event on 1 November of Y is after the RA period", "23/2012 Art. 9.2", "C23-RA-02", PASS, CERTIFIED, Y23, RA,
         anti_state_on, DAY(2020, 11, 1)),

    /* == 23/2012 Art. 6.1 (C23-CW-01, S): yearly resolution, plan, registration */
    CASE("documents of 15 April: no first-quarter rule before 124/2021", "23/2012 Art. 6.1", "C23-CW-01", PASS,
         CERTIFIED, Y23, CW, documents_mid_april, 0),
    CASE("the commune did not register", "23/2012 Art. 6.1", "C23-CW-01", FAIL, NOT_CERTIFIED, Y23, CW,
         not_registered, 0),
    /* D: a yearly plan belongs to the evaluation period */
    CASE("plan of June of the previous year is not this year's (D)", "23/2012 Art. 6.1 (D)", "C23-CW-01", FAIL,
         NOT_CERTIFIED, Y23, CW, plan_on, DAY(2019, 6, 1)),
    CASE("plan date not reported", "23/2012 Art. 6.1", "C23-CW-01", UNK, UNDETERMINED, Y23, CW, plan_unknown, 0),

    /* == 23/2012 Art. 6.2 (C23-CW-02, S): items of Art. 5 over the commune */
    CASE("no prohibited event on the territory", "23/2012 Art. 6.2", "C23-CW-02", PASS, CERTIFIED, Y23, CW, NULL, 0),
    CASE("the commune's own crowd complaint", "23/2012 Art. 6.2, 5", "C23-CW-02", FAIL, NOT_CERTIFIED, Y23, CW,
         event_kind, ANTQ_EVENT_CROWD_INCITEMENT),
    CASE("anti-State activity in a residential area of the commune (territory event)", "23/2012 Art. 6.2, 5",
         "C23-CW-02", FAIL, NOT_CERTIFIED, Y23, CW, territory_event_kind, ANTQ_EVENT_ANTI_STATE),
    CASE("unlawful religion on the territory: not a 23/2012 item", "23/2012 Art. 6.2, 5", "C23-CW-02", PASS,
         CERTIFIED, Y23, CW, territory_event_kind, ANTQ_EVENT_UNLAWFUL_RELIGION),
    CASE("territory event on 1 December of Y-1 is inside the commune period", "23/2012 Art. 9.2", "C23-CW-02", FAIL,
         NOT_CERTIFIED, Y23, CW, territory_anti_state_on, DAY(2019, 12, 1)),
    CASE("territory event on 30 November of Y is inside the commune period", "23/2012 Art. 9.2", "C23-CW-02", FAIL,
         NOT_CERTIFIED, Y23, CW, territory_anti_state_on, DAY(2020, 11, 30)),
    CASE("territory event on 29 November of Y-1 is before the commune period", "23/2012 Art. 9.2", "C23-CW-02", PASS,
         CERTIFIED, Y23, CW, territory_anti_state_on, DAY(2019, 11, 29)),
    CASE("territory event on 1 December of Y is after the commune period", "23/2012 Art. 9.2", "C23-CW-02", PASS,
         CERTIFIED, Y23, CW, territory_anti_state_on, DAY(2020, 12, 1)),

    /* == 23/2012 Art. 6.3 (C23-CW-03, S): police and neighbourhood protection "Advanced unit";
     * nobody disciplined at warning or above */
    CASE("police and neighbourhood protection hold 'Advanced unit'", "23/2012 Art. 6.3", "C23-CW-03", PASS, CERTIFIED,
         Y23, CW, police_advanced_unit, ANTQ_YES),
    CASE("not 'Advanced unit'", "23/2012 Art. 6.3", "C23-CW-03", FAIL, NOT_CERTIFIED, Y23, CW, police_advanced_unit,
         ANTQ_NO),
    CASE("'Advanced unit' title not reported", "23/2012 Art. 6.3", "C23-CW-03", UNK, UNDETERMINED, Y23, CW,
         police_advanced_unit, ANTQ_UNKNOWN),
    CASE("a police officer reprimanded: below the 23/2012 bar", "23/2012 Art. 6.3", "C23-CW-03", PASS, CERTIFIED, Y23,
         CW, police_disciplined, ANTQ_DISCIPLINE_REPRIMAND),
    CASE("a police officer warned", "23/2012 Art. 6.3", "C23-CW-03", FAIL, NOT_CERTIFIED, Y23, CW, police_disciplined,
         ANTQ_DISCIPLINE_WARNING),
    CASE("a neighbourhood-protection member warned", "23/2012 Art. 6.3", "C23-CW-03", FAIL, NOT_CERTIFIED, Y23, CW,
         neighbourhood_protection_disciplined, ANTQ_DISCIPLINE_WARNING),
    CASE("a neighbourhood-protection member reprimanded", "23/2012 Art. 6.3", "C23-CW-03", PASS, CERTIFIED, Y23, CW,
         neighbourhood_protection_disciplined, ANTQ_DISCIPLINE_REPRIMAND),

    /* == 23/2012 Art. 6.4 (C23-CW-04, S): >= 70% of RESIDENTIAL AREAS recognised */
    CASE("18 of 25 areas (72%, the published example)", "23/2012 Art. 6.4", "C23-CW-04", PASS, CERTIFIED, Y23, CW,
         members_25_certified, 18),
    CASE("17 of 25 areas (68%)", "23/2012 Art. 6.4", "C23-CW-04", FAIL, NOT_CERTIFIED, Y23, CW, members_25_certified,
         17),
    CASE("16 of 25 areas (64%, the published example)", "23/2012 Art. 6.4", "C23-CW-04", FAIL, NOT_CERTIFIED, Y23, CW,
         members_25_certified, 16),
    CASE("14 of 20 areas (exactly 70%)", "23/2012 Art. 6.4", "C23-CW-04", PASS, CERTIFIED, Y23, CW, members_certified,
         14),
    CASE("13 of 20 areas (65%)", "23/2012 Art. 6.4", "C23-CW-04", FAIL, NOT_CERTIFIED, Y23, CW, members_certified, 13),
    CASE("roll-up: 7 of 10 areas; 3 failed agencies are not in the 23/2012 pool", "23/2012 Art. 6.4", "C23-CW-04",
         PASS, CERTIFIED, Y23, CW, rollup_7_of_10_areas_3_failed_agencies, 0),
    CASE("roll-up: 6 of 10 areas; 5 certified agencies do not help under 23/2012", "23/2012 Art. 6.4", "C23-CW-04",
         FAIL, NOT_CERTIFIED, Y23, CW, rollup_6_of_10_areas_5_certified_agencies, 0),

    /* == 23/2012 Art. 7.1 (C23-AE-01, S): plan, registration, rules on four topics, 100% of staff commit */
    CASE("50 of 50 staff signed the commitment", "23/2012 Art. 7.1", "C23-AE-01", PASS, CERTIFIED, Y23, AG,
         staff_committed, 50),
    CASE("49 of 50 staff signed the commitment", "23/2012 Art. 7.1", "C23-AE-01", FAIL, NOT_CERTIFIED, Y23, AG,
         staff_committed, 49),
    CASE("49 of 50 workers signed the commitment", "23/2012 Art. 7.1", "C23-AE-01", FAIL, NOT_CERTIFIED, Y23, EN,
         staff_committed, 49),
    CASE("49 of 50 staff briefed but 50 committed: 23/2012 asks for the commitment", "23/2012 Art. 7.1", "C23-AE-01",
         PASS, CERTIFIED, Y23, AG, staff_briefed, 49),
    CASE("the agency did not register", "23/2012 Art. 7.1", "C23-AE-01", FAIL, NOT_CERTIFIED, Y23, AG, not_registered,
         0),
    CASE("no rules on fire prevention", "23/2012 Art. 7.1", "C23-AE-01", FAIL, NOT_CERTIFIED, Y23, AG, topic_missing,
         ANTQ_TOPIC_FIRE_PREVENTION),
    CASE("no rules on State secrets", "23/2012 Art. 7.1", "C23-AE-01", FAIL, NOT_CERTIFIED, Y23, EN, topic_missing,
         ANTQ_TOPIC_STATE_SECRETS),
    CASE("no rules on the environment: a 124/2021 topic only", "23/2012 Art. 7.1", "C23-AE-01", PASS, CERTIFIED, Y23,
         EN, topic_missing, ANTQ_TOPIC_ENVIRONMENT),
    CASE("no rules on labour safety: a 124/2021 topic only", "23/2012 Art. 7.1", "C23-AE-01", PASS, CERTIFIED, Y23,
         EN, topic_missing, ANTQ_TOPIC_LABOUR_SAFETY),
    CASE("plan and registration of 15 April: no first-quarter rule", "23/2012 Art. 7.1", "C23-AE-01", PASS, CERTIFIED,
         Y23, AG, documents_mid_april, 0),

    /* == 23/2012 Art. 7.2 (C23-AE-02, S): effective implementation, coordination plan, self-protection model */
    CASE("coordination plan with government and police", "23/2012 Art. 7.2", "C23-AE-02", PASS, CERTIFIED, Y23, AG,
         coordination_plan, ANTQ_YES),
    CASE("no coordination plan", "23/2012 Art. 7.2", "C23-AE-02", FAIL, NOT_CERTIFIED, Y23, AG, coordination_plan,
         ANTQ_NO),
    CASE("coordination plan not reported", "23/2012 Art. 7.2", "C23-AE-02", UNK, UNDETERMINED, Y23, EN,
         coordination_plan, ANTQ_UNKNOWN),
    CASE("no self-protection model", "23/2012 Art. 7.2", "C23-AE-02", FAIL, NOT_CERTIFIED, Y23, EN, effective_models,
         0),
    CASE("implementation not effective", "23/2012 Art. 7.2", "C23-AE-02", FAIL, NOT_CERTIFIED, Y23, AG,
         implements_policy, ANTQ_NO),

    /* == 23/2012 Art. 7.3 (C23-AE-03, S): prohibited events, no escapes quoted */
    CASE("no prohibited event in the agency", "23/2012 Art. 7.3", "C23-AE-03", PASS, CERTIFIED, Y23, AG, NULL, 0),
    CASE("crowd complaint", "23/2012 Art. 7.3", "C23-AE-03", FAIL, NOT_CERTIFIED, Y23, AG, event_kind,
         ANTQ_EVENT_CROWD_INCITEMENT),
    CASE("unlawful strike", "23/2012 Art. 7.3", "C23-AE-03", FAIL, NOT_CERTIFIED, Y23, EN, event_kind,
         ANTQ_EVENT_UNLAWFUL_STRIKE),
    CASE("theft of high-value assets", "23/2012 Art. 7.3", "C23-AE-03", FAIL, NOT_CERTIFIED, Y23, EN, event_kind,
         ANTQ_EVENT_HIGH_VALUE_THEFT),
    CASE("leak of State secrets", "23/2012 Art. 7.3", "C23-AE-03", FAIL, NOT_CERTIFIED, Y23, AG, event_kind,
         ANTQ_EVENT_STATE_SECRET_BREACH),
    CASE("serious fire or explosion", "23/2012 Art. 7.3", "C23-AE-03", FAIL, NOT_CERTIFIED, Y23, EN, event_kind,
         ANTQ_EVENT_SERIOUS_FIRE_EXPLOSION),
    CASE("serious labour accident", "23/2012 Art. 7.3", "C23-AE-03", FAIL, NOT_CERTIFIED, Y23, EN, event_kind,
         ANTQ_EVENT_FATAL_LABOUR_ACCIDENT),
    CASE("a staff member who committed a crime, only reprimanded: still fails under 23/2012", "23/2012 Art. 7.3",
         "C23-AE-03", FAIL, NOT_CERTIFIED, Y23, AG, member_crime_or_evil_disciplined, ANTQ_DISCIPLINE_REPRIMAND),
    CASE("a staff member with a social evil, not disciplined: still fails under 23/2012", "23/2012 Art. 7.3",
         "C23-AE-03", FAIL, NOT_CERTIFIED, Y23, EN, member_crime_or_evil_disciplined, ANTQ_DISCIPLINE_NONE),
    CASE("event on 1 December of Y-1 is inside the period", "23/2012 Art. 9.2", "C23-AE-03", FAIL, NOT_CERTIFIED, Y23,
         AG, crowd_incitement_on, DAY(2019, 12, 1)),
    CASE("event on 30 November of Y is inside the period", "23/2012 Art. 9.2", "C23-AE-03", FAIL, NOT_CERTIFIED, Y23,
         EN, crowd_incitement_on, DAY(2020, 11, 30)),
    CASE("event on 29 November of Y-1 is before the period", "23/2012 Art. 9.2", "C23-AE-03", PASS, CERTIFIED, Y23,
         AG, crowd_incitement_on, DAY(2019, 11, 29)),
    CASE("event on 1 December of Y is after the period", "23/2012 Art. 9.2", "C23-AE-03", PASS, CERTIFIED, Y23, EN,
         crowd_incitement_on, DAY(2020, 12, 1)),

    /* == 23/2012 Art. 8 (C23-EI-01, U): resolution (where a Party org exists), plan, registration, rules;
     * 100% of staff and of learners from lower-secondary up commit; school-government-family coordination */
    CASE("all staff and learners committed", "23/2012 Art. 8", "C23-EI-01", PASS, CERTIFIED, Y23, EI,
         learners_committed, 900),
    CASE("49 of 50 staff committed", "23/2012 Art. 8", "C23-EI-01", FAIL, NOT_CERTIFIED, Y23, EI, staff_committed, 49),
    CASE("899 of 900 upper-secondary learners committed", "23/2012 Art. 8", "C23-EI-01", FAIL, NOT_CERTIFIED, Y23, EI,
         learners_committed, 899),
    CASE("the school did not register", "23/2012 Art. 8", "C23-EI-01", FAIL, NOT_CERTIFIED, Y23, EI, not_registered,
         0),
    CASE("upper-secondary school without coordination with families", "23/2012 Art. 8", "C23-EI-01", FAIL,
         NOT_CERTIFIED, Y23, EI, parent_board, ANTQ_NO),
    CASE("university without coordination with families: not general education", "23/2012 Art. 8", "C23-EI-01", PASS,
         CERTIFIED, Y23, EI, university_without_parent_board, 0),
    CASE("no Party organisation: no resolution required", "23/2012 Art. 8", "C23-EI-01", PASS, CERTIFIED, Y23, EI,
         no_party_org, 0),

    /* == Versioning by instrument (rules.md §2.1, D): the same facts, different verdicts */
    /* scope: 23/2012 had no exclusions (C23-SC-01, S) */
    CASE("small enterprise, 2024: not eligible under 124/2021", "124/2021 Art. 1.2.b", "C124-SC-04", EXCL,
         NOT_ELIGIBLE, Y124, EN, enterprise_size, ANTQ_SIZE_SMALL),
    CASE("small enterprise, 2020: evaluated under 23/2012", "23/2012 Art. 2, 7.1", "C23-AE-01", PASS, CERTIFIED, Y23,
         EN, enterprise_size, ANTQ_SIZE_SMALL),
    CASE("micro enterprise, 2021 (period ends 30/11/2021): evaluated under 23/2012", "23/2012 Art. 2; rules.md 2.1",
         "C23-AE-01", PASS, CERTIFIED, 2021, EN, enterprise_size, ANTQ_SIZE_MICRO),
    CASE("small enterprise, 2022: 124/2021 governs the whole year (no transitional clause)",
         "124/2021 Art. 1.2.b, 11; rules.md 2.1", "C124-SC-04", EXCL, NOT_ELIGIBLE, 2022, EN, enterprise_size,
         ANTQ_SIZE_SMALL),
    CASE("armed-forces agency, 2024: not eligible", "124/2021 Art. 1.2.b", "C124-SC-03", EXCL, NOT_ELIGIBLE, Y124, AG,
         armed_forces_agency, 0),
    CASE("armed-forces agency, 2020: evaluated under 23/2012", "23/2012 Art. 2, 7.1", "C23-AE-01", PASS, CERTIFIED,
         Y23, AG, armed_forces_agency, 0),
    CASE("primary school, 2024: not eligible", "124/2021 Art. 1.2.b", "C124-SC-05", EXCL, NOT_ELIGIBLE, Y124, EI,
         education_level, ANTQ_EDU_PRIMARY),
    CASE("primary school, 2020: evaluated; its pupils need not commit (lower-secondary up only)", "23/2012 Art. 2, 8",
         "C23-EI-01", PASS, CERTIFIED, Y23, EI, primary_school_learners_not_committed, 0),
    CASE("kindergarten, 2021 (school year to 31/05/2021): evaluated under 23/2012", "23/2012 Art. 2, 8", "C23-EI-01",
         PASS, CERTIFIED, 2021, EI, education_level, ANTQ_EDU_KINDERGARTEN),
    CASE("kindergarten, 2022: not eligible under 124/2021", "124/2021 Art. 1.2.b; rules.md 2.1", "C124-SC-05", EXCL,
         NOT_ELIGIBLE, 2022, EI, education_level, ANTQ_EDU_KINDERGARTEN),
    /* commune police discipline: 124 bars any discipline, 23/2012 warning or above */
    CASE("commune police officer reprimanded, 2024: fails Art. 5.3", "124/2021 Art. 5.3", "C124-CW-03", FAIL,
         NOT_CERTIFIED, Y124, CW, police_disciplined, ANTQ_DISCIPLINE_REPRIMAND),
    CASE("commune police officer reprimanded, 2020: passes 23/2012 Art. 6.3", "23/2012 Art. 6.3", "C23-CW-03", PASS,
         CERTIFIED, Y23, CW, police_disciplined, ANTQ_DISCIPLINE_REPRIMAND),
    /* first-quarter rule: new in 124/2021 */
    CASE("area resolution of 15 April, 2024: not Q1", "124/2021 Art. 4.1", "C124-RA-01a", FAIL, NOT_CERTIFIED, Y124,
         RA, documents_mid_april, 0),
    CASE("area resolution of 15 April, 2022: 124/2021 already governs", "124/2021 Art. 4.1; rules.md 2.1",
         "C124-RA-01a", FAIL, NOT_CERTIFIED, 2022, RA, documents_mid_april, 0),
    CASE("area resolution of 15 April, 2021: 23/2012 has no Q1 rule", "23/2012 Art. 5; rules.md 2.1", "C23-RA-01",
         PASS, CERTIFIED, 2021, RA, documents_mid_april, 0),
    /* commune registration of all members: new in 124/2021 */
    CASE("19 of 20 members registered, 14 certified, 2024: fails the 100% registration", "124/2021 Art. 5.4",
         "C124-CW-04a", FAIL, NOT_CERTIFIED, Y124, CW, members_19_of_20_registered_14_certified, 0),
    CASE("19 of 20 areas registered, 14 certified, 2020: 70% reached, no registration rule", "23/2012 Art. 6.4",
         "C23-CW-04", PASS, CERTIFIED, Y23, CW, members_19_of_20_registered_14_certified, 0),
    /* unlawful religion: new item of 124/2021 */
    CASE("unlawful religion in an area, 2024: fails Art. 4.3.c", "124/2021 Art. 4.3.c", "C124-RA-03", FAIL,
         NOT_CERTIFIED, Y124, RA, event_kind, ANTQ_EVENT_UNLAWFUL_RELIGION),
    CASE("unlawful religion in an area, 2020: not an item of 23/2012", "23/2012 Art. 5", "C23-RA-02", PASS, CERTIFIED,
         Y23, RA, event_kind, ANTQ_EVENT_UNLAWFUL_RELIGION),
};

SPEC_TABLE_DEFINE(spec_table_c23, "spec-c23 (23/2012 and the change of instrument)", cases);
