/* antq validate: check a dataset and list every error.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

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

int cmd_validate(const cli_args *a)
{
    cli_output out;
    int rc = cli_output_open(&out, a);
    if (rc)
        return rc;
    validate_ctx ctx = {a->file, out.f == stdout ? NULL : out.f, 0, 0};
    /* the pipeline every command uses, checking only: NDJSON one line at a time, every error reported */
    antq_pipeline_config cfg;
    cli_pipeline_config(a, &cfg);
    cfg.check_only = 1;
    cfg.on_error = on_error;
    cfg.error_userdata = &ctx;
    int ndjson = 0;
    rc = cli_run(a, &cfg, NULL, NULL, NULL, NULL, &ndjson);
    if (rc == CLI_IO || rc == CLI_INTERNAL) {
        cli_output_abort(&out);
        return rc;
    }
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
