#!/bin/sh
# Check that the shared library exports exactly the public API.
#
# usage: check-exports.sh LIBANTQ.so LIBANTQ.sym HEADER-OR-DIR...
#   A directory stands for every *.h and *.h.in below it (tests/abi/meson.build
#   passes include/, so a new public header is checked without editing this).
#
# Three lists of function names are compared, and any difference in either
# direction fails the test:
#   exported  `nm -D --defined-only` of the built library, "@@ANTQ_x.y" stripped
#             (the version-node symbols themselves, type A, are left out);
#   sym       the names under "global:" in the version script lib/libantq.sym;
#   declared  every function declared with ANTQ_API in the public headers
#             (comments and preprocessor lines are removed first).
# It also fails when an exported function carries no version node (the
# version script was not applied) or when a node of the .sym is not sorted
# (the file says "Keep alphabetical").
# SPDX-License-Identifier: MIT
set -eu

if [ $# -lt 3 ]; then
    echo "usage: $0 LIB.so LIB.sym HEADER-OR-DIR..." >&2
    exit 99
fi
lib=$1
sym=$2
shift 2

NM=${NM:-nm}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/antq-exports.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
LC_ALL=C
export LC_ALL

# Print stdin as one line without /* */ comments and preprocessor lines (the
# public headers are C89: there are no // comments to handle).
strip_comments() {
    sed -e ':a' -e '/\\$/N; s/\\\n/ /; ta' |      # join continued lines
        sed -e '/^[[:space:]]*#/d' |             # drop preprocessor lines
        tr '\n' ' ' |
        sed -e 's:/\*[^*]*\*\{1,\}\([^/*][^*]*\*\{1,\}\)*/: :g'
}

# 1. exported by the library
if ! "$NM" -D --defined-only "$lib" >"$tmp/nm.out"; then
    echo "FAIL: cannot run $NM -D --defined-only $lib"
    exit 1
fi
# version-node names (ANTQ_1.0 ...) appear as absolute symbols: not functions
sed -n 's/^[[:space:]]*\([A-Za-z_][A-Za-z0-9_.]*\)[[:space:]]*{.*/\1/p' "$sym" | sort -u >"$tmp/nodes"
awk 'NF >= 2 { name = $NF; type = $(NF-1); print type, name }' "$tmp/nm.out" |
    while read -r type name; do
        base=${name%%@*}
        if [ "$type" = A ] && grep -qxF "$base" "$tmp/nodes"; then
            continue
        fi
        echo "$name"
    done >"$tmp/exported.raw"
sed 's/@.*//' "$tmp/exported.raw" | sort -u >"$tmp/exported"
grep -v '@' "$tmp/exported.raw" | sort -u >"$tmp/unversioned" || true

# 2. listed in the version script (global: sections only)
# A "{" opens a node; names inside one node must be in C-locale order.
strip_comments <"$sym" | sed -e 's/{/\n{\n/g' -e 's/[};]/\n/g' | awk -v unsorted="$tmp/unsorted" '
    { gsub(/^[ \t]+|[ \t]+$/, "") }
    $0 == "{" { scope = ""; prev = ""; next }
    /^global:/ { scope = "global"; sub(/^global:[ \t]*/, "") }
    /^local:/  { scope = "local";  sub(/^local:[ \t]*/, "") }
    scope == "global" && /^[A-Za-z_][A-Za-z0-9_]*$/ {
        if (prev != "" && $0 < prev)
            print "    " $0 " comes after " prev > unsorted
        prev = $0
        print
    }
' >"$tmp/sym.ordered"
sort -u "$tmp/sym.ordered" >"$tmp/sym"

# 3. declared ANTQ_API in the headers: the identifier just before the first "("
for a in "$@"; do
    if [ -d "$a" ]; then
        find "$a" -type f \( -name '*.h' -o -name '*.h.in' \) | sort
    else
        echo "$a"
    fi
done >"$tmp/headers"
if [ ! -s "$tmp/headers" ]; then
    echo "FAIL: no header found in: $*"
    exit 1
fi
while read -r h; do
    strip_comments <"$h"
    echo
done <"$tmp/headers" | grep -o 'ANTQ_API[^;(]*(' | sed -e 's/[[:space:]]*($//' -e 's/.*[^A-Za-z0-9_]//' | sort -u >"$tmp/declared"

status=0
report() { # title, file-with-names
    if [ -s "$2" ]; then
        echo "FAIL: $1:"
        sed 's/^/    /' "$2"
        status=1
    fi
}

comm -23 "$tmp/exported" "$tmp/sym" >"$tmp/d1"
comm -13 "$tmp/exported" "$tmp/sym" >"$tmp/d2"
comm -23 "$tmp/exported" "$tmp/declared" >"$tmp/d3"
comm -13 "$tmp/exported" "$tmp/declared" >"$tmp/d4"
comm -23 "$tmp/sym" "$tmp/declared" >"$tmp/d5"
comm -13 "$tmp/sym" "$tmp/declared" >"$tmp/d6"
report "exported by $(basename "$lib") but not listed in $(basename "$sym")" "$tmp/d1"
report "listed in $(basename "$sym") but not exported by $(basename "$lib")" "$tmp/d2"
report "exported but not declared ANTQ_API in a public header" "$tmp/d3"
report "declared ANTQ_API in a public header but not exported" "$tmp/d4"
report "listed in $(basename "$sym") but not declared ANTQ_API in a public header" "$tmp/d5"
report "declared ANTQ_API in a public header but not listed in $(basename "$sym")" "$tmp/d6"
report "exported without a version node (was the version script applied?)" "$tmp/unversioned"

# alphabetical order inside each node, as the .sym asks
if [ -s "$tmp/unsorted" ]; then
    echo "FAIL: $(basename "$sym") is not in alphabetical order inside a node:"
    cat "$tmp/unsorted"
    status=1
fi
if [ "$(wc -l <"$tmp/sym.ordered")" -ne "$(wc -l <"$tmp/sym")" ]; then
    echo "FAIL: $(basename "$sym") lists a name twice:"
    sort "$tmp/sym.ordered" | uniq -d | sed 's/^/    /'
    status=1
fi

n=$(wc -l <"$tmp/exported")
if [ "$n" -eq 0 ]; then
    echo "FAIL: no exported symbol found in $lib"
    status=1
fi
if [ $status -eq 0 ]; then
    echo "ok: $n functions exported = listed in $(basename "$sym") = declared ANTQ_API in $(wc -l <"$tmp/headers") headers"
fi
exit $status
