/* Specification: agencies (cơ quan) and enterprises (doanh nghiệp) under
 * Circular 124/2021: scope Art. 1.2.b, criteria Art. 6, period Art. 8.2.b
 * (16/11/(Y-1) .. 15/11/Y).
 * Baselines: fixture_agency(2024) and fixture_enterprise(2024) (a medium
 * enterprise), both certified: Party organisation, protection force rated
 * "completed tasks well", 7 of 10 subordinate units qualified, 50 of 50 staff
 * briefed, all six rule topics, one effective model.
 * SPDX-License-Identifier: MIT */
#include "spec.h"

#define MID DAY(YEAR, 6, 1)

/* ---- setups: scope (Art. 1.2.b) */

SETUP(armed_forces) { f->unit.armed_forces = arg; }
SETUP(armed_forces_and_staff_not_briefed)
{
    f->unit.armed_forces = ANTQ_YES;
    f->ev.staff_briefed = 49;
}
SETUP(enterprise_size) { f->unit.enterprise_size = arg; }

/* ---- setups: Art. 6.1 */

SETUP(resolution_on) { f->ev.party_resolution_date = arg; }
SETUP(resolution_unknown) { f->ev.party_resolution_date = ANTQ_DATE_UNKNOWN; }
SETUP(no_party_org)
{
    f->unit.has_party_org = ANTQ_NO;
    f->ev.party_resolution_date = ANTQ_DATE_UNKNOWN; /* no resolution at all: none is required */
}
SETUP(party_org_unknown) { f->unit.has_party_org = ANTQ_UNKNOWN; }
SETUP(plan_on) { f->ev.plan_date = arg; }
SETUP(registration_on) { f->ev.registration_date = arg; }
SETUP(plan_and_registration_on)
{
    f->ev.plan_date = arg;
    f->ev.registration_date = arg;
}
SETUP(not_registered) { f->ev.registered = ANTQ_NO; }
SETUP(topic_missing) { f->ev.rule_topics &= ~arg; }
SETUP(topics_unknown) { f->ev.rule_topics = -1; }
SETUP(staff_briefed) { f->ev.staff_briefed = arg; }
SETUP(effective_models) { f->ev.effective_models = arg; }

/* ---- setups: Art. 6.2, 6.3 */

SETUP(implements_policy) { f->ev.implements_policy = arg; }
SETUP(event_kind) { spec_event(e, arg, MID); }
SETUP(anti_order_event_on) { spec_event(e, ANTQ_EVENT_CROWD_INCITEMENT, arg); }
SETUP(event_kind_force_majeure) { spec_event(e, arg, MID)->force_majeure = ANTQ_YES; }
SETUP(event_kind_force_majeure_unknown) { spec_event(e, arg, MID)->force_majeure = ANTQ_UNKNOWN; }
SETUP(event_kind_handled_promptly) { spec_event(e, arg, MID)->handled_promptly = ANTQ_YES; }
SETUP(crime_of_severity) { spec_crime(e, arg, MID); }
SETUP(serious_crime_force_majeure) { spec_crime(e, ANTQ_SEVERITY_SERIOUS, MID)->force_majeure = ANTQ_YES; }
SETUP(serious_crime_handled_promptly)
{
    spec_crime(e, ANTQ_SEVERITY_PARTICULARLY_SERIOUS, MID)->handled_promptly = ANTQ_YES;
}
SETUP(serious_crime_force_majeure_unknown)
{
    antq_event *c = spec_crime(e, ANTQ_SEVERITY_SERIOUS, MID);
    c->force_majeure = ANTQ_UNKNOWN;
    c->handled_promptly = ANTQ_NO;
}
SETUP(staff_social_evil_disciplined) { spec_event(e, ANTQ_EVENT_STAFF_SOCIAL_EVIL, MID)->discipline = arg; }
SETUP(staff_social_evil_deferral_not_warning)
{
    spec_event(e, ANTQ_EVENT_STAFF_SOCIAL_EVIL, MID)->discipline = ANTQ_DISCIPLINE_PAY_RISE_DEFERRAL;
    f->opts.deferral_is_warning = 0;
}
SETUP(events_not_recorded) { f->ev.events_recorded = ANTQ_UNKNOWN; }

/* ---- setups: Art. 6.4 (protection force) and 6.5 (subordinate units) */

SETUP(protection_rating) { f->ev.protection_rating = arg; }
SETUP(protection_rating_with_title)
{
    f->ev.protection_rating = arg;
    f->ev.protection_advanced_title = ANTQ_YES;
}
SETUP(protection_standing_unknown)
{
    f->ev.protection_rating = ANTQ_RATING_UNKNOWN;
    f->ev.protection_advanced_title = ANTQ_UNKNOWN;
}
SETUP(protection_member_disciplined) { spec_discipline(e, ANTQ_ROLE_PROTECTION_FORCE, arg, MID); }
SETUP(protection_member_deferral_not_warning)
{
    spec_discipline(e, ANTQ_ROLE_PROTECTION_FORCE, ANTQ_DISCIPLINE_PAY_RISE_DEFERRAL, MID);
    f->opts.deferral_is_warning = 0;
}
SETUP(not_eligible_force_not_completed)
{
    f->unit.emulation_eligible = ANTQ_NO;
    f->ev.protection_rating = ANTQ_RATING_NOT_COMPLETED;
}
SETUP(not_eligible_force_not_completed_fails_option)
{
    not_eligible_force_not_completed(e, arg);
    f->opts.emulation_mode = ANTQ_EMULATION_INELIGIBLE_FAILS;
}
SETUP(not_eligible_member_warned)
{
    f->unit.emulation_eligible = ANTQ_NO;
    spec_discipline(e, ANTQ_ROLE_PROTECTION_FORCE, ANTQ_DISCIPLINE_WARNING, MID);
}
SETUP(no_protection_force) { f->unit.has_protection_force = ANTQ_NO; }
SETUP(no_protection_force_not_required)
{
    f->unit.has_protection_force = ANTQ_NO;
    f->opts.protection_force_required = 0;
}
SETUP(protection_force_unknown) { f->unit.has_protection_force = ANTQ_UNKNOWN; }

SETUP(subunits_qualified) { f->ev.subunits_qualified = arg; }
SETUP(subunit_member_disciplined) { spec_discipline(e, ANTQ_ROLE_SUBUNIT, arg, MID); }
SETUP(subunit_member_deferral_not_warning)
{
    spec_discipline(e, ANTQ_ROLE_SUBUNIT, ANTQ_DISCIPLINE_PAY_RISE_DEFERRAL, MID);
    f->opts.deferral_is_warning = 0;
}
SETUP(not_eligible_no_subunit_qualified)
{
    f->unit.emulation_eligible = ANTQ_NO;
    f->ev.subunits_qualified = 0;
}
SETUP(not_eligible_no_subunit_qualified_fails_option)
{
    not_eligible_no_subunit_qualified(e, arg);
    f->opts.emulation_mode = ANTQ_EMULATION_INELIGIBLE_FAILS;
}

/* ---- Art. 8.1 */

static const antq_extra_criterion extra_enterprises[] = {
    {"BK-DN-01", "Doanh nghiệp có lực lượng bảo vệ chuyên trách", "The enterprise has a full-time protection force",
     "Quyết định của UBND tỉnh (ví dụ)", ANTQ_KIND_BIT(ANTQ_KIND_ENTERPRISE), 0},
};
SETUP(extra_answered)
{
    f->opts.extra = extra_enterprises;
    f->opts.n_extra = 1;
    f->extra[0].criterion_id = "BK-DN-01";
    f->extra[0].met = arg;
    f->ev.n_extra = 1;
}
SETUP(extra_unanswered)
{
    f->opts.extra = extra_enterprises;
    f->opts.n_extra = 1;
}

/* ---- the table */

static const spec_case cases[] = {
    /* == Art. 1.2.b (C124-SC-03): armed-forces agencies are outside the scope (EXCL: excluded, not failed) */
    CASE("a civilian agency is in scope", "124/2021 Art. 1.2.b", "C124-SC-03", PASS, CERTIFIED, Y124, AG,
         armed_forces, ANTQ_NO),
    CASE("an agency of the armed forces is not eligible", "124/2021 Art. 1.2.b", "C124-SC-03", EXCL, NOT_ELIGIBLE,
         Y124, AG, armed_forces, ANTQ_YES),
    CASE("an armed-forces agency is not eligible whatever else fails", "124/2021 Art. 1.2.b", "C124-SC-03", EXCL,
         NOT_ELIGIBLE, Y124, AG, armed_forces_and_staff_not_briefed, 0),
    /* missing evidence never passes (D: the unknown answer of a scope rule; option: none) */
    CASE("whether the agency belongs to the armed forces is not reported", "124/2021 Art. 1.2.b", "C124-SC-03", UNK,
         UNDETERMINED, Y124, AG, armed_forces, ANTQ_UNKNOWN),

    /* == Art. 1.2.b (C124-SC-04): small and micro enterprises are outside the scope
     * (size class from the SME law: D, option: none) */
    CASE("a micro enterprise is not eligible", "124/2021 Art. 1.2.b", "C124-SC-04", EXCL, NOT_ELIGIBLE, Y124, EN,
         enterprise_size, ANTQ_SIZE_MICRO),
    CASE("a small enterprise is not eligible", "124/2021 Art. 1.2.b", "C124-SC-04", EXCL, NOT_ELIGIBLE, Y124, EN,
         enterprise_size, ANTQ_SIZE_SMALL),
    CASE("a medium enterprise stays in scope", "124/2021 Art. 1.2.b", "C124-SC-04", PASS, CERTIFIED, Y124, EN,
         enterprise_size, ANTQ_SIZE_MEDIUM),
    CASE("a large enterprise stays in scope", "124/2021 Art. 1.2.b", "C124-SC-04", PASS, CERTIFIED, Y124, EN,
         enterprise_size, ANTQ_SIZE_LARGE),
    CASE("size class not reported", "124/2021 Art. 1.2.b", "C124-SC-04", UNK, UNDETERMINED, Y124, EN, enterprise_size,
         ANTQ_SIZE_UNKNOWN),

    /* == Art. 6.1 (C124-AE-01a): Q1 Party resolution, only where a Party organisation exists (N7, D; option: none) */
    CASE("resolution on 31 March", "124/2021 Art. 6.1", "C124-AE-01a", PASS, CERTIFIED, Y124, AG, resolution_on,
         DAY(2024, 3, 31)),
    CASE("resolution on 1 January", "124/2021 Art. 6.1", "C124-AE-01a", PASS, CERTIFIED, Y124, EN, resolution_on,
         DAY(2024, 1, 1)),
    CASE("resolution on 1 April", "124/2021 Art. 6.1", "C124-AE-01a", FAIL, NOT_CERTIFIED, Y124, AG, resolution_on,
         DAY(2024, 4, 1)),
    CASE("resolution on 31 December of Y-1 (inside the period, not Q1, N7)", "124/2021 Art. 6.1; N7", "C124-AE-01a",
         FAIL, NOT_CERTIFIED, Y124, EN, resolution_on, DAY(2023, 12, 31)),
    CASE("no Party organisation: no resolution required", "124/2021 Art. 6.1", "C124-AE-01a", N_A, CERTIFIED, Y124,
         EN, no_party_org, 0),
    CASE("Party organisation exists, resolution date not reported", "124/2021 Art. 6.1", "C124-AE-01a", UNK,
         UNDETERMINED, Y124, AG, resolution_unknown, 0),
    CASE("whether a Party organisation exists is not reported", "124/2021 Art. 6.1", "C124-AE-01a", UNK,
         UNDETERMINED, Y124, AG, party_org_unknown, 0),

    /* == Art. 6.1 (C124-AE-01b): plan and registration in Q1 */
    CASE("plan and registration on 31 March", "124/2021 Art. 6.1", "C124-AE-01b", PASS, CERTIFIED, Y124, AG,
         plan_and_registration_on, DAY(2024, 3, 31)),
    CASE("plan on 1 April", "124/2021 Art. 6.1", "C124-AE-01b", FAIL, NOT_CERTIFIED, Y124, AG, plan_on,
         DAY(2024, 4, 1)),
    CASE("registration on 1 April", "124/2021 Art. 6.1", "C124-AE-01b", FAIL, NOT_CERTIFIED, Y124, EN,
         registration_on, DAY(2024, 4, 1)),
    CASE("plan on 20 December of Y-1 (N7)", "124/2021 Art. 6.1; N7", "C124-AE-01b", FAIL, NOT_CERTIFIED, Y124, AG,
         plan_on, DAY(2023, 12, 20)),
    CASE("the agency did not register", "124/2021 Art. 6.1, 9.2.a", "C124-AE-01b", FAIL, NOT_CERTIFIED, Y124, AG,
         not_registered, 0),

    /* == Art. 6.1 (C124-AE-01c): internal rules on six topics */
    CASE("rules on all six topics", "124/2021 Art. 6.1", "C124-AE-01c", PASS, CERTIFIED, Y124, AG, topic_missing, 0),
    CASE("no rules on unit protection", "124/2021 Art. 6.1", "C124-AE-01c", FAIL, NOT_CERTIFIED, Y124, AG,
         topic_missing, ANTQ_TOPIC_UNIT_PROTECTION),
    CASE("no rules on State secrets", "124/2021 Art. 6.1", "C124-AE-01c", FAIL, NOT_CERTIFIED, Y124, AG, topic_missing,
         ANTQ_TOPIC_STATE_SECRETS),
    CASE("no rules on internal political protection", "124/2021 Art. 6.1", "C124-AE-01c", FAIL, NOT_CERTIFIED, Y124,
         AG, topic_missing, ANTQ_TOPIC_INTERNAL_POLITICS),
    CASE("no rules on labour safety", "124/2021 Art. 6.1", "C124-AE-01c", FAIL, NOT_CERTIFIED, Y124, EN,
         topic_missing, ANTQ_TOPIC_LABOUR_SAFETY),
    CASE("no rules on fire and explosion prevention", "124/2021 Art. 6.1", "C124-AE-01c", FAIL, NOT_CERTIFIED, Y124,
         EN, topic_missing, ANTQ_TOPIC_FIRE_PREVENTION),
    CASE("no rules on environmental protection", "124/2021 Art. 6.1", "C124-AE-01c", FAIL, NOT_CERTIFIED, Y124, EN,
         topic_missing, ANTQ_TOPIC_ENVIRONMENT),
    CASE("no rules on learner management: not a topic of Art. 6.1", "124/2021 Art. 6.1", "C124-AE-01c", PASS,
         CERTIFIED, Y124, AG, topic_missing, ANTQ_TOPIC_LEARNER_MANAGEMENT),
    CASE("rule topics not reported", "124/2021 Art. 6.1", "C124-AE-01c", UNK, UNDETERMINED, Y124, AG, topics_unknown,
         0),

    /* == Art. 6.1 (C124-AE-01d): 100% of staff briefed */
    CASE("50 of 50 staff briefed", "124/2021 Art. 6.1", "C124-AE-01d", PASS, CERTIFIED, Y124, AG, staff_briefed, 50),
    CASE("49 of 50 staff briefed (one short)", "124/2021 Art. 6.1", "C124-AE-01d", FAIL, NOT_CERTIFIED, Y124, AG,
         staff_briefed, 49),
    CASE("49 of 50 workers briefed in an enterprise", "124/2021 Art. 6.1", "C124-AE-01d", FAIL, NOT_CERTIFIED, Y124,
         EN, staff_briefed, 49),
    CASE("staff briefed not reported", "124/2021 Art. 6.1", "C124-AE-01d", UNK, UNDETERMINED, Y124, AG, staff_briefed,
         ANTQ_COUNT_UNKNOWN),

    /* == Art. 6.1 (C124-AE-01e): at least one effective movement model */
    CASE("one effective model", "124/2021 Art. 6.1", "C124-AE-01e", PASS, CERTIFIED, Y124, AG, effective_models, 1),
    CASE("no effective model", "124/2021 Art. 6.1", "C124-AE-01e", FAIL, NOT_CERTIFIED, Y124, EN, effective_models,
         0),

    /* == Art. 6.2 (C124-AE-02): implements policy, law, police coordination and local rules */
    CASE("implements policy", "124/2021 Art. 6.2", "C124-AE-02", PASS, CERTIFIED, Y124, AG, implements_policy,
         ANTQ_YES),
    CASE("does not fully implement policy", "124/2021 Art. 6.2", "C124-AE-02", FAIL, NOT_CERTIFIED, Y124, EN,
         implements_policy, ANTQ_NO),
    CASE("implementation not reported", "124/2021 Art. 6.2", "C124-AE-02", UNK, UNDETERMINED, Y124, AG,
         implements_policy, ANTQ_UNKNOWN),

    /* == Art. 6.3 (C124-AE-03): none of the events a-h */
    CASE("no event of Art. 6.3", "124/2021 Art. 6.3", "C124-AE-03", PASS, CERTIFIED, Y124, AG, NULL, 0),
    CASE("point a: unlawful propagation of religion", "124/2021 Art. 6.3.a", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124,
         AG, event_kind, ANTQ_EVENT_UNLAWFUL_RELIGION),
    CASE("point b: exploiting belief, ethnicity or complaints", "124/2021 Art. 6.3.b", "C124-AE-03", FAIL,
         NOT_CERTIFIED, Y124, AG, event_kind, ANTQ_EVENT_EXPLOITING_GRIEVANCES),
    CASE("point c: inciting crowds", "124/2021 Art. 6.3.c", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124, AG, event_kind,
         ANTQ_EVENT_CROWD_INCITEMENT),
    CASE("point d: unlawful strike", "124/2021 Art. 6.3.d", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124, EN, event_kind,
         ANTQ_EVENT_UNLAWFUL_STRIKE),
    CASE("point đ: a serious crime, no excuse", "124/2021 Art. 6.3.đ", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124, AG,
         crime_of_severity, ANTQ_SEVERITY_SERIOUS),
    CASE("point đ: a very serious crime, no excuse", "124/2021 Art. 6.3.đ", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124,
         EN, crime_of_severity, ANTQ_SEVERITY_VERY_SERIOUS),
    CASE("point đ: a less-serious crime does not trigger it", "124/2021 Art. 6.3.đ", "C124-AE-03", PASS, CERTIFIED,
         Y124, AG, crime_of_severity, ANTQ_SEVERITY_LESS_SERIOUS),
    CASE("point đ: a serious crime by force majeure is excused", "124/2021 Art. 6.3.đ; N3", "C124-AE-03", PASS,
         CERTIFIED, Y124, AG, serious_crime_force_majeure, 0),
    CASE("point đ: a serious crime promptly detected, contained, reported is excused", "124/2021 Art. 6.3.đ",
         "C124-AE-03", PASS, CERTIFIED, Y124, EN, serious_crime_handled_promptly, 0),
    CASE("point đ: crime of unknown severity is unknown", "124/2021 Art. 6.3.đ", "C124-AE-03", UNK, UNDETERMINED,
         Y124, AG, crime_of_severity, ANTQ_SEVERITY_UNKNOWN),
    CASE("point đ: serious crime, force majeure not reported, not handled promptly: unknown", "124/2021 Art. 6.3.đ",
         "C124-AE-03", UNK, UNDETERMINED, Y124, AG, serious_crime_force_majeure_unknown, 0),
    CASE("point e: breach of State-secret rules", "124/2021 Art. 6.3.e", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124, AG,
         event_kind, ANTQ_EVENT_STATE_SECRET_BREACH),
    CASE("point g: serious fire or explosion", "124/2021 Art. 6.3.g", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124, EN,
         event_kind, ANTQ_EVENT_SERIOUS_FIRE_EXPLOSION),
    CASE("point g: fatal labour accident", "124/2021 Art. 6.3.g", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124, EN,
         event_kind, ANTQ_EVENT_FATAL_LABOUR_ACCIDENT),
    CASE("point g: serious incident", "124/2021 Art. 6.3.g", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124, AG, event_kind,
         ANTQ_EVENT_SERIOUS_INCIDENT),
    CASE("point g: serious environment or food-safety violation", "124/2021 Art. 6.3.g", "C124-AE-03", FAIL,
         NOT_CERTIFIED, Y124, EN, event_kind, ANTQ_EVENT_ENV_FOOD_VIOLATION),
    CASE("point g: a serious fire by force majeure is excused", "124/2021 Art. 6.3.g; N3", "C124-AE-03", PASS,
         CERTIFIED, Y124, EN, event_kind_force_majeure, ANTQ_EVENT_SERIOUS_FIRE_EXPLOSION),
    CASE("point g: an environment violation by force majeure is excused", "124/2021 Art. 6.3.g; N3", "C124-AE-03",
         PASS, CERTIFIED, Y124, EN, event_kind_force_majeure, ANTQ_EVENT_ENV_FOOD_VIOLATION),
    CASE("point g: fatal labour accident, force majeure not reported: unknown", "124/2021 Art. 6.3.g", "C124-AE-03",
         UNK, UNDETERMINED, Y124, EN, event_kind_force_majeure_unknown, ANTQ_EVENT_FATAL_LABOUR_ACCIDENT),
    CASE("point g: a fatal labour accident reported promptly is not excused (serious crime only)",
         "124/2021 Art. 6.3.g", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124, EN, event_kind_handled_promptly,
         ANTQ_EVENT_FATAL_LABOUR_ACCIDENT),
    /* N3: force majeure never excuses points a-e (except đ) or h */
    CASE("force majeure does not excuse point a", "124/2021 Art. 6.3.a; N3", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124,
         AG, event_kind_force_majeure, ANTQ_EVENT_UNLAWFUL_RELIGION),
    CASE("force majeure does not excuse point c", "124/2021 Art. 6.3.c; N3", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124,
         AG, event_kind_force_majeure, ANTQ_EVENT_CROWD_INCITEMENT),
    CASE("force majeure does not excuse point d", "124/2021 Art. 6.3.d; N3", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124,
         EN, event_kind_force_majeure, ANTQ_EVENT_UNLAWFUL_STRIKE),
    CASE("force majeure does not excuse point e", "124/2021 Art. 6.3.e; N3", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124,
         AG, event_kind_force_majeure, ANTQ_EVENT_STATE_SECRET_BREACH),
    CASE("force majeure does not excuse point h", "124/2021 Art. 6.3.h; N3", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124,
         AG, event_kind_force_majeure, ANTQ_EVENT_STAFF_ADMIN_SANCTION),
    CASE("prompt report does not excuse point e", "124/2021 Art. 6.3.e", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124, AG,
         event_kind_handled_promptly, ANTQ_EVENT_STATE_SECRET_BREACH),
    /* point h, read as two triggers (N5, D; option: none) */
    CASE("point h (i): a staff member fined administratively in security and order", "124/2021 Art. 6.3.h; N5",
         "C124-AE-03", FAIL, NOT_CERTIFIED, Y124, AG, event_kind, ANTQ_EVENT_STAFF_ADMIN_SANCTION),
    CASE("point h (ii): a staff member with a social evil, warned", "124/2021 Art. 6.3.h; N4, N5", "C124-AE-03", FAIL,
         NOT_CERTIFIED, Y124, AG, staff_social_evil_disciplined, ANTQ_DISCIPLINE_WARNING),
    CASE("point h (ii): a staff member with a social evil, reprimanded only", "124/2021 Art. 6.3.h; N4, N5",
         "C124-AE-03", PASS, CERTIFIED, Y124, AG, staff_social_evil_disciplined, ANTQ_DISCIPLINE_REPRIMAND),
    CASE("point h (ii): a staff member with a social evil, dismissed", "124/2021 Art. 6.3.h; N4, N5", "C124-AE-03",
         FAIL, NOT_CERTIFIED, Y124, EN, staff_social_evil_disciplined, ANTQ_DISCIPLINE_DISMISSAL),
    /* N4 (D/U): labour-code pay-rise deferral; option: default deferral_is_warning = 1 */
    CASE("point h (ii): a worker with a social evil, pay-rise deferred (default: counts as warning)",
         "124/2021 Art. 6.3.h; N4 default", "C124-AE-03", FAIL, NOT_CERTIFIED, Y124, EN, staff_social_evil_disciplined,
         ANTQ_DISCIPLINE_PAY_RISE_DEFERRAL),
    /* N4 (D/U); option: deferral_is_warning = 0 */
    CASE("point h (ii): a worker with a social evil, pay-rise deferred (option: not a warning)",
         "124/2021 Art. 6.3.h; N4 option deferral_is_warning=0", "C124-AE-03", PASS, CERTIFIED, Y124, EN,
         staff_social_evil_deferral_not_warning, 0),
    CASE("point h (ii): a staff member with a social evil, discipline not reported: unknown",
         "124/2021 Art. 6.3.h; N5", "C124-AE-03", UNK, UNDETERMINED, Y124, AG, staff_social_evil_disciplined, -1),
    CASE("event list not reported complete: unknown", "124/2021 Art. 6.3", "C124-AE-03", UNK, UNDETERMINED, Y124, AG,
         events_not_recorded, 0),
    /* Art. 8.2.b (V) + PER-04 (D; option: none) */
    CASE("agency: event on 16 November of Y-1 (first day) counts", "124/2021 Art. 8.2.b", "C124-AE-03", FAIL,
         NOT_CERTIFIED, Y124, AG, anti_order_event_on, DAY(2023, 11, 16)),
    CASE("agency: event on 15 November of Y (last day) counts", "124/2021 Art. 8.2.b", "C124-AE-03", FAIL,
         NOT_CERTIFIED, Y124, AG, anti_order_event_on, DAY(2024, 11, 15)),
    CASE("agency: event on 15 November of Y-1 does not count", "124/2021 Art. 8.2.b; PER-04", "C124-AE-03", PASS,
         CERTIFIED, Y124, AG, anti_order_event_on, DAY(2023, 11, 15)),
    CASE("agency: event on 16 November of Y does not count", "124/2021 Art. 8.2.b; PER-04", "C124-AE-03", PASS,
         CERTIFIED, Y124, AG, anti_order_event_on, DAY(2024, 11, 16)),
    CASE("enterprise: event on 16 November of Y-1 (first day) counts", "124/2021 Art. 8.2.b", "C124-AE-03", FAIL,
         NOT_CERTIFIED, Y124, EN, anti_order_event_on, DAY(2023, 11, 16)),
    CASE("enterprise: event on 15 November of Y (last day) counts", "124/2021 Art. 8.2.b", "C124-AE-03", FAIL,
         NOT_CERTIFIED, Y124, EN, anti_order_event_on, DAY(2024, 11, 15)),
    CASE("enterprise: event on 15 November of Y-1 does not count", "124/2021 Art. 8.2.b; PER-04", "C124-AE-03", PASS,
         CERTIFIED, Y124, EN, anti_order_event_on, DAY(2023, 11, 15)),
    CASE("enterprise: event on 16 November of Y does not count", "124/2021 Art. 8.2.b; PER-04", "C124-AE-03", PASS,
         CERTIFIED, Y124, EN, anti_order_event_on, DAY(2024, 11, 16)),

    /* == Art. 6.4 (C124-AE-04): protection force "Advanced labour collective" or ">= completed tasks well"
     * (where eligible); no member disciplined at warning or above (N4) */
    CASE("force rated 'completed tasks well' (the bar)", "124/2021 Art. 6.4", "C124-AE-04", PASS, CERTIFIED, Y124, AG,
         protection_rating, ANTQ_RATING_COMPLETED_WELL),
    CASE("force rated 'excellent'", "124/2021 Art. 6.4", "C124-AE-04", PASS, CERTIFIED, Y124, EN, protection_rating,
         ANTQ_RATING_EXCELLENT),
    CASE("force rated only 'completed tasks', no title", "124/2021 Art. 6.4", "C124-AE-04", FAIL, NOT_CERTIFIED, Y124,
         AG, protection_rating, ANTQ_RATING_COMPLETED),
    CASE("force rated 'completed tasks' but holds 'Advanced labour collective'", "124/2021 Art. 6.4", "C124-AE-04",
         PASS, CERTIFIED, Y124, AG, protection_rating_with_title, ANTQ_RATING_COMPLETED),
    CASE("force standing (rating and title) not reported", "124/2021 Art. 6.4", "C124-AE-04", UNK, UNDETERMINED, Y124,
         AG, protection_standing_unknown, 0),
    CASE("a force member reprimanded: below the warning bar (N4)", "124/2021 Art. 6.4; N4", "C124-AE-04", PASS,
         CERTIFIED, Y124, AG, protection_member_disciplined, ANTQ_DISCIPLINE_REPRIMAND),
    CASE("a force member warned (N4)", "124/2021 Art. 6.4; N4", "C124-AE-04", FAIL, NOT_CERTIFIED, Y124, AG,
         protection_member_disciplined, ANTQ_DISCIPLINE_WARNING),
    CASE("a force member removed from post (N4)", "124/2021 Art. 6.4; N4", "C124-AE-04", FAIL, NOT_CERTIFIED, Y124,
         EN, protection_member_disciplined, ANTQ_DISCIPLINE_REMOVAL),
    /* N4 (D/U): option default deferral_is_warning = 1 */
    CASE("a force member's pay rise deferred (default: counts as warning)", "124/2021 Art. 6.4; N4 default",
         "C124-AE-04", FAIL, NOT_CERTIFIED, Y124, EN, protection_member_disciplined, ANTQ_DISCIPLINE_PAY_RISE_DEFERRAL),
    /* N4 (D/U): option deferral_is_warning = 0 */
    CASE("a force member's pay rise deferred (option: not a warning)",
         "124/2021 Art. 6.4; N4 option deferral_is_warning=0", "C124-AE-04", PASS, CERTIFIED, Y124, EN,
         protection_member_deferral_not_warning, 0),
    /* N6 (D): option default ANTQ_EMULATION_INELIGIBLE_SKIPS: the rating part is not applicable */
    CASE_FACT("not eligible for emulation rating: the rating part is skipped (N6 default)",
              "124/2021 Art. 6.4; N6 default", "C124-AE-04", PASS, CERTIFIED, Y124, AG,
              not_eligible_force_not_completed, 0, ANTQ_FACT_EMULATION_ELIGIBLE, N_A),
    /* N6 (D): option ANTQ_EMULATION_INELIGIBLE_FAILS */
    CASE("not eligible for emulation rating fails with the option (N6 INELIGIBLE_FAILS)",
         "124/2021 Art. 6.4; N6 option INELIGIBLE_FAILS", "C124-AE-04", FAIL, NOT_CERTIFIED, Y124, AG,
         not_eligible_force_not_completed_fails_option, 0),
    /* N6 (D), option default: eligibility only lifts the rating part, not the discipline bar */
    CASE("not eligible for rating, but a member warned: fails (N6 default)", "124/2021 Art. 6.4; N6 default, N4",
         "C124-AE-04", FAIL, NOT_CERTIFIED, Y124, AG, not_eligible_member_warned, 0),
    /* D: Art. 6.4 for a unit without a protection force. Unlike Art. 7.5 ("lực lượng bảo vệ ... (nếu có)"),
     * Art. 6.4 has no "(if any)"; rules.md is silent. Both readings are kept as options.
     * Option: default protection_force_required = 1 (the text has no "if any") */
    CASE("no protection force: fails (default protection_force_required = 1)",
         "124/2021 Art. 6.4 (D) default", "C124-AE-04", FAIL, NOT_CERTIFIED, Y124, AG, no_protection_force, 0),
    /* D: option protection_force_required = 0 */
    CASE("no protection force: not applicable with protection_force_required = 0", "124/2021 Art. 6.4 (D) option",
         "C124-AE-04", N_A, CERTIFIED, Y124, EN, no_protection_force_not_required, 0),
    CASE("whether a protection force exists is not reported", "124/2021 Art. 6.4", "C124-AE-04", UNK, UNDETERMINED,
         Y124, AG, protection_force_unknown, 0),

    /* == Art. 6.5 (C124-AE-05): >= 70% of subordinate units qualified (where eligible); nobody warned */
    CASE("7 of 10 subordinate units qualified (exactly 70%)", "124/2021 Art. 6.5", "C124-AE-05", PASS, CERTIFIED, Y124,
         AG, subunits_qualified, 7),
    CASE("6 of 10 subordinate units qualified (60%)", "124/2021 Art. 6.5", "C124-AE-05", FAIL, NOT_CERTIFIED, Y124,
         AG, subunits_qualified, 6),
    CASE("6 of 10 subordinate units qualified in an enterprise", "124/2021 Art. 6.5", "C124-AE-05", FAIL,
         NOT_CERTIFIED, Y124, EN, subunits_qualified, 6),
    CASE("qualified subordinate units not reported", "124/2021 Art. 6.5", "C124-AE-05", UNK, UNDETERMINED, Y124, AG,
         subunits_qualified, ANTQ_COUNT_UNKNOWN),
    CASE("a member of a subordinate unit reprimanded (N4)", "124/2021 Art. 6.5; N4", "C124-AE-05", PASS, CERTIFIED,
         Y124, AG, subunit_member_disciplined, ANTQ_DISCIPLINE_REPRIMAND),
    CASE("a member of a subordinate unit warned (N4)", "124/2021 Art. 6.5; N4", "C124-AE-05", FAIL, NOT_CERTIFIED,
         Y124, AG, subunit_member_disciplined, ANTQ_DISCIPLINE_WARNING),
    /* N4 (D/U): option default deferral_is_warning = 1 */
    CASE("a worker's pay rise deferred (default: counts as warning)", "124/2021 Art. 6.5; N4 default", "C124-AE-05",
         FAIL, NOT_CERTIFIED, Y124, EN, subunit_member_disciplined, ANTQ_DISCIPLINE_PAY_RISE_DEFERRAL),
    /* N4 (D/U): option deferral_is_warning = 0 */
    CASE("a worker's pay rise deferred (option: not a warning)", "124/2021 Art. 6.5; N4 option deferral_is_warning=0",
         "C124-AE-05", PASS, CERTIFIED, Y124, EN, subunit_member_deferral_not_warning, 0),
    /* N6 (D): option default INELIGIBLE_SKIPS */
    CASE_FACT("not eligible for rating, no unit qualified: the ratio is skipped (N6 default)",
              "124/2021 Art. 6.5; N6 default", "C124-AE-05", PASS, CERTIFIED, Y124, AG,
              not_eligible_no_subunit_qualified, 0, ANTQ_FACT_EMULATION_ELIGIBLE, N_A),
    /* N6 (D): option INELIGIBLE_FAILS */
    CASE("not eligible for rating fails with the option (N6 INELIGIBLE_FAILS)",
         "124/2021 Art. 6.5; N6 option INELIGIBLE_FAILS", "C124-AE-05", FAIL, NOT_CERTIFIED, Y124, AG,
         not_eligible_no_subunit_qualified_fails_option, 0),

    /* == Art. 8.1 (C124-PER-01): provincial extra criteria */
    CASE("enterprise meets the province's extra criterion", "124/2021 Art. 8.1", "C124-PER-01", PASS, CERTIFIED, Y124,
         EN, extra_answered, ANTQ_YES),
    CASE("enterprise does not meet the province's extra criterion", "124/2021 Art. 8.1", "C124-PER-01", FAIL,
         NOT_CERTIFIED, Y124, EN, extra_answered, ANTQ_NO),
    CASE("enterprise did not answer the province's extra criterion", "124/2021 Art. 8.1", "C124-PER-01", UNK,
         UNDETERMINED, Y124, EN, extra_unanswered, 0),
    CASE("an extra criterion for enterprises does not apply to an agency", "124/2021 Art. 8.1", "C124-PER-01", N_A,
         CERTIFIED, Y124, AG, extra_answered, ANTQ_NO),
};

SPEC_TABLE_DEFINE(spec_table_agency, "spec-agency (124/2021 Art. 1.2.b, 6)", cases);
