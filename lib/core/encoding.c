/* Text that is not UTF-8: what it probably is and how to convert it, for the
 * loaders' error messages; and the UTF-8 byte-order mark that Windows tools
 * put in front of UTF-8 files (accepted and skipped).
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <stdio.h>
#include <string.h>

size_t antq__utf8_bom_len(const char *buf, size_t len)
{
    return len >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

/* NUL bytes in at least a quarter of the first 64 bytes: UTF-16 or UTF-32
 * text without a byte-order mark (JSON text starts with ASCII). */
static int mostly_nul(const unsigned char *p, size_t len)
{
    size_t n = len < 64 ? len : 64, nul = 0;
    for (size_t i = 0; i < n; i++)
        nul += p[i] == 0;
    return n >= 4 && nul * 4 >= n;
}

const char *antq__encoding_problem(const char *buf, size_t len, size_t bad, char *out, size_t size)
{
    const unsigned char *p = (const unsigned char *)buf;
    if (len >= 4 && memcmp(p, "\xFF\xFE\0\0", 4) == 0)
        snprintf(out, size, "expected UTF-8 text, found UTF-32LE (byte-order mark FF FE 00 00); "
                            "convert it, e.g. iconv -f UTF-32 -t UTF-8");
    else if (len >= 4 && memcmp(p, "\0\0\xFE\xFF", 4) == 0)
        snprintf(out, size, "expected UTF-8 text, found UTF-32BE (byte-order mark 00 00 FE FF); "
                            "convert it, e.g. iconv -f UTF-32 -t UTF-8");
    else if (len >= 2 && p[0] == 0xFF && p[1] == 0xFE)
        snprintf(out, size, "expected UTF-8 text, found UTF-16LE (byte-order mark FF FE); "
                            "convert it, e.g. iconv -f UTF-16 -t UTF-8");
    else if (len >= 2 && p[0] == 0xFE && p[1] == 0xFF)
        snprintf(out, size, "expected UTF-8 text, found UTF-16BE (byte-order mark FE FF); "
                            "convert it, e.g. iconv -f UTF-16 -t UTF-8");
    else if (mostly_nul(p, len))
        snprintf(out, size, "expected UTF-8 text, found UTF-16 or UTF-32 without a byte-order mark (NUL bytes "
                            "between the characters); convert it, e.g. iconv -f UTF-16LE -t UTF-8");
    else if (bad < len && p[bad] == 0)
        snprintf(out, size, "expected JSON text, found a NUL byte");
    else if (bad < len)
        snprintf(out, size, "expected UTF-8 text, found the byte 0x%02X, not UTF-8: probably a legacy encoding such as "
                            "TCVN3, VNI or Windows-1258; convert it, e.g. iconv -f TCVN -t UTF-8 or iconv -f CP1258 -t UTF-8",
                 (unsigned)p[bad]);
    else
        snprintf(out, size, "expected UTF-8 text");
    return out;
}
