/* antq evaluate: evaluate every unit and print the results.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int any_uncertified(const antq_evaluation *ev)
{
    for (size_t i = 0; i < antq_evaluation_count(ev); i++) {
        int v = antq_result_verdict(antq_evaluation_result(ev, i));
        if (v == ANTQ_VERDICT_NOT_CERTIFIED || v == ANTQ_VERDICT_UNDETERMINED)
            return 1;
    }
    return 0;
}

static void print_summary(FILE *out, const antq_dataset *ds, const antq_evaluation *ev, int lang)
{
    int en = lang == ANTQ_LANG_EN;
    cli_stats st;
    if (cli_stats_compute(ds, ev, NULL, &st) != CLI_OK)
        return;
    int year = antq_evaluation_year(ev);
    fprintf(out, en ? "Evaluation year %d: %ld units\n" : "Năm đánh giá %d: %ld đơn vị\n", year, st.total.all.units);
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
        const cli_tally *t = &st.total.by_kind[k];
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
    size_t nrows = antq_catalogue_count();
    long *fails = calloc(nrows ? nrows : 1, sizeof *fails);
    size_t n_bad = 0;
    for (size_t i = 0; fails && i < antq_evaluation_count(ev); i++) {
        const antq_result *r = antq_evaluation_result(ev, i);
        if (antq_result_verdict(r) != ANTQ_VERDICT_NOT_CERTIFIED)
            continue;
        n_bad++;
        for (size_t c = 0; c < antq_result_check_count(r); c++) {
            const antq_check *ch = antq_result_check(r, c);
            for (size_t k = 0; ch->outcome == ANTQ_OUTCOME_FAIL && k < nrows; k++)
                if (antq_catalogue_get(k) == ch->criterion)
                    fails[k]++;
        }
    }
    fprintf(out, en ? "\nFailed criteria (units failing each):\n" : "\nTiêu chí không đạt (số đơn vị):\n");
    for (size_t k = 0; fails && k < nrows; k++) {
        if (!fails[k])
            continue;
        const antq_criterion *c = antq_catalogue_get(k);
        char cite[160];
        antq_citation_format(&c->citation, lang, cite, sizeof cite);
        fprintf(out, "  %-12s %5ld  ", c->id, fails[k]);
        cli_pad(out, cite, 44);
        fputc(' ', out);
        cli_pad(out, en ? c->text_en : c->text_vi, 60);
        fputc('\n', out);
    }
    free(fails);
    fprintf(out, en ? "\nCommunes (own verdict; members certified in the Art. 5(4) pool):\n"
                    : "\nCấp xã (kết quả; đơn vị đạt trong phạm vi khoản 4 Điều 5):\n");
    for (size_t i = 0; i < st.n_communes; i++) {
        const cli_group *g = &st.communes[i];
        const antq_rollup *r = antq_evaluation_rollup(ev, g->unit_index);
        long pool = r ? (long)(r->ra_total + r->managed_total) : 0;
        long cert = r ? (long)(r->ra_certified + r->managed_certified) : 0;
        fprintf(out, "  %-12s ", g->id);
        cli_pad(out, g->name ? g->name : "", 26);
        fprintf(out, " %-14s", antq_verdict_name(g->verdict));
        if (pool)
            fprintf(out, en ? " %4ld/%-4ld (%ld.%ld%%)" : " %4ld/%-4ld (%ld,%ld%%)", cert, pool, cert * 1000 / pool / 10,
                    cert * 1000 / pool % 10);
        fputc('\n', out);
    }
    enum { LIST_MAX = 30 };
    if (n_bad > LIST_MAX) {
        fprintf(out, en ? "\n%zu units are not certified: see each with `antq explain FILE ID`, or all with --format csv.\n"
                        : "\n%zu đơn vị chưa đạt: xem từng đơn vị bằng `antq explain FILE ID`, hoặc tất cả với --format csv.\n",
                n_bad);
    } else if (n_bad) {
        fprintf(out, en ? "\nNot certified, with the first failed criterion:\n" : "\nChưa đạt, với tiêu chí không đạt đầu tiên:\n");
        for (size_t i = 0; i < antq_evaluation_count(ev); i++) {
            const antq_result *r = antq_evaluation_result(ev, i);
            if (antq_result_verdict(r) != ANTQ_VERDICT_NOT_CERTIFIED)
                continue;
            for (size_t c = 0; c < antq_result_check_count(r); c++) {
                const antq_check *ch = antq_result_check(r, c);
                if (ch->outcome != ANTQ_OUTCOME_FAIL)
                    continue;
                char cite[160];
                antq_citation_format(&ch->criterion->citation, lang, cite, sizeof cite);
                const antq_unit *u = antq_dataset_unit(ds, i);
                fprintf(out, "  %-14s ", antq_result_unit_id(r));
                cli_pad(out, u->name ? u->name : "", 30);
                fprintf(out, " %-12s %s\n", ch->criterion->id, cite);
                break;
            }
        }
    }
    cli_stats_free(&st);
}

typedef struct stream_out {
    FILE *out;
    int uncertified;
} stream_out;

static int on_stream_line(const char *line, size_t len, void *ud)
{
    stream_out *s = ud;
    fwrite(line, 1, len, s->out);
    fputc('\n', s->out);
    if (strstr(line, "\"verdict\":\"not_certified\"") || strstr(line, "\"verdict\":\"undetermined\""))
        s->uncertified = 1;
    return 0;
}

static int stream_ndjson(const cli_args *a)
{
    FILE *in = strcmp(a->file, "-") == 0 ? stdin : fopen(a->file, "rb");
    if (!in) {
        fprintf(stderr, "antq: cannot open %s: %s\n", a->file, strerror(errno));
        return CLI_IO;
    }
    cli_output o;
    int status = cli_output_open(&o, a);
    if (status) {
        if (in != stdin)
            fclose(in);
        return status;
    }
    antq_options opts = cli_options_for(a, NULL);
    stream_out so = {o.f, 0};
    antq_stream *s;
    if (antq_stream_new(&s, a->year, &opts, a->lang, on_stream_line, &so) != ANTQ_OK) {
        if (in != stdin)
            fclose(in);
        cli_output_abort(&o);
        return CLI_INTERNAL;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int32_t line_no = 0;
    int tty = isatty(2);
    antq_error err;
    while ((n = getline(&line, &cap, in)) >= 0) {
        line_no++;
        size_t len = (size_t)n;
        if (len && line[len - 1] == '\n')
            len--;
        if (antq_stream_feed(s, line, len, line_no, &err) != ANTQ_OK) {
            cli_print_error(a->file, &err);
            status = CLI_BAD_INPUT;
            break;
        }
        if (tty && line_no % 100000 == 0)
            fprintf(stderr, "\rantq: %d lines", (int)line_no);
    }
    if (!status && ferror(in)) {
        fprintf(stderr, "antq: cannot read %s: %s\n", a->file, strerror(errno));
        status = CLI_IO;
    }
    if (tty && line_no >= 100000)
        fputc('\n', stderr);
    if (status == CLI_OK && antq_stream_finish(s, &err) != ANTQ_OK) {
        cli_print_error(a->file, &err);
        status = CLI_BAD_INPUT;
    }
    free(line);
    antq_stream_free(s);
    if (in != stdin)
        fclose(in);
    if (status == CLI_OK && a->fail_on_uncertified && so.uncertified)
        status = CLI_UNCERTIFIED;
    return cli_output_finish(&o, status);
}

/* --format xlsx: the results workbook (a file: -o is required), with last
 * year's figures and, with --campaign, the plan's targets. */
static int evaluate_xlsx(const cli_args *a)
{
    if (!a->out || strcmp(a->out, "-") == 0)
        return cli_usage_error(a->cmd, "--format xlsx writes a workbook: give -o FILE.xlsx");
    antq_dataset *ds;
    antq_campaign *c = NULL;
    int rc = cli_load_dataset(a, &ds);
    if (rc)
        return rc;
    if (a->campaign_file && (rc = cli_load_campaign(a->campaign_file, ds, &c)) != CLI_OK) {
        antq_dataset_free(ds);
        return rc;
    }
    antq_evaluation *ev = NULL, *prev = NULL;
    antq_scorecard *sc = NULL;
    int year = cli_pick_year(a, ds);
    rc = cli_evaluate_with_previous(a, ds, year, &ev, &prev);
    size_t plan = c ? cli_pick_plan(a, c, year) : (size_t)-1;
    antq_error err;
    if (!rc && plan != (size_t)-1 && antq_plan_evaluate(c, plan, ds, ev, a->as_of, &sc, &err) != ANTQ_OK) {
        cli_print_error(a->campaign_file, &err);
        rc = CLI_BAD_INPUT;
    }
    cli_output o = {0};
    if (!rc)
        rc = cli_output_open(&o, a);
    if (!rc) {
        if (antq_evaluation_write_xlsx(o.tmp_path, ev, ds, prev, sc, a->lang, &err) != ANTQ_OK) {
            fprintf(stderr, "antq: cannot write %s: %s\n", a->out, err.message);
            rc = err.code == ANTQ_ENOMEM ? CLI_INTERNAL : CLI_IO;
        }
        if (!rc && a->fail_on_uncertified && any_uncertified(ev))
            rc = CLI_UNCERTIFIED;
        rc = cli_output_finish(&o, rc);
    }
    antq_scorecard_free(sc);
    antq_evaluation_free(prev);
    antq_evaluation_free(ev);
    antq_campaign_free(c);
    antq_dataset_free(ds);
    return rc;
}

int cmd_evaluate(const cli_args *a)
{
    static const char *const formats[] = {"text", "json", "ndjson", "csv", "csv-criteria", "xlsx", NULL};
    static const int format_ids[] = {-1, ANTQ_FORMAT_JSON, ANTQ_FORMAT_NDJSON, ANTQ_FORMAT_CSV_UNITS,
                                     ANTQ_FORMAT_CSV_CRITERIA, -2};
    int which;
    int rc = cli_pick_format(a, formats, &which);
    if (rc)
        return rc;
    int format = format_ids[which];
    if (format == -2)
        return evaluate_xlsx(a);
    if (a->campaign_file || a->plan_id)
        return cli_usage_error(a->cmd, "--campaign and --plan go with --format xlsx");
    /* NDJSON in, NDJSON out (the default for NDJSON input) is streamed line by line */
    if (a->ndjson && (!a->format || format == ANTQ_FORMAT_NDJSON))
        return stream_ndjson(a);
    antq_dataset *ds;
    rc = cli_load_dataset(a, &ds);
    if (rc)
        return rc;
    antq_evaluation *ev = NULL;
    rc = cli_evaluate(a, ds, cli_pick_year(a, ds), &ev);
    cli_output o = {0};
    if (!rc)
        rc = cli_output_open(&o, a);
    if (!rc) {
        if (format < 0) {
            print_summary(o.f, ds, ev, a->lang);
        } else {
            char *text;
            if (antq_evaluation_write(ev, ds, format, a->lang, &text) != ANTQ_OK) {
                rc = CLI_INTERNAL;
            } else {
                fputs(text, o.f);
                antq_free(text);
            }
        }
        if (!rc && a->fail_on_uncertified && any_uncertified(ev))
            rc = CLI_UNCERTIFIED;
        rc = cli_output_finish(&o, rc);
    }
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    return rc;
}
