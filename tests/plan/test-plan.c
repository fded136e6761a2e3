/* Plans and festivals (rules.md §5, §7): every comparison word at its edge,
 * tasks late and open, missing data giving unknown, festival validation, and
 * the seed plan's scorecard on the bundled sample.
 * SPDX-License-Identifier: MIT */
#include <antq.h>
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *data_dir;

/* ---- §7.4: the Vietnamese comparison words */

static void parse_ok(const char *text, int op, int64_t num, int64_t den)
{
    int32_t o;
    int64_t n, d;
    ck_assert_msg(antq_target_parse_wording(&o, &n, &d, text) == ANTQ_OK, "could not read \"%s\"", text);
    ck_assert_msg(o == op && n == num && d == den, "\"%s\": op %d %lld/%lld, expected op %d %lld/%lld", text, (int)o,
                  (long long)n, (long long)d, op, (long long)num, (long long)den);
}

START_TEST(wordings_carry_their_legal_meaning)
{
    parse_ok("từ 80% trở lên", ANTQ_OP_GE, 80, 100);     /* IND-01 */
    parse_ok("ít nhất 70%", ANTQ_OP_GE, 70, 100);        /* IND-01 */
    parse_ok("trên 80% khu dân cư", ANTQ_OP_GT, 80, 100); /* IND-02 */
    parse_ok("hơn 85%", ANTQ_OP_GT, 85, 100);             /* IND-02 */
    parse_ok("dưới 5%", ANTQ_OP_LT, 5, 100);              /* IND-03 */
    parse_ok("không quá 3%", ANTQ_OP_LE, 3, 100);         /* IND-03 */
    parse_ok("tối đa 2 vụ", ANTQ_OP_LE, 2, 1);            /* IND-03 */
    parse_ok("100% hộ gia đình", ANTQ_OP_EQ_ALL, 100, 100); /* IND-04 */
    parse_ok("không còn xã trọng điểm", ANTQ_OP_ZERO, 0, 1); /* IND-04 */
    parse_ok("không có tụ điểm", ANTQ_OP_ZERO, 0, 1);
    parse_ok("không để xảy ra", ANTQ_OP_ZERO, 0, 1);
    parse_ok("từng xã đạt từ 90% trở lên", ANTQ_OP_GE, 90, 100); /* "từng" is not "từ" */
    parse_ok("trên 85,5%", ANTQ_OP_GT, 855, 1000);
    /* real plans begin with a capital letter: the meaning must not change */
    parse_ok("Trên 80% khu dân cư", ANTQ_OP_GT, 80, 100);
    parse_ok("TRÊN 80%", ANTQ_OP_GT, 80, 100);
    parse_ok("Dưới 5%", ANTQ_OP_LT, 5, 100);
    parse_ok("Không để xảy ra", ANTQ_OP_ZERO, 0, 1);
    parse_ok("Ít nhất 01 điểm", ANTQ_OP_GE, 1, 1);
    parse_ok("KHÔNG QUÁ 3%", ANTQ_OP_LE, 3, 100);
    int32_t o;
    int64_t n, d;
    ck_assert_int_eq(antq_target_parse_wording(&o, &n, &d, "đạt kết quả tốt"), ANTQ_EPARSE);
    ck_assert_int_eq(antq_target_parse_wording(&o, &n, &d, NULL), ANTQ_EINVAL);
}
END_TEST

/* A dataset of 10 residential areas of which `certified` are certified. */
static antq_dataset *areas_dataset(int certified, int undetermined)
{
    antq_dataset *ds;
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    antq_unit cw;
    antq_unit_init(&cw);
    cw.id = "CW-1";
    cw.kind = ANTQ_KIND_COMMUNE;
    cw.parent_id = "P-1";
    ck_assert_int_eq(antq_dataset_add(ds, &cw, NULL, NULL), ANTQ_OK);
    for (int i = 0; i < 10; i++) {
        char id[16];
        snprintf(id, sizeof id, "RA-%d", i);
        antq_unit u;
        antq_unit_init(&u);
        u.id = id;
        u.kind = ANTQ_KIND_RESIDENTIAL_AREA;
        u.parent_id = "CW-1";
        antq_evidence ev;
        antq_evidence_init(&ev);
        ev.year = 2024;
        ev.registered = ANTQ_YES;
        ev.registration_date = 20240210;
        ev.party_resolution_date = 20240115;
        ev.households_resident = 100;
        ev.households_registered = i < certified ? 100 : 99; /* one short fails Art. 4.1 */
        ev.implements_policy = ANTQ_YES;
        ev.events_recorded = i < certified + undetermined ? (i < certified ? ANTQ_YES : ANTQ_UNKNOWN) : ANTQ_YES;
        if (i >= certified && i < certified + undetermined)
            ev.households_registered = 100; /* undetermined only: events list incomplete */
        ev.disciplines_recorded = ANTQ_YES;
        ev.crimes = ev.crimes_prev = ev.social_evils = ev.social_evils_prev = 0;
        ev.other_violations = ev.other_violations_prev = 0;
        ev.supervision_effective = ANTQ_YES;
        ev.grassroots_rating = ANTQ_RATING_COMPLETED;
        ck_assert_int_eq(antq_dataset_add(ds, &u, &ev, NULL), ANTQ_OK);
    }
    return ds;
}

/* Outcome and gap of one target over `ds`. */
static int target_outcome(antq_dataset *ds, const char *wording, int metric, int64_t *gap)
{
    antq_target t;
    memset(&t, 0, sizeof t);
    t.id = "T";
    t.text = wording;
    t.metric = metric;
    t.kinds = ANTQ_KIND_BIT(ANTQ_KIND_RESIDENTIAL_AREA);
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
    antq_error err;
    ck_assert_int_eq(antq_campaign_add_plan(c, &p, &err), ANTQ_OK);
    antq_evaluation *ev;
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, &err), ANTQ_OK);
    antq_scorecard *s;
    ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, ev, 0, &err), ANTQ_OK);
    const antq_target_result *r = antq_scorecard_target(s, 0);
    int outcome = r->outcome;
    if (gap)
        *gap = r->gap;
    antq_scorecard_free(s);
    antq_evaluation_free(ev);
    antq_campaign_free(c);
    return outcome;
}

START_TEST(exactly_80_percent_fails_tren_and_meets_tu_tro_len)
{
    antq_dataset *ds = areas_dataset(8, 0); /* 8 of 10 = exactly 80% */
    int64_t gap;
    ck_assert_int_eq(target_outcome(ds, "trên 80%", ANTQ_METRIC_SHARE_CERTIFIED, &gap), ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(gap, 1);
    ck_assert_int_eq(target_outcome(ds, "từ 80% trở lên", ANTQ_METRIC_SHARE_CERTIFIED, &gap), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(gap, 0);
    ck_assert_int_eq(target_outcome(ds, "không quá 80%", ANTQ_METRIC_SHARE_CERTIFIED, NULL), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(target_outcome(ds, "dưới 80%", ANTQ_METRIC_SHARE_CERTIFIED, &gap), ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(gap, 1);
    ck_assert_int_eq(target_outcome(ds, "100%", ANTQ_METRIC_SHARE_CERTIFIED, &gap), ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(gap, 2);
    ck_assert_int_eq(target_outcome(ds, "100%", ANTQ_METRIC_SHARE_REGISTERED, NULL), ANTQ_OUTCOME_PASS);
    antq_dataset_free(ds);
    ds = areas_dataset(9, 0); /* 90% */
    ck_assert_int_eq(target_outcome(ds, "trên 80%", ANTQ_METRIC_SHARE_CERTIFIED, NULL), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(target_outcome(ds, "không quá 80%", ANTQ_METRIC_SHARE_CERTIFIED, &gap), ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(gap, 1);
    antq_dataset_free(ds);
    ds = areas_dataset(10, 0);
    ck_assert_int_eq(target_outcome(ds, "100%", ANTQ_METRIC_SHARE_CERTIFIED, NULL), ANTQ_OUTCOME_PASS);
    antq_dataset_free(ds);
}
END_TEST

START_TEST(undetermined_units_make_a_target_unknown_only_when_they_could_decide_it)
{
    antq_dataset *ds = areas_dataset(7, 2); /* 7 certified, 2 undetermined, 1 not certified */
    ck_assert_int_eq(target_outcome(ds, "từ 80% trở lên", ANTQ_METRIC_SHARE_CERTIFIED, NULL), ANTQ_OUTCOME_UNKNOWN);
    ck_assert_int_eq(target_outcome(ds, "từ 70% trở lên", ANTQ_METRIC_SHARE_CERTIFIED, NULL), ANTQ_OUTCOME_PASS);
    ck_assert_int_eq(target_outcome(ds, "trên 90%", ANTQ_METRIC_SHARE_CERTIFIED, NULL), ANTQ_OUTCOME_FAIL);
    antq_dataset_free(ds);
}
END_TEST

START_TEST(households_target_counts_households_not_areas)
{
    antq_dataset *ds = areas_dataset(9, 0); /* 999 of 1000 households */
    int64_t gap;
    ck_assert_int_eq(target_outcome(ds, "100%", ANTQ_METRIC_HOUSEHOLDS_REGISTERED, &gap), ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(gap, 1);
    ck_assert_int_eq(target_outcome(ds, "từ 99% trở lên", ANTQ_METRIC_HOUSEHOLDS_REGISTERED, NULL), ANTQ_OUTCOME_PASS);
    antq_dataset_free(ds);
}
END_TEST

START_TEST(a_reported_value_that_is_missing_gives_unknown)
{
    antq_dataset *ds = areas_dataset(10, 0);
    ck_assert_int_eq(target_outcome(ds, "không còn xã trọng điểm", ANTQ_METRIC_KEY_COMPLEX_COMMUNES, NULL),
                     ANTQ_OUTCOME_UNKNOWN);
    antq_dataset_free(ds);
}
END_TEST

/* ---- tasks: on time, late, overdue, open */

START_TEST(tasks_on_time_late_overdue_and_open)
{
    antq_task tasks[5];
    memset(tasks, 0, sizeof tasks);
    const char *ids[] = {"A", "B", "C", "D", "E"};
    for (int i = 0; i < 5; i++) {
        tasks[i].id = ids[i];
        tasks[i].content = "việc";
        tasks[i].deadline = 20240819;
    }
    tasks[0].status = ANTQ_TASK_DONE, tasks[0].completed_on = 20240819;       /* on the deadline: on time */
    tasks[1].status = ANTQ_TASK_DONE, tasks[1].completed_on = 20240820;       /* one day late */
    tasks[2].status = ANTQ_TASK_IN_PROGRESS;                                   /* overdue on the judging date */
    tasks[3].status = ANTQ_TASK_NOT_STARTED, tasks[3].deadline = 20241231;    /* open */
    tasks[4].status = ANTQ_TASK_CANCELLED;
    antq_plan p;
    memset(&p, 0, sizeof p);
    p.id = "P";
    p.year = 2024;
    p.tasks = tasks;
    p.n_tasks = 5;
    antq_campaign *c;
    antq_campaign_new(&c);
    antq_error err;
    ck_assert_int_eq(antq_campaign_add_plan(c, &p, &err), ANTQ_OK);
    antq_dataset *ds;
    antq_dataset_new(&ds);
    antq_evaluation *ev;
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, &err), ANTQ_OK);
    antq_scorecard *s;
    /* the scorecard reads the units from the evaluation's dataset: it needs one */
    ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, NULL, 20240901, &err), ANTQ_EINVAL);
    ck_assert_ptr_null(s);
    ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, ev, 20240901, &err), ANTQ_OK);
    ck_assert_int_eq(antq_scorecard_task(s, 0)->state, ANTQ_TASK_STATE_ON_TIME);
    ck_assert_int_eq(antq_scorecard_task(s, 1)->state, ANTQ_TASK_STATE_DONE_LATE);
    ck_assert_int_eq(antq_scorecard_task(s, 1)->days_late, 1);
    ck_assert_int_eq(antq_scorecard_task(s, 2)->state, ANTQ_TASK_STATE_OVERDUE);
    ck_assert_int_eq(antq_scorecard_task(s, 2)->days_late, 13);
    ck_assert_int_eq(antq_scorecard_task(s, 3)->state, ANTQ_TASK_STATE_OPEN);
    ck_assert_int_eq(antq_scorecard_task(s, 4)->state, ANTQ_TASK_STATE_CANCELLED);
    antq_scorecard_free(s);
    /* judged before task A was completed (19/8), A is still open on 1/8 */
    ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, ev, 20240801, &err), ANTQ_OK);
    ck_assert_int_eq(antq_scorecard_task(s, 0)->state, ANTQ_TASK_STATE_OPEN);
    antq_scorecard_free(s);
    /* judged on the deadline itself, the unfinished task is still open */
    ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, ev, 20240819, &err), ANTQ_OK);
    ck_assert_int_eq(antq_scorecard_task(s, 2)->state, ANTQ_TASK_STATE_OPEN);
    antq_scorecard_free(s);
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    antq_campaign_free(c);
}
END_TEST

/* ---- festivals */

START_TEST(festival_ordinal_counts_from_2005)
{
    ck_assert_int_eq(antq_festival_ordinal(2005), 1);
    ck_assert_int_eq(antq_festival_ordinal(2024), 20);
    ck_assert_int_eq(antq_festival_ordinal(2025), 21);
    ck_assert_int_eq(antq_festival_ordinal(2004), 0);
}
END_TEST

START_TEST(festival_validation_names_the_field)
{
    antq_activity act = {ANTQ_ACTIVITY_SPORT, ANTQ_PART_FESTIVAL, 20240825, 0, 50, -1, -1, NULL};
    antq_festival f;
    memset(&f, 0, sizeof f);
    f.id = "F";
    f.host_unit_id = "CW-1";
    f.year = 2024;
    f.level = ANTQ_FESTIVAL_LEVEL_COMMUNE;
    f.point_site = ANTQ_UNKNOWN;
    f.window_start = 20240701;
    f.window_end = 20240819;
    f.participants = -1;
    f.activities = &act;
    f.n_activities = 1;
    antq_campaign *c;
    antq_campaign_new(&c);
    antq_error err;
    ck_assert_int_eq(antq_campaign_add_festival(c, &f, &err), ANTQ_ERANGE); /* activity after the window */
    ck_assert_str_eq(err.path, "/activities/0/date");
    act.date = 20240819; /* the last day is inside */
    act.participants = -7;
    ck_assert_int_eq(antq_campaign_add_festival(c, &f, &err), ANTQ_ERANGE);
    ck_assert_str_eq(err.path, "/activities/0/participants");
    act.participants = 50;
    f.held_on = 20240630;
    ck_assert_int_eq(antq_campaign_add_festival(c, &f, &err), ANTQ_ERANGE);
    ck_assert_str_eq(err.path, "/held_on");
    f.held_on = 20240819;
    f.year = 2004;
    ck_assert_int_eq(antq_campaign_add_festival(c, &f, &err), ANTQ_ERANGE);
    ck_assert_str_eq(err.path, "/year");
    f.year = 2024;
    ck_assert_uint_eq(antq_campaign_festival_count(c), 0); /* failed adds changed nothing */
    ck_assert_int_eq(antq_campaign_add_festival(c, &f, &err), ANTQ_OK);
    ck_assert_int_eq(antq_campaign_add_festival(c, &f, &err), ANTQ_EDUPLICATE);
    /* unknown host */
    antq_dataset *ds;
    antq_dataset_new(&ds);
    ck_assert_int_eq(antq_campaign_check(c, ds, &err), ANTQ_ENOTFOUND);
    ck_assert_str_eq(err.path, "/festivals/0/host");
    antq_dataset_free(ds);
    antq_campaign_free(c);
}
END_TEST

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
    ck_assert_uint_eq(fread(buf, 1, (size_t)n, f), (size_t)n);
    fclose(f);
    buf[n] = '\0';
    *len = (size_t)n;
    return buf;
}

START_TEST(campaign_json_errors_have_path_line_and_column)
{
    struct {
        const char *doc, *path;
        int code, line, col;
    } cases[] = {
        {"{\"format\":\"antq-campaign\",\"plans\":[{\"id\":\"P\",\"year\":2024,\n\"targets\":[{\"id\":\"T\",\"metric\":\"share_certified\","
         "\"kinds\":[\"commune\"],\"comparison\":\"khoảng tám mươi\"}]}]}",
         "/plans/0/targets/0/comparison", ANTQ_EPARSE, 2, 82},
        {"{\"format\":\"antq-campaign\",\"festivals\":[{\"id\":\"F\",\"host\":\"X\",\"year\":2024,\"level\":\"village\"}]}",
         "/festivals/0/level", ANTQ_ERANGE, 1, 81},
        {"{\"format\":\"antq-campaign\",\"plans\":[{\"id\":\"P\",\"year\":2024,\"tasks\":[{\"id\":\"A\",\"content\":\"x\"},"
         "{\"id\":\"A\",\"content\":\"y\"}]}]}",
         "/plans/0/tasks/1/id", ANTQ_EDUPLICATE, 1, 98},
        {"{\"format\":\"antq-campaign\",\"plans\":[]}x", "", ANTQ_EPARSE, 1, 38},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *doc = cases[i].doc;
        antq_campaign *c = (antq_campaign *)0x1;
        antq_error err;
        int rc = antq_campaign_load_json(&c, doc, strlen(doc), &err);
        ck_assert_msg(rc == cases[i].code, "case %zu: %s (%s)", i, antq_status_name(rc), err.message);
        ck_assert_ptr_null(c);
        ck_assert_msg(strcmp(err.path, cases[i].path) == 0, "case %zu: path %s", i, err.path);
        ck_assert_msg(err.line == cases[i].line && err.column == cases[i].col, "case %zu: at %d:%d", i, (int)err.line,
                      (int)err.column);
    }
}
END_TEST

START_TEST(the_seed_plan_scorecard_on_the_sample_province)
{
    size_t dlen, clen;
    char *dbuf = slurp("sample-province.json", &dlen), *cbuf = slurp("campaign-2024.json", &clen);
    antq_dataset *ds;
    antq_campaign *c;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&ds, dbuf, dlen, 0, &err), ANTQ_OK);
    ck_assert_int_eq(antq_campaign_load_json(&c, cbuf, clen, &err), ANTQ_OK);
    ck_assert_int_eq(antq_campaign_check(c, ds, &err), ANTQ_OK);
    const antq_plan *p = antq_campaign_plan(c, 0);
    ck_assert_str_eq(p->number, "331/KH-BCĐ");
    /* the five-task template, extended by a sixth task */
    ck_assert_uint_eq(p->n_tasks, 6);
    for (int t = 1; t <= 5; t++)
        ck_assert_int_eq(p->tasks[t - 1].template_task, t);
    antq_evaluation *ev;
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, &err), ANTQ_OK);
    antq_scorecard *s;
    ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, ev, 0, &err), ANTQ_OK);
    /* CT-1: "trên 80%" of residential areas and communes: strict comparison */
    const antq_target_result *r = antq_scorecard_target(s, 0);
    ck_assert_int_eq(r->op, ANTQ_OP_GT);
    ck_assert_int_eq(r->outcome, r->value_num * 100 > 80 * r->value_den ? ANTQ_OUTCOME_PASS : ANTQ_OUTCOME_FAIL);
    /* CT-3: no key complex commune, reported as 0 */
    ck_assert_int_eq(antq_scorecard_target(s, 2)->outcome, ANTQ_OUTCOME_PASS);
    /* CT-5: 35 of 37 communes held the festival; missed by 2 */
    r = antq_scorecard_target(s, 4);
    ck_assert_int_eq(r->outcome, ANTQ_OUTCOME_FAIL);
    ck_assert_int_eq(r->gap, 2);
    /* tasks: T3 overdue, T4 done late */
    ck_assert_int_eq(antq_scorecard_task(s, 2)->state, ANTQ_TASK_STATE_OVERDUE);
    ck_assert_int_eq(antq_scorecard_task(s, 3)->state, ANTQ_TASK_STATE_DONE_LATE);
    char *text, *json;
    ck_assert_int_eq(antq_scorecard_write(&text, s, ANTQ_FORMAT_TEXT, ANTQ_LANG_VI, NULL), ANTQ_OK);
    ck_assert_ptr_nonnull(strstr(text, "331/KH-BCĐ"));
    ck_assert_ptr_nonnull(strstr(text, "QUÁ HẠN"));
    ck_assert_int_eq(antq_scorecard_write(&json, s, ANTQ_FORMAT_JSON, ANTQ_LANG_EN, NULL), ANTQ_OK);
    ck_assert_ptr_nonnull(strstr(json, "\"targets_missed\":"));
    antq_free(text);
    antq_free(json);
    /* round trip of the campaign document */
    char *w1, *w2;
    antq_campaign *c2;
    ck_assert_int_eq(antq_campaign_write_json(&w1, c, NULL), ANTQ_OK);
    ck_assert_int_eq(antq_campaign_load_json(&c2, w1, strlen(w1), &err), ANTQ_OK);
    ck_assert_int_eq(antq_campaign_write_json(&w2, c2, NULL), ANTQ_OK);
    ck_assert_str_eq(w1, w2);
    antq_festival_coverage cov;
    /* a record not started by antq_festival_coverage_init() has no size the library knows */
    memset(&cov, 0, sizeof cov);
    ck_assert_int_eq(antq_festival_coverage_compute(&cov, c, ds, 2024, &err), ANTQ_EVERSION);
    ck_assert_str_eq(err.path, "/size");
    antq_festival_coverage_init(&cov);
    ck_assert_int_eq(antq_festival_coverage_compute(&cov, c, ds, 2024, &err), ANTQ_OK);
    ck_assert_uint_eq(cov.size, sizeof cov);
    ck_assert_int_eq(cov.ordinal, 20);
    ck_assert_int_eq(cov.communes_held, 35);
    ck_assert_int_eq(cov.point_sites[ANTQ_FESTIVAL_LEVEL_PROVINCE], 1);
    antq_free(w1);
    antq_free(w2);
    antq_campaign_free(c2);
    antq_scorecard_free(s);
    antq_evaluation_free(ev);
    antq_campaign_free(c);
    antq_dataset_free(ds);
    free(dbuf);
    free(cbuf);
}
END_TEST

/* Point sites of the festival (Decision 2/2025 plans, "communes with a point site"): a commune counts when it
 * holds a commune-level point site itself or one of its direct members holds a point site of the target's
 * level; the coverage counts communes with a residential-area point site. Commune XA: its area A1 is a
 * residential-area point site; XB: its agency G1 is an agency-level point site; XC: a commune-level point site;
 * XD: its area D1 held a festival that is not a point site. */
START_TEST(communes_with_a_point_site_count_their_members_festivals)
{
    static const char ds_doc[] =
        "{\"format\":\"antq-dataset\",\"version\":1,\"units\":["
        "{\"id\":\"XA\",\"kind\":\"commune\"},{\"id\":\"XB\",\"kind\":\"commune\"},"
        "{\"id\":\"XC\",\"kind\":\"commune\"},{\"id\":\"XD\",\"kind\":\"commune\"},"
        "{\"id\":\"A1\",\"kind\":\"residential_area\",\"parent\":\"XA\"},"
        "{\"id\":\"G1\",\"kind\":\"agency\",\"parent\":\"XB\",\"managing_level\":\"commune\"},"
        "{\"id\":\"D1\",\"kind\":\"residential_area\",\"parent\":\"XD\"}]}";
#define FEST(id, host, level, point)                                                                                \
    "{\"id\":\"" id "\",\"host\":\"" host "\",\"year\":2024,\"level\":\"" level "\",\"point_site\":" point "}"
#define TARGET(id, level)                                                                                           \
    "{\"id\":\"" id "\",\"metric\":\"communes_with_point_site\",\"festival_level\":\"" level "\","                  \
    "\"comparison\":\"100%\"}"
    static const char c_doc[] =
        "{\"format\":\"antq-campaign\",\"version\":1,\"plans\":[{\"id\":\"P\",\"year\":2024,\"targets\":["
        TARGET("T-RA", "residential_area") "," TARGET("T-AG", "agency") "," TARGET("T-CW", "commune") "]}],"
        "\"festivals\":[" FEST("F1", "A1", "residential_area", "true") "," FEST("F2", "G1", "agency", "true") ","
        FEST("F3", "XC", "commune", "true") "," FEST("F4", "D1", "residential_area", "false") "]}";
#undef FEST
#undef TARGET
    antq_error err;
    antq_dataset *ds;
    antq_campaign *c;
    ck_assert_msg(antq_dataset_load_json(&ds, ds_doc, sizeof ds_doc - 1, 0, &err) == ANTQ_OK, "%s", err.message);
    ck_assert_msg(antq_campaign_load_json(&c, c_doc, sizeof c_doc - 1, &err) == ANTQ_OK, "%s %s", err.path,
                  err.message);
    antq_evaluation *ev;
    ck_assert_int_eq(antq_dataset_evaluate(&ev, ds, 2024, NULL, &err), ANTQ_OK);
    antq_scorecard *s;
    ck_assert_int_eq(antq_plan_evaluate(&s, c, 0, ev, 0, &err), ANTQ_OK);
    const antq_target_result *ra = antq_scorecard_target(s, 0), *ag = antq_scorecard_target(s, 1),
                             *cw = antq_scorecard_target(s, 2);
    ck_assert_int_eq(ra->value_num, 1); /* XA only: D1's festival is not a point site */
    ck_assert_int_eq(ra->value_den, 4);
    ck_assert_int_eq(ag->value_num, 1); /* XB through its agency */
    ck_assert_int_eq(cw->value_num, 1); /* XC itself */
    ck_assert_int_eq(ra->outcome, ANTQ_OUTCOME_FAIL);
    antq_festival_coverage cov;
    antq_festival_coverage_init(&cov);
    ck_assert_int_eq(antq_festival_coverage_compute(&cov, c, ds, 2024, &err), ANTQ_OK);
    ck_assert_int_eq(cov.communes, 4);
    ck_assert_int_eq(cov.communes_held, 1);                 /* XC */
    ck_assert_int_eq(cov.communes_with_area_point_site, 1); /* XA: an agency point site does not count */
    ck_assert_int_eq(cov.areas_held, 2);                    /* A1 and D1 */
    antq_scorecard_free(s);
    antq_evaluation_free(ev);
    antq_campaign_free(c);
    antq_dataset_free(ds);
}
END_TEST

/* The festival coverage of a stream reads the pipeline's index of the units (ids, parents, kinds): the same
 * figures as over a dataset of the same units, with no unit kept; a host the pipeline has not taken is
 * refused as antq_campaign_check() refuses it. */
START_TEST(a_pipeline_gives_the_coverage_of_the_units_it_took)
{
    static const char ds_doc[] =
        "{\"format\":\"antq-dataset\",\"version\":1,\"units\":["
        "{\"id\":\"XA\",\"kind\":\"commune\"},{\"id\":\"XB\",\"kind\":\"commune\"},"
        "{\"id\":\"A1\",\"kind\":\"residential_area\",\"parent\":\"XA\"},"
        "{\"id\":\"G1\",\"kind\":\"agency\",\"parent\":\"XB\",\"managing_level\":\"commune\"}]}";
    static const char c_doc[] =
        "{\"format\":\"antq-campaign\",\"version\":1,\"plans\":[],\"festivals\":["
        "{\"id\":\"F1\",\"host\":\"A1\",\"year\":2024,\"level\":\"residential_area\",\"point_site\":true},"
        "{\"id\":\"F2\",\"host\":\"XB\",\"year\":2024,\"level\":\"commune\",\"point_site\":false}]}";
    antq_error err;
    antq_dataset *ds, *part;
    antq_campaign *c;
    ck_assert_msg(antq_dataset_load_json(&ds, ds_doc, sizeof ds_doc - 1, 0, &err) == ANTQ_OK, "%s", err.message);
    ck_assert_msg(antq_campaign_load_json(&c, c_doc, sizeof c_doc - 1, &err) == ANTQ_OK, "%s", err.message);
    antq_festival_coverage want, got;
    antq_festival_coverage_init(&want);
    antq_festival_coverage_init(&got);
    ck_assert_int_eq(antq_festival_coverage_compute(&want, c, ds, 2024, &err), ANTQ_OK);
    antq_pipeline_config cfg;
    antq_pipeline_config_init(&cfg);
    cfg.check_only = 1;
    antq_pipeline *p;
    ck_assert_int_eq(antq_pipeline_new(&p, &cfg, NULL, NULL, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_run_dataset(p, ds, &err), ANTQ_OK);
    ck_assert_ptr_null(antq_pipeline_units(p)); /* nothing kept */
    ck_assert_int_eq(antq_campaign_check_pipeline(c, p, &err), ANTQ_OK);
    ck_assert_int_eq(antq_festival_coverage_compute_pipeline(&got, c, p, 2024, &err), ANTQ_OK);
    ck_assert_int_eq(got.communes_held, 1); /* XB */
    ck_assert_int_eq(got.areas_held, 1);    /* A1 */
    ck_assert_int_eq(got.communes_with_area_point_site, 1); /* XA */
    ck_assert_int_eq(got.organisations, 1);
    ck_assert_mem_eq(&got, &want, sizeof got);
    ck_assert_int_eq(antq_festival_coverage_compute_pipeline(&got, NULL, p, 2024, &err), ANTQ_EINVAL);
    antq_pipeline_free(p);
    /* the communes only: A1, the host of F1, was not taken */
    antq_dataset_new(&part);
    for (size_t i = 0; i < 2; i++)
        ck_assert_int_eq(antq_dataset_add(part, antq_dataset_unit(ds, i), NULL, NULL), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_new(&p, &cfg, NULL, NULL, &err), ANTQ_OK);
    ck_assert_int_eq(antq_pipeline_run_dataset(p, part, &err), ANTQ_OK);
    ck_assert_int_eq(antq_campaign_check_pipeline(c, p, &err), ANTQ_ENOTFOUND);
    ck_assert_str_eq(err.path, "/festivals/0/host");
    ck_assert_int_eq(antq_campaign_check_pipeline(c, NULL, &err), ANTQ_EINVAL);
    antq_pipeline_free(p);
    antq_dataset_free(part);
    antq_campaign_free(c);
    antq_dataset_free(ds);
}
END_TEST

int main(int argc, char **argv)
{
    data_dir = argc > 1 ? argv[1] : "data";
    Suite *s = suite_create("plan");
    TCase *tc = tcase_create("plan");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, wordings_carry_their_legal_meaning);
    tcase_add_test(tc, exactly_80_percent_fails_tren_and_meets_tu_tro_len);
    tcase_add_test(tc, undetermined_units_make_a_target_unknown_only_when_they_could_decide_it);
    tcase_add_test(tc, households_target_counts_households_not_areas);
    tcase_add_test(tc, a_reported_value_that_is_missing_gives_unknown);
    tcase_add_test(tc, tasks_on_time_late_overdue_and_open);
    tcase_add_test(tc, festival_ordinal_counts_from_2005);
    tcase_add_test(tc, festival_validation_names_the_field);
    tcase_add_test(tc, campaign_json_errors_have_path_line_and_column);
    tcase_add_test(tc, the_seed_plan_scorecard_on_the_sample_province);
    tcase_add_test(tc, communes_with_a_point_site_count_their_members_festivals);
    tcase_add_test(tc, a_pipeline_gives_the_coverage_of_the_units_it_took);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
