/* libantq — festival campaigns (19 August) and the provincial plans with
 * their tasks and measurable targets.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_PLAN_H
#define ANTQ_PLAN_H

#include "common.h"
#include "error.h"
#include "evaluate.h"
#include "dataset.h"
#include "pipeline.h"

/** @file plan.h
 * @brief The festival day "Ngày hội toàn dân bảo vệ an ninh Tổ quốc"
 * (Decision 521/QĐ-TTg, 19 August) and the yearly plans (kế hoạch) with the
 * five-task pattern and target indicators (chỉ tiêu), evaluated against a
 * year's certification results (rules.md §5, §7). */

#ifdef __cplusplus
extern "C" {
#endif

/** Year of the first festival (19/8/2005, Decision 521/QĐ-TTg of 13/6/2005). */
#define ANTQ_FESTIVAL_FIRST_YEAR 2005

/** Ordinal of the festival held in a year (FEST-06). Thread-safety: safe.
 *  @param year the year
 *  @return 2005 → 1, 2024 → 20, 2025 → 21; 0 for a year before 2005. */
ANTQ_API int antq_festival_ordinal(int year);

/** Level at which a festival is held (FEST-05). */
typedef enum antq_festival_level {
    ANTQ_FESTIVAL_LEVEL_UNKNOWN = 0,          /**< not set: invalid in a festival record */
    ANTQ_FESTIVAL_LEVEL_PROVINCE = 1,         /**< held by the province (its host need not be in the dataset) */
    ANTQ_FESTIVAL_LEVEL_COMMUNE = 2,          /**< held by a commune, ward or town */
    ANTQ_FESTIVAL_LEVEL_RESIDENTIAL_AREA = 3, /**< held by a residential area */
    ANTQ_FESTIVAL_LEVEL_AGENCY = 4,           /**< held by an agency */
    ANTQ_FESTIVAL_LEVEL_ENTERPRISE = 5,       /**< held by an enterprise */
    ANTQ_FESTIVAL_LEVEL_EDUCATIONAL_INSTITUTION = 6 /**< held by an educational institution */
} antq_festival_level;

/** Part of the festival an activity belongs to (FEST-03). */
typedef enum antq_festival_part {
    ANTQ_PART_UNKNOWN = 0,  /**< not reported */
    ANTQ_PART_CEREMONY = 1, /**< phần Lễ: review of the movement, commendation */
    ANTQ_PART_FESTIVAL = 2  /**< phần Hội: contests, sport, culture */
} antq_festival_part;

/** Kind of festival activity (FEST-02, seed article). */
typedef enum antq_activity_kind {
    ANTQ_ACTIVITY_UNKNOWN = 0,            /**< not set: invalid in an activity record */
    ANTQ_ACTIVITY_MEETING = 1,            /**< mít tinh, hội nghị gặp mặt */
    ANTQ_ACTIVITY_TRADITIONAL_TALK = 2,   /**< nói chuyện truyền thống */
    ANTQ_ACTIVITY_MOVEMENT_REVIEW = 3,    /**< tổng kết, đánh giá phong trào */
    ANTQ_ACTIVITY_COMMENDATION = 4,       /**< khen thưởng */
    ANTQ_ACTIVITY_CULTURAL_EXCHANGE = 5,  /**< giao lưu văn hóa, văn nghệ */
    ANTQ_ACTIVITY_SPORT = 6,              /**< thi đấu thể thao, trò chơi dân gian */
    ANTQ_ACTIVITY_LAW_CONTEST = 7,        /**< thi tìm hiểu pháp luật */
    ANTQ_ACTIVITY_GIFT_VISIT = 8,         /**< thăm hỏi, tặng quà gia đình chính sách, hoàn cảnh khó khăn */
    ANTQ_ACTIVITY_OTHER = 9               /**< any other activity */
} antq_activity_kind;

/** One activity of a festival. Strings borrowed. */
typedef struct antq_activity {
    int32_t kind;          /**< #antq_activity_kind, required */
    int32_t part;          /**< #antq_festival_part */
    int32_t date;          /**< YYYYMMDD, must fall inside the festival window */
    int32_t reserved;      /**< zero */
    int64_t participants;  /**< #ANTQ_COUNT_UNKNOWN when not reported */
    int64_t gifts;         /**< gifts given (gift visits) */
    int64_t gift_value_vnd; /**< their total value in đồng */
    const char *description; /**< UTF-8, may be NULL */
} antq_activity;

/** A collective or individual commended at the ceremony. Strings borrowed. */
typedef struct antq_commendation {
    const char *name;      /**< required, UTF-8 */
    int32_t collective;    /**< #antq_tri: YES collective, NO individual */
    int32_t reserved;      /**< zero */
    const char *form;      /**< e.g. "Giấy khen của Chủ tịch UBND tỉnh", may be NULL */
} antq_commendation;

/** One festival held by one unit in one year. Strings and arrays borrowed. */
typedef struct antq_festival {
    const char *id;          /**< required, unique in a campaign */
    const char *host_unit_id; /**< the unit that holds it (a province code for the province level) */
    int32_t year;            /**< required */
    int32_t level;           /**< #antq_festival_level, required */
    int32_t point_site;      /**< #antq_tri: a point site (tổ chức điểm) */
    int32_t window_start;    /**< first day of the festival window (often 1 July), YYYYMMDD */
    int32_t window_end;      /**< last day of the window (often 19 August) */
    int32_t held_on;         /**< the main day, inside the window */
    int64_t participants;    /**< total participants, or #ANTQ_COUNT_UNKNOWN */
    const antq_activity *activities;   /**< borrowed array of @ref n_activities activities */
    size_t n_activities;               /**< number of activities */
    const antq_commendation *commendations; /**< borrowed array of @ref n_commendations records */
    size_t n_commendations;            /**< number of commendations */
} antq_festival;

/** Status of a plan task. */
typedef enum antq_task_status {
    ANTQ_TASK_UNKNOWN = 0,     /**< not reported (judged as not done) */
    ANTQ_TASK_NOT_STARTED = 1, /**< not started */
    ANTQ_TASK_IN_PROGRESS = 2, /**< in progress */
    ANTQ_TASK_DONE = 3,        /**< done (on antq_task.completed_on) */
    ANTQ_TASK_CANCELLED = 4    /**< cancelled: never late */
} antq_task_status;

/** One task of a plan. Strings borrowed. */
typedef struct antq_task {
    const char *id;          /**< required, unique in the plan (e.g. "T1") */
    const char *content;     /**< required, UTF-8 */
    const char *lead;        /**< lead body (cơ quan chủ trì), may be NULL */
    const char *supporting;  /**< supporting bodies, "; "-separated, may be NULL */
    int32_t deadline;        /**< YYYYMMDD, or #ANTQ_DATE_UNKNOWN */
    int32_t status;          /**< #antq_task_status */
    int32_t completed_on;    /**< date done, when status is DONE */
    int32_t template_task;   /**< 1–5 when it is task T1–T5 of the built-in five-task pattern, else 0 */
    const char *evidence;    /**< progress evidence, may be NULL */
} antq_task;

/** What a target measures. */
typedef enum antq_metric {
    ANTQ_METRIC_UNKNOWN = 0,             /**< not set: invalid in a target */
    ANTQ_METRIC_SHARE_CERTIFIED = 1,     /**< certified / eligible units of the target's kinds */
    ANTQ_METRIC_SHARE_REGISTERED = 2,    /**< registered / eligible units of the target's kinds */
    ANTQ_METRIC_HOUSEHOLDS_REGISTERED = 3, /**< registered / resident households over residential areas */
    ANTQ_METRIC_COUNT_CERTIFIED = 4,     /**< number of certified units of the target's kinds */
    ANTQ_METRIC_FESTIVAL_HELD = 5,       /**< units of the target's kinds that held the festival / all such units */
    ANTQ_METRIC_POINT_SITES = 6,         /**< number of point-site festivals at the target's festival level */
    ANTQ_METRIC_COMMUNES_WITH_POINT_SITE = 7, /**< communes with ≥ 1 point site among their members / communes */
    ANTQ_METRIC_KEY_COMPLEX_COMMUNES = 8, /**< key complex communes remaining (reported value, NTM-06) */
    ANTQ_METRIC_NEW_RURAL_SECURITY = 9,  /**< communes meeting new-rural criterion 19.2 (reported value, NTM-02) */
    ANTQ_METRIC_REPORTED = 10            /**< any other indicator, value reported with the target */
} antq_metric;

/** One target indicator (chỉ tiêu). The comparison keeps the Vietnamese legal
 *  meaning of its wording (rules.md §7.4, antq_target_parse_wording()). */
typedef struct antq_target {
    const char *id;          /**< required, unique in the plan */
    const char *text;        /**< the wording as written, e.g. "trên 80% khu dân cư ..." (may be NULL) */
    int32_t metric;          /**< #antq_metric, required */
    int32_t op;              /**< #antq_op: GE, GT, LE, LT, EQ_ALL or ZERO */
    int64_t threshold_num;   /**< e.g. 80 */
    int64_t threshold_den;   /**< 100 for a percentage, 1 for a count */
    uint32_t kinds;          /**< mask of #ANTQ_KIND_BIT(kind) counted (share/count metrics) */
    int32_t festival_level;  /**< #antq_festival_level for point-site metrics */
    const char *scope_id;    /**< a province or commune id, or NULL for the whole dataset */
    int32_t year;            /**< the year it applies to (0: the plan's year) */
    int32_t reserved;        /**< zero */
    int64_t reported_num;    /**< reported value for reported metrics (count, or numerator); -1 if none */
    int64_t reported_den;    /**< denominator of a reported share (1 for a count); -1 if none */
} antq_target;

/** A plan (kế hoạch). Strings and arrays borrowed. */
typedef struct antq_plan {
    const char *id;          /**< required, unique in a campaign */
    const char *number;      /**< number and symbol, e.g. "331/KH-BCĐ" */
    int32_t issued_on;       /**< YYYYMMDD */
    int32_t year;            /**< required: the year the plan is for */
    const char *issuer;      /**< issuing body, e.g. "Ban Chỉ đạo 138 tỉnh" */
    const char *purpose;     /**< purpose and requirements (mục đích, yêu cầu) */
    const antq_task *tasks;     /**< borrowed array of @ref n_tasks tasks */
    size_t n_tasks;             /**< number of tasks */
    const antq_target *targets; /**< borrowed array of @ref n_targets targets */
    size_t n_targets;           /**< number of targets */
} antq_plan;

/** Set an activity to: unknown kind and part, no date, counts unknown
 *  (#ANTQ_COUNT_UNKNOWN), no description. Accepts NULL. Thread-safety: safe.
 *  @param[out] a the caller's record, or NULL. */
ANTQ_API void antq_activity_init(antq_activity *a);
/** Set a commendation to: no name, collective unknown, no form. Accepts NULL.
 *  Thread-safety: safe.
 *  @param[out] c the caller's record, or NULL. */
ANTQ_API void antq_commendation_init(antq_commendation *c);
/** Set a festival to: no id, host or year, unknown level and point site, no
 *  dates, participants unknown, no activities or commendations. Accepts NULL.
 *  Thread-safety: safe.
 *  @param[out] f the caller's record, or NULL. */
ANTQ_API void antq_festival_init(antq_festival *f);
/** Set a task to: no id or content, no deadline, status unknown, not done, not
 *  a template task. Accepts NULL. Thread-safety: safe.
 *  @param[out] t the caller's record, or NULL. */
ANTQ_API void antq_task_init(antq_task *t);
/** Set a target to: no id, metric unknown, no comparison, no kinds, the
 *  plan's year, nothing reported (reported_num and reported_den −1). Accepts
 *  NULL. Thread-safety: safe.
 *  @param[out] t the caller's record, or NULL. */
ANTQ_API void antq_target_init(antq_target *t);
/** Set a plan to: no id, number, dates, issuer, tasks or targets. Accepts NULL.
 *  Thread-safety: safe.
 *  @param[out] p the caller's record, or NULL. */
ANTQ_API void antq_plan_init(antq_plan *p);

/** Number of tasks in the built-in five-task pattern (rules.md §7.2). */
#define ANTQ_FIVE_TASKS 5

/** One task of the built-in five-task pattern. Thread-safety: safe.
 *  @param number 1–5
 *  @return task @p number, or NULL. Static; its id is "T1"…"T5", its content
 *  the Vietnamese text, its deadline unknown. */
ANTQ_API const antq_task *antq_five_task_template(int number);

/** English paraphrase of a template task. Thread-safety: safe.
 *  @param number 1–5
 *  @return the text, or NULL. Ownership: static string. */
ANTQ_API const char *antq_five_task_text_en(int number);

/** Read the comparison of a Vietnamese target wording (rules.md §7.4), in any
 *  letter case (the first 500 bytes are read):
 *  "từ X% trở lên" / "ít nhất X%" → GE; "trên X%" / "hơn X%" → GT;
 *  "dưới X%" → LT; "không quá X%" / "tối đa X%" → LE; "100%" → EQ_ALL;
 *  "không có" / "không còn" / "không để xảy ra" → ZERO. Percentages give den 100,
 *  plain numbers den 1. Thread-safety: safe.
 *  @param[out] out_op the #antq_op
 *  @param[out] out_num the threshold numerator (80 for "trên 80%")
 *  @param[out] out_den the threshold denominator (100 for a percentage, 1 for a count)
 *  @param text the wording, UTF-8, NUL-terminated
 *  @return #ANTQ_OK, #ANTQ_EINVAL for a NULL argument, or #ANTQ_EPARSE when no
 *  comparison is recognised (the outputs are then untouched). */
ANTQ_API int antq_target_parse_wording(int32_t *out_op, int64_t *out_num, int64_t *out_den, const char *text);

/** Opaque collection of plans and festivals (a campaign document). */
typedef struct antq_campaign antq_campaign;

/** Create an empty campaign.
 *  @param[out] out the new campaign; the caller frees it with antq_campaign_free().
 *  @return #ANTQ_OK, #ANTQ_EINVAL when @p out is NULL, or #ANTQ_ENOMEM. */
ANTQ_API int antq_campaign_new(antq_campaign **out);
/** Free a campaign and every plan and festival it owns. Accepts NULL.
 *  Scorecards made from it must be freed first.
 *  @param c the campaign, or NULL. */
ANTQ_API void antq_campaign_free(antq_campaign *c);

/** Load a campaign document {"format":"antq-campaign","version":1,"plans":[...],
 *  "festivals":[...]} (doc/format.md). Errors as antq_dataset_load_json().
 *  Festival hosts are not checked here (see antq_campaign_check()).
 *  @param[out] out new campaign (free with antq_campaign_free()), NULL on failure.
 *  @param buf the UTF-8 JSON text (borrowed for the call; need not be NUL-terminated)
 *  @param len its length in bytes
 *  @param[out] err the first error with its JSON path, line and column, or NULL
 *  @return #ANTQ_OK, or #ANTQ_EPARSE / #ANTQ_ETYPE / #ANTQ_ERANGE / #ANTQ_EUTF8 /
 *  #ANTQ_EUNKNOWNFIELD / #ANTQ_EMISSING / #ANTQ_EDUPLICATE / #ANTQ_EINVAL /
 *  #ANTQ_EVERSION / #ANTQ_ENOMEM. */
ANTQ_API int antq_campaign_load_json(antq_campaign **out, const char *buf, size_t len, antq_error *err);

/** Load a campaign document from a file. "-" is a file named "-", not
 *  standard input. Thread-safety: safe (no shared state).
 *  @param[out] out new campaign (free with antq_campaign_free()), NULL on failure.
 *  @param path the file's path (NUL-terminated, borrowed for the call)
 *  @param[out] err the first error, or NULL: #ANTQ_EIO with the path and
 *         strerror() in the message when the file cannot be read, otherwise
 *         as antq_campaign_load_json()
 *  @return #ANTQ_OK, #ANTQ_EIO, #ANTQ_ERANGE (a file over 1 GiB, as for
 *  antq_dataset_load_file()), #ANTQ_EINVAL (NULL argument) or any code of
 *  antq_campaign_load_json(). */
ANTQ_API int antq_campaign_load_file(antq_campaign **out, const char *path, antq_error *err);

/** Add a copy of a plan. Validates it (ids, dates, comparisons, metrics).
 *  On failure the campaign is unchanged.
 *  @param c the campaign
 *  @param plan the plan (borrowed for the call; strings, tasks and targets copied)
 *  @param[out] err the error (path relative to the plan, e.g. "/targets/0/op"), or NULL
 *  @return #ANTQ_OK, a validation error, #ANTQ_EDUPLICATE (plan id), #ANTQ_ENOMEM. */
ANTQ_API int antq_campaign_add_plan(antq_campaign *c, const antq_plan *plan, antq_error *err);

/** Add a copy of a festival. Validates it (window, dates inside the window,
 *  counts ≥ 0). On failure the campaign is unchanged.
 *  @param c the campaign
 *  @param f the festival (borrowed for the call; strings and arrays copied)
 *  @param[out] err the error (path relative to the festival), or NULL
 *  @return #ANTQ_OK, a validation error, #ANTQ_EDUPLICATE (festival id), #ANTQ_ENOMEM. */
ANTQ_API int antq_campaign_add_festival(antq_campaign *c, const antq_festival *f, antq_error *err);

/** Check every festival's host against @p ds (province-level hosts need not
 *  be in the dataset).
 *  @param c the campaign
 *  @param ds the dataset
 *  @param[out] err the first unknown host (path "/festivals/N/host"), or NULL
 *  @return #ANTQ_OK, #ANTQ_ENOTFOUND for an unknown host unit, #ANTQ_EINVAL for a NULL argument. */
ANTQ_API int antq_campaign_check(const antq_campaign *c, const antq_dataset *ds, antq_error *err);

/** Check every festival's host against the units a pipeline has taken (its
 *  compact index of ids, parents and kinds: the units of a stream need not be
 *  kept), as antq_campaign_check() does against a dataset.
 *  Thread-safety: safe; the inputs are only read.
 *  @param c the campaign
 *  @param p the pipeline, after antq_pipeline_finish() (or a whole-source run)
 *  @param[out] err the first unknown host (path "/festivals/N/host"), or NULL
 *  @return #ANTQ_OK, #ANTQ_ENOTFOUND for an unknown host unit, #ANTQ_EINVAL for a NULL argument. */
ANTQ_API int antq_campaign_check_pipeline(const antq_campaign *c, const antq_pipeline *p, antq_error *err);

/** Number of plans.
 *  @param c the campaign
 *  @return the count, 0 for NULL. */
ANTQ_API size_t antq_campaign_plan_count(const antq_campaign *c);
/** One plan, in document order.
 *  @param c the campaign
 *  @param index 0 to antq_campaign_plan_count() − 1
 *  @return plan @p index, or NULL. Borrowed: valid until @p c is freed or changed. */
ANTQ_API const antq_plan *antq_campaign_plan(const antq_campaign *c, size_t index);
/** Number of festivals.
 *  @param c the campaign
 *  @return the count, 0 for NULL. */
ANTQ_API size_t antq_campaign_festival_count(const antq_campaign *c);
/** One festival, in document order.
 *  @param c the campaign
 *  @param index 0 to antq_campaign_festival_count() − 1
 *  @return festival @p index, or NULL. Borrowed: valid until @p c is freed or changed. */
ANTQ_API const antq_festival *antq_campaign_festival(const antq_campaign *c, size_t index);

/** Write the campaign back as JSON (tasks of the five-task template written out in full).
 *  Thread-safety: safe; @p c is only read.
 *  @param[out] out new UTF-8 text; free with antq_free(). NULL on failure.
 *  @param c the campaign
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument) or #ANTQ_ENOMEM. */
ANTQ_API int antq_campaign_write_json(char **out, const antq_campaign *c, antq_error *err);

/** State of a task on a date. */
typedef enum antq_task_state {
    ANTQ_TASK_STATE_ON_TIME = 1,   /**< done on or before its deadline */
    ANTQ_TASK_STATE_DONE_LATE = 2, /**< done after its deadline */
    ANTQ_TASK_STATE_OVERDUE = 3,   /**< not done and the deadline has passed (late) */
    ANTQ_TASK_STATE_OPEN = 4,      /**< not done, deadline not passed or none */
    ANTQ_TASK_STATE_CANCELLED = 5  /**< cancelled */
} antq_task_state;

/** The result of one target. Borrowed from its scorecard. */
typedef struct antq_target_result {
    const antq_target *target; /**< borrowed from the campaign */
    int32_t outcome;         /**< #antq_outcome: PASS met, FAIL not met, UNKNOWN */
    int32_t op;              /**< the comparison applied */
    int64_t value_num;       /**< measured numerator (or count), -1 if unknown */
    int64_t value_den;       /**< measured denominator (1 for a count), -1 if unknown */
    int64_t gap;             /**< units (households, communes …) still needed; 0 when met, -1 if not numeric */
    const char *missing;     /**< when UNKNOWN: what is missing */
} antq_target_result;

/** What the list of units for a target says (antq_scorecard_steps()). */
typedef enum antq_steps_status {
    ANTQ_STEPS_NONE = 0,         /**< the target is met, or its value is not measured: nothing listed */
    ANTQ_STEPS_LISTED = 1,       /**< the smallest set of units whose change meets the target is listed */
    ANTQ_STEPS_UNREACHABLE = 2,  /**< changing the units the target counts cannot meet it */
    ANTQ_STEPS_NOT_PER_UNIT = 3  /**< a reported value or a count of point sites: not met by changing listed units */
} antq_steps_status;

/** One unit of the smallest set whose change would meet a missed target
 *  ("what it would take"). The change is the one the metric counts: being
 *  certified, registering, its households registering, holding the festival,
 *  having a point site; for ≤, < and "none" targets, no longer counting.
 *  Borrowed from its scorecard. */
typedef struct antq_target_step {
    size_t unit_index;       /**< index of the unit in the dataset */
    const char *unit_id;     /**< borrowed from the dataset (a tally's: from the pipeline) */
    const char *unit_name;   /**< owned by the scorecard, may be NULL */
    int32_t verdict;         /**< its #antq_verdict (certification metrics), else 0 */
    int32_t follows;         /**< 1: a commune whose own criteria are met and which comes to pass Art. 5.4 once the
                                  listed members are certified: counted by the target, not one of the changes */
    int32_t n_failed;        /**< criteria it fails (certification metrics) */
    int32_t n_unknown;       /**< criteria it leaves unknown: it may also need evidence */
    int64_t gap;             /**< how much must change in it (households, staff …) when that is one number; else -1 */
    const char *need_vi;     /**< what it needs, in Vietnamese, e.g. "cần thêm 3 hộ đăng ký (C124-RA-01b)" */
    const char *need_en;     /**< the same in English */
} antq_target_step;

/** The state of one task. Borrowed from its scorecard. */
typedef struct antq_task_result {
    const antq_task *task;   /**< borrowed from the campaign */
    int32_t state;           /**< #antq_task_state */
    int32_t days_late;       /**< days past the deadline (done late or overdue), else 0 */
} antq_task_result;

/** Opaque scorecard of one plan. */
typedef struct antq_scorecard antq_scorecard;

/** Evaluate plan @p plan_index of @p c against the year's results.
 *  Thread-safety: safe on distinct outputs; the inputs are only read.
 *  @param[out] out new scorecard; free with antq_scorecard_free() before @p c.
 *  @param c the campaign (must outlive the scorecard)
 *  @param plan_index 0 to antq_campaign_plan_count() − 1
 *  @param ev the evaluation of the plan's year (the targets of another year
 *         are UNKNOWN); its dataset (antq_evaluation_dataset()) gives the units
 *  @param as_of the date tasks are judged on (0: 31 December of the plan's year)
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument), #ANTQ_ENOTFOUND (no such
 *  plan), #ANTQ_ERANGE (@p as_of not a real date), #ANTQ_ENOMEM. */
ANTQ_API int antq_plan_evaluate(antq_scorecard **out, const antq_campaign *c, size_t plan_index,
                                const antq_evaluation *ev, int32_t as_of, antq_error *err);
/** Opaque tally of one plan over results as they come (a pipeline's
 *  #antq_pipeline_config.on_record callback), without the dataset in memory:
 *  the same scorecard as antq_plan_evaluate() gives for the same results. It
 *  reads the units' ids, parents and kinds from the pipeline's index and keeps
 *  a compact row per unit with its name, the communes' roll-ups and evidence,
 *  and the "what it would take" sentences of the units that are not
 *  certified. */
typedef struct antq_plan_tally antq_plan_tally;

/** Start a tally of plan @p plan_index.
 *  Thread-safety: safe on distinct tallies; the inputs are only read.
 *  @param[out] out the new tally; free it with antq_plan_tally_free()
 *  @param c the campaign (must outlive the tally and its scorecard)
 *  @param plan_index 0 to antq_campaign_plan_count() − 1
 *  @param year the year of the results the targets are measured from (0: the plan's year); results of other
 *         years only give the households of the years antq_plan_years() names
 *  @param pipeline the pipeline whose results are added: every unit it takes (its index of ids, parents and
 *         kinds, which may still grow while the tally is fed; nothing needs to be kept with
 *         antq_pipeline_keep_units()); borrowed: it must outlive the tally and the scorecard (steps name
 *         its units' ids)
 *  @param opts the options the results were evaluated with (a commune is re-evaluated with them for
 *         "what it would take"), or NULL for the defaults; copied
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument), #ANTQ_ENOTFOUND (no such plan), #ANTQ_ERANGE (a year
 *  outside 1901-2998), #ANTQ_EVERSION (options of an unknown version) or #ANTQ_ENOMEM. */
ANTQ_API int antq_plan_tally_new(antq_plan_tally **out, const antq_campaign *c, size_t plan_index, int year,
                                 const antq_pipeline *pipeline, const antq_options *opts, antq_error *err);
/** The years whose results a plan reads, in ascending order: @p year (0: the plan's year), whose results
 *  the targets are measured from, and the years of its households targets (their evidence). A pipeline
 *  evaluating the range from the first to the last gives a tally everything it needs.
 *  @param[out] years where to write them, or NULL
 *  @param cap room in @p years
 *  @param c the campaign
 *  @param plan_index 0 to antq_campaign_plan_count() − 1
 *  @param year as for antq_plan_tally_new()
 *  @return how many there are (1 or more); 0 for NULL or no such plan. Thread-safety: a pure read. */
ANTQ_API size_t antq_plan_years(int *years, size_t cap, const antq_campaign *c, size_t plan_index, int year);
/** Add one result, with the evidence it was evaluated with and, for a commune, its members' roll-up
 *  (the arguments of #antq_record_fn). A result of another year than the tally's only gives households.
 *  Adding a unit's result of the tally's year again replaces it. Thread-safety: one tally, one thread.
 *  @param t the tally
 *  @param result the result (read during the call only)
 *  @param unit its unit (read during the call only; found among the units the pipeline has taken by its id;
 *         its name is kept)
 *  @param evidence the evidence it was evaluated with, or NULL
 *  @param rollup a commune's roll-up, or NULL
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument), #ANTQ_ENOTFOUND (a unit the pipeline has not taken) or
 *  #ANTQ_ENOMEM (the tally is then incomplete: free it). */
ANTQ_API int antq_plan_tally_add(antq_plan_tally *t, const antq_result *result, const antq_unit *unit,
                                 const antq_evidence *evidence, const antq_rollup *rollup, antq_error *err);
/** The scorecard of the results added so far: targets, "what it would take", tasks.
 *  Thread-safety: safe; @p t is only read.
 *  @param[out] out new scorecard; free with antq_scorecard_free() before the campaign and the pipeline
 *  @param t the tally (it may be freed before the scorecard)
 *  @param as_of the date tasks are judged on (0: 31 December of the plan's year)
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument), #ANTQ_ERANGE (@p as_of not a real date) or #ANTQ_ENOMEM. */
ANTQ_API int antq_plan_tally_finish(antq_scorecard **out, const antq_plan_tally *t, int32_t as_of, antq_error *err);
/** Free a tally. Accepts NULL.
 *  @param t the tally, or NULL */
ANTQ_API void antq_plan_tally_free(antq_plan_tally *t);

/** Free a scorecard. Accepts NULL.
 *  @param s the scorecard, or NULL. */
ANTQ_API void antq_scorecard_free(antq_scorecard *s);
/** The plan a scorecard is about.
 *  @param s the scorecard
 *  @return the plan, NULL for NULL. Borrowed from the campaign. */
ANTQ_API const antq_plan *antq_scorecard_plan(const antq_scorecard *s);
/** Number of target results (one per target).
 *  @param s the scorecard
 *  @return the count, 0 for NULL. */
ANTQ_API size_t antq_scorecard_target_count(const antq_scorecard *s);
/** One target result, in the plan's order.
 *  @param s the scorecard
 *  @param index 0 to antq_scorecard_target_count() − 1
 *  @return target result @p index, or NULL. Borrowed: valid until @p s is freed. */
ANTQ_API const antq_target_result *antq_scorecard_target(const antq_scorecard *s, size_t index);
/** Number of task results (one per task).
 *  @param s the scorecard
 *  @return the count, 0 for NULL. */
ANTQ_API size_t antq_scorecard_task_count(const antq_scorecard *s);
/** One task result, in the plan's order.
 *  @param s the scorecard
 *  @param index 0 to antq_scorecard_task_count() − 1
 *  @return task result @p index, or NULL. Borrowed: valid until @p s is freed. */
ANTQ_API const antq_task_result *antq_scorecard_task(const antq_scorecard *s, size_t index);
/** The scorecard as text or JSON. Thread-safety: safe; @p s is only read.
 *  @param[out] out new UTF-8 text; free with antq_free(). NULL on failure.
 *  @param s the scorecard
 *  @param format #ANTQ_FORMAT_JSON or #ANTQ_FORMAT_TEXT
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument, other format, unknown language) or #ANTQ_ENOMEM. */
ANTQ_API int antq_scorecard_write(char **out, const antq_scorecard *s, antq_format format, int lang, antq_error *err);

/** What it would take to meet target @p target_index: the smallest set of
 *  units whose change meets it, best first (units failing one criterion with
 *  a small numeric gap first). Exact: if every listed unit changes (and
 *  nothing else does), the target is met; with one fewer unit it is not, nor
 *  with any smaller set (a commune that passes Art. 5.4 once its listed members
 *  are certified is counted, with #antq_target_step.follows = 1). Undetermined
 *  units count as not passing. Thread-safety: safe (a pure read).
 *  @param[out] out_status an #antq_steps_status
 *  @param[out] out_steps the steps (borrowed: valid until @p s is freed), NULL when none
 *  @param[out] out_count number of steps, following communes included
 *  @param s the scorecard
 *  @param target_index 0 to antq_scorecard_target_count() − 1
 *  @return #ANTQ_OK, or #ANTQ_EINVAL (NULL argument, no such target). */
ANTQ_API int antq_scorecard_steps(int *out_status, const antq_target_step **out_steps, size_t *out_count,
                                  const antq_scorecard *s, size_t target_index);

/** Festival coverage of one year (antq_festival_coverage_compute()). Start it
 *  with antq_festival_coverage_init(), which sets @c size. */
typedef struct antq_festival_coverage {
    uint32_t size;                   /**< sizeof(antq_festival_coverage) the caller was compiled with */
    int32_t year;                    /**< the year */
    int32_t ordinal;                 /**< antq_festival_ordinal(year) */
    int32_t reserved;                /**< zero */
    int64_t communes, communes_held; /**< communes that held the festival */
    int64_t areas, areas_held;       /**< residential areas that held it */
    int64_t organisations, organisations_held; /**< agencies, enterprises, institutions that held it */
    int64_t point_sites[7];          /**< point-site festivals per #antq_festival_level */
    int64_t communes_with_area_point_site; /**< communes with ≥ 1 residential-area point site */
    int64_t participants;            /**< total reported participants */
    int64_t gifts, gift_value_vnd;   /**< total value of the gifts in đồng */
    int64_t commendations;           /**< commended collectives and individuals */
} antq_festival_coverage;
/** @var antq_festival_coverage::communes
 *  communes in the dataset */
/** @var antq_festival_coverage::areas
 *  residential areas in the dataset */
/** @var antq_festival_coverage::organisations
 *  agencies, enterprises and educational institutions in the dataset */
/** @var antq_festival_coverage::gifts
 *  gifts given at gift visits (total) */

/** Set every count of @p cov to zero and @c size to sizeof(antq_festival_coverage).
 *  Accepts NULL. Thread-safety: safe.
 *  @param[out] cov the caller's record, or NULL. */
ANTQ_API void antq_festival_coverage_init(antq_festival_coverage *cov);

/** Compute the festival coverage of @p year from @p c against the units of @p ds.
 *  Thread-safety: safe; the inputs are only read.
 *  @param[out] out the caller's record from antq_festival_coverage_init(), overwritten on success
 *         (its @c size is kept)
 *  @param c the campaign
 *  @param ds the dataset whose units are counted
 *  @param year the festival year
 *  @param[out] err the error, or NULL
 *  @return #ANTQ_OK, #ANTQ_EINVAL (NULL argument), #ANTQ_EVERSION (@p out->size
 *  is not a size this library knows) or #ANTQ_ERANGE (a total of participants,
 *  gifts or gift values beyond 2^63 − 1; @p out then holds only the year). */
ANTQ_API int antq_festival_coverage_compute(antq_festival_coverage *out, const antq_campaign *c, const antq_dataset *ds,
                                            int year, antq_error *err);

/** Compute the festival coverage of @p year from @p c against the units a
 *  pipeline has taken (its compact index of ids, parents and kinds: the units
 *  of a stream need not be kept); the same figures as
 *  antq_festival_coverage_compute() over a dataset of the same units.
 *  Thread-safety: safe; the inputs are only read.
 *  @param[out] out the caller's record from antq_festival_coverage_init(), overwritten on success
 *         (its @c size is kept)
 *  @param c the campaign
 *  @param p the pipeline, after antq_pipeline_finish() (or a whole-source run)
 *  @param year the festival year
 *  @param[out] err the error, or NULL
 *  @return as antq_festival_coverage_compute(). */
ANTQ_API int antq_festival_coverage_compute_pipeline(antq_festival_coverage *out, const antq_campaign *c,
                                                     const antq_pipeline *p, int year, antq_error *err);

/** Stable name of a metric, as used in the campaign format. Thread-safety: safe.
 *  @param metric an #antq_metric
 *  @return "share_certified" …; "unknown" otherwise. Ownership: static string. */
ANTQ_API const char *antq_metric_name(int metric);
/** Stable name of a festival level, as used in the campaign format. Thread-safety: safe.
 *  @param level an #antq_festival_level
 *  @return "province", "commune", "residential_area", "agency", "enterprise",
 *  "educational_institution"; "unknown" otherwise. Ownership: static string. */
ANTQ_API const char *antq_festival_level_name(int level);
/** Stable name of a task state. Thread-safety: safe.
 *  @param state an #antq_task_state
 *  @return "on_time", "done_late", "overdue", "open", "cancelled"; "unknown"
 *  otherwise. Ownership: static string. */
ANTQ_API const char *antq_task_state_name(int state);

#ifdef __cplusplus
}
#endif
#endif
