// A random participant code: links one person's rounds without saying who they are.
// 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), 40 bits of randomness.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace dl {

// The caller passes the randomness in (crypto.getRandomValues in the browser), so tests control it.
std::string make_participant_code(std::uint64_t random_bits);
bool is_valid_participant_code(std::string_view code);

}  // namespace dl
