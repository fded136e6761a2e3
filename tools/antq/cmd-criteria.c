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
    static const int statuses[] = {ANTQ_STATUS_VERIFIED, ANTQ_STATUS_SECONDARY, ANTQ_STATUS_DERIVED, ANTQ_STATUS_UNVERIFIED};
    fputs(_("Trạng thái:"), out);
    for (size_t s = 0; s < sizeof statuses / sizeof statuses[0]; s++)
        fprintf(out, "%s [%c] %s", s ? "," : "", (char)statuses[s], antq_status_label(statuses[s], a->lang));
    fputs("\n\n", out);
    for (size_t i = 0; i < antq_catalogue_count(); i++) {
        const antq_criterion *c = antq_catalogue_get(i);
        if (a->as_of && (a->as_of < c->valid_from || a->as_of > c->valid_to))
            continue;
        if (a->kind && !(c->kinds & ANTQ_KIND_BIT(a->kind)))
            continue;
        if ((a->seen & OPT_STANDARD) && antq_criterion_standard(c) != a->standard)
            continue;
        char cite[160], from[ANTQ_FORMAT_SIZE], to[ANTQ_FORMAT_SIZE] = "";
        antq_citation_format(cite, sizeof cite, &c->citation, a->lang);
        antq_format_date(from, sizeof from, c->valid_from, a->lang);
        if (c->valid_to != ANTQ_DATE_OPEN)
            antq_format_date(to, sizeof to, c->valid_to, a->lang);
        fprintf(out, "%-12s [%c] %s (%s – %s)\n", c->id, (char)c->status, cite, from, to[0] ? to : _("đang hiệu lực"));
        fprintf(out, "             %s\n", a->lang == ANTQ_LANG_EN ? c->text_en : c->text_vi);
        fputs("             ", out);
        int n = 0;
        for (int k = 1; k < ANTQ_KIND_COUNT; k++)
            if (c->kinds & ANTQ_KIND_BIT(k))
                fprintf(out, "%s%s", n++ ? "; " : "", antq_unit_kind_label(k, a->lang));
        if (antq_criterion_standard(c) != ANTQ_STANDARD_SAFE)
            fprintf(out, _(" — tiêu chuẩn %s"), antq_standard_name(antq_criterion_standard(c)));
        fputc('\n', out);
    }
    return cli_output_commit(&o);
}

