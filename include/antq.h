/* libantq — rules-as-code for the movement "Toàn dân bảo vệ an ninh Tổ quốc".
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_H
#define ANTQ_H

/** @file antq.h
 * @brief Umbrella header: include this one.
 *
 * Conventions (see doc/errors.md for status codes, ownership and threads):
 * - Fallible functions return int: #ANTQ_OK (0) or a negative #antq_status, and
 *   fill an optional caller-owned #antq_error (passed last).
 * - Objects with a lifetime are opaque handles made by antq_*_new() or a
 *   function with an @c out parameter, freed by antq_*_free() (NULL accepted).
 * - Text the library allocates for the caller is freed with antq_free().
 * - No global mutable state: distinct objects may be used from distinct
 *   threads at once; the catalogue is read-only and shared. One object used
 *   from several threads needs the caller's locking.
 */

#include "antq/antq-version.h"
#include "antq/common.h"
#include "antq/error.h"
#include "antq/date.h"
#include "antq/format.h"
#include "antq/labels.h"
#include "antq/unit.h"
#include "antq/evidence.h"
#include "antq/criteria.h"
#include "antq/evaluate.h"
#include "antq/dataset.h"
#include "antq/pipeline.h"
#include "antq/plan.h"

#endif
