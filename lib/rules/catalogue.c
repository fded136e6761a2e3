/* The catalogue: rule sets, evaluation periods and the row lookup.
 * SPDX-License-Identifier: MIT */
#include "masks.h"

#include <stdio.h>
#include <string.h>

enum { RS_C23 = 0, RS_C124 = 1 };

static const antq_ruleset rulesets[] = {
    {"23/2012/TT-BCA",
     "Thông tư 23/2012/TT-BCA quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn \"An toàn về an ninh, trật tự\"",
     "Circular 23/2012/TT-BCA on residential areas, communes, agencies, enterprises and schools meeting the standard \"Safe in security and order\"",
     20120618, 20220209, 20120427, 0},
    {"124/2021/TT-BCA",
     "Thông tư 124/2021/TT-BCA quy định về khu dân cư, xã, phường, thị trấn, cơ quan, doanh nghiệp, cơ sở giáo dục đạt tiêu chuẩn \"An toàn về an ninh, trật tự\" (sửa đổi bởi Thông tư 48/2025/TT-BCA)",
     "Circular 124/2021/TT-BCA on residential areas, communes, agencies, enterprises and educational institutions meeting the standard \"Safe in security and order\" (as amended by Circular 48/2025/TT-BCA)",
     20220210, ANTQ_DATE_OPEN, 20211228, 0},
};

size_t antq_ruleset_count(void) { return ANTQ__ARRAY_LEN(rulesets); }

const antq_ruleset *antq_ruleset_get(size_t index)
{
    return index < ANTQ__ARRAY_LEN(rulesets) ? &rulesets[index] : NULL;
}

const antq_ruleset *antq_ruleset_for_date(int32_t period_end)
{
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(rulesets); i++)
        if (period_end >= rulesets[i].valid_from && period_end <= rulesets[i].valid_to)
            return &rulesets[i];
    return NULL;
}

/* Evaluation periods: from start_mmdd of year Y−1 to end_mmdd of year Y.
 * 124/2021 Art. 8.2 (V); 23/2012 Art. 9.2 (S). 23/2012 words the periods as
 * "31/10 to 31/10" and "30/11 to 30/11"; read by default as starting the day
 * after the previous period closed, so that consecutive years neither overlap
 * nor leave a gap (D); the option ANTQ_PERIOD_START_SAME_DAY reads the start
 * day as written (31/10 of Y−1), so the end day of one year is also the first
 * day of the next. Schools under 23/2012 follow the school year (end date an
 * option; start the day after, or the same day of, the previous closing). */
static const struct period_rule {
    int ruleset;
    int kind;
    int start_mmdd, end_mmdd;
} periods[] = {
    {RS_C124, ANTQ_KIND_RESIDENTIAL_AREA, 1101, 1031},
    {RS_C124, ANTQ_KIND_COMMUNE, 1116, 1115},
    {RS_C124, ANTQ_KIND_AGENCY, 1116, 1115},
    {RS_C124, ANTQ_KIND_ENTERPRISE, 1116, 1115},
    {RS_C124, ANTQ_KIND_EDUCATIONAL_INSTITUTION, 1116, 1115},
    {RS_C23, ANTQ_KIND_RESIDENTIAL_AREA, 1101, 1031},
    {RS_C23, ANTQ_KIND_COMMUNE, 1201, 1130},
    {RS_C23, ANTQ_KIND_AGENCY, 1201, 1130},
    {RS_C23, ANTQ_KIND_ENTERPRISE, 1201, 1130},
    {RS_C23, ANTQ_KIND_EDUCATIONAL_INSTITUTION, 0, 0}, /* school year */
};

int antq_period_for(int32_t *out_start, int32_t *out_end, const antq_ruleset **out_ruleset, int kind, int year,
                    int school_year_end_mmdd)
{
    return antq__period_for(kind, year, school_year_end_mmdd, ANTQ_PERIOD_START_DAY_AFTER, out_start, out_end,
                            out_ruleset);
}

int antq__period_for(int kind, int year, int school_year_end_mmdd, int period_start, int32_t *out_start,
                     int32_t *out_end, const antq_ruleset **out_ruleset)
{
    if (kind <= ANTQ_KIND_UNKNOWN || kind >= ANTQ_KIND_COUNT || year < 1901 || year > 2998)
        return ANTQ_EINVAL;
    if (school_year_end_mmdd == 0)
        school_year_end_mmdd = 531;
    { /* a real month and day, as antq_date_make(2001, mm, dd) checks (2001: no 29 February); inline because
       * this runs for every evaluation */
        static const int8_t mdays[13] = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
        int mm = school_year_end_mmdd / 100, dd = school_year_end_mmdd % 100;
        if (mm < 1 || mm > 12 || dd < 1 || dd > mdays[mm])
            return ANTQ_EINVAL;
    }
    /* newest rule set first: the one in force on the period's last day governs */
    for (size_t r = ANTQ__ARRAY_LEN(rulesets); r-- > 0;) {
        for (size_t i = 0; i < ANTQ__ARRAY_LEN(periods); i++) {
            if (periods[i].ruleset != (int)r || periods[i].kind != kind)
                continue;
            int32_t start, end;
            if (periods[i].end_mmdd == 0) {
                end = antq__date_ymd(year, school_year_end_mmdd);
                start = antq__date_ymd(year - 1, school_year_end_mmdd);
                if (period_start != ANTQ_PERIOD_START_SAME_DAY)
                    start = antq_date_add_days(start, 1);
            } else {
                start = antq__date_ymd(year - 1, periods[i].start_mmdd);
                end = antq__date_ymd(year, periods[i].end_mmdd);
                if (r == RS_C23 && period_start == ANTQ_PERIOD_START_SAME_DAY)
                    start = antq__date_ymd(year - 1, periods[i].end_mmdd);
            }
            if (end < rulesets[r].valid_from || end > rulesets[r].valid_to)
                continue;
            if (out_start)
                *out_start = start;
            if (out_end)
                *out_end = end;
            if (out_ruleset)
                *out_ruleset = &rulesets[r];
            return ANTQ_OK;
        }
    }
    return ANTQ_ENORULES;
}

size_t antq_catalogue_count(void) { return antq__c124_count + antq__c23_count + antq__reused_count; }

static const antq__row *row_at(size_t index)
{
    if (index < antq__c124_count)
        return &antq__c124_rows[index];
    index -= antq__c124_count;
    if (index < antq__c23_count)
        return &antq__c23_rows[index];
    index -= antq__c23_count;
    return index < antq__reused_count ? &antq__reused_rows[index] : NULL;
}

int antq_criterion_standard(const antq_criterion *c) { return c ? antq__row_of(c)->standard : -1; }

const antq_criterion *antq_catalogue_get(size_t index)
{
    const antq__row *r = row_at(index);
    return r ? &r->pub : NULL;
}

const antq__row *antq__row_find(const char *id)
{
    if (!id)
        return NULL;
    for (size_t i = 0; i < antq_catalogue_count(); i++) {
        const antq__row *r = row_at(i);
        if (strcmp(r->pub.id, id) == 0)
            return r;
    }
    return NULL;
}

const antq__row *antq__row_of(const antq_criterion *c) { return (const antq__row *)(const void *)c; }

const antq_criterion *antq_catalogue_find(const char *id)
{
    const antq__row *r = antq__row_find(id);
    return r ? &r->pub : NULL;
}

int antq_criterion_applies(const antq_criterion *c, int kind, int32_t period_end)
{
    return c && kind > 0 && kind < ANTQ_KIND_COUNT && (c->kinds & ANTQ_KIND_BIT(kind)) &&
           period_end >= c->valid_from && period_end <= c->valid_to;
}

/* snprintf-like appending (the text is truncated to the buffer, the length
 * counts all of it): citations are written for every check of every result. */
typedef struct cite_buf {
    char *d;
    size_t size, len;
} cite_buf;

static void cite_put(cite_buf *b, const char *s, size_t n)
{
    if (b->size && b->len < b->size - 1) {
        size_t room = b->size - 1 - b->len;
        memcpy(b->d + b->len, s, n < room ? n : room);
    }
    b->len += n;
}

static void cite_str(cite_buf *b, const char *s) { cite_put(b, s, strlen(s)); }

static void cite_int(cite_buf *b, int v)
{
    char tmp[16], *p = tmp + sizeof tmp;
    unsigned u = v < 0 ? 0u - (unsigned)v : (unsigned)v;
    do
        *--p = (char)('0' + u % 10);
    while ((u /= 10) != 0);
    if (v < 0)
        *--p = '-';
    cite_put(b, p, (size_t)(tmp + sizeof tmp - p));
}

static void cite_end(cite_buf *b)
{
    if (b->size)
        b->d[b->len < b->size ? b->len : b->size - 1] = '\0';
}

int antq_citation_format(char *buf, size_t size, const antq_citation *c, int lang)
{
    if (!c || !c->instrument || (!buf && size))
        return -1;
    /* the clause and points parts as they were with snprintf into 32 and 64 bytes */
    char points[64] = "";
    cite_buf pb = {points, sizeof points, 0}, out = {buf, size, 0};
    int en = lang == ANTQ_LANG_EN;
    const antq__instrument *ins = antq__instrument_find(c->instrument);
    if (ins) { /* "Criterion 5, indicator 4, Decision 25/2021/QĐ-TTg" / "chỉ tiêu 4 tiêu chí 5 Quyết định 25/2021/QĐ-TTg" */
        const char *sub = en ? ins->sub_en : ins->sub_vi;
        if (en) {
            if (c->article) {
                cite_str(&out, ins->part_en);
                cite_str(&out, " ");
                cite_int(&out, (int)c->article);
                if (c->clause && sub) {
                    cite_str(&out, ", ");
                    cite_str(&out, sub);
                    cite_str(&out, " ");
                    cite_int(&out, (int)c->clause);
                }
                cite_str(&out, ", ");
            }
            cite_str(&out, ins->type_en);
        } else {
            if (c->article) {
                if (c->clause && sub) {
                    cite_str(&out, sub);
                    cite_str(&out, " ");
                    cite_int(&out, (int)c->clause);
                    cite_str(&out, " ");
                }
                cite_str(&out, ins->part_vi);
                cite_str(&out, " ");
                cite_int(&out, (int)c->article);
                cite_str(&out, " ");
            }
            cite_str(&out, ins->type_vi);
        }
        cite_str(&out, " ");
        cite_str(&out, c->instrument);
        cite_end(&out);
        return (int)out.len;
    }
    /* a circular's number ends in "/TT-<issuer>"; another instrument (a provincial decision in a caller's
     * authority table) names itself */
    int circular = strstr(c->instrument, "/TT-") != NULL;
    if (c->points) {
        cite_str(&pb, en ? "(" : "điểm ");
        cite_str(&pb, c->points);
        cite_str(&pb, en ? ")" : " ");
        cite_end(&pb);
    }
    if (en) {
        cite_str(&out, "Art. ");
        cite_int(&out, (int)c->article);
        if (c->clause) { /* "(%d)": at most 13 bytes, never cut at 32 */
            cite_str(&out, "(");
            cite_int(&out, (int)c->clause);
            cite_str(&out, ")");
        }
        cite_str(&out, points);
        cite_str(&out, circular ? ", Circular " : ", ");
    } else {
        cite_str(&out, points);
        if (c->clause) { /* "khoản %d ": at most 19 bytes */
            cite_str(&out, "khoản ");
            cite_int(&out, (int)c->clause);
            cite_str(&out, " ");
        }
        cite_str(&out, "Điều ");
        cite_int(&out, (int)c->article);
        cite_str(&out, circular ? " Thông tư " : " ");
    }
    cite_str(&out, c->instrument);
    cite_end(&out);
    return (int)out.len;
}

const char *antq__op_name(int op)
{
    static const char *const names[] = {"none", "ge", "gt", "le", "lt", "eq_all", "zero", "true", "in_range"};
    return op >= 0 && op <= ANTQ_OP_IN_RANGE ? names[op] : "none";
}
