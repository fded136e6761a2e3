#!/usr/bin/env bash
# Every command, run in Vietnamese (the default) over the sample province and its
# campaign, writes no English enum token in its human-readable output. Machine
# formats (JSON, CSV) keep the stable English codes and are not checked here.
# usage: test-vietnamese.sh ANTQ SAMPLE.json CAMPAIGN.json
set -u
antq=$1
sample=$2
campaign=$3
unset LANGUAGE LC_MESSAGES LANG
export LC_ALL=C.UTF-8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 fails=0

# The stable names of the library's enums (verdicts, outcomes, unit kinds,
# festival levels, task states, metrics) and their English words.
tokens='certified|not_certified|not_eligible|undetermined|not_applicable|excluded|residential_area|residential'
tokens="$tokens|commune|communes|agency|agencies|enterprise|enterprises|educational_institution|educational"
tokens="$tokens|province|provinces|on_time|done_late|overdue|cancelled|share_certified|share_registered"
tokens="$tokens|households_registered|count_certified|festival_held|point_sites|communes_with_point_site"
tokens="$tokens|key_complex_communes|new_rural_security|pass|fail|unknown|missing|required|units|kind"

run() { # description, command...
  local what=$1
  shift
  n=$((n + 1))
  if ! "$@" >"$tmp/out" 2>"$tmp/err"; then
    echo "not ok $n - $what (exit $?)"; sed 's/^/#   /' "$tmp/err" | head -5; fails=$((fails + 1)); return
  fi
  # data, not words: quoted text (names of evidence fields), the missing evidence field, file names,
  # option names and the codes one types after an option ("mã: residential_area, …")
  local found
  found=$(sed -E -e 's/"[^"]*"//g; s/\[thiếu dữ liệu: [^]]*\]//g; s/\(mã: [^)]*\)//g; s/--[a-z-]+//g' \
    -e "s#$sample##g; s#$campaign##g" "$tmp/out" | grep -owE "$tokens" | sort | uniq -c | head -5)
  if [ -n "$found" ]; then
    echo "not ok $n - $what: English tokens in Vietnamese output:"; echo "$found" | sed 's/^/#   /'; fails=$((fails + 1))
  else
    echo "ok $n - $what"
  fi
}

run "antq --help" "$antq" --help
for c in validate evaluate explain stats criteria report plan festival verify convert template; do
  run "antq $c --help" "$antq" "$c" --help
done
run "validate" "$antq" validate "$sample"
run "evaluate" "$antq" evaluate "$sample"
run "evaluate 2023" "$antq" evaluate "$sample" --year 2023
# a commune not certified, a unit not eligible (scope), an undetermined one, a certified one
for id in P99-NL-07 P99-PN-03-T03 P99-PN-06 P99-SN-01; do
  run "explain $id" "$antq" explain "$sample" "$id"
done
excluded=$("$antq" evaluate "$sample" --format csv | awk -F, '$6 == "not_eligible" {print $1; exit}')
run "explain $excluded (not eligible)" "$antq" explain "$sample" "$excluded"
run "stats" "$antq" stats "$sample"
run "criteria" "$antq" criteria
run "plan" "$antq" plan "$sample" "$campaign"
run "festival" "$antq" festival "$sample" "$campaign"

# verify: its messages on both streams, whether the results follow or not, in Vietnamese with no
# English word (its own words, and the enum tokens), and in English with --lang en or LANGUAGE=en.
words='results|library|catalogue|same|different|differs|input|inputs|record|records|recorded|recomputed'
words="$words|follow|year|the|chosen|given|provenance|readable|cannot|read|open|memory|write|row|criterion"
said() { # description, expected exit status, pattern (grep -E) the output must have, command...
  local what=$1 want=$2 pattern=$3
  shift 3
  n=$((n + 1))
  "$@" >"$tmp/out" 2>&1
  local got=$? found
  if [ "$got" -ne "$want" ]; then
    echo "not ok $n - $what (exit $got, expected $want)"; sed 's/^/#   /' "$tmp/out" | head -8; fails=$((fails + 1)); return
  fi
  if ! grep -qE -- "$pattern" "$tmp/out"; then
    echo "not ok $n - $what: no /$pattern/ in:"; sed 's/^/#   /' "$tmp/out" | head -8; fails=$((fails + 1)); return
  fi
  case $what in *English*) echo "ok $n - $what"; return ;; esac
  # data, not words: file names, quoted field names, option names and their values
  found=$(sed -E -e "s#$tmp/[^ :]*##g; s#$sample(\\.provenance\\.json)?##g" -e 's/"[^"]*"//g; s/--[a-z-]+//g; s/\([a-z-]+, mức chi tiết [a-z]+/(/' \
    "$tmp/out" | grep -owiE "$tokens|$words" | sort | uniq -c | head -5)
  if [ -n "$found" ]; then
    echo "not ok $n - $what: English words in Vietnamese output:"; echo "$found" | sed 's/^/#   /'; fails=$((fails + 1))
  else
    echo "ok $n - $what"
  fi
}
"$antq" evaluate "$sample" --format ndjson -o "$tmp/kq.ndjson" || { echo "Bail out! evaluate -o failed"; exit 1; }
said "verify: the results follow" 0 '^kết quả vẫn đúng với dữ liệu vào theo libantq [0-9.]+$' \
  "$antq" verify "$tmp/kq.ndjson" "$sample"
said "verify in English with --lang en" 0 '^the results follow from the inputs under libantq [0-9.]+$' \
  "$antq" verify "$tmp/kq.ndjson" "$sample" --lang en
said "verify in English with LANGUAGE=en" 0 '^same: [0-9]+ result records recomputed and equal$' \
  env LANGUAGE=en "$antq" verify "$tmp/kq.ndjson" "$sample"
sed '2s/"verdict":"[a-z_]*"/"verdict":"excluded"/' "$tmp/kq.ndjson" >"$tmp/sai.ndjson"
said "verify: a changed result is found and said in Vietnamese" 6 '^khác: đơn vị [^ ]+ [0-9]{4}: trường "verdict" khác$' \
  "$antq" verify "$tmp/sai.ndjson" "$sample"
said "verify: and in English" 6 '^different: unit [^ ]+ [0-9]{4}: "verdict" differs$' \
  "$antq" verify "$tmp/sai.ndjson" "$sample" --lang en
said "verify: a missing input" 4 '^antq: không mở được ' "$antq" verify "$tmp/kq.ndjson" "$tmp/không-có.json"
said "verify: too many inputs" 1 '^antq: .* ghi nhận 1 tệp vào, nhưng lệnh cho 2 tệp ' \
  "$antq" verify "$tmp/kq.ndjson" "$sample" "$sample"
said "verify: results without provenance" 2 'không có thông tin nguồn gốc đọc được' "$antq" verify "$sample" "$sample"

echo "1..$n"
[ "$fails" -eq 0 ]
