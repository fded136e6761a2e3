/* HTML report: one self-contained HTML5 file (inline CSS and SVG, no script,
 * no external assets) for a provincial steering committee. It leads with the
 * result: a header naming the province, the issuing body, the year and the
 * date made; one sentence per question (units certified and the change from
 * last year, communes certified, plan targets met and missed, tasks late);
 * then the plan scorecard when a campaign is given. Then the communes (failing
 * ones first, coloured by their own verdict, with the reason), the share per
 * unit kind against the previous year, and every unit that failed (criterion,
 * citation, facts) or lacks evidence.
 *
 * Each chart is drawn twice, for a wide page (print, desktop) and for a phone
 * (labels above the bars, never below 9 px at 390 px); CSS shows one. Charts
 * of many communes show the worst and the best only; the table lists all.
 *
 * Every number is computed from exact integers; threshold decisions are
 * cross-multiplied. Floating point is never used.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The Art. 5.4 row whose threshold (70%) is drawn on the commune chart. */
#define THRESHOLD_CRITERION "C124-CW-04b"

/* Above this many communes the chart shows the CHART_EACH worst and best. */
#define CHART_ALL_MAX 40
#define CHART_EACH 15

#define NONE ((size_t)-1)

/* Room for any formatted figure (ANTQ_FORMAT_SIZE) with a sign or a unit. */
#define NUMBUF 64

typedef struct commune_row {
    const cli_group *g;
    long pool;          /* member units in the Art. 5.4 pool, -1 without a roll-up */
    long certified;     /* of which certified */
    long undetermined;  /* of which undetermined */
    long uncertain;     /* members whose place in the pool is unknown (managing level or delegation not reported) */
    long uncertain_certified, uncertain_undetermined;
    long pm;            /* certified / pool in tenths of a percent as shown, -1 if pool is 0 */
    int meets;          /* 1 meets the threshold even in the worst case, 0 not, -1 no pool */
    int could_meet;     /* 1 if missing evidence could still lift it over (best case) */
    long prev_pm;       /* the same share the previous year, -1 if none */
} commune_row;

typedef struct rpt {
    FILE *out;
    const antq_pipeline *p;        /* its units (ids, parents, kinds: antq_pipeline_unit_id()) and options */
    const antq_evaluation *ev;
    const cli_stats *st;           /* the year and, when st->total.has_prev, the year before */
    int prev;                      /* 1: the year before is shown (st->total.has_prev) */
    const antq_options *opts;
    const cli_report_info *info;   /* header texts and dates from the command line */
    int en;                        /* 1: English, 0: Vietnamese */
    int lang;                      /* ANTQ_LANG_VI or ANTQ_LANG_EN */
    int year;
    const antq_ruleset *rs;        /* the rule set of the year, or NULL */
    const antq_criterion *thr;     /* threshold row of Art. 5.4 */
    long thr_pm;                   /* its threshold in tenths of a percent */
    char thr_text[ANTQ_FORMAT_SIZE]; /* the threshold as written: "70%" */
    commune_row *rows;             /* one per st->communes, same order */
    const commune_row **order;     /* rows, failing communes first, then by share */
    const antq_scorecard *sc;          /* plan scorecard, or NULL */
    const antq_festival_coverage *cov; /* festival coverage, or NULL */
    const antq_provenance *prov;   /* what produced the report (footer), or NULL */
    int section;                   /* number of the last numbered section */
    int sec_failed, sec_undetermined, sec_communes; /* section numbers cross-referenced in the text */
    int oom;
} rpt;


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

/* ---- numbers and dates as the reader reads them */

/* Every figure goes through the library's formatter (antq/format.h): one
 * rounding rule for shares, the same separators as every other renderer. */

static const char *fmt_int(const rpt *R, long v, char *buf, size_t size)
{
    antq_format_count(buf, size, v, R->lang);
    return buf;
}

/* The share part/whole in tenths of a percent as it is shown, kept on its
 * side of the threshold thr_num/thr_den (0/0: none); -1 when whole is 0. */
static long share_tenths(long part, long whole, long thr_num, long thr_den)
{
    int64_t t;
    if (whole <= 0 || part < 0 || antq_share_round(&t, part, whole, thr_num, thr_den) != ANTQ_OK)
        return -1;
    return (long)t;
}

/* A share already in tenths of a percent: "76,4%" / "76.4%"; "—" if negative. */
static const char *fmt_pm(const rpt *R, long pm, char *buf, size_t size)
{
    if (pm < 0 || antq_format_tenths(buf, size > 1 ? size - 1 : size, pm, R->lang) != ANTQ_OK)
        snprintf(buf, size, "—");
    else
        strcat(buf, "%");
    return buf;
}

/* The share part/whole as shown; "—" when whole is 0. */
static const char *fmt_share(const rpt *R, long part, long whole, long thr_num, long thr_den, char *buf, size_t size)
{
    if (whole <= 0 || antq_format_share(buf, size, part, whole, thr_num, thr_den, R->lang) != ANTQ_OK)
        snprintf(buf, size, "—");
    return buf;
}

/* A requirement: "70%", "66,7%" for 2/3; a count when den is 1. */
static const char *fmt_required(const rpt *R, long num, long den, char *buf, size_t size)
{
    if (den == 1)
        return fmt_int(R, num, buf, size);
    if (antq_format_percent(buf, size, num, den, R->lang) != ANTQ_OK)
        snprintf(buf, size, "—");
    return buf;
}

/* Tenths as a decimal without sign: "12,5" / "12.5". */
static const char *fmt_tenths(const rpt *R, long v, char *buf, size_t size)
{
    antq_format_tenths(buf, size, v < 0 ? -v : v, R->lang);
    return buf;
}

/* A change in tenths of a percentage point with its sign: "+12,5", "−16,7", "0,0". */
static const char *fmt_delta(const rpt *R, long d, char *buf, size_t size)
{
    char t[ANTQ_FORMAT_SIZE];
    snprintf(buf, size, "%s%s", d > 0 ? "+" : d < 0 ? "−" : "", fmt_tenths(R, d, t, sizeof t));
    return buf;
}

static const char *fmt_date(const rpt *R, int32_t d, char *buf, size_t size)
{
    if (antq_format_date(buf, size, d, R->lang) != ANTQ_OK)
        snprintf(buf, size, "—");
    return buf;
}

/* A new string from a format (for SVG titles and labels built of pieces);
 * NULL (and R->oom set) when out of memory. Free with free(). */
__attribute__((format(printf, 2, 3))) static char *textf(rpt *R, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *s = n >= 0 ? malloc((size_t)n + 1) : NULL;
    if (!s) {
        R->oom = 1;
        return NULL;
    }
    va_start(ap, fmt);
    vsnprintf(s, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return s;
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

static const char *kind_plural(int k)
{
    static const char *const plural[] = {"", N_("Khu dân cư"), N_("Xã, phường, đặc khu"), N_("Cơ quan"), N_("Doanh nghiệp"),
                                         N_("Cơ sở giáo dục")};
    return k > 0 && k < ANTQ_KIND_COUNT ? _(plural[k]) : "?";
}

static void put_verdict_badge(rpt *R, int v)
{
    switch (v) {
    case ANTQ_VERDICT_CERTIFIED: pf(R, "<span class=\"badge ok\">%s</span>", _("Đạt")); break;
    case ANTQ_VERDICT_NOT_CERTIFIED: pf(R, "<span class=\"badge bad\">%s</span>", _("Chưa đạt")); break;
    case ANTQ_VERDICT_NOT_ELIGIBLE: pf(R, "<span class=\"badge ne\">%s</span>", _("Ngoài phạm vi")); break;
    default: pf(R, "<span class=\"badge unk\">%s</span>", _("Chưa xác định")); break;
    }
}

static void put_delta_span(rpt *R, long now, long before)
{
    char b[NUMBUF];
    if (now < 0 || before < 0) {
        put(R, "<span class=\"muted\">—</span>");
        return;
    }
    long d = now - before;
    pf(R, "<span class=\"delta %s\">%s%s</span>", d > 0 ? "up" : d < 0 ? "down" : "flat",
       d > 0 ? "▲ " : d < 0 ? "▼ " : "", fmt_delta(R, d, b, sizeof b));
}

/* ---- numbers */

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

/* The members of a commune's Art. 5.4 pool as the evaluator counted them for
 * the verdict (antq_evaluation_commune_pool()). Members whose place in the
 * pool is unknown are kept apart. */
static void members_of(const antq_evaluation *ev, size_t idx, commune_row *m)
{
    m->pool = -1;
    m->certified = m->undetermined = m->uncertain = m->uncertain_certified = m->uncertain_undetermined = 0;
    antq_commune_pool p;
    antq_commune_pool_init(&p);
    if (!ev || antq_evaluation_commune_pool(&p, ev, idx, NULL) != ANTQ_OK)
        return;
    m->pool = (long)p.pool;
    m->certified = (long)p.certified;
    m->undetermined = (long)p.undetermined;
    m->uncertain = (long)p.uncertain;
    m->uncertain_certified = (long)p.uncertain_certified;
    m->uncertain_undetermined = (long)p.uncertain_undetermined;
}

/* Share and threshold of a commune row, as the evaluator decides Art. 5.4:
 * in the worst case undetermined members fail and uncertain members count
 * only when not certified; in the best case the reverse. */
static void members_share(const rpt *R, commune_row *m)
{
    m->pm = share_tenths(m->certified, m->pool, (long)R->thr->threshold_num, (long)R->thr->threshold_den);
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

static int cmp_rows(const void *pa, const void *pb);

static int prepare(rpt *R)
{
    const cli_stats *st = R->st;
    R->opts = antq_pipeline_options(R->p);
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
    fmt_required(R, (long)R->thr->threshold_num, (long)R->thr->threshold_den, R->thr_text, sizeof R->thr_text);

    R->rows = calloc(st->n_communes ? st->n_communes : 1, sizeof *R->rows);
    if (!R->rows)
        return CLI_INTERNAL;
    for (size_t c = 0; c < st->n_communes; c++) {
        commune_row *row = &R->rows[c];
        row->g = &st->communes[c];
        members_of(R->ev, row->g->unit_index, row);
        members_share(R, row);
        row->prev_pm = R->prev ? share_tenths(row->g->prev_pool_certified, row->g->prev_pool,
                                              (long)R->thr->threshold_num, (long)R->thr->threshold_den)
                               : -1;
    }
    R->order = malloc((st->n_communes ? st->n_communes : 1) * sizeof *R->order);
    if (!R->order)
        return CLI_INTERNAL;
    for (size_t c = 0; c < st->n_communes; c++)
        R->order[c] = &R->rows[c];
    qsort(R->order, st->n_communes, sizeof *R->order, cmp_rows);
    for (size_t i = 0; i < antq_evaluation_count(R->ev) && !R->rs; i++)
        R->rs = antq_result_ruleset(antq_evaluation_result(R->ev, i));
    /* section numbers, in the order cli_report_html() writes them */
    int no = R->sc ? 1 : 0;
    no++; /* kinds */
    R->sec_communes = ++no;
    R->sec_failed = ++no;
    R->sec_undetermined = ++no;
    return CLI_OK;
}

static const char *group_name(const cli_group *g)
{
    return g->name && *g->name ? g->name : g->id;
}

/* ---- document head and style */

static const char *const style =
    ":root{--ink:#1b2631;--muted:#5d6b79;--line:#dde3ea;--soft:#f4f6f8;--navy:#17375e;--red:#a61b1b;"
    "--ok:#2e7d4f;--bad:#c2410c;--warn:#b7791f;--prev:#a8bfd8;--now:#1f4e79;--track:#eef1f5}\n"
    "*{box-sizing:border-box}\n"
    "html{background:#e9edf1}\n"
    "body{margin:0;color:var(--ink);font:15px/1.55 \"Segoe UI\",\"Noto Sans\",Roboto,\"Helvetica Neue\",Arial,"
    "\"DejaVu Sans\",sans-serif;-webkit-text-size-adjust:100%}\n"
    ".page{max-width:1000px;margin:24px auto;background:#fff;padding:0 56px 40px;box-shadow:0 1px 4px rgba(0,0,0,.08)}\n"
    ".masthead{border-top:8px solid var(--red);padding:22px 0 14px;border-bottom:1px solid var(--line)}\n"
    ".issuer{margin:0;font-size:13px;letter-spacing:.06em;text-transform:uppercase;color:var(--red);font-weight:700}\n"
    "h1{margin:.3em 0 .15em;font-size:27px;line-height:1.25;color:var(--navy);font-weight:700}\n"
    ".place{margin:0;font-size:18px;font-weight:600;color:var(--ink)}\n"
    ".meta{margin:6px 0 0;color:var(--muted);font-size:14px}\n"
    ".meta span{white-space:nowrap}\n"
    ".meta strong{color:var(--ink);font-weight:600}\n"
    "h2{font-size:20px;color:var(--navy);margin:34px 0 4px;padding-top:6px;line-height:1.3}\n"
    "h2 .no{display:inline-block;min-width:1.6em;color:var(--red)}\n"
    "h3{font-size:16px;color:var(--navy);margin:20px 0 4px}\n"
    ".intro{margin:0 0 12px;color:var(--muted);font-size:14px;max-width:56em}\n"
    "#findings h2{margin-top:18px}\n"
    "ul.findings{list-style:none;margin:6px 0 0;padding:0}\n"
    "ul.findings li{position:relative;padding:5px 0 5px 30px;font-size:16.5px;line-height:1.45;border-bottom:1px solid var(--soft)}\n"
    "ul.findings li:last-child{border-bottom:0}\n"
    "ul.findings li::before{position:absolute;left:2px;top:5px;font-weight:700;width:22px;text-align:center}\n"
    "ul.findings li.ok::before{content:\"✔\";color:var(--ok)}ul.findings li.bad::before{content:\"✘\";color:var(--bad)}"
    "ul.findings li.warn::before{content:\"!\";color:var(--warn)}ul.findings li.info::before{content:\"•\";color:var(--navy)}\n"
    "figure{margin:8px 0 0}\n"
    "svg.chart{display:block;width:100%;height:auto;overflow:visible}\n"
    "svg.chart.narrow{display:none}\n"
    "svg.chart text{font-family:inherit;font-size:13px;fill:var(--ink)}\n"
    "svg.chart .axis{fill:var(--muted);font-size:12px}\n"
    "svg.chart .grid{stroke:#e6eaef;stroke-width:1}\n"
    "svg.chart .track{fill:var(--track)}\n"
    "svg.chart .val{font-weight:600;font-variant-numeric:tabular-nums}\n"
    "svg.chart .frac{fill:var(--muted);font-size:12px}\n"
    "svg.chart .ok{fill:var(--ok)}svg.chart .bad{fill:var(--bad)}svg.chart .near{fill:var(--warn)}\n"
    "svg.chart .now{fill:var(--now)}svg.chart .prev{fill:var(--prev)}\n"
    "svg.chart .thr{stroke:var(--red);stroke-width:2;stroke-dasharray:6 4}\n"
    "svg.chart .req{stroke:var(--ink);stroke-width:2.5}\n"
    "svg.chart .thr-label{fill:var(--red);font-weight:600;font-size:12.5px}\n"
    "svg.chart .none{fill:var(--muted);font-style:italic;font-size:12.5px}\n"
    ".legend{display:flex;flex-wrap:wrap;gap:6px 22px;list-style:none;margin:10px 0 0;padding:0;font-size:13px;color:var(--muted)}\n"
    ".legend li{display:flex;align-items:center;gap:7px}\n"
    ".sw{display:inline-block;width:14px;height:14px;border-radius:3px;flex:none}\n"
    ".sw.ok{background:var(--ok)}.sw.bad{background:var(--bad)}.sw.near{background:var(--warn)}"
    ".sw.now{background:var(--now)}.sw.prev{background:var(--prev)}\n"
    ".sw.hatch{background:repeating-linear-gradient(45deg,#f1e2b8 0 3px,#c99a2e 3px 5px)}\n"
    ".sw.line{width:20px;height:0;border-top:2px dashed var(--red);border-radius:0}\n"
    ".sw.tick{width:4px;background:var(--ink);border-radius:0}\n"
    "table{width:100%;border-collapse:collapse;font-size:14px;margin-top:8px}\n"
    "th{text-align:left;font-size:12.5px;font-weight:600;color:var(--muted);text-transform:uppercase;letter-spacing:.03em;"
    "border-bottom:2px solid var(--line);padding:8px 10px;vertical-align:bottom}\n"
    "td{border-bottom:1px solid var(--line);padding:8px 10px;vertical-align:top}\n"
    "#kinds-table td:first-child{white-space:nowrap}\n"
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
    "code{background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:0 4px;overflow-wrap:anywhere}\n"
    ".unit-name{font-weight:600}\n"
    ".crit-id{font-weight:600;white-space:nowrap}\n"
    ".crit-text{color:var(--muted);font-size:13px;margin-bottom:4px}\n"
    "ul.facts,ul.reasons{margin:2px 0 0;padding-left:18px}\n"
    "ul.facts li,ul.reasons li{margin:2px 0}\n"
    "ul.facts li::marker,ul.reasons li::marker{color:var(--bad)}\n"
    "ul.facts.unknown li::marker,ul.reasons.unknown li::marker{color:var(--warn)}\n"
    "ul.reasons{font-size:13px}\n"
    "td.unit{width:30%}\n"
    ".group-row td{background:var(--soft);font-weight:700;color:var(--navy);padding-top:10px}\n"
    ".empty{padding:14px 16px;background:var(--soft);border-radius:8px;color:var(--muted)}\n"
    "col.c-id{width:9%}col.c-text{width:33%}col.c-meas{width:17%}col.c-req{width:13%}col.c-res{width:13%}col.c-gap{width:15%}\n"
    "col.c-task{width:52%}col.c-lead{width:18%}col.c-due{width:12%}col.c-state{width:18%}\n"
    "col.c-unit{width:28%}col.c-crit{width:22%}col.c-facts{width:50%}col.c-count{width:14%}\n"
    "col.c-name{width:23%}col.c-why{width:37%}col.c-pool{width:13%}col.c-share{width:9%}col.c-prev{width:9%}col.c-delta{width:9%}\n"
    ".coverage{margin:6px 0 0;padding-left:20px}\n"
    ".note{margin:6px 0 0;color:var(--muted);font-size:13px}\n"
    "footer{margin-top:40px;padding-top:14px;border-top:1px solid var(--line);font-size:12.5px;color:var(--muted)}\n"
    "footer p{margin:.35em 0}\n"
    "footer dl{margin:.35em 0}footer dt{font-weight:600;color:var(--ink)}footer dd{margin:0 0 .4em}\n"
    "@page{size:A4;margin:14mm 13mm 16mm;"
    "@bottom-right{content:counter(page) \" / \" counter(pages);font-size:9pt;color:#5d6b79}}\n"
    "@media print{html{background:#fff}body{font-size:10pt}.page{max-width:none;margin:0;padding:0;box-shadow:none}"
    "h1{font-size:19pt}h2{font-size:13.5pt;margin-top:18px}"
    "h2,h3,.intro,tr.group-row,footer dt{break-after:avoid}.intro,footer dd{break-inside:avoid}"
    "svg.chart{max-height:212mm;width:auto;max-width:100%}"
    "figure,svg.chart,.legend,tr,ul.findings li,.masthead,.coverage li{break-inside:avoid}"
    "thead{display:table-header-group}.table-wrap{overflow:visible}"
    "#plan table,#failed-units,#undetermined-units,#failed-criteria,#communes-table{table-layout:fixed}"
    "td,th{padding:5px 7px}table{font-size:9.5pt}ul.findings li{font-size:11pt}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n"
    "@media (max-width:600px){.page{margin:0;padding:0 16px 24px;box-shadow:none}h1{font-size:22px}.place{font-size:16px}"
    "ul.findings li{font-size:15.5px}svg.chart.wide{display:none}svg.chart.narrow{display:block}"
    "th,td{padding:6px 6px}table{font-size:13.5px}"
    "table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:auto}table.stack thead{display:none}"
    "table.stack tr{border-bottom:1px solid var(--line);padding:8px 0}table.stack td{border:0;padding:2px 0;text-align:left}"
    "table.stack td:empty{display:none}table.stack tr.group-row td{padding:6px 4px}"
    "table.stack td::before{color:var(--muted);font-size:12.5px}"
    "#plan-targets td:nth-child(-n+2){display:inline;padding-right:6px}}\n";

/* The report's heading: --title, else the standard wording with the year. */
static void put_title(rpt *R)
{
    if (R->info->title && *R->info->title)
        esc(R, R->info->title);
    else
        pf(R, _("Kết quả xây dựng tiêu chuẩn “An toàn về an ninh, trật tự” năm %d"), R->year);
}

/* The issuing body: --issuer, else the dataset's, else the plan's. */
static const char *issuer(const rpt *R)
{
    if (R->info->issuer && *R->info->issuer)
        return R->info->issuer;
    if (antq_pipeline_issuer(R->p))
        return antq_pipeline_issuer(R->p);
    if (R->sc && antq_scorecard_plan(R->sc)->issuer)
        return antq_scorecard_plan(R->sc)->issuer;
    return NULL;
}

/* The province: --province, else the dataset's; NULL if neither. */
static const char *province(const rpt *R)
{
    if (R->info->province && *R->info->province)
        return R->info->province;
    return antq_pipeline_province(R->p);
}

static void head(rpt *R)
{
    pf(R, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          "<meta name=\"generator\" content=\"antq %s\">\n<title>",
       R->en ? "en" : "vi", antq_version());
    put_title(R);
    if (province(R)) {
        put(R, " — ");
        esc(R, province(R));
    }
    pf(R, "</title>\n<style>\n%s", style);
    /* on a phone, table rows become blocks and each figure is named */
    pf(R, "@media (max-width:600px){#plan-targets td:nth-child(3)::before{content:\"%s: \"}"
          "#plan-targets td:nth-child(4)::before{content:\"%s: \"}#plan-targets td:nth-child(6)::before{content:\"%s: \"}"
          "#plan-tasks td:nth-child(2)::before{content:\"%s: \"}#plan-tasks td:nth-child(3)::before{content:\"%s: \"}"
          "#communes-table td:nth-child(3)::before{content:\"%s: \"}#communes-table td:nth-child(4)::before{content:\"%s: \"}",
       _("Đo được"), _("Yêu cầu"), _("Còn thiếu"), _("Chủ trì"),
       _("Hạn"), _("Đơn vị đạt / diện xét"), _("Tỷ lệ"));
    if (R->prev)
        pf(R, "#communes-table td:nth-child(5)::before{content:\"%s %d: \"}#communes-table td:nth-child(6)::before{content:\"%s: \"}",
           _("Tỷ lệ năm"), R->year - 1, _("Thay đổi (điểm %)"));
    put(R, "}\n");
    put(R, "</style>\n</head>\n<body>\n<main class=\"page\">\n");
}

/* ---- sections */

/* The date the report is made: --date, else SOURCE_DATE_EPOCH (reproducible
 * builds), else today (UTC). */
static int32_t made_on(const rpt *R)
{
    if (R->info->made_on)
        return R->info->made_on;
    const char *epoch = getenv("SOURCE_DATE_EPOCH");
    char *end = NULL;
    long long secs = epoch && *epoch ? strtoll(epoch, &end, 10) : -1;
    time_t t = secs >= 0 && end && !*end ? (time_t)secs : time(NULL);
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        return antq_date_make(R->year, 12, 31);
    return antq_date_make(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

static void masthead(rpt *R)
{
    char d[NUMBUF];
    put(R, "<header class=\"masthead\">\n");
    const char *by = issuer(R);
    put(R, "<p class=\"issuer\">");
    if (by)
        esc(R, by);
    else
        put(R, _("Phong trào Toàn dân bảo vệ an ninh Tổ quốc"));
    put(R, "</p>\n<h1>");
    put_title(R);
    put(R, "</h1>\n");
    if (province(R)) {
        put(R, "<p class=\"place\">");
        esc(R, province(R));
        put(R, "</p>\n");
    }
    pf(R, "<p class=\"meta\"><span>%s <strong>%d</strong></span> · <span>%s <strong>%s</strong></span>",
       _("Năm đánh giá"), R->year, _("Ngày lập"),
       fmt_date(R, made_on(R), d, sizeof d));
    if (R->rs) {
        pf(R, " · <span>%s <strong>", _("Căn cứ"));
        put(R, _("Thông tư "));
        esc(R, R->rs->id);
        put(R, "</strong></span>");
    }
    put(R, "</p>\n</header>\n");
}

/* Opens a numbered section and its heading: <section id><h2>N. — the
 * caller writes the heading and closes it. */
static int section_start(rpt *R, const char *id)
{
    int no = ++R->section;
    pf(R, "<section id=\"%s\">\n<h2><span class=\"no\">%d.</span>", id, no);
    return no;
}

/* Opens a numbered section: <section id><h2>N. heading</h2>. */
__attribute__((format(printf, 3, 4))) static int section_open(rpt *R, const char *id, const char *fmt, ...)
{
    int no = section_start(R, id);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(R->out, fmt, ap);
    va_end(ap);
    put(R, "</h2>\n");
    return no;
}

static void finding_units(rpt *R)
{
    const cli_tally *t = &R->st->total.all;
    char a[NUMBUF], b[NUMBUF], c[NUMBUF], d[NUMBUF];
    long pm = share_tenths(t->certified, t->eligible, 0, 0);
    long before = R->st->total.has_prev ? share_tenths(R->st->total.prev.certified, R->st->total.prev.eligible, 0, 0) : -1;
    if (t->eligible <= 0) {
        pf(R, "<li class=\"info\">");
        pf(R, _("Năm %d không có đơn vị nào thuộc diện xét công nhận."),
           R->year);
        put(R, "</li>\n");
        return;
    }
    pf(R, "<li class=\"%s\">", before >= 0 && pm < before ? "bad" : before >= 0 && pm > before ? "ok" : "info");
    pf(R, _("<strong>%s/%s</strong> đơn vị thuộc diện xét đạt tiêu chuẩn (<strong>%s</strong>)"),
       fmt_int(R, t->certified, a, sizeof a), fmt_int(R, t->eligible, b, sizeof b), fmt_pm(R, pm, c, sizeof c));
    if (pm >= 0 && before >= 0) {
        long delta = pm - before;
        if (delta == 0)
            pf(R, _(", không đổi so với năm %d"), R->year - 1);
        else
            pf(R, _(", <strong>%s %s điểm phần trăm</strong> so với năm %d (%s)"),
               delta > 0 ? _("tăng") : _("giảm"), fmt_tenths(R, delta, a, sizeof a), R->year - 1,
               fmt_pm(R, before, d, sizeof d));
    }
    put(R, ".</li>\n");
}

static void finding_communes(rpt *R)
{
    const cli_tally *t = &R->st->total.by_kind[ANTQ_KIND_COMMUNE];
    const cli_tally *p = R->prev ? &R->st->prev_by_kind[ANTQ_KIND_COMMUNE] : NULL;
    char a[NUMBUF], b[NUMBUF], c[NUMBUF];
    if (t->eligible <= 0)
        return;
    pf(R, "<li class=\"%s\">", t->certified == t->eligible ? "ok" : "bad");
    pf(R, _("<strong>%s/%s</strong> xã, phường được công nhận đạt tiêu chuẩn"),
       fmt_int(R, t->certified, a, sizeof a), fmt_int(R, t->eligible, b, sizeof b));
    if (p && p->eligible > 0)
        pf(R, _(" (năm %d: %s/%s)"), R->year - 1, fmt_int(R, p->certified, a, sizeof a),
           fmt_int(R, p->eligible, b, sizeof b));
    if (t->not_certified || t->undetermined) {
        put(R, "; ");
        if (t->not_certified)
            pf(R, _("%s chưa đạt"), fmt_int(R, t->not_certified, c, sizeof c));
        if (t->not_certified && t->undetermined)
            put(R, ", ");
        if (t->undetermined)
            pf(R, _("%s chưa xác định do thiếu dữ liệu"),
               fmt_int(R, t->undetermined, c, sizeof c));
        pf(R, _(" (mục %d)"), R->sec_communes);
    }
    put(R, ".</li>\n");
}

/* "CT-3, CT-5" for the targets with this outcome. */
static void put_target_ids(rpt *R, int outcome)
{
    int n = 0;
    for (size_t i = 0; i < antq_scorecard_target_count(R->sc); i++) {
        const antq_target_result *r = antq_scorecard_target(R->sc, i);
        if (r->outcome != outcome)
            continue;
        put(R, n++ ? ", " : "");
        esc(R, r->target->id);
    }
}

static void finding_plan(rpt *R)
{
    const antq_plan *p = antq_scorecard_plan(R->sc);
    size_t n = antq_scorecard_target_count(R->sc), met = 0, missed = 0, unknown = 0;
    for (size_t i = 0; i < n; i++) {
        int o = antq_scorecard_target(R->sc, i)->outcome;
        met += o == ANTQ_OUTCOME_PASS;
        missed += o == ANTQ_OUTCOME_FAIL;
        unknown += o == ANTQ_OUTCOME_UNKNOWN;
    }
    char a[NUMBUF], b[NUMBUF];
    pf(R, "<li class=\"%s\">", missed ? "bad" : unknown ? "warn" : "ok");
    pf(R, _("Kế hoạch %s: <strong>đạt %s/%s chỉ tiêu</strong>"),
       p->number ? p->number : p->id, fmt_int(R, (long)met, a, sizeof a), fmt_int(R, (long)n, b, sizeof b));
    if (missed) {
        pf(R, _(", <strong>không đạt %s</strong> ("), fmt_int(R, (long)missed, a, sizeof a));
        put_target_ids(R, ANTQ_OUTCOME_FAIL);
        put(R, ")");
    }
    if (unknown) {
        pf(R, _(", %s chưa đủ dữ liệu để kết luận ("),
           fmt_int(R, (long)unknown, a, sizeof a));
        put_target_ids(R, ANTQ_OUTCOME_UNKNOWN);
        put(R, ")");
    }
    put(R, ".</li>\n");
}

static void finding_tasks(rpt *R)
{
    size_t n = antq_scorecard_task_count(R->sc), late = 0, open = 0;
    for (size_t i = 0; i < n; i++) {
        int s = antq_scorecard_task(R->sc, i)->state;
        late += s == ANTQ_TASK_STATE_OVERDUE || s == ANTQ_TASK_STATE_DONE_LATE;
        open += s == ANTQ_TASK_STATE_OPEN;
    }
    if (!n)
        return;
    char a[NUMBUF], b[NUMBUF], d[NUMBUF];
    pf(R, "<li class=\"%s\">", late ? "bad" : "ok");
    if (!late)
        pf(R, _("Không có nhiệm vụ nào trễ hạn (%s nhiệm vụ)"), fmt_int(R, (long)n, a, sizeof a));
    else
        pf(R, _("<strong>%s/%s nhiệm vụ trễ hạn</strong>: "),
           fmt_int(R, (long)late, a, sizeof a), fmt_int(R, (long)n, b, sizeof b));
    int k = 0;
    for (size_t i = 0; i < n && late; i++) {
        const antq_task_result *r = antq_scorecard_task(R->sc, i);
        if (r->state != ANTQ_TASK_STATE_OVERDUE && r->state != ANTQ_TASK_STATE_DONE_LATE)
            continue;
        put(R, k++ ? "; " : "");
        esc(R, r->task->id);
        if (r->state == ANTQ_TASK_STATE_OVERDUE)
            pf(R, _(" quá hạn %d ngày"), (int)r->days_late);
        else
            pf(R, _(" xong trễ %d ngày"), (int)r->days_late);
    }
    if (open)
        pf(R, _("; %s nhiệm vụ đang thực hiện, chưa đến hạn"), fmt_int(R, (long)open, a, sizeof a));
    const antq_plan *p = antq_scorecard_plan(R->sc);
    int32_t as_of = R->info->as_of ? R->info->as_of : antq_date_make(p->year, 12, 31);
    pf(R, _(" (tính đến %s).</li>\n"), fmt_date(R, as_of, d, sizeof d));
}

static void finding_units_to_act(rpt *R)
{
    const cli_tally *t = &R->st->total.all;
    char a[NUMBUF];
    if (!t->not_certified && !t->undetermined)
        return;
    pf(R, "<li class=\"warn\">");
    if (t->not_certified)
        pf(R, _("%s đơn vị chưa đạt, nêu rõ tiêu chí và số liệu (mục %d)"),
           fmt_int(R, t->not_certified, a, sizeof a), R->sec_failed);
    if (t->not_certified && t->undetermined)
        put(R, "; ");
    if (t->undetermined)
        pf(R, _("%s đơn vị chưa xác định do thiếu dữ liệu (mục %d)"),
           fmt_int(R, t->undetermined, a, sizeof a), R->sec_undetermined);
    put(R, ".</li>\n");
}

/* The first screen: one sentence per question. */
static void findings(rpt *R)
{
    put(R, "<section id=\"findings\">\n<h2>");
    put(R, _("Kết quả chính"));
    put(R, "</h2>\n<ul class=\"findings\">\n");
    finding_units(R);
    finding_communes(R);
    if (R->sc) {
        finding_plan(R);
        finding_tasks(R);
    }
    finding_units_to_act(R);
    put(R, "</ul>\n</section>\n");
}

/* ==== HORIZONTAL BAR CHARTS ================================================
 * One drawing routine for every chart: a row per item with its words, a bar
 * (a share, 0–100%) on a grey track, the figure at its end, and optionally a
 * hatched part (undetermined members), a thin bar for the previous year, a
 * threshold line or a required level per row. Each chart is written twice:
 * "wide" (760 units; the words left of the bars unless they are long) and
 * "narrow" (360 units, the words above the bars) for a phone, where one SVG
 * unit is about one CSS pixel so that no text is smaller than 12 px. */

typedef struct hbar {
    char *label;       /* the row's words (owned) */
    char *title;       /* hover text: the full wording and the reason (owned) */
    char *value;       /* the figure written after the bar (owned) */
    char *note;        /* a second, muted figure such as "8/10" (owned, may be NULL) */
    const char *cls;   /* colour: ok, bad, near (amber), now */
    const char *none;  /* written instead of a bar when pm < 0 */
    long pm;           /* bar length in tenths of a percent, -1: no bar */
    long hatch_pm;     /* hatched part after the bar, tenths of a percent */
    long prev_pm;      /* the previous year as a thin bar under it, -1: none */
    long req_pm;       /* this row's required level as a tick, -1: none */
} hbar;

typedef struct hchart {
    const char *id;        /* id of the wide drawing; the narrow one adds "-narrow" */
    char *title;           /* the chart's <title> (owned) */
    long thr_pm;           /* one threshold line across every row, -1: none */
    char *thr_label;       /* its label (owned) */
    int labels_above;      /* 1: words above the bars on wide pages too (long wordings) */
} hchart;

static void hbar_free(hbar *rows, size_t n)
{
    for (size_t i = 0; rows && i < n; i++) {
        free(rows[i].label);
        free(rows[i].title);
        free(rows[i].value);
        free(rows[i].note);
    }
    free(rows);
}

/* Break s into at most max_lines lines of at most width code points, at
 * spaces; an ellipsis marks a cut. Writes the line starts and lengths (bytes). */
static int wrap_lines(const char *s, size_t width, int max_lines, const char **start, size_t *len)
{
    int n = 0;
    const char *p = s ? s : "";
    while (*p && n < max_lines) {
        while (*p == ' ')
            p++;
        const char *line = p, *brk = NULL, *q = p;
        size_t chars = 0;
        while (*q && chars < width) {
            if (*q == ' ')
                brk = q;
            q++;
            while (((unsigned char)*q & 0xC0) == 0x80)
                q++;
            chars++;
        }
        if (!*q || *q == ' ')
            brk = q;
        if (!brk || brk == line)
            brk = q;
        start[n] = line;
        len[n] = (size_t)(brk - line);
        n++;
        p = brk;
    }
    return *p && n == max_lines ? -n : n;
}

/* Write a label as <text> with one <tspan> per line; returns the lines used. */
static int svg_wrapped(rpt *R, const char *s, int x, int y, int width_px, int max_lines, const char *anchor)
{
    const char *start[8];
    size_t len[8];
    size_t width = (size_t)(width_px * 10 / 72);
    int n = wrap_lines(s, width ? width : 1, max_lines < 8 ? max_lines : 8, start, len);
    int cut = n < 0;
    if (cut)
        n = -n;
    pf(R, "<text x=\"%d\" y=\"%d\"%s%s%s>", x, y, anchor ? " text-anchor=\"" : "", anchor ? anchor : "", anchor ? "\"" : "");
    for (int i = 0; i < n; i++) {
        char *line = malloc(len[i] + 1);
        if (!line) {
            R->oom = 1;
            break;
        }
        memcpy(line, start[i], len[i]);
        line[len[i]] = '\0';
        pf(R, "<tspan x=\"%d\"%s>", x, i ? " dy=\"16\"" : "");
        esc(R, line);
        put(R, cut && i == n - 1 ? "…</tspan>" : "</tspan>");
        free(line);
    }
    put(R, "</text>");
    return n ? n : 1;
}

static void draw_hbars(rpt *R, const hchart *c, const hbar *rows, size_t n, int narrow)
{
    const int VW = narrow ? 360 : 760, above = narrow || c->labels_above;
    int has_prev = 0, has_note = 0;
    size_t longest = 6;
    for (size_t i = 0; i < n; i++) {
        has_prev |= rows[i].prev_pm >= 0;
        has_note |= rows[i].note != NULL;
        size_t l = utf8_chars(rows[i].label);
        longest = l > longest ? l : longest;
    }
    /* columns: [words] bar [figure [note]] */
    int label_w = above ? 0 : (int)(longest < 30 ? longest : 30) * 72 / 10 + 14;
    int value_w = narrow ? 60 : has_note ? 176 : 72;
    int x0 = above ? 0 : label_w, bw = VW - x0 - value_w;
    const int BAR = above ? 16 : 18, PREV = 7, top = c->thr_pm >= 0 ? 26 : 6;
    /* first pass for the height: rows above the bars take as many lines as their words */
    int y = top;
    int *row_y = malloc((n ? n : 1) * sizeof *row_y);
    int *lines = malloc((n ? n : 1) * sizeof *lines);
    if (!row_y || !lines) {
        free(row_y);
        free(lines);
        R->oom = 1;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        const char *st[8];
        size_t ln[8];
        int words_w = VW - (narrow && rows[i].note ? 78 : 0);
        int k = above ? wrap_lines(rows[i].label, (size_t)(words_w * 10 / 72), narrow ? 4 : 3, st, ln) : 1;
        lines[i] = k < 0 ? -k : k ? k : 1;
        row_y[i] = y;
        y += (above ? 16 * lines[i] + 4 : 0) + BAR + (has_prev ? PREV + 2 : 0) + (above ? 14 : 12);
    }
    const int plot_bottom = y - 4, H = plot_bottom + 22;
    pf(R, "<svg class=\"chart %s\" id=\"%s%s\" role=\"img\" aria-labelledby=\"%s%s-title\" viewBox=\"0 0 %d %d\" "
          "width=\"%d\" height=\"%d\" xmlns=\"http://www.w3.org/2000/svg\">\n<title id=\"%s%s-title\">",
       narrow ? "narrow" : "wide", c->id, narrow ? "-narrow" : "", c->id, narrow ? "-narrow" : "", VW, H, VW, H, c->id,
       narrow ? "-narrow" : "");
    esc(R, c->title);
    put(R, "</title>\n<defs><pattern id=\"");
    pf(R, "%s%s-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
          "<rect width=\"6\" height=\"6\" fill=\"#f1e2b8\"/><rect width=\"2\" height=\"6\" fill=\"#c99a2e\"/></pattern></defs>\n",
       c->id, narrow ? "-narrow" : "");
    for (int p = 0; p <= 100; p += 25) {
        int x = x0 + bw * p / 100;
        if (!above)
            pf(R, "<line class=\"grid\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", x, top - 4, x, plot_bottom);
        pf(R, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"%s\">%d%%</text>", x, plot_bottom + 16,
           p == 0 && above ? "start" : p == 100 && above ? "end" : "middle", p);
    }
    put(R, "\n");
    for (size_t i = 0; i < n; i++) {
        const hbar *r = &rows[i];
        int ry = row_y[i];
        int by = above ? ry + 16 * lines[i] + 2 : ry;
        int ty = by + BAR / 2 + 5;
        put(R, "<g class=\"row\"><title>");
        esc(R, r->title);
        put(R, "</title>");
        if (above) {
            svg_wrapped(R, r->label, 0, ry + 12, VW - (narrow && r->note ? 78 : 0), narrow ? 4 : 3, NULL);
            if (narrow && r->note) {
                pf(R, "<text class=\"frac\" x=\"%d\" y=\"%d\" text-anchor=\"end\">", VW, ry + 12);
                esc(R, r->note);
                put(R, "</text>");
            }
        } else {
            pf(R, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">", x0 - 10, ty);
            esc_max(R, r->label, 30);
            put(R, "</text>");
        }
        pf(R, "<rect class=\"track\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>", x0, by, bw, BAR);
        if (r->pm < 0) {
            pf(R, "<text class=\"none\" x=\"%d\" y=\"%d\">", x0 + 8, ty);
            esc(R, r->none);
            put(R, "</text></g>\n");
            continue;
        }
        long pm = r->pm > 1000 ? 1000 : r->pm;
        int wc = (int)((long)bw * pm / 1000);
        int wu = (int)((long)bw * (pm + r->hatch_pm > 1000 ? 1000 : pm + r->hatch_pm) / 1000) - wc;
        if (wc > 0)
            pf(R, "<rect class=\"%s\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>", r->cls, x0, by, wc, BAR);
        if (wu > 0)
            pf(R, "<rect fill=\"url(#%s%s-hatch)\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>", c->id,
               narrow ? "-narrow" : "", x0 + wc, by, wu, BAR);
        if (r->prev_pm >= 0)
            pf(R, "<rect class=\"prev\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\"/>", x0, by + BAR + 2,
               (int)((long)bw * (r->prev_pm > 1000 ? 1000 : r->prev_pm) / 1000), PREV);
        if (r->req_pm >= 0 && r->req_pm <= 1000) {
            int xr = x0 + (int)((long)bw * r->req_pm / 1000);
            pf(R, "<line class=\"req\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", xr, xr, by - 4, by + BAR + 4);
        }
        if (c->thr_pm >= 0 && above) {
            int xt = x0 + (int)((long)bw * c->thr_pm / 1000);
            pf(R, "<line class=\"thr\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", xt, xt, by - 3, by + BAR + 3);
        }
        pf(R, "<text class=\"val\" x=\"%d\" y=\"%d\">", x0 + bw + 8, ty);
        esc(R, r->value);
        put(R, "</text>");
        if (r->note && !narrow) {
            pf(R, "<text class=\"frac\" x=\"%d\" y=\"%d\">", x0 + bw + 74, ty);
            esc(R, r->note);
            put(R, "</text>");
        }
        put(R, "</g>\n");
    }
    if (c->thr_pm >= 0) {
        int xt = x0 + (int)((long)bw * c->thr_pm / 1000);
        if (!above)
            pf(R, "<line class=\"thr\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>", xt, top - 10, xt, plot_bottom);
        pf(R, "<text class=\"thr-label\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">", xt, top - 12);
        esc(R, c->thr_label);
        put(R, "</text>");
    }
    put(R, "\n</svg>\n");
    free(row_y);
    free(lines);
}

/* The chart in both drawings; frees the rows and the chart's strings. */
static void hchart_write(rpt *R, hchart *c, hbar *rows, size_t n)
{
    if (!R->oom) {
        draw_hbars(R, c, rows, n, 0);
        draw_hbars(R, c, rows, n, 1);
    }
    hbar_free(rows, n);
    free(c->title);
    free(c->thr_label);
}

/* ==== COMMUNES ============================================================= */

static int verdict_rank(int v)
{
    return v == ANTQ_VERDICT_NOT_CERTIFIED ? 0 : v == ANTQ_VERDICT_UNDETERMINED ? 1 : v == ANTQ_VERDICT_CERTIFIED ? 2 : 3;
}

/* Failing communes first, then undetermined, then certified; within each by
 * share, lowest first; communes without a pool last in their group. */
static int cmp_rows(const void *pa, const void *pb)
{
    const commune_row *a = *(const commune_row *const *)pa, *b = *(const commune_row *const *)pb;
    int ra = verdict_rank(a->g->verdict), rb = verdict_rank(b->g->verdict);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    if (a->pm != b->pm)
        return a->pm < 0 ? 1 : b->pm < 0 ? -1 : a->pm < b->pm ? -1 : 1;
    return strcmp(group_name(a->g), group_name(b->g));
}

static const char *verdict_class(int v)
{
    return v == ANTQ_VERDICT_CERTIFIED ? "ok" : v == ANTQ_VERDICT_NOT_CERTIFIED ? "bad" : "near";
}

/* Why a commune has its verdict, as text: the criteria it failed (or could
 * not be decided for want of evidence). New string; NULL when out of memory. */
static char *commune_reason(rpt *R, const commune_row *row)
{
    int v = row->g->verdict;
    const antq_result *res = antq_evaluation_result(R->ev, row->g->unit_index);
    int want = v == ANTQ_VERDICT_NOT_CERTIFIED ? ANTQ_OUTCOME_FAIL : ANTQ_OUTCOME_UNKNOWN;
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    if (!m) {
        R->oom = 1;
        return NULL;
    }
    if (v == ANTQ_VERDICT_CERTIFIED)
        fputs(_("Đạt tiêu chuẩn"), m);
    else if (v == ANTQ_VERDICT_NOT_ELIGIBLE)
        fputs(_("Ngoài phạm vi xét công nhận"), m);
    else {
        fputs(v == ANTQ_VERDICT_NOT_CERTIFIED ? _("Chưa đạt, không đáp ứng tiêu chí: ")
                                              : _("Chưa xác định, thiếu dữ liệu cho tiêu chí: "),
              m);
        int k = 0;
        for (size_t c = 0; res && c < antq_result_check_count(res); c++) {
            const antq_check *ch = antq_result_check(res, c);
            if (ch->outcome != want || ch->criterion->role == ANTQ_CRITERION_PROCEDURE)
                continue; /* a procedural irregularity is no reason for the verdict */
            fprintf(m, "%s%s (%s)", k++ ? "; " : "", R->en ? ch->criterion->text_en : ch->criterion->text_vi,
                    ch->criterion->id);
        }
    }
    if (fclose(m) != 0 || !text) {
        free(text);
        R->oom = 1;
        return NULL;
    }
    return text;
}

/* A bar per commune, coloured by the commune's own verdict. */
static void commune_bar(rpt *R, const commune_row *row, hbar *b)
{
    char a[NUMBUF], c[NUMBUF], d[NUMBUF];
    memset(b, 0, sizeof *b);
    b->label = textf(R, "%s", group_name(row->g));
    b->cls = verdict_class(row->g->verdict);
    b->none = _("không có đơn vị thuộc diện xét");
    b->pm = row->pool > 0 ? row->pm : -1;
    b->hatch_pm = row->pool > 0 ? share_tenths(row->certified + row->undetermined, row->pool, 0, 0) - row->pm : 0;
    b->prev_pm = b->req_pm = -1;
    b->value = textf(R, "%s", fmt_pm(R, row->pm, a, sizeof a));
    if (row->pool > 0)
        b->note = textf(R, "%s/%s", fmt_int(R, row->certified, a, sizeof a), fmt_int(R, row->pool, c, sizeof c));
    char *why = commune_reason(R, row);
    if (row->pool > 0)
        b->title = textf(R, _("%s — %s. Đơn vị thuộc phạm vi quản lý đạt: %s/%s (%s)%s"),
                         group_name(row->g), why ? why : "", fmt_int(R, row->certified, a, sizeof a),
                         fmt_int(R, row->pool, c, sizeof c), fmt_pm(R, row->pm, d, sizeof d),
                         row->undetermined ? _(", có đơn vị chưa xác định") : "");
    else
        b->title = textf(R, "%s — %s", group_name(row->g), why ? why : "");
    free(why);
}

static void communes_legend(rpt *R)
{
    char thr[NUMBUF];
    snprintf(thr, sizeof thr, "%s", R->thr_text);
    put(R, "<ul class=\"legend\">");
    pf(R, "<li><span class=\"sw ok\"></span>%s</li>", _("Xã đạt tiêu chuẩn"));
    pf(R, "<li><span class=\"sw bad\"></span>%s</li>", _("Xã chưa đạt (dù tỷ lệ cao)"));
    pf(R, "<li><span class=\"sw near\"></span>%s</li>", _("Xã chưa xác định (thiếu dữ liệu)"));
    pf(R, "<li><span class=\"sw hatch\"></span>%s</li>", _("Đơn vị thành viên chưa xác định"));
    pf(R, "<li><span class=\"sw line\"></span>");
    pf(R, _("Ngưỡng %s ("), thr);
    put_citation(R, &R->thr->citation);
    put(R, ")</li></ul>\n");
}

/* The best first: highest share, then by name. */
static int cmp_best(const void *pa, const void *pb)
{
    const commune_row *a = *(const commune_row *const *)pa, *b = *(const commune_row *const *)pb;
    if (a->pm != b->pm)
        return a->pm > b->pm ? -1 : 1;
    return strcmp(group_name(a->g), group_name(b->g));
}

/* A chart of the communes order[from .. from+n), in that order, or with the
 * best first; with the legend under it (kept together in print) if asked. */
static void chart_communes(rpt *R, const char *id, const char *heading, size_t from, size_t n, int best, int legend)
{
    char thr[NUMBUF];
    snprintf(thr, sizeof thr, "%s", R->thr_text);
    hbar *rows = calloc(n ? n : 1, sizeof *rows);
    if (!rows) {
        R->oom = 1;
        return;
    }
    const commune_row **pick = malloc((n ? n : 1) * sizeof *pick);
    if (!pick) {
        free(rows);
        R->oom = 1;
        return;
    }
    memcpy(pick, R->order + from, n * sizeof *pick);
    if (best)
        qsort(pick, n, sizeof *pick, cmp_best);
    for (size_t i = 0; i < n; i++)
        commune_bar(R, pick[i], &rows[i]);
    free(pick);
    if (heading) {
        put(R, "<h3>");
        put(R, heading);
        put(R, "</h3>\n");
    }
    hchart c = {id, NULL, R->thr_pm, NULL, 0};
    c.title = textf(R, _("Tỷ lệ đơn vị thuộc phạm vi quản lý được công nhận, theo xã, phường, năm %d; ngưỡng %s; màu theo kết quả của xã"),
                    R->year, thr);
    c.thr_label = textf(R, _("Ngưỡng %s"), thr);
    put(R, "<figure>\n");
    hchart_write(R, &c, rows, n);
    if (legend)
        communes_legend(R);
    put(R, "</figure>\n");
}


static void table_communes(rpt *R)
{
    char a[NUMBUF], b[NUMBUF];
    int prev = R->prev;
    put(R, "<h3>");
    pf(R, _("Tất cả %s xã, phường"), fmt_int(R, (long)R->st->n_communes, a, sizeof a));
    put(R, "</h3>\n<div class=\"table-wrap\"><table id=\"communes-table\" class=\"stack\">\n<colgroup><col class=\"c-name\">"
           "<col class=\"c-why\"><col class=\"c-pool\"><col class=\"c-share\">");
    put(R, prev ? "<col class=\"c-prev\"><col class=\"c-delta\"></colgroup><thead><tr>" : "</colgroup><thead><tr>");
    pf(R, "<th>%s</th><th>%s</th><th class=\"num\">%s</th><th class=\"num\">%s</th>", _("Xã, phường"),
       _("Kết quả và lý do"), _("Đơn vị đạt / diện xét"), _("Tỷ lệ"));
    if (prev)
        pf(R, "<th class=\"num\">%s %d</th><th class=\"num\">%s</th>", _("Tỷ lệ"), R->year - 1,
           _("Thay đổi (điểm %)"));
    put(R, "</tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < R->st->n_communes; i++) {
        const commune_row *row = R->order[i];
        put(R, "<tr><td><span class=\"unit-name\">");
        esc(R, group_name(row->g));
        put(R, "</span><br><span class=\"id muted\">");
        esc(R, row->g->id);
        put(R, "</span></td><td>");
        put_verdict_badge(R, row->g->verdict);
        int v = row->g->verdict;
        if (v == ANTQ_VERDICT_NOT_CERTIFIED || v == ANTQ_VERDICT_UNDETERMINED) {
            const antq_result *res = antq_evaluation_result(R->ev, row->g->unit_index);
            int want = v == ANTQ_VERDICT_NOT_CERTIFIED ? ANTQ_OUTCOME_FAIL : ANTQ_OUTCOME_UNKNOWN;
            pf(R, "<ul class=\"reasons%s\">", want == ANTQ_OUTCOME_UNKNOWN ? " unknown" : "");
            for (size_t c = 0; res && c < antq_result_check_count(res); c++) {
                const antq_check *ch = antq_result_check(res, c);
                if (ch->outcome != want || ch->criterion->role == ANTQ_CRITERION_PROCEDURE)
                    continue;
                put(R, "<li>");
                esc_max(R, R->en ? ch->criterion->text_en : ch->criterion->text_vi, 120);
                put(R, " <span class=\"small muted\">(");
                put_citation(R, &ch->criterion->citation);
                put(R, ")</span></li>");
            }
            put(R, "</ul>");
        }
        put(R, "</td><td class=\"num\">");
        if (row->pool > 0) {
            pf(R, "%s / %s", fmt_int(R, row->certified, a, sizeof a), fmt_int(R, row->pool, b, sizeof b));
            if (row->undetermined) {
                pf(R, "<br><span class=\"small muted\">");
                pf(R, _("%s chưa xác định"), fmt_int(R, row->undetermined, a, sizeof a));
                put(R, "</span>");
            }
            if (row->uncertain) {
                pf(R, "<br><span class=\"small muted\">");
                pf(R, _("+%s chưa rõ có thuộc diện xét"), fmt_int(R, row->uncertain, a, sizeof a));
                put(R, "</span>");
            }
        } else {
            put(R, "<span class=\"muted\">—</span>");
        }
        pf(R, "</td><td class=\"num\"><span class=\"share %s\">%s</span></td>",
           row->meets == 0 ? "bad" : row->g->verdict == ANTQ_VERDICT_CERTIFIED ? "ok" : "", fmt_pm(R, row->pm, a, sizeof a));
        if (prev) {
            pf(R, "<td class=\"num\">%s</td><td class=\"num\">", fmt_pm(R, row->prev_pm, b, sizeof b));
            put_delta_span(R, row->pm, row->prev_pm);
            put(R, "</td>");
        }
        put(R, "</tr>\n");
    }
    put(R, "</tbody>\n</table></div>\n");
}

/* The communes: a chart (all of them, or the worst and the best when there
 * are many) coloured by each commune's own verdict, then every commune in a
 * table with the reason. */
static void section_communes(rpt *R)
{
    char thr[NUMBUF], a[NUMBUF];
    const size_t n = R->st->n_communes;
    snprintf(thr, sizeof thr, "%s", R->thr_text);
    section_open(R, "communes", "%s", _("Kết quả từng xã, phường"));
    put(R, "<p class=\"intro\">");
    pf(R, _("Thanh: tỷ lệ khu dân cư, cơ quan, doanh nghiệp, cơ sở giáo dục thuộc phạm vi quản lý của xã được công nhận; "
             "xã đạt tiêu chí này khi tỷ lệ từ %s trở lên ("),
       thr);
    put_citation(R, &R->thr->citation);
    put(R, _("). Màu theo kết quả của chính xã: một xã chưa đạt tiêu chí khác vẫn tô đỏ dù tỷ lệ cao. "
              "Xã chưa đạt xếp trước; lý do ở bảng dưới và khi rê chuột lên thanh."));
    put(R, "</p>\n");
    if (!n) {
        pf(R, "<p class=\"empty\">%s</p>\n</section>\n", _("Dữ liệu không có xã, phường nào."));
        return;
    }
    if (n <= CHART_ALL_MAX) {
        chart_communes(R, "chart-communes", NULL, 0, n, 0, 1);
    } else {
        char *h = textf(R, _("%s xã, phường có kết quả kém nhất"),
                        fmt_int(R, CHART_EACH, a, sizeof a));
        chart_communes(R, "chart-communes", h, 0, CHART_EACH, 0, 0);
        free(h);
        h = textf(R, _("%s xã, phường có tỷ lệ cao nhất"),
                  fmt_int(R, CHART_EACH, a, sizeof a));
        chart_communes(R, "chart-communes-best", h, n - CHART_EACH, CHART_EACH, 1, 1);
        free(h);
    }
    table_communes(R);
    put(R, "</section>\n");
}

/* ==== UNIT KINDS =========================================================== */

static void section_kinds(rpt *R)
{
    char a[NUMBUF], b[NUMBUF], c[NUMBUF], d[NUMBUF];
    const cli_tally *now = R->st->total.by_kind;
    int prev = R->prev;
    section_open(R, "kinds", "%s", _("Tỷ lệ đạt theo loại đơn vị"));
    put(R, "<p class=\"intro\">");
    if (prev)
        pf(R, _("Số đơn vị đạt trên số đơn vị thuộc diện xét, năm %d (thanh đậm) so với năm %d (thanh mảnh)."),
           R->year, R->year - 1);
    else
        pf(R, _("Số đơn vị đạt trên số đơn vị thuộc diện xét, năm %d. Dữ liệu không có năm %d để so sánh."),
           R->year, R->year - 1);
    put(R, "</p>\n");
    hbar *rows = calloc(ANTQ_KIND_COUNT, sizeof *rows);
    if (!rows) {
        R->oom = 1;
        return;
    }
    size_t n = 0;
    for (int k = 1; k < ANTQ_KIND_COUNT; k++, n++) {
        hbar *r = &rows[n];
        long pm = share_tenths(now[k].certified, now[k].eligible, 0, 0);
        long ppm = prev ? share_tenths(R->st->prev_by_kind[k].certified, R->st->prev_by_kind[k].eligible, 0, 0) : -1;
        r->label = textf(R, "%s", kind_plural(k));
        r->cls = "now";
        r->none = _("không có đơn vị thuộc diện xét");
        r->pm = pm;
        r->prev_pm = ppm;
        r->req_pm = -1;
        r->value = textf(R, "%s", fmt_pm(R, pm, a, sizeof a));
        r->note = textf(R, _("%s/%s đạt"), fmt_int(R, now[k].certified, b, sizeof b),
                        fmt_int(R, now[k].eligible, c, sizeof c));
        if (prev)
            r->title = textf(R, _("%s: %s năm %d (%s/%s), %s năm %d"), kind_plural(k),
                             fmt_pm(R, pm, a, sizeof a), R->year, fmt_int(R, now[k].certified, b, sizeof b),
                             fmt_int(R, now[k].eligible, c, sizeof c), fmt_pm(R, ppm, d, sizeof d), R->year - 1);
        else
            r->title = textf(R, _("%s: %s năm %d (%s/%s)"), kind_plural(k),
                             fmt_pm(R, pm, a, sizeof a), R->year, fmt_int(R, now[k].certified, b, sizeof b),
                             fmt_int(R, now[k].eligible, c, sizeof c));
    }
    hchart ch = {"chart-kinds", NULL, -1, NULL, 0};
    ch.title = prev ? textf(R, _("Tỷ lệ đạt theo loại đơn vị, năm %d và năm %d"),
                            R->year, R->year - 1)
                    : textf(R, _("Tỷ lệ đạt theo loại đơn vị, năm %d"), R->year);
    put(R, "<figure>\n");
    hchart_write(R, &ch, rows, n);
    put(R, "<ul class=\"legend\">");
    pf(R, "<li><span class=\"sw now\"></span>%s %d</li>", _("Năm"), R->year);
    if (prev)
        pf(R, "<li><span class=\"sw prev\"></span>%s %d</li>", _("Năm"), R->year - 1);
    put(R, "</ul>\n</figure>\n");

    /* the same figures as a table, with the change per kind */
    put(R, "<div class=\"table-wrap\"><table id=\"kinds-table\">\n<thead><tr>");
    pf(R, "<th>%s</th><th class=\"num\">%s</th><th class=\"num\">%s</th><th class=\"num\">%s</th><th class=\"num\">%s</th>"
          "<th class=\"num\">%s</th><th class=\"num\">%s %d</th>",
       _("Loại đơn vị"), _("Đơn vị"), _("Diện xét"), _("Đạt"),
       _("Chưa đạt"), _("Chưa xác định"), _("Tỷ lệ"), R->year);
    if (prev)
        pf(R, "<th class=\"num\">%s %d</th><th class=\"num\">%s</th>", _("Tỷ lệ"), R->year - 1,
           _("Thay đổi (điểm %)"));
    put(R, "</tr></thead>\n<tbody>\n");
    for (int k = 1; k <= ANTQ_KIND_COUNT; k++) {
        const cli_tally *t = k < ANTQ_KIND_COUNT ? &now[k] : &R->st->total.all;
        const cli_tally *pt = k < ANTQ_KIND_COUNT ? &R->st->prev_by_kind[k] : R->st->total.has_prev ? &R->st->total.prev : NULL;
        char u[NUMBUF], e[NUMBUF], cc[NUMBUF], nc[NUMBUF], ud[NUMBUF];
        if (k == ANTQ_KIND_COUNT)
            put(R, "</tbody>\n<tfoot>");
        long pm = share_tenths(t->certified, t->eligible, 0, 0);
        pf(R, "<tr><td>%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\">%s</td>"
              "<td class=\"num\">%s</td><td class=\"num\">%s</td><td class=\"num\"><strong>%s</strong></td>",
           k < ANTQ_KIND_COUNT ? kind_plural(k) : _("Tổng cộng"), fmt_int(R, t->units, u, sizeof u),
           fmt_int(R, t->eligible, e, sizeof e), fmt_int(R, t->certified, cc, sizeof cc),
           fmt_int(R, t->not_certified, nc, sizeof nc), fmt_int(R, t->undetermined, ud, sizeof ud), fmt_pm(R, pm, a, sizeof a));
        if (prev) {
            long ppm = pt ? share_tenths(pt->certified, pt->eligible, 0, 0) : -1;
            pf(R, "<td class=\"num\">%s</td><td class=\"num\">", fmt_pm(R, ppm, b, sizeof b));
            put_delta_span(R, pm, ppm);
            put(R, "</td>");
        }
        put(R, "</tr>\n");
    }
    put(R, "</tfoot>\n</table></div>\n</section>\n");
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

/* The place in st->communes of unit i's commune (the unit itself for a commune, its parent's for a member
 * under a commune, its parent's commune for a member under a member listed before it), NONE if none. */
static size_t commune_of(const rpt *R, size_t i)
{
    for (;;) {
        if (antq_pipeline_unit_kind(R->p, i) == ANTQ_KIND_COMMUNE)
            return cli_map_get(&R->st->commune_ids, antq_pipeline_unit_id(R->p, i));
        const char *parent = antq_pipeline_unit_parent(R->p, i);
        size_t p = parent ? antq_pipeline_unit_find(R->p, parent) : NONE;
        if (p == NONE || (p > i && antq_pipeline_unit_kind(R->p, p) != ANTQ_KIND_COMMUNE))
            return NONE;
        i = p;
    }
}

/* The units with that verdict, read without building the results of units kept as verdicts
 * (antq_evaluation_verdict()), counted first: room for them only. */
static unit_key *units_with_verdict(rpt *R, int verdict, size_t *count)
{
    size_t n = antq_pipeline_unit_count(R->p), k = 0;
    for (size_t i = 0; i < n; i++)
        k += antq_evaluation_verdict(R->ev, i) == verdict;
    unit_key *keys = malloc((k ? k : 1) * sizeof *keys);
    if (!keys) {
        R->oom = 1;
        *count = 0;
        return NULL;
    }
    k = 0;
    for (size_t i = 0; i < n; i++) {
        if (antq_evaluation_verdict(R->ev, i) != verdict)
            continue;
        keys[k].commune = commune_of(R, i);
        keys[k].index = i;
        keys[k].is_member = antq_pipeline_unit_kind(R->p, i) != ANTQ_KIND_COMMUNE;
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
        put(R, _("Không thuộc xã, phường nào"));
    else
        esc(R, group_name(&R->st->communes[commune]));
    put(R, "</td></tr>\n");
}

/* A unit listed (not certified, undetermined): its id and kind from the pipeline's index, its name from its
 * result, kept whole (antq_pipeline_keep_results()). */
static void unit_cell(rpt *R, size_t i, int rowspan)
{
    const char *id = antq_pipeline_unit_id(R->p, i);
    const char *name = antq_result_unit_name(antq_evaluation_result(R->ev, i));
    pf(R, "<td class=\"unit\" rowspan=\"%d\"><span class=\"unit-name\">", rowspan);
    esc(R, name && *name ? name : id);
    put(R, "</span><br><span class=\"small muted\">");
    esc(R, antq_unit_kind_label(antq_pipeline_unit_kind(R->p, i), R->lang));
    put(R, " · <span class=\"id\">");
    esc(R, id);
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

typedef struct crit_count {
    const antq_criterion *c;
    long units;
} crit_count;

static int cmp_crit_counts(const void *pa, const void *pb)
{
    const crit_count *a = pa, *b = pb;
    if (a->units != b->units)
        return a->units > b->units ? -1 : 1;
    return strcmp(a->c->id, b->c->id);
}

/* Each criterion failed, once, with its wording and how many units failed it
 * (most first): the rows below then name the criterion only. */
static void failed_criteria(rpt *R, const unit_key *keys, size_t k)
{
    size_t n = 0, cap = 16;
    crit_count *cc = malloc(cap * sizeof *cc);
    char a[NUMBUF];
    for (size_t j = 0; cc && j < k; j++) {
        const antq_result *res = antq_evaluation_result(R->ev, keys[j].index);
        for (size_t c = 0; cc && c < antq_result_check_count(res); c++) {
            const antq_check *ch = antq_result_check(res, c);
            if (ch->outcome != ANTQ_OUTCOME_FAIL || ch->criterion->role == ANTQ_CRITERION_PROCEDURE)
                continue;
            size_t q = 0;
            while (q < n && cc[q].c != ch->criterion)
                q++;
            if (q == n) {
                if (n == cap) {
                    crit_count *more = realloc(cc, 2 * cap * sizeof *cc);
                    if (!more) {
                        free(cc);
                        cc = NULL;
                        break;
                    }
                    cc = more;
                    cap *= 2;
                }
                cc[n].c = ch->criterion;
                cc[n++].units = 0;
            }
            cc[q].units++;
        }
    }
    if (!cc) {
        R->oom = 1;
        return;
    }
    qsort(cc, n, sizeof *cc, cmp_crit_counts);
    put(R, "<div class=\"table-wrap\"><table id=\"failed-criteria\" class=\"stack\">\n<colgroup><col class=\"c-crit\">"
           "<col class=\"c-facts\"><col class=\"c-count\"></colgroup><thead><tr>");
    pf(R, "<th>%s</th><th>%s</th><th class=\"num\">%s</th>", _("Tiêu chí"), _("Yêu cầu"),
       _("Số đơn vị không đạt"));
    put(R, "</tr></thead>\n<tbody>\n");
    for (size_t q = 0; q < n; q++) {
        put(R, "<tr>");
        criterion_cell(R, cc[q].c);
        put(R, "<td>");
        esc(R, R->en ? cc[q].c->text_en : cc[q].c->text_vi);
        pf(R, "</td><td class=\"num\"><strong>%s</strong></td></tr>\n", fmt_int(R, cc[q].units, a, sizeof a));
    }
    put(R, "</tbody>\n</table></div>\n");
    free(cc);
}

static void failed_units(rpt *R)
{
    size_t k;
    unit_key *keys = units_with_verdict(R, ANTQ_VERDICT_NOT_CERTIFIED, &k);
    char a[NUMBUF];
    section_start(R, "failed");
    pf(R, _("Đơn vị chưa đạt và lý do (%s)"), fmt_int(R, (long)k, a, sizeof a));
    put(R, "</h2>\n<p class=\"intro\">");
    put(R, _("Các tiêu chí không đạt (mỗi tiêu chí một lần, nhiều đơn vị nhất trước), rồi từng đơn vị theo xã, phường: "
              "tiêu chí, căn cứ pháp lý và số liệu đã so sánh."));
    put(R, "</p>\n");
    if (!k) {
        pf(R, "<p class=\"empty\">%s</p>\n</section>\n",
           _("Không có đơn vị nào chưa đạt tiêu chuẩn."));
        free(keys);
        return;
    }
    failed_criteria(R, keys, k);
    put(R, "<h3>");
    put(R, _("Từng đơn vị"));
    put(R, "</h3>\n");
    put(R, "<div class=\"table-wrap\"><table id=\"failed-units\" class=\"failed-units stack\">\n<colgroup><col class=\"c-unit\">"
           "<col class=\"c-crit\"><col class=\"c-facts\"></colgroup><thead><tr>");
    pf(R, "<th>%s</th><th>%s</th><th>%s</th>", _("Đơn vị"), _("Tiêu chí không đạt"),
       _("Số liệu"));
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
            const antq_check *ch = antq_result_check(res, c);
            if (ch->criterion->role == ANTQ_CRITERION_PROCEDURE)
                continue; /* procedure (Art. 9–10) never stands between a unit and the standard */
            fails += ch->outcome == ANTQ_OUTCOME_FAIL;
            unknown += ch->outcome == ANTQ_OUTCOME_UNKNOWN;
        }
        int first = 1;
        for (size_t c = 0; c < antq_result_check_count(res); c++) {
            const antq_check *ch = antq_result_check(res, c);
            if (ch->outcome != ANTQ_OUTCOME_FAIL || ch->criterion->role == ANTQ_CRITERION_PROCEDURE)
                continue;
            put(R, "<tr>");
            if (first) {
                unit_cell(R, i, fails ? fails : 1);
                if (unknown) {
                    /* criteria that could not be decided either: name the evidence */
                    put(R, "<br><span class=\"small muted\">");
                    put(R, _("Còn thiếu dữ liệu:"));
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
            put(R, "<td><ul class=\"facts\">");
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
    char a[NUMBUF];
    section_start(R, "undetermined");
    pf(R, _("Đơn vị chưa xác định do thiếu dữ liệu (%s)"),
       fmt_int(R, (long)k, a, sizeof a));
    put(R, "</h2>\n<p class=\"intro\">");
    put(R, _("Không có tiêu chí nào bị vi phạm, nhưng chưa đủ dữ liệu để công nhận. Cần bổ sung các trường dữ liệu nêu dưới đây."));
    put(R, "</p>\n");
    if (!k) {
        pf(R, "<p class=\"empty\">%s</p>\n</section>\n",
           _("Không có đơn vị nào thiếu dữ liệu."));
        free(keys);
        return;
    }
    put(R, "<div class=\"table-wrap\"><table id=\"undetermined-units\" class=\"stack\">\n<colgroup><col class=\"c-unit\">"
           "<col class=\"c-crit\"><col class=\"c-facts\"></colgroup><thead><tr>");
    pf(R, "<th>%s</th><th>%s</th><th>%s</th>", _("Đơn vị"), _("Tiêu chí chưa xác định"),
       _("Dữ liệu còn thiếu"));
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
 * Only when a campaign is given, right after the key results: the plan's
 * targets (chỉ tiêu) set against the results, as the library's scorecard
 * measured them (never recomputed here), with a bar per share target labelled
 * with its wording and a tick at its required level; then the tasks. */

/* What a target counts, in words ("đơn vị", "hộ", "xã"). */
static const char *metric_unit(int metric)
{
    switch (metric) {
    case ANTQ_METRIC_HOUSEHOLDS_REGISTERED: return _("hộ");
    case ANTQ_METRIC_POINT_SITES: return _("điểm");
    case ANTQ_METRIC_COMMUNES_WITH_POINT_SITE:
    case ANTQ_METRIC_KEY_COMPLEX_COMMUNES:
    case ANTQ_METRIC_NEW_RURAL_SECURITY: return _("xã");
    case ANTQ_METRIC_REPORTED: return "";
    default: return _("đơn vị");
    }
}

/* A target's words: its wording as written, else what its metric measures. */
static const char *target_words(const rpt *R, const antq_target *t)
{
    return t->text && *t->text ? t->text : antq_metric_label(t->metric, R->lang);
}

/* The requirement in natural words: "từ 90% trở lên", "trên 80%", "không quá 5". */
static const char *requirement_words(const rpt *R, const antq_target *t, char *buf, size_t size)
{
    char a[NUMBUF];
    fmt_required(R, (long)t->threshold_num, (long)t->threshold_den, a, sizeof a);
    switch (t->op) {
    case ANTQ_OP_GE: snprintf(buf, size, _("từ %s trở lên"), a); break;
    case ANTQ_OP_GT: snprintf(buf, size, _("trên %s"), a); break;
    case ANTQ_OP_LE: snprintf(buf, size, _("không quá %s"), a); break;
    case ANTQ_OP_LT: snprintf(buf, size, _("dưới %s"), a); break;
    case ANTQ_OP_EQ_ALL: snprintf(buf, size, "%s", _("100% (tất cả)")); break;
    case ANTQ_OP_ZERO: snprintf(buf, size, "%s", _("không còn (0)")); break;
    default: snprintf(buf, size, "—"); break;
    }
    return buf;
}

static const char *outcome_class(int outcome)
{
    return outcome == ANTQ_OUTCOME_PASS ? "ok" : outcome == ANTQ_OUTCOME_FAIL ? "bad" : "near";
}

static void plan_chart(rpt *R)
{
    size_t n = antq_scorecard_target_count(R->sc), k = 0;
    hbar *rows = calloc(n ? n : 1, sizeof *rows);
    if (!rows) {
        R->oom = 1;
        return;
    }
    char a[NUMBUF], b[NUMBUF], c[NUMBUF], req[2 * NUMBUF];
    for (size_t i = 0; i < n; i++) {
        const antq_target_result *r = antq_scorecard_target(R->sc, i);
        const antq_target *t = r->target;
        if (t->threshold_den != 100)
            continue; /* counts are in the table only */
        hbar *h = &rows[k++];
        long pm = r->value_den > 0 && r->value_num >= 0 ? share_tenths((long)r->value_num, (long)r->value_den,
                                                                       (long)t->threshold_num, (long)t->threshold_den)
                                                        : -1;
        h->label = textf(R, "%s. %s", t->id, target_words(R, t));
        h->cls = outcome_class(r->outcome);
        h->none = _("chưa đủ dữ liệu để đo");
        h->pm = pm;
        h->prev_pm = -1;
        h->req_pm = t->op == ANTQ_OP_EQ_ALL ? 1000 : (long)(t->threshold_num * 1000 / t->threshold_den);
        h->value = textf(R, "%s", pm >= 0 ? fmt_pm(R, pm, a, sizeof a) : "?");
        if (pm >= 0)
            h->note = textf(R, "%s/%s", fmt_int(R, (long)r->value_num, b, sizeof b), fmt_int(R, (long)r->value_den, c, sizeof c));
        h->title = textf(R, _("%s: %s — đo được %s, yêu cầu %s: %s"), t->id,
                         target_words(R, t), pm >= 0 ? fmt_pm(R, pm, a, sizeof a) : "?",
                         requirement_words(R, t, req, sizeof req), antq_outcome_label(r->outcome, R->lang));
    }
    if (!k) {
        hbar_free(rows, n);
        return;
    }
    hchart ch = {"chart-targets", NULL, -1, NULL, 1};
    ch.title = textf(R, "%s", _("Chỉ tiêu tỷ lệ: mức đo được (thanh) so với mức yêu cầu (vạch đen)"));
    put(R, "<figure>\n");
    hchart_write(R, &ch, rows, k);
    put(R, "<ul class=\"legend\">");
    pf(R, "<li><span class=\"sw ok\"></span>%s</li>", _("Đạt"));
    pf(R, "<li><span class=\"sw bad\"></span>%s</li>", _("Không đạt"));
    pf(R, "<li><span class=\"sw tick\"></span>%s</li>", _("Mức yêu cầu"));
    put(R, "</ul>\n</figure>\n");
}

static void plan_target_row(rpt *R, const antq_target_result *r)
{
    const antq_target *t = r->target;
    char a[NUMBUF], b[NUMBUF], c[NUMBUF];
    put(R, "<tr><td><code>");
    esc(R, t->id);
    put(R, "</code></td><td>");
    esc(R, target_words(R, t));
    put(R, "</td><td>");
    if (r->value_num < 0)
        put(R, "?");
    else if (r->value_den > 1)
        pf(R, _("%s/%s %s (%s)"), fmt_int(R, (long)r->value_num, a, sizeof a),
           fmt_int(R, (long)r->value_den, b, sizeof b), metric_unit(t->metric),
           fmt_share(R, (long)r->value_num, (long)r->value_den, (long)t->threshold_num, (long)t->threshold_den, c, sizeof c));
    else
        pf(R, "%s %s", fmt_int(R, (long)r->value_num, a, sizeof a), metric_unit(t->metric));
    put(R, "</td><td>");
    esc(R, requirement_words(R, t, c, sizeof c));
    pf(R, "</td><td><span class=\"badge %s\">%s</span></td><td>", r->outcome == ANTQ_OUTCOME_PASS ? "ok"
                                                                : r->outcome == ANTQ_OUTCOME_FAIL ? "bad" : "unk",
       r->outcome == ANTQ_OUTCOME_PASS ? _("Đạt") : r->outcome == ANTQ_OUTCOME_FAIL ? _("Không đạt")
                                                                                            : _("Chưa rõ"));
    if (r->outcome == ANTQ_OUTCOME_FAIL && r->gap > 0) {
        int down = t->op == ANTQ_OP_LE || t->op == ANTQ_OP_LT || t->op == ANTQ_OP_ZERO;
        pf(R, down ? _("vượt %s %s") : "%s %s",
           fmt_int(R, (long)r->gap, a, sizeof a), metric_unit(t->metric));
    } else if (r->outcome == ANTQ_OUTCOME_UNKNOWN && r->missing) {
        put(R, _("dữ liệu: "));
        esc(R, antq_missing_label(r->missing, R->lang));
    }
    put(R, "</td></tr>\n");
}

static void plan_targets_table(rpt *R)
{
    put(R, "<div class=\"table-wrap\"><table id=\"plan-targets\" class=\"stack\"><colgroup><col class=\"c-id\"><col class=\"c-text\">"
           "<col class=\"c-meas\"><col class=\"c-req\"><col class=\"c-res\"><col class=\"c-gap\"></colgroup><thead><tr>");
    put(R, _("<th>Chỉ tiêu</th><th>Nội dung</th><th>Đo được</th><th>Yêu cầu</th><th>Kết quả</th><th>Còn thiếu</th>"));
    put(R, "</tr></thead><tbody>\n");
    for (size_t i = 0; i < antq_scorecard_target_count(R->sc); i++)
        plan_target_row(R, antq_scorecard_target(R->sc, i));
    put(R, "</tbody></table></div>\n");
}

/* What produced the report (doc/cli.md, "Provenance"): the catalogue hash,
 * the date and each input's SHA-256 in words, and the whole record as JSON in
 * an HTML comment. */
static void provenance(rpt *R)
{
    const antq_provenance *p = R->prov;
    char *json = NULL;
    if (!p || antq_provenance_write_json(&json, NULL, p, NULL) != ANTQ_OK) {
        R->oom |= p != NULL;
        return;
    }
    char hash[ANTQ_SHA256_HEX_SIZE], d[16] = "";
    antq_catalogue_hash(hash);
    if (p->evaluation_date)
        antq_date_format(d, sizeof d, p->evaluation_date);
    put(R, "<p class=\"provenance\">");
    put(R, _("Nguồn gốc: danh mục tiêu chí SHA-256 "));
    pf(R, "<code>%s</code>; %s %s", hash, _("đánh giá ngày"), d[0] ? d : "—");
    for (size_t i = 0; i < p->n_inputs; i++) {
        put(R, _("; tệp "));
        esc(R, p->inputs[i].name ? p->inputs[i].name : "");
        pf(R, " SHA-256 <code>%s</code>", p->inputs[i].sha256[0] ? p->inputs[i].sha256 : "—");
    }
    /* the whole record for programs, in a comment (its English option texts are not the report's language);
     * "--" cannot end a comment early: inside JSON strings it is written -\u002d */
    put(R, ".</p>\n<!-- antq-provenance ");
    for (const char *c = json; *c; c++) {
        if (c[0] == '-' && c[1] == '-')
            put(R, "-\\u002d"), c++;
        else
            pf(R, "%c", *c);
    }
    put(R, " -->\n");
    antq_free(json);
}

static void plan_tasks_table(rpt *R)
{
    put(R, "<h3>");
    put(R, _("Nhiệm vụ"));
    put(R, "</h3>\n<div class=\"table-wrap\"><table id=\"plan-tasks\" class=\"stack\"><colgroup><col class=\"c-task\"><col class=\"c-lead\">"
           "<col class=\"c-due\"><col class=\"c-state\"></colgroup><thead><tr>");
    put(R, _("<th>Nhiệm vụ</th><th>Chủ trì</th><th>Hạn</th><th>Tình trạng</th>"));
    put(R, "</tr></thead><tbody>\n");
    for (size_t i = 0; i < antq_scorecard_task_count(R->sc); i++) {
        const antq_task_result *r = antq_scorecard_task(R->sc, i);
        char d[NUMBUF];
        put(R, "<tr><td><b>");
        esc(R, r->task->id);
        put(R, "</b> ");
        const char *content = R->en && r->task->template_task ? antq_five_task_text_en(r->task->template_task) : r->task->content;
        esc_max(R, content, 160);
        put(R, "</td><td>");
        esc(R, r->task->lead ? r->task->lead : "");
        pf(R, "</td><td>%s</td><td>", r->task->deadline ? fmt_date(R, r->task->deadline, d, sizeof d) : "—");
        int late = r->state == ANTQ_TASK_STATE_OVERDUE || r->state == ANTQ_TASK_STATE_DONE_LATE;
        pf(R, "<span class=\"badge %s\">%s</span>", late ? "bad" : r->state == ANTQ_TASK_STATE_ON_TIME ? "ok" : "unk",
           antq_task_state_label(r->state, R->lang));
        if (r->days_late)
            pf(R, _(" (trễ %d ngày)"), (int)r->days_late);
        put(R, "</td></tr>\n");
    }
    put(R, "</tbody></table></div>\n");
}

/* What it would take, per target not met: the fewest units whose change meets
 * it, best first, as the library lists them (antq_scorecard_steps()). */
static void plan_steps(rpt *R)
{
    int any = 0;
    for (size_t i = 0; i < antq_scorecard_target_count(R->sc); i++) {
        int status;
        const antq_target_step *steps;
        size_t n;
        if (antq_scorecard_steps(&status, &steps, &n, R->sc, i) != ANTQ_OK ||
            (status != ANTQ_STEPS_LISTED && status != ANTQ_STEPS_UNREACHABLE))
            continue;
        if (!any++) {
            put(R, "<h3>");
            put(R, _("Cần làm gì để đạt các chỉ tiêu chưa đạt"));
            put(R, "</h3>\n<div id=\"plan-steps\">\n");
        }
        size_t changes = 0;
        for (size_t k = 0; k < n; k++)
            changes += !steps[k].follows;
        put(R, "<p><b>");
        esc(R, antq_scorecard_target(R->sc, i)->target->id);
        put(R, "</b>: ");
        if (status == ANTQ_STEPS_UNREACHABLE) {
            put(R, _("thay đổi các đơn vị được tính cũng không đạt được."));
            put(R, "</p>\n");
            continue;
        }
        pf(R, _("ít nhất %zu đơn vị:"), changes);
        put(R, "</p>\n<ol>");
        for (size_t k = 0; k < n; k++) {
            put(R, steps[k].follows ? "<li class=\"follows\">+ " : "<li>");
            esc(R, steps[k].unit_name ? steps[k].unit_name : steps[k].unit_id);
            put(R, " (");
            esc(R, steps[k].unit_id);
            put(R, "): ");
            esc(R, R->en ? steps[k].need_en : steps[k].need_vi);
            put(R, "</li>");
        }
        put(R, "</ol>\n");
    }
    if (any)
        put(R, "</div>\n");
}

static void section_plan(rpt *R)
{
    const antq_plan *p = antq_scorecard_plan(R->sc);
    char d[NUMBUF];
    section_start(R, "plan");
    put(R, _("Kế hoạch "));
    esc(R, p->number ? p->number : p->id);
    put(R, _(": chỉ tiêu và nhiệm vụ</h2>\n"));
    put(R, "<p class=\"intro\">");
    put(R, _("Kế hoạch số "));
    esc(R, p->number ? p->number : p->id);
    if (p->issued_on)
        pf(R, _(" ngày %s"), fmt_date(R, p->issued_on, d, sizeof d));
    put(R, _(". Mỗi chỉ tiêu được đo trên kết quả xét công nhận ở báo cáo này."));
    put(R, "</p>\n");
    plan_chart(R);
    plan_targets_table(R);
    put(R, "<p class=\"note\">");
    put(R, _("Cột “Đo được”: số đạt trên tổng số thuộc phạm vi của chỉ tiêu (tỷ lệ trong ngoặc), hoặc số đếm được "
             "với chỉ tiêu tính bằng số; “Còn thiếu”: số còn phải đạt thêm để đạt chỉ tiêu."));
    put(R, "</p>\n");
    plan_steps(R);
    plan_tasks_table(R);
    put(R, "</section>\n");
}

/* ==== FESTIVAL ============================================================= */

static void section_festival(rpt *R)
{
    const antq_festival_coverage *c = R->cov;
    char a[NUMBUF], b[NUMBUF], x[NUMBUF];
    section_open(R, "festival", _("Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm %d (lần thứ %d)"), (int)c->year,
                 (int)c->ordinal);
    put(R, "<ul class=\"coverage\">");
    struct { const char *what; int64_t held, all; } rows[] = {
        {N_("Xã, phường, thị trấn tổ chức"), c->communes_held, c->communes},
        {N_("Khu dân cư tổ chức"), c->areas_held, c->areas},
        {N_("Cơ quan, doanh nghiệp, cơ sở giáo dục tổ chức"), c->organisations_held, c->organisations},
        {N_("Xã có khu dân cư tổ chức điểm"), c->communes_with_area_point_site, c->communes},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
        pf(R, "<li>%s: <b>%s/%s</b> (%s)</li>", _(rows[i].what), fmt_int(R, (long)rows[i].held, a, sizeof a),
           fmt_int(R, (long)rows[i].all, b, sizeof b), fmt_share(R, (long)rows[i].held, (long)rows[i].all, 0, 0, x, sizeof x));
    pf(R, "<li>%s: %s</li>", _("Điểm cấp tỉnh"),
       fmt_int(R, (long)c->point_sites[ANTQ_FESTIVAL_LEVEL_PROVINCE], a, sizeof a));
    pf(R, "<li>%s: %s; %s: %s</li>", _("Người tham gia"), fmt_int(R, (long)c->participants, a, sizeof a),
       _("khen thưởng"), fmt_int(R, (long)c->commendations, b, sizeof b));
    put(R, "</ul>\n</section>\n");
}

/* The reading notes: how shares are computed and rounded, where the
 * threshold comes from, the evaluation periods, the tool's version. */
static void footer(rpt *R)
{
    char s[NUMBUF], e[NUMBUF];
    put(R, "<footer>\n<dl>\n<dt>");
    put(R, _("Cách tính tỷ lệ"));
    put(R, "</dt><dd>");
    put(R, _("Tỷ lệ đạt = số đơn vị được công nhận / số đơn vị thuộc diện xét (không tính đơn vị ngoài phạm vi khoản 2 Điều 1). "
              "Đơn vị chưa xác định (thiếu dữ liệu) không được coi là đạt. Thay đổi so với năm trước tính bằng điểm phần trăm."));
    put(R, "</dd>\n<dt>");
    put(R, _("Làm tròn"));
    put(R, "</dt><dd>");
    put(R, _("Tỷ lệ làm tròn đến 0,1% (từ 0,05 trở lên làm tròn lên), trừ khi việc làm tròn vượt qua một ngưỡng: "
              "tỷ lệ dưới ngưỡng không bao giờ được ghi bằng ngưỡng (69,96% so với ngưỡng 70% ghi 69,9%) và "
              "tỷ lệ chưa đủ toàn bộ không ghi 100,0%. Việc xét đạt hay không luôn so sánh số nguyên chính xác."));
    put(R, "</dd>\n<dt>");
    pf(R, _("Ngưỡng %s"), R->thr_text);
    put(R, "</dt><dd>");
    pf(R, _("Tiêu chí %s ("), R->thr->id);
    put_citation(R, &R->thr->citation);
    put(R, _("), lấy từ danh mục tiêu chí của libantq."));
    put(R, "</dd>\n");
    if (R->rs) {
        put(R, "<dt>");
        pf(R, _("Kỳ đánh giá năm %d"), R->year);
        put(R, "</dt><dd>");
        int n = 0;
        for (int k = 1; k < ANTQ_KIND_COUNT; k++) {
            int32_t from, to;
            const antq_ruleset *krs;
            if (antq_period_for(&from, &to, &krs, k, R->year, R->opts->school_year_end_mmdd) != ANTQ_OK)
                continue;
            pf(R, "%s%s %s – %s", n++ ? "; " : "", antq_unit_kind_label(k, R->lang), fmt_date(R, from, s, sizeof s),
               fmt_date(R, to, e, sizeof e));
        }
        put(R, ".</dd>\n");
    }
    pf(R, "</dl>\n<p>%s libantq %s.</p>\n", _("Lập bằng"), antq_version());
    provenance(R);
    put(R, "</footer>\n");
}

int cli_report_html(FILE *out, const antq_pipeline *p, const antq_evaluation *ev,
                    const cli_stats *st, int lang,
                    const antq_scorecard *sc, const antq_festival_coverage *cov, const cli_report_info *info,
                    const antq_provenance *prov)
{
    rpt rr;
    rpt *R = &rr;
    memset(R, 0, sizeof *R);
    R->out = out;
    R->p = p;
    R->ev = ev;
    R->prev = st->total.has_prev && R->ev;
    R->st = st;
    R->info = info;
    R->en = lang == ANTQ_LANG_EN;
    R->lang = R->en ? ANTQ_LANG_EN : ANTQ_LANG_VI;
    R->year = st->year;
    R->sc = sc;
    R->cov = cov;
    R->prov = prov;
    int rc = prepare(R);
    if (rc == CLI_OK) {
        head(R);
        masthead(R);
        findings(R);
        if (R->sc)
            section_plan(R);
        section_kinds(R);
        section_communes(R);
        failed_units(R);
        undetermined_units(R);
        if (R->cov)
            section_festival(R);
        footer(R);
        put(R, "</main>\n</body>\n</html>\n");
        if (R->oom)
            rc = CLI_INTERNAL;
    }
    free(R->rows);
    free(R->order);
    return rc;
}
