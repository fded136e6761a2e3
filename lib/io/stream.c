/* NDJSON streaming evaluation: antq_stream is the ingestion pipeline
 * (lib/pipeline/pipeline.c) with each result written as one JSON line.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <string.h>

struct antq_stream {
    antq_options opts;
    int lang;
    antq_stream_fn fn;
    void *ud;
    antq_pipeline *p;
};

static int on_result(const antq_result *r, const antq_unit *u, const antq_rollup *rollup, void *ud)
{
    (void)u;
    (void)rollup;
    antq_stream *s = ud;
    char *text;
    if (antq_result_write_json(&text, r, s->lang, NULL) != ANTQ_OK)
        return ANTQ_ENOMEM; /* the line fails and may be fed again */
    int stop = s->fn(text, strlen(text), s->ud) ? 1 : 0;
    antq_free(text);
    return stop;
}

int antq_stream_new(antq_stream **out, int year, const antq_options *opts, int lang, antq_stream_fn fn, void *userdata)
{
    if (!out || !fn || (lang != ANTQ_LANG_VI && lang != ANTQ_LANG_EN))
        return ANTQ_EINVAL;
    *out = NULL;
    antq_stream *s = antq__calloc(1, sizeof *s);
    if (!s)
        return ANTQ_ENOMEM;
    if (opts)
        s->opts = *opts;
    else
        antq_options_init(&s->opts, ANTQ_OPTIONS_VERSION);
    s->lang = lang;
    s->fn = fn;
    s->ud = userdata;
    antq_pipeline_config cfg;
    antq_pipeline_config_init(&cfg);
    cfg.year_from = year;
    cfg.options = &s->opts;
    int rc = antq_pipeline_new(&s->p, &cfg, on_result, s, NULL);
    if (rc) {
        antq__free(s);
        return rc;
    }
    *out = s;
    return ANTQ_OK;
}

void antq_stream_free(antq_stream *s)
{
    if (!s)
        return;
    antq_pipeline_free(s->p);
    antq__free(s);
}

int antq_stream_feed(antq_stream *s, const char *line, size_t len, int32_t line_no, antq_error *err)
{
    if (!s)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a stream and a line, found NULL");
    return antq_pipeline_feed_line(s->p, line, len, line_no, err);
}

int antq_stream_finish(antq_stream *s, antq_error *err)
{
    if (!s)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a stream, found NULL");
    return antq_pipeline_finish(s->p, err);
}
