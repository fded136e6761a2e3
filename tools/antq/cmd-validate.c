/* antq validate: check a dataset and list every error.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

typedef struct validate_ctx {
    const char *file;
    FILE *report;  /* -o FILE, or NULL: the errors also go there */
    size_t n_errors;
    int top_unknown; /* an unknown top-level field: perhaps one NDJSON line read as a document */
} validate_ctx;

static void report_error(validate_ctx *ctx, const antq_error *e)
{
    cli_print_error(ctx->file, e);
    if (ctx->report)
        fprintf(ctx->report, "%s:%d:%d: %s: %s: %s\n", ctx->file, (int)e->line, (int)e->column,
                e->path[0] ? e->path : "/", antq_status_name(e->code), e->message);
    ctx->n_errors++;
    ctx->top_unknown |= e->code == ANTQ_EUNKNOWNFIELD && e->path[0] == '/' && !strchr(e->path + 1, '/');
}

static int on_error(const antq_error *e, void *ud)
{
    report_error(ud, e);
    return 0;
}

/* NDJSON: every line is checked on its own; the dataset-wide checks run when every line was valid. */
static void validate_ndjson(validate_ctx *ctx, const char *buf, size_t len, unsigned flags)
{
    antq_dataset *ds;
    antq_error err;
    if (antq_dataset_new(&ds) != ANTQ_OK) {
        antq_error_clear(&err);
        err.code = ANTQ_ENOMEM;
        snprintf(err.message, sizeof err.message, "%s", antq_strerror(ANTQ_ENOMEM));
        report_error(ctx, &err);
        return;
    }
    const char *p = buf, *end = buf + len;
    int32_t line = 1;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        size_t k = 0;
        while (p + k < stop && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r'))
            k++;
        if (p + k < stop && antq_dataset_add_json(ds, p, (size_t)(stop - p), flags, (size_t)line - 1, line - 1, &err))
            report_error(ctx, &err);
        p = nl ? nl + 1 : end;
        line++;
    }
    if (!ctx->n_errors && antq_dataset_check(ds, &err))
        report_error(ctx, &err);
    antq_dataset_free(ds);
}

int cmd_validate(const cli_args *a)
{
    char *buf;
    size_t len;
    int rc = cli_read_file(a->file, &buf, &len);
    if (rc)
        return rc;
    cli_output out;
    rc = cli_output_open(&out, a);
    if (rc) {
        free(buf);
        return rc;
    }
    unsigned flags = a->keep_unknown ? ANTQ_LOAD_KEEP_UNKNOWN : 0;
    validate_ctx ctx = {a->file, out.f == stdout ? NULL : out.f, 0, 0};
    int ndjson = a->ndjson || cli_looks_like_ndjson(buf, len);
    if (ndjson)
        validate_ndjson(&ctx, buf, len, flags);
    else {
        size_t n_found; /* equals ctx.n_errors: every error went through on_error() */
        antq_dataset_validate_json(&n_found, buf, len, flags, on_error, &ctx);
    }
    free(buf);
    if (ctx.n_errors) {
        fprintf(stderr, P_("%s: %zu lỗi\n", "%s: %zu lỗi\n", ctx.n_errors), a->file, ctx.n_errors);
        if (ctx.report)
            fprintf(ctx.report, P_("%s: %zu lỗi\n", "%s: %zu lỗi\n", ctx.n_errors), a->file, ctx.n_errors);
        if (!ndjson && ctx.top_unknown)
            fprintf(stderr, _("antq: nếu %s là NDJSON (mỗi dòng một đơn vị), hãy thêm --ndjson\n"),
                        strcmp(a->file, "-") == 0 ? _("đầu vào chuẩn") : a->file);
    } else {
        fprintf(out.f, _("%s: hợp lệ\n"), a->file);
    }
    /* the report is the result: it is published whether the dataset is valid or not */
    rc = cli_output_commit(&out);
    return rc ? rc : ctx.n_errors ? CLI_BAD_INPUT : CLI_OK;
}
