/* The public spreadsheet functions: loading from CSV sets, XLSX workbooks and
 * any file by its form; writing datasets and templates as CSV sets and
 * workbooks. The work is done by the readers, writers and converters of this
 * directory.
 * SPDX-License-Identifier: MIT */
#include "book.h"
#include "../model/dataset.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Largest input file read whole. */

void antq_csv_file_init(antq_csv_file *file)
{
    if (file)
        memset(file, 0, sizeof *file);
}

int antq_dataset_load_csv(antq_dataset **out, const antq_csv_file *files, size_t n, unsigned flags, antq_error *err)
{
    if (!out || (!files && n))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer and files, found NULL");
    *out = NULL;
    antq__book b;
    antq__book_init(&b);
    int rc = ANTQ_OK;
    for (size_t i = 0; i < n && rc == ANTQ_OK; i++) {
        if (!files[i].name || (!files[i].text && files[i].len))
            rc = antq__error_set(err, ANTQ_EINVAL, "", "file %zu has no name or no text", i);
        else
            rc = antq__csv_read(&b, files[i].name, files[i].text ? files[i].text : "", files[i].len, err);
    }
    if (rc == ANTQ_OK)
        rc = antq__book_to_dataset(out, &b, flags, err);
    antq__book_free(&b);
    return rc;
}

static int has_suffix(const char *name, const char *suffix)
{
    size_t n = strlen(name), k = strlen(suffix);
    return n > k && antq__name_matches(name + n - k, suffix);
}

static int by_name(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

int antq_dataset_load_csv_dir(antq_dataset **out, const char *dir, unsigned flags, antq_error *err)
{
    if (!out || !dir)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer and a directory, found NULL");
    *out = NULL;
    DIR *d = opendir(dir);
    if (!d)
        return antq__error_set(err, ANTQ_EIO, dir, "cannot open the directory");
    char *names[64];
    size_t n = 0;
    int rc = ANTQ_OK;
    for (struct dirent *e; rc == ANTQ_OK && (e = readdir(d)) != NULL;) {
        if (!has_suffix(e->d_name, ".csv"))
            continue;
        if (n == ANTQ__ARRAY_LEN(names))
            rc = antq__error_set(err, ANTQ_ERANGE, dir, "more than %zu CSV files", ANTQ__ARRAY_LEN(names));
        else if (!(names[n++] = antq__strdup(e->d_name)))
            rc = antq__error_set(err, ANTQ_ENOMEM, dir, "out of memory");
    }
    closedir(d);
    if (rc == ANTQ_OK && n)
        qsort(names, n, sizeof names[0], by_name);
    antq_csv_file files[ANTQ__ARRAY_LEN(names)];
    size_t loaded = 0;
    for (; rc == ANTQ_OK && loaded < n; loaded++) {
        size_t plen = strlen(dir) + strlen(names[loaded]) + 2;
        char *path = antq__malloc(plen);
        char *text = NULL;
        size_t len = 0;
        if (!path) {
            rc = antq__error_set(err, ANTQ_ENOMEM, dir, "out of memory");
            break;
        }
        snprintf(path, plen, "%s/%s", dir, names[loaded]);
        rc = antq__read_file(path, ANTQ__MAX_FILE, &text, &len, err);
        antq__free(path);
        if (rc)
            break;
        files[loaded].name = names[loaded];
        files[loaded].text = text;
        files[loaded].len = len;
    }
    if (rc == ANTQ_OK)
        rc = antq_dataset_load_csv(out, files, n, flags, err);
    for (size_t i = 0; i < loaded; i++)
        antq__free((char *)files[i].text);
    for (size_t i = 0; i < n; i++)
        antq__free(names[i]);
    return rc;
}

int antq_dataset_load_xlsx(antq_dataset **out, const char *buf, size_t len, unsigned flags, antq_error *err)
{
    if (!out || (!buf && len))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer and a buffer, found NULL");
    *out = NULL;
    antq__book b;
    antq__book_init(&b);
    int rc = antq__xlsx_read(&b, buf, len, err);
    if (rc == ANTQ_OK)
        rc = antq__book_to_dataset(out, &b, flags, err);
    antq__book_free(&b);
    return rc;
}

int antq_dataset_load_xlsx_file(antq_dataset **out, const char *path, unsigned flags, antq_error *err)
{
    if (!out || !path)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer and a path, found NULL");
    *out = NULL;
    char *buf;
    size_t len;
    int rc = antq__read_file(path, ANTQ__MAX_FILE, &buf, &len, err);
    if (rc == ANTQ_OK)
        rc = antq_dataset_load_xlsx(out, buf, len, flags, err);
    antq__free(buf);
    return rc;
}

/* NDJSON: one unit record per line, then the hierarchy check. */
int antq_dataset_load_file(antq_dataset **out, const char *path, unsigned flags, antq_error *err)
{
    if (!out || !path)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an output pointer and a path, found NULL");
    *out = NULL;
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return antq_dataset_load_csv_dir(out, path, flags, err);
    char *buf;
    size_t len;
    int rc = antq__read_file(path, ANTQ__MAX_FILE, &buf, &len, err);
    if (rc)
        return rc;
    if (len >= 4 && memcmp(buf, "PK\x03\x04", 4) == 0) {
        rc = antq_dataset_load_xlsx(out, buf, len, flags, err);
    } else if (has_suffix(path, ".csv")) {
        const char *slash = strrchr(path, '/');
        antq_csv_file f = {slash ? slash + 1 : path, buf, len};
        rc = antq_dataset_load_csv(out, &f, 1, flags, err);
    } else {
        rc = antq__dataset_load_text(out, path, buf, len, flags, err);
    }
    antq__free(buf);
    return rc;
}

static int valid_lang(int lang) { return lang == ANTQ_LANG_VI || lang == ANTQ_LANG_EN; }


/* Every file of the set is written first, then all are renamed into place (lib/io/publish.c): a failure
 * leaves the previous set as it was. */
static int write_csv_book(const char *dir, const antq__book *b, int lang, antq_error *err)
{
    antq__publish pub;
    antq__publish_init(&pub);
    int rc = ANTQ_OK;
    for (size_t i = 0; i < b->n && rc == ANTQ_OK; i++) {
        const antq__sheet *s = &b->sheets[i];
        char *text = NULL, path[4096];
        snprintf(path, sizeof path, "%s/%s.csv", dir, antq__sheet_layouts[s->layout].key);
        if (antq__csv_write(s, lang, &text) != ANTQ_OK)
            rc = antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
        else
            rc = antq__publish_write(&pub, path, text, strlen(text), err);
        antq_free(text);
    }
    if (rc == ANTQ_OK)
        return antq__publish_commit(&pub, err);
    antq__publish_abort(&pub);
    return rc;
}

/* A workbook written to a temporary file beside `path`, renamed over it once complete. */
static int publish_xlsx_book(const antq__book *b, const char *path, int lang, int guide, unsigned kinds,
                             antq_error *err)
{
    antq__publish pub;
    antq__publish_init(&pub);
    const char *tmp;
    int rc = antq__publish_reserve(&pub, path, &tmp, err);
    if (rc == ANTQ_OK)
        rc = antq__xlsx_write_book(b, path, tmp, lang, guide, kinds, err);
    if (rc == ANTQ_OK)
        return antq__publish_commit(&pub, err);
    antq__publish_abort(&pub);
    return rc;
}

int antq_dataset_write_csv_dir(const char *dir, const antq_dataset *ds, int lang, antq_error *err)
{
    if (!dir || !ds || !valid_lang(lang))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a directory, a dataset and a language");
    antq__book b;
    antq__book_init(&b);
    int rc = antq__dataset_to_book(&b, ds, lang) ? antq__error_set(err, ANTQ_ENOMEM, "", "out of memory")
                                                 : write_csv_book(dir, &b, lang, err);
    antq__book_free(&b);
    return rc;
}

int antq_dataset_write_xlsx(const char *path, const antq_dataset *ds, int lang, antq_error *err)
{
    if (!path || !ds || !valid_lang(lang))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a path, a dataset and a language");
    antq__book b;
    antq__book_init(&b);
    int rc = antq__dataset_to_book(&b, ds, lang) ? antq__error_set(err, ANTQ_ENOMEM, "", "out of memory")
                                                 : publish_xlsx_book(&b, path, lang, 0, 0, err);
    antq__book_free(&b);
    return rc;
}

/* An empty dataset with the year as its option. */
static int template_dataset(antq_dataset **ds, int year, antq_error *err)
{
    if (year && (year < 1901 || year > 2998))
        return antq__error_set(err, ANTQ_ERANGE, "", "expected a year 1901-2998, found %d", year);
    if (antq_dataset_new(ds) != ANTQ_OK)
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    (*ds)->year = year;
    return ANTQ_OK;
}

int antq_template_write_xlsx(const char *path, int year, unsigned kinds, int lang, antq_error *err)
{
    if (!path || !valid_lang(lang))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a path and a language");
    antq_dataset *ds;
    int rc = template_dataset(&ds, year, err);
    if (rc)
        return rc;
    antq__book b;
    antq__book_init(&b);
    rc = antq__dataset_to_book(&b, ds, lang) ? antq__error_set(err, ANTQ_ENOMEM, "", "out of memory")
                                             : publish_xlsx_book(&b, path, lang, 1, kinds, err);
    antq__book_free(&b);
    antq_dataset_free(ds);
    return rc;
}

int antq_template_write_csv_dir(const char *dir, int year, int lang, antq_error *err)
{
    if (!dir || !valid_lang(lang))
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a directory and a language");
    antq_dataset *ds;
    int rc = template_dataset(&ds, year, err);
    if (rc == ANTQ_OK)
        rc = antq_dataset_write_csv_dir(dir, ds, lang, err);
    antq_dataset_free(ds);
    return rc;
}
