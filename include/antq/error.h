/* libantq — status codes and the caller-owned error record.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_ERROR_H
#define ANTQ_ERROR_H

#include "common.h"

/** @file error.h
 * @brief One error convention: functions that can fail return an int status
 * (#ANTQ_OK or a negative #antq_status) and fill an optional #antq_error. */

#ifdef __cplusplus
extern "C" {
#endif

/** X-macro list of every status: name, value, description. Values never change;
 *  new codes are added at the end. */
#define ANTQ_STATUS_MAP(X)                                                        \
    X(OK, 0, "success")                                                           \
    X(ERROR, -1, "unspecified error")                                             \
    X(ENOMEM, -2, "out of memory")                                                \
    X(EINVAL, -3, "invalid argument or invalid record")                           \
    X(EPARSE, -4, "malformed input (syntax error)")                               \
    X(ETYPE, -5, "value of the wrong type")                                       \
    X(ERANGE, -6, "value out of range")                                           \
    X(ENOTFOUND, -7, "no such item")                                              \
    X(EDUPLICATE, -8, "duplicate identifier")                                     \
    X(ECYCLE, -9, "cycle in the unit hierarchy")                                  \
    X(ENORULES, -10, "no rule set applies to that date")                          \
    X(EIO, -11, "input/output error")                                             \
    X(EUTF8, -12, "text is not valid UTF-8")                                      \
    X(EUNKNOWNFIELD, -13, "unknown field")                                        \
    X(EMISSING, -14, "required field missing")                                    \
    X(EVERSION, -15, "unsupported structure or format version")

/** Status codes returned by every fallible function. */
typedef enum antq_status {
#define ANTQ__STATUS_ENUM(name, value, text) ANTQ_##name = value,
    ANTQ_STATUS_MAP(ANTQ__STATUS_ENUM)
#undef ANTQ__STATUS_ENUM
    ANTQ__STATUS_LAST = -15 /**< internal: the most negative code (grows as codes are added) */
} antq_status;

/** @var ANTQ_OK
 *  0: success. */
/** @var ANTQ_ERROR
 *  -1: unspecified error (a failure no other code describes). */
/** @var ANTQ_ENOMEM
 *  -2: out of memory; nothing the caller passed was changed. */
/** @var ANTQ_EINVAL
 *  -3: invalid argument (a NULL pointer, an unknown enum value) or invalid record. */
/** @var ANTQ_EPARSE
 *  -4: malformed input: JSON syntax, a date that is not YYYY-MM-DD, an unrecognised target wording. */
/** @var ANTQ_ETYPE
 *  -5: a value of the wrong JSON type (a string where a count is expected, a parent that is not a commune). */
/** @var ANTQ_ERANGE
 *  -6: a value out of range: an impossible date, a negative count, a name not in the list of its field. */
/** @var ANTQ_ENOTFOUND
 *  -7: no such item (a parent or festival host that is not in the dataset). */
/** @var ANTQ_EDUPLICATE
 *  -8: duplicate identifier, field or yearly evidence record. */
/** @var ANTQ_ECYCLE
 *  -9: cycle in the unit hierarchy (a unit that is its own parent). */
/** @var ANTQ_ENORULES
 *  -10: no rule set governs the evaluation period (before 18/06/2012). */
/** @var ANTQ_EIO
 *  -11: input/output error. */
/** @var ANTQ_EUTF8
 *  -12: text that is not valid UTF-8. */
/** @var ANTQ_EUNKNOWNFIELD
 *  -13: a field the format does not define (accepted with #ANTQ_LOAD_KEEP_UNKNOWN). */
/** @var ANTQ_EMISSING
 *  -14: a required field or value is missing. */
/** @var ANTQ_EVERSION
 *  -15: unsupported document format or version, or unsupported options-struct version. */

/** Size of #antq_error.path. */
#define ANTQ_ERROR_PATH_SIZE 256
/** Size of #antq_error.message. */
#define ANTQ_ERROR_MESSAGE_SIZE 256

/** Where and why something failed. Owned by the caller (usually on the stack),
 *  passed last, may be NULL, and written only when a function fails.
 *  line/column are 1-based and 0 when the input was not text. */
typedef struct antq_error {
    int32_t code;                          /**< the #antq_status returned */
    int32_t line;                          /**< 1-based line, 0 if not from text */
    int32_t column;                        /**< 1-based column in bytes, 0 if none */
    int32_t reserved;                      /**< zero */
    uint64_t offset;                       /**< byte offset in the input */
    char path[ANTQ_ERROR_PATH_SIZE];       /**< JSON-pointer-like path, e.g. "/units/3/events/0/date" */
    char message[ANTQ_ERROR_MESSAGE_SIZE]; /**< what was expected and what was found (UTF-8) */
} antq_error;

/** Symbolic name of a status ("ANTQ_EPARSE"). Never NULL, also for unknown codes.
 *  Ownership: static string. Thread-safety: safe.
 *  @param code an #antq_status value (any int is accepted)
 *  @return the name, "ANTQ_" included; "ANTQ_UNKNOWN_STATUS" for an unknown code. */
ANTQ_API const char *antq_status_name(int code);

/** English description of a status. Never NULL, also for unknown codes.
 *  Ownership: static string. Thread-safety: safe.
 *  @param code an #antq_status value (any int is accepted)
 *  @return the description, e.g. "malformed input (syntax error)";
 *          "unknown status code" for an unknown code. */
ANTQ_API const char *antq_strerror(int code);

/** Reset an error record to "no error": code #ANTQ_OK, no position, empty
 *  path and message. Accepts NULL.
 *  @param[out] err the record to reset, or NULL. */
ANTQ_API void antq_error_clear(antq_error *err);

#ifdef __cplusplus
}
#endif
#endif
