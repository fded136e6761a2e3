"""libantq for Python: rules-as-code for the standard "An toàn về an ninh, trật
tự" (Safe in security and order), Circular 124/2021/TT-BCA and 23/2012/TT-BCA.

A ctypes binding over the C library ``libantq.so.1`` (``ANTQ_LIBRARY``
overrides the path).  Quick start::

    import antq
    unit = antq.Unit(id="TP-1", kind="residential_area", parent_id="XA-1")
    ev = antq.Evidence(year=2024, registered=True, ...)
    with antq.evaluate(unit, ev) as result:
        print(result.verdict, result.explain("en"))

See bindings/python/README.md.
"""

from ._lib import BINDING_VERSION, SymbolMissingError, lib as _clib
from .dataset import Dataset, Evaluation, Stream, csv_header, validate, write_template, xlsx_supported
from .pipeline import Pipeline
from .provenance import catalogue_hash, default_detail, detail_name, input_digest, provenance_json
from .enums import (ActivityKind, AuthorityBody, CommuneType, CriterionRole, CsvFlags, DelegationIssue, Detail,
                    DisciplineLevel,
                    EducationLevel,
                    EmulationMode, EnterpriseSize, EventKind, FactKind, FestivalLevel, FestivalPart, Format, KeepResults, Kind,
                    Lang, Level, LoadFlags, Metric, NewRuralPoints, Op, Outcome, PeriodStart, PoolMode, Rating, Role,
                    RuleStatus,
                    RuleTopic, Severity, Standard, Status, StepsStatus, TaskState, TaskStatus, TrendMode, Verdict)
from .errors import (AntqError, BusyError, ClosedError, CycleError, DuplicateError, InputOutputError, InvalidError,
                     MissingError, NoRulesError, NotFoundError, OutOfMemoryError, ParseError, RangeError,
                     UnknownFieldError, Utf8Error, ValueTypeError, VersionError, status_name, strerror)
from .model import (AuthorityRule, Citation, Criterion, Delegation, Discipline, Event, Evidence, ExtraCriterion,
                    Options, Ruleset, Unit, authority_body_name, authority_find, authority_table,
                    authority_table_validate, catalogue, criterion,
                    date_add_days, education_level_is_general, event_kind_from_name, event_kind_name,
                    format_date, make_date, parse_date, period_for, ruleset_for_date, rulesets, standard_name,
                    standard_title, unit_kind_from_name, unit_kind_name)
from .plan import (Activity, Campaign, Commendation, Festival, FestivalCoverage, Plan, Scorecard, Target,
                   TargetResult, TargetStep, Task, TaskResult, festival_level_name, festival_ordinal, five_task_template,
                   five_task_text_en, metric_name, parse_target_wording, task_state_name)
from .result import Check, CommunePool, Fact, Result, Rollup, evaluate, fact_kind_name, outcome_name, verdict_name
from .text import (fact_kind_label, festival_level_label, format_count, format_local_date, format_money,
                   format_percent, format_share, format_tenths, metric_label, missing_label, outcome_label,
                   share_round, status_label, task_state_label, unit_kind_label, verdict_label)

__version__ = "1.1.0"


def version():
    """Run-time version string of the loaded libantq ("X.Y.Z")."""
    return _clib.antq_version().decode()


def version_number():
    """Run-time version number X*10000 + Y*100 + Z."""
    return _clib.antq_version_number()


def library_path():
    """Path or soname the library was loaded from."""
    return _clib.path


__all__ = [name for name in dir() if not name.startswith("_")]
