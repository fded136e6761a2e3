/* Campaign object (internal layout).
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_PLAN_CAMPAIGN_H
#define ANTQ_PLAN_CAMPAIGN_H

#include "../internal.h"

struct antq_campaign {
    antq__arena arena;
    antq_plan *plans;
    size_t n_plans, cap_plans;
    antq_festival *festivals;
    size_t n_festivals, cap_festivals;
};

/* Validation shared by the C-record adders and the JSON loader; err->path is
 * relative to the record ("/targets/2/op"). */
ANTQ__HIDDEN int antq__plan_validate(const antq_plan *p, antq_error *err);
ANTQ__HIDDEN int antq__festival_validate(const antq_festival *f, antq_error *err);

/* The units a plan or a festival coverage reads (lib/plan/units.c): a dataset's, or a pipeline's compact
 * index (ids, parents, kinds; lib/pipeline/index.h), without a second copy of them. Units are read by
 * their index: the dataset's order, or the order the pipeline took them in. */
struct antq__index;
typedef struct antq__units {
    const antq_dataset *ds;          /* a dataset's units, or NULL */
    const struct antq__index *index; /* else a pipeline's index (borrowed) */
} antq__units;
ANTQ__HIDDEN void antq__units_of_dataset(antq__units *u, const antq_dataset *ds);
ANTQ__HIDDEN void antq__units_of_index(antq__units *u, const struct antq__index *x);
ANTQ__HIDDEN size_t antq__units_count(const antq__units *u);
/* The index of a unit id, or (size_t)-1. */
ANTQ__HIDDEN size_t antq__units_find(const antq__units *u, const char *id);
ANTQ__HIDDEN const char *antq__units_id(const antq__units *u, size_t i);
ANTQ__HIDDEN const char *antq__units_parent(const antq__units *u, size_t i); /* NULL for none */
ANTQ__HIDDEN int antq__units_kind(const antq__units *u, size_t i);

/* The festivals of one year, indexed (lib/plan/festivals.c): who held one, at which level, as a point site,
 * and which units have a direct member that is a point site. Built in O(units + festivals). */
typedef struct antq__festivals {
    antq__strmap hosts;         /* host unit id (borrowed from the campaign) -> index into flags */
    uint32_t *flags;
    size_t n;
    uint16_t *member_points;    /* per unit: point-site levels of its direct members */
    size_t n_units;
} antq__festivals;
/* member_points bit: a direct member that is a residential area holds a residential-area point site */
#define ANTQ__AREA_POINT_SITE 0x8000u
/* Build for year (u may be NULL: no member index); ANTQ_OK or ANTQ_ENOMEM (x then empty). */
ANTQ__HIDDEN int antq__festivals_build(antq__festivals *x, const antq_campaign *c, const antq__units *u, int year);
ANTQ__HIDDEN void antq__festivals_free(antq__festivals *x);
/* Did unit_id hold a festival of the year (at level, or any level when level is 0; a point site if point_only)? */
ANTQ__HIDDEN int antq__festivals_held(const antq__festivals *x, const char *unit_id, int level, int point_only);
/* Has unit unit_index a direct member that is a point site of level (ANTQ__AREA_POINT_SITE: a residential
 * area with a residential-area point site)? */
ANTQ__HIDDEN int antq__festivals_member_point(const antq__festivals *x, size_t unit_index, int level);

/* What a plan reads of each unit (lib/plan/plan_input.c): one compact row per unit, filled from an
 * evaluation in memory or from results as a stream passes them, so that targets and steps never read
 * an evaluation or evidence themselves. */
#define ANTQ__PLAN_NONE UINT32_MAX
#define ANTQ__PLAN_DELTA_MAX 6
#define ANTQ__PLAN_HH_YEARS 8
#define ANTQ__PLAN_ROLLUP_FAILS 1 /* a commune fails (or leaves unknown) a roll-up row (Art. 5.4) */
#define ANTQ__PLAN_OWN_FAILS 2    /* a commune fails (or leaves unknown) another row */
typedef struct antq__plan_delta {
    uint8_t field; /* index of a roll-up counter (plan_input.c) */
    int8_t delta;
} antq__plan_delta;
typedef struct antq__plan_row {
    const char *need_vi, *need_en; /* what it lacks to be certified (its failed facts), NULL when nothing fails */
    int64_t gap;                   /* its single numeric gap when one fact fails, else -1 */
    uint32_t commune;              /* a commune's index in the commune table, else ANTQ__PLAN_NONE */
    int16_t n_failed, n_unknown;   /* checks failed, unknown */
    int8_t fed;                    /* a result of the evaluation's year was added */
    int8_t verdict, registered;    /* antq_result_verdict(), antq_result_registered() */
    int8_t remediable;             /* 2: what it lacks can be supplied; 1: the period's counts; 0: cannot be made up */
    int8_t commune_fail;           /* ANTQ__PLAN_ROLLUP_FAILS | ANTQ__PLAN_OWN_FAILS */
    int8_t n_delta;
    antq__plan_delta delta[ANTQ__PLAN_DELTA_MAX]; /* a member: how its certification moves its commune's roll-up */
} antq__plan_row;
typedef struct antq__plan_commune {
    antq_rollup rollup;
    int has_rollup;
} antq__plan_commune;
#define ANTQ__PLAN_PLAIN 0x80000000u /* a unit's ref names a plain row */
#define ANTQ__PLAN_PLAIN_MAX 32
#define ANTQ__PLAN_WANTS_CERTIFICATION 1u /* a target asks for more certified units: sentences and roll-up deltas */
#define ANTQ__PLAN_WANTS_HH_EACH 2u /* a target asks for fewer registered households: every area's counts */
/* The households of the residential areas of one parent, per households year (plan_input.c). */
typedef struct antq__plan_hh_sum {
    const char *parent;                               /* borrowed from the units; NULL: areas without a parent */
    size_t areas;                                     /* areas added (each in every year, unknown when absent) */
    int64_t resident[ANTQ__PLAN_HH_YEARS], registered[ANTQ__PLAN_HH_YEARS];
    uint32_t unknown[ANTQ__PLAN_HH_YEARS];            /* areas whose counts are unknown */
    uint8_t overflow[ANTQ__PLAN_HH_YEARS];            /* a sum went beyond 2^63 - 1 */
} antq__plan_hh_sum;
typedef struct antq__plan_input {
    unsigned wants;               /* ANTQ__PLAN_WANTS_*: what the plan's targets read beyond verdicts */
    const antq_plan *plan;        /* the plan the input serves (borrowed): what its steps can name */
    antq__units units;            /* ids, kinds, parents, names (borrowed) */
    /* A stream's member unit is held whole while its results come (its name and households: `cur`), then
     * kept only as far as the plan can read it: its name when a step may name it (antq__steps_may_name()),
     * a residential area's households in its parent's sums, and alone when a step or a target reads them
     * alone. Memory grows with those units and the parents, not with every unit. */
    size_t cur;                   /* the member unit held whole, or (size_t)-1 */
    char *cur_name;               /* its name (NULL: none), a buffer of cur_name_cap bytes reused unit after unit */
    size_t cur_name_cap;
    int cur_named;                /* cur has a name */
    int64_t cur_hh[2 * ANTQ__PLAN_HH_YEARS]; /* its households resident, registered per year (-1: unknown) */
    antq__idxmap names;           /* a stream's: the names kept (in `text`), by unit index */
    antq__idxmap hh_each;         /* areas' households kept alone (2 × n_hh_years int64 in `text`), by unit index */
    antq__plan_hh_sum *hh_sums;   /* per parent of residential areas */
    size_t n_hh_sums, cap_hh_sums;
    antq__strmap hh_parents;      /* parent id → its place in hh_sums */
    size_t hh_orphans;            /* the place of the areas without a parent, or (size_t)-1 */
    const antq_dataset *evidence; /* where a commune's evidence is found: the dataset, or own_evidence */
    antq_dataset *own_evidence;   /* a stream's communes with their evidence, else NULL */
    antq_options opts;            /* the options the results were evaluated with */
    int year;                     /* the results' year */
    int has_results;              /* 0: no results (targets measured from results are unknown) */
    uint32_t *refs;               /* per unit: its row in `rows`, or ANTQ__PLAN_PLAIN | k for plain[k] */
    size_t n_units, cap_units;
    antq__plan_row *rows;         /* the rows that say more than a verdict and a registration (communes, units
                                     with a failed or unknown check) */
    size_t n_rows, cap_rows;
    antq__plan_row plain[ANTQ__PLAN_PLAIN_MAX]; /* the others' rows: one per (fed, verdict, registered) */
    size_t n_plain;
    int hh_years[ANTQ__PLAN_HH_YEARS]; /* years whose households are kept */
    size_t n_hh_years;
    antq__plan_commune *communes;
    size_t n_communes, cap_communes;
    antq__arena text;             /* the need sentences */
} antq__plan_input;
/* What plan p's targets read beyond verdicts (ANTQ__PLAN_WANTS_*). */
ANTQ__HIDDEN unsigned antq__plan_wants(const antq_plan *p);
/* The input of plan p (borrowed: it outlives the input). evidence NULL: a stream's (communes' evidence copied
 * as they come, and the units' names as their results come: units is then an index without names). ANTQ_OK
 * or ANTQ_ENOMEM. */
ANTQ__HIDDEN int antq__plan_input_init(antq__plan_input *pi, const antq__units *units, const antq_dataset *evidence,
                                       const antq_options *opts, int year, const antq_plan *p, const int *hh_years,
                                       size_t n_hh_years);
ANTQ__HIDDEN void antq__plan_input_free(antq__plan_input *pi);
/* A unit's result of the input's year, with the evidence it was evaluated with (may be NULL) and, for a
 * commune, its members' roll-up (may be NULL). ANTQ_OK or ANTQ_ENOMEM. */
ANTQ__HIDDEN int antq__plan_input_add_result(antq__plan_input *pi, size_t index, const antq_unit *u,
                                             const antq_evidence *e, const antq_result *r, const antq_rollup *rollup);
/* A unit's households of year (kept only for the input's households years). ANTQ_OK or ANTQ_ENOMEM. */
ANTQ__HIDDEN int antq__plan_input_add_households(antq__plan_input *pi, size_t index, int year, const antq_evidence *e);
/* The input of plan p over an evaluation in memory (every unit of its dataset). ANTQ_OK or ANTQ_ENOMEM (pi
 * then empty). */
ANTQ__HIDDEN int antq__plan_input_from_evaluation(antq__plan_input *pi, const antq_evaluation *ev, const antq_plan *p,
                                                  const int *hh_years, size_t n_hh_years);
/* The name of a stream's unit (its only copy: the index keeps none), kept when a step may name it. ANTQ_OK or
 * ANTQ_ENOMEM. */
ANTQ__HIDDEN int antq__plan_input_add_name(antq__plan_input *pi, size_t index, const char *name);
/* The name of a unit (NULL for none). */
ANTQ__HIDDEN const char *antq__plan_input_name(const antq__plan_input *pi, size_t index);
/* Row of a unit (a unit without a result reads as undetermined, nothing known). */
ANTQ__HIDDEN const antq__plan_row *antq__plan_input_row(const antq__plan_input *pi, size_t index);
/* Households of a residential area in year: 0 when that year is not kept, else 1 with -1 for what is
 * unknown. An area whose counts are known and equal (nothing to register) and that no target reads alone reads
 * as 0 and 0 unless the plan asks for fewer registered households (ANTQ__PLAN_WANTS_HH_EACH): only its gap, 0,
 * is kept. */
ANTQ__HIDDEN int antq__plan_input_households(const antq__plan_input *pi, size_t index, int year, int64_t *resident,
                                             int64_t *registered);
/* The households of the residential areas inside scope (NULL: all; antq__plan_in_scope()) in year, summed:
 * ANTQ_OK; else *missing says why they cannot be: an area's counts are unknown (first), or a sum goes beyond
 * 2^63 - 1. */
ANTQ__HIDDEN void antq__plan_input_households_total(const antq__plan_input *pi, int year, const char *scope,
                                                   int64_t *registered, int64_t *resident, const char **missing);
/* A commune's record and its evidence of the input's year (NULL when it has none); NULL (and *ev NULL)
 * when the input holds no record of it. */
ANTQ__HIDDEN const antq_unit *antq__plan_input_commune(const antq__plan_input *pi, const char *commune_id,
                                                      const antq_evidence **ev);
/* Add a member's certification delta (row->delta) to a roll-up. */
ANTQ__HIDDEN void antq__plan_rollup_shift(antq_rollup *r, const antq__plan_row *row);
/* Is the criterion one of the commune's roll-up rows (Art. 5.4)? */
ANTQ__HIDDEN int antq__plan_is_rollup_row(const antq_criterion *c);

/* What it would take for one target (lib/plan/steps.c). */
typedef struct antq__steps {
    int32_t status;           /* #antq_steps_status */
    size_t n;
    antq_target_step *steps;  /* need texts owned here */
} antq__steps;

/* Compute the smallest set of units that meets target t (its result r already
 * decided); *out is zeroed first. ANTQ_OK or ANTQ_ENOMEM (then *out is empty). */
ANTQ__HIDDEN int antq__steps_compute(antq__steps *out, const antq__plan_input *pi, int year, const antq_target *t,
                                     const antq_target_result *r, const antq__festivals *fx);
ANTQ__HIDDEN void antq__steps_free(antq__steps *s);
/* 1 when a step of one of pi->plan's targets may name unit `index` (read as pi holds it now, in every scope,
 * whatever the festivals): its name must then be kept. */
ANTQ__HIDDEN int antq__steps_may_name(const antq__plan_input *pi, size_t index);
/* Append the steps as text lines (indented) or as a JSON value ({"status":…,"units":[…]}). */
ANTQ__HIDDEN void antq__steps_write(antq__buf *b, const antq__steps *s, int json, int lang);

/* From plan_eval.c: the scope rule of targets (is unit i inside scope?). */
ANTQ__HIDDEN int antq__plan_in_scope(const antq__units *u, size_t i, const char *scope);
/* The same rule for the units whose parent is `parent` (NULL: none), but for a unit that is the scope itself. */
ANTQ__HIDDEN int antq__plan_parent_in_scope(const antq__units *u, const char *parent, const char *scope);



/* From dataset_eval.c: the options an evaluation was made with. */
ANTQ__HIDDEN const antq_options *antq__evaluation_options(const antq_evaluation *ev);

#endif
