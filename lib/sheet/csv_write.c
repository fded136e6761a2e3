/* A sheet as CSV text for spreadsheet programs: UTF-8 with a byte-order mark
 * (so that they detect the encoding), comma-separated, CRLF line ends, fields
 * quoted when they hold a comma, quote or line break. A text cell that a
 * spreadsheet would run as a formula (first character = + - @, tab or
 * carriage return) is written after an apostrophe; so is a text that starts
 * with an apostrophe followed by one of those or by another apostrophe. The
 * CSV reader removes exactly that apostrophe, so texts round-trip unchanged.
 * SPDX-License-Identifier: MIT */
#include "book.h"

#include <stdio.h>
#include <string.h>

int antq__csv_neutralised(const char *s)
{
    return s[0] == '\'' && s[1] && strchr("=+-@\t\r'", s[1]) != NULL;
}

static void text_field(antq__buf *b, const char *s)
{
    int guard = (s[0] && strchr("=+-@\t\r", s[0])) || antq__csv_neutralised(s);
    if (!strpbrk(s, ",\"\n\r")) {
        if (guard)
            antq__buf_puts(b, "'");
        antq__buf_puts(b, s);
        return;
    }
    antq__buf_puts(b, guard ? "\"'" : "\"");
    for (const char *p = s; *p;) {
        size_t n = strcspn(p, "\"");
        antq__buf_printf(b, "%.*s", (int)n, p);
        p += n;
        if (*p == '"') {
            antq__buf_puts(b, "\"\"");
            p++;
        }
    }
    antq__buf_puts(b, "\"");
}

int antq__csv_write(const antq__sheet *s, int lang, char **out)
{
    antq__buf b;
    antq__buf_init(&b);
    antq__buf_puts(&b, "\xEF\xBB\xBF");
    for (size_t r = 0; r < s->n; r++) {
        const antq__srow *row = &s->rows[r];
        uint32_t col = 1, last = row->n ? row->cells[row->n - 1].col : 1;
        if (s->n_cols > last)
            last = (uint32_t)s->n_cols;
        for (size_t i = 0; col <= last; col++) {
            if (col > 1)
                antq__buf_puts(&b, ",");
            if (i >= row->n || row->cells[i].col != col)
                continue;
            const antq__cell *c = &row->cells[i++];
            int32_t d = (int32_t)c->num;
            switch (c->type) {
            case ANTQ__CELL_TEXT: text_field(&b, c->text); break;
            case ANTQ__CELL_NUMBER: antq__buf_printf(&b, "%.15g", c->num); break;
            case ANTQ__CELL_BOOL: antq__buf_puts(&b, c->num ? "TRUE" : "FALSE"); break;
            case ANTQ__CELL_DATE:
                if (lang == ANTQ_LANG_EN)
                    antq__buf_printf(&b, "%04d-%02d-%02d", antq_date_year(d), antq_date_month(d), antq_date_day(d));
                else
                    antq__buf_printf(&b, "%02d/%02d/%04d", antq_date_day(d), antq_date_month(d), antq_date_year(d));
                break;
            default: break;
            }
        }
        antq__buf_puts(&b, "\r\n");
    }
    return antq__buf_finish(&b, out);
}
