/* Hostile input: one test per item of the catalogue in doc/fuzzing.md. Each
 * asserts the exact error (code, JSON path, line, column) and that nothing is
 * left behind. Big inputs are generated here, never committed.
 * SPDX-License-Identifier: MIT */
#include <antq.h>
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>

/* ---- helpers */

typedef struct outcome {
    int rc;
    antq_error err;
} outcome;

static outcome load(const char *doc, size_t len)
{
    outcome o;
    memset(&o, 0, sizeof o);
    antq_dataset *ds = (antq_dataset *)&o;
    o.rc = antq_dataset_load_json(&ds, doc, len, ANTQ_LOAD_DEFAULT, &o.err);
    if (o.rc == ANTQ_OK)
        antq_dataset_free(ds);
    else
        ck_assert_ptr_null(ds);
    return o;
}

/* One NDJSON record (line line_no) added to an empty dataset. */
static outcome add_line(const char *line, size_t len, int32_t line_no)
{
    outcome o;
    memset(&o, 0, sizeof o);
    antq_dataset *ds;
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    o.rc = antq_dataset_add_json(ds, line, len, ANTQ_LOAD_DEFAULT, (size_t)line_no - 1, line_no - 1, &o.err);
    ck_assert_uint_eq(antq_dataset_unit_count(ds), o.rc == ANTQ_OK ? 1 : 0);
    antq_dataset_free(ds);
    return o;
}

#define LOAD(lit) load(lit, sizeof(lit) - 1)
#define ADD(lit) add_line(lit, sizeof(lit) - 1, 7)

/* The error is exactly (code, path, line, column). */
static void expect(outcome o, int code, const char *path, int line, int column)
{
    ck_assert_msg(o.rc == code, "got %s (%s at %s), expected %s", antq_status_name(o.rc), o.err.message, o.err.path,
                  antq_status_name(code));
    if (code == ANTQ_OK)
        return;
    ck_assert_int_eq(o.err.code, code);
    ck_assert_msg(strcmp(o.err.path, path) == 0, "path %s, expected %s (%s)", o.err.path, path, o.err.message);
    ck_assert_msg(o.err.line == line && o.err.column == column, "at %d:%d, expected %d:%d (%s)", (int)o.err.line,
                  (int)o.err.column, line, column, o.err.message);
    ck_assert_msg(strlen(o.err.message) > 10, "message too short: %s", o.err.message);
}

/* 1-based column of the n-th occurrence of needle in the last line of doc before it. */
static int col_of_nth(const char *doc, const char *needle, int n)
{
    const char *p = NULL;
    for (int i = 0; i < n; i++) {
        p = strstr(p ? p + 1 : doc, needle);
        ck_assert_msg(p != NULL, "%s not in the document", needle);
    }
    const char *line = p;
    while (line > doc && line[-1] != '\n')
        line--;
    return (int)(p - line) + 1;
}

static int col_of(const char *doc, const char *needle) { return col_of_nth(doc, needle, 1); }

/* Under valgrind, the inputs that make millions of allocations are ten times
 * smaller (the plain and ASan builds run them at full size). */
static size_t scaled(size_t n)
{
    const char *pre = getenv("LD_PRELOAD");
    return pre && strstr(pre, "vgpreload") ? n / 10 : n;
}

static char *xmalloc(size_t n)
{
    char *p = malloc(n);
    ck_assert_ptr_nonnull(p);
    return p;
}

/* ---- 1. nesting deeper than cJSON's limit (1000 levels) */

static char *nested_unit(int arrays, const char *prefix, const char *suffix, size_t *len)
{
    size_t pl = strlen(prefix), sl = strlen(suffix);
    char *d = xmalloc(pl + 2 * (size_t)arrays + sl + 1);
    memcpy(d, prefix, pl);
    memset(d + pl, '[', (size_t)arrays);
    memset(d + pl + arrays, ']', (size_t)arrays);
    memcpy(d + pl + 2 * (size_t)arrays, suffix, sl + 1);
    *len = pl + 2 * (size_t)arrays + sl;
    return d;
}

START_TEST(nesting_deeper_than_the_limit)
{
    static const char pre[] = "{\"format\":\"antq-dataset\",\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"name\":";
    size_t len;
    /* the unit object plus 999 arrays = 1000 levels: parsed, then the name is of the wrong type */
    char *d = nested_unit(999, pre, "}]}", &len);
    expect(load(d, len), ANTQ_ETYPE, "/units/0/name", 1, (int)sizeof pre);
    free(d);
    /* 1001 levels: refused at the bracket that opens level 1001, before cJSON sees it */
    d = nested_unit(1000, pre, "}]}", &len);
    outcome o = load(d, len);
    char path[ANTQ_ERROR_PATH_SIZE];
    expect(o, ANTQ_EPARSE, o.err.path, 1, (int)sizeof pre + 999);
    ck_assert_ptr_nonnull(strstr(o.err.message, "nesting deeper than 1000"));
    snprintf(path, sizeof path, "%s", o.err.path);
    ck_assert_msg(strncmp(path, "/units/0/name/0/0/0", 19) == 0, "path %s", path);
    free(d);

    /* one NDJSON record: cJSON's own limit, same place */
    static const char rec[] = "{\"id\":\"A\",\"kind\":\"commune\",\"name\":";
    d = nested_unit(999, rec, "}", &len);
    expect(add_line(d, len, 3), ANTQ_ETYPE, "/units/2/name", 3, (int)sizeof rec);
    free(d);
    d = nested_unit(1000, rec, "}", &len);
    o = add_line(d, len, 3);
    expect(o, ANTQ_EPARSE, o.err.path, 3, (int)sizeof rec + 999);
    ck_assert_msg(strncmp(o.err.path, "/units/2/name/0/0/0", 19) == 0, "path %s", o.err.path);
    free(d);

    /* in a top-level value and in a campaign document */
    d = nested_unit(1001, "{\"options\":{\"x\":", "},\"units\":[]}", &len);
    o = load(d, len);
    expect(o, ANTQ_EPARSE, o.err.path, 1, 16 + 1000);
    ck_assert_msg(strncmp(o.err.path, "/options/x/0/0", 14) == 0, "path %s", o.err.path);
    free(d);
    d = nested_unit(1001, "{\"format\":\"antq-campaign\",\"version\":1,\"plans\":", "}", &len);
    antq_campaign *c = (antq_campaign *)&o;
    memset(&o.err, 0, sizeof o.err);
    ck_assert_int_eq(antq_campaign_load_json(&c, d, len, &o.err), ANTQ_EPARSE);
    ck_assert_ptr_null(c);
    ck_assert_int_eq(o.err.line, 1);
    ck_assert_int_eq(o.err.column, 46 + 1000);
    free(d);
}
END_TEST

/* ---- 2. huge arrays and huge strings */

static int count_errors(const antq_error *e, void *ud)
{
    ++*(size_t *)ud;
    ck_assert_int_eq(e->code, ANTQ_ETYPE);
    return 0;
}

START_TEST(huge_array_of_null_units)
{
    const size_t n = scaled(2000000);
    static const char pre[] = "{\"format\":\"antq-dataset\",\"units\":[";
    size_t len = sizeof pre - 1 + n * 5 + 2;
    char *d = xmalloc(len + 1), *p = d;
    memcpy(p, pre, sizeof pre - 1);
    p += sizeof pre - 1;
    for (size_t i = 0; i < n; i++, p += 5)
        memcpy(p, i + 1 < n ? "null," : "null]", 5);
    *p++ = '}';
    *p = '\0';
    ck_assert_uint_eq((size_t)(p - d), len - 1);
    len--;
    /* the first element stops the load */
    expect(load(d, len), ANTQ_ETYPE, "/units/0", 1, (int)sizeof pre);
    /* the collecting validator reports all two million, in linear time (the
     * Check timeout catches a quadratic position computation) */
    size_t seen = 0, total = 0;
    ck_assert_int_eq(antq_dataset_validate_json(&total, d, len, 0, count_errors, &seen), ANTQ_ETYPE);
    ck_assert_uint_eq(seen, n);
    ck_assert_uint_eq(total, n);
    free(d);
}
END_TEST

START_TEST(huge_strings)
{
    /* 50 MB in a name: the unit record is over the 16 MiB record limit */
    static const char pre[] = "{\"format\":\"antq-dataset\",\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"name\":\"";
    const size_t big = (size_t)50 << 20;
    size_t len = sizeof pre - 1 + big + 4;
    char *d = xmalloc(len + 1);
    memcpy(d, pre, sizeof pre - 1);
    memset(d + sizeof pre - 1, 'a', big);
    memcpy(d + sizeof pre - 1 + big, "\"}]}", 5);
    expect(load(d, len), ANTQ_ERANGE, "/units/0", 1, col_of(pre, "{\"id\""));
    /* the same as an unknown top-level value */
    memcpy(d, "{\"units\":[],\"blob\":\"", 20);
    memset(d + 20, 'b', len - 20 - 2);
    memcpy(d + len - 2, "\"}", 3);
    expect(load(d, len), ANTQ_ERANGE, "/blob", 1, 20);
    free(d);

    /* 12 MB fits: loaded, written back whole */
    const size_t fits = (size_t)12 << 20;
    len = sizeof pre - 1 + fits + 4;
    d = xmalloc(len + 1);
    memcpy(d, pre, sizeof pre - 1);
    memset(d + sizeof pre - 1, 'x', fits);
    memcpy(d + sizeof pre - 1 + fits, "\"}]}", 5);
    antq_dataset *ds = NULL;
    antq_error err;
    ck_assert_int_eq(antq_dataset_load_json(&ds, d, len, 0, &err), ANTQ_OK);
    ck_assert_uint_eq(strlen(antq_dataset_unit(ds, 0)->name), fits);
    char *out = NULL;
    ck_assert_int_eq(antq_dataset_write_json(&out, ds, NULL), ANTQ_OK);
    ck_assert_uint_gt(strlen(out), fits);
    antq_free(out);
    antq_dataset_free(ds);
    free(d);
}
END_TEST

/* ---- 3. integers out of range; 4. negative counts */

START_TEST(integers_out_of_range)
{
    static const char *const values[] = {"1e300", "9223372036854775808", "9007199254740993", "1e999", "-1e300"};
    for (size_t i = 0; i < sizeof values / sizeof values[0]; i++) {
        char doc[256];
        int n = snprintf(doc, sizeof doc,
                         "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"evidence\":[{\"year\":2024,\"crimes\":%s}]}]}",
                         values[i]);
        expect(load(doc, (size_t)n), ANTQ_ERANGE, "/units/0/evidence/0/crimes", 1, col_of(doc, values[i]));
    }
    /* not an integer at all */
    static const char frac[] = "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"evidence\":[{\"year\":2024,\"crimes\":1.5}]}]}";
    expect(LOAD(frac), ANTQ_ETYPE, "/units/0/evidence/0/crimes", 1, col_of(frac, "1.5"));
    /* years and target pairs */
    static const char year[] = "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"evidence\":[{\"year\":1e300}]}]}";
    expect(LOAD(year), ANTQ_ERANGE, "/units/0/evidence/0/year", 1, col_of(year, "1e300"));
    antq_campaign *c = NULL;
    antq_error err;
    static const char camp[] = "{\"format\":\"antq-campaign\",\"version\":1,\"plans\":[{\"id\":\"P\",\"year\":2024,"
                               "\"targets\":[{\"id\":\"T\",\"metric\":\"reported\",\"op\":\"ge\",\"threshold\":[1e300,1]}]}]}";
    ck_assert_int_eq(antq_campaign_load_json(&c, camp, sizeof camp - 1, &err), ANTQ_ERANGE);
    ck_assert_ptr_null(c);
    ck_assert_str_eq(err.path, "/plans/0/targets/0/threshold");
    ck_assert_int_eq(err.column, col_of(camp, "[1e300"));
}
END_TEST

START_TEST(negative_counts)
{
    static const char neg[] = "{\"id\":\"A\",\"kind\":\"residential_area\",\"evidence\":[{\"year\":2024,\"households_resident\":-1}]}";
    expect(ADD(neg), ANTQ_ERANGE, "/units/6/evidence/0/households_resident", 7, col_of(neg, "-1"));
    static const char negf[] = "{\"id\":\"A\",\"kind\":\"residential_area\",\"evidence\":[{\"year\":2024,\"events\":[],\"crimes\":-0.5}]}";
    expect(ADD(negf), ANTQ_ETYPE, "/units/6/evidence/0/crimes", 7, col_of(negf, "-0.5"));
    /* through the C API: -1 is "unknown", anything below is refused */
    antq_unit u;
    antq_unit_init(&u);
    u.id = "A";
    u.kind = ANTQ_KIND_RESIDENTIAL_AREA;
    antq_evidence ev;
    antq_evidence_init(&ev);
    ev.year = 2024;
    ev.households_resident = -2;
    antq_error err;
    ck_assert_int_eq(antq_evidence_validate(&ev, &u, &err), ANTQ_ERANGE);
    ck_assert_str_eq(err.path, "/households_resident");
    antq_result *r = (antq_result *)&err;
    ck_assert_int_eq(antq_evaluate(&r, &u, &ev, NULL, NULL, 0, NULL, &err), ANTQ_ERANGE);
    ck_assert_ptr_null(r);
}
END_TEST

/* ---- 5. dates out of range */

START_TEST(dates_out_of_range)
{
    static const char *const bad[] = {"0000-01-01", "3000-01-01", "2024-13-01", "2024-02-30", "1899-12-31"};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char doc[256];
        int n = snprintf(doc, sizeof doc,
                         "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"evidence\":[{\"year\":2024,\"plan_date\":\"%s\"}]}]}",
                         bad[i]);
        expect(load(doc, (size_t)n), ANTQ_ERANGE, "/units/0/evidence/0/plan_date", 1, col_of(doc, bad[i]) - 1);
    }
    /* not a date at all, and an event date */
    static const char shape[] = "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"evidence\":[{\"year\":2024,\"plan_date\":\"2024-1-01\"}]}]}";
    expect(LOAD(shape), ANTQ_ETYPE, "/units/0/evidence/0/plan_date", 1, col_of(shape, "\"2024-1-01"));
    static const char ev[] = "{\"id\":\"A\",\"kind\":\"commune\",\"evidence\":[{\"year\":2024,\"events\":[{\"date\":\"3000-01-01\",\"kind\":\"crime\"}]}]}";
    expect(ADD(ev), ANTQ_ERANGE, "/units/6/evidence/0/events/0/date", 7, col_of(ev, "\"3000"));
    /* years outside 1901-2998 */
    static const char y[] = "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"evidence\":[{\"year\":3000}]}]}";
    expect(LOAD(y), ANTQ_ERANGE, "/units/0/evidence/0/year", 1, col_of(y, "3000"));
}
END_TEST

/* ---- 6. invalid UTF-8 */

START_TEST(invalid_utf8)
{
    static const struct {
        const char *what, *bytes;
    } bad[] = {
        {"overlong 2 bytes", "\xc0\xaf"},       {"overlong 3 bytes", "\xe0\x80\xaf"},
        {"surrogate", "\xed\xa0\x80"},          {"truncated", "\xe1\x80"},
        {"above U+10FFFF", "\xf4\x90\x80\x80"}, {"lone continuation", "\x80"},
        {"invalid lead", "\xff"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char doc[256];
        int n = snprintf(doc, sizeof doc, "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"name\":\"x%s\"}]}", bad[i].bytes);
        outcome o = load(doc, (size_t)n);
        ck_assert_msg(o.rc == ANTQ_EUTF8, "%s: %s", bad[i].what, antq_status_name(o.rc));
        expect(o, ANTQ_EUTF8, "/units/0/name", 1, col_of(doc, "\"x") + 2);
        /* the same in one NDJSON record */
        n = snprintf(doc, sizeof doc, "{\"id\":\"A\",\"kind\":\"commune\",\"name\":\"x%s\"}", bad[i].bytes);
        expect(add_line(doc, (size_t)n, 2), ANTQ_EUTF8, "/units/1/name", 2, col_of(doc, "\"x") + 2);
        /* in a key, where it used to be reported as an unknown field with the bad bytes in the path */
        n = snprintf(doc, sizeof doc, "{\"id\":\"A\",\"kind\":\"commune\",\"na%sme\":1}", bad[i].bytes);
        expect(add_line(doc, (size_t)n, 2), ANTQ_EUTF8, "/units/1", 2, col_of(doc, "\"na") + 3);
    }
    /* truncated at the very end of the input */
    static const char cut[] = "{\"units\":[],\"x\":\"\xe1\x80";
    expect(LOAD(cut), ANTQ_EUTF8, "/x", 1, (int)sizeof cut - 2);
    /* escaped surrogates that do not pair: cJSON refuses them */
    static const char hi[] = "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"name\":\"x\\ud800\"}]}";
    expect(LOAD(hi), ANTQ_EPARSE, "/units/0/name", 1, col_of(hi, "\\ud800"));
    static const char lo[] = "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"name\":\"x\\udc00y\"}]}";
    expect(LOAD(lo), ANTQ_EPARSE, "/units/0/name", 1, col_of(lo, "\\udc00"));
    /* a proper pair is fine */
    expect(LOAD("{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"name\":\"x\\ud83d\\ude00\"}]}"), ANTQ_OK, "", 0, 0);
}
END_TEST

/* ---- 7. embedded NUL bytes */

START_TEST(embedded_nul)
{
    /* raw NUL: refused before any parsing */
    static const char raw[] = "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"name\":\"a\0b\"}]}";
    expect(LOAD(raw), ANTQ_EPARSE, "/units/0/name", 1, col_of(raw, "\"a") + 2);
    static const char rawl[] = "{\"id\":\"A\",\"kind\":\"commune\",\"name\":\"a\0b\"}";
    expect(ADD(rawl), ANTQ_EPARSE, "/units/6/name", 7, col_of(rawl, "\"a") + 2);
    /* "\u0000": cJSON decodes it to a NUL byte and the C string would end
     * there ("A\u0000B" would load as "A"); the loader refuses it instead */
    static const char n1[] = "{\"units\":[{\"id\":\"A\\u0000B\",\"kind\":\"commune\"}]}";
    expect(LOAD(n1), ANTQ_EUTF8, "/units/0/id", 1, col_of(n1, "\\u0000"));
    static const char n2[] = "{\"id\":\"A\",\"kind\":\"commune\",\"name\":\"x\\u0000y\"}";
    expect(ADD(n2), ANTQ_EUTF8, "/units/6/name", 7, col_of(n2, "\\u0000"));
    static const char n3[] = "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"na\\u0000me\":\"x\"}]}";
    expect(LOAD(n3), ANTQ_EUTF8, "/units/0", 1, col_of(n3, "\\u0000"));
    static const char n4[] = "{\"units\\u0000\":[]}";
    expect(LOAD(n4), ANTQ_EUTF8, "", 1, col_of(n4, "\\u0000"));
    antq_campaign *c = NULL;
    antq_error err;
    static const char camp[] = "{\"format\":\"antq-campaign\",\"version\":1,\"plans\":[{\"id\":\"P\\u0000\",\"year\":2024}]}";
    ck_assert_int_eq(antq_campaign_load_json(&c, camp, sizeof camp - 1, &err), ANTQ_EUTF8);
    ck_assert_int_eq(err.column, col_of(camp, "\\u0000"));
    /* an escaped backslash before "u0000" is ordinary text, kept as is */
    antq_dataset *ds = NULL;
    static const char ok[] = "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"name\":\"x\\\\u0000y\"}]}";
    ck_assert_int_eq(antq_dataset_load_json(&ds, ok, sizeof ok - 1, 0, &err), ANTQ_OK);
    ck_assert_str_eq(antq_dataset_unit(ds, 0)->name, "x\\u0000y");
    antq_dataset_free(ds);
}
END_TEST

/* ---- 8. duplicate ids */

START_TEST(duplicate_ids)
{
    expect(LOAD("{\"units\":[{\"id\":\"A\",\"kind\":\"commune\"},\n{\"id\":\"A\",\"kind\":\"commune\"}]}"), ANTQ_EDUPLICATE,
           "/units/1/id", 2, 7);
    static const char dy[] = "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"evidence\":[{\"year\":2024},{\"year\":2024}]}]}";
    expect(LOAD(dy), ANTQ_EDUPLICATE, "/units/0/evidence/1/year", 1, col_of_nth(dy, "2024", 2));
    /* the same key twice in one object */
    static const char dk[] = "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"id\":\"B\"}]}";
    expect(LOAD(dk), ANTQ_EDUPLICATE, "/units/0/id", 1, col_of(dk, "\"A\""));
    /* NDJSON: the second record with the id is refused, the dataset keeps the first */
    antq_dataset *ds;
    antq_error err;
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    static const char a[] = "{\"id\":\"A\",\"kind\":\"commune\",\"name\":\"first\"}";
    static const char b[] = "{\"id\":\"A\",\"kind\":\"commune\",\"name\":\"second\"}";
    ck_assert_int_eq(antq_dataset_add_json(ds, a, sizeof a - 1, 0, 0, 0, &err), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_add_json(ds, b, sizeof b - 1, 0, 1, 1, &err), ANTQ_EDUPLICATE);
    ck_assert_str_eq(err.path, "/units/1/id");
    ck_assert_int_eq(err.line, 2);
    ck_assert_int_eq(err.column, 7);
    ck_assert_str_eq(antq_dataset_unit(ds, 0)->name, "first");
    antq_dataset_free(ds);
}
END_TEST

/* ---- 9. cycles in the hierarchy; 10. a missing parent */

static char *commune_chain(size_t n, int cycle, size_t *len)
{
    char *d = xmalloc(n * 64 + 64);
    size_t l = (size_t)sprintf(d, "{\"units\":[");
    for (size_t i = 0; i < n; i++)
        l += (size_t)sprintf(d + l, "%s\n{\"id\":\"C%zu\",\"kind\":\"commune\",\"parent\":\"C%zu\"}", i ? "," : "", i,
                             cycle ? (i + 1) % n : i + 1);
    l += (size_t)sprintf(d + l, "]}");
    *len = l;
    return d;
}

static int count_cycles(const antq_error *e, void *ud)
{
    size_t *n = ud;
    if (e->code == ANTQ_ECYCLE)
        n[0]++;
    else
        n[1]++;
    return 0;
}

START_TEST(cycles)
{
    expect(LOAD("{\"units\":[\n{\"id\":\"A\",\"kind\":\"commune\",\"parent\":\"B\"},\n{\"id\":\"B\",\"kind\":\"commune\",\"parent\":\"A\"}]}"),
           ANTQ_ECYCLE, "/units/0/parent", 2, 37);
    static const char self[] = "{\"units\":[{\"id\":\"A\",\"kind\":\"commune\",\"parent\":\"A\"}]}";
    expect(LOAD(self), ANTQ_ECYCLE, "/units/0/parent", 1, col_of(self, "\"parent\"") + 9);
    /* a residential area in a loop of communes: the loop is the error */
    expect(LOAD("{\"units\":[{\"id\":\"R\",\"kind\":\"residential_area\",\"parent\":\"A\"},\n"
                "{\"id\":\"A\",\"kind\":\"commune\",\"parent\":\"B\"},\n{\"id\":\"B\",\"kind\":\"commune\",\"parent\":\"C\"},\n"
                "{\"id\":\"C\",\"kind\":\"commune\",\"parent\":\"A\"}]}"),
           ANTQ_ECYCLE, "/units/1/parent", 2, 37);
    /* long ones, every error collected: linear, not quadratic */
    size_t len, n[2], m = scaled(100000);
    char *d = commune_chain(m, 1, &len);
    memset(n, 0, sizeof n);
    ck_assert_int_eq(antq_dataset_validate_json(NULL, d, len, 0, count_cycles, n), ANTQ_ECYCLE);
    ck_assert_uint_eq(n[0], m);
    ck_assert_uint_eq(n[1], 0);
    free(d);
    d = commune_chain(m, 0, &len); /* a chain that ends outside: communes under communes */
    memset(n, 0, sizeof n);
    ck_assert_int_eq(antq_dataset_validate_json(NULL, d, len, 0, count_cycles, n), ANTQ_ETYPE);
    ck_assert_uint_eq(n[0], 0);
    ck_assert_uint_eq(n[1], m - 1);
    free(d);
}
END_TEST

typedef struct shifted_want {
    int code;
    const char *path;
    int line, column;
} shifted_want;

static int shifted_seen;

static int check_shifted(const antq_error *e, void *ud)
{
    const shifted_want *want = ud;
    ck_assert_int_lt(shifted_seen, 2);
    int i = shifted_seen++;
    ck_assert_int_eq(e->code, want[i].code);
    ck_assert_str_eq(e->path, want[i].path);
    ck_assert_int_eq(e->line, want[i].line);
    ck_assert_int_eq(e->column, want[i].column);
    return 0;
}

START_TEST(missing_parent)
{
    expect(LOAD("{\"units\":[{\"id\":\"C\",\"kind\":\"commune\"},\n{\"id\":\"R\",\"kind\":\"residential_area\",\n \"parent\":\"X\"}]}"),
           ANTQ_ENOTFOUND, "/units/1/parent", 3, 11);
    /* collecting every error: units that failed to load do not shift the
     * paths of the hierarchy errors after them */
    static const char shifted[] = "{\"units\":[\n{\"id\":\"X\",\"kind\":\"village\"},\n"
                                  "{\"id\":\"C\",\"kind\":\"commune\"},\n"
                                  "{\"id\":\"E\",\"kind\":\"enterprise\",\"parent\":\"C\"},\n"
                                  "{\"id\":\"R\",\"kind\":\"residential_area\",\"parent\":\"E\"}]}";
    shifted_want want[2] = {{ANTQ_ERANGE, "/units/0/kind", 2, col_of(shifted, "\"village")},
                            {ANTQ_ETYPE, "/units/3/parent", 5, col_of(shifted, "\"E\"}")}};
    shifted_seen = 0;
    size_t total = 0;
    ck_assert_int_eq(antq_dataset_validate_json(&total, shifted, sizeof shifted - 1, 0, check_shifted, want), ANTQ_ERANGE);
    ck_assert_uint_eq(total, 2);
    ck_assert_int_eq(shifted_seen, 2);
    /* a commune's parent (the province) need not be in the dataset */
    expect(LOAD("{\"units\":[{\"id\":\"C\",\"kind\":\"commune\",\"parent\":\"P-99\"}]}"), ANTQ_OK, "", 0, 0);
    /* added record by record, the hierarchy is checked on request */
    antq_dataset *ds;
    antq_error err;
    ck_assert_int_eq(antq_dataset_new(&ds), ANTQ_OK);
    static const char r[] = "{\"id\":\"R\",\"kind\":\"residential_area\",\"parent\":\"X\"}";
    ck_assert_int_eq(antq_dataset_add_json(ds, r, sizeof r - 1, 0, 0, 0, &err), ANTQ_OK);
    ck_assert_int_eq(antq_dataset_check(ds, &err), ANTQ_ENOTFOUND);
    ck_assert_str_eq(err.path, "/units/0/parent");
    antq_dataset_free(ds);
}
END_TEST

/* ---- 11. a very long NDJSON line */

static long peak_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static int under_a_memory_tool(void)
{
#if defined(__SANITIZE_ADDRESS__)
    return 1;
#else
    const char *pre = getenv("LD_PRELOAD");
    return pre && strstr(pre, "vgpreload") != NULL;
#endif
}

static int count_lines(const char *line, size_t len, void *ud)
{
    (void)line;
    (void)len;
    ++*(int *)ud;
    return 0;
}

/* The line {"id":"A","kind":"residential_area","name":"xxx…"} of about size
 * bytes, then tail. */
static char *long_line(size_t size, const char *tail, size_t *len)
{
    static const char pre[] = "{\"id\":\"A\",\"kind\":\"residential_area\",\"name\":\"";
    size_t tl = strlen(tail);
    char *d = xmalloc(size + tl + 1);
    memcpy(d, pre, sizeof pre - 1);
    memset(d + sizeof pre - 1, 'x', size - (sizeof pre - 1));
    memcpy(d + size, tail, tl + 1);
    *len = size + tl;
    return d;
}

START_TEST(very_long_ndjson_line)
{
    int lines = 0;
    antq_stream *s = NULL;
    antq_error err;
    ck_assert_int_eq(antq_stream_new(&s, 2024, NULL, ANTQ_LANG_EN, count_lines, &lines), ANTQ_OK);

    /* 64 MB (the 1 GB run by hand is in doc/fuzzing.md): over the record limit,
     * refused before parsing, with no heap beyond the line itself */
    size_t len;
    char *d = long_line((size_t)64 << 20, "\"}", &len);
    long before = peak_kb();
    ck_assert_int_eq(antq_stream_feed(s, d, len, 5, &err), ANTQ_ERANGE);
    ck_assert_str_eq(err.path, "/units/4");
    ck_assert_int_eq(err.line, 5);
    ck_assert_int_eq(err.column, 1);
    if (!under_a_memory_tool())
        ck_assert_msg(peak_kb() - before < 8 * 1024, "feeding a refused 64 MB line took %ld kB more", peak_kb() - before);
    free(d);

    /* just under the limit but malformed at its end: refused cleanly */
    d = long_line(((size_t)16 << 20) - 64, "\" !}", &len);
    ck_assert_int_eq(antq_stream_feed(s, d, len, 6, &err), ANTQ_EPARSE);
    ck_assert_str_eq(err.path, "/units/5/name"); /* right after the name value */
    ck_assert_int_eq(err.line, 6);
    ck_assert_int_eq(err.column, (int)len - 1);
    free(d);
    /* unterminated (the string runs to the end of the line) */
    d = long_line((size_t)8 << 20, "", &len);
    ck_assert_int_eq(antq_stream_feed(s, d, len, 7, &err), ANTQ_EPARSE);
    ck_assert_int_eq(err.line, 7);
    free(d);
    /* and valid: evaluated, one result */
    d = long_line((size_t)8 << 20, "\",\"parent\":\"C\",\"evidence\":[{\"year\":2024}]}", &len);
    ck_assert_int_eq(antq_stream_feed(s, d, len, 8, &err), ANTQ_OK);
    ck_assert_int_eq(lines, 1);
    free(d);
    /* the stream is still usable */
    static const char c[] = "{\"id\":\"C\",\"kind\":\"commune\",\"evidence\":[{\"year\":2024}]}";
    ck_assert_int_eq(antq_stream_feed(s, c, sizeof c - 1, 9, &err), ANTQ_OK);
    ck_assert_int_eq(antq_stream_finish(s, &err), ANTQ_OK);
    ck_assert_int_eq(lines, 2);
    antq_stream_free(s);
}
END_TEST

int main(void)
{
    Suite *s = suite_create("hostile");
    TCase *tc = tcase_create("catalogue");
    tcase_set_timeout(tc, 30);
    const char *only = getenv("HOSTILE_ONLY");
#define ADD_TEST(t) if (!only || strcmp(only, #t) == 0) tcase_add_test(tc, t)
    ADD_TEST(nesting_deeper_than_the_limit);
    ADD_TEST(huge_array_of_null_units);
    ADD_TEST(huge_strings);
    ADD_TEST(integers_out_of_range);
    ADD_TEST(negative_counts);
    ADD_TEST(dates_out_of_range);
    ADD_TEST(invalid_utf8);
    ADD_TEST(embedded_nul);
    ADD_TEST(duplicate_ids);
    ADD_TEST(cycles);
    ADD_TEST(missing_parent);
    ADD_TEST(very_long_ndjson_line);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
