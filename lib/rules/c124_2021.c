/* Circular 124/2021/TT-BCA (in force 10/02/2022): scope and criteria, one row each.
 * Texts are paraphrases (rules.md §1); thresholds are written here and nowhere else.
 * SPDX-License-Identifier: MIT */
#include "masks.h"

#define C124 "124/2021/TT-BCA"
#define FROM 20220210
#define TO ANTQ_DATE_OPEN

#define ROW(ID, ROLE, ST, KINDS, ART, CL, PTS, VI, EN, OP, NUM, DEN, PRED, ...)                               \
    {                                                                                                          \
        .pub = {.id = ID, .role = ROLE, .status = ST, .kinds = KINDS, .valid_from = FROM, .valid_to = TO,     \
                .citation = {C124, ART, CL, PTS}, .text_vi = VI, .text_en = EN, .op = OP,                     \
                .threshold_num = NUM, .threshold_den = DEN},                                                  \
        .predicate = PRED, .p = {__VA_ARGS__}                                                                  \
    }

static const char *const commune_imports[] = {"C124-RA-02", "C124-RA-03", "C124-RA-04a", "C124-RA-04b",
                                              "C124-RA-04c", "C124-RA-04d", NULL};

#define SCOPE ANTQ_CRITERION_SCOPE
#define STD ANTQ_CRITERION_STANDARD
#define PROC ANTQ_CRITERION_PROCEDURE
#define V ANTQ_STATUS_VERIFIED
#define D ANTQ_STATUS_DERIVED

const antq__row antq__c124_rows[] = {
    /* ---- scope, Art. 1.2.b */
    ROW("C124-SC-03", SCOPE, V, K_AG, 1, 2, "b",
        "Cơ quan, đơn vị lực lượng vũ trang không thuộc phạm vi áp dụng.",
        "Agencies and units of the armed forces are outside the scope.",
        ANTQ_OP_NONE, 0, 1, antq__pred_scope_armed_forces, 0),
    ROW("C124-SC-04", SCOPE, V, K_EN, 1, 2, "b",
        "Doanh nghiệp nhỏ, siêu nhỏ không thuộc phạm vi áp dụng.",
        "Small and micro enterprises are outside the scope.",
        ANTQ_OP_NONE, 0, 1, antq__pred_scope_enterprise_size, 0),
    ROW("C124-SC-05", SCOPE, V, K_EI, 1, 2, "b",
        "Trường tiểu học, trường mầm non, nhà trẻ không thuộc phạm vi áp dụng.",
        "Primary schools, kindergartens and nurseries are outside the scope.",
        ANTQ_OP_NONE, 0, 1, antq__pred_scope_education_level, 0),

    /* ---- residential area, Art. 4 */
    ROW("C124-RA-01a", STD, V, K_RA, 4, 1, NULL,
        "Trong quý I, chi bộ có nghị quyết và khu dân cư đăng ký xây dựng đạt tiêu chuẩn \"An toàn về an ninh, trật tự\".",
        "In the first quarter the Party cell adopts a resolution and the residential area registers for the standard.",
        ANTQ_OP_IN_RANGE, Q1_FROM, Q1_TO, antq__pred_documents,
        .window_from = Q1_FROM, .window_to = Q1_TO,
        .docs = ANTQ__DOC_REGISTERED | ANTQ__DOC_RESOLUTION | ANTQ__DOC_REGISTRATION),
    ROW("C124-RA-01b", STD, V, K_RA, 4, 1, NULL,
        "100% hộ gia đình đang cư trú tại khu dân cư đăng ký tham gia xây dựng khu dân cư an toàn.",
        "All households residing in the area register to take part in building a safe residential area.",
        ANTQ_OP_EQ_ALL, 100, 100, antq__pred_households_registered, 0),
    ROW("C124-RA-02", STD, V, K_RA, 4, 2, NULL,
        "Thực hiện đầy đủ chủ trương của Đảng, chính sách, pháp luật của Nhà nước và quy định của địa phương về an ninh, trật tự.",
        "Fully implements Party lines, State policy and law, and local rules on security and order.",
        ANTQ_OP_TRUE, 1, 1, antq__pred_implements_policy, 0),
    ROW("C124-RA-03", STD, V, K_RA, 4, 3, "a–g",
        "Không xảy ra các hoạt động quy định tại điểm a đến điểm g khoản 3 Điều 4 (chống Đảng, phá hoại, tôn giáo trái pháp luật, lợi dụng tín ngưỡng, dân tộc, ly khai, tranh chấp phức tạp, kích động tụ tập đông người).",
        "None of the activities of Art. 4.3 a–g occurs (anti-State activity, sabotage, unlawful religion, exploiting grievances, separatism, prolonged disputes, inciting crowds).",
        ANTQ_OP_ZERO, 0, 1, antq__pred_no_events, .event_mask = EV_ART_4_3),
    ROW("C124-RA-04a", STD, V, K_RA, 4, 4, "a",
        "Tội phạm, tệ nạn xã hội và vi phạm pháp luật khác được kiềm chế, kéo giảm so với năm trước.",
        "Crime, social evils and other violations are contained and reduced compared with the previous year.",
        ANTQ_OP_LE, 0, 1, antq__pred_trend, 0),
    ROW("C124-RA-04b", STD, V, K_RA, 4, 4, "b",
        "Không xảy ra tội phạm nghiêm trọng trở lên (trừ bất khả kháng); nếu xảy ra thì được phát hiện kịp thời, xử lý và báo cáo ngay.",
        "No crime of serious class or above occurs (except force majeure); if one occurs it is promptly detected, contained and reported at once.",
        ANTQ_OP_ZERO, 0, 1, antq__pred_no_events, .event_mask = E(CRIME), .fm_mask = EV_FORCE_MAJEURE,
        .prompt_mask = EV_PROMPT, .min_severity = ANTQ_SEVERITY_SERIOUS),
    ROW("C124-RA-04c", STD, V, K_RA, 4, 4, "c",
        "Không phát sinh tụ điểm phức tạp về trật tự xã hội, không phát sinh người mắc tệ nạn xã hội; quản lý, giáo dục, giúp đỡ người thuộc diện quản lý có hiệu quả.",
        "No new complex hotspot and no new person with social evils appears; supervision of persons under management is effective.",
        ANTQ_OP_ZERO, 0, 1, antq__pred_no_new_evils, .event_mask = E(NEW_HOTSPOT) | E(NEW_SOCIAL_EVIL_PERSON)),
    ROW("C124-RA-04d", STD, V, K_RA, 4, 4, "d",
        "Không để xảy ra cháy, nổ nghiêm trọng, tai nạn lao động chết người, sự cố nghiêm trọng (trừ bất khả kháng).",
        "No serious fire or explosion, fatal labour accident or serious incident occurs (except force majeure).",
        ANTQ_OP_ZERO, 0, 1, antq__pred_no_events, .event_mask = EV_ART_4_4_D, .fm_mask = EV_FORCE_MAJEURE),
    ROW("C124-RA-05", STD, V, K_RA, 4, 5, NULL,
        "Lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở được đánh giá hoàn thành nhiệm vụ trở lên, không có thành viên bị kỷ luật.",
        "The grassroots security force is rated \"completed tasks\" or better and no member was disciplined.",
        ANTQ_OP_GE, ANTQ_RATING_COMPLETED, 1, antq__pred_grassroots_team, .rating_min = ANTQ_RATING_COMPLETED,
        .discipline_min = ANTQ_DISCIPLINE_REPRIMAND,
        /* the grassroots force: the Law 30/2023 teams from 1/7/2024, neighbourhood protection before (L30-01) */
        .role_mask = (1u << ANTQ_ROLE_GRASSROOTS_TEAM) | (1u << ANTQ_ROLE_NEIGHBOURHOOD_PROTECTION)),

    /* ---- commune, ward, town (special zone), Art. 5 */
    ROW("C124-CW-01a", STD, V, K_CW, 5, 1, NULL,
        "Trong quý I, Đảng ủy có nghị quyết, Ủy ban nhân dân cấp xã có kế hoạch về an ninh, trật tự và đăng ký xây dựng đạt tiêu chuẩn.",
        "In the first quarter the Party committee adopts a resolution and the commune People's Committee has a security-and-order plan and registers.",
        ANTQ_OP_IN_RANGE, Q1_FROM, Q1_TO, antq__pred_documents, .window_from = Q1_FROM, .window_to = Q1_TO,
        .docs = ANTQ__DOC_REGISTERED | ANTQ__DOC_RESOLUTION | ANTQ__DOC_PLAN | ANTQ__DOC_REGISTRATION),
    ROW("C124-CW-01b", STD, V, K_CW, 5, 1, NULL,
        "Xây dựng, củng cố, duy trì ít nhất 01 mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc hoạt động hiệu quả.",
        "Builds or maintains at least one effective movement model.",
        ANTQ_OP_GE, 1, 1, antq__pred_effective_models, .min_count = 1),
    {
        .pub = {.id = "C124-CW-02", .role = STD, .status = V, .kinds = K_CW, .valid_from = FROM, .valid_to = TO,
                .citation = {C124, 5, 2, NULL},
                .text_vi = "Đạt các tiêu chí tại khoản 2, 3 và 4 Điều 4 trên toàn địa bàn xã.",
                .text_en = "Meets Art. 4.2, 4.3 and 4.4 over the whole territory of the commune.",
                .op = ANTQ_OP_NONE, .threshold_num = 0, .threshold_den = 1},
        .predicate = antq__pred_imports, .imports = commune_imports,
    },
    ROW("C124-CW-03", STD, V, K_CW, 5, 3, NULL,
        "Công an cấp xã chủ động nắm tình hình, tham mưu và thực hiện hiệu quả công tác bảo đảm an ninh, trật tự; không có cán bộ, chiến sĩ bị kỷ luật.",
        "The commune police grasp the situation, advise and act effectively; no police officer was disciplined.",
        ANTQ_OP_ZERO, 0, 1, antq__pred_commune_police, .discipline_min = ANTQ_DISCIPLINE_REPRIMAND,
        .role_mask = 1u << ANTQ_ROLE_COMMUNE_POLICE),
    ROW("C124-CW-04a", STD, V, K_CW, 5, 4, NULL,
        "100% khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục thuộc thẩm quyền hoặc được ủy quyền quản lý đăng ký xây dựng đạt tiêu chuẩn.",
        "All residential areas, agencies, enterprises and institutions under the commune's own or delegated management registered.",
        ANTQ_OP_EQ_ALL, 100, 100, antq__pred_members_registered, 0),
    ROW("C124-CW-04b", STD, V, K_CW, 5, 4, NULL,
        "Từ 70% trở lên số khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục đăng ký được công nhận đạt tiêu chuẩn.",
        "70% or more of those units were recognised as safe.",
        ANTQ_OP_GE, 70, 100, antq__pred_members_certified, 0),

    /* ---- agency and enterprise, Art. 6 */
    ROW("C124-AE-01a", STD, V, K_AG | K_EN, 6, 1, NULL,
        "Trong quý I, tổ chức đảng (nếu có) có nghị quyết chuyên đề hoặc lồng ghép về an ninh, trật tự.",
        "In the first quarter the Party organisation (where one exists) adopts a resolution on security and order.",
        ANTQ_OP_IN_RANGE, Q1_FROM, Q1_TO, antq__pred_documents, .window_from = Q1_FROM, .window_to = Q1_TO,
        .docs = ANTQ__DOC_RESOLUTION_IF_PARTY),
    ROW("C124-AE-01b", STD, V, K_AG | K_EN, 6, 1, NULL,
        "Trong quý I, có kế hoạch về an ninh, trật tự và đăng ký xây dựng đạt tiêu chuẩn.",
        "In the first quarter the unit has a security-and-order plan and registers for the standard.",
        ANTQ_OP_IN_RANGE, Q1_FROM, Q1_TO, antq__pred_documents, .window_from = Q1_FROM, .window_to = Q1_TO,
        .docs = ANTQ__DOC_REGISTERED | ANTQ__DOC_PLAN | ANTQ__DOC_REGISTRATION),
    ROW("C124-AE-01c", STD, V, K_AG | K_EN, 6, 1, NULL,
        "Có nội quy, quy định về bảo vệ cơ quan, bảo vệ bí mật nhà nước, bảo vệ chính trị nội bộ, an toàn lao động, phòng chống cháy, nổ, bảo vệ môi trường.",
        "Has internal rules on unit protection, State secrets, internal political protection, labour safety, fire prevention and the environment.",
        ANTQ_OP_EQ_ALL, 6, 6, antq__pred_rule_topics,
        .topics = ANTQ_TOPIC_UNIT_PROTECTION | ANTQ_TOPIC_STATE_SECRETS | ANTQ_TOPIC_INTERNAL_POLITICS |
                  ANTQ_TOPIC_LABOUR_SAFETY | ANTQ_TOPIC_FIRE_PREVENTION | ANTQ_TOPIC_ENVIRONMENT),
    ROW("C124-AE-01d", STD, V, K_AG | K_EN, 6, 1, NULL,
        "100% cán bộ, công chức, viên chức, người lao động được phổ biến nội quy, quy định và tiêu chí.",
        "All officials, employees and workers were briefed on the rules and the criteria.",
        ANTQ_OP_EQ_ALL, 100, 100, antq__pred_staff_briefed, 0),
    ROW("C124-AE-01e", STD, V, K_AG | K_EN, 6, 1, NULL,
        "Có ít nhất 01 mô hình phong trào toàn dân bảo vệ an ninh Tổ quốc hoạt động hiệu quả.",
        "At least one movement model works effectively.",
        ANTQ_OP_GE, 1, 1, antq__pred_effective_models, .min_count = 1),
    ROW("C124-AE-02", STD, V, K_AG | K_EN, 6, 2, NULL,
        "Thực hiện đầy đủ chủ trương, chính sách, pháp luật, quy chế phối hợp với cơ quan Công an (nếu có) và quy định của địa phương về an ninh, trật tự.",
        "Fully implements policy and law, coordination arrangements with the police (if any) and local rules on security and order.",
        ANTQ_OP_TRUE, 1, 1, antq__pred_implements_policy, 0),
    ROW("C124-AE-03", STD, V, K_AG | K_EN, 6, 3, "a–h",
        "Không xảy ra các vụ việc quy định tại điểm a đến điểm h khoản 3 Điều 6 (tội phạm nghiêm trọng trở lên và cháy, nổ, tai nạn lao động, sự cố, vi phạm môi trường, an toàn thực phẩm nghiêm trọng được loại trừ khi bất khả kháng; tội phạm được loại trừ khi phát hiện, xử lý, báo cáo kịp thời).",
        "None of the events of Art. 6.3 a–h occurs (serious crime and serious fire, labour accident, incident, environment or food-safety violation excused by force majeure; serious crime also when promptly detected, contained and reported).",
        ANTQ_OP_ZERO, 0, 1, antq__pred_no_events, .event_mask = EV_ART_6_3, .fm_mask = EV_FORCE_MAJEURE,
        .prompt_mask = EV_PROMPT, .min_severity = ANTQ_SEVERITY_SERIOUS, .discipline_min = ANTQ_DISCIPLINE_WARNING),
    ROW("C124-AE-04", STD, V, K_AG | K_EN, 6, 4, NULL,
        "Lực lượng bảo vệ đạt danh hiệu \"Tập thể lao động tiên tiến\" hoặc được xếp loại \"Hoàn thành tốt nhiệm vụ\" trở lên (nơi đủ điều kiện bình xét); không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên.",
        "The protection force holds \"Advanced labour collective\" or is rated \"completed tasks well\" or better (where eligible); no member disciplined at warning or above.",
        ANTQ_OP_GE, ANTQ_RATING_COMPLETED_WELL, 1, antq__pred_protection_force, .rating_min = ANTQ_RATING_COMPLETED_WELL,
        .discipline_min = ANTQ_DISCIPLINE_WARNING, .role_mask = 1u << ANTQ_ROLE_PROTECTION_FORCE),
    ROW("C124-AE-05", STD, V, K_AG | K_EN, 6, 5, NULL,
        "Từ 70% trở lên đầu mối trực thuộc đạt danh hiệu \"Tập thể lao động tiên tiến\" hoặc \"Hoàn thành tốt nhiệm vụ\" trở lên (nơi đủ điều kiện bình xét); không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.",
        "70% or more of subordinate units hold \"Advanced labour collective\" or \"completed tasks well\" or better (where eligible); nobody disciplined at warning or above.",
        ANTQ_OP_GE, 70, 100, antq__pred_subunits, .discipline_min = ANTQ_DISCIPLINE_WARNING,
        .role_mask = 1u << ANTQ_ROLE_SUBUNIT),

    /* ---- educational institution, Art. 7 */
    ROW("C124-EI-01", STD, V, K_EI, 7, 1, NULL,
        "Trong quý I có nghị quyết của tổ chức đảng (nếu có), kế hoạch và đăng ký; có nội quy về bảo vệ cơ sở giáo dục, bảo vệ chính trị nội bộ, quản lý, giáo dục người học, phòng chống cháy, nổ; 100% cán bộ, giáo viên, người lao động và người học được phổ biến; có ít nhất 01 mô hình hoạt động hiệu quả.",
        "In the first quarter a Party resolution (where one exists), a plan and registration; internal rules on protection, internal politics, learner management and fire prevention; all staff, teachers and learners briefed; at least one effective movement model.",
        ANTQ_OP_IN_RANGE, Q1_FROM, Q1_TO, antq__pred_ei_registration, .window_from = Q1_FROM, .window_to = Q1_TO,
        .docs = ANTQ__DOC_REGISTERED | ANTQ__DOC_RESOLUTION_IF_PARTY | ANTQ__DOC_PLAN | ANTQ__DOC_REGISTRATION,
        .topics = ANTQ_TOPIC_UNIT_PROTECTION | ANTQ_TOPIC_INTERNAL_POLITICS | ANTQ_TOPIC_LEARNER_MANAGEMENT |
                  ANTQ_TOPIC_FIRE_PREVENTION, .min_count = 1),
    ROW("C124-EI-02", STD, V, K_EI, 7, 2, NULL,
        "Thực hiện đầy đủ chủ trương, chính sách, pháp luật, quy định về an ninh, trật tự; đối với cấp học phổ thông có hình thức phối hợp với Ban Đại diện cha mẹ học sinh trong quản lý học sinh.",
        "Fully implements policy, law and local rules; for general-education levels, coordinates with the parents' representative board in managing pupils.",
        ANTQ_OP_TRUE, 1, 1, antq__pred_ei_policy, 0),
    ROW("C124-EI-03", STD, V, K_EI, 7, 3, "a, b, c, đ, e, g",
        "Không xảy ra các vụ việc quy định tại điểm a, b, c, đ, e và g khoản 3 Điều 6.",
        "None of the events of Art. 6.3 points a, b, c, đ, e and g occurs.",
        ANTQ_OP_ZERO, 0, 1, antq__pred_no_events, .event_mask = EV_ART_7_3, .fm_mask = EV_FORCE_MAJEURE,
        .prompt_mask = EV_PROMPT, .min_severity = ANTQ_SEVERITY_SERIOUS),
    ROW("C124-EI-04", STD, V, K_EI, 7, 4, NULL,
        "Không xảy ra bạo lực học đường; không có cán bộ, giáo viên, người lao động, người học phạm tội hoặc mắc tệ nạn xã hội bị kỷ luật từ hình thức cảnh cáo trở lên.",
        "No school violence; no staff member, teacher or learner who committed a crime or has a social evil and was disciplined at warning or above.",
        ANTQ_OP_ZERO, 0, 1, antq__pred_no_events,
        .event_mask = E(SCHOOL_VIOLENCE) | E(MEMBER_CRIME_OR_EVIL) | E(STAFF_SOCIAL_EVIL),
        .discipline_min = ANTQ_DISCIPLINE_WARNING),
    ROW("C124-EI-05", STD, V, K_EI, 7, 5, NULL,
        "Lực lượng bảo vệ (nếu có) đạt danh hiệu \"Tập thể lao động tiên tiến\" hoặc \"Hoàn thành tốt nhiệm vụ\" trở lên (nơi đủ điều kiện bình xét); không có thành viên bị kỷ luật từ hình thức cảnh cáo trở lên.",
        "The protection force (if any) holds \"Advanced labour collective\" or \"completed tasks well\" or better (where eligible); no member disciplined at warning or above.",
        ANTQ_OP_GE, ANTQ_RATING_COMPLETED_WELL, 1, antq__pred_protection_force, .rating_min = ANTQ_RATING_COMPLETED_WELL,
        .discipline_min = ANTQ_DISCIPLINE_WARNING, .role_mask = 1u << ANTQ_ROLE_PROTECTION_FORCE),
    ROW("C124-EI-06", STD, V, K_EI, 7, 6, NULL,
        "Từ 70% trở lên khoa, phòng, ban, tổ chuyên môn đạt danh hiệu \"Tập thể lao động tiên tiến\" hoặc \"Hoàn thành tốt nhiệm vụ\" trở lên (nơi đủ điều kiện bình xét); không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.",
        "70% or more of faculties, departments and teams hold \"Advanced labour collective\" or \"completed tasks well\" or better (where eligible); nobody disciplined at warning or above.",
        ANTQ_OP_GE, 70, 100, antq__pred_subunits, .discipline_min = ANTQ_DISCIPLINE_WARNING,
        .role_mask = 1u << ANTQ_ROLE_SUBUNIT),

    /* ---- classification, Art. 8.1: provincial extra criteria */
    ROW("C124-PER-01", STD, V, K_ALL, 8, 1, NULL,
        "Đạt các tiêu chí bổ sung do Ủy ban nhân dân cấp tỉnh quy định (nếu có).",
        "Meets the additional criteria set by the provincial People's Committee (if any).",
        ANTQ_OP_TRUE, 1, 1, antq__pred_extra, 0),

    /* ---- procedure and authority, Art. 9–10: reported beside the verdict, never changing it */
    ROW("C124-AUTH-05", PROC, V, K_ALL, 10, 5, NULL,
        "Ủy ban nhân dân cấp trên chỉ được ủy quyền công nhận cơ quan, doanh nghiệp, cơ sở giáo dục trên địa bàn cho Ủy ban nhân dân cấp dưới liền kề.",
        "A higher People's Committee may delegate the recognition of agencies, enterprises and educational institutions in its area only to the committee one level below.",
        ANTQ_OP_TRUE, 1, 1, antq__pred_delegation, 0),
    ROW("C124-PROC-07", PROC, D, K_ALL, 9, 1, NULL,
        "Quyết định công nhận do cơ quan có thẩm quyền ban hành trước thời hạn (khu dân cư trước ngày 15/11, đơn vị khác trước ngày 20/11); quyết định ban hành muộn hoặc sai thẩm quyền là vi phạm thủ tục, không làm thay đổi kết quả đánh giá.",
        "The recognition decision is issued by the competent body before the deadline (residential areas before 15 November, other units before 20 November); a late decision or one by another body is a procedural irregularity that does not change the verdict.",
        ANTQ_OP_NONE, 0, 1, antq__pred_decision, 0),
};

const size_t antq__c124_count = ANTQ__ARRAY_LEN(antq__c124_rows);
