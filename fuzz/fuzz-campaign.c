/* Fuzz target: campaign documents (plans and festivals).
 *
 * Loads the input with antq_campaign_load_json(); for a campaign that loads:
 * writes it back, reloads it (the second write must equal the first), checks
 * it against a small built-in dataset, evaluates every plan against that
 * dataset's results (scorecards as text and JSON) and computes the festival
 * coverage of each plan year.
 * SPDX-License-Identifier: MIT */
#include "fuzz-common.h"

/* Units whose ids the campaign seeds use (after data/sample-province.json). */
static const char dataset_json[] =
    "{\"format\":\"antq-dataset\",\"version\":1,\"units\":["
    "{\"id\":\"P99-SN-01\",\"kind\":\"commune\",\"commune_type\":\"ward\",\"parent\":\"P-99\",\"evidence\":[{\"year\":2024,"
    "\"registered\":true,\"registration_date\":\"2024-02-01\",\"party_resolution_date\":\"2024-01-10\",\"plan_date\":\"2024-01-20\","
    "\"implements_policy\":true,\"events\":[],\"disciplines\":[],\"effective_models\":2,\"crimes\":3,\"crimes_prev\":4,"
    "\"social_evils\":1,\"social_evils_prev\":1,\"other_violations\":2,\"other_violations_prev\":2,"
    "\"supervision_effective\":true,\"police_effective\":true}]},"
    "{\"id\":\"P99-SN-01-T01\",\"kind\":\"residential_area\",\"parent\":\"P99-SN-01\",\"evidence\":[{\"year\":2024,"
    "\"registered\":true,\"registration_date\":\"2024-02-10\",\"party_resolution_date\":\"2024-01-15\","
    "\"households_resident\":240,\"households_registered\":238,\"implements_policy\":true,\"events\":[],"
    "\"disciplines\":[],\"effective_models\":1,\"crimes\":0,\"crimes_prev\":1,\"social_evils\":0,\"social_evils_prev\":0,"
    "\"other_violations\":0,\"other_violations_prev\":0,\"supervision_effective\":true,\"grassroots_rating\":\"completed_well\"}]},"
    "{\"id\":\"P99-SN-01-T02\",\"kind\":\"residential_area\",\"parent\":\"P99-SN-01\",\"evidence\":[{\"year\":2024,"
    "\"registered\":false,\"households_resident\":120,\"households_registered\":80}]},"
    "{\"id\":\"P99-SN-01-CQ1\",\"kind\":\"agency\",\"parent\":\"P99-SN-01\",\"managing_level\":\"commune\","
    "\"evidence\":[{\"year\":2024,\"registered\":true}]},"
    "{\"id\":\"P99-SN-01-DN1\",\"kind\":\"enterprise\",\"parent\":\"P99-SN-01\",\"managing_level\":\"province\","
    "\"delegated_to_commune\":true,\"enterprise_size\":\"medium\"},"
    "{\"id\":\"P99-SN-01-TH1\",\"kind\":\"educational_institution\",\"parent\":\"P99-SN-01\",\"managing_level\":\"commune\","
    "\"education_level\":\"lower_secondary\",\"evidence\":[{\"year\":2024,\"registered\":true}]}"
    "]}";

static void exercise(const antq_campaign *c)
{
    antq_dataset *ds = NULL;
    antq_error err;
    int rc = antq_dataset_load_json(&ds, dataset_json, sizeof dataset_json - 1, 0, &err);
    FUZZ_CHECK(rc == ANTQ_OK, "built-in dataset: %s at %s: %s", antq_status_name(rc), err.path, err.message);
    rc = antq_campaign_check(c, ds, &err);
    FUZZ_CHECK(rc == ANTQ_OK || rc == ANTQ_ENOTFOUND, "campaign_check: %s", antq_status_name(rc));
    antq_evaluation *ev = NULL;
    int ev_year = 0;
    for (size_t i = 0; i < antq_campaign_plan_count(c) && i < 8; i++) {
        const antq_plan *p = antq_campaign_plan(c, i);
        FUZZ_CHECK(p != NULL, "plan %zu", i);
        if (!ev || ev_year != p->year) {
            antq_evaluation_free(ev);
            ev = NULL;
            ev_year = p->year;
            if (antq_dataset_evaluate(&ev, ds, p->year, NULL, &err) != ANTQ_OK)
                ev = NULL;
        }
        antq_scorecard *sc = NULL;
        rc = antq_plan_evaluate(&sc, c, i, ev, (int32_t)(i & 1 ? 20241015 : 0), &err);
        if (rc != ANTQ_OK) {
            FUZZ_CHECK(sc == NULL, "scorecard left behind on failure");
            continue;
        }
        for (int json = 0; json <= 1; json++)
            for (int lang = ANTQ_LANG_VI; lang <= ANTQ_LANG_EN; lang++) {
                char *text = NULL;
                rc = antq_scorecard_write(&text, sc, json ? ANTQ_FORMAT_JSON : ANTQ_FORMAT_TEXT, lang, NULL);
                FUZZ_CHECK(rc == ANTQ_OK && text, "scorecard_write(%d,%d): %s", json, lang, antq_status_name(rc));
                antq_free(text);
            }
        antq_scorecard_free(sc);
    }
    antq_evaluation_free(ev);
    for (size_t i = 0; i < antq_campaign_festival_count(c) && i < 4; i++) {
        antq_festival_coverage cov;
        antq_festival_coverage_init(&cov);
        (void)antq_festival_coverage_compute(&cov, c, ds, antq_campaign_festival(c, i)->year, &err);
    }
    antq_dataset_free(ds);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    antq_campaign *c = (antq_campaign *)&c;
    antq_error err;
    memset(&err, 0, sizeof err);
    int rc = antq_campaign_load_json(&c, (const char *)data, size, &err);
    if (rc != ANTQ_OK) {
        FUZZ_CHECK(c == NULL, "campaign not reset to NULL on failure");
        fuzz_check_error(rc, &err, size);
        return 0;
    }
    char *first = NULL, *second = NULL;
    rc = antq_campaign_write_json(&first, c, NULL);
    FUZZ_CHECK(rc == ANTQ_OK && first, "campaign_write_json: %s", antq_status_name(rc));
    antq_campaign *again = NULL;
    rc = antq_campaign_load_json(&again, first, strlen(first), &err);
    FUZZ_CHECK(rc == ANTQ_OK, "reload of the written campaign: %s at %s: %s\n%s", antq_status_name(rc), err.path,
               err.message, first);
    FUZZ_CHECK(antq_campaign_plan_count(again) == antq_campaign_plan_count(c) &&
                   antq_campaign_festival_count(again) == antq_campaign_festival_count(c),
               "counts changed in the round trip");
    rc = antq_campaign_write_json(&second, again, NULL);
    FUZZ_CHECK(rc == ANTQ_OK && second, "second campaign_write_json");
    FUZZ_CHECK(strcmp(first, second) == 0, "write/load/write is not a fixed point:\n%s\n---\n%s", first, second);
    antq_free(first);
    antq_free(second);
    antq_campaign_free(again);
    exercise(c);
    antq_campaign_free(c);
    return 0;
}
