/* An evaluation as a workbook for the steering-committee office: summary
 * (totals per kind, this year against last, the plan's targets), communes
 * with their pool shares, every unit, the failed and unknown criteria with
 * their clauses and what it would take, and the per-criterion table.
 * Headers frozen with filters, percentages and dates formatted, verdicts
 * coloured. Texts come from the same renderers as the other writers.
 * SPDX-License-Identifier: MIT */
#include "book.h"
#include "../eval/result.h"

#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

typedef struct rctx {
    lxw_workbook *wb;
    lxw_format *head, *pct, *date, *wrap, *verdict[5];
    int lang;
    antq__buf tmp;
} rctx;

#define T(r, vi, en) ((r)->lang == ANTQ_LANG_EN ? (en) : (vi))

static const char *verdict_text(const rctx *r, int v) { return antq_verdict_label(v, r->lang); }

static const char *outcome_text(const rctx *r, int o) { return antq_outcome_label(o, r->lang); }

static const char *kind_text(const rctx *r, int kind) { return antq_unit_kind_label(kind, r->lang); }

static lxw_worksheet *sheet(rctx *r, const char *vi, const char *en, const char *const *heads_vi,
                            const char *const *heads_en, lxw_col_t n, const double *widths)
{
    lxw_worksheet *ws = workbook_add_worksheet(r->wb, T(r, vi, en));
    if (!ws)
        return NULL;
    for (lxw_col_t k = 0; k < n; k++) {
        worksheet_write_string(ws, 0, k, T(r, heads_vi[k], heads_en[k]), r->head);
        worksheet_set_column(ws, k, k, widths[k], NULL);
    }
    worksheet_freeze_panes(ws, 1, 0);
    return ws;
}

static void str(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s, lxw_format *f)
{
    if (s)
        worksheet_write_string(ws, row, col, s, f);
}

static void num(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double v, lxw_format *f)
{
    worksheet_write_number(ws, row, col, v, f);
}

static void share(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, int64_t part, int64_t total, lxw_format *f)
{
    if (total > 0 && part >= 0)
        worksheet_write_number(ws, row, col, (double)part / (double)total, f);
}

static void summary(rctx *r, const antq_evaluation *ev, const antq_evaluation *prev, const antq_scorecard *plan)
{
    static const char *const hv[] = {"Loại đơn vị", "Số đơn vị", "Đạt", "Chưa đạt", "Chưa xác định", "Không thuộc diện",
                                     "Tỷ lệ đạt", "Đạt năm trước", "Tỷ lệ đạt năm trước"};
    static const char *const he[] = {"kind", "units", "certified", "not certified", "undetermined", "not eligible",
                                     "certified share", "certified last year", "certified share last year"};
    static const double w[] = {22, 11, 11, 11, 14, 16, 12, 14, 20};
    lxw_worksheet *ws = sheet(r, "Tổng hợp", "summary", hv, he, 9, w);
    if (!ws)
        return;
    int64_t n[ANTQ_KIND_COUNT + 1][5], p[ANTQ_KIND_COUNT + 1][5];
    memset(n, 0, sizeof n);
    memset(p, 0, sizeof p);
    for (int pass = 0; pass < 2; pass++) {
        const antq_evaluation *e = pass ? prev : ev;
        int64_t (*t)[5] = pass ? p : n;
        for (size_t i = 0; e && i < antq_evaluation_count(e); i++) {
            const antq_result *res = antq_evaluation_result(e, i);
            if (!res || res->kind < 1 || res->kind >= ANTQ_KIND_COUNT || res->verdict < 1 || res->verdict > 4)
                continue;
            t[res->kind][0]++;
            t[res->kind][res->verdict]++;
            t[ANTQ_KIND_COUNT][0]++;
            t[ANTQ_KIND_COUNT][res->verdict]++;
        }
    }
    lxw_row_t row = 1;
    for (int k = 1; k <= ANTQ_KIND_COUNT; k++, row++) {
        str(ws, row, 0, k == ANTQ_KIND_COUNT ? T(r, "Tổng cộng", "total") : kind_text(r, k), k == ANTQ_KIND_COUNT ? r->head : NULL);
        num(ws, row, 1, (double)n[k][0], NULL);
        num(ws, row, 2, (double)n[k][ANTQ_VERDICT_CERTIFIED], NULL);
        num(ws, row, 3, (double)n[k][ANTQ_VERDICT_NOT_CERTIFIED], NULL);
        num(ws, row, 4, (double)n[k][ANTQ_VERDICT_UNDETERMINED], NULL);
        num(ws, row, 5, (double)n[k][ANTQ_VERDICT_NOT_ELIGIBLE], NULL);
        share(ws, row, 6, n[k][ANTQ_VERDICT_CERTIFIED], n[k][0] - n[k][ANTQ_VERDICT_NOT_ELIGIBLE], r->pct);
        if (prev) {
            num(ws, row, 7, (double)p[k][ANTQ_VERDICT_CERTIFIED], NULL);
            share(ws, row, 8, p[k][ANTQ_VERDICT_CERTIFIED], p[k][0] - p[k][ANTQ_VERDICT_NOT_ELIGIBLE], r->pct);
        }
    }
    worksheet_autofilter(ws, 0, 0, row - 1, 8);
    str(ws, row + 1, 0, T(r, "Năm đánh giá", "evaluation year"), r->head);
    num(ws, row + 1, 1, antq_evaluation_year(ev), NULL);
    if (!plan)
        return;
    static const char *const pv[] = {"Chỉ tiêu", "Nội dung", "Kết quả", "Đạt được", "Trên tổng", "Tỷ lệ", "Còn thiếu"};
    static const char *const pe[] = {"target", "wording", "outcome", "value", "of", "share", "gap"};
    row += 3;
    for (lxw_col_t k = 0; k < 7; k++)
        str(ws, row, k, T(r, pv[k], pe[k]), r->head);
    str(ws, row - 1, 0, T(r, "Chỉ tiêu kế hoạch", "plan targets"), r->head);
    for (size_t i = 0; i < antq_scorecard_target_count(plan); i++) {
        const antq_target_result *t = antq_scorecard_target(plan, i);
        row++;
        str(ws, row, 0, t->target->id, NULL);
        str(ws, row, 1, t->target->text, r->wrap);
        str(ws, row, 2, outcome_text(r, t->outcome), r->verdict[t->outcome == ANTQ_OUTCOME_PASS ? 1 : t->outcome == ANTQ_OUTCOME_FAIL ? 2 : 4]);
        if (t->value_num >= 0)
            num(ws, row, 3, (double)t->value_num, NULL);
        if (t->value_den >= 0)
            num(ws, row, 4, (double)t->value_den, NULL);
        if (t->value_den > 1)
            share(ws, row, 5, t->value_num, t->value_den, r->pct);
        if (t->gap >= 0)
            num(ws, row, 6, (double)t->gap, NULL);
    }
}

static const antq_fact *find_fact(const antq_result *res, int kind)
{
    for (size_t i = 0; i < res->n_facts; i++)
        if (res->facts[i].kind == kind)
            return &res->facts[i];
    return NULL;
}

static void communes(rctx *r, const antq_evaluation *ev, const antq_dataset *ds)
{
    static const char *const hv[] = {"Mã xã", "Tên xã", "Kết quả", "Đơn vị đã đăng ký", "Trên tổng", "Tỷ lệ đăng ký",
                                     "Đơn vị đạt chuẩn", "Trên tổng", "Tỷ lệ đạt chuẩn"};
    static const char *const he[] = {"commune", "name", "verdict", "members registered", "of", "registered share",
                                     "members certified", "of", "certified share"};
    static const double w[] = {16, 28, 16, 16, 10, 14, 16, 10, 14};
    lxw_worksheet *ws = sheet(r, "Xã", "communes", hv, he, 9, w);
    if (!ws)
        return;
    lxw_row_t row = 0;
    for (size_t i = 0; i < antq_evaluation_count(ev); i++) {
        const antq_result *res = antq_evaluation_result(ev, i);
        if (!res || res->kind != ANTQ_KIND_COMMUNE)
            continue;
        row++;
        const antq_unit *u = antq_dataset_unit(ds, i);
        str(ws, row, 0, res->unit_id, NULL);
        str(ws, row, 1, u ? u->name : NULL, NULL);
        str(ws, row, 2, verdict_text(r, res->verdict), r->verdict[res->verdict]);
        const antq_fact *fr = find_fact(res, ANTQ_FACT_MEMBERS_REGISTERED), *fc = find_fact(res, ANTQ_FACT_MEMBERS_CERTIFIED);
        for (int k = 0; k < 2; k++) {
            const antq_fact *f = k ? fc : fr;
            if (!f)
                continue;
            if (f->value >= 0)
                num(ws, row, (lxw_col_t)(3 + 3 * k), (double)f->value, NULL);
            if (f->total >= 0)
                num(ws, row, (lxw_col_t)(4 + 3 * k), (double)f->total, NULL);
            share(ws, row, (lxw_col_t)(5 + 3 * k), f->value, f->total, r->pct);
        }
    }
    worksheet_autofilter(ws, 0, 0, row, 8);
}

static void criteria_list(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const antq_result *res, int outcome)
{
    char list[2000];
    size_t used = 0;
    list[0] = '\0';
    for (size_t i = 0; i < res->n_checks && used < sizeof list; i++)
        if (res->checks[i].outcome == outcome)
            used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", used ? "; " : "", res->checks[i].criterion->id);
    if (used)
        worksheet_write_string(ws, row, col, list, NULL);
}

static void units(rctx *r, const antq_evaluation *ev, const antq_dataset *ds)
{
    static const char *const hv[] = {"Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã xã", "Năm", "Kết quả",
                                     "Tiêu chí chưa đạt", "Tiêu chí thiếu số liệu", "Bộ tiêu chí", "Từ ngày", "Đến ngày"};
    static const char *const he[] = {"unit", "name", "kind", "parent", "year", "verdict", "failed criteria",
                                     "unknown criteria", "rule set", "period start", "period end"};
    static const double w[] = {16, 30, 16, 14, 8, 16, 30, 30, 14, 12, 12};
    lxw_worksheet *ws = sheet(r, "Đơn vị", "units", hv, he, 11, w);
    if (!ws)
        return;
    size_t n = antq_evaluation_count(ev);
    for (size_t i = 0; i < n; i++) {
        const antq_result *res = antq_evaluation_result(ev, i);
        const antq_unit *u = antq_dataset_unit(ds, i);
        lxw_row_t row = (lxw_row_t)i + 1;
        if (!res)
            continue;
        str(ws, row, 0, res->unit_id, NULL);
        str(ws, row, 1, u ? u->name : NULL, NULL);
        str(ws, row, 2, kind_text(r, res->kind), NULL);
        str(ws, row, 3, u ? u->parent_id : NULL, NULL);
        num(ws, row, 4, res->year, NULL);
        str(ws, row, 5, verdict_text(r, res->verdict), r->verdict[res->verdict]);
        criteria_list(ws, row, 6, res, ANTQ_OUTCOME_FAIL);
        criteria_list(ws, row, 7, res, ANTQ_OUTCOME_UNKNOWN);
        str(ws, row, 8, res->ruleset->id, NULL);
        if (antq_date_valid(res->start))
            num(ws, row, 9, antq__date_to_serial(res->start), r->date);
        if (antq_date_valid(res->end))
            num(ws, row, 10, antq__date_to_serial(res->end), r->date);
    }
    worksheet_autofilter(ws, 0, 0, (lxw_row_t)n, 10);
}

static const char *fact_words(rctx *r, void (*fn)(antq__buf *, const antq_fact *, int), const antq_check *c, int only_open)
{
    antq__buf *b = &r->tmp;
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
    for (size_t k = 0; k < c->n_facts; k++) {
        const antq_fact *f = &c->facts[k];
        if (only_open && f->outcome != ANTQ_OUTCOME_FAIL && f->outcome != ANTQ_OUTCOME_UNKNOWN)
            continue;
        if (b->len)
            antq__buf_puts(b, "\n");
        fn(b, f, r->lang);
    }
    return b->data ? b->data : "";
}

static void open_criteria(rctx *r, const antq_evaluation *ev, const antq_dataset *ds)
{
    static const char *const hv[] = {"Mã đơn vị", "Tên đơn vị", "Kết quả", "Tiêu chí", "Đánh giá", "Căn cứ", "Nội dung",
                                     "Số liệu", "Cần làm để đạt", "Còn thiếu"};
    static const char *const he[] = {"unit", "name", "verdict", "criterion", "outcome", "clause", "criterion text",
                                     "facts", "what it would take", "gap"};
    static const double w[] = {16, 26, 14, 16, 14, 26, 50, 50, 50, 10};
    lxw_worksheet *ws = sheet(r, "Chưa đạt", "failed and unknown", hv, he, 10, w);
    if (!ws)
        return;
    lxw_row_t row = 0;
    for (size_t i = 0; i < antq_evaluation_count(ev); i++) {
        const antq_result *res = antq_evaluation_result(ev, i);
        const antq_unit *u = antq_dataset_unit(ds, i);
        if (!res || res->verdict == ANTQ_VERDICT_NOT_ELIGIBLE)
            continue;
        for (size_t k = 0; k < res->n_checks; k++) {
            const antq_check *c = &res->checks[k];
            if (c->outcome != ANTQ_OUTCOME_FAIL && c->outcome != ANTQ_OUTCOME_UNKNOWN)
                continue;
            char cite[200];
            antq_citation_format(cite, sizeof cite, &c->criterion->citation, r->lang);
            row++;
            str(ws, row, 0, res->unit_id, NULL);
            str(ws, row, 1, u ? u->name : NULL, NULL);
            str(ws, row, 2, verdict_text(r, res->verdict), r->verdict[res->verdict]);
            str(ws, row, 3, c->criterion->id, NULL);
            str(ws, row, 4, outcome_text(r, c->outcome), r->verdict[c->outcome == ANTQ_OUTCOME_FAIL ? 2 : 4]);
            str(ws, row, 5, cite, NULL);
            str(ws, row, 6, r->lang == ANTQ_LANG_EN ? c->criterion->text_en : c->criterion->text_vi, r->wrap);
            str(ws, row, 7, fact_words(r, antq__fact_text, c, 0), r->wrap);
            str(ws, row, 8, fact_words(r, antq__fact_need, c, 1), r->wrap);
            int64_t gap = -1;
            for (size_t f = 0; f < c->n_facts; f++)
                if (c->facts[f].outcome == ANTQ_OUTCOME_FAIL && c->facts[f].gap > gap)
                    gap = c->facts[f].gap;
            if (gap > 0)
                num(ws, row, 9, (double)gap, NULL);
        }
    }
    worksheet_autofilter(ws, 0, 0, row, 9);
}

static void per_criterion(rctx *r, const antq_evaluation *ev)
{
    static const char *const hv[] = {"Tiêu chí", "Căn cứ", "Nội dung", "Đạt", "Không đạt", "Thiếu số liệu",
                                     "Không áp dụng", "Tỷ lệ đạt"};
    static const char *const he[] = {"criterion", "clause", "criterion text", "pass", "fail", "unknown",
                                     "not applicable", "pass share"};
    static const double w[] = {16, 26, 60, 10, 10, 14, 14, 12};
    lxw_worksheet *ws = sheet(r, "Theo tiêu chí", "per criterion", hv, he, 8, w);
    if (!ws)
        return;
    size_t nc = antq_catalogue_count();
    lxw_row_t row = 0;
    for (size_t ci = 0; ci < nc; ci++) {
        const antq_criterion *cr = antq_catalogue_get(ci);
        int64_t count[5] = {0, 0, 0, 0, 0};
        for (size_t i = 0; i < antq_evaluation_count(ev); i++) {
            const antq_result *res = antq_evaluation_result(ev, i);
            for (size_t k = 0; res && k < res->n_checks; k++)
                if (res->checks[k].criterion == cr && res->checks[k].outcome >= 1 && res->checks[k].outcome <= 4)
                    count[res->checks[k].outcome]++;
        }
        if (!count[1] && !count[2] && !count[3] && !count[4])
            continue;
        char cite[200];
        antq_citation_format(cite, sizeof cite, &cr->citation, r->lang);
        row++;
        str(ws, row, 0, cr->id, NULL);
        str(ws, row, 1, cite, NULL);
        str(ws, row, 2, r->lang == ANTQ_LANG_EN ? cr->text_en : cr->text_vi, r->wrap);
        num(ws, row, 3, (double)count[ANTQ_OUTCOME_PASS], NULL);
        num(ws, row, 4, (double)count[ANTQ_OUTCOME_FAIL], NULL);
        num(ws, row, 5, (double)count[ANTQ_OUTCOME_UNKNOWN], NULL);
        num(ws, row, 6, (double)count[ANTQ_OUTCOME_NOT_APPLICABLE], NULL);
        share(ws, row, 7, count[ANTQ_OUTCOME_PASS], count[1] + count[2] + count[4], r->pct);
    }
    worksheet_autofilter(ws, 0, 0, row, 7);
}

/* The workbook written to `file` (errors name `path`, the target). */
static int write_results(const char *path, const char *file, const antq_evaluation *ev, const antq_evaluation *prev,
                         const antq_scorecard *plan, int lang, antq_error *err)
{
    const antq_dataset *ds = antq_evaluation_dataset(ev); /* the evaluation references its dataset */
    /* every result built once here (antq_evaluation_result_get()), so that the sheets below read them all */
    for (int pass = 0; pass < 2; pass++) {
        const antq_evaluation *e = pass ? prev : ev;
        for (size_t i = 0; e && i < antq_evaluation_count(e); i++) {
            const antq_result *res;
            int rc = antq_evaluation_result_get(&res, e, i, err);
            if (rc != ANTQ_OK)
                return rc;
        }
    }
    rctx r;
    memset(&r, 0, sizeof r);
    r.lang = lang;
    antq__buf_init(&r.tmp);
    r.wb = workbook_new(file);
    if (!r.wb)
        return antq__error_set(err, ANTQ_EIO, path, "cannot create the workbook");
    r.head = workbook_add_format(r.wb);
    format_set_bold(r.head);
    format_set_bg_color(r.head, 0xDDEBF7);
    format_set_text_wrap(r.head);
    r.pct = workbook_add_format(r.wb);
    format_set_num_format(r.pct, "0.0%");
    r.date = workbook_add_format(r.wb);
    format_set_num_format(r.date, "dd/mm/yyyy");
    r.wrap = workbook_add_format(r.wb);
    format_set_text_wrap(r.wrap);
    static const lxw_color_t colours[5] = {0, 0xC6EFCE, 0xFFC7CE, 0xD9D9D9, 0xFFEB9C};
    for (int v = 0; v < 5; v++) {
        r.verdict[v] = workbook_add_format(r.wb);
        if (v)
            format_set_bg_color(r.verdict[v], colours[v]);
    }
    summary(&r, ev, prev, plan);
    communes(&r, ev, ds);
    units(&r, ev, ds);
    open_criteria(&r, ev, ds);
    per_criterion(&r, ev);
    int failed = r.tmp.failed;
    antq__buf_free(&r.tmp);
    lxw_error e = workbook_close(r.wb);
    if (failed)
        return antq__error_set(err, ANTQ_ENOMEM, path, "out of memory");
    if (e)
        return antq__error_set(err, e == LXW_ERROR_MEMORY_MALLOC_FAILED ? ANTQ_ENOMEM : ANTQ_EIO, path,
                               "cannot write the workbook: %s", lxw_strerror(e));
    return ANTQ_OK;
}

int antq_evaluation_write_xlsx(const char *path, const antq_evaluation *ev, const antq_evaluation *prev,
                               const antq_scorecard *plan, int lang, antq_error *err)
{
    if (!path || !ev || (lang != ANTQ_LANG_VI && lang != ANTQ_LANG_EN))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a path, an evaluation and a language");
    if (!antq_evaluation_dataset(ev))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an evaluation with its units, found a pipeline's kept "
                               "results without antq_pipeline_keep_units()");
    /* written beside the target, renamed over it once complete (lib/io/publish.c) */
    antq__publish pub;
    antq__publish_init(&pub);
    const char *file;
    int rc = antq__publish_reserve(&pub, path, &file, err);
    if (rc == ANTQ_OK)
        rc = write_results(path, file, ev, prev, plan, lang, err);
    if (rc == ANTQ_OK)
        return antq__publish_commit(&pub, err);
    antq__publish_abort(&pub);
    return rc;
}
