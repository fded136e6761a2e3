/* Fuzz target: .xlsx workbooks, loaded with antq_dataset_load_xlsx() (strict,
 * then keeping unknown columns). An input that starts as a zip archive is
 * loaded as it is; any other input is up to four XML parts separated by form
 * feeds — the units sheet, the evidence sheet, the shared strings and the
 * workbook (a default one when absent) — put into an archive first, so that
 * the mutations reach the XML and the cells rather than the compressed bytes.
 * SPDX-License-Identifier: MIT */
#include "fuzz-sheet.h"

#include <zip.h>

static const char *const default_workbook =
    "<workbook xmlns:r=\"r\"><sheets><sheet name=\"units\" r:id=\"rId1\"/>"
    "<sheet name=\"evidence\" r:id=\"rId2\"/></sheets></workbook>";
static const char *const rels =
    "<Relationships><Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>";

/* The parts as a stored (uncompressed) archive; NULL if libzip fails. */
static char *archive(const uint8_t *data, size_t size, size_t *len)
{
    static const char *const names[] = {"xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                                        "xl/sharedStrings.xml", "xl/workbook.xml"};
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    zip_error_fini(&ze);
    if (!src)
        return NULL;
    zip_source_keep(src);
    zip_t *za = zip_open_from_source(src, ZIP_TRUNCATE, NULL);
    char *out = NULL;
    if (za) {
        const char *p = (const char *)data, *end = p + size;
        int n = 0, ok = 1;
        while (n < 4 && ok) {
            const char *ff = memchr(p, '\f', (size_t)(end - p));
            zip_source_t *part = zip_source_buffer(za, p, (zip_uint64_t)((ff ? ff : end) - p), 0);
            zip_int64_t i = part ? zip_file_add(za, names[n++], part, ZIP_FL_OVERWRITE) : -1;
            ok = i >= 0 && zip_set_file_compression(za, (zip_uint64_t)i, ZIP_CM_STORE, 0) == 0;
            if (!ff)
                break;
            p = ff + 1;
        }
        if (ok && n < 4) {
            zip_source_t *part = zip_source_buffer(za, default_workbook, strlen(default_workbook), 0);
            ok = part && zip_file_add(za, names[3], part, ZIP_FL_OVERWRITE) >= 0;
        }
        zip_source_t *part = ok ? zip_source_buffer(za, rels, strlen(rels), 0) : NULL;
        ok = ok && part && zip_file_add(za, "xl/_rels/workbook.xml.rels", part, ZIP_FL_OVERWRITE) >= 0;
        if (ok && zip_close(za) == 0) {
            zip_stat_t st;
            if (zip_source_stat(src, &st) == 0 && zip_source_open(src) == 0) {
                out = malloc(st.size ? st.size : 1);
                zip_int64_t got = out ? zip_source_read(src, out, st.size) : -1;
                zip_source_close(src);
                if (got < 0) {
                    free(out);
                    out = NULL;
                }
                *len = got < 0 ? 0 : (size_t)got;
            }
        } else {
            zip_discard(za);
        }
    }
    zip_source_free(src);
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *built = NULL;
    size_t len = size;
    const char *buf = (const char *)data;
    if (size < 4 || memcmp(data, "PK\x03\x04", 4) != 0) {
        built = archive(data, size, &len);
        if (!built)
            return 0;
        buf = built;
    }
    for (unsigned flags = 0; flags <= ANTQ_LOAD_KEEP_UNKNOWN; flags++) {
        antq_dataset *ds = (antq_dataset *)&ds;
        antq_error err;
        int rc = antq_dataset_load_xlsx(&ds, buf, len, flags, &err);
        fuzz_sheet_outcome(rc, ds, &err);
    }
    free(built);
    return 0;
}
