/* main() of one specification table: compiled once per table with
 * -DSPEC_TABLE=spec_table_<name> (see meson.build).
 * SPDX-License-Identifier: MIT */
#include "spec.h"

#ifndef SPEC_TABLE
#error "define SPEC_TABLE to the table to run"
#endif

int main(void) { return spec_main(&SPEC_TABLE); }
