/* Campaign documents (plans and festivals) in JSON: loading through the shared
 * loader (same error style as datasets) and writing back.
 * SPDX-License-Identifier: MIT */
#include "io.h"
#include "../plan/campaign.h"

#include <stdio.h>
#include <string.h>

static const char *const levels[] = {NULL, "province", "commune", "residential_area", "agency", "enterprise",
                                     "educational_institution"};
static const char *const parts[] = {NULL, "ceremony", "festival"};
static const char *const activities[] = {NULL, "meeting", "traditional_talk", "movement_review", "commendation",
                                         "cultural_exchange", "sport", "law_contest", "gift_visit", "other"};
static const char *const statuses[] = {NULL, "not_started", "in_progress", "done", "cancelled"};
static const char *const templates[] = {NULL, "T1", "T2", "T3", "T4", "T5"};
static const char *const metrics[] = {NULL, "share_certified", "share_registered", "households_registered",
                                      "count_certified", "festival_held", "point_sites", "communes_with_point_site",
                                      "key_complex_communes", "new_rural_security", "reported"};
static const char *const ops[] = {NULL, "ge", "gt", "le", "lt", "eq_all", "zero"};

#define F(T, m, type, req) {#m, type, req, (uint16_t)offsetof(T, m), NULL, 0}
#define FN(T, json, m, type, req) {json, type, req, (uint16_t)offsetof(T, m), NULL, 0}
#define FE(T, m, type, req, table) {#m, type, req, (uint16_t)offsetof(T, m), table, (uint8_t)ANTQ__ARRAY_LEN(table)}

static const antq__field activity_fields[] = {
    FE(antq_activity, kind, ANTQ__FT_ENUM, 1, activities), FE(antq_activity, part, ANTQ__FT_ENUM, 0, parts),
    F(antq_activity, date, ANTQ__FT_DATE, 0),           F(antq_activity, participants, ANTQ__FT_COUNT, 0),
    F(antq_activity, gifts, ANTQ__FT_COUNT, 0),          F(antq_activity, gift_value_vnd, ANTQ__FT_COUNT, 0),
    F(antq_activity, description, ANTQ__FT_STRING, 0),
};
static const antq__field commendation_fields[] = {
    F(antq_commendation, name, ANTQ__FT_STRING, 1), F(antq_commendation, collective, ANTQ__FT_TRI, 0),
    F(antq_commendation, form, ANTQ__FT_STRING, 0),
};
static const antq__field festival_fields[] = {
    F(antq_festival, id, ANTQ__FT_STRING, 1),          FN(antq_festival, "host", host_unit_id, ANTQ__FT_STRING, 1),
    F(antq_festival, year, ANTQ__FT_YEAR, 1),          FE(antq_festival, level, ANTQ__FT_ENUM, 1, levels),
    F(antq_festival, point_site, ANTQ__FT_TRI, 0),     F(antq_festival, window_start, ANTQ__FT_DATE, 0),
    F(antq_festival, window_end, ANTQ__FT_DATE, 0),    F(antq_festival, held_on, ANTQ__FT_DATE, 0),
    F(antq_festival, participants, ANTQ__FT_COUNT, 0),
};
static const antq__field task_fields[] = {
    F(antq_task, id, ANTQ__FT_STRING, 1),          F(antq_task, content, ANTQ__FT_STRING, 0),
    F(antq_task, lead, ANTQ__FT_STRING, 0),        F(antq_task, supporting, ANTQ__FT_STRING, 0),
    F(antq_task, deadline, ANTQ__FT_DATE, 0),      FE(antq_task, status, ANTQ__FT_ENUM, 0, statuses),
    F(antq_task, completed_on, ANTQ__FT_DATE, 0),  FE(antq_task, template_task, ANTQ__FT_ENUM, 0, templates),
    F(antq_task, evidence, ANTQ__FT_STRING, 0),
};
static const antq__field target_fields[] = {
    F(antq_target, id, ANTQ__FT_STRING, 1),          F(antq_target, text, ANTQ__FT_STRING, 0),
    FE(antq_target, metric, ANTQ__FT_ENUM, 1, metrics), FE(antq_target, op, ANTQ__FT_ENUM, 0, ops),
    FE(antq_target, festival_level, ANTQ__FT_ENUM, 0, levels), FN(antq_target, "scope", scope_id, ANTQ__FT_STRING, 0),
};
static const antq__field plan_fields[] = {
    F(antq_plan, id, ANTQ__FT_STRING, 1),     F(antq_plan, number, ANTQ__FT_STRING, 0),
    F(antq_plan, issued_on, ANTQ__FT_DATE, 0), F(antq_plan, year, ANTQ__FT_YEAR, 1),
    F(antq_plan, issuer, ANTQ__FT_STRING, 0), F(antq_plan, purpose, ANTQ__FT_STRING, 0),
};

static void init_activity(void *p) { antq_activity_init(p); }
static void init_commendation(void *p) { antq_commendation_init(p); }
static void init_task(void *p) { antq_task_init(p); }

/* ---- festivals */

static int festival_special(antq__loader *L, const cJSON *c, void *ctx, int *rc)
{
    antq_festival *f = ctx;
    void *items = NULL;
    if (strcmp(c->string, "activities") == 0) {
        *rc = antq__load_array(L, c, activity_fields, ANTQ__ARRAY_LEN(activity_fields), sizeof(antq_activity),
                               init_activity, &items, &f->n_activities, NULL);
        f->activities = items;
        return 1;
    }
    if (strcmp(c->string, "commendations") == 0) {
        *rc = antq__load_array(L, c, commendation_fields, ANTQ__ARRAY_LEN(commendation_fields),
                               sizeof(antq_commendation), init_commendation, &items, &f->n_commendations, NULL);
        f->commendations = items;
        return 1;
    }
    return 0;
}

/* Report a validation error found by antq__*_validate (path relative to the record). */
static int relay(antq__loader *L, const antq_error *v)
{
    size_t old = antq__load_push_key(L, v->path[0] == '/' ? v->path + 1 : v->path);
    int rc = antq__load_report(L, v->code, NULL, "%s", v->message);
    antq__load_pop(L, old);
    return rc;
}

static int load_festival(antq__loader *L, antq_campaign *c, const cJSON *obj)
{
    antq_festival f;
    antq_festival_init(&f);
    int rc = antq__load_object(L, festival_fields, ANTQ__ARRAY_LEN(festival_fields), &f, obj, NULL, festival_special, &f);
    if (rc)
        return rc;
    antq_error v;
    rc = antq_campaign_add_festival(c, &f, &v);
    return rc ? relay(L, &v) : ANTQ_OK;
}

/* ---- plans */

typedef struct plan_ctx {
    antq_plan *plan;
    int use_template;
    antq_task *tasks;
    size_t n_tasks;
    const cJSON *targets;
} plan_ctx;

static int pair_of(antq__loader *L, const cJSON *j, int64_t *num, int64_t *den, int allow_null)
{
    if (allow_null && cJSON_IsNull(j)) {
        *num = *den = -1;
        return ANTQ_OK;
    }
    if (!cJSON_IsArray(j) || cJSON_GetArraySize(j) != 2 || !cJSON_IsNumber(j->child) || !cJSON_IsNumber(j->child->next))
        return antq__load_report(L, ANTQ_ETYPE, NULL, "expected [numerator, denominator], found %s", antq__json_type_of(j));
    double a = j->child->valuedouble, b = j->child->next->valuedouble;
    /* range first: converting a double outside int64_t's range (1e300, NaN) is undefined */
    if (!(a >= 0 && a <= 1e15 && b >= 1 && b <= 1e15) || a != (double)(int64_t)a || b != (double)(int64_t)b)
        return antq__load_report(L, ANTQ_ERANGE, NULL, "expected whole numbers numerator >= 0 and denominator >= 1");
    *num = (int64_t)a;
    *den = (int64_t)b;
    return ANTQ_OK;
}

static int target_special(antq__loader *L, const cJSON *c, void *ctx, int *rc)
{
    antq_target *t = ctx;
    const char *k = c->string;
    if (strcmp(k, "threshold") == 0) {
        *rc = pair_of(L, c, &t->threshold_num, &t->threshold_den, 0);
        return 1;
    }
    if (strcmp(k, "reported") == 0) {
        *rc = pair_of(L, c, &t->reported_num, &t->reported_den, 1);
        return 1;
    }
    if (strcmp(k, "year") == 0) {
        antq__field f = {"year", ANTQ__FT_YEAR, 0, (uint16_t)offsetof(antq_target, year), NULL, 0};
        *rc = antq__load_field(L, &f, t, c);
        return 1;
    }
    if (strcmp(k, "comparison") == 0) {
        if (!cJSON_IsString(c)) {
            *rc = antq__load_report(L, ANTQ_ETYPE, NULL, "expected a Vietnamese comparison such as \"trên 80%%\", found %s",
                                    antq__json_type_of(c));
            return 1;
        }
        int32_t op;
        int64_t num, den;
        if (antq_target_parse_wording(&op, &num, &den, c->valuestring) != ANTQ_OK) {
            *rc = antq__load_report(L, ANTQ_EPARSE, NULL,
                                    "expected a comparison (từ X%% trở lên, trên X%%, dưới X%%, không quá X%%, 100%%, "
                                    "không có), found \"%.60s\"", c->valuestring);
            return 1;
        }
        if (num > 1000000000000000LL || den > 1000000000000000LL) { /* the limits of "threshold" */
            *rc = antq__load_report(L, ANTQ_ERANGE, NULL, "expected a threshold of at most 10^15, found \"%.60s\"",
                                    c->valuestring);
            return 1;
        }
        t->op = op;
        t->threshold_num = num;
        t->threshold_den = den;
        *rc = ANTQ_OK;
        return 1;
    }
    if (strcmp(k, "kinds") == 0) {
        *rc = ANTQ_OK;
        if (!cJSON_IsArray(c)) {
            *rc = antq__load_report(L, ANTQ_ETYPE, NULL, "expected an array of unit kinds, found %s", antq__json_type_of(c));
            return 1;
        }
        size_t i = 0;
        for (const cJSON *x = c->child; x && !*rc; x = x->next, i++) {
            int kind = cJSON_IsString(x) ? antq_unit_kind_from_name(x->valuestring) : 0;
            if (!kind) {
                size_t old = antq__load_push_index(L, i);
                *rc = antq__load_report(L, ANTQ_ERANGE, NULL,
                                        "expected residential_area, commune, agency, enterprise or educational_institution");
                antq__load_pop(L, old);
            }
            t->kinds |= ANTQ_KIND_BIT(kind);
        }
        return 1;
    }
    return 0;
}

static int plan_special(antq__loader *L, const cJSON *c, void *vctx, int *rc)
{
    plan_ctx *x = vctx;
    const char *k = c->string;
    void *items = NULL;
    if (strcmp(k, "use_template") == 0) {
        if (!cJSON_IsBool(c))
            *rc = antq__load_report(L, ANTQ_ETYPE, NULL, "expected true or false, found %s", antq__json_type_of(c));
        else
            *rc = ANTQ_OK, x->use_template = cJSON_IsTrue(c);
        return 1;
    }
    if (strcmp(k, "tasks") == 0) {
        *rc = antq__load_array(L, c, task_fields, ANTQ__ARRAY_LEN(task_fields), sizeof(antq_task), init_task, &items,
                               &x->n_tasks, NULL);
        x->tasks = items;
        return 1;
    }
    if (strcmp(k, "targets") == 0) {
        x->targets = c;
        *rc = ANTQ_OK;
        return 1;
    }
    return 0;
}

static int load_targets(antq__loader *L, const cJSON *arr, antq_plan *p)
{
    if (!cJSON_IsArray(arr))
        return antq__load_report(L, ANTQ_ETYPE, NULL, "expected an array of targets, found %s", antq__json_type_of(arr));
    size_t n = (size_t)cJSON_GetArraySize(arr), i = 0;
    antq_target *ts = n ? antq__arena_alloc(L->arena, n * sizeof *ts) : NULL;
    if (n && !ts)
        return antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
    int first = ANTQ_OK;
    for (const cJSON *c = arr->child; c && !L->stop; c = c->next, i++) {
        size_t old = antq__load_push_index(L, i);
        antq_target *t = &ts[i];
        antq_target_init(t);
        int rc = antq__load_object(L, target_fields, ANTQ__ARRAY_LEN(target_fields), t, c, NULL, target_special, t);
        if (rc == ANTQ_OK && t->op == ANTQ_OP_NONE)
            rc = antq__load_report(L, ANTQ_EMISSING, NULL, "expected \"comparison\" (the Vietnamese wording) or \"op\", found neither");
        antq__load_pop(L, old);
        if (rc && !first)
            first = rc;
    }
    p->targets = ts;
    p->n_targets = n;
    return first;
}

static int load_plan(antq__loader *L, antq_campaign *c, const cJSON *obj)
{
    antq_plan p;
    antq_plan_init(&p);
    plan_ctx x = {&p, 0, NULL, 0, NULL};
    int rc = antq__load_object(L, plan_fields, ANTQ__ARRAY_LEN(plan_fields), &p, obj, NULL, plan_special, &x);
    if (rc == ANTQ_OK && x.targets) {
        size_t old = antq__load_push_key(L, "targets");
        rc = load_targets(L, x.targets, &p);
        antq__load_pop(L, old);
    }
    if (rc)
        return rc;
    /* tasks: the five-task template extended (use_template) or replaced by the plan's own */
    size_t n = x.n_tasks + (x.use_template ? ANTQ_FIVE_TASKS : 0);
    antq_task *tasks = n ? antq__arena_alloc(L->arena, n * sizeof *tasks) : NULL;
    if (n && !tasks)
        return antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
    size_t k = 0;
    if (x.use_template)
        for (int t = 1; t <= ANTQ_FIVE_TASKS; t++) {
            const antq_task *own = NULL;
            for (size_t i = 0; i < x.n_tasks; i++)
                if (x.tasks[i].template_task == t)
                    own = &x.tasks[i];
            tasks[k] = own ? *own : *antq_five_task_template(t);
            if (own && !own->content)
                tasks[k].content = antq_five_task_template(t)->content;
            k++;
        }
    for (size_t i = 0; i < x.n_tasks; i++) {
        if (x.use_template && x.tasks[i].template_task)
            continue;
        tasks[k] = x.tasks[i];
        if (!tasks[k].content && tasks[k].template_task)
            tasks[k].content = antq_five_task_template(tasks[k].template_task)->content;
        k++;
    }
    p.tasks = tasks;
    p.n_tasks = k;
    antq_error v;
    rc = antq_campaign_add_plan(c, &p, &v);
    return rc ? relay(L, &v) : ANTQ_OK;
}

int antq_campaign_load_json(antq_campaign **out, const char *buf, size_t len, antq_error *err)
{
    if (!out || (!buf && len))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer and a buffer, found NULL");
    *out = NULL;
    antq_campaign *c;
    int rc = antq_campaign_new(&c);
    if (rc)
        return antq__error_set(err, rc, "", "out of memory");
    antq__arena scratch;
    antq__arena_init(&scratch);
    antq__json_arena tree;
    antq__json_arena_init(&tree);
    antq__loader L;
    memset(&L, 0, sizeof L);
    L.arena = &scratch;
    L.json = &tree;
    L.doc = buf;
    L.doc_len = len;
    L.err = err;
    L.elem = buf;
    L.elem_len = len;
    const char *parse_end = NULL;
    cJSON *doc = NULL;
    if ((rc = antq__load_check_text(&L, buf, len)) != ANTQ_OK) {
        /* rc reported */
    } else if (!(doc = antq__load_parse(&L, buf, len, &parse_end, &rc))) {
        /* rc reported */
    } else if (!cJSON_IsObject(doc)) {
        rc = antq__load_report(&L, ANTQ_EPARSE, buf, "expected an object {\"format\": \"antq-campaign\", ...}");
    } else {
        const char *tail = antq__json_skip_ws(parse_end, buf + len);
        if (tail < buf + len)
            rc = antq__load_report(&L, ANTQ_EPARSE, tail, "expected the end of the input after the top-level object");
    }
    for (const cJSON *k = doc && !rc ? doc->child : NULL; k && !L.stop && !rc; k = k->next) {
        size_t old = antq__load_push_key(&L, k->string);
        if (strcmp(k->string, "format") == 0) {
            if (!cJSON_IsString(k) || strcmp(k->valuestring, "antq-campaign") != 0)
                rc = antq__load_report(&L, ANTQ_EVERSION, NULL, "expected \"antq-campaign\"");
        } else if (strcmp(k->string, "version") == 0) {
            if (!cJSON_IsNumber(k) || k->valuedouble != 1)
                rc = antq__load_report(&L, ANTQ_EVERSION, NULL, "expected format version 1");
        } else if (strcmp(k->string, "plans") == 0 || strcmp(k->string, "festivals") == 0) {
            int plans = k->string[0] == 'p';
            if (!cJSON_IsArray(k)) {
                rc = antq__load_report(&L, ANTQ_ETYPE, NULL, "expected an array, found %s", antq__json_type_of(k));
            } else {
                size_t i = 0;
                for (const cJSON *x = k->child; x && !rc; x = x->next, i++) {
                    size_t o2 = antq__load_push_index(&L, i);
                    rc = plans ? load_plan(&L, c, x) : load_festival(&L, c, x);
                    antq__load_pop(&L, o2);
                }
            }
        } else {
            rc = antq__load_report(&L, ANTQ_EUNKNOWNFIELD, NULL, "unknown top-level field \"%.60s\"", k->string);
        }
        antq__load_pop(&L, old);
    }
    antq__json_arena_free(&tree);
    antq__arena_free(&scratch);
    if (rc) {
        antq_campaign_free(c);
        return rc;
    }
    *out = c;
    return ANTQ_OK;
}

/* ---- writing */

static void put_opt_string(antq__buf *b, const char *key, const char *v)
{
    if (!v)
        return;
    antq__buf_printf(b, ",\"%s\":", key);
    antq__buf_json_string(b, v);
}

static void put_opt_date(antq__buf *b, const char *key, int32_t d)
{
    char t[16];
    if (antq_date_format(t, sizeof t, d) == ANTQ_OK)
        antq__buf_printf(b, ",\"%s\":\"%s\"", key, t);
}

static void put_opt_count(antq__buf *b, const char *key, int64_t v)
{
    if (v >= 0)
        antq__buf_printf(b, ",\"%s\":%lld", key, (long long)v);
}

int antq_campaign_write_json(char **out, const antq_campaign *c, antq_error *err)
{
    if (out)
        *out = NULL;
    if (!c || !out)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a campaign and an output pointer, found NULL");
    antq__buf b;
    antq__buf_init(&b);
    antq__buf_puts(&b, "{\"format\":\"antq-campaign\",\"version\":1,\"plans\":[");
    for (size_t i = 0; i < c->n_plans; i++) {
        const antq_plan *p = &c->plans[i];
        antq__buf_puts(&b, i ? ",\n{\"id\":" : "\n{\"id\":");
        antq__buf_json_string(&b, p->id);
        antq__buf_printf(&b, ",\"year\":%d", (int)p->year);
        put_opt_string(&b, "number", p->number);
        put_opt_date(&b, "issued_on", p->issued_on);
        put_opt_string(&b, "issuer", p->issuer);
        put_opt_string(&b, "purpose", p->purpose);
        antq__buf_puts(&b, ",\"tasks\":[");
        for (size_t k = 0; k < p->n_tasks; k++) {
            const antq_task *t = &p->tasks[k];
            antq__buf_puts(&b, k ? ",{\"id\":" : "{\"id\":");
            antq__buf_json_string(&b, t->id);
            put_opt_string(&b, "content", t->content);
            put_opt_string(&b, "lead", t->lead);
            put_opt_string(&b, "supporting", t->supporting);
            put_opt_date(&b, "deadline", t->deadline);
            if (t->status)
                antq__buf_printf(&b, ",\"status\":\"%s\"", statuses[t->status]);
            put_opt_date(&b, "completed_on", t->completed_on);
            if (t->template_task)
                antq__buf_printf(&b, ",\"template_task\":\"%s\"", templates[t->template_task]);
            put_opt_string(&b, "evidence", t->evidence);
            antq__buf_puts(&b, "}");
        }
        antq__buf_puts(&b, "],\"targets\":[");
        for (size_t k = 0; k < p->n_targets; k++) {
            const antq_target *t = &p->targets[k];
            antq__buf_puts(&b, k ? ",{\"id\":" : "{\"id\":");
            antq__buf_json_string(&b, t->id);
            put_opt_string(&b, "text", t->text);
            antq__buf_printf(&b, ",\"metric\":\"%s\",\"op\":\"%s\",\"threshold\":[%lld,%lld]", metrics[t->metric], ops[t->op],
                             (long long)t->threshold_num, (long long)t->threshold_den);
            if (t->kinds) {
                antq__buf_puts(&b, ",\"kinds\":[");
                int nk = 0;
                for (int kind = 1; kind < ANTQ_KIND_COUNT; kind++)
                    if (t->kinds & ANTQ_KIND_BIT(kind))
                        antq__buf_printf(&b, "%s\"%s\"", nk++ ? "," : "", antq_unit_kind_name(kind));
                antq__buf_puts(&b, "]");
            }
            if (t->festival_level)
                antq__buf_printf(&b, ",\"festival_level\":\"%s\"", levels[t->festival_level]);
            put_opt_string(&b, "scope", t->scope_id);
            if (t->year)
                antq__buf_printf(&b, ",\"year\":%d", (int)t->year);
            if (t->reported_num >= 0 && t->reported_den >= 0)
                antq__buf_printf(&b, ",\"reported\":[%lld,%lld]", (long long)t->reported_num, (long long)t->reported_den);
            antq__buf_puts(&b, "}");
        }
        antq__buf_puts(&b, "]}");
    }
    antq__buf_puts(&b, "],\"festivals\":[");
    for (size_t i = 0; i < c->n_festivals; i++) {
        const antq_festival *f = &c->festivals[i];
        antq__buf_puts(&b, i ? ",\n{\"id\":" : "\n{\"id\":");
        antq__buf_json_string(&b, f->id);
        antq__buf_puts(&b, ",\"host\":");
        antq__buf_json_string(&b, f->host_unit_id);
        antq__buf_printf(&b, ",\"year\":%d,\"level\":\"%s\"", (int)f->year, levels[f->level]);
        if (f->point_site >= 0)
            antq__buf_printf(&b, ",\"point_site\":%s", f->point_site ? "true" : "false");
        put_opt_date(&b, "window_start", f->window_start);
        put_opt_date(&b, "window_end", f->window_end);
        put_opt_date(&b, "held_on", f->held_on);
        put_opt_count(&b, "participants", f->participants);
        antq__buf_puts(&b, ",\"activities\":[");
        for (size_t k = 0; k < f->n_activities; k++) {
            const antq_activity *a = &f->activities[k];
            antq__buf_printf(&b, "%s{\"kind\":\"%s\"", k ? "," : "", activities[a->kind]);
            if (a->part)
                antq__buf_printf(&b, ",\"part\":\"%s\"", parts[a->part]);
            put_opt_date(&b, "date", a->date);
            put_opt_count(&b, "participants", a->participants);
            put_opt_count(&b, "gifts", a->gifts);
            put_opt_count(&b, "gift_value_vnd", a->gift_value_vnd);
            put_opt_string(&b, "description", a->description);
            antq__buf_puts(&b, "}");
        }
        antq__buf_puts(&b, "],\"commendations\":[");
        for (size_t k = 0; k < f->n_commendations; k++) {
            const antq_commendation *m = &f->commendations[k];
            antq__buf_puts(&b, k ? ",{\"name\":" : "{\"name\":");
            antq__buf_json_string(&b, m->name);
            if (m->collective >= 0)
                antq__buf_printf(&b, ",\"collective\":%s", m->collective ? "true" : "false");
            put_opt_string(&b, "form", m->form);
            antq__buf_puts(&b, "}");
        }
        antq__buf_puts(&b, "]}");
    }
    antq__buf_puts(&b, "]}\n");
    return antq__buf_finish_err(&b, out, err);
}
