/* Loading a whole NDJSON buffer: one unit record per line, added to a new
 * dataset, then the hierarchy checked as a whole.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <string.h>

int antq_dataset_load_ndjson(antq_dataset **out, const char *buf, size_t len, unsigned flags, antq_error *err)
{
    if (out)
        *out = NULL;
    if (!out || (!buf && len))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer and a buffer, found NULL");
    antq_dataset *ds;
    int rc = antq_dataset_new(&ds);
    if (rc != ANTQ_OK)
        return antq__error_set(err, rc, "", "out of memory");
    const char *p = buf, *end = buf + len;
    int32_t line = 1;
    while (p < end && rc == ANTQ_OK) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *stop = nl ? nl : end;
        size_t k = 0;
        while (p + k < stop && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r'))
            k++;
        if (p + k < stop)
            rc = antq_dataset_add_json(ds, p, (size_t)(stop - p), flags, (size_t)line - 1, line - 1, err);
        p = nl ? nl + 1 : end;
        line++;
    }
    if (rc == ANTQ_OK)
        rc = antq_dataset_check(ds, err);
    if (rc != ANTQ_OK) {
        antq_dataset_free(ds);
        return rc;
    }
    *out = ds;
    return ANTQ_OK;
}
