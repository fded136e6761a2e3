/* SHA-256 (Nettle, <nettle/sha2.h>) written as lower-case hex: input digests
 * and the catalogue hash.
 * SPDX-License-Identifier: MIT */
#include "sha256.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

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

int antq_input_digest_file(antq_input_digest *out, const char *path, antq_error *err)
{
    if (!out || !path)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a digest and a path, found NULL");
    FILE *f = fopen(path, "rb");
    if (!f)
        return antq__error_set(err, ANTQ_EIO, "", "cannot open %.200s: %s", path, strerror(errno));
    antq__sha256 h;
    antq__sha256_init(&h);
    unsigned char block[65536];
    uint64_t size = 0;
    size_t got;
    while ((got = fread(block, 1, sizeof block, f)) > 0) {
        antq__sha256_update(&h, block, got);
        size += got;
    }
    int bad = ferror(f);
    int saved = errno;
    fclose(f);
    if (bad)
        return antq__error_set(err, ANTQ_EIO, "", "cannot read %.200s: %s", path, strerror(saved));
    memset(out, 0, sizeof *out);
    out->name = path;
    out->size = size;
    antq__sha256_hex(&h, out->sha256);
    return ANTQ_OK;
}
