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
        fprintf(stderr, "antq: cannot open %s: %s\n", a->file, strerror(errno));
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
        if (tty && line_no % 100000 == 0)
            fprintf(stderr, "\rantq: %d lines", (int)line_no);
    }
    if (tty && line_no >= 100000)
        fputc('\n', stderr);
    if (!status && ferror(in)) {
        fprintf(stderr, "antq: cannot read %s: %s\n", a->file, strerror(errno));
        status = CLI_IO;
    }
    free(line);
    if (in != stdin)
        fclose(in);
    return status;
}

/* Errors the pipeline reports itself (collecting runs): counted. */
static int count_error(const antq_error *e, void *ud)
{
    run_ctx *r = ud;
    r->n_errors++;
    return r->cfg->on_error(e, r->cfg->error_userdata);
}

int cli_run(const cli_args *a, const antq_pipeline_config *cfg, antq_result_fn fn, void *ud, antq_pipeline **keep,
            size_t *n_errors)
{
    if (keep)
        *keep = NULL;
    run_ctx r = {a, cfg, 0};
    antq_pipeline_config pc = *cfg;
    if (cfg->on_error) {
        pc.on_error = count_error;
        pc.error_userdata = &r;
    }
    antq_pipeline *p;
    antq_error err;
    int status = CLI_OK;
    if (antq_pipeline_new(&p, &pc, fn, ud, &err) != ANTQ_OK) {
        report(&r, &err);
        status = exit_code(&err);
    } else if (a->ndjson) {
        status = run_lines(&r, p);
        /* a collecting run checks the whole dataset even after bad lines */
        if (!status || (cfg->on_error && status == CLI_BAD_INPUT)) {
            size_t before = r.n_errors;
            if (antq_pipeline_finish(p, &err) != ANTQ_OK) {
                if (!cfg->on_error || r.n_errors == before)
                    report(&r, &err);
                if (!status)
                    status = exit_code(&err);
            }
        }
    } else {
        char *buf = NULL;
        size_t len;
        status = cli_read_file(a->file, &buf, &len);
        size_t before = r.n_errors;
        if (!status && antq_pipeline_run_json(p, buf, len, &err) != ANTQ_OK) {
            if (!cfg->on_error || r.n_errors == before)
                report(&r, &err);
            status = exit_code(&err);
        }
        free(buf);
    }
    if (n_errors)
        *n_errors = r.n_errors;
    if (keep && !status)
        *keep = p;
    else
        antq_pipeline_free(p);
    return status;
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
