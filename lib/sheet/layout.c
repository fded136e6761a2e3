/* The spreadsheet layout of a dataset (doc/spreadsheets.md): which sheet holds
 * what, and for every field of the JSON field tables (lib/io/fields.c) its
 * Vietnamese header, its English alias (the JSON name) and the Vietnamese
 * labels of its values. Columns are built from the field tables, so a field
 * added there needs a header here (tests/sheet checks that every one has one).
 * SPDX-License-Identifier: MIT */
#include "book.h"

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
        return add_fields(sheet, antq__evidence_fields, antq__evidence_field_count, out, k, cap);
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
    case ANTQ__SH_CRITERIA: {
        k = add_fields(sheet, antq__criterion_fields, antq__criterion_field_count, out, 0, cap);
        static const antq__column kinds = {"kinds", "Áp dụng cho", "unit kinds it applies to, separated by ';' (empty: all)",
                                           NULL, NULL, ANTQ__COL_KINDS, 0, 0};
        out[k++] = kinds;
        return k;
    }
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

const char *antq__kind_label(int kind)
{
    return kind > 0 && kind < (int)ANTQ__ARRAY_LEN(kind_vi) ? kind_vi[kind] : NULL;
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
