/* Allocation failure: every allocation of each operation is made to fail in
 * turn (n = 1, 2, 3 … until the operation completes without reaching the n-th
 * allocation). At each n the operation must return ANTQ_ENOMEM, never crash,
 * leak nothing (run under valgrind or ASan) and leave the caller's objects as
 * they were; after the failure they must still be usable.
 *
 * Three walks per operation:
 *   single      only allocation n fails (later ones succeed: cleanup paths
 *               that allocate, partial states);
 *   persistent  allocation n and every later one fail;
 *   lib-only    persistent, counting only libantq's own allocations.
 * In the first two, cJSON's allocations are counted and failed too (through
 * cJSON_InitHooks, test process only). cJSON reports an allocation failure
 * inside its parser as a syntax error, so ANTQ_EPARSE is also accepted when
 * the first refused allocation was cJSON's.
 *
 * Linked against a static build of the library with -DANTQ_TEST_ALLOC_HOOK
 * (tests/alloc/meson.build), never against the installed one.
 * SPDX-License-Identifier: MIT */
#include <antq.h>
#include <check.h>
#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc-hook.h"
#include "../../lib/internal.h" /* the index map (lib/core/idxmap.c), internal: reachable in this static build */

static const char *data_dir;

/* ---- cJSON through the same counter */

static int first_fail_cjson; /* the first refused allocation since the arm was cJSON's */

static void *cj_malloc(size_t n)
{
    unsigned long before = antq__test_alloc_failed();
    if (antq__test_alloc_tick()) {
        if (before == 0)
            first_fail_cjson = 1;
        return NULL;
    }
    return malloc(n);
}

static void cj_free(void *p) { free(p); }

static void hook_cjson(int on)
{
    cJSON_Hooks h = {cj_malloc, cj_free};
    cJSON_InitHooks(on ? &h : NULL);
}

/* ---- files */

static char *slurp(const char *name, size_t *len)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", data_dir, name);
    FILE *f = fopen(path, "rb");
    ck_assert_msg(f != NULL, "cannot open %s", path);
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    ck_assert_ptr_nonnull(buf);
    ck_assert_int_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

/* ---- the walker */

typedef struct op {
    const char *name;
    void (*setup)(void *ctx);                  /* not armed */
    int (*run)(void *ctx);                     /* armed: the operation under test */
    void (*after_failure)(void *ctx, int rc);  /* not armed: the caller's objects are unchanged and usable */
    void (*teardown)(void *ctx);               /* not armed: free what run made */
    /* Optional: an operation that degrades gracefully (the hierarchy check
     * falls back to a slower walk without its memo) may succeed although an
     * allocation failed; this checks that its output is then still exact. */
    void (*success_despite_failure)(void *ctx);
} op;

enum { WALK_SINGLE, WALK_PERSISTENT, WALK_LIB_ONLY };
static const char *const walk_names[] = {"single", "persistent", "lib-only"};

/* Returns the number of allocations of the successful run. */
static unsigned long walk(const op *o, void *ctx, int mode)
{
    hook_cjson(mode != WALK_LIB_ONLY);
    for (unsigned long n = 1;; n++) {
        ck_assert_msg(n < 100000, "%s: no end after %lu allocations", o->name, n);
        if (o->setup)
            o->setup(ctx);
        first_fail_cjson = 0;
        antq__test_alloc_arm(n, mode != WALK_SINGLE);
        int rc = o->run(ctx);
        unsigned long failed = antq__test_alloc_failed(), count = antq__test_alloc_count();
        int by_cjson = first_fail_cjson;
        antq__test_alloc_arm(0, 0);
        if (failed == 0) {
            ck_assert_msg(rc == ANTQ_OK, "%s: %s with no failed allocation", o->name, antq_status_name(rc));
            if (o->teardown)
                o->teardown(ctx);
            hook_cjson(0);
            return count;
        }
        if (rc == ANTQ_OK && o->success_despite_failure) {
            o->success_despite_failure(ctx);
            if (o->teardown)
                o->teardown(ctx);
            continue;
        }
        ck_assert_msg(rc == ANTQ_ENOMEM || (by_cjson && rc == ANTQ_EPARSE),
                      "%s (%s walk): allocation %lu of %lu failed%s, but it returned %s", o->name,
                      walk_names[mode], n, count, by_cjson ? " (in cJSON)" : "", antq_status_name(rc));
        if (o->after_failure)
            o->after_failure(ctx, rc);
        if (o->teardown)
            o->teardown(ctx);
    }
}

/* Under valgrind only the single walk runs (the other two run natively and
 * under ASan, whose leak checker covers them); it keeps the test short. */
static int last_walk(void)
{
    const char *pre = getenv("LD_PRELOAD");
    return pre && strstr(pre, "vgpreload") ? WALK_SINGLE : WALK_LIB_ONLY;
}

static void walk_all(const op *o, void *ctx)
{
    unsigned long n = 0;
    for (int mode = WALK_SINGLE; mode <= last_walk(); mode++) {
        unsigned long m = walk(o, ctx, mode);
        if (mode == WALK_SINGLE)
            n = m;
    }
    ck_assert_msg(n > 0, "%s: the operation allocates nothing (nothing was tested)", o->name);
}

/* ---- shared fixture: the mixed province, loaded and evaluated without the hook */

static char *doc_json, *doc_ndjson;
static size_t doc_json_len, doc_ndjson_len;
static antq_dataset *fixture_ds;
static antq_evaluation *fixture_ev;

static void fixture_up(void)
{
    doc_json = slurp("valid/mixed-province.json", &doc_json_len);
    doc_ndjson = slurp("valid/mixed-province.ndjson", &doc_ndjson_len);
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&fixture_ds, doc_json, doc_json_len, 0, &err), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_evaluate(&fixture_ev, fixture_ds, 2024, NULL, &err), ANTQ_OK);
    /* members' results are built on their first reading (dataset_evaluate below tests that): built here, so
     * that the writers' tests fail only their own allocations */
    for (size_t i = 0; i < antq_evaluation_count(fixture_ev); i++) {
        const antq_result *r;
        ck_assert_int_eq(antq_evaluation_result_get(&r, fixture_ev, i, &err), ANTQ_OK);
        ck_assert_ptr_nonnull(r);
    }
}

static void fixture_down(void)
{
    antq_evaluation_free(fixture_ev);
    antq_dataset_free(fixture_ds);
    free(doc_json);
    free(doc_ndjson);
    fixture_ev = NULL;
    fixture_ds = NULL;
}

/* ---- loading */

typedef struct load_ctx {
    const char *doc;
    size_t len;
    unsigned flags;
    antq_dataset *ds;
    antq_error err;
    int how;          /* 0: antq_dataset_load_json, 1: antq_dataset_load_ndjson, 2: antq_dataset_load_file */
    const char *path; /* for antq_dataset_load_file */
} load_ctx;

static int load_with(const load_ctx *c, antq_dataset **out, antq_error *err)
{
    if (c->how == 2)
        return antq_dataset_load_file(out, c->path, c->flags, err);
    if (c->how == 1)
        return antq_dataset_load_ndjson(out, c->doc, c->len, c->flags, err);
    return antq_dataset_load_json(out, c->doc, c->len, c->flags, err);
}

static int load_run(void *p)
{
    load_ctx *c = p;
    c->ds = (antq_dataset *)c; /* must come back NULL on failure */
    return load_with(c, &c->ds, &c->err);
}

static void load_failed(void *p, int rc)
{
    load_ctx *c = p;
    ck_assert_ptr_null(c->ds);
    ck_assert_int_eq(c->err.code, rc);
}

static void load_exact(void *p)
{
    load_ctx *c = p;
    antq_dataset *ref = NULL;
    antq_error err;
    char *a = NULL, *b = NULL;
    ck_assert_int_eq(load_with(c, &ref, &err), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_write_json(&a, ref, NULL), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_write_json(&b, c->ds, NULL), ANTQ_OK);
    ck_assert_str_eq(a, b);
    antq_free(a);
    antq_free(b);
    antq_dataset_free(ref);
}

static void load_teardown(void *p)
{
    load_ctx *c = p;
    if (c->ds != (antq_dataset *)c)
        antq_dataset_free(c->ds);
    c->ds = NULL;
}

START_TEST(load_json)
{
    load_ctx c = {doc_json, doc_json_len, ANTQ_LOAD_DEFAULT, NULL, {0}, 0, NULL};
    op o = {"antq_dataset_load_json", NULL, load_run, load_failed, load_teardown, load_exact};
    walk_all(&o, &c);
}
END_TEST

START_TEST(load_ndjson)
{
    load_ctx c = {doc_ndjson, doc_ndjson_len, ANTQ_LOAD_DEFAULT, NULL, {0}, 1, NULL};
    op o = {"antq_dataset_load_ndjson", NULL, load_run, load_failed, load_teardown, load_exact};
    walk_all(&o, &c);
}
END_TEST

START_TEST(load_file)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/valid/mixed-province.ndjson", data_dir);
    load_ctx c = {NULL, 0, ANTQ_LOAD_DEFAULT, NULL, {0}, 2, path};
    op o = {"antq_dataset_load_file", NULL, load_run, load_failed, load_teardown, load_exact};
    walk_all(&o, &c);
}
END_TEST

START_TEST(load_json_keep_unknown)
{
    static const char doc[] =
        "{\"format\":\"antq-dataset\",\"version\":1,\"producer\":{\"tool\":\"x\",\"n\":[1,2,3]},"
        "\"options\":{\"year\":2024,\"colour\":\"blue\",\"extra_criteria\":[{\"id\":\"X-1\",\"text_vi\":\"Không\","
        "\"kinds\":[\"commune\"]}]},\"units\":["
        "{\"id\":\"C1\",\"kind\":\"commune\",\"tag\":[true,null],\"evidence\":[{\"year\":2024,\"custom\":{\"a\":1},"
        "\"events\":[{\"date\":\"2024-03-01\",\"kind\":\"crime\",\"severity\":\"serious\",\"extra_note\":\"x\"}]}]},"
        "{\"id\":\"R1\",\"kind\":\"residential_area\",\"parent\":\"C1\",\"local\":\"thôn\"}]}";
    load_ctx c = {doc, sizeof doc - 1, ANTQ_LOAD_KEEP_UNKNOWN, NULL, {0}, 0, NULL};
    op o = {"antq_dataset_load_json(KEEP_UNKNOWN)", NULL, load_run, load_failed, load_teardown, load_exact};
    walk_all(&o, &c);
}
END_TEST

START_TEST(load_json_two_tier)
{
    /* the options "delegations", "authority", "period_start", extra criteria read from events, and
     * recognition decisions (number included) */
    size_t len;
    char *doc = slurp("valid/two-tier-2026.json", &len);
    ck_assert_ptr_nonnull(doc);
    load_ctx c = {doc, len, ANTQ_LOAD_DEFAULT, NULL, {0}, 0, NULL};
    op o = {"antq_dataset_load_json(two-tier)", NULL, load_run, load_failed, load_teardown, load_exact};
    walk_all(&o, &c);
    free(doc);
}
END_TEST

static int count_cb(const antq_error *e, void *ud)
{
    (void)e;
    ++*(int *)ud;
    return 0;
}

typedef struct validate_ctx {
    int n;
} validate_ctx;

static int validate_run(void *p)
{
    validate_ctx *c = p;
    size_t n_errors = 0;
    c->n = 0;
    return antq_dataset_validate_json(&n_errors, doc_json, doc_json_len, 0, count_cb, &c->n);
}

static void validate_exact(void *p)
{
    ck_assert_int_eq(((validate_ctx *)p)->n, 0);
}

START_TEST(validate_json)
{
    validate_ctx c = {0};
    op o = {"antq_dataset_validate_json", NULL, validate_run, NULL, NULL, validate_exact};
    walk_all(&o, &c);
}
END_TEST

/* ---- adding records to a dataset: unchanged on failure */

typedef struct add_ctx {
    antq_dataset *ds;
    char *before;
    const char *line;
    size_t len, index;
    antq_error err;
} add_ctx;

static void add_setup(void *p)
{
    add_ctx *c = p;
    ck_assert_int_eq(antq_dataset_new(&c->ds), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_write_json(&c->before, c->ds, NULL), ANTQ_OK);
}

static int add_run(void *p)
{
    add_ctx *c = p;
    return antq_dataset_add_json(c->ds, c->line, c->len, 0, c->index, (int32_t)c->index, &c->err);
}

static void add_failed(void *p, int rc)
{
    add_ctx *c = p;
    (void)rc;
    char *after = NULL;
    ck_assert_int_eq(antq_dataset_unit_count(c->ds), 0);
    ck_assert_int_eq(antq_dataset_write_json(&after, c->ds, NULL), ANTQ_OK);
    ck_assert_str_eq(after, c->before);
    antq_free(after);
    /* still usable: the same record goes in now */
    ck_assert_int_eq(add_run(c), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_unit_count(c->ds), 1);
}

static void add_teardown(void *p)
{
    add_ctx *c = p;
    antq_free(c->before);
    antq_dataset_free(c->ds);
    c->before = NULL;
    c->ds = NULL;
}

START_TEST(add_json_records)
{
    add_ctx c;
    memset(&c, 0, sizeof c);
    op o = {"antq_dataset_add_json", add_setup, add_run, add_failed, add_teardown, NULL};
    /* every line, one at a time, as the first record of a dataset: its tables,
     * arena and the parser's tree buffer are made then (a dataset that holds
     * records already has room for the next one and allocates nothing) */
    const char *q = doc_ndjson;
    size_t index = 0;
    while (*q) {
        const char *nl = strchr(q, '\n');
        size_t len = nl ? (size_t)(nl - q) : strlen(q);
        c.line = q;
        c.len = len;
        c.index = index;
        walk_all(&o, &c);
        index++;
        q = nl ? nl + 1 : q + len;
    }
    ck_assert_int_ge(index, 10);
}
END_TEST

/* antq_dataset_add from C records (the stream's path for communes) */
typedef struct addc_ctx {
    antq_dataset *ds;
    char *before;
} addc_ctx;

static void addc_setup(void *p)
{
    addc_ctx *c = p;
    /* an empty dataset: the first add allocates its tables, arena and id map */
    ck_assert_int_eq(antq_dataset_new(&c->ds), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_write_json(&c->before, c->ds, NULL), ANTQ_OK);
}

static int addc_run(void *p)
{
    addc_ctx *c = p;
    /* a copy of RA-01-5 (with its event) under a new id, then a new year for CW-02 */
    size_t i = antq_dataset_find(fixture_ds, "RA-01-5");
    antq_unit u = *antq_dataset_unit(fixture_ds, i);
    u.id = "RA-01-9";
    u.name = "Thôn mới";
    int rc = antq_dataset_add(c->ds, &u, antq_dataset_evidence(fixture_ds, i, 2024), NULL);
    if (rc)
        return rc;
    size_t k = antq_dataset_find(fixture_ds, "CW-02");
    antq_evidence ev = *antq_dataset_evidence(fixture_ds, k, 2024);
    ev.year = 2023;
    rc = antq_dataset_add(c->ds, antq_dataset_unit(fixture_ds, k), &ev, NULL);
    return rc;
}

static void addc_failed(void *p, int rc)
{
    addc_ctx *c = p;
    (void)rc;
    char *after = NULL;
    ck_assert_int_eq(antq_dataset_write_json(&after, c->ds, NULL), ANTQ_OK);
    /* the first add may have succeeded before the second failed; never a partial record */
    if (strcmp(after, c->before) != 0)
        ck_assert_ptr_nonnull(strstr(after, "\"RA-01-9\""));
    ck_assert_ptr_null(strstr(c->before, "\"RA-01-9\""));
    antq_free(after);
}

static void addc_teardown(void *p)
{
    addc_ctx *c = p;
    antq_free(c->before);
    antq_dataset_free(c->ds);
    c->before = NULL;
    c->ds = NULL;
}

START_TEST(add_records)
{
    addc_ctx c = {NULL, NULL};
    op o = {"antq_dataset_add", addc_setup, addc_run, addc_failed, addc_teardown, NULL};
    walk_all(&o, &c);
}
END_TEST

/* ---- evaluating */

typedef struct eval_ctx {
    antq_evaluation *ev;
    antq_error err;
} eval_ctx;

static int eval_run(void *p)
{
    eval_ctx *c = p;
    c->ev = (antq_evaluation *)c;
    int rc = antq_dataset_evaluate(&c->ev, fixture_ds, 2024, NULL, &c->err);
    /* a member's result is built on its first reading, which can run out of memory too: ANTQ_ENOMEM, and
     * the verdict stays readable */
    for (size_t i = 0; rc == ANTQ_OK && i < antq_evaluation_count(c->ev); i++) {
        int verdict = antq_evaluation_verdict(c->ev, i);
        const antq_result *r = (const antq_result *)c;
        rc = antq_evaluation_result_get(&r, c->ev, i, &c->err);
        if (rc == ANTQ_OK)
            ck_assert_int_eq(antq_result_verdict(r), verdict);
        else
            ck_assert_ptr_null(r);
        ck_assert_int_eq(antq_evaluation_verdict(c->ev, i), verdict);
    }
    if (rc != ANTQ_OK && c->ev != (antq_evaluation *)c) {
        antq_evaluation_free(c->ev);
        c->ev = NULL;
    }
    return rc;
}

static void eval_failed(void *p, int rc)
{
    eval_ctx *c = p;
    ck_assert_ptr_null(c->ev);
    ck_assert_int_eq(c->err.code, rc);
}

static void eval_teardown(void *p)
{
    eval_ctx *c = p;
    if (c->ev != (antq_evaluation *)c)
        antq_evaluation_free(c->ev);
    c->ev = NULL;
}

START_TEST(dataset_evaluate)
{
    eval_ctx c;
    memset(&c, 0, sizeof c);
    op o = {"antq_dataset_evaluate", NULL, eval_run, eval_failed, eval_teardown, NULL};
    walk_all(&o, &c);
}
END_TEST

/* every standard that reuses the result (its rows reading the safe result of the same unit) */
static int eval_standard_run(void *p)
{
    eval_ctx *c = p;
    for (int st = 1; st < ANTQ_STANDARD_COUNT; st++) {
        if (c->ev != (antq_evaluation *)c)
            antq_evaluation_free(c->ev);
        c->ev = (antq_evaluation *)c;
        int rc = antq_dataset_evaluate_standard(&c->ev, fixture_ds, 2024, st, NULL, &c->err);
        if (rc != ANTQ_OK)
            return rc;
    }
    return ANTQ_OK;
}

START_TEST(dataset_evaluate_standard)
{
    eval_ctx c;
    memset(&c, 0, sizeof c);
    op o = {"antq_dataset_evaluate_standard", NULL, eval_standard_run, eval_failed, eval_teardown, NULL};
    walk_all(&o, &c);
}
END_TEST

/* antq_evaluate with more facts than fit the evaluator's stack buffer */
typedef struct unit_ctx {
    antq_unit unit;
    antq_evidence ev;
    antq_event events[150];
    antq_extra_criterion extra[120];
    char ids[120][16];
    antq_options opts;
    antq_result *r;
} unit_ctx;

static int unit_run(void *p)
{
    unit_ctx *c = p;
    c->r = (antq_result *)c;
    return antq_evaluate(&c->r, &c->unit, &c->ev, NULL, NULL, 0, &c->opts, NULL);
}

static void unit_failed(void *p, int rc)
{
    (void)rc;
    ck_assert_ptr_null(((unit_ctx *)p)->r);
}

static void unit_teardown(void *p)
{
    unit_ctx *c = p;
    if (c->r != (antq_result *)c)
        antq_result_free(c->r);
    c->r = NULL;
}

START_TEST(evaluate_many_facts)
{
    static unit_ctx c;
    antq_unit_init(&c.unit);
    c.unit.id = "RA-X";
    c.unit.kind = ANTQ_KIND_RESIDENTIAL_AREA;
    c.unit.parent_id = "CW-X";
    antq_evidence_init(&c.ev);
    c.ev.year = 2024;
    for (int i = 0; i < 150; i++) {
        antq_event_init(&c.events[i]);
        c.events[i].kind = ANTQ_EVENT_CRIME;
        c.events[i].severity = ANTQ_SEVERITY_SERIOUS;
        c.events[i].date = 20240101 + (i % 28);
        c.events[i].force_majeure = ANTQ_NO;
        c.events[i].handled_promptly = ANTQ_NO;
        c.events[i].unit_id = "RA-X";
    }
    c.ev.events = c.events;
    c.ev.n_events = 150;
    c.ev.events_recorded = ANTQ_YES;
    /* one fact per provincial extra criterion */
    antq_options_init(&c.opts, ANTQ_OPTIONS_VERSION);
    for (int i = 0; i < 120; i++) {
        memset(&c.extra[i], 0, sizeof c.extra[i]);
        snprintf(c.ids[i], sizeof c.ids[i], "X-%03d", i);
        c.extra[i].id = c.ids[i];
        c.extra[i].text_vi = "Tiêu chí bổ sung";
        c.extra[i].kinds = ANTQ_KIND_BIT(ANTQ_KIND_RESIDENTIAL_AREA);
    }
    c.opts.extra = c.extra;
    c.opts.n_extra = 120;
    /* the case is only worth walking if the facts outgrow the stack buffer (96) */
    ck_assert_int_eq(unit_run(&c), ANTQ_OK);
    size_t facts = 0;
    for (size_t i = 0; i < antq_result_check_count(c.r); i++)
        facts += antq_result_check(c.r, i)->n_facts;
    unit_teardown(&c);
    ck_assert_uint_gt(facts, 96);
    op o = {"antq_evaluate (heap facts)", NULL, unit_run, unit_failed, unit_teardown, NULL};
    walk_all(&o, &c);
}
END_TEST

/* ---- writing and explaining */

typedef struct text_ctx {
    int which, format, lang;
    size_t index;
    char *out;
    int detail; /* detail-level writers (which 7-10) */
} text_ctx;

/* The provenance the detail-level writers are given: one input, default options. */
static antq_provenance *fixture_provenance(void)
{
    static antq_provenance p;
    static antq_input_digest in;
    antq_provenance_init(&p, ANTQ_PROVENANCE_VERSION);
    antq_input_digest_buffer(&in, "mixed-province.json", "{}", 2);
    p.inputs = &in;
    p.n_inputs = 1;
    p.evaluation_date = 20261204;
    p.year = 2024;
    return &p;
}

static int text_run(void *p)
{
    text_ctx *c = p;
    const antq_result *r = antq_evaluation_result(fixture_ev, c->index);
    c->out = (char *)c;
    switch (c->which) {
    case 0: return antq_evaluation_write(&c->out, fixture_ev, c->format, c->lang, NULL);
    case 1: return antq_dataset_write_json(&c->out, fixture_ds, NULL);
    case 2: return antq_result_write_json(&c->out, r, c->lang, NULL);
    case 3: return antq_result_write_csv(&c->out, r, c->format, c->lang, NULL);
    case 4: return antq_result_explain(&c->out, r, c->lang, NULL);
    case 5: return antq_result_what_it_takes(&c->out, r, c->lang, NULL);
    case 7:
        return antq_evaluation_write_detail(&c->out, NULL, fixture_ev, fixture_provenance(), (antq_format)c->format,
                                            (antq_detail)c->detail, (antq_lang)c->lang, ANTQ_CSV_DEFAULT, NULL);
    case 8:
        return antq_result_write_detail(&c->out, NULL, r, (antq_format)c->format, (antq_detail)c->detail,
                                        (antq_lang)c->lang, ANTQ_CSV_DEFAULT, NULL);
    case 9: return antq_provenance_write_json(&c->out, NULL, fixture_provenance(), NULL);
    case 10:
        return antq_results_header_write(&c->out, NULL, fixture_provenance(), 2024, (antq_format)c->format,
                                         (antq_detail)c->detail, ANTQ_CSV_DEFAULT, NULL);
    case 11: /* c->index holds the antq_csv_flags */
        return antq_evaluation_write_detail(&c->out, NULL, fixture_ev, NULL, (antq_format)c->format, ANTQ_DETAIL_FULL,
                                            (antq_lang)c->lang, (unsigned)c->index, NULL);
    default: return antq_fact_describe(&c->out, &antq_result_check(r, c->format)->facts[0], c->lang, NULL);
    }
}

static void text_failed(void *p, int rc)
{
    (void)rc;
    ck_assert_ptr_null(((text_ctx *)p)->out);
}

static void text_teardown(void *p)
{
    text_ctx *c = p;
    if (c->out != (char *)c)
        antq_free(c->out);
    c->out = NULL;
}

static const op text_op = {"writer", NULL, text_run, text_failed, text_teardown, NULL};

START_TEST(write_evaluation_every_format)
{
    text_ctx c = {0, 0, 0, 0, NULL, 0};
    for (c.format = ANTQ_FORMAT_JSON; c.format <= ANTQ_FORMAT_CSV_CRITERIA; c.format++)
        for (c.lang = ANTQ_LANG_VI; c.lang <= ANTQ_LANG_EN; c.lang++) {
            op o = text_op;
            o.name = "antq_evaluation_write";
            walk_all(&o, &c);
        }
    c.which = 11;
    for (c.format = ANTQ_FORMAT_CSV_UNITS; c.format <= ANTQ_FORMAT_CSV_CRITERIA; c.format++)
        for (c.index = 0; c.index < 4; c.index++) {
            c.lang = (int)c.index & 1;
            op o = text_op;
            o.name = "antq_evaluation_write_detail (CSV flags)";
            walk_all(&o, &c);
        }
    c.which = 1;
    c.index = 0;
    op o = text_op;
    o.name = "antq_dataset_write_json";
    walk_all(&o, &c);
}
END_TEST

START_TEST(write_and_explain_each_result)
{
    text_ctx c = {0, 0, 0, 0, NULL, 0};
    static const char *const names[] = {"", "", "antq_result_write_json", "antq_result_write_csv",
                                        "antq_result_explain", "antq_result_what_it_takes"};
    for (c.index = 0; c.index < antq_evaluation_count(fixture_ev); c.index++)
        for (c.which = 2; c.which <= 5; c.which++) {
            c.lang = (int)(c.index + (size_t)c.which) & 1;
            c.format = c.index & 1 ? ANTQ_FORMAT_CSV_UNITS : ANTQ_FORMAT_CSV_CRITERIA;
            op o = text_op;
            o.name = names[c.which];
            walk_all(&o, &c);
        }
    /* every check's first fact of one result, in both languages */
    c.which = 6;
    c.index = antq_dataset_find(fixture_ds, "CW-01");
    const antq_result *r = antq_evaluation_result(fixture_ev, c.index);
    for (c.format = 0; (size_t)c.format < antq_result_check_count(r); c.format++)
        if (antq_result_check(r, (size_t)c.format)->n_facts)
            for (c.lang = ANTQ_LANG_VI; c.lang <= ANTQ_LANG_EN; c.lang++) {
                op o = text_op;
                o.name = "antq_fact_describe";
                walk_all(&o, &c);
            }
}
END_TEST

START_TEST(write_at_every_detail_level)
{
    text_ctx c = {0, 0, 0, 0, NULL, 0};
    static const char *const names[] = {"antq_evaluation_write_detail", "antq_result_write_detail",
                                        "antq_provenance_write_json", "antq_results_header_write"};
    for (c.which = 7; c.which <= 10; c.which++)
        for (c.format = ANTQ_FORMAT_JSON; c.format <= ANTQ_FORMAT_CSV_CRITERIA; c.format++)
            for (c.detail = ANTQ_DETAIL_VERDICT; c.detail <= ANTQ_DETAIL_FULL; c.detail++) {
                c.lang = (c.format + c.detail) & 1;
                c.index = antq_dataset_find(fixture_ds, c.detail == 1 ? "RA-02-3" : "CW-02");
                op o = text_op;
                o.name = names[c.which - 7];
                walk_all(&o, &c);
            }
}
END_TEST

/* ---- streaming: a failed feed changes nothing; feeding the line again works */

typedef struct stream_ctx {
    char *out;
    size_t len, cap;
    int fail_at_emit; /* the callback refuses (returns non-zero) — not used here */
} stream_ctx;

static int collect(const char *line, size_t len, void *ud)
{
    stream_ctx *c = ud;
    if (c->len + len + 2 > c->cap) {
        size_t cap = (c->len + len + 2) * 2;
        char *o = realloc(c->out, cap);
        ck_assert_ptr_nonnull(o);
        c->out = o;
        c->cap = cap;
    }
    memcpy(c->out + c->len, line, len);
    c->len += len;
    c->out[c->len++] = '\n';
    c->out[c->len] = '\0';
    return 0;
}

/* Feed every line (retrying a line that failed, with the hook disarmed), then
 * finish (retrying likewise). Returns the first failure's code, or ANTQ_OK. */
static int stream_all(stream_ctx *out, int armed_n, int mode)
{
    int first = ANTQ_OK;
    antq_stream *s = NULL;
    antq_error err;
    int rc = antq_stream_new(&s, 2024, NULL, ANTQ_LANG_EN, collect, out);
    if (rc) {
        ck_assert_ptr_null(s);
        first = rc;
        antq__test_alloc_arm(0, 0);
        hook_cjson(0);
        ck_assert_int_eq(antq_stream_new(&s, 2024, NULL, ANTQ_LANG_EN, collect, out), ANTQ_OK);
    }
    const char *q = doc_ndjson;
    int32_t line_no = 0;
    while (*q) {
        const char *nl = strchr(q, '\n');
        size_t len = nl ? (size_t)(nl - q) : strlen(q);
        line_no++;
        /* the second commune and its members (one with an event): enough for
         * every path, and short enough to walk under valgrind */
        if (!strstr(q, "\"CW-02\"") || (nl && strstr(q, "\"CW-02\"") > nl)) {
            q = nl ? nl + 1 : q + len;
            continue;
        }
        rc = antq_stream_feed(s, q, len, line_no, &err);
        if (rc) {
            ck_assert_msg(armed_n, "feed failed unarmed: %s", err.message);
            if (!first)
                first = rc;
            if (rc == ANTQ_ENOMEM || rc == ANTQ_EPARSE) {
                antq__test_alloc_arm(0, 0); /* the rest runs without failures */
                hook_cjson(0);
                ck_assert_int_eq(antq_stream_feed(s, q, len, line_no, &err), ANTQ_OK);
            }
        }
        q = nl ? nl + 1 : q + len;
    }
    rc = antq_stream_finish(s, &err);
    if (rc) {
        if (!first)
            first = rc;
        antq__test_alloc_arm(0, 0);
        hook_cjson(0);
        ck_assert_int_eq(antq_stream_finish(s, &err), ANTQ_OK);
    }
    antq_stream_free(s);
    (void)mode;
    return first;
}

START_TEST(stream_feed_and_finish)
{
    stream_ctx ref = {NULL, 0, 0, 0};
    ck_assert_int_eq(stream_all(&ref, 0, 0), ANTQ_OK);
    ck_assert_ptr_nonnull(ref.out);
    for (int mode = WALK_SINGLE; mode <= last_walk(); mode++) {
        for (unsigned long n = 1;; n++) {
            ck_assert_uint_lt(n, 100000);
            stream_ctx got = {NULL, 0, 0, 0};
            hook_cjson(mode != WALK_LIB_ONLY);
            first_fail_cjson = 0;
            antq__test_alloc_arm(n, mode != WALK_SINGLE);
            int rc = stream_all(&got, 1, mode);
            unsigned long failed = antq__test_alloc_failed();
            int by_cjson = first_fail_cjson;
            antq__test_alloc_arm(0, 0);
            hook_cjson(0);
            if (rc == ANTQ_OK) {
                /* no failure, or one the end-of-stream hierarchy check absorbs (it
                 * falls back to a slower walk without its memo): exact output */
                ck_assert_str_eq(got.out, ref.out);
                free(got.out);
                if (failed == 0)
                    break;
                continue;
            }
            ck_assert_msg(rc == ANTQ_ENOMEM || (by_cjson && rc == ANTQ_EPARSE),
                          "stream (%s walk): allocation %lu failed, returned %s", walk_names[mode], n,
                          antq_status_name(rc));
            /* a failed feed or finish, retried, gives exactly the results of a run without failures */
            ck_assert_msg(got.out && strcmp(got.out, ref.out) == 0,
                          "stream (%s walk): allocation %lu failed: the output differs from the reference",
                          walk_names[mode], n);
            free(got.out);
        }
    }
    free(ref.out);
}
END_TEST

/* ---- the ingestion pipeline: a document and a dataset in memory, every year in one pass */

typedef struct pipe_ctx {
    int which;     /* 0: antq_pipeline_run_json, 1: antq_pipeline_run_dataset, 2: run_json keeping its results */
    int have_ref;  /* ref holds the run without failures */
    char ref[65536], got[65536];
    size_t len;
} pipe_ctx;

static int pipe_collect(const antq_result *r, const antq_unit *u, const antq_rollup *rollup, void *ud)
{
    pipe_ctx *c = ud;
    int n = snprintf(c->got + c->len, sizeof c->got - c->len, "%s %d %s %d\n", u->id, antq_result_year(r),
                     antq_verdict_name(antq_result_verdict(r)), rollup ? (int)rollup->ra_total : -1);
    ck_assert(n > 0 && (size_t)n < sizeof c->got - c->len);
    c->len += (size_t)n;
    return 0;
}

static int pipe_run(void *p)
{
    pipe_ctx *c = p;
    c->len = 0;
    c->got[0] = '\0';
    antq_pipeline_config cfg;
    antq_pipeline_config_init(&cfg);
    cfg.all_years = 1;
    antq_pipeline *pl = (antq_pipeline *)c; /* must come back NULL on failure */
    antq_error err;
    int rc = antq_pipeline_new(&pl, &cfg, pipe_collect, c, &err);
    if (rc) {
        ck_assert_ptr_null(pl);
        return rc;
    }
    if (c->which == 2)
        rc = antq_pipeline_keep_results(pl, ANTQ_KEEP_RESULTS_OPEN, &err);
    if (rc == ANTQ_OK)
        rc = c->which != 1 ? antq_pipeline_run_json(pl, doc_json, doc_json_len, &err)
                           : antq_pipeline_run_dataset(pl, fixture_ds, &err);
    /* the kept results: each unit's verdict and number of checks, every year; a result kept as a verdict
     * only is built on demand, and NULL when that runs out of memory */
    for (size_t y = 0; rc == ANTQ_OK && c->which == 2 && y < antq_pipeline_year_count(pl); y++) {
        const antq_evaluation *ev = antq_pipeline_evaluation(pl, antq_pipeline_year(pl, y, NULL));
        ck_assert_ptr_nonnull(ev);
        for (size_t i = 0; rc == ANTQ_OK && i < antq_evaluation_count(ev); i++) {
            const antq_result *r = antq_evaluation_result(ev, i);
            ck_assert_int_ne(antq_evaluation_verdict(ev, i), 0);
            if (!r) {
                rc = ANTQ_ENOMEM;
                break;
            }
            ck_assert_int_eq(antq_result_verdict(r), antq_evaluation_verdict(ev, i));
            int n = snprintf(c->got + c->len, sizeof c->got - c->len, "%d:%zu ", antq_result_verdict(r),
                             antq_result_check_count(r));
            ck_assert(n > 0 && (size_t)n < sizeof c->got - c->len);
            c->len += (size_t)n;
        }
    }
    antq_pipeline_free(pl);
    if (rc == ANTQ_OK && c->have_ref)
        ck_assert_str_eq(c->got, c->ref);
    return rc;
}

static void pipe_exact(void *p)
{
    pipe_ctx *c = p;
    ck_assert_str_eq(c->got, c->ref);
}

START_TEST(pipeline_runs)
{
    static const char *const names[] = {"antq_pipeline_run_json", "antq_pipeline_run_dataset",
                                        "antq_pipeline_run_json (antq_pipeline_keep_results)"};
    static pipe_ctx c;
    for (c.which = 0; c.which <= 2; c.which++) {
        c.have_ref = 0;
        ck_assert_int_eq(pipe_run(&c), ANTQ_OK);
        memcpy(c.ref, c.got, c.len + 1);
        c.have_ref = 1;
        ck_assert_uint_gt(c.len, 0);
        op o = {names[c.which], NULL, pipe_run, NULL, NULL, pipe_exact};
        walk_all(&o, &c);
    }
}
END_TEST

/* ---- campaigns */

static const char campaign_doc[] =
    "{\"format\":\"antq-campaign\",\"version\":1,\"plans\":[{\"id\":\"KH-1\",\"number\":\"12/KH-BCĐ\","
    "\"issued_on\":\"2024-03-01\",\"year\":2024,\"issuer\":\"Ban Chỉ đạo\",\"use_template\":true,"
    "\"tasks\":[{\"id\":\"T1\",\"template_task\":\"T1\",\"lead\":\"Công an tỉnh\",\"deadline\":\"2024-08-19\","
    "\"status\":\"done\",\"completed_on\":\"2024-08-10\"},{\"id\":\"X1\",\"content\":\"Rà soát\","
    "\"deadline\":\"2024-06-30\",\"status\":\"in_progress\"}],"
    "\"targets\":[{\"id\":\"CT-1\",\"text\":\"Trên 80% khu dân cư\",\"metric\":\"share_certified\","
    "\"kinds\":[\"residential_area\"],\"comparison\":\"trên 80%\"},"
    "{\"id\":\"CT-2\",\"metric\":\"households_registered\",\"comparison\":\"từ 95% trở lên\",\"scope\":\"CW-01\"},"
    "{\"id\":\"CT-3\",\"metric\":\"festival_held\",\"kinds\":[\"residential_area\",\"commune\"],\"comparison\":\"100%\"},"
    "{\"id\":\"CT-4\",\"metric\":\"point_sites\",\"festival_level\":\"residential_area\",\"comparison\":\"ít nhất 1\"},"
    "{\"id\":\"CT-5\",\"metric\":\"key_complex_communes\",\"comparison\":\"không còn\",\"reported\":[0,1]}]}],"
    "\"festivals\":[{\"id\":\"LH-1\",\"host\":\"CW-01\",\"year\":2024,\"level\":\"commune\",\"point_site\":true,"
    "\"window_start\":\"2024-07-01\",\"window_end\":\"2024-08-19\",\"held_on\":\"2024-08-10\",\"participants\":300,"
    "\"activities\":[{\"kind\":\"meeting\",\"part\":\"ceremony\",\"date\":\"2024-08-10\",\"participants\":200},"
    "{\"kind\":\"gift_visit\",\"part\":\"festival\",\"date\":\"2024-08-10\",\"gifts\":5,\"gift_value_vnd\":2500000,"
    "\"description\":\"Tặng quà\"}],\"commendations\":[{\"name\":\"Tổ tự quản số 1\",\"collective\":true,"
    "\"form\":\"Giấy khen\"}]},"
    "{\"id\":\"LH-2\",\"host\":\"RA-01-1\",\"year\":2024,\"level\":\"residential_area\",\"point_site\":false,"
    "\"window_start\":\"2024-07-01\",\"window_end\":\"2024-08-19\",\"held_on\":\"2024-08-05\"}]}";

typedef struct camp_ctx {
    int which;
    antq_campaign *c;
    antq_scorecard *sc;
    char *out;
    antq_error err;
} camp_ctx;

static antq_campaign *fixture_campaign(void)
{
    antq_campaign *c = NULL;
    antq_error err;
    ck_assert_int_eq(antq_campaign_load_json(&c, campaign_doc, sizeof campaign_doc - 1, &err), ANTQ_OK);
    return c;
}

static void camp_setup(void *p)
{
    camp_ctx *c = p;
    if (c->which >= 1)
        c->c = fixture_campaign();
    if (c->which >= 3) {
        antq_error err;
        ck_assert_int_eq(antq_plan_evaluate(&c->sc, c->c, 0, fixture_ev, 0, &err), ANTQ_OK);
    }
}

static int camp_run(void *p)
{
    camp_ctx *c = p;
    antq_festival_coverage cov;
    antq_festival_coverage_init(&cov);
    switch (c->which) {
    case 0: c->c = (antq_campaign *)c; return antq_campaign_load_json(&c->c, campaign_doc, sizeof campaign_doc - 1, &c->err);
    case 1: c->out = (char *)c; return antq_campaign_write_json(&c->out, c->c, NULL);
    case 2: c->sc = (antq_scorecard *)c; return antq_plan_evaluate(&c->sc, c->c, 0, fixture_ev, 20241015, &c->err);
    case 3: case 4: case 5: case 6:
        c->out = (char *)c;
        return antq_scorecard_write(&c->out, c->sc, (c->which - 3) & 1 ? ANTQ_FORMAT_JSON : ANTQ_FORMAT_TEXT, (c->which - 3) >> 1, NULL);
    case 7: return antq_festival_coverage_compute(&cov, c->c, fixture_ds, 2024, &c->err);
    default: return antq_campaign_check(c->c, fixture_ds, &c->err);
    }
}

static void camp_failed(void *p, int rc)
{
    camp_ctx *c = p;
    (void)rc;
    if (c->which == 0)
        ck_assert_ptr_null(c->c);
    else if (c->which == 2)
        ck_assert_ptr_null(c->sc);
    else if (c->which != 7 && c->which != 8)
        ck_assert_ptr_null(c->out);
}

static void camp_teardown(void *p)
{
    camp_ctx *c = p;
    if (c->out != (char *)c)
        antq_free(c->out);
    if (c->sc != (antq_scorecard *)c)
        antq_scorecard_free(c->sc);
    if (c->c != (antq_campaign *)c)
        antq_campaign_free(c->c);
    c->out = NULL;
    c->sc = NULL;
    c->c = NULL;
}

START_TEST(campaign_load_evaluate_write)
{
    static const char *const names[] = {"antq_campaign_load_json", "antq_campaign_write_json", "antq_plan_evaluate",
                                        "antq_scorecard_write(text, vi)", "antq_scorecard_write(json, vi)",
                                        "antq_scorecard_write(text, en)", "antq_scorecard_write(json, en)",
                                        "antq_festival_coverage_compute", "antq_campaign_check"};
    camp_ctx c;
    memset(&c, 0, sizeof c);
    for (c.which = 0; c.which <= 8; c.which++) {
        op o = {names[c.which], camp_setup, camp_run, camp_failed, camp_teardown, NULL};
        if (c.which >= 7) {
            /* may allocate nothing: then the walk ends at n = 1 with success */
            for (int mode = WALK_SINGLE; mode <= last_walk(); mode++)
                walk(&o, &c, mode);
        } else {
            walk_all(&o, &c);
        }
    }
}
END_TEST

/* ---- a plan over a stream: the tally reads the pipeline's index of the units, each result goes into it
 * (antq_plan_tally_add()) and the scorecard is antq_plan_evaluate()'s */

typedef struct tally_ctx {
    antq_campaign *c;
    char *ref;
    antq_pipeline *p;
    antq_plan_tally *t;
} tally_ctx;

static int tally_record(const antq_result *r, const antq_unit *u, const antq_evidence *e, const antq_rollup *rollup,
                        void *ud)
{
    tally_ctx *c = ud;
    if (!c->t) {
        c->t = (antq_plan_tally *)c; /* must come back NULL on failure */
        int rc = antq_plan_tally_new(&c->t, c->c, 0, 2024, c->p, antq_pipeline_options(c->p), NULL);
        if (rc) {
            ck_assert_ptr_null(c->t);
            return rc;
        }
    }
    return antq_plan_tally_add(c->t, r, u, e, rollup, NULL);
}

static int tally_run(void *p)
{
    tally_ctx *c = p;
    antq_pipeline_config cfg;
    antq_pipeline_config_init(&cfg);
    cfg.year_from = 2024;
    cfg.on_record = tally_record;
    c->t = NULL;
    int rc = antq_pipeline_new(&c->p, &cfg, NULL, c, NULL);
    if (rc == ANTQ_OK)
        rc = antq_pipeline_run_dataset(c->p, fixture_ds, NULL);
    antq_scorecard *sc = (antq_scorecard *)c;
    if (rc == ANTQ_OK) {
        rc = antq_plan_tally_finish(&sc, c->t, 20241015, NULL);
        if (rc)
            ck_assert_ptr_null(sc);
    }
    char *out = NULL;
    if (rc == ANTQ_OK && (rc = antq_scorecard_write(&out, sc, ANTQ_FORMAT_JSON, ANTQ_LANG_VI, NULL)) == ANTQ_OK)
        ck_assert_str_eq(out, c->ref);
    antq_free(out);
    if (sc != (antq_scorecard *)c)
        antq_scorecard_free(sc);
    antq_plan_tally_free(c->t);
    antq_pipeline_free(c->p);
    c->t = NULL;
    c->p = NULL;
    return rc;
}

/* The pipeline's hierarchy check may succeed without its memo (pipeline_runs): tally_run has then already
 * compared the scorecard with antq_plan_evaluate()'s. */
static void tally_exact(void *p) { (void)p; }

START_TEST(plan_tally_over_a_stream)
{
    tally_ctx c;
    memset(&c, 0, sizeof c);
    c.c = fixture_campaign();
    antq_scorecard *sc;
    antq_error err;
    ck_assert_int_eq(antq_plan_evaluate(&sc, c.c, 0, fixture_ev, 20241015, &err), ANTQ_OK);
    ck_assert_int_eq(antq_scorecard_write(&c.ref, sc, ANTQ_FORMAT_JSON, ANTQ_LANG_VI, NULL), ANTQ_OK);
    antq_scorecard_free(sc);
    op o = {"antq_plan_tally_add over antq_pipeline_run_dataset", NULL, tally_run, NULL, NULL, tally_exact};
    walk_all(&o, &c);
    antq_free(c.ref);
    antq_campaign_free(c.c);
}
END_TEST

/* ---- constructors */

typedef struct new_ctx {
    int which;
    void *obj;
} new_ctx;

static int sink(const char *line, size_t len, void *ud)
{
    (void)line;
    (void)len;
    (void)ud;
    return 0;
}

static int new_run(void *p)
{
    new_ctx *c = p;
    switch (c->which) {
    case 0: return antq_dataset_new((antq_dataset **)&c->obj);
    case 1: return antq_campaign_new((antq_campaign **)&c->obj);
    default: return antq_stream_new((antq_stream **)&c->obj, 0, NULL, ANTQ_LANG_VI, sink, NULL);
    }
}

static void new_failed(void *p, int rc)
{
    (void)rc;
    ck_assert_ptr_null(((new_ctx *)p)->obj);
}

static void new_teardown(void *p)
{
    new_ctx *c = p;
    switch (c->which) {
    case 0: antq_dataset_free(c->obj); break;
    case 1: antq_campaign_free(c->obj); break;
    default: antq_stream_free(c->obj); break;
    }
    c->obj = NULL;
}

START_TEST(constructors)
{
    new_ctx c = {0, NULL};
    for (c.which = 0; c.which <= 2; c.which++) {
        op o = {"constructor", NULL, new_run, new_failed, new_teardown, NULL};
        walk_all(&o, &c);
    }
}
END_TEST

/* ---- spreadsheets: the CSV-set and XLSX readers and writers (doc/spreadsheets.md) */

typedef struct sheet_ctx {
    int which;               /* 0 CSV set from memory, 1 XLSX from memory, 2 write CSV set, 3 write XLSX,
                                4 write the results workbook */
    char dir[64];
    const antq_dataset *src; /* the dataset written and expected back */
    antq_csv_file files[10];
    size_t n_files;
    char *xlsx;
    size_t xlsx_len;
    antq_dataset *ds;
    antq_error err;
} sheet_ctx;

static int sheet_run(void *p)
{
    sheet_ctx *c = p;
    char path[128];
    snprintf(path, sizeof path, "%s/out.xlsx", c->dir);
    c->ds = (antq_dataset *)c;
    switch (c->which) {
    case 0: return antq_dataset_load_csv(&c->ds, c->files, c->n_files, 0, &c->err);
    case 1: return antq_dataset_load_xlsx(&c->ds, c->xlsx, c->xlsx_len, 0, &c->err);
    case 2: return antq_dataset_write_csv_dir(c->dir, c->src, ANTQ_LANG_VI, &c->err);
    case 3: return antq_dataset_write_xlsx(path, c->src, ANTQ_LANG_VI, &c->err);
    default: return antq_evaluation_write_xlsx(path, fixture_ev, NULL, NULL, ANTQ_LANG_EN, &c->err);
    }
}

static void sheet_failed(void *p, int rc)
{
    sheet_ctx *c = p;
    if (c->which <= 1)
        ck_assert_ptr_null(c->ds);
    ck_assert_int_eq(c->err.code, rc);
}

/* The hierarchy check degrades gracefully (no memo): the dataset must still be exact. */
static void sheet_exact(void *p)
{
    sheet_ctx *c = p;
    ck_assert_int_le(c->which, 1);
    char *a = NULL, *b = NULL;
    ck_assert_int_eq(antq_dataset_write_json(&a, c->src, NULL), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_write_json(&b, c->ds, NULL), ANTQ_OK);
    ck_assert_str_eq(a, b);
    antq_free(a);
    antq_free(b);
}

static void sheet_teardown(void *p)
{
    sheet_ctx *c = p;
    if (c->which <= 1 && c->ds != (antq_dataset *)c)
        antq_dataset_free(c->ds);
    c->ds = NULL;
}

/* Every reader and writer of a dataset's sheets under allocation failure. */
static void sheets_of(const antq_dataset *ds)
{
    sheet_ctx c;
    memset(&c, 0, sizeof c);
    c.src = ds;
    snprintf(c.dir, sizeof c.dir, "/tmp/antq-alloc-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(c.dir));
    antq_error err;
    char path[128];
    /* the fixture as a CSV set and a workbook, read back into memory unarmed */
    ck_assert_int_eq(antq_dataset_write_csv_dir(c.dir, ds, ANTQ_LANG_VI, &err), ANTQ_OK);
    static const char *const names[] = {"units.csv", "evidence.csv", "events.csv", "disciplines.csv",
                                        "rule_topics.csv", "extra.csv", "options.csv", "extra_criteria.csv",
                                        "delegations.csv", "authority.csv"};
    for (size_t i = 0; i < 10; i++) {
        FILE *f;
        snprintf(path, sizeof path, "%s/%s", c.dir, names[i]);
        ck_assert_ptr_nonnull(f = fopen(path, "rb"));
        fseek(f, 0, SEEK_END);
        long n = ftell(f);
        fseek(f, 0, SEEK_SET);
        char *text = malloc((size_t)n + 1);
        ck_assert_int_eq(fread(text, 1, (size_t)n, f), (size_t)n);
        fclose(f);
        c.files[i].name = names[i];
        c.files[i].text = text;
        c.files[i].len = (size_t)n;
    }
    c.n_files = 10;
    int xlsx = antq_xlsx_supported(); /* without the xlsx feature: the CSV operations only */
    snprintf(path, sizeof path, "%s/out.xlsx", c.dir);
    if (xlsx) {
        ck_assert_int_eq(antq_dataset_write_xlsx(path, ds, ANTQ_LANG_VI, &err), ANTQ_OK);
        FILE *f = fopen(path, "rb");
        ck_assert_ptr_nonnull(f);
        fseek(f, 0, SEEK_END);
        c.xlsx_len = (size_t)ftell(f);
        fseek(f, 0, SEEK_SET);
        c.xlsx = malloc(c.xlsx_len);
        ck_assert_int_eq(fread(c.xlsx, 1, c.xlsx_len, f), c.xlsx_len);
        fclose(f);
    }
    static const char *const op_names[] = {"antq_dataset_load_csv", "antq_dataset_load_xlsx",
                                           "antq_dataset_write_csv_dir", "antq_dataset_write_xlsx",
                                           "antq_evaluation_write_xlsx"};
    for (c.which = 0; c.which <= (xlsx ? 4 : 2); c.which += xlsx ? 1 : 2) {
        op o = {op_names[c.which], NULL, sheet_run, sheet_failed, sheet_teardown, sheet_exact};
        walk_all(&o, &c);
    }
    for (size_t i = 0; i < c.n_files; i++) {
        snprintf(path, sizeof path, "%s/%s", c.dir, names[i]);
        unlink(path);
        free((char *)c.files[i].text);
    }
    snprintf(path, sizeof path, "%s/out.xlsx", c.dir);
    unlink(path);
    rmdir(c.dir);
    free(c.xlsx);
}

START_TEST(spreadsheets_read_and_write)
{
    sheets_of(fixture_ds);
}
END_TEST

START_TEST(spreadsheets_two_tier)
{
    /* delegations, an authority table, fails_on_event_kinds and decision numbers in sheets */
    size_t len;
    char *doc = slurp("valid/two-tier-2026.json", &len);
    ck_assert_ptr_nonnull(doc);
    antq_dataset *ds;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&ds, doc, len, 0, &err), ANTQ_OK);
    sheets_of(ds);
    antq_dataset_free(ds);
    free(doc);
}
END_TEST

/* The index map behind kept results (lib/core/idxmap.c): a put replaces, NULL reads as absent, keys from a
 * point on can be made absent, and growing keeps every key. */
START_TEST(index_map_reads_what_was_put)
{
    static int v[300];
    antq__idxmap m;
    antq__idxmap_init(&m);
    ck_assert_ptr_null(antq__idxmap_get(&m, 0));
    for (size_t k = 0; k < 300; k++) /* 16 slots, then 32 … 1024: every growth */
        ck_assert_int_eq(antq__idxmap_put(&m, k * 1000003u, &v[k]), ANTQ_OK);
    for (size_t k = 0; k < 300; k++)
        ck_assert_ptr_eq(antq__idxmap_get(&m, k * 1000003u), &v[k]);
    ck_assert_ptr_null(antq__idxmap_get(&m, 1));
    ck_assert_int_eq(antq__idxmap_put(&m, 0, &v[1]), ANTQ_OK); /* replaced */
    ck_assert_ptr_eq(antq__idxmap_get(&m, 0), &v[1]);
    ck_assert_int_eq(antq__idxmap_put(&m, 1000003u, NULL), ANTQ_OK); /* reads as absent */
    ck_assert_ptr_null(antq__idxmap_get(&m, 1000003u));
    ck_assert_int_eq(antq__idxmap_put(&m, 7, NULL), ANTQ_OK); /* an absent key put NULL: nothing added */
    ck_assert_uint_eq(m.count, 300);
    antq__idxmap_clear_from(&m, 150 * 1000003u);
    for (size_t k = 2; k < 300; k++)
        if (k < 150)
            ck_assert_ptr_eq(antq__idxmap_get(&m, k * 1000003u), &v[k]);
        else
            ck_assert_ptr_null(antq__idxmap_get(&m, k * 1000003u));
    antq__idxmap_free(&m);
}
END_TEST

/* A put that cannot grow the map returns ANTQ_ENOMEM and leaves it as it was, still usable. */
START_TEST(index_map_put_fails_unchanged)
{
    static int v[40];
    for (unsigned long n = 1;; n++) {
        ck_assert_msg(n < 100, "no end after %lu allocations", n);
        antq__idxmap m;
        antq__idxmap_init(&m);
        int rc = ANTQ_OK;
        size_t k = 0;
        antq__test_alloc_arm(n, 1);
        for (; k < 40; k++)
            if ((rc = antq__idxmap_put(&m, k * 7, &v[k])) != ANTQ_OK)
                break;
        unsigned long failed = antq__test_alloc_failed();
        antq__test_alloc_arm(0, 0);
        if (!failed) {
            ck_assert_int_eq(rc, ANTQ_OK);
            antq__idxmap_free(&m);
            break;
        }
        ck_assert_int_eq(rc, ANTQ_ENOMEM);
        for (size_t j = 0; j < k; j++)
            ck_assert_ptr_eq(antq__idxmap_get(&m, j * 7), &v[j]);
        ck_assert_ptr_null(antq__idxmap_get(&m, k * 7));
        ck_assert_uint_eq(m.count, k);
        ck_assert_int_eq(antq__idxmap_put(&m, k * 7, &v[k]), ANTQ_OK);
        ck_assert_ptr_eq(antq__idxmap_get(&m, k * 7), &v[k]);
        antq__idxmap_free(&m);
    }
}
END_TEST

static void add_case(Suite *s, const char *name, const TTest *t)
{
    TCase *tc = tcase_create(name);
    tcase_add_checked_fixture(tc, fixture_up, fixture_down);
    tcase_set_timeout(tc, 120);
    _tcase_add_test(tc, t, 0, 0, 0, 1);
    suite_add_tcase(s, tc);
}

#define ADD(s, t) add_case(s, #t, t)

int main(int argc, char **argv)
{
    data_dir = argc > 1 ? argv[1] : "tests/data";
    Suite *s = suite_create("alloc");
    ADD(s, constructors);
    ADD(s, pipeline_runs);
    ADD(s, load_json);
    ADD(s, load_json_keep_unknown);
    ADD(s, load_json_two_tier);
    ADD(s, load_ndjson);
    ADD(s, load_file);
    ADD(s, validate_json);
    ADD(s, add_json_records);
    ADD(s, add_records);
    ADD(s, dataset_evaluate);
    ADD(s, dataset_evaluate_standard);
    ADD(s, evaluate_many_facts);
    ADD(s, write_evaluation_every_format);
    ADD(s, write_and_explain_each_result);
    ADD(s, write_at_every_detail_level);
    ADD(s, stream_feed_and_finish);
    ADD(s, campaign_load_evaluate_write);
    ADD(s, plan_tally_over_a_stream);
    ADD(s, spreadsheets_read_and_write);
    ADD(s, spreadsheets_two_tier);
    ADD(s, index_map_reads_what_was_put);
    ADD(s, index_map_put_fails_unchanged);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
