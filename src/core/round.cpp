// Ids and plain names of the self-assessment rounds T0, T1, T2.
#include "round.hpp"

namespace dl {

const char* round_id(Round round) {
  switch (round) {
    case Round::t0: return "T0";
    case Round::t1: return "T1";
    case Round::t2: return "T2";
  }
  return "";
}

std::optional<Round> round_from_id(std::string_view id) {
  for (Round round : kAllRounds) {
    if (id == round_id(round)) return round;
  }
  return std::nullopt;
}

Phrase round_name(Round round) {
  switch (round) {
    case Round::t0: return {"Före kurserna", "Before the courses"};
    case Round::t1: return {"Efter kursen", "After the course"};
    case Round::t2: return {"Uppföljning", "Follow-up"};
  }
  return {"", ""};
}

}  // namespace dl
