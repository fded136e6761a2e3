/* Statistics per commune and per province, tallied one result at a time:
 * a unit's commune group is found in a hash map (constant time), provinces
 * are summed from their communes at the end — linear in the number of units.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

#define NONE ((size_t)-1)

long cli_share_permille(const cli_tally *t)
{
    int64_t tenths;
    if (t->eligible <= 0 || antq_share_round(&tenths, t->certified, t->eligible, 0, 0) != ANTQ_OK)
        return -1;
    return (long)tenths;
}

static void count(cli_tally *t, int v, int registered)
{
    t->units++;
    if (v == ANTQ_VERDICT_NOT_ELIGIBLE) {
        t->not_eligible++;
        return;
    }
    t->eligible++;
    if (registered == ANTQ_YES)
        t->registered++;
    if (v == ANTQ_VERDICT_CERTIFIED)
        t->certified++;
    else if (v == ANTQ_VERDICT_NOT_CERTIFIED)
        t->not_certified++;
    else
        t->undetermined++;
}

static void tally_sum(cli_tally *to, const cli_tally *from)
{
    to->units += from->units;
    to->eligible += from->eligible;
    to->registered += from->registered;
    to->certified += from->certified;
    to->not_certified += from->not_certified;
    to->not_eligible += from->not_eligible;
    to->undetermined += from->undetermined;
}

void cli_stats_init(cli_stats *s, int year)
{
    memset(s, 0, sizeof *s);
    s->year = year;
    s->total.id = "total";
    s->total.unit_index = NONE;
    cli_map_init(&s->commune_ids);
    cli_map_init(&s->province_ids);
}

/* The group of `id` in groups[0..*n) found through ids, made on first sight (zeroed but for its id and
 * unit_index; *made set): NULL when out of memory. */
static cli_group *group_of(cli_map *ids, cli_group **groups, size_t *n, size_t *cap, size_t first, const char *id,
                           int *made)
{
    size_t i = cli_map_get(ids, id);
    *made = i == NONE;
    if (i != NONE)
        return &(*groups)[i];
    if (cli_reserve((void **)groups, cap, *n + 1, sizeof **groups, first) != 0)
        return NULL;
    const char *key = cli_map_put(ids, id, *n);
    if (!key)
        return NULL;
    cli_group *g = &(*groups)[(*n)++];
    memset(g, 0, sizeof *g);
    g->id = key;
    g->unit_index = NONE;
    return g;
}

/* The group of commune `id`, made on first sight. */
static cli_group *commune_group(cli_stats *s, const char *id)
{
    int made;
    cli_group *g = group_of(&s->commune_ids, &s->communes, &s->n_communes, &s->cap_communes, 64, id, &made);
    if (g && made) {
        g->order = NONE;
        g->prev_pool = -1;
    }
    return g;
}

int cli_stats_add(cli_stats *s, const antq_result *r, const antq_unit *u, size_t unit_index)
{
    int year = antq_result_year(r), verdict = antq_result_verdict(r), registered = antq_result_registered(r);
    int previous = year != s->year;
    if (!verdict || (previous && year != s->year - 1))
        return CLI_OK; /* no result, or a year this tally does not show */
    cli_group *c = NULL;
    const char *cid = u->kind == ANTQ_KIND_COMMUNE ? u->id : u->parent_id;
    if (cid && !(c = commune_group(s, cid)))
        return CLI_INTERNAL;
    if (c && u->kind == ANTQ_KIND_COMMUNE && !previous) {
        c->unit_index = unit_index;
        c->verdict = verdict;
        c->order = s->n_ordered++;
        free(c->name);
        free(c->parent);
        c->name = u->name ? strdup(u->name) : NULL;
        c->parent = strdup(u->parent_id ? u->parent_id : "(none)");
        if ((u->name && !c->name) || !c->parent)
            return CLI_INTERNAL;
    }
    if (previous)
        count(&s->prev_by_kind[u->kind], verdict, registered);
    cli_group *groups[2] = {&s->total, c};
    for (int k = 0; k < 2; k++) {
        if (!groups[k])
            continue;
        if (previous) {
            count(&groups[k]->prev, verdict, registered);
        } else {
            count(&groups[k]->all, verdict, registered);
            count(&groups[k]->by_kind[u->kind], verdict, registered);
        }
    }
    return CLI_OK;
}

int cli_stats_add_pool(cli_stats *s, const antq_result *r, const antq_rollup *rollup, const antq_options *opts)
{
    if (antq_result_year(r) != s->year - 1)
        return CLI_OK;
    size_t i = cli_map_get(&s->commune_ids, antq_result_unit_id(r));
    antq_commune_pool pool;
    antq_commune_pool_init(&pool);
    if (i == NONE || antq_result_commune_pool(&pool, r, rollup, opts, NULL) != ANTQ_OK)
        return CLI_OK; /* no such commune, or no Art. 5.4 check: no pool */
    s->communes[i].prev_pool = (long)pool.pool;
    s->communes[i].prev_pool_certified = (long)pool.certified;
    return CLI_OK;
}

static int by_order(const void *x, const void *y)
{
    const cli_group *a = x, *b = y;
    return a->order < b->order ? -1 : a->order > b->order;
}

/* The group of province `id`, made on first sight. */
static cli_group *province_group(cli_stats *s, const char *id, int has_prev)
{
    int made;
    cli_group *g = group_of(&s->province_ids, &s->provinces, &s->n_provinces, &s->cap_provinces, 8, id, &made);
    if (g && made)
        g->has_prev = has_prev;
    return g;
}

int cli_stats_end(cli_stats *s, int has_prev)
{
    /* communes in the order their own results came (input order), provinces in the order of their first commune */
    qsort(s->communes, s->n_communes, sizeof *s->communes, by_order);
    s->total.has_prev = has_prev;
    for (size_t i = 0; i < s->n_communes; i++) {
        cli_group *c = &s->communes[i];
        c->has_prev = has_prev;
        if (!cli_map_put(&s->commune_ids, c->id, i)) /* its place after the sort */
            return CLI_INTERNAL;
        cli_group *g = province_group(s, c->parent ? c->parent : "(none)", has_prev);
        if (!g)
            return CLI_INTERNAL;
        tally_sum(&g->all, &c->all);
        tally_sum(&g->prev, &c->prev);
        for (int k = 0; k < ANTQ_KIND_COUNT; k++)
            tally_sum(&g->by_kind[k], &c->by_kind[k]);
    }
    return CLI_OK;
}

void cli_stats_free(cli_stats *s)
{
    for (size_t i = 0; i < s->n_communes; i++) {
        free(s->communes[i].name);
        free(s->communes[i].parent);
    }
    free(s->communes);
    free(s->provinces);
    cli_map_free(&s->commune_ids);
    cli_map_free(&s->province_ids);
    memset(s, 0, sizeof *s);
}
