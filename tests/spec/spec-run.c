/* The runner of the specification tables and the helpers their setup
 * functions use. See spec.h.
 * SPDX-License-Identifier: MIT */
#include "spec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *spec_outcome_name(int outcome)
{
    return outcome ? antq_outcome_name(outcome) : "absent (no check of that criterion)";
}

const char *spec_verdict_name(int verdict) { return verdict ? antq_verdict_name(verdict) : "none"; }

/* ---- setup helpers */

antq_event *spec_event(spec_env *e, int kind, int32_t date)
{
    ck_assert_msg(e->f.ev.n_events < sizeof e->f.events / sizeof e->f.events[0], "too many events in one case");
    return fixture_add_event(&e->f, kind, date);
}

antq_event *spec_crime(spec_env *e, int severity, int32_t date)
{
    antq_event *ev = spec_event(e, ANTQ_EVENT_CRIME, date);
    ev->severity = severity;
    return ev;
}

antq_event *spec_territory_event(spec_env *e, int kind, int32_t date, const char *where)
{
    ck_assert_msg(e->n_territory < sizeof e->territory / sizeof e->territory[0], "too many territory events");
    antq_event *ev = &e->territory[e->n_territory++];
    antq_event_init(ev);
    ev->kind = kind;
    ev->date = date;
    ev->force_majeure = ANTQ_NO;
    ev->handled_promptly = ANTQ_NO;
    ev->unit_id = where;
    return ev;
}

void spec_discipline(spec_env *e, int role, int level, int32_t date)
{
    ck_assert_msg(e->f.ev.n_disciplines < sizeof e->f.disciplines / sizeof e->f.disciplines[0],
                  "too many discipline records in one case");
    fixture_add_discipline(&e->f, role, level, date);
}

void spec_rollup_start(spec_env *e)
{
    antq_rollup_init(&e->rollup, e->f.unit.id);
    e->use_rollup = 1;
    e->f.ev.members_total = ANTQ_COUNT_UNKNOWN;
    e->f.ev.members_registered = ANTQ_COUNT_UNKNOWN;
    e->f.ev.members_certified = ANTQ_COUNT_UNKNOWN;
}

void spec_rollup_member(spec_env *e, int kind, int state, int level, int delegated)
{
    static const char *const ids[] = {"", "RA-M", "", "AG-M", "EN-M", "EI-M"};
    fixture m;
    int want;
    fixture_for_kind(&m, kind, e->f.ev.year);
    m.unit.id = ids[kind];
    m.unit.parent_id = e->f.unit.id;
    if (kind != ANTQ_KIND_RESIDENTIAL_AREA) {
        m.unit.managing_level = level;
        m.unit.delegated_to_commune = delegated;
    }
    switch (state) {
    case MEMBER_CERTIFIED:
        want = ANTQ_VERDICT_CERTIFIED;
        break;
    case MEMBER_NOT_CERTIFIED:
        /* 124/2021 Art. 4.2 / 6.2 / 7.2 not met; under 23/2012 one household or
         * one staff member short of the commitment (Art. 5, 7.1, 8) */
        m.ev.implements_policy = ANTQ_NO;
        if (m.ev.households_committed > 0)
            m.ev.households_committed--;
        if (m.ev.staff_committed > 0)
            m.ev.staff_committed--;
        want = ANTQ_VERDICT_NOT_CERTIFIED;
        break;
    case MEMBER_NOT_REGISTERED: /* Art. 4.1 / 6.1 / 7.1: no registration */
        m.ev.registered = ANTQ_NO;
        want = ANTQ_VERDICT_NOT_CERTIFIED;
        break;
    case MEMBER_UNDETERMINED: /* evidence missing: policy implementation (124), commitments (23/2012) */
        m.ev.implements_policy = ANTQ_UNKNOWN;
        m.ev.households_committed = ANTQ_COUNT_UNKNOWN;
        m.ev.staff_committed = ANTQ_COUNT_UNKNOWN;
        want = ANTQ_VERDICT_UNDETERMINED;
        break;
    case MEMBER_REGISTRATION_UNKNOWN: /* neither the registration nor its date reported */
        m.ev.registered = ANTQ_UNKNOWN;
        m.ev.registration_date = ANTQ_DATE_UNKNOWN;
        want = ANTQ_VERDICT_UNDETERMINED;
        break;
    case MEMBER_NOT_ELIGIBLE: /* Art. 1.2.b: a small enterprise (124/2021 years only) */
        ck_assert_msg(kind == ANTQ_KIND_ENTERPRISE, "MEMBER_NOT_ELIGIBLE is a small enterprise");
        m.unit.enterprise_size = ANTQ_SIZE_SMALL;
        want = ANTQ_VERDICT_NOT_ELIGIBLE;
        break;
    default:
        ck_abort_msg("unknown member state %d", state);
        return;
    }
    antq_result *r = NULL;
    antq_error err;
    memset(&err, 0, sizeof err);
    int rc = antq_evaluate(&r, &m.unit, &m.ev, NULL, NULL, 0, &m.opts, &err);
    ck_assert_msg(rc == ANTQ_OK, "member %s: antq_evaluate returned %s at \"%s\": %s", m.unit.id, antq_status_name(rc),
                  err.path, err.message);
    int got = antq_result_verdict(r);
    rc = antq_rollup_add(&e->rollup, &m.unit, &m.ev, r, NULL);
    antq_result_free(r);
    ck_assert_msg(got == want, "member %s of the roll-up: expected verdict %s, got %s", m.unit.id,
                  spec_verdict_name(want), spec_verdict_name(got));
    ck_assert_msg(rc == ANTQ_OK, "antq_rollup_add returned %s", antq_status_name(rc));
}

void spec_rollup_members(spec_env *e, int n, int kind, int state, int level, int delegated)
{
    for (int i = 0; i < n; i++)
        spec_rollup_member(e, kind, state, level, delegated);
}

/* ---- running one case */

void spec_run_case(const spec_table *table, size_t index)
{
    const spec_case *c = &table->cases[index];
    spec_env env;
    memset(&env, 0, sizeof env);
    fixture_for_kind(&env.f, c->kind, c->year);
    if (c->setup)
        c->setup(&env, c->arg);

    antq_result *r = NULL;
    antq_error err;
    memset(&err, 0, sizeof err);
    int rc = antq_evaluate_standard(&r, c->standard, &env.f.unit, &env.f.ev, env.use_rollup ? &env.rollup : NULL,
                                    env.n_territory ? env.territory : NULL, env.n_territory, &env.f.opts, &err);
    ck_assert_msg(rc == ANTQ_OK, "%s row %zu \"%s\" (%s) - criterion %s: antq_evaluate returned %s at \"%s\": %s",
                  table->name, index + 1, c->name, c->clause, c->criterion, antq_status_name(rc), err.path, err.message);

    const antq_check *chk = antq_result_find(r, c->criterion);
    int got = chk ? chk->outcome : 0;
    int verdict = antq_result_verdict(r);
    int fact_found = 0;
    if (chk && c->fact_kind)
        for (size_t i = 0; i < chk->n_facts; i++)
            if (chk->facts[i].kind == c->fact_kind && chk->facts[i].outcome == c->fact_outcome)
                fact_found = 1;
    antq_result_free(r);

    ck_assert_msg(got == c->outcome, "%s row %zu \"%s\" (%s) - criterion %s: expected outcome %s, got %s (verdict %s)",
                  table->name, index + 1, c->name, c->clause, c->criterion, spec_outcome_name(c->outcome),
                  spec_outcome_name(got), spec_verdict_name(verdict));
    ck_assert_msg(!c->verdict || verdict == c->verdict,
                  "%s row %zu \"%s\" (%s) - criterion %s: outcome %s as expected, but expected verdict %s, got %s",
                  table->name, index + 1, c->name, c->clause, c->criterion, spec_outcome_name(got),
                  spec_verdict_name(c->verdict), spec_verdict_name(verdict));
    ck_assert_msg(!c->fact_kind || fact_found,
                  "%s row %zu \"%s\" (%s) - criterion %s: expected a fact of kind %d with outcome %s in the check",
                  table->name, index + 1, c->name, c->clause, c->criterion, c->fact_kind, spec_outcome_name(c->fact_outcome));
}

/* ---- the suite of one table */

static const spec_table *spec_current; /* set once in spec_main(), before any test runs */

START_TEST(spec_row)
{
    spec_run_case(spec_current, (size_t)_i);
}
END_TEST

Suite *spec_suite(const spec_table *table)
{
    Suite *s = suite_create(table->name);
    TCase *tc = tcase_create("cases");
    spec_current = table;
    tcase_add_loop_test(tc, spec_row, 0, (int)table->n_cases);
    suite_add_tcase(s, tc);
    return s;
}

int spec_main(const spec_table *table)
{
    SRunner *sr = srunner_create(spec_suite(table));
    srunner_run_all(sr, CK_ENV);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed != 0 ? EXIT_FAILURE : EXIT_SUCCESS;
}
