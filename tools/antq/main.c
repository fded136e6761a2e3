/* antq — check, evaluate, explain and report "Safe in security and order"
 * datasets from the command line. Uses only the public libantq API.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct args {
    const char *cmd;
    const char *file;
    const char *unit;
    const char *out;
    const char *format;
    int lang;
    int year;
    int32_t as_of;
    int kind;
    int fail_on_uncertified;
    int keep_unknown;
    int ndjson;
    const char *options_file;
    const char *campaign_file;
    const char *plan_id;
} args;

static const char *const usage_text =
    "usage: antq COMMAND [OPTIONS]\n"
    "\n"
    "commands:\n"
    "  validate FILE                 check a dataset and list every error (path, line, column)\n"
    "  evaluate FILE                 evaluate every unit and print the results\n"
    "  explain FILE UNIT-ID          the verdict of one unit, each criterion, its clause and what it would take\n"
    "  stats FILE                    per commune and province: units, registered, certified, change from last year\n"
    "  criteria                      the criteria catalogue with citations\n"
    "  report FILE -o OUT.html       a self-contained HTML report with charts (--campaign adds the plan)\n"
    "  plan FILE CAMPAIGN            a plan's scorecard: targets met or missed by how much, tasks late\n"
    "  festival FILE CAMPAIGN        the year's festival coverage (19 August): communes, areas, point sites\n"
    "\n"
    "options:\n"
    "  --year YEAR                   evaluation year (default: options.year of the file, else the latest year)\n"
    "  --as-of DATE                  decision date (YYYY-MM-DD) for the authority table; for `criteria`, the date\n"
    "  --format FMT                  evaluate: text|json|ndjson|csv|csv-criteria; stats: text|json; report: html\n"
    "  --lang vi|en                  language of texts (default vi)\n"
    "  --kind KIND                   criteria: only this unit kind (residential_area, commune, agency, ...)\n"
    "  --ndjson                      the input is NDJSON, one unit per line (streamed; also for *.ndjson files)\n"
    "  --keep-unknown                accept unknown fields instead of failing\n"
    "  --campaign FILE               report: add the plan scorecard and festival coverage of a campaign file\n"
    "  --plan ID                     plan: which plan of the campaign (default: the plan of the year, else the first)\n"
    "  --options FILE                take the options (interpretation choices, extra criteria) from the\n"
    "                                \"options\" of another dataset document (for NDJSON input)\n"
    "  --fail-on-uncertified         evaluate: exit 3 if any eligible unit is not certified\n"
    "  -o, --output FILE             write to FILE instead of standard output\n"
    "  -h, --help                    this help;  --version  the version\n"
    "\n"
    "FILE may be - for standard input. Exit codes: 0 success, 1 usage, 2 invalid input,\n"
    "3 some unit not certified (with --fail-on-uncertified), 4 input/output error, 5 internal error.\n";

static int usage(const char *msg)
{
    if (msg)
        fprintf(stderr, "antq: %s\n", msg);
    fputs(usage_text, stderr);
    return CLI_USAGE;
}

static const char *command_help(const char *cmd)
{
    if (strcmp(cmd, "validate") == 0)
        return "usage: antq validate FILE [--ndjson] [--keep-unknown]\n"
               "Checks a dataset and prints every error as FILE:LINE:COLUMN: PATH: CODE: MESSAGE.\n"
               "Exit 0 when valid, 2 when not.\n";
    if (strcmp(cmd, "evaluate") == 0)
        return "usage: antq evaluate FILE [--year Y] [--as-of DATE] [--format text|json|ndjson|csv|csv-criteria]\n"
               "                     [--lang vi|en] [--ndjson] [--fail-on-uncertified] [-o OUT]\n"
               "Evaluates every unit (members first, then communes with their roll-up) and prints the results.\n"
               "NDJSON input (--ndjson or a .ndjson file) is streamed: one result line per unit.\n";
    if (strcmp(cmd, "explain") == 0)
        return "usage: antq explain FILE UNIT-ID [--year Y] [--lang vi|en]\n"
               "Prints the verdict of one unit, every criterion with its clause and facts, and what it would take.\n";
    if (strcmp(cmd, "stats") == 0)
        return "usage: antq stats FILE [--year Y] [--format text|json] [--lang vi|en]\n"
               "Per commune and per province: units by kind, registered, certified, share certified and the\n"
               "change from the previous year (when the file has evidence for it).\n";
    if (strcmp(cmd, "criteria") == 0)
        return "usage: antq criteria [--as-of DATE] [--kind KIND] [--lang vi|en]\n"
               "Lists the criteria catalogue in force on DATE (default: all rule sets) with citations.\n";
    if (strcmp(cmd, "report") == 0)
        return "usage: antq report FILE --format html -o OUT.html [--year Y] [--lang vi|en] [--campaign CAMPAIGN]\n"
               "Writes one self-contained HTML file (no external assets) with SVG charts.\n";
    if (strcmp(cmd, "plan") == 0)
        return "usage: antq plan FILE CAMPAIGN [--plan ID] [--as-of DATE] [--format text|json] [--lang vi|en]\n"
               "Evaluates a plan's targets against the year's certification results (met, not met or unknown,\n"
               "with the measured value, the requirement and the gap) and its tasks (on time, late or open).\n";
    if (strcmp(cmd, "festival") == 0)
        return "usage: antq festival FILE CAMPAIGN [--year Y] [--format text|json] [--lang vi|en]\n"
               "Festival coverage: communes, residential areas and organisations that held the festival,\n"
               "point sites per level, participants, gifts and commendations.\n";
    return NULL;
}

static int parse_args(int argc, char **argv, args *a)
{
    memset(a, 0, sizeof *a);
    a->lang = ANTQ_LANG_VI;
    const char *pos[3] = {NULL, NULL, NULL};
    int npos = 0;
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        const char *val = i + 1 < argc ? argv[i + 1] : NULL;
#define NEED_VALUE()                                        \
    do {                                                    \
        if (!val)                                           \
            return usage("option needs a value");           \
        i++;                                                \
    } while (0)
        if (strcmp(s, "-h") == 0 || strcmp(s, "--help") == 0) {
            const char *h = a->cmd ? command_help(a->cmd) : NULL;
            fputs(h ? h : usage_text, stdout);
            exit(CLI_OK);
        } else if (strcmp(s, "--version") == 0) {
            printf("antq %s (libantq %s)\n", ANTQ_VERSION_STRING, antq_version());
            exit(CLI_OK);
        } else if (strcmp(s, "--year") == 0) {
            NEED_VALUE();
            char *end;
            long y = strtol(val, &end, 10);
            if (*end || y < 1901 || y > 2998)
                return usage("--year expects a year such as 2024");
            a->year = (int)y;
        } else if (strcmp(s, "--as-of") == 0) {
            NEED_VALUE();
            if (antq_date_parse(&a->as_of, val, strlen(val)) != ANTQ_OK)
                return usage("--as-of expects a real date YYYY-MM-DD");
        } else if (strcmp(s, "--format") == 0) {
            NEED_VALUE();
            a->format = val;
        } else if (strcmp(s, "--lang") == 0) {
            NEED_VALUE();
            if (strcmp(val, "vi") == 0)
                a->lang = ANTQ_LANG_VI;
            else if (strcmp(val, "en") == 0)
                a->lang = ANTQ_LANG_EN;
            else
                return usage("--lang expects vi or en");
        } else if (strcmp(s, "--kind") == 0) {
            NEED_VALUE();
            a->kind = antq_unit_kind_from_name(val);
            if (!a->kind)
                return usage("--kind expects residential_area, commune, agency, enterprise or educational_institution");
        } else if (strcmp(s, "-o") == 0 || strcmp(s, "--output") == 0) {
            NEED_VALUE();
            a->out = val;
        } else if (strcmp(s, "--fail-on-uncertified") == 0) {
            a->fail_on_uncertified = 1;
        } else if (strcmp(s, "--keep-unknown") == 0) {
            a->keep_unknown = 1;
        } else if (strcmp(s, "--campaign") == 0) {
            NEED_VALUE();
            a->campaign_file = val;
        } else if (strcmp(s, "--plan") == 0) {
            NEED_VALUE();
            a->plan_id = val;
        } else if (strcmp(s, "--options") == 0) {
            NEED_VALUE();
            a->options_file = val;
        } else if (strcmp(s, "--ndjson") == 0) {
            a->ndjson = 1;
        } else if (s[0] == '-' && s[1] != '\0') {
            fprintf(stderr, "antq: unknown option %s\n", s);
            return usage(NULL);
        } else if (!a->cmd) {
            a->cmd = s;
        } else if (npos < 3) {
            pos[npos++] = s;
        } else {
            return usage("too many arguments");
        }
#undef NEED_VALUE
    }
    if (!a->cmd)
        return usage(NULL);
    a->file = pos[0];
    a->unit = pos[1];
    size_t len = a->file ? strlen(a->file) : 0;
    if (len > 7 && strcmp(a->file + len - 7, ".ndjson") == 0)
        a->ndjson = 1;
    return CLI_OK;
}

static FILE *open_output(const args *a)
{
    if (!a->out || strcmp(a->out, "-") == 0)
        return stdout;
    FILE *f = fopen(a->out, "wb");
    if (!f)
        fprintf(stderr, "antq: cannot write %s\n", a->out);
    return f;
}

static int close_output(const args *a, FILE *f)
{
    int bad = ferror(f);
    if (f != stdout)
        bad |= fclose(f) != 0;
    else
        bad |= fflush(f) != 0;
    if (bad) {
        fprintf(stderr, "antq: error writing %s\n", a->out ? a->out : "standard output");
        return CLI_IO;
    }
    return CLI_OK;
}

static void print_error(const char *file, const antq_error *e)
{
    fprintf(stderr, "%s:%d:%d: %s: %s: %s\n", file, (int)e->line, (int)e->column, e->path[0] ? e->path : "/",
            antq_status_name(e->code), e->message);
}

/* ---- loading */

static int load(const args *a, antq_dataset **ds, char **buf)
{
    size_t len;
    *buf = NULL;
    int rc = cli_read_file(a->file, buf, &len);
    if (rc)
        return rc;
    antq_error err;
    unsigned flags = a->keep_unknown ? ANTQ_LOAD_KEEP_UNKNOWN : 0;
    if (a->ndjson) {
        if (antq_dataset_new(ds) != ANTQ_OK)
            return CLI_INTERNAL;
        const char *p = *buf, *end = *buf + len;
        int32_t line = 1;
        while (p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            const char *stop = nl ? nl : end;
            size_t k = 0;
            while (p + k < stop && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r'))
                k++;
            if (p + k < stop && antq_dataset_add_json(*ds, p, (size_t)(stop - p), flags, (size_t)line - 1, line - 1, &err)) {
                print_error(a->file, &err);
                antq_dataset_free(*ds);
                *ds = NULL;
                return CLI_BAD_INPUT;
            }
            p = nl ? nl + 1 : end;
            line++;
        }
        if (antq_dataset_check(*ds, &err)) {
            print_error(a->file, &err);
            antq_dataset_free(*ds);
            *ds = NULL;
            return CLI_BAD_INPUT;
        }
        return CLI_OK;
    }
    if (antq_dataset_load_json(ds, *buf, len, flags, &err) != ANTQ_OK) {
        print_error(a->file, &err);
        return CLI_BAD_INPUT;
    }
    return CLI_OK;
}

/* The dataset whose options apply: --options FILE, if given (kept alive by the caller). */
static int load_options_file(const args *a, antq_dataset **opts_ds)
{
    *opts_ds = NULL;
    if (!a->options_file)
        return CLI_OK;
    char *buf;
    size_t len;
    int rc = cli_read_file(a->options_file, &buf, &len);
    if (rc)
        return rc;
    antq_error err;
    if (antq_dataset_load_json(opts_ds, buf, len, 0, &err) != ANTQ_OK) {
        print_error(a->options_file, &err);
        rc = CLI_BAD_INPUT;
    }
    free(buf);
    return rc;
}

/* --format text (the default) or json. */
static int text_or_json(const args *a, int *json)
{
    *json = a->format && strcmp(a->format, "json") == 0;
    return !a->format || *json || strcmp(a->format, "text") == 0;
}

static int pick_year(const args *a, const antq_dataset *ds)
{
    if (a->year)
        return a->year;
    if (antq_dataset_year(ds))
        return antq_dataset_year(ds);
    return antq_dataset_latest_year(ds);
}

static antq_dataset *options_ds; /* --options FILE, loaded once in main() */

static antq_options options_for(const args *a, const antq_dataset *ds)
{
    antq_options o = *antq_dataset_options(options_ds ? options_ds : ds);
    if (a->as_of)
        o.decision_date = a->as_of;
    return o;
}

static int evaluate_dataset(const args *a, const antq_dataset *ds, int year, antq_evaluation **ev)
{
    antq_options o = options_for(a, ds);
    antq_error err;
    if (!year) {
        fprintf(stderr, "antq: %s has no evidence and no year; use --year\n", a->file);
        return CLI_BAD_INPUT;
    }
    if (antq_dataset_evaluate(ds, year, &o, ev, &err) != ANTQ_OK) {
        print_error(a->file, &err);
        return err.code == ANTQ_ENOMEM ? CLI_INTERNAL : CLI_BAD_INPUT;
    }
    return CLI_OK;
}

/* Evaluate `year`, and the previous year too when any unit has evidence for it
 * (for the change from last year in stats and the report). */
static int evaluate_with_previous(const args *a, const antq_dataset *ds, int year, antq_evaluation **ev,
                                  antq_evaluation **prev)
{
    int rc = evaluate_dataset(a, ds, year, ev);
    int has_prev = 0;
    for (size_t i = 0; !rc && i < antq_dataset_unit_count(ds) && !has_prev; i++)
        has_prev = antq_dataset_evidence(ds, i, year - 1) != NULL;
    if (!rc && has_prev)
        rc = evaluate_dataset(a, ds, year - 1, prev);
    return rc;
}

/* ---- validate */

typedef struct validate_ctx {
    const char *file;
} validate_ctx;

static int on_error(const antq_error *e, void *ud)
{
    print_error(((validate_ctx *)ud)->file, e);
    return 0;
}

static int cmd_validate(const args *a)
{
    if (!a->file)
        return usage("validate needs a FILE");
    char *buf;
    size_t len;
    int rc = cli_read_file(a->file, &buf, &len);
    if (rc)
        return rc;
    unsigned flags = a->keep_unknown ? ANTQ_LOAD_KEEP_UNKNOWN : 0;
    validate_ctx ctx = {a->file};
    size_t n_errors = 0;
    if (a->ndjson) {
        antq_dataset *ds;
        if (antq_dataset_new(&ds) != ANTQ_OK) {
            free(buf);
            return CLI_INTERNAL;
        }
        const char *p = buf, *end = buf + len;
        int32_t line = 1;
        while (p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            const char *stop = nl ? nl : end;
            size_t k = 0;
            while (p + k < stop && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r'))
                k++;
            antq_error err;
            if (p + k < stop && antq_dataset_add_json(ds, p, (size_t)(stop - p), flags, (size_t)line - 1, line - 1, &err)) {
                print_error(a->file, &err);
                n_errors++;
            }
            p = nl ? nl + 1 : end;
            line++;
        }
        antq_error err;
        if (!n_errors && antq_dataset_check(ds, &err)) {
            print_error(a->file, &err);
            n_errors++;
        }
        antq_dataset_free(ds);
    } else {
        antq_dataset_validate_json(buf, len, flags, on_error, &ctx, &n_errors);
    }
    free(buf);
    if (n_errors) {
        fprintf(stderr, "%s: %zu error%s\n", a->file, n_errors, n_errors == 1 ? "" : "s");
        return CLI_BAD_INPUT;
    }
    printf("%s: valid\n", a->file);
    return CLI_OK;
}

/* ---- evaluate */

static int any_uncertified(const antq_evaluation *ev)
{
    for (size_t i = 0; i < antq_evaluation_count(ev); i++) {
        int v = antq_result_verdict(antq_evaluation_result(ev, i));
        if (v == ANTQ_VERDICT_NOT_CERTIFIED || v == ANTQ_VERDICT_UNDETERMINED)
            return 1;
    }
    return 0;
}

static void print_summary(FILE *out, const antq_dataset *ds, const antq_evaluation *ev, int lang)
{
    int en = lang == ANTQ_LANG_EN;
    cli_stats st;
    if (cli_stats_compute(ds, ev, NULL, &st) != CLI_OK)
        return;
    int year = antq_evaluation_year(ev);
    fprintf(out, en ? "Evaluation year %d: %ld units\n" : "Năm đánh giá %d: %ld đơn vị\n", year, st.total.all.units);
    static const char *const kinds_vi[] = {"", "Khu dân cư", "Xã, phường", "Cơ quan", "Doanh nghiệp", "Cơ sở giáo dục"};
    static const char *const kinds_en[] = {"", "Residential areas", "Communes", "Agencies", "Enterprises", "Educational institutions"};
    cli_pad(out, en ? "kind" : "loại", 26);
    fputc(' ', out);
    const char *heads_en[] = {"units", "certified", "not certified", "undetermined", "not eligible", "share"};
    const char *heads_vi[] = {"số đ.vị", "đạt", "chưa đạt", "chưa rõ", "ngoài p.vi", "tỷ lệ"};
    const int widths[] = {7, 9, 13, 12, 12, 8};
    for (int h = 0; h < 6; h++) {
        const char *t = en ? heads_en[h] : heads_vi[h];
        int len = 0;
        for (const unsigned char *q = (const unsigned char *)t; *q; q++)
            len += (*q & 0xC0) != 0x80;
        fprintf(out, "%*s%s", widths[h] - len + (h ? 1 : 0), "", t);
    }
    fputc('\n', out);
    for (int k = 1; k < ANTQ_KIND_COUNT; k++) {
        const cli_tally *t = &st.total.by_kind[k];
        long pm = cli_share_permille(t);
        char share[32] = "-";
        if (pm >= 0)
            snprintf(share, sizeof share, "%ld.%ld%%", pm / 10, pm % 10);
        if (!en)
            for (char *c = share; *c; c++)
                if (*c == '.')
                    *c = ',';
        cli_pad(out, en ? kinds_en[k] : kinds_vi[k], 26);
        fprintf(out, " %7ld %9ld %13ld %12ld %12ld %8s\n", t->units, t->certified, t->not_certified, t->undetermined,
                t->not_eligible, share);
    }
    /* failures grouped by the criterion that failed (a unit may fail several) */
    size_t nrows = antq_catalogue_count();
    long *fails = calloc(nrows ? nrows : 1, sizeof *fails);
    size_t n_bad = 0;
    for (size_t i = 0; fails && i < antq_evaluation_count(ev); i++) {
        const antq_result *r = antq_evaluation_result(ev, i);
        if (antq_result_verdict(r) != ANTQ_VERDICT_NOT_CERTIFIED)
            continue;
        n_bad++;
        for (size_t c = 0; c < antq_result_check_count(r); c++) {
            const antq_check *ch = antq_result_check(r, c);
            for (size_t k = 0; ch->outcome == ANTQ_OUTCOME_FAIL && k < nrows; k++)
                if (antq_catalogue_get(k) == ch->criterion)
                    fails[k]++;
        }
    }
    fprintf(out, en ? "\nFailed criteria (units failing each):\n" : "\nTiêu chí không đạt (số đơn vị):\n");
    for (size_t k = 0; fails && k < nrows; k++) {
        if (!fails[k])
            continue;
        const antq_criterion *c = antq_catalogue_get(k);
        char cite[160];
        antq_citation_format(&c->citation, lang, cite, sizeof cite);
        fprintf(out, "  %-12s %5ld  ", c->id, fails[k]);
        cli_pad(out, cite, 44);
        fputc(' ', out);
        cli_pad(out, en ? c->text_en : c->text_vi, 60);
        fputc('\n', out);
    }
    free(fails);
    fprintf(out, en ? "\nCommunes (own verdict; members certified in the Art. 5(4) pool):\n"
                    : "\nCấp xã (kết quả; đơn vị đạt trong phạm vi khoản 4 Điều 5):\n");
    for (size_t i = 0; i < st.n_communes; i++) {
        const cli_group *g = &st.communes[i];
        const antq_rollup *r = antq_evaluation_rollup(ev, g->unit_index);
        long pool = r ? (long)(r->ra_total + r->managed_total) : 0;
        long cert = r ? (long)(r->ra_certified + r->managed_certified) : 0;
        fprintf(out, "  %-12s ", g->id);
        cli_pad(out, g->name ? g->name : "", 26);
        fprintf(out, " %-14s", antq_verdict_name(g->verdict));
        if (pool)
            fprintf(out, en ? " %4ld/%-4ld (%ld.%ld%%)" : " %4ld/%-4ld (%ld,%ld%%)", cert, pool, cert * 1000 / pool / 10,
                    cert * 1000 / pool % 10);
        fputc('\n', out);
    }
    enum { LIST_MAX = 30 };
    if (n_bad > LIST_MAX) {
        fprintf(out, en ? "\n%zu units are not certified: see each with `antq explain FILE ID`, or all with --format csv.\n"
                        : "\n%zu đơn vị chưa đạt: xem từng đơn vị bằng `antq explain FILE ID`, hoặc tất cả với --format csv.\n",
                n_bad);
    } else if (n_bad) {
        fprintf(out, en ? "\nNot certified, with the first failed criterion:\n" : "\nChưa đạt, với tiêu chí không đạt đầu tiên:\n");
        for (size_t i = 0; i < antq_evaluation_count(ev); i++) {
            const antq_result *r = antq_evaluation_result(ev, i);
            if (antq_result_verdict(r) != ANTQ_VERDICT_NOT_CERTIFIED)
                continue;
            for (size_t c = 0; c < antq_result_check_count(r); c++) {
                const antq_check *ch = antq_result_check(r, c);
                if (ch->outcome != ANTQ_OUTCOME_FAIL)
                    continue;
                char cite[160];
                antq_citation_format(&ch->criterion->citation, lang, cite, sizeof cite);
                const antq_unit *u = antq_dataset_unit(ds, i);
                fprintf(out, "  %-14s ", antq_result_unit_id(r));
                cli_pad(out, u->name ? u->name : "", 30);
                fprintf(out, " %-12s %s\n", ch->criterion->id, cite);
                break;
            }
        }
    }
    cli_stats_free(&st);
}

typedef struct stream_out {
    FILE *out;
    int uncertified;
} stream_out;

static int on_stream_line(const char *line, size_t len, void *ud)
{
    stream_out *s = ud;
    fwrite(line, 1, len, s->out);
    fputc('\n', s->out);
    if (strstr(line, "\"verdict\":\"not_certified\"") || strstr(line, "\"verdict\":\"undetermined\""))
        s->uncertified = 1;
    return 0;
}

static int stream_ndjson(const args *a)
{
    const char *fmt = a->format ? a->format : "ndjson";
    if (strcmp(fmt, "ndjson") != 0)
        return -1; /* not a streaming job */
    FILE *in = strcmp(a->file, "-") == 0 ? stdin : fopen(a->file, "rb");
    if (!in) {
        fprintf(stderr, "antq: cannot open %s\n", a->file);
        return CLI_IO;
    }
    FILE *out = open_output(a);
    if (!out) {
        if (in != stdin)
            fclose(in);
        return CLI_IO;
    }
    antq_dataset *opts_ds;
    int orc = load_options_file(a, &opts_ds);
    if (orc) {
        if (in != stdin)
            fclose(in);
        return orc;
    }
    antq_options o;
    if (opts_ds)
        o = *antq_dataset_options(opts_ds);
    else
        antq_options_init(&o, ANTQ_OPTIONS_VERSION);
    if (a->as_of)
        o.decision_date = a->as_of;
    stream_out so = {out, 0};
    antq_stream *s;
    int rc = antq_stream_new(&s, a->year, &o, a->lang, on_stream_line, &so);
    if (rc) {
        if (in != stdin)
            fclose(in);
        antq_dataset_free(opts_ds);
        return CLI_INTERNAL;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    int32_t line_no = 0;
    int status = CLI_OK;
    int tty = isatty(2);
    antq_error err;
    while ((n = getline(&line, &cap, in)) >= 0) {
        line_no++;
        size_t len = (size_t)n;
        if (len && line[len - 1] == '\n')
            len--;
        if (antq_stream_feed(s, line, len, line_no, &err) != ANTQ_OK) {
            print_error(a->file, &err);
            status = CLI_BAD_INPUT;
            break;
        }
        if (tty && line_no % 100000 == 0)
            fprintf(stderr, "\rantq: %d lines", (int)line_no);
    }
    if (tty && line_no >= 100000)
        fputc('\n', stderr);
    if (status == CLI_OK && antq_stream_finish(s, &err) != ANTQ_OK) {
        print_error(a->file, &err);
        status = CLI_BAD_INPUT;
    }
    free(line);
    antq_stream_free(s);
    antq_dataset_free(opts_ds);
    if (in != stdin)
        fclose(in);
    int crc = close_output(a, out);
    if (status == CLI_OK)
        status = crc;
    if (status == CLI_OK && a->fail_on_uncertified && so.uncertified)
        status = CLI_UNCERTIFIED;
    return status;
}

static int cmd_evaluate(const args *a)
{
    if (!a->file)
        return usage("evaluate needs a FILE");
    if (a->ndjson) {
        int rc = stream_ndjson(a);
        if (rc >= 0)
            return rc;
    }
    const char *fmt = a->format ? a->format : "text";
    int format = -1;
    if (strcmp(fmt, "json") == 0) format = ANTQ_FORMAT_JSON;
    else if (strcmp(fmt, "ndjson") == 0) format = ANTQ_FORMAT_NDJSON;
    else if (strcmp(fmt, "csv") == 0) format = ANTQ_FORMAT_CSV_UNITS;
    else if (strcmp(fmt, "csv-criteria") == 0) format = ANTQ_FORMAT_CSV_CRITERIA;
    else if (strcmp(fmt, "text") != 0)
        return usage("--format expects text, json, ndjson, csv or csv-criteria");
    antq_dataset *ds;
    char *buf;
    int rc = load(a, &ds, &buf);
    free(buf);
    if (rc)
        return rc;
    antq_evaluation *ev = NULL;
    rc = evaluate_dataset(a, ds, pick_year(a, ds), &ev);
    FILE *out = rc ? NULL : open_output(a);
    if (!rc && !out)
        rc = CLI_IO;
    if (!rc) {
        if (format < 0) {
            print_summary(out, ds, ev, a->lang);
        } else {
            char *text;
            if (antq_evaluation_write(ev, ds, format, a->lang, &text) != ANTQ_OK) {
                rc = CLI_INTERNAL;
            } else {
                fputs(text, out);
                antq_free(text);
            }
        }
        int crc = close_output(a, out);
        if (!rc)
            rc = crc;
        if (!rc && a->fail_on_uncertified && any_uncertified(ev))
            rc = CLI_UNCERTIFIED;
    }
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    return rc;
}

/* ---- explain */

static int cmd_explain(const args *a)
{
    if (!a->file || !a->unit)
        return usage("explain needs a FILE and a UNIT-ID");
    antq_dataset *ds;
    char *buf;
    int rc = load(a, &ds, &buf);
    free(buf);
    if (rc)
        return rc;
    size_t idx = antq_dataset_find(ds, a->unit);
    if (idx == (size_t)-1) {
        fprintf(stderr, "antq: no unit \"%s\" in %s\n", a->unit, a->file);
        antq_dataset_free(ds);
        return CLI_BAD_INPUT;
    }
    antq_evaluation *ev = NULL;
    rc = evaluate_dataset(a, ds, pick_year(a, ds), &ev);
    if (!rc) {
        const antq_result *r = antq_evaluation_result(ev, idx);
        const antq_unit *u = antq_dataset_unit(ds, idx);
        char *text = NULL, *take = NULL;
        FILE *out = open_output(a);
        if (!out || antq_result_explain(r, a->lang, &text) || antq_result_what_it_takes(r, a->lang, &take)) {
            rc = out ? CLI_INTERNAL : CLI_IO;
        } else {
            (void)u;
            fputs(text, out);
            const char *body = strstr(take, a->lang == ANTQ_LANG_EN ? "What it would take" : "Để đạt");
            if (!body)
                body = strstr(take, a->lang == ANTQ_LANG_EN ? "Nothing is missing" : "Không thiếu");
            if (!body)
                body = strstr(take, a->lang == ANTQ_LANG_EN ? "The unit is outside" : "Đơn vị không thuộc");
            fprintf(out, "\n%s", body ? body : take);
        }
        antq_free(text);
        antq_free(take);
        if (out) {
            int crc = close_output(a, out);
            if (!rc)
                rc = crc;
        }
    }
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    return rc;
}

/* ---- stats */

static void json_tally(FILE *out, const char *name, const cli_tally *t)
{
    long pm = cli_share_permille(t);
    fprintf(out, "\"%s\":{\"units\":%ld,\"eligible\":%ld,\"registered\":%ld,\"certified\":%ld,\"not_certified\":%ld,"
                 "\"undetermined\":%ld,\"not_eligible\":%ld,\"share_certified_permille\":%ld}",
            name, t->units, t->eligible, t->registered, t->certified, t->not_certified, t->undetermined, t->not_eligible, pm);
}

static void json_group(FILE *out, const cli_group *g)
{
    fprintf(out, "{\"id\":\"%s\",", g->id);
    json_tally(out, "all", &g->all);
    if (g->has_prev) {
        fputc(',', out);
        json_tally(out, "previous", &g->prev);
        long now = cli_share_permille(&g->all), before = cli_share_permille(&g->prev);
        if (now >= 0 && before >= 0)
            fprintf(out, ",\"change_permille\":%ld", now - before);
    }
    fputs(",\"by_kind\":{", out);
    for (int k = 1; k < ANTQ_KIND_COUNT; k++) {
        if (k > 1)
            fputc(',', out);
        json_tally(out, antq_unit_kind_name(k), &g->by_kind[k]);
    }
    fputs("}}", out);
}

static void text_group(FILE *out, const cli_group *g, int en)
{
    long pm = cli_share_permille(&g->all);
    cli_pad(out, g->id, 12);
    fputc(' ', out);
    cli_pad(out, g->name ? g->name : "", 28);
    fprintf(out, " %6ld %8ld %10ld %9ld", g->all.units, g->all.eligible, g->all.registered, g->all.certified);
    if (pm >= 0)
        fprintf(out, " %6ld.%ld%%", pm / 10, pm % 10);
    else
        fprintf(out, " %8s", "-");
    long before = g->has_prev ? cli_share_permille(&g->prev) : -1;
    if (pm >= 0 && before >= 0) {
        long d = pm - before;
        fprintf(out, " %+5ld.%ld", d / 10, labs(d) % 10);
    } else {
        fprintf(out, " %7s", en ? "n/a" : "—");
    }
    fputc('\n', out);
}

static int cmd_stats(const args *a)
{
    if (!a->file)
        return usage("stats needs a FILE");
    int json;
    if (!text_or_json(a, &json))
        return usage("--format expects text or json");
    antq_dataset *ds;
    char *buf;
    int rc = load(a, &ds, &buf);
    free(buf);
    if (rc)
        return rc;
    int year = pick_year(a, ds);
    antq_evaluation *ev = NULL, *prev = NULL;
    rc = evaluate_with_previous(a, ds, year, &ev, &prev);
    cli_stats st;
    if (!rc && cli_stats_compute(ds, ev, prev, &st) != CLI_OK)
        rc = CLI_INTERNAL;
    if (!rc) {
        FILE *out = open_output(a);
        if (!out) {
            rc = CLI_IO;
        } else if (json) {
            fprintf(out, "{\"year\":%d,\"total\":", year);
            json_group(out, &st.total);
            fputs(",\"provinces\":[", out);
            for (size_t i = 0; i < st.n_provinces; i++) {
                if (i)
                    fputc(',', out);
                json_group(out, &st.provinces[i]);
            }
            fputs("],\"communes\":[", out);
            for (size_t i = 0; i < st.n_communes; i++) {
                if (i)
                    fputs(",\n", out);
                json_group(out, &st.communes[i]);
            }
            fputs("]}\n", out);
        } else {
            int en = a->lang == ANTQ_LANG_EN;
            fprintf(out, en ? "Statistics for %d (change: percentage points against %d)\n"
                            : "Thống kê năm %d (thay đổi: điểm phần trăm so với năm %d)\n", year, year - 1);
            cli_pad(out, en ? "id" : "mã", 12);
            fputc(' ', out);
            cli_pad(out, en ? "name" : "tên", 28);
            const char *h_en[] = {"units", "eligible", "registered", "certified", "share", "change"};
            const char *h_vi[] = {"đ.vị", "xét", "đăng ký", "đạt", "tỷ lệ", "t.đổi"};
            const int w[] = {6, 8, 10, 9, 8, 7};
            for (int h = 0; h < 6; h++) {
                fputc(' ', out);
                const char *t = en ? h_en[h] : h_vi[h];
                int len = 0;
                for (const unsigned char *q = (const unsigned char *)t; *q; q++)
                    len += (*q & 0xC0) != 0x80;
                fprintf(out, "%*s%s", w[h] - len, "", t);
            }
            fputc('\n', out);
            fprintf(out, en ? "-- provinces\n" : "-- cấp tỉnh\n");
            for (size_t i = 0; i < st.n_provinces; i++)
                text_group(out, &st.provinces[i], en);
            fprintf(out, en ? "-- communes\n" : "-- cấp xã\n");
            for (size_t i = 0; i < st.n_communes; i++)
                text_group(out, &st.communes[i], en);
            fprintf(out, en ? "-- by kind\n" : "-- theo loại\n");
            for (int k = 1; k < ANTQ_KIND_COUNT; k++) {
                cli_group g = st.total;
                g.id = antq_unit_kind_name(k);
                g.name = NULL;
                g.all = st.total.by_kind[k];
                g.has_prev = 0;
                text_group(out, &g, en);
            }
        }
        if (out) {
            int crc = close_output(a, out);
            if (!rc)
                rc = crc;
        }
        cli_stats_free(&st);
    }
    antq_evaluation_free(ev);
    antq_evaluation_free(prev);
    antq_dataset_free(ds);
    return rc;
}

/* ---- criteria */

static int cmd_criteria(const args *a)
{
    FILE *out = open_output(a);
    if (!out)
        return CLI_IO;
    int en = a->lang == ANTQ_LANG_EN;
    for (size_t i = 0; i < antq_catalogue_count(); i++) {
        const antq_criterion *c = antq_catalogue_get(i);
        if (a->as_of && (a->as_of < c->valid_from || a->as_of > c->valid_to))
            continue;
        if (a->kind && !(c->kinds & ANTQ_KIND_BIT(a->kind)))
            continue;
        char cite[160], from[16], to[16] = "";
        antq_citation_format(&c->citation, a->lang, cite, sizeof cite);
        antq_date_format(c->valid_from, from, sizeof from);
        if (c->valid_to != ANTQ_DATE_OPEN)
            antq_date_format(c->valid_to, to, sizeof to);
        fprintf(out, "%-12s [%c] %s (%s – %s)\n", c->id, (char)c->status, cite, from, to[0] ? to : (en ? "in force" : "đang hiệu lực"));
        fprintf(out, "             %s\n", en ? c->text_en : c->text_vi);
        fputs("             ", out);
        int n = 0;
        for (int k = 1; k < ANTQ_KIND_COUNT; k++)
            if (c->kinds & ANTQ_KIND_BIT(k))
                fprintf(out, "%s%s", n++ ? ", " : "", antq_unit_kind_name(k));
        fputc('\n', out);
    }
    return close_output(a, out);
}

/* ---- campaigns: plan scorecards and festival coverage */

static int load_campaign(const char *path, const antq_dataset *ds, antq_campaign **out)
{
    char *buf;
    size_t len;
    int rc = cli_read_file(path, &buf, &len);
    if (rc)
        return rc;
    antq_error err;
    if (antq_campaign_load_json(out, buf, len, &err) != ANTQ_OK ||
        (antq_campaign_check(*out, ds, &err) != ANTQ_OK && (antq_campaign_free(*out), *out = NULL, 1))) {
        print_error(path, &err);
        free(buf);
        return CLI_BAD_INPUT;
    }
    free(buf);
    return CLI_OK;
}

/* The dataset FILE and a campaign file checked against it; on failure nothing is left to free. */
static int load_with_campaign(const args *a, const char *campaign_path, antq_dataset **ds, antq_campaign **c)
{
    char *buf;
    int rc = load(a, ds, &buf);
    free(buf);
    if (rc)
        return rc;
    rc = load_campaign(campaign_path, *ds, c);
    if (rc) {
        antq_dataset_free(*ds);
        *ds = NULL;
    }
    return rc;
}

/* The plan named by --plan, else the plan of the evaluation year, else the first. */
static size_t pick_plan(const args *a, const antq_campaign *c, int year)
{
    size_t n = antq_campaign_plan_count(c);
    for (size_t i = 0; i < n; i++)
        if (a->plan_id ? strcmp(antq_campaign_plan(c, i)->id, a->plan_id) == 0 : antq_campaign_plan(c, i)->year == year)
            return i;
    return a->plan_id || n == 0 ? (size_t)-1 : 0;
}

static int cmd_plan(const args *a)
{
    if (!a->file || !a->unit)
        return usage("plan needs a FILE and a CAMPAIGN file");
    int json;
    if (!text_or_json(a, &json))
        return usage("--format expects text or json");
    antq_dataset *ds;
    antq_campaign *c = NULL;
    int rc = load_with_campaign(a, a->unit, &ds, &c);
    if (rc)
        return rc;
    size_t pi = rc ? (size_t)-1 : pick_plan(a, c, a->year);
    if (!rc && pi == (size_t)-1) {
        fprintf(stderr, "antq: %s has no plan%s%s\n", a->unit, a->plan_id ? " " : "", a->plan_id ? a->plan_id : "");
        rc = CLI_BAD_INPUT;
    }
    antq_evaluation *ev = NULL;
    if (!rc)
        rc = evaluate_dataset(a, ds, a->year ? a->year : antq_campaign_plan(c, pi)->year, &ev);
    antq_scorecard *sc = NULL;
    antq_error err;
    if (!rc && antq_plan_evaluate(c, pi, ds, ev, a->as_of, &sc, &err) != ANTQ_OK) {
        print_error(a->unit, &err);
        rc = CLI_BAD_INPUT;
    }
    char *text = NULL;
    if (!rc && antq_scorecard_write(sc, json, a->lang, &text) != ANTQ_OK)
        rc = CLI_INTERNAL;
    if (!rc) {
        FILE *out = open_output(a);
        if (!out) {
            rc = CLI_IO;
        } else {
            fputs(text, out);
            rc = close_output(a, out);
        }
    }
    antq_free(text);
    antq_scorecard_free(sc);
    antq_evaluation_free(ev);
    antq_campaign_free(c);
    antq_dataset_free(ds);
    return rc;
}

static void permille(FILE *out, int64_t part, int64_t whole)
{
    if (whole > 0)
        fprintf(out, " (%lld.%lld%%)", (long long)(part * 1000 / whole / 10), (long long)(part * 1000 / whole % 10));
}

static int cmd_festival(const args *a)
{
    if (!a->file || !a->unit)
        return usage("festival needs a FILE and a CAMPAIGN file");
    int json;
    if (!text_or_json(a, &json))
        return usage("--format expects text or json");
    antq_dataset *ds;
    antq_campaign *c = NULL;
    int rc = load_with_campaign(a, a->unit, &ds, &c);
    if (rc)
        return rc;
    int year = a->year ? a->year : pick_year(a, ds);
    antq_festival_coverage cov;
    antq_error err;
    if (!rc && antq_festival_coverage_compute(c, ds, year, &cov, &err) != ANTQ_OK) {
        print_error(a->unit, &err);
        rc = CLI_BAD_INPUT;
    }
    FILE *out = rc ? NULL : open_output(a);
    if (!rc && !out)
        rc = CLI_IO;
    if (out) {
        int en = a->lang == ANTQ_LANG_EN;
        if (json) {
            fprintf(out, "{\"year\":%d,\"ordinal\":%d,\"communes\":[%lld,%lld],\"residential_areas\":[%lld,%lld],"
                         "\"organisations\":[%lld,%lld],\"point_sites\":{",
                    (int)cov.year, (int)cov.ordinal, (long long)cov.communes_held, (long long)cov.communes,
                    (long long)cov.areas_held, (long long)cov.areas, (long long)cov.organisations_held,
                    (long long)cov.organisations);
            for (int l = 1; l <= ANTQ_FESTIVAL_LEVEL_EDUCATIONAL_INSTITUTION; l++)
                fprintf(out, "%s\"%s\":%lld", l > 1 ? "," : "", antq_festival_level_name(l), (long long)cov.point_sites[l]);
            fprintf(out, "},\"communes_with_area_point_site\":%lld,\"participants\":%lld,\"gifts\":%lld,"
                         "\"gift_value_vnd\":%lld,\"commendations\":%lld}\n",
                    (long long)cov.communes_with_area_point_site, (long long)cov.participants, (long long)cov.gifts,
                    (long long)cov.gift_value_vnd, (long long)cov.commendations);
        } else {
            fprintf(out, en ? "Festival \"All people protect national security\" %d (the %d%s, since 19/8/2005)\n"
                            : "Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm %d (lần thứ %d%s, từ 19/8/2005)\n",
                    (int)cov.year, (int)cov.ordinal, en ? (cov.ordinal % 10 == 1 && cov.ordinal != 11 ? "st" : cov.ordinal % 10 == 2 && cov.ordinal != 12 ? "nd" : cov.ordinal % 10 == 3 && cov.ordinal != 13 ? "rd" : "th") : "");
            fprintf(out, en ? "  communes that held it:           %lld of %lld" : "  xã, phường tổ chức:              %lld/%lld",
                    (long long)cov.communes_held, (long long)cov.communes);
            permille(out, cov.communes_held, cov.communes);
            fprintf(out, en ? "\n  residential areas that held it:  %lld of %lld" : "\n  khu dân cư tổ chức:              %lld/%lld",
                    (long long)cov.areas_held, (long long)cov.areas);
            permille(out, cov.areas_held, cov.areas);
            fprintf(out, en ? "\n  agencies, enterprises, schools:  %lld of %lld" : "\n  cơ quan, doanh nghiệp, trường:   %lld/%lld",
                    (long long)cov.organisations_held, (long long)cov.organisations);
            permille(out, cov.organisations_held, cov.organisations);
            fprintf(out, en ? "\n  point sites:" : "\n  điểm tổ chức:");
            for (int l = 1; l <= ANTQ_FESTIVAL_LEVEL_EDUCATIONAL_INSTITUTION; l++)
                if (cov.point_sites[l])
                    fprintf(out, " %s %lld;", antq_festival_level_name(l), (long long)cov.point_sites[l]);
            fprintf(out, en ? "\n  communes with a residential-area point site: %lld of %lld\n"
                            : "\n  xã có điểm tổ chức ở khu dân cư: %lld/%lld\n",
                    (long long)cov.communes_with_area_point_site, (long long)cov.communes);
            fprintf(out, en ? "  participants %lld; gifts %lld worth %lld VND; commendations %lld\n"
                            : "  người tham gia %lld; quà %lld suất, trị giá %lld đồng; khen thưởng %lld\n",
                    (long long)cov.participants, (long long)cov.gifts, (long long)cov.gift_value_vnd,
                    (long long)cov.commendations);
        }
        int crc = close_output(a, out);
        if (!rc)
            rc = crc;
    }
    antq_campaign_free(c);
    antq_dataset_free(ds);
    return rc;
}

/* ---- report */

static int cmd_report(const args *a)
{
    if (!a->file)
        return usage("report needs a FILE");
    if (a->format && strcmp(a->format, "html") != 0)
        return usage("report supports --format html only");
    antq_dataset *ds;
    char *buf;
    int rc = load(a, &ds, &buf);
    free(buf);
    if (rc)
        return rc;
    int year = pick_year(a, ds);
    antq_evaluation *ev = NULL, *prev = NULL;
    rc = evaluate_with_previous(a, ds, year, &ev, &prev);
    antq_campaign *c = NULL;
    antq_scorecard *sc = NULL;
    antq_festival_coverage cov;
    int have_cov = 0;
    if (!rc && a->campaign_file) {
        antq_error err;
        rc = load_campaign(a->campaign_file, ds, &c);
        size_t pi = rc ? (size_t)-1 : pick_plan(a, c, year);
        if (!rc && pi != (size_t)-1 && antq_plan_evaluate(c, pi, ds, ev, a->as_of, &sc, &err) != ANTQ_OK) {
            print_error(a->campaign_file, &err);
            rc = CLI_BAD_INPUT;
        }
        if (!rc && antq_festival_coverage_compute(c, ds, year, &cov, &err) == ANTQ_OK)
            have_cov = 1;
    }
    cli_stats st;
    if (!rc && cli_stats_compute(ds, ev, prev, &st) != CLI_OK)
        rc = CLI_INTERNAL;
    if (!rc) {
        FILE *out = open_output(a);
        rc = out ? cli_report_html(out, ds, ev, &st, a->lang, sc, have_cov ? &cov : NULL) : CLI_IO;
        if (out) {
            int crc = close_output(a, out);
            if (!rc)
                rc = crc;
        }
        cli_stats_free(&st);
    }
    antq_scorecard_free(sc);
    antq_campaign_free(c);
    antq_evaluation_free(ev);
    antq_evaluation_free(prev);
    antq_dataset_free(ds);
    return rc;
}

int main(int argc, char **argv)
{
    args a;
    int rc = parse_args(argc, argv, &a);
    if (rc)
        return rc;
    if (strcmp(a.cmd, "evaluate") != 0 || !a.ndjson) {
        rc = load_options_file(&a, &options_ds);
        if (rc)
            return rc;
    }
    if (antq_version_number() != ANTQ_VERSION_NUMBER)
        fprintf(stderr, "antq: warning: built for libantq %s, running with %s\n", ANTQ_VERSION_STRING, antq_version());
    if (strcmp(a.cmd, "validate") == 0) rc = cmd_validate(&a);
    else if (strcmp(a.cmd, "evaluate") == 0) rc = cmd_evaluate(&a);
    else if (strcmp(a.cmd, "explain") == 0) rc = cmd_explain(&a);
    else if (strcmp(a.cmd, "stats") == 0) rc = cmd_stats(&a);
    else if (strcmp(a.cmd, "criteria") == 0) rc = cmd_criteria(&a);
    else if (strcmp(a.cmd, "report") == 0) rc = cmd_report(&a);
    else if (strcmp(a.cmd, "plan") == 0) rc = cmd_plan(&a);
    else if (strcmp(a.cmd, "festival") == 0) rc = cmd_festival(&a);
    else {
        fprintf(stderr, "antq: unknown command \"%s\"\n", a.cmd);
        rc = usage(NULL);
    }
    antq_dataset_free(options_ds);
    return rc;
}
