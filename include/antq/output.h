/* libantq — results written as detailed as the question: verdict, failures or full.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_OUTPUT_H
#define ANTQ_OUTPUT_H

#include "common.h"
#include "error.h"
#include "evaluate.h"
#include "dataset.h"
#include "provenance.h"

/** @file output.h
 * @brief Result writers at a detail level (doc/format.md, "Results"): the
 * verdict and counts only, the failed and unknown criteria with their clause
 * and gap, or everything (checks, facts, citations and sentences). Sentences
 * are rendered only at #ANTQ_DETAIL_FULL. */

#ifdef __cplusplus
extern "C" {
#endif

/** How much of a result is written. */
typedef enum antq_detail {
    ANTQ_DETAIL_VERDICT = 0,  /**< unit, year, verdict and the count of checks by outcome */
    ANTQ_DETAIL_FAILURES = 1, /**< also each failed or unknown criterion: id, outcome, clause and gap */
    ANTQ_DETAIL_FULL = 2      /**< every check, citation, fact and sentence (antq_result_write_json()) */
} antq_detail;

/** Stable name of a detail level, as used on the command line and in output headers.
 *  Thread-safety: safe.
 *  @param detail an #antq_detail
 *  @return "verdict", "failures", "full"; "unknown" otherwise. Ownership: static string. */
ANTQ_API const char *antq_detail_name(int detail);

/** The detail level named @p name. Thread-safety: safe.
 *  @param[out] out the level
 *  @param name "verdict", "failures" or "full" (NUL-terminated)
 *  @return #ANTQ_OK, or #ANTQ_EINVAL for a NULL argument or another name (then @p out is unchanged). */
ANTQ_API int antq_detail_from_name(antq_detail *out, const char *name);

/** The default detail level of a format (doc/cli.md explains the choice):
 *  #ANTQ_DETAIL_FAILURES for #ANTQ_FORMAT_NDJSON (the format of national runs),
 *  #ANTQ_DETAIL_FULL for the others. Thread-safety: safe.
 *  @param format an #antq_format
 *  @return the level. */
ANTQ_API antq_detail antq_detail_default(antq_format format);

/** Write one result in @p format at @p detail: a JSON object (#ANTQ_FORMAT_JSON,
 *  no newline), an NDJSON line (newline included), or its CSV row(s) (no
 *  header; antq_results_header_write() gives it). At #ANTQ_DETAIL_FULL the
 *  text is exactly that of antq_result_write_json() and antq_result_write_csv().
 *  Thread-safety: safe on distinct outputs.
 *  @param[out] out new UTF-8 text; free with antq_free(). NULL on failure.
 *  @param[out] len its length in bytes, or NULL
 *  @param r the result (borrowed; its name and parent are written at #ANTQ_DETAIL_FULL)
 *  @param format an #antq_format
 *  @param detail an #antq_detail
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN (clauses and sentences)
 *  @param csv_flags for the CSV formats, a bit set of #antq_csv_flags
 *         (#ANTQ_CSV_DEFAULT: cells neutralised for spreadsheets); ignored otherwise
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument, unknown format, detail,
 *  language or flag) or #ANTQ_ENOMEM. */
ANTQ_API int antq_result_write_detail(char **out, size_t *len, const antq_result *r, antq_format format,
                                      antq_detail detail, antq_lang lang, unsigned csv_flags, antq_error *err);

/** What comes before the results of @p format at @p detail: for
 *  #ANTQ_FORMAT_JSON the opening of the document up to and including
 *  `"results":[` and a newline; for #ANTQ_FORMAT_NDJSON the header line
 *  `{"format":"antq-results","version":1,"detail":…,"provenance":{…}}`; for
 *  the CSV formats the column names, after a UTF-8 byte-order mark unless
 *  @p csv_flags has #ANTQ_CSV_NO_BOM. The provenance is written into the JSON
 *  forms only when @p prov is not NULL (CSV output carries it in a companion
 *  file, see doc/format.md). Thread-safety: safe.
 *  @param[out] out new UTF-8 text; free with antq_free(). NULL on failure.
 *  @param[out] len its length in bytes, or NULL
 *  @param prov the provenance (borrowed), or NULL
 *  @param year the evaluation year written into the JSON document (0: none)
 *  @param format an #antq_format
 *  @param detail an #antq_detail
 *  @param csv_flags a bit set of #antq_csv_flags (only #ANTQ_CSV_NO_BOM matters here)
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL @p out, unknown format, detail or
 *  flag, bad provenance) or #ANTQ_ENOMEM. */
ANTQ_API int antq_results_header_write(char **out, size_t *len, const antq_provenance *prov, int year,
                                       antq_format format, antq_detail detail, unsigned csv_flags, antq_error *err);

/** Write every result of an evaluation, header first (antq_results_header_write()),
 *  in dataset order, then for #ANTQ_FORMAT_JSON the closing `]}`.
 *  Thread-safety: safe on distinct outputs; @p ev is only read.
 *  @param[out] out new UTF-8 text; free with antq_free(). NULL on failure.
 *  @param[out] len its length in bytes, or NULL
 *  @param ev the evaluation (borrowed)
 *  @param prov the provenance (borrowed), or NULL
 *  @param format an #antq_format
 *  @param detail an #antq_detail
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @param csv_flags for the CSV formats, a bit set of #antq_csv_flags
 *         (#ANTQ_CSV_DEFAULT: byte-order mark and neutralised cells, for spreadsheets)
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL or #ANTQ_ENOMEM. */
ANTQ_API int antq_evaluation_write_detail(char **out, size_t *len, const antq_evaluation *ev,
                                          const antq_provenance *prov, antq_format format, antq_detail detail,
                                          antq_lang lang, unsigned csv_flags, antq_error *err);

/** Called for each finished result of a stream set up with antq_stream_set_output().
 *  @param result the result (borrowed for the call): read its verdict instead of parsing @p text
 *  @param text the result written in the stream's format and detail (NDJSON: one
 *         line with its newline; CSV: its rows), borrowed for the call
 *  @param len the length of @p text in bytes
 *  @param userdata the pointer given to antq_stream_new()
 *  @return 0 to go on; non-zero to stop (as #antq_stream_fn). */
typedef int (*antq_stream_result_fn)(const antq_result *result, const char *text, size_t len, void *userdata);

/** Make a stream write its results in @p format at @p detail and hand each to
 *  @p fn (instead of the line callback given to antq_stream_new()). Call it
 *  before the first antq_stream_feed(). The text is built in a buffer the
 *  stream reuses: no allocation per result. CSV cells are neutralised as with
 *  #ANTQ_CSV_DEFAULT. Thread-safety: as the stream.
 *  @param s the stream
 *  @param format #ANTQ_FORMAT_NDJSON, #ANTQ_FORMAT_CSV_UNITS or #ANTQ_FORMAT_CSV_CRITERIA
 *  @param detail an #antq_detail
 *  @param fn the callback
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, or #ANTQ_EINVAL (NULL argument, another format, unknown
 *  detail, or a stream that was already fed). */
ANTQ_API int antq_stream_set_output(antq_stream *s, antq_format format, antq_detail detail, antq_stream_result_fn fn,
                                    antq_error *err);

#ifdef __cplusplus
}
#endif
#endif
