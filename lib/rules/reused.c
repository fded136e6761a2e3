/* Standards of other instruments that reuse the "Safe in security and order"
 * result (rules.md §4): the legal-access indicator 5.4, the new-rural indicator
 * 19.2, the civilized-urban criterion 4 and the typical units of the movement.
 * One row each, with its citation and status; contents that rules.md has not
 * seen are rows answered by the caller (UNKNOWN until answered, never a pass).
 * Validity (by the end of the evaluation period) follows the instrument:
 * 25/2021/QĐ-TTg from 01/01/2022; the 2021–2025 new-rural set (318/QĐ-TTg of
 * 08/03/2022) until 31/12/2025; criterion 4 as guided by 12/HD-BCA-V05 from
 * 21/05/2024 (the contents before it are not known); 9745/QĐ-BCA-V05 from
 * 2022 (its day is not known: 01/01/2022, D).
 * SPDX-License-Identifier: MIT */
#include "masks.h"

#define OPEN ANTQ_DATE_OPEN

#define ROW(ID, STD_, ROLE, ST, KINDS, FROM, TO, INSTR, ART, CL, VI, EN, OP, NUM, DEN, PRED, ...)                 \
    {                                                                                                          \
        .pub = {.id = ID, .role = ROLE, .status = ST, .kinds = KINDS, .valid_from = FROM, .valid_to = TO,     \
                .citation = {INSTR, ART, CL, NULL}, .text_vi = VI, .text_en = EN, .op = OP,                   \
                .threshold_num = NUM, .threshold_den = DEN},                                                  \
        .predicate = PRED, .standard = STD_, .p = {__VA_ARGS__}                                                \
    }

#define SCOPE ANTQ_CRITERION_SCOPE
#define STD ANTQ_CRITERION_STANDARD
#define V ANTQ_STATUS_VERIFIED
#define S ANTQ_STATUS_SECONDARY
#define U ANTQ_STATUS_UNVERIFIED

#define TCPL ANTQ_STANDARD_LEGAL_ACCESS
#define NTM ANTQ_STANDARD_NEW_RURAL
#define DTVM ANTQ_STANDARD_CIVILIZED_URBAN
#define MOD ANTQ_STANDARD_TYPICAL_UNIT

#define NTM_FROM 20220308
#define NTM_TO 20251231
#define DTVM_FROM 20240521
#define MOD_FROM 20220101

/* Art. 4.3 of Circular 124/2021, points a–e in Vietnamese lettering (a, b, c, d, đ, e) and a–g */
#define EV_4_3_A_E (E(ANTI_STATE) | E(SABOTAGE) | E(UNLAWFUL_RELIGION) | E(EXPLOITING_GRIEVANCES) | E(SEPARATISM) | \
                    E(PROLONGED_DISPUTE))

const antq__row antq__reused_rows[] = {
    /* ---- legal access, Decision 25/2021/QĐ-TTg (TCPL-01), Circular 09/2021/TT-BTP (TCPL-02) */
    ROW("TCPL-01", TCPL, STD, V, K_CW, 20220101, OPEN, "25/2021/QĐ-TTg", 5, 4,
        "Xã đạt chuẩn \"An toàn về an ninh, trật tự\" theo quy định (chỉ tiêu 4 tiêu chí 5); điểm của chỉ tiêu dùng kết quả công nhận của năm (Thông tư 09/2021/TT-BTP).",
        "The commune reaches the \"Safe in security and order\" standard (criterion 5, indicator 4); the indicator uses the year's recognition result (Circular 09/2021/TT-BTP).",
        ANTQ_OP_TRUE, 1, 1, antq__pred_safe_standard, 0),

    /* ---- new-rural indicator 19.2, Decision 318/QĐ-TTg, Instruction 04/HD-BCA-V05 (NTM-03), letter 3371/BCA-V05 (NTM-04) */
    ROW("NTM-03a", NTM, STD, S, K_CW, NTM_FROM, NTM_TO, "04/HD-BCA-V05", 0, 0,
        "Hằng năm Đảng ủy có nghị quyết, Ủy ban nhân dân xã có kế hoạch về bảo đảm an ninh, trật tự (trong kỳ đánh giá).",
        "Every year the Party committee has a resolution and the commune People's Committee a plan on security and order (within the evaluation period).",
        ANTQ_OP_IN_RANGE, 0, 0, antq__pred_documents, .docs = ANTQ__DOC_RESOLUTION | ANTQ__DOC_PLAN),
    ROW("NTM-03b", NTM, STD, S, K_CW, NTM_FROM, NTM_TO, "04/HD-BCA-V05", 0, 0,
        "Không xảy ra các hoạt động quy định tại điểm a đến điểm e khoản 3 Điều 4 Thông tư 124/2021/TT-BCA trên địa bàn xã (tùy chọn: điểm a đến điểm g).",
        "None of the activities of Art. 4.3 points a–e of Circular 124/2021 occurs on the commune's territory (option: points a–g).",
        ANTQ_OP_ZERO, 0, 1, antq__pred_new_rural_events, .event_mask = EV_4_3_A_E, .event_mask_alt = EV_ART_4_3),
    ROW("NTM-03c", NTM, STD, S, K_CW, NTM_FROM, NTM_TO, "04/HD-BCA-V05", 0, 0,
        "Không có khiếu kiện đông người kéo dài trái pháp luật (do đơn vị trả lời).",
        "No prolonged unlawful mass complaints (answered by the caller).",
        ANTQ_OP_TRUE, 1, 1, antq__pred_answer, 0),
    ROW("NTM-03d", NTM, STD, U, K_CW, NTM_FROM, NTM_TO, "04/HD-BCA-V05", 0, 0,
        "Các nội dung khác của chỉ tiêu 19.2 theo Hướng dẫn 04/HD-BCA-V05 (chưa được kiểm chứng; do đơn vị trả lời).",
        "The other contents of indicator 19.2 under Instruction 04/HD-BCA-V05 (not verified; answered by the caller).",
        ANTQ_OP_TRUE, 1, 1, antq__pred_answer, 0),
    ROW("NTM-04", NTM, STD, S, K_CW, NTM_FROM, NTM_TO, "3371/BCA-V05", 0, 0,
        "Xã \"không phức tạp về an ninh, trật tự\" là xã đạt tiêu chuẩn \"An toàn về an ninh, trật tự\" theo Điều 5 Thông tư 124/2021/TT-BCA.",
        "A commune \"not complex in security and order\" is one that meets the \"Safe in security and order\" standard of Art. 5 of Circular 124/2021.",
        ANTQ_OP_TRUE, 1, 1, antq__pred_safe_standard, 0),

    /* ---- civilized urban criterion 4, Decision 04/2022/QĐ-TTg (DTVM-01), Guidance 12/HD-BCA-V05 (DTVM-03, DTVM-04) */
    ROW("DTVM-01", DTVM, SCOPE, S, K_CW, DTVM_FROM, OPEN, "04/2022/QĐ-TTg", 4, 0,
        "Tiêu chí 4 (an ninh, trật tự đô thị) áp dụng cho phường, thị trấn; xã, đặc khu không thuộc phạm vi.",
        "Criterion 4 (urban security and order) applies to wards and towns; communes and special zones are outside its scope.",
        ANTQ_OP_NONE, 0, 1, antq__pred_scope_urban, 0),
    ROW("DTVM-03-1", DTVM, STD, S, K_CW, DTVM_FROM, OPEN, "12/HD-BCA-V05", 1, 0,
        "Không xảy ra hoạt động chống Đảng, chính quyền, phá hoại khối đại đoàn kết toàn dân tộc trên địa bàn.",
        "No activity against the Party or government or undermining national unity on the territory.",
        ANTQ_OP_ZERO, 0, 1, antq__pred_no_events, .event_mask = E(ANTI_STATE)),
    ROW("DTVM-03-2", DTVM, STD, U, K_CW, DTVM_FROM, OPEN, "12/HD-BCA-V05", 2, 0,
        "Nội dung 2 của tiêu chí 4 (chưa được kiểm chứng; do đơn vị trả lời).",
        "Content 2 of criterion 4 (not verified; answered by the caller).",
        ANTQ_OP_TRUE, 1, 1, antq__pred_answer, 0),
    ROW("DTVM-03-3", DTVM, STD, U, K_CW, DTVM_FROM, OPEN, "12/HD-BCA-V05", 3, 0,
        "Nội dung 3 của tiêu chí 4 (chưa được kiểm chứng; do đơn vị trả lời).",
        "Content 3 of criterion 4 (not verified; answered by the caller).",
        ANTQ_OP_TRUE, 1, 1, antq__pred_answer, 0),
    ROW("DTVM-03-4", DTVM, STD, U, K_CW, DTVM_FROM, OPEN, "12/HD-BCA-V05", 4, 0,
        "Nội dung 4 của tiêu chí 4 (chưa được kiểm chứng; do đơn vị trả lời).",
        "Content 4 of criterion 4 (not verified; answered by the caller).",
        ANTQ_OP_TRUE, 1, 1, antq__pred_answer, 0),
    ROW("DTVM-03-5", DTVM, STD, U, K_CW, DTVM_FROM, OPEN, "12/HD-BCA-V05", 5, 0,
        "Nội dung 5 của tiêu chí 4 (chưa được kiểm chứng; do đơn vị trả lời).",
        "Content 5 of criterion 4 (not verified; answered by the caller).",
        ANTQ_OP_TRUE, 1, 1, antq__pred_answer, 0),
    ROW("DTVM-03-6", DTVM, STD, U, K_CW, DTVM_FROM, OPEN, "12/HD-BCA-V05", 6, 0,
        "Nội dung 6 của tiêu chí 4 (chưa được kiểm chứng; do đơn vị trả lời).",
        "Content 6 of criterion 4 (not verified; answered by the caller).",
        ANTQ_OP_TRUE, 1, 1, antq__pred_answer, 0),
    ROW("DTVM-04", DTVM, STD, S, K_AG | K_EN | K_EI, DTVM_FROM, OPEN, "12/HD-BCA-V05", 0, 0,
        "Cơ quan, doanh nghiệp, cơ sở giáo dục do cấp huyện quản lý đạt tiêu chuẩn theo Điều 6 Thông tư 124/2021/TT-BCA (cơ sở giáo dục: Điều 7).",
        "Agencies, enterprises and educational institutions managed by the district meet the standard of Art. 6 of Circular 124/2021 (institutions: Art. 7).",
        ANTQ_OP_TRUE, 1, 1, antq__pred_safe_standard, .managing_level = ANTQ_LEVEL_DISTRICT),

    /* ---- typical units of the movement, Decision 9745/QĐ-BCA-V05 (MOD-01) */
    ROW("MOD-01-C1", MOD, STD, S, K_CW, MOD_FROM, OPEN, "9745/QĐ-BCA-V05", 1, 0,
        "Thực hiện đầy đủ chủ trương, chính sách, pháp luật trên mọi lĩnh vực và tại mọi khu dân cư.",
        "Fully implements Party lines, State policy and law in every sector and residential area.",
        ANTQ_OP_TRUE, 1, 1, antq__pred_implements_policy, 0),
    ROW("MOD-01-C2a", MOD, STD, S, K_CW, MOD_FROM, OPEN, "9745/QĐ-BCA-V05", 2, 0,
        "Trong quý I có nghị quyết của Đảng ủy và chương trình, kế hoạch của Ủy ban nhân dân về phong trào.",
        "In the first quarter a Party committee resolution and a People's Committee programme or plan on the movement.",
        ANTQ_OP_IN_RANGE, Q1_FROM, Q1_TO, antq__pred_documents, .window_from = Q1_FROM, .window_to = Q1_TO,
        .docs = ANTQ__DOC_RESOLUTION | ANTQ__DOC_PLAN),
    ROW("MOD-01-C2b", MOD, STD, S, K_CW, MOD_FROM, OPEN, "9745/QĐ-BCA-V05", 2, 0,
        "Trong quý I có chương trình công tác của Ban Chỉ đạo về phong trào (do đơn vị trả lời).",
        "In the first quarter a work programme of the Steering Committee on the movement (answered by the caller).",
        ANTQ_OP_TRUE, 1, 1, antq__pred_answer, 0),
    ROW("MOD-01-CX", MOD, STD, U, K_CW, MOD_FROM, OPEN, "9745/QĐ-BCA-V05", 0, 0,
        "Các tiêu chí còn lại của xã, phường, thị trấn điển hình (chưa được kiểm chứng; do đơn vị trả lời).",
        "The remaining criteria of a typical commune, ward or town (not verified; answered by the caller).",
        ANTQ_OP_TRUE, 1, 1, antq__pred_answer, 0),
    ROW("MOD-01-AE", MOD, STD, U, K_AG | K_EN | K_EI, MOD_FROM, OPEN, "9745/QĐ-BCA-V05", 0, 0,
        "Bộ tiêu chí cơ quan, doanh nghiệp, cơ sở giáo dục điển hình (chưa được kiểm chứng; do đơn vị trả lời).",
        "The criteria of a typical agency, enterprise or educational institution (not verified; answered by the caller).",
        ANTQ_OP_TRUE, 1, 1, antq__pred_answer, 0),
};

const size_t antq__reused_count = ANTQ__ARRAY_LEN(antq__reused_rows);
