/* antq-eval-loop: antq_dataset_evaluate() of one loaded dataset, again and
 * again, and nothing else: the program to run under a profiler (perf,
 * callgrind) to see where a dataset's evaluation spends its time
 * (doc/performance.md). Prints the best round's time and rate (CPU time of
 * this thread), the checks and facts the results hold per unit (read, and so
 * built, after the first round's timing), and the resident memory the first
 * evaluation added, before and after its results were read. With a third
 * argument "read", every round also reads every result and is timed with it.
 * SPDX-License-Identifier: MIT */
#include <antq.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

static double cpu_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Resident memory now, in bytes (Linux /proc/self/statm; 0 elsewhere). */
static double rss_bytes(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long size = 0, resident = 0;
    if (f && fscanf(f, "%ld %ld", &size, &resident) != 2)
        resident = 0;
    if (f)
        fclose(f);
    return (double)resident * (double)sysconf(_SC_PAGESIZE);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: antq-eval-loop DATASET [ROUNDS [read]]\n");
        return 2;
    }
    int rounds = argc > 2 ? atoi(argv[2]) : 5, read = argc > 3 && strcmp(argv[3], "read") == 0;
    antq_dataset *ds;
    antq_error err;
    if (antq_dataset_load_file(&ds, argv[1], ANTQ_LOAD_DEFAULT, &err) != ANTQ_OK) {
        fprintf(stderr, "antq-eval-loop: %s: %s\n", argv[1], err.message);
        return 1;
    }
    int year = antq_dataset_year(ds) ? antq_dataset_year(ds) : antq_dataset_latest_year(ds);
    size_t n = antq_dataset_unit_count(ds), checks = 0, facts = 0;
    double best = 0, rss_evaluated = 0, rss_read = 0, rss0 = rss_bytes();
    for (int r = 0; r < rounds; r++) {
        antq_evaluation *ev;
        double t0 = cpu_now();
        if (antq_dataset_evaluate(&ev, ds, year, NULL, &err) != ANTQ_OK) {
            fprintf(stderr, "antq-eval-loop: %s\n", err.message);
            antq_dataset_free(ds);
            return 1;
        }
        for (size_t i = 0; read && i < n; i++)
            if (!antq_evaluation_result(ev, i)) {
                fprintf(stderr, "antq-eval-loop: out of memory\n");
                return 1;
            }
        double t = cpu_now() - t0;
        best = r == 0 || t < best ? t : best;
        if (r == 0)
            rss_evaluated = rss_bytes() - rss0;
        for (size_t i = 0; r == 0 && i < n; i++) {
            const antq_result *res = antq_evaluation_result(ev, i);
            checks += antq_result_check_count(res);
            for (size_t c = 0; c < antq_result_check_count(res); c++)
                facts += antq_result_check(res, c)->n_facts;
        }
        if (r == 0)
            rss_read = rss_bytes() - rss0;
        antq_evaluation_free(ev);
    }
    printf("units: %zu\nbest_s: %.4f\nunits_per_s: %.0f\nchecks_per_unit: %.2f\nfacts_per_unit: %.2f\n", n, best,
           best > 0 ? (double)n / best : 0, n ? (double)checks / (double)n : 0, n ? (double)facts / (double)n : 0);
    /* the first round's evaluation: resident memory it added, then with every result read */
    printf("evaluation_rss_bytes_per_unit: %.1f\nread_rss_bytes_per_unit: %.1f\n", n ? rss_evaluated / (double)n : 0,
           n ? rss_read / (double)n : 0);
    antq_dataset_free(ds);
    return 0;
}
