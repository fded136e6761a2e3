/* Results at a detail level (verdict, failures, full) and the provenance
 * record: what each level writes, that full is the existing output, that the
 * stream writes the same text as the whole-document writer, and that the
 * catalogue hash and input digests are stable SHA-256 values.
 * The data: tests/data/valid/mixed-province.json, year 2024, default options
 * (RA-01-4: 238 of 240 households registered, C124-RA-01b, Art. 4.1).
 * SPDX-License-Identifier: MIT */
#include <antq.h>
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "../common/slurp.h"

static const char *data_dir;
static antq_dataset *ds;
static antq_evaluation *ev;

static void setup(void)
{
    char path[1024];
    size_t len;
    snprintf(path, sizeof path, "%s/valid/mixed-province.json", data_dir);
    char *buf = slurp(path, &len);
    ck_assert_ptr_nonnull(buf);
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&ds, buf, len, 0, &err), ANTQ_OK);
    free(buf);
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, &err), ANTQ_OK);
}

static void teardown(void)
{
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
}

static const antq_result *result_of(const char *id)
{
    size_t i = antq_dataset_find(ds, id);
    ck_assert_uint_ne(i, ANTQ_INDEX_NONE);
    return antq_evaluation_result(ev, i);
}

static char *write1(const char *id, antq_format format, antq_detail detail)
{
    char *text = NULL;
    size_t len = 0;
    antq_error err;
    ck_assert_int_eq(antq_result_write_detail(&text, &len, result_of(id), format, detail,
                                              ANTQ_LANG_EN, ANTQ_CSV_DEFAULT, &err),
                     ANTQ_OK);
    ck_assert_uint_eq(len, strlen(text));
    return text;
}

START_TEST(verdict_level_is_unit_year_verdict_counts)
{
    char *t = write1("RA-01-4", ANTQ_FORMAT_JSON, ANTQ_DETAIL_VERDICT);
    ck_assert_str_eq(t, "{\"unit\":\"RA-01-4\",\"year\":2024,\"verdict\":\"not_certified\","
                        "\"counts\":{\"pass\":8,\"fail\":1,\"unknown\":0,\"not_applicable\":1}}");
    antq_free(t);
    t = write1("RA-01-4", ANTQ_FORMAT_CSV_UNITS, ANTQ_DETAIL_VERDICT);
    ck_assert_str_eq(t, "RA-01-4,2024,not_certified,8,1,0,1\n");
    antq_free(t);
}
END_TEST

START_TEST(failures_level_names_criterion_clause_and_gap_without_sentences)
{
    char *t = write1("RA-01-4", ANTQ_FORMAT_NDJSON, ANTQ_DETAIL_FAILURES);
    ck_assert_str_eq(t, "{\"unit\":\"RA-01-4\",\"year\":2024,\"verdict\":\"not_certified\","
                        "\"counts\":{\"pass\":8,\"fail\":1,\"unknown\":0,\"not_applicable\":1},"
                        "\"failures\":[{\"criterion\":\"C124-RA-01b\",\"outcome\":\"fail\","
                        "\"clause\":\"Art. 4(1), Circular 124/2021/TT-BCA\","
                        "\"facts\":[{\"fact\":\"households_registered\",\"outcome\":\"fail\",\"gap\":2}]}]}\n");
    antq_free(t);
    t = write1("RA-01-4", ANTQ_FORMAT_CSV_CRITERIA, ANTQ_DETAIL_FAILURES);
    ck_assert_str_eq(t, "RA-01-4,2024,C124-RA-01b,fail,\"Art. 4(1), Circular 124/2021/TT-BCA\",households_registered=2\n");
    antq_free(t);
    t = write1("RA-01-4", ANTQ_FORMAT_CSV_UNITS, ANTQ_DETAIL_FAILURES);
    ck_assert_str_eq(t, "RA-01-4,2024,not_certified,8,1,0,1,C124-RA-01b,\n");
    antq_free(t);
    /* an unknown criterion names the missing evidence; a not-eligible unit lists no failures */
    t = write1("RA-02-3", ANTQ_FORMAT_JSON, ANTQ_DETAIL_FAILURES);
    ck_assert_ptr_nonnull(strstr(t, "\"criterion\":\"C124-RA-04a\",\"outcome\":\"unknown\""));
    ck_assert_ptr_nonnull(strstr(t, "\"missing\":"));
    ck_assert_ptr_null(strstr(t, "\"text\""));
    antq_free(t);
    t = write1("AG-02", ANTQ_FORMAT_JSON, ANTQ_DETAIL_FAILURES);
    ck_assert_ptr_nonnull(strstr(t, "\"verdict\":\"not_eligible\""));
    ck_assert_ptr_nonnull(strstr(t, "\"failures\":[]"));
    antq_free(t);
}
END_TEST

START_TEST(full_level_is_the_existing_output)
{
    for (size_t i = 0; i < antq_evaluation_count(ev); i++) {
        const antq_result *r = antq_evaluation_result(ev, i);
        char *old, *now;
        ck_assert_int_eq(antq_result_write_json(&old, r, ANTQ_LANG_VI, NULL), ANTQ_OK);
        ck_assert_int_eq(antq_result_write_detail(&now, NULL, r, ANTQ_FORMAT_JSON, ANTQ_DETAIL_FULL, ANTQ_LANG_VI, ANTQ_CSV_DEFAULT,
                                                  NULL),
                         ANTQ_OK);
        ck_assert_str_eq(old, now);
        antq_free(old);
        antq_free(now);
        ck_assert_int_eq(antq_result_write_csv(&old, r, ANTQ_FORMAT_CSV_CRITERIA, ANTQ_LANG_EN, NULL), ANTQ_OK);
        ck_assert_int_eq(antq_result_write_detail(&now, NULL, r, ANTQ_FORMAT_CSV_CRITERIA, ANTQ_DETAIL_FULL,
                                                  ANTQ_LANG_EN, ANTQ_CSV_DEFAULT, NULL),
                         ANTQ_OK);
        ck_assert_str_eq(old, now);
        antq_free(old);
        antq_free(now);
    }
}
END_TEST

START_TEST(bad_arguments_are_einval)
{
    char *t = (char *)"x";
    antq_error err;
    const antq_result *r = result_of("RA-01-4");
    ck_assert_int_eq(antq_result_write_detail(&t, NULL, r, ANTQ_FORMAT_JSON, (antq_detail)3, ANTQ_LANG_EN, ANTQ_CSV_DEFAULT, &err),
                     ANTQ_EINVAL);
    ck_assert_ptr_null(t);
    ck_assert_int_eq(antq_result_write_detail(&t, NULL, r, (antq_format)4, ANTQ_DETAIL_FULL, ANTQ_LANG_EN, ANTQ_CSV_DEFAULT, &err),
                     ANTQ_EINVAL);
    ck_assert_int_eq(antq_result_write_detail(&t, NULL, NULL, ANTQ_FORMAT_JSON, ANTQ_DETAIL_FULL, ANTQ_LANG_EN, ANTQ_CSV_DEFAULT,
                                              &err),
                     ANTQ_EINVAL);
    antq_detail d = ANTQ_DETAIL_FULL;
    ck_assert_int_eq(antq_detail_from_name(&d, "failures"), ANTQ_OK);
    ck_assert_int_eq(d, ANTQ_DETAIL_FAILURES);
    ck_assert_int_eq(antq_detail_from_name(&d, "everything"), ANTQ_EINVAL);
    ck_assert_int_eq(d, ANTQ_DETAIL_FAILURES);
    ck_assert_int_eq(antq_detail_default(ANTQ_FORMAT_NDJSON), ANTQ_DETAIL_FAILURES);
    ck_assert_int_eq(antq_detail_default(ANTQ_FORMAT_JSON), ANTQ_DETAIL_FULL);
}
END_TEST

/* ---- the stream writes what the whole-document writer writes */

typedef struct collected {
    char *text;
    size_t len, cap;
    int uncertified;
} collected;

static int collect(const antq_result *r, const char *text, size_t len, void *ud)
{
    collected *c = ud;
    if (c->len + len + 1 > c->cap) {
        c->cap = (c->len + len + 1) * 2;
        c->text = realloc(c->text, c->cap);
    }
    memcpy(c->text + c->len, text, len);
    c->len += len;
    c->text[c->len] = '\0';
    int v = antq_result_verdict(r);
    c->uncertified |= v == ANTQ_VERDICT_NOT_CERTIFIED || v == ANTQ_VERDICT_UNDETERMINED;
    return 0;
}

static int unused_line(const char *line, size_t len, void *ud)
{
    (void)line, (void)len, (void)ud;
    ck_abort_msg("the line callback must not be called once an output is set");
    return 1;
}

static int cmp_lines(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The lines of text, sorted (the stream writes communes last). */
static size_t sorted_lines(char *text, char **lines, size_t cap)
{
    size_t n = 0;
    for (char *p = strtok(text, "\n"); p && n < cap; p = strtok(NULL, "\n"))
        lines[n++] = p;
    qsort(lines, n, sizeof *lines, cmp_lines);
    return n;
}

START_TEST(stream_output_equals_document_output)
{
    static const antq_format formats[] = {ANTQ_FORMAT_NDJSON, ANTQ_FORMAT_CSV_UNITS, ANTQ_FORMAT_CSV_CRITERIA};
    int detail = _i % 3;
    antq_format format = formats[_i / 3];
    char path[1024];
    size_t len;
    snprintf(path, sizeof path, "%s/valid/mixed-province.ndjson", data_dir);
    char *buf = slurp(path, &len);
    ck_assert_ptr_nonnull(buf);
    collected c = {NULL, 0, 0, 0};
    antq_stream *s;
    antq_error err;
    ck_assert_int_eq(antq_stream_new(&s, 2024, antq_dataset_options(ds), ANTQ_LANG_EN, unused_line, &c), ANTQ_OK);
    ck_assert_int_eq(antq_stream_set_output(s, format, (antq_detail)detail, collect, &err), ANTQ_OK);
    int32_t no = 0;
    for (char *p = buf, *nl; *p; p = nl + 1) {
        nl = strchr(p, '\n');
        ck_assert_ptr_nonnull(nl);
        ck_assert_int_eq(antq_stream_feed(s, p, (size_t)(nl - p), ++no, &err), ANTQ_OK);
    }
    ck_assert_int_eq(antq_stream_set_output(s, format, (antq_detail)detail, collect, &err), ANTQ_EINVAL);
    ck_assert_int_eq(antq_stream_finish(s, &err), ANTQ_OK);
    antq_stream_free(s);
    ck_assert_int_eq(c.uncertified, 1);

    char *doc;
    ck_assert_int_eq(antq_evaluation_write_detail(&doc, NULL, ev, NULL, format, (antq_detail)detail, ANTQ_LANG_EN, ANTQ_CSV_DEFAULT,
                                                  &err),
                     ANTQ_OK);
    char *body = doc;
    if (format != ANTQ_FORMAT_CSV_UNITS && format != ANTQ_FORMAT_CSV_CRITERIA) {
        ck_assert_ptr_nonnull(strstr(doc, "\"detail\":\""));
    }
    body = strchr(doc, '\n') + 1; /* the header line */
    char *a[256], *b[256];
    size_t na = sorted_lines(c.text, a, 256), nb = sorted_lines(body, b, 256);
    ck_assert_uint_eq(na, nb);
    ck_assert_uint_gt(na, 0);
    for (size_t i = 0; i < na; i++)
        ck_assert_str_eq(a[i], b[i]);
    antq_free(doc);
    free(c.text);
    free(buf);
}
END_TEST

/* ---- provenance */

START_TEST(catalogue_hash_is_a_stable_sha256)
{
    char a[ANTQ_SHA256_HEX_SIZE], b[ANTQ_SHA256_HEX_SIZE];
    ck_assert_int_eq(antq_catalogue_hash(a), ANTQ_OK);
    ck_assert_int_eq(antq_catalogue_hash(b), ANTQ_OK);
    ck_assert_str_eq(a, b);
    ck_assert_uint_eq(strlen(a), 64);
    ck_assert_uint_eq(strspn(a, "0123456789abcdef"), 64);
    ck_assert_int_eq(antq_catalogue_hash(NULL), ANTQ_EINVAL);
}
END_TEST

START_TEST(input_digests_are_sha256_of_the_bytes)
{
    antq_input_digest d, f;
    /* FIPS 180-2 example: SHA-256("abc") */
    ck_assert_int_eq(antq_input_digest_buffer(&d, "abc", "abc", 3), ANTQ_OK);
    ck_assert_str_eq(d.sha256, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    ck_assert_uint_eq(d.size, 3);
    char path[] = "/tmp/antq-digest-XXXXXX";
    int fd = mkstemp(path);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(write(fd, "abc", 3), 3);
    close(fd);
    antq_error err;
    ck_assert_int_eq(antq_input_digest_file(&f, path, &err), ANTQ_OK);
    ck_assert_str_eq(f.sha256, d.sha256);
    ck_assert_str_eq(f.name, path);
    unlink(path);
    ck_assert_int_eq(antq_input_digest_file(&f, path, &err), ANTQ_EIO);
    ck_assert_int_eq(err.code, ANTQ_EIO);
    ck_assert_ptr_nonnull(strstr(err.message, "No such file"));
}
END_TEST

START_TEST(provenance_records_what_produced_the_results)
{
    antq_options o;
    antq_options_init(&o, ANTQ_OPTIONS_VERSION);
    o.pool_mode = ANTQ_POOL_RESIDENTIAL_ONLY;
    o.decision_date = 20241201;
    antq_input_digest in;
    antq_input_digest_buffer(&in, "in.json", "abc", 3);
    antq_provenance p;
    ck_assert_int_eq(antq_provenance_init(&p, ANTQ_PROVENANCE_VERSION), ANTQ_OK);
    ck_assert_int_eq(antq_provenance_init(&p, 99), ANTQ_EVERSION);
    antq_provenance_init(&p, ANTQ_PROVENANCE_VERSION);
    p.options = &o;
    p.inputs = &in;
    p.n_inputs = 1;
    p.evaluation_date = 20261204;
    p.year = 2024;
    p.format = ANTQ_FORMAT_NDJSON;
    p.detail = ANTQ_DETAIL_FAILURES;
    char *t;
    size_t len;
    antq_error err;
    ck_assert_int_eq(antq_provenance_write_json(&t, &len, &p, &err), ANTQ_OK);
    char hash[ANTQ_SHA256_HEX_SIZE], want[200];
    antq_catalogue_hash(hash);
    snprintf(want, sizeof want, "\"catalogue_sha256\":\"%s\"", hash);
    ck_assert_ptr_nonnull(strstr(t, want));
    snprintf(want, sizeof want, "{\"library\":\"libantq\",\"version\":\"%s\",", antq_version());
    ck_assert_ptr_eq(strstr(t, want), t);
    ck_assert_ptr_nonnull(strstr(t, "\"rule_sets\":[\"23/2012/TT-BCA\",\"124/2021/TT-BCA\"]"));
    ck_assert_ptr_nonnull(strstr(t, "\"evaluated_on\":\"2026-12-04\",\"year\":2024,\"format\":\"ndjson\","
                                    "\"detail\":\"failures\",\"lang\":\"vi\""));
    ck_assert_ptr_nonnull(strstr(t, "\"inputs\":[{\"name\":\"in.json\",\"size\":3,\"sha256\":"
                                    "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"}]"));
    /* the options read back as a dataset document's options */
    const char *opt = strstr(t, "\"options\":") + strlen("\"options\":");
    const char *end = strstr(opt, ",\"inputs\"");
    char doc[2048];
    snprintf(doc, sizeof doc, "{\"format\":\"antq-dataset\",\"version\":1,\"options\":%.*s,\"units\":[]}",
             (int)(end - opt), opt);
    antq_dataset *back;
    ck_assert_int_eq(antq_dataset_load_json(&back, doc, strlen(doc), 0, &err), ANTQ_OK);
    const antq_options *bo = antq_dataset_options(back);
    ck_assert_int_eq(bo->pool_mode, ANTQ_POOL_RESIDENTIAL_ONLY);
    ck_assert_int_eq(bo->decision_date, 20241201);
    ck_assert_int_eq(bo->trend_mode, o.trend_mode);
    antq_dataset_free(back);
    antq_free(t);
    /* in the NDJSON header line and the JSON document */
    char *h;
    ck_assert_int_eq(antq_results_header_write(&h, NULL, &p, 2024, ANTQ_FORMAT_NDJSON, ANTQ_DETAIL_FAILURES, ANTQ_CSV_DEFAULT, &err),
                     ANTQ_OK);
    ck_assert_ptr_eq(strstr(h, "{\"format\":\"antq-results\",\"version\":1,\"detail\":\"failures\",\"provenance\":{"), h);
    ck_assert_uint_eq(strchr(h, '\n') - h, strlen(h) - 1);
    antq_free(h);
    p.n_inputs = 2;
    p.inputs = NULL;
    ck_assert_int_eq(antq_provenance_write_json(&t, NULL, &p, &err), ANTQ_EINVAL);
    ck_assert_ptr_null(t);
}
END_TEST

int main(int argc, char **argv)
{
    data_dir = argc > 1 ? argv[1] : "tests/data";
    Suite *s = suite_create("detail");
    TCase *tc = tcase_create("detail");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_add_test(tc, verdict_level_is_unit_year_verdict_counts);
    tcase_add_test(tc, failures_level_names_criterion_clause_and_gap_without_sentences);
    tcase_add_test(tc, full_level_is_the_existing_output);
    tcase_add_test(tc, bad_arguments_are_einval);
    tcase_add_loop_test(tc, stream_output_equals_document_output, 0, 9);
    tcase_add_test(tc, catalogue_hash_is_a_stable_sha256);
    tcase_add_test(tc, input_digests_are_sha256_of_the_bytes);
    tcase_add_test(tc, provenance_records_what_produced_the_results);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
