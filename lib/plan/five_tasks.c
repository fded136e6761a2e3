/* The five-task pattern of the yearly plans (rules.md §7.2, from the Bắc Kạn
 * 2024 article on plan 331/KH-BCĐ), and the reading of target wordings
 * (rules.md §7.4).
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <stdlib.h>
#include <string.h>

static const antq_task tasks[ANTQ_FIVE_TASKS] = {
    {"T1", "Đẩy mạnh tuyên truyền trong cán bộ, công chức, viên chức, người lao động, học sinh, sinh viên và Nhân dân về truyền "
           "thống của dân tộc, vai trò của Nhân dân và vị trí của phong trào \"Toàn dân bảo vệ an ninh Tổ quốc\" là nhiệm vụ "
           "quan trọng thường xuyên, cơ sở xây dựng thế trận an ninh nhân dân.",
     NULL, NULL, ANTQ_DATE_UNKNOWN, ANTQ_TASK_UNKNOWN, ANTQ_DATE_UNKNOWN, 1, NULL},
    {"T2", "Mọi chủ trương, biện pháp, kế hoạch vận động Nhân dân tham gia phong trào phải hợp lòng dân, vừa sức dân, phù hợp "
           "với lợi ích của Nhân dân.",
     NULL, NULL, ANTQ_DATE_UNKNOWN, ANTQ_TASK_UNKNOWN, ANTQ_DATE_UNKNOWN, 2, NULL},
    {"T3", "Tiếp tục đổi mới nội dung, phương pháp, biện pháp vận động quần chúng và xây dựng phong trào, bảo đảm thiết thực, "
           "linh hoạt, sáng tạo, phù hợp từng vùng, từng lĩnh vực.",
     NULL, NULL, ANTQ_DATE_UNKNOWN, ANTQ_TASK_UNKNOWN, ANTQ_DATE_UNKNOWN, 3, NULL},
    {"T4", "Tham gia quản lý, giáo dục, giúp đỡ người vi phạm pháp luật ở khu dân cư hòa nhập cộng đồng; đẩy mạnh cuộc vận "
           "động \"Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư\"; thi đua xây dựng đơn vị đạt tiêu chuẩn \"An toàn "
           "về an ninh, trật tự\".",
     NULL, NULL, ANTQ_DATE_UNKNOWN, ANTQ_TASK_UNKNOWN, ANTQ_DATE_UNKNOWN, 4, NULL},
    {"T5", "Tổ chức các hoạt động Lễ hội thiết thực, gắn với kỷ niệm Cách mạng tháng Tám, Ngày truyền thống Công an nhân dân "
           "(19/8) và Quốc khánh (2/9).",
     NULL, NULL, ANTQ_DATE_UNKNOWN, ANTQ_TASK_UNKNOWN, ANTQ_DATE_UNKNOWN, 5, NULL},
};

static const char *const tasks_en[ANTQ_FIVE_TASKS] = {
    "Propaganda among officials, workers, pupils, students and the people on the nation's tradition, the people's role, "
    "and the movement as a regular key task and the basis of the people's security posture.",
    "Every measure and plan to mobilise the people must fit their interests and capacity.",
    "Renew the content and methods of mass mobilisation and of building the movement.",
    "Manage, educate and help law violators reintegrate; link with the campaign \"All people unite to build cultural life "
    "in residential areas\"; emulation to build safe units.",
    "Festival activities tied to the August Revolution, the police traditional day (19/8) and National Day (2/9).",
};

const antq_task *antq_five_task_template(int number)
{
    return number >= 1 && number <= ANTQ_FIVE_TASKS ? &tasks[number - 1] : NULL;
}

const char *antq_five_task_text_en(int number)
{
    return number >= 1 && number <= ANTQ_FIVE_TASKS ? tasks_en[number - 1] : NULL;
}

int antq_festival_ordinal(int year) { return year >= ANTQ_FESTIVAL_FIRST_YEAR ? year - ANTQ_FESTIVAL_FIRST_YEAR + 1 : 0; }

/* Case-sensitive search of a UTF-8 phrase. */
static const char *find(const char *text, const char *phrase) { return strstr(text, phrase); }

/* The number right after `p` (skipping spaces), with a following '%' or not. */
static int number_after(const char *p, int64_t *num, int64_t *den)
{
    while (*p == ' ')
        p++;
    if (*p < '0' || *p > '9')
        return 0;
    char *end;
    long long v = strtoll(p, &end, 10);
    /* no threshold is that large; strtoll saturates and v * scale below would overflow */
    if (v > 1000000000000000LL || ((*end == ',' || *end == '.') && v > 10000000000000LL))
        return 0;
    if (*end == ',' || *end == '.') /* decimals: "85,5%" → 855/1000 */
    {
        char *frac_end;
        long long frac = strtoll(end + 1, &frac_end, 10);
        int digits = (int)(frac_end - end - 1);
        if (digits > 0 && digits < 6 && *frac_end == '%') {
            long long scale = 1;
            for (int i = 0; i < digits; i++)
                scale *= 10;
            *num = v * scale + frac;
            *den = 100 * scale;
            return 1;
        }
    }
    *num = v;
    *den = *end == '%' ? 100 : 1;
    return 1;
}

/* Lower-case the Vietnamese letters of a UTF-8 string into out (same length or
 * shorter). ASCII, Latin-1 (À…Þ), Ă Đ Ĩ Ũ Ơ Ư and the Vietnamese block
 * U+1EA0–U+1EF9 (upper case at even code points) are folded. */
static void fold_case(const char *in, char *out, size_t size)
{
    const unsigned char *p = (const unsigned char *)in;
    size_t o = 0;
    while (*p && o + 4 < size) {
        uint32_t cp;
        int n;
        if (*p < 0x80) { cp = *p; n = 1; }
        else if ((*p & 0xE0) == 0xC0 && p[1]) { cp = ((uint32_t)(*p & 0x1F) << 6) | (p[1] & 0x3F); n = 2; }
        else if ((*p & 0xF0) == 0xE0 && p[1] && p[2]) { cp = ((uint32_t)(*p & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F); n = 3; }
        else { out[o++] = (char)*p++; continue; }
        if (cp >= 'A' && cp <= 'Z')
            cp += 32;
        else if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7)
            cp += 32;
        else if (cp == 0x102 || cp == 0x110 || cp == 0x128 || cp == 0x168 || cp == 0x1A0)
            cp += 1;
        else if (cp == 0x1AF)
            cp = 0x1B0;
        else if (cp >= 0x1EA0 && cp <= 0x1EF9 && cp % 2 == 0)
            cp += 1;
        if (cp < 0x80) {
            out[o++] = (char)cp;
        } else if (cp < 0x800) {
            out[o++] = (char)(0xC0 | (cp >> 6));
            out[o++] = (char)(0x80 | (cp & 0x3F));
        } else {
            out[o++] = (char)(0xE0 | (cp >> 12));
            out[o++] = (char)(0x80 | ((cp >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (cp & 0x3F));
        }
        p += n;
    }
    out[o] = '\0';
}

int antq_target_parse_wording(int32_t *out_op, int64_t *out_num, int64_t *out_den, const char *wording)
{
    if (!wording || !out_op || !out_num || !out_den)
        return ANTQ_EINVAL;
    char text[512];
    fold_case(wording, text, sizeof text); /* "Trên 80%" reads as "trên 80%" */
    static const struct {
        const char *phrase;
        int op;
    } prefixes[] = {
        {"không quá", ANTQ_OP_LE}, {"tối đa", ANTQ_OP_LE}, {"ít nhất", ANTQ_OP_GE}, {"tối thiểu", ANTQ_OP_GE},
        {"trên", ANTQ_OP_GT}, {"hơn", ANTQ_OP_GT}, {"dưới", ANTQ_OP_LT}, {"từ", ANTQ_OP_GE},
    };
    /* "không có", "không còn", "không để xảy ra": none */
    if (find(text, "không có") || find(text, "không còn") || find(text, "không để xảy ra") || find(text, "không xảy ra")) {
        *out_op = ANTQ_OP_ZERO;
        *out_num = 0;
        *out_den = 1;
        return ANTQ_OK;
    }
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(prefixes); i++) {
        int64_t num, den;
        const char *p = find(text, prefixes[i].phrase);
        while (p && !number_after(p + strlen(prefixes[i].phrase), &num, &den))
            p = find(p + 1, prefixes[i].phrase); /* e.g. "từng xã" before "từ 80%" */
        if (p) {
            int op = prefixes[i].op;
            /* "từ X% trở lên" is ≥; a bare "từ X%" is read the same way (IND-01) */
            if (op == ANTQ_OP_GE && den == 100 && num == 100)
                op = ANTQ_OP_EQ_ALL;
            *out_op = op;
            *out_num = num;
            *out_den = den;
            return ANTQ_OK;
        }
    }
    /* a bare "100%" means all (IND-04); a bare "X%" is read as "at least X%" (IND-01, D) */
    for (const char *p = text; *p; p++) {
        int64_t num, den;
        if (*p >= '0' && *p <= '9' && (p == text || p[-1] < '0' || p[-1] > '9') && number_after(p, &num, &den) && den >= 100) {
            *out_op = num == den ? ANTQ_OP_EQ_ALL : ANTQ_OP_GE;
            *out_num = num;
            *out_den = den;
            return ANTQ_OK;
        }
    }
    return ANTQ_EPARSE;
}
