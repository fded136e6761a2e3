/* Fuzz target: a dataset and a campaign together, through every writer.
 *
 * The input is a dataset document, a 0xFF byte (never in UTF-8 text), and a
 * campaign document. A dataset that loads is evaluated and written in every
 * format (CSV with each antq_csv_flags combination, at each detail level); a campaign that loads is
 * checked against it, every plan is evaluated against those results and
 * written as text and JSON, and the festival coverage of each plan year is
 * computed. Invariants: every JSON text parses; neutralised CSV has no cell
 * that a spreadsheet would run as a formula and starts with a byte-order mark
 * unless told not to; text output (explanations, what it would take,
 * scorecards) has no control character but the newline.
 * SPDX-License-Identifier: MIT */
#include "fuzz-common.h"

#include <cjson/cJSON.h>

static void check_json(const char *text, const char *what)
{
    cJSON *j = cJSON_Parse(text);
    FUZZ_CHECK(j != NULL, "%s is not JSON:\n%s", what, text);
    cJSON_Delete(j);
}

static void check_json_lines(const char *text, const char *what)
{
    for (const char *p = text; *p;) {
        const char *nl = strchr(p, '\n');
        size_t len = nl ? (size_t)(nl - p) : strlen(p);
        cJSON *j = cJSON_ParseWithLength(p, len);
        FUZZ_CHECK(j != NULL, "%s: a line is not JSON:\n%.*s", what, (int)len, p);
        cJSON_Delete(j);
        p += len + (nl != NULL);
    }
}

static void check_text(const char *text, const char *what)
{
    for (const unsigned char *p = (const unsigned char *)text; *p; p++)
        FUZZ_CHECK((*p >= 0x20 && *p != 0x7F && !(p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)) || *p == '\n',
                   "%s: control character 0x%02x at byte %zu:\n%s", what, *p, (size_t)(p - (const unsigned char *)text), text);
}

/* Every cell of an RFC 4180 text: with neutralisation none starts with = + - @ TAB CR. */
static void check_csv(const char *text, unsigned flags)
{
    int bom = strncmp(text, "\xEF\xBB\xBF", 3) == 0;
    FUZZ_CHECK(bom == !(flags & ANTQ_CSV_NO_BOM), "byte-order mark %d with flags %u", bom, flags);
    if (flags & ANTQ_CSV_RAW_CELLS)
        return;
    const char *p = text + (bom ? 3 : 0);
    while (*p) {
        const char *cell = *p == '"' ? p + 1 : p; /* the cell's first character */
        FUZZ_CHECK(!strchr("=+-@\t\r", *cell) || !*cell, "formula-looking cell at byte %zu:\n%s", (size_t)(p - text), text);
        if (*p == '"') {
            for (p++; *p && !(*p == '"' && p[1] != '"'); p += *p == '"' ? 2 : 1)
                ;
            FUZZ_CHECK(*p == '"', "unterminated quoted cell");
            p++;
        } else {
            while (*p && *p != ',' && *p != '\n')
                p++;
        }
        FUZZ_CHECK(*p == ',' || *p == '\n' || !*p, "garbage after a cell at byte %zu", (size_t)(p - text));
        if (*p)
            p++;
    }
}

static antq_evaluation *results(const antq_dataset *ds, int year)
{
    antq_evaluation *ev = NULL;
    antq_error err;
    if (antq_dataset_evaluate(&ev, ds, year, NULL, &err) != ANTQ_OK)
        return NULL;
    for (int format = ANTQ_FORMAT_JSON; format <= ANTQ_FORMAT_CSV_CRITERIA; format++) {
        char *text = NULL;
        int lang = format & 1 ? ANTQ_LANG_EN : ANTQ_LANG_VI;
        if (format == ANTQ_FORMAT_JSON || format == ANTQ_FORMAT_NDJSON) {
            FUZZ_CHECK(antq_evaluation_write(&text, ev, format, lang, NULL) == ANTQ_OK, "evaluation_write");
            if (format == ANTQ_FORMAT_JSON)
                check_json(text, "results");
            else
                check_json_lines(text, "NDJSON results");
            antq_free(text);
            continue;
        }
        for (unsigned flags = 0; flags < 4; flags++) {
            FUZZ_CHECK(antq_evaluation_write_detail(&text, NULL, ev, NULL, (antq_format)format,
                                                    (antq_detail)(flags % 3), (antq_lang)lang, flags, NULL) == ANTQ_OK,
                       "evaluation_write_detail");
            check_csv(text, flags);
            antq_free(text);
        }
    }
    for (size_t i = 0; i < antq_evaluation_count(ev) && i < 6; i++) {
        const antq_result *r = antq_evaluation_result(ev, i);
        char *text = NULL;
        FUZZ_CHECK(antq_result_explain(&text, r, (int)(i & 1), NULL) == ANTQ_OK, "explain");
        check_text(text, "explanation");
        antq_free(text);
        FUZZ_CHECK(antq_result_what_it_takes(&text, r, (int)(~i & 1), NULL) == ANTQ_OK, "what_it_takes");
        check_text(text, "what it would take");
        antq_free(text);
    }
    return ev;
}

static void plans(const antq_campaign *c, const antq_dataset *ds)
{
    antq_error err;
    int rc = antq_campaign_check(c, ds, &err);
    FUZZ_CHECK(rc == ANTQ_OK || rc == ANTQ_ENOTFOUND, "campaign_check: %s", antq_status_name(rc));
    antq_evaluation *ev = NULL;
    int ev_year = 0;
    for (size_t i = 0; i < antq_campaign_plan_count(c) && i < 4; i++) {
        const antq_plan *p = antq_campaign_plan(c, i);
        if (!ev || ev_year != p->year) {
            antq_evaluation_free(ev);
            ev_year = p->year;
            ev = results(ds, p->year);
        }
        antq_scorecard *sc = NULL;
        if (antq_plan_evaluate(&sc, c, i, ev, 0, &err) != ANTQ_OK)
            continue;
        for (size_t t = 0; t < antq_scorecard_target_count(sc); t++) {
            const antq_target_result *r = antq_scorecard_target(sc, t);
            FUZZ_CHECK(r->outcome != ANTQ_OUTCOME_PASS || r->gap == 0, "a met target with gap %lld", (long long)r->gap);
            FUZZ_CHECK(r->outcome == ANTQ_OUTCOME_UNKNOWN || r->value_num >= 0, "a decided target without a value");
        }
        for (int lang = ANTQ_LANG_VI; lang <= ANTQ_LANG_EN; lang++) {
            char *text = NULL;
            FUZZ_CHECK(antq_scorecard_write(&text, sc, ANTQ_FORMAT_JSON, lang, NULL) == ANTQ_OK, "scorecard JSON");
            check_json(text, "scorecard");
            antq_free(text);
            FUZZ_CHECK(antq_scorecard_write(&text, sc, ANTQ_FORMAT_TEXT, lang, NULL) == ANTQ_OK, "scorecard text");
            check_text(text, "scorecard");
            antq_free(text);
        }
        antq_scorecard_free(sc);
        antq_festival_coverage cov;
        antq_festival_coverage_init(&cov);
        rc = antq_festival_coverage_compute(&cov, c, ds, p->year, &err);
        FUZZ_CHECK(rc == ANTQ_OK || rc == ANTQ_ERANGE, "coverage: %s", antq_status_name(rc));
        FUZZ_CHECK(cov.participants >= 0 && cov.gifts >= 0 && cov.gift_value_vnd >= 0, "negative total");
    }
    if (!ev)
        antq_evaluation_free(results(ds, antq_dataset_latest_year(ds) ? antq_dataset_latest_year(ds) : 2024));
    antq_evaluation_free(ev);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const uint8_t *sep = memchr(data, 0xFF, size);
    size_t ds_len = sep ? (size_t)(sep - data) : size;
    antq_dataset *ds = NULL;
    antq_error err;
    if (antq_dataset_load_json(&ds, (const char *)data, ds_len, ANTQ_LOAD_DEFAULT, &err) != ANTQ_OK)
        return 0;
    antq_campaign *c = NULL;
    if (sep && antq_campaign_load_json(&c, (const char *)sep + 1, size - ds_len - 1, &err) == ANTQ_OK) {
        plans(c, ds);
        antq_campaign_free(c);
    } else {
        antq_evaluation_free(results(ds, antq_dataset_latest_year(ds) ? antq_dataset_latest_year(ds) : 2024));
    }
    antq_dataset_free(ds);
    return 0;
}
