/* Unit tests: the pipeline's additions of 1.1 (include/antq/pipeline.h): the
 * record callback with the evidence (configuration version 2), a version-1
 * configuration still read, and the units kept without their evidence.
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include <antq.h>
#include <stddef.h>

static const char *const LINES[] = {
    "{\"id\":\"CW-1\",\"kind\":\"commune\",\"name\":\"Xã Một\",\"evidence\":[{\"year\":2024,\"registered\":true}]}",
    "{\"id\":\"RA-1\",\"kind\":\"residential_area\",\"parent\":\"CW-1\",\"name\":\"Thôn Một\","
    "\"evidence\":[{\"year\":2024,\"registered\":true,\"households_resident\":40,\"households_registered\":38}]}",
    "{\"id\":\"RA-2\",\"kind\":\"residential_area\",\"parent\":\"CW-1\"}",
};
#define N_LINES (sizeof LINES / sizeof LINES[0])

typedef struct seen {
    int results, records, with_evidence, households_38, with_rollup;
} seen;

static int on_result(const antq_result *r, const antq_unit *u, const antq_rollup *rollup, void *ud)
{
    (void)r, (void)u, (void)rollup;
    ((seen *)ud)->results++;
    return 0;
}

static int on_record(const antq_result *r, const antq_unit *u, const antq_evidence *e, const antq_rollup *rollup,
                     void *ud)
{
    seen *s = ud;
    s->records++;
    ck_assert_str_eq(antq_result_unit_id(r), u->id);
    if (e) {
        s->with_evidence++;
        ck_assert_int_eq(e->year, antq_result_year(r));
        s->households_38 += e->households_registered == 38;
    }
    s->with_rollup += rollup != NULL;
    return 0;
}

static void feed_all(antq_pipeline *p)
{
    antq_error err;
    for (size_t i = 0; i < N_LINES; i++)
        ck_assert_int_eq(antq_pipeline_feed_line(p, LINES[i], strlen(LINES[i]), (int32_t)i + 1, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_finish(p, &err), ANTQ_OK);
}

START_TEST(record_callback_gets_the_evidence)
{
    antq_pipeline_config cfg;
    antq_pipeline_config_init(&cfg);
    ck_assert_uint_eq(cfg.version, ANTQ_PIPELINE_CONFIG_VERSION);
    ck_assert(cfg.on_record == NULL);
    cfg.on_record = on_record;
    seen s = {0};
    antq_pipeline *p = NULL;
    ck_assert_int_eq(antq_pipeline_new(&p, &cfg, on_result, &s, NULL), ANTQ_OK);
    feed_all(p);
    /* each of the three units once, both callbacks; RA-2 had no evidence: NULL */
    ck_assert_int_eq(s.results, 3);
    ck_assert_int_eq(s.records, 3);
    ck_assert_int_eq(s.with_evidence, 2);
    ck_assert_int_eq(s.households_38, 1);
    ck_assert_int_eq(s.with_rollup, 1); /* the commune, with its members' roll-up */
    antq_pipeline_free(p);
}
END_TEST

START_TEST(version_1_configuration_ignores_what_follows_it)
{
    /* a program built against 1.0 passes a smaller record: what lies after error_userdata is not its */
    struct {
        antq_pipeline_config cfg;
    } big;
    antq_pipeline_config_init(&big.cfg);
    big.cfg.version = 1;
    memset((char *)&big.cfg + offsetof(antq_pipeline_config, on_record), 0xA5, sizeof big.cfg.on_record);
    seen s = {0};
    antq_pipeline *p = NULL;
    ck_assert_int_eq(antq_pipeline_new(&p, &big.cfg, on_result, &s, NULL), ANTQ_OK);
    feed_all(p); /* would crash calling 0xA5A5… if read */
    ck_assert_int_eq(s.results, 3);
    antq_pipeline_free(p);
    big.cfg.version = 3;
    antq_error err;
    ck_assert_int_eq(antq_pipeline_new(&p, &big.cfg, NULL, NULL, &err), ANTQ_EVERSION);
    ck_assert_ptr_null(p);
}
END_TEST

START_TEST(kept_units_are_the_units_without_evidence)
{
    antq_pipeline_config cfg;
    antq_pipeline_config_init(&cfg);
    cfg.check_only = 1;
    antq_pipeline *p = NULL;
    antq_error err;
    ck_assert_int_eq(antq_pipeline_new(&p, &cfg, NULL, NULL, NULL), ANTQ_OK);
    ck_assert_ptr_null(antq_pipeline_units(p));
    ck_assert_int_eq(antq_pipeline_keep_units(p, &err), ANTQ_OK);
    /* a line that fails is not kept */
    const char *dup = LINES[1];
    ck_assert_int_eq(antq_pipeline_feed_line(p, LINES[0], strlen(LINES[0]), 1, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_feed_line(p, dup, strlen(dup), 2, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_feed_line(p, dup, strlen(dup), 3, &err), ANTQ_EDUPLICATE);
    ck_assert_int_eq(antq_pipeline_feed_line(p, LINES[2], strlen(LINES[2]), 4, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_keep_units(p, &err), ANTQ_EINVAL); /* too late: already fed */
    const antq_dataset *units = antq_pipeline_units(p);
    ck_assert_uint_eq(antq_dataset_unit_count(units), 3);
    ck_assert_str_eq(antq_dataset_unit(units, 1)->id, "RA-1");
    ck_assert_str_eq(antq_dataset_unit(units, 1)->name, "Thôn Một");
    ck_assert_str_eq(antq_dataset_unit(units, 1)->parent_id, "CW-1");
    ck_assert_ptr_null(antq_dataset_evidence(units, 1, 2024));
    ck_assert_uint_eq(antq_dataset_find(units, "RA-2"), 2);
    antq_pipeline_free(p);
    ck_assert_int_eq(antq_pipeline_keep_units(NULL, &err), ANTQ_EINVAL);
    ck_assert_ptr_null(antq_pipeline_units(NULL));
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pipeline");
    TCase *t = tcase_create("1.1");
    tcase_add_test(t, record_callback_gets_the_evidence);
    tcase_add_test(t, version_1_configuration_ignores_what_follows_it);
    tcase_add_test(t, kept_units_are_the_units_without_evidence);
    suite_add_tcase(s, t);
    SRunner *r = srunner_create(s);
    srunner_run_all(r, CK_ENV);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
