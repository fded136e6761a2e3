/* libantq — provenance: what produced a set of results, so that they can be checked later.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_PROVENANCE_H
#define ANTQ_PROVENANCE_H

#include "common.h"
#include "error.h"
#include "evaluate.h"

/** @file provenance.h
 * @brief The record written with every set of results (doc/format.md,
 * "Provenance"): the library version, the rule sets, a hash of the criteria
 * catalogue, the options in force, the evaluation date and the SHA-256 of each
 * input. `antq verify` reads it back and recomputes the results. */

#ifdef __cplusplus
extern "C" {
#endif

/** Size of a SHA-256 written in lower-case hexadecimal, with its NUL. */
#define ANTQ_SHA256_HEX_SIZE 65

/** One input file and the SHA-256 of its bytes. */
typedef struct antq_input_digest {
    const char *name;                  /**< the input as the caller names it, e.g. a path (borrowed) */
    uint64_t size;                     /**< its length in bytes */
    char sha256[ANTQ_SHA256_HEX_SIZE]; /**< lower-case hex SHA-256, NUL-terminated; empty when not known
                                            (standard input, read after the header was written) */
    char reserved[7];                  /**< zero */
} antq_input_digest;

/** Current version of #antq_provenance. */
#define ANTQ_PROVENANCE_VERSION 1

/** What produced a set of results. Start from antq_provenance_init(). The
 *  library version, rule-set ids and catalogue hash are not fields: the
 *  writer takes them from the library itself. */
typedef struct antq_provenance {
    uint32_t version;             /**< #ANTQ_PROVENANCE_VERSION */
    int32_t evaluation_date;      /**< the day the evaluation ran (YYYYMMDD, the caller's clock); 0: not recorded */
    int32_t year;                 /**< the evaluation year asked for; 0: chosen from the data */
    int32_t format;               /**< #antq_format of the results; -1 (with @ref detail -1): not a results
                                       file, e.g. a report (written as null) */
    int32_t detail;               /**< #antq_detail of the results; -1 with @ref format -1 */
    int32_t lang;                 /**< #antq_lang of the results */
    const antq_options *options;  /**< the options in force (borrowed), or NULL: the input's own (a dataset
                                       document's "options", or the defaults for NDJSON), recorded as null
                                       and kept by the input's SHA-256 */
    const antq_input_digest *inputs; /**< the inputs (borrowed) */
    size_t n_inputs;              /**< number of @ref inputs */
} antq_provenance;

/** Fill @p prov with no inputs, no options (the input's own), format JSON, detail full,
 *  Vietnamese, year and date 0. Thread-safety: safe.
 *  @param[out] prov the caller's record
 *  @param version #ANTQ_PROVENANCE_VERSION: the layout the caller was compiled with
 *  @return #ANTQ_OK, #ANTQ_EINVAL for NULL, #ANTQ_EVERSION for another version. */
ANTQ_API int antq_provenance_init(antq_provenance *prov, unsigned version);

/** SHA-256 of the criteria catalogue: every row of every rule set (id, role,
 *  status, kinds, validity, citation, texts, comparison, thresholds and the
 *  parameters its predicate reads) and the rule sets themselves, serialised in
 *  a fixed order. The same for every run of the same library; changes when
 *  any rule changes. Thread-safety: safe.
 *  @param[out] out #ANTQ_SHA256_HEX_SIZE bytes: lower-case hex and a NUL
 *  @return #ANTQ_OK, or #ANTQ_EINVAL for NULL. */
ANTQ_API int antq_catalogue_hash(char *out);

/** Digest @p len bytes held in memory. Thread-safety: safe.
 *  @param[out] out the digest; @p out->name is set to @p name
 *  @param name what to call the input (borrowed: keep it alive while @p out is used), or NULL
 *  @param data the bytes (borrowed for the call; may be NULL when @p len is 0)
 *  @param len their number
 *  @return #ANTQ_OK, or #ANTQ_EINVAL for a NULL @p out or NULL @p data with @p len > 0. */
ANTQ_API int antq_input_digest_buffer(antq_input_digest *out, const char *name, const void *data, size_t len);

/** Digest a file, read in blocks (memory does not grow with its size), or a
 *  directory of CSV files (a CSV set, doc/spreadsheets.md): its regular files
 *  whose names do not start with a dot, in byte order of their names, each
 *  hashed as its name, a NUL byte, its size in 20 decimal digits and its
 *  bytes; the size is then the sum of the files' sizes.
 *  Thread-safety: safe.
 *  @param[out] out the digest; @p out->name is set to @p path
 *  @param path the file (borrowed: keep it alive while @p out is used)
 *  @param[out] err the error (#ANTQ_EIO with the system's reason), or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument) or #ANTQ_EIO; on failure @p out is unchanged. */
ANTQ_API int antq_input_digest_file(antq_input_digest *out, const char *path, antq_error *err);

/** Write the provenance as one JSON object (no newline) with the members
 *  library, version, rule_sets, catalogue_sha256, evaluated_on, year, format,
 *  detail, lang, options and inputs (each with name, size and sha256); see
 *  doc/format.md. The "options" object has the form of a dataset document's
 *  "options", so it can be read back by antq_dataset_load_json().
 *  Thread-safety: safe.
 *  @param[out] out new UTF-8 text; free with antq_free(). NULL on failure.
 *  @param[out] len its length in bytes, or NULL
 *  @param prov the record (borrowed)
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument, unknown version, format,
 *  detail or language, inputs NULL with a count, options out of range) or #ANTQ_ENOMEM. */
ANTQ_API int antq_provenance_write_json(char **out, size_t *len, const antq_provenance *prov, antq_error *err);

#ifdef __cplusplus
}
#endif
#endif
