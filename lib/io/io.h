/* JSON input/output internals: the only place that includes cJSON.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_IO_H
#define ANTQ_IO_H

#include "../internal.h"
#include "../model/dataset.h"

#include <cjson/cJSON.h>

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
ANTQ__HIDDEN extern const char *const antq__topic_names[];
ANTQ__HIDDEN extern const size_t antq__topic_count;
ANTQ__HIDDEN extern const char *const antq__kind_names[];
ANTQ__HIDDEN extern const char *const antq__trend_names[];
ANTQ__HIDDEN extern const char *const antq__pool_names[];
ANTQ__HIDDEN extern const char *const antq__emulation_names[];

/* JSON string escaping into a text buffer. */
ANTQ__HIDDEN void antq__buf_json_string(antq__buf *b, const char *s);

#endif
