/* libantq — units of the movement: residential areas, communes, agencies,
 * enterprises and educational institutions.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_UNIT_H
#define ANTQ_UNIT_H

#include "common.h"
#include "error.h"

/** @file unit.h
 * @brief The typed record of one unit (Circular 124/2021 Art. 1–2). */

#ifdef __cplusplus
extern "C" {
#endif

/** Kind of unit (Circular 124/2021 Art. 2; the same kinds under 23/2012). */
typedef enum antq_unit_kind {
    ANTQ_KIND_UNKNOWN = 0,                 /**< not set: invalid in a unit record */
    ANTQ_KIND_RESIDENTIAL_AREA = 1,        /**< khu dân cư (thôn, tổ dân phố, ấp, bản …) */
    ANTQ_KIND_COMMUNE = 2,                 /**< xã, phường, thị trấn; đặc khu from 1/7/2025 */
    ANTQ_KIND_AGENCY = 3,                  /**< cơ quan */
    ANTQ_KIND_ENTERPRISE = 4,              /**< doanh nghiệp */
    ANTQ_KIND_EDUCATIONAL_INSTITUTION = 5  /**< cơ sở giáo dục (nhà trường under 23/2012) */
} antq_unit_kind;

/** Number of unit kinds including #ANTQ_KIND_UNKNOWN (for loops and tables). */
#define ANTQ_KIND_COUNT 6

/** Bit of a unit kind in a kind mask (#antq_criterion.kinds). */
#define ANTQ_KIND_BIT(kind) (1u << (unsigned)(kind))

/** Subtype of a commune-level unit. */
typedef enum antq_commune_type {
    ANTQ_COMMUNE_TYPE_UNKNOWN = 0,      /**< not reported */
    ANTQ_COMMUNE_TYPE_COMMUNE = 1,      /**< xã */
    ANTQ_COMMUNE_TYPE_WARD = 2,         /**< phường */
    ANTQ_COMMUNE_TYPE_TOWN = 3,         /**< thị trấn (abolished 1/7/2025) */
    ANTQ_COMMUNE_TYPE_SPECIAL_ZONE = 4  /**< đặc khu (from 1/7/2025; treated as a commune, R25-06) */
} antq_commune_type;

/** Level of government that manages (and so recognises) a unit (Art. 10). */
typedef enum antq_level {
    ANTQ_LEVEL_UNKNOWN = 0,   /**< not reported (in the authority table: any level) */
    ANTQ_LEVEL_COMMUNE = 1,   /**< cấp xã */
    ANTQ_LEVEL_DISTRICT = 2,  /**< cấp huyện (abolished 1/7/2025) */
    ANTQ_LEVEL_PROVINCE = 3,  /**< cấp tỉnh */
    ANTQ_LEVEL_MINISTRY = 4   /**< followed by operational departments of the Ministry of Public Security (Art. 10.4) */
} antq_level;

/** Enterprise size class under the SME law (C124-SC-04 excludes small and micro). */
typedef enum antq_enterprise_size {
    ANTQ_SIZE_UNKNOWN = 0, /**< not reported */
    ANTQ_SIZE_MICRO = 1,   /**< siêu nhỏ */
    ANTQ_SIZE_SMALL = 2,   /**< nhỏ */
    ANTQ_SIZE_MEDIUM = 3,  /**< vừa */
    ANTQ_SIZE_LARGE = 4    /**< lớn */
} antq_enterprise_size;

/** Level of an educational institution (C124-SC-05, Art. 7.2). */
typedef enum antq_education_level {
    ANTQ_EDU_UNKNOWN = 0,          /**< not reported */
    ANTQ_EDU_NURSERY = 1,          /**< nhà trẻ */
    ANTQ_EDU_KINDERGARTEN = 2,     /**< mầm non, mẫu giáo */
    ANTQ_EDU_PRIMARY = 3,          /**< tiểu học */
    ANTQ_EDU_LOWER_SECONDARY = 4,  /**< trung học cơ sở */
    ANTQ_EDU_UPPER_SECONDARY = 5,  /**< trung học phổ thông */
    ANTQ_EDU_MULTI_LEVEL = 6,      /**< trường nhiều cấp học phổ thông (from lower secondary up) */
    ANTQ_EDU_CONTINUING = 7,       /**< giáo dục thường xuyên */
    ANTQ_EDU_VOCATIONAL = 8,       /**< giáo dục nghề nghiệp, trung cấp */
    ANTQ_EDU_COLLEGE = 9,          /**< cao đẳng */
    ANTQ_EDU_UNIVERSITY = 10,      /**< đại học, học viện */
    ANTQ_EDU_OTHER = 11            /**< other institutions of the national system */
} antq_education_level;

/** One unit. Strings are UTF-8 and borrowed: the caller keeps them alive while
 *  the record is used. Start from antq_unit_init() so that every attribute is
 *  unknown, then set what is known. */
typedef struct antq_unit {
    const char *id;             /**< required: official code or local identifier, unique in a dataset */
    const char *name;           /**< UTF-8 name, e.g. "Thôn Nà Pài" (may be NULL) */
    const char *local_type;     /**< residential areas: the local word (thôn, tổ dân phố, ấp, bản …); may be NULL */
    const char *parent_id;      /**< the commune-level unit it belongs to (RA, AG, EN, EI); NULL for none */
    int32_t kind;               /**< #antq_unit_kind, required */
    int32_t commune_type;       /**< #antq_commune_type (communes only) */
    int32_t managing_level;     /**< #antq_level that manages it (AG, EN, EI; RA are always commune) */
    int32_t delegated_to_commune; /**< #antq_tri: recognition delegated to the commune (Art. 10.5): YES stands for a
                                       delegation from @ref managing_level to the commune, checked by
                                       antq_delegation_validate() and applied only when valid; superseded by
                                       #antq_options.delegations */
    int32_t armed_forces;       /**< #antq_tri: agency or unit of the armed forces (C124-SC-03) */
    int32_t enterprise_size;    /**< #antq_enterprise_size (enterprises, C124-SC-04) */
    int32_t education_level;    /**< #antq_education_level (educational institutions, C124-SC-05) */
    int32_t has_party_org;      /**< #antq_tri: has a Party organisation (Art. 6.1, 7.1) */
    int32_t general_education;  /**< #antq_tri: teaches general-education levels (Art. 7.2); UNKNOWN = derive from education_level */
    int32_t has_protection_force; /**< #antq_tri: has a protection force (Art. 6.4, 7.5) */
    int32_t emulation_eligible; /**< #antq_tri: eligible for emulation rating (Art. 6.4–6.5, 7.5–7.6, N6) */
} antq_unit;

/** Set every attribute of @p unit to unknown and every pointer to NULL.
 *  Accepts NULL.
 *  @param[out] unit the caller's record to initialise, or NULL. */
ANTQ_API void antq_unit_init(antq_unit *unit);

/** Check a unit record: id present, known kind, enum values in range, valid
 *  UTF-8 strings, attributes consistent with the kind.
 *  @param unit the record to check (borrowed)
 *  @param[out] err where and why it is invalid, or NULL
 *  @return #ANTQ_OK, or #ANTQ_EINVAL / #ANTQ_EMISSING / #ANTQ_ERANGE / #ANTQ_EUTF8 /
 *  #ANTQ_ECYCLE (a unit that is its own parent) with @p err naming the field
 *  (path "/id", "/kind", "/parent" …). Does not modify @p unit.
 *  Thread-safety: safe. */
ANTQ_API int antq_unit_validate(const antq_unit *unit, antq_error *err);

/** Stable lower-case name of a kind, as used in the JSON format.
 *  Thread-safety: safe.
 *  @param kind an #antq_unit_kind
 *  @return "residential_area", "commune", "agency", "enterprise",
 *  "educational_institution"; "unknown" otherwise. Ownership: static string. */
ANTQ_API const char *antq_unit_kind_name(int kind);

/** Parse a kind name produced by antq_unit_kind_name(). Thread-safety: safe.
 *  @param name the name (NUL-terminated, borrowed), or NULL
 *  @return the #antq_unit_kind, or #ANTQ_KIND_UNKNOWN if none matches. */
ANTQ_API int antq_unit_kind_from_name(const char *name);

/** Whether an educational level is general education (giáo dục phổ thông,
 *  Education Law 2019 Art. 6.2.b). Thread-safety: safe.
 *  @param level an #antq_education_level
 *  @return 1 for primary, lower secondary, upper secondary and multi-level;
 *  0 otherwise (Art. 7.2; primary schools are out of scope of 124/2021 but in
 *  scope of 23/2012). */
ANTQ_API int antq_education_level_is_general(int level);

#ifdef __cplusplus
}
#endif
#endif
