/* Scanning JSON text without building a tree.
 * SPDX-License-Identifier: MIT */
#include "io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_DEPTH 1000 /* same nesting limit as cJSON */

const char *antq__json_skip_ws(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p;
}

static const char *skip_string(const char *p, const char *end)
{
    for (p++; p < end; p++) {
        if (*p == '\\') {
            p++;
            continue;
        }
        if (*p == '"')
            return p + 1;
    }
    return NULL;
}

const char *antq__json_skip_value(const char *p, const char *end, const char **bad)
{
    int depth = 0;
    const char *start = p;
    do {
        p = antq__json_skip_ws(p, end);
        if (p >= end)
            goto fail;
        char c = *p;
        if (c == '"') {
            const char *q = skip_string(p, end);
            if (!q) {
                p = end; /* unterminated: the input ends inside a string */
                goto fail;
            }
            p = q;
        } else if (c == '{' || c == '[') {
            if (++depth > MAX_DEPTH)
                goto fail;
            p++;
            continue;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                goto fail;
            depth--;
            p++;
        } else if (c == ',' || c == ':') {
            if (depth == 0)
                goto fail;
            p++;
            continue;
        } else {
            const char *q = p;
            while (q < end && (*q == '-' || *q == '+' || *q == '.' || (*q >= '0' && *q <= '9') ||
                               (*q >= 'a' && *q <= 'z') || (*q >= 'A' && *q <= 'Z')))
                q++;
            if (q == p)
                goto fail;
            p = q;
        }
    } while (depth > 0);
    return p;
fail:
    if (bad)
        *bad = p < end ? p : end;
    (void)start;
    return NULL;
}

static int hex4(const char *p, const char *end, unsigned *out)
{
    unsigned v = 0;
    if (end - p < 4)
        return 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return 0;
    }
    *out = v;
    return 1;
}

const char *antq__json_bad_escape(const char *text, size_t len, const char **why)
{
    const char *p = text, *end = text + len;
    while (p < end && (p = memchr(p, '\\', (size_t)(end - p))) != NULL) {
        unsigned u, lo;
        if (p + 1 < end && p[1] == 'u' && hex4(p + 2, end, &u)) {
            if (u == 0) {
                *why = "the escape \\u0000 (a NUL character, which would cut the string short)";
                return p;
            }
            if (u >= 0xDC00 && u <= 0xDFFF) {
                *why = "a low surrogate escape without a high surrogate before it";
                return p;
            }
            if (u >= 0xD800 && u <= 0xDBFF) {
                if (!(p + 7 < end && p[6] == '\\' && p[7] == 'u' && hex4(p + 8, end, &lo) && lo >= 0xDC00 && lo <= 0xDFFF)) {
                    *why = "a high surrogate escape without a low surrogate after it";
                    return p;
                }
                p += 12;
                continue;
            }
            p += 6;
            continue;
        }
        p += 2; /* any other escape, including an escaped backslash */
    }
    return NULL;
}

/* Compare the JSON string token at p (without escapes) with key[0..klen). */
static int key_equals(const char *p, const char *end, const char *key, size_t klen)
{
    if (p >= end || *p != '"' || (size_t)(end - p) < klen + 2)
        return 0;
    return memcmp(p + 1, key, klen) == 0 && p[1 + klen] == '"';
}

size_t antq__json_locate(const char *text, size_t len, const char *pointer)
{
    const char *end = text + len, *p = antq__json_skip_ws(text, end);
    const char *found = p;
    while (pointer && *pointer == '/') {
        const char *comp = pointer + 1;
        const char *slash = strchr(comp, '/');
        size_t clen = slash ? (size_t)(slash - comp) : strlen(comp);
        pointer = slash;
        p = antq__json_skip_ws(p, end);
        if (p >= end)
            break;
        if (*p == '{') {
            p++;
            const char *hit = NULL;
            for (;;) {
                p = antq__json_skip_ws(p, end);
                if (p >= end || *p != '"')
                    break;
                int match = key_equals(p, end, comp, clen);
                const char *q = skip_string(p, end);
                if (!q)
                    break;
                q = antq__json_skip_ws(q, end);
                if (q >= end || *q != ':')
                    break;
                q = antq__json_skip_ws(q + 1, end);
                if (match) {
                    hit = q;
                    break;
                }
                q = antq__json_skip_value(q, end, NULL);
                if (!q)
                    break;
                q = antq__json_skip_ws(q, end);
                if (q < end && *q == ',')
                    q++;
                p = q;
            }
            if (!hit)
                break;
            p = found = hit;
        } else if (*p == '[') {
            char *stop;
            unsigned long idx = strtoul(comp, &stop, 10);
            if (stop == comp)
                break;
            p++;
            const char *hit = NULL;
            for (unsigned long i = 0;; i++) {
                p = antq__json_skip_ws(p, end);
                if (p >= end || *p == ']')
                    break;
                if (i == idx) {
                    hit = p;
                    break;
                }
                p = antq__json_skip_value(p, end, NULL);
                if (!p)
                    break;
                p = antq__json_skip_ws(p, end);
                if (p < end && *p == ',')
                    p++;
            }
            if (!hit)
                break;
            p = found = hit;
        } else {
            break;
        }
    }
    return (size_t)(found - text);
}

void antq__line_col(const char *buf, size_t offset, int32_t *line, int32_t *col)
{
    int32_t l = 1;
    size_t line_start = 0;
    for (size_t i = 0; i < offset; i++)
        if (buf[i] == '\n') {
            l++;
            line_start = i + 1;
        }
    *line = l;
    *col = (int32_t)(offset - line_start) + 1;
}

void antq__buf_json_string(antq__buf *b, const char *s)
{
    antq__buf_puts(b, "\"");
    const char *run = s;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\' || c < 0x20) {
            if (s > run) {
                char tmp[256];
                size_t n = (size_t)(s - run);
                while (n) {
                    size_t k = n < sizeof tmp - 1 ? n : sizeof tmp - 1;
                    memcpy(tmp, run, k);
                    tmp[k] = '\0';
                    antq__buf_puts(b, tmp);
                    run += k;
                    n -= k;
                }
            }
            switch (c) {
            case '"': antq__buf_puts(b, "\\\""); break;
            case '\\': antq__buf_puts(b, "\\\\"); break;
            case '\n': antq__buf_puts(b, "\\n"); break;
            case '\t': antq__buf_puts(b, "\\t"); break;
            case '\r': antq__buf_puts(b, "\\r"); break;
            default: antq__buf_printf(b, "\\u%04x", c); break;
            }
            run = s + 1;
        }
    }
    antq__buf_puts(b, run);
    antq__buf_puts(b, "\"");
}

/* The JSON pointer of the innermost value being read at `offset` (for syntax
 * errors, which cJSON reports only as a position). */
void antq__json_path_at(const char *text, size_t len, size_t offset, char *out, size_t size)
{
    struct frame {
        char type;      /* '{' or '[' */
        int in_value;   /* object: after ':' */
        size_t index;   /* array index */
        const char *key;
        size_t klen;
    } st[64];
    int depth = 0;
    const char *p = text, *stop = text + (offset < len ? offset : len);
    while (p < stop) {
        char c = *p;
        if (c == '"') {
            const char *q = skip_string(p, text + len);
            if (!q || q > stop)
                break;
            if (depth > 0 && depth <= 64 && st[depth - 1].type == '{' && !st[depth - 1].in_value) {
                st[depth - 1].key = p + 1;
                st[depth - 1].klen = (size_t)(q - p - 2);
            }
            p = q;
            continue;
        }
        if (c == '{' || c == '[') {
            if (depth < 64) {
                st[depth].type = c;
                st[depth].in_value = 0;
                st[depth].index = 0;
                st[depth].key = NULL;
                st[depth].klen = 0;
            }
            depth++;
        } else if (c == '}' || c == ']') {
            if (depth > 0)
                depth--;
        } else if (c == ':' && depth > 0 && depth <= 64) {
            st[depth - 1].in_value = 1;
        } else if (c == ',' && depth > 0 && depth <= 64) {
            if (st[depth - 1].type == '[')
                st[depth - 1].index++;
            else {
                st[depth - 1].in_value = 0;
                st[depth - 1].key = NULL;
            }
        }
        p++;
    }
    size_t used = 0;
    if (size)
        out[0] = '\0';
    for (int i = 0; i < depth && i < 64 && used + 1 < size; i++) {
        int n = 0;
        if (st[i].type == '[')
            n = snprintf(out + used, size - used, "/%zu", st[i].index);
        else if (st[i].in_value && st[i].key)
            n = snprintf(out + used, size - used, "/%.*s", (int)(st[i].klen > 60 ? 60 : st[i].klen), st[i].key);
        if (n < 0)
            break;
        used += (size_t)n < size - used ? (size_t)n : size - used - 1;
    }
}
