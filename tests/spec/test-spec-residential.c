/* Specification: residential areas (khu dân cư) under Circular 124/2021,
 * Art. 4 (criteria), Art. 8.1 (provincial extra criteria) and Art. 8.2.a
 * (evaluation period 01/11/(Y-1) .. 31/10/Y).
 * Baseline: fixture_residential_area(2024), certified. Year 2024, so the
 * period is 2023-11-01 .. 2024-10-31 and the first quarter 2024-01-01 .. 2024-03-31.
 * SPDX-License-Identifier: MIT */
#include "spec.h"

/* A date in the middle of the period and after Q1, for events that must count. */
#define MID DAY(YEAR, 6, 1)

/* ---- setups */

SETUP(resolution_on) { f->ev.party_resolution_date = arg; }
SETUP(registration_on) { f->ev.registration_date = arg; }
SETUP(resolution_and_registration_on)
{
    f->ev.party_resolution_date = arg;
    f->ev.registration_date = arg;
}
SETUP(resolution_unknown) { f->ev.party_resolution_date = ANTQ_DATE_UNKNOWN; }
SETUP(not_registered) { f->ev.registered = ANTQ_NO; }
SETUP(households_registered) { f->ev.households_registered = arg; }
SETUP(households_registered_unknown) { f->ev.households_registered = ANTQ_COUNT_UNKNOWN; }
SETUP(implements_policy) { f->ev.implements_policy = arg; }

SETUP(event_kind) { spec_event(e, arg, MID); }
SETUP(anti_state_on) { spec_event(e, ANTQ_EVENT_ANTI_STATE, arg); }
SETUP(event_kind_force_majeure) { spec_event(e, arg, MID)->force_majeure = ANTQ_YES; }
SETUP(event_kind_force_majeure_unknown) { spec_event(e, arg, MID)->force_majeure = ANTQ_UNKNOWN; }
SETUP(event_kind_handled_promptly) { spec_event(e, arg, MID)->handled_promptly = ANTQ_YES; }
SETUP(events_not_recorded) { f->ev.events_recorded = ANTQ_UNKNOWN; }

SETUP(crime_of_severity) { spec_crime(e, arg, MID); }
SETUP(serious_crime_on) { spec_crime(e, ANTQ_SEVERITY_SERIOUS, arg); }
SETUP(serious_crime_force_majeure) { spec_crime(e, ANTQ_SEVERITY_SERIOUS, MID)->force_majeure = ANTQ_YES; }
SETUP(serious_crime_handled_promptly) { spec_crime(e, ANTQ_SEVERITY_SERIOUS, MID)->handled_promptly = ANTQ_YES; }
SETUP(serious_crime_force_majeure_unknown)
{
    antq_event *c = spec_crime(e, ANTQ_SEVERITY_SERIOUS, MID);
    c->force_majeure = ANTQ_UNKNOWN;
    c->handled_promptly = ANTQ_NO;
}
SETUP(serious_crime_handled_unknown)
{
    antq_event *c = spec_crime(e, ANTQ_SEVERITY_SERIOUS, MID);
    c->force_majeure = ANTQ_NO;
    c->handled_promptly = ANTQ_UNKNOWN;
}
SETUP(serious_crime_force_majeure_unknown_but_handled)
{
    antq_event *c = spec_crime(e, ANTQ_SEVERITY_SERIOUS, MID);
    c->force_majeure = ANTQ_UNKNOWN;
    c->handled_promptly = ANTQ_YES;
}

/* Art. 4.4.a counts: current and previous year. */
SETUP(crimes_same_as_last_year)
{
    f->ev.crimes = 3;
    f->ev.crimes_prev = 3;
}
SETUP(crimes_up_by_one)
{
    f->ev.crimes = 4;
    f->ev.crimes_prev = 3;
}
SETUP(social_evils_up_by_one)
{
    f->ev.social_evils = 2;
    f->ev.social_evils_prev = 1;
}
SETUP(other_violations_up_by_one)
{
    f->ev.other_violations = 7;
    f->ev.other_violations_prev = 6;
}
SETUP(all_zero_both_years)
{
    f->ev.crimes = f->ev.crimes_prev = 0;
    f->ev.social_evils = f->ev.social_evils_prev = 0;
    f->ev.other_violations = f->ev.other_violations_prev = 0;
}
SETUP(strict_all_zero_both_years)
{
    all_zero_both_years(e, arg);
    f->opts.trend_mode = ANTQ_TREND_STRICTLY_REDUCED;
}
SETUP(strict_all_reduced)
{
    f->opts.trend_mode = ANTQ_TREND_STRICTLY_REDUCED;
    f->ev.crimes = 2;
    f->ev.crimes_prev = 3;
    f->ev.social_evils = 0;
    f->ev.social_evils_prev = 1;
    f->ev.other_violations = 4;
    f->ev.other_violations_prev = 6;
}
SETUP(strict_crimes_same_as_last_year)
{
    strict_all_reduced(e, arg);
    f->ev.crimes = 3;
    f->ev.crimes_prev = 3;
}
SETUP(strict_zero_and_reduced)
{
    strict_all_reduced(e, arg);
    f->ev.crimes = 0;
    f->ev.crimes_prev = 0;
}
SETUP(crimes_prev_unknown) { f->ev.crimes_prev = ANTQ_COUNT_UNKNOWN; }
SETUP(strict_social_evils_prev_unknown)
{
    strict_all_reduced(e, arg);
    f->ev.social_evils_prev = ANTQ_COUNT_UNKNOWN;
}

SETUP(supervision) { f->ev.supervision_effective = arg; }
SETUP(hotspot_force_majeure) { spec_event(e, ANTQ_EVENT_NEW_HOTSPOT, MID)->force_majeure = ANTQ_YES; }

SETUP(grassroots_rating) { f->ev.grassroots_rating = arg; }
SETUP(grassroots_member_disciplined) { spec_discipline(e, ANTQ_ROLE_GRASSROOTS_TEAM, arg, MID); }
SETUP(grassroots_reprimand_on) { spec_discipline(e, ANTQ_ROLE_GRASSROOTS_TEAM, ANTQ_DISCIPLINE_REPRIMAND, arg); }
SETUP(police_officer_reprimanded) { spec_discipline(e, ANTQ_ROLE_COMMUNE_POLICE, ANTQ_DISCIPLINE_REPRIMAND, MID); }
SETUP(disciplines_not_recorded) { f->ev.disciplines_recorded = ANTQ_UNKNOWN; }

/* Art. 8.1: one extra criterion of the province. */
static const antq_extra_criterion extra_ra[] = {
    {"BK-KDC-01", "Khu dân cư có hệ thống camera an ninh hoạt động", "The area has working security cameras",
     "Quyết định của UBND tỉnh (ví dụ)", ANTQ_KIND_BIT(ANTQ_KIND_RESIDENTIAL_AREA), 0},
};
static const antq_extra_criterion extra_enterprises_only[] = {
    {"BK-DN-01", "Doanh nghiệp có lực lượng bảo vệ chuyên trách", "The enterprise has a full-time protection force",
     NULL, ANTQ_KIND_BIT(ANTQ_KIND_ENTERPRISE), 0},
};
SETUP(extra_answered)
{
    f->opts.extra = extra_ra;
    f->opts.n_extra = 1;
    f->extra[0].criterion_id = "BK-KDC-01";
    f->extra[0].met = arg;
    f->ev.n_extra = 1;
}
SETUP(extra_unanswered)
{
    f->opts.extra = extra_ra;
    f->opts.n_extra = 1;
}
SETUP(extra_for_enterprises_only)
{
    f->opts.extra = extra_enterprises_only;
    f->opts.n_extra = 1;
}

/* ---- the table */

static const spec_case cases[] = {
    /* == Art. 4.1 (C124-RA-01a): Party-cell resolution and registration in the first quarter.
     * Q1 = 01/01..31/03 of Y, also for the RA period that starts on 01/11/(Y-1) (N7, D; option: none) */
    CASE("resolution and registration on 1 January (first day of Q1)", "124/2021 Art. 4.1", "C124-RA-01a", PASS,
         CERTIFIED, Y124, RA, resolution_and_registration_on, DAY(2024, 1, 1)),
    CASE("resolution and registration on 31 March (last day of Q1)", "124/2021 Art. 4.1", "C124-RA-01a", PASS,
         CERTIFIED, Y124, RA, resolution_and_registration_on, DAY(2024, 3, 31)),
    CASE("resolution on 1 April (day after Q1)", "124/2021 Art. 4.1", "C124-RA-01a", FAIL, NOT_CERTIFIED, Y124, RA,
         resolution_on, DAY(2024, 4, 1)),
    CASE("registration on 1 April (day after Q1)", "124/2021 Art. 4.1", "C124-RA-01a", FAIL, NOT_CERTIFIED, Y124, RA,
         registration_on, DAY(2024, 4, 1)),
    /* N7 (D): inside the RA period (from 01/11/2023) but not in Q1 of 2024 */
    CASE("resolution on 31 December of Y-1 is not a Q1 resolution (N7)", "124/2021 Art. 4.1", "C124-RA-01a", FAIL,
         NOT_CERTIFIED, Y124, RA, resolution_on, DAY(2023, 12, 31)),
    CASE("registration on 15 November of Y-1 is not a Q1 registration (N7)", "124/2021 Art. 4.1", "C124-RA-01a", FAIL,
         NOT_CERTIFIED, Y124, RA, registration_on, DAY(2023, 11, 15)),
    /* C124-SC-07 (V texts / D verdict): a unit that did not register is not certified */
    CASE("the area did not register", "124/2021 Art. 4.1, 9.2.a", "C124-RA-01a", FAIL, NOT_CERTIFIED, Y124, RA,
         not_registered, 0),
    CASE("resolution date not reported: unknown, never a pass", "124/2021 Art. 4.1", "C124-RA-01a", UNK, UNDETERMINED,
         Y124, RA, resolution_unknown, 0),

    /* == Art. 4.1 (C124-RA-01b): all resident households register (100%) */
    CASE("240 of 240 households registered", "124/2021 Art. 4.1", "C124-RA-01b", PASS, CERTIFIED, Y124, RA,
         households_registered, 240),
    CASE("239 of 240 households registered (one short)", "124/2021 Art. 4.1", "C124-RA-01b", FAIL, NOT_CERTIFIED, Y124,
         RA, households_registered, 239),
    CASE("households registered not reported", "124/2021 Art. 4.1", "C124-RA-01b", UNK, UNDETERMINED, Y124, RA,
         households_registered_unknown, 0),

    /* == Art. 4.2 (C124-RA-02): fully implements policy, law and local rules */
    CASE("implements policy and law", "124/2021 Art. 4.2", "C124-RA-02", PASS, CERTIFIED, Y124, RA, implements_policy,
         ANTQ_YES),
    CASE("does not fully implement policy and law", "124/2021 Art. 4.2", "C124-RA-02", FAIL, NOT_CERTIFIED, Y124, RA,
         implements_policy, ANTQ_NO),
    CASE("implementation of policy not reported", "124/2021 Art. 4.2", "C124-RA-02", UNK, UNDETERMINED, Y124, RA,
         implements_policy, ANTQ_UNKNOWN),

    /* == Art. 4.3 (C124-RA-03): none of the activities a-g; no escape at all (N3) */
    CASE("no event of Art. 4.3 in the period", "124/2021 Art. 4.3", "C124-RA-03", PASS, CERTIFIED, Y124, RA, NULL, 0),
    CASE("point a: activity against the Party or State", "124/2021 Art. 4.3.a", "C124-RA-03", FAIL, NOT_CERTIFIED,
         Y124, RA, event_kind, ANTQ_EVENT_ANTI_STATE),
    CASE("point b: sabotage of key works", "124/2021 Art. 4.3.b", "C124-RA-03", FAIL, NOT_CERTIFIED, Y124, RA,
         event_kind, ANTQ_EVENT_SABOTAGE),
    CASE("point c: unlawful propagation of religion", "124/2021 Art. 4.3.c", "C124-RA-03", FAIL, NOT_CERTIFIED, Y124,
         RA, event_kind, ANTQ_EVENT_UNLAWFUL_RELIGION),
    CASE("point d: exploiting belief, ethnicity or complaints", "124/2021 Art. 4.3.d", "C124-RA-03", FAIL,
         NOT_CERTIFIED, Y124, RA, event_kind, ANTQ_EVENT_EXPLOITING_GRIEVANCES),
    CASE("point đ: separatism, demands for autonomy", "124/2021 Art. 4.3.đ", "C124-RA-03", FAIL, NOT_CERTIFIED, Y124,
         RA, event_kind, ANTQ_EVENT_SEPARATISM),
    CASE("point e: complicated prolonged dispute among the people", "124/2021 Art. 4.3.e", "C124-RA-03", FAIL,
         NOT_CERTIFIED, Y124, RA, event_kind, ANTQ_EVENT_PROLONGED_DISPUTE),
    CASE("point g: inciting crowds to complain or disturb order", "124/2021 Art. 4.3.g", "C124-RA-03", FAIL,
         NOT_CERTIFIED, Y124, RA, event_kind, ANTQ_EVENT_CROWD_INCITEMENT),
    CASE("force majeure does not excuse an Art. 4.3 event (N3)", "124/2021 Art. 4.3; N3", "C124-RA-03", FAIL,
         NOT_CERTIFIED, Y124, RA, event_kind_force_majeure, ANTQ_EVENT_PROLONGED_DISPUTE),
    CASE("prompt handling and report does not excuse an Art. 4.3 event", "124/2021 Art. 4.3", "C124-RA-03", FAIL,
         NOT_CERTIFIED, Y124, RA, event_kind_handled_promptly, ANTQ_EVENT_CROWD_INCITEMENT),
    /* Art. 8.2.a (V) + C124-PER-04 (D; option: none): events outside the period belong to another year */
    CASE("event on 1 November of Y-1 (first day of the RA period) counts", "124/2021 Art. 8.2.a", "C124-RA-03", FAIL,
         NOT_CERTIFIED, Y124, RA, anti_state_on, DAY(2023, 11, 1)),
    CASE("event on 31 October of Y (last day of the RA period) counts", "124/2021 Art. 8.2.a", "C124-RA-03", FAIL,
         NOT_CERTIFIED, Y124, RA, anti_state_on, DAY(2024, 10, 31)),
    CASE("event on 31 October of Y-1 (day before the period) does not count", "124/2021 Art. 8.2.a; PER-04",
         "C124-RA-03", PASS, CERTIFIED, Y124, RA, anti_state_on, DAY(2023, 10, 31)),
    CASE("event on 1 November of Y (day after the period) does not count", "124/2021 Art. 8.2.a; PER-04",
         "C124-RA-03", PASS, CERTIFIED, Y124, RA, anti_state_on, DAY(2024, 11, 1)),
    CASE("list of events not reported complete: unknown, never a pass", "124/2021 Art. 4.3", "C124-RA-03", UNK,
         UNDETERMINED, Y124, RA, events_not_recorded, 0),

    /* == Art. 4.4.a (C124-RA-04a): contained and reduced vs the previous year.
     * N1 (D): default ANTQ_TREND_NOT_INCREASED (each count <= previous year);
     * strict ANTQ_TREND_STRICTLY_REDUCED (each count < previous year, 0 and 0 passes). */
    CASE("default mode: crimes equal to last year pass", "124/2021 Art. 4.4.a; N1 default", "C124-RA-04a", PASS,
         CERTIFIED, Y124, RA, crimes_same_as_last_year, 0),
    CASE("default mode: crimes up by one fail", "124/2021 Art. 4.4.a; N1 default", "C124-RA-04a", FAIL, NOT_CERTIFIED,
         Y124, RA, crimes_up_by_one, 0),
    CASE("default mode: social-evil cases up by one fail", "124/2021 Art. 4.4.a; N1 default", "C124-RA-04a", FAIL,
         NOT_CERTIFIED, Y124, RA, social_evils_up_by_one, 0),
    CASE("default mode: other violations up by one fail", "124/2021 Art. 4.4.a; N1 default", "C124-RA-04a", FAIL,
         NOT_CERTIFIED, Y124, RA, other_violations_up_by_one, 0),
    CASE("default mode: 0 and 0 in every category passes", "124/2021 Art. 4.4.a; N1 default", "C124-RA-04a", PASS,
         CERTIFIED, Y124, RA, all_zero_both_years, 0),
    CASE("strict mode: every category reduced passes", "124/2021 Art. 4.4.a; N1 option STRICTLY_REDUCED",
         "C124-RA-04a", PASS, CERTIFIED, Y124, RA, strict_all_reduced, 0),
    CASE("strict mode: crimes equal to last year fail", "124/2021 Art. 4.4.a; N1 option STRICTLY_REDUCED",
         "C124-RA-04a", FAIL, NOT_CERTIFIED, Y124, RA, strict_crimes_same_as_last_year, 0),
    CASE("strict mode: 0 and 0 in every category passes", "124/2021 Art. 4.4.a; N1 option STRICTLY_REDUCED",
         "C124-RA-04a", PASS, CERTIFIED, Y124, RA, strict_all_zero_both_years, 0),
    CASE("strict mode: 0 and 0 crimes, other categories reduced, passes",
         "124/2021 Art. 4.4.a; N1 option STRICTLY_REDUCED", "C124-RA-04a", PASS, CERTIFIED, Y124, RA,
         strict_zero_and_reduced, 0),
    /* N8 (D): previous-year data missing gives unknown, in both modes */
    CASE("default mode: previous-year crimes missing is unknown (N8)", "124/2021 Art. 4.4.a; N8; N1 default",
         "C124-RA-04a", UNK, UNDETERMINED, Y124, RA, crimes_prev_unknown, 0),
    CASE("strict mode: previous-year social evils missing is unknown (N8)",
         "124/2021 Art. 4.4.a; N8; N1 option STRICTLY_REDUCED", "C124-RA-04a", UNK, UNDETERMINED, Y124, RA,
         strict_social_evils_prev_unknown, 0),

    /* == Art. 4.4.b (C124-RA-04b): no crime of serious class or above, except force majeure,
     * or promptly detected, contained and reported at once */
    CASE("a less-serious crime does not trigger Art. 4.4.b", "124/2021 Art. 4.4.b", "C124-RA-04b", PASS, CERTIFIED,
         Y124, RA, crime_of_severity, ANTQ_SEVERITY_LESS_SERIOUS),
    CASE("a serious crime, no excuse", "124/2021 Art. 4.4.b", "C124-RA-04b", FAIL, NOT_CERTIFIED, Y124, RA,
         crime_of_severity, ANTQ_SEVERITY_SERIOUS),
    CASE("a very serious crime, no excuse", "124/2021 Art. 4.4.b", "C124-RA-04b", FAIL, NOT_CERTIFIED, Y124, RA,
         crime_of_severity, ANTQ_SEVERITY_VERY_SERIOUS),
    CASE("a particularly serious crime, no excuse", "124/2021 Art. 4.4.b", "C124-RA-04b", FAIL, NOT_CERTIFIED, Y124,
         RA, crime_of_severity, ANTQ_SEVERITY_PARTICULARLY_SERIOUS),
    CASE("a serious crime caused by force majeure is excused", "124/2021 Art. 4.4.b; N3", "C124-RA-04b", PASS,
         CERTIFIED, Y124, RA, serious_crime_force_majeure, 0),
    CASE("a serious crime promptly detected, contained and reported is excused", "124/2021 Art. 4.4.b",
         "C124-RA-04b", PASS, CERTIFIED, Y124, RA, serious_crime_handled_promptly, 0),
    CASE("crime of unknown severity: unknown, not pass", "124/2021 Art. 4.4.b", "C124-RA-04b", UNK, UNDETERMINED,
         Y124, RA, crime_of_severity, ANTQ_SEVERITY_UNKNOWN),
    CASE("serious crime, force majeure not reported, not handled promptly: unknown", "124/2021 Art. 4.4.b",
         "C124-RA-04b", UNK, UNDETERMINED, Y124, RA, serious_crime_force_majeure_unknown, 0),
    CASE("serious crime, no force majeure, prompt handling not reported: unknown", "124/2021 Art. 4.4.b",
         "C124-RA-04b", UNK, UNDETERMINED, Y124, RA, serious_crime_handled_unknown, 0),
    CASE("serious crime, force majeure unknown but handled promptly: excused", "124/2021 Art. 4.4.b", "C124-RA-04b",
         PASS, CERTIFIED, Y124, RA, serious_crime_force_majeure_unknown_but_handled, 0),
    CASE("serious crime on 1 November of Y-1 counts", "124/2021 Art. 4.4.b, 8.2.a", "C124-RA-04b", FAIL,
         NOT_CERTIFIED, Y124, RA, serious_crime_on, DAY(2023, 11, 1)),
    CASE("serious crime on 31 October of Y-1 does not count", "124/2021 Art. 4.4.b, 8.2.a; PER-04", "C124-RA-04b",
         PASS, CERTIFIED, Y124, RA, serious_crime_on, DAY(2023, 10, 31)),

    /* == Art. 4.4.c (C124-RA-04c): no new hotspot, no new person with social evils, effective supervision */
    CASE("no new hotspot or person, supervision effective", "124/2021 Art. 4.4.c", "C124-RA-04c", PASS, CERTIFIED,
         Y124, RA, supervision, ANTQ_YES),
    CASE("a new complex social-order hotspot", "124/2021 Art. 4.4.c", "C124-RA-04c", FAIL, NOT_CERTIFIED, Y124, RA,
         event_kind, ANTQ_EVENT_NEW_HOTSPOT),
    CASE("a new person engaged in social evils", "124/2021 Art. 4.4.c", "C124-RA-04c", FAIL, NOT_CERTIFIED, Y124, RA,
         event_kind, ANTQ_EVENT_NEW_SOCIAL_EVIL_PERSON),
    CASE("supervision of managed persons not effective", "124/2021 Art. 4.4.c", "C124-RA-04c", FAIL, NOT_CERTIFIED,
         Y124, RA, supervision, ANTQ_NO),
    CASE("effectiveness of supervision not reported", "124/2021 Art. 4.4.c", "C124-RA-04c", UNK, UNDETERMINED, Y124,
         RA, supervision, ANTQ_UNKNOWN),
    CASE("force majeure does not excuse a new hotspot (N3)", "124/2021 Art. 4.4.c; N3", "C124-RA-04c", FAIL,
         NOT_CERTIFIED, Y124, RA, hotspot_force_majeure, 0),

    /* == Art. 4.4.d (C124-RA-04d): no serious fire/explosion, fatal labour accident, serious incident,
     * except force majeure; no prompt-report escape */
    CASE("a serious fire or explosion", "124/2021 Art. 4.4.d", "C124-RA-04d", FAIL, NOT_CERTIFIED, Y124, RA,
         event_kind, ANTQ_EVENT_SERIOUS_FIRE_EXPLOSION),
    CASE("a fatal labour accident", "124/2021 Art. 4.4.d", "C124-RA-04d", FAIL, NOT_CERTIFIED, Y124, RA, event_kind,
         ANTQ_EVENT_FATAL_LABOUR_ACCIDENT),
    CASE("a serious incident", "124/2021 Art. 4.4.d", "C124-RA-04d", FAIL, NOT_CERTIFIED, Y124, RA, event_kind,
         ANTQ_EVENT_SERIOUS_INCIDENT),
    CASE("a serious fire caused by force majeure is excused", "124/2021 Art. 4.4.d; N3", "C124-RA-04d", PASS,
         CERTIFIED, Y124, RA, event_kind_force_majeure, ANTQ_EVENT_SERIOUS_FIRE_EXPLOSION),
    CASE("a fatal labour accident caused by force majeure is excused", "124/2021 Art. 4.4.d; N3", "C124-RA-04d", PASS,
         CERTIFIED, Y124, RA, event_kind_force_majeure, ANTQ_EVENT_FATAL_LABOUR_ACCIDENT),
    CASE("a serious fire handled and reported promptly is not excused (escape is for serious crime only)",
         "124/2021 Art. 4.4.d", "C124-RA-04d", FAIL, NOT_CERTIFIED, Y124, RA, event_kind_handled_promptly,
         ANTQ_EVENT_SERIOUS_FIRE_EXPLOSION),
    CASE("a serious incident, force majeure not reported: unknown, not pass", "124/2021 Art. 4.4.d", "C124-RA-04d",
         UNK, UNDETERMINED, Y124, RA, event_kind_force_majeure_unknown, ANTQ_EVENT_SERIOUS_INCIDENT),

    /* == Art. 4.5 (C124-RA-05): grassroots force rated >= "completed tasks", nobody disciplined (any form) */
    CASE("team rated 'completed tasks' (the bar itself)", "124/2021 Art. 4.5", "C124-RA-05", PASS, CERTIFIED, Y124,
         RA, grassroots_rating, ANTQ_RATING_COMPLETED),
    CASE("team rated 'excellent'", "124/2021 Art. 4.5", "C124-RA-05", PASS, CERTIFIED, Y124, RA, grassroots_rating,
         ANTQ_RATING_EXCELLENT),
    CASE("team rated 'not completed'", "124/2021 Art. 4.5", "C124-RA-05", FAIL, NOT_CERTIFIED, Y124, RA,
         grassroots_rating, ANTQ_RATING_NOT_COMPLETED),
    CASE("team rating not reported", "124/2021 Art. 4.5", "C124-RA-05", UNK, UNDETERMINED, Y124, RA, grassroots_rating,
         ANTQ_RATING_UNKNOWN),
    CASE("a team member reprimanded fails (any discipline, N4)", "124/2021 Art. 4.5; N4", "C124-RA-05", FAIL,
         NOT_CERTIFIED, Y124, RA, grassroots_member_disciplined, ANTQ_DISCIPLINE_REPRIMAND),
    CASE("a team member warned fails", "124/2021 Art. 4.5; N4", "C124-RA-05", FAIL, NOT_CERTIFIED, Y124, RA,
         grassroots_member_disciplined, ANTQ_DISCIPLINE_WARNING),
    CASE("a reprimanded commune police officer is not a team member", "124/2021 Art. 4.5", "C124-RA-05", PASS,
         CERTIFIED, Y124, RA, police_officer_reprimanded, 0),
    CASE("discipline records not reported complete: unknown", "124/2021 Art. 4.5", "C124-RA-05", UNK, UNDETERMINED,
         Y124, RA, disciplines_not_recorded, 0),
    /* PER-04 (D; option: none) applied to discipline decisions: dated in the period */
    CASE("reprimand on 1 November of Y-1 (first day) counts", "124/2021 Art. 4.5, 8.2.a", "C124-RA-05", FAIL,
         NOT_CERTIFIED, Y124, RA, grassroots_reprimand_on, DAY(2023, 11, 1)),
    CASE("reprimand on 31 October of Y-1 belongs to the previous year", "124/2021 Art. 4.5, 8.2.a; PER-04 (D)",
         "C124-RA-05", PASS, CERTIFIED, Y124, RA, grassroots_reprimand_on, DAY(2023, 10, 31)),

    /* == Art. 8.1 (C124-PER-01): provincial extra criteria */
    CASE("extra criterion of the province met", "124/2021 Art. 8.1", "C124-PER-01", PASS, CERTIFIED, Y124, RA,
         extra_answered, ANTQ_YES),
    CASE("extra criterion of the province not met", "124/2021 Art. 8.1", "C124-PER-01", FAIL, NOT_CERTIFIED, Y124, RA,
         extra_answered, ANTQ_NO),
    CASE("extra criterion of the province unanswered: unknown", "124/2021 Art. 8.1", "C124-PER-01", UNK, UNDETERMINED,
         Y124, RA, extra_unanswered, 0),
    CASE("no extra criterion set by the province", "124/2021 Art. 8.1", "C124-PER-01", N_A, CERTIFIED, Y124, RA, NULL,
         0),
    CASE("extra criterion set for enterprises only does not apply to an area", "124/2021 Art. 8.1", "C124-PER-01",
         N_A, CERTIFIED, Y124, RA, extra_for_enterprises_only, 0),
};

SPEC_TABLE_DEFINE(spec_table_residential, "spec-residential (124/2021 Art. 4)", cases);
