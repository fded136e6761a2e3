/* antq convert: a dataset from one input form to another (JSON, NDJSON, a
 * CSV set, an .xlsx workbook), chosen by the output's extension or --format.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcasecmp(s + n - k, suffix) == 0;
}

/* The output form from --format, else from OUT: *.xlsx, *.json, *.ndjson or *.jsonl, else a directory (CSV set). */
static int pick_output(const cli_args *a, const char *out, int *which)
{
    static const char *const formats[] = {"auto", "json", "ndjson", "csv", "xlsx", NULL};
    int rc = cli_pick_format(a, formats, which);
    if (rc || *which)
        return rc;
    *which = ends_with(out, ".xlsx") ? 4 : ends_with(out, ".json") ? 1
             : ends_with(out, ".ndjson") || ends_with(out, ".jsonl") ? 2 : 3;
    return CLI_OK;
}

/* The dataset as NDJSON: the unit lines of its JSON document (one unit per line). */
static int write_ndjson(FILE *f, const antq_dataset *ds)
{
    char *text;
    if (antq_dataset_write_json(&text, ds, NULL) != ANTQ_OK)
        return CLI_INTERNAL;
    const char *p = strstr(text, "\"units\":[\n");
    p = p ? p + strlen("\"units\":[\n") : text + strlen(text);
    while (*p && *p != ']') {
        const char *nl = strchr(p, '\n');
        size_t n = nl ? (size_t)(nl - p) : strlen(p);
        if (n && p[n - 1] == ',')
            n--;
        fwrite(p, 1, n, f);
        fputc('\n', f);
        p = nl ? nl + 1 : p + strlen(p);
    }
    antq_free(text);
    return CLI_OK;
}

int cmd_convert(const cli_args *a)
{
    const char *out = a->pos[1];
    int which;
    int rc = pick_output(a, out, &which);
    if (rc)
        return rc;
    struct stat in_st, out_st;
    if (strcmp(a->file, "-") != 0 && stat(a->file, &in_st) == 0 && stat(out, &out_st) == 0 &&
        in_st.st_dev == out_st.st_dev && in_st.st_ino == out_st.st_ino)
        return cli_usage_error(a->cmd, _("từ chối ghi %s: đó cũng là tệp vào"), out);
    antq_dataset *ds;
    rc = cli_load_dataset(a, &ds);
    if (rc)
        return rc;
    antq_error err;
    if (which == 3) { /* a CSV set: a directory of files */
        if (mkdir(out, 0777) != 0 && errno != EEXIST) {
            fprintf(stderr, _("antq: không tạo được %s: %s\n"), out, strerror(errno));
            rc = CLI_IO;
        } else if (antq_dataset_write_csv_dir(out, ds, a->lang, &err) != ANTQ_OK) {
            fprintf(stderr, _("antq: không ghi được %s: %s: %s\n"), out, err.path, err.message);
            rc = err.code == ANTQ_ENOMEM ? CLI_INTERNAL : err.code == ANTQ_EINVAL ? CLI_BAD_INPUT : CLI_IO;
        }
        antq_dataset_free(ds);
        return rc;
    }
    cli_args oa = *a;
    oa.out = out;
    cli_output o;
    rc = cli_output_open(&o, &oa);
    if (!rc) {
        if (which == 4) {
            if (!o.tmp_path)
                rc = cli_usage_error(a->cmd, _("sổ tính .xlsx không ghi ra đầu ra chuẩn được: hãy cho tên tệp"));
            else if (antq_dataset_write_xlsx(o.tmp_path, ds, a->lang, &err) != ANTQ_OK) {
                fprintf(stderr, _("antq: không ghi được %s: %s: %s\n"), out, err.path, err.message);
                rc = err.code == ANTQ_ENOMEM ? CLI_INTERNAL : err.code == ANTQ_EINVAL ? CLI_BAD_INPUT : CLI_IO;
            }
        } else if (which == 2) {
            rc = write_ndjson(o.f, ds);
        } else {
            char *text;
            if (antq_dataset_write_json(&text, ds, NULL) != ANTQ_OK) {
                rc = CLI_INTERNAL;
            } else {
                fputs(text, o.f);
                antq_free(text);
            }
        }
        rc = cli_output_finish(&o, rc);
    }
    antq_dataset_free(ds);
    return rc;
}
