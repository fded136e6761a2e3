/* Run-time version.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

const char *antq_version(void) { return ANTQ_VERSION_STRING; }

int antq_version_number(void) { return ANTQ_VERSION_NUMBER; }
