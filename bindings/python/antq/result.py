"""Evaluating one unit: evaluate(), Result, Check, Fact, Rollup."""

import ctypes
import datetime
import json
from ctypes import POINTER, byref
from dataclasses import dataclass
from typing import List, Optional

from ._handle import Handle
from ._lib import lib
from ._structs import antq_error, antq_event, antq_fact, antq_result, antq_rollup
from ._util import call_text, check, date_py, dec, enc, enum_py, lang_c, tri_py
from .enums import CriterionRole, DelegationIssue, EventKind, FactKind, Format, Kind, Level, Op, Outcome, Role, Verdict, coerce
from .model import AuthorityRule, Criterion, Delegation, Evidence, Ruleset, Unit, _array, options_c


def verdict_name(verdict):
    return dec(lib.antq_verdict_name(int(verdict)))


def outcome_name(outcome):
    return dec(lib.antq_outcome_name(int(outcome)))


def fact_kind_name(kind):
    return dec(lib.antq_fact_kind_name(int(kind)))


class Fact:
    """One compared fact of a check (values copied from ``antq_fact``).

    ``value``, ``total`` and ``gap`` are None where the C record says -1
    (unknown / none / not numeric); ``missing`` names the missing evidence
    field when the outcome is UNKNOWN.  :meth:`text` needs the result open."""

    __slots__ = ("kind", "outcome", "op", "detail", "value", "total", "threshold_num", "threshold_den",
                 "gap", "date", "level", "missing", "subject", "_result", "_addr")

    def __init__(self, result, ptr):
        f = ptr.contents
        self._result = result
        self._addr = ctypes.addressof(f)
        self.kind = enum_py(FactKind, f.kind)
        self.outcome = Outcome(f.outcome)
        self.op = enum_py(Op, f.op) or Op.NONE
        self.detail = f.detail
        self.value = None if f.value == -1 else f.value
        self.total = None if f.total == -1 else f.total
        self.threshold_num = f.threshold_num
        self.threshold_den = f.threshold_den
        self.gap = None if f.gap == -1 else f.gap
        self.date = date_py(f.date)
        self.level = f.level
        self.missing = dec(f.missing)
        self.subject = dec(f.subject)

    @property
    def kind_name(self):
        """Stable name of the fact kind ("households_registered" ...)."""
        return fact_kind_name(self.kind)

    @property
    def detail_enum(self):
        """``detail`` as an enum where it has one: EventKind for EVENTS, Role for DISCIPLINED."""
        if self.kind in (FactKind.EVENTS, FactKind.EXTRA_EVENTS):
            return enum_py(EventKind, self.detail)
        if self.kind == FactKind.DELEGATION:
            return DelegationIssue(self.detail)
        if self.kind == FactKind.DISCIPLINED:
            return enum_py(Role, self.detail)
        return self.detail

    def text(self, lang="vi"):
        """antq_fact_describe(): one sentence stating the fact and the requirement."""
        self._result._p()
        return call_text(lib.antq_fact_describe, ctypes.cast(self._addr, POINTER(antq_fact)), lang_c(lang))

    def __repr__(self):
        return (f"Fact({self.kind_name}, {self.outcome.name}, value={self.value}, total={self.total}, "
                f"gap={self.gap}, missing={self.missing!r})")


class Check:
    """The check of one criterion: the catalogue row, the outcome, the facts."""

    __slots__ = ("criterion", "outcome", "facts")

    def __init__(self, result, ptr):
        c = ptr.contents
        self.criterion: Criterion = Criterion._from_c(c.criterion)
        self.outcome = Outcome(c.outcome)
        self.facts: List[Fact] = [Fact(result, ctypes.pointer(c.facts[i])) for i in range(c.n_facts)]

    @property
    def id(self):
        return self.criterion.id

    @property
    def citation(self):
        return self.criterion.citation

    def citation_text(self, lang="vi"):
        return self.criterion.citation.text(lang)

    def __repr__(self):
        return f"Check({self.criterion.id}, {self.outcome.name}, {len(self.facts)} facts)"


@dataclass
class CommunePool:
    """A commune's Art. 5.4 pool as the evaluator counted it (``antq_commune_pool``).
    ``share_tenths`` is the certified share in tenths of a percent as shown
    (None for an empty pool); ``meets`` is True, False or None (undecided)."""
    residential_only: bool
    pool: int
    registered: int
    certified: int
    undetermined: int
    uncertain: int
    uncertain_certified: int
    uncertain_undetermined: int
    share_tenths: Optional[int]
    threshold_num: int
    threshold_den: int
    meets: Optional[bool]

    @classmethod
    def _from_c(cls, p):
        return cls(residential_only=bool(p.residential_only), pool=p.pool, registered=p.registered,
                   certified=p.certified, undetermined=p.undetermined, uncertain=p.uncertain,
                   uncertain_certified=p.uncertain_certified, uncertain_undetermined=p.uncertain_undetermined,
                   share_tenths=None if p.share_tenths < 0 else p.share_tenths, threshold_num=p.threshold_num,
                   threshold_den=p.threshold_den, meets=tri_py(p.meets))


class Rollup:
    """The roll-up of a commune's members (``antq_rollup``), Art. 5.4.

    Build one with ``Rollup(commune_id)`` and :meth:`add` each member, then pass
    it to evaluate(); or read the one an Evaluation computed."""

    _COUNTS = [name for name, _ in antq_rollup._fields_ if name not in ("size", "reserved0", "commune_id", "reserved")]

    def __init__(self, commune_id):
        self._id = enc(commune_id)
        self._c = antq_rollup()
        lib.antq_rollup_init(byref(self._c), self._id)

    @classmethod
    def _from_c(cls, r):
        self = cls.__new__(cls)
        self._id = r.commune_id
        self._c = antq_rollup()
        ctypes.pointer(self._c)[0] = r
        self._c.commune_id = self._id
        return self

    def add(self, member, evidence=None, result=None):
        """antq_rollup_add(): count one member (Unit, Evidence, Result or None)."""
        keep = []
        u = member._to_c(keep)
        ev = evidence._to_c(keep) if evidence is not None else None
        r = result._p() if result is not None else None
        err = antq_error()
        check(lib.antq_rollup_add(byref(self._c), byref(u), byref(ev) if ev is not None else None, r, byref(err)), err)

    @property
    def commune_id(self):
        return dec(self._id)

    def __getattr__(self, name):
        if name in Rollup._COUNTS:
            return getattr(self._c, name)
        raise AttributeError(name)

    def as_dict(self):
        d = {"commune_id": self.commune_id}
        d.update({k: getattr(self._c, k) for k in Rollup._COUNTS})
        return d

    def __repr__(self):
        return f"Rollup({self.as_dict()})"


class Result(Handle):
    """The result of evaluating one unit (opaque ``antq_result``).

    Owned when made by :func:`evaluate` (freed by close()/with/GC); borrowed
    when it comes from an :class:`~antq.dataset.Evaluation` (valid while the
    evaluation is open, which it keeps alive)."""

    _free = "antq_result_free"

    def __init__(self, ptr, owner=None, borrowed=None):
        super().__init__(ptr, owner, borrowed)
        if owner is not None:
            self._free = None  # borrowed

    # ---- scalar accessors
    @property
    def verdict(self) -> Verdict:
        return Verdict(lib.antq_result_verdict(self._p()))

    @property
    def verdict_name(self):
        return verdict_name(self.verdict)

    @property
    def unit_id(self):
        return dec(lib.antq_result_unit_id(self._p()))

    @property
    def unit_name(self) -> Optional[str]:
        return dec(lib.antq_result_unit_name(self._p()))

    @property
    def parent_id(self) -> Optional[str]:
        """Id of the unit's parent commune, or None."""
        return dec(lib.antq_result_parent_id(self._p()))

    @property
    def unit_kind(self) -> Kind:
        return Kind(lib.antq_result_unit_kind(self._p()))

    @property
    def year(self):
        return lib.antq_result_year(self._p())

    @property
    def standard(self):
        """The Standard the result was evaluated under (antq_result_standard())."""
        from .enums import Standard
        return Standard(lib.antq_result_standard(self._p()))

    @property
    def ruleset(self) -> Optional[Ruleset]:
        p = lib.antq_result_ruleset(self._p())
        return Ruleset._from_c(p.contents) if p else None

    @property
    def period_start(self) -> datetime.date:
        return date_py(lib.antq_result_period_start(self._p()))

    @property
    def period_end(self) -> datetime.date:
        return date_py(lib.antq_result_period_end(self._p()))

    @property
    def registered(self):
        return tri_py(lib.antq_result_registered(self._p()))

    @property
    def authority(self) -> Optional[AuthorityRule]:
        """Who appraises (``appraiser``), who decides (``body``) and the deadline (Art. 9–10)."""
        p = lib.antq_result_authority(self._p())
        return AuthorityRule._from_c(p.contents) if p else None

    @property
    def delegation(self) -> Optional[Delegation]:
        """The delegation of recognition (Art. 10.5) that applied, or None."""
        p = lib.antq_result_delegation(self._p())
        return Delegation._from_c(p.contents) if p else None

    @property
    def recognising_level(self) -> Optional[Level]:
        """The level that recognises the unit, after any valid delegation."""
        return enum_py(Level, lib.antq_result_recognising_level(self._p()))

    @property
    def irregular(self) -> bool:
        """A procedural irregularity (C124-AUTH-05, C124-PROC-07); the verdict stands."""
        return bool(lib.antq_result_irregular(self._p()))

    # ---- checks
    @property
    def checks(self) -> List[Check]:
        ptr = self._p()
        return [Check(self, lib.antq_result_check(ptr, i)) for i in range(lib.antq_result_check_count(ptr))]

    def check(self, criterion_id) -> Optional[Check]:
        """The check of one criterion, or None."""
        p = lib.antq_result_find(self._p(), enc(criterion_id))
        return Check(self, p) if p else None

    def failed(self):
        """The checks of the standard that failed (a scope rule that excludes the unit is
        Outcome.EXCLUDED, never a failure; procedure checks: see :meth:`irregularities`)."""
        return [c for c in self.checks if c.outcome == Outcome.FAIL and c.criterion.role != CriterionRole.PROCEDURE]

    def irregularities(self):
        """The procedure checks that failed (Art. 9–10): they never change the verdict."""
        return [c for c in self.checks if c.outcome == Outcome.FAIL and c.criterion.role == CriterionRole.PROCEDURE]

    # ---- texts
    def explain(self, lang="vi"):
        """antq_result_explain(): the full explanation in Vietnamese ('vi') or English ('en')."""
        return call_text(lib.antq_result_explain, self._p(), lang_c(lang))

    def what_it_takes(self, lang="vi"):
        """antq_result_what_it_takes(): the failed and unknown criteria and their gaps."""
        return call_text(lib.antq_result_what_it_takes, self._p(), lang_c(lang))

    def to_json(self, lang="vi"):
        """antq_result_write_json(): the result as one JSON object (text)."""
        return call_text(lib.antq_result_write_json, self._p(), lang_c(lang))

    def to_dict(self, lang="vi"):
        return json.loads(self.to_json(lang))

    def to_csv(self, format=Format.CSV_UNITS, lang="vi"):
        """antq_result_write_csv(): the CSV row(s) of this result (no header)."""
        return call_text(lib.antq_result_write_csv, self._p(), int(coerce(Format, format)), lang_c(lang))

    def __repr__(self):
        if self.closed:
            return "<antq.Result closed>"
        return f"<antq.Result {self.unit_id} {self.year}: {self.verdict.name}>"


def evaluate(unit, evidence, options=None, rollup=None, territory_events=None, standard=None):
    """antq_evaluate(): evaluate @p unit (Unit) with @p evidence (Evidence).

    @p options: Options or None (defaults); @p rollup: Rollup of a commune's
    members or None; @p territory_events: list of Event elsewhere on the
    commune's territory; @p standard: a Standard (or its name) that reuses the
    result, evaluated with antq_evaluate_standard().  Returns an owned Result."""
    if not isinstance(unit, Unit):
        raise TypeError(f"Unit expected, got {type(unit).__name__}")
    if not isinstance(evidence, Evidence):
        raise TypeError(f"Evidence expected, got {type(evidence).__name__}")
    keep = []
    u = unit._to_c(keep)
    ev = evidence._to_c(keep)
    events, n = _array(keep, antq_event, [e._to_c(keep) for e in (territory_events or [])])
    out = POINTER(antq_result)()
    err = antq_error()
    from .model import standard_c
    std = int(standard_c(standard))
    rollup_c = byref(rollup._c) if rollup is not None else None
    if std == 0:
        rc = lib.antq_evaluate(byref(out), byref(u), byref(ev), rollup_c, events, n, options_c(options, keep),
                               byref(err))
    else:
        rc = lib.antq_evaluate_standard(byref(out), std, byref(u), byref(ev), rollup_c, events, n,
                                        options_c(options, keep), byref(err))
    check(rc, err)
    return Result(out, borrowed=keep)  # its authority rule may be one of the options' table
