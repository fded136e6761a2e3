/* NDJSON streaming evaluation: antq_stream is the ingestion pipeline
 * (lib/pipeline/pipeline.c) with each result written as one JSON line.
 * SPDX-License-Identifier: MIT */
#include "io.h"

#include <string.h>

struct antq_stream {
    antq_options opts;
    int opts_checked;        /* opts passed antq__options_validate() (done once, at the first evaluation) */
    int lang;
    antq_stream_fn fn;
    void *ud;
    antq_pipeline *p;
    /* antq_stream_set_output: results in this format and detail to result_fn, built in out */
    antq_stream_result_fn result_fn;
    int format, detail;
    antq__buf out;
    int fed; /* a line was fed: the output can no longer change */
};

static int on_result(const antq_result *r, const antq_unit *u, const antq_rollup *rollup, void *ud)
{
    (void)u;
    (void)rollup;
    antq_stream *s = ud;
    if (s->result_fn) { /* one buffer reused from result to result: no allocation per line */
        s->out.len = 0;
        s->out.failed = 0;
        antq__result_detail(&s->out, r, s->format, s->detail, s->lang, ANTQ_CSV_DEFAULT);
        if (s->out.failed)
            return ANTQ_ENOMEM;
        return s->result_fn(r, s->out.data ? s->out.data : "", s->out.len, s->ud) ? 1 : 0;
    }
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
    antq_options_init(&s->opts, ANTQ_OPTIONS_VERSION);
    if (opts && opts->version == ANTQ_OPTIONS_VERSION)
        s->opts = *opts;
    else if (opts) /* an older layout (or an unknown version, refused at the first evaluation): its first fields */
        memcpy(&s->opts, opts, ANTQ__OPTIONS_V1_SIZE);
    if (s->opts.version == 1)
        s->opts.version = ANTQ_OPTIONS_VERSION; /* the later fields keep their defaults */
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
    antq__buf_free(&s->out);
    antq__free(s);
}

int antq_stream_set_output(antq_stream *s, antq_format format, antq_detail detail, antq_stream_result_fn fn,
                           antq_error *err)
{
    if (!s || !fn)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a stream and a callback, found NULL");
    if ((format != ANTQ_FORMAT_NDJSON && format != ANTQ_FORMAT_CSV_UNITS && format != ANTQ_FORMAT_CSV_CRITERIA) ||
        detail < ANTQ_DETAIL_VERDICT || detail > ANTQ_DETAIL_FULL)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an NDJSON or CSV format and a detail level, found %d and %d",
                               (int)format, (int)detail);
    if (s->fed)
        return antq__error_set(err, ANTQ_EINVAL, "", "the stream was already fed: set its output before the first line");
    s->result_fn = fn;
    s->format = format;
    s->detail = detail;
    return ANTQ_OK;
}

int antq_stream_feed(antq_stream *s, const char *line, size_t len, int32_t line_no, antq_error *err)
{
    if (!s)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a stream and a line, found NULL");
    s->fed = 1;
    return antq_pipeline_feed_line(s->p, line, len, line_no, err);
}

int antq_stream_finish(antq_stream *s, antq_error *err)
{
    if (!s)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a stream, found NULL");
    return antq_pipeline_finish(s->p, err);
}
