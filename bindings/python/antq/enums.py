"""The enumerations of the public headers as IntEnum/IntFlag classes.

Values are those of the C headers (tests/test_drift.py parses the headers and
compares every member).  Functions of the binding accept a member, its integer
value or its stable lower-case name ("residential_area", "commune_police" ...).
"""

from enum import IntEnum, IntFlag


class Status(IntEnum):
    """#antq_status (error.h)."""
    OK = 0
    ERROR = -1
    ENOMEM = -2
    EINVAL = -3
    EPARSE = -4
    ETYPE = -5
    ERANGE = -6
    ENOTFOUND = -7
    EDUPLICATE = -8
    ECYCLE = -9
    ENORULES = -10
    EIO = -11
    EUTF8 = -12
    EUNKNOWNFIELD = -13
    EMISSING = -14
    EVERSION = -15


class Lang(IntEnum):
    """#antq_lang (common.h)."""
    VI = 0
    EN = 1


class Kind(IntEnum):
    """#antq_unit_kind (unit.h)."""
    UNKNOWN = 0
    RESIDENTIAL_AREA = 1
    COMMUNE = 2
    AGENCY = 3
    ENTERPRISE = 4
    EDUCATIONAL_INSTITUTION = 5


class CommuneType(IntEnum):
    """#antq_commune_type (unit.h)."""
    UNKNOWN = 0
    COMMUNE = 1
    WARD = 2
    TOWN = 3
    SPECIAL_ZONE = 4


class Level(IntEnum):
    """#antq_level (unit.h)."""
    UNKNOWN = 0
    COMMUNE = 1
    DISTRICT = 2
    PROVINCE = 3
    MINISTRY = 4


class EnterpriseSize(IntEnum):
    """#antq_enterprise_size (unit.h)."""
    UNKNOWN = 0
    MICRO = 1
    SMALL = 2
    MEDIUM = 3
    LARGE = 4


class EducationLevel(IntEnum):
    """#antq_education_level (unit.h)."""
    UNKNOWN = 0
    NURSERY = 1
    KINDERGARTEN = 2
    PRIMARY = 3
    LOWER_SECONDARY = 4
    UPPER_SECONDARY = 5
    MULTI_LEVEL = 6
    CONTINUING = 7
    VOCATIONAL = 8
    COLLEGE = 9
    UNIVERSITY = 10
    OTHER = 11


class EventKind(IntEnum):
    """#antq_event_kind (evidence.h)."""
    UNKNOWN = 0
    ANTI_STATE = 1
    SABOTAGE = 2
    UNLAWFUL_RELIGION = 3
    EXPLOITING_GRIEVANCES = 4
    SEPARATISM = 5
    PROLONGED_DISPUTE = 6
    CROWD_INCITEMENT = 7
    UNLAWFUL_STRIKE = 8
    CRIME = 9
    STATE_SECRET_BREACH = 10
    SERIOUS_FIRE_EXPLOSION = 11
    FATAL_LABOUR_ACCIDENT = 12
    SERIOUS_INCIDENT = 13
    ENV_FOOD_VIOLATION = 14
    STAFF_ADMIN_SANCTION = 15
    STAFF_SOCIAL_EVIL = 16
    SCHOOL_VIOLENCE = 17
    MEMBER_CRIME_OR_EVIL = 18
    NEW_HOTSPOT = 19
    NEW_SOCIAL_EVIL_PERSON = 20
    HIGH_VALUE_THEFT = 21
    FATAL_TRAFFIC_ACCIDENT = 22
    PROVINCIAL_INCIDENT = 23


class Severity(IntEnum):
    """#antq_crime_severity (evidence.h)."""
    UNKNOWN = 0
    LESS_SERIOUS = 1
    SERIOUS = 2
    VERY_SERIOUS = 3
    PARTICULARLY_SERIOUS = 4


class DisciplineLevel(IntEnum):
    """#antq_discipline_level (evidence.h)."""
    UNKNOWN = -1  # not reported (events only)
    NONE = 0
    REPRIMAND = 1
    PAY_RISE_DEFERRAL = 2
    WARNING = 3
    SALARY_REDUCTION = 4
    DEMOTION = 5
    REMOVAL = 6
    DISMISSAL = 7


class Role(IntEnum):
    """#antq_role (evidence.h)."""
    UNKNOWN = 0
    GRASSROOTS_TEAM = 1
    COMMUNE_POLICE = 2
    PROTECTION_FORCE = 3
    SUBUNIT = 4
    NEIGHBOURHOOD_PROTECTION = 5


class Rating(IntEnum):
    """#antq_rating (evidence.h)."""
    UNKNOWN = 0
    NOT_COMPLETED = 1
    COMPLETED = 2
    COMPLETED_WELL = 3
    EXCELLENT = 4


class RuleTopic(IntFlag):
    """#antq_rule_topic bit flags (evidence.h)."""
    UNIT_PROTECTION = 1 << 0
    STATE_SECRETS = 1 << 1
    INTERNAL_POLITICS = 1 << 2
    LABOUR_SAFETY = 1 << 3
    FIRE_PREVENTION = 1 << 4
    ENVIRONMENT = 1 << 5
    LEARNER_MANAGEMENT = 1 << 6


class RuleStatus(IntEnum):
    """#antq_rule_status (criteria.h): character codes."""
    VERIFIED = ord("V")
    SECONDARY = ord("S")
    DERIVED = ord("D")
    UNVERIFIED = ord("U")


class CriterionRole(IntEnum):
    """#antq_criterion_role (criteria.h)."""
    SCOPE = 1
    STANDARD = 2
    PROCEDURE = 3


class Op(IntEnum):
    """#antq_op (criteria.h)."""
    NONE = 0
    GE = 1
    GT = 2
    LE = 3
    LT = 4
    EQ_ALL = 5
    ZERO = 6
    TRUE = 7
    IN_RANGE = 8


class AuthorityBody(IntEnum):
    """#antq_authority_body (criteria.h)."""
    UNKNOWN = 0
    COMMUNE_COMMITTEE = 1
    DISTRICT_COMMITTEE = 2
    PROVINCE_COMMITTEE = 3
    MINISTER = 4
    COMMUNE_STEERING_OFFICE = 5
    DISTRICT_STEERING_OFFICE = 6
    PROVINCE_STEERING_OFFICE = 7
    DEPARTMENT_V05 = 8


class DelegationIssue(IntEnum):
    """#antq_delegation_issue (criteria.h)."""
    VALID = 0
    LEVEL_MISSING = 1
    KIND_NOT_DELEGABLE = 2
    NOT_A_COMMITTEE = 3
    NOT_DOWNWARD = 4
    MORE_THAN_ONE_LEVEL = 5
    LEVEL_ABOLISHED = 6


class PeriodStart(IntEnum):
    """#antq_period_start (evaluate.h)."""
    DAY_AFTER = 0
    SAME_DAY = 1


class TrendMode(IntEnum):
    """#antq_trend_mode (evaluate.h)."""
    NOT_INCREASED = 0
    STRICTLY_REDUCED = 1


class PoolMode(IntEnum):
    """#antq_pool_mode (evaluate.h)."""
    ALL_MANAGED = 0
    RESIDENTIAL_ONLY = 1


class EmulationMode(IntEnum):
    """#antq_emulation_mode (evaluate.h)."""
    INELIGIBLE_SKIPS = 0
    INELIGIBLE_FAILS = 1


class NewRuralPoints(IntEnum):
    """#antq_new_rural_points (evaluate.h)."""
    A_E = 0
    A_G = 1


class Standard(IntEnum):
    """#antq_standard (criteria.h)."""
    SAFE = 0
    LEGAL_ACCESS = 1
    NEW_RURAL = 2
    CIVILIZED_URBAN = 3
    TYPICAL_UNIT = 4


class StepsStatus(IntEnum):
    """#antq_steps_status (plan.h)."""
    NONE = 0
    LISTED = 1
    UNREACHABLE = 2
    NOT_PER_UNIT = 3


class Outcome(IntEnum):
    """#antq_outcome (evaluate.h)."""
    PASS = 1
    FAIL = 2
    NOT_APPLICABLE = 3
    UNKNOWN = 4
    EXCLUDED = 5


class Verdict(IntEnum):
    """#antq_verdict (evaluate.h)."""
    CERTIFIED = 1
    NOT_CERTIFIED = 2
    NOT_ELIGIBLE = 3
    UNDETERMINED = 4


class FactKind(IntEnum):
    """#antq_fact_kind (evaluate.h)."""
    REGISTERED = 1
    RESOLUTION_DATE = 2
    PLAN_DATE = 3
    REGISTRATION_DATE = 4
    HOUSEHOLDS_REGISTERED = 5
    HOUSEHOLDS_COMMITTED = 6
    STAFF_BRIEFED = 7
    LEARNERS_BRIEFED = 8
    STAFF_COMMITTED = 9
    LEARNERS_COMMITTED = 10
    RULE_TOPICS = 11
    EFFECTIVE_MODELS = 12
    IMPLEMENTS_POLICY = 13
    PARENT_BOARD = 14
    EVENTS = 15
    TREND_CRIMES = 16
    TREND_SOCIAL_EVILS = 17
    TREND_OTHER = 18
    SUPERVISION = 19
    GRASSROOTS_RATING = 20
    DISCIPLINED = 21
    POLICE_EFFECTIVE = 22
    MEMBERS_REGISTERED = 23
    MEMBERS_CERTIFIED = 24
    PROTECTION_STANDING = 25
    SUBUNITS_QUALIFIED = 26
    SCOPE_ARMED_FORCES = 27
    SCOPE_SMALL_ENTERPRISE = 28
    SCOPE_PRIMARY_PRESCHOOL = 29
    EXTRA = 30
    POLICE_ADVANCED = 31
    COORDINATION_PLAN = 32
    PARTY_ORG = 33
    EMULATION_ELIGIBLE = 34
    SAFE_STANDARD = 35
    ANSWER = 36
    SCOPE_URBAN = 37
    DELEGATION = 38
    DECISION_BODY = 39
    DECISION_DATE = 40
    EXTRA_EVENTS = 41


class LoadFlags(IntFlag):
    """#antq_load_flags (dataset.h)."""
    DEFAULT = 0
    KEEP_UNKNOWN = 1 << 0


class CsvFlags(IntFlag):
    """#antq_csv_flags (dataset.h): CSV for spreadsheets."""
    DEFAULT = 0
    RAW_CELLS = 1 << 0
    NO_BOM = 1 << 1


class Format(IntEnum):
    """#antq_format (dataset.h)."""
    JSON = 0
    NDJSON = 1
    CSV_UNITS = 2
    CSV_CRITERIA = 3
    TEXT = 4


class Detail(IntEnum):
    """#antq_detail (output.h): how much of a result is written."""
    VERDICT = 0
    FAILURES = 1
    FULL = 2


class KeepResults(IntEnum):
    """#antq_keep_results (pipeline.h): what a Pipeline keeps of its results."""
    ALL = 1
    OPEN = 2
    LATEST = 3


class FestivalLevel(IntEnum):
    """#antq_festival_level (plan.h)."""
    UNKNOWN = 0
    PROVINCE = 1
    COMMUNE = 2
    RESIDENTIAL_AREA = 3
    AGENCY = 4
    ENTERPRISE = 5
    EDUCATIONAL_INSTITUTION = 6


class FestivalPart(IntEnum):
    """#antq_festival_part (plan.h)."""
    UNKNOWN = 0
    CEREMONY = 1
    FESTIVAL = 2


class ActivityKind(IntEnum):
    """#antq_activity_kind (plan.h)."""
    UNKNOWN = 0
    MEETING = 1
    TRADITIONAL_TALK = 2
    MOVEMENT_REVIEW = 3
    COMMENDATION = 4
    CULTURAL_EXCHANGE = 5
    SPORT = 6
    LAW_CONTEST = 7
    GIFT_VISIT = 8
    OTHER = 9


class TaskStatus(IntEnum):
    """#antq_task_status (plan.h)."""
    UNKNOWN = 0
    NOT_STARTED = 1
    IN_PROGRESS = 2
    DONE = 3
    CANCELLED = 4


class Metric(IntEnum):
    """#antq_metric (plan.h)."""
    UNKNOWN = 0
    SHARE_CERTIFIED = 1
    SHARE_REGISTERED = 2
    HOUSEHOLDS_REGISTERED = 3
    COUNT_CERTIFIED = 4
    FESTIVAL_HELD = 5
    POINT_SITES = 6
    COMMUNES_WITH_POINT_SITE = 7
    KEY_COMPLEX_COMMUNES = 8
    NEW_RURAL_SECURITY = 9
    REPORTED = 10


class TaskState(IntEnum):
    """#antq_task_state (plan.h)."""
    ON_TIME = 1
    DONE_LATE = 2
    OVERDUE = 3
    OPEN = 4
    CANCELLED = 5


#: C enum typedef -> (Python class, prefix of its C constants).  Used by the drift test.
C_ENUMS = {
    "antq_lang": (Lang, "ANTQ_LANG_"),
    "antq_unit_kind": (Kind, "ANTQ_KIND_"),
    "antq_commune_type": (CommuneType, "ANTQ_COMMUNE_TYPE_"),
    "antq_level": (Level, "ANTQ_LEVEL_"),
    "antq_enterprise_size": (EnterpriseSize, "ANTQ_SIZE_"),
    "antq_education_level": (EducationLevel, "ANTQ_EDU_"),
    "antq_event_kind": (EventKind, "ANTQ_EVENT_"),
    "antq_crime_severity": (Severity, "ANTQ_SEVERITY_"),
    "antq_discipline_level": (DisciplineLevel, "ANTQ_DISCIPLINE_"),
    "antq_role": (Role, "ANTQ_ROLE_"),
    "antq_rating": (Rating, "ANTQ_RATING_"),
    "antq_rule_topic": (RuleTopic, "ANTQ_TOPIC_"),
    "antq_rule_status": (RuleStatus, "ANTQ_STATUS_"),
    "antq_criterion_role": (CriterionRole, "ANTQ_CRITERION_"),
    "antq_op": (Op, "ANTQ_OP_"),
    "antq_authority_body": (AuthorityBody, "ANTQ_BODY_"),
    "antq_delegation_issue": (DelegationIssue, "ANTQ_DELEGATION_"),
    "antq_period_start": (PeriodStart, "ANTQ_PERIOD_START_"),
    "antq_trend_mode": (TrendMode, "ANTQ_TREND_"),
    "antq_pool_mode": (PoolMode, "ANTQ_POOL_"),
    "antq_emulation_mode": (EmulationMode, "ANTQ_EMULATION_"),
    "antq_new_rural_points": (NewRuralPoints, "ANTQ_NEW_RURAL_POINTS_"),
    "antq_standard": (Standard, "ANTQ_STANDARD_"),
    "antq_steps_status": (StepsStatus, "ANTQ_STEPS_"),
    "antq_outcome": (Outcome, "ANTQ_OUTCOME_"),
    "antq_verdict": (Verdict, "ANTQ_VERDICT_"),
    "antq_fact_kind": (FactKind, "ANTQ_FACT_"),
    "antq_load_flags": (LoadFlags, "ANTQ_LOAD_"),
    "antq_format": (Format, "ANTQ_FORMAT_"),
    "antq_detail": (Detail, "ANTQ_DETAIL_"),
    "antq_keep_results": (KeepResults, "ANTQ_KEEP_RESULTS_"),
    "antq_csv_flags": (CsvFlags, "ANTQ_CSV_"),
    "antq_festival_level": (FestivalLevel, "ANTQ_FESTIVAL_LEVEL_"),
    "antq_festival_part": (FestivalPart, "ANTQ_PART_"),
    "antq_activity_kind": (ActivityKind, "ANTQ_ACTIVITY_"),
    "antq_task_status": (TaskStatus, "ANTQ_TASK_"),
    "antq_metric": (Metric, "ANTQ_METRIC_"),
    "antq_task_state": (TaskState, "ANTQ_TASK_STATE_"),
}
#: antq_tri is mapped to None/False/True rather than to an enum class.
C_ENUMS_NOT_MAPPED = {"antq_tri"}


def coerce(enum_cls, value, *, none_is=None):
    """Member of @p enum_cls for a member, an int or a stable lower-case name.
    None gives @p none_is (a member, or None)."""
    if value is None:
        return none_is
    if isinstance(value, enum_cls):
        return value
    if isinstance(value, str):
        try:
            return enum_cls[value.strip().upper()]
        except KeyError:
            raise ValueError(f"{value!r} is not a {enum_cls.__name__} name "
                             f"(expected one of {', '.join(m.name.lower() for m in enum_cls)})") from None
    if isinstance(value, bool):
        raise TypeError(f"{enum_cls.__name__} expected, got a bool")
    return enum_cls(int(value))
