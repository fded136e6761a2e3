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
    ANTQ__STATUS_LAST = -15
} antq_status;

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
 *  Ownership: static string. Thread-safety: safe. */
ANTQ_API const char *antq_status_name(int code);

/** English description of a status. Never NULL, also for unknown codes.
 *  Ownership: static string. Thread-safety: safe. */
ANTQ_API const char *antq_strerror(int code);

/** Reset an error record to "no error". Accepts NULL. */
ANTQ_API void antq_error_clear(antq_error *err);

#ifdef __cplusplus
}
#endif
#endif
