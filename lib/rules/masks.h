/* Shorthands for the catalogue files only.
 * SPDX-License-Identifier: MIT */
#ifndef ANTQ_RULES_MASKS_H
#define ANTQ_RULES_MASKS_H

#include "../internal.h"

#define K_RA ANTQ_KIND_BIT(ANTQ_KIND_RESIDENTIAL_AREA)
#define K_CW ANTQ_KIND_BIT(ANTQ_KIND_COMMUNE)
#define K_AG ANTQ_KIND_BIT(ANTQ_KIND_AGENCY)
#define K_EN ANTQ_KIND_BIT(ANTQ_KIND_ENTERPRISE)
#define K_EI ANTQ_KIND_BIT(ANTQ_KIND_EDUCATIONAL_INSTITUTION)
#define K_ALL (K_RA | K_CW | K_AG | K_EN | K_EI)

#define E(k) ANTQ_EVENT_BIT(ANTQ_EVENT_##k)

/* Art. 4.3 a–g of Circular 124/2021 */
#define EV_ART_4_3 (E(ANTI_STATE) | E(SABOTAGE) | E(UNLAWFUL_RELIGION) | E(EXPLOITING_GRIEVANCES) | \
                    E(SEPARATISM) | E(PROLONGED_DISPUTE) | E(CROWD_INCITEMENT))
/* Art. 4.4.d */
#define EV_ART_4_4_D (E(SERIOUS_FIRE_EXPLOSION) | E(FATAL_LABOUR_ACCIDENT) | E(SERIOUS_INCIDENT))
/* Art. 6.3.g */
#define EV_ART_6_3_G (EV_ART_4_4_D | E(ENV_FOOD_VIOLATION))
/* Art. 6.3 a–h */
#define EV_ART_6_3 (E(UNLAWFUL_RELIGION) | E(EXPLOITING_GRIEVANCES) | E(CROWD_INCITEMENT) | E(UNLAWFUL_STRIKE) | \
                    E(CRIME) | E(STATE_SECRET_BREACH) | EV_ART_6_3_G | E(STAFF_ADMIN_SANCTION) | E(STAFF_SOCIAL_EVIL) | \
                    E(MEMBER_CRIME_OR_EVIL)) /* a "crime or social evil" record counts as 6.3.h (D) */
/* Art. 7.3 imports Art. 6.3 points a, b, c, đ, e, g (not d, not h) */
#define EV_ART_7_3 (E(UNLAWFUL_RELIGION) | E(EXPLOITING_GRIEVANCES) | E(CROWD_INCITEMENT) | E(CRIME) | \
                    E(STATE_SECRET_BREACH) | EV_ART_6_3_G)
/* Force majeure excuses only Art. 4.4.b, 4.4.d, 6.3.đ, 6.3.g (N3) */
#define EV_FORCE_MAJEURE (E(CRIME) | EV_ART_6_3_G)
/* Prompt detection, containment and report excuses only serious crime (4.4.b, 6.3.đ) */
#define EV_PROMPT (E(CRIME))

#define Q1_FROM 101
#define Q1_TO 331

#endif
