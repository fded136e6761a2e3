/* Unit tests: the commune roll-up (124/2021 Art. 5.4, pool rule N2; 23/2012
 * Art. 6.4) and the criteria C124-CW-04a / C124-CW-04b it feeds.
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "fixtures.h"

#define COMMUNE "CW-001"

/* What a member residential area looks like. */
enum member {
    M_CERTIFIED,      /* registered, certified */
    M_FAILED,         /* registered, not certified */
    M_UNDETERMINED,   /* registered, evidence missing */
    M_UNREGISTERED,   /* did not register: not certified */
    M_REG_UNKNOWN,    /* registration not reported: undetermined */
    M_NO_RESULT       /* registered, no result supplied (NULL): undetermined */
};

static antq_result *member_result(fixture *f, int kind, enum member m)
{
    fixture_for_kind(f, kind, 2024);
    switch (m) {
    case M_FAILED: f->ev.implements_policy = ANTQ_NO; break;
    case M_UNDETERMINED: f->ev.implements_policy = ANTQ_UNKNOWN; break;
    case M_UNREGISTERED: f->ev.registered = ANTQ_NO; break;
    case M_REG_UNKNOWN:
        f->ev.registered = ANTQ_UNKNOWN;
        f->ev.registration_date = ANTQ_DATE_UNKNOWN;
        break;
    default: break;
    }
    if (m == M_NO_RESULT)
        return NULL;
    int rc;
    antq_result *r = fixture_evaluate(f, &rc);
    ck_assert_int_eq(rc, ANTQ_OK);
    return r;
}

/* Add `n` members of one shape (residential areas unless `kind` says otherwise). */
static void add_members(antq_rollup *ru, int kind, enum member m, int n)
{
    for (int i = 0; i < n; i++) {
        fixture f;
        antq_result *r = member_result(&f, kind, m);
        f.unit.parent_id = COMMUNE;
        ck_assert_int_eq(antq_rollup_add(ru, &f.unit, &f.ev, r, NULL), ANTQ_OK);
        antq_result_free(r);
    }
}

static void add_ra(antq_rollup *ru, enum member m, int n) { add_members(ru, ANTQ_KIND_RESIDENTIAL_AREA, m, n); }

/* Evaluate the commune fixture with a roll-up; the evidence counts point the
 * other way (14 of 20 = pass) so that a test sees whether the roll-up is used. */
static antq_result *evaluate_commune(const antq_rollup *ru, int year, const antq_options *opts)
{
    fixture f;
    fixture_commune(&f, year);
    if (opts)
        f.opts = *opts;
    antq_result *r = NULL;
    antq_error err;
    int rc = antq_evaluate(&r, &f.unit, &f.ev, ru, NULL, 0, &f.opts, &err);
    ck_assert_msg(rc == ANTQ_OK, "%s at %s: %s", antq_status_name(rc), err.path, err.message);
    return r;
}

static const antq_fact *first_fact(const antq_result *r, const char *criterion, int fact_kind)
{
    const antq_check *c = antq_result_find(r, criterion);
    ck_assert_msg(c != NULL, "no check %s", criterion);
    for (size_t i = 0; i < c->n_facts; i++)
        if (c->facts[i].kind == fact_kind)
            return &c->facts[i];
    ck_abort_msg("no fact %d in %s", fact_kind, criterion);
    return NULL;
}

static int outcome_of(const antq_result *r, const char *criterion)
{
    const antq_check *c = antq_result_find(r, criterion);
    ck_assert_msg(c != NULL, "no check %s", criterion);
    return c->outcome;
}

/* ================================================================ counters */

START_TEST(init_starts_empty)
{
    antq_rollup ru;
    memset(&ru, 0x5A, sizeof ru);
    antq_rollup_init(&ru, COMMUNE);
    ck_assert_str_eq(ru.commune_id, COMMUNE);
    ck_assert_int_eq(ru.ra_total + ru.ra_registered + ru.ra_registration_unknown + ru.ra_certified + ru.ra_undetermined,
                     0);
    ck_assert_int_eq(ru.managed_total + ru.managed_registered + ru.managed_registration_unknown +
                         ru.managed_certified + ru.managed_undetermined,
                     0);
    ck_assert_int_eq(ru.not_eligible, 0);
    ck_assert_int_eq(ru.outside_pool, 0);
    ck_assert_uint_eq(ru.size, sizeof ru);
    antq_rollup_init(NULL, COMMUNE); /* accepted */
}
END_TEST

/* A roll-up not started by antq_rollup_init() has no size the library knows: ANTQ_EVERSION, nothing counted */
START_TEST(rollup_without_init_is_eversion)
{
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    ru.size = 0;
    antq_unit m;
    antq_unit_init(&m);
    m.id = "RA-1";
    m.kind = ANTQ_KIND_RESIDENTIAL_AREA;
    m.parent_id = COMMUNE;
    ck_assert_int_eq(antq_rollup_add(&ru, &m, NULL, NULL, NULL), ANTQ_EVERSION);
    ck_assert_int_eq(ru.ra_total, 0);
    antq_unit c;
    antq_unit_init(&c);
    c.id = COMMUNE;
    c.kind = ANTQ_KIND_COMMUNE;
    antq_evidence ev;
    antq_evidence_init(&ev);
    ev.year = 2024;
    antq_result *r = NULL;
    antq_error err;
    ck_assert_int_eq(antq_evaluate(&r, &c, &ev, &ru, NULL, 0, NULL, &err), ANTQ_EVERSION);
    ck_assert_ptr_null(r);
    ck_assert_str_eq(err.path, "/rollup/size");
}
END_TEST

START_TEST(residential_areas_counted_apart_from_managed_units)
{
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    add_ra(&ru, M_CERTIFIED, 3);
    add_ra(&ru, M_FAILED, 2);
    add_ra(&ru, M_UNDETERMINED, 1);
    add_ra(&ru, M_UNREGISTERED, 1);
    add_ra(&ru, M_REG_UNKNOWN, 1);
    add_ra(&ru, M_NO_RESULT, 1);
    ck_assert_int_eq(ru.ra_total, 9);
    ck_assert_int_eq(ru.ra_registered, 7); /* all but the unregistered and the unknown */
    ck_assert_int_eq(ru.ra_registration_unknown, 1);
    ck_assert_int_eq(ru.ra_certified, 3);
    ck_assert_int_eq(ru.ra_undetermined, 3); /* undetermined, registration unknown, no result */
    ck_assert_int_eq(ru.managed_total, 0);

    /* agencies, enterprises, institutions managed by the commune */
    add_members(&ru, ANTQ_KIND_AGENCY, M_CERTIFIED, 2);
    add_members(&ru, ANTQ_KIND_ENTERPRISE, M_FAILED, 1);
    add_members(&ru, ANTQ_KIND_EDUCATIONAL_INSTITUTION, M_UNDETERMINED, 1);
    add_members(&ru, ANTQ_KIND_EDUCATIONAL_INSTITUTION, M_UNREGISTERED, 1);
    ck_assert_int_eq(ru.managed_total, 5);
    ck_assert_int_eq(ru.managed_registered, 4);
    ck_assert_int_eq(ru.managed_registration_unknown, 0);
    ck_assert_int_eq(ru.managed_certified, 2);
    ck_assert_int_eq(ru.managed_undetermined, 1);
    /* the residential counters did not move */
    ck_assert_int_eq(ru.ra_total, 9);
    ck_assert_int_eq(ru.ra_certified, 3);
    ck_assert_int_eq(ru.not_eligible, 0);
    ck_assert_int_eq(ru.outside_pool, 0);
}
END_TEST

START_TEST(not_eligible_members_counted_apart)
{
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    fixture f;
    /* a small enterprise (C124-SC-04) managed by the commune */
    fixture_enterprise(&f, 2024);
    f.unit.enterprise_size = ANTQ_SIZE_SMALL;
    antq_result *r = fixture_evaluate(&f, NULL);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_NOT_ELIGIBLE);
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, r, NULL), ANTQ_OK);
    antq_result_free(r);
    /* a primary school (C124-SC-05) */
    fixture_school(&f, 2024);
    f.unit.education_level = ANTQ_EDU_PRIMARY;
    r = fixture_evaluate(&f, NULL);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_NOT_ELIGIBLE);
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, r, NULL), ANTQ_OK);
    antq_result_free(r);
    ck_assert_int_eq(ru.not_eligible, 2);
    ck_assert_int_eq(ru.managed_total, 0);
    ck_assert_int_eq(ru.ra_total, 0);
    /* the same enterprise at medium size is in the pool */
    add_members(&ru, ANTQ_KIND_ENTERPRISE, M_CERTIFIED, 1);
    ck_assert_int_eq(ru.managed_total, 1);
    ck_assert_int_eq(ru.not_eligible, 2);
}
END_TEST

START_TEST(units_recognised_above_the_commune_are_outside_the_pool)
{
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    static const int above[] = {ANTQ_LEVEL_DISTRICT, ANTQ_LEVEL_PROVINCE, ANTQ_LEVEL_MINISTRY};
    for (size_t i = 0; i < 3; i++) {
        fixture f;
        antq_result *r = member_result(&f, ANTQ_KIND_AGENCY, M_CERTIFIED);
        f.unit.managing_level = above[i];
        f.unit.delegated_to_commune = ANTQ_NO;
        ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, r, NULL), ANTQ_OK);
        antq_result_free(r);
    }
    ck_assert_int_eq(ru.outside_pool, 3);
    ck_assert_int_eq(ru.managed_total, 0);
    ck_assert_int_eq(ru.managed_certified, 0);

    /* delegated to the commune (Art. 10.5): back in the pool */
    fixture f;
    antq_result *r = member_result(&f, ANTQ_KIND_ENTERPRISE, M_CERTIFIED);
    f.unit.managing_level = ANTQ_LEVEL_DISTRICT;
    f.unit.delegated_to_commune = ANTQ_YES;
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, r, NULL), ANTQ_OK);
    antq_result_free(r);
    ck_assert_int_eq(ru.outside_pool, 3);
    ck_assert_int_eq(ru.managed_total, 1);
    ck_assert_int_eq(ru.managed_certified, 1);
}
END_TEST

START_TEST(member_of_another_commune_is_einval)
{
    antq_rollup ru, before;
    antq_rollup_init(&ru, COMMUNE);
    add_ra(&ru, M_CERTIFIED, 1);
    memcpy(&before, &ru, sizeof ru);
    fixture f;
    antq_result *r = member_result(&f, ANTQ_KIND_RESIDENTIAL_AREA, M_CERTIFIED);
    f.unit.parent_id = "CW-002";
    antq_error err;
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, r, &err), ANTQ_EINVAL);
    ck_assert_str_eq(err.path, "/parent"); /* the error names the field at fault */
    ck_assert_ptr_nonnull(strstr(err.message, "CW-002"));
    f.unit.parent_id = NULL;
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, r, NULL), ANTQ_EINVAL);
    ck_assert_int_eq(memcmp(&before, &ru, sizeof ru), 0); /* nothing counted */
    f.unit.parent_id = COMMUNE;
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, r, NULL), ANTQ_OK);
    ck_assert_int_eq(ru.ra_total, 2);
    antq_result_free(r);
}
END_TEST

START_TEST(commune_as_member_is_einval)
{
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    fixture f;
    fixture_commune(&f, 2024);
    f.unit.id = "CW-009";
    f.unit.parent_id = COMMUNE;
    antq_result *r = fixture_evaluate(&f, NULL);
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, r, NULL), ANTQ_EINVAL);
    antq_result_free(r);
    ck_assert_int_eq(ru.ra_total + ru.managed_total + ru.not_eligible + ru.outside_pool, 0);
    /* unknown kind and NULL arguments */
    fixture_residential_area(&f, 2024);
    f.unit.kind = ANTQ_KIND_UNKNOWN;
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, NULL, NULL), ANTQ_EINVAL);
    f.unit.kind = ANTQ_KIND_RESIDENTIAL_AREA;
    ck_assert_int_eq(antq_rollup_add(NULL, &f.unit, &f.ev, NULL, NULL), ANTQ_EINVAL);
    ck_assert_int_eq(antq_rollup_add(&ru, NULL, &f.ev, NULL, NULL), ANTQ_EINVAL);
    ck_assert_int_eq(ru.ra_total, 0);
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, NULL, NULL), ANTQ_OK);
    ck_assert_int_eq(ru.ra_total, 1);
}
END_TEST

START_TEST(registration_read_from_evidence_without_result)
{
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    fixture f;
    fixture_residential_area(&f, 2024);
    f.ev.registered = ANTQ_UNKNOWN; /* but a registration date is reported */
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, NULL, NULL), ANTQ_OK);
    f.ev.registration_date = ANTQ_DATE_UNKNOWN;
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, NULL, NULL), ANTQ_OK);
    f.ev.registered = ANTQ_NO;
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, NULL, NULL), ANTQ_OK);
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, NULL, NULL, NULL), ANTQ_OK);
    ck_assert_int_eq(ru.ra_total, 4);
    ck_assert_int_eq(ru.ra_registered, 1);
    ck_assert_int_eq(ru.ra_registration_unknown, 2);
    ck_assert_int_eq(ru.ra_undetermined, 4);
    ck_assert_int_eq(ru.ra_certified, 0);
}
END_TEST

/* ======================================================== C124-CW-04a/b */

START_TEST(seven_of_ten_certified_passes)
{
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    add_ra(&ru, M_CERTIFIED, 7);
    add_ra(&ru, M_FAILED, 3);
    antq_result *r = evaluate_commune(&ru, 2024, NULL);
    ck_assert_int_eq(outcome_of(r, "C124-CW-04a"), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(outcome_of(r, "C124-CW-04b"), ANTQ_OUTCOME_PASS);
    const antq_fact *fc = first_fact(r, "C124-CW-04b", ANTQ_FACT_MEMBERS_CERTIFIED);
    ck_assert_int_eq(fc->value, 7);
    ck_assert_int_eq(fc->total, 10);
    ck_assert_int_eq(fc->gap, 0);
    ck_assert_int_eq(fc->threshold_num, 70);
    ck_assert_int_eq(fc->threshold_den, 100);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_CERTIFIED);
    antq_result_free(r);
}
END_TEST

START_TEST(six_of_ten_certified_fails_with_gap_one)
{
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    add_ra(&ru, M_CERTIFIED, 6);
    add_ra(&ru, M_FAILED, 4);
    antq_result *r = evaluate_commune(&ru, 2024, NULL); /* evidence says 14/20: ignored */
    ck_assert_int_eq(outcome_of(r, "C124-CW-04a"), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(outcome_of(r, "C124-CW-04b"), ANTQ_OUTCOME_FAIL);
    const antq_fact *fc = first_fact(r, "C124-CW-04b", ANTQ_FACT_MEMBERS_CERTIFIED);
    ck_assert_int_eq(fc->outcome, ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(fc->value, 6);
    ck_assert_int_eq(fc->total, 10);
    ck_assert_int_eq(fc->gap, 1);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_NOT_CERTIFIED);
    antq_result_free(r);
}
END_TEST

START_TEST(six_certified_one_undetermined_is_unknown)
{
    /* 6/10 fails, but the undetermined member may turn out certified: 7/10 */
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    add_ra(&ru, M_CERTIFIED, 6);
    add_ra(&ru, M_UNDETERMINED, 1);
    add_ra(&ru, M_FAILED, 3);
    antq_result *r = evaluate_commune(&ru, 2024, NULL);
    ck_assert_int_eq(outcome_of(r, "C124-CW-04b"), ANTQ_OUTCOME_UNKNOWN);
    const antq_fact *fc = first_fact(r, "C124-CW-04b", ANTQ_FACT_MEMBERS_CERTIFIED);
    ck_assert_int_eq(fc->outcome, ANTQ_OUTCOME_UNKNOWN);
    ck_assert_ptr_nonnull(fc->missing);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_UNDETERMINED);
    antq_result_free(r);

    /* the same with the member's result missing altogether */
    antq_rollup_init(&ru, COMMUNE);
    add_ra(&ru, M_CERTIFIED, 6);
    add_ra(&ru, M_NO_RESULT, 1);
    add_ra(&ru, M_FAILED, 3);
    r = evaluate_commune(&ru, 2024, NULL);
    ck_assert_int_eq(outcome_of(r, "C124-CW-04b"), ANTQ_OUTCOME_UNKNOWN);
    antq_result_free(r);
}
END_TEST

START_TEST(five_certified_one_undetermined_fails)
{
    /* even if the undetermined member passed it would be 6/10 < 70% */
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    add_ra(&ru, M_CERTIFIED, 5);
    add_ra(&ru, M_UNDETERMINED, 1);
    add_ra(&ru, M_FAILED, 4);
    antq_result *r = evaluate_commune(&ru, 2024, NULL);
    ck_assert_int_eq(outcome_of(r, "C124-CW-04b"), ANTQ_OUTCOME_FAIL);
    const antq_fact *fc = first_fact(r, "C124-CW-04b", ANTQ_FACT_MEMBERS_CERTIFIED);
    ck_assert_int_eq(fc->value, 5);
    ck_assert_int_eq(fc->gap, 2);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_NOT_CERTIFIED);
    antq_result_free(r);
}
END_TEST

START_TEST(registration_is_three_valued)
{
    antq_rollup ru;
    antq_result *r;
    /* all 10 registered: pass */
    antq_rollup_init(&ru, COMMUNE);
    add_ra(&ru, M_CERTIFIED, 8);
    add_ra(&ru, M_FAILED, 2);
    r = evaluate_commune(&ru, 2024, NULL);
    ck_assert_int_eq(outcome_of(r, "C124-CW-04a"), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(first_fact(r, "C124-CW-04a", ANTQ_FACT_MEMBERS_REGISTERED)->gap, 0);
    antq_result_free(r);

    /* 9 registered, 1 not reported: unknown (it may have registered) */
    antq_rollup_init(&ru, COMMUNE);
    add_ra(&ru, M_CERTIFIED, 8);
    add_ra(&ru, M_FAILED, 1);
    add_ra(&ru, M_REG_UNKNOWN, 1);
    r = evaluate_commune(&ru, 2024, NULL);
    ck_assert_int_eq(outcome_of(r, "C124-CW-04a"), ANTQ_OUTCOME_UNKNOWN);
    ck_assert_ptr_nonnull(first_fact(r, "C124-CW-04a", ANTQ_FACT_MEMBERS_REGISTERED)->missing);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_UNDETERMINED);
    antq_result_free(r);

    /* 8 registered, 1 not reported, 1 not registered: fail whatever the unknown */
    antq_rollup_init(&ru, COMMUNE);
    add_ra(&ru, M_CERTIFIED, 8);
    add_ra(&ru, M_REG_UNKNOWN, 1);
    add_ra(&ru, M_UNREGISTERED, 1);
    r = evaluate_commune(&ru, 2024, NULL);
    ck_assert_int_eq(outcome_of(r, "C124-CW-04a"), ANTQ_OUTCOME_FAIL);
    const antq_fact *fr = first_fact(r, "C124-CW-04a", ANTQ_FACT_MEMBERS_REGISTERED);
    ck_assert_int_eq(fr->value, 8);
    ck_assert_int_eq(fr->total, 10);
    ck_assert_int_eq(fr->gap, 2);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_NOT_CERTIFIED);
    antq_result_free(r);
}
END_TEST

/* Evaluate C124-CW-04b on given counts, once through a roll-up struct and once
 * through the evidence counts; both must agree. */
static int ratio_outcome(int64_t certified, int64_t total, int64_t *gap)
{
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    ru.ra_total = total;
    ru.ra_registered = total;
    ru.ra_certified = certified;
    antq_result *r = evaluate_commune(&ru, 2024, NULL);
    int o1 = outcome_of(r, "C124-CW-04b");
    if (gap)
        *gap = first_fact(r, "C124-CW-04b", ANTQ_FACT_MEMBERS_CERTIFIED)->gap;
    antq_result_free(r);

    fixture f;
    fixture_commune(&f, 2024);
    f.ev.members_total = total;
    f.ev.members_registered = total;
    f.ev.members_certified = certified;
    int o2 = fixture_outcome(&f, "C124-CW-04b");
    ck_assert_msg(o1 == o2, "%lld of %lld: roll-up says %d, evidence counts say %d", (long long)certified,
                  (long long)total, o1, o2);
    return o1;
}

START_TEST(exact_integer_arithmetic)
{
    int64_t gap;
    ck_assert_int_eq(ratio_outcome(7, 10, &gap), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(gap, 0);
    ck_assert_int_eq(ratio_outcome(69, 99, &gap), ANTQ_OUTCOME_FAIL); /* 69*100 = 6900 < 70*99 = 6930 */
    ck_assert_int_eq(gap, 1);
    ck_assert_int_eq(ratio_outcome(70, 99, &gap), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(ratio_outcome(70, 100, &gap), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(gap, 0);
    ck_assert_int_eq(ratio_outcome(69, 100, &gap), ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(gap, 1);
    ck_assert_int_eq(ratio_outcome(699, 999, &gap), ANTQ_OUTCOME_FAIL); /* 69.97% is not 70% */
    ck_assert_int_eq(gap, 1);
    ck_assert_int_eq(ratio_outcome(700, 1000, NULL), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(ratio_outcome(14, 20, NULL), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(ratio_outcome(13, 20, &gap), ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(gap, 1);
    ck_assert_int_eq(ratio_outcome(2, 3, &gap), ANTQ_OUTCOME_FAIL); /* 66.7% */
    ck_assert_int_eq(gap, 1);
    ck_assert_int_eq(ratio_outcome(3, 3, NULL), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(ratio_outcome(0, 10, &gap), ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(gap, 7);
    /* large pools: no overflow, no rounding */
    ck_assert_int_eq(ratio_outcome(7000000000000LL, 10000000000000LL, NULL), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(ratio_outcome(6999999999999LL, 10000000000000LL, &gap), ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(gap, 1);
}
END_TEST

START_TEST(pool_modes)
{
    /* N2: the default pool combines residential areas and managed units;
     * the residential-only option reads residential areas alone */
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    add_ra(&ru, M_CERTIFIED, 7);
    add_ra(&ru, M_FAILED, 3);
    add_members(&ru, ANTQ_KIND_AGENCY, M_FAILED, 5);
    antq_result *r = evaluate_commune(&ru, 2024, NULL); /* 7 of 15 */
    ck_assert_int_eq(outcome_of(r, "C124-CW-04b"), ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(first_fact(r, "C124-CW-04b", ANTQ_FACT_MEMBERS_CERTIFIED)->total, 15);
    antq_result_free(r);

    antq_options o;
    ck_assert_int_eq(antq_options_init(&o, ANTQ_OPTIONS_VERSION), ANTQ_OK);
    o.pool_mode = ANTQ_POOL_RESIDENTIAL_ONLY;
    r = evaluate_commune(&ru, 2024, &o); /* 7 of 10 */
    ck_assert_int_eq(outcome_of(r, "C124-CW-04b"), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(first_fact(r, "C124-CW-04b", ANTQ_FACT_MEMBERS_CERTIFIED)->total, 10);
    antq_result_free(r);
}
END_TEST

START_TEST(registration_counts_every_managed_unit_in_both_pool_modes)
{
    /* 124/2021 Art. 5.4 (C124-CW-04a, V): all residential areas, agencies,
     * enterprises and institutions under the commune's management register;
     * the pool option N2 changes only the 70% denominator. Repro of issue 12:
     * one registered area, one commune agency with registered = false. */
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    add_ra(&ru, M_CERTIFIED, 1);
    add_members(&ru, ANTQ_KIND_AGENCY, M_UNREGISTERED, 1);
    static const int modes[] = {ANTQ_POOL_ALL_MANAGED, ANTQ_POOL_RESIDENTIAL_ONLY};
    for (size_t i = 0; i < sizeof modes / sizeof modes[0]; i++) {
        antq_options o;
        ck_assert_int_eq(antq_options_init(&o, ANTQ_OPTIONS_VERSION), ANTQ_OK);
        o.pool_mode = modes[i];
        antq_result *r = evaluate_commune(&ru, 2024, &o);
        const antq_fact *reg = first_fact(r, "C124-CW-04a", ANTQ_FACT_MEMBERS_REGISTERED);
        ck_assert_int_eq(outcome_of(r, "C124-CW-04a"), ANTQ_OUTCOME_FAIL);
        ck_assert_int_eq(reg->value, 1);
        ck_assert_int_eq(reg->total, 2);
        ck_assert_int_eq(reg->gap, 1);
        /* the 70%: 1 of 2 (default) fails, 1 of 1 (residential only) passes */
        const antq_fact *cert = first_fact(r, "C124-CW-04b", ANTQ_FACT_MEMBERS_CERTIFIED);
        ck_assert_int_eq(cert->total, modes[i] == ANTQ_POOL_RESIDENTIAL_ONLY ? 1 : 2);
        ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_NOT_CERTIFIED);
        antq_result_free(r);
    }
}
END_TEST

START_TEST(c23_counts_residential_areas_only)
{
    /* C23-CW-04: 70% of residential areas; worked example 16/25 fails, 18 needed */
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    ru.ra_total = 25;
    ru.ra_registered = 25;
    ru.ra_certified = 16;
    ru.managed_total = 5;
    ru.managed_registered = 5;
    ru.managed_certified = 5;
    antq_result *r = evaluate_commune(&ru, 2020, NULL);
    ck_assert_str_eq(antq_result_ruleset(r)->id, "23/2012/TT-BCA");
    ck_assert_int_eq(outcome_of(r, "C23-CW-04"), ANTQ_OUTCOME_FAIL);
    const antq_fact *fc = first_fact(r, "C23-CW-04", ANTQ_FACT_MEMBERS_CERTIFIED);
    ck_assert_int_eq(fc->total, 25);
    ck_assert_int_eq(fc->gap, 2);
    ck_assert_ptr_null(antq_result_find(r, "C124-CW-04b"));
    antq_result_free(r);
    ru.ra_certified = 17;
    r = evaluate_commune(&ru, 2020, NULL);
    ck_assert_int_eq(outcome_of(r, "C23-CW-04"), ANTQ_OUTCOME_FAIL);
    antq_result_free(r);
    ru.ra_certified = 18;
    r = evaluate_commune(&ru, 2020, NULL);
    ck_assert_int_eq(outcome_of(r, "C23-CW-04"), ANTQ_OUTCOME_PASS);
    antq_result_free(r);
}
END_TEST

START_TEST(not_eligible_and_outside_pool_do_not_dilute)
{
    /* 7 of 10 residential areas certified; 4 not-eligible units and 4 units
     * recognised by the province must not enter the denominator */
    antq_rollup ru;
    antq_rollup_init(&ru, COMMUNE);
    add_ra(&ru, M_CERTIFIED, 7);
    add_ra(&ru, M_FAILED, 3);
    for (int i = 0; i < 4; i++) {
        fixture f;
        fixture_enterprise(&f, 2024);
        f.unit.enterprise_size = ANTQ_SIZE_MICRO;
        antq_result *r = fixture_evaluate(&f, NULL);
        ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, r, NULL), ANTQ_OK);
        antq_result_free(r);
        antq_result *r2 = member_result(&f, ANTQ_KIND_AGENCY, M_FAILED);
        f.unit.managing_level = ANTQ_LEVEL_PROVINCE;
        ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, r2, NULL), ANTQ_OK);
        antq_result_free(r2);
    }
    ck_assert_int_eq(ru.not_eligible, 4);
    ck_assert_int_eq(ru.outside_pool, 4);
    antq_result *r = evaluate_commune(&ru, 2024, NULL);
    ck_assert_int_eq(outcome_of(r, "C124-CW-04b"), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(first_fact(r, "C124-CW-04b", ANTQ_FACT_MEMBERS_CERTIFIED)->total, 10);
    antq_result_free(r);
}
END_TEST

static Suite *rollup_suite(void)
{
    Suite *s = suite_create("rollup");
    TCase *tc = tcase_create("counters");
    tcase_add_test(tc, init_starts_empty);
    tcase_add_test(tc, rollup_without_init_is_eversion);
    tcase_add_test(tc, residential_areas_counted_apart_from_managed_units);
    tcase_add_test(tc, not_eligible_members_counted_apart);
    tcase_add_test(tc, units_recognised_above_the_commune_are_outside_the_pool);
    tcase_add_test(tc, member_of_another_commune_is_einval);
    tcase_add_test(tc, commune_as_member_is_einval);
    tcase_add_test(tc, registration_read_from_evidence_without_result);
    suite_add_tcase(s, tc);

    tc = tcase_create("commune");
    tcase_add_test(tc, seven_of_ten_certified_passes);
    tcase_add_test(tc, six_of_ten_certified_fails_with_gap_one);
    tcase_add_test(tc, six_certified_one_undetermined_is_unknown);
    tcase_add_test(tc, five_certified_one_undetermined_fails);
    tcase_add_test(tc, registration_is_three_valued);
    tcase_add_test(tc, exact_integer_arithmetic);
    tcase_add_test(tc, pool_modes);
    tcase_add_test(tc, registration_counts_every_managed_unit_in_both_pool_modes);
    tcase_add_test(tc, c23_counts_residential_areas_only);
    tcase_add_test(tc, not_eligible_and_outside_pool_do_not_dilute);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(rollup_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
