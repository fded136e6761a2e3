/* Status names and the error record.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <stdio.h>
#include <string.h>

const char *antq_status_name(int code)
{
    switch (code) {
#define ANTQ__STATUS_NAME(name, value, text) \
    case value:                              \
        return "ANTQ_" #name;
        ANTQ_STATUS_MAP(ANTQ__STATUS_NAME)
#undef ANTQ__STATUS_NAME
    default:
        return "ANTQ_UNKNOWN_STATUS";
    }
}

const char *antq_strerror(int code)
{
    switch (code) {
#define ANTQ__STATUS_TEXT(name, value, text) \
    case value:                              \
        return text;
        ANTQ_STATUS_MAP(ANTQ__STATUS_TEXT)
#undef ANTQ__STATUS_TEXT
    default:
        return "unknown status code";
    }
}

void antq_error_clear(antq_error *err)
{
    if (err)
        memset(err, 0, sizeof *err);
}

int antq__error_set(antq_error *err, int code, const char *path, const char *fmt, ...)
{
    if (!err)
        return code;
    memset(err, 0, sizeof *err);
    err->code = code;
    if (path)
        snprintf(err->path, sizeof err->path, "%s", path);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    return code;
}
