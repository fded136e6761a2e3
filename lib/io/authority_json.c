/* The JSON form of the authority table and of delegations (options
 * "authority" and "delegations", doc/format.md): loading with positions in
 * errors, checking as antq_evaluate() does, and writing back.
 * SPDX-License-Identifier: MIT */
#include "io.h"

#include <stdio.h>
#include <string.h>

int antq__parse_mmdd(const char *v, int *mmdd)
{
    int shaped = v && strlen(v) == 5 && v[2] == '-' && v[0] >= '0' && v[0] <= '9' && v[1] >= '0' && v[1] <= '9' &&
                 v[3] >= '0' && v[3] <= '9' && v[4] >= '0' && v[4] <= '9';
    if (!shaped)
        return 0;
    int mm = (v[0] - '0') * 10 + (v[1] - '0'), dd = (v[3] - '0') * 10 + (v[4] - '0');
    if (antq_date_make(2001, mm, dd) == ANTQ_DATE_UNKNOWN)
        return 0;
    *mmdd = mm * 100 + dd;
    return 1;
}

/* "kinds" (the loader's path is at the key): an array of unit-kind names into a mask. */
static int load_kinds(antq__loader *L, const cJSON *c, uint32_t *mask)
{
    int rc = ANTQ_OK;
    if (!cJSON_IsArray(c)) {
        rc = antq__load_report(L, ANTQ_ETYPE, NULL, "expected an array of unit kinds, found %s", antq__json_type_of(c));
    } else {
        *mask = 0;
        size_t j = 0;
        for (const cJSON *k = c->child; k && rc == ANTQ_OK; k = k->next, j++) {
            int v = cJSON_IsString(k) ? antq_unit_kind_from_name(k->valuestring) : 0;
            if (!v) {
                size_t o = antq__load_push_index(L, j);
                rc = cJSON_IsString(k) ? antq__load_report(L, ANTQ_ERANGE, NULL, "expected a unit kind name, found \"%.40s\"",
                                                           k->valuestring)
                                       : antq__load_report(L, ANTQ_ETYPE, NULL, "expected a unit kind name, found %s",
                                                           antq__json_type_of(k));
                antq__load_pop(L, o);
            }
            *mask |= ANTQ_KIND_BIT(v);
        }
    }
    return rc;
}

/* Report an error of a check function (path relative to `prefix_len` bytes of
 * L's path, e.g. "/authority/3/to" → ".../3/to"). */
static int report_check(antq__loader *L, int rc, const antq_error *e, size_t skip)
{
    size_t old = L->plen;
    const char *rel = strlen(e->path) > skip ? e->path + skip + 1 : NULL;
    if (rel)
        antq__load_push_key(L, rel);
    antq__load_report(L, rc, NULL, "%s", e->message);
    antq__load_pop(L, old);
    return rc;
}

/* ---- delegations */

typedef struct delegation_ctx {
    uint32_t kinds;
    int kinds_seen;
} delegation_ctx;

static int delegation_special(antq__loader *L, const cJSON *c, void *vctx, int *rc)
{
    delegation_ctx *x = vctx;
    if (strcmp(c->string, "kinds") != 0)
        return 0;
    x->kinds_seen = 1;
    *rc = load_kinds(L, c, &x->kinds);
    return 1;
}

int antq__load_delegations(antq__loader *L, const cJSON *arr, antq__arena *a, antq_delegation **out, size_t *n)
{
    if (!cJSON_IsArray(arr))
        return antq__load_report(L, ANTQ_ETYPE, NULL, "expected an array of delegations, found %s", antq__json_type_of(arr));
    size_t len = (size_t)cJSON_GetArraySize(arr), i = 0;
    if (len > ANTQ__MAX_DELEGATIONS)
        return antq__load_report(L, ANTQ_ERANGE, NULL, "expected at most %d delegations, found %zu",
                                 ANTQ__MAX_DELEGATIONS, len);
    antq_delegation *ds = len ? antq__arena_alloc(a, len * sizeof *ds) : NULL;
    if (len && !ds)
        return antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
    int rc = ANTQ_OK;
    for (const cJSON *c = arr->child; c && rc == ANTQ_OK; c = c->next, i++) {
        size_t old = antq__load_push_index(L, i);
        antq_delegation_init(&ds[i]);
        delegation_ctx x = {0, 0};
        rc = antq__load_object(L, antq__delegation_fields, antq__delegation_field_count, &ds[i], c, NULL,
                               delegation_special, &x);
        if (rc == ANTQ_OK && !x.kinds_seen)
            rc = antq__load_report(L, ANTQ_EMISSING, NULL, "expected the required field \"kinds\", found none");
        ds[i].kinds = x.kinds;
        if (rc == ANTQ_OK) { /* Art. 10.5, on the delegation's own date */
            antq_error e;
            int vrc = antq_delegation_validate(NULL, &ds[i], 0, &e);
            if (vrc)
                rc = report_check(L, vrc, &e, 0);
        }
        antq__load_pop(L, old);
    }
    if (rc == ANTQ_OK) {
        *out = ds;
        *n = len;
    }
    return rc;
}

void antq__write_delegations(antq__buf *b, const antq_delegation *d, size_t n)
{
    antq__buf_puts(b, "[");
    for (size_t i = 0; i < n; i++) {
        antq__buf_printf(b, "%s{\"from\":\"%s\",\"to\":\"%s\",\"kinds\":[", i ? "," : "",
                         antq__level_names[d[i].from_level], antq__level_names[d[i].to_level]);
        int nk = 0;
        for (int k = 1; k < ANTQ_KIND_COUNT; k++)
            if (d[i].kinds & ANTQ_KIND_BIT(k))
                antq__buf_printf(b, "%s\"%s\"", nk++ ? "," : "", antq_unit_kind_name(k));
        antq__buf_puts(b, "]");
        if (d[i].decision) {
            antq__buf_puts(b, ",\"decision\":");
            antq__buf_json_string(b, d[i].decision);
        }
        if (d[i].decision_date) {
            char day[11];
            antq_date_format(day, sizeof day, d[i].decision_date);
            antq__buf_printf(b, ",\"decision_date\":\"%s\"", day);
        }
        if (d[i].unit_id) {
            antq__buf_puts(b, ",\"unit\":");
            antq__buf_json_string(b, d[i].unit_id);
        }
        antq__buf_puts(b, "}");
    }
    antq__buf_puts(b, "]");
}

/* ---- the authority table */

/* {"instrument": "...", "article": N, "clause": N, "points": "..."} */
static int load_citation(antq__loader *L, const cJSON *c, antq_citation *cit)
{
    static const antq__field strings[] = {
        {"instrument", ANTQ__FT_STRING, 1, (uint16_t)offsetof(antq_citation, instrument), NULL, 0},
        {"points", ANTQ__FT_STRING, 0, (uint16_t)offsetof(antq_citation, points), NULL, 0},
    };
    if (!cJSON_IsObject(c))
        return antq__load_report(L, ANTQ_ETYPE, NULL, "expected a citation object, found %s", antq__json_type_of(c));
    int rc = ANTQ_OK, seen_article = 0;
    for (const cJSON *x = c->child; x && rc == ANTQ_OK; x = x->next) {
        size_t old = antq__load_push_key(L, x->string);
        int number = strcmp(x->string, "article") == 0 ? 1 : strcmp(x->string, "clause") == 0 ? 2 : 0;
        if (number) {
            double v = cJSON_IsNumber(x) ? x->valuedouble : -1;
            if (v < 0 || v > 999 || v != (double)(int)v)
                rc = antq__load_report(L, ANTQ_ERANGE, NULL, "expected a whole number 0-999, found %s", antq__json_type_of(x));
            else if (number == 1)
                cit->article = (int32_t)v, seen_article = 1;
            else
                cit->clause = (int32_t)v;
        } else if (strcmp(x->string, "instrument") == 0 || strcmp(x->string, "points") == 0) {
            rc = antq__load_field(L, &strings[x->string[0] == 'p'], cit, x);
        } else {
            rc = antq__load_report(L, ANTQ_EUNKNOWNFIELD, NULL, "unknown field \"%.60s\"", x->string);
        }
        antq__load_pop(L, old);
    }
    if (rc == ANTQ_OK && (!cit->instrument || !seen_article))
        rc = antq__load_report(L, ANTQ_EMISSING, NULL, "expected the required field \"%s\", found none",
                               cit->instrument ? "article" : "instrument");
    return rc;
}

/* The keys of a row outside the field table (the loader's path is at the key). */
static int authority_special(antq__loader *L, const cJSON *c, void *vctx, int *rc)
{
    antq_authority_rule *r = vctx;
    const char *k = c->string;
    *rc = ANTQ_OK;
    if (strcmp(k, "to") == 0) { /* a date, or null: open */
        if (cJSON_IsNull(c)) {
            r->valid_to = ANTQ_DATE_OPEN;
        } else {
            antq__field f = {"to", ANTQ__FT_DATE, 1, (uint16_t)offsetof(antq_authority_rule, valid_to), NULL, 0};
            *rc = antq__load_field(L, &f, r, c);
        }
    } else if (strcmp(k, "deadline") == 0) { /* "MM-DD" or null */
        int mmdd = 0;
        if (cJSON_IsString(c) && !antq__parse_mmdd(c->valuestring, &mmdd))
            *rc = antq__load_report(L, ANTQ_ERANGE, NULL, "expected a real month and day \"MM-DD\", found \"%.20s\"",
                                    c->valuestring);
        else if (!cJSON_IsString(c) && !cJSON_IsNull(c))
            *rc = antq__load_report(L, ANTQ_ETYPE, NULL, "expected a month and day \"MM-DD\" or null, found %s",
                                    antq__json_type_of(c));
        r->deadline_mmdd = mmdd;
    } else if (strcmp(k, "status") == 0) {
        const char *v = cJSON_IsString(c) ? c->valuestring : "";
        if (strlen(v) != 1 || !strchr("VSDU", v[0]))
            *rc = cJSON_IsString(c) ? antq__load_report(L, ANTQ_ERANGE, NULL,
                                                        "expected a status \"V\", \"S\", \"D\" or \"U\", found \"%.20s\"", v)
                                    : antq__load_report(L, ANTQ_ETYPE, NULL,
                                                        "expected a status \"V\", \"S\", \"D\" or \"U\", found %s",
                                                        antq__json_type_of(c));
        else
            r->status = v[0];
    } else if (strcmp(k, "citation") == 0) {
        *rc = load_citation(L, c, &r->citation);
    } else {
        return 0;
    }
    return 1;
}

int antq__load_authority(antq__loader *L, const cJSON *arr, antq__arena *a, antq_authority_rule **out, size_t *n)
{
    if (!cJSON_IsArray(arr))
        return antq__load_report(L, ANTQ_ETYPE, NULL, "expected an array of authority rows, found %s",
                                 antq__json_type_of(arr));
    size_t len = (size_t)cJSON_GetArraySize(arr), i = 0;
    if (len > ANTQ__MAX_AUTHORITY_ROWS)
        return antq__load_report(L, ANTQ_ERANGE, NULL, "expected at most %d rows, found %zu", ANTQ__MAX_AUTHORITY_ROWS,
                                 len);
    antq_authority_rule *rows = len ? antq__arena_alloc(a, len * sizeof *rows) : NULL;
    if (len && !rows)
        return antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
    int rc = ANTQ_OK;
    for (const cJSON *c = arr->child; c && rc == ANTQ_OK; c = c->next, i++) {
        size_t old = antq__load_push_index(L, i);
        memset(&rows[i], 0, sizeof rows[i]);
        rows[i].valid_to = ANTQ_DATE_OPEN;
        rows[i].status = ANTQ_STATUS_DERIVED; /* a province's own table: its decision (D) unless it says otherwise */
        rc = antq__load_object(L, antq__authority_fields, antq__authority_field_count, &rows[i], c, NULL,
                               authority_special, &rows[i]);
        if (rc == ANTQ_OK && !rows[i].citation.instrument)
            rc = antq__load_report(L, ANTQ_EMISSING, NULL, "expected the required field \"citation\", found none");
        antq__load_pop(L, old);
    }
    if (rc == ANTQ_OK) { /* no gap, no overlap (as the built-in table) */
        antq_error e;
        int vrc = antq_authority_table_validate(rows, len, &e);
        if (vrc)
            rc = report_check(L, vrc, &e, strlen("/authority"));
    }
    if (rc == ANTQ_OK) {
        *out = rows;
        *n = len;
    }
    return rc;
}

void antq__write_authority(antq__buf *b, const antq_authority_rule *t, size_t n)
{
    antq__buf_puts(b, "[");
    for (size_t i = 0; i < n; i++) {
        const antq_authority_rule *r = &t[i];
        char day[11];
        antq_date_format(day, sizeof day, r->valid_from);
        antq__buf_printf(b, "%s{\"from\":\"%s\",\"to\":", i ? "," : "", day);
        if (r->valid_to == ANTQ_DATE_OPEN) {
            antq__buf_puts(b, "null");
        } else {
            antq_date_format(day, sizeof day, r->valid_to);
            antq__buf_printf(b, "\"%s\"", day);
        }
        antq__buf_printf(b, ",\"kind\":\"%s\"", antq_unit_kind_name(r->kind));
        if (r->managing_level)
            antq__buf_printf(b, ",\"managing_level\":\"%s\"", antq__level_names[r->managing_level]);
        antq__buf_printf(b, ",\"body\":\"%s\"", antq_authority_body_name(r->body));
        if (r->appraiser)
            antq__buf_printf(b, ",\"appraiser\":\"%s\"", antq_authority_body_name(r->appraiser));
        if (r->deadline_mmdd)
            antq__buf_printf(b, ",\"deadline\":\"%02d-%02d\"", (int)r->deadline_mmdd / 100, (int)r->deadline_mmdd % 100);
        antq__buf_printf(b, ",\"status\":\"%c\",\"citation\":{\"instrument\":", (char)r->status);
        antq__buf_json_string(b, r->citation.instrument);
        antq__buf_printf(b, ",\"article\":%d,\"clause\":%d", (int)r->citation.article, (int)r->citation.clause);
        if (r->citation.points) {
            antq__buf_puts(b, ",\"points\":");
            antq__buf_json_string(b, r->citation.points);
        }
        antq__buf_puts(b, "}");
        if (r->note_en) {
            antq__buf_puts(b, ",\"note\":");
            antq__buf_json_string(b, r->note_en);
        }
        antq__buf_puts(b, "}");
    }
    antq__buf_puts(b, "]");
}
