/* Specification: communes, wards, towns (xã, phường, thị trấn) under Circular
 * 124/2021, Art. 5, with the evaluation period of Art. 8.2.b
 * (16/11/(Y-1) .. 15/11/Y) and the 70% pool rule N2.
 * Baseline: fixture_commune(2024), certified; its member counts are 20 units,
 * 20 registered, 14 certified (exactly 70%). Cases with a roll-up evaluate
 * every member first (spec_rollup_member) and pass the roll-up instead.
 * SPDX-License-Identifier: MIT */
#include "spec.h"

#define MID DAY(YEAR, 6, 1)
#define WHERE "RA-007" /* a residential area of the commune */

/* ---- setups: Art. 5.1 */

SETUP(resolution_on) { f->ev.party_resolution_date = arg; }
SETUP(plan_on) { f->ev.plan_date = arg; }
SETUP(registration_on) { f->ev.registration_date = arg; }
SETUP(documents_on)
{
    f->ev.party_resolution_date = arg;
    f->ev.plan_date = arg;
    f->ev.registration_date = arg;
}
SETUP(not_registered) { f->ev.registered = ANTQ_NO; }
SETUP(plan_unknown) { f->ev.plan_date = ANTQ_DATE_UNKNOWN; }
SETUP(effective_models) { f->ev.effective_models = arg; }

/* ---- setups: Art. 5.2 (Art. 4.2-4.4 over the whole territory) */

SETUP(implements_policy) { f->ev.implements_policy = arg; }
SETUP(own_event_kind) { spec_event(e, arg, MID); }
SETUP(own_anti_state_on) { spec_event(e, ANTQ_EVENT_ANTI_STATE, arg); }
SETUP(territory_event_kind) { spec_territory_event(e, arg, MID, WHERE); }
SETUP(territory_anti_state_on) { spec_territory_event(e, ANTQ_EVENT_ANTI_STATE, arg, WHERE); }
SETUP(territory_event_kind_force_majeure) { spec_territory_event(e, arg, MID, WHERE)->force_majeure = ANTQ_YES; }
SETUP(territory_crime_of_severity) { spec_territory_event(e, ANTQ_EVENT_CRIME, MID, WHERE)->severity = arg; }
SETUP(territory_serious_crime_handled_promptly)
{
    antq_event *c = spec_territory_event(e, ANTQ_EVENT_CRIME, MID, WHERE);
    c->severity = ANTQ_SEVERITY_VERY_SERIOUS;
    c->handled_promptly = ANTQ_YES;
}
SETUP(territory_serious_crime_force_majeure)
{
    antq_event *c = spec_territory_event(e, ANTQ_EVENT_CRIME, MID, WHERE);
    c->severity = ANTQ_SEVERITY_SERIOUS;
    c->force_majeure = ANTQ_YES;
}
SETUP(territory_anti_state_force_majeure)
{
    spec_territory_event(e, ANTQ_EVENT_ANTI_STATE, MID, WHERE)->force_majeure = ANTQ_YES;
}
SETUP(events_not_recorded) { f->ev.events_recorded = ANTQ_UNKNOWN; }
SETUP(crimes_up)
{
    f->ev.crimes = 13;
    f->ev.crimes_prev = 12;
}
SETUP(crimes_same)
{
    f->ev.crimes = 12;
    f->ev.crimes_prev = 12;
}
SETUP(strict_crimes_same)
{
    f->opts.trend_mode = ANTQ_TREND_STRICTLY_REDUCED;
    f->ev.crimes = 12;
    f->ev.crimes_prev = 12;
    f->ev.social_evils = 2; /* the baseline has 3 and 3 */
}
SETUP(other_violations_prev_unknown) { f->ev.other_violations_prev = ANTQ_COUNT_UNKNOWN; }
SETUP(supervision) { f->ev.supervision_effective = arg; }

/* ---- setups: Art. 5.3 */

SETUP(police_effective) { f->ev.police_effective = arg; }
SETUP(police_disciplined) { spec_discipline(e, ANTQ_ROLE_COMMUNE_POLICE, arg, MID); }
SETUP(police_reprimand_on) { spec_discipline(e, ANTQ_ROLE_COMMUNE_POLICE, ANTQ_DISCIPLINE_REPRIMAND, arg); }
SETUP(grassroots_member_reprimanded) { spec_discipline(e, ANTQ_ROLE_GRASSROOTS_TEAM, ANTQ_DISCIPLINE_REPRIMAND, MID); }
SETUP(neighbourhood_protection_reprimanded)
{
    spec_discipline(e, ANTQ_ROLE_NEIGHBOURHOOD_PROTECTION, ANTQ_DISCIPLINE_REPRIMAND, MID);
}
SETUP(disciplines_not_recorded) { f->ev.disciplines_recorded = ANTQ_UNKNOWN; }
SETUP(special_zone) { f->unit.commune_type = ANTQ_COMMUNE_TYPE_SPECIAL_ZONE; }
SETUP(special_zone_police_reprimanded)
{
    f->unit.commune_type = ANTQ_COMMUNE_TYPE_SPECIAL_ZONE;
    spec_discipline(e, ANTQ_ROLE_COMMUNE_POLICE, ANTQ_DISCIPLINE_REPRIMAND, MID);
}
SETUP(ward) { f->unit.commune_type = ANTQ_COMMUNE_TYPE_WARD; }

/* ---- setups: Art. 5.4 from the commune's own counts (no roll-up) */

SETUP(members_registered) { f->ev.members_registered = arg; }
SETUP(members_certified) { f->ev.members_certified = arg; }
SETUP(members_certified_unknown) { f->ev.members_certified = ANTQ_COUNT_UNKNOWN; }

/* ---- setups: Art. 5.4 from a roll-up of evaluated members (pool rule N2, D) */

#define C ANTQ_LEVEL_COMMUNE
#define NO_DELEGATION ANTQ_NO

/* 10 residential areas, `arg` of them certified and the rest not certified. */
static void areas(spec_env *e, int certified)
{
    spec_rollup_members(e, certified, RA, MEMBER_CERTIFIED, C, NO_DELEGATION);
    spec_rollup_members(e, 10 - certified, RA, MEMBER_NOT_CERTIFIED, C, NO_DELEGATION);
}
SETUP(rollup_areas_certified)
{
    spec_rollup_start(e);
    areas(e, arg);
}
/* 7 of 10 areas certified, plus one agency NOT certified managed at level `arg`. */
SETUP(rollup_7_of_10_plus_failed_agency_at_level)
{
    spec_rollup_start(e);
    areas(e, 7);
    spec_rollup_member(e, AG, MEMBER_NOT_CERTIFIED, arg, NO_DELEGATION);
}
SETUP(rollup_7_of_10_plus_failed_delegated_agency)
{
    spec_rollup_start(e);
    areas(e, 7);
    spec_rollup_member(e, AG, MEMBER_NOT_CERTIFIED, ANTQ_LEVEL_DISTRICT, ANTQ_YES);
}
SETUP(rollup_7_of_10_plus_small_enterprise)
{
    spec_rollup_start(e);
    areas(e, 7);
    spec_rollup_member(e, EN, MEMBER_NOT_ELIGIBLE, C, NO_DELEGATION);
}
/* 7 of 10 areas certified plus 3 commune agencies not certified: 7/13 in the
 * combined pool, 7/10 among residential areas. */
SETUP(rollup_7_of_10_areas_3_failed_agencies)
{
    spec_rollup_start(e);
    areas(e, 7);
    spec_rollup_members(e, 3, AG, MEMBER_NOT_CERTIFIED, C, NO_DELEGATION);
}
SETUP(rollup_7_of_10_areas_3_failed_agencies_residential_only)
{
    rollup_7_of_10_areas_3_failed_agencies(e, arg);
    f->opts.pool_mode = ANTQ_POOL_RESIDENTIAL_ONLY;
}
/* 6 of 10 areas certified plus 5 certified managed units: 11/15 combined, 6/10 residential. */
SETUP(rollup_6_of_10_areas_5_certified_managed)
{
    spec_rollup_start(e);
    areas(e, 6);
    spec_rollup_members(e, 2, AG, MEMBER_CERTIFIED, C, NO_DELEGATION);
    spec_rollup_members(e, 2, EN, MEMBER_CERTIFIED, C, NO_DELEGATION);
    spec_rollup_member(e, EI, MEMBER_CERTIFIED, C, NO_DELEGATION);
}
SETUP(rollup_6_of_10_areas_5_certified_managed_residential_only)
{
    rollup_6_of_10_areas_5_certified_managed(e, arg);
    f->opts.pool_mode = ANTQ_POOL_RESIDENTIAL_ONLY;
}
/* 20 units of every kind, `arg` of them certified: 10 areas (8 certified) and
 * 10 managed units (the rest of `arg`). */
SETUP(rollup_mixed_20)
{
    spec_rollup_start(e);
    areas(e, 8);
    int managed = arg - 8;
    static const int kinds[10] = {AG, AG, AG, AG, EN, EN, EN, EI, EI, EI};
    for (int i = 0; i < 10; i++)
        spec_rollup_member(e, kinds[i], i < managed ? MEMBER_CERTIFIED : MEMBER_NOT_CERTIFIED, C, NO_DELEGATION);
}
/* 7 certified, 2 not certified, 1 did not register (of 10 areas). */
SETUP(rollup_area_not_registered)
{
    spec_rollup_start(e);
    spec_rollup_members(e, 7, RA, MEMBER_CERTIFIED, C, NO_DELEGATION);
    spec_rollup_members(e, 2, RA, MEMBER_NOT_CERTIFIED, C, NO_DELEGATION);
    spec_rollup_member(e, RA, MEMBER_NOT_REGISTERED, C, NO_DELEGATION);
}
/* 8 of 10 areas certified plus one agency managed at level `arg` that did not register. */
SETUP(rollup_unregistered_agency_at_level)
{
    spec_rollup_start(e);
    areas(e, 8);
    spec_rollup_member(e, AG, MEMBER_NOT_REGISTERED, arg, NO_DELEGATION);
}
/* `arg` certified, 1 undetermined, the rest of 10 not certified. */
SETUP(rollup_one_undetermined)
{
    spec_rollup_start(e);
    spec_rollup_members(e, arg, RA, MEMBER_CERTIFIED, C, NO_DELEGATION);
    spec_rollup_member(e, RA, MEMBER_UNDETERMINED, C, NO_DELEGATION);
    spec_rollup_members(e, 9 - arg, RA, MEMBER_NOT_CERTIFIED, C, NO_DELEGATION);
}
/* The repro of issue 12: one registered (certified) residential area and one
 * commune-managed agency that did not register, under the pool option `arg`
 * (N2 concerns only the 70% denominator). */
SETUP(rollup_area_and_unregistered_agency_pool)
{
    f->opts.pool_mode = arg;
    spec_rollup_start(e);
    spec_rollup_member(e, RA, MEMBER_CERTIFIED, C, NO_DELEGATION);
    spec_rollup_member(e, AG, MEMBER_NOT_REGISTERED, C, NO_DELEGATION);
}
/* 8 of 10 areas certified plus two commune agencies, registered but not
 * certified, under the pool option `arg`: everything registered. */
SETUP(rollup_all_registered_pool)
{
    f->opts.pool_mode = arg;
    spec_rollup_start(e);
    areas(e, 8);
    spec_rollup_members(e, 2, AG, MEMBER_NOT_CERTIFIED, C, NO_DELEGATION);
}
SETUP(rollup_registration_unknown)
{
    spec_rollup_start(e);
    spec_rollup_members(e, 9, RA, MEMBER_CERTIFIED, C, NO_DELEGATION);
    spec_rollup_member(e, RA, MEMBER_REGISTRATION_UNKNOWN, C, NO_DELEGATION);
}

/* ---- the table */

static const spec_case cases[] = {
    /* == Art. 5 applies to communes, wards and towns; and to special zones from 1/7/2025
     * (R25-06, D; option: none) */
    CASE("a ward is appraised under Art. 5", "124/2021 Art. 5", "C124-CW-01a", PASS, CERTIFIED, Y124, CW, ward, 0),
    CASE("a special zone (2025) is appraised under Art. 5 like a commune (R25-06)", "124/2021 Art. 5; R25-06 (D)",
         "C124-CW-01a", PASS, CERTIFIED, 2025, CW, special_zone, 0),
    CASE("a special zone (2025) whose police officer was reprimanded fails Art. 5.3 (R25-06)",
         "124/2021 Art. 5.3; R25-06 (D)", "C124-CW-03", FAIL, NOT_CERTIFIED, 2025, CW,
         special_zone_police_reprimanded, 0),

    /* == Art. 5.1 (C124-CW-01a): Party committee resolution, commune plan and registration in Q1 (N7, D; option: none) */
    CASE("resolution, plan and registration on 31 March", "124/2021 Art. 5.1", "C124-CW-01a", PASS, CERTIFIED, Y124,
         CW, documents_on, DAY(2024, 3, 31)),
    CASE("resolution, plan and registration on 1 January", "124/2021 Art. 5.1", "C124-CW-01a", PASS, CERTIFIED, Y124,
         CW, documents_on, DAY(2024, 1, 1)),
    CASE("resolution on 1 April", "124/2021 Art. 5.1", "C124-CW-01a", FAIL, NOT_CERTIFIED, Y124, CW, resolution_on,
         DAY(2024, 4, 1)),
    CASE("plan on 1 April", "124/2021 Art. 5.1", "C124-CW-01a", FAIL, NOT_CERTIFIED, Y124, CW, plan_on,
         DAY(2024, 4, 1)),
    CASE("registration on 1 April", "124/2021 Art. 5.1", "C124-CW-01a", FAIL, NOT_CERTIFIED, Y124, CW,
         registration_on, DAY(2024, 4, 1)),
    CASE("resolution on 31 December of Y-1, inside the period, is not Q1 (N7)", "124/2021 Art. 5.1; N7",
         "C124-CW-01a", FAIL, NOT_CERTIFIED, Y124, CW, resolution_on, DAY(2023, 12, 31)),
    CASE("the commune did not register", "124/2021 Art. 5.1, 9.2.a", "C124-CW-01a", FAIL, NOT_CERTIFIED, Y124, CW,
         not_registered, 0),
    CASE("plan date not reported", "124/2021 Art. 5.1", "C124-CW-01a", UNK, UNDETERMINED, Y124, CW, plan_unknown, 0),

    /* == Art. 5.1 (C124-CW-01b): at least one effective movement model */
    CASE("one effective model (the minimum)", "124/2021 Art. 5.1", "C124-CW-01b", PASS, CERTIFIED, Y124, CW,
         effective_models, 1),
    CASE("no effective model", "124/2021 Art. 5.1", "C124-CW-01b", FAIL, NOT_CERTIFIED, Y124, CW, effective_models,
         0),
    CASE("number of models not reported", "124/2021 Art. 5.1", "C124-CW-01b", UNK, UNDETERMINED, Y124, CW,
         effective_models, ANTQ_COUNT_UNKNOWN),

    /* == Art. 5.2 (C124-CW-02): Art. 4.2, 4.3 and 4.4 over the whole territory */
    CASE("no event anywhere, policy implemented, counts not up", "124/2021 Art. 5.2", "C124-CW-02", PASS, CERTIFIED,
         Y124, CW, NULL, 0),
    CASE("Art. 4.2 imported: policy not fully implemented", "124/2021 Art. 5.2, 4.2", "C124-CW-02", FAIL,
         NOT_CERTIFIED, Y124, CW, implements_policy, ANTQ_NO),
    CASE("Art. 4.3 imported: an event of the commune itself", "124/2021 Art. 5.2, 4.3.a", "C124-CW-02", FAIL,
         NOT_CERTIFIED, Y124, CW, own_event_kind, ANTQ_EVENT_ANTI_STATE),
    CASE("Art. 4.3 imported: a territory event in a residential area", "124/2021 Art. 5.2, 4.3.g", "C124-CW-02", FAIL,
         NOT_CERTIFIED, Y124, CW, territory_event_kind, ANTQ_EVENT_CROWD_INCITEMENT),
    CASE("Art. 4.3 imported: separatism on the territory", "124/2021 Art. 5.2, 4.3.đ", "C124-CW-02", FAIL,
         NOT_CERTIFIED, Y124, CW, territory_event_kind, ANTQ_EVENT_SEPARATISM),
    CASE("Art. 4.3 imported: force majeure excuses no territory event of 4.3 (N3)", "124/2021 Art. 5.2, 4.3; N3",
         "C124-CW-02", FAIL, NOT_CERTIFIED, Y124, CW, territory_anti_state_force_majeure, 0),
    CASE("Art. 4.4.a imported: crimes up on last year (N1 default)", "124/2021 Art. 5.2, 4.4.a; N1 default",
         "C124-CW-02", FAIL, NOT_CERTIFIED, Y124, CW, crimes_up, 0),
    CASE("Art. 4.4.a imported: crimes equal to last year pass (N1 default)", "124/2021 Art. 5.2, 4.4.a; N1 default",
         "C124-CW-02", PASS, CERTIFIED, Y124, CW, crimes_same, 0),
    CASE("Art. 4.4.a imported: crimes equal to last year fail (N1 option STRICTLY_REDUCED)",
         "124/2021 Art. 5.2, 4.4.a; N1 option STRICTLY_REDUCED", "C124-CW-02", FAIL, NOT_CERTIFIED, Y124, CW,
         strict_crimes_same, 0),
    CASE("Art. 4.4.a imported: previous-year count missing is unknown (N8)", "124/2021 Art. 5.2, 4.4.a; N8",
         "C124-CW-02", UNK, UNDETERMINED, Y124, CW, other_violations_prev_unknown, 0),
    CASE("Art. 4.4.b imported: an unexcused serious crime on the territory", "124/2021 Art. 5.2, 4.4.b",
         "C124-CW-02", FAIL, NOT_CERTIFIED, Y124, CW, territory_crime_of_severity, ANTQ_SEVERITY_SERIOUS),
    CASE("Art. 4.4.b imported: a less-serious crime on the territory does not trigger it", "124/2021 Art. 5.2, 4.4.b",
         "C124-CW-02", PASS, CERTIFIED, Y124, CW, territory_crime_of_severity, ANTQ_SEVERITY_LESS_SERIOUS),
    CASE("Art. 4.4.b imported: a serious crime promptly handled and reported is excused", "124/2021 Art. 5.2, 4.4.b",
         "C124-CW-02", PASS, CERTIFIED, Y124, CW, territory_serious_crime_handled_promptly, 0),
    CASE("Art. 4.4.b imported: a serious crime by force majeure is excused", "124/2021 Art. 5.2, 4.4.b; N3",
         "C124-CW-02", PASS, CERTIFIED, Y124, CW, territory_serious_crime_force_majeure, 0),
    CASE("Art. 4.4.b imported: a territory crime of unknown severity is unknown", "124/2021 Art. 5.2, 4.4.b",
         "C124-CW-02", UNK, UNDETERMINED, Y124, CW, territory_crime_of_severity, ANTQ_SEVERITY_UNKNOWN),
    CASE("Art. 4.4.c imported: a new hotspot on the territory", "124/2021 Art. 5.2, 4.4.c", "C124-CW-02", FAIL,
         NOT_CERTIFIED, Y124, CW, territory_event_kind, ANTQ_EVENT_NEW_HOTSPOT),
    CASE("Art. 4.4.c imported: supervision not effective", "124/2021 Art. 5.2, 4.4.c", "C124-CW-02", FAIL,
         NOT_CERTIFIED, Y124, CW, supervision, ANTQ_NO),
    CASE("Art. 4.4.d imported: a fatal labour accident on the territory", "124/2021 Art. 5.2, 4.4.d", "C124-CW-02",
         FAIL, NOT_CERTIFIED, Y124, CW, territory_event_kind, ANTQ_EVENT_FATAL_LABOUR_ACCIDENT),
    CASE("Art. 4.4.d imported: a serious fire by force majeure is excused", "124/2021 Art. 5.2, 4.4.d; N3",
         "C124-CW-02", PASS, CERTIFIED, Y124, CW, territory_event_kind_force_majeure,
         ANTQ_EVENT_SERIOUS_FIRE_EXPLOSION),
    CASE("an unlawful strike in an enterprise is not an Art. 4.2-4.4 event", "124/2021 Art. 5.2", "C124-CW-02", PASS,
         CERTIFIED, Y124, CW, territory_event_kind, ANTQ_EVENT_UNLAWFUL_STRIKE),
    CASE("the commune's event list not reported complete: unknown", "124/2021 Art. 5.2", "C124-CW-02", UNK,
         UNDETERMINED, Y124, CW, events_not_recorded, 0),
    /* Art. 8.2.b (V) + PER-04 (D; option: none): the commune's own period, also for events of its areas */
    CASE("event on 16 November of Y-1 (first day) counts", "124/2021 Art. 8.2.b", "C124-CW-02", FAIL, NOT_CERTIFIED,
         Y124, CW, own_anti_state_on, DAY(2023, 11, 16)),
    CASE("event on 15 November of Y (last day) counts", "124/2021 Art. 8.2.b", "C124-CW-02", FAIL, NOT_CERTIFIED, Y124,
         CW, own_anti_state_on, DAY(2024, 11, 15)),
    CASE("event on 15 November of Y-1 (day before) does not count", "124/2021 Art. 8.2.b; PER-04", "C124-CW-02", PASS,
         CERTIFIED, Y124, CW, own_anti_state_on, DAY(2023, 11, 15)),
    CASE("event on 16 November of Y (day after) does not count", "124/2021 Art. 8.2.b; PER-04", "C124-CW-02", PASS,
         CERTIFIED, Y124, CW, own_anti_state_on, DAY(2024, 11, 16)),
    CASE("territory event on 10 November of Y: after the area's period, inside the commune's",
         "124/2021 Art. 5.2, 8.2.b", "C124-CW-02", FAIL, NOT_CERTIFIED, Y124, CW, territory_anti_state_on,
         DAY(2024, 11, 10)),
    CASE("territory event on 10 November of Y-1: inside the area's period, before the commune's",
         "124/2021 Art. 5.2, 8.2.b; PER-04", "C124-CW-02", PASS, CERTIFIED, Y124, CW, territory_anti_state_on,
         DAY(2023, 11, 10)),

    /* == Art. 5.3 (C124-CW-03): commune police effective; no officer disciplined in any form (N4) */
    CASE("police effective, nobody disciplined", "124/2021 Art. 5.3", "C124-CW-03", PASS, CERTIFIED, Y124, CW,
         police_effective, ANTQ_YES),
    CASE("police not effective", "124/2021 Art. 5.3", "C124-CW-03", FAIL, NOT_CERTIFIED, Y124, CW, police_effective,
         ANTQ_NO),
    CASE("police effectiveness not reported", "124/2021 Art. 5.3", "C124-CW-03", UNK, UNDETERMINED, Y124, CW,
         police_effective, ANTQ_UNKNOWN),
    CASE("an officer reprimanded fails (N4: any discipline)", "124/2021 Art. 5.3; N4", "C124-CW-03", FAIL,
         NOT_CERTIFIED, Y124, CW, police_disciplined, ANTQ_DISCIPLINE_REPRIMAND),
    CASE("an officer warned fails", "124/2021 Art. 5.3; N4", "C124-CW-03", FAIL, NOT_CERTIFIED, Y124, CW,
         police_disciplined, ANTQ_DISCIPLINE_WARNING),
    CASE("an officer demoted fails", "124/2021 Art. 5.3; N4", "C124-CW-03", FAIL, NOT_CERTIFIED, Y124, CW,
         police_disciplined, ANTQ_DISCIPLINE_DEMOTION),
    CASE("reprimand on 16 November of Y-1 counts", "124/2021 Art. 5.3, 8.2.b", "C124-CW-03", FAIL, NOT_CERTIFIED,
         Y124, CW, police_reprimand_on, DAY(2023, 11, 16)),
    CASE("reprimand on 15 November of Y-1 belongs to the previous year", "124/2021 Art. 5.3, 8.2.b; PER-04 (D)",
         "C124-CW-03", PASS, CERTIFIED, Y124, CW, police_reprimand_on, DAY(2023, 11, 15)),
    CASE("a reprimanded grassroots-team member: not police, and Art. 4.5 is not imported by Art. 5.2",
         "124/2021 Art. 5.2, 5.3", "C124-CW-03", PASS, CERTIFIED, Y124, CW, grassroots_member_reprimanded, 0),
    CASE("a reprimanded neighbourhood-protection member is not a police officer", "124/2021 Art. 5.3", "C124-CW-03",
         PASS, CERTIFIED, Y124, CW, neighbourhood_protection_reprimanded, 0),
    CASE("discipline records not reported complete: unknown", "124/2021 Art. 5.3", "C124-CW-03", UNK, UNDETERMINED,
         Y124, CW, disciplines_not_recorded, 0),

    /* == Art. 5.4 (C124-CW-04a): 100% of units under the commune's own or delegated management registered */
    CASE("20 of 20 units registered", "124/2021 Art. 5.4", "C124-CW-04a", PASS, CERTIFIED, Y124, CW,
         members_registered, 20),
    CASE("19 of 20 units registered", "124/2021 Art. 5.4", "C124-CW-04a", FAIL, NOT_CERTIFIED, Y124, CW,
         members_registered, 19),
    CASE("number of registered units not reported", "124/2021 Art. 5.4", "C124-CW-04a", UNK, UNDETERMINED, Y124, CW,
         members_registered, ANTQ_COUNT_UNKNOWN),
    /* roll-up, pool N2 (D), option: default ANTQ_POOL_ALL_MANAGED */
    CASE("roll-up: one residential area did not register", "124/2021 Art. 5.4; N2 default", "C124-CW-04a", FAIL,
         NOT_CERTIFIED, Y124, CW, rollup_area_not_registered, 0),
    CASE("roll-up: a commune-managed agency did not register", "124/2021 Art. 5.4; N2 default", "C124-CW-04a", FAIL,
         NOT_CERTIFIED, Y124, CW, rollup_unregistered_agency_at_level, ANTQ_LEVEL_COMMUNE),
    /* the pool option N2 is about the 70% only: the 100% registration covers every managed unit in both modes */
    CASE_FACT("issue 12 repro: registered area + unregistered commune agency (1 of 2)",
              "124/2021 Art. 5.4; N2 default ALL_MANAGED", "C124-CW-04a", FAIL, NOT_CERTIFIED, Y124, CW,
              rollup_area_and_unregistered_agency_pool, ANTQ_POOL_ALL_MANAGED, ANTQ_FACT_MEMBERS_REGISTERED, FAIL),
    CASE_FACT("issue 12 repro: registered area + unregistered commune agency (1 of 2), residential-only pool",
              "124/2021 Art. 5.4; N2 option POOL_RESIDENTIAL_ONLY", "C124-CW-04a", FAIL, NOT_CERTIFIED, Y124, CW,
              rollup_area_and_unregistered_agency_pool, ANTQ_POOL_RESIDENTIAL_ONLY, ANTQ_FACT_MEMBERS_REGISTERED,
              FAIL),
    CASE("every area and commune agency registered", "124/2021 Art. 5.4; N2 default ALL_MANAGED", "C124-CW-04a",
         PASS, ANY, Y124, CW, rollup_all_registered_pool, ANTQ_POOL_ALL_MANAGED),
    CASE("every area and commune agency registered, residential-only pool",
         "124/2021 Art. 5.4; N2 option POOL_RESIDENTIAL_ONLY", "C124-CW-04a", PASS, CERTIFIED, Y124, CW,
         rollup_all_registered_pool, ANTQ_POOL_RESIDENTIAL_ONLY),
    CASE("roll-up: a province-managed agency that did not register is outside the pool",
         "124/2021 Art. 5.4, 10.3; N2 default", "C124-CW-04a", PASS, CERTIFIED, Y124, CW,
         rollup_unregistered_agency_at_level, ANTQ_LEVEL_PROVINCE),
    CASE("roll-up: a member whose registration is not reported: unknown", "124/2021 Art. 5.4; N2 default",
         "C124-CW-04a", UNK, UNDETERMINED, Y124, CW, rollup_registration_unknown, 0),

    /* == Art. 5.4 (C124-CW-04b): 70% or more recognised ("từ 70% trở lên": inclusive, exact integers) */
    CASE("14 of 20 certified (exactly 70%)", "124/2021 Art. 5.4", "C124-CW-04b", PASS, CERTIFIED, Y124, CW,
         members_certified, 14),
    CASE("13 of 20 certified (65%)", "124/2021 Art. 5.4", "C124-CW-04b", FAIL, NOT_CERTIFIED, Y124, CW,
         members_certified, 13),
    CASE("number of certified units not reported", "124/2021 Art. 5.4", "C124-CW-04b", UNK, UNDETERMINED, Y124, CW,
         members_certified_unknown, 0),
    /* roll-up over evaluated members, pool N2 (D); option: default ANTQ_POOL_ALL_MANAGED unless stated */
    CASE("roll-up: 7 of 10 residential areas certified", "124/2021 Art. 5.4; N2 default", "C124-CW-04b", PASS,
         CERTIFIED, Y124, CW, rollup_areas_certified, 7),
    CASE("roll-up: 6 of 10 residential areas certified", "124/2021 Art. 5.4; N2 default", "C124-CW-04b", FAIL,
         NOT_CERTIFIED, Y124, CW, rollup_areas_certified, 6),
    CASE("roll-up: 14 of 20 units of every kind certified", "124/2021 Art. 5.4; N2 default", "C124-CW-04b", PASS,
         CERTIFIED, Y124, CW, rollup_mixed_20, 14),
    CASE("roll-up: 13 of 20 units of every kind certified", "124/2021 Art. 5.4; N2 default", "C124-CW-04b", FAIL,
         NOT_CERTIFIED, Y124, CW, rollup_mixed_20, 13),
    CASE("roll-up: a failed province-managed agency is not in the denominator (7/10)",
         "124/2021 Art. 5.4, 10.3; N2 default", "C124-CW-04b", PASS, CERTIFIED, Y124, CW,
         rollup_7_of_10_plus_failed_agency_at_level, ANTQ_LEVEL_PROVINCE),
    CASE("roll-up: a failed district-managed agency, not delegated, is not in the denominator (7/10)",
         "124/2021 Art. 5.4, 10.2; N2 default", "C124-CW-04b", PASS, CERTIFIED, Y124, CW,
         rollup_7_of_10_plus_failed_agency_at_level, ANTQ_LEVEL_DISTRICT),
    CASE("roll-up: a failed commune-managed agency is in the denominator (7/11)", "124/2021 Art. 5.4, 10.1; N2 default",
         "C124-CW-04b", FAIL, NOT_CERTIFIED, Y124, CW, rollup_7_of_10_plus_failed_agency_at_level,
         ANTQ_LEVEL_COMMUNE),
    CASE("roll-up: a failed agency delegated to the commune is in the denominator (7/11)",
         "124/2021 Art. 5.4, 10.5; N2 default", "C124-CW-04b", FAIL, NOT_CERTIFIED, Y124, CW,
         rollup_7_of_10_plus_failed_delegated_agency, 0),
    CASE("roll-up: a not-eligible small enterprise is not in the denominator (7/10)",
         "124/2021 Art. 5.4, 1.2.b; N2 default", "C124-CW-04b", PASS, CERTIFIED, Y124, CW,
         rollup_7_of_10_plus_small_enterprise, 0),
    CASE("roll-up: 7 of 10 areas and 3 failed agencies is 7/13 in the combined pool",
         "124/2021 Art. 5.4; N2 default ALL_MANAGED", "C124-CW-04b", FAIL, NOT_CERTIFIED, Y124, CW,
         rollup_7_of_10_areas_3_failed_agencies, 0),
    CASE("roll-up: 7 of 10 areas and 3 failed agencies is 7/10 with the residential-only pool",
         "124/2021 Art. 5.4; N2 option POOL_RESIDENTIAL_ONLY", "C124-CW-04b", PASS, CERTIFIED, Y124, CW,
         rollup_7_of_10_areas_3_failed_agencies_residential_only, 0),
    CASE("roll-up: 6 of 10 areas and 5 certified managed units is 11/15 in the combined pool",
         "124/2021 Art. 5.4; N2 default ALL_MANAGED", "C124-CW-04b", PASS, CERTIFIED, Y124, CW,
         rollup_6_of_10_areas_5_certified_managed, 0),
    CASE("roll-up: 6 of 10 areas and 5 certified managed units is 6/10 with the residential-only pool",
         "124/2021 Art. 5.4; N2 option POOL_RESIDENTIAL_ONLY", "C124-CW-04b", FAIL, NOT_CERTIFIED, Y124, CW,
         rollup_6_of_10_areas_5_certified_managed_residential_only, 0),
    CASE("roll-up: 6 certified, 1 undetermined, 3 not: 70% still reachable, unknown",
         "124/2021 Art. 5.4; N2 default", "C124-CW-04b", UNK, UNDETERMINED, Y124, CW, rollup_one_undetermined, 6),
    CASE("roll-up: 7 certified, 1 undetermined, 2 not: 70% reached whatever it turns out",
         "124/2021 Art. 5.4; N2 default", "C124-CW-04b", PASS, CERTIFIED, Y124, CW, rollup_one_undetermined, 7),
    CASE("roll-up: 5 certified, 1 undetermined, 4 not: 70% out of reach", "124/2021 Art. 5.4; N2 default",
         "C124-CW-04b", FAIL, NOT_CERTIFIED, Y124, CW, rollup_one_undetermined, 5),
};

SPEC_TABLE_DEFINE(spec_table_commune, "spec-commune (124/2021 Art. 5)", cases);
