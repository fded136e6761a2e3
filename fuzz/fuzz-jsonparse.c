/* Fuzz target: the library's JSON parser against cJSON (fuzz/json-same.h).
 *
 * The whole input, and each of its lines, must be accepted by both parsers
 * with the same tree and end, or refused by both at the same byte.
 * SPDX-License-Identifier: MIT */
#include "fuzz-common.h"
#include "json-same.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *buf = (const char *)data, *end = buf + size;
    char why[300];
    FUZZ_CHECK(json_same_parse(buf, size, NULL, why, sizeof why), "whole input: %s", why);
    for (const char *p = buf; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        FUZZ_CHECK(json_same_parse(p, len, NULL, why, sizeof why), "line at byte %ld: %s", (long)(p - buf), why);
        p += len + (nl ? 1 : 0);
    }
    return 0;
}
