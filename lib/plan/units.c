/* The units a plan or a festival coverage reads (campaign.h, antq__units):
 * a dataset's, or a pipeline's compact index (ids, parents, kinds), so that
 * a stream's plan and festival coverage hold no second copy of the units.
 * SPDX-License-Identifier: MIT */
#include "campaign.h"
#include "../pipeline/index.h"

void antq__units_of_dataset(antq__units *u, const antq_dataset *ds)
{
    u->ds = ds;
    u->index = NULL;
}

void antq__units_of_index(antq__units *u, const antq__index *x)
{
    u->ds = NULL;
    u->index = x;
}

size_t antq__units_count(const antq__units *u) { return u->ds ? antq_dataset_unit_count(u->ds) : u->index->n; }

size_t antq__units_find(const antq__units *u, const char *id)
{
    return u->ds ? antq_dataset_find(u->ds, id) : antq__index_find(u->index, id);
}

const char *antq__units_id(const antq__units *u, size_t i)
{
    return u->ds ? antq_dataset_unit(u->ds, i)->id : u->index->rows[i].id;
}

const char *antq__units_parent(const antq__units *u, size_t i)
{
    return u->ds ? antq_dataset_unit(u->ds, i)->parent_id : u->index->rows[i].parent;
}

int antq__units_kind(const antq__units *u, size_t i)
{
    return u->ds ? antq_dataset_unit(u->ds, i)->kind : u->index->rows[i].kind;
}

