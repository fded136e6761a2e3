/* Fuzz target: CSV sets. The input is up to eight CSV files separated by form
 * feeds (\f), named in order units.csv, Số liệu năm.csv, Sự việc.csv,
 * disciplines.csv, options.csv, extra_criteria.csv, Ủy quyền.csv and
 * authority.csv; they are loaded with
 * antq_dataset_load_csv() (strict, then keeping unknown columns).
 * SPDX-License-Identifier: MIT */
#include "fuzz-sheet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const names[] = {"units.csv", "Số liệu năm.csv", "Sự việc.csv", "disciplines.csv",
                                        "options.csv", "extra_criteria.csv", "Ủy quyền.csv", "authority.csv"};
    antq_csv_file files[8];
    size_t n = 0;
    const char *p = (const char *)data, *end = p + size;
    while (n < 8) {
        const char *ff = memchr(p, '\f', (size_t)(end - p));
        antq_csv_file_init(&files[n]);
        files[n].name = names[n];
        files[n].text = p;
        files[n].len = (size_t)((ff ? ff : end) - p);
        n++;
        if (!ff)
            break;
        p = ff + 1;
    }
    for (unsigned flags = 0; flags <= ANTQ_LOAD_KEEP_UNKNOWN; flags++) {
        antq_dataset *ds = (antq_dataset *)&ds;
        antq_error err;
        int rc = antq_dataset_load_csv(&ds, files, n, flags, &err);
        fuzz_sheet_outcome(rc, ds, &err);
    }
    return 0;
}
