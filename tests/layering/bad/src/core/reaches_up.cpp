// A planted mistake for the ctest "layering_catches_a_bad_include": core must never include ui.
#include "core/content.hpp"
#include "ui/widgets.hpp"
