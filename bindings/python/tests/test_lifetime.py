"""Handles free their C memory deterministically (close, with) and on garbage
collection, never twice, and refuse to be used once closed."""

import gc
import os
import unittest
import weakref

import support
import antq
from test_evaluate import village


def rss_kib():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


class TestClose(unittest.TestCase):
    def test_result_close_and_with(self):
        r = antq.evaluate(*village())
        self.assertFalse(r.closed)
        r.close()
        r.close()  # idempotent: no double free
        self.assertTrue(r.closed)
        for use in (lambda: r.verdict, lambda: r.checks, lambda: r.explain("en"), lambda: r.to_json()):
            with self.assertRaises(antq.ClosedError):
                use()
        with self.assertRaises(antq.ClosedError):
            with r:
                pass
        with antq.evaluate(*village()) as r2:
            facts = r2.checks[1].facts
        self.assertTrue(r2.closed)
        self.assertEqual(facts[0].value, 212)       # copied values survive the close
        with self.assertRaises(antq.ClosedError):  # text needs the C record
            facts[0].text("en")
        self.assertEqual(repr(r2), "<antq.Result closed>")

    def test_dataset_close_closes_evaluation_and_results(self):
        ds = antq.Dataset.load(support.MIXED_JSON)
        ev = ds.evaluate()
        r = ev["RA-01-1"]
        self.assertEqual(r.verdict, antq.Verdict.CERTIFIED)
        ds.close()
        self.assertTrue(ev.closed)
        self.assertTrue(r.closed)
        for use in (lambda: len(ds), lambda: ds.evaluate(), lambda: len(ev), lambda: ev.write(),
                    lambda: r.verdict, lambda: ds.to_json()):
            with self.assertRaises(antq.ClosedError):
                use()
        ev.close()
        ds.close()

    def test_borrowed_result_close_does_not_free(self):
        with antq.Dataset.load(support.MIXED_JSON) as ds, ds.evaluate() as ev:
            r = ev[0]
            r.close()  # only detaches the Python object
            self.assertTrue(r.closed)
            self.assertEqual(ev[0].unit_id, "CW-01")

    def test_evaluation_keeps_dataset_alive(self):
        ds = antq.Dataset.load(support.MIXED_JSON)
        ref = weakref.ref(ds)
        ev = ds.evaluate()
        del ds
        gc.collect()
        self.assertIsNotNone(ref())  # the evaluation holds it
        self.assertEqual(len(ev.write("ndjson").splitlines()), 17)
        results = list(ev)
        del ev
        gc.collect()
        self.assertIsNotNone(ref())  # so do the borrowed results
        self.assertEqual(results[2].verdict, antq.Verdict.CERTIFIED)
        del results
        gc.collect()
        self.assertIsNone(ref())  # and then everything is freed

    def test_freed_as_soon_as_unreferenced(self):
        """No reference cycles: dropping the last reference frees at once, without the cycle collector."""
        makers = [lambda: antq.Dataset.load(support.MIXED_JSON), lambda: antq.evaluate(*village()),
                  lambda: antq.Stream(2024), lambda: antq.Dataset()]
        if antq._lib.lib.has("antq_campaign_new"):
            makers.append(antq.Campaign)
        gc.disable()
        try:
            for make in makers:
                obj = make()
                ref = weakref.ref(obj)
                del obj
                self.assertIsNone(ref(), f"{ref} still alive: a reference cycle")
            ds = antq.Dataset.load(support.MIXED_JSON)
            refs = [weakref.ref(ds)]
            ev = ds.evaluate()
            refs.append(weakref.ref(ev))
            r = ev[0]
            refs.append(weakref.ref(r))
            _ = r.checks[0].facts
            del ds, ev, r, _
            self.assertEqual([x() for x in refs], [None, None, None])
        finally:
            gc.enable()

    def test_gc_frees_without_close(self):
        for _ in range(50):
            ds = antq.Dataset.load(support.MIXED_JSON)
            ev = ds.evaluate()
            _ = [r.verdict for r in ev]
            r = antq.evaluate(*village())
            del ds, ev, r
        gc.collect()

    def test_no_leak_in_loops(self):
        """Memory stays flat over many load/evaluate/free cycles, closed or collected."""
        if "asan" in os.environ.get("LD_PRELOAD", ""):
            self.skipTest("AddressSanitizer keeps freed memory in quarantine: RSS is not meaningful")
        with open(support.MIXED_JSON, "rb") as f:
            data = f.read()

        def cycle(explicit):
            ds = antq.Dataset.load(data)
            ev = ds.evaluate()
            text = ev.write("json")
            r = antq.evaluate(*village(households_registered=200))
            r.explain("en")
            if explicit:
                r.close()
                ev.close()
                ds.close()
            return len(text)

        for _ in range(50):  # warm up allocator pools
            cycle(True)
            cycle(False)
        gc.collect()
        before = rss_kib()
        for _ in range(400):
            cycle(True)
            cycle(False)
        gc.collect()
        grown = rss_kib() - before
        self.assertLess(grown, 8 * 1024, f"RSS grew by {grown} KiB over 800 cycles")

    def test_stream_close(self):
        s = antq.Stream(2024)
        s.close()
        s.close()
        with self.assertRaises(antq.ClosedError):
            s.feed("{}")


class TestCampaignLifetime(unittest.TestCase):
    def setUp(self):
        support.require_plan()

    def test_scorecard_keeps_campaign_alive_and_closes_with_it(self):
        from test_plan import make_campaign
        ds = antq.Dataset.load(support.MIXED_JSON)
        c = make_campaign()
        ref = weakref.ref(c)
        sc = c.evaluate(0, ds)
        del c
        gc.collect()
        self.assertIsNotNone(ref())
        self.assertEqual(sc.plan.id, "KH-TEST")
        camp = ref()
        camp.close()
        self.assertTrue(sc.closed)
        with self.assertRaises(antq.ClosedError):
            sc.targets
        with self.assertRaises(antq.ClosedError):
            camp.plans
        sc.close()
        ds.close()


if __name__ == "__main__":
    unittest.main()
