/* Unit tests: rule sets and evaluation periods (124/2021 Art. 8.2; 23/2012
 * Art. 9.2; rules.md §1.9, §2, §2.1).
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <antq.h>

#define C124 "124/2021/TT-BCA"
#define C23 "23/2012/TT-BCA"

static const int kinds[] = {ANTQ_KIND_RESIDENTIAL_AREA, ANTQ_KIND_COMMUNE, ANTQ_KIND_AGENCY, ANTQ_KIND_ENTERPRISE,
                            ANTQ_KIND_EDUCATIONAL_INSTITUTION};
#define N_KINDS (sizeof kinds / sizeof kinds[0])

typedef struct period {
    int rc;
    int32_t start, end;
    const antq_ruleset *rs;
} period;

static period get(int kind, int year, int school_end)
{
    period p = {0, -1, -1, NULL};
    p.rc = antq_period_for(&p.start, &p.end, &p.rs, kind, year, school_end);
    return p;
}

static void assert_period(int kind, int year, int school_end, int32_t start, int32_t end, const char *ruleset)
{
    period p = get(kind, year, school_end);
    ck_assert_msg(p.rc == ANTQ_OK, "kind %d year %d: %s", kind, year, antq_status_name(p.rc));
    ck_assert_msg(p.start == start && p.end == end, "kind %d year %d: expected %d..%d, got %d..%d", kind, year,
                  (int)start, (int)end, (int)p.start, (int)p.end);
    ck_assert_ptr_nonnull(p.rs);
    ck_assert_str_eq(p.rs->id, ruleset);
}

static const antq_ruleset *ruleset_by_id(const char *id)
{
    for (size_t i = 0; i < antq_ruleset_count(); i++)
        if (strcmp(antq_ruleset_get(i)->id, id) == 0)
            return antq_ruleset_get(i);
    return NULL;
}

/* ---- Circular 124/2021 Art. 8.2 */

START_TEST(c124_residential_area_period)
{
    /* C124-PER-02: 1 November of Y-1 .. 31 October of Y */
    for (int y = 2022; y <= 2030; y++)
        assert_period(ANTQ_KIND_RESIDENTIAL_AREA, y, 0, (y - 1) * 10000 + 1101, y * 10000 + 1031, C124);
    /* failing neighbours: 31/10/Y-1 and 1/11/Y are outside the 2024 period */
    period p = get(ANTQ_KIND_RESIDENTIAL_AREA, 2024, 0);
    ck_assert_int_gt(p.start, 20231031);
    ck_assert_int_lt(p.end, 20241101);
}
END_TEST

START_TEST(c124_other_kinds_period)
{
    /* C124-PER-03: 16 November of Y-1 .. 15 November of Y */
    static const int others[] = {ANTQ_KIND_COMMUNE, ANTQ_KIND_AGENCY, ANTQ_KIND_ENTERPRISE,
                                 ANTQ_KIND_EDUCATIONAL_INSTITUTION};
    for (size_t k = 0; k < 4; k++)
        for (int y = 2022; y <= 2030; y++)
            assert_period(others[k], y, 0, (y - 1) * 10000 + 1116, y * 10000 + 1115, C124);
    period p = get(ANTQ_KIND_COMMUNE, 2024, 0);
    ck_assert_int_gt(p.start, 20231115);
    ck_assert_int_lt(p.end, 20241116);
}
END_TEST

START_TEST(c124_schools_ignore_school_year_option)
{
    /* 124/2021 has no school-year period: the option only matters under 23/2012 */
    assert_period(ANTQ_KIND_EDUCATIONAL_INSTITUTION, 2024, 630, 20231116, 20241115, C124);
    assert_period(ANTQ_KIND_EDUCATIONAL_INSTITUTION, 2024, 531, 20231116, 20241115, C124);
}
END_TEST

START_TEST(year_2022_is_governed_by_124_for_every_kind)
{
    /* rules.md §2.1: no transitional clause; evaluation year 2022 (RA period
     * from 01/11/2021, others from 16/11/2021) is fully under 124/2021 */
    assert_period(ANTQ_KIND_RESIDENTIAL_AREA, 2022, 0, 20211101, 20221031, C124);
    for (size_t k = 1; k < N_KINDS; k++)
        assert_period(kinds[k], 2022, 0, 20211116, 20221115, C124);
    /* and also with a school-year option set */
    assert_period(ANTQ_KIND_EDUCATIONAL_INSTITUTION, 2022, 115, 20211116, 20221115, C124);
    /* 2021 is not */
    for (size_t k = 0; k < N_KINDS; k++)
        ck_assert_str_eq(get(kinds[k], 2021, 0).rs->id, C23);
}
END_TEST

/* ---- Circular 23/2012 Art. 9.2 */

START_TEST(c23_residential_area_period)
{
    /* C23-PER-01 "31/10 to 31/10", read as 01/11/Y-1 .. 31/10/Y */
    for (int y = 2012; y <= 2021; y++)
        assert_period(ANTQ_KIND_RESIDENTIAL_AREA, y, 0, (y - 1) * 10000 + 1101, y * 10000 + 1031, C23);
}
END_TEST

START_TEST(c23_commune_agency_enterprise_period)
{
    /* C23-PER-02 "30/11 to 30/11", read as 01/12/Y-1 .. 30/11/Y */
    static const int k3[] = {ANTQ_KIND_COMMUNE, ANTQ_KIND_AGENCY, ANTQ_KIND_ENTERPRISE};
    for (size_t k = 0; k < 3; k++)
        for (int y = 2012; y <= 2021; y++)
            assert_period(k3[k], y, 0, (y - 1) * 10000 + 1201, y * 10000 + 1130, C23);
    /* not the 124 period */
    period p = get(ANTQ_KIND_AGENCY, 2020, 0);
    ck_assert_int_ne(p.end, 20201115);
}
END_TEST

START_TEST(c23_school_year_default_end)
{
    /* C23-PER-03: school year; default closing 31 May */
    for (int y = 2013; y <= 2021; y++)
        assert_period(ANTQ_KIND_EDUCATIONAL_INSTITUTION, y, 0, (y - 1) * 10000 + 601, y * 10000 + 531, C23);
    assert_period(ANTQ_KIND_EDUCATIONAL_INSTITUTION, 2020, 531, 20190601, 20200531, C23);
}
END_TEST

START_TEST(c23_school_year_custom_end)
{
    /* a school year closing on 30 June, and on 15 July */
    assert_period(ANTQ_KIND_EDUCATIONAL_INSTITUTION, 2020, 630, 20190701, 20200630, C23);
    assert_period(ANTQ_KIND_EDUCATIONAL_INSTITUTION, 2021, 715, 20200716, 20210715, C23);
    /* a closing on 31 December starts on 1 January */
    assert_period(ANTQ_KIND_EDUCATIONAL_INSTITUTION, 2019, 1231, 20190101, 20191231, C23);
    /* not a real month/day */
    ck_assert_int_eq(get(ANTQ_KIND_EDUCATIONAL_INSTITUTION, 2020, 1332).rc, ANTQ_EINVAL);
    ck_assert_int_eq(get(ANTQ_KIND_EDUCATIONAL_INSTITUTION, 2020, 431).rc, ANTQ_EINVAL);
    ck_assert_int_eq(get(ANTQ_KIND_EDUCATIONAL_INSTITUTION, 2020, -531).rc, ANTQ_EINVAL);
}
END_TEST

START_TEST(c23_school_year_2012_is_before_the_circular)
{
    /* the school year closing 31/05/2012 ended before 23/2012 entered into
     * force (18/06/2012); closing on 30/06/2012 it falls under 23/2012 */
    ck_assert_int_eq(get(ANTQ_KIND_EDUCATIONAL_INSTITUTION, 2012, 0).rc, ANTQ_ENORULES);
    assert_period(ANTQ_KIND_EDUCATIONAL_INSTITUTION, 2012, 630, 20110701, 20120630, C23);
}
END_TEST

/* ---- errors */

START_TEST(year_2011_has_no_rules)
{
    for (size_t k = 0; k < N_KINDS; k++) {
        period p = get(kinds[k], 2011, 0);
        ck_assert_int_eq(p.rc, ANTQ_ENORULES);
        ck_assert_int_eq(p.start, -1); /* untouched */
        ck_assert_int_eq(p.end, -1);
        ck_assert_ptr_null(p.rs);
        ck_assert_int_eq(get(kinds[k], 2012, 630).rc, ANTQ_OK);
    }
    ck_assert_int_eq(get(ANTQ_KIND_RESIDENTIAL_AREA, 1950, 0).rc, ANTQ_ENORULES);
}
END_TEST

START_TEST(bad_kind_or_year_is_einval)
{
    ck_assert_int_eq(get(ANTQ_KIND_UNKNOWN, 2024, 0).rc, ANTQ_EINVAL);
    ck_assert_int_eq(get(ANTQ_KIND_COUNT, 2024, 0).rc, ANTQ_EINVAL);
    ck_assert_int_eq(get(-1, 2024, 0).rc, ANTQ_EINVAL);
    ck_assert_int_eq(get(99, 2024, 0).rc, ANTQ_EINVAL);
    ck_assert_int_eq(get(ANTQ_KIND_COMMUNE, 1900, 0).rc, ANTQ_EINVAL);
    ck_assert_int_eq(get(ANTQ_KIND_COMMUNE, 2999, 0).rc, ANTQ_EINVAL);
    ck_assert_int_eq(get(ANTQ_KIND_COMMUNE, 2998, 0).rc, ANTQ_OK);
    ck_assert_int_eq(get(ANTQ_KIND_COMMUNE, 2024, 0).rc, ANTQ_OK);
}
END_TEST

START_TEST(null_outputs_are_optional)
{
    ck_assert_int_eq(antq_period_for(NULL, NULL, NULL, ANTQ_KIND_COMMUNE, 2024, 0), ANTQ_OK);
    int32_t end = 0;
    ck_assert_int_eq(antq_period_for(NULL, &end, NULL, ANTQ_KIND_COMMUNE, 2024, 0), ANTQ_OK);
    ck_assert_int_eq(end, 20241115);
}
END_TEST

/* ---- rule sets */

START_TEST(rulesets_are_contiguous)
{
    /* the validity intervals, sorted by start, meet day to day: no gap, no
     * overlap; 23/2012 ends 09/02/2022 and 124/2021 starts 10/02/2022 */
    size_t n = antq_ruleset_count();
    ck_assert_uint_ge(n, 2);
    ck_assert_ptr_null(antq_ruleset_get(n));
    const antq_ruleset *sorted[16];
    ck_assert_uint_le(n, 16);
    for (size_t i = 0; i < n; i++) {
        sorted[i] = antq_ruleset_get(i);
        ck_assert_ptr_nonnull(sorted[i]);
        ck_assert(antq_date_valid(sorted[i]->valid_from));
        ck_assert(antq_date_valid(sorted[i]->valid_to));
        ck_assert_int_le(sorted[i]->valid_from, sorted[i]->valid_to);
        ck_assert_int_le(sorted[i]->signed_on, sorted[i]->valid_from);
    }
    for (size_t i = 1; i < n; i++) /* insertion sort by valid_from */
        for (size_t j = i; j > 0 && sorted[j]->valid_from < sorted[j - 1]->valid_from; j--) {
            const antq_ruleset *t = sorted[j];
            sorted[j] = sorted[j - 1];
            sorted[j - 1] = t;
        }
    for (size_t i = 1; i < n; i++)
        ck_assert_msg(antq_date_add_days(sorted[i - 1]->valid_to, 1) == sorted[i]->valid_from,
                      "%s ends %d but %s starts %d", sorted[i - 1]->id, (int)sorted[i - 1]->valid_to, sorted[i]->id,
                      (int)sorted[i]->valid_from);
    ck_assert_int_eq(sorted[n - 1]->valid_to, ANTQ_DATE_OPEN);

    const antq_ruleset *c23 = ruleset_by_id(C23), *c124 = ruleset_by_id(C124);
    ck_assert_ptr_nonnull(c23);
    ck_assert_ptr_nonnull(c124);
    ck_assert_int_eq(c23->valid_from, 20120618);
    ck_assert_int_eq(c23->valid_to, 20220209);
    ck_assert_int_eq(c124->valid_from, 20220210);
    ck_assert_int_eq(c124->valid_to, ANTQ_DATE_OPEN);
    ck_assert_int_eq(c124->signed_on, 20211228);
    ck_assert_int_eq(c23->signed_on, 20120427);
}
END_TEST

START_TEST(ruleset_for_date_boundaries)
{
    ck_assert_ptr_null(antq_ruleset_for_date(20120617));
    ck_assert_str_eq(antq_ruleset_for_date(20120618)->id, C23);
    ck_assert_str_eq(antq_ruleset_for_date(20220209)->id, C23);
    ck_assert_str_eq(antq_ruleset_for_date(20220210)->id, C124);
    ck_assert_str_eq(antq_ruleset_for_date(20991231)->id, C124);
    ck_assert_str_eq(antq_ruleset_for_date(ANTQ_DATE_OPEN)->id, C124);
}
END_TEST

START_TEST(ruleset_titles_in_both_languages)
{
    for (size_t i = 0; i < antq_ruleset_count(); i++) {
        const antq_ruleset *rs = antq_ruleset_get(i);
        ck_assert(rs->title_vi && rs->title_vi[0]);
        ck_assert(rs->title_en && rs->title_en[0]);
        ck_assert_ptr_nonnull(strstr(rs->title_vi, rs->id));
        ck_assert_ptr_nonnull(strstr(rs->title_en, rs->id));
    }
}
END_TEST

/* ---- REQUIRED: no gap, no overlap, one rule set per year, 2012-2040 */

static int rulesets_containing(int32_t date)
{
    int n = 0;
    for (size_t i = 0; i < antq_ruleset_count(); i++) {
        const antq_ruleset *rs = antq_ruleset_get(i);
        n += date >= rs->valid_from && date <= rs->valid_to;
    }
    return n;
}

static void check_no_gap_no_overlap(int kind, int school_end)
{
    period prev = {ANTQ_ENORULES, 0, 0, NULL};
    int governed = 0;
    for (int y = 2012; y <= 2040; y++) {
        period p = get(kind, y, school_end);
        if (p.rc == ANTQ_ENORULES) {
            /* only possible before the first rule set, never after a governed year */
            ck_assert_msg(!governed, "kind %d: year %d ungoverned after a governed year", kind, y);
            ck_assert_ptr_null(p.rs);
            continue;
        }
        ck_assert_msg(p.rc == ANTQ_OK, "kind %d year %d: %s", kind, y, antq_status_name(p.rc));
        governed = 1;
        ck_assert(antq_date_valid(p.start));
        ck_assert(antq_date_valid(p.end));
        ck_assert_int_lt(p.start, p.end);
        ck_assert_int_eq(antq_date_year(p.end), y); /* the period ends in its evaluation year */
        /* a period lasts one year: the day after its end is the same month/day one year on */
        ck_assert_int_eq(antq_date_add_days(p.end, 1) / 10000, antq_date_year(p.start) + 1);
        ck_assert_int_eq(antq_date_add_days(p.end, 1) % 10000, p.start % 10000);
        /* exactly one rule set is in force on the period end, and it is the one chosen */
        ck_assert_msg(rulesets_containing(p.end) == 1, "kind %d year %d: %d rule sets in force on %d", kind, y,
                      rulesets_containing(p.end), (int)p.end);
        ck_assert_ptr_eq(p.rs, antq_ruleset_for_date(p.end));
        ck_assert_int_ge(p.end, p.rs->valid_from);
        ck_assert_int_le(p.end, p.rs->valid_to);
        /* contiguous with the previous year's period within the same rule set */
        if (prev.rc == ANTQ_OK && prev.rs == p.rs)
            ck_assert_msg(antq_date_add_days(prev.end, 1) == p.start,
                          "kind %d: year %d ends %d but year %d starts %d (%s)", kind, y - 1, (int)prev.end, y,
                          (int)p.start, p.rs->id);
        /* rule sets never go back in time */
        if (prev.rc == ANTQ_OK)
            ck_assert_int_le(prev.rs->valid_from, p.rs->valid_from);
        prev = p;
    }
    ck_assert_msg(governed, "kind %d: no governed year", kind);
}

START_TEST(no_gap_no_overlap_every_kind_2012_2040)
{
    for (size_t k = 0; k < N_KINDS; k++)
        check_no_gap_no_overlap(kinds[k], 0);
    /* school years with custom closings */
    static const int ends[] = {531, 630, 715, 1231, 101};
    for (size_t i = 0; i < sizeof ends / sizeof ends[0]; i++)
        check_no_gap_no_overlap(ANTQ_KIND_EDUCATIONAL_INSTITUTION, ends[i]);
}
END_TEST

START_TEST(every_year_2012_2040_has_exactly_one_ruleset)
{
    for (size_t k = 0; k < N_KINDS; k++)
        for (int y = 2012; y <= 2040; y++) {
            period p = get(kinds[k], y, 0);
            if (p.rc == ANTQ_ENORULES) {
                /* only the 2012 school year closing 31 May, before 18/06/2012 */
                ck_assert_int_eq(kinds[k], ANTQ_KIND_EDUCATIONAL_INSTITUTION);
                ck_assert_int_eq(y, 2012);
                continue;
            }
            ck_assert_int_eq(p.rc, ANTQ_OK);
            int matches = 0;
            for (size_t i = 0; i < antq_ruleset_count(); i++) {
                const antq_ruleset *rs = antq_ruleset_get(i);
                if (p.end >= rs->valid_from && p.end <= rs->valid_to) {
                    matches++;
                    ck_assert_ptr_eq(rs, p.rs);
                }
            }
            ck_assert_int_eq(matches, 1);
            ck_assert_str_eq(p.rs->id, y <= 2021 ? C23 : C124);
        }
}
END_TEST

START_TEST(evaluation_uses_the_same_period)
{
    /* antq_evaluate reports the period and the rule set of antq_period_for */
    antq_unit u;
    antq_evidence ev;
    antq_unit_init(&u);
    antq_evidence_init(&ev);
    u.id = "X";
    for (size_t k = 0; k < N_KINDS; k++) {
        u.kind = kinds[k];
        for (int y = 2013; y <= 2026; y++) {
            ev.year = y;
            antq_result *r = NULL;
            antq_error err;
            ck_assert_int_eq(antq_evaluate(&r, &u, &ev, NULL, NULL, 0, NULL, &err), ANTQ_OK);
            period p = get(kinds[k], y, 0);
            ck_assert_int_eq(antq_result_period_start(r), p.start);
            ck_assert_int_eq(antq_result_period_end(r), p.end);
            ck_assert_ptr_eq(antq_result_ruleset(r), p.rs);
            ck_assert_int_eq(antq_result_year(r), y);
            antq_result_free(r);
        }
    }
}
END_TEST

static Suite *periods_suite(void)
{
    Suite *s = suite_create("periods");
    TCase *tc = tcase_create("c124");
    tcase_add_test(tc, c124_residential_area_period);
    tcase_add_test(tc, c124_other_kinds_period);
    tcase_add_test(tc, c124_schools_ignore_school_year_option);
    tcase_add_test(tc, year_2022_is_governed_by_124_for_every_kind);
    suite_add_tcase(s, tc);

    tc = tcase_create("c23");
    tcase_add_test(tc, c23_residential_area_period);
    tcase_add_test(tc, c23_commune_agency_enterprise_period);
    tcase_add_test(tc, c23_school_year_default_end);
    tcase_add_test(tc, c23_school_year_custom_end);
    tcase_add_test(tc, c23_school_year_2012_is_before_the_circular);
    suite_add_tcase(s, tc);

    tc = tcase_create("errors");
    tcase_add_test(tc, year_2011_has_no_rules);
    tcase_add_test(tc, bad_kind_or_year_is_einval);
    tcase_add_test(tc, null_outputs_are_optional);
    suite_add_tcase(s, tc);

    tc = tcase_create("rulesets");
    tcase_add_test(tc, rulesets_are_contiguous);
    tcase_add_test(tc, ruleset_for_date_boundaries);
    tcase_add_test(tc, ruleset_titles_in_both_languages);
    tcase_add_test(tc, no_gap_no_overlap_every_kind_2012_2040);
    tcase_add_test(tc, every_year_2012_2040_has_exactly_one_ruleset);
    tcase_add_test(tc, evaluation_uses_the_same_period);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(periods_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
