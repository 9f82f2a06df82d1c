// The populations the attacker over every report (privacy_attack_test.cpp) runs on: the issue's
// population of 2,000 people in 8 organisations with the people a table must never give away (an
// organisation of 3 with one manager, one of 6, the only 3 men aged 55 and over, the only person
// who answered "annat"), and smaller random populations with tiny organisations, rare combinations
// and files without a programme. Built as workspace records directly (no JSON); seeded, so a
// failure can be replayed.
#pragma once
#include <algorithm>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "core/participant_code.hpp"
#include "populations.hpp"

namespace dl::test {

// Six quarters: the issue's programme runs from 2025 Q3 to 2026 Q4.
inline const std::vector<Period>& attack_quarters() {
  static const std::vector<Period> q = {Period{2025, 3}, Period{2025, 4}, Period{2026, 1},
                                        Period{2026, 2}, Period{2026, 3}, Period{2026, 4}};
  return q;
}

inline int uniform(std::mt19937& rng, int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng); }

// A finished round: every statement answered (0–3 or "Ej aktuellt", higher after the courses), the
// course evaluation as the round asks it (T1 every item, T2 only the use items).
inline AssessmentRound attack_round(std::mt19937& rng, const Catalog& catalog, Round round, Period period) {
  AssessmentRound r;
  r.instrument_id = catalog.instrument->id;
  r.round = round;
  r.period = period;
  const int lift = round == Round::t0 ? 0 : 1;
  for (const Statement& s : catalog.instrument->statements) {
    r.answers[s.id] = chance(rng, 0.08) ? kNotApplicable : std::min(3, uniform(rng, 0, 3) + (chance(rng, 0.3) ? lift : 0));
  }
  for (const EvaluationItem& item : catalog.instrument->evaluation) {
    if (round == Round::t1 || (round == Round::t2 && item.use)) r.evaluation[item.id] = uniform(rng, 1, 5);
  }
  return r;
}

inline ManagerRecord attack_manager(std::mt19937& rng, const Catalog& catalog, Period period) {
  ManagerRecord manager{catalog.manager_survey->id, period, {}};
  for (const SurveyQuestion& q : catalog.manager_survey->questions) {
    if (chance(rng, 0.05)) continue;  // a question left unanswered now and then
    std::vector<std::string> chosen = {pick(rng, q.options).id};
    if (q.multiple) {
      for (const auto& option : q.options) {
        if (option.id != chosen.front() && chance(rng, 0.35)) chosen.push_back(option.id);
      }
    }
    manager.answers[q.id] = chosen;
  }
  return manager;
}

// One ordinary participant whose activity spans 4–6 of the six quarters: T0 at the start, 1–4
// courses (quarter-hour hours, most completed), T1 after a completed course, often the follow-up
// T2 a quarter or two later; managers also answer the manager survey.
inline void attack_activity(std::mt19937& rng, const Catalog& catalog, ResultFile& f) {
  const auto& q = attack_quarters();
  const int span = uniform(rng, 4, 6);
  const int first = uniform(rng, 0, static_cast<int>(q.size()) - span);
  const int last = first + span - 1;
  if (chance(rng, 0.9)) f.rounds.push_back(attack_round(rng, catalog, Round::t0, q[static_cast<std::size_t>(first)]));
  std::vector<std::size_t> order(catalog.modules.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::shuffle(order.begin(), order.end(), rng);
  const int courses = uniform(rng, 1, 4);
  int first_completion = -1;
  for (int c = 0; c < courses; ++c) {
    const int started = uniform(rng, first, std::min(last, first + 2));
    ModuleRecord m{catalog.modules[order[static_cast<std::size_t>(c)]].id, q[static_cast<std::size_t>(started)],
                   std::nullopt, 0.25 * uniform(rng, chance(rng, 0.1) ? 0 : 1, 24)};
    if (chance(rng, 0.75)) {
      const int completed = uniform(rng, started, std::min(last, started + 1));
      m.completed = q[static_cast<std::size_t>(completed)];
      first_completion = first_completion < 0 ? completed : std::min(first_completion, completed);
    }
    f.modules.push_back(m);
  }
  std::sort(f.modules.begin(), f.modules.end(),
            [](const ModuleRecord& a, const ModuleRecord& b) { return a.module_id < b.module_id; });
  if (first_completion >= 0 && chance(rng, 0.8)) {
    const int t1 = uniform(rng, first_completion, last);
    f.rounds.push_back(attack_round(rng, catalog, Round::t1, q[static_cast<std::size_t>(t1)]));
    if (t1 < last && chance(rng, 0.65)) {
      const int t2 = uniform(rng, t1 + 1, std::min(last, t1 + 2));
      f.rounds.push_back(attack_round(rng, catalog, Round::t2, q[static_cast<std::size_t>(t2)]));
    }
  }
  if (f.background.role_family == "chef" && chance(rng, 0.85)) {
    f.manager = attack_manager(rng, catalog, q[static_cast<std::size_t>(uniform(rng, first, last))]);
  }
  f.exported = q[static_cast<std::size_t>(last)];
}

inline ResultFile attack_person(std::uint64_t n, const std::string& programme, const std::string& organisation) {
  ResultFile f;
  f.participant = make_participant_code(n * 2654435761u + 17u);
  f.programme = programme;
  if (!organisation.empty()) f.organisation = organisation;
  return f;
}

// What the issue's population is made of, and who in it must stay hidden.
struct IssuePopulation {
  Workspace workspace;
  std::string tiny_organisation = "org-8";   // 3 people, one of them the manager
  std::string six_organisation = "org-7";    // 6 people
  std::string older_men_organisation = "org-3";  // the only 3 men aged 55+
  std::string other_gender_organisation = "org-5";  // the only person answering "annat"
  std::string tiny_manager;       // participant code of org-8's manager (0 course hours)
  std::string other_gender_person;  // participant code of the one "annat"
};

// The issue's population: 2,000 people in organisations org-1 … org-8 over six quarters.
inline IssuePopulation issue_population(const Catalog& catalog, std::uint32_t seed = 2026) {
  IssuePopulation pop;
  std::mt19937 rng(seed);
  Workspace& ws = pop.workspace;
  ws.programme = population_programme();
  std::uint64_t n = 1;
  auto add = [&ws](const ResultFile& f) { ws.participants.emplace(f.participant, f); };
  static const std::vector<std::string> genders = {"kvinna", "kvinna", "kvinna", "man", ""};
  static const std::vector<std::string> ages = {"upto-29", "30-54", "30-54", "55-plus", ""};
  static const std::vector<std::string> roles = {"omsorg", "omsorg", "omsorg", "funktionsstod", "funktionsstod",
                                                 "halso-sjukvard", "handlaggning-utveckling", "chef", ""};
  static const std::vector<std::string> settings = {"hemtjanst", "hemtjanst", "sarskilt-boende", "sarskilt-boende",
                                                    "funktionsstod", "personlig-assistans", "halso-sjukvard",
                                                    "annat", ""};
  auto ordinary = [&](const std::string& organisation) {
    ResultFile f = attack_person(n++, ws.programme, organisation);
    f.background.gender = pick(rng, genders);
    f.background.age_band = pick(rng, ages);
    // The only men aged 55 and over are the three placed below.
    while (f.background.gender == "man" && f.background.age_band == "55-plus") f.background.age_band = pick(rng, ages);
    f.background.role_family = pick(rng, roles);
    f.background.work_setting = pick(rng, settings);
    attack_activity(rng, catalog, f);
    return f;
  };
  // Organisations 1–6 share the ordinary people unevenly; 7 has exactly 6 people, 8 exactly 3.
  const std::vector<std::pair<std::string, int>> sizes = {{"org-1", 520}, {"org-2", 410}, {"org-3", 350},
                                                          {"org-4", 300}, {"org-5", 230}, {"org-6", 181}};
  for (const auto& [organisation, size] : sizes) {
    int count = size;
    if (organisation == pop.older_men_organisation) count -= 3;
    if (organisation == pop.other_gender_organisation) count -= 1;
    for (int i = 0; i < count; ++i) add(ordinary(organisation));
  }
  for (int i = 0; i < 6; ++i) add(ordinary(pop.six_organisation));
  // Organisation 8: one manager who answered the manager survey and has 0 course hours, and two others.
  {
    ResultFile manager = attack_person(n++, ws.programme, pop.tiny_organisation);
    manager.background = Background{"kvinna", "30-54", "chef", "hemtjanst"};
    const auto& q = attack_quarters();
    manager.rounds.push_back(attack_round(rng, catalog, Round::t0, q[1]));
    manager.modules.push_back(ModuleRecord{catalog.modules[0].id, q[1], std::nullopt, 0.0});
    manager.manager = ManagerRecord{catalog.manager_survey->id, q[2], {}};
    for (const SurveyQuestion& question : catalog.manager_survey->questions) {
      manager.manager->answers[question.id] = {question.options.front().id};  // answers every question
    }
    manager.exported = q[2];
    pop.tiny_manager = manager.participant;
    add(manager);
    for (int i = 0; i < 2; ++i) {
      ResultFile f = ordinary(pop.tiny_organisation);
      if (f.background.role_family == "chef") f.background.role_family = "omsorg";
      f.manager.reset();
      add(f);
    }
  }
  // The only three men aged 55 and over, all in one organisation.
  for (int i = 0; i < 3; ++i) {
    ResultFile f = ordinary(pop.older_men_organisation);
    f.background.gender = "man";
    f.background.age_band = "55-plus";
    add(f);
  }
  // The only person who answered "annat": disability support, 29 or younger, active in three quarters.
  {
    const auto& q = attack_quarters();
    ResultFile f = attack_person(n++, ws.programme, pop.other_gender_organisation);
    f.background = Background{"annat", "upto-29", "funktionsstod", "funktionsstod"};
    f.rounds.push_back(attack_round(rng, catalog, Round::t0, q[2]));
    f.modules.push_back(ModuleRecord{catalog.modules[1].id, q[2], q[3], 2.75});
    f.rounds.push_back(attack_round(rng, catalog, Round::t1, q[3]));
    f.rounds.push_back(attack_round(rng, catalog, Round::t2, q[4]));
    f.exported = q[4];
    pop.other_gender_person = f.participant;
    add(f);
  }
  return pop;
}

// A smaller random population (test::random_person over three quarters) with what makes a table
// risky: one to three tiny organisations of 1–4 people, a lone person of a rare combination, and
// (when `without_programme`) a few files made without a programme.
inline Workspace small_attack_population(std::mt19937& rng, const Catalog& catalog, int people, bool without_programme) {
  Workspace ws = random_workspace(rng, catalog, people);
  std::uint64_t n = 5000000;
  const int tiny = uniform(rng, 1, 3);
  for (int t = 0; t < tiny; ++t) {
    const int size = uniform(rng, 1, 4);
    for (int i = 0; i < size; ++i) {
      ResultFile f = random_person(rng, catalog, n++ * 7u + 1u);
      f.organisation = "tiny-" + std::to_string(t);
      ws.participants.emplace(f.participant, f);
    }
  }
  ResultFile lone = random_person(rng, catalog, n++ * 7u + 1u);
  lone.background = Background{"annat", "55-plus", "handlaggning-utveckling", "personlig-assistans"};
  ws.participants.emplace(lone.participant, lone);
  if (without_programme) {
    ws.without_programme = true;
    const int loose = uniform(rng, 1, 6);
    for (int i = 0; i < loose; ++i) {
      ResultFile f = random_person(rng, catalog, n++ * 7u + 1u);
      f.programme.reset();
      f.organisation.reset();
      ws.participants.emplace(f.participant, f);
    }
  }
  return ws;
}

}  // namespace dl::test
