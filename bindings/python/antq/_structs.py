"""ctypes mirrors of every public libantq struct.

Field names, order and types are exactly those of include/antq/*.h; the test
tests/test_layout.py compiles a C program that prints sizeof/offsetof of each
struct and compares them with these classes, so any drift fails.

Strings are declared ``c_char_p`` (UTF-8 ``const char *``); arrays that the
caller lends to the library are ``POINTER(struct)`` with a ``size_t`` count.
"""

from ctypes import (POINTER, Structure as _CStructure, c_char, c_char_p, c_int32, c_int64, c_size_t, c_uint32,
                    c_uint64, c_void_p, sizeof)

# What an integer field of each C type holds: a value outside is refused, never wrapped.
_LIMITS = {c_int32: (-2 ** 31, 2 ** 31 - 1), c_int64: (-2 ** 63, 2 ** 63 - 1),
           c_uint32: (0, 2 ** 32 - 1), c_uint64: (0, 2 ** 64 - 1),
           c_size_t: (0, 2 ** (8 * sizeof(c_size_t)) - 1)}


class Structure(_CStructure):
    """A ctypes Structure that refuses, instead of silently changing, what its
    C field cannot hold: an integer out of the field's range (OverflowError;
    ctypes would wrap 2**64 + 212 to 212) and text with a NUL byte (ValueError;
    C would cut the string there).  Every record the binding lends to the
    library is one of these, so the check is in one place."""

    def __setattr__(self, name, value):
        ctype = type(self)._field_ctype(name)
        if ctype in _LIMITS and isinstance(value, int):
            lo, hi = _LIMITS[ctype]
            if not lo <= value <= hi:
                raise OverflowError(f"{type(self).__name__}.{name}: {value} is outside {lo}..{hi}")
        elif ctype is c_char_p and isinstance(value, bytes) and b"\0" in value:
            raise ValueError(f"{type(self).__name__}.{name}: text with a NUL character: {value!r}")
        super().__setattr__(name, value)

    @classmethod
    def _field_ctype(cls, name):
        types = cls.__dict__.get("_ctypes_by_name")
        if types is None:
            types = {n: t for n, t in getattr(cls, "_fields_", ())}
            cls._ctypes_by_name = types
        return types.get(name)

ANTQ_ERROR_PATH_SIZE = 256
ANTQ_ERROR_MESSAGE_SIZE = 256


# ---- error.h
class antq_error(Structure):
    _fields_ = [
        ("code", c_int32),
        ("line", c_int32),
        ("column", c_int32),
        ("reserved", c_int32),
        ("offset", c_uint64),
        ("path", c_char * ANTQ_ERROR_PATH_SIZE),
        ("message", c_char * ANTQ_ERROR_MESSAGE_SIZE),
    ]


# ---- unit.h
class antq_unit(Structure):
    _fields_ = [
        ("id", c_char_p),
        ("name", c_char_p),
        ("local_type", c_char_p),
        ("parent_id", c_char_p),
        ("kind", c_int32),
        ("commune_type", c_int32),
        ("managing_level", c_int32),
        ("delegated_to_commune", c_int32),
        ("armed_forces", c_int32),
        ("enterprise_size", c_int32),
        ("education_level", c_int32),
        ("has_party_org", c_int32),
        ("general_education", c_int32),
        ("has_protection_force", c_int32),
        ("emulation_eligible", c_int32),
    ]


# ---- evidence.h
class antq_event(Structure):
    _fields_ = [
        ("date", c_int32),
        ("kind", c_int32),
        ("severity", c_int32),
        ("discipline", c_int32),
        ("force_majeure", c_int32),
        ("handled_promptly", c_int32),
        ("unit_id", c_char_p),
        ("note", c_char_p),
    ]


class antq_discipline(Structure):
    _fields_ = [
        ("date", c_int32),
        ("role", c_int32),
        ("level", c_int32),
        ("reserved", c_int32),
    ]


class antq_extra_answer(Structure):
    _fields_ = [
        ("criterion_id", c_char_p),
        ("met", c_int32),
        ("reserved", c_int32),
    ]


class antq_evidence(Structure):
    _fields_ = [
        ("year", c_int32),
        ("registered", c_int32),
        ("registration_date", c_int32),
        ("party_resolution_date", c_int32),
        ("plan_date", c_int32),
        ("households_resident", c_int64),
        ("households_registered", c_int64),
        ("households_committed", c_int64),
        ("staff_total", c_int64),
        ("staff_briefed", c_int64),
        ("staff_committed", c_int64),
        ("learners_total", c_int64),
        ("learners_briefed", c_int64),
        ("learners_committed", c_int64),
        ("rule_topics", c_int32),
        ("decision_date", c_int32),
        ("effective_models", c_int64),
        ("implements_policy", c_int32),
        ("parent_board_coordination", c_int32),
        ("supervision_effective", c_int32),
        ("police_effective", c_int32),
        ("police_advanced_unit", c_int32),
        ("coordination_plan", c_int32),
        ("crimes", c_int64),
        ("crimes_prev", c_int64),
        ("social_evils", c_int64),
        ("social_evils_prev", c_int64),
        ("other_violations", c_int64),
        ("other_violations_prev", c_int64),
        ("grassroots_rating", c_int32),
        ("protection_rating", c_int32),
        ("protection_advanced_title", c_int32),
        ("decision_body", c_int32),
        ("subunits_total", c_int64),
        ("subunits_qualified", c_int64),
        ("members_total", c_int64),
        ("members_registered", c_int64),
        ("members_certified", c_int64),
        ("events_recorded", c_int32),
        ("disciplines_recorded", c_int32),
        ("events", POINTER(antq_event)),
        ("n_events", c_size_t),
        ("disciplines", POINTER(antq_discipline)),
        ("n_disciplines", c_size_t),
        ("extra", POINTER(antq_extra_answer)),
        ("n_extra", c_size_t),
    ]


# ---- criteria.h
class antq_ruleset(Structure):
    _fields_ = [
        ("id", c_char_p),
        ("title_vi", c_char_p),
        ("title_en", c_char_p),
        ("valid_from", c_int32),
        ("valid_to", c_int32),
        ("signed_on", c_int32),
        ("reserved", c_int32),
    ]


class antq_citation(Structure):
    _fields_ = [
        ("instrument", c_char_p),
        ("article", c_int32),
        ("clause", c_int32),
        ("points", c_char_p),
    ]


class antq_criterion(Structure):
    _fields_ = [
        ("id", c_char_p),
        ("role", c_int32),
        ("status", c_int32),
        ("kinds", c_uint32),
        ("valid_from", c_int32),
        ("valid_to", c_int32),
        ("reserved", c_int32),
        ("citation", antq_citation),
        ("text_vi", c_char_p),
        ("text_en", c_char_p),
        ("op", c_int32),
        ("reserved2", c_int32),
        ("threshold_num", c_int64),
        ("threshold_den", c_int64),
    ]


class antq_authority_rule(Structure):
    _fields_ = [
        ("valid_from", c_int32),
        ("valid_to", c_int32),
        ("kind", c_int32),
        ("managing_level", c_int32),
        ("body", c_int32),
        ("deadline_mmdd", c_int32),
        ("status", c_int32),
        ("appraiser", c_int32),
        ("citation", antq_citation),
        ("note_en", c_char_p),
    ]


class antq_delegation(Structure):
    _fields_ = [
        ("from_level", c_int32),
        ("to_level", c_int32),
        ("kinds", c_uint32),
        ("decision_date", c_int32),
        ("decision", c_char_p),
        ("unit_id", c_char_p),
    ]


# ---- evaluate.h
class antq_extra_criterion(Structure):
    _fields_ = [
        ("id", c_char_p),
        ("text_vi", c_char_p),
        ("text_en", c_char_p),
        ("source", c_char_p),
        ("kinds", c_uint32),
        ("fails_on_events", c_int32),
    ]


class antq_options(Structure):
    _fields_ = [
        ("version", c_uint32),
        ("trend_mode", c_int32),
        ("pool_mode", c_int32),
        ("emulation_mode", c_int32),
        ("deferral_is_warning", c_int32),
        ("school_year_end_mmdd", c_int32),
        ("decision_date", c_int32),
        ("protection_force_required", c_int32),
        ("extra", POINTER(antq_extra_criterion)),
        ("n_extra", c_size_t),
        ("authority_table", POINTER(antq_authority_rule)),
        ("n_authority", c_size_t),
        ("new_rural_points", c_int32),
        ("reserved_standard", c_int32),
        ("period_start", c_int32),
        ("reserved", c_int32),
        ("delegations", POINTER(antq_delegation)),
        ("n_delegations", c_size_t),
    ]


class antq_fact(Structure):
    _fields_ = [
        ("kind", c_int32),
        ("outcome", c_int32),
        ("op", c_int32),
        ("detail", c_int32),
        ("value", c_int64),
        ("total", c_int64),
        ("threshold_num", c_int64),
        ("threshold_den", c_int64),
        ("gap", c_int64),
        ("date", c_int32),
        ("level", c_int32),
        ("missing", c_char_p),
        ("subject", c_char_p),
    ]


class antq_check(Structure):
    _fields_ = [
        ("criterion", POINTER(antq_criterion)),
        ("outcome", c_int32),
        ("reserved", c_int32),
        ("facts", POINTER(antq_fact)),
        ("n_facts", c_size_t),
    ]


class antq_rollup(Structure):
    _fields_ = [
        ("size", c_uint32),
        ("reserved0", c_int32),
        ("commune_id", c_char_p),
        ("ra_total", c_int64),
        ("ra_registered", c_int64),
        ("ra_registration_unknown", c_int64),
        ("ra_certified", c_int64),
        ("ra_undetermined", c_int64),
        ("managed_total", c_int64),
        ("managed_registered", c_int64),
        ("managed_registration_unknown", c_int64),
        ("managed_certified", c_int64),
        ("managed_undetermined", c_int64),
        ("uncertain_total", c_int64),
        ("uncertain_registered", c_int64),
        ("uncertain_registration_unknown", c_int64),
        ("uncertain_certified", c_int64),
        ("uncertain_undetermined", c_int64),
        ("not_eligible", c_int64),
        ("outside_pool", c_int64),
        ("year", c_int32),
        ("reserved", c_int32),
    ]


# ---- plan.h
class antq_activity(Structure):
    _fields_ = [
        ("kind", c_int32),
        ("part", c_int32),
        ("date", c_int32),
        ("reserved", c_int32),
        ("participants", c_int64),
        ("gifts", c_int64),
        ("gift_value_vnd", c_int64),
        ("description", c_char_p),
    ]


class antq_commendation(Structure):
    _fields_ = [
        ("name", c_char_p),
        ("collective", c_int32),
        ("reserved", c_int32),
        ("form", c_char_p),
    ]


class antq_festival(Structure):
    _fields_ = [
        ("id", c_char_p),
        ("host_unit_id", c_char_p),
        ("year", c_int32),
        ("level", c_int32),
        ("point_site", c_int32),
        ("window_start", c_int32),
        ("window_end", c_int32),
        ("held_on", c_int32),
        ("participants", c_int64),
        ("activities", POINTER(antq_activity)),
        ("n_activities", c_size_t),
        ("commendations", POINTER(antq_commendation)),
        ("n_commendations", c_size_t),
    ]


class antq_task(Structure):
    _fields_ = [
        ("id", c_char_p),
        ("content", c_char_p),
        ("lead", c_char_p),
        ("supporting", c_char_p),
        ("deadline", c_int32),
        ("status", c_int32),
        ("completed_on", c_int32),
        ("template_task", c_int32),
        ("evidence", c_char_p),
    ]


class antq_target(Structure):
    _fields_ = [
        ("id", c_char_p),
        ("text", c_char_p),
        ("metric", c_int32),
        ("op", c_int32),
        ("threshold_num", c_int64),
        ("threshold_den", c_int64),
        ("kinds", c_uint32),
        ("festival_level", c_int32),
        ("scope_id", c_char_p),
        ("year", c_int32),
        ("reserved", c_int32),
        ("reported_num", c_int64),
        ("reported_den", c_int64),
    ]


class antq_plan(Structure):
    _fields_ = [
        ("id", c_char_p),
        ("number", c_char_p),
        ("issued_on", c_int32),
        ("year", c_int32),
        ("issuer", c_char_p),
        ("purpose", c_char_p),
        ("tasks", POINTER(antq_task)),
        ("n_tasks", c_size_t),
        ("targets", POINTER(antq_target)),
        ("n_targets", c_size_t),
    ]


class antq_target_result(Structure):
    _fields_ = [
        ("target", POINTER(antq_target)),
        ("outcome", c_int32),
        ("op", c_int32),
        ("value_num", c_int64),
        ("value_den", c_int64),
        ("gap", c_int64),
        ("missing", c_char_p),
    ]


class antq_target_step(Structure):
    _fields_ = [
        ("unit_index", c_size_t),
        ("unit_id", c_char_p),
        ("unit_name", c_char_p),
        ("verdict", c_int32),
        ("follows", c_int32),
        ("n_failed", c_int32),
        ("n_unknown", c_int32),
        ("gap", c_int64),
        ("need_vi", c_char_p),
        ("need_en", c_char_p),
    ]


class antq_task_result(Structure):
    _fields_ = [
        ("task", POINTER(antq_task)),
        ("state", c_int32),
        ("days_late", c_int32),
    ]


class antq_festival_coverage(Structure):
    _fields_ = [
        ("size", c_uint32),
        ("year", c_int32),
        ("ordinal", c_int32),
        ("reserved", c_int32),
        ("communes", c_int64),
        ("communes_held", c_int64),
        ("areas", c_int64),
        ("areas_held", c_int64),
        ("organisations", c_int64),
        ("organisations_held", c_int64),
        ("point_sites", c_int64 * 7),
        ("communes_with_area_point_site", c_int64),
        ("participants", c_int64),
        ("gifts", c_int64),
        ("gift_value_vnd", c_int64),
        ("commendations", c_int64),
    ]


class antq_input_digest(Structure):
    """provenance.h: one input and the SHA-256 of its bytes."""
    _fields_ = [
        ("name", c_char_p),
        ("size", c_uint64),
        ("sha256", c_char * 65),
        ("reserved", c_char * 7),
    ]


class antq_provenance(Structure):
    """provenance.h: what produced a set of results."""
    _fields_ = [
        ("version", c_uint32),
        ("evaluation_date", c_int32),
        ("year", c_int32),
        ("format", c_int32),
        ("detail", c_int32),
        ("lang", c_int32),
        ("options", POINTER(antq_options)),
        ("inputs", POINTER(antq_input_digest)),
        ("n_inputs", c_size_t),
    ]


class antq_commune_pool(Structure):
    _fields_ = [
        ("size", c_uint32),
        ("residential_only", c_int32),
        ("pool", c_int64),
        ("registered", c_int64),
        ("certified", c_int64),
        ("undetermined", c_int64),
        ("uncertain", c_int64),
        ("uncertain_certified", c_int64),
        ("uncertain_undetermined", c_int64),
        ("share_tenths", c_int64),
        ("threshold_num", c_int64),
        ("threshold_den", c_int64),
        ("meets", c_int32),
        ("reserved", c_int32),
    ]


class antq_pipeline_config(Structure):
    _fields_ = [
        ("version", c_uint32),
        ("year_from", c_int32),
        ("year_to", c_int32),
        ("all_years", c_int32),
        ("with_previous", c_int32),
        ("check_only", c_int32),
        ("options", POINTER(antq_options)),
        ("options_year", c_int32),
        ("decision_date", c_int32),
        ("load_flags", c_uint32),
        ("standard", c_int32),
        ("on_error", c_void_p),
        ("error_userdata", c_void_p),
        ("on_record", c_void_p),  # version 2 (1.1)
    ]


# ---- sheet.h
class antq_csv_file(Structure):
    _fields_ = [
        ("name", c_char_p),
        ("text", c_char_p),
        ("len", c_size_t),
    ]


# ---- opaque handles (never dereferenced from Python)
class antq_result(Structure):
    pass


class antq_dataset(Structure):
    pass


class antq_evaluation(Structure):
    pass


class antq_stream(Structure):
    pass


class antq_campaign(Structure):
    pass


class antq_pipeline(Structure):
    pass


class antq_scorecard(Structure):
    pass


class antq_plan_tally(Structure):
    pass


#: Every public struct with a layout, in header order (used by the layout test).
PUBLIC_STRUCTS = (
    antq_error, antq_unit, antq_event, antq_discipline, antq_extra_answer, antq_evidence,
    antq_ruleset, antq_citation, antq_criterion, antq_authority_rule, antq_delegation, antq_extra_criterion,
    antq_options, antq_fact, antq_check, antq_rollup, antq_activity, antq_commendation,
    antq_festival, antq_task, antq_target, antq_plan, antq_target_result, antq_target_step, antq_task_result,
    antq_festival_coverage, antq_commune_pool, antq_input_digest, antq_provenance, antq_pipeline_config, antq_csv_file,
)

#: Opaque handle types (declared but not defined in the headers).
OPAQUE_STRUCTS = (antq_result, antq_dataset, antq_evaluation, antq_stream, antq_campaign,
                  antq_scorecard, antq_pipeline, antq_plan_tally)
