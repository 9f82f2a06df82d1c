// The three self-assessment rounds of the measuring design: T0 before the courses, T1 right after,
// T2 a follow-up some months later (docs: ../shared/notes/domain.md, "A measuring design").
#pragma once
#include <array>
#include <optional>
#include <string_view>

#include "i18n.hpp"

namespace dl {

enum class Round { t0, t1, t2 };
constexpr std::array<Round, 3> kAllRounds = {Round::t0, Round::t1, Round::t2};

const char* round_id(Round round);                        // "T0", "T1", "T2" (saved and exported)
std::optional<Round> round_from_id(std::string_view id);
// Plain words, never "T0": "Före kurserna" / "Efter kursen" / "Uppföljning"
// ("Before the courses" / "After the course" / "Follow-up").
Phrase round_name(Round round);

}  // namespace dl
