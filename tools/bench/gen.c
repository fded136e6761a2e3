/* antq-bench: a synthetic national dataset, generated from a seed.
 *
 * Mirrors the shape of data/sample-province.json (data/gen-sample.py): the
 * same field names as the loader, compact JSON, one unit per line, Vietnamese
 * names. At the default scale (200,000 units): 3,321 communes (2,621 xã,
 * 687 phường, 13 đặc khu, the count after 1/7/2025), 90,000 residential
 * areas, and agencies, enterprises of every size and educational institutions
 * of every level for the rest. Most units pass; a realistic fraction fail
 * for one reason, miss a figure, or record an event or a discipline.
 * Everything is invented.
 * SPDX-License-Identifier: MIT */
#include "bench.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- deterministic PRNG (splitmix64) */

typedef struct rng {
    uint64_t s;
} rng;

static uint64_t next_u64(rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

static double urand(rng *r) { return (double)(next_u64(r) >> 11) * (1.0 / 9007199254740992.0); }

static int irand(rng *r, int lo, int hi) { return lo + (int)(next_u64(r) % (uint64_t)(hi - lo + 1)); }

static int chance(rng *r, double p) { return urand(r) < p; }

/* ---- a small text builder for one record */

typedef struct sb {
    char *d;
    size_t len, cap;
} sb;

static void sb_reserve(sb *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + extra + 1)
        cap *= 2;
    char *d = realloc(b->d, cap);
    if (!d) {
        fprintf(stderr, "antq-bench: out of memory\n");
        exit(2);
    }
    b->d = d;
    b->cap = cap;
}

static void sb_puts(sb *b, const char *s)
{
    size_t n = strlen(s);
    sb_reserve(b, n);
    memcpy(b->d + b->len, s, n + 1);
    b->len += n;
}

static void sb_printf(sb *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void sb_printf(sb *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    sb_reserve(b, (size_t)n);
    va_start(ap, fmt);
    vsnprintf(b->d + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

/* ---- names */

static const char *const SYL1[] = {"Nà", "Khuổi", "Pác", "Cốc", "Phja", "Lủng", "Nặm", "Khau", "Pù", "Cò",
                                   "Tân", "Hòa", "Bình", "Phú", "Thanh", "An", "Vĩnh", "Đông", "Tây", "Long",
                                   "Mỹ", "Hưng", "Quảng", "Đức", "Xuân", "Hồng", "Cẩm", "Tiên", "Yên", "Ngọc"};
static const char *const SYL2[] = {"Lẹng", "Pài", "Vài", "Chang", "Mòn", "Tát", "Lập", "Thạnh", "Phước", "Lộc",
                                   "Sơn", "Hải", "Điền", "Thuận", "Hiệp", "Khánh", "Thịnh", "Trung", "Nghĩa",
                                   "Tiến", "Phong", "Hà", "Giang", "Minh", "Xương", "Bồng", "Mỹ", "Hội", "Lương",
                                   "Quang"};
static const char *const BRANDS[] = {"Hưng Phát", "Phúc Lộc", "Minh Khang", "An Thịnh", "Trường Sơn", "Bảo Ngọc",
                                     "Đại Việt", "Thành Công", "Kim Long", "Hoàng Gia", "Tín Nghĩa", "Quang Minh",
                                     "Việt Bắc", "Đức Tài", "Hải Nam", "Sao Mai"};
static const char *const TRADES[] = {"Thương mại", "Xây dựng", "Dịch vụ Vận tải", "Nông lâm sản", "Du lịch",
                                     "Chế biến Thủy sản", "May mặc", "Cơ khí", "Điện tử", "Vật liệu Xây dựng"};
static const char *const AGENCIES[] = {"Trạm Y tế", "Bưu điện Văn hóa", "Quỹ Tín dụng Nhân dân", "Ban Quản lý chợ",
                                       "Chi nhánh Ngân hàng Chính sách Xã hội", "Kho bạc Nhà nước khu vực",
                                       "Đội Quản lý Thị trường", "Trung tâm Y tế khu vực", "Hạt Kiểm lâm",
                                       "Chi cục Thuế khu vực", "Bảo hiểm Xã hội khu vực", "Trạm Khuyến nông"};
#define N_OF(a) (sizeof(a) / sizeof((a)[0]))

static const char *pick(rng *r, const char *const *a, size_t n) { return a[next_u64(r) % n]; }

/* ---- the map: how many units of each kind sit in each commune */

enum { K_RA = 0, K_AG = 1, K_EN = 2, K_EI = 3, K_N = 4 };

typedef struct commune_plan {
    int type; /* 1 xã, 2 phường, 4 đặc khu */
    int syl1, syl2;
    long count[K_N];
} commune_plan;

static void plan_communes(const bench_gen *g, commune_plan *cp, long communes, long members)
{
    rng r = {g->seed * 0x2545F4914F6CDD1Dull + 17};
    long ra = lround((double)members * (90000.0 / (200000.0 - 3321.0)));
    long rest = members - ra;
    long ag = lround((double)rest * 0.33), en = lround((double)rest * 0.37);
    long totals[K_N] = {ra, ag, en, rest - ag - en};
    double *w = malloc((size_t)communes * K_N * sizeof *w);
    double sum[K_N] = {0};
    for (long c = 0; c < communes; c++) {
        double u = urand(&r);
        cp[c].type = u < 2621.0 / 3321.0 ? 1 : u < 3308.0 / 3321.0 ? 2 : 4;
        cp[c].syl1 = (int)(next_u64(&r) % N_OF(SYL1));
        cp[c].syl2 = (int)(next_u64(&r) % N_OF(SYL2));
        int ward = cp[c].type == 2;
        for (int k = 0; k < K_N; k++) {
            double base = k == K_RA ? (ward ? 0.7 : 1.1) : (ward ? 1.6 : 0.85);
            w[c * K_N + k] = base * (0.5 + urand(&r));
            sum[k] += w[c * K_N + k];
        }
    }
    for (int k = 0; k < K_N; k++) {
        double acc = 0;
        long given = 0;
        for (long c = 0; c < communes; c++) {
            acc += w[c * K_N + k];
            long upto = c + 1 == communes ? totals[k] : (long)floor((double)totals[k] * acc / sum[k]);
            cp[c].count[k] = upto - given;
            given = upto;
        }
    }
    free(w);
}

/* ---- evidence pieces */

static void put_date(sb *b, const char *key, int y, int m, int d)
{
    sb_printf(b, ",\"%s\":\"%04d-%02d-%02d\"", key, y, m, d);
}

static int days_in(int m) { return m == 2 ? 28 : (m == 4 || m == 6 || m == 9 || m == 11) ? 30 : 31; }

static void rand_date(rng *r, int m_lo, int m_hi, int *m, int *d)
{
    *m = irand(r, m_lo, m_hi);
    *d = irand(r, 1, days_in(*m));
}

static void put_counts(sb *b, rng *r, int prev_missing, int up)
{
    static const char *const cats[] = {"crimes", "social_evils", "other_violations"};
    for (int i = 0; i < 3; i++) {
        int prev = irand(r, 0, i == 2 ? 6 : 3);
        int cur = prev - irand(r, 0, prev > 0 ? 1 : 0);
        if (up && i == (int)(next_u64(r) % 3))
            cur = prev + irand(r, 1, 3);
        sb_printf(b, ",\"%s\":%d", cats[i], cur);
        if (prev_missing && i == 2)
            sb_printf(b, ",\"%s_prev\":null", cats[i]);
        else
            sb_printf(b, ",\"%s_prev\":%d", cats[i], prev);
    }
}

static const char *const RATINGS[] = {"excellent", "completed_well", "completed_well", "completed_well", "completed"};

static void event(sb *b, int *first, int y, rng *r, const char *kind, const char *extra, const char *note)
{
    int m, d;
    rand_date(r, 2, 10, &m, &d);
    sb_printf(b, "%s{\"date\":\"%04d-%02d-%02d\",\"kind\":\"%s\"%s", *first ? "" : ",", y, m, d, kind, extra);
    if (note && chance(r, 0.7))
        sb_printf(b, ",\"note\":\"%s\"", note);
    sb_puts(b, "}");
    *first = 0;
}

/* Residential area, year y. */
static void ev_residential(sb *b, rng *r, int y, int households)
{
    double u = urand(r);
    /* one failure reason for ~12 %, weighted like data/gen-sample.py */
    const char *reason = u < 0.88  ? ""
                         : u < 0.90 ? "households"
                         : u < 0.91 ? "late_registration"
                         : u < 0.92 ? "crime_up"
                         : u < 0.93 ? "grassroots_reprimand"
                         : u < 0.935 ? "grassroots_not_completed"
                         : u < 0.94 ? "not_registered"
                         : u < 0.95 ? "prev_missing"
                         : u < 0.955 ? "events_unrecorded"
                         : u < 0.96 ? "rating_missing"
                         : u < 0.965 ? "serious_crime"
                         : u < 0.97 ? "dispute"
                         : u < 0.98 ? "new_evil_person"
                         : u < 0.985 ? "new_hotspot"
                         : u < 0.99 ? "late_resolution"
                                     : "policy_no";
    int not_reg = strcmp(reason, "not_registered") == 0;
    sb_printf(b, "{\"year\":%d", y);
    if (not_reg) {
        sb_puts(b, ",\"registered\":false");
    } else {
        int rm, rd, gm, gd;
        rand_date(r, 1, 2, &rm, &rd);
        rand_date(r, 2, 3, &gm, &gd);
        if (strcmp(reason, "late_registration") == 0) {
            gm = 4;
            gd = gd > 30 ? 30 : gd;
        }
        sb_puts(b, ",\"registered\":true");
        if (strcmp(reason, "late_resolution") == 0)
            put_date(b, "party_resolution_date", y - 1, 12, rd);
        else
            put_date(b, "party_resolution_date", y, rm, rd);
        put_date(b, "registration_date", y, gm, gd);
    }
    sb_printf(b, ",\"households_resident\":%d", households);
    if (!not_reg)
        sb_printf(b, ",\"households_registered\":%d",
                  households - (strcmp(reason, "households") == 0 ? irand(r, 1, 6) : 0));
    sb_printf(b, ",\"implements_policy\":%s", strcmp(reason, "policy_no") == 0 ? "false" : "true");
    put_counts(b, r, strcmp(reason, "prev_missing") == 0, strcmp(reason, "crime_up") == 0);
    sb_puts(b, ",\"supervision_effective\":true");
    if (strcmp(reason, "rating_missing") == 0)
        sb_puts(b, ",\"grassroots_rating\":null");
    else
        sb_printf(b, ",\"grassroots_rating\":\"%s\"",
                  strcmp(reason, "grassroots_not_completed") == 0 ? "not_completed" : pick(r, RATINGS, N_OF(RATINGS)));
    if (strcmp(reason, "events_unrecorded") != 0) {
        sb_puts(b, ",\"events\":[");
        int first = 1;
        if (strcmp(reason, "serious_crime") == 0)
            event(b, &first, y, r, "crime", ",\"severity\":\"very_serious\",\"force_majeure\":false,\"handled_promptly\":false",
                  "Vụ cố ý gây thương tích nghiêm trọng, phát hiện và báo cáo chậm (hư cấu)");
        if (strcmp(reason, "dispute") == 0)
            event(b, &first, y, r, "prolonged_dispute", "", "Tranh chấp đất đai kéo dài giữa hai nhóm hộ (hư cấu)");
        if (strcmp(reason, "new_evil_person") == 0)
            event(b, &first, y, r, "new_social_evil_person", "", "Phát sinh 01 người nghiện ma túy mới (hư cấu)");
        if (strcmp(reason, "new_hotspot") == 0)
            event(b, &first, y, r, "new_hotspot", "", "Phát sinh tụ điểm đánh bạc (hư cấu)");
        if (!*reason) { /* events that do not fail the unit: excused or below the bar */
            double f = urand(r);
            if (f < 0.012)
                event(b, &first, y, r, "crime", ",\"severity\":\"less_serious\"", "Vụ trộm cắp vặt (hư cấu)");
            else if (f < 0.016)
                event(b, &first, y, r, "crime", ",\"severity\":\"serious\",\"force_majeure\":false,\"handled_promptly\":true",
                      "Vụ trộm cắp tài sản giá trị lớn, phát hiện, xử lý và báo cáo kịp thời (hư cấu)");
            else if (f < 0.018)
                event(b, &first, y, r, "serious_fire_explosion", ",\"force_majeure\":true", "Cháy nhà do sét đánh (hư cấu)");
        }
        sb_puts(b, "]");
    }
    sb_puts(b, ",\"disciplines\":[");
    if (strcmp(reason, "grassroots_reprimand") == 0) {
        int m, d;
        rand_date(r, 4, 10, &m, &d);
        sb_printf(b, "{\"date\":\"%04d-%02d-%02d\",\"role\":\"grassroots_team\",\"level\":\"reprimand\"}", y, m, d);
    }
    sb_puts(b, "]}");
}

static void ev_commune(sb *b, rng *r, int y)
{
    int rm = 1, rd = irand(r, 5, 25);
    int pd = rd + irand(r, 2, 5), gd = irand(r, 1, 28);
    double u = urand(r);
    sb_printf(b, "{\"year\":%d,\"registered\":true", y);
    put_date(b, "party_resolution_date", y, rm, rd);
    put_date(b, "plan_date", y, rm, pd);
    put_date(b, "registration_date", y, 2, gd);
    sb_printf(b, ",\"effective_models\":%d,\"implements_policy\":true", irand(r, 1, 4));
    put_counts(b, r, u > 0.985, u > 0.95 && u <= 0.97);
    sb_puts(b, ",\"supervision_effective\":true,\"police_effective\":true,\"events\":[],\"disciplines\":[");
    if (u > 0.97 && u <= 0.985) {
        int m, d;
        rand_date(r, 4, 10, &m, &d);
        sb_printf(b, "{\"date\":\"%04d-%02d-%02d\",\"role\":\"commune_police\",\"level\":\"reprimand\"}", y, m, d);
    }
    sb_puts(b, "]}");
}

typedef struct member {
    int kind; /* K_AG, K_EN, K_EI */
    int eligible, party, protection, emulation, ei_general;
    int staff, learners, subunits;
} member;

static void ev_member(sb *b, rng *r, int y, const member *m)
{
    sb_printf(b, "{\"year\":%d", y);
    if (!m->eligible) {
        sb_puts(b, "}");
        return;
    }
    double u = urand(r);
    const char *reason = u < 0.90  ? ""
                         : u < 0.915 ? "staff_not_briefed"
                         : u < 0.93 ? "late_plan"
                         : u < 0.94 ? "no_model"
                         : u < 0.95 ? "protection_completed"
                         : u < 0.955 ? "subunits_low"
                         : u < 0.96 ? "events_unrecorded"
                         : u < 0.965 ? "resolution_unknown"
                         : u < 0.975 ? "incident"
                         : u < 0.98 ? "protection_member_warning"
                         : u < 0.99 ? "learners_not_briefed"
                                     : "";
    int rm, rd, gm, gd;
    rand_date(r, 1, 2, &rm, &rd);
    rand_date(r, 2, 3, &gm, &gd);
    if (strcmp(reason, "late_plan") == 0)
        gm = 5; /* 31 days: any day drawn for February or March exists */
    sb_puts(b, ",\"registered\":true");
    if (m->party && strcmp(reason, "resolution_unknown") != 0)
        put_date(b, "party_resolution_date", y, rm, rd);
    put_date(b, "plan_date", y, gm, gd > 1 ? gd - 1 : gd);
    put_date(b, "registration_date", y, gm, gd);
    sb_printf(b, ",\"staff_total\":%d,\"staff_briefed\":%d", m->staff,
              m->staff - (strcmp(reason, "staff_not_briefed") == 0 ? 1 + m->staff / 10 : 0));
    if (m->kind == K_EI) {
        sb_printf(b, ",\"learners_total\":%d,\"learners_briefed\":%d", m->learners,
                  m->learners - (strcmp(reason, "learners_not_briefed") == 0 ? irand(r, 3, 12) : 0));
        sb_puts(b, ",\"rule_topics\":[\"unit_protection\",\"internal_politics\",\"learner_management\",\"fire_prevention\"]");
    } else {
        sb_puts(b, ",\"rule_topics\":[\"unit_protection\",\"state_secrets\",\"internal_politics\",\"labour_safety\","
                   "\"fire_prevention\",\"environment\"]");
    }
    sb_printf(b, ",\"effective_models\":%d,\"implements_policy\":true", strcmp(reason, "no_model") == 0 ? 0 : irand(r, 1, 3));
    if (m->ei_general)
        sb_puts(b, ",\"parent_board_coordination\":true");
    if (m->protection && m->emulation) {
        if (strcmp(reason, "protection_completed") == 0)
            sb_puts(b, ",\"protection_rating\":\"completed\",\"protection_advanced_title\":false");
        else
            sb_printf(b, ",\"protection_rating\":\"%s\"", chance(r, 0.66) ? "completed_well" : "excellent");
    }
    int q = strcmp(reason, "subunits_low") == 0 ? (m->subunits * 7 - 1) / 10
                                                : m->subunits - irand(r, 0, m->subunits * 3 / 10);
    sb_printf(b, ",\"subunits_total\":%d,\"subunits_qualified\":%d", m->subunits, q < 0 ? 0 : q);
    if (strcmp(reason, "events_unrecorded") != 0) {
        sb_puts(b, ",\"events\":[");
        int first = 1;
        if (strcmp(reason, "incident") == 0) {
            if (m->kind == K_EN)
                event(b, &first, y, r, chance(r, 0.5) ? "fatal_labour_accident" : "unlawful_strike",
                      ",\"force_majeure\":false", "Sự cố lao động tại phân xưởng (hư cấu)");
            else if (m->kind == K_EI)
                event(b, &first, y, r, chance(r, 0.6) ? "school_violence" : "member_crime_or_evil",
                      ",\"discipline\":\"warning\"", "Nhóm học sinh đánh bạn, quay clip đăng mạng xã hội (hư cấu)");
            else
                event(b, &first, y, r, "staff_social_evil", ",\"discipline\":\"warning\"",
                      "Cán bộ đánh bạc, bị kỷ luật cảnh cáo (hư cấu)");
        }
        sb_puts(b, "]");
    }
    sb_puts(b, ",\"disciplines\":[");
    if (strcmp(reason, "protection_member_warning") == 0) {
        int m2, d2;
        rand_date(r, 4, 10, &m2, &d2);
        sb_printf(b, "{\"date\":\"%04d-%02d-%02d\",\"role\":\"protection_force\",\"level\":\"warning\"}", y, m2, d2);
    }
    sb_puts(b, "]}");
}

static const char *level_name(int l)
{
    static const char *const n[] = {NULL, "commune", "district", "province", "ministry"};
    return n[l];
}

/* Unit attributes of an agency, enterprise or school; returns its member record. */
static member member_attrs(sb *b, rng *r, int kind, const char *commune_word, const char *place)
{
    member m;
    memset(&m, 0, sizeof m);
    m.kind = kind;
    int level = 0;
    if (kind == K_AG) {
        const char *a = pick(r, AGENCIES, N_OF(AGENCIES));
        sb_printf(b, ",\"kind\":\"agency\",\"name\":\"%s %s %s\"", a, commune_word, place);
        double u = urand(r);
        level = u < 0.45 ? 1 : u < 0.85 ? 3 : u < 0.95 ? 4 : 0;
        int armed = chance(r, 0.03);
        m.eligible = !armed;
        m.party = chance(r, 0.6);
        m.protection = chance(r, 0.7);
        m.emulation = chance(r, 0.85);
        m.staff = irand(r, 5, 60);
        m.subunits = chance(r, 0.6) ? 0 : irand(r, 1, 8);
        if (level)
            sb_printf(b, ",\"managing_level\":\"%s\"", level_name(level));
        if (level == 3)
            sb_printf(b, ",\"delegated_to_commune\":%s", chance(r, 0.3) ? "true" : "false");
        sb_printf(b, ",\"armed_forces\":%s,\"has_party_org\":%s,\"has_protection_force\":%s", armed ? "true" : "false",
                  m.party ? "true" : "false", m.protection ? "true" : "false");
        if (chance(r, 0.95))
            sb_printf(b, ",\"emulation_eligible\":%s", m.emulation ? "true" : "false");
        else
            m.emulation = 0;
    } else if (kind == K_EN) {
        double u = urand(r);
        const char *size = u < 0.55 ? "micro" : u < 0.80 ? "small" : u < 0.93 ? "medium" : u < 0.99 ? "large" : NULL;
        sb_printf(b, ",\"kind\":\"enterprise\",\"name\":\"Công ty %s %s %s\"", chance(r, 0.6) ? "TNHH" : "Cổ phần",
                  pick(r, TRADES, N_OF(TRADES)), pick(r, BRANDS, N_OF(BRANDS)));
        double v = urand(r);
        level = v < 0.30 ? 1 : v < 0.95 ? 3 : 4;
        sb_printf(b, ",\"managing_level\":\"%s\"", level_name(level));
        if (level == 3)
            sb_printf(b, ",\"delegated_to_commune\":%s", chance(r, 0.4) ? "true" : "false");
        if (size)
            sb_printf(b, ",\"enterprise_size\":\"%s\"", size);
        m.eligible = size && (size[0] == 'm' && size[1] == 'e' ? 1 : size[0] == 'l');
        if (m.eligible) {
            m.party = chance(r, 0.3);
            m.protection = chance(r, 0.9);
            m.emulation = 1;
            sb_printf(b, ",\"has_party_org\":%s,\"has_protection_force\":%s,\"emulation_eligible\":true",
                      m.party ? "true" : "false", m.protection ? "true" : "false");
        }
        m.staff = size && size[0] == 'l' ? irand(r, 200, 1500) : irand(r, 10, 200);
        m.subunits = irand(r, 0, 8);
    } else {
        static const struct {
            const char *level, *word;
            double cum;
            int commune_managed;
        } lv[] = {{"nursery", "Nhà trẻ", 0.05, 1},
                  {"kindergarten", "Trường Mầm non", 0.33, 1},
                  {"primary", "Trường Tiểu học", 0.60, 1},
                  {"lower_secondary", "Trường THCS", 0.82, 1},
                  {"upper_secondary", "Trường THPT", 0.88, 0},
                  {"multi_level", "Trường Phổ thông nhiều cấp học", 0.91, 0},
                  {"continuing", "Trung tâm Giáo dục thường xuyên", 0.94, 0},
                  {"vocational", "Trường Trung cấp", 0.97, 0},
                  {"college", "Trường Cao đẳng", 0.985, 0},
                  {"university", "Trường Đại học", 0.993, 0},
                  {"other", "Trung tâm Ngoại ngữ - Tin học", 1.0, 0}};
        double u = urand(r);
        size_t i = 0;
        while (i + 1 < N_OF(lv) && u >= lv[i].cum)
            i++;
        sb_printf(b, ",\"kind\":\"educational_institution\",\"name\":\"%s %s\"", lv[i].word, place);
        level = lv[i].commune_managed ? 1 : 3;
        sb_printf(b, ",\"managing_level\":\"%s\"", level_name(level));
        if (level == 3)
            sb_printf(b, ",\"delegated_to_commune\":%s", chance(r, 0.2) ? "true" : "false");
        sb_printf(b, ",\"education_level\":\"%s\"", lv[i].level);
        m.eligible = i >= 3;
        m.ei_general = i >= 2 && i <= 5;
        if (m.eligible) {
            m.party = 1;
            m.protection = chance(r, 0.4);
            m.emulation = 1;
            sb_printf(b, ",\"has_party_org\":true,\"has_protection_force\":%s,\"emulation_eligible\":true",
                      m.protection ? "true" : "false");
        }
        m.staff = irand(r, 15, 120);
        m.learners = irand(r, 150, 2500);
        m.subunits = irand(r, 1, 8);
    }
    return m;
}

/* ---- the generator */

static void emit(bench_gen *g, sb *rec, int *first)
{
    if (g->json) {
        if (!*first)
            fputs(",\n", g->json);
        fwrite(rec->d, 1, rec->len, g->json);
    }
    if (g->ndjson) {
        fwrite(rec->d, 1, rec->len, g->ndjson);
        fputc('\n', g->ndjson);
    }
    *first = 0;
    g->out_units++;
    rec->len = 0;
}

void bench_generate(bench_gen *g)
{
    static const char *const TYPE_WORD[] = {"", "Xã", "Phường", "", "Đặc khu"};
    static const char *const TYPE_NAME[] = {"", "commune", "ward", "", "special_zone"};
    long communes = g->communes;
    if (!communes) {
        communes = lround(3321.0 * (double)g->units / 200000.0);
        if (communes < 1)
            communes = 1;
    }
    if (communes > g->units)
        communes = g->units;
    g->out_communes = communes;
    long members = g->units - communes;
    commune_plan *cp = calloc((size_t)communes, sizeof *cp);
    if (!cp) {
        fprintf(stderr, "antq-bench: out of memory\n");
        exit(2);
    }
    plan_communes(g, cp, communes, members);
    rng r = {g->seed};
    sb rec = {0};
    int first = 1;
    if (g->json)
        fprintf(g->json, "{\"format\":\"antq-dataset\",\"version\":1,\"options\":{\"year\":%d},\"units\":[\n", g->year);
    int y0 = g->year - g->years + 1;
    long ag = 0, en = 0, ei = 0;
    for (long c = 0; c < communes; c++) {
        char cid[32], place[96];
        snprintf(cid, sizeof cid, "VN-%05ld", c + 1);
        snprintf(place, sizeof place, "%s %s", SYL1[cp[c].syl1], SYL2[cp[c].syl2]);
        int ward = cp[c].type == 2;
        const char *word = cp[c].type == 1 ? "xã" : cp[c].type == 2 ? "phường" : "đặc khu";
        sb_printf(&rec, "{\"id\":\"%s\",\"kind\":\"commune\",\"name\":\"%s %s\",\"parent\":\"P-%02ld\",\"commune_type\":\"%s\","
                        "\"evidence\":[",
                  cid, TYPE_WORD[cp[c].type], place, c % 34 + 1, TYPE_NAME[cp[c].type]);
        for (int y = y0; y <= g->year; y++) {
            if (y > y0)
                sb_puts(&rec, ",");
            ev_commune(&rec, &r, y);
        }
        sb_puts(&rec, "]}");
        emit(g, &rec, &first);
        for (long k = 0; k < cp[c].count[K_RA]; k++) {
            int households = ward ? irand(&r, 90, 400) : irand(&r, 35, 250);
            const char *local = ward ? "tổ dân phố" : chance(&r, 0.2) ? "ấp" : chance(&r, 0.3) ? "bản" : "thôn";
            sb_printf(&rec, "{\"id\":\"%s-T%03ld\",\"kind\":\"residential_area\",", cid, k + 1);
            if (ward)
                sb_printf(&rec, "\"name\":\"Tổ dân phố %ld\"", k + 1);
            else if (local[0] == 0x62 /* bản */)
                sb_printf(&rec, "\"name\":\"Bản %s %s\"", pick(&r, SYL1, N_OF(SYL1)), pick(&r, SYL2, N_OF(SYL2)));
            else
                sb_printf(&rec, "\"name\":\"%s %ld\"", local[0] == 't' ? "Thôn" : "Ấp", k + 1);
            sb_printf(&rec, ",\"local_type\":\"%s\",\"parent\":\"%s\",\"evidence\":[", local, cid);
            for (int y = y0; y <= g->year; y++) {
                if (y > y0)
                    sb_puts(&rec, ",");
                ev_residential(&rec, &r, y, households + irand(&r, -3, 3) * (g->year - y));
            }
            sb_puts(&rec, "]}");
            emit(g, &rec, &first);
        }
        for (int kind = K_AG; kind < K_N; kind++)
            for (long k = 0; k < cp[c].count[kind]; k++) {
                long *ctr = kind == K_AG ? &ag : kind == K_EN ? &en : &ei;
                sb_printf(&rec, "{\"id\":\"%s-%06ld\"", kind == K_AG ? "AG" : kind == K_EN ? "EN" : "EI", ++*ctr);
                member m = member_attrs(&rec, &r, kind, word, place);
                sb_printf(&rec, ",\"parent\":\"%s\",\"evidence\":[", cid);
                for (int y = y0; y <= g->year; y++) {
                    if (y > y0)
                        sb_puts(&rec, ",");
                    ev_member(&rec, &r, y, &m);
                }
                sb_puts(&rec, "]}");
                emit(g, &rec, &first);
            }
    }
    if (g->json)
        fputs("\n]}\n", g->json);
    free(rec.d);
    free(cp);
}
