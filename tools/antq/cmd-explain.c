/* antq explain: the verdict of one unit, each criterion, its clause and what it would take.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* The text: the explanation, then the steps of "what it would take" (its header repeats the
 * unit and the verdict, which the explanation already gave). */
static int write_text(FILE *out, const antq_result *r, int lang)
{
    char *text = NULL, *take = NULL;
    int rc = CLI_OK;
    if (antq_result_explain(&text, r, lang, NULL) || antq_result_what_it_takes(&take, r, lang, NULL)) {
        rc = CLI_INTERNAL;
    } else {
        fputs(text, out);
        const char *body = strstr(take, lang == ANTQ_LANG_EN ? "What it would take" : "Để đạt");
        if (!body)
            body = strstr(take, lang == ANTQ_LANG_EN ? "Nothing is missing" : "Không thiếu");
        if (!body)
            body = strstr(take, lang == ANTQ_LANG_EN ? "The unit is outside" : "Đơn vị không thuộc");
        fprintf(out, "\n%s", body ? body : take);
    }
    antq_free(text);
    antq_free(take);
    return rc;
}

int cmd_explain(const cli_args *a)
{
    static const char *const formats[] = {"text", "json", NULL};
    int json;
    int rc = cli_pick_format(a, formats, &json);
    if (rc)
        return rc;
    const char *unit_id = a->pos[1];
    antq_dataset *ds;
    rc = cli_load_dataset(a, &ds);
    if (rc)
        return rc;
    size_t idx = antq_dataset_find(ds, unit_id);
    if (idx == (size_t)-1) {
        fprintf(stderr, _("antq: không có đơn vị \"%s\" trong %s\n"), unit_id, a->file);
        antq_dataset_free(ds);
        return CLI_BAD_INPUT;
    }
    antq_evaluation *ev = NULL;
    rc = cli_evaluate(a, ds, cli_pick_year(a, ds), &ev);
    if (!rc) {
        const antq_result *r = antq_evaluation_result(ev, idx);
        cli_output o;
        rc = cli_output_open(&o, a);
        if (!rc && json) {
            char *text = NULL;
            if (antq_result_write_json(&text, r, a->lang, NULL) != ANTQ_OK) {
                rc = CLI_INTERNAL;
            } else {
                fputs(text, o.f);
                fputc('\n', o.f);
            }
            antq_free(text);
        } else if (!rc) {
            rc = write_text(o.f, r, a->lang);
        }
        if (o.f)
            rc = cli_output_finish(&o, rc);
    }
    antq_evaluation_free(ev);
    antq_dataset_free(ds);
    return rc;
}
