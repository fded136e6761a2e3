/* Field tables of the JSON format (doc/format.md): names equal the C struct
 * members, so loading and writing are direct and cannot drift apart.
 * SPDX-License-Identifier: MIT */
#include "io.h"

#include <stddef.h>

const char *const antq__kind_names[] = {NULL, "residential_area", "commune", "agency", "enterprise",
                                        "educational_institution"};
static const char *const commune_types[] = {NULL, "commune", "ward", "town", "special_zone"};
const char *const antq__level_names[] = {NULL, "commune", "district", "province", "ministry"};
const size_t antq__level_count = 5;
const char *const antq__body_names[] = {NULL, "commune_committee", "district_committee", "province_committee",
                                        "minister", "commune_steering_office", "district_steering_office",
                                        "province_steering_office", "department_v05"};
const size_t antq__body_count = ANTQ__ARRAY_LEN(antq__body_names);
const char *const antq__period_start_names[] = {"day_after", "same_day"};
static const char *const sizes[] = {NULL, "micro", "small", "medium", "large"};
static const char *const edu_levels[] = {NULL, "nursery", "kindergarten", "primary", "lower_secondary",
                                         "upper_secondary", "multi_level", "continuing", "vocational", "college",
                                         "university", "other"};
static const char *const ratings[] = {NULL, "not_completed", "completed", "completed_well", "excellent"};
static const char *const severities[] = {NULL, "less_serious", "serious", "very_serious", "particularly_serious"};
static const char *const disciplines[] = {"none", "reprimand", "pay_rise_deferral", "warning", "salary_reduction",
                                          "demotion", "removal", "dismissal"};
static const char *const discipline_levels[] = {NULL, "reprimand", "pay_rise_deferral", "warning", "salary_reduction",
                                                "demotion", "removal", "dismissal"};
static const char *const roles[] = {NULL, "grassroots_team", "commune_police", "protection_force", "subunit",
                                    "neighbourhood_protection"};
static const char *const event_kinds[] = {
    NULL, "anti_state", "sabotage", "unlawful_religion", "exploiting_grievances", "separatism",
    "prolonged_dispute", "crowd_incitement", "unlawful_strike", "crime", "state_secret_breach",
    "serious_fire_explosion", "fatal_labour_accident", "serious_incident", "env_food_violation",
    "staff_admin_sanction", "staff_social_evil", "school_violence", "member_crime_or_evil", "new_hotspot",
    "new_social_evil_person", "high_value_theft", "fatal_traffic_accident", "provincial_incident",
};
const char *const antq__topic_names[] = {"unit_protection", "state_secrets", "internal_politics", "labour_safety",
                                         "fire_prevention", "environment", "learner_management"};
const size_t antq__topic_count = ANTQ__ARRAY_LEN(antq__topic_names);
const char *const antq__trend_names[] = {"not_increased", "strictly_reduced"};
const char *const antq__pool_names[] = {"all_managed", "residential_only"};
const char *const antq__new_rural_points_names[] = {"a-e", "a-g"};
const char *const antq__emulation_names[] = {"ineligible_skips", "ineligible_fails"};

#define F(struct_t, member, type, req) {#member, type, req, (uint16_t)offsetof(struct_t, member), NULL, 0}
#define FN(struct_t, json, member, type, req) {json, type, req, (uint16_t)offsetof(struct_t, member), NULL, 0}
#define FE(struct_t, member, type, req, table) \
    {#member, type, req, (uint16_t)offsetof(struct_t, member), table, (uint8_t)ANTQ__ARRAY_LEN(table)}
#define FEN(struct_t, json, member, type, req, table) \
    {json, type, req, (uint16_t)offsetof(struct_t, member), table, (uint8_t)ANTQ__ARRAY_LEN(table)}

const antq__field antq__unit_fields[] = {
    F(antq_unit, id, ANTQ__FT_STRING, 1),
    FE(antq_unit, kind, ANTQ__FT_ENUM, 1, antq__kind_names),
    F(antq_unit, name, ANTQ__FT_STRING, 0),
    F(antq_unit, local_type, ANTQ__FT_STRING, 0),
    FN(antq_unit, "parent", parent_id, ANTQ__FT_STRING, 0),
    FE(antq_unit, commune_type, ANTQ__FT_ENUM, 0, commune_types),
    FE(antq_unit, managing_level, ANTQ__FT_ENUM, 0, antq__level_names),
    F(antq_unit, delegated_to_commune, ANTQ__FT_TRI, 0),
    F(antq_unit, armed_forces, ANTQ__FT_TRI, 0),
    FE(antq_unit, enterprise_size, ANTQ__FT_ENUM, 0, sizes),
    FE(antq_unit, education_level, ANTQ__FT_ENUM, 0, edu_levels),
    F(antq_unit, has_party_org, ANTQ__FT_TRI, 0),
    F(antq_unit, general_education, ANTQ__FT_TRI, 0),
    F(antq_unit, has_protection_force, ANTQ__FT_TRI, 0),
    F(antq_unit, emulation_eligible, ANTQ__FT_TRI, 0),
};
const size_t antq__unit_field_count = ANTQ__ARRAY_LEN(antq__unit_fields);

const antq__field antq__evidence_fields[] = {
    F(antq_evidence, year, ANTQ__FT_YEAR, 1),
    F(antq_evidence, registered, ANTQ__FT_TRI, 0),
    F(antq_evidence, registration_date, ANTQ__FT_DATE, 0),
    F(antq_evidence, party_resolution_date, ANTQ__FT_DATE, 0),
    F(antq_evidence, plan_date, ANTQ__FT_DATE, 0),
    F(antq_evidence, households_resident, ANTQ__FT_COUNT, 0),
    F(antq_evidence, households_registered, ANTQ__FT_COUNT, 0),
    F(antq_evidence, households_committed, ANTQ__FT_COUNT, 0),
    F(antq_evidence, staff_total, ANTQ__FT_COUNT, 0),
    F(antq_evidence, staff_briefed, ANTQ__FT_COUNT, 0),
    F(antq_evidence, staff_committed, ANTQ__FT_COUNT, 0),
    F(antq_evidence, learners_total, ANTQ__FT_COUNT, 0),
    F(antq_evidence, learners_briefed, ANTQ__FT_COUNT, 0),
    F(antq_evidence, learners_committed, ANTQ__FT_COUNT, 0),
    {"rule_topics", ANTQ__FT_TOPICS, 0, (uint16_t)offsetof(antq_evidence, rule_topics), NULL, 0},
    F(antq_evidence, effective_models, ANTQ__FT_COUNT, 0),
    F(antq_evidence, implements_policy, ANTQ__FT_TRI, 0),
    F(antq_evidence, parent_board_coordination, ANTQ__FT_TRI, 0),
    F(antq_evidence, supervision_effective, ANTQ__FT_TRI, 0),
    F(antq_evidence, police_effective, ANTQ__FT_TRI, 0),
    F(antq_evidence, police_advanced_unit, ANTQ__FT_TRI, 0),
    F(antq_evidence, coordination_plan, ANTQ__FT_TRI, 0),
    F(antq_evidence, crimes, ANTQ__FT_COUNT, 0),
    F(antq_evidence, crimes_prev, ANTQ__FT_COUNT, 0),
    F(antq_evidence, social_evils, ANTQ__FT_COUNT, 0),
    F(antq_evidence, social_evils_prev, ANTQ__FT_COUNT, 0),
    F(antq_evidence, other_violations, ANTQ__FT_COUNT, 0),
    F(antq_evidence, other_violations_prev, ANTQ__FT_COUNT, 0),
    FE(antq_evidence, grassroots_rating, ANTQ__FT_ENUM, 0, ratings),
    FE(antq_evidence, protection_rating, ANTQ__FT_ENUM, 0, ratings),
    F(antq_evidence, protection_advanced_title, ANTQ__FT_TRI, 0),
    F(antq_evidence, subunits_total, ANTQ__FT_COUNT, 0),
    F(antq_evidence, subunits_qualified, ANTQ__FT_COUNT, 0),
    F(antq_evidence, members_total, ANTQ__FT_COUNT, 0),
    F(antq_evidence, members_registered, ANTQ__FT_COUNT, 0),
    F(antq_evidence, members_certified, ANTQ__FT_COUNT, 0),
    F(antq_evidence, decision_date, ANTQ__FT_DATE, 0),
    FE(antq_evidence, decision_body, ANTQ__FT_ENUM, 0, antq__body_names),
    F(antq_evidence, events_recorded, ANTQ__FT_TRI, 0),
    F(antq_evidence, disciplines_recorded, ANTQ__FT_TRI, 0),
};
const size_t antq__evidence_field_count = ANTQ__ARRAY_LEN(antq__evidence_fields);

const antq__field antq__event_fields[] = {
    F(antq_event, date, ANTQ__FT_DATE, 1),
    FE(antq_event, kind, ANTQ__FT_ENUM, 1, event_kinds),
    FE(antq_event, severity, ANTQ__FT_ENUM, 0, severities),
    FE(antq_event, discipline, ANTQ__FT_ENUM_M1, 0, disciplines),
    F(antq_event, force_majeure, ANTQ__FT_TRI, 0),
    F(antq_event, handled_promptly, ANTQ__FT_TRI, 0),
    FN(antq_event, "unit", unit_id, ANTQ__FT_STRING, 0),
    F(antq_event, note, ANTQ__FT_STRING, 0),
};
const size_t antq__event_field_count = ANTQ__ARRAY_LEN(antq__event_fields);

const antq__field antq__discipline_fields[] = {
    F(antq_discipline, date, ANTQ__FT_DATE, 1),
    FE(antq_discipline, role, ANTQ__FT_ENUM, 1, roles),
    FE(antq_discipline, level, ANTQ__FT_ENUM, 1, discipline_levels),
};
const size_t antq__discipline_field_count = ANTQ__ARRAY_LEN(antq__discipline_fields);

/* Answers to provincial extra criteria ("extra" of yearly evidence) and the
 * criteria themselves ("options.extra_criteria"): used by the spreadsheet layout. */
const antq__field antq__answer_fields[] = {
    FN(antq_extra_answer, "criterion", criterion_id, ANTQ__FT_STRING, 1),
    F(antq_extra_answer, met, ANTQ__FT_TRI, 0),
};
const size_t antq__answer_field_count = ANTQ__ARRAY_LEN(antq__answer_fields);

const antq__field antq__criterion_fields[] = {
    F(antq_extra_criterion, id, ANTQ__FT_STRING, 1),
    F(antq_extra_criterion, text_vi, ANTQ__FT_STRING, 1),
    F(antq_extra_criterion, text_en, ANTQ__FT_STRING, 0),
    F(antq_extra_criterion, source, ANTQ__FT_STRING, 0),
};
const size_t antq__criterion_field_count = ANTQ__ARRAY_LEN(antq__criterion_fields);

/* Delegations of recognition ("options.delegations", Art. 10.5) and the rows
 * of a province's own authority table ("options.authority"): the fields the
 * JSON loader (authority_json.c) and the spreadsheet layout share; "kinds",
 * "to", "deadline", "status" and "citation" of a row have their own forms. */
const antq__field antq__delegation_fields[] = {
    FEN(antq_delegation, "from", from_level, ANTQ__FT_ENUM, 1, antq__level_names),
    FEN(antq_delegation, "to", to_level, ANTQ__FT_ENUM, 1, antq__level_names),
    F(antq_delegation, decision, ANTQ__FT_STRING, 0),
    F(antq_delegation, decision_date, ANTQ__FT_DATE, 0),
    FN(antq_delegation, "unit", unit_id, ANTQ__FT_STRING, 0),
};
const size_t antq__delegation_field_count = ANTQ__ARRAY_LEN(antq__delegation_fields);

const antq__field antq__authority_fields[] = {
    FN(antq_authority_rule, "from", valid_from, ANTQ__FT_DATE, 1),
    FE(antq_authority_rule, kind, ANTQ__FT_ENUM, 1, antq__kind_names),
    FE(antq_authority_rule, managing_level, ANTQ__FT_ENUM, 0, antq__level_names),
    FE(antq_authority_rule, body, ANTQ__FT_ENUM, 1, antq__body_names),
    FE(antq_authority_rule, appraiser, ANTQ__FT_ENUM, 0, antq__body_names),
    FN(antq_authority_rule, "note", note_en, ANTQ__FT_STRING, 0),
};
const size_t antq__authority_field_count = ANTQ__ARRAY_LEN(antq__authority_fields);
