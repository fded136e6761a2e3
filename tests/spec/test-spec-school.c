/* Specification: educational institutions (cơ sở giáo dục) under Circular
 * 124/2021: scope Art. 1.2.b, criteria Art. 7, period Art. 8.2.b
 * (16/11/(Y-1) .. 15/11/Y).
 * Baseline: fixture_school(2024), an upper-secondary school, certified: Party
 * organisation, 50 of 50 staff and 900 of 900 learners briefed, parents' board
 * coordination, protection force rated "completed tasks well", 7 of 10
 * faculties/teams qualified.
 * SPDX-License-Identifier: MIT */
#include "spec.h"

#define MID DAY(YEAR, 6, 1)

/* ---- setups */

SETUP(education_level) { f->unit.education_level = arg; }
SETUP(resolution_on) { f->ev.party_resolution_date = arg; }
SETUP(plan_on) { f->ev.plan_date = arg; }
SETUP(registration_on) { f->ev.registration_date = arg; }
SETUP(not_registered) { f->ev.registered = ANTQ_NO; }
SETUP(no_party_org)
{
    f->unit.has_party_org = ANTQ_NO;
    f->ev.party_resolution_date = ANTQ_DATE_UNKNOWN;
}
SETUP(staff_briefed) { f->ev.staff_briefed = arg; }
SETUP(learners_briefed) { f->ev.learners_briefed = arg; }
SETUP(topic_missing) { f->ev.rule_topics &= ~arg; }
SETUP(effective_models) { f->ev.effective_models = arg; }

SETUP(implements_policy) { f->ev.implements_policy = arg; }
SETUP(parent_board) { f->ev.parent_board_coordination = arg; }
/* a school of level `arg` without coordination with the parents' board */
SETUP(level_without_parent_board)
{
    f->unit.education_level = arg;
    f->ev.parent_board_coordination = ANTQ_NO;
}
SETUP(college_parent_board_unknown)
{
    f->unit.education_level = ANTQ_EDU_COLLEGE;
    f->ev.parent_board_coordination = ANTQ_UNKNOWN;
}

SETUP(event_kind) { spec_event(e, arg, MID); }
SETUP(exploiting_grievances_on) { spec_event(e, ANTQ_EVENT_EXPLOITING_GRIEVANCES, arg); }
SETUP(event_kind_force_majeure) { spec_event(e, arg, MID)->force_majeure = ANTQ_YES; }
SETUP(crime_of_severity) { spec_crime(e, arg, MID); }
SETUP(serious_crime_force_majeure) { spec_crime(e, ANTQ_SEVERITY_SERIOUS, MID)->force_majeure = ANTQ_YES; }
SETUP(serious_crime_handled_promptly) { spec_crime(e, ANTQ_SEVERITY_SERIOUS, MID)->handled_promptly = ANTQ_YES; }

SETUP(member_crime_or_evil_disciplined) { spec_event(e, ANTQ_EVENT_MEMBER_CRIME_OR_EVIL, MID)->discipline = arg; }
SETUP(member_deferral_not_warning)
{
    spec_event(e, ANTQ_EVENT_MEMBER_CRIME_OR_EVIL, MID)->discipline = ANTQ_DISCIPLINE_PAY_RISE_DEFERRAL;
    f->opts.deferral_is_warning = 0;
}

SETUP(no_protection_force) { f->unit.has_protection_force = ANTQ_NO; }
SETUP(no_protection_force_required_option)
{
    f->unit.has_protection_force = ANTQ_NO;
    f->opts.protection_force_required = 1;
}
SETUP(protection_rating) { f->ev.protection_rating = arg; }
SETUP(protection_member_disciplined) { spec_discipline(e, ANTQ_ROLE_PROTECTION_FORCE, arg, MID); }
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

SETUP(subunits_qualified) { f->ev.subunits_qualified = arg; }
SETUP(subunit_member_disciplined) { spec_discipline(e, ANTQ_ROLE_SUBUNIT, arg, MID); }
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

static const antq_extra_criterion extra_schools[] = {
    {"BK-GD-01", "Cơ sở giáo dục có camera giám sát cổng trường", "The institution has a camera at its gate", NULL,
     ANTQ_KIND_BIT(ANTQ_KIND_EDUCATIONAL_INSTITUTION), 0},
};
SETUP(extra_answered)
{
    f->opts.extra = extra_schools;
    f->opts.n_extra = 1;
    f->extra[0].criterion_id = "BK-GD-01";
    f->extra[0].met = arg;
    f->ev.n_extra = 1;
}

/* ---- the table */

static const spec_case cases[] = {
    /* == Art. 1.2.b (C124-SC-05): primary schools, kindergartens and nurseries are outside (EXCL: excluded, not failed) */
    CASE("a primary school is not eligible", "124/2021 Art. 1.2.b", "C124-SC-05", EXCL, NOT_ELIGIBLE, Y124, EI,
         education_level, ANTQ_EDU_PRIMARY),
    CASE("a kindergarten is not eligible", "124/2021 Art. 1.2.b", "C124-SC-05", EXCL, NOT_ELIGIBLE, Y124, EI,
         education_level, ANTQ_EDU_KINDERGARTEN),
    CASE("a nursery is not eligible", "124/2021 Art. 1.2.b", "C124-SC-05", EXCL, NOT_ELIGIBLE, Y124, EI,
         education_level, ANTQ_EDU_NURSERY),
    CASE("a lower-secondary school stays in scope", "124/2021 Art. 1.2.b", "C124-SC-05", PASS, CERTIFIED, Y124, EI,
         education_level, ANTQ_EDU_LOWER_SECONDARY),
    CASE("an upper-secondary school stays in scope", "124/2021 Art. 1.2.b", "C124-SC-05", PASS, CERTIFIED, Y124, EI,
         education_level, ANTQ_EDU_UPPER_SECONDARY),
    CASE("a vocational school stays in scope", "124/2021 Art. 1.2.b", "C124-SC-05", PASS, CERTIFIED, Y124, EI,
         education_level, ANTQ_EDU_VOCATIONAL),
    CASE("a university stays in scope", "124/2021 Art. 1.2.b", "C124-SC-05", PASS, CERTIFIED, Y124, EI,
         education_level, ANTQ_EDU_UNIVERSITY),
    CASE("a continuing-education centre stays in scope", "124/2021 Art. 1.2.b", "C124-SC-05", PASS, ANY, Y124, EI,
         education_level, ANTQ_EDU_CONTINUING),
    CASE("education level not reported", "124/2021 Art. 1.2.b", "C124-SC-05", UNK, UNDETERMINED, Y124, EI,
         education_level, ANTQ_EDU_UNKNOWN),

    /* == Art. 7.1 (C124-EI-01): Q1 documents (N7, D; option: none), rules on four topics, 100% of staff AND learners
     * briefed, one effective model */
    CASE("resolution on 31 March", "124/2021 Art. 7.1", "C124-EI-01", PASS, CERTIFIED, Y124, EI, resolution_on,
         DAY(2024, 3, 31)),
    CASE("resolution on 1 April", "124/2021 Art. 7.1", "C124-EI-01", FAIL, NOT_CERTIFIED, Y124, EI, resolution_on,
         DAY(2024, 4, 1)),
    CASE("plan on 1 April", "124/2021 Art. 7.1", "C124-EI-01", FAIL, NOT_CERTIFIED, Y124, EI, plan_on,
         DAY(2024, 4, 1)),
    CASE("registration on 31 December of Y-1 (N7)", "124/2021 Art. 7.1; N7", "C124-EI-01", FAIL, NOT_CERTIFIED, Y124,
         EI, registration_on, DAY(2023, 12, 31)),
    CASE("the school did not register", "124/2021 Art. 7.1, 9.2.a", "C124-EI-01", FAIL, NOT_CERTIFIED, Y124, EI,
         not_registered, 0),
    CASE_FACT("no Party organisation: no resolution required", "124/2021 Art. 7.1", "C124-EI-01", PASS, CERTIFIED,
              Y124, EI, no_party_org, 0, ANTQ_FACT_PARTY_ORG, N_A),
    CASE("50 of 50 staff and 900 of 900 learners briefed", "124/2021 Art. 7.1", "C124-EI-01", PASS, CERTIFIED, Y124,
         EI, learners_briefed, 900),
    CASE("49 of 50 staff briefed (one short)", "124/2021 Art. 7.1", "C124-EI-01", FAIL, NOT_CERTIFIED, Y124, EI,
         staff_briefed, 49),
    CASE("899 of 900 learners briefed (one short)", "124/2021 Art. 7.1", "C124-EI-01", FAIL, NOT_CERTIFIED, Y124, EI,
         learners_briefed, 899),
    CASE("learners briefed not reported", "124/2021 Art. 7.1", "C124-EI-01", UNK, UNDETERMINED, Y124, EI,
         learners_briefed, ANTQ_COUNT_UNKNOWN),
    CASE("no rules on protecting the institution", "124/2021 Art. 7.1", "C124-EI-01", FAIL, NOT_CERTIFIED, Y124, EI,
         topic_missing, ANTQ_TOPIC_UNIT_PROTECTION),
    CASE("no rules on internal political protection", "124/2021 Art. 7.1", "C124-EI-01", FAIL, NOT_CERTIFIED, Y124,
         EI, topic_missing, ANTQ_TOPIC_INTERNAL_POLITICS),
    CASE("no rules on managing and educating learners", "124/2021 Art. 7.1", "C124-EI-01", FAIL, NOT_CERTIFIED, Y124,
         EI, topic_missing, ANTQ_TOPIC_LEARNER_MANAGEMENT),
    CASE("no rules on fire and explosion prevention", "124/2021 Art. 7.1", "C124-EI-01", FAIL, NOT_CERTIFIED, Y124,
         EI, topic_missing, ANTQ_TOPIC_FIRE_PREVENTION),
    CASE("no rules on the environment: not a topic of Art. 7.1", "124/2021 Art. 7.1", "C124-EI-01", PASS, CERTIFIED,
         Y124, EI, topic_missing, ANTQ_TOPIC_ENVIRONMENT),
    CASE("no rules on State secrets: not a topic of Art. 7.1", "124/2021 Art. 7.1", "C124-EI-01", PASS, CERTIFIED,
         Y124, EI, topic_missing, ANTQ_TOPIC_STATE_SECRETS),
    CASE("no effective model", "124/2021 Art. 7.1", "C124-EI-01", FAIL, NOT_CERTIFIED, Y124, EI, effective_models, 0),

    /* == Art. 7.2 (C124-EI-02): policy; parents' board coordination only for general-education levels */
    CASE("implements policy, coordinates with the parents' board", "124/2021 Art. 7.2", "C124-EI-02", PASS, CERTIFIED,
         Y124, EI, implements_policy, ANTQ_YES),
    CASE("does not fully implement policy", "124/2021 Art. 7.2", "C124-EI-02", FAIL, NOT_CERTIFIED, Y124, EI,
         implements_policy, ANTQ_NO),
    CASE("upper-secondary school without parents' board coordination", "124/2021 Art. 7.2", "C124-EI-02", FAIL,
         NOT_CERTIFIED, Y124, EI, parent_board, ANTQ_NO),
    CASE("upper-secondary school, parents' board coordination not reported", "124/2021 Art. 7.2", "C124-EI-02", UNK,
         UNDETERMINED, Y124, EI, parent_board, ANTQ_UNKNOWN),
    CASE("lower-secondary school without parents' board coordination", "124/2021 Art. 7.2", "C124-EI-02", FAIL,
         NOT_CERTIFIED, Y124, EI, level_without_parent_board, ANTQ_EDU_LOWER_SECONDARY),
    CASE("multi-level general school without parents' board coordination", "124/2021 Art. 7.2", "C124-EI-02", FAIL,
         NOT_CERTIFIED, Y124, EI, level_without_parent_board, ANTQ_EDU_MULTI_LEVEL),
    CASE("university without parents' board coordination: not general education", "124/2021 Art. 7.2", "C124-EI-02",
         PASS, CERTIFIED, Y124, EI, level_without_parent_board, ANTQ_EDU_UNIVERSITY),
    CASE("vocational school without parents' board coordination: not general education", "124/2021 Art. 7.2",
         "C124-EI-02", PASS, CERTIFIED, Y124, EI, level_without_parent_board, ANTQ_EDU_VOCATIONAL),
    CASE("college, parents' board not reported: not needed", "124/2021 Art. 7.2", "C124-EI-02", PASS, CERTIFIED, Y124,
         EI, college_parent_board_unknown, 0),

    /* == Art. 7.3 (C124-EI-03): none of Art. 6.3 points a, b, c, đ, e, g (not d, not h) */
    CASE("no event of Art. 7.3", "124/2021 Art. 7.3", "C124-EI-03", PASS, CERTIFIED, Y124, EI, NULL, 0),
    CASE("point a imported: unlawful religion", "124/2021 Art. 7.3, 6.3.a", "C124-EI-03", FAIL, NOT_CERTIFIED, Y124,
         EI, event_kind, ANTQ_EVENT_UNLAWFUL_RELIGION),
    CASE("point b imported: exploiting grievances", "124/2021 Art. 7.3, 6.3.b", "C124-EI-03", FAIL, NOT_CERTIFIED,
         Y124, EI, event_kind, ANTQ_EVENT_EXPLOITING_GRIEVANCES),
    CASE("point c imported: inciting crowds", "124/2021 Art. 7.3, 6.3.c", "C124-EI-03", FAIL, NOT_CERTIFIED, Y124, EI,
         event_kind, ANTQ_EVENT_CROWD_INCITEMENT),
    CASE("point d not imported: an unlawful strike", "124/2021 Art. 7.3", "C124-EI-03", PASS, CERTIFIED, Y124, EI,
         event_kind, ANTQ_EVENT_UNLAWFUL_STRIKE),
    CASE("point đ imported: a serious crime", "124/2021 Art. 7.3, 6.3.đ", "C124-EI-03", FAIL, NOT_CERTIFIED, Y124, EI,
         crime_of_severity, ANTQ_SEVERITY_SERIOUS),
    CASE("point đ imported: a less-serious crime does not trigger it", "124/2021 Art. 7.3, 6.3.đ", "C124-EI-03", PASS,
         CERTIFIED, Y124, EI, crime_of_severity, ANTQ_SEVERITY_LESS_SERIOUS),
    CASE("point đ imported: a serious crime by force majeure is excused", "124/2021 Art. 7.3, 6.3.đ; N3",
         "C124-EI-03", PASS, CERTIFIED, Y124, EI, serious_crime_force_majeure, 0),
    CASE("point đ imported: a serious crime promptly handled and reported is excused", "124/2021 Art. 7.3, 6.3.đ",
         "C124-EI-03", PASS, CERTIFIED, Y124, EI, serious_crime_handled_promptly, 0),
    CASE("point đ imported: crime of unknown severity is unknown", "124/2021 Art. 7.3, 6.3.đ", "C124-EI-03", UNK,
         UNDETERMINED, Y124, EI, crime_of_severity, ANTQ_SEVERITY_UNKNOWN),
    CASE("point e imported: State-secret breach", "124/2021 Art. 7.3, 6.3.e", "C124-EI-03", FAIL, NOT_CERTIFIED, Y124,
         EI, event_kind, ANTQ_EVENT_STATE_SECRET_BREACH),
    CASE("point g imported: serious fire", "124/2021 Art. 7.3, 6.3.g", "C124-EI-03", FAIL, NOT_CERTIFIED, Y124, EI,
         event_kind, ANTQ_EVENT_SERIOUS_FIRE_EXPLOSION),
    CASE("point g imported: serious food-safety violation", "124/2021 Art. 7.3, 6.3.g", "C124-EI-03", FAIL,
         NOT_CERTIFIED, Y124, EI, event_kind, ANTQ_EVENT_ENV_FOOD_VIOLATION),
    CASE("point g imported: a fire by force majeure is excused", "124/2021 Art. 7.3, 6.3.g; N3", "C124-EI-03", PASS,
         CERTIFIED, Y124, EI, event_kind_force_majeure, ANTQ_EVENT_SERIOUS_FIRE_EXPLOSION),
    CASE("force majeure does not excuse point a (N3)", "124/2021 Art. 7.3, 6.3.a; N3", "C124-EI-03", FAIL,
         NOT_CERTIFIED, Y124, EI, event_kind_force_majeure, ANTQ_EVENT_UNLAWFUL_RELIGION),
    CASE("point h not imported: a staff member fined in security and order", "124/2021 Art. 7.3", "C124-EI-03", PASS,
         CERTIFIED, Y124, EI, event_kind, ANTQ_EVENT_STAFF_ADMIN_SANCTION),
    /* Art. 8.2.b (V) + PER-04 (D; option: none) */
    CASE("event on 16 November of Y-1 (first day) counts", "124/2021 Art. 8.2.b", "C124-EI-03", FAIL, NOT_CERTIFIED,
         Y124, EI, exploiting_grievances_on, DAY(2023, 11, 16)),
    CASE("event on 15 November of Y (last day) counts", "124/2021 Art. 8.2.b", "C124-EI-03", FAIL, NOT_CERTIFIED, Y124,
         EI, exploiting_grievances_on, DAY(2024, 11, 15)),
    CASE("event on 15 November of Y-1 does not count", "124/2021 Art. 8.2.b; PER-04", "C124-EI-03", PASS, CERTIFIED,
         Y124, EI, exploiting_grievances_on, DAY(2023, 11, 15)),
    CASE("event on 16 November of Y does not count", "124/2021 Art. 8.2.b; PER-04", "C124-EI-03", PASS, CERTIFIED,
         Y124, EI, exploiting_grievances_on, DAY(2024, 11, 16)),

    /* == Art. 7.4 (C124-EI-04): no school violence; no member who committed a crime or has a social evil
     * and was disciplined at warning or above (N4) */
    CASE("no school violence, no disciplined offender", "124/2021 Art. 7.4", "C124-EI-04", PASS, CERTIFIED, Y124, EI,
         NULL, 0),
    CASE("a case of school violence", "124/2021 Art. 7.4", "C124-EI-04", FAIL, NOT_CERTIFIED, Y124, EI, event_kind,
         ANTQ_EVENT_SCHOOL_VIOLENCE),
    CASE("force majeure does not excuse school violence (N3)", "124/2021 Art. 7.4; N3", "C124-EI-04", FAIL,
         NOT_CERTIFIED, Y124, EI, event_kind_force_majeure, ANTQ_EVENT_SCHOOL_VIOLENCE),
    CASE("a learner with a social evil, warned", "124/2021 Art. 7.4; N4", "C124-EI-04", FAIL, NOT_CERTIFIED, Y124, EI,
         member_crime_or_evil_disciplined, ANTQ_DISCIPLINE_WARNING),
    CASE("a learner with a social evil, reprimanded only", "124/2021 Art. 7.4; N4", "C124-EI-04", PASS, CERTIFIED,
         Y124, EI, member_crime_or_evil_disciplined, ANTQ_DISCIPLINE_REPRIMAND),
    CASE("a teacher who committed a crime, not disciplined", "124/2021 Art. 7.4", "C124-EI-04", PASS, CERTIFIED, Y124,
         EI, member_crime_or_evil_disciplined, ANTQ_DISCIPLINE_NONE),
    CASE("a teacher who committed a crime, dismissed", "124/2021 Art. 7.4; N4", "C124-EI-04", FAIL, NOT_CERTIFIED,
         Y124, EI, member_crime_or_evil_disciplined, ANTQ_DISCIPLINE_DISMISSAL),
    /* N4 (D/U): option default deferral_is_warning = 1 */
    CASE("a worker with a social evil, pay rise deferred (default: counts as warning)", "124/2021 Art. 7.4; N4 default",
         "C124-EI-04", FAIL, NOT_CERTIFIED, Y124, EI, member_crime_or_evil_disciplined,
         ANTQ_DISCIPLINE_PAY_RISE_DEFERRAL),
    /* N4 (D/U): option deferral_is_warning = 0 */
    CASE("a worker with a social evil, pay rise deferred (option: not a warning)",
         "124/2021 Art. 7.4; N4 option deferral_is_warning=0", "C124-EI-04", PASS, CERTIFIED, Y124, EI,
         member_deferral_not_warning, 0),
    CASE("a learner with a social evil, discipline not reported: unknown", "124/2021 Art. 7.4", "C124-EI-04", UNK,
         UNDETERMINED, Y124, EI, member_crime_or_evil_disciplined, -1),

    /* == Art. 7.5 (C124-EI-05): the protection force (if any) ... (where eligible); nobody warned */
    CASE("force rated 'completed tasks well'", "124/2021 Art. 7.5", "C124-EI-05", PASS, CERTIFIED, Y124, EI,
         protection_rating, ANTQ_RATING_COMPLETED_WELL),
    CASE("force rated only 'completed tasks', no title", "124/2021 Art. 7.5", "C124-EI-05", FAIL, NOT_CERTIFIED, Y124,
         EI, protection_rating, ANTQ_RATING_COMPLETED),
    CASE("a force member reprimanded (N4)", "124/2021 Art. 7.5; N4", "C124-EI-05", PASS, CERTIFIED, Y124, EI,
         protection_member_disciplined, ANTQ_DISCIPLINE_REPRIMAND),
    CASE("a force member warned (N4)", "124/2021 Art. 7.5; N4", "C124-EI-05", FAIL, NOT_CERTIFIED, Y124, EI,
         protection_member_disciplined, ANTQ_DISCIPLINE_WARNING),
    CASE("no protection force: skipped ('if any')", "124/2021 Art. 7.5", "C124-EI-05", N_A, CERTIFIED, Y124, EI,
         no_protection_force, 0),
    /* option protection_force_required = 1 concerns Art. 6.4 only: Art. 7.5 says "if any" */
    CASE("no protection force: skipped even with protection_force_required = 1", "124/2021 Art. 7.5", "C124-EI-05",
         N_A, CERTIFIED, Y124, EI, no_protection_force_required_option, 0),
    /* N6 (D): option default INELIGIBLE_SKIPS */
    CASE_FACT("not eligible for emulation rating: the rating part is skipped (N6 default)",
              "124/2021 Art. 7.5; N6 default", "C124-EI-05", PASS, CERTIFIED, Y124, EI,
              not_eligible_force_not_completed, 0, ANTQ_FACT_EMULATION_ELIGIBLE, N_A),
    /* N6 (D): option INELIGIBLE_FAILS */
    CASE("not eligible for emulation rating fails with the option (N6 INELIGIBLE_FAILS)",
         "124/2021 Art. 7.5; N6 option INELIGIBLE_FAILS", "C124-EI-05", FAIL, NOT_CERTIFIED, Y124, EI,
         not_eligible_force_not_completed_fails_option, 0),

    /* == Art. 7.6 (C124-EI-06): >= 70% of faculties, departments, teams qualified (where eligible); nobody warned */
    CASE("7 of 10 faculties and teams qualified (exactly 70%)", "124/2021 Art. 7.6", "C124-EI-06", PASS, CERTIFIED,
         Y124, EI, subunits_qualified, 7),
    CASE("6 of 10 faculties and teams qualified (60%)", "124/2021 Art. 7.6", "C124-EI-06", FAIL, NOT_CERTIFIED, Y124,
         EI, subunits_qualified, 6),
    CASE("a teacher of a team reprimanded (N4)", "124/2021 Art. 7.6; N4", "C124-EI-06", PASS, CERTIFIED, Y124, EI,
         subunit_member_disciplined, ANTQ_DISCIPLINE_REPRIMAND),
    CASE("a teacher of a team warned (N4)", "124/2021 Art. 7.6; N4", "C124-EI-06", FAIL, NOT_CERTIFIED, Y124, EI,
         subunit_member_disciplined, ANTQ_DISCIPLINE_WARNING),
    /* N6 (D): option default INELIGIBLE_SKIPS */
    CASE_FACT("not eligible for rating, no team qualified: the ratio is skipped (N6 default)",
              "124/2021 Art. 7.6; N6 default", "C124-EI-06", PASS, CERTIFIED, Y124, EI,
              not_eligible_no_subunit_qualified, 0, ANTQ_FACT_EMULATION_ELIGIBLE, N_A),
    /* N6 (D): option INELIGIBLE_FAILS */
    CASE("not eligible for rating fails with the option (N6 INELIGIBLE_FAILS)",
         "124/2021 Art. 7.6; N6 option INELIGIBLE_FAILS", "C124-EI-06", FAIL, NOT_CERTIFIED, Y124, EI,
         not_eligible_no_subunit_qualified_fails_option, 0),

    /* == Art. 8.1 (C124-PER-01) */
    CASE("school meets the province's extra criterion", "124/2021 Art. 8.1", "C124-PER-01", PASS, CERTIFIED, Y124, EI,
         extra_answered, ANTQ_YES),
    CASE("school does not meet the province's extra criterion", "124/2021 Art. 8.1", "C124-PER-01", FAIL,
         NOT_CERTIFIED, Y124, EI, extra_answered, ANTQ_NO),
};

SPEC_TABLE_DEFINE(spec_table_school, "spec-school (124/2021 Art. 1.2.b, 7)", cases);
