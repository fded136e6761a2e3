#!/usr/bin/env bash
# Packages as users get them, on this machine (CI runs as root):
#  1. the versions agree (meson.build, debian/changelog, pyproject.toml, antq.__version__);
#  2. `dpkg-buildpackage -us -uc -b` builds the five Debian packages from a copy of the tree;
#  3. lintian reports no error;
#  4. `apt-get install ./*.deb`, then the smoke tests of debian/tests/ against the system copy
#     (antq from /usr/bin, C consumers with pkg-config and CMake, `man 3 antq_evaluate`,
#     `import antq` from the system Python), then the packages are purged again;
#  5. `pip install --no-build-isolation ./bindings/python` in a fresh venv imports.
# Each step is one result line {"name":..., "result":"OK"|"FAIL"} in OUT (JSON lines), which
# .ci/run counts with meson's test logs.
# usage: .ci/packages.sh OUT.jsonl BUILDDIR   (BUILDDIR: a built tree, for the venv test's library)
set -uo pipefail
cd "$(dirname "$0")/.."
out=$1
builddir=$2
: >"$out"
work=build-ci-deb
rm -rf "$work"
mkdir -p "$work/src"
result() { # name, status (0 = OK), log
    local r=OK
    [ "$2" -eq 0 ] || { r=FAIL; echo "FAIL: packages: $1"; tail -40 "$3" | sed 's/^/    /'; }
    [ "$2" -eq 0 ] && echo "ok: packages: $1"
    printf '{"name":"packages/%s","result":"%s"}\n' "$1" "$r" >>"$out"
}

version=$(sed -n "s/^  version: '\([0-9.]*\)',$/\1/p" meson.build)
{
    echo "meson.build: $version"
    deb=$(dpkg-parsechangelog -S Version 2>/dev/null)
    echo "debian/changelog: $deb"
    py=$(sed -n 's/^version = "\(.*\)"$/\1/p' bindings/python/pyproject.toml)
    echo "pyproject.toml: $py"
    init=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' bindings/python/antq/__init__.py)
    echo "antq.__version__: $init"
    [ -n "$version" ] && [ "${deb%%-*}" = "$version" ] && [ "$py" = "$version" ] && [ "$init" = "$version" ]
} >"$work/versions.log" 2>&1
result "versions agree" $? "$work/versions.log"

tar --exclude='./build*' --exclude=./.git --exclude='./bindings/python/build' --exclude='*.egg-info' \
    --exclude="./$work" -cf - . | tar -xf - -C "$work/src"
(cd "$work/src" && DEB_BUILD_OPTIONS=nocheck dpkg-buildpackage -us -uc -b) >"$work/build.log" 2>&1
st=$?
debs=$(ls ./"$work"/*.deb 2>/dev/null | grep -v dbgsym)
if [ $st -eq 0 ] && [ "$(echo "$debs" | wc -w)" -ne 5 ]; then
    echo "expected 5 packages, got: $debs" >>"$work/build.log"
    st=1
fi
result "dpkg-buildpackage builds libantq1 libantq-dev antq python3-antq libantq-doc" $st "$work/build.log"
[ $st -eq 0 ] || exit 0

lintian --allow-root --fail-on error "$work"/*.changes >"$work/lintian.log" 2>&1
result "lintian: no error" $? "$work/lintian.log"

# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $debs >"$work/install.log" 2>&1
st=$?
result "apt-get install ./*.deb" $st "$work/install.log"
if [ $st -eq 0 ]; then
    for t in debian/tests/smoke-*; do
        (cd /tmp && sh "$OLDPWD/$t") >"$work/$(basename "$t").log" 2>&1
        result "$(basename "$t") (debian/tests, against the installed packages)" $? "$work/$(basename "$t").log"
    done
    apt-get purge -y -qq antq libantq1 libantq-dev python3-antq libantq-doc >"$work/purge.log" 2>&1
    result "apt-get purge" $? "$work/purge.log"
fi

rm -rf "$work/venv" "$work/pysrc"
cp -r bindings/python "$work/pysrc"
lib=$(realpath "$(ls "$builddir"/lib/libantq.so.* 2>/dev/null | head -n 1)")
{
    /usr/bin/python3 -m venv --system-site-packages "$work/venv" &&
        "$work/venv/bin/pip" install --no-build-isolation "$work/pysrc" &&
        (cd /tmp && ANTQ_LIBRARY=$lib "$OLDPWD/$work/venv/bin/python" -c \
            'import antq, sys; assert antq.__file__.startswith(sys.prefix), antq.__file__; print("antq", antq.__version__, antq.__file__)')
} >"$work/venv.log" 2>&1
result "pip install --no-build-isolation ./bindings/python in a fresh venv" $? "$work/venv.log"
exit 0
