// Area scores and bands for the self-assessment profile. Integer arithmetic keeps the rounding
// identical natively and in wasm.
#include "scoring.hpp"

#include <iterator>

namespace dl {

Band band_for(int score) {
  if (score < 30) return Band::starting;
  if (score < 48) return Band::foundation;
  if (score < 81) return Band::intermediate;
  return Band::advanced;
}

Phrase band_explanation(Band band) {
  // In the order of Band, as kBands.
  static constexpr Phrase kExplanations[] = {
      {"Här finns mycket att upptäcka. Börja med en kurs i taget, gärna tillsammans med en kollega.",
       "There is a lot to discover here. Start with one course at a time, ideally with a colleague."},
      {"Du har en bra grund. Kurserna hjälper dig att känna dig säkrare i vardagen.",
       "You have a good base. The courses help you feel more confident in your daily work."},
      {"Du klarar det mesta på egen hand. Välj kurser som fördjupar det du vill bli bättre på.",
       "You manage most things on your own. Choose courses that go deeper where you want to grow."},
      {"Du kan mycket här. Du kan stötta kollegor, till exempel som digitalt ombud.",
       "You know a lot here. You can support colleagues, for example as a digital champion."},
  };
  static_assert(std::size(kExplanations) == kBands.rows().size());
  return kExplanations[static_cast<std::size_t>(band)];
}

std::vector<AreaScore> score_areas(const std::map<std::string, int>& answers, const Instrument& instrument) {
  std::vector<AreaScore> scores;
  for (Area area : kAllAreas) {
    AreaScore s{area, std::nullopt, 0, 0};
    int sum = 0;
    for (const Statement* statement : instrument.statements_in(area)) {
      const auto it = answers.find(statement->id);
      if (it == answers.end()) continue;
      if (it->second == kNotApplicable) {
        ++s.not_applicable;
      } else if (it->second >= 0 && it->second <= kMaxLevel) {
        ++s.rated;
        sum += it->second;
      }
    }
    // round(sum / (3 * rated) * 100), halves rounded up, without floating point.
    if (s.rated > 0) s.score = (200 * sum + kMaxLevel * s.rated) / (2 * kMaxLevel * s.rated);
    scores.push_back(s);
  }
  return scores;
}

}  // namespace dl
