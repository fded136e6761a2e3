/* The test-only allocation hook of lib/core/alloc.c, compiled in only with
 * -DANTQ_TEST_ALLOC_HOOK (the static library built by tests/alloc/meson.build;
 * the installed library has no hook and exports nothing of it).
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_TEST_ALLOC_HOOK_H
#define ANTQ_TEST_ALLOC_HOOK_H

/* Start counting allocations from 0; allocation number fail_at (1-based)
 * fails, and with persistent every later one too. fail_at 0: none fails. */
void antq__test_alloc_arm(unsigned long fail_at, int persistent);
/* Allocations counted since the last arm. */
unsigned long antq__test_alloc_count(void);
/* Allocations refused since the last arm. */
unsigned long antq__test_alloc_failed(void);
/* Count one allocation; 1 when it must fail (also used for cJSON's allocations). */
int antq__test_alloc_tick(void);

#endif
