/* Specification: authority and procedure of Circular 124/2021 (Art. 9.1, 10,
 * 10.5), the provincial extra criteria read from events (Art. 8.1) and the
 * start of the 23/2012 periods (Art. 9.2, option period_start).
 * The procedure checks (C124-AUTH-05, C124-PROC-07) are reported beside the
 * verdict and never change it: their failing cases assert the baseline's
 * verdict (CERTIFIED). Years: 2024 (districts exist), 2026 (two-tier local
 * government from 1/7/2025, R25-02).
 * SPDX-License-Identifier: MIT */
#include "spec.h"

#define Y2T 2026 /* after the two-tier change */

/* ---- setups: Art. 10.5 (C124-AUTH-05, V) */

/* a unit of the case's kind managed at level `arg`, its recognition delegated to the commune
 * (the old boolean: from its managing level to the commune) */
SETUP(managed_at_delegated_to_commune)
{
    f->unit.managing_level = arg;
    f->unit.delegated_to_commune = ANTQ_YES;
}
/* a residential area marked as delegated: residential areas are not delegable */
SETUP(area_delegated) { f->unit.delegated_to_commune = ANTQ_YES; }

/* A provincial decision delegating the recognition of province-managed
 * schools to the districts (one level down before 1/7/2025). */
static const antq_delegation province_to_district_schools[] = {
    {ANTQ_LEVEL_PROVINCE, ANTQ_LEVEL_DISTRICT, ANTQ_KIND_BIT(ANTQ_KIND_EDUCATIONAL_INSTITUTION), 20230510,
     "Quyết định 12/2023/QĐ-UBND", NULL},
};
SETUP(school_under_province_delegation)
{
    f->unit.managing_level = ANTQ_LEVEL_PROVINCE;
    f->opts.delegations = province_to_district_schools;
    f->opts.n_delegations = 1;
}

/* ---- setups: Art. 9.1 and 10 (C124-PROC-07, D: late or wrong body = irregular, verdict unchanged) */

/* decided by the competent body of the baseline, on `arg` */
SETUP(decided_on)
{
    f->ev.decision_date = arg;
    f->ev.decision_body = f->unit.kind == CW ? (YEAR < 2025 ? ANTQ_BODY_DISTRICT_COMMITTEE : ANTQ_BODY_PROVINCE_COMMITTEE)
                                             : ANTQ_BODY_COMMUNE_COMMITTEE;
}
/* decided in time (10 November) by body `arg` */
SETUP(decided_by)
{
    f->ev.decision_date = DAY(YEAR, 11, 10);
    f->ev.decision_body = arg;
}
/* an enterprise managed by the district, delegated to the commune, decided in time by body `arg` */
SETUP(delegated_enterprise_decided_by)
{
    f->unit.managing_level = ANTQ_LEVEL_DISTRICT;
    f->unit.delegated_to_commune = ANTQ_YES;
    f->ev.decision_date = DAY(YEAR, 11, 10);
    f->ev.decision_body = arg;
}
SETUP(decision_date_only) { f->ev.decision_date = DAY(YEAR, 11, 10); }

/* ---- setups: Art. 8.1, extra criteria read from events (D: a commune counts its territory too) */

static const antq_extra_criterion no_fatal_traffic[] = {
    {"P-01", "Không để xảy ra tai nạn giao thông làm chết người.", "No fatal traffic accident.",
     "Quyết định 05/2024/QĐ-UBND", ANTQ_KIND_BIT(RA) | ANTQ_KIND_BIT(CW),
     (int32_t)ANTQ_EVENT_BIT(ANTQ_EVENT_FATAL_TRAFFIC_ACCIDENT)},
};
SETUP(extra_traffic) /* the criterion, and a fatal traffic accident on `arg` (0: none) */
{
    f->opts.extra = no_fatal_traffic;
    f->opts.n_extra = 1;
    if (arg)
        spec_event(e, ANTQ_EVENT_FATAL_TRAFFIC_ACCIDENT, arg);
}
SETUP(extra_traffic_events_not_recorded)
{
    extra_traffic(e, 0);
    f->ev.events_recorded = ANTQ_UNKNOWN;
}
SETUP(extra_traffic_on_territory)
{
    extra_traffic(e, 0);
    spec_territory_event(e, ANTQ_EVENT_FATAL_TRAFFIC_ACCIDENT, DAY(YEAR, 6, 1), "RA-007");
}
SETUP(extra_traffic_answered_met_with_event)
{
    extra_traffic(e, DAY(YEAR, 6, 1));
    f->extra[0].criterion_id = "P-01";
    f->extra[0].met = ANTQ_YES;
    f->ev.extra = f->extra;
    f->ev.n_extra = 1;
}

/* ---- setups: 23/2012 Art. 9.2, period start (D; option period_start) */

/* an anti-State event on the end day of the previous period, 31/10 of Y-1, read with option `arg` */
SETUP(c23_event_on_previous_end)
{
    f->opts.period_start = arg;
    spec_event(e, ANTQ_EVENT_ANTI_STATE, DAY(YEAR - 1, 10, 31));
}

static const spec_case cases[] = {
    /* == Art. 10.5 (C124-AUTH-05): delegation only one level down, only of agencies, enterprises, institutions */
    CASE_FACT("district-managed enterprise delegated to the commune (one level down)", "124/2021 Art. 10.5",
              "C124-AUTH-05", PASS, CERTIFIED, Y124, EN, managed_at_delegated_to_commune, ANTQ_LEVEL_DISTRICT,
              ANTQ_FACT_DELEGATION, PASS),
    CASE("province delegates its schools to the districts (decision of 2023)", "124/2021 Art. 10.5", "C124-AUTH-05",
         PASS, CERTIFIED, Y124, EI, school_under_province_delegation, 0),
    CASE("after 1/7/2025 a province-managed agency delegated to the commune (one level down)",
         "124/2021 Art. 10.5; R25-02", "C124-AUTH-05", PASS, CERTIFIED, Y2T, AG, managed_at_delegated_to_commune,
         ANTQ_LEVEL_PROVINCE),
    CASE_FACT("before 1/7/2025 a province-managed school delegated to the commune (two levels down)",
              "124/2021 Art. 10.5", "C124-AUTH-05", FAIL, CERTIFIED, Y124, EI, managed_at_delegated_to_commune,
              ANTQ_LEVEL_PROVINCE, ANTQ_FACT_DELEGATION, FAIL),
    CASE("a 2023 delegation to the districts applied in 2026: the district level no longer exists",
         "124/2021 Art. 10.5; R25-02", "C124-AUTH-05", FAIL, CERTIFIED, Y2T, EI, school_under_province_delegation, 0),
    CASE("a residential area cannot be delegated", "124/2021 Art. 10.1, 10.5", "C124-AUTH-05", FAIL, CERTIFIED, Y124,
         RA, area_delegated, 0),
    CASE("the Ministry is not a People's Committee: no delegation", "124/2021 Art. 10.4, 10.5", "C124-AUTH-05", FAIL,
         CERTIFIED, Y124, AG, managed_at_delegated_to_commune, ANTQ_LEVEL_MINISTRY),

    /* == Art. 9.1, 10 (C124-PROC-07, D): decision by the competent body before the deadline */
    CASE("residential area decided by the commune committee on 10 November", "124/2021 Art. 9.1.a, 10.1",
         "C124-PROC-07", PASS, CERTIFIED, Y124, RA, decided_on, DAY(Y124, 11, 10)),
    CASE_FACT("residential area decided on 15 November (\"before 15 November\": late)", "124/2021 Art. 9.1.a; D",
              "C124-PROC-07", FAIL, CERTIFIED, Y124, RA, decided_on, DAY(Y124, 11, 15), ANTQ_FACT_DECISION_DATE, FAIL),
    CASE("commune decided by the district committee on 19 November", "124/2021 Art. 9.1.b, 10.2", "C124-PROC-07",
         PASS, CERTIFIED, Y124, CW, decided_on, DAY(Y124, 11, 19)),
    CASE_FACT("commune decided by the provincial committee before 1/7/2025 (not competent)", "124/2021 Art. 10.2",
              "C124-PROC-07", FAIL, CERTIFIED, Y124, CW, decided_by, ANTQ_BODY_PROVINCE_COMMITTEE,
              ANTQ_FACT_DECISION_BODY, FAIL),
    CASE("commune decided by the provincial committee after 1/7/2025 (R25-04, U)", "124/2021 Art. 10.2; R25-04",
         "C124-PROC-07", PASS, CERTIFIED, Y2T, CW, decided_by, ANTQ_BODY_PROVINCE_COMMITTEE),
    CASE("delegated enterprise decided by the commune committee", "124/2021 Art. 10.5", "C124-PROC-07", PASS,
         CERTIFIED, Y124, EN, delegated_enterprise_decided_by, ANTQ_BODY_COMMUNE_COMMITTEE),
    CASE("delegated enterprise decided by the district committee that delegated it", "124/2021 Art. 10.5",
         "C124-PROC-07", FAIL, CERTIFIED, Y124, EN, delegated_enterprise_decided_by, ANTQ_BODY_DISTRICT_COMMITTEE),
    CASE("decision date recorded, issuing body not", "124/2021 Art. 9.1; D", "C124-PROC-07", UNK, CERTIFIED, Y124,
         AG, decision_date_only, 0),

    /* == Art. 8.1 (C124-PER-01): a provincial criterion read from events; unknown stays unknown */
    CASE("no fatal traffic accident in the period", "124/2021 Art. 8.1", "C124-PER-01", PASS, CERTIFIED, Y124, RA,
         extra_traffic, 0),
    CASE_FACT("a fatal traffic accident in the period", "124/2021 Art. 8.1", "C124-PER-01", FAIL, NOT_CERTIFIED, Y124,
              RA, extra_traffic, DAY(Y124, 6, 1), ANTQ_FACT_EXTRA_EVENTS, FAIL),
    CASE("a fatal traffic accident is not a labour accident (Art. 4.4.d unaffected)", "124/2021 Art. 4.4.d",
         "C124-RA-04d", PASS, NOT_CERTIFIED, Y124, RA, extra_traffic, DAY(Y124, 6, 1)),
    CASE("a fatal traffic accident before the period (RA period from 1/11)", "124/2021 Art. 8.1, 8.2.a",
         "C124-PER-01", PASS, CERTIFIED, Y124, RA, extra_traffic, DAY(Y124 - 1, 10, 31)),
    CASE("event list not complete: the criterion is unknown", "124/2021 Art. 8.1", "C124-PER-01", UNK, ANY, Y124, RA,
         extra_traffic_events_not_recorded, 0),
    CASE("a commune: a fatal traffic accident in one of its residential areas (D)", "124/2021 Art. 8.1; D",
         "C124-PER-01", FAIL, NOT_CERTIFIED, Y124, CW, extra_traffic_on_territory, 0),
    CASE("answered \"met\" by hand, but the event is recorded", "124/2021 Art. 8.1", "C124-PER-01", FAIL,
         NOT_CERTIFIED, Y124, RA, extra_traffic_answered_met_with_event, 0),

    /* == 23/2012 Art. 9.2: "31/10 to 31/10" (D; option period_start) */
    CASE("23/2012: 31/10 of the previous year belongs to the previous period (default day_after)",
         "23/2012 Art. 9.2; D default", "C23-RA-02", PASS, ANY, Y23, RA, c23_event_on_previous_end,
         ANTQ_PERIOD_START_DAY_AFTER),
    CASE("23/2012: 31/10 of the previous year opens this period (option same_day)",
         "23/2012 Art. 9.2; D option SAME_DAY", "C23-RA-02", FAIL, NOT_CERTIFIED, Y23, RA, c23_event_on_previous_end,
         ANTQ_PERIOD_START_SAME_DAY),
};

SPEC_TABLE_DEFINE(spec_table_authority, "spec-authority (Art. 8.1 events, 9.1, 10, 10.5; 23/2012 periods)", cases);
