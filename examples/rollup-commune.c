/* Evaluate a commune from its members' results (Circular 124/2021/TT-BCA
 * Art. 5.4): every unit under the commune's management must register, and
 * 70% or more of them must be recognised as safe.
 *
 * Xã Tân Phong (fictional) manages five villages and its health station. A
 * province-managed cement company on its territory is recognised by the
 * province, and a small furniture company is outside the scope (Art. 1.2.b):
 * neither counts. Four of the six managed units are certified, below 70%:
 * one more unit is needed, so the commune is NOT certified although it meets
 * every other criterion. The program prints each member's verdict, then the
 * commune's explanation and what it would take, in Vietnamese and English.
 * It exits 1 if the verdicts or the gap are not the expected ones.
 * SPDX-License-Identifier: MIT */
#include <antq.h>

#include <stdio.h>

#define COMMUNE_ID "XA-TAN-PHONG"
#define YEAR 2024

/* Evidence every unit reports: registered in the first quarter, policy
 * implemented, complete (empty) lists of events and discipline records. */
static void base_evidence(antq_evidence *ev)
{
    antq_evidence_init(ev);
    ev->year = YEAR;
    ev->registered = ANTQ_YES;
    ev->registration_date = antq_date_make(YEAR, 2, 20);
    ev->party_resolution_date = antq_date_make(YEAR, 1, 15);
    ev->plan_date = antq_date_make(YEAR, 1, 25);
    ev->implements_policy = ANTQ_YES;
    ev->supervision_effective = ANTQ_YES;
    ev->events_recorded = ANTQ_YES;
    ev->disciplines_recorded = ANTQ_YES;
}

/* A village: households registered of resident, crimes this and last year. */
static void village(antq_unit *u, antq_evidence *ev, const char *id, const char *name,
                    int64_t resident, int64_t registered, int64_t crimes, int64_t crimes_prev)
{
    antq_unit_init(u);
    u->id = id;
    u->name = name;
    u->local_type = "thôn";
    u->parent_id = COMMUNE_ID;
    u->kind = ANTQ_KIND_RESIDENTIAL_AREA;
    u->managing_level = ANTQ_LEVEL_COMMUNE;
    base_evidence(ev);
    ev->households_resident = resident;
    ev->households_registered = registered;
    ev->crimes = crimes;
    ev->crimes_prev = crimes_prev;
    ev->social_evils = ev->social_evils_prev = 0;
    ev->other_violations = ev->other_violations_prev = 2;
    ev->grassroots_rating = ANTQ_RATING_COMPLETED;
}

/* An agency or enterprise managed at @p level that meets Art. 6. */
static void workplace(antq_unit *u, antq_evidence *ev, int kind, const char *id, const char *name, int level)
{
    antq_unit_init(u);
    u->id = id;
    u->name = name;
    u->parent_id = COMMUNE_ID;
    u->kind = kind;
    u->managing_level = level;
    u->armed_forces = ANTQ_NO;
    u->enterprise_size = kind == ANTQ_KIND_ENTERPRISE ? ANTQ_SIZE_MEDIUM : ANTQ_SIZE_UNKNOWN;
    u->has_party_org = ANTQ_YES;
    u->has_protection_force = ANTQ_YES;
    u->emulation_eligible = ANTQ_YES;
    base_evidence(ev);
    ev->rule_topics = ANTQ_TOPIC_UNIT_PROTECTION | ANTQ_TOPIC_STATE_SECRETS | ANTQ_TOPIC_INTERNAL_POLITICS |
                      ANTQ_TOPIC_LABOUR_SAFETY | ANTQ_TOPIC_FIRE_PREVENTION | ANTQ_TOPIC_ENVIRONMENT;
    ev->staff_total = ev->staff_briefed = 24;
    ev->effective_models = 1;
    ev->protection_rating = ANTQ_RATING_COMPLETED_WELL;
    ev->subunits_total = 4;
    ev->subunits_qualified = 3;
}

static void print_text(int (*render)(char **, const antq_result *, int, antq_error *), const antq_result *res, int lang)
{
    char *text = NULL;
    if (render(&text, res, lang, NULL) == ANTQ_OK)
        printf("%s\n", text);
    antq_free(text);
}

enum { N_MEMBERS = 8 };

int main(void)
{
    antq_unit units[N_MEMBERS];
    antq_evidence evs[N_MEMBERS];
    int expected[N_MEMBERS];
    antq_rollup rollup;
    antq_error err;
    int ok = 1;

    /* Five villages: three meet every criterion, Khe Mây is 4 households short,
     * Đồng Sim had more crimes than the year before. */
    village(&units[0], &evs[0], "TP-PHU-MY", "Thôn Phú Mỹ", 212, 212, 1, 2);
    village(&units[1], &evs[1], "TP-KHE-MAY", "Thôn Khe Mây", 148, 144, 0, 1);
    village(&units[2], &evs[2], "TP-DONG-SIM", "Thôn Đồng Sim", 176, 176, 5, 3);
    village(&units[3], &evs[3], "TP-BAI-CHAY", "Thôn Bãi Cháy", 95, 95, 0, 0);
    village(&units[4], &evs[4], "TP-NA-HIN", "Thôn Nà Hin", 130, 130, 2, 2);
    /* The commune's health station, managed by the commune. */
    workplace(&units[5], &evs[5], ANTQ_KIND_AGENCY, "CQ-TRAM-Y-TE", "Trạm Y tế xã Tân Phong", ANTQ_LEVEL_COMMUNE);
    /* A cement company managed by the province: certified, but not in the pool. */
    workplace(&units[6], &evs[6], ANTQ_KIND_ENTERPRISE, "DN-XI-MANG", "Công ty Cổ phần Xi măng Tân Phong",
              ANTQ_LEVEL_PROVINCE);
    /* A small furniture company: outside the scope, not in the pool. */
    workplace(&units[7], &evs[7], ANTQ_KIND_ENTERPRISE, "DN-MOC-AN-PHU", "Công ty TNHH Mộc An Phú",
              ANTQ_LEVEL_COMMUNE);
    units[7].enterprise_size = ANTQ_SIZE_SMALL;

    expected[0] = expected[3] = expected[4] = expected[5] = expected[6] = ANTQ_VERDICT_CERTIFIED;
    expected[1] = expected[2] = ANTQ_VERDICT_NOT_CERTIFIED;
    expected[7] = ANTQ_VERDICT_NOT_ELIGIBLE;

    /* Evaluate each member and count it into the commune's roll-up. */
    antq_rollup_init(&rollup, COMMUNE_ID);
    for (int i = 0; i < N_MEMBERS; i++) {
        antq_result *res = NULL;
        if (antq_evaluate(&res, &units[i], &evs[i], NULL, NULL, 0, NULL, &err) != ANTQ_OK) {
            fprintf(stderr, "%s: %s %s %s\n", units[i].id, antq_status_name(err.code), err.path, err.message);
            return 1;
        }
        if (antq_rollup_add(&rollup, &units[i], &evs[i], res, NULL) != ANTQ_OK) {
            fprintf(stderr, "%s: not a member of %s\n", units[i].id, COMMUNE_ID);
            antq_result_free(res);
            return 1;
        }
        int verdict = antq_result_verdict(res);
        printf("%-13s %s: %s\n", units[i].id, units[i].name, antq_verdict_name(verdict));
        if (verdict != expected[i]) {
            fprintf(stderr, "%s: expected %s\n", units[i].id, antq_verdict_name(expected[i]));
            ok = 0;
        }
        antq_result_free(res);
    }
    printf("70%% pool: %lld residential areas (%lld certified) + %lld other managed (%lld certified); "
           "left out: %lld recognised above the commune, %lld not eligible\n\n",
           (long long)rollup.ra_total, (long long)rollup.ra_certified, (long long)rollup.managed_total,
           (long long)rollup.managed_certified, (long long)rollup.outside_pool, (long long)rollup.not_eligible);

    /* The commune itself: its own evidence, plus the roll-up for Art. 5.4. */
    antq_unit commune;
    antq_evidence ev;
    antq_unit_init(&commune);
    commune.id = COMMUNE_ID;
    commune.name = "Xã Tân Phong";
    commune.kind = ANTQ_KIND_COMMUNE;
    commune.commune_type = ANTQ_COMMUNE_TYPE_COMMUNE;
    base_evidence(&ev);
    ev.effective_models = 2;
    ev.crimes = 8;
    ev.crimes_prev = 8;
    ev.social_evils = ev.social_evils_prev = 1;
    ev.other_violations = 11;
    ev.other_violations_prev = 14;
    ev.police_effective = ANTQ_YES;

    antq_result *res = NULL;
    if (antq_evaluate(&res, &commune, &ev, &rollup, NULL, 0, NULL, &err) != ANTQ_OK) {
        fprintf(stderr, "%s: %s %s %s\n", commune.id, antq_status_name(err.code), err.path, err.message);
        return 1;
    }
    print_text(antq_result_explain, res, ANTQ_LANG_VI);
    print_text(antq_result_explain, res, ANTQ_LANG_EN);
    print_text(antq_result_what_it_takes, res, ANTQ_LANG_VI); /* the gap: 1 more unit */
    print_text(antq_result_what_it_takes, res, ANTQ_LANG_EN);

    /* The 70% rule as data: 4 of 6 certified, one more unit needed. */
    const antq_check *rule70 = antq_result_find(res, "C124-CW-04b");
    const antq_fact *f = rule70 && rule70->n_facts > 0 ? &rule70->facts[0] : NULL;
    if (antq_result_verdict(res) != ANTQ_VERDICT_NOT_CERTIFIED || !f || f->outcome != ANTQ_OUTCOME_FAIL ||
        f->value != 4 || f->total != 6 || f->gap != 1) {
        fprintf(stderr, "%s: expected not_certified with 4 of 6 certified (gap 1)\n", commune.id);
        ok = 0;
    }
    antq_result_free(res);
    return ok ? 0 : 1;
}
