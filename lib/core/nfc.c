/* Unicode normalisation form C for text from input (ids, names …), so that
 * NFC and NFD spellings of one id are one id: libunistring's u8_normalize.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <uninorm.h>

/* Text made only of code points below U+0300 and of Latin Extended Additional
 * (U+1E00-U+1EFF, the precomposed Vietnamese letters) is already in NFC: every
 * such character has NFC_Quick_Check = Yes and combining class 0 (UAX #15,
 * "Detecting Normalization Forms"), so no mark can reorder or compose with it.
 * s is valid UTF-8. Vietnamese ids and names typed in composed form take this
 * path and skip u8_normalize; anything else (a combining mark, another script)
 * is normalised. */
static int already_nfc(const char *s, size_t len)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + len;
    while (p < end) {
        if (p[0] < 0x80)
            p++;
        else if (p[0] >= 0xC2 && p[0] <= 0xCB) /* U+0080-U+02FF */
            p += 2;
        else if (p[0] == 0xE1 && p[1] >= 0xB8 && p[1] <= 0xBB) /* U+1E00-U+1EFF */
            p += 3;
        else
            return 0;
    }
    return 1;
}

/* The NFC form of s[0..len): s itself when it is ASCII or not valid UTF-8 (then
 * validation reports it; u8_normalize would replace the bad bytes silently),
 * else stack[] or a malloc()ed buffer (*heap set). NULL when out of memory.
 * utf8: s is known to be valid UTF-8 (not checked again). */
static const char *nfc_of(const char *s, size_t len, int utf8, uint8_t *stack, size_t stack_size, size_t *out_len,
                          void **heap)
{
    *heap = NULL;
    *out_len = len;
    size_t i = 0;
    for (uint64_t w; len - i >= 8 && (memcpy(&w, s + i, 8), !(w & 0x8080808080808080ull));) /* ASCII, eight at a time */
        i += 8;
    while (i < len && !(s[i] & 0x80))
        i++;
    if (i == len || (!utf8 && !antq__utf8_valid(s, len, NULL)) || already_nfc(s + i, len - i))
        return s;
    size_t n = stack_size;
    uint8_t *r = u8_normalize(UNINORM_NFC, (const uint8_t *)s, len, stack, &n);
    if (!r)
        return NULL;
    if (r != stack)
        *heap = r;
    *out_len = n;
    return (const char *)r;
}

static char *strndup_nfc(antq__arena *a, const char *s, size_t len, int utf8)
{
    uint8_t stack[256];
    void *heap;
    size_t n;
    const char *t = nfc_of(s, len, utf8, stack, sizeof stack, &n, &heap);
    char *d = t ? antq__arena_strndup(a, t, n) : NULL;
    free(heap);
    return d;
}

char *antq__arena_strndup_nfc(antq__arena *a, const char *s, size_t len) { return strndup_nfc(a, s, len, 0); }

char *antq__arena_strndup_nfc_utf8(antq__arena *a, const char *s, size_t len) { return strndup_nfc(a, s, len, 1); }

const char *antq__nfc(const char *s, char **owned)
{
    void *heap;
    size_t n;
    *owned = NULL;
    const char *t = nfc_of(s, strlen(s), 0, NULL, 0, &n, &heap);
    if (!t || t == s)
        return t;
    char *z = realloc(heap, n + 1); /* u8_normalize does not terminate its result */
    if (!z) {
        free(heap);
        return NULL;
    }
    z[n] = '\0';
    *owned = z;
    return z;
}
