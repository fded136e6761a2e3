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

/* "12/14 (85,7%)": the commune's member units certified of its Art. 5(4) pool, the share kept on
 * its side of the threshold of that rule; "" when the commune has no such fact. */
static void members_certified(char *buf, size_t size, const antq_evaluation *ev, size_t index, int lang)
{
    buf[0] = '\0';
    antq_commune_pool p;
    antq_commune_pool_init(&p);
    if (antq_evaluation_commune_pool(&p, ev, index, NULL) != ANTQ_OK || p.certified < 0 || p.pool <= 0)
        return;
    char share[ANTQ_FORMAT_SIZE];
    int64_t den = p.threshold_den > 1 ? p.threshold_den : 0;
    antq_format_share(share, sizeof share, p.certified, p.pool, den ? p.threshold_num : 0, den, lang);
    snprintf(buf, size, "%5lld/%-5lld %s", (long long)p.certified, (long long)p.pool, share);
}

static void print_summary(FILE *out, const antq_dataset *ds, const antq_evaluation *ev, int lang)
{
    cli_stats st;
    if (cli_stats_compute(ds, ev, NULL, &st) != CLI_OK)
        return;
    int year = antq_evaluation_year(ev);
    char num[ANTQ_FORMAT_SIZE];
    antq_format_count(num, sizeof num, st.total.all.units, lang);
    fprintf(out, _("Năm đánh giá %d: %s đơn vị\n"), year, num);
    cli_pad(out, _("loại"), 26);
    static const char *const heads[] = {N_("số đ.vị"), N_("đạt"), N_("chưa đạt"), N_("chưa x.định"),
                                        N_("ngoài p.vi"), N_("tỷ lệ đạt")};
    static const int widths[] = {8, 9, 13, 12, 12, 10};
    for (int h = 0; h < 6; h++)
        cli_rjust(out, _(heads[h]), widths[h] + (h ? 1 : 0));
    fputc('\n', out);
    for (int k = 1; k < ANTQ_KIND_COUNT; k++) {
        const cli_tally *t = &st.total.by_kind[k];
        char share[ANTQ_FORMAT_SIZE] = "-";
        if (t->eligible > 0)
            antq_format_share(share, sizeof share, t->certified, t->eligible, 0, 0, lang);
        cli_pad(out, antq_unit_kind_label(k, lang), 26);
        fprintf(out, " %8ld %9ld %13ld %12ld %12ld %10s\n", t->units, t->certified, t->not_certified, t->undetermined,
                t->not_eligible, share);
    }
    /* failures grouped by the criterion that failed (a unit may fail several; scope exclusions are no failure) */
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
    fputs(_("\nTiêu chí không đạt (số đơn vị không đạt tiêu chí đó):\n"), out);
    for (size_t k = 0; fails && k < nrows; k++) {
        if (!fails[k])
            continue;
        const antq_criterion *c = antq_catalogue_get(k);
        char cite[160];
        antq_citation_format(cite, sizeof cite, &c->citation, lang);
        fprintf(out, "  %-12s %5ld  ", c->id, fails[k]);
        cli_pad(out, cite, 44);
        fputc(' ', out);
        cli_pad(out, lang == ANTQ_LANG_EN ? c->text_en : c->text_vi, 60);
        fputc('\n', out);
    }
    free(fails);
    fputs(_("\nCấp xã (kết quả của xã; đơn vị thành viên được công nhận theo khoản 4 Điều 5):\n"), out);
    for (size_t i = 0; i < st.n_communes; i++) {
        const cli_group *g = &st.communes[i];
        char members[96];
        members_certified(members, sizeof members, ev, g->unit_index, lang);
        fprintf(out, "  %-12s ", g->id);
        cli_pad(out, g->name ? g->name : "", 26);
        fputc(' ', out);
        cli_pad(out, antq_verdict_label(g->verdict, lang), members[0] ? 20 : 0);
        fprintf(out, "%s\n", members);
    }
    enum { LIST_MAX = 30 };
    if (n_bad > LIST_MAX) {
        fprintf(out, _("\n%zu đơn vị chưa đạt: xem từng đơn vị bằng `antq explain FILE ID`, hoặc tất cả với --format csv.\n"),
                n_bad);
    } else if (n_bad) {
        fputs(_("\nChưa đạt, với tiêu chí không đạt đầu tiên:\n"), out);
        for (size_t i = 0; i < antq_evaluation_count(ev); i++) {
            const antq_result *r = antq_evaluation_result(ev, i);
            if (antq_result_verdict(r) != ANTQ_VERDICT_NOT_CERTIFIED)
                continue;
            for (size_t c = 0; c < antq_result_check_count(r); c++) {
                const antq_check *ch = antq_result_check(r, c);
                if (ch->outcome != ANTQ_OUTCOME_FAIL)
                    continue;
                char cite[160];
                antq_citation_format(cite, sizeof cite, &ch->criterion->citation, lang);
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
        fprintf(stderr, _("antq: không mở được %s: %s\n"), a->file, strerror(errno));
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
        if (tty && line_no % 100000 == 0) {
            fputc('\r', stderr);
            fprintf(stderr, _("antq: %d dòng"), (int)line_no);
        }
    }
    if (!status && ferror(in)) {
        fprintf(stderr, _("antq: không đọc được %s: %s\n"), a->file, strerror(errno));
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

int cmd_evaluate(const cli_args *a)
{
    static const char *const formats[] = {"text", "json", "ndjson", "csv", "csv-criteria", NULL};
    static const int format_ids[] = {-1, ANTQ_FORMAT_JSON, ANTQ_FORMAT_NDJSON, ANTQ_FORMAT_CSV_UNITS,
                                     ANTQ_FORMAT_CSV_CRITERIA};
    int which;
    int rc = cli_pick_format(a, formats, &which);
    if (rc)
        return rc;
    int format = format_ids[which];
    /* NDJSON in, NDJSON out (the default for NDJSON input) is streamed line by line */
    if (a->ndjson && (!a->format || format == ANTQ_FORMAT_NDJSON)) {
        if (a->standard != ANTQ_STANDARD_SAFE)
            return cli_usage_error("evaluate", _("--standard không dùng được với NDJSON theo luồng; thêm --format json (hoặc csv, text)"));
        return stream_ndjson(a);
    }
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
            if (antq_evaluation_write(&text, ev, format, a->lang, NULL) != ANTQ_OK) {
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
