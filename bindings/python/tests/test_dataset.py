"""Datasets: loading from a file, a string, bytes and dicts; errors with
positions; evaluation; writers; round trips; streaming."""

import datetime
import glob
import json
import os
import pathlib
import unittest

import support
import antq
from antq import Kind, Verdict


def expected_error(name):
    """(code name, line, column, path) of tests/data/invalid/NAME.expected."""
    with open(os.path.join(support.TEST_DATA, "invalid", name + ".expected"), encoding="utf-8") as f:
        parts = f.read().split()
    return parts[0], int(parts[1]), int(parts[2]), parts[3] if len(parts) > 3 else "/"


INVALID = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(support.TEST_DATA, "invalid", "*.json")))


class TestLoad(unittest.TestCase):
    def test_load_file_str_bytes_pathlike(self):
        with open(support.MIXED_JSON, encoding="utf-8") as f:
            text = f.read()
        sources = [support.MIXED_JSON, pathlib.Path(support.MIXED_JSON), text, text.encode("utf-8")]
        dumps = []
        for src in sources:
            with antq.Dataset.load(src) as ds:
                self.assertEqual(len(ds), 17)
                self.assertEqual(ds.year, 2024)
                dumps.append(ds.to_json())
        with antq.Dataset.loads(text) as ds:
            dumps.append(ds.to_json())
        self.assertEqual(len(set(dumps)), 1)

    def test_province_and_issuer_from_the_options(self):
        doc = {"format": "antq-dataset", "options": {"province": "Tỉnh Sơn Nguyên", "issuer": "Ban Chỉ đạo 138 tỉnh"},
               "units": []}
        with antq.Dataset.loads(json.dumps(doc, ensure_ascii=False)) as ds:
            self.assertEqual(ds.province, "Tỉnh Sơn Nguyên")
            self.assertEqual(ds.issuer, "Ban Chỉ đạo 138 tỉnh")
        with antq.Dataset.load(support.MIXED_JSON) as ds:
            self.assertIsNone(ds.province)
            self.assertIsNone(ds.issuer)

    def test_load_ndjson_same_results(self):
        with antq.Dataset.load(support.MIXED_JSON) as a, antq.Dataset.load(support.MIXED_NDJSON) as b:
            self.assertEqual(len(a), len(b))
            with a.evaluate(2024) as ea, b.evaluate(2024) as eb:
                self.assertEqual(ea.verdicts(), eb.verdicts())

    def test_from_dicts(self):
        with open(support.MIXED_JSON, encoding="utf-8") as f:
            doc = json.load(f)
        with antq.Dataset.from_dicts(doc) as ds:
            self.assertEqual(len(ds), 17)
            self.assertEqual(ds.options.extra[0].id, "P99-01")
        units = [{"id": "XA-1", "kind": "commune", "name": "Xã Một"},
                 {"id": "TH-1", "kind": "residential_area", "parent": "XA-1",
                  "evidence": [{"year": 2024, "households_resident": 10, "households_registered": 10}]}]
        with antq.Dataset.from_dicts(units) as ds:
            self.assertEqual([u.id for u in ds], ["XA-1", "TH-1"])
            self.assertEqual(ds.latest_year, 2024)
            self.assertEqual(ds.evidence("TH-1", 2024).households_registered, 10)
            self.assertIsNone(ds.evidence("TH-1", 2023))
            self.assertIsNone(ds.evidence("XA-1", 2024))

    def test_reading_units_and_evidence(self):
        with antq.Dataset.load(support.MIXED_JSON) as ds:
            i = ds.find("RA-01-1")
            self.assertEqual(ds.find("nope"), None)
            u = ds.unit(i)
            self.assertEqual(u, ds.unit("RA-01-1"))
            self.assertEqual((u.kind, u.name, u.local_type, u.parent_id), (Kind.RESIDENTIAL_AREA, "Thôn Nà Pài", "thôn", "CW-01"))
            ev = ds.evidence(i, 2024)
            self.assertEqual(ev.registration_date, datetime.date(2024, 2, 10))
            self.assertIs(ev.registered, True)
            self.assertEqual(ev.grassroots_rating, antq.Rating.COMPLETED)
            self.assertIsNone(ev.staff_total)
            with self.assertRaises(KeyError):
                ds.unit("nope")
            with self.assertRaises(IndexError):
                ds.unit(999)
            self.assertEqual(ds.unit(-1).id, ds.units[-1].id)

    def test_round_trip(self):
        with antq.Dataset.load(support.MIXED_JSON) as ds:
            first = ds.to_json()
        with antq.Dataset.loads(first) as again:
            self.assertEqual(again.to_json(), first)
            with antq.Dataset.from_dicts(again.to_dict()) as third:
                self.assertEqual(third.to_json(), first)

    def test_round_trip_python_records(self):
        """Unit/Evidence -> C -> Python gives equal records."""
        with antq.Dataset.load(support.MIXED_JSON) as ds:
            with antq.Dataset() as copy:
                for i, unit in enumerate(ds.units):
                    ev = ds.evidence(i, 2024)
                    copy.add(unit, ev)
                    for year in (2023,):
                        old = ds.evidence(i, year)
                        if old is not None:
                            copy.add(unit, old)
                copy.check()
                self.assertEqual(copy.units, ds.units)
                for i in range(len(ds)):
                    for year in (2023, 2024):
                        self.assertEqual(copy.evidence(i, year), ds.evidence(i, year))
                with ds.evaluate(2024) as a, copy.evaluate(2024, ds.options) as b:
                    self.assertEqual(a.verdicts(), b.verdicts())

    def test_keep_unknown(self):
        doc = {"format": "antq-dataset", "version": 1, "units": [{"id": "X", "kind": "commune", "x_local": 1}]}
        with self.assertRaises(antq.UnknownFieldError):
            antq.Dataset.from_dicts(doc)
        with antq.Dataset.from_dicts(doc, keep_unknown=True) as ds:
            self.assertEqual(ds.to_dict()["units"][0]["x_local"], 1)


class TestErrors(unittest.TestCase):
    def test_invalid_corpus(self):
        """Every file of tests/data/invalid: the exception class, code, name,
        line, column and path are those of its .expected file."""
        self.assertGreater(len(INVALID), 40)
        for name in INVALID:
            with self.subTest(name):
                code_name, line, column, path = expected_error(name)
                src = os.path.join(support.TEST_DATA, "invalid", name + ".json")
                with self.assertRaises(antq.AntqError) as cm:
                    antq.Dataset.load(src)
                e = cm.exception
                self.assertEqual(e.name, code_name)
                self.assertEqual(e.code, getattr(antq.Status, code_name[5:]))
                self.assertIs(type(e), antq.errors.error_class(e.code))
                self.assertEqual((e.line, e.column), (line, column))
                self.assertEqual(e.path or "/", path)
                self.assertTrue(e.message)
                self.assertIn(code_name, str(e))

    def test_exception_classes(self):
        e = self._load_error("syntax-missing-comma")
        self.assertIsInstance(e, antq.ParseError)
        self.assertIsInstance(e, ValueError)
        self.assertIsInstance(self._load_error("kind-wrong-type"), antq.ValueTypeError)
        self.assertIsInstance(self._load_error("kind-wrong-type"), TypeError)
        self.assertIsInstance(self._load_error("count-negative"), antq.RangeError)
        self.assertIsInstance(self._load_error("parent-missing"), antq.NotFoundError)
        self.assertIsInstance(self._load_error("parent-missing"), LookupError)
        self.assertIsInstance(self._load_error("duplicate-unit-id"), antq.DuplicateError)
        self.assertIsInstance(self._load_error("parent-cycle"), antq.CycleError)
        self.assertIsInstance(self._load_error("unknown-unit-field"), antq.UnknownFieldError)
        self.assertIsInstance(self._load_error("id-missing"), antq.MissingError)
        self.assertIsInstance(self._load_error("wrong-version"), antq.VersionError)
        self.assertIsInstance(self._load_error("name-invalid-utf8"), antq.Utf8Error)
        self.assertIsInstance(self._load_error("size-on-agency"), antq.InvalidError)

    def _load_error(self, name):
        with self.assertRaises(antq.AntqError) as cm:
            antq.Dataset.load(os.path.join(support.TEST_DATA, "invalid", name + ".json"))
        return cm.exception

    def test_validate_reports_every_error(self):
        with open(support.MIXED_JSON, "rb") as f:
            self.assertEqual(antq.validate(f.read()), [])
        self.assertEqual(antq.validate(support.MIXED_JSON), [])  # a path works too
        for name in INVALID:
            with self.subTest(name):
                code_name, line, column, path = expected_error(name)
                with open(os.path.join(support.TEST_DATA, "invalid", name + ".json"), "rb") as f:
                    errors = antq.validate(f.read())
                self.assertGreaterEqual(len(errors), 1)
                self.assertTrue(all(isinstance(e, antq.AntqError) for e in errors))
                self.assertTrue(all(e.line > 0 and e.column > 0 for e in errors))
                self.assertIn((code_name, line, column), [(e.name, e.line, e.column) for e in errors])
        bad = ('{"format":"antq-dataset","version":1,"units":[\n'
               '{"id":"A","kind":"commune","bogus":1},\n'
               '{"id":"B","kind":"nope"}]}')
        errors = antq.validate(bad)
        self.assertEqual([(e.name, e.line, e.path) for e in errors],
                         [("ANTQ_EUNKNOWNFIELD", 2, "/units/0/bogus"), ("ANTQ_ERANGE", 3, "/units/1/kind")])

    def test_add_and_check(self):
        with antq.Dataset() as ds:
            ds.add(antq.Unit(id="TH-1", kind="residential_area", parent_id="XA-404"))
            with self.assertRaises(antq.DuplicateError):
                ds.add(antq.Unit(id="TH-1", kind="residential_area"))
            with self.assertRaises(antq.NotFoundError) as cm:
                ds.check()
            self.assertIn("parent", cm.exception.path)
            ds.add_json({"id": "XA-404", "kind": "commune"})
            ds.check()
            with self.assertRaises(antq.ParseError) as cm:
                ds.add_json('{"id": "Z", "kind": "commune"', line_offset=9)
            self.assertEqual(cm.exception.line, 10)
            self.assertEqual(len(ds), 2)


class TestEvaluation(unittest.TestCase):
    def setUp(self):
        self.ds = antq.Dataset.load(support.MIXED_JSON)

    def tearDown(self):
        self.ds.close()

    def test_results(self):
        with self.ds.evaluate() as ev:
            self.assertEqual(ev.year, 2024)
            self.assertEqual(len(ev), 17)
            with self.assertRaises(KeyError):
                ev["NEW-0"]
            with self.assertRaises(IndexError):
                ev[17]
            self.assertEqual(ev[-1].unit_id, "EI-02")
            results = list(ev)
            self.assertEqual([r.unit_id for r in results], [u.id for u in self.ds])
            self.assertEqual(ev["RA-01-1"].verdict, Verdict.CERTIFIED)
            self.assertEqual(ev["CW-02"].verdict, Verdict.NOT_CERTIFIED)
            self.assertEqual(ev["AG-02"].verdict, Verdict.NOT_ELIGIBLE)
            self.assertEqual(ev["RA-02-3"].verdict, Verdict.UNDETERMINED)
            self.assertIn("Thôn Nà Pài", ev["RA-01-1"].to_json())  # unit name from the dataset
            roll = ev.rollup("CW-01")
            self.assertEqual((roll.commune_id, roll.ra_total, roll.ra_certified), ("CW-01", 5, 4))
            self.assertIsNone(ev.rollup("RA-01-1"))
            # the dataset grows after the evaluation: results still find their unit records
            for i in range(40):
                self.ds.add(antq.Unit(id=f"NEW-{i}", kind="commune", name="Xã mới"))
            self.assertIn("Thôn Nà Pài", ev["RA-01-1"].to_json())
            self.assertEqual(len(ev), 17)

    def test_commune_pool_is_what_the_verdict_used(self):
        """Art. 5.4: the pool and share of a commune come from the evaluation, equal to its members fact."""
        with self.ds.evaluate() as ev:
            pool = ev.commune_pool("CW-01")
            fact = next(f for c in ev["CW-01"].checks for f in c.facts if f.kind == antq.FactKind.MEMBERS_CERTIFIED)
            self.assertEqual((pool.pool, pool.certified), (fact.total, fact.value))
            self.assertEqual(pool.meets, {antq.Outcome.PASS: True, antq.Outcome.FAIL: False}.get(fact.outcome))
            self.assertIsNone(ev.commune_pool("RA-01-1"))  # not a commune
            self.assertEqual(ev["RA-01-1"].parent_id, "CW-01")

    def test_unreadable_path_is_an_oserror(self):
        with self.assertRaises(OSError) as cm:
            antq.Dataset.load(os.path.join(support.TEST_DATA, "no-such-file.json"))
        self.assertIsInstance(cm.exception, antq.InputOutputError)
        self.assertIn("no-such-file.json", str(cm.exception))

    def test_write_formats(self):
        with self.ds.evaluate(2024) as ev:
            doc = json.loads(ev.write("json", "en"))
            self.assertEqual(len(doc["results"]), 17)
            lines = ev.write(antq.Format.NDJSON).splitlines()
            self.assertEqual(len(lines), 17)
            self.assertEqual(json.loads(lines[0])["unit"], "CW-01")
            units_csv = ev.write("csv_units")  # for spreadsheets: a byte-order mark first
            self.assertTrue(units_csv.startswith("\ufeff" + antq.csv_header("csv_units")))
            self.assertEqual(len(units_csv.splitlines()), 18)
            crit_csv = ev.write("csv_criteria", "en")
            self.assertTrue(crit_csv.startswith("\ufeff" + antq.csv_header(antq.Format.CSV_CRITERIA)))
            self.assertEqual(ev.to_csv("csv_units", bom=False), units_csv[1:])

    def test_options_and_other_year(self):
        strict = antq.Options(trend_mode="strictly_reduced")
        with self.ds.evaluate(2024) as a, self.ds.evaluate(2024, strict) as b:
            self.assertNotEqual(a.verdicts(), b.verdicts())
        with self.ds.evaluate(2023) as ev:
            self.assertEqual(ev.year, 2023)
        with self.assertRaises(antq.AntqError):
            self.ds.evaluate(1800)

    def test_stream_matches_whole(self):
        with self.ds.evaluate(2024) as ev:
            whole = sorted(ev.write("ndjson", "en").splitlines())
        out = []
        with antq.Stream(2024, self.ds.options, "en") as s:
            with open(support.MIXED_NDJSON, encoding="utf-8") as f:
                for line in f:
                    out += s.feed(line)
            out += s.finish()
        self.assertEqual(sorted(out), whole)
        with antq.Stream(2024) as s:
            with self.assertRaises(antq.ParseError) as cm:
                s.feed('{"id": "X"', line_no=7)
            self.assertEqual(cm.exception.line, 7)


if __name__ == "__main__":
    unittest.main()
