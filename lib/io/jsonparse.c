/* A JSON parser that builds cJSON trees in a reusable bump arena: the same
 * public cJSON structs (type, next, prev, child, string, valuestring,
 * valueint, valuedouble) as cJSON_ParseWithLengthOpts(text, len, &end, 0),
 * with no malloc per node or string and no cJSON_Delete (the arena is reset
 * for the next record). It follows cJSON step by step (1.7.15 as Debian 12
 * ships it, with the later fixes of its parser: numbers of any length, no
 * read past an object that ends after a comma) so that it accepts and
 * refuses exactly the same texts and stops at the same byte on failure:
 * every byte <= 0x20 is white space, a UTF-8 byte-order mark is skipped,
 * strings are copied up to their closing quote with the escapes of cJSON
 * (\u with an invalid hex digit decodes as U+0000, as cJSON's does;
 * surrogates must pair), numbers are the run of [0-9+-eE.] read by strtod
 * with '.' as the decimal point and valueint saturated to int, nesting is
 * limited to CJSON_NESTING_LIMIT, duplicate keys are kept in document order.
 * tests/io/test-jsonparse.c and fuzz/fuzz-jsonparse.c hold both parsers to
 * that (fuzz/json-same.h).
 * SPDX-License-Identifier: MIT */
#include "io.h"

#include <limits.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

struct antq__json_chunk {
    antq__json_chunk *next;
    size_t size;
    /* data follows, 16-byte aligned */
};

#define JCHUNK_HEADER ((sizeof(antq__json_chunk) + 15) & ~(size_t)15)
#define JCHUNK_MIN (64 * 1024)

void antq__json_arena_init(antq__json_arena *a) { memset(a, 0, sizeof *a); }

void antq__json_arena_free(antq__json_arena *a)
{
    antq__json_chunk *c = a->head;
    while (c) {
        antq__json_chunk *next = c->next;
        antq__free(c);
        c = next;
    }
    antq__json_arena_init(a);
}

/* Forget every tree: the first chunk is kept for the next record, the
 * others (a record larger than usual) are given back. */
void antq__json_arena_reset(antq__json_arena *a)
{
    if (!a->head)
        return;
    antq__json_chunk *c = a->head->next;
    while (c) {
        antq__json_chunk *next = c->next;
        antq__free(c);
        c = next;
    }
    a->head->next = NULL;
    a->cur = (char *)a->head + JCHUNK_HEADER;
    a->end = a->cur + a->head->size;
}

static void *jalloc_slow(antq__json_arena *a, size_t size)
{
    size_t want = size > JCHUNK_MIN ? size : JCHUNK_MIN;
    antq__json_chunk *c = antq__malloc(JCHUNK_HEADER + want);
    if (!c)
        return NULL;
    c->size = want;
    if (a->head) { /* after the first chunk: the reset keeps the first one */
        c->next = a->head->next;
        a->head->next = c;
    } else {
        c->next = NULL;
        a->head = c;
    }
    a->cur = (char *)c + JCHUNK_HEADER + size;
    a->end = (char *)c + JCHUNK_HEADER + want;
    return (char *)c + JCHUNK_HEADER;
}

static inline void *jalloc(antq__json_arena *a, size_t size)
{
    size = (size + 7) & ~(size_t)7;
    if ((size_t)(a->end - a->cur) < size)
        return jalloc_slow(a, size);
    void *p = a->cur;
    a->cur += size;
    return p;
}

typedef struct pbuf {
    const unsigned char *s;
    size_t len, off, depth;
    antq__json_arena *a;
    int nomem;
    int bad_text; /* a NUL byte or a byte that is not UTF-8 was met */
} pbuf;

static cJSON *new_item(pbuf *b)
{
    cJSON *j = jalloc(b->a, sizeof *j);
    if (!j) {
        b->nomem = 1;
        return NULL;
    }
    memset(j, 0, sizeof *j);
    return j;
}

/* cJSON's buffer_skip_whitespace */
static inline void skip_ws(pbuf *b)
{
    if (b->off >= b->len || b->s[b->off] > 32) /* the usual case: nothing to skip */
        return;
    while (b->off < b->len && b->s[b->off] <= 32) {
        if (!b->s[b->off])
            b->bad_text = 1;
        b->off++;
    }
    if (b->off == b->len)
        b->off--;
}

static unsigned hex4(const unsigned char *p)
{
    unsigned h = 0;
    for (int i = 0; i < 4; i++) {
        unsigned c = p[i];
        if (c >= '0' && c <= '9')
            h += c - '0';
        else if (c >= 'A' && c <= 'F')
            h += 10 + c - 'A';
        else if (c >= 'a' && c <= 'f')
            h += 10 + c - 'a';
        else
            return 0; /* as cJSON: an invalid digit makes the code 0 */
        if (i < 3)
            h <<= 4;
    }
    return h;
}

/* cJSON's utf16_literal_to_utf8: bytes of input used (6 or 12), 0 on failure. */
static size_t utf16_literal(const unsigned char *in, const unsigned char *end, unsigned char **out)
{
    if (end - in < 6)
        return 0;
    unsigned long cp;
    unsigned first = hex4(in + 2);
    size_t used = 6;
    if (first >= 0xDC00 && first <= 0xDFFF)
        return 0;
    if (first >= 0xD800 && first <= 0xDBFF) {
        const unsigned char *second = in + 6;
        if (end - second < 6 || second[0] != '\\' || second[1] != 'u')
            return 0;
        unsigned lo = hex4(second + 2);
        if (lo < 0xDC00 || lo > 0xDFFF)
            return 0;
        cp = 0x10000 + (((first & 0x3FF) << 10) | (lo & 0x3FF));
        used = 12;
    } else {
        cp = first;
    }
    unsigned char *o = *out;
    if (cp < 0x80) {
        o[0] = (unsigned char)cp;
        *out = o + 1;
    } else if (cp < 0x800) {
        o[0] = (unsigned char)(0xC0 | (cp >> 6));
        o[1] = (unsigned char)(0x80 | (cp & 0x3F));
        *out = o + 2;
    } else if (cp < 0x10000) {
        o[0] = (unsigned char)(0xE0 | (cp >> 12));
        o[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (unsigned char)(0x80 | (cp & 0x3F));
        *out = o + 3;
    } else {
        o[0] = (unsigned char)(0xF0 | (cp >> 18));
        o[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3F));
        o[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3F));
        o[3] = (unsigned char)(0x80 | (cp & 0x3F));
        *out = o + 4;
    }
    return used;
}

/* The first '"' or '\\' in [q, stop), or stop; eight bytes at a time. */
static inline const unsigned char *quote_or_backslash(const unsigned char *q, const unsigned char *stop)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    while (stop - q >= 8) {
        uint64_t w, a, b;
        memcpy(&w, q, 8);
        a = w ^ (ones * '"');
        b = w ^ (ones * '\\');
        /* a byte of a or b is 0 where w has a quote or a backslash; the lowest flagged byte is exact */
        uint64_t hit = (((a - ones) & ~a) | ((b - ones) & ~b)) & highs;
        if (hit)
            return q + __builtin_ctzll(hit) / 8;
        q += 8;
    }
#endif
    while (q < stop && *q != '"' && *q != '\\')
        q++;
    return q;
}

/* cJSON's parse_string: the string at b->off into *out. On failure b->off is
 * where cJSON stops (the byte after the opening quote while looking for the
 * closing one, the backslash of a bad escape). */
/* A string without escapes whose bytes fit in the current chunk: copied
 * while its closing quote is looked for (eight bytes at a time), in one pass.
 * 1: done; 0: not this case (nothing consumed; a backslash, the end of the
 * text, or too little room), left to parse_string. */
static int plain_string(pbuf *b, char **out, size_t *len)
{
    const unsigned char *s = b->s, *q = s + b->off + 1, *stop = s + b->len;
    size_t rest = (size_t)(stop - q);
    if ((size_t)(b->a->end - b->a->cur) <= rest)
        return 0;
    unsigned char *o = (unsigned char *)b->a->cur, *w = o;
    uint64_t seen = 0, nul = 0; /* the bytes or'ed together (a high bit: not ASCII); a NUL met */
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
    while (stop - q >= 8) {
        uint64_t v, x, y;
        memcpy(&v, q, 8);
        memcpy(w, &v, 8); /* room: rest + 1 bytes from o */
        x = v ^ (ones * '"');
        y = v ^ (ones * '\\');
        /* a flag in the high bit of each byte that is a quote, a backslash or a NUL;
         * the lowest flagged byte is exact */
        uint64_t hit = (((x - ones) & ~x) | ((y - ones) & ~y)) & highs, zero = (v - ones) & ~v & highs;
        if (hit) {
            size_t k = (size_t)__builtin_ctzll(hit) / 8;
            uint64_t before = k ? ~0ull >> (64 - 8 * k) : 0; /* the bytes of the string in this word */
            seen |= v & before;
            nul |= zero & before;
            q += k;
            w += k;
            goto found;
        }
        seen |= v;
        nul |= zero;
        q += 8;
        w += 8;
    }
#endif
    while (q < stop && *q != '"' && *q != '\\') {
        seen |= *q;
        nul |= *q == 0;
        *w++ = *q++;
    }
found:
    if (q >= stop || *q != '"')
        return 0;
    if ((nul || (seen & 0x8080808080808080ull)) && !antq__utf8_valid((const char *)o, (size_t)(w - o), NULL))
        b->bad_text = 1; /* antq__utf8_valid refuses a NUL too */
    *len = nul ? strlen((const char *)o) : (size_t)(w - o); /* as strlen() would find it */
    *w++ = '\0';
    b->a->cur += ((size_t)(w - o) + 7) & ~(size_t)7;
    *out = (char *)o;
    b->off = (size_t)(q - s) + 1;
    return 1;
}

static int parse_string(pbuf *b, char **out, size_t *len)
{
    const unsigned char *s = b->s;
    size_t start = b->off, ip = start + 1, ie = start + 1, skipped = 0;
    if (s[start] != '"')
        goto fail;
    if (plain_string(b, out, len))
        return 1;
    for (;;) { /* the closing quote; a backslash takes the byte after it */
        const unsigned char *q = quote_or_backslash(s + ie, s + b->len);
        ie = (size_t)(q - s);
        if (ie >= b->len)
            goto fail;
        if (*q == '"')
            break;
        if (ie + 1 >= b->len)
            goto fail;
        skipped++;
        ie += 2;
    }
    if (skipped)
        b->a->escapes++;
    if (!antq__utf8_valid((const char *)s + ip, ie - ip, NULL))
        b->bad_text = 1;
    unsigned char *o = jalloc(b->a, ie - start - skipped + 1);
    if (!o) {
        b->nomem = 1;
        goto fail;
    }
    *out = (char *)o;
    if (!skipped) {
        memcpy(o, s + ip, ie - ip);
        o[ie - ip] = '\0';
        *len = strlen((const char *)o); /* a NUL byte in it cuts it, for strlen() */
        b->off = ie + 1;
        return 1;
    }
    while (ip < ie) {
        const unsigned char *bs = memchr(s + ip, '\\', ie - ip);
        size_t run = bs ? (size_t)(bs - (s + ip)) : ie - ip;
        memcpy(o, s + ip, run);
        o += run;
        ip += run;
        if (ip >= ie)
            break;
        size_t used = 2;
        switch (s[ip + 1]) {
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case '"':
        case '\\':
        case '/': *o++ = s[ip + 1]; break;
        case 'u':
            used = utf16_literal(s + ip, s + ie, &o);
            if (!used)
                goto fail;
            break;
        default:
            goto fail;
        }
        ip += used;
    }
    *o = '\0';
    *len = strlen(*out); /* a \\u0000 in it cuts it, for strlen() */
    b->off = ie + 1;
    return 1;
fail:
    b->off = ip;
    return 0;
}

static unsigned char decimal_point(void)
{
    return (unsigned char)localeconv()->decimal_point[0];
}

/* cJSON's parse_number (Debian's 1.7.15 reads the whole run of number bytes,
 * as 1.7.19 does: no 63-byte limit). Up to 15 digits with an optional minus
 * sign and nothing else are read exactly without strtod (every such integer
 * is a double, as strtod would round it); anything else goes to strtod. */
static int parse_number(pbuf *b, cJSON *item)
{
    const unsigned char *p = b->s + b->off;
    size_t avail = b->len - b->off, n = 0;
    int other = 0; /* a byte other than a digit, or a sign not in front */
    while (n < avail) {
        unsigned c = p[n];
        if (c >= '0' && c <= '9') {
            n++;
        } else if (c == '+' || c == '-' || c == 'e' || c == 'E' || c == '.') {
            if (!(n == 0 && c == '-'))
                other = 1;
            n++;
        } else {
            break;
        }
    }
    double v;
    size_t used;
    size_t neg = p[0] == '-';
    if (!other && n > neg && n - neg <= 15) {
        uint64_t u = 0;
        for (size_t i = neg; i < n; i++)
            u = u * 10 + (uint64_t)(p[i] - '0');
        v = (double)u;
        if (neg)
            v = -v;
        used = n;
    } else {
        char small[64], *buf = n < sizeof small ? small : antq__malloc(n + 1), *after = NULL;
        if (!buf) {
            b->nomem = 1;
            return 0;
        }
        unsigned char dp = decimal_point();
        for (size_t i = 0; i < n; i++)
            buf[i] = p[i] == '.' ? (char)dp : (char)p[i];
        buf[n] = '\0';
        v = strtod(buf, &after);
        used = (size_t)(after - buf);
        if (buf != small)
            antq__free(buf);
        if (!used)
            return 0;
    }
    item->valuedouble = v;
    item->valueint = v >= INT_MAX ? INT_MAX : v <= (double)INT_MIN ? INT_MIN : (int)v;
    item->type = cJSON_Number;
    b->off += used;
    return 1;
}

static int parse_value(pbuf *b, cJSON *item);

/* cJSON's parse_array and parse_object in one: the same steps, a key before
 * each value of an object. */
static int parse_container(pbuf *b, cJSON *item, int object)
{
    cJSON *head = NULL, *cur = NULL;
    size_t key_len = 0;
    unsigned char close = object ? '}' : ']';
    if (b->depth >= CJSON_NESTING_LIMIT)
        return 0;
    b->depth++;
    b->off++;
    skip_ws(b);
    if (b->off < b->len && b->s[b->off] == close)
        goto success;
    if (b->off >= b->len) {
        b->off--;
        return 0;
    }
    b->off--;
    do {
        cJSON *n = new_item(b);
        if (!n)
            return 0;
        if (!head) {
            head = cur = n;
        } else {
            cur->next = n;
            n->prev = cur;
            cur = n;
        }
        if (object) {
            if (b->off + 1 >= b->len)
                return 0; /* nothing after the comma */
            b->off++;
            skip_ws(b);
            if (!parse_string(b, &cur->string, &key_len))
                return 0;
            skip_ws(b);
            if (b->off >= b->len || b->s[b->off] != ':')
                return 0;
        }
        b->off++;
        skip_ws(b);
        if (!parse_value(b, cur))
            return 0;
        if (object && key_len < ANTQ__JSON_KEY_LEN_MAX)
            cur->type |= (int)((key_len + 1) << ANTQ__JSON_KEY_LEN_SHIFT);
        skip_ws(b);
    } while (b->off < b->len && b->s[b->off] == ',');
    if (b->off >= b->len || b->s[b->off] != close)
        return 0;
success:
    b->depth--;
    if (head)
        head->prev = cur;
    item->type = object ? cJSON_Object : cJSON_Array;
    item->child = head;
    b->off++;
    return 1;
}

static int parse_value(pbuf *b, cJSON *item)
{
    size_t off = b->off, left = b->len - off;
    if (off >= b->len)
        return 0;
    const unsigned char *p = b->s + off;
    switch (p[0]) {
    case 'n':
        if (left >= 4 && memcmp(p, "null", 4) == 0) {
            item->type = cJSON_NULL;
            b->off += 4;
            return 1;
        }
        return 0;
    case 'f':
        if (left >= 5 && memcmp(p, "false", 5) == 0) {
            item->type = cJSON_False;
            b->off += 5;
            return 1;
        }
        return 0;
    case 't':
        if (left >= 4 && memcmp(p, "true", 4) == 0) {
            item->type = cJSON_True;
            item->valueint = 1;
            b->off += 4;
            return 1;
        }
        return 0;
    case '"': {
        size_t len;
        if (!parse_string(b, &item->valuestring, &len))
            return 0;
        item->type = cJSON_String;
        return 1;
    }
    case '[':
        return parse_container(b, item, 0);
    case '{':
        return parse_container(b, item, 1);
    default:
        if (p[0] == '-' || (p[0] >= '0' && p[0] <= '9'))
            return parse_number(b, item);
        return 0;
    }
}

cJSON *antq__json_parse(antq__json_arena *a, const char *text, size_t len, const char **end, int *nomem)
{
    pbuf b = {(const unsigned char *)text, len, 0, 0, a, 0, 0};
    cJSON *root = NULL;
    *nomem = 0;
    a->escapes = 0;
    a->text_ok = 0;
    if (!text || !len)
        goto fail;
    root = new_item(&b);
    if (!root)
        goto fail;
    if (len >= 5 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
        b.off = 3;
    skip_ws(&b);
    if (!parse_value(&b, root))
        goto fail;
    *end = text + b.off;
    a->text_ok = !b.bad_text;
    return root;
fail:
    *nomem = b.nomem;
    *end = text + (b.off < len ? b.off : len ? len - 1 : 0);
    return NULL;
}
