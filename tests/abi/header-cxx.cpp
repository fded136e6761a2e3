// The public header compiled as C++11 (-pedantic -Werror, see meson.build),
// linked against the library, and run: extern "C" guards must make every
// symbol resolve, and the version macros must agree with the library.
// SPDX-License-Identifier: MIT
#include <antq.h>

#include <cstdio>
#include <cstring>

int main()
{
    const char *v = antq_version();
    if (v == nullptr || std::strcmp(v, ANTQ_VERSION_STRING) != 0 || antq_version_number() != ANTQ_VERSION_NUMBER) {
        std::fprintf(stderr, "header says %s, library says %s\n", ANTQ_VERSION_STRING, v ? v : "(null)");
        return 1;
    }
    antq_unit unit;
    antq_unit_init(&unit);
    const antq_ruleset *rs = antq_ruleset_for_date(antq_date_make(2024, 10, 31));
    if (unit.kind != ANTQ_KIND_UNKNOWN || rs == nullptr || antq_catalogue_count() == 0) {
        std::fprintf(stderr, "unexpected results through the C++ declarations\n");
        return 1;
    }
    std::printf("C++: libantq %s, rule set %s\n", v, rs->id);
    return 0;
}
