/* Unit tests: who decides recognition (124/2021 Art. 9-10, rules.md §1.10,
 * §1.11, §3): the built-in date-keyed authority table, a caller-supplied
 * table and delegation (Art. 10.5).
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "fixtures.h"

static const int kinds[] = {ANTQ_KIND_RESIDENTIAL_AREA, ANTQ_KIND_COMMUNE, ANTQ_KIND_AGENCY, ANTQ_KIND_ENTERPRISE,
                            ANTQ_KIND_EDUCATIONAL_INSTITUTION};
#define N_KINDS (sizeof kinds / sizeof kinds[0])
static const int levels[] = {ANTQ_LEVEL_COMMUNE, ANTQ_LEVEL_DISTRICT, ANTQ_LEVEL_PROVINCE, ANTQ_LEVEL_MINISTRY};
#define N_LEVELS (sizeof levels / sizeof levels[0])

#define FIRST_DAY 20120618 /* 23/2012 in force */
#define LAST_DAY 20301231
#define TWO_TIER 20250701 /* district level abolished */

/* The matching rule of the table, written out independently. */
static int row_matches(const antq_authority_rule *row, int kind, int level, int32_t date)
{
    return row->kind == kind && date >= row->valid_from && date <= row->valid_to &&
           (row->managing_level == ANTQ_LEVEL_UNKNOWN || row->managing_level == level);
}

static const antq_authority_rule *find(int kind, int level, int32_t date)
{
    return antq_authority_find(NULL, 0, kind, level, date);
}

/* ---- the table itself */

START_TEST(table_rows_are_well_formed)
{
    size_t n = antq_authority_count();
    ck_assert_uint_gt(n, 0);
    ck_assert_ptr_null(antq_authority_get(n));
    for (size_t i = 0; i < n; i++) {
        const antq_authority_rule *r = antq_authority_get(i);
        ck_assert_ptr_nonnull(r);
        ck_assert_msg(antq_date_valid(r->valid_from) && antq_date_valid(r->valid_to), "row %zu dates", i);
        ck_assert_int_le(r->valid_from, r->valid_to);
        ck_assert(r->kind > ANTQ_KIND_UNKNOWN && r->kind < ANTQ_KIND_COUNT);
        ck_assert(r->managing_level >= ANTQ_LEVEL_UNKNOWN && r->managing_level <= ANTQ_LEVEL_MINISTRY);
        ck_assert(r->body >= ANTQ_BODY_COMMUNE_COMMITTEE && r->body <= ANTQ_BODY_MINISTER);
        ck_assert(r->status == 'V' || r->status == 'S' || r->status == 'D' || r->status == 'U');
        ck_assert(r->deadline_mmdd == 0 || antq_date_make(2001, r->deadline_mmdd / 100, r->deadline_mmdd % 100));
        ck_assert_ptr_nonnull(r->citation.instrument);
        ck_assert_int_gt(r->citation.article, 0);
    }
}
END_TEST

START_TEST(exactly_one_row_every_day_kind_and_level)
{
    /* no gap and no overlap: for every kind and managing level, every day
     * from 18/06/2012 to 31/12/2030 is governed by exactly one row */
    size_t n = antq_authority_count();
    for (size_t k = 0; k < N_KINDS; k++)
        for (size_t l = 0; l < N_LEVELS; l++)
            for (int32_t d = FIRST_DAY; d != ANTQ_DATE_UNKNOWN && d <= LAST_DAY; d = antq_date_add_days(d, 1)) {
                const antq_authority_rule *match = NULL;
                int count = 0;
                for (size_t i = 0; i < n; i++)
                    if (row_matches(antq_authority_get(i), kinds[k], levels[l], d)) {
                        count++;
                        match = antq_authority_get(i);
                    }
                if (count != 1)
                    ck_abort_msg("kind %s level %d on %d: %d rows match", antq_unit_kind_name(kinds[k]), levels[l],
                                 (int)d, count);
                if (find(kinds[k], levels[l], d) != match)
                    ck_abort_msg("antq_authority_find disagrees for kind %d level %d on %d", kinds[k], levels[l],
                                 (int)d);
            }
}
END_TEST

START_TEST(no_row_before_the_standard)
{
    for (size_t k = 0; k < N_KINDS; k++)
        for (size_t l = 0; l < N_LEVELS; l++) {
            ck_assert_ptr_null(find(kinds[k], levels[l], 20120617));
            ck_assert_ptr_nonnull(find(kinds[k], levels[l], 20120618));
        }
    ck_assert_ptr_null(find(ANTQ_KIND_UNKNOWN, ANTQ_LEVEL_COMMUNE, 20240101));
    ck_assert_ptr_null(find(ANTQ_KIND_COUNT, ANTQ_LEVEL_COMMUNE, 20240101));
}
END_TEST

/* ---- 124/2021 as written, until 30/06/2025 */

START_TEST(c124_residential_area_commune_committee_before_15_november)
{
    /* C124-AUTH-01, C124-PROC-01 */
    for (size_t l = 0; l < N_LEVELS; l++) {
        const antq_authority_rule *r = find(ANTQ_KIND_RESIDENTIAL_AREA, levels[l], 20241031);
        ck_assert_ptr_nonnull(r);
        ck_assert_int_eq(r->body, ANTQ_BODY_COMMUNE_COMMITTEE);
        ck_assert_int_eq(r->deadline_mmdd, 1115);
        ck_assert_int_eq(r->status, ANTQ_STATUS_VERIFIED);
        ck_assert_str_eq(r->citation.instrument, "124/2021/TT-BCA");
        ck_assert_int_eq(r->citation.article, 10);
        ck_assert_int_eq(r->citation.clause, 1);
        ck_assert_int_ne(r->body, ANTQ_BODY_DISTRICT_COMMITTEE);
    }
}
END_TEST

START_TEST(c124_commune_district_committee_before_20_november)
{
    /* C124-AUTH-02, C124-PROC-02: every day of the 124/2021 era before 1/7/2025 */
    for (int32_t d = 20220210; d < TWO_TIER; d = antq_date_add_days(d, 1)) {
        const antq_authority_rule *r = find(ANTQ_KIND_COMMUNE, ANTQ_LEVEL_UNKNOWN, d);
        ck_assert_ptr_nonnull(r);
        if (r->body != ANTQ_BODY_DISTRICT_COMMITTEE || r->deadline_mmdd != 1120)
            ck_abort_msg("commune on %d: body %d deadline %d", (int)d, r->body, r->deadline_mmdd);
    }
    const antq_authority_rule *r = find(ANTQ_KIND_COMMUNE, ANTQ_LEVEL_DISTRICT, 20250630);
    ck_assert_int_eq(r->body, ANTQ_BODY_DISTRICT_COMMITTEE);
    ck_assert_int_eq(r->status, ANTQ_STATUS_VERIFIED);
    ck_assert_int_eq(r->citation.article, 10);
    ck_assert_int_eq(r->citation.clause, 2);
    /* the failing side: the next day it is no longer the district */
    ck_assert_int_ne(find(ANTQ_KIND_COMMUNE, ANTQ_LEVEL_DISTRICT, TWO_TIER)->body, ANTQ_BODY_DISTRICT_COMMITTEE);
}
END_TEST

START_TEST(c124_managed_units_by_level)
{
    /* C124-AUTH-01..04: commune, district, province, minister; deadline 20/11 */
    static const int body_of_level[] = {0, ANTQ_BODY_COMMUNE_COMMITTEE, ANTQ_BODY_DISTRICT_COMMITTEE,
                                        ANTQ_BODY_PROVINCE_COMMITTEE, ANTQ_BODY_MINISTER};
    for (size_t k = 2; k < N_KINDS; k++)
        for (size_t l = 0; l < N_LEVELS; l++) {
            const antq_authority_rule *r = find(kinds[k], levels[l], 20241115);
            ck_assert_ptr_nonnull(r);
            ck_assert_int_eq(r->body, body_of_level[levels[l]]);
            ck_assert_int_eq(r->deadline_mmdd, 1120);
            ck_assert_str_eq(r->citation.instrument, "124/2021/TT-BCA");
        }
    /* an agency whose managing level is not reported has no authority */
    ck_assert_ptr_null(find(ANTQ_KIND_AGENCY, ANTQ_LEVEL_UNKNOWN, 20241115));
}
END_TEST

/* ---- from 1/7/2025: two-tier local government (R25-02, R25-04) */

START_TEST(two_tier_commune_decided_by_province_unverified)
{
    for (int32_t d = TWO_TIER; d <= LAST_DAY; d = antq_date_add_days(d, 1)) {
        const antq_authority_rule *r = find(ANTQ_KIND_COMMUNE, ANTQ_LEVEL_UNKNOWN, d);
        ck_assert_ptr_nonnull(r);
        if (r->body != ANTQ_BODY_PROVINCE_COMMITTEE || r->status != ANTQ_STATUS_UNVERIFIED)
            ck_abort_msg("commune on %d: body %d status %c", (int)d, r->body, (char)r->status);
    }
    ck_assert_int_eq(find(ANTQ_KIND_COMMUNE, ANTQ_LEVEL_UNKNOWN, 20250630)->body, ANTQ_BODY_DISTRICT_COMMITTEE);
}
END_TEST

START_TEST(two_tier_residential_area_still_commune)
{
    for (int32_t d = TWO_TIER; d <= LAST_DAY; d = antq_date_add_days(d, 1)) {
        const antq_authority_rule *r = find(ANTQ_KIND_RESIDENTIAL_AREA, ANTQ_LEVEL_COMMUNE, d);
        ck_assert_ptr_nonnull(r);
        if (r->body != ANTQ_BODY_COMMUNE_COMMITTEE || r->deadline_mmdd != 1115)
            ck_abort_msg("residential area on %d: body %d deadline %d", (int)d, r->body, r->deadline_mmdd);
    }
}
END_TEST

START_TEST(two_tier_no_district_committee_decides)
{
    /* after 1/7/2025 no row names the abolished district committee */
    for (size_t i = 0; i < antq_authority_count(); i++) {
        const antq_authority_rule *r = antq_authority_get(i);
        if (r->valid_to >= TWO_TIER)
            ck_assert_int_ne(r->body, ANTQ_BODY_DISTRICT_COMMITTEE);
    }
    for (size_t k = 2; k < N_KINDS; k++) {
        const antq_authority_rule *r = find(kinds[k], ANTQ_LEVEL_DISTRICT, 20251115);
        ck_assert_int_eq(r->body, ANTQ_BODY_PROVINCE_COMMITTEE);
        ck_assert_int_eq(r->status, ANTQ_STATUS_UNVERIFIED);
        ck_assert_int_eq(find(kinds[k], ANTQ_LEVEL_COMMUNE, 20251115)->body, ANTQ_BODY_COMMUNE_COMMITTEE);
        ck_assert_int_eq(find(kinds[k], ANTQ_LEVEL_MINISTRY, 20251115)->body, ANTQ_BODY_MINISTER);
        /* before the change the same unit went to the district */
        ck_assert_int_eq(find(kinds[k], ANTQ_LEVEL_DISTRICT, 20250630)->body, ANTQ_BODY_DISTRICT_COMMITTEE);
    }
}
END_TEST

/* ---- 23/2012 era */

START_TEST(c23_era_bodies)
{
    ck_assert_int_eq(find(ANTQ_KIND_RESIDENTIAL_AREA, ANTQ_LEVEL_COMMUNE, 20200101)->body, ANTQ_BODY_COMMUNE_COMMITTEE);
    ck_assert_int_eq(find(ANTQ_KIND_COMMUNE, ANTQ_LEVEL_UNKNOWN, 20200101)->body, ANTQ_BODY_DISTRICT_COMMITTEE);
    ck_assert_str_eq(find(ANTQ_KIND_COMMUNE, ANTQ_LEVEL_UNKNOWN, 20220209)->citation.instrument, "23/2012/TT-BCA");
    ck_assert_str_eq(find(ANTQ_KIND_COMMUNE, ANTQ_LEVEL_UNKNOWN, 20220210)->citation.instrument, "124/2021/TT-BCA");
}
END_TEST

START_TEST(body_names)
{
    ck_assert_str_eq(antq_authority_body_name(ANTQ_BODY_COMMUNE_COMMITTEE), "commune_committee");
    ck_assert_str_eq(antq_authority_body_name(ANTQ_BODY_DISTRICT_COMMITTEE), "district_committee");
    ck_assert_str_eq(antq_authority_body_name(ANTQ_BODY_PROVINCE_COMMITTEE), "province_committee");
    ck_assert_str_eq(antq_authority_body_name(ANTQ_BODY_MINISTER), "minister");
    ck_assert_str_eq(antq_authority_body_name(ANTQ_BODY_UNKNOWN), "unknown");
    ck_assert_str_eq(antq_authority_body_name(99), "unknown");
    ck_assert_str_eq(antq_authority_body_name(-1), "unknown");
}
END_TEST

/* ---- through antq_evaluate */

static const antq_authority_rule *evaluated_authority(fixture *f, antq_result **keep)
{
    int rc;
    antq_result *r = fixture_evaluate(f, &rc);
    ck_assert_int_eq(rc, ANTQ_OK);
    *keep = r;
    return antq_result_authority(r);
}

START_TEST(result_authority_follows_the_period_end)
{
    antq_result *r;
    fixture f;
    fixture_commune(&f, 2024); /* period ends 15/11/2024 */
    const antq_authority_rule *a = evaluated_authority(&f, &r);
    ck_assert_ptr_nonnull(a);
    ck_assert_int_eq(a->body, ANTQ_BODY_DISTRICT_COMMITTEE);
    ck_assert_ptr_eq(a, find(ANTQ_KIND_COMMUNE, ANTQ_LEVEL_UNKNOWN, 20241115));
    antq_result_free(r);

    fixture_commune(&f, 2025); /* period ends 15/11/2025 */
    a = evaluated_authority(&f, &r);
    ck_assert_int_eq(a->body, ANTQ_BODY_PROVINCE_COMMITTEE);
    antq_result_free(r);

    /* the decision date option overrides the period end */
    fixture_commune(&f, 2025);
    f.opts.decision_date = 20250630;
    a = evaluated_authority(&f, &r);
    ck_assert_int_eq(a->body, ANTQ_BODY_DISTRICT_COMMITTEE);
    antq_result_free(r);

    fixture_residential_area(&f, 2025);
    a = evaluated_authority(&f, &r);
    ck_assert_int_eq(a->body, ANTQ_BODY_COMMUNE_COMMITTEE);
    antq_result_free(r);
}
END_TEST

START_TEST(caller_table_replaces_the_built_in_one)
{
    static const antq_authority_rule mine[] = {
        {20120618, ANTQ_DATE_OPEN, ANTQ_KIND_RESIDENTIAL_AREA, ANTQ_LEVEL_UNKNOWN, ANTQ_BODY_PROVINCE_COMMITTEE, 1201,
         'D', 0, {"Quyết định 12/2025/QĐ-UBND", 3, 1, NULL}, "provincial rule"},
        {20120618, ANTQ_DATE_OPEN, ANTQ_KIND_COMMUNE, ANTQ_LEVEL_UNKNOWN, ANTQ_BODY_MINISTER, 0, 'D', 0,
         {"Quyết định 12/2025/QĐ-UBND", 3, 2, NULL}, NULL},
    };
    antq_result *r;
    fixture f;
    fixture_residential_area(&f, 2024);
    f.opts.authority_table = mine;
    f.opts.n_authority = 2;
    const antq_authority_rule *a = evaluated_authority(&f, &r);
    ck_assert_ptr_eq(a, &mine[0]); /* points into the caller's table */
    ck_assert_int_eq(a->body, ANTQ_BODY_PROVINCE_COMMITTEE);
    antq_result_free(r);

    fixture_commune(&f, 2024);
    f.opts.authority_table = mine;
    f.opts.n_authority = 2;
    a = evaluated_authority(&f, &r);
    ck_assert_ptr_eq(a, &mine[1]);
    antq_result_free(r);

    /* no fallback to the built-in table: an agency has no row in `mine` */
    fixture_agency(&f, 2024);
    f.opts.authority_table = mine;
    f.opts.n_authority = 2;
    a = evaluated_authority(&f, &r);
    ck_assert_ptr_null(a);
    antq_result_free(r);

    /* only n_authority rows are read */
    fixture_commune(&f, 2024);
    f.opts.authority_table = mine;
    f.opts.n_authority = 1;
    a = evaluated_authority(&f, &r);
    ck_assert_ptr_null(a);
    antq_result_free(r);

    /* without the option, the built-in table */
    fixture_residential_area(&f, 2024);
    a = evaluated_authority(&f, &r);
    ck_assert_ptr_eq(a, find(ANTQ_KIND_RESIDENTIAL_AREA, ANTQ_LEVEL_COMMUNE, 20241031));
    ck_assert_int_eq(a->body, ANTQ_BODY_COMMUNE_COMMITTEE);
    antq_result_free(r);

    /* antq_authority_find reads a caller table the same way */
    ck_assert_ptr_eq(antq_authority_find(mine, 2, ANTQ_KIND_COMMUNE, ANTQ_LEVEL_UNKNOWN, 20240101), &mine[1]);
    ck_assert_ptr_null(antq_authority_find(mine, 2, ANTQ_KIND_AGENCY, ANTQ_LEVEL_COMMUNE, 20240101));
    ck_assert_ptr_null(antq_authority_find(mine, 0, ANTQ_KIND_COMMUNE, ANTQ_LEVEL_UNKNOWN, 20240101));
}
END_TEST

START_TEST(caller_table_null_with_rows_is_rejected)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    f.opts.authority_table = NULL;
    f.opts.n_authority = 3;
    antq_result *r = NULL;
    antq_error err;
    memset(&err, 0, sizeof err);
    ck_assert_int_eq(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), ANTQ_EINVAL);
    ck_assert_str_eq(err.path, "/options/authority_table");
    ck_assert_ptr_null(r);
}
END_TEST

START_TEST(delegation_moves_district_enterprise_to_commune)
{
    /* Art. 10.5: the district committee delegates recognition of an
     * enterprise located in a commune to that commune's committee */
    antq_result *r;
    fixture f;
    fixture_enterprise(&f, 2024);
    f.unit.managing_level = ANTQ_LEVEL_DISTRICT;
    f.unit.delegated_to_commune = ANTQ_NO;
    const antq_authority_rule *a = evaluated_authority(&f, &r);
    ck_assert_int_eq(a->body, ANTQ_BODY_DISTRICT_COMMITTEE);
    antq_result_free(r);

    f.unit.delegated_to_commune = ANTQ_UNKNOWN;
    a = evaluated_authority(&f, &r);
    ck_assert_int_eq(a->body, ANTQ_BODY_DISTRICT_COMMITTEE);
    antq_result_free(r);

    f.unit.delegated_to_commune = ANTQ_YES;
    a = evaluated_authority(&f, &r);
    ck_assert_ptr_nonnull(a);
    ck_assert_int_eq(a->body, ANTQ_BODY_COMMUNE_COMMITTEE);
    ck_assert_int_eq(a->kind, ANTQ_KIND_ENTERPRISE);
    antq_result_free(r);
}
END_TEST

START_TEST(delegation_after_two_tier)
{
    /* after 1/7/2025 the province may delegate one level down, to the commune */
    antq_result *r;
    fixture f;
    fixture_agency(&f, 2025);
    f.unit.managing_level = ANTQ_LEVEL_PROVINCE;
    f.unit.delegated_to_commune = ANTQ_NO;
    const antq_authority_rule *a = evaluated_authority(&f, &r);
    ck_assert_int_eq(a->body, ANTQ_BODY_PROVINCE_COMMITTEE);
    antq_result_free(r);
    f.unit.delegated_to_commune = ANTQ_YES;
    a = evaluated_authority(&f, &r);
    ck_assert_int_eq(a->body, ANTQ_BODY_COMMUNE_COMMITTEE);
    antq_result_free(r);
}
END_TEST

static Suite *authority_suite(void)
{
    Suite *s = suite_create("authority");
    TCase *tc = tcase_create("table");
    tcase_add_test(tc, table_rows_are_well_formed);
    tcase_add_test(tc, exactly_one_row_every_day_kind_and_level);
    tcase_add_test(tc, no_row_before_the_standard);
    tcase_add_test(tc, body_names);
    suite_add_tcase(s, tc);

    tc = tcase_create("eras");
    tcase_add_test(tc, c124_residential_area_commune_committee_before_15_november);
    tcase_add_test(tc, c124_commune_district_committee_before_20_november);
    tcase_add_test(tc, c124_managed_units_by_level);
    tcase_add_test(tc, two_tier_commune_decided_by_province_unverified);
    tcase_add_test(tc, two_tier_residential_area_still_commune);
    tcase_add_test(tc, two_tier_no_district_committee_decides);
    tcase_add_test(tc, c23_era_bodies);
    suite_add_tcase(s, tc);

    tc = tcase_create("evaluate");
    tcase_add_test(tc, result_authority_follows_the_period_end);
    tcase_add_test(tc, caller_table_replaces_the_built_in_one);
    tcase_add_test(tc, caller_table_null_with_rows_is_rejected);
    tcase_add_test(tc, delegation_moves_district_enterprise_to_commune);
    tcase_add_test(tc, delegation_after_two_tier);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(authority_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
