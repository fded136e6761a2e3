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
    {"validate", "FILE", N_("kiểm tra một tệp dữ liệu và liệt kê mọi lỗi (đường dẫn, dòng, cột)"),
     N_("cách dùng: antq validate FILE [--ndjson] [--keep-unknown] [--lang vi|en] [-o OUT]\n"
        "Kiểm tra một tệp dữ liệu và in mọi lỗi dạng FILE:DÒNG:CỘT: ĐƯỜNG-DẪN: MÃ: THÔNG-BÁO.\n"
        "Mã thoát 0 khi hợp lệ, 2 khi không. Với -o, báo cáo cũng được ghi vào OUT.\n"),
     OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_LANG | OPT_OUTPUT, 1, 1, cmd_validate},
    {"evaluate", "FILE", N_("đánh giá mọi đơn vị và in kết quả"),
     N_("cách dùng: antq evaluate FILE [--year Y] [--as-of DATE] [--format text|json|ndjson|csv|csv-criteria]\n"
        "                          [--lang vi|en] [--ndjson] [--keep-unknown] [--options FILE] [--standard NAME]\n"
        "                          [--fail-on-uncertified] [-o OUT]\n"
        "Đánh giá mọi đơn vị (các đơn vị thành viên trước, rồi cấp xã với số liệu tổng hợp) và in kết quả.\n"
        "Dữ liệu NDJSON (--ndjson hoặc tệp .ndjson) được xử lý theo luồng, với mọi định dạng. --year nhận\n"
        "một năm, một khoảng 2022-2024 hoặc all (mọi năm có số liệu), đánh giá trong một lượt.\n"
        "--standard đánh giá theo một tiêu chuẩn dùng lại kết quả (legal-access, new-rural-19.2,\n"
        "civilized-urban-4, typical-unit).\n"),
     OPT_YEAR | OPT_AS_OF | OPT_FORMAT | OPT_LANG | OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_OPTIONS |
         OPT_FAIL_ON_UNCERTIFIED | OPT_OUTPUT | OPT_STANDARD,
     1, 1, cmd_evaluate},
    {"explain", "FILE UNIT-ID", N_("kết quả của một đơn vị, từng tiêu chí, điều khoản và những gì còn thiếu"),
     N_("cách dùng: antq explain FILE UNIT-ID [--year Y] [--as-of DATE] [--format text|json] [--lang vi|en]\n"
        "                         [--ndjson] [--keep-unknown] [--options FILE] [--standard NAME] [-o OUT]\n"
        "In kết quả của một đơn vị, mọi tiêu chí với điều khoản và số liệu, và những gì cần để đạt.\n"
        "Đặt -- trước UNIT-ID bắt đầu bằng '-'.\n"),
     OPT_YEAR | OPT_AS_OF | OPT_FORMAT | OPT_LANG | OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_OPTIONS | OPT_OUTPUT |
         OPT_STANDARD,
     2, 2, cmd_explain},
    {"stats", "FILE", N_("theo xã và tỉnh: số đơn vị, đăng ký, được công nhận, thay đổi so với năm trước"),
     N_("cách dùng: antq stats FILE [--year Y] [--as-of DATE] [--format text|json|csv] [--lang vi|en] [--ndjson]\n"
        "                       [--keep-unknown] [--options FILE] [-o OUT]\n"
        "Theo từng xã và từng tỉnh: số đơn vị theo loại, đăng ký, được công nhận, tỷ lệ được công nhận\n"
        "và thay đổi so với năm trước (khi tệp có số liệu năm trước).\n"),
     OPT_YEAR | OPT_AS_OF | OPT_FORMAT | OPT_LANG | OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_OPTIONS | OPT_OUTPUT, 1, 1,
     cmd_stats},
    {"criteria", "", N_("danh mục tiêu chí với căn cứ pháp lý"),
     N_("cách dùng: antq criteria [--as-of DATE] [--kind KIND] [--standard NAME] [--lang vi|en] [-o OUT]\n"
        "Liệt kê danh mục tiêu chí có hiệu lực vào ngày DATE (mặc định: mọi bộ quy tắc) với căn cứ pháp lý;\n"
        "--standard chỉ liệt kê các dòng của một tiêu chuẩn (safe, legal-access, new-rural-19.2,\n"
        "civilized-urban-4, typical-unit).\n"),
     OPT_AS_OF | OPT_KIND | OPT_LANG | OPT_OUTPUT | OPT_STANDARD, 0, 0, cmd_criteria},
    {"report", "FILE -o OUT.html", N_("một báo cáo HTML độc lập có biểu đồ (--campaign thêm kế hoạch)"),
     N_("cách dùng: antq report FILE -o OUT.html [--format html] [--year Y] [--lang vi|en] [--campaign CAMPAIGN]\n"
        "                        [--plan ID] [--as-of DATE] [--ndjson] [--keep-unknown] [--options FILE]\n"
        "                        [--title TEXT] [--issuer TEXT] [--province TEXT] [--date DATE]\n"
        "Ghi một tệp HTML độc lập (không cần tài nguyên bên ngoài) có biểu đồ SVG.\n"),
     OPT_YEAR | OPT_AS_OF | OPT_FORMAT | OPT_LANG | OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_CAMPAIGN | OPT_PLAN |
         OPT_OPTIONS | OPT_OUTPUT | OPT_TITLE | OPT_ISSUER | OPT_PROVINCE | OPT_DATE,
     1, 1, cmd_report},
    {"plan", "FILE CAMPAIGN", N_("bảng theo dõi kế hoạch: chỉ tiêu đạt hay không và thiếu bao nhiêu, nhiệm vụ trễ hạn"),
     N_("cách dùng: antq plan FILE CAMPAIGN [--plan ID] [--year Y] [--as-of DATE] [--format text|json] [--lang vi|en]\n"
        "                      [--ndjson] [--keep-unknown] [--options FILE] [-o OUT]\n"
        "Đánh giá các chỉ tiêu của kế hoạch theo kết quả công nhận của năm (đạt, không đạt hoặc chưa rõ,\n"
        "với giá trị đo được, yêu cầu và phần còn thiếu) và các nhiệm vụ (đúng hạn, trễ hạn hoặc đang thực hiện).\n"),
     OPT_YEAR | OPT_AS_OF | OPT_FORMAT | OPT_LANG | OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_PLAN | OPT_OPTIONS |
         OPT_OUTPUT,
     2, 2, cmd_plan},
    {"festival", "FILE CAMPAIGN", N_("kết quả Ngày hội của năm (19 tháng 8): xã, khu dân cư, điểm tổ chức"),
     N_("cách dùng: antq festival FILE CAMPAIGN [--year Y] [--format text|json] [--lang vi|en] [--ndjson]\n"
        "                          [--keep-unknown] [-o OUT]\n"
        "Kết quả tổ chức Ngày hội: số xã, khu dân cư và cơ quan, doanh nghiệp, trường học đã tổ chức,\n"
        "điểm tổ chức theo cấp, số người tham gia, quà tặng và khen thưởng.\n"),
     OPT_YEAR | OPT_FORMAT | OPT_LANG | OPT_NDJSON | OPT_KEEP_UNKNOWN | OPT_OUTPUT, 2, 2, cmd_festival},
};
enum { N_COMMANDS = sizeof commands / sizeof commands[0] };

static const char *const options_help =
    N_("các tùy chọn:\n"
       "  --year YEAR                   năm đánh giá (mặc định: options.year của --options FILE hoặc của tệp, nếu\n"
       "                                không có thì năm mới nhất của đơn vị đầu tiên có số liệu); evaluate còn\n"
       "                                nhận một khoảng 2022-2024 hoặc all\n"
       "  --as-of DATE                  ngày quyết định (YYYY-MM-DD) để tra thẩm quyền; với `criteria`, ngày hiệu lực\n"
       "  --format FMT                  evaluate: text|json|ndjson|csv|csv-criteria; explain: text|json;\n"
       "                                stats: text|json|csv; plan, festival: text|json; report: html\n"
       "  --lang vi|en                  ngôn ngữ (mặc định: theo LANGUAGE, LC_ALL, LC_MESSAGES, LANG, nếu không thì vi)\n"
       "  --kind KIND                   criteria: chỉ loại đơn vị này (mã: residential_area, commune, agency, ...)\n"
       "  --ndjson                      dữ liệu vào là NDJSON, mỗi dòng một đơn vị (xử lý theo luồng; tự nhận với tệp *.ndjson)\n"
       "  --keep-unknown                chấp nhận trường không biết thay vì báo lỗi\n"
       "  --campaign FILE               report: thêm bảng theo dõi kế hoạch và kết quả Ngày hội của tệp chiến dịch\n"
       "  --plan ID                     plan, report: kế hoạch nào của chiến dịch (mặc định: kế hoạch của năm,\n"
       "                                nếu không có thì kế hoạch đầu tiên)\n"
       "  --options FILE                lấy các tùy chọn (lựa chọn diễn giải, tiêu chí bổ sung) từ mục\n"
       "                                \"options\" của một tệp dữ liệu khác (thay cho options của tệp)\n"
       "  --fail-on-uncertified         evaluate: thoát với mã 3 nếu có đơn vị thuộc phạm vi chưa được công nhận\n"
       "  --standard NAME               evaluate, explain: một tiêu chuẩn dùng lại kết quả (legal-access,\n"
       "                                new-rural-19.2, civilized-urban-4, typical-unit); criteria: chỉ các dòng của nó\n"
       "  --title TEXT                  report: tiêu đề (mặc định: tên tiêu chuẩn và năm)\n"
       "  --issuer TEXT                 report: cơ quan ban hành (mặc định: theo options của tệp, nếu không có thì của kế hoạch)\n"
       "  --province TEXT               report: tên tỉnh (mặc định: theo options của tệp)\n"
       "  --date DATE                   report: ngày lập, YYYY-MM-DD (mặc định: SOURCE_DATE_EPOCH, nếu không có thì hôm nay)\n"
       "  -o, --output FILE             ghi vào FILE thay cho đầu ra chuẩn (chỉ thay tệp khi chạy thành công)\n"
       "  -h, --help                    trợ giúp này, hoặc của một lệnh với `antq LỆNH --help`;  --version  phiên bản\n"
       "  --                            hết các tùy chọn (cho UNIT-ID bắt đầu bằng '-')\n"
       "\n"
       "Giá trị của tùy chọn đứng ngay sau nó hoặc sau dấu '=' (--year=2024); tùy chọn có thể đứng\n"
       "trước hoặc sau các đối số, và các tùy chọn ngắn có thể viết liền nhau.\n"
       "FILE có thể là - (đầu vào chuẩn). Mã thoát: 0 thành công, 1 sai cách dùng, 2 dữ liệu không hợp lệ,\n"
       "3 có đơn vị chưa được công nhận (với --fail-on-uncertified), 4 lỗi đọc/ghi, 5 lỗi nội bộ.\n");

static void print_help(FILE *out)
{
    fputs(_("cách dùng: antq LỆNH [TÙY CHỌN]\n\ncác lệnh:\n"), out);
    for (int i = 0; i < N_COMMANDS; i++) {
        const cli_command *c = &commands[i];
        char synopsis[64];
        snprintf(synopsis, sizeof synopsis, "%s%s%s", c->name, c->args[0] ? " " : "", c->args);
        fprintf(out, "  %-29s %s\n", synopsis, _(c->summary));
    }
    fputc('\n', out);
    fputs(_(options_help), out);
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
        fprintf(stderr, _(" (xem 'antq %s --help')\n"), cmd);
    else
        fputs(_(" (xem 'antq --help')\n"), stderr);
    return CLI_USAGE;
}

/* getopt_long values of the long options without a short form */
enum {
    LO_YEAR = 256, LO_AS_OF, LO_FORMAT, LO_LANG, LO_KIND, LO_NDJSON, LO_KEEP_UNKNOWN, LO_CAMPAIGN, LO_PLAN,
    LO_OPTIONS, LO_FAIL_ON_UNCERTIFIED, LO_VERSION, LO_TITLE, LO_ISSUER, LO_PROVINCE, LO_DATE, LO_STANDARD
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
    {"standard", required_argument, NULL, LO_STANDARD},
    {"output", required_argument, NULL, 'o'},
    {"help", no_argument, NULL, 'h'},
    {"version", no_argument, NULL, LO_VERSION},
    {"title", required_argument, NULL, LO_TITLE},
    {"issuer", required_argument, NULL, LO_ISSUER},
    {"province", required_argument, NULL, LO_PROVINCE},
    {"date", required_argument, NULL, LO_DATE},
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
    case OPT_TITLE: return "--title";
    case OPT_ISSUER: return "--issuer";
    case OPT_PROVINCE: return "--province";
    case OPT_DATE: return "--date";
    case OPT_STANDARD: return "--standard";
    default: return "?";
    }
}

/* Parses argv into *a. Returns -1 to go on, or an exit code (help, version, usage error). */
static int parse_args(int argc, char **argv, cli_args *a, const cli_command **cmd_out)
{
    memset(a, 0, sizeof *a);
    a->lang = cli_lang();
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
                return cli_usage_error(NULL, _("quá nhiều đối số: \"%s\""), val);
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
            /* one year, a range "2022-2024" or "all" */
            long y = strtol(val, &end, 10), y2 = y;
            if (strcmp(val, "all") == 0) {
                a->all_years = 1;
                y = y2 = 0;
            } else if (*val && *end == '-' && end[1]) {
                y2 = strtol(end + 1, &end, 10);
            }
            if (!a->all_years && (!*val || *end || y < 1901 || y > 2998 || y2 < y || y2 > 2998))
                return cli_usage_error(NULL, _("--year cần một năm, ví dụ 2024, một khoảng như 2022-2024 hoặc all, "
                                               "không phải \"%s\""), val);
            a->year = (int)y;
            a->year_to = y2 != y ? (int)y2 : 0;
            a->seen |= OPT_YEAR;
            break;
        }
        case LO_AS_OF:
            if (antq_date_parse(&a->as_of, val, strlen(val)) != ANTQ_OK)
                return cli_usage_error(NULL, _("--as-of cần một ngày có thật dạng YYYY-MM-DD, không phải \"%s\""), val);
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
                return cli_usage_error(NULL, _("--lang nhận vi hoặc en, không phải \"%s\""), val);
            a->seen |= OPT_LANG;
            break;
        case LO_KIND:
            a->kind = antq_unit_kind_from_name(val);
            if (!a->kind)
                return cli_usage_error(NULL, _("--kind nhận residential_area, commune, agency, enterprise hoặc "
                                               "educational_institution, không phải \"%s\""), val);
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
        case LO_STANDARD:
            a->standard = antq_standard_from_name(val);
            if (a->standard < 0)
                return cli_usage_error(NULL, _("--standard cần safe, legal-access, new-rural-19.2, civilized-urban-4 "
                                               "hoặc typical-unit, không phải \"%s\""), val);
            a->seen |= OPT_STANDARD;
            break;
        case LO_TITLE:
            a->report.title = val;
            a->seen |= OPT_TITLE;
            break;
        case LO_ISSUER:
            a->report.issuer = val;
            a->seen |= OPT_ISSUER;
            break;
        case LO_PROVINCE:
            a->report.province = val;
            a->seen |= OPT_PROVINCE;
            break;
        case LO_DATE:
            if (antq_date_parse(&a->report.made_on, val, strlen(val)) != ANTQ_OK)
                return cli_usage_error(NULL, _("--date cần một ngày có thật dạng YYYY-MM-DD, không phải \"%s\""), val);
            a->seen |= OPT_DATE;
            break;
        case ':':
            return cli_usage_error(NULL, _("%s cần một giá trị"), argv[prev_optind]);
        default: /* '?' */
            if (optopt && optopt < 256)
                return cli_usage_error(NULL, _("không có tùy chọn -%c"), optopt);
            return cli_usage_error(NULL, _("không có tùy chọn %s"), argv[prev_optind]);
        }
    }
    /* after "--" getopt stops: the rest are positional */
    for (; optind < argc; optind++) {
        if (npos == 8)
            return cli_usage_error(NULL, _("quá nhiều đối số: \"%s\""), argv[optind]);
        positional[npos++] = argv[optind];
    }
    if (version) {
        printf("antq %s (libantq %s)\n", ANTQ_VERSION_STRING, antq_version());
        return CLI_OK;
    }
    const cli_command *cmd = npos ? find_command(positional[0]) : NULL;
    if (help) {
        if (cmd)
            fputs(_(cmd->help), stdout);
        else
            print_help(stdout);
        return CLI_OK;
    }
    if (!npos)
        return cli_usage_error(NULL, _("chưa có lệnh nào"));
    if (!cmd)
        return cli_usage_error(NULL, _("không có lệnh \"%s\""), positional[0]);
    a->cmd = cmd->name;
    unsigned extra = a->seen & ~cmd->options;
    for (unsigned bit = 1; extra; bit <<= 1)
        if (extra & bit)
            return cli_usage_error(cmd->name, _("lệnh %s không nhận %s"), cmd->name, option_name(bit));
    if ((a->year_to || a->all_years) && strcmp(cmd->name, "evaluate") != 0)
        return cli_usage_error(cmd->name, _("lệnh %s nhận một năm: --year NĂM"), cmd->name);
    a->npos = npos - 1;
    if (a->npos < cmd->min_pos)
        return cli_usage_error(cmd->name,
                               cmd->min_pos == 1                   ? _("%s cần một tệp FILE")
                               : strcmp(cmd->name, "explain") == 0 ? _("%s cần FILE và UNIT-ID")
                                                                   : _("%s cần FILE và tệp CAMPAIGN"),
                               cmd->name);
    if (a->npos > cmd->max_pos)
        return cli_usage_error(cmd->name,
                               cmd->max_pos == 1 ? _("%s nhận 1 đối số; thừa \"%s\"") : _("%s nhận 2 đối số; thừa \"%s\""),
                               cmd->name, positional[1 + cmd->max_pos]);
    for (int i = 0; i < a->npos; i++)
        a->pos[i] = positional[1 + i];
    a->file = a->pos[0];
    size_t len = a->file ? strlen(a->file) : 0;
    if (len > 7 && strcmp(a->file + len - 7, ".ndjson") == 0)
        a->ndjson = 1;
    *cmd_out = cmd;
    return -1;
}

/* The language of messages: the last valid --lang before "--", else the environment's. Decided
 * before parsing so that usage errors are already in that language. */
static int messages_lang(int argc, char **argv)
{
    int lang = cli_lang_from_env();
    for (int i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
        const char *v = strncmp(argv[i], "--lang=", 7) == 0 ? argv[i] + 7
                        : strcmp(argv[i], "--lang") == 0 && i + 1 < argc ? argv[++i]
                                                                           : NULL;
        if (v && strcmp(v, "vi") == 0)
            lang = ANTQ_LANG_VI;
        else if (v && strcmp(v, "en") == 0)
            lang = ANTQ_LANG_EN;
    }
    return lang;
}

int main(int argc, char **argv)
{
    cli_set_lang(messages_lang(argc, argv));
    cli_args a;
    const cli_command *cmd = NULL;
    int rc = parse_args(argc, argv, &a, &cmd);
    if (rc >= 0)
        return rc;
    if (antq_version_number() != ANTQ_VERSION_NUMBER)
        fprintf(stderr, _("antq: cảnh báo: được dịch cho libantq %s, đang chạy với %s\n"), ANTQ_VERSION_STRING,
                antq_version());
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
