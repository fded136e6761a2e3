/* Specification: standards of other instruments that reuse the "Safe in
 * security and order" result (rules.md §4), evaluated with
 * antq_evaluate_standard() for 2024 (commune period 16/11/2023 .. 15/11/2024).
 *   legal access   TCPL-01 (V): Decision 25/2021/QĐ-TTg criterion 5 indicator 4
 *   new rural      NTM-03 (S; its points a–e vs a–g is U: option
 *                  new_rural_points, default A_E), NTM-04 (S)
 *   civilized urban DTVM-01, DTVM-03 content 1, DTVM-04 (S); contents 2–6 (U)
 *   typical units  MOD-01 C1, C2 (S); the rest (U)
 * Contents not verified are answered by the caller (an extra answer under the
 * row id): unanswered they are UNKNOWN, never a pass.
 * Baselines: fixture_commune(2024) (certified under Art. 5; a xã), the
 * agency fixture (certified under Art. 6, managed by the commune).
 * SPDX-License-Identifier: MIT */
#include "spec.h"

#define MID DAY(YEAR, 6, 1)
#define WHERE "RA-007"

#define LA ANTQ_STANDARD_LEGAL_ACCESS
#define NR ANTQ_STANDARD_NEW_RURAL
#define CU ANTQ_STANDARD_CIVILIZED_URBAN
#define TU ANTQ_STANDARD_TYPICAL_UNIT

static void answer(fixture *f, const char *id, int met)
{
    ck_assert_msg(f->ev.n_extra < sizeof f->extra / sizeof f->extra[0], "too many answers");
    f->extra[f->ev.n_extra].criterion_id = id;
    f->extra[f->ev.n_extra].met = met;
    f->ev.n_extra++;
    f->ev.extra = f->extra;
}

/* ---- setups: the safe standard's result */

SETUP(police_reprimanded) { spec_discipline(e, ANTQ_ROLE_COMMUNE_POLICE, ANTQ_DISCIPLINE_REPRIMAND, MID); }
SETUP(plan_unknown) { f->ev.plan_date = ANTQ_DATE_UNKNOWN; }
SETUP(crimes_up)
{
    f->ev.crimes = 13;
    f->ev.crimes_prev = 12;
}

/* ---- setups: new rural 19.2 */

SETUP(nr_answered)
{
    answer(f, "NTM-03c", ANTQ_YES);
    answer(f, "NTM-03d", ANTQ_YES);
}
SETUP(nr_answer) { answer(f, arg == 0 ? "NTM-03c" : "NTM-03d", ANTQ_NO); }
SETUP(nr_plan_on) { f->ev.plan_date = arg; }
SETUP(nr_territory_event) { spec_territory_event(e, arg, MID, WHERE); }
SETUP(nr_territory_event_points_a_g)
{
    f->opts.new_rural_points = ANTQ_NEW_RURAL_POINTS_A_G;
    spec_territory_event(e, arg, MID, WHERE);
}

/* ---- setups: civilized urban criterion 4 */

static const char *const dtvm_contents[] = {"DTVM-03-2", "DTVM-03-3", "DTVM-03-4", "DTVM-03-5", "DTVM-03-6"};

SETUP(ward_type) { f->unit.commune_type = arg; }
SETUP(ward_answered)
{
    f->unit.commune_type = ANTQ_COMMUNE_TYPE_WARD;
    for (int i = 0; i < 5; i++)
        answer(f, dtvm_contents[i], ANTQ_YES);
}
SETUP(ward_content_no) /* arg: content 2..6 answered no, the others yes */
{
    f->unit.commune_type = ANTQ_COMMUNE_TYPE_WARD;
    for (int i = 0; i < 5; i++)
        answer(f, dtvm_contents[i], i + 2 == arg ? ANTQ_NO : ANTQ_YES);
}
SETUP(ward_anti_state)
{
    f->unit.commune_type = ANTQ_COMMUNE_TYPE_WARD;
    spec_territory_event(e, ANTQ_EVENT_ANTI_STATE, MID, WHERE);
}
SETUP(managed_at) { f->unit.managing_level = arg; }
SETUP(district_policy_not_implemented)
{
    f->unit.managing_level = ANTQ_LEVEL_DISTRICT;
    f->ev.implements_policy = ANTQ_NO;
}

/* ---- setups: typical units */

SETUP(typical_answered)
{
    answer(f, "MOD-01-C2b", ANTQ_YES);
    answer(f, "MOD-01-CX", ANTQ_YES);
}
SETUP(typical_answer_no) { answer(f, arg == 0 ? "MOD-01-C2b" : "MOD-01-CX", ANTQ_NO); }
SETUP(typical_policy_not_implemented) { f->ev.implements_policy = ANTQ_NO; }
SETUP(typical_plan_on) { f->ev.plan_date = arg; }
SETUP(typical_unit_answer) { answer(f, "MOD-01-AE", arg); }

static const spec_case cases[] = {
    /* ---- legal access, indicator 5.4 */
    CASE_STD(LA, "commune certified safe: indicator 5.4 met", "25/2021/QĐ-TTg criterion 5 indicator 4",
             "TCPL-01", PASS, CERTIFIED, Y124, CW, NULL, 0),
    CASE_STD(LA, "commune not certified (police officer reprimanded, 124 Art. 5.3): 5.4 not met",
             "25/2021/QĐ-TTg criterion 5 indicator 4", "TCPL-01", FAIL, NOT_CERTIFIED, Y124, CW, police_reprimanded, 0),
    CASE_STD(LA, "commune undetermined (plan date unknown): 5.4 unknown, never met",
             "25/2021/QĐ-TTg criterion 5 indicator 4", "TCPL-01", UNK, UNDETERMINED, Y124, CW, plan_unknown, 0),

    /* ---- new rural, indicator 19.2 */
    CASE_STD(NR, "resolution and plan within the period, every content answered: 19.2 met", "04/HD-BCA-V05 (i)",
             "NTM-03a", PASS, CERTIFIED, Y124, CW, nr_answered, 0),
    CASE_STD(NR, "plan dated after the period (20/11): not met", "04/HD-BCA-V05 (i)", "NTM-03a", FAIL, NOT_CERTIFIED,
             Y124, CW, nr_plan_on, DAY(Y124, 11, 20)),
    CASE_STD(NR, "no event of Art. 4.3 a–e on the territory", "04/HD-BCA-V05 (ii); 124 Art. 4.3", "NTM-03b", PASS,
             ANY, Y124, CW, nr_answered, 0),
    CASE_STD(NR, "separatism (Art. 4.3.đ) in a residential area of the commune: not met",
             "04/HD-BCA-V05 (ii); 124 Art. 4.3.đ", "NTM-03b", FAIL, NOT_CERTIFIED, Y124, CW, nr_territory_event,
             ANTQ_EVENT_SEPARATISM),
    /* U: points a–e; default option A_E leaves point g out of NTM-03b (NTM-04 still fails through Art. 5.2) */
    CASE_STD(NR, "crowd incitement (Art. 4.3.g), default points a–e: NTM-03b not triggered",
             "04/HD-BCA-V05 (ii); 124 Art. 4.3.g", "NTM-03b", PASS, NOT_CERTIFIED, Y124, CW, nr_territory_event,
             ANTQ_EVENT_CROWD_INCITEMENT),
    /* U: option new_rural_points = A_G */
    CASE_STD(NR, "crowd incitement (Art. 4.3.g), option points a–g: not met", "04/HD-BCA-V05 (ii); 124 Art. 4.3.g",
             "NTM-03b", FAIL, NOT_CERTIFIED, Y124, CW, nr_territory_event_points_a_g, ANTQ_EVENT_CROWD_INCITEMENT),
    CASE_STD(NR, "no prolonged unlawful mass complaints, answered yes", "04/HD-BCA-V05 (iii)", "NTM-03c", PASS,
             CERTIFIED, Y124, CW, nr_answered, 0),
    CASE_STD(NR, "prolonged unlawful mass complaints, answered no", "04/HD-BCA-V05 (iii)", "NTM-03c", FAIL,
             NOT_CERTIFIED, Y124, CW, nr_answer, 0),
    CASE_STD(NR, "mass complaints not answered: unknown, never met", "04/HD-BCA-V05 (iii)", "NTM-03c", UNK,
             UNDETERMINED, Y124, CW, NULL, 0),
    CASE_STD(NR, "the unverified contents answered yes", "04/HD-BCA-V05 (iv)", "NTM-03d", PASS, CERTIFIED, Y124, CW,
             nr_answered, 0),
    CASE_STD(NR, "the unverified contents answered no", "04/HD-BCA-V05 (iv)", "NTM-03d", FAIL, NOT_CERTIFIED, Y124,
             CW, nr_answer, 1),
    CASE_STD(NR, "the unverified contents not answered: unknown", "04/HD-BCA-V05 (iv)", "NTM-03d", UNK, UNDETERMINED,
             Y124, CW, NULL, 0),
    CASE_STD(NR, "commune meets Art. 5: not complex in security and order", "3371/BCA-V05; 124 Art. 5", "NTM-04",
             PASS, CERTIFIED, Y124, CW, nr_answered, 0),
    CASE_STD(NR, "crimes up on last year (124 Art. 4.4.a via Art. 5.2): complex, not met", "3371/BCA-V05; 124 Art. 5.2",
             "NTM-04", FAIL, NOT_CERTIFIED, Y124, CW, crimes_up, 0),

    /* ---- civilized urban, criterion 4 */
    CASE_STD(CU, "a ward with every content answered: criterion 4 met", "04/2022/QĐ-TTg criterion 4", "DTVM-01", PASS,
             CERTIFIED, Y124, CW, ward_answered, 0),
    CASE_STD(CU, "a town is in scope", "04/2022/QĐ-TTg criterion 4", "DTVM-01", PASS, ANY, Y124, CW, ward_type,
             ANTQ_COMMUNE_TYPE_TOWN),
    CASE_STD(CU, "a rural commune (xã) is outside the scope", "04/2022/QĐ-TTg criterion 4", "DTVM-01", EXCL,
             NOT_ELIGIBLE, Y124, CW, NULL, 0),
    CASE_STD(CU, "commune type not reported: scope unknown", "04/2022/QĐ-TTg criterion 4", "DTVM-01", UNK,
             UNDETERMINED, Y124, CW, ward_type, ANTQ_COMMUNE_TYPE_UNKNOWN),
    CASE_STD(CU, "no anti-State activity on the ward's territory", "12/HD-BCA-V05 content 1", "DTVM-03-1", PASS,
             CERTIFIED, Y124, CW, ward_answered, 0),
    CASE_STD(CU, "anti-State activity in a neighbourhood of the ward: not met", "12/HD-BCA-V05 content 1", "DTVM-03-1",
             FAIL, NOT_CERTIFIED, Y124, CW, ward_anti_state, 0),
    CASE_STD(CU, "content 2 answered yes", "12/HD-BCA-V05 content 2", "DTVM-03-2", PASS, CERTIFIED, Y124, CW,
             ward_answered, 0),
    CASE_STD(CU, "content 2 answered no", "12/HD-BCA-V05 content 2", "DTVM-03-2", FAIL, NOT_CERTIFIED, Y124, CW,
             ward_content_no, 2),
    CASE_STD(CU, "content 2 not answered: unknown, never met", "12/HD-BCA-V05 content 2", "DTVM-03-2", UNK,
             UNDETERMINED, Y124, CW, ward_type, ANTQ_COMMUNE_TYPE_WARD),
    CASE_STD(CU, "content 3 answered yes", "12/HD-BCA-V05 content 3", "DTVM-03-3", PASS, CERTIFIED, Y124, CW,
             ward_answered, 0),
    CASE_STD(CU, "content 3 answered no", "12/HD-BCA-V05 content 3", "DTVM-03-3", FAIL, NOT_CERTIFIED, Y124, CW,
             ward_content_no, 3),
    CASE_STD(CU, "content 4 answered yes", "12/HD-BCA-V05 content 4", "DTVM-03-4", PASS, CERTIFIED, Y124, CW,
             ward_answered, 0),
    CASE_STD(CU, "content 4 answered no", "12/HD-BCA-V05 content 4", "DTVM-03-4", FAIL, NOT_CERTIFIED, Y124, CW,
             ward_content_no, 4),
    CASE_STD(CU, "content 5 answered yes", "12/HD-BCA-V05 content 5", "DTVM-03-5", PASS, CERTIFIED, Y124, CW,
             ward_answered, 0),
    CASE_STD(CU, "content 5 answered no", "12/HD-BCA-V05 content 5", "DTVM-03-5", FAIL, NOT_CERTIFIED, Y124, CW,
             ward_content_no, 5),
    CASE_STD(CU, "content 6 answered yes", "12/HD-BCA-V05 content 6", "DTVM-03-6", PASS, CERTIFIED, Y124, CW,
             ward_answered, 0),
    CASE_STD(CU, "content 6 answered no", "12/HD-BCA-V05 content 6", "DTVM-03-6", FAIL, NOT_CERTIFIED, Y124, CW,
             ward_content_no, 6),
    CASE_STD(CU, "district-managed agency certified under Art. 6", "12/HD-BCA-V05; 124 Art. 6", "DTVM-04", PASS,
             CERTIFIED, Y124, AG, managed_at, ANTQ_LEVEL_DISTRICT),
    CASE_STD(CU, "district-managed agency not implementing policy (124 Art. 6.2): not met", "12/HD-BCA-V05; 124 Art. 6.2",
             "DTVM-04", FAIL, NOT_CERTIFIED, Y124, AG, district_policy_not_implemented, 0),
    CASE_STD(CU, "commune-managed agency: not applicable", "12/HD-BCA-V05", "DTVM-04", N_A, NOT_ELIGIBLE, Y124, AG,
             NULL, 0),
    CASE_STD(CU, "agency whose managing level is not reported: unknown", "12/HD-BCA-V05", "DTVM-04", UNK, UNDETERMINED,
             Y124, AG, managed_at, ANTQ_LEVEL_UNKNOWN),

    /* ---- typical units of the movement */
    CASE_STD(TU, "typical commune, C1: policy fully implemented, the rest answered", "9745/QĐ-BCA-V05 C1", "MOD-01-C1",
             PASS, CERTIFIED, Y124, CW, typical_answered, 0),
    CASE_STD(TU, "typical commune, C1: policy not fully implemented", "9745/QĐ-BCA-V05 C1", "MOD-01-C1", FAIL,
             NOT_CERTIFIED, Y124, CW, typical_policy_not_implemented, 0),
    CASE_STD(TU, "typical commune, C2: resolution and plan in the first quarter", "9745/QĐ-BCA-V05 C2", "MOD-01-C2a",
             PASS, CERTIFIED, Y124, CW, typical_answered, 0),
    CASE_STD(TU, "typical commune, C2: plan dated in April", "9745/QĐ-BCA-V05 C2", "MOD-01-C2a", FAIL, NOT_CERTIFIED,
             Y124, CW, typical_plan_on, DAY(Y124, 4, 2)),
    CASE_STD(TU, "typical commune, C2: Steering Committee programme answered yes", "9745/QĐ-BCA-V05 C2", "MOD-01-C2b",
             PASS, CERTIFIED, Y124, CW, typical_answered, 0),
    CASE_STD(TU, "typical commune, C2: Steering Committee programme answered no", "9745/QĐ-BCA-V05 C2", "MOD-01-C2b",
             FAIL, NOT_CERTIFIED, Y124, CW, typical_answer_no, 0),
    CASE_STD(TU, "typical commune: remaining criteria answered yes", "9745/QĐ-BCA-V05", "MOD-01-CX", PASS, CERTIFIED,
             Y124, CW, typical_answered, 0),
    CASE_STD(TU, "typical commune: remaining criteria answered no", "9745/QĐ-BCA-V05", "MOD-01-CX", FAIL, NOT_CERTIFIED,
             Y124, CW, typical_answer_no, 1),
    CASE_STD(TU, "typical commune: remaining criteria not answered: unknown", "9745/QĐ-BCA-V05", "MOD-01-CX", UNK,
             UNDETERMINED, Y124, CW, NULL, 0),
    CASE_STD(TU, "typical agency: criteria answered yes", "9745/QĐ-BCA-V05", "MOD-01-AE", PASS, CERTIFIED, Y124, AG,
             typical_unit_answer, ANTQ_YES),
    CASE_STD(TU, "typical agency: criteria answered no", "9745/QĐ-BCA-V05", "MOD-01-AE", FAIL, NOT_CERTIFIED, Y124, AG,
             typical_unit_answer, ANTQ_NO),
    CASE_STD(TU, "typical agency: criteria not answered: unknown", "9745/QĐ-BCA-V05", "MOD-01-AE", UNK, UNDETERMINED,
             Y124, AG, NULL, 0),
};

SPEC_TABLE_DEFINE(spec_table_reused, "reused standards (rules.md §4)", cases);
