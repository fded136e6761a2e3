/* Unit tests: the one formatter of numbers, shares, money and dates
 * (include/antq/format.h). Every test states one rule with a passing and a
 * failing (or edge) case.
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <antq.h>

#define VI ANTQ_LANG_VI
#define EN ANTQ_LANG_EN

static char out[ANTQ_FORMAT_SIZE];

static const char *share(int64_t part, int64_t whole, int64_t tnum, int64_t tden, int lang)
{
    ck_assert_int_eq(antq_format_share(out, sizeof out, part, whole, tnum, tden, lang), ANTQ_OK);
    return out;
}

static int64_t tenths(int64_t part, int64_t whole, int64_t tnum, int64_t tden)
{
    int64_t t = -7;
    ck_assert_int_eq(antq_share_round(&t, part, whole, tnum, tden), ANTQ_OK);
    return t;
}

/* ---- counts and money: thousands separators per language */

START_TEST(count_groups_by_three)
{
    ck_assert_int_eq(antq_format_count(out, sizeof out, 104500000, VI), ANTQ_OK);
    ck_assert_str_eq(out, "104.500.000");
    ck_assert_int_eq(antq_format_count(out, sizeof out, 104500000, EN), ANTQ_OK);
    ck_assert_str_eq(out, "104,500,000");
    antq_format_count(out, sizeof out, 999, VI);
    ck_assert_str_eq(out, "999"); /* no separator below a thousand */
    antq_format_count(out, sizeof out, 1000, VI);
    ck_assert_str_eq(out, "1.000");
    antq_format_count(out, sizeof out, 0, EN);
    ck_assert_str_eq(out, "0");
    antq_format_count(out, sizeof out, -1234567, EN);
    ck_assert_str_eq(out, "-1,234,567");
    antq_format_count(out, sizeof out, INT64_MIN, VI);
    ck_assert_str_eq(out, "-9.223.372.036.854.775.808");
}
END_TEST

START_TEST(money_in_dong)
{
    ck_assert_int_eq(antq_format_money(out, sizeof out, 104500000, VI), ANTQ_OK);
    ck_assert_str_eq(out, "104.500.000 đồng");
    ck_assert_int_eq(antq_format_money(out, sizeof out, 104500000, EN), ANTQ_OK);
    ck_assert_str_eq(out, "104,500,000 VND");
    ck_assert_int_eq(antq_format_money(out, sizeof out, INT64_MAX, VI), ANTQ_OK); /* fits ANTQ_FORMAT_SIZE */
    ck_assert_str_eq(out, "9.223.372.036.854.775.807 đồng");
}
END_TEST

/* ---- dates */

START_TEST(date_per_language)
{
    ck_assert_int_eq(antq_format_date(out, sizeof out, 20240819, VI), ANTQ_OK);
    ck_assert_str_eq(out, "19/08/2024");
    ck_assert_int_eq(antq_format_date(out, sizeof out, 20240819, EN), ANTQ_OK);
    ck_assert_str_eq(out, "2024-08-19");
    ck_assert_int_eq(antq_format_date(out, sizeof out, 20230229, VI), ANTQ_EINVAL); /* not a real date */
    ck_assert_str_eq(out, "");
    ck_assert_int_eq(antq_format_date(out, sizeof out, ANTQ_DATE_UNKNOWN, EN), ANTQ_EINVAL);
}
END_TEST

/* ---- shares: half up to one decimal */

START_TEST(share_rounds_half_up)
{
    ck_assert_str_eq(share(13, 14, 0, 0, VI), "92,9%"); /* 92.857…: up, not truncated to 92,8% */
    ck_assert_str_eq(share(13, 14, 0, 0, EN), "92.9%");
    ck_assert_str_eq(share(1701, 2000, 0, 0, VI), "85,1%"); /* 85.05: the half goes up */
    ck_assert_str_eq(share(17009, 20000, 0, 0, VI), "85,0%"); /* 85.045: below the half, down */
    ck_assert_str_eq(share(0, 7, 0, 0, VI), "0,0%");
    ck_assert_str_eq(share(7, 7, 0, 0, EN), "100.0%");
}
END_TEST

/* A share below the threshold is never shown as reaching it. */
START_TEST(share_below_threshold_never_shown_reaching_it)
{
    ck_assert_str_eq(share(6996, 10000, 70, 100, VI), "69,9%"); /* 69.96%: not 70,0% */
    ck_assert_int_eq(tenths(6996, 10000, 70, 100), 699);
    ck_assert_str_eq(share(6996, 10000, 0, 0, VI), "70,0%"); /* without the threshold: plain half up */
    ck_assert_str_eq(share(6994, 10000, 70, 100, VI), "69,9%"); /* rounding that does not cross is unchanged */
    ck_assert_str_eq(share(7, 10, 70, 100, VI), "70,0%");        /* exactly at the threshold: reaches it */
    ck_assert_str_eq(share(7001, 10000, 70, 100, EN), "70.0%");
}
END_TEST

/* A share that reaches a threshold that is not a whole tenth is never shown below it. */
START_TEST(share_reaching_threshold_never_shown_below_it)
{
    /* threshold 2/3 = 66.666…%; 2/3 itself rounds half up to 66.7 (reaches), 6666/10000 = 66.66 rounds
     * to 66.7 but is below: shown 66.6 */
    ck_assert_str_eq(share(2, 3, 2, 3, VI), "66,7%");
    ck_assert_str_eq(share(6666, 10000, 2, 3, VI), "66,6%");
    /* threshold 66.64%: 66.645% reaches it, half up would give 66.6 (below), shown 66.7 */
    ck_assert_str_eq(share(13329, 20000, 6664, 10000, VI), "66,7%");
    ck_assert_str_eq(share(13327, 20000, 6664, 10000, VI), "66,6%"); /* 66.635% is below: 66,6% */
}
END_TEST

/* 100% is always a threshold: a part smaller than its whole is never "100,0%". */
START_TEST(share_below_all_never_shown_100)
{
    ck_assert_str_eq(share(9999, 10000, 0, 0, VI), "99,9%");
    ck_assert_str_eq(share(9995, 10000, 0, 0, EN), "99.9%");
    ck_assert_str_eq(share(10000, 10000, 0, 0, VI), "100,0%");
    ck_assert_str_eq(share(9994, 10000, 0, 0, VI), "99,9%");
}
END_TEST

START_TEST(share_arguments_checked)
{
    int64_t t = -7;
    ck_assert_int_eq(antq_share_round(&t, 1, 0, 0, 0), ANTQ_EINVAL); /* no whole */
    ck_assert_int_eq(antq_share_round(&t, -1, 5, 0, 0), ANTQ_EINVAL);
    ck_assert_int_eq(antq_share_round(&t, 1, 5, -70, 100), ANTQ_EINVAL);
    ck_assert_int_eq(antq_share_round(NULL, 1, 5, 0, 0), ANTQ_EINVAL);
    ck_assert_int_eq(antq_share_round(&t, ANTQ_SHARE_MAX + 1, ANTQ_SHARE_MAX, 0, 0), ANTQ_ERANGE);
    ck_assert_int_eq(t, -7); /* untouched on failure */
    ck_assert_int_eq(antq_share_round(&t, ANTQ_SHARE_MAX - 1, ANTQ_SHARE_MAX, 70, 100), ANTQ_OK);
    ck_assert_int_eq(t, 999); /* exact at the largest values: below 100%, shown 99.9 */
    ck_assert_int_eq(antq_share_round(&t, 3, 2, 0, 0), ANTQ_OK); /* a part above its whole is allowed */
    ck_assert_int_eq(t, 1500);
    ck_assert_int_eq(antq_format_share(out, sizeof out, 1, 0, 0, 0, VI), ANTQ_EINVAL);
    ck_assert_str_eq(out, "");
}
END_TEST

/* ---- requirements and changes */

START_TEST(percent_of_a_requirement)
{
    ck_assert_int_eq(antq_format_percent(out, sizeof out, 70, 100, VI), ANTQ_OK);
    ck_assert_str_eq(out, "70%");
    ck_assert_int_eq(antq_format_percent(out, sizeof out, 1, 1, EN), ANTQ_OK);
    ck_assert_str_eq(out, "100%");
    ck_assert_int_eq(antq_format_percent(out, sizeof out, 2, 3, VI), ANTQ_OK);
    ck_assert_str_eq(out, "66,7%");
    ck_assert_int_eq(antq_format_percent(out, sizeof out, 2, 3, EN), ANTQ_OK);
    ck_assert_str_eq(out, "66.7%");
    ck_assert_int_eq(antq_format_percent(out, sizeof out, 2, 0, EN), ANTQ_EINVAL);
}
END_TEST

START_TEST(tenths_with_sign_and_separators)
{
    ck_assert_int_eq(antq_format_tenths(out, sizeof out, 851, VI), ANTQ_OK);
    ck_assert_str_eq(out, "85,1");
    antq_format_tenths(out, sizeof out, -23, EN);
    ck_assert_str_eq(out, "-2.3");
    antq_format_tenths(out, sizeof out, -3, VI);
    ck_assert_str_eq(out, "-0,3"); /* the sign survives a zero integer part */
    antq_format_tenths(out, sizeof out, 12345, VI);
    ck_assert_str_eq(out, "1.234,5");
}
END_TEST

/* ---- buffers and languages */

START_TEST(short_buffer_and_bad_language)
{
    char small[7];
    ck_assert_int_eq(antq_format_money(small, sizeof small, 1000, VI), ANTQ_ERANGE);
    ck_assert_str_eq(small, "");
    ck_assert_int_eq(antq_format_count(small, sizeof small, 10000, VI), ANTQ_OK); /* "10.000" + NUL needs 7 */
    ck_assert_int_eq(antq_format_count(small, sizeof small, 100000, VI), ANTQ_ERANGE);
    ck_assert_int_eq(antq_format_count(small, 0, 1, VI), ANTQ_EINVAL);
    ck_assert_int_eq(antq_format_count(NULL, 8, 1, VI), ANTQ_EINVAL);
    ck_assert_int_eq(antq_format_count(out, sizeof out, 1, 2), ANTQ_EINVAL);
    ck_assert_int_eq(antq_format_date(out, sizeof out, 20240819, -1), ANTQ_EINVAL);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("format");
    TCase *tc = tcase_create("format");
    tcase_add_test(tc, count_groups_by_three);
    tcase_add_test(tc, money_in_dong);
    tcase_add_test(tc, date_per_language);
    tcase_add_test(tc, share_rounds_half_up);
    tcase_add_test(tc, share_below_threshold_never_shown_reaching_it);
    tcase_add_test(tc, share_reaching_threshold_never_shown_below_it);
    tcase_add_test(tc, share_below_all_never_shown_100);
    tcase_add_test(tc, share_arguments_checked);
    tcase_add_test(tc, percent_of_a_requirement);
    tcase_add_test(tc, tenths_with_sign_and_separators);
    tcase_add_test(tc, short_buffer_and_bad_language);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
