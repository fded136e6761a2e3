/* Explanations: one sentence per fact, the verdict with every clause, and the
 * "what would it take" answer, in Vietnamese and English. Renderers never
 * decide anything: they only phrase what the evaluator recorded.
 * SPDX-License-Identifier: MIT */
#include "../eval/result.h"

#include <stdio.h>
#include <string.h>

#define PICK(lang, vi, en) ((lang) == ANTQ_LANG_EN ? (en) : (vi))

void antq__buf_date(antq__buf *b, int32_t d, int lang, const char *missing)
{
    char text[ANTQ_FORMAT_SIZE];
    antq__buf_puts(b, antq_format_date(text, sizeof text, d, lang) == ANTQ_OK ? text : missing);
}

static void put_date(antq__buf *b, int32_t d, int lang)
{
    antq__buf_date(b, d, lang, PICK(lang, "(không rõ ngày)", "(no date)"));
}

/* A count with the language's thousands separators, in a caller's buffer. */
static const char *count_text(char text[ANTQ_FORMAT_SIZE], int64_t v, int lang)
{
    antq_format_count(text, ANTQ_FORMAT_SIZE, v, lang);
    return text;
}

/* " (67,5%)": the share of a fact against its requirement's threshold, for
 * display only (decisions compare exact integers). */
static void put_share(antq__buf *b, const antq_fact *f, int lang)
{
    char text[ANTQ_FORMAT_SIZE];
    int64_t den = f->op == ANTQ_OP_GE && f->threshold_den > 1 ? f->threshold_den : 0;
    if (antq_format_share(text, sizeof text, f->value, f->total, den ? f->threshold_num : 0, den, lang) == ANTQ_OK)
        antq__buf_printf(b, " (%s)", text);
}

static const char *topic_name(int bit, int lang)
{
    switch (bit) {
    case ANTQ_TOPIC_UNIT_PROTECTION: return PICK(lang, "bảo vệ cơ quan, đơn vị", "unit protection");
    case ANTQ_TOPIC_STATE_SECRETS: return PICK(lang, "bảo vệ bí mật nhà nước", "State secrets");
    case ANTQ_TOPIC_INTERNAL_POLITICS: return PICK(lang, "bảo vệ chính trị nội bộ", "internal political protection");
    case ANTQ_TOPIC_LABOUR_SAFETY: return PICK(lang, "an toàn lao động", "labour safety");
    case ANTQ_TOPIC_FIRE_PREVENTION: return PICK(lang, "phòng chống cháy, nổ", "fire and explosion prevention");
    case ANTQ_TOPIC_ENVIRONMENT: return PICK(lang, "bảo vệ môi trường", "environmental protection");
    case ANTQ_TOPIC_LEARNER_MANAGEMENT: return PICK(lang, "quản lý, giáo dục người học", "managing and educating learners");
    default: return "?";
    }
}

static void put_topics(antq__buf *b, int32_t mask, int lang)
{
    int first = 1;
    for (int bit = 1; bit <= ANTQ_TOPIC_LEARNER_MANAGEMENT; bit <<= 1)
        if (mask & bit) {
            antq__buf_printf(b, "%s%s", first ? "" : ", ", topic_name(bit, lang));
            first = 0;
        }
}

static const char *yes_no(int64_t v, int lang)
{
    return v == 1 ? PICK(lang, "có", "yes") : v == 0 ? PICK(lang, "không", "no") : PICK(lang, "chưa rõ", "unknown");
}

static const char *severity_name(int s, int lang)
{
    switch (s) {
    case ANTQ_SEVERITY_LESS_SERIOUS: return PICK(lang, "ít nghiêm trọng", "less serious");
    case ANTQ_SEVERITY_SERIOUS: return PICK(lang, "nghiêm trọng", "serious");
    case ANTQ_SEVERITY_VERY_SERIOUS: return PICK(lang, "rất nghiêm trọng", "very serious");
    case ANTQ_SEVERITY_PARTICULARLY_SERIOUS: return PICK(lang, "đặc biệt nghiêm trọng", "particularly serious");
    default: return PICK(lang, "chưa rõ mức độ", "of unknown class");
    }
}

/* "x of y <noun>" / "x/y <noun>" */
static void put_part(antq__buf *b, const antq_fact *f, int lang, const char *vi_noun, const char *en_noun, const char *vi_verb,
                     const char *en_verb)
{
    if (f->value < 0 || f->total < 0) {
        antq__buf_printf(b, "%s", PICK(lang, vi_noun, en_noun));
        antq__buf_puts(b, PICK(lang, ": chưa có số liệu", ": figures not reported"));
        return;
    }
    char v[ANTQ_FORMAT_SIZE], t[ANTQ_FORMAT_SIZE];
    count_text(v, f->value, lang);
    count_text(t, f->total, lang);
    if (lang == ANTQ_LANG_EN)
        antq__buf_printf(b, "%s %s of %s %s", en_verb, v, t, en_noun);
    else
        antq__buf_printf(b, "%s/%s %s %s", v, t, vi_noun, vi_verb);
}

static void put_requirement(antq__buf *b, const antq_fact *f, int lang)
{
    antq__buf_puts(b, PICK(lang, "; yêu cầu: ", "; required: "));
    switch (f->op) {
    case ANTQ_OP_EQ_ALL:
        antq__buf_puts(b, PICK(lang, "tất cả (100%)", "all (100%)"));
        return;
    case ANTQ_OP_GE:
        if (f->kind == ANTQ_FACT_GRASSROOTS_RATING || f->kind == ANTQ_FACT_PROTECTION_STANDING) {
            if (f->kind == ANTQ_FACT_PROTECTION_STANDING)
                antq__buf_puts(b, PICK(lang, "danh hiệu \"Tập thể lao động tiên tiến\" hoặc xếp loại \"",
                                       "the title \"Advanced labour collective\" or a rating of \""));
            else
                antq__buf_puts(b, "\"");
            antq__buf_printf(b, "%s\"%s", antq__rating_name((int)f->threshold_num, lang), PICK(lang, " trở lên", " or better"));
        } else if (f->threshold_den > 1) {
            char pct[ANTQ_FORMAT_SIZE];
            antq_format_percent(pct, sizeof pct, f->threshold_num, f->threshold_den, lang);
            antq__buf_printf(b, PICK(lang, "từ %s trở lên", "%s or more"), pct);
        } else {
            antq__buf_printf(b, PICK(lang, "ít nhất %lld", "at least %lld"), (long long)f->threshold_num);
        }
        return;
    case ANTQ_OP_LE:
        antq__buf_puts(b, PICK(lang, "không tăng so với năm trước", "no more than the previous year"));
        return;
    case ANTQ_OP_LT:
        antq__buf_puts(b, PICK(lang, "giảm so với năm trước (hoặc bằng 0 cả hai năm)", "fewer than the previous year (or none in both)"));
        return;
    case ANTQ_OP_ZERO:
        if (f->kind == ANTQ_FACT_DISCIPLINED)
            antq__buf_printf(b, PICK(lang, "không có ai bị kỷ luật từ %s trở lên", "nobody disciplined at %s or above"),
                             antq__discipline_name((int)f->threshold_num, lang));
        else
            antq__buf_puts(b, PICK(lang, "không xảy ra", "none"));
        return;
    case ANTQ_OP_IN_RANGE:
        antq__buf_puts(b, PICK(lang, "trong khoảng ", "between "));
        put_date(b, (int32_t)f->threshold_num, lang);
        antq__buf_puts(b, PICK(lang, " – ", " and "));
        put_date(b, (int32_t)f->threshold_den, lang);
        return;
    case ANTQ_OP_TRUE:
        antq__buf_puts(b, PICK(lang, "có", "yes"));
        return;
    default:
        break;
    }
    switch (f->kind) {
    case ANTQ_FACT_SCOPE_ARMED_FORCES: antq__buf_puts(b, PICK(lang, "không phải đơn vị lực lượng vũ trang", "not an armed-forces unit")); return;
    case ANTQ_FACT_SCOPE_SMALL_ENTERPRISE: antq__buf_puts(b, PICK(lang, "doanh nghiệp vừa hoặc lớn", "a medium or large enterprise")); return;
    case ANTQ_FACT_SCOPE_PRIMARY_PRESCHOOL: antq__buf_puts(b, PICK(lang, "không phải trường tiểu học, mầm non, nhà trẻ", "not a primary school, kindergarten or nursery")); return;
    default: antq__buf_puts(b, "—"); return;
    }
}

void antq__fact_text(antq__buf *b, const antq_fact *f, int lang)
{
    static const char *const size_vi[] = {"chưa rõ", "siêu nhỏ", "nhỏ", "vừa", "lớn"};
    static const char *const size_en[] = {"unknown", "micro", "small", "medium", "large"};
    switch (f->kind) {
    case ANTQ_FACT_REGISTERED:
        antq__buf_puts(b, f->value == 1 ? PICK(lang, "đã đăng ký xây dựng đạt tiêu chuẩn", "registered for the standard")
                          : f->value == 0 ? PICK(lang, "không đăng ký xây dựng đạt tiêu chuẩn", "did not register for the standard")
                                          : PICK(lang, "việc đăng ký chưa được báo cáo", "registration not reported"));
        break;
    case ANTQ_FACT_RESOLUTION_DATE:
    case ANTQ_FACT_PLAN_DATE:
    case ANTQ_FACT_REGISTRATION_DATE: {
        const char *vi = f->kind == ANTQ_FACT_RESOLUTION_DATE ? "nghị quyết của tổ chức đảng"
                         : f->kind == ANTQ_FACT_PLAN_DATE   ? "kế hoạch về an ninh, trật tự"
                                                            : "bản đăng ký";
        const char *en = f->kind == ANTQ_FACT_RESOLUTION_DATE ? "Party resolution"
                         : f->kind == ANTQ_FACT_PLAN_DATE   ? "security-and-order plan"
                                                            : "registration";
        if (f->date) {
            antq__buf_printf(b, PICK(lang, "%s ngày ", "%s dated "), PICK(lang, vi, en));
            put_date(b, f->date, lang);
        } else {
            antq__buf_printf(b, PICK(lang, "chưa có ngày của %s", "no date for the %s"), PICK(lang, vi, en));
        }
        break;
    }
    case ANTQ_FACT_HOUSEHOLDS_REGISTERED:
        put_part(b, f, lang, "hộ đang cư trú", "resident households", "đã đăng ký", "registered");
        break;
    case ANTQ_FACT_HOUSEHOLDS_COMMITTED:
        put_part(b, f, lang, "hộ", "households", "đã ký cam kết giao ước thi đua", "signed the commitment:");
        break;
    case ANTQ_FACT_STAFF_BRIEFED:
        put_part(b, f, lang, "cán bộ, công chức, viên chức, người lao động", "staff", "được phổ biến", "briefed");
        break;
    case ANTQ_FACT_LEARNERS_BRIEFED:
        put_part(b, f, lang, "người học", "learners", "được phổ biến", "briefed");
        break;
    case ANTQ_FACT_STAFF_COMMITTED:
        put_part(b, f, lang, "cán bộ, công nhân viên", "staff", "đã ký cam kết", "signed the commitment:");
        break;
    case ANTQ_FACT_LEARNERS_COMMITTED:
        if (f->outcome == ANTQ_OUTCOME_NOT_APPLICABLE) {
            antq__buf_puts(b, PICK(lang, "không áp dụng cam kết của người học dưới cấp trung học cơ sở",
                                   "learner commitment does not apply below lower-secondary level"));
            return;
        }
        put_part(b, f, lang, "người học", "learners", "đã ký cam kết", "signed the commitment:");
        break;
    case ANTQ_FACT_RULE_TOPICS:
        if (f->value < 0) {
            antq__buf_puts(b, PICK(lang, "chưa báo cáo nội quy, quy định", "internal rules not reported"));
        } else {
            antq__buf_printf(b, PICK(lang, "nội quy có %lld/%lld nội dung bắt buộc", "internal rules cover %lld of %lld required topics"),
                             (long long)f->value, (long long)f->total);
            if (f->detail) {
                antq__buf_puts(b, PICK(lang, " (thiếu: ", " (missing: "));
                put_topics(b, f->detail, lang);
                antq__buf_puts(b, ")");
            }
        }
        break;
    case ANTQ_FACT_EFFECTIVE_MODELS:
        if (f->value < 0)
            antq__buf_puts(b, PICK(lang, "chưa báo cáo số mô hình phong trào", "movement models not reported"));
        else
            antq__buf_printf(b, PICK(lang, "%lld mô hình phong trào hoạt động hiệu quả", "%lld effective movement model(s)"),
                             (long long)f->value);
        break;
    case ANTQ_FACT_IMPLEMENTS_POLICY:
        antq__buf_printf(b, PICK(lang, "thực hiện đầy đủ chủ trương, chính sách, pháp luật về an ninh, trật tự: %s",
                                 "fully implements policy and law on security and order: %s"),
                         yes_no(f->value, lang));
        break;
    case ANTQ_FACT_PARENT_BOARD:
        antq__buf_printf(b, PICK(lang, "phối hợp với Ban Đại diện cha mẹ học sinh: %s", "coordination with the parents' board: %s"),
                         yes_no(f->value, lang));
        break;
    case ANTQ_FACT_EVENTS:
        if (f->detail == 0) {
            antq__buf_puts(b, f->value == 0 ? PICK(lang, "không có vụ việc thuộc danh mục trong kỳ", "no listed event in the period")
                                            : PICK(lang, "danh sách vụ việc trong kỳ chưa được báo cáo đầy đủ",
                                                   "the list of events in the period was not reported as complete"));
            break;
        }
        antq__buf_printf(b, "%lld × %s", (long long)f->value, antq__event_label(f->detail, lang));
        if (f->detail == ANTQ_EVENT_CRIME && f->level)
            antq__buf_printf(b, PICK(lang, " (mức cao nhất: %s)", " (gravest: %s)"), severity_name(f->level, lang));
        if (f->outcome == ANTQ_OUTCOME_UNKNOWN) {
            antq__buf_printf(b, PICK(lang, ", chưa rõ \"%s\"", ", \"%s\" not reported"), f->missing ? f->missing : "?");
        } else if (f->date) {
            antq__buf_puts(b, PICK(lang, ", lần đầu ngày ", ", first on "));
            put_date(b, f->date, lang);
            if (f->subject) {
                antq__buf_puts(b, PICK(lang, " tại ", " at "));
                antq__buf_text(b, f->subject);
            }
        }
        break;
    case ANTQ_FACT_TREND_CRIMES:
    case ANTQ_FACT_TREND_SOCIAL_EVILS:
    case ANTQ_FACT_TREND_OTHER: {
        const char *vi = f->kind == ANTQ_FACT_TREND_CRIMES ? "tội phạm"
                         : f->kind == ANTQ_FACT_TREND_SOCIAL_EVILS ? "tệ nạn xã hội" : "vi phạm pháp luật khác";
        const char *en = f->kind == ANTQ_FACT_TREND_CRIMES ? "crimes"
                         : f->kind == ANTQ_FACT_TREND_SOCIAL_EVILS ? "social-evil cases" : "other violations";
        antq__buf_printf(b, "%s: ", PICK(lang, vi, en));
        if (f->value < 0)
            antq__buf_puts(b, PICK(lang, "năm nay chưa có số liệu", "this year not reported"));
        else
            antq__buf_printf(b, PICK(lang, "%lld vụ năm nay", "%lld this year"), (long long)f->value);
        if (f->total < 0)
            antq__buf_puts(b, PICK(lang, ", năm trước chưa có số liệu (không đủ dữ liệu để so sánh)",
                                   ", previous year not reported (insufficient data to compare)"));
        else
            antq__buf_printf(b, PICK(lang, ", %lld vụ năm trước", ", %lld the previous year"), (long long)f->total);
        break;
    }
    case ANTQ_FACT_SUPERVISION:
        antq__buf_printf(b, PICK(lang, "quản lý, giáo dục, giúp đỡ người thuộc diện quản lý có hiệu quả: %s",
                                 "supervision of persons under management effective: %s"),
                         yes_no(f->value, lang));
        break;
    case ANTQ_FACT_GRASSROOTS_RATING:
        antq__buf_printf(b, PICK(lang, "Tổ bảo vệ an ninh, trật tự được xếp loại \"%s\"", "grassroots security team rated \"%s\""),
                         antq__rating_name((int)(f->value < 0 ? 0 : f->value), lang));
        break;
    case ANTQ_FACT_DISCIPLINED:
        if (f->value < 0) {
            antq__buf_printf(b, PICK(lang, "chưa báo cáo đầy đủ việc kỷ luật %s", "discipline of %s not reported as complete"),
                             antq__role_name(f->detail, lang));
        } else if (f->value == 0) {
            antq__buf_printf(b, PICK(lang, "không có %s bị kỷ luật từ %s trở lên", "no %s disciplined at %s or above"),
                             antq__role_name(f->detail, lang), antq__discipline_name((int)f->threshold_num, lang));
        } else {
            antq__buf_printf(b, PICK(lang, "%lld %s bị kỷ luật (nặng nhất: %s), lần đầu ngày ",
                                     "%lld %s disciplined (heaviest: %s), first on "),
                             (long long)f->value, antq__role_name(f->detail, lang), antq__discipline_name(f->level, lang));
            put_date(b, f->date, lang);
        }
        break;
    case ANTQ_FACT_POLICE_EFFECTIVE:
        antq__buf_printf(b, PICK(lang, "Công an cấp xã nắm tình hình, tham mưu và thực hiện hiệu quả: %s",
                                 "commune police grasp the situation and act effectively: %s"),
                         yes_no(f->value, lang));
        break;
    case ANTQ_FACT_MEMBERS_REGISTERED:
        put_part(b, f, lang, "đơn vị thuộc phạm vi quản lý", "member units", "đã đăng ký", "registered");
        break;
    case ANTQ_FACT_MEMBERS_CERTIFIED:
        put_part(b, f, lang, "đơn vị thuộc phạm vi quản lý", "member units", "được công nhận", "certified");
        put_share(b, f, lang);
        break;
    case ANTQ_FACT_PROTECTION_STANDING:
        if (f->detail == -1) {
            antq__buf_puts(b, PICK(lang, "không có lực lượng bảo vệ", "no protection force"));
        } else if (f->outcome == ANTQ_OUTCOME_UNKNOWN && f->missing && strcmp(f->missing, "has_protection_force") == 0) {
            antq__buf_puts(b, PICK(lang, "chưa rõ có lực lượng bảo vệ hay không", "whether there is a protection force is not reported"));
        } else {
            antq__buf_printf(b, PICK(lang, "lực lượng bảo vệ xếp loại \"%s\", danh hiệu \"Tập thể lao động tiên tiến\": %s",
                                     "protection force rated \"%s\", title \"Advanced labour collective\": %s"),
                             antq__rating_name((int)(f->value < 0 ? 0 : f->value), lang), yes_no(f->total, lang));
        }
        break;
    case ANTQ_FACT_SUBUNITS_QUALIFIED:
        if (f->outcome == ANTQ_OUTCOME_NOT_APPLICABLE) {
            antq__buf_puts(b, PICK(lang, "không có đầu mối trực thuộc", "no subordinate units"));
            return;
        }
        put_part(b, f, lang, "đầu mối trực thuộc", "subordinate units", "đạt danh hiệu hoặc xếp loại",
                 "holding the title or rating:");
        put_share(b, f, lang);
        break;
    case ANTQ_FACT_SCOPE_ARMED_FORCES:
        antq__buf_puts(b, f->value == 1 ? PICK(lang, "là cơ quan, đơn vị lực lượng vũ trang", "is an agency or unit of the armed forces")
                          : f->value == 0 ? PICK(lang, "không phải đơn vị lực lượng vũ trang", "is not an armed-forces unit")
                                          : PICK(lang, "chưa rõ có thuộc lực lượng vũ trang không", "armed-forces status not reported"));
        break;
    case ANTQ_FACT_SCOPE_SMALL_ENTERPRISE:
        antq__buf_printf(b, PICK(lang, "quy mô doanh nghiệp: %s", "enterprise size class: %s"),
                         PICK(lang, size_vi[f->value >= 0 && f->value <= 4 ? f->value : 0], size_en[f->value >= 0 && f->value <= 4 ? f->value : 0]));
        break;
    case ANTQ_FACT_SCOPE_PRIMARY_PRESCHOOL: {
        static const char *const vi[] = {"chưa rõ", "nhà trẻ", "mầm non", "tiểu học", "trung học cơ sở", "trung học phổ thông",
                                         "nhiều cấp học phổ thông", "giáo dục thường xuyên", "giáo dục nghề nghiệp", "cao đẳng",
                                         "đại học", "cơ sở giáo dục khác"};
        static const char *const en[] = {"unknown", "nursery", "kindergarten", "primary", "lower secondary", "upper secondary",
                                         "multi-level general", "continuing education", "vocational", "college", "university",
                                         "other institution"};
        int l = f->value >= 0 && f->value <= ANTQ_EDU_OTHER ? (int)f->value : 0;
        antq__buf_printf(b, PICK(lang, "cấp học: %s", "level: %s"), PICK(lang, vi[l], en[l]));
        break;
    }
    case ANTQ_FACT_EXTRA:
        if (f->outcome == ANTQ_OUTCOME_NOT_APPLICABLE)
            antq__buf_puts(b, PICK(lang, "tỉnh không quy định tiêu chí bổ sung cho loại đơn vị này",
                                   "no provincial extra criterion applies to this kind of unit"));
        else {
            antq__buf_puts(b, PICK(lang, "tiêu chí bổ sung của tỉnh ", "provincial criterion "));
            antq__buf_text(b, f->subject ? f->subject : "?");
            antq__buf_printf(b, PICK(lang, ": %s", " met: %s"), yes_no(f->value, lang));
        }
        break;
    case ANTQ_FACT_EXTRA_EVENTS:
        antq__buf_printf(b, PICK(lang, "tiêu chí bổ sung của tỉnh %s: ", "provincial criterion %s: "),
                         f->subject ? f->subject : "?");
        if (f->value < 0)
            antq__buf_puts(b, PICK(lang, "danh sách vụ việc trong kỳ chưa được báo cáo đầy đủ",
                                   "the list of events in the period was not reported as complete"));
        else if (f->value == 0)
            antq__buf_puts(b, PICK(lang, "không có vụ việc thuộc loại tỉnh quy định trong kỳ",
                                   "no event of the kinds the province lists in the period"));
        else {
            antq__buf_printf(b, "%lld × %s", (long long)f->value, antq__event_label(f->detail, lang));
            antq__buf_puts(b, PICK(lang, ", lần đầu ngày ", ", first on "));
            put_date(b, f->date, lang);
        }
        break;
    case ANTQ_FACT_DELEGATION:
        if (f->outcome == ANTQ_OUTCOME_NOT_APPLICABLE) {
            antq__buf_puts(b, PICK(lang, "không có ủy quyền công nhận", "no delegation of recognition"));
            return;
        }
        antq__buf_printf(b, PICK(lang, "ủy quyền từ %s xuống %s", "delegation from the %s to the %s"),
                         antq__level_name((int)f->value, lang), antq__level_name((int)f->total, lang));
        if (f->subject)
            antq__buf_printf(b, " (%s", f->subject);
        if (f->date) {
            antq__buf_puts(b, f->subject ? PICK(lang, ", ngày ", ", ") : PICK(lang, " (ngày ", " ("));
            put_date(b, f->date, lang);
        }
        if (f->subject || f->date)
            antq__buf_puts(b, ")");
        antq__buf_printf(b, ": %s", antq__delegation_issue_text(f->detail, lang));
        if (f->outcome == ANTQ_OUTCOME_FAIL)
            antq__buf_puts(b, PICK(lang, " — không áp dụng, thẩm quyền thuộc cấp quản lý", " — not applied: the managing level recognises"));
        return;
    case ANTQ_FACT_DECISION_BODY:
        antq__buf_printf(b, PICK(lang, "quyết định công nhận do %s ban hành", "recognition decided by the %s"),
                         antq__body_label(f->value > 0 ? (int)f->value : 0, lang));
        antq__buf_printf(b, PICK(lang, "; cơ quan có thẩm quyền: %s", "; competent: the %s"),
                         antq__body_label(f->total > 0 ? (int)f->total : 0, lang));
        if (f->outcome == ANTQ_OUTCOME_UNKNOWN && f->missing)
            antq__buf_printf(b, PICK(lang, " [thiếu dữ liệu: %s]", " [missing evidence: %s]"), f->missing);
        return;
    case ANTQ_FACT_DECISION_DATE:
        if (f->outcome == ANTQ_OUTCOME_NOT_APPLICABLE) {
            antq__buf_puts(b, PICK(lang, "chưa ghi nhận quyết định công nhận", "no recognition decision recorded"));
            return;
        }
        antq__buf_puts(b, PICK(lang, "quyết định công nhận ngày ", "recognition decided on "));
        put_date(b, f->date, lang);
        antq__buf_puts(b, PICK(lang, "; hạn cuối: ", "; last day in time: "));
        put_date(b, (int32_t)f->threshold_den, lang);
        if (f->outcome == ANTQ_OUTCOME_FAIL)
            antq__buf_printf(b, PICK(lang, " (muộn %lld ngày)", " (%lld day(s) late)"), (long long)f->gap);
        if (f->outcome == ANTQ_OUTCOME_UNKNOWN && f->missing)
            antq__buf_printf(b, PICK(lang, " [thiếu dữ liệu: %s]", " [missing evidence: %s]"), f->missing);
        return;
    case ANTQ_FACT_POLICE_ADVANCED:
        antq__buf_printf(b, PICK(lang, "Công an xã và Bảo vệ dân phố đạt \"Đơn vị tiên tiến\": %s",
                                 "commune police and neighbourhood protection hold \"Advanced unit\": %s"),
                         yes_no(f->value, lang));
        break;
    case ANTQ_FACT_COORDINATION_PLAN:
        antq__buf_printf(b, PICK(lang, "có kế hoạch phối hợp với chính quyền, Công an: %s", "coordination plan with government and police: %s"),
                         yes_no(f->value, lang));
        break;
    case ANTQ_FACT_PARTY_ORG:
        antq__buf_puts(b, f->outcome == ANTQ_OUTCOME_NOT_APPLICABLE
                              ? PICK(lang, "không có tổ chức đảng: không yêu cầu nghị quyết", "no Party organisation: no resolution required")
                              : PICK(lang, "chưa rõ có tổ chức đảng hay không", "whether a Party organisation exists is not reported"));
        return;
    case ANTQ_FACT_EMULATION_ELIGIBLE:
        antq__buf_puts(b, f->outcome == ANTQ_OUTCOME_NOT_APPLICABLE
                              ? PICK(lang, "không đủ điều kiện bình xét thi đua: phần danh hiệu, xếp loại không áp dụng",
                                     "not eligible for emulation rating: the title or rating part does not apply")
                          : f->outcome == ANTQ_OUTCOME_FAIL
                              ? PICK(lang, "không đủ điều kiện bình xét thi đua (tùy chọn: tính là không đạt)",
                                     "not eligible for emulation rating (option: counts as a failure)")
                              : PICK(lang, "chưa rõ có đủ điều kiện bình xét thi đua không", "eligibility for emulation rating not reported"));
        return;
    case ANTQ_FACT_SAFE_STANDARD:
        if (f->outcome == ANTQ_OUTCOME_NOT_APPLICABLE && f->value < 0) {
            antq__buf_puts(b, PICK(lang, "đơn vị không do cấp này quản lý: không áp dụng", "the unit is not managed at this level: not applicable"));
            return;
        }
        antq__buf_printf(b, PICK(lang, "kết quả theo tiêu chuẩn \"An toàn về an ninh, trật tự\" của năm: %s",
                                 "result under the \"Safe in security and order\" standard for the year: %s"),
                         f->value < 0 ? "?" : antq_verdict_name((int)f->value));
        if (f->subject && f->outcome != ANTQ_OUTCOME_PASS)
            antq__buf_printf(b, PICK(lang, " (tiêu chí %s)", " (criterion %s)"), f->subject);
        return;
    case ANTQ_FACT_ANSWER:
        antq__buf_printf(b, PICK(lang, "nội dung %s do đơn vị trả lời: %s", "content %s answered by the caller: %s"),
                         f->subject ? f->subject : "?", f->value < 0 ? (lang == ANTQ_LANG_EN ? "not answered" : "chưa trả lời") : yes_no(f->value, lang));
        return;
    case ANTQ_FACT_SCOPE_URBAN: {
        static const char *const vi[] = {"chưa rõ", "xã", "phường", "thị trấn", "đặc khu"};
        static const char *const en[] = {"not reported", "commune", "ward", "town", "special zone"};
        int t = f->value >= 0 && f->value <= ANTQ_COMMUNE_TYPE_SPECIAL_ZONE ? (int)f->value : 0;
        antq__buf_printf(b, PICK(lang, "loại đơn vị: %s (tiêu chí áp dụng cho phường, thị trấn)", "unit type: %s (the criterion applies to wards and towns)"),
                         PICK(lang, vi[t], en[t]));
        return;
    }
    default:
        antq__buf_puts(b, "?");
        return;
    }
    if (f->outcome == ANTQ_OUTCOME_NOT_APPLICABLE)
        return;
    put_requirement(b, f, lang);
    if (f->outcome == ANTQ_OUTCOME_UNKNOWN && f->missing)
        antq__buf_printf(b, PICK(lang, " [thiếu dữ liệu: %s]", " [missing evidence: %s]"), f->missing);
}

/* NULL arguments and unknown languages of the public text functions */
static int check_args(const void *obj, char **out, int lang, antq_error *err)
{
    if (out)
        *out = NULL;
    if (!obj || !out)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected an object and an output pointer, found NULL");
    if (lang != ANTQ_LANG_VI && lang != ANTQ_LANG_EN)
        return antq__error_set(err, ANTQ_EINVAL, "", "unknown language %d", lang);
    return ANTQ_OK;
}

int antq_fact_describe(char **out, const antq_fact *fact, int lang, antq_error *err)
{
    int rc = check_args(fact, out, lang, err);
    if (rc != ANTQ_OK)
        return rc;
    antq__buf b;
    antq__buf_init(&b);
    antq__fact_text(&b, fact, lang);
    return antq__buf_finish_err(&b, out, err);
}

static const char *verdict_label(int v, int lang)
{
    switch (v) {
    case ANTQ_VERDICT_CERTIFIED: return PICK(lang, "ĐẠT tiêu chuẩn \"An toàn về an ninh, trật tự\"", "CERTIFIED \"Safe in security and order\"");
    case ANTQ_VERDICT_NOT_CERTIFIED: return PICK(lang, "CHƯA ĐẠT tiêu chuẩn", "NOT CERTIFIED");
    case ANTQ_VERDICT_NOT_ELIGIBLE: return PICK(lang, "KHÔNG THUỘC PHẠM VI xét công nhận", "NOT ELIGIBLE (outside the scope)");
    case ANTQ_VERDICT_UNDETERMINED: return PICK(lang, "CHƯA XÁC ĐỊNH (thiếu dữ liệu)", "UNDETERMINED (evidence missing)");
    default: return "?";
    }
}

static const char *standard_verdict_label(int v, int lang)
{
    switch (v) {
    case ANTQ_VERDICT_CERTIFIED: return PICK(lang, "ĐẠT", "MET");
    case ANTQ_VERDICT_NOT_CERTIFIED: return PICK(lang, "CHƯA ĐẠT", "NOT MET");
    case ANTQ_VERDICT_NOT_ELIGIBLE: return PICK(lang, "KHÔNG ÁP DỤNG cho đơn vị này", "NOT APPLICABLE to this unit");
    case ANTQ_VERDICT_UNDETERMINED: return PICK(lang, "CHƯA XÁC ĐỊNH (thiếu dữ liệu hoặc câu trả lời)", "UNDETERMINED (evidence or answers missing)");
    default: return "?";
    }
}

/* The symbol of an outcome; its words are antq_outcome_label(). */
static const char *outcome_symbol(int o)
{
    switch (o) {
    case ANTQ_OUTCOME_PASS: return "✔";
    case ANTQ_OUTCOME_FAIL: return "✘";
    case ANTQ_OUTCOME_NOT_APPLICABLE: return "–";
    case ANTQ_OUTCOME_EXCLUDED: return "⊘";
    default: return "?";
    }
}

/* "✔ đạt, ✘ không đạt, …": the legend of the symbols, in their order. */
static void put_legend(antq__buf *b, int lang)
{
    static const int order[] = {ANTQ_OUTCOME_PASS, ANTQ_OUTCOME_FAIL, ANTQ_OUTCOME_UNKNOWN, ANTQ_OUTCOME_NOT_APPLICABLE,
                                ANTQ_OUTCOME_EXCLUDED};
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++)
        antq__buf_printf(b, "%s%s %s", i ? ", " : "", outcome_symbol(order[i]), antq_outcome_label(order[i], lang));
}

static void put_citation(antq__buf *b, const antq_citation *c, int lang)
{
    char cite[160];
    antq_citation_format(cite, sizeof cite, c, lang);
    antq__buf_puts(b, cite);
}

static void put_header(antq__buf *b, const antq_result *r, int lang)
{
    antq__buf_puts(b, PICK(lang, "Đơn vị ", "Unit "));
    antq__buf_text(b, r->unit_id); /* text from input: control characters escaped */
    if (r->unit_name) {
        antq__buf_puts(b, " \"");
        antq__buf_text(b, r->unit_name);
        antq__buf_puts(b, "\"");
    }
    antq__buf_printf(b, PICK(lang, " (%s), năm đánh giá %d\n", " (%s), evaluation year %d\n"), antq_unit_kind_label(r->kind, lang),
                     (int)r->year);
    antq__buf_printf(b, PICK(lang, "Căn cứ: Thông tư %s; kỳ đánh giá ", "Rule set: Circular %s; period "), r->ruleset->id);
    put_date(b, r->start, lang);
    antq__buf_puts(b, PICK(lang, " – ", " to "));
    put_date(b, r->end, lang);
    if (r->standard != ANTQ_STANDARD_SAFE) {
        antq__buf_printf(b, PICK(lang, "\nTiêu chuẩn: %s\nKết quả: %s\n", "\nStandard: %s\nVerdict: %s\n"),
                         antq_standard_title(r->standard, lang), standard_verdict_label(r->verdict, lang));
        return;
    }
    antq__buf_printf(b, PICK(lang, "\nKết quả: %s\n", "\nVerdict: %s\n"), verdict_label(r->verdict, lang));
}

int antq_result_explain(char **out, const antq_result *r, int lang, antq_error *err)
{
    int rc = check_args(r, out, lang, err);
    if (rc != ANTQ_OK)
        return rc;
    antq__buf b;
    antq__buf_init(&b);
    put_header(&b, r, lang);
    if (r->authority && r->verdict != ANTQ_VERDICT_NOT_ELIGIBLE && r->standard == ANTQ_STANDARD_SAFE) {
        if (r->authority->appraiser)
            antq__buf_printf(&b, PICK(lang, "Thẩm định: %s\n", "Appraised by: the %s\n"),
                             antq__body_label(r->authority->appraiser, lang));
        antq__buf_printf(&b, PICK(lang, "Thẩm quyền công nhận: %s", "Decided by: %s"), antq__body_label(r->authority->body, lang));
        if (r->authority->deadline_mmdd)
            antq__buf_printf(&b, PICK(lang, ", trước ngày %02d/%02d/%d", ", before %d-%02d-%02d"),
                             lang == ANTQ_LANG_EN ? (int)r->year : r->authority->deadline_mmdd % 100,
                             lang == ANTQ_LANG_EN ? r->authority->deadline_mmdd / 100 : r->authority->deadline_mmdd / 100,
                             lang == ANTQ_LANG_EN ? r->authority->deadline_mmdd % 100 : (int)r->year);
        antq__buf_puts(&b, " (");
        put_citation(&b, &r->authority->citation, lang);
        antq__buf_printf(&b, "%s)\n", r->authority->status == ANTQ_STATUS_UNVERIFIED ? PICK(lang, "; chưa kiểm chứng", "; unverified") : "");
    }
    if (r->delegated && r->verdict != ANTQ_VERDICT_NOT_ELIGIBLE && r->standard == ANTQ_STANDARD_SAFE) {
        antq__buf_printf(&b, PICK(lang, "Ủy quyền công nhận (khoản 5 Điều 10): từ %s xuống %s", "Delegated (Art. 10.5): from the %s to the %s"),
                         antq__level_name(r->delegation.from_level, lang), antq__level_name(r->delegation.to_level, lang));
        if (r->delegation.decision)
            antq__buf_printf(&b, ", %s", r->delegation.decision);
        antq__buf_puts(&b, "\n");
    }
    antq__buf_puts(&b, PICK(lang, "Các tiêu chí (", "Criteria ("));
    put_legend(&b, lang);
    antq__buf_puts(&b, "):\n");
    int procedure = 0;
    for (size_t i = 0; i < r->n_checks; i++) {
        const antq_check *c = &r->checks[i];
        if (c->criterion->role == ANTQ_CRITERION_PROCEDURE && !procedure) {
            procedure = 1;
            antq__buf_puts(&b, PICK(lang, "Thủ tục, thẩm quyền (không làm thay đổi kết quả):\n",
                                    "Procedure and authority (never changes the verdict):\n"));
        }
        antq__buf_printf(&b, "  %s %s (%s) — ", outcome_symbol(c->outcome), c->criterion->id,
                         antq_outcome_label(c->outcome, lang));
        put_citation(&b, &c->criterion->citation, lang);
        antq__buf_printf(&b, "\n      %s\n", PICK(lang, c->criterion->text_vi, c->criterion->text_en));
        for (size_t k = 0; k < c->n_facts; k++) {
            antq__buf_printf(&b, "      %s ", outcome_symbol(c->facts[k].outcome));
            antq__fact_text(&b, &c->facts[k], lang);
            antq__buf_puts(&b, "\n");
        }
    }
    return antq__buf_finish_err(&b, out, err);
}

/* One "what it takes" line for a fact that failed or is unknown. */
void antq__fact_need(antq__buf *b, const antq_fact *f, int lang)
{
    if (f->outcome == ANTQ_OUTCOME_UNKNOWN) {
        antq__buf_printf(b, PICK(lang, "bổ sung dữ liệu \"%s\"", "report \"%s\""), f->missing ? f->missing : "?");
        return;
    }
    char gap[ANTQ_FORMAT_SIZE];
    const char *g = count_text(gap, f->gap, lang);
    switch (f->kind) {
    case ANTQ_FACT_HOUSEHOLDS_REGISTERED: antq__buf_printf(b, PICK(lang, "cần thêm %s hộ đăng ký", "%s more household(s) must register"), g); return;
    case ANTQ_FACT_HOUSEHOLDS_COMMITTED: antq__buf_printf(b, PICK(lang, "cần thêm %s hộ ký cam kết", "%s more household(s) must sign the commitment"), g); return;
    case ANTQ_FACT_STAFF_BRIEFED: antq__buf_printf(b, PICK(lang, "cần phổ biến thêm cho %s người", "%s more staff must be briefed"), g); return;
    case ANTQ_FACT_LEARNERS_BRIEFED: antq__buf_printf(b, PICK(lang, "cần phổ biến thêm cho %s người học", "%s more learner(s) must be briefed"), g); return;
    case ANTQ_FACT_STAFF_COMMITTED: antq__buf_printf(b, PICK(lang, "cần thêm %s người ký cam kết", "%s more staff must sign the commitment"), g); return;
    case ANTQ_FACT_LEARNERS_COMMITTED: antq__buf_printf(b, PICK(lang, "cần thêm %s người học ký cam kết", "%s more learner(s) must sign the commitment"), g); return;
    case ANTQ_FACT_MEMBERS_REGISTERED: antq__buf_printf(b, PICK(lang, "cần thêm %s đơn vị đăng ký", "%s more member unit(s) must register"), g); return;
    case ANTQ_FACT_MEMBERS_CERTIFIED: antq__buf_printf(b, PICK(lang, "cần thêm %s đơn vị được công nhận", "%s more member unit(s) must be certified"), g); return;
    case ANTQ_FACT_SUBUNITS_QUALIFIED: antq__buf_printf(b, PICK(lang, "cần thêm %s đầu mối đạt danh hiệu hoặc xếp loại", "%s more subordinate unit(s) must reach the title or rating"), g); return;
    case ANTQ_FACT_EFFECTIVE_MODELS: antq__buf_printf(b, PICK(lang, "cần thêm %s mô hình hoạt động hiệu quả", "%s more effective movement model(s) needed"), g); return;
    case ANTQ_FACT_RULE_TOPICS:
        antq__buf_puts(b, PICK(lang, "cần ban hành nội quy về: ", "internal rules needed on: "));
        put_topics(b, f->detail, lang);
        return;
    case ANTQ_FACT_TREND_CRIMES:
    case ANTQ_FACT_TREND_SOCIAL_EVILS:
    case ANTQ_FACT_TREND_OTHER:
        antq__buf_printf(b, PICK(lang, "số vụ phải giảm %s để đạt yêu cầu so với năm trước", "the count is %s too high against the previous year"), g);
        return;
    case ANTQ_FACT_SAFE_STANDARD:
        antq__buf_puts(b, PICK(lang, "đơn vị phải đạt tiêu chuẩn \"An toàn về an ninh, trật tự\" của năm", "the unit must meet the \"Safe in security and order\" standard for the year"));
        return;
    case ANTQ_FACT_ANSWER:
        antq__buf_puts(b, PICK(lang, "nội dung phải được đáp ứng", "the content must be met"));
        return;
    case ANTQ_FACT_EVENTS:
    case ANTQ_FACT_EXTRA_EVENTS:
    case ANTQ_FACT_DISCIPLINED:
        antq__buf_puts(b, PICK(lang, "đã xảy ra trong kỳ, không khắc phục được trong kỳ này", "it happened in the period and cannot be made up within it"));
        return;
    case ANTQ_FACT_RESOLUTION_DATE:
    case ANTQ_FACT_PLAN_DATE:
    case ANTQ_FACT_REGISTRATION_DATE:
        antq__buf_puts(b, PICK(lang, "văn bản phải có ngày trong khoảng quy định", "the document must be dated within the window"));
        return;
    default:
        antq__buf_puts(b, PICK(lang, "phải đạt yêu cầu nêu trên", "the requirement above must be met"));
        return;
    }
}

int antq_result_what_it_takes(char **out, const antq_result *r, int lang, antq_error *err)
{
    int rc = check_args(r, out, lang, err);
    if (rc != ANTQ_OK)
        return rc;
    antq__buf b;
    antq__buf_init(&b);
    put_header(&b, r, lang);
    if (r->verdict == ANTQ_VERDICT_CERTIFIED) {
        antq__buf_puts(&b, PICK(lang, "Không thiếu gì: đơn vị đạt mọi tiêu chí.\n", "Nothing is missing: the unit meets every criterion.\n"));
        return antq__buf_finish_err(&b, out, err);
    }
    if (r->verdict == ANTQ_VERDICT_NOT_ELIGIBLE) {
        for (size_t i = 0; i < r->n_checks; i++)
            if (r->checks[i].outcome == ANTQ_OUTCOME_EXCLUDED) {
                antq__buf_puts(&b, PICK(lang, "Đơn vị không thuộc phạm vi xét công nhận theo ", "The unit is outside the scope under "));
                put_citation(&b, &r->checks[i].criterion->citation, lang);
                antq__buf_puts(&b, PICK(lang, "; không có gì cần đạt thêm.\n", "; there is nothing to achieve.\n"));
                break;
            }
        return antq__buf_finish_err(&b, out, err);
    }
    antq__buf_puts(&b, PICK(lang, "Để đạt tiêu chuẩn cần:\n", "What it would take:\n"));
    for (size_t i = 0; i < r->n_checks; i++) {
        const antq_check *c = &r->checks[i];
        if ((c->outcome != ANTQ_OUTCOME_FAIL && c->outcome != ANTQ_OUTCOME_UNKNOWN) ||
            c->criterion->role == ANTQ_CRITERION_PROCEDURE)
            continue; /* a procedural irregularity does not stand between the unit and the standard */
        for (size_t k = 0; k < c->n_facts; k++) {
            const antq_fact *f = &c->facts[k];
            if (f->outcome != ANTQ_OUTCOME_FAIL && f->outcome != ANTQ_OUTCOME_UNKNOWN)
                continue;
            antq__buf_printf(&b, "  - %s (", c->criterion->id);
            put_citation(&b, &c->criterion->citation, lang);
            antq__buf_puts(&b, "): ");
            antq__fact_need(&b, f, lang);
            antq__buf_puts(&b, " — ");
            antq__fact_text(&b, f, lang);
            antq__buf_puts(&b, "\n");
        }
    }
    return antq__buf_finish_err(&b, out, err);
}
