#!/usr/bin/env python3
"""The workbooks antq writes, read by other programs (suite 'office'):

0. A clerk's round: `antq template -o mau.xlsx`, filled by another program
   (openpyxl: typed text, numbers and real date cells), then
   `antq evaluate mau.xlsx --format xlsx -o ket-qua.xlsx`; the filled units
   get their verdicts.

1. openpyxl (an independent reader) reads the dataset workbook and the results
   workbook of the sample: every unit's id, kind and yearly counts equal the
   JSON sample, every unit's verdict equals `antq evaluate --format csv`, and
   the headers are frozen with filters. The two-tier test dataset's workbook
   holds its delegations, its authority table, the event kinds of its extra
   criterion and its decision numbers as the JSON has them.
2. LibreOffice, headless with a private profile, opens both workbooks and
   converts their first sheet to CSV: the values equal openpyxl's.

usage: check-office.py ANTQ SOURCE-ROOT [SOFFICE]   (no SOFFICE: part 2 is skipped, exit 77)
"""
import csv
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl


def run(*args, **kw):
    return subprocess.run(args, check=True, capture_output=True, **kw)


def main():
    antq, root = sys.argv[1], sys.argv[2]
    soffice = sys.argv[3] if len(sys.argv) > 3 and sys.argv[3] else None
    sample = os.path.join(root, "data", "sample-province.json")
    with open(sample, encoding="utf-8") as f:
        doc = json.load(f)
    tmp = tempfile.mkdtemp(prefix="antq-office-")
    try:
        ds_x, res_x = os.path.join(tmp, "ds.xlsx"), os.path.join(tmp, "kq.xlsx")
        run(antq, "convert", sample, ds_x, "--lang", "en")
        run(antq, "evaluate", sample, "--format", "xlsx", "-o", res_x, "--lang", "en")
        verdicts_csv = run(antq, "evaluate", sample, "--format", "csv", "--lang", "en").stdout.decode("utf-8-sig")  # the CSV starts with a byte-order mark
        verdicts = {r["unit_id"]: r["verdict"] for r in csv.DictReader(io.StringIO(verdicts_csv))}

        # 0. the template, filled in elsewhere, evaluated
        import datetime
        mau, kq = os.path.join(tmp, "mau.xlsx"), os.path.join(tmp, "ket-qua.xlsx")
        run(antq, "template", "-o", mau, "--year", "2024")
        wb = openpyxl.load_workbook(mau)
        assert wb.sheetnames[0] == "Hướng dẫn" and "Danh mục" in wb.sheetnames, wb.sheetnames
        units, ev = wb["Đơn vị"], wb["Số liệu năm"]
        col = {c.value: c.column for c in units[1]}
        for r, (uid, kind, name, parent) in enumerate([("X1", "Cấp xã", "Xã Một", None),
                                                       ("T1", "Khu dân cư", "Thôn Một", "X1")], start=2):
            units.cell(r, col["Mã đơn vị"], uid)
            units.cell(r, col["Loại đơn vị"], kind)
            units.cell(r, col["Tên đơn vị"], name)
            if parent:
                units.cell(r, col["Mã đơn vị cấp xã"], parent)
        col = {c.value: c.column for c in ev[1]}
        ev.cell(2, col["Mã đơn vị"], "T1")
        ev.cell(2, col["Năm"], 2024)
        ev.cell(2, col["Đã đăng ký"], "Có")
        ev.cell(2, col["Ngày đăng ký"], datetime.datetime(2024, 1, 15))
        ev.cell(2, col["Số hộ đang cư trú"], 120)
        ev.cell(2, col["Số hộ đăng ký"], 100)
        wb.save(mau)
        out = run(antq, "evaluate", mau, "--format", "csv", "--lang", "en").stdout.decode("utf-8-sig")
        got = {r["unit_id"]: r["verdict"] for r in csv.DictReader(io.StringIO(out))}
        assert set(got) == {"X1", "T1"}, got
        run(antq, "evaluate", mau, "--format", "xlsx", "-o", kq)
        filled = openpyxl.load_workbook(kq)["Đơn vị"]
        assert [r[0] for r in filled.iter_rows(min_row=2, values_only=True)] == ["X1", "T1"]
        print(f"template filled by openpyxl and evaluated: {got}")

        # 1. openpyxl
        wb = openpyxl.load_workbook(ds_x)
        units = wb["units"]
        assert units.freeze_panes == "A2", units.freeze_panes
        assert units.auto_filter.ref, "no filter on the units sheet"
        head = [c.value for c in units[1]]
        rows = [dict(zip(head, [c.value for c in r])) for r in units.iter_rows(min_row=2)]
        assert [r["id"] for r in rows] == [u["id"] for u in doc["units"]], "unit ids differ"
        assert [r["kind"] for r in rows] == [u["kind"] for u in doc["units"]], "unit kinds differ"
        ev = wb["evidence"]
        head = [c.value for c in ev[1]]
        got = {(r[0], r[1]): dict(zip(head, r)) for r in ev.iter_rows(min_row=2, values_only=True)}
        n = 0
        for u in doc["units"]:
            for e in u.get("evidence", []):
                row = got[(u["id"], e["year"])]
                for k in ("households_resident", "households_registered", "staff_total", "crimes"):
                    assert row.get(k) == e.get(k), (u["id"], e["year"], k, row.get(k), e.get(k))
                n += 1
        res = openpyxl.load_workbook(res_x)
        sheet = res["units"]
        head = [c.value for c in sheet[1]]
        got_verdicts = {r[head.index("unit")]: r[head.index("verdict")] for r in sheet.iter_rows(min_row=2, values_only=True)}
        names = {"certified": "certified", "not_certified": "not certified", "not_eligible": "not eligible",
                 "undetermined": "undetermined"}
        assert got_verdicts == {k: names[v] for k, v in verdicts.items()}, "verdicts differ from the CSV output"
        summary = [[c for c in r] for r in res["summary"].iter_rows(values_only=True)]
        assert res["summary"]["G2"].number_format == "0.0%", res["summary"]["G2"].number_format
        assert res["units"].freeze_panes == "A2" and res["units"].auto_filter.ref, "results: no frozen header or filter"
        dates = [c for c in wb["evidence"][2] if c.is_date]
        assert dates and all(c.number_format == "dd/mm/yyyy" for c in dates), "dataset: dates are not date cells"
        print(f"openpyxl: {len(rows)} units, {n} yearly rows, {len(got_verdicts)} verdicts as antq evaluate --format csv")

        two_tier = os.path.join(root, "tests", "data", "valid", "two-tier-2026.json")
        with open(two_tier, encoding="utf-8") as f:
            tt = json.load(f)
        tt_x = os.path.join(tmp, "tt.xlsx")
        run(antq, "convert", two_tier, tt_x, "--lang", "en")
        wb = openpyxl.load_workbook(tt_x)
        rows_of = lambda name: [dict(zip([c.value for c in wb[name][1]], r))
                                for r in wb[name].iter_rows(min_row=2, values_only=True)]
        got = [(r["from"], r["to"], r["kinds"].split(";"), r["decision"], r["decision_date"].date().isoformat())
               for r in rows_of("delegations")]
        assert got == [(d["from"], d["to"], d["kinds"], d["decision"], d["decision_date"])
                       for d in tt["options"]["delegations"]], got
        got = [(r["from"].date().isoformat(), r["kind"], r["body"], r["deadline"], r["status"],
                r["citation_instrument"], r["citation_article"], r["citation_clause"]) for r in rows_of("authority")]
        assert got == [(a["from"], a["kind"], a["body"], a.get("deadline"), a.get("status", "D"),
                        a["citation"]["instrument"], a["citation"]["article"], a["citation"].get("clause", 0))
                       for a in tt["options"]["authority"]], got
        got = [r["fails_on_event_kinds"] for r in rows_of("extra_criteria")]
        assert got == [";".join(x["fails_on_event_kinds"]) for x in tt["options"]["extra_criteria"]], got
        got = {r["unit_id"]: r["decision_number"] for r in rows_of("evidence")}
        assert got == {u["id"]: u["evidence"][0].get("decision_number") for u in tt["units"]}, got
        print(f"openpyxl: two-tier delegations, {len(tt['options']['authority'])} authority rows, event kinds "
              "and decision numbers as in the JSON")

        # 2. LibreOffice
        if not soffice:
            print("LibreOffice not found: skipped")
            return 77
        profile = os.path.join(tmp, "profile")
        for x in (ds_x, res_x):
            run(soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1",
                "--outdir", tmp, x, timeout=300)
        with open(os.path.join(tmp, "ds.csv"), encoding="utf-8") as f:
            lo_units = list(csv.reader(f))
        assert [r[0] for r in lo_units[1:]] == [u["id"] for u in doc["units"]], "LibreOffice: unit ids differ"
        assert [r[1] for r in lo_units[1:]] == [u["kind"] for u in doc["units"]], "LibreOffice: unit kinds differ"
        with open(os.path.join(tmp, "kq.csv"), encoding="utf-8") as f:
            lo_summary = list(csv.reader(f))
        for r_lo, r_py in zip(lo_summary[1:7], summary[1:7]):
            assert r_lo[0] == r_py[0], (r_lo, r_py)
            for a, b in zip(r_lo[1:6], r_py[1:6]):
                assert float(a) == float(b), (r_lo, r_py)
            if r_py[6] is not None:  # a share, shown as a percentage with one decimal
                assert r_lo[6] == f"{100 * r_py[6]:.1f}%", (r_lo[6], r_py[6])
        print(f"LibreOffice: {len(lo_units) - 1} units and the summary by kind equal openpyxl's")
        return 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
