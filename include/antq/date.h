/* libantq — calendar dates as YYYYMMDD integers.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_DATE_H
#define ANTQ_DATE_H

#include "common.h"

/** @file date.h
 * @brief Dates are proleptic Gregorian days encoded as int32_t YYYYMMDD
 * (20240315 is 15 March 2024), so that integer order is date order.
 * 0 (#ANTQ_DATE_UNKNOWN) means "not reported". Valid years: 1900–2999. */

#ifdef __cplusplus
extern "C" {
#endif

/** A date that was not reported. */
#define ANTQ_DATE_UNKNOWN 0

/** Build a date from its parts. Returns #ANTQ_DATE_UNKNOWN when the parts do not
 *  form a real date (2024-02-30, month 13, year outside 1900–2999). */
ANTQ_API int32_t antq_date_make(int year, int month, int day);

/** 1 when @p date is a real calendar date in 1900–2999, else 0. */
ANTQ_API int antq_date_valid(int32_t date);

/** Year, month and day of a date (no validation). */
ANTQ_API int antq_date_year(int32_t date);
/** Month (1–12) of a date (no validation). */
ANTQ_API int antq_date_month(int32_t date);
/** Day of month of a date (no validation). */
ANTQ_API int antq_date_day(int32_t date);

/** Parse an ISO 8601 calendar date "YYYY-MM-DD" of exactly @p len bytes.
 *  @param[out] out the date; untouched on failure.
 *  @return #ANTQ_OK; #ANTQ_EPARSE when the text is not YYYY-MM-DD;
 *  #ANTQ_ERANGE when it is well formed but not a real date (2024-02-30). */
ANTQ_API int antq_date_parse(int32_t *out, const char *text, size_t len);

/** Write @p date as "YYYY-MM-DD" plus NUL into @p buf (at least 11 bytes).
 *  @return #ANTQ_OK, or #ANTQ_EINVAL for an invalid date or a short buffer. */
ANTQ_API int antq_date_format(int32_t date, char *buf, size_t size);

/** The date @p days after (or before, if negative) @p date; #ANTQ_DATE_UNKNOWN
 *  if @p date is invalid or the result leaves 1900–2999. */
ANTQ_API int32_t antq_date_add_days(int32_t date, int32_t days);

#ifdef __cplusplus
}
#endif
#endif
