/* Every command's input goes through the library's ingestion pipeline
 * (include/antq/pipeline.h): a dataset document, or NDJSON read one line at a
 * time from a file or standard input, never held whole.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void cli_pipeline_config(const cli_args *a, antq_pipeline_config *cfg)
{
    antq_pipeline_config_init(cfg);
    cfg->year_from = a->year;
    cfg->year_to = a->year_to;
    cfg->all_years = a->all_years;
    if (a->options_ds) {
        cfg->options = antq_dataset_options(a->options_ds);
        cfg->options_year = antq_dataset_year(a->options_ds);
    }
    cfg->decision_date = a->as_of;
    cfg->load_flags = a->keep_unknown ? ANTQ_LOAD_KEEP_UNKNOWN : 0;
    cfg->standard = a->standard;
}

static int exit_code(const antq_error *err)
{
    return err->code == ANTQ_ENOMEM ? CLI_INTERNAL : CLI_BAD_INPUT;
}

/* Where errors go: the caller's collector (validate: every error), else standard error (the first). */
typedef struct run_ctx {
    const cli_args *a;
    const antq_pipeline_config *cfg;
    size_t n_errors;
} run_ctx;

static void report(run_ctx *r, const antq_error *err)
{
    r->n_errors++;
    if (r->cfg->on_error)
        r->cfg->on_error(err, r->cfg->error_userdata);
    else
        cli_print_error(r->a->file, err);
}

/* NDJSON, one line at a time; a collecting run goes on after a bad line. */
static int run_lines(run_ctx *r, antq_pipeline *p)
{
    const cli_args *a = r->a;
    FILE *in = strcmp(a->file, "-") == 0 ? stdin : fopen(a->file, "rb");
    if (!in) {
        fprintf(stderr, _("antq: không mở được %s: %s\n"), a->file, strerror(errno));
        return CLI_IO;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int32_t line_no = 0;
    int status = CLI_OK, tty = isatty(2);
    antq_error err;
    while ((n = getline(&line, &cap, in)) >= 0) {
        line_no++;
        size_t len = (size_t)n;
        if (len && line[len - 1] == '\n')
            len--;
        if (antq_pipeline_feed_line(p, line, len, line_no, &err) != ANTQ_OK) {
            report(r, &err);
            if (!status)
                status = exit_code(&err);
            if (!r->cfg->on_error || err.code == ANTQ_ENOMEM)
                break;
        }
        if (tty && line_no % 100000 == 0) {
            fputc('\r', stderr);
            fprintf(stderr, _("antq: %d dòng"), (int)line_no);
        }
    }
    if (tty && line_no >= 100000)
        fputc('\n', stderr);
    if (!status && ferror(in)) {
        fprintf(stderr, _("antq: không đọc được %s: %s\n"), a->file, strerror(errno));
        status = CLI_IO;
    }
    free(line);
    if (in != stdin)
        fclose(in);
    return status;
}

/* NDJSON already in memory (standard input or a file not named .ndjson, recognised by its content). */
static int run_buffer_lines(run_ctx *r, antq_pipeline *p, const char *buf, size_t len)
{
    const char *q = buf, *end = buf + len;
    int32_t line_no = 0;
    int status = CLI_OK;
    antq_error err;
    while (q < end) {
        const char *nl = memchr(q, '\n', (size_t)(end - q));
        const char *stop = nl ? nl : end;
        line_no++;
        if (antq_pipeline_feed_line(p, q, (size_t)(stop - q), line_no, &err) != ANTQ_OK) {
            report(r, &err);
            if (!status)
                status = exit_code(&err);
            if (!r->cfg->on_error || err.code == ANTQ_ENOMEM)
                break;
        }
        q = nl ? nl + 1 : end;
    }
    return status;
}

/* A collecting run checks the whole dataset even after bad lines. */
static int finish_lines(run_ctx *r, antq_pipeline *p, int status)
{
    antq_error err;
    if (!status || (r->cfg->on_error && status == CLI_BAD_INPUT)) {
        size_t before = r->n_errors;
        if (antq_pipeline_finish(p, &err) != ANTQ_OK) {
            if (!r->cfg->on_error || r->n_errors == before)
                report(r, &err);
            if (!status)
                status = exit_code(&err);
        }
    }
    return status;
}

/* Errors the pipeline reports itself (collecting runs): counted. */
static int count_error(const antq_error *e, void *ud)
{
    run_ctx *r = ud;
    r->n_errors++;
    return r->cfg->on_error(e, r->cfg->error_userdata);
}

/* keep: 0 nothing, or 10 + an antq_keep_results mode */
static int run(const cli_args *a, const antq_pipeline_config *cfg, antq_result_fn fn, void *ud, int keep_what,
               antq_pipeline **live, antq_pipeline **keep, antq_dataset **hold, size_t *n_errors, int *ndjson)
{
    if (hold)
        *hold = NULL;
    if (keep)
        *keep = NULL;
    run_ctx r = {a, cfg, 0};
    antq_pipeline_config pc = *cfg;
    if (cfg->on_error) {
        pc.on_error = count_error;
        pc.error_userdata = &r;
    }
    int lines = a->ndjson;
    antq_pipeline *p;
    antq_error err;
    int status = CLI_OK;
    if (antq_pipeline_new(&p, &pc, fn, ud, &err) != ANTQ_OK ||
        (keep_what > 10 && antq_pipeline_keep_results(p, keep_what - 10, &err) != ANTQ_OK)) {
        report(&r, &err);
        status = exit_code(&err);
    } else if ((live ? (*live = p) : p), lines) {
        status = finish_lines(&r, p, run_lines(&r, p));
    } else {
        /* a spreadsheet (a directory of CSV files, an .xlsx workbook, a *.csv file) is read
         * whole by its reader, then run through the pipeline like any dataset */
        antq_dataset *sheet_ds = NULL;
        int sheet = cli_load_sheet(a->file, NULL, 0, cfg->load_flags, &sheet_ds, &err);
        char *buf = NULL;
        size_t len = 0;
        if (sheet == 1)
            status = cli_read_file(a->file, &buf, &len);
        if (sheet == 1 && !status)
            sheet = cli_load_sheet(a->file, buf, len, cfg->load_flags, &sheet_ds, &err);
        lines = !status && sheet == 1 && cli_looks_like_ndjson(buf, len);
        size_t before = r.n_errors;
        if (status) {
            /* reason printed */
        } else if (sheet != 1) {
            if (sheet != ANTQ_OK || antq_pipeline_run_dataset(p, sheet_ds, &err) != ANTQ_OK) {
                report(&r, &err);
                status = err.code == ANTQ_EIO ? CLI_IO : exit_code(&err);
            }
            if (hold && !status) /* the options in force point into it: the caller frees it after the pipeline */
                *hold = sheet_ds;
            else
                antq_dataset_free(sheet_ds);
        } else if (lines) {
            status = finish_lines(&r, p, run_buffer_lines(&r, p, buf, len));
        } else if (antq_pipeline_run_json(p, buf, len, &err) != ANTQ_OK) {
            if (!cfg->on_error || r.n_errors == before)
                report(&r, &err);
            /* one NDJSON line read as a document: its unit fields are unknown top-level fields */
            if (!cfg->on_error && err.code == ANTQ_EUNKNOWNFIELD && err.path[0] == '/' && !strchr(err.path + 1, '/'))
                fprintf(stderr, _("antq: nếu %s là NDJSON (mỗi dòng một đơn vị), hãy thêm --ndjson\n"),
                        strcmp(a->file, "-") == 0 ? _("đầu vào chuẩn") : a->file);
            status = exit_code(&err);
        }
        free(buf);
    }
    if (n_errors)
        *n_errors = r.n_errors;
    if (ndjson)
        *ndjson = lines;
    if (keep && !status)
        *keep = p;
    else
        antq_pipeline_free(p);
    return status;
}

int cli_run(const cli_args *a, const antq_pipeline_config *cfg, antq_result_fn fn, void *ud, antq_pipeline **keep,
            size_t *n_errors, int *ndjson)
{
    return run(a, cfg, fn, ud, 0, NULL, keep, NULL, n_errors, ndjson);
}

int cli_run_units(const cli_args *a, const antq_pipeline_config *cfg, void *ud, antq_pipeline **live,
                  antq_pipeline **keep, antq_dataset **hold)
{
    return run(a, cfg, NULL, ud, 0, live, keep, hold, NULL, NULL);
}

int cli_run_results(const cli_args *a, const antq_pipeline_config *cfg, int mode, void *ud, antq_pipeline **live,
                    antq_pipeline **keep, antq_dataset **hold)
{
    return run(a, cfg, NULL, ud, 10 + mode, live, keep, hold, NULL, NULL);
}

int cli_check_years(const cli_args *a, const antq_pipeline *p, size_t first)
{
    size_t n = antq_pipeline_year_count(p);
    if (!n) {
        fprintf(stderr, _("antq: %s không có số liệu năm nào; hãy dùng --year\n"), a->file);
        return CLI_BAD_INPUT;
    }
    for (size_t i = first; i < n; i++) {
        int rc = cli_check_year(a, p, antq_pipeline_year(p, i, NULL));
        if (rc)
            return rc;
    }
    return CLI_OK;
}

int cli_check_year(const cli_args *a, const antq_pipeline *p, int year)
{
    size_t n = antq_pipeline_year_count(p);
    for (size_t i = 0; i < n; i++) {
        size_t n_evidence;
        if (antq_pipeline_year(p, i, &n_evidence) == year && n_evidence)
            return CLI_OK;
    }
    /* "2023, 2024": the years with evidence, oldest first (the ten latest when there are more) */
    int years[64];
    size_t m = antq_pipeline_evidence_years(years, sizeof years / sizeof years[0], p), used = 0;
    if (m > sizeof years / sizeof years[0])
        m = sizeof years / sizeof years[0];
    char list[128] = "";
    for (size_t k = m > 10 ? m - 10 : 0; k < m && used < sizeof list; k++)
        used += (size_t)snprintf(list + used, sizeof list - used, "%s%d", used ? ", " : "", years[k]);
    if (m)
        fprintf(stderr, _("antq: %s không có số liệu năm %d; các năm có số liệu: %s\n"), a->file, year, list);
    else
        fprintf(stderr, _("antq: %s không có số liệu năm %d, cũng không có năm nào khác\n"), a->file, year);
    return CLI_BAD_INPUT;
}

int cli_pick_year(const cli_args *a, const antq_dataset *ds)
{
    /* the library's year rule, read from a pipeline that only checks */
    antq_pipeline_config cfg;
    cli_pipeline_config(a, &cfg);
    cfg.check_only = 1;
    antq_pipeline *p;
    int year = 0;
    if (antq_pipeline_new(&p, &cfg, NULL, NULL, NULL) == ANTQ_OK && antq_pipeline_run_dataset(p, ds, NULL) == ANTQ_OK &&
        antq_pipeline_year_count(p))
        year = antq_pipeline_year(p, antq_pipeline_year_count(p) - 1, NULL);
    antq_pipeline_free(p);
    return year;
}

int cli_latest_year(const antq_pipeline *p)
{
    size_t n = antq_pipeline_year_count(p);
    return n ? antq_pipeline_year(p, n - 1, NULL) : 0;
}

int cli_plan_tally(cli_plan_run *r)
{
    if (r->t || !r->c)
        return ANTQ_OK;
    if (!r->year)
        r->year = cli_latest_year(r->p);
    if (r->plan_index == CLI_PICK_PLAN)
        r->plan_index = cli_pick_plan(r->a, r->c, r->year);
    if (r->plan_index == (size_t)-1)
        return ANTQ_OK;
    return antq_plan_tally_new(&r->t, r->c, r->plan_index, r->year, r->p, antq_pipeline_options(r->p), &r->err);
}

int cli_plan_record(const antq_result *res, const antq_unit *u, const antq_evidence *e, const antq_rollup *rollup,
                    void *ud)
{
    cli_plan_run *r = ud;
    int rc = cli_plan_tally(r);
    if (rc == ANTQ_OK && r->t)
        rc = antq_plan_tally_add(r->t, res, u, e, rollup, &r->err);
    return rc; /* ANTQ_OK, or a negative status that fails the run */
}
