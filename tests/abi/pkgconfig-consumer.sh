#!/bin/sh
# Install libantq into a temporary directory and build a program against the
# installed copy through pkg-config, as a user outside the tree would.
#
# usage: pkgconfig-consumer.sh MESON BUILDDIR SRC-INCLUDE-DIR PROG.c VERSION [FLAG...]
#   MESON            the meson command (tests/abi/meson.build passes its full path)
#   BUILDDIR         the configured build directory
#   SRC-INCLUDE-DIR  the source include/ directory: each of its headers must be installed
#   PROG.c           the consumer program (pkgconfig-consumer.c)
#   VERSION          the project version, expected from `pkg-config --modversion`
#   FLAG...          extra compiler/linker flags for the consumer, used when the
#                    library is instrumented (-fsanitize=..., --coverage)
# Environment: CC (default cc), PKG_CONFIG (default pkg-config).
#
# Steps:
#  1. `meson install -C BUILDDIR --destdir TMP` (it rebuilds first if needed,
#     which is a no-op after `ninja`; --no-rebuild would fail when `meson test
#     --suite abi` has built only this test's dependencies).
#  2. Check that antq.h, every include/antq/*.h, the generated antq/antq-version.h,
#     libantq.so, libantq.so.SOVERSION, libantq.a and libantq.pc are installed,
#     that each "antq/..." the installed antq.h includes is installed, and that
#     each installed antq/*.h is included by antq.h.
#  3. The installed .pc says prefix=<configured prefix> (/usr/local by default),
#     not TMP/usr/local. With meson 1.0.1 the options are: a dedicated build
#     configured with --prefix=TMP (a full rebuild), -Dpkgconfig.relocatable=true
#     (a setting of the developer's build, not ours to change), or overriding
#     the variable when querying. We do the last:
#        pkg-config --define-variable=prefix=TMP/usr/local ...
#     includedir and libdir are written as ${prefix}/..., so they follow.
#     (The override applies to every .pc read, also libcjson.pc pulled in by
#     Requires.private; Debian's libcjson.pc has no prefix variable, so its
#     flags are unchanged. pkg-config 1.8 (pkgconf) adds the Cflags of
#     Requires.private packages to --cflags: -I/usr/include/cjson is expected.)
#  4. Dynamic: cc prog.c $(pkg-config --cflags --libs libantq), run with
#     LD_LIBRARY_PATH=<installed libdir>; check that the installed libantq.so
#     is the one loaded.
#  5. Static: cc prog.c $(pkg-config --static --cflags --libs libantq) with
#     -lantq replaced by -l:libantq.a (GNU ld) so that the archive is linked
#     rather than the .so beside it; check that no libantq.so is needed.
#  6. Both programs must print the residential area's and the commune's
#     explanations in Vietnamese and English with the verdict "certified".
# SPDX-License-Identifier: MIT
set -eu

if [ $# -lt 5 ]; then
    echo "usage: $0 MESON BUILDDIR SRC-INCLUDE-DIR PROG.c VERSION [FLAG...]" >&2
    exit 99
fi
meson=$1
builddir=$2
srcinc=$3
prog=$4
version=$5
shift 5
extra_flags="$*"

CC=${CC:-cc}
PKG_CONFIG=${PKG_CONFIG:-pkg-config}
LC_ALL=C
export LC_ALL

tmp=$(mktemp -d "${TMPDIR:-/tmp}/antq-pkgconfig.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
dest=$tmp/destdir

fail() {
    echo "FAIL: $*"
    exit 1
}

# 1. install
echo "== meson install -C $builddir --destdir $dest"
if ! "$meson" install -C "$builddir" --destdir "$dest" >"$tmp/install.log" 2>&1; then
    cat "$tmp/install.log"
    fail "meson install failed"
fi

# 2. what was installed
pc=$(find "$dest" -name libantq.pc -path '*/pkgconfig/*' | head -n 1)
[ -n "$pc" ] || fail "no pkgconfig/libantq.pc under $dest; installed: $(cd "$dest" && find . -type f | sort)"
pcdir=$(dirname "$pc")
echo "   .pc file: ${pc#"$dest"}"

prefix=$(PKG_CONFIG_PATH=$pcdir "$PKG_CONFIG" --variable=prefix libantq)
[ -n "$prefix" ] || fail "libantq.pc defines no prefix"
case $pcdir in
    "$dest$prefix"/*) ;;
    *) fail ".pc installed in ${pcdir#"$dest"}, outside its own prefix $prefix" ;;
esac

# 3. the query, with the prefix moved into the DESTDIR
pkgconf() {
    PKG_CONFIG_PATH=$pcdir "$PKG_CONFIG" --define-variable=prefix="$dest$prefix" "$@"
}
modversion=$(pkgconf --modversion libantq)
[ "$modversion" = "$version" ] || fail "pkg-config --modversion says '$modversion', project version is '$version'"
includedir=$(pkgconf --variable=includedir libantq)
libdir=$(pkgconf --variable=libdir libantq)
echo "   includedir: ${includedir#"$dest"}, libdir: ${libdir#"$dest"}"

missing=""
for h in "$srcinc"/antq.h "$srcinc"/antq/*.h; do
    rel=${h#"$srcinc"/}
    [ -f "$includedir/$rel" ] || missing="$missing $rel"
done
[ -f "$includedir/antq/antq-version.h" ] || missing="$missing antq/antq-version.h(generated)"
for f in libantq.so libantq.a; do
    [ -e "$libdir/$f" ] || missing="$missing $f"
done
ls "$libdir"/libantq.so.* >/dev/null 2>&1 || missing="$missing libantq.so.N"
if [ -n "$missing" ]; then
    echo "installed files:"
    (cd "$dest" && find . ! -type d | sort | sed 's/^/    /')
    fail "not installed:$missing"
fi
# every header the installed antq.h includes must resolve inside includedir
sed -n 's/^#include "\(.*\)"/\1/p' "$includedir/antq.h" >"$tmp/umbrella"
while read -r inc; do
    [ -f "$includedir/$inc" ] || fail "installed antq.h includes \"$inc\", which is not installed"
done <"$tmp/umbrella"
# and every installed antq/*.h must be reachable from the umbrella header
for h in "$includedir"/antq/*.h; do
    grep -qxF "antq/$(basename "$h")" "$tmp/umbrella" || fail "antq/$(basename "$h") is installed but antq.h does not include it"
done

cflags=$(pkgconf --cflags libantq)
libs=$(pkgconf --libs libantq)
static_libs=$(pkgconf --static --libs libantq)
echo "   --cflags:        $cflags"
echo "   --libs:          $libs"
echo "   --static --libs: $static_libs"

check_output() { # name, output file
    for want in 'Verdict: CERTIFIED' 'Kết quả: ĐẠT tiêu chuẩn'; do
        n=$(grep -c -F "$want" "$2" || true)
        [ "$n" -eq 2 ] || { cat "$2"; fail "$1: expected '$want' twice (residential area and commune), found $n"; }
    done
    # the header line: id, the name in quotes when the unit has one, then the kind
    grep -q -E '^Unit TDP-07( "[^"]*")? \(residential area\)' "$2" || fail "$1: no English explanation of TDP-07"
    grep -q -E '^Đơn vị TDP-07( "[^"]*")? \(khu dân cư\)' "$2" || fail "$1: no Vietnamese explanation of TDP-07"
    grep -q -E '^Unit PH-HOA-LAC( "[^"]*")? \(commune' "$2" || fail "$1: no English explanation of PH-HOA-LAC"
    grep -q -E '^Đơn vị PH-HOA-LAC( "[^"]*")? \(xã' "$2" || fail "$1: no Vietnamese explanation of PH-HOA-LAC"
    if grep -q -F 'NOT CERTIFIED' "$2" || grep -q -F 'CHƯA ĐẠT' "$2"; then
        cat "$2"
        fail "$1: a unit was not certified"
    fi
}

cp "$prog" "$tmp/prog.c"
cd "$tmp"

# 4. dynamic
echo "== $CC prog.c \$(pkg-config --cflags --libs libantq) $extra_flags"
# shellcheck disable=SC2086 # word splitting of the flags is intended
$CC prog.c $cflags $libs $extra_flags -o prog-shared || fail "dynamic build failed"
rc=0
LD_LIBRARY_PATH=$libdir ./prog-shared >out-shared.txt || rc=$?
[ $rc -eq 0 ] || { cat out-shared.txt; fail "prog-shared exited with $rc"; }
if command -v ldd >/dev/null 2>&1; then
    loaded=$(LD_LIBRARY_PATH=$libdir ldd ./prog-shared | sed -n 's/.*libantq\.so[^ ]* => \([^ ]*\).*/\1/p')
    case $loaded in
        "$libdir"/*) echo "   loads ${loaded#"$dest"}" ;;
        *) fail "prog-shared loads libantq from '$loaded', not from the installed $libdir" ;;
    esac
fi
check_output prog-shared out-shared.txt

# 5. static
static_link=$(echo "$static_libs" | sed 's/\(^\|[[:space:]]\)-lantq\([[:space:]]\|$\)/\1-l:libantq.a\2/')
echo "== $CC prog.c \$(pkg-config --static --cflags --libs libantq) [-lantq -> -l:libantq.a] $extra_flags"
# shellcheck disable=SC2086
$CC prog.c $cflags $static_link $extra_flags -o prog-static || fail "static build failed"
if command -v readelf >/dev/null 2>&1 && readelf -d prog-static | grep -q 'NEEDED.*libantq'; then
    fail "prog-static still needs libantq.so"
fi
rc=0
env -u LD_LIBRARY_PATH ./prog-static >out-static.txt || rc=$?
[ $rc -eq 0 ] || { cat out-static.txt; fail "prog-static exited with $rc"; }
check_output prog-static out-static.txt

echo "ok: installed headers and libraries complete; shared and static consumers built with pkg-config and certified both units"
