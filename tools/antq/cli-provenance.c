/* Provenance of the tool's outputs: the inputs' SHA-256, the options in force,
 * the evaluation date; in the JSON/NDJSON header, or in OUT.provenance.json
 * beside a CSV output (doc/cli.md, "Provenance").
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* Today (UTC) as YYYYMMDD; SOURCE_DATE_EPOCH (seconds since 1970), when set,
 * stands for the clock so that outputs can be reproduced byte for byte. */
static int32_t today(void)
{
    time_t t = time(NULL);
    const char *sde = getenv("SOURCE_DATE_EPOCH");
    if (sde && *sde) {
        char *end;
        errno = 0;
        long long v = strtoll(sde, &end, 10);
        if (!*end && !errno && v >= 0)
            t = (time_t)v;
    }
    struct tm tm;
    if (!gmtime_r(&t, &tm))
        return 0;
    return antq_date_make(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}

static int digest(antq_input_digest *d, const char *path)
{
    if (strcmp(path, "-") == 0) { /* standard input: read once, by the command; not hashed */
        memset(d, 0, sizeof *d);
        d->name = "-";
        return CLI_OK;
    }
    return cli_digest_file(d, path);
}

int cli_digest_file(antq_input_digest *d, const char *path)
{
    /* the usual failures (no such file, no permission) in the tool's words with the
     * system's reason, as cli_read_file() gives them; the library's message is English */
    FILE *f = fopen(path, "rb");
    struct stat st;
    int reason = !f ? errno : fstat(fileno(f), &st) != 0 ? errno : 0; /* a directory is a CSV set */
    if (f)
        fclose(f);
    if (reason) {
        fprintf(stderr, f ? _("antq: không đọc được %s: %s\n") : _("antq: không mở được %s: %s\n"), path,
                strerror(reason));
        return CLI_IO;
    }
    antq_error err;
    if (antq_input_digest_file(d, path, &err) != ANTQ_OK) {
        fprintf(stderr, _("antq: không đọc được %s: %s\n"), path, err.message);
        return CLI_IO;
    }
    return CLI_OK;
}

int cli_provenance_make(cli_provenance *cp, const cli_args *a, const antq_options *opts, int year, int format,
                        int detail)
{
    memset(cp, 0, sizeof *cp);
    antq_provenance_init(&cp->p, ANTQ_PROVENANCE_VERSION);
    if (opts) {
        cp->opts = *opts;
        cp->p.options = &cp->opts;
    }
    cp->p.evaluation_date = today();
    cp->p.year = year;
    cp->p.format = format;
    cp->p.detail = detail;
    cp->p.lang = a->lang;
    int rc = digest(&cp->inputs[0], a->file);
    if (!rc && a->options_file)
        rc = digest(&cp->inputs[1], a->options_file);
    cp->p.inputs = cp->inputs;
    cp->p.n_inputs = a->options_file ? 2 : 1;
    return rc;
}

int cli_provenance_companion(const cli_provenance *cp, const char *out)
{
    struct stat st;
    if (!out || strcmp(out, "-") == 0 || (stat(out, &st) == 0 && !S_ISREG(st.st_mode)))
        return CLI_OK; /* standard output, a device or a pipe has no companion: doc/cli.md */
    size_t n = strlen(out) + sizeof ".provenance.json";
    char *path = malloc(n);
    if (!path)
        return CLI_INTERNAL;
    snprintf(path, n, "%s.provenance.json", out);
    char *text = NULL;
    antq_error err;
    cli_output o;
    int rc = antq_provenance_write_json(&text, NULL, &cp->p, &err) == ANTQ_OK ? CLI_OK : CLI_INTERNAL;
    if (!rc)
        rc = cli_output_open_path(&o, path);
    if (!rc) {
        fputs(text, o.f);
        fputc('\n', o.f);
        rc = cli_output_finish(&o, CLI_OK);
    }
    antq_free(text);
    free(path);
    return rc;
}
