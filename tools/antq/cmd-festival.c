/* antq festival: the year's festival coverage (19 August).
 * SPDX-License-Identifier: MIT */
#include "cli.h"

#include <stdlib.h>
#include <string.h>

static void permille(FILE *out, int64_t part, int64_t whole)
{
    if (whole > 0)
        fprintf(out, " (%lld.%lld%%)", (long long)(part * 1000 / whole / 10), (long long)(part * 1000 / whole % 10));
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
    antq_error err;
    if (!rc && antq_festival_coverage_compute(c, ds, year, &cov, &err) != ANTQ_OK) {
        cli_print_error(campaign_file, &err);
        rc = CLI_BAD_INPUT;
    }
    cli_output o = {0};
    if (!rc)
        rc = cli_output_open(&o, a);
    if (!rc) {
        FILE *out = o.f;
        int en = a->lang == ANTQ_LANG_EN;
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
            fprintf(out, en ? "Festival \"All people protect national security\" %d (the %d%s, since 19/8/2005)\n"
                            : "Ngày hội toàn dân bảo vệ an ninh Tổ quốc năm %d (lần thứ %d%s, từ 19/8/2005)\n",
                    (int)cov.year, (int)cov.ordinal, en ? (cov.ordinal % 10 == 1 && cov.ordinal != 11 ? "st" : cov.ordinal % 10 == 2 && cov.ordinal != 12 ? "nd" : cov.ordinal % 10 == 3 && cov.ordinal != 13 ? "rd" : "th") : "");
            fprintf(out, en ? "  communes that held it:           %lld of %lld" : "  xã, phường tổ chức:              %lld/%lld",
                    (long long)cov.communes_held, (long long)cov.communes);
            permille(out, cov.communes_held, cov.communes);
            fprintf(out, en ? "\n  residential areas that held it:  %lld of %lld" : "\n  khu dân cư tổ chức:              %lld/%lld",
                    (long long)cov.areas_held, (long long)cov.areas);
            permille(out, cov.areas_held, cov.areas);
            fprintf(out, en ? "\n  agencies, enterprises, schools:  %lld of %lld" : "\n  cơ quan, doanh nghiệp, trường:   %lld/%lld",
                    (long long)cov.organisations_held, (long long)cov.organisations);
            permille(out, cov.organisations_held, cov.organisations);
            fprintf(out, en ? "\n  point sites:" : "\n  điểm tổ chức:");
            for (int l = 1; l <= ANTQ_FESTIVAL_LEVEL_EDUCATIONAL_INSTITUTION; l++)
                if (cov.point_sites[l])
                    fprintf(out, " %s %lld;", antq_festival_level_name(l), (long long)cov.point_sites[l]);
            fprintf(out, en ? "\n  communes with a residential-area point site: %lld of %lld\n"
                            : "\n  xã có điểm tổ chức ở khu dân cư: %lld/%lld\n",
                    (long long)cov.communes_with_area_point_site, (long long)cov.communes);
            fprintf(out, en ? "  participants %lld; gifts %lld worth %lld VND; commendations %lld\n"
                            : "  người tham gia %lld; quà %lld suất, trị giá %lld đồng; khen thưởng %lld\n",
                    (long long)cov.participants, (long long)cov.gifts, (long long)cov.gift_value_vnd,
                    (long long)cov.commendations);
        }
        rc = cli_output_commit(&o);
    }
    antq_campaign_free(c);
    antq_dataset_free(ds);
    return rc;
}

