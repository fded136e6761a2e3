/* The dataset object (internal layout).
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_MODEL_DATASET_H
#define ANTQ_MODEL_DATASET_H

#include "../internal.h"
#include "hierarchy.h"

/* An unknown field kept for the round trip: key and its JSON text, verbatim. */
typedef struct antq__raw_field {
    const char *key;
    const char *json;
    struct antq__raw_field *next;
} antq__raw_field;

typedef struct antq__ds_evidence {
    antq_evidence ev;           /* arrays and strings live in the dataset's arena */
    size_t unit;                /* index of its unit */
    size_t next;                /* next evidence of the same unit, or (size_t)-1 */
    antq__raw_field *unknown;   /* unknown fields kept (ANTQ_LOAD_KEEP_UNKNOWN) */
    antq__raw_field **event_unknown; /* per event, or NULL */
    const char *decision_number; /* number of the recognition decision (C124-PROC-07), or NULL */
} antq__ds_evidence;

typedef struct antq__ds_unit {
    antq_unit unit;
    size_t first_evidence;      /* (size_t)-1 if none */
    antq__raw_field *unknown;
} antq__ds_unit;

/* The order in which the keys of a field table's objects came last time
 * (lib/io/load.c): records of one file mostly share it, so the key after a
 * key that matched field k is looked up first at the field that followed
 * field k before. */
typedef struct antq__key_order {
    const void *table; /* the field table (at most 64 fields), or NULL */
    uint64_t names[4]; /* two bits per field name (lib/io/load.c, name_bits()): a key without both is no field */
    uint64_t required; /* a bit per required field */
    uint8_t next[65];  /* [0]: the first key's field, [k + 1]: the field after field k; as index + 1, 0: none */
    uint8_t len[64];   /* strlen() of each field's name (names are shorter than 256 bytes) */
} antq__key_order;

struct antq_dataset {
    antq__arena arena;
    antq__ds_unit *units;
    size_t n_units, cap_units;
    antq__ds_evidence *evs;
    size_t n_evs, cap_evs;
    antq__strmap ids;
    size_t *communes;           /* the index of each commune, in unit order (a dataset evaluation's roll-ups) */
    size_t n_communes, cap_communes;
    antq_options opts;
    int year;                   /* options.year, 0 if none */
    const char *province;       /* options.province (arena), NULL if none */
    const char *issuer;         /* options.issuer (arena), NULL if none */
    int has_options;
    antq__raw_field *unknown_top;     /* unknown top-level keys */
    antq__raw_field *unknown_options; /* unknown keys of "options" */
    antq__raw_field **extra_unknown;  /* per extra criterion */
    antq__json_arena json;            /* the loader's tree of the record being read (lib/io/jsonparse.c) */
    antq__key_order key_order[4];     /* the unit, evidence, event and discipline tables, usually */
    unsigned key_order_next;          /* the entry a fifth table takes */
};

#define ANTQ__NONE ((size_t)-1)

/* Check the hierarchy (lib/model/hierarchy.c), reporting every problem:
 * fn(code, unit index, message, ud); fn returns non-zero to stop. Returns the
 * first code or ANTQ_OK. */
ANTQ__HIDDEN int antq__dataset_check_all(const antq_dataset *ds, antq__check_fn fn, void *ud);

/* Reserve room for more units and evidence records (no semantic change); a unit of `kind` that is a commune
 * also needs room in communes. ANTQ_OK or ANTQ_ENOMEM. */
ANTQ__HIDDEN int antq__dataset_reserve(antq_dataset *ds, size_t units, size_t evs, int kind);

/* Append u as the dataset's next unit (room reserved by antq__dataset_reserve() for its kind, its id in ids
 * already); its index. */
ANTQ__HIDDEN size_t antq__dataset_append(antq_dataset *ds, const antq__ds_unit *u);

/* Forget the units from index n on (their ids, evidence and arena memory are the caller's to undo): the
 * dataset's unit count and its communes. */
ANTQ__HIDDEN void antq__dataset_truncate(antq_dataset *ds, size_t n);

/* The place of the unit at index among the dataset's communes (0 for the first commune), or ANTQ__NONE when
 * it is no commune; only the first n_communes communes are looked at. O(log n_communes). */
ANTQ__HIDDEN size_t antq__dataset_commune_place(const antq_dataset *ds, size_t n_communes, size_t index);

/* A unit's parent id as the dataset keeps it: the parent's own id string when the parent is in the dataset
 * already (so that members of one commune share one pointer, compared without reading the strings), else
 * parent_id itself (in the dataset's arena). */
ANTQ__HIDDEN const char *antq__dataset_parent_id(const antq_dataset *ds, const char *parent_id);

#endif
