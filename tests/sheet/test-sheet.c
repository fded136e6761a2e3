/* Spreadsheets in and out (doc/spreadsheets.md): round trips through the CSV
 * set and the .xlsx workbook give back the same dataset and the same
 * verdicts; the CSV reader takes what spreadsheet programs write; the XLSX
 * reader takes shared and inline strings, numbers, booleans and date cells of
 * both date systems; every error names the cell; a failed read returns nothing.
 * SPDX-License-Identifier: MIT */
#include <antq.h>
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zip.h>
#include "../common/slurp.h"

static const char *src_dir; /* the repository */
static char tmp_dir[256];

/* A dataset file of the repository (JSON or NDJSON). */
static antq_dataset *load_json(const char *rel)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", src_dir, rel);
    antq_dataset *ds;
    antq_error err;
    ck_assert_msg(antq_dataset_load_file(&ds, path, 0, &err) == ANTQ_OK, "%s: %s: %s", rel, err.path, err.message);
    return ds;
}

static char *json_of(const antq_dataset *ds)
{
    char *text;
    ck_assert_int_eq(antq_dataset_write_json(&text, ds, NULL), ANTQ_OK);
    return text;
}

static char *verdicts_of(const antq_dataset *ds)
{
    antq_evaluation *ev;
    antq_error err;
    char *text;
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, antq_dataset_latest_year(ds), NULL, &err), ANTQ_OK);
    ck_assert_int_eq(antq_evaluation_write(&text, ev, ANTQ_FORMAT_JSON, ANTQ_LANG_EN, NULL), ANTQ_OK);
    antq_evaluation_free(ev);
    return text;
}

/* JSON → sheets → JSON for one dataset file, in both languages. */
static void round_trip(const char *rel, int xlsx)
{
    antq_dataset *a = load_json(rel);
    char *ja = json_of(a), *va = verdicts_of(a);
    for (int lang = ANTQ_LANG_VI; lang <= ANTQ_LANG_EN; lang++) {
        antq_dataset *b = NULL;
        antq_error err;
        char path[512];
        if (xlsx) {
            snprintf(path, sizeof path, "%s/rt.xlsx", tmp_dir);
            ck_assert_msg(antq_dataset_write_xlsx(path, a, lang, &err) == ANTQ_OK, "%s", err.message);
            ck_assert_msg(antq_dataset_load_xlsx_file(&b, path, 0, &err) == ANTQ_OK, "%s: %s: %s", rel, err.path, err.message);
        } else {
            snprintf(path, sizeof path, "%s/rt-%d", tmp_dir, lang);
            mkdir(path, 0755);
            ck_assert_msg(antq_dataset_write_csv_dir(path, a, lang, &err) == ANTQ_OK, "%s", err.message);
            ck_assert_msg(antq_dataset_load_csv_dir(&b, path, 0, &err) == ANTQ_OK, "%s: %s: %s", rel, err.path, err.message);
        }
        char *jb = json_of(b), *vb = verdicts_of(b);
        ck_assert_msg(strcmp(ja, jb) == 0, "%s: the dataset changed on the way through %s", rel, xlsx ? "XLSX" : "CSV");
        ck_assert_msg(strcmp(va, vb) == 0, "%s: the verdicts changed on the way through %s", rel, xlsx ? "XLSX" : "CSV");
        antq_free(jb);
        antq_free(vb);
        antq_dataset_free(b);
    }
    antq_free(ja);
    antq_free(va);
    antq_dataset_free(a);
}

/* The sample and every valid test dataset (the test below fails when one of
 * tests/data/valid is missing here). two-tier-2026.json has delegations, an
 * authority table, an extra criterion answered from events and decision
 * numbers: the sheets Ủy quyền and Thẩm quyền công nhận and the columns
 * Không đạt khi có sự việc and Số quyết định công nhận. */
static const char *const valid_sets[] = {
    "data/sample-province.json",          "tests/data/valid/mixed-province.json",
    "tests/data/valid/mixed-province.ndjson", "tests/data/valid/two-tier-2026.json",
    "tests/data/valid/two-tier-2026.ndjson",
};
#define N_VALID_SETS ((int)(sizeof valid_sets / sizeof valid_sets[0]))

START_TEST(every_valid_dataset_is_round_tripped)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/data/valid", src_dir);
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t len = strlen(e->d_name);
        int dataset = (len > 5 && strcmp(e->d_name + len - 5, ".json") == 0) ||
                      (len > 7 && strcmp(e->d_name + len - 7, ".ndjson") == 0);
        if (!dataset)
            continue;
        char rel[600];
        snprintf(rel, sizeof rel, "tests/data/valid/%s", e->d_name);
        int listed = 0;
        for (int i = 0; i < N_VALID_SETS; i++)
            listed |= strcmp(valid_sets[i], rel) == 0;
        ck_assert_msg(listed, "%s is not in valid_sets of tests/sheet/test-sheet.c: add it to the round trips", rel);
        n++;
    }
    closedir(d);
    ck_assert_int_eq(n, N_VALID_SETS - 1); /* and every listed one exists */
}
END_TEST

START_TEST(json_xlsx_json_is_identity)
{
    round_trip(valid_sets[_i], 1);
}
END_TEST

START_TEST(json_csv_json_is_identity)
{
    round_trip(valid_sets[_i], 0);
}
END_TEST

/* data/sample-province.xlsx and data/sample-province-csv/ are the JSON sample
 * (written by `antq convert`): they must load to the same dataset. */
START_TEST(sample_workbook_and_csv_set_are_the_json_sample)
{
    antq_dataset *a = load_json("data/sample-province.json"), *b;
    char *ja = json_of(a);
    const char *const forms[] = {"data/sample-province.xlsx", "data/sample-province-csv"};
    for (int i = 0; i < 2; i++) {
        char path[1024];
        antq_error err;
        snprintf(path, sizeof path, "%s/%s", src_dir, forms[i]);
        ck_assert_msg(antq_dataset_load_file(&b, path, 0, &err) == ANTQ_OK, "%s: %s: %s", forms[i], err.path, err.message);
        char *jb = json_of(b);
        ck_assert_msg(strcmp(ja, jb) == 0, "%s differs from data/sample-province.json: regenerate it with "
                      "antq convert data/sample-province.json %s", forms[i], forms[i]);
        antq_free(jb);
        antq_dataset_free(b);
    }
    antq_free(ja);
    antq_dataset_free(a);
}
END_TEST

/* ---- CSV as spreadsheet programs write it */

static int load_csv(antq_dataset **ds, const char *units, const char *evidence, antq_error *err)
{
    antq_csv_file f[2];
    antq_csv_file_init(&f[0]);
    antq_csv_file_init(&f[1]);
    f[0].name = "units.csv";
    f[0].text = units;
    f[0].len = strlen(units);
    if (evidence) {
        f[1].name = "Số liệu năm.csv";
        f[1].text = evidence;
        f[1].len = strlen(evidence);
    }
    return antq_dataset_load_csv(ds, f, evidence ? 2 : 1, 0, err);
}

START_TEST(csv_semicolon_bom_crlf_quotes)
{
    antq_dataset *ds;
    antq_error err;
    const char *units = "\xEF\xBB\xBF" "Mã đơn vị;Loại đơn vị;Tên đơn vị;Mã đơn vị cấp xã\r\n"
                        "X1;Cấp xã;\"Xã \"\"Một\"\"\";\r\n"
                        "T1;residential_area;\"Thôn; Nà\r\nPài\";X1\r\n";
    const char *ev = "Mã đơn vị\tNăm\tSố hộ đang cư trú\tSố hộ đăng ký\tNgày đăng ký\n"
                     "T1\t2024\t120\t100\t15/01/2024\n";
    ck_assert_msg(load_csv(&ds, units, ev, &err) == ANTQ_OK, "%s: %s", err.path, err.message);
    ck_assert_str_eq(antq_dataset_unit(ds, 0)->name, "Xã \"Một\"");
    ck_assert_str_eq(antq_dataset_unit(ds, 1)->name, "Thôn; Nà\r\nPài");
    const antq_evidence *e = antq_dataset_evidence(ds, 1, 2024);
    ck_assert_int_eq(e->households_registered, 100);
    ck_assert_int_eq(e->registration_date, 20240115);
    antq_dataset_free(ds);
}
END_TEST

START_TEST(csv_apostrophe_before_a_formula_character_is_removed)
{
    antq_dataset *ds;
    antq_error err;
    const char *units = "id,kind,name\nA1,agency,'=Cơ quan\nA2,agency,'Cơ quan\nA3,agency,'''x\n";
    ck_assert_msg(load_csv(&ds, units, NULL, &err) == ANTQ_OK, "%s", err.message);
    ck_assert_str_eq(antq_dataset_unit(ds, 0)->name, "=Cơ quan");
    ck_assert_str_eq(antq_dataset_unit(ds, 1)->name, "'Cơ quan");
    ck_assert_str_eq(antq_dataset_unit(ds, 2)->name, "''x");
    antq_dataset_free(ds);
}
END_TEST

START_TEST(csv_writer_neutralises_formula_cells_and_reads_them_back)
{
    antq_unit u;
    antq_unit_init(&u);
    u.id = "A1";
    u.kind = ANTQ_KIND_AGENCY;
    u.name = "=HYPERLINK(\"x\")";
    antq_dataset *ds, *back;
    antq_error err;
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_add(ds, &u, NULL, &err), ANTQ_OK);
    char dir[512], path[600];
    snprintf(dir, sizeof dir, "%s/formula", tmp_dir);
    mkdir(dir, 0755);
    ck_assert_int_eq(antq_dataset_write_csv_dir(dir, ds, ANTQ_LANG_EN, &err), ANTQ_OK);
    snprintf(path, sizeof path, "%s/units.csv", dir);
    size_t len;
    char *text = slurp(path, &len);
    ck_assert_msg(strncmp(text, "\xEF\xBB\xBF", 3) == 0, "no byte-order mark");
    ck_assert_ptr_nonnull(strstr(text, "\r\nA1,agency,\"'=HYPERLINK(\"\"x\"\")\""));
    free(text);
    ck_assert_int_eq(antq_dataset_load_csv_dir(&back, dir, 0, &err), ANTQ_OK);
    ck_assert_str_eq(antq_dataset_unit(back, 0)->name, "=HYPERLINK(\"x\")");
    antq_dataset_free(back);
    antq_dataset_free(ds);
}
END_TEST

START_TEST(csv_not_utf8_is_refused_with_its_line)
{
    antq_dataset *ds = (antq_dataset *)&ds;
    antq_error err;
    ck_assert_int_eq(load_csv(&ds, "id,kind\nA1,agency\nA2,c\xF4ng\n", NULL, &err), ANTQ_EUTF8);
    ck_assert_ptr_null(ds);
    ck_assert_str_eq(err.path, "units.csv");
    ck_assert_int_eq(err.line, 3);
}
END_TEST

/* ---- the invalid-spreadsheet corpus: each directory of tests/data/sheets/invalid
 * is a CSV set with the error it must give in NAME.expected ("PATH: CODE: MESSAGE") */

START_TEST(invalid_corpus_gives_the_exact_cell)
{
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/tests/data/sheets/invalid", src_dir);
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int n = 0;
    for (struct dirent *e; (e = readdir(d)) != NULL;) {
        size_t len = strlen(e->d_name);
        if (len < 10 || strcmp(e->d_name + len - 9, ".expected") != 0)
            continue;
        char set[1200], exp_path[1200], got[700];
        snprintf(set, sizeof set, "%s/%.*s", dir, (int)(len - 9), e->d_name);
        snprintf(exp_path, sizeof exp_path, "%s/%s", dir, e->d_name);
        size_t elen;
        char *expected = slurp(exp_path, &elen);
        ck_assert_msg(expected != NULL, "cannot read %s", exp_path);
        while (elen && expected[elen - 1] == '\n')
            expected[--elen] = '\0';
        antq_dataset *ds = (antq_dataset *)&ds;
        antq_error err;
        int rc = antq_dataset_load_csv_dir(&ds, set, 0, &err);
        snprintf(got, sizeof got, "%s: %s: %s", err.path, antq_status_name(rc), err.message);
        ck_assert_msg(rc != ANTQ_OK, "%s loaded", set);
        ck_assert_ptr_null(ds);
        ck_assert_msg(strcmp(got, expected) == 0, "%s:\n  expected %s\n  got      %s", set, expected, got);
        free(expected);
        n++;
    }
    closedir(d);
    ck_assert_int_ge(n, 10);
}
END_TEST

/* ---- XLSX: workbooks made here part by part, as other programs write them */

static const char *const content_types =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>";
static const char *const rels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/>"
    "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"/xl/worksheets/sheet2.xml\"/></Relationships>";

/* A workbook of two sheets (units, then evidence) from their <sheetData> rows. */
static char *make_xlsx(size_t *len, int date1904, const char *shared, const char *units_rows, const char *ev_rows)
{
    char wb[1024];
    snprintf(wb, sizeof wb,
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
             "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">%s<sheets>"
             "<sheet name=\"Đơn vị\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"evidence\" sheetId=\"2\" r:id=\"rId2\"/>"
             "</sheets></workbook>",
             date1904 ? "<workbookPr date1904=\"1\"/>" : "");
    const char *head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
                       "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
    char *s1 = malloc(strlen(head) + strlen(units_rows) + 40), *s2 = malloc(strlen(head) + strlen(ev_rows) + 40);
    sprintf(s1, "%s%s</sheetData></worksheet>", head, units_rows);
    sprintf(s2, "%s%s</sheetData></worksheet>", head, ev_rows);
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(NULL, 0, 0, &ze);
    zip_source_keep(src);
    zip_t *za = zip_open_from_source(src, ZIP_TRUNCATE, &ze);
    const char *names[] = {"[Content_Types].xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                           "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/sharedStrings.xml"};
    const char *texts[] = {content_types, wb, rels, s1, s2, shared};
    for (int i = 0; i < (shared ? 6 : 5); i++) {
        zip_source_t *part = zip_source_buffer(za, texts[i], strlen(texts[i]), 0);
        ck_assert_int_ge(zip_file_add(za, names[i], part, ZIP_FL_OVERWRITE), 0);
    }
    ck_assert_int_eq(zip_close(za), 0);
    zip_stat_t st;
    zip_source_stat(src, &st);
    char *out = malloc(st.size);
    zip_source_open(src);
    *len = (size_t)zip_source_read(src, out, st.size);
    zip_source_close(src);
    zip_source_free(src);
    free(s1);
    free(s2);
    return out;
}

static const char *const units_ok =
    "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"inlineStr\"><is><t>kind</t></is></c>"
    "<c r=\"C1\" t=\"s\"><v>1</v></c></row>"
    "<row r=\"2\"><c r=\"A2\"><v>1001</v></c><c r=\"B2\" t=\"s\"><v>2</v></c>"
    "<c r=\"C2\" t=\"b\"><v>1</v></c></row>";
static const char *const shared_ok =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<si><t>Mã đơn vị</t></si><si><r><t>Có tổ chức </t></r><r><rPr><b/></rPr><t>Đảng</t></r></si>"
    "<si><t>Cơ quan</t><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si></sst>";

START_TEST(xlsx_strings_numbers_booleans_and_dates)
{
    /* evidence: 45512 is 2024-08-08 in the 1900 system and 2028-08-09 in the 1904 system */
    const char *ev = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>unit_id</t></is></c>"
                     "<c r=\"B1\" t=\"inlineStr\"><is><t>Năm</t></is></c>"
                     "<c r=\"D1\" t=\"inlineStr\"><is><t>plan_date</t></is></c>"
                     "<c r=\"E1\" t=\"inlineStr\"><is><t>staff_total</t></is></c></row>"
                     "<row r=\"3\"><c r=\"A3\" t=\"str\"><v>1001</v></c><c r=\"B3\"><v>2024</v></c>"
                     "<c r=\"D3\" s=\"1\"><v>45512</v></c><c r=\"E3\"/></row>";
    for (int sys = 0; sys < 2; sys++) {
        size_t len;
        char *x = make_xlsx(&len, sys, shared_ok, units_ok, ev);
        antq_dataset *ds;
        antq_error err;
        ck_assert_msg(antq_dataset_load_xlsx(&ds, x, len, 0, &err) == ANTQ_OK, "%s: %s", err.path, err.message);
        const antq_unit *u = antq_dataset_unit(ds, 0);
        ck_assert_str_eq(u->id, "1001");
        ck_assert_int_eq(u->kind, ANTQ_KIND_AGENCY);
        ck_assert_int_eq(u->has_party_org, ANTQ_YES);
        const antq_evidence *e = antq_dataset_evidence(ds, 0, 2024);
        ck_assert_ptr_nonnull(e);
        ck_assert_int_eq(e->plan_date, sys ? 20280809 : 20240808);
        ck_assert_int_eq(e->staff_total, ANTQ_COUNT_UNKNOWN); /* an empty cell is unknown */
        antq_dataset_free(ds);
        free(x);
    }
}
END_TEST

static void xlsx_error(const char *shared, const char *units, const char *ev, int code, const char *path,
                       const char *message_start)
{
    size_t len;
    char *x = make_xlsx(&len, 0, shared, units, ev);
    antq_dataset *ds = (antq_dataset *)&ds;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_xlsx(&ds, x, len, 0, &err), code);
    ck_assert_ptr_null(ds);
    ck_assert_str_eq(err.path, path);
    ck_assert_msg(strncmp(err.message, message_start, strlen(message_start)) == 0, "message: %s", err.message);
    free(x);
}

START_TEST(xlsx_errors_name_the_cell)
{
    const char *ev_head = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>unit_id</t></is></c>"
                          "<c r=\"B1\" t=\"inlineStr\"><is><t>year</t></is></c>"
                          "<c r=\"C1\" t=\"inlineStr\"><is><t>Số hộ đăng ký</t></is></c></row>";
    char ev[1024];
    /* a date-formatted cell in a count column is a number, a fraction is not a count */
    snprintf(ev, sizeof ev, "%s<row r=\"17\"><c r=\"A17\"><v>1001</v></c><c r=\"B17\"><v>2024</v></c>"
                            "<c r=\"C17\"><v>2.5</v></c></row>", ev_head);
    xlsx_error(shared_ok, units_ok, ev, ANTQ_ETYPE, "evidence!C17", "2.5 is not a count (column \"Số hộ đăng ký\"");
    /* a shared string that does not exist */
    xlsx_error(shared_ok, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>9</v></c></row>", ev_head, ANTQ_EPARSE,
               "xl/worksheets/sheet1.xml", "cell A1 refers to a shared string that does not exist");
    /* no shared-string part at all, an unknown column */
    xlsx_error(NULL, "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c>"
                     "<c r=\"B1\" t=\"inlineStr\"><is><t>kind</t></is></c>"
                     "<c r=\"AA1\" t=\"inlineStr\"><is><t>Số điện thoại</t></is></c></row>",
               ev_head, ANTQ_EUNKNOWNFIELD, "Đơn vị!AA1", "unknown column \"Số điện thoại\"");
    /* a document type declaration (entity expansion) is refused */
    xlsx_error("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaa\">]><sst><si><t>&a;</t></si></sst>",
               units_ok, ev_head, ANTQ_EPARSE, "xl/sharedStrings.xml", "a document type declaration is not allowed");
}
END_TEST

START_TEST(xlsx_not_a_workbook)
{
    antq_dataset *ds = (antq_dataset *)&ds;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_xlsx(&ds, "PK\x03\x04garbage", 11, 0, &err), ANTQ_EPARSE);
    ck_assert_ptr_null(ds);
    ck_assert_str_eq(err.message, "not an .xlsx workbook (not a zip archive)");
}
END_TEST

START_TEST(keep_unknown_columns_become_unknown_fields)
{
    const char *units = "id,kind,Số điện thoại\nA1,agency,0912\n";
    antq_csv_file f = {"units.csv", units, strlen(units)};
    antq_dataset *ds;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_csv(&ds, &f, 1, 0, &err), ANTQ_EUNKNOWNFIELD);
    ck_assert_str_eq(err.path, "units.csv!C1");
    ck_assert_int_eq(antq_dataset_load_csv(&ds, &f, 1, ANTQ_LOAD_KEEP_UNKNOWN, &err), ANTQ_OK);
    char *json = json_of(ds);
    ck_assert_ptr_nonnull(strstr(json, "\"Số điện thoại\":\"0912\""));
    antq_free(json);
    antq_dataset_free(ds);
}
END_TEST

START_TEST(template_loads_as_an_empty_dataset_with_its_year)
{
    char path[512];
    antq_error err;
    antq_dataset *ds;
    snprintf(path, sizeof path, "%s/mau.xlsx", tmp_dir);
    ck_assert_int_eq(antq_template_write_xlsx(path, 2025, 0, ANTQ_LANG_VI, &err), ANTQ_OK);
    ck_assert_msg(antq_dataset_load_xlsx_file(&ds, path, 0, &err) == ANTQ_OK, "%s: %s", err.path, err.message);
    ck_assert_uint_eq(antq_dataset_unit_count(ds), 0);
    ck_assert_int_eq(antq_dataset_year(ds), 2025);
    antq_dataset_free(ds);
    /* the template has every sheet of the layout, the delegations and authority table included */
    zip_t *z = zip_open(path, ZIP_RDONLY, NULL);
    ck_assert_ptr_nonnull(z);
    zip_stat_t st;
    ck_assert_int_eq(zip_stat(z, "xl/workbook.xml", 0, &st), 0);
    char *xml = calloc(1, st.size + 1);
    zip_file_t *f = zip_fopen(z, "xl/workbook.xml", 0);
    ck_assert_int_eq(zip_fread(f, xml, st.size), (zip_int64_t)st.size);
    zip_fclose(f);
    zip_close(z);
    ck_assert_ptr_nonnull(strstr(xml, "name=\"Ủy quyền\""));
    ck_assert_ptr_nonnull(strstr(xml, "name=\"Thẩm quyền công nhận\""));
    free(xml);
    ck_assert_int_eq(antq_template_write_xlsx(path, 1800, 0, ANTQ_LANG_VI, &err), ANTQ_ERANGE);
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("sheet");
    TCase *t = tcase_create("sheet");
    tcase_set_timeout(t, 60);
    tcase_add_loop_test(t, json_xlsx_json_is_identity, 0, N_VALID_SETS);
    tcase_add_loop_test(t, json_csv_json_is_identity, 0, N_VALID_SETS);
    tcase_add_test(t, every_valid_dataset_is_round_tripped);
    tcase_add_test(t, sample_workbook_and_csv_set_are_the_json_sample);
    tcase_add_test(t, csv_semicolon_bom_crlf_quotes);
    tcase_add_test(t, csv_apostrophe_before_a_formula_character_is_removed);
    tcase_add_test(t, csv_writer_neutralises_formula_cells_and_reads_them_back);
    tcase_add_test(t, csv_not_utf8_is_refused_with_its_line);
    tcase_add_test(t, invalid_corpus_gives_the_exact_cell);
    tcase_add_test(t, xlsx_strings_numbers_booleans_and_dates);
    tcase_add_test(t, xlsx_errors_name_the_cell);
    tcase_add_test(t, xlsx_not_a_workbook);
    tcase_add_test(t, keep_unknown_columns_become_unknown_fields);
    tcase_add_test(t, template_loads_as_an_empty_dataset_with_its_year);
    suite_add_tcase(s, t);
    return s;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return 99;
    src_dir = argv[1];
    snprintf(tmp_dir, sizeof tmp_dir, "/tmp/antq-sheet-XXXXXX");
    if (!mkdtemp(tmp_dir))
        return 99;
    SRunner *r = srunner_create(suite());
    srunner_run_all(r, CK_ENV);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", tmp_dir);
    if (system(cmd) != 0)
        return 99;
    return failed ? 1 : 0;
}
