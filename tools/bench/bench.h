/* antq-bench internals.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_BENCH_H
#define ANTQ_BENCH_H

#include <stdint.h>
#include <stdio.h>

typedef struct bench_gen {
    uint64_t seed;
    long units;     /* units in total (communes included) */
    long communes;  /* 0: 3,321 per 200,000 units */
    int years;      /* evidence records per unit: year-years+1 .. year */
    int year;       /* the latest evaluation year */
    FILE *json;     /* dataset document (may be NULL) */
    FILE *ndjson;   /* one unit per line (may be NULL) */
    /* out */
    long out_units, out_communes;
} bench_gen;

/* Write the synthetic dataset to g->json and/or g->ndjson. */
void bench_generate(bench_gen *g);

#endif
