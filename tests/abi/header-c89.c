/* The public header compiled as strict C89 (-std=c89 -pedantic -Werror, see
 * meson.build), linked against the library, and run: the header's version
 * macros must agree with the library's run-time version.
 * SPDX-License-Identifier: MIT */
#include <antq.h>

#include <stdio.h>
#include <string.h>

int main(void)
{
    const char *v = antq_version();
    int n = antq_version_number();
    antq_unit unit;
    antq_evidence ev;

    antq_unit_init(&unit);
    antq_evidence_init(&ev);
    if (v == NULL || strcmp(v, ANTQ_VERSION_STRING) != 0 || n != ANTQ_VERSION_NUMBER) {
        fprintf(stderr, "header says %s (%d), library says %s (%d)\n", ANTQ_VERSION_STRING,
                (int)ANTQ_VERSION_NUMBER, v ? v : "(null)", n);
        return 1;
    }
    if (unit.kind != ANTQ_KIND_UNKNOWN || ev.registered != ANTQ_UNKNOWN) {
        fprintf(stderr, "antq_unit_init/antq_evidence_init did not reset the records\n");
        return 1;
    }
    printf("C89: libantq %s\n", v);
    return 0;
}
