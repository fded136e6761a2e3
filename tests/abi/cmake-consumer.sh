#!/bin/sh
# Install libantq into a temporary directory and build a CMake project against
# the installed copy with find_package(antq MAJOR.MINOR CONFIG REQUIRED), once
# with antq::antq (shared) and once with antq::antq_static, as a CMake user would.
#
# usage: cmake-consumer.sh MESON BUILDDIR PROG.c VERSION
# Environment: CC (default cc), CMAKE (default cmake).
# SPDX-License-Identifier: MIT
set -eu
meson=$1
builddir=$2
prog=$3
version=$4
CMAKE=${CMAKE:-cmake}
command -v "$CMAKE" >/dev/null 2>&1 || { echo "SKIP: cmake is not installed"; exit 77; }
LC_ALL=C
export LC_ALL

tmp=$(mktemp -d "${TMPDIR:-/tmp}/antq-cmake.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
dest=$tmp/destdir
fail() {
    echo "FAIL: $*"
    exit 1
}

"$meson" install -C "$builddir" --destdir "$dest" >"$tmp/install.log" 2>&1 || { cat "$tmp/install.log"; fail "meson install failed"; }
config=$(find "$dest" -name antqConfig.cmake | head -n 1)
[ -n "$config" ] || fail "no antqConfig.cmake installed"
[ -f "$(dirname "$config")/antqConfigVersion.cmake" ] || fail "no antqConfigVersion.cmake beside antqConfig.cmake"
# the prefix is three levels above LIBDIR/cmake/antq (lib/cmake/antq or lib/TRIPLET/cmake/antq)
prefix_dir=$(cd "$(dirname "$config")" && while [ ! -d include/antq ] && [ "$PWD" != / ]; do cd ..; done; pwd)
[ -d "$prefix_dir/include/antq" ] || fail "cannot find the installed prefix above $config"
echo "   config: ${config#"$dest"}; prefix: ${prefix_dir#"$dest"}"

major_minor=$(echo "$version" | cut -d. -f1,2)
mkdir "$tmp/src"
cp "$prog" "$tmp/src/prog.c"
cat >"$tmp/src/CMakeLists.txt" <<CMAKE
cmake_minimum_required(VERSION 3.13)
project(antq_consumer C)
find_package(antq $major_minor CONFIG REQUIRED)
add_executable(prog_shared prog.c)
target_link_libraries(prog_shared PRIVATE antq::antq)
if(NOT TARGET antq::antq_static)
  message(FATAL_ERROR "antq::antq_static is not defined")
endif()
add_executable(prog_static prog.c)
target_link_libraries(prog_static PRIVATE antq::antq_static)
if(NOT antq_VERSION STREQUAL "$version")
  message(FATAL_ERROR "antq_VERSION is \${antq_VERSION}, expected $version")
endif()
CMAKE
# a version the package does not satisfy must be refused
cat >"$tmp/src-too-new.cmake" <<CMAKE
find_package(antq 99.0 CONFIG QUIET PATHS "$prefix_dir" NO_DEFAULT_PATH)
if(antq_FOUND)
  message(FATAL_ERROR "find_package(antq 99.0) accepted version \${antq_VERSION}")
endif()
CMAKE
"$CMAKE" -DCMAKE_PREFIX_PATH="$prefix_dir" -P "$tmp/src-too-new.cmake" || fail "a newer major version was accepted"

"$CMAKE" -S "$tmp/src" -B "$tmp/build" -DCMAKE_PREFIX_PATH="$prefix_dir" -DCMAKE_C_COMPILER="${CC:-cc}" \
    >"$tmp/configure.log" 2>&1 || { cat "$tmp/configure.log"; fail "cmake configure failed"; }
"$CMAKE" --build "$tmp/build" >"$tmp/build.log" 2>&1 || { cat "$tmp/build.log"; fail "cmake build failed"; }
if readelf -d "$tmp/build/prog_static" | grep -q 'NEEDED.*libantq'; then
    fail "prog_static needs libantq.so"
fi
for p in prog_shared prog_static; do
    "$tmp/build/$p" >"$tmp/$p.out" 2>&1 || { cat "$tmp/$p.out"; fail "$p failed"; }
    grep -q 'Verdict: CERTIFIED' "$tmp/$p.out" || { cat "$tmp/$p.out"; fail "$p: no certified verdict"; }
done
echo "ok: find_package(antq $major_minor CONFIG) gives antq::antq and antq::antq_static; both consumers built and ran"
