/* antq festival: the year's festival coverage (19 August).
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

/* "35/37 (94,6%)" */
static void held(FILE *out, int64_t part, int64_t whole, int lang)
{
    char p[ANTQ_FORMAT_SIZE], w[ANTQ_FORMAT_SIZE], share[ANTQ_FORMAT_SIZE];
    antq_format_count(p, sizeof p, part, lang);
    antq_format_count(w, sizeof w, whole, lang);
    fprintf(out, "%s/%s", p, w);
    if (whole > 0 && antq_format_share(share, sizeof share, part, whole, 0, 0, lang) == ANTQ_OK)
        fprintf(out, " (%s)", share);
}

int cmd_festival(const cli_args *a)
{
    static const char *const formats[] = {"text", "json", NULL};
    int json;
    int rc = cli_pick_format(a, formats, &json);
    if (rc)
        return rc;
    const char *campaign_file = a->pos[1];
    /* the coverage needs the units' ids, parents and kinds, not their evidence: the input is checked by the
     * pipeline, whose index is all that is read (NDJSON is read one line at a time) */
    antq_pipeline_config cfg;
    cli_pipeline_config(a, &cfg);
    cfg.check_only = 1;
    antq_pipeline *p = NULL;
    rc = cli_run_units(a, &cfg, NULL, NULL, &p, NULL);
    if (rc)
        return rc;
    antq_campaign *c = NULL;
    antq_error err;
    rc = cli_load_campaign(campaign_file, NULL, &c);
    if (!rc && antq_campaign_check_pipeline(c, p, &err) != ANTQ_OK) {
        cli_print_error(campaign_file, &err);
        rc = CLI_BAD_INPUT;
    }
    if (rc) {
        antq_campaign_free(c);
        antq_pipeline_free(p);
        return rc;
    }
    size_t n_years = antq_pipeline_year_count(p);
    int year = a->year ? a->year : n_years ? antq_pipeline_year(p, n_years - 1, NULL) : 0;
    antq_festival_coverage cov;
    antq_festival_coverage_init(&cov);
    if (!rc && antq_festival_coverage_compute_pipeline(&cov, c, p, year, &err) != ANTQ_OK) {
        cli_print_error(campaign_file, &err);
        rc = CLI_BAD_INPUT;
    }
    cli_output o = {0};
    if (!rc)
        rc = cli_output_open(&o, a);
    if (!rc) {
        FILE *out = o.f;
        if (json) {
            cJSON *doc = cJSON_CreateObject();
            cli_json_int(doc, "year", cov.year);
            cli_json_int(doc, "ordinal", cov.ordinal);
            const char *names[] = {"communes", "residential_areas", "organisations"};
            const int64_t pairs[][2] = {{cov.communes_held, cov.communes}, {cov.areas_held, cov.areas},
                                        {cov.organisations_held, cov.organisations}};
            for (int i = 0; i < 3; i++) {
                cJSON *pair = cli_json_array(doc, names[i]);
                for (int k = 0; k < 2; k++) {
                    char num[24];
                    snprintf(num, sizeof num, "%lld", (long long)pairs[i][k]);
                    cli_json_add(pair, NULL, cJSON_CreateRaw(num));
                }
            }
            cJSON *sites = cli_json_object(doc, "point_sites");
            for (int l = 1; l <= ANTQ_FESTIVAL_LEVEL_EDUCATIONAL_INSTITUTION; l++)
                cli_json_int(sites, antq_festival_level_name(l), cov.point_sites[l]);
            cli_json_int(doc, "communes_with_area_point_site", cov.communes_with_area_point_site);
            cli_json_int(doc, "participants", cov.participants);
            cli_json_int(doc, "gifts", cov.gifts);
            cli_json_int(doc, "gift_value_vnd", cov.gift_value_vnd);
            cli_json_int(doc, "commendations", cov.commendations);
            rc = cli_json_print(out, doc);
        } else {
            int lang = a->lang;
            fprintf(out, _("Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm %d (lần thứ %d, từ 19/8/2005)\n"), (int)cov.year,
                    (int)cov.ordinal);
            fputs(_("  xã, phường tổ chức:              "), out);
            held(out, cov.communes_held, cov.communes, lang);
            fputs(_("\n  khu dân cư tổ chức:              "), out);
            held(out, cov.areas_held, cov.areas, lang);
            fputs(_("\n  cơ quan, doanh nghiệp, trường:   "), out);
            held(out, cov.organisations_held, cov.organisations, lang);
            fputs(_("\n  điểm tổ chức:"), out);
            for (int l = 1; l <= ANTQ_FESTIVAL_LEVEL_EDUCATIONAL_INSTITUTION; l++)
                if (cov.point_sites[l])
                    fprintf(out, " %s %lld;", antq_festival_level_label(l, lang), (long long)cov.point_sites[l]);
            fputs(_("\n  xã có điểm tổ chức ở khu dân cư: "), out);
            held(out, cov.communes_with_area_point_site, cov.communes, lang);
            char participants[ANTQ_FORMAT_SIZE], gifts[ANTQ_FORMAT_SIZE], value[ANTQ_FORMAT_SIZE],
                commendations[ANTQ_FORMAT_SIZE];
            antq_format_count(participants, sizeof participants, cov.participants, lang);
            antq_format_count(gifts, sizeof gifts, cov.gifts, lang);
            antq_format_money(value, sizeof value, cov.gift_value_vnd, lang);
            antq_format_count(commendations, sizeof commendations, cov.commendations, lang);
            fprintf(out, _("\n  người tham gia %s; quà %s suất, trị giá %s; khen thưởng %s\n"), participants, gifts, value,
                    commendations);
        }
        rc = cli_output_finish(&o, rc);
    }
    antq_campaign_free(c);
    antq_pipeline_free(p);
    return rc;
}

