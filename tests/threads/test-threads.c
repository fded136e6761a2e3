/* Threads: the rules of include/antq.h hold — distinct objects may be used
 * from distinct threads at once, and the catalogue and a dataset that nobody
 * changes can be shared read-only.
 *
 * The sample province (data/sample-province.json) is loaded and evaluated
 * once, serially: that is the reference. Then, from 4 threads at once:
 *   - distinct units are evaluated with antq_evaluate() over the shared
 *     dataset and catalogue (communes with their members' roll-up and
 *     territory events), every result written with antq_result_write_json()
 *     and compared with the serial text;
 *   - antq_dataset_evaluate() runs on the same const dataset in every thread,
 *     its NDJSON output compared with the serial one;
 *   - the shared serial results are explained concurrently;
 *   - a pipeline's kept results, certified units held as verdicts only, are
 *     read from every thread at once: each result built on demand is
 *     published once, every thread gets the same pointer;
 *   - each thread loads documents (valid and invalid: cJSON's parse-error
 *     global is written on failure) and runs its own NDJSON stream.
 * Suite 'threads'; run it also in the sanitizer builds (and by hand with
 * -Db_sanitize=thread, see doc/fuzzing.md).
 * SPDX-License-Identifier: MIT */
#include <antq.h>
#include <check.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../common/slurp.h"

#define THREADS 4
#define YEAR 2024

static const char *sample_path;
static char *doc;
static size_t doc_len;
static antq_dataset *ds;
static antq_evaluation *serial;
static char **serial_json;  /* per unit, antq_result_write_json (lang alternating) */
static char *serial_ndjson; /* antq_evaluation_write NDJSON, English */
static char **serial_explain; /* per unit, antq_result_explain, Vietnamese */
static size_t n_units;

static void setup(void)
{
    antq_error err;
    doc = slurp(sample_path, &doc_len);
    ck_assert_msg(doc != NULL, "cannot read %s", sample_path);
    ck_assert_int_eq(antq_dataset_load_json(&ds, doc, doc_len, 0, &err), ANTQ_OK);
    n_units = antq_dataset_unit_count(ds);
    ck_assert_uint_gt(n_units, 100);
    ck_assert_int_eq(antq_dataset_evaluate(&serial, ds, YEAR, NULL, &err), ANTQ_OK);
    serial_json = calloc(n_units, sizeof *serial_json);
    serial_explain = calloc(n_units, sizeof *serial_explain);
    ck_assert_ptr_nonnull(serial_json);
    ck_assert_ptr_nonnull(serial_explain);
    for (size_t i = 0; i < n_units; i++) {
        const antq_result *r = antq_evaluation_result(serial, i);
        ck_assert_int_eq(antq_result_write_json(&serial_json[i], r, (int)(i & 1), NULL), ANTQ_OK);
        ck_assert_int_eq(antq_result_explain(&serial_explain[i], r, ANTQ_LANG_VI, NULL), ANTQ_OK);
    }
    ck_assert_int_eq(antq_evaluation_write(&serial_ndjson, serial, ANTQ_FORMAT_NDJSON, ANTQ_LANG_EN, NULL), ANTQ_OK);
}

static void teardown(void)
{
    for (size_t i = 0; i < n_units; i++) {
        antq_free(serial_json[i]);
        antq_free(serial_explain[i]);
    }
    free(serial_json);
    free(serial_explain);
    antq_free(serial_ndjson);
    antq_evaluation_free(serial);
    antq_dataset_free(ds);
    free(doc);
}

static int run_threads(void *(*fn)(void *), void *args, size_t arg_size)
{
    pthread_t t[THREADS];
    for (int i = 0; i < THREADS; i++)
        ck_assert_int_eq(pthread_create(&t[i], NULL, fn, (char *)args + (size_t)i * arg_size), 0);
    int bad = 0;
    for (int i = 0; i < THREADS; i++) {
        void *ret = NULL;
        ck_assert_int_eq(pthread_join(t[i], &ret), 0);
        bad += ret != NULL;
    }
    return bad;
}

/* ---- distinct units from distinct threads */

typedef struct unit_job {
    int id;
    size_t mismatches, evaluated;
    char first_bad[128];
} unit_job;

/* The territory events of commune c: its members' events in unit order, each
 * with the member as unit when it names none (as antq_dataset_evaluate does). */
static antq_event *territory_of(size_t c, size_t *n)
{
    const char *cid = antq_dataset_unit(ds, c)->id;
    size_t cap = 0;
    for (size_t i = 0; i < n_units; i++) {
        const antq_unit *u = antq_dataset_unit(ds, i);
        const antq_evidence *ev = antq_dataset_evidence(ds, i, YEAR);
        if (u->kind != ANTQ_KIND_COMMUNE && u->parent_id && strcmp(u->parent_id, cid) == 0 && ev)
            cap += ev->n_events;
    }
    antq_event *t = malloc((cap ? cap : 1) * sizeof *t);
    *n = 0;
    for (size_t i = 0; t && i < n_units; i++) {
        const antq_unit *u = antq_dataset_unit(ds, i);
        const antq_evidence *ev = antq_dataset_evidence(ds, i, YEAR);
        if (u->kind == ANTQ_KIND_COMMUNE || !u->parent_id || strcmp(u->parent_id, cid) != 0 || !ev)
            continue;
        for (size_t k = 0; k < ev->n_events; k++) {
            t[*n] = ev->events[k];
            if (!t[*n].unit_id)
                t[*n].unit_id = u->id;
            ++*n;
        }
    }
    return t;
}

static void *evaluate_units(void *arg)
{
    unit_job *job = arg;
    antq_evidence empty;
    antq_evidence_init(&empty);
    empty.year = YEAR;
    for (int round = 0; round < 3; round++)
        for (size_t i = (size_t)job->id; i < n_units; i += THREADS) {
            const antq_unit *u = antq_dataset_unit(ds, i);
            const antq_evidence *ev = antq_dataset_evidence(ds, i, YEAR);
            size_t n_terr = 0;
            antq_event *terr = u->kind == ANTQ_KIND_COMMUNE ? territory_of(i, &n_terr) : NULL;
            antq_result *r = NULL;
            antq_error err;
            int rc = antq_evaluate(&r, u, ev ? ev : &empty, antq_evaluation_rollup(serial, i), n_terr ? terr : NULL,
                                   n_terr, antq_dataset_options(ds), &err);
            char *text = NULL;
            if (rc == ANTQ_OK)
                rc = antq_result_write_json(&text, r, (int)(i & 1), NULL);
            if (rc != ANTQ_OK || strcmp(text, serial_json[i]) != 0) {
                if (!job->mismatches)
                    snprintf(job->first_bad, sizeof job->first_bad, "%s (%s)", u->id, antq_status_name(rc));
                job->mismatches++;
            }
            job->evaluated++;
            antq_free(text);
            antq_result_free(r);
            free(terr);
        }
    return job->mismatches ? job : NULL;
}

START_TEST(distinct_units_in_parallel_match_the_serial_results)
{
    unit_job jobs[THREADS];
    memset(jobs, 0, sizeof jobs);
    for (int i = 0; i < THREADS; i++)
        jobs[i].id = i;
    int bad = run_threads(evaluate_units, jobs, sizeof jobs[0]);
    size_t total = 0;
    for (int i = 0; i < THREADS; i++) {
        ck_assert_msg(jobs[i].mismatches == 0, "thread %d: %zu results differ from the serial ones, first %s", i,
                      jobs[i].mismatches, jobs[i].first_bad);
        total += jobs[i].evaluated;
    }
    ck_assert_int_eq(bad, 0);
    ck_assert_uint_eq(total, 3 * n_units);
}
END_TEST

/* ---- the same const dataset evaluated whole from every thread */

typedef struct ds_job {
    int rounds, failures;
} ds_job;

static void *evaluate_dataset(void *arg)
{
    ds_job *job = arg;
    for (int round = 0; round < job->rounds; round++) {
        antq_evaluation *ev = NULL;
        antq_error err;
        char *text = NULL;
        if (antq_dataset_evaluate(&ev, ds, YEAR, NULL, &err) != ANTQ_OK ||
            antq_evaluation_write(&text, ev, ANTQ_FORMAT_NDJSON, ANTQ_LANG_EN, NULL) != ANTQ_OK ||
            strcmp(text, serial_ndjson) != 0)
            job->failures++;
        antq_free(text);
        antq_evaluation_free(ev);
    }
    return job->failures ? job : NULL;
}

START_TEST(dataset_evaluate_concurrently_on_one_const_dataset)
{
    ds_job jobs[THREADS];
    for (int i = 0; i < THREADS; i++)
        jobs[i] = (ds_job){3, 0};
    ck_assert_int_eq(run_threads(evaluate_dataset, jobs, sizeof jobs[0]), 0);
}
END_TEST

/* ---- a standard that reuses the result (rows that evaluate the safe standard of the same unit) */

static char *standard_ndjson; /* serial output of the new-rural standard, made before the threads start */

static void *evaluate_standard(void *arg)
{
    ds_job *job = arg;
    for (int round = 0; round < job->rounds; round++) {
        antq_evaluation *ev = NULL;
        antq_error err;
        char *text = NULL;
        if (antq_dataset_evaluate_standard(&ev, ds, YEAR, ANTQ_STANDARD_NEW_RURAL, NULL, &err) != ANTQ_OK ||
            antq_evaluation_write(&text, ev, ANTQ_FORMAT_NDJSON, ANTQ_LANG_EN, NULL) != ANTQ_OK ||
            strcmp(text, standard_ndjson) != 0)
            job->failures++;
        antq_free(text);
        antq_evaluation_free(ev);
    }
    return job->failures ? job : NULL;
}

START_TEST(a_reused_standard_concurrently_on_one_const_dataset)
{
    antq_evaluation *ev = NULL;
    antq_error err;
    ck_assert_int_eq(antq_dataset_evaluate_standard(&ev, ds, YEAR, ANTQ_STANDARD_NEW_RURAL, NULL, &err), ANTQ_OK);
    ck_assert_int_eq(antq_evaluation_write(&standard_ndjson, ev, ANTQ_FORMAT_NDJSON, ANTQ_LANG_EN, NULL), ANTQ_OK);
    antq_evaluation_free(ev);
    ds_job jobs[THREADS];
    for (int i = 0; i < THREADS; i++)
        jobs[i] = (ds_job){2, 0};
    int bad = run_threads(evaluate_standard, jobs, sizeof jobs[0]);
    antq_free(standard_ndjson);
    standard_ndjson = NULL;
    ck_assert_int_eq(bad, 0);
}
END_TEST

/* ---- shared const results explained from every thread */

static void *explain_shared(void *arg)
{
    int *failures = arg;
    for (size_t i = 0; i < n_units; i++) {
        char *text = NULL, *need = NULL;
        const antq_result *r = antq_evaluation_result(serial, i);
        if (antq_result_explain(&text, r, ANTQ_LANG_VI, NULL) != ANTQ_OK || strcmp(text, serial_explain[i]) != 0 ||
            antq_result_what_it_takes(&need, r, ANTQ_LANG_EN, NULL) != ANTQ_OK)
            ++*failures;
        antq_free(text);
        antq_free(need);
    }
    return *failures ? failures : NULL;
}

START_TEST(shared_results_explained_concurrently)
{
    int failures[THREADS] = {0};
    ck_assert_int_eq(run_threads(explain_shared, failures, sizeof failures[0]), 0);
}
END_TEST

/* ---- a pipeline's kept results read from every thread: results built on demand, published once */

typedef struct kept_job {
    const antq_evaluation *kept;
    const antq_result **got; /* per unit, what this thread read */
} kept_job;

static void *read_kept(void *arg)
{
    kept_job *j = arg;
    for (size_t i = 0; i < n_units; i++)
        j->got[i] = antq_evaluation_result(j->kept, i);
    return NULL;
}

/* Every result of ev read from every thread at once: each unit gets one pointer, the one a later read gives. */
static void read_from_every_thread(const antq_evaluation *ev)
{
    kept_job jobs[THREADS];
    for (int t = 0; t < THREADS; t++) {
        jobs[t].kept = ev;
        jobs[t].got = calloc(n_units, sizeof *jobs[t].got);
        ck_assert_ptr_nonnull(jobs[t].got);
    }
    ck_assert_int_eq(run_threads(read_kept, jobs, sizeof jobs[0]), 0);
    for (size_t i = 0; i < n_units; i++) {
        const antq_result *r = antq_evaluation_result(ev, i);
        ck_assert_ptr_nonnull(r);
        for (int t = 0; t < THREADS; t++)
            ck_assert_ptr_eq(jobs[t].got[i], r);
    }
    for (int t = 0; t < THREADS; t++)
        free(jobs[t].got);
}

START_TEST(kept_verdicts_built_once_from_every_thread)
{
    antq_pipeline_config cfg;
    antq_pipeline_config_init(&cfg);
    cfg.year_from = cfg.year_to = YEAR;
    antq_pipeline *p = NULL;
    antq_error err;
    ck_assert_int_eq(antq_pipeline_new(&p, &cfg, NULL, NULL, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_keep_results(p, ANTQ_KEEP_RESULTS_OPEN, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_run_json(p, doc, doc_len, &err), ANTQ_OK);
    const antq_evaluation *kept = antq_pipeline_evaluation(p, YEAR);
    ck_assert_uint_eq(antq_evaluation_count(kept), n_units);
    read_from_every_thread(kept);
    size_t certified = 0;
    for (size_t i = 0; i < n_units; i++) {
        const antq_result *r = antq_evaluation_result(kept, i);
        ck_assert_int_eq(antq_result_verdict(r), antq_result_verdict(antq_evaluation_result(serial, i)));
        certified += antq_result_verdict(r) == ANTQ_VERDICT_CERTIFIED;
    }
    ck_assert_uint_gt(certified, 0); /* some units were kept as verdicts only */
    antq_pipeline_free(p);
}
END_TEST

/* ---- a dataset's evaluation read from every thread: every unit's result built on its first reading */

START_TEST(dataset_results_built_once_from_every_thread)
{
    antq_evaluation *ev = NULL;
    antq_error err;
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, YEAR, NULL, &err), ANTQ_OK);
    read_from_every_thread(ev);
    for (size_t i = 0; i < n_units; i++) {
        char *text = NULL;
        ck_assert_int_eq(antq_result_write_json(&text, antq_evaluation_result(ev, i), (int)(i & 1), NULL), ANTQ_OK);
        ck_assert_str_eq(text, serial_json[i]); /* as the serial evaluation's, with every check and fact */
        antq_free(text);
    }
    antq_evaluation_free(ev);
}
END_TEST

/* ---- each thread its own loads and stream */

static int count_line(const char *line, size_t len, void *ud)
{
    (void)line;
    (void)len;
    ++*(size_t *)ud;
    return 0;
}

static void *load_and_stream(void *arg)
{
    int *failures = arg;
    static const char bad_syntax[] = "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",}]}";
    static const char bad_escape[] = "{\"units\":[{\"id\":\"A\\u0000\",\"kind\":\"commune\"}]}";
    for (int round = 0; round < 20; round++) {
        antq_dataset *d = NULL;
        antq_error err;
        /* failures write cJSON's global error position; libantq never reads it */
        if (antq_dataset_load_json(&d, bad_syntax, sizeof bad_syntax - 1, 0, &err) != ANTQ_EPARSE || err.column != 38)
            ++*failures;
        if (antq_dataset_load_json(&d, bad_escape, sizeof bad_escape - 1, 0, &err) != ANTQ_EUTF8 || err.column != 19)
            ++*failures;
    }
    antq_dataset *d = NULL;
    antq_error err;
    if (antq_dataset_load_json(&d, doc, doc_len, 0, &err) != ANTQ_OK || antq_dataset_unit_count(d) != n_units)
        ++*failures;
    antq_dataset_free(d);
    /* a stream over the dataset written as NDJSON, one record per unit */
    size_t lines = 0;
    antq_stream *s = NULL;
    if (antq_stream_new(&s, YEAR, antq_dataset_options(ds), ANTQ_LANG_EN, count_line, &lines) != ANTQ_OK)
        return ++*failures, failures;
    char *all = NULL;
    if (antq_dataset_write_json(&all, ds, NULL) == ANTQ_OK) {
        /* the writer puts one unit per line between "units":[ and ]} */
        char *p = strstr(all, "\"units\":[\n");
        int32_t line_no = 1;
        for (p = p ? p + 10 : NULL; p && *p && *p != ']'; line_no++) {
            char *nl = strchr(p, '\n');
            size_t len = (size_t)(nl - p);
            if (len && p[len - 1] == ',')
                len--;
            if (antq_stream_feed(s, p, len, line_no, &err) != ANTQ_OK)
                ++*failures;
            p = nl + 1;
        }
        if (antq_stream_finish(s, &err) != ANTQ_OK || lines != n_units)
            ++*failures;
    } else {
        ++*failures;
    }
    antq_free(all);
    antq_stream_free(s);
    return *failures ? failures : NULL;
}

START_TEST(own_loads_and_streams_per_thread)
{
    int failures[THREADS] = {0};
    ck_assert_int_eq(run_threads(load_and_stream, failures, sizeof failures[0]), 0);
}
END_TEST

int main(int argc, char **argv)
{
    sample_path = argc > 1 ? argv[1] : "data/sample-province.json";
    Suite *s = suite_create("threads");
    TCase *tc = tcase_create("shared-read-only");
    tcase_add_checked_fixture(tc, setup, teardown);
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, distinct_units_in_parallel_match_the_serial_results);
    tcase_add_test(tc, dataset_evaluate_concurrently_on_one_const_dataset);
    tcase_add_test(tc, a_reused_standard_concurrently_on_one_const_dataset);
    tcase_add_test(tc, shared_results_explained_concurrently);
    tcase_add_test(tc, kept_verdicts_built_once_from_every_thread);
    tcase_add_test(tc, dataset_results_built_once_from_every_thread);
    tcase_add_test(tc, own_loads_and_streams_per_thread);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
