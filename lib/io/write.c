/* Writers: results as JSON, NDJSON and CSV; datasets back to JSON.
 * SPDX-License-Identifier: MIT */
#include "io.h"
#include "../eval/result.h"
#include "put.h"

#include <stdio.h>
#include <string.h>

const char *antq_fact_kind_name(int kind)
{
    static const char *const names[] = {
        "unknown", "registered", "resolution_date", "plan_date", "registration_date", "households_registered",
        "households_committed", "staff_briefed", "learners_briefed", "staff_committed", "learners_committed",
        "rule_topics", "effective_models", "implements_policy", "parent_board", "events", "trend_crimes",
        "trend_social_evils", "trend_other", "supervision", "grassroots_rating", "disciplined", "police_effective",
        "members_registered", "members_certified", "protection_standing", "subunits_qualified",
        "scope_armed_forces", "scope_small_enterprise", "scope_primary_preschool", "extra", "police_advanced",
        "coordination_plan", "party_org", "emulation_eligible", "safe_standard", "answer", "scope_urban",
        "delegation", "decision_body", "decision_date", "extra_events",
    };
    return kind > 0 && (size_t)kind < ANTQ__ARRAY_LEN(names) ? names[kind] : "unknown";
}


/* The text a renderer writes for a fact, as a JSON string; tmp is scratch
 * space reused from fact to fact. */
static void put_text(antq__buf *b, antq__buf *tmp, void (*fn)(antq__buf *, const antq_fact *, int), const antq_fact *f,
                     int lang)
{
    tmp->len = 0;
    if (tmp->data)
        tmp->data[0] = '\0';
    fn(tmp, f, lang);
    if (tmp->failed)
        b->failed = 1;
    put_str_or_null(b, tmp->data ? tmp->data : "");
}

static void put_citation_text(antq__buf *b, const antq_citation *c, int lang)
{
    char cite[200];
    antq_citation_format(cite, sizeof cite, c, lang);
    put_json_str(b, cite);
}

void antq__result_json(antq__buf *b, const antq_result *r, int lang)
{
    antq__buf tmp;
    antq__buf_init(&tmp);
    PUT_LIT(b, "{\"unit\":");
    put_json_str(b, r->unit_id);
    PUT_LIT(b, ",\"name\":");
    put_str_or_null(b, r->unit_name);
    PUT_LIT(b, ",\"parent\":");
    put_str_or_null(b, r->parent_id);
    PUT_LIT(b, ",\"kind\":\"");
    put_s(b, antq_unit_kind_name(r->kind));
    PUT_LIT(b, "\",\"year\":");
    put_int(b, r->year);
    PUT_LIT(b, ",\"verdict\":\"");
    put_s(b, antq_verdict_name(r->verdict));
    if (r->standard != ANTQ_STANDARD_SAFE) { /* only results of another standard carry the key */
        PUT_LIT(b, "\",\"standard\":\"");
        put_s(b, antq_standard_name(r->standard));
    }
    PUT_LIT(b, "\",\"rule_set\":");
    put_json_str(b, r->ruleset->id);
    PUT_LIT(b, ",\"period\":{\"start\":");
    put_date_or_null(b, r->start);
    PUT_LIT(b, ",\"end\":");
    put_date_or_null(b, r->end);
    PUT_LIT(b, "},\"irregular\":");
    put_s(b, r->irregular ? "true" : "false");
    PUT_LIT(b, ",\"authority\":");
    if (r->authority) {
        static const char *const level_names[] = {NULL, "commune", "district", "province", "ministry"};
        PUT_LIT(b, "{\"body\":\"");
        put_s(b, antq_authority_body_name(r->authority->body));
        PUT_LIT(b, "\",\"appraiser\":");
        if (r->authority->appraiser) {
            PUT_LIT(b, "\"");
            put_s(b, antq_authority_body_name(r->authority->appraiser));
            PUT_LIT(b, "\"");
        } else {
            PUT_LIT(b, "null");
        }
        PUT_LIT(b, ",\"level\":");
        put_str_or_null(b, r->level > 0 && r->level <= ANTQ_LEVEL_MINISTRY ? level_names[r->level] : NULL);
        PUT_LIT(b, ",\"delegation\":");
        if (r->delegated) {
            PUT_LIT(b, "{\"from\":");
            put_str_or_null(b, level_names[r->delegation.from_level]);
            PUT_LIT(b, ",\"to\":");
            put_str_or_null(b, level_names[r->delegation.to_level]);
            PUT_LIT(b, ",\"decision\":");
            put_str_or_null(b, r->delegation.decision);
            PUT_LIT(b, ",\"decision_date\":");
            put_date_or_null(b, r->delegation.decision_date);
            PUT_LIT(b, "}");
        } else {
            PUT_LIT(b, "null");
        }
        PUT_LIT(b, ",\"deadline\":");
        put_date_or_null(b, r->authority->deadline_mmdd ? (int32_t)(r->year * 10000 + r->authority->deadline_mmdd) : 0);
        char status[2] = {(char)r->authority->status, '\0'};
        PUT_LIT(b, ",\"status\":\"");
        put_s(b, status);
        PUT_LIT(b, "\",\"citation\":");
        put_citation_text(b, &r->authority->citation, lang);
        PUT_LIT(b, "}");
    } else {
        PUT_LIT(b, "null");
    }
    PUT_LIT(b, ",\"checks\":[");
    for (size_t i = 0; i < r->n_checks; i++) {
        const antq_check *c = &r->checks[i];
        const antq_citation *ci = &c->criterion->citation;
        if (i)
            PUT_LIT(b, ",");
        PUT_LIT(b, "{\"criterion\":\"");
        put_s(b, c->criterion->id);
        PUT_LIT(b, "\",\"outcome\":\"");
        put_s(b, antq_outcome_name(c->outcome));
        if (c->criterion->role == ANTQ_CRITERION_PROCEDURE)
            PUT_LIT(b, "\",\"procedure\":true,\"citation\":{\"instrument\":");
        else
            PUT_LIT(b, "\",\"citation\":{\"instrument\":");
        put_json_str(b, ci->instrument);
        PUT_LIT(b, ",\"article\":");
        put_int(b, ci->article);
        PUT_LIT(b, ",\"clause\":");
        put_int(b, ci->clause);
        PUT_LIT(b, ",\"points\":");
        put_str_or_null(b, ci->points);
        PUT_LIT(b, ",\"text\":");
        put_citation_text(b, ci, lang);
        PUT_LIT(b, "},\"text\":");
        put_json_str(b, lang == ANTQ_LANG_EN ? c->criterion->text_en : c->criterion->text_vi);
        PUT_LIT(b, ",\"facts\":[");
        for (size_t k = 0; k < c->n_facts; k++) {
            const antq_fact *f = &c->facts[k];
            if (k)
                PUT_LIT(b, ",");
            PUT_LIT(b, "{\"fact\":\"");
            put_s(b, antq_fact_kind_name(f->kind));
            PUT_LIT(b, "\",\"outcome\":\"");
            put_s(b, antq_outcome_name(f->outcome));
            PUT_LIT(b, "\",\"op\":\"");
            put_s(b, antq__op_name(f->op));
            PUT_LIT(b, "\",\"value\":");
            put_int(b, f->value);
            PUT_LIT(b, ",\"total\":");
            put_int(b, f->total);
            PUT_LIT(b, ",\"threshold\":[");
            put_int(b, f->threshold_num);
            PUT_LIT(b, ",");
            put_int(b, f->threshold_den);
            PUT_LIT(b, "],\"gap\":");
            put_int(b, f->gap);
            PUT_LIT(b, ",\"detail\":");
            put_int(b, f->detail);
            PUT_LIT(b, ",\"level\":");
            put_int(b, f->level);
            PUT_LIT(b, ",\"date\":");
            put_date_or_null(b, f->date);
            PUT_LIT(b, ",\"missing\":");
            put_str_or_null(b, f->missing);
            PUT_LIT(b, ",\"subject\":");
            put_str_or_null(b, f->subject);
            PUT_LIT(b, ",\"text\":");
            put_text(b, &tmp, antq__fact_text, f, lang);
            PUT_LIT(b, "}");
        }
        PUT_LIT(b, "]}");
    }
    PUT_LIT(b, "],\"what_it_takes\":[");
    int first = 1;
    for (size_t i = 0; i < r->n_checks; i++) {
        const antq_check *c = &r->checks[i];
        if (r->verdict == ANTQ_VERDICT_NOT_ELIGIBLE || c->criterion->role == ANTQ_CRITERION_PROCEDURE ||
            (c->outcome != ANTQ_OUTCOME_FAIL && c->outcome != ANTQ_OUTCOME_UNKNOWN))
            continue;
        for (size_t k = 0; k < c->n_facts; k++) {
            const antq_fact *f = &c->facts[k];
            if (f->outcome != ANTQ_OUTCOME_FAIL && f->outcome != ANTQ_OUTCOME_UNKNOWN)
                continue;
            if (!first)
                PUT_LIT(b, ",");
            PUT_LIT(b, "{\"criterion\":\"");
            put_s(b, c->criterion->id);
            PUT_LIT(b, "\",\"gap\":");
            put_int(b, f->gap);
            PUT_LIT(b, ",\"text\":");
            put_text(b, &tmp, antq__fact_need, f, lang);
            PUT_LIT(b, "}");
            first = 0;
        }
    }
    PUT_LIT(b, "]}");
    antq__buf_free(&tmp);
}

/* NULL arguments and unknown languages, formats (-1: any) */
static int check_args(const void *obj, char **out, int lang, int format_ok, antq_error *err)
{
    if (out)
        *out = NULL;
    if (!obj || !out)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an object and an output pointer, found NULL");
    if (lang != ANTQ_LANG_VI && lang != ANTQ_LANG_EN)
        return antq__error_set(err, ANTQ_EINVAL, "", "unknown language %d", lang);
    if (!format_ok)
        return antq__error_set(err, ANTQ_EINVAL, "", "unsupported output format");
    return ANTQ_OK;
}

int antq_result_write_json(char **out, const antq_result *r, int lang, antq_error *err)
{
    int rc = check_args(r, out, lang, 1, err);
    if (rc != ANTQ_OK)
        return rc;
    antq__buf b;
    antq__buf_init(&b);
    b.data = antq__malloc(8192); /* a result takes a few KiB: start there rather than grow six times */
    if (b.data) {
        b.cap = 8192;
        b.data[0] = '\0';
    } else {
        b.failed = 1;
    }
    antq__result_json(&b, r, lang);
    return antq__buf_finish_err(&b, out, err);
}

/* RFC 4180 field. Unless ANTQ_CSV_RAW_CELLS, a cell that a spreadsheet would
 * read as a formula (first character = + - @ tab or carriage return, OWASP
 * "CSV injection") gets a leading apostrophe, and so does a cell that starts
 * with an apostrophe: reading back, one leading apostrophe is dropped from
 * any cell that has one (doc/format.md "CSV"). */
void antq__csv_field(antq__buf *b, const char *s, unsigned flags)
{
    if (!s)
        return;
    const char *prefix = !(flags & ANTQ_CSV_RAW_CELLS) && s[0] && strchr("=+-@\t\r'", s[0]) ? "'" : "";
    if (!strpbrk(s, ",\"\n\r")) {
        antq__buf_puts(b, prefix);
        antq__buf_puts(b, s);
        return;
    }
    antq__buf_puts(b, "\"");
    antq__buf_puts(b, prefix);
    for (const char *p = s; *p; p++) {
        char one[2] = {*p, 0};
        antq__buf_puts(b, *p == '"' ? "\"\"" : one);
    }
    antq__buf_puts(b, "\"");
}

const char *antq_csv_header(antq_format format)
{
    if (format == ANTQ_FORMAT_CSV_CRITERIA)
        return "unit_id,year,criterion,outcome,citation,facts\n";
    return "unit_id,name,kind,parent,year,verdict,rule_set,failed_criteria,unknown_criteria\n";
}

void antq__result_csv(antq__buf *b, const antq_result *r, int format, int lang, unsigned flags)
{
    if (format == ANTQ_FORMAT_CSV_CRITERIA) {
        for (size_t i = 0; i < r->n_checks; i++) {
            const antq_check *c = &r->checks[i];
            antq__csv_field(b, r->unit_id, flags);
            antq__buf_printf(b, ",%d,%s,%s,", (int)r->year, c->criterion->id, antq_outcome_name(c->outcome));
            char cite[200];
            antq_citation_format(cite, sizeof cite, &c->criterion->citation, lang);
            antq__csv_field(b, cite, flags);
            antq__buf_puts(b, ",");
            antq__buf facts;
            antq__buf_init(&facts);
            for (size_t k = 0; k < c->n_facts; k++) {
                if (k)
                    antq__buf_puts(&facts, " | ");
                antq__fact_text(&facts, &c->facts[k], lang);
            }
            if (facts.failed)
                b->failed = 1;
            antq__csv_field(b, facts.data ? facts.data : "", flags);
            antq__buf_free(&facts);
            antq__buf_puts(b, "\n");
        }
        return;
    }
    antq__csv_field(b, r->unit_id, flags);
    antq__buf_puts(b, ",");
    antq__csv_field(b, r->unit_name, flags);
    antq__buf_printf(b, ",%s,", antq_unit_kind_name(r->kind));
    antq__csv_field(b, r->parent_id, flags);
    antq__buf_printf(b, ",%d,%s,%s,", (int)r->year, antq_verdict_name(r->verdict), r->ruleset->id);
    for (int pass = 0; pass < 2; pass++) {
        int want = pass ? ANTQ_OUTCOME_UNKNOWN : ANTQ_OUTCOME_FAIL, n = 0;
        for (size_t i = 0; i < r->n_checks; i++) /* criteria of the standard: procedure checks are not criteria */
            if (r->checks[i].outcome == want && r->checks[i].criterion->role != ANTQ_CRITERION_PROCEDURE)
                antq__buf_printf(b, "%s%s", n++ ? ";" : "", r->checks[i].criterion->id);
        antq__buf_puts(b, pass ? "\n" : ",");
    }
}

int antq_result_write_csv(char **out, const antq_result *r, antq_format format, int lang, antq_error *err)
{
    int rc = check_args(r, out, lang, format == ANTQ_FORMAT_CSV_UNITS || format == ANTQ_FORMAT_CSV_CRITERIA, err);
    if (rc != ANTQ_OK)
        return rc;
    antq__buf b;
    antq__buf_init(&b);
    antq__result_csv(&b, r, format, lang, ANTQ_CSV_DEFAULT);
    return antq__buf_finish_err(&b, out, err);
}

int antq_evaluation_write(char **out, const antq_evaluation *ev, antq_format format, int lang, antq_error *err)
{
    int rc = check_args(ev, out, lang, format >= ANTQ_FORMAT_JSON && format <= ANTQ_FORMAT_CSV_CRITERIA, err);
    if (rc != ANTQ_OK)
        return rc;
    antq__buf b;
    antq__buf_init(&b);
    size_t n = antq_evaluation_count(ev);
    if (format == ANTQ_FORMAT_JSON)
        antq__buf_printf(&b, "{\"format\":\"antq-results\",\"version\":1,\"year\":%d,\"results\":[\n",
                         antq_evaluation_year(ev));
    else if (format != ANTQ_FORMAT_NDJSON) {
        antq__buf_puts(&b, "\xEF\xBB\xBF"); /* spreadsheets then read the file as UTF-8 (ANTQ_CSV_DEFAULT) */
        antq__buf_puts(&b, antq_csv_header(format));
    }
    for (size_t i = 0; i < n; i++) {
        const antq_result *r;
        if ((rc = antq_evaluation_result_get(&r, ev, i, err)) != ANTQ_OK) {
            antq__buf_free(&b);
            return rc;
        }
        if (!r)
            continue;
        if (format == ANTQ_FORMAT_JSON || format == ANTQ_FORMAT_NDJSON) {
            antq__result_json(&b, r, lang);
            antq__buf_puts(&b, format == ANTQ_FORMAT_JSON && i + 1 < n ? ",\n" : "\n");
        } else {
            antq__result_csv(&b, r, format, lang, ANTQ_CSV_DEFAULT);
        }
    }
    if (format == ANTQ_FORMAT_JSON)
        antq__buf_puts(&b, "]}\n");
    return antq__buf_finish_err(&b, out, err);
}

/* ---- datasets back to JSON (the same field tables as the loader) */

static void put_unknown(antq__buf *b, const antq__raw_field *rf, int *first)
{
    for (; rf; rf = rf->next) {
        antq__buf_puts(b, *first ? "" : ",");
        antq__buf_json_string(b, rf->key);
        antq__buf_printf(b, ":");
        antq__buf_puts(b, rf->json);
        *first = 0;
    }
}

static void put_fields(antq__buf *b, const antq__field *fields, size_t n, const void *base, int *first)
{
    for (size_t k = 0; k < n; k++) {
        const antq__field *f = &fields[k];
        const char *src = (const char *)base + f->offset;
        int32_t i32 = 0;
        int64_t i64 = 0;
        const char *str = NULL;
        switch (f->type) {
        case ANTQ__FT_STRING: str = *(const char *const *)(const void *)src; if (!str) continue; break;
        case ANTQ__FT_COUNT: i64 = *(const int64_t *)(const void *)src; if (i64 < 0) continue; break;
        case ANTQ__FT_TRI: case ANTQ__FT_TOPICS: case ANTQ__FT_ENUM_M1:
            i32 = *(const int32_t *)(const void *)src; if (i32 < 0) continue; break;
        case ANTQ__FT_DATE: case ANTQ__FT_ENUM:
            i32 = *(const int32_t *)(const void *)src; if (i32 == 0 && !f->required) continue; break;
        default: i32 = *(const int32_t *)(const void *)src; break;
        }
        antq__buf_printf(b, "%s\"%s\":", *first ? "" : ",", f->name);
        *first = 0;
        switch (f->type) {
        case ANTQ__FT_STRING: antq__buf_json_string(b, str); break;
        case ANTQ__FT_COUNT: antq__buf_printf(b, "%lld", (long long)i64); break;
        case ANTQ__FT_TRI: antq__buf_puts(b, i32 ? "true" : "false"); break;
        case ANTQ__FT_DATE: put_date_or_null(b, i32); break;
        case ANTQ__FT_YEAR: antq__buf_printf(b, "%d", (int)i32); break;
        case ANTQ__FT_ENUM: case ANTQ__FT_ENUM_M1:
            antq__buf_printf(b, "\"%s\"", i32 < f->n_names && f->names[i32] ? f->names[i32] : "?");
            break;
        case ANTQ__FT_TOPICS: {
            antq__buf_puts(b, "[");
            int n2 = 0;
            for (size_t t = 0; t < antq__topic_count; t++)
                if (i32 & (1 << t))
                    antq__buf_printf(b, "%s\"%s\"", n2++ ? "," : "", antq__topic_names[t]);
            antq__buf_puts(b, "]");
            break;
        }
        default: break;
        }
    }
}

static const antq__field answer_write_fields[] = {
    {"criterion", ANTQ__FT_STRING, 1, (uint16_t)offsetof(antq_extra_answer, criterion_id), NULL, 0},
    {"met", ANTQ__FT_TRI, 0, (uint16_t)offsetof(antq_extra_answer, met), NULL, 0},
};

void antq__options_json(antq__buf *b, const antq_options *o, int year, const char *province, const char *issuer,
                        const antq__raw_field *unknown)
{
    antq__buf_puts(b, "{");
    int first = 1;
#define SEP (first ? (first = 0, "") : ",")
    if (year)
        antq__buf_printf(b, "%s\"year\":%d", SEP, year);
    if (province) {
        antq__buf_printf(b, "%s\"province\":", SEP);
        antq__buf_json_string(b, province);
    }
    if (issuer) {
        antq__buf_printf(b, "%s\"issuer\":", SEP);
        antq__buf_json_string(b, issuer);
    }
    if (o->decision_date) {
        antq__buf_printf(b, "%s\"as_of\":", SEP);
        put_date_or_null(b, o->decision_date);
    }
    antq__buf_printf(b, "%s\"trend_mode\":\"%s\",\"pool_mode\":\"%s\",\"emulation_mode\":\"%s\"", SEP,
                     antq__trend_names[o->trend_mode], antq__pool_names[o->pool_mode],
                     antq__emulation_names[o->emulation_mode]);
    antq__buf_printf(b, ",\"deferral_is_warning\":%s,\"protection_force_required\":%s,\"school_year_end\":\"%02d-%02d\"",
                     o->deferral_is_warning ? "true" : "false", o->protection_force_required ? "true" : "false",
                     (int)o->school_year_end_mmdd / 100, (int)o->school_year_end_mmdd % 100);
    if (o->new_rural_points != ANTQ_NEW_RURAL_POINTS_A_E) /* written only when not the default */
        antq__buf_printf(b, ",\"new_rural_points\":\"%s\"", antq__new_rural_points_names[o->new_rural_points]);
    antq__buf_printf(b, ",\"period_start\":\"%s\"", antq__period_start_names[o->period_start]);
    if (o->n_delegations) {
        antq__buf_puts(b, ",\"delegations\":");
        antq__write_delegations(b, o->delegations, o->n_delegations);
    }
    if (o->authority_table) {
        antq__buf_puts(b, ",\"authority\":");
        antq__write_authority(b, o->authority_table, o->n_authority);
    }
    if (o->n_extra) {
        antq__buf_puts(b, ",\"extra_criteria\":[");
        for (size_t i = 0; i < o->n_extra; i++) {
            const antq_extra_criterion *x = &o->extra[i];
            antq__buf_printf(b, "%s{\"id\":", i ? "," : "");
            antq__buf_json_string(b, x->id);
            antq__buf_puts(b, ",\"text_vi\":");
            antq__buf_json_string(b, x->text_vi);
            if (x->text_en) {
                antq__buf_puts(b, ",\"text_en\":");
                antq__buf_json_string(b, x->text_en);
            }
            if (x->source) {
                antq__buf_puts(b, ",\"source\":");
                antq__buf_json_string(b, x->source);
            }
            antq__buf_puts(b, ",\"kinds\":[");
            int nk = 0;
            for (int k = 1; k < ANTQ_KIND_COUNT; k++)
                if (x->kinds & ANTQ_KIND_BIT(k))
                    antq__buf_printf(b, "%s\"%s\"", nk++ ? "," : "", antq_unit_kind_name(k));
            antq__buf_puts(b, "]");
            if (x->fails_on_events) {
                antq__buf_puts(b, ",\"fails_on_event_kinds\":[");
                int ne = 0;
                for (int k = 1; k < ANTQ_EVENT_KIND_COUNT; k++)
                    if ((uint32_t)x->fails_on_events & ANTQ_EVENT_BIT(k))
                        antq__buf_printf(b, "%s\"%s\"", ne++ ? "," : "", antq_event_kind_name(k));
                antq__buf_puts(b, "]");
            }
            antq__buf_puts(b, "}");
        }
        antq__buf_puts(b, "]");
    }
#undef SEP
    put_unknown(b, unknown, &first);
    antq__buf_puts(b, "}");
}

int antq_dataset_write_json(char **out, const antq_dataset *ds, antq_error *err)
{
    int rc = check_args(ds, out, ANTQ_LANG_EN, 1, err);
    if (rc != ANTQ_OK)
        return rc;
    antq__buf b;
    antq__buf_init(&b);
    antq__buf_puts(&b, "{\"format\":\"antq-dataset\",\"version\":1,\"options\":");
    antq__options_json(&b, &ds->opts, ds->year, ds->province, ds->issuer, ds->unknown_options);
    int first = 0;
    put_unknown(&b, ds->unknown_top, &first);
    antq__buf_puts(&b, ",\"units\":[\n");
    for (size_t i = 0; i < ds->n_units; i++) {
        const antq__ds_unit *u = &ds->units[i];
        antq__buf_puts(&b, "{");
        int f = 1;
        put_fields(&b, antq__unit_fields, antq__unit_field_count, &u->unit, &f);
        put_unknown(&b, u->unknown, &f);
        if (u->first_evidence != ANTQ__NONE) {
            antq__buf_puts(&b, ",\"evidence\":[");
            int fe = 1;
            for (size_t e = u->first_evidence; e != ANTQ__NONE; e = ds->evs[e].next) {
                const antq__ds_evidence *de = &ds->evs[e];
                antq__buf_puts(&b, fe ? "{" : ",{");
                fe = 0;
                int ff = 1;
                put_fields(&b, antq__evidence_fields, antq__evidence_field_count, &de->ev, &ff);
                if (de->decision_number) {
                    antq__buf_puts(&b, ff ? "\"decision_number\":" : ",\"decision_number\":");
                    antq__buf_json_string(&b, de->decision_number);
                    ff = 0;
                }
                if (de->ev.n_events) {
                    antq__buf_puts(&b, ",\"events\":[");
                    for (size_t k = 0; k < de->ev.n_events; k++) {
                        antq__buf_puts(&b, k ? ",{" : "{");
                        int fk = 1;
                        put_fields(&b, antq__event_fields, antq__event_field_count, &de->ev.events[k], &fk);
                        if (de->event_unknown)
                            put_unknown(&b, de->event_unknown[k], &fk);
                        antq__buf_puts(&b, "}");
                    }
                    antq__buf_puts(&b, "]");
                }
                if (de->ev.n_disciplines) {
                    antq__buf_puts(&b, ",\"disciplines\":[");
                    for (size_t k = 0; k < de->ev.n_disciplines; k++) {
                        antq__buf_puts(&b, k ? ",{" : "{");
                        int fk = 1;
                        put_fields(&b, antq__discipline_fields, antq__discipline_field_count, &de->ev.disciplines[k], &fk);
                        antq__buf_puts(&b, "}");
                    }
                    antq__buf_puts(&b, "]");
                }
                if (de->ev.n_extra) {
                    antq__buf_puts(&b, ",\"extra\":[");
                    for (size_t k = 0; k < de->ev.n_extra; k++) {
                        antq__buf_puts(&b, k ? ",{" : "{");
                        int fk = 1;
                        put_fields(&b, answer_write_fields, ANTQ__ARRAY_LEN(answer_write_fields), &de->ev.extra[k], &fk);
                        antq__buf_puts(&b, "}");
                    }
                    antq__buf_puts(&b, "]");
                }
                put_unknown(&b, de->unknown, &ff);
                antq__buf_puts(&b, "}");
            }
            antq__buf_puts(&b, "]");
        }
        antq__buf_puts(&b, i + 1 < ds->n_units ? "},\n" : "}\n");
    }
    antq__buf_puts(&b, "]}\n");
    return antq__buf_finish_err(&b, out, err);
}
