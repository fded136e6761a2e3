/* Atomic publication of the tool's outputs: write to a temporary file beside
 * the target, fsync it, and rename it over the target only when the run
 * succeeded. A failed run leaves the previous file byte for byte.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int is_stdout(const char *path)
{
    return !path || strcmp(path, "-") == 0;
}

/* The mode a new file gets from open(..., 0666): 0666 less the umask.
 * An existing target keeps its own permission bits. */
static mode_t new_file_mode(const char *target)
{
    struct stat st;
    if (stat(target, &st) == 0 && S_ISREG(st.st_mode))
        return st.st_mode & 07777;
    mode_t mask = umask(0);
    umask(mask);
    return 0666 & ~mask;
}

int cli_output_open(cli_output *o, const cli_args *a)
{
    memset(o, 0, sizeof *o);
    if (is_stdout(a->out)) {
        o->f = stdout;
        return CLI_OK;
    }
    return cli_output_open_path(o, a->out);
}

int cli_output_open_path(cli_output *o, const char *target)
{
    memset(o, 0, sizeof *o);
    struct stat st;
    if (stat(target, &st) == 0 && S_ISDIR(st.st_mode)) {
        fprintf(stderr, _("antq: không ghi được %s: %s\n"), target, strerror(EISDIR));
        return CLI_IO;
    }
    if (stat(target, &st) == 0 && !S_ISREG(st.st_mode)) {
        /* a device, pipe or socket (/dev/null, a FIFO): written in place, never replaced by a
         * rename (that would put a regular file where /dev/null was); like standard output,
         * not atomic */
        if (!(o->f = fopen(target, "wb"))) {
            fprintf(stderr, _("antq: không ghi được %s: %s\n"), target, strerror(errno));
            return CLI_IO;
        }
        o->target = target;
        return CLI_OK;
    }
    /* the temporary file lives in the target's directory, so that rename() is atomic */
    const char *slash = strrchr(target, '/');
    size_t dirlen = slash ? (size_t)(slash - target) + 1 : 0;
    const char *base = target + dirlen;
    size_t need = dirlen + strlen(base) + sizeof ".antq-tmp-XXXXXX" + 1;
    char *tmp = malloc(need);
    if (!tmp) {
        fprintf(stderr, _("antq: không ghi được %s: %s\n"), target, strerror(ENOMEM));
        return CLI_IO;
    }
    snprintf(tmp, need, "%.*s.%s.antq-tmp-XXXXXX", (int)dirlen, target, base);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        fprintf(stderr, _("antq: không ghi được %s: %s\n"), target, strerror(errno));
        free(tmp);
        return CLI_IO;
    }
    if (fchmod(fd, new_file_mode(target)) != 0 || !(o->f = fdopen(fd, "wb"))) {
        fprintf(stderr, _("antq: không ghi được %s: %s\n"), target, strerror(errno));
        close(fd);
        unlink(tmp);
        free(tmp);
        return CLI_IO;
    }
    o->target = target;
    o->tmp_path = tmp;
    return CLI_OK;
}

void cli_output_abort(cli_output *o)
{
    if (o->f && o->f != stdout)
        fclose(o->f);
    else if (o->f == stdout)
        fflush(stdout);
    if (o->tmp_path) {
        unlink(o->tmp_path);
        free(o->tmp_path);
    }
    memset(o, 0, sizeof *o);
}

int cli_output_commit(cli_output *o)
{
    if (o->f == stdout) {
        int bad = fflush(stdout) != 0 || ferror(stdout);
        int saved = errno;
        memset(o, 0, sizeof *o);
        if (bad) {
            fprintf(stderr, _("antq: lỗi khi ghi ra đầu ra chuẩn: %s\n"), strerror(saved ? saved : EIO));
            return CLI_IO;
        }
        return CLI_OK;
    }
    const char *target = o->target;
    int err = 0;
    if (fflush(o->f) != 0 || ferror(o->f))
        err = errno ? errno : EIO;
    if (!o->tmp_path) { /* written in place (not a regular file): nothing to sync or rename */
        if (fclose(o->f) != 0 && !err)
            err = errno ? errno : EIO;
        if (err)
            fprintf(stderr, _("antq: không ghi được %s: %s\n"), target, strerror(err));
        memset(o, 0, sizeof *o);
        return err ? CLI_IO : CLI_OK;
    }
    if (!err && fsync(fileno(o->f)) != 0)
        err = errno;
    if (fclose(o->f) != 0 && !err)
        err = errno ? errno : EIO;
    o->f = NULL;
    if (!err && rename(o->tmp_path, target) != 0)
        err = errno;
    if (err) {
        fprintf(stderr, _("antq: không ghi được %s: %s (tệp cũ, nếu có, vẫn giữ nguyên)\n"), target,
                strerror(err));
        unlink(o->tmp_path);
    }
    free(o->tmp_path);
    memset(o, 0, sizeof *o);
    return err ? CLI_IO : CLI_OK;
}

int cli_output_finish(cli_output *o, int rc)
{
    if (rc != CLI_OK && rc != CLI_UNCERTIFIED) {
        cli_output_abort(o);
        return rc;
    }
    int crc = cli_output_commit(o);
    return crc ? crc : rc;
}

int cli_output_check_inputs(const cli_args *a)
{
    if (is_stdout(a->out))
        return CLI_OK;
    struct stat out_st;
    if (stat(a->out, &out_st) != 0)
        return CLI_OK; /* a new file cannot be an input */
    const char *inputs[4] = {a->npos > 0 ? a->pos[0] : NULL, a->npos > 1 ? a->pos[1] : NULL, a->options_file,
                             a->campaign_file};
    for (int i = 0; i < 4; i++) {
        struct stat in_st;
        if (!inputs[i] || strcmp(inputs[i], "-") == 0 || stat(inputs[i], &in_st) != 0)
            continue;
        if (in_st.st_dev == out_st.st_dev && in_st.st_ino == out_st.st_ino)
            return cli_usage_error(a->cmd, _("không ghi vào %s: đó cũng là một tệp đầu vào (%s)"), a->out, inputs[i]);
    }
    return CLI_OK;
}
