"""Careless callers (issue #11): what the C side borrows lives as long as the C
object; yes/no fields take only bool/None, integers that do not fit are
refused, text with a NUL is refused; a handle used by two threads, or closed
while in use, raises instead of crashing.  Run under an ASan build of the
library too (doc/python.md, "Testing under AddressSanitizer")."""

import gc
import json
import threading
import unittest

import support
import antq
from antq import Outcome, Verdict
from test_evaluate import village


def village_line(extra):
    """The village of test_evaluate as one NDJSON record, answering extra criteria."""
    unit, ev = village(extra=extra)
    with antq.Dataset() as ds:
        ds.add(unit, ev)
        return json.dumps(ds.to_dict()["units"][0], ensure_ascii=False)


def churn():
    """Allocate and free enough small objects to reuse freed memory."""
    gc.collect()
    junk = [("x" * n).encode() for n in range(1, 4000)]
    del junk
    gc.collect()


class TestBorrowed(unittest.TestCase):
    def test_stream_keeps_its_extra_criteria_and_authority_table(self):
        """antq_stream_new() borrows the options' extra criteria and authority
        table until antq_stream_free(): the Stream keeps them (before the fix a
        local list was dropped: heap-use-after-free, or BK-01 came out
        not_applicable instead of pass)."""
        opts = antq.Options(extra=[antq.ExtraCriterion("BK-01", "Không có điểm nóng về ma túy",
                                                       "No drug hotspot", kinds=["residential_area"])],
                            authority_table=antq.authority_table())
        line = village_line({"BK-01": True})
        with antq.Stream(2024, opts, "en") as s:
            del opts
            churn()
            (out,) = s.feed(line)
            s.feed('{"id": "XA-TAN-PHONG", "kind": "commune"}')  # its parent, held back until finish()
            s.finish()
        res = json.loads(out)
        checks = {c["criterion"]: c["outcome"] for c in res["checks"]}
        self.assertEqual(checks["C124-PER-01"], "pass")
        self.assertEqual(res["verdict"], "certified")

    def test_evaluation_and_result_keep_the_authority_table(self):
        opts = antq.Options(authority_table=antq.authority_table())
        with antq.Dataset.load(support.MIXED_JSON) as ds:
            ev = ds.evaluate(2024, opts)
            r = antq.evaluate(*village(), options=opts)
            del opts
            churn()
            self.assertEqual(ev["RA-01-1"].authority.body, antq.AuthorityBody.COMMUNE_COMMITTEE)
            self.assertEqual(r.authority.body, antq.AuthorityBody.COMMUNE_COMMITTEE)
            r.close()
            ev.close()


class TestFields(unittest.TestCase):
    def test_yes_no_fields_take_only_bool_or_none(self):
        for text in ("no", "false", "không", "0", "", 0, 1, 2.0):
            with self.subTest(value=text):
                with self.assertRaises(TypeError) as cm:
                    antq.evaluate(*village(registered=text))
                self.assertIn("registered", str(cm.exception))
        unit, ev = village()
        unit.armed_forces = "không"
        with self.assertRaises(TypeError):
            antq.evaluate(unit, ev)
        with self.assertRaises(TypeError):
            antq.evaluate(*village(extra={"BK-01": "yes"}))
        with self.assertRaises(TypeError):
            antq.evaluate(*village(), options=antq.Options(deferral_is_warning="false"))
        with antq.evaluate(*village(registered=False)) as r:  # a real False is a no
            self.assertEqual(r.verdict, Verdict.NOT_CERTIFIED)

    def test_integers_that_do_not_fit_are_refused_not_wrapped(self):
        with self.assertRaises(OverflowError):  # 2**64 + 212 would become 212
            antq.evaluate(*village(households_resident=2 ** 64 + 212, households_registered=212))
        with self.assertRaises(OverflowError):
            antq.evaluate(*village(year=2 ** 32 + 2024))
        with self.assertRaises(OverflowError):
            antq.Campaign().add_festival(antq.Festival("F", "X", 2024, "commune", participants=2 ** 63))
        # inside int64: passed as is, compared exactly (one household short of 2^62 fails Art. 4.1)
        with antq.evaluate(*village(households_resident=2 ** 62, households_registered=2 ** 62 - 1)) as r:
            self.assertEqual(r.check("C124-RA-01b").outcome, Outcome.FAIL)
        with antq.evaluate(*village(households_resident=2 ** 62, households_registered=2 ** 62)) as r:
            self.assertEqual(r.verdict, Verdict.CERTIFIED)

    def test_text_with_a_nul_is_refused_not_cut(self):
        with antq.Dataset.load(support.MIXED_JSON) as ds:
            self.assertEqual(ds.find("RA-01-1"), ds.find("RA-01-1"))
            with self.assertRaises(ValueError):
                ds.find("RA-01-1\x00junk")  # was found as RA-01-1
            with self.assertRaises(ValueError):
                ds.unit("RA-01-1\x00junk")
        unit, ev = village()
        unit.name = "Thôn\x00 Phú Mỹ"
        with self.assertRaises(ValueError):
            antq.evaluate(unit, ev)

    def test_csv_switches_are_bool_only(self):
        with antq.Dataset.load(support.MIXED_JSON) as ds, ds.evaluate(2024) as ev:
            with self.assertRaises(TypeError):
                ev.to_csv(neutralise="no")
            self.assertTrue(ev.to_csv(bom=True).startswith("\ufeffunit_id,"))
            self.assertTrue(ev.to_csv(bom=False).startswith("unit_id,"))


class TestThreads(unittest.TestCase):
    def test_close_while_in_use_raises(self):
        """A call in progress in another thread (held here at a known point)
        makes close() and a change of the dataset raise BusyError."""
        ds = antq.Dataset.load(support.MIXED_JSON)
        ev = ds.evaluate(2024)
        inside, release = threading.Event(), threading.Event()

        def reader():
            taken = ev._enter(False)  # what every public method does around its C calls
            inside.set()
            release.wait()
            ev._leave(taken)

        t = threading.Thread(target=reader)
        t.start()
        inside.wait()
        try:
            with self.assertRaises(antq.BusyError):
                ev.close()
            with self.assertRaises(antq.BusyError):
                ds.close()  # the evaluation borrows from it
            with self.assertRaises(antq.BusyError):
                ds.add_json({"id": "NEW", "kind": "commune"})  # would move the units the reader reads
            self.assertEqual(len(ds), 17)  # reading alongside is allowed
            self.assertFalse(ev.closed)
        finally:
            release.set()
            t.join()
        ds.close()
        self.assertTrue(ev.closed)
        with self.assertRaises(antq.ClosedError):
            len(ev)

    def test_a_stream_shared_by_two_threads_raises_instead_of_crashing(self):
        with antq.Stream(2024) as s:
            inside, release = threading.Event(), threading.Event()

            def feeder():
                taken = s._enter(True)
                inside.set()
                release.wait()
                s._leave(taken)

            t = threading.Thread(target=feeder)
            t.start()
            inside.wait()
            try:
                with self.assertRaises(antq.BusyError):
                    s.feed(village_line({}))
                with self.assertRaises(antq.BusyError):
                    s.close()
            finally:
                release.set()
                t.join()
            self.assertEqual(len(s.feed(village_line({}))), 1)

    def test_thread_and_close_stress(self):
        """Threads evaluate, write and stream while others close the handles:
        every call either works or raises ClosedError/BusyError; nothing
        crashes (run it under ASan to see no use-after-free)."""
        line = village_line({})
        expected = antq.Dataset.load(support.MIXED_JSON)
        want = expected.evaluate(2024).write("ndjson")
        expected.close()
        for _ in range(20):
            ds = antq.Dataset.load(support.MIXED_JSON)
            ev = ds.evaluate(2024)
            stream = antq.Stream(2024)
            outcomes = []
            errors = []
            start = threading.Barrier(6)

            def use(fn):
                start.wait()
                for _ in range(30):
                    try:
                        outcomes.append(fn())
                    except (antq.ClosedError, antq.BusyError):
                        outcomes.append(None)
                    except BaseException as exc:  # anything else is a failure
                        errors.append(exc)

            def closer(h):
                start.wait()
                for _ in range(30):
                    try:
                        h.close()
                        return
                    except antq.BusyError:
                        pass

            def write():
                text = ev.write("ndjson")
                self.assertEqual(text, want)
                return text

            threads = [threading.Thread(target=use, args=(write,)),
                       threading.Thread(target=use, args=(lambda: ds.evaluate(2024).close(),)),
                       threading.Thread(target=use, args=(lambda: stream.feed(line),)),
                       threading.Thread(target=use, args=(lambda: stream.feed(line),)),
                       threading.Thread(target=closer, args=(ds,)),
                       threading.Thread(target=closer, args=(stream,))]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            self.assertEqual(errors, [])
            ds.close()
            stream.close()
            self.assertTrue(ev.closed and stream.closed)


if __name__ == "__main__":
    unittest.main()
