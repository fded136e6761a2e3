/* The *_init() of the caller-filled plan and festival records: the defaults
 * the campaign loader starts from.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <string.h>

void antq_activity_init(antq_activity *a)
{
    if (!a)
        return;
    memset(a, 0, sizeof *a);
    a->participants = a->gifts = a->gift_value_vnd = ANTQ_COUNT_UNKNOWN;
}

void antq_commendation_init(antq_commendation *c)
{
    if (!c)
        return;
    memset(c, 0, sizeof *c);
    c->collective = ANTQ_UNKNOWN;
}

void antq_festival_init(antq_festival *f)
{
    if (!f)
        return;
    memset(f, 0, sizeof *f);
    f->point_site = ANTQ_UNKNOWN;
    f->participants = ANTQ_COUNT_UNKNOWN;
}

void antq_task_init(antq_task *t)
{
    if (!t)
        return;
    memset(t, 0, sizeof *t);
    t->deadline = ANTQ_DATE_UNKNOWN;
    t->status = ANTQ_TASK_UNKNOWN;
}

void antq_target_init(antq_target *t)
{
    if (!t)
        return;
    memset(t, 0, sizeof *t);
    t->threshold_den = 1;
    t->reported_num = t->reported_den = -1;
}

void antq_plan_init(antq_plan *p)
{
    if (p)
        memset(p, 0, sizeof *p);
}
