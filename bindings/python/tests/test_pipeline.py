"""antq.Pipeline: one ingestion path for a document, NDJSON lines and a Dataset,
with the same checks, years and verdicts as Dataset.evaluate()."""

import unittest

import support
import antq


def verdicts(results):
    return {(r["unit"], r["year"]): r["verdict"] for r in results}


class TestPipeline(unittest.TestCase):
    def setUp(self):
        with open(support.MIXED_JSON, "rb") as f:
            self.doc = f.read()
        with open(support.MIXED_NDJSON, "rb") as f:
            self.lines = f.read()

    def test_document_lines_and_dataset_give_the_evaluations_verdicts(self):
        with antq.Dataset.load(self.doc) as ds:
            year = ds.year or ds.latest_year
            with ds.evaluate(year) as ev:
                expected = {(r.unit_id, year): antq.verdict_name(r.verdict) for r in ev}
            with antq.Pipeline(year=year) as p:
                self.assertEqual(verdicts(p.run_dataset(ds)), expected)
        with antq.Pipeline(year=year) as p:
            self.assertEqual(verdicts(p.run(self.doc)), expected)
            self.assertEqual(p.years[-1][0], year)
        with antq.Pipeline(year=year) as p:
            self.assertEqual(verdicts(p.run(self.lines, ndjson=True)), expected)

    def test_a_repeated_line_is_a_duplicate(self):
        first = self.lines.split(b"\n")[0]
        with antq.Pipeline() as p:
            with self.assertRaises(antq.DuplicateError) as cm:
                p.run(self.lines.rstrip(b"\n") + b"\n" + first + b"\n", ndjson=True)
        self.assertTrue(cm.exception.path.endswith("/id"))

    def test_taken_units_are_the_document_units_without_keeping_them(self):
        """taken_units(): every unit's id, parent and kind from the pipeline's index, nothing kept; the
        document's province and issuer."""
        with antq.Dataset.load(support.SAMPLE_JSON) as ds, open(support.SAMPLE_JSON, "rb") as f:
            with antq.Pipeline(check_only=True) as p:
                p.run(f.read())
                self.assertIsNone(p.units)
                self.assertEqual(p.taken_units(), [(u.id, u.parent_id, u.kind) for u in ds])
                self.assertIsNotNone(p.province)
                self.assertEqual((p.province, p.issuer), (ds.province, ds.issuer))

    def test_kept_units_give_the_festival_coverage_of_the_whole_dataset(self):
        """keep_units: the units of a stream without their evidence, enough for the festival coverage."""
        with open(support.SAMPLE_NDJSON, "rb") as f:
            lines = f.read()
        with antq.Campaign.load(support.CAMPAIGN) as camp, antq.Dataset.load(support.SAMPLE_JSON) as ds:
            expected = camp.festival_coverage(ds, 2024)
            with antq.Pipeline(check_only=True, keep_units=True) as p:
                self.assertEqual(p.run(lines, ndjson=True), [])
                units = p.units
                self.assertEqual([u.id for u in units], [u.id for u in ds])
                self.assertIsNone(units.evidence(0, 2024))
                self.assertEqual(camp.festival_coverage(units, 2024), expected)
                with self.assertRaises(TypeError):
                    units.add(antq.Unit(id="X", kind="commune"))
            with self.assertRaises(antq.ClosedError):
                len(units)
        with antq.Pipeline() as p:
            self.assertIsNone(p.units)

    def test_a_pipeline_gives_the_festival_coverage_without_keeping_its_units(self):
        """Campaign.festival_coverage(pipeline) and .check(pipeline) read the pipeline's index of the units
        (antq_festival_coverage_compute_pipeline(), antq_campaign_check_pipeline()): the figures of the
        whole dataset; a host the stream does not have is refused."""
        with open(support.SAMPLE_NDJSON, "rb") as f:
            lines = f.read()
        with antq.Campaign.load(support.CAMPAIGN) as camp, antq.Dataset.load(support.SAMPLE_JSON) as ds:
            expected = camp.festival_coverage(ds, 2024)
            with antq.Pipeline(check_only=True) as p:
                self.assertEqual(p.run(lines, ndjson=True), [])
                self.assertIsNone(p.units)
                camp.check(p)
                self.assertEqual(camp.festival_coverage(p, 2024), expected)
            with antq.Pipeline(check_only=True) as p:  # one commune: the other communes' festivals have no host
                self.assertEqual(p.run(lines.split(b"\n")[0] + b"\n", ndjson=True), [])
                with self.assertRaises(antq.NotFoundError):
                    camp.check(p)

    def test_kept_results_are_the_evaluation_of_the_dataset(self):
        """keep_results="open": the results a report shows, without the evidence; the same verdicts as
        Dataset.evaluate(), whole results for what is not certified."""
        with antq.Dataset.load(self.doc) as ds, ds.evaluate(2024) as ev:
            expected = {r.unit_id: r.verdict for r in ev}
            with antq.Pipeline(year=2024, keep_results="open") as p:
                p.run(self.doc)  # the document's options: the NDJSON lines carry none
                kept = p.evaluation(2024)
                self.assertIsNone(p.evaluation(2023))
                # a certified unit is kept as a verdict only: read without building its result
                self.assertEqual({uid: kept.verdict(uid) for uid in expected}, expected)
                self.assertEqual({uid: kept.registered(uid) for uid in expected},
                                 {r.unit_id: r.registered for r in ev})
                self.assertEqual(kept.verdicts(), expected)
                self.assertEqual({r.unit_id: r.verdict for r in kept}, expected)
                for r in kept:
                    if r.verdict not in (antq.Verdict.CERTIFIED, antq.Verdict.NOT_ELIGIBLE):
                        self.assertEqual(r.to_json(), ev[r.unit_id].to_json())
            with self.assertRaises(antq.ClosedError):
                len(kept)

    def test_latest_keeps_the_latest_year_only(self):
        """keep_results="latest" with the year before evaluated: the latest year is kept as "open" keeps it,
        the year before is not kept (its results still pass)."""
        with antq.Pipeline(year=2024, with_previous=True, keep_results="open") as p:
            p.run(self.doc)
            expected = p.evaluation(2024).verdicts()
            self.assertIsNotNone(p.evaluation(2023))
        with antq.Pipeline(year=2024, with_previous=True, keep_results="latest") as p:
            results = p.run(self.doc)
            self.assertIsNone(p.evaluation(2023))
            self.assertEqual(p.evaluation(2024).verdicts(), expected)
        self.assertEqual(sorted({r["year"] for r in results}), [2023, 2024])

    def test_every_year_in_one_pass(self):
        with antq.Pipeline(year="all") as p:
            results = p.run(self.doc)
            years = [y for y, _ in p.years]
        self.assertEqual(sorted({r["year"] for r in results}), years)
        with antq.Pipeline(year=years[0]) as one:
            one.run(self.doc)
            self.assertEqual(one.evidence_years, years)  # every year seen, not only the one chosen
        for y in years:
            with antq.Pipeline(year=y) as one:
                self.assertEqual(verdicts(one.run(self.doc)), {k: v for k, v in verdicts(results).items() if k[1] == y})

    def test_a_plan_scored_from_the_stream_is_the_plans_scorecard(self):
        """plan=(campaign, plan): the scorecard from the results as they pass (NDJSON and the document) is
        the one Campaign.evaluate() gives from the loaded dataset and its evaluation, in both languages."""
        import os
        data = os.path.join(support.SOURCE_ROOT, "data")
        with open(os.path.join(data, "sample-province.ndjson"), "rb") as f:
            lines = f.read()
        with open(os.path.join(data, "sample-province.json"), "rb") as f:
            doc = f.read()
        with antq.Dataset.load(doc) as ds, antq.Campaign.load(os.path.join(data, "campaign-2024.json")) as c:
            with ds.evaluate(2024) as ev, c.evaluate(0, ds, ev) as expected:
                want = {lang: expected.json(lang) for lang in ("vi", "en")}
                targets = [t.outcome for t in expected.targets]
            for source, ndjson in ((lines, True), (doc, False)):
                with antq.Pipeline(plan=(c, c.plans[0].id)) as p:
                    p.run(source, ndjson=ndjson)
                    self.assertEqual([y for y, _ in p.years][-1], 2024)
                    sc = p.scorecard()
                    self.assertEqual({lang: sc.json(lang) for lang in ("vi", "en")}, want)
                    self.assertEqual([t.outcome for t in sc.targets], targets)
                self.assertTrue(sc.closed)  # closing the pipeline closed the scorecard that borrows its units
            with self.assertRaises(ValueError):
                antq.Pipeline(year="all", plan=(c, 0))
        with antq.Pipeline() as p:
            with self.assertRaises(ValueError):
                p.scorecard()

    def test_options_in_force(self):
        """options: the given ones, else the document's, else the defaults."""
        given = antq.Options(trend_mode=antq.TrendMode.STRICTLY_REDUCED)
        with antq.Pipeline(options=given) as p:
            p.run(self.doc)
            self.assertEqual(p.options.trend_mode, antq.TrendMode.STRICTLY_REDUCED)
        with antq.Pipeline() as p:
            self.assertEqual(p.options, antq.Options.defaults())


if __name__ == "__main__":
    unittest.main()
