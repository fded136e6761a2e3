/* libantq — the ingestion pipeline: one path from input to results for
 * documents, NDJSON lines and datasets built by other readers.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_PIPELINE_H
#define ANTQ_PIPELINE_H

#include "common.h"
#include "error.h"
#include "unit.h"
#include "evaluate.h"
#include "dataset.h"

/** @file pipeline.h
 * @brief One ingestion pipeline for every source of units: a dataset document,
 * NDJSON lines (a file or standard input, fed one at a time) and a dataset
 * built in memory. Every source gets the same checks (duplicate ids, missing
 * parent, wrong parent kind, cycles), the same choice of options and years,
 * and the same evaluation; results go to a callback as soon as they are known.
 *
 * Memory: the pipeline keeps a compact index of every unit (id, parent, kind,
 * line), the held-back communes with their evidence and one roll-up per
 * commune and year — never the members' evidence. Members are evaluated and
 * passed to the callback at once; communes when the input has ended
 * (antq_pipeline_finish()), after the dataset-wide checks. A check that fails
 * at the end fails the run: results already passed to the callback must then
 * be discarded (the `antq` tool publishes its output only when the run has
 * succeeded).
 *
 * The rules, written once here:
 * - options: #antq_pipeline_config.options when given (`antq --options`), else
 *   the document's "options", else the defaults (antq_options_init());
 *   #antq_pipeline_config.decision_date, when not 0, replaces the decision date.
 * - years: #antq_pipeline_config.year_from … year_to when given; else the
 *   "options.year" that came with the options in force
 *   (#antq_pipeline_config.options_year, else the document's); else the
 *   latest evidence year of the first unit (in input order) that has
 *   evidence. #antq_pipeline_config.all_years evaluates every year that any
 *   unit has evidence for. A unit without evidence for a year is evaluated
 *   with empty evidence (and so comes out undetermined), as
 *   antq_dataset_evaluate() does.
 * - order: each member as soon as its record is read (its years in ascending
 *   order); at the end, members read before a year became known, then each
 *   commune in input order with its years in ascending order. */

#ifdef __cplusplus
extern "C" {
#endif

/** Opaque pipeline: one run over one input. */
typedef struct antq_pipeline antq_pipeline;

/** Current version of #antq_pipeline_config (2 since 1.1: #antq_pipeline_config.on_record). A
 *  configuration of version 1 (a program built against 1.0) is still read. */
#define ANTQ_PIPELINE_CONFIG_VERSION 2

/** Called once per result, as #antq_result_fn, with the evidence the result
 *  was evaluated with (#antq_pipeline_config.on_record).
 *  @param result the result (borrowed for the call)
 *  @param unit the evaluated unit (borrowed for the call)
 *  @param evidence the unit's evidence for antq_result_year() (borrowed for the
 *         call), or NULL when it had none (it was evaluated with empty evidence)
 *  @param rollup as for #antq_result_fn
 *  @param userdata the pointer given to antq_pipeline_new()
 *  @return as #antq_result_fn. */
typedef int (*antq_record_fn)(const antq_result *result, const antq_unit *unit, const antq_evidence *evidence,
                              const antq_rollup *rollup, void *userdata);

/** What to evaluate and how. Start from antq_pipeline_config_init(). */
typedef struct antq_pipeline_config {
    uint32_t version;          /**< #ANTQ_PIPELINE_CONFIG_VERSION */
    int32_t year_from;         /**< first year to evaluate; 0: by the year rule (see pipeline.h) */
    int32_t year_to;           /**< last year (≥ year_from); 0: year_from only */
    int32_t all_years;         /**< 1: every year that any unit has evidence for (year_from/year_to ignored) */
    int32_t with_previous;     /**< 1: also evaluate the year before each chosen year (change from last year) */
    int32_t check_only;        /**< 1: check the input, evaluate nothing (no result is passed to the callback) */
    const antq_options *options; /**< options in force (borrowed until the pipeline is freed), or NULL:
                                      the document's, else the defaults */
    int32_t options_year;      /**< "options.year" that came with @ref options, 0 for none */
    int32_t decision_date;     /**< when not 0, replaces the options' decision date (`antq --as-of`) */
    uint32_t load_flags;       /**< a bit set of #antq_load_flags for every record */
    int32_t standard;          /**< the #antq_standard to evaluate (#ANTQ_STANDARD_SAFE, 0, by default):
                                    a standard that reuses the result evaluates with antq_evaluate_standard() */
    antq_error_fn on_error;    /**< when not NULL, every error of the dataset-wide checks and of
                                    antq_pipeline_run_json() is reported to it (a collecting validator);
                                    when NULL, only the first error is returned */
    void *error_userdata;      /**< passed to @ref on_error */
    antq_record_fn on_record;  /**< (version 2) when not NULL, called for every result after the callback given
                                    to antq_pipeline_new() (if any), with the evidence and that callback's userdata;
                                    a value it returns counts as that callback's would */
} antq_pipeline_config;

/** Fill @p cfg with the defaults (version #ANTQ_PIPELINE_CONFIG_VERSION): years
 *  by the rule, the document's options, strict loading, evaluation on, errors
 *  returned one at a time, no record callback. Accepts NULL.
 *  Thread-safety: safe.
 *  @param[out] cfg the caller's configuration to initialise, or NULL */
ANTQ_API void antq_pipeline_config_init(antq_pipeline_config *cfg);

/** Called once per result.
 *  @param result the result (borrowed for the call; antq_result_year() names its year)
 *  @param unit the evaluated unit (borrowed for the call)
 *  @param rollup for a commune with members: the roll-up its result was computed
 *         from (borrowed for the call); otherwise NULL
 *  @param userdata the pointer given to antq_pipeline_new()
 *  @return 0 to go on; a positive value to stop: no further result is passed
 *  and the rest of the input is only checked, not evaluated; a
 *  negative #antq_status (e.g. #ANTQ_ENOMEM) to fail the record: the feed or
 *  finish call returns that code and leaves the pipeline as it was, so the
 *  same line (or antq_pipeline_finish()) may be tried again — the results of
 *  that record already passed are then passed again. */
typedef int (*antq_result_fn)(const antq_result *result, const antq_unit *unit, const antq_rollup *rollup,
                              void *userdata);

/** Create a pipeline.
 *  @param[out] out the new pipeline; free it with antq_pipeline_free().
 *  @param cfg the configuration (copied; what it points to is borrowed until
 *         the pipeline is freed), or NULL for antq_pipeline_config_init()'s
 *  @param fn the callback that receives each result, or NULL (check only)
 *  @param userdata passed to @p fn
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL @p out, a year range out of order or
 *  outside 1901..2998), #ANTQ_EVERSION (unknown config version) or #ANTQ_ENOMEM.
 *  Thread-safety: safe; distinct pipelines may run in distinct threads. */
ANTQ_API int antq_pipeline_new(antq_pipeline **out, const antq_pipeline_config *cfg, antq_result_fn fn,
                               void *userdata, antq_error *err);

/** Free a pipeline and everything it holds. Accepts NULL.
 *  Thread-safety: not while another thread uses @p p.
 *  @param p the pipeline, or NULL */
ANTQ_API void antq_pipeline_free(antq_pipeline *p);

/** Feed one NDJSON line (one unit record, without its newline). Blank lines
 *  are skipped. The record is loaded and checked (a unit id seen before is
 *  #ANTQ_EDUPLICATE at once), entered in the index, and, if it is a member,
 *  evaluated and passed to the callback; a commune is held back. A failed
 *  line leaves the pipeline exactly as it was: a validator may go on with the
 *  next line (later checks then do not report a parent as missing, since it may
 *  be on a line that failed). Thread-safety: one pipeline, one thread.
 *  @param p the pipeline
 *  @param line the line's text (borrowed for the call)
 *  @param len its length in bytes
 *  @param line_no 1-based line number (error positions: path "/units/LINE−1/…")
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK or a load error (as antq_dataset_add_json()), #ANTQ_EDUPLICATE,
 *  #ANTQ_ENORULES (no rule set for a chosen year), #ANTQ_EINVAL (NULL
 *  pipeline, or fed after antq_pipeline_finish()) or #ANTQ_ENOMEM. */
ANTQ_API int antq_pipeline_feed_line(antq_pipeline *p, const char *line, size_t len, int32_t line_no,
                                     antq_error *err);

/** End of input: run the dataset-wide checks on the index (every parent
 *  defined and a commune-level unit, no cycle), then evaluate the members
 *  read before their year was known and the held-back communes (with the
 *  roll-up and territory events of their members) and pass them to the
 *  callback. Thread-safety: one pipeline, one thread.
 *  @param p the pipeline
 *  @param[out] err the first error, or NULL
 *  @return #ANTQ_OK; #ANTQ_ENOTFOUND, #ANTQ_ETYPE or #ANTQ_ECYCLE (path
 *  "/units/N/parent"); #ANTQ_EMISSING when units were read but no year can be
 *  chosen (no evidence and no year named); the error of a line that failed
 *  before (a run with a failed line fails); #ANTQ_ENORULES, #ANTQ_EINVAL or
 *  #ANTQ_ENOMEM. */
ANTQ_API int antq_pipeline_finish(antq_pipeline *p, antq_error *err);

/** Run a whole dataset document (doc/format.md) through the pipeline: its
 *  options apply unless the configuration names others, each unit is fed in
 *  document order, then antq_pipeline_finish() is called. Errors carry the
 *  document's path, line and column. With #antq_pipeline_config.on_error,
 *  every error of the document is reported (as antq_dataset_validate_json()).
 *  @param p a new pipeline (nothing fed yet)
 *  @param buf the UTF-8 JSON text (borrowed for the call)
 *  @param len its length in bytes
 *  @param[out] err the first error, or NULL
 *  @return as antq_dataset_load_json() and antq_pipeline_finish(); #ANTQ_EINVAL
 *  when the pipeline was already fed. Thread-safety: one pipeline, one thread. */
ANTQ_API int antq_pipeline_run_json(antq_pipeline *p, const char *buf, size_t len, antq_error *err);

/** Run a dataset built in memory (antq_dataset_add(), antq_dataset_add_json(),
 *  another reader) through the pipeline, with the same checks as every other
 *  source: its options apply unless the configuration names others, each unit
 *  is fed in dataset order, then antq_pipeline_finish() is called.
 *  @param p a new pipeline (nothing fed yet)
 *  @param ds the dataset (borrowed for the call)
 *  @param[out] err the first error, or NULL (path "/units/INDEX/…")
 *  @return as antq_pipeline_finish(); #ANTQ_EINVAL when the pipeline was already fed.
 *  Thread-safety: one pipeline, one thread; @p ds is only read. */
ANTQ_API int antq_pipeline_run_dataset(antq_pipeline *p, const antq_dataset *ds, antq_error *err);

/** Keep every unit that passes its checks from now on — its record (id, name,
 *  kind, parent and the other unit fields) without its evidence — in a
 *  dataset that antq_pipeline_units() returns: for questions that need whole
 *  unit records of a stream but not their evidence (a kept evaluation given
 *  to antq_evaluation_write_xlsx() or antq_plan_evaluate(), see
 *  antq_pipeline_keep_results()). Questions that need only ids, parents and
 *  kinds read the pipeline's own index instead, with nothing kept:
 *  antq_pipeline_unit_id() and the getters beside it,
 *  antq_festival_coverage_compute_pipeline(), antq_campaign_check_pipeline(),
 *  antq_plan_tally_new(). Memory grows with the units' records (about 125
 *  bytes a unit beside the index, whose ids and map they share), never with
 *  their evidence. Works in a check-only run too.
 *  @param p a new pipeline (nothing fed yet)
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK; #ANTQ_EINVAL (NULL, or a pipeline already fed) or #ANTQ_ENOMEM.
 *  Thread-safety: one pipeline, one thread. */
ANTQ_API int antq_pipeline_keep_units(antq_pipeline *p, antq_error *err);

/** The units kept since antq_pipeline_keep_units(), in input order, without
 *  evidence or options. Complete once antq_pipeline_finish() (or a whole-source
 *  run) has returned #ANTQ_OK; a record that failed is not in it. Pure read.
 *  @param p the pipeline
 *  @return the dataset, borrowed: valid until @p p is freed; NULL when @p p is
 *  NULL or does not keep its units. */
ANTQ_API const antq_dataset *antq_pipeline_units(const antq_pipeline *p);

/** What antq_pipeline_keep_results() keeps of each result. */
typedef enum antq_keep_results {
    ANTQ_KEEP_RESULTS_ALL = 1, /**< every result whole (checks, facts) */
    ANTQ_KEEP_RESULTS_OPEN = 2, /**< of the latest year evaluated: whole for communes and for the units not
                                     certified (failed, undetermined), the others without their checks and facts
                                     (verdict, registration, period); of the years before it (the previous year of
                                     a comparison): whole for communes, without checks for the others */
    ANTQ_KEEP_RESULTS_LATEST = 3 /**< the latest year evaluated as #ANTQ_KEEP_RESULTS_OPEN keeps it, nothing of
                                      the years before it (antq_pipeline_evaluation() gives NULL for them): memory
                                      for one year; a caller that compares with the year before reads its results
                                      as they pass (#antq_pipeline_config.on_record, antq_result_commune_pool()).
                                      Since 1.1 */
} antq_keep_results;

/** Keep the results a pipeline passes, year by year, as evaluations over its
 *  units in input order (the pipeline's index: antq_pipeline_unit_count() and
 *  the getters below), so that a question that needs results after the input
 *  has ended — a report — does not need the dataset and its evidence:
 *  antq_pipeline_evaluation(). Memory: the results kept, never the evidence;
 *  with #ANTQ_KEEP_RESULTS_OPEN a unit kept without checks costs its verdict
 *  (4 bytes a year, read with antq_evaluation_verdict()), its result being
 *  built only when antq_evaluation_result() asks for it (the first such read
 *  makes room for a result of every unit: 8 bytes a unit). Whole results
 *  name their unit (antq_result_unit_name()); a result built from a verdict
 *  names it too when the units are kept (antq_pipeline_keep_units(), called
 *  before or after this one), else by its id and parent only (no name). Since
 *  1.1 (before: it also kept the units).
 *  @param p a new pipeline (nothing fed yet)
 *  @param mode an #antq_keep_results
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK; #ANTQ_EINVAL (NULL, an unknown mode, a pipeline already fed) or #ANTQ_ENOMEM.
 *  Thread-safety: one pipeline, one thread. */
ANTQ_API int antq_pipeline_keep_results(antq_pipeline *p, int mode, antq_error *err);

/** The kept results of one year (antq_pipeline_keep_results()), as an
 *  evaluation whose unit indices are the pipeline's (antq_pipeline_unit_id())
 *  and whose dataset (antq_evaluation_dataset()) is antq_pipeline_units() —
 *  the units without evidence, with the options in force and the document's
 *  province and issuer — or NULL when the units are not kept (such an
 *  evaluation cannot be given to a function that reads its dataset:
 *  antq_evaluation_write_xlsx(), antq_plan_evaluate()). Available once
 *  antq_pipeline_finish() (or a whole-source run) has returned #ANTQ_OK. Pure read.
 *  @param p the pipeline
 *  @param year a year the pipeline evaluated
 *  @return the evaluation, borrowed: valid until @p p is freed (do not free it); NULL when @p p is NULL, keeps
 *  no results, has not finished, did not evaluate @p year, or keeps only a later year
 *  (#ANTQ_KEEP_RESULTS_LATEST). */
ANTQ_API const antq_evaluation *antq_pipeline_evaluation(const antq_pipeline *p, int year);

/** Index of a unit the pipeline has taken, by id: the units taken (antq_pipeline_unit_count()) are
 *  its compact index, in input order, whether or not antq_pipeline_keep_units() was asked for — the
 *  indices of its kept evaluations (antq_pipeline_evaluation()). Pure read: any thread, while nothing
 *  feeds @p p. Since 1.1.
 *  @param p the pipeline
 *  @param id the unit id
 *  @return its index (below antq_pipeline_unit_count()), or #ANTQ_INDEX_NONE (none, or a NULL argument). */
ANTQ_API size_t antq_pipeline_unit_find(const antq_pipeline *p, const char *id);

/** Id of the unit at @p index among those the pipeline has taken. Pure read, as above. Since 1.1.
 *  @param p the pipeline
 *  @param index below antq_pipeline_unit_count()
 *  @return the id, borrowed: valid until @p p is freed; NULL for NULL or an index out of range. */
ANTQ_API const char *antq_pipeline_unit_id(const antq_pipeline *p, size_t index);

/** Parent id of the unit at @p index (antq_pipeline_unit_id()). Pure read, as above. Since 1.1.
 *  @param p the pipeline
 *  @param index below antq_pipeline_unit_count()
 *  @return the parent id, borrowed: valid until @p p is freed; NULL for none, NULL or an index out of range. */
ANTQ_API const char *antq_pipeline_unit_parent(const antq_pipeline *p, size_t index);

/** Kind of the unit at @p index (antq_pipeline_unit_id()). Pure read, as above. Since 1.1.
 *  @param p the pipeline
 *  @param index below antq_pipeline_unit_count()
 *  @return an #antq_unit_kind; 0 for NULL or an index out of range. */
ANTQ_API int antq_pipeline_unit_kind(const antq_pipeline *p, size_t index);

/** The province a whole source names (antq_pipeline_run_json(), antq_pipeline_run_dataset()); a stream
 *  names none. Pure read, as above. Since 1.1.
 *  @param p the pipeline
 *  @return the province, borrowed: valid until @p p is freed; NULL when none or for NULL. */
ANTQ_API const char *antq_pipeline_province(const antq_pipeline *p);

/** The issuing body a whole source names, as antq_pipeline_province(). Since 1.1.
 *  @param p the pipeline
 *  @return the issuer, borrowed: valid until @p p is freed; NULL when none or for NULL. */
ANTQ_API const char *antq_pipeline_issuer(const antq_pipeline *p);

/** The options in force (see the rules above): the configured ones, else the
 *  document's once antq_pipeline_run_json() or antq_pipeline_run_dataset() has
 *  started, else the defaults — what results passed so far were evaluated
 *  with. Pure read. With antq_pipeline_run_dataset(), what the options point
 *  to (extra criteria, delegations, an authority table) belongs to that
 *  dataset, which must then outlive their use.
 *  @param p the pipeline
 *  @return the options, borrowed: valid until @p p is freed; NULL for NULL. */
ANTQ_API const antq_options *antq_pipeline_options(const antq_pipeline *p);

/** Number of years chosen so far (after antq_pipeline_finish(): every year evaluated).
 *  Pure read (this and the getters below): any thread, while nothing feeds @p p.
 *  @param p the pipeline
 *  @return the count, 0 for NULL. */
ANTQ_API size_t antq_pipeline_year_count(const antq_pipeline *p);

/** One chosen year, in ascending order.
 *  @param p the pipeline
 *  @param index 0 to antq_pipeline_year_count() − 1
 *  @param[out] n_evidence number of units that had evidence for that year, or NULL
 *  @return the year, or 0 for a bad index. */
ANTQ_API int antq_pipeline_year(const antq_pipeline *p, size_t index, size_t *n_evidence);

/** Number of units read (members and communes) that passed their checks.
 *  @param p the pipeline
 *  @return the count, 0 for NULL. */
ANTQ_API size_t antq_pipeline_unit_count(const antq_pipeline *p);

/** The years that units read so far had evidence for, chosen or not, in
 *  ascending order (for a message such as "no evidence for 2030; the file has
 *  2023, 2024"). Pure read.
 *  @param[out] years where to write them, or NULL
 *  @param cap room in @p years
 *  @param p the pipeline
 *  @return how many there are (when more than @p cap, the first @p cap are written); 0 for NULL. */
ANTQ_API size_t antq_pipeline_evidence_years(int *years, size_t cap, const antq_pipeline *p);

#ifdef __cplusplus
}
#endif
#endif
