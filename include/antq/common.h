/* libantq — common definitions shared by every public header.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_COMMON_H
#define ANTQ_COMMON_H

#include <stddef.h>
#include <stdint.h>

/** @file common.h
 * @brief Export macro, tri-state values and the "unknown" markers used by every record. */

#if defined(ANTQ_BUILDING) && defined(__GNUC__)
/** Marks a symbol as part of the public ABI. */
#define ANTQ_API __attribute__((visibility("default")))
#else
/** Marks a symbol as part of the public ABI. */
#define ANTQ_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/** Tri-state truth value used for every yes/no fact that may be unknown.
 *  Records start as #ANTQ_UNKNOWN after their *_init() function. */
typedef enum antq_tri {
    ANTQ_UNKNOWN = -1, /**< not reported: never treated as yes or no */
    ANTQ_NO = 0,       /**< reported as no */
    ANTQ_YES = 1       /**< reported as yes */
} antq_tri;

/** Marker for a count that was not reported. Any negative count other than
 *  this is invalid input. */
#define ANTQ_COUNT_UNKNOWN (-1)

/** Output language of explanations. */
typedef enum antq_lang {
    ANTQ_LANG_VI = 0, /**< Vietnamese (default) */
    ANTQ_LANG_EN = 1  /**< English */
} antq_lang;

/** Free memory that libantq allocated for the caller (for example the text
 *  returned by antq_result_explain()). Accepts NULL. Never use free() on such
 *  memory. Thread-safety: safe.
 *  @param ptr text or memory that a libantq function returned through a
 *         `char **out` parameter, or NULL (then nothing happens). */
ANTQ_API void antq_free(void *ptr);

#ifdef __cplusplus
}
#endif
#endif
