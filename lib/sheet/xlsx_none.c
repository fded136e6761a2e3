/* A build without the xlsx feature (meson -Dxlsx=disabled, or libzip, expat
 * or libxlsxwriter missing): the XLSX functions say so.
 * SPDX-License-Identifier: MIT */
#include "book.h"

int antq__xlsx_read(antq__book *b, const char *buf, size_t len, antq_error *err)
{
    (void)b, (void)buf, (void)len;
    return antq__error_set(err, ANTQ_EVERSION, "", "this libantq was built without .xlsx support (meson -Dxlsx)");
}

int antq__xlsx_write_book(const antq__book *b, const char *path, const char *file, int lang, int guide, unsigned kinds,
                          antq_error *err)
{
    (void)b, (void)file, (void)lang, (void)guide, (void)kinds;
    return antq__error_set(err, ANTQ_EVERSION, path, "this libantq was built without .xlsx support (meson -Dxlsx)");
}

int antq_xlsx_supported(void) { return 0; }

int antq_evaluation_write_xlsx(const char *path, const antq_evaluation *ev, const antq_evaluation *prev,
                               const antq_scorecard *plan, int lang, antq_error *err)
{
    (void)ev, (void)prev, (void)plan, (void)lang;
    return antq__error_set(err, ANTQ_EVERSION, path ? path : "", "this libantq was built without .xlsx support (meson -Dxlsx)");
}
