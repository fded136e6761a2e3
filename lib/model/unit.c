/* Units: initialisation, validation and names.
 * SPDX-License-Identifier: MIT */
#include "../internal.h"

#include <string.h>

static const char *const kind_names[ANTQ_KIND_COUNT] = {
    "unknown", "residential_area", "commune", "agency", "enterprise", "educational_institution",
};

const char *antq_unit_kind_name(int kind)
{
    return kind > 0 && kind < ANTQ_KIND_COUNT ? kind_names[kind] : "unknown";
}

int antq_unit_kind_from_name(const char *name)
{
    if (!name)
        return ANTQ_KIND_UNKNOWN;
    for (int k = 1; k < ANTQ_KIND_COUNT; k++)
        if (strcmp(name, kind_names[k]) == 0)
            return k;
    return ANTQ_KIND_UNKNOWN;
}

int antq_education_level_is_general(int level)
{
    return level == ANTQ_EDU_PRIMARY || level == ANTQ_EDU_LOWER_SECONDARY || level == ANTQ_EDU_UPPER_SECONDARY ||
           level == ANTQ_EDU_MULTI_LEVEL;
}

void antq_unit_init(antq_unit *unit)
{
    if (!unit)
        return;
    memset(unit, 0, sizeof *unit);
    unit->delegated_to_commune = ANTQ_UNKNOWN;
    unit->armed_forces = ANTQ_UNKNOWN;
    unit->has_party_org = ANTQ_UNKNOWN;
    unit->general_education = ANTQ_UNKNOWN;
    unit->has_protection_force = ANTQ_UNKNOWN;
    unit->emulation_eligible = ANTQ_UNKNOWN;
}

static int tri_ok(int32_t v) { return v >= ANTQ_UNKNOWN && v <= ANTQ_YES; }

/* text_valid: s comes from text already checked as UTF-8 (a JSON loader's) */
static int check_text(const char *s, const char *path, int required, int text_valid, antq_error *err)
{
    if (!s)
        return required ? antq__error_set(err, ANTQ_EMISSING, path, "expected a non-empty string, found nothing")
                        : ANTQ_OK;
    size_t len = strlen(s), bad = 0;
    if (required && len == 0)
        return antq__error_set(err, ANTQ_EMISSING, path, "expected a non-empty string, found an empty one");
    if (!text_valid && !antq__utf8_valid(s, len, &bad))
        return antq__error_set(err, ANTQ_EUTF8, path, "expected UTF-8 text, found an invalid byte at offset %zu", bad);
    return ANTQ_OK;
}

int antq_unit_validate(const antq_unit *unit, antq_error *err) { return antq__unit_validate(unit, 0, err); }

int antq__unit_validate(const antq_unit *unit, int text_valid, antq_error *err)
{
    if (!unit)
        return antq__error_set(err, ANTQ_EINVAL, "", "expected a unit, found NULL");
    int rc;
    if ((rc = check_text(unit->id, "/id", 1, text_valid, err)) ||
        (rc = check_text(unit->name, "/name", 0, text_valid, err)) ||
        (rc = check_text(unit->local_type, "/local_type", 0, text_valid, err)) ||
        (rc = check_text(unit->parent_id, "/parent", 0, text_valid, err)))
        return rc;
    if (unit->kind <= ANTQ_KIND_UNKNOWN || unit->kind >= ANTQ_KIND_COUNT)
        return antq__error_set(err, ANTQ_ERANGE, "/kind", "expected a unit kind 1-5, found %d", (int)unit->kind);
    if (unit->commune_type < 0 || unit->commune_type > ANTQ_COMMUNE_TYPE_SPECIAL_ZONE)
        return antq__error_set(err, ANTQ_ERANGE, "/commune_type", "expected 0-4, found %d", (int)unit->commune_type);
    if (unit->managing_level < 0 || unit->managing_level > ANTQ_LEVEL_MINISTRY)
        return antq__error_set(err, ANTQ_ERANGE, "/managing_level", "expected 0-4, found %d", (int)unit->managing_level);
    if (unit->enterprise_size < 0 || unit->enterprise_size > ANTQ_SIZE_LARGE)
        return antq__error_set(err, ANTQ_ERANGE, "/enterprise_size", "expected 0-4, found %d", (int)unit->enterprise_size);
    if (unit->education_level < 0 || unit->education_level > ANTQ_EDU_OTHER)
        return antq__error_set(err, ANTQ_ERANGE, "/education_level", "expected 0-11, found %d", (int)unit->education_level);
    struct { int32_t v; const char *path; } tris[] = {
        {unit->delegated_to_commune, "/delegated_to_commune"}, {unit->armed_forces, "/armed_forces"},
        {unit->has_party_org, "/has_party_org"}, {unit->general_education, "/general_education"},
        {unit->has_protection_force, "/has_protection_force"}, {unit->emulation_eligible, "/emulation_eligible"},
    };
    for (size_t i = 0; i < ANTQ__ARRAY_LEN(tris); i++)
        if (!tri_ok(tris[i].v))
            return antq__error_set(err, ANTQ_ERANGE, tris[i].path, "expected -1 (unknown), 0 or 1, found %d",
                                   (int)tris[i].v);
    if (unit->commune_type != ANTQ_COMMUNE_TYPE_UNKNOWN && unit->kind != ANTQ_KIND_COMMUNE)
        return antq__error_set(err, ANTQ_EINVAL, "/commune_type", "a commune type is only valid for a commune; this unit is of kind %s",
                               antq_unit_kind_name(unit->kind));
    if (unit->enterprise_size != ANTQ_SIZE_UNKNOWN && unit->kind != ANTQ_KIND_ENTERPRISE)
        return antq__error_set(err, ANTQ_EINVAL, "/enterprise_size", "a size class is only valid for an enterprise; this unit is of kind %s",
                               antq_unit_kind_name(unit->kind));
    if (unit->education_level != ANTQ_EDU_UNKNOWN && unit->kind != ANTQ_KIND_EDUCATIONAL_INSTITUTION)
        return antq__error_set(err, ANTQ_EINVAL, "/education_level",
                               "an education level is only valid for an educational institution; this unit is of kind %s",
                               antq_unit_kind_name(unit->kind));
    if (unit->parent_id && strcmp(unit->parent_id, unit->id) == 0)
        return antq__error_set(err, ANTQ_ECYCLE, "/parent", "a unit cannot be its own parent (\"%s\")", unit->id);
    return ANTQ_OK;
}
