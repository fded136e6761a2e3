/* .xlsx workbooks read with libzip (the archive) and expat (the XML parts):
 * xl/workbook.xml (sheet names, the 1904 date system), its relationships
 * (which part is which sheet), xl/sharedStrings.xml and each worksheet.
 * Cells: shared strings, inline strings, formula strings, numbers, booleans,
 * errors (as their text). A document type declaration is refused (no entity
 * expansion), and every part is limited in size.
 * SPDX-License-Identifier: MIT */
#include "book.h"

#include <expat.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#define MAX_PART ((zip_uint64_t)512 << 20)

typedef struct part {
    const char *name;
    char *data;
    size_t len;
} part;

static int read_part(zip_t *za, const char *name, part *p, int optional, antq_error *err)
{
    p->name = name;
    p->data = NULL;
    p->len = 0;
    zip_stat_t st;
    zip_int64_t idx = zip_name_locate(za, name, ZIP_FL_NOCASE);
    if (idx < 0 || zip_stat_index(za, (zip_uint64_t)idx, 0, &st) != 0 || !(st.valid & ZIP_STAT_SIZE))
        return optional ? ANTQ_OK
                        : antq__error_set(err, ANTQ_EPARSE, name, "not an .xlsx workbook: the part %s is missing", name);
    if (st.size > MAX_PART)
        return antq__error_set(err, ANTQ_ERANGE, name, "the part %s is larger than %llu MiB", name,
                               (unsigned long long)(MAX_PART >> 20));
    zip_file_t *f = zip_fopen_index(za, (zip_uint64_t)idx, 0);
    if (!f)
        return antq__error_set(err, ANTQ_EPARSE, name, "cannot open the part %s: %s", name, zip_strerror(za));
    p->data = antq__malloc((size_t)st.size + 1);
    if (!p->data) {
        zip_fclose(f);
        return antq__error_set(err, ANTQ_ENOMEM, name, "out of memory");
    }
    zip_int64_t got = zip_fread(f, p->data, st.size);
    zip_fclose(f);
    if (got < 0 || (zip_uint64_t)got != st.size) {
        antq__free(p->data);
        p->data = NULL;
        return antq__error_set(err, ANTQ_EPARSE, name, "the part %s is damaged (cannot be decompressed)", name);
    }
    p->len = (size_t)st.size;
    p->data[p->len] = '\0';
    return ANTQ_OK;
}

/* ---- the XML parts */

typedef struct rel {
    char *id, *target;
} rel;

typedef struct wb_sheet {
    char *name, *rid;
} wb_sheet;

typedef struct state {
    antq__book *b;
    antq_error *err;
    int rc;
    XML_Parser xp;
    const char *part;
    /* text being collected */
    antq__buf text;
    int collect;
    int in_phonetic;
    /* workbook */
    wb_sheet *sheets;
    size_t n_sheets;
    rel *rels;
    size_t n_rels;
    /* shared strings */
    const char **strings;
    size_t n_strings, cap_strings;
    /* worksheet */
    antq__sheet *sheet;
    antq__srow *row;
    uint32_t row_num, col_num;
    uint32_t cell_col;
    char cell_type[16];
    int have_value;
} state;

static const char *local(const char *name)
{
    const char *c = strrchr(name, ':');
    return c ? c + 1 : name;
}

static const char *attr(const char **atts, const char *name)
{
    for (size_t i = 0; atts[i]; i += 2)
        if (strcmp(local(atts[i]), name) == 0)
            return atts[i + 1];
    return NULL;
}

static void fail(state *s, int code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void fail(state *s, int code, const char *fmt, ...)
{
    if (s->rc)
        return;
    char msg[ANTQ_ERROR_MESSAGE_SIZE];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    s->rc = antq__error_set(s->err, code, s->part, "%s", msg);
    XML_StopParser(s->xp, XML_FALSE);
}

static char *dup(state *s, const char *text)
{
    char *d = antq__arena_strndup(&s->b->arena, text ? text : "", text ? strlen(text) : 0);
    if (!d)
        fail(s, ANTQ_ENOMEM, "out of memory%s", "");
    return d;
}

static void XMLCALL on_text(void *ud, const XML_Char *t, int len)
{
    state *s = ud;
    if (!s->collect || s->in_phonetic)
        return;
    antq__buf_append(&s->text, t, (size_t)len);
}

static void start_text(state *s)
{
    s->collect = 1;
}

static const char *take_text(state *s)
{
    s->collect = 0;
    if (s->text.failed) {
        fail(s, ANTQ_ENOMEM, "out of memory%s", "");
        return NULL;
    }
    const char *t = dup(s, s->text.data ? s->text.data : "");
    s->text.len = 0;
    if (s->text.data)
        s->text.data[0] = '\0';
    return t;
}

static void XMLCALL no_doctype(void *ud, const XML_Char *name, const XML_Char *sysid, const XML_Char *pubid,
                               int has_internal)
{
    (void)name, (void)sysid, (void)pubid, (void)has_internal;
    fail(ud, ANTQ_EPARSE, "%s", "a document type declaration is not allowed in a workbook part");
}

static int parse(state *s, const part *p, XML_StartElementHandler start, XML_EndElementHandler end)
{
    if (!p->data)
        return ANTQ_OK;
    XML_Parser xp = XML_ParserCreate("UTF-8");
    if (!xp)
        return antq__error_set(s->err, ANTQ_ENOMEM, p->name, "out of memory");
    s->xp = xp;
    s->part = p->name;
    XML_SetUserData(xp, s);
    XML_SetElementHandler(xp, start, end);
    XML_SetCharacterDataHandler(xp, on_text);
    XML_SetStartDoctypeDeclHandler(xp, no_doctype);
    if (XML_Parse(xp, p->data, (int)p->len, XML_TRUE) == XML_STATUS_ERROR && !s->rc) {
        s->rc = antq__error_set(s->err, ANTQ_EPARSE, p->name, "malformed XML in %s at line %lu: %s", p->name,
                                (unsigned long)XML_GetCurrentLineNumber(xp), XML_ErrorString(XML_GetErrorCode(xp)));
    }
    XML_ParserFree(xp);
    s->xp = NULL;
    return s->rc;
}

static void *grow(state *s, void *arr, size_t n, size_t size)
{
    if (n && (n < 8 || (n & (n - 1)))) /* capacity: 8, then doubled when full */
        return arr;
    void *d = antq__realloc(arr, (n ? n * 2 : 8) * size);
    if (!d)
        fail(s, ANTQ_ENOMEM, "out of memory%s", "");
    return d;
}

static void XMLCALL wb_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    state *s = ud;
    const char *n = local(name);
    if (strcmp(n, "workbookPr") == 0) {
        const char *v = attr(atts, "date1904");
        s->b->date1904 = v && (strcmp(v, "1") == 0 || strcmp(v, "true") == 0);
    } else if (strcmp(n, "sheet") == 0) {
        wb_sheet *w = grow(s, s->sheets, s->n_sheets, sizeof *w);
        if (!w)
            return;
        s->sheets = w;
        w[s->n_sheets].name = dup(s, attr(atts, "name"));
        w[s->n_sheets].rid = dup(s, attr(atts, "id"));
        s->n_sheets++;
    }
}

static void XMLCALL rel_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    state *s = ud;
    if (strcmp(local(name), "Relationship") != 0)
        return;
    rel *r = grow(s, s->rels, s->n_rels, sizeof *r);
    if (!r)
        return;
    s->rels = r;
    r[s->n_rels].id = dup(s, attr(atts, "Id"));
    r[s->n_rels].target = dup(s, attr(atts, "Target"));
    s->n_rels++;
}

static void XMLCALL nothing_end(void *ud, const XML_Char *name)
{
    (void)ud, (void)name;
}

static void XMLCALL sst_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    state *s = ud;
    (void)atts;
    const char *n = local(name);
    if (strcmp(n, "si") == 0)
        start_text(s);
    else if (strcmp(n, "rPh") == 0)
        s->in_phonetic = 1;
}

static void XMLCALL sst_end(void *ud, const XML_Char *name)
{
    state *s = ud;
    const char *n = local(name);
    if (strcmp(n, "rPh") == 0) {
        s->in_phonetic = 0;
    } else if (strcmp(n, "si") == 0) {
        const char **a = grow(s, s->strings, s->n_strings, sizeof *a);
        if (!a)
            return;
        s->strings = a;
        a[s->n_strings++] = take_text(s);
    }
}

/* "C17" → column 3, row 17; 0 when malformed. */
static int parse_ref(const char *ref, uint32_t *col, uint32_t *row)
{
    uint32_t c = 0, r = 0;
    const char *p = ref;
    for (; *p >= 'A' && *p <= 'Z'; p++)
        if ((c = c * 26 + (uint32_t)(*p - 'A' + 1)) > ANTQ__SHEET_MAX_COLS)
            return 0;
    for (; *p >= '0' && *p <= '9'; p++)
        if ((r = r * 10 + (uint32_t)(*p - '0')) > ANTQ__SHEET_MAX_ROWS)
            return 0;
    if (*p || !c || !r)
        return 0;
    *col = c;
    *row = r;
    return 1;
}

static void XMLCALL ws_start(void *ud, const XML_Char *name, const XML_Char **atts)
{
    state *s = ud;
    const char *n = local(name);
    if (strcmp(n, "row") == 0) {
        const char *r = attr(atts, "r");
        uint32_t num = s->row_num + 1;
        if (r) {
            char *end;
            unsigned long v = strtoul(r, &end, 10);
            num = *end || v == 0 || v > ANTQ__SHEET_MAX_ROWS ? 0 : (uint32_t)v;
        }
        if (num <= s->row_num) {
            fail(s, ANTQ_EPARSE, "rows out of order or a bad row number in %s", s->part);
            return;
        }
        s->row_num = num;
        s->col_num = 0;
        s->row = antq__sheet_add_row(s->sheet, num);
        if (!s->row)
            fail(s, ANTQ_ENOMEM, "out of memory%s", "");
    } else if (strcmp(n, "c") == 0 && s->row) {
        const char *r = attr(atts, "r"), *t = attr(atts, "t");
        uint32_t col = s->col_num + 1, row = s->row_num;
        if (r && (!parse_ref(r, &col, &row) || row != s->row_num)) {
            fail(s, ANTQ_EPARSE, "a bad cell reference in %s", s->part);
            return;
        }
        if (col <= s->col_num || col > ANTQ__SHEET_MAX_COLS) {
            fail(s, ANTQ_EPARSE, "cells out of order in %s", s->part);
            return;
        }
        s->col_num = s->cell_col = col;
        snprintf(s->cell_type, sizeof s->cell_type, "%s", t ? t : "n");
        s->have_value = 0;
    } else if ((strcmp(n, "v") == 0 || strcmp(n, "is") == 0) && s->row) {
        s->have_value = 1;
        start_text(s);
    } else if (strcmp(n, "rPh") == 0) {
        s->in_phonetic = 1;
    }
}

static void XMLCALL ws_end(void *ud, const XML_Char *name)
{
    state *s = ud;
    const char *n = local(name);
    if (strcmp(n, "rPh") == 0) {
        s->in_phonetic = 0;
        return;
    }
    if (strcmp(n, "c") != 0 || !s->row || !s->have_value)
        return;
    const char *text = take_text(s);
    if (!text)
        return;
    const char *t = s->cell_type;
    int type = ANTQ__CELL_TEXT, rc;
    double num = 0;
    if (strcmp(t, "s") == 0) {
        char *end;
        unsigned long i = strtoul(text, &end, 10);
        if (*end || !*text || i >= s->n_strings) {
            char ref[16];
            antq__cell_ref(ref, sizeof ref, s->cell_col, s->row_num);
            fail(s, ANTQ_EPARSE, "cell %s refers to a shared string that does not exist", ref);
            return;
        }
        text = s->strings[i];
    } else if (strcmp(t, "b") == 0) {
        type = ANTQ__CELL_BOOL;
        num = strcmp(text, "1") == 0;
    } else if (strcmp(t, "n") == 0) {
        char *end;
        type = ANTQ__CELL_NUMBER;
        num = strtod(text, &end);
        if (*end || !*text) {
            char ref[16];
            antq__cell_ref(ref, sizeof ref, s->cell_col, s->row_num);
            fail(s, ANTQ_EPARSE, "cell %s holds a malformed number", ref);
            return;
        }
    }
    if (type == ANTQ__CELL_TEXT && !*text)
        return; /* an empty string is an empty cell */
    if ((rc = antq__srow_add(s->row, s->cell_col, type, type == ANTQ__CELL_TEXT ? text : NULL, num)) != ANTQ_OK)
        fail(s, rc, "out of memory%s", "");
}

/* The part that holds the sheet with relationship id rid. */
static const char *sheet_part(state *s, const char *rid, char *path, size_t size)
{
    for (size_t i = 0; i < s->n_rels; i++) {
        if (strcmp(s->rels[i].id, rid) != 0)
            continue;
        const char *t = s->rels[i].target;
        if (t[0] == '/')
            snprintf(path, size, "%s", t + 1);
        else
            snprintf(path, size, "xl/%s", t);
        return path;
    }
    return NULL;
}

static int read_book(antq__book *b, zip_t *za, antq_error *err)
{
    state s;
    memset(&s, 0, sizeof s);
    s.b = b;
    s.err = err;
    antq__buf_init(&s.text);
    part wb, rels, sst;
    int rc = read_part(za, "xl/workbook.xml", &wb, 0, err);
    if (!rc)
        rc = parse(&s, &wb, wb_start, nothing_end);
    antq__free(wb.data);
    if (!rc && (rc = read_part(za, "xl/_rels/workbook.xml.rels", &rels, 0, err)) == ANTQ_OK) {
        rc = parse(&s, &rels, rel_start, nothing_end);
        antq__free(rels.data);
    }
    if (!rc && (rc = read_part(za, "xl/sharedStrings.xml", &sst, 1, err)) == ANTQ_OK) {
        rc = parse(&s, &sst, sst_start, sst_end);
        antq__free(sst.data);
    }
    for (size_t i = 0; !rc && i < s.n_sheets; i++) {
        char path[512];
        if (!sheet_part(&s, s.sheets[i].rid, path, sizeof path)) {
            rc = antq__error_set(err, ANTQ_EPARSE, s.sheets[i].name, "not an .xlsx workbook: sheet \"%.60s\" has no part",
                                 s.sheets[i].name);
            break;
        }
        part ws;
        if ((rc = read_part(za, path, &ws, 0, err)) != ANTQ_OK)
            break;
        s.sheet = antq__book_add_sheet(b, s.sheets[i].name, strlen(s.sheets[i].name));
        s.row = NULL;
        s.row_num = 0;
        if (!s.sheet)
            rc = antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
        else
            rc = parse(&s, &ws, ws_start, ws_end);
        antq__free(ws.data);
    }
    if (!rc && s.n_sheets == 0)
        rc = antq__error_set(err, ANTQ_EPARSE, "xl/workbook.xml", "not an .xlsx workbook: it has no sheet");
    antq__buf_free(&s.text);
    antq__free(s.sheets);
    antq__free(s.rels);
    antq__free(s.strings);
    return rc;
}

int antq__xlsx_read(antq__book *b, const char *buf, size_t len, antq_error *err)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(buf, len, 0, &ze);
    if (!src) {
        zip_error_fini(&ze);
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    }
    zip_t *za = zip_open_from_source(src, ZIP_RDONLY, &ze);
    if (!za) {
        zip_source_free(src);
        zip_error_fini(&ze);
        return antq__error_set(err, ANTQ_EPARSE, "", "not an .xlsx workbook (not a zip archive)");
    }
    zip_error_fini(&ze);
    int rc = read_book(b, za, err);
    zip_discard(za);
    return rc;
}

int antq_xlsx_supported(void) { return 1; }
