/* The antq command-line tool: shared declarations. Uses only the public API.
 *
 * Layout: main.c holds the dispatch table and the option parser; each command
 * lives in its own cmd-<name>.c; cli-load.c loads datasets, options and
 * campaigns; cli-output.c publishes outputs atomically; util.c, stats.c and
 * report.c are shared helpers.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_CLI_H
#define ANTQ_CLI_H

#include <antq.h>
#include <cjson/cJSON.h>
#include <stdio.h>

/* Exit codes (documented in doc/cli.md and antq(1)). */
enum {
    CLI_OK = 0,
    CLI_USAGE = 1,        /* bad command line */
    CLI_BAD_INPUT = 2,    /* the input file is not a valid dataset */
    CLI_UNCERTIFIED = 3,  /* --fail-on-uncertified and some unit is not certified */
    CLI_IO = 4,           /* a file could not be read or written */
    CLI_INTERNAL = 5,     /* out of memory or another library failure */
    CLI_DIFFERENT = 6     /* verify: the results do not follow from the inputs */
};

/* Options, as bits: each command says which ones it takes (cli_command.options). */
enum cli_opt {
    OPT_YEAR = 1u << 0,
    OPT_AS_OF = 1u << 1,
    OPT_FORMAT = 1u << 2,
    OPT_LANG = 1u << 3,
    OPT_KIND = 1u << 4,
    OPT_NDJSON = 1u << 5,
    OPT_KEEP_UNKNOWN = 1u << 6,
    OPT_CAMPAIGN = 1u << 7,
    OPT_PLAN = 1u << 8,
    OPT_OPTIONS = 1u << 9,
    OPT_FAIL_ON_UNCERTIFIED = 1u << 10,
    OPT_OUTPUT = 1u << 11,
    OPT_TITLE = 1u << 12,
    OPT_ISSUER = 1u << 13,
    OPT_PROVINCE = 1u << 14,
    OPT_DATE = 1u << 15,
    OPT_STANDARD = 1u << 16,
    OPT_DETAIL = 1u << 17,
    OPT_RAW_CELLS = 1u << 18,
    OPT_NO_BOM = 1u << 19
};

/* What the report's header says, from the command line; NULL or 0 where not
 * given (the report then takes it from the dataset and the campaign). */
typedef struct cli_report_info {
    const char *title;     /* --title: the report's heading */
    const char *issuer;    /* --issuer: the issuing body */
    const char *province;  /* --province: the province's name */
    int32_t made_on;       /* --date: the date the report is made (YYYYMMDD) */
    int32_t as_of;         /* --as-of: the date the plan's tasks are judged on (0: 31 December) */
} cli_report_info;

/* The parsed command line. Strings are borrowed from argv. */
typedef struct cli_args {
    const char *cmd;
    const char *pos[7];      /* positional arguments after the command (FILE, UNIT-ID, CAMPAIGN; verify: RESULTS INPUT…) */
    int npos;
    const char *file;        /* pos[0] */
    const char *out;         /* -o FILE, NULL = standard output */
    const char *format;      /* --format, NULL = the command's default */
    int lang;                /* ANTQ_LANG_VI (default) or ANTQ_LANG_EN */
    int year;                /* --year: the year, or the first of a range; 0 = not given */
    int year_to;             /* --year A-B: B; 0 = one year */
    int all_years;           /* --year all */
    int32_t as_of;           /* --as-of, 0 = not given */
    int kind;                /* --kind, 0 = all */
    int detail;              /* --detail (an antq_detail); meaningful when seen has OPT_DETAIL */
    int standard;            /* --standard, an antq_standard (ANTQ_STANDARD_SAFE when not given) */
    int fail_on_uncertified;
    int keep_unknown;
    unsigned csv_flags;      /* antq_csv_flags from --raw-cells and --no-bom */
    int ndjson;              /* --ndjson or a *.ndjson FILE */
    const char *options_file;
    const char *campaign_file;
    const char *plan_id;
    cli_report_info report;  /* --title, --issuer, --province, --date (report header) */
    const antq_dataset *options_ds; /* --options FILE, loaded by main(); NULL if not given */
    unsigned seen;           /* enum cli_opt bits given on the command line */
} cli_args;

/* ---- messages (cli-i18n.c): gettext with Vietnamese as the source language */

/* The message in the current language: msgid itself in Vietnamese, its
 * translation from the catalogue in English. */
const char *cli_tr(const char *msgid)
#if defined(__GNUC__)
    __attribute__((format_arg(1)))
#endif
    ;
#define _(msgid) cli_tr(msgid)
/* A message with a count: Vietnamese has one form (singular == plural in the source); English
 * picks "1 error" or "2 errors" from the catalogue. */
const char *cli_ntr(const char *singular, const char *plural, unsigned long n)
#if defined(__GNUC__)
    __attribute__((format_arg(1))) __attribute__((format_arg(2)))
#endif
    ;
#define P_(singular, plural, n) cli_ntr(singular, plural, n)
/* Marks a string for the catalogue where it is translated later with _(). */
#define N_(msgid) (msgid)
/* The language of --lang, else of the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), else Vietnamese. */
int cli_lang_from_env(void);
/* Switch the messages to `lang` (binds the catalogue for English). */
void cli_set_lang(int lang);
/* The current language of messages. */
int cli_lang(void);

/* One command of the dispatch table (main.c). */
typedef struct cli_command {
    const char *name;
    const char *args;        /* the positional arguments, for `antq --help` */
    const char *summary;     /* one line for `antq --help` */
    const char *help;        /* `antq NAME --help`; starts with "usage: antq NAME" */
    unsigned options;        /* enum cli_opt bits the command accepts */
    int min_pos, max_pos;    /* positional arguments after the command */
    int (*run)(const cli_args *a);
} cli_command;

int cmd_validate(const cli_args *a);
int cmd_evaluate(const cli_args *a);
int cmd_explain(const cli_args *a);
int cmd_stats(const cli_args *a);
int cmd_criteria(const cli_args *a);
int cmd_report(const cli_args *a);
int cmd_plan(const cli_args *a);
int cmd_festival(const cli_args *a);
int cmd_verify(const cli_args *a);
int cmd_convert(const cli_args *a);
int cmd_template(const cli_args *a);

/* Print "antq: MESSAGE" and the hint to `antq CMD --help` on one line; returns CLI_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* --format: the index in `names` (NULL-terminated; names[0] is the default when --format is absent),
 * or a usage error naming the formats the command accepts. */
int cli_pick_format(const cli_args *a, const char *const *names, int *which);

/* ---- input (cli-load.c) */

/* Print a library error as FILE:LINE:COLUMN: PATH: CODE: MESSAGE on stderr (cli_fprint_error: on out),
 * control characters escaped. */
void cli_print_error(const char *file, const antq_error *e);
void cli_fprint_error(FILE *out, const char *file, const antq_error *e);

/* Read a whole file ("-" = stdin). Returns CLI_OK or CLI_IO (message with the system's reason printed). */
int cli_read_file(const char *path, char **buf, size_t *len);

/* A spreadsheet input: with buf NULL, a directory (a CSV set); with the file's bytes, an .xlsx
 * workbook (by its zip signature) or a *.csv file. Returns the loader's status, or 1 when the
 * input is not a spreadsheet. */
int cli_load_sheet(const char *file, const char *buf, size_t len, unsigned flags, antq_dataset **ds,
                   antq_error *err);

/* Load the dataset a->file (JSON document, NDJSON with a->ndjson, or a spreadsheet). On failure prints the error,
 * leaves *ds NULL and returns the exit code. */
int cli_load_dataset(const cli_args *a, antq_dataset **ds);

/* Load the dataset document of --options FILE (its "options" apply). Returns an exit code. */
int cli_load_options_file(const char *path, antq_dataset **out);
/* The options in force: --options FILE if given, else the dataset's own; --as-of overrides the decision date.
 * ds may be NULL (defaults). */
antq_options cli_options_for(const cli_args *a, const antq_dataset *ds);

/* The year the library's rule chooses for ds (include/antq/pipeline.h): --year, else options.year
 * (--options FILE, else the dataset's), else the latest year of the first unit with evidence; 0 if none. */
int cli_pick_year(const cli_args *a, const antq_dataset *ds);

/* Evaluate `year`; prints the error and returns an exit code on failure. */
int cli_evaluate(const cli_args *a, const antq_dataset *ds, int year, antq_evaluation **ev);
/* Evaluate `year`, and the previous year too when any unit has evidence for it (*prev stays NULL otherwise). */
int cli_evaluate_with_previous(const cli_args *a, const antq_dataset *ds, int year, antq_evaluation **ev,
                               antq_evaluation **prev);

/* A campaign file checked against ds (NULL: read, not checked). */
int cli_load_campaign(const char *path, const antq_dataset *ds, antq_campaign **out);
/* The plan named by --plan, else the plan of `year`, else the first; (size_t)-1 if none. */
size_t cli_pick_plan(const cli_args *a, const antq_campaign *c, int year);

/* ---- the library's ingestion pipeline (cli-pipeline.c) */

/* The pipeline configuration of the command line: --year (one, a range or all), --options FILE (its
 * options and year), --as-of, --keep-unknown. */
void cli_pipeline_config(const cli_args *a, antq_pipeline_config *cfg);

/* Run a->file through the pipeline: a dataset document, or NDJSON (a->ndjson) read one line at a time
 * from the file or standard input. Each result goes to fn. Errors are printed as FILE:LINE:COLUMN;
 * with cfg->on_error set (any non-NULL value) every error is printed (validate), else the first.
 * A document that looks like NDJSON (cli_looks_like_ndjson) is read as NDJSON too.
 * *keep (may be NULL) receives the pipeline on success (the caller frees it); *n_errors (may be NULL)
 * the number of errors printed; *ndjson (may be NULL) whether the input was read as NDJSON.
 * Returns an exit code. */
int cli_run(const cli_args *a, const antq_pipeline_config *cfg, antq_result_fn fn, void *ud, antq_pipeline **keep,
            size_t *n_errors, int *ndjson);
/* cli_run() whose results go to cfg->on_record (with ud), if set, and whose pipeline keeps only its index
 * of the units (antq_festival_coverage_compute_pipeline(), antq_plan_tally_new() read it). *live (may be
 * NULL) receives the pipeline as soon as it exists (for the callback: the pipeline, its options);
 * *keep receives it on success (the caller frees it), and *hold (when not NULL) the dataset a spreadsheet
 * was read into, which the pipeline's options point into (the caller frees it after the pipeline; NULL for
 * other inputs). */
int cli_run_units(const cli_args *a, const antq_pipeline_config *cfg, void *ud, antq_pipeline **live,
                  antq_pipeline **keep, antq_dataset **hold);
/* cli_run_units() of a pipeline that also keeps its units and results (antq_pipeline_keep_results(), an
 * antq_keep_results mode): antq_pipeline_evaluation() gives them per year. */
int cli_run_results(const cli_args *a, const antq_pipeline_config *cfg, int mode, void *ud, antq_pipeline **live,
                    antq_pipeline **keep, antq_dataset **hold);
/* A plan tally fed by a pipeline's on_record (plan, report): made at the first result, when the pipeline's
 * units and options exist (and, for CLI_PICK_PLAN, the year is known). */
#define CLI_PICK_PLAN ((size_t)-2)
typedef struct cli_plan_run {
    const cli_args *a;
    antq_pipeline *p;       /* set by cli_run_units()/cli_run_results() as soon as the pipeline exists */
    const antq_campaign *c; /* NULL: no plan */
    size_t plan_index;      /* CLI_PICK_PLAN: the plan of `year` (cli_pick_plan()); (size_t)-1: none */
    int year;               /* 0: the pipeline's latest year, once known */
    antq_plan_tally *t;     /* the caller frees it */
    antq_error err;         /* why a tally call failed */
} cli_plan_run;
/* Make r->t if it is not made yet and there is a plan: ANTQ_OK or a status (r->err says why). */
int cli_plan_tally(cli_plan_run *r);
/* An antq_record_fn (userdata: a cli_plan_run) adding each result to the tally. */
int cli_plan_record(const antq_result *res, const antq_unit *u, const antq_evidence *e, const antq_rollup *rollup,
                    void *ud);
/* The latest year a pipeline chose, 0 if none. */
int cli_latest_year(const antq_pipeline *p);
/* A run's chosen years from index `first` on must have evidence in some unit: else the message
 * (listing the years the input has) and CLI_BAD_INPUT. No year at all is an error too. */
int cli_check_years(const cli_args *a, const antq_pipeline *p, size_t first);
/* The same for one year, chosen or not. */
int cli_check_year(const cli_args *a, const antq_pipeline *p, int year);

/* ---- output (cli-output.c) */

/* An output being written. A named file is written to a temporary file in the
 * same directory and renamed over the target by cli_output_commit() only when
 * the whole run succeeded (after fsync); cli_output_abort() removes the
 * temporary file and leaves any previous target as it was. Standard output
 * cannot be atomic: it is flushed and checked for write errors. */
typedef struct cli_output {
    FILE *f;                 /* write here */
    const char *target;      /* NULL for standard output */
    char *tmp_path;          /* the temporary file, NULL for standard output */
} cli_output;

/* Open -o (a->out) or standard output. Returns CLI_OK or CLI_IO (reason printed). */
int cli_output_open(cli_output *o, const cli_args *a);
/* Flush, check, fsync, close and publish. Returns CLI_OK or CLI_IO (reason printed; nothing published). */
int cli_output_commit(cli_output *o);
/* Discard: close and remove the temporary file; the previous target stays as it was. */
void cli_output_abort(cli_output *o);
/* Commit when rc is CLI_OK (returning the commit's status), abort otherwise (returning rc). */
int cli_output_finish(cli_output *o, int rc);

/* Open a named file (not -o) the same way: temporary file beside it, published by cli_output_commit(). */
int cli_output_open_path(cli_output *o, const char *path);

/* Refuse an -o that names one of the inputs (same device and inode), before anything is written. */
int cli_output_check_inputs(const cli_args *a);

/* ---- provenance (cli-provenance.c) */

/* What produced an output: the record and the storage it points into. */
typedef struct cli_provenance {
    antq_provenance p;
    antq_options opts;
    antq_input_digest inputs[2]; /* FILE, then --options FILE when given */
} cli_provenance;

/* Fill *cp for a->file (and --options FILE), opts (NULL: the input's own, recorded as null), year, format and
 * detail (-1 and -1: not a results file), hashing the inputs
 * (standard input is not hashed); the date is today's (UTC) or SOURCE_DATE_EPOCH's. Returns an exit code. */
int cli_provenance_make(cli_provenance *cp, const cli_args *a, const antq_options *opts, int year, int format,
                        int detail);
/* The SHA-256 of the file at path (not standard input). Returns CLI_OK or CLI_IO (message with the
 * system's reason printed). */
int cli_digest_file(antq_input_digest *d, const char *path);
/* Write OUT.provenance.json beside a CSV output OUT, atomically (nothing for standard output). */
int cli_provenance_companion(const cli_provenance *cp, const char *out);
/* ---- JSON documents of the tool (cli-json.c): cJSON escapes every string.
 * A failed allocation anywhere makes cli_json_print() fail (nothing printed). */
cJSON *cli_json_object(cJSON *parent, const char *name);
cJSON *cli_json_array(cJSON *parent, const char *name);
void cli_json_string(cJSON *parent, const char *name, const char *value); /* NULL value: null */
void cli_json_int(cJSON *parent, const char *name, long long value);       /* exact, not through a double */
/* Add item to an object (name) or an array (name NULL); item is freed on failure. */
void cli_json_add(cJSON *parent, const char *name, cJSON *item);
/* Print doc unformatted with a newline and free it; CLI_OK or CLI_INTERNAL (message printed). */
int cli_json_print(FILE *out, cJSON *doc);

/* ---- string → index hash map (cli-map.c): keys are copied */
typedef struct cli_map {
    char **keys;
    size_t *values;
    size_t count, cap;
} cli_map;
void cli_map_init(cli_map *m);
void cli_map_free(cli_map *m);
/* The value of key, or (size_t)-1. */
size_t cli_map_get(const cli_map *m, const char *key);
/* Set key's value; returns the map's copy of the key (valid until cli_map_free), NULL when out of memory. */
const char *cli_map_put(cli_map *m, const char *key, size_t value);

/* Room for `need` items of `size` bytes in the growable array *items of capacity *cap (doubled as often as
 * it takes, from `first` when empty; util.c). 0, or -1 when out of memory with the array as it was. */
int cli_reserve(void **items, size_t *cap, size_t need, size_t size, size_t first);

/* ---- text helpers (util.c) */

/* Whether a buffer is NDJSON rather than one JSON document: its first line is one whole
 * object and more lines follow (a document spans lines, or is one line alone). */
int cli_looks_like_ndjson(const char *buf, size_t len);

/* Print a CSV field (RFC 4180 quoting when needed; NULL is empty). */
void cli_csv_field(FILE *out, const char *s, unsigned csv_flags);
/* (csv_flags: antq_csv_flags; unless ANTQ_CSV_RAW_CELLS, a cell starting with = + - @ tab CR or an
 * apostrophe gets a leading apostrophe, the library's rule, doc/format.md "CSV") */

/* Print s right-aligned in `width` characters counted as UTF-8 code points (never cut). */
void cli_rjust(FILE *out, const char *s, int width);

/* Text from input (ids, names, file names, messages quoting them) is printed with its control
 * characters escaped, so that it cannot move the cursor or fake a line on a terminal:
 * C0 and DEL as \xNN (ESC is \x1b), C1 as \u0085 …, as the library's text output does. */
/* A malloc()ed copy of s with control characters escaped, NULL when out of memory. */
char *cli_escape(const char *s);
/* Print s escaped. */
void cli_text(FILE *out, const char *s);
/* Print s escaped, padded (or cut with "…") to `width` characters counted as UTF-8 code points. */
void cli_pad(FILE *out, const char *s, int width);
/* Print s escaped, padded with spaces to `width` bytes and never cut (as printf "%-*s"). */
void cli_left(FILE *out, const char *s, int width);

/* ---- statistics (stats.c) */

/* Per-group tallies for statistics and reports. */
typedef struct cli_tally {
    long units, eligible, registered, certified, not_certified, not_eligible, undetermined;
} cli_tally;

typedef struct cli_group {
    const char *id;        /* commune or province id (owned by the stats' maps) */
    char *name;            /* the commune's name, NULL if none or a province (owned) */
    char *parent;          /* a commune's province id, "(none)" if none (owned); NULL for a province */
    size_t unit_index;     /* the commune's own index (the pipeline's, given to cli_stats_add), or (size_t)-1 */
    size_t order;          /* when the commune's own result came, (size_t)-1 if it did not */
    int verdict;           /* the commune's own verdict, 0 for a province */
    char members[64];      /* a commune's members certified of its Art. 5(4) pool, "12/14 (85,7%)" (evaluate) */
    cli_tally all, prev;   /* this year and the previous year */
    cli_tally by_kind[ANTQ_KIND_COUNT];
    long prev_pool, prev_pool_certified; /* a commune's Art. 5.4 pool the previous year and its members certified
                                            (cli_stats_add_pool()); -1 and 0 when not known */
    int has_prev;
} cli_group;

typedef struct cli_stats {
    int year;
    cli_group total;       /* the whole dataset */
    cli_group *communes;
    size_t n_communes, cap_communes;
    cli_group *provinces;
    size_t n_provinces, cap_provinces;
    cli_map commune_ids, province_ids; /* id → index in communes / provinces (communes: sorted by cli_stats_end) */
    size_t n_ordered;
    cli_tally prev_by_kind[ANTQ_KIND_COUNT]; /* the whole input the previous year, per unit kind */
} cli_stats;

/* Tally results one at a time: results of `year` and of year − 1 (the change from last year); others are
 * ignored. unit_index is the unit's index (the pipeline's), or (size_t)-1. cli_stats_end() sorts communes in
 * the order their own results came and sums provinces. Return CLI_OK or CLI_INTERNAL. */
void cli_stats_init(cli_stats *s, int year);
int cli_stats_add(cli_stats *s, const antq_result *r, const antq_unit *u, size_t unit_index);
/* A commune's result of year − 1, after cli_stats_add(): its Art. 5.4 pool as the library counts it
 * (antq_result_commune_pool(), from the roll-up it was evaluated with and the options in force) in
 * prev_pool. Other results are ignored. Returns CLI_OK. */
int cli_stats_add_pool(cli_stats *s, const antq_result *r, const antq_rollup *rollup, const antq_options *opts);
int cli_stats_end(cli_stats *s, int has_prev);
void cli_stats_free(cli_stats *s);
/* share certified of eligible units, in tenths of a percent as shown (antq_share_round()), -1 if none */
long cli_share_permille(const cli_tally *t);

/* HTML report (report.c) of the evaluation ev kept by the pipeline p, with st the statistics of its year and
 * of the year before (cli_stats_add(), cli_stats_add_pool(); shown when st has them). sc and cov (a plan's
 * scorecard and the festival coverage) may be NULL; prov (what produced it, in the footer) may be NULL.
 * Returns CLI_OK or an error code. */
int cli_report_html(FILE *out, const antq_pipeline *p, const antq_evaluation *ev,
                    const cli_stats *st, int lang,
                    const antq_scorecard *sc, const antq_festival_coverage *cov, const cli_report_info *info,
                    const antq_provenance *prov);

#endif
