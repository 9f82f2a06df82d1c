// A planted mistake for the ctest "layering_catches_a_bad_include": ui must never include platform.
#include "platform/storage.hpp"
