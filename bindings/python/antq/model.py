"""Python records for units, evidence, options and the read-only catalogue.

Conventions: ``None`` is "not reported" (unknown count, date, yes/no fact or
enum); yes/no facts are ``bool``; dates are ``datetime.date`` (strings
"YYYY-MM-DD" are accepted on input); enums are the IntEnum classes of
:mod:`antq.enums` (members, ints or stable names accepted on input).

Every record converts to its C struct with ``_to_c(keep)``: borrowed memory
(encoded strings, arrays) is appended to the list ``keep``, which the caller
holds for as long as the C struct is used.
"""

import ctypes
import dataclasses
import datetime
from ctypes import POINTER, byref, c_int32, cast, create_string_buffer
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from ._lib import lib
from ._structs import (antq_authority_rule, antq_citation, antq_delegation, antq_discipline, antq_error, antq_event,
                       antq_evidence, antq_extra_answer, antq_extra_criterion, antq_options,
                       antq_ruleset, antq_unit)
from ._util import (check, count_c, count_py, date_c, date_py, dec, enc, enum_c, enum_py, kinds_mask, strict_bool,
                    kinds_set, lang_c, tri_c, tri_py)
from .enums import (AuthorityBody, CommuneType, CriterionRole, DelegationIssue, DisciplineLevel,
                    EducationLevel, EmulationMode, EnterpriseSize, EventKind, Kind, Level, NewRuralPoints, Op,
                    PeriodStart, PoolMode, Rating, Role, RuleStatus, RuleTopic, Severity, Standard, Status,
                    TrendMode, coerce)

ANTQ_OPTIONS_VERSION = 2


def _keep(keep, value):
    b = enc(value)
    if b is not None:
        keep.append(b)
    return b


def _array(keep, ctype, items):
    """A C array of @p ctype from already converted structs; (pointer, n)."""
    if not items:
        return None, 0
    arr = (ctype * len(items))(*items)
    keep.append(arr)
    return cast(arr, POINTER(ctype)), len(items)


# ---------------------------------------------------------------- units
@dataclass
class Unit:
    """One unit (``antq_unit``)."""
    id: str
    kind: Kind
    name: Optional[str] = None
    local_type: Optional[str] = None
    parent_id: Optional[str] = None
    commune_type: Optional[CommuneType] = None
    managing_level: Optional[Level] = None
    delegated_to_commune: Optional[bool] = None
    armed_forces: Optional[bool] = None
    enterprise_size: Optional[EnterpriseSize] = None
    education_level: Optional[EducationLevel] = None
    has_party_org: Optional[bool] = None
    general_education: Optional[bool] = None
    has_protection_force: Optional[bool] = None
    emulation_eligible: Optional[bool] = None

    def __post_init__(self):
        self.kind = coerce(Kind, self.kind, none_is=Kind.UNKNOWN)
        self.commune_type = coerce(CommuneType, self.commune_type)
        self.managing_level = coerce(Level, self.managing_level)
        self.enterprise_size = coerce(EnterpriseSize, self.enterprise_size)
        self.education_level = coerce(EducationLevel, self.education_level)

    def _to_c(self, keep):
        u = antq_unit()
        lib.antq_unit_init(byref(u))
        u.id = _keep(keep, self.id)
        u.name = _keep(keep, self.name)
        u.local_type = _keep(keep, self.local_type)
        u.parent_id = _keep(keep, self.parent_id)
        u.kind = enum_c(Kind, self.kind)
        u.commune_type = enum_c(CommuneType, self.commune_type)
        u.managing_level = enum_c(Level, self.managing_level)
        u.enterprise_size = enum_c(EnterpriseSize, self.enterprise_size)
        u.education_level = enum_c(EducationLevel, self.education_level)
        for f in _UNIT_TRIS:
            setattr(u, f, tri_c(getattr(self, f), f"Unit.{f}"))
        return u

    @classmethod
    def _from_c(cls, u):
        return cls(id=dec(u.id), kind=Kind(u.kind) if u.kind in Kind._value2member_map_ else u.kind,
                   name=dec(u.name), local_type=dec(u.local_type), parent_id=dec(u.parent_id),
                   commune_type=enum_py(CommuneType, u.commune_type),
                   managing_level=enum_py(Level, u.managing_level),
                   enterprise_size=enum_py(EnterpriseSize, u.enterprise_size),
                   education_level=enum_py(EducationLevel, u.education_level),
                   **{f: tri_py(getattr(u, f)) for f in _UNIT_TRIS})

    def validate(self):
        """antq_unit_validate(): raise the AntqError subclass naming the field."""
        keep = []
        u = self._to_c(keep)
        err = antq_error()
        check(lib.antq_unit_validate(byref(u), byref(err)), err)


_UNIT_TRIS = ("delegated_to_commune", "armed_forces", "has_party_org", "general_education",
              "has_protection_force", "emulation_eligible")


# ---------------------------------------------------------------- evidence
@dataclass
class Event:
    """One dated event (``antq_event``)."""
    date: datetime.date
    kind: EventKind
    severity: Optional[Severity] = None
    discipline: Optional[DisciplineLevel] = None
    force_majeure: Optional[bool] = None
    handled_promptly: Optional[bool] = None
    unit_id: Optional[str] = None
    note: Optional[str] = None

    def __post_init__(self):
        self.kind = coerce(EventKind, self.kind, none_is=EventKind.UNKNOWN)
        self.severity = coerce(Severity, self.severity)
        self.discipline = coerce(DisciplineLevel, self.discipline)

    def _to_c(self, keep):
        e = antq_event()
        lib.antq_event_init(byref(e))
        e.date = date_c(self.date, "event date")
        e.kind = enum_c(EventKind, self.kind)
        e.severity = enum_c(Severity, self.severity)
        # -1 is "not reported" here (antq_event_init); 0 is DisciplineLevel.NONE
        e.discipline = -1 if self.discipline is None else int(self.discipline)
        e.force_majeure = tri_c(self.force_majeure, "Event.force_majeure")
        e.handled_promptly = tri_c(self.handled_promptly, "Event.handled_promptly")
        e.unit_id = _keep(keep, self.unit_id)
        e.note = _keep(keep, self.note)
        return e

    @classmethod
    def _from_c(cls, e):
        return cls(date=date_py(e.date), kind=enum_py(EventKind, e.kind) or EventKind.UNKNOWN,
                   severity=enum_py(Severity, e.severity),
                   discipline=None if e.discipline < 0 else DisciplineLevel(e.discipline),
                   force_majeure=tri_py(e.force_majeure), handled_promptly=tri_py(e.handled_promptly),
                   unit_id=dec(e.unit_id), note=dec(e.note))


@dataclass
class Discipline:
    """One discipline decision (``antq_discipline``)."""
    date: datetime.date
    role: Role
    level: DisciplineLevel

    def __post_init__(self):
        self.role = coerce(Role, self.role, none_is=Role.UNKNOWN)
        self.level = coerce(DisciplineLevel, self.level, none_is=DisciplineLevel.NONE)

    def _to_c(self, keep):
        return antq_discipline(date=date_c(self.date, "discipline date"), role=int(self.role),
                               level=int(self.level), reserved=0)

    @classmethod
    def _from_c(cls, d):
        return cls(date=date_py(d.date), role=enum_py(Role, d.role) or Role.UNKNOWN,
                   level=enum_py(DisciplineLevel, d.level) or DisciplineLevel.NONE)


# Evidence fields by conversion (names are those of antq_evidence).
_EV_TRIS = ("registered", "implements_policy", "parent_board_coordination", "supervision_effective",
            "police_effective", "police_advanced_unit", "coordination_plan", "protection_advanced_title",
            "events_recorded", "disciplines_recorded")
_EV_DATES = ("registration_date", "party_resolution_date", "plan_date", "decision_date")
_EV_COUNTS = ("households_resident", "households_registered", "households_committed", "staff_total",
              "staff_briefed", "staff_committed", "learners_total", "learners_briefed", "learners_committed",
              "effective_models", "crimes", "crimes_prev", "social_evils", "social_evils_prev",
              "other_violations", "other_violations_prev", "subunits_total", "subunits_qualified",
              "members_total", "members_registered", "members_certified")
_EV_RATINGS = ("grassroots_rating", "protection_rating")


@dataclass
class Evidence:
    """The evidence of one unit for one evaluation year (``antq_evidence``).

    ``extra`` maps a provincial extra-criterion id to met (True/False/None)."""
    year: int
    registered: Optional[bool] = None
    registration_date: Optional[datetime.date] = None
    party_resolution_date: Optional[datetime.date] = None
    plan_date: Optional[datetime.date] = None
    households_resident: Optional[int] = None
    households_registered: Optional[int] = None
    households_committed: Optional[int] = None
    staff_total: Optional[int] = None
    staff_briefed: Optional[int] = None
    staff_committed: Optional[int] = None
    learners_total: Optional[int] = None
    learners_briefed: Optional[int] = None
    learners_committed: Optional[int] = None
    rule_topics: Optional[RuleTopic] = None
    effective_models: Optional[int] = None
    implements_policy: Optional[bool] = None
    parent_board_coordination: Optional[bool] = None
    supervision_effective: Optional[bool] = None
    police_effective: Optional[bool] = None
    police_advanced_unit: Optional[bool] = None
    coordination_plan: Optional[bool] = None
    crimes: Optional[int] = None
    crimes_prev: Optional[int] = None
    social_evils: Optional[int] = None
    social_evils_prev: Optional[int] = None
    other_violations: Optional[int] = None
    other_violations_prev: Optional[int] = None
    grassroots_rating: Optional[Rating] = None
    protection_rating: Optional[Rating] = None
    protection_advanced_title: Optional[bool] = None
    subunits_total: Optional[int] = None
    subunits_qualified: Optional[int] = None
    members_total: Optional[int] = None
    members_registered: Optional[int] = None
    members_certified: Optional[int] = None
    events_recorded: Optional[bool] = None
    disciplines_recorded: Optional[bool] = None
    decision_date: Optional[datetime.date] = None
    decision_body: Optional[AuthorityBody] = None
    events: List[Event] = field(default_factory=list)
    disciplines: List[Discipline] = field(default_factory=list)
    extra: Dict[str, Optional[bool]] = field(default_factory=dict)

    def __post_init__(self):
        for f in _EV_RATINGS:
            setattr(self, f, coerce(Rating, getattr(self, f)))
        self.decision_body = coerce(AuthorityBody, self.decision_body)
        if self.rule_topics is not None and not isinstance(self.rule_topics, RuleTopic):
            if isinstance(self.rule_topics, int):
                self.rule_topics = RuleTopic(self.rule_topics)
            else:
                topics = RuleTopic(0)
                for t in self.rule_topics:
                    topics |= coerce(RuleTopic, t)
                self.rule_topics = topics

    def _to_c(self, keep):
        ev = antq_evidence()
        lib.antq_evidence_init(byref(ev))
        ev.year = int(self.year)
        for f in _EV_TRIS:
            setattr(ev, f, tri_c(getattr(self, f), f"Evidence.{f}"))
        for f in _EV_DATES:
            setattr(ev, f, date_c(getattr(self, f), f))
        for f in _EV_COUNTS:
            setattr(ev, f, count_c(getattr(self, f), f"Evidence.{f}"))
        for f in _EV_RATINGS:
            setattr(ev, f, enum_c(Rating, getattr(self, f)))
        ev.rule_topics = -1 if self.rule_topics is None else int(self.rule_topics)
        ev.decision_body = enum_c(AuthorityBody, self.decision_body)
        ev.events, ev.n_events = _array(keep, antq_event, [e._to_c(keep) for e in self.events])
        ev.disciplines, ev.n_disciplines = _array(keep, antq_discipline,
                                                  [d._to_c(keep) for d in self.disciplines])
        answers = [antq_extra_answer(criterion_id=_keep(keep, k), met=tri_c(v), reserved=0)
                   for k, v in self.extra.items()]
        ev.extra, ev.n_extra = _array(keep, antq_extra_answer, answers)
        return ev

    @classmethod
    def _from_c(cls, ev):
        kw = {"year": ev.year}
        kw.update({f: tri_py(getattr(ev, f)) for f in _EV_TRIS})
        kw.update({f: date_py(getattr(ev, f)) for f in _EV_DATES})
        kw.update({f: count_py(getattr(ev, f)) for f in _EV_COUNTS})
        kw.update({f: enum_py(Rating, getattr(ev, f)) for f in _EV_RATINGS})
        kw["rule_topics"] = None if ev.rule_topics < 0 else RuleTopic(ev.rule_topics)
        kw["decision_body"] = enum_py(AuthorityBody, ev.decision_body)
        kw["events"] = [Event._from_c(ev.events[i]) for i in range(ev.n_events)]
        kw["disciplines"] = [Discipline._from_c(ev.disciplines[i]) for i in range(ev.n_disciplines)]
        kw["extra"] = {dec(ev.extra[i].criterion_id): tri_py(ev.extra[i].met) for i in range(ev.n_extra)}
        return cls(**kw)

    def validate(self, unit):
        """antq_evidence_validate() against @p unit: raise on the first problem."""
        keep = []
        ev = self._to_c(keep)
        u = unit._to_c(keep)
        err = antq_error()
        check(lib.antq_evidence_validate(byref(ev), byref(u), byref(err)), err)


# ---------------------------------------------------------------- catalogue
@dataclass(frozen=True)
class Citation:
    """The legal citation of a criterion (``antq_citation``)."""
    instrument: str
    article: int
    clause: int
    points: Optional[str] = None

    def _to_c(self, keep):
        return antq_citation(instrument=_keep(keep, self.instrument), article=self.article,
                             clause=self.clause, points=_keep(keep, self.points))

    @classmethod
    def _from_c(cls, c):
        return cls(instrument=dec(c.instrument), article=c.article, clause=c.clause, points=dec(c.points))

    def text(self, lang="vi"):
        """antq_citation_format(): "Điểm a–g khoản 1 Điều 4 Thông tư ..." / "Art. 4(1)(a–g) of ..."."""
        keep = []
        c = self._to_c(keep)
        size = 256
        while True:
            buf = create_string_buffer(size)
            n = lib.antq_citation_format(buf, size, byref(c), lang_c(lang))
            if n < 0:
                raise ValueError("antq_citation_format failed")
            if n < size:
                return buf.value.decode("utf-8")
            size = n + 1

    def __str__(self):
        return self.text("en")


@dataclass(frozen=True)
class Ruleset:
    """A legal instrument in force over an interval (``antq_ruleset``).
    ``valid_to`` is None while it is still in force."""
    id: str
    title_vi: str
    title_en: str
    valid_from: datetime.date
    valid_to: Optional[datetime.date]
    signed_on: Optional[datetime.date]

    @classmethod
    def _from_c(cls, r):
        return cls(id=dec(r.id), title_vi=dec(r.title_vi), title_en=dec(r.title_en),
                   valid_from=date_py(r.valid_from), valid_to=date_py(r.valid_to, open_is_none=True),
                   signed_on=date_py(r.signed_on))

    def title(self, lang="vi"):
        return self.title_en if lang_c(lang) == 1 else self.title_vi


@dataclass(frozen=True)
class Criterion:
    """One row of the criteria catalogue (``antq_criterion``, static)."""
    id: str
    role: CriterionRole
    status: RuleStatus
    kinds: frozenset
    valid_from: datetime.date
    valid_to: Optional[datetime.date]
    citation: Citation
    text_vi: str
    text_en: str
    op: Op
    threshold_num: int
    threshold_den: int
    standard: Standard = Standard.SAFE
    _addr: int = field(default=0, repr=False, compare=False)

    @classmethod
    def _from_c(cls, ptr):
        c = ptr.contents
        return cls(id=dec(c.id), role=CriterionRole(c.role), status=RuleStatus(c.status),
                   kinds=kinds_set(c.kinds), valid_from=date_py(c.valid_from),
                   valid_to=date_py(c.valid_to, open_is_none=True), citation=Citation._from_c(c.citation),
                   text_vi=dec(c.text_vi), text_en=dec(c.text_en), op=Op(c.op),
                   threshold_num=c.threshold_num, threshold_den=c.threshold_den,
                   standard=Standard(lib.antq_criterion_standard(ptr)), _addr=ctypes.addressof(c))

    def text(self, lang="vi"):
        """The criterion paraphrased in @p lang."""
        return self.text_en if lang_c(lang) == 1 else self.text_vi

    def applies(self, kind, period_end):
        """antq_criterion_applies(): does it apply to @p kind for a period ending on @p period_end?"""
        from ._structs import antq_criterion
        ptr = ctypes.cast(self._addr, POINTER(antq_criterion)) if self._addr else \
            lib.antq_catalogue_find(enc(self.id))
        return bool(lib.antq_criterion_applies(ptr, int(coerce(Kind, kind)), date_c(period_end)))


def catalogue(standard=None):
    """Every criterion of the built-in catalogue (static, in catalogue order);
    with @p standard, only that standard's rows."""
    rows = [Criterion._from_c(lib.antq_catalogue_get(i)) for i in range(lib.antq_catalogue_count())]
    return rows if standard is None else [r for r in rows if r.standard == standard_c(standard)]


def standard_c(standard):
    """Standard/int/name ("new-rural-19.2", as antq_standard_name()) -> Standard; None -> SAFE."""
    if standard is None:
        return Standard.SAFE
    if isinstance(standard, str):
        value = lib.antq_standard_from_name(enc(standard))
        if value < 0:
            raise ValueError(f"unknown standard {standard!r}")
        return Standard(value)
    return Standard(int(standard))


def standard_name(standard):
    """antq_standard_name(): "safe", "legal-access", "new-rural-19.2", "civilized-urban-4", "typical-unit"."""
    return dec(lib.antq_standard_name(int(standard_c(standard))))


def standard_title(standard, lang="vi"):
    """antq_standard_title(): the standard's title with its instrument, in @p lang."""
    return dec(lib.antq_standard_title(int(standard_c(standard)), lang_c(lang)))


def criterion(criterion_id):
    """The catalogue row with id @p criterion_id, or None."""
    ptr = lib.antq_catalogue_find(enc(criterion_id))
    return Criterion._from_c(ptr) if ptr else None


def rulesets():
    """Every rule set (23/2012, 124/2021 ...)."""
    return [Ruleset._from_c(lib.antq_ruleset_get(i).contents) for i in range(lib.antq_ruleset_count())]


def ruleset_for_date(period_end):
    """The rule set governing a period ending on @p period_end, or None."""
    ptr = lib.antq_ruleset_for_date(date_c(period_end))
    return Ruleset._from_c(ptr.contents) if ptr else None


def period_for(kind, year, school_year_end_mmdd=0):
    """antq_period_for(): (start, end, Ruleset) of the evaluation period."""
    start, end = c_int32(0), c_int32(0)
    rs = POINTER(antq_ruleset)()
    err_rc = lib.antq_period_for(byref(start), byref(end), byref(rs), int(coerce(Kind, kind)), int(year),
                                 int(school_year_end_mmdd))
    check(err_rc)
    return date_py(start.value), date_py(end.value), (Ruleset._from_c(rs.contents) if rs else None)


@dataclass
class AuthorityRule:
    """One row of the authority table (``antq_authority_rule``); ``valid_to``
    None means open-ended, ``managing_level`` None means "any"."""
    valid_from: datetime.date
    valid_to: Optional[datetime.date]
    kind: Kind
    managing_level: Optional[Level]
    body: AuthorityBody
    deadline_mmdd: int = 0
    status: RuleStatus = RuleStatus.VERIFIED
    citation: Optional[Citation] = None
    note_en: Optional[str] = None
    appraiser: Optional[AuthorityBody] = None

    def _to_c(self, keep):
        r = antq_authority_rule()
        r.appraiser = enum_c(AuthorityBody, self.appraiser)
        r.valid_from = date_c(self.valid_from)
        r.valid_to = 29991231 if self.valid_to is None else date_c(self.valid_to)
        r.kind = enum_c(Kind, self.kind)
        r.managing_level = enum_c(Level, self.managing_level)
        r.body = enum_c(AuthorityBody, self.body)
        r.deadline_mmdd = int(self.deadline_mmdd)
        r.status = int(coerce(RuleStatus, self.status))
        if self.citation is not None:
            r.citation = self.citation._to_c(keep)
        r.note_en = _keep(keep, self.note_en)
        return r

    @classmethod
    def _from_c(cls, r):
        return cls(valid_from=date_py(r.valid_from), valid_to=date_py(r.valid_to, open_is_none=True),
                   kind=Kind(r.kind), managing_level=enum_py(Level, r.managing_level),
                   body=AuthorityBody(r.body), deadline_mmdd=r.deadline_mmdd, status=RuleStatus(r.status),
                   citation=Citation._from_c(r.citation), note_en=dec(r.note_en),
                   appraiser=enum_py(AuthorityBody, r.appraiser))

    @property
    def body_name(self):
        return authority_body_name(self.body)


def authority_table_validate(table):
    """antq_authority_table_validate(): raise the library's error for a table
    (list of AuthorityRule) with a bad row, a gap or an overlap."""
    keep = []
    arr, n = _array(keep, antq_authority_rule, [r._to_c(keep) for r in table])
    err = antq_error()
    check(lib.antq_authority_table_validate(arr, n, byref(err)), err)


@dataclass
class Delegation:
    """A delegation of recognition one level down (``antq_delegation``, Art.
    10.5): ``unit_id`` None means every unit of ``kinds`` managed at
    ``from_level``."""
    from_level: Level
    to_level: Level
    kinds: frozenset = frozenset()
    decision_date: Optional[datetime.date] = None
    decision: Optional[str] = None
    unit_id: Optional[str] = None

    def __post_init__(self):
        self.from_level = coerce(Level, self.from_level)
        self.to_level = coerce(Level, self.to_level)
        self.kinds = kinds_set(kinds_mask(self.kinds))

    def _to_c(self, keep):
        d = antq_delegation()
        lib.antq_delegation_init(byref(d))
        d.from_level = enum_c(Level, self.from_level)
        d.to_level = enum_c(Level, self.to_level)
        d.kinds = kinds_mask(self.kinds)
        d.decision_date = date_c(self.decision_date, "decision_date")
        d.decision = _keep(keep, self.decision)
        d.unit_id = _keep(keep, self.unit_id)
        return d

    @classmethod
    def _from_c(cls, d):
        return cls(from_level=enum_py(Level, d.from_level), to_level=enum_py(Level, d.to_level),
                   kinds=kinds_set(d.kinds), decision_date=date_py(d.decision_date), decision=dec(d.decision),
                   unit_id=dec(d.unit_id))

    def issue(self, on_date=None):
        """antq_delegation_validate(): the :class:`DelegationIssue` on ``on_date``
        (None: the delegation's own date); VALID when lawful."""
        keep = []
        d = self._to_c(keep)
        issue = ctypes.c_int(0)
        err = antq_error()
        rc = lib.antq_delegation_validate(byref(issue), byref(d), date_c(on_date), byref(err))
        if rc not in (0, Status.ERANGE, Status.EMISSING):
            check(rc, err)
        return DelegationIssue(issue.value)

    def validate(self, on_date=None):
        """Raise the library's error (with its diagnostic) when the delegation is not lawful on ``on_date``."""
        keep = []
        d = self._to_c(keep)
        err = antq_error()
        check(lib.antq_delegation_validate(None, byref(d), date_c(on_date), byref(err)), err)


def authority_table():
    """The built-in authority table."""
    return [AuthorityRule._from_c(lib.antq_authority_get(i).contents) for i in range(lib.antq_authority_count())]


def authority_find(kind, managing_level, decision_date, table=None):
    """antq_authority_find(): the row deciding recognition, or None. @p table is a
    list of AuthorityRule (None: the built-in table)."""
    keep = []
    arr, n = _array(keep, antq_authority_rule, [r._to_c(keep) for r in table]) if table else (None, 0)
    ptr = lib.antq_authority_find(arr, n, enum_c(Kind, kind), enum_c(Level, managing_level),
                                  date_c(decision_date))
    return AuthorityRule._from_c(ptr.contents) if ptr else None


# ---------------------------------------------------------------- options
@dataclass
class ExtraCriterion:
    """A provincial extra criterion (``antq_extra_criterion``)."""
    id: str
    text_vi: str
    text_en: Optional[str] = None
    source: Optional[str] = None
    kinds: frozenset = frozenset()
    fails_on_events: frozenset = frozenset()

    def __post_init__(self):
        self.kinds = kinds_set(kinds_mask(self.kinds))
        self.fails_on_events = frozenset(coerce(EventKind, k) for k in self.fails_on_events)

    def _to_c(self, keep):
        events = 0
        for k in self.fails_on_events:
            events |= 1 << int(k)
        return antq_extra_criterion(id=_keep(keep, self.id), text_vi=_keep(keep, self.text_vi),
                                    text_en=_keep(keep, self.text_en), source=_keep(keep, self.source),
                                    kinds=kinds_mask(self.kinds), fails_on_events=events)

    @classmethod
    def _from_c(cls, x):
        return cls(id=dec(x.id), text_vi=dec(x.text_vi), text_en=dec(x.text_en), source=dec(x.source),
                   kinds=kinds_set(x.kinds),
                   fails_on_events=frozenset(EventKind(k) for k in range(1, len(EventKind) + 1)
                                             if x.fails_on_events & (1 << k)))


@dataclass
class Options:
    """Interpretation choices (``antq_options``).  A field left None takes the
    library default (antq_options_init()); :meth:`defaults` shows them."""
    trend_mode: Optional[TrendMode] = None
    pool_mode: Optional[PoolMode] = None
    emulation_mode: Optional[EmulationMode] = None
    deferral_is_warning: Optional[bool] = None
    school_year_end_mmdd: Optional[int] = None
    decision_date: Optional[datetime.date] = None
    protection_force_required: Optional[bool] = None
    new_rural_points: Optional[NewRuralPoints] = None
    extra: List[ExtraCriterion] = field(default_factory=list)
    authority_table: Optional[List[AuthorityRule]] = None
    period_start: Optional[PeriodStart] = None
    delegations: List[Delegation] = field(default_factory=list)

    def __post_init__(self):
        self.period_start = coerce(PeriodStart, self.period_start)
        self.trend_mode = coerce(TrendMode, self.trend_mode)
        self.pool_mode = coerce(PoolMode, self.pool_mode)
        self.emulation_mode = coerce(EmulationMode, self.emulation_mode)
        self.new_rural_points = coerce(NewRuralPoints, self.new_rural_points)

    @classmethod
    def defaults(cls):
        """The library's documented defaults, every field filled in."""
        o = antq_options()
        check(lib.antq_options_init(byref(o), ANTQ_OPTIONS_VERSION))
        return cls._from_c(o)

    def _to_c(self, keep):
        o = antq_options()
        check(lib.antq_options_init(byref(o), ANTQ_OPTIONS_VERSION))
        if self.trend_mode is not None:
            o.trend_mode = int(self.trend_mode)
        if self.pool_mode is not None:
            o.pool_mode = int(self.pool_mode)
        if self.emulation_mode is not None:
            o.emulation_mode = int(self.emulation_mode)
        if self.deferral_is_warning is not None:
            o.deferral_is_warning = int(strict_bool(self.deferral_is_warning, "Options.deferral_is_warning"))
        if self.school_year_end_mmdd is not None:
            o.school_year_end_mmdd = int(self.school_year_end_mmdd)
        if self.decision_date is not None:
            o.decision_date = date_c(self.decision_date, "decision_date")
        if self.protection_force_required is not None:
            o.protection_force_required = int(strict_bool(self.protection_force_required, "Options.protection_force_required"))
        if self.new_rural_points is not None:
            o.new_rural_points = int(self.new_rural_points)
        o.extra, o.n_extra = _array(keep, antq_extra_criterion, [x._to_c(keep) for x in self.extra])
        if self.authority_table is not None:
            o.authority_table, o.n_authority = _array(keep, antq_authority_rule,
                                                      [r._to_c(keep) for r in self.authority_table])
        if self.period_start is not None:
            o.period_start = int(self.period_start)
        o.delegations, o.n_delegations = _array(keep, antq_delegation, [d._to_c(keep) for d in self.delegations])
        return o

    @classmethod
    def _from_c(cls, o):
        return cls(trend_mode=TrendMode(o.trend_mode), pool_mode=PoolMode(o.pool_mode),
                   emulation_mode=EmulationMode(o.emulation_mode),
                   deferral_is_warning=bool(o.deferral_is_warning),
                   school_year_end_mmdd=o.school_year_end_mmdd, decision_date=date_py(o.decision_date),
                   protection_force_required=bool(o.protection_force_required),
                   new_rural_points=NewRuralPoints(o.new_rural_points),
                   extra=[ExtraCriterion._from_c(o.extra[i]) for i in range(o.n_extra)],
                   authority_table=([AuthorityRule._from_c(o.authority_table[i]) for i in range(o.n_authority)]
                                    if o.authority_table else None),
                   period_start=PeriodStart(o.period_start),
                   delegations=[Delegation._from_c(o.delegations[i]) for i in range(o.n_delegations)])


def options_c(options, keep):
    """Options/None -> pointer argument for the C API."""
    if options is None:
        return None
    if not isinstance(options, Options):
        raise TypeError(f"Options expected, got {type(options).__name__}")
    o = options._to_c(keep)
    keep.append(o)
    return byref(o)


# ---------------------------------------------------------------- names and dates
def unit_kind_name(kind):
    return dec(lib.antq_unit_kind_name(int(kind)))


def unit_kind_from_name(name):
    return Kind(lib.antq_unit_kind_from_name(enc(name)))


def event_kind_name(kind):
    return dec(lib.antq_event_kind_name(int(kind)))


def event_kind_from_name(name):
    return EventKind(lib.antq_event_kind_from_name(enc(name)))


def authority_body_name(body):
    return dec(lib.antq_authority_body_name(int(body)))


def education_level_is_general(level):
    return bool(lib.antq_education_level_is_general(int(coerce(EducationLevel, level))))


def date_add_days(d, days):
    """antq_date_add_days() on a datetime.date (None when leaving 1900–2999)."""
    return date_py(lib.antq_date_add_days(date_c(d), int(days)))


def format_date(d):
    """antq_date_format(): 'YYYY-MM-DD'."""
    buf = create_string_buffer(16)
    check(lib.antq_date_format(buf, len(buf), date_c(d)))
    return buf.value.decode()


def parse_date(text):
    """antq_date_parse(): datetime.date from 'YYYY-MM-DD' (ParseError / RangeError)."""
    out = c_int32(0)
    raw = enc(text)
    check(lib.antq_date_parse(byref(out), raw, len(raw)))
    return date_py(out.value)


def make_date(year, month, day):
    """antq_date_make(): datetime.date, or None when not a real date in 1900–2999."""
    return date_py(lib.antq_date_make(int(year), int(month), int(day)))


def replace(record, **changes):
    """dataclasses.replace for these records."""
    return dataclasses.replace(record, **changes)
