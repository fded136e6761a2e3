/* Two ways to evaluate a dataset give the same results, byte for byte:
 * antq_dataset_evaluate() (units and evidence checked once, when loaded; the
 * roll-ups and territory events built inside) and, unit by unit through the
 * public API, antq_evaluate() of every member, antq_rollup_add() of each
 * commune's members and antq_evaluate() of every commune with that roll-up and
 * its members' events (each call checking its arguments). The same for every
 * other standard (antq_dataset_evaluate_standard() against
 * antq_evaluate_standard()). Compared: every accessor of every result, every
 * check and every fact field, each commune's roll-up, and, under the safe
 * standard, the full-detail text of every result in every format that writes
 * one result, its explanation and what it takes.
 * The data: every dataset of tests/data/valid and data/ (documents, NDJSON,
 * CSV sets, workbooks when built with -Dxlsx), its own options and the same
 * with a recognition decision date for every unit, its latest evidence year
 * and the two years before.
 * SPDX-License-Identifier: MIT */
#include <antq.h>
#include <check.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *dirs[2];
static size_t compared_datasets, compared_results;

/* A call that must succeed; Check's ck_assert_* would record every call (a write each). */
#define MUST(call)                                                                                                     \
    do {                                                                                                               \
        if ((call) != ANTQ_OK)                                                                                         \
            ck_abort_msg("%s failed", #call);                                                                          \
    } while (0)

/* The evaluation of ds for year under standard, unit by unit; results[i] and rollups of communes. */
typedef struct reference {
    size_t n;
    antq_result **results;
    antq_rollup *rollups;
    int *has_rollup;
} reference;

static const antq_evidence *evidence_or(const antq_dataset *ds, size_t i, int year, antq_evidence *empty)
{
    const antq_evidence *ev = antq_dataset_evidence(ds, i, year);
    return ev ? ev : empty;
}

static size_t commune_of(const antq_dataset *ds, size_t i)
{
    const antq_unit *u = antq_dataset_unit(ds, i);
    if (u->kind == ANTQ_KIND_COMMUNE || !u->parent_id)
        return (size_t)-1;
    size_t p = antq_dataset_find(ds, u->parent_id);
    return p != (size_t)-1 && antq_dataset_unit(ds, p)->kind == ANTQ_KIND_COMMUNE ? p : (size_t)-1;
}

/* The members' events on the commune's territory, in unit order, each naming its unit (comm: each unit's commune). */
static antq_event *territory_of(const antq_dataset *ds, const size_t *comm, size_t c, int year, size_t *n)
{
    size_t cap = 0;
    for (size_t i = 0; i < antq_dataset_unit_count(ds); i++) {
        const antq_evidence *ev = antq_dataset_evidence(ds, i, year);
        if (ev && comm[i] == c)
            cap += ev->n_events;
    }
    antq_event *t = malloc((cap ? cap : 1) * sizeof *t);
    if (!t)
        ck_abort_msg("out of memory");
    *n = 0;
    for (size_t i = 0; i < antq_dataset_unit_count(ds); i++) {
        const antq_evidence *ev = antq_dataset_evidence(ds, i, year);
        for (size_t k = 0; ev && comm[i] == c && k < ev->n_events; k++) {
            t[*n] = ev->events[k];
            if (!t[*n].unit_id)
                t[*n].unit_id = antq_dataset_unit(ds, i)->id;
            (*n)++;
        }
    }
    return t;
}

static void reference_evaluate(reference *ref, const antq_dataset *ds, int year, int standard, const antq_options *opts)
{
    size_t n = antq_dataset_unit_count(ds);
    antq_evidence empty;
    antq_evidence_init(&empty);
    empty.year = year;
    ref->n = n;
    ref->results = calloc(n ? n : 1, sizeof *ref->results);
    ref->rollups = calloc(n ? n : 1, sizeof *ref->rollups);
    ref->has_rollup = calloc(n ? n : 1, sizeof *ref->has_rollup);
    ck_assert(ref->results && ref->rollups && ref->has_rollup);
    antq_result **safe = calloc(n ? n : 1, sizeof *safe);
    size_t *comm = calloc(n ? n : 1, sizeof *comm);
    ck_assert(safe && comm);
    for (size_t i = 0; i < n; i++)
        comm[i] = commune_of(ds, i);
    antq_error err;
    for (size_t i = 0; i < n; i++) /* members */
        if (antq_dataset_unit(ds, i)->kind != ANTQ_KIND_COMMUNE)
            MUST(antq_evaluate(&safe[i], antq_dataset_unit(ds, i), evidence_or(ds, i, year, &empty), NULL, NULL, 0,
                               opts, &err));
    for (size_t i = 0; i < n; i++) /* roll-ups (Art. 5.4) */
        if (antq_dataset_unit(ds, i)->kind == ANTQ_KIND_COMMUNE)
            antq_rollup_init(&ref->rollups[i], antq_dataset_unit(ds, i)->id);
    for (size_t i = 0; i < n; i++) {
        size_t c = comm[i];
        if (c == (size_t)-1)
            continue;
        MUST(antq_rollup_add(&ref->rollups[c], antq_dataset_unit(ds, i), antq_dataset_evidence(ds, i, year), safe[i],
                             &err));
        ref->has_rollup[c] = 1;
    }
    for (size_t i = 0; i < n; i++) /* communes, with their members' events (Art. 5.2) */
        if (antq_dataset_unit(ds, i)->kind == ANTQ_KIND_COMMUNE) {
            size_t nt;
            antq_event *t = territory_of(ds, comm, i, year, &nt);
            MUST(antq_evaluate(&safe[i], antq_dataset_unit(ds, i), evidence_or(ds, i, year, &empty),
                               ref->has_rollup[i] ? &ref->rollups[i] : NULL, nt ? t : NULL, nt, opts, &err));
            free(t);
        }
    for (size_t i = 0; i < n; i++) {
        if (standard == ANTQ_STANDARD_SAFE) {
            ref->results[i] = safe[i];
            continue;
        }
        int commune = antq_dataset_unit(ds, i)->kind == ANTQ_KIND_COMMUNE;
        size_t nt = 0;
        antq_event *t = commune ? territory_of(ds, comm, i, year, &nt) : NULL;
        MUST(antq_evaluate_standard(&ref->results[i], standard, antq_dataset_unit(ds, i),
                                    evidence_or(ds, i, year, &empty),
                                    commune && ref->has_rollup[i] ? &ref->rollups[i] : NULL, nt ? t : NULL, nt, opts,
                                    &err));
        free(t);
        antq_result_free(safe[i]);
    }
    free(safe);
    free(comm);
}

static void reference_free(reference *ref)
{
    for (size_t i = 0; i < ref->n; i++)
        antq_result_free(ref->results[i]);
    free(ref->results);
    free(ref->rollups);
    free(ref->has_rollup);
}

static void assert_same_text(const char *a, const char *b, const char *what, const char *file, size_t i)
{
    if (!a || !b || strcmp(a, b) != 0)
        ck_abort_msg("%s, unit %zu: %s differs:\n%s\n---\n%s", file, i, what, a ? a : "(null)", b ? b : "(null)");
}

static int same_str(const char *a, const char *b) { return a == b || (a && b && strcmp(a, b) == 0); }

/* Check's ck_assert_* record every assertion (a write per call): the many comparisons below use a plain
 * test and abort only when one fails. */
#define EXPECT(cond, what)                                                                                             \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            ck_abort_msg("%s, unit %zu: %s differs", file, i, what);                                                   \
    } while (0)

static void assert_same_result(const antq_result *a, const antq_result *b, const char *file, size_t i)
{
    EXPECT(same_str(antq_result_unit_id(a), antq_result_unit_id(b)), "id");
    EXPECT(same_str(antq_result_unit_name(a), antq_result_unit_name(b)), "name");
    EXPECT(same_str(antq_result_parent_id(a), antq_result_parent_id(b)), "parent");
    EXPECT(antq_result_verdict(a) == antq_result_verdict(b), "verdict");
    EXPECT(antq_result_unit_kind(a) == antq_result_unit_kind(b), "kind");
    EXPECT(antq_result_year(a) == antq_result_year(b), "year");
    EXPECT(antq_result_standard(a) == antq_result_standard(b), "standard");
    EXPECT(antq_result_ruleset(a) == antq_result_ruleset(b), "rule set");
    EXPECT(antq_result_period_start(a) == antq_result_period_start(b), "period start");
    EXPECT(antq_result_period_end(a) == antq_result_period_end(b), "period end");
    EXPECT(antq_result_registered(a) == antq_result_registered(b), "registration");
    EXPECT(antq_result_authority(a) == antq_result_authority(b), "authority");
    EXPECT(antq_result_recognising_level(a) == antq_result_recognising_level(b), "recognising level");
    EXPECT(antq_result_irregular(a) == antq_result_irregular(b), "irregular");
    const antq_delegation *da = antq_result_delegation(a), *db = antq_result_delegation(b);
    EXPECT((da == NULL) == (db == NULL), "delegation");
    if (da) {
        antq_delegation x = *da, y = *db;
        EXPECT(same_str(x.unit_id, y.unit_id), "delegation unit");
        x.unit_id = y.unit_id = NULL;
        EXPECT(memcmp(&x, &y, sizeof x) == 0, "delegation");
    }
    EXPECT(antq_result_check_count(a) == antq_result_check_count(b), "check count");
    for (size_t c = 0; c < antq_result_check_count(a); c++) {
        const antq_check *ca = antq_result_check(a, c), *cb = antq_result_check(b, c);
        EXPECT(ca->criterion == cb->criterion && ca->outcome == cb->outcome && ca->reserved == cb->reserved &&
                   ca->n_facts == cb->n_facts,
               "a check");
        for (size_t k = 0; k < ca->n_facts; k++) {
            antq_fact x = ca->facts[k], y = cb->facts[k];
            EXPECT(same_str(x.missing, y.missing) && same_str(x.subject, y.subject), "a fact's text");
            x.missing = y.missing = x.subject = y.subject = NULL;
            EXPECT(memcmp(&x, &y, sizeof x) == 0, "a fact");
        }
    }
    if (antq_result_standard(a) != ANTQ_STANDARD_SAFE)
        return; /* the texts follow from the fields compared above; written for the safe standard only (time) */
    char *ta, *tb;
    static const antq_format formats[] = {ANTQ_FORMAT_JSON, ANTQ_FORMAT_NDJSON, ANTQ_FORMAT_CSV_UNITS,
                                          ANTQ_FORMAT_CSV_CRITERIA};
    for (size_t f = 0; f < sizeof formats / sizeof *formats; f++) {
        antq_lang lang = f % 2 ? ANTQ_LANG_EN : ANTQ_LANG_VI;
        EXPECT(antq_result_write_detail(&ta, NULL, a, formats[f], ANTQ_DETAIL_FULL, lang, 0, NULL) == ANTQ_OK &&
                   antq_result_write_detail(&tb, NULL, b, formats[f], ANTQ_DETAIL_FULL, lang, 0, NULL) == ANTQ_OK,
               "writing");
        assert_same_text(ta, tb, "full-detail text", file, i);
        antq_free(ta);
        antq_free(tb);
    }
    EXPECT(antq_result_explain(&ta, a, ANTQ_LANG_EN, NULL) == ANTQ_OK &&
               antq_result_explain(&tb, b, ANTQ_LANG_EN, NULL) == ANTQ_OK,
           "explaining");
    assert_same_text(ta, tb, "explanation", file, i);
    antq_free(ta);
    antq_free(tb);
    EXPECT(antq_result_what_it_takes(&ta, a, ANTQ_LANG_VI, NULL) == ANTQ_OK &&
               antq_result_what_it_takes(&tb, b, ANTQ_LANG_VI, NULL) == ANTQ_OK,
           "what it takes");
    assert_same_text(ta, tb, "what it takes", file, i);
    antq_free(ta);
    antq_free(tb);
}

static void compare_year(const antq_dataset *ds, int year, int standard, const antq_options *opts, const char *file)
{
    antq_evaluation *ev;
    antq_error err;
    ck_assert_msg(antq_dataset_evaluate_standard(&ev, ds, year, standard, opts, &err) == ANTQ_OK, "%s %d: %s", file,
                  year, err.message);
    reference ref;
    reference_evaluate(&ref, ds, year, standard, opts);
    ck_assert_uint_eq(antq_evaluation_count(ev), ref.n);
    for (size_t i = 0; i < ref.n; i++) {
        assert_same_result(antq_evaluation_result(ev, i), ref.results[i], file, i);
        const antq_rollup *ra = antq_evaluation_rollup(ev, i);
        EXPECT((ra != NULL) == (ref.has_rollup[i] != 0), "roll-up");
        EXPECT(!ra || memcmp(ra, &ref.rollups[i], sizeof *ra) == 0, "roll-up");
        compared_results++;
    }
    reference_free(&ref);
    antq_evaluation_free(ev);
}

static int is_dataset(const char *name)
{
    size_t n = strlen(name);
    if (name[0] == '.' || strncmp(name, "campaign", 8) == 0) /* a campaign is no dataset */
        return 0;
    if (n > 5 && strcmp(name + n - 5, ".json") == 0)
        return 1;
    if (n > 7 && strcmp(name + n - 7, ".ndjson") == 0)
        return 1;
    if (n > 5 && strcmp(name + n - 5, ".xlsx") == 0)
        return antq_xlsx_supported();
    return n > 4 && strcmp(name + n - 4, "-csv") == 0; /* a CSV set (directory) */
}

/* Under valgrind (CI's memory-checking pass) only the latest year with the dataset's own options is
 * compared, every standard: the whole comparison runs natively and under ASan. */
static int under_valgrind(void)
{
    const char *pre = getenv("LD_PRELOAD");
    return pre && strstr(pre, "vgpreload") != NULL;
}

START_TEST(dataset_evaluation_equals_evaluation_unit_by_unit)
{
    const int quick = under_valgrind();
    for (size_t d = 0; d < 2; d++) {
        DIR *dir = opendir(dirs[d]);
        ck_assert_msg(dir != NULL, "cannot open %s", dirs[d]);
        struct dirent *de;
        while ((de = readdir(dir))) {
            if (!is_dataset(de->d_name))
                continue;
            char path[2048];
            snprintf(path, sizeof path, "%s/%s", dirs[d], de->d_name);
            antq_dataset *ds;
            antq_error err;
            ck_assert_msg(antq_dataset_load_file(&ds, path, 0, &err) == ANTQ_OK, "%s: %s", path, err.message);
            int latest = antq_dataset_year(ds) ? antq_dataset_year(ds) : antq_dataset_latest_year(ds);
            /* the dataset's own options, and the same with one recognition decision date for every unit
             * (the authority and the delegations looked up on it, Art. 10, 10.5) */
            antq_options decided = *antq_dataset_options(ds);
            decided.decision_date = antq_date_make(latest, 12, 20);
            const antq_options *variants[] = {antq_dataset_options(ds), &decided};
            for (int year = quick ? latest : latest - 2; year <= latest; year++)
                for (int s = 0; s < ANTQ_STANDARD_COUNT; s++)
                    for (size_t v = 0; v < (quick ? 1u : 2u); v++) {
                        antq_evaluation *probe;
                        /* a standard with no rows in force for the year is an error of both paths alike */
                        if (s != ANTQ_STANDARD_SAFE &&
                            antq_dataset_evaluate_standard(&probe, ds, year, s, variants[v], &err) == ANTQ_ENORULES)
                            continue;
                        if (s != ANTQ_STANDARD_SAFE)
                            antq_evaluation_free(probe);
                        compare_year(ds, year, s, variants[v], path);
                    }
            antq_dataset_free(ds);
            compared_datasets++;
        }
        closedir(dir);
    }
    ck_assert_uint_ge(compared_datasets, 6);
    ck_assert_uint_gt(compared_results, quick ? 100 : 1000);
}
END_TEST

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s TESTS-DATA-VALID-DIR DATA-DIR\n", argv[0]);
        return 2;
    }
    dirs[0] = argv[1];
    dirs[1] = argv[2];
    Suite *s = suite_create("evalpaths");
    TCase *tc = tcase_create("evalpaths");
    tcase_set_timeout(tc, 300);
    tcase_add_test(tc, dataset_evaluation_equals_evaluation_unit_by_unit);
    suite_add_tcase(s, tc);
    SRunner *sr = srunner_create(s);
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? 1 : 0;
}
