"""Results at a detail level and their provenance, through the binding
(tests/data/valid/mixed-province.json, year 2024, its own options)."""

import datetime
import hashlib
import json
import unittest

import support
import antq


class TestDetail(unittest.TestCase):
    def setUp(self):
        self.ds = antq.Dataset.load(support.MIXED_JSON)
        self.ev = self.ds.evaluate(2024)

    def tearDown(self):
        self.ev.close()
        self.ds.close()

    def test_failures_level_lists_the_failed_criterion_with_its_gap(self):
        lines = self.ev.write("ndjson", lang="en", detail="failures").splitlines()
        header = json.loads(lines[0])
        self.assertEqual(header["detail"], "failures")
        ra = next(json.loads(x) for x in lines[1:] if json.loads(x)["unit"] == "RA-01-4")
        self.assertEqual(ra["verdict"], "not_certified")
        self.assertEqual(ra["failures"][0]["criterion"], "C124-RA-01b")
        self.assertEqual(ra["failures"][0]["facts"], [{"fact": "households_registered", "outcome": "fail", "gap": 2}])

    def test_full_level_without_provenance_is_the_existing_output_after_a_header(self):
        full = self.ev.write("ndjson", detail="full")
        self.assertEqual(full.split("\n", 1)[1], self.ev.write("ndjson"))

    def test_provenance_names_the_inputs_and_the_catalogue(self):
        doc = json.loads(self.ev.write("json", detail="verdict", inputs=[support.MIXED_JSON]))
        prov = doc["provenance"]
        with open(support.MIXED_JSON, "rb") as f:
            self.assertEqual(prov["inputs"][0]["sha256"], hashlib.sha256(f.read()).hexdigest())
        self.assertEqual(prov["catalogue_sha256"], antq.catalogue_hash())
        self.assertEqual(prov["detail"], "verdict")
        self.assertEqual(prov["options"]["extra_criteria"][0]["id"], "P99-01")
        self.assertEqual(len(doc["results"]), len(self.ds))
        self.assertEqual(set(doc["results"][0]), {"unit", "year", "verdict", "counts"})

    def test_names_and_defaults(self):
        self.assertEqual(antq.detail_name(antq.Detail.FAILURES), "failures")
        self.assertEqual(antq.default_detail("ndjson"), antq.Detail.FAILURES)
        self.assertEqual(antq.default_detail("csv_units"), antq.Detail.FULL)
        size, digest = antq.input_digest(support.MIXED_JSON)
        self.assertEqual(len(digest), 64)
        text = antq.provenance_json([support.MIXED_JSON], year=2024, evaluation_date=datetime.date(2026, 12, 4))
        self.assertEqual(json.loads(text)["evaluated_on"], "2026-12-04")
        self.assertEqual(json.loads(text)["inputs"][0]["size"], size)


if __name__ == "__main__":
    unittest.main()
