/* File reading, --format choice and text padding for the CLI.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int cli_read_file(const char *path, char **buf, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f) {
        fprintf(stderr, _("antq: không mở được %s: %s\n"), path, strerror(errno));
        return CLI_IO;
    }
    size_t cap = 1 << 16, n = 0;
    char *data = malloc(cap);
    while (data) {
        size_t got = fread(data + n, 1, cap - n, f);
        n += got;
        if (n < cap) {
            if (ferror(f)) {
                fprintf(stderr, _("antq: không đọc được %s: %s\n"), path, strerror(errno));
                free(data);
                data = NULL;
            }
            break;
        }
        cap *= 2;
        char *bigger = realloc(data, cap);
        if (!bigger) {
            free(data);
            data = NULL;
        }
        data = bigger;
    }
    if (f != stdin)
        fclose(f);
    if (!data)
        return CLI_IO;
    *buf = data;
    *len = n;
    return CLI_OK;
}

int cli_reserve(void **items, size_t *cap, size_t need, size_t size, size_t first)
{
    if (need <= *cap)
        return 0;
    size_t c = *cap ? *cap : first;
    while (c < need) {
        if (c > SIZE_MAX / 2)
            return -1;
        c *= 2;
    }
    if (c > SIZE_MAX / size)
        return -1;
    void *p = realloc(*items, c * size);
    if (!p)
        return -1;
    *items = p;
    *cap = c;
    return 0;
}

/* A control character at p (C0, DEL, or C1 in UTF-8): its length in bytes, else 0. */
static int control_at(const unsigned char *p)
{
    if (*p && (*p < 0x20 || *p == 0x7F))
        return 1;
    return p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F ? 2 : 0;
}

char *cli_escape(const char *s)
{
    size_t n = 1;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        n += control_at(p) ? 6 : 1;
    char *out = malloc(n), *w = out;
    if (!out)
        return NULL;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        int c = control_at(p);
        if (c == 2)
            w += sprintf(w, "\\u%04x", (unsigned)*++p);
        else if (c == 1)
            w += sprintf(w, "\\x%02x", (unsigned)*p);
        else
            *w++ = (char)*p;
    }
    *w = '\0';
    return out;
}

void cli_text(FILE *out, const char *s)
{
    char *e = cli_escape(s ? s : "");
    fputs(e ? e : "?", out);
    free(e);
}

void cli_pad(FILE *out, const char *s, int width)
{
    char *escaped = cli_escape(s ? s : "");
    int n = 0;
    const unsigned char *p = (const unsigned char *)(escaped ? escaped : "?");
    const unsigned char *cut = NULL;
    for (const unsigned char *q = p; *q; q++)
        if ((*q & 0xC0) != 0x80) {
            if (n == width - 1 && !cut)
                cut = q;
            n++;
        }
    if (n > width && cut) {
        fwrite(p, 1, (size_t)(cut - p), out);
        fputs("…", out);
    } else {
        fputs((const char *)p, out);
        for (; n < width; n++)
            fputc(' ', out);
    }
    free(escaped);
}

void cli_left(FILE *out, const char *s, int width)
{
    char *escaped = cli_escape(s ? s : "");
    fprintf(out, "%-*s", width, escaped ? escaped : "?");
    free(escaped);
}

int cli_pick_format(const cli_args *a, const char *const *names, int *which)
{
    *which = 0;
    if (!a->format)
        return CLI_OK;
    for (int i = 0; names[i]; i++)
        if (strcmp(a->format, names[i]) == 0) {
            *which = i;
            return CLI_OK;
        }
    char list[256] = "";
    size_t used = 0;
    for (int i = 0; names[i] && used < sizeof list; i++)
        used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", i ? (names[i + 1] ? ", " : _(" hoặc ")) : "",
                                 names[i]);
    return cli_usage_error(a->cmd, _("--format nhận %s, không phải \"%s\""), list, a->format);
}

int cli_looks_like_ndjson(const char *buf, size_t len)
{
    size_t i = 0;
    while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'))
        i++;
    if (i == len || buf[i] != '{')
        return 0;
    /* the first line must hold one whole object ... */
    int depth = 0, in_string = 0;
    for (; i < len && buf[i] != '\n'; i++) {
        char c = buf[i];
        if (in_string) {
            if (c == '\\')
                i++;
            else if (c == '"')
                in_string = 0;
        } else if (c == '"') {
            in_string = 1;
        } else if (c == '{' || c == '[') {
            depth++;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                break;
        }
    }
    if (i == len || depth != 0 || buf[i] != '}')
        return 0;
    for (i++; i < len && buf[i] != '\n'; i++)
        if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r')
            return 0;
    /* ... and another line must follow */
    for (; i < len; i++)
        if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r' && buf[i] != '\n')
            return 1;
    return 0;
}

void cli_csv_field(FILE *out, const char *s, unsigned csv_flags)
{
    if (!s)
        return;
    const char *prefix = !(csv_flags & ANTQ_CSV_RAW_CELLS) && s[0] && strchr("=+-@\t\r'", s[0]) ? "'" : "";
    if (!strpbrk(s, ",\"\r\n")) {
        fputs(prefix, out);
        fputs(s, out);
        return;
    }
    fputc('"', out);
    fputs(prefix, out);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

void cli_rjust(FILE *out, const char *s, int width)
{
    int n = 0;
    for (const unsigned char *q = (const unsigned char *)s; *q; q++)
        n += (*q & 0xC0) != 0x80;
    fprintf(out, "%*s%s", width > n ? width - n : 0, "", s);
}
