/* HTML report: one self-contained HTML5 file (inline CSS and SVG, no script,
 * no external assets) for a provincial steering committee: headline figures,
 * the Art. 5.4 share per commune against the catalogue threshold, the share
 * per unit kind against the previous year, a table per commune, and every
 * unit that failed (criterion, citation, facts) or lacks evidence.
 *
 * Every number is computed from exact integers: shares are tenths of a
 * percent rounded down (as cli_share_permille()), threshold decisions are
 * cross-multiplied. Floating point is never used.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* The Art. 5.4 row whose threshold (70%) is drawn on the commune chart. */
#define THRESHOLD_CRITERION "C124-CW-04b"

#define NONE ((size_t)-1)

typedef struct commune_row {
    const cli_group *g;
    const antq_unit *unit;
    long pool;          /* member units in the Art. 5.4 pool, -1 without a roll-up */
    long certified;     /* of which certified */
    long undetermined;  /* of which undetermined */
    long uncertain;     /* members whose place in the pool is unknown (managing level or delegation not reported) */
    long uncertain_certified, uncertain_undetermined;
    long pm;            /* certified / pool in tenths of a percent (floor), -1 if pool is 0 */
    int meets;          /* 1 meets the threshold even in the worst case, 0 not, -1 no pool */
    int could_meet;     /* 1 if missing evidence could still lift it over (best case) */
    long prev_pm;       /* the same share the previous year, -1 if none */
} commune_row;

typedef struct rpt {
    FILE *out;
    const antq_dataset *ds;
    const antq_evaluation *ev;
    antq_evaluation *prev;         /* previous year, owned; NULL when st has none */
    const cli_stats *st;
    const antq_options *opts;
    int en;                        /* 1: English, 0: Vietnamese */
    int year;
    const antq_criterion *thr;     /* threshold row of Art. 5.4 */
    long thr_pm;                   /* its threshold in tenths of a percent */
    size_t *commune_of;            /* per unit: index into st->communes, or NONE */
    commune_row *rows;             /* one per st->communes, same order */
    cli_tally prev_kind[ANTQ_KIND_COUNT];
    int has_prev_kind;
    const antq_scorecard *sc;          /* plan scorecard, or NULL */
    const antq_festival_coverage *cov; /* festival coverage, or NULL */
    int oom;
} rpt;

#define TR(vi, en_) (R->en ? (en_) : (vi))

__attribute__((format(printf, 2, 3))) static void pf(rpt *R, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vfprintf(R->out, fmt, ap);
    va_end(ap);
}

static void put(rpt *R, const char *s)
{
    fputs(s, R->out);
}

/* ---- text helpers */

static size_t utf8_chars(const char *s)
{
    size_t n = 0;
    for (; s && *s; s++)
        n += ((unsigned char)*s & 0xC0) != 0x80;
    return n;
}

/* Write s escaped for HTML text and attribute values; at most max_chars code
 * points (0: no limit), an ellipsis marking a cut. */
static void esc_max(rpt *R, const char *s, size_t max_chars)
{
    size_t n = 0;
    if (!s)
        return;
    int cut = max_chars && utf8_chars(s) > max_chars;
    for (; *s; s++) {
        if (((unsigned char)*s & 0xC0) != 0x80 && cut && ++n > max_chars - 1) {
            put(R, "…");
            return;
        }
        switch (*s) {
        case '<': put(R, "&lt;"); break;
        case '>': put(R, "&gt;"); break;
        case '&': put(R, "&amp;"); break;
        case '"': put(R, "&quot;"); break;
        case '\'': put(R, "&#39;"); break;
        default: fputc(*s, R->out);
        }
    }
}

static void esc(rpt *R, const char *s)
{
    esc_max(R, s, 0);
}

/* An integer with thousands grouped ("1.234" in Vietnamese, "1,234" in English). */
static const char *fmt_int(const rpt *R, long v, char *buf, size_t size)
{
    char digits[32];
    snprintf(digits, sizeof digits, "%ld", v < 0 ? -v : v);
    size_t len = strlen(digits), o = 0;
    if (v < 0 && o + 1 < size)
        buf[o++] = '-';
    for (size_t i = 0; i < len && o + 2 < size; i++) {
        if (i && (len - i) % 3 == 0)
            buf[o++] = R->en ? ',' : '.';
        buf[o++] = digits[i];
    }
    buf[o] = '\0';
    return buf;
}

/* A share in tenths of a percent: "76,4%" / "76.4%"; "70%" when whole; "—" if negative. */
static const char *fmt_pm(const rpt *R, long pm, char *buf, size_t size)
{
    if (pm < 0)
        snprintf(buf, size, "—");
    else if (pm % 10 == 0)
        snprintf(buf, size, "%ld%%", pm / 10);
    else
        snprintf(buf, size, "%ld%c%ld%%", pm / 10, R->en ? '.' : ',', pm % 10);
    return buf;
}

/* Tenths as a decimal without sign: "12,5" / "12.5". */
static const char *fmt_tenths(const rpt *R, long v, char *buf, size_t size)
{
    long a = v < 0 ? -v : v;
    snprintf(buf, size, "%ld%c%ld", a / 10, R->en ? '.' : ',', a % 10);
    return buf;
}

/* A change in tenths of a percentage point with its sign: "+12,5", "−16,7", "0,0". */
static const char *fmt_delta(const rpt *R, long d, char *buf, size_t size)
{
    char t[24];
    snprintf(buf, size, "%s%s", d > 0 ? "+" : d < 0 ? "−" : "", fmt_tenths(R, d, t, sizeof t));
    return buf;
}

static const char *fmt_date(const rpt *R, int32_t d, char *buf, size_t size)
{
    if (R->en)
        snprintf(buf, size, "%04d-%02d-%02d", antq_date_year(d), antq_date_month(d), antq_date_day(d));
    else
        snprintf(buf, size, "%02d/%02d/%04d", antq_date_day(d), antq_date_month(d), antq_date_year(d));
    return buf;
}

/* Write a citation in the report language. */
static void put_citation(rpt *R, const antq_citation *c)
{
    char small[192];
    int n = antq_citation_format(small, sizeof small, c, R->en ? ANTQ_LANG_EN : ANTQ_LANG_VI);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        esc(R, small);
        return;
    }
    char *big = malloc((size_t)n + 1);
    if (!big) {
        R->oom = 1;
        return;
    }
    antq_citation_format(big, (size_t)n + 1, c, R->en ? ANTQ_LANG_EN : ANTQ_LANG_VI);
    esc(R, big);
    free(big);
}

/* Write the sentence that states a fact (antq_fact_describe). */
static void put_fact(rpt *R, const antq_fact *f)
{
    char *s = NULL;
    if (antq_fact_describe(&s, f, R->en ? ANTQ_LANG_EN : ANTQ_LANG_VI, NULL) != ANTQ_OK) {
        R->oom = 1;
        return;
    }
    esc(R, s);
    antq_free(s);
}

static const char *kind_plural(const rpt *R, int k)
{
    static const char *const vi[] = {"", "Khu dân cư", "Xã, phường", "Cơ quan", "Doanh nghiệp", "Cơ sở giáo dục"};
    static const char *const en[] = {"", "Residential areas", "Communes", "Agencies", "Enterprises",
                                     "Educational institutions"};
    return k > 0 && k < ANTQ_KIND_COUNT ? (R->en ? en[k] : vi[k]) : "?";
}

static const char *kind_singular(const rpt *R, int k)
{
    static const char *const vi[] = {"", "khu dân cư", "xã, phường", "cơ quan", "doanh nghiệp", "cơ sở giáo dục"};
    static const char *const en[] = {"", "residential area", "commune", "agency", "enterprise",
                                     "educational institution"};
    return k > 0 && k < ANTQ_KIND_COUNT ? (R->en ? en[k] : vi[k]) : "?";
}

static void put_verdict_badge(rpt *R, int v)
{
    switch (v) {
    case ANTQ_VERDICT_CERTIFIED: pf(R, "<span class=\"badge ok\">%s</span>", TR("Đạt", "Certified")); break;
    case ANTQ_VERDICT_NOT_CERTIFIED: pf(R, "<span class=\"badge bad\">%s</span>", TR("Chưa đạt", "Not certified")); break;
    case ANTQ_VERDICT_NOT_ELIGIBLE: pf(R, "<span class=\"badge ne\">%s</span>", TR("Ngoài phạm vi", "Not eligible")); break;
    default: pf(R, "<span class=\"badge unk\">%s</span>", TR("Chưa xác định", "Undetermined")); break;
    }
}

static void put_delta_span(rpt *R, long now, long before)
{
    char b[32];
    if (now < 0 || before < 0) {
        put(R, "<span class=\"muted\">—</span>");
        return;
    }
    long d = now - before;
    pf(R, "<span class=\"delta %s\">%s%s</span>", d > 0 ? "up" : d < 0 ? "down" : "flat",
       d > 0 ? "▲ " : d < 0 ? "▼ " : "", fmt_delta(R, d, b, sizeof b));
}

/* ---- numbers */

/* Counted as in stats.c: not-eligible units are left out of the share. */
static void tally_add(cli_tally *t, const antq_result *r)
{
    if (!r)
        return;
    t->units++;
    int v = antq_result_verdict(r);
    if (v == ANTQ_VERDICT_NOT_ELIGIBLE) {
        t->not_eligible++;
        return;
    }
    t->eligible++;
    if (antq_result_registered(r) == ANTQ_YES)
        t->registered++;
    if (v == ANTQ_VERDICT_CERTIFIED)
        t->certified++;
    else if (v == ANTQ_VERDICT_NOT_CERTIFIED)
        t->not_certified++;
    else
        t->undetermined++;
}

/* value/total against the threshold row, by cross-multiplication. */
static int meets_threshold(const antq_criterion *c, long value, long total)
{
    if (total < 0)
        return -1;
    int64_t lhs = (int64_t)value * c->threshold_den, rhs = (int64_t)c->threshold_num * total;
    switch (c->op) {
    case ANTQ_OP_GT: return lhs > rhs;
    case ANTQ_OP_LE: return lhs <= rhs;
    case ANTQ_OP_LT: return lhs < rhs;
    default: return lhs >= rhs;
    }
}

/* The members of a commune's Art. 5.4 pool, from its roll-up. The pool is all
 * managed units unless pool_mode (N2) or the rule set counts residential areas
 * only; the evaluator's own fact says which, so the figures always match the
 * verdict. Members whose place in the pool is unknown are kept apart. */
static void members_of(const rpt *R, const antq_evaluation *ev, size_t idx, commune_row *m)
{
    m->pool = -1;
    m->certified = m->undetermined = m->uncertain = m->uncertain_certified = m->uncertain_undetermined = 0;
    const antq_rollup *ro = ev ? antq_evaluation_rollup(ev, idx) : NULL;
    if (!ro)
        return;
    int residential_only = R->opts->pool_mode == ANTQ_POOL_RESIDENTIAL_ONLY;
    const antq_result *res = antq_evaluation_result(ev, idx);
    for (size_t c = 0; res && c < antq_result_check_count(res); c++) {
        const antq_check *ch = antq_result_check(res, c);
        for (size_t f = 0; f < ch->n_facts; f++) {
            const antq_fact *fa = &ch->facts[f];
            if (fa->kind != ANTQ_FACT_MEMBERS_CERTIFIED || ro->managed_total == 0)
                continue;
            if (fa->total == ro->ra_total)
                residential_only = 1;
            else if (fa->total == ro->ra_total + ro->managed_total)
                residential_only = 0;
        }
    }
    m->pool = (long)ro->ra_total;
    m->certified = (long)ro->ra_certified;
    m->undetermined = (long)ro->ra_undetermined;
    if (!residential_only) {
        m->pool += (long)ro->managed_total;
        m->certified += (long)ro->managed_certified;
        m->undetermined += (long)ro->managed_undetermined;
        m->uncertain = (long)ro->uncertain_total;
        m->uncertain_certified = (long)ro->uncertain_certified;
        m->uncertain_undetermined = (long)ro->uncertain_undetermined;
    }
}

/* Share and threshold of a commune row, as the evaluator decides Art. 5.4:
 * in the worst case undetermined members fail and uncertain members count
 * only when not certified; in the best case the reverse. */
static void members_share(const rpt *R, commune_row *m)
{
    m->pm = m->pool > 0 ? m->certified * 1000 / m->pool : -1;
    if (m->pool <= 0 && m->uncertain <= 0) {
        m->meets = -1;
        m->could_meet = 0;
        return;
    }
    long worst_total = m->pool + (m->uncertain - m->uncertain_certified);
    long best_cert = m->certified + m->undetermined + m->uncertain_certified + m->uncertain_undetermined;
    long best_total = m->pool + m->uncertain_certified + m->uncertain_undetermined;
    m->meets = meets_threshold(R->thr, m->certified, worst_total) == 1;
    m->could_meet = !m->meets && meets_threshold(R->thr, best_cert, best_total) == 1;
}

/* The previous year's evaluation, for the per-kind and per-commune comparison.
 * cli_stats carries only the previous year's totals per group, so the report
 * evaluates that year again (the verdicts do not depend on --as-of). */
static antq_evaluation *evaluate_previous(const rpt *R)
{
    if (!R->st->total.has_prev || R->year <= 1901)
        return NULL;
    antq_evaluation *p = NULL;
    antq_error err;
    if (antq_dataset_evaluate(&p, R->ds, R->year - 1, NULL, &err) != ANTQ_OK)
        return NULL;
    return p;
}

static int prepare(rpt *R)
{
    size_t n = antq_dataset_unit_count(R->ds);
    const cli_stats *st = R->st;
    R->opts = antq_dataset_options(R->ds);
    R->thr = antq_catalogue_find(THRESHOLD_CRITERION);
    /* a year governed by another rule set: the row that holds the members fact */
    int32_t start, end;
    const antq_ruleset *rs = NULL;
    if (R->thr && antq_period_for(&start, &end, &rs, ANTQ_KIND_COMMUNE, R->year, R->opts->school_year_end_mmdd) == ANTQ_OK &&
        !antq_criterion_applies(R->thr, ANTQ_KIND_COMMUNE, end)) {
        for (size_t i = 0; i < st->n_communes; i++) {
            const antq_result *res = antq_evaluation_result(R->ev, st->communes[i].unit_index);
            for (size_t c = 0; res && c < antq_result_check_count(res); c++) {
                const antq_check *ch = antq_result_check(res, c);
                for (size_t f = 0; f < ch->n_facts; f++)
                    if (ch->facts[f].kind == ANTQ_FACT_MEMBERS_CERTIFIED)
                        R->thr = ch->criterion;
            }
        }
    }
    if (!R->thr || R->thr->threshold_den <= 0)
        return CLI_INTERNAL;
    R->thr_pm = (long)(R->thr->threshold_num * 1000 / R->thr->threshold_den);

    R->commune_of = malloc((n ? n : 1) * sizeof *R->commune_of);
    R->rows = calloc(st->n_communes ? st->n_communes : 1, sizeof *R->rows);
    if (!R->commune_of || !R->rows)
        return CLI_INTERNAL;
    for (size_t i = 0; i < n; i++)
        R->commune_of[i] = NONE;
    for (size_t c = 0; c < st->n_communes; c++) {
        size_t ci = st->communes[c].unit_index;
        R->commune_of[ci] = c;
    }
    for (size_t i = 0; i < n; i++) {
        const antq_unit *u = antq_dataset_unit(R->ds, i);
        if (u->kind == ANTQ_KIND_COMMUNE || !u->parent_id)
            continue;
        size_t p = antq_dataset_find(R->ds, u->parent_id);
        if (p != NONE && p < n)
            R->commune_of[i] = R->commune_of[p];
    }

    R->prev = evaluate_previous(R);
    if (R->prev) {
        for (size_t i = 0; i < n; i++) {
            const antq_unit *u = antq_dataset_unit(R->ds, i);
            if (u->kind > 0 && u->kind < ANTQ_KIND_COUNT)
                tally_add(&R->prev_kind[u->kind], antq_evaluation_result(R->prev, i));
        }
        R->has_prev_kind = 1;
    }

    for (size_t c = 0; c < st->n_communes; c++) {
        commune_row *row = &R->rows[c];
        row->g = &st->communes[c];
        row->unit = antq_dataset_unit(R->ds, row->g->unit_index);
        members_of(R, R->ev, row->g->unit_index, row);
        members_share(R, row);
        row->prev_pm = -1;
        if (R->prev) {
            commune_row before;
            members_of(R, R->prev, row->g->unit_index, &before);
            row->prev_pm = before.pool > 0 ? before.certified * 1000 / before.pool : -1;
        }
    }
    return CLI_OK;
}

static const char *group_name(const cli_group *g)
{
    return g->name && *g->name ? g->name : g->id;
}

/* ---- document head and style */

static const char *const style =
    ":root{--ink:#1b2631;--muted:#5d6b79;--line:#dde3ea;--soft:#f4f6f8;--navy:#17375e;--red:#a61b1b;"
    "--ok:#2e7d4f;--bad:#c2410c;--warn:#b7791f;--prev:#a8bfd8;--now:#1f4e79}\n"
    "*{box-sizing:border-box}\n"
    "html{background:#e9edf1}\n"
    "body{margin:0;color:var(--ink);font:15px/1.55 \"Segoe UI\",\"Noto Sans\",Roboto,\"Helvetica Neue\",Arial,"
    "\"DejaVu Sans\",sans-serif;-webkit-text-size-adjust:100%}\n"
    ".page{max-width:1000px;margin:24px auto;background:#fff;padding:0 56px 40px;box-shadow:0 1px 4px rgba(0,0,0,.08)}\n"
    ".masthead{border-top:8px solid var(--red);padding:30px 0 18px;border-bottom:1px solid var(--line)}\n"
    ".eyebrow{margin:0;font-size:12.5px;letter-spacing:.08em;text-transform:uppercase;color:var(--red);font-weight:600}\n"
    "h1{margin:.35em 0 .25em;font-size:30px;line-height:1.22;color:var(--navy);font-weight:700}\n"
    ".basis{margin:0;color:var(--muted);font-size:14px;max-width:50em}\n"
    ".basis strong{color:var(--ink)}\n"
    ".lede{font-size:16.5px;margin:22px 0 6px;max-width:52em}\n"
    "h2{font-size:20px;color:var(--navy);margin:42px 0 4px;padding-top:6px}\n"
    "h2 .no{display:inline-block;min-width:1.6em;color:var(--red)}\n"
    ".intro{margin:0 0 14px;color:var(--muted);font-size:14px;max-width:54em}\n"
    ".kpis{display:grid;grid-template-columns:repeat(auto-fit,minmax(160px,1fr));gap:12px;margin:22px 0 0}\n"
    ".kpi{border:1px solid var(--line);border-radius:8px;padding:12px 16px 13px;background:#fff}\n"
    ".kpi .label{font-size:12.5px;color:var(--muted);font-weight:600;text-transform:uppercase;letter-spacing:.03em}\n"
    ".kpi .value{font-size:31px;font-weight:700;line-height:1.2;margin-top:4px;font-variant-numeric:tabular-nums}\n"
    ".kpi .sub{font-size:13px;color:var(--muted)}\n"
    ".kpi.main{border-color:var(--navy);background:#f3f7fb}.kpi.main .value{color:var(--navy)}\n"
    ".kpi .value.up{color:var(--ok)}.kpi .value.down{color:var(--bad)}\n"
    "figure{margin:8px 0 0}\n"
    "svg.chart{display:block;width:100%;height:auto;overflow:visible}\n"
    "svg.chart text{font-family:inherit;font-size:13px;fill:var(--ink)}\n"
    "svg.chart .axis{fill:var(--muted);font-size:12px}\n"
    "svg.chart .grid{stroke:#e6eaef;stroke-width:1}\n"
    "svg.chart .base{stroke:#9aa7b4;stroke-width:1}\n"
    "svg.chart .val{font-weight:600;font-variant-numeric:tabular-nums}\n"
    "svg.chart .frac{fill:var(--muted);font-size:12px}\n"
    "svg.chart .ok{fill:var(--ok)}svg.chart .bad{fill:var(--bad)}svg.chart .near{fill:var(--warn)}\n"
    "svg.chart .now{fill:var(--now)}svg.chart .prev{fill:var(--prev)}\n"
    "svg.chart .thr{stroke:var(--red);stroke-width:2;stroke-dasharray:6 4}\n"
    "svg.chart .thr-label{fill:var(--red);font-weight:600;font-size:12.5px}\n"
    "svg.chart .none{fill:var(--muted);font-style:italic;font-size:12.5px}\n"
    ".legend{display:flex;flex-wrap:wrap;gap:6px 22px;list-style:none;margin:10px 0 0;padding:0;font-size:13px;color:var(--muted)}\n"
    ".legend li{display:flex;align-items:center;gap:7px}\n"
    ".sw{display:inline-block;width:14px;height:14px;border-radius:3px}\n"
    ".sw.ok{background:var(--ok)}.sw.bad{background:var(--bad)}.sw.near{background:var(--warn)}"
    ".sw.now{background:var(--now)}.sw.prev{background:var(--prev)}\n"
    ".sw.hatch{background:repeating-linear-gradient(45deg,#f1e2b8 0 3px,#c99a2e 3px 5px)}\n"
    ".sw.line{width:20px;height:0;border-top:2px dashed var(--red);border-radius:0}\n"
    "table{width:100%;border-collapse:collapse;font-size:14px;margin-top:8px}\n"
    "th{text-align:left;font-size:12.5px;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.03em;"
    "border-bottom:2px solid var(--line);padding:8px 10px;vertical-align:bottom}\n"
    "td{border-bottom:1px solid var(--line);padding:8px 10px;vertical-align:top}\n"
    "#kinds-table td:first-child{white-space:nowrap}\n"
    "tbody tr:nth-child(even) td.zebra{background:var(--soft)}\n"
    "th.num,td.num{text-align:right;font-variant-numeric:tabular-nums}td.num{white-space:nowrap}\n"
    ".table-wrap{overflow-x:auto}\n"
    "tfoot td{font-weight:700;border-top:2px solid var(--line);border-bottom:0}\n"
    ".badge{display:inline-block;padding:1px 9px;border-radius:999px;font-size:12.5px;font-weight:600;white-space:nowrap}\n"
    ".badge.ok{background:#e2f1e7;color:#1f6b3c}.badge.bad{background:#fde7dc;color:#9a3412}"
    ".badge.unk{background:#fbf0d2;color:#855b00}.badge.ne{background:#eceff3;color:#4a5868}\n"
    ".delta{font-weight:600;white-space:nowrap;font-variant-numeric:tabular-nums}\n"
    ".delta.up{color:var(--ok)}.delta.down{color:var(--bad)}.delta.flat{color:var(--muted)}\n"
    ".muted{color:var(--muted)}\n"
    ".small{font-size:12.5px}\n"
    ".share.ok{color:var(--ok);font-weight:700}.share.bad{color:var(--bad);font-weight:700}\n"
    "code,.id{font-family:\"DejaVu Sans Mono\",Consolas,Menlo,monospace;font-size:12.5px}\n"
    "code{background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:0 4px}\n"
    ".unit-name{font-weight:600}\n"
    ".crit-id{font-weight:600;white-space:nowrap}\n"
    ".crit-text{color:var(--muted);font-size:13px;margin-bottom:4px}\n"
    "ul.facts{margin:2px 0 0;padding-left:18px}\n"
    "ul.facts li{margin:2px 0}\n"
    "ul.facts li::marker{color:var(--bad)}\n"
    "ul.facts.unknown li::marker{color:var(--warn)}\n"
    "td.unit{width:30%}\n"
    ".group-row td{background:var(--soft);font-weight:700;color:var(--navy);padding-top:10px}\n"
    ".empty{padding:14px 16px;background:var(--soft);border-radius:8px;color:var(--muted)}\n"
    "footer{margin-top:46px;padding-top:14px;border-top:1px solid var(--line);font-size:12.5px;color:var(--muted)}\n"
    "footer p{margin:.35em 0}\n"
    "@page{size:A4;margin:14mm 13mm 16mm}\n"
    "@media print{html{background:#fff}body{font-size:10pt}.page{max-width:none;margin:0;padding:0;box-shadow:none}"
    "h1{font-size:22pt}h2{font-size:14pt;margin-top:24px;break-after:avoid}"
    ".kpis{grid-template-columns:repeat(auto-fit,minmax(118px,1fr))}"
    ".kpi,figure,tr,.legend{break-inside:avoid}thead{display:table-header-group}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n"
    "@media (max-width:700px){.page{padding:0 16px 24px}h1{font-size:24px}}\n";

static void head(rpt *R, const antq_ruleset *rs)
{
    pf(R, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"antq %s\">\n<title>",
       R->en ? "en" : "vi", antq_version());
    pf(R, TR("Kết quả xây dựng đạt tiêu chuẩn “An toàn về an ninh, trật tự” năm %d",
             "“Safe in security and order”: results for %d"), R->year);
    if (rs) {
        put(R, " — ");
        esc(R, rs->id);
    }
    pf(R, "</title>\n<style>\n%s</style>\n</head>\n<body>\n<main class=\"page\">\n", style);
}

/* ---- sections */

static void masthead(rpt *R, const antq_ruleset *rs)
{
    pf(R, "<header class=\"masthead\">\n<p class=\"eyebrow\">%s</p>\n",
       TR("Phong trào Toàn dân bảo vệ an ninh Tổ quốc · Báo cáo kết quả xét công nhận",
          "All People Protect National Security movement · Recognition report"));
    pf(R, TR("<h1>Tiêu chuẩn “An toàn về an ninh, trật tự” năm %d</h1>\n",
             "<h1>“Safe in security and order”: results for %d</h1>\n"), R->year);
    if (rs) {
        /* the title names the instrument: set its number in bold */
        const char *title = R->en ? rs->title_en : rs->title_vi;
        const char *at = title ? strstr(title, rs->id) : NULL;
        pf(R, "<p class=\"basis\">%s ", TR("Căn cứ", "Under"));
        if (at) {
            char *lead = malloc((size_t)(at - title) + 1);
            if (lead) {
                memcpy(lead, title, (size_t)(at - title));
                lead[at - title] = '\0';
                esc(R, lead);
                free(lead);
            }
            put(R, "<strong>");
            esc(R, rs->id);
            put(R, "</strong>");
            esc(R, at + strlen(rs->id));
        } else {
            put(R, "<strong>");
            esc(R, rs->id);
            put(R, "</strong>");
            if (title) {
                put(R, " — ");
                esc(R, title);
            }
        }
        put(R, ".</p>\n");
    }
    put(R, "</header>\n");
}

static void lede(rpt *R)
{
    const cli_tally *t = &R->st->total.all;
    char a[32], b[32], c[32];
    long pm = cli_share_permille(t);
    put(R, "<p class=\"lede\">");
    if (t->eligible <= 0) {
        pf(R, TR("Năm %d không có đơn vị nào thuộc diện xét công nhận.", "No unit was eligible for recognition in %d."),
           R->year);
        put(R, "</p>\n");
        return;
    }
    pf(R, TR("Năm %d có <strong>%s/%s</strong> đơn vị thuộc diện xét được công nhận đạt tiêu chuẩn (<strong>%s</strong>)",
             "In %d, <strong>%s of %s</strong> eligible units were recognised as safe (<strong>%s</strong>)"),
       R->year, fmt_int(R, t->certified, a, sizeof a), fmt_int(R, t->eligible, b, sizeof b), fmt_pm(R, pm, c, sizeof c));
    long before = R->st->total.has_prev ? cli_share_permille(&R->st->total.prev) : -1;
    if (pm >= 0 && before >= 0) {
        long d = pm - before;
        if (d == 0)
            pf(R, TR(", không đổi so với năm %d", ", unchanged from %d"), R->year - 1);
        else
            pf(R, TR(", %s %s điểm phần trăm so với năm %d", ", %s %s percentage points from %d"),
               d > 0 ? TR("tăng", "up") : TR("giảm", "down"), fmt_tenths(R, d, a, sizeof a), R->year - 1);
    }
    put(R, ".");
    long with_pool = 0, meeting = 0, certified = 0;
    for (size_t i = 0; i < R->st->n_communes; i++) {
        with_pool += R->rows[i].meets >= 0;
        meeting += R->rows[i].meets == 1;
        certified += R->rows[i].g->verdict == ANTQ_VERDICT_CERTIFIED;
    }
    if (R->st->n_communes) {
        char n[32], who[64];
        fmt_int(R, certified, n, sizeof n);
        if (R->en)
            snprintf(who, sizeof who, "%s %s", n, certified == 1 ? "commune is" : "communes are");
        else
            snprintf(who, sizeof who, "%s", n);
        pf(R, TR(" %s/%s xã, phường có từ %s đơn vị thuộc phạm vi quản lý đạt tiêu chuẩn; %s xã, phường được công nhận.",
                 " %s of %s communes have %s or more of their member units recognised; %s certified."),
           fmt_int(R, meeting, a, sizeof a), fmt_int(R, with_pool, b, sizeof b), fmt_pm(R, R->thr_pm, c, sizeof c),
           who);
    }
    put(R, "</p>\n");
}

static void kpis(rpt *R)
{
    const cli_group *t = &R->st->total;
    char a[32], b[32], c[32];
    put(R, "<section id=\"summary\" class=\"kpis\" aria-label=\"");
    put(R, TR("Số liệu chính", "Headline figures"));
    put(R, "\">\n");
    pf(R, "<div class=\"kpi\"><div class=\"label\">%s</div><div class=\"value\">%s</div>"
          "<div class=\"sub\">%s</div></div>\n",
       TR("Đơn vị", "Units"), fmt_int(R, t->all.units, a, sizeof a), TR("trong dữ liệu", "in the dataset"));
    pf(R, "<div class=\"kpi\"><div class=\"label\">%s</div><div class=\"value\">%s</div><div class=\"sub\">",
       TR("Thuộc diện xét", "Eligible"), fmt_int(R, t->all.eligible, a, sizeof a));
    pf(R, TR("%s ngoài phạm vi (khoản 2 Điều 1)", "%s outside the scope (Art. 1(2))"),
       fmt_int(R, t->all.not_eligible, b, sizeof b));
    put(R, "</div></div>\n");
    pf(R, "<div class=\"kpi\"><div class=\"label\">%s</div><div class=\"value\">%s</div><div class=\"sub\">",
       TR("Đạt tiêu chuẩn", "Certified"), fmt_int(R, t->all.certified, a, sizeof a));
    pf(R, TR("%s chưa đạt · %s chưa xác định", "%s not certified · %s undetermined"),
       fmt_int(R, t->all.not_certified, b, sizeof b), fmt_int(R, t->all.undetermined, c, sizeof c));
    put(R, "</div></div>\n");
    long pm = cli_share_permille(&t->all);
    pf(R, "<div class=\"kpi main\"><div class=\"label\">%s</div><div class=\"value\">%s</div><div class=\"sub\">",
       TR("Tỷ lệ đạt", "Share certified"), fmt_pm(R, pm, a, sizeof a));
    pf(R, TR("số đạt / số thuộc diện xét", "certified of eligible"));
    put(R, "</div></div>\n");
    long before = t->has_prev ? cli_share_permille(&t->prev) : -1;
    if (pm >= 0 && before >= 0) {
        long d = pm - before;
        pf(R, "<div class=\"kpi\"><div class=\"label\">");
        pf(R, TR("So với năm %d", "Change from %d"), R->year - 1);
        pf(R, "</div><div class=\"value %s\">%s%s</div><div class=\"sub\">", d > 0 ? "up" : d < 0 ? "down" : "",
           d > 0 ? "▲ " : d < 0 ? "▼ " : "", fmt_delta(R, d, a, sizeof a));
        pf(R, TR("điểm phần trăm (năm %d: %s)", "percentage points (%d: %s)"), R->year - 1, fmt_pm(R, before, b, sizeof b));
        put(R, "</div></div>\n");
    }
    put(R, "</section>\n");
}

/* Sort communes by share, highest first; communes without a pool last. */
static int cmp_rows(const void *pa, const void *pb)
{
    const commune_row *a = *(const commune_row *const *)pa, *b = *(const commune_row *const *)pb;
    if (a->pm != b->pm)
        return a->pm > b->pm ? -1 : 1;
    if (a->pool != b->pool)
        return a->pool > b->pool ? -1 : 1;
    return strcmp(group_name(a->g), group_name(b->g));
}

static void chart_communes(rpt *R)
{
    char a[32], b[32], c[32], thr[32];
    const size_t n = R->st->n_communes;
    fmt_pm(R, R->thr_pm, thr, sizeof thr);
    put(R, "<section id=\"communes-chart\">\n<h2><span class=\"no\">1.</span>");
    pf(R, TR("Tỷ lệ đơn vị đạt tiêu chuẩn theo xã, phường", "Share of member units certified, by commune"));
    put(R, "</h2>\n<p class=\"intro\">");
    pf(R, TR("Khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục thuộc phạm vi quản lý của xã được công nhận, trên tổng số "
             "đơn vị đó. Xã đạt tiêu chí khi tỷ lệ từ %s trở lên (",
             "Residential areas, agencies, enterprises and educational institutions under the commune's management that "
             "were recognised, of all such units. A commune meets the criterion at %s or more ("),
       thr);
    put_citation(R, &R->thr->citation);
    put(R, ").</p>\n");
    if (!n) {
        pf(R, "<p class=\"empty\">%s</p>\n</section>\n", TR("Dữ liệu không có xã, phường nào.", "The dataset has no commune."));
        return;
    }
    const commune_row **order = malloc(n * sizeof *order);
    if (!order) {
        R->oom = 1;
        return;
    }
    size_t longest = 8;
    for (size_t i = 0; i < n; i++) {
        order[i] = &R->rows[i];
        size_t l = utf8_chars(group_name(R->rows[i].g));
        if (l > longest)
            longest = l;
    }
    qsort(order, n, sizeof *order, cmp_rows);

    const int VW = 760, ROW = 32, BAR = 18, TOP = 34;
    size_t max_chars = 34;
    int label_w = (int)(longest < max_chars ? longest : max_chars) * 15 / 2 + 10;
    if (label_w < 110)
        label_w = 110;
    const int x0 = label_w + 12, bw = VW - x0 - 124;
    const int plot_h = (int)n * ROW, H = TOP + plot_h + 26;
    pf(R, "<figure>\n<svg class=\"chart\" id=\"chart-communes\" role=\"img\" aria-labelledby=\"chart-communes-title\" "
          "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">\n",
       VW, H, VW, H);
    pf(R, "<title id=\"chart-communes-title\">");
    pf(R, TR("Tỷ lệ đơn vị thuộc phạm vi quản lý được công nhận, theo xã, phường, năm %d; ngưỡng %s",
             "Share of member units recognised, by commune, %d; threshold %s"),
       R->year, thr);
    put(R, "</title>\n<defs><pattern id=\"antq-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
           "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#f1e2b8\"/>"
           "<rect width=\"2\" height=\"6\" fill=\"#c99a2e\"/></pattern></defs>\n");
    /* grid and axis */
    for (int p = 0; p <= 100; p += 25) {
        int x = x0 + bw * p / 100;
        pf(R, "<line class=\"grid\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", x, TOP - 4, x, TOP + plot_h);
        pf(R, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d%%</text>\n", x, TOP + plot_h + 18, p);
    }
    pf(R, "<line class=\"base\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>\n", x0, TOP - 4, x0, TOP + plot_h);
    for (size_t i = 0; i < n; i++) {
        const commune_row *row = order[i];
        int y = TOP + (int)i * ROW + (ROW - BAR) / 2;
        int ty = y + BAR / 2 + 5;
        put(R, "<g class=\"row\"><title>");
        esc(R, group_name(row->g));
        if (row->pool > 0) {
            pf(R, TR(": %s/%s đơn vị đạt (%s)", ": %s of %s units certified (%s)"), fmt_int(R, row->certified, a, sizeof a),
               fmt_int(R, row->pool, b, sizeof b), fmt_pm(R, row->pm, c, sizeof c));
            if (row->undetermined)
                pf(R, TR(", %s chưa xác định", ", %s undetermined"), fmt_int(R, row->undetermined, a, sizeof a));
            if (row->uncertain)
                pf(R, TR(", %s chưa rõ có thuộc diện xét", ", %s whose place in the pool is unknown"),
                   fmt_int(R, row->uncertain, a, sizeof a));
        }
        put(R, "</title>");
        pf(R, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", x0 - 10, ty);
        esc_max(R, group_name(row->g), max_chars);
        put(R, "</text>");
        if (row->pool <= 0) {
            pf(R, "<text class=\"none\" x=\"%d\" y=\"%d\">%s</text></g>\n", x0 + 8, ty,
               TR("không có đơn vị thuộc diện xét", "no member unit in the pool"));
            continue;
        }
        int wc = (int)((long)bw * row->certified / row->pool);
        int wu = (int)((long)bw * (row->certified + row->undetermined) / row->pool) - wc;
        const char *cls = row->meets == 1 ? "ok" : row->could_meet ? "near" : "bad";
        if (wc > 0)
            pf(R, "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"2\"/>", cls, x0, y, wc, BAR);
        if (wu > 0)
            pf(R, "<rect fill=\"url(#antq-hatch)\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>", x0 + wc, y, wu, BAR);
        pf(R, "<text class=\"val\" x=\"%d\" y=\"%d\">%s</text>", x0 + bw + 12, ty, fmt_pm(R, row->pm, a, sizeof a));
        pf(R, "<text class=\"frac\" x=\"%d\" y=\"%d\">%s/%s</text></g>\n", x0 + bw + 70, ty,
           fmt_int(R, row->certified, b, sizeof b), fmt_int(R, row->pool, c, sizeof c));
    }
    /* the threshold, read from the catalogue */
    int xt = x0 + (int)((long)bw * R->thr_pm / 1000);
    pf(R, "<line class=\"thr\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", xt, TOP - 14, xt, TOP + plot_h + 2);
    pf(R, "<text class=\"thr-label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">", xt, TOP - 19);
    pf(R, TR("Ngưỡng %s", "Threshold %s"), thr);
    put(R, "</text>\n</svg>\n");
    free(order);
    put(R, "<ul class=\"legend\">");
    pf(R, "<li><span class=\"sw ok\"></span>%s %s</li>", TR("Đạt ngưỡng", "At or above"), thr);
    pf(R, "<li><span class=\"sw near\"></span>%s</li>",
       TR("Dưới ngưỡng, có thể đạt khi bổ sung dữ liệu", "Below, could reach it once evidence is complete"));
    pf(R, "<li><span class=\"sw bad\"></span>%s</li>", TR("Dưới ngưỡng", "Below the threshold"));
    pf(R, "<li><span class=\"sw hatch\"></span>%s</li>", TR("Đơn vị chưa xác định (thiếu dữ liệu)", "Undetermined units (evidence missing)"));
    pf(R, "<li><span class=\"sw line\"></span>");
    pf(R, TR("Ngưỡng %s (", "Threshold %s ("), thr);
    put_citation(R, &R->thr->citation);
    put(R, ")</li></ul>\n</figure>\n</section>\n");
}

/* Split a label in two lines at the space nearest its middle when too long.
 * Returns the number of lines. */
static int svg_label_lines(rpt *R, const char *s, int x, int y, int max_px)
{
    size_t chars = utf8_chars(s);
    const char *split = NULL;
    if ((int)chars * 7 > max_px) {
        size_t half = strlen(s) / 2, best = (size_t)-1;
        for (const char *p = s; *p; p++)
            if (*p == ' ') {
                size_t off = (size_t)(p - s), dist = off > half ? off - half : half - off;
                if (dist < best) {
                    best = dist;
                    split = p;
                }
            }
    }
    pf(R, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">", x, y);
    if (!split) {
        esc(R, s);
    } else {
        char first[128];
        size_t len = (size_t)(split - s);
        if (len >= sizeof first)
            len = sizeof first - 1;
        memcpy(first, s, len);
        first[len] = '\0';
        pf(R, "<tspan x=\"%d\">", x);
        esc(R, first);
        pf(R, "</tspan><tspan x=\"%d\" dy=\"15\">", x);
        esc(R, split + 1);
        put(R, "</tspan>");
    }
    put(R, "</text>");
    return split ? 2 : 1;
}

static void chart_kinds(rpt *R)
{
    char a[32], b[32];
    const cli_tally *now = R->st->total.by_kind;
    int prev = R->has_prev_kind;
    put(R, "<section id=\"kinds\">\n<h2><span class=\"no\">2.</span>");
    pf(R, TR("Tỷ lệ đạt theo loại đơn vị", "Share certified by kind of unit"));
    put(R, "</h2>\n<p class=\"intro\">");
    if (prev)
        pf(R, TR("Số đơn vị đạt trên số đơn vị thuộc diện xét, năm %d so với năm %d.",
                 "Certified units of eligible units, %d against %d."),
           R->year, R->year - 1);
    else
        pf(R, TR("Số đơn vị đạt trên số đơn vị thuộc diện xét, năm %d. Dữ liệu không có năm %d để so sánh.",
                 "Certified units of eligible units, %d. The dataset has no %d evidence to compare with."),
           R->year, R->year - 1);
    put(R, "</p>\n");

    const int VW = 760, LEFT = 48, RIGHT = 12, TOP = 24, PH = 200, H = TOP + PH + 66;
    const int kinds = ANTQ_KIND_COUNT - 1, gw = (VW - LEFT - RIGHT) / kinds;
    pf(R, "<figure>\n<svg class=\"chart\" id=\"chart-kinds\" role=\"img\" aria-labelledby=\"chart-kinds-title\" "
          "viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">\n",
       VW, H, VW, H);
    put(R, "<title id=\"chart-kinds-title\">");
    if (prev)
        pf(R, TR("Tỷ lệ đạt theo loại đơn vị, năm %d và năm %d", "Share certified by kind of unit, %d and %d"), R->year,
           R->year - 1);
    else
        pf(R, TR("Tỷ lệ đạt theo loại đơn vị, năm %d", "Share certified by kind of unit, %d"), R->year);
    put(R, "</title>\n");
    for (int p = 0; p <= 100; p += 25) {
        int y = TOP + PH - PH * p / 100;
        pf(R, "<line class=\"%s\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", p ? "grid" : "base", LEFT, y, VW - RIGHT, y);
        pf(R, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%d%%</text>\n", LEFT - 8, y + 4, p);
    }
    for (int k = 1; k < ANTQ_KIND_COUNT; k++) {
        int cx = LEFT + gw * (k - 1) + gw / 2;
        long pm = cli_share_permille(&now[k]);
        long ppm = prev ? cli_share_permille(&R->prev_kind[k]) : -1;
        int bwid = prev ? 46 : 58;
        int xn = prev ? cx + 3 : cx - bwid / 2, xp = cx - 3 - bwid;
        put(R, "<g class=\"kind\"><title>");
        esc(R, kind_plural(R, k));
        pf(R, ": %s %d", fmt_pm(R, pm, a, sizeof a), R->year);
        if (prev)
            pf(R, ", %s %d", fmt_pm(R, ppm, b, sizeof b), R->year - 1);
        put(R, "</title>");
        if (prev) {
            if (ppm >= 0) {
                int h = (int)((long)PH * ppm / 1000);
                pf(R, "<rect class=\"prev\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"2\"/>", xp, TOP + PH - h, bwid, h);
                pf(R, "<text class=\"frac\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>", xp + bwid / 2,
                   TOP + PH - h - 6, fmt_pm(R, ppm, b, sizeof b));
            } else {
                pf(R, "<text class=\"none\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">—</text>", xp + bwid / 2, TOP + PH - 6);
            }
        }
        if (pm >= 0) {
            int h = (int)((long)PH * pm / 1000);
            pf(R, "<rect class=\"now\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"2\"/>", xn, TOP + PH - h, bwid, h);
            pf(R, "<text class=\"val\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>", xn + bwid / 2, TOP + PH - h - 6,
               fmt_pm(R, pm, a, sizeof a));
        } else {
            pf(R, "<text class=\"none\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>", xn + bwid / 2, TOP + PH - 6,
               TR("không có", "none"));
        }
        int lines = svg_label_lines(R, kind_plural(R, k), cx, TOP + PH + 20, gw - 10);
        pf(R, "<text class=\"frac\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">", cx, TOP + PH + 22 + 16 * lines);
        pf(R, TR("%s/%s đạt", "%s of %s"), fmt_int(R, now[k].certified, a, sizeof a), fmt_int(R, now[k].eligible, b, sizeof b));
        put(R, "</text></g>\n");
    }
    put(R, "</svg>\n<ul class=\"legend\">");
    pf(R, "<li><span class=\"sw now\"></span>%s %d</li>", TR("Năm", "Year"), R->year);
    if (prev)
        pf(R, "<li><span class=\"sw prev\"></span>%s %d</li>", TR("Năm", "Year"), R->year - 1);
    put(R, "</ul>\n</figure>\n");

    /* the same figures as a table, with the change per kind */
    put(R, "<div class=\"table-wrap\"><table id=\"kinds-table\">\n<thead><tr>");
    pf(R, "<th>%s</th><th class=\"num\">%s</th><th class=\"num\">%s</th><th class=\"num\">%s</th><th class=\"num\">%s</th>"
          "<th class=\"num\">%s</th><th class=\"num\">%s %d</th>",
       TR("Loại đơn vị", "Kind"), TR("Đơn vị", "Units"), TR("Diện xét", "Eligible"), TR("Đạt", "Certified"),
       TR("Chưa đạt", "Not cert."), TR("Chưa xác định", "Undeterm."), TR("Tỷ lệ", "Share"), R->year);
    if (prev)
        pf(R, "<th class=\"num\">%s %d</th><th class=\"num\">%s</th>", TR("Tỷ lệ", "Share"), R->year - 1,
           TR("Thay đổi (điểm %)", "Change (pp)"));
    put(R, "</tr></thead>\n<tbody>\n");
    for (int k = 1; k < ANTQ_KIND_COUNT; k++) {
        const cli_tally *t = &now[k];
        char u[32], e[32], c[32], nc[32], ud[32];
        pf(R, "<tr><td>%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td>"
              "<td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\"><strong>%s</strong></td>",
           kind_plural(R, k), fmt_int(R, t->units, u, sizeof u), fmt_int(R, t->eligible, e, sizeof e),
           fmt_int(R, t->certified, c, sizeof c), fmt_int(R, t->not_certified, nc, sizeof nc),
           fmt_int(R, t->undetermined, ud, sizeof ud), fmt_pm(R, cli_share_permille(t), a, sizeof a));
        if (prev) {
            long ppm = cli_share_permille(&R->prev_kind[k]);
            pf(R, "<td class=\"num\">%s</td><td class=\"num\">", fmt_pm(R, ppm, b, sizeof b));
            put_delta_span(R, cli_share_permille(t), ppm);
            put(R, "</td>");
        }
        put(R, "</tr>\n");
    }
    put(R, "</tbody>\n<tfoot>");
    {
        const cli_group *g = &R->st->total;
        char u[32], e[32], c[32], nc[32], ud[32];
        pf(R, "<tr><td>%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td>"
              "<td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td>",
           TR("Tổng cộng", "Total"), fmt_int(R, g->all.units, u, sizeof u), fmt_int(R, g->all.eligible, e, sizeof e),
           fmt_int(R, g->all.certified, c, sizeof c), fmt_int(R, g->all.not_certified, nc, sizeof nc),
           fmt_int(R, g->all.undetermined, ud, sizeof ud), fmt_pm(R, cli_share_permille(&g->all), a, sizeof a));
        if (prev) {
            long ppm = g->has_prev ? cli_share_permille(&g->prev) : -1;
            pf(R, "<td class=\"num\">%s</td><td class=\"num\">", fmt_pm(R, ppm, b, sizeof b));
            put_delta_span(R, cli_share_permille(&g->all), ppm);
            put(R, "</td>");
        }
        put(R, "</tr>");
    }
    put(R, "</tfoot>\n</table></div>\n</section>\n");
}

static void table_communes(rpt *R)
{
    char a[32], b[32], thr[32];
    int prev = R->prev != NULL;
    fmt_pm(R, R->thr_pm, thr, sizeof thr);
    put(R, "<section id=\"communes\">\n<h2><span class=\"no\">3.</span>");
    pf(R, TR("Kết quả từng xã, phường", "Results by commune"));
    put(R, "</h2>\n<p class=\"intro\">");
    pf(R, TR("Kết quả xét công nhận của chính xã, phường và số đơn vị thuộc phạm vi quản lý được công nhận (ngưỡng %s).",
             "The commune's own verdict and its member units recognised (threshold %s)."),
       thr);
    put(R, "</p>\n");
    if (!R->st->n_communes) {
        pf(R, "<p class=\"empty\">%s</p>\n</section>\n", TR("Dữ liệu không có xã, phường nào.", "The dataset has no commune."));
        return;
    }
    put(R, "<div class=\"table-wrap\"><table id=\"communes-table\">\n<thead><tr>");
    pf(R, "<th>%s</th><th>%s</th><th class=\"num\">%s</th><th class=\"num\">%s</th>", TR("Xã, phường", "Commune"),
       TR("Kết quả", "Verdict"), TR("Đơn vị đạt / diện xét", "Members certified / pool"), TR("Tỷ lệ", "Share"));
    if (prev)
        pf(R, "<th class=\"num\">%s %d</th><th class=\"num\">%s</th>", TR("Tỷ lệ", "Share"), R->year - 1,
           TR("Thay đổi (điểm %)", "Change (pp)"));
    put(R, "</tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < R->st->n_communes; i++) {
        const commune_row *row = &R->rows[i];
        put(R, "<tr><td><span class=\"unit-name\">");
        esc(R, group_name(row->g));
        put(R, "</span><br><span class=\"id muted\">");
        esc(R, row->g->id);
        put(R, "</span></td><td>");
        put_verdict_badge(R, row->g->verdict);
        put(R, "</td><td class=\"num\">");
        if (row->pool > 0) {
            pf(R, "%s / %s", fmt_int(R, row->certified, a, sizeof a), fmt_int(R, row->pool, b, sizeof b));
            if (row->undetermined) {
                pf(R, "<br><span class=\"small muted\">");
                pf(R, TR("%s chưa xác định", "%s undetermined"), fmt_int(R, row->undetermined, a, sizeof a));
                put(R, "</span>");
            }
            if (row->uncertain) {
                pf(R, "<br><span class=\"small muted\">");
                pf(R, TR("+%s chưa rõ có thuộc diện xét", "+%s of unknown pool status"), fmt_int(R, row->uncertain, a, sizeof a));
                put(R, "</span>");
            }
        } else {
            put(R, "<span class=\"muted\">—</span>");
        }
        pf(R, "</td><td class=\"num\"><span class=\"share %s\">%s</span></td>",
           row->meets == 1 ? "ok" : row->meets == 0 ? "bad" : "", fmt_pm(R, row->pm, a, sizeof a));
        if (prev) {
            pf(R, "<td class=\"num\">%s</td><td class=\"num\">", fmt_pm(R, row->prev_pm, b, sizeof b));
            put_delta_span(R, row->pm, row->prev_pm);
            put(R, "</td>");
        }
        put(R, "</tr>\n");
    }
    put(R, "</tbody>\n</table></div>\n</section>\n");
}

/* Units in report order: commune by commune (the commune first, then its
 * members in dataset order), then units outside any commune. */
typedef struct unit_key {
    size_t commune, index;
    int is_member;
} unit_key;

static int cmp_keys(const void *pa, const void *pb)
{
    const unit_key *a = pa, *b = pb;
    if (a->commune != b->commune)
        return a->commune < b->commune ? -1 : 1;
    if (a->is_member != b->is_member)
        return a->is_member - b->is_member;
    return a->index < b->index ? -1 : a->index > b->index;
}

static unit_key *units_with_verdict(rpt *R, int verdict, size_t *count)
{
    size_t n = antq_dataset_unit_count(R->ds), k = 0;
    unit_key *keys = malloc((n ? n : 1) * sizeof *keys);
    if (!keys) {
        R->oom = 1;
        *count = 0;
        return NULL;
    }
    for (size_t i = 0; i < n; i++) {
        if (antq_result_verdict(antq_evaluation_result(R->ev, i)) != verdict)
            continue;
        keys[k].commune = R->commune_of[i];
        keys[k].index = i;
        keys[k].is_member = antq_dataset_unit(R->ds, i)->kind != ANTQ_KIND_COMMUNE;
        k++;
    }
    qsort(keys, k, sizeof *keys, cmp_keys);
    *count = k;
    return keys;
}

static void group_row(rpt *R, size_t commune, int cols)
{
    pf(R, "<tr class=\"group-row\"><td colspan=\"%d\">", cols);
    if (commune == NONE)
        put(R, TR("Không thuộc xã, phường nào", "Outside any commune"));
    else
        esc(R, group_name(&R->st->communes[commune]));
    put(R, "</td></tr>\n");
}

static void unit_cell(rpt *R, size_t i, int rowspan)
{
    const antq_unit *u = antq_dataset_unit(R->ds, i);
    pf(R, "<td class=\"unit\" rowspan=\"%d\"><span class=\"unit-name\">", rowspan);
    esc(R, u->name && *u->name ? u->name : u->id);
    put(R, "</span><br><span class=\"small muted\">");
    esc(R, kind_singular(R, u->kind));
    put(R, " · <span class=\"id\">");
    esc(R, u->id);
    put(R, "</span></span>");
}

static void criterion_cell(rpt *R, const antq_criterion *c)
{
    put(R, "<td><span class=\"crit-id\">");
    esc(R, c->id);
    put(R, "</span><br><span class=\"small muted\">");
    put_citation(R, &c->citation);
    put(R, "</span></td>");
}

static void failed_units(rpt *R)
{
    size_t k;
    unit_key *keys = units_with_verdict(R, ANTQ_VERDICT_NOT_CERTIFIED, &k);
    char a[32];
    put(R, "<section id=\"failed\">\n<h2><span class=\"no\">4.</span>");
    pf(R, TR("Đơn vị chưa đạt và lý do (%s)", "Units not certified and why (%s)"), fmt_int(R, (long)k, a, sizeof a));
    put(R, "</h2>\n<p class=\"intro\">");
    put(R, TR("Mỗi tiêu chí không đạt, căn cứ pháp lý và số liệu đã so sánh.",
              "Each criterion not met, its legal basis and the facts compared."));
    put(R, "</p>\n");
    if (!k) {
        pf(R, "<p class=\"empty\">%s</p>\n</section>\n",
           TR("Không có đơn vị nào chưa đạt tiêu chuẩn.", "No unit failed the standard."));
        free(keys);
        return;
    }
    put(R, "<div class=\"table-wrap\"><table id=\"failed-units\" class=\"failed-units\">\n<thead><tr>");
    pf(R, "<th>%s</th><th>%s</th><th>%s</th>", TR("Đơn vị", "Unit"), TR("Tiêu chí không đạt", "Criterion not met"),
       TR("Yêu cầu và số liệu", "Requirement and facts"));
    put(R, "</tr></thead>\n<tbody>\n");
    size_t last = (size_t)-2;
    for (size_t j = 0; j < k; j++) {
        size_t i = keys[j].index;
        const antq_result *res = antq_evaluation_result(R->ev, i);
        if (keys[j].commune != last)
            group_row(R, keys[j].commune, 3);
        last = keys[j].commune;
        int fails = 0;
        size_t unknown = 0;
        for (size_t c = 0; c < antq_result_check_count(res); c++) {
            int o = antq_result_check(res, c)->outcome;
            fails += o == ANTQ_OUTCOME_FAIL;
            unknown += o == ANTQ_OUTCOME_UNKNOWN;
        }
        int first = 1;
        for (size_t c = 0; c < antq_result_check_count(res); c++) {
            const antq_check *ch = antq_result_check(res, c);
            if (ch->outcome != ANTQ_OUTCOME_FAIL)
                continue;
            put(R, "<tr>");
            if (first) {
                unit_cell(R, i, fails ? fails : 1);
                if (unknown) {
                    /* criteria that could not be decided either: name the evidence */
                    put(R, "<br><span class=\"small muted\">");
                    put(R, TR("Còn thiếu dữ liệu:", "Evidence also missing:"));
                    for (size_t q = 0; q < antq_result_check_count(res); q++) {
                        const antq_check *uq = antq_result_check(res, q);
                        if (uq->outcome != ANTQ_OUTCOME_UNKNOWN)
                            continue;
                        for (size_t f = 0; f < uq->n_facts; f++)
                            if (uq->facts[f].outcome == ANTQ_OUTCOME_UNKNOWN && uq->facts[f].missing) {
                                put(R, " <code>");
                                esc(R, uq->facts[f].missing);
                                put(R, "</code>");
                            }
                    }
                    put(R, "</span>");
                }
                put(R, "</td>");
                first = 0;
            }
            criterion_cell(R, ch->criterion);
            put(R, "<td><div class=\"crit-text\">");
            esc(R, R->en ? ch->criterion->text_en : ch->criterion->text_vi);
            put(R, "</div><ul class=\"facts\">");
            for (size_t f = 0; f < ch->n_facts; f++) {
                if (ch->facts[f].outcome != ANTQ_OUTCOME_FAIL)
                    continue;
                put(R, "<li>");
                put_fact(R, &ch->facts[f]);
                put(R, "</li>");
            }
            put(R, "</ul></td></tr>\n");
        }
    }
    put(R, "</tbody>\n</table></div>\n</section>\n");
    free(keys);
}

static void undetermined_units(rpt *R)
{
    size_t k;
    unit_key *keys = units_with_verdict(R, ANTQ_VERDICT_UNDETERMINED, &k);
    char a[32];
    put(R, "<section id=\"undetermined\">\n<h2><span class=\"no\">5.</span>");
    pf(R, TR("Đơn vị chưa xác định do thiếu dữ liệu (%s)", "Units undetermined for missing evidence (%s)"),
       fmt_int(R, (long)k, a, sizeof a));
    put(R, "</h2>\n<p class=\"intro\">");
    put(R, TR("Không có tiêu chí nào bị vi phạm, nhưng chưa đủ dữ liệu để công nhận. Cần bổ sung các trường dữ liệu nêu dưới đây.",
              "No criterion failed, but the evidence does not suffice for recognition. The fields named below must be reported."));
    put(R, "</p>\n");
    if (!k) {
        pf(R, "<p class=\"empty\">%s</p>\n</section>\n",
           TR("Không có đơn vị nào thiếu dữ liệu.", "No unit lacks evidence."));
        free(keys);
        return;
    }
    put(R, "<div class=\"table-wrap\"><table id=\"undetermined-units\">\n<thead><tr>");
    pf(R, "<th>%s</th><th>%s</th><th>%s</th>", TR("Đơn vị", "Unit"), TR("Tiêu chí chưa xác định", "Criterion undecided"),
       TR("Dữ liệu còn thiếu", "Missing evidence"));
    put(R, "</tr></thead>\n<tbody>\n");
    size_t last = (size_t)-2;
    for (size_t j = 0; j < k; j++) {
        size_t i = keys[j].index;
        const antq_result *res = antq_evaluation_result(R->ev, i);
        if (keys[j].commune != last)
            group_row(R, keys[j].commune, 3);
        last = keys[j].commune;
        int n_unknown = 0;
        for (size_t c = 0; c < antq_result_check_count(res); c++)
            n_unknown += antq_result_check(res, c)->outcome == ANTQ_OUTCOME_UNKNOWN;
        int first = 1;
        for (size_t c = 0; c < antq_result_check_count(res); c++) {
            const antq_check *ch = antq_result_check(res, c);
            if (ch->outcome != ANTQ_OUTCOME_UNKNOWN)
                continue;
            put(R, "<tr>");
            if (first) {
                unit_cell(R, i, n_unknown ? n_unknown : 1);
                put(R, "</td>");
                first = 0;
            }
            criterion_cell(R, ch->criterion);
            put(R, "<td>");
            int named = 0;
            for (size_t f = 0; f < ch->n_facts; f++)
                if (ch->facts[f].outcome == ANTQ_OUTCOME_UNKNOWN && ch->facts[f].missing) {
                    put(R, named++ ? " " : "");
                    put(R, "<code>");
                    esc(R, ch->facts[f].missing);
                    put(R, "</code>");
                }
            put(R, "<ul class=\"facts unknown\">");
            for (size_t f = 0; f < ch->n_facts; f++) {
                if (ch->facts[f].outcome != ANTQ_OUTCOME_UNKNOWN)
                    continue;
                put(R, "<li>");
                put_fact(R, &ch->facts[f]);
                put(R, "</li>");
            }
            put(R, "</ul></td></tr>\n");
        }
    }
    put(R, "</tbody>\n</table></div>\n</section>\n");
    free(keys);
}

/* ==== PLAN TARGETS ==========================================================
 * Section 6, only when a campaign is given: the plan's targets (chỉ tiêu) set
 * against the results above, as the library's scorecard measured them (never
 * recomputed here), with an SVG bar per share target and its required line;
 * the tasks that are late; and the festival coverage of the year. */
static void put_share_bar(rpt *R, const antq_target_result *r, int y)
{
    const antq_target *t = r->target;
    long pm = r->value_den > 0 && r->value_num >= 0 ? (long)(r->value_num * 1000 / r->value_den) : -1;
    long req = t->threshold_den > 0 ? (long)(t->threshold_num * 1000 / t->threshold_den) : -1;
    const char *colour = r->outcome == ANTQ_OUTCOME_PASS ? "#1b7f4a" : r->outcome == ANTQ_OUTCOME_FAIL ? "#c0392b" : "#d68910";
    char a[32];
    pf(R, "<text x=\"0\" y=\"%d\" class=\"lbl\">", y + 14);
    esc(R, t->id);
    put(R, "</text>");
    pf(R, "<rect x=\"90\" y=\"%d\" width=\"500\" height=\"18\" fill=\"#eef1f5\"/>", y);
    if (pm >= 0)
        pf(R, "<rect x=\"90\" y=\"%d\" width=\"%ld\" height=\"18\" fill=\"%s\"/>", y, pm * 500 / 1000, colour);
    if (req >= 0 && req <= 1000)
        pf(R, "<line x1=\"%ld\" x2=\"%ld\" y1=\"%d\" y2=\"%d\" stroke=\"#1f2a44\" stroke-width=\"2\" stroke-dasharray=\"4 2\"/>",
           90 + req * 500 / 1000, 90 + req * 500 / 1000, y - 3, y + 21);
    pf(R, "<text x=\"600\" y=\"%d\" class=\"val\">%s</text>", y + 14, pm >= 0 ? fmt_pm(R, pm, a, sizeof a) : "?");
}

static void section_plan_targets(rpt *R)
{
    const antq_scorecard *sc = R->sc;
    if (sc) {
        const antq_plan *p = antq_scorecard_plan(sc);
        char *text = NULL;
        put(R, "<section id=\"plan\">\n<h2>");
        put(R, TR("6. Kế hoạch ", "6. Plan "));
        esc(R, p->number ? p->number : p->id);
        put(R, TR(": chỉ tiêu và nhiệm vụ", ": targets and tasks"));
        put(R, "</h2>\n");
        size_t n = antq_scorecard_target_count(sc), shares = 0;
        for (size_t i = 0; i < n; i++) {
            const antq_target_result *r = antq_scorecard_target(sc, i);
            shares += r->value_den > 1;
        }
        if (shares) {
            pf(R, "<svg class=\"chart\" id=\"chart-targets\" role=\"img\" viewBox=\"0 0 680 %zu\" width=\"680\" "
                  "height=\"%zu\"><title>%s</title>",
               shares * 30 + 10, shares * 30 + 10,
               TR("Chỉ tiêu tỷ lệ so với mức yêu cầu (đường nét đứt)", "Share targets against the required level (dashed line)"));
            int y = 6;
            for (size_t i = 0; i < n; i++) {
                const antq_target_result *r = antq_scorecard_target(sc, i);
                if (r->value_den > 1) {
                    put_share_bar(R, r, y);
                    y += 30;
                }
            }
            put(R, "</svg>\n");
        }
        put(R, "<div class=\"scroll\"><table id=\"plan-targets\"><thead><tr>");
        put(R, TR("<th>Chỉ tiêu</th><th>Nội dung</th><th>Đo được</th><th>Yêu cầu</th><th>Kết quả</th><th>Còn thiếu</th>",
                  "<th>Target</th><th>Wording</th><th>Measured</th><th>Required</th><th>Result</th><th>Short by</th>"));
        put(R, "</tr></thead><tbody>\n");
        for (size_t i = 0; i < n; i++) {
            const antq_target_result *r = antq_scorecard_target(sc, i);
            const antq_target *t = r->target;
            char a[32], b[32];
            put(R, "<tr><td><code>");
            esc(R, t->id);
            put(R, "</code></td><td>");
            esc(R, t->text ? t->text : antq_metric_name(t->metric));
            put(R, "</td><td class=\"num\">");
            if (r->value_num < 0)
                put(R, "?");
            else if (r->value_den > 1)
                pf(R, "%s/%s (%s)", fmt_int(R, (long)r->value_num, a, sizeof a), fmt_int(R, (long)r->value_den, b, sizeof b),
                   fmt_pm(R, (long)(r->value_num * 1000 / r->value_den), b, sizeof b));
            else
                put(R, fmt_int(R, (long)r->value_num, a, sizeof a));
            put(R, "</td><td>");
            static const char *const ops_vi[] = {"", "từ … trở lên", "trên", "không quá", "dưới", "100%", "không có"};
            static const char *const ops_en[] = {"", "at least", "more than", "at most", "less than", "all", "none"};
            int op = t->op >= 1 && t->op <= 6 ? t->op : 0;
            put(R, R->en ? ops_en[op] : ops_vi[op]);
            if (op >= 1 && op <= 4)
                pf(R, " %s", t->threshold_den == 100 ? fmt_pm(R, (long)(t->threshold_num * 10), a, sizeof a)
                                                     : fmt_int(R, (long)t->threshold_num, a, sizeof a));
            put(R, "</td><td>");
            put(R, r->outcome == ANTQ_OUTCOME_PASS ? TR("<span class=\"badge ok\">Đạt</span>", "<span class=\"badge ok\">Met</span>")
                   : r->outcome == ANTQ_OUTCOME_FAIL ? TR("<span class=\"badge bad\">Không đạt</span>", "<span class=\"badge bad\">Not met</span>")
                                                     : TR("<span class=\"badge unk\">Chưa rõ</span>", "<span class=\"badge unk\">Unknown</span>"));
            put(R, "</td><td class=\"num\">");
            if (r->outcome == ANTQ_OUTCOME_FAIL && r->gap > 0)
                put(R, fmt_int(R, (long)r->gap, a, sizeof a));
            else if (r->outcome == ANTQ_OUTCOME_UNKNOWN && r->missing)
                esc(R, r->missing);
            put(R, "</td></tr>\n");
        }
        put(R, "</tbody></table></div>\n");
        put(R, "<div class=\"scroll\"><table id=\"plan-tasks\"><thead><tr>");
        put(R, TR("<th>Nhiệm vụ</th><th>Chủ trì</th><th>Hạn</th><th>Tình trạng</th>",
                  "<th>Task</th><th>Lead</th><th>Deadline</th><th>State</th>"));
        put(R, "</tr></thead><tbody>\n");
        for (size_t i = 0; i < antq_scorecard_task_count(sc); i++) {
            const antq_task_result *r = antq_scorecard_task(sc, i);
            char d[32];
            put(R, "<tr><td><b>");
            esc(R, r->task->id);
            put(R, "</b> ");
            const char *content = R->en && r->task->template_task ? antq_five_task_text_en(r->task->template_task) : r->task->content;
            esc_max(R, content, 160);
            put(R, "</td><td>");
            esc(R, r->task->lead ? r->task->lead : "");
            pf(R, "</td><td>%s</td><td>", r->task->deadline ? fmt_date(R, r->task->deadline, d, sizeof d) : "—");
            static const char *const st_vi[] = {"", "Đúng hạn", "Xong, trễ hạn", "Quá hạn", "Đang thực hiện", "Đã hủy"};
            static const char *const st_en[] = {"", "On time", "Done late", "Overdue", "Open", "Cancelled"};
            int st = r->state >= 1 && r->state <= 5 ? r->state : 0;
            int late = r->state == ANTQ_TASK_STATE_OVERDUE || r->state == ANTQ_TASK_STATE_DONE_LATE;
            pf(R, "<span class=\"badge %s\">%s</span>", late ? "bad" : r->state == ANTQ_TASK_STATE_ON_TIME ? "ok" : "unk",
               R->en ? st_en[st] : st_vi[st]);
            if (r->days_late)
                pf(R, TR(" (trễ %d ngày)", " (%d days late)"), (int)r->days_late);
            put(R, "</td></tr>\n");
        }
        put(R, "</tbody></table></div>\n</section>\n");
        free(text);
    }
    const antq_festival_coverage *c = R->cov;
    if (c) {
        char a[32], b[32], x[32];
        put(R, "<section id=\"festival\">\n<h2>");
        pf(R, TR("7. Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm %d (lần thứ %d)", "7. The %d festival (the %d%s)"), (int)c->year,
           (int)c->ordinal, R->en ? (c->ordinal % 10 == 1 && c->ordinal != 11 ? "st" : c->ordinal % 10 == 2 && c->ordinal != 12 ? "nd" : c->ordinal % 10 == 3 && c->ordinal != 13 ? "rd" : "th") : "");
        put(R, "</h2>\n<ul class=\"coverage\">");
        struct { const char *vi, *en; int64_t held, all; } rows[] = {
            {"Xã, phường, thị trấn tổ chức", "Communes that held it", c->communes_held, c->communes},
            {"Khu dân cư tổ chức", "Residential areas that held it", c->areas_held, c->areas},
            {"Cơ quan, doanh nghiệp, cơ sở giáo dục tổ chức", "Agencies, enterprises, schools that held it", c->organisations_held, c->organisations},
            {"Xã có khu dân cư tổ chức điểm", "Communes with a residential-area point site", c->communes_with_area_point_site, c->communes},
        };
        for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
            pf(R, "<li>%s: <b>%s/%s</b> (%s)</li>", TR(rows[i].vi, rows[i].en), fmt_int(R, (long)rows[i].held, a, sizeof a),
               fmt_int(R, (long)rows[i].all, b, sizeof b),
               rows[i].all > 0 ? fmt_pm(R, (long)(rows[i].held * 1000 / rows[i].all), x, sizeof x) : "—");
        pf(R, "<li>%s: %s</li>", TR("Điểm cấp tỉnh", "Province point sites"),
           fmt_int(R, (long)c->point_sites[ANTQ_FESTIVAL_LEVEL_PROVINCE], a, sizeof a));
        pf(R, "<li>%s: %s; %s: %s</li>", TR("Người tham gia", "Participants"), fmt_int(R, (long)c->participants, a, sizeof a),
           TR("khen thưởng", "commendations"), fmt_int(R, (long)c->commendations, b, sizeof b));
        put(R, "</ul>\n</section>\n");
    }
}

static void footer(rpt *R, const antq_ruleset *rs)
{
    char s[32], e[32], thr[32];
    put(R, "<footer>\n<p>");
    put(R, TR("Tỷ lệ đạt = số đơn vị được công nhận / số đơn vị thuộc diện xét (không tính đơn vị ngoài phạm vi khoản 2 Điều 1), "
              "làm tròn xuống đến 0,1%; thay đổi tính bằng điểm phần trăm. Đơn vị chưa xác định (thiếu dữ liệu) không được coi là đạt.",
              "Share certified = units recognised / eligible units (units outside the scope of Art. 1(2) are left out), "
              "rounded down to 0.1%; changes are in percentage points. Undetermined units (evidence missing) never count as certified."));
    put(R, "</p>\n<p>");
    pf(R, TR("Ngưỡng %s của tiêu chí ", "The %s threshold is criterion "), fmt_pm(R, R->thr_pm, thr, sizeof thr));
    esc(R, R->thr->id);
    put(R, " (");
    put_citation(R, &R->thr->citation);
    put(R, TR(") lấy từ danh mục tiêu chí của libantq.", ") from the libantq criteria catalogue."));
    put(R, "</p>\n");
    if (rs) {
        put(R, "<p>");
        put(R, TR("Kỳ đánh giá năm ", "Evaluation periods for "));
        pf(R, "%d: ", R->year);
        int n = 0;
        for (int k = 1; k < ANTQ_KIND_COUNT; k++) {
            int32_t from, to;
            const antq_ruleset *krs;
            if (antq_period_for(&from, &to, &krs, k, R->year, R->opts->school_year_end_mmdd) != ANTQ_OK)
                continue;
            pf(R, "%s%s %s – %s", n++ ? "; " : "", kind_singular(R, k), fmt_date(R, from, s, sizeof s),
               fmt_date(R, to, e, sizeof e));
        }
        put(R, ".</p>\n");
    }
    pf(R, "<p>%s libantq %s.</p>\n</footer>\n", TR("Lập bằng", "Produced with"), antq_version());
}

int cli_report_html(FILE *out, const antq_dataset *ds, const antq_evaluation *ev, const cli_stats *st, int lang,
                    const antq_scorecard *sc, const antq_festival_coverage *cov)
{
    rpt rr;
    rpt *R = &rr;
    memset(R, 0, sizeof *R);
    R->out = out;
    R->ds = ds;
    R->ev = ev;
    R->st = st;
    R->en = lang == ANTQ_LANG_EN;
    R->year = st->year;
    R->sc = sc;
    R->cov = cov;
    int rc = prepare(R);
    if (rc == CLI_OK) {
        const antq_ruleset *rs = NULL;
        for (size_t i = 0; i < antq_evaluation_count(ev) && !rs; i++)
            rs = antq_result_ruleset(antq_evaluation_result(ev, i));
        head(R, rs);
        masthead(R, rs);
        lede(R);
        kpis(R);
        chart_communes(R);
        chart_kinds(R);
        table_communes(R);
        failed_units(R);
        undetermined_units(R);
        section_plan_targets(R);
        footer(R, rs);
        put(R, "</main>\n</body>\n</html>\n");
        if (R->oom)
            rc = CLI_INTERNAL;
    }
    antq_evaluation_free(R->prev);
    free(R->commune_of);
    free(R->rows);
    return rc;
}
