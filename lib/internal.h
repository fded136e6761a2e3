/* libantq — internal declarations shared by the library's source files.
 * Nothing here is public; nothing here is exported.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_INTERNAL_H
#define ANTQ_INTERNAL_H

#include "antq.h"

#include <stdarg.h>
#include <stdatomic.h>

#define ANTQ__HIDDEN __attribute__((visibility("hidden")))
#define ANTQ__ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* ---- memory (every allocation goes through here: one place for a test hook) */
ANTQ__HIDDEN void *antq__malloc(size_t size);
ANTQ__HIDDEN void *antq__calloc(size_t n, size_t size);
ANTQ__HIDDEN void *antq__realloc(void *ptr, size_t size);
/* Room for `need` items of `size` bytes in the growable array *items of capacity *cap (doubled as often as it
 * takes, from `first` when empty). ANTQ_OK, or ANTQ_ENOMEM with the array as it was. */
ANTQ__HIDDEN int antq__array_reserve(void **items, size_t *cap, size_t need, size_t size, size_t first);
ANTQ__HIDDEN void antq__free(void *ptr);
ANTQ__HIDDEN char *antq__strdup(const char *s);

/* ---- errors */
/* Fill err (if not NULL) with code, path and a printf-style message; returns code. */
ANTQ__HIDDEN int antq__error_set(antq_error *err, int code, const char *path, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* ---- UTF-8 */
/* 1 when s[0..len) is well-formed UTF-8 with no NUL byte; on failure *bad is the byte offset. */
ANTQ__HIDDEN int antq__utf8_valid(const char *s, size_t len, size_t *bad);
/* 3 when buf starts with the UTF-8 byte-order mark EF BB BF, else 0. */
ANTQ__HIDDEN size_t antq__utf8_bom_len(const char *buf, size_t len);
/* The error message for text that failed antq__utf8_valid at byte `bad`:
 * names the encoding detected (UTF-16/32 by byte-order mark or NUL bytes,
 * else a legacy 8-bit encoding) and an iconv command; returns out. */
ANTQ__HIDDEN const char *antq__encoding_problem(const char *buf, size_t len, size_t bad, char *out, size_t size);

/* ---- exact integer arithmetic: products of two int64 values (counts up to
 * 2^53 − 1, thresholds and reported values up to 10^15, sums up to 2^63 − 1)
 * need up to 126 bits; compared and divided in 128 bits, never wrapped */
__extension__ typedef __int128 antq__i128;
/* -1, 0 or 1: the sign of a*b − c*d. */
static inline int antq__cmp_products(int64_t a, int64_t b, int64_t c, int64_t d)
{
    antq__i128 l = (antq__i128)a * b, r = (antq__i128)c * d;
    return (l > r) - (l < r);
}

/* ---- growable text buffer (renderers) */
typedef struct antq__buf {
    char *data;
    size_t len;
    size_t cap;
    int failed; /* sticky ENOMEM */
} antq__buf;
ANTQ__HIDDEN void antq__buf_init(antq__buf *b);
ANTQ__HIDDEN void antq__buf_free(antq__buf *b);
ANTQ__HIDDEN void antq__buf_puts(antq__buf *b, const char *s);
/* Append n bytes of s (NUL bytes included); the text stays NUL-terminated. */
ANTQ__HIDDEN void antq__buf_append(antq__buf *b, const char *s, size_t n);
ANTQ__HIDDEN void antq__buf_printf(antq__buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append text that came from input (an id, a name …) to text output, with each
 * control character escaped so that it cannot move the cursor, erase or fake
 * a line on a terminal: C0 and DEL as \xNN (ESC is \x1b), C1 (U+0080–U+009F)
 * as \u0085 …; a backslash stays as it is. */
ANTQ__HIDDEN void antq__buf_text(antq__buf *b, const char *s);
/* Append s as a JSON string literal (quoted, escaped). */
ANTQ__HIDDEN void antq__buf_json_string(antq__buf *b, const char *s);
/* Hand the text to the caller (antq_free); returns ANTQ_OK or ANTQ_ENOMEM. */
ANTQ__HIDDEN int antq__buf_finish(antq__buf *b, char **out);
/* antq__buf_finish(), the text then reallocated to its size (a plan keeps thousands of short texts). ANTQ_OK or
 * ANTQ_ENOMEM (nothing then to free). */
ANTQ__HIDDEN int antq__buf_finish_fit(antq__buf *b, char **out);
/* antq__buf_finish() that also fills @p err when memory ran out */
ANTQ__HIDDEN int antq__buf_finish_err(antq__buf *b, char **out, antq_error *err);

/* ---- arena: chunked bump allocator; everything freed at once; mark/rollback */
typedef struct antq__chunk antq__chunk;
typedef struct antq__arena {
    antq__chunk *head;
    size_t total; /* bytes allocated in chunks */
} antq__arena;
typedef struct antq__arena_mark {
    antq__chunk *head;
    size_t used;
} antq__arena_mark;
ANTQ__HIDDEN void antq__arena_init(antq__arena *a);
ANTQ__HIDDEN void antq__arena_free(antq__arena *a);
/* Advise that the whole 2 MiB pages of p[0..size) are worth huge pages (Linux: transparent huge pages, which
 * the default "madvise" setting gives only to memory that asks). For large blocks filled at once (an arena's
 * big chunks) or written at random (a big map's table): one fault and one TLB entry per 2 MiB instead of per
 * 4 KiB. Advice only: nothing changes when it is refused, or elsewhere than Linux. */
ANTQ__HIDDEN void antq__advise_huge(void *p, size_t size);
ANTQ__HIDDEN void *antq__arena_alloc(antq__arena *a, size_t size); /* 8-byte aligned, zeroed */
ANTQ__HIDDEN void *antq__arena_alloc_uninit(antq__arena *a, size_t size); /* 8-byte aligned, not zeroed */
/* Give back everything allocated, keeping the first chunk for what comes next. */
ANTQ__HIDDEN void antq__arena_reset(antq__arena *a);
ANTQ__HIDDEN char *antq__arena_strndup(antq__arena *a, const char *s, size_t len);
/* Copies that record a failure in *failed (sticky) so a multi-step copy checks once; NULL in, NULL out.
 * Strings are the caller's text: copied in NFC (antq__arena_strndup_nfc). */
ANTQ__HIDDEN const char *antq__arena_copy_str(antq__arena *a, const char *s, int *failed);
ANTQ__HIDDEN void *antq__arena_copy_mem(antq__arena *a, const void *src, size_t size, int *failed);
ANTQ__HIDDEN antq__arena_mark antq__arena_save(const antq__arena *a);
ANTQ__HIDDEN void antq__arena_rollback(antq__arena *a, antq__arena_mark m);

/* ---- a shelf (lib/core/shelf.c): a bump allocator that several threads may allocate from at once, without a
 * lock; everything on it is freed together */
typedef struct antq__shelf_chunk antq__shelf_chunk;
typedef struct antq__shelf {
    _Atomic(antq__shelf_chunk *) head; /* the chunk allocated from, then the older ones */
} antq__shelf;
ANTQ__HIDDEN void antq__shelf_init(antq__shelf *s);
ANTQ__HIDDEN void antq__shelf_free(antq__shelf *s);
/* size bytes, 8-byte aligned, not zeroed; NULL when out of memory. Safe from several threads at once. */
ANTQ__HIDDEN void *antq__shelf_alloc(antq__shelf *s, size_t size);

/* antq_unit_validate(); with text_valid the strings are known to be UTF-8 (a
 * JSON loader checked the whole text) and are not scanned again (lib/model/unit.c). */
ANTQ__HIDDEN int antq__unit_validate(const antq_unit *unit, int text_valid, antq_error *err);

/* ---- the JSON loader's trees (lib/io/jsonparse.c): a bump buffer reset after each record */
typedef struct antq__json_chunk antq__json_chunk;
typedef struct antq__json_arena {
    antq__json_chunk *head; /* the first chunk, kept by a reset; later ones after it */
    char *cur, *end;        /* free room in the current chunk */
    size_t escapes;         /* strings with a backslash in the last text parsed */
    int text_ok;            /* the last text parsed is UTF-8 without NUL up to where the parse ended */
} antq__json_arena;
ANTQ__HIDDEN void antq__json_arena_init(antq__json_arena *a);
ANTQ__HIDDEN void antq__json_arena_free(antq__json_arena *a);
ANTQ__HIDDEN void antq__json_arena_reset(antq__json_arena *a);

/* ---- Unicode normalisation (NFC) of text from input (lib/core/nfc.c) */
/* A copy of s[0..len) in NFC in the arena (as is when ASCII or not valid UTF-8); NULL when out of memory. */
ANTQ__HIDDEN char *antq__arena_strndup_nfc(antq__arena *a, const char *s, size_t len);
/* antq__arena_strndup_nfc() of text known to be valid UTF-8 (not scanned again). */
ANTQ__HIDDEN char *antq__arena_strndup_nfc_utf8(antq__arena *a, const char *s, size_t len);
/* s in NFC: s itself, or a new string also stored in *owned (free() it); NULL when out of memory. */
ANTQ__HIDDEN const char *antq__nfc(const char *s, char **owned);

/* ---- string → index map (open addressing); keys are borrowed */
typedef struct antq__strmap_slot {
    const char *key;  /* NULL: empty */
    uint32_t hash;    /* 32 bits of the key's hash */
    uint32_t value;   /* values are below UINT32_MAX */
} antq__strmap_slot;
typedef struct antq__strmap {
    antq__strmap_slot *slots;
    size_t count, cap;
} antq__strmap;
ANTQ__HIDDEN void antq__strmap_init(antq__strmap *m);
ANTQ__HIDDEN void antq__strmap_free(antq__strmap *m);
ANTQ__HIDDEN size_t antq__strmap_get(const antq__strmap *m, const char *key); /* (size_t)-1 if absent */
ANTQ__HIDDEN int antq__strmap_put(antq__strmap *m, const char *key, size_t value); /* ANTQ_OK/ENOMEM */
ANTQ__HIDDEN const char *antq__strmap_key(const antq__strmap *m, const char *key); /* the key stored, NULL if absent */
ANTQ__HIDDEN void antq__strmap_prefetch(const antq__strmap *m, const char *key); /* start fetching key's first slot */
ANTQ__HIDDEN void antq__strmap_remove_last(antq__strmap *m, const char *key);
ANTQ__HIDDEN void antq__strmap_clear(antq__strmap *m); /* keeps capacity */

/* ---- index → pointer map (open addressing) for what a few of many units hold (lib/core/idxmap.c) */
typedef struct antq__idxmap_slot {
    size_t key;  /* (size_t)-1: empty */
    void *value; /* NULL reads as absent */
} antq__idxmap_slot;
typedef struct antq__idxmap {
    antq__idxmap_slot *slots;
    size_t count, size; /* keys stored; slots (a power of two, at most half full), 0 before the first */
} antq__idxmap;
ANTQ__HIDDEN void antq__idxmap_init(antq__idxmap *m);
ANTQ__HIDDEN void antq__idxmap_free(antq__idxmap *m);
/* The value of key, NULL when absent. Pure read: safe from several threads while nobody puts. */
ANTQ__HIDDEN void *antq__idxmap_get(const antq__idxmap *m, size_t key);
/* Set key's value (replacing it; NULL makes it read as absent). ANTQ_OK, or ANTQ_ENOMEM with m unchanged. */
ANTQ__HIDDEN int antq__idxmap_put(antq__idxmap *m, size_t key, void *value);
/* Make every key from first on read as absent. */
ANTQ__HIDDEN void antq__idxmap_clear_from(antq__idxmap *m, size_t first);

/* ---- limits of the caller tables: the authority table is checked pair by pair,
 * delegations are searched per unit (a hostile file could ask for billions of steps) */
#define ANTQ__MAX_AUTHORITY_ROWS 4096
#define ANTQ__MAX_DELEGATIONS 4096

/* ---- the two-tier local government: no district level from 1/7/2025 (R25-02) */
#define ANTQ__TWO_TIER_FROM 20250701

/* ---- Art. 10.5: the #antq_delegation_issue of a delegation on a date (0: its
 * own date only); *path names the field at fault, *at the date the issue was
 * found on (lib/rules/delegation.c) */
ANTQ__HIDDEN int antq__delegation_issue(const antq_delegation *d, int32_t on_date, const char **path, int32_t *at);

/* ---- options of an older layout (#antq_options.version 1) read as the current
 * one: *full gets the caller's fields and the defaults of the later ones.
 * Returns the options to read (opts itself when it is current). */
ANTQ__HIDDEN const antq_options *antq__options_current(const antq_options *opts, antq_options *full);
/* Check options as antq_evaluate() does (the authority table and the
 * delegations included: O(rows²)), once for many evaluations. */
ANTQ__HIDDEN int antq__options_validate(const antq_options *opts, antq_error *err);
/* size of the version-1 layout of antq_options */
#define ANTQ__OPTIONS_V1_SIZE offsetof(antq_options, period_start)

/* ---- 124/2021 and 23/2012 periods with the period-start option (#antq_period_start) */
ANTQ__HIDDEN int antq__period_for(int kind, int year, int school_year_end_mmdd, int period_start, int32_t *out_start,
                                  int32_t *out_end, const antq_ruleset **out_ruleset);

/* ---- dates */
ANTQ__HIDDEN int32_t antq__date_ymd(int year, int mmdd); /* year + month*100+day, no validation */
ANTQ__HIDDEN int32_t antq__date_diff_days(int32_t later, int32_t earlier); /* days from earlier to later */

/* ---- catalogue rows */
typedef struct antq__ctx antq__ctx;
typedef struct antq__row antq__row;
typedef void (*antq__predicate)(antq__ctx *ctx, const antq__row *row);

/* Parameters a predicate reads; every threshold of the law lives here, in the row. */
typedef struct antq__params {
    uint32_t event_mask;     /* event kinds the row forbids */
    uint32_t fm_mask;        /* of those, excused by force majeure (N3) */
    uint32_t prompt_mask;    /* of those, excused when promptly handled and reported */
    int32_t min_severity;    /* crimes below this severity do not count */
    int32_t discipline_min;  /* discipline level that fails (reprimand or warning, N4) */
    uint32_t role_mask;      /* roles whose discipline counts */
    int32_t rating_min;      /* lowest passing rating */
    int32_t topics;          /* required internal-rule topics */
    int32_t window_from;     /* date window as month*100+day of year Y (0: evaluation period) */
    int32_t window_to;
    int32_t docs;            /* which dated documents are required (ANTQ__DOC_*) */
    int32_t pool_residential_only; /* 1: pool of residential areas only, whatever the options */
    int32_t min_count;       /* minimum count (effective movement models) */
    int32_t managing_level;  /* an #antq_level the row is limited to (0: any) */
    uint32_t event_mask_alt; /* event kinds forbidden under the alternative option (NTM-03 points a–g) */
} antq__params;

/* How a unit is recognised (Art. 10, 10.5), worked out before the criteria run. */
typedef struct antq__recognition {
    const antq_delegation *delegation; /* the delegation found for the unit, or NULL */
    antq_delegation implied;   /* the one delegated_to_commune stands for (delegation points here) */
    int issue;                 /* #antq_delegation_issue of delegation */
    int level;                 /* recognising level after a valid delegation (#antq_level, 0 unknown) */
    int in_commune_pool;       /* antq_tri: recognised by the commune (Art. 5.4 pool, N2) */
    int32_t decision_date;     /* the recognition decision's date the authority is looked up on */
    const antq_authority_rule *authority; /* competent authority, or NULL */
} antq__recognition;

/* The authority rows of one unit kind on one decision date, by recognising
 * level, looked up once (antq_authority_find()) for the many units of a
 * dataset that share them. */
typedef struct antq__authority_memo {
    int32_t date;                                                 /* the decision date of the rows below */
    unsigned char known[ANTQ_LEVEL_MINISTRY + 1];                 /* 1: rule[level] was looked up */
    const antq_authority_rule *rule[ANTQ_LEVEL_MINISTRY + 1];     /* the row, or NULL when there is none */
} antq__authority_memo;

/* Work out the recognition of `unit` under `opts` (current layout) for a
 * recognition decision dated `decision_date`. `memo`, or NULL: the authority
 * rows of the unit's kind, used (and filled) when its date is decision_date. */
ANTQ__HIDDEN void antq__recognition_of(antq__recognition *rec, const antq_unit *unit, const antq_options *opts,
                                       int32_t decision_date, antq__authority_memo *memo);
/* The same without the authority lookup (rec->authority stays NULL; a commune's
 * level is its managing level): the delegation, the level and the commune's
 * pool. `opts` may be NULL (no delegations but the unit's own). */
ANTQ__HIDDEN void antq__recognition_level(antq__recognition *rec, const antq_unit *unit, const antq_options *opts,
                                          int32_t decision_date);

/* antq_rollup_add() of a member already known to belong to the roll-up's
 * commune and year (a dataset's evaluation): the counting without the checks. */
ANTQ__HIDDEN void antq__rollup_count(antq_rollup *rollup, const antq_unit *member, const antq_evidence *member_evidence,
                                     const antq_result *member_result);

/* The catalogue rows one evaluation can apply at most. */
#define ANTQ__MAX_ROWS 128
/* What the evaluation of a dataset for one year works out once instead of for
 * every unit (antq__eval_env_init()): per unit kind, the evaluation period and
 * rule set, the rows of the safe standard that apply, and the authority rows on
 * the decision date the kind's units share unless their evidence names another. */
typedef struct antq__eval_env {
    antq__arena *arena; /* where the results go; NULL: on the shelf, else one allocation each (antq_result_free()) */
    antq__shelf *shelf; /* where the results go when arena is NULL (results built on demand), or NULL */
    int year;
    struct antq__kind_plan {
        int rc; /* of antq__period_for(): ANTQ_OK or no rule set for the year */
        int32_t start, end;
        const antq_ruleset *ruleset;
        size_t n_rows;
        const antq__row *rows[ANTQ__MAX_ROWS]; /* grouped by role (antq_criterion_role), each in catalogue order */
        size_t role_end[4];                    /* rows of role r: [role_end[r - 1], role_end[r]); role_end[0] = 0 */
        antq__authority_memo authority;
    } kinds[ANTQ_KIND_COUNT];
} antq__eval_env;
/* Work out env for options already checked (current layout) and year. */
ANTQ__HIDDEN void antq__eval_env_init(antq__eval_env *env, const antq_options *opts, int year, antq__arena *arena);
/* antq_evaluate_standard(); with env (a dataset's evaluation) for arguments
 * already checked: the options with antq__options_validate(), the unit and its evidence with antq_unit_validate() and
 * antq_evidence_validate() (antq_dataset_add() checks them when they enter a
 * dataset, so a dataset's evaluation checks its options once and nothing per
 * unit). Without env every argument is checked. */
ANTQ__HIDDEN int antq__evaluate(antq_result **out, int standard, const antq_unit *unit, const antq_evidence *ev,
                                const antq_rollup *rollup, const antq_event *territory, size_t n_territory,
                                const antq_options *opts, antq__eval_env *env, antq_error *err);
/* antq__evaluate() of a dataset's unit under SAFE (arguments checked, env required) written as its summary
 * only: every field of a result but checks and facts (NULL, 0), the strings the unit's. Decides exactly as
 * antq__evaluate(), without writing the result out. ANTQ_OK or ANTQ_ENOMEM. */
ANTQ__HIDDEN int antq__evaluate_summary(antq_result *summary, const antq_unit *unit, const antq_evidence *ev,
                                        const antq_rollup *rollup, const antq_event *territory, size_t n_territory,
                                        const antq_options *opts, antq__eval_env *env, antq_error *err);

enum {
    ANTQ__DOC_REGISTERED = 1 << 0,
    ANTQ__DOC_RESOLUTION = 1 << 1,       /* always required */
    ANTQ__DOC_RESOLUTION_IF_PARTY = 1 << 2, /* required where a Party organisation exists */
    ANTQ__DOC_PLAN = 1 << 3,
    ANTQ__DOC_REGISTRATION = 1 << 4
};

struct antq__row {
    antq_criterion pub;          /* must stay first: public pointers point here */
    antq__predicate predicate;
    antq__params p;
    const char *const *imports;  /* ids of rows whose predicates this row applies (Art. 5.2), NULL-terminated */
    int32_t standard;            /* #antq_standard the row belongs to (0: the safe standard) */
};

ANTQ__HIDDEN extern const antq__row antq__c124_rows[];
ANTQ__HIDDEN extern const size_t antq__c124_count;
ANTQ__HIDDEN extern const antq__row antq__c23_rows[];
ANTQ__HIDDEN extern const size_t antq__c23_count;
/* rows of the standards that reuse the result (lib/rules/reused.c), every standard but SAFE */
ANTQ__HIDDEN extern const antq__row antq__reused_rows[];
ANTQ__HIDDEN extern const size_t antq__reused_count;
ANTQ__HIDDEN const antq__row *antq__row_find(const char *id);
ANTQ__HIDDEN const antq__row *antq__row_of(const antq_criterion *c);

/* ---- evaluation context and the fact builder */
struct antq__ctx {
    const antq_unit *unit;
    const antq_evidence *ev;
    const antq_options *opts;
    const antq_rollup *rollup;
    const antq_event *territory;
    size_t n_territory;
    const antq_ruleset *ruleset;
    int32_t start, end;   /* evaluation period */
    int year;
    int general_education; /* antq_tri, derived */
    const antq__recognition *recognition; /* who recognises the unit (procedure rows) */
    /* facts of the check being built */
    antq_fact *facts;
    size_t n_facts, cap_facts;
    int facts_heap;       /* facts was moved from the caller's stack buffer to the heap */
    size_t check_first;   /* index of the first fact of the check being built */
    unsigned seen;        /* a bit per outcome among the facts of the check being built (1u << outcome); a
                           * predicate that changes a fact's outcome recomputes it (predicates.c) */
    int failed;           /* ENOMEM while building */
    antq_result *safe;    /* standards other than SAFE: the unit's safe-standard result, made on first use and freed by the evaluator */
};

ANTQ__HIDDEN antq_fact *antq__fact_add(antq__ctx *ctx, int kind, int outcome);

/* predicates (lib/eval/predicates.c) */
ANTQ__HIDDEN void antq__pred_scope_armed_forces(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_scope_enterprise_size(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_scope_education_level(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_documents(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_households_registered(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_households_committed(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_implements_policy(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_no_events(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_trend(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_no_new_evils(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_grassroots_team(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_effective_models(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_imports(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_commune_police(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_members_registered(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_members_certified(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_rule_topics(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_staff_briefed(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_protection_force(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_subunits(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_ei_registration(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_ei_policy(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_extra(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_police_advanced(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_c23_agency_implementation(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_c23_agency_registration(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_c23_school_registration(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_delegation(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_decision(antq__ctx *, const antq__row *);
/* standards that reuse the result (rules.md §4) */
ANTQ__HIDDEN void antq__pred_safe_standard(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_answer(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_scope_urban(antq__ctx *, const antq__row *);
ANTQ__HIDDEN void antq__pred_new_rural_events(antq__ctx *, const antq__row *);

/* ---- instruments named in citations (lib/rules/instruments.c): how a citation
 * of @p instrument is worded; NULL words mean the Circular wording (Điều/Art., khoản) */
typedef struct antq__instrument {
    const char *id;         /* e.g. "25/2021/QĐ-TTg" */
    const char *type_vi, *type_en;   /* "Quyết định", "Decision" */
    const char *part_vi, *part_en;   /* what `article` numbers: "tiêu chí", "Criterion" */
    const char *sub_vi, *sub_en;     /* what `clause` numbers: "chỉ tiêu", "indicator" (NULL: none) */
} antq__instrument;
ANTQ__HIDDEN const antq__instrument *antq__instrument_find(const char *id);

/* ---- stable names and dates shared by the writers */
ANTQ__HIDDEN const char *antq__op_name(int op); /* "ge", "gt", …, "none" */
/* A date as YYYY-MM-DD (English) or DD/MM/YYYY (Vietnamese); `missing` when not a real date. */
ANTQ__HIDDEN void antq__buf_date(antq__buf *b, int32_t d, int lang, const char *missing);

/* ---- renderers: one fact's sentence, and what it would take to pass it */
ANTQ__HIDDEN void antq__fact_text(antq__buf *b, const antq_fact *f, int lang);
ANTQ__HIDDEN void antq__fact_need(antq__buf *b, const antq_fact *f, int lang);

/* ---- names shared by renderers */
ANTQ__HIDDEN const char *antq__rating_name(int rating, int lang);
ANTQ__HIDDEN const char *antq__discipline_name(int level, int lang);
ANTQ__HIDDEN const char *antq__role_name(int role, int lang);
ANTQ__HIDDEN const char *antq__event_label(int kind, int lang);
ANTQ__HIDDEN const char *antq__level_name(int level, int lang);
ANTQ__HIDDEN const char *antq__body_label(int body, int lang);
ANTQ__HIDDEN const char *antq__delegation_issue_text(int issue, int lang);

/* ---- a whole file into a new buffer (freed with antq__free), at most max bytes (ANTQ_ERANGE beyond,
 * ANTQ_EIO with the path and the system's reason); inputs are read with ANTQ__MAX_FILE (lib/io/file.c) */
#define ANTQ__MAX_FILE ((size_t)1 << 30)
ANTQ__HIDDEN int antq__read_file(const char *path, size_t max, char **out, size_t *len, antq_error *err);

/* ---- a dataset file's text as NDJSON (by the name .ndjson or .jsonl, or by its content) or as a JSON
 * document (lib/io/file.c) */
ANTQ__HIDDEN int antq__dataset_load_text(antq_dataset **out, const char *path, const char *buf, size_t len,
                                         unsigned flags, antq_error *err);

#endif
