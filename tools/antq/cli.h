/* The antq command-line tool: shared declarations. Uses only the public API.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_CLI_H
#define ANTQ_CLI_H

#include <antq.h>
#include <stdio.h>

/* Exit codes (documented in doc/cli.md and antq(1)). */
enum {
    CLI_OK = 0,
    CLI_USAGE = 1,        /* bad command line */
    CLI_BAD_INPUT = 2,    /* the input file is not a valid dataset */
    CLI_UNCERTIFIED = 3,  /* --fail-on-uncertified and some unit is not certified */
    CLI_IO = 4,           /* a file could not be read or written */
    CLI_INTERNAL = 5      /* out of memory or another library failure */
};

/* Print s padded (or cut with "…") to `width` characters counted as UTF-8 code points. */
void cli_pad(FILE *out, const char *s, int width);

/* Read a whole file ("-" = stdin). Returns CLI_OK or CLI_IO (message printed). */
int cli_read_file(const char *path, char **buf, size_t *len);

/* Per-group tallies for statistics and reports. */
typedef struct cli_tally {
    long units, eligible, registered, certified, not_certified, not_eligible, undetermined;
} cli_tally;

typedef struct cli_group {
    const char *id;        /* commune or province id (borrowed from the dataset) */
    const char *name;      /* may be NULL */
    size_t unit_index;     /* the commune's own index, or (size_t)-1 for a province */
    int verdict;           /* the commune's own verdict, 0 for a province */
    cli_tally all, prev;   /* this year and the previous year */
    cli_tally by_kind[ANTQ_KIND_COUNT];
    int has_prev;
} cli_group;

typedef struct cli_stats {
    int year;
    cli_group total;       /* the whole dataset */
    cli_group *communes;
    size_t n_communes;
    cli_group *provinces;
    size_t n_provinces;
} cli_stats;

/* Tally an evaluation (and the previous year's, which may be NULL). */
int cli_stats_compute(const antq_dataset *ds, const antq_evaluation *ev, const antq_evaluation *prev, cli_stats *out);
void cli_stats_free(cli_stats *s);
/* share certified of eligible units, in tenths of a percent (exact integer floor), -1 if none */
long cli_share_permille(const cli_tally *t);

/* What the report's header says, from the command line; NULL or 0 where not
 * given (the report then takes it from the dataset and the campaign). */
typedef struct cli_report_info {
    const char *title;     /* --title: the report's heading */
    const char *issuer;    /* --issuer: the issuing body */
    const char *province;  /* --province: the province's name */
    int32_t made_on;       /* --date: the date the report is made (YYYYMMDD) */
    int32_t as_of;         /* --as-of: the date the plan's tasks are judged on */
} cli_report_info;

/* HTML report (report.c). sc and cov (a plan's scorecard and the festival
 * coverage) may be NULL. Returns CLI_OK or an error code. */
int cli_report_html(FILE *out, const antq_dataset *ds, const antq_evaluation *ev, const cli_stats *st, int lang,
                    const antq_scorecard *sc, const antq_festival_coverage *cov);

#endif
