/* Unit tests: calendar dates (include/antq/date.h).
 * Every test states one rule with a passing and a failing case.
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <antq.h>

/* Parse a NUL-terminated string; out starts at a sentinel so that "untouched
 * on failure" can be checked. */
static int parse(const char *text, int32_t *out)
{
    *out = 12345;
    return antq_date_parse(out, text, strlen(text));
}

/* ---- antq_date_make / antq_date_valid: the Gregorian leap-year rule */

START_TEST(leap_day_2024_is_valid)
{
    ck_assert_int_eq(antq_date_make(2024, 2, 29), 20240229);
    ck_assert_int_eq(antq_date_valid(20240229), 1);
}
END_TEST

START_TEST(leap_day_2023_is_invalid)
{
    ck_assert_int_eq(antq_date_make(2023, 2, 29), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_valid(20230229), 0);
    ck_assert_int_eq(antq_date_make(2023, 2, 28), 20230228); /* the day before exists */
}
END_TEST

START_TEST(century_2100_is_not_leap)
{
    ck_assert_int_eq(antq_date_make(2100, 2, 29), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_valid(21000229), 0);
    ck_assert_int_eq(antq_date_make(1900, 2, 29), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_valid(21000228), 1);
}
END_TEST

START_TEST(year_2000_divisible_by_400_is_leap)
{
    ck_assert_int_eq(antq_date_make(2000, 2, 29), 20000229);
    ck_assert_int_eq(antq_date_valid(20000229), 1);
    ck_assert_int_eq(antq_date_make(2000, 2, 30), ANTQ_DATE_UNKNOWN);
}
END_TEST

START_TEST(month_lengths)
{
    static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (int m = 1; m <= 12; m++) {
        ck_assert_int_eq(antq_date_make(2023, m, len[m - 1]), 20230000 + m * 100 + len[m - 1]);
        ck_assert_int_eq(antq_date_make(2023, m, len[m - 1] + 1), ANTQ_DATE_UNKNOWN);
        ck_assert_int_eq(antq_date_make(2023, m, 0), ANTQ_DATE_UNKNOWN);
    }
    ck_assert_int_eq(antq_date_make(2023, 0, 1), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_make(2023, 13, 1), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_make(2023, -1, 1), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_make(2023, 1, -1), ANTQ_DATE_UNKNOWN);
}
END_TEST

START_TEST(valid_rejects_non_dates)
{
    ck_assert_int_eq(antq_date_valid(20240315), 1);
    ck_assert_int_eq(antq_date_valid(ANTQ_DATE_UNKNOWN), 0);
    ck_assert_int_eq(antq_date_valid(20241301), 0);
    ck_assert_int_eq(antq_date_valid(20240100), 0);
    ck_assert_int_eq(antq_date_valid(20240431), 0);
    ck_assert_int_eq(antq_date_valid(-20240101), 0);
    ck_assert_int_eq(antq_date_valid(2024), 0);
}
END_TEST

START_TEST(range_limits_1900_2999)
{
    ck_assert_int_eq(antq_date_make(1900, 1, 1), 19000101);
    ck_assert_int_eq(antq_date_make(2999, 12, 31), 29991231);
    ck_assert_int_eq(antq_date_valid(19000101), 1);
    ck_assert_int_eq(antq_date_valid(29991231), 1);
    ck_assert_int_eq(antq_date_make(1899, 12, 31), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_make(3000, 1, 1), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_valid(18991231), 0);
    ck_assert_int_eq(antq_date_valid(30000101), 0);
}
END_TEST

START_TEST(parts_of_a_date)
{
    ck_assert_int_eq(antq_date_year(20240315), 2024);
    ck_assert_int_eq(antq_date_month(20240315), 3);
    ck_assert_int_eq(antq_date_day(20240315), 15);
    ck_assert_int_ne(antq_date_month(20240315), 15);
}
END_TEST

/* ---- antq_date_parse */

START_TEST(parse_well_formed)
{
    int32_t d;
    ck_assert_int_eq(parse("2024-02-29", &d), ANTQ_OK);
    ck_assert_int_eq(d, 20240229);
    ck_assert_int_eq(parse("1900-01-01", &d), ANTQ_OK);
    ck_assert_int_eq(d, 19000101);
    ck_assert_int_eq(parse("2999-12-31", &d), ANTQ_OK);
    ck_assert_int_eq(d, 29991231);
}
END_TEST

START_TEST(parse_not_a_real_date_is_erange)
{
    int32_t d;
    ck_assert_int_eq(parse("2024-02-30", &d), ANTQ_ERANGE);
    ck_assert_int_eq(d, 12345); /* untouched */
    ck_assert_int_eq(parse("2023-02-29", &d), ANTQ_ERANGE);
    ck_assert_int_eq(parse("2100-02-29", &d), ANTQ_ERANGE);
    ck_assert_int_eq(parse("2024-13-01", &d), ANTQ_ERANGE);
    ck_assert_int_eq(parse("2024-00-10", &d), ANTQ_ERANGE);
    ck_assert_int_eq(parse("2024-04-00", &d), ANTQ_ERANGE);
    ck_assert_int_eq(parse("1899-12-31", &d), ANTQ_ERANGE);
    ck_assert_int_eq(parse("3000-01-01", &d), ANTQ_ERANGE);
    ck_assert_int_eq(d, 12345);
    /* the passing neighbour */
    ck_assert_int_eq(parse("2024-02-28", &d), ANTQ_OK);
}
END_TEST

START_TEST(parse_malformed_is_eparse)
{
    static const char *const bad[] = {
        "2024-2-01",   /* 9 bytes */
        "2024-02-1",   /* 9 bytes */
        "2024-02-011", /* 11 bytes */
        "02024-02-01", /* 11 bytes */
        "2024/02/01",  /* wrong separators */
        "2024.02.01",
        "20240201xx",
        "2024-02_01",
        "20a4-02-01",  /* non-digits */
        "2024-0b-01",
        "2024-02-0x",
        " 024-02-01",
        "+024-02-01",
        "-024-02-01",
        "2024-+2-01",
        "2024- 2-01",
        "",
        "2024-02-01T",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        int32_t d;
        ck_assert_msg(parse(bad[i], &d) == ANTQ_EPARSE, "\"%s\" should be EPARSE", bad[i]);
        ck_assert_int_eq(d, 12345);
    }
    int32_t d;
    ck_assert_int_eq(parse("2024-02-01", &d), ANTQ_OK);
}
END_TEST

START_TEST(parse_uses_exactly_len_bytes)
{
    int32_t d = 7;
    /* a valid date followed by more text: only len bytes are read */
    ck_assert_int_eq(antq_date_parse(&d, "2024-02-01 trailing", 10), ANTQ_OK);
    ck_assert_int_eq(d, 20240201);
    d = 7;
    ck_assert_int_eq(antq_date_parse(&d, "2024-02-01", 9), ANTQ_EPARSE);
    ck_assert_int_eq(antq_date_parse(&d, "2024-02-01", 11), ANTQ_EPARSE);
    ck_assert_int_eq(antq_date_parse(&d, "2024-02-01", 0), ANTQ_EPARSE);
    /* an embedded NUL is not a digit */
    ck_assert_int_eq(antq_date_parse(&d, "2024-02-0\0", 10), ANTQ_EPARSE);
    ck_assert_int_eq(d, 7);
}
END_TEST

START_TEST(parse_null_arguments)
{
    int32_t d = 7;
    ck_assert_int_eq(antq_date_parse(&d, NULL, 10), ANTQ_EPARSE);
    ck_assert_int_eq(antq_date_parse(NULL, "2024-02-01", 10), ANTQ_EPARSE);
    ck_assert_int_eq(d, 7);
}
END_TEST

/* ---- antq_date_format */

START_TEST(format_writes_iso)
{
    char buf[16];
    memset(buf, 'x', sizeof buf);
    ck_assert_int_eq(antq_date_format(buf, 11, 20240229), ANTQ_OK);
    ck_assert_str_eq(buf, "2024-02-29");
    ck_assert_int_eq(antq_date_format(buf, sizeof buf, 19000101), ANTQ_OK);
    ck_assert_str_eq(buf, "1900-01-01");
    ck_assert_int_eq(antq_date_format(buf, sizeof buf, 20220210), ANTQ_OK);
    ck_assert_str_eq(buf, "2022-02-10");
}
END_TEST

START_TEST(format_rejects_bad_input)
{
    char buf[16];
    ck_assert_int_eq(antq_date_format(buf, 10, 20240229), ANTQ_EINVAL); /* no room for the NUL */
    ck_assert_int_eq(antq_date_format(buf, sizeof buf, 20230229), ANTQ_EINVAL);
    ck_assert_int_eq(antq_date_format(buf, sizeof buf, ANTQ_DATE_UNKNOWN), ANTQ_EINVAL);
    ck_assert_int_eq(antq_date_format(buf, sizeof buf, 30000101), ANTQ_EINVAL);
    ck_assert_int_eq(antq_date_format(NULL, 11, 20240229), ANTQ_EINVAL);
    ck_assert_int_eq(antq_date_format(buf, 11, 20240229), ANTQ_OK);
}
END_TEST

START_TEST(format_parse_round_trip_every_day)
{
    /* every day from 1999 to 2101 (2000 is leap, 2100 is not): format then
     * parse gives the same date, and the next day is strictly later */
    int32_t d = 19990101;
    long days = 0;
    char buf[11];
    while (d <= 21011231) {
        /* plain ifs in the loop: a passing ck_assert records a mark point,
         * which is slow when repeated 37,000 times */
        if (antq_date_format(buf, sizeof buf, d) != ANTQ_OK)
            ck_abort_msg("cannot format %d", (int)d);
        int32_t back = 0;
        if (antq_date_parse(&back, buf, 10) != ANTQ_OK || back != d)
            ck_abort_msg("round trip of %d gave %d", (int)d, (int)back);
        int32_t next = antq_date_add_days(d, 1);
        if (next <= d)
            ck_abort_msg("day after %d is %d", (int)d, (int)next);
        d = next;
        days++;
    }
    ck_assert_int_eq(d, 21020101);
    /* 103 years with 25 leap years (2000 … 2096) */
    ck_assert_int_eq(days, 103L * 365 + 25);
}
END_TEST

START_TEST(add_days_spans_the_whole_range)
{
    /* 1900-01-01 .. 2999-12-31: 1100 years, 267 leap years (every 4th, minus
     * 1900, 2100, 2200, 2300, 2500, 2600, 2700, 2900) */
    const int32_t span = 1100L * 365 + 267 - 1;
    ck_assert_int_eq(antq_date_add_days(19000101, span), 29991231);
    ck_assert_int_eq(antq_date_add_days(29991231, -span), 19000101);
    ck_assert_int_eq(antq_date_add_days(19000101, span + 1), ANTQ_DATE_UNKNOWN);
    /* 400 years are exactly 146097 days */
    ck_assert_int_eq(antq_date_add_days(20000101, 146097), 24000101);
    ck_assert_int_eq(antq_date_add_days(19000301, 146097), 23000301);
}
END_TEST

/* ---- antq_date_add_days */

START_TEST(add_days_across_month_and_year)
{
    ck_assert_int_eq(antq_date_add_days(20240131, 1), 20240201);
    ck_assert_int_eq(antq_date_add_days(20240430, 1), 20240501);
    ck_assert_int_eq(antq_date_add_days(20231231, 1), 20240101);
    ck_assert_int_eq(antq_date_add_days(20240315, 0), 20240315);
    ck_assert_int_eq(antq_date_add_days(20211031, 1), 20211101); /* RA period boundary */
    ck_assert_int_eq(antq_date_add_days(20211115, 1), 20211116); /* other kinds */
    ck_assert_int_eq(antq_date_add_days(20220209, 1), 20220210); /* 23/2012 -> 124/2021 */
}
END_TEST

START_TEST(add_days_across_leap_day)
{
    ck_assert_int_eq(antq_date_add_days(20240228, 1), 20240229);
    ck_assert_int_eq(antq_date_add_days(20240228, 2), 20240301);
    ck_assert_int_eq(antq_date_add_days(20230228, 1), 20230301);
    ck_assert_int_eq(antq_date_add_days(20000228, 1), 20000229);
    ck_assert_int_eq(antq_date_add_days(21000228, 1), 21000301);
    ck_assert_int_eq(antq_date_add_days(20240101, 366), 20250101);
    ck_assert_int_eq(antq_date_add_days(20230101, 365), 20240101);
}
END_TEST

START_TEST(add_days_negative)
{
    ck_assert_int_eq(antq_date_add_days(20240301, -1), 20240229);
    ck_assert_int_eq(antq_date_add_days(20230301, -1), 20230228);
    ck_assert_int_eq(antq_date_add_days(20240101, -1), 20231231);
    ck_assert_int_eq(antq_date_add_days(20250101, -366), 20240101);
    ck_assert_int_eq(antq_date_add_days(21000301, -1), 21000228);
    /* there and back */
    ck_assert_int_eq(antq_date_add_days(antq_date_add_days(20240615, 10000), -10000), 20240615);
}
END_TEST

START_TEST(add_days_leaving_the_range_is_unknown)
{
    ck_assert_int_eq(antq_date_add_days(29991231, 1), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_add_days(19000101, -1), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_add_days(29991230, 1), 29991231);
    ck_assert_int_eq(antq_date_add_days(19000102, -1), 19000101);
    ck_assert_int_eq(antq_date_add_days(20240101, 2000000), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_add_days(20240101, -2000000), ANTQ_DATE_UNKNOWN);
}
END_TEST

START_TEST(add_days_invalid_input_is_unknown)
{
    ck_assert_int_eq(antq_date_add_days(20230229, 1), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_add_days(ANTQ_DATE_UNKNOWN, 1), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_add_days(20231301, 0), ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(antq_date_add_days(20230228, 0), 20230228);
}
END_TEST

static Suite *date_suite(void)
{
    Suite *s = suite_create("date");
    TCase *tc = tcase_create("make_valid");
    tcase_add_test(tc, leap_day_2024_is_valid);
    tcase_add_test(tc, leap_day_2023_is_invalid);
    tcase_add_test(tc, century_2100_is_not_leap);
    tcase_add_test(tc, year_2000_divisible_by_400_is_leap);
    tcase_add_test(tc, month_lengths);
    tcase_add_test(tc, valid_rejects_non_dates);
    tcase_add_test(tc, range_limits_1900_2999);
    tcase_add_test(tc, parts_of_a_date);
    suite_add_tcase(s, tc);

    tc = tcase_create("parse");
    tcase_add_test(tc, parse_well_formed);
    tcase_add_test(tc, parse_not_a_real_date_is_erange);
    tcase_add_test(tc, parse_malformed_is_eparse);
    tcase_add_test(tc, parse_uses_exactly_len_bytes);
    tcase_add_test(tc, parse_null_arguments);
    suite_add_tcase(s, tc);

    tc = tcase_create("format");
    tcase_add_test(tc, format_writes_iso);
    tcase_add_test(tc, format_rejects_bad_input);
    tcase_add_test(tc, format_parse_round_trip_every_day);
    suite_add_tcase(s, tc);

    tc = tcase_create("add_days");
    tcase_add_test(tc, add_days_across_month_and_year);
    tcase_add_test(tc, add_days_across_leap_day);
    tcase_add_test(tc, add_days_negative);
    tcase_add_test(tc, add_days_leaving_the_range_is_unknown);
    tcase_add_test(tc, add_days_invalid_input_is_unknown);
    tcase_add_test(tc, add_days_spans_the_whole_range);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(date_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
