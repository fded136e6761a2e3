/* JSON output of the tool's own documents (stats, festival): built with cJSON,
 * which escapes every string, never with printf. Integers are written as raw
 * numbers formatted from int64 (a double would round totals above 2^53).
 * Any failed allocation is remembered and makes cli_json_print() fail, so that
 * an incomplete document is never printed.
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>

static int failed; /* sticky until cli_json_print(); the tool is single-threaded */

static cJSON *check(cJSON *item)
{
    if (!item)
        failed = 1;
    return item;
}

cJSON *cli_json_object(cJSON *parent, const char *name)
{
    return parent ? check(cJSON_AddObjectToObject(parent, name)) : (failed = 1, NULL);
}

cJSON *cli_json_array(cJSON *parent, const char *name)
{
    return parent ? check(cJSON_AddArrayToObject(parent, name)) : (failed = 1, NULL);
}

void cli_json_string(cJSON *parent, const char *name, const char *value)
{
    if (!parent || !check(value ? cJSON_AddStringToObject(parent, name, value) : cJSON_AddNullToObject(parent, name)))
        failed = 1;
}

void cli_json_int(cJSON *parent, const char *name, long long value)
{
    char num[24];
    snprintf(num, sizeof num, "%lld", value);
    if (!parent || !check(cJSON_AddRawToObject(parent, name, num)))
        failed = 1;
}

void cli_json_add(cJSON *parent, const char *name, cJSON *item)
{
    int ok = parent && item && (name ? cJSON_AddItemToObject(parent, name, item) : cJSON_AddItemToArray(parent, item));
    if (!ok) {
        cJSON_Delete(item);
        failed = 1;
    }
}

int cli_json_print(FILE *out, cJSON *doc)
{
    char *text = !failed && doc ? cJSON_PrintUnformatted(doc) : NULL;
    cJSON_Delete(doc);
    failed = 0;
    if (!text) {
        fputs(_("antq: không đủ bộ nhớ\n"), stderr);
        return CLI_INTERNAL;
    }
    fputs(text, out);
    fputc('\n', out);
    cJSON_free(text);
    return CLI_OK;
}
