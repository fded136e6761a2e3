#!/bin/sh
# debian/libantq1.symbols lists exactly the functions of lib/libantq.sym, so that
# the package build (dh_makeshlibs -c4) cannot fail on a forgotten symbol.
# usage: check-debian-symbols.sh LIBANTQ.SYM DEBIAN-SYMBOLS
# SPDX-License-Identifier: MIT
set -eu
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
grep -oE '^ +antq_[a-z0-9_]+;' "$1" | tr -d ' ;' | sort >"$tmp/sym"
grep -oE '^ antq_[a-z0-9_]+@' "$2" | tr -d ' @' | sort >"$tmp/deb"
if ! diff "$tmp/sym" "$tmp/deb" >"$tmp/diff"; then
    sed 's/^/    /' "$tmp/diff"
    echo "FAIL: lib/libantq.sym (<) and debian/libantq1.symbols (>) differ; see debian/README.source"
    exit 1
fi
echo "ok: debian/libantq1.symbols lists the $(wc -l <"$tmp/sym") functions of lib/libantq.sym"
