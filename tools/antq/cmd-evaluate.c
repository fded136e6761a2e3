/* antq evaluate: evaluate every unit and print the results.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* The text summary of one year, tallied one result at a time. */
enum { LIST_MAX = 30 };

typedef struct listed {
    char *id, *name;
    const antq_criterion *criterion; /* the first failed criterion (static) */
} listed;

typedef struct summary {
    cli_stats st;
    long *fails;        /* per catalogue row: units failing it */
    size_t n_bad;       /* units not certified */
    listed list[LIST_MAX + 1];
    size_t n_listed;
} summary;

static int summary_add(summary *s, const antq_result *r, const antq_unit *u, const antq_rollup *rollup)
{
    if (cli_stats_add(&s->st, r, u, (size_t)-1) != CLI_OK)
        return CLI_INTERNAL;
    if (u->kind == ANTQ_KIND_COMMUNE && rollup) {
        cli_group *g = &s->st.communes[cli_map_get(&s->st.commune_ids, u->id)];
        g->pool = (long)(rollup->ra_total + rollup->managed_total);
        g->pool_certified = (long)(rollup->ra_certified + rollup->managed_certified);
    }
    if (antq_result_verdict(r) != ANTQ_VERDICT_NOT_CERTIFIED)
        return CLI_OK;
    s->n_bad++;
    size_t nrows = antq_catalogue_count();
    const antq_criterion *first = NULL;
    for (size_t c = 0; c < antq_result_check_count(r); c++) {
        const antq_check *ch = antq_result_check(r, c);
        if (ch->outcome != ANTQ_OUTCOME_FAIL)
            continue;
        if (!first)
            first = ch->criterion;
        for (size_t k = 0; k < nrows; k++)
            if (antq_catalogue_get(k) == ch->criterion)
                s->fails[k]++;
    }
    if (s->n_listed <= LIST_MAX) {
        listed *l = &s->list[s->n_listed++];
        l->id = strdup(u->id);
        l->name = strdup(u->name ? u->name : "");
        l->criterion = first;
        if (!l->id || !l->name)
            return CLI_INTERNAL;
    }
    return CLI_OK;
}

static void summary_free(summary *s)
{
    cli_stats_free(&s->st);
    free(s->fails);
    for (size_t i = 0; i < s->n_listed; i++) {
        free(s->list[i].id);
        free(s->list[i].name);
    }
}

static void print_summary(FILE *out, const summary *s, int lang)
{
    int en = lang == ANTQ_LANG_EN;
    const cli_stats *st = &s->st;
    fprintf(out, en ? "Evaluation year %d: %ld units\n" : "Năm đánh giá %d: %ld đơn vị\n", st->year, st->total.all.units);
    static const char *const kinds_vi[] = {"", "Khu dân cư", "Xã, phường", "Cơ quan", "Doanh nghiệp", "Cơ sở giáo dục"};
    static const char *const kinds_en[] = {"", "Residential areas", "Communes", "Agencies", "Enterprises", "Educational institutions"};
    cli_pad(out, en ? "kind" : "loại", 26);
    fputc(' ', out);
    const char *heads_en[] = {"units", "certified", "not certified", "undetermined", "not eligible", "share"};
    const char *heads_vi[] = {"số đ.vị", "đạt", "chưa đạt", "chưa rõ", "ngoài p.vi", "tỷ lệ"};
    const int widths[] = {7, 9, 13, 12, 12, 8};
    for (int h = 0; h < 6; h++) {
        const char *t = en ? heads_en[h] : heads_vi[h];
        int len = 0;
        for (const unsigned char *q = (const unsigned char *)t; *q; q++)
            len += (*q & 0xC0) != 0x80;
        fprintf(out, "%*s%s", widths[h] - len + (h ? 1 : 0), "", t);
    }
    fputc('\n', out);
    for (int k = 1; k < ANTQ_KIND_COUNT; k++) {
        const cli_tally *t = &st->total.by_kind[k];
        long pm = cli_share_permille(t);
        char share[32] = "-";
        if (pm >= 0)
            snprintf(share, sizeof share, "%ld.%ld%%", pm / 10, pm % 10);
        if (!en)
            for (char *c = share; *c; c++)
                if (*c == '.')
                    *c = ',';
        cli_pad(out, en ? kinds_en[k] : kinds_vi[k], 26);
        fprintf(out, " %7ld %9ld %13ld %12ld %12ld %8s\n", t->units, t->certified, t->not_certified, t->undetermined,
                t->not_eligible, share);
    }
    /* failures grouped by the criterion that failed (a unit may fail several) */
    fprintf(out, en ? "\nFailed criteria (units failing each):\n" : "\nTiêu chí không đạt (số đơn vị):\n");
    for (size_t k = 0; k < antq_catalogue_count(); k++) {
        if (!s->fails[k])
            continue;
        const antq_criterion *c = antq_catalogue_get(k);
        char cite[160];
        antq_citation_format(&c->citation, lang, cite, sizeof cite);
        fprintf(out, "  %-12s %5ld  ", c->id, s->fails[k]);
        cli_pad(out, cite, 44);
        fputc(' ', out);
        cli_pad(out, en ? c->text_en : c->text_vi, 60);
        fputc('\n', out);
    }
    fprintf(out, en ? "\nCommunes (own verdict; members certified in the Art. 5(4) pool):\n"
                    : "\nCấp xã (kết quả; đơn vị đạt trong phạm vi khoản 4 Điều 5):\n");
    for (size_t i = 0; i < st->n_communes; i++) {
        const cli_group *g = &st->communes[i];
        long pool = g->pool, cert = g->pool_certified;
        fprintf(out, "  %-12s ", g->id);
        cli_pad(out, g->name ? g->name : "", 26);
        fprintf(out, " %-14s", antq_verdict_name(g->verdict));
        if (pool)
            fprintf(out, en ? " %4ld/%-4ld (%ld.%ld%%)" : " %4ld/%-4ld (%ld,%ld%%)", cert, pool, cert * 1000 / pool / 10,
                    cert * 1000 / pool % 10);
        fputc('\n', out);
    }
    if (s->n_bad > LIST_MAX) {
        fprintf(out, en ? "\n%zu units are not certified: see each with `antq explain FILE ID`, or all with --format csv.\n"
                        : "\n%zu đơn vị chưa đạt: xem từng đơn vị bằng `antq explain FILE ID`, hoặc tất cả với --format csv.\n",
                s->n_bad);
    } else if (s->n_bad) {
        fprintf(out, en ? "\nNot certified, with the first failed criterion:\n" : "\nChưa đạt, với tiêu chí không đạt đầu tiên:\n");
        for (size_t i = 0; i < s->n_listed; i++) {
            const listed *l = &s->list[i];
            if (!l->criterion)
                continue;
            char cite[160];
            antq_citation_format(&l->criterion->citation, lang, cite, sizeof cite);
            fprintf(out, "  %-14s ", l->id);
            cli_pad(out, l->name, 30);
            fprintf(out, " %-12s %s\n", l->criterion->id, cite);
        }
    }
}

/* One run: each result is written as it comes, in the chosen format. */
typedef struct eval_run {
    FILE *out;
    int format;          /* an antq_format, or -1 for the text summary */
    int lang;
    int uncertified;     /* some eligible unit is not certified or undetermined */
    size_t n_written;    /* results written (JSON: the separators) */
    summary *years;      /* text: one summary per year, in the order the years came */
    size_t n_years;
    int status;
} eval_run;

static summary *summary_for(eval_run *e, int year)
{
    for (size_t i = 0; i < e->n_years; i++)
        if (e->years[i].st.year == year)
            return &e->years[i];
    summary *y = realloc(e->years, (e->n_years + 1) * sizeof *y);
    if (!y)
        return NULL;
    e->years = y;
    summary *s = &y[e->n_years];
    memset(s, 0, sizeof *s);
    cli_stats_init(&s->st, year);
    s->fails = calloc(antq_catalogue_count() ? antq_catalogue_count() : 1, sizeof *s->fails);
    if (!s->fails)
        return NULL;
    e->n_years++;
    return s;
}

static void json_header(eval_run *e, int year)
{
    fprintf(e->out, "{\"format\":\"antq-results\",\"version\":1,\"year\":%d,\"results\":[\n", year);
}

static int on_result(const antq_result *r, const antq_unit *u, const antq_rollup *rollup, void *ud)
{
    eval_run *e = ud;
    int v = antq_result_verdict(r);
    if (v == ANTQ_VERDICT_NOT_CERTIFIED || v == ANTQ_VERDICT_UNDETERMINED)
        e->uncertified = 1;
    char *text = NULL;
    int rc = ANTQ_OK;
    switch (e->format) {
    case ANTQ_FORMAT_JSON:
        if (e->n_written == 0)
            json_header(e, antq_result_year(r));
        else
            fputs(",\n", e->out);
        /* fall through */
    case ANTQ_FORMAT_NDJSON:
        rc = antq_result_write_json(r, u, e->lang, &text);
        if (!rc) {
            fputs(text, e->out);
            if (e->format == ANTQ_FORMAT_NDJSON)
                fputc('\n', e->out);
        }
        break;
    case ANTQ_FORMAT_CSV_UNITS:
    case ANTQ_FORMAT_CSV_CRITERIA:
        rc = antq_result_write_csv(r, u, e->format, e->lang, &text);
        if (!rc)
            fputs(text, e->out);
        break;
    default: {
        summary *s = summary_for(e, antq_result_year(r));
        if (!s || summary_add(s, r, u, rollup) != CLI_OK)
            rc = ANTQ_ENOMEM;
    }
    }
    antq_free(text);
    e->n_written++;
    if (rc) {
        e->status = CLI_INTERNAL;
        return 1;
    }
    return 0;
}

int cmd_evaluate(const cli_args *a)
{
    static const char *const formats[] = {"text", "json", "ndjson", "csv", "csv-criteria", NULL};
    static const int format_ids[] = {-1, ANTQ_FORMAT_JSON, ANTQ_FORMAT_NDJSON, ANTQ_FORMAT_CSV_UNITS,
                                     ANTQ_FORMAT_CSV_CRITERIA};
    int which;
    int rc = cli_pick_format(a, formats, &which);
    if (rc)
        return rc;
    /* NDJSON in: NDJSON out unless --format says otherwise */
    int format = a->ndjson && !a->format ? ANTQ_FORMAT_NDJSON : format_ids[which];
    cli_output o;
    rc = cli_output_open(&o, a);
    if (rc)
        return rc;
    eval_run e = {o.f, format, a->lang, 0, 0, NULL, 0, CLI_OK};
    if (format == ANTQ_FORMAT_CSV_UNITS || format == ANTQ_FORMAT_CSV_CRITERIA)
        fputs(antq_csv_header(format), o.f);
    antq_pipeline_config cfg;
    cli_pipeline_config(a, &cfg);
    antq_pipeline *p = NULL;
    rc = cli_run(a, &cfg, on_result, &e, &p, NULL);
    if (!rc)
        rc = e.status;
    if (!rc && format == ANTQ_FORMAT_JSON) {
        if (!e.n_written)
            json_header(&e, antq_pipeline_year(p, 0, NULL));
        fputs(e.n_written ? "\n]}\n" : "]}\n", o.f);
    }
    for (size_t i = 0; i < e.n_years && !rc; i++) {
        summary *s = &e.years[i];
        if (cli_stats_end(&s->st, 0) != CLI_OK) {
            rc = CLI_INTERNAL;
            break;
        }
        if (i)
            fputc('\n', o.f);
        print_summary(o.f, s, a->lang);
    }
    for (size_t i = 0; i < e.n_years; i++)
        summary_free(&e.years[i]);
    free(e.years);
    antq_pipeline_free(p);
    if (!rc && a->fail_on_uncertified && e.uncertified)
        rc = CLI_UNCERTIFIED;
    return cli_output_finish(&o, rc);
}
