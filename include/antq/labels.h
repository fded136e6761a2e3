/* libantq — the words a person reads for every enum the library defines.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_LABELS_H
#define ANTQ_LABELS_H

#include "common.h"

/** @file labels.h
 * @brief Vietnamese and English labels of verdicts, outcomes, unit kinds, fact
 * kinds, rule statuses, festival levels, task states and plan metrics, shared
 * by every renderer (explanations, the command-line tool, the HTML report).
 * Machine formats (JSON, CSV) keep the stable English names of the *_name()
 * functions; these labels are for people and may be reworded between releases.
 *
 * Every function returns a static NUL-terminated UTF-8 string (never NULL:
 * "?" for a value outside its enum), reads nothing else and is thread-safe.
 * A @p lang other than #ANTQ_LANG_EN gives Vietnamese. */

#ifdef __cplusplus
extern "C" {
#endif

/** Label of a verdict: "đạt", "chưa đạt", "không thuộc phạm vi", "chưa xác định"
 *  ("certified", "not certified", "not eligible", "undetermined").
 *  @param verdict an #antq_verdict
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return the label; static. */
ANTQ_API const char *antq_verdict_label(int verdict, int lang);

/** Label of an outcome: "đạt", "không đạt", "không áp dụng", "thiếu dữ liệu",
 *  "ngoài phạm vi" ("met", "not met", "not applicable", "evidence missing",
 *  "outside the scope").
 *  @param outcome an #antq_outcome
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return the label; static. */
ANTQ_API const char *antq_outcome_label(int outcome, int lang);

/** Label of a unit kind: "khu dân cư", "xã, phường, đặc khu", "cơ quan",
 *  "doanh nghiệp", "cơ sở giáo dục" ("residential area", …).
 *  @param kind an #antq_unit_kind
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return the label; static. */
ANTQ_API const char *antq_unit_kind_label(int kind, int lang);

/** Label of what a fact measures, e.g. "hộ đăng ký" ("households registered").
 *  @param kind an #antq_fact_kind
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return the label; static. */
ANTQ_API const char *antq_fact_kind_label(int kind, int lang);

/** Label of the verification status of a catalogue row: "đã kiểm chứng",
 *  "kiểm chứng qua nguồn thứ cấp", "lựa chọn của thư viện", "chưa kiểm chứng".
 *  @param status an #antq_rule_status ('V', 'S', 'D', 'U')
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return the label; static. */
ANTQ_API const char *antq_status_label(int status, int lang);

/** Label of a festival level: "tỉnh", "xã", "khu dân cư", … ("province", …).
 *  @param level an #antq_festival_level
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return the label; static. */
ANTQ_API const char *antq_festival_level_label(int level, int lang);

/** Label of a task state: "đúng hạn", "xong, trễ hạn", "quá hạn",
 *  "đang thực hiện", "đã hủy" ("on time", "done late", "overdue", "open",
 *  "cancelled").
 *  @param state an #antq_task_state
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return the label; static. */
ANTQ_API const char *antq_task_state_label(int state, int lang);

/** Label of what a plan target measures, e.g. "tỷ lệ đơn vị được công nhận".
 *  @param metric an #antq_metric
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return the label; static. */
ANTQ_API const char *antq_metric_label(int metric, int lang);

/** What a target's result lacks (its @c missing field), in words: "đơn vị
 *  chưa xác định" for "undetermined units", "số hộ của khu dân cư" for
 *  "households of a residential area" …; the field itself when it has no
 *  translation.
 *  @param missing the @c missing field of an #antq_target_result (may be NULL)
 *  @param lang #ANTQ_LANG_VI or #ANTQ_LANG_EN
 *  @return the label (static, or @p missing itself); "" for NULL. */
ANTQ_API const char *antq_missing_label(const char *missing, int lang);

#ifdef __cplusplus
}
#endif
#endif
