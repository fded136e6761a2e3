/* Spreadsheets inside the library: a workbook as sheets of rows of typed
 * cells (what the CSV and XLSX readers produce and the writers consume), the
 * layout of the dataset over sheets (generated from the JSON field tables),
 * and the conversions between cells and dataset fields.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_SHEET_BOOK_H
#define ANTQ_SHEET_BOOK_H

#include "../io/io.h"

/* ---- cells, rows, sheets, books */
enum antq__cell_type {
    ANTQ__CELL_EMPTY = 0,
    ANTQ__CELL_TEXT,   /* text */
    ANTQ__CELL_NUMBER, /* num */
    ANTQ__CELL_BOOL,   /* num 0 or 1 */
    ANTQ__CELL_DATE    /* writers only: num = YYYYMMDD */
};

typedef struct antq__cell {
    uint32_t col;      /* 1-based column */
    uint8_t type;
    const char *text;  /* TEXT (arena or borrowed) */
    double num;
} antq__cell;

typedef struct antq__srow {
    uint32_t num;      /* 1-based row number as the spreadsheet shows it */
    int32_t line;      /* CSV: line where the record starts; 0 for XLSX */
    antq__cell *cells; /* in column order */
    size_t n, cap;
} antq__srow;

struct antq__column;

typedef struct antq__sheet {
    const char *name;  /* as the reader saw it (CSV: the file name) */
    antq__srow *rows;
    size_t n, cap;
    /* writers: what the columns are (for formats and validation lists) */
    int layout;        /* an antq__sheet_id, or -1 */
    const struct antq__column *cols;
    size_t n_cols;
} antq__sheet;

typedef struct antq__book {
    antq__arena arena; /* strings and column arrays */
    antq__sheet *sheets;
    size_t n, cap;
    int date1904;      /* XLSX: dates count from 1904-01-01 */
} antq__book;

ANTQ__HIDDEN void antq__book_init(antq__book *b);
ANTQ__HIDDEN void antq__book_free(antq__book *b);
/* New empty sheet (name copied); NULL when out of memory. */
ANTQ__HIDDEN antq__sheet *antq__book_add_sheet(antq__book *b, const char *name, size_t name_len);
/* New row numbered num after the last one; NULL when out of memory. */
ANTQ__HIDDEN antq__srow *antq__sheet_add_row(antq__sheet *s, uint32_t num);
/* Append a cell (columns increasing); ANTQ_OK or ANTQ_ENOMEM. */
ANTQ__HIDDEN int antq__srow_add(antq__srow *r, uint32_t col, int type, const char *text, double num);
/* The cell in column col, or NULL when the row has none there. */
ANTQ__HIDDEN const antq__cell *antq__srow_cell(const antq__srow *r, uint32_t col);
/* "C17" for column 3, row 17. */
ANTQ__HIDDEN void antq__cell_ref(char *out, size_t size, uint32_t col, uint32_t row);
/* Fill err with the place of a cell: path "SHEET!C17", line = row, column = col.
 * Returns code. */
ANTQ__HIDDEN int antq__cell_error(antq_error *err, int code, const char *sheet, uint32_t col, uint32_t row,
                                  const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* Largest sheet dimensions (those of the XLSX format). */
#define ANTQ__SHEET_MAX_COLS 16384u
#define ANTQ__SHEET_MAX_ROWS 1048576u

/* ---- the layout of a dataset over sheets (doc/spreadsheets.md) */
typedef enum antq__sheet_id {
    ANTQ__SH_UNITS = 0,
    ANTQ__SH_EVIDENCE,
    ANTQ__SH_EVENTS,
    ANTQ__SH_DISCIPLINES,
    ANTQ__SH_TOPICS,
    ANTQ__SH_EXTRA,
    ANTQ__SH_OPTIONS,
    ANTQ__SH_CRITERIA,
    ANTQ__SH_DELEGATIONS,
    ANTQ__SH_AUTHORITY,
    ANTQ__SH_COUNT
} antq__sheet_id;

enum antq__column_role {
    ANTQ__COL_FIELD = 0, /* a field of the JSON field table */
    ANTQ__COL_UNIT,      /* key: the unit id of the row's record */
    ANTQ__COL_YEAR,      /* key: the evidence year */
    ANTQ__COL_TOPIC,     /* rule-topics sheet: one yes/no column per topic (index) */
    ANTQ__COL_OPTION,    /* options sheet: the option name */
    ANTQ__COL_VALUE,     /* options sheet: its value */
    ANTQ__COL_KINDS,     /* extra-criteria and delegations sheets: unit kinds, ";"-separated */
    ANTQ__COL_EVENT_KINDS, /* extra-criteria sheet: event kinds that fail it, ";"-separated */
    ANTQ__COL_DECISION_NUMBER, /* evidence sheet: number of the recognition decision (kept beside the record) */
    ANTQ__COL_VALID_TO,  /* authority sheet: last day the row governs (empty: open) */
    ANTQ__COL_MMDD,      /* authority sheet: deadline, month and day MM-DD */
    ANTQ__COL_STATUS,    /* authority sheet: status V, S, D or U */
    ANTQ__COL_CITATION_NUMBER /* authority sheet: article (index 0) or clause (index 1) of the citation */
};
/* Multi-valued columns: a ";"-separated list of the values of their field. */
#define ANTQ__COL_IS_LIST(c) ((c)->role == ANTQ__COL_KINDS || (c)->role == ANTQ__COL_EVENT_KINDS)

typedef struct antq__column {
    const char *key;             /* English header (the JSON name) */
    const char *vi;              /* Vietnamese header */
    const char *help;            /* what it holds (English) */
    const antq__field *field;    /* ANTQ__COL_FIELD: the field descriptor; other roles: the type and
                                    values of the cells (NULL when text or a number) */
    const char *const *labels;   /* enums: Vietnamese labels aligned with field->names */
    uint8_t role;
    uint8_t index;               /* ANTQ__COL_TOPIC: topic index */
    uint8_t required;
} antq__column;

typedef struct antq__sheet_layout {
    const char *key;  /* English name and CSV file stem ("events") */
    const char *vi;   /* Vietnamese sheet name ("Sự việc") */
    const char *help;
} antq__sheet_layout;

ANTQ__HIDDEN extern const antq__sheet_layout antq__sheet_layouts[ANTQ__SH_COUNT];
/* Sheets the readers skip: the template's explanation and lists of values. */
ANTQ__HIDDEN extern const antq__sheet_layout antq__sheet_guide, antq__sheet_lists;
/* Columns of a sheet, built from the field tables; returns their number (<= cap). */
ANTQ__HIDDEN size_t antq__sheet_columns(int sheet, antq__column *out, size_t cap);
#define ANTQ__MAX_COLUMNS 64
/* Options of the options sheet. */
typedef struct antq__option_row {
    const char *key;
    const char *vi;
    const char *help;
} antq__option_row;
ANTQ__HIDDEN extern const antq__option_row antq__option_rows[];
ANTQ__HIDDEN extern const size_t antq__option_row_count;
/* 1 when every field has a Vietnamese header and every label table matches
 * its name table; else 0 with the problem in msg (doc/tools/gen-spreadsheets). */
ANTQ__HIDDEN int antq__layout_check(char *msg, size_t size);
/* Header text of a column in a language. */
ANTQ__HIDDEN const char *antq__column_header(const antq__column *c, int lang);
/* Whether a header or sheet name matches (trimmed; ASCII letters in any case). */
ANTQ__HIDDEN int antq__name_matches(const char *text, const char *name);
/* Yes/no words. */
ANTQ__HIDDEN const char *antq__yes_no(int yes, int lang);
/* Text of an enum value: the Vietnamese label or the JSON name. */
ANTQ__HIDDEN const char *antq__enum_text(const antq__column *c, int value, int lang);
/* The authority-row status of a status column's value index ("VSDU"), and back (-1: none). */
ANTQ__HIDDEN int antq__status_of_index(int index);
ANTQ__HIDDEN int antq__status_index(int status);

/* ---- cells to values (antq__cell_error on failure, naming the header) */
typedef struct antq__cell_ctx {
    antq_error *err;
    const char *sheet;
    const char *header;
    uint32_t col, row;
    int date1904;
    antq__arena *arena; /* strings */
} antq__cell_ctx;
/* Convert a cell (NULL = empty) through a column into base. */
ANTQ__HIDDEN int antq__cell_to_field(antq__cell_ctx *x, const antq__column *c, const antq__cell *cell, void *base);
ANTQ__HIDDEN int antq__cell_tri(antq__cell_ctx *x, const antq__cell *cell, int32_t *out);
ANTQ__HIDDEN int antq__cell_year(antq__cell_ctx *x, const antq__cell *cell, int32_t *out);
ANTQ__HIDDEN int antq__cell_date(antq__cell_ctx *x, const antq__cell *cell, int32_t *out);
/* A whole number min..max from a number cell or digits (what: "a count", named in errors). */
ANTQ__HIDDEN int antq__cell_whole(antq__cell_ctx *x, const antq__cell *cell, int64_t min, int64_t max,
                                  const char *what, int64_t *out);
/* Text of a cell as a string (numbers without a fraction as integers); NULL for empty. */
ANTQ__HIDDEN const char *antq__cell_string(antq__cell_ctx *x, const antq__cell *cell, int *rc);
ANTQ__HIDDEN int antq__cell_is_empty(const antq__cell *cell);
/* Spreadsheet date serial numbers (1900 or 1904 system) and dates. */
ANTQ__HIDDEN int32_t antq__serial_to_date(double serial, int date1904);
ANTQ__HIDDEN double antq__date_to_serial(int32_t date);

/* ---- books and datasets */
/* Build a dataset from a workbook read by the CSV or XLSX reader, through
 * antq_dataset_add() (the same checks as the JSON loader). */
ANTQ__HIDDEN int antq__book_to_dataset(antq_dataset **out, const antq__book *b, unsigned flags, antq_error *err);
/* The sheets of a dataset (or of an empty template when ds is NULL) in a language. */
ANTQ__HIDDEN int antq__dataset_to_book(antq__book *b, const antq_dataset *ds, int lang);

/* ---- readers and writers */
/* Parse one CSV file into a new sheet named name. */
ANTQ__HIDDEN int antq__csv_read(antq__book *b, const char *name, const char *text, size_t len, antq_error *err);
/* CSV text of a sheet (UTF-8 with BOM, comma, CRLF, formula cells neutralised). */
ANTQ__HIDDEN int antq__csv_write(const antq__sheet *s, int lang, char **out);
/* Whether the CSV reader removes the leading apostrophe of s (see csv_write.c). */
ANTQ__HIDDEN int antq__csv_neutralised(const char *s);
/* Read an .xlsx workbook (libzip + expat). */
ANTQ__HIDDEN int antq__xlsx_read(antq__book *b, const char *buf, size_t len, antq_error *err);
/* Write a workbook of sheets to `file` (libxlsxwriter; errors name `path`, the file it will replace); guide:
 * add the sheet explaining every column; kinds: unit kinds of the kind list (0: all). */
ANTQ__HIDDEN int antq__xlsx_write_book(const antq__book *b, const char *path, const char *file, int lang, int guide,
                                       unsigned kinds, antq_error *err);

#endif
