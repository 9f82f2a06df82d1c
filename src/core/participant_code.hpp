// A random participant code: links one person's rounds without saying who they are, and opens
// their own space on a shared device (the key of their sealed answers is made from it).
// 8 characters from an alphabet without look-alikes (no 0/O, 1/I/L), 40 bits of randomness.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace dl {

// The caller passes the randomness in (crypto.getRandomValues in the browser), so tests control it.
std::string make_participant_code(std::uint64_t random_bits);
bool is_valid_participant_code(std::string_view code);

// The code as people see, write down and type it: two groups of four, "K7QM-4XPD".
std::string code_for_people(std::string_view code);
// A code as a person typed it: spaces and dashes left out, small letters taken as capitals
// ("k7qm 4xpd" -> "K7QM4XPD"). Nothing when it is not 8 characters of the alphabet.
std::optional<std::string> read_typed_code(std::string_view typed);

}  // namespace dl
