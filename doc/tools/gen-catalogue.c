/* gen-catalogue: print the rules catalogue as Markdown, read from the library's
 * own tables through the public API only (antq_ruleset_*, antq_catalogue_*,
 * antq_citation_format, antq_authority_*), so the documentation cannot drift
 * from the code.
 *
 * usage: gen-catalogue [OUTPUT.md]     (stdout when no file is given)
 *
 * doc/rules-catalogue.md is this program's output. The test 'catalogue'
 * (suite docs) fails when they differ; `ninja -C build update-catalogue-doc`
 * rewrites the file.
 * SPDX-License-Identifier: MIT */
#include <antq.h>

#include <stdio.h>
#include <string.h>

/* Markdown table cell: '|' escaped, line breaks turned into spaces. */
static void cell(FILE *out, const char *text)
{
    if (!text) {
        fputs("—", out);
        return;
    }
    for (const char *p = text; *p; p++) {
        if (*p == '|')
            fputs("\\|", out);
        else if (*p == '\n' || *p == '\r')
            fputc(' ', out);
        else
            fputc(*p, out);
    }
}

static void date_cell(FILE *out, int32_t date)
{
    char buf[16];
    if (date == ANTQ_DATE_OPEN)
        fputs("open", out);
    else if (antq_date_format(buf, sizeof buf, date) == ANTQ_OK)
        fputs(buf, out);
    else
        fprintf(out, "%ld", (long)date);
}

static void citation_cell(FILE *out, const antq_citation *c, int lang)
{
    char buf[256];
    int n = antq_citation_format(buf, sizeof buf, c, lang);
    if (n < 0 || (size_t)n >= sizeof buf)
        fputs("(citation too long or invalid)", out);
    else
        cell(out, buf);
}

static const char *role_name(int role)
{
    switch (role) {
    case ANTQ_CRITERION_SCOPE: return "scope";
    case ANTQ_CRITERION_STANDARD: return "standard";
    case ANTQ_CRITERION_PROCEDURE: return "procedure";
    default: return "?";
    }
}

static const char *status_name(int status)
{
    switch (status) {
    case ANTQ_STATUS_VERIFIED: return "V verified";
    case ANTQ_STATUS_SECONDARY: return "S secondary";
    case ANTQ_STATUS_DERIVED: return "D derived";
    case ANTQ_STATUS_UNVERIFIED: return "U unverified";
    default: return "?";
    }
}

static const char *level_name(int level)
{
    switch (level) {
    case ANTQ_LEVEL_UNKNOWN: return "any";
    case ANTQ_LEVEL_COMMUNE: return "commune";
    case ANTQ_LEVEL_DISTRICT: return "district";
    case ANTQ_LEVEL_PROVINCE: return "province";
    case ANTQ_LEVEL_MINISTRY: return "ministry";
    default: return "?";
    }
}

static const char *op_name(int op)
{
    static const char *const names[] = {"NONE", "GE", "GT", "LE", "LT", "EQ_ALL", "ZERO", "TRUE", "IN_RANGE"};
    return op >= 0 && op < (int)(sizeof names / sizeof names[0]) ? names[op] : "?";
}

static void kinds_cell(FILE *out, uint32_t kinds)
{
    const char *sep = "";
    for (int k = 1; k < ANTQ_KIND_COUNT; k++) {
        if (kinds & ANTQ_KIND_BIT(k)) {
            fprintf(out, "%s%s", sep, antq_unit_kind_name(k));
            sep = ", ";
        }
    }
}

/* `OP num/den` as stored, then what it means. */
static void threshold_cell(FILE *out, const antq_criterion *c)
{
    long long num = (long long)c->threshold_num, den = (long long)c->threshold_den;
    const char *sym = NULL;
    fprintf(out, "`%s %lld/%lld`", op_name(c->op), num, den);
    switch (c->op) {
    case ANTQ_OP_GE: sym = "≥"; break;
    case ANTQ_OP_GT: sym = ">"; break;
    case ANTQ_OP_LE: sym = "≤"; break;
    case ANTQ_OP_LT: sym = "<"; break;
    case ANTQ_OP_EQ_ALL: fputs(" (all)", out); return;
    case ANTQ_OP_ZERO: fputs(" (none)", out); return;
    case ANTQ_OP_TRUE: /* scope rows store 0/1: the fact (e.g. "armed forces") must be no */
        fputs(num == 0 ? " (no)" : num == den ? " (yes)" : "", out);
        return;
    case ANTQ_OP_IN_RANGE:
        if (num > 0 && den > 0)
            fprintf(out, " (%02lld/%02lld–%02lld/%02lld of year Y)", num % 100, num / 100, den % 100, den / 100);
        else
            fputs(" (within the period)", out);
        return;
    default: fputs(" (compound)", out); return;
    }
    if (den == 100)
        fprintf(out, " (%s %lld%%)", sym, num);
    else if (den == 1)
        fprintf(out, " (%s %lld)", sym, num);
    else
        fprintf(out, " (%s %lld/%lld)", sym, num, den);
}

/* The rows of @p instrument (NULL: any) and @p standard (-1: any) not yet printed. */
static void criteria_table(FILE *out, const char *instrument, int standard, int *printed)
{
    fputs("| id | role | status | unit kinds | citation (vi) | citation (en) | valid | threshold | "
          "text (vi) | text (en) |\n",
          out);
    fputs("|---|---|---|---|---|---|---|---|---|---|\n", out);
    for (size_t i = 0; i < antq_catalogue_count(); i++) {
        const antq_criterion *c = antq_catalogue_get(i);
        if (!c || printed[i])
            continue;
        if (instrument && (!c->citation.instrument || strcmp(c->citation.instrument, instrument) != 0))
            continue;
        if (standard >= 0 && antq_criterion_standard(c) != standard)
            continue;
        printed[i] = 1;
        fprintf(out, "| `%s` | %s | %s | ", c->id, role_name(c->role), status_name(c->status));
        kinds_cell(out, c->kinds);
        fputs(" | ", out);
        citation_cell(out, &c->citation, ANTQ_LANG_VI);
        fputs(" | ", out);
        citation_cell(out, &c->citation, ANTQ_LANG_EN);
        fputs(" | ", out);
        date_cell(out, c->valid_from);
        fputs(" – ", out);
        date_cell(out, c->valid_to);
        fputs(" | ", out);
        threshold_cell(out, c);
        fputs(" | ", out);
        cell(out, c->text_vi);
        fputs(" | ", out);
        cell(out, c->text_en);
        fputs(" |\n", out);
    }
}

static void authority_table(FILE *out)
{
    fputs("| valid | unit kind | managed at | appraised by | decided by | deadline | status | citation (vi) | "
          "citation (en) | note |\n",
          out);
    fputs("|---|---|---|---|---|---|---|---|---|---|\n", out);
    for (size_t i = 0; i < antq_authority_count(); i++) {
        const antq_authority_rule *a = antq_authority_get(i);
        if (!a)
            continue;
        fputs("| ", out);
        date_cell(out, a->valid_from);
        fputs(" – ", out);
        date_cell(out, a->valid_to);
        fprintf(out, " | %s | %s | %s | %s | ", antq_unit_kind_name(a->kind), level_name(a->managing_level),
                a->appraiser ? antq_authority_body_name(a->appraiser) : "—", antq_authority_body_name(a->body));
        if (a->deadline_mmdd > 0)
            fprintf(out, "before %02d/%02d of year Y", (int)(a->deadline_mmdd % 100), (int)(a->deadline_mmdd / 100));
        else
            fputs("—", out);
        fprintf(out, " | %s | ", status_name(a->status));
        citation_cell(out, &a->citation, ANTQ_LANG_VI);
        fputs(" | ", out);
        citation_cell(out, &a->citation, ANTQ_LANG_EN);
        fputs(" | ", out);
        cell(out, a->note_en);
        fputs(" |\n", out);
    }
}

int main(int argc, char **argv)
{
    static int printed[4096];
    FILE *out = stdout;

    if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
        fprintf(stderr, "usage: %s [OUTPUT.md]\n", argv[0]);
        return 2;
    }
    if (antq_catalogue_count() > sizeof printed / sizeof printed[0]) {
        fprintf(stderr, "gen-catalogue: catalogue larger than %zu rows\n", sizeof printed / sizeof printed[0]);
        return 1;
    }
    if (argc == 2 && !(out = fopen(argv[1], "w"))) {
        perror(argv[1]);
        return 1;
    }

    fputs("<!-- Generated by doc/tools/gen-catalogue from the library's own tables. Do not edit:\n"
          "     run `ninja -C build update-catalogue-doc` (the 'catalogue' test in suite docs\n"
          "     fails when this file and the library differ). -->\n\n",
          out);
    fputs("# Rules catalogue\n\n", out);
    fputs("Every criterion the evaluator checks, by rule set, with its legal citation, the\n"
          "unit kinds it applies to, the evaluation periods it governs (by period end), its\n"
          "threshold as stored (`OP numerator/denominator`) and its text in Vietnamese and\n"
          "English; then the table of authorities that decide recognition.\n\n"
          "Status: **V** verified against the full article text, **S** verified only from a\n"
          "secondary source, **D** a modelling decision, **U** plausible but unverified.\n"
          "Role: a *scope* rule makes a unit not eligible when it fails; a *standard* criterion\n"
          "makes it not certified; a *procedure* rule (authority, deadlines: Art. 9–10) reports a\n"
          "procedural irregularity beside the verdict and never changes it.\n\n",
          out);

    for (size_t r = 0; r < antq_ruleset_count(); r++) {
        const antq_ruleset *rs = antq_ruleset_get(r);
        if (!rs)
            continue;
        fprintf(out, "## %s\n\n", rs->id);
        fputs("- ", out);
        cell(out, rs->title_vi);
        fputs("\n- ", out);
        cell(out, rs->title_en);
        fputs("\n- Signed ", out);
        date_cell(out, rs->signed_on);
        fputs("; in force ", out);
        date_cell(out, rs->valid_from);
        fputs(" – ", out);
        date_cell(out, rs->valid_to);
        fputs(".\n\n", out);
        criteria_table(out, rs->id, ANTQ_STANDARD_SAFE, printed);
        fputs("\n", out);
    }

    for (int st = 0; st < ANTQ_STANDARD_COUNT; st++) {
        if (st == ANTQ_STANDARD_SAFE)
            continue;
        fprintf(out, "## Standard `%s`\n\n- ", antq_standard_name(st));
        cell(out, antq_standard_title(st, ANTQ_LANG_VI));
        fputs("\n- ", out);
        cell(out, antq_standard_title(st, ANTQ_LANG_EN));
        fputs("\n- A standard that reuses the result (rules.md §4), evaluated with `antq evaluate --standard "
              "NAME` or antq_evaluate_standard(); contents not verified are answered by the caller under the row "
              "id and are unknown until answered.\n\n",
              out);
        criteria_table(out, NULL, st, printed);
        fputs("\n", out);
    }

    /* Rows whose instrument is not a rule set's id would otherwise be lost. */
    for (size_t i = 0; i < antq_catalogue_count(); i++) {
        if (!printed[i]) {
            fputs("## Other criteria\n\nCriteria whose instrument is not one of the rule sets above.\n\n", out);
            criteria_table(out, NULL, -1, printed);
            fputs("\n", out);
            break;
        }
    }

    fputs("## Authorities\n\n", out);
    fputs("Who appraises the dossier and who decides recognition, by decision date, unit kind and\n"
          "the level that manages the unit (`any`: every level). A valid delegation (Art. 10.5,\n"
          "C124-AUTH-05: agencies, enterprises, institutions, to the level just below) moves the\n"
          "decision one level down. Callers may replace this table (`antq_options.authority_table`,\n"
          "or `options.authority` of a dataset), checked for gaps and overlaps.\n\n",
          out);
    authority_table(out);

    if (out != stdout ? fclose(out) != 0 : fflush(out) != 0) {
        perror(argc == 2 ? argv[1] : "stdout");
        return 1;
    }
    return 0;
}
