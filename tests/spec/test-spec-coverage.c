/* Coverage of the specification: every row of the catalogue (both
 * instruments, scope rows included) must have at least one passing and one
 * failing case in the tables, and every case must name a catalogue row that
 * applies to its unit kind and year. The checks read only the static tables
 * and the static catalogue (no state shared between tests), so they work in
 * Check's fork mode.
 * SPDX-License-Identifier: MIT */
#include "spec.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const spec_table *const all_tables[] = {
    &spec_table_residential, &spec_table_commune, &spec_table_agency,
    &spec_table_school,      &spec_table_c23,     &spec_table_authority, &spec_table_reused,
    &spec_table_findings,
};
#define N_TABLES (sizeof all_tables / sizeof all_tables[0])
/* The coverage of the catalogue counts the tables the library is expected to
 * pass: the first N_CONFORMING entries, i.e. not spec_table_findings, so
 * that a row cannot be "covered" only by a case that currently fails. */
#define N_CONFORMING (N_TABLES - 1)

/* Append to a bounded message buffer. */
#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void note(char *buf, size_t size, const char *fmt, ...)
{
    size_t len = strlen(buf);
    if (len + 1 >= size)
        return;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf + len, size - len, fmt, ap);
    va_end(ap);
}

START_TEST(every_catalogue_row_has_a_passing_and_a_failing_case)
{
    char missing[4096] = "";
    size_t n_missing = 0;
    size_t rows = antq_catalogue_count();
    ck_assert_msg(rows > 0, "the catalogue is empty");
    for (size_t r = 0; r < rows; r++) {
        const antq_criterion *c = antq_catalogue_get(r);
        int pass = 0, fail = 0, excluded = 0;
        for (size_t t = 0; t < N_CONFORMING; t++)
            for (size_t i = 0; i < all_tables[t]->n_cases; i++) {
                const spec_case *k = &all_tables[t]->cases[i];
                if (strcmp(k->criterion, c->id) != 0)
                    continue;
                pass |= k->outcome == ANTQ_OUTCOME_PASS;
                fail |= k->outcome == ANTQ_OUTCOME_FAIL;
                excluded |= k->outcome == ANTQ_OUTCOME_EXCLUDED && k->verdict == ANTQ_VERDICT_NOT_ELIGIBLE;
            }
        /* a scope row (Art. 1.2) is never failed: its "failing" case is EXCLUDED with the verdict NOT_ELIGIBLE */
        int scope = c->role == ANTQ_CRITERION_SCOPE;
        int negative = scope ? excluded : fail;
        if (!pass || !negative || (scope && fail)) {
            n_missing++;
            note(missing, sizeof missing, " %s (%s);", c->id,
                 scope && fail  ? "a scope row with a FAIL case (exclusion is EXCLUDED)"
                 : !pass && !negative ? "no passing and no failing case"
                 : !pass        ? "no passing case"
                 : !scope       ? "no failing case"
                                : "no EXCLUDED case with verdict NOT_ELIGIBLE");
        }
    }
    ck_assert_msg(n_missing == 0, "%zu catalogue row(s) lack cases:%s", n_missing, missing);
}
END_TEST

START_TEST(every_case_names_an_applicable_catalogue_row)
{
    char bad[4096] = "";
    size_t n_bad = 0;
    for (size_t t = 0; t < N_TABLES; t++)
        for (size_t i = 0; i < all_tables[t]->n_cases; i++) {
            const spec_case *k = &all_tables[t]->cases[i];
            const antq_criterion *c = antq_catalogue_find(k->criterion);
            int32_t end = 0;
            int rc = antq_period_for(NULL, &end, NULL, k->kind, k->year, 0);
            if (!c || rc != ANTQ_OK || !antq_criterion_applies(c, k->kind, end) ||
                antq_criterion_standard(c) != k->standard) {
                n_bad++;
                note(bad, sizeof bad, " \"%s\" -> %s;", k->name,
                     !c                ? "unknown criterion"
                     : rc != ANTQ_OK   ? "no period"
                     : antq_criterion_standard(c) != k->standard ? "criterion of another standard"
                                                                 : "criterion does not apply");
            }
        }
    ck_assert_msg(n_bad == 0, "%zu case(s) name no applicable catalogue row:%s", n_bad, bad);
}
END_TEST

START_TEST(every_case_is_well_formed)
{
    char bad[4096] = "";
    size_t n_bad = 0;
    for (size_t t = 0; t < N_TABLES; t++) {
        const spec_table *tb = all_tables[t];
        if (tb->n_cases == 0) {
            n_bad++;
            note(bad, sizeof bad, " table %s is empty;", tb->name);
        }
        for (size_t i = 0; i < tb->n_cases; i++) {
            const spec_case *k = &tb->cases[i];
            const char *why = NULL;
            if (!k->name || !*k->name)
                why = "no name";
            else if (!k->clause || !*k->clause)
                why = "no clause";
            else if (k->outcome < ANTQ_OUTCOME_PASS || k->outcome > ANTQ_OUTCOME_EXCLUDED)
                why = "bad outcome";
            else if (k->verdict < 0 || k->verdict > ANTQ_VERDICT_UNDETERMINED)
                why = "bad verdict";
            else if ((k->fact_kind != 0) != (k->fact_outcome != 0))
                why = "fact kind without outcome";
            else
                for (size_t j = 0; j < i && !why; j++)
                    if (strcmp(tb->cases[j].name, k->name) == 0)
                        why = "duplicate name in its table";
            if (why) {
                n_bad++;
                note(bad, sizeof bad, " \"%s\": %s;", k->name ? k->name : "(null)", why);
            }
        }
    }
    ck_assert_msg(n_bad == 0, "%zu malformed case(s):%s", n_bad, bad);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("spec-coverage");
    TCase *tc = tcase_create("coverage");
    tcase_add_test(tc, every_catalogue_row_has_a_passing_and_a_failing_case);
    tcase_add_test(tc, every_case_names_an_applicable_catalogue_row);
    tcase_add_test(tc, every_case_is_well_formed);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed != 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
