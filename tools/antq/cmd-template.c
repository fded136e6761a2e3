/* antq template: an empty workbook (or CSV set) to fill in, with a sheet
 * explaining every column and drop-down lists for enumerated columns.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <errno.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

int cmd_template(const cli_args *a)
{
    static const char *const formats[] = {"xlsx", "csv", NULL};
    int which;
    int rc = cli_pick_format(a, formats, &which);
    if (rc)
        return rc;
    if (!a->out || strcmp(a->out, "-") == 0)
        return cli_usage_error(a->cmd, _("template ghi ra tệp: hãy cho -o TỆP.xlsx (hoặc -o THƯ-MỤC với --format csv)"));
    size_t n = strlen(a->out);
    if (!a->format && (n < 5 || strcasecmp(a->out + n - 5, ".xlsx") != 0))
        which = 1; /* not *.xlsx: a directory for the CSV set */
    antq_error err;
    if (which == 1) {
        if (mkdir(a->out, 0777) != 0 && errno != EEXIST) {
            fprintf(stderr, _("antq: không tạo được %s: %s\n"), a->out, strerror(errno));
            return CLI_IO;
        }
        if (antq_template_write_csv_dir(a->out, a->year, a->lang, &err) != ANTQ_OK) {
            fprintf(stderr, _("antq: không ghi được %s: %s: %s\n"), a->out, err.path, err.message);
            return err.code == ANTQ_ENOMEM ? CLI_INTERNAL : CLI_IO;
        }
        return CLI_OK;
    }
    cli_output o;
    rc = cli_output_open(&o, a);
    if (rc)
        return rc;
    unsigned kinds = a->kind ? ANTQ_KIND_BIT(a->kind) : 0;
    if (antq_template_write_xlsx(o.tmp_path, a->year, kinds, a->lang, &err) != ANTQ_OK) {
        fprintf(stderr, _("antq: không ghi được %s: %s\n"), a->out, err.message);
        rc = err.code == ANTQ_ENOMEM ? CLI_INTERNAL : CLI_IO;
    }
    return cli_output_finish(&o, rc);
}
