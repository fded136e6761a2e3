/* SHA-256 (Nettle, <nettle/sha2.h>) written as lower-case hex: input digests
 * and the catalogue hash.
 * SPDX-License-Identifier: MIT */
#include "sha256.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void antq__sha256_init(antq__sha256 *h) { sha256_init(&h->ctx); }

void antq__sha256_update(antq__sha256 *h, const void *data, size_t len)
{
    if (len)
        sha256_update(&h->ctx, len, data);
}

void antq__sha256_hex(antq__sha256 *h, char *out)
{
    static const char hex[] = "0123456789abcdef";
    uint8_t d[SHA256_DIGEST_SIZE];
    sha256_digest(&h->ctx, sizeof d, d);
    for (size_t i = 0; i < sizeof d; i++) {
        out[2 * i] = hex[d[i] >> 4];
        out[2 * i + 1] = hex[d[i] & 15];
    }
    out[2 * sizeof d] = '\0';
}

int antq_input_digest_buffer(antq_input_digest *out, const char *name, const void *data, size_t len)
{
    if (!out || (!data && len))
        return ANTQ_EINVAL;
    antq__sha256 h;
    antq__sha256_init(&h);
    antq__sha256_update(&h, data, len);
    memset(out, 0, sizeof *out);
    out->name = name;
    out->size = len;
    antq__sha256_hex(&h, out->sha256);
    return ANTQ_OK;
}

/* Add a file's bytes to h; *size grows by their number. */
static int hash_file(antq__sha256 *h, uint64_t *size, const char *path, antq_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return antq__error_set(err, ANTQ_EIO, "", "cannot open %.200s: %s", path, strerror(errno));
    unsigned char block[65536];
    size_t got;
    while ((got = fread(block, 1, sizeof block, f)) > 0) {
        antq__sha256_update(h, block, got);
        *size += got;
    }
    int bad = ferror(f);
    int saved = errno;
    fclose(f);
    if (bad)
        return antq__error_set(err, ANTQ_EIO, "", "cannot read %.200s: %s", path, strerror(saved));
    return ANTQ_OK;
}

static int cmp_names(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* A directory (a CSV set): its regular files whose names do not start with a dot, in byte order of their
 * names, each as its name, a NUL byte, its size in 20 decimal digits and its bytes. */
static int hash_dir(antq__sha256 *h, uint64_t *size, const char *path, antq_error *err)
{
    DIR *d = opendir(path);
    if (!d)
        return antq__error_set(err, ANTQ_EIO, "", "cannot open %.200s: %s", path, strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    int rc = ANTQ_OK;
    for (struct dirent *e; rc == ANTQ_OK && (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        if (n == cap) {
            char **bigger = realloc(names, (cap = cap ? cap * 2 : 16) * sizeof *names);
            if (!bigger) {
                rc = antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
                break;
            }
            names = bigger;
        }
        if (!(names[n] = strdup(e->d_name)))
            rc = antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
        else
            n++;
    }
    closedir(d);
    if (rc == ANTQ_OK)
        qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; rc == ANTQ_OK && i < n; i++) {
        size_t len = strlen(path) + strlen(names[i]) + 2;
        char *file = malloc(len);
        struct stat st;
        if (!file) {
            rc = antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
            break;
        }
        snprintf(file, len, "%s/%s", path, names[i]);
        if (stat(file, &st) == 0 && S_ISREG(st.st_mode)) {
            char head[24];
            snprintf(head, sizeof head, "%020llu", (unsigned long long)st.st_size);
            antq__sha256_update(h, names[i], strlen(names[i]) + 1);
            antq__sha256_update(h, head, 20);
            rc = hash_file(h, size, file, err);
        }
        free(file);
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    return rc;
}

int antq_input_digest_file(antq_input_digest *out, const char *path, antq_error *err)
{
    if (!out || !path)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a digest and a path, found NULL");
    antq__sha256 h;
    antq__sha256_init(&h);
    uint64_t size = 0;
    struct stat st;
    int rc = stat(path, &st) == 0 && S_ISDIR(st.st_mode) ? hash_dir(&h, &size, path, err)
                                                          : hash_file(&h, &size, path, err);
    if (rc != ANTQ_OK)
        return rc;
    memset(out, 0, sizeof *out);
    out->name = path;
    out->size = size;
    antq__sha256_hex(&h, out->sha256);
    return ANTQ_OK;
}
