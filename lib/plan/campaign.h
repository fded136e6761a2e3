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

/* What it would take for one target (lib/plan/steps.c). */
typedef struct antq__steps {
    int32_t status;           /* #antq_steps_status */
    size_t n;
    antq_target_step *steps;  /* need texts owned here */
} antq__steps;

/* Compute the smallest set of units that meets target t (its result r already
 * decided); *out is zeroed first. ANTQ_OK or ANTQ_ENOMEM (then *out is empty). */
ANTQ__HIDDEN int antq__steps_compute(antq__steps *out, const antq_campaign *c, const antq_dataset *ds,
                                     const antq_evaluation *ev, int year, const antq_target *t,
                                     const antq_target_result *r);
ANTQ__HIDDEN void antq__steps_free(antq__steps *s);
/* Append the steps as text lines (indented) or as a JSON value ({"status":…,"units":[…]}). */
ANTQ__HIDDEN void antq__steps_write(antq__buf *b, const antq__steps *s, int json, int lang);

/* From plan_eval.c: the scope rule of targets and whether a unit held a festival. */
ANTQ__HIDDEN int antq__plan_in_scope(const antq_dataset *ds, const antq_unit *u, const char *scope);
ANTQ__HIDDEN int antq__plan_festival_held(const antq_campaign *c, const char *unit_id, int year, int level, int point_only);

/* From dataset_eval.c: the options an evaluation was made with. */
ANTQ__HIDDEN const antq_options *antq__evaluation_options(const antq_evaluation *ev);

#endif
