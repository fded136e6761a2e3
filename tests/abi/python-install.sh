#!/bin/sh
# `meson install` installs every module of the Python binding, plus the
# generated antq/_install.py, and the installed package imports and loads the
# library of the same install without LD_LIBRARY_PATH or ANTQ_LIBRARY.
# usage: python-install.sh MESON BUILDDIR PYTHON-SOURCE-DIR
# SPDX-License-Identifier: MIT
set -eu
meson=$1
builddir=$2
src=$3
tmp=$(mktemp -d "${TMPDIR:-/tmp}/antq-python.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
"$meson" install -C "$builddir" --destdir "$tmp/dest" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; echo "FAIL: meson install"; exit 1; }
init=$(find "$tmp/dest" -path '*/antq/__init__.py' | head -n 1)
[ -n "$init" ] || { echo "SKIP: the Python binding is not installed by this build (-Dpython=disabled)"; exit 77; }
pkg=$(dirname "$init")
(cd "$src/antq" && ls -- *.py) | sort >"$tmp/want"
(cd "$pkg" && ls -- *.py) | grep -vx '_install.py' | sort >"$tmp/got"
if ! diff "$tmp/want" "$tmp/got" >"$tmp/diff"; then
    sed 's/^/    /' "$tmp/diff"
    echo "FAIL: the installed modules differ from bindings/python/antq (< only in the source, > only installed): list them in bindings/python/meson.build"
    exit 1
fi
[ -f "$pkg/_install.py" ] || { echo "FAIL: antq/_install.py is not installed"; exit 1; }
# the recorded LIBDIR is the configured one; point it into the DESTDIR to import the staged copy
libdir=$(sed -n 's/^LIBDIR = "\(.*\)"$/\1/p' "$pkg/_install.py")
[ -d "$tmp/dest$libdir" ] || { echo "FAIL: _install.py names LIBDIR $libdir, not installed"; exit 1; }
sed -i "s|^LIBDIR = .*|LIBDIR = \"$tmp/dest$libdir\"|" "$pkg/_install.py"
out=$(cd "$tmp" && env -u LD_LIBRARY_PATH -u ANTQ_LIBRARY PYTHONPATH="$(dirname "$pkg")" python3 -c \
    'import antq, os; print(antq.version() if hasattr(antq, "version") else antq.__version__)') ||
    { echo "FAIL: the installed package does not import"; exit 1; }
echo "ok: $(wc -l <"$tmp/want") modules installed into ${pkg#"$tmp/dest"}; imports and loads libantq ($out)"
