/* Load a dataset from its file, evaluate it and print each commune's Art. 5.4
 * pool as the evaluator counted it (Circular 124/2021/TT-BCA Art. 5.4: 70% or
 * more of the units under the commune's management recognised as safe).
 *
 * usage: evaluate-file [DATASET]   (default data/sample-province.json; a JSON
 * document or NDJSON, told apart by antq_dataset_load_file())
 * It exits 1 if the file cannot be loaded or evaluated, or no commune has a pool.
 * SPDX-License-Identifier: MIT */
#include <antq.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : "data/sample-province.json";
    antq_dataset *ds = NULL;
    antq_evaluation *ev = NULL;
    antq_error err;
    if (antq_dataset_load_file(&ds, path, ANTQ_LOAD_DEFAULT, &err) != ANTQ_OK) {
        fprintf(stderr, "%s:%d:%d: %s: %s\n", path, (int)err.line, (int)err.column, antq_status_name(err.code),
                err.message);
        return 1;
    }
    int year = antq_dataset_year(ds) ? antq_dataset_year(ds) : antq_dataset_latest_year(ds);
    if (antq_dataset_evaluate(&ev, ds, year, NULL, &err) != ANTQ_OK) {
        fprintf(stderr, "%s: %s: %s\n", path, antq_status_name(err.code), err.message);
        antq_dataset_free(ds);
        return 1;
    }
    size_t with_pool = 0;
    for (size_t i = 0; i < antq_dataset_unit_count(ds); i++) {
        antq_commune_pool pool;
        antq_commune_pool_init(&pool); /* sets pool.size: the layout this program was built with */
        if (antq_evaluation_commune_pool(&pool, ev, i, NULL) != ANTQ_OK || pool.pool <= 0)
            continue; /* not a commune, or no member in its pool */
        char share[ANTQ_FORMAT_SIZE];
        antq_format_tenths(share, sizeof share, pool.share_tenths, ANTQ_LANG_EN);
        printf("%-12s %lld/%lld certified (%s%%), %s\n", antq_dataset_unit(ds, i)->id, (long long)pool.certified,
               (long long)pool.pool, share,
               pool.meets == ANTQ_YES ? "meets Art. 5.4" : pool.meets == ANTQ_NO ? "misses Art. 5.4" : "undecided");
        with_pool++;
    }
    antq_evaluation_free(ev); /* before its dataset */
    antq_dataset_free(ds);
    return with_pool > 0 ? 0 : 1;
}
