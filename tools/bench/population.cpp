// The synthetic population (population.hpp): each person's progress is filled in directly (as if
// they had answered on their device) and exported through make_result_file and result_to_json.
#include "population.hpp"

#include <algorithm>
#include <cstdio>
#include <set>

#include "core/background.hpp"
#include "core/measurement.hpp"
#include "core/participant_code.hpp"
#include "core/progress.hpp"
#include "core/result_file.hpp"

namespace dl::bench {
namespace {

// SplitMix64 with plain modulo picks: std:: distributions differ between libstdc++ and libc++,
// and the native and wasm runs must see the same population.
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  int below(int n) { return static_cast<int>(next() % static_cast<std::uint64_t>(n)); }
  bool chance(int percent) { return below(100) < percent; }

 private:
  std::uint64_t state_;
};

const Period kFirstQuarter{2026, 1};

Period add_quarters(Period period, int quarters) {
  const int index = period.year * 4 + period.quarter - 1 + quarters;
  return Period{index / 4, index % 4 + 1};
}

Programme make_programme(const Catalog& catalog, const PopulationOptions& options, Random& random) {
  Programme programme;
  programme.id = make_participant_code(random.next());
  if (!options.programme.empty()) programme.id = options.programme;
  programme.name = "Digilyft benchmark";
  for (int i = 1; i <= options.organisations; ++i) {
    char code[16];
    std::snprintf(code, sizeof code, "org-%02d", i);
    programme.organisations.push_back(Organisation{code, "Organisation " + std::to_string(i)});
  }
  for (const Module& module : catalog.modules) programme.module_ids.push_back(module.id);
  if (catalog.instrument) programme.instrument_ids.push_back(catalog.instrument->id);
  if (catalog.manager_survey) programme.instrument_ids.push_back(catalog.manager_survey->id);
  return programme;
}

// Every question answered with one of its options, one in ten left out.
Background make_background(Random& random) {
  Background background;
  for (const BackgroundQuestion& question : background_questions()) {
    if (random.chance(10)) continue;
    const auto pick = static_cast<std::size_t>(random.below(static_cast<int>(question.options.size())));
    *background.field(question.id) = question.options[pick].id;
  }
  return background;
}

int level_near(int level, Random& random) { return std::clamp(level + random.below(3) - 1, 0, 3); }

// A finished round: every statement answered (some "Ej aktuellt"), then/now and evaluation where
// the round asks them. `gain` lifts the levels after the course.
RoundProgress make_round(const Instrument& instrument, Round round, Period period, int skill, int gain,
                         Random& random) {
  RoundProgress progress;
  progress.instrument_id = instrument.id;
  progress.finished = period;
  for (const Statement& statement : instrument.statements) {
    const int lift = random.chance(60) ? gain : 0;
    progress.answers[statement.id] = random.chance(5) ? kNotApplicable : level_near(skill + lift, random);
    if (round_asks_then(round) && statement.then_now) progress.then_answers[statement.id] = level_near(skill, random);
  }
  for (const EvaluationItem& item : instrument.evaluation) {
    if (round_asks_item(round, item)) progress.evaluation[item.id] = random.chance(70) ? 4 + random.below(2) : 1 + random.below(3);
  }
  return progress;
}

// One to four distinct modules, some completed, with 10 minutes to 2 hours of active time.
void add_modules(const Catalog& catalog, Period start, ProgressState& state, Period& latest, Random& random) {
  std::vector<std::size_t> order(catalog.modules.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const std::size_t count = std::min(order.size(), static_cast<std::size_t>(1 + random.below(4)));
  for (std::size_t i = 0; i < count; ++i) {
    const auto pick = i + static_cast<std::size_t>(random.below(static_cast<int>(order.size() - i)));
    std::swap(order[i], order[pick]);
    ModuleProgress& progress = state.modules[catalog.modules[order[i]].id];
    progress.started = add_quarters(start, random.below(2));
    progress.active_seconds = 600 + random.below(6600);
    latest = std::max(latest, *progress.started);
    if (random.chance(65)) {
      progress.completed = add_quarters(*progress.started, random.below(2));
      latest = std::max(latest, *progress.completed);
    }
  }
}

void add_manager_survey(const Survey& survey, Period period, ProgressState& state, Random& random) {
  state.manager_survey.survey_id = survey.id;
  state.manager_survey.finished = period;
  for (const SurveyQuestion& question : survey.questions) {
    const int size = static_cast<int>(question.options.size());
    std::vector<std::string> answer{question.options[static_cast<std::size_t>(random.below(size))].id};
    const auto second = question.options[static_cast<std::size_t>(random.below(size))].id;
    if (question.multiple && random.chance(40) && second != answer.front()) answer.push_back(second);
    state.manager_survey.answers[question.id] = answer;
  }
}

GeneratedFile make_person(const Catalog& catalog, const Programme& programme, const std::string& code,
                          Random& random) {
  ProgressState state = new_progress(code);
  state.background = make_background(random);
  state.programme = programme;
  if (!programme.organisations.empty()) {
    const int pick = random.below(static_cast<int>(programme.organisations.size()));
    state.organisation = programme.organisations[static_cast<std::size_t>(pick)].code;
  }
  const Period start = add_quarters(kFirstQuarter, random.below(3));
  Period latest = start;
  add_modules(catalog, start, state, latest, random);

  if (catalog.instrument) {
    const int skill = random.below(3);
    const Period t1 = add_quarters(start, 1 + random.below(2));
    const Period t2 = add_quarters(t1, 1 + random.below(2));
    if (random.chance(70)) state.rounds[Round::t0] = make_round(*catalog.instrument, Round::t0, start, skill, 0, random);
    if (random.chance(50)) {
      state.rounds[Round::t1] = make_round(*catalog.instrument, Round::t1, t1, skill, 1, random);
      latest = std::max(latest, t1);
      if (random.chance(50)) {
        state.rounds[Round::t2] = make_round(*catalog.instrument, Round::t2, t2, skill, 1, random);
        latest = std::max(latest, t2);
      }
    }
  }
  if (catalog.manager_survey && state.background.role_family == "chef" && random.chance(70)) {
    add_manager_survey(*catalog.manager_survey, start, state, random);
  }
  const ResultFile file = make_result_file(state, catalog, latest);
  // Named by the participant code (generated people), so no two files of a population share a name.
  return GeneratedFile{"digilyft-resultat-" + to_string(file.exported) + "-" + file.participant + ".json",
                       result_to_json(file)};
}

}  // namespace

std::vector<GeneratedFile> generate_population(const Catalog& catalog, const PopulationOptions& options) {
  Random random(options.seed);
  const Programme programme = make_programme(catalog, options, random);
  std::set<std::string> codes;
  std::vector<GeneratedFile> files;
  files.reserve(static_cast<std::size_t>(std::max(options.people, 0)));
  for (int i = 0; i < options.people; ++i) {
    std::string code = make_participant_code(random.next());
    while (!codes.insert(code).second) code = make_participant_code(random.next());
    files.push_back(make_person(catalog, programme, code, random));
  }
  return files;
}

}  // namespace dl::bench
