"""Loading libantq and the one table of C prototypes.

The library is loaded by its soname (``libantq.so.1``); the environment
variable ``ANTQ_LIBRARY`` overrides it with a path (used by the tests, which
run against the freshly built library).  Every function of lib/libantq.sym
has exactly one entry in :data:`FUNCTIONS` (``name: (restype, argtypes)``);
tests/test_drift.py checks the table against the symbol file and against the
prototypes in the public headers.

At import the run-time version (``antq_version_number()``) is checked: the
binding is written for 1.0: the major must match and the minor be at least
the binding's (1.x libraries only add to 1.0, doc/abi.md).
"""

import ctypes
import os
import sys
from ctypes import (CFUNCTYPE, POINTER, c_char, c_char_p, c_int, c_int32, c_int64, c_size_t,
                    c_uint, c_void_p)

from ._structs import (antq_activity, antq_authority_rule, antq_campaign, antq_check,
                       antq_citation, antq_commendation, antq_commune_pool, antq_criterion, antq_csv_file,
                       antq_dataset, antq_delegation, antq_discipline, antq_error, antq_evaluation, antq_event,
                       antq_evidence, antq_extra_answer, antq_extra_criterion, antq_fact,
                       antq_festival, antq_festival_coverage, antq_input_digest, antq_options, antq_pipeline,
                       antq_pipeline_config, antq_plan, antq_provenance, antq_result, antq_rollup, antq_ruleset,
                       antq_scorecard, antq_plan_tally, antq_stream, antq_target, antq_target_result, antq_target_step,
                       antq_task, antq_task_result, antq_unit)

#: (major, minor) of the library this binding was written for.
BINDING_VERSION = (1, 1)

SONAME = "libantq.1.dylib" if sys.platform == "darwin" else "libantq.so.1"

P = POINTER

#: typedef int (*antq_error_fn)(const antq_error *err, void *userdata);
antq_error_fn = CFUNCTYPE(c_int, P(antq_error), c_void_p)
#: typedef int (*antq_stream_fn)(const char *line, size_t len, void *userdata);
#: (the line is not NUL-terminated, so it is received as a char pointer plus length)
antq_stream_fn = CFUNCTYPE(c_int, P(c_char), c_size_t, c_void_p)
#: typedef int (*antq_stream_result_fn)(const antq_result *result, const char *text, size_t len, void *userdata);
antq_stream_result_fn = CFUNCTYPE(c_int, P(antq_result), P(c_char), c_size_t, c_void_p)
#: typedef int (*antq_result_fn)(const antq_result *result, const antq_unit *unit,
#:                               const antq_rollup *rollup, void *userdata);
antq_result_fn = CFUNCTYPE(c_int, P(antq_result), P(antq_unit), P(antq_rollup), c_void_p)
#: typedef int (*antq_record_fn)(const antq_result *result, const antq_unit *unit, const antq_evidence *evidence,
#:                               const antq_rollup *rollup, void *userdata);
antq_record_fn = CFUNCTYPE(c_int, P(antq_result), P(antq_unit), P(antq_evidence), P(antq_rollup), c_void_p)

#: Output string parameter ``char **out``: received as a void pointer so that it
#: can be given back to antq_free() (a c_char_p result would be copied and lost).
OUT_STR = P(c_void_p)

# One line per exported function: name -> (restype, [argtypes]).  Keep alphabetical
# within each header block.
FUNCTIONS = {
    # antq-version.h
    "antq_version": (c_char_p, []),
    "antq_version_number": (c_int, []),
    # common.h
    "antq_free": (None, [c_void_p]),
    # error.h
    "antq_error_clear": (None, [P(antq_error)]),
    "antq_status_name": (c_char_p, [c_int]),
    "antq_strerror": (c_char_p, [c_int]),
    # date.h
    "antq_date_add_days": (c_int32, [c_int32, c_int32]),
    "antq_date_day": (c_int, [c_int32]),
    "antq_date_format": (c_int, [c_char_p, c_size_t, c_int32]),
    "antq_date_make": (c_int32, [c_int, c_int, c_int]),
    "antq_date_month": (c_int, [c_int32]),
    "antq_date_parse": (c_int, [P(c_int32), c_char_p, c_size_t]),
    "antq_date_valid": (c_int, [c_int32]),
    "antq_date_year": (c_int, [c_int32]),
    # format.h
    "antq_format_count": (c_int, [c_char_p, c_size_t, c_int64, c_int]),
    "antq_format_date": (c_int, [c_char_p, c_size_t, c_int32, c_int]),
    "antq_format_money": (c_int, [c_char_p, c_size_t, c_int64, c_int]),
    "antq_format_percent": (c_int, [c_char_p, c_size_t, c_int64, c_int64, c_int]),
    "antq_format_share": (c_int, [c_char_p, c_size_t, c_int64, c_int64, c_int64, c_int64, c_int]),
    "antq_format_tenths": (c_int, [c_char_p, c_size_t, c_int64, c_int]),
    "antq_share_round": (c_int, [P(c_int64), c_int64, c_int64, c_int64, c_int64]),
    # labels.h
    "antq_fact_kind_label": (c_char_p, [c_int, c_int]),
    "antq_festival_level_label": (c_char_p, [c_int, c_int]),
    "antq_metric_label": (c_char_p, [c_int, c_int]),
    "antq_missing_label": (c_char_p, [c_char_p, c_int]),
    "antq_outcome_label": (c_char_p, [c_int, c_int]),
    "antq_status_label": (c_char_p, [c_int, c_int]),
    "antq_task_state_label": (c_char_p, [c_int, c_int]),
    "antq_unit_kind_label": (c_char_p, [c_int, c_int]),
    "antq_verdict_label": (c_char_p, [c_int, c_int]),
    # unit.h
    "antq_education_level_is_general": (c_int, [c_int]),
    "antq_unit_init": (None, [P(antq_unit)]),
    "antq_unit_kind_from_name": (c_int, [c_char_p]),
    "antq_unit_kind_name": (c_char_p, [c_int]),
    "antq_unit_validate": (c_int, [P(antq_unit), P(antq_error)]),
    # evidence.h
    "antq_discipline_init": (None, [P(antq_discipline)]),
    "antq_event_init": (None, [P(antq_event)]),
    "antq_event_kind_from_name": (c_int, [c_char_p]),
    "antq_event_kind_name": (c_char_p, [c_int]),
    "antq_evidence_init": (None, [P(antq_evidence)]),
    "antq_evidence_validate": (c_int, [P(antq_evidence), P(antq_unit), P(antq_error)]),
    "antq_extra_answer_init": (None, [P(antq_extra_answer)]),
    # criteria.h
    "antq_authority_body_from_name": (c_int, [c_char_p]),
    "antq_authority_body_name": (c_char_p, [c_int]),
    "antq_authority_count": (c_size_t, []),
    "antq_authority_find": (P(antq_authority_rule), [P(antq_authority_rule), c_size_t, c_int, c_int, c_int32]),
    "antq_authority_get": (P(antq_authority_rule), [c_size_t]),
    "antq_authority_rule_init": (None, [P(antq_authority_rule)]),
    "antq_authority_table_validate": (c_int, [P(antq_authority_rule), c_size_t, P(antq_error)]),
    "antq_catalogue_count": (c_size_t, []),
    "antq_catalogue_find": (P(antq_criterion), [c_char_p]),
    "antq_catalogue_get": (P(antq_criterion), [c_size_t]),
    "antq_citation_format": (c_int, [c_char_p, c_size_t, P(antq_citation), c_int]),
    "antq_criterion_applies": (c_int, [P(antq_criterion), c_int, c_int32]),
    "antq_delegation_init": (None, [P(antq_delegation)]),
    "antq_delegation_validate": (c_int, [P(c_int), P(antq_delegation), c_int32, P(antq_error)]),
    "antq_criterion_standard": (c_int, [P(antq_criterion)]),
    "antq_standard_from_name": (c_int, [c_char_p]),
    "antq_standard_name": (c_char_p, [c_int]),
    "antq_standard_title": (c_char_p, [c_int, c_int]),
    "antq_period_for": (c_int, [P(c_int32), P(c_int32), P(P(antq_ruleset)), c_int, c_int, c_int]),
    "antq_ruleset_count": (c_size_t, []),
    "antq_ruleset_for_date": (P(antq_ruleset), [c_int32]),
    "antq_ruleset_get": (P(antq_ruleset), [c_size_t]),
    # evaluate.h
    "antq_evaluate": (c_int, [P(P(antq_result)), P(antq_unit), P(antq_evidence), P(antq_rollup),
                              P(antq_event), c_size_t, P(antq_options), P(antq_error)]),
    "antq_delegation_issue_name": (c_char_p, [c_int]),
    "antq_evaluate_standard": (c_int, [P(P(antq_result)), c_int, P(antq_unit), P(antq_evidence), P(antq_rollup),
                                       P(antq_event), c_size_t, P(antq_options), P(antq_error)]),
    "antq_extra_criterion_init": (None, [P(antq_extra_criterion)]),
    "antq_fact_describe": (c_int, [OUT_STR, P(antq_fact), c_int, P(antq_error)]),
    "antq_options_init": (c_int, [P(antq_options), c_uint]),
    "antq_outcome_name": (c_char_p, [c_int]),
    "antq_result_authority": (P(antq_authority_rule), [P(antq_result)]),
    "antq_result_check": (P(antq_check), [P(antq_result), c_size_t]),
    "antq_result_check_count": (c_size_t, [P(antq_result)]),
    "antq_result_delegation": (P(antq_delegation), [P(antq_result)]),
    "antq_result_explain": (c_int, [OUT_STR, P(antq_result), c_int, P(antq_error)]),
    "antq_result_find": (P(antq_check), [P(antq_result), c_char_p]),
    "antq_result_free": (None, [P(antq_result)]),
    "antq_result_irregular": (c_int, [P(antq_result)]),
    "antq_result_parent_id": (c_char_p, [P(antq_result)]),
    "antq_result_period_end": (c_int32, [P(antq_result)]),
    "antq_result_period_start": (c_int32, [P(antq_result)]),
    "antq_result_recognising_level": (c_int, [P(antq_result)]),
    "antq_result_registered": (c_int, [P(antq_result)]),
    "antq_result_ruleset": (P(antq_ruleset), [P(antq_result)]),
    "antq_result_standard": (c_int, [P(antq_result)]),
    "antq_result_unit_id": (c_char_p, [P(antq_result)]),
    "antq_result_unit_kind": (c_int, [P(antq_result)]),
    "antq_result_unit_name": (c_char_p, [P(antq_result)]),
    "antq_result_verdict": (c_int, [P(antq_result)]),
    "antq_result_what_it_takes": (c_int, [OUT_STR, P(antq_result), c_int, P(antq_error)]),
    "antq_result_year": (c_int, [P(antq_result)]),
    "antq_rollup_add": (c_int, [P(antq_rollup), P(antq_unit), P(antq_evidence), P(antq_result), P(antq_error)]),
    "antq_rollup_init": (None, [P(antq_rollup), c_char_p]),
    "antq_verdict_name": (c_char_p, [c_int]),
    # dataset.h
    "antq_commune_pool_init": (None, [P(antq_commune_pool)]),
    "antq_csv_header": (c_char_p, [c_int]),
    "antq_dataset_add": (c_int, [P(antq_dataset), P(antq_unit), P(antq_evidence), P(antq_error)]),
    "antq_dataset_add_json": (c_int, [P(antq_dataset), c_char_p, c_size_t, c_uint, c_size_t, c_int32,
                                      P(antq_error)]),
    "antq_dataset_check": (c_int, [P(antq_dataset), P(antq_error)]),
    "antq_dataset_evaluate": (c_int, [P(P(antq_evaluation)), P(antq_dataset), c_int, P(antq_options),
                                      P(antq_error)]),
    "antq_dataset_evaluate_standard": (c_int, [P(P(antq_evaluation)), P(antq_dataset), c_int, c_int,
                                               P(antq_options), P(antq_error)]),
    "antq_dataset_evidence": (P(antq_evidence), [P(antq_dataset), c_size_t, c_int]),
    "antq_dataset_find": (c_size_t, [P(antq_dataset), c_char_p]),
    "antq_dataset_free": (None, [P(antq_dataset)]),
    "antq_dataset_latest_year": (c_int, [P(antq_dataset)]),
    "antq_dataset_load_file": (c_int, [P(P(antq_dataset)), c_char_p, c_uint, P(antq_error)]),
    "antq_dataset_load_json": (c_int, [P(P(antq_dataset)), c_char_p, c_size_t, c_uint, P(antq_error)]),
    "antq_dataset_load_ndjson": (c_int, [P(P(antq_dataset)), c_char_p, c_size_t, c_uint, P(antq_error)]),
    "antq_dataset_new": (c_int, [P(P(antq_dataset))]),
    "antq_dataset_options": (P(antq_options), [P(antq_dataset)]),
    "antq_dataset_unit": (P(antq_unit), [P(antq_dataset), c_size_t]),
    "antq_dataset_unit_count": (c_size_t, [P(antq_dataset)]),
    "antq_dataset_validate_json": (c_int, [P(c_size_t), c_char_p, c_size_t, c_uint, antq_error_fn, c_void_p]),
    "antq_dataset_write_json": (c_int, [OUT_STR, P(antq_dataset), P(antq_error)]),
    "antq_dataset_year": (c_int, [P(antq_dataset)]),
    "antq_dataset_province": (c_char_p, [P(antq_dataset)]),
    "antq_dataset_issuer": (c_char_p, [P(antq_dataset)]),
    "antq_evaluation_commune_pool": (c_int, [P(antq_commune_pool), P(antq_evaluation), c_size_t, P(antq_error)]),
    "antq_result_commune_pool": (c_int, [P(antq_commune_pool), P(antq_result), P(antq_rollup), P(antq_options),
                                         P(antq_error)]),
    "antq_evaluation_count": (c_size_t, [P(antq_evaluation)]),
    "antq_evaluation_dataset": (P(antq_dataset), [P(antq_evaluation)]),
    "antq_evaluation_free": (None, [P(antq_evaluation)]),
    "antq_evaluation_registered": (c_int, [P(antq_evaluation), c_size_t]),
    "antq_evaluation_result_get": (c_int, [P(P(antq_result)), P(antq_evaluation), c_size_t, P(antq_error)]),
    "antq_evaluation_result": (P(antq_result), [P(antq_evaluation), c_size_t]),
    "antq_evaluation_verdict": (c_int, [P(antq_evaluation), c_size_t]),
    "antq_evaluation_rollup": (P(antq_rollup), [P(antq_evaluation), c_size_t]),
    "antq_evaluation_write": (c_int, [OUT_STR, P(antq_evaluation), c_int, c_int, P(antq_error)]),
    "antq_evaluation_year": (c_int, [P(antq_evaluation)]),
    "antq_fact_kind_name": (c_char_p, [c_int]),
    "antq_result_write_csv": (c_int, [OUT_STR, P(antq_result), c_int, c_int, P(antq_error)]),
    "antq_result_write_json": (c_int, [OUT_STR, P(antq_result), c_int, P(antq_error)]),
    "antq_stream_feed": (c_int, [P(antq_stream), c_char_p, c_size_t, c_int32, P(antq_error)]),
    "antq_stream_finish": (c_int, [P(antq_stream), P(antq_error)]),
    "antq_stream_free": (None, [P(antq_stream)]),
    "antq_stream_new": (c_int, [P(P(antq_stream)), c_int, P(antq_options), c_int, antq_stream_fn, c_void_p]),
    # pipeline.h
    "antq_pipeline_config_init": (None, [P(antq_pipeline_config)]),
    "antq_pipeline_evidence_years": (c_size_t, [P(c_int), c_size_t, P(antq_pipeline)]),
    "antq_pipeline_feed_line": (c_int, [P(antq_pipeline), c_char_p, c_size_t, c_int32, P(antq_error)]),
    "antq_pipeline_finish": (c_int, [P(antq_pipeline), P(antq_error)]),
    "antq_pipeline_free": (None, [P(antq_pipeline)]),
    "antq_pipeline_issuer": (c_char_p, [P(antq_pipeline)]),
    "antq_pipeline_evaluation": (P(antq_evaluation), [P(antq_pipeline), c_int]),
    "antq_pipeline_keep_results": (c_int, [P(antq_pipeline), c_int, P(antq_error)]),
    "antq_pipeline_keep_units": (c_int, [P(antq_pipeline), P(antq_error)]),
    "antq_pipeline_options": (P(antq_options), [P(antq_pipeline)]),
    "antq_pipeline_province": (c_char_p, [P(antq_pipeline)]),
    "antq_pipeline_new": (c_int, [P(P(antq_pipeline)), P(antq_pipeline_config), antq_result_fn, c_void_p,
                                  P(antq_error)]),
    "antq_pipeline_run_dataset": (c_int, [P(antq_pipeline), P(antq_dataset), P(antq_error)]),
    "antq_pipeline_run_json": (c_int, [P(antq_pipeline), c_char_p, c_size_t, P(antq_error)]),
    "antq_pipeline_unit_count": (c_size_t, [P(antq_pipeline)]),
    "antq_pipeline_unit_find": (c_size_t, [P(antq_pipeline), c_char_p]),
    "antq_pipeline_unit_id": (c_char_p, [P(antq_pipeline), c_size_t]),
    "antq_pipeline_unit_kind": (c_int, [P(antq_pipeline), c_size_t]),
    "antq_pipeline_unit_parent": (c_char_p, [P(antq_pipeline), c_size_t]),
    "antq_pipeline_units": (P(antq_dataset), [P(antq_pipeline)]),
    "antq_pipeline_year": (c_int, [P(antq_pipeline), c_size_t, P(c_size_t)]),
    "antq_pipeline_year_count": (c_size_t, [P(antq_pipeline)]),
    # sheet.h
    "antq_csv_file_init": (None, [P(antq_csv_file)]),
    "antq_dataset_load_csv": (c_int, [P(P(antq_dataset)), P(antq_csv_file), c_size_t, c_uint, P(antq_error)]),
    "antq_dataset_load_csv_dir": (c_int, [P(P(antq_dataset)), c_char_p, c_uint, P(antq_error)]),
    "antq_dataset_load_file": (c_int, [P(P(antq_dataset)), c_char_p, c_uint, P(antq_error)]),
    "antq_dataset_load_xlsx": (c_int, [P(P(antq_dataset)), c_char_p, c_size_t, c_uint, P(antq_error)]),
    "antq_dataset_load_xlsx_file": (c_int, [P(P(antq_dataset)), c_char_p, c_uint, P(antq_error)]),
    "antq_dataset_write_csv_dir": (c_int, [c_char_p, P(antq_dataset), c_int, P(antq_error)]),
    "antq_dataset_write_xlsx": (c_int, [c_char_p, P(antq_dataset), c_int, P(antq_error)]),
    "antq_evaluation_write_xlsx": (c_int, [c_char_p, P(antq_evaluation), P(antq_evaluation), P(antq_scorecard),
                                             c_int, P(antq_error)]),
    "antq_template_write_csv_dir": (c_int, [c_char_p, c_int, c_int, P(antq_error)]),
    "antq_template_write_xlsx": (c_int, [c_char_p, c_int, c_uint, c_int, P(antq_error)]),
    "antq_xlsx_supported": (c_int, []),
    # plan.h
    "antq_activity_init": (None, [P(antq_activity)]),
    "antq_campaign_add_festival": (c_int, [P(antq_campaign), P(antq_festival), P(antq_error)]),
    "antq_campaign_add_plan": (c_int, [P(antq_campaign), P(antq_plan), P(antq_error)]),
    "antq_campaign_check": (c_int, [P(antq_campaign), P(antq_dataset), P(antq_error)]),
    "antq_campaign_check_pipeline": (c_int, [P(antq_campaign), P(antq_pipeline), P(antq_error)]),
    "antq_campaign_festival": (P(antq_festival), [P(antq_campaign), c_size_t]),
    "antq_campaign_festival_count": (c_size_t, [P(antq_campaign)]),
    "antq_campaign_free": (None, [P(antq_campaign)]),
    "antq_campaign_load_file": (c_int, [P(P(antq_campaign)), c_char_p, P(antq_error)]),
    "antq_campaign_load_json": (c_int, [P(P(antq_campaign)), c_char_p, c_size_t, P(antq_error)]),
    "antq_campaign_new": (c_int, [P(P(antq_campaign))]),
    "antq_campaign_plan": (P(antq_plan), [P(antq_campaign), c_size_t]),
    "antq_campaign_plan_count": (c_size_t, [P(antq_campaign)]),
    "antq_campaign_write_json": (c_int, [OUT_STR, P(antq_campaign), P(antq_error)]),
    "antq_commendation_init": (None, [P(antq_commendation)]),
    "antq_festival_coverage_compute": (c_int, [P(antq_festival_coverage), P(antq_campaign), P(antq_dataset),
                                               c_int, P(antq_error)]),
    "antq_festival_coverage_compute_pipeline": (c_int, [P(antq_festival_coverage), P(antq_campaign),
                                                        P(antq_pipeline), c_int, P(antq_error)]),
    "antq_festival_coverage_init": (None, [P(antq_festival_coverage)]),
    "antq_festival_init": (None, [P(antq_festival)]),
    "antq_festival_level_name": (c_char_p, [c_int]),
    "antq_festival_ordinal": (c_int, [c_int]),
    "antq_five_task_template": (P(antq_task), [c_int]),
    "antq_five_task_text_en": (c_char_p, [c_int]),
    "antq_metric_name": (c_char_p, [c_int]),
    "antq_plan_evaluate": (c_int, [P(P(antq_scorecard)), P(antq_campaign), c_size_t, P(antq_evaluation), c_int32,
                                   P(antq_error)]),
    "antq_plan_init": (None, [P(antq_plan)]),
    "antq_plan_tally_add": (c_int, [P(antq_plan_tally), P(antq_result), P(antq_unit), P(antq_evidence),
                                    P(antq_rollup), P(antq_error)]),
    "antq_plan_tally_finish": (c_int, [P(P(antq_scorecard)), P(antq_plan_tally), c_int32, P(antq_error)]),
    "antq_plan_tally_free": (None, [P(antq_plan_tally)]),
    "antq_plan_tally_new": (c_int, [P(P(antq_plan_tally)), P(antq_campaign), c_size_t, c_int, P(antq_pipeline),
                                    P(antq_options), P(antq_error)]),
    "antq_plan_years": (c_size_t, [P(c_int), c_size_t, P(antq_campaign), c_size_t, c_int]),
    "antq_scorecard_free": (None, [P(antq_scorecard)]),
    "antq_scorecard_plan": (P(antq_plan), [P(antq_scorecard)]),
    "antq_scorecard_steps": (c_int, [P(c_int), P(P(antq_target_step)), P(c_size_t), P(antq_scorecard), c_size_t]),
    "antq_scorecard_target": (P(antq_target_result), [P(antq_scorecard), c_size_t]),
    "antq_scorecard_target_count": (c_size_t, [P(antq_scorecard)]),
    "antq_scorecard_task": (P(antq_task_result), [P(antq_scorecard), c_size_t]),
    "antq_scorecard_task_count": (c_size_t, [P(antq_scorecard)]),
    "antq_scorecard_write": (c_int, [OUT_STR, P(antq_scorecard), c_int, c_int, P(antq_error)]),
    "antq_target_init": (None, [P(antq_target)]),
    "antq_target_parse_wording": (c_int, [P(c_int32), P(c_int64), P(c_int64), c_char_p]),
    "antq_task_init": (None, [P(antq_task)]),
    "antq_task_state_name": (c_char_p, [c_int]),
    # provenance.h
    "antq_catalogue_hash": (c_int, [c_char_p]),
    "antq_input_digest_buffer": (c_int, [P(antq_input_digest), c_char_p, c_void_p, c_size_t]),
    "antq_input_digest_file": (c_int, [P(antq_input_digest), c_char_p, P(antq_error)]),
    "antq_provenance_init": (c_int, [P(antq_provenance), c_uint]),
    "antq_provenance_write_json": (c_int, [OUT_STR, P(c_size_t), P(antq_provenance), P(antq_error)]),
    # output.h (enum-typed parameters are C ints)
    "antq_detail_default": (c_int, [c_int]),
    "antq_detail_from_name": (c_int, [P(c_int), c_char_p]),
    "antq_detail_name": (c_char_p, [c_int]),
    "antq_evaluation_write_detail": (c_int, [OUT_STR, P(c_size_t), P(antq_evaluation), P(antq_provenance), c_int,
                                             c_int, c_int, c_uint, P(antq_error)]),
    "antq_result_write_detail": (c_int, [OUT_STR, P(c_size_t), P(antq_result), c_int, c_int, c_int, c_uint,
                                         P(antq_error)]),
    "antq_results_header_write": (c_int, [OUT_STR, P(c_size_t), P(antq_provenance), c_int, c_int, c_int,
                                          c_uint, P(antq_error)]),
    "antq_stream_set_output": (c_int, [P(antq_stream), c_int, c_int, antq_stream_result_fn, P(antq_error)]),
}

#: Callback typedefs of the public headers (name -> ctypes function type).
CALLBACKS = {"antq_error_fn": antq_error_fn, "antq_stream_fn": antq_stream_fn, "antq_result_fn": antq_result_fn,
             "antq_stream_result_fn": antq_stream_result_fn, "antq_record_fn": antq_record_fn}


class SymbolMissingError(AttributeError):
    """The loaded libantq does not export a function the binding knows about
    (the library is older than the binding)."""


def _missing(name, path):
    def stub(*_args, **_kwargs):
        raise SymbolMissingError(f"{path} does not export {name}() (library older than the binding?)")
    stub.__name__ = name
    return stub


class _Functions:
    """Namespace of the bound C functions: ``lib.antq_version()``."""

    def __init__(self, dll, path):
        self._dll = dll
        self.path = path
        self.missing = set()
        for name, (restype, argtypes) in FUNCTIONS.items():
            try:
                fn = getattr(dll, name)
            except AttributeError:
                self.missing.add(name)
                setattr(self, name, _missing(name, path))
                continue
            fn.restype = restype
            fn.argtypes = argtypes
            setattr(self, name, fn)

    def has(self, name):
        """True when the loaded library exports @p name."""
        return name in FUNCTIONS and name not in self.missing


def _check_version(number):
    """Raise ImportError unless the run-time version number (X*10000+Y*100+Z)
    has the major this binding was written for and at least its minor."""
    major, minor = number // 10000, number // 100 % 100
    if major != BINDING_VERSION[0] or minor < BINDING_VERSION[1]:
        raise ImportError(
            "libantq %d.%d.%d is loaded but this binding was written for %d.%d or a later %d.x"
            % (major, minor, number % 100, BINDING_VERSION[0], BINDING_VERSION[1], BINDING_VERSION[0]))
    return major, minor, number % 100


def _candidates():
    """ANTQ_LIBRARY if set; else the soname (the loader's search path), then the
    library of the same install (antq/_install.py, written by meson install)."""
    if os.environ.get("ANTQ_LIBRARY"):
        return [os.environ["ANTQ_LIBRARY"]]
    paths = [SONAME]
    try:
        from . import _install
    except ImportError:  # not installed by meson (source tree, pip)
        pass
    else:
        paths.append(os.path.join(_install.LIBDIR, _install.SONAME))
    return paths


def _load():
    errors = []
    for path in _candidates():
        try:
            dll = ctypes.CDLL(path)
            break
        except OSError as exc:
            errors.append(f"{path!r}: {exc}")
    else:
        raise ImportError("cannot load libantq (" + "; ".join(errors) + "): install libantq, "
                          "or set ANTQ_LIBRARY to the path of " + SONAME)
    fns = _Functions(dll, path)
    _check_version(fns.antq_version_number())
    return fns


lib = _load()
