#!/bin/sh
# Regenerate the rules catalogue and compare it with the committed file.
#
# usage: check-catalogue.sh GEN-CATALOGUE doc/rules-catalogue.md BUILDDIR
# Fails with a unified diff (committed -> generated) when the library's tables
# and the documentation differ, and says how to update the file.
# SPDX-License-Identifier: MIT
set -eu

if [ $# -ne 3 ] && [ $# -ne 4 ]; then
    echo "usage: $0 GENERATOR DOC.md BUILDDIR [UPDATE-TARGET]" >&2
    exit 99
fi
gen=$1
doc=$2
builddir=$3
target=${4:-update-catalogue-doc}

tmp=$(mktemp "${TMPDIR:-/tmp}/antq-catalogue.XXXXXX")
trap 'rm -f "$tmp"' EXIT INT TERM

"$gen" >"$tmp" || { echo "FAIL: $gen exited with $?"; exit 1; }

if [ ! -f "$doc" ]; then
    echo "FAIL: $doc does not exist."
    echo "Create it with:  ninja -C $builddir $target"
    exit 1
fi
if ! diff -u --label "$doc (committed)" --label "$doc (generated from the library)" "$doc" "$tmp"; then
    echo
    echo "FAIL: $doc is out of date with the library's tables (diff above)."
    echo "If the change to the tables is intended, update the file and commit it:"
    echo "    ninja -C $builddir $target"
    exit 1
fi
echo "ok: $doc matches the library's tables ($(wc -l <"$tmp") lines)"
