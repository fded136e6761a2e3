#!/usr/bin/env bash
# The message catalogue covers every message of antq: each tools/antq/*.c that marks
# messages (_, N_, P_) is listed in po/POTFILES, and po/en.po translates every message
# xgettext finds there, none untranslated or fuzzy (doc/cli.md: messages follow --lang).
# usage: test-catalogue.sh SOURCE_ROOT
set -u
root=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 fails=0
cd "$root" || exit 1

n=$((n + 1))
missing=$(for f in tools/antq/*.c; do
  grep -qE '(^|[^A-Za-z0-9_])[NP]?_\(' "$f" && ! grep -qxF "$f" po/POTFILES && echo "$f"
done)
if [ -z "$missing" ]; then echo "ok $n - every file with messages is in po/POTFILES"
else echo "not ok $n - not in po/POTFILES: $missing"; fails=$((fails + 1)); fi

n=$((n + 1))
if xgettext --keyword=_ --keyword=N_ --keyword=P_:1,2 --from-code=UTF-8 --language=C -f po/POTFILES \
     -o "$tmp/antq.pot" 2>"$tmp/err" && msgcmp po/en.po "$tmp/antq.pot" 2>>"$tmp/err"; then
  echo "ok $n - po/en.po translates every message (none missing, untranslated or fuzzy)"
else
  echo "not ok $n - po/en.po lacks translations (ninja -C BUILDDIR antq-pot antq-update-po, then translate):"
  sed 's/^/#   /' "$tmp/err" | head -20; fails=$((fails + 1))
fi

n=$((n + 1))
if msgfmt -c -o "$tmp/en.mo" po/en.po 2>"$tmp/err"; then echo "ok $n - po/en.po passes msgfmt -c (formats match)"
else echo "not ok $n - msgfmt -c po/en.po:"; sed 's/^/#   /' "$tmp/err" | head -10; fails=$((fails + 1)); fi

echo "1..$n"
[ "$fails" -eq 0 ]
