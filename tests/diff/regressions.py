#!/usr/bin/env python3
"""Regression tests of issue #9 (suite 'diff'): the failures found when the
fast path and the checked path gave different answers, each as a specification.

usage: regressions.py --antq ANTQ --srcroot SRC --peak-rss PEAK_RSS   (ANTQ_LIBRARY and PYTHONPATH for the binding)
"""

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import unittest

import antq

ARGS = None
FORMATS = ("text", "json", "ndjson", "csv", "csv-criteria")


def results_of(out):
    """Output without the results' header line (JSON opening or NDJSON header record, with the provenance)."""
    return b"\n".join(l for l in out.split(b"\n") if not l.startswith(b'{"format":"antq-results"'))


def run(*args, stdin=None, out=None):
    cmd = [ARGS.antq, *args] + (["-o", out] if out else [])
    return subprocess.run(cmd, input=stdin, capture_output=True, timeout=300)


def sample(name):
    return os.path.join(ARGS.srcroot, "data", name)


def error_code(stderr):
    m = re.search(rb": (ANTQ_\w+): ", stderr)
    return m.group(1).decode() if m else None


class Fixture(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.addCleanup(self.tmp.cleanup)

    def path(self, name, data=None):
        p = os.path.join(self.tmp.name, name)
        if data is not None:
            with open(p, "wb") as f:
                f.write(data)
        return p


class RepeatedLine(Fixture):
    """A unit id is unique in a dataset: a residential-area line repeated in an
    NDJSON file is ANTQ_EDUPLICATE (exit 2) in every format and on every path,
    and nothing is written to -o (the village would otherwise count twice in
    its commune's 70% pool, Art. 5(4) of Circular 124/2021)."""

    def setUp(self):
        super().setUp()
        with open(sample("sample-province.ndjson"), "rb") as f:
            data = f.read()
        line = next(l for l in data.split(b"\n") if b'"id":"P99-NL-07-T01"' in l)
        self.flip = self.path("flip.ndjson", data + line + b"\n")
        self.flip_data = data + line + b"\n"

    def test_every_format_and_path_refuses_and_writes_nothing(self):
        for fmt in FORMATS:
            for how in ("file", "stdin"):
                with self.subTest(format=fmt, path=how):
                    out = self.path(f"out-{fmt}-{how}", b"previous output\n")
                    if how == "file":
                        p = run("evaluate", self.flip, "--format", fmt, out=out)
                    else:
                        p = run("evaluate", "-", "--ndjson", "--format", fmt, stdin=self.flip_data, out=out)
                    self.assertEqual(p.returncode, 2, p.stderr)
                    self.assertEqual(error_code(p.stderr), "ANTQ_EDUPLICATE")
                    with open(out, "rb") as f:
                        self.assertEqual(f.read(), b"previous output\n")
        for cmd in (["validate"], ["stats"], ["explain", "--", "P99-NL-07"]):
            with self.subTest(command=cmd[0]):
                p = run(cmd[0], self.flip, *cmd[1:])
                self.assertEqual(p.returncode, 2, p.stderr)
                self.assertEqual(error_code(p.stderr), "ANTQ_EDUPLICATE")

    def test_python_binding_refuses(self):
        with self.assertRaises(antq.DuplicateError) as cm:
            antq.Pipeline().run(self.flip_data, ndjson=True)
        self.assertEqual(cm.exception.path, "/units/779/id")
        self.assertEqual(cm.exception.line, 780)

    def test_a_document_with_the_unit_twice_is_refused_too(self):
        with open(sample("sample-province.json"), "rb") as f:
            doc = json.load(f)
        doc["units"].append(next(u for u in doc["units"] if u["id"] == "P99-NL-07-T01"))
        p = run("evaluate", self.path("flip.json", json.dumps(doc).encode()), "--format", "csv")
        self.assertEqual(p.returncode, 2)
        self.assertEqual(error_code(p.stderr), "ANTQ_EDUPLICATE")


class Hierarchy(Fixture):
    """A member's parent must be a commune-level unit of the dataset
    (Art. 2, Circular 124/2021): when streamed, a missing parent is
    ANTQ_ENOTFOUND and an agency parent ANTQ_ETYPE, decided at the end of
    the stream from the index of ids, parents and kinds."""

    RA = '{"id":"RA-1","kind":"residential_area","parent":"%s","evidence":[{"year":2024,"registered":true}]}\n'
    CW = '{"id":"CW-1","kind":"commune","parent":"P-1"}\n'
    AG = '{"id":"AG-1","kind":"agency","parent":"CW-1"}\n'

    def check(self, text, code, path):
        nd = self.path("h.ndjson", text.encode())
        for fmt in FORMATS:
            with self.subTest(format=fmt):
                p = run("evaluate", nd, "--format", fmt)
                self.assertEqual(p.returncode, 2, p.stderr)
                self.assertEqual(error_code(p.stderr), code)
                self.assertIn(f": {path}: ".encode(), p.stderr)
        p = run("validate", nd)
        self.assertEqual((p.returncode, error_code(p.stderr)), (2, code))
        with self.assertRaises(antq.AntqError) as cm:
            antq.Pipeline().run(text, ndjson=True)
        self.assertEqual((cm.exception.name, cm.exception.path), (code, path))

    def test_missing_parent(self):
        self.check(self.CW + self.RA % "CW-404", "ANTQ_ENOTFOUND", "/units/1/parent")

    def test_agency_parent(self):
        self.check(self.CW + self.AG + self.RA % "AG-1", "ANTQ_ETYPE", "/units/2/parent")

    def test_parent_later_in_the_stream_is_fine(self):
        p = run("evaluate", self.path("ok.ndjson", (self.RA % "CW-1" + self.CW).encode()), "--format", "csv")
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertEqual(len(p.stdout.splitlines()), 3)


class OptionsForNdjson(Fixture):
    """--options FILE applies to NDJSON input in every format: the province's
    extra criterion (Art. 8(1)) of data/sample-province.json is checked, and the
    verdicts are those of the document."""

    def test_extra_criterion_and_verdicts(self):
        nd, doc = sample("sample-province.ndjson"), sample("sample-province.json")
        for fmt in FORMATS:
            with self.subTest(format=fmt):
                ref = run("evaluate", doc, "--format", fmt)
                with_opts = run("evaluate", nd, "--format", fmt, "--options", doc)
                without = run("evaluate", nd, "--format", fmt)
                self.assertEqual(with_opts.returncode, 0, with_opts.stderr)
                self.assertEqual(without.returncode, 0, without.stderr)
                # the results, without the header record: its provenance names other inputs
                self.assertTrue(results_of(with_opts.stdout) == results_of(ref.stdout),
                                f"{fmt}: NDJSON with --options differs from the document")
                if fmt in ("json", "ndjson", "csv-criteria"):
                    self.assertIn(b"P99-BS-01", with_opts.stdout)
                    self.assertNotIn(b"P99-BS-01", without.stdout)


class SameYear(Fixture):
    """One year rule for a document and a stream: --year, else options.year,
    else the latest evidence year of the first unit with evidence."""

    UNITS = ['{"id":"RA-1","kind":"residential_area","parent":"CW-1","evidence":[{"year":2023,"registered":true}]}',
             '{"id":"RA-2","kind":"residential_area","parent":"CW-1","evidence":[{"year":2024,"registered":true}]}',
             '{"id":"CW-1","kind":"commune","parent":"P-1"}']

    def years(self, *args, stdin=None):
        p = run("evaluate", *args, "--format", "ndjson", stdin=stdin)
        self.assertEqual(p.returncode, 0, p.stderr)
        return sorted({r["year"] for r in map(json.loads, p.stdout.splitlines()) if "unit" in r})

    def test_document_and_stream_choose_the_same_year(self):
        nd_text = "\n".join(self.UNITS) + "\n"
        nd = self.path("y.ndjson", nd_text.encode())
        doc = self.path("y.json", ('{"format":"antq-dataset","version":1,"units":[' + ",".join(self.UNITS) + "]}").encode())
        self.assertEqual(self.years(doc), [2023])
        self.assertEqual(self.years(nd), [2023])
        self.assertEqual(self.years("-", "--ndjson", stdin=nd_text.encode()), [2023])
        self.assertEqual({r["year"] for r in antq.Pipeline().run(nd_text, ndjson=True)}, {2023})
        opts = self.path("o.json", b'{"format":"antq-dataset","version":1,"options":{"year":2024},"units":[]}')
        docy = self.path("y2.json", ('{"format":"antq-dataset","version":1,"options":{"year":2024},"units":['
                                     + ",".join(self.UNITS) + "]}").encode())
        self.assertEqual(self.years(docy), [2024])
        self.assertEqual(self.years(nd, "--options", opts), [2024])

    def test_years_in_one_pass(self):
        """--year 2023-2024 and --year all give each year's results, the same as one run per year."""
        doc = sample("sample-province.json")
        both = run("evaluate", doc, "--format", "csv", "--year", "2023-2024")
        self.assertEqual(both.returncode, 0, both.stderr)
        every = run("evaluate", doc, "--format", "csv", "--year", "all")
        self.assertEqual(sorted(every.stdout.splitlines()), sorted(both.stdout.splitlines()))
        rows = set(both.stdout.splitlines()[1:])
        one = set()
        for y in ("2023", "2024"):
            one |= set(run("evaluate", doc, "--format", "csv", "--year", y).stdout.splitlines()[1:])
        self.assertEqual(rows, one)


class Streams(Fixture):
    """stats over NDJSON streams and gives the document's figures."""

    def test_stats_document_and_stream(self):
        nd, doc = sample("sample-province.ndjson"), sample("sample-province.json")
        for fmt in ("text", "json"):
            a = run("stats", doc, "--format", fmt)
            b = run("stats", nd, "--format", fmt, "--options", doc)
            self.assertEqual(a.returncode, 0, a.stderr)
            self.assertTrue(a.stdout == b.stdout, f"stats --format {fmt}: NDJSON differs from the document")

    def test_festival_and_plan_document_and_stream(self):
        """festival and plan read NDJSON one line at a time (festival keeps the units, not their evidence;
        plan feeds each result into a plan tally): the document's coverage and scorecard."""
        nd, doc, camp = sample("sample-province.ndjson"), sample("sample-province.json"), sample("campaign-2024.json")
        for cmd in ("festival", "plan"):
            for fmt in ("text", "json"):
                with self.subTest(command=cmd, format=fmt):
                    a = run(cmd, doc, camp, "--format", fmt)
                    b = run(cmd, nd, camp, "--format", fmt)
                    with open(nd, "rb") as f:
                        c = run(cmd, "-", camp, "--format", fmt, "--ndjson", stdin=f.read())
                    self.assertEqual(a.returncode, 0, a.stderr)
                    self.assertTrue(a.stdout == b.stdout == c.stdout, f"{cmd} --format {fmt}: NDJSON differs")

    def test_report_document_and_stream(self):
        """report reads NDJSON one line at a time (the pipeline keeps the results it shows): the document's
        report, but for what only a document has (its province and issuer in the title and masthead) and
        the provenance of the input file."""
        nd, doc, camp = sample("sample-province.ndjson"), sample("sample-province.json"), sample("campaign-2024.json")
        own = re.compile(rb"<title>|class=\"(issuer|place|provenance)\"|antq-provenance")
        for year in ("2023", "2024"):
            a = run("report", doc, "--campaign", camp, "--year", year)
            b = run("report", nd, "--campaign", camp, "--year", year, "--options", doc)
            self.assertEqual(a.returncode, 0, a.stderr)
            self.assertEqual(b.returncode, 0, b.stderr)
            la = [l for l in a.stdout.split(b"\n") if not own.search(l)]
            lb = [l for l in b.stdout.split(b"\n") if not own.search(l)]
            self.assertGreater(len(la), 300)
            self.assertTrue(la == lb, f"report --year {year}: NDJSON differs from the document")

    def test_every_command_checks_the_stream(self):
        """A repeated line is ANTQ_EDUPLICATE for report, plan and festival too (the pipeline's check),
        and nothing is written to -o."""
        nd, camp = sample("sample-province.ndjson"), sample("campaign-2024.json")
        with open(nd, encoding="utf-8") as f:
            lines = f.read().splitlines()
        flip = self.path("flip.ndjson", ("\n".join(lines + [lines[5]]) + "\n").encode())
        for args in (["report", flip], ["plan", flip, camp], ["festival", flip, camp]):
            with self.subTest(command=args[0]):
                out = self.path("out.txt", b"before")
                p = run(*args, "-o", out)
                self.assertEqual(p.returncode, 2, p.stderr)
                self.assertIn(b"ANTQ_EDUPLICATE", p.stderr)
                with open(out, "rb") as f:
                    self.assertEqual(f.read(), b"before")


def generate(path, n_units):
    """n_units residential areas, 60 to a commune, one NDJSON line each."""
    with open(path, "w") as f:
        for c in range(max(1, n_units // 60)):
            f.write('{"id":"CW-%d","kind":"commune","parent":"P-1"}\n' % c)
        for i in range(n_units):
            f.write('{"id":"RA-%d","kind":"residential_area","parent":"CW-%d","name":"Thôn %d",'
                    '"evidence":[{"year":2024,"registered":true,"households_resident":100,'
                    '"households_registered":100}]}\n' % (i, i % max(1, n_units // 60), i))


CERTIFIED_2024 = ('{"year":2024,"registered":true,"party_resolution_date":"2024-02-25","registration_date":"2024-03-10",'
                  '"households_resident":172,"households_registered":172,"implements_policy":true,"crimes":2,'
                  '"crimes_prev":2,"social_evils":1,"social_evils_prev":1,"other_violations":0,'
                  '"other_violations_prev":1,"supervision_effective":true,"grassroots_rating":"completed_well",'
                  '"events":[],"disciplines":[]}')


def generate_certified(path, n_units):
    """As generate(), with the evidence of a residential area certified under Circular 124/2021."""
    with open(path, "w") as f:
        for c in range(max(1, n_units // 60)):
            f.write('{"id":"CW-%d","kind":"commune","parent":"P-1"}\n' % c)
        for i in range(n_units):
            f.write('{"id":"RA-%d","kind":"residential_area","parent":"CW-%d","name":"Thôn %d","evidence":[%s]}\n'
                    % (i, i % max(1, n_units // 60), i, CERTIFIED_2024))


def generate_campaign(path, n_units):
    """A campaign with a festival in every tenth residential area of generate()'s units."""
    fest = ",".join('{"id":"F-%d","host":"RA-%d","year":2024,"level":"residential_area","point_site":%s}'
                    % (i, i, "true" if i % 20 == 0 else "false") for i in range(0, n_units, 10))
    with open(path, "w") as f:
        f.write('{"format":"antq-campaign","version":1,"plans":[],"festivals":[' + fest + ']}')


def peak_rss_kib(args):
    """Peak resident memory of one antq run in KiB (tests/diff/peak-rss.c: getrusage of the child)."""
    p = subprocess.run([ARGS.peak_rss, ARGS.antq, *args], capture_output=True, timeout=300)
    if p.returncode != 0:
        raise AssertionError(p.stderr.decode())
    return int(p.stdout.split()[-1])


@unittest.skipIf(os.environ.get("ANTQ_SANITIZE", "none") not in ("", "none"),
                 "peak RSS under a sanitizer measures its quarantine, not libantq (the plain build runs this)")
class FlatMemory(Fixture):
    """A streamed run keeps only the compact index (ids, parents, kinds) and the
    per-commune aggregates, never the members' evidence: memory grows by less
    than 200 bytes a unit (a loaded dataset takes about 2 KB a unit)."""

    def test_peak_memory_of_streamed_runs(self):
        n = 20000
        small, big = self.path("n.ndjson"), self.path("4n.ndjson")
        generate(small, n)
        generate(big, 4 * n)
        for cmd in (["evaluate", "--format", "csv"], ["evaluate", "--format", "text"], ["stats"], ["validate"]):
            with self.subTest(command=" ".join(cmd)):
                a = peak_rss_kib([cmd[0], small, *cmd[1:], "-o", os.devnull])
                b = peak_rss_kib([cmd[0], big, *cmd[1:], "-o", os.devnull])
                self.assertLess((b - a) * 1024 / (3 * n), 200,
                                f"{' '.join(cmd)}: {a} KiB for {n} units, {b} KiB for {4 * n}")

    def test_peak_memory_of_festival(self):
        """festival reads the pipeline's index (ids, parents, kinds) and keeps no unit beside it:
        less than 120 bytes a unit (measured about 77; a kept copy of the units took about 240, the
        whole dataset about 700)."""
        n = 20000
        small, big = self.path("n.ndjson"), self.path("4n.ndjson")
        generate(small, n)
        generate(big, 4 * n)
        camp = self.path("camp.json")
        generate_campaign(camp, n)
        a = peak_rss_kib(["festival", small, camp, "-o", os.devnull])
        b = peak_rss_kib(["festival", big, camp, "-o", os.devnull])
        self.assertLess((b - a) * 1024 / (3 * n), 120, f"festival: {a} KiB for {n} units, {b} KiB for {4 * n}")

    def test_peak_memory_of_plan(self):
        """plan reads the units' ids, parents and kinds from the pipeline's index and keeps, per unit, a
        4-byte reference to a row shared by the units of one verdict and registration (a unit with a
        failed or unknown check has its own); a name only when a step may name the unit, an area's
        households in its commune's sums (alone only when a step or a target reads them); not the
        evidence nor the results: less than 130 bytes a unit when every unit is certified (measured 109
        to 114; with every unit's name and households about 153, with a kept copy of the units and a row
        each about 340, the whole dataset and its evaluation about 2,400)."""
        n = 20000
        small, big = self.path("n.ndjson"), self.path("4n.ndjson")
        generate_certified(small, n)
        generate_certified(big, 4 * n)
        camp = self.path("plan.json", json.dumps({"format": "antq-campaign", "version": 1, "festivals": [], "plans": [{
            "id": "P", "year": 2024, "targets": [
                {"id": "T1", "text": "Trên 80% khu dân cư", "metric": "share_certified",
                 "kinds": ["residential_area"], "comparison": "trên 80%"},
                {"id": "T2", "text": "100% hộ", "metric": "households_registered", "comparison": "100%"}]}]}).encode())
        out = run("plan", small, camp, "--format", "json")
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual([t["outcome"] for t in json.loads(out.stdout)["targets"]], ["pass", "pass"])
        a = peak_rss_kib(["plan", small, camp, "-o", os.devnull])
        b = peak_rss_kib(["plan", big, camp, "-o", os.devnull])
        self.assertLess((b - a) * 1024 / (3 * n), 130, f"plan: {a} KiB for {n} units, {b} KiB for {4 * n}")

    def test_peak_memory_of_report(self):
        """report keeps the results of its year only, a certified unit's as a verdict of a few bytes, never the
        evidence nor a unit record: every unit's id, parent and kind come from the pipeline's index, a listed
        unit's name from its whole result, a commune's roll-up found by a table of communes; the year before
        is tallied as its results pass (per commune, province and kind, each commune's Art. 5.4 pool), not
        kept; the results kept whole are found by a map of their units, not a slot per unit. Less than 160
        bytes a unit when every unit is certified (141 to 143 measured; 152 to 157 with an 8-byte result slot
        per unit, 222 to 227 with the year before kept per unit too, 235 to 242 with a per-unit roll-up slot
        too, with a record of every unit kept beside the index about 360, a result without checks for each
        unit and year about 810, the whole dataset and its two evaluations about 2,300)."""
        n = 20000
        small, big = self.path("n.ndjson"), self.path("4n.ndjson")
        generate_certified(small, n)
        generate_certified(big, 4 * n)
        a = peak_rss_kib(["report", small, "-o", os.devnull])
        b = peak_rss_kib(["report", big, "-o", os.devnull])
        self.assertLess((b - a) * 1024 / (3 * n), 160, f"report: {a} KiB for {n} units, {b} KiB for {4 * n}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--antq", required=True)
    ap.add_argument("--srcroot", required=True)
    ap.add_argument("--peak-rss", required=True)
    ARGS, rest = ap.parse_known_args()
    unittest.main(argv=[sys.argv[0], *rest], verbosity=1)
