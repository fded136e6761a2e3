/* Datasets: storage of units and evidence, copies from C records, hierarchy
 * checks and accessors. Loading from JSON lives in lib/io/load.c.
 * SPDX-License-Identifier: MIT */
#include "dataset.h"

#include <stddef.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

int antq_dataset_new(antq_dataset **out)
{
    if (!out)
        return ANTQ_EINVAL;
    antq_dataset *ds = antq__calloc(1, sizeof *ds);
    *out = ds;
    if (!ds)
        return ANTQ_ENOMEM;
    antq__arena_init(&ds->arena);
    antq__json_arena_init(&ds->json);
    antq__strmap_init(&ds->ids);
    antq_options_init(&ds->opts, ANTQ_OPTIONS_VERSION);
    return ANTQ_OK;
}

void antq_dataset_free(antq_dataset *ds)
{
    if (!ds)
        return;
    antq__arena_free(&ds->arena);
    antq__json_arena_free(&ds->json);
    antq__strmap_free(&ds->ids);
    antq__free(ds->units);
    antq__free(ds->evs);
    antq__free(ds->communes);
    antq__free(ds);
}

int antq__dataset_reserve(antq_dataset *ds, size_t units, size_t evs, int kind)
{
    if (kind == ANTQ_KIND_COMMUNE && antq__array_reserve((void **)&ds->communes, &ds->cap_communes,
                                                         ds->n_communes + units, sizeof *ds->communes, 64) != ANTQ_OK)
        return ANTQ_ENOMEM;
    if (antq__array_reserve((void **)&ds->units, &ds->cap_units, ds->n_units + units, sizeof *ds->units, 256) !=
        ANTQ_OK)
        return ANTQ_ENOMEM;
    return antq__array_reserve((void **)&ds->evs, &ds->cap_evs, ds->n_evs + evs, sizeof *ds->evs, 256);
}

size_t antq__dataset_append(antq_dataset *ds, const antq__ds_unit *u)
{
    size_t ui = ds->n_units++;
    ds->units[ui] = *u;
    if (u->unit.kind == ANTQ_KIND_COMMUNE)
        ds->communes[ds->n_communes++] = ui;
    return ui;
}

void antq__dataset_truncate(antq_dataset *ds, size_t n)
{
    ds->n_units = n;
    while (ds->n_communes && ds->communes[ds->n_communes - 1] >= n)
        ds->n_communes--;
}

size_t antq__dataset_commune_place(const antq_dataset *ds, size_t n_communes, size_t index)
{
    size_t lo = 0, hi = n_communes; /* communes[] ascends: units are only ever appended */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ds->communes[mid] < index)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n_communes && ds->communes[lo] == index ? lo : ANTQ__NONE;
}

/* Deep copy of evidence into the arena. */
static int copy_evidence(antq__arena *a, antq_evidence *dst, const antq_evidence *src)
{
    int failed = 0;
    *dst = *src;
    antq_event *events = antq__arena_copy_mem(a, src->events, src->n_events * sizeof *events, &failed);
    for (size_t i = 0; i < src->n_events && !failed; i++) {
        events[i].unit_id = antq__arena_copy_str(a, src->events[i].unit_id, &failed);
        events[i].note = antq__arena_copy_str(a, src->events[i].note, &failed);
    }
    dst->events = events;
    dst->disciplines = antq__arena_copy_mem(a, src->disciplines, src->n_disciplines * sizeof *src->disciplines, &failed);
    antq_extra_answer *extra = antq__arena_copy_mem(a, src->extra, src->n_extra * sizeof *extra, &failed);
    for (size_t i = 0; i < src->n_extra && !failed; i++)
        extra[i].criterion_id = antq__arena_copy_str(a, src->extra[i].criterion_id, &failed);
    dst->extra = extra;
    return failed ? ANTQ_ENOMEM : ANTQ_OK;
}

int antq_dataset_add(antq_dataset *ds, const antq_unit *unit, const antq_evidence *ev, antq_error *err)
{
    if (!ds)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a dataset, found NULL");
    int rc = antq_unit_validate(unit, err);
    if (rc)
        return rc;
    if (ev && (rc = antq_evidence_validate(ev, unit, err)) != ANTQ_OK)
        return rc;
    size_t existing = antq__strmap_get(&ds->ids, unit->id);
    if (existing != ANTQ__NONE) {
        if (!ev)
            return antq__error_set(err, ANTQ_EDUPLICATE, "/id", "duplicate unit id \"%.60s\"", unit->id);
        if (memcmp(&ds->units[existing].unit.kind, &unit->kind, sizeof unit->kind) != 0)
            return antq__error_set(err, ANTQ_EDUPLICATE, "/id", "unit id \"%.60s\" exists with another kind", unit->id);
        for (size_t e = ds->units[existing].first_evidence; e != ANTQ__NONE; e = ds->evs[e].next)
            if (ds->evs[e].ev.year == ev->year)
                return antq__error_set(err, ANTQ_EDUPLICATE, "/year", "unit \"%.60s\" already has evidence for %d",
                                       unit->id, (int)ev->year);
    }
    if (antq__dataset_reserve(ds, 1, 1, unit->kind) != ANTQ_OK)
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    antq__arena_mark mark = antq__arena_save(&ds->arena);
    antq__ds_evidence dev;
    memset(&dev, 0, sizeof dev);
    if (ev && copy_evidence(&ds->arena, &dev.ev, ev) != ANTQ_OK)
        goto nomem;
    size_t ui = existing;
    if (existing == ANTQ__NONE) {
        antq__ds_unit u;
        memset(&u, 0, sizeof u);
        int failed = 0;
        u.unit = *unit;
        u.unit.id = antq__arena_copy_str(&ds->arena, unit->id, &failed);
        u.unit.name = antq__arena_copy_str(&ds->arena, unit->name, &failed);
        u.unit.local_type = antq__arena_copy_str(&ds->arena, unit->local_type, &failed);
        u.unit.parent_id = antq__dataset_parent_id(ds, antq__arena_copy_str(&ds->arena, unit->parent_id, &failed));
        u.first_evidence = ANTQ__NONE;
        if (failed || antq__strmap_put(&ds->ids, u.unit.id, ds->n_units) != ANTQ_OK)
            goto nomem;
        ui = antq__dataset_append(ds, &u);
    }
    if (ev) {
        size_t ei = ds->n_evs++;
        dev.unit = ui;
        dev.next = ANTQ__NONE;
        ds->evs[ei] = dev;
        size_t *link = &ds->units[ui].first_evidence;
        while (*link != ANTQ__NONE)
            link = &ds->evs[*link].next;
        *link = ei;
    }
    return ANTQ_OK;
nomem:
    antq__arena_rollback(&ds->arena, mark);
    return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
}

const char *antq__dataset_parent_id(const antq_dataset *ds, const char *parent_id)
{
    size_t p = parent_id && ds->n_units ? antq__strmap_get(&ds->ids, parent_id) : ANTQ__NONE;
    return p == ANTQ__NONE ? parent_id : ds->units[p].unit.id;
}

int antq__dataset_check_all(const antq_dataset *ds, antq__check_fn fn, void *ud)
{
    antq__hier h = {(const char *)ds->units, ds->n_units, sizeof *ds->units, offsetof(antq__ds_unit, unit.id),
                    offsetof(antq__ds_unit, unit.parent_id), offsetof(antq__ds_unit, unit.kind), &ds->ids};
    return antq__hierarchy_check(&h, fn, ud);
}

typedef struct first_err {
    antq_error *err;
    int done;
} first_err;

static int capture_first(int code, size_t unit, const char *message, void *ud)
{
    first_err *f = ud;
    if (!f->done) {
        char path[64];
        snprintf(path, sizeof path, "/units/%zu/parent", unit);
        antq__error_set(f->err, code, path, "%s", message);
        f->done = 1;
    }
    return 1;
}

int antq_dataset_check(const antq_dataset *ds, antq_error *err)
{
    if (!ds)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a dataset, found NULL");
    first_err f = {err, 0};
    return antq__dataset_check_all(ds, capture_first, &f);
}

size_t antq_dataset_unit_count(const antq_dataset *ds) { return ds ? ds->n_units : 0; }

const antq_unit *antq_dataset_unit(const antq_dataset *ds, size_t index)
{
    return ds && index < ds->n_units ? &ds->units[index].unit : NULL;
}

size_t antq_dataset_find(const antq_dataset *ds, const char *id)
{
    if (!ds || !id)
        return ANTQ__NONE;
    char *owned;
    const char *nfc = antq__nfc(id, &owned); /* ids are stored in NFC */
    size_t i = nfc ? antq__strmap_get(&ds->ids, nfc) : ANTQ__NONE;
    free(owned);
    return i;
}

const antq_evidence *antq_dataset_evidence(const antq_dataset *ds, size_t index, int year)
{
    if (!ds || index >= ds->n_units)
        return NULL;
    for (size_t e = ds->units[index].first_evidence; e != ANTQ__NONE; e = ds->evs[e].next)
        if (ds->evs[e].ev.year == year)
            return &ds->evs[e].ev;
    return NULL;
}

const antq_options *antq_dataset_options(const antq_dataset *ds) { return ds ? &ds->opts : NULL; }

int antq_dataset_year(const antq_dataset *ds) { return ds ? ds->year : 0; }

const char *antq_dataset_province(const antq_dataset *ds) { return ds ? ds->province : NULL; }

const char *antq_dataset_issuer(const antq_dataset *ds) { return ds ? ds->issuer : NULL; }

int antq_dataset_latest_year(const antq_dataset *ds)
{
    int y = 0;
    for (size_t i = 0; ds && i < ds->n_evs; i++)
        if (ds->evs[i].ev.year > y)
            y = ds->evs[i].ev.year;
    return y;
}
