/* A whole file in memory, for the tests that read data files.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_TESTS_SLURP_H
#define ANTQ_TESTS_SLURP_H

#include <stdio.h>
#include <stdlib.h>

/* The bytes of the file at path, NUL-terminated (free() them), their count in *len; NULL when it cannot be
 * opened or read whole. */
static inline char *slurp(const char *path, size_t *len)
{
    *len = 0;
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf)
        buf[n] = '\0';
    *len = buf ? (size_t)n : 0;
    return buf;
}

#endif
