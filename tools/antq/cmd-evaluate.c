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
    size_t n_irregular; /* units with a procedural irregularity (Art. 9–10), verdict unchanged */
    listed list[LIST_MAX + 1];
    size_t n_listed;
    int lang;
} summary;

/* "12/14 (85,7%)": the commune's member units certified of its Art. 5(4) pool, the share kept on
 * its side of the threshold of that rule; "" when the commune has no such fact. */
static void members_certified(char *buf, size_t size, const antq_result *r, int lang)
{
    buf[0] = '\0';
    for (size_t c = 0; c < antq_result_check_count(r); c++) {
        const antq_check *ch = antq_result_check(r, c);
        for (size_t k = 0; k < ch->n_facts; k++) {
            const antq_fact *f = &ch->facts[k];
            if (f->kind != ANTQ_FACT_MEMBERS_CERTIFIED || f->value < 0 || f->total <= 0)
                continue;
            char share[ANTQ_FORMAT_SIZE];
            int64_t den = f->threshold_den > 1 ? f->threshold_den : 0;
            antq_format_share(share, sizeof share, f->value, f->total, den ? f->threshold_num : 0, den, lang);
            snprintf(buf, size, "%5lld/%-5lld %s", (long long)f->value, (long long)f->total, share);
            return;
        }
    }
}

static int summary_add(summary *s, const antq_result *r, const antq_unit *u)
{
    if (cli_stats_add(&s->st, r, u, (size_t)-1) != CLI_OK)
        return CLI_INTERNAL;
    if (u->kind == ANTQ_KIND_COMMUNE) {
        cli_group *g = &s->st.communes[cli_map_get(&s->st.commune_ids, u->id)];
        members_certified(g->members, sizeof g->members, r, s->lang);
    }
    s->n_irregular += antq_result_irregular(r) ? 1 : 0;
    if (antq_result_verdict(r) != ANTQ_VERDICT_NOT_CERTIFIED)
        return CLI_OK;
    s->n_bad++;
    /* failures grouped by the criterion that failed (a unit may fail several; scope exclusions are no failure) */
    size_t nrows = antq_catalogue_count();
    const antq_criterion *first = NULL;
    for (size_t c = 0; c < antq_result_check_count(r); c++) {
        const antq_check *ch = antq_result_check(r, c);
        if (ch->outcome != ANTQ_OUTCOME_FAIL || ch->criterion->role == ANTQ_CRITERION_PROCEDURE)
            continue; /* a procedural irregularity is no failed criterion */
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
    const cli_stats *st = &s->st;
    char num[ANTQ_FORMAT_SIZE];
    antq_format_count(num, sizeof num, st->total.all.units, lang);
    fprintf(out, _("Năm đánh giá %d: %s đơn vị\n"), st->year, num);
    cli_pad(out, _("loại"), 26);
    static const char *const heads[] = {N_("số đ.vị"), N_("đạt"), N_("chưa đạt"), N_("chưa x.định"),
                                        N_("ngoài p.vi"), N_("tỷ lệ đạt")};
    static const int widths[] = {8, 9, 13, 12, 12, 10};
    for (int h = 0; h < 6; h++)
        cli_rjust(out, _(heads[h]), widths[h] + (h ? 1 : 0));
    fputc('\n', out);
    for (int k = 1; k < ANTQ_KIND_COUNT; k++) {
        const cli_tally *t = &st->total.by_kind[k];
        char share[ANTQ_FORMAT_SIZE] = "-";
        if (t->eligible > 0)
            antq_format_share(share, sizeof share, t->certified, t->eligible, 0, 0, lang);
        cli_pad(out, antq_unit_kind_label(k, lang), 26);
        fprintf(out, " %8ld %9ld %13ld %12ld %12ld %10s\n", t->units, t->certified, t->not_certified, t->undetermined,
                t->not_eligible, share);
    }
    fputs(_("\nTiêu chí không đạt (số đơn vị không đạt tiêu chí đó):\n"), out);
    for (size_t k = 0; k < antq_catalogue_count(); k++) {
        if (!s->fails[k])
            continue;
        const antq_criterion *c = antq_catalogue_get(k);
        char cite[160];
        antq_citation_format(cite, sizeof cite, &c->citation, lang);
        fprintf(out, "  %-12s %5ld  ", c->id, s->fails[k]);
        cli_pad(out, cite, 44);
        fputc(' ', out);
        cli_pad(out, lang == ANTQ_LANG_EN ? c->text_en : c->text_vi, 60);
        fputc('\n', out);
    }
    fputs(_("\nCấp xã (kết quả của xã; đơn vị thành viên được công nhận theo khoản 4 Điều 5):\n"), out);
    for (size_t i = 0; i < st->n_communes; i++) {
        const cli_group *g = &st->communes[i];
        fputs("  ", out);
        cli_left(out, g->id, 12);
        fputc(' ', out);
        cli_pad(out, g->name ? g->name : "", 26);
        fputc(' ', out);
        cli_pad(out, antq_verdict_label(g->verdict, lang), g->members[0] ? 20 : 0);
        fprintf(out, "%s\n", g->members);
    }
    if (s->n_bad > LIST_MAX) {
        fprintf(out, _("\n%zu đơn vị chưa đạt: xem từng đơn vị bằng `antq explain FILE ID`, hoặc tất cả với --format csv.\n"),
                s->n_bad);
    } else if (s->n_bad) {
        fputs(_("\nChưa đạt, với tiêu chí không đạt đầu tiên:\n"), out);
        for (size_t i = 0; i < s->n_listed; i++) {
            const listed *l = &s->list[i];
            if (!l->criterion)
                continue;
            char cite[160];
            antq_citation_format(cite, sizeof cite, &l->criterion->citation, lang);
            fputs("  ", out);
            cli_left(out, l->id, 14);
            fputc(' ', out);
            cli_pad(out, l->name, 30);
            fprintf(out, " %-12s %s\n", l->criterion->id, cite);
        }
    }
    if (s->n_irregular) /* procedure and authority (Art. 9–10): beside the verdicts, which they never change */
        fprintf(out, _("\nVi phạm thủ tục, thẩm quyền (không thay đổi kết quả): %zu đơn vị; xem `antq explain FILE ID`.\n"),
                s->n_irregular);
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
    int detail;          /* an antq_detail */
    const cli_provenance *cp; /* what produced the results (header record; CSV: companion file) */
    unsigned csv_flags;  /* antq_csv_flags from --raw-cells, --no-bom */
} eval_run;

/* What comes before the results: the JSON document's opening or the NDJSON header record (both with the
 * provenance), or the CSV column names. */
static int write_header(eval_run *e, int year)
{
    char *text;
    size_t len;
    int csv = e->format == ANTQ_FORMAT_CSV_UNITS || e->format == ANTQ_FORMAT_CSV_CRITERIA;
    if (antq_results_header_write(&text, &len, csv ? NULL : &e->cp->p, year, (antq_format)e->format,
                                  (antq_detail)e->detail, e->csv_flags, NULL) != ANTQ_OK)
        return CLI_INTERNAL;
    fwrite(text, 1, len, e->out);
    antq_free(text);
    return CLI_OK;
}

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
    s->lang = e->lang;
    s->fails = calloc(antq_catalogue_count() ? antq_catalogue_count() : 1, sizeof *s->fails);
    if (!s->fails)
        return NULL;
    e->n_years++;
    return s;
}


static int on_result(const antq_result *r, const antq_unit *u, const antq_rollup *rollup, void *ud)
{
    (void)rollup;
    eval_run *e = ud;
    int v = antq_result_verdict(r);
    if (v == ANTQ_VERDICT_NOT_CERTIFIED || v == ANTQ_VERDICT_UNDETERMINED)
        e->uncertified = 1;
    char *text = NULL;
    int rc = ANTQ_OK;
    size_t len = 0;
    switch (e->format) {
    case ANTQ_FORMAT_JSON:
        if (e->n_written == 0)
            rc = write_header(e, antq_result_year(r)) ? ANTQ_ENOMEM : ANTQ_OK;
        else
            fputs(",\n", e->out);
        /* fall through */
    case ANTQ_FORMAT_NDJSON:
    case ANTQ_FORMAT_CSV_UNITS:
    case ANTQ_FORMAT_CSV_CRITERIA:
        if (!rc)
            rc = antq_result_write_detail(&text, &len, r, (antq_format)e->format, (antq_detail)e->detail,
                                          (antq_lang)e->lang, e->csv_flags, NULL);
        if (!rc)
            fwrite(text, 1, len, e->out);
        break;
    default: {
        summary *s = summary_for(e, antq_result_year(r));
        if (!s || summary_add(s, r, u) != CLI_OK)
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

/* Some eligible unit is not certified or undetermined (--fail-on-uncertified). */
static int xlsx_any_uncertified(const antq_evaluation *ev)
{
    for (size_t i = 0; i < antq_evaluation_count(ev); i++) {
        int v = antq_result_verdict(antq_evaluation_result(ev, i));
        if (v == ANTQ_VERDICT_NOT_CERTIFIED || v == ANTQ_VERDICT_UNDETERMINED)
            return 1;
    }
    return 0;
}

/* --format xlsx: the results workbook (a file: -o is required), with last
 * year's figures and, with --campaign, the plan's targets. */
static int evaluate_xlsx(const cli_args *a)
{
    if (!a->out || strcmp(a->out, "-") == 0)
        return cli_usage_error(a->cmd, _("--format xlsx ghi một sổ tính: hãy cho -o TỆP.xlsx"));
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
    if (!rc && plan != (size_t)-1 && antq_plan_evaluate(&sc, c, plan, ev, a->as_of, &err) != ANTQ_OK) {
        cli_print_error(a->campaign_file, &err);
        rc = CLI_BAD_INPUT;
    }
    cli_output o = {0};
    if (!rc)
        rc = cli_output_open(&o, a);
    if (!rc) {
        if (antq_evaluation_write_xlsx(o.tmp_path, ev, prev, sc, a->lang, &err) != ANTQ_OK) {
            fprintf(stderr, _("antq: không ghi được %s: %s\n"), a->out, err.message);
            rc = err.code == ANTQ_ENOMEM ? CLI_INTERNAL : CLI_IO;
        }
        if (!rc && a->fail_on_uncertified && xlsx_any_uncertified(ev))
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
    if (format_ids[which] == -2)
        return evaluate_xlsx(a);
    if (a->campaign_file || a->plan_id)
        return cli_usage_error(a->cmd, _("--campaign và --plan chỉ dùng với --format xlsx"));
    /* NDJSON in: NDJSON out unless --format says otherwise */
    int format = a->ndjson && !a->format ? ANTQ_FORMAT_NDJSON : format_ids[which];
    if (format < 0 && (a->seen & OPT_DETAIL))
        return cli_usage_error(a->cmd, _("--detail chỉ dùng với --format json, ndjson, csv và csv-criteria"));
    int detail = format < 0                 ? ANTQ_DETAIL_FULL
                 : a->seen & OPT_DETAIL     ? a->detail
                                            : (int)antq_detail_default((antq_format)format);
    antq_pipeline_config cfg;
    cli_pipeline_config(a, &cfg);
    /* the options in force when the command line gives them; else the input's own, recorded by its hash */
    cli_provenance cp;
    rc = cli_provenance_make(&cp, a, cfg.options, a->year, format < 0 ? -1 : format, format < 0 ? -1 : detail);
    if (rc)
        return rc;
    cli_output o;
    rc = cli_output_open(&o, a);
    if (rc)
        return rc;
    eval_run e = {o.f, format, a->lang, 0, 0, NULL, 0, CLI_OK, detail, &cp, a->csv_flags};
    int csv = format == ANTQ_FORMAT_CSV_UNITS || format == ANTQ_FORMAT_CSV_CRITERIA;
    if (csv || format == ANTQ_FORMAT_NDJSON)
        rc = write_header(&e, a->year);
    if (rc)
        return cli_output_finish(&o, rc);
    antq_pipeline *p = NULL;
    rc = cli_run(a, &cfg, on_result, &e, &p, NULL, NULL);
    if (!rc)
        rc = cli_check_years(a, p, 0);
    if (!rc)
        rc = e.status;
    if (!rc && format == ANTQ_FORMAT_JSON) {
        if (!e.n_written)
            rc = write_header(&e, antq_pipeline_year(p, 0, NULL));
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
    rc = cli_output_finish(&o, rc);
    /* the CSV's provenance, published once the CSV is */
    if ((rc == CLI_OK || rc == CLI_UNCERTIFIED) && csv) {
        int prc = cli_provenance_companion(&cp, a->out);
        if (prc)
            rc = prc;
    }
    return rc;
}
