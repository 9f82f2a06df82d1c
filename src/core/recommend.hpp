// Which modules to suggest to a person, and why: from the weakest areas of their latest
// self-assessment and their role family. Suggestions only; every module stays open to everyone.
//
// Rules (each one tested):
//  - growth areas: areas with a score below 81 in the latest finished round, lowest first (ties in
//    area order), at most two;
//  - a module is a candidate when it is not completed and covers a growth area or suits the
//    person's role family (module.roles) or is on the family's learning path;
//  - rank: covers the lowest growth area (+4) or the second (+3), and +1 more when at least half of
//    the module's competences lie in that area (a module mainly about it before one that touches
//    it); its level fits the band in that area (+2: "Här börjar du"/grundläggande -> foundation,
//    medel -> intermediate, avancerad -> advanced); suits the role family (+2); on the learning
//    path (+1); the courses on the person's learning path before every other course (a course
//    for another role, such as the digital champion's, never comes first), then by points; ties
//    in the path's order, else in catalogue order; but the first suggestion (the next step) is
//    the first unfinished course in the path's own order;
//  - at most kMaxRecommendations, each with every reason that gave it points, in the order above.
//  - no finished round: suggestions come from the role family alone; no role either: none.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "content.hpp"
#include "digcomp.hpp"
#include "progress.hpp"
#include "round.hpp"
#include "scoring.hpp"

namespace dl {

constexpr std::size_t kMaxRecommendations = 3;

struct RecommendationReason {
  enum class Kind {
    growth_area,  // "Du skattade dig lägst inom Säkerhet (35 av 100)."
    level_fits,   // "Kursen är på nivån Grundläggande, som passar där du är nu."
    role,         // "Kursen är gjord för dig som arbetar inom omsorg."
    path,         // "Den ingår i kursordningen för omsorg."
  };
  Kind kind = Kind::growth_area;
  Area area = Area::information;  // growth_area, level_fits
  int score = 0;                  // growth_area: the area's score 0–100
  Level level = Level::foundation;  // level_fits
  std::string role_family;        // role, path
  // growth_area: up to two statements of the area the person answered 0 or 1 that share a
  // competence with the module ("Du svarade att du behöver hjälp med: Jag kan …").
  std::vector<std::string> statement_ids;
  bool operator==(const RecommendationReason& o) const;
};

struct Recommendation {
  const Module* module = nullptr;
  int points = 0;
  std::vector<RecommendationReason> reasons;  // never empty
};

// Growth areas of a round's answers, lowest first (at most two).
std::vector<AreaScore> growth_areas(const std::map<std::string, int>& answers, const Instrument& instrument);

std::vector<Recommendation> recommend_modules(const ProgressState& state, const Catalog& catalog);

// The catalogue's suggested order for a role family (modules that exist only); empty when the
// family is unknown or "".
std::vector<const Module*> learning_path(const Catalog& catalog, const std::string& role_family);

}  // namespace dl
