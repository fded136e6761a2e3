/* JSON input/output internals: the only place that includes cJSON.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_IO_H
#define ANTQ_IO_H

#include "../internal.h"
#include "../model/dataset.h"

#include <cjson/cJSON.h>
#include <string.h>

/* JSON text scanning (no tree): used to walk a document one element at a time
 * and to find where a path's value starts, for line and column in errors. */
ANTQ__HIDDEN const char *antq__json_skip_ws(const char *p, const char *end);
/* End of the value starting at p, or NULL if it is malformed or truncated (*bad = where). */
ANTQ__HIDDEN const char *antq__json_skip_value(const char *p, const char *end, const char **bad);
/* Offset (from text) of the value at a JSON pointer relative to the value at text;
 * the deepest component found when the full path is not present. */
ANTQ__HIDDEN size_t antq__json_locate(const char *text, size_t len, const char *pointer);
/* JSON pointer of the value being read at offset (for syntax errors). */
ANTQ__HIDDEN void antq__json_path_at(const char *text, size_t len, size_t offset, char *out, size_t size);
/* 1-based line and column (bytes) of offset in buf. */
ANTQ__HIDDEN void antq__line_col(const char *buf, size_t offset, int32_t *line, int32_t *col);

/* Field descriptors shared by the loader and the writer. */
enum antq__ftype {
    ANTQ__FT_STRING = 1, /* const char * */
    ANTQ__FT_TRI,        /* int32_t antq_tri: true/false/null */
    ANTQ__FT_COUNT,      /* int64_t >= 0, null = unknown */
    ANTQ__FT_DATE,       /* int32_t YYYYMMDD from "YYYY-MM-DD", null = unknown */
    ANTQ__FT_YEAR,       /* int32_t year 1901-2998 */
    ANTQ__FT_ENUM,       /* int32_t from a name table (index = value), null = 0 */
    ANTQ__FT_ENUM_M1,    /* int32_t from a name table, null = -1 */
    ANTQ__FT_TOPICS      /* int32_t bit set from an array of topic names, null = -1 */
};

typedef struct antq__field {
    const char *name;
    uint8_t type;
    uint8_t required;
    uint16_t offset;
    const char *const *names; /* enum names, index = value, NULL entries skipped */
    uint8_t n_names;
} antq__field;

ANTQ__HIDDEN extern const antq__field antq__unit_fields[];
ANTQ__HIDDEN extern const size_t antq__unit_field_count;
ANTQ__HIDDEN extern const antq__field antq__evidence_fields[];
ANTQ__HIDDEN extern const size_t antq__evidence_field_count;
ANTQ__HIDDEN extern const antq__field antq__event_fields[];
ANTQ__HIDDEN extern const size_t antq__event_field_count;
ANTQ__HIDDEN extern const antq__field antq__discipline_fields[];
ANTQ__HIDDEN extern const size_t antq__discipline_field_count;
ANTQ__HIDDEN extern const antq__field antq__answer_fields[];
ANTQ__HIDDEN extern const size_t antq__answer_field_count;
ANTQ__HIDDEN extern const antq__field antq__criterion_fields[];
ANTQ__HIDDEN extern const size_t antq__criterion_field_count;
ANTQ__HIDDEN extern const antq__field antq__delegation_fields[];
ANTQ__HIDDEN extern const size_t antq__delegation_field_count;
ANTQ__HIDDEN extern const antq__field antq__authority_fields[];
ANTQ__HIDDEN extern const size_t antq__authority_field_count;
ANTQ__HIDDEN extern const char *const antq__topic_names[];
ANTQ__HIDDEN extern const size_t antq__topic_count;
ANTQ__HIDDEN extern const char *const antq__kind_names[];
ANTQ__HIDDEN extern const char *const antq__trend_names[];
ANTQ__HIDDEN extern const char *const antq__pool_names[];
ANTQ__HIDDEN extern const char *const antq__new_rural_points_names[];
ANTQ__HIDDEN extern const char *const antq__emulation_names[];
ANTQ__HIDDEN extern const char *const antq__period_start_names[];
ANTQ__HIDDEN extern const char *const antq__level_names[];
ANTQ__HIDDEN extern const size_t antq__level_count;
ANTQ__HIDDEN extern const char *const antq__body_names[];
ANTQ__HIDDEN extern const size_t antq__body_count;

/* The loader state shared by the dataset and campaign loaders (load.c). */
typedef struct antq__loader {
    antq_dataset *ds;
    antq__arena *arena;   /* where strings and arrays go */
    antq__json_arena *json; /* where antq__load_parse() builds its trees */
    unsigned flags;
    const char *doc;      /* positions are offsets into doc */
    size_t doc_len;
    int32_t line_offset;  /* added to reported lines (NDJSON) */
    const char *elem;     /* current element text, for locating paths */
    size_t elem_len;
    size_t prefix_len;    /* length of the element's own path */
    char path[ANTQ_ERROR_PATH_SIZE];
    size_t plen;
    /* the key of the member antq__load_object() is converting, not yet
     * appended to path: appended only when something needs the path (a
     * report, a deeper key), since most members convert without error */
    const char *pending;
    antq_error *err;
    antq_error_fn fn;
    void *ud;
    size_t n_errors;
    int first;
    int stop;
    /* the text every tree comes from passed antq__load_check_text(): its
     * strings are UTF-8 (escapes decode only to Unicode scalar values) */
    int text_valid;
    /* the text was not checked yet (antq_dataset_add_json): antq__load_parse()
     * checks it, through the parser when it can */
    int text_unchecked;
    /* line/column of the last error, so that the next one (usually further
     * on) is counted from there: many errors stay linear in the input size */
    size_t lc_off, lc_start;
    int32_t lc_line; /* 0: nothing cached */
    /* elements of "units" that failed to load (collecting validator): the
     * hierarchy check maps dataset indices back to document indices */
    size_t *failed;
    size_t n_failed, cap_failed;
} antq__loader;

/* Report an error at the loader's current path (or at `at`); returns code. */
ANTQ__HIDDEN int antq__load_report(antq__loader *L, int code, const char *at, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
ANTQ__HIDDEN size_t antq__load_push_key(antq__loader *L, const char *key);
ANTQ__HIDDEN size_t antq__load_push_index(antq__loader *L, size_t i);
ANTQ__HIDDEN void antq__load_pop(antq__loader *L, size_t old);
ANTQ__HIDDEN const char *antq__json_type_of(const cJSON *j);
/* Convert one value through a field descriptor into base (strings into arena). */
ANTQ__HIDDEN int antq__load_field(antq__loader *L, const antq__field *f, void *base, const cJSON *j);
/* Handler for keys outside a field table: 1 if handled (*rc set). */
typedef int (*antq__special_fn)(antq__loader *L, const cJSON *child, void *ctx, int *rc);
ANTQ__HIDDEN int antq__load_object(antq__loader *L, const antq__field *fields, size_t n, void *base,
                                   const cJSON *obj, antq__raw_field **unknown, antq__special_fn special, void *ctx);
ANTQ__HIDDEN int antq__load_array(antq__loader *L, const cJSON *arr, const antq__field *fields,
                                  size_t n, size_t elem_size, void (*init)(void *), void **out, size_t *count,
                                  antq__raw_field ***unknown);
/* Parse text[0..len) into a tree in L->json (antq__json_parse), reporting a
 * syntax error with its position. On failure returns NULL with *rc the code
 * reported (EPARSE; EUTF8 for a \u0000 or unpaired surrogate escape; ENOMEM);
 * *parse_end (if not NULL) is where the parser stopped. */
ANTQ__HIDDEN cJSON *antq__load_parse(antq__loader *L, const char *text, size_t len, const char **parse_end, int *rc);
/* The tree of text[0..len) in the arena, exactly as cJSON_ParseWithLengthOpts(text,
 * len, end, 0) builds it (lib/io/jsonparse.c); NULL when cJSON would refuse the
 * text (*end: where cJSON stops) or memory ran out (*nomem = 1). The tree lives
 * until the arena is reset or freed: never cJSON_Delete() it. */
ANTQ__HIDDEN cJSON *antq__json_parse(antq__json_arena *a, const char *text, size_t len, const char **end, int *nomem);
/* A member of an object parsed by antq__json_parse() carries its key's length
 * (strlen(string)) plus one in bits 16-30 of its type, which cJSON leaves zero
 * (cJSON reads the type through & 0xFF and the flags 256 and 512): the loader
 * then compares keys without scanning them. Zero in a tree cJSON built, and for
 * keys of ANTQ__JSON_KEY_LEN_MAX bytes or more. */
#define ANTQ__JSON_KEY_LEN_SHIFT 16
#define ANTQ__JSON_KEY_LEN_MAX 0x7FFE
/* cJSON_IsNull() and the others, inline: the loader asks them of every value, and each is a call into
 * libcjson through its PLT otherwise. Same answers (NULL is none of them; cJSON reads the type & 0xFF). */
static inline int antq__json_is(const cJSON *j, int type) { return j && (j->type & 0xFF) == type; }
#define antq__json_is_null(j) antq__json_is((j), cJSON_NULL)
#define antq__json_is_string(j) antq__json_is((j), cJSON_String)
#define antq__json_is_number(j) antq__json_is((j), cJSON_Number)
#define antq__json_is_array(j) antq__json_is((j), cJSON_Array)
#define antq__json_is_object(j) antq__json_is((j), cJSON_Object)
#define antq__json_is_true(j) antq__json_is((j), cJSON_True)
static inline int antq__json_is_bool(const cJSON *j) { return j && (j->type & (cJSON_True | cJSON_False)) != 0; }

/* The length of member c's key: the recorded one, else strlen(). */
static inline size_t antq__json_key_len(const cJSON *c)
{
    unsigned bits = ((unsigned)c->type >> ANTQ__JSON_KEY_LEN_SHIFT) & 0x7FFF;
    return bits ? bits - 1 : strlen(c->string);
}
/* A backslash can only be in a string of a text the parser accepted: with
 * a->escapes == 0 after antq__json_parse(), text[0..end) has none. Outside
 * strings it accepts only ASCII (and a byte-order mark); it checks the bytes
 * of strings and white space: a->text_ok = 1 when text[0..end) is UTF-8
 * without NUL, as antq__load_check_text() would find it. */
/* The first \u0000 escape or unpaired surrogate escape in JSON text that cJSON
 * accepted (cJSON would cut the string at a NUL), or NULL; *why says which. */
ANTQ__HIDDEN const char *antq__json_bad_escape(const char *text, size_t len, const char **why);

/* Check that buf[0..len) is UTF-8 without NUL (a leading byte-order mark is
 * UTF-8 and passes); otherwise report, at the first bad byte, what the text
 * probably is and how to convert it (ANTQ_EUTF8; ANTQ_EPARSE for a stray NUL). */
ANTQ__HIDDEN int antq__load_check_text(antq__loader *L, const char *buf, size_t len);
/* The options "delegations" and "authority" (authority_json.c): loaded into
 * the arena and checked (Art. 10.5 on the delegation's own date; no gap or
 * overlap in the table); written back. */
ANTQ__HIDDEN int antq__load_delegations(antq__loader *L, const cJSON *arr, antq__arena *a, antq_delegation **out,
                                        size_t *n);
ANTQ__HIDDEN int antq__load_authority(antq__loader *L, const cJSON *arr, antq__arena *a, antq_authority_rule **out,
                                      size_t *n);
ANTQ__HIDDEN void antq__write_delegations(antq__buf *b, const antq_delegation *d, size_t n);
ANTQ__HIDDEN void antq__write_authority(antq__buf *b, const antq_authority_rule *t, size_t n);
/* "MM-DD" of a real month and day (as in 2001) into month*100+day: 1, or 0 when it is not one. */
ANTQ__HIDDEN int antq__parse_mmdd(const char *v, int *mmdd);

/* Largest unit record (an element of "units", an NDJSON line, a top-level
 * value) handed to cJSON: its tree takes several times the text's size. */
#define ANTQ__MAX_RECORD ((size_t)16 << 20)

/* ---- result writers shared by write.c and detail.c */
/* One result as antq_result_write_json() writes it (the full detail). */
ANTQ__HIDDEN void antq__result_json(antq__buf *b, const antq_result *r, int lang);
/* One result's CSV row(s) as antq_result_write_csv() writes them (the full detail). */
ANTQ__HIDDEN void antq__result_csv(antq__buf *b, const antq_result *r, int format, int lang, unsigned csv_flags);
/* One RFC 4180 CSV cell, neutralised for spreadsheets unless ANTQ_CSV_RAW_CELLS (doc/format.md "CSV"). */
ANTQ__HIDDEN void antq__csv_field(antq__buf *b, const char *s, unsigned csv_flags);
/* Options as the "options" object of a dataset document (year 0: none; province, issuer: the document's, or
 * NULL; unknown: kept fields or NULL). */
ANTQ__HIDDEN void antq__options_json(antq__buf *b, const antq_options *o, int year, const char *province,
                                     const char *issuer, const antq__raw_field *unknown);
/* One result at a detail level (format and detail already checked). */
ANTQ__HIDDEN void antq__result_detail(antq__buf *b, const antq_result *r, int format, int detail, int lang,
                                      unsigned csv_flags);

/* A set of files published together (lib/io/publish.c): each is written beside its target under a
 * temporary name; antq__publish_commit() flushes them to disk and renames them over their targets, so a
 * failure before it leaves every previous file as it was. A target that is not a regular file (a device,
 * a pipe) is written in place. */
typedef struct antq__published {
    char *target, *tmp; /* tmp NULL: written in place */
    int in_place;
} antq__published;
typedef struct antq__publish {
    antq__published *files;
    size_t n, cap;
} antq__publish;
ANTQ__HIDDEN void antq__publish_init(antq__publish *p);
/* A new file of the set: *write_to is the path to write it to (a temporary file, created empty, with the
 * target's permissions when it exists; or the target itself when written in place). Valid until commit or
 * abort. ANTQ_OK, ANTQ_EIO (path: the target, message with strerror) or ANTQ_ENOMEM. */
ANTQ__HIDDEN int antq__publish_reserve(antq__publish *p, const char *target, const char **write_to, antq_error *err);
/* antq__publish_reserve() and write `len` bytes of `data` to it. */
ANTQ__HIDDEN int antq__publish_write(antq__publish *p, const char *target, const char *data, size_t len,
                                     antq_error *err);
/* fsync every file, rename each over its target, fsync the directory; the set is emptied. ANTQ_OK or
 * ANTQ_EIO (a file that could not be flushed: nothing is renamed). */
ANTQ__HIDDEN int antq__publish_commit(antq__publish *p, antq_error *err);
/* Remove the temporary files; the targets are untouched. The set is emptied. */
ANTQ__HIDDEN void antq__publish_abort(antq__publish *p);

#endif
