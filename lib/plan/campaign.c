/* Campaigns: plans and festivals, their validation and deep copies.
 * SPDX-License-Identifier: MIT */
#include "campaign.h"
#include "../pipeline/index.h"

#include <stdio.h>
#include <string.h>

int antq_campaign_new(antq_campaign **out)
{
    if (!out)
        return ANTQ_EINVAL;
    *out = antq__calloc(1, sizeof **out);
    if (!*out)
        return ANTQ_ENOMEM;
    antq__arena_init(&(*out)->arena);
    return ANTQ_OK;
}

void antq_campaign_free(antq_campaign *c)
{
    if (!c)
        return;
    antq__arena_free(&c->arena);
    antq__free(c->plans);
    antq__free(c->festivals);
    antq__free(c);
}

size_t antq_campaign_plan_count(const antq_campaign *c) { return c ? c->n_plans : 0; }
const antq_plan *antq_campaign_plan(const antq_campaign *c, size_t i) { return c && i < c->n_plans ? &c->plans[i] : NULL; }
size_t antq_campaign_festival_count(const antq_campaign *c) { return c ? c->n_festivals : 0; }
const antq_festival *antq_campaign_festival(const antq_campaign *c, size_t i)
{
    return c && i < c->n_festivals ? &c->festivals[i] : NULL;
}

static int text_ok(const char *s, const char *path, int required, antq_error *err)
{
    size_t bad;
    if (!s || !*s)
        return required ? antq__error_set(err, ANTQ_EMISSING, path, "expected a non-empty string, found nothing") : ANTQ_OK;
    if (!antq__utf8_valid(s, strlen(s), &bad))
        return antq__error_set(err, ANTQ_EUTF8, path, "expected UTF-8 text, found an invalid byte at offset %zu", bad);
    return ANTQ_OK;
}

static int date_ok(int32_t d, const char *path, antq_error *err)
{
    if (d != ANTQ_DATE_UNKNOWN && !antq_date_valid(d))
        return antq__error_set(err, ANTQ_ERANGE, path, "expected a real date YYYYMMDD, found %d", (int)d);
    return ANTQ_OK;
}

static int count_ok(int64_t v, const char *path, antq_error *err)
{
    if (v < ANTQ_COUNT_UNKNOWN)
        return antq__error_set(err, ANTQ_ERANGE, path, "expected a count >= 0 (or unknown), found %lld", (long long)v);
    return ANTQ_OK;
}

int antq__festival_validate(const antq_festival *f, antq_error *err)
{
    int rc;
    char path[96];
    if ((rc = text_ok(f->id, "/id", 1, err)) || (rc = text_ok(f->host_unit_id, "/host", 1, err)))
        return rc;
    if (f->year < ANTQ_FESTIVAL_FIRST_YEAR || f->year > 2998)
        return antq__error_set(err, ANTQ_ERANGE, "/year",
                               "expected a year from 2005 (the first festival, Decision 521/QĐ-TTg), found %d", (int)f->year);
    if (f->level <= ANTQ_FESTIVAL_LEVEL_UNKNOWN || f->level > ANTQ_FESTIVAL_LEVEL_EDUCATIONAL_INSTITUTION)
        return antq__error_set(err, ANTQ_ERANGE, "/level", "expected a festival level 1-6, found %d", (int)f->level);
    if (f->point_site < ANTQ_UNKNOWN || f->point_site > ANTQ_YES)
        return antq__error_set(err, ANTQ_ERANGE, "/point_site", "expected -1, 0 or 1, found %d", (int)f->point_site);
    if ((rc = date_ok(f->window_start, "/window_start", err)) || (rc = date_ok(f->window_end, "/window_end", err)) ||
        (rc = date_ok(f->held_on, "/held_on", err)) || (rc = count_ok(f->participants, "/participants", err)))
        return rc;
    int32_t lo = f->window_start ? f->window_start : antq_date_make(f->year, 1, 1);
    int32_t hi = f->window_end ? f->window_end : antq_date_make(f->year, 12, 31);
    if (antq_date_year(lo) != f->year || antq_date_year(hi) != f->year)
        return antq__error_set(err, ANTQ_ERANGE, antq_date_year(lo) != f->year ? "/window_start" : "/window_end",
                               "expected a date in the festival's year %d", (int)f->year);
    if (lo > hi)
        return antq__error_set(err, ANTQ_ERANGE, "/window_end", "expected the window to end on or after its start %d",
                               (int)lo);
    if (f->held_on && (f->held_on < lo || f->held_on > hi))
        return antq__error_set(err, ANTQ_ERANGE, "/held_on", "expected a date inside the festival window %d..%d, found %d",
                               (int)lo, (int)hi, (int)f->held_on);
    if ((f->n_activities && !f->activities) || (f->n_commendations && !f->commendations))
        return antq__error_set(err, ANTQ_EINVAL, f->n_activities && !f->activities ? "/activities" : "/commendations",
                               "expected an array, found NULL");
    for (size_t i = 0; i < f->n_activities; i++) {
        const antq_activity *a = &f->activities[i];
        snprintf(path, sizeof path, "/activities/%zu/kind", i);
        if (a->kind <= ANTQ_ACTIVITY_UNKNOWN || a->kind > ANTQ_ACTIVITY_OTHER)
            return antq__error_set(err, ANTQ_ERANGE, path, "expected an activity kind 1-9, found %d", (int)a->kind);
        snprintf(path, sizeof path, "/activities/%zu/part", i);
        if (a->part < ANTQ_PART_UNKNOWN || a->part > ANTQ_PART_FESTIVAL)
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a part 0-2, found %d", (int)a->part);
        snprintf(path, sizeof path, "/activities/%zu/date", i);
        if ((rc = date_ok(a->date, path, err)))
            return rc;
        if (a->date && (a->date < lo || a->date > hi))
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a date inside the festival window %d..%d, found %d",
                                   (int)lo, (int)hi, (int)a->date);
        snprintf(path, sizeof path, "/activities/%zu/participants", i);
        if ((rc = count_ok(a->participants, path, err)))
            return rc;
        snprintf(path, sizeof path, "/activities/%zu/gifts", i);
        if ((rc = count_ok(a->gifts, path, err)))
            return rc;
        snprintf(path, sizeof path, "/activities/%zu/gift_value_vnd", i);
        if ((rc = count_ok(a->gift_value_vnd, path, err)))
            return rc;
        snprintf(path, sizeof path, "/activities/%zu/description", i);
        if ((rc = text_ok(a->description, path, 0, err)))
            return rc;
    }
    for (size_t i = 0; i < f->n_commendations; i++) {
        snprintf(path, sizeof path, "/commendations/%zu/name", i);
        if ((rc = text_ok(f->commendations[i].name, path, 1, err)))
            return rc;
        snprintf(path, sizeof path, "/commendations/%zu/collective", i);
        if (f->commendations[i].collective < ANTQ_UNKNOWN || f->commendations[i].collective > ANTQ_YES)
            return antq__error_set(err, ANTQ_ERANGE, path, "expected -1, 0 or 1");
    }
    return ANTQ_OK;
}

int antq__plan_validate(const antq_plan *p, antq_error *err)
{
    int rc;
    char path[96];
    if ((rc = text_ok(p->id, "/id", 1, err)) || (rc = text_ok(p->number, "/number", 0, err)) ||
        (rc = text_ok(p->issuer, "/issuer", 0, err)) || (rc = text_ok(p->purpose, "/purpose", 0, err)) ||
        (rc = date_ok(p->issued_on, "/issued_on", err)))
        return rc;
    if (p->year < 1901 || p->year > 2998)
        return antq__error_set(err, ANTQ_ERANGE, "/year", "expected the plan's year 1901-2998, found %d", (int)p->year);
    if ((p->n_tasks && !p->tasks) || (p->n_targets && !p->targets))
        return antq__error_set(err, ANTQ_EINVAL, p->n_tasks && !p->tasks ? "/tasks" : "/targets", "expected an array, found NULL");
    for (size_t i = 0; i < p->n_tasks; i++) {
        const antq_task *t = &p->tasks[i];
        snprintf(path, sizeof path, "/tasks/%zu/id", i);
        if ((rc = text_ok(t->id, path, 1, err)))
            return rc;
        for (size_t k = 0; k < i; k++)
            if (strcmp(p->tasks[k].id, t->id) == 0)
                return antq__error_set(err, ANTQ_EDUPLICATE, path, "duplicate task id \"%.40s\"", t->id);
        snprintf(path, sizeof path, "/tasks/%zu/content", i);
        if ((rc = text_ok(t->content, path, 1, err)))
            return rc;
        snprintf(path, sizeof path, "/tasks/%zu/lead", i);
        if ((rc = text_ok(t->lead, path, 0, err)))
            return rc;
        snprintf(path, sizeof path, "/tasks/%zu/supporting", i);
        if ((rc = text_ok(t->supporting, path, 0, err)))
            return rc;
        snprintf(path, sizeof path, "/tasks/%zu/evidence", i);
        if ((rc = text_ok(t->evidence, path, 0, err)))
            return rc;
        snprintf(path, sizeof path, "/tasks/%zu/deadline", i);
        if ((rc = date_ok(t->deadline, path, err)))
            return rc;
        snprintf(path, sizeof path, "/tasks/%zu/completed_on", i);
        if ((rc = date_ok(t->completed_on, path, err)))
            return rc;
        snprintf(path, sizeof path, "/tasks/%zu/status", i);
        if (t->status < ANTQ_TASK_UNKNOWN || t->status > ANTQ_TASK_CANCELLED)
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a task status 0-4, found %d", (int)t->status);
        if (t->completed_on && t->status != ANTQ_TASK_DONE)
            return antq__error_set(err, ANTQ_EINVAL, path, "a completion date needs the status \"done\"");
        snprintf(path, sizeof path, "/tasks/%zu/template_task", i);
        if (t->template_task < 0 || t->template_task > ANTQ_FIVE_TASKS)
            return antq__error_set(err, ANTQ_ERANGE, path, "expected 0 or a template task 1-5, found %d", (int)t->template_task);
    }
    for (size_t i = 0; i < p->n_targets; i++) {
        const antq_target *t = &p->targets[i];
        snprintf(path, sizeof path, "/targets/%zu/id", i);
        if ((rc = text_ok(t->id, path, 1, err)))
            return rc;
        for (size_t k = 0; k < i; k++)
            if (strcmp(p->targets[k].id, t->id) == 0)
                return antq__error_set(err, ANTQ_EDUPLICATE, path, "duplicate target id \"%.40s\"", t->id);
        snprintf(path, sizeof path, "/targets/%zu/text", i);
        if ((rc = text_ok(t->text, path, 0, err)) || (rc = text_ok(t->scope_id, "/scope", 0, err)))
            return rc;
        snprintf(path, sizeof path, "/targets/%zu/metric", i);
        if (t->metric <= ANTQ_METRIC_UNKNOWN || t->metric > ANTQ_METRIC_REPORTED)
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a metric 1-10, found %d", (int)t->metric);
        snprintf(path, sizeof path, "/targets/%zu/op", i);
        if (t->op != ANTQ_OP_GE && t->op != ANTQ_OP_GT && t->op != ANTQ_OP_LE && t->op != ANTQ_OP_LT &&
            t->op != ANTQ_OP_EQ_ALL && t->op != ANTQ_OP_ZERO)
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a comparison ge, gt, le, lt, eq_all or zero, found %d",
                                   (int)t->op);
        snprintf(path, sizeof path, "/targets/%zu/threshold", i);
        if (t->threshold_den < 1 || t->threshold_num < 0 || (t->threshold_den == 100 && t->threshold_num > 100))
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a threshold num >= 0 over den >= 1 (at most 100%%), found %lld/%lld",
                                   (long long)t->threshold_num, (long long)t->threshold_den);
        snprintf(path, sizeof path, "/targets/%zu/kinds", i);
        if (t->kinds & ~(uint32_t)(ANTQ_KIND_BIT(1) | ANTQ_KIND_BIT(2) | ANTQ_KIND_BIT(3) | ANTQ_KIND_BIT(4) | ANTQ_KIND_BIT(5)))
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a mask of unit kinds");
        int needs_kinds = t->metric == ANTQ_METRIC_SHARE_CERTIFIED || t->metric == ANTQ_METRIC_SHARE_REGISTERED ||
                          t->metric == ANTQ_METRIC_COUNT_CERTIFIED || t->metric == ANTQ_METRIC_FESTIVAL_HELD;
        if (needs_kinds && !t->kinds)
            return antq__error_set(err, ANTQ_EMISSING, path, "expected the unit kinds the target counts, found none");
        snprintf(path, sizeof path, "/targets/%zu/festival_level", i);
        if (t->festival_level < 0 || t->festival_level > ANTQ_FESTIVAL_LEVEL_EDUCATIONAL_INSTITUTION)
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a festival level 0-6, found %d", (int)t->festival_level);
        if ((t->metric == ANTQ_METRIC_POINT_SITES || t->metric == ANTQ_METRIC_COMMUNES_WITH_POINT_SITE) && !t->festival_level)
            return antq__error_set(err, ANTQ_EMISSING, path, "expected the festival level of the point sites, found none");
        snprintf(path, sizeof path, "/targets/%zu/year", i);
        if (t->year && (t->year < 1901 || t->year > 2998))
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a year, found %d", (int)t->year);
        snprintf(path, sizeof path, "/targets/%zu/reported", i);
        if (t->reported_num < -1 || t->reported_den < -1 || t->reported_den == 0 ||
            (t->reported_num >= 0 && t->reported_den > 0 && t->reported_den > 1 && t->reported_num > t->reported_den))
            return antq__error_set(err, ANTQ_ERANGE, path, "expected a reported value num/den with 0 <= num <= den, found %lld/%lld",
                                   (long long)t->reported_num, (long long)t->reported_den);
    }
    return ANTQ_OK;
}



int antq_campaign_add_plan(antq_campaign *c, const antq_plan *plan, antq_error *err)
{
    if (!c || !plan)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a campaign and a plan, found NULL");
    int rc = antq__plan_validate(plan, err);
    if (rc)
        return rc;
    for (size_t i = 0; i < c->n_plans; i++)
        if (strcmp(c->plans[i].id, plan->id) == 0)
            return antq__error_set(err, ANTQ_EDUPLICATE, "/id", "duplicate plan id \"%.60s\"", plan->id);
    if (c->n_plans == c->cap_plans) {
        size_t cap = c->cap_plans ? c->cap_plans * 2 : 8;
        antq_plan *p = antq__realloc(c->plans, cap * sizeof *p);
        if (!p)
            return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
        c->plans = p;
        c->cap_plans = cap;
    }
    antq__arena_mark mark = antq__arena_save(&c->arena);
    int failed = 0;
    antq_plan p = *plan;
    p.id = antq__arena_copy_str(&c->arena, plan->id, &failed);
    p.number = antq__arena_copy_str(&c->arena, plan->number, &failed);
    p.issuer = antq__arena_copy_str(&c->arena, plan->issuer, &failed);
    p.purpose = antq__arena_copy_str(&c->arena, plan->purpose, &failed);
    antq_task *tasks = antq__arena_copy_mem(&c->arena, plan->tasks, plan->n_tasks * sizeof *tasks, &failed);
    for (size_t i = 0; i < plan->n_tasks && !failed; i++) {
        tasks[i].id = antq__arena_copy_str(&c->arena, plan->tasks[i].id, &failed);
        tasks[i].content = antq__arena_copy_str(&c->arena, plan->tasks[i].content, &failed);
        tasks[i].lead = antq__arena_copy_str(&c->arena, plan->tasks[i].lead, &failed);
        tasks[i].supporting = antq__arena_copy_str(&c->arena, plan->tasks[i].supporting, &failed);
        tasks[i].evidence = antq__arena_copy_str(&c->arena, plan->tasks[i].evidence, &failed);
    }
    p.tasks = tasks;
    antq_target *targets = antq__arena_copy_mem(&c->arena, plan->targets, plan->n_targets * sizeof *targets, &failed);
    for (size_t i = 0; i < plan->n_targets && !failed; i++) {
        targets[i].id = antq__arena_copy_str(&c->arena, plan->targets[i].id, &failed);
        targets[i].text = antq__arena_copy_str(&c->arena, plan->targets[i].text, &failed);
        targets[i].scope_id = antq__arena_copy_str(&c->arena, plan->targets[i].scope_id, &failed);
    }
    p.targets = targets;
    if (failed) {
        antq__arena_rollback(&c->arena, mark);
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    }
    c->plans[c->n_plans++] = p;
    return ANTQ_OK;
}

int antq_campaign_add_festival(antq_campaign *c, const antq_festival *f, antq_error *err)
{
    if (!c || !f)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a campaign and a festival, found NULL");
    int rc = antq__festival_validate(f, err);
    if (rc)
        return rc;
    for (size_t i = 0; i < c->n_festivals; i++)
        if (strcmp(c->festivals[i].id, f->id) == 0)
            return antq__error_set(err, ANTQ_EDUPLICATE, "/id", "duplicate festival id \"%.60s\"", f->id);
    if (c->n_festivals == c->cap_festivals) {
        size_t cap = c->cap_festivals ? c->cap_festivals * 2 : 16;
        antq_festival *p = antq__realloc(c->festivals, cap * sizeof *p);
        if (!p)
            return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
        c->festivals = p;
        c->cap_festivals = cap;
    }
    antq__arena_mark mark = antq__arena_save(&c->arena);
    int failed = 0;
    antq_festival x = *f;
    x.id = antq__arena_copy_str(&c->arena, f->id, &failed);
    x.host_unit_id = antq__arena_copy_str(&c->arena, f->host_unit_id, &failed);
    antq_activity *acts = antq__arena_copy_mem(&c->arena, f->activities, f->n_activities * sizeof *acts, &failed);
    for (size_t i = 0; i < f->n_activities && !failed; i++)
        acts[i].description = antq__arena_copy_str(&c->arena, f->activities[i].description, &failed);
    x.activities = acts;
    antq_commendation *com = antq__arena_copy_mem(&c->arena, f->commendations, f->n_commendations * sizeof *com, &failed);
    for (size_t i = 0; i < f->n_commendations && !failed; i++) {
        com[i].name = antq__arena_copy_str(&c->arena, f->commendations[i].name, &failed);
        com[i].form = antq__arena_copy_str(&c->arena, f->commendations[i].form, &failed);
    }
    x.commendations = com;
    if (failed) {
        antq__arena_rollback(&c->arena, mark);
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    }
    c->festivals[c->n_festivals++] = x;
    return ANTQ_OK;
}

/* Every festival host (but a province-level one) among the units. */
static int check_hosts(const antq_campaign *c, const antq__units *us, antq_error *err)
{
    for (size_t i = 0; i < c->n_festivals; i++) {
        const antq_festival *f = &c->festivals[i];
        if (f->level == ANTQ_FESTIVAL_LEVEL_PROVINCE)
            continue;
        if (antq__units_find(us, f->host_unit_id) == (size_t)-1) {
            char path[64];
            snprintf(path, sizeof path, "/festivals/%zu/host", i);
            return antq__error_set(err, ANTQ_ENOTFOUND, path, "expected the id of a unit in the dataset, found \"%.60s\"",
                                   f->host_unit_id);
        }
    }
    return ANTQ_OK;
}

int antq_campaign_check(const antq_campaign *c, const antq_dataset *ds, antq_error *err)
{
    if (!c || !ds)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a campaign and a dataset, found NULL");
    antq__units us;
    antq__units_of_dataset(&us, ds);
    return check_hosts(c, &us, err);
}

int antq_campaign_check_pipeline(const antq_campaign *c, const antq_pipeline *p, antq_error *err)
{
    if (!c || !p)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a campaign and a pipeline, found NULL");
    antq__units us;
    antq__units_of_index(&us, antq__pipeline_index(p));
    return check_hosts(c, &us, err);
}

const char *antq_metric_name(int m)
{
    static const char *const names[] = {"unknown", "share_certified", "share_registered", "households_registered",
                                        "count_certified", "festival_held", "point_sites", "communes_with_point_site",
                                        "key_complex_communes", "new_rural_security", "reported"};
    return m > 0 && m <= ANTQ_METRIC_REPORTED ? names[m] : "unknown";
}

const char *antq_festival_level_name(int l)
{
    static const char *const names[] = {"unknown", "province", "commune", "residential_area", "agency", "enterprise",
                                        "educational_institution"};
    return l > 0 && l <= ANTQ_FESTIVAL_LEVEL_EDUCATIONAL_INSTITUTION ? names[l] : "unknown";
}

const char *antq_task_state_name(int s)
{
    static const char *const names[] = {"unknown", "on_time", "done_late", "overdue", "open", "cancelled"};
    return s > 0 && s <= ANTQ_TASK_STATE_CANCELLED ? names[s] : "unknown";
}
