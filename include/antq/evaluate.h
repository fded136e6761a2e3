/* libantq — evaluating a unit: options, commune roll-up, results, explanations.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_EVALUATE_H
#define ANTQ_EVALUATE_H

#include "common.h"
#include "error.h"
#include "unit.h"
#include "evidence.h"
#include "criteria.h"

/** @file evaluate.h
 * @brief From (unit, evidence, options) to a result: a verdict, one check per
 * applicable criterion with the facts compared, the requirement and the gap,
 * and explanations in Vietnamese and English. */

#ifdef __cplusplus
extern "C" {
#endif

/** Previous-year comparison of Art. 4.4.a (N1). */
typedef enum antq_trend_mode {
    ANTQ_TREND_NOT_INCREASED = 0,    /**< default: each count ≤ previous year */
    ANTQ_TREND_STRICTLY_REDUCED = 1  /**< each count < previous year (0 and 0 still passes) */
} antq_trend_mode;

/** Which member units form the denominator of the 70% rule of Art. 5.4 (N2;
 *  C124-CW-04b). The 100% registration condition (C124-CW-04a) always counts
 *  every residential area, agency, enterprise and institution under the
 *  commune's own or delegated management, whatever the mode. */
typedef enum antq_pool_mode {
    ANTQ_POOL_ALL_MANAGED = 0,       /**< default: RA plus AG/EN/EI under the commune's own or delegated management */
    ANTQ_POOL_RESIDENTIAL_ONLY = 1   /**< residential areas only (23/2012 practice, some provinces) */
} antq_pool_mode;

/** What to do with emulation-rating criteria for units not eligible for rating (N6). */
typedef enum antq_emulation_mode {
    ANTQ_EMULATION_INELIGIBLE_SKIPS = 0, /**< default: the criterion is not applicable */
    ANTQ_EMULATION_INELIGIBLE_FAILS = 1  /**< the criterion fails */
} antq_emulation_mode;

/** Which points of Circular 124/2021 Art. 4.3 the new-rural indicator 19.2
 *  excludes (Instruction 04/HD-BCA-V05, NTM-03: the source lists "a, b, c, d
 *  and e"; whether point g is meant too is unverified). */
typedef enum antq_new_rural_points {
    ANTQ_NEW_RURAL_POINTS_A_E = 0,  /**< default: points a, b, c, d, đ, e (Vietnamese lettering up to e) */
    ANTQ_NEW_RURAL_POINTS_A_G = 1   /**< points a–g: the whole of Art. 4.3 (adds g, inciting crowds) */
} antq_new_rural_points;

/** A provincial extra criterion (Art. 8.1), defined by the caller. */
typedef struct antq_extra_criterion {
    const char *id;        /**< unique id, e.g. "BK-2024-01" (borrowed) */
    const char *text_vi;   /**< Vietnamese text (borrowed) */
    const char *text_en;   /**< English text (borrowed, may be NULL) */
    const char *source;    /**< the provincial decision, e.g. "Quyết định 12/2023/QĐ-UBND" (may be NULL) */
    uint32_t kinds;        /**< mask of #ANTQ_KIND_BIT(kind) it applies to */
    int32_t fails_on_events; /**< mask of #ANTQ_EVENT_BIT(kind): the criterion is evaluated from the unit's events
                                  (a commune's also from its territory): one such event in the period fails it,
                                  none with the event list complete passes it, otherwise unknown. 0: answered
                                  by hand only (#antq_evidence.extra) */
} antq_extra_criterion;

/** Set an extra criterion to: no id or texts, applying to no kind. Accepts NULL.
 *  Thread-safety: safe.
 *  @param[out] c the caller's record, or NULL. */
ANTQ_API void antq_extra_criterion_init(antq_extra_criterion *c);


/** When a 23/2012 evaluation period starts (its text gives "31/10 to 31/10"). */
typedef enum antq_period_start {
    ANTQ_PERIOD_START_DAY_AFTER = 0, /**< default: the day after the previous period's end (1/11 → 31/10) */
    ANTQ_PERIOD_START_SAME_DAY = 1   /**< the same calendar day as the end, one year before (31/10 → 31/10) */
} antq_period_start;

/** Current version of #antq_options (2: adds period_start and delegations). */
#define ANTQ_OPTIONS_VERSION 2

/** Interpretation choices. Start from antq_options_init(); every default is
 *  documented in doc/interpretation.md. */
typedef struct antq_options {
    uint32_t version;            /**< #ANTQ_OPTIONS_VERSION */
    int32_t trend_mode;          /**< #antq_trend_mode (N1), default NOT_INCREASED */
    int32_t pool_mode;           /**< #antq_pool_mode (N2), default ALL_MANAGED */
    int32_t emulation_mode;      /**< #antq_emulation_mode (N6), default INELIGIBLE_SKIPS */
    int32_t deferral_is_warning; /**< 1 (default): labour-code pay-rise deferral counts as warning or above (N4) */
    int32_t school_year_end_mmdd; /**< 23/2012 schools: school-year closing, default 531 (31 May) */
    int32_t decision_date;       /**< date used to look up the authority; 0 = the period end */
    int32_t protection_force_required; /**< 1 (default): an agency or enterprise without a protection force fails
                                            Art. 6.4, which (unlike Art. 7.5) has no "if any"; 0: not applicable (D) */
    const antq_extra_criterion *extra; /**< provincial extra criteria (borrowed) */
    size_t n_extra;              /**< number of extra criteria */
    const antq_authority_rule *authority_table; /**< replaces the built-in table when not NULL (borrowed; checked
                                                     with antq_authority_table_validate()) */
    size_t n_authority;          /**< rows in @ref authority_table */
    int32_t new_rural_points;    /**< #antq_new_rural_points (NTM-03, U), default A_E; read only by the new-rural standard */
    int32_t reserved_standard;   /**< zero */
    /* version 2 */
    int32_t period_start;        /**< #antq_period_start of the 23/2012 periods, default DAY_AFTER (D) */
    int32_t reserved;            /**< zero */
    const antq_delegation *delegations; /**< delegations of recognition (Art. 10.5), each checked with
                                             antq_delegation_validate(); at most 4096 (borrowed) */
    size_t n_delegations;        /**< rows in @ref delegations */
} antq_options;

/** Fill @p opts with the documented defaults (doc/interpretation.md).
 *  Thread-safety: safe.
 *  @param[out] opts the caller's options struct
 *  @param version #ANTQ_OPTIONS_VERSION: the layout the caller was compiled
 *         with; 1 fills only the fields of version 1 (the later ones keep their
 *         defaults wherever the library reads a version-1 struct)
 *  @return #ANTQ_OK, or #ANTQ_EVERSION when @p version is not supported,
 *  #ANTQ_EINVAL when @p opts is NULL. */
ANTQ_API int antq_options_init(antq_options *opts, unsigned version);

/** Outcome of one criterion (or one fact). */
typedef enum antq_outcome {
    ANTQ_OUTCOME_PASS = 1,           /**< met */
    ANTQ_OUTCOME_FAIL = 2,           /**< not met */
    ANTQ_OUTCOME_NOT_APPLICABLE = 3, /**< does not apply to this unit */
    ANTQ_OUTCOME_UNKNOWN = 4,        /**< evidence missing; never a pass */
    ANTQ_OUTCOME_EXCLUDED = 5        /**< a scope rule (Art. 1.2) puts the unit outside the scope: not a
                                          failure; the verdict is #ANTQ_VERDICT_NOT_ELIGIBLE */
} antq_outcome;

/** Verdict for a unit. */
typedef enum antq_verdict {
    ANTQ_VERDICT_CERTIFIED = 1,      /**< đạt: every criterion met */
    ANTQ_VERDICT_NOT_CERTIFIED = 2,  /**< chưa đạt: at least one criterion failed */
    ANTQ_VERDICT_NOT_ELIGIBLE = 3,   /**< outside the scope (Art. 1.2) */
    ANTQ_VERDICT_UNDETERMINED = 4    /**< no failure, but evidence missing */
} antq_verdict;

/** What a fact measured (selects the sentence that explains it). */
typedef enum antq_fact_kind {
    ANTQ_FACT_REGISTERED = 1,          /**< the unit registered (yes/no) */
    ANTQ_FACT_RESOLUTION_DATE = 2,     /**< Party resolution dated within the window */
    ANTQ_FACT_PLAN_DATE = 3,           /**< plan dated within the window */
    ANTQ_FACT_REGISTRATION_DATE = 4,   /**< registration dated within the window */
    ANTQ_FACT_HOUSEHOLDS_REGISTERED = 5, /**< households registered of resident */
    ANTQ_FACT_HOUSEHOLDS_COMMITTED = 6,  /**< households that signed the commitment (23/2012) */
    ANTQ_FACT_STAFF_BRIEFED = 7,       /**< staff briefed of total */
    ANTQ_FACT_LEARNERS_BRIEFED = 8,    /**< learners briefed of total */
    ANTQ_FACT_STAFF_COMMITTED = 9,     /**< staff who signed the commitment (23/2012) */
    ANTQ_FACT_LEARNERS_COMMITTED = 10, /**< learners who signed the commitment (23/2012) */
    ANTQ_FACT_RULE_TOPICS = 11,        /**< internal-rule topics present of those required */
    ANTQ_FACT_EFFECTIVE_MODELS = 12,   /**< effective movement models */
    ANTQ_FACT_IMPLEMENTS_POLICY = 13,  /**< fully implements policy and law */
    ANTQ_FACT_PARENT_BOARD = 14,       /**< coordination with the parents' board */
    ANTQ_FACT_EVENTS = 15,             /**< events of the listed kinds in the period */
    ANTQ_FACT_TREND_CRIMES = 16,       /**< crimes vs previous year */
    ANTQ_FACT_TREND_SOCIAL_EVILS = 17, /**< social-evil cases vs previous year */
    ANTQ_FACT_TREND_OTHER = 18,        /**< other violations vs previous year */
    ANTQ_FACT_SUPERVISION = 19,        /**< supervision of persons under management effective */
    ANTQ_FACT_GRASSROOTS_RATING = 20,  /**< rating of the grassroots security team */
    ANTQ_FACT_DISCIPLINED = 21,        /**< members of a role disciplined at or above a level */
    ANTQ_FACT_POLICE_EFFECTIVE = 22,   /**< commune police effective */
    ANTQ_FACT_MEMBERS_REGISTERED = 23, /**< member units registered of the pool */
    ANTQ_FACT_MEMBERS_CERTIFIED = 24,  /**< member units certified of the pool */
    ANTQ_FACT_PROTECTION_STANDING = 25, /**< protection force title or rating */
    ANTQ_FACT_SUBUNITS_QUALIFIED = 26, /**< subordinate units with the title or rating */
    ANTQ_FACT_SCOPE_ARMED_FORCES = 27, /**< unit of the armed forces */
    ANTQ_FACT_SCOPE_SMALL_ENTERPRISE = 28, /**< small or micro enterprise */
    ANTQ_FACT_SCOPE_PRIMARY_PRESCHOOL = 29, /**< primary school, kindergarten or nursery */
    ANTQ_FACT_EXTRA = 30,              /**< a provincial extra criterion */
    ANTQ_FACT_POLICE_ADVANCED = 31,    /**< police and neighbourhood protection hold "Advanced unit" (23/2012) */
    ANTQ_FACT_COORDINATION_PLAN = 32,  /**< coordination plan with government and police (23/2012) */
    ANTQ_FACT_PARTY_ORG = 33,          /**< whether a Party organisation exists (decides if a resolution is required) */
    ANTQ_FACT_EMULATION_ELIGIBLE = 34, /**< whether the unit is eligible for emulation rating (N6) */
    ANTQ_FACT_SAFE_STANDARD = 35,      /**< the unit's verdict under the "Safe in security and order" standard
                                            (value: #antq_verdict; subject: the first criterion that failed or is unknown) */
    ANTQ_FACT_ANSWER = 36,             /**< a content the library cannot check, answered by the caller in the
                                            evidence's extra answers under the criterion id (subject) */
    ANTQ_FACT_SCOPE_URBAN = 37,        /**< the unit is a ward or town (value: #antq_commune_type) */
    ANTQ_FACT_DELEGATION = 38,         /**< a delegation of recognition (Art. 10.5): detail = #antq_delegation_issue,
                                            value = from level, total = to level, threshold_num = the recognition
                                            decision date it was checked on, date = its own decision date,
                                            subject = its reference */
    ANTQ_FACT_DECISION_BODY = 39,      /**< the body that issued the recognition decision: value = that
                                            #antq_authority_body, total = the competent one */
    ANTQ_FACT_DECISION_DATE = 40,      /**< the date of the recognition decision (value, date) against the
                                            deadline (threshold_den: the last day in time) */
    ANTQ_FACT_EXTRA_EVENTS = 41        /**< events that fail a provincial extra criterion: detail = event kind,
                                            value = count, subject = the criterion id */
} antq_fact_kind;

/** One compared fact inside a check. Borrowed from its #antq_result. */
typedef struct antq_fact {
    int32_t kind;          /**< #antq_fact_kind */
    int32_t outcome;       /**< #antq_outcome of this fact */
    int32_t op;            /**< #antq_op the requirement uses */
    int32_t detail;        /**< event kind (#ANTQ_FACT_EVENTS), role (#ANTQ_FACT_DISCIPLINED), rating … */
    int64_t value;         /**< the measured value (count, date, rating, 0/1); -1 if unknown */
    int64_t total;         /**< the reference: denominator, previous-year count, required mask; -1 if none */
    int64_t threshold_num; /**< requirement numerator (70 for 70%), minimum count, date-window start */
    int64_t threshold_den; /**< requirement denominator (100 for a percentage), date-window end */
    int64_t gap;           /**< how much must change to pass (households, units, cases); 0 when passing, -1 if not numeric */
    int32_t date;          /**< date of the deciding event, 0 if none */
    int32_t level;         /**< discipline or severity level the fact refers to, 0 if none */
    const char *missing;   /**< when UNKNOWN: the evidence field that is missing (e.g. "households_registered") */
    const char *subject;   /**< unit id or extra-criterion id the fact is about, or NULL */
} antq_fact;

/** The check of one criterion. Borrowed from its #antq_result. */
typedef struct antq_check {
    const antq_criterion *criterion; /**< the catalogue row (static) */
    int32_t outcome;                 /**< #antq_outcome: FAIL if any fact failed, else UNKNOWN if any unknown, else PASS;
                                          a scope rule (#ANTQ_CRITERION_SCOPE) that excludes the unit is EXCLUDED, never FAIL */
    int32_t reserved;                /**< zero */
    const antq_fact *facts;          /**< @ref n_facts facts */
    size_t n_facts;                  /**< number of facts */
} antq_check;

/** Accumulated results of the member units of one commune (Art. 5.4).
 *  Residential areas and other managed units are counted apart, so that the
 *  pool of the 70% rule (N2, #antq_pool_mode) and the residential-only pool of
 *  23/2012 can both be read from one roll-up. Initialise with
 *  antq_rollup_init() and feed it with antq_rollup_add(). */
typedef struct antq_rollup {
    uint32_t size;                /**< sizeof(antq_rollup) the caller was compiled with; set by antq_rollup_init() */
    int32_t reserved0;            /**< zero */
    const char *commune_id;       /**< the commune (borrowed) */
    int64_t ra_total;             /**< residential areas */
    int64_t ra_registered;        /**< of which registered */
    int64_t ra_registration_unknown; /**< of which registration is unknown */
    int64_t ra_certified;         /**< of which certified */
    int64_t ra_undetermined;      /**< of which undetermined */
    int64_t managed_total;        /**< agencies, enterprises, institutions under the commune's own or delegated management */
    int64_t managed_registered;   /**< of which registered */
    int64_t managed_registration_unknown; /**< of which registration is unknown */
    int64_t managed_certified;    /**< of which certified */
    int64_t managed_undetermined; /**< of which undetermined */
    int64_t uncertain_total;      /**< agencies, enterprises, institutions whose place in the pool is unknown
                                       (managing level or delegation not reported): they may or may not count */
    int64_t uncertain_registered; /**< of which registered */
    int64_t uncertain_registration_unknown; /**< of which registration is unknown */
    int64_t uncertain_certified;  /**< of which certified */
    int64_t uncertain_undetermined; /**< of which undetermined */
    int64_t not_eligible;         /**< members left out as not eligible (Art. 1.2) */
    int64_t outside_pool;         /**< members left out as recognised above the commune */
    int32_t year;                 /**< evaluation year of the members (set by the first antq_rollup_add) */
    int32_t reserved;             /**< zero */
} antq_rollup;

/** Opaque result of evaluating one unit. */
typedef struct antq_result antq_result;

/** Start an empty roll-up for a commune: every count zero and @c size set to
 *  sizeof(antq_rollup), which antq_rollup_add() and antq_evaluate() check
 *  (#ANTQ_EVERSION for a size they do not know). Accepts NULL rollup.
 *  Thread-safety: safe on distinct roll-ups.
 *  @param[out] rollup the caller's roll-up to initialise, or NULL
 *  @param commune_id the commune's id (borrowed: keep it alive while the
 *         roll-up is used); NULL accepts members of any parent */
ANTQ_API void antq_rollup_init(antq_rollup *rollup, const char *commune_id);

/** Count one member unit's result into the roll-up. Units recognised above
 *  the commune (managed by a higher level without a valid delegation one level
 *  down to the commune, Art. 10.5: the member's delegated_to_commune, or the
 *  delegation of the options its result applied) and units not eligible are
 *  counted as such and left out of the denominator (N2); units whose managing
 *  level or delegation is unknown are counted as uncertain members.
 *  @p member_result may be NULL (then the member counts as undetermined).
 *  All members must be results of the same evaluation year (#ANTQ_EINVAL otherwise).
 *  Thread-safety: one roll-up must not be fed from two threads at once.
 *  @param[in,out] rollup the commune's roll-up (from antq_rollup_init())
 *  @param member the member unit (borrowed; not a commune)
 *  @param member_evidence its evidence for the year (borrowed, may be NULL);
 *         read for the registration when @p member_result does not know it
 *  @param member_result its result from antq_evaluate() (borrowed, may be NULL)
 *  @param[out] err the error (path "/size", "/kind", "/parent" or "/year" of the member), or NULL
 *  @return #ANTQ_OK; #ANTQ_EVERSION when @p rollup->size is not a size this
 *  library knows (the roll-up was not started with antq_rollup_init());
 *  #ANTQ_EINVAL when @p rollup or @p member is NULL, the
 *  member is a commune or of unknown kind, its parent is not the roll-up's
 *  commune, or its year differs from the members already counted. */
ANTQ_API int antq_rollup_add(antq_rollup *rollup, const antq_unit *member, const antq_evidence *member_evidence,
                             const antq_result *member_result, antq_error *err);

/** Evaluate one unit for the year in @p ev (the rule set and period follow from
 *  the unit kind and the year, see antq_period_for()).
 *  @param[out] out new result; the caller owns it and frees it with antq_result_free().
 *         The result copies the unit's id and name and every fact; it borrows
 *         only the authority row of @p opts->authority_table, when one is given.
 *  @param unit the unit (borrowed for the call)
 *  @param ev its evidence (borrowed for the call)
 *  @param rollup for a commune: its members' roll-up (Art. 5.2, 5.4), or NULL to use the
 *         counts in @p ev; member territory events are read from @p territory_events
 *  @param territory_events events that happened elsewhere on the commune's territory
 *         (members' events), or NULL (borrowed for the call)
 *  @param n_territory_events number of @p territory_events
 *  @param opts options, or NULL for the defaults (antq_options_init()); checked on
 *         every call, a caller authority table and delegations included (cost
 *         grows with the square of their rows: antq_dataset_evaluate() and
 *         streams check their options once)
 *  @param[out] err where and why it failed, or NULL
 *  @return #ANTQ_OK; for an invalid unit or evidence the code of antq_unit_validate() or
 *  antq_evidence_validate() (#ANTQ_EINVAL, #ANTQ_EMISSING, #ANTQ_ERANGE, #ANTQ_EUTF8,
 *  #ANTQ_ECYCLE), @p err naming the field; #ANTQ_EVERSION or #ANTQ_ERANGE for bad options
 *  (path "/options/..."); #ANTQ_EINVAL for a roll-up given to a non-commune or of another
 *  year; #ANTQ_EVERSION for a roll-up whose @c size this library does not know; #ANTQ_ENORULES when no rule set governs the year; #ANTQ_ENOMEM. On failure *out
 *  is NULL and nothing the caller passed is modified.
 *  Thread-safety: safe on distinct outputs; reads only its arguments and the static catalogue. */
ANTQ_API int antq_evaluate(antq_result **out, const antq_unit *unit, const antq_evidence *ev,
                           const antq_rollup *rollup, const antq_event *territory_events,
                           size_t n_territory_events, const antq_options *opts, antq_error *err);

/** Evaluate one unit under a standard (#antq_standard): the rows of that
 *  standard in the catalogue, checked by the same evaluator as antq_evaluate()
 *  (which is this function with #ANTQ_STANDARD_SAFE). Rows that rest on the
 *  "Safe in security and order" result evaluate that standard first with the
 *  same arguments. Contents of a standard that the library cannot check are
 *  UNKNOWN unless the evidence answers them (#antq_extra_answer whose
 *  criterion_id is the row id); an unknown content never passes. A unit of a
 *  kind the standard has no rows for, or for which every row is not
 *  applicable, is #ANTQ_VERDICT_NOT_ELIGIBLE. The evaluation period and rule
 *  set of the result are those of the safe standard for the year.
 *  @param[out] out new result (free with antq_result_free()), NULL on failure
 *  @param standard an #antq_standard
 *  @param unit the unit (borrowed for the call)
 *  @param ev its evidence (borrowed for the call)
 *  @param rollup as for antq_evaluate()
 *  @param territory_events as for antq_evaluate()
 *  @param n_territory_events number of @p territory_events
 *  @param opts options, or NULL for the defaults
 *  @param[out] err where and why it failed, or NULL
 *  @return as antq_evaluate(); #ANTQ_EINVAL for an unknown @p standard;
 *  #ANTQ_ENORULES when the standard has rows for the unit's kind but none in
 *  force for the year. Thread-safety: as antq_evaluate(). */
ANTQ_API int antq_evaluate_standard(antq_result **out, int standard, const antq_unit *unit, const antq_evidence *ev,
                                    const antq_rollup *rollup, const antq_event *territory_events,
                                    size_t n_territory_events, const antq_options *opts, antq_error *err);

/** The standard a result was evaluated under.
 *  @param result the result (borrowed)
 *  @return an #antq_standard (#ANTQ_STANDARD_SAFE for antq_evaluate()); -1 for NULL. */
ANTQ_API int antq_result_standard(const antq_result *result);

/** Free a result and every check and fact it owns. Accepts NULL.
 *  @param result a result from antq_evaluate(), or NULL. Never free a result
 *         borrowed from an #antq_evaluation. */
ANTQ_API void antq_result_free(antq_result *result);

/* Result getters: pure reads of an immutable result; any number of threads may
 * read one result at once. Each accepts NULL and then returns 0 or NULL. */

/** The verdict of a result.
 *  @param result the result (borrowed)
 *  @return an #antq_verdict, or 0 for a NULL result. */
ANTQ_API int antq_result_verdict(const antq_result *result);
/** Id of the evaluated unit.
 *  @param result the result (borrowed)
 *  @return the id; Borrowed: valid until the result is freed. NULL for a NULL result. */
ANTQ_API const char *antq_result_unit_id(const antq_result *result);
/** Name of the evaluated unit.
 *  @param result the result (borrowed)
 *  @return the name, or NULL when the unit has none. Borrowed: valid until the result is freed. */
ANTQ_API const char *antq_result_unit_name(const antq_result *result);
/** Id of the evaluated unit's parent commune.
 *  @param result the result (borrowed)
 *  @return the parent id, or NULL when the unit has none. Borrowed: valid until the result is freed. */
ANTQ_API const char *antq_result_parent_id(const antq_result *result);
/** Kind of the evaluated unit.
 *  @param result the result (borrowed)
 *  @return an #antq_unit_kind, or 0 for a NULL result. */
ANTQ_API int antq_result_unit_kind(const antq_result *result);
/** Evaluation year.
 *  @param result the result (borrowed)
 *  @return the year Y, or 0 for a NULL result. */
ANTQ_API int antq_result_year(const antq_result *result);
/** The rule set applied.
 *  @param result the result (borrowed)
 *  @return the rule set (static), or NULL for a NULL result. */
ANTQ_API const antq_ruleset *antq_result_ruleset(const antq_result *result);
/** First day of the evaluation period.
 *  @param result the result (borrowed)
 *  @return the date (YYYYMMDD), or 0 for a NULL result. */
ANTQ_API int32_t antq_result_period_start(const antq_result *result);
/** Last day of the evaluation period.
 *  @param result the result (borrowed)
 *  @return the date (YYYYMMDD), or 0 for a NULL result. */
ANTQ_API int32_t antq_result_period_end(const antq_result *result);
/** Whether the unit registered for the year (used by roll-ups).
 *  @param result the result (borrowed)
 *  @return an #antq_tri; #ANTQ_UNKNOWN for a NULL result. */
ANTQ_API int antq_result_registered(const antq_result *result);
/** The authority that decides recognition.
 *  @param result the result (borrowed)
 *  @return the row, or NULL if none is known. Borrowed from the table given in
 *  the options (keep that table alive), or static. */
ANTQ_API const antq_authority_rule *antq_result_authority(const antq_result *result);
/** The delegation of recognition (Art. 10.5) that applied to the unit: the
 *  row of #antq_options.delegations, or the one a unit's
 *  #antq_unit.delegated_to_commune stands for (from its managing level to the
 *  commune). A delegation that is not valid on the decision date
 *  (antq_delegation_validate()) does not apply: the check C124-AUTH-05 then
 *  fails with the issue, and the authority stays with the managing level.
 *  @param result the result (borrowed)
 *  @return the delegation, or NULL when none applied (or for a NULL result).
 *  Borrowed: valid until the result is freed (its strings are borrowed from
 *  the options' table). */
ANTQ_API const antq_delegation *antq_result_delegation(const antq_result *result);
/** The level of government that recognises the unit (Art. 10), after any
 *  valid delegation (Art. 10.5): residential areas the commune, communes the
 *  level above, other units their managing level or the level delegated to.
 *  @param result the result (borrowed)
 *  @return an #antq_level; #ANTQ_LEVEL_UNKNOWN when not known or for a NULL result. */
ANTQ_API int antq_result_recognising_level(const antq_result *result);
/** Whether the result has a procedural irregularity: a failed check of role
 *  #ANTQ_CRITERION_PROCEDURE (an invalid delegation, C124-AUTH-05; a decision
 *  by a body without authority or after the deadline, C124-PROC-07). The
 *  verdict does not change.
 *  @param result the result (borrowed)
 *  @return 1 or 0 (0 for a NULL result). */
ANTQ_API int antq_result_irregular(const antq_result *result);
/** Number of checks (one per applicable criterion, scope rules first).
 *  @param result the result (borrowed)
 *  @return the count, 0 for a NULL result. */
ANTQ_API size_t antq_result_check_count(const antq_result *result);
/** One check of a result.
 *  @param result the result (borrowed)
 *  @param index 0 to antq_result_check_count() − 1
 *  @return check @p index, or NULL. Borrowed: valid until the result is freed. */
ANTQ_API const antq_check *antq_result_check(const antq_result *result, size_t index);
/** The check of one criterion.
 *  @param result the result (borrowed)
 *  @param criterion_id a catalogue id such as "C124-CW-04b" (the answers to
 *         provincial extra criteria are facts of the check "C124-PER-01")
 *  @return the check, or NULL when the criterion was not checked. Borrowed:
 *  valid until the result is freed. */
ANTQ_API const antq_check *antq_result_find(const antq_result *result, const char *criterion_id);

/** Stable name of an #antq_delegation_issue, as used in JSON output. Thread-safety: safe.
 *  @param issue an #antq_delegation_issue
 *  @return "valid", "level_missing", "kind_not_delegable", "not_a_committee",
 *  "not_downward", "more_than_one_level", "level_abolished"; "unknown"
 *  otherwise. Ownership: static string. */
ANTQ_API const char *antq_delegation_issue_name(int issue);

/** Stable name of a verdict, as used in JSON and CSV output. Thread-safety: safe.
 *  @param verdict an #antq_verdict
 *  @return "certified", "not_certified", "not_eligible", "undetermined";
 *  "unknown" otherwise. Ownership: static string. */
ANTQ_API const char *antq_verdict_name(int verdict);
/** Stable name of an outcome, as used in JSON and CSV output. Thread-safety: safe.
 *  @param outcome an #antq_outcome
 *  @return "pass", "fail", "not_applicable", "unknown", "excluded"; "unknown_outcome"
 *  otherwise. Ownership: static string. */
ANTQ_API const char *antq_outcome_name(int outcome);

/** One sentence that states a fact: what was measured and what is required,
 *  e.g. "registered 238 of 240 resident households; required: all".
 *  Thread-safety: safe.
 *  @param[out] out new NUL-terminated UTF-8 string; free with antq_free(). NULL on failure.
 *  @param fact a fact of a check (borrowed)
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument, unknown language), #ANTQ_ENOMEM. */
ANTQ_API int antq_fact_describe(char **out, const antq_fact *fact, int lang, antq_error *err);

/** The full explanation of a result in @p lang: the verdict, then every check
 *  with its outcome, its clause and its facts. Thread-safety: safe.
 *  @param[out] out new UTF-8 text; free with antq_free(). NULL on failure.
 *  @param result the result (borrowed)
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument, unknown language), #ANTQ_ENOMEM. */
ANTQ_API int antq_result_explain(char **out, const antq_result *result, int lang, antq_error *err);

/** "What would it take": the failed and unknown criteria with their clause and,
 *  where numeric, the gap ("2 more households must register"). Empty text
 *  (one line saying nothing is missing) for a certified or not-eligible unit.
 *  Thread-safety: safe.
 *  @param[out] out new UTF-8 text; free with antq_free(). NULL on failure.
 *  @param result the result (borrowed)
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument, unknown language), #ANTQ_ENOMEM. */
ANTQ_API int antq_result_what_it_takes(char **out, const antq_result *result, int lang, antq_error *err);

#ifdef __cplusplus
}
#endif
#endif
