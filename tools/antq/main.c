/* antq — check, evaluate, explain and report "Safe in security and order"
 * datasets from the command line. Uses only the public libantq API.
 *
 * This file holds the dispatch table and the option parser; each command is
 * in its own cmd-<name>.c.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <getopt.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static const cli_command commands[] = {
    {"validate", "FILE", "check a dataset and list every error (path, line, column)",
     "usage: antq validate FILE [--ndjson] [--keep-unknown] [-o OUT]\n"
     "Checks a dataset and prints every error as FILE:LINE:COLUMN: PATH: CODE: MESSAGE.\n"
     "Exit 0 when valid, 2 when not. With -o the report is also written to OUT.\n",
     OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_OUTPUT, 1, 1, cmd_validate},
    {"evaluate", "FILE", "evaluate every unit and print the results",
     "usage: antq evaluate FILE [--year Y] [--as-of DATE] [--format text|json|ndjson|csv|csv-criteria|xlsx]\n"
     "                     [--lang vi|en] [--ndjson] [--options FILE] [--fail-on-uncertified] [-o OUT]\n"
     "                     [--campaign CAMPAIGN] [--plan ID]\n"
     "Evaluates every unit (members first, then communes with their roll-up) and prints the results.\n"
     "NDJSON input (--ndjson or a .ndjson file) is streamed: one result line per unit.\n"
     "FILE may also be an .xlsx workbook, a CSV file or a directory of CSV files (doc/spreadsheets.md).\n"
     "--format xlsx writes a results workbook to -o OUT.xlsx (with --campaign, the plan's targets).\n",
     OPT_YEAR | OPT_AS_OF | OPT_FORMAT | OPT_LANG | OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_OPTIONS |
         OPT_FAIL_ON_UNCERTIFIED | OPT_OUTPUT | OPT_CAMPAIGN | OPT_PLAN,
     1, 1, cmd_evaluate},
    {"explain", "FILE UNIT-ID", "the verdict of one unit, each criterion, its clause and what it would take",
     "usage: antq explain FILE UNIT-ID [--year Y] [--as-of DATE] [--lang vi|en] [--options FILE] [-o OUT]\n"
     "Prints the verdict of one unit, every criterion with its clause and facts, and what it would take.\n"
     "Put -- before a UNIT-ID that starts with '-'.\n",
     OPT_YEAR | OPT_AS_OF | OPT_LANG | OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_OPTIONS | OPT_OUTPUT, 2, 2, cmd_explain},
    {"stats", "FILE", "per commune and province: units, registered, certified, change from last year",
     "usage: antq stats FILE [--year Y] [--format text|json] [--lang vi|en] [--options FILE] [-o OUT]\n"
     "Per commune and per province: units by kind, registered, certified, share certified and the\n"
     "change from the previous year (when the file has evidence for it).\n",
     OPT_YEAR | OPT_AS_OF | OPT_FORMAT | OPT_LANG | OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_OPTIONS | OPT_OUTPUT, 1, 1,
     cmd_stats},
    {"criteria", "", "the criteria catalogue with citations",
     "usage: antq criteria [--as-of DATE] [--kind KIND] [--lang vi|en] [-o OUT]\n"
     "Lists the criteria catalogue in force on DATE (default: all rule sets) with citations.\n",
     OPT_AS_OF | OPT_KIND | OPT_LANG | OPT_OUTPUT, 0, 0, cmd_criteria},
    {"report", "FILE -o OUT.html", "a self-contained HTML report with charts (--campaign adds the plan)",
     "usage: antq report FILE -o OUT.html [--format html] [--year Y] [--lang vi|en] [--campaign CAMPAIGN]\n"
     "                   [--plan ID] [--as-of DATE] [--options FILE]\n"
     "Writes one self-contained HTML file (no external assets) with SVG charts.\n",
     OPT_YEAR | OPT_AS_OF | OPT_FORMAT | OPT_LANG | OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_CAMPAIGN | OPT_PLAN |
         OPT_OPTIONS | OPT_OUTPUT,
     1, 1, cmd_report},
    {"plan", "FILE CAMPAIGN", "a plan's scorecard: targets met or missed by how much, tasks late",
     "usage: antq plan FILE CAMPAIGN [--plan ID] [--year Y] [--as-of DATE] [--format text|json] [--lang vi|en]\n"
     "                 [--options FILE] [-o OUT]\n"
     "Evaluates a plan's targets against the year's certification results (met, not met or unknown,\n"
     "with the measured value, the requirement and the gap) and its tasks (on time, late or open).\n",
     OPT_YEAR | OPT_AS_OF | OPT_FORMAT | OPT_LANG | OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_PLAN | OPT_OPTIONS |
         OPT_OUTPUT,
     2, 2, cmd_plan},
    {"festival", "FILE CAMPAIGN", "the year's festival coverage (19 August): communes, areas, point sites",
     "usage: antq festival FILE CAMPAIGN [--year Y] [--format text|json] [--lang vi|en] [-o OUT]\n"
     "Festival coverage: communes, residential areas and organisations that held the festival,\n"
     "point sites per level, participants, gifts and commendations.\n",
     OPT_YEAR | OPT_FORMAT | OPT_LANG | OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_OUTPUT, 2, 2, cmd_festival},
    {"convert", "IN OUT", "a dataset from one form to another: JSON, NDJSON, CSV set, .xlsx",
     "usage: antq convert IN OUT [--format json|ndjson|csv|xlsx] [--lang vi|en] [--ndjson] [--keep-unknown]\n"
     "Reads a dataset in any form (JSON, NDJSON, an .xlsx workbook, a CSV file or a directory of CSV files)\n"
     "and writes it as OUT: *.xlsx a workbook, *.json a document, *.ndjson one unit per line, anything\n"
     "else a directory of CSV files (created if needed). --lang picks the headers and values of sheets.\n",
     OPT_FORMAT | OPT_LANG | OPT_NDJSON | OPT_KEEP_UNKNOWN, 2, 2, cmd_convert},
    {"template", "-o OUT.xlsx", "an empty workbook (or CSV set) to fill in, explained column by column",
     "usage: antq template -o OUT.xlsx [--year Y] [--kind KIND] [--lang vi|en] [--format xlsx|csv]\n"
     "Writes an empty workbook with every sheet and column of doc/spreadsheets.md, a sheet explaining\n"
     "each column and drop-down lists; --kind limits the unit-kind list; -o DIR (or --format csv)\n"
     "writes the CSV set into a directory.\n",
     OPT_YEAR | OPT_KIND | OPT_LANG | OPT_FORMAT | OPT_OUTPUT, 0, 0, cmd_template},
};
enum { N_COMMANDS = sizeof commands / sizeof commands[0] };

static const char *const options_help =
    "options:\n"
    "  --year YEAR                   evaluation year (default: options.year of the file, else the latest year)\n"
    "  --as-of DATE                  decision date (YYYY-MM-DD) for the authority table; for `criteria`, the date\n"
    "  --format FMT                  evaluate: text|json|ndjson|csv|csv-criteria|xlsx; stats, plan, festival:\n"
    "                                text|json; report: html; convert: json|ndjson|csv|xlsx; template: xlsx|csv\n"
    "  --lang vi|en                  language of texts (default vi)\n"
    "  --kind KIND                   criteria: only this unit kind (residential_area, commune, agency, ...);\n"
    "                                template: the only kind offered in the unit-kind list\n"
    "  --ndjson                      the input is NDJSON, one unit per line (streamed; also for *.ndjson files)\n"
    "  --keep-unknown                accept unknown fields instead of failing\n"
    "  --campaign FILE               report: add the plan scorecard and festival coverage of a campaign file;\n"
    "                                evaluate --format xlsx: add the plan's targets to the summary\n"
    "  --plan ID                     plan, report: which plan of the campaign (default: the plan of the year,\n"
    "                                else the first)\n"
    "  --options FILE                take the options (interpretation choices, extra criteria) from the\n"
    "                                \"options\" of another dataset document (for NDJSON input)\n"
    "  --fail-on-uncertified         evaluate: exit 3 if any eligible unit is not certified\n"
    "  -o, --output FILE             write to FILE instead of standard output (replaced only when the run succeeds)\n"
    "  -h, --help                    this help, or a command's with `antq COMMAND --help`;  --version  the version\n"
    "  --                            end of options (for a UNIT-ID that starts with '-')\n"
    "\n"
    "An option's value follows it as the next word or after '=' (--year=2024); options may come\n"
    "before or after the arguments, and short options may be bundled.\n"
    "FILE may be - for standard input. Exit codes: 0 success, 1 usage, 2 invalid input,\n"
    "3 some unit not certified (with --fail-on-uncertified), 4 input/output error, 5 internal error.\n";

static void print_help(FILE *out)
{
    fputs("usage: antq COMMAND [OPTIONS]\n\ncommands:\n", out);
    for (int i = 0; i < N_COMMANDS; i++) {
        const cli_command *c = &commands[i];
        char synopsis[64];
        snprintf(synopsis, sizeof synopsis, "%s%s%s", c->name, c->args[0] ? " " : "", c->args);
        fprintf(out, "  %-29s %s\n", synopsis, c->summary);
    }
    fputc('\n', out);
    fputs(options_help, out);
}

static const cli_command *find_command(const char *name)
{
    for (int i = 0; name && i < N_COMMANDS; i++)
        if (strcmp(commands[i].name, name) == 0)
            return &commands[i];
    return NULL;
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fputs("antq: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    if (cmd)
        fprintf(stderr, " (see 'antq %s --help')\n", cmd);
    else
        fputs(" (see 'antq --help')\n", stderr);
    return CLI_USAGE;
}

/* getopt_long values of the long options without a short form */
enum {
    LO_YEAR = 256, LO_AS_OF, LO_FORMAT, LO_LANG, LO_KIND, LO_NDJSON, LO_KEEP_UNKNOWN, LO_CAMPAIGN, LO_PLAN,
    LO_OPTIONS, LO_FAIL_ON_UNCERTIFIED, LO_VERSION
};

static const struct option long_options[] = {
    {"year", required_argument, NULL, LO_YEAR},
    {"as-of", required_argument, NULL, LO_AS_OF},
    {"format", required_argument, NULL, LO_FORMAT},
    {"lang", required_argument, NULL, LO_LANG},
    {"kind", required_argument, NULL, LO_KIND},
    {"ndjson", no_argument, NULL, LO_NDJSON},
    {"keep-unknown", no_argument, NULL, LO_KEEP_UNKNOWN},
    {"campaign", required_argument, NULL, LO_CAMPAIGN},
    {"plan", required_argument, NULL, LO_PLAN},
    {"options", required_argument, NULL, LO_OPTIONS},
    {"fail-on-uncertified", no_argument, NULL, LO_FAIL_ON_UNCERTIFIED},
    {"output", required_argument, NULL, 'o'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, LO_VERSION},
    {NULL, 0, NULL, 0},
};

/* The option's name as written, for messages: "--year", "-o". */
static const char *option_name(unsigned bit)
{
    switch (bit) {
    case OPT_YEAR: return "--year";
    case OPT_AS_OF: return "--as-of";
    case OPT_FORMAT: return "--format";
    case OPT_LANG: return "--lang";
    case OPT_KIND: return "--kind";
    case OPT_NDJSON: return "--ndjson";
    case OPT_KEEP_UNKNOWN: return "--keep-unknown";
    case OPT_CAMPAIGN: return "--campaign";
    case OPT_PLAN: return "--plan";
    case OPT_OPTIONS: return "--options";
    case OPT_FAIL_ON_UNCERTIFIED: return "--fail-on-uncertified";
    case OPT_OUTPUT: return "-o";
    default: return "?";
    }
}

/* Parses argv into *a. Returns -1 to go on, or an exit code (help, version, usage error). */
static int parse_args(int argc, char **argv, cli_args *a, const cli_command **cmd_out)
{
    memset(a, 0, sizeof *a);
    a->lang = ANTQ_LANG_VI;
    int help = 0, version = 0;
    const char *positional[8];
    int npos = 0;
    opterr = 0; /* the messages are ours */
    optind = 1;
    for (;;) {
        int prev_optind = optind;
        int c = getopt_long(argc, argv, "-:ho:", long_options, NULL);
        if (c == -1)
            break;
        const char *val = optarg;
        switch (c) {
        case 1: /* a positional argument, in order (the leading '-' of the optstring) */
            if (npos == 8)
                return cli_usage_error(NULL, "too many arguments: \"%s\"", val);
            positional[npos++] = val;
            break;
        case 'h':
            help = 1;
            break;
        case LO_VERSION:
            version = 1;
            break;
        case LO_YEAR: {
            char *end;
            long y = strtol(val, &end, 10);
            if (!*val || *end || y < 1901 || y > 2998)
                return cli_usage_error(NULL, "--year expects a year such as 2024, not \"%s\"", val);
            a->year = (int)y;
            a->seen |= OPT_YEAR;
            break;
        }
        case LO_AS_OF:
            if (antq_date_parse(&a->as_of, val, strlen(val)) != ANTQ_OK)
                return cli_usage_error(NULL, "--as-of expects a real date YYYY-MM-DD, not \"%s\"", val);
            a->seen |= OPT_AS_OF;
            break;
        case LO_FORMAT:
            a->format = val;
            a->seen |= OPT_FORMAT;
            break;
        case LO_LANG:
            if (strcmp(val, "vi") == 0)
                a->lang = ANTQ_LANG_VI;
            else if (strcmp(val, "en") == 0)
                a->lang = ANTQ_LANG_EN;
            else
                return cli_usage_error(NULL, "--lang expects vi or en, not \"%s\"", val);
            a->seen |= OPT_LANG;
            break;
        case LO_KIND:
            a->kind = antq_unit_kind_from_name(val);
            if (!a->kind)
                return cli_usage_error(NULL, "--kind expects residential_area, commune, agency, enterprise or "
                                             "educational_institution, not \"%s\"", val);
            a->seen |= OPT_KIND;
            break;
        case LO_NDJSON:
            a->ndjson = 1;
            a->seen |= OPT_NDJSON;
            break;
        case LO_KEEP_UNKNOWN:
            a->keep_unknown = 1;
            a->seen |= OPT_KEEP_UNKNOWN;
            break;
        case LO_CAMPAIGN:
            a->campaign_file = val;
            a->seen |= OPT_CAMPAIGN;
            break;
        case LO_PLAN:
            a->plan_id = val;
            a->seen |= OPT_PLAN;
            break;
        case LO_OPTIONS:
            a->options_file = val;
            a->seen |= OPT_OPTIONS;
            break;
        case LO_FAIL_ON_UNCERTIFIED:
            a->fail_on_uncertified = 1;
            a->seen |= OPT_FAIL_ON_UNCERTIFIED;
            break;
        case 'o':
            a->out = val;
            a->seen |= OPT_OUTPUT;
            break;
        case ':':
            return cli_usage_error(NULL, "%s needs a value", argv[prev_optind]);
        default: /* '?' */
            if (optopt && optopt < 256)
                return cli_usage_error(NULL, "unknown option -%c", optopt);
            return cli_usage_error(NULL, "unknown option %s", argv[prev_optind]);
        }
    }
    /* after "--" getopt stops: the rest are positional */
    for (; optind < argc; optind++) {
        if (npos == 8)
            return cli_usage_error(NULL, "too many arguments: \"%s\"", argv[optind]);
        positional[npos++] = argv[optind];
    }
    if (version) {
        printf("antq %s (libantq %s)\n", ANTQ_VERSION_STRING, antq_version());
        return CLI_OK;
    }
    const cli_command *cmd = npos ? find_command(positional[0]) : NULL;
    if (help) {
        if (cmd)
            fputs(cmd->help, stdout);
        else
            print_help(stdout);
        return CLI_OK;
    }
    if (!npos)
        return cli_usage_error(NULL, "no command given");
    if (!cmd)
        return cli_usage_error(NULL, "unknown command \"%s\"", positional[0]);
    a->cmd = cmd->name;
    unsigned extra = a->seen & ~cmd->options;
    for (unsigned bit = 1; extra; bit <<= 1)
        if (extra & bit)
            return cli_usage_error(cmd->name, "%s does not take %s", cmd->name, option_name(bit));
    a->npos = npos - 1;
    if (a->npos < cmd->min_pos)
        return cli_usage_error(cmd->name, "%s needs %s", cmd->name,
                               cmd->min_pos == 1 ? "a FILE"
                               : strcmp(cmd->name, "explain") == 0 ? "a FILE and a UNIT-ID"
                               : strcmp(cmd->name, "convert") == 0 ? "an input IN and an output OUT"
                                                                   : "a FILE and a CAMPAIGN file");
    if (a->npos > cmd->max_pos)
        return cli_usage_error(cmd->name, "%s takes %d argument%s; unexpected \"%s\"", cmd->name, cmd->max_pos,
                               cmd->max_pos == 1 ? "" : "s", positional[1 + cmd->max_pos]);
    for (int i = 0; i < a->npos; i++)
        a->pos[i] = positional[1 + i];
    a->file = a->pos[0];
    size_t len = a->file ? strlen(a->file) : 0;
    if (len > 7 && strcmp(a->file + len - 7, ".ndjson") == 0)
        a->ndjson = 1;
    *cmd_out = cmd;
    return -1;
}

int main(int argc, char **argv)
{
    cli_args a;
    const cli_command *cmd = NULL;
    int rc = parse_args(argc, argv, &a, &cmd);
    if (rc >= 0)
        return rc;
    if (antq_version_number() != ANTQ_VERSION_NUMBER)
        fprintf(stderr, "antq: warning: built for libantq %s, running with %s\n", ANTQ_VERSION_STRING, antq_version());
    rc = cli_output_check_inputs(&a);
    if (rc)
        return rc;
    antq_dataset *options_ds = NULL;
    if (a.options_file) {
        rc = cli_load_options_file(a.options_file, &options_ds);
        if (rc)
            return rc;
        a.options_ds = options_ds;
    }
    rc = cmd->run(&a);
    antq_dataset_free(options_ds);
    return rc;
}
