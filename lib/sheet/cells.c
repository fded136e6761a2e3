/* Cells to dataset values. A cell is read as the clerk typed it: yes/no in
 * Vietnamese or English, dates as dd/mm/yyyy, yyyy-mm-dd or a date cell
 * (serial number, 1900 or 1904 system), counts as whole numbers, enum values
 * as their Vietnamese label or JSON name. Every error names the cell and its
 * column header.
 * SPDX-License-Identifier: MIT */
#include "book.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#define FAIL(x, code, ...) antq__cell_error((x)->err, code, (x)->sheet, (x)->col, (x)->row, __VA_ARGS__)

int antq__cell_is_empty(const antq__cell *cell)
{
    if (!cell || cell->type == ANTQ__CELL_EMPTY)
        return 1;
    if (cell->type != ANTQ__CELL_TEXT)
        return 0;
    for (const char *p = cell->text; *p; p++)
        if (*p != ' ' && *p != '\t')
            return 0;
    return 1;
}

/* The cell's text without surrounding blanks, into buf (NUL-terminated). */
static const char *trimmed(const antq__cell *cell, char *buf, size_t size)
{
    const char *s = cell->text ? cell->text : "";
    while (*s == ' ' || *s == '\t')
        s++;
    size_t n = strlen(s);
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    if (n >= size)
        n = size - 1;
    memcpy(buf, s, n);
    buf[n] = '\0';
    return buf;
}

static int any_of(const char *s, const char *const *words)
{
    for (; *words; words++)
        if (antq__name_matches(s, *words))
            return 1;
    return 0;
}

int antq__cell_tri(antq__cell_ctx *x, const antq__cell *cell, int32_t *out)
{
    static const char *const yes[] = {"có", "Có", "CÓ", "co", "x", "yes", "y", "true", "đúng", "Đúng", "1", NULL};
    static const char *const no[] = {"không", "Không", "KHÔNG", "khong", "no", "n", "false", "sai", "Sai", "0", NULL};
    if (antq__cell_is_empty(cell)) {
        *out = ANTQ_UNKNOWN;
        return ANTQ_OK;
    }
    if (cell->type == ANTQ__CELL_BOOL || cell->type == ANTQ__CELL_NUMBER) {
        if (cell->num == 1 || cell->num == 0) {
            *out = cell->num == 1 ? ANTQ_YES : ANTQ_NO;
            return ANTQ_OK;
        }
        return FAIL(x, ANTQ_ETYPE, "%.15g is not yes or no (column \"%s\"; write Có or Không)", cell->num, x->header);
    }
    char buf[64];
    trimmed(cell, buf, sizeof buf);
    if (any_of(buf, yes))
        *out = ANTQ_YES;
    else if (any_of(buf, no))
        *out = ANTQ_NO;
    else
        return FAIL(x, ANTQ_ETYPE, "\"%.40s\" is not yes or no (column \"%s\"; write Có or Không, empty when unknown)",
                    buf, x->header);
    return ANTQ_OK;
}

/* A whole number from a number cell or digits; min..max. */
int antq__cell_whole(antq__cell_ctx *x, const antq__cell *cell, int64_t min, int64_t max, const char *what, int64_t *out)
{
    double v;
    if (cell->type == ANTQ__CELL_NUMBER) {
        v = cell->num;
    } else if (cell->type == ANTQ__CELL_TEXT) {
        char buf[64];
        trimmed(cell, buf, sizeof buf);
        const char *p = buf;
        int neg = *p == '-';
        if (neg)
            p++;
        if (!*p || strspn(p, "0123456789") != strlen(p) || strlen(p) > 18)
            return FAIL(x, ANTQ_ETYPE, "\"%.40s\" is not %s (column \"%s\"; write digits only, no separators)", buf, what,
                        x->header);
        long long n = 0;
        for (; *p; p++)
            n = n * 10 + (*p - '0');
        v = neg ? -(double)n : (double)n;
    } else {
        return FAIL(x, ANTQ_ETYPE, "a yes/no cell is not %s (column \"%s\")", what, x->header);
    }
    if (!isfinite(v))
        return FAIL(x, ANTQ_ETYPE, "the cell is not %s (column \"%s\")", what, x->header);
    if (v < (double)min || v > (double)max)
        return FAIL(x, ANTQ_ERANGE, "%.15g is out of range for %s (column \"%s\"; expected %lld..%lld)", v, what,
                    x->header, (long long)min, (long long)max);
    if ((double)(int64_t)v != v)
        return FAIL(x, ANTQ_ETYPE, "%.15g is not %s (column \"%s\"; a whole number is expected)", v, what, x->header);
    *out = (int64_t)v;
    return ANTQ_OK;
}

int antq__cell_year(antq__cell_ctx *x, const antq__cell *cell, int32_t *out)
{
    if (antq__cell_is_empty(cell))
        return FAIL(x, ANTQ_EMISSING, "the year is missing (column \"%s\")", x->header);
    int64_t v;
    int rc = antq__cell_whole(x, cell, 1901, 2998, "a year", &v);
    if (rc == ANTQ_OK)
        *out = (int32_t)v;
    return rc;
}

/* Days from 1970-01-01 to a civil date (proleptic Gregorian), and back. */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;
    int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static int32_t civil_from_days(int64_t z)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int d = (int)(doy - (153 * mp + 2) / 5 + 1);
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);
    y += m <= 2;
    if (y < 1900 || y > 2999)
        return ANTQ_DATE_UNKNOWN;
    return antq_date_make((int)y, m, d);
}

int32_t antq__serial_to_date(double serial, int date1904)
{
    if (!isfinite(serial) || serial < 1 || serial > 2958465)
        return ANTQ_DATE_UNKNOWN;
    int64_t s = (int64_t)serial; /* positive: the time of day is dropped */
    if (date1904)
        return civil_from_days(days_from_civil(1904, 1, 1) + s);
    if (s == 60) /* 29/02/1900, which the 1900 system counts but never was */
        return ANTQ_DATE_UNKNOWN;
    return civil_from_days(days_from_civil(1899, 12, s < 60 ? 31 : 30) + s);
}

double antq__date_to_serial(int32_t date)
{
    return (double)(days_from_civil(antq_date_year(date), antq_date_month(date), antq_date_day(date)) -
                    days_from_civil(1899, 12, 30));
}

/* Digits at p..p+n as a number, or -1. */
static int digits(const char *p, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

int antq__cell_date(antq__cell_ctx *x, const antq__cell *cell, int32_t *out)
{
    if (antq__cell_is_empty(cell)) {
        *out = ANTQ_DATE_UNKNOWN;
        return ANTQ_OK;
    }
    if (cell->type == ANTQ__CELL_NUMBER) {
        int32_t d = antq__serial_to_date(cell->num, x->date1904);
        if (!d)
            return FAIL(x, ANTQ_ERANGE, "%.15g is not a date (column \"%s\"; a date cell from 1900 to 2999 is expected)",
                        cell->num, x->header);
        *out = d;
        return ANTQ_OK;
    }
    if (cell->type != ANTQ__CELL_TEXT)
        return FAIL(x, ANTQ_ETYPE, "a yes/no cell is not a date (column \"%s\")", x->header);
    char buf[64];
    const char *s = trimmed(cell, buf, sizeof buf);
    size_t n = strlen(s);
    int y = -1, m = -1, d = -1;
    if (n == 10 && s[4] == '-' && s[7] == '-') { /* ISO yyyy-mm-dd */
        y = digits(s, 4);
        m = digits(s + 5, 2);
        d = digits(s + 8, 2);
    } else {
        /* d/m/yyyy with '/', '-' or '.' (the Vietnamese order, day first) */
        const char *a = s, *sep1 = strpbrk(a, "/-."), *sep2 = sep1 ? strpbrk(sep1 + 1, "/-.") : NULL;
        if (sep1 && sep2 && *sep1 == *sep2 && sep1 - a >= 1 && sep1 - a <= 2 && sep2 - sep1 - 1 >= 1 &&
            sep2 - sep1 - 1 <= 2) {
            size_t ylen = strlen(sep2 + 1);
            d = digits(a, (size_t)(sep1 - a));
            m = digits(sep1 + 1, (size_t)(sep2 - sep1 - 1));
            if (ylen == 2 && digits(sep2 + 1, 2) >= 0)
                return FAIL(x, ANTQ_EPARSE, "\"%.40s\" is ambiguous: the year has two digits (column \"%s\"; write dd/mm/yyyy, e.g. 19/08/2024)",
                            s, x->header);
            y = ylen == 4 ? digits(sep2 + 1, 4) : -1;
            if (d >= 1 && d <= 12 && m > 12 && m <= 31 && y > 0)
                return FAIL(x, ANTQ_EPARSE, "\"%.40s\" is not a date: the month is %d (column \"%s\"; dates are day first, dd/mm/yyyy — was it %02d/%02d/%04d?)",
                            s, m, x->header, m, d, y);
        }
    }
    if (y < 0 || m < 0 || d < 0)
        return FAIL(x, ANTQ_EPARSE, "\"%.40s\" is not a date (column \"%s\"; write dd/mm/yyyy or yyyy-mm-dd)", s, x->header);
    int32_t v = y >= 1900 && y <= 2999 ? antq_date_make(y, m, d) : ANTQ_DATE_UNKNOWN;
    if (!v)
        return FAIL(x, ANTQ_ERANGE, "\"%.40s\" is not a date (column \"%s\"; no such day in the calendar)", s, x->header);
    *out = v;
    return ANTQ_OK;
}

const char *antq__cell_string(antq__cell_ctx *x, const antq__cell *cell, int *rc)
{
    *rc = ANTQ_OK;
    if (antq__cell_is_empty(cell))
        return NULL;
    if (cell->type == ANTQ__CELL_TEXT)
        return cell->text;
    char tmp[40];
    if (cell->type == ANTQ__CELL_BOOL)
        snprintf(tmp, sizeof tmp, "%s", cell->num ? "TRUE" : "FALSE");
    else
        snprintf(tmp, sizeof tmp, "%.15g", cell->num);
    char *s = antq__arena_strndup(x->arena, tmp, strlen(tmp));
    if (!s)
        *rc = FAIL(x, ANTQ_ENOMEM, "out of memory");
    return s;
}

static int enum_value(antq__cell_ctx *x, const antq__column *c, const antq__cell *cell, int32_t *out)
{
    const antq__field *f = c->field;
    char buf[128];
    if (cell->type != ANTQ__CELL_TEXT)
        return FAIL(x, ANTQ_ETYPE, "a number is not a value of column \"%s\" (choose from the list)", x->header);
    trimmed(cell, buf, sizeof buf);
    for (int i = 0; i < f->n_names; i++) {
        if (!f->names[i])
            continue;
        if (antq__name_matches(buf, f->names[i]) || (c->labels && antq__name_matches(buf, c->labels[i]))) {
            *out = i;
            return ANTQ_OK;
        }
    }
    char list[200];
    size_t used = 0;
    list[0] = '\0';
    for (int i = 0; i < f->n_names && used < sizeof list; i++)
        if (f->names[i])
            used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", used ? " | " : "",
                                     c->labels ? c->labels[i] : f->names[i]);
    return FAIL(x, ANTQ_ERANGE, "\"%.40s\" is not a value of column \"%s\" (one of: %s)", buf, x->header, list);
}

int antq__cell_to_field(antq__cell_ctx *x, const antq__column *c, const antq__cell *cell, void *base)
{
    const antq__field *f = c->field;
    char *dst = (char *)base + f->offset;
    int rc = ANTQ_OK;
    if (f->required && antq__cell_is_empty(cell))
        return FAIL(x, ANTQ_EMISSING, "the cell is empty but column \"%s\" is required", x->header);
    switch (f->type) {
    case ANTQ__FT_STRING: {
        const char *s = antq__cell_string(x, cell, &rc);
        if (rc == ANTQ_OK)
            *(const char **)(void *)dst = s;
        return rc;
    }
    case ANTQ__FT_TRI:
        return antq__cell_tri(x, cell, (int32_t *)(void *)dst);
    case ANTQ__FT_COUNT: {
        int64_t v = ANTQ_COUNT_UNKNOWN;
        if (!antq__cell_is_empty(cell) &&
            (rc = antq__cell_whole(x, cell, 0, 9007199254740991LL, "a count", &v)) != ANTQ_OK)
            return rc;
        *(int64_t *)(void *)dst = v;
        return ANTQ_OK;
    }
    case ANTQ__FT_DATE:
        return antq__cell_date(x, cell, (int32_t *)(void *)dst);
    case ANTQ__FT_YEAR:
        return antq__cell_year(x, cell, (int32_t *)(void *)dst);
    case ANTQ__FT_ENUM:
    case ANTQ__FT_ENUM_M1:
        if (antq__cell_is_empty(cell)) {
            *(int32_t *)(void *)dst = f->type == ANTQ__FT_ENUM_M1 ? -1 : 0;
            return ANTQ_OK;
        }
        return enum_value(x, c, cell, (int32_t *)(void *)dst);
    default:
        return FAIL(x, ANTQ_ERROR, "internal error: column \"%s\" has no cell form", x->header);
    }
}
