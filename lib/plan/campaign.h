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

/* The festivals of one year, indexed (lib/plan/festivals.c): who held one, at which level, as a point site,
 * and which units have a direct member that is a point site. Built in O(units + festivals). */
typedef struct antq__festivals {
    antq__strmap hosts;         /* host unit id (borrowed from the campaign) -> index into flags */
    uint32_t *flags;
    size_t n;
    uint16_t *member_points;    /* per dataset unit: point-site levels of its direct members */
    size_t n_units;
} antq__festivals;
/* member_points bit: a direct member that is a residential area holds a residential-area point site */
#define ANTQ__AREA_POINT_SITE 0x8000u
/* Build for year (ds may be NULL: no member index); ANTQ_OK or ANTQ_ENOMEM (x then empty). */
ANTQ__HIDDEN int antq__festivals_build(antq__festivals *x, const antq_campaign *c, const antq_dataset *ds, int year);
ANTQ__HIDDEN void antq__festivals_free(antq__festivals *x);
/* Did unit_id hold a festival of the year (at level, or any level when level is 0; a point site if point_only)? */
ANTQ__HIDDEN int antq__festivals_held(const antq__festivals *x, const char *unit_id, int level, int point_only);
/* Has unit unit_index a direct member that is a point site of level (ANTQ__AREA_POINT_SITE: a residential
 * area with a residential-area point site)? */
ANTQ__HIDDEN int antq__festivals_member_point(const antq__festivals *x, size_t unit_index, int level);

/* What it would take for one target (lib/plan/steps.c). */
typedef struct antq__steps {
    int32_t status;           /* #antq_steps_status */
    size_t n;
    antq_target_step *steps;  /* need texts owned here */
} antq__steps;

/* Compute the smallest set of units that meets target t (its result r already
 * decided); *out is zeroed first. ANTQ_OK or ANTQ_ENOMEM (then *out is empty). */
ANTQ__HIDDEN int antq__steps_compute(antq__steps *out, const antq_dataset *ds, const antq_evaluation *ev, int year,
                                     const antq_target *t, const antq_target_result *r, const antq__festivals *fx);
ANTQ__HIDDEN void antq__steps_free(antq__steps *s);
/* Append the steps as text lines (indented) or as a JSON value ({"status":…,"units":[…]}). */
ANTQ__HIDDEN void antq__steps_write(antq__buf *b, const antq__steps *s, int json, int lang);

/* From plan_eval.c: the scope rule of targets. */
ANTQ__HIDDEN int antq__plan_in_scope(const antq_dataset *ds, const antq_unit *u, const char *scope);



/* From dataset_eval.c: the options an evaluation was made with. */
ANTQ__HIDDEN const antq_options *antq__evaluation_options(const antq_evaluation *ev);

#endif
