/* Fuzz target: dataset documents.
 *
 * Loads the input with antq_dataset_load_json() (and, when it has unknown
 * fields, again with ANTQ_LOAD_KEEP_UNKNOWN), checks that the collecting
 * validator agrees on the first error, and for a document that loads:
 * evaluates it for its year, writes the results in every format, explains a
 * few results, writes the dataset back and reloads it (the second write must
 * equal the first).
 * SPDX-License-Identifier: MIT */
#include "fuzz-common.h"

static int count_error(const antq_error *e, void *ud)
{
    (void)e;
    return ++*(size_t *)ud > 64; /* stop after 64: enough to walk the collecting paths */
}

static void exercise(const antq_dataset *ds, unsigned flags)
{
    int year = antq_dataset_year(ds);
    if (!year)
        year = antq_dataset_latest_year(ds);
    if (!year)
        year = 2024;
    antq_evaluation *ev = NULL;
    antq_error err;
    int rc = antq_dataset_evaluate(&ev, ds, year, NULL, &err);
    if (rc == ANTQ_OK) {
        FUZZ_CHECK(antq_evaluation_count(ev) == antq_dataset_unit_count(ds), "one result per unit");
        for (int format = ANTQ_FORMAT_JSON; format <= ANTQ_FORMAT_CSV_CRITERIA; format++) {
            char *text = NULL;
            rc = antq_evaluation_write(&text, ev, format, format & 1 ? ANTQ_LANG_EN : ANTQ_LANG_VI, NULL);
            FUZZ_CHECK(rc == ANTQ_OK && text, "evaluation_write(%d): %s", format, antq_status_name(rc));
            antq_free(text);
        }
        size_t n = antq_evaluation_count(ev);
        for (size_t i = 0; i < n && i < 8; i++) {
            const antq_result *r = antq_evaluation_result(ev, i);
            char *text = NULL;
            FUZZ_CHECK(antq_result_explain(&text, r, (int)(i & 1), NULL) == ANTQ_OK, "explain");
            antq_free(text);
            FUZZ_CHECK(antq_result_what_it_takes(&text, r, (int)(~i & 1), NULL) == ANTQ_OK, "what_it_takes");
            antq_free(text);
            FUZZ_CHECK(antq_result_write_csv(&text, r, ANTQ_FORMAT_CSV_CRITERIA, ANTQ_LANG_EN, NULL) ==
                           ANTQ_OK, "write_csv");
            antq_free(text);
        }
        antq_evaluation_free(ev);
    } else {
        FUZZ_CHECK(ev == NULL, "evaluation left behind on failure");
        FUZZ_CHECK(rc == ANTQ_ENORULES || rc == ANTQ_EINVAL || rc == ANTQ_ERANGE || rc == ANTQ_EMISSING ||
                       rc == ANTQ_EUTF8 || rc == ANTQ_EVERSION || rc == ANTQ_ECYCLE,
                   "evaluate: unexpected %s (%s at %s)", antq_status_name(rc), err.message, err.path);
    }

    /* write back, reload, write again: a fixed point */
    char *first = NULL, *second = NULL;
    rc = antq_dataset_write_json(&first, ds, NULL);
    FUZZ_CHECK(rc == ANTQ_OK && first, "write_json: %s", antq_status_name(rc));
    antq_dataset *again = NULL;
    rc = antq_dataset_load_json(&again, first, strlen(first), flags, &err);
    FUZZ_CHECK(rc == ANTQ_OK, "reload of the written dataset: %s at %s %d:%d: %s\n%s", antq_status_name(rc), err.path,
               (int)err.line, (int)err.column, err.message, first);
    FUZZ_CHECK(antq_dataset_unit_count(again) == antq_dataset_unit_count(ds), "unit count changed");
    rc = antq_dataset_write_json(&second, again, NULL);
    FUZZ_CHECK(rc == ANTQ_OK && second, "second write_json");
    FUZZ_CHECK(strcmp(first, second) == 0, "write/load/write is not a fixed point:\n%s\n---\n%s", first, second);
    antq_free(first);
    antq_free(second);
    antq_dataset_free(again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *buf = (const char *)data;
    antq_dataset *ds = (antq_dataset *)&ds; /* must be reset to NULL on failure */
    antq_error err;
    memset(&err, 0, sizeof err);
    unsigned flags = ANTQ_LOAD_DEFAULT;
    int rc = antq_dataset_load_json(&ds, buf, size, flags, &err);
    if (rc == ANTQ_EUNKNOWNFIELD) {
        flags = ANTQ_LOAD_KEEP_UNKNOWN;
        ds = (antq_dataset *)&ds;
        rc = antq_dataset_load_json(&ds, buf, size, flags, &err);
    }
    /* the collecting validator reports the same first error */
    size_t n_seen = 0, n_errors = 0;
    int vrc = antq_dataset_validate_json(&n_errors, buf, size, flags, count_error, &n_seen);
    FUZZ_CHECK(vrc == rc, "validate_json says %s, load_json says %s", antq_status_name(vrc), antq_status_name(rc));
    FUZZ_CHECK((rc == ANTQ_OK) == (n_errors == 0), "%zu errors counted for %s", n_errors, antq_status_name(rc));
    if (rc != ANTQ_OK) {
        FUZZ_CHECK(ds == NULL, "dataset not reset to NULL on failure");
        fuzz_check_error(rc, &err, size);
        return 0;
    }
    FUZZ_CHECK(ds != NULL, "no dataset on success");
    FUZZ_CHECK(antq_dataset_check(ds, &err) == ANTQ_OK, "a loaded dataset fails its hierarchy check");
    exercise(ds, flags);
    antq_dataset_free(ds);
    return 0;
}
