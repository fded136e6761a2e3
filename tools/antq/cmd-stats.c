/* antq stats: per commune and province, units, registered, certified, change from last year.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void json_tally(FILE *out, const char *name, const cli_tally *t)
{
    long pm = cli_share_permille(t);
    fprintf(out, "\"%s\":{\"units\":%ld,\"eligible\":%ld,\"registered\":%ld,\"certified\":%ld,\"not_certified\":%ld,"
                 "\"undetermined\":%ld,\"not_eligible\":%ld,\"share_certified_permille\":%ld}",
            name, t->units, t->eligible, t->registered, t->certified, t->not_certified, t->undetermined, t->not_eligible, pm);
}

static void json_group(FILE *out, const cli_group *g)
{
    fprintf(out, "{\"id\":\"%s\",", g->id);
    json_tally(out, "all", &g->all);
    if (g->has_prev) {
        fputc(',', out);
        json_tally(out, "previous", &g->prev);
        long now = cli_share_permille(&g->all), before = cli_share_permille(&g->prev);
        if (now >= 0 && before >= 0)
            fprintf(out, ",\"change_permille\":%ld", now - before);
    }
    fputs(",\"by_kind\":{", out);
    for (int k = 1; k < ANTQ_KIND_COUNT; k++) {
        if (k > 1)
            fputc(',', out);
        json_tally(out, antq_unit_kind_name(k), &g->by_kind[k]);
    }
    fputs("}}", out);
}

static void text_group(FILE *out, const cli_group *g, int en)
{
    long pm = cli_share_permille(&g->all);
    cli_pad(out, g->id, 12);
    fputc(' ', out);
    cli_pad(out, g->name ? g->name : "", 28);
    fprintf(out, " %6ld %8ld %10ld %9ld", g->all.units, g->all.eligible, g->all.registered, g->all.certified);
    if (pm >= 0)
        fprintf(out, " %6ld.%ld%%", pm / 10, pm % 10);
    else
        fprintf(out, " %8s", "-");
    long before = g->has_prev ? cli_share_permille(&g->prev) : -1;
    if (pm >= 0 && before >= 0) {
        long d = pm - before;
        fprintf(out, " %+5ld.%ld", d / 10, labs(d) % 10);
    } else {
        fprintf(out, " %7s", en ? "n/a" : "—");
    }
    fputc('\n', out);
}

typedef struct stats_run {
    cli_stats st;
    int started; /* st initialised with the year of the first result */
    int status;
} stats_run;

/* Results come for the chosen year Y and Y − 1, each unit's years in
 * ascending order: the first result is of Y − 1. */
static int on_result(const antq_result *r, const antq_unit *u, const antq_rollup *rollup, void *ud)
{
    (void)rollup;
    stats_run *run = ud;
    int year = antq_result_year(r);
    if (!run->started) {
        cli_stats_init(&run->st, year + 1);
        run->started = 1;
    }
    if (cli_stats_add(&run->st, r, u, (size_t)-1) != CLI_OK) {
        run->status = CLI_INTERNAL;
        return 1;
    }
    return 0;
}

int cmd_stats(const cli_args *a)
{
    static const char *const formats[] = {"text", "json", NULL};
    int json;
    int rc = cli_pick_format(a, formats, &json);
    if (rc)
        return rc;
    /* one pass through the pipeline: the year and the year before it */
    antq_pipeline_config cfg;
    cli_pipeline_config(a, &cfg);
    cfg.with_previous = 1;
    stats_run run = {{0}, 0, CLI_OK};
    antq_pipeline *p = NULL;
    rc = cli_run(a, &cfg, on_result, &run, &p, NULL);
    if (!rc && !run.started) {
        fprintf(stderr, "antq: %s has no evidence and no year; use --year\n", a->file);
        rc = CLI_BAD_INPUT;
    }
    if (!rc)
        rc = run.status;
    cli_stats st = run.st;
    int year = st.year;
    if (!rc) {
        size_t n_prev = 0, n;
        for (size_t i = 0; i < antq_pipeline_year_count(p); i++)
            if (antq_pipeline_year(p, i, &n) == year - 1)
                n_prev = n;
        rc = cli_stats_end(&st, n_prev > 0); /* the change from last year only when some unit had evidence for it */
    }
    antq_pipeline_free(p);
    if (!rc) {
        cli_output o;
        rc = cli_output_open(&o, a);
        FILE *out = o.f;
        if (rc) {
            /* reason printed */
        } else if (json) {
            fprintf(out, "{\"year\":%d,\"total\":", year);
            json_group(out, &st.total);
            fputs(",\"provinces\":[", out);
            for (size_t i = 0; i < st.n_provinces; i++) {
                if (i)
                    fputc(',', out);
                json_group(out, &st.provinces[i]);
            }
            fputs("],\"communes\":[", out);
            for (size_t i = 0; i < st.n_communes; i++) {
                if (i)
                    fputs(",\n", out);
                json_group(out, &st.communes[i]);
            }
            fputs("]}\n", out);
        } else {
            int en = a->lang == ANTQ_LANG_EN;
            fprintf(out, en ? "Statistics for %d (change: percentage points against %d)\n"
                            : "Thống kê năm %d (thay đổi: điểm phần trăm so với năm %d)\n", year, year - 1);
            cli_pad(out, en ? "id" : "mã", 12);
            fputc(' ', out);
            cli_pad(out, en ? "name" : "tên", 28);
            const char *h_en[] = {"units", "eligible", "registered", "certified", "share", "change"};
            const char *h_vi[] = {"đ.vị", "xét", "đăng ký", "đạt", "tỷ lệ", "t.đổi"};
            const int w[] = {6, 8, 10, 9, 8, 7};
            for (int h = 0; h < 6; h++) {
                fputc(' ', out);
                const char *t = en ? h_en[h] : h_vi[h];
                int len = 0;
                for (const unsigned char *q = (const unsigned char *)t; *q; q++)
                    len += (*q & 0xC0) != 0x80;
                fprintf(out, "%*s%s", w[h] - len, "", t);
            }
            fputc('\n', out);
            fprintf(out, en ? "-- provinces\n" : "-- cấp tỉnh\n");
            for (size_t i = 0; i < st.n_provinces; i++)
                text_group(out, &st.provinces[i], en);
            fprintf(out, en ? "-- communes\n" : "-- cấp xã\n");
            for (size_t i = 0; i < st.n_communes; i++)
                text_group(out, &st.communes[i], en);
            fprintf(out, en ? "-- by kind\n" : "-- theo loại\n");
            for (int k = 1; k < ANTQ_KIND_COUNT; k++) {
                cli_group g = st.total;
                g.id = antq_unit_kind_name(k);
                g.name = NULL;
                g.all = st.total.by_kind[k];
                g.has_prev = 0;
                text_group(out, &g, en);
            }
        }
        if (!rc)
            rc = cli_output_commit(&o);
    }
    cli_stats_free(&st);
    return rc;
}

