/* Calendar dates as YYYYMMDD integers.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <stdio.h>

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int days_in_month(int y, int m)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap(y) ? 29 : d[m - 1];
}

int antq_date_year(int32_t date) { return date / 10000; }
int antq_date_month(int32_t date) { return (date / 100) % 100; }
int antq_date_day(int32_t date) { return date % 100; }

int32_t antq_date_make(int year, int month, int day)
{
    if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month))
        return ANTQ_DATE_UNKNOWN;
    return (int32_t)(year * 10000 + month * 100 + day);
}

int antq_date_valid(int32_t date)
{
    return date > 0 && antq_date_make(antq_date_year(date), antq_date_month(date), antq_date_day(date)) == date;
}

int32_t antq__date_ymd(int year, int mmdd) { return (int32_t)(year * 10000 + mmdd); }

int antq_date_parse(int32_t *out, const char *text, size_t len)
{
    if (!out || !text || len != 10 || text[4] != '-' || text[7] != '-')
        return ANTQ_EPARSE;
    int v[3] = {0, 0, 0};
    static const int start[3] = {0, 5, 8}, width[3] = {4, 2, 2};
    for (int f = 0; f < 3; f++)
        for (int k = 0; k < width[f]; k++) {
            char c = text[start[f] + k];
            if (c < '0' || c > '9')
                return ANTQ_EPARSE;
            v[f] = v[f] * 10 + (c - '0');
        }
    int32_t d = antq_date_make(v[0], v[1], v[2]);
    if (d == ANTQ_DATE_UNKNOWN)
        return ANTQ_ERANGE;
    *out = d;
    return ANTQ_OK;
}

int antq_date_format(char *buf, size_t size, int32_t date)
{
    if (!buf || size < 11 || !antq_date_valid(date))
        return ANTQ_EINVAL;
    snprintf(buf, size, "%04d-%02d-%02d", antq_date_year(date), antq_date_month(date), antq_date_day(date));
    return ANTQ_OK;
}

/* Days since 0000-03-01 (civil-from-days algorithm by H. Hinnant, public domain). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe;
}

static int32_t civil_from_days(long z)
{
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    y += m <= 2;
    return antq_date_make((int)y, (int)m, (int)d);
}

int32_t antq_date_add_days(int32_t date, int32_t days)
{
    if (!antq_date_valid(date))
        return ANTQ_DATE_UNKNOWN;
    return civil_from_days(days_from_civil(antq_date_year(date), antq_date_month(date), antq_date_day(date)) + days);
}

int32_t antq__date_diff_days(int32_t later, int32_t earlier)
{
    return (int32_t)(days_from_civil(antq_date_year(later), antq_date_month(later), antq_date_day(later)) -
                     days_from_civil(antq_date_year(earlier), antq_date_month(earlier), antq_date_day(earlier)));
}
