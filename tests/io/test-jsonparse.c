/* The library's JSON parser (lib/io/jsonparse.c) builds the tree cJSON builds:
 * on every file of the fuzz corpora, the test data and the sample data (each
 * file whole and each of its lines), on a list of tricky texts and every
 * prefix of them, and on seeded mutations of real records, both parsers
 * accept with the same tree and end or refuse at the same byte
 * (fuzz/json-same.h).
 * SPDX-License-Identifier: MIT */
#include "../../fuzz/json-same.h"

#include <check.h>
#include <dirent.h>
#include <sys/stat.h>
#include "../common/slurp.h"

static const char *srcroot;
static size_t n_compared, n_accepted;

static void same(const char *text, size_t len, const char *what)
{
    char why[300];
    int accepted = 0;
    int ok = json_same_parse(text, len, &accepted, why, sizeof why);
    ck_assert_msg(ok, "%s (%zu bytes \"%.80s\"): %s", what, len, text, why);
    n_compared++;
    n_accepted += accepted ? 1 : 0;
}

static void same_str(const char *text, const char *what) { same(text, strlen(text), what); }

/* The file whole and each of its lines. */
static void same_file(const char *path)
{
    size_t len;
    char *buf = slurp(path, &len);
    ck_assert_msg(buf != NULL, "cannot read %s", path);
    same(buf, len, path);
    for (const char *p = buf, *end = buf + len; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        same(p, n, path);
        p += n + (nl ? 1 : 0);
    }
    free(buf);
}

static void same_tree_of_files(const char *dir)
{
    DIR *d = opendir(dir);
    ck_assert_msg(d != NULL, "cannot open %s", dir);
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.')
            continue;
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode))
            same_tree_of_files(path);
        else if (S_ISREG(st.st_mode) && st.st_size < (16 << 20))
            same_file(path);
    }
    closedir(d);
}

START_TEST(corpora_and_data)
{
    static const char *const dirs[] = {"fuzz/corpus", "tests/data", "data"};
    size_t before = n_compared;
    for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", srcroot, dirs[i]);
        same_tree_of_files(path);
    }
    ck_assert_uint_gt(n_compared - before, 10000); /* the corpora were found */
}
END_TEST

/* Texts where a parser could go wrong: each whole and each prefix of it. */
static const char *const tricky[] = {
    "{\"a\":1}", "{\"a\":1,}", "{\"a\":1,", "{\"a\":1, ", "{", "[", "[1,]", "[1 2]", "{\"a\" 1}", "{a:1}",
    "{\"a\":1}x", "  {\"a\":1}  ", "{}", "[]", "{ }", "[ ]", "{\"a\":[]}", "{\"a\":{}}", "[[[]]]", "{\"a\":1}}",
    "{\"a\":1]", "[1}", "{,}", "[,]", "{\"a\"}", "{\"a\":}", "{:1}", "{\"a\":1 \"b\":2}",
    "\"\\uD83D\\uDE00\"", "\"\\uD83D\"", "\"\\uDE00\"", "\"\\uD83Dx\"", "\"\\uD83D\\u0041\"", "\"\\uD83D\\uDBFF\"",
    "\"\\u00e9\\u20ac\\u0041\"", "\"\\u0000\"", "\"a\\u00zzb\"", "\"\\u12\"", "\"\\x\"", "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
    "\"abc", "\"abc\\", "\"ab\\\"", "\"\\u\\\"abc\"", "\"a\\", "\"\\uDBFF\\uDFFF\"", "\"\\uFFFF\"", "\"\\u0080\\u07FF\\u0800\"",
    "0", "-0", "01", "007", "1.", "-.5", "1.e5", "1e5", "1E+5", "1e-5", "1e-400", "1e400", "-1e400", "123456789012345",
    "-123456789012345", "1234567890123456", "9007199254740993", "2147483647", "2147483648", "-2147483648",
    "-2147483649", "1.5e3", "1-2", "1+2", "-", "--1", "-a", "1e", "1e+", "0x1F", "0.1", "3.14159265358979323846",
    "1e5.5", "1..2", "1ee2", "[1e5,-0,0.5]", "{\"n\":-}", "{\"n\":1.5.5}", "4.9e-324", "1.7976931348623157e308",
    "123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890",
    "0.000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001",
    "null", "nul", "true", "tru", "false", "fals", "falsex", "nullnull", "NULL", "True", "[null,true,false]",
    "\xEF\xBB\xBF{}", "\xEF\xBB\xBF" "1", "\xEF\xBB\xBF" "12", "\xEF\xBB\xBF", "\xEF\xBB", "\x01{\"a\":\x7f" "1}",
    "\x1f[1]\x1f", "\"a\tb\"", "\"\xc3\xa9\"", "\"\xff\"", "{\"a\":1,\"a\":2}", "{\"\":1}", "{\"a\":{\"a\":{\"a\":1}}}",
    "", " ", "\n", "\r\n", "\t{\t\"a\"\t:\t1\t}\t", "}", "]", ",", ":", "\"", "[\"a\",", "{\"a\":\"b\",\"c\":",
};

START_TEST(tricky_texts_and_prefixes)
{
    for (size_t i = 0; i < sizeof tricky / sizeof *tricky; i++) {
        size_t len = strlen(tricky[i]);
        for (size_t k = 0; k <= len; k++)
            same(tricky[i], k, tricky[i]);
    }
}
END_TEST

START_TEST(embedded_nul_bytes)
{
    static const char a[] = "{\"a\":\"b\0c\"}", b[] = "{\"a\"\0:1}", c[] = "[1,\0" "2]", d[] = "\0{}", e[] = "{\"a\":1}\0";
    same(a, sizeof a - 1, "NUL in a string");
    same(b, sizeof b - 1, "NUL after a key");
    same(c, sizeof c - 1, "NUL in an array");
    same(d, sizeof d - 1, "NUL first");
    same(e, sizeof e - 1, "NUL after the value");
}
END_TEST

/* Around cJSON's nesting limit (CJSON_NESTING_LIMIT = 1000). */
START_TEST(nesting_limit)
{
    for (int depth = 998; depth <= 1002; depth++) {
        for (int object = 0; object <= 1; object++) {
            char *buf = malloc((size_t)depth * 8 + 8), *p = buf;
            for (int i = 0; i < depth; i++)
                p += sprintf(p, "%s", object ? "{\"a\":" : "[");
            *p++ = '1';
            for (int i = 0; i < depth; i++)
                *p++ = object ? '}' : ']';
            *p = '\0';
            same_str(buf, object ? "nested objects" : "nested arrays");
            free(buf);
        }
    }
}
END_TEST

/* Real records with bytes replaced by JSON's special characters (seeded: the
 * same cases every run). */
START_TEST(mutated_records)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/data/sample-province.ndjson", srcroot);
    size_t len;
    char *buf = slurp(path, &len);
    ck_assert_msg(buf != NULL, "cannot read %s", path);
    static const char special[] = "\"\\{}[],:0-+eE.u \x01\xff";
    uint64_t seed = 88172645463325252ull;
    size_t lines = 0;
    for (char *p = buf, *end = buf + len; p < end && lines < 400; lines++) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        char *line = malloc(n + 1);
        for (int round = 0; round < 20 && n; round++) {
            memcpy(line, p, n);
            line[n] = '\0';
            for (int flips = 1 + round % 3; flips > 0; flips--) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                line[seed % n] = special[(seed >> 32) % (sizeof special - 1)];
            }
            same(line, n, "a mutated record");
        }
        free(line);
        p += n + (nl ? 1 : 0);
    }
    free(buf);
    ck_assert_uint_ge(lines, 100);
}
END_TEST

/* Not vacuous: both kinds of outcome were met. */
START_TEST(both_outcomes_seen)
{
    ck_assert_uint_gt(n_accepted, 1000);
    ck_assert_uint_gt(n_compared - n_accepted, 1000);
}
END_TEST

int main(int argc, char **argv)
{
    srcroot = argc > 1 ? argv[1] : ".";
    Suite *s = suite_create("jsonparse");
    TCase *tc = tcase_create("same as cJSON");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, corpora_and_data);
    tcase_add_test(tc, tricky_texts_and_prefixes);
    tcase_add_test(tc, embedded_nul_bytes);
    tcase_add_test(tc, nesting_limit);
    tcase_add_test(tc, mutated_records);
    tcase_add_test(tc, both_outcomes_seen);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_set_fork_status(sr, CK_NOFORK); /* the counts carry from test to test */
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
