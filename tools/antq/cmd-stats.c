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

/* One CSV row: level, id, name, counts, shares in tenths of a percent (empty when not known). */
static void csv_row(FILE *out, const char *level, const char *id, const char *name, const cli_tally *t,
                    const cli_tally *prev)
{
    fprintf(out, "%s,", level);
    cli_csv_field(out, id);
    fputc(',', out);
    cli_csv_field(out, name);
    fprintf(out, ",%ld,%ld,%ld,%ld,%ld,%ld,%ld,", t->units, t->eligible, t->registered, t->certified,
            t->not_certified, t->undetermined, t->not_eligible);
    long now = cli_share_permille(t), before = prev ? cli_share_permille(prev) : -1;
    if (now >= 0)
        fprintf(out, "%ld", now);
    fputc(',', out);
    if (before >= 0)
        fprintf(out, "%ld", before);
    fputc(',', out);
    if (now >= 0 && before >= 0)
        fprintf(out, "%ld", now - before);
    fputc('\n', out);
}

static void write_csv(FILE *out, const cli_stats *st)
{
    fputs("level,id,name,units,eligible,registered,certified,not_certified,undetermined,not_eligible,"
          "share_certified_permille,previous_share_certified_permille,change_permille\n", out);
    for (size_t i = 0; i < st->n_provinces; i++) {
        const cli_group *g = &st->provinces[i];
        csv_row(out, "province", g->id, g->name, &g->all, g->has_prev ? &g->prev : NULL);
    }
    for (size_t i = 0; i < st->n_communes; i++) {
        const cli_group *g = &st->communes[i];
        csv_row(out, "commune", g->id, g->name, &g->all, g->has_prev ? &g->prev : NULL);
    }
    for (int k = 1; k < ANTQ_KIND_COUNT; k++)
        csv_row(out, "kind", antq_unit_kind_name(k), NULL, &st->total.by_kind[k], NULL);
}

/* Widths of the text columns: units, eligible, registered, certified, share, change. */
static const int STATS_WIDTHS[] = {6, 8, 10, 9, 8, 7};

static void text_group(FILE *out, const char *id, const char *name, const cli_tally *t, const cli_tally *prev,
                       int lang)
{
    char units[ANTQ_FORMAT_SIZE], eligible[ANTQ_FORMAT_SIZE], registered[ANTQ_FORMAT_SIZE],
        certified[ANTQ_FORMAT_SIZE], share[ANTQ_FORMAT_SIZE] = "-", change[ANTQ_FORMAT_SIZE + 1] = "—";
    antq_format_count(units, sizeof units, t->units, lang);
    antq_format_count(eligible, sizeof eligible, t->eligible, lang);
    antq_format_count(registered, sizeof registered, t->registered, lang);
    antq_format_count(certified, sizeof certified, t->certified, lang);
    long now = cli_share_permille(t), before = prev ? cli_share_permille(prev) : -1;
    if (now >= 0)
        antq_format_share(share, sizeof share, t->certified, t->eligible, 0, 0, lang);
    if (now >= 0 && before >= 0) {
        /* "+1,5", "0,0", "-6,3": percentage points */
        change[0] = '+';
        antq_format_tenths(change + (now > before), ANTQ_FORMAT_SIZE, now - before, lang);
    }
    cli_pad(out, id, 12);
    fputc(' ', out);
    cli_pad(out, name ? name : "", 28);
    const char *cells[] = {units, eligible, registered, certified, share, change};
    for (int c = 0; c < 6; c++) {
        fputc(' ', out);
        cli_rjust(out, cells[c], STATS_WIDTHS[c]);
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
    static const char *const formats[] = {"text", "json", "csv", NULL};
    int format;
    int rc = cli_pick_format(a, formats, &format);
    if (rc)
        return rc;
    /* one pass through the pipeline: the year and the year before it */
    antq_pipeline_config cfg;
    cli_pipeline_config(a, &cfg);
    cfg.with_previous = 1;
    stats_run run = {{0}, 0, CLI_OK};
    antq_pipeline *p = NULL;
    rc = cli_run(a, &cfg, on_result, &run, &p, NULL, NULL);
    if (!rc) /* the year shown (the last) must have evidence; the year before it need not */
        rc = cli_check_years(a, p, antq_pipeline_year_count(p) ? antq_pipeline_year_count(p) - 1 : 0);
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
        } else if (format == 1) {
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
        } else if (format == 2) {
            write_csv(out, &st);
        } else {
            fprintf(out, _("Thống kê năm %d (thay đổi: điểm phần trăm so với năm %d)\n"), year, year - 1);
            cli_pad(out, _("mã"), 12);
            fputc(' ', out);
            cli_pad(out, _("tên"), 28);
            static const char *const heads[] = {N_("đ.vị"), N_("xét"), N_("đăng ký"), N_("được c.n"), N_("tỷ lệ"),
                                                N_("t.đổi")};
            for (int h = 0; h < 6; h++) {
                fputc(' ', out);
                cli_rjust(out, _(heads[h]), STATS_WIDTHS[h]);
            }
            fputc('\n', out);
            fputs(_("-- cấp tỉnh\n"), out);
            for (size_t i = 0; i < st.n_provinces; i++) {
                const cli_group *g = &st.provinces[i];
                text_group(out, g->id, g->name, &g->all, g->has_prev ? &g->prev : NULL, a->lang);
            }
            fputs(_("-- cấp xã\n"), out);
            for (size_t i = 0; i < st.n_communes; i++) {
                const cli_group *g = &st.communes[i];
                text_group(out, g->id, g->name, &g->all, g->has_prev ? &g->prev : NULL, a->lang);
            }
            fputs(_("-- theo loại đơn vị\n"), out);
            for (int k = 1; k < ANTQ_KIND_COUNT; k++)
                text_group(out, "", antq_unit_kind_label(k, a->lang), &st.total.by_kind[k], NULL, a->lang);
        }
        if (!rc)
            rc = cli_output_commit(&o);
    }
    cli_stats_free(&st);
    return rc;
}
