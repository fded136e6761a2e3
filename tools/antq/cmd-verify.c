/* antq verify RESULTS INPUT...: do the results still follow from their inputs
 * under this library? Reads the provenance written with the results, checks
 * the inputs' SHA-256, evaluates the inputs again with the recorded options,
 * year, format, detail and language, and compares record by record.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

/* One result record as written: a JSON line (comma of a JSON document
 * stripped) or a CSV row; key = what it is about (unit, or unit and criterion). */
typedef struct record {
    char *key;
    char *text;
} record;

typedef struct records {
    record *v;
    size_t n, cap;
} records;

static void records_free(records *r)
{
    for (size_t i = 0; i < r->n; i++) {
        free(r->v[i].key);
        free(r->v[i].text);
    }
    free(r->v);
}

/* Field k (0-based) of a CSV row, unquoted, as a new string ("" when absent). */
static char *csv_field(const char *row, int k)
{
    const char *p = row;
    for (int i = 0; i < k && *p; i++) {
        int quoted = 0;
        for (; *p && (quoted || *p != ','); p++)
            if (*p == '"')
                quoted = !quoted;
        if (*p == ',')
            p++;
    }
    size_t cap = strlen(p) + 1, n = 0;
    char *out = malloc(cap);
    if (!out)
        return NULL;
    int quoted = 0;
    for (; *p && (quoted || *p != ','); p++) {
        if (*p == '"') {
            if (quoted && p[1] == '"')
                out[n++] = *++p;
            else
                quoted = !quoted;
            continue;
        }
        out[n++] = *p;
    }
    out[n] = '\0';
    return out;
}

static char *json_key(const char *line)
{
    cJSON *j = cJSON_Parse(line);
    const cJSON *u = cJSON_GetObjectItemCaseSensitive(j, "unit");
    const cJSON *y = cJSON_GetObjectItemCaseSensitive(j, "year");
    char *key = NULL;
    if (cJSON_IsString(u)) {
        size_t n = strlen(u->valuestring) + 16;
        key = malloc(n);
        if (key)
            snprintf(key, n, "%s %d", u->valuestring, cJSON_IsNumber(y) ? y->valueint : 0);
    }
    cJSON_Delete(j);
    return key;
}

/* Split the body of results text (after its header) into records. */
static int split(char *text, int format, records *out)
{
    int json = format == ANTQ_FORMAT_JSON || format == ANTQ_FORMAT_NDJSON;
    int criteria = format == ANTQ_FORMAT_CSV_CRITERIA;
    char *save = NULL;
    int first = 1;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (first) { /* the header line (JSON opening, NDJSON header record, CSV column names) */
            first = 0;
            continue;
        }
        size_t len = strlen(line);
        if (len && line[len - 1] == '\r')
            line[--len] = '\0';
        if (format == ANTQ_FORMAT_JSON) {
            if (strcmp(line, "]}") == 0)
                continue;
            if (len && line[len - 1] == ',')
                line[--len] = '\0';
        }
        if (!len)
            continue;
        char *key;
        if (json) {
            key = json_key(line);
        } else {
            char *unit = csv_field(line, 0), *crit = criteria ? csv_field(line, 2) : NULL;
            size_t n = (unit ? strlen(unit) : 0) + (crit ? strlen(crit) : 0) + 2;
            key = unit ? malloc(n) : NULL;
            if (key)
                snprintf(key, n, "%s %s", unit, crit ? crit : "");
            free(unit);
            free(crit);
        }
        if (!key)
            key = strdup(""); /* not a record this format writes: compared as text */
        if (cli_reserve((void **)&out->v, &out->cap, out->n + 1, sizeof *out->v, 256) != 0)
            return CLI_INTERNAL;
        out->v[out->n].key = key;
        out->v[out->n].text = strdup(line);
        if (!key || !out->v[out->n++].text)
            return CLI_INTERNAL;
    }
    return CLI_OK;
}

static int cmp_record(const void *a, const void *b)
{
    const record *x = a, *y = b;
    int c = strcmp(x->key, y->key);
    return c ? c : strcmp(x->text, y->text);
}

/* The criterion whose entries differ between two JSON results (in "checks" or
 * "failures"), or NULL; *field the first other member that differs. */
static void json_difference(const char *a, const char *b, char *what, size_t size)
{
    cJSON *x = cJSON_Parse(a), *y = cJSON_Parse(b);
    snprintf(what, size, "%s", _("bản ghi khác"));
    const char *lists[] = {"checks", "failures"};
    for (int l = 0; l < 2; l++) {
        const cJSON *la = cJSON_GetObjectItemCaseSensitive(x, lists[l]);
        const cJSON *lb = cJSON_GetObjectItemCaseSensitive(y, lists[l]);
        for (int pass = 0; pass < 2; pass++) {
            const cJSON *from = pass ? lb : la, *to = pass ? la : lb, *e;
            cJSON_ArrayForEach(e, from)
            {
                const cJSON *id = cJSON_GetObjectItemCaseSensitive(e, "criterion");
                const cJSON *match = NULL, *f;
                cJSON_ArrayForEach(f, to)
                {
                    if (cJSON_Compare(cJSON_GetObjectItemCaseSensitive(f, "criterion"), id, 1))
                        match = f;
                }
                if (cJSON_IsString(id) && (!match || !cJSON_Compare(e, match, 1))) {
                    snprintf(what, size,
                             !match ? (pass ? _("tiêu chí %s không có trong kết quả")
                                            : _("tiêu chí %s không có trong kết quả tính lại"))
                                    : _("tiêu chí %s khác"),
                             id->valuestring);
                    goto done;
                }
            }
        }
    }
    const cJSON *m;
    cJSON_ArrayForEach(m, x)
    {
        if (!cJSON_Compare(m, cJSON_GetObjectItemCaseSensitive(y, m->string), 1)) {
            snprintf(what, size, _("trường \"%s\" khác"), m->string);
            break;
        }
    }
done:
    cJSON_Delete(x);
    cJSON_Delete(y);
}

/* Compare the recorded results with the recomputed ones; print the first difference. */
static int compare(char *recorded, char *recomputed, int format)
{
    records a = {0}, b = {0};
    int rc = split(recorded, format, &a);
    if (!rc)
        rc = split(recomputed, format, &b);
    if (rc) {
        records_free(&a);
        records_free(&b);
        return rc;
    }
    qsort(a.v, a.n, sizeof *a.v, cmp_record);
    qsort(b.v, b.n, sizeof *b.v, cmp_record);
    size_t i = 0, j = 0;
    rc = CLI_OK;
    while (!rc && (i < a.n || j < b.n)) {
        int c = i == a.n ? 1 : j == b.n ? -1 : strcmp(a.v[i].key, b.v[j].key);
        if (c < 0) {
            printf(_("khác: %s có trong kết quả nhưng không có trong kết quả tính lại\n"), a.v[i].key);
            rc = CLI_DIFFERENT;
        } else if (c > 0) {
            printf(_("khác: %s không có trong kết quả\n"), b.v[j].key);
            rc = CLI_DIFFERENT;
        } else if (strcmp(a.v[i].text, b.v[j].text) != 0) {
            char what[256];
            if (format == ANTQ_FORMAT_JSON || format == ANTQ_FORMAT_NDJSON)
                json_difference(a.v[i].text, b.v[j].text, what, sizeof what);
            else
                snprintf(what, sizeof what, _("dòng khác: đã ghi \"%.100s\", tính lại \"%.100s\""),
                         a.v[i].text, b.v[j].text);
            printf(_("khác: đơn vị %s: %s\n"), a.v[i].key, what);
            rc = CLI_DIFFERENT;
        }
        i += c <= 0;
        j += c >= 0;
    }
    if (!rc)
        printf(P_("giống nhau: %zu bản ghi kết quả tính lại đều khớp\n",
                  "giống nhau: %zu bản ghi kết quả tính lại đều khớp\n", a.n),
               a.n);
    records_free(&a);
    records_free(&b);
    return rc;
}

/* The provenance object of RESULTS: in its first line (JSON, NDJSON), else in RESULTS.provenance.json. */
static cJSON *read_provenance(const char *results_path, const char *text, cJSON **holder)
{
    *holder = NULL;
    if (strncmp(text, "{\"format\":\"antq-results\"", 24) == 0) {
        const char *nl = strchr(text, '\n');
        size_t len = nl ? (size_t)(nl - text) : strlen(text);
        char *line = malloc(len + 3);
        if (!line)
            return NULL;
        memcpy(line, text, len);
        line[len] = '\0';
        if (len && line[len - 1] == '[') /* a JSON document's opening: close it */
            strcat(line, "]}");
        *holder = cJSON_Parse(line);
        free(line);
        return cJSON_GetObjectItemCaseSensitive(*holder, "provenance");
    }
    size_t n = strlen(results_path) + sizeof ".provenance.json";
    char *path = malloc(n), *buf = NULL;
    size_t len;
    if (!path)
        return NULL;
    snprintf(path, n, "%s.provenance.json", results_path);
    if (cli_read_file(path, &buf, &len) == CLI_OK) {
        *holder = cJSON_ParseWithLength(buf, len);
        free(buf);
    }
    free(path);
    return *holder;
}

static const char *str_of(const cJSON *o, const char *name)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, name);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int index_of(const char *name, const char *const *names)
{
    for (int i = 0; name && names[i]; i++)
        if (strcmp(name, names[i]) == 0)
            return i;
    return -1;
}

/* The recorded options, read back through the dataset loader. */
static int recorded_options(const cJSON *prov, antq_dataset **holder)
{
    *holder = NULL;
    if (cJSON_IsNull(cJSON_GetObjectItemCaseSensitive(prov, "options")))
        return CLI_OK; /* the input's own options, kept by its SHA-256 */
    char *opts = cJSON_PrintUnformatted(cJSON_GetObjectItemCaseSensitive(prov, "options"));
    if (!opts)
        return CLI_BAD_INPUT;
    size_t n = strlen(opts) + 80;
    char *doc = malloc(n);
    int rc = CLI_INTERNAL;
    if (doc) {
        snprintf(doc, n, "{\"format\":\"antq-dataset\",\"version\":1,\"options\":%s,\"units\":[]}", opts);
        antq_error err;
        rc = antq_dataset_load_json(holder, doc, strlen(doc), 0, &err) == ANTQ_OK ? CLI_OK : CLI_BAD_INPUT;
        if (rc)
            fprintf(stderr, _("antq: không đọc được các tùy chọn đã ghi: %s: %s\n"), err.path, err.message);
    }
    free(doc);
    cJSON_free(opts);
    return rc;
}

typedef struct sink {
    char *text;
    size_t len, cap;
    int failed;
} sink;

static int to_sink(const antq_result *r, const char *text, size_t len, void *ud)
{
    (void)r;
    sink *s = ud;
    if (s->len + len + 1 > s->cap) {
        size_t cap = (s->len + len + 1) * 2;
        char *t = realloc(s->text, cap);
        if (!t) {
            s->failed = 1;
            return 1;
        }
        s->text = t;
        s->cap = cap;
    }
    memcpy(s->text + s->len, text, len);
    s->len += len;
    s->text[s->len] = '\0';
    return 0;
}

static int no_line(const char *line, size_t len, void *ud)
{
    (void)line, (void)len, (void)ud;
    return 1;
}

/* Evaluate the dataset input again: streamed for NDJSON in and out, as evaluate does. */
static int recompute(const cli_args *v, const antq_options *opts, int year, int format, int detail, char **out)
{
    *out = NULL;
    antq_error err;
    if (v->ndjson && format == ANTQ_FORMAT_NDJSON) {
        char *buf;
        size_t len;
        int rc = cli_read_file(v->file, &buf, &len);
        if (rc)
            return rc;
        sink s = {NULL, 0, 0, 0};
        to_sink(NULL, "header\n", 7, &s); /* stands for the header line split() skips */
        antq_stream *st = NULL;
        rc = antq_stream_new(&st, year, opts, v->lang, no_line, &s) != ANTQ_OK ||
                     antq_stream_set_output(st, ANTQ_FORMAT_NDJSON, (antq_detail)detail, to_sink, &err) != ANTQ_OK
                 ? CLI_INTERNAL
                 : CLI_OK;
        int32_t no = 0;
        for (char *p = buf, *end = buf + len; !rc && p < end;) {
            char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
            if (antq_stream_feed(st, p, n, ++no, &err) != ANTQ_OK) {
                cli_print_error(v->file, &err);
                rc = CLI_BAD_INPUT;
            }
            p += n + 1;
        }
        if (!rc && antq_stream_finish(st, &err) != ANTQ_OK) {
            cli_print_error(v->file, &err);
            rc = CLI_BAD_INPUT;
        }
        antq_stream_free(st);
        free(buf);
        if (!rc && s.failed)
            rc = CLI_INTERNAL;
        if (rc)
            free(s.text);
        else
            *out = s.text;
        return rc;
    }
    antq_dataset *ds;
    int rc = cli_load_dataset(v, &ds);
    if (rc)
        return rc;
    if (!year)
        year = cli_pick_year(v, ds);
    antq_evaluation *ev = NULL;
    if (antq_dataset_evaluate(&ev, ds, year, opts, &err) != ANTQ_OK) {
        cli_print_error(v->file, &err);
        rc = CLI_BAD_INPUT;
    } else if (antq_evaluation_write_detail(out, NULL, ev, NULL, (antq_format)format, (antq_detail)detail,
                                            (antq_lang)v->lang, ANTQ_CSV_DEFAULT, &err) != ANTQ_OK) {
        rc = CLI_INTERNAL;
    }
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    return rc;
}

int cmd_verify(const cli_args *a)
{
    static const char *const formats[] = {"json", "ndjson", "csv", "csv-criteria", NULL};
    static const char *const details[] = {"verdict", "failures", "full", NULL};
    static const char *const langs[] = {"vi", "en", NULL};
    const char *results_path = a->pos[0];
    char *results;
    size_t len;
    int rc = cli_read_file(results_path, &results, &len);
    if (rc)
        return rc;
    char *z = realloc(results, len + 1); /* read as text: NUL-terminated */
    if (!z) {
        free(results);
        return CLI_INTERNAL;
    }
    results = z;
    results[len] = '\0';
    cJSON *holder;
    const cJSON *prov = read_provenance(results_path, results, &holder);
    int format = index_of(str_of(prov, "format"), formats), detail = index_of(str_of(prov, "detail"), details);
    int lang = index_of(str_of(prov, "lang"), langs);
    const cJSON *year = cJSON_GetObjectItemCaseSensitive(prov, "year");
    const cJSON *inputs = cJSON_GetObjectItemCaseSensitive(prov, "inputs");
    if (!prov || format < 0 || detail < 0 || lang < 0 || !cJSON_IsNumber(year) || !cJSON_IsArray(inputs)) {
        fprintf(stderr,
                _("antq: %s không có thông tin nguồn gốc đọc được (bản ghi đầu của JSON hoặc NDJSON, "
                  "hoặc tệp %s.provenance.json)\n"),
                results_path, results_path);
        cJSON_Delete(holder);
        free(results);
        return CLI_BAD_INPUT;
    }
    /* the library and catalogue that wrote the results, against this one */
    char hash[ANTQ_SHA256_HEX_SIZE];
    antq_catalogue_hash(hash);
    const char *version = str_of(prov, "version"), *catalogue = str_of(prov, "catalogue_sha256");
    char year_text[64];
    if ((int)year->valuedouble)
        snprintf(year_text, sizeof year_text, _("năm %d"), (int)year->valuedouble);
    else
        snprintf(year_text, sizeof year_text, "%s", _("năm chọn theo dữ liệu"));
    printf(_("kết quả: %s (%s, mức chi tiết %s, %s)\n"), results_path, formats[format], details[detail], year_text);
    printf(version && strcmp(version, antq_version()) == 0 ? _("thư viện: lúc ghi %s, hiện tại %s\n")
                                                           : _("thư viện: lúc ghi %s, hiện tại %s (khác)\n"),
           version ? version : "?", antq_version());
    fputs(catalogue && strcmp(catalogue, hash) == 0 ? _("danh mục tiêu chí: cùng SHA-256\n")
                                                    : _("danh mục tiêu chí: SHA-256 khác (quy tắc đã thay đổi)\n"),
          stdout);
    /* the inputs, in the recorded order */
    int n_in = cJSON_GetArraySize(inputs), mismatch = 0;
    if (n_in != a->npos - 1) {
        fprintf(stderr,
                P_("antq: %s ghi nhận %d tệp vào, nhưng lệnh cho %d tệp (tệp dữ liệu, rồi tệp --options nếu có)\n",
                   "antq: %s ghi nhận %d tệp vào, nhưng lệnh cho %d tệp (tệp dữ liệu, rồi tệp --options nếu có)\n",
                   (unsigned long)n_in),
                results_path, n_in, a->npos - 1);
        cJSON_Delete(holder);
        free(results);
        return CLI_USAGE;
    }
    for (int i = 0; i < n_in; i++) {
        const char *want = str_of(cJSON_GetArrayItem(inputs, i), "sha256");
        antq_input_digest d;
        if (cli_digest_file(&d, a->pos[1 + i]) != CLI_OK) {
            cJSON_Delete(holder);
            free(results);
            return CLI_IO;
        }
        if (!want) {
            printf(_("tệp vào %s: không có SHA-256 lúc ghi kết quả (đọc từ đầu vào chuẩn)\n"), a->pos[1 + i]);
        } else if (strcmp(want, d.sha256) != 0) {
            printf(_("khác: tệp vào %s có SHA-256 %s, kết quả ghi %s\n"), a->pos[1 + i], d.sha256, want);
            mismatch = 1;
        } else {
            printf(_("tệp vào %s: cùng SHA-256\n"), a->pos[1 + i]);
        }
    }
    antq_dataset *opts_ds = NULL;
    rc = recorded_options(prov, &opts_ds);
    char *again = NULL;
    if (!rc) {
        cli_args v = *a;
        v.file = a->pos[1];
        size_t fl = strlen(v.file);
        v.ndjson = fl > 7 && strcmp(v.file + fl - 7, ".ndjson") == 0;
        v.lang = lang;
        v.year = (int)year->valuedouble;
        v.options_ds = NULL;
        rc = recompute(&v, antq_dataset_options(opts_ds), v.year, format, detail, &again);
    }
    if (!rc)
        rc = compare(results, again, format);
    if (!rc && mismatch)
        rc = CLI_DIFFERENT;
    if (!rc)
        printf(_("kết quả vẫn đúng với dữ liệu vào theo libantq %s\n"), antq_version());
    free(again);
    antq_dataset_free(opts_ds);
    cJSON_Delete(holder);
    free(results);
    return rc;
}
