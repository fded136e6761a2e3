/* Unit tests: antq_unit_validate, antq_evidence_validate and the validation
 * step of antq_evaluate. Every error must come with its documented status, the
 * exact path of the offending field and a non-empty message.
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "fixtures.h"

static const int kinds[] = {ANTQ_KIND_RESIDENTIAL_AREA, ANTQ_KIND_COMMUNE, ANTQ_KIND_AGENCY, ANTQ_KIND_ENTERPRISE,
                            ANTQ_KIND_EDUCATIONAL_INSTITUTION};
#define N_KINDS (sizeof kinds / sizeof kinds[0])

/* Assert that rc is `code`, and that err carries the same code, `path` and a message. */
#define ck_assert_error(rc, err, want_code, want_path)                                                        \
    do {                                                                                                     \
        int rc_ = (rc);                                                                                      \
        ck_assert_msg(rc_ == (want_code), "expected %s, got %s (path \"%s\", message \"%s\")",               \
                      antq_status_name(want_code), antq_status_name(rc_), (err).path, (err).message);        \
        ck_assert_int_eq((err).code, (want_code));                                                           \
        ck_assert_str_eq((err).path, (want_path));                                                           \
        ck_assert_msg((err).message[0] != '\0', "empty message for %s", (want_path));                       \
    } while (0)

static int unit_check(const antq_unit *u, antq_error *err)
{
    memset(err, 0, sizeof *err);
    return antq_unit_validate(u, err);
}

static int ev_check(const fixture *f, antq_error *err)
{
    memset(err, 0, sizeof *err);
    return antq_evidence_validate(&f->ev, &f->unit, err);
}

/* ================================================================ units */

START_TEST(fixture_units_are_valid)
{
    for (size_t i = 0; i < N_KINDS; i++) {
        fixture f;
        fixture_for_kind(&f, kinds[i], 2024);
        antq_error err;
        ck_assert_int_eq(unit_check(&f.unit, &err), ANTQ_OK);
        ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
    }
}
END_TEST

START_TEST(error_record_untouched_on_success)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_error err, before;
    memset(&err, 0xAB, sizeof err);
    memcpy(&before, &err, sizeof err);
    ck_assert_int_eq(antq_unit_validate(&f.unit, &err), ANTQ_OK);
    ck_assert_int_eq(antq_evidence_validate(&f.ev, &f.unit, &err), ANTQ_OK);
    ck_assert_int_eq(memcmp(&err, &before, sizeof err), 0);
    /* and a NULL error record is accepted on failure */
    f.unit.id = NULL;
    ck_assert_int_eq(antq_unit_validate(&f.unit, NULL), ANTQ_EMISSING);
}
END_TEST

START_TEST(unit_null_is_einval)
{
    antq_error err;
    memset(&err, 0, sizeof err);
    ck_assert_int_eq(antq_unit_validate(NULL, &err), ANTQ_EINVAL);
    ck_assert_int_eq(err.code, ANTQ_EINVAL);
    ck_assert(err.message[0] != '\0');
}
END_TEST

START_TEST(unit_id_required)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_error err;
    f.unit.id = NULL;
    ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_EMISSING, "/id");
    f.unit.id = "";
    ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_EMISSING, "/id");
    f.unit.id = "RA-9";
    ck_assert_int_eq(unit_check(&f.unit, &err), ANTQ_OK);
}
END_TEST

START_TEST(unit_kind_in_range)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_error err;
    f.unit.kind = ANTQ_KIND_UNKNOWN;
    ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_ERANGE, "/kind");
    f.unit.kind = ANTQ_KIND_COUNT;
    ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_ERANGE, "/kind");
    f.unit.kind = -3;
    ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_ERANGE, "/kind");
    f.unit.kind = ANTQ_KIND_RESIDENTIAL_AREA;
    ck_assert_int_eq(unit_check(&f.unit, &err), ANTQ_OK);
}
END_TEST

START_TEST(unit_invalid_utf8_name)
{
    static const char *const bad[] = {
        "Th\xf4n",            /* Latin-1 ô */
        "\xff",               /* never valid */
        "\xc0\xaf",           /* overlong '/' */
        "\xed\xa0\x80",       /* UTF-16 surrogate */
        "Th\xc3",             /* truncated sequence */
        "\xf4\x90\x80\x80",   /* above U+10FFFF */
    };
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_error err;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        f.unit.name = bad[i];
        ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_EUTF8, "/name");
    }
    f.unit.name = "Thôn Nà Pài — tổ 5 🏠";
    ck_assert_int_eq(unit_check(&f.unit, &err), ANTQ_OK);
    f.unit.name = NULL; /* the name is optional */
    ck_assert_int_eq(unit_check(&f.unit, &err), ANTQ_OK);
}
END_TEST

START_TEST(unit_invalid_utf8_other_strings)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_error err;
    f.unit.local_type = "th\xf4n";
    ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_EUTF8, "/local_type");
    f.unit.local_type = "thôn";
    f.unit.id = "RA-\xff";
    ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_EUTF8, "/id");
    f.unit.id = "RA-001";
    ck_assert_int_eq(unit_check(&f.unit, &err), ANTQ_OK);
}
END_TEST

START_TEST(unit_enums_in_range)
{
    antq_error err;
    struct {
        int kind;
        size_t offset;
        int32_t bad, good;
        const char *path;
    } cases[] = {
        {ANTQ_KIND_COMMUNE, offsetof(antq_unit, commune_type), 5, ANTQ_COMMUNE_TYPE_SPECIAL_ZONE, "/commune_type"},
        {ANTQ_KIND_COMMUNE, offsetof(antq_unit, commune_type), -1, ANTQ_COMMUNE_TYPE_WARD, "/commune_type"},
        {ANTQ_KIND_AGENCY, offsetof(antq_unit, managing_level), 5, ANTQ_LEVEL_MINISTRY, "/managing_level"},
        {ANTQ_KIND_AGENCY, offsetof(antq_unit, managing_level), -1, ANTQ_LEVEL_UNKNOWN, "/managing_level"},
        {ANTQ_KIND_ENTERPRISE, offsetof(antq_unit, enterprise_size), 5, ANTQ_SIZE_LARGE, "/enterprise_size"},
        {ANTQ_KIND_ENTERPRISE, offsetof(antq_unit, enterprise_size), -1, ANTQ_SIZE_MICRO, "/enterprise_size"},
        {ANTQ_KIND_EDUCATIONAL_INSTITUTION, offsetof(antq_unit, education_level), 12, ANTQ_EDU_OTHER,
         "/education_level"},
        {ANTQ_KIND_EDUCATIONAL_INSTITUTION, offsetof(antq_unit, education_level), -1, ANTQ_EDU_NURSERY,
         "/education_level"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fixture f;
        fixture_for_kind(&f, cases[i].kind, 2024);
        int32_t *field = (int32_t *)(void *)((char *)&f.unit + cases[i].offset);
        *field = cases[i].bad;
        ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_ERANGE, cases[i].path);
        *field = cases[i].good;
        ck_assert_msg(unit_check(&f.unit, &err) == ANTQ_OK, "%s = %d should pass", cases[i].path, (int)cases[i].good);
    }
}
END_TEST

START_TEST(unit_tri_states_in_range)
{
    struct {
        size_t offset;
        const char *path;
    } tris[] = {
        {offsetof(antq_unit, delegated_to_commune), "/delegated_to_commune"},
        {offsetof(antq_unit, armed_forces), "/armed_forces"},
        {offsetof(antq_unit, has_party_org), "/has_party_org"},
        {offsetof(antq_unit, general_education), "/general_education"},
        {offsetof(antq_unit, has_protection_force), "/has_protection_force"},
        {offsetof(antq_unit, emulation_eligible), "/emulation_eligible"},
    };
    antq_error err;
    for (size_t i = 0; i < sizeof tris / sizeof tris[0]; i++) {
        fixture f;
        fixture_school(&f, 2024);
        int32_t *field = (int32_t *)(void *)((char *)&f.unit + tris[i].offset);
        static const int32_t bad[] = {2, -2, 100};
        for (size_t b = 0; b < 3; b++) {
            *field = bad[b];
            ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_ERANGE, tris[i].path);
        }
        static const int32_t good[] = {ANTQ_UNKNOWN, ANTQ_NO, ANTQ_YES};
        for (size_t g = 0; g < 3; g++) {
            *field = good[g];
            ck_assert_int_eq(unit_check(&f.unit, &err), ANTQ_OK);
        }
    }
}
END_TEST

START_TEST(unit_attributes_consistent_with_kind)
{
    fixture f;
    antq_error err;
    fixture_residential_area(&f, 2024);
    f.unit.commune_type = ANTQ_COMMUNE_TYPE_WARD;
    ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_EINVAL, "/commune_type");
    fixture_agency(&f, 2024);
    f.unit.enterprise_size = ANTQ_SIZE_LARGE;
    ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_EINVAL, "/enterprise_size");
    fixture_enterprise(&f, 2024);
    f.unit.education_level = ANTQ_EDU_UNIVERSITY;
    ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_EINVAL, "/education_level");
    /* the same attributes on the right kind pass */
    fixture_commune(&f, 2024);
    f.unit.commune_type = ANTQ_COMMUNE_TYPE_WARD;
    ck_assert_int_eq(unit_check(&f.unit, &err), ANTQ_OK);
    fixture_school(&f, 2024);
    f.unit.education_level = ANTQ_EDU_UNIVERSITY;
    ck_assert_int_eq(unit_check(&f.unit, &err), ANTQ_OK);
}
END_TEST

START_TEST(unit_own_parent_is_a_cycle)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_error err;
    f.unit.parent_id = f.unit.id;
    ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_ECYCLE, "/parent");
    f.unit.parent_id = "RA-001"; /* equal text, different pointer */
    ck_assert_error(unit_check(&f.unit, &err), err, ANTQ_ECYCLE, "/parent");
    f.unit.parent_id = "CW-001";
    ck_assert_int_eq(unit_check(&f.unit, &err), ANTQ_OK);
}
END_TEST

/* ============================================================= evidence */

START_TEST(evidence_null_is_einval)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_error err;
    memset(&err, 0, sizeof err);
    ck_assert_int_eq(antq_evidence_validate(NULL, &f.unit, &err), ANTQ_EINVAL);
    ck_assert_int_eq(err.code, ANTQ_EINVAL);
    ck_assert(err.message[0] != '\0');
}
END_TEST

START_TEST(evidence_year_required)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_error err;
    f.ev.year = 0;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/year");
    f.ev.year = 1900;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/year");
    f.ev.year = 2999;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/year");
    f.ev.year = 2998;
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
    f.ev.year = 1901;
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
}
END_TEST

START_TEST(evidence_tri_states_in_range)
{
    struct {
        size_t offset;
        const char *path;
    } tris[] = {
        {offsetof(antq_evidence, registered), "/registered"},
        {offsetof(antq_evidence, implements_policy), "/implements_policy"},
        {offsetof(antq_evidence, parent_board_coordination), "/parent_board_coordination"},
        {offsetof(antq_evidence, supervision_effective), "/supervision_effective"},
        {offsetof(antq_evidence, police_effective), "/police_effective"},
        {offsetof(antq_evidence, police_advanced_unit), "/police_advanced_unit"},
        {offsetof(antq_evidence, coordination_plan), "/coordination_plan"},
        {offsetof(antq_evidence, protection_advanced_title), "/protection_advanced_title"},
        {offsetof(antq_evidence, events_recorded), "/events_recorded"},
        {offsetof(antq_evidence, disciplines_recorded), "/disciplines_recorded"},
    };
    antq_error err;
    for (size_t i = 0; i < sizeof tris / sizeof tris[0]; i++) {
        fixture f;
        fixture_school(&f, 2024);
        int32_t *field = (int32_t *)(void *)((char *)&f.ev + tris[i].offset);
        *field = 2;
        ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, tris[i].path);
        *field = -2;
        ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, tris[i].path);
        *field = ANTQ_UNKNOWN;
        ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
    }
}
END_TEST

START_TEST(evidence_dates_real)
{
    struct {
        size_t offset;
        const char *path;
    } dates[] = {
        {offsetof(antq_evidence, registration_date), "/registration_date"},
        {offsetof(antq_evidence, party_resolution_date), "/party_resolution_date"},
        {offsetof(antq_evidence, plan_date), "/plan_date"},
    };
    antq_error err;
    for (size_t i = 0; i < 3; i++) {
        fixture f;
        fixture_agency(&f, 2024);
        int32_t *field = (int32_t *)(void *)((char *)&f.ev + dates[i].offset);
        *field = 20240230;
        ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, dates[i].path);
        *field = 2024;
        ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, dates[i].path);
        *field = ANTQ_DATE_UNKNOWN; /* not reported is valid */
        ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
        *field = 20240229;
        ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
    }
}
END_TEST

START_TEST(evidence_counts_unknown_or_non_negative)
{
    struct {
        size_t offset;
        const char *path;
    } counts[] = {
        {offsetof(antq_evidence, households_resident), "/households_resident"},
        {offsetof(antq_evidence, households_registered), "/households_registered"},
        {offsetof(antq_evidence, households_committed), "/households_committed"},
        {offsetof(antq_evidence, staff_total), "/staff_total"},
        {offsetof(antq_evidence, staff_briefed), "/staff_briefed"},
        {offsetof(antq_evidence, staff_committed), "/staff_committed"},
        {offsetof(antq_evidence, learners_total), "/learners_total"},
        {offsetof(antq_evidence, learners_briefed), "/learners_briefed"},
        {offsetof(antq_evidence, learners_committed), "/learners_committed"},
        {offsetof(antq_evidence, effective_models), "/effective_models"},
        {offsetof(antq_evidence, crimes), "/crimes"},
        {offsetof(antq_evidence, crimes_prev), "/crimes_prev"},
        {offsetof(antq_evidence, social_evils), "/social_evils"},
        {offsetof(antq_evidence, social_evils_prev), "/social_evils_prev"},
        {offsetof(antq_evidence, other_violations), "/other_violations"},
        {offsetof(antq_evidence, other_violations_prev), "/other_violations_prev"},
        {offsetof(antq_evidence, subunits_total), "/subunits_total"},
        {offsetof(antq_evidence, subunits_qualified), "/subunits_qualified"},
        {offsetof(antq_evidence, members_total), "/members_total"},
        {offsetof(antq_evidence, members_registered), "/members_registered"},
        {offsetof(antq_evidence, members_certified), "/members_certified"},
    };
    antq_error err;
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
        fixture f;
        fixture_common(&f, ANTQ_KIND_AGENCY, "AG-9", 2024); /* every count unknown */
        int64_t *field = (int64_t *)(void *)((char *)&f.ev + counts[i].offset);
        static const int64_t bad[] = {-2, -100, INT64_MIN};
        for (size_t b = 0; b < 3; b++) {
            *field = bad[b];
            ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, counts[i].path);
        }
        *field = ANTQ_COUNT_UNKNOWN;
        ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
        *field = 0;
        ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
        *field = 1000000;
        ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
    }
}
END_TEST

START_TEST(evidence_part_not_above_total)
{
    struct {
        size_t part, whole;
        const char *path;
    } parts[] = {
        {offsetof(antq_evidence, households_registered), offsetof(antq_evidence, households_resident),
         "/households_registered"},
        {offsetof(antq_evidence, households_committed), offsetof(antq_evidence, households_resident),
         "/households_committed"},
        {offsetof(antq_evidence, staff_briefed), offsetof(antq_evidence, staff_total), "/staff_briefed"},
        {offsetof(antq_evidence, staff_committed), offsetof(antq_evidence, staff_total), "/staff_committed"},
        {offsetof(antq_evidence, learners_briefed), offsetof(antq_evidence, learners_total), "/learners_briefed"},
        {offsetof(antq_evidence, learners_committed), offsetof(antq_evidence, learners_total), "/learners_committed"},
        {offsetof(antq_evidence, subunits_qualified), offsetof(antq_evidence, subunits_total), "/subunits_qualified"},
        {offsetof(antq_evidence, members_registered), offsetof(antq_evidence, members_total), "/members_registered"},
        {offsetof(antq_evidence, members_certified), offsetof(antq_evidence, members_total), "/members_certified"},
    };
    antq_error err;
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++) {
        fixture f;
        fixture_common(&f, ANTQ_KIND_COMMUNE, "CW-9", 2024);
        int64_t *part = (int64_t *)(void *)((char *)&f.ev + parts[i].part);
        int64_t *whole = (int64_t *)(void *)((char *)&f.ev + parts[i].whole);
        *whole = 240;
        *part = 241;
        ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, parts[i].path);
        *part = 240;
        ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
        /* an unknown total cannot be exceeded */
        *whole = ANTQ_COUNT_UNKNOWN;
        *part = 241;
        ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
    }
}
END_TEST

START_TEST(evidence_households_registered_above_resident)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_error err;
    f.ev.households_registered = 241; /* resident: 240 */
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/households_registered");
    f.ev.households_registered = 238;
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
}
END_TEST

START_TEST(evidence_certified_members_not_above_registered)
{
    fixture f;
    fixture_commune(&f, 2024);
    antq_error err;
    f.ev.members_registered = 13; /* certified: 14 */
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/members_certified");
    f.ev.members_registered = 14;
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
}
END_TEST

START_TEST(evidence_rule_topics_and_ratings_in_range)
{
    fixture f;
    fixture_agency(&f, 2024);
    antq_error err;
    f.ev.rule_topics = 0x80;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/rule_topics");
    f.ev.rule_topics = -2;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/rule_topics");
    f.ev.rule_topics = -1;
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
    f.ev.rule_topics = 0;
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);

    f.ev.grassroots_rating = ANTQ_RATING_EXCELLENT + 1;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/grassroots_rating");
    f.ev.grassroots_rating = -1;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/grassroots_rating");
    f.ev.grassroots_rating = ANTQ_RATING_EXCELLENT;
    f.ev.protection_rating = 5;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/protection_rating");
    f.ev.protection_rating = ANTQ_RATING_UNKNOWN;
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
}
END_TEST

START_TEST(evidence_arrays_present)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_error err;
    f.ev.n_events = 2;
    f.ev.events = NULL;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_EINVAL, "/events");
    fixture_residential_area(&f, 2024);
    f.ev.n_disciplines = 1;
    f.ev.disciplines = NULL;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_EINVAL, "/disciplines");
    fixture_residential_area(&f, 2024);
    f.ev.n_extra = 1;
    f.ev.extra = NULL;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_EINVAL, "/extra");
    /* zero elements with a NULL array are fine */
    fixture_residential_area(&f, 2024);
    f.ev.events = NULL;
    f.ev.disciplines = NULL;
    f.ev.extra = NULL;
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
}
END_TEST

START_TEST(event_date_path_names_the_index)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_error err;
    fixture_add_event(&f, ANTQ_EVENT_NEW_HOTSPOT, 20240301);
    antq_event *e = fixture_add_event(&f, ANTQ_EVENT_CRIME, 20240229);
    e->severity = ANTQ_SEVERITY_LESS_SERIOUS;
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
    e->date = 20230229;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/events/1/date");
    e->date = ANTQ_DATE_UNKNOWN; /* required */
    ck_assert_error(ev_check(&f, &err), err, ANTQ_EMISSING, "/events/1/date");
    e->date = 20240229;
    f.events[0].date = 20241301;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/events/0/date");
}
END_TEST

START_TEST(event_fields_in_range)
{
    antq_error err;
    fixture f;
    fixture_agency(&f, 2024);
    antq_event *e = fixture_add_event(&f, ANTQ_EVENT_CRIME, 20240301);
    e->severity = ANTQ_SEVERITY_SERIOUS;
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);

    e->kind = ANTQ_EVENT_UNKNOWN;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/events/0/kind");
    e->kind = ANTQ_EVENT_KIND_COUNT;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/events/0/kind");
    e->kind = ANTQ_EVENT_CRIME;

    e->severity = ANTQ_SEVERITY_PARTICULARLY_SERIOUS + 1;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/events/0/severity");
    e->severity = -1;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/events/0/severity");
    e->severity = ANTQ_SEVERITY_SERIOUS;

    e->discipline = -2;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/events/0/discipline");
    e->discipline = ANTQ_DISCIPLINE_DISMISSAL + 1;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/events/0/discipline");
    e->discipline = -1; /* not reported */
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);

    e->force_majeure = 2;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/events/0/force_majeure");
    e->force_majeure = ANTQ_UNKNOWN;
    e->handled_promptly = -2;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/events/0/handled_promptly");
    e->handled_promptly = ANTQ_YES;

    e->note = "v\xe1 vi\xea\xcc";
    ck_assert_error(ev_check(&f, &err), err, ANTQ_EUTF8, "/events/0/note");
    e->note = "vụ việc ở tổ 3";
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
}
END_TEST

START_TEST(discipline_fields)
{
    antq_error err;
    fixture f;
    fixture_residential_area(&f, 2024);
    fixture_add_discipline(&f, ANTQ_ROLE_GRASSROOTS_TEAM, ANTQ_DISCIPLINE_REPRIMAND, 20240305);
    antq_discipline *d = fixture_add_discipline(&f, ANTQ_ROLE_GRASSROOTS_TEAM, ANTQ_DISCIPLINE_WARNING, 20240405);
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);

    d->level = ANTQ_DISCIPLINE_NONE;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/disciplines/1/level");
    d->level = ANTQ_DISCIPLINE_DISMISSAL + 1;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/disciplines/1/level");
    d->level = ANTQ_DISCIPLINE_WARNING;

    d->role = ANTQ_ROLE_UNKNOWN;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/disciplines/1/role");
    d->role = ANTQ_ROLE_NEIGHBOURHOOD_PROTECTION + 1;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/disciplines/1/role");
    d->role = ANTQ_ROLE_GRASSROOTS_TEAM;

    f.disciplines[0].date = ANTQ_DATE_UNKNOWN;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_EMISSING, "/disciplines/0/date");
    f.disciplines[0].date = 20240230;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/disciplines/0/date");
    f.disciplines[0].date = 20240305;

    f.disciplines[0].level = 0;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/disciplines/0/level");
    f.disciplines[0].level = ANTQ_DISCIPLINE_REPRIMAND;
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
}
END_TEST

START_TEST(extra_answers)
{
    antq_error err;
    fixture f;
    fixture_residential_area(&f, 2024);
    f.extra[0].criterion_id = "BK-01";
    f.extra[0].met = ANTQ_YES;
    f.extra[1].criterion_id = "BK-02";
    f.extra[1].met = ANTQ_UNKNOWN;
    f.ev.n_extra = 2;
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
    f.extra[1].criterion_id = NULL;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_EMISSING, "/extra/1/criterion");
    f.extra[1].criterion_id = "";
    ck_assert_error(ev_check(&f, &err), err, ANTQ_EMISSING, "/extra/1/criterion");
    f.extra[1].criterion_id = "BK-02";
    f.extra[0].met = 2;
    ck_assert_error(ev_check(&f, &err), err, ANTQ_ERANGE, "/extra/0/met");
    f.extra[0].met = ANTQ_NO;
    ck_assert_int_eq(ev_check(&f, &err), ANTQ_OK);
}
END_TEST

START_TEST(validate_does_not_modify)
{
    fixture f;
    fixture_school(&f, 2024);
    fixture_add_event(&f, ANTQ_EVENT_SCHOOL_VIOLENCE, 20240301);
    fixture_add_discipline(&f, ANTQ_ROLE_SUBUNIT, ANTQ_DISCIPLINE_WARNING, 20240402);
    fixture copy;
    memcpy(&copy, &f, sizeof f);
    antq_error err;
    ck_assert_int_eq(antq_unit_validate(&f.unit, &err), ANTQ_OK);
    ck_assert_int_eq(antq_evidence_validate(&f.ev, &f.unit, &err), ANTQ_OK);
    f.events[0].date = 20240230; /* failing path too */
    copy.events[0].date = 20240230;
    ck_assert_int_eq(antq_evidence_validate(&f.ev, &f.unit, &err), ANTQ_ERANGE);
    ck_assert_int_eq(memcmp(&copy, &f, sizeof f), 0);
}
END_TEST

/* ========================================================= antq_evaluate */

/* A sentinel that is not a valid result: evaluate must overwrite it with NULL. */
static char sentinel_byte;
static antq_result *sentinel(void) { return (antq_result *)(void *)&sentinel_byte; }

START_TEST(evaluate_returns_the_validation_error)
{
    antq_error err;
    antq_result *r;

    fixture f;
    /* unit errors */
    fixture_residential_area(&f, 2024);
    f.unit.id = NULL;
    r = sentinel();
    memset(&err, 0, sizeof err);
    ck_assert_error(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), err, ANTQ_EMISSING, "/id");
    ck_assert_ptr_null(r);

    fixture_residential_area(&f, 2024);
    f.unit.name = "\xff\xfe";
    r = sentinel();
    memset(&err, 0, sizeof err);
    ck_assert_error(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), err, ANTQ_EUTF8, "/name");
    ck_assert_ptr_null(r);

    fixture_residential_area(&f, 2024);
    f.unit.parent_id = "RA-001";
    r = sentinel();
    memset(&err, 0, sizeof err);
    ck_assert_error(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), err, ANTQ_ECYCLE, "/parent");
    ck_assert_ptr_null(r);

    /* evidence errors */
    fixture_residential_area(&f, 2024);
    f.ev.households_registered = 241;
    r = sentinel();
    memset(&err, 0, sizeof err);
    ck_assert_error(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), err, ANTQ_ERANGE,
                    "/households_registered");
    ck_assert_ptr_null(r);

    fixture_residential_area(&f, 2024);
    fixture_add_event(&f, ANTQ_EVENT_NEW_HOTSPOT, 20240301);
    fixture_add_event(&f, ANTQ_EVENT_NEW_HOTSPOT, ANTQ_DATE_UNKNOWN);
    r = sentinel();
    memset(&err, 0, sizeof err);
    ck_assert_error(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), err, ANTQ_EMISSING,
                    "/events/1/date");
    ck_assert_ptr_null(r);

    /* the same code and path as the validator gives */
    fixture_residential_area(&f, 2024);
    fixture_add_discipline(&f, ANTQ_ROLE_GRASSROOTS_TEAM, 0, 20240301);
    antq_error verr;
    int vrc = antq_evidence_validate(&f.ev, &f.unit, &verr);
    r = sentinel();
    memset(&err, 0, sizeof err);
    ck_assert_error(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), err, vrc, "/disciplines/0/level");
    ck_assert_str_eq(verr.path, err.path);
    ck_assert_ptr_null(r);

    /* NULL arguments */
    fixture_residential_area(&f, 2024);
    r = sentinel();
    ck_assert_int_eq(antq_evaluate(&r, NULL, &f.ev, NULL, NULL, 0, NULL, &err), ANTQ_EINVAL);
    ck_assert_ptr_null(r);
    r = sentinel();
    ck_assert_int_eq(antq_evaluate(&r, &f.unit, NULL, NULL, NULL, 0, NULL, &err), ANTQ_EINVAL);
    ck_assert_ptr_null(r);
    ck_assert_int_eq(antq_evaluate(NULL, &f.unit, &f.ev, NULL, NULL, 0, NULL, &err), ANTQ_EINVAL);

    /* the passing case */
    r = sentinel();
    ck_assert_int_eq(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), ANTQ_OK);
    ck_assert_ptr_nonnull(r);
    ck_assert_ptr_ne(r, sentinel());
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_CERTIFIED);
    antq_result_free(r);
}
END_TEST

START_TEST(evaluate_argument_errors_name_the_argument)
{
    antq_error err;
    antq_result *r;
    fixture f;
    /* a roll-up for a unit that is not a commune */
    fixture_residential_area(&f, 2024);
    antq_rollup ru;
    antq_rollup_init(&ru, "CW-001");
    r = sentinel();
    memset(&err, 0, sizeof err);
    ck_assert_error(antq_evaluate(&r, &f.unit, &f.ev, &ru, NULL, 0, &f.opts, &err), err, ANTQ_EINVAL, "/rollup");
    ck_assert_ptr_null(r);
    /* territory events announced but missing */
    r = sentinel();
    memset(&err, 0, sizeof err);
    ck_assert_error(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 3, &f.opts, &err), err, ANTQ_EINVAL,
                    "/territory_events");
    ck_assert_ptr_null(r);
    /* a year no rule set governs */
    f.ev.year = 2011;
    r = sentinel();
    memset(&err, 0, sizeof err);
    ck_assert_error(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), err, ANTQ_ENORULES, "/year");
    ck_assert_ptr_null(r);
    /* a commune with its roll-up is fine */
    fixture_commune(&f, 2024);
    r = NULL;
    ck_assert_int_eq(antq_evaluate(&r, &f.unit, &f.ev, &ru, NULL, 0, &f.opts, &err), ANTQ_OK);
    antq_result_free(r);
}
END_TEST

START_TEST(evaluate_does_not_modify_the_records)
{
    for (size_t k = 0; k < N_KINDS; k++) {
        for (int failing = 0; failing < 2; failing++) {
            fixture f;
            fixture_for_kind(&f, kinds[k], 2024);
            antq_event *e = fixture_add_event(&f, ANTQ_EVENT_CRIME, 20240310);
            e->severity = ANTQ_SEVERITY_SERIOUS;
            e->force_majeure = ANTQ_UNKNOWN;
            e->handled_promptly = ANTQ_UNKNOWN;
            fixture_add_discipline(&f, ANTQ_ROLE_SUBUNIT, ANTQ_DISCIPLINE_WARNING, 20240402);
            f.extra[0].criterion_id = "X-1";
            f.extra[0].met = ANTQ_NO;
            f.ev.n_extra = 1;
            if (failing)
                f.ev.year = 0; /* invalid: rejected */
            antq_event territory[2];
            antq_event_init(&territory[0]);
            territory[0].kind = ANTQ_EVENT_ANTI_STATE;
            territory[0].date = 20240301;
            territory[0].unit_id = "RA-002";
            territory[1] = territory[0];
            territory[1].kind = ANTQ_EVENT_NEW_HOTSPOT;

            fixture copy;
            memcpy(&copy, &f, sizeof f);
            antq_event tcopy[2];
            memcpy(tcopy, territory, sizeof territory);
            antq_error err;
            antq_result *r = NULL;
            int is_commune = kinds[k] == ANTQ_KIND_COMMUNE;
            int rc = antq_evaluate(&r, &f.unit, &f.ev, NULL, is_commune ? territory : NULL, is_commune ? 2 : 0,
                                   &f.opts, &err);
            ck_assert_int_eq(rc, failing ? ANTQ_ERANGE : ANTQ_OK);
            ck_assert_int_eq(memcmp(&copy, &f, sizeof f), 0);
            ck_assert_int_eq(memcmp(tcopy, territory, sizeof territory), 0);
            if (failing)
                ck_assert_ptr_null(r);
            else
                ck_assert_ptr_nonnull(r);
            antq_result_free(r);
        }
    }
}
END_TEST

START_TEST(result_owns_its_strings)
{
    /* the unit id is copied: the caller's buffer may change after evaluation */
    fixture f;
    fixture_residential_area(&f, 2024);
    char id[16] = "RA-777";
    f.unit.id = id;
    antq_error err;
    antq_result *r = NULL;
    ck_assert_int_eq(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), ANTQ_OK);
    strcpy(id, "XX-000");
    ck_assert_str_eq(antq_result_unit_id(r), "RA-777");
    antq_result_free(r);
}
END_TEST

static Suite *validate_suite(void)
{
    Suite *s = suite_create("validate");
    TCase *tc = tcase_create("unit");
    tcase_add_test(tc, fixture_units_are_valid);
    tcase_add_test(tc, error_record_untouched_on_success);
    tcase_add_test(tc, unit_null_is_einval);
    tcase_add_test(tc, unit_id_required);
    tcase_add_test(tc, unit_kind_in_range);
    tcase_add_test(tc, unit_invalid_utf8_name);
    tcase_add_test(tc, unit_invalid_utf8_other_strings);
    tcase_add_test(tc, unit_enums_in_range);
    tcase_add_test(tc, unit_tri_states_in_range);
    tcase_add_test(tc, unit_attributes_consistent_with_kind);
    tcase_add_test(tc, unit_own_parent_is_a_cycle);
    suite_add_tcase(s, tc);

    tc = tcase_create("evidence");
    tcase_add_test(tc, evidence_null_is_einval);
    tcase_add_test(tc, evidence_year_required);
    tcase_add_test(tc, evidence_tri_states_in_range);
    tcase_add_test(tc, evidence_dates_real);
    tcase_add_test(tc, evidence_counts_unknown_or_non_negative);
    tcase_add_test(tc, evidence_part_not_above_total);
    tcase_add_test(tc, evidence_households_registered_above_resident);
    tcase_add_test(tc, evidence_certified_members_not_above_registered);
    tcase_add_test(tc, evidence_rule_topics_and_ratings_in_range);
    tcase_add_test(tc, evidence_arrays_present);
    tcase_add_test(tc, event_date_path_names_the_index);
    tcase_add_test(tc, event_fields_in_range);
    tcase_add_test(tc, discipline_fields);
    tcase_add_test(tc, extra_answers);
    tcase_add_test(tc, validate_does_not_modify);
    suite_add_tcase(s, tc);

    tc = tcase_create("evaluate");
    tcase_add_test(tc, evaluate_returns_the_validation_error);
    tcase_add_test(tc, evaluate_argument_errors_name_the_argument);
    tcase_add_test(tc, evaluate_does_not_modify_the_records);
    tcase_add_test(tc, result_owns_its_strings);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(validate_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
