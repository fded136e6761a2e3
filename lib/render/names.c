/* Vietnamese and English labels shared by the renderers.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#define PICK(lang, vi, en) ((lang) == ANTQ_LANG_EN ? (en) : (vi))

const char *antq__rating_name(int rating, int lang)
{
    switch (rating) {
    case ANTQ_RATING_NOT_COMPLETED: return PICK(lang, "không hoàn thành nhiệm vụ", "not completed tasks");
    case ANTQ_RATING_COMPLETED: return PICK(lang, "hoàn thành nhiệm vụ", "completed tasks");
    case ANTQ_RATING_COMPLETED_WELL: return PICK(lang, "hoàn thành tốt nhiệm vụ", "completed tasks well");
    case ANTQ_RATING_EXCELLENT: return PICK(lang, "hoàn thành xuất sắc nhiệm vụ", "completed tasks excellently");
    default: return PICK(lang, "chưa rõ", "unknown");
    }
}

const char *antq__discipline_name(int level, int lang)
{
    switch (level) {
    case ANTQ_DISCIPLINE_NONE: return PICK(lang, "không kỷ luật", "no discipline");
    case ANTQ_DISCIPLINE_REPRIMAND: return PICK(lang, "khiển trách", "reprimand");
    case ANTQ_DISCIPLINE_PAY_RISE_DEFERRAL: return PICK(lang, "kéo dài thời hạn nâng lương", "pay-rise deferral");
    case ANTQ_DISCIPLINE_WARNING: return PICK(lang, "cảnh cáo", "warning");
    case ANTQ_DISCIPLINE_SALARY_REDUCTION: return PICK(lang, "hạ bậc lương", "salary reduction");
    case ANTQ_DISCIPLINE_DEMOTION: return PICK(lang, "giáng chức", "demotion");
    case ANTQ_DISCIPLINE_REMOVAL: return PICK(lang, "cách chức", "removal from post");
    case ANTQ_DISCIPLINE_DISMISSAL: return PICK(lang, "buộc thôi việc", "dismissal");
    default: return PICK(lang, "chưa rõ", "unknown");
    }
}

const char *antq__role_name(int role, int lang)
{
    switch (role) {
    case ANTQ_ROLE_GRASSROOTS_TEAM: return PICK(lang, "thành viên Tổ bảo vệ an ninh, trật tự", "grassroots security team members");
    case ANTQ_ROLE_COMMUNE_POLICE: return PICK(lang, "cán bộ, chiến sĩ Công an cấp xã", "commune police officers");
    case ANTQ_ROLE_PROTECTION_FORCE: return PICK(lang, "thành viên lực lượng bảo vệ", "protection force members");
    case ANTQ_ROLE_SUBUNIT: return PICK(lang, "cá nhân thuộc đầu mối trực thuộc", "members of subordinate units");
    case ANTQ_ROLE_NEIGHBOURHOOD_PROTECTION: return PICK(lang, "thành viên Bảo vệ dân phố", "neighbourhood protection members");
    default: return PICK(lang, "người", "persons");
    }
}

const char *antq__event_label(int kind, int lang)
{
    switch (kind) {
    case ANTQ_EVENT_ANTI_STATE: return PICK(lang, "hoạt động chống Đảng, chính quyền, phá hoại khối đại đoàn kết", "activity against the Party or State");
    case ANTQ_EVENT_SABOTAGE: return PICK(lang, "hoạt động phá hoại mục tiêu, công trình trọng điểm", "sabotage of key targets");
    case ANTQ_EVENT_UNLAWFUL_RELIGION: return PICK(lang, "truyền đạo, phát triển tín ngưỡng, tôn giáo trái pháp luật", "unlawful propagation of religion");
    case ANTQ_EVENT_EXPLOITING_GRIEVANCES: return PICK(lang, "lợi dụng tín ngưỡng, tôn giáo, dân tộc, khiếu kiện gây mất ổn định", "exploiting religion, ethnicity or complaints");
    case ANTQ_EVENT_SEPARATISM: return PICK(lang, "hoạt động ly khai, đòi tự trị", "separatist activity");
    case ANTQ_EVENT_PROLONGED_DISPUTE: return PICK(lang, "mâu thuẫn, tranh chấp phức tạp, kéo dài trong nhân dân", "prolonged dispute among the people");
    case ANTQ_EVENT_CROWD_INCITEMENT: return PICK(lang, "kích động, lôi kéo tụ tập đông người khiếu kiện, gây rối", "inciting crowd complaints or disorder");
    case ANTQ_EVENT_UNLAWFUL_STRIKE: return PICK(lang, "đình công, lãn công trái pháp luật", "unlawful strike or go-slow");
    case ANTQ_EVENT_CRIME: return PICK(lang, "tội phạm", "crime");
    case ANTQ_EVENT_STATE_SECRET_BREACH: return PICK(lang, "vi phạm quy định bảo vệ bí mật nhà nước", "breach of State-secret rules");
    case ANTQ_EVENT_SERIOUS_FIRE_EXPLOSION: return PICK(lang, "cháy, nổ nghiêm trọng", "serious fire or explosion");
    case ANTQ_EVENT_FATAL_LABOUR_ACCIDENT: return PICK(lang, "tai nạn lao động chết người", "fatal labour accident");
    case ANTQ_EVENT_SERIOUS_INCIDENT: return PICK(lang, "sự cố nghiêm trọng", "serious incident");
    case ANTQ_EVENT_ENV_FOOD_VIOLATION: return PICK(lang, "vi phạm môi trường, an toàn thực phẩm gây hậu quả nghiêm trọng", "serious environment or food-safety violation");
    case ANTQ_EVENT_STAFF_ADMIN_SANCTION: return PICK(lang, "người lao động bị xử phạt hành chính về an ninh, trật tự", "staff sanctioned in the security-and-order field");
    case ANTQ_EVENT_STAFF_SOCIAL_EVIL: return PICK(lang, "người lao động mắc tệ nạn xã hội bị kỷ luật", "staff with a social evil, disciplined");
    case ANTQ_EVENT_SCHOOL_VIOLENCE: return PICK(lang, "bạo lực học đường", "school violence");
    case ANTQ_EVENT_MEMBER_CRIME_OR_EVIL: return PICK(lang, "cán bộ, giáo viên, người học phạm tội hoặc mắc tệ nạn xã hội", "staff or learner with a crime or social evil");
    case ANTQ_EVENT_NEW_HOTSPOT: return PICK(lang, "tụ điểm phức tạp về trật tự xã hội mới phát sinh", "new complex social-order hotspot");
    case ANTQ_EVENT_NEW_SOCIAL_EVIL_PERSON: return PICK(lang, "người mắc tệ nạn xã hội mới phát sinh", "new person with social evils");
    case ANTQ_EVENT_HIGH_VALUE_THEFT: return PICK(lang, "mất cắp tài sản có giá trị lớn", "theft of high-value assets");
    case ANTQ_EVENT_FATAL_TRAFFIC_ACCIDENT: return PICK(lang, "tai nạn giao thông làm chết người", "fatal traffic accident");
    case ANTQ_EVENT_PROVINCIAL_INCIDENT: return PICK(lang, "vụ việc theo tiêu chí bổ sung của tỉnh", "incident listed by the province");
    default: return PICK(lang, "vụ việc", "event");
    }
}

const char *antq__level_name(int level, int lang)
{
    switch (level) {
    case ANTQ_LEVEL_COMMUNE: return PICK(lang, "cấp xã", "commune level");
    case ANTQ_LEVEL_DISTRICT: return PICK(lang, "cấp huyện", "district level");
    case ANTQ_LEVEL_PROVINCE: return PICK(lang, "cấp tỉnh", "provincial level");
    case ANTQ_LEVEL_MINISTRY: return PICK(lang, "Bộ Công an", "Ministry of Public Security");
    default: return PICK(lang, "cấp chưa rõ", "unknown level");
    }
}

const char *antq__body_label(int body, int lang)
{
    switch (body) {
    case ANTQ_BODY_COMMUNE_COMMITTEE: return PICK(lang, "Chủ tịch Ủy ban nhân dân cấp xã", "chairman of the commune People's Committee");
    case ANTQ_BODY_DISTRICT_COMMITTEE: return PICK(lang, "Chủ tịch Ủy ban nhân dân cấp huyện", "chairman of the district People's Committee");
    case ANTQ_BODY_PROVINCE_COMMITTEE: return PICK(lang, "Ủy ban nhân dân cấp tỉnh", "provincial People's Committee");
    case ANTQ_BODY_MINISTER: return PICK(lang, "Bộ trưởng Bộ Công an", "Minister of Public Security");
    case ANTQ_BODY_COMMUNE_STEERING_OFFICE: return PICK(lang, "Thường trực Ban Chỉ đạo cấp xã", "standing office of the commune Steering Committee");
    case ANTQ_BODY_DISTRICT_STEERING_OFFICE: return PICK(lang, "Thường trực Ban Chỉ đạo cấp huyện", "standing office of the district Steering Committee");
    case ANTQ_BODY_PROVINCE_STEERING_OFFICE: return PICK(lang, "Thường trực Ban Chỉ đạo cấp tỉnh", "standing office of the provincial Steering Committee");
    case ANTQ_BODY_DEPARTMENT_V05: return PICK(lang, "Cục V05, Bộ Công an", "Department V05, Ministry of Public Security");
    default: return PICK(lang, "chưa rõ", "not known");
    }
}

const char *antq__delegation_issue_text(int issue, int lang)
{
    switch (issue) {
    case ANTQ_DELEGATION_VALID: return PICK(lang, "hợp lệ (cấp dưới liền kề)", "valid (one level down)");
    case ANTQ_DELEGATION_LEVEL_MISSING: return PICK(lang, "thiếu cấp ủy quyền hoặc cấp được ủy quyền", "a level is not given");
    case ANTQ_DELEGATION_KIND_NOT_DELEGABLE:
        return PICK(lang, "khu dân cư, xã không được ủy quyền công nhận (chỉ cơ quan, doanh nghiệp, cơ sở giáo dục)",
                    "residential areas and communes cannot be delegated (only agencies, enterprises, institutions)");
    case ANTQ_DELEGATION_NOT_A_COMMITTEE:
        return PICK(lang, "Bộ Công an không phải Ủy ban nhân dân: không ủy quyền theo khoản 5 Điều 10",
                    "the Ministry is not a People's Committee: no delegation under Art. 10.5");
    case ANTQ_DELEGATION_NOT_DOWNWARD: return PICK(lang, "cấp được ủy quyền không thấp hơn", "the receiving level is not below");
    case ANTQ_DELEGATION_MORE_THAN_ONE_LEVEL:
        return PICK(lang, "vượt quá một cấp (chỉ được ủy quyền cho cấp dưới liền kề)", "more than one level down (only the level just below)");
    case ANTQ_DELEGATION_LEVEL_ABOLISHED:
        return PICK(lang, "cấp huyện không còn từ 01/7/2025", "the district level no longer exists from 2025-07-01");
    default: return "?";
    }
}
