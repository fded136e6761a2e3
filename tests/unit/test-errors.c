/* Unit tests: status codes, options versioning, run-time version, NULL-safe
 * frees, and the integrity of the criteria catalogue.
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixtures.h"

/* ================================================================ statuses */

static const struct {
    int code;
    const char *name;
    const char *text;
} statuses[] = {
#define STATUS_ROW(name, value, text) {value, "ANTQ_" #name, text},
    ANTQ_STATUS_MAP(STATUS_ROW)
#undef STATUS_ROW
};
#define N_STATUSES (sizeof statuses / sizeof statuses[0])

START_TEST(every_status_has_its_name_and_text)
{
    ck_assert_uint_eq(N_STATUSES, 16);
    for (size_t i = 0; i < N_STATUSES; i++) {
        const char *name = antq_status_name(statuses[i].code);
        const char *text = antq_strerror(statuses[i].code);
        ck_assert_ptr_nonnull(name);
        ck_assert_ptr_nonnull(text);
        ck_assert_str_eq(name, statuses[i].name);
        ck_assert_str_eq(text, statuses[i].text);
    }
    ck_assert_str_eq(antq_status_name(ANTQ_OK), "ANTQ_OK");
    ck_assert_str_eq(antq_status_name(ANTQ_EPARSE), "ANTQ_EPARSE");
    ck_assert_str_eq(antq_status_name(ANTQ_EVERSION), "ANTQ_EVERSION");
    ck_assert_int_eq(ANTQ_EVERSION, ANTQ__STATUS_LAST);
}
END_TEST

START_TEST(status_values_are_stable)
{
    /* values never change (error.h) */
    ck_assert_int_eq(ANTQ_OK, 0);
    ck_assert_int_eq(ANTQ_ERROR, -1);
    ck_assert_int_eq(ANTQ_ENOMEM, -2);
    ck_assert_int_eq(ANTQ_EINVAL, -3);
    ck_assert_int_eq(ANTQ_EPARSE, -4);
    ck_assert_int_eq(ANTQ_ETYPE, -5);
    ck_assert_int_eq(ANTQ_ERANGE, -6);
    ck_assert_int_eq(ANTQ_ENOTFOUND, -7);
    ck_assert_int_eq(ANTQ_EDUPLICATE, -8);
    ck_assert_int_eq(ANTQ_ECYCLE, -9);
    ck_assert_int_eq(ANTQ_ENORULES, -10);
    ck_assert_int_eq(ANTQ_EIO, -11);
    ck_assert_int_eq(ANTQ_EUTF8, -12);
    ck_assert_int_eq(ANTQ_EUNKNOWNFIELD, -13);
    ck_assert_int_eq(ANTQ_EMISSING, -14);
    ck_assert_int_eq(ANTQ_EVERSION, -15);
}
END_TEST

START_TEST(names_and_texts_are_distinct)
{
    for (size_t i = 0; i < N_STATUSES; i++)
        for (size_t j = i + 1; j < N_STATUSES; j++) {
            ck_assert_str_ne(antq_status_name(statuses[i].code), antq_status_name(statuses[j].code));
            ck_assert_str_ne(antq_strerror(statuses[i].code), antq_strerror(statuses[j].code));
        }
}
END_TEST

START_TEST(unknown_codes_never_null)
{
    static const int unknown[] = {1, 2, 100, -16, -100, INT_MAX, INT_MIN};
    for (size_t u = 0; u < sizeof unknown / sizeof unknown[0]; u++) {
        const char *name = antq_status_name(unknown[u]);
        const char *text = antq_strerror(unknown[u]);
        ck_assert_ptr_nonnull(name);
        ck_assert_ptr_nonnull(text);
        ck_assert(name[0] != '\0');
        ck_assert(text[0] != '\0');
        /* and never the name or text of a real status */
        for (size_t i = 0; i < N_STATUSES; i++) {
            ck_assert_str_ne(name, statuses[i].name);
            ck_assert_str_ne(text, statuses[i].text);
        }
    }
}
END_TEST

START_TEST(error_clear)
{
    antq_error err;
    memset(&err, 0x7F, sizeof err);
    antq_error_clear(&err);
    ck_assert_int_eq(err.code, ANTQ_OK);
    ck_assert_str_eq(err.path, "");
    ck_assert_str_eq(err.message, "");
    ck_assert_int_eq(err.line, 0);
    ck_assert_int_eq(err.column, 0);
    antq_error_clear(NULL); /* accepted */
}
END_TEST

/* ================================================================= options */

START_TEST(options_init_defaults)
{
    antq_options o;
    memset(&o, 0x33, sizeof o);
    ck_assert_int_eq(antq_options_init(&o, ANTQ_OPTIONS_VERSION), ANTQ_OK);
    ck_assert_uint_eq(o.version, ANTQ_OPTIONS_VERSION);
    ck_assert_int_eq(o.trend_mode, ANTQ_TREND_NOT_INCREASED);
    ck_assert_int_eq(o.pool_mode, ANTQ_POOL_ALL_MANAGED);
    ck_assert_int_eq(o.emulation_mode, ANTQ_EMULATION_INELIGIBLE_SKIPS);
    ck_assert_int_eq(o.deferral_is_warning, 1);
    ck_assert_int_eq(o.school_year_end_mmdd, 531);
    ck_assert_int_eq(o.decision_date, 0);
    ck_assert_int_eq(o.protection_force_required, 1);
    ck_assert_ptr_null(o.extra);
    ck_assert_uint_eq(o.n_extra, 0);
    ck_assert_ptr_null(o.authority_table);
    ck_assert_uint_eq(o.n_authority, 0);
}
END_TEST

START_TEST(options_init_other_versions)
{
    antq_options o, before;
    memset(&o, 0x33, sizeof o);
    memcpy(&before, &o, sizeof o);
    ck_assert_int_eq(antq_options_init(&o, 0), ANTQ_EVERSION);
    ck_assert_int_eq(antq_options_init(&o, ANTQ_OPTIONS_VERSION + 1), ANTQ_EVERSION);
    ck_assert_int_eq(antq_options_init(&o, UINT_MAX), ANTQ_EVERSION);
    ck_assert_int_eq(memcmp(&o, &before, sizeof o), 0); /* untouched */
    ck_assert_int_eq(antq_options_init(NULL, ANTQ_OPTIONS_VERSION), ANTQ_EINVAL);
    ck_assert_int_eq(antq_options_init(&o, ANTQ_OPTIONS_VERSION), ANTQ_OK);
}
END_TEST

START_TEST(evaluate_rejects_wrong_options_version)
{
    static const unsigned wrong[] = {0, ANTQ_OPTIONS_VERSION + 1, 0xFFFFFFFFu};
    for (size_t i = 0; i < 3; i++) {
        fixture f;
        fixture_residential_area(&f, 2024);
        f.opts.version = wrong[i];
        antq_result *r = (antq_result *)(void *)&f; /* must be overwritten */
        antq_error err;
        memset(&err, 0, sizeof err);
        ck_assert_int_eq(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), ANTQ_EVERSION);
        ck_assert_ptr_null(r);
        ck_assert_int_eq(err.code, ANTQ_EVERSION);
        ck_assert_str_eq(err.path, "/options/version");
        ck_assert(err.message[0] != '\0');
    }
    /* the right version, and no options at all, both evaluate */
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_result *r = NULL;
    ck_assert_int_eq(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, NULL), ANTQ_OK);
    antq_result_free(r);
    r = NULL;
    ck_assert_int_eq(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, NULL, NULL), ANTQ_OK);
    ck_assert_int_eq(antq_result_verdict(r), ANTQ_VERDICT_CERTIFIED);
    antq_result_free(r);
}
END_TEST

START_TEST(evaluate_rejects_out_of_range_options)
{
    struct {
        size_t offset;
        int32_t bad;
        const char *path;
    } cases[] = {
        {offsetof(antq_options, trend_mode), 2, "/options/trend_mode"},
        {offsetof(antq_options, pool_mode), -1, "/options/pool_mode"},
        {offsetof(antq_options, emulation_mode), 2, "/options/emulation_mode"},
        {offsetof(antq_options, decision_date), 20240230, "/options/decision_date"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        fixture f;
        fixture_residential_area(&f, 2024);
        *(int32_t *)(void *)((char *)&f.opts + cases[i].offset) = cases[i].bad;
        antq_result *r = NULL;
        antq_error err;
        memset(&err, 0, sizeof err);
        ck_assert_int_eq(antq_evaluate(&r, &f.unit, &f.ev, NULL, NULL, 0, &f.opts, &err), ANTQ_ERANGE);
        ck_assert_str_eq(err.path, cases[i].path);
        ck_assert_ptr_null(r);
    }
}
END_TEST

/* ================================================================= version */

START_TEST(run_time_version_matches_headers)
{
    ck_assert_ptr_nonnull(antq_version());
    ck_assert_str_eq(antq_version(), ANTQ_VERSION_STRING);
    ck_assert_int_eq(antq_version_number(), ANTQ_VERSION_NUMBER);
    ck_assert_int_eq(ANTQ_VERSION_NUMBER, ANTQ_VERSION_MAJOR * 10000 + ANTQ_VERSION_MINOR * 100 + ANTQ_VERSION_PATCH);
    char expect[32];
    snprintf(expect, sizeof expect, "%d.%d.%d", ANTQ_VERSION_MAJOR, ANTQ_VERSION_MINOR, ANTQ_VERSION_PATCH);
    ck_assert_str_eq(antq_version(), expect);
}
END_TEST

/* =================================================================== frees */

START_TEST(frees_accept_null)
{
    antq_free(NULL);
    antq_result_free(NULL);
    antq_unit_init(NULL);
    antq_evidence_init(NULL);
    antq_event_init(NULL);
    /* and free what they were made for */
    fixture f;
    fixture_residential_area(&f, 2024);
    antq_result *r = fixture_evaluate(&f, NULL);
    char *text = NULL;
    ck_assert_int_eq(antq_result_explain(&text, r, ANTQ_LANG_EN, NULL), ANTQ_OK);
    antq_free(text);
    antq_result_free(r);
}
END_TEST

START_TEST(init_functions_set_unknown)
{
    antq_unit u;
    memset(&u, 0x55, sizeof u);
    antq_unit_init(&u);
    ck_assert_ptr_null(u.id);
    ck_assert_ptr_null(u.name);
    ck_assert_ptr_null(u.parent_id);
    ck_assert_int_eq(u.kind, ANTQ_KIND_UNKNOWN);
    ck_assert_int_eq(u.armed_forces, ANTQ_UNKNOWN);
    ck_assert_int_eq(u.delegated_to_commune, ANTQ_UNKNOWN);
    ck_assert_int_eq(u.emulation_eligible, ANTQ_UNKNOWN);

    antq_evidence ev;
    memset(&ev, 0x55, sizeof ev);
    antq_evidence_init(&ev);
    ck_assert_int_eq(ev.year, 0);
    ck_assert_int_eq(ev.registered, ANTQ_UNKNOWN);
    ck_assert_int_eq(ev.households_resident, ANTQ_COUNT_UNKNOWN);
    ck_assert_int_eq(ev.members_certified, ANTQ_COUNT_UNKNOWN);
    ck_assert_int_eq(ev.registration_date, ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(ev.rule_topics, -1);
    ck_assert_int_eq(ev.events_recorded, ANTQ_UNKNOWN);
    ck_assert_ptr_null(ev.events);
    ck_assert_uint_eq(ev.n_events, 0);

    antq_event e;
    memset(&e, 0x55, sizeof e);
    antq_event_init(&e);
    ck_assert_int_eq(e.kind, ANTQ_EVENT_UNKNOWN);
    ck_assert_int_eq(e.date, ANTQ_DATE_UNKNOWN);
    ck_assert_int_eq(e.force_majeure, ANTQ_UNKNOWN);
    ck_assert_int_eq(e.handled_promptly, ANTQ_UNKNOWN);
    ck_assert_ptr_null(e.unit_id);
}
END_TEST

/* =============================================================== catalogue */

static int is_ruleset_id(const char *instrument)
{
    for (size_t i = 0; i < antq_ruleset_count(); i++)
        if (strcmp(antq_ruleset_get(i)->id, instrument) == 0)
            return 1;
    return 0;
}

START_TEST(catalogue_find_returns_every_row)
{
    size_t n = antq_catalogue_count();
    ck_assert_uint_gt(n, 0);
    ck_assert_ptr_null(antq_catalogue_get(n));
    ck_assert_ptr_null(antq_catalogue_get((size_t)-1));
    for (size_t i = 0; i < n; i++) {
        const antq_criterion *c = antq_catalogue_get(i);
        ck_assert_ptr_nonnull(c);
        ck_assert_ptr_nonnull(c->id);
        ck_assert_ptr_eq(antq_catalogue_find(c->id), c);
    }
    ck_assert_ptr_null(antq_catalogue_find("C124-XX-99"));
    ck_assert_ptr_null(antq_catalogue_find(""));
    ck_assert_ptr_null(antq_catalogue_find(NULL));
    ck_assert_ptr_null(antq_catalogue_find("c124-ra-01b")); /* ids are case-sensitive */
}
END_TEST

START_TEST(catalogue_ids_are_unique)
{
    size_t n = antq_catalogue_count();
    for (size_t i = 0; i < n; i++)
        for (size_t j = i + 1; j < n; j++)
            ck_assert_msg(strcmp(antq_catalogue_get(i)->id, antq_catalogue_get(j)->id) != 0, "duplicate id %s",
                          antq_catalogue_get(i)->id);
}
END_TEST

START_TEST(catalogue_rows_are_complete)
{
    const uint32_t all_kinds = ANTQ_KIND_BIT(ANTQ_KIND_RESIDENTIAL_AREA) | ANTQ_KIND_BIT(ANTQ_KIND_COMMUNE) |
                               ANTQ_KIND_BIT(ANTQ_KIND_AGENCY) | ANTQ_KIND_BIT(ANTQ_KIND_ENTERPRISE) |
                               ANTQ_KIND_BIT(ANTQ_KIND_EDUCATIONAL_INSTITUTION);
    for (size_t i = 0; i < antq_catalogue_count(); i++) {
        const antq_criterion *c = antq_catalogue_get(i);
        const char *id = c->id;
        ck_assert_msg(id[0] != '\0', "row %zu: empty id", i);
        ck_assert_msg(c->text_vi && c->text_vi[0], "%s: no Vietnamese text", id);
        ck_assert_msg(c->text_en && c->text_en[0], "%s: no English text", id);
        ck_assert_msg(strcmp(c->text_vi, c->text_en) != 0, "%s: the same text in both languages", id);
        ck_assert_msg(c->citation.instrument && c->citation.instrument[0], "%s: no instrument", id);
        int standard = antq_criterion_standard(c);
        ck_assert_msg(standard >= 0 && standard < ANTQ_STANDARD_COUNT, "%s: standard %d", id, standard);
        if (standard != ANTQ_STANDARD_SAFE) {
            /* a standard that reuses the result (rules.md §4) cites its own instrument, by its own parts
             * (criterion, indicator, content) or as a whole (article 0) */
            char cite[200];
            ck_assert_msg(antq_citation_format(cite, sizeof cite, &c->citation, ANTQ_LANG_EN) > 0, "%s: citation", id);
            ck_assert_msg(strncmp(cite, "Art.", 4) != 0 && !strstr(cite, "Circular"), "%s: cited as a circular: %s", id,
                          cite);
            ck_assert_msg(c->citation.article >= 0 && c->citation.clause >= 0, "%s: article %d clause %d", id,
                          (int)c->citation.article, (int)c->citation.clause);
            ck_assert_msg(antq_date_valid(c->valid_from) && antq_date_valid(c->valid_to) && c->valid_from <= c->valid_to,
                          "%s: validity dates", id);
            ck_assert_msg(c->kinds != 0 && (c->kinds & ~all_kinds) == 0, "%s: kind mask 0x%x", id, (unsigned)c->kinds);
            ck_assert_msg(c->status == 'V' || c->status == 'S' || c->status == 'D' || c->status == 'U',
                          "%s: status %d", id, (int)c->status);
            continue;
        }
        ck_assert_msg(is_ruleset_id(c->citation.instrument), "%s: instrument %s is not a rule set", id,
                      c->citation.instrument);
        ck_assert_msg(c->citation.article > 0, "%s: article %d", id, (int)c->citation.article);
        ck_assert_msg(c->citation.clause >= 0, "%s: clause %d", id, (int)c->citation.clause);
        ck_assert_msg(antq_date_valid(c->valid_from) && antq_date_valid(c->valid_to), "%s: validity dates", id);
        ck_assert_msg(c->valid_from <= c->valid_to, "%s: valid_from %d > valid_to %d", id, (int)c->valid_from,
                      (int)c->valid_to);
        ck_assert_msg(c->kinds != 0, "%s: empty kind mask", id);
        ck_assert_msg((c->kinds & ~all_kinds) == 0, "%s: kind mask 0x%x has unknown bits", id, (unsigned)c->kinds);
        ck_assert_msg(c->status == 'V' || c->status == 'S' || c->status == 'D' || c->status == 'U',
                      "%s: status %d", id, (int)c->status);
        ck_assert_msg(c->role == ANTQ_CRITERION_SCOPE || c->role == ANTQ_CRITERION_STANDARD ||
                          c->role == ANTQ_CRITERION_PROCEDURE,
                      "%s: role %d", id, (int)c->role);
        ck_assert_msg(c->op >= ANTQ_OP_NONE && c->op <= ANTQ_OP_IN_RANGE, "%s: op %d", id, (int)c->op);
        /* the validity lies within the validity of the instrument it cites */
        const antq_ruleset *rs = antq_ruleset_for_date(c->valid_from);
        ck_assert_msg(rs && strcmp(rs->id, c->citation.instrument) == 0, "%s: valid_from outside %s", id,
                      c->citation.instrument);
        ck_assert_msg(c->valid_to <= rs->valid_to, "%s: valid_to beyond %s", id, rs->id);
    }
}
END_TEST

START_TEST(catalogue_thresholds_of_key_rows)
{
    const antq_criterion *c = antq_catalogue_find("C124-CW-04b");
    ck_assert_ptr_nonnull(c);
    ck_assert_int_eq(c->op, ANTQ_OP_GE);
    ck_assert_int_eq(c->threshold_num, 70);
    ck_assert_int_eq(c->threshold_den, 100);
    ck_assert_int_eq(c->valid_from, 20220210);
    ck_assert(antq_criterion_applies(c, ANTQ_KIND_COMMUNE, 20241115));
    ck_assert(!antq_criterion_applies(c, ANTQ_KIND_RESIDENTIAL_AREA, 20241031));
    ck_assert(!antq_criterion_applies(c, ANTQ_KIND_COMMUNE, 20211130));
    ck_assert(!antq_criterion_applies(NULL, ANTQ_KIND_COMMUNE, 20241115));
    ck_assert(!antq_criterion_applies(c, ANTQ_KIND_UNKNOWN, 20241115));
    c = antq_catalogue_find("C124-RA-01b");
    ck_assert_int_eq(c->op, ANTQ_OP_EQ_ALL);
    ck_assert_int_eq(c->citation.article, 4);
    ck_assert_int_eq(c->citation.clause, 1);
    c = antq_catalogue_find("C23-CW-04");
    ck_assert_ptr_nonnull(c);
    ck_assert(antq_criterion_applies(c, ANTQ_KIND_COMMUNE, 20211130));
    ck_assert(!antq_criterion_applies(c, ANTQ_KIND_COMMUNE, 20221115));
}
END_TEST

START_TEST(kind_and_verdict_names)
{
    ck_assert_str_eq(antq_unit_kind_name(ANTQ_KIND_RESIDENTIAL_AREA), "residential_area");
    ck_assert_str_eq(antq_unit_kind_name(ANTQ_KIND_EDUCATIONAL_INSTITUTION), "educational_institution");
    ck_assert_str_eq(antq_unit_kind_name(99), "unknown");
    for (int k = 1; k < ANTQ_KIND_COUNT; k++)
        ck_assert_int_eq(antq_unit_kind_from_name(antq_unit_kind_name(k)), k);
    ck_assert_int_eq(antq_unit_kind_from_name("bogus"), ANTQ_KIND_UNKNOWN);
    ck_assert_int_eq(antq_unit_kind_from_name(NULL), ANTQ_KIND_UNKNOWN);
    for (int k = 1; k < ANTQ_EVENT_KIND_COUNT; k++)
        ck_assert_int_eq(antq_event_kind_from_name(antq_event_kind_name(k)), k);
    ck_assert_str_eq(antq_event_kind_name(-1), "unknown");
    ck_assert_str_eq(antq_verdict_name(ANTQ_VERDICT_CERTIFIED), "certified");
    ck_assert_str_eq(antq_verdict_name(ANTQ_VERDICT_NOT_CERTIFIED), "not_certified");
    ck_assert_str_eq(antq_verdict_name(ANTQ_VERDICT_NOT_ELIGIBLE), "not_eligible");
    ck_assert_str_eq(antq_verdict_name(ANTQ_VERDICT_UNDETERMINED), "undetermined");
    ck_assert_str_eq(antq_outcome_name(ANTQ_OUTCOME_PASS), "pass");
    ck_assert_str_eq(antq_outcome_name(ANTQ_OUTCOME_FAIL), "fail");
    ck_assert_str_eq(antq_outcome_name(ANTQ_OUTCOME_NOT_APPLICABLE), "not_applicable");
    ck_assert_str_eq(antq_outcome_name(ANTQ_OUTCOME_UNKNOWN), "unknown");
    ck_assert_ptr_nonnull(antq_verdict_name(0));
    ck_assert_ptr_nonnull(antq_outcome_name(99));
}
END_TEST

static Suite *errors_suite(void)
{
    Suite *s = suite_create("errors");
    TCase *tc = tcase_create("status");
    tcase_add_test(tc, every_status_has_its_name_and_text);
    tcase_add_test(tc, status_values_are_stable);
    tcase_add_test(tc, names_and_texts_are_distinct);
    tcase_add_test(tc, unknown_codes_never_null);
    tcase_add_test(tc, error_clear);
    suite_add_tcase(s, tc);

    tc = tcase_create("options");
    tcase_add_test(tc, options_init_defaults);
    tcase_add_test(tc, options_init_other_versions);
    tcase_add_test(tc, evaluate_rejects_wrong_options_version);
    tcase_add_test(tc, evaluate_rejects_out_of_range_options);
    suite_add_tcase(s, tc);

    tc = tcase_create("lifetime");
    tcase_add_test(tc, run_time_version_matches_headers);
    tcase_add_test(tc, frees_accept_null);
    tcase_add_test(tc, init_functions_set_unknown);
    suite_add_tcase(s, tc);

    tc = tcase_create("catalogue");
    tcase_add_test(tc, catalogue_find_returns_every_row);
    tcase_add_test(tc, catalogue_ids_are_unique);
    tcase_add_test(tc, catalogue_rows_are_complete);
    tcase_add_test(tc, catalogue_thresholds_of_key_rows);
    tcase_add_test(tc, kind_and_verdict_names);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(errors_suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
