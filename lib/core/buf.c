/* A growable text buffer with a sticky out-of-memory flag.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <stdio.h>
#include <string.h>

void antq__buf_init(antq__buf *b) { memset(b, 0, sizeof *b); }

void antq__buf_free(antq__buf *b)
{
    antq__free(b->data);
    antq__buf_init(b);
}

static int buf_reserve(antq__buf *b, size_t extra)
{
    if (b->failed)
        return 0;
    if (b->len + extra + 1 <= b->cap)
        return 1;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *d = antq__realloc(b->data, cap);
    if (!d) {
        b->failed = 1;
        return 0;
    }
    b->data = d;
    b->cap = cap;
    return 1;
}

void antq__buf_append(antq__buf *b, const char *s, size_t n)
{
    if (!buf_reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void antq__buf_puts(antq__buf *b, const char *s)
{
    size_t n = strlen(s);
    if (!buf_reserve(b, n))
        return;
    memcpy(b->data + b->len, s, n + 1);
    b->len += n;
}

void antq__buf_printf(antq__buf *b, const char *fmt, ...)
{
    /* print straight into the buffer (no copy through a local array); as before,
     * a short text stops at an embedded NUL (it was appended as a C string) */
    if (b->cap - b->len < 256 && !buf_reserve(b, 255))
        return;
    va_list ap;
    va_start(ap, fmt);
    size_t room = b->cap - b->len;
    int n = vsnprintf(b->data + b->len, room, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->data[b->len] = '\0';
        b->failed = 1;
        return;
    }
    if ((size_t)n < 256) { /* room >= 256: it fitted */
        b->len += strnlen(b->data + b->len, (size_t)n);
        return;
    }
    if ((size_t)n >= room) {
        b->data[b->len] = '\0';
        if (!buf_reserve(b, (size_t)n))
            return;
        va_start(ap, fmt);
        vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
        va_end(ap);
    }
    b->len += (size_t)n;
}

int antq__buf_finish(antq__buf *b, char **out)
{
    if (!b->failed && !b->data)
        buf_reserve(b, 0);
    if (b->failed) {
        antq__buf_free(b);
        *out = NULL;
        return ANTQ_ENOMEM;
    }
    b->data[b->len] = '\0';
    *out = b->data;
    antq__buf_init(b);
    return ANTQ_OK;
}

int antq__buf_finish_fit(antq__buf *b, char **out)
{
    int rc = antq__buf_finish(b, out);
    if (rc != ANTQ_OK)
        return rc;
    char *fit = antq__realloc(*out, strlen(*out) + 1);
    if (!fit) {
        antq__free(*out);
        *out = NULL;
        return ANTQ_ENOMEM;
    }
    *out = fit;
    return ANTQ_OK;
}

void antq__buf_text(antq__buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s, *run = p;
    for (;; p++) {
        int c1 = p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F;
        if (*p && *p >= 0x20 && *p != 0x7F && !c1)
            continue;
        if (p > run && buf_reserve(b, (size_t)(p - run))) { /* the text before this character */
            memcpy(b->data + b->len, run, (size_t)(p - run));
            b->len += (size_t)(p - run);
            b->data[b->len] = '\0';
        }
        if (!*p)
            return;
        if (c1) {
            antq__buf_printf(b, "\\u%04x", (unsigned)p[1]);
            p++;
        } else {
            antq__buf_printf(b, "\\x%02x", (unsigned)*p);
        }
        run = p + 1;
    }
}

int antq__buf_finish_err(antq__buf *b, char **out, antq_error *err)
{
    int rc = antq__buf_finish(b, out);
    if (rc != ANTQ_OK)
        return antq__error_set(err, rc, "", "out of memory while writing the text");
    return ANTQ_OK;
}
