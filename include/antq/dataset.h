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
    ANTQ_LOAD_DEFAULT = 0,           /**< strict: an unknown field is #ANTQ_EUNKNOWNFIELD */
    ANTQ_LOAD_KEEP_UNKNOWN = 1 << 0  /**< keep unknown fields and write them back unchanged instead of failing */
} antq_load_flags;

/** Called once per error when loading collects every error (antq_dataset_validate_json()).
 *  @param err the error (borrowed for the duration of the call: copy what you keep)
 *  @param userdata the pointer given to antq_dataset_validate_json()
 *  @return 0 to go on, non-zero to stop after this error. */
typedef int (*antq_error_fn)(const antq_error *err, void *userdata);

/** Create an empty dataset (default options, no units).
 *  @param[out] out the new dataset; the caller frees it with antq_dataset_free().
 *  @return #ANTQ_OK, #ANTQ_EINVAL when @p out is NULL, or #ANTQ_ENOMEM. */
ANTQ_API int antq_dataset_new(antq_dataset **out);

/** Free a dataset and everything it owns. Accepts NULL. Results that borrowed
 *  from it (#antq_evaluation) must be freed first.
 *  @param ds the dataset, or NULL. */
ANTQ_API void antq_dataset_free(antq_dataset *ds);

/** Parse a whole dataset document (doc/format.md) from @p len bytes at @p buf.
 *  Units are parsed one array element at a time: no tree of the whole file is
 *  built. Stops at the first error; a document that loads is then checked as
 *  antq_dataset_check() does. Thread-safety: safe (no shared state).
 *  @param[out] out new dataset on success (caller frees it with
 *         antq_dataset_free()); NULL on failure.
 *  @param buf the UTF-8 JSON text (borrowed for the call; need not be NUL-terminated)
 *  @param len its length in bytes
 *  @param flags a bit set of #antq_load_flags
 *  @param[out] err the first error, or NULL
 *  @return #ANTQ_OK, or #ANTQ_EPARSE / #ANTQ_ETYPE / #ANTQ_ERANGE / #ANTQ_EUTF8 /
 *  #ANTQ_EUNKNOWNFIELD / #ANTQ_EMISSING / #ANTQ_EDUPLICATE / #ANTQ_ECYCLE /
 *  #ANTQ_ENOTFOUND / #ANTQ_EVERSION / #ANTQ_ENOMEM with @p err giving the JSON
 *  path, line, column and byte offset. A unit record or top-level value over
 *  16 MiB is #ANTQ_ERANGE before it is parsed; a "\u0000" escape is #ANTQ_EUTF8
 *  (it would cut a string short). */
ANTQ_API int antq_dataset_load_json(antq_dataset **out, const char *buf, size_t len, unsigned flags, antq_error *err);

/** Load NDJSON from @p len bytes at @p buf: one unit record per line (as in
 *  the "units" array), blank lines skipped, then the hierarchy checked as
 *  antq_dataset_check() does. Stops at the first error.
 *  Thread-safety: safe (no shared state).
 *  @param[out] out new dataset on success (free it with antq_dataset_free());
 *         NULL on failure.
 *  @param buf the UTF-8 text (borrowed for the call; need not be NUL-terminated)
 *  @param len its length in bytes
 *  @param flags a bit set of #antq_load_flags
 *  @param[out] err the first error, or NULL: line and column of the file, path
 *         "/units/N/..." with N the line number − 1
 *  @return #ANTQ_OK or any code of antq_dataset_add_json() and antq_dataset_check(). */
ANTQ_API int antq_dataset_load_ndjson(antq_dataset **out, const char *buf, size_t len, unsigned flags, antq_error *err);

/** Load a dataset from a file or directory in any input form: a directory is
 *  a CSV set and a file that starts as a zip archive an .xlsx workbook
 *  (sheet.h, doc/spreadsheets.md), a *.csv file a CSV set of that one file;
 *  otherwise a JSON document (doc/format.md) or NDJSON (one unit record per
 *  line), NDJSON being recognised by the extension ".ndjson" or ".jsonl", or
 *  by content: a first record that is not the document object
 *  {"format": ...}. "-" is not standard input: it is a file named "-" (read
 *  standard input yourself and call antq_dataset_load_json()).
 *  Thread-safety: safe (no shared state).
 *  @param[out] out new dataset on success (free it with antq_dataset_free());
 *         NULL on failure.
 *  @param path the file's or directory's path (NUL-terminated, borrowed for the call)
 *  @param flags a bit set of #antq_load_flags
 *  @param[out] err the first error, or NULL. For a file that cannot be read:
 *         #ANTQ_EIO with the path and the system's reason in the message; for
 *         bad content: as the loader of its form (NDJSON lines give the line of
 *         the file, sheets the cell).
 *  @return #ANTQ_OK, #ANTQ_EIO, #ANTQ_EINVAL (NULL argument) or any code of
 *  the loader used. */
ANTQ_API int antq_dataset_load_file(antq_dataset **out, const char *path, unsigned flags, antq_error *err);

/** Check a dataset document and report every error (not only the first) to
 *  @p fn. Nothing is kept. A syntax error ends the check (nothing after it can
 *  be read). Thread-safety: safe.
 *  @param[out] n_errors number of errors found (may be NULL).
 *  @param buf the UTF-8 JSON text (borrowed for the call)
 *  @param len its length in bytes
 *  @param flags a bit set of #antq_load_flags
 *  @param fn called once per error in document order, or NULL (then the check
 *         stops at the first error)
 *  @param userdata passed to @p fn
 *  @return #ANTQ_OK when the document is valid, else the code of the first error. */
ANTQ_API int antq_dataset_validate_json(size_t *n_errors, const char *buf, size_t len, unsigned flags, antq_error_fn fn,
                                        void *userdata);

/** Add one unit record (a JSON object as in the "units" array, or one NDJSON
 *  line) to @p ds. On failure @p ds is left exactly as it was.
 *  @param ds the dataset to add to
 *  @param buf the JSON object's text (borrowed for the call; copied)
 *  @param len its length in bytes
 *  @param flags a bit set of #antq_load_flags
 *  @param index element index used in error paths ("/units/INDEX/...")
 *  @param line_offset line number of @p buf's first byte minus one, added to
 *         reported lines (NDJSON); >= 0
 *  @param[out] err the error, or NULL
 *  @return as antq_dataset_load_json(); #ANTQ_EINVAL for a negative
 *  @p line_offset, #ANTQ_ERANGE when the record's last line number would be
 *  beyond INT32_MAX; hierarchy checks are not done here (see antq_dataset_check()). */
ANTQ_API int antq_dataset_add_json(antq_dataset *ds, const char *buf, size_t len, unsigned flags, size_t index,
                                   int32_t line_offset, antq_error *err);

/** Add a unit and (optionally) its evidence by copying the caller's records.
 *  @p ev may be NULL. Adding evidence for a unit id that exists adds a year
 *  (a second record for the same year is #ANTQ_EDUPLICATE).
 *  @param ds the dataset to add to
 *  @param unit the unit (borrowed for the call; strings copied)
 *  @param ev its evidence for one year (borrowed for the call; arrays and strings copied), or NULL
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, a validation error, #ANTQ_EDUPLICATE, #ANTQ_ENOMEM; on
 *  failure @p ds is unchanged. */
ANTQ_API int antq_dataset_add(antq_dataset *ds, const antq_unit *unit, const antq_evidence *ev, antq_error *err);

/** Check the hierarchy: every parent exists and is a commune-level unit, and
 *  there is no cycle.
 *  @param ds the dataset
 *  @param[out] err the first problem (path "/units/N/parent"), or NULL
 *  @return #ANTQ_OK, #ANTQ_ENOTFOUND, #ANTQ_ETYPE or #ANTQ_ECYCLE
 *  (#ANTQ_EINVAL for a NULL dataset). */
ANTQ_API int antq_dataset_check(const antq_dataset *ds, antq_error *err);

/* Dataset getters: pure reads; several threads may read one dataset at once as
 * long as none changes it. Each accepts a NULL dataset. */

/** Number of units.
 *  @param ds the dataset
 *  @return the count, 0 for NULL. */
ANTQ_API size_t antq_dataset_unit_count(const antq_dataset *ds);
/** One unit, in the order they were loaded or added.
 *  @param ds the dataset
 *  @param index 0 to antq_dataset_unit_count() − 1
 *  @return unit @p index, or NULL. Borrowed: valid until @p ds is freed or changed. */
ANTQ_API const antq_unit *antq_dataset_unit(const antq_dataset *ds, size_t index);
/** "No such index": returned by antq_dataset_find() for an unknown id. */
#define ANTQ_INDEX_NONE ((size_t)-1)

/** Look a unit up by id.
 *  @param ds the dataset
 *  @param id the unit id (NUL-terminated)
 *  @return the index of the unit with id @p id, or #ANTQ_INDEX_NONE when there is none. */
ANTQ_API size_t antq_dataset_find(const antq_dataset *ds, const char *id);
/** The evidence of one unit for one year.
 *  @param ds the dataset
 *  @param index the unit's index
 *  @param year the evaluation year
 *  @return the evidence, or NULL when the unit has none for @p year.
 *  Borrowed: valid until @p ds is freed or changed. */
ANTQ_API const antq_evidence *antq_dataset_evidence(const antq_dataset *ds, size_t index, int year);
/** The dataset's options (defaults if the document had none).
 *  @param ds the dataset
 *  @return the options, NULL for a NULL dataset. Borrowed: valid until @p ds is freed. */
ANTQ_API const antq_options *antq_dataset_options(const antq_dataset *ds);
/** The evaluation year named by the document ("options.year").
 *  @param ds the dataset
 *  @return the year, or 0 when the document names none. */
ANTQ_API int antq_dataset_year(const antq_dataset *ds);
/** The province the document is about ("options.province"), for report headers.
 *  Thread-safety: safe.
 *  @param ds the dataset
 *  @return the name (UTF-8), or NULL when the document names none or @p ds is NULL.
 *  Borrowed: valid until @p ds is freed. */
ANTQ_API const char *antq_dataset_province(const antq_dataset *ds);
/** The body that issues reports on the document ("options.issuer"), e.g. a
 *  provincial steering committee. Thread-safety: safe.
 *  @param ds the dataset
 *  @return the name (UTF-8), or NULL when the document names none or @p ds is NULL.
 *  Borrowed: valid until @p ds is freed. */
ANTQ_API const char *antq_dataset_issuer(const antq_dataset *ds);
/** Latest evaluation year with evidence in the dataset.
 *  @param ds the dataset
 *  @return the year, or 0 when no unit has evidence. */
ANTQ_API int antq_dataset_latest_year(const antq_dataset *ds);

/** Write the dataset as a JSON document in the format it was read from;
 *  unknown fields kept with #ANTQ_LOAD_KEEP_UNKNOWN are written back unchanged.
 *  Thread-safety: safe; @p ds is only read.
 *  @param[out] out new UTF-8 text; free with antq_free(). NULL on failure.
 *  @param ds the dataset
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument) or #ANTQ_ENOMEM. */
ANTQ_API int antq_dataset_write_json(char **out, const antq_dataset *ds, antq_error *err);

/** Evaluate every unit of @p ds for @p year: members first, then each commune
 *  with the roll-up of its members (Art. 5.4) and their events as territory
 *  events (Art. 5.2). Units without evidence for the year are evaluated with
 *  empty evidence (and so come out undetermined). Every verdict and roll-up
 *  is decided here; a unit's whole result (checks, facts) is built when it
 *  is first read (antq_evaluation_result()), by evaluating the unit again
 *  (a commune with the same roll-up and territory events, which the
 *  evaluation keeps): antq_evaluation_verdict() reads the verdict alone.
 *  Thread-safety: safe on distinct outputs; @p ds is only read.
 *  @param[out] out new evaluation; free with antq_evaluation_free() before @p ds.
 *         It references @p ds (antq_evaluation_dataset()): the dataset must
 *         outlive it and must not change while it is used.
 *  @param ds the dataset
 *  @param year the evaluation year
 *  @param opts options, or NULL for the dataset's own. The arrays they point
 *  to (extra criteria, authority table, delegations) are read again when a
 *  result is built and borrowed by the results: they must outlive the
 *  evaluation.
 *  Units and evidence are checked when they are added to the dataset, and
 *  @p opts once per call: the units are then evaluated without checking each
 *  again (antq_evaluate() checks its arguments on every call).
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_ENORULES, #ANTQ_EINVAL, #ANTQ_ERANGE (a year outside
 *  1901-2998, path "/year"; options out of range, path "/options/..."),
 *  #ANTQ_EVERSION (options version), #ANTQ_ENOMEM. */
ANTQ_API int antq_dataset_evaluate(antq_evaluation **out, const antq_dataset *ds, int year, const antq_options *opts,
                                   antq_error *err);

/** Evaluate every unit of @p ds for @p year under a standard (#antq_standard):
 *  first the "Safe in security and order" standard as antq_dataset_evaluate()
 *  does (members, roll-ups, communes), then every unit under @p standard with
 *  its roll-up and territory events (antq_evaluate_standard()). The roll-ups
 *  of the evaluation are those of the safe standard.
 *  Thread-safety: safe on distinct outputs; @p ds is only read.
 *  @param[out] out new evaluation; free with antq_evaluation_free() before @p ds.
 *  @param ds the dataset (must outlive the evaluation)
 *  @param year the evaluation year
 *  @param standard an #antq_standard (#ANTQ_STANDARD_SAFE gives antq_dataset_evaluate())
 *  @param opts options, or NULL for the dataset's own
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_ENORULES (also when the standard has no rows in force
 *  for the year), #ANTQ_EINVAL (NULL argument, unknown standard), #ANTQ_ENOMEM. */
ANTQ_API int antq_dataset_evaluate_standard(antq_evaluation **out, const antq_dataset *ds, int year, int standard,
                                            const antq_options *opts, antq_error *err);

/** Free an evaluation and every result it owns. Accepts NULL.
 *  @param ev the evaluation, or NULL. */
ANTQ_API void antq_evaluation_free(antq_evaluation *ev);
/** Number of results (one per unit, in dataset order).
 *  @param ev the evaluation
 *  @return the count, 0 for NULL. */
ANTQ_API size_t antq_evaluation_count(const antq_evaluation *ev);
/** The result of one unit.
 *  An evaluation of a dataset (antq_dataset_evaluate()) keeps each unit as
 *  its verdict only: its whole result is built on the first call, by
 *  evaluating the unit again with the same evidence and options (a commune
 *  with the same roll-up and territory events), and kept with the evaluation.
 *  An evaluation of a pipeline's kept results (antq_pipeline_evaluation())
 *  keeps some units as a verdict only (#ANTQ_KEEP_RESULTS_OPEN): their result,
 *  without checks or facts, is built on the first call and kept with the
 *  evaluation (about 170 bytes). A caller that needs only verdicts reads
 *  antq_evaluation_verdict() and antq_evaluation_registered() instead; one
 *  that must tell a missing result from a failure calls
 *  antq_evaluation_result_get().
 *  Thread-safety: safe from several threads at once, while nothing frees
 *  @p ev: a result built on demand is published once (compare-exchange), so
 *  every thread gets the same pointer.
 *  @param ev the evaluation
 *  @param index the unit's index (same index as antq_dataset_unit())
 *  @return the result, or NULL (a bad index, no result for the unit, or out
 *  of memory while building one on demand). Borrowed: valid until @p ev is
 *  freed; never pass it to antq_result_free(). */
ANTQ_API const antq_result *antq_evaluation_result(const antq_evaluation *ev, size_t index);

/** The result of one unit, as antq_evaluation_result() gives it, with the
 *  reason when there is none: a result built on this call (see
 *  antq_evaluation_result()) can fail for want of memory.
 *  Thread-safety: as antq_evaluation_result().
 *  @param[out] out the result, borrowed (valid until @p ev is freed; never
 *         pass it to antq_result_free()); NULL when the evaluation holds no
 *         result for the unit (a pipeline's evaluation without one kept for
 *         it) or on failure
 *  @param ev the evaluation
 *  @param index the unit's index (same index as antq_dataset_unit())
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK (also when *out is NULL: no result for the unit),
 *  #ANTQ_EINVAL (NULL @p out or @p ev), #ANTQ_ERANGE (@p index not below
 *  antq_evaluation_count(), path "/index") or #ANTQ_ENOMEM. */
ANTQ_API int antq_evaluation_result_get(const antq_result **out, const antq_evaluation *ev, size_t index,
                                        antq_error *err);
/** The verdict of one unit — antq_result_verdict() of its result — read
 *  without building a result, also for a unit kept as a verdict only
 *  (antq_pipeline_keep_results()). Pure read: any thread.
 *  @param ev the evaluation
 *  @param index the unit's index (same index as antq_dataset_unit())
 *  @return an #antq_verdict; 0 for NULL, a bad index or a unit without a
 *  result. */
ANTQ_API int antq_evaluation_verdict(const antq_evaluation *ev, size_t index);
/** Whether one unit was registered for the year — antq_result_registered()
 *  of its result — read without building a result, like
 *  antq_evaluation_verdict(). Pure read: any thread.
 *  @param ev the evaluation
 *  @param index the unit's index (same index as antq_dataset_unit())
 *  @return #ANTQ_YES, #ANTQ_NO, or #ANTQ_UNKNOWN (also for NULL, a bad index
 *  or a unit without a result). */
ANTQ_API int antq_evaluation_registered(const antq_evaluation *ev, size_t index);
/** The roll-up of a commune's members.
 *  @param ev the evaluation
 *  @param index the commune's index in the dataset
 *  @return the roll-up, or NULL if the unit is not a commune or has no members
 *  in the dataset. Borrowed: valid until @p ev is freed. */
ANTQ_API const antq_rollup *antq_evaluation_rollup(const antq_evaluation *ev, size_t index);
/** The evaluated year.
 *  @param ev the evaluation
 *  @return the year, 0 for NULL. */
ANTQ_API int antq_evaluation_year(const antq_evaluation *ev);

/** A commune's Art. 5.4 pool and its members certified, as the evaluator
 *  counted them for the verdict (pool mode N2 and the rule set applied).
 *  Filled by antq_evaluation_commune_pool(); start it with
 *  antq_commune_pool_init(), which sets @c size. */
typedef struct antq_commune_pool {
    uint32_t size;              /**< sizeof(antq_commune_pool) the caller was compiled with */
    int32_t residential_only;   /**< 1 when the pool counts residential areas only (N2 or 23/2012) */
    int64_t pool;               /**< member units surely in the pool */
    int64_t registered;         /**< of which registered */
    int64_t certified;          /**< of which certified */
    int64_t undetermined;       /**< of which undetermined */
    int64_t uncertain;          /**< members whose place in the pool is unknown (may or may not count) */
    int64_t uncertain_certified;   /**< of which certified */
    int64_t uncertain_undetermined; /**< of which undetermined */
    int64_t share_tenths;       /**< certified / pool in tenths of a percent as shown (antq_share_round());
                                     -1 when the pool is empty */
    int64_t threshold_num;      /**< the requirement, e.g. 70 … */
    int64_t threshold_den;      /**< … of 100 */
    int32_t meets;              /**< #antq_tri: #ANTQ_YES met even in the worst case, #ANTQ_NO missed even
                                     in the best case, else #ANTQ_UNKNOWN */
    int32_t reserved;           /**< zero */
} antq_commune_pool;

/** Set every count of @p pool to zero (share −1, meets #ANTQ_UNKNOWN) and
 *  @c size to sizeof(antq_commune_pool). Accepts NULL. Thread-safety: safe.
 *  @param[out] pool the caller's record, or NULL. */
ANTQ_API void antq_commune_pool_init(antq_commune_pool *pool);

/** The pool and certified share of one commune of an evaluation: read from
 *  its Art. 5.4 check and, when the dataset holds its members, from its
 *  roll-up (which alone gives the undetermined and uncertain members; without
 *  members the counts are those the commune reported, −1 when unknown). A
 *  dataset's commune result is built on this first reading when it was not
 *  read before (antq_evaluation_result()).
 *  Thread-safety: as antq_evaluation_result().
 *  @param[out] out the caller's record from antq_commune_pool_init(); written only on success
 *  @param ev the evaluation
 *  @param index the commune's index in the dataset
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK; #ANTQ_EINVAL for a NULL argument; #ANTQ_EVERSION when
 *  @p out->size is not a size this library knows; #ANTQ_ENOTFOUND when the
 *  unit is not a commune (it has no Art. 5.4 check) or @p index is out of range;
 *  #ANTQ_ENOMEM when building the commune's result ran out of memory. */
ANTQ_API int antq_evaluation_commune_pool(antq_commune_pool *out, const antq_evaluation *ev, size_t index,
                                          antq_error *err);

/** The same pool from a commune's result and the roll-up it was evaluated
 *  with, for a caller that keeps no evaluation: a pipeline's callbacks
 *  receive both (#antq_record_fn), so that a year not kept
 *  (#ANTQ_KEEP_RESULTS_LATEST) still gives its communes' pools as they pass.
 *  The counts are those antq_evaluation_commune_pool() gives for the same
 *  commune in a kept evaluation. Since 1.1.
 *  Thread-safety: safe; @p commune and @p rollup are only read.
 *  @param[out] out the caller's record from antq_commune_pool_init(); written only on success
 *  @param commune a commune's result (antq_evaluate(), a pipeline's callback)
 *  @param rollup the roll-up of its members it was evaluated with, or NULL when it had none
 *  @param opts the options it was evaluated with (their pool mode, N2), or NULL for the defaults
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK; #ANTQ_EINVAL for a NULL @p out or @p commune; #ANTQ_EVERSION when
 *  @p out->size is not a size this library knows; #ANTQ_ENOTFOUND when the result has no
 *  Art. 5.4 check (not a commune's). */
ANTQ_API int antq_result_commune_pool(antq_commune_pool *out, const antq_result *commune, const antq_rollup *rollup,
                                      const antq_options *opts, antq_error *err);

/** The dataset an evaluation was made from.
 *  @param ev the evaluation
 *  @return the dataset, NULL for NULL. Borrowed: it is the caller's dataset
 *  given to antq_dataset_evaluate(). */
ANTQ_API const antq_dataset *antq_evaluation_dataset(const antq_evaluation *ev);

/** Output formats for results. */
typedef enum antq_format {
    ANTQ_FORMAT_JSON = 0,          /**< one JSON document {"results": [...]} */
    ANTQ_FORMAT_NDJSON = 1,        /**< one JSON object per line */
    ANTQ_FORMAT_CSV_UNITS = 2,     /**< CSV, one row per unit */
    ANTQ_FORMAT_CSV_CRITERIA = 3,  /**< CSV, one row per criterion result */
    ANTQ_FORMAT_TEXT = 4           /**< human-readable text (scorecards) */
} antq_format;

/** Write one result as a JSON object (unit id, name and parent as the result
 *  holds them, checks, citations, facts, requirement, gap and what-it-takes,
 *  texts in @p lang) with no trailing newline. Thread-safety: safe.
 *  @param[out] out new UTF-8 text; free with antq_free(). NULL on failure.
 *  @param r the result
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument, unknown language) or #ANTQ_ENOMEM. */
ANTQ_API int antq_result_write_json(char **out, const antq_result *r, int lang, antq_error *err);

/** Write all results of an evaluation in @p format (texts in @p lang); names
 *  and parents come from the results. CSV is written as
 *  antq_evaluation_write_detail() writes it at #ANTQ_DETAIL_FULL with
 *  #ANTQ_CSV_DEFAULT (output.h: other detail levels and #antq_csv_flags).
 *  Thread-safety: safe.
 *  @param[out] out new UTF-8 text; free with antq_free(). NULL on failure.
 *  @param ev the evaluation
 *  @param format an #antq_format
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument, unknown format or language) or #ANTQ_ENOMEM. */
ANTQ_API int antq_evaluation_write(char **out, const antq_evaluation *ev, antq_format format, int lang,
                                   antq_error *err);

/** How CSV is written for spreadsheets (a bit set; doc/format.md "CSV"). */
typedef enum antq_csv_flags {
    /** Cells starting with = + - @ tab, carriage return or an apostrophe get a
     *  leading apostrophe (no formula runs when the file is opened; reading
     *  back, drop one leading apostrophe); a UTF-8 byte-order mark comes first. */
    ANTQ_CSV_DEFAULT = 0,
    ANTQ_CSV_RAW_CELLS = 1 << 0, /**< cells exactly as they are (no apostrophe) */
    ANTQ_CSV_NO_BOM = 1 << 1     /**< no byte-order mark */
} antq_csv_flags;

/** Header line of the per-unit or per-criterion CSV. Thread-safety: safe.
 *  @param format #ANTQ_FORMAT_CSV_CRITERIA for the per-criterion header;
 *         any other value gives the per-unit header
 *  @return the header with its newline. Ownership: static string. */
ANTQ_API const char *antq_csv_header(antq_format format);

/** Write the CSV row(s) of one result (no header) to a new string, cells
 *  neutralised as with #ANTQ_CSV_DEFAULT. Thread-safety: safe.
 *  @param[out] out new UTF-8 text; free with antq_free(). NULL on failure.
 *  @param r the result (name and parent as the result holds them)
 *  @param format #ANTQ_FORMAT_CSV_UNITS or #ANTQ_FORMAT_CSV_CRITERIA
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument, other format, unknown language) or #ANTQ_ENOMEM. */
ANTQ_API int antq_result_write_csv(char **out, const antq_result *r, antq_format format, int lang, antq_error *err);

/** Stable name of a fact kind, as used in JSON output.
 *  @param kind an #antq_fact_kind
 *  @return "households_registered" …; "unknown" otherwise. Ownership: static string. */
ANTQ_API const char *antq_fact_kind_name(int kind);

/** Opaque NDJSON streaming evaluator: the ingestion pipeline (pipeline.h) with
 *  each result written as one JSON line. Feed unit records line by line, get
 *  results out as soon as they are known; communes are held back until their
 *  members have been seen. Memory grows with the pipeline's compact index of
 *  ids, parents and kinds, the communes and their events — not with the
 *  members' evidence. */
typedef struct antq_stream antq_stream;

/** Called for each finished result.
 *  @param line one NDJSON line (a result as antq_result_write_json() writes it),
 *         without its newline (NUL-terminated as well, but use @p len),
 *         borrowed for the call
 *  @param len its length in bytes
 *  @param userdata the pointer given to antq_stream_new()
 *  @return 0 to go on; non-zero to stop (antq_stream_finish() then emits no
 *  more held-back communes). */
typedef int (*antq_stream_fn)(const char *line, size_t len, void *userdata);

/** Create a streaming evaluator for @p year (0: the latest evidence year of the
 *  first record that has evidence, then that year for the whole stream)
 *  with @p opts (NULL: defaults), writing results in @p lang to @p fn.
 *  @param[out] out new stream; free with antq_stream_free().
 *  @param year the evaluation year, or 0 (see above)
 *  @param opts options (copied; its extra criteria, authority table and
 *         delegations are borrowed until the stream is freed; a version-1
 *         struct is read with the later fields' defaults), or NULL for the defaults
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @param fn the callback that receives each result line
 *  @param userdata passed to @p fn
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL @p out or @p fn, unknown language) or #ANTQ_ENOMEM. */
ANTQ_API int antq_stream_new(antq_stream **out, int year, const antq_options *opts, int lang, antq_stream_fn fn,
                             void *userdata);

/** Feed one NDJSON line (one unit record, without its newline). Blank lines are
 *  skipped. A member unit is evaluated and emitted at once; a commune is held
 *  back until antq_stream_finish().
 *  @param s the stream
 *  @param line the line's text (borrowed for the call)
 *  @param len its length in bytes
 *  @param line_no 1-based line number for error positions.
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK or a load/evaluation error (#ANTQ_ERANGE for a line over
 *  16 MiB; #ANTQ_EDUPLICATE for a unit id fed before). A failed line leaves
 *  the stream exactly as it was, still usable. */
ANTQ_API int antq_stream_feed(antq_stream *s, const char *line, size_t len, int32_t line_no, antq_error *err);

/** Finish: check the hierarchy of every unit fed (as antq_pipeline_finish()),
 *  then evaluate the held-back communes (with the roll-up and territory events
 *  of the members seen) and emit them.
 *  @param s the stream
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_ENOTFOUND / #ANTQ_ETYPE / #ANTQ_ECYCLE (a parent
 *  missing, not a commune-level unit, a loop; the results already emitted must
 *  then be discarded) or an evaluation error (#ANTQ_EINVAL for a NULL stream); after
 *  an error (e.g. #ANTQ_ENOMEM) a second call resumes with the first commune not
 *  yet emitted. */
ANTQ_API int antq_stream_finish(antq_stream *s, antq_error *err);

/** Free a stream. Accepts NULL.
 *  @param s the stream, or NULL. */
ANTQ_API void antq_stream_free(antq_stream *s);

#ifdef __cplusplus
}
#endif
#endif
