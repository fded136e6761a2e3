/* libantq — numbers, shares, money and dates written for a reader, per language.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_FORMAT_H
#define ANTQ_FORMAT_H

#include "common.h"

/** @file format.h
 * @brief One formatter for every renderer (explanations, scorecards, the
 * command-line tool, the HTML report): counts with thousands separators,
 * shares of a whole to one decimal, money in đồng and calendar dates, in
 * Vietnamese (`85,1%`, `104.500.000 đồng`, `19/08/2024`) or English (`85.1%`,
 * `104,500,000 VND`, `2024-08-19`).
 *
 * The rounding rule of shares (doc/cli.md): half up to one decimal, except
 * that a share below a threshold is never shown as reaching it (69.96% of a
 * 70% threshold is shown 69.9%, not 70.0%) and a share that reaches a
 * threshold is never shown below it. 100% is always such a threshold: a part
 * smaller than its whole is never shown as 100.0%.
 *
 * Every function writes a NUL-terminated UTF-8 string into a caller-owned
 * buffer of @p size bytes (#ANTQ_FORMAT_SIZE is always enough), reads nothing
 * else and is thread-safe. On failure the buffer holds the empty string (when
 * @p size > 0). Machine formats (JSON, CSV) never use these functions. */

#ifdef __cplusplus
extern "C" {
#endif

/** A buffer of this many bytes holds any output of the antq_format_*() functions. */
#define ANTQ_FORMAT_SIZE 48

/** Largest part or whole accepted by antq_share_round() and antq_format_share():
 *  larger values are #ANTQ_ERANGE (the arithmetic stays exact below it). */
#define ANTQ_SHARE_MAX ((int64_t)4000000000000000)

/** An integer with thousands separators: "104.500.000" (Vietnamese),
 *  "104,500,000" (English); a minus sign when negative.
 *  @param[out] buf caller-owned buffer
 *  @param size its size in bytes
 *  @param value the number
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return #ANTQ_OK; #ANTQ_EINVAL for a NULL or empty buffer or another
 *  language; #ANTQ_ERANGE when the buffer is too small. */
ANTQ_API int antq_format_count(char *buf, size_t size, int64_t value, int lang);

/** A number of tenths as a decimal with one digit after the separator and
 *  thousands separators: 851 → "85,1" (Vietnamese), "85.1" (English);
 *  -23 → "-2,3". For changes between two shares (percentage points).
 *  @param[out] buf caller-owned buffer
 *  @param size its size in bytes
 *  @param tenths the value times ten
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return #ANTQ_OK; #ANTQ_EINVAL (NULL or empty buffer, other language);
 *  #ANTQ_ERANGE (buffer too small). */
ANTQ_API int antq_format_tenths(char *buf, size_t size, int64_t tenths, int lang);

/** The share @p part / @p whole in tenths of a percent, as it is shown: rounded
 *  half up (851 for 85.05%), except that it stays on the exact share's side of
 *  the threshold @p threshold_num / @p threshold_den (a minimum, such as 70/100)
 *  and of 100%: a share below the threshold is rounded down, a share at or
 *  above it rounded up, when rounding half up would cross it. For chart
 *  lengths and year-on-year changes that agree with the printed figures.
 *  Decisions never use this value: they compare exact integers.
 *  @param[out] tenths the displayed share in tenths of a percent; untouched on failure
 *  @param part the count, 0 ≤ @p part ≤ #ANTQ_SHARE_MAX (may exceed @p whole)
 *  @param whole the reference, 1 ≤ @p whole ≤ #ANTQ_SHARE_MAX
 *  @param threshold_num numerator of the threshold (70 for 70%), 0 ≤ num
 *  @param threshold_den its denominator (100 for 70%), or 0 when no threshold applies
 *  @return #ANTQ_OK; #ANTQ_EINVAL for a NULL @p tenths, @p whole ≤ 0, a negative
 *  part or threshold; #ANTQ_ERANGE beyond #ANTQ_SHARE_MAX. */
ANTQ_API int antq_share_round(int64_t *tenths, int64_t part, int64_t whole, int64_t threshold_num,
                              int64_t threshold_den);

/** A share as a percentage with one decimal, by the rule of antq_share_round():
 *  "85,1%" (Vietnamese), "85.1%" (English); 13/14 → "92,9%"; 6998/10000 with
 *  the threshold 70/100 → "69,9%".
 *  @param[out] buf caller-owned buffer
 *  @param size its size in bytes
 *  @param part the count (see antq_share_round())
 *  @param whole the reference, at least 1
 *  @param threshold_num numerator of the threshold that applies, or 0
 *  @param threshold_den its denominator, or 0 when no threshold applies
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return #ANTQ_OK; #ANTQ_EINVAL or #ANTQ_ERANGE as antq_share_round(), and
 *  for a NULL or empty buffer, another language or a buffer too small. */
ANTQ_API int antq_format_share(char *buf, size_t size, int64_t part, int64_t whole, int64_t threshold_num,
                               int64_t threshold_den, int lang);

/** A requirement as a percentage: whole percents without decimals ("70%"),
 *  others to one decimal rounded half up ("66,7%" for 2/3).
 *  @param[out] buf caller-owned buffer
 *  @param size its size in bytes
 *  @param num the requirement's numerator, 0 ≤ @p num ≤ #ANTQ_SHARE_MAX
 *  @param den its denominator, 1 ≤ @p den ≤ #ANTQ_SHARE_MAX (100 for a percentage)
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return #ANTQ_OK; #ANTQ_EINVAL (NULL or empty buffer, other language,
 *  negative numerator, denominator below 1); #ANTQ_ERANGE (out of range or
 *  buffer too small). */
ANTQ_API int antq_format_percent(char *buf, size_t size, int64_t num, int64_t den, int lang);

/** An amount of money in Vietnamese đồng: "104.500.000 đồng" (Vietnamese),
 *  "104,500,000 VND" (English).
 *  @param[out] buf caller-owned buffer
 *  @param size its size in bytes
 *  @param vnd the amount in đồng
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return #ANTQ_OK; #ANTQ_EINVAL (NULL or empty buffer, other language);
 *  #ANTQ_ERANGE (buffer too small). */
ANTQ_API int antq_format_money(char *buf, size_t size, int64_t vnd, int lang);

/** A calendar date: "19/08/2024" (Vietnamese), "2024-08-19" (English).
 *  (antq_date_format() always writes the ISO form for data files.)
 *  @param[out] buf caller-owned buffer
 *  @param size its size in bytes
 *  @param date a YYYYMMDD date
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return #ANTQ_OK; #ANTQ_EINVAL for a date that is not a real date, a NULL
 *  or empty buffer or another language; #ANTQ_ERANGE (buffer too small). */
ANTQ_API int antq_format_date(char *buf, size_t size, int32_t date, int lang);

#ifdef __cplusplus
}
#endif
#endif
