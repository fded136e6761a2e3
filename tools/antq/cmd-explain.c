/* antq explain: the verdict of one unit, each criterion, its clause and what it would take.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

int cmd_explain(const cli_args *a)
{
    const char *unit_id = a->pos[1];
    antq_dataset *ds;
    int rc = cli_load_dataset(a, &ds);
    if (rc)
        return rc;
    size_t idx = antq_dataset_find(ds, unit_id);
    if (idx == (size_t)-1) {
        fprintf(stderr, "antq: no unit \"%s\" in %s\n", unit_id, a->file);
        antq_dataset_free(ds);
        return CLI_BAD_INPUT;
    }
    antq_evaluation *ev = NULL;
    rc = cli_evaluate(a, ds, cli_pick_year(a, ds), &ev);
    if (!rc) {
        const antq_result *r = antq_evaluation_result(ev, idx);
        char *text = NULL, *take = NULL;
        cli_output o;
        rc = cli_output_open(&o, a);
        if (!rc && (antq_result_explain(r, a->lang, &text) || antq_result_what_it_takes(r, a->lang, &take)))
            rc = CLI_INTERNAL;
        if (!rc) {
            fputs(text, o.f);
            /* the explanation already names the unit and its verdict: print only the steps */
            const char *body = strstr(take, a->lang == ANTQ_LANG_EN ? "What it would take" : "Để đạt");
            if (!body)
                body = strstr(take, a->lang == ANTQ_LANG_EN ? "Nothing is missing" : "Không thiếu");
            if (!body)
                body = strstr(take, a->lang == ANTQ_LANG_EN ? "The unit is outside" : "Đơn vị không thuộc");
            fprintf(o.f, "\n%s", body ? body : take);
        }
        antq_free(text);
        antq_free(take);
        if (o.f)
            rc = cli_output_finish(&o, rc);
    }
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    return rc;
}

