/* The provenance record: what produced a set of results (library, rule sets,
 * catalogue hash, options, date, inputs), written as one JSON object.
 * SPDX-License-Identifier: MIT */
#include "io.h"

#include <string.h>

int antq_provenance_init(antq_provenance *prov, unsigned version)
{
    if (!prov)
        return ANTQ_EINVAL;
    if (version != ANTQ_PROVENANCE_VERSION)
        return ANTQ_EVERSION;
    memset(prov, 0, sizeof *prov);
    prov->version = ANTQ_PROVENANCE_VERSION;
    prov->format = ANTQ_FORMAT_JSON;
    prov->detail = ANTQ_DETAIL_FULL;
    prov->lang = ANTQ_LANG_VI;
    return ANTQ_OK;
}

static const char *format_name(int format)
{
    static const char *const names[] = {"json", "ndjson", "csv", "csv-criteria"};
    return format >= 0 && (size_t)format < ANTQ__ARRAY_LEN(names) ? names[format] : NULL;
}

int antq_provenance_write_json(char **out, size_t *len, const antq_provenance *p, antq_error *err)
{
    if (out)
        *out = NULL;
    if (!out || !p)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a provenance record and an output pointer, found NULL");
    if (p->version != ANTQ_PROVENANCE_VERSION)
        return antq__error_set(err, ANTQ_EINVAL, "/version", "expected provenance version %d, found %u",
                               ANTQ_PROVENANCE_VERSION, p->version);
    int results = p->format != -1 || p->detail != -1; /* -1 and -1: not a results file (a report) */
    if ((results && (!format_name(p->format) || p->detail < ANTQ_DETAIL_VERDICT || p->detail > ANTQ_DETAIL_FULL)) ||
        (p->lang != ANTQ_LANG_VI && p->lang != ANTQ_LANG_EN))
        return antq__error_set(err, ANTQ_EINVAL, "", "unknown format %d, detail %d or language %d", (int)p->format,
                               (int)p->detail, (int)p->lang);
    if (p->n_inputs && !p->inputs)
        return antq__error_set(err, ANTQ_EINVAL, "/inputs", "expected %zu inputs, found NULL", p->n_inputs);
    if (p->evaluation_date && !antq_date_valid(p->evaluation_date))
        return antq__error_set(err, ANTQ_EINVAL, "/evaluation_date", "expected a real date, found %d",
                               (int)p->evaluation_date);
    const antq_options *o = p->options;
    if (o && (o->version != ANTQ_OPTIONS_VERSION || o->trend_mode < 0 || o->trend_mode > ANTQ_TREND_STRICTLY_REDUCED ||
        o->pool_mode < 0 || o->pool_mode > ANTQ_POOL_RESIDENTIAL_ONLY || o->emulation_mode < 0 ||
        o->emulation_mode > ANTQ_EMULATION_INELIGIBLE_FAILS || (o->n_extra && !o->extra)))
        return antq__error_set(err, ANTQ_EINVAL, "/options", "the options are not valid (antq_evaluate() says why)");

    antq__buf b;
    antq__buf_init(&b);
    char hash[ANTQ_SHA256_HEX_SIZE];
    antq_catalogue_hash(hash);
    antq__buf_puts(&b, "{\"library\":\"libantq\",\"version\":");
    antq__buf_json_string(&b, antq_version());
    antq__buf_puts(&b, ",\"rule_sets\":[");
    for (size_t i = 0; i < antq_ruleset_count(); i++) {
        antq__buf_puts(&b, i ? "," : "");
        antq__buf_json_string(&b, antq_ruleset_get(i)->id);
    }
    antq__buf_printf(&b, "],\"catalogue_sha256\":\"%s\",\"evaluated_on\":", hash);
    if (p->evaluation_date) {
        char d[16];
        antq_date_format(d, sizeof d, p->evaluation_date);
        antq__buf_printf(&b, "\"%s\"", d);
    } else {
        antq__buf_puts(&b, "null");
    }
    antq__buf_printf(&b, ",\"year\":%d,", (int)p->year);
    if (results)
        antq__buf_printf(&b, "\"format\":\"%s\",\"detail\":\"%s\"", format_name(p->format), antq_detail_name(p->detail));
    else
        antq__buf_puts(&b, "\"format\":null,\"detail\":null");
    antq__buf_printf(&b, ",\"lang\":\"%s\",\"options\":", p->lang == ANTQ_LANG_EN ? "en" : "vi");
    if (o)
        antq__options_json(&b, o, 0, NULL, NULL, NULL);
    else
        antq__buf_puts(&b, "null");
    if (o && o->n_authority)
        antq__buf_printf(&b, ",\"authority_table\":\"the caller's (%zu rows, not recorded)\"", o->n_authority);
    antq__buf_puts(&b, ",\"inputs\":[");
    for (size_t i = 0; i < p->n_inputs; i++) {
        const antq_input_digest *in = &p->inputs[i];
        antq__buf_puts(&b, i ? ",{\"name\":" : "{\"name\":");
        if (in->name)
            antq__buf_json_string(&b, in->name);
        else
            antq__buf_puts(&b, "null");
        antq__buf_printf(&b, ",\"size\":%llu,\"sha256\":", (unsigned long long)in->size);
        if (in->sha256[0])
            antq__buf_json_string(&b, in->sha256);
        else
            antq__buf_puts(&b, "null");
        antq__buf_puts(&b, "}");
    }
    antq__buf_puts(&b, "]}");
    size_t n = b.len;
    if (antq__buf_finish(&b, out) != ANTQ_OK)
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    if (len)
        *len = n;
    return ANTQ_OK;
}
