/* Unit tests: delegation of recognition (124/2021 Art. 10.5, C124-AUTH-05, V)
 * over every (from level, to level, unit kind, date) pair; the authority table
 * check (no gap, no overlap); options of the version-1 layout.
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "fixtures.h"

#define BEFORE 20241115 /* districts exist */
#define AFTER 20251115  /* two-tier local government from 1/7/2025 (R25-02) */

/* The law as a list: the only lawful delegations. Art. 10.5: a People's
 * Committee (district or province) delegates agencies, enterprises and
 * institutions to the committee one level below; from 1/7/2025 there is no
 * district, so the province's level below is the commune. */
static int lawful(int from, int to, int kind, int32_t date)
{
    if (kind != ANTQ_KIND_AGENCY && kind != ANTQ_KIND_ENTERPRISE && kind != ANTQ_KIND_EDUCATIONAL_INSTITUTION)
        return 0;
    if (date < 20250701)
        return (from == ANTQ_LEVEL_PROVINCE && to == ANTQ_LEVEL_DISTRICT) ||
               (from == ANTQ_LEVEL_DISTRICT && to == ANTQ_LEVEL_COMMUNE);
    return from == ANTQ_LEVEL_PROVINCE && to == ANTQ_LEVEL_COMMUNE;
}

/* The issue the law names for an unlawful one, checked in this order: kind,
 * the Ministry, an abolished level, direction, distance. */
static int expected_issue(int from, int to, int kind, int32_t date)
{
    if (kind == ANTQ_KIND_RESIDENTIAL_AREA || kind == ANTQ_KIND_COMMUNE)
        return ANTQ_DELEGATION_KIND_NOT_DELEGABLE;
    if (from == ANTQ_LEVEL_MINISTRY)
        return ANTQ_DELEGATION_NOT_A_COMMITTEE;
    if (date >= 20250701 && (from == ANTQ_LEVEL_DISTRICT || to == ANTQ_LEVEL_DISTRICT))
        return ANTQ_DELEGATION_LEVEL_ABOLISHED;
    if (to >= from)
        return ANTQ_DELEGATION_NOT_DOWNWARD;
    return lawful(from, to, kind, date) ? ANTQ_DELEGATION_VALID : ANTQ_DELEGATION_MORE_THAN_ONE_LEVEL;
}

START_TEST(every_pair_has_its_answer)
{
    static const int32_t dates[] = {BEFORE, AFTER};
    int valid = 0, total = 0;
    for (int from = ANTQ_LEVEL_COMMUNE; from <= ANTQ_LEVEL_MINISTRY; from++)
        for (int to = ANTQ_LEVEL_COMMUNE; to <= ANTQ_LEVEL_MINISTRY; to++)
            for (int kind = 1; kind < ANTQ_KIND_COUNT; kind++)
                for (size_t d = 0; d < 2; d++) {
                    antq_delegation del;
                    antq_delegation_init(&del);
                    del.from_level = from;
                    del.to_level = to;
                    del.kinds = ANTQ_KIND_BIT(kind);
                    int issue = -1;
                    antq_error err;
                    memset(&err, 0, sizeof err);
                    int rc = antq_delegation_validate(&issue, &del, dates[d], &err);
                    int want = expected_issue(from, to, kind, dates[d]);
                    ck_assert_msg(issue == want, "level %d → %d, %s, on %d: issue %s, expected %s", from, to,
                                  antq_unit_kind_name(kind), (int)dates[d], antq_delegation_issue_name(issue),
                                  antq_delegation_issue_name(want));
                    ck_assert_int_eq(rc, want == ANTQ_DELEGATION_VALID ? ANTQ_OK : ANTQ_ERANGE);
                    ck_assert_int_eq(lawful(from, to, kind, dates[d]), rc == ANTQ_OK);
                    if (rc != ANTQ_OK)
                        ck_assert_msg(err.message[0] && err.path[0] == '/', "diagnostic for %d→%d: \"%s\" at \"%s\"",
                                      from, to, err.message, err.path);
                    valid += rc == ANTQ_OK;
                    total++;
                }
    /* 3 kinds × (2 pairs before + 1 pair after) */
    ck_assert_int_eq(valid, 9);
    ck_assert_int_eq(total, 160);
}
END_TEST

START_TEST(diagnostics_name_the_rule)
{
    antq_delegation d;
    antq_delegation_init(&d);
    d.from_level = ANTQ_LEVEL_PROVINCE;
    d.to_level = ANTQ_LEVEL_COMMUNE;
    d.kinds = ANTQ_KIND_BIT(ANTQ_KIND_EDUCATIONAL_INSTITUTION);
    antq_error err;
    ck_assert_int_eq(antq_delegation_validate(NULL, &d, BEFORE, &err), ANTQ_ERANGE);
    ck_assert_str_eq(err.path, "/to");
    ck_assert_msg(strstr(err.message, "more than one level down") && strstr(err.message, "district level"), "%s",
                  err.message);
    d.to_level = ANTQ_LEVEL_DISTRICT;
    ck_assert_int_eq(antq_delegation_validate(NULL, &d, AFTER, &err), ANTQ_ERANGE);
    ck_assert_msg(strstr(err.message, "no longer exists from 2025-07-01"), "%s", err.message);
    d.kinds |= ANTQ_KIND_BIT(ANTQ_KIND_RESIDENTIAL_AREA);
    ck_assert_int_eq(antq_delegation_validate(NULL, &d, BEFORE, &err), ANTQ_ERANGE);
    ck_assert_str_eq(err.path, "/kinds");
    d.kinds = ANTQ_KIND_BIT(ANTQ_KIND_AGENCY);
    d.to_level = ANTQ_LEVEL_UNKNOWN;
    ck_assert_int_eq(antq_delegation_validate(NULL, &d, BEFORE, &err), ANTQ_EMISSING);
    ck_assert_str_eq(err.path, "/to");
    ck_assert_int_eq(antq_delegation_validate(NULL, NULL, BEFORE, &err), ANTQ_EINVAL);
    d.kinds = 0;
    ck_assert_int_eq(antq_delegation_validate(NULL, &d, BEFORE, &err), ANTQ_ERANGE);
}
END_TEST

START_TEST(the_delegation_date_and_the_decision_date_both_count)
{
    /* a province → commune delegation decided in 2024 was two levels down when made:
     * it does not become lawful in 2026; one decided in 2025 after 1/7 is lawful */
    antq_delegation d;
    antq_delegation_init(&d);
    d.from_level = ANTQ_LEVEL_PROVINCE;
    d.to_level = ANTQ_LEVEL_COMMUNE;
    d.kinds = ANTQ_KIND_BIT(ANTQ_KIND_AGENCY);
    d.decision_date = 20240301;
    int issue;
    ck_assert_int_eq(antq_delegation_validate(&issue, &d, 20261115, NULL), ANTQ_ERANGE);
    ck_assert_int_eq(issue, ANTQ_DELEGATION_MORE_THAN_ONE_LEVEL);
    d.decision_date = 20250801;
    ck_assert_int_eq(antq_delegation_validate(&issue, &d, 20261115, NULL), ANTQ_OK);
    ck_assert_int_eq(issue, ANTQ_DELEGATION_VALID);
    /* with no date at all only the rules that hold on every date are checked */
    d.decision_date = 0;
    ck_assert_int_eq(antq_delegation_validate(&issue, &d, 0, NULL), ANTQ_OK);
}
END_TEST

/* ---- the result: who appraises, who decides, whether a delegation applied */

START_TEST(result_says_who_recognises)
{
    fixture f;
    fixture_enterprise(&f, 2024);
    f.unit.managing_level = ANTQ_LEVEL_DISTRICT;
    f.unit.delegated_to_commune = ANTQ_YES;
    int rc;
    antq_result *r = fixture_evaluate(&f, &rc);
    ck_assert_int_eq(rc, ANTQ_OK);
    const antq_delegation *d = antq_result_delegation(r);
    ck_assert_ptr_nonnull(d);
    ck_assert_int_eq(d->from_level, ANTQ_LEVEL_DISTRICT);
    ck_assert_int_eq(d->to_level, ANTQ_LEVEL_COMMUNE);
    ck_assert_int_eq(antq_result_recognising_level(r), ANTQ_LEVEL_COMMUNE);
    ck_assert_int_eq(antq_result_authority(r)->body, ANTQ_BODY_COMMUNE_COMMITTEE);
    ck_assert_int_eq(antq_result_authority(r)->appraiser, ANTQ_BODY_COMMUNE_STEERING_OFFICE);
    ck_assert_int_eq(antq_result_authority(r)->deadline_mmdd, 1120);
    ck_assert_int_eq(antq_result_irregular(r), 0);
    antq_result_free(r);

    /* a province-managed one delegated to the commune in 2024: not applied, the province decides */
    f.unit.managing_level = ANTQ_LEVEL_PROVINCE;
    r = fixture_evaluate(&f, &rc);
    ck_assert_ptr_null(antq_result_delegation(r));
    ck_assert_int_eq(antq_result_recognising_level(r), ANTQ_LEVEL_PROVINCE);
    ck_assert_int_eq(antq_result_authority(r)->body, ANTQ_BODY_PROVINCE_COMMITTEE);
    ck_assert_int_eq(antq_result_authority(r)->appraiser, ANTQ_BODY_PROVINCE_STEERING_OFFICE);
    ck_assert_int_eq(antq_result_irregular(r), 1);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_CERTIFIED); /* no change of verdict */
    const antq_check *c = antq_result_find(r, "C124-AUTH-05");
    ck_assert_ptr_nonnull(c);
    ck_assert_int_eq(c->facts[0].detail, ANTQ_DELEGATION_MORE_THAN_ONE_LEVEL);
    char *text = NULL;
    ck_assert_int_eq(antq_result_explain(&text, r, ANTQ_LANG_EN, NULL), ANTQ_OK);
    ck_assert_msg(strstr(text, "Procedure and authority") && strstr(text, "more than one level down"), "%s", text);
    ck_assert_msg(strstr(text, "Appraised by: the standing office of the provincial Steering Committee"), "%s", text);
    antq_free(text);
    antq_result_free(r);
}
END_TEST

START_TEST(a_table_delegation_moves_the_pool)
{
    /* Art. 10.5 with 5.4: a province → commune delegation of agencies (2026) brings a
     * province-managed agency into the commune's pool */
    static const antq_delegation rows[] = {
        {ANTQ_LEVEL_PROVINCE, ANTQ_LEVEL_COMMUNE, ANTQ_KIND_BIT(ANTQ_KIND_AGENCY), 20250801, "QĐ 1/2025", NULL},
    };
    fixture f;
    fixture_agency(&f, 2026);
    f.unit.parent_id = "CW-001";
    f.unit.managing_level = ANTQ_LEVEL_PROVINCE;
    f.unit.delegated_to_commune = ANTQ_NO;
    f.opts.delegations = rows;
    f.opts.n_delegations = 1;
    int rc;
    antq_result *r = fixture_evaluate(&f, &rc);
    ck_assert_int_eq(rc, ANTQ_OK);
    ck_assert_ptr_eq(antq_result_delegation(r)->decision, rows[0].decision);
    antq_rollup ru;
    antq_rollup_init(&ru, "CW-001");
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, r, NULL), ANTQ_OK);
    ck_assert_int_eq(ru.managed_total, 1);
    ck_assert_int_eq(ru.outside_pool, 0);
    antq_result_free(r);
    /* without the table the same agency is outside the pool */
    f.opts.n_delegations = 0;
    f.opts.delegations = NULL;
    r = fixture_evaluate(&f, &rc);
    antq_rollup_init(&ru, "CW-001");
    ck_assert_int_eq(antq_rollup_add(&ru, &f.unit, &f.ev, r, NULL), ANTQ_OK);
    ck_assert_int_eq(ru.outside_pool, 1);
    antq_result_free(r);
}
END_TEST

START_TEST(an_invalid_table_row_is_an_error)
{
    static const antq_delegation rows[] = {
        {ANTQ_LEVEL_PROVINCE, ANTQ_LEVEL_DISTRICT, ANTQ_KIND_BIT(ANTQ_KIND_RESIDENTIAL_AREA), 0, NULL, NULL},
    };
    fixture f;
    fixture_agency(&f, 2024);
    f.opts.delegations = rows;
    f.opts.n_delegations = 1;
    antq_result *r = NULL;
    antq_error err;
    ck_assert_int_eq(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), ANTQ_ERANGE);
    ck_assert_str_eq(err.path, "/options/delegations/0/kinds");
    ck_assert_ptr_null(r);
}
END_TEST

/* ---- the authority table check */

START_TEST(built_in_table_passes_its_own_check)
{
    size_t n = antq_authority_count();
    antq_error err;
    ck_assert_int_eq(antq_authority_table_validate(antq_authority_get(0), n, &err), ANTQ_OK);
}
END_TEST

START_TEST(gaps_and_overlaps_are_refused)
{
    static const antq_citation cite = {"Quyết định 7/2025/QĐ-UBND", 2, 0, NULL};
    antq_authority_rule t[3] = {
        {20250701, 20251231, ANTQ_KIND_COMMUNE, 0, ANTQ_BODY_PROVINCE_COMMITTEE, 1120, 'D', 0, cite, NULL},
        {20260101, ANTQ_DATE_OPEN, ANTQ_KIND_COMMUNE, 0, ANTQ_BODY_PROVINCE_COMMITTEE, 1120, 'D', 0, cite, NULL},
        {20250701, ANTQ_DATE_OPEN, ANTQ_KIND_AGENCY, ANTQ_LEVEL_COMMUNE, ANTQ_BODY_COMMUNE_COMMITTEE, 1120, 'D', 0, cite,
         NULL},
    };
    antq_error err;
    ck_assert_int_eq(antq_authority_table_validate(t, 3, &err), ANTQ_OK);
    t[1].valid_from = 20260102; /* 1/1/2026 governed by no row */
    ck_assert_int_eq(antq_authority_table_validate(t, 3, &err), ANTQ_ERANGE);
    ck_assert_msg(strstr(err.message, "no row governs commune units on 2026-01-01"), "%s", err.message);
    t[1].valid_from = 20251201; /* December 2025 governed twice */
    ck_assert_int_eq(antq_authority_table_validate(t, 3, &err), ANTQ_ERANGE);
    ck_assert_str_eq(err.path, "/authority/1");
    t[1].valid_from = 20260101;
    t[2].managing_level = ANTQ_LEVEL_UNKNOWN;
    t[2].kind = ANTQ_KIND_COMMUNE; /* an "any level" row meets every level */
    ck_assert_int_eq(antq_authority_table_validate(t, 3, &err), ANTQ_ERANGE);
    t[2].kind = 9;
    ck_assert_int_eq(antq_authority_table_validate(t, 3, &err), ANTQ_ERANGE);
    ck_assert_str_eq(err.path, "/authority/2/kind");
    ck_assert_int_eq(antq_authority_table_validate(NULL, 0, &err), ANTQ_EINVAL);
}
END_TEST

START_TEST(evaluate_checks_a_caller_table)
{
    static const antq_citation cite = {"Quyết định 7/2025/QĐ-UBND", 2, 0, NULL};
    static const antq_authority_rule t[] = {
        {20120618, 20251231, ANTQ_KIND_RESIDENTIAL_AREA, 0, ANTQ_BODY_COMMUNE_COMMITTEE, 1115, 'D', 0, cite, NULL},
        {20251201, ANTQ_DATE_OPEN, ANTQ_KIND_RESIDENTIAL_AREA, 0, ANTQ_BODY_COMMUNE_COMMITTEE, 1110, 'D', 0, cite, NULL},
    };
    fixture f;
    fixture_residential_area(&f, 2024);
    f.opts.authority_table = t;
    f.opts.n_authority = 2;
    antq_result *r = NULL;
    antq_error err;
    ck_assert_int_eq(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), ANTQ_ERANGE);
    ck_assert_str_eq(err.path, "/options/authority/1");
    ck_assert_ptr_null(r);
}
END_TEST

START_TEST(caller_tables_are_bounded)
{
    /* hostile sizes: the table is checked row against row, delegations are searched per unit */
    enum { N = 4097 };
    antq_authority_rule *t = calloc(N, sizeof *t);
    antq_delegation *d = calloc(N, sizeof *d);
    ck_assert_ptr_nonnull(t);
    ck_assert_ptr_nonnull(d);
    antq_error err;
    ck_assert_int_eq(antq_authority_table_validate(t, N, &err), ANTQ_ERANGE);
    ck_assert_msg(strstr(err.message, "at most 4096 rows"), "%s", err.message);
    for (size_t i = 0; i < N; i++) {
        d[i].from_level = ANTQ_LEVEL_DISTRICT;
        d[i].to_level = ANTQ_LEVEL_COMMUNE;
        d[i].kinds = ANTQ_KIND_BIT(ANTQ_KIND_AGENCY);
    }
    fixture f;
    fixture_agency(&f, 2024);
    f.opts.delegations = d;
    f.opts.n_delegations = N;
    antq_result *r = NULL;
    ck_assert_int_eq(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), ANTQ_ERANGE);
    ck_assert_str_eq(err.path, "/options/delegations");
    f.opts.n_delegations = N - 1;
    ck_assert_int_eq(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), ANTQ_OK);
    antq_result_free(r);
    free(t);
    free(d);
}
END_TEST

/* ---- options of the version-1 layout */

START_TEST(version_1_options_keep_their_size_and_the_defaults)
{
    unsigned char buf[sizeof(antq_options) + 16];
    memset(buf, 0xAB, sizeof buf);
    antq_options *o = (antq_options *)(void *)buf;
    ck_assert_int_eq(antq_options_init(o, 1), ANTQ_OK);
    ck_assert_uint_eq(o->version, 1);
    /* nothing written past the version-1 fields */
    ck_assert_int_eq(buf[offsetof(antq_options, period_start)], 0xAB);
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_result *r = NULL;
    antq_error err;
    ck_assert_int_eq(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, o, &err), ANTQ_OK);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_CERTIFIED);
    antq_result_free(r);
    ck_assert_int_eq(antq_options_init(o, 3), ANTQ_EVERSION);
}
END_TEST

static Suite *delegation_suite(void)
{
    Suite *s = suite_create("delegation");
    TCase *tc = tcase_create("art-10-5");
    tcase_add_test(tc, every_pair_has_its_answer);
    tcase_add_test(tc, diagnostics_name_the_rule);
    tcase_add_test(tc, the_delegation_date_and_the_decision_date_both_count);
    tcase_add_test(tc, result_says_who_recognises);
    tcase_add_test(tc, a_table_delegation_moves_the_pool);
    tcase_add_test(tc, an_invalid_table_row_is_an_error);
    suite_add_tcase(s, tc);
    tc = tcase_create("authority-table");
    tcase_add_test(tc, built_in_table_passes_its_own_check);
    tcase_add_test(tc, gaps_and_overlaps_are_refused);
    tcase_add_test(tc, evaluate_checks_a_caller_table);
    tcase_add_test(tc, caller_tables_are_bounded);
    tcase_add_test(tc, version_1_options_keep_their_size_and_the_defaults);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(delegation_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
