/* SHA-256 over Nettle (<nettle/sha2.h>): input digests and the catalogue hash.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_CORE_SHA256_H
#define ANTQ_CORE_SHA256_H

#include "../internal.h"

#include <nettle/sha2.h>

typedef struct antq__sha256 {
    struct sha256_ctx ctx;
} antq__sha256;
ANTQ__HIDDEN void antq__sha256_init(antq__sha256 *h);
ANTQ__HIDDEN void antq__sha256_update(antq__sha256 *h, const void *data, size_t len);
/* The digest as 64 lower-case hex digits and a NUL into out (ANTQ_SHA256_HEX_SIZE bytes). */
ANTQ__HIDDEN void antq__sha256_hex(antq__sha256 *h, char *out);

#endif
