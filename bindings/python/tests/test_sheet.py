"""Spreadsheets from Python: every input form loads (JSON, NDJSON, .xlsx,
CSV set), datasets and results are written as workbooks and CSV sets, and
results come out as records (and DataFrames when pandas is installed)."""

import os
import tempfile
import unittest

import support
import antq


class TestSheets(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.ds = antq.Dataset.load(support.MIXED_JSON)

    def tearDown(self):
        self.ds.close()
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp.name, name)

    def test_xlsx_round_trip_gives_the_same_dataset(self):
        if not antq.xlsx_supported():
            self.skipTest("built without the xlsx feature")
        self.ds.write_xlsx(self.path("ds.xlsx"))
        with antq.Dataset.load(self.path("ds.xlsx")) as back:
            self.assertEqual(back.to_json(), self.ds.to_json())
        with open(self.path("ds.xlsx"), "rb") as f:
            with antq.Dataset.load(f.read()) as from_bytes:
                self.assertEqual(len(from_bytes), len(self.ds))

    def test_csv_set_round_trip_in_english(self):
        self.ds.write_csv(self.path("set"), lang="en")
        self.assertIn("units.csv", os.listdir(self.path("set")))
        with antq.Dataset.load(self.path("set")) as back:
            self.assertEqual(back.to_json(), self.ds.to_json())

    def test_from_csv_error_names_the_cell(self):
        files = {"Đơn vị.csv": "Mã đơn vị,Loại đơn vị\nA1,Cơ quan\n",
                 "Số liệu năm.csv": "Mã đơn vị,Năm,Ngày kế hoạch\nA1,2024,31/02/2024\n"}
        with self.assertRaises(antq.RangeError) as cm:
            antq.Dataset.from_csv(files)
        self.assertEqual(cm.exception.path, "Số liệu năm.csv!C2")
        self.assertEqual(cm.exception.line, 2)
        self.assertIn('"31/02/2024" is not a date', str(cm.exception))

    def test_records_are_one_dict_per_unit(self):
        with self.ds.evaluate(2024) as ev:
            rows = ev.records()
            self.assertEqual(len(rows), len(self.ds))
            self.assertEqual({r["unit"] for r in rows}, {u.id for u in self.ds.units})
            failed = [r for r in rows if r["verdict"] == "not_certified"]
            self.assertTrue(failed and all(r["failed_criteria"] for r in failed))

    def test_to_pandas_only_when_pandas_is_installed(self):
        with self.ds.evaluate(2024) as ev:
            try:
                import pandas  # noqa: F401
            except ImportError:
                with self.assertRaises(ImportError):
                    ev.to_pandas()
            else:
                self.assertEqual(len(ev.to_pandas()), len(self.ds))

    def test_results_workbook_and_template(self):
        if not antq.xlsx_supported():
            self.skipTest("built without the xlsx feature")
        with self.ds.evaluate(2024) as ev:
            ev.write_xlsx(self.path("kq.xlsx"), lang="en")
        with open(self.path("kq.xlsx"), "rb") as f:
            self.assertEqual(f.read(4), b"PK\x03\x04")
        antq.write_template(self.path("mau.xlsx"), year=2025, kinds=["residential_area"])
        with antq.Dataset.load(self.path("mau.xlsx")) as empty:
            self.assertEqual((len(empty), empty.year), (0, 2025))


if __name__ == "__main__":
    unittest.main()
