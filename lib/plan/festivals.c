/* Which units held a festival of a year, and which have a member that is a
 * point site: an index built once per question, so that plan targets and the
 * festival coverage take time linear in the units and festivals (before: every
 * unit searched every festival, every commune searched every unit).
 * SPDX-License-Identifier: MIT */
#include "campaign.h"

#include <string.h>

#define HELD_ANY (1u << 0)
#define HELD_AT(level) (1u << (level))       /* levels 1..6: bits 1..6 */
#define POINT_AT(level) (1u << (8 + (level))) /* bits 9..14 */
#define POINT_ANY (1u << 15)

int antq__festivals_build(antq__festivals *x, const antq_campaign *c, const antq__units *u, int year)
{
    memset(x, 0, sizeof *x);
    antq__strmap_init(&x->hosts);
    size_t nf = 0;
    for (size_t i = 0; i < c->n_festivals; i++)
        nf += c->festivals[i].year == year;
    x->flags = antq__calloc(nf ? nf : 1, sizeof *x->flags);
    x->n_units = u ? antq__units_count(u) : 0;
    x->member_points = antq__calloc(x->n_units ? x->n_units : 1, sizeof *x->member_points);
    if (!x->flags || !x->member_points) {
        antq__festivals_free(x);
        return ANTQ_ENOMEM;
    }
    for (size_t i = 0; i < c->n_festivals; i++) {
        const antq_festival *f = &c->festivals[i];
        if (f->year != year)
            continue;
        size_t k = antq__strmap_get(&x->hosts, f->host_unit_id);
        if (k == (size_t)-1) {
            k = x->n++;
            if (antq__strmap_put(&x->hosts, f->host_unit_id, k) != ANTQ_OK) {
                antq__festivals_free(x);
                return ANTQ_ENOMEM;
            }
        }
        uint32_t bits = HELD_ANY;
        if (f->level >= 1 && f->level <= 6) {
            bits |= HELD_AT(f->level);
            if (f->point_site == ANTQ_YES)
                bits |= POINT_AT(f->level) | POINT_ANY;
        } else if (f->point_site == ANTQ_YES) {
            bits |= POINT_ANY;
        }
        x->flags[k] |= bits;
    }
    /* each unit's direct members with a point site, by level (and whether one of them is a residential area
     * with a point site of that level) */
    for (size_t i = 0; i < x->n_units; i++) {
        const char *parent = antq__units_parent(u, i);
        if (!parent)
            continue;
        size_t k = antq__strmap_get(&x->hosts, antq__units_id(u, i));
        uint32_t points = k == (size_t)-1 ? 0 : x->flags[k] & 0x7E00u; /* POINT_AT(1..6) */
        if (!points)
            continue;
        size_t p = antq__units_find(u, parent);
        if (p == (size_t)-1)
            continue;
        x->member_points[p] |= points;
        if (antq__units_kind(u, i) == ANTQ_KIND_RESIDENTIAL_AREA && (points & POINT_AT(ANTQ_FESTIVAL_LEVEL_RESIDENTIAL_AREA)))
            x->member_points[p] |= ANTQ__AREA_POINT_SITE;
    }
    return ANTQ_OK;
}

void antq__festivals_free(antq__festivals *x)
{
    antq__strmap_free(&x->hosts);
    antq__free(x->flags);
    antq__free(x->member_points);
    memset(x, 0, sizeof *x);
}

int antq__festivals_held(const antq__festivals *x, const char *unit_id, int level, int point_only)
{
    size_t k = antq__strmap_get(&x->hosts, unit_id);
    if (k == (size_t)-1)
        return 0;
    uint32_t f = x->flags[k];
    if (level >= 1 && level <= 6)
        return (f & (point_only ? POINT_AT(level) : HELD_AT(level))) != 0;
    return (f & (point_only ? POINT_ANY : HELD_ANY)) != 0;
}

int antq__festivals_member_point(const antq__festivals *x, size_t unit_index, int level)
{
    if (unit_index >= x->n_units)
        return 0;
    if (level == ANTQ__AREA_POINT_SITE)
        return (x->member_points[unit_index] & ANTQ__AREA_POINT_SITE) != 0;
    return level >= 1 && level <= 6 && (x->member_points[unit_index] & POINT_AT(level)) != 0;
}
