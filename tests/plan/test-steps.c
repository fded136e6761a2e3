/* What it would take to meet a missed target (antq_scorecard_steps()): the
 * list is sufficient (apply every listed change, evaluate again: the target is
 * met), minimal (drop any one listed change: not met) and smallest (no set of
 * one change fewer meets it: every such set is tried on small datasets, and on
 * the sample the count equals the counting bound, the target's gap, because
 * each change moves its value by exactly one).
 * A "change" is what the metric counts: a residential area or commune meeting
 * every criterion it now fails, households registering, a festival held; for
 * "≤", "<" and "none" targets, a unit that no longer counts (here: an area
 * one household short of Art. 4.1).
 * SPDX-License-Identifier: MIT */
#include <antq.h>
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *data_dir;

/* ---- a small world: communes and their residential areas, each in a state */

enum area_state { PASS = 0, SHORT1, SHORT2, SHORT3, UNDET };

typedef struct world {
    int n_communes;
    int commune_own_fail[4]; /* 1: the commune police are not effective (Art. 5.3) */
    int n_areas;
    int area_commune[24];
    int area_state[24];
    int households_short[24]; /* households metric: households not registered of 100 */
} world;

static char commune_ids[4][16], area_ids[24][16], area_names[24][24];
static int changed_state = PASS; /* the state a changed area takes (SHORT1 for the "≤" targets) */

static void commune_evidence(antq_evidence *ev, int own_fail)
{
    antq_evidence_init(ev);
    ev->year = 2024;
    ev->registered = ANTQ_YES;
    ev->registration_date = 20240220;
    ev->party_resolution_date = 20240115;
    ev->plan_date = 20240120;
    ev->implements_policy = ANTQ_YES;
    ev->events_recorded = ANTQ_YES;
    ev->disciplines_recorded = ANTQ_YES;
    ev->effective_models = 2;
    ev->crimes = ev->crimes_prev = 0;
    ev->social_evils = ev->social_evils_prev = 0;
    ev->other_violations = ev->other_violations_prev = 0;
    ev->supervision_effective = ANTQ_YES;
    ev->police_effective = own_fail ? ANTQ_NO : ANTQ_YES;
}

static void area_evidence(antq_evidence *ev, int state, int short_households)
{
    antq_evidence_init(ev);
    ev->year = 2024;
    ev->registered = ANTQ_YES;
    ev->registration_date = 20240210;
    ev->party_resolution_date = 20240115;
    ev->implements_policy = ANTQ_YES;
    ev->events_recorded = state == UNDET ? ANTQ_UNKNOWN : ANTQ_YES;
    ev->disciplines_recorded = ANTQ_YES;
    ev->households_resident = 100;
    ev->households_registered = 100 - (state >= SHORT1 && state <= SHORT3 ? state : 0) - short_households;
    ev->crimes = ev->crimes_prev = ev->social_evils = ev->social_evils_prev = 0;
    ev->other_violations = ev->other_violations_prev = 0;
    ev->supervision_effective = ANTQ_YES;
    ev->grassroots_rating = ANTQ_RATING_COMPLETED;
}

/* The dataset of world w with the units whose ids are in `changed` (NULL-terminated) made to pass. */
static antq_dataset *build(const world *w, const char *const *changed)
{
    antq_dataset *ds;
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    for (int c = 0; c < w->n_communes; c++) {
        snprintf(commune_ids[c], sizeof commune_ids[c], "CW-%d", c);
        int change = 0;
        for (const char *const *id = changed; id && *id; id++)
            change |= strcmp(*id, commune_ids[c]) == 0;
        antq_unit u;
        antq_unit_init(&u);
        u.id = commune_ids[c];
        u.kind = ANTQ_KIND_COMMUNE;
        u.commune_type = ANTQ_COMMUNE_TYPE_COMMUNE;
        antq_evidence ev;
        commune_evidence(&ev, w->commune_own_fail[c] && !change);
        ck_assert_int_eq(antq_dataset_add(ds, &u, &ev, NULL), ANTQ_OK);
    }
    for (int i = 0; i < w->n_areas; i++) {
        snprintf(area_ids[i], sizeof area_ids[i], "RA-%d", i);
        int change = 0;
        for (const char *const *id = changed; id && *id; id++)
            change |= strcmp(*id, area_ids[i]) == 0;
        antq_unit u;
        antq_unit_init(&u);
        u.id = area_ids[i];
        snprintf(area_names[i], sizeof area_names[i], "Thôn %d", i); /* named: a stream keeps the names it lists */
        u.name = area_names[i];
        u.kind = ANTQ_KIND_RESIDENTIAL_AREA;
        u.parent_id = commune_ids[w->area_commune[i]];
        u.managing_level = ANTQ_LEVEL_COMMUNE;
        antq_evidence ev;
        area_evidence(&ev, change ? changed_state : w->area_state[i], change ? 0 : w->households_short[i]);
        ck_assert_int_eq(antq_dataset_add(ds, &u, &ev, NULL), ANTQ_OK);
    }
    return ds;
}

/* The same plan over a stream: the dataset through a pipeline that keeps nothing but its index of the
 * units, each result into a tally (antq_plan_tally_add()); its scorecard must be antq_plan_evaluate()'s,
 * byte for byte, in JSON and in both languages' text. */
typedef struct tally_run {
    antq_pipeline *p;
    antq_plan_tally *t;
    const antq_campaign *c;
    int year;
} tally_run;

static int tally_record(const antq_result *r, const antq_unit *u, const antq_evidence *e, const antq_rollup *rollup,
                        void *ud)
{
    tally_run *tr = ud;
    if (!tr->t)
        ck_assert_int_eq(antq_plan_tally_new(&tr->t, tr->c, 0, tr->year, tr->p,
                                             antq_pipeline_options(tr->p), NULL), ANTQ_OK);
    ck_assert_int_eq(antq_plan_tally_add(tr->t, r, u, e, rollup, NULL), ANTQ_OK);
    return 0;
}

static void assert_tally_is_the_same(const antq_dataset *ds, const antq_campaign *c, int year, const antq_scorecard *s)
{
    int years[8];
    size_t n = antq_plan_years(years, 8, c, 0, year);
    ck_assert_uint_ge(n, 1);
    antq_pipeline_config cfg;
    antq_pipeline_config_init(&cfg);
    cfg.year_from = years[0];
    cfg.year_to = years[n - 1];
    cfg.on_record = tally_record;
    tally_run tr = {NULL, NULL, c, year};
    ck_assert_int_eq(antq_pipeline_new(&tr.p, &cfg, NULL, &tr, NULL), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_run_dataset(tr.p, ds, NULL), ANTQ_OK);
    ck_assert_ptr_nonnull(tr.t);
    antq_scorecard *ts;
    ck_assert_int_eq(antq_plan_tally_finish(&ts, tr.t, 0, NULL), ANTQ_OK);
    antq_plan_tally_free(tr.t); /* the scorecard does not need the tally */
    for (int k = 0; k < 3; k++) {
        char *a = NULL, *b = NULL;
        antq_format f = k ? ANTQ_FORMAT_TEXT : ANTQ_FORMAT_JSON;
        int lang = k == 2 ? ANTQ_LANG_EN : ANTQ_LANG_VI;
        ck_assert_int_eq(antq_scorecard_write(&a, s, f, lang, NULL), ANTQ_OK);
        ck_assert_int_eq(antq_scorecard_write(&b, ts, f, lang, NULL), ANTQ_OK);
        ck_assert_str_eq(b, a);
        antq_free(a);
        antq_free(b);
    }
    antq_scorecard_free(ts);
    antq_pipeline_free(tr.p);
}

typedef struct verdict_of_plan {
    int outcome;
    int64_t gap;
    int status;
    size_t n_steps, n_changes;
    char ids[24][16];        /* the changes (follows = 0), in list order */
    char first_need_en[200];
} verdict_of_plan;

/* A campaign of one plan for 2024 with one target (scope NULL: everywhere). */
static antq_campaign *one_target(const char *wording, int metric, uint32_t kinds, const char *scope)
{
    antq_target t;
    memset(&t, 0, sizeof t);
    t.id = "T";
    t.text = wording;
    t.metric = metric;
    t.kinds = kinds;
    t.scope_id = scope;
    t.reported_num = t.reported_den = -1;
    ck_assert_int_eq(antq_target_parse_wording(&t.op, &t.threshold_num, &t.threshold_den, wording), ANTQ_OK);
    antq_plan p;
    memset(&p, 0, sizeof p);
    p.id = "P";
    p.year = 2024;
    p.targets = &t;
    p.n_targets = 1;
    antq_campaign *c;
    ck_assert_int_eq(antq_campaign_new(&c), ANTQ_OK);
    ck_assert_int_eq(antq_campaign_add_plan(c, &p, NULL), ANTQ_OK); /* copies the plan */
    return c;
}

static void run_plan(const world *w, const char *const *changed, const char *wording, int metric, uint32_t kinds,
                     verdict_of_plan *out)
{
    antq_dataset *ds = build(w, changed);
    antq_campaign *c = one_target(wording, metric, kinds, NULL);
    antq_error err;
    antq_evaluation *ev;
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, &err), ANTQ_OK);
    antq_scorecard *s;
    ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, ev, 0, &err), ANTQ_OK);
    assert_tally_is_the_same(ds, c, 2024, s);
    const antq_target_result *r = antq_scorecard_target(s, 0);
    memset(out, 0, sizeof *out);
    out->outcome = r->outcome;
    out->gap = r->gap;
    const antq_target_step *steps;
    ck_assert_int_eq(antq_scorecard_steps(&out->status, &steps, &out->n_steps, s, 0), ANTQ_OK);
    for (size_t i = 0; i < out->n_steps; i++) {
        if (steps[i].follows)
            continue;
        snprintf(out->ids[out->n_changes++], sizeof out->ids[0], "%s", steps[i].unit_id);
        if (out->n_changes == 1)
            snprintf(out->first_need_en, sizeof out->first_need_en, "%s", steps[i].need_en);
    }
    antq_scorecard_free(s);
    antq_evaluation_free(ev);
    antq_campaign_free(c);
    antq_dataset_free(ds);
}

/* Sufficient, minimal, and no set of one change fewer among `pool` meets the target. */
static void assert_exact(const world *w, const char *wording, int metric, uint32_t kinds, const verdict_of_plan *v,
                         const char *const *pool, size_t n_pool)
{
    const char *changed[25];
    verdict_of_plan after;
    for (size_t i = 0; i < v->n_changes; i++)
        changed[i] = v->ids[i];
    changed[v->n_changes] = NULL;
    run_plan(w, changed, wording, metric, kinds, &after);
    ck_assert_msg(after.outcome == ANTQ_OUTCOME_PASS, "the %zu listed changes do not meet \"%s\"", v->n_changes, wording);
    for (size_t drop = 0; drop < v->n_changes; drop++) {
        size_t m = 0;
        for (size_t i = 0; i < v->n_changes; i++)
            if (i != drop)
                changed[m++] = v->ids[i];
        changed[m] = NULL;
        run_plan(w, changed, wording, metric, kinds, &after);
        ck_assert_msg(after.outcome != ANTQ_OUTCOME_PASS, "\"%s\" is met without %s", wording, v->ids[drop]);
    }
    /* every set of n_changes − 1 units of the pool (the world is monotone: a smaller set is inside one of them) */
    size_t k = v->n_changes - 1, idx[24];
    ck_assert(n_pool <= 24 && k <= n_pool);
    for (size_t i = 0; i < k; i++)
        idx[i] = i;
    for (;;) {
        for (size_t i = 0; i < k; i++)
            changed[i] = pool[idx[i]];
        changed[k] = NULL;
        run_plan(w, changed, wording, metric, kinds, &after);
        ck_assert_msg(after.outcome != ANTQ_OUTCOME_PASS, "a set of %zu changes meets \"%s\" (the list has %zu)", k,
                      wording, v->n_changes);
        size_t i = k;
        while (i > 0 && idx[i - 1] == n_pool - k + i - 1)
            i--;
        if (i == 0)
            break;
        idx[i - 1]++;
        for (size_t j = i; j < k; j++)
            idx[j] = idx[j - 1] + 1;
    }
}

/* A world where certifying one area also brings its commune to 70% (Art. 5.4):
 * CW-0: own criteria met, 6 of 10 areas certified (60%): one more and it passes.
 * CW-1: 5 of 5 areas certified, certified itself.
 * CW-2: police not effective (Art. 5.3) and 3 of 5 areas certified.
 * Target: "từ 80% trở lên" of areas and communes: 15 of 23 certified, 19 needed. */
static world cascade_world(void)
{
    world w;
    memset(&w, 0, sizeof w);
    w.n_communes = 3;
    w.commune_own_fail[2] = 1;
    static const int states[20] = {PASS, PASS, PASS, PASS, PASS, PASS, SHORT1, SHORT1, SHORT3, UNDET,
                                   PASS, PASS, PASS, PASS, PASS, PASS, PASS, PASS, SHORT2, SHORT2};
    w.n_areas = 20;
    for (int i = 0; i < 20; i++) {
        w.area_commune[i] = i < 10 ? 0 : i < 15 ? 1 : 2;
        w.area_state[i] = states[i];
    }
    return w;
}

START_TEST(certification_target_counts_the_commune_brought_along)
{
    world w = cascade_world();
    const uint32_t kinds = ANTQ_KIND_BIT(ANTQ_KIND_RESIDENTIAL_AREA) | ANTQ_KIND_BIT(ANTQ_KIND_COMMUNE);
    const char *wording = "từ 80% trở lên";
    verdict_of_plan v;
    run_plan(&w, NULL, wording, ANTQ_METRIC_SHARE_CERTIFIED, kinds, &v);
    ck_assert_int_eq(v.outcome, ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(v.gap, 4);                 /* 15 of 23; 19 needed */
    ck_assert_int_eq(v.status, ANTQ_STEPS_LISTED);
    ck_assert_uint_eq(v.n_changes, 3);          /* one area of CW-0 brings CW-0 along: 3 changes gain 4 */
    ck_assert_uint_eq(v.n_steps, 4);            /* + CW-0, which follows */
    /* best first: an area one household short */
    ck_assert_str_eq(v.ids[0], "RA-6");
    ck_assert_msg(strstr(v.first_need_en, "1 more household(s) must register (C124-RA-01b)"), "need: %s",
                  v.first_need_en);
    /* the pool of possible changes: every uncertified area and commune */
    static const char *const pool[] = {"RA-6", "RA-7", "RA-8", "RA-9", "RA-18", "RA-19", "CW-0", "CW-2"};
    assert_exact(&w, wording, ANTQ_METRIC_SHARE_CERTIFIED, kinds, &v, pool, sizeof pool / sizeof pool[0]);
}
END_TEST

START_TEST(communes_only_target_lists_the_members_that_bring_a_commune_along)
{
    /* CW-0 fails only Art. 5.4 (6 of 10 areas), CW-1 is certified, CW-2 fails only Art. 5.3 (all areas certified):
     * "100%" of communes needs two: CW-2 by its own change, CW-0 through one more certified area */
    world w = cascade_world();
    for (int i = 15; i < 20; i++)
        w.area_state[i] = PASS;
    const uint32_t kinds = ANTQ_KIND_BIT(ANTQ_KIND_COMMUNE);
    verdict_of_plan v;
    run_plan(&w, NULL, "100%", ANTQ_METRIC_SHARE_CERTIFIED, kinds, &v);
    ck_assert_int_eq(v.outcome, ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(v.gap, 2);
    ck_assert_int_eq(v.status, ANTQ_STEPS_LISTED);
    ck_assert_uint_eq(v.n_changes, 2);
    ck_assert_uint_eq(v.n_steps, 3); /* + CW-0, which follows */
    ck_assert_str_eq(v.ids[0], "RA-6"); /* one household short: ranked before the commune police */
    ck_assert_str_eq(v.ids[1], "CW-2");
    static const char *const pool[] = {"CW-0", "CW-2", "RA-6", "RA-7", "RA-8", "RA-9"};
    assert_exact(&w, "100%", ANTQ_METRIC_SHARE_CERTIFIED, kinds, &v, pool, sizeof pool / sizeof pool[0]);
}
END_TEST

START_TEST(certification_target_of_areas_only_is_the_gap)
{
    world w = cascade_world();
    const uint32_t kinds = ANTQ_KIND_BIT(ANTQ_KIND_RESIDENTIAL_AREA);
    const char *wording = "trên 80%"; /* 14 of 20 areas; more than 16 needed: 17, gap 3 */
    verdict_of_plan v;
    run_plan(&w, NULL, wording, ANTQ_METRIC_SHARE_CERTIFIED, kinds, &v);
    ck_assert_int_eq(v.gap, 3);
    ck_assert_uint_eq(v.n_changes, 3);
    ck_assert_uint_eq(v.n_steps, 3); /* communes are not counted: none follows */
    ck_assert_str_eq(v.ids[0], "RA-6");
    ck_assert_str_eq(v.ids[1], "RA-7");
    ck_assert_str_eq(v.ids[2], "RA-18"); /* SHORT2 before SHORT3 before an undetermined area */
    static const char *const pool[] = {"RA-6", "RA-7", "RA-8", "RA-9", "RA-18", "RA-19"};
    assert_exact(&w, wording, ANTQ_METRIC_SHARE_CERTIFIED, kinds, &v, pool, sizeof pool / sizeof pool[0]);
}
END_TEST

START_TEST(count_target_and_undetermined_units)
{
    world w = cascade_world();
    const uint32_t kinds = ANTQ_KIND_BIT(ANTQ_KIND_RESIDENTIAL_AREA);
    /* all areas but one certified or undetermined: the undetermined one is listed with the evidence it lacks */
    for (int i = 0; i < 20; i++)
        w.area_state[i] = i == 9 ? UNDET : PASS;
    verdict_of_plan v;
    run_plan(&w, NULL, "100%", ANTQ_METRIC_SHARE_CERTIFIED, kinds, &v);
    ck_assert_int_eq(v.outcome, ANTQ_OUTCOME_UNKNOWN); /* it may pass once its events are reported */
    ck_assert_uint_eq(v.n_changes, 1);
    ck_assert_str_eq(v.ids[0], "RA-9");
    ck_assert_msg(strstr(v.first_need_en, "report \"events\""), "need: %s", v.first_need_en);
    static const char *const pool[] = {"RA-9"};
    assert_exact(&w, "100%", ANTQ_METRIC_SHARE_CERTIFIED, kinds, &v, pool, 1);
}
END_TEST

START_TEST(households_target_takes_the_largest_shortfalls)
{
    world w;
    memset(&w, 0, sizeof w);
    w.n_communes = 1;
    w.n_areas = 4;
    static const int shortfall[4] = {5, 1, 3, 2}; /* 389 of 400 households */
    for (int i = 0; i < 4; i++)
        w.households_short[i] = shortfall[i];
    const char *wording = "từ 99,5% trở lên"; /* 398 needed: 9 more households */
    verdict_of_plan v;
    run_plan(&w, NULL, wording, ANTQ_METRIC_HOUSEHOLDS_REGISTERED, 0, &v);
    ck_assert_int_eq(v.gap, 9);
    ck_assert_uint_eq(v.n_changes, 3); /* 5 + 3 + 2 ≥ 9, and no two areas lack 9 */
    ck_assert_str_eq(v.ids[0], "RA-0");
    ck_assert_str_eq(v.ids[1], "RA-2");
    ck_assert_str_eq(v.ids[2], "RA-3");
    ck_assert_msg(strstr(v.first_need_en, "5 more household(s) must register"), "need: %s", v.first_need_en);
    static const char *const pool[] = {"RA-0", "RA-1", "RA-2", "RA-3"};
    assert_exact(&w, wording, ANTQ_METRIC_HOUSEHOLDS_REGISTERED, 0, &v, pool, 4);
}
END_TEST

/* A households target of one area (its scope) reads that area's households alone, in memory and over a stream. */
START_TEST(households_target_of_one_area_reads_that_area)
{
    world w;
    memset(&w, 0, sizeof w);
    w.n_communes = 2;
    w.n_areas = 4;
    static const int shortfall[4] = {0, 7, 0, 2};
    for (int i = 0; i < 4; i++) {
        w.area_commune[i] = i / 2;
        w.households_short[i] = shortfall[i];
    }
    antq_dataset *ds = build(&w, NULL);
    static const char *const scopes[] = {"RA-1", "RA-2", "CW-1", NULL};
    static const int64_t registered[] = {93, 100, 198, 391}, resident[] = {100, 100, 200, 400};
    for (int k = 0; k < 4; k++) {
        antq_campaign *c = one_target("100%", ANTQ_METRIC_HOUSEHOLDS_REGISTERED, 0, scopes[k]);
        antq_evaluation *ev;
        ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, NULL), ANTQ_OK);
        antq_scorecard *s;
        ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, ev, 0, NULL), ANTQ_OK);
        const antq_target_result *r = antq_scorecard_target(s, 0);
        ck_assert_int_eq(r->value_num, registered[k]);
        ck_assert_int_eq(r->value_den, resident[k]);
        ck_assert_int_eq(r->outcome, registered[k] == resident[k] ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_FAIL);
        assert_tally_is_the_same(ds, c, 2024, s);
        antq_scorecard_free(s);
        antq_evaluation_free(ev);
        antq_campaign_free(c);
    }
    antq_dataset_free(ds);
}
END_TEST

/* "dưới 70%" of households, every one registered (400 of 400): the areas whose registered households would have
 * to stop counting, the largest first; every area's counts are kept for it, not only those short of households. */
START_TEST(fewer_households_target_lists_registered_areas)
{
    world w;
    memset(&w, 0, sizeof w);
    w.n_communes = 1;
    w.n_areas = 4;
    verdict_of_plan v;
    run_plan(&w, NULL, "dưới 70%", ANTQ_METRIC_HOUSEHOLDS_REGISTERED, 0, &v);
    ck_assert_int_eq(v.outcome, ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(v.gap, 121); /* 279 of 400 is below 70% */
    ck_assert_int_eq(v.status, ANTQ_STEPS_LISTED);
    ck_assert_uint_eq(v.n_changes, 2); /* two areas' 100 registered households each */
}
END_TEST

/* A record whose results the tally took and that then failed (its callback said ENOMEM), fed again: the tally
 * holds that unit whole until the next one comes, so taking its results again replaces them, and the scorecard
 * is the one of the units in memory. */
typedef struct fail_once {
    antq_pipeline *p;
    antq_plan_tally *t;
    const antq_campaign *c;
    const char *fail_id; /* the unit whose first result fails after the tally took it; NULL once failed */
} fail_once;

static int tally_then_fail(const antq_result *r, const antq_unit *u, const antq_evidence *e, const antq_rollup *rollup,
                           void *ud)
{
    fail_once *f = ud;
    if (!f->t)
        ck_assert_int_eq(antq_plan_tally_new(&f->t, f->c, 0, 2024, f->p, antq_pipeline_options(f->p), NULL), ANTQ_OK);
    ck_assert_int_eq(antq_plan_tally_add(f->t, r, u, e, rollup, NULL), ANTQ_OK);
    if (f->fail_id && strcmp(u->id, f->fail_id) == 0) {
        f->fail_id = NULL;
        return ANTQ_ENOMEM;
    }
    return 0;
}

START_TEST(a_record_fed_again_after_its_callback_failed_counts_once)
{
    static const char *const lines[] = {
        "{\"id\":\"CW-0\",\"kind\":\"commune\",\"name\":\"Xã Một\"}",
        "{\"id\":\"RA-0\",\"kind\":\"residential_area\",\"parent\":\"CW-0\",\"name\":\"Thôn 0\",\"evidence\":"
        "[{\"year\":2024,\"households_resident\":100,\"households_registered\":100}]}",
        "{\"id\":\"RA-1\",\"kind\":\"residential_area\",\"parent\":\"CW-0\",\"name\":\"Thôn 1\",\"evidence\":"
        "[{\"year\":2024,\"households_resident\":100,\"households_registered\":90}]}",
        "{\"id\":\"RA-2\",\"kind\":\"residential_area\",\"parent\":\"CW-0\",\"name\":\"Thôn 2\",\"evidence\":"
        "[{\"year\":2024,\"households_resident\":100,\"households_registered\":95}]}",
    };
    antq_campaign *c = one_target("100%", ANTQ_METRIC_HOUSEHOLDS_REGISTERED, 0, NULL);
    antq_dataset *ds;
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    for (size_t i = 0; i < 4; i++)
        ck_assert_int_eq(antq_dataset_add_json(ds, lines[i], strlen(lines[i]), 0, i, (int32_t)i + 1, NULL), ANTQ_OK);
    antq_evaluation *ev;
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, NULL), ANTQ_OK);
    antq_scorecard *s;
    ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, ev, 0, NULL), ANTQ_OK);
    ck_assert_int_eq(antq_scorecard_target(s, 0)->value_num, 285);
    for (int failing = 0; failing < 3; failing++) { /* none, the area held last, an area before it */
        static const char *const fail_ids[] = {NULL, "RA-2", "RA-1"};
        antq_pipeline_config cfg;
        antq_pipeline_config_init(&cfg);
        cfg.year_from = cfg.year_to = 2024;
        cfg.on_record = tally_then_fail;
        fail_once f = {NULL, NULL, c, fail_ids[failing]};
        ck_assert_int_eq(antq_pipeline_new(&f.p, &cfg, NULL, &f, NULL), ANTQ_OK);
        for (size_t i = 0; i < 4; i++) {
            int rc = antq_pipeline_feed_line(f.p, lines[i], strlen(lines[i]), (int32_t)i + 1, NULL);
            if (rc == ANTQ_ENOMEM) /* the same line again, as the pipeline allows */
                rc = antq_pipeline_feed_line(f.p, lines[i], strlen(lines[i]), (int32_t)i + 1, NULL);
            ck_assert_int_eq(rc, ANTQ_OK);
        }
        ck_assert_int_eq(antq_pipeline_finish(f.p, NULL), ANTQ_OK);
        antq_scorecard *ts;
        ck_assert_int_eq(antq_plan_tally_finish(&ts, f.t, 0, NULL), ANTQ_OK);
        char *a = NULL, *b = NULL;
        ck_assert_int_eq(antq_scorecard_write(&a, s, ANTQ_FORMAT_JSON, ANTQ_LANG_VI, NULL), ANTQ_OK);
        ck_assert_int_eq(antq_scorecard_write(&b, ts, ANTQ_FORMAT_JSON, ANTQ_LANG_VI, NULL), ANTQ_OK);
        ck_assert_str_eq(b, a);
        antq_free(a);
        antq_free(b);
        antq_scorecard_free(ts);
        antq_plan_tally_free(f.t);
        antq_pipeline_free(f.p);
    }
    antq_scorecard_free(s);
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    antq_campaign_free(c);
}
END_TEST

/* "không quá", "dưới", "không có": the units that would have to stop counting, as many as the gap */
static void down_target(const char *wording, int metric, size_t expected)
{
    world w;
    memset(&w, 0, sizeof w);
    w.n_communes = 1;
    w.n_areas = 6; /* all certified */
    const uint32_t kinds = ANTQ_KIND_BIT(ANTQ_KIND_RESIDENTIAL_AREA);
    verdict_of_plan v;
    run_plan(&w, NULL, wording, metric, kinds, &v);
    ck_assert_int_eq(v.outcome, ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(v.gap, (int64_t)expected);
    ck_assert_int_eq(v.status, ANTQ_STEPS_LISTED);
    ck_assert_uint_eq(v.n_changes, expected);
    ck_assert_str_eq(v.first_need_en, "must no longer count towards the target");
    static const char *const pool[] = {"RA-0", "RA-1", "RA-2", "RA-3", "RA-4", "RA-5"};
    changed_state = SHORT1;
    assert_exact(&w, wording, metric, kinds, &v, pool, 6);
    changed_state = PASS;
}

START_TEST(at_most_less_than_and_none_targets)
{
    down_target("tối đa 2 khu dân cư", ANTQ_METRIC_COUNT_CERTIFIED, 4); /* 6 certified, at most 2 */
    down_target("dưới 50%", ANTQ_METRIC_SHARE_CERTIFIED, 4);            /* 6 of 6, below 3 of 6 */
    down_target("không có", ANTQ_METRIC_COUNT_CERTIFIED, 6);
}
END_TEST

START_TEST(met_and_reported_targets_list_nothing)
{
    world w = cascade_world();
    verdict_of_plan v;
    run_plan(&w, NULL, "từ 50% trở lên", ANTQ_METRIC_SHARE_CERTIFIED, ANTQ_KIND_BIT(ANTQ_KIND_RESIDENTIAL_AREA), &v);
    ck_assert_int_eq(v.outcome, ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(v.status, ANTQ_STEPS_NONE);
    ck_assert_uint_eq(v.n_steps, 0);
}
END_TEST

/* ---- the sample: every missed target lists exactly its gap of units, and holding those festivals meets it */

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
    ck_assert(buf && fread(buf, 1, (size_t)n, f) == (size_t)n);
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* The outcome of target `t` once the units `ids` (n of them, skipping `skip`) hold a festival of `level`. */
static int sample_outcome_with_festivals(const antq_evaluation *ev, const char *cbuf, size_t clen, size_t t,
                                         const char (*ids)[32], size_t n, size_t skip, int level, int point)
{
    antq_campaign *c;
    antq_error err;
    ck_assert_int_eq(antq_campaign_load_json(&c, cbuf, clen, &err), ANTQ_OK);
    for (size_t i = 0; i < n; i++) {
        if (i == skip)
            continue;
        char fid[48];
        snprintf(fid, sizeof fid, "ADDED-%zu", i);
        antq_festival f;
        memset(&f, 0, sizeof f);
        f.id = fid;
        f.host_unit_id = ids[i];
        f.year = 2024;
        f.level = level;
        f.point_site = point ? ANTQ_YES : ANTQ_NO;
        f.window_start = 20240701;
        f.window_end = 20240819;
        f.held_on = 20240815;
        f.participants = ANTQ_COUNT_UNKNOWN;
        ck_assert_int_eq(antq_campaign_add_festival(c, &f, &err), ANTQ_OK);
    }
    antq_scorecard *s;
    ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, ev, 0, &err), ANTQ_OK);
    int outcome = antq_scorecard_target(s, t)->outcome;
    antq_scorecard_free(s);
    antq_campaign_free(c);
    return outcome;
}

START_TEST(sample_plan_names_the_fewest_units_for_each_missed_target)
{
    size_t dlen, clen;
    char *dbuf = slurp("sample-province.json", &dlen), *cbuf = slurp("campaign-2024.json", &clen);
    antq_dataset *ds;
    antq_campaign *c;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&ds, dbuf, dlen, 0, &err), ANTQ_OK);
    ck_assert_int_eq(antq_campaign_load_json(&c, cbuf, clen, &err), ANTQ_OK);
    antq_evaluation *ev;
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, &err), ANTQ_OK);
    antq_scorecard *s;
    ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, ev, 0, &err), ANTQ_OK);
    assert_tally_is_the_same(ds, c, 2024, s);
    size_t missed = 0;
    for (size_t t = 0; t < antq_scorecard_target_count(s); t++) {
        const antq_target_result *r = antq_scorecard_target(s, t);
        int status;
        const antq_target_step *steps;
        size_t n;
        ck_assert_int_eq(antq_scorecard_steps(&status, &steps, &n, s, t), ANTQ_OK);
        if (r->outcome != ANTQ_OUTCOME_FAIL)
            continue;
        missed++;
        /* festival metrics: each change adds exactly one unit, so the gap is the least number of changes */
        ck_assert_int_eq(status, ANTQ_STEPS_LISTED);
        ck_assert_int_eq((int64_t)n, r->gap);
        int metric = r->target->metric;
        ck_assert(metric == ANTQ_METRIC_FESTIVAL_HELD || metric == ANTQ_METRIC_COMMUNES_WITH_POINT_SITE);
        /* sufficient and minimal: hold the festivals (a point site in one area of each listed commune) */
        char (*hosts)[32] = calloc(n, sizeof *hosts);
        for (size_t i = 0; i < n; i++) {
            if (metric == ANTQ_METRIC_FESTIVAL_HELD) {
                snprintf(hosts[i], sizeof hosts[i], "%s", steps[i].unit_id);
                continue;
            }
            for (size_t u = 0; u < antq_dataset_unit_count(ds); u++) {
                const antq_unit *m = antq_dataset_unit(ds, u);
                if (m->kind == ANTQ_KIND_RESIDENTIAL_AREA && m->parent_id && strcmp(m->parent_id, steps[i].unit_id) == 0) {
                    snprintf(hosts[i], sizeof hosts[i], "%s", m->id);
                    break;
                }
            }
            ck_assert_msg(hosts[i][0], "commune %s has no residential area", steps[i].unit_id);
        }
        int level = metric == ANTQ_METRIC_FESTIVAL_HELD ? ANTQ_FESTIVAL_LEVEL_COMMUNE : r->target->festival_level;
        int point = metric != ANTQ_METRIC_FESTIVAL_HELD;
        ck_assert_int_eq(sample_outcome_with_festivals(ev, cbuf, clen, t, (const char(*)[32])hosts, n, n, level, point),
                         ANTQ_OUTCOME_PASS);
        for (size_t drop = 0; drop < n; drop++)
            ck_assert_int_ne(
                sample_outcome_with_festivals(ev, cbuf, clen, t, (const char(*)[32])hosts, n, drop, level, point),
                ANTQ_OUTCOME_PASS);
        free(hosts);
    }
    ck_assert_uint_eq(missed, 2); /* CT-5 and CT-8 */
    antq_scorecard_free(s);
    antq_evaluation_free(ev);
    antq_campaign_free(c);
    antq_dataset_free(ds);
    free(dbuf);
    free(cbuf);
}
END_TEST

int main(int argc, char **argv)
{
    data_dir = argc > 1 ? argv[1] : "data";
    Suite *s = suite_create("steps");
    TCase *tc = tcase_create("what it would take");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, certification_target_counts_the_commune_brought_along);
    tcase_add_test(tc, communes_only_target_lists_the_members_that_bring_a_commune_along);
    tcase_add_test(tc, certification_target_of_areas_only_is_the_gap);
    tcase_add_test(tc, count_target_and_undetermined_units);
    tcase_add_test(tc, households_target_takes_the_largest_shortfalls);
    tcase_add_test(tc, at_most_less_than_and_none_targets);
    tcase_add_test(tc, households_target_of_one_area_reads_that_area);
    tcase_add_test(tc, fewer_households_target_lists_registered_areas);
    tcase_add_test(tc, a_record_fed_again_after_its_callback_failed_counts_once);
    tcase_add_test(tc, met_and_reported_targets_list_nothing);
    tcase_add_test(tc, sample_plan_names_the_fewest_units_for_each_missed_target);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
