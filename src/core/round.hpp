// The three self-assessment rounds of the measuring design: T0 before the courses, T1 right after,
// T2 a follow-up some months later (docs: ../shared/notes/domain.md, "A measuring design").
#pragma once
#include <optional>
#include <string_view>

#include "enum_table.hpp"

namespace dl {

enum class Round { t0, t1, t2 };
// Ids as saved and exported; plain words on screen, never "T0".
inline constexpr auto kRounds = enum_table<Round>({
    {Round::t0, "T0", {"Före kurserna", "Before the courses"}},
    {Round::t1, "T1", {"Efter kursen", "After the course"}},
    {Round::t2, "T2", {"Uppföljning", "Follow-up"}},
});
inline constexpr auto kAllRounds = kRounds.values();

inline const char* round_id(Round round) { return kRounds.id(round); }
inline std::optional<Round> round_from_id(std::string_view id) { return kRounds.from_id(id); }
inline Phrase round_name(Round round) { return kRounds.name(round); }

}  // namespace dl
