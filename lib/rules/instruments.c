/* The instruments that reused standards cite, with how their parts are named
 * (a Decision's criteria set numbers criteria and indicators, a Guidance its
 * contents), and the names and titles of the standards.
 * SPDX-License-Identifier: MIT */
#include "masks.h"

#include <string.h>

static const antq__instrument instruments[] = {
    {"25/2021/QĐ-TTg", "Quyết định", "Decision", "tiêu chí", "Criterion", "chỉ tiêu", "indicator"},
    {"318/QĐ-TTg", "Quyết định", "Decision", "tiêu chí", "Criterion", "chỉ tiêu", "indicator"},
    {"04/2022/QĐ-TTg", "Quyết định", "Decision", "tiêu chí", "Criterion", NULL, NULL},
    {"9745/QĐ-BCA-V05", "Quyết định", "Decision", "tiêu chí", "Criterion", NULL, NULL},
    {"04/HD-BCA-V05", "Hướng dẫn", "Instruction", "nội dung", "Content", NULL, NULL},
    {"12/HD-BCA-V05", "Hướng dẫn", "Guidance", "nội dung", "Content", NULL, NULL},
    {"3371/BCA-V05", "Công văn", "Official Letter", "mục", "Item", NULL, NULL},
};

const antq__instrument *antq__instrument_find(const char *id)
{
    for (size_t i = 0; id && i < ANTQ__ARRAY_LEN(instruments); i++)
        if (strcmp(instruments[i].id, id) == 0)
            return &instruments[i];
    return NULL;
}

static const struct standard_info {
    const char *name, *title_vi, *title_en;
} standards[ANTQ_STANDARD_COUNT] = {
    {"safe", "Tiêu chuẩn \"An toàn về an ninh, trật tự\" (Thông tư 124/2021/TT-BCA; Thông tư 23/2012/TT-BCA)",
     "The \"Safe in security and order\" standard (Circular 124/2021/TT-BCA; Circular 23/2012/TT-BCA)"},
    {"legal-access", "Chỉ tiêu 4 tiêu chí 5 xã đạt chuẩn tiếp cận pháp luật (Quyết định 25/2021/QĐ-TTg)",
     "Legal-access indicator 5.4 (Decision 25/2021/QĐ-TTg)"},
    {"new-rural-19.2", "Chỉ tiêu 19.2 xã nông thôn mới 2021–2025 (Quyết định 318/QĐ-TTg; Hướng dẫn 04/HD-BCA-V05)",
     "New-rural indicator 19.2, 2021–2025 (Decision 318/QĐ-TTg; Instruction 04/HD-BCA-V05)"},
    {"civilized-urban-4", "Tiêu chí 4 phường, thị trấn đạt chuẩn đô thị văn minh (Quyết định 04/2022/QĐ-TTg; Hướng dẫn 12/HD-BCA-V05)",
     "Civilized-urban criterion 4 for wards and towns (Decision 04/2022/QĐ-TTg; Guidance 12/HD-BCA-V05)"},
    {"typical-unit", "Đơn vị điển hình của phong trào toàn dân bảo vệ an ninh Tổ quốc (Quyết định 9745/QĐ-BCA-V05)",
     "Typical units of the movement (Decision 9745/QĐ-BCA-V05)"},
};

const char *antq_standard_name(int standard)
{
    return standard >= 0 && standard < ANTQ_STANDARD_COUNT ? standards[standard].name : "unknown";
}

int antq_standard_from_name(const char *name)
{
    for (int i = 0; name && i < ANTQ_STANDARD_COUNT; i++)
        if (strcmp(standards[i].name, name) == 0)
            return i;
    return -1;
}

const char *antq_standard_title(int standard, int lang)
{
    if (standard < 0 || standard >= ANTQ_STANDARD_COUNT || (lang != ANTQ_LANG_VI && lang != ANTQ_LANG_EN))
        return NULL;
    return lang == ANTQ_LANG_EN ? standards[standard].title_en : standards[standard].title_vi;
}
