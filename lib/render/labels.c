/* The words a person reads for every enum (include/antq/labels.h).
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <string.h>

/* One table row: Vietnamese, English. */
typedef struct label {
    const char *vi, *en;
} label;

static const char *pick(const label *table, size_t n, int value, int lang)
{
    if (value < 0 || (size_t)value >= n || !table[value].vi)
        return "?";
    return lang == ANTQ_LANG_EN ? table[value].en : table[value].vi;
}

#define PICK_FROM(table, value, lang) pick((table), sizeof(table) / sizeof((table)[0]), (value), (lang))

const char *antq_verdict_label(int verdict, int lang)
{
    static const label t[] = {
        [ANTQ_VERDICT_CERTIFIED] = {"đạt", "certified"},
        [ANTQ_VERDICT_NOT_CERTIFIED] = {"chưa đạt", "not certified"},
        [ANTQ_VERDICT_NOT_ELIGIBLE] = {"không thuộc phạm vi", "not eligible"},
        [ANTQ_VERDICT_UNDETERMINED] = {"chưa xác định", "undetermined"},
    };
    return PICK_FROM(t, verdict, lang);
}

const char *antq_outcome_label(int outcome, int lang)
{
    static const label t[] = {
        [ANTQ_OUTCOME_PASS] = {"đạt", "met"},
        [ANTQ_OUTCOME_FAIL] = {"không đạt", "not met"},
        [ANTQ_OUTCOME_NOT_APPLICABLE] = {"không áp dụng", "not applicable"},
        [ANTQ_OUTCOME_UNKNOWN] = {"thiếu dữ liệu", "evidence missing"},
        [ANTQ_OUTCOME_EXCLUDED] = {"ngoài phạm vi", "outside the scope"},
    };
    return PICK_FROM(t, outcome, lang);
}

const char *antq_unit_kind_label(int kind, int lang)
{
    static const label t[] = {
        [ANTQ_KIND_RESIDENTIAL_AREA] = {"khu dân cư", "residential area"},
        [ANTQ_KIND_COMMUNE] = {"xã, phường, đặc khu", "commune-level unit"},
        [ANTQ_KIND_AGENCY] = {"cơ quan", "agency"},
        [ANTQ_KIND_ENTERPRISE] = {"doanh nghiệp", "enterprise"},
        [ANTQ_KIND_EDUCATIONAL_INSTITUTION] = {"cơ sở giáo dục", "educational institution"},
    };
    return PICK_FROM(t, kind, lang);
}

const char *antq_fact_kind_label(int kind, int lang)
{
    static const label t[] = {
        [ANTQ_FACT_REGISTERED] = {"đăng ký xây dựng đạt tiêu chuẩn", "registration for the standard"},
        [ANTQ_FACT_RESOLUTION_DATE] = {"ngày nghị quyết của tổ chức đảng", "date of the Party resolution"},
        [ANTQ_FACT_PLAN_DATE] = {"ngày kế hoạch về an ninh, trật tự", "date of the security-and-order plan"},
        [ANTQ_FACT_REGISTRATION_DATE] = {"ngày đăng ký", "date of registration"},
        [ANTQ_FACT_HOUSEHOLDS_REGISTERED] = {"hộ gia đình đăng ký", "households registered"},
        [ANTQ_FACT_HOUSEHOLDS_COMMITTED] = {"hộ gia đình ký cam kết", "households committed"},
        [ANTQ_FACT_STAFF_BRIEFED] = {"cán bộ, người lao động được phổ biến", "staff briefed"},
        [ANTQ_FACT_LEARNERS_BRIEFED] = {"người học được phổ biến", "learners briefed"},
        [ANTQ_FACT_STAFF_COMMITTED] = {"cán bộ, công nhân viên ký cam kết", "staff committed"},
        [ANTQ_FACT_LEARNERS_COMMITTED] = {"người học ký cam kết", "learners committed"},
        [ANTQ_FACT_RULE_TOPICS] = {"nội dung của nội quy", "topics of the internal rules"},
        [ANTQ_FACT_EFFECTIVE_MODELS] = {"mô hình phong trào hiệu quả", "effective movement models"},
        [ANTQ_FACT_IMPLEMENTS_POLICY] = {"thực hiện chủ trương, chính sách, pháp luật", "implementation of policy and law"},
        [ANTQ_FACT_PARENT_BOARD] = {"phối hợp với Ban Đại diện cha mẹ học sinh", "coordination with the parents' board"},
        [ANTQ_FACT_EVENTS] = {"vụ việc trong kỳ", "events in the period"},
        [ANTQ_FACT_TREND_CRIMES] = {"tội phạm so với năm trước", "crimes against the previous year"},
        [ANTQ_FACT_TREND_SOCIAL_EVILS] = {"tệ nạn xã hội so với năm trước", "social evils against the previous year"},
        [ANTQ_FACT_TREND_OTHER] = {"vi phạm pháp luật khác so với năm trước", "other violations against the previous year"},
        [ANTQ_FACT_SUPERVISION] = {"quản lý, giáo dục người thuộc diện quản lý", "supervision of persons under management"},
        [ANTQ_FACT_GRASSROOTS_RATING] = {"xếp loại Tổ bảo vệ an ninh, trật tự", "rating of the grassroots security team"},
        [ANTQ_FACT_DISCIPLINED] = {"kỷ luật", "discipline"},
        [ANTQ_FACT_POLICE_EFFECTIVE] = {"hiệu quả của Công an cấp xã", "effectiveness of the commune police"},
        [ANTQ_FACT_MEMBERS_REGISTERED] = {"đơn vị thuộc phạm vi quản lý đã đăng ký", "member units registered"},
        [ANTQ_FACT_MEMBERS_CERTIFIED] = {"đơn vị thuộc phạm vi quản lý được công nhận", "member units certified"},
        [ANTQ_FACT_PROTECTION_STANDING] = {"danh hiệu, xếp loại của lực lượng bảo vệ", "standing of the protection force"},
        [ANTQ_FACT_SUBUNITS_QUALIFIED] = {"đầu mối trực thuộc đạt danh hiệu, xếp loại", "subordinate units qualified"},
        [ANTQ_FACT_SCOPE_ARMED_FORCES] = {"thuộc lực lượng vũ trang", "armed-forces unit"},
        [ANTQ_FACT_SCOPE_SMALL_ENTERPRISE] = {"quy mô doanh nghiệp", "enterprise size"},
        [ANTQ_FACT_SCOPE_PRIMARY_PRESCHOOL] = {"cấp học", "education level"},
        [ANTQ_FACT_EXTRA] = {"tiêu chí bổ sung của tỉnh", "provincial extra criterion"},
        [ANTQ_FACT_POLICE_ADVANCED] = {"danh hiệu \"Đơn vị tiên tiến\" của Công an xã", "\"Advanced unit\" title of the police"},
        [ANTQ_FACT_COORDINATION_PLAN] = {"kế hoạch phối hợp", "coordination plan"},
        [ANTQ_FACT_PARTY_ORG] = {"tổ chức đảng", "Party organisation"},
        [ANTQ_FACT_EMULATION_ELIGIBLE] = {"điều kiện bình xét thi đua", "eligibility for emulation rating"},
        [ANTQ_FACT_SAFE_STANDARD] = {"kết quả theo tiêu chuẩn \"An toàn về an ninh, trật tự\"",
                                     "result under the \"Safe in security and order\" standard"},
        [ANTQ_FACT_ANSWER] = {"nội dung do đơn vị trả lời", "content answered by the caller"},
        [ANTQ_FACT_SCOPE_URBAN] = {"loại đơn vị cấp xã", "type of commune-level unit"},
    };
    return PICK_FROM(t, kind, lang);
}

const char *antq_status_label(int status, int lang)
{
    switch (status) {
    case ANTQ_STATUS_VERIFIED: return lang == ANTQ_LANG_EN ? "verified" : "đã kiểm chứng";
    case ANTQ_STATUS_SECONDARY: return lang == ANTQ_LANG_EN ? "secondary source" : "kiểm chứng qua nguồn thứ cấp";
    case ANTQ_STATUS_DERIVED: return lang == ANTQ_LANG_EN ? "our decision" : "lựa chọn của thư viện";
    case ANTQ_STATUS_UNVERIFIED: return lang == ANTQ_LANG_EN ? "unverified" : "chưa kiểm chứng";
    default: return "?";
    }
}

const char *antq_festival_level_label(int level, int lang)
{
    static const label t[] = {
        [ANTQ_FESTIVAL_LEVEL_PROVINCE] = {"tỉnh", "province"},
        [ANTQ_FESTIVAL_LEVEL_COMMUNE] = {"xã", "commune"},
        [ANTQ_FESTIVAL_LEVEL_RESIDENTIAL_AREA] = {"khu dân cư", "residential area"},
        [ANTQ_FESTIVAL_LEVEL_AGENCY] = {"cơ quan", "agency"},
        [ANTQ_FESTIVAL_LEVEL_ENTERPRISE] = {"doanh nghiệp", "enterprise"},
        [ANTQ_FESTIVAL_LEVEL_EDUCATIONAL_INSTITUTION] = {"cơ sở giáo dục", "educational institution"},
    };
    return PICK_FROM(t, level, lang);
}

const char *antq_task_state_label(int state, int lang)
{
    static const label t[] = {
        [ANTQ_TASK_STATE_ON_TIME] = {"đúng hạn", "on time"},
        [ANTQ_TASK_STATE_DONE_LATE] = {"xong, trễ hạn", "done late"},
        [ANTQ_TASK_STATE_OVERDUE] = {"quá hạn", "overdue"},
        [ANTQ_TASK_STATE_OPEN] = {"đang thực hiện", "open"},
        [ANTQ_TASK_STATE_CANCELLED] = {"đã hủy", "cancelled"},
    };
    return PICK_FROM(t, state, lang);
}

const char *antq_metric_label(int metric, int lang)
{
    static const label t[] = {
        [ANTQ_METRIC_SHARE_CERTIFIED] = {"tỷ lệ đơn vị được công nhận", "share of units certified"},
        [ANTQ_METRIC_SHARE_REGISTERED] = {"tỷ lệ đơn vị đăng ký", "share of units registered"},
        [ANTQ_METRIC_HOUSEHOLDS_REGISTERED] = {"tỷ lệ hộ gia đình đăng ký", "share of households registered"},
        [ANTQ_METRIC_COUNT_CERTIFIED] = {"số đơn vị được công nhận", "units certified"},
        [ANTQ_METRIC_FESTIVAL_HELD] = {"tỷ lệ đơn vị tổ chức Ngày hội", "share of units holding the festival"},
        [ANTQ_METRIC_POINT_SITES] = {"số Ngày hội điểm", "point-site festivals"},
        [ANTQ_METRIC_COMMUNES_WITH_POINT_SITE] = {"tỷ lệ xã có Ngày hội điểm", "share of communes with a point site"},
        [ANTQ_METRIC_KEY_COMPLEX_COMMUNES] = {"số xã trọng điểm phức tạp về an ninh, trật tự", "key complex communes"},
        [ANTQ_METRIC_NEW_RURAL_SECURITY] = {"số xã đạt tiêu chí 19.2 nông thôn mới", "communes meeting new-rural criterion 19.2"},
        [ANTQ_METRIC_REPORTED] = {"chỉ số báo cáo", "reported indicator"},
    };
    return PICK_FROM(t, metric, lang);
}

const char *antq_missing_label(const char *missing, int lang)
{
    static const struct {
        const char *code, *vi;
    } t[] = {
        {"undetermined units", "đơn vị chưa xác định được kết quả"},
        {"evaluation of the target's year", "kết quả đánh giá của năm chỉ tiêu"},
        {"households of a residential area", "số hộ của khu dân cư"},
        {"reported value", "giá trị báo cáo"},
        {"metric", "chỉ số đo"},
    };
    if (!missing)
        return "";
    if (lang == ANTQ_LANG_EN)
        return missing;
    for (size_t i = 0; i < sizeof t / sizeof t[0]; i++)
        if (strcmp(missing, t[i].code) == 0)
            return t[i].vi;
    return missing;
}
