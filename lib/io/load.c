/* Loading datasets from JSON: the document is walked as text and each unit
 * (array element or NDJSON line) is parsed alone into a cJSON tree in the
 * dataset's reusable arena (lib/io/jsonparse.c), converted through
 * the field tables, validated, then committed to the dataset in one step.
 * Every error carries a JSON path, line, column and byte offset.
 * SPDX-License-Identifier: MIT */
#include "io.h"

#include <math.h>
#include <stdio.h>
#include <string.h>



/* Append "/key" to the path, truncated to fit (as snprintf would; no printf
 * here: this runs for every field of every record). */
static size_t push_now(antq__loader *L, const char *key)
{
    size_t old = L->plen, avail = sizeof L->path - old; /* >= 1: plen < sizeof path */
    size_t n = 1 + strlen(key), w = n < avail ? n : avail - 1;
    if (w) {
        L->path[old] = '/';
        memcpy(L->path + old + 1, key, w - 1);
    }
    L->path[old + w] = '\0';
    L->plen = old + w;
    return old;
}

/* The pending key (antq__load_object) into the path. */
static void settle(antq__loader *L)
{
    if (L->pending) {
        const char *key = L->pending;
        L->pending = NULL;
        push_now(L, key);
    }
}

size_t antq__load_push_key(antq__loader *L, const char *key)
{
    settle(L);
    return push_now(L, key);
}

size_t antq__load_push_index(antq__loader *L, size_t i)
{
    char tmp[24], *p = tmp + sizeof tmp;
    *--p = '\0';
    do
        *--p = (char)('0' + i % 10);
    while ((i /= 10) != 0);
    return antq__load_push_key(L, p);
}

void antq__load_pop(antq__loader *L, size_t old)
{
    L->plen = old;
    L->path[old] = '\0';
}

/* Report an error at the current path (or at `at` when not NULL). Returns code. */
int antq__load_report(antq__loader *L, int code, const char *at, const char *fmt, ...)
{
    settle(L);
    antq_error e;
    memset(&e, 0, sizeof e);
    e.code = code;
    snprintf(e.path, sizeof e.path, "%s", L->path);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.message, sizeof e.message, fmt, ap);
    va_end(ap);
    size_t off = 0;
    if (at && L->doc && at >= L->doc && at <= L->doc + L->doc_len) {
        off = (size_t)(at - L->doc);
        /* a position only (syntax errors): derive the path of the value being read */
        const char *base = L->elem && at >= L->elem && at <= L->elem + L->elem_len ? L->elem : L->doc;
        size_t blen = base == L->elem ? L->elem_len : L->doc_len;
        size_t keep = base == L->elem ? L->prefix_len : 0;
        if (base != L->elem || L->plen == L->prefix_len)
            antq__json_path_at(base, blen, (size_t)(at - base), e.path + keep, sizeof e.path - keep);
    } else if (L->elem)
        off = (size_t)(L->elem - L->doc) + antq__json_locate(L->elem, L->elem_len, L->path + L->prefix_len);
    if (L->doc) {
        if (!L->lc_line || off < L->lc_off) {
            L->lc_off = L->lc_start = 0;
            L->lc_line = 1;
        }
        for (const char *q = L->doc + L->lc_off, *stop = L->doc + off;
             q < stop && (q = memchr(q, '\n', (size_t)(stop - q))) != NULL; q++) {
            L->lc_line++;
            L->lc_start = (size_t)(q - L->doc) + 1;
        }
        L->lc_off = off;
        e.line = L->lc_line + L->line_offset; /* no overflow: antq_dataset_add_json() checked line_offset */
        e.column = (int32_t)(off - L->lc_start) + 1;
        e.offset = off;
    }
    L->n_errors++;
    if (!L->first)
        L->first = code;
    if (L->err && L->n_errors == 1)
        *L->err = e;
    if (L->fn) {
        if (L->fn(&e, L->ud))
            L->stop = 1;
    } else {
        L->stop = 1;
    }
    return code;
}

const char *antq__json_type_of(const cJSON *j)
{
    if (!j) return "nothing";
    if (antq__json_is_string(j)) return "a string";
    if (antq__json_is_number(j)) return "a number";
    if (antq__json_is_bool(j)) return "a boolean";
    if (antq__json_is_null(j)) return "null";
    if (antq__json_is_object(j)) return "an object";
    if (antq__json_is_array(j)) return "an array";
    return "an invalid value";
}

static char *dup_string(antq__loader *L, const char *s, size_t len)
{
    /* NFC: one spelling per id (doc/format.md) */
    char *d = L->text_valid ? antq__arena_strndup_nfc_utf8(L->arena, s, len) : antq__arena_strndup_nfc(L->arena, s, len);
    if (!d)
        antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
    return d;
}

static int names_list(char *buf, size_t size, const char *const *names, size_t n)
{
    size_t used = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n && used < size; i++)
        if (names[i])
            used += (size_t)snprintf(buf + used, size - used, "%s%s", used ? ", " : "", names[i]);
    return 0;
}

/* strcmp(a, b) == 0 inline: field names and keys are short, and this runs
 * for every member of every record */
static inline int same_name(const char *a, const char *b)
{
    while (*a && *a == *b) {
        a++;
        b++;
    }
    return *a == *b;
}

static int lookup_name(const char *const *names, size_t n, const char *s)
{
    for (size_t i = 0; i < n; i++)
        if (names[i] && same_name(names[i], s))
            return (int)i;
    return -1;
}

static int get_count(antq__loader *L, const cJSON *j, int64_t *out, int64_t min, int64_t max, const char *what)
{
    if (!antq__json_is_number(j))
        return antq__load_report(L, ANTQ_ETYPE, NULL, "expected %s, found %s", what, antq__json_type_of(j));
    double v = j->valuedouble;
    if (!isfinite(v)) /* 1e999: an integer too large for a double */
        return antq__load_report(L, ANTQ_ERANGE, NULL, "expected %s in %lld..%lld, found a number too large to represent",
                                 what, (long long)min, (long long)max);
    /* v != floor(v) without libm: from 2^53 on every double is an integer */
    if (fabs(v) < 9007199254740992.0 && v != (double)(int64_t)v)
        return antq__load_report(L, ANTQ_ETYPE, NULL, "expected %s, found the non-integer %g", what, v);
    if (v < (double)min || v > (double)max)
        return antq__load_report(L, ANTQ_ERANGE, NULL, "expected %s in %lld..%lld, found %.15g", what, (long long)min,
                      (long long)max, v);
    *out = (int64_t)v;
    return ANTQ_OK;
}

int antq__load_field(antq__loader *L, const antq__field *f, void *base, const cJSON *j)
{
    char *dst = (char *)base + f->offset;
    int64_t n;
    int rc;
    switch (f->type) {
    case ANTQ__FT_STRING: {
        if (antq__json_is_null(j) && !f->required) {
            *(const char **)(void *)dst = NULL;
            return ANTQ_OK;
        }
        if (!antq__json_is_string(j))
            return antq__load_report(L, ANTQ_ETYPE, NULL, "expected a string, found %s", antq__json_type_of(j));
        size_t bad, len = strlen(j->valuestring);
        if (!L->text_valid && !antq__utf8_valid(j->valuestring, len, &bad))
            return antq__load_report(L, ANTQ_EUTF8, NULL, "expected UTF-8 text, found an invalid byte at offset %zu of the string", bad);
        if (f->required && len == 0)
            return antq__load_report(L, ANTQ_EMISSING, NULL, "expected a non-empty string, found \"\"");
        char *s = dup_string(L, j->valuestring, len);
        if (!s)
            return ANTQ_ENOMEM;
        *(const char **)(void *)dst = s;
        return ANTQ_OK;
    }
    case ANTQ__FT_TRI:
        if (antq__json_is_null(j))
            *(int32_t *)(void *)dst = ANTQ_UNKNOWN;
        else if (antq__json_is_bool(j))
            *(int32_t *)(void *)dst = antq__json_is_true(j) ? ANTQ_YES : ANTQ_NO;
        else
            return antq__load_report(L, ANTQ_ETYPE, NULL, "expected true, false or null, found %s", antq__json_type_of(j));
        return ANTQ_OK;
    case ANTQ__FT_COUNT:
        if (antq__json_is_null(j)) {
            *(int64_t *)(void *)dst = ANTQ_COUNT_UNKNOWN;
            return ANTQ_OK;
        }
        if ((rc = get_count(L, j, &n, 0, 9007199254740991LL, "a count (an integer >= 0) or null")) != ANTQ_OK)
            return rc;
        *(int64_t *)(void *)dst = n;
        return ANTQ_OK;
    case ANTQ__FT_YEAR:
        if ((rc = get_count(L, j, &n, 1901, 2998, "a year")) != ANTQ_OK)
            return rc;
        *(int32_t *)(void *)dst = (int32_t)n;
        return ANTQ_OK;
    case ANTQ__FT_DATE: {
        if (antq__json_is_null(j) && !f->required) {
            *(int32_t *)(void *)dst = ANTQ_DATE_UNKNOWN;
            return ANTQ_OK;
        }
        if (!antq__json_is_string(j))
            return antq__load_report(L, ANTQ_ETYPE, NULL, "expected a date \"YYYY-MM-DD\", found %s", antq__json_type_of(j));
        int32_t d;
        rc = antq_date_parse(&d, j->valuestring, strlen(j->valuestring));
        if (rc == ANTQ_ERANGE)
            return antq__load_report(L, ANTQ_ERANGE, NULL, "expected a real calendar date, found \"%.40s\"", j->valuestring);
        if (rc != ANTQ_OK)
            return antq__load_report(L, ANTQ_ETYPE, NULL, "expected a date \"YYYY-MM-DD\", found \"%.40s\"", j->valuestring);
        *(int32_t *)(void *)dst = d;
        return ANTQ_OK;
    }
    case ANTQ__FT_ENUM:
    case ANTQ__FT_ENUM_M1: {
        if (antq__json_is_null(j) && !f->required) {
            *(int32_t *)(void *)dst = f->type == ANTQ__FT_ENUM_M1 ? -1 : 0;
            return ANTQ_OK;
        }
        int v = antq__json_is_string(j) ? lookup_name(f->names, f->n_names, j->valuestring) : -1;
        if (v < 0) { /* the list of names only for the message */
            char list[400];
            names_list(list, sizeof list, f->names, f->n_names);
            if (!antq__json_is_string(j))
                return antq__load_report(L, ANTQ_ETYPE, NULL, "expected one of: %s; found %s", list, antq__json_type_of(j));
            return antq__load_report(L, ANTQ_ERANGE, NULL, "expected one of: %s; found \"%.40s\"", list, j->valuestring);
        }
        *(int32_t *)(void *)dst = v;
        return ANTQ_OK;
    }
    case ANTQ__FT_TOPICS: {
        if (antq__json_is_null(j)) {
            *(int32_t *)(void *)dst = -1;
            return ANTQ_OK;
        }
        if (!antq__json_is_array(j))
            return antq__load_report(L, ANTQ_ETYPE, NULL, "expected an array of topic names, found %s", antq__json_type_of(j));
        int32_t mask = 0;
        size_t i = 0;
        for (const cJSON *t = j->child; t; t = t->next, i++) {
            size_t old = antq__load_push_index(L, i);
            int v = antq__json_is_string(t) ? lookup_name(antq__topic_names, antq__topic_count, t->valuestring) : -1;
            if (v < 0) {
                char list[300];
                names_list(list, sizeof list, antq__topic_names, antq__topic_count);
                rc = antq__json_is_string(t) ? antq__load_report(L, ANTQ_ERANGE, NULL, "expected one of: %s; found \"%.40s\"", list, t->valuestring)
                                       : antq__load_report(L, ANTQ_ETYPE, NULL, "expected a topic name, found %s", antq__json_type_of(t));
                antq__load_pop(L, old);
                return rc;
            }
            antq__load_pop(L, old);
            mask |= 1 << v;
        }
        *(int32_t *)(void *)dst = mask;
        return ANTQ_OK;
    }
    default:
        return antq__load_report(L, ANTQ_ERROR, NULL, "internal error: unknown field type");
    }
}

static int keep_unknown(antq__loader *L, const cJSON *child, antq__raw_field **list)
{
    char *text = cJSON_PrintUnformatted(child);
    if (!text)
        return antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
    antq__raw_field *rf = antq__arena_alloc(L->arena, sizeof *rf);
    char *key = rf ? antq__arena_strndup(L->arena, child->string, strlen(child->string)) : NULL;
    char *json = key ? antq__arena_strndup(L->arena, text, strlen(text)) : NULL;
    cJSON_free(text);
    if (!json)
        return antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
    rf->key = key;
    rf->json = json;
    /* append, keeping document order */
    while (*list)
        list = &(*list)->next;
    *list = rf;
    return ANTQ_OK;
}

/* Two bits of a name of length len in a key order's names (two bytes of its FNV-1a hash): a key without
 * both is no field name. Computed only when the key order did not predict the key. */
static void name_bits(const char *name, size_t len, unsigned bits[2])
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++)
        h = (h ^ (unsigned char)name[i]) * 16777619u;
    bits[0] = h & 255u;
    bits[1] = (h >> 8) & 255u;
}

static int may_be_field(const antq__key_order *o, const char *key, size_t klen)
{
    unsigned b[2];
    name_bits(key, klen, b);
    return (o->names[b[0] >> 6] >> (b[0] & 63)) & (o->names[b[1] >> 6] >> (b[1] & 63)) & 1;
}

/* a[0..n) == b[0..n) in whole words, without a loop over bytes: names are short, and a call to memcmp()
 * or a loop of unpredictable length costs more */
static inline int same_bytes(const char *a, const char *b, size_t n)
{
    uint64_t x, y;
    if (n >= 8) {
        for (size_t i = 8; i < n; i += 8, a += 8, b += 8) {
            memcpy(&x, a, 8);
            memcpy(&y, b, 8);
            if (x != y)
                return 0;
        }
        memcpy(&x, a + (n - 1) % 8 + 1 - 8, 8); /* the last eight bytes, overlapping the word before */
        memcpy(&y, b + (n - 1) % 8 + 1 - 8, 8);
        return x == y;
    }
    uint32_t x4 = 0, y4 = 0;
    uint16_t x2 = 0, y2 = 0;
    if (n & 4) {
        memcpy(&x4, a, 4);
        memcpy(&y4, b, 4);
        a += 4;
        b += 4;
    }
    if (n & 2) {
        memcpy(&x2, a, 2);
        memcpy(&y2, b, 2);
        a += 2;
        b += 2;
    }
    return x4 == y4 && x2 == y2 && (!(n & 1) || *a == *b);
}

/* Field k of a key order's table is the key of length klen. */
static inline int is_field(const antq__key_order *o, const antq__field *fields, size_t k, const char *key, size_t klen)
{
    return o->len[k] == klen && same_bytes(fields[k].name, key, klen);
}

/* The key order remembered for a field table of n fields (NULL without a dataset). */
static antq__key_order *key_order_of(antq__loader *L, const antq__field *fields, size_t n)
{
    antq_dataset *ds = L->ds;
    if (!ds)
        return NULL;
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(ds->key_order); i++)
        if (ds->key_order[i].table == fields)
            return &ds->key_order[i];
    antq__key_order *o = &ds->key_order[ds->key_order_next++ % ANTQ__ARRAY_LEN(ds->key_order)];
    memset(o, 0, sizeof *o);
    o->table = fields;
    for (size_t k = 0; k < n; k++) {
        size_t len = strlen(fields[k].name);
        o->len[k] = (uint8_t)len;
        unsigned b[2];
        name_bits(fields[k].name, len, b);
        o->names[b[0] >> 6] |= 1ull << (b[0] & 63);
        o->names[b[1] >> 6] |= 1ull << (b[1] & 63);
        o->required |= fields[k].required ? 1ull << k : 0;
    }
    return o;
}

/* A handler for keys outside the field table ("evidence", "events" …):
 * returns 1 when it handled the key (setting *rc), 0 otherwise. */

int antq__load_object(antq__loader *L, const antq__field *fields, size_t n, void *base, const cJSON *obj,
                          antq__raw_field **unknown, antq__special_fn special, void *ctx)
{
    if (!antq__json_is_object(obj))
        return antq__load_report(L, ANTQ_ETYPE, NULL, "expected an object, found %s", antq__json_type_of(obj));
    settle(L);
    uint64_t seen = 0;
    int first = ANTQ_OK;
    size_t next = 0; /* else fields usually come in table order: try the one after the last match first */
    antq__key_order *order = n <= 64 ? key_order_of(L, fields, n) : NULL;
    size_t prev = 0; /* the last field matched, + 1 */
    for (const cJSON *c = obj->child; c && !L->stop; c = c->next) {
        size_t old = L->plen;
        L->pending = c->string; /* the path is "/key" longer from here on, when it is needed */
        int rc = ANTQ_OK;
        /* field names are unique: the field that came after the previous one in
         * the last object, or a search from the field after the last match
         * (wrapping round), finds the same field as a search from the start */
        size_t k = n, was = order ? order->next[prev] : 0, klen = order ? antq__json_key_len(c) : 0;
        if (was && was <= n && is_field(order, fields, was - 1, c->string, klen))
            k = was - 1;
        else if (order && !may_be_field(order, c->string, klen))
            next = n; /* not a field name: no search */
        for (size_t step = 0; k == n && next < n && step < n; step++) {
            size_t j = next + step < n ? next + step : next + step - n;
            if (fields[j].name[0] == c->string[0] &&
                (order ? is_field(order, fields, j, c->string, klen) : same_name(fields[j].name, c->string)))
                k = j;
        }
        if (k < n) {
            if (order)
                order->next[prev] = (uint8_t)(k + 1);
            prev = k + 1;
        }
        next = k + 1 < n ? k + 1 : 0;
        if (k < n) {
            if (seen & (1ull << k))
                rc = antq__load_report(L, ANTQ_EDUPLICATE, NULL, "duplicate field \"%s\"", c->string);
            else
                rc = antq__load_field(L, &fields[k], base, c);
            seen |= 1ull << k;
        } else if (!(special && special(L, c, ctx, &rc))) {
            if (L->flags & ANTQ_LOAD_KEEP_UNKNOWN && unknown)
                rc = keep_unknown(L, c, unknown);
            else
                rc = antq__load_report(L, ANTQ_EUNKNOWNFIELD, NULL, "unknown field \"%.60s\" (load with keep-unknown to keep it)",
                            c->string);
        }
        if (L->pending)
            L->pending = NULL; /* never needed */
        else
            antq__load_pop(L, old);
        if (rc && !first)
            first = rc;
    }
    for (size_t k = 0; k < n && !L->stop && (!order || (order->required & ~seen)); k++)
        if (fields[k].required && !(seen & (1ull << k))) {
            int rc = antq__load_report(L, ANTQ_EMISSING, NULL, "expected the required field \"%s\", found none", fields[k].name);
            if (!first)
                first = rc;
        }
    return first;
}

/* ---- evidence */

typedef struct evidence_ctx {
    antq_evidence *ev;
    const char **decision_number; /* kept by the dataset: the C record has no room for it */
    antq__raw_field ***event_unknown;
    int events_seen, disciplines_seen, extra_seen;
} evidence_ctx;

int antq__load_array(antq__loader *L, const cJSON *arr, const antq__field *fields, size_t n, size_t elem_size,
                         void (*init)(void *), void **out, size_t *count, antq__raw_field ***unknown)
{
    if (!antq__json_is_array(arr))
        return antq__load_report(L, ANTQ_ETYPE, NULL, "expected an array, found %s", antq__json_type_of(arr));
    size_t len = (size_t)cJSON_GetArraySize(arr);
    char *items = len ? antq__arena_alloc(L->arena, len * elem_size) : NULL;
    antq__raw_field **unk = len && unknown ? antq__arena_alloc(L->arena, len * sizeof *unk) : NULL;
    if (len && (!items || (unknown && !unk)))
        return antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
    int first = ANTQ_OK;
    size_t i = 0;
    for (const cJSON *c = arr->child; c && !L->stop; c = c->next, i++) {
        size_t old = antq__load_push_index(L, i);
        init(items + i * elem_size);
        int rc = antq__load_object(L, fields, n, items + i * elem_size, c, unk ? &unk[i] : NULL, NULL, NULL);
        antq__load_pop(L, old);
        if (rc && !first)
            first = rc;
    }
    *out = items;
    *count = len;
    if (unknown)
        *unknown = unk;
    return first;
}

static void init_event(void *p) { antq_event_init(p); }
static void init_discipline(void *p) { memset(p, 0, sizeof(antq_discipline)); }
static void init_answer(void *p)
{
    memset(p, 0, sizeof(antq_extra_answer));
    ((antq_extra_answer *)p)->met = ANTQ_UNKNOWN;
}

static const antq__field answer_fields[] = {
    {"criterion", ANTQ__FT_STRING, 1, (uint16_t)offsetof(antq_extra_answer, criterion_id), NULL, 0},
    {"met", ANTQ__FT_TRI, 0, (uint16_t)offsetof(antq_extra_answer, met), NULL, 0},
};

static int evidence_special(antq__loader *L, const cJSON *c, void *vctx, int *rc)
{
    evidence_ctx *x = vctx;
    void *items = NULL;
    if (antq__json_is_null(c) && (strcmp(c->string, "events") == 0 || strcmp(c->string, "disciplines") == 0 ||
                            strcmp(c->string, "extra") == 0)) {
        *rc = ANTQ_OK; /* null: not reported (the list stays unknown) */
        return 1;
    }
    if (strcmp(c->string, "decision_number") == 0) {
        static const antq__field number = {"decision_number", ANTQ__FT_STRING, 0, 0, NULL, 0};
        *rc = antq__load_field(L, &number, (void *)x->decision_number, c);
        return 1;
    }
    if (strcmp(c->string, "events") == 0) {
        x->events_seen = 1;
        *rc = antq__load_array(L, c, antq__event_fields, antq__event_field_count, sizeof(antq_event), init_event, &items,
                            &x->ev->n_events, x->event_unknown);
        x->ev->events = items;
        return 1;
    }
    if (strcmp(c->string, "disciplines") == 0) {
        x->disciplines_seen = 1;
        *rc = antq__load_array(L, c, antq__discipline_fields, antq__discipline_field_count, sizeof(antq_discipline),
                            init_discipline, &items, &x->ev->n_disciplines, NULL);
        x->ev->disciplines = items;
        return 1;
    }
    if (strcmp(c->string, "extra") == 0) {
        x->extra_seen = 1;
        *rc = antq__load_array(L, c, answer_fields, ANTQ__ARRAY_LEN(answer_fields), sizeof(antq_extra_answer), init_answer,
                            &items, &x->ev->n_extra, NULL);
        x->ev->extra = items;
        return 1;
    }
    return 0;
}

/* cJSON_GetObjectItemCaseSensitive(obj, name) != NULL, comparing first bytes first. */
static int has_member(const cJSON *obj, const char *name)
{
    for (const cJSON *c = obj->child; c; c = c->next)
        if (c->string && c->string[0] == name[0] && strcmp(c->string, name) == 0)
            return 1;
    return 0;
}

static int convert_evidence(antq__loader *L, const cJSON *obj, const antq_unit *unit, antq__ds_evidence *out)
{
    /* field by field (no memset of the whole record first: a rep stos for every record) */
    antq_evidence_init(&out->ev);
    out->unit = 0;
    out->next = ANTQ__NONE;
    out->unknown = NULL;
    out->event_unknown = NULL;
    out->decision_number = NULL;
    evidence_ctx x = {&out->ev, &out->decision_number, &out->event_unknown, 0, 0, 0};
    int rc = antq__load_object(L, antq__evidence_fields, antq__evidence_field_count, &out->ev, obj, &out->unknown,
                            evidence_special, &x);
    if (rc)
        return rc;
    /* present lists are complete unless the document says otherwise */
    if (x.events_seen && !has_member(obj, "events_recorded"))
        out->ev.events_recorded = ANTQ_YES;
    if (x.disciplines_seen && !has_member(obj, "disciplines_recorded"))
        out->ev.disciplines_recorded = ANTQ_YES;
    antq_error verr;
    rc = antq_evidence_validate(&out->ev, unit, &verr);
    if (rc) {
        size_t old = L->plen;
        antq__load_push_key(L, verr.path[0] == '/' ? verr.path + 1 : verr.path);
        antq__load_report(L, rc, NULL, "%s", verr.message);
        antq__load_pop(L, old);
    }
    return rc;
}

/* ---- unit */

typedef struct unit_ctx {
    const cJSON *evidence;
} unit_ctx;

static int unit_special(antq__loader *L, const cJSON *c, void *vctx, int *rc)
{
    (void)L;
    if (strcmp(c->string, "evidence") != 0)
        return 0;
    ((unit_ctx *)vctx)->evidence = c;
    *rc = ANTQ_OK;
    return 1;
}

/* Convert and commit one unit element. The dataset is changed only on success. */
static int add_unit(antq__loader *L, const cJSON *obj)
{
    antq_dataset *ds = L->ds;
    antq__arena_mark mark = antq__arena_save(&ds->arena);
    antq__ds_unit u; /* field by field, as convert_evidence() */
    antq_unit_init(&u.unit);
    u.first_evidence = ANTQ__NONE;
    u.unknown = NULL;
    unit_ctx x = {NULL};
    int rc = antq__load_object(L, antq__unit_fields, antq__unit_field_count, &u.unit, obj, &u.unknown, unit_special, &x);
    if (rc == ANTQ_OK) {
        antq_error verr;
        rc = antq__unit_validate(&u.unit, L->text_valid, &verr);
        if (rc) {
            size_t old = antq__load_push_key(L, verr.path[0] == '/' ? verr.path + 1 : verr.path);
            antq__load_report(L, rc, NULL, "%s", verr.message);
            antq__load_pop(L, old);
        }
    }
    if (rc == ANTQ_OK && ds->n_units && antq__strmap_get(&ds->ids, u.unit.id) != ANTQ__NONE) {
        size_t old = antq__load_push_key(L, "id");
        rc = antq__load_report(L, ANTQ_EDUPLICATE, NULL, "duplicate unit id \"%.60s\" (first defined as unit %zu)", u.unit.id,
                    antq__strmap_get(&ds->ids, u.unit.id));
        antq__load_pop(L, old);
    }
    size_t n_ev = 0;
    antq__ds_evidence *evs = NULL;
    if (rc == ANTQ_OK && x.evidence && !antq__json_is_null(x.evidence)) {
        size_t old = antq__load_push_key(L, "evidence");
        if (!antq__json_is_array(x.evidence)) {
            rc = antq__load_report(L, ANTQ_ETYPE, NULL, "expected an array of yearly evidence, found %s", antq__json_type_of(x.evidence));
        } else {
            n_ev = (size_t)cJSON_GetArraySize(x.evidence);
            /* converted in place, in the dataset's spare capacity (not copied through
             * the arena): the records count only once committed below */
            if (n_ev && antq__dataset_reserve(ds, 1, n_ev, u.unit.kind) != ANTQ_OK)
                rc = antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
            else
                evs = n_ev ? ds->evs + ds->n_evs : NULL;
            size_t i = 0;
            for (const cJSON *c = x.evidence->child; c && rc == ANTQ_OK; c = c->next, i++) {
                size_t o2 = antq__load_push_index(L, i);
                rc = convert_evidence(L, c, &u.unit, &evs[i]);
                for (size_t k = 0; k < i && rc == ANTQ_OK; k++)
                    if (evs[k].ev.year == evs[i].ev.year) {
                        size_t o3 = antq__load_push_key(L, "year");
                        rc = antq__load_report(L, ANTQ_EDUPLICATE, NULL, "a second evidence record for year %d", (int)evs[i].ev.year);
                        antq__load_pop(L, o3);
                    }
                antq__load_pop(L, o2);
            }
        }
        antq__load_pop(L, old);
    }
    if (rc == ANTQ_OK && antq__dataset_reserve(ds, 1, n_ev, u.unit.kind) != ANTQ_OK)
        rc = antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
    if (rc == ANTQ_OK && antq__strmap_put(&ds->ids, u.unit.id, ds->n_units) != ANTQ_OK)
        rc = antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
    if (rc != ANTQ_OK) {
        antq__arena_rollback(&ds->arena, mark);
        return rc;
    }
    u.unit.parent_id = antq__dataset_parent_id(ds, u.unit.parent_id);
    size_t ui = antq__dataset_append(ds, &u);
    size_t *link = &ds->units[ui].first_evidence;
    for (size_t i = 0; i < n_ev; i++) {
        size_t ei = ds->n_evs++; /* evs[i] is ds->evs[ei] already */
        ds->evs[ei].unit = ui;
        ds->evs[ei].next = ANTQ__NONE;
        *link = ei;
        link = &ds->evs[ei].next;
    }
    return ANTQ_OK;
}

int antq__load_check_text(antq__loader *L, const char *buf, size_t len)
{
    size_t bad;
    if (antq__utf8_valid(buf, len, &bad)) {
        L->text_valid = 1;
        return ANTQ_OK;
    }
    char why[ANTQ_ERROR_MESSAGE_SIZE];
    antq__encoding_problem(buf, len, bad, why, sizeof why);
    int nul_only = buf[bad] == 0 && strncmp(why, "expected JSON", 13) == 0;
    return antq__load_report(L, nul_only ? ANTQ_EPARSE : ANTQ_EUTF8, buf + bad, "%s", why);
}

/* A readable guess at what cJSON stopped on. */
static void describe_syntax_error(const char *text, size_t len, const char *at, char *out, size_t size)
{
    const char *end = text + len;
    if (at >= end) {
        snprintf(out, size, "unexpected end of input");
        return;
    }
    const char *prev = at;
    while (prev > text && (prev[-1] == ' ' || prev[-1] == '\t' || prev[-1] == '\n' || prev[-1] == '\r'))
        prev--;
    char pc = prev > text ? prev[-1] : 0, c = *at;
    int ended_value = pc == '"' || (pc >= '0' && pc <= '9') || pc == 'e' || pc == 'l' || pc == '}' || pc == ']';
    if ((c == '}' || c == ']') && pc == ',')
        snprintf(out, size, "a trailing comma before '%c'", c);
    else if (ended_value && (c == '"' || c == '{' || c == '[' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n'))
        snprintf(out, size, "expected ',' or a closing bracket, found '%c'", c);
    else if ((unsigned char)c < 0x20)
        snprintf(out, size, "unexpected control character 0x%02x", (unsigned)(unsigned char)c);
    else
        snprintf(out, size, "unexpected '%c'", c);
}

cJSON *antq__load_parse(antq__loader *L, const char *text, size_t len, const char **parse_end, int *rc)
{
    const char *end = NULL, *why = NULL, *bad;
    int nomem;
    cJSON *obj = antq__json_parse(L->json, text, len, &end, &nomem);
    if (parse_end)
        *parse_end = obj ? end : NULL;
    if (L->text_unchecked) {
        /* the parser checked the text up to its end, the rest is white space:
         * the text is UTF-8 without NUL; else antq__load_check_text() says so or finds the byte */
        L->text_unchecked = 0;
        if (obj && L->json->text_ok && antq__json_skip_ws(end, text + len) == text + len)
            L->text_valid = 1;
        else if ((*rc = antq__load_check_text(L, text, len)) != ANTQ_OK)
            return NULL;
    }
    if (nomem) {
        *rc = antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
    } else if (!obj) {
        const char *at = end && end >= text && end <= text + len ? end : text;
        char what[96];
        describe_syntax_error(text, len, at, what, sizeof what);
        *rc = antq__load_report(L, ANTQ_EPARSE, at, "malformed JSON: %s", what);
    } else if (L->json->escapes && (bad = antq__json_bad_escape(text, (size_t)(end - text), &why)) != NULL) {
        obj = NULL;
        *rc = antq__load_report(L, ANTQ_EUTF8, bad, "expected UTF-8 text, found %s", why);
    }
    return obj;
}

/* Parse one element's text and add it. */
static int add_element(antq__loader *L, const char *text, size_t len)
{
    /* positions inside the element get the element's path as prefix ("/units/4/...") */
    const char *save_elem = L->elem;
    size_t save_len = L->elem_len, save_prefix = L->prefix_len;
    L->elem = text;
    L->elem_len = len;
    L->prefix_len = L->plen;
    int rc = ANTQ_EPARSE;
    const char *end = NULL;
    cJSON *obj = NULL;
    if (len > ANTQ__MAX_RECORD) /* refused before cJSON builds a tree several times its size */
        rc = antq__load_report(L, ANTQ_ERANGE, NULL, "expected a unit record of at most %zu MiB, found %zu bytes",
                               ANTQ__MAX_RECORD >> 20, len);
    else
        obj = antq__load_parse(L, text, len, &end, &rc);
    if (obj) {
        const char *tail = antq__json_skip_ws(end, text + len);
        if (tail < text + len) /* an NDJSON line with more after its object */
            rc = antq__load_report(L, ANTQ_EPARSE, tail, "malformed JSON: expected the end of the record after the unit object, found '%c'",
                                   *tail);
        else
            rc = add_unit(L, obj);
    }
    antq__json_arena_reset(L->json);
    L->elem = save_elem;
    L->elem_len = save_len;
    L->prefix_len = save_prefix;
    return rc;
}

int antq_dataset_add_json(antq_dataset *ds, const char *buf, size_t len, unsigned flags, size_t index,
                          int32_t line_offset, antq_error *err)
{
    if (!ds || (!buf && len))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a dataset and a buffer, found NULL");
    if (line_offset < 0)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a line offset >= 0, found %ld", (long)line_offset);
    /* the last line of the record must have a number <= INT32_MAX (counted only near the limit) */
    if ((size_t)(INT32_MAX - line_offset) <= len) {
        size_t lines = 1;
        for (const char *q = buf; (q = memchr(q, '\n', (size_t)(buf + len - q))) != NULL; q++)
            lines++;
        if (lines > (size_t)(INT32_MAX - line_offset))
            return antq__error_set(err, ANTQ_ERANGE, "", "expected line numbers up to %ld, found a record from line %ld "
                                   "with %zu lines", (long)INT32_MAX, (long)line_offset + 1, lines);
    }
    antq__loader L;
    memset(&L, 0, sizeof L);
    L.ds = ds;
    L.arena = &ds->arena;
    L.json = &ds->json;
    L.flags = flags;
    L.doc = buf;
    L.doc_len = len;
    L.line_offset = line_offset;
    L.err = err;
    antq__load_push_key(&L, "units");
    antq__load_push_index(&L, index);
    /* UTF-8 without NUL, as the whole-document loader checks first: checked by
     * antq__load_parse() (a record larger than that is refused unread) */
    L.text_unchecked = len <= ANTQ__MAX_RECORD;
    return add_element(&L, buf, len);
}

/* ---- options */

static int convert_options(antq__loader *L, const cJSON *obj)
{
    antq_dataset *ds = L->ds;
    if (!antq__json_is_object(obj))
        return antq__load_report(L, ANTQ_ETYPE, NULL, "expected an object, found %s", antq__json_type_of(obj));
    int first = ANTQ_OK;
    for (const cJSON *c = obj->child; c && !L->stop; c = c->next) {
        size_t old = antq__load_push_key(L, c->string);
        int rc = ANTQ_OK;
        int64_t n;
        const char *k = c->string;
        if (strcmp(k, "year") == 0) {
            if ((rc = get_count(L, c, &n, 1901, 2998, "a year")) == ANTQ_OK)
                ds->year = (int)n;
        } else if (strcmp(k, "province") == 0 || strcmp(k, "issuer") == 0) {
            antq__field f = {k, ANTQ__FT_STRING, 0,
                             (uint16_t)(k[0] == 'p' ? offsetof(antq_dataset, province) : offsetof(antq_dataset, issuer)),
                             NULL, 0};
            rc = antq__load_field(L, &f, ds, c);
        } else if (strcmp(k, "as_of") == 0) {
            antq__field f = {"as_of", ANTQ__FT_DATE, 0, (uint16_t)offsetof(antq_options, decision_date), NULL, 0};
            rc = antq__load_field(L, &f, &ds->opts, c);
        } else if (strcmp(k, "trend_mode") == 0 || strcmp(k, "pool_mode") == 0 || strcmp(k, "emulation_mode") == 0) {
            const char *const *names = k[0] == 't' ? antq__trend_names : k[0] == 'p' ? antq__pool_names : antq__emulation_names;
            antq__field f = {k, ANTQ__FT_ENUM, 1,
                             (uint16_t)(k[0] == 't'   ? offsetof(antq_options, trend_mode)
                                        : k[0] == 'p' ? offsetof(antq_options, pool_mode)
                                                      : offsetof(antq_options, emulation_mode)),
                             names, 2};
            rc = antq__load_field(L, &f, &ds->opts, c);
        } else if (strcmp(k, "new_rural_points") == 0) {
            antq__field f = {k, ANTQ__FT_ENUM, 1, (uint16_t)offsetof(antq_options, new_rural_points),
                             antq__new_rural_points_names, 2};
            rc = antq__load_field(L, &f, &ds->opts, c);
        } else if (strcmp(k, "deferral_is_warning") == 0 || strcmp(k, "protection_force_required") == 0) {
            if (!antq__json_is_bool(c))
                rc = antq__load_report(L, ANTQ_ETYPE, NULL, "expected true or false, found %s", antq__json_type_of(c));
            else if (k[0] == 'd')
                ds->opts.deferral_is_warning = antq__json_is_true(c) ? 1 : 0;
            else
                ds->opts.protection_force_required = antq__json_is_true(c) ? 1 : 0;
        } else if (strcmp(k, "school_year_end") == 0) {
            int mmdd = 0;
            if (!antq__json_is_string(c) || !antq__parse_mmdd(c->valuestring, &mmdd))
                rc = antq__json_is_string(c) ? antq__load_report(L, ANTQ_ERANGE, NULL, "expected a real month and day \"MM-DD\", found \"%.20s\"", c->valuestring)
                                       : antq__load_report(L, ANTQ_ETYPE, NULL, "expected a month and day \"MM-DD\", found %s", antq__json_type_of(c));
            else
                ds->opts.school_year_end_mmdd = mmdd;
        } else if (strcmp(k, "period_start") == 0) {
            antq__field f = {k, ANTQ__FT_ENUM, 1, (uint16_t)offsetof(antq_options, period_start),
                             antq__period_start_names, 2};
            rc = antq__load_field(L, &f, &ds->opts, c);
        } else if (strcmp(k, "delegations") == 0) {
            antq_delegation *d = NULL;
            size_t nd = 0;
            if ((rc = antq__load_delegations(L, c, &ds->arena, &d, &nd)) == ANTQ_OK) {
                ds->opts.delegations = d;
                ds->opts.n_delegations = nd;
            }
        } else if (strcmp(k, "authority") == 0) {
            antq_authority_rule *t = NULL;
            size_t nt = 0;
            if ((rc = antq__load_authority(L, c, &ds->arena, &t, &nt)) == ANTQ_OK) {
                ds->opts.authority_table = t;
                ds->opts.n_authority = nt;
            }
        } else if (strcmp(k, "extra_criteria") == 0) {
            rc = ANTQ_OK;
            if (!antq__json_is_array(c)) {
                rc = antq__load_report(L, ANTQ_ETYPE, NULL, "expected an array, found %s", antq__json_type_of(c));
            } else {
                size_t len = (size_t)cJSON_GetArraySize(c), i = 0;
                antq_extra_criterion *xs = len ? antq__arena_alloc(&ds->arena, len * sizeof *xs) : NULL;
                if (len && !xs)
                    rc = antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
                static const antq__field xfields[] = {
                    {"id", ANTQ__FT_STRING, 1, (uint16_t)offsetof(antq_extra_criterion, id), NULL, 0},
                    {"text_vi", ANTQ__FT_STRING, 1, (uint16_t)offsetof(antq_extra_criterion, text_vi), NULL, 0},
                    {"text_en", ANTQ__FT_STRING, 0, (uint16_t)offsetof(antq_extra_criterion, text_en), NULL, 0},
                    {"source", ANTQ__FT_STRING, 0, (uint16_t)offsetof(antq_extra_criterion, source), NULL, 0},
                };
                for (const cJSON *x = c->child; x && rc == ANTQ_OK; x = x->next, i++) {
                    size_t o2 = antq__load_push_index(L, i);
                    const cJSON *kinds = cJSON_GetObjectItemCaseSensitive(x, "kinds");
                    const cJSON *events = cJSON_GetObjectItemCaseSensitive(x, "fails_on_event_kinds");
                    cJSON *copy = antq__json_is_object(x) ? cJSON_Duplicate(x, 1) : NULL;
                    if (copy) {
                        cJSON_DeleteItemFromObjectCaseSensitive(copy, "kinds");
                        cJSON_DeleteItemFromObjectCaseSensitive(copy, "fails_on_event_kinds");
                    }
                    else if (antq__json_is_object(x)) /* cJSON out of memory: not an unknown field "kinds" */
                        rc = antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
                    if (rc == ANTQ_OK)
                        rc = antq__load_object(L, xfields, ANTQ__ARRAY_LEN(xfields), &xs[i], copy ? copy : x, NULL, NULL, NULL);
                    cJSON_Delete(copy);
                    xs[i].kinds = ANTQ_KIND_BIT(1) | ANTQ_KIND_BIT(2) | ANTQ_KIND_BIT(3) | ANTQ_KIND_BIT(4) | ANTQ_KIND_BIT(5);
                    if (rc == ANTQ_OK && kinds) {
                        size_t o3 = antq__load_push_key(L, "kinds");
                        if (!antq__json_is_array(kinds)) {
                            rc = antq__load_report(L, ANTQ_ETYPE, NULL, "expected an array of unit kinds, found %s", antq__json_type_of(kinds));
                        } else {
                            xs[i].kinds = 0;
                            size_t j = 0;
                            for (const cJSON *kk = kinds->child; kk && rc == ANTQ_OK; kk = kk->next, j++) {
                                int v = antq__json_is_string(kk) ? antq_unit_kind_from_name(kk->valuestring) : 0;
                                if (!v) {
                                    size_t o4 = antq__load_push_index(L, j);
                                    rc = antq__load_report(L, ANTQ_ERANGE, NULL, "expected a unit kind name, found %s", antq__json_type_of(kk));
                                    antq__load_pop(L, o4);
                                }
                                xs[i].kinds |= ANTQ_KIND_BIT(v);
                            }
                        }
                        antq__load_pop(L, o3);
                    }
                    xs[i].fails_on_events = 0;
                    if (rc == ANTQ_OK && events) { /* Art. 8.1 criteria read from events */
                        size_t o3 = antq__load_push_key(L, "fails_on_event_kinds");
                        if (!antq__json_is_array(events) || !cJSON_GetArraySize(events)) {
                            rc = antq__load_report(L, ANTQ_ETYPE, NULL, "expected a non-empty array of event kinds, found %s",
                                                   antq__json_type_of(events));
                        } else {
                            size_t j = 0;
                            for (const cJSON *ek = events->child; ek && rc == ANTQ_OK; ek = ek->next, j++) {
                                int v = antq__json_is_string(ek) ? antq_event_kind_from_name(ek->valuestring) : 0;
                                if (!v) {
                                    size_t o4 = antq__load_push_index(L, j);
                                    rc = antq__json_is_string(ek)
                                             ? antq__load_report(L, ANTQ_ERANGE, NULL, "expected an event kind name, found \"%.40s\"",
                                                                 ek->valuestring)
                                             : antq__load_report(L, ANTQ_ETYPE, NULL, "expected an event kind name, found %s",
                                                                 antq__json_type_of(ek));
                                    antq__load_pop(L, o4);
                                }
                                xs[i].fails_on_events |= (int32_t)ANTQ_EVENT_BIT(v);
                            }
                        }
                        antq__load_pop(L, o3);
                    }
                    for (size_t q = 0; q < i && rc == ANTQ_OK; q++)
                        if (strcmp(xs[q].id, xs[i].id) == 0)
                            rc = antq__load_report(L, ANTQ_EDUPLICATE, NULL, "duplicate extra criterion id \"%.60s\"", xs[i].id);
                    antq__load_pop(L, o2);
                }
                if (rc == ANTQ_OK) {
                    ds->opts.extra = xs;
                    ds->opts.n_extra = len;
                }
            }
        } else if (L->flags & ANTQ_LOAD_KEEP_UNKNOWN) {
            rc = keep_unknown(L, c, &ds->unknown_options);
        } else {
            rc = antq__load_report(L, ANTQ_EUNKNOWNFIELD, NULL, "unknown option \"%.60s\"", k);
        }
        antq__load_pop(L, old);
        if (rc && !first)
            first = rc;
    }
    ds->has_options = 1;
    return first;
}

/* Parse a small top-level value (not "units") with cJSON. */
static cJSON *parse_value(antq__loader *L, const char *v, size_t len, int *rc)
{
    if (len > ANTQ__MAX_RECORD) {
        *rc = antq__load_report(L, ANTQ_ERANGE, NULL, "expected a value of at most %zu MiB, found %zu bytes",
                                ANTQ__MAX_RECORD >> 20, len);
        return NULL;
    }
    return antq__load_parse(L, v, len, NULL, rc);
}

/* Why antq__json_skip_value stopped. */
static const char *skip_failure(const char *bad, const char *end)
{
    if (bad >= end)
        return "unexpected end of input (the document is truncated)";
    if (*bad == '{' || *bad == '[')
        return "nesting deeper than 1000 levels";
    return "malformed JSON value";
}

static int load_document(antq__loader *L)
{
    const char *p = L->doc, *end = L->doc + L->doc_len, *bad = NULL;
    int rc0 = antq__load_check_text(L, p, L->doc_len);
    if (rc0)
        return rc0;
    p = antq__json_skip_ws(p + antq__utf8_bom_len(p, L->doc_len), end);
    if (p >= end || *p != '{')
        return p >= end ? antq__load_report(L, ANTQ_EPARSE, p, "expected a JSON object {\"format\": \"antq-dataset\", \"units\": [...]}, found the end of the input")
                        : antq__load_report(L, ANTQ_EPARSE, p, "expected a JSON object {\"format\": \"antq-dataset\", \"units\": [...]}, found '%c'", *p);
    p++;
    int first = ANTQ_OK, saw_units = 0;
    for (;;) {
        p = antq__json_skip_ws(p, end);
        if (p < end && *p == '}') {
            p++;
            break;
        }
        if (p >= end || *p != '"')
            return antq__load_report(L, ANTQ_EPARSE, p, "expected a key string or '}', found %s", p >= end ? "the end of the input" : "another character");
        const char *kend = antq__json_skip_value(p, end, &bad);
        if (!kend)
            return antq__load_report(L, ANTQ_EPARSE, bad, "unterminated string");
        const char *key_end;
        int nomem;
        cJSON *key = antq__json_parse(L->json, p, (size_t)(kend - p), &key_end, &nomem);
        const char *why = NULL, *bad_escape = key ? antq__json_bad_escape(p, (size_t)(kend - p), &why) : NULL;
        if (nomem)
            return antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
        if (!key || !antq__json_is_string(key) || bad_escape) {
            antq__json_arena_reset(L->json);
            return bad_escape ? antq__load_report(L, ANTQ_EUTF8, bad_escape, "expected UTF-8 text, found %s", why)
                              : antq__load_report(L, ANTQ_EPARSE, p, "malformed key");
        }
        char k[64];
        snprintf(k, sizeof k, "%s", key->valuestring);
        antq__json_arena_reset(L->json);
        p = antq__json_skip_ws(kend, end);
        if (p >= end || *p != ':')
            return antq__load_report(L, ANTQ_EPARSE, p, "expected ':' after the key \"%s\"", k);
        p = antq__json_skip_ws(p + 1, end);
        size_t old = antq__load_push_key(L, k);
        int rc = ANTQ_OK;
        if (strcmp(k, "units") == 0) {
            saw_units = 1;
            if (p >= end || *p != '[') {
                antq__load_pop(L, old);
                return antq__load_report(L, ANTQ_ETYPE, p, "expected an array of units");
            }
            p++;
            for (size_t i = 0;; i++) {
                p = antq__json_skip_ws(p, end);
                if (p < end && *p == ']' && i == 0) {
                    p++;
                    break;
                }
                const char *e = antq__json_skip_value(p, end, &bad);
                if (!e) {
                    size_t o2 = antq__load_push_index(L, i);
                    antq__load_report(L, ANTQ_EPARSE, bad, "%s", skip_failure(bad, end));
                    antq__load_pop(L, o2);
                    antq__load_pop(L, old);
                    return L->first;
                }
                size_t o2 = antq__load_push_index(L, i);
                int r2 = add_element(L, p, (size_t)(e - p));
                antq__load_pop(L, o2);
                if (r2 && !first)
                    first = r2;
                if (r2 && !L->stop) { /* remember it: later units have a smaller dataset index */
                    if (L->n_failed == L->cap_failed) {
                        size_t cap = L->cap_failed ? L->cap_failed * 2 : 64;
                        size_t *f = antq__realloc(L->failed, cap * sizeof *f);
                        if (!f) {
                            antq__load_report(L, ANTQ_ENOMEM, NULL, "out of memory");
                            antq__load_pop(L, old);
                            return L->first;
                        }
                        L->failed = f;
                        L->cap_failed = cap;
                    }
                    L->failed[L->n_failed++] = i;
                }
                if (L->stop)
                    break;
                p = antq__json_skip_ws(e, end);
                if (p < end && *p == ',') {
                    p++;
                    continue;
                }
                if (p < end && *p == ']') {
                    p++;
                    break;
                }
                antq__load_pop(L, old);
                return antq__load_report(L, ANTQ_EPARSE, p, "expected ',' or ']' after unit %zu", i);
            }
        } else {
            const char *e = antq__json_skip_value(p, end, &bad);
            if (!e) {
                rc = antq__load_report(L, ANTQ_EPARSE, bad, "%s", skip_failure(bad, end));
                antq__load_pop(L, old);
                return rc;
            }
            L->elem = p;
            L->elem_len = (size_t)(e - p);
            L->prefix_len = L->plen;
            cJSON *v = parse_value(L, p, (size_t)(e - p), &rc);
            if (!v) {
                /* rc reported */
            } else if (strcmp(k, "format") == 0) {
                if (!antq__json_is_string(v))
                    rc = antq__load_report(L, ANTQ_EVERSION, NULL, "expected \"antq-dataset\", found %s", antq__json_type_of(v));
                else if (strcmp(v->valuestring, "antq-dataset") != 0)
                    rc = antq__load_report(L, ANTQ_EVERSION, NULL, "expected \"antq-dataset\", found \"%.40s\"", v->valuestring);
            } else if (strcmp(k, "version") == 0) {
                if (!antq__json_is_number(v))
                    rc = antq__load_report(L, ANTQ_EVERSION, NULL, "expected format version 1, found %s", antq__json_type_of(v));
                else if (v->valuedouble != 1)
                    rc = antq__load_report(L, ANTQ_EVERSION, NULL, "expected format version 1, found version %.15g", v->valuedouble);
            } else if (strcmp(k, "options") == 0) {
                rc = convert_options(L, v);
            } else if (L->flags & ANTQ_LOAD_KEEP_UNKNOWN) {
                v->string = k;
                rc = keep_unknown(L, v, &L->ds->unknown_top);
                v->string = NULL;
            } else {
                rc = antq__load_report(L, ANTQ_EUNKNOWNFIELD, NULL, "unknown top-level field \"%s\"", k);
            }
            antq__json_arena_reset(L->json);
            L->elem = NULL;
            p = e;
        }
        antq__load_pop(L, old);
        if (rc && !first)
            first = rc;
        if (L->stop)
            return first;
        p = antq__json_skip_ws(p, end);
        if (p < end && *p == ',') {
            p++;
            continue;
        }
        if (p < end && *p == '}') {
            p++;
            break;
        }
        return antq__load_report(L, ANTQ_EPARSE, p, "expected ',' or '}' in the top-level object");
    }
    p = antq__json_skip_ws(p, end);
    if (p < end)
        return antq__load_report(L, ANTQ_EPARSE, p, "expected the end of the input after the top-level object");
    if (!saw_units)
        return antq__load_report(L, ANTQ_EMISSING, L->doc, "expected the field \"units\", found none");
    if (first)
        return first;
    return ANTQ_OK;
}

typedef struct check_ctx {
    antq__loader *L;
    int skip_missing; /* other errors already: a parent may be missing only because it failed to load */
    size_t at_unit;   /* the element of "units" that at_elem points to (errors come in unit order) */
    const char *at_elem;
    size_t map_ds, map_doc, map_f; /* dataset index map_ds is document element map_doc */
} check_ctx;

/* The document index of dataset unit `unit`: skip the elements that failed. */
static size_t doc_index_of(check_ctx *c, size_t unit)
{
    const antq__loader *L = c->L;
    if (unit < c->map_ds)
        c->map_ds = c->map_doc = c->map_f = 0;
    for (;;) {
        while (c->map_f < L->n_failed && L->failed[c->map_f] == c->map_doc) {
            c->map_doc++;
            c->map_f++;
        }
        if (c->map_ds == unit)
            return c->map_doc;
        c->map_ds++;
        c->map_doc++;
    }
}

static int check_report(int code, size_t unit, const char *message, void *ud)
{
    check_ctx *c = ud;
    antq__loader *L = c->L;
    if (c->skip_missing && code == ANTQ_ENOTFOUND)
        return 0;
    unit = doc_index_of(c, unit);
    /* place the error on the unit's "parent" value in the document: walk to
     * the unit's element from the previous one, not from the start (linear) */
    const char *end = L->doc + L->doc_len;
    if (!c->at_elem || unit < c->at_unit) {
        c->at_elem = L->doc + antq__json_locate(L->doc, L->doc_len, "/units/0");
        c->at_unit = 0;
    }
    while (c->at_unit < unit) {
        const char *e = antq__json_skip_value(c->at_elem, end, NULL);
        if (!e)
            break;
        e = antq__json_skip_ws(e, end);
        if (e < end && *e == ',')
            e = antq__json_skip_ws(e + 1, end);
        c->at_elem = e;
        c->at_unit++;
    }
    snprintf(L->path, sizeof L->path, "/units/%zu", unit);
    L->prefix_len = strlen(L->path);
    snprintf(L->path + L->prefix_len, sizeof L->path - L->prefix_len, "/parent");
    L->plen = strlen(L->path);
    L->elem = c->at_elem;
    L->elem_len = (size_t)(end - c->at_elem);
    antq__load_report(L, code, NULL, "%s", message);
    L->elem = NULL;
    L->plen = 0;
    L->path[0] = '\0';
    return L->stop;
}

static int check_into(antq__loader *L)
{
    check_ctx c = {L, L->first != 0, 0, NULL, 0, 0, 0};
    int before = L->first;
    antq__dataset_check_all(L->ds, check_report, &c);
    return before ? before : L->first;
}

int antq_dataset_load_json(antq_dataset **out, const char *buf, size_t len, unsigned flags, antq_error *err)
{
    if (!out || (!buf && len))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer and a buffer, found NULL");
    *out = NULL;
    antq_dataset *ds;
    int rc = antq_dataset_new(&ds);
    if (rc)
        return antq__error_set(err, rc, "", "out of memory");
    antq__loader L;
    memset(&L, 0, sizeof L);
    L.ds = ds;
    L.arena = &ds->arena;
    L.json = &ds->json;
    L.flags = flags;
    L.doc = buf;
    L.doc_len = len;
    L.err = err;
    rc = load_document(&L);
    if (rc == ANTQ_OK)
        rc = check_into(&L);
    antq__free(L.failed);
    if (rc != ANTQ_OK) {
        antq_dataset_free(ds);
        return rc;
    }
    *out = ds;
    return ANTQ_OK;
}

int antq_dataset_validate_json(size_t *n_errors, const char *buf, size_t len, unsigned flags, antq_error_fn fn,
                               void *userdata)
{
    if (n_errors)
        *n_errors = 0;
    if (!buf && len)
        return ANTQ_EINVAL;
    antq_dataset *ds;
    int rc = antq_dataset_new(&ds);
    if (rc)
        return rc;
    antq__loader L;
    memset(&L, 0, sizeof L);
    L.ds = ds;
    L.arena = &ds->arena;
    L.json = &ds->json;
    L.flags = flags;
    L.doc = buf;
    L.doc_len = len;
    L.fn = fn;
    L.ud = userdata;
    load_document(&L);
    if (!L.stop)
        check_into(&L);
    antq__free(L.failed);
    antq_dataset_free(ds);
    if (n_errors)
        *n_errors = L.n_errors;
    return L.first;
}
