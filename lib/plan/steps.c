/* What it would take to meet a missed target: the smallest set of units whose
 * change meets it, best first.
 *
 * Every change moves the target's value by one unit (households: by the
 * households the area still lacks), so the plan scorecard's gap k is the
 * number of changes needed — with one exception: when a target counts both
 * communes and their members, certifying members can bring a commune to pass
 * Art. 5.4 as well. A commune whose own criteria pass and which fails only the
 * roll-up criteria is a "bundle": certifying c of its members (c found by
 * re-evaluating the commune with the changed roll-up, so the rule stays in the
 * catalogue) gains c + 1. With bundles sorted by c, taking the j cheapest costs
 * max(S_j, k − j) (S_j their sum), and no set does better: a set that brings
 * t communes along holds at least S_t of their members and gains at most its
 * size plus t. The fewest changes is the least of those over j.
 * SPDX-License-Identifier: MIT */
#include "campaign.h"
#include "../eval/result.h"

#include <stdlib.h>
#include <string.h>

enum {
    ROLE_SINGLE = 0,   /* its own change counts */
    ROLE_FOLLOWS = 2,  /* a commune that passes once its listed members are certified */
    ROLE_EXCLUDED = 3, /* a commune that its own change cannot make pass (it fails Art. 5.4) */
    ROLE_MEMBER = 4    /* not counted by the target: listed only to bring its commune to pass */
};

typedef struct cand {
    size_t index;            /* the unit's (antq__units) */
    int kind;                /* its #antq_unit_kind */
    const antq__plan_row *row; /* its result as the plan reads it (plan_input.c) */
    int64_t weight;          /* households the area lacks (households metric), else 1 */
    int registered;          /* antq_tri, from the result */
    int remediable;          /* 2: what it lacks can be supplied; 1: the period's counts are too high; 0: an event,
                                a discipline, a missed registration or a document outside its window fails it */
    int problems, n_failed, n_unknown;
    int64_t gap;
    size_t bundle;           /* index of the bundle not taken whose member it is, or NONE */
    int role;                /* ROLE_* */
    int chosen;
} cand;

typedef struct bundle {
    size_t commune;          /* index into the candidates */
    size_t *members;         /* candidate indices in the order they are taken */
    size_t n_members;
    size_t cost;             /* members needed */
} bundle;

#define NONE ((size_t)-1)

/* The rank of what it lacks, worked out when its result was added (plan_input.c). */
static void rank_result(cand *k)
{
    k->remediable = k->row->remediable;
    k->n_failed = k->row->n_failed;
    k->n_unknown = k->row->n_unknown;
    k->problems = k->n_failed + k->n_unknown;
    k->gap = k->row->gap;
}

/* Best first: most remediable, fewest problems, one numeric gap (smallest first), fewer unknowns, dataset order. */
static int cmp_rank(const void *pa, const void *pb)
{
    const cand *a = pa, *b = pb;
    if (a->remediable != b->remediable)
        return b->remediable - a->remediable;
    if (a->problems != b->problems)
        return a->problems - b->problems;
    int ga = a->gap < 0, gb = b->gap < 0;
    if (ga != gb)
        return ga - gb;
    if (a->gap != b->gap)
        return a->gap < b->gap ? -1 : 1;
    if (a->n_unknown != b->n_unknown)
        return a->n_unknown - b->n_unknown;
    return a->index < b->index ? -1 : a->index > b->index;
}

/* Households: the largest shortfalls first (the fewest areas reach the count), then rank. */
static int cmp_weight(const void *pa, const void *pb)
{
    const cand *a = pa, *b = pb;
    if (a->weight != b->weight)
        return a->weight > b->weight ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

/* Does the commune pass its roll-up criteria when its first j members (bundle order) are certified?
 * -1 when out of memory. */
static int rollup_passes(const antq__plan_input *pi, const cand *cs, const bundle *b, size_t j)
{
    const cand *cc = &cs[b->commune];
    if (cc->row->commune == ANTQ__PLAN_NONE || !pi->communes[cc->row->commune].has_rollup)
        return 0;
    antq_rollup adj = pi->communes[cc->row->commune].rollup;
    for (size_t i = 0; i < j; i++)
        antq__plan_rollup_shift(&adj, cs[b->members[i]].row);
    antq_evidence empty;
    antq_evidence_init(&empty);
    empty.year = pi->year;
    const antq_evidence *cev = NULL;
    const antq_unit *cu = antq__plan_input_commune(pi, antq__units_id(&pi->units, cc->index), &cev);
    if (!cu)
        return 0;
    antq_result *r = NULL;
    if (antq_evaluate(&r, cu, cev ? cev : &empty, &adj, NULL, 0, &pi->opts, NULL) != ANTQ_OK)
        return -1;
    int ok = 1;
    for (size_t i = 0; i < r->n_checks; i++)
        if (antq__plan_is_rollup_row(r->checks[i].criterion) && r->checks[i].outcome != ANTQ_OUTCOME_PASS &&
            r->checks[i].outcome != ANTQ_OUTCOME_NOT_APPLICABLE)
            ok = 0;
    antq_result_free(r);
    return ok;
}

/* Order a bundle's members: unregistered first (all must register, Art. 5.4), then by rank. */
typedef struct member_ref {
    const cand *c;
    size_t index; /* into the candidates */
} member_ref;

static int cmp_member(const void *pa, const void *pb)
{
    const cand *a = ((const member_ref *)pa)->c, *b = ((const member_ref *)pb)->c;
    int ua = a->registered != ANTQ_YES, ub = b->registered != ANTQ_YES;
    if (ua != ub)
        return ub - ua;
    return cmp_rank(a, b);
}

static int cmp_cost(const void *pa, const void *pb)
{
    const bundle *a = pa, *b = pb;
    if (a->cost != b->cost)
        return a->cost < b->cost ? -1 : 1;
    return a->commune < b->commune ? -1 : a->commune > b->commune;
}

/* ---- need texts */

static void need_text(antq__buf *b, const cand *k, int metric, int up, int lang, int64_t households)
{
    int en = lang == ANTQ_LANG_EN;
    if (k->role == ROLE_FOLLOWS) {
        antq__buf_puts(b, en ? "meets Art. 5.4 once its members listed here are certified"
                             : "đạt khoản 4 Điều 5 khi các đơn vị thành viên nêu trên được công nhận");
        return;
    }
    if (!up) {
        antq__buf_puts(b, en ? "must no longer count towards the target" : "không còn được tính vào chỉ tiêu");
        return;
    }
    switch (metric) {
    case ANTQ_METRIC_SHARE_CERTIFIED:
    case ANTQ_METRIC_COUNT_CERTIFIED: {
        const char *facts = en ? k->row->need_en : k->row->need_vi; /* its failed facts (plan_input.c) */
        antq__buf_puts(b, facts ? facts : en ? "must be certified" : "phải được công nhận đạt tiêu chuẩn");
        return;
    }
    case ANTQ_METRIC_SHARE_REGISTERED:
        antq__buf_puts(b, k->registered == ANTQ_UNKNOWN
                              ? (en ? "must register for the standard (registration not reported)"
                                    : "phải đăng ký xây dựng đạt tiêu chuẩn (chưa có dữ liệu đăng ký)")
                              : (en ? "must register for the standard" : "phải đăng ký xây dựng đạt tiêu chuẩn"));
        return;
    case ANTQ_METRIC_HOUSEHOLDS_REGISTERED:
        antq__buf_printf(b, en ? "%lld more household(s) must register" : "cần thêm %lld hộ đăng ký", (long long)households);
        return;
    case ANTQ_METRIC_FESTIVAL_HELD:
        antq__buf_puts(b, en ? "must hold the festival" : "phải tổ chức Ngày hội");
        return;
    default: { /* communes with a point site */
        static const char *const vi[] = {"đơn vị", "tỉnh", "xã", "khu dân cư", "cơ quan", "doanh nghiệp", "cơ sở giáo dục"};
        static const char *const en_[] = {"unit", "province", "commune", "residential area", "agency", "enterprise",
                                          "educational institution"};
        int l = k->gap >= 0 && k->gap <= ANTQ_FESTIVAL_LEVEL_EDUCATIONAL_INSTITUTION ? (int)k->gap : 0;
        antq__buf_printf(b, en ? "one %s of it must hold a point-site festival" : "phải có một %s tổ chức điểm Ngày hội",
                         en ? en_[l] : vi[l]);
        return;
    }
    }
}

void antq__steps_free(antq__steps *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++) {
        antq__free((char *)s->steps[i].need_vi);
        antq__free((char *)s->steps[i].need_en);
        antq__free((char *)s->steps[i].unit_name);
    }
    antq__free(s->steps);
    memset(s, 0, sizeof *s);
}

/* Is unit i counted by the target? 1 or 0; -1: not in the target at all. With fx NULL (the festivals not known)
 * a festival target's unit is 2: either; every_scope: unit i is taken to be inside the target's scope. */
static int counted(const antq__festivals *fx, const antq__plan_input *pi, int year, const antq_target *t, size_t i,
                   cand *k, int every_scope)
{
    const antq__units *us = &pi->units;
    const char *scope = every_scope ? NULL : t->scope_id;
    switch (t->metric) {
    case ANTQ_METRIC_SHARE_CERTIFIED:
    case ANTQ_METRIC_COUNT_CERTIFIED:
    case ANTQ_METRIC_SHARE_REGISTERED: {
        if (!(t->kinds & ANTQ_KIND_BIT(k->kind)) || !antq__plan_in_scope(us, i, scope))
            return -1;
        int v = k->row->verdict;
        if (v == ANTQ_VERDICT_NOT_ELIGIBLE)
            return -1;
        k->registered = k->row->registered;
        return t->metric == ANTQ_METRIC_SHARE_REGISTERED ? k->registered == ANTQ_YES : v == ANTQ_VERDICT_CERTIFIED;
    }
    case ANTQ_METRIC_HOUSEHOLDS_REGISTERED: {
        if (k->kind != ANTQ_KIND_RESIDENTIAL_AREA || !antq__plan_in_scope(us, i, scope))
            return -1;
        int64_t resident, registered;
        antq__plan_input_households(pi, i, year, &resident, &registered);
        k->weight = resident - registered; /* known: the target was measured */
        return k->weight == 0;
    }
    case ANTQ_METRIC_FESTIVAL_HELD:
        if (!(t->kinds & ANTQ_KIND_BIT(k->kind)) || !antq__plan_in_scope(us, i, scope))
            return -1;
        return fx ? antq__festivals_held(fx, antq__units_id(us, i), 0, 0) : 2;
    default: { /* communes with a point site */
        if (k->kind != ANTQ_KIND_COMMUNE || !antq__plan_in_scope(us, i, scope))
            return -1;
        k->gap = t->festival_level;
        if (!fx)
            return 2;
        return (t->festival_level == ANTQ_FESTIVAL_LEVEL_COMMUNE &&
                antq__festivals_held(fx, antq__units_id(us, i), t->festival_level, 1)) ||
               antq__festivals_member_point(fx, i, t->festival_level);
    }
    }
}

/* Does the target ask for more (up: the units not yet counted change) or for fewer (the counted ones)? */
static int target_up(const antq_target *t) { return t->op == ANTQ_OP_GE || t->op == ANTQ_OP_GT || t->op == ANTQ_OP_EQ_ALL; }

/* A certification target of communes only: a commune failing only Art. 5.4 passes through members that the
 * target does not count; they are candidates too, listed only to bring their commune along. */
static int communes_only(const antq_target *t)
{
    const uint32_t member_kinds = ANTQ_KIND_BIT(ANTQ_KIND_RESIDENTIAL_AREA) | ANTQ_KIND_BIT(ANTQ_KIND_AGENCY) |
                                  ANTQ_KIND_BIT(ANTQ_KIND_ENTERPRISE) | ANTQ_KIND_BIT(ANTQ_KIND_EDUCATIONAL_INSTITUTION);
    int cert = t->metric == ANTQ_METRIC_SHARE_CERTIFIED || t->metric == ANTQ_METRIC_COUNT_CERTIFIED;
    return cert && target_up(t) && (t->kinds & ANTQ_KIND_BIT(ANTQ_KIND_COMMUNE)) && !(t->kinds & member_kinds);
}

/* Is unit i a candidate to change for target t (x filled for the steps)? With fx NULL or every_scope, as
 * counted() reads them: a superset. */
static int candidate(const antq__festivals *fx, const antq__plan_input *pi, int year, const antq_target *t, size_t i,
                     cand *x, int every_scope)
{
    memset(x, 0, sizeof *x);
    x->weight = 1;
    x->gap = -1;
    x->kind = antq__units_kind(&pi->units, i);
    x->row = antq__plan_input_row(pi, i);
    int up = target_up(t);
    int in = counted(fx, pi, year, t, i, x, every_scope);
    if (in < 0 && communes_only(t) && x->kind != ANTQ_KIND_COMMUNE && antq__units_parent(&pi->units, i)) {
        int v = x->row->verdict;
        if (v == ANTQ_VERDICT_CERTIFIED || v == ANTQ_VERDICT_NOT_ELIGIBLE)
            return 0;
        x->registered = x->row->registered;
        x->role = ROLE_MEMBER;
        in = 0;
    }
    return in == 2 || (in >= 0 && in != up); /* up: the units not yet counted change; down: the counted ones */
}

int antq__steps_may_name(const antq__plan_input *pi, size_t index)
{
    const antq_plan *p = pi->plan;
    for (size_t j = 0; p && j < p->n_targets; j++) {
        cand x;
        if (candidate(NULL, pi, p->targets[j].year ? p->targets[j].year : p->year, &p->targets[j], index, &x, 1))
            return 1;
    }
    return 0;
}

/* Bundles of the certification targets that count communes and their members. */
static int make_bundles(const antq__plan_input *pi, cand *cs, size_t nc, bundle **out_b,
                        size_t *out_nb)
{
    *out_b = NULL;
    *out_nb = 0;
    /* the candidates grouped by the candidate commune they belong to (a counting sort): the members of
     * commune candidate i are group[start[i] .. start[i + 1]) */
    const antq__units *us = &pi->units;
    size_t n = antq__units_count(us);
    bundle *bs = antq__calloc(nc ? nc : 1, sizeof *bs);
    size_t *cand_of_unit = antq__malloc((n ? n : 1) * sizeof *cand_of_unit);
    size_t *owner = antq__malloc((nc ? nc : 1) * sizeof *owner);
    size_t *start = antq__calloc(nc + 1, sizeof *start);
    member_ref *group = antq__malloc((nc ? nc : 1) * sizeof *group);
    if (!bs || !cand_of_unit || !owner || !start || !group) {
        antq__free(bs);
        antq__free(cand_of_unit);
        antq__free(owner);
        antq__free(start);
        antq__free(group);
        return ANTQ_ENOMEM;
    }
    for (size_t u = 0; u < n; u++)
        cand_of_unit[u] = NONE;
    for (size_t m = 0; m < nc; m++)
        cand_of_unit[cs[m].index] = m;
    for (size_t m = 0; m < nc; m++) {
        const char *parent = cs[m].kind == ANTQ_KIND_COMMUNE ? NULL : antq__units_parent(us, cs[m].index);
        size_t p = parent ? antq__units_find(us, parent) : ANTQ_INDEX_NONE;
        owner[m] = p == ANTQ_INDEX_NONE ? NONE : cand_of_unit[p];
        if (owner[m] != NONE)
            start[owner[m] + 1]++;
    }
    for (size_t i = 0; i < nc; i++)
        start[i + 1] += start[i];
    /* cand_of_unit is not needed any more: reuse it as the fill cursor of each group (n ≥ nc) */
    memset(cand_of_unit, 0, nc * sizeof *cand_of_unit);
    for (size_t m = 0; m < nc; m++)
        if (owner[m] != NONE)
            group[start[owner[m]] + cand_of_unit[owner[m]]++] = (member_ref){&cs[m], m};
    antq__free(cand_of_unit);
    antq__free(owner);
    size_t nb = 0;
    int rc = ANTQ_OK;
    for (size_t i = 0; i < nc && rc == ANTQ_OK; i++) {
        cand *k = &cs[i];
        if (k->kind != ANTQ_KIND_COMMUNE || !k->row->fed)
            continue;
        int rollup_fail = (k->row->commune_fail & ANTQ__PLAN_ROLLUP_FAILS) != 0;
        int own_fail = (k->row->commune_fail & ANTQ__PLAN_OWN_FAILS) != 0;
        if (!rollup_fail)
            continue; /* its own change makes it pass: a single */
        k->role = ROLE_EXCLUDED; /* it cannot pass by its own change */
        if (own_fail)
            continue;
        bundle *b = &bs[nb];
        b->commune = i;
        member_ref *refs = group + start[i];
        b->n_members = start[i + 1] - start[i];
        b->members = antq__malloc((b->n_members ? b->n_members : 1) * sizeof *b->members);
        if (!b->members) {
            rc = ANTQ_ENOMEM;
            break;
        }
        qsort(refs, b->n_members, sizeof *refs, cmp_member);
        for (size_t m = 0; m < b->n_members; m++)
            b->members[m] = refs[m].index;
        size_t found = 0;
        for (size_t j = 1; j <= b->n_members && !found; j++) {
            int ok = rollup_passes(pi, cs, b, j);
            if (ok < 0)
                rc = ANTQ_ENOMEM;
            if (ok != 0)
                found = j;
        }
        if (rc != ANTQ_OK || !found) {
            antq__free(b->members);
            b->members = NULL;
            continue; /* its candidates cannot bring it to pass */
        }
        b->cost = found;
        nb++;
    }
    antq__free(start);
    antq__free(group);
    if (rc != ANTQ_OK) {
        for (size_t i = 0; i < nb; i++)
            antq__free(bs[i].members);
        antq__free(bs);
        return rc;
    }
    *out_b = bs;
    *out_nb = nb;
    return ANTQ_OK;
}

static void free_bundles(bundle *bs, size_t nb)
{
    for (size_t i = 0; i < nb; i++)
        antq__free(bs[i].members);
    antq__free(bs);
}

int antq__steps_compute(antq__steps *out, const antq__plan_input *pi, int year, const antq_target *t,
                        const antq_target_result *r, const antq__festivals *fx)
{
    memset(out, 0, sizeof *out);
    out->status = ANTQ_STEPS_NONE;
    if (r->outcome == ANTQ_OUTCOME_PASS || r->value_num < 0 || r->gap <= 0)
        return ANTQ_OK;
    int cert = t->metric == ANTQ_METRIC_SHARE_CERTIFIED || t->metric == ANTQ_METRIC_COUNT_CERTIFIED;
    switch (t->metric) {
    case ANTQ_METRIC_SHARE_CERTIFIED:
    case ANTQ_METRIC_COUNT_CERTIFIED:
    case ANTQ_METRIC_SHARE_REGISTERED:
    case ANTQ_METRIC_HOUSEHOLDS_REGISTERED:
    case ANTQ_METRIC_FESTIVAL_HELD:
    case ANTQ_METRIC_COMMUNES_WITH_POINT_SITE:
        break;
    default:
        out->status = ANTQ_STEPS_NOT_PER_UNIT;
        return ANTQ_OK;
    }
    if ((cert || t->metric == ANTQ_METRIC_SHARE_REGISTERED) && !pi->has_results)
        return ANTQ_OK;
    int up = target_up(t);
    int64_t k = r->gap;
    const antq__units *us = &pi->units;
    size_t n = antq__units_count(us), nc = 0;
    cand *cs = antq__calloc(n ? n : 1, sizeof *cs);
    if (!cs)
        return ANTQ_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        cand *x = &cs[nc];
        if (!candidate(fx, pi, year, t, i, x, 0))
            continue;
        x->index = i;
        x->bundle = NONE;
        if (cert)
            rank_result(x);
        else
            x->remediable = 2;
        if (!up) {
            int64_t resident, registered;
            antq__plan_input_households(pi, i, year, &resident, &registered);
            x->weight = t->metric == ANTQ_METRIC_HOUSEHOLDS_REGISTERED ? registered : 1;
        }
        nc++;
    }

    int rc = ANTQ_OK;
    bundle *bs = NULL;
    size_t nb = 0;
    if (t->metric == ANTQ_METRIC_HOUSEHOLDS_REGISTERED) {
        qsort(cs, nc, sizeof *cs, cmp_weight);
        int64_t sum = 0;
        for (size_t i = 0; i < nc && sum < k; i++) {
            cs[i].chosen = 1;
            cs[i].gap = cs[i].weight < k - sum ? cs[i].weight : k - sum;
            sum += cs[i].weight;
        }
        out->status = sum >= k ? ANTQ_STEPS_LISTED : ANTQ_STEPS_UNREACHABLE;
    } else {
        qsort(cs, nc, sizeof *cs, cmp_rank);
        if (cert && up && (rc = make_bundles(pi, cs, nc, &bs, &nb)) != ANTQ_OK)
            goto done;
        if (nb)
            qsort(bs, nb, sizeof *bs, cmp_cost);
        if (communes_only(t)) {
            /* every change gains one commune at most: its own change (cost 1) first, then the communes that
             * need the fewest members */
            size_t singles = 0;
            for (size_t i = 0; i < nc; i++)
                singles += cs[i].role == ROLE_SINGLE;
            size_t need_bundles = k > (int64_t)singles ? (size_t)(k - (int64_t)singles) : 0;
            if (need_bundles > nb) {
                out->status = ANTQ_STEPS_UNREACHABLE;
                goto done;
            }
            int64_t taken = 0;
            for (size_t i = 0; i < nc && taken < k; i++)
                if (cs[i].role == ROLE_SINGLE) {
                    cs[i].chosen = 1;
                    taken++;
                }
            for (size_t j = 0; j < need_bundles; j++) {
                cs[bs[j].commune].chosen = 1;
                cs[bs[j].commune].role = ROLE_FOLLOWS;
                for (size_t m = 0; m < bs[j].cost; m++)
                    cs[bs[j].members[m]].chosen = 1;
            }
            out->status = ANTQ_STEPS_LISTED;
            goto list;
        }
        size_t singles = 0;
        for (size_t i = 0; i < nc; i++)
            singles += cs[i].role == ROLE_SINGLE;
        /* the fewest changes: max(S_j, k − j) over the j cheapest bundles, if enough singles remain */
        int64_t best = -1;
        size_t best_j = 0;
        int64_t sj = 0;
        for (size_t j = 0; j <= nb; j++) {
            if (j)
                sj += (int64_t)bs[j - 1].cost;
            int64_t s = k - (int64_t)j - sj;
            if (s < 0)
                s = 0;
            if (s > (int64_t)singles - sj)
                continue;
            if (best < 0 || sj + s < best) {
                best = sj + s;
                best_j = j;
            }
        }
        if (best < 0) {
            out->status = ANTQ_STEPS_UNREACHABLE;
            goto done;
        }
        int64_t taken = 0;
        for (size_t j = 0; j < best_j; j++) {
            cs[bs[j].commune].chosen = 1;
            cs[bs[j].commune].role = ROLE_FOLLOWS;
            for (size_t m = 0; m < bs[j].cost; m++) {
                cs[bs[j].members[m]].chosen = 1;
                taken++;
            }
        }
        /* singles by rank; members of communes not taken as bundles last, so none is brought along by chance */
        for (size_t j = best_j; j < nb; j++)
            for (size_t m = 0; m < bs[j].n_members; m++)
                cs[bs[j].members[m]].bundle = j;
        for (int pass = 0; pass < 2 && taken < best; pass++)
            for (size_t i = 0; i < nc && taken < best; i++) {
                cand *x = &cs[i];
                if (x->chosen || x->role != ROLE_SINGLE)
                    continue;
                if ((x->bundle != NONE) != pass)
                    continue;
                x->chosen = 1;
                taken++;
            }
        out->status = ANTQ_STEPS_LISTED;
    }

list:
    if (out->status == ANTQ_STEPS_LISTED) {
        size_t m = 0;
        for (size_t i = 0; i < nc; i++)
            m += cs[i].chosen;
        out->steps = antq__calloc(m ? m : 1, sizeof *out->steps);
        if (!out->steps) {
            rc = ANTQ_ENOMEM;
            goto done;
        }
        for (int follows = 0; follows < 2; follows++) /* the changes first, then the communes that follow */
            for (size_t i = 0; i < nc; i++) {
                cand *x = &cs[i];
                if (!x->chosen || (x->role == ROLE_FOLLOWS) != follows)
                    continue;
                antq_target_step *st = &out->steps[out->n++];
                st->unit_index = x->index;
                st->unit_id = antq__units_id(us, x->index);
                const char *name = antq__plan_input_name(pi, x->index);
                if (name && !(st->unit_name = antq__strdup(name))) {
                    rc = ANTQ_ENOMEM;
                    goto done;
                }
                st->verdict = cert ? x->row->verdict : 0;
                st->follows = follows;
                st->n_failed = x->n_failed;
                st->n_unknown = x->n_unknown;
                st->gap = t->metric == ANTQ_METRIC_COMMUNES_WITH_POINT_SITE ? -1 : x->gap;
                for (int lang = 0; lang < 2; lang++) {
                    antq__buf b;
                    antq__buf_init(&b);
                    need_text(&b, x, t->metric, up, lang, x->gap);
                    char *text = NULL;
                    if (antq__buf_finish_fit(&b, &text) != ANTQ_OK) {
                        rc = ANTQ_ENOMEM;
                        goto done;
                    }
                    if (lang == ANTQ_LANG_EN)
                        st->need_en = text;
                    else
                        st->need_vi = text;
                }
            }
    }
done:
    free_bundles(bs, nb);
    antq__free(cs);
    if (rc != ANTQ_OK)
        antq__steps_free(out);
    return rc;
}

static const char *status_name(int s)
{
    static const char *const names[] = {"none", "listed", "unreachable", "not_per_unit"};
    return s >= 0 && s <= ANTQ_STEPS_NOT_PER_UNIT ? names[s] : "none";
}

void antq__steps_write(antq__buf *b, const antq__steps *s, int json, int lang)
{
    int en = lang == ANTQ_LANG_EN;
    size_t needed = 0;
    for (size_t i = 0; i < s->n; i++)
        needed += !s->steps[i].follows;
    if (json) {
        antq__buf_printf(b, "{\"status\":\"%s\",\"needed\":%zu,\"units\":[", status_name(s->status), needed);
        for (size_t i = 0; i < s->n; i++) {
            const antq_target_step *st = &s->steps[i];
            antq__buf_puts(b, i ? ",{\"id\":" : "{\"id\":");
            antq__buf_json_string(b, st->unit_id);
            antq__buf_puts(b, ",\"name\":");
            if (st->unit_name)
                antq__buf_json_string(b, st->unit_name);
            else
                antq__buf_puts(b, "null");
            antq__buf_printf(b, ",\"follows\":%s,\"verdict\":%s%s%s,\"failed\":%d,\"unknown\":%d,\"gap\":%lld,\"need\":",
                             st->follows ? "true" : "false", st->verdict ? "\"" : "",
                             st->verdict ? antq_verdict_name(st->verdict) : "null", st->verdict ? "\"" : "",
                             (int)st->n_failed, (int)st->n_unknown, (long long)st->gap);
            antq__buf_json_string(b, en ? st->need_en : st->need_vi);
            antq__buf_puts(b, "}");
        }
        antq__buf_puts(b, "]}");
        return;
    }
    if (s->status == ANTQ_STEPS_UNREACHABLE) {
        antq__buf_puts(b, en ? "      what it would take: changing the units it counts cannot meet it\n"
                             : "      cần làm gì: thay đổi các đơn vị được tính cũng không đạt được\n");
        return;
    }
    if (s->status != ANTQ_STEPS_LISTED)
        return;
    antq__buf_printf(b, en ? "      what it would take: %zu unit(s), fewest first by what each needs\n"
                           : "      cần làm gì: ít nhất %zu đơn vị, xếp theo mức cần bổ sung\n",
                     needed);
    for (size_t i = 0; i < s->n; i++) {
        const antq_target_step *st = &s->steps[i];
        if (st->follows)
            antq__buf_puts(b, "        + ");
        else
            antq__buf_printf(b, "        %zu. ", i + 1);
        antq__buf_printf(b, "%s (%s): %s\n", st->unit_name ? st->unit_name : st->unit_id, st->unit_id,
                         en ? st->need_en : st->need_vi);
    }
}
