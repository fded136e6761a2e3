/* libantq — the criteria catalogue, rule sets, evaluation periods and the
 * authority table. All read-only, static, shared by every thread.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_CRITERIA_H
#define ANTQ_CRITERIA_H

#include "common.h"
#include "error.h"

/** @file criteria.h
 * @brief One catalogue: every criterion with its citation, validity dates,
 * unit kinds and texts. The evaluator, renderers, CLI and bindings read
 * thresholds from here and never re-encode them. */

#ifdef __cplusplus
extern "C" {
#endif

/** Open end of a validity interval. */
#define ANTQ_DATE_OPEN 29991231

/** Status of a rule in the domain specification (rules.md §0). */
typedef enum antq_rule_status {
    ANTQ_STATUS_VERIFIED = 'V',   /**< verified against the full article text */
    ANTQ_STATUS_SECONDARY = 'S',  /**< verified only from a secondary source */
    ANTQ_STATUS_DERIVED = 'D',    /**< a modelling decision (configurable) */
    ANTQ_STATUS_UNVERIFIED = 'U'  /**< plausible but unverified (configurable) */
} antq_rule_status;

/** What a catalogue row decides. */
typedef enum antq_criterion_role {
    ANTQ_CRITERION_SCOPE = 1,     /**< a scope rule (Art. 1.2): not meeting it is #ANTQ_OUTCOME_EXCLUDED (the unit is not eligible); op is NONE */
    ANTQ_CRITERION_STANDARD = 2,  /**< a criterion of the standard: failing it means not certified */
    ANTQ_CRITERION_PROCEDURE = 3  /**< a rule of procedure or authority (Art. 9–10): FAIL is a procedural
                                       irregularity reported beside the verdict, never a change of verdict */
} antq_criterion_role;

/** How a measured value is compared with its requirement. */
typedef enum antq_op {
    ANTQ_OP_NONE = 0,      /**< no single comparison (scope rules, compound rows) */
    ANTQ_OP_GE = 1,        /**< value ≥ threshold ("từ X% trở lên", "ít nhất") */
    ANTQ_OP_GT = 2,        /**< value > threshold ("trên X%", "hơn") */
    ANTQ_OP_LE = 3,        /**< value ≤ threshold ("không quá", "tối đa") */
    ANTQ_OP_LT = 4,        /**< value < threshold ("dưới") */
    ANTQ_OP_EQ_ALL = 5,    /**< value = total ("100%", "tất cả") */
    ANTQ_OP_ZERO = 6,      /**< value = 0 ("không có", "không để xảy ra") */
    ANTQ_OP_TRUE = 7,      /**< a yes/no fact must be yes */
    ANTQ_OP_IN_RANGE = 8   /**< a date must fall in [threshold_lo, threshold_hi] */
} antq_op;

/** A rule set: one legal instrument in force over an interval. */
typedef struct antq_ruleset {
    const char *id;          /**< "124/2021/TT-BCA" */
    const char *title_vi;    /**< Vietnamese title */
    const char *title_en;    /**< English title */
    int32_t valid_from;      /**< first day in force (YYYYMMDD) */
    int32_t valid_to;        /**< last day in force, #ANTQ_DATE_OPEN if still in force */
    int32_t signed_on;       /**< date of issue */
    int32_t reserved;        /**< zero */
} antq_ruleset;

/** The legal citation of a criterion, as typed fields. */
typedef struct antq_citation {
    const char *instrument;  /**< e.g. "124/2021/TT-BCA" */
    int32_t article;         /**< article number (Điều) */
    int32_t clause;          /**< clause number (khoản), 0 for the whole article */
    const char *points;      /**< points (điểm) in Vietnamese letters, e.g. "a–g", or NULL */
} antq_citation;

/** One row of the catalogue (read-only view). */
typedef struct antq_criterion {
    const char *id;          /**< stable id, e.g. "C124-RA-01b" */
    int32_t role;            /**< #antq_criterion_role */
    int32_t status;          /**< #antq_rule_status */
    uint32_t kinds;          /**< mask of #ANTQ_KIND_BIT(kind) it applies to */
    int32_t valid_from;      /**< first day of evaluation periods it governs (by period end) */
    int32_t valid_to;        /**< last day, #ANTQ_DATE_OPEN if open */
    int32_t reserved;        /**< zero */
    antq_citation citation;  /**< instrument, article, clause, points */
    const char *text_vi;     /**< the criterion paraphrased in Vietnamese */
    const char *text_en;     /**< the criterion paraphrased in English */
    int32_t op;              /**< main comparison (#antq_op), ANTQ_OP_NONE for compound rows */
    int32_t reserved2;       /**< zero */
    int64_t threshold_num;   /**< numeric threshold numerator (e.g. 70), or count */
    int64_t threshold_den;   /**< denominator (100 for a percentage, 1 for a count) */
} antq_criterion;

/** Number of rows in the catalogue (every rule set). Thread-safety: safe.
 *  @return the row count; rows are indexed 0 to count − 1. */
ANTQ_API size_t antq_catalogue_count(void);

/** One row of the catalogue. Thread-safety: safe.
 *  @param index 0 to antq_catalogue_count() − 1
 *  @return row @p index, or NULL when out of range. Ownership: static, never freed. */
ANTQ_API const antq_criterion *antq_catalogue_get(size_t index);

/** Look a criterion up by id. Thread-safety: safe.
 *  @param id a criterion id such as "C124-RA-01b" (NUL-terminated, borrowed)
 *  @return the row with that id, or NULL. Ownership: static. */
ANTQ_API const antq_criterion *antq_catalogue_find(const char *id);

/** Whether a criterion governs a unit kind and period. Thread-safety: safe.
 *  @param c a catalogue row, or NULL
 *  @param kind an #antq_unit_kind
 *  @param period_end last day of the evaluation period (YYYYMMDD)
 *  @return 1 when @p c applies to @p kind for an evaluation period ending on
 *  @p period_end, else 0 (also for a NULL row or an unknown kind). */
ANTQ_API int antq_criterion_applies(const antq_criterion *c, int kind, int32_t period_end);

/** Write "Art. 4(3)(a–g), Circular 124/2021/TT-BCA" (English) or
 *  "điểm a–g khoản 3 Điều 4 Thông tư 124/2021/TT-BCA" (Vietnamese) into @p buf;
 *  an instrument that is not a circular (no "/TT-" in its number, e.g. a
 *  provincial decision in a caller's authority table) is named as given:
 *  "Art. 2(1), Quyết định 7/2025/QĐ-UBND".
 *  The text is truncated (and NUL-terminated) when @p size is too small.
 *  Buffer functions follow snprintf: the buffer and its size come first.
 *  Thread-safety: safe.
 *  @param[out] buf caller-owned buffer (may be NULL when @p size is 0)
 *  @param size size of @p buf in bytes
 *  @param c the citation (borrowed)
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return number of bytes that the full text needs (excluding the NUL), as
 *  snprintf does; negative on bad arguments. */
ANTQ_API int antq_citation_format(char *buf, size_t size, const antq_citation *c, int lang);

/** Number of rule sets (legal instruments) known to the library. Thread-safety: safe.
 *  @return the count; 2 (23/2012 and 124/2021) in this version. */
ANTQ_API size_t antq_ruleset_count(void);

/** One rule set, oldest first. Thread-safety: safe.
 *  @param index 0 to antq_ruleset_count() − 1
 *  @return rule set @p index, or NULL when out of range. Ownership: static. */
ANTQ_API const antq_ruleset *antq_ruleset_get(size_t index);

/** The rule set that governs a period ending on @p period_end (rules.md §2.1:
 *  23/2012 for periods ending before 10/02/2022, 124/2021 from then on).
 *  Thread-safety: safe.
 *  @param period_end last day of the evaluation period (YYYYMMDD)
 *  @return the rule set, or NULL when none was in force (before 18/06/2012).
 *  Ownership: static. */
ANTQ_API const antq_ruleset *antq_ruleset_for_date(int32_t period_end);

/** The evaluation period of a unit kind for evaluation year @p year
 *  (124/2021 Art. 8.2; 23/2012 Art. 9.2). The rule set is the one in force on
 *  the period's last day. Thread-safety: safe.
 *  @param[out] out_start first day of the period (may be NULL)
 *  @param[out] out_end last day of the period (may be NULL)
 *  @param[out] out_ruleset the governing rule set, static (may be NULL)
 *  @param kind an #antq_unit_kind
 *  @param year the evaluation year Y
 *  @param school_year_end_mmdd month*100+day on which a school year closes
 *         (23/2012 schools only; 0 means the default 31 May).
 *  @return #ANTQ_OK; #ANTQ_EINVAL for an unknown kind, a year outside 1901–2998
 *  or an impossible @p school_year_end_mmdd; #ANTQ_ENORULES when no rule set
 *  governs that year. The outputs are written only on success. */
ANTQ_API int antq_period_for(int32_t *out_start, int32_t *out_end, const antq_ruleset **out_ruleset, int kind,
                             int year, int school_year_end_mmdd);

/** A standard the catalogue's rows belong to: the "Safe in security and order"
 *  standard itself, or a standard of another instrument that reuses its result
 *  (rules.md §4). Every catalogue row belongs to exactly one. */
typedef enum antq_standard {
    ANTQ_STANDARD_SAFE = 0,            /**< "An toàn về an ninh, trật tự" (Circular 124/2021, 23/2012): the default */
    ANTQ_STANDARD_LEGAL_ACCESS = 1,    /**< legal-access indicator 5.4 (Decision 25/2021/QĐ-TTg; TCPL-01/02) */
    ANTQ_STANDARD_NEW_RURAL = 2,       /**< new-rural indicator 19.2 (Decision 318/QĐ-TTg; NTM-01…07) */
    ANTQ_STANDARD_CIVILIZED_URBAN = 3, /**< civilized-urban criterion 4 (Decision 04/2022/QĐ-TTg; DTVM-01…04) */
    ANTQ_STANDARD_TYPICAL_UNIT = 4     /**< typical units of the movement (Decision 9745/QĐ-BCA-V05; MOD-01…03) */
} antq_standard;

/** Number of standards (#antq_standard values 0 to ANTQ_STANDARD_COUNT − 1). */
#define ANTQ_STANDARD_COUNT 5

/** The standard a catalogue row belongs to. Thread-safety: safe.
 *  @param c a catalogue row (from antq_catalogue_get() or antq_catalogue_find()), or NULL
 *  @return an #antq_standard; -1 for NULL. */
ANTQ_API int antq_criterion_standard(const antq_criterion *c);

/** Stable name of a standard, as used on the command line and in JSON.
 *  Thread-safety: safe.
 *  @param standard an #antq_standard
 *  @return "safe", "legal-access", "new-rural-19.2", "civilized-urban-4",
 *  "typical-unit"; "unknown" otherwise. Ownership: static string. */
ANTQ_API const char *antq_standard_name(int standard);

/** Parse a standard name produced by antq_standard_name(). Thread-safety: safe.
 *  @param name the name (NUL-terminated, borrowed), or NULL
 *  @return the #antq_standard, or -1 when none matches. */
ANTQ_API int antq_standard_from_name(const char *name);

/** Title of a standard with its instrument, e.g. "Legal-access indicator 5.4
 *  (Decision 25/2021/QĐ-TTg)". Thread-safety: safe.
 *  @param standard an #antq_standard
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return the title, or NULL for an unknown standard or language. Ownership: static string. */
ANTQ_API const char *antq_standard_title(int standard, int lang);

/** Body that appraises or decides recognition (Art. 9–10, as amended). */
typedef enum antq_authority_body {
    ANTQ_BODY_UNKNOWN = 0,            /**< not known */
    ANTQ_BODY_COMMUNE_COMMITTEE = 1,  /**< chairman of the commune People's Committee */
    ANTQ_BODY_DISTRICT_COMMITTEE = 2, /**< chairman of the district People's Committee */
    ANTQ_BODY_PROVINCE_COMMITTEE = 3, /**< provincial People's Committee */
    ANTQ_BODY_MINISTER = 4,           /**< Minister of Public Security */
    ANTQ_BODY_COMMUNE_STEERING_OFFICE = 5,  /**< standing office of the commune Steering Committee (appraises, Art. 9.1.a) */
    ANTQ_BODY_DISTRICT_STEERING_OFFICE = 6, /**< standing office of the district Steering Committee (appraises, Art. 9.1.b–c) */
    ANTQ_BODY_PROVINCE_STEERING_OFFICE = 7, /**< standing office of the provincial Steering Committee (appraises, Art. 9.1.c) */
    ANTQ_BODY_DEPARTMENT_V05 = 8      /**< Department V05 of the Ministry of Public Security (appraises, Art. 9.1.d) */
} antq_authority_body;

/** One row of the date-keyed authority table. */
typedef struct antq_authority_rule {
    int32_t valid_from;      /**< first decision date the row governs */
    int32_t valid_to;        /**< last decision date, #ANTQ_DATE_OPEN if open */
    int32_t kind;            /**< #antq_unit_kind */
    int32_t managing_level;  /**< #antq_level, or #ANTQ_LEVEL_UNKNOWN for "any" */
    int32_t body;            /**< #antq_authority_body that decides */
    int32_t deadline_mmdd;   /**< decision must be made before this month*100+day of year Y; 0 = none known */
    int32_t status;          /**< #antq_rule_status of the row */
    int32_t appraiser;       /**< #antq_authority_body that appraises the dossier (Art. 9.1); 0 = not known */
    antq_citation citation;  /**< legal basis */
    const char *note_en;     /**< short English note (may be NULL) */
} antq_authority_rule;

/** Set an authority row to: valid from 1900-01-01, open-ended, unknown
 *  kind, level and body, status #ANTQ_STATUS_UNVERIFIED, no deadline, empty
 *  citation. Accepts NULL.
 *  Thread-safety: safe.
 *  @param[out] rule the caller's record, or NULL. */
ANTQ_API void antq_authority_rule_init(antq_authority_rule *rule);

/** Number of rows in the built-in authority table. Thread-safety: safe.
 *  @return the row count. */
ANTQ_API size_t antq_authority_count(void);

/** One row of the built-in authority table. Thread-safety: safe.
 *  @param index 0 to antq_authority_count() − 1
 *  @return row @p index, or NULL when out of range. Ownership: static. */
ANTQ_API const antq_authority_rule *antq_authority_get(size_t index);

/** Find the authority for a unit kind and the level that recognises it on
 *  @p decision_date in @p table (the built-in table when @p table is NULL).
 *  Pass the level after any delegation: Art. 10.5 moves recognition one level
 *  down (antq_evaluate() does this for a valid delegation, see
 *  antq_result_delegation()).
 *  The first matching row wins. Thread-safety: safe.
 *  @param table rows to search (borrowed), or NULL for the built-in table
 *  @param n number of rows in @p table (ignored when @p table is NULL)
 *  @param kind an #antq_unit_kind
 *  @param managing_level an #antq_level; rows with #ANTQ_LEVEL_UNKNOWN match any level
 *  @param decision_date the date of the decision (YYYYMMDD)
 *  @return the row (borrowed from @p table, or static), or NULL when none matches. */
ANTQ_API const antq_authority_rule *antq_authority_find(const antq_authority_rule *table, size_t n,
                                                        int kind, int managing_level,
                                                        int32_t decision_date);

/** Stable name of an authority body. Thread-safety: safe.
 *  @param body an #antq_authority_body
 *  @return "commune_committee", "district_committee", "province_committee",
 *  "minister", "commune_steering_office", "district_steering_office",
 *  "province_steering_office", "department_v05"; "unknown" otherwise.
 *  Ownership: static string. */
ANTQ_API const char *antq_authority_body_name(int body);

/** Parse a body name produced by antq_authority_body_name(). Thread-safety: safe.
 *  @param name the name (NUL-terminated, borrowed), or NULL
 *  @return the #antq_authority_body, or #ANTQ_BODY_UNKNOWN if none matches. */
ANTQ_API int antq_authority_body_from_name(const char *name);

/** Check an authority table as the built-in one is built: every row with a
 *  real date interval (valid_from ≤ valid_to), a known unit kind, a level
 *  (#antq_level, 0 = any), a known deciding body (appraiser 0 or known), a
 *  deadline that is 0 or a real month and day, a status V/S/D/U and a citation
 *  naming its instrument; and, for every unit kind and level, no two rows
 *  governing the same day (overlap) and no day left out between the first and
 *  the last day the kind is governed (gap). Thread-safety: safe.
 *  @param table the rows (borrowed)
 *  @param n the number of rows
 *  @param[out] err the first problem, with the path "/authority/ROW/FIELD", or NULL
 *  @return #ANTQ_OK; #ANTQ_EINVAL (NULL table with rows, an empty table),
 *  #ANTQ_ERANGE (a bad value, an overlap, a gap, or more than 4096 rows). */
ANTQ_API int antq_authority_table_validate(const antq_authority_rule *table, size_t n, antq_error *err);

/** What is wrong with a delegation of recognition (Art. 10.5, C124-AUTH-05). */
typedef enum antq_delegation_issue {
    ANTQ_DELEGATION_VALID = 0,              /**< one level down, of delegable units, between levels that exist */
    ANTQ_DELEGATION_LEVEL_MISSING = 1,      /**< the delegating or receiving level is not given */
    ANTQ_DELEGATION_KIND_NOT_DELEGABLE = 2, /**< residential areas and communes cannot be delegated (only agencies,
                                                 enterprises and educational institutions) */
    ANTQ_DELEGATION_NOT_A_COMMITTEE = 3,    /**< the Ministry of Public Security is not a People's Committee */
    ANTQ_DELEGATION_NOT_DOWNWARD = 4,       /**< the receiving level is not below the delegating one */
    ANTQ_DELEGATION_MORE_THAN_ONE_LEVEL = 5, /**< more than one level down (e.g. province to commune before 1/7/2025) */
    ANTQ_DELEGATION_LEVEL_ABOLISHED = 6     /**< the district level no longer exists on the date (from 1/7/2025, R25-02) */
} antq_delegation_issue;

/** A delegation of recognition one level down (Art. 10.5): a People's
 *  Committee lets the committee one level below recognise agencies,
 *  enterprises or educational institutions located in its area. Start from
 *  antq_delegation_init(). Strings are UTF-8 and borrowed. */
typedef struct antq_delegation {
    int32_t from_level;    /**< #antq_level of the committee that delegates (district or province) */
    int32_t to_level;      /**< #antq_level of the committee that receives (one level below) */
    uint32_t kinds;        /**< mask of #ANTQ_KIND_BIT(kind) of the units delegated */
    int32_t decision_date; /**< date of the delegating decision (YYYYMMDD), #ANTQ_DATE_UNKNOWN if not known;
                                the delegation applies to recognition decisions from that day on */
    const char *decision;  /**< reference of the delegating decision, e.g. "Quyết định 12/2023/QĐ-UBND" (may be NULL) */
    const char *unit_id;   /**< the one unit delegated, or NULL: every unit of @ref kinds managed at @ref from_level */
} antq_delegation;

/** Set a delegation to: no levels, no kinds, no date, no reference, every unit.
 *  Accepts NULL.
 *  @param[out] d the caller's record to initialise, or NULL. */
ANTQ_API void antq_delegation_init(antq_delegation *d);

/** Check a delegation against Art. 10.5 (C124-AUTH-05) on a date: only
 *  agencies, enterprises and educational institutions; from a People's
 *  Committee (district or province) to the level exactly one below on that
 *  date (province → district and district → commune before 1/7/2025; province
 *  → commune from 1/7/2025, when the district level no longer exists).
 *  Thread-safety: safe.
 *  @param[out] out_issue the #antq_delegation_issue found (may be NULL)
 *  @param d the delegation (borrowed)
 *  @param on_date the date of the recognition decision it would apply to
 *         (YYYYMMDD), or 0 to use @p d's own decision date; when both are
 *         unknown, the rules that depend on the date are not checked
 *  @param[out] err what is wrong, with the path "/from", "/to" or "/kinds", or NULL
 *  @return #ANTQ_OK for a valid delegation; #ANTQ_EINVAL for a NULL @p d;
 *  #ANTQ_EMISSING when a level is not given; #ANTQ_ERANGE for any other issue. */
ANTQ_API int antq_delegation_validate(int *out_issue, const antq_delegation *d, int32_t on_date, antq_error *err);

#ifdef __cplusplus
}
#endif
#endif
