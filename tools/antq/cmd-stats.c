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

int cmd_stats(const cli_args *a)
{
    static const char *const formats[] = {"text", "json", NULL};
    int json;
    int rc = cli_pick_format(a, formats, &json);
    if (rc)
        return rc;
    antq_dataset *ds;
    rc = cli_load_dataset(a, &ds);
    if (rc)
        return rc;
    int year = cli_pick_year(a, ds);
    antq_evaluation *ev = NULL, *prev = NULL;
    rc = cli_evaluate_with_previous(a, ds, year, &ev, &prev);
    cli_stats st;
    if (!rc && cli_stats_compute(ds, ev, prev, &st) != CLI_OK)
        rc = CLI_INTERNAL;
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
        cli_stats_free(&st);
    }
    antq_evaluation_free(ev);
    antq_evaluation_free(prev);
    antq_dataset_free(ds);
    return rc;
}

