/* Specification tests of libantq: the law as a table of cases.
 *
 * Every case names one legal clause, one catalogue criterion and the outcome
 * the law gives for one mutation of a baseline fixture (tests/common/fixtures.h:
 * a unit and evidence that meet every criterion). One Check loop test runs
 * every row of a table; test-spec-coverage.c checks, statically over all the
 * tables, that every catalogue row has at least one passing and one failing
 * case.
 *
 * Sources: the domain rules (rules.md: ids C124-*, C23-*, notes N1-N8) and
 * the text of Circular 124/2021 Art. 1-10 as codified in the Pháp điển
 * (Điều 1.6.TT.20.1-20.10). Status codes: V verified, S secondary, D derived,
 * U unverified. Every case that rests on a D or U rule says so in a comment,
 * with the option it runs under: "default" (antq_options_init), the option it
 * sets (e.g. "option STRICTLY_REDUCED", "deferral_is_warning=0"), or "option:
 * none" where the library has no option for that choice.
 *
 * Tables (one file each, one executable each):
 *   test-spec-residential.c  Circular 124/2021 Art. 4 and 8 (residential area)
 *   test-spec-commune.c      Circular 124/2021 Art. 5 (commune, roll-up, pool N2)
 *   test-spec-agency.c       Circular 124/2021 Art. 1.2.b, 6 (agency, enterprise)
 *   test-spec-school.c       Circular 124/2021 Art. 1.2.b, 7 (educational institution)
 *   test-spec-c23.c          Circular 23/2012 and the change of instrument
 *   test-spec-reused.c       standards that reuse the result (rules.md §4):
 *                            legal access 5.4, new-rural 19.2, civilized
 *                            urban criterion 4, typical units
 *   test-spec-findings.c     cases written from the law that first disagreed
 *                            with the library; the library was fixed, they stay
 *                            as regressions, never edited to match it.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_SPEC_H
#define ANTQ_SPEC_H

#include <check.h>
#include <stdint.h>

#include "fixtures.h"

/* ---- what a setup function works on */

/* The fixture of the case's kind and year, plus what antq_evaluate() takes
 * beside it: the commune's roll-up of member results (Art. 5.4) and events on
 * the commune's territory (Art. 5.2). Built in place (the fixture's evidence
 * points into its own arrays): never copy it by value. */
typedef struct spec_env {
    fixture f;
    antq_rollup rollup;
    int use_rollup;          /* 1: pass &rollup to antq_evaluate() */
    antq_event territory[8];
    size_t n_territory;
} spec_env;

/* Mutates the baseline; @p arg is the case's argument (a date, a count, a level …). */
typedef void (*spec_setup)(spec_env *env, int32_t arg);

/* One row of a table. */
typedef struct spec_case {
    const char *name;      /* what the case shows */
    const char *clause;    /* the legal clause, e.g. "124/2021 Art. 4.1" */
    const char *criterion; /* catalogue id whose check is asserted */
    int outcome;           /* ANTQ_OUTCOME_* */
    int verdict;           /* ANTQ_VERDICT_*, or 0: not asserted */
    int year;              /* evaluation year */
    int kind;              /* ANTQ_KIND_* */
    spec_setup setup;      /* mutation of the baseline, or NULL */
    int32_t arg;           /* argument of the setup */
    int fact_kind;         /* optional: an ANTQ_FACT_* inside the check … */
    int fact_outcome;      /* … that must have this outcome (0: not asserted) */
    int standard;          /* #antq_standard evaluated (0: the safe standard, antq_evaluate()) */
} spec_case;

/* A table of cases. */
typedef struct spec_table {
    const char *name;
    const spec_case *cases;
    size_t n_cases;
} spec_table;

extern const spec_table spec_table_residential;
extern const spec_table spec_table_commune;
extern const spec_table spec_table_agency;
extern const spec_table spec_table_school;
extern const spec_table spec_table_c23;
extern const spec_table spec_table_reused;
extern const spec_table spec_table_findings;

/* ---- the notation of the tables */

#define PASS ANTQ_OUTCOME_PASS
#define FAIL ANTQ_OUTCOME_FAIL
#define N_A ANTQ_OUTCOME_NOT_APPLICABLE
#define UNK ANTQ_OUTCOME_UNKNOWN
#define EXCL ANTQ_OUTCOME_EXCLUDED /* a scope rule puts the unit outside the scope (Art. 1.2) */

#define ANY 0
#define CERTIFIED ANTQ_VERDICT_CERTIFIED
#define NOT_CERTIFIED ANTQ_VERDICT_NOT_CERTIFIED
#define NOT_ELIGIBLE ANTQ_VERDICT_NOT_ELIGIBLE
#define UNDETERMINED ANTQ_VERDICT_UNDETERMINED

#define RA ANTQ_KIND_RESIDENTIAL_AREA
#define CW ANTQ_KIND_COMMUNE
#define AG ANTQ_KIND_AGENCY
#define EN ANTQ_KIND_ENTERPRISE
#define EI ANTQ_KIND_EDUCATIONAL_INSTITUTION

/* Evaluation years: 2024 is governed by Circular 124/2021, 2020 by 23/2012
 * (rule set chosen by the end of the evaluation period, rules.md §2.1). */
#define Y124 2024
#define Y23 2020

/* A date YYYYMMDD. */
#define DAY(y, m, d) ((int32_t)((y) * 10000 + (m) * 100 + (d)))

/* One row: name, clause, criterion, outcome, verdict, year, kind, setup, arg. */
#define CASE(name, clause, crit, out, verd, year, kind, setup, arg) \
    {name, clause, crit, out, verd, year, kind, setup, arg, 0, 0, 0}
/* The same, also asserting the outcome of one fact kind inside the check. */
#define CASE_FACT(name, clause, crit, out, verd, year, kind, setup, arg, fact, fact_out) \
    {name, clause, crit, out, verd, year, kind, setup, arg, fact, fact_out, 0}

/* A case evaluated under another standard (#antq_standard, antq_evaluate_standard()). */
#define CASE_STD(standard, name, clause, crit, out, verd, year, kind, setup, arg) \
    {name, clause, crit, out, verd, year, kind, setup, arg, 0, 0, standard}

#define SPEC_TABLE_DEFINE(var, label, cases) \
    const spec_table var = {label, cases, sizeof(cases) / sizeof((cases)[0])}

/* A setup function: `f` is the fixture, `e` the environment, `arg` the argument. */
#if defined(__GNUC__)
#define SPEC_UNUSED __attribute__((unused))
#else
#define SPEC_UNUSED
#endif
#define SETUP(fn)                                                                              \
    static void fn##_body(spec_env *e, fixture *f, int32_t arg);                               \
    static void fn(spec_env *e, int32_t arg) { fn##_body(e, &e->f, arg); }                    \
    static void fn##_body(SPEC_UNUSED spec_env *e, SPEC_UNUSED fixture *f, SPEC_UNUSED int32_t arg)

/* ---- helpers for setup functions (spec-run.c) */

/* Year of the case (the fixture's evaluation year). */
#define YEAR (f->ev.year)

/* Add an event of the unit (force majeure NO, not handled promptly). */
antq_event *spec_event(spec_env *e, int kind, int32_t date);
/* Add a crime of @p severity. */
antq_event *spec_crime(spec_env *e, int severity, int32_t date);
/* Add an event elsewhere on the commune's territory (Art. 5.2), passed to
 * antq_evaluate() as a territory event, with the unit id of where it happened. */
antq_event *spec_territory_event(spec_env *e, int kind, int32_t date, const char *where);
/* Add a discipline decision. */
void spec_discipline(spec_env *e, int role, int level, int32_t date);

/* How a member unit of the commune comes out of its own evaluation. */
enum spec_member_state {
    MEMBER_CERTIFIED = 1,     /* baseline fixture */
    MEMBER_NOT_CERTIFIED,     /* registered, one criterion failed */
    MEMBER_NOT_REGISTERED,    /* did not register */
    MEMBER_UNDETERMINED,      /* registered, evidence missing */
    MEMBER_REGISTRATION_UNKNOWN, /* whether it registered is not reported */
    MEMBER_NOT_ELIGIBLE       /* outside the scope (small enterprise) */
};

/* Start the commune's roll-up (the commune's own member counts become unknown,
 * so that only the roll-up can decide Art. 5.4). */
void spec_rollup_start(spec_env *e);
/* Build a member of @p kind for the commune's year, evaluate it first (its
 * verdict is asserted to be the one @p state asks for), then add its result to
 * the roll-up. @p level is its managing level (ignored for residential areas),
 * @p delegated its Art. 10.5 delegation (antq_tri). */
void spec_rollup_member(spec_env *e, int kind, int state, int level, int delegated);
/* Add @p n members of the same description. */
void spec_rollup_members(spec_env *e, int n, int kind, int state, int level, int delegated);

/* ---- running */

/* Evaluate one case and assert its outcome (and verdict, and fact). */
void spec_run_case(const spec_table *table, size_t index);
/* The suite of one table: one loop test over its rows. */
Suite *spec_suite(const spec_table *table);
/* Run one table; returns the process exit status. */
int spec_main(const spec_table *table);
/* Name of an outcome or verdict for messages ("absent" for 0). */
const char *spec_outcome_name(int outcome);
const char *spec_verdict_name(int verdict);

#endif
