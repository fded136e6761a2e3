/* Both JSON parsers on one text: cJSON_ParseWithLengthOpts(text, len, &end, 0)
 * and the library's arena parser (lib/io/jsonparse.c) must both refuse it,
 * stopping at the same byte, or both accept it with the same end and the same
 * tree: node by node the same type, key, string, valueint and valuedouble
 * (bit for bit), the same next/prev/child links, and on every member of an
 * object the arena parser's key length in its type (ANTQ__JSON_KEY_LEN_SHIFT)
 * is strlen() of the key; and the arena parser's
 * text_ok must be antq__utf8_valid() of the text it read. Used by fuzz/fuzz-jsonparse.c
 * and tests/io/test-jsonparse.c, which compile lib/io/jsonparse.c in.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_FUZZ_JSON_SAME_H
#define ANTQ_FUZZ_JSON_SAME_H

#include "../lib/io/io.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int json_same_str(const char *a, const char *b)
{
    return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* 1 when the trees are equal; else 0 with why filled. a: cJSON's, b: the arena parser's. */
static int json_same_tree(const cJSON *a, const cJSON *b, char *why, size_t size)
{
    for (; a || b; a = a->next, b = b->next) {
        if (!a || !b) {
            snprintf(why, size, "one list is longer (key %s)", a ? (a->string ? a->string : "-") : (b->string ? b->string : "-"));
            return 0;
        }
        unsigned key_bits = (unsigned)b->type >> ANTQ__JSON_KEY_LEN_SHIFT;
        size_t key_len = b->string ? strlen(b->string) : 0;
        if ((a->type & 0xFF00) != (b->type & 0xFF00) ||
            (b->string ? key_bits != (key_len < ANTQ__JSON_KEY_LEN_MAX ? key_len + 1 : 0) : key_bits != 0) ||
            (b->string && antq__json_key_len(b) != key_len)) {
            snprintf(why, size, "node %s: type 0x%x/0x%x, key of %zu bytes", a->string ? a->string : "-",
                     (unsigned)a->type, (unsigned)b->type, key_len);
            return 0;
        }
        if ((a->type & 0xFF) != (b->type & 0xFF) || !json_same_str(a->string, b->string) ||
            !json_same_str(a->valuestring, b->valuestring) || a->valueint != b->valueint ||
            memcmp(&a->valuedouble, &b->valuedouble, sizeof a->valuedouble) != 0) {
            snprintf(why, size, "node %s: type %d/%d, string \"%.40s\"/\"%.40s\", valueint %d/%d, valuedouble %.17g/%.17g",
                     a->string ? a->string : "-", a->type & 0xFF, b->type & 0xFF, a->valuestring ? a->valuestring : "-",
                     b->valuestring ? b->valuestring : "-", a->valueint, b->valueint, a->valuedouble, b->valuedouble);
            return 0;
        }
        if ((a->child == NULL) != (b->child == NULL)) {
            snprintf(why, size, "node %s: one has children, the other not", a->string ? a->string : "-");
            return 0;
        }
        if (a->child && !json_same_tree(a->child, b->child, why, size))
            return 0;
    }
    return 1;
}

/* 1 when every list under j is linked as cJSON links it: each node's prev is
 * the one before it, the first one's prev is the last one. */
static int json_links_ok(const cJSON *j)
{
    for (; j; j = j->next) {
        if (j->child) {
            const cJSON *last = j->child;
            for (const cJSON *n = j->child->next; n; n = n->next) {
                if (n->prev != last)
                    return 0;
                last = n;
            }
            if (j->child->prev != last || !json_links_ok(j->child))
                return 0;
        }
    }
    return 1;
}

/* 1 when both parsers agree on text[0..len); else 0 with why filled.
 * *accepted (if not NULL) says whether cJSON accepted it. cJSON gets a copy
 * followed by a NUL (older cJSON reads one byte past an object that ends
 * right after a comma). */
static int json_same_parse(const char *text, size_t len, int *accepted, char *why, size_t size)
{
    char *copy = malloc(len + 1);
    if (!copy) {
        snprintf(why, size, "out of memory");
        return 0;
    }
    if (len)
        memcpy(copy, text, len);
    copy[len] = '\0';
    const char *end_c = NULL, *end_a = NULL;
    cJSON *c = cJSON_ParseWithLengthOpts(copy, len, &end_c, 0);
    antq__json_arena arena;
    antq__json_arena_init(&arena);
    int nomem = 0;
    cJSON *a = antq__json_parse(&arena, copy, len, &end_a, &nomem);
    int same = 1;
    if (nomem) {
        snprintf(why, size, "the arena parser ran out of memory");
        same = 0;
    } else if ((c == NULL) != (a == NULL)) {
        snprintf(why, size, "cJSON %s, the arena parser %s (stopped at %ld and %ld)", c ? "accepts" : "refuses",
                 a ? "accepts" : "refuses", (long)(end_c - copy), (long)(end_a - copy));
        same = 0;
    } else if (end_c != end_a) {
        snprintf(why, size, "both %s, cJSON stops at %ld, the arena parser at %ld", c ? "accept" : "refuse",
                 (long)(end_c - copy), (long)(end_a - copy));
        same = 0;
    } else if (c && !json_same_tree(c, a, why, size)) {
        same = 0;
    } else if (a && !json_links_ok(a)) {
        snprintf(why, size, "the arena parser's prev links are not cJSON's");
        same = 0;
    } else if (a && arena.text_ok != antq__utf8_valid(copy, (size_t)(end_a - copy), NULL)) {
        snprintf(why, size, "the arena parser says the text is%s UTF-8 without NUL, antq__utf8_valid disagrees",
                 arena.text_ok ? "" : " not");
        same = 0;
    }
    if (accepted)
        *accepted = c != NULL;
    cJSON_Delete(c);
    antq__json_arena_free(&arena);
    free(copy);
    return same;
}

#endif
