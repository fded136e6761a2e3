/* libantq — the evidence of one unit for one evaluation year.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_EVIDENCE_H
#define ANTQ_EVIDENCE_H

#include "common.h"
#include "error.h"
#include "unit.h"

/** @file evidence.h
 * @brief What happened in a unit during its evaluation period: registration,
 * dated events of the closed lists of Art. 4.3, 4.4, 6.3 and 7.3–7.4, yearly
 * counts, ratings and discipline records. Everything starts unknown
 * (antq_evidence_init()); an unknown fact never counts as a pass. */

#ifdef __cplusplus
extern "C" {
#endif

/** Kind of a dated event. The comment names the clauses that list it. */
typedef enum antq_event_kind {
    ANTQ_EVENT_UNKNOWN = 0,             /**< not set: invalid in an event record */
    ANTQ_EVENT_ANTI_STATE = 1,          /**< activity against the Party/State, undermining unity (124 Art. 4.3.a) */
    ANTQ_EVENT_SABOTAGE = 2,            /**< sabotage of key economic, cultural, social, security-defence targets (4.3.b) */
    ANTQ_EVENT_UNLAWFUL_RELIGION = 3,   /**< unlawful propagation/development of beliefs or religions (4.3.c, 6.3.a) */
    ANTQ_EVENT_EXPLOITING_GRIEVANCES = 4, /**< exploiting belief, religion, ethnicity, disputes, complaints to destabilise (4.3.d, 6.3.b) */
    ANTQ_EVENT_SEPARATISM = 5,          /**< separatist activity, demands for autonomy (4.3.đ) */
    ANTQ_EVENT_PROLONGED_DISPUTE = 6,   /**< complicated, prolonged conflicts or disputes among the people (4.3.e) */
    ANTQ_EVENT_CROWD_INCITEMENT = 7,    /**< inciting crowds to complain or disturb order, abusing complaints (4.3.g, 6.3.c) */
    ANTQ_EVENT_UNLAWFUL_STRIKE = 8,     /**< unlawful strike or go-slow (6.3.d) */
    ANTQ_EVENT_CRIME = 9,               /**< a crime, with #antq_event.severity (4.4.b, 6.3.đ) */
    ANTQ_EVENT_STATE_SECRET_BREACH = 10, /**< breach of State-secret protection rules (6.3.e) */
    ANTQ_EVENT_SERIOUS_FIRE_EXPLOSION = 11, /**< serious fire or explosion (4.4.d, 6.3.g) */
    ANTQ_EVENT_FATAL_LABOUR_ACCIDENT = 12,  /**< labour accident with a death (4.4.d, 6.3.g) */
    ANTQ_EVENT_SERIOUS_INCIDENT = 13,   /**< serious incident as defined by law (4.4.d, 6.3.g) */
    ANTQ_EVENT_ENV_FOOD_VIOLATION = 14, /**< environment or food-safety violation with serious consequences (6.3.g) */
    ANTQ_EVENT_STAFF_ADMIN_SANCTION = 15, /**< staff member administratively sanctioned in the security-and-order field (6.3.h, N5 i) */
    ANTQ_EVENT_STAFF_SOCIAL_EVIL = 16,  /**< staff member with a social evil, with #antq_event.discipline (6.3.h, N5 ii) */
    ANTQ_EVENT_SCHOOL_VIOLENCE = 17,    /**< school violence (7.4) */
    ANTQ_EVENT_MEMBER_CRIME_OR_EVIL = 18, /**< staff, teacher or learner who committed a crime or has a social evil, with #antq_event.discipline (7.4; 23/2012 Art. 7.3) */
    ANTQ_EVENT_NEW_HOTSPOT = 19,        /**< a new complex social-order hotspot (4.4.c) */
    ANTQ_EVENT_NEW_SOCIAL_EVIL_PERSON = 20, /**< a new person engaged in social evils (4.4.c) */
    ANTQ_EVENT_HIGH_VALUE_THEFT = 21,   /**< theft of high-value assets (23/2012 Art. 7.3) */
    /* outside the closed lists of the circulars: no criterion of the standard reads them; a provincial extra
     * criterion (Art. 8.1) can, through #antq_extra_criterion.fails_on_events */
    ANTQ_EVENT_FATAL_TRAFFIC_ACCIDENT = 22, /**< road traffic accident with a death (not a labour accident, Art. 4.4.d) */
    ANTQ_EVENT_PROVINCIAL_INCIDENT = 23     /**< another incident a province lists in its extra criteria (the note says which) */
} antq_event_kind;

/** Number of event kinds including #ANTQ_EVENT_UNKNOWN. */
#define ANTQ_EVENT_KIND_COUNT 24

/** Bit of an event kind in an event mask. */
#define ANTQ_EVENT_BIT(kind) (1u << (unsigned)(kind))

/** Severity class of a crime (Penal Code Art. 9). */
typedef enum antq_crime_severity {
    ANTQ_SEVERITY_UNKNOWN = 0,              /**< not reported: the serious-crime items (4.4.b, 6.3.đ) become unknown */
    ANTQ_SEVERITY_LESS_SERIOUS = 1,         /**< ít nghiêm trọng */
    ANTQ_SEVERITY_SERIOUS = 2,              /**< nghiêm trọng */
    ANTQ_SEVERITY_VERY_SERIOUS = 3,         /**< rất nghiêm trọng */
    ANTQ_SEVERITY_PARTICULARLY_SERIOUS = 4  /**< đặc biệt nghiêm trọng */
} antq_crime_severity;

/** Discipline forms as an ordinal (N4): none < reprimand < (labour-code
 *  deferral) < warning < heavier forms. */
typedef enum antq_discipline_level {
    ANTQ_DISCIPLINE_UNKNOWN = -1,         /**< not reported (events only; antq_event_init() sets it) */
    ANTQ_DISCIPLINE_NONE = 0,             /**< not disciplined */
    ANTQ_DISCIPLINE_REPRIMAND = 1,        /**< khiển trách */
    ANTQ_DISCIPLINE_PAY_RISE_DEFERRAL = 2, /**< labour code: extension of the pay-rise period (counts as warning or not: #antq_options.deferral_is_warning) */
    ANTQ_DISCIPLINE_WARNING = 3,          /**< cảnh cáo */
    ANTQ_DISCIPLINE_SALARY_REDUCTION = 4, /**< hạ bậc lương */
    ANTQ_DISCIPLINE_DEMOTION = 5,         /**< giáng chức */
    ANTQ_DISCIPLINE_REMOVAL = 6,          /**< cách chức */
    ANTQ_DISCIPLINE_DISMISSAL = 7         /**< buộc thôi việc, sa thải */
} antq_discipline_level;

/** Whose discipline a record concerns. */
typedef enum antq_role {
    ANTQ_ROLE_UNKNOWN = 0,          /**< not set: invalid in a discipline record */
    ANTQ_ROLE_GRASSROOTS_TEAM = 1,  /**< member of the grassroots security team (Art. 4.5) */
    ANTQ_ROLE_COMMUNE_POLICE = 2,   /**< commune police officer (Art. 5.3) */
    ANTQ_ROLE_PROTECTION_FORCE = 3, /**< member of the unit's protection force (Art. 6.4, 7.5) */
    ANTQ_ROLE_SUBUNIT = 4,          /**< member of a subordinate unit (Art. 6.5, 7.6) */
    ANTQ_ROLE_NEIGHBOURHOOD_PROTECTION = 5 /**< neighbourhood protection (bảo vệ dân phố; 23/2012 Art. 6.3) */
} antq_role;

/** Rating of a force or collective for the year. */
typedef enum antq_rating {
    ANTQ_RATING_UNKNOWN = 0,        /**< not reported */
    ANTQ_RATING_NOT_COMPLETED = 1,  /**< không hoàn thành nhiệm vụ */
    ANTQ_RATING_COMPLETED = 2,      /**< hoàn thành nhiệm vụ */
    ANTQ_RATING_COMPLETED_WELL = 3, /**< hoàn thành tốt nhiệm vụ */
    ANTQ_RATING_EXCELLENT = 4       /**< hoàn thành xuất sắc nhiệm vụ */
} antq_rating;

/** Topics of internal rules (bit flags for #antq_evidence.rule_topics). */
typedef enum antq_rule_topic {
    ANTQ_TOPIC_UNIT_PROTECTION = 1 << 0,     /**< bảo vệ cơ quan/doanh nghiệp/cơ sở giáo dục */
    ANTQ_TOPIC_STATE_SECRETS = 1 << 1,       /**< bảo vệ bí mật nhà nước */
    ANTQ_TOPIC_INTERNAL_POLITICS = 1 << 2,   /**< bảo vệ chính trị nội bộ */
    ANTQ_TOPIC_LABOUR_SAFETY = 1 << 3,       /**< an toàn lao động */
    ANTQ_TOPIC_FIRE_PREVENTION = 1 << 4,     /**< phòng chống cháy, nổ */
    ANTQ_TOPIC_ENVIRONMENT = 1 << 5,         /**< bảo vệ môi trường */
    ANTQ_TOPIC_LEARNER_MANAGEMENT = 1 << 6   /**< quản lý, giáo dục người học (Art. 7.1) */
} antq_rule_topic;

/** One dated event in or near the evaluation period. */
typedef struct antq_event {
    int32_t date;          /**< required, YYYYMMDD; events outside the period are ignored (C124-PER-04) */
    int32_t kind;          /**< #antq_event_kind, required */
    int32_t severity;      /**< #antq_crime_severity, crimes only */
    int32_t discipline;    /**< #antq_discipline_level, for #ANTQ_EVENT_STAFF_SOCIAL_EVIL and #ANTQ_EVENT_MEMBER_CRIME_OR_EVIL */
    int32_t force_majeure; /**< #antq_tri: caused by force majeure (bất khả kháng); an excuse only where the law gives it (N3) */
    int32_t handled_promptly; /**< #antq_tri: promptly detected, contained and reported at once (Art. 4.4.b, 6.3.đ) */
    const char *unit_id;   /**< borrowed, may be NULL: where it happened (for territory events of a commune) */
    const char *note;      /**< borrowed, may be NULL: free text */
} antq_event;

/** One discipline decision against a person of the named role. */
typedef struct antq_discipline {
    int32_t date;   /**< required, YYYYMMDD */
    int32_t role;   /**< #antq_role, required */
    int32_t level;  /**< #antq_discipline_level, required (> NONE) */
    int32_t reserved; /**< zero */
} antq_discipline;

/** Whether a unit met one provincial extra criterion (Art. 8.1). */
typedef struct antq_extra_answer {
    const char *criterion_id; /**< borrowed: an #antq_extra_criterion.id */
    int32_t met;              /**< #antq_tri */
    int32_t reserved;         /**< zero */
} antq_extra_answer;

/** The evidence of one unit for one evaluation year. Counts use
 *  #ANTQ_COUNT_UNKNOWN, dates #ANTQ_DATE_UNKNOWN, yes/no facts #ANTQ_UNKNOWN
 *  when not reported. Arrays are borrowed from the caller. */
typedef struct antq_evidence {
    int32_t year;                   /**< evaluation year Y (required) */
    /* registration (Art. 4.1, 5.1, 6.1, 7.1; 9.2.a) */
    int32_t registered;             /**< #antq_tri: registered for the standard this year */
    int32_t registration_date;      /**< date of the registration */
    int32_t party_resolution_date;  /**< date of the Party resolution (cell, committee or organisation) */
    int32_t plan_date;              /**< date of the security-and-order plan */
    int64_t households_resident;    /**< RA: households residing in the area */
    int64_t households_registered;  /**< RA: households that registered (124 Art. 4.1) */
    int64_t households_committed;   /**< RA: households that signed the emulation commitment (23/2012 Art. 5) */
    int64_t staff_total;            /**< AG/EN/EI: officials, employees, workers (and teachers) */
    int64_t staff_briefed;          /**< briefed on the rules and criteria (124 Art. 6.1, 7.1) */
    int64_t staff_committed;        /**< signed the emulation commitment (23/2012 Art. 7.1, 8) */
    int64_t learners_total;         /**< EI: learners (under 23/2012: from lower-secondary level up) */
    int64_t learners_briefed;       /**< EI: learners briefed (124 Art. 7.1) */
    int64_t learners_committed;     /**< EI: learners who signed the commitment (23/2012 Art. 8) */
    int32_t rule_topics;            /**< bit set of #antq_rule_topic present; -1 unknown */
    int32_t decision_date;          /**< date of the recognition decision for the year (Art. 9.1; C124-PROC-07),
                                         #ANTQ_DATE_UNKNOWN when not recorded */
    int64_t effective_models;       /**< movement models working effectively (Art. 5.1, 6.1, 7.1) */
    int32_t implements_policy;      /**< #antq_tri: fully implements Party/State policy, law and local rules (4.2, 6.2, 7.2) */
    int32_t parent_board_coordination; /**< #antq_tri: EI general education: coordination with the parents' board (7.2) */
    int32_t supervision_effective;  /**< #antq_tri: supervision of persons under management is effective (4.4.c) */
    int32_t police_effective;       /**< #antq_tri: commune police grasp the situation and advise effectively (5.3) */
    int32_t police_advanced_unit;   /**< #antq_tri: police and neighbourhood protection hold "Advanced unit" (23/2012 Art. 6.3) */
    int32_t coordination_plan;      /**< #antq_tri: coordination plan with local government and police (23/2012 Art. 7.2) */
    /* yearly counts (Art. 4.4.a) for Y and Y−1 */
    int64_t crimes;                 /**< crimes in the period */
    int64_t crimes_prev;            /**< crimes in the previous period */
    int64_t social_evils;           /**< social-evil cases */
    int64_t social_evils_prev;      /**< social-evil cases, previous period */
    int64_t other_violations;       /**< other law violations */
    int64_t other_violations_prev;  /**< other law violations, previous period */
    /* forces and collectives */
    int32_t grassroots_rating;      /**< #antq_rating of the grassroots security team (Art. 4.5) */
    int32_t protection_rating;      /**< #antq_rating of the protection force (Art. 6.4, 7.5) */
    int32_t protection_advanced_title; /**< #antq_tri: protection force holds "Advanced labour collective" */
    int32_t decision_body;          /**< #antq_authority_body that issued the recognition decision
                                         (C124-PROC-07), #ANTQ_BODY_UNKNOWN (0) when not recorded */
    int64_t subunits_total;         /**< subordinate units (Art. 6.5, 7.6) */
    int64_t subunits_qualified;     /**< of which hold the title or "completed tasks well" or better */
    /* commune roll-up counts, used only when no member results are supplied (Art. 5.4) */
    int64_t members_total;          /**< units under the commune's management (pool, N2) */
    int64_t members_registered;     /**< of which registered */
    int64_t members_certified;      /**< of which certified */
    /* lists */
    int32_t events_recorded;        /**< #antq_tri: YES when @ref events is the complete list for the period */
    int32_t disciplines_recorded;   /**< #antq_tri: YES when @ref disciplines is the complete list */
    const antq_event *events;       /**< borrowed array of @ref n_events events */
    size_t n_events;                /**< number of events */
    const antq_discipline *disciplines; /**< borrowed array of @ref n_disciplines records */
    size_t n_disciplines;           /**< number of discipline records */
    const antq_extra_answer *extra; /**< borrowed answers to provincial extra criteria */
    size_t n_extra;                 /**< number of answers */
} antq_evidence;

/** Set every fact of @p ev to unknown, every array to empty, year to 0.
 *  Accepts NULL.
 *  @param[out] ev the caller's record to initialise, or NULL. */
ANTQ_API void antq_evidence_init(antq_evidence *ev);

/** Set an event to: unknown kind, no date, unknown flags. Accepts NULL.
 *  @param[out] event the caller's record to initialise, or NULL. */
ANTQ_API void antq_event_init(antq_event *event);

/** Set a discipline record to: no date, unknown role, no level. Accepts NULL.
 *  Thread-safety: safe.
 *  @param[out] d the caller's record, or NULL. */
ANTQ_API void antq_discipline_init(antq_discipline *d);

/** Set an extra-criterion answer to: no criterion, met unknown. Accepts NULL.
 *  Thread-safety: safe.
 *  @param[out] a the caller's record, or NULL. */
ANTQ_API void antq_extra_answer_init(antq_extra_answer *a);

/** Check evidence against its unit: year set; counts either unknown or ≥ 0;
 *  parts not above their totals (registered ≤ resident households …); dates
 *  valid; enum values in range; every event and discipline record complete.
 *  @param ev the evidence to check (borrowed)
 *  @param unit the unit it belongs to (borrowed)
 *  @param[out] err where and why it is invalid, or NULL
 *  @return #ANTQ_OK or an error code (#ANTQ_EINVAL, #ANTQ_EMISSING,
 *  #ANTQ_ERANGE, #ANTQ_EUTF8) with @p err naming the field
 *  (e.g. "/events/2/date"). Does not modify anything. Thread-safety: safe. */
ANTQ_API int antq_evidence_validate(const antq_evidence *ev, const antq_unit *unit, antq_error *err);

/** Stable lower-case name of an event kind, as used in the JSON format.
 *  Thread-safety: safe.
 *  @param kind an #antq_event_kind
 *  @return "crime", "school_violence" …; "unknown" otherwise. Ownership: static string. */
ANTQ_API const char *antq_event_kind_name(int kind);

/** Parse an event-kind name produced by antq_event_kind_name(). Thread-safety: safe.
 *  @param name the name (NUL-terminated, borrowed), or NULL
 *  @return the #antq_event_kind, or #ANTQ_EVENT_UNKNOWN if none matches. */
ANTQ_API int antq_event_kind_from_name(const char *name);

#ifdef __cplusplus
}
#endif
#endif
