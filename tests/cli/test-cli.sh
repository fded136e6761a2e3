#!/usr/bin/env bash
# Runs the antq binary and checks its output and exit codes.
# usage: test-cli.sh ANTQ DATA_DIR
set -u
# messages follow --lang, else the locale: run in Vietnamese (the default) unless a test says otherwise
unset LANGUAGE LC_MESSAGES LANG
export LC_ALL=C.UTF-8
antq=$1
data=$2
valid=$data/valid/mixed-province.json
ndjson=$data/valid/mixed-province.ndjson
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0 fails=0
bom=$'\xEF\xBB\xBF' # CSV for spreadsheets starts with a UTF-8 byte-order mark

check() { # description, expected exit code, command...
  local what=$1 want=$2
  shift 2
  n=$((n + 1))
  "$@" >"$tmp/out" 2>"$tmp/err"
  local got=$?
  if [ "$got" -ne "$want" ]; then
    echo "not ok $n - $what (exit $got, expected $want)"; sed 's/^/#   /' "$tmp/err" | head -5; fails=$((fails + 1)); return 1
  fi
  echo "ok $n - $what"
}
contains() { # description, file, pattern (grep -E)
  n=$((n + 1))
  if grep -qE -- "$3" "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1 (no /$3/ in output)"; head -5 "$2" | sed 's/^/#   /'; fails=$((fails + 1)); fi
}

check "--version prints the version" 0 "$antq" --version
contains "version line" "$tmp/out" '^antq [0-9]+\.[0-9]+\.[0-9]+ \(libantq [0-9.]+\)$'
check "no arguments is a usage error" 1 "$antq"
check "unknown command is a usage error" 1 "$antq" frobnicate
check "unknown option is a usage error" 1 "$antq" evaluate "$valid" --colour
check "bad --lang is a usage error" 1 "$antq" evaluate "$valid" --lang fr
for c in validate evaluate explain stats criteria report; do
  check "$c --help" 0 "$antq" "$c" --help
  contains "$c --help shows its usage" "$tmp/out" "^cách dùng: antq $c"
done

check "validate accepts a valid file" 0 "$antq" validate "$valid"
contains "validate says valid" "$tmp/out" 'hợp lệ$'
check "validate accepts the NDJSON form" 0 "$antq" validate "$ndjson"
check "validate rejects an invalid file with exit 2" 2 "$antq" validate "$data/invalid/date-impossible.json"
contains "the error has file:line:column, path and code" "$tmp/err" 'date-impossible.json:4:30: /units/0/evidence/0/events/0/date: ANTQ_ERANGE: '
printf '{"format":"antq-dataset","units":[\n{"id":"A","kind":"commune","x":1},\n{"id":"B","kind":"village"},\n{"id":"C","kind":"residential_area","parent":"A","evidence":[{"year":2024,"crimes":-2}]}]}\n' >"$tmp/three.json"
check "validate reports every error" 2 "$antq" validate "$tmp/three.json"
contains "first error" "$tmp/err" ':2:.*/units/0/x: ANTQ_EUNKNOWNFIELD'
contains "second error" "$tmp/err" ':3:.*/units/1/kind: ANTQ_ERANGE'
contains "third error" "$tmp/err" ':4:.*/units/2/evidence/0/crimes: ANTQ_ERANGE'
contains "error count" "$tmp/err" '3 lỗi$'
check "validate reads standard input" 0 sh -c "\"$antq\" validate - < \"$valid\""
check "a missing file is an I/O error (exit 4)" 4 "$antq" validate "$tmp/nope.json"

check "evaluate prints a summary" 0 "$antq" evaluate "$valid" --lang en
contains "summary has the year" "$tmp/out" '^Evaluation year 2024: 17 units'
contains "summary lists a failing unit with its clause" "$tmp/out" 'RA-01-4 .*C124-RA-01b +Art\. 4\(1\), Circular 124/2021/TT-BCA'
check "evaluate in Vietnamese by default" 0 "$antq" evaluate "$valid"
contains "Vietnamese summary" "$tmp/out" '^Năm đánh giá 2024'
check "evaluate --format json" 0 "$antq" evaluate "$valid" --format json --lang en
contains "json results" "$tmp/out" '"format":"antq-results"'
cp "$tmp/out" "$tmp/results.json"
check "json output is valid JSON" 0 python3 -c "import json,sys; d=json.load(open('$tmp/results.json')); assert len(d['results'])==17"
check "evaluate --format csv" 0 "$antq" evaluate "$valid" --format csv -o "$tmp/units.csv"
contains "csv header after the byte-order mark" "$tmp/units.csv" "^${bom}"'unit_id,name,kind,parent,year,verdict,rule_set,failed_criteria,unknown_criteria$'
contains "csv row" "$tmp/units.csv" '^RA-01-4,Thôn Nà Mòn,residential_area,CW-01,2024,not_certified,124/2021/TT-BCA,C124-RA-01b,$'
check "evaluate --format csv-criteria" 0 "$antq" evaluate "$valid" --format csv-criteria --lang en
contains "criterion rows" "$tmp/out" '^RA-01-4,2024,C124-RA-01b,fail,"Art\. 4\(1\), Circular 124/2021/TT-BCA",registered 118 of 120'
check "--fail-on-uncertified exits 3" 3 "$antq" evaluate "$valid" --fail-on-uncertified
check "bad --format is a usage error" 1 "$antq" evaluate "$valid" --format xml
check "streamed NDJSON evaluation" 0 "$antq" evaluate "$ndjson" --options "$valid" --year 2024
tail -n +2 "$tmp/out" | sort >"$tmp/stream.sorted" # after the header record (its provenance names other inputs)
check "whole-file NDJSON output" 0 "$antq" evaluate "$valid" --format ndjson --year 2024
tail -n +2 "$tmp/out" | sort >"$tmp/whole.sorted"
check "streaming and whole-file results are identical" 0 cmp "$tmp/stream.sorted" "$tmp/whole.sorted"
check "invalid NDJSON line gives exit 2" 2 sh -c "printf '{\"id\":\"A\",\"kind\":\"commune\"}\n{\"id\":\"B\",\"kind\":9}\n' | \"$antq\" evaluate - --ndjson --year 2024"
contains "NDJSON error has the line" "$tmp/err" '^-:2:.*/units/1/kind: ANTQ_ETYPE'

check "explain a unit" 0 "$antq" explain "$valid" RA-01-4 --lang en
contains "explain shows the verdict" "$tmp/out" 'Verdict: NOT CERTIFIED'
contains "explain cites the clause" "$tmp/out" 'C124-RA-01b \(not met\) — Art\. 4\(1\), Circular 124/2021/TT-BCA'
contains "explain says what it would take" "$tmp/out" '2 more household\(s\) must register'
check "explain in Vietnamese" 0 "$antq" explain "$valid" RA-01-4
contains "Vietnamese gap" "$tmp/out" 'cần thêm 2 hộ đăng ký'
check "explain an unknown unit is exit 2" 2 "$antq" explain "$valid" NOPE
check "explain without a unit is a usage error" 1 "$antq" explain "$valid"

check "stats" 0 "$antq" stats "$valid" --lang en
contains "stats per commune with change" "$tmp/out" '^CW-01 '
check "stats json" 0 "$antq" stats "$valid" --format json
cp "$tmp/out" "$tmp/stats.json"
check "stats json is valid JSON with provinces and communes" 0 python3 -c "import json; d=json.load(open('$tmp/stats.json')); assert d['provinces'][0]['id']=='P-99' and len(d['communes'])==2"

check "criteria" 0 "$antq" criteria --lang en
contains "criteria lists C124-RA-01b" "$tmp/out" '^C124-RA-01b +\[V\] Art\. 4\(1\), Circular 124/2021/TT-BCA'
contains "criteria lists 23/2012 rows" "$tmp/out" '^C23-CW-04'
check "criteria as of 2020 for communes" 0 "$antq" criteria --as-of 2020-06-01 --kind commune
contains "only 23/2012 rows in 2020" "$tmp/out" '^C23-CW-01'
n=$((n + 1)); if grep -q '^C124' "$tmp/out"; then echo "not ok $n - no 124 rows in 2020"; fails=$((fails+1)); else echo "ok $n - no 124 rows in 2020"; fi
check "criteria of one standard" 0 "$antq" criteria --standard legal-access --lang en
contains "legal access lists TCPL-01 with its decision" "$tmp/out" '^TCPL-01 +\[V\] Criterion 5, indicator 4, Decision 25/2021/QĐ-TTg'
check "criteria of the safe standard has no reused row" 0 "$antq" criteria --standard safe
if grep -q '^NTM-' "$tmp/out"; then echo "not ok $((n + 1)) - safe lists NTM rows"; fails=$((fails + 1)); else echo "ok $((n + 1)) - safe lists no NTM row"; fi
n=$((n + 1))
check "an unknown standard is a usage error" 1 "$antq" evaluate "$valid" --standard green
check "--standard streams NDJSON through the pipeline" 0 "$antq" evaluate "$ndjson" --standard new-rural-19.2 --format ndjson
contains "streamed results carry the standard" "$tmp/out" '"standard":"new-rural-19.2"'
check "evaluate a standard" 0 "$antq" evaluate "$valid" --standard new-rural-19.2 --format json
contains "results carry the standard" "$tmp/out" '"standard":"new-rural-19.2"'
printf '{"format":"antq-dataset","version":1,"options":{"new_rural_points":"a-h"},"units":[]}\n' >"$tmp/points.json"
check "a bad new_rural_points is invalid input" 2 "$antq" validate "$tmp/points.json"
contains "its path" "$tmp/err" '/options/new_rural_points: ANTQ_ERANGE'
check "stats does not take --standard" 1 "$antq" stats "$valid" --standard legal-access

check "report writes an HTML file" 0 "$antq" report "$valid" --format html -o "$tmp/r.html"
contains "report is HTML" "$tmp/r.html" '<!DOCTYPE html>'

sample=$data/../../data/sample-province.json
campaign=$data/../../data/campaign-2024.json
check "plan scorecard" 0 "$antq" plan "$sample" "$campaign" --lang en
contains "plan names the plan number" "$tmp/out" '331/KH-BCĐ'
contains "a strict target below its threshold is not met, with its gap" "$tmp/out" 'NOT MET\] CT-5 .*'
contains "the miss is quantified" "$tmp/out" 'required: all; missed by 2'
contains "a late task" "$tmp/out" 'T3 +OVERDUE +deadline 2024-10-31 \(61 days late\)'
check "plan scorecard as JSON" 0 "$antq" plan "$sample" "$campaign" --format json
cp "$tmp/out" "$tmp/plan.json"
check "plan JSON is valid" 0 python3 -c "import json; d=json.load(open('$tmp/plan.json')); assert d['number']=='331/KH-BCĐ' and len(d['targets'])==8"
check "an unknown plan id is exit 2" 2 "$antq" plan "$sample" "$campaign" --plan NOPE
check "festival coverage" 0 "$antq" festival "$sample" "$campaign" --lang en
contains "the 20th festival" "$tmp/out" '2024 \(edition 20'
contains "communes that held it" "$tmp/out" 'communes that held it: +35/37 \(94\.6%\)'
check "festival coverage as JSON" 0 "$antq" festival "$sample" "$campaign" --format json
contains "festival JSON" "$tmp/out" '"communes":\[35,37\]'
printf '{"format":"antq-campaign","festivals":[{"id":"F","host":"NOPE","year":2024,"level":"commune"}]}' >"$tmp/badcamp.json"
check "a festival hosted by an unknown unit is exit 2" 2 "$antq" festival "$sample" "$tmp/badcamp.json"
contains "with its path" "$tmp/err" '/festivals/0/host: ANTQ_ENOTFOUND'
check "report with the campaign" 0 "$antq" report "$sample" --campaign "$campaign" -o "$tmp/rc.html"
contains "report has the plan targets" "$tmp/rc.html" 'id="plan-targets"'
contains "report has the festival section" "$tmp/rc.html" 'id="festival"'
check "report header from the command line" 0 "$antq" report "$sample" --campaign "$campaign" -o "$tmp/rh.html" \
  --title "Báo cáo sơ kết" --issuer "Ban Chỉ đạo 138 tỉnh" --province "Tỉnh Mẫu" --date 2025-01-10
contains "--title and --province make the <title>" "$tmp/rh.html" '<title>Báo cáo sơ kết — Tỉnh Mẫu</title>'
contains "--issuer heads the report" "$tmp/rh.html" '<p class="issuer">Ban Chỉ đạo 138 tỉnh</p>'
contains "--date is the date made" "$tmp/rh.html" 'Ngày lập <strong>10/01/2025</strong>'
check "report header from the dataset's options" 0 "$antq" report "$sample" -o "$tmp/rd.html"
contains "options.province names the report" "$tmp/rd.html" '<title>[^<]* — Tỉnh Sơn Nguyên \(hư cấu\)</title>'
check "--date must be a real date" 1 "$antq" report "$sample" -o "$tmp/rx.html" --date 2025-02-30
check "plan does not take --title" 1 "$antq" plan "$sample" "$campaign" --title x
contains "it names the option" "$tmp/err" 'lệnh plan không nhận --title'

# ---- the command line (getopt_long) and atomic outputs
check "--opt=value is accepted" 0 "$antq" evaluate "$valid" --lang=en --format=csv
contains "--format=csv took effect" "$tmp/out" "^${bom}unit_id,"
check "an extra argument is a usage error" 1 "$antq" evaluate "$valid" "$valid"
contains "the usage error is one line naming the extra argument" "$tmp/err" 'nhận 1 đối số; thừa'
n=$((n + 1)); if [ "$(wc -l <"$tmp/err")" -eq 1 ]; then echo "ok $n - usage errors are one line"; else echo "not ok $n - usage errors are one line"; fails=$((fails + 1)); fi
check "an option the command does not take is a usage error" 1 "$antq" evaluate "$valid" --kind agency
contains "it names the option" "$tmp/err" 'lệnh evaluate không nhận --kind'
check "-- ends the options: a unit id starting with - is a unit id" 2 "$antq" explain "$valid" -- -X1
contains "the id was looked up" "$tmp/err" 'không có đơn vị "-X1"'
check "an option missing its value is a usage error" 1 "$antq" evaluate "$valid" --year
cp "$valid" "$tmp/in.json"
check "-o naming the input is refused" 1 "$antq" evaluate "$tmp/in.json" -o "$tmp/in.json"
ln -s "$tmp/in.json" "$tmp/link.json"
check "-o naming the input through another path is refused" 1 "$antq" evaluate "$tmp/in.json" --format json -o "$tmp/link.json"
check "the refused input is unchanged" 0 cmp "$valid" "$tmp/in.json"
cp "$ndjson" "$tmp/in.ndjson"
check "-o naming the NDJSON input is refused" 1 "$antq" evaluate "$tmp/in.ndjson" -o "$tmp/in.ndjson"
check "the NDJSON input is unchanged" 0 cmp "$ndjson" "$tmp/in.ndjson"
printf 'previous results\n' >"$tmp/prev.out"
{ cat "$ndjson"; printf '{"id":"LATE","kind":9}\n'; } >"$tmp/late-bad.ndjson"
check "a stream that fails late exits 2" 2 "$antq" evaluate "$tmp/late-bad.ndjson" -o "$tmp/prev.out"
check "the previous output is left byte for byte" 0 grep -qx 'previous results' "$tmp/prev.out"
n=$((n + 1)); if ls -a "$tmp" | grep -q 'antq-tmp'; then echo "not ok $n - no temporary file is left"; fails=$((fails + 1)); else echo "ok $n - no temporary file is left"; fi
check "a failed --options file leaves the previous output" 2 "$antq" evaluate "$valid" --options "$data/invalid/date-impossible.json" -o "$tmp/prev.out"
check "still the previous output" 0 grep -qx 'previous results' "$tmp/prev.out"
check "a successful run replaces the output" 0 "$antq" evaluate "$valid" --format csv -o "$tmp/prev.out"
contains "the new output is there" "$tmp/prev.out" "^${bom}unit_id,"
chmod 640 "$tmp/prev.out"
check "a replaced file keeps its permissions" 0 "$antq" evaluate "$valid" --format csv -o "$tmp/prev.out"
n=$((n + 1)); if [ "$(stat -c %a "$tmp/prev.out")" = 640 ]; then echo "ok $n - mode kept"; else echo "not ok $n - mode kept ($(stat -c %a "$tmp/prev.out"))"; fails=$((fails + 1)); fi
check "-o into a missing directory is an I/O error" 4 "$antq" evaluate "$valid" -o "$tmp/nope/x.csv"
contains "with the system's reason" "$tmp/err" 'không ghi được .*nope/x.csv: No such file or directory'
check "validate -o writes its report" 2 "$antq" validate "$data/invalid/date-impossible.json" -o "$tmp/report.txt"
contains "the report has the error" "$tmp/report.txt" 'ANTQ_ERANGE'
if [ -w /dev/full ]; then
  check "a write error on standard output is exit 4" 4 sh -c "\"$antq\" criteria > /dev/full"
  contains "with the reason" "$tmp/err" 'lỗi khi ghi ra đầu ra chuẩn: No space left on device'
  check "a write error on a device named by -o is exit 4" 4 "$antq" criteria -o /dev/full
  contains "in Vietnamese, with the reason" "$tmp/err" '^antq: không ghi được /dev/full: No space left on device$'
  check "--lang en: the same error" 4 "$antq" criteria -o /dev/full --lang en
  contains "in English" "$tmp/err" '^antq: cannot write /dev/full: No space left on device$'
fi

# ---- detail levels (issue 9 part 4)
check "NDJSON defaults to the failures level" 0 "$antq" evaluate "$ndjson" --options "$valid" --year 2024
contains "a header record names the detail and the provenance" "$tmp/out" '^\{"format":"antq-results","version":1,"detail":"failures","provenance":\{"library":"libantq"'
contains "a failed criterion with its clause and gap" "$tmp/out" '"unit":"RA-01-4".*"failures":\[\{"criterion":"C124-RA-01b","outcome":"fail","clause":"[^"]+","facts":\[\{"fact":"households_registered","outcome":"fail","gap":2\}'
n=$((n + 1)); if grep -q '"checks"' "$tmp/out"; then echo "not ok $n - no sentences at the failures level"; fails=$((fails + 1)); else echo "ok $n - no sentences at the failures level"; fi
check "--detail verdict" 0 "$antq" evaluate "$valid" --format ndjson --detail verdict
contains "verdict and counts only" "$tmp/out" '^\{"unit":"RA-01-4","year":2024,"verdict":"not_certified","counts":\{"pass":8,"fail":1,"unknown":0,"not_applicable":1\}\}$'
check "--detail full keeps today's result" 0 "$antq" evaluate "$valid" --format ndjson --detail full
contains "checks, citations and sentences" "$tmp/out" '"checks":\[\{"criterion":'
check "--detail failures on csv-criteria" 0 "$antq" evaluate "$valid" --format csv-criteria --detail failures
contains "one row per failed criterion" "$tmp/out" '^RA-01-4,2024,C124-RA-01b,fail,[^,]+,households_registered=2$'
check "--detail with the text summary is a usage error" 1 "$antq" evaluate "$valid" --detail full
check "a bad --detail is a usage error" 1 "$antq" evaluate "$valid" --format json --detail everything
check "--fail-on-uncertified on a stream reads the verdicts" 3 "$antq" evaluate "$ndjson" --options "$valid" --year 2024 --detail verdict --fail-on-uncertified

# ---- provenance and verify (issue 9 part 5)
cp "$valid" "$tmp/v.json"; cp "$ndjson" "$tmp/v.ndjson"
check "evaluate a stream with provenance" 0 "$antq" evaluate "$tmp/v.ndjson" --options "$tmp/v.json" --year 2024 -o "$tmp/r.ndjson"
check "verify: the same inputs give the same results" 0 "$antq" verify "$tmp/r.ndjson" "$tmp/v.ndjson" "$tmp/v.json"
contains "it says so (in Vietnamese by default)" "$tmp/out" '^kết quả vẫn đúng với dữ liệu vào theo libantq '
contains "every record compared" "$tmp/out" '^giống nhau: [0-9]+ bản ghi kết quả tính lại đều khớp$'
check "verify --lang en" 0 "$antq" verify "$tmp/r.ndjson" "$tmp/v.ndjson" "$tmp/v.json" --lang en
contains "says so in English" "$tmp/out" '^the results follow from the inputs under libantq '
check "evaluate a document as JSON" 0 "$antq" evaluate "$tmp/v.json" --format json -o "$tmp/r.json"
contains "the JSON document has a provenance member" "$tmp/r.json" '^\{"format":"antq-results","version":1,"detail":"full","year":2024,"provenance":\{'
check "verify a JSON document" 0 "$antq" verify "$tmp/r.json" "$tmp/v.json"
check "evaluate as CSV" 0 "$antq" evaluate "$tmp/v.json" --format csv-criteria --detail failures -o "$tmp/r.csv"
contains "the CSV's companion holds the provenance" "$tmp/r.csv.provenance.json" '"catalogue_sha256":"[0-9a-f]{64}".*"detail":"failures"'
check "verify a CSV through its companion" 0 "$antq" verify "$tmp/r.csv" "$tmp/v.json"
sed 's/"unit":"RA-01-4","year":2024,"verdict":"not_certified"/"unit":"RA-01-4","year":2024,"verdict":"certified"/' "$tmp/r.ndjson" >"$tmp/t.ndjson"
check "verify: a tampered result is exit 6" 6 "$antq" verify "$tmp/t.ndjson" "$tmp/v.ndjson" "$tmp/v.json"
contains "naming the unit that differs" "$tmp/out" '^khác: đơn vị RA-01-4 2024: trường "verdict" khác$'
check "verify --lang en: a tampered result" 6 "$antq" verify "$tmp/t.ndjson" "$tmp/v.ndjson" "$tmp/v.json" --lang en
contains "naming the unit that differs in English" "$tmp/out" '^different: unit RA-01-4 2024: "verdict" differs$'
sed 's/,C124-RA-01b,fail,/,C124-RA-01b,pass,/' "$tmp/r.csv" >"$tmp/t.csv"; cp "$tmp/r.csv.provenance.json" "$tmp/t.csv.provenance.json"
check "verify: a tampered CSV row is exit 6" 6 "$antq" verify "$tmp/t.csv" "$tmp/v.json"
contains "naming the unit and criterion" "$tmp/out" '^khác: đơn vị .*C124-.*: dòng khác: đã ghi '
sed 's/"households_resident": 120, "households_registered": 118/"households_resident": 120, "households_registered": 120/' "$tmp/v.ndjson" >"$tmp/c.ndjson"
check "verify: a changed input is exit 6" 6 "$antq" verify "$tmp/r.ndjson" "$tmp/c.ndjson" "$tmp/v.json"
contains "the input's hash differs" "$tmp/out" '^khác: tệp vào .*c.ndjson có SHA-256 [0-9a-f]{64}, kết quả ghi [0-9a-f]{64}$'
contains "and so does a result" "$tmp/out" '^khác: đơn vị RA-01-4 2024: tiêu chí C124-RA-01b'
sed '1s/"trend_mode":"not_increased"/"trend_mode":"strictly_reduced"/' "$tmp/r.ndjson" >"$tmp/o.ndjson"
check "verify: changed options give other results" 6 "$antq" verify "$tmp/o.ndjson" "$tmp/v.ndjson" "$tmp/v.json"
contains "the first differing unit and criterion" "$tmp/out" '^khác: đơn vị CW-01 2024: tiêu chí C124-CW-02 khác$'
sed '1s/"library":"libantq","version":"[^"]*"/"library":"libantq","version":"0.0.9"/; 1s/"catalogue_sha256":"[0-9a-f]*"/"catalogue_sha256":"00"/' "$tmp/r.ndjson" >"$tmp/l.ndjson"
check "verify: another library version still verifies when the results follow" 0 "$antq" verify "$tmp/l.ndjson" "$tmp/v.ndjson" "$tmp/v.json"
contains "the version difference is reported" "$tmp/out" '^thư viện: lúc ghi 0\.0\.9, hiện tại .* \(khác\)$'
contains "the catalogue difference is reported" "$tmp/out" '^danh mục tiêu chí: SHA-256 khác'
check "verify --lang en: another library version" 0 "$antq" verify "$tmp/l.ndjson" "$tmp/v.ndjson" "$tmp/v.json" --lang en
contains "the version difference is reported in English" "$tmp/out" '^library: recorded 0\.0\.9, this .* \(different\)$'
contains "the catalogue difference is reported in English" "$tmp/out" '^catalogue: different SHA-256'
check "verify: too few inputs is a usage error" 1 "$antq" verify "$tmp/r.ndjson" "$tmp/v.ndjson"
contains "that names the counts" "$tmp/err" '^antq: .*r\.ndjson ghi nhận 2 tệp vào, nhưng lệnh cho 1 tệp '
check "verify: an input that cannot be opened is exit 4" 4 "$antq" verify "$tmp/r.ndjson" "$tmp/v.ndjson" "$tmp/none.json"
contains "with the system's reason" "$tmp/err" '^antq: không mở được .*none\.json: '
check "verify: a directory given for a recorded file differs" 6 "$antq" verify "$tmp/r.ndjson" "$tmp/v.ndjson" "$tmp"
cp -r "$data/../../data/sample-province-csv" "$tmp/csvset"
check "a CSV set (a directory) is evaluated with its digest" 0 "$antq" evaluate "$tmp/csvset" --format ndjson -o "$tmp/cs.ndjson"
contains "its provenance names the directory" "$tmp/cs.ndjson" '"inputs":\[\{"name":"[^"]*csvset","size":[1-9]'
check "verify: the same CSV set follows" 0 "$antq" verify "$tmp/cs.ndjson" "$tmp/csvset"
printf '\n' >>"$tmp/csvset/$(ls "$tmp/csvset" | head -n 1)"
check "verify: a changed file of the CSV set is found" 6 "$antq" verify "$tmp/cs.ndjson" "$tmp/csvset"
check "verify: results without provenance are invalid input" 2 "$antq" verify "$tmp/v.json" "$tmp/v.json"
contains "that says what is missing" "$tmp/err" 'không có thông tin nguồn gốc đọc được'

check "report with provenance" 0 "$antq" report "$tmp/v.json" -o "$tmp/r.html" --lang en
contains "the report's footer names the catalogue hash and the input's SHA-256" "$tmp/r.html" '<p class="provenance">Provenance: criteria catalogue SHA-256 <code>[0-9a-f]{64}</code>; evaluated on [0-9-]{10}; input [^ ]*v.json SHA-256 <code>[0-9a-f]{64}</code>'

mkfifo "$tmp/fifo"
cat "$tmp/fifo" >"$tmp/from-fifo" &
check "-o naming a pipe writes into it" 0 "$antq" evaluate "$valid" --format csv -o "$tmp/fifo"
wait
check "the pipe is still a pipe (not replaced by a rename)" 0 test -p "$tmp/fifo"
contains "what was written went through the pipe" "$tmp/from-fifo" "^${bom}unit_id,"
check "no companion beside a pipe" 1 test -e "$tmp/fifo.provenance.json"

# ---- language of messages: --lang, else LANGUAGE, LC_ALL, LC_MESSAGES, LANG, else Vietnamese
check "--lang en" 0 "$antq" --help --lang en
contains "English help" "$tmp/out" '^usage: antq COMMAND'
check "--lang=en (getopt_long form)" 0 "$antq" criteria --lang=en
contains "English message" "$tmp/out" '^Status: \[V\] verified'
check "validate --lang en" 0 "$antq" validate "$valid" --lang en
contains "validate in English" "$tmp/out" ': valid$'
check "LANGUAGE=en" 0 env LANGUAGE=en "$antq" --help
contains "English from LANGUAGE" "$tmp/out" '^usage: antq COMMAND'
check "LANGUAGE=fr:en takes the first language antq has" 0 env LANGUAGE=fr:en "$antq" --help
contains "English from the second entry" "$tmp/out" '^usage: antq COMMAND'
check "LC_ALL=en_US.UTF-8 (not installed)" 0 env LC_ALL=en_US.UTF-8 "$antq" --help
contains "English from LC_ALL" "$tmp/out" '^usage: antq COMMAND'
check "LANG=en_GB.UTF-8" 0 env -u LC_ALL LANG=en_GB.UTF-8 "$antq" --help
contains "English from LANG" "$tmp/out" '^usage: antq COMMAND'
check "LANG=vi_VN.UTF-8" 0 env -u LC_ALL LANG=vi_VN.UTF-8 "$antq" --help
contains "Vietnamese from LANG" "$tmp/out" '^cách dùng: antq LỆNH'
check "--lang vi wins over LANGUAGE=en" 0 env LANGUAGE=en "$antq" --help --lang vi
contains "Vietnamese from --lang" "$tmp/out" '^cách dùng: antq LỆNH'
check "a usage error in English" 1 "$antq" frobnicate --lang en
contains "one English line" "$tmp/err" '^antq: unknown command "frobnicate" \(see .antq --help.\)$'
check "the explanation follows the language too" 0 env LANGUAGE=en "$antq" explain "$sample" P99-NL-07
contains "English explanation" "$tmp/out" '^Verdict: NOT CERTIFIED'

# ---- a year with no data is an error that lists the years present
check "--year without data is exit 2" 2 "$antq" evaluate "$sample" --year 2030
contains "the years present are listed" "$tmp/err" 'không có số liệu năm 2030; các năm có số liệu: 2023, 2024$'
check "a year with data still works" 0 "$antq" evaluate "$sample" --year 2023 --format csv

# ---- NDJSON on standard input without --ndjson
check "NDJSON on standard input is detected" 0 sh -c "\"$antq\" evaluate - --format csv < \"$ndjson\""
contains "its units are evaluated" "$tmp/out" "^${bom}unit_id,"
head -n 1 "$ndjson" >"$tmp/one.ndjson"
check "one NDJSON line on standard input is an error" 2 sh -c "\"$antq\" evaluate - < \"$tmp/one.ndjson\""
contains "that says to add --ndjson" "$tmp/err" 'hãy thêm --ndjson'
check "with --ndjson it loads" 0 sh -c "\"$antq\" evaluate - --ndjson --format csv < \"$tmp/one.ndjson\""

# ---- explain --format json, stats --format csv
check "explain --format json" 0 "$antq" explain "$sample" P99-NL-07 --format json
cp "$tmp/out" "$tmp/explain.json"
check "explain JSON is one result" 0 python3 -c "import json; d=json.load(open('$tmp/explain.json')); assert d['verdict']=='not_certified' and d['what_it_takes']"
check "explain --format csv is a usage error" 1 "$antq" explain "$sample" P99-NL-07 --format csv
check "stats --format csv" 0 "$antq" stats "$sample" --format csv
contains "stats CSV header" "$tmp/out" "^${bom}level,id,name,units,eligible,registered,certified,"
contains "stats CSV province row with exact counts" "$tmp/out" '^province,P-99,.*,779,665,664,566,'

# ---- explain: symbols with words and a legend; numbers by the formatter
check "explain in Vietnamese" 0 "$antq" explain "$sample" P99-NL-07
contains "a legend of the symbols" "$tmp/out" '^Các tiêu chí \(✔ đạt, ✘ không đạt, \? thiếu dữ liệu, – không áp dụng, ⊘ ngoài phạm vi\):$'
contains "a failed criterion in words" "$tmp/out" '^  ✘ C124-CW-04b \(không đạt\)'
contains "a Vietnamese decimal comma" "$tmp/out" '16/23 đơn vị thuộc phạm vi quản lý được công nhận \(69,6%\)'
check "festival money" 0 "$antq" festival "$sample" "$campaign"
contains "money with thousands separators" "$tmp/out" 'trị giá 104\.500\.000 đồng'

# Issue 12 repro, 124/2021 Art. 5.4 (C124-CW-04a): the 100% registration counts every unit under the commune's
# management whatever the pool option N2; one registered area + one commune agency that did not register = 1 of 2.
for pool in all_managed residential_only; do
  printf '{"format":"antq-dataset","version":1,"options":{"year":2024,"pool_mode":"%s"},"units":[\n{"id":"CW","kind":"commune"},\n{"id":"RA","kind":"residential_area","parent":"CW","evidence":[{"year":2024,"registered":true}]},\n{"id":"AG","kind":"agency","parent":"CW","managing_level":"commune","evidence":[{"year":2024,"registered":false}]}]}\n' "$pool" >"$tmp/pool-$pool.json"
  check "CW-04a repro ($pool): evaluate" 0 "$antq" evaluate "$tmp/pool-$pool.json" --format ndjson --detail full --lang en
  contains "CW-04a repro ($pool): fail, 1 of 2" "$tmp/out" '"criterion":"C124-CW-04a","outcome":"fail".*"fact":"members_registered","outcome":"fail","op":"eq_all","value":1,"total":2'
  sed -n '2,4p' "$tmp/pool-$pool.json" | sed -e 's/,$//' -e '$s/\]}$//' >"$tmp/pool-$pool.ndjson"
  check "CW-04a repro ($pool): streamed" 0 "$antq" evaluate "$tmp/pool-$pool.ndjson" --options "$tmp/pool-$pool.json" --year 2024 --detail full --lang en
  contains "CW-04a repro ($pool): streamed fail, 1 of 2" "$tmp/out" '"criterion":"C124-CW-04a","outcome":"fail".*"fact":"members_registered","outcome":"fail","op":"eq_all","value":1,"total":2'
done

# Art. 9–10 (C124-AUTH-05, C124-PROC-07) and Art. 8.1 extra criteria read from events, through the CLI
twotier=$data/valid/two-tier-2026.json
check "explain shows the delegation that applied" 0 "$antq" explain "$twotier" X-01-A --lang en
contains "delegation line" "$tmp/out" '^Delegated \(Art\. 10\.5\): from the provincial level to the commune level, Quyết định 21/2025/QĐ-UBND$'
contains "the decision body comes from the dataset's authority table" "$tmp/out" '^Decided by: chairman of the commune People.s Committee, before 2026-11-20 \(Art\. 3, Quyết định 7/2025/QĐ-UBND\)$'
contains "the delegation check passes" "$tmp/out" '✔ C124-AUTH-05 \(met\)'
check "explain shows a late decision apart from the verdict" 0 "$antq" explain "$twotier" X-01-1 --lang en
contains "procedure section" "$tmp/out" '^Procedure and authority \(never changes the verdict\):$'
contains "late by two days" "$tmp/out" 'recognition decided on 2026-11-16; last day in time: 2026-11-14 \(2 day\(s\) late\)'
contains "the extra criterion is read from the events" "$tmp/out" 'provincial criterion P-01: 1 × fatal traffic accident, first on 2026-03-04'
check "evaluate lists procedural irregularities apart" 0 "$antq" evaluate "$twotier" --lang en
contains "irregularities line" "$tmp/out" '^Procedural irregularities \(the verdicts stand\): 1 unit\(s\); see `antq explain FILE ID`\.$'
check "json results carry irregular and the authority" 0 "$antq" evaluate "$twotier" --format json --lang en -o "$tmp/tt.json"
check "json: appraiser, delegation, procedure checks" 0 python3 -c "import json; r={x['unit']:x for x in json.load(open('$tmp/tt.json'))['results']}; a=r['X-01-A']['authority']; assert a['delegation']['from']=='province' and a['level']=='commune' and not r['X-01-A']['irregular']; assert r['X-01-1']['irregular'] and r['X-01-1']['verdict']=='not_certified' and r['X-01-1']['authority']['appraiser']=='commune_steering_office'; assert [c['criterion'] for c in r['X-01-1']['checks'] if c.get('procedure')]==['C124-PROC-07']"
check "the two-tier options through --options for NDJSON" 0 "$antq" evaluate "$data/valid/two-tier-2026.ndjson" --options "$twotier" --year 2026 --detail full --lang en
contains "streamed: the delegation applies" "$tmp/out" '"unit":"X-01-A".*"delegation":\{"from":"province","to":"commune"'
printf '{"format":"antq-dataset","version":1,"units":[{"id":"X\303\203-01","kind":"commune","evidence":[{"year":2024,"registered":true}]}]}\n' >"$tmp/nfc.json"
check "explain finds an id typed decomposed (NFD)" 0 "$antq" explain "$tmp/nfc.json" "$(printf 'XA\314\203-01')" --year 2024 --lang en
contains "the composed unit is explained" "$tmp/out" "$(printf 'X\303\203-01')"
# delegations, an authority table, fails_on_event_kinds and decision numbers have sheets and columns
"$antq" evaluate "$twotier" --format csv --lang en -o "$tmp/tt-verdicts.csv" >/dev/null 2>&1
check "convert writes the two-tier dataset as a CSV set" 0 "$antq" convert "$twotier" "$tmp/tt-csv" --format csv
contains "with its delegation" "$tmp/tt-csv/delegations.csv" '^Cấp tỉnh,Cấp xã,Cơ quan;Cơ sở giáo dục,'
check "convert the CSV set back to JSON" 0 "$antq" convert "$tmp/tt-csv" "$tmp/tt-back.json"
check "evaluate it" 0 "$antq" evaluate "$tmp/tt-back.json" --format csv --lang en -o "$tmp/tt-csv-verdicts.csv"
check "the CSV set gives the verdicts of the JSON" 0 cmp "$tmp/tt-verdicts.csv" "$tmp/tt-csv-verdicts.csv"
if "$antq" convert "$twotier" "$tmp/tt.xlsx" >"$tmp/out" 2>"$tmp/err"; then
  check "evaluate the workbook" 0 "$antq" evaluate "$tmp/tt.xlsx" --format csv --lang en -o "$tmp/tt-xlsx-verdicts.csv"
  check "the workbook gives the verdicts of the JSON" 0 cmp "$tmp/tt-verdicts.csv" "$tmp/tt-xlsx-verdicts.csv"
else
  contains "convert to .xlsx fails only without the xlsx feature" "$tmp/err" 'built without \.xlsx support'
fi
# a CSV set is published as a whole: every file written beside its target first, then renamed
cp -r "$tmp/tt-csv" "$tmp/tt-csv-before"
mkdir "$tmp/tt-csv/events.csv.d" && rm "$tmp/tt-csv/events.csv" && mv "$tmp/tt-csv/events.csv.d" "$tmp/tt-csv/events.csv"
check "a CSV set that cannot be written whole fails" 4 "$antq" convert "$valid" "$tmp/tt-csv" --format csv
contains "naming the file that failed" "$tmp/err" 'events\.csv'
check "the files written before the failure are not published" 0 cmp "$tmp/tt-csv-before/units.csv" "$tmp/tt-csv/units.csv"
n=$((n + 1)); if ls -a "$tmp/tt-csv" | grep -q '\.tmp$'; then echo "not ok $n - no temporary file is left in the set"; fails=$((fails + 1)); else echo "ok $n - no temporary file is left in the set"; fi
rmdir "$tmp/tt-csv/events.csv" && cp "$tmp/tt-csv-before/events.csv" "$tmp/tt-csv/events.csv"
check "another dataset's set differs from it" 1 sh -c "\"$antq\" convert \"$valid\" \"$tmp/other-csv\" --format csv && diff -rq \"$tmp/other-csv\" \"$tmp/tt-csv-before\""
if (ulimit -f 2; trap '' XFSZ; "$antq" convert "$valid" "$tmp/tt-csv" --format csv) >"$tmp/out" 2>"$tmp/err"; then
  n=$((n + 1)); echo "not ok $n - a full disk (2 KiB file-size limit) fails the CSV set"; fails=$((fails + 1))
else
  n=$((n + 1)); echo "ok $n - a full disk (2 KiB file-size limit) fails the CSV set"
fi
check "and leaves the previous set byte for byte" 0 diff -r "$tmp/tt-csv-before" "$tmp/tt-csv"
check "an authority table with a gap is refused" 2 "$antq" validate "$data/invalid/authority-gap.json"
contains "the gap is named" "$tmp/err" 'no row governs commune units on 2026-01-01'
check "a delegation two levels down is refused" 2 "$antq" validate "$data/invalid/delegation-two-levels.json"
contains "with the rule" "$tmp/err" 'more than one level down; Art\. 10\.5 allows only the committee one level below'

echo "1..$n"
[ "$fails" -eq 0 ]
