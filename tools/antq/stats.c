/* Statistics per commune and per province, from evaluation results.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

long cli_share_permille(const cli_tally *t)
{
    int64_t tenths;
    if (t->eligible <= 0 || antq_share_round(&tenths, t->certified, t->eligible, 0, 0) != ANTQ_OK)
        return -1;
    return (long)tenths;
}

static void count(cli_tally *t, const antq_result *r)
{
    if (!r)
        return;
    t->units++;
    int v = antq_result_verdict(r);
    if (v == ANTQ_VERDICT_NOT_ELIGIBLE) {
        t->not_eligible++;
        return;
    }
    t->eligible++;
    if (antq_result_registered(r) == ANTQ_YES)
        t->registered++;
    if (v == ANTQ_VERDICT_CERTIFIED)
        t->certified++;
    else if (v == ANTQ_VERDICT_NOT_CERTIFIED)
        t->not_certified++;
    else
        t->undetermined++;
}

static size_t find_group(cli_group *g, size_t n, const char *id)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(g[i].id, id) == 0)
            return i;
    return (size_t)-1;
}

int cli_stats_compute(const antq_dataset *ds, const antq_evaluation *ev, const antq_evaluation *prev, cli_stats *s)
{
    memset(s, 0, sizeof *s);
    s->year = antq_evaluation_year(ev);
    size_t n = antq_dataset_unit_count(ds);
    s->communes = calloc(n ? n : 1, sizeof *s->communes);
    s->provinces = calloc(n ? n : 1, sizeof *s->provinces);
    size_t *commune_of_unit = malloc((n ? n : 1) * sizeof *commune_of_unit);
    if (!s->communes || !s->provinces || !commune_of_unit) {
        free(commune_of_unit);
        cli_stats_free(s);
        return CLI_INTERNAL;
    }
    s->total.id = "total";
    s->total.has_prev = prev != NULL;
    for (size_t i = 0; i < n; i++) {
        const antq_unit *u = antq_dataset_unit(ds, i);
        if (u->kind != ANTQ_KIND_COMMUNE)
            continue;
        cli_group *g = &s->communes[s->n_communes++];
        g->id = u->id;
        g->name = u->name;
        g->unit_index = i;
        g->verdict = antq_result_verdict(antq_evaluation_result(ev, i));
        g->has_prev = prev != NULL;
        const char *pid = u->parent_id ? u->parent_id : "(none)";
        if (find_group(s->provinces, s->n_provinces, pid) == (size_t)-1) {
            cli_group *p = &s->provinces[s->n_provinces++];
            p->id = pid;
            p->unit_index = (size_t)-1;
            p->has_prev = prev != NULL;
        }
    }
    for (size_t i = 0; i < n; i++) {
        const antq_unit *u = antq_dataset_unit(ds, i);
        const char *cid = u->kind == ANTQ_KIND_COMMUNE ? u->id : u->parent_id;
        commune_of_unit[i] = cid ? find_group(s->communes, s->n_communes, cid) : (size_t)-1;
    }
    for (size_t i = 0; i < n; i++) {
        const antq_unit *u = antq_dataset_unit(ds, i);
        const antq_result *r = antq_evaluation_result(ev, i);
        const antq_result *pr = prev ? antq_evaluation_result(prev, i) : NULL;
        cli_group *groups[3] = {&s->total, NULL, NULL};
        size_t c = commune_of_unit[i];
        if (c != (size_t)-1) {
            groups[1] = &s->communes[c];
            const antq_unit *cu = antq_dataset_unit(ds, s->communes[c].unit_index);
            size_t p = find_group(s->provinces, s->n_provinces, cu->parent_id ? cu->parent_id : "(none)");
            if (p != (size_t)-1)
                groups[2] = &s->provinces[p];
        }
        for (int k = 0; k < 3; k++) {
            if (!groups[k])
                continue;
            count(&groups[k]->all, r);
            count(&groups[k]->by_kind[u->kind], r);
            count(&groups[k]->prev, pr);
        }
    }
    free(commune_of_unit);
    return CLI_OK;
}

void cli_stats_free(cli_stats *s)
{
    free(s->communes);
    free(s->provinces);
    memset(s, 0, sizeof *s);
}
