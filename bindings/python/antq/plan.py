"""Festival campaigns (19 August) and provincial plans: tasks, targets,
scorecards and festival coverage (plan.h)."""

import datetime
import json
import os
from ctypes import POINTER, byref, c_int, c_int32, c_int64, c_size_t
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ._handle import Handle
from ._lib import lib
from ._structs import (antq_activity, antq_campaign, antq_commendation, antq_error, antq_festival,
                       antq_festival_coverage, antq_plan, antq_scorecard, antq_target, antq_target_step, antq_task)
from ._util import (call_text, check, count_c, count_py, date_c, date_py, dec, enc, enum_c, enum_py,
                    kinds_mask, kinds_set, lang_c, tri_c, tri_py)
from .enums import (ActivityKind, FestivalLevel, FestivalPart, Format, Metric, Op, Outcome, StepsStatus, TaskState,
                    TaskStatus, Verdict, coerce)
from .model import _array, _keep

FIVE_TASKS = 5
FESTIVAL_FIRST_YEAR = 2005


def metric_name(metric):
    return dec(lib.antq_metric_name(int(metric)))


def festival_level_name(level):
    return dec(lib.antq_festival_level_name(int(level)))


def task_state_name(state):
    return dec(lib.antq_task_state_name(int(state)))


def festival_ordinal(year):
    """Ordinal of the festival held in @p year (2005 -> 1), 0 before 2005."""
    return lib.antq_festival_ordinal(int(year))


def parse_target_wording(text):
    """antq_target_parse_wording(): (Op, num, den) of a Vietnamese target wording
    such as "trên 80% khu dân cư" -> (Op.GT, 80, 100).  ParseError if none."""
    op, num, den = c_int32(0), c_int64(0), c_int64(0)
    check(lib.antq_target_parse_wording(byref(op), byref(num), byref(den), enc(text)))
    return Op(op.value), num.value, den.value


# ---------------------------------------------------------------- records
@dataclass
class Activity:
    """One festival activity (``antq_activity``)."""
    kind: ActivityKind
    part: Optional[FestivalPart] = None
    date: Optional[datetime.date] = None
    participants: Optional[int] = None
    gifts: Optional[int] = None
    gift_value_vnd: Optional[int] = None
    description: Optional[str] = None

    def __post_init__(self):
        self.kind = coerce(ActivityKind, self.kind, none_is=ActivityKind.UNKNOWN)
        self.part = coerce(FestivalPart, self.part)

    def _to_c(self, keep):
        return antq_activity(kind=enum_c(ActivityKind, self.kind), part=enum_c(FestivalPart, self.part),
                             date=date_c(self.date), reserved=0, participants=count_c(self.participants),
                             gifts=count_c(self.gifts), gift_value_vnd=count_c(self.gift_value_vnd),
                             description=_keep(keep, self.description))

    @classmethod
    def _from_c(cls, a):
        return cls(kind=enum_py(ActivityKind, a.kind) or ActivityKind.UNKNOWN,
                   part=enum_py(FestivalPart, a.part), date=date_py(a.date),
                   participants=count_py(a.participants), gifts=count_py(a.gifts),
                   gift_value_vnd=count_py(a.gift_value_vnd), description=dec(a.description))


@dataclass
class Commendation:
    """A collective (collective=True) or individual commended (``antq_commendation``)."""
    name: str
    collective: Optional[bool] = None
    form: Optional[str] = None

    def _to_c(self, keep):
        return antq_commendation(name=_keep(keep, self.name), collective=tri_c(self.collective), reserved=0,
                                 form=_keep(keep, self.form))

    @classmethod
    def _from_c(cls, c):
        return cls(name=dec(c.name), collective=tri_py(c.collective), form=dec(c.form))


@dataclass
class Festival:
    """One festival held by one unit in one year (``antq_festival``)."""
    id: str
    host_unit_id: str
    year: int
    level: FestivalLevel
    point_site: Optional[bool] = None
    window_start: Optional[datetime.date] = None
    window_end: Optional[datetime.date] = None
    held_on: Optional[datetime.date] = None
    participants: Optional[int] = None
    activities: List[Activity] = field(default_factory=list)
    commendations: List[Commendation] = field(default_factory=list)

    def __post_init__(self):
        self.level = coerce(FestivalLevel, self.level, none_is=FestivalLevel.UNKNOWN)

    def _to_c(self, keep):
        f = antq_festival(id=_keep(keep, self.id), host_unit_id=_keep(keep, self.host_unit_id),
                          year=int(self.year), level=enum_c(FestivalLevel, self.level),
                          point_site=tri_c(self.point_site), window_start=date_c(self.window_start),
                          window_end=date_c(self.window_end), held_on=date_c(self.held_on),
                          participants=count_c(self.participants))
        f.activities, f.n_activities = _array(keep, antq_activity, [a._to_c(keep) for a in self.activities])
        f.commendations, f.n_commendations = _array(keep, antq_commendation,
                                                    [c._to_c(keep) for c in self.commendations])
        return f

    @classmethod
    def _from_c(cls, f):
        return cls(id=dec(f.id), host_unit_id=dec(f.host_unit_id), year=f.year,
                   level=enum_py(FestivalLevel, f.level) or FestivalLevel.UNKNOWN,
                   point_site=tri_py(f.point_site), window_start=date_py(f.window_start),
                   window_end=date_py(f.window_end), held_on=date_py(f.held_on),
                   participants=count_py(f.participants),
                   activities=[Activity._from_c(f.activities[i]) for i in range(f.n_activities)],
                   commendations=[Commendation._from_c(f.commendations[i]) for i in range(f.n_commendations)])


@dataclass
class Task:
    """One task of a plan (``antq_task``); template_task is 1–5 for T1–T5."""
    id: str
    content: str
    lead: Optional[str] = None
    supporting: Optional[str] = None
    deadline: Optional[datetime.date] = None
    status: Optional[TaskStatus] = None
    completed_on: Optional[datetime.date] = None
    template_task: int = 0
    evidence: Optional[str] = None

    def __post_init__(self):
        self.status = coerce(TaskStatus, self.status)

    def _to_c(self, keep):
        return antq_task(id=_keep(keep, self.id), content=_keep(keep, self.content), lead=_keep(keep, self.lead),
                         supporting=_keep(keep, self.supporting), deadline=date_c(self.deadline),
                         status=enum_c(TaskStatus, self.status), completed_on=date_c(self.completed_on),
                         template_task=int(self.template_task), evidence=_keep(keep, self.evidence))

    @classmethod
    def _from_c(cls, t):
        return cls(id=dec(t.id), content=dec(t.content), lead=dec(t.lead), supporting=dec(t.supporting),
                   deadline=date_py(t.deadline), status=enum_py(TaskStatus, t.status),
                   completed_on=date_py(t.completed_on), template_task=t.template_task, evidence=dec(t.evidence))


def five_task_template(number):
    """Task @p number (1–5) of the built-in five-task pattern, or None."""
    p = lib.antq_five_task_template(int(number))
    return Task._from_c(p.contents) if p else None


def five_task_text_en(number):
    """English paraphrase of template task @p number, or None."""
    return dec(lib.antq_five_task_text_en(int(number)))


@dataclass
class Target:
    """One target indicator (``antq_target``).  ``reported_num``/``reported_den``
    are None when not reported; ``year`` 0 means the plan's year."""
    id: str
    metric: Metric
    op: Op
    threshold_num: int = 0
    threshold_den: int = 1
    text: Optional[str] = None
    kinds: frozenset = frozenset()
    festival_level: Optional[FestivalLevel] = None
    scope_id: Optional[str] = None
    year: int = 0
    reported_num: Optional[int] = None
    reported_den: Optional[int] = None

    def __post_init__(self):
        self.metric = coerce(Metric, self.metric, none_is=Metric.UNKNOWN)
        self.op = coerce(Op, self.op, none_is=Op.NONE)
        self.festival_level = coerce(FestivalLevel, self.festival_level)
        self.kinds = kinds_set(kinds_mask(self.kinds))

    @classmethod
    def from_wording(cls, id, text, metric, **kw):
        """A target whose comparison and threshold are read from its Vietnamese wording."""
        op, num, den = parse_target_wording(text)
        return cls(id=id, metric=metric, op=op, threshold_num=num, threshold_den=den, text=text, **kw)

    def _to_c(self, keep):
        return antq_target(id=_keep(keep, self.id), text=_keep(keep, self.text), metric=enum_c(Metric, self.metric),
                           op=int(self.op), threshold_num=int(self.threshold_num),
                           threshold_den=int(self.threshold_den), kinds=kinds_mask(self.kinds),
                           festival_level=enum_c(FestivalLevel, self.festival_level),
                           scope_id=_keep(keep, self.scope_id), year=int(self.year), reserved=0,
                           reported_num=count_c(self.reported_num), reported_den=count_c(self.reported_den))

    @classmethod
    def _from_c(cls, t):
        return cls(id=dec(t.id), metric=enum_py(Metric, t.metric) or Metric.UNKNOWN,
                   op=enum_py(Op, t.op) or Op.NONE, threshold_num=t.threshold_num, threshold_den=t.threshold_den,
                   text=dec(t.text), kinds=kinds_set(t.kinds), festival_level=enum_py(FestivalLevel, t.festival_level),
                   scope_id=dec(t.scope_id), year=t.year, reported_num=count_py(t.reported_num),
                   reported_den=count_py(t.reported_den))


@dataclass
class Plan:
    """A plan (kế hoạch) with its tasks and targets (``antq_plan``)."""
    id: str
    year: int
    number: Optional[str] = None
    issued_on: Optional[datetime.date] = None
    issuer: Optional[str] = None
    purpose: Optional[str] = None
    tasks: List[Task] = field(default_factory=list)
    targets: List[Target] = field(default_factory=list)

    def _to_c(self, keep):
        p = antq_plan(id=_keep(keep, self.id), number=_keep(keep, self.number), issued_on=date_c(self.issued_on),
                      year=int(self.year), issuer=_keep(keep, self.issuer), purpose=_keep(keep, self.purpose))
        p.tasks, p.n_tasks = _array(keep, antq_task, [t._to_c(keep) for t in self.tasks])
        p.targets, p.n_targets = _array(keep, antq_target, [t._to_c(keep) for t in self.targets])
        return p

    @classmethod
    def _from_c(cls, p):
        return cls(id=dec(p.id), year=p.year, number=dec(p.number), issued_on=date_py(p.issued_on),
                   issuer=dec(p.issuer), purpose=dec(p.purpose),
                   tasks=[Task._from_c(p.tasks[i]) for i in range(p.n_tasks)],
                   targets=[Target._from_c(p.targets[i]) for i in range(p.n_targets)])


@dataclass(frozen=True)
class TargetResult:
    """The result of one target (``antq_target_result``)."""
    target: Target
    outcome: Outcome
    op: Op
    value_num: Optional[int]
    value_den: Optional[int]
    gap: Optional[int]
    missing: Optional[str]

    @classmethod
    def _from_c(cls, r):
        return cls(target=Target._from_c(r.target.contents), outcome=Outcome(r.outcome),
                   op=enum_py(Op, r.op) or Op.NONE, value_num=count_py(r.value_num),
                   value_den=count_py(r.value_den), gap=count_py(r.gap), missing=dec(r.missing))


@dataclass(frozen=True)
class TargetStep:
    """One unit of the smallest set whose change meets a missed target (``antq_target_step``)."""
    unit_index: int
    unit_id: str
    unit_name: Optional[str]
    verdict: Optional[Verdict]
    follows: bool
    n_failed: int
    n_unknown: int
    gap: Optional[int]
    need_vi: str
    need_en: str

    @classmethod
    def _from_c(cls, s):
        return cls(unit_index=s.unit_index, unit_id=dec(s.unit_id), unit_name=dec(s.unit_name),
                   verdict=Verdict(s.verdict) if s.verdict else None, follows=bool(s.follows), n_failed=s.n_failed,
                   n_unknown=s.n_unknown, gap=count_py(s.gap), need_vi=dec(s.need_vi), need_en=dec(s.need_en))

    def need(self, lang="vi"):
        """What the unit needs, in @p lang."""
        return self.need_en if lang_c(lang) == 1 else self.need_vi


@dataclass(frozen=True)
class TaskResult:
    """The state of one task on the as-of date (``antq_task_result``)."""
    task: Task
    state: TaskState
    days_late: int

    @classmethod
    def _from_c(cls, r):
        return cls(task=Task._from_c(r.task.contents), state=TaskState(r.state), days_late=r.days_late)


@dataclass(frozen=True)
class FestivalCoverage:
    """Festival coverage of one year (``antq_festival_coverage``);
    ``point_sites`` maps each FestivalLevel to its number of point sites."""
    year: int
    ordinal: int
    communes: int
    communes_held: int
    areas: int
    areas_held: int
    organisations: int
    organisations_held: int
    point_sites: Dict[FestivalLevel, int]
    communes_with_area_point_site: int
    participants: int
    gifts: int
    gift_value_vnd: int
    commendations: int

    @classmethod
    def _from_c(cls, c):
        skip = ("point_sites", "size", "reserved")
        kw = {name: getattr(c, name) for name, _ in antq_festival_coverage._fields_ if name not in skip}
        kw["point_sites"] = {lvl: c.point_sites[int(lvl)] for lvl in FestivalLevel}
        return cls(**kw)


# ---------------------------------------------------------------- handles
class Campaign(Handle):
    """Plans and festivals (opaque ``antq_campaign``)."""

    _free = "antq_campaign_free"
    _exclusive = ("add_plan", "add_festival")

    def __init__(self, _ptr=None):
        if _ptr is None:
            _ptr = POINTER(antq_campaign)()
            check(lib.antq_campaign_new(byref(_ptr)))
        super().__init__(_ptr)

    @classmethod
    def load(cls, source):
        """Load a campaign document from a path (antq_campaign_load_file()),
        bytes or JSON text."""
        from .dataset import _is_path, _read_source
        out = POINTER(antq_campaign)()
        err = antq_error()
        if _is_path(source):
            check(lib.antq_campaign_load_file(byref(out), os.fsencode(source), byref(err)), err)
        else:
            buf = _read_source(source)
            check(lib.antq_campaign_load_json(byref(out), buf, len(buf), byref(err)), err)
        return cls(out)

    @classmethod
    def from_dict(cls, document):
        return cls.load(json.dumps(document, ensure_ascii=False).encode("utf-8"))

    def add_plan(self, plan):
        """antq_campaign_add_plan(): validate and add a copy of @p plan (Plan)."""
        keep = []
        p = plan._to_c(keep)
        err = antq_error()
        check(lib.antq_campaign_add_plan(self._p(), byref(p), byref(err)), err)

    def add_festival(self, festival):
        """antq_campaign_add_festival(): validate and add a copy of @p festival."""
        keep = []
        f = festival._to_c(keep)
        err = antq_error()
        check(lib.antq_campaign_add_festival(self._p(), byref(f), byref(err)), err)

    def check(self, units):
        """antq_campaign_check(): every festival host exists in @p units, a Dataset; or, for a Pipeline,
        among the units it has taken (antq_campaign_check_pipeline(): its index, nothing kept)."""
        from .pipeline import Pipeline  # here: pipeline.py imports this module
        err = antq_error()
        if isinstance(units, Pipeline):
            check(lib.antq_campaign_check_pipeline(self._p(), units._p(), byref(err)), err)
        else:
            check(lib.antq_campaign_check(self._p(), units._p(), byref(err)), err)

    @property
    def plans(self) -> List[Plan]:
        ptr = self._p()
        return [Plan._from_c(lib.antq_campaign_plan(ptr, i).contents)
                for i in range(lib.antq_campaign_plan_count(ptr))]

    @property
    def festivals(self) -> List[Festival]:
        ptr = self._p()
        return [Festival._from_c(lib.antq_campaign_festival(ptr, i).contents)
                for i in range(lib.antq_campaign_festival_count(ptr))]

    def to_json(self):
        return call_text(lib.antq_campaign_write_json, self._p())

    def _plan_index(self, plan):
        if isinstance(plan, str):
            for i, p in enumerate(self.plans):
                if p.id == plan:
                    return i
            raise KeyError(plan)
        return int(plan)

    def evaluate(self, plan, dataset, evaluation=None, as_of=None) -> "Scorecard":
        """antq_plan_evaluate(): the scorecard of @p plan (index or id) against
        @p evaluation (default: @p dataset evaluated for the plan's year), with
        tasks judged on @p as_of (default 31 December of the plan's year)."""
        index = self._plan_index(plan)
        own_eval = None
        if evaluation is None:
            p = lib.antq_campaign_plan(self._p(), index)
            if not p:
                raise IndexError(plan)
            evaluation = own_eval = dataset.evaluate(p.contents.year)
        out = POINTER(antq_scorecard)()
        err = antq_error()
        try:
            check(lib.antq_plan_evaluate(byref(out), self._p(), index, evaluation._p(), date_c(as_of), byref(err)),
                  err)
        except BaseException:
            if own_eval is not None:
                own_eval.close()
            raise
        return Scorecard(out, self, evaluation)

    def festival_coverage(self, units, year) -> FestivalCoverage:
        """antq_festival_coverage_compute() for @p year against @p units, a Dataset; or, for a Pipeline,
        against the units it has taken (antq_festival_coverage_compute_pipeline(): its index, nothing
        kept)."""
        cov = antq_festival_coverage()
        lib.antq_festival_coverage_init(byref(cov))
        from .pipeline import Pipeline  # here: pipeline.py imports this module
        err = antq_error()
        if isinstance(units, Pipeline):
            rc = lib.antq_festival_coverage_compute_pipeline(byref(cov), self._p(), units._p(), int(year), byref(err))
        else:
            rc = lib.antq_festival_coverage_compute(byref(cov), self._p(), units._p(), int(year), byref(err))
        check(rc, err)
        return FestivalCoverage._from_c(cov)

    def __repr__(self):
        if self.closed:
            return "<antq.Campaign closed>"
        return f"<antq.Campaign {len(self.plans)} plans, {len(self.festivals)} festivals>"


class Scorecard(Handle):
    """The scorecard of one plan (opaque ``antq_scorecard``).  Keeps its
    Campaign (and the Evaluation it was computed from) alive; closing the
    Campaign closes it first."""

    _free = "antq_scorecard_free"

    def __init__(self, ptr, campaign, evaluation=None):
        super().__init__(ptr, campaign)
        self.campaign = campaign
        self._evaluation = evaluation

    @property
    def plan(self) -> Plan:
        return Plan._from_c(lib.antq_scorecard_plan(self._p()).contents)

    @property
    def targets(self) -> List[TargetResult]:
        ptr = self._p()
        return [TargetResult._from_c(lib.antq_scorecard_target(ptr, i).contents)
                for i in range(lib.antq_scorecard_target_count(ptr))]

    @property
    def tasks(self) -> List[TaskResult]:
        ptr = self._p()
        return [TaskResult._from_c(lib.antq_scorecard_task(ptr, i).contents)
                for i in range(lib.antq_scorecard_task_count(ptr))]

    def steps(self, target):
        """antq_scorecard_steps(): what it would take to meet target @p target (an index or a target id):
        (StepsStatus, [TargetStep]) — the smallest set of units whose change meets it, best first."""
        ptr = self._p()
        if isinstance(target, str):
            ids = [r.target.id for r in self.targets]
            if target not in ids:
                raise KeyError(target)
            target = ids.index(target)
        status = c_int()
        steps = POINTER(antq_target_step)()
        n = c_size_t()
        check(lib.antq_scorecard_steps(byref(status), byref(steps), byref(n), ptr, int(target)))
        return StepsStatus(status.value), [TargetStep._from_c(steps[i]) for i in range(n.value)]

    def text(self, lang="vi"):
        """The scorecard as text in @p lang."""
        return call_text(lib.antq_scorecard_write, self._p(), int(Format.TEXT), lang_c(lang))

    def json(self, lang="vi"):
        """The scorecard as JSON text."""
        return call_text(lib.antq_scorecard_write, self._p(), int(Format.JSON), lang_c(lang))

    def to_dict(self, lang="vi"):
        return json.loads(self.json(lang))

    def __repr__(self):
        return "<antq.Scorecard closed>" if self.closed else f"<antq.Scorecard {self.plan.id}>"
