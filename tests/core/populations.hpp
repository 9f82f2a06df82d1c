// Generated populations for the report and privacy tests: random people over every background
// option, organisation, course, round and survey answer (seeded, so a failure can be replayed),
// and crowds that differ only in gender. Built as workspace records directly (no JSON).
#pragma once
#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "core/participant_code.hpp"
#include "fixtures.hpp"

namespace dl::test {

// The fixture catalog with three more courses, so the course table has rows of every size.
inline Catalog wide_catalog() {
  Catalog catalog = fixture_catalog();
  for (int i = 0; i < 3; ++i) {
    Module extra = catalog.modules[static_cast<std::size_t>(i % 2)];
    extra.id = "extra-" + std::to_string(i);
    extra.title = LocalText{"Extra " + std::to_string(i), ""};
    catalog.modules.push_back(extra);
  }
  return catalog;
}

inline const std::vector<Period>& quarters() {
  static const std::vector<Period> q = {Period{2026, 1}, Period{2026, 2}, Period{2026, 3}};
  return q;
}

template <typename T>
const T& pick(std::mt19937& rng, const std::vector<T>& from) {
  return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng)];
}

inline bool chance(std::mt19937& rng, double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }

inline const std::string& population_programme() {
  static const std::string id = make_participant_code(424242u);
  return id;
}

inline ResultFile random_person(std::mt19937& rng, const Catalog& catalog, std::uint64_t n) {
  static const std::vector<std::string> genders = {"kvinna", "kvinna", "man", "annat", ""};
  static const std::vector<std::string> ages = {"upto-29", "30-54", "30-54", "55-plus", ""};
  static const std::vector<std::string> roles = {"omsorg", "omsorg", "funktionsstod", "halso-sjukvard",
                                                 "handlaggning-utveckling", "chef", ""};
  static const std::vector<std::string> settings = {"hemtjanst", "hemtjanst", "sarskilt-boende", "funktionsstod",
                                                    "personlig-assistans", "halso-sjukvard", "annat", ""};
  static const std::vector<std::string> organisations = {"a", "a", "b", "c", "d", "e", "f", ""};
  ResultFile f;
  f.participant = make_participant_code(n);
  f.exported = quarters().back();
  f.background.gender = pick(rng, genders);
  f.background.age_band = pick(rng, ages);
  f.background.role_family = pick(rng, roles);
  f.background.work_setting = pick(rng, settings);
  f.programme = population_programme();
  if (const std::string& org = pick(rng, organisations); !org.empty()) f.organisation = org;
  for (const Module& m : catalog.modules) {
    if (!chance(rng, 0.4)) continue;
    ModuleRecord record{m.id, pick(rng, quarters()), std::nullopt,
                        0.25 * std::uniform_int_distribution<int>(0, 20)(rng)};
    if (chance(rng, 0.6)) record.completed = std::max(record.started, pick(rng, quarters()));
    f.modules.push_back(record);
  }
  for (Round round : kAllRounds) {
    if (!chance(rng, round == Round::t0 ? 0.8 : 0.5)) continue;
    AssessmentRound r;
    r.instrument_id = catalog.instrument->id;
    r.round = round;
    r.period = pick(rng, quarters());
    for (const Statement& s : catalog.instrument->statements) {
      r.answers[s.id] = std::uniform_int_distribution<int>(-1, 3)(rng);
    }
    for (const EvaluationItem& item : catalog.instrument->evaluation) {
      if (round == Round::t1 || (round == Round::t2 && item.use)) {
        r.evaluation[item.id] = std::uniform_int_distribution<int>(1, 5)(rng);
      }
    }
    f.rounds.push_back(r);
  }
  if (chance(rng, 0.3)) {
    ManagerRecord manager{catalog.manager_survey->id, pick(rng, quarters()), {}};
    for (const SurveyQuestion& q : catalog.manager_survey->questions) {
      manager.answers[q.id] = {pick(rng, q.options).id};
      if (q.multiple && chance(rng, 0.5)) {
        const std::string& other = pick(rng, q.options).id;
        if (other != manager.answers[q.id][0]) manager.answers[q.id].push_back(other);
      }
    }
    f.manager = manager;
  }
  return f;
}

inline Workspace random_workspace(std::mt19937& rng, const Catalog& catalog, int people) {
  Workspace ws;
  ws.programme = population_programme();
  for (int i = 0; i < people; ++i) {
    ResultFile f = random_person(rng, catalog, static_cast<std::uint64_t>(i) * 104729u + 7u);
    ws.participants.emplace(f.participant, f);
  }
  return ws;
}

// People who differ only in gender ("" = not answered), all in organisation "a", care, 30–54.
inline Workspace crowd(const Catalog& catalog, const std::vector<std::pair<std::string, int>>& genders) {
  Workspace ws;
  ws.programme = population_programme();
  std::uint64_t n = 1;
  for (const auto& [gender, count] : genders) {
    for (int i = 0; i < count; ++i) {
      ResultFile f;
      f.participant = make_participant_code(n++ * 7919u);
      f.programme = population_programme();
      f.exported = Period{2026, 2};
      f.background.gender = gender;
      f.background.age_band = "30-54";
      f.background.role_family = "omsorg";
      f.organisation = "a";
      f.modules = {ModuleRecord{catalog.modules[0].id, Period{2026, 1}, Period{2026, 2}, 1.0}};
      ws.participants.emplace(f.participant, f);
    }
  }
  return ws;
}

}  // namespace dl::test
