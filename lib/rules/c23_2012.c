/* Circular 23/2012/TT-BCA (in force 18/06/2012, replaced on 10/02/2022).
 * Only the criteria that secondary sources quote (rules.md §2) are modelled;
 * the rows carry status S (secondary) or U (unverified) accordingly.
 * Dated documents under 23/2012 must fall inside the evaluation period (no
 * first-quarter rule: that came with 124/2021) — a modelling decision (D).
 * SPDX-License-Identifier: MIT */
#include "masks.h"

#define C23 "23/2012/TT-BCA"
#define FROM 20120618
#define TO 20220209

#define ROW(ID, ST, KINDS, ART, CL, VI, EN, OP, NUM, DEN, PRED, ...)                                          \
    {                                                                                                          \
        .pub = {.id = ID, .role = ANTQ_CRITERION_STANDARD, .status = ST, .kinds = KINDS, .valid_from = FROM,  \
                .valid_to = TO, .citation = {C23, ART, CL, NULL}, .text_vi = VI, .text_en = EN, .op = OP,      \
                .threshold_num = NUM, .threshold_den = DEN},                                                  \
        .predicate = PRED, .p = {__VA_ARGS__}                                                                  \
    }

#define S ANTQ_STATUS_SECONDARY
#define U ANTQ_STATUS_UNVERIFIED

/* Events quoted for residential areas under 23/2012: those of 124 Art. 4.3 except
 * unlawful religion, which 124 added (C23-RA-02). */
#define EV_C23_RA (EV_ART_4_3 & ~E(UNLAWFUL_RELIGION))
/* Events quoted for agencies and enterprises (C23-AE-03): no escapes. */
#define EV_C23_AE (E(CROWD_INCITEMENT) | E(UNLAWFUL_STRIKE) | E(HIGH_VALUE_THEFT) | E(STATE_SECRET_BREACH) | \
                   E(SERIOUS_FIRE_EXPLOSION) | E(FATAL_LABOUR_ACCIDENT) | E(MEMBER_CRIME_OR_EVIL) | E(STAFF_SOCIAL_EVIL))

static const char *const commune_imports[] = {"C23-RA-02", NULL};

const antq__row antq__c23_rows[] = {
    ROW("C23-RA-01", S, K_RA, 5, 1,
        "Chi bộ có nghị quyết hằng năm, khu dân cư đăng ký; 100% hộ gia đình ký cam kết giao ước thi đua.",
        "Yearly Party-cell resolution and registration; all households sign the emulation commitment.",
        ANTQ_OP_EQ_ALL, 100, 100, antq__pred_households_committed,
        .docs = ANTQ__DOC_REGISTERED | ANTQ__DOC_RESOLUTION),
    ROW("C23-RA-02", S, K_RA, 5, 3,
        "Không xảy ra hoạt động chống Đảng, phá hoại, lợi dụng tín ngưỡng, dân tộc, ly khai, tranh chấp phức tạp trong nhân dân, khiếu kiện đông người.",
        "No anti-State activity, sabotage, exploiting grievances, separatism, complicated disputes among the people or crowd complaints.",
        ANTQ_OP_ZERO, 0, 1, antq__pred_no_events, .event_mask = EV_C23_RA),
    ROW("C23-CW-01", S, K_CW, 6, 1,
        "Đảng ủy có nghị quyết hằng năm, Ủy ban nhân dân có kế hoạch và đăng ký xây dựng đạt tiêu chuẩn.",
        "Yearly Party resolution, commune plan and registration form.",
        ANTQ_OP_IN_RANGE, 0, 0, antq__pred_documents,
        .docs = ANTQ__DOC_REGISTERED | ANTQ__DOC_RESOLUTION | ANTQ__DOC_PLAN | ANTQ__DOC_REGISTRATION),
    {
        .pub = {.id = "C23-CW-02", .role = ANTQ_CRITERION_STANDARD, .status = S, .kinds = K_CW, .valid_from = FROM,
                .valid_to = TO, .citation = {C23, 6, 2, NULL},
                .text_vi = "Đạt các tiêu chí tại khoản 2, 3, 4 Điều 5 trên địa bàn xã.",
                .text_en = "Meets items 2, 3 and 4 of Art. 5 over the commune's territory.",
                .op = ANTQ_OP_NONE, .threshold_num = 0, .threshold_den = 1},
        .predicate = antq__pred_imports, .imports = commune_imports,
    },
    ROW("C23-CW-03", S, K_CW, 6, 3,
        "Công an xã và Bảo vệ dân phố đạt danh hiệu \"Đơn vị tiên tiến\" trở lên; không có cán bộ, chiến sĩ bị kỷ luật từ hình thức cảnh cáo trở lên.",
        "Commune police and neighbourhood protection hold \"Advanced unit\" or better; nobody disciplined at warning or above.",
        ANTQ_OP_TRUE, 1, 1, antq__pred_police_advanced, .discipline_min = ANTQ_DISCIPLINE_WARNING,
        .role_mask = (1u << ANTQ_ROLE_COMMUNE_POLICE) | (1u << ANTQ_ROLE_NEIGHBOURHOOD_PROTECTION)),
    ROW("C23-CW-04", S, K_CW, 6, 4,
        "Có từ 70% trở lên số khu dân cư được công nhận đạt tiêu chuẩn \"An toàn về an ninh, trật tự\".",
        "70% or more of residential areas recognised as safe.",
        ANTQ_OP_GE, 70, 100, antq__pred_members_certified, .pool_residential_only = 1),
    ROW("C23-AE-01", S, K_AG | K_EN, 7, 1,
        "Có kế hoạch hằng năm, đăng ký; có nội quy bảo vệ cơ quan, bảo vệ bí mật nhà nước, bảo vệ chính trị nội bộ, phòng chống cháy, nổ; 100% cán bộ, công nhân viên ký cam kết.",
        "Yearly plan and registration; internal rules on unit protection, State secrets, internal politics and fire prevention; all staff sign the commitment.",
        ANTQ_OP_EQ_ALL, 100, 100, antq__pred_c23_agency_registration,
        .docs = ANTQ__DOC_REGISTERED | ANTQ__DOC_PLAN,
        .topics = ANTQ_TOPIC_UNIT_PROTECTION | ANTQ_TOPIC_STATE_SECRETS | ANTQ_TOPIC_INTERNAL_POLITICS |
                  ANTQ_TOPIC_FIRE_PREVENTION),
    ROW("C23-AE-02", S, K_AG | K_EN, 7, 2,
        "Thực hiện có hiệu quả; có kế hoạch phối hợp với chính quyền, Công an địa phương; có mô hình tự quản, tự bảo vệ.",
        "Effective implementation; a coordination plan with local government and police; an in-house self-protection model.",
        ANTQ_OP_TRUE, 1, 1, antq__pred_c23_agency_implementation, .min_count = 1),
    ROW("C23-AE-03", S, K_AG | K_EN, 7, 3,
        "Không có khiếu kiện đông người, đình công trái pháp luật, mất cắp tài sản lớn, lộ bí mật, cháy, nổ, tai nạn lao động nghiêm trọng; không có cán bộ, công nhân viên phạm tội, mắc tệ nạn xã hội.",
        "No crowd complaints or unlawful strikes, no theft of high-value assets, no leak of secrets, no serious fire, explosion or labour accident, no staff crime or social evil.",
        ANTQ_OP_ZERO, 0, 1, antq__pred_no_events, .event_mask = EV_C23_AE),
    ROW("C23-EI-01", U, K_EI, 8, 0,
        "Có nghị quyết (nơi có tổ chức đảng), kế hoạch và đăng ký; có nội quy; 100% cán bộ, giáo viên và người học từ trung học cơ sở trở lên ký cam kết; phối hợp nhà trường, chính quyền, gia đình (giáo dục phổ thông).",
        "Party resolution (where one exists), plan and registration; internal rules; all staff and learners from lower-secondary level up sign the commitment; school–government–family coordination (general education).",
        ANTQ_OP_EQ_ALL, 100, 100, antq__pred_c23_school_registration,
        .docs = ANTQ__DOC_REGISTERED | ANTQ__DOC_RESOLUTION_IF_PARTY | ANTQ__DOC_PLAN,
        .topics = ANTQ_TOPIC_UNIT_PROTECTION | ANTQ_TOPIC_INTERNAL_POLITICS | ANTQ_TOPIC_FIRE_PREVENTION),
};

const size_t antq__c23_count = ANTQ__ARRAY_LEN(antq__c23_rows);
