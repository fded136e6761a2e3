/* Direct appenders shared by the result writers (write.c, detail.c): they
 * run for every unit of a national dataset, so they copy bytes instead of going
 * through printf. Static inline so that each writer gets its own copy inlined.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_IO_PUT_H
#define ANTQ_IO_PUT_H

#include "../internal.h"

#include <string.h>

static inline void put_n(antq__buf *b, const char *s, size_t n)
{
    if (b->failed)
        return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1)
            cap *= 2;
        char *d = antq__realloc(b->data, cap);
        if (!d) {
            b->failed = 1;
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

#define PUT_LIT(b, lit) put_n((b), "" lit, sizeof(lit) - 1)

static inline void put_s(antq__buf *b, const char *s) { put_n(b, s, strlen(s)); }

/* "%lld" */
static inline void put_int(antq__buf *b, int64_t v)
{
    char tmp[24], *p = tmp + sizeof tmp;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do
        *--p = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    if (v < 0)
        *--p = '-';
    put_n(b, p, (size_t)(tmp + sizeof tmp - p));
}

/* A JSON string literal, escaped as antq__buf_json_string() does. */
static inline void put_json_str(antq__buf *b, const char *s)
{
    const char *end = s + strlen(s);
    PUT_LIT(b, "\"");
    const char *run = s;
    for (; s < end; s++) {
        /* skip eight plain bytes at a time (none below 0x20, no '"', no '\\') */
        while (end - s >= 8) {
            const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
            uint64_t w, q, k;
            memcpy(&w, s, 8);
            q = w ^ (ones * '"');
            k = w ^ (ones * '\\');
            if ((((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((k - ones) & ~k)) & high)
                break;
            s += 8;
        }
        if (s == end)
            break;
        unsigned char c = (unsigned char)*s;
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        if (s > run)
            put_n(b, run, (size_t)(s - run));
        switch (c) {
        case '"': PUT_LIT(b, "\\\""); break;
        case '\\': PUT_LIT(b, "\\\\"); break;
        case '\n': PUT_LIT(b, "\\n"); break;
        case '\t': PUT_LIT(b, "\\t"); break;
        case '\r': PUT_LIT(b, "\\r"); break;
        default: {
            static const char hex[] = "0123456789abcdef";
            char u[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            put_n(b, u, sizeof u);
            break;
        }
        }
        run = s + 1;
    }
    if (end > run)
        put_n(b, run, (size_t)(end - run));
    PUT_LIT(b, "\"");
}

/* "YYYY-MM-DD" (quoted) for a valid date, else null: as antq_date_format(). */
static inline void put_date_or_null(antq__buf *b, int32_t d)
{
    if (!antq_date_valid(d)) {
        PUT_LIT(b, "null");
        return;
    }
    int y = antq_date_year(d), m = antq_date_month(d), day = antq_date_day(d); /* year 1900-2999 */
    char t[12] = {'"', (char)('0' + y / 1000), (char)('0' + y / 100 % 10), (char)('0' + y / 10 % 10),
                  (char)('0' + y % 10), '-', (char)('0' + m / 10), (char)('0' + m % 10), '-', (char)('0' + day / 10),
                  (char)('0' + day % 10), '"'};
    put_n(b, t, sizeof t);
}

static inline void put_str_or_null(antq__buf *b, const char *s)
{
    if (s)
        put_json_str(b, s);
    else
        PUT_LIT(b, "null");
}

#endif
