/* Evidence: initialisation, validation and event-kind names.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <stdio.h>
#include <string.h>

static const char *const event_names[ANTQ_EVENT_KIND_COUNT] = {
    "unknown", "anti_state", "sabotage", "unlawful_religion", "exploiting_grievances", "separatism",
    "prolonged_dispute", "crowd_incitement", "unlawful_strike", "crime", "state_secret_breach",
    "serious_fire_explosion", "fatal_labour_accident", "serious_incident", "env_food_violation",
    "staff_admin_sanction", "staff_social_evil", "school_violence", "member_crime_or_evil", "new_hotspot",
    "new_social_evil_person", "high_value_theft", "fatal_traffic_accident", "provincial_incident",
};

const char *antq_event_kind_name(int kind)
{
    return kind > 0 && kind < ANTQ_EVENT_KIND_COUNT ? event_names[kind] : "unknown";
}

int antq_event_kind_from_name(const char *name)
{
    if (!name)
        return ANTQ_EVENT_UNKNOWN;
    for (int k = 1; k < ANTQ_EVENT_KIND_COUNT; k++)
        if (strcmp(name, event_names[k]) == 0)
            return k;
    return ANTQ_EVENT_UNKNOWN;
}

void antq_event_init(antq_event *e)
{
    if (!e)
        return;
    memset(e, 0, sizeof *e);
    e->discipline = ANTQ_DISCIPLINE_UNKNOWN;
    e->force_majeure = ANTQ_UNKNOWN;
    e->handled_promptly = ANTQ_UNKNOWN;
}

void antq_discipline_init(antq_discipline *d)
{
    if (d)
        memset(d, 0, sizeof *d);
}

void antq_extra_answer_init(antq_extra_answer *a)
{
    if (!a)
        return;
    memset(a, 0, sizeof *a);
    a->met = ANTQ_UNKNOWN;
}

/* Everything unknown; the rest zero. Copied whole: the loaders initialise a
 * record per line. */
static const antq_evidence blank_evidence = {
    .registered = ANTQ_UNKNOWN, .implements_policy = ANTQ_UNKNOWN, .parent_board_coordination = ANTQ_UNKNOWN,
    .supervision_effective = ANTQ_UNKNOWN, .police_effective = ANTQ_UNKNOWN, .police_advanced_unit = ANTQ_UNKNOWN,
    .coordination_plan = ANTQ_UNKNOWN, .protection_advanced_title = ANTQ_UNKNOWN, .events_recorded = ANTQ_UNKNOWN,
    .disciplines_recorded = ANTQ_UNKNOWN,
    .households_resident = ANTQ_COUNT_UNKNOWN, .households_registered = ANTQ_COUNT_UNKNOWN,
    .households_committed = ANTQ_COUNT_UNKNOWN, .staff_total = ANTQ_COUNT_UNKNOWN, .staff_briefed = ANTQ_COUNT_UNKNOWN,
    .staff_committed = ANTQ_COUNT_UNKNOWN, .learners_total = ANTQ_COUNT_UNKNOWN, .learners_briefed = ANTQ_COUNT_UNKNOWN,
    .learners_committed = ANTQ_COUNT_UNKNOWN, .effective_models = ANTQ_COUNT_UNKNOWN, .crimes = ANTQ_COUNT_UNKNOWN,
    .crimes_prev = ANTQ_COUNT_UNKNOWN, .social_evils = ANTQ_COUNT_UNKNOWN, .social_evils_prev = ANTQ_COUNT_UNKNOWN,
    .other_violations = ANTQ_COUNT_UNKNOWN, .other_violations_prev = ANTQ_COUNT_UNKNOWN,
    .subunits_total = ANTQ_COUNT_UNKNOWN, .subunits_qualified = ANTQ_COUNT_UNKNOWN, .members_total = ANTQ_COUNT_UNKNOWN,
    .members_registered = ANTQ_COUNT_UNKNOWN, .members_certified = ANTQ_COUNT_UNKNOWN,
    .rule_topics = -1,
};

void antq_evidence_init(antq_evidence *ev)
{
    if (ev)
        memcpy(ev, &blank_evidence, sizeof *ev);
}

#define ALL_TOPICS 0x7F

/* The scalar checks of antq_evidence_validate() without building any message:
 * 1 when they all pass. Evaluation calls the validator for every unit, so the
 * common case must be cheap; the detailed checks below run only on failure. */
static int scalars_ok(const antq_evidence *ev)
{
    if (ev->year < 1901 || ev->year > 2998)
        return 0;
    const int32_t tris[] = {ev->registered, ev->implements_policy, ev->parent_board_coordination,
                            ev->supervision_effective, ev->police_effective, ev->police_advanced_unit,
                            ev->coordination_plan, ev->protection_advanced_title, ev->events_recorded,
                            ev->disciplines_recorded};
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(tris); i++)
        if (tris[i] < ANTQ_UNKNOWN || tris[i] > ANTQ_YES)
            return 0;
    const int32_t dates[] = {ev->registration_date, ev->party_resolution_date, ev->plan_date, ev->decision_date};
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(dates); i++)
        if (dates[i] != ANTQ_DATE_UNKNOWN && !antq_date_valid(dates[i]))
            return 0;
    if (ev->decision_body < ANTQ_BODY_UNKNOWN || ev->decision_body > ANTQ_BODY_DEPARTMENT_V05)
        return 0;
    const int64_t counts[] = {ev->households_resident, ev->households_registered, ev->households_committed,
                              ev->staff_total, ev->staff_briefed, ev->staff_committed, ev->learners_total,
                              ev->learners_briefed, ev->learners_committed, ev->effective_models, ev->crimes,
                              ev->crimes_prev, ev->social_evils, ev->social_evils_prev, ev->other_violations,
                              ev->other_violations_prev, ev->subunits_total, ev->subunits_qualified, ev->members_total,
                              ev->members_registered, ev->members_certified};
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(counts); i++)
        if (counts[i] < ANTQ_COUNT_UNKNOWN)
            return 0;
    const int64_t pairs[][2] = {
        {ev->households_registered, ev->households_resident}, {ev->households_committed, ev->households_resident},
        {ev->staff_briefed, ev->staff_total}, {ev->staff_committed, ev->staff_total},
        {ev->learners_briefed, ev->learners_total}, {ev->learners_committed, ev->learners_total},
        {ev->subunits_qualified, ev->subunits_total}, {ev->members_registered, ev->members_total},
        {ev->members_certified, ev->members_total}, {ev->members_certified, ev->members_registered},
    };
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(pairs); i++)
        if (pairs[i][0] >= 0 && pairs[i][1] >= 0 && pairs[i][0] > pairs[i][1])
            return 0;
    return 1;
}

/* The same checks, naming the first field that fails. */
static int scalars_detailed(const antq_evidence *ev, antq_error *err)
{
    if (ev->year < 1901 || ev->year > 2998)
        return antq__error_set(err, ANTQ_ERANGE, "/year", "expected an evaluation year 1901-2998, found %d", (int)ev->year);
    struct { int32_t v; const char *path; } tris[] = {
        {ev->registered, "/registered"}, {ev->implements_policy, "/implements_policy"},
        {ev->parent_board_coordination, "/parent_board_coordination"},
        {ev->supervision_effective, "/supervision_effective"}, {ev->police_effective, "/police_effective"},
        {ev->police_advanced_unit, "/police_advanced_unit"}, {ev->coordination_plan, "/coordination_plan"},
        {ev->protection_advanced_title, "/protection_advanced_title"}, {ev->events_recorded, "/events_recorded"},
        {ev->disciplines_recorded, "/disciplines_recorded"},
    };
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(tris); i++)
        if (tris[i].v < ANTQ_UNKNOWN || tris[i].v > ANTQ_YES)
            return antq__error_set(err, ANTQ_ERANGE, tris[i].path, "expected -1 (unknown), 0 or 1, found %d", (int)tris[i].v);
    struct { int32_t v; const char *path; } dates[] = {
        {ev->registration_date, "/registration_date"}, {ev->party_resolution_date, "/party_resolution_date"},
        {ev->plan_date, "/plan_date"}, {ev->decision_date, "/decision_date"},
    };
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(dates); i++)
        if (dates[i].v != ANTQ_DATE_UNKNOWN && !antq_date_valid(dates[i].v))
            return antq__error_set(err, ANTQ_ERANGE, dates[i].path, "expected a real date YYYYMMDD, found %d", (int)dates[i].v);
    if (ev->decision_body < ANTQ_BODY_UNKNOWN || ev->decision_body > ANTQ_BODY_DEPARTMENT_V05)
        return antq__error_set(err, ANTQ_ERANGE, "/decision_body", "expected an authority body 0-%d, found %d",
                               ANTQ_BODY_DEPARTMENT_V05, (int)ev->decision_body);
    struct { int64_t v; const char *path; } counts[] = {
        {ev->households_resident, "/households_resident"}, {ev->households_registered, "/households_registered"},
        {ev->households_committed, "/households_committed"}, {ev->staff_total, "/staff_total"},
        {ev->staff_briefed, "/staff_briefed"}, {ev->staff_committed, "/staff_committed"},
        {ev->learners_total, "/learners_total"}, {ev->learners_briefed, "/learners_briefed"},
        {ev->learners_committed, "/learners_committed"}, {ev->effective_models, "/effective_models"},
        {ev->crimes, "/crimes"}, {ev->crimes_prev, "/crimes_prev"}, {ev->social_evils, "/social_evils"},
        {ev->social_evils_prev, "/social_evils_prev"}, {ev->other_violations, "/other_violations"},
        {ev->other_violations_prev, "/other_violations_prev"}, {ev->subunits_total, "/subunits_total"},
        {ev->subunits_qualified, "/subunits_qualified"}, {ev->members_total, "/members_total"},
        {ev->members_registered, "/members_registered"}, {ev->members_certified, "/members_certified"},
    };
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(counts); i++)
        if (counts[i].v < ANTQ_COUNT_UNKNOWN)
            return antq__error_set(err, ANTQ_ERANGE, counts[i].path, "expected a count >= 0 (or -1 for unknown), found %lld",
                                   (long long)counts[i].v);
    struct { int64_t part, whole; const char *path, *whole_name; } parts[] = {
        {ev->households_registered, ev->households_resident, "/households_registered", "households_resident"},
        {ev->households_committed, ev->households_resident, "/households_committed", "households_resident"},
        {ev->staff_briefed, ev->staff_total, "/staff_briefed", "staff_total"},
        {ev->staff_committed, ev->staff_total, "/staff_committed", "staff_total"},
        {ev->learners_briefed, ev->learners_total, "/learners_briefed", "learners_total"},
        {ev->learners_committed, ev->learners_total, "/learners_committed", "learners_total"},
        {ev->subunits_qualified, ev->subunits_total, "/subunits_qualified", "subunits_total"},
        {ev->members_registered, ev->members_total, "/members_registered", "members_total"},
        {ev->members_certified, ev->members_total, "/members_certified", "members_total"},
    };
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(parts); i++)
        if (parts[i].part >= 0 && parts[i].whole >= 0 && parts[i].part > parts[i].whole)
            return antq__error_set(err, ANTQ_ERANGE, parts[i].path, "expected at most %s = %lld, found %lld",
                                   parts[i].whole_name, (long long)parts[i].whole, (long long)parts[i].part);
    if (ev->members_certified >= 0 && ev->members_registered >= 0 && ev->members_certified > ev->members_registered)
        return antq__error_set(err, ANTQ_ERANGE, "/members_certified",
                               "expected at most members_registered = %lld, found %lld",
                               (long long)ev->members_registered, (long long)ev->members_certified);
    return ANTQ_OK;
}

int antq_evidence_validate(const antq_evidence *ev, const antq_unit *unit, antq_error *err)
{
    (void)unit;
    if (!ev)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected evidence, found NULL");
    int rc;
    if (!scalars_ok(ev) && (rc = scalars_detailed(ev, err)) != ANTQ_OK)
        return rc;
    if (ev->rule_topics < -1 || ev->rule_topics > ALL_TOPICS)
        return antq__error_set(err, ANTQ_ERANGE, "/rule_topics", "expected a topic bit set 0-%d (or -1), found %d",
                               ALL_TOPICS, (int)ev->rule_topics);
    int ratings[] = {ev->grassroots_rating, ev->protection_rating};
    const char *rating_paths[] = {"/grassroots_rating", "/protection_rating"};
    for (size_t i = 0; i < 2; i++)
        if (ratings[i] < ANTQ_RATING_UNKNOWN || ratings[i] > ANTQ_RATING_EXCELLENT)
            return antq__error_set(err, ANTQ_ERANGE, rating_paths[i], "expected a rating 0-4, found %d", ratings[i]);
    if (ev->n_events && !ev->events)
        return antq__error_set(err, ANTQ_EINVAL, "/events", "expected %zu events, found a NULL array", ev->n_events);
    if (ev->n_disciplines && !ev->disciplines)
        return antq__error_set(err, ANTQ_EINVAL, "/disciplines", "expected %zu records, found a NULL array", ev->n_disciplines);
    if (ev->n_extra && !ev->extra)
        return antq__error_set(err, ANTQ_EINVAL, "/extra", "expected %zu answers, found a NULL array", ev->n_extra);
    char path[64];
    for (size_t i = 0; i < ev->n_events; i++) {
        const antq_event *e = &ev->events[i];
        if (!antq_date_valid(e->date)) {
            snprintf(path, sizeof path, "/events/%zu/date", i);
            return antq__error_set(err, e->date ? ANTQ_ERANGE : ANTQ_EMISSING, path,
                                   "expected the date of the event (YYYYMMDD), found %d", (int)e->date);
        }
        if (e->kind <= ANTQ_EVENT_UNKNOWN || e->kind >= ANTQ_EVENT_KIND_COUNT) {
            snprintf(path, sizeof path, "/events/%zu/kind", i);
            return antq__error_set(err, ANTQ_ERANGE, path, "expected an event kind 1-%d, found %d",
                                   ANTQ_EVENT_KIND_COUNT - 1, (int)e->kind);
        }
        if (e->severity < 0 || e->severity > ANTQ_SEVERITY_PARTICULARLY_SERIOUS) {
            snprintf(path, sizeof path, "/events/%zu/severity", i);
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a severity 0-4, found %d", (int)e->severity);
        }
        if (e->discipline < -1 || e->discipline > ANTQ_DISCIPLINE_DISMISSAL) {
            snprintf(path, sizeof path, "/events/%zu/discipline", i);
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a discipline level -1..7, found %d", (int)e->discipline);
        }
        if (e->force_majeure < ANTQ_UNKNOWN || e->force_majeure > ANTQ_YES ||
            e->handled_promptly < ANTQ_UNKNOWN || e->handled_promptly > ANTQ_YES) {
            snprintf(path, sizeof path, "/events/%zu/%s", i,
                     e->force_majeure < ANTQ_UNKNOWN || e->force_majeure > ANTQ_YES ? "force_majeure" : "handled_promptly");
            return antq__error_set(err, ANTQ_ERANGE, path, "expected -1 (unknown), 0 or 1");
        }
        size_t bad;
        if (e->note && !antq__utf8_valid(e->note, strlen(e->note), &bad)) {
            snprintf(path, sizeof path, "/events/%zu/note", i);
            return antq__error_set(err, ANTQ_EUTF8, path, "expected UTF-8 text, found an invalid byte at offset %zu", bad);
        }
    }
    for (size_t i = 0; i < ev->n_disciplines; i++) {
        const antq_discipline *d = &ev->disciplines[i];
        if (!antq_date_valid(d->date)) {
            snprintf(path, sizeof path, "/disciplines/%zu/date", i);
            return antq__error_set(err, d->date ? ANTQ_ERANGE : ANTQ_EMISSING, path,
                                   "expected the date of the decision (YYYYMMDD), found %d", (int)d->date);
        }
        if (d->role <= ANTQ_ROLE_UNKNOWN || d->role > ANTQ_ROLE_NEIGHBOURHOOD_PROTECTION) {
            snprintf(path, sizeof path, "/disciplines/%zu/role", i);
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a role 1-5, found %d", (int)d->role);
        }
        if (d->level <= ANTQ_DISCIPLINE_NONE || d->level > ANTQ_DISCIPLINE_DISMISSAL) {
            snprintf(path, sizeof path, "/disciplines/%zu/level", i);
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a discipline level 1-7, found %d", (int)d->level);
        }
    }
    for (size_t i = 0; i < ev->n_extra; i++) {
        if (!ev->extra[i].criterion_id || !ev->extra[i].criterion_id[0]) {
            snprintf(path, sizeof path, "/extra/%zu/criterion", i);
            return antq__error_set(err, ANTQ_EMISSING, path, "expected the id of an extra criterion, found nothing");
        }
        if (ev->extra[i].met < ANTQ_UNKNOWN || ev->extra[i].met > ANTQ_YES) {
            snprintf(path, sizeof path, "/extra/%zu/met", i);
            return antq__error_set(err, ANTQ_ERANGE, path, "expected -1 (unknown), 0 or 1, found %d", (int)ev->extra[i].met);
        }
    }
    return ANTQ_OK;
}
