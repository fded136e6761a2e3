/* Files from real offices and careless callers (issue #11): each test is one
 * finding, with the input that gave a wrong answer or a crash before the fix.
 * SPDX-License-Identifier: MIT */
#include <antq.h>
#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define BOM "\xEF\xBB\xBF"
#define DOC(units) "{\"format\":\"antq-dataset\",\"version\":1,\"units\":[" units "]}"

static int load(const char *doc, size_t len, antq_dataset **ds, antq_error *err)
{
    memset(err, 0, sizeof *err);
    return antq_dataset_load_json(ds, doc, len, ANTQ_LOAD_DEFAULT, err);
}

/* ---- byte-order marks and encodings (doc/format.md "Encoding") */

START_TEST(a_json_dataset_with_a_utf8_byte_order_mark_loads)
{
    static const char doc[] = BOM DOC("{\"id\":\"XA-1\",\"kind\":\"commune\",\"name\":\"Xã Một\"}");
    antq_dataset *ds;
    antq_error err;
    ck_assert_msg(load(doc, sizeof doc - 1, &ds, &err) == ANTQ_OK, "%s", err.message);
    ck_assert_uint_eq(antq_dataset_unit_count(ds), 1);
    antq_dataset_free(ds);
    /* a byte-order mark anywhere else is still an error */
    static const char late[] = "{" BOM "\"format\":\"antq-dataset\",\"units\":[]}";
    ck_assert_int_eq(load(late, sizeof late - 1, &ds, &err), ANTQ_EPARSE);
}
END_TEST

START_TEST(an_ndjson_record_and_a_campaign_with_a_byte_order_mark_load)
{
    static const char line[] = BOM "{\"id\":\"XA-1\",\"kind\":\"commune\"}";
    antq_dataset *ds;
    antq_error err;
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_add_json(ds, line, sizeof line - 1, ANTQ_LOAD_DEFAULT, 0, 0, &err), ANTQ_OK);
    antq_dataset_free(ds);
    static const char camp[] = BOM "{\"format\":\"antq-campaign\",\"version\":1,\"plans\":[]}";
    antq_campaign *c;
    ck_assert_int_eq(antq_campaign_load_json(&c, camp, sizeof camp - 1, &err), ANTQ_OK);
    antq_campaign_free(c);
}
END_TEST

/* The error for doc names `detected` and gives an iconv command. */
static void expect_encoding(const char *doc, size_t len, const char *detected)
{
    antq_dataset *ds;
    antq_error err;
    ck_assert_int_eq(load(doc, len, &ds, &err), ANTQ_EUTF8);
    ck_assert_msg(strstr(err.message, detected) && strstr(err.message, "iconv -f "), "%s", err.message);
    /* the same diagnosis for an NDJSON record and a campaign */
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_add_json(ds, doc, len, ANTQ_LOAD_DEFAULT, 0, 0, &err), ANTQ_EUTF8);
    ck_assert_msg(strstr(err.message, detected) != NULL, "%s", err.message);
    antq_dataset_free(ds);
    antq_campaign *c;
    ck_assert_int_eq(antq_campaign_load_json(&c, doc, len, &err), ANTQ_EUTF8);
    ck_assert_msg(strstr(err.message, detected) != NULL, "%s", err.message);
}

START_TEST(utf16_and_legacy_vietnamese_encodings_are_named_with_a_conversion)
{
    /* "{}" in UTF-16LE and UTF-16BE with their byte-order marks, UTF-16LE without */
    expect_encoding("\xFF\xFE{\0}\0", 6, "UTF-16LE");
    expect_encoding("\xFE\xFF\0{\0}", 6, "UTF-16BE");
    expect_encoding("{\0\"\0u\0\"\0:\0[\0]\0}\0", 16, "UTF-16 or UTF-32 without a byte-order mark");
    /* "Xã" in TCVN3 (ABC): 0xB5 is not UTF-8 */
    static const char tcvn3[] = "{\"units\":[{\"id\":\"X\",\"name\":\"X\xB5\"}]}";
    expect_encoding(tcvn3, sizeof tcvn3 - 1, "TCVN3, VNI or Windows-1258");
    /* "Việt" in VNI: "Vieä" */
    static const char vni[] = "{\"units\":[{\"id\":\"X\",\"name\":\"Vie\xE4t\"}]}";
    expect_encoding(vni, sizeof vni - 1, "byte 0xE4");
}
END_TEST

/* ---- NFC: one id whatever the spelling (doc/format.md "Text") */

/* "Xã Đông" (a with tilde): composed U+00E3 and decomposed a + U+0303 */
#define XA_NFC "X\xC3\xA3-\xC4\x90\xC3\xB4ng"
#define XA_NFD "Xa\xCC\x83-\xC4\x90o\xCC\x82ng"

START_TEST(nfc_and_nfd_spellings_of_an_id_are_one_unit)
{
    static const char dup[] = DOC("{\"id\":\"" XA_NFC "\",\"kind\":\"commune\"},{\"id\":\"" XA_NFD "\",\"kind\":\"commune\"}");
    antq_dataset *ds;
    antq_error err;
    ck_assert_int_eq(load(dup, sizeof dup - 1, &ds, &err), ANTQ_EDUPLICATE);
    ck_assert_str_eq(err.path, "/units/1/id");
    static const char parent[] = DOC("{\"id\":\"" XA_NFC "\",\"kind\":\"commune\"},"
                                     "{\"id\":\"RA-1\",\"kind\":\"residential_area\",\"parent\":\"" XA_NFD "\"}");
    ck_assert_msg(load(parent, sizeof parent - 1, &ds, &err) == ANTQ_OK, "%s at %s", err.message, err.path);
    ck_assert_uint_eq(antq_dataset_find(ds, XA_NFD), 0);
    ck_assert_uint_eq(antq_dataset_find(ds, XA_NFC), 0);
    ck_assert_str_eq(antq_dataset_unit(ds, 1)->parent_id, XA_NFC); /* stored composed */
    antq_dataset_free(ds);
    /* records given as C structures are normalised too */
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    antq_unit u;
    antq_unit_init(&u);
    u.id = XA_NFD;
    u.name = "e\xCC\x83";
    u.kind = ANTQ_KIND_COMMUNE;
    ck_assert_int_eq(antq_dataset_add(ds, &u, NULL, &err), ANTQ_OK);
    ck_assert_str_eq(antq_dataset_unit(ds, 0)->id, XA_NFC);
    ck_assert_str_eq(antq_dataset_unit(ds, 0)->name, "\xE1\xBA\xBD"); /* ẽ */
    u.id = XA_NFC;
    ck_assert_int_eq(antq_dataset_add(ds, &u, NULL, &err), ANTQ_EDUPLICATE);
    /* a mark after a precomposed letter composes further (ê + acute = ế, U+1EBF), and a mark after a letter of
     * Latin Extended Additional reorders into it (ạ U+1EA1 + circumflex = ậ U+1EAD): neither is left as typed */
    u.id = "B\xC3\xAA\xCC\x81n";
    u.name = "\xE1\xBA\xA1\xCC\x82";
    ck_assert_int_eq(antq_dataset_add(ds, &u, NULL, &err), ANTQ_OK);
    ck_assert_str_eq(antq_dataset_unit(ds, 1)->id, "B\xE1\xBA\xBFn");
    ck_assert_str_eq(antq_dataset_unit(ds, 1)->name, "\xE1\xBA\xAD");
    antq_dataset_free(ds);
}
END_TEST

/* ---- arithmetic at the format's limits (doc/format.md "Limits") */

/* Outcome of one "reported" target op threshold against the reported value. */
static int reported_outcome(const char *op, const char *threshold, const char *reported, int64_t *gap)
{
    char doc[512];
    snprintf(doc, sizeof doc,
             "{\"format\":\"antq-campaign\",\"version\":1,\"plans\":[{\"id\":\"P\",\"year\":2024,\"targets\":"
             "[{\"id\":\"T\",\"metric\":\"reported\",\"op\":\"%s\",\"threshold\":%s,\"reported\":%s}]}]}",
             op, threshold, reported);
    antq_campaign *c;
    antq_error err;
    ck_assert_msg(antq_campaign_load_json(&c, doc, strlen(doc), &err) == ANTQ_OK, "%s", err.message);
    antq_dataset *ds;
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    antq_evaluation *ev; /* a plan of reported targets only: the evaluation of an empty dataset (NEWS 1.0.0) */
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, &err), ANTQ_OK);
    antq_scorecard *s;
    ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, ev, 0, &err), ANTQ_OK);
    int o = antq_scorecard_target(s, 0)->outcome;
    if (gap)
        *gap = antq_scorecard_target(s, 0)->gap;
    antq_scorecard_free(s);
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    antq_campaign_free(c);
    return o;
}

START_TEST(thresholds_and_reported_values_up_to_10e15_compare_exactly)
{
    /* 1 of 10^15 does not meet >= 99.9999998% (the products are ~10^30; wrapped in 64 bits, it "met" it) */
    int64_t gap;
    ck_assert_int_eq(reported_outcome("ge", "[999999998000000,1000000000000000]", "[1,1000000000000000]", &gap),
                     ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(gap, 999999997999999);
    ck_assert_int_eq(reported_outcome("ge", "[999999999999994,1000000000000000]", "[1,1000000000000000]", &gap),
                     ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(gap, 999999999999993);
    ck_assert_int_eq(reported_outcome("ge", "[999999999999994,1000000000000000]", "[999999999999994,1000000000000000]", NULL),
                     ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(reported_outcome("gt", "[999999999999999,1000000000000000]", "[999999999999999,1000000000000000]", &gap),
                     ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(gap, 1);
    ck_assert_int_eq(reported_outcome("gt", "[999999999999999,1000000000000000]", "[1000000000000000,1000000000000000]", NULL),
                     ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(reported_outcome("lt", "[1,1000000000000000]", "[1,999999999999999]", NULL), ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(reported_outcome("le", "[1,1000000000000000]", "[1,1000000000000000]", NULL), ANTQ_OUTCOME_PASS);
}
END_TEST

/* A province of n residential areas of 2^53 − 1 households, all registered. */
static antq_dataset *big_areas(int n)
{
    size_t cap = 200 + (size_t)n * 200, len = 0;
    char *doc = malloc(cap);
    ck_assert_ptr_nonnull(doc);
    len += (size_t)snprintf(doc + len, cap - len, "{\"format\":\"antq-dataset\",\"version\":1,\"units\":["
                                                   "{\"id\":\"XA\",\"kind\":\"commune\"}");
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(doc + len, cap - len,
                                ",\n{\"id\":\"RA-%d\",\"kind\":\"residential_area\",\"parent\":\"XA\",\"evidence\":[{\"year\":2024,"
                                "\"households_resident\":9007199254740991,\"households_registered\":9007199254740991}]}",
                                i);
    len += (size_t)snprintf(doc + len, cap - len, "]}");
    antq_dataset *ds;
    antq_error err;
    ck_assert_msg(load(doc, len, &ds, &err) == ANTQ_OK, "%s", err.message);
    free(doc);
    return ds;
}

static const antq_target_result *households_target(antq_dataset *ds, antq_campaign **c, antq_scorecard **s,
                                                   antq_evaluation **ev)
{
    static const char doc[] = "{\"format\":\"antq-campaign\",\"version\":1,\"plans\":[{\"id\":\"P\",\"year\":2024,\"targets\":"
                              "[{\"id\":\"T\",\"metric\":\"households_registered\",\"op\":\"eq_all\",\"threshold\":[100,100]}]}]}";
    antq_error err;
    ck_assert_int_eq(antq_campaign_load_json(c, doc, sizeof doc - 1, &err), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_evaluate(ev, ds, 2024, NULL, &err), ANTQ_OK);
    ck_assert_int_eq(antq_plan_evaluate(s, *c, 0, *ev, 0, &err), ANTQ_OK);
    return antq_scorecard_target(*s, 0);
}

START_TEST(sums_of_households_beyond_int64_are_unknown_not_met)
{
    antq_campaign *c;
    antq_scorecard *s;
    antq_evaluation *ev;
    antq_dataset *ds = big_areas(1024); /* 1024 × (2^53 − 1) < 2^63: exact */
    const antq_target_result *r = households_target(ds, &c, &s, &ev);
    ck_assert_int_eq(r->outcome, ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(r->value_num, 1024 * 9007199254740991LL);
    antq_scorecard_free(s);
    antq_campaign_free(c);
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    ds = big_areas(1025); /* one more overflows int64 */
    r = households_target(ds, &c, &s, &ev);
    ck_assert_int_eq(r->outcome, ANTQ_OUTCOME_UNKNOWN);
    ck_assert_int_eq(r->value_num, -1);
    ck_assert_msg(r->missing && strstr(r->missing, "2^63"), "%s", r->missing ? r->missing : "(null)");
    antq_scorecard_free(s);
    antq_campaign_free(c);
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
}
END_TEST

/* Coverage of one festival with n gift visits of 2^53 − 1 đồng each. */
static int gift_total(int n, antq_festival_coverage *cov, antq_error *err)
{
    static const char ds_doc[] = DOC("{\"id\":\"XA\",\"kind\":\"commune\"}");
    antq_dataset *ds;
    ck_assert_int_eq(load(ds_doc, sizeof ds_doc - 1, &ds, err), ANTQ_OK);
    size_t cap = 200 + (size_t)n * 80, len = 0;
    char *doc = malloc(cap);
    ck_assert_ptr_nonnull(doc);
    len += (size_t)snprintf(doc, cap, "{\"format\":\"antq-campaign\",\"version\":1,\"festivals\":[{\"id\":\"F\",\"host\":"
                                      "\"XA\",\"year\":2024,\"level\":\"commune\",\"activities\":[");
    for (int i = 0; i < n; i++)
        len += (size_t)snprintf(doc + len, cap - len, "%s{\"kind\":\"gift_visit\",\"gift_value_vnd\":9007199254740991}",
                                i ? "," : "");
    snprintf(doc + len, cap - len, "]}]}");
    antq_campaign *c;
    ck_assert_msg(antq_campaign_load_json(&c, doc, strlen(doc), err) == ANTQ_OK, "%s", err->message);
    free(doc);
    int rc = antq_festival_coverage_compute(cov, c, ds, 2024, err);
    antq_campaign_free(c);
    antq_dataset_free(ds);
    return rc;
}

START_TEST(festival_totals_beyond_int64_are_an_error)
{
    antq_festival_coverage cov;
    antq_festival_coverage_init(&cov);
    antq_error err;
    ck_assert_int_eq(gift_total(1024, &cov, &err), ANTQ_OK);
    ck_assert_int_eq(cov.gift_value_vnd, 1024 * 9007199254740991LL);
    ck_assert_int_eq(gift_total(1025, &cov, &err), ANTQ_ERANGE);
    ck_assert_msg(strstr(err.message, "2^63") != NULL, "%s", err.message);
    ck_assert_int_eq(cov.gift_value_vnd, 0);
}
END_TEST

START_TEST(line_numbers_beyond_int32_are_refused_not_wrapped)
{
    static const char rec[] = "{\"id\":\"X\",\"kind\":\"commune\",\"bad\":1}";
    antq_dataset *ds;
    antq_error err;
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_add_json(ds, rec, sizeof rec - 1, ANTQ_LOAD_DEFAULT, 0, INT32_MAX, &err), ANTQ_ERANGE);
    ck_assert_int_eq(antq_dataset_add_json(ds, rec, sizeof rec - 1, ANTQ_LOAD_DEFAULT, 0, -1, &err), ANTQ_EINVAL);
    /* the last representable line still works, and the error is on it */
    ck_assert_int_eq(antq_dataset_add_json(ds, rec, sizeof rec - 1, ANTQ_LOAD_DEFAULT, 0, INT32_MAX - 1, &err),
                     ANTQ_EUNKNOWNFIELD);
    ck_assert_int_eq(err.line, INT32_MAX);
    static const char two[] = "{\"id\":\"X\",\n\"kind\":\"commune\"}";
    ck_assert_int_eq(antq_dataset_add_json(ds, two, sizeof two - 1, ANTQ_LOAD_DEFAULT, 0, INT32_MAX - 1, &err), ANTQ_ERANGE);
    ck_assert_uint_eq(antq_dataset_unit_count(ds), 0);
    antq_dataset_free(ds);
}
END_TEST

/* ---- CSV for spreadsheets (doc/format.md "CSV") */

static antq_evaluation *evaluate(antq_dataset *ds)
{
    antq_evaluation *ev;
    antq_error err;
    ck_assert_msg(antq_dataset_evaluate(&ev, ds, 2024, NULL, &err) == ANTQ_OK, "%s", err.message);
    return ev;
}

START_TEST(formula_looking_cells_are_neutralised_and_a_bom_comes_first)
{
    static const char doc[] = DOC("{\"id\":\"=1+1\",\"kind\":\"commune\",\"name\":\"=HYPERLINK(\\\"http://x\\\",\\\"x\\\")\"},"
                                  "{\"id\":\"+1\",\"kind\":\"agency\",\"parent\":\"=1+1\",\"name\":\"@SUM(A1)\"},"
                                  "{\"id\":\"-2\",\"kind\":\"agency\",\"parent\":\"=1+1\",\"name\":\"\\tTab\"},"
                                  "{\"id\":\"'quoted\",\"kind\":\"agency\",\"parent\":\"=1+1\",\"name\":\"\\rCR\"},"
                                  "{\"id\":\"plain\",\"kind\":\"agency\",\"parent\":\"=1+1\",\"name\":\"a=b\"}");
    antq_dataset *ds;
    antq_error err;
    ck_assert_msg(load(doc, sizeof doc - 1, &ds, &err) == ANTQ_OK, "%s", err.message);
    antq_evaluation *ev = evaluate(ds);
    char *csv;
    ck_assert_int_eq(antq_evaluation_write(&csv, ev, ANTQ_FORMAT_CSV_UNITS, ANTQ_LANG_EN, NULL), ANTQ_OK);
    ck_assert_msg(strncmp(csv, BOM "unit_id,name,", 3 + 13) == 0, "%.40s", csv);
    ck_assert_msg(strstr(csv, "\n'=1+1,\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",commune,,") != NULL, "%s", csv);
    ck_assert_msg(strstr(csv, "\n'+1,'@SUM(A1),agency,'=1+1,") != NULL, "%s", csv);
    ck_assert_msg(strstr(csv, "\n'-2,'\tTab,agency,") != NULL, "%s", csv);
    ck_assert_msg(strstr(csv, "\n''quoted,\"'\rCR\",agency,") != NULL, "%s", csv);
    ck_assert_msg(strstr(csv, "\nplain,a=b,agency,'=1+1,") != NULL, "%s", csv);
    antq_free(csv);
    /* the same through antq_evaluation_write_detail() with the defaults, and per result */
    ck_assert_int_eq(antq_evaluation_write_detail(&csv, NULL, ev, NULL, ANTQ_FORMAT_CSV_CRITERIA, ANTQ_DETAIL_FULL,
                                                  ANTQ_LANG_EN, ANTQ_CSV_DEFAULT, NULL), ANTQ_OK);
    ck_assert_msg(strncmp(csv, BOM "unit_id,year,", 16) == 0 && strstr(csv, "\n'=1+1,2024,") != NULL, "%.200s", csv);
    antq_free(csv);
    ck_assert_int_eq(antq_result_write_csv(&csv, antq_evaluation_result(ev, 0), ANTQ_FORMAT_CSV_UNITS,
                                           ANTQ_LANG_EN, NULL), ANTQ_OK);
    ck_assert_msg(strncmp(csv, "'=1+1,\"'=HYPERLINK(", 19) == 0, "%s", csv);
    antq_free(csv);
    /* turned off: cells as they are, no byte-order mark */
    ck_assert_int_eq(antq_evaluation_write_detail(&csv, NULL, ev, NULL, ANTQ_FORMAT_CSV_UNITS, ANTQ_DETAIL_FULL,
                                                  ANTQ_LANG_EN, ANTQ_CSV_RAW_CELLS | ANTQ_CSV_NO_BOM, NULL), ANTQ_OK);
    ck_assert_msg(strncmp(csv, "unit_id,", 8) == 0 && strstr(csv, "\n=1+1,\"=HYPERLINK(") != NULL, "%s", csv);
    antq_free(csv);
    /* the compact detail levels neutralise their cells too (one cell rule for every CSV) */
    ck_assert_int_eq(antq_evaluation_write_detail(&csv, NULL, ev, NULL, ANTQ_FORMAT_CSV_UNITS, ANTQ_DETAIL_FAILURES,
                                                  ANTQ_LANG_EN, ANTQ_CSV_DEFAULT, NULL), ANTQ_OK);
    ck_assert_msg(strncmp(csv, BOM "unit_id,year,verdict,", 3 + 21) == 0 && strstr(csv, "\n'=1+1,2024,") != NULL,
                  "%.200s", csv);
    antq_free(csv);
    ck_assert_int_eq(antq_evaluation_write_detail(&csv, NULL, ev, NULL, ANTQ_FORMAT_CSV_UNITS, ANTQ_DETAIL_FULL,
                                                  ANTQ_LANG_EN, 1u << 7, NULL), ANTQ_EINVAL);
    ck_assert_ptr_null(csv);
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
}
END_TEST

/* ---- control characters in text output */

START_TEST(control_characters_from_input_are_escaped_in_explanations)
{
    static const char doc[] = DOC("{\"id\":\"X\\u001b[2J\\rfake: valid\",\"kind\":\"commune\",\"name\":\"N\\u0007\\u0085\"}");
    antq_dataset *ds;
    antq_error err;
    ck_assert_msg(load(doc, sizeof doc - 1, &ds, &err) == ANTQ_OK, "%s", err.message);
    antq_evaluation *ev = evaluate(ds);
    char *text;
    ck_assert_int_eq(antq_result_explain(&text, antq_evaluation_result(ev, 0), ANTQ_LANG_EN, NULL), ANTQ_OK);
    ck_assert_msg(strstr(text, "Unit X\\x1b[2J\\x0dfake: valid \"N\\x07\\u0085\"") != NULL, "%.120s", text);
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        ck_assert_msg(*p >= 0x20 || *p == '\n', "control character 0x%02x in the explanation", *p);
    antq_free(text);
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
}
END_TEST

START_TEST(control_characters_from_a_campaign_are_escaped_in_scorecards)
{
    static const char doc[] = "{\"format\":\"antq-campaign\",\"version\":1,\"plans\":[{\"id\":\"P\\u001b]0;x\\u0007\",\"year\":2024,"
                              "\"number\":\"01\\r\",\"targets\":[{\"id\":\"T\\n\",\"text\":\"t\\u001b\",\"metric\":\"reported\","
                              "\"op\":\"ge\",\"threshold\":[1,1]}],\"tasks\":[{\"id\":\"K\\b\",\"content\":\"c\\u009b\",\"lead\":\"l\\u007f\"}]}]}";
    antq_campaign *c;
    antq_error err;
    ck_assert_msg(antq_campaign_load_json(&c, doc, sizeof doc - 1, &err) == ANTQ_OK, "%s", err.message);
    antq_dataset *ds;
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    antq_evaluation *ev; /* a plan of reported targets only: the evaluation of an empty dataset (NEWS 1.0.0) */
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, &err), ANTQ_OK);
    antq_scorecard *s;
    ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, ev, 0, &err), ANTQ_OK);
    char *text;
    ck_assert_int_eq(antq_scorecard_write(&text, s, ANTQ_FORMAT_TEXT, ANTQ_LANG_EN, NULL), ANTQ_OK);
    ck_assert_msg(strstr(text, "Plan P\\x1b]0;x\\x07 — 01\\x0d (2024)") && strstr(text, "] T\\x0a — t\\x1b") &&
                      strstr(text, "K\\x08") && strstr(text, "lead: l\\x7f") && strstr(text, "c\\u009b"),
                  "%s", text);
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        ck_assert_msg(*p >= 0x20 || *p == '\n', "control character 0x%02x in the scorecard", *p);
    antq_free(text);
    antq_scorecard_free(s);
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    antq_campaign_free(c);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("office");
    TCase *tc = tcase_create("encodings");
    tcase_add_test(tc, a_json_dataset_with_a_utf8_byte_order_mark_loads);
    tcase_add_test(tc, an_ndjson_record_and_a_campaign_with_a_byte_order_mark_load);
    tcase_add_test(tc, utf16_and_legacy_vietnamese_encodings_are_named_with_a_conversion);
    suite_add_tcase(s, tc);
    tc = tcase_create("unicode");
    tcase_add_test(tc, nfc_and_nfd_spellings_of_an_id_are_one_unit);
    suite_add_tcase(s, tc);
    tc = tcase_create("arithmetic");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, thresholds_and_reported_values_up_to_10e15_compare_exactly);
    tcase_add_test(tc, sums_of_households_beyond_int64_are_unknown_not_met);
    tcase_add_test(tc, festival_totals_beyond_int64_are_an_error);
    tcase_add_test(tc, line_numbers_beyond_int32_are_refused_not_wrapped);
    suite_add_tcase(s, tc);
    tc = tcase_create("output");
    tcase_add_test(tc, formula_looking_cells_are_neutralised_and_a_bom_comes_first);
    tcase_add_test(tc, control_characters_from_input_are_escaped_in_explanations);
    tcase_add_test(tc, control_characters_from_a_campaign_are_escaped_in_scorecards);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
