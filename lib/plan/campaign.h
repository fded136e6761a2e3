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

#endif
