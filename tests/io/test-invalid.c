/* Every file under tests/data/invalid/ is rejected with exactly the error in
 * its .expected file: "CODE LINE COLUMN PATH". The load leaves nothing behind.
 * SPDX-License-Identifier: MIT */
#include <antq.h>
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../common/slurp.h"

static const char *dir;
static char *names[256];
static int n_names;

static int count_errors(const antq_error *e, void *ud)
{
    (void)e;
    ++*(int *)ud;
    return 0;
}

START_TEST(invalid_file_gets_its_precise_error)
{
    char path[1024], code[64], epath[512];
    int line, col;
    size_t len, elen;
    snprintf(path, sizeof path, "%s/%s.expected", dir, names[_i]);
    char *expected = slurp(path, &elen);
    ck_assert_msg(expected != NULL, "missing %s", path);
    epath[0] = '\0';
    ck_assert_int_ge(sscanf(expected, "%63s %d %d %511s", code, &line, &col, epath), 3);
    snprintf(path, sizeof path, "%s/%s.json", dir, names[_i]);
    char *buf = slurp(path, &len);
    ck_assert_ptr_nonnull(buf);

    antq_dataset *ds = (antq_dataset *)0x1;
    antq_error err;
    int rc = antq_dataset_load_json(&ds, buf, len, 0, &err);
    ck_assert_msg(rc != ANTQ_OK, "%s: loaded although invalid", names[_i]);
    ck_assert_ptr_null(ds);
    ck_assert_int_eq(err.code, rc);
    ck_assert_msg(strcmp(antq_status_name(rc), code) == 0, "%s: code %s, expected %s (%s)", names[_i],
                  antq_status_name(rc), code, err.message);
    ck_assert_msg(err.line == line && err.column == col, "%s: at %d:%d, expected %d:%d", names[_i], (int)err.line,
                  (int)err.column, line, col);
    ck_assert_msg(strcmp(err.path[0] ? err.path : "/", epath[0] ? epath : "/") == 0, "%s: path %s, expected %s",
                  names[_i], err.path, epath);
    ck_assert_msg(strlen(err.message) > 10, "%s: message too short", names[_i]);
    /* the collecting validator finds at least that error and reports the same first one */
    int n = 0;
    size_t total = 0;
    ck_assert_int_eq(antq_dataset_validate_json(&total, buf, len, 0, count_errors, &n), rc);
    ck_assert_int_ge(n, 1);
    ck_assert_int_eq((int)total, n);
    free(buf);
    free(expected);
}
END_TEST

START_TEST(validate_reports_every_error_not_just_the_first)
{
    const char *doc = "{\"format\":\"antq-dataset\",\"units\":[\n"
                      " {\"id\":\"CW-1\",\"kind\":\"commune\",\"colour\":1},\n"
                      " {\"id\":\"RA-1\",\"kind\":\"residential_area\",\"parent\":\"CW-1\",\"evidence\":[{\"year\":2024,\"crimes\":-1}]},\n"
                      " {\"id\":\"RA-2\",\"kind\":\"village\"}\n]}";
    int n = 0;
    size_t total = 0;
    int rc = antq_dataset_validate_json(&total, doc, strlen(doc), 0, count_errors, &n);
    ck_assert_int_eq(rc, ANTQ_EUNKNOWNFIELD);
    ck_assert_int_eq(n, 3);
}
END_TEST

int main(int argc, char **argv)
{
    dir = argc > 1 ? argv[1] : "tests/data/invalid";
    DIR *d = opendir(dir);
    if (!d) {
        fprintf(stderr, "cannot open %s\n", dir);
        return 1;
    }
    struct dirent *e;
    while ((e = readdir(d)) && n_names < 256) {
        size_t l = strlen(e->d_name);
        if (l > 5 && strcmp(e->d_name + l - 5, ".json") == 0)
            names[n_names++] = strndup(e->d_name, l - 5);
    }
    closedir(d);
    Suite *s = suite_create("invalid");
    TCase *tc = tcase_create("corpus");
    tcase_add_loop_test(tc, invalid_file_gets_its_precise_error, 0, n_names);
    tcase_add_test(tc, validate_reports_every_error_not_just_the_first);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    for (int i = 0; i < n_names; i++)
        free(names[i]);
    return failed ? 1 : 0;
}
