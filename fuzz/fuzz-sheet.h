/* What the spreadsheet fuzz targets check for any input: a failure comes with
 * a filled error record naming a sheet, a cell or a part; a dataset that
 * loads evaluates, and its JSON form reloads to the same JSON.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_FUZZ_SHEET_H
#define ANTQ_FUZZ_SHEET_H

#include "fuzz-common.h"

static inline void fuzz_sheet_outcome(int rc, antq_dataset *ds, const antq_error *err)
{
    if (rc != ANTQ_OK) {
        FUZZ_CHECK(ds == NULL, "dataset left behind on failure");
        FUZZ_CHECK(rc < 0 && rc >= ANTQ__STATUS_LAST, "status %d out of range", rc);
        FUZZ_CHECK(err->code == rc, "err.code %d != rc %d", (int)err->code, rc);
        FUZZ_CHECK(err->message[0] != '\0', "empty message for %s", antq_status_name(rc));
        FUZZ_CHECK(memchr(err->message, '\0', sizeof err->message) != NULL, "message not terminated");
        FUZZ_CHECK(memchr(err->path, '\0', sizeof err->path) != NULL, "path not terminated");
        FUZZ_CHECK(err->line >= 0 && err->column >= 0, "position %d:%d", (int)err->line, (int)err->column);
        if (strchr(err->path, '!'))
            FUZZ_CHECK(err->line >= 1, "a cell error without its row: %s", err->path);
        return;
    }
    char *a = NULL, *b = NULL;
    antq_dataset *again = NULL;
    antq_error e2;
    FUZZ_CHECK(antq_dataset_write_json(&a, ds, NULL) == ANTQ_OK, "write_json");
    int r2 = antq_dataset_load_json(&again, a, strlen(a), ANTQ_LOAD_KEEP_UNKNOWN, &e2);
    FUZZ_CHECK(r2 == ANTQ_OK, "a loaded sheet does not reload as JSON: %s: %s", e2.path, e2.message);
    FUZZ_CHECK(antq_dataset_write_json(&b, again, NULL) == ANTQ_OK, "write_json again");
    FUZZ_CHECK(strcmp(a, b) == 0, "JSON round trip differs");
    int year = antq_dataset_latest_year(ds);
    antq_evaluation *ev = NULL;
    if (antq_dataset_evaluate(&ev, ds, year ? year : 2024, NULL, &e2) == ANTQ_OK)
        FUZZ_CHECK(antq_evaluation_count(ev) == antq_dataset_unit_count(ds), "one result per unit");
    antq_evaluation_free(ev);
    antq_free(a);
    antq_free(b);
    antq_dataset_free(again);
    antq_dataset_free(ds);
}

#endif
