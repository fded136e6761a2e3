/* Test fixtures: for each unit kind, a unit and evidence that pass every
 * criterion of Circular 124/2021 for evaluation year 2024 under the default
 * options. Tests copy a fixture and change one fact.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_TEST_FIXTURES_H
#define ANTQ_TEST_FIXTURES_H

#include <antq.h>
#include <string.h>

typedef struct fixture {
    antq_unit unit;
    antq_evidence ev;
    antq_event events[16];
    antq_discipline disciplines[8];
    antq_extra_answer extra[8];
    antq_options opts;
} fixture;

/* Append an event to the fixture's evidence and return it for further edits. */
static inline antq_event *fixture_add_event(fixture *f, int kind, int32_t date)
{
    antq_event *e = &f->events[f->ev.n_events++];
    antq_event_init(e);
    e->kind = kind;
    e->date = date;
    e->force_majeure = ANTQ_NO;
    e->handled_promptly = ANTQ_NO;
    f->ev.events = f->events;
    return e;
}

static inline antq_discipline *fixture_add_discipline(fixture *f, int role, int level, int32_t date)
{
    antq_discipline *d = &f->disciplines[f->ev.n_disciplines++];
    memset(d, 0, sizeof *d);
    d->role = role;
    d->level = level;
    d->date = date;
    f->ev.disciplines = f->disciplines;
    return d;
}

static inline void fixture_common(fixture *f, int kind, const char *id, int year)
{
    memset(f, 0, sizeof *f);
    antq_unit_init(&f->unit);
    antq_evidence_init(&f->ev);
    antq_options_init(&f->opts, ANTQ_OPTIONS_VERSION);
    f->unit.id = id;
    f->unit.kind = kind;
    f->ev.year = year;
    f->ev.registered = ANTQ_YES;
    f->ev.registration_date = antq_date_make(year, 2, 20);
    f->ev.party_resolution_date = antq_date_make(year, 1, 15);
    f->ev.plan_date = antq_date_make(year, 1, 20);
    f->ev.implements_policy = ANTQ_YES;
    f->ev.events_recorded = ANTQ_YES;
    f->ev.disciplines_recorded = ANTQ_YES;
    f->ev.events = f->events;
    f->ev.disciplines = f->disciplines;
    f->ev.extra = f->extra;
}

/* A residential area (Art. 4). */
static inline void fixture_residential_area(fixture *f, int year)
{
    fixture_common(f, ANTQ_KIND_RESIDENTIAL_AREA, "RA-001", year);
    f->unit.name = "Thôn Nà Pài";
    f->unit.local_type = "thôn";
    f->unit.parent_id = "CW-001";
    f->unit.managing_level = ANTQ_LEVEL_COMMUNE;
    f->ev.households_resident = 240;
    f->ev.households_registered = 240;
    f->ev.households_committed = 240;
    f->ev.crimes = 2;
    f->ev.crimes_prev = 3;
    f->ev.social_evils = 1;
    f->ev.social_evils_prev = 1;
    f->ev.other_violations = 4;
    f->ev.other_violations_prev = 6;
    f->ev.supervision_effective = ANTQ_YES;
    f->ev.grassroots_rating = ANTQ_RATING_COMPLETED;
}

/* A commune (Art. 5) whose member counts are given in the evidence. */
static inline void fixture_commune(fixture *f, int year)
{
    fixture_common(f, ANTQ_KIND_COMMUNE, "CW-001", year);
    f->unit.name = "Xã Bằng Vân";
    f->unit.commune_type = ANTQ_COMMUNE_TYPE_COMMUNE;
    f->ev.effective_models = 2;
    f->ev.crimes = 10;
    f->ev.crimes_prev = 12;
    f->ev.social_evils = 3;
    f->ev.social_evils_prev = 3;
    f->ev.other_violations = 20;
    f->ev.other_violations_prev = 25;
    f->ev.supervision_effective = ANTQ_YES;
    f->ev.police_effective = ANTQ_YES;
    f->ev.police_advanced_unit = ANTQ_YES;
    f->ev.members_total = 20;
    f->ev.members_registered = 20;
    f->ev.members_certified = 14; /* exactly 70% */
}

static inline void fixture_agency_like(fixture *f, int kind, const char *id, int year)
{
    fixture_common(f, kind, id, year);
    f->unit.parent_id = "CW-001";
    f->unit.managing_level = ANTQ_LEVEL_COMMUNE;
    f->unit.armed_forces = ANTQ_NO;
    f->unit.has_party_org = ANTQ_YES;
    f->unit.has_protection_force = ANTQ_YES;
    f->unit.emulation_eligible = ANTQ_YES;
    f->ev.rule_topics = ANTQ_TOPIC_UNIT_PROTECTION | ANTQ_TOPIC_STATE_SECRETS | ANTQ_TOPIC_INTERNAL_POLITICS |
                        ANTQ_TOPIC_LABOUR_SAFETY | ANTQ_TOPIC_FIRE_PREVENTION | ANTQ_TOPIC_ENVIRONMENT |
                        ANTQ_TOPIC_LEARNER_MANAGEMENT;
    f->ev.staff_total = 50;
    f->ev.staff_briefed = 50;
    f->ev.staff_committed = 50;
    f->ev.effective_models = 1;
    f->ev.coordination_plan = ANTQ_YES;
    f->ev.protection_rating = ANTQ_RATING_COMPLETED_WELL;
    f->ev.protection_advanced_title = ANTQ_NO;
    f->ev.subunits_total = 10;
    f->ev.subunits_qualified = 7; /* exactly 70% */
}

/* An agency (Art. 6). */
static inline void fixture_agency(fixture *f, int year)
{
    fixture_agency_like(f, ANTQ_KIND_AGENCY, "AG-001", year);
    f->unit.name = "Phòng Tài chính";
}

/* A medium enterprise (Art. 6). */
static inline void fixture_enterprise(fixture *f, int year)
{
    fixture_agency_like(f, ANTQ_KIND_ENTERPRISE, "EN-001", year);
    f->unit.name = "Công ty TNHH Khoáng sản Nà Rì";
    f->unit.armed_forces = ANTQ_UNKNOWN;
    f->unit.enterprise_size = ANTQ_SIZE_MEDIUM;
}

/* An upper-secondary school (Art. 7). */
static inline void fixture_school(fixture *f, int year)
{
    fixture_agency_like(f, ANTQ_KIND_EDUCATIONAL_INSTITUTION, "EI-001", year);
    f->unit.name = "Trường THPT Bắc Kạn";
    f->unit.armed_forces = ANTQ_UNKNOWN;
    f->unit.education_level = ANTQ_EDU_UPPER_SECONDARY;
    f->ev.learners_total = 900;
    f->ev.learners_briefed = 900;
    f->ev.learners_committed = 900;
    f->ev.parent_board_coordination = ANTQ_YES;
}

/* Fixture for a kind (ANTQ_KIND_*). */
static inline void fixture_for_kind(fixture *f, int kind, int year)
{
    switch (kind) {
    case ANTQ_KIND_RESIDENTIAL_AREA: fixture_residential_area(f, year); break;
    case ANTQ_KIND_COMMUNE: fixture_commune(f, year); break;
    case ANTQ_KIND_AGENCY: fixture_agency(f, year); break;
    case ANTQ_KIND_ENTERPRISE: fixture_enterprise(f, year); break;
    default: fixture_school(f, year); break;
    }
}

/* Evaluate a fixture; returns the result (caller frees) or NULL, with rc in *rc. */
static inline antq_result *fixture_evaluate(fixture *f, int *rc)
{
    antq_result *r = NULL;
    antq_error err;
    int code = antq_evaluate(&r, &f->unit, &f->ev, NULL, NULL, 0, &f->opts, &err);
    if (rc)
        *rc = code;
    return r;
}

/* Outcome of one criterion in a fixture's evaluation (0 if absent or error). */
static inline int fixture_outcome(fixture *f, const char *criterion)
{
    antq_result *r = fixture_evaluate(f, NULL);
    const antq_check *c = r ? antq_result_find(r, criterion) : NULL;
    int o = c ? c->outcome : 0;
    antq_result_free(r);
    return o;
}

static inline int fixture_verdict(fixture *f)
{
    antq_result *r = fixture_evaluate(f, NULL);
    int v = r ? antq_result_verdict(r) : 0;
    antq_result_free(r);
    return v;
}

#endif
