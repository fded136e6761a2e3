/* Publishing the files a writer makes (a CSV set, a workbook): each is written
 * beside its target under a temporary name, and only when every file of the
 * set has been written are they flushed to disk and renamed over their
 * targets. A failure before that leaves every previous file as it was and
 * removes the temporary files. A target that exists and is not a regular
 * file (a device such as /dev/null, a pipe) is written in place.
 * SPDX-License-Identifier: MIT */
#include "io.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void antq__publish_init(antq__publish *p) { memset(p, 0, sizeof *p); }

/* The directory part of a path ("." for none), in buf. */
static void dir_of(char *buf, size_t size, const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        snprintf(buf, size, ".");
    else if (slash == path)
        snprintf(buf, size, "/");
    else
        snprintf(buf, size, "%.*s", (int)(slash - path), path);
}

int antq__publish_reserve(antq__publish *p, const char *target, const char **write_to, antq_error *err)
{
    *write_to = NULL;
    if (p->n == p->cap) {
        size_t cap = p->cap ? p->cap * 2 : 8;
        antq__published *f = antq__realloc(p->files, cap * sizeof *f);
        if (!f)
            return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
        p->files = f;
        p->cap = cap;
    }
    antq__published *f = &p->files[p->n];
    memset(f, 0, sizeof *f);
    size_t tlen = strlen(target);
    f->target = antq__malloc(tlen + 1);
    if (!f->target)
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    memcpy(f->target, target, tlen + 1);
    struct stat st;
    int exists = stat(target, &st) == 0;
    if (exists && !S_ISREG(st.st_mode)) {
        if (S_ISDIR(st.st_mode)) {
            antq__free(f->target);
            return antq__error_set(err, ANTQ_EIO, target, "cannot write: %s", strerror(EISDIR));
        }
        f->in_place = 1; /* a device or a pipe: nothing to rename */
        *write_to = f->target;
        p->n++;
        return ANTQ_OK;
    }
    /* "DIR/.NAME.antq-PID-N.tmp": hidden, beside the target (rename stays on one file system); open()
     * with O_EXCL and 0666 so that the umask applies as for any new file */
    const char *base = strrchr(target, '/');
    base = base ? base + 1 : target;
    char dir[4096];
    dir_of(dir, sizeof dir, target);
    size_t size = strlen(dir) + strlen(base) + 64;
    f->tmp = antq__malloc(size);
    if (!f->tmp) {
        antq__free(f->target);
        return antq__error_set(err, ANTQ_ENOMEM, "", "out of memory");
    }
    int fd = -1;
    for (unsigned attempt = 0; fd < 0 && attempt < 1000; attempt++) {
        snprintf(f->tmp, size, "%s/.%s.antq-%ld-%zu-%u.tmp", dir, base, (long)getpid(), p->n, attempt);
        fd = open(f->tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno != EEXIST)
            break;
    }
    if (fd < 0) {
        int e = errno;
        antq__free(f->tmp);
        antq__free(f->target);
        return antq__error_set(err, ANTQ_EIO, target, "cannot create: %s", strerror(e));
    }
    if (exists)
        (void)fchmod(fd, st.st_mode & 07777); /* a file replaced keeps its permissions */
    close(fd);
    *write_to = f->tmp;
    p->n++;
    return ANTQ_OK;
}

int antq__publish_write(antq__publish *p, const char *target, const char *data, size_t len, antq_error *err)
{
    const char *path;
    int rc = antq__publish_reserve(p, target, &path, err);
    if (rc)
        return rc;
    FILE *f = fopen(path, "wb");
    if (!f)
        return antq__error_set(err, ANTQ_EIO, target, "cannot create: %s", strerror(errno));
    int ok = fwrite(data, 1, len, f) == len;
    int e = errno;
    if (fclose(f) != 0) {
        ok = 0;
        e = errno;
    }
    return ok ? ANTQ_OK : antq__error_set(err, ANTQ_EIO, target, "cannot write: %s", strerror(e));
}

static void forget(antq__publish *p)
{
    for (size_t i = 0; i < p->n; i++) {
        antq__free(p->files[i].tmp);
        antq__free(p->files[i].target);
    }
    antq__free(p->files);
    memset(p, 0, sizeof *p);
}

void antq__publish_abort(antq__publish *p)
{
    for (size_t i = 0; i < p->n; i++)
        if (p->files[i].tmp)
            unlink(p->files[i].tmp);
    forget(p);
}

int antq__publish_commit(antq__publish *p, antq_error *err)
{
    /* every file on disk first: a crash after a rename must not leave an empty target */
    for (size_t i = 0; i < p->n; i++) {
        const antq__published *f = &p->files[i];
        if (f->in_place)
            continue;
        int fd = open(f->tmp, O_RDONLY | O_CLOEXEC);
        if (fd < 0 || fsync(fd) != 0) {
            int e = errno;
            if (fd >= 0)
                close(fd);
            antq__error_set(err, ANTQ_EIO, f->target, "cannot write: %s", strerror(e));
            antq__publish_abort(p);
            return ANTQ_EIO;
        }
        close(fd);
    }
    int rc = ANTQ_OK;
    for (size_t i = 0; i < p->n; i++) {
        antq__published *f = &p->files[i];
        if (f->in_place)
            continue;
        if (rc == ANTQ_OK && rename(f->tmp, f->target) != 0)
            rc = antq__error_set(err, ANTQ_EIO, f->target, "cannot replace: %s", strerror(errno));
        if (rc != ANTQ_OK)
            unlink(f->tmp);
    }
    /* the renames on disk too (each target's directory; one set has one directory in practice) */
    char last[4096] = "";
    for (size_t i = 0; rc == ANTQ_OK && i < p->n; i++) {
        char dir[4096];
        dir_of(dir, sizeof dir, p->files[i].target);
        if (p->files[i].in_place || strcmp(dir, last) == 0)
            continue;
        snprintf(last, sizeof last, "%s", dir);
        int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (fd >= 0) {
            (void)fsync(fd); /* some file systems refuse fsync on a directory: the renames are done anyway */
            close(fd);
        }
    }
    forget(p);
    return rc;
}
