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

/** Build a date from its parts. Thread-safety: safe (pure function).
 *  @param year  the year, 1900–2999
 *  @param month the month, 1–12
 *  @param day   the day of the month
 *  @return the date as YYYYMMDD, or #ANTQ_DATE_UNKNOWN when the parts do not
 *  form a real date (2024-02-30, month 13, year outside 1900–2999). */
ANTQ_API int32_t antq_date_make(int year, int month, int day);

/** Whether an integer is a real calendar date. Thread-safety: safe.
 *  @param date a YYYYMMDD value
 *  @return 1 when @p date is a real calendar date in 1900–2999, else 0
 *  (also 0 for #ANTQ_DATE_UNKNOWN). */
ANTQ_API int antq_date_valid(int32_t date);

/** Year of a date (no validation). Thread-safety: safe.
 *  @param date a YYYYMMDD date
 *  @return the year (@p date / 10000). */
ANTQ_API int antq_date_year(int32_t date);
/** Month of a date (no validation). Thread-safety: safe.
 *  @param date a YYYYMMDD date
 *  @return the month, 1–12 for a valid date. */
ANTQ_API int antq_date_month(int32_t date);
/** Day of month of a date (no validation). Thread-safety: safe.
 *  @param date a YYYYMMDD date
 *  @return the day of the month, 1–31 for a valid date. */
ANTQ_API int antq_date_day(int32_t date);

/** Parse an ISO 8601 calendar date "YYYY-MM-DD" of exactly @p len bytes.
 *  Thread-safety: safe.
 *  @param[out] out the date; untouched on failure.
 *  @param text the text (borrowed; need not be NUL-terminated)
 *  @param len  its length in bytes: anything but 10 is #ANTQ_EPARSE
 *  @return #ANTQ_OK; #ANTQ_EPARSE when the text is not YYYY-MM-DD;
 *  #ANTQ_ERANGE when it is well formed but not a real date (2024-02-30). */
ANTQ_API int antq_date_parse(int32_t *out, const char *text, size_t len);

/** Write @p date as "YYYY-MM-DD" plus NUL into @p buf (at least 11 bytes).
 *  Like every buffer function, the buffer and its size come first (snprintf).
 *  Thread-safety: safe.
 *  @param[out] buf caller-owned buffer
 *  @param size size of @p buf in bytes (11 or more)
 *  @param date the date to write
 *  @return #ANTQ_OK, or #ANTQ_EINVAL for an invalid date or a short buffer. */
ANTQ_API int antq_date_format(char *buf, size_t size, int32_t date);

/** Date arithmetic in days. Thread-safety: safe.
 *  @param date a valid date
 *  @param days days to add (negative: to subtract)
 *  @return the date @p days after (or before, if negative) @p date;
 *  #ANTQ_DATE_UNKNOWN if @p date is invalid or the result leaves 1900–2999. */
ANTQ_API int32_t antq_date_add_days(int32_t date, int32_t days);

#ifdef __cplusplus
}
#endif
#endif
