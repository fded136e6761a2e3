/* UTF-8 validation (RFC 3629: no overlongs, no surrogates, max U+10FFFF).
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <string.h>

int antq__utf8_valid(const char *s, size_t len, size_t *bad)
{
    const unsigned char *p = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        /* fast path: skip ASCII bytes (not NUL) eight at a time, then up to the
         * first byte that is not (the lowest flagged byte is exact) */
        while (len - i >= 8) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            uint64_t stop = (w | ((w - 0x0101010101010101ull) & ~w)) & 0x8080808080808080ull;
            if (stop) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                i += (size_t)__builtin_ctzll(stop) / 8; /* byte order = bit order */
#endif
                break;
            }
            i += 8;
        }
        if (i == len)
            break;
        unsigned c = p[i];
        if (c < 0x80) {
            if (c == 0)
                goto invalid;
            i++;
            continue;
        }
        /* the well-formed sequences of Unicode Table 3-7: the second byte's range
         * excludes overlongs, surrogates and code points above U+10FFFF */
        size_t need;
        unsigned lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            goto invalid;
        }
        if (len - i <= need || p[i + 1] < lo || p[i + 1] > hi)
            goto invalid;
        for (size_t k = 2; k <= need; k++)
            if ((p[i + k] & 0xC0) != 0x80)
                goto invalid;
        i += need + 1;
    }
    return 1;
invalid:
    if (bad)
        *bad = i;
    return 0;
}
