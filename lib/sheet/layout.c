/* The spreadsheet layout of a dataset (doc/spreadsheets.md): which sheet holds
 * what, and for every field of the JSON field tables (lib/io/fields.c) its
 * Vietnamese header, its English alias (the JSON name) and the Vietnamese
 * labels of its values. Columns are built from the field tables, so a field
 * added there needs a header here (tests/sheet checks that every one has one).
 * SPDX-License-Identifier: MIT */
#include "book.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

const antq__sheet_layout antq__sheet_layouts[ANTQ__SH_COUNT] = {
    {"units", "Đơn vị", "One row per unit"},
    {"evidence", "Số liệu năm", "One row per unit and evaluation year: the yearly facts"},
    {"events", "Sự việc", "One row per dated event (crime, fire, incident …) of a unit's year"},
    {"disciplines", "Kỷ luật", "One row per discipline decision of a unit's year"},
    {"rule_topics", "Nội quy", "One row per unit and year: the topics its internal rules cover (no row: not reported)"},
    {"extra", "Tiêu chí bổ sung", "One row per answer to a provincial extra criterion"},
    {"options", "Tùy chọn", "One row per dataset option: name and value"},
    {"extra_criteria", "Tiêu chí của tỉnh", "One row per provincial extra criterion (Art. 8.1)"},
    {"delegations", "Ủy quyền", "One row per delegation of recognition one level down (Art. 10.5, options.delegations)"},
    {"authority", "Thẩm quyền công nhận",
     "A province's own authority table, replacing the built-in one: one row per rule, checked for gaps and overlaps "
     "(Art. 9-10, options.authority)"},
};
const antq__sheet_layout antq__sheet_guide = {"guide", "Hướng dẫn", "What every column holds (ignored when read)"};
const antq__sheet_layout antq__sheet_lists = {"lists", "Danh mục", "Allowed values of the drop-down lists (ignored when read)"};

/* Vietnamese labels, aligned with the name tables of lib/io/fields.c (index = value). */
static const char *const kind_vi[] = {NULL, "Khu dân cư", "Cấp xã", "Cơ quan", "Doanh nghiệp", "Cơ sở giáo dục"};
static const char *const commune_type_vi[] = {NULL, "Xã", "Phường", "Thị trấn", "Đặc khu"};
static const char *const level_vi[] = {NULL, "Cấp xã", "Cấp huyện", "Cấp tỉnh", "Bộ Công an"};
static const char *const size_vi[] = {NULL, "Siêu nhỏ", "Nhỏ", "Vừa", "Lớn"};
static const char *const edu_vi[] = {NULL, "Nhà trẻ", "Mẫu giáo", "Tiểu học", "Trung học cơ sở", "Trung học phổ thông",
                                     "Nhiều cấp học", "Giáo dục thường xuyên", "Giáo dục nghề nghiệp", "Cao đẳng",
                                     "Đại học", "Khác"};
static const char *const rating_vi[] = {NULL, "Không hoàn thành nhiệm vụ", "Hoàn thành nhiệm vụ",
                                        "Hoàn thành tốt nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ"};
static const char *const severity_vi[] = {NULL, "Ít nghiêm trọng", "Nghiêm trọng", "Rất nghiêm trọng",
                                          "Đặc biệt nghiêm trọng"};
static const char *const discipline_vi[] = {"Không kỷ luật", "Khiển trách", "Kéo dài thời hạn nâng lương", "Cảnh cáo",
                                            "Hạ bậc lương", "Giáng chức", "Cách chức", "Buộc thôi việc"};
static const char *const role_vi[] = {NULL, "Tổ bảo vệ ANTT ở cơ sở", "Công an xã", "Lực lượng bảo vệ",
                                      "Đơn vị trực thuộc", "Bảo vệ dân phố"};
static const char *const event_vi[] = {
    NULL, "Hoạt động chống Đảng, Nhà nước", "Phá hoại mục tiêu", "Truyền đạo trái pháp luật",
    "Lợi dụng tín ngưỡng, tôn giáo, dân tộc, khiếu kiện", "Ly khai, đòi tự trị", "Mâu thuẫn, tranh chấp kéo dài",
    "Kích động tụ tập đông người", "Đình công, lãn công trái pháp luật", "Tội phạm", "Lộ, mất bí mật nhà nước",
    "Cháy, nổ nghiêm trọng", "Tai nạn lao động chết người", "Sự cố nghiêm trọng",
    "Vi phạm môi trường, an toàn thực phẩm", "Cán bộ bị xử phạt hành chính về ANTT", "Cán bộ mắc tệ nạn xã hội",
    "Bạo lực học đường", "Thành viên phạm tội hoặc mắc tệ nạn", "Phát sinh tụ điểm phức tạp",
    "Phát sinh người mắc tệ nạn xã hội", "Trộm cắp tài sản giá trị lớn", "Tai nạn giao thông làm chết người",
    "Vụ việc theo tiêu chí của tỉnh"};
static const char *const body_vi[] = {NULL, "UBND cấp xã", "UBND cấp huyện", "UBND cấp tỉnh", "Bộ trưởng Bộ Công an",
                                      "Ban Chỉ đạo cấp xã", "Ban Chỉ đạo cấp huyện", "Ban Chỉ đạo cấp tỉnh",
                                      "Cục V05"};

/* Status of an authority row: its letter is the value (index into "VSDU"). */
static const char *const status_names[] = {"V", "S", "D", "U"};
static const char *const status_vi[] = {"V (đã kiểm chứng)", "S (nguồn thứ cấp)", "D (quyết định của tỉnh)",
                                        "U (chưa kiểm chứng)"};

/* Cell types of the columns that are not fields of a JSON field table. */
static const antq__field kinds_field = {"kinds", ANTQ__FT_ENUM, 0, 0, antq__kind_names, ANTQ_KIND_COUNT};
static const antq__field number_field = {"decision_number", ANTQ__FT_STRING, 0, 0, NULL, 0};
static const antq__field valid_to_field = {"to", ANTQ__FT_DATE, 0, (uint16_t)offsetof(antq_authority_rule, valid_to),
                                           NULL, 0};
static const antq__field status_field = {"status", ANTQ__FT_ENUM, 0, 0, status_names,
                                         (uint8_t)ANTQ__ARRAY_LEN(status_names)};
static const antq__field citation_fields[] = {
    {"citation_instrument", ANTQ__FT_STRING, 1, (uint16_t)offsetof(antq_authority_rule, citation.instrument), NULL, 0},
    {"citation_points", ANTQ__FT_STRING, 0, (uint16_t)offsetof(antq_authority_rule, citation.points), NULL, 0},
};

enum { RA = 1 << 1, CO = 1 << 2, AG = 1 << 3, EN = 1 << 4, EI = 1 << 5, ALL = 0 };

typedef struct header {
    uint8_t sheet;
    const char *name;  /* JSON name */
    const char *vi;
    const char *help;
    const char *const *labels;
    uint8_t n_labels;
} header;

#define L(t) t, (uint8_t)ANTQ__ARRAY_LEN(t)
static const header headers[] = {
    {ANTQ__SH_UNITS, "id", "Mã đơn vị", "official code or local identifier, unique in the dataset", NULL, 0},
    {ANTQ__SH_UNITS, "kind", "Loại đơn vị", "kind of unit (Art. 2)", L(kind_vi)},
    {ANTQ__SH_UNITS, "name", "Tên đơn vị", "name", NULL, 0},
    {ANTQ__SH_UNITS, "local_type", "Tên gọi địa phương", "residential areas: thôn, tổ dân phố, ấp, bản …", NULL, 0},
    {ANTQ__SH_UNITS, "parent", "Mã đơn vị cấp xã", "id of the commune-level unit it belongs to", NULL, 0},
    {ANTQ__SH_UNITS, "commune_type", "Loại đơn vị hành chính cấp xã", "communes: commune, ward, town, special zone", L(commune_type_vi)},
    {ANTQ__SH_UNITS, "managing_level", "Cấp quản lý", "level that manages (and recognises) the unit (Art. 10)", L(level_vi)},
    {ANTQ__SH_UNITS, "delegated_to_commune", "Ủy quyền cho cấp xã", "recognition delegated to the commune (Art. 10.5)", NULL, 0},
    {ANTQ__SH_UNITS, "armed_forces", "Thuộc lực lượng vũ trang", "agency or unit of the armed forces (out of scope)", NULL, 0},
    {ANTQ__SH_UNITS, "enterprise_size", "Quy mô doanh nghiệp", "enterprises: size class (small and micro out of scope)", L(size_vi)},
    {ANTQ__SH_UNITS, "education_level", "Cấp học", "educational institutions: level (Art. 7.2)", L(edu_vi)},
    {ANTQ__SH_UNITS, "has_party_org", "Có tổ chức Đảng", "has a Party organisation (Art. 6.1, 7.1)", NULL, 0},
    {ANTQ__SH_UNITS, "general_education", "Giáo dục phổ thông", "teaches general education (empty: derived from the level)", NULL, 0},
    {ANTQ__SH_UNITS, "has_protection_force", "Có lực lượng bảo vệ", "has a protection force (Art. 6.4, 7.5)", NULL, 0},
    {ANTQ__SH_UNITS, "emulation_eligible", "Thuộc diện bình xét thi đua", "eligible for emulation rating (N6)", NULL, 0},

    {ANTQ__SH_EVIDENCE, "year", "Năm", "evaluation year", NULL, 0},
    {ANTQ__SH_EVIDENCE, "registered", "Đã đăng ký", "registered for the standard this year", NULL, 0},
    {ANTQ__SH_EVIDENCE, "registration_date", "Ngày đăng ký", "date of the registration", NULL, 0},
    {ANTQ__SH_EVIDENCE, "party_resolution_date", "Ngày nghị quyết", "date of the Party resolution", NULL, 0},
    {ANTQ__SH_EVIDENCE, "plan_date", "Ngày kế hoạch", "date of the security-and-order plan", NULL, 0},
    {ANTQ__SH_EVIDENCE, "decision_date", "Ngày quyết định công nhận", "date of the recognition decision (C124-PROC-07)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "decision_body", "Cơ quan quyết định công nhận", "body that decided the recognition (C124-AUTH-05)", L(body_vi)},
    {ANTQ__SH_EVIDENCE, "decision_number", "Số quyết định công nhận", "number of the recognition decision (C124-PROC-07)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "households_resident", "Số hộ đang cư trú", "residential areas: households residing", NULL, 0},
    {ANTQ__SH_EVIDENCE, "households_registered", "Số hộ đăng ký", "residential areas: households that registered (Art. 4.1)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "households_committed", "Số hộ ký cam kết", "households that signed the commitment (23/2012 Art. 5)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "staff_total", "Tổng số cán bộ, người lao động", "officials, employees, workers (and teachers)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "staff_briefed", "Số cán bộ được phổ biến", "briefed on the rules and criteria (Art. 6.1, 7.1)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "staff_committed", "Số cán bộ ký cam kết", "signed the commitment (23/2012 Art. 7.1, 8)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "learners_total", "Số người học", "educational institutions: learners", NULL, 0},
    {ANTQ__SH_EVIDENCE, "learners_briefed", "Số người học được phổ biến", "learners briefed (Art. 7.1)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "learners_committed", "Số người học ký cam kết", "learners who signed the commitment (23/2012 Art. 8)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "effective_models", "Số mô hình hiệu quả", "movement models working effectively", NULL, 0},
    {ANTQ__SH_EVIDENCE, "implements_policy", "Chấp hành chủ trương, pháp luật", "fully implements Party/State policy and law (4.2, 6.2, 7.2)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "parent_board_coordination", "Phối hợp Ban đại diện cha mẹ học sinh", "general education: coordination with the parents' board (7.2)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "supervision_effective", "Quản lý, giáo dục đối tượng hiệu quả", "supervision of persons under management is effective (4.4.c)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "police_effective", "Công an xã tham mưu hiệu quả", "commune police grasp the situation and advise effectively (5.3)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "police_advanced_unit", "Công an, bảo vệ dân phố đạt Đơn vị tiên tiến", "23/2012 Art. 6.3", NULL, 0},
    {ANTQ__SH_EVIDENCE, "coordination_plan", "Có kế hoạch phối hợp", "coordination plan with local government and police (23/2012 Art. 7.2)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "crimes", "Số vụ phạm tội", "crimes in the period (Art. 4.4.a)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "crimes_prev", "Số vụ phạm tội năm trước", "crimes in the previous period", NULL, 0},
    {ANTQ__SH_EVIDENCE, "social_evils", "Số vụ tệ nạn xã hội", "social-evil cases in the period", NULL, 0},
    {ANTQ__SH_EVIDENCE, "social_evils_prev", "Số vụ tệ nạn xã hội năm trước", "social-evil cases, previous period", NULL, 0},
    {ANTQ__SH_EVIDENCE, "other_violations", "Số vụ vi phạm pháp luật khác", "other law violations in the period", NULL, 0},
    {ANTQ__SH_EVIDENCE, "other_violations_prev", "Số vụ vi phạm pháp luật khác năm trước", "other law violations, previous period", NULL, 0},
    {ANTQ__SH_EVIDENCE, "grassroots_rating", "Xếp loại Tổ bảo vệ ANTT", "rating of the grassroots security team (Art. 4.5)", L(rating_vi)},
    {ANTQ__SH_EVIDENCE, "protection_rating", "Xếp loại lực lượng bảo vệ", "rating of the protection force (Art. 6.4, 7.5)", L(rating_vi)},
    {ANTQ__SH_EVIDENCE, "protection_advanced_title", "Lực lượng bảo vệ đạt Tập thể lao động tiên tiến", "Art. 6.4, 7.5", NULL, 0},
    {ANTQ__SH_EVIDENCE, "subunits_total", "Số đơn vị trực thuộc", "subordinate units (Art. 6.5, 7.6)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "subunits_qualified", "Số đơn vị trực thuộc đạt", "of which hold the title or completed tasks well or better", NULL, 0},
    {ANTQ__SH_EVIDENCE, "members_total", "Số đơn vị thuộc diện quản lý", "communes without member rows: units under management (N2)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "members_registered", "Số đơn vị đã đăng ký", "of which registered", NULL, 0},
    {ANTQ__SH_EVIDENCE, "members_certified", "Số đơn vị đạt chuẩn", "of which certified", NULL, 0},
    {ANTQ__SH_EVIDENCE, "events_recorded", "Đã ghi đủ sự việc", "the sheet Sự việc lists every event of the period (empty: yes when it has rows)", NULL, 0},
    {ANTQ__SH_EVIDENCE, "disciplines_recorded", "Đã ghi đủ kỷ luật", "the sheet Kỷ luật lists every decision (empty: yes when it has rows)", NULL, 0},

    {ANTQ__SH_EVENTS, "date", "Ngày", "date of the event", NULL, 0},
    {ANTQ__SH_EVENTS, "kind", "Loại sự việc", "kind of event (Art. 4.3, 4.4, 6.3, 7.3-7.4)", L(event_vi)},
    {ANTQ__SH_EVENTS, "severity", "Mức độ", "crimes: severity class (Penal Code Art. 9)", L(severity_vi)},
    {ANTQ__SH_EVENTS, "discipline", "Hình thức kỷ luật", "staff or member events: the discipline given", L(discipline_vi)},
    {ANTQ__SH_EVENTS, "force_majeure", "Bất khả kháng", "caused by force majeure (N3)", NULL, 0},
    {ANTQ__SH_EVENTS, "handled_promptly", "Phát hiện, xử lý kịp thời", "promptly detected, contained and reported (4.4.b, 6.3.đ)", NULL, 0},
    {ANTQ__SH_EVENTS, "unit", "Nơi xảy ra", "id of the unit where it happened (territory events of a commune)", NULL, 0},
    {ANTQ__SH_EVENTS, "note", "Ghi chú", "free text", NULL, 0},

    {ANTQ__SH_DISCIPLINES, "date", "Ngày", "date of the decision", NULL, 0},
    {ANTQ__SH_DISCIPLINES, "role", "Đối tượng", "whose discipline it is", L(role_vi)},
    {ANTQ__SH_DISCIPLINES, "level", "Hình thức kỷ luật", "form of discipline (N4)", L(discipline_vi)},

    {ANTQ__SH_TOPICS, "unit_protection", "Bảo vệ cơ quan, đơn vị", "rules on protecting the unit", NULL, 0},
    {ANTQ__SH_TOPICS, "state_secrets", "Bảo vệ bí mật nhà nước", "rules on State secrets", NULL, 0},
    {ANTQ__SH_TOPICS, "internal_politics", "Bảo vệ chính trị nội bộ", "rules on internal politics", NULL, 0},
    {ANTQ__SH_TOPICS, "labour_safety", "An toàn lao động", "rules on labour safety", NULL, 0},
    {ANTQ__SH_TOPICS, "fire_prevention", "Phòng cháy, chữa cháy", "rules on fire prevention", NULL, 0},
    {ANTQ__SH_TOPICS, "environment", "Bảo vệ môi trường", "rules on the environment", NULL, 0},
    {ANTQ__SH_TOPICS, "learner_management", "Quản lý, giáo dục người học", "rules on managing learners (Art. 7.1)", NULL, 0},

    {ANTQ__SH_EXTRA, "criterion", "Mã tiêu chí", "id of a provincial extra criterion (sheet Tiêu chí của tỉnh)", NULL, 0},
    {ANTQ__SH_EXTRA, "met", "Đạt", "whether the unit met it", NULL, 0},

    {ANTQ__SH_CRITERIA, "id", "Mã tiêu chí", "unique id of the criterion", NULL, 0},
    {ANTQ__SH_CRITERIA, "text_vi", "Nội dung", "its text in Vietnamese", NULL, 0},
    {ANTQ__SH_CRITERIA, "text_en", "Nội dung tiếng Anh", "its text in English", NULL, 0},
    {ANTQ__SH_CRITERIA, "source", "Căn cứ", "the provincial decision that sets it", NULL, 0},
    {ANTQ__SH_CRITERIA, "kinds", "Áp dụng cho", "unit kinds it applies to, separated by ';' (empty: all)", L(kind_vi)},
    {ANTQ__SH_CRITERIA, "fails_on_event_kinds", "Không đạt khi có sự việc",
     "event kinds that fail it when one happens in the period, separated by ';' (empty: answered in sheet Tiêu chí bổ sung)",
     L(event_vi)},

    {ANTQ__SH_DELEGATIONS, "from", "Cấp ủy quyền", "level of the People's Committee that delegates (district or province)", L(level_vi)},
    {ANTQ__SH_DELEGATIONS, "to", "Cấp được ủy quyền", "level that receives it: exactly one level below on the date", L(level_vi)},
    {ANTQ__SH_DELEGATIONS, "kinds", "Loại đơn vị được ủy quyền",
     "unit kinds delegated (agencies, enterprises, educational institutions), separated by ';'", L(kind_vi)},
    {ANTQ__SH_DELEGATIONS, "decision", "Số quyết định ủy quyền", "reference of the delegating decision", NULL, 0},
    {ANTQ__SH_DELEGATIONS, "decision_date", "Ngày quyết định ủy quyền", "date of the delegating decision: it applies to recognitions from that day", NULL, 0},
    {ANTQ__SH_DELEGATIONS, "unit", "Mã đơn vị được ủy quyền", "the one unit delegated (empty: every unit of those kinds the delegating level manages)", NULL, 0},

    {ANTQ__SH_AUTHORITY, "from", "Áp dụng từ ngày", "first decision date the row governs", NULL, 0},
    {ANTQ__SH_AUTHORITY, "to", "Áp dụng đến ngày", "last decision date the row governs (empty: open)", NULL, 0},
    {ANTQ__SH_AUTHORITY, "kind", "Loại đơn vị", "kind of unit", L(kind_vi)},
    {ANTQ__SH_AUTHORITY, "managing_level", "Cấp quản lý", "level that manages the unit (empty: any)", L(level_vi)},
    {ANTQ__SH_AUTHORITY, "body", "Cơ quan quyết định công nhận", "body that decides the recognition", L(body_vi)},
    {ANTQ__SH_AUTHORITY, "appraiser", "Cơ quan thẩm định", "body that appraises the dossier (Art. 9.1; empty: not known)", L(body_vi)},
    {ANTQ__SH_AUTHORITY, "deadline", "Hạn quyết định", "the decision must be made before this day of the year, MM-DD (empty: none known)", NULL, 0},
    {ANTQ__SH_AUTHORITY, "status", "Mức độ kiểm chứng", "V verified, S secondary source, D the province's decision (empty: D), U unverified", L(status_vi)},
    {ANTQ__SH_AUTHORITY, "citation_instrument", "Văn bản căn cứ", "the instrument the row rests on", NULL, 0},
    {ANTQ__SH_AUTHORITY, "citation_article", "Điều", "its article (0-999)", NULL, 0},
    {ANTQ__SH_AUTHORITY, "citation_clause", "Khoản", "its clause (0-999; empty: 0)", NULL, 0},
    {ANTQ__SH_AUTHORITY, "citation_points", "Điểm", "its points, e.g. \"a, b\"", NULL, 0},
    {ANTQ__SH_AUTHORITY, "note", "Ghi chú", "a short note", NULL, 0},
};
#undef L

const antq__option_row antq__option_rows[] = {
    {"year", "Năm đánh giá", "the evaluation year of the dataset"},
    {"as_of", "Ngày xét", "date used to look up the recognising authority (empty: the period end)"},
    {"province", "Tỉnh", "the province the dataset is about (report headers)"},
    {"issuer", "Cơ quan báo cáo", "the body that issues reports on the dataset (report headers)"},
    {"trend_mode", "Cách tính xu hướng", "N1: not_increased (default) or strictly_reduced"},
    {"pool_mode", "Cách tính tỷ lệ xã", "N2: all_managed (default) or residential_only"},
    {"emulation_mode", "Đơn vị không thuộc diện thi đua", "N6: ineligible_skips (default) or ineligible_fails"},
    {"deferral_is_warning", "Kéo dài nâng lương tính như cảnh cáo", "N4: yes (default) or no"},
    {"protection_force_required", "Bắt buộc có lực lượng bảo vệ", "Art. 6.4: yes (default) or no"},
    {"school_year_end", "Ngày kết thúc năm học", "23/2012 schools: MM-DD, default 05-31"},
    {"period_start", "Ngày bắt đầu kỳ 23/2012", "23/2012 periods: day_after (default: the day after the previous end) or same_day"},
};
const size_t antq__option_row_count = ANTQ__ARRAY_LEN(antq__option_rows);

static const header *find_header(int sheet, const char *name)
{
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(headers); i++)
        if (headers[i].sheet == sheet && strcmp(headers[i].name, name) == 0)
            return &headers[i];
    return NULL;
}

static antq__column field_column(int sheet, const antq__field *f)
{
    const header *h = find_header(sheet, f->name);
    antq__column c = {f->name, h ? h->vi : NULL, h ? h->help : NULL, f, h ? h->labels : NULL, ANTQ__COL_FIELD, 0,
                      f->required};
    return c;
}

static size_t add_fields(int sheet, const antq__field *fields, size_t n, antq__column *out, size_t k, size_t cap)
{
    for (size_t i = 0; i < n && k < cap; i++)
        if (fields[i].type != ANTQ__FT_TOPICS) /* topics have their own sheet */
            out[k++] = field_column(sheet, &fields[i]);
    return k;
}

/* A column that is not a field of a JSON field table (header from the table above). */
static antq__column special(int sheet, const char *key, int role, int index, const antq__field *type, int required)
{
    const header *h = find_header(sheet, key);
    antq__column c = {key, h ? h->vi : NULL, h ? h->help : NULL, type, h ? h->labels : NULL, (uint8_t)role,
                      (uint8_t)index, (uint8_t)required};
    return c;
}

static size_t evidence_columns(antq__column *out, size_t k, size_t cap)
{
    for (size_t i = 0; i < antq__evidence_field_count && k + 1 < cap; i++) {
        const antq__field *f = &antq__evidence_fields[i];
        if (f->type == ANTQ__FT_TOPICS) /* topics have their own sheet */
            continue;
        out[k++] = field_column(ANTQ__SH_EVIDENCE, f);
        if (strcmp(f->name, "decision_body") == 0) /* the decision's number beside its date and body */
            out[k++] = special(ANTQ__SH_EVIDENCE, "decision_number", ANTQ__COL_DECISION_NUMBER, 0, &number_field, 0);
    }
    return k;
}

static size_t authority_columns(antq__column *out)
{
    const int s = ANTQ__SH_AUTHORITY;
    size_t k = 0;
    out[k++] = field_column(s, &antq__authority_fields[0]); /* from */
    out[k++] = special(s, "to", ANTQ__COL_VALID_TO, 0, &valid_to_field, 0);
    for (size_t i = 1; i + 1 < antq__authority_field_count; i++) /* kind, managing_level, body, appraiser */
        out[k++] = field_column(s, &antq__authority_fields[i]);
    out[k++] = special(s, "deadline", ANTQ__COL_MMDD, 0, NULL, 0);
    out[k++] = special(s, "status", ANTQ__COL_STATUS, 0, &status_field, 0);
    out[k++] = field_column(s, &citation_fields[0]);
    out[k++] = special(s, "citation_article", ANTQ__COL_CITATION_NUMBER, 0, NULL, 1);
    out[k++] = special(s, "citation_clause", ANTQ__COL_CITATION_NUMBER, 1, NULL, 0);
    out[k++] = field_column(s, &citation_fields[1]);
    out[k++] = field_column(s, &antq__authority_fields[antq__authority_field_count - 1]); /* note */
    return k;
}

size_t antq__sheet_columns(int sheet, antq__column *out, size_t cap)
{
    static const antq__column unit_key = {"unit_id", "Mã đơn vị", "id of the unit (sheet Đơn vị)", NULL, NULL,
                                          ANTQ__COL_UNIT, 0, 1};
    static const antq__column year_key = {"year", "Năm", "evaluation year (a row of sheet Số liệu năm)", NULL, NULL,
                                          ANTQ__COL_YEAR, 0, 1};
    size_t k = 0;
    if (cap < ANTQ__MAX_COLUMNS)
        return 0;
    switch (sheet) {
    case ANTQ__SH_UNITS:
        return add_fields(sheet, antq__unit_fields, antq__unit_field_count, out, 0, cap);
    case ANTQ__SH_EVIDENCE:
        out[k++] = unit_key;
        return evidence_columns(out, k, cap);
    case ANTQ__SH_EVENTS:
    case ANTQ__SH_DISCIPLINES:
    case ANTQ__SH_EXTRA:
        out[k++] = unit_key;
        out[k++] = year_key;
        if (sheet == ANTQ__SH_EVENTS)
            return add_fields(sheet, antq__event_fields, antq__event_field_count, out, k, cap);
        if (sheet == ANTQ__SH_DISCIPLINES)
            return add_fields(sheet, antq__discipline_fields, antq__discipline_field_count, out, k, cap);
        return add_fields(sheet, antq__answer_fields, antq__answer_field_count, out, k, cap);
    case ANTQ__SH_TOPICS:
        out[k++] = unit_key;
        out[k++] = year_key;
        for (size_t t = 0; t < antq__topic_count; t++) {
            const header *h = find_header(sheet, antq__topic_names[t]);
            antq__column c = {antq__topic_names[t], h ? h->vi : NULL, h ? h->help : NULL, NULL, NULL,
                              ANTQ__COL_TOPIC, (uint8_t)t, 0};
            out[k++] = c;
        }
        return k;
    case ANTQ__SH_OPTIONS: {
        static const antq__column cols[] = {
            {"option", "Tùy chọn", "name of the option", NULL, NULL, ANTQ__COL_OPTION, 0, 1},
            {"value", "Giá trị", "its value (empty: the default)", NULL, NULL, ANTQ__COL_VALUE, 0, 0},
        };
        memcpy(out, cols, sizeof cols);
        return ANTQ__ARRAY_LEN(cols);
    }
    case ANTQ__SH_CRITERIA:
        k = add_fields(sheet, antq__criterion_fields, antq__criterion_field_count, out, 0, cap);
        out[k++] = special(sheet, "kinds", ANTQ__COL_KINDS, 0, &kinds_field, 0);
        out[k++] = special(sheet, "fails_on_event_kinds", ANTQ__COL_EVENT_KINDS, 0, &antq__event_fields[1], 0);
        return k;
    case ANTQ__SH_DELEGATIONS:
        k = add_fields(sheet, antq__delegation_fields, 2, out, 0, cap); /* from, to */
        out[k++] = special(sheet, "kinds", ANTQ__COL_KINDS, 0, &kinds_field, 1);
        return add_fields(sheet, antq__delegation_fields + 2, antq__delegation_field_count - 2, out, k, cap);
    case ANTQ__SH_AUTHORITY:
        return authority_columns(out);
    default:
        return 0;
    }
}

const char *antq__column_header(const antq__column *c, int lang)
{
    return lang == ANTQ_LANG_EN || !c->vi ? c->key : c->vi;
}

/* ASCII lower case; other bytes as they are. */
static int lower(int ch) { return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch; }

int antq__name_matches(const char *text, const char *name)
{
    if (!text || !name)
        return 0;
    while (*text == ' ' || *text == '\t')
        text++;
    size_t n = strlen(text);
    while (n && (text[n - 1] == ' ' || text[n - 1] == '\t' || text[n - 1] == '\r' || text[n - 1] == '\n'))
        n--;
    if (strlen(name) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (lower((unsigned char)text[i]) != lower((unsigned char)name[i]))
            return 0;
    return 1;
}

const char *antq__yes_no(int yes, int lang)
{
    if (lang == ANTQ_LANG_EN)
        return yes ? "yes" : "no";
    return yes ? "Có" : "Không";
}

const char *antq__enum_text(const antq__column *c, int value, int lang)
{
    const antq__field *f = c->field;
    if (!f || value < 0 || value >= f->n_names || !f->names[value])
        return NULL;
    return lang == ANTQ_LANG_EN || !c->labels ? f->names[value] : c->labels[value];
}

int antq__status_of_index(int index)
{
    return index >= 0 && index < (int)ANTQ__ARRAY_LEN(status_names) ? status_names[index][0] : 0;
}

int antq__status_index(int status)
{
    for (int i = 0; i < (int)ANTQ__ARRAY_LEN(status_names); i++)
        if (status_names[i][0] == status)
            return i;
    return -1;
}

int antq__layout_check(char *msg, size_t size)
{
    antq__column cols[ANTQ__MAX_COLUMNS];
    for (int sheet = 0; sheet < ANTQ__SH_COUNT; sheet++) {
        size_t n = antq__sheet_columns(sheet, cols, ANTQ__MAX_COLUMNS);
        for (size_t k = 0; k < n; k++)
            if (!cols[k].vi) {
                snprintf(msg, size, "sheet %s: field \"%s\" has no Vietnamese header in lib/sheet/layout.c",
                         antq__sheet_layouts[sheet].key, cols[k].key);
                return 0;
            }
    }
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(headers); i++) {
        const header *h = &headers[i];
        antq__column c[ANTQ__MAX_COLUMNS];
        size_t n = antq__sheet_columns(h->sheet, c, ANTQ__MAX_COLUMNS), k = 0;
        while (k < n && strcmp(c[k].key, h->name) != 0)
            k++;
        if (k == n) {
            snprintf(msg, size, "header \"%s\" of sheet %s names no field", h->name, antq__sheet_layouts[h->sheet].key);
            return 0;
        }
        if (h->labels && (!c[k].field || c[k].field->n_names != h->n_labels)) {
            snprintf(msg, size, "field \"%s\": %u labels for %u names", h->name, (unsigned)h->n_labels,
                     c[k].field ? (unsigned)c[k].field->n_names : 0u);
            return 0;
        }
    }
    return 1;
}
