/* Results at a detail level: verdict (unit, year, verdict, counts), failures
 * (also each failed or unknown criterion with its clause and gap), full (every
 * check, fact and sentence: write.c). Only the full level renders sentences.
 * SPDX-License-Identifier: MIT */
#include "io.h"
#include "../eval/result.h"
#include "put.h"

#include <stdio.h>
#include <string.h>

const char *antq_detail_name(int detail)
{
    static const char *const names[] = {"verdict", "failures", "full"};
    return detail >= 0 && (size_t)detail < ANTQ__ARRAY_LEN(names) ? names[detail] : "unknown";
}

int antq_detail_from_name(antq_detail *out, const char *name)
{
    if (!out || !name)
        return ANTQ_EINVAL;
    for (int d = ANTQ_DETAIL_VERDICT; d <= ANTQ_DETAIL_FULL; d++)
        if (strcmp(name, antq_detail_name(d)) == 0) {
            *out = (antq_detail)d;
            return ANTQ_OK;
        }
    return ANTQ_EINVAL;
}

antq_detail antq_detail_default(antq_format format)
{
    return format == ANTQ_FORMAT_NDJSON ? ANTQ_DETAIL_FAILURES : ANTQ_DETAIL_FULL;
}

static int format_ok(int format) { return format >= ANTQ_FORMAT_JSON && format <= ANTQ_FORMAT_CSV_CRITERIA; }
static int detail_ok(int detail) { return detail >= ANTQ_DETAIL_VERDICT && detail <= ANTQ_DETAIL_FULL; }
static int lang_ok(int lang) { return lang == ANTQ_LANG_VI || lang == ANTQ_LANG_EN; }
static int flags_ok(unsigned f) { return !(f & ~(unsigned)(ANTQ_CSV_RAW_CELLS | ANTQ_CSV_NO_BOM)); }

static int is_failing(int outcome) { return outcome == ANTQ_OUTCOME_FAIL || outcome == ANTQ_OUTCOME_UNKNOWN; }

/* The counts of checks by outcome: pass, fail, unknown, not applicable. */
static void count_checks(const antq_result *r, int64_t counts[4])
{
    memset(counts, 0, 4 * sizeof *counts);
    for (size_t i = 0; i < r->n_checks; i++) {
        int o = r->checks[i].outcome;
        if (o >= ANTQ_OUTCOME_PASS && o <= ANTQ_OUTCOME_UNKNOWN)
            counts[o == ANTQ_OUTCOME_PASS ? 0 : o == ANTQ_OUTCOME_FAIL ? 1 : o == ANTQ_OUTCOME_UNKNOWN ? 2 : 3]++;
    }
}

/* Not-eligible units list no failures: their failed check is the scope rule that excludes them. */
static int lists_failures(const antq_result *r) { return r->verdict != ANTQ_VERDICT_NOT_ELIGIBLE; }

static void put_clause(antq__buf *b, const antq_check *c, int lang)
{
    char cite[200];
    antq_citation_format(cite, sizeof cite, &c->criterion->citation, lang);
    put_json_str(b, cite);
}

static void detail_json(antq__buf *b, const antq_result *r, int detail, int lang)
{
    int64_t n[4];
    count_checks(r, n);
    PUT_LIT(b, "{\"unit\":");
    put_json_str(b, r->unit_id);
    PUT_LIT(b, ",\"year\":");
    put_int(b, r->year);
    PUT_LIT(b, ",\"verdict\":\"");
    put_s(b, antq_verdict_name(r->verdict));
    if (r->standard != ANTQ_STANDARD_SAFE) { /* as in the full record: only another standard carries the key */
        PUT_LIT(b, "\",\"standard\":\"");
        put_s(b, antq_standard_name(r->standard));
    }
    PUT_LIT(b, "\",\"counts\":{\"pass\":");
    put_int(b, n[0]);
    PUT_LIT(b, ",\"fail\":");
    put_int(b, n[1]);
    PUT_LIT(b, ",\"unknown\":");
    put_int(b, n[2]);
    PUT_LIT(b, ",\"not_applicable\":");
    put_int(b, n[3]);
    PUT_LIT(b, "}");
    if (detail == ANTQ_DETAIL_FAILURES) {
        PUT_LIT(b, ",\"failures\":[");
        int first = 1;
        for (size_t i = 0; lists_failures(r) && i < r->n_checks; i++) {
            const antq_check *c = &r->checks[i];
            if (!is_failing(c->outcome))
                continue;
            if (!first)
                PUT_LIT(b, ",");
            first = 0;
            PUT_LIT(b, "{\"criterion\":\"");
            put_s(b, c->criterion->id);
            PUT_LIT(b, "\",\"outcome\":\"");
            put_s(b, antq_outcome_name(c->outcome));
            PUT_LIT(b, "\",\"clause\":");
            put_clause(b, c, lang);
            PUT_LIT(b, ",\"facts\":[");
            int ff = 1;
            for (size_t k = 0; k < c->n_facts; k++) {
                const antq_fact *f = &c->facts[k];
                if (!is_failing(f->outcome))
                    continue;
                if (!ff)
                    PUT_LIT(b, ",");
                ff = 0;
                PUT_LIT(b, "{\"fact\":\"");
                put_s(b, antq_fact_kind_name(f->kind));
                PUT_LIT(b, "\",\"outcome\":\"");
                put_s(b, antq_outcome_name(f->outcome));
                PUT_LIT(b, "\",\"gap\":");
                if (f->gap >= 0)
                    put_int(b, f->gap);
                else
                    PUT_LIT(b, "null");
                if (f->missing) {
                    PUT_LIT(b, ",\"missing\":");
                    put_json_str(b, f->missing);
                }
                if (f->subject) {
                    PUT_LIT(b, ",\"subject\":");
                    put_json_str(b, f->subject);
                }
                PUT_LIT(b, "}");
            }
            PUT_LIT(b, "]}");
        }
        PUT_LIT(b, "]");
    }
    PUT_LIT(b, "}");
}

/* The failing facts of a check in one CSV field: fact=gap, fact=missing, or
 * fact alone when the gap is not a number; separated by ';'. */
static void put_csv_gaps(antq__buf *b, const antq_check *c)
{
    int first = 1;
    for (size_t k = 0; k < c->n_facts; k++) {
        const antq_fact *f = &c->facts[k];
        if (!is_failing(f->outcome))
            continue;
        if (!first)
            PUT_LIT(b, ";");
        first = 0;
        put_s(b, antq_fact_kind_name(f->kind));
        if (f->outcome == ANTQ_OUTCOME_UNKNOWN) {
            PUT_LIT(b, "=missing");
        } else if (f->gap >= 0) {
            PUT_LIT(b, "=");
            put_int(b, f->gap);
        }
    }
}

static void detail_csv(antq__buf *b, const antq_result *r, int format, int detail, int lang, unsigned csv_flags)
{
    if (format == ANTQ_FORMAT_CSV_CRITERIA) {
        for (size_t i = 0; i < r->n_checks; i++) {
            const antq_check *c = &r->checks[i];
            if (detail == ANTQ_DETAIL_FAILURES && (!lists_failures(r) || !is_failing(c->outcome)))
                continue;
            antq__csv_field(b, r->unit_id, csv_flags);
            PUT_LIT(b, ",");
            put_int(b, r->year);
            PUT_LIT(b, ",");
            put_s(b, c->criterion->id);
            PUT_LIT(b, ",");
            put_s(b, antq_outcome_name(c->outcome));
            if (detail == ANTQ_DETAIL_FAILURES) {
                char cite[200];
                antq_citation_format(cite, sizeof cite, &c->criterion->citation, lang);
                PUT_LIT(b, ",");
                antq__csv_field(b, cite, csv_flags);
                PUT_LIT(b, ",");
                put_csv_gaps(b, c);
            }
            PUT_LIT(b, "\n");
        }
        return;
    }
    int64_t n[4];
    count_checks(r, n);
    antq__csv_field(b, r->unit_id, csv_flags);
    PUT_LIT(b, ",");
    put_int(b, r->year);
    PUT_LIT(b, ",");
    put_s(b, antq_verdict_name(r->verdict));
    for (int k = 0; k < 4; k++) {
        PUT_LIT(b, ",");
        put_int(b, n[k]);
    }
    if (detail == ANTQ_DETAIL_FAILURES) {
        for (int pass = 0; pass < 2; pass++) {
            int want = pass ? ANTQ_OUTCOME_UNKNOWN : ANTQ_OUTCOME_FAIL, m = 0;
            PUT_LIT(b, ",");
            for (size_t i = 0; lists_failures(r) && i < r->n_checks; i++)
                if (r->checks[i].outcome == want) {
                    if (m++)
                        PUT_LIT(b, ";");
                    put_s(b, r->checks[i].criterion->id);
                }
        }
    }
    PUT_LIT(b, "\n");
}

void antq__result_detail(antq__buf *b, const antq_result *r, int format, int detail, int lang, unsigned csv_flags)
{
    if (format == ANTQ_FORMAT_JSON || format == ANTQ_FORMAT_NDJSON) {
        if (detail == ANTQ_DETAIL_FULL)
            antq__result_json(b, r, lang);
        else
            detail_json(b, r, detail, lang);
        if (format == ANTQ_FORMAT_NDJSON)
            PUT_LIT(b, "\n");
    } else if (detail == ANTQ_DETAIL_FULL) {
        antq__result_csv(b, r, format, lang, csv_flags);
    } else {
        detail_csv(b, r, format, detail, lang, csv_flags);
    }
}

static int finish(antq__buf *b, char **out, size_t *len, antq_error *err)
{
    size_t n = b->len;
    if (antq__buf_finish(b, out) != ANTQ_OK)
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    if (len)
        *len = n;
    return ANTQ_OK;
}

int antq_result_write_detail(char **out, size_t *len, const antq_result *r, antq_format format, antq_detail detail,
                             antq_lang lang, unsigned csv_flags, antq_error *err)
{
    if (out)
        *out = NULL;
    if (!out || !r)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a result and an output pointer, found NULL");
    if (!format_ok(format) || !detail_ok(detail) || !lang_ok(lang) || !flags_ok(csv_flags))
        return antq__error_set(err, ANTQ_EINVAL, "", "unknown format %d, detail %d, language %d or CSV flags %#x",
                               (int)format, (int)detail, (int)lang, csv_flags);
    antq__buf b;
    antq__buf_init(&b);
    antq__result_detail(&b, r, format, detail, lang, csv_flags);
    return finish(&b, out, len, err);
}

static const char *csv_header(int format, int detail)
{
    if (detail == ANTQ_DETAIL_FULL)
        return antq_csv_header(format);
    if (format == ANTQ_FORMAT_CSV_CRITERIA)
        return detail == ANTQ_DETAIL_FAILURES ? "unit_id,year,criterion,outcome,clause,gaps\n"
                                              : "unit_id,year,criterion,outcome\n";
    return detail == ANTQ_DETAIL_FAILURES
               ? "unit_id,year,verdict,pass,fail,unknown,not_applicable,failed_criteria,unknown_criteria\n"
               : "unit_id,year,verdict,pass,fail,unknown,not_applicable\n";
}

/* The header into b; ANTQ_OK or the provenance writer's error. */
static int header(antq__buf *b, const antq_provenance *prov, int year, int format, int detail, unsigned csv_flags,
                  antq_error *err)
{
    if (format == ANTQ_FORMAT_CSV_UNITS || format == ANTQ_FORMAT_CSV_CRITERIA) {
        if (!(csv_flags & ANTQ_CSV_NO_BOM))
            PUT_LIT(b, "\xEF\xBB\xBF"); /* spreadsheets then read the file as UTF-8 */
        put_s(b, csv_header(format, detail));
        return ANTQ_OK;
    }
    PUT_LIT(b, "{\"format\":\"antq-results\",\"version\":1,\"detail\":\"");
    put_s(b, antq_detail_name(detail));
    PUT_LIT(b, "\"");
    if (format == ANTQ_FORMAT_JSON && year) {
        PUT_LIT(b, ",\"year\":");
        put_int(b, year);
    }
    if (prov) {
        char *p = NULL;
        size_t plen = 0;
        int rc = antq_provenance_write_json(&p, &plen, prov, err);
        if (rc)
            return rc;
        PUT_LIT(b, ",\"provenance\":");
        put_n(b, p, plen);
        antq_free(p);
    }
    if (format == ANTQ_FORMAT_JSON)
        PUT_LIT(b, ",\"results\":[\n");
    else
        PUT_LIT(b, "}\n");
    return ANTQ_OK;
}

int antq_results_header_write(char **out, size_t *len, const antq_provenance *prov, int year, antq_format format,
                              antq_detail detail, unsigned csv_flags, antq_error *err)
{
    if (out)
        *out = NULL;
    if (!out)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer, found NULL");
    if (!format_ok(format) || !detail_ok(detail) || !flags_ok(csv_flags))
        return antq__error_set(err, ANTQ_EINVAL, "", "unknown format %d, detail %d or CSV flags %#x", (int)format,
                               (int)detail, csv_flags);
    antq__buf b;
    antq__buf_init(&b);
    int rc = header(&b, prov, year, format, detail, csv_flags, err);
    if (rc) {
        antq__buf_free(&b);
        return rc;
    }
    return finish(&b, out, len, err);
}

int antq_evaluation_write_detail(char **out, size_t *len, const antq_evaluation *ev, const antq_provenance *prov,
                                 antq_format format, antq_detail detail, antq_lang lang, unsigned csv_flags,
                                 antq_error *err)
{
    if (out)
        *out = NULL;
    if (!out || !ev)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an evaluation and an output pointer, found NULL");
    if (!format_ok(format) || !detail_ok(detail) || !lang_ok(lang) || !flags_ok(csv_flags))
        return antq__error_set(err, ANTQ_EINVAL, "", "unknown format %d, detail %d, language %d or CSV flags %#x",
                               (int)format, (int)detail, (int)lang, csv_flags);
    antq__buf b;
    antq__buf_init(&b);
    int rc = header(&b, prov, antq_evaluation_year(ev), format, detail, csv_flags, err);
    if (rc) {
        antq__buf_free(&b);
        return rc;
    }
    size_t n = antq_evaluation_count(ev);
    for (size_t i = 0; i < n; i++) {
        const antq_result *r;
        if ((rc = antq_evaluation_result_get(&r, ev, i, err)) != ANTQ_OK) {
            antq__buf_free(&b);
            return rc;
        }
        if (!r)
            continue;
        antq__result_detail(&b, r, format, detail, lang, csv_flags);
        if (format == ANTQ_FORMAT_JSON)
            put_s(&b, i + 1 < n ? ",\n" : "\n");
    }
    if (format == ANTQ_FORMAT_JSON)
        PUT_LIT(&b, "]}\n");
    return finish(&b, out, len, err);
}
