/* libantq — spreadsheets: datasets read from and written as a CSV set or an
 * .xlsx workbook, results written as a workbook, and empty templates.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_SHEET_H
#define ANTQ_SHEET_H

#include "common.h"
#include "error.h"
#include "dataset.h"
#include "plan.h"

/** @file sheet.h
 * @brief Spreadsheets in and out. The layout (sheets, columns, values) is
 * documented in doc/spreadsheets.md. Errors name the cell: #antq_error.path
 * is "SHEET!C17" (for a CSV set the sheet is the file name), #antq_error.line
 * the row and #antq_error.column the column number; the message names the
 * column header. Every loader builds the dataset through antq_dataset_add()
 * and antq_dataset_check(), the checks of the JSON loader, and returns nothing
 * unless everything loads. The XLSX functions exist in every build; in a
 * build without the xlsx feature they fail with #ANTQ_EVERSION
 * (antq_xlsx_supported() tells). Thread-safety: every function is safe on
 * distinct arguments. */

#ifdef __cplusplus
extern "C" {
#endif

/** One file of a CSV set, in memory. */
typedef struct antq_csv_file {
    const char *name; /**< file name, e.g. "events.csv" or "Sự việc.csv" (borrowed; names the sheet) */
    const char *text; /**< its bytes: UTF-8, with or without a byte-order mark (borrowed) */
    size_t len;       /**< their number */
} antq_csv_file;

/** Set every member of @p file to NULL or 0. Accepts NULL.
 *  @param[out] file the caller's record, or NULL. */
ANTQ_API void antq_csv_file_init(antq_csv_file *file);

/** Whether this build reads and writes .xlsx workbooks.
 *  @return 1 when it does, 0 when it was built without the xlsx feature. */
ANTQ_API int antq_xlsx_supported(void);

/** Load a dataset from a CSV set: one file per sheet (units.csv or "Đơn vị.csv",
 *  evidence.csv, events.csv …); comma, semicolon or tab separated.
 *  @param[out] out new dataset (free with antq_dataset_free()); NULL on failure
 *  @param files the files (borrowed for the call)
 *  @param n their number
 *  @param flags a bit set of #antq_load_flags (#ANTQ_LOAD_KEEP_UNKNOWN keeps
 *         unknown columns of the units and evidence sheets as unknown fields)
 *  @param[out] err the first error, naming the cell, or NULL
 *  @return #ANTQ_OK or the codes of antq_dataset_load_json(). */
ANTQ_API int antq_dataset_load_csv(antq_dataset **out, const antq_csv_file *files, size_t n, unsigned flags,
                                   antq_error *err);

/** Load a dataset from the CSV files (*.csv) of a directory, as antq_dataset_load_csv().
 *  @param[out] out new dataset (free with antq_dataset_free()); NULL on failure
 *  @param dir the directory
 *  @param flags a bit set of #antq_load_flags
 *  @param[out] err the first error, or NULL
 *  @return as antq_dataset_load_csv(), or #ANTQ_EIO when the directory or a file cannot be read. */
ANTQ_API int antq_dataset_load_csv_dir(antq_dataset **out, const char *dir, unsigned flags, antq_error *err);

/** Load a dataset from an .xlsx workbook in memory (shared and inline
 *  strings, numbers, booleans, date cells in the 1900 and 1904 systems; an
 *  empty cell is unknown).
 *  @param[out] out new dataset (free with antq_dataset_free()); NULL on failure
 *  @param buf the workbook's bytes (borrowed for the call)
 *  @param len their number
 *  @param flags a bit set of #antq_load_flags
 *  @param[out] err the first error, naming the cell, or NULL
 *  @return #ANTQ_OK, #ANTQ_EPARSE (not a workbook), the codes of
 *  antq_dataset_load_json(), or #ANTQ_EVERSION without the xlsx feature. */
ANTQ_API int antq_dataset_load_xlsx(antq_dataset **out, const char *buf, size_t len, unsigned flags, antq_error *err);

/** Load a dataset from an .xlsx file, as antq_dataset_load_xlsx().
 *  @param[out] out new dataset (free with antq_dataset_free()); NULL on failure
 *  @param path the file
 *  @param flags a bit set of #antq_load_flags
 *  @param[out] err the first error, or NULL
 *  @return as antq_dataset_load_xlsx(), or #ANTQ_EIO. */
ANTQ_API int antq_dataset_load_xlsx_file(antq_dataset **out, const char *path, unsigned flags, antq_error *err);

/** Write a dataset as a CSV set: one file per sheet (units.csv, evidence.csv,
 *  events.csv, disciplines.csv, rule_topics.csv, extra.csv, options.csv,
 *  extra_criteria.csv, delegations.csv, authority.csv) in an existing
 *  directory; UTF-8 with a byte-order mark. Every part of the dataset has a
 *  place (doc/spreadsheets.md): the set reads back the same dataset.
 *  Published as a whole: every file is written beside its target under a
 *  temporary name and, once all are written, flushed to disk and renamed over
 *  its target; a failure leaves the previous files as they were.
 *  @param dir the directory (files of those names are replaced)
 *  @param ds the dataset
 *  @param lang #ANTQ_LANG_VI (Vietnamese headers and values) or #ANTQ_LANG_EN
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL, #ANTQ_EIO or #ANTQ_ENOMEM. */
ANTQ_API int antq_dataset_write_csv_dir(const char *dir, const antq_dataset *ds, int lang, antq_error *err);

/** Write a dataset as an .xlsx workbook (the sheets of the CSV set, a frozen
 *  header row, filters, date cells, drop-down lists for enumerated columns).
 *  @param path the file to create or replace (written beside it under a temporary name and renamed over
 *         it once complete: a failure leaves the previous file as it was)
 *  @param ds the dataset
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL, #ANTQ_EIO, #ANTQ_ENOMEM, or #ANTQ_EVERSION
 *  without the xlsx feature. */
ANTQ_API int antq_dataset_write_xlsx(const char *path, const antq_dataset *ds, int lang, antq_error *err);

/** Write an empty workbook to fill in: every sheet with its headers, the
 *  options with @p year, a sheet explaining every column, drop-down lists.
 *  @param path the file to create or replace (written beside it under a temporary name and renamed over
 *         it once complete: a failure leaves the previous file as it was)
 *  @param year the evaluation year (1901–2998), or 0 for none
 *  @param kinds mask of #ANTQ_KIND_BIT(kind) offered in the unit-kind list (0: all)
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @param[out] err the error, or NULL
 *  @return as antq_dataset_write_xlsx(); #ANTQ_ERANGE for a bad year. */
ANTQ_API int antq_template_write_xlsx(const char *path, int year, unsigned kinds, int lang, antq_error *err);

/** Write the empty CSV set of antq_template_write_xlsx() into a directory.
 *  @param dir an existing directory
 *  @param year the evaluation year, or 0
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @param[out] err the error, or NULL
 *  @return as antq_dataset_write_csv_dir(); #ANTQ_ERANGE for a bad year. */
ANTQ_API int antq_template_write_csv_dir(const char *dir, int year, int lang, antq_error *err);

/** Write an evaluation as an .xlsx workbook: a summary (totals per kind, this
 *  year against @p prev, plan targets of @p plan), communes with their pool
 *  share and verdict, every unit with its verdict, the failed and unknown
 *  criteria with their clauses and what it would take, and the per-criterion
 *  table. Headers in @p lang, frozen, with filters; percentages and dates
 *  formatted; verdicts coloured.
 *  @param path the file to create or replace (written beside it under a temporary name and renamed over
 *         it once complete: a failure leaves the previous file as it was)
 *  @param ev the evaluation (names, parents and the pool from its dataset, antq_evaluation_dataset())
 *  @param prev the evaluation of the previous year, or NULL
 *  @param plan a scorecard of the year's plan (antq_plan_evaluate()), or NULL
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL, #ANTQ_EIO, #ANTQ_ENOMEM, or #ANTQ_EVERSION
 *  without the xlsx feature. */
ANTQ_API int antq_evaluation_write_xlsx(const char *path, const antq_evaluation *ev, const antq_evaluation *prev,
                                        const antq_scorecard *plan, int lang, antq_error *err);

#ifdef __cplusplus
}
#endif
#endif
