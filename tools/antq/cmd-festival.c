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
    antq_dataset *ds;
    antq_campaign *c;
    rc = cli_load_with_campaign(a, &ds, &c);
    if (rc)
        return rc;
    int year = a->year ? a->year : cli_pick_year(a, ds);
    antq_festival_coverage cov;
    antq_festival_coverage_init(&cov);
    antq_error err;
    if (!rc && antq_festival_coverage_compute(&cov, c, ds, year, &err) != ANTQ_OK) {
        cli_print_error(campaign_file, &err);
        rc = CLI_BAD_INPUT;
    }
    cli_output o = {0};
    if (!rc)
        rc = cli_output_open(&o, a);
    if (!rc) {
        FILE *out = o.f;
        if (json) {
            fprintf(out, "{\"year\":%d,\"ordinal\":%d,\"communes\":[%lld,%lld],\"residential_areas\":[%lld,%lld],"
                         "\"organisations\":[%lld,%lld],\"point_sites\":{",
                    (int)cov.year, (int)cov.ordinal, (long long)cov.communes_held, (long long)cov.communes,
                    (long long)cov.areas_held, (long long)cov.areas, (long long)cov.organisations_held,
                    (long long)cov.organisations);
            for (int l = 1; l <= ANTQ_FESTIVAL_LEVEL_EDUCATIONAL_INSTITUTION; l++)
                fprintf(out, "%s\"%s\":%lld", l > 1 ? "," : "", antq_festival_level_name(l), (long long)cov.point_sites[l]);
            fprintf(out, "},\"communes_with_area_point_site\":%lld,\"participants\":%lld,\"gifts\":%lld,"
                         "\"gift_value_vnd\":%lld,\"commendations\":%lld}\n",
                    (long long)cov.communes_with_area_point_site, (long long)cov.participants, (long long)cov.gifts,
                    (long long)cov.gift_value_vnd, (long long)cov.commendations);
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
        rc = cli_output_commit(&o);
    }
    antq_campaign_free(c);
    antq_dataset_free(ds);
    return rc;
}

