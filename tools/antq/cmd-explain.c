/* antq explain: the verdict of one unit, each criterion, its clause and what it would take.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <uninorm.h>

/* The one unit's text, made while its result is passed (the result is borrowed). */
typedef struct explain_run {
    const char *unit_id;
    int lang, json;
    char *text, *take;
    int found, status;
} explain_run;

static int on_result(const antq_result *r, const antq_unit *u, const antq_rollup *rollup, void *ud)
{
    (void)rollup;
    explain_run *e = ud;
    if (strcmp(u->id, e->unit_id) != 0)
        return 0;
    e->found = 1;
    if (e->json ? antq_result_write_json(&e->text, r, e->lang, NULL) != ANTQ_OK
                : antq_result_explain(&e->text, r, e->lang, NULL) || antq_result_what_it_takes(&e->take, r, e->lang, NULL))
        e->status = CLI_INTERNAL;
    return 1; /* nothing more is needed: the rest of the input is only checked */
}

/* The text: the explanation, then the steps of "what it would take" (its header repeats the
 * unit and the verdict, which the explanation already gave). */
static void write_text(FILE *out, const explain_run *e)
{
    fputs(e->text, out);
    const char *body = strstr(e->take, e->lang == ANTQ_LANG_EN ? "What it would take" : "Để đạt");
    if (!body)
        body = strstr(e->take, e->lang == ANTQ_LANG_EN ? "Nothing is missing" : "Không thiếu");
    if (!body)
        body = strstr(e->take, e->lang == ANTQ_LANG_EN ? "The unit is outside" : "Đơn vị không thuộc");
    fprintf(out, "\n%s", body ? body : e->take);
}

int cmd_explain(const cli_args *a)
{
    static const char *const formats[] = {"text", "json", NULL};
    int json;
    int rc = cli_pick_format(a, formats, &json);
    if (rc)
        return rc;
    /* ids are compared in NFC, as the library stores them: an id typed in decomposed form
     * (macOS, some input methods) names the same unit */
    size_t nfc_len = 0;
    char *nfc = (char *)u8_normalize(UNINORM_NFC, (const uint8_t *)a->pos[1], strlen(a->pos[1]) + 1, NULL, &nfc_len);
    explain_run e = {nfc ? nfc : a->pos[1], a->lang, json, NULL, NULL, 0, CLI_OK};
    antq_pipeline_config cfg;
    cli_pipeline_config(a, &cfg);
    antq_pipeline *p = NULL;
    rc = cli_run(a, &cfg, on_result, &e, &p, NULL, NULL);
    if (!rc && !e.found) {
        char *id = cli_escape(e.unit_id), *file = cli_escape(a->file); /* quoted input: escaped */
        fprintf(stderr, _("antq: không có đơn vị \"%s\" trong %s\n"), id ? id : "?", file ? file : "?");
        free(id);
        free(file);
        rc = CLI_BAD_INPUT;
    }
    if (!rc)
        rc = cli_check_years(a, p, 0);
    if (!rc)
        rc = e.status;
    if (!rc) {
        cli_output o;
        rc = cli_output_open(&o, a);
        if (!rc) {
            if (json) {
                fputs(e.text, o.f);
                fputc('\n', o.f);
            } else {
                write_text(o.f, &e);
            }
            rc = cli_output_commit(&o);
        }
    }
    antq_pipeline_free(p);
    antq_free(e.text);
    antq_free(e.take);
    free(nfc);
    return rc;
}
