/* Unit tests: the pipeline's additions of 1.1 (include/antq/pipeline.h): the
 * record callback with the evidence (configuration version 2), a version-1
 * configuration still read, and the units kept without their evidence.
 * SPDX-License-Identifier: MIT */
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <antq.h>
#include <stddef.h>
#include "../common/slurp.h"

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

/* The kept units and the index share one map and one copy of each id: a record whose result callback
 * fails leaves neither, so it may be fed again, and a later duplicate names the line that was kept. */
static int fail_first_ra1(const antq_result *r, const antq_unit *u, const antq_rollup *rollup, void *ud)
{
    (void)r, (void)rollup;
    int *failed = ud;
    if (strcmp(u->id, "RA-1") == 0 && !*failed) {
        *failed = 1;
        return ANTQ_ENOMEM;
    }
    return 0;
}

START_TEST(kept_units_and_the_index_stay_in_step)
{
    antq_pipeline_config cfg;
    antq_pipeline_config_init(&cfg);
    cfg.year_from = 2024;
    antq_pipeline *p = NULL;
    antq_error err;
    int failed = 0;
    ck_assert_int_eq(antq_pipeline_new(&p, &cfg, fail_first_ra1, &failed, NULL), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_keep_units(p, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_feed_line(p, LINES[0], strlen(LINES[0]), 1, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_feed_line(p, LINES[1], strlen(LINES[1]), 2, &err), ANTQ_ENOMEM);
    ck_assert_int_eq(antq_pipeline_feed_line(p, LINES[1], strlen(LINES[1]), 3, &err), ANTQ_OK); /* no duplicate */
    ck_assert_int_eq(antq_pipeline_feed_line(p, LINES[2], strlen(LINES[2]), 4, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_feed_line(p, LINES[1], strlen(LINES[1]), 5, &err), ANTQ_EDUPLICATE);
    ck_assert_msg(strstr(err.message, "line 3") != NULL, "%s", err.message);
    ck_assert_int_eq(antq_pipeline_finish(p, &err), ANTQ_OK); /* every parent found */
    const antq_dataset *units = antq_pipeline_units(p);
    ck_assert_uint_eq(antq_dataset_unit_count(units), 3);
    ck_assert_uint_eq(antq_dataset_find(units, "RA-1"), 1);
    ck_assert_uint_eq(antq_dataset_find(units, "RA-2"), 2);
    ck_assert_uint_eq(antq_pipeline_unit_count(p), 3);
    antq_pipeline_free(p);
}
END_TEST

/* Each kept result is the evaluation's in memory, written out in full (ALL), or without the checks of the
 * units that passed (OPEN): the units of the mixed province, every year in one pass. */
/* A result built from a kept verdict (b) against the evaluation's (a): all but its checks and facts. */
static void check_verdict_result(const antq_result *b, const antq_result *a)
{
    ck_assert_uint_eq(antq_result_check_count(b), 0);
    ck_assert_ptr_null(antq_result_check(b, 0));
    ck_assert_int_eq(antq_result_unit_kind(b), antq_result_unit_kind(a));
    ck_assert_int_eq(antq_result_year(b), antq_result_year(a));
    ck_assert_int_eq(antq_result_standard(b), antq_result_standard(a));
    ck_assert_int_eq(antq_result_period_start(b), antq_result_period_start(a));
    ck_assert_int_eq(antq_result_period_end(b), antq_result_period_end(a));
    ck_assert_ptr_eq(antq_result_ruleset(b), antq_result_ruleset(a));
    ck_assert_ptr_eq(antq_result_authority(b), antq_result_authority(a));
    ck_assert_int_eq(antq_result_recognising_level(b), antq_result_recognising_level(a));
    ck_assert_int_eq(antq_result_irregular(b), antq_result_irregular(a));
    ck_assert_int_eq(antq_result_delegation(b) != NULL, antq_result_delegation(a) != NULL);
    ck_assert_pstr_eq(antq_result_unit_name(b), antq_result_unit_name(a));
    ck_assert_pstr_eq(antq_result_parent_id(b), antq_result_parent_id(a));
}

/* The kept results of a document against its evaluation; with_units: with antq_pipeline_keep_units() too,
 * else a result kept as a verdict names its unit by id and parent only. */
static void check_kept(int mode, int with_units)
{
    size_t len;
    char *doc = slurp(DATA_DIR "/valid/mixed-province.json", &len);
    ck_assert_ptr_nonnull(doc);
    antq_dataset *ds = NULL;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&ds, doc, len, 0, &err), ANTQ_OK);
    antq_pipeline_config cfg;
    antq_pipeline_config_init(&cfg);
    cfg.year_from = 2023;
    cfg.year_to = 2024;
    antq_pipeline *p = NULL;
    ck_assert_int_eq(antq_pipeline_new(&p, &cfg, NULL, NULL, NULL), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_keep_results(p, 4, &err), ANTQ_EINVAL);
    ck_assert_int_eq(antq_pipeline_keep_results(p, mode, &err), ANTQ_OK);
    if (with_units)
        ck_assert_int_eq(antq_pipeline_keep_units(p, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_run_json(p, doc, len, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_keep_results(p, mode, &err), ANTQ_EINVAL); /* too late: already fed */
    ck_assert_ptr_null(antq_pipeline_evaluation(p, 2022));
    ck_assert_int_eq(antq_evaluation_verdict(NULL, 0), 0);
    ck_assert_int_eq(antq_evaluation_registered(NULL, 0), ANTQ_UNKNOWN);
    const antq_dataset *units = antq_pipeline_units(p);
    if (with_units)
        ck_assert_uint_eq(antq_dataset_unit_count(units), antq_dataset_unit_count(ds));
    else
        ck_assert_ptr_null(units);
    for (int year = 2023; year <= 2024; year++) {
        const antq_evaluation *kept = antq_pipeline_evaluation(p, year);
        if (mode == ANTQ_KEEP_RESULTS_LATEST && year < 2024) { /* a year before the latest: not kept */
            ck_assert_ptr_null(kept);
            continue;
        }
        ck_assert_ptr_nonnull(kept);
        ck_assert_ptr_eq(antq_evaluation_dataset(kept), units);
        ck_assert_int_eq(antq_evaluation_year(kept), year);
        antq_evaluation *ev = NULL;
        ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, year, NULL, &err), ANTQ_OK);
        ck_assert_uint_eq(antq_evaluation_count(kept), antq_evaluation_count(ev));
        ck_assert_int_eq(antq_evaluation_verdict(kept, antq_evaluation_count(kept)), 0);
        ck_assert_int_eq(antq_evaluation_registered(kept, antq_evaluation_count(kept)), ANTQ_UNKNOWN);
        const antq_result *got = antq_evaluation_result(kept, 0); /* _get: an error that says what, never a result */
        ck_assert_int_eq(antq_evaluation_result_get(&got, kept, antq_evaluation_count(kept), &err), ANTQ_ERANGE);
        ck_assert_ptr_null(got);
        ck_assert_str_eq(err.path, "/index");
        ck_assert_int_eq(antq_evaluation_result_get(&got, NULL, 0, &err), ANTQ_EINVAL);
        ck_assert_int_eq(antq_evaluation_result_get(NULL, kept, 0, &err), ANTQ_EINVAL);
        ck_assert_int_eq(antq_evaluation_result_get(&got, ev, 0, &err), ANTQ_OK);
        ck_assert_ptr_eq(got, antq_evaluation_result(ev, 0));
        size_t whole = 0, verdicts = 0;
        for (size_t i = 0; i < antq_evaluation_count(ev); i++) {
            const antq_result *a = antq_evaluation_result(ev, i), *b = antq_evaluation_result(kept, i);
            ck_assert_ptr_nonnull(b);
            ck_assert_str_eq(antq_result_unit_id(b), antq_result_unit_id(a));
            ck_assert_int_eq(antq_result_verdict(b), antq_result_verdict(a));
            ck_assert_int_eq(antq_result_registered(b), antq_result_registered(a));
            int v = antq_result_verdict(a), commune = antq_result_unit_kind(a) == ANTQ_KIND_COMMUNE;
            ck_assert_int_eq(antq_evaluation_verdict(kept, i), v);
            ck_assert_int_eq(antq_evaluation_registered(kept, i), antq_result_registered(a));
            int expect_whole = mode == ANTQ_KEEP_RESULTS_ALL || commune ||
                               (year == 2024 && v != ANTQ_VERDICT_CERTIFIED && v != ANTQ_VERDICT_NOT_ELIGIBLE);
            if (!expect_whole && !with_units) { /* named by the pipeline's index: no name */
                ck_assert_ptr_null(antq_result_unit_name(b));
                ck_assert_pstr_eq(antq_result_parent_id(b), antq_result_parent_id(a));
                ck_assert_int_eq(antq_result_check_count(b), 0);
                ck_assert_ptr_eq(antq_evaluation_result(kept, i), b);
                verdicts++;
                continue;
            }
            if (!expect_whole) {
                /* kept as a verdict: the result is built on the first call, without checks, and kept */
                check_verdict_result(b, a);
                ck_assert_ptr_eq(antq_evaluation_result(kept, i), b);
                verdicts++;
                continue;
            }
            whole++;
            char *ja = NULL, *jb = NULL;
            ck_assert_int_eq(antq_result_write_json(&ja, a, ANTQ_LANG_VI, NULL), ANTQ_OK);
            ck_assert_int_eq(antq_result_write_json(&jb, b, ANTQ_LANG_VI, NULL), ANTQ_OK);
            ck_assert_str_eq(jb, ja);
            antq_free(ja);
            antq_free(jb);
            if (commune) {
                const antq_rollup *ra = antq_evaluation_rollup(ev, i), *rb = antq_evaluation_rollup(kept, i);
                ck_assert_int_eq(ra != NULL, rb != NULL);
                if (ra)
                    ck_assert_int_eq(rb->ra_certified, ra->ra_certified);
            }
        }
        ck_assert_uint_gt(whole, 0);
        ck_assert(mode == ANTQ_KEEP_RESULTS_ALL ? verdicts == 0 : verdicts > 0);
        antq_evaluation_free(ev);
    }
    antq_pipeline_free(p);
    antq_dataset_free(ds);
    free(doc);
}

START_TEST(kept_results_are_the_evaluation)
{
    check_kept(ANTQ_KEEP_RESULTS_ALL, 1);
    check_kept(ANTQ_KEEP_RESULTS_OPEN, 1);
    check_kept(ANTQ_KEEP_RESULTS_ALL, 0);
    check_kept(ANTQ_KEEP_RESULTS_OPEN, 0);
    check_kept(ANTQ_KEEP_RESULTS_LATEST, 1);
    check_kept(ANTQ_KEEP_RESULTS_LATEST, 0);
}
END_TEST

/* Art. 5.4 pools read from communes' results as they pass (antq_result_commune_pool()). */
typedef struct passed_pools {
    int n;
    char id[8][32];
    int year[8];
    antq_commune_pool pool[8];
    const antq_options *opts;
} passed_pools;

static int pool_record(const antq_result *r, const antq_unit *u, const antq_evidence *e, const antq_rollup *rollup,
                       void *ud)
{
    (void)e;
    passed_pools *pp = ud;
    antq_commune_pool pool;
    antq_commune_pool_init(&pool);
    int rc = antq_result_commune_pool(&pool, r, rollup, pp->opts, NULL);
    if (u->kind != ANTQ_KIND_COMMUNE)
        return rc == ANTQ_ENOTFOUND ? 0 : -1; /* a member's result has no Art. 5.4 check */
    if (rc != ANTQ_OK || pp->n == 8)
        return -1;
    snprintf(pp->id[pp->n], sizeof pp->id[0], "%s", u->id);
    pp->year[pp->n] = antq_result_year(r);
    pp->pool[pp->n++] = pool;
    return 0;
}

/* Only the latest year is kept (ANTQ_KEEP_RESULTS_LATEST), the year before passes: each commune's pool of
 * either year, read from its result and roll-up as it passes, is the one the dataset's evaluation gives
 * (antq_evaluation_commune_pool()), under both pool modes (N2). */
START_TEST(pools_of_a_year_not_kept_are_read_as_they_pass)
{
    size_t len;
    char *doc = slurp(DATA_DIR "/valid/mixed-province.json", &len);
    ck_assert_ptr_nonnull(doc);
    antq_dataset *ds = NULL;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&ds, doc, len, 0, &err), ANTQ_OK);
    for (int mode = ANTQ_POOL_ALL_MANAGED; mode <= ANTQ_POOL_RESIDENTIAL_ONLY; mode++) {
        antq_options opts = *antq_dataset_options(ds);
        opts.pool_mode = mode;
        passed_pools pp = {.n = 0, .opts = &opts};
        antq_pipeline_config cfg;
        antq_pipeline_config_init(&cfg);
        cfg.year_from = 2024;
        cfg.with_previous = 1;
        cfg.options = &opts;
        cfg.on_record = pool_record;
        antq_pipeline *p = NULL;
        ck_assert_int_eq(antq_pipeline_new(&p, &cfg, NULL, &pp, &err), ANTQ_OK);
        ck_assert_int_eq(antq_pipeline_keep_results(p, ANTQ_KEEP_RESULTS_LATEST, &err), ANTQ_OK);
        ck_assert_int_eq(antq_pipeline_run_json(p, doc, len, &err), ANTQ_OK);
        ck_assert_ptr_null(antq_pipeline_evaluation(p, 2023));
        ck_assert_ptr_nonnull(antq_pipeline_evaluation(p, 2024));
        ck_assert_int_eq(pp.n, 4); /* two communes, two years */
        for (int k = 0; k < pp.n; k++) {
            antq_evaluation *ev = NULL;
            ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, pp.year[k], &opts, &err), ANTQ_OK);
            antq_commune_pool want;
            antq_commune_pool_init(&want);
            ck_assert_int_eq(antq_evaluation_commune_pool(&want, ev, antq_dataset_find(ds, pp.id[k]), &err), ANTQ_OK);
            ck_assert_int_eq(memcmp(&pp.pool[k], &want, sizeof want), 0);
            if (pp.year[k] == 2024) { /* the kept year gives the same */
                ck_assert_int_eq(antq_evaluation_commune_pool(&want, antq_pipeline_evaluation(p, 2024),
                                                              antq_pipeline_unit_find(p, pp.id[k]), &err), ANTQ_OK);
                ck_assert_int_eq(memcmp(&pp.pool[k], &want, sizeof want), 0);
            }
            antq_evaluation_free(ev);
        }
        antq_pipeline_free(p);
    }
    antq_commune_pool pool;
    antq_commune_pool_init(&pool);
    ck_assert_int_eq(antq_result_commune_pool(&pool, NULL, NULL, NULL, &err), ANTQ_EINVAL);
    antq_evaluation *ev = NULL;
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, &err), ANTQ_OK);
    size_t c = 0;
    while (antq_result_unit_kind(antq_evaluation_result(ev, c)) != ANTQ_KIND_COMMUNE)
        c++;
    pool.size = 8;
    ck_assert_int_eq(antq_result_commune_pool(&pool, antq_evaluation_result(ev, c), NULL, NULL, &err), ANTQ_EVERSION);
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    free(doc);
}
END_TEST

/* Every year of the input (--year all): only the latest is kept, although the earlier ones came first. */
START_TEST(only_the_latest_of_every_year_is_kept)
{
    size_t len;
    char *doc = slurp(DATA_DIR "/valid/mixed-province.json", &len);
    ck_assert_ptr_nonnull(doc);
    antq_error err;
    antq_pipeline_config cfg;
    antq_pipeline_config_init(&cfg);
    cfg.all_years = 1;
    antq_pipeline *p = NULL;
    ck_assert_int_eq(antq_pipeline_new(&p, &cfg, NULL, NULL, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_keep_results(p, ANTQ_KEEP_RESULTS_LATEST, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_run_json(p, doc, len, &err), ANTQ_OK);
    ck_assert_uint_eq(antq_pipeline_year_count(p), 2);
    ck_assert_ptr_null(antq_pipeline_evaluation(p, 2023));
    const antq_evaluation *kept = antq_pipeline_evaluation(p, 2024);
    ck_assert_ptr_nonnull(kept);
    ck_assert_uint_eq(antq_evaluation_count(kept), antq_pipeline_unit_count(p));
    for (size_t i = 0; i < antq_evaluation_count(kept); i++)
        ck_assert_int_ne(antq_evaluation_verdict(kept, i), 0);
    antq_pipeline_free(p);
    free(doc);
}
END_TEST

/* The units a pipeline has taken, read from its index with nothing kept: the document's, in its order,
 * with its province and issuer. */
START_TEST(units_are_read_from_the_index)
{
    size_t len;
    char *doc = slurp(DATA_DIR "/../../data/sample-province.json", &len);
    ck_assert_ptr_nonnull(doc);
    antq_dataset *ds = NULL;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&ds, doc, len, 0, &err), ANTQ_OK);
    antq_pipeline *p = NULL;
    ck_assert_int_eq(antq_pipeline_new(&p, NULL, NULL, NULL, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_run_json(p, doc, len, &err), ANTQ_OK);
    ck_assert_ptr_null(antq_pipeline_units(p));
    ck_assert_uint_eq(antq_pipeline_unit_count(p), antq_dataset_unit_count(ds));
    for (size_t i = 0; i < antq_dataset_unit_count(ds); i++) {
        const antq_unit *u = antq_dataset_unit(ds, i);
        ck_assert_str_eq(antq_pipeline_unit_id(p, i), u->id);
        ck_assert_pstr_eq(antq_pipeline_unit_parent(p, i), u->parent_id);
        ck_assert_int_eq(antq_pipeline_unit_kind(p, i), u->kind);
        ck_assert_uint_eq(antq_pipeline_unit_find(p, u->id), i);
    }
    size_t n = antq_dataset_unit_count(ds);
    ck_assert_ptr_null(antq_pipeline_unit_id(p, n));
    ck_assert_ptr_null(antq_pipeline_unit_parent(p, n));
    ck_assert_int_eq(antq_pipeline_unit_kind(p, n), 0);
    ck_assert_uint_eq(antq_pipeline_unit_find(p, "no such unit"), ANTQ_INDEX_NONE);
    ck_assert_uint_eq(antq_pipeline_unit_find(p, NULL), ANTQ_INDEX_NONE);
    ck_assert_uint_eq(antq_pipeline_unit_find(NULL, "x"), ANTQ_INDEX_NONE);
    ck_assert_ptr_nonnull(antq_dataset_province(ds));
    ck_assert_ptr_nonnull(antq_dataset_issuer(ds));
    ck_assert_str_eq(antq_pipeline_province(p), antq_dataset_province(ds));
    ck_assert_str_eq(antq_pipeline_issuer(p), antq_dataset_issuer(ds));
    ck_assert_ptr_null(antq_pipeline_province(NULL));
    ck_assert_ptr_null(antq_pipeline_issuer(NULL));
    antq_pipeline_free(p);
    antq_dataset_free(ds);
    free(doc);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("pipeline");
    TCase *t = tcase_create("1.1");
    tcase_add_test(t, record_callback_gets_the_evidence);
    tcase_add_test(t, version_1_configuration_ignores_what_follows_it);
    tcase_add_test(t, kept_units_are_the_units_without_evidence);
    tcase_add_test(t, kept_units_and_the_index_stay_in_step);
    tcase_add_test(t, kept_results_are_the_evaluation);
    tcase_add_test(t, pools_of_a_year_not_kept_are_read_as_they_pass);
    tcase_add_test(t, only_the_latest_of_every_year_is_kept);
    tcase_add_test(t, units_are_read_from_the_index);
    suite_add_tcase(s, t);
    SRunner *r = srunner_create(s);
    srunner_run_all(r, CK_ENV);
    int failed = srunner_ntests_failed(r);
    srunner_free(r);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
