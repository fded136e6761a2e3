/* Evaluate one residential area for 2024 under Circular 124/2021/TT-BCA.
 *
 * Thôn Phú Mỹ (a fictional village of the fictional Xã Tân Phong) did almost
 * everything right, but 3 of its 212 resident households did not register
 * (Art. 4.1 asks for all of them), so it is NOT certified. The program prints
 * the explanation in Vietnamese and English, then what it would take.
 * It exits 1 if the verdict is not the expected one.
 * SPDX-License-Identifier: MIT */
#include <antq.h>

#include <stdio.h>

static void print_text(int (*render)(char **, const antq_result *, int, antq_error *), const antq_result *res, int lang)
{
    char *text = NULL;
    if (render(&text, res, lang, NULL) == ANTQ_OK)
        printf("%s\n", text);
    antq_free(text); /* library text: antq_free(), never free() */
}

int main(void)
{
    antq_unit unit;
    antq_evidence ev;
    antq_result *res = NULL;
    antq_error err;

    /* The unit: every attribute starts unknown, then set what is known. */
    antq_unit_init(&unit);
    unit.id = "TP-PHU-MY";
    unit.name = "Thôn Phú Mỹ";
    unit.local_type = "thôn";
    unit.parent_id = "XA-TAN-PHONG";
    unit.kind = ANTQ_KIND_RESIDENTIAL_AREA;
    unit.managing_level = ANTQ_LEVEL_COMMUNE;

    /* Its evidence for evaluation year 2024 (period 01/11/2023 – 31/10/2024). */
    antq_evidence_init(&ev);
    ev.year = 2024;
    ev.registered = ANTQ_YES;                               /* Art. 4.1: registered ... */
    ev.registration_date = antq_date_make(2024, 2, 22);     /* ... in the first quarter */
    ev.party_resolution_date = antq_date_make(2024, 1, 10); /* Party cell resolution */
    ev.households_resident = 212;
    ev.households_registered = 209;                         /* 3 households short */
    ev.implements_policy = ANTQ_YES;                        /* Art. 4.2 */
    ev.events_recorded = ANTQ_YES;                          /* the (empty) event list is complete: */
    ev.disciplines_recorded = ANTQ_YES;                     /* nothing of Art. 4.3 or 4.4.b–d happened */
    ev.crimes = 1;                                          /* Art. 4.4.a: not more than last year */
    ev.crimes_prev = 2;
    ev.social_evils = 2;
    ev.social_evils_prev = 2;
    ev.other_violations = 5;
    ev.other_violations_prev = 7;
    ev.supervision_effective = ANTQ_YES;                    /* Art. 4.4.c */
    ev.grassroots_rating = ANTQ_RATING_COMPLETED_WELL;      /* Art. 4.5 */

    if (antq_evaluate(&res, &unit, &ev, NULL, NULL, 0, NULL, &err) != ANTQ_OK) {
        fprintf(stderr, "%s at %s: %s\n", antq_status_name(err.code), err.path, err.message);
        return 1;
    }

    print_text(antq_result_explain, res, ANTQ_LANG_VI);
    print_text(antq_result_explain, res, ANTQ_LANG_EN);
    print_text(antq_result_what_it_takes, res, ANTQ_LANG_VI);
    print_text(antq_result_what_it_takes, res, ANTQ_LANG_EN);

    /* The same answer as data: the failed check, its fact and the gap. */
    int verdict = antq_result_verdict(res);
    const antq_check *check = antq_result_find(res, "C124-RA-01b");
    int64_t gap = check && check->n_facts > 0 ? check->facts[0].gap : -1;
    antq_result_free(res);
    if (verdict != ANTQ_VERDICT_NOT_CERTIFIED || gap != 3) {
        fprintf(stderr, "expected not_certified with a gap of 3 households, got %s, gap %lld\n",
                antq_verdict_name(verdict), (long long)gap);
        return 1;
    }
    return 0;
}
