/* Loading for the CLI: datasets (JSON, NDJSON, an .xlsx workbook or a CSV set), the --options document,
 * campaigns, the evaluation year, and evaluating with the options in force.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

void cli_fprint_error(FILE *out, const char *file, const antq_error *e)
{
    /* the file name, the path and the message may quote input: escaped */
    cli_text(out, file);
    fprintf(out, ":%d:%d: ", (int)e->line, (int)e->column);
    cli_text(out, e->path[0] ? e->path : "/");
    fprintf(out, ": %s: ", antq_status_name(e->code));
    cli_text(out, e->message);
    fputc('\n', out);
}

void cli_print_error(const char *file, const antq_error *e) { cli_fprint_error(stderr, file, e); }

static int has_suffix(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    return n > k && strcasecmp(name + n - k, suffix) == 0;
}

int cli_load_sheet(const char *file, const char *buf, size_t len, unsigned flags, antq_dataset **ds,
                   antq_error *err)
{
    struct stat st;
    if (!buf && strcmp(file, "-") != 0 && stat(file, &st) == 0 && S_ISDIR(st.st_mode))
        return antq_dataset_load_csv_dir(ds, file, flags, err);
    if (buf && len >= 4 && memcmp(buf, "PK\x03\x04", 4) == 0)
        return antq_dataset_load_xlsx(ds, buf, len, flags, err);
    if (buf && has_suffix(file, ".csv")) {
        const char *slash = strrchr(file, '/');
        antq_csv_file f = {slash ? slash + 1 : file, buf, len};
        return antq_dataset_load_csv(ds, &f, 1, flags, err);
    }
    return 1;
}

int cli_load_dataset(const cli_args *a, antq_dataset **ds)
{
    *ds = NULL;
    unsigned flags = a->keep_unknown ? ANTQ_LOAD_KEEP_UNKNOWN : 0;
    antq_error err;
    int src = cli_load_sheet(a->file, NULL, 0, flags, ds, &err); /* a directory: a CSV set */
    char *buf = NULL;
    size_t len = 0;
    int rc = CLI_OK;
    if (src == 1 && (rc = cli_read_file(a->file, &buf, &len)) != CLI_OK)
        return rc;
    if (src == 1)
        src = cli_load_sheet(a->file, buf, len, flags, ds, &err);
    if (src == 1 && (a->ndjson || cli_looks_like_ndjson(buf, len))) {
        if (antq_dataset_load_ndjson(ds, buf, len, flags, &err) != ANTQ_OK) {
            cli_print_error(a->file, &err);
            rc = err.code == ANTQ_ENOMEM ? CLI_INTERNAL : CLI_BAD_INPUT;
        }
    } else if (src == 1) {
        if (antq_dataset_load_json(ds, buf, len, flags, &err) != ANTQ_OK) {
            cli_print_error(a->file, &err);
            /* one NDJSON line read as a document: its unit fields are unknown top-level fields */
            if (err.code == ANTQ_EUNKNOWNFIELD && err.path[0] == '/' && !strchr(err.path + 1, '/'))
                fprintf(stderr, _("antq: nếu %s là NDJSON (mỗi dòng một đơn vị), hãy thêm --ndjson\n"),
                        strcmp(a->file, "-") == 0 ? _("đầu vào chuẩn") : a->file);
            rc = err.code == ANTQ_ENOMEM ? CLI_INTERNAL : CLI_BAD_INPUT;
        }
    } else if (src != ANTQ_OK) {
        cli_print_error(a->file, &err);
        rc = err.code == ANTQ_ENOMEM ? CLI_INTERNAL : err.code == ANTQ_EIO ? CLI_IO : CLI_BAD_INPUT;
    }
    free(buf);
    return rc;
}

int cli_load_options_file(const char *path, antq_dataset **out)
{
    *out = NULL;
    char *buf;
    size_t len;
    int rc = cli_read_file(path, &buf, &len);
    if (rc)
        return rc;
    antq_error err;
    if (antq_dataset_load_json(out, buf, len, 0, &err) != ANTQ_OK) {
        cli_print_error(path, &err);
        rc = CLI_BAD_INPUT;
    }
    free(buf);
    return rc;
}

antq_options cli_options_for(const cli_args *a, const antq_dataset *ds)
{
    antq_options o;
    const antq_dataset *from = a->options_ds ? a->options_ds : ds;
    if (from)
        o = *antq_dataset_options(from);
    else
        antq_options_init(&o, ANTQ_OPTIONS_VERSION);
    if (a->as_of)
        o.decision_date = a->as_of;
    return o;
}

/* Whether any unit of ds has evidence for `year`. */
static int has_year(const antq_dataset *ds, int year)
{
    for (size_t i = 0; i < antq_dataset_unit_count(ds); i++)
        if (antq_dataset_evidence(ds, i, year))
            return 1;
    return 0;
}

/* "2023, 2024": the years with evidence, oldest first (the ten latest when there are more). */
static void years_present(const antq_dataset *ds, char *buf, size_t size)
{
    int years[10], n = 0;
    for (int y = antq_dataset_latest_year(ds); y > 1900 && n < 10; y--)
        if (has_year(ds, y))
            years[n++] = y;
    size_t used = 0;
    buf[0] = '\0';
    for (int i = n - 1; i >= 0 && used < size; i--)
        used += (size_t)snprintf(buf + used, size - used, "%s%d", i == n - 1 ? "" : ", ", years[i]);
}

int cli_evaluate(const cli_args *a, const antq_dataset *ds, int year, antq_evaluation **ev)
{
    antq_options o = cli_options_for(a, ds);
    antq_error err;
    if (!year) {
        fprintf(stderr, _("antq: %s không có số liệu năm nào; hãy dùng --year\n"), a->file);
        return CLI_BAD_INPUT;
    }
    if (!has_year(ds, year)) {
        char years[128];
        years_present(ds, years, sizeof years);
        if (years[0])
            fprintf(stderr, _("antq: %s không có số liệu năm %d; các năm có số liệu: %s\n"), a->file, year, years);
        else
            fprintf(stderr, _("antq: %s không có số liệu năm %d, cũng không có năm nào khác\n"), a->file, year);
        return CLI_BAD_INPUT;
    }
    if (antq_dataset_evaluate_standard(ev, ds, year, a->standard, &o, &err) != ANTQ_OK) {
        cli_print_error(a->file, &err);
        return err.code == ANTQ_ENOMEM ? CLI_INTERNAL : CLI_BAD_INPUT;
    }
    return CLI_OK;
}

int cli_evaluate_with_previous(const cli_args *a, const antq_dataset *ds, int year, antq_evaluation **ev,
                               antq_evaluation **prev)
{
    int rc = cli_evaluate(a, ds, year, ev);
    int has_prev = 0;
    for (size_t i = 0; !rc && i < antq_dataset_unit_count(ds) && !has_prev; i++)
        has_prev = antq_dataset_evidence(ds, i, year - 1) != NULL;
    if (!rc && has_prev)
        rc = cli_evaluate(a, ds, year - 1, prev);
    return rc;
}

int cli_load_campaign(const char *path, const antq_dataset *ds, antq_campaign **out)
{
    char *buf;
    size_t len;
    int rc = cli_read_file(path, &buf, &len);
    if (rc)
        return rc;
    antq_error err;
    if (antq_campaign_load_json(out, buf, len, &err) != ANTQ_OK) {
        cli_print_error(path, &err);
        rc = CLI_BAD_INPUT;
    } else if (ds && antq_campaign_check(*out, ds, &err) != ANTQ_OK) {
        cli_print_error(path, &err);
        antq_campaign_free(*out);
        *out = NULL;
        rc = CLI_BAD_INPUT;
    }
    free(buf);
    return rc;
}

size_t cli_pick_plan(const cli_args *a, const antq_campaign *c, int year)
{
    size_t n = antq_campaign_plan_count(c);
    for (size_t i = 0; i < n; i++)
        if (a->plan_id ? strcmp(antq_campaign_plan(c, i)->id, a->plan_id) == 0 : antq_campaign_plan(c, i)->year == year)
            return i;
    return a->plan_id || n == 0 ? (size_t)-1 : 0;
}
