/* Helpers shared by the fuzz targets: invariant checks that abort (so that
 * libFuzzer and the replay test both see a failure) and an error-record check.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_FUZZ_COMMON_H
#define ANTQ_FUZZ_COMMON_H

#include <antq.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond, ...)                                                        \
    do {                                                                             \
        if (!(cond)) {                                                               \
            fprintf(stderr, "%s:%d: invariant broken: %s: ", __FILE__, __LINE__, #cond); \
            fprintf(stderr, __VA_ARGS__);                                            \
            fputc('\n', stderr);                                                     \
            abort();                                                                 \
        }                                                                            \
    } while (0)

/* A failure must come with a filled error record that points inside the input. */
static inline void fuzz_check_error(int rc, const antq_error *err, size_t len)
{
    FUZZ_CHECK(rc < 0 && rc >= ANTQ__STATUS_LAST, "status %d out of range", rc);
    FUZZ_CHECK(err->code == rc, "err.code %d != rc %d", (int)err->code, rc);
    FUZZ_CHECK(err->message[0] != '\0', "empty message for %s", antq_status_name(rc));
    FUZZ_CHECK(memchr(err->message, '\0', sizeof err->message) != NULL, "message not terminated");
    FUZZ_CHECK(memchr(err->path, '\0', sizeof err->path) != NULL, "path not terminated");
    FUZZ_CHECK(err->path[0] == '\0' || err->path[0] == '/', "path \"%s\" is not a JSON pointer", err->path);
    FUZZ_CHECK(err->offset <= len, "offset %llu past the input (%zu bytes)", (unsigned long long)err->offset, len);
    if (rc != ANTQ_ENOMEM && rc != ANTQ_EINVAL && len > 0)
        FUZZ_CHECK(err->line >= 1 && err->column >= 1, "position %d:%d for %s (%s)", (int)err->line,
                   (int)err->column, antq_status_name(rc), err->message);
}

#endif
