/* Predicates of the standards that reuse the result (rules.md §4,
 * lib/rules/reused.c): the unit's "Safe in security and order" verdict, a
 * content answered by the caller, the ward/town scope of criterion 4 and the
 * Art. 4.3 points of indicator 19.2.
 * SPDX-License-Identifier: MIT */
#include "result.h"

#include <string.h>

/* The unit's result under the safe standard, evaluated once per evaluation
 * with the same arguments (NULL, with ctx->failed set, when out of memory). */
static const antq_result *safe_result(antq__ctx *ctx)
{
    if (!ctx->safe && !ctx->failed &&
        antq_evaluate(&ctx->safe, ctx->unit, ctx->ev, ctx->rollup, ctx->territory, ctx->n_territory, ctx->opts, NULL) !=
            ANTQ_OK)
        ctx->failed = 1;
    return ctx->safe;
}

/* Met when the unit is certified under the safe standard for the year; a row
 * limited to a managing level is not applicable to units of other levels. */
void antq__pred_safe_standard(antq__ctx *ctx, const antq__row *row)
{
    if (row->p.managing_level && ctx->unit->managing_level != row->p.managing_level) {
        antq_fact *f = antq__fact_add(ctx, ANTQ_FACT_SAFE_STANDARD,
                                      ctx->unit->managing_level == ANTQ_LEVEL_UNKNOWN ? ANTQ_OUTCOME_UNKNOWN
                                                                                     : ANTQ_OUTCOME_NOT_APPLICABLE);
        if (f && ctx->unit->managing_level == ANTQ_LEVEL_UNKNOWN)
            f->missing = "managing_level";
        return;
    }
    const antq_result *s = safe_result(ctx);
    if (!s)
        return;
    int v = s->verdict;
    int oc = v == ANTQ_VERDICT_CERTIFIED        ? ANTQ_OUTCOME_PASS
             : v == ANTQ_VERDICT_NOT_CERTIFIED  ? ANTQ_OUTCOME_FAIL
             : v == ANTQ_VERDICT_NOT_ELIGIBLE   ? ANTQ_OUTCOME_NOT_APPLICABLE
                                                : ANTQ_OUTCOME_UNKNOWN;
    antq_fact *f = antq__fact_add(ctx, ANTQ_FACT_SAFE_STANDARD, oc);
    if (!f)
        return;
    f->op = ANTQ_OP_TRUE;
    f->value = v;
    f->threshold_num = ANTQ_VERDICT_CERTIFIED;
    f->gap = oc == ANTQ_OUTCOME_PASS ? 0 : -1;
    /* the first criterion that failed (or, when undetermined, is unknown): a static catalogue id */
    int want = oc == ANTQ_OUTCOME_FAIL ? ANTQ_OUTCOME_FAIL : ANTQ_OUTCOME_UNKNOWN;
    for (size_t i = 0; i < s->n_checks && oc != ANTQ_OUTCOME_PASS; i++)
        if (s->checks[i].outcome == want) {
            f->subject = s->checks[i].criterion->id;
            break;
        }
    if (oc == ANTQ_OUTCOME_UNKNOWN)
        f->missing = f->subject ? f->subject : "evidence";
}

/* A content the library cannot check: the caller's answer under the row's id. */
void antq__pred_answer(antq__ctx *ctx, const antq__row *row)
{
    int32_t met = ANTQ_UNKNOWN;
    for (size_t i = 0; i < ctx->ev->n_extra; i++)
        if (ctx->ev->extra[i].criterion_id && strcmp(ctx->ev->extra[i].criterion_id, row->pub.id) == 0)
            met = ctx->ev->extra[i].met;
    antq_fact *f = antq__fact_add(ctx, ANTQ_FACT_ANSWER,
                                  met == ANTQ_YES ? ANTQ_OUTCOME_PASS : met == ANTQ_NO ? ANTQ_OUTCOME_FAIL : ANTQ_OUTCOME_UNKNOWN);
    if (!f)
        return;
    f->op = ANTQ_OP_TRUE;
    f->value = met == ANTQ_UNKNOWN ? -1 : met;
    f->threshold_num = 1;
    f->gap = met == ANTQ_YES ? 0 : -1;
    f->subject = row->pub.id;
    if (met == ANTQ_UNKNOWN)
        f->missing = "extra";
}

/* Scope of criterion 4: wards and towns; FAIL means "excluded". */
void antq__pred_scope_urban(antq__ctx *ctx, const antq__row *row)
{
    (void)row;
    int t = ctx->unit->commune_type;
    int oc = t == ANTQ_COMMUNE_TYPE_UNKNOWN                                  ? ANTQ_OUTCOME_UNKNOWN
             : t == ANTQ_COMMUNE_TYPE_WARD || t == ANTQ_COMMUNE_TYPE_TOWN ? ANTQ_OUTCOME_PASS
                                                                            : ANTQ_OUTCOME_FAIL;
    antq_fact *f = antq__fact_add(ctx, ANTQ_FACT_SCOPE_URBAN, oc);
    if (!f)
        return;
    f->value = t;
    if (oc == ANTQ_OUTCOME_UNKNOWN)
        f->missing = "commune_type";
}

/* Art. 4.3 points a–e, or a–g under #ANTQ_NEW_RURAL_POINTS_A_G (NTM-03). */
void antq__pred_new_rural_events(antq__ctx *ctx, const antq__row *row)
{
    antq__row chosen = *row;
    if (ctx->opts->new_rural_points == ANTQ_NEW_RURAL_POINTS_A_G)
        chosen.p.event_mask = row->p.event_mask_alt;
    antq__pred_no_events(ctx, &chosen);
}
