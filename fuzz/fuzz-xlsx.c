/* Fuzz target: .xlsx workbooks, loaded with antq_dataset_load_xlsx() (strict,
 * then keeping unknown columns). libzip and expat read the archive and its
 * XML; the target checks what libantq makes of them.
 * SPDX-License-Identifier: MIT */
#include "fuzz-sheet.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (unsigned flags = 0; flags <= ANTQ_LOAD_KEEP_UNKNOWN; flags++) {
        antq_dataset *ds = (antq_dataset *)&ds;
        antq_error err;
        int rc = antq_dataset_load_xlsx(&ds, (const char *)data, size, flags, &err);
        fuzz_sheet_outcome(rc, ds, &err);
    }
    return 0;
}
