/* Load → write → load gives the same data; unknown fields survive the round
 * trip when kept; a failed add leaves the dataset unchanged; the whole-file and
 * streaming paths give the same results.
 * SPDX-License-Identifier: MIT */
#include <antq.h>
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../common/slurp.h"

static const char *data_dir;

static char *valid_file(const char *name, size_t *len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", data_dir, name);
    char *buf = slurp(path, len);
    ck_assert_msg(buf != NULL, "cannot read %s", path);
    return buf;
}

/* The valid documents and their evaluation year: the 2024 province, and a
 * 2026 commune with the options of the two-tier period (period_start,
 * delegations, an authority table, an extra criterion read from events) and
 * recorded recognition decisions. */
static const struct {
    const char *json, *ndjson;
    int year;
} docs[] = {
    {"valid/mixed-province.json", "valid/mixed-province.ndjson", 2024},
    {"valid/two-tier-2026.json", "valid/two-tier-2026.ndjson", 2026},
};
#define N_DOCS ((int)(sizeof docs / sizeof docs[0]))

START_TEST(load_write_load_is_identity)
{
    size_t len;
    const int year = docs[_i].year;
    char *buf = valid_file(docs[_i].json, &len);
    antq_dataset *a, *b;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&a, buf, len, 0, &err), ANTQ_OK);
    char *text1, *text2;
    ck_assert_int_eq(antq_dataset_write_json(&text1, a, NULL), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_load_json(&b, text1, strlen(text1), 0, &err), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_write_json(&text2, b, NULL), ANTQ_OK);
    ck_assert_str_eq(text1, text2);
    ck_assert_uint_eq(antq_dataset_unit_count(a), antq_dataset_unit_count(b));
    for (size_t i = 0; i < antq_dataset_unit_count(a); i++) {
        const antq_unit *ua = antq_dataset_unit(a, i), *ub = antq_dataset_unit(b, i);
        ck_assert_str_eq(ua->id, ub->id);
        ck_assert_int_eq(ua->kind, ub->kind);
        ck_assert_int_eq(ua->armed_forces, ub->armed_forces);
        const antq_evidence *ea = antq_dataset_evidence(a, i, year), *eb = antq_dataset_evidence(b, i, year);
        ck_assert((ea == NULL) == (eb == NULL));
        if (ea) {
            ck_assert_int_eq(ea->households_registered, eb->households_registered);
            ck_assert_int_eq(ea->n_events, eb->n_events);
            ck_assert_int_eq(ea->events_recorded, eb->events_recorded);
            ck_assert_int_eq(ea->registration_date, eb->registration_date);
            ck_assert_int_eq(ea->rule_topics, eb->rule_topics);
            ck_assert_int_eq(ea->decision_date, eb->decision_date);
            ck_assert_int_eq(ea->decision_body, eb->decision_body);
        }
    }
    /* and the results are the same */
    antq_evaluation *ra, *rb;
    ck_assert_int_eq(antq_dataset_evaluate(&ra, a, year, NULL, &err), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_evaluate(&rb, b, year, NULL, &err), ANTQ_OK);
    char *ja, *jb;
    ck_assert_int_eq(antq_evaluation_write(&ja, ra, ANTQ_FORMAT_JSON, ANTQ_LANG_EN, NULL), ANTQ_OK);
    ck_assert_int_eq(antq_evaluation_write(&jb, rb, ANTQ_FORMAT_JSON, ANTQ_LANG_EN, NULL), ANTQ_OK);
    ck_assert_str_eq(ja, jb);
    antq_free(ja);
    antq_free(jb);
    antq_evaluation_free(ra);
    antq_evaluation_free(rb);
    antq_free(text1);
    antq_free(text2);
    antq_dataset_free(a);
    antq_dataset_free(b);
    free(buf);
}
END_TEST

START_TEST(unknown_fields_are_kept_when_asked_and_written_back)
{
    const char *doc = "{\"format\":\"antq-dataset\",\"x-source\":{\"system\":\"PCCC\",\"v\":[1,2]},"
                      "\"options\":{\"year\":2024,\"x-note\":\"draft\"},\"units\":["
                      "{\"id\":\"CW-1\",\"kind\":\"commune\",\"population\":1200,\"evidence\":[{\"year\":2024,"
                      "\"x-audit\":\"ok\",\"events\":[{\"date\":\"2024-03-01\",\"kind\":\"crime\",\"x-case\":\"HS-12\"}]}]}]}";
    antq_dataset *ds;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&ds, doc, strlen(doc), 0, &err), ANTQ_EUNKNOWNFIELD);
    ck_assert_int_eq(antq_dataset_load_json(&ds, doc, strlen(doc), ANTQ_LOAD_KEEP_UNKNOWN, &err), ANTQ_OK);
    char *text;
    ck_assert_int_eq(antq_dataset_write_json(&text, ds, NULL), ANTQ_OK);
    ck_assert_ptr_nonnull(strstr(text, "\"x-source\":{\"system\":\"PCCC\",\"v\":[1,2]}"));
    ck_assert_ptr_nonnull(strstr(text, "\"x-note\":\"draft\""));
    ck_assert_ptr_nonnull(strstr(text, "\"population\":1200"));
    ck_assert_ptr_nonnull(strstr(text, "\"x-audit\":\"ok\""));
    ck_assert_ptr_nonnull(strstr(text, "\"x-case\":\"HS-12\""));
    antq_dataset *again;
    ck_assert_int_eq(antq_dataset_load_json(&again, text, strlen(text), ANTQ_LOAD_KEEP_UNKNOWN, &err), ANTQ_OK);
    char *text2;
    ck_assert_int_eq(antq_dataset_write_json(&text2, again, NULL), ANTQ_OK);
    ck_assert_str_eq(text, text2);
    antq_free(text);
    antq_free(text2);
    antq_dataset_free(ds);
    antq_dataset_free(again);
}
END_TEST

/* doc/format.md, options: "province" and "issuer" name the report's header;
 * they are read, returned as written and written back. */
START_TEST(province_and_issuer_are_read_and_written_back)
{
    const char *doc = "{\"format\":\"antq-dataset\",\"options\":{\"year\":2024,\"province\":\"Tỉnh Sơn Nguyên\","
                      "\"issuer\":\"Ban Chỉ đạo 138 tỉnh\"},\"units\":[]}";
    antq_dataset *ds, *again;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&ds, doc, strlen(doc), 0, &err), ANTQ_OK);
    ck_assert_str_eq(antq_dataset_province(ds), "Tỉnh Sơn Nguyên");
    ck_assert_str_eq(antq_dataset_issuer(ds), "Ban Chỉ đạo 138 tỉnh");
    char *text;
    ck_assert_int_eq(antq_dataset_write_json(&text, ds, NULL), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_load_json(&again, text, strlen(text), 0, &err), ANTQ_OK);
    ck_assert_str_eq(antq_dataset_province(again), "Tỉnh Sơn Nguyên");
    ck_assert_str_eq(antq_dataset_issuer(again), "Ban Chỉ đạo 138 tỉnh");
    antq_free(text);
    antq_dataset_free(again);
    antq_dataset_free(ds);
    /* a document without them names none */
    const char *bare = "{\"format\":\"antq-dataset\",\"units\":[]}";
    ck_assert_int_eq(antq_dataset_load_json(&ds, bare, strlen(bare), 0, &err), ANTQ_OK);
    ck_assert_ptr_null(antq_dataset_province(ds));
    ck_assert_ptr_null(antq_dataset_issuer(ds));
    ck_assert_ptr_null(antq_dataset_province(NULL));
    antq_dataset_free(ds);
}
END_TEST

START_TEST(failed_add_leaves_the_dataset_unchanged)
{
    antq_dataset *ds;
    antq_error err;
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    const char *good = "{\"id\":\"CW-1\",\"kind\":\"commune\",\"evidence\":[{\"year\":2024,\"crimes\":1}]}";
    ck_assert_int_eq(antq_dataset_add_json(ds, good, strlen(good), 0, 0, 0, &err), ANTQ_OK);
    char *before;
    ck_assert_int_eq(antq_dataset_write_json(&before, ds, NULL), ANTQ_OK);
    const char *bad[] = {
        "{\"id\":\"RA-1\",\"kind\":\"residential_area\",\"evidence\":[{\"year\":2024,\"crimes\":-3}]}",
        "{\"id\":\"CW-1\",\"kind\":\"commune\"}",
        "{\"id\":\"RA-2\",\"kind\":\"residential_area\",\"evidence\":[{\"year\":2024},{\"year\":2024}]}",
        "{\"id\":\"RA-3\",\"kind\":\"residential_area\",\"evidence\":[{\"year\":2024,\"events\":[{\"date\":\"2024-01-01\",\"kind\":\"nope\"}]}]}",
        "{\"id\":\"RA-4\",\"kind\":\"residential_area\"",
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        ck_assert_int_ne(antq_dataset_add_json(ds, bad[i], strlen(bad[i]), 0, i + 1, 0, &err), ANTQ_OK);
        ck_assert_uint_eq(antq_dataset_unit_count(ds), 1);
        char *after;
        ck_assert_int_eq(antq_dataset_write_json(&after, ds, NULL), ANTQ_OK);
        ck_assert_str_eq(before, after);
        antq_free(after);
    }
    ck_assert_uint_eq(antq_dataset_find(ds, "RA-1"), (size_t)-1);
    antq_free(before);
    antq_dataset_free(ds);
}
END_TEST

typedef struct lines {
    char **v;
    size_t n;
} lines;

static int collect(const char *line, size_t len, void *ud)
{
    lines *l = ud;
    l->v = realloc(l->v, (l->n + 1) * sizeof *l->v);
    l->v[l->n++] = strndup(line, len);
    return 0;
}

static int by_string(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

START_TEST(streaming_and_whole_file_give_identical_results)
{
    size_t len, nlen;
    const int year = docs[_i].year;
    char *buf = valid_file(docs[_i].json, &len);
    char *nd = valid_file(docs[_i].ndjson, &nlen);
    antq_dataset *ds;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&ds, buf, len, 0, &err), ANTQ_OK);
    antq_evaluation *ev;
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, year, NULL, &err), ANTQ_OK);
    char *whole;
    ck_assert_int_eq(antq_evaluation_write(&whole, ev, ANTQ_FORMAT_NDJSON, ANTQ_LANG_VI, NULL), ANTQ_OK);
    lines a = {0}, b = {0};
    for (char *p = whole, *nl; (nl = strchr(p, '\n')); p = nl + 1)
        collect(p, (size_t)(nl - p), &a);
    antq_stream *s;
    /* NDJSON carries no options: give the stream the same options as the document */
    ck_assert_int_eq(antq_stream_new(&s, year, antq_dataset_options(ds), ANTQ_LANG_VI, collect, &b), ANTQ_OK);
    int32_t line_no = 0;
    for (char *p = nd, *nl; *p; p = nl ? nl + 1 : p + strlen(p)) {
        nl = strchr(p, '\n');
        size_t l = nl ? (size_t)(nl - p) : strlen(p);
        ck_assert_int_eq(antq_stream_feed(s, p, l, ++line_no, &err), ANTQ_OK);
        if (!nl)
            break;
    }
    ck_assert_int_eq(antq_stream_finish(s, &err), ANTQ_OK);
    antq_stream_free(s);
    ck_assert_uint_eq(a.n, b.n);
    ck_assert_uint_gt(a.n, 3);
    qsort(a.v, a.n, sizeof *a.v, by_string);
    qsort(b.v, b.n, sizeof *b.v, by_string);
    for (size_t i = 0; i < a.n; i++)
        ck_assert_str_eq(a.v[i], b.v[i]);
    for (size_t i = 0; i < a.n; i++) {
        free(a.v[i]);
        free(b.v[i]);
    }
    free(a.v);
    free(b.v);
    antq_free(whole);
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    free(buf);
    free(nd);
}
END_TEST

/* antq_dataset_load_file() reads a JSON document and NDJSON (by extension or content) the same way */
START_TEST(load_file_reads_json_and_ndjson_alike)
{
    char path[1024];
    antq_dataset *a, *b;
    antq_error err;
    snprintf(path, sizeof path, "%s/valid/mixed-province.json", data_dir);
    ck_assert_int_eq(antq_dataset_load_file(&a, path, 0, &err), ANTQ_OK);
    snprintf(path, sizeof path, "%s/valid/mixed-province.ndjson", data_dir);
    ck_assert_int_eq(antq_dataset_load_file(&b, path, 0, &err), ANTQ_OK);
    ck_assert_uint_eq(antq_dataset_unit_count(a), antq_dataset_unit_count(b));
    for (size_t i = 0; i < antq_dataset_unit_count(a); i++)
        ck_assert_str_eq(antq_dataset_unit(a, i)->id, antq_dataset_unit(b, i)->id);
    antq_dataset_free(a);
    antq_dataset_free(b);
}
END_TEST

/* A file that cannot be opened is ANTQ_EIO, naming the path and the reason; nothing is returned */
START_TEST(load_file_of_a_missing_file_is_eio_with_the_path)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/no-such-file.json", data_dir);
    antq_dataset *ds = (antq_dataset *)path;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_file(&ds, path, 0, &err), ANTQ_EIO);
    ck_assert_ptr_null(ds);
    ck_assert_ptr_nonnull(strstr(err.message, path));
    ck_assert_ptr_nonnull(strstr(err.message, "No such file"));
    antq_campaign *c = (antq_campaign *)path;
    ck_assert_int_eq(antq_campaign_load_file(&c, path, &err), ANTQ_EIO);
    ck_assert_ptr_null(c);
}
END_TEST

/* Art. 5.4: a commune's pool and certified share come from the evaluation, equal to what the verdict used */
START_TEST(commune_pool_matches_the_members_certified_fact)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/valid/mixed-province.json", data_dir);
    antq_dataset *ds;
    antq_evaluation *ev;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_file(&ds, path, 0, &err), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, &err), ANTQ_OK);
    size_t communes = 0;
    for (size_t i = 0; i < antq_dataset_unit_count(ds); i++) {
        antq_commune_pool p;
        antq_commune_pool_init(&p);
        int rc = antq_evaluation_commune_pool(&p, ev, i, &err);
        if (antq_dataset_unit(ds, i)->kind != ANTQ_KIND_COMMUNE) {
            ck_assert_int_eq(rc, ANTQ_ENOTFOUND);
            continue;
        }
        ck_assert_int_eq(rc, ANTQ_OK);
        const antq_fact *f = NULL;
        const antq_result *r = antq_evaluation_result(ev, i);
        for (size_t c = 0; c < antq_result_check_count(r); c++)
            for (size_t k = 0; k < antq_result_check(r, c)->n_facts; k++)
                if (antq_result_check(r, c)->facts[k].kind == ANTQ_FACT_MEMBERS_CERTIFIED)
                    f = &antq_result_check(r, c)->facts[k];
        ck_assert_ptr_nonnull(f);
        ck_assert_int_eq(p.pool, f->total);
        ck_assert_int_eq(p.certified, f->value);
        ck_assert_int_eq(p.meets, f->outcome == ANTQ_OUTCOME_PASS ? ANTQ_YES : f->outcome == ANTQ_OUTCOME_FAIL ? ANTQ_NO : ANTQ_UNKNOWN);
        if (p.pool > 0) {
            int64_t t;
            ck_assert_int_eq(antq_share_round(&t, p.certified, p.pool, p.threshold_num, p.threshold_den), ANTQ_OK);
            ck_assert_int_eq(p.share_tenths, t);
        }
        communes++;
    }
    ck_assert_uint_gt(communes, 0);
    antq_commune_pool p;
    memset(&p, 0, sizeof p); /* not from antq_commune_pool_init(): no size */
    ck_assert_int_eq(antq_evaluation_commune_pool(&p, ev, 0, &err), ANTQ_EVERSION);
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
}
END_TEST

START_TEST(csv_rows_per_unit_and_per_criterion)
{
    size_t len;
    char *buf = valid_file("valid/mixed-province.json", &len);
    antq_dataset *ds;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&ds, buf, len, 0, &err), ANTQ_OK);
    antq_evaluation *ev;
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, &err), ANTQ_OK);
    char *csv;
    ck_assert_int_eq(antq_evaluation_write(&csv, ev, ANTQ_FORMAT_CSV_UNITS, ANTQ_LANG_EN, NULL), ANTQ_OK);
    size_t rows = 0;
    for (char *p = csv; *p; p++)
        rows += *p == '\n';
    ck_assert_uint_eq(rows, antq_dataset_unit_count(ds) + 1);
    /* CSV for spreadsheets: the UTF-8 byte-order mark, then the header */
    ck_assert_int_eq(strncmp(csv, "\xEF\xBB\xBF", 3), 0);
    ck_assert_int_eq(strncmp(csv + 3, antq_csv_header(ANTQ_FORMAT_CSV_UNITS), strlen(antq_csv_header(ANTQ_FORMAT_CSV_UNITS))), 0);
    antq_free(csv);
    ck_assert_int_eq(antq_evaluation_write(&csv, ev, ANTQ_FORMAT_CSV_CRITERIA, ANTQ_LANG_EN, NULL), ANTQ_OK);
    size_t checks = 0;
    for (size_t i = 0; i < antq_evaluation_count(ev); i++)
        checks += antq_result_check_count(antq_evaluation_result(ev, i));
    rows = 0;
    int in_quotes = 0;
    for (char *p = csv; *p; p++) {
        if (*p == '"')
            in_quotes = !in_quotes;
        rows += *p == '\n' && !in_quotes;
    }
    ck_assert_uint_eq(rows, checks + 1);
    antq_free(csv);
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    free(buf);
}
END_TEST

int main(int argc, char **argv)
{
    data_dir = argc > 1 ? argv[1] : "tests/data";
    Suite *s = suite_create("roundtrip");
    TCase *tc = tcase_create("io");
    tcase_add_loop_test(tc, load_write_load_is_identity, 0, N_DOCS);
    tcase_add_test(tc, unknown_fields_are_kept_when_asked_and_written_back);
    tcase_add_test(tc, province_and_issuer_are_read_and_written_back);
    tcase_add_test(tc, failed_add_leaves_the_dataset_unchanged);
    tcase_add_loop_test(tc, streaming_and_whole_file_give_identical_results, 0, N_DOCS);
    tcase_add_test(tc, csv_rows_per_unit_and_per_criterion);
    tcase_add_test(tc, load_file_reads_json_and_ndjson_alike);
    tcase_add_test(tc, load_file_of_a_missing_file_is_eio_with_the_path);
    tcase_add_test(tc, commune_pool_matches_the_members_certified_fact);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
