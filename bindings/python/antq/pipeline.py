"""The ingestion pipeline (opaque ``antq_pipeline``, include/antq/pipeline.h).

The same path from input to results as the ``antq`` tool: a whole document,
NDJSON lines or a Dataset get the same checks (duplicate ids, missing parent,
wrong parent kind, cycles), the same choice of years and options, and the same
evaluation.  Each result arrives as a dict (the JSON object that
``antq_result_write_json()`` writes; ``"year"`` names its year)."""

import ctypes
import json
from ctypes import byref, c_size_t

from ._handle import Handle
from ._lib import antq_record_fn, antq_result_fn, lib
from ._structs import antq_error, antq_pipeline, antq_pipeline_config, antq_plan_tally, antq_scorecard
from ._util import check, date_c, lang_c, source_bytes
from .dataset import Dataset, Evaluation
from .enums import KeepResults, Kind, LoadFlags, Status, coerce
from .model import Options, options_c
from .plan import Scorecard



class Pipeline(Handle):
    """One run over one input.

    ``year``: one year, a ``(first, last)`` range, ``"all"`` (every year with
    evidence) or None (the year rule: the options' year, else the latest year
    of the first unit with evidence).  ``options`` (an Options) replaces the
    document's, ``options_year`` is the year that came with them and ``as_of``
    replaces the decision date.  ``feed(line)`` and ``finish()`` return the
    results that became ready; ``run(source)`` runs a whole document or NDJSON
    text and returns every result.  With ``keep_units``, ``units`` is then the
    Dataset of the units read, without their evidence
    (antq_pipeline_keep_units()); a Campaign's festival coverage and check
    take the Pipeline itself (its index of the units), with nothing kept.

    ``plan=(campaign, plan)`` (a plan index or id) scores that plan from the
    results as they pass (antq_plan_tally_new() and antq_plan_tally_add(), fed
    by the pipeline's record callback): ``year`` is then one year or None (the
    plan's year); the pipeline evaluates the years antq_plan_years() names and
    the tally reads the units from its index (nothing kept); ``scorecard()``
    gives the Scorecard after finish() or run(), as ``antq plan`` computes it,
    without holding the evidence."""

    _free = "antq_pipeline_free"

    def __init__(self, year=None, options=None, options_year=0, as_of=None, keep_unknown=False,
                 with_previous=False, check_only=False, lang="vi", keep_units=False, keep_results=None, plan=None):
        cfg = antq_pipeline_config()
        lib.antq_pipeline_config_init(byref(cfg))
        self._plan = None
        if plan is not None:
            if year == "all" or isinstance(year, (tuple, list)):
                raise ValueError("a Pipeline that scores a plan evaluates one year (or None: the plan's year)")
            campaign, which = plan
            index = campaign._plan_index(which)
            tally_year = int(year) if year is not None else 0
            n = lib.antq_plan_years(None, 0, campaign._p(), index, tally_year)
            years = (ctypes.c_int * max(n, 1))()
            lib.antq_plan_years(years, n, campaign._p(), index, tally_year)
            year = (years[0], years[n - 1])
            self._plan = {"campaign": campaign, "index": index, "year": tally_year, "tally": None}
        if year == "all":
            cfg.all_years = 1
        elif isinstance(year, (tuple, list)):
            cfg.year_from, cfg.year_to = int(year[0]), int(year[1])
        elif year is not None:
            cfg.year_from = int(year)
        self._keep = []
        opts = options_c(options, self._keep)
        if opts is not None:
            cfg.options = ctypes.cast(opts, type(cfg.options))
        cfg.options_year = int(options_year or 0)
        cfg.decision_date = date_c(as_of) if as_of is not None else 0
        cfg.load_flags = int(LoadFlags.KEEP_UNKNOWN) if keep_unknown else 0
        cfg.with_previous = 1 if with_previous else 0
        cfg.check_only = 1 if check_only else 0
        self._cfg = cfg
        self._state = state = {"results": [], "error": None}
        language = lang_c(lang)

        def on_result(result, _unit, _rollup, _userdata):
            try:
                out = ctypes.c_void_p()
                rc = lib.antq_result_write_json(byref(out), result, language, None)
                if rc != 0:
                    return int(Status.ENOMEM)
                try:
                    state["results"].append(json.loads(ctypes.string_at(out.value).decode("utf-8")))
                finally:
                    lib.antq_free(out)
                return 0
            except BaseException as exc:  # never let an exception cross C
                state["error"] = exc
                return 1

        self._cb = antq_result_fn(on_result)  # kept alive as long as the pipeline
        self._record_cb = None
        if self._plan is not None:
            self._record_cb = antq_record_fn(self._on_record)
            cfg.on_record = ctypes.cast(self._record_cb, ctypes.c_void_p)
        out = ctypes.POINTER(antq_pipeline)()
        err = antq_error()
        check(lib.antq_pipeline_new(byref(out), byref(cfg), self._cb, None, byref(err)), err)
        # an Evaluation reads its units (ids, names) from its Dataset: keep_results keeps them too
        if (keep_units or keep_results is not None) and lib.antq_pipeline_keep_units(out, byref(err)) != 0:
            lib.antq_pipeline_free(out)
            check(err.code, err)
        if keep_results is not None and lib.antq_pipeline_keep_results(
                out, int(coerce(KeepResults, keep_results)), byref(err)) != 0:
            lib.antq_pipeline_free(out)
            check(err.code, err)
        super().__init__(out)
        self._line_no = 0

    def _on_record(self, result, unit, evidence, rollup, _userdata):
        """The record callback of a Pipeline that scores a plan: each result into the tally, made at the first
        (the options and the units are the pipeline's then)."""
        try:
            plan = self._plan
            err = antq_error()
            if plan["tally"] is None:
                plan["tally"] = _PlanTally.new(self, plan)
            check(lib.antq_plan_tally_add(plan["tally"]._p(), result, unit, evidence, rollup, byref(err)), err)
            return 0
        except BaseException as exc:  # never let an exception cross C
            self._state["error"] = exc
            return 1

    def scorecard(self, as_of=None):
        """The Scorecard of the plan given as ``plan=`` (antq_plan_tally_finish()), from the results read so far:
        call it after finish() or run().  ``as_of``: the date tasks are judged on (None: 31 December of the
        plan's year).  It borrows this pipeline's units and the campaign: closing either closes it."""
        if self._plan is None:
            raise ValueError("this Pipeline was not given a plan (plan=(campaign, plan))")
        plan = self._plan
        if plan["tally"] is None:
            plan["tally"] = _PlanTally.new(self, plan)
        out = ctypes.POINTER(antq_scorecard)()
        err = antq_error()
        check(lib.antq_plan_tally_finish(byref(out), plan["tally"]._p(), date_c(as_of) if as_of is not None else 0,
                                         byref(err)), err)
        sc = Scorecard(out, plan["campaign"], self)
        plan["campaign"]._dependants.add(sc)
        self._dependants.add(sc)
        return sc

    @property
    def options(self):
        """The options in force (antq_pipeline_options()): the given ones, else the document's, else the
        defaults; a copy (Options)."""
        return Options._from_c(lib.antq_pipeline_options(self._p()).contents)

    def _drain(self):
        state = self._state
        if state["error"] is not None:
            exc, state["error"] = state["error"], None
            raise exc
        out, state["results"] = state["results"], []
        return out

    def feed(self, line, line_no=None):
        """Feed one NDJSON line; returns the results that became ready."""
        raw = source_bytes(line).rstrip(b"\n")
        self._line_no = self._line_no + 1 if line_no is None else line_no
        err = antq_error()
        rc = lib.antq_pipeline_feed_line(self._p(), raw, len(raw), self._line_no, byref(err))
        results = self._drain()
        check(rc, err)
        return results

    def finish(self):
        """End of input: the dataset-wide checks, then the held-back results."""
        err = antq_error()
        rc = lib.antq_pipeline_finish(self._p(), byref(err))
        results = self._drain()
        check(rc, err)
        return results

    def run(self, source, ndjson=False):
        """Run a whole input (str or bytes): a dataset document, or NDJSON
        lines when @p ndjson; returns every result."""
        buf = source_bytes(source)
        if ndjson:
            results = []
            for line_no, line in enumerate(buf.split(b"\n"), start=1):
                results += self.feed(line, line_no)
            return results + self.finish()
        err = antq_error()
        rc = lib.antq_pipeline_run_json(self._p(), buf, len(buf), byref(err))
        results = self._drain()
        check(rc, err)
        return results

    def run_dataset(self, dataset):
        """Run a Dataset (loaded or built with add()) through the pipeline; returns every result."""
        err = antq_error()
        rc = lib.antq_pipeline_run_dataset(self._p(), dataset._p(), byref(err))
        results = self._drain()
        check(rc, err)
        return results

    @property
    def units(self):
        """The units read so far without their evidence (a Dataset that borrows
        from this pipeline: valid while it is open), or None without
        ``keep_units``.  Complete once finish() or run() has returned."""
        ptr = lib.antq_pipeline_units(self._p())
        return KeptUnits(ptr, self) if ptr else None

    def evaluation(self, year):
        """The results kept for @p year (``keep_results``: ``"all"``, or ``"open"`` for whole results of the
        communes and the units not certified only, or ``"latest"``: as ``"open"`` for the latest year and
        nothing of the years before it), as an Evaluation over ``units`` (kept with the results) that
        borrows from this pipeline; None before finish() or for a year not evaluated or not kept."""
        ptr = lib.antq_pipeline_evaluation(self._p(), int(year))
        return _KeptEvaluation(ptr, self) if ptr else None

    @property
    def years(self):
        """[(year, units with evidence for it)] in ascending order."""
        out = []
        n = c_size_t()
        for i in range(lib.antq_pipeline_year_count(self._p())):
            y = lib.antq_pipeline_year(self._p(), i, byref(n))
            out.append((y, n.value))
        return out

    @property
    def evidence_years(self):
        """Every year that units read so far had evidence for, chosen or not, ascending."""
        n = lib.antq_pipeline_evidence_years(None, 0, self._p())
        years = (ctypes.c_int * max(n, 1))()
        lib.antq_pipeline_evidence_years(years, n, self._p())
        return list(years[:n])

    @property
    def unit_count(self):
        """Units read that passed their checks."""
        return lib.antq_pipeline_unit_count(self._p())

    def taken_units(self):
        """[(id, parent id or None, Kind)] of every unit read that passed its checks, in input order: the
        pipeline's own index (antq_pipeline_unit_id(), _parent(), _kind()), with or without ``keep_units``."""
        p = self._p()
        out = []
        for i in range(lib.antq_pipeline_unit_count(p)):
            parent = lib.antq_pipeline_unit_parent(p, i)
            out.append((lib.antq_pipeline_unit_id(p, i).decode("utf-8"), parent.decode("utf-8") if parent else None,
                        Kind(lib.antq_pipeline_unit_kind(p, i))))
        return out

    @property
    def province(self):
        """The province a whole document names (antq_pipeline_province()); None for a stream."""
        s = lib.antq_pipeline_province(self._p())
        return s.decode("utf-8") if s else None

    @property
    def issuer(self):
        """The issuing body a whole document names (antq_pipeline_issuer()); None for a stream."""
        s = lib.antq_pipeline_issuer(self._p())
        return s.decode("utf-8") if s else None

    def __repr__(self):
        return "<antq.Pipeline closed>" if self.closed else f"<antq.Pipeline {self.unit_count} units>"


class _PlanTally(Handle):
    """A plan's tally (opaque ``antq_plan_tally``) fed by a Pipeline: it borrows the pipeline (its index of
    the units) and the campaign, so closing either closes it first."""

    _free = "antq_plan_tally_free"

    @classmethod
    def new(cls, pipeline, plan):
        out = ctypes.POINTER(antq_plan_tally)()
        err = antq_error()
        p = pipeline._ptr  # inside a call of the pipeline: its pointer is valid
        check(lib.antq_plan_tally_new(byref(out), plan["campaign"]._p(), plan["index"], plan["year"], p,
                                      lib.antq_pipeline_options(p), byref(err)), err)
        tally = cls(out, pipeline)
        plan["campaign"]._dependants.add(tally)
        return tally


class KeptUnits(Dataset):
    """The units a Pipeline kept (antq_pipeline_units()): a read-only Dataset
    owned by the pipeline, never freed here; closing the pipeline closes it."""

    _free = None

    def __init__(self, ptr, pipeline):
        Handle.__init__(self, ptr, owner=pipeline)

    def add(self, *args, **kwargs):
        """Refused: the pipeline owns these units."""
        raise TypeError("the units a Pipeline kept are read only")

    def add_json(self, *args, **kwargs):
        """Refused: the pipeline owns these units."""
        raise TypeError("the units a Pipeline kept are read only")


class _KeptEvaluation(Evaluation):
    """An Evaluation owned by its Pipeline (antq_pipeline_evaluation()): never freed here."""

    _free = None

    def __init__(self, ptr, pipeline):
        Handle.__init__(self, ptr, owner=pipeline)
        self.dataset = pipeline.units

