/* Loading campaigns from a file path, and telling a JSON document from NDJSON
 * (antq_dataset_load_file() in lib/sheet/sheet.c also reads workbooks and CSV).
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

int antq__read_file(const char *path, size_t max, char **out, size_t *len, antq_error *err)
{
    *out = NULL;
    *len = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return antq__error_set(err, ANTQ_EIO, path, "cannot open %s: %s", path, strerror(errno));
    size_t cap = 65536, n = 0;
    char *buf = antq__malloc(cap);
    int rc = buf ? ANTQ_OK : ANTQ_ENOMEM;
    while (rc == ANTQ_OK) {
        if (n == cap) {
            if (cap >= max) {
                rc = antq__error_set(err, ANTQ_ERANGE, path, "expected a file of at most %zu MiB", max >> 20);
                break;
            }
            cap = cap * 2 > max ? max : cap * 2;
            char *b = antq__realloc(buf, cap);
            if (!b) {
                rc = ANTQ_ENOMEM;
                break;
            }
            buf = b;
        }
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (got == 0) {
            if (ferror(f))
                rc = antq__error_set(err, ANTQ_EIO, path, "cannot read: %s", strerror(errno));
            break;
        }
    }
    fclose(f);
    if (rc == ANTQ_ENOMEM)
        antq__error_set(err, rc, path, "out of memory");
    if (rc) {
        antq__free(buf);
        return rc;
    }
    *out = buf;
    *len = n;
    return ANTQ_OK;
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* NDJSON by content: the first line holds one whole object that is not the
 * document ({"format":"antq-dataset", ...} on one line), and another line follows. */
static int looks_like_ndjson(const char *buf, size_t len)
{
    size_t i = 0;
    while (i < len && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' || buf[i] == '\n'))
        i++;
    if (i == len || buf[i] != '{')
        return 0;
    size_t first = i;
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
    if (i >= len || depth != 0 || buf[i] != '}')
        return 0;
    static const char doc[] = "\"antq-dataset\"";
    for (size_t k = first; k + sizeof doc - 1 <= i; k++)
        if (memcmp(buf + k, doc, sizeof doc - 1) == 0)
            return 0;
    for (i++; i < len && buf[i] != '\n'; i++)
        if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r')
            return 0;
    for (; i < len; i++)
        if (buf[i] != ' ' && buf[i] != '\t' && buf[i] != '\r' && buf[i] != '\n')
            return 1;
    return 0;
}

int antq__dataset_load_text(antq_dataset **out, const char *path, const char *buf, size_t len, unsigned flags,
                            antq_error *err)
{
    if (ends_with(path, ".ndjson") || ends_with(path, ".jsonl") || looks_like_ndjson(buf, len))
        return antq_dataset_load_ndjson(out, buf, len, flags, err);
    return antq_dataset_load_json(out, buf, len, flags, err);
}

int antq_campaign_load_file(antq_campaign **out, const char *path, antq_error *err)
{
    if (out)
        *out = NULL;
    if (!out || !path)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer and a path, found NULL");
    char *buf = NULL;
    size_t len = 0;
    int rc = antq__read_file(path, ANTQ__MAX_FILE, &buf, &len, err);
    if (rc != ANTQ_OK)
        return rc;
    rc = antq_campaign_load_json(out, buf, len, err);
    antq__free(buf);
    return rc;
}
