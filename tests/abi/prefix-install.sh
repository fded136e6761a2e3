#!/bin/sh
# After `meson install`, BINDIR/antq runs with no environment at all: its run
# path ($ORIGIN/../LIBDIR) finds the library it was installed with. Installed
# into a DESTDIR, which is a prefix moved elsewhere: the same relative path works.
# usage: prefix-install.sh MESON BUILDDIR VERSION
# SPDX-License-Identifier: MIT
set -eu
meson=$1
builddir=$2
version=$3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/antq-prefix.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
"$meson" install -C "$builddir" --destdir "$tmp/dest" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; echo "FAIL: meson install"; exit 1; }
antq=$(find "$tmp/dest" -path '*/bin/antq' -type f | head -n 1)
[ -n "$antq" ] || { echo "FAIL: no bin/antq installed"; exit 1; }
if ! readelf -d "$antq" | grep -q 'R.*PATH.*\$ORIGIN'; then
    echo "SKIP: antq has no \$ORIGIN run path (configured with -Drpath=false)"
    exit 77
fi
out=$(env -i "$antq" --version) || { echo "FAIL: $antq --version with no environment"; exit 1; }
[ "$out" = "antq $version (libantq $version)" ] || { echo "FAIL: unexpected version line: $out"; exit 1; }
# the library loaded is the installed one, not the build tree's
loaded=$(env -i ldd "$antq" | sed -n 's/.*libantq\.so[^ ]* => \([^ ]*\).*/\1/p')
case $loaded in
    "$tmp/dest"/*) ;;
    *) echo "FAIL: antq loads libantq from '$loaded'"; exit 1 ;;
esac
# the English message catalogue is installed and found from the executable
help=$(env -i "$antq" --help --lang en | head -n 1)
[ "$help" = "usage: antq COMMAND [OPTIONS]" ] || { echo "FAIL: antq --help --lang en does not find its catalogue: $help"; exit 1; }
echo "ok: ${antq#"$tmp/dest"} runs with no environment ($out), loading ${loaded#"$tmp/dest"}, English catalogue found"
