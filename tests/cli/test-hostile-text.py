#!/usr/bin/env python3
"""antq with ids and names a careless (or hostile) office would type: quotes,
backslashes, control characters (ESC, CR, BEL), non-BMP characters, NFD
spellings, formula-looking cells.  Every JSON-writing command must print JSON
that parses and gives the ids back unchanged; text output and errors must
carry no raw control character; CSV must neutralise formulas.  TAP output.

usage: test-hostile-text.py ANTQ"""

import json
import os
import subprocess
import sys
import tempfile

antq = sys.argv[1]
n = fails = 0


def ok(cond, what, detail=""):
    global n, fails
    n += 1
    if cond:
        print(f"ok {n} - {what}")
    else:
        fails += 1
        print(f"not ok {n} - {what}")
        for line in str(detail).splitlines()[:6]:
            print(f"#   {line}")


def run(*args, want=0):
    p = subprocess.run([antq, *args], capture_output=True)
    ok(p.returncode == want, f"antq {' '.join(args[:1])} {' '.join(a for a in args[2:] if a.startswith('-'))} exits {want}",
       p.stderr.decode("utf-8", "replace"))
    return p


def no_controls(data, what):
    bad = sorted({b for b in data if b < 0x20 and b not in (0x0A,) or b == 0x7F})
    ok(not bad and b"\xc2\x9b" not in data, f"{what}: no raw control character", repr(bad))


# ids with a quote, a backslash, ESC, CR, BEL, a C1 control, non-BMP (U+1F600, U+20000) and a formula
COMMUNE = 'XA "Đông" \\ \x1b[31m\U0001F600'
AREA = 'KV\r\x07fake: valid \U00020000 \x85'
FORMULA = '=HYPERLINK("http://x","x")'
units = [
    {"id": COMMUNE, "kind": "commune", "name": "Xã \x1b]0;title\x07", "parent": "P-1",
     "evidence": [{"year": 2024, "registered": True}]},
    {"id": AREA, "kind": "residential_area", "parent": COMMUNE, "name": FORMULA,
     "evidence": [{"year": 2024, "registered": True, "households_resident": 10, "households_registered": 9}]},
    {"id": "+1", "kind": "agency", "parent": COMMUNE, "name": "@SUM(A1)", "managing_level": "commune",
     "evidence": [{"year": 2024, "registered": True}]},
]
campaign = {"format": "antq-campaign", "version": 1,
            "plans": [{"id": 'P"\\\x1b', "year": 2024, "number": "01\r/KH",
                       "targets": [{"id": 'T\x1b"', "text": "\U0001F600 \\", "metric": "share_registered",
                                    "op": "ge", "threshold": [80, 100], "kinds": ["residential_area"],
                                    "scope": COMMUNE}],
                       "tasks": [{"id": "K\x08", "content": "c\x1b[2J", "lead": 'l"\\'}]}],
            "festivals": [{"id": 'F"\x1b', "host": AREA, "year": 2024, "level": "residential_area",
                           "point_site": True, "participants": 9007199254740991}]}

with tempfile.TemporaryDirectory() as tmp:
    ds_path = os.path.join(tmp, "hostile.json")
    with open(ds_path, "w", encoding="utf-8") as f:
        json.dump({"format": "antq-dataset", "version": 1, "units": units}, f, ensure_ascii=False)
    camp_path = os.path.join(tmp, "campaign.json")
    with open(camp_path, "w", encoding="utf-8") as f:
        json.dump(campaign, f, ensure_ascii=False)

    # ---- every JSON-writing command: parses, ids unchanged
    p = run("evaluate", ds_path, "--format", "json")
    doc = json.loads(p.stdout)
    ok(sorted(r["unit"] for r in doc["results"]) == sorted([COMMUNE, AREA, "+1"]), "evaluate --format json: ids unchanged")
    p = run("evaluate", ds_path, "--format", "ndjson")
    lines = [json.loads(l) for l in p.stdout.splitlines()]
    ok(lines[0].get("format") == "antq-results" and
       sorted(l["unit"] for l in lines[1:]) == sorted([COMMUNE, AREA, "+1"]),
       "evaluate --format ndjson: a header line, then every line parses, ids unchanged")
    nd_path = os.path.join(tmp, "hostile.ndjson")
    with open(nd_path, "w", encoding="utf-8") as f:
        for u in units:
            f.write(json.dumps(u, ensure_ascii=False) + "\n")
    p = run("evaluate", nd_path)
    lines = [json.loads(l) for l in p.stdout.splitlines()]
    ok(sorted(l["unit"] for l in lines[1:]) == sorted([COMMUNE, AREA, "+1"]),
       "streamed NDJSON: every line parses, ids unchanged")
    p = run("stats", ds_path, "--format", "json")
    doc = json.loads(p.stdout)
    ok([c["id"] for c in doc["communes"]] == [COMMUNE], "stats --format json: commune id unchanged", p.stdout[:300])
    p = run("plan", ds_path, camp_path, "--format", "json")
    doc = json.loads(p.stdout)
    ok(doc["plan"] == 'P"\\\x1b' and doc["number"] == "01\r/KH" and doc["targets"][0]["id"] == 'T\x1b"'
       and doc["targets"][0]["text"] == "\U0001F600 \\" and doc["tasks"][0]["lead"] == 'l"\\',
       "plan --format json: ids and texts unchanged", json.dumps(doc)[:300])
    p = run("festival", ds_path, camp_path, "--format", "json")
    doc = json.loads(p.stdout)
    ok(doc["residential_areas"] == [1, 1] and doc["participants"] == 9007199254740991,
       "festival --format json: parses, exact totals", p.stdout)

    # ---- text output and errors: control characters escaped
    for args in (("evaluate", ds_path), ("evaluate", ds_path, "--lang", "en"), ("stats", ds_path),
                 ("explain", ds_path, AREA, "--lang", "en"), ("plan", ds_path, camp_path, "--lang", "en")):
        p = run(*args)
        no_controls(p.stdout, f"antq {args[0]} text")
    p = run("explain", ds_path, AREA, "--lang", "en")
    ok(b"KV\\x0d\\x07fake: valid" in p.stdout, "explain shows the id with \\x0d and \\x07", p.stdout[:200])
    dup = os.path.join(tmp, "dup.json")
    with open(dup, "w", encoding="utf-8") as f:
        json.dump({"format": "antq-dataset", "units": [units[0], units[0]]}, f, ensure_ascii=False)
    p = run("validate", dup, want=2)
    no_controls(p.stderr, "validate error on stderr")
    ok(b'duplicate unit id "XA \\"' in p.stderr or b"\\x1b[31m" in p.stderr, "the error shows ESC as \\x1b",
       p.stderr[:300])
    p = run("explain", ds_path, "NO\x1b[2JPE", want=2)
    no_controls(p.stderr, "unknown unit message")
    p = run("evaluate", ds_path, "--year", "x\x1b", want=1)
    no_controls(p.stderr, "usage error quoting an argument")

    # ---- NFC and NFD spellings are one unit
    nfd = os.path.join(tmp, "nfd.json")
    with open(nfd, "w", encoding="utf-8") as f:
        json.dump({"format": "antq-dataset", "units": [
            {"id": "Xã", "kind": "commune", "evidence": [{"year": 2024}]},
            {"id": "KV-1", "kind": "residential_area", "parent": "Xa\u0303", "evidence": [{"year": 2024}]}]},
            f, ensure_ascii=False)
    run("validate", nfd)  # the NFD parent finds its NFC commune
    p = run("explain", nfd, "KV-1", "--lang", "en", "--year", "2024")
    ok(b"Unit KV-1" in p.stdout, "explain of a unit whose parent was given in NFD", p.stdout[:100])

    # ---- CSV for spreadsheets
    p = run("evaluate", ds_path, "--format", "csv")
    ok(p.stdout.startswith(b"\xef\xbb\xbfunit_id,"), "CSV starts with a byte-order mark")
    ok(b"\n'+1,'@SUM(A1),agency," in p.stdout and b"'=HYPERLINK(" in p.stdout, "formula-looking cells neutralised",
       p.stdout[:400])
    p = run("evaluate", ds_path, "--format", "csv", "--raw-cells", "--no-bom")
    ok(p.stdout.startswith(b"unit_id,") and b"\n+1,@SUM(A1),agency," in p.stdout, "--raw-cells --no-bom",
       p.stdout[:400])

    formula_ds = os.path.join(tmp, "formula.json")
    with open(formula_ds, "w", encoding="utf-8") as f:
        json.dump({"format": "antq-dataset", "version": 1, "units": [
            {"id": "=cmd|' /C calc'!A0", "kind": "commune", "name": "@SUM(1)", "parent": "-P",
             "evidence": [{"year": 2024, "registered": True}]}]}, f)
    p = run("stats", formula_ds, "--format", "csv")
    ok(p.stdout.startswith(b"\xef\xbb\xbflevel,") and b"\ncommune,'=cmd|' /C calc'!A0,'@SUM(1)," in p.stdout
       and b"\nprovince,'-P," in p.stdout, "stats CSV: byte-order mark, formula-looking cells neutralised", p.stdout)
    p = run("stats", formula_ds, "--format", "csv", "--raw-cells", "--no-bom")
    ok(p.stdout.startswith(b"level,") and b"\ncommune,=cmd|' /C calc'!A0,@SUM(1)," in p.stdout,
       "stats CSV --raw-cells --no-bom", p.stdout)

    # ---- input in another encoding
    utf16 = os.path.join(tmp, "utf16.json")
    with open(utf16, "wb") as f:
        f.write(json.dumps({"format": "antq-dataset", "units": []}).encode("utf-16"))
    p = run("validate", utf16, want=2)
    ok(b"UTF-16LE" in p.stderr and b"iconv -f UTF-16 -t UTF-8" in p.stderr, "UTF-16 input is named with iconv",
       p.stderr)
    bom = os.path.join(tmp, "bom.json")
    with open(bom, "wb") as f:
        f.write(b"\xef\xbb\xbf" + json.dumps({"format": "antq-dataset", "units": []}).encode())
    run("validate", bom)

    # ---- totals of households beyond 10^16 in the plan and the report: exact shares
    big = 9007199254740991
    big_ds = os.path.join(tmp, "big.json")
    with open(big_ds, "w") as f:
        json.dump({"format": "antq-dataset", "version": 1, "units": [{"id": "XA", "kind": "commune", "parent": "P"}] + [
            {"id": f"KV-{i}", "kind": "residential_area", "parent": "XA",
             "evidence": [{"year": 2024, "households_resident": big, "households_registered": big}]} for i in range(2)]}, f)
    big_camp = os.path.join(tmp, "big-campaign.json")
    with open(big_camp, "w") as f:
        json.dump({"format": "antq-campaign", "version": 1, "plans": [{"id": "P", "year": 2024, "targets": [
            {"id": "T", "metric": "households_registered", "op": "ge", "threshold": [99, 100]}]}]}, f)
    p = run("plan", big_ds, big_camp, "--lang", "en")
    ok(b"measured: 18,014,398,509,481,982/18,014,398,509,481,982;" in p.stdout and b"[MET] T" in p.stdout,
       "plan: 2^54 households summed exactly, the target met", p.stdout)
    html = os.path.join(tmp, "big.html")
    run("report", big_ds, "--campaign", big_camp, "-o", html, "--lang", "en")
    with open(html, encoding="utf-8") as f:
        page = f.read()
    ok("18,014,398,509,481,982 of 18,014,398,509,481,982" in page and "(18,014" not in page,
       "report: exact totals, no wrong share in brackets", page[page.find('<table id="plan-targets"'):][:600])

    # ---- the command line (item 8 of the issue)
    p = run("evaluate", ds_path, ds_path, want=1)
    ok(p.stderr.count(b"\n") == 1 and f'"{ds_path}"'.encode() in p.stderr, "an extra argument is a one-line usage error",
       p.stderr)
    p = run("validate", os.path.join(tmp, "missing.json"), want=4)
    ok(b"No such file or directory" in p.stderr, "a missing file gives the system's reason", p.stderr)
    p = run("stats", "--", ds_path, "--format", want=1)
    ok(b'"--format"' in p.stderr, "after -- an option-looking word is an argument (the extra one)", p.stderr)
    p = run("validate", ds_path, "-o", os.path.join(tmp, "nodir", "r.txt"), want=4)
    ok(b"No such file or directory" in p.stderr, "-o into a missing directory gives the reason", p.stderr)

print(f"1..{n}")
sys.exit(1 if fails else 0)
