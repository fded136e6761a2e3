/* Workbooks of dataset sheets written with libxlsxwriter: a bold frozen
 * header row with filters on every sheet, dates as date cells (dd/mm/yyyy),
 * drop-down lists for every enumerated and yes/no column (their values on a
 * hidden sheet "Danh mục" / "lists"), and for templates a sheet explaining
 * every column ("Hướng dẫn" / "guide"). The readers skip those two sheets.
 * SPDX-License-Identifier: MIT */
#include "book.h"

#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

typedef struct wctx {
    lxw_workbook *wb;
    lxw_format *head, *date, *wrap;
    lxw_worksheet *lists;
    const char *lists_name;
    int lang;
    unsigned kinds;
    uint16_t n_lists;
    const char *const *list_key[64]; /* names table of each list (NULL: yes/no) */
    uint16_t list_len[64];
    antq_error *err;
    int rc;
} wctx;

static int lxw_fail(wctx *w, lxw_error e, const char *what)
{
    if (!w->rc)
        w->rc = antq__error_set(w->err, e == LXW_ERROR_MEMORY_MALLOC_FAILED ? ANTQ_ENOMEM : ANTQ_EIO, "",
                                "cannot write the workbook (%s): %s", what, lxw_strerror(e));
    return w->rc;
}

static void col_letters(char *out, size_t size, uint32_t col)
{
    char ref[16];
    antq__cell_ref(ref, sizeof ref, col, 1);
    ref[strlen(ref) - 1] = '\0';
    snprintf(out, size, "%s", ref);
}

/* The list column on the lists sheet holding the values of column c (created on first use). */
static int list_of(wctx *w, const antq__column *c)
{
    const char *const *key = c->field && c->field->type != ANTQ__FT_TRI ? c->field->names : NULL;
    for (uint16_t i = 0; i < w->n_lists; i++)
        if (w->list_key[i] == key)
            return i;
    if (w->n_lists == 64)
        return -1;
    uint16_t i = w->n_lists++;
    w->list_key[i] = key;
    worksheet_write_string(w->lists, 0, i, antq__column_header(c, w->lang), w->head);
    uint16_t n = 0;
    if (!key) {
        worksheet_write_string(w->lists, ++n, i, antq__yes_no(1, w->lang), NULL);
        worksheet_write_string(w->lists, ++n, i, antq__yes_no(0, w->lang), NULL);
    } else {
        int is_kind = c->field->names == antq__kind_names;
        for (int v = 0; v < c->field->n_names; v++) {
            const char *text = antq__enum_text(c, v, w->lang);
            if (!text || (is_kind && w->kinds && !(w->kinds & ANTQ_KIND_BIT(v))))
                continue;
            worksheet_write_string(w->lists, ++n, i, text, NULL);
        }
    }
    w->list_len[i] = n;
    worksheet_set_column(w->lists, i, i, 30, NULL);
    return i;
}

static void add_validation(wctx *w, lxw_worksheet *ws, uint16_t col, const antq__column *c)
{
    int l = list_of(w, c);
    if (l < 0)
        return;
    char letters[8], formula[128];
    col_letters(letters, sizeof letters, (uint32_t)l + 1);
    snprintf(formula, sizeof formula, "='%s'!$%s$2:$%s$%u", w->lists_name, letters, letters, (unsigned)w->list_len[l] + 1);
    lxw_data_validation dv;
    memset(&dv, 0, sizeof dv);
    dv.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    dv.value_formula = formula;
    dv.ignore_blank = LXW_VALIDATION_ON;
    if (ANTQ__COL_IS_LIST(c)) /* several values separated by ';': the list helps, other text is accepted */
        dv.error_type = LXW_VALIDATION_ERROR_TYPE_INFORMATION;
    lxw_error e = worksheet_data_validation_range(ws, 1, col, LXW_ROW_MAX - 1, col, &dv);
    if (e)
        lxw_fail(w, e, "a drop-down list");
}

static int write_sheet(wctx *w, lxw_worksheet *ws, const antq__sheet *s)
{
    if (!ws || !w->lists)
        return lxw_fail(w, LXW_ERROR_MEMORY_MALLOC_FAILED, s->name);
    uint32_t last_col = (uint32_t)s->n_cols;
    for (size_t r = 0; r < s->n && !w->rc; r++) {
        const antq__srow *row = &s->rows[r];
        for (size_t i = 0; i < row->n; i++) {
            const antq__cell *c = &row->cells[i];
            lxw_row_t rr = row->num - 1;
            lxw_col_t cc = (lxw_col_t)(c->col - 1);
            lxw_error e = LXW_NO_ERROR;
            if (c->col > last_col)
                last_col = c->col;
            switch (c->type) {
            case ANTQ__CELL_TEXT: e = worksheet_write_string(ws, rr, cc, c->text, r == 0 ? w->head : NULL); break;
            case ANTQ__CELL_NUMBER: e = worksheet_write_number(ws, rr, cc, c->num, NULL); break;
            case ANTQ__CELL_BOOL: e = worksheet_write_boolean(ws, rr, cc, c->num != 0, NULL); break;
            case ANTQ__CELL_DATE: e = worksheet_write_number(ws, rr, cc, antq__date_to_serial((int32_t)c->num), w->date); break;
            default: break;
            }
            if (e) {
                char ref[16];
                antq__cell_ref(ref, sizeof ref, c->col, row->num);
                if (!w->rc)
                    w->rc = antq__cell_error(w->err, e == LXW_ERROR_MEMORY_MALLOC_FAILED ? ANTQ_ENOMEM : ANTQ_ERANGE,
                                             s->name, c->col, row->num, "cannot write the cell: %s", lxw_strerror(e));
                return w->rc;
            }
        }
    }
    worksheet_freeze_panes(ws, 1, 0);
    if (last_col)
        worksheet_autofilter(ws, 0, 0, s->n > 1 ? (lxw_row_t)(s->rows[s->n - 1].num - 1) : 0, (lxw_col_t)(last_col - 1));
    for (size_t k = 0; k < s->n_cols && !w->rc; k++) {
        const antq__column *c = &s->cols[k];
        int is_date = c->field && c->field->type == ANTQ__FT_DATE;
        worksheet_set_column(ws, (lxw_col_t)k, (lxw_col_t)k, c->field && c->field->type == ANTQ__FT_STRING ? 24 : 18,
                             is_date ? w->date : NULL);
        int listed = (c->field && (c->field->type == ANTQ__FT_TRI || c->field->type == ANTQ__FT_ENUM ||
                                   c->field->type == ANTQ__FT_ENUM_M1)) ||
                     c->role == ANTQ__COL_TOPIC;
        if (listed)
            add_validation(w, ws, (uint16_t)k, c);
    }
    return w->rc;
}

static const char *value_text(const antq__column *c, int lang, char *buf, size_t size)
{
    if (c->role == ANTQ__COL_TOPIC || (c->field && c->field->type == ANTQ__FT_TRI)) {
        snprintf(buf, size, "%s / %s", antq__yes_no(1, lang), antq__yes_no(0, lang));
        return buf;
    }
    if (c->role == ANTQ__COL_MMDD)
        return lang == ANTQ_LANG_EN ? "month and day MM-DD (e.g. 11-15)" : "tháng và ngày MM-DD (ví dụ 11-15)";
    if (c->role == ANTQ__COL_CITATION_NUMBER)
        return lang == ANTQ_LANG_EN ? "whole number 0-999" : "số nguyên 0-999";
    if (!c->field)
        return c->role == ANTQ__COL_YEAR ? (lang == ANTQ_LANG_EN ? "year (1901-2998)" : "năm (1901-2998)")
                                         : (lang == ANTQ_LANG_EN ? "text" : "chữ");
    switch (c->field->type) {
    case ANTQ__FT_COUNT: return lang == ANTQ_LANG_EN ? "whole number >= 0" : "số nguyên >= 0";
    case ANTQ__FT_DATE: return lang == ANTQ_LANG_EN ? "date (dd/mm/yyyy)" : "ngày (dd/mm/yyyy)";
    case ANTQ__FT_YEAR: return lang == ANTQ_LANG_EN ? "year (1901-2998)" : "năm (1901-2998)";
    case ANTQ__FT_ENUM:
    case ANTQ__FT_ENUM_M1: {
        size_t used = 0;
        buf[0] = '\0';
        for (int v = 0; v < c->field->n_names && used < size; v++) {
            const char *t = antq__enum_text(c, v, lang);
            if (t)
                used += (size_t)snprintf(buf + used, size - used, "%s%s", used ? "; " : "", t);
        }
        if (ANTQ__COL_IS_LIST(c) && used < size)
            snprintf(buf + used, size - used, "%s", lang == ANTQ_LANG_EN ? " (several: separated by ';')"
                                                                         : " (nhiều giá trị: cách nhau bởi ';')");
        return buf;
    }
    default: return lang == ANTQ_LANG_EN ? "text" : "chữ";
    }
}

static int write_guide(wctx *w, lxw_worksheet *ws, const antq__book *b)
{
    static const char *const vi[] = {"Trang", "Cột", "Tên tiếng Anh", "Ý nghĩa", "Giá trị", "Bắt buộc"};
    static const char *const en[] = {"Sheet", "Column", "English name", "Meaning", "Values", "Required"};
    for (lxw_col_t k = 0; k < 6; k++)
        worksheet_write_string(ws, 0, k, w->lang == ANTQ_LANG_EN ? en[k] : vi[k], w->head);
    lxw_row_t r = 1;
    for (size_t i = 0; i < b->n; i++) {
        const antq__sheet *s = &b->sheets[i];
        for (size_t k = 0; k < s->n_cols; k++, r++) {
            const antq__column *c = &s->cols[k];
            char values[1500];
            worksheet_write_string(ws, r, 0, s->name, NULL);
            worksheet_write_string(ws, r, 1, antq__column_header(c, ANTQ_LANG_VI), NULL);
            worksheet_write_string(ws, r, 2, c->key, NULL);
            worksheet_write_string(ws, r, 3, c->help ? c->help : "", w->wrap);
            worksheet_write_string(ws, r, 4, value_text(c, w->lang, values, sizeof values), w->wrap);
            worksheet_write_string(ws, r, 5, c->required ? antq__yes_no(1, w->lang) : "", NULL);
        }
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, r - 1, 5);
    worksheet_set_column(ws, 0, 2, 24, NULL);
    worksheet_set_column(ws, 3, 4, 60, NULL);
    return ANTQ_OK;
}

int antq__xlsx_write_book(const antq__book *b, const char *path, const char *file, int lang, int guide, unsigned kinds,
                          antq_error *err)
{
    wctx w;
    memset(&w, 0, sizeof w);
    w.lang = lang;
    w.kinds = kinds;
    w.err = err;
    w.wb = workbook_new(file);
    if (!w.wb)
        return antq__error_set(err, ANTQ_EIO, path, "cannot create the workbook");
    w.head = workbook_add_format(w.wb);
    w.date = workbook_add_format(w.wb);
    w.wrap = workbook_add_format(w.wb);
    format_set_bold(w.head);
    format_set_bg_color(w.head, 0xDDEBF7);
    format_set_num_format(w.date, "dd/mm/yyyy");
    format_set_text_wrap(w.wrap);
    w.lists_name = lang == ANTQ_LANG_EN ? antq__sheet_lists.key : antq__sheet_lists.vi;
    /* every sheet is created first (the order they appear in), then filled:
     * the lists sheet gets its values while the data sheets are written */
    lxw_worksheet *guide_ws = NULL, *sheets[ANTQ__SH_COUNT + 1];
    if (guide)
        guide_ws = workbook_add_worksheet(w.wb, lang == ANTQ_LANG_EN ? antq__sheet_guide.key : antq__sheet_guide.vi);
    for (size_t i = 0; i < b->n && i < ANTQ__SH_COUNT; i++)
        sheets[i] = workbook_add_worksheet(w.wb, b->sheets[i].name);
    w.lists = workbook_add_worksheet(w.wb, w.lists_name);
    if (w.lists)
        worksheet_hide(w.lists);
    for (size_t i = 0; i < b->n && i < ANTQ__SH_COUNT && !w.rc; i++)
        write_sheet(&w, sheets[i], &b->sheets[i]);
    if (guide_ws && !w.rc) {
        write_guide(&w, guide_ws, b);
        worksheet_activate(sheets[0]);
    }
    lxw_error e = workbook_close(w.wb);
    if (e && !w.rc)
        w.rc = antq__error_set(err, e == LXW_ERROR_MEMORY_MALLOC_FAILED ? ANTQ_ENOMEM : ANTQ_EIO, path,
                               "cannot write the workbook: %s", lxw_strerror(e));
    return w.rc;
}
