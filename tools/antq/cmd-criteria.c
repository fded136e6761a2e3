/* antq criteria: the criteria catalogue with citations.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

int cmd_criteria(const cli_args *a)
{
    cli_output o;
    int rc = cli_output_open(&o, a);
    if (rc)
        return rc;
    FILE *out = o.f;
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
    return cli_output_commit(&o);
}

