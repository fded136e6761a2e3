/* Messages of the antq tool through gettext, with Vietnamese as the source
 * language: Vietnamese needs no catalogue; English is po/en.po, installed as
 * LOCALEDIR/en/LC_MESSAGES/antq.mo.
 *
 * The language is --lang, else the first of LANGUAGE, LC_ALL, LC_MESSAGES and
 * LANG that is set and not empty ("en…" is English, anything else that names a
 * language other than English, and no variable at all, is Vietnamese; the
 * first "vi" or "en" entry of the LANGUAGE list counts). glibc ignores LANGUAGE
 * under the C locale, so English selects LC_MESSAGES C.UTF-8 (which every
 * glibc has) and sets LANGUAGE=en: the catalogue is then found whatever
 * locales are installed. Only LC_MESSAGES is changed, so that number parsing
 * (LC_NUMERIC) stays in the C locale.
 *
 * The catalogue directory is ANTQ_LOCALEDIR when set, else the build tree's po/
 * when the program runs from the build tree (tools/antq/antq), else the install's
 * localedir found from the executable (BINDIR/../share/locale: a prefix installed
 * into a DESTDIR or moved keeps working), else LOCALEDIR.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <libintl.h>
#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DOMAIN "antq"

static int current_lang = ANTQ_LANG_VI;

const char *cli_tr(const char *msgid)
{
    return current_lang == ANTQ_LANG_EN ? dgettext(DOMAIN, msgid) : msgid;
}

const char *cli_ntr(const char *singular, const char *plural, unsigned long n)
{
    return current_lang == ANTQ_LANG_EN ? dngettext(DOMAIN, singular, plural, n) : singular;
}

int cli_lang(void)
{
    return current_lang;
}

/* "en", "en_GB.UTF-8" → English; "vi…" → Vietnamese; else -1. */
static int lang_of(const char *tag)
{
    if (strncmp(tag, "en", 2) == 0 && (tag[2] == '\0' || tag[2] == '_' || tag[2] == '.' || tag[2] == '@' || tag[2] == ':'))
        return ANTQ_LANG_EN;
    if (strncmp(tag, "vi", 2) == 0 && (tag[2] == '\0' || tag[2] == '_' || tag[2] == '.' || tag[2] == '@' || tag[2] == ':'))
        return ANTQ_LANG_VI;
    return -1;
}

int cli_lang_from_env(void)
{
    const char *language = getenv("LANGUAGE");
    if (language && *language) {
        for (const char *p = language; *p;) {
            int l = lang_of(p);
            if (l >= 0)
                return l;
            const char *colon = strchr(p, ':');
            if (!colon)
                break;
            p = colon + 1;
        }
    }
    static const char *const vars[] = {"LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v)
            return lang_of(v) == ANTQ_LANG_EN ? ANTQ_LANG_EN : ANTQ_LANG_VI;
    }
    return ANTQ_LANG_VI;
}

static int has_catalogue(const char *dir)
{
    char path[PATH_MAX];
    int n = snprintf(path, sizeof path, "%s/en/LC_MESSAGES/" DOMAIN ".mo", dir);
    return n > 0 && (size_t)n < sizeof path && access(path, R_OK) == 0;
}

/* A catalogue directory given relative to the executable's directory: BUILD/po next to
 * BUILD/tools/antq/antq ("../../po"), or the installed localedir ("../share/locale"). */
static int dir_from_exe(char *dir, size_t size, const char *relative)
{
    char exe[PATH_MAX];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (n <= 0 || !relative[0])
        return 0;
    exe[n] = '\0';
    char *slash = strrchr(exe, '/');
    if (!slash)
        return 0;
    *slash = '\0';
    int len = snprintf(dir, size, "%s/%s", exe, relative);
    return len > 0 && (size_t)len < size && has_catalogue(dir);
}

void cli_set_lang(int lang)
{
    current_lang = lang;
    if (lang != ANTQ_LANG_EN)
        return;
    if (!setlocale(LC_MESSAGES, "C.UTF-8") && !setlocale(LC_MESSAGES, "C.utf8"))
        setlocale(LC_MESSAGES, "");
    setenv("LANGUAGE", "en", 1);
    char dir[PATH_MAX];
    const char *env = getenv("ANTQ_LOCALEDIR");
    if (env && *env)
        bindtextdomain(DOMAIN, env);
    else if (dir_from_exe(dir, sizeof dir, "../../po") || dir_from_exe(dir, sizeof dir, LOCALEDIR_FROM_BINDIR))
        bindtextdomain(DOMAIN, dir);
    else
        bindtextdomain(DOMAIN, LOCALEDIR);
    bind_textdomain_codeset(DOMAIN, "UTF-8");
}
