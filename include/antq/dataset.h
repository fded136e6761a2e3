/* libantq — datasets: many units with their evidence, loaded from JSON or
 * NDJSON, evaluated together (commune roll-ups included), written back.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_DATASET_H
#define ANTQ_DATASET_H

#include "common.h"
#include "error.h"
#include "unit.h"
#include "evidence.h"
#include "evaluate.h"

/** @file dataset.h
 * @brief The dataset handle, its JSON/NDJSON loaders and writers, and the
 * evaluation of a whole dataset. The format is documented in doc/format.md
 * and doc/antq-dataset.schema.json. */

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque collection of units, their evidence per year and dataset options.
 *  Owns copies of everything loaded into it. */
typedef struct antq_dataset antq_dataset;

/** Opaque results of evaluating a dataset for one year. */
typedef struct antq_evaluation antq_evaluation;

/** Load flags (bit set). */
typedef enum antq_load_flags {
    ANTQ_LOAD_DEFAULT = 0,
    ANTQ_LOAD_KEEP_UNKNOWN = 1 << 0  /**< keep unknown fields and write them back unchanged instead of failing */
} antq_load_flags;

/** Called once per error when loading collects every error (antq_dataset_validate_json()).
 *  @p err is borrowed for the duration of the call. Return 0 to go on, non-zero to stop. */
typedef int (*antq_error_fn)(const antq_error *err, void *userdata);

/** Create an empty dataset.
 *  @param[out] out the new dataset; the caller frees it with antq_dataset_free().
 *  @return #ANTQ_OK or #ANTQ_ENOMEM. */
ANTQ_API int antq_dataset_new(antq_dataset **out);

/** Free a dataset and everything it owns. Accepts NULL. Results that borrowed
 *  from it (#antq_evaluation) must be freed first. */
ANTQ_API void antq_dataset_free(antq_dataset *ds);

/** Parse a whole dataset document (doc/format.md) from @p len bytes at @p buf.
 *  Units are parsed one array element at a time: no tree of the whole file is
 *  built. Stops at the first error.
 *  @param[out] out new dataset on success (caller frees); NULL on failure.
 *  @return #ANTQ_OK, or #ANTQ_EPARSE / #ANTQ_ETYPE / #ANTQ_ERANGE / #ANTQ_EUTF8 /
 *  #ANTQ_EUNKNOWNFIELD / #ANTQ_EMISSING / #ANTQ_EDUPLICATE / #ANTQ_ECYCLE /
 *  #ANTQ_ENOTFOUND / #ANTQ_EVERSION / #ANTQ_ENOMEM with @p err giving the JSON
 *  path, line, column and byte offset. */
ANTQ_API int antq_dataset_load_json(antq_dataset **out, const char *buf, size_t len, unsigned flags, antq_error *err);

/** Check a dataset document and report every error (not only the first) to
 *  @p fn. Nothing is kept.
 *  @param[out] n_errors number of errors found (may be NULL).
 *  @return #ANTQ_OK when the document is valid, else the code of the first error. */
ANTQ_API int antq_dataset_validate_json(const char *buf, size_t len, unsigned flags, antq_error_fn fn, void *userdata,
                                        size_t *n_errors);

/** Add one unit record (a JSON object as in the "units" array, or one NDJSON
 *  line) to @p ds. On failure @p ds is left exactly as it was.
 *  @param line_offset line number of @p buf's first byte minus one, added to
 *  reported lines (NDJSON); @param index element index used in error paths.
 *  @return as antq_dataset_load_json(); hierarchy checks are not done here
 *  (see antq_dataset_check()). */
ANTQ_API int antq_dataset_add_json(antq_dataset *ds, const char *buf, size_t len, unsigned flags, size_t index,
                                   int32_t line_offset, antq_error *err);

/** Add a unit and (optionally) its evidence by copying the caller's records.
 *  @p ev may be NULL. Adding evidence for a unit id that exists adds a year
 *  (a second record for the same year is #ANTQ_EDUPLICATE).
 *  @return #ANTQ_OK, a validation error, #ANTQ_EDUPLICATE, #ANTQ_ENOMEM; on
 *  failure @p ds is unchanged. */
ANTQ_API int antq_dataset_add(antq_dataset *ds, const antq_unit *unit, const antq_evidence *ev, antq_error *err);

/** Check the hierarchy: every parent exists and is a commune-level unit, and
 *  there is no cycle. @return #ANTQ_OK, #ANTQ_ENOTFOUND, #ANTQ_ETYPE or #ANTQ_ECYCLE. */
ANTQ_API int antq_dataset_check(const antq_dataset *ds, antq_error *err);

/** Number of units. */
ANTQ_API size_t antq_dataset_unit_count(const antq_dataset *ds);
/** Unit @p index, or NULL. Borrowed: valid until @p ds is freed or changed. */
ANTQ_API const antq_unit *antq_dataset_unit(const antq_dataset *ds, size_t index);
/** "No such index": returned by antq_dataset_find() for an unknown id. */
#define ANTQ_INDEX_NONE ((size_t)-1)

/** Index of the unit with id @p id, or #ANTQ_INDEX_NONE. */
ANTQ_API size_t antq_dataset_find(const antq_dataset *ds, const char *id);
/** Evidence of unit @p index for @p year, or NULL. Borrowed. */
ANTQ_API const antq_evidence *antq_dataset_evidence(const antq_dataset *ds, size_t index, int year);
/** The dataset's options (defaults if the document had none). Borrowed. */
ANTQ_API const antq_options *antq_dataset_options(const antq_dataset *ds);
/** The evaluation year named by the document ("options.year"), or 0. */
ANTQ_API int antq_dataset_year(const antq_dataset *ds);
/** Latest evaluation year with evidence in the dataset, or 0. */
ANTQ_API int antq_dataset_latest_year(const antq_dataset *ds);

/** Write the dataset as a JSON document in the format it was read from;
 *  unknown fields kept with #ANTQ_LOAD_KEEP_UNKNOWN are written back unchanged.
 *  @param[out] out new UTF-8 text; free with antq_free(). */
ANTQ_API int antq_dataset_write_json(const antq_dataset *ds, char **out);

/** Evaluate every unit of @p ds for @p year: members first, then each commune
 *  with the roll-up of its members (Art. 5.4) and their events as territory
 *  events (Art. 5.2). Units without evidence for the year are evaluated with
 *  empty evidence (and so come out undetermined).
 *  @param opts options, or NULL for the dataset's own.
 *  @param[out] out new evaluation; free with antq_evaluation_free() before @p ds.
 *  @return #ANTQ_OK, #ANTQ_ENORULES, #ANTQ_EINVAL, #ANTQ_ENOMEM. */
ANTQ_API int antq_dataset_evaluate(const antq_dataset *ds, int year, const antq_options *opts, antq_evaluation **out,
                                   antq_error *err);

/** Free an evaluation. Accepts NULL. */
ANTQ_API void antq_evaluation_free(antq_evaluation *ev);
/** Number of results (one per unit, in dataset order). */
ANTQ_API size_t antq_evaluation_count(const antq_evaluation *ev);
/** Result @p index (same index as antq_dataset_unit()). Borrowed. */
ANTQ_API const antq_result *antq_evaluation_result(const antq_evaluation *ev, size_t index);
/** The roll-up of commune @p index, or NULL if the unit is not a commune. Borrowed. */
ANTQ_API const antq_rollup *antq_evaluation_rollup(const antq_evaluation *ev, size_t index);
/** The evaluated year. */
ANTQ_API int antq_evaluation_year(const antq_evaluation *ev);

/** Output formats for results. */
typedef enum antq_format {
    ANTQ_FORMAT_JSON = 0,          /**< one JSON document {"results": [...]} */
    ANTQ_FORMAT_NDJSON = 1,        /**< one JSON object per line */
    ANTQ_FORMAT_CSV_UNITS = 2,     /**< CSV, one row per unit */
    ANTQ_FORMAT_CSV_CRITERIA = 3   /**< CSV, one row per criterion result */
} antq_format;

/** Write one result as a JSON object (checks, citations, facts, requirement,
 *  gap and what-it-takes, texts in @p lang) with no trailing newline.
 *  @p unit may be NULL (then name and parent are omitted).
 *  @param[out] out new UTF-8 text; free with antq_free(). */
ANTQ_API int antq_result_write_json(const antq_result *r, const antq_unit *unit, int lang, char **out);

/** Write all results of an evaluation in @p format (texts in @p lang).
 *  @param[out] out new UTF-8 text; free with antq_free(). */
ANTQ_API int antq_evaluation_write(const antq_evaluation *ev, const antq_dataset *ds, int format, int lang, char **out);

/** Header line of the per-unit or per-criterion CSV (with newline). Static. */
ANTQ_API const char *antq_csv_header(int format);

/** Append the CSV row(s) of one result in @p format (#ANTQ_FORMAT_CSV_UNITS or
 *  #ANTQ_FORMAT_CSV_CRITERIA) to a new string. @param[out] out free with antq_free(). */
ANTQ_API int antq_result_write_csv(const antq_result *r, const antq_unit *unit, int format, int lang, char **out);

/** Stable name of a fact kind ("households_registered" …). Static string. */
ANTQ_API const char *antq_fact_kind_name(int kind);

/** Opaque NDJSON streaming evaluator: feed unit records line by line, get
 *  results out as soon as they are known; communes are held back until their
 *  members have been seen (memory grows with communes and events, not units). */
typedef struct antq_stream antq_stream;

/** Called for each finished result; @p line is one NDJSON line of @p len bytes
 *  without its newline (NUL-terminated as well, but use @p len), borrowed for
 *  the call. Return non-zero to stop. */
typedef int (*antq_stream_fn)(const char *line, size_t len, void *userdata);

/** Create a streaming evaluator for @p year (0: the latest evidence year of the
 *  first record that has evidence, then that year for the whole stream)
 *  with @p opts (NULL: defaults), writing results in @p lang to @p fn.
 *  @param[out] out new stream; free with antq_stream_free(). */
ANTQ_API int antq_stream_new(antq_stream **out, int year, const antq_options *opts, int lang, antq_stream_fn fn,
                             void *userdata);

/** Feed one NDJSON line (one unit record, without its newline). Blank lines are
 *  skipped. @param line_no 1-based line number for error positions.
 *  @return #ANTQ_OK or a load/evaluation error (the stream stays usable). */
ANTQ_API int antq_stream_feed(antq_stream *s, const char *line, size_t len, int32_t line_no, antq_error *err);

/** Finish: evaluate the held-back communes and emit them.
 *  @return #ANTQ_OK or an error. */
ANTQ_API int antq_stream_finish(antq_stream *s, antq_error *err);

/** Free a stream. Accepts NULL. */
ANTQ_API void antq_stream_free(antq_stream *s);

#ifdef __cplusplus
}
#endif
#endif
