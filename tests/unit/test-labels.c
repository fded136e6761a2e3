/* Unit tests: the labels a person reads for every enum (include/antq/labels.h).
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <antq.h>

/* For each value of an enum: a label in both languages, never "?", and the
 * Vietnamese label is never the stable English name of the value. */
static void every_value_has_labels(const char *what, int first, int last, const char *(*label)(int, int),
                                   const char *(*name)(int))
{
    for (int v = first; v <= last; v++) {
        const char *vi = label(v, ANTQ_LANG_VI), *en = label(v, ANTQ_LANG_EN);
        ck_assert_msg(strcmp(vi, "?") != 0 && strcmp(en, "?") != 0, "%s %d has no label", what, v);
        if (name)
            ck_assert_msg(strcmp(vi, name(v)) != 0, "%s %d: the Vietnamese label is the code \"%s\"", what, v, vi);
    }
    ck_assert_str_eq(label(last + 1, ANTQ_LANG_VI), "?");
    ck_assert_str_eq(label(-1, ANTQ_LANG_EN), "?");
}

START_TEST(every_enum_value_has_both_labels)
{
    every_value_has_labels("verdict", ANTQ_VERDICT_CERTIFIED, ANTQ_VERDICT_UNDETERMINED, antq_verdict_label,
                           antq_verdict_name);
    every_value_has_labels("outcome", ANTQ_OUTCOME_PASS, ANTQ_OUTCOME_EXCLUDED, antq_outcome_label, antq_outcome_name);
    every_value_has_labels("unit kind", ANTQ_KIND_RESIDENTIAL_AREA, ANTQ_KIND_EDUCATIONAL_INSTITUTION,
                           antq_unit_kind_label, antq_unit_kind_name);
    every_value_has_labels("fact kind", ANTQ_FACT_REGISTERED, ANTQ_FACT_SCOPE_URBAN, antq_fact_kind_label,
                           antq_fact_kind_name);
    every_value_has_labels("festival level", ANTQ_FESTIVAL_LEVEL_PROVINCE, ANTQ_FESTIVAL_LEVEL_EDUCATIONAL_INSTITUTION,
                           antq_festival_level_label, antq_festival_level_name);
    every_value_has_labels("task state", ANTQ_TASK_STATE_ON_TIME, ANTQ_TASK_STATE_CANCELLED, antq_task_state_label,
                           antq_task_state_name);
    every_value_has_labels("metric", ANTQ_METRIC_SHARE_CERTIFIED, ANTQ_METRIC_REPORTED, antq_metric_label,
                           antq_metric_name);
}
END_TEST

START_TEST(labels_read_as_words)
{
    ck_assert_str_eq(antq_verdict_label(ANTQ_VERDICT_NOT_CERTIFIED, ANTQ_LANG_VI), "chưa đạt");
    ck_assert_str_eq(antq_verdict_label(ANTQ_VERDICT_NOT_CERTIFIED, ANTQ_LANG_EN), "not certified");
    ck_assert_str_eq(antq_outcome_label(ANTQ_OUTCOME_EXCLUDED, ANTQ_LANG_VI), "ngoài phạm vi");
    ck_assert_str_eq(antq_unit_kind_label(ANTQ_KIND_RESIDENTIAL_AREA, ANTQ_LANG_VI), "khu dân cư");
    ck_assert_str_eq(antq_task_state_label(ANTQ_TASK_STATE_OVERDUE, ANTQ_LANG_VI), "quá hạn");
    ck_assert_str_eq(antq_status_label(ANTQ_STATUS_UNVERIFIED, ANTQ_LANG_VI), "chưa kiểm chứng");
    ck_assert_str_eq(antq_status_label('X', ANTQ_LANG_VI), "?");
}
END_TEST

START_TEST(missing_label_translates_the_known_phrases)
{
    ck_assert_str_eq(antq_missing_label("undetermined units", ANTQ_LANG_VI), "đơn vị chưa xác định được kết quả");
    ck_assert_str_eq(antq_missing_label("undetermined units", ANTQ_LANG_EN), "undetermined units");
    ck_assert_str_eq(antq_missing_label("households of a residential area", ANTQ_LANG_VI), "số hộ của khu dân cư");
    ck_assert_str_eq(antq_missing_label("something new", ANTQ_LANG_VI), "something new"); /* no translation: as is */
    ck_assert_str_eq(antq_missing_label(NULL, ANTQ_LANG_VI), "");
}
END_TEST

static Suite *suite(void)
{
    Suite *s = suite_create("labels");
    TCase *tc = tcase_create("labels");
    tcase_add_test(tc, every_enum_value_has_both_labels);
    tcase_add_test(tc, labels_read_as_words);
    tcase_add_test(tc, missing_label_translates_the_known_phrases);
    suite_add_tcase(s, tc);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(suite());
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
