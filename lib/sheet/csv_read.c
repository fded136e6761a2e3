/* CSV files as spreadsheet programs write them: UTF-8 with or without a
 * byte-order mark; comma, semicolon or tab (the one the header line uses
 * most, outside quotes); fields quoted with '"' ("" inside); CRLF, LF or CR
 * line ends. A text cell that starts with an apostrophe followed by = + - @,
 * a tab or a carriage return is taken without the apostrophe: that is how
 * libantq's CSV writers neutralise cells a spreadsheet would run as formulas
 * (doc/spreadsheets.md).
 * SPDX-License-Identifier: MIT */
#include "book.h"

#include <string.h>

static char pick_delimiter(const char *p, const char *end)
{
    size_t comma = 0, semi = 0, tab = 0;
    int quoted = 0;
    for (; p < end; p++) {
        if (*p == '"')
            quoted = !quoted;
        else if (!quoted && (*p == '\n' || *p == '\r'))
            break;
        else if (!quoted && *p == ',')
            comma++;
        else if (!quoted && *p == ';')
            semi++;
        else if (!quoted && *p == '\t')
            tab++;
    }
    if (semi > comma && semi >= tab)
        return ';';
    if (tab > comma && tab > semi)
        return '\t';
    return ',';
}

int antq__csv_read(antq__book *b, const char *name, const char *text, size_t len, antq_error *err)
{
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) {
        text += 3;
        len -= 3;
    }
    size_t bad;
    if (!antq__utf8_valid(text, len, &bad)) {
        int32_t line = 1;
        for (size_t i = 0; i < bad; i++)
            line += text[i] == '\n';
        antq__error_set(err, text[bad] ? ANTQ_EUTF8 : ANTQ_EPARSE, name,
                        text[bad] ? "line %d: expected UTF-8 text, found an invalid byte (save the file as \"CSV UTF-8\")"
                                  : "line %d: expected text, found a NUL byte",
                        (int)line);
        if (err)
            err->line = line;
        return text[bad] ? ANTQ_EUTF8 : ANTQ_EPARSE;
    }
    antq__sheet *s = antq__book_add_sheet(b, name, strlen(name));
    if (!s)
        return antq__error_set(err, ANTQ_ENOMEM, name, "out of memory");
    const char *p = text, *end = text + len;
    char delim = pick_delimiter(p, end);
    antq__buf field;
    antq__buf_init(&field);
    int32_t line = 1;
    uint32_t rownum = 0;
    int rc = ANTQ_OK;
    while (p < end && rc == ANTQ_OK) {
        if (rownum == ANTQ__SHEET_MAX_ROWS) {
            rc = antq__cell_error(err, ANTQ_ERANGE, name, 0, rownum, "more than %u rows", ANTQ__SHEET_MAX_ROWS);
            break;
        }
        antq__srow *row = antq__sheet_add_row(s, ++rownum);
        if (!row) {
            rc = antq__error_set(err, ANTQ_ENOMEM, name, "out of memory");
            break;
        }
        row->line = line;
        uint32_t col = 0;
        for (;;) { /* one field */
            if (++col > ANTQ__SHEET_MAX_COLS) {
                rc = antq__cell_error(err, ANTQ_ERANGE, name, 0, rownum, "more than %u columns", ANTQ__SHEET_MAX_COLS);
                break;
            }
            field.len = 0;
            if (field.data)
                field.data[0] = '\0';
            int was_quoted = 0;
            if (p < end && *p == '"') {
                int32_t start_line = line;
                was_quoted = 1;
                p++;
                for (;;) {
                    const char *q = memchr(p, '"', (size_t)(end - p));
                    if (!q) {
                        rc = antq__cell_error(err, ANTQ_EPARSE, name, col, rownum,
                                              "a quoted field opened on line %d is never closed", (int)start_line);
                        break;
                    }
                    for (const char *k = p; k < q; k++)
                        line += *k == '\n' || (*k == '\r' && (k + 1 == q || k[1] != '\n'));
                    antq__buf_append(&field, p, (size_t)(q - p));
                    p = q + 1;
                    if (p < end && *p == '"') {
                        antq__buf_append(&field, "\"", 1);
                        p++;
                        continue;
                    }
                    break;
                }
                if (rc)
                    break;
                if (p < end && *p != delim && *p != '\n' && *p != '\r') {
                    rc = antq__cell_error(err, ANTQ_EPARSE, name, col, rownum,
                                          "text after the closing quote of a quoted field (a '\"' inside a field is written \"\")");
                    break;
                }
            } else {
                const char *q = p;
                while (q < end && *q != delim && *q != '\n' && *q != '\r')
                    q++;
                if (memchr(p, '"', (size_t)(q - p))) {
                    rc = antq__cell_error(err, ANTQ_EPARSE, name, col, rownum,
                                          "a '\"' inside an unquoted field (quote the field and write \"\")");
                    break;
                }
                antq__buf_append(&field, p, (size_t)(q - p));
                p = q;
            }
            if (field.failed) {
                rc = ANTQ_ENOMEM;
                break;
            }
            const char *v = field.data ? field.data : "";
            if (antq__csv_neutralised(v))
                v++;
            if (*v || was_quoted) {
                char *cell = *v ? antq__arena_strndup(&b->arena, v, strlen(v)) : NULL;
                if (*v && (!cell || antq__srow_add(row, col, ANTQ__CELL_TEXT, cell, 0) != ANTQ_OK)) {
                    rc = ANTQ_ENOMEM;
                    break;
                }
            }
            if (p < end && *p == delim) {
                p++;
                continue;
            }
            break;
        }
        if (rc)
            break;
        if (p < end && *p == '\r')
            p++;
        if (p < end && *p == '\n')
            p++;
        line++;
    }
    antq__buf_free(&field);
    if (rc == ANTQ_ENOMEM)
        antq__error_set(err, rc, name, "out of memory");
    return rc;
}
