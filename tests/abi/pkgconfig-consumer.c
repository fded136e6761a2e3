/* A program outside the tree, built by pkgconfig-consumer.sh against the
 * *installed* libantq exactly as a user would:
 *     cc pkgconfig-consumer.c $(pkg-config --cflags --libs libantq)
 * It evaluates a residential area and a commune that meet every criterion and
 * prints both explanations in Vietnamese and English; the script checks the
 * verdict lines. Exit 1 when a verdict is not "certified".
 * SPDX-License-Identifier: MIT */
#include <antq.h>

#include <stdio.h>
#include <string.h>

static int explain(const antq_unit *unit, const antq_evidence *ev)
{
    antq_result *res = NULL;
    antq_error err;
    char *text = NULL;
    int lang, verdict;

    if (antq_evaluate(&res, unit, ev, NULL, NULL, 0, NULL, &err) != ANTQ_OK) {
        fprintf(stderr, "%s: %s at %s: %s\n", unit->id, antq_status_name(err.code), err.path, err.message);
        return 1;
    }
    for (lang = ANTQ_LANG_VI; lang <= ANTQ_LANG_EN; lang++) {
        if (antq_result_explain(&text, res, lang, NULL) != ANTQ_OK) {
            antq_result_free(res);
            return 1;
        }
        printf("%s\n", text);
        antq_free(text);
    }
    verdict = antq_result_verdict(res);
    antq_result_free(res);
    if (verdict != ANTQ_VERDICT_CERTIFIED) {
        fprintf(stderr, "%s: expected certified, got %s\n", unit->id, antq_verdict_name(verdict));
        return 1;
    }
    return 0;
}

/* Facts every unit reports: registered in the first quarter, no listed event. */
static void common_evidence(antq_evidence *ev)
{
    antq_evidence_init(ev);
    ev->year = 2024;
    ev->registered = ANTQ_YES;
    ev->registration_date = antq_date_make(2024, 2, 26);
    ev->party_resolution_date = antq_date_make(2024, 1, 18);
    ev->plan_date = antq_date_make(2024, 1, 25);
    ev->implements_policy = ANTQ_YES;
    ev->supervision_effective = ANTQ_YES;
    ev->events_recorded = ANTQ_YES;
    ev->disciplines_recorded = ANTQ_YES;
}

int main(void)
{
    antq_unit ra, cw;
    antq_evidence ev;
    int failed = 0;

    if (strcmp(antq_version(), ANTQ_VERSION_STRING) != 0) {
        fprintf(stderr, "header %s, library %s\n", ANTQ_VERSION_STRING, antq_version());
        return 1;
    }

    antq_unit_init(&ra);
    ra.id = "TDP-07";
    ra.name = "Tổ dân phố 7";
    ra.local_type = "tổ dân phố";
    ra.parent_id = "PH-HOA-LAC";
    ra.kind = ANTQ_KIND_RESIDENTIAL_AREA;
    ra.managing_level = ANTQ_LEVEL_COMMUNE;
    common_evidence(&ev);
    ev.households_resident = 186;
    ev.households_registered = 186;
    ev.crimes = 1;
    ev.crimes_prev = 2;
    ev.social_evils = 0;
    ev.social_evils_prev = 1;
    ev.other_violations = 3;
    ev.other_violations_prev = 3;
    ev.grassroots_rating = ANTQ_RATING_COMPLETED_WELL;
    failed |= explain(&ra, &ev);

    antq_unit_init(&cw);
    cw.id = "PH-HOA-LAC";
    cw.name = "Phường Hòa Lạc";
    cw.kind = ANTQ_KIND_COMMUNE;
    cw.commune_type = ANTQ_COMMUNE_TYPE_WARD;
    common_evidence(&ev);
    ev.effective_models = 3;
    ev.crimes = 9;
    ev.crimes_prev = 11;
    ev.social_evils = 4;
    ev.social_evils_prev = 5;
    ev.other_violations = 17;
    ev.other_violations_prev = 17;
    ev.police_effective = ANTQ_YES;
    ev.members_total = 12;
    ev.members_registered = 12;
    ev.members_certified = 10;
    failed |= explain(&cw, &ev);

    return failed;
}
