// Module suggestions from the latest finished self-assessment round and the role family, each with
// the reasons that earned its points (rules in recommend.hpp).
#include "recommend.hpp"

#include <algorithm>
#include <functional>

#include "measurement.hpp"

namespace dl {
namespace {

constexpr int kScoreCeiling = 81;  // an area scored below the advanced band can grow
constexpr std::size_t kMaxGrowthAreas = 2;
constexpr int kPointsLowestArea = 4;
constexpr int kPointsSecondArea = 3;
constexpr int kPointsFocus = 1;
constexpr int kPointsLevelFits = 2;
constexpr int kPointsRole = 2;
constexpr int kPointsPath = 1;

Level level_for(Band band) {
  switch (band) {
    case Band::starting:
    case Band::foundation: return Level::foundation;
    case Band::intermediate: return Level::intermediate;
    case Band::advanced: return Level::advanced;
  }
  return Level::foundation;
}

template <typename T>
bool contains(const std::vector<T>& list, const T& value) {
  return std::find(list.begin(), list.end(), value) != list.end();
}

bool is_completed(const ProgressState& state, const std::string& module_id) {
  const auto it = state.modules.find(module_id);
  return it != state.modules.end() && it->second.completed.has_value();
}

// Statements of `area` rated 0 or 1 that share a competence with the module, in instrument order.
std::vector<std::string> needs_help_with(const std::map<std::string, int>& answers,
                                         const Instrument& instrument, Area area, const Module& module) {
  std::vector<std::string> ids;
  for (const Statement& statement : instrument.statements) {
    if (ids.size() == 2) break;
    if (statement.area != area || !contains(module.competences, statement.competence)) continue;
    const auto it = answers.find(statement.id);
    if (it != answers.end() && (it->second == 0 || it->second == 1)) ids.push_back(statement.id);
  }
  return ids;
}

// Is the module mainly about `area`: at least half of its competences lie in it?
bool is_focused_on(const Module& module, Area area) {
  std::size_t in_area = 0;
  for (const std::string& id : module.competences) {
    const Competence* competence = find_competence(id);
    if (competence != nullptr && competence->area == area) ++in_area;
  }
  return !module.competences.empty() && 2 * in_area >= module.competences.size();
}

}  // namespace

bool RecommendationReason::operator==(const RecommendationReason& o) const {
  return kind == o.kind && area == o.area && score == o.score && level == o.level &&
         role_family == o.role_family && statement_ids == o.statement_ids;
}

std::vector<AreaScore> growth_areas(const std::map<std::string, int>& answers, const Instrument& instrument) {
  std::vector<AreaScore> areas;
  for (const AreaScore& score : score_areas(answers, instrument)) {
    if (score.score && *score.score < kScoreCeiling) areas.push_back(score);
  }
  // Ties in area order. (std::sort with the tie-break, not std::stable_sort: one sort fewer in the wasm.)
  std::sort(areas.begin(), areas.end(), [](const AreaScore& a, const AreaScore& b) {
    return *a.score != *b.score ? *a.score < *b.score : a.area < b.area;
  });
  if (areas.size() > kMaxGrowthAreas) areas.resize(kMaxGrowthAreas);
  return areas;
}

std::vector<const Module*> learning_path(const Catalog& catalog, const std::string& role_family) {
  std::vector<const Module*> path;
  if (role_family.empty()) return path;
  const auto it = catalog.paths.find(role_family);
  if (it == catalog.paths.end()) return path;
  for (const std::string& module_id : it->second) {
    if (const Module* module = catalog.find_module(module_id)) path.push_back(module);
  }
  return path;
}

std::vector<Recommendation> recommend_modules(const ProgressState& state, const Catalog& catalog) {
  const std::string& family = state.background.role_family;
  const std::vector<const Module*> path = learning_path(catalog, family);

  const std::map<std::string, int>* answers = nullptr;
  std::vector<AreaScore> growth;
  if (const std::optional<Round> round = latest_finished_round(state); round && catalog.instrument) {
    answers = &state.rounds.at(*round).answers;
    growth = growth_areas(*answers, *catalog.instrument);
  }

  std::vector<Recommendation> candidates;
  for (const Module& module : catalog.modules) {
    if (is_completed(state, module.id)) continue;
    Recommendation rec{&module, 0, {}};
    for (std::size_t i = 0; i < growth.size(); ++i) {
      const AreaScore& area = growth[i];
      if (!contains(module.areas, area.area)) continue;
      // Only the weakest growth area the module covers gives points: covering both is not counted twice.
      rec.points += i == 0 ? kPointsLowestArea : kPointsSecondArea;
      if (is_focused_on(module, area.area)) rec.points += kPointsFocus;
      RecommendationReason why;
      why.kind = RecommendationReason::Kind::growth_area;
      why.area = area.area;
      why.score = *area.score;
      why.statement_ids = needs_help_with(*answers, *catalog.instrument, area.area, module);
      rec.reasons.push_back(why);
      const Level fits = level_for(band_for(*area.score));
      if (module.level == fits) {
        rec.points += kPointsLevelFits;
        RecommendationReason level;
        level.kind = RecommendationReason::Kind::level_fits;
        level.area = area.area;
        level.level = fits;
        rec.reasons.push_back(level);
      }
      break;
    }
    if (!family.empty() && contains(module.roles, family)) {
      rec.points += kPointsRole;
      RecommendationReason role;
      role.kind = RecommendationReason::Kind::role;
      role.role_family = family;
      rec.reasons.push_back(role);
    }
    if (contains(path, &module)) {
      rec.points += kPointsPath;
      RecommendationReason on_path;
      on_path.kind = RecommendationReason::Kind::path;
      on_path.role_family = family;
      rec.reasons.push_back(on_path);
    }
    if (!rec.reasons.empty()) candidates.push_back(std::move(rec));
  }

  // The person's own course order first: a course made for another role (the digital champion's,
  // the manager's) never comes before one on their path. Then points; ties in the path's order,
  // else in catalogue order (the modules are in the catalogue's vector, in its order).
  const auto place_on_path = [&path](const Module* module) {
    return static_cast<std::size_t>(std::find(path.begin(), path.end(), module) - path.begin());
  };
  std::sort(candidates.begin(), candidates.end(), [&](const Recommendation& a, const Recommendation& b) {
    const std::size_t pa = place_on_path(a.module), pb = place_on_path(b.module);
    const bool on_a = pa < path.size(), on_b = pb < path.size();
    if (on_a != on_b) return on_a;
    if (a.points != b.points) return a.points > b.points;
    if (on_a && pa != pb) return pa < pb;
    return std::less<const Module*>()(a.module, b.module);
  });
  // The next step is the first unfinished course in the path's own order (walk 4: points had put
  // the path's fourth course before its second); the points order the rest.
  const auto next_on_path = std::min_element(candidates.begin(), candidates.end(), [&](const Recommendation& a, const Recommendation& b) {
    return place_on_path(a.module) < place_on_path(b.module);
  });
  if (next_on_path != candidates.end() && place_on_path(next_on_path->module) < path.size()) {
    std::rotate(candidates.begin(), next_on_path, next_on_path + 1);
  }
  if (candidates.size() > kMaxRecommendations) candidates.resize(kMaxRecommendations);
  return candidates;
}

}  // namespace dl
