/* Fuzz target: NDJSON unit records.
 *
 * Splits the input into lines and feeds them to a streaming evaluator
 * (antq_stream_feed / antq_stream_finish), checking that every result line it
 * emits is one well-formed JSON object. The same lines go into a dataset with
 * antq_dataset_add_json(); a line that fails must leave the dataset exactly as
 * it was (same unit count; for the first lines also the same
 * antq_dataset_write_json text, which is too slow to compare on every line).
 * SPDX-License-Identifier: MIT */
#include "fuzz-common.h"

#include <cjson/cJSON.h>

typedef struct sink {
    size_t lines;
} sink;

static int on_result(const char *line, size_t len, void *ud)
{
    sink *s = ud;
    FUZZ_CHECK(len == strlen(line), "result line has an embedded NUL or a wrong length");
    FUZZ_CHECK(memchr(line, '\n', len) == NULL, "result line contains a newline");
    cJSON *j = cJSON_ParseWithLength(line, len);
    FUZZ_CHECK(j && cJSON_IsObject(j), "result line is not a JSON object: %.200s", line);
    cJSON_Delete(j);
    s->lines++;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *buf = (const char *)data, *end = buf + size;
    sink out = {0};
    antq_stream *s = NULL;
    FUZZ_CHECK(antq_stream_new(&s, 0, NULL, size & 1 ? ANTQ_LANG_EN : ANTQ_LANG_VI, on_result, &out) == ANTQ_OK,
               "stream_new");
    antq_dataset *ds = NULL;
    FUZZ_CHECK(antq_dataset_new(&ds) == ANTQ_OK, "dataset_new");
    int32_t line_no = 0;
    size_t fed_ok = 0;
    char *before = NULL;
    for (const char *p = buf; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        line_no++;
        antq_error err;
        memset(&err, 0, sizeof err);
        int rc = antq_stream_feed(s, p, len, line_no, &err);
        if (rc == ANTQ_OK)
            fed_ok++;
        else
            FUZZ_CHECK(err.code == rc && err.message[0], "stream_feed error record (%s)", antq_status_name(rc));

        size_t units = antq_dataset_unit_count(ds);
        int compare = line_no <= 16;
        if (compare && !before)
            FUZZ_CHECK(antq_dataset_write_json(&before, ds, NULL) == ANTQ_OK, "write_json");
        rc = antq_dataset_add_json(ds, p, len, ANTQ_LOAD_KEEP_UNKNOWN, (size_t)line_no - 1, line_no - 1, &err);
        if (rc != ANTQ_OK) {
            fuzz_check_error(rc, &err, len);
            FUZZ_CHECK(err.line == line_no || len == 0, "error on line %d reported on line %d", (int)line_no,
                       (int)err.line);
            FUZZ_CHECK(antq_dataset_unit_count(ds) == units, "failed add changed the unit count");
            if (compare) {
                char *after = NULL;
                FUZZ_CHECK(antq_dataset_write_json(&after, ds, NULL) == ANTQ_OK, "write_json");
                FUZZ_CHECK(strcmp(before, after) == 0, "failed add changed the dataset");
                antq_free(after);
            }
        } else {
            FUZZ_CHECK(antq_dataset_unit_count(ds) == units + 1, "add added %zu units",
                       antq_dataset_unit_count(ds) - units);
            antq_free(before);
            before = NULL;
        }
        p = nl ? nl + 1 : end;
    }
    antq_free(before);
    antq_error err;
    int rc = antq_stream_finish(s, &err);
    FUZZ_CHECK(rc == ANTQ_OK || err.code == rc, "stream_finish error record");
    antq_stream_free(s);

    /* the dataset built from the same lines: check, evaluate, write */
    if (antq_dataset_check(ds, &err) == ANTQ_OK && antq_dataset_unit_count(ds) > 0) {
        antq_evaluation *ev = NULL;
        int year = antq_dataset_latest_year(ds);
        if (antq_dataset_evaluate(&ev, ds, year ? year : 2024, NULL, &err) == ANTQ_OK) {
            char *text = NULL;
            FUZZ_CHECK(antq_evaluation_write(&text, ev, ANTQ_FORMAT_NDJSON, ANTQ_LANG_EN, NULL) == ANTQ_OK, "write");
            antq_free(text);
            antq_evaluation_free(ev);
        }
    }
    antq_dataset_free(ds);
    (void)fed_ok;
    return 0;
}
