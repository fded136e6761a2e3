/* antq-bench: throughput and memory of libantq at national scale.
 *
 *   antq-bench [--units N] [--years K] [--seed S] [--year Y] [--tmpdir DIR]
 *              [--keep] [--no-10x] [--smoke]
 *
 * Generates a synthetic national dataset (tools/bench/gen.c) as a dataset
 * document (JSON) and as NDJSON in a temporary directory, then measures each
 * mode in a fresh child process (this program re-executed with --child), so
 * that the peak resident set size (VmHWM) of each mode is its own. Prints one
 * "name: value" line per figure; names are stable (doc/performance.md).
 * Everything runs on one core. Not installed, not a timed test.
 * SPDX-License-Identifier: MIT */
#include "bench.h"

#include <antq.h>
#include <cjson/cJSON.h>

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MB 1e6

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Peak resident set size of this process in MB (VmHWM), or -1. */
static double peak_rss_mb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (!f)
        return -1;
    char line[256];
    double kb = -1;
    while (fgets(line, sizeof line, f))
        if (strncmp(line, "VmHWM:", 6) == 0) {
            kb = strtod(line + 6, NULL);
            break;
        }
    fclose(f);
    return kb < 0 ? -1 : kb * 1024.0 / MB;
}

static void die(const char *what)
{
    fprintf(stderr, "antq-bench: %s\n", what);
    exit(2);
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "antq-bench: cannot open %s: %s\n", path, strerror(errno));
        exit(2);
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0)
        die("cannot stat the input");
    size_t n = (size_t)st.st_size;
    char *buf = malloc(n ? n : 1);
    if (!buf || fread(buf, 1, n, f) != n)
        die("cannot read the input");
    fclose(f);
    *len = n;
    return buf;
}

static void fig(const char *name, double v)
{
    if (v == (double)(long long)v && v < 1e15 && v > -1e15)
        printf("%s: %lld\n", name, (long long)v);
    else
        printf("%s: %.6g\n", name, v);
    fflush(stdout);
}

/* ---- line reader shared by the NDJSON modes (the same for baseline and stream) */

typedef struct lines {
    FILE *f;
    char *buf;
    size_t cap, start, end;
    int eof;
    size_t bytes;
} lines;

static void lines_open(lines *l, FILE *f)
{
    memset(l, 0, sizeof *l);
    l->f = f;
    l->cap = 1 << 20;
    l->buf = malloc(l->cap);
    if (!l->buf)
        die("out of memory");
}

static int lines_next(lines *l, const char **line, size_t *len)
{
    for (;;) {
        char *nl = l->end > l->start ? memchr(l->buf + l->start, '\n', l->end - l->start) : NULL;
        if (nl) {
            *line = l->buf + l->start;
            *len = (size_t)(nl - *line);
            l->start += *len + 1;
            return 1;
        }
        if (l->eof) {
            if (l->end > l->start) {
                *line = l->buf + l->start;
                *len = l->end - l->start;
                l->start = l->end;
                return 1;
            }
            return 0;
        }
        memmove(l->buf, l->buf + l->start, l->end - l->start);
        l->end -= l->start;
        l->start = 0;
        if (l->end == l->cap) {
            l->cap *= 2;
            char *b = realloc(l->buf, l->cap);
            if (!b)
                die("out of memory");
            l->buf = b;
        }
        size_t got = fread(l->buf + l->end, 1, l->cap - l->end, l->f);
        l->bytes += got;
        l->end += got;
        if (got == 0)
            l->eof = 1;
    }
}

/* ================================================================ child modes */

static int child_baseline(void)
{
    fig("baseline_rss_mb", peak_rss_mb());
    return 0;
}

static int child_read(const char *path)
{
    static char block[1 << 20];
    double best = 0;
    for (int pass = 0; pass < 3; pass++) {
        FILE *f = fopen(path, "rb");
        if (!f)
            die("cannot open the input");
        size_t total = 0, got;
        double t0 = now();
        while ((got = fread(block, 1, sizeof block, f)) > 0)
            total += got;
        double t = now() - t0;
        fclose(f);
        double rate = (double)total / MB / t;
        if (rate > best)
            best = rate;
    }
    fig("raw_read_mb_per_s", best);
    return 0;
}

static int child_cjson(const char *path)
{
    size_t len;
    char *buf = read_all(path, &len);
    double t0 = now();
    cJSON *doc = cJSON_ParseWithLength(buf, len);
    double t = now() - t0;
    if (!doc)
        die("cJSON could not parse the document");
    fig("cjson_parse_s", t);
    fig("cjson_parse_peak_rss_mb", peak_rss_mb());
    cJSON_Delete(doc);
    free(buf);
    return 0;
}

static int child_load(const char *path)
{
    size_t len;
    char *buf = read_all(path, &len);
    antq_dataset *ds = NULL;
    antq_error err;
    double t0 = now();
    int rc = antq_dataset_load_json(&ds, buf, len, ANTQ_LOAD_DEFAULT, &err);
    double t = now() - t0;
    if (rc) {
        fprintf(stderr, "antq-bench: load failed: %s at %s (line %d)\n", err.message, err.path, (int)err.line);
        return 1;
    }
    fig("load_s", t);
    fig("load_peak_rss_mb", peak_rss_mb());
    antq_dataset_free(ds);
    free(buf);
    return 0;
}

/* In memory: the prepared (unit, evidence) pairs of every unit-year. */
static int child_eval(const char *path, int years, int only)
{
    size_t len;
    char *buf = read_all(path, &len);
    antq_dataset *ds = NULL;
    antq_error err;
    if (antq_dataset_load_json(&ds, buf, len, ANTQ_LOAD_DEFAULT, &err)) {
        fprintf(stderr, "antq-bench: load failed: %s at %s\n", err.message, err.path);
        return 1;
    }
    free(buf);
    int year = antq_dataset_year(ds) ? antq_dataset_year(ds) : antq_dataset_latest_year(ds);
    size_t n = antq_dataset_unit_count(ds);
    size_t m = n * (size_t)years;
    antq_unit *units = malloc(n * sizeof *units);
    antq_evidence *evs = malloc(m * sizeof *evs);
    size_t *owner = malloc(m * sizeof *owner);
    if (!units || !evs || !owner)
        die("out of memory");
    for (size_t i = 0; i < n; i++) {
        units[i] = *antq_dataset_unit(ds, i);
        for (int k = 0; k < years; k++) {
            size_t j = i * (size_t)years + (size_t)k;
            int y = year - years + 1 + k;
            const antq_evidence *ev = antq_dataset_evidence(ds, i, y);
            if (ev) {
                evs[j] = *ev;
            } else {
                antq_evidence_init(&evs[j]);
                evs[j].year = y;
            }
            owner[j] = i;
        }
    }
    antq_options opts;
    antq_options_init(&opts, ANTQ_OPTIONS_VERSION);

    /* evaluation, explanations off: repeat for at least one second */
    size_t evals = 0, checks = 0;
    double t = 0, best = 0;
    for (int pass = 0; t < 1.0 || pass < 3; pass++) {
        double t0 = now();
        for (size_t j = 0; j < m; j++) {
            antq_result *r = NULL;
            if (antq_evaluate(&r, &units[owner[j]], &evs[j], NULL, NULL, 0, &opts, &err) != ANTQ_OK) {
                fprintf(stderr, "antq-bench: evaluate failed: %s at %s\n", err.message, err.path);
                return 1;
            }
            checks += antq_result_check_count(r);
            antq_result_free(r);
        }
        double tp = now() - t0;
        t += tp;
        best = pass == 0 || tp < best ? tp : best;
        evals += m;
    }
    /* the best pass: the same work each time, so the fastest is the least disturbed */
    fig("eval_units", (double)m);
    fig("eval_units_per_s", (double)m / best);
    fig("eval_checks_per_s", (double)checks / (double)evals * (double)m / best);
    fig("eval_checks_per_unit", (double)checks / (double)evals);
    fig("eval_mean_units_per_s", (double)evals / t);
    if (only) /* --child eval FILE K only: for profiling the evaluator alone */
        return 0;

    /* explanations on: evaluate, then the full explanation text of each result */
    size_t text_bytes = 0;
    double t0 = now();
    for (size_t j = 0; j < m; j++) {
        antq_result *r = NULL;
        char *text = NULL;
        if (antq_evaluate(&r, &units[owner[j]], &evs[j], NULL, NULL, 0, &opts, NULL) != ANTQ_OK ||
            antq_result_explain(&text, r, ANTQ_LANG_VI, NULL) != ANTQ_OK)
            die("explain failed");
        text_bytes += strlen(text);
        antq_free(text);
        antq_result_free(r);
    }
    double te = now() - t0;
    fig("eval_explain_units_per_s", (double)m / te);
    fig("eval_explain_mb_per_s", (double)text_bytes / MB / te);

    /* roll-ups for the latest year: members' results are ready; time the
     * roll-up of every member into its commune and the commune evaluations */
    antq_result **res = calloc(n, sizeof *res);
    size_t *commune = malloc(n * sizeof *commune);
    size_t *tstart = calloc(n + 1, sizeof *tstart);
    antq_evidence empty;
    antq_evidence_init(&empty);
    empty.year = year;
    size_t n_communes = 0, total_events = 0;
    for (size_t i = 0; i < n; i++) {
        const antq_unit *u = &units[i];
        const antq_evidence *ev = antq_dataset_evidence(ds, i, year);
        commune[i] = (size_t)-1;
        if (u->kind == ANTQ_KIND_COMMUNE) {
            n_communes++;
            continue;
        }
        if (antq_evaluate(&res[i], u, ev ? ev : &empty, NULL, NULL, 0, &opts, NULL) != ANTQ_OK)
            die("evaluate failed");
        size_t p = u->parent_id ? antq_dataset_find(ds, u->parent_id) : (size_t)-1;
        if (p != (size_t)-1 && units[p].kind == ANTQ_KIND_COMMUNE) {
            commune[i] = p;
            if (ev) {
                tstart[p] += ev->n_events;
                total_events += ev->n_events;
            }
        }
    }
    size_t acc = 0;
    for (size_t i = 0; i <= n; i++) {
        size_t c = i < n ? tstart[i] : 0;
        tstart[i] = acc;
        acc += c;
    }
    antq_event *terr = malloc((total_events ? total_events : 1) * sizeof *terr);
    size_t *fill = malloc((n + 1) * sizeof *fill);
    memcpy(fill, tstart, (n + 1) * sizeof *fill);
    for (size_t i = 0; i < n; i++) {
        const antq_evidence *ev = commune[i] == (size_t)-1 ? NULL : antq_dataset_evidence(ds, i, year);
        for (size_t k = 0; ev && k < ev->n_events; k++) {
            antq_event *e = &terr[fill[commune[i]]++];
            *e = ev->events[k];
            if (!e->unit_id)
                e->unit_id = units[i].id;
        }
    }
    antq_rollup *ru = malloc(n * sizeof *ru);
    unsigned char *has = calloc(n, 1);
    const antq_evidence **evy = malloc(n * sizeof *evy); /* looked up before the clock starts */
    for (size_t i = 0; i < n; i++)
        evy[i] = antq_dataset_evidence(ds, i, year);
    t0 = now();
    for (size_t i = 0; i < n; i++)
        if (units[i].kind == ANTQ_KIND_COMMUNE)
            antq_rollup_init(&ru[i], units[i].id);
    for (size_t i = 0; i < n; i++)
        if (commune[i] != (size_t)-1) {
            antq_rollup_add(&ru[commune[i]], &units[i], evy[i], res[i], NULL);
            has[commune[i]] = 1;
        }
    for (size_t i = 0; i < n; i++) {
        if (units[i].kind != ANTQ_KIND_COMMUNE)
            continue;
        const antq_evidence *ev = evy[i];
        size_t nt = tstart[i + 1] - tstart[i];
        antq_result *r = NULL;
        if (antq_evaluate(&r, &units[i], ev ? ev : &empty, has[i] ? &ru[i] : NULL, nt ? terr + tstart[i] : NULL, nt,
                          &opts, &err) != ANTQ_OK) {
            fprintf(stderr, "antq-bench: commune evaluate failed: %s at %s\n", err.message, err.path);
            return 1;
        }
        antq_result_free(r);
    }
    double tr = now() - t0;
    fig("rollup_communes_per_s", (double)n_communes / tr);
    for (size_t i = 0; i < n; i++)
        antq_result_free(res[i]);
    free(res);
    free(commune);
    free(tstart);
    free(terr);
    free(fill);
    free(ru);
    free(has);
    free(evy);

    /* the whole dataset for the latest year, then its results written out */
    antq_evaluation *ev = NULL;
    t0 = now();
    if (antq_dataset_evaluate(&ev, ds, year, NULL, &err) != ANTQ_OK) {
        fprintf(stderr, "antq-bench: dataset evaluate failed: %s at %s\n", err.message, err.path);
        return 1;
    }
    double td = now() - t0;
    fig("dataset_eval_s", td);
    fig("dataset_eval_units_per_s", (double)n / td);
    static const struct {
        int format;
        const char *name;
    } formats[] = {{ANTQ_FORMAT_JSON, "write_json"},
                   {ANTQ_FORMAT_CSV_UNITS, "write_csv"},
                   {ANTQ_FORMAT_CSV_CRITERIA, "write_csv_criteria"}};
    for (size_t f = 0; f < sizeof formats / sizeof formats[0]; f++) {
        char *out = NULL;
        t0 = now();
        if (antq_evaluation_write(&out, ev, formats[f].format, ANTQ_LANG_VI, NULL) != ANTQ_OK)
            die("write failed");
        double tw = now() - t0;
        double mb = (double)strlen(out) / MB;
        char name[64];
        snprintf(name, sizeof name, "%s_mb", formats[f].name);
        fig(name, mb);
        snprintf(name, sizeof name, "%s_mb_per_s", formats[f].name);
        fig(name, mb / tw);
        antq_free(out);
    }
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    free(units);
    free(evs);
    free(owner);
    return 0;
}

/* File → load → evaluate (latest year) → results JSON written out. */
static int child_e2e(const char *path)
{
    double t0 = now();
    size_t len;
    char *buf = read_all(path, &len);
    antq_dataset *ds = NULL;
    antq_evaluation *ev = NULL;
    antq_error err;
    char *out = NULL;
    if (antq_dataset_load_json(&ds, buf, len, ANTQ_LOAD_DEFAULT, &err) != ANTQ_OK)
        die("load failed");
    free(buf);
    int year = antq_dataset_year(ds) ? antq_dataset_year(ds) : antq_dataset_latest_year(ds);
    if (antq_dataset_evaluate(&ev, ds, year, NULL, &err) != ANTQ_OK ||
        antq_evaluation_write(&out, ev, ANTQ_FORMAT_JSON, ANTQ_LANG_VI, NULL) != ANTQ_OK)
        die("evaluate or write failed");
    FILE *sink = fopen("/dev/null", "wb");
    size_t out_len = strlen(out);
    if (!sink || fwrite(out, 1, out_len, sink) != out_len)
        die("cannot write /dev/null");
    fclose(sink);
    size_t n = antq_dataset_unit_count(ds);
    antq_free(out);
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    double t = now() - t0;
    fig("e2e_json_s", t);
    fig("e2e_json_units", (double)n);
    fig("e2e_json_out_mb", (double)out_len / MB);
    fig("e2e_json_peak_rss_mb", peak_rss_mb());
    return 0;
}

/* Bare cJSON, line by line: the baseline of the NDJSON mode. */
/* A bare cJSON parse of every line of the file (read as antq's stream reads it); its time, and the lines in *n. */
static double cjson_lines_once(const char *path, size_t *n)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("cannot open the input");
    double t0 = now();
    lines l;
    lines_open(&l, f);
    const char *line;
    size_t len;
    *n = 0;
    while (lines_next(&l, &line, &len)) {
        if (!len)
            continue;
        cJSON *j = cJSON_ParseWithLength(line, len);
        if (!j)
            die("cJSON could not parse a line");
        cJSON_Delete(j);
        (*n)++;
    }
    double t = now() - t0;
    fclose(f);
    free(l.buf);
    return t;
}

static int child_ndjson_cjson(const char *path)
{
    size_t n;
    double t = cjson_lines_once(path, &n);
    fig("ndjson_cjson_line_parse_s", t);
    fig("ndjson_cjson_line_parse_units", (double)n);
    fig("ndjson_cjson_line_parse_peak_rss_mb", peak_rss_mb());
    return 0;
}

/* The input side of the NDJSON mode alone: every line added to one dataset
 * (parse, convert, validate, commit; no evaluation, no output). */
static int child_ndjson_load(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        die("cannot open the input");
    double t0 = now();
    antq_dataset *ds = NULL;
    if (antq_dataset_new(&ds) != ANTQ_OK)
        die("out of memory");
    lines l;
    lines_open(&l, f);
    const char *line;
    size_t len, n = 0;
    antq_error err;
    while (lines_next(&l, &line, &len)) {
        if (!len)
            continue;
        if (antq_dataset_add_json(ds, line, len, ANTQ_LOAD_DEFAULT, n, (int32_t)n, &err) != ANTQ_OK) {
            fprintf(stderr, "antq-bench: line %zu: %s at %s\n", n + 1, err.message, err.path);
            return 1;
        }
        n++;
    }
    double t = now() - t0;
    fclose(f);
    free(l.buf);
    antq_dataset_free(ds);
    fig("ndjson_load_s", t);
    return 0;
}

typedef struct sink {
    FILE *f;
    size_t bytes, lines;
} sink;

static int on_line(const char *line, size_t len, void *ud)
{
    sink *s = ud;
    fwrite(line, 1, len, s->f);
    fputc('\n', s->f);
    s->bytes += len + 1;
    s->lines++;
    return 0;
}

/* antq_stream_set_output(): the text comes in the stream's format and detail
 * (newlines included); one result per call */
static int on_result(const antq_result *r, const char *text, size_t len, void *ud)
{
    (void)r;
    sink *s = ud;
    fwrite(text, 1, len, s->f);
    s->bytes += len;
    s->lines++;
    return 0;
}

/* NDJSON end to end, once: lines in, evaluated, results out: full result lines (antq_stream_new's line
 * callback), or with format and detail names, the results in that format at that detail
 * (antq_stream_set_output), written to /dev/null. Its time; what was read and written in *l and *out. */
static double stream_once(const char *path, int year, const char *format, const char *detail, lines *l, sink *out)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        die("cannot open the input");
    *out = (sink){fopen("/dev/null", "wb"), 0, 0};
    if (!out->f)
        die("cannot open /dev/null");
    double t0 = now();
    antq_stream *s = NULL;
    if (antq_stream_new(&s, year, NULL, ANTQ_LANG_VI, on_line, out) != ANTQ_OK)
        die("stream_new failed");
    if (format) {
        antq_detail d;
        antq_format fm = strcmp(format, "csv") == 0 ? ANTQ_FORMAT_CSV_UNITS : ANTQ_FORMAT_NDJSON;
        if (antq_detail_from_name(&d, detail) != ANTQ_OK || antq_stream_set_output(s, fm, d, on_result, NULL) != ANTQ_OK)
            die("stream_set_output failed");
    }
    lines_open(l, f);
    const char *line;
    size_t len;
    int32_t no = 0;
    antq_error err;
    while (lines_next(l, &line, &len)) {
        no++;
        if (antq_stream_feed(s, line, len, no, &err) != ANTQ_OK) {
            fprintf(stderr, "antq-bench: line %d: %s at %s\n", (int)no, err.message, err.path);
            exit(1);
        }
    }
    if (antq_stream_finish(s, &err) != ANTQ_OK)
        die("stream_finish failed");
    antq_stream_free(s);
    double t = now() - t0;
    if (f != stdin)
        fclose(f);
    fclose(out->f);
    free(l->buf);
    return t;
}

static int child_stream(const char *path, int year, const char *prefix, const char *format, const char *detail)
{
    lines l;
    sink out;
    double t = stream_once(path, year, format, detail, &l, &out);
    char name[96];
#define PUT(suffix, v) (snprintf(name, sizeof name, "%s_%s", prefix, suffix), fig(name, v))
    PUT("s", t);
    PUT("units", (double)out.lines);
    PUT("in_mb", (double)l.bytes / MB);
    PUT("out_mb", (double)out.bytes / MB);
    PUT("peak_rss_mb", peak_rss_mb());
#undef PUT
    return 0;
}

/* The failures level against a bare cJSON line parse of the same file, measured in one process, one after
 * the other, five times (best of each): a ratio of two runs made under the same conditions, where two child
 * processes run apart can meet a machine that has sped up or slowed down in between. */
static int child_failures_pair(const char *path, int year)
{
    double best_cj = 0, best_f = 0;
    for (int round = 0; round < 5; round++) {
        size_t n;
        double tc = cjson_lines_once(path, &n);
        lines l;
        sink out;
        double tf = stream_once(path, year, "ndjson", "failures", &l, &out);
        best_cj = round == 0 || tc < best_cj ? tc : best_cj;
        best_f = round == 0 || tf < best_f ? tf : best_f;
    }
    fig("failures_pair_cjson_line_parse_s", best_cj);
    fig("failures_pair_failures_s", best_f);
    return 0;
}

/* The NDJSON file's lines, in memory. */
typedef struct mem_lines {
    char *buf;
    size_t *start, *len, n;
} mem_lines;

static void mem_lines_read(mem_lines *m, const char *path)
{
    size_t size;
    m->buf = read_all(path, &size);
    size_t cap = 1024;
    m->start = malloc(cap * sizeof *m->start);
    m->len = malloc(cap * sizeof *m->len);
    m->n = 0;
    for (size_t p = 0; p < size;) {
        char *nl = memchr(m->buf + p, '\n', size - p);
        size_t e = nl ? (size_t)(nl - m->buf) : size;
        if (e > p) {
            if (m->n == cap) {
                cap *= 2;
                m->start = realloc(m->start, cap * sizeof *m->start);
                m->len = realloc(m->len, cap * sizeof *m->len);
            }
            if (!m->start || !m->len)
                die("out of memory");
            m->start[m->n] = p;
            m->len[m->n++] = e - p;
        }
        p = e + 1;
    }
}

/* In-memory evaluation against a bare cJSON parse of the same units, measured
 * in turns in one process (best of 5 each), so that both see the same machine:
 * antq_dataset_evaluate of the loaded document (validated once, when loaded;
 * every verdict, roll-up and commune result decided, members' whole results
 * built only when read, which this figure does not do),
 * antq_evaluate of every unit (which checks its arguments on every call), and
 * cJSON_ParseWithLength + cJSON_Delete of every NDJSON line held in memory. */
static int child_evalratio(const char *json_path, const char *ndjson_path)
{
    size_t len;
    char *buf = read_all(json_path, &len);
    antq_dataset *ds = NULL;
    antq_error err;
    if (antq_dataset_load_json(&ds, buf, len, ANTQ_LOAD_DEFAULT, &err) != ANTQ_OK)
        die("load failed");
    free(buf);
    mem_lines m;
    mem_lines_read(&m, ndjson_path);
    int year = antq_dataset_year(ds) ? antq_dataset_year(ds) : antq_dataset_latest_year(ds);
    size_t n = antq_dataset_unit_count(ds);
    antq_evidence empty;
    antq_evidence_init(&empty);
    empty.year = year;
    double best_ds = 0, best_call = 0, best_cj = 0;
    for (int round = 0; round < 5; round++) {
        double t0 = now();
        for (size_t i = 0; i < m.n; i++) {
            cJSON *j = cJSON_ParseWithLength(m.buf + m.start[i], m.len[i]);
            if (!j)
                die("cJSON could not parse a line");
            cJSON_Delete(j);
        }
        double tc = now() - t0;
        antq_evaluation *ev = NULL;
        t0 = now();
        if (antq_dataset_evaluate(&ev, ds, year, NULL, &err) != ANTQ_OK)
            die("dataset evaluate failed");
        antq_evaluation_free(ev);
        double td = now() - t0;
        t0 = now();
        for (size_t i = 0; i < n; i++) {
            const antq_unit *u = antq_dataset_unit(ds, i);
            if (u->kind == ANTQ_KIND_COMMUNE)
                continue;
            const antq_evidence *e = antq_dataset_evidence(ds, i, year);
            antq_result *r = NULL;
            if (antq_evaluate(&r, u, e ? e : &empty, NULL, NULL, 0, NULL, &err) != ANTQ_OK)
                die("evaluate failed");
            antq_result_free(r);
        }
        double tu = now() - t0;
        best_cj = round == 0 || tc < best_cj ? tc : best_cj;
        best_ds = round == 0 || td < best_ds ? td : best_ds;
        best_call = round == 0 || tu < best_call ? tu : best_call;
    }
    size_t members = 0;
    for (size_t i = 0; i < n; i++)
        members += antq_dataset_unit(ds, i)->kind != ANTQ_KIND_COMMUNE;
    double cj = (double)m.n / best_cj;
    fig("evalratio_cjson_line_parse_units_per_s", cj);
    fig("eval_dataset_units_per_s", (double)n / best_ds);
    fig("eval_call_units_per_s", (double)members / best_call);
    fig("eval_vs_cjson_line_parse_ratio", (double)n / best_ds / cj);
    fig("eval_call_vs_cjson_line_parse_ratio", (double)members / best_call / cj);
    antq_dataset_free(ds);
    free(m.buf);
    free(m.start);
    free(m.len);
    return 0;
}

/* A ten-year document read once and evaluated for all its years, against the
 * same document read once and evaluated for its latest year only. */
static int child_years(const char *path, int years)
{
    double t1 = 0, tk = 0;
    for (int round = 0; round < 3; round++) {
        for (int all = 0; all < 2; all++) {
            double t0 = now();
            size_t len;
            char *buf = read_all(path, &len);
            antq_dataset *ds = NULL;
            antq_error err;
            if (antq_dataset_load_json(&ds, buf, len, ANTQ_LOAD_DEFAULT, &err) != ANTQ_OK)
                die("load failed");
            free(buf);
            int last = antq_dataset_latest_year(ds);
            for (int y = all ? last - years + 1 : last; y <= last; y++) {
                antq_evaluation *ev = NULL;
                if (antq_dataset_evaluate(&ev, ds, y, NULL, &err) != ANTQ_OK)
                    die("evaluate failed");
                antq_evaluation_free(ev);
            }
            antq_dataset_free(ds);
            double t = now() - t0;
            if (all)
                tk = round == 0 || t < tk ? t : tk;
            else
                t1 = round == 0 || t < t1 ? t : t1;
        }
    }
    fig("years10_one_pass_s", tk);
    fig("years10_latest_year_only_s", t1);
    return 0;
}

static int child_main(int argc, char **argv)
{
    const char *mode = argv[2];
    if (strcmp(mode, "baseline") == 0)
        return child_baseline();
    if (argc < 4)
        die("--child needs a file");
    if (strcmp(mode, "read") == 0)
        return child_read(argv[3]);
    if (strcmp(mode, "cjson") == 0)
        return child_cjson(argv[3]);
    if (strcmp(mode, "load") == 0)
        return child_load(argv[3]);
    if (strcmp(mode, "eval") == 0)
        return child_eval(argv[3], argc > 4 ? atoi(argv[4]) : 1, argc > 5 && strcmp(argv[5], "only") == 0);
    if (strcmp(mode, "e2e") == 0)
        return child_e2e(argv[3]);
    if (strcmp(mode, "ndjson_cjson") == 0)
        return child_ndjson_cjson(argv[3]);
    if (strcmp(mode, "ndjson_load") == 0)
        return child_ndjson_load(argv[3]);
    if (strcmp(mode, "stream") == 0 && argc > 5)
        return child_stream(argv[3], atoi(argv[4]), argv[5], argc > 7 ? argv[6] : NULL, argc > 7 ? argv[7] : NULL);
    if (strcmp(mode, "failures_pair") == 0 && argc > 4)
        return child_failures_pair(argv[3], atoi(argv[4]));
    if (strcmp(mode, "evalratio") == 0 && argc > 4)
        return child_evalratio(argv[3], argv[4]);
    if (strcmp(mode, "years") == 0 && argc > 4)
        return child_years(argv[3], atoi(argv[4]));
    die("unknown --child mode");
    return 2;
}

/* ================================================================ parent */

#define MAX_FIGS 160

static struct {
    char name[64];
    double value;
} figs[MAX_FIGS];
static size_t n_figs;

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), k = strlen(suffix);
    return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* Repeated runs (--repeat) keep the best: the shortest time, the highest
 * rate, the highest peak memory (memory is not a matter of luck). */
static double merge(const char *name, double old, double v)
{
    if (ends_with(name, "_per_s"))
        return v > old ? v : old;
    if (ends_with(name, "_s"))
        return v < old ? v : old;
    if (strstr(name, "peak_rss"))
        return v > old ? v : old;
    return v;
}

static void record(const char *name, double v)
{
    for (size_t i = 0; i < n_figs; i++)
        if (strcmp(figs[i].name, name) == 0) {
            figs[i].value = merge(name, figs[i].value, v);
            return;
        }
    if (n_figs < MAX_FIGS) {
        snprintf(figs[n_figs].name, sizeof figs[n_figs].name, "%.63s", name);
        figs[n_figs++].value = v;
    }
}

static double get(const char *name)
{
    for (size_t i = 0; i < n_figs; i++)
        if (strcmp(figs[i].name, name) == 0)
            return figs[i].value;
    return -1;
}

static int has(const char *name)
{
    for (size_t i = 0; i < n_figs; i++)
        if (strcmp(figs[i].name, name) == 0)
            return 1;
    return 0;
}

/* Figures are recorded and printed together at the end (print_all). */
static void put(const char *name, double v) { record(name, v); }

static char self_exe[4096];

/* Run this program with --child and the given arguments; stdin from in_fd
 * (or inherited when -1); its "name: value" lines are recorded and echoed. */
static int run_child(int in_fd, const char *const *args)
{
    int p[2];
    if (pipe(p) != 0)
        die("pipe failed");
    fflush(stdout);
    pid_t pid = fork();
    if (pid < 0)
        die("fork failed");
    if (pid == 0) {
        char *argv[16];
        int a = 0;
        argv[a++] = self_exe;
        argv[a++] = (char *)"--child";
        for (size_t i = 0; args[i] && a < 15; i++)
            argv[a++] = (char *)args[i];
        argv[a] = NULL;
        if (in_fd >= 0) {
            dup2(in_fd, 0);
            close(in_fd);
        }
        dup2(p[1], 1);
        close(p[0]);
        close(p[1]);
        execv(self_exe, argv);
        _exit(127);
    }
    close(p[1]);
    if (in_fd >= 0)
        close(in_fd);
    FILE *r = fdopen(p[0], "r");
    char line[512];
    while (r && fgets(line, sizeof line, r)) {
        char *colon = strstr(line, ": ");
        if (!colon)
            continue;
        *colon = '\0';
        put(line, strtod(colon + 2, NULL));
    }
    if (r)
        fclose(r);
    int status = 0;
    waitpid(pid, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "antq-bench: child mode %s failed (status %d)\n", args[0], status);
        return 1;
    }
    return 0;
}

/* Run the antq tool (argv, NULL-terminated) with its standard output thrown
 * away; returns its wall time in seconds, or -1 when it fails. */
static double run_tool(char *const *argv)
{
    fflush(stdout);
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0)
        die("fork failed");
    if (pid == 0) {
        FILE *null = fopen("/dev/null", "wb");
        if (!null)
            _exit(127);
        dup2(fileno(null), 1);
        execv(argv[0], argv);
        _exit(127);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    double t = now() - t0;
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fprintf(stderr, "antq-bench: %s %s failed (status %d)\n", argv[0], argv[1], status);
        return -1;
    }
    return t;
}

/* Generate the synthetic dataset of g (NDJSON and/or JSON already opened). */
static void generate_into(bench_gen *g)
{
    static char buf_j[1 << 20], buf_n[1 << 20];
    if (g->json)
        setvbuf(g->json, buf_j, _IOFBF, sizeof buf_j);
    if (g->ndjson)
        setvbuf(g->ndjson, buf_n, _IOFBF, sizeof buf_n);
    bench_generate(g);
    if ((g->json && fclose(g->json) != 0) || (g->ndjson && fclose(g->ndjson) != 0))
        die("cannot write the temporary files (disk full?)");
}

static double file_mb(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (double)st.st_size / MB : -1;
}

/* Every figure the parent prints (the smoke test checks each appears). */
static const char *const all_figures[] = {
    "units", "communes", "years", "unit_years", "seed", "gen_s", "json_file_mb", "ndjson_file_mb",
    "baseline_rss_mb", "raw_read_mb_per_s",
    "cjson_parse_s", "cjson_parse_mb_per_s", "cjson_parse_peak_rss_mb", "cjson_parse_peak_rss_ratio",
    "load_s", "load_mb_per_s", "load_units_per_s", "load_peak_rss_mb", "json_array_load_peak_rss_ratio",
    "eval_units", "eval_units_per_s", "eval_checks_per_s", "eval_checks_per_unit", "eval_mean_units_per_s",
    "eval_explain_units_per_s", "eval_explain_mb_per_s", "rollup_communes_per_s",
    "dataset_eval_s", "dataset_eval_units_per_s",
    "write_json_mb", "write_json_mb_per_s", "write_csv_mb", "write_csv_mb_per_s",
    "write_csv_criteria_mb", "write_csv_criteria_mb_per_s",
    "e2e_json_s", "e2e_json_units", "e2e_json_out_mb", "e2e_json_peak_rss_mb", "e2e_json_units_per_s",
    "e2e_json_mb_per_s", "e2e_json_vs_cjson_parse_ratio",
    "ndjson_cjson_line_parse_s", "ndjson_cjson_line_parse_units", "ndjson_cjson_line_parse_peak_rss_mb",
    "ndjson_cjson_line_parse_units_per_s", "ndjson_cjson_line_parse_mb_per_s",
    "ndjson_e2e_s", "ndjson_e2e_units", "ndjson_e2e_in_mb", "ndjson_e2e_out_mb", "ndjson_e2e_peak_rss_mb",
    "ndjson_e2e_units_per_s", "ndjson_e2e_mb_per_s", "ndjson_vs_cjson_ratio", "ndjson_e2e_vs_cjson_line_parse_ratio",
    "ndjson_load_s", "ndjson_load_vs_cjson_ratio",
    "stream_peak_rss_mb",
    "stream_10x_s", "stream_10x_units", "stream_10x_in_mb", "stream_10x_out_mb", "stream_10x_peak_rss_mb",
    "stream_10x_input_ratio", "stream_10x_rss_ratio",
    "evalratio_cjson_line_parse_units_per_s", "eval_dataset_units_per_s", "eval_call_units_per_s",
    "eval_vs_cjson_line_parse_ratio", "eval_call_vs_cjson_line_parse_ratio",
    "ndjson_e2e_failures_s", "ndjson_e2e_failures_out_mb", "ndjson_e2e_failures_peak_rss_mb",
    "ndjson_e2e_failures_units_per_s", "failures_pair_cjson_line_parse_s", "failures_pair_failures_s",
    "ndjson_e2e_failures_vs_cjson_line_parse_ratio",
    "ndjson_e2e_verdict_s", "ndjson_e2e_verdict_out_mb", "ndjson_e2e_verdict_vs_cjson_line_parse_ratio",
    "ndjson_csv_s", "ndjson_csv_out_mb", "ndjson_csv_peak_rss_mb",
    "stats_s", "stats_units_per_s", "stats_2x_s", "stats_2x_time_ratio",
    "years10_units", "years10_one_pass_s", "years10_latest_year_only_s", "years10_vs_one_year_ratio",
    "target_eval_units_per_s_met", "target_ndjson_vs_cjson_met", "target_stream_flat_met",
    "target_json_load_rss_met", "target_eval_vs_cjson_met", "target_failures_vs_cjson_met",
    "target_ndjson_csv_rss_met", "target_stats_linear_met", "target_years10_met",
};

static void usage(void)
{
    fputs("usage: antq-bench [--units N] [--years K] [--seed S] [--year Y] [--tmpdir DIR] [--repeat R] [--keep]\n"
          "                  [--no-10x] [--antq PATH] [--smoke]\n"
          "  --units N   units in the synthetic dataset (default 200000; 3,321 communes per 200,000)\n"
          "  --years K   evidence years per unit, ending with --year (default 1)\n"
          "  --seed S    generator seed (default 1)\n"
          "  --year Y    latest evaluation year (default 2025)\n"
          "  --tmpdir D  where the temporary files go (default $TMPDIR or /tmp)\n"
          "  --repeat R  run every timed mode R times and keep the best (default 1)\n"
          "  --keep      keep the generated files\n"
          "  --no-10x    skip the streaming run over ten times the member units\n"
          "  --antq P    the antq tool, for the stats figures (default: ../antq/antq beside this program)\n"
          "  --smoke     check that every figure was printed (exit 1 if not)\n",
          stderr);
}

int main(int argc, char **argv)
{
    if (argc >= 3 && strcmp(argv[1], "--child") == 0)
        return child_main(argc, argv);
    long units = 200000;
    int years = 1, year = 2025, keep = 0, no10x = 0, smoke = 0, repeat = 1;
    uint64_t seed = 1;
    const char *tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    const char *antq_tool = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--units") == 0 && v)
            units = atol(v), i++;
        else if (strcmp(a, "--years") == 0 && v)
            years = atoi(v), i++;
        else if (strcmp(a, "--seed") == 0 && v)
            seed = strtoull(v, NULL, 10), i++;
        else if (strcmp(a, "--year") == 0 && v)
            year = atoi(v), i++;
        else if (strcmp(a, "--tmpdir") == 0 && v)
            tmp = v, i++;
        else if (strcmp(a, "--keep") == 0)
            keep = 1;
        else if (strcmp(a, "--no-10x") == 0)
            no10x = 1;
        else if (strcmp(a, "--smoke") == 0)
            smoke = 1;
        else if (strcmp(a, "--repeat") == 0 && v)
            repeat = atoi(v), i++;
        else if (strcmp(a, "--antq") == 0 && v)
            antq_tool = v, i++;
        else {
            usage();
            return 2;
        }
    }
    if (units < 1 || years < 1 || years > 100 || year < 2013 || year > 2998 || repeat < 1 || repeat > 100) {
        usage();
        return 2;
    }
    /* this program, for the children: argv[0] when it is a path (so that under
     * valgrind the children are this program, not valgrind), else /proc/self/exe */
    if (strchr(argv[0], '/') && strlen(argv[0]) < sizeof self_exe) {
        strcpy(self_exe, argv[0]);
    } else {
        ssize_t sl = readlink("/proc/self/exe", self_exe, sizeof self_exe - 1);
        if (sl <= 0)
            die("cannot find /proc/self/exe");
        self_exe[sl] = '\0';
    }

    char tool_path[4200];
    if (!antq_tool) { /* the build tree: tools/bench/antq-bench and tools/antq/antq */
        const char *slash = strrchr(self_exe, '/');
        snprintf(tool_path, sizeof tool_path, "%.*s/../antq/antq", (int)(slash ? slash - self_exe : 1),
                 slash ? self_exe : ".");
        antq_tool = tool_path;
    }
    char dir[4096], json_path[4200], ndjson_path[4200], ndjson2_path[4200], years_path[4200];
    snprintf(dir, sizeof dir, "%s/antq-bench-XXXXXX", tmp);
    if (!mkdtemp(dir))
        die("cannot create the temporary directory");
    snprintf(json_path, sizeof json_path, "%s/national.json", dir);
    snprintf(ndjson_path, sizeof ndjson_path, "%s/national.ndjson", dir);
    snprintf(ndjson2_path, sizeof ndjson2_path, "%s/national-2x.ndjson", dir);
    snprintf(years_path, sizeof years_path, "%s/years10.json", dir);

    /* the dataset, both forms at once */
    bench_gen g;
    memset(&g, 0, sizeof g);
    g.seed = seed;
    g.units = units;
    g.years = years;
    g.year = year;
    g.json = fopen(json_path, "wb");
    g.ndjson = fopen(ndjson_path, "wb");
    if (!g.json || !g.ndjson)
        die("cannot create the temporary files");
    static char jbuf[1 << 20], nbuf[1 << 20];
    setvbuf(g.json, jbuf, _IOFBF, sizeof jbuf);
    setvbuf(g.ndjson, nbuf, _IOFBF, sizeof nbuf);
    double t0 = now();
    bench_generate(&g);
    if (fclose(g.json) != 0 || fclose(g.ndjson) != 0)
        die("cannot write the temporary files (disk full?)");
    double gen_s = now() - t0;

    put("units", (double)g.out_units);
    put("communes", (double)g.out_communes);
    put("years", years);
    put("unit_years", (double)g.out_units * years);
    put("seed", (double)seed);
    put("gen_s", gen_s);
    double jmb = file_mb(json_path), nmb = file_mb(ndjson_path);
    put("json_file_mb", jmb);
    put("ndjson_file_mb", nmb);

    char ybuf[16], kbuf[16];
    snprintf(ybuf, sizeof ybuf, "%d", year);
    snprintf(kbuf, sizeof kbuf, "%d", years);
    int bad = 0;
    /* each mode in its own process; with --repeat, the best of the runs */
    for (int r = 0; r < repeat && !bad; r++) {
        bad |= run_child(-1, (const char *const[]){"baseline", NULL});
        bad |= run_child(-1, (const char *const[]){"read", json_path, NULL});
        bad |= run_child(-1, (const char *const[]){"cjson", json_path, NULL});
        bad |= run_child(-1, (const char *const[]){"load", json_path, NULL});
        bad |= run_child(-1, (const char *const[]){"eval", json_path, kbuf, NULL});
        bad |= run_child(-1, (const char *const[]){"e2e", json_path, NULL});
        bad |= run_child(-1, (const char *const[]){"ndjson_cjson", ndjson_path, NULL});
        bad |= run_child(-1, (const char *const[]){"ndjson_load", ndjson_path, NULL});
        bad |= run_child(-1, (const char *const[]){"stream", ndjson_path, ybuf, "ndjson_e2e", NULL});
        bad |= run_child(-1, (const char *const[]){"evalratio", json_path, ndjson_path, NULL});
        bad |= run_child(-1, (const char *const[]){"stream", ndjson_path, ybuf, "ndjson_e2e_failures", "ndjson",
                                                   "failures", NULL});
        bad |= run_child(-1, (const char *const[]){"failures_pair", ndjson_path, ybuf, NULL});
        bad |= run_child(-1, (const char *const[]){"stream", ndjson_path, ybuf, "ndjson_e2e_verdict", "ndjson",
                                                   "verdict", NULL});
        bad |= run_child(-1, (const char *const[]){"stream", ndjson_path, ybuf, "ndjson_csv", "csv", "full", NULL});
    }
    if (!bad) {
        put("cjson_parse_mb_per_s", jmb / get("cjson_parse_s"));
        put("cjson_parse_peak_rss_ratio", get("cjson_parse_peak_rss_mb") / jmb);
        put("load_mb_per_s", jmb / get("load_s"));
        put("load_units_per_s", (double)g.out_units / get("load_s"));
        put("json_array_load_peak_rss_ratio", get("load_peak_rss_mb") / jmb);
        put("e2e_json_units_per_s", get("e2e_json_units") / get("e2e_json_s"));
        put("e2e_json_mb_per_s", jmb / get("e2e_json_s"));
        put("e2e_json_vs_cjson_parse_ratio", get("e2e_json_mb_per_s") / get("cjson_parse_mb_per_s"));
        double base = get("ndjson_cjson_line_parse_s"), e2e = get("ndjson_e2e_s");
        put("ndjson_cjson_line_parse_units_per_s", get("ndjson_cjson_line_parse_units") / base);
        put("ndjson_cjson_line_parse_mb_per_s", nmb / base);
        put("ndjson_e2e_units_per_s", get("ndjson_e2e_units") / e2e);
        put("ndjson_e2e_mb_per_s", nmb / e2e);
        put("ndjson_vs_cjson_ratio", base / e2e);
        put("ndjson_e2e_vs_cjson_line_parse_ratio", base / e2e);
        put("ndjson_load_vs_cjson_ratio", base / get("ndjson_load_s"));
        put("stream_peak_rss_mb", get("ndjson_e2e_peak_rss_mb"));
        put("ndjson_e2e_failures_units_per_s", get("ndjson_e2e_failures_units") / get("ndjson_e2e_failures_s"));
        /* paired in one process (child_failures_pair()): not the two children above, run apart */
        put("ndjson_e2e_failures_vs_cjson_line_parse_ratio",
            get("failures_pair_cjson_line_parse_s") / get("failures_pair_failures_s"));
        put("ndjson_e2e_verdict_vs_cjson_line_parse_ratio", base / get("ndjson_e2e_verdict_s"));
    }

    /* antq stats over the NDJSON file and over one with twice the units
     * (the tool, as a user runs it; its output thrown away) */
    if (!bad) {
        bench_gen g2;
        memset(&g2, 0, sizeof g2);
        g2.seed = seed;
        g2.units = units * 2;
        g2.years = years;
        g2.year = year;
        g2.ndjson = fopen(ndjson2_path, "wb");
        if (!g2.ndjson)
            die("cannot create the temporary files");
        generate_into(&g2);
        double t1 = -1, t2 = -1;
        for (int r = 0; r < repeat; r++) {
            double a1 = run_tool((char *const[]){(char *)antq_tool, "stats", ndjson_path, "--year", ybuf, NULL});
            double a2 = run_tool((char *const[]){(char *)antq_tool, "stats", ndjson2_path, "--year", ybuf, NULL});
            if (a1 < 0 || a2 < 0) {
                bad = 1;
                break;
            }
            t1 = t1 < 0 || a1 < t1 ? a1 : t1;
            t2 = t2 < 0 || a2 < t2 ? a2 : t2;
        }
        if (!bad) {
            put("stats_s", t1);
            put("stats_units_per_s", (double)g.out_units / t1);
            put("stats_2x_s", t2);
            put("stats_2x_time_ratio", t2 / t1);
        }
        if (!keep)
            unlink(ndjson2_path);
    }

    /* ten years of evidence in one document: all years against the latest only */
    if (!bad) {
        bench_gen gy;
        memset(&gy, 0, sizeof gy);
        gy.seed = seed;
        gy.units = units / 10 > 100 ? units / 10 : 100;
        gy.years = 10;
        gy.year = year;
        gy.json = fopen(years_path, "wb");
        if (!gy.json)
            die("cannot create the temporary files");
        generate_into(&gy);
        put("years10_units", (double)gy.out_units);
        bad |= run_child(-1, (const char *const[]){"years", years_path, "10", NULL});
        if (!bad)
            put("years10_vs_one_year_ratio", get("years10_one_pass_s") / get("years10_latest_year_only_s"));
        if (!keep)
            unlink(years_path);
    }
    if (!keep) {
        unlink(json_path);
        unlink(ndjson_path);
    }

    /* memory flat: ten times the member units in the same communes, generated
     * into a pipe (nothing on disk) and streamed */
    if (!no10x && !bad) {
        int p[2];
        if (pipe(p) != 0)
            die("pipe failed");
        fflush(stdout);
        pid_t gen = fork();
        if (gen < 0)
            die("fork failed");
        if (gen == 0) {
            close(p[0]);
            bench_gen g10;
            memset(&g10, 0, sizeof g10);
            g10.seed = seed;
            g10.units = (units - g.out_communes) * 10 + g.out_communes;
            g10.communes = g.out_communes;
            g10.years = years;
            g10.year = year;
            g10.ndjson = fdopen(p[1], "wb");
            if (!g10.ndjson)
                _exit(2);
            setvbuf(g10.ndjson, nbuf, _IOFBF, sizeof nbuf);
            bench_generate(&g10);
            _exit(fclose(g10.ndjson) == 0 ? 0 : 2);
        }
        close(p[1]);
        bad |= run_child(p[0], (const char *const[]){"stream", "-", ybuf, "stream_10x", NULL});
        int status = 0;
        waitpid(gen, &status, 0);
        if (!bad) {
            put("stream_10x_input_ratio", get("stream_10x_in_mb") / get("ndjson_e2e_in_mb"));
            put("stream_10x_rss_ratio", get("stream_10x_peak_rss_mb") / get("stream_peak_rss_mb"));
        }
    }
    if (!keep)
        rmdir(dir);
    else
        fprintf(stderr, "antq-bench: files kept in %s\n", dir);

    /* the targets of doc/performance.md (1 met, 0 missed) */
    if (!bad) {
        put("target_eval_units_per_s_met", get("eval_units_per_s") >= 5e6);
        put("target_ndjson_vs_cjson_met", get("ndjson_vs_cjson_ratio") >= 0.8);
        if (has("stream_10x_rss_ratio"))
            put("target_stream_flat_met", get("stream_10x_rss_ratio") < 1.2 && get("stream_10x_peak_rss_mb") < 32);
        put("target_json_load_rss_met", get("json_array_load_peak_rss_ratio") < 1.5);
        put("target_eval_vs_cjson_met", get("eval_vs_cjson_line_parse_ratio") >= 10);
        put("target_failures_vs_cjson_met", get("ndjson_e2e_failures_vs_cjson_line_parse_ratio") >= 0.8);
        put("target_ndjson_csv_rss_met", get("ndjson_csv_peak_rss_mb") < 32);
        put("target_stats_linear_met", get("stats_2x_time_ratio") < 2.3);
        put("target_years10_met", get("years10_vs_one_year_ratio") < 2.5);
    }
    /* every figure, in the documented order, then any other */
    for (size_t i = 0; i < sizeof all_figures / sizeof all_figures[0]; i++)
        if (has(all_figures[i]))
            fig(all_figures[i], get(all_figures[i]));
    for (size_t i = 0; i < n_figs; i++) {
        size_t k = 0;
        while (k < sizeof all_figures / sizeof all_figures[0] && strcmp(all_figures[k], figs[i].name) != 0)
            k++;
        if (k == sizeof all_figures / sizeof all_figures[0])
            fig(figs[i].name, figs[i].value);
    }
    if (smoke) {
        int missing = 0;
        for (size_t i = 0; i < sizeof all_figures / sizeof all_figures[0]; i++)
            if (!has(all_figures[i]) && !(no10x && strncmp(all_figures[i], "stream_10x", 10) == 0) &&
                !(no10x && strcmp(all_figures[i], "target_stream_flat_met") == 0)) {
                fprintf(stderr, "antq-bench: figure %s was not printed\n", all_figures[i]);
                missing = 1;
            }
        if (missing)
            return 1;
    }
    return bad;
}
