/* Numbers, shares, money and dates for a reader, in Vietnamese and English:
 * the one formatter every renderer uses (include/antq/format.h).
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <stdio.h>
#include <string.h>

static int lang_ok(int lang)
{
    return lang == ANTQ_LANG_VI || lang == ANTQ_LANG_EN;
}

static int buf_ok(char *buf, size_t size)
{
    if (!buf || size == 0)
        return 0;
    buf[0] = '\0';
    return 1;
}

/* Copy text into buf, or leave "" and report a short buffer. */
static int put(char *buf, size_t size, const char *text)
{
    size_t n = strlen(text);
    if (n >= size) {
        buf[0] = '\0';
        return ANTQ_ERANGE;
    }
    memcpy(buf, text, n + 1);
    return ANTQ_OK;
}

/* Decimal digits of |v| grouped by three with sep, into out (at least 32 bytes). */
static void grouped(char *out, int64_t v, char sep)
{
    char digits[24];
    /* magnitude as unsigned so that INT64_MIN is exact */
    uint64_t m = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    int n = snprintf(digits, sizeof digits, "%llu", (unsigned long long)m);
    size_t k = 0;
    if (v < 0)
        out[k++] = '-';
    for (int i = 0; i < n; i++) {
        if (i > 0 && (n - i) % 3 == 0)
            out[k++] = sep;
        out[k++] = digits[i];
    }
    out[k] = '\0';
}

static char group_sep(int lang)
{
    return lang == ANTQ_LANG_EN ? ',' : '.';
}

int antq_format_count(char *buf, size_t size, int64_t value, int lang)
{
    if (!buf_ok(buf, size) || !lang_ok(lang))
        return ANTQ_EINVAL;
    char text[32];
    grouped(text, value, group_sep(lang));
    return put(buf, size, text);
}

/* "85,1" from 851 into out (at least 40 bytes). */
static void tenths_text(char *out, int64_t tenths, int lang)
{
    uint64_t m = tenths < 0 ? (uint64_t)0 - (uint64_t)tenths : (uint64_t)tenths;
    char whole[32];
    grouped(whole, (int64_t)(m / 10), group_sep(lang));
    snprintf(out, 40, "%s%s%c%u", tenths < 0 ? "-" : "", whole, lang == ANTQ_LANG_EN ? '.' : ',', (unsigned)(m % 10));
}

int antq_format_tenths(char *buf, size_t size, int64_t tenths, int lang)
{
    if (!buf_ok(buf, size) || !lang_ok(lang))
        return ANTQ_EINVAL;
    char text[40];
    tenths_text(text, tenths, lang);
    return put(buf, size, text);
}

/* Sign of a/b − c/d for a, c ≥ 0 and b, d ≥ 1, exact without overflow
 * (continued-fraction comparison). */
static int compare_fractions(int64_t a, int64_t b, int64_t c, int64_t d)
{
    for (;;) {
        int64_t q1 = a / b, q2 = c / d;
        if (q1 != q2)
            return q1 < q2 ? -1 : 1;
        int64_t r1 = a % b, r2 = c % d;
        if (r1 == 0 || r2 == 0)
            return r1 == r2 ? 0 : r1 == 0 ? -1 : 1;
        /* r1/b − r2/d has the sign of d/r2 − b/r1 */
        int64_t old_b = b, old_d = d;
        a = old_d, b = r2, c = old_b, d = r1;
    }
}

int antq_share_round(int64_t *tenths, int64_t part, int64_t whole, int64_t threshold_num, int64_t threshold_den)
{
    if (!tenths || whole <= 0 || part < 0 || threshold_num < 0 || threshold_den < 0)
        return ANTQ_EINVAL;
    if (part > ANTQ_SHARE_MAX || whole > ANTQ_SHARE_MAX || threshold_num > ANTQ_SHARE_MAX ||
        threshold_den > ANTQ_SHARE_MAX)
        return ANTQ_ERANGE;
    int64_t shown = (part * 2000 + whole) / (2 * whole); /* half up */
    int64_t down = part * 1000 / whole, up = (part * 1000 + whole - 1) / whole;
    /* 100% is always a threshold; then the caller's, if any */
    int64_t nums[2] = {1, threshold_num}, dens[2] = {1, threshold_den};
    for (int i = 0; i < 2; i++) {
        if (dens[i] == 0)
            continue;
        int exact = compare_fractions(part, whole, nums[i], dens[i]);
        int displayed = compare_fractions(shown, 1000, nums[i], dens[i]);
        if (exact < 0 && displayed >= 0)
            shown = down;
        else if (exact >= 0 && displayed < 0)
            shown = up;
    }
    *tenths = shown;
    return ANTQ_OK;
}

int antq_format_share(char *buf, size_t size, int64_t part, int64_t whole, int64_t threshold_num,
                      int64_t threshold_den, int lang)
{
    if (!buf_ok(buf, size) || !lang_ok(lang))
        return ANTQ_EINVAL;
    int64_t t;
    int rc = antq_share_round(&t, part, whole, threshold_num, threshold_den);
    if (rc != ANTQ_OK)
        return rc;
    char text[48];
    tenths_text(text, t, lang);
    strcat(text, "%");
    return put(buf, size, text);
}

int antq_format_percent(char *buf, size_t size, int64_t num, int64_t den, int lang)
{
    if (!buf_ok(buf, size) || !lang_ok(lang) || num < 0 || den < 1)
        return ANTQ_EINVAL;
    if (num > ANTQ_SHARE_MAX || den > ANTQ_SHARE_MAX)
        return ANTQ_ERANGE;
    char text[48];
    if (num * 100 % den == 0) {
        grouped(text, num * 100 / den, group_sep(lang));
    } else {
        tenths_text(text, (num * 2000 + den) / (2 * den), lang);
    }
    strcat(text, "%");
    return put(buf, size, text);
}

int antq_format_money(char *buf, size_t size, int64_t vnd, int lang)
{
    if (!buf_ok(buf, size) || !lang_ok(lang))
        return ANTQ_EINVAL;
    char text[48];
    grouped(text, vnd, group_sep(lang));
    strcat(text, lang == ANTQ_LANG_EN ? " VND" : " đồng");
    return put(buf, size, text);
}

int antq_format_date(char *buf, size_t size, int32_t date, int lang)
{
    if (!buf_ok(buf, size) || !lang_ok(lang) || !antq_date_valid(date))
        return ANTQ_EINVAL;
    char text[16];
    if (lang == ANTQ_LANG_EN)
        snprintf(text, sizeof text, "%04d-%02d-%02d", antq_date_year(date), antq_date_month(date), antq_date_day(date));
    else
        snprintf(text, sizeof text, "%02d/%02d/%04d", antq_date_day(date), antq_date_month(date), antq_date_year(date));
    return put(buf, size, text);
}
