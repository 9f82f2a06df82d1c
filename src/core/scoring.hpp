// Self-assessment scores: 0–100 per DigComp area from the 0–3 answers, "Ej aktuellt" left out.
// A profile, never a pass or fail.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content.hpp"
#include "digcomp.hpp"
#include "enum_table.hpp"

namespace dl {

// Bands as in DigCompSAT practice: 0–29, 30–47, 48–80, 81–100.
// Shown on the person's own profile only, never written to a file (so no ids).
enum class Band { starting, foundation, intermediate, advanced };
inline constexpr auto kBands = enum_table<Band>({
    {Band::starting, "", {"Här börjar du", "Getting started"}},
    {Band::foundation, "", {"Grundläggande", "Foundation"}},
    {Band::intermediate, "", {"Medel", "Intermediate"}},
    {Band::advanced, "", {"Avancerad", "Advanced"}},
});
Band band_for(int score);
inline Phrase band_name(Band band) { return kBands.name(band); }
Phrase band_explanation(Band band);  // an encouraging sentence about what the band means

struct AreaScore {
  Area area;
  std::optional<int> score;  // empty when nothing in the area was answered with 0–3
  int rated = 0;             // statements answered 0–3
  int not_applicable = 0;    // statements answered "Ej aktuellt"
};

// Score = round(mean level / 3 × 100) over the area's statements answered 0–3. Answers for
// statements the instrument does not have are ignored. Always returns the five areas in order.
std::vector<AreaScore> score_areas(const std::map<std::string, int>& answers,
                                   const Instrument& instrument);

}  // namespace dl
