/* HTML report: one self-contained file.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

static void esc(FILE *out, const char *s)
{
    for (; s && *s; s++) {
        if (*s == '<') fputs("&lt;", out);
        else if (*s == '>') fputs("&gt;", out);
        else if (*s == '&') fputs("&amp;", out);
        else if (*s == '"') fputs("&quot;", out);
        else fputc(*s, out);
    }
}

int cli_report_html(FILE *out, const antq_dataset *ds, const antq_evaluation *ev, const cli_stats *st, int lang)
{
    (void)ds;
    (void)ev;
    fprintf(out, "<!DOCTYPE html>\n<html lang=\"%s\"><head><meta charset=\"utf-8\"><title>antq %d</title></head><body>\n",
            lang == ANTQ_LANG_EN ? "en" : "vi", st->year);
    fputs("<table>\n", out);
    for (size_t i = 0; i < st->n_communes; i++) {
        fputs("<tr><td>", out);
        esc(out, st->communes[i].id);
        fprintf(out, "</td><td>%ld</td><td>%ld</td></tr>\n", st->communes[i].all.certified, st->communes[i].all.eligible);
    }
    fputs("</table></body></html>\n", out);
    return CLI_OK;
}
