/* Unit tests: citations, fact sentences, explanations and "what would it take",
 * in Vietnamese and English (include/antq/evaluate.h, criteria.h).
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "fixtures.h"

#define C124 "124/2021/TT-BCA"

/* ---- helpers */

static int utf8_valid(const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        unsigned c = *p;
        size_t n;
        unsigned min;
        if (c < 0x80) {
            p++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            n = 1, min = 0x80, c &= 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            n = 2, min = 0x800, c &= 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            n = 3, min = 0x10000, c &= 0x07;
        } else {
            return 0;
        }
        for (size_t i = 1; i <= n; i++) {
            if ((p[i] & 0xC0) != 0x80)
                return 0;
            c = (c << 6) | (p[i] & 0x3F);
        }
        if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
            return 0;
        p += n + 1;
    }
    return 1;
}

#define ck_assert_contains(hay, needle)                                                                   \
    ck_assert_msg(strstr((hay), (needle)) != NULL, "expected \"%s\" in:\n%s", (needle), (hay))
#define ck_assert_lacks(hay, needle)                                                                      \
    ck_assert_msg(strstr((hay), (needle)) == NULL, "did not expect \"%s\" in:\n%s", (needle), (hay))

static antq_result *evaluate(fixture *f)
{
    int rc;
    antq_result *r = fixture_evaluate(f, &rc);
    ck_assert_int_eq(rc, ANTQ_OK);
    ck_assert_ptr_nonnull(r);
    return r;
}

static char *explain(const antq_result *r, int lang)
{
    char *out = NULL;
    ck_assert_int_eq(antq_result_explain(&out, r, lang, NULL), ANTQ_OK);
    ck_assert_ptr_nonnull(out);
    ck_assert_msg(utf8_valid(out), "explanation is not valid UTF-8");
    return out;
}

static char *takes(const antq_result *r, int lang)
{
    char *out = NULL;
    ck_assert_int_eq(antq_result_what_it_takes(&out, r, lang, NULL), ANTQ_OK);
    ck_assert_ptr_nonnull(out);
    ck_assert_msg(utf8_valid(out), "what-it-takes text is not valid UTF-8");
    return out;
}

static void cite(const antq_citation *c, int lang, char *buf, size_t size)
{
    int n = antq_citation_format(buf, size, c, lang);
    ck_assert_int_gt(n, 0);
    ck_assert_uint_lt((size_t)n, size);
}

/* A residential area where 238 of 240 resident households registered. */
static antq_result *ra_238_of_240(void)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    f.ev.households_registered = 238;
    return evaluate(&f);
}

static const antq_fact *fact_of(const antq_result *r, const char *criterion, int kind)
{
    const antq_check *c = antq_result_find(r, criterion);
    ck_assert_ptr_nonnull(c);
    for (size_t i = 0; i < c->n_facts; i++)
        if (c->facts[i].kind == kind)
            return &c->facts[i];
    ck_abort_msg("no fact %d in %s", kind, criterion);
    return NULL;
}

/* ================================================================ citations */

START_TEST(citation_clause)
{
    antq_citation c = {C124, 4, 1, NULL};
    char buf[160];
    cite(&c, ANTQ_LANG_EN, buf, sizeof buf);
    ck_assert_str_eq(buf, "Art. 4(1), Circular 124/2021/TT-BCA");
    cite(&c, ANTQ_LANG_VI, buf, sizeof buf);
    ck_assert_str_eq(buf, "khoản 1 Điều 4 Thông tư 124/2021/TT-BCA");
}
END_TEST

START_TEST(citation_points)
{
    antq_citation c = {C124, 4, 3, "a–g"};
    char buf[160];
    cite(&c, ANTQ_LANG_VI, buf, sizeof buf);
    ck_assert_str_eq(buf, "điểm a–g khoản 3 Điều 4 Thông tư 124/2021/TT-BCA");
    cite(&c, ANTQ_LANG_EN, buf, sizeof buf);
    ck_assert_str_eq(buf, "Art. 4(3)(a–g), Circular 124/2021/TT-BCA");
}
END_TEST

START_TEST(citation_whole_article)
{
    antq_citation c = {"23/2012/TT-BCA", 10, 0, NULL};
    char buf[160];
    cite(&c, ANTQ_LANG_EN, buf, sizeof buf);
    ck_assert_str_eq(buf, "Art. 10, Circular 23/2012/TT-BCA");
    cite(&c, ANTQ_LANG_VI, buf, sizeof buf);
    ck_assert_str_eq(buf, "Điều 10 Thông tư 23/2012/TT-BCA");
}
END_TEST

START_TEST(citation_returns_the_full_length)
{
    antq_citation c = {C124, 4, 1, NULL};
    const char *full = "Art. 4(1), Circular 124/2021/TT-BCA";
    char small[8];
    memset(small, 'x', sizeof small);
    ck_assert_int_eq(antq_citation_format(small, sizeof small, &c, ANTQ_LANG_EN), (int)strlen(full));
    ck_assert_str_eq(small, "Art. 4("); /* truncated and terminated */
    ck_assert_int_eq(antq_citation_format(NULL, 0, &c, ANTQ_LANG_EN), (int)strlen(full));
    ck_assert_int_eq(antq_citation_format(NULL, 0, &c, ANTQ_LANG_VI),
                     (int)strlen("khoản 1 Điều 4 Thông tư 124/2021/TT-BCA"));
}
END_TEST

START_TEST(citation_bad_arguments)
{
    char buf[64];
    antq_citation c = {NULL, 4, 1, NULL};
    ck_assert_int_lt(antq_citation_format(buf, sizeof buf, NULL, ANTQ_LANG_EN), 0);
    ck_assert_int_lt(antq_citation_format(buf, sizeof buf, &c, ANTQ_LANG_EN), 0);
    c.instrument = C124;
    ck_assert_int_lt(antq_citation_format(NULL, 10, &c, ANTQ_LANG_EN), 0);
    ck_assert_int_gt(antq_citation_format(buf, sizeof buf, &c, ANTQ_LANG_EN), 0);
}
END_TEST

START_TEST(catalogue_citations_of_the_fixture_criteria)
{
    char buf[160];
    cite(&antq_catalogue_find("C124-RA-01b")->citation, ANTQ_LANG_EN, buf, sizeof buf);
    ck_assert_str_eq(buf, "Art. 4(1), Circular 124/2021/TT-BCA");
    cite(&antq_catalogue_find("C124-RA-03")->citation, ANTQ_LANG_VI, buf, sizeof buf);
    ck_assert_str_eq(buf, "điểm a–g khoản 3 Điều 4 Thông tư 124/2021/TT-BCA");
    cite(&antq_catalogue_find("C124-CW-04b")->citation, ANTQ_LANG_VI, buf, sizeof buf);
    ck_assert_str_eq(buf, "khoản 4 Điều 5 Thông tư 124/2021/TT-BCA");
    cite(&antq_catalogue_find("C124-SC-04")->citation, ANTQ_LANG_EN, buf, sizeof buf);
    ck_assert_str_eq(buf, "Art. 1(2)(b), Circular 124/2021/TT-BCA");
}
END_TEST

/* ============================================================ fact sentences */

START_TEST(fact_households_registered)
{
    antq_result *r = ra_238_of_240();
    const antq_fact *f = fact_of(r, "C124-RA-01b", ANTQ_FACT_HOUSEHOLDS_REGISTERED);
    ck_assert_int_eq(f->outcome, ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(f->gap, 2);
    char *s = NULL;
    ck_assert_int_eq(antq_fact_describe(&s, f, ANTQ_LANG_EN, NULL), ANTQ_OK);
    ck_assert_str_eq(s, "registered 238 of 240 resident households; required: all (100%)");
    antq_free(s);
    ck_assert_int_eq(antq_fact_describe(&s, f, ANTQ_LANG_VI, NULL), ANTQ_OK);
    ck_assert_contains(s, "238/240");
    ck_assert_contains(s, "hộ");
    ck_assert_contains(s, "100%");
    ck_assert(utf8_valid(s));
    antq_free(s);
    antq_result_free(r);

    /* the passing fact says 240 of 240 */
    fixture fx;
    fixture_residential_area(&fx, 2024);
    r = evaluate(&fx);
    f = fact_of(r, "C124-RA-01b", ANTQ_FACT_HOUSEHOLDS_REGISTERED);
    ck_assert_int_eq(f->outcome, ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(antq_fact_describe(&s, f, ANTQ_LANG_EN, NULL), ANTQ_OK);
    ck_assert_str_eq(s, "registered 240 of 240 resident households; required: all (100%)");
    antq_free(s);
    antq_result_free(r);
}
END_TEST

START_TEST(fact_describe_bad_arguments)
{
    antq_result *r = ra_238_of_240();
    const antq_fact *f = fact_of(r, "C124-RA-01b", ANTQ_FACT_HOUSEHOLDS_REGISTERED);
    char *s = NULL;
    ck_assert_int_eq(antq_fact_describe(&s, f, 2, NULL), ANTQ_EINVAL);
    ck_assert_int_eq(antq_fact_describe(&s, f, -1, NULL), ANTQ_EINVAL);
    ck_assert_int_eq(antq_fact_describe(&s, NULL, ANTQ_LANG_EN, NULL), ANTQ_EINVAL);
    ck_assert_int_eq(antq_fact_describe(NULL, f, ANTQ_LANG_EN, NULL), ANTQ_EINVAL);
    ck_assert_ptr_null(s);
    ck_assert_int_eq(antq_fact_describe(&s, f, ANTQ_LANG_EN, NULL), ANTQ_OK);
    antq_free(s);
    antq_result_free(r);
}
END_TEST

/* ============================================================ explanations */

static void assert_explains_every_check(const antq_result *r, const char *text, int lang)
{
    char buf[160];
    for (size_t i = 0; i < antq_result_check_count(r); i++) {
        const antq_check *c = antq_result_check(r, i);
        ck_assert_contains(text, c->criterion->id);
        cite(&c->criterion->citation, lang, buf, sizeof buf);
        ck_assert_contains(text, buf);
        ck_assert_contains(text, lang == ANTQ_LANG_EN ? c->criterion->text_en : c->criterion->text_vi);
    }
}

START_TEST(explain_not_certified_both_languages)
{
    antq_result *r = ra_238_of_240();
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_NOT_CERTIFIED);
    ck_assert_uint_gt(antq_result_check_count(r), 5);

    char *en = explain(r, ANTQ_LANG_EN);
    ck_assert_contains(en, "NOT CERTIFIED");
    ck_assert_contains(en, "RA-001");
    ck_assert_contains(en, "2023-11-01");
    ck_assert_contains(en, "2024-10-31");
    ck_assert_contains(en, "registered 238 of 240 resident households; required: all (100%)");
    ck_assert_contains(en, "Decided by: chairman of the commune People's Committee, before 2024-11-15");
    assert_explains_every_check(r, en, ANTQ_LANG_EN);
    ck_assert_lacks(en, "CHƯA ĐẠT");

    char *vi = explain(r, ANTQ_LANG_VI);
    ck_assert_contains(vi, "CHƯA ĐẠT");
    ck_assert_contains(vi, "01/11/2023");
    ck_assert_contains(vi, "31/10/2024");
    ck_assert_contains(vi, "238/240");
    ck_assert_contains(vi, "trước ngày 15/11/2024");
    assert_explains_every_check(r, vi, ANTQ_LANG_VI);
    ck_assert_lacks(vi, "NOT CERTIFIED");
    ck_assert_str_ne(en, vi);
    antq_free(en);
    antq_free(vi);
    antq_result_free(r);
}
END_TEST

START_TEST(explain_certified_every_kind)
{
    static const int kinds[] = {ANTQ_KIND_RESIDENTIAL_AREA, ANTQ_KIND_COMMUNE, ANTQ_KIND_AGENCY, ANTQ_KIND_ENTERPRISE,
                                ANTQ_KIND_EDUCATIONAL_INSTITUTION};
    for (size_t k = 0; k < 5; k++) {
        fixture f;
        fixture_for_kind(&f, kinds[k], 2024);
        antq_result *r = evaluate(&f);
        ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_CERTIFIED);
        char *en = explain(r, ANTQ_LANG_EN), *vi = explain(r, ANTQ_LANG_VI);
        ck_assert_contains(en, "CERTIFIED");
        ck_assert_lacks(en, "NOT CERTIFIED");
        ck_assert_contains(vi, "ĐẠT tiêu chuẩn");
        ck_assert_lacks(vi, "CHƯA ĐẠT");
        assert_explains_every_check(r, en, ANTQ_LANG_EN);
        assert_explains_every_check(r, vi, ANTQ_LANG_VI);
        antq_free(en);
        antq_free(vi);
        antq_result_free(r);
    }
}
END_TEST

START_TEST(explain_undetermined)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    f.ev.implements_policy = ANTQ_UNKNOWN;
    antq_result *r = evaluate(&f);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_UNDETERMINED);
    char *en = explain(r, ANTQ_LANG_EN), *vi = explain(r, ANTQ_LANG_VI);
    ck_assert_contains(en, "UNDETERMINED");
    ck_assert_contains(en, "implements_policy");
    ck_assert_contains(vi, "CHƯA XÁC ĐỊNH");
    antq_free(en);
    antq_free(vi);
    char *t = takes(r, ANTQ_LANG_EN);
    ck_assert_contains(t, "C124-RA-02");
    ck_assert_contains(t, "Art. 4(2), Circular 124/2021/TT-BCA");
    ck_assert_contains(t, "report \"implements_policy\"");
    antq_free(t);
    antq_result_free(r);
}
END_TEST

START_TEST(explain_bad_arguments)
{
    antq_result *r = ra_238_of_240();
    char *out = NULL;
    ck_assert_int_eq(antq_result_explain(&out, r, 2, NULL), ANTQ_EINVAL);
    ck_assert_int_eq(antq_result_explain(&out, r, -1, NULL), ANTQ_EINVAL);
    ck_assert_int_eq(antq_result_explain(&out, NULL, ANTQ_LANG_EN, NULL), ANTQ_EINVAL);
    ck_assert_int_eq(antq_result_explain(NULL, r, ANTQ_LANG_EN, NULL), ANTQ_EINVAL);
    ck_assert_int_eq(antq_result_what_it_takes(&out, r, 7, NULL), ANTQ_EINVAL);
    ck_assert_int_eq(antq_result_what_it_takes(&out, NULL, ANTQ_LANG_VI, NULL), ANTQ_EINVAL);
    ck_assert_int_eq(antq_result_what_it_takes(NULL, r, ANTQ_LANG_VI, NULL), ANTQ_EINVAL);
    ck_assert_ptr_null(out);
    ck_assert_int_eq(antq_result_explain(&out, r, ANTQ_LANG_VI, NULL), ANTQ_OK);
    antq_free(out);
    antq_result_free(r);
}
END_TEST

/* ======================================================== what would it take */

START_TEST(what_it_takes_households)
{
    antq_result *r = ra_238_of_240();
    char buf[160];
    char *en = takes(r, ANTQ_LANG_EN);
    ck_assert_contains(en, "NOT CERTIFIED");
    ck_assert_contains(en, "C124-RA-01b");
    cite(&antq_catalogue_find("C124-RA-01b")->citation, ANTQ_LANG_EN, buf, sizeof buf);
    ck_assert_contains(en, buf);
    ck_assert_contains(en, "2 more household(s) must register");
    ck_assert_lacks(en, "C124-RA-02"); /* passing criteria are not listed */
    ck_assert_lacks(en, "Nothing is missing");

    char *vi = takes(r, ANTQ_LANG_VI);
    ck_assert_contains(vi, "CHƯA ĐẠT");
    ck_assert_contains(vi, "C124-RA-01b");
    cite(&antq_catalogue_find("C124-RA-01b")->citation, ANTQ_LANG_VI, buf, sizeof buf);
    ck_assert_contains(vi, buf);
    ck_assert_contains(vi, "cần thêm 2 hộ đăng ký");
    ck_assert_lacks(vi, "C124-RA-02");
    antq_free(en);
    antq_free(vi);
    antq_result_free(r);
}
END_TEST

START_TEST(what_it_takes_member_units)
{
    fixture f;
    fixture_commune(&f, 2024);
    f.ev.members_total = 10;
    f.ev.members_registered = 10;
    f.ev.members_certified = 6;
    antq_result *r = evaluate(&f);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_NOT_CERTIFIED);
    char *en = takes(r, ANTQ_LANG_EN), *vi = takes(r, ANTQ_LANG_VI);
    ck_assert_contains(en, "C124-CW-04b");
    ck_assert_contains(en, "Art. 5(4), Circular 124/2021/TT-BCA");
    ck_assert_contains(en, "1 more member unit(s) must be certified");
    ck_assert_contains(vi, "khoản 4 Điều 5 Thông tư 124/2021/TT-BCA");
    ck_assert_contains(vi, "cần thêm 1 đơn vị được công nhận");
    ck_assert_lacks(en, "C124-CW-04a");
    antq_free(en);
    antq_free(vi);
    antq_result_free(r);

    /* 7 of 10: nothing missing */
    fixture_commune(&f, 2024);
    f.ev.members_total = 10;
    f.ev.members_registered = 10;
    f.ev.members_certified = 7;
    r = evaluate(&f);
    en = takes(r, ANTQ_LANG_EN);
    ck_assert_lacks(en, "must be certified");
    antq_free(en);
    antq_result_free(r);
}
END_TEST

START_TEST(what_it_takes_certified)
{
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_result *r = evaluate(&f);
    char *en = takes(r, ANTQ_LANG_EN), *vi = takes(r, ANTQ_LANG_VI);
    ck_assert_contains(en, "Nothing is missing");
    ck_assert_contains(vi, "Không thiếu gì");
    ck_assert_lacks(en, "C124-RA-01b");
    ck_assert_lacks(en, "must");
    antq_free(en);
    antq_free(vi);
    antq_result_free(r);
}
END_TEST

START_TEST(what_it_takes_not_eligible_names_the_scope_clause)
{
    fixture f;
    fixture_enterprise(&f, 2024);
    f.unit.enterprise_size = ANTQ_SIZE_SMALL;
    antq_result *r = evaluate(&f);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_NOT_ELIGIBLE);
    char *en = takes(r, ANTQ_LANG_EN), *vi = takes(r, ANTQ_LANG_VI);
    ck_assert_contains(en, "NOT ELIGIBLE");
    ck_assert_contains(en, "outside the scope");
    ck_assert_contains(en, "Art. 1(2)(b), Circular 124/2021/TT-BCA");
    ck_assert_contains(vi, "không thuộc phạm vi");
    ck_assert_contains(vi, "điểm b khoản 2 Điều 1 Thông tư 124/2021/TT-BCA");
    ck_assert_lacks(en, "Nothing is missing");
    antq_free(en);
    antq_free(vi);
    char *ex = explain(r, ANTQ_LANG_EN);
    ck_assert_contains(ex, "C124-SC-04");
    ck_assert_contains(ex, "small");
    antq_free(ex);
    antq_result_free(r);

    /* the medium enterprise is in scope */
    fixture_enterprise(&f, 2024);
    r = evaluate(&f);
    en = takes(r, ANTQ_LANG_EN);
    ck_assert_lacks(en, "outside the scope");
    antq_free(en);
    antq_result_free(r);
}
END_TEST

/* Art. 1.2.b: a small enterprise is outside the scope. That is the outcome
 * EXCLUDED ("ngoài phạm vi") in every output, never a failure: no check of the
 * result fails and the CSV lists no failed criterion. */
START_TEST(scope_exclusion_is_its_own_outcome)
{
    fixture f;
    fixture_enterprise(&f, 2024);
    f.unit.enterprise_size = ANTQ_SIZE_SMALL;
    antq_result *r = evaluate(&f);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_NOT_ELIGIBLE);
    const antq_check *c = antq_result_find(r, "C124-SC-04");
    ck_assert_ptr_nonnull(c);
    ck_assert_int_eq(c->outcome, ANTQ_OUTCOME_EXCLUDED);
    ck_assert_int_eq(c->facts[0].outcome, ANTQ_OUTCOME_EXCLUDED);
    for (size_t i = 0; i < antq_result_check_count(r); i++)
        ck_assert_int_ne(antq_result_check(r, i)->outcome, ANTQ_OUTCOME_FAIL);
    ck_assert_str_eq(antq_outcome_name(ANTQ_OUTCOME_EXCLUDED), "excluded");

    char *vi = explain(r, ANTQ_LANG_VI);
    ck_assert_contains(vi, "⊘ C124-SC-04 (ngoài phạm vi)");
    antq_free(vi);
    char *csv = NULL;
    ck_assert_int_eq(antq_result_write_csv(&csv, r, ANTQ_FORMAT_CSV_CRITERIA, ANTQ_LANG_EN, NULL), ANTQ_OK);
    ck_assert_contains(csv, ",C124-SC-04,excluded,");
    ck_assert_lacks(csv, ",fail,");
    antq_free(csv);
    ck_assert_int_eq(antq_result_write_csv(&csv, r, ANTQ_FORMAT_CSV_UNITS, ANTQ_LANG_EN, NULL), ANTQ_OK);
    ck_assert_contains(csv, ",not_eligible,124/2021/TT-BCA,,\n"); /* no failed, no unknown criteria */
    antq_free(csv);
    char *json = NULL;
    ck_assert_int_eq(antq_result_write_json(&json, r, ANTQ_LANG_EN, NULL), ANTQ_OK);
    ck_assert_contains(json, "\"outcome\":\"excluded\"");
    ck_assert_lacks(json, "\"outcome\":\"fail\"");
    antq_free(json);
    antq_result_free(r);

    /* a medium enterprise passes the same scope rule */
    fixture_enterprise(&f, 2024);
    r = evaluate(&f);
    ck_assert_int_eq(antq_result_find(r, "C124-SC-04")->outcome, ANTQ_OUTCOME_PASS);
    antq_result_free(r);
}
END_TEST

static Suite *explain_suite(void)
{
    Suite *s = suite_create("explain");
    TCase *tc = tcase_create("citation");
    tcase_add_test(tc, citation_clause);
    tcase_add_test(tc, citation_points);
    tcase_add_test(tc, citation_whole_article);
    tcase_add_test(tc, citation_returns_the_full_length);
    tcase_add_test(tc, citation_bad_arguments);
    tcase_add_test(tc, catalogue_citations_of_the_fixture_criteria);
    suite_add_tcase(s, tc);

    tc = tcase_create("fact");
    tcase_add_test(tc, fact_households_registered);
    tcase_add_test(tc, fact_describe_bad_arguments);
    suite_add_tcase(s, tc);

    tc = tcase_create("explain");
    tcase_add_test(tc, explain_not_certified_both_languages);
    tcase_add_test(tc, explain_certified_every_kind);
    tcase_add_test(tc, explain_undetermined);
    tcase_add_test(tc, explain_bad_arguments);
    suite_add_tcase(s, tc);

    tc = tcase_create("what_it_takes");
    tcase_add_test(tc, what_it_takes_households);
    tcase_add_test(tc, what_it_takes_member_units);
    tcase_add_test(tc, what_it_takes_certified);
    tcase_add_test(tc, what_it_takes_not_eligible_names_the_scope_clause);
    tcase_add_test(tc, scope_exclusion_is_its_own_outcome);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(explain_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
