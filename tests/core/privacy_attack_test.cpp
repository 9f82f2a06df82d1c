// The project's proof that combining EVERY report the tool can make reveals nothing about a small
// group of people. An attacker of the kind a statistical agency's disclosure reviewer runs
// (interval propagation) reads every report of a population — the whole programme and each
// combination of organisation, occupational group, kind of workplace and quarter the filters offer
// — exactly as a coordinator sees it: the cell texts, report.participants, the filter, the tables'
// row and column positions and heads, whether a report was too small to make (then its selection
// has at most 9 + 3 people), the published perturbation table and the noise's bounds (for sums
// the true 0.3 × max(largest value, floor) of each cell, which makes it stronger than a reader).
// It knows what each figure counts — the table semantics are written out here (layout(),
// independently of report.cpp) — so one group of people is one unknown however many tables and
// reports show it, and it knows how groups relate: organisations (with "Ej angiven" and "Utan
// program"), occupational groups, workplaces, genders and age bands add up; event counts and their
// hours and scores add up over quarters, courses over the Total row, single-choice answers over
// respondents; participants of a quarter are among all participants; respondents are among
// participants, choosers and those answering 4–5 among respondents, drop-outs among those who could
// have answered, pairs of rounds among each round's respondents; shares give the part's perturbed
// count. It narrows every unknown until nothing changes. It never reads Cell::n or a true figure
// to infer: those are used only afterwards, to check it.
//
// The test fails when the attacker (i) narrows a group of 1–4 people to one value, (ii) proves that
// all of a group of 1–4 people share an answer or attribute (all parts of a partition but one are
// 0, subsets included), (iii) pins the total hours or score of 1–4 people to an interval narrower
// than 1 hour or 10 points (so no one of them has their value pinned down); also when (iv) the same
// attacker, given the old
// unprotected tables of the same populations (true counts, 1–4 hidden), does NOT find hidden small
// counts, shared answers and small sums — so the test cannot pass with a blind attacker — and when
// (v) the unfiltered report of the issue's population shows no figure in some table. It fails as
// well when the attacker's conclusions exclude the truth (its semantics would be wrong), when a
// cell does not rest on the group the layout says (checked with Cell::n), when a sum lies outside
// its noise bound, or when one group shows two different figures. Each run prints its figures
// ("[attack] ...").
//
// Run time: natively (RelWithDebInfo, 2 cores) about 30 s, most of it make_report for the issue's
// population (2,000 people, 2,646 filter combinations). Under WebAssembly (__EMSCRIPTEN__), under
// AddressSanitizer (the asan preset, detected by the compiler) or when the environment variable
// DL_QUICK_ATTACK is set, the run is reduced: every report with at most two filters (258 for the
// issue's population), and two random populations instead of five; the attacker and the
// assertions are the same.
#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <type_traits>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <gtest/gtest.h>

#include "attack_population.hpp"
#include "core/background.hpp"
#include "core/measurement.hpp"
#include "core/report.hpp"
#include "core/scoring.hpp"
#include "report_fixtures.hpp"

namespace dl {
namespace {

// The reduced run: under WebAssembly, under AddressSanitizer (the asan preset, a Debug build) or
// when DL_QUICK_ATTACK is set.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define DL_ATTACK_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define DL_ATTACK_UNDER_ASAN 1
#endif
bool quick_attack() {
#if defined(__EMSCRIPTEN__) || defined(DL_ATTACK_UNDER_ASAN)
  return true;
#else
  return std::getenv("DL_QUICK_ATTACK") != nullptr;
#endif
}

// ---- Groups: what a published figure counts -------------------------------------------------------

// What is counted (counts of people or records) or summed (hours, scores).
enum class M : std::uint8_t {
  people,     // participants; with a period: those active in it (a round, course or survey then)
  started,    // a = course (any: the Total row, one per person and course)
  completed,  // a = course
  answered,   // a = round: finished the self-assessment round
  could,      // a = round: could have answered (no period)
  dropped,    // a = round: could have answered and did not (no period)
  scored,     // a = round, b = area: answered with a score in the area
  paired,     // a = later round, b = area: T0 and the later round (both in the period), scores in the area
  evaluated,  // a = round, b = item
  top_two,    // a = round, b = item: answered 4 or 5
  managers,   // a = question: managers who answered it
  chose,      // a = question, b = option
  // Sums: one variable per sum of a quantity over a group.
  hours_touched,  // hours of the courses started or completed in the period, over participants
  hours_started,  // a = course (any: all courses): hours of the courses started in the period
  score_sum,      // a = round, b = area
  before_sum,     // a = later round, b = area: T0 scores of the pairs
  after_sum,      // a = later round, b = area: later scores of the pairs
};
bool is_sum(M m) { return m >= M::hours_touched; }

enum D : int { kOrg, kRole, kSetting, kPeriod, kGender, kAge, kA, kB, kDimCount };
constexpr std::uint8_t kAny = 127;  // "*": the whole dimension

struct Key {
  M measure = M::people;
  std::array<std::uint8_t, kDimCount> at;
  Key() { at.fill(kAny); }
  std::uint64_t code() const {
    std::uint64_t c = static_cast<std::uint64_t>(measure);
    for (std::uint8_t v : at) c = (c << 7) | v;
    return c;
  }
  Key with(D d, std::uint8_t v) const {
    Key k = *this;
    k.at[static_cast<std::size_t>(d)] = v;
    return k;
  }
  Key as(M m) const {
    Key k = *this;
    k.measure = m;
    return k;
  }
  std::uint8_t operator[](D d) const { return at[static_cast<std::size_t>(d)]; }
};

// The four filter dimensions of a report (kAny when not filtered).
struct Selection {
  std::uint8_t org = kAny, role = kAny, setting = kAny, period = kAny;
};

Key group(M m, const Selection& s, std::uint8_t a = kAny, std::uint8_t b = kAny) {
  Key k;
  k.measure = m;
  k.at[kOrg] = s.org;
  k.at[kRole] = s.role;
  k.at[kSetting] = s.setting;
  k.at[kPeriod] = s.period;
  k.at[kA] = a;
  k.at[kB] = b;
  return k;
}

Selection selection_of(const Key& k) { return Selection{k[kOrg], k[kRole], k[kSetting], k[kPeriod]}; }

constexpr std::uint8_t kT0 = 0, kT1 = 1, kT2 = 2;  // rounds as the dimension a holds them

// What the attacker knows about the dimensions: the row heads of the tables, the filter choices
// and the content (courses, areas, evaluation items, manager questions).
struct Domains {
  std::vector<std::string> org_labels;  // the organisation table's rows without Totalt
  std::vector<std::string> org_codes;   // codes (the first rows), then "Ej angiven"/"Utan program" have none
  std::vector<Period> periods;
  std::size_t roles = 0, settings = 0, genders = 0, ages = 0;  // options + "not answered"
  std::size_t courses = 0, items = 0;
  std::vector<bool> item_in_t2;
  std::vector<std::size_t> options;  // per manager question
  std::vector<bool> single;          // per manager question
  double max_touched_hours = 0;      // per participant: every course at its most

  std::size_t size(const Key& k, D d) const {
    switch (d) {
      case kOrg: return org_labels.size();
      case kRole: return roles;
      case kSetting: return settings;
      case kPeriod: return periods.size();
      case kGender: return genders;
      case kAge: return ages;
      case kA: return courses;
      case kB: return options[k[kA]];
      default: return 0;
    }
  }
};

std::size_t option_of(const char* question, const std::string& answer) {
  for (const auto& q : background_questions()) {
    if (std::string(q.id) != question) continue;
    for (std::size_t i = 0; i < q.options.size(); ++i) {
      if (answer == q.options[i].id) return i;
    }
    return q.options.size();
  }
  return 0;
}

std::size_t options_of(const char* question) {
  for (const auto& q : background_questions()) {
    if (std::string(q.id) == question) return q.options.size() + 1;  // and "not answered"
  }
  return 0;
}

std::string describe(const Key& k, const Domains& d, const Catalog& catalog) {
  static const char* const names[] = {"people", "started", "completed", "answered", "could-answer", "drop-out",
                                      "scored", "paired", "evaluated", "top-two", "managers", "chose",
                                      "hours(touched)", "hours(started)", "score-sum", "before-sum", "after-sum"};
  std::string out = names[static_cast<int>(k.measure)];
  auto dim = [&](const char* name, D dd, const std::function<std::string(std::uint8_t)>& label) {
    if (k[dd] == kAny) return;
    out += std::string(" ") + name + "=" + label(k[dd]);
  };
  auto option = [](const char* question) {
    return [question](std::uint8_t v) -> std::string {
      for (const auto& q : background_questions()) {
        if (std::string(q.id) == question) return v < q.options.size() ? q.options[v].id : "(not answered)";
      }
      return "?";
    };
  };
  dim("org", kOrg, [&](std::uint8_t v) { return d.org_labels[v]; });
  dim("role", kRole, option("role_family"));
  dim("setting", kSetting, option("work_setting"));
  dim("period", kPeriod, [&](std::uint8_t v) { return to_string(d.periods[v]); });
  dim("gender", kGender, option("gender"));
  dim("age", kAge, option("age_band"));
  const M m = k.measure;
  if (m == M::started || m == M::completed || m == M::hours_started) {
    dim("course", kA, [&](std::uint8_t v) { return catalog.modules[v].id; });
  } else if (m == M::managers || m == M::chose) {
    dim("question", kA, [&](std::uint8_t v) { return catalog.manager_survey->questions[v].id; });
    dim("option", kB, [&](std::uint8_t v) { return catalog.manager_survey->questions[k[kA]].options[v].id; });
  } else {
    dim("round", kA, [](std::uint8_t v) { return std::string(round_id(kAllRounds[v])); });
    dim(m == M::evaluated || m == M::top_two ? "item" : "area", kB, [&](std::uint8_t v) {
      return m == M::evaluated || m == M::top_two ? catalog.instrument->evaluation[v].id : std::to_string(v + 1);
    });
  }
  return out;
}

// ---- The tables' layout: which group each published cell shows -----------------------------------

// A published cell's meaning. Sums and means come with the count of their group in the same row
// (its perturbed value n' is what the sum is scaled to); shares with their whole.
struct Meaning {
  enum Kind { count, sum, mean, share } kind = count;
  Key key;    // count: the group; sum/mean: the sum; share: the part
  Key other;  // sum/mean: the counted group; share: the whole
  double low = 0, high = 0;  // a mean's clamp
};

struct Placed {
  std::size_t table = 0, row = 0, column = 0;
  Meaning meaning;
  std::size_t other_column = 0;  // sum/mean: the count's column; share: the whole's column
};

const std::vector<std::string>& table_ids() {
  static const std::vector<std::string> ids = {
      "deltagare-kon-alder", "deltagare-yrkesgrupp", "deltagare-arbetsplats", "deltagare-organisation",
      "kurser", "timmar", "sjalvskattning", "sjalvskattning-forandring", "kursutvardering",
      "chefsindikatorer", "svarsfrekvens"};
  return ids;
}

// Every cell the report for `s` shows, as a group. Rows that contradict the filter (another
// organisation under an organisation filter, another occupational group under that filter) are
// empty by definition and left out; so are the change column (a difference of two shown means)
// and "–" cells.
std::vector<Placed> layout(const Domains& d, const Selection& s) {
  std::vector<Placed> out;
  auto count = [&](std::size_t t, std::size_t r, std::size_t c, const Key& k) {
    out.push_back(Placed{t, r, c, Meaning{Meaning::count, k, Key{}, 0, 0}, 0});
  };
  // 0: gender × age, with "not answered" and totals.
  for (std::size_t g = 0; g <= d.genders; ++g) {
    for (std::size_t a = 0; a <= d.ages; ++a) {
      Key k = group(M::people, s);
      k.at[kGender] = g == d.genders ? kAny : static_cast<std::uint8_t>(g);
      k.at[kAge] = a == d.ages ? kAny : static_cast<std::uint8_t>(a);
      count(0, g, a, k);
    }
  }
  // 1, 2, 3: one row per occupational group, workplace, organisation, then Totalt.
  auto by = [&](std::size_t t, std::size_t rows, std::uint8_t Selection::*field) {
    for (std::size_t r = 0; r <= rows; ++r) {
      Selection row = s;
      const std::uint8_t value = r == rows ? kAny : static_cast<std::uint8_t>(r);
      if (value != kAny) {
        if (s.*field != kAny && s.*field != value) continue;  // contradicts the filter
        row.*field = value;
      }
      count(t, r, 0, group(M::people, row));
    }
  };
  by(1, d.roles, &Selection::role);
  by(2, d.settings, &Selection::setting);
  by(3, d.org_labels.size(), &Selection::org);
  // 4: courses: started, completed, hours in all, hours per course started.
  for (std::size_t c = 0; c <= d.courses; ++c) {
    const std::uint8_t course = c == d.courses ? kAny : static_cast<std::uint8_t>(c);
    count(4, c, 0, group(M::started, s, course));
    count(4, c, 1, group(M::completed, s, course));
    out.push_back(Placed{4, c, 2, Meaning{Meaning::sum, group(M::hours_started, s, course), group(M::started, s, course), 0, 0}, 0});
    out.push_back(Placed{4, c, 3,
                         Meaning{Meaning::mean, group(M::hours_started, s, course), group(M::started, s, course), 0.0,
                                 kMaxModuleHours},
                         0});
  }
  // 5: hours by organisation: participants, hours in all, hours per participant.
  for (std::size_t r = 0; r <= d.org_labels.size(); ++r) {
    Selection row = s;
    if (r < d.org_labels.size()) {
      if (s.org != kAny && s.org != r) continue;
      row.org = static_cast<std::uint8_t>(r);
    }
    count(5, r, 0, group(M::people, row));
    out.push_back(Placed{5, r, 1, Meaning{Meaning::sum, group(M::hours_touched, row), group(M::people, row), 0, 0}, 0});
    out.push_back(Placed{5, r, 2,
                         Meaning{Meaning::mean, group(M::hours_touched, row), group(M::people, row), 0.0,
                                 d.max_touched_hours},
                         0});
  }
  // 6: self-assessment per area: respondents and mean per round.
  for (std::uint8_t area = 0; area < kAreaCount; ++area) {
    for (std::uint8_t round = 0; round < 3; ++round) {
      count(6, area, 2u * round, group(M::scored, s, round, area));
      out.push_back(Placed{6, area, 2u * round + 1,
                           Meaning{Meaning::mean, group(M::score_sum, s, round, area), group(M::scored, s, round, area),
                                   0.0, 100.0},
                           2u * round});
    }
  }
  // 7: change: pairs T0–T1 and T0–T2: respondents, mean before, mean after (the change is their difference).
  for (std::uint8_t area = 0; area < kAreaCount; ++area) {
    for (std::uint8_t later : {kT1, kT2}) {
      const std::size_t base = later == kT1 ? 0 : 4;
      const Key pairs = group(M::paired, s, later, area);
      count(7, area, base, pairs);
      out.push_back(Placed{7, area, base + 1, Meaning{Meaning::mean, group(M::before_sum, s, later, area), pairs, 0.0, 100.0}, base});
      out.push_back(Placed{7, area, base + 2, Meaning{Meaning::mean, group(M::after_sum, s, later, area), pairs, 0.0, 100.0}, base});
    }
  }
  // 8: course evaluation: respondents and share 4–5 at T1 and (use items) T2.
  for (std::uint8_t item = 0; item < d.items; ++item) {
    for (std::uint8_t round : {kT1, kT2}) {
      if (round == kT2 && !d.item_in_t2[item]) continue;
      const std::size_t base = round == kT1 ? 0 : 2;
      const Key whole = group(M::evaluated, s, round, item);
      count(8, item, base, whole);
      out.push_back(Placed{8, item, base + 1, Meaning{Meaning::share, group(M::top_two, s, round, item), whole, 0, 0}, base});
    }
  }
  // 9: manager survey: one row per question and option: respondents, chose, share.
  std::size_t row = 0;
  for (std::uint8_t q = 0; q < d.options.size(); ++q) {
    for (std::uint8_t o = 0; o < d.options[q]; ++o, ++row) {
      const Key whole = group(M::managers, s, q);
      count(9, row, 0, whole);
      count(9, row, 1, group(M::chose, s, q, o));
      out.push_back(Placed{9, row, 2, Meaning{Meaning::share, group(M::chose, s, q, o), whole, 0, 0}, 0});
    }
  }
  // 10: response: participants, answered, share; without a period also could, drop-out, share.
  for (std::uint8_t round = 0; round < 3; ++round) {
    const Key everyone = group(M::people, s);
    count(10, round, 0, everyone);
    count(10, round, 1, group(M::answered, s, round));
    out.push_back(Placed{10, round, 2, Meaning{Meaning::share, group(M::answered, s, round), everyone, 0, 0}, 0});
    if (s.period == kAny && round != kT0) {
      count(10, round, 3, group(M::could, s, round));
      count(10, round, 4, group(M::dropped, s, round));
      out.push_back(Placed{10, round, 5, Meaning{Meaning::share, group(M::dropped, s, round), group(M::could, s, round), 0, 0}, 3});
    }
  }
  return out;
}

// ---- The truth (for checking the attacker, never for its inference) ------------------------------

struct SumTruth {
  double sum = 0;
  double largest = 0;
};

// The people behind every group, counted from the workspace by the same semantics as the layout.
class Truth {
 public:
  Truth(const Workspace& ws, const Catalog& catalog, const Domains& d, const ReportSetup& setup) {
    for (const auto& [code, f] : ws.participants) person(f, catalog, d, setup);
  }
  long long count(const Key& k) const {
    const auto it = counts_.find(k.code());
    return it == counts_.end() ? 0 : it->second;
  }
  SumTruth sum(const Key& k) const {
    const auto it = sums_.find(k.code());
    return it == sums_.end() ? SumTruth{} : it->second;
  }

 private:
  // Adds `n` to the group and to every group made from it by putting "*" in any of `open`.
  void add(const Key& base, std::initializer_list<D> open, double value, bool summed) {
    const std::vector<D> dims(open);
    for (std::uint32_t mask = 0; mask < (1u << dims.size()); ++mask) {
      Key k = base;
      for (std::size_t i = 0; i < dims.size(); ++i) {
        if (mask & (1u << i)) k = k.with(dims[i], kAny);
      }
      if (summed) {
        SumTruth& t = sums_[k.code()];
        t.sum += value;
        t.largest = std::max(t.largest, value);
      } else {
        ++counts_[k.code()];
      }
    }
  }

  static Period follow_up_due(Period t1, int months) {
    const int month_index = t1.year * 12 + (t1.quarter * 3 - 1) + months;
    return period_from_month(month_index / 12, month_index % 12 + 1);
  }

  void person(const ResultFile& f, const Catalog& catalog, const Domains& d, const ReportSetup& setup) {
    Selection me;
    if (!f.programme) {
      me.org = static_cast<std::uint8_t>(d.org_codes.size() + 1);
    } else if (!f.organisation) {
      me.org = static_cast<std::uint8_t>(d.org_codes.size());
    } else {
      me.org = static_cast<std::uint8_t>(std::find(d.org_codes.begin(), d.org_codes.end(), *f.organisation) -
                                         d.org_codes.begin());
    }
    me.role = static_cast<std::uint8_t>(option_of("role_family", f.background.role_family));
    me.setting = static_cast<std::uint8_t>(option_of("work_setting", f.background.work_setting));
    const auto gender = static_cast<std::uint8_t>(option_of("gender", f.background.gender));
    const auto age = static_cast<std::uint8_t>(option_of("age_band", f.background.age_band));
    auto period = [&](Period p) {
      return static_cast<std::uint8_t>(std::find(d.periods.begin(), d.periods.end(), p) - d.periods.begin());
    };
    std::set<std::uint8_t> active;
    for (const AssessmentRound& r : f.rounds) active.insert(period(r.period));
    for (const ModuleRecord& m : f.modules) {
      active.insert(period(m.started));
      if (m.completed) active.insert(period(*m.completed));
    }
    if (f.manager) active.insert(period(f.manager->period));

    std::vector<std::uint8_t> periods = {kAny};
    periods.insert(periods.end(), active.begin(), active.end());
    for (std::uint8_t p : periods) {
      Selection at = me;
      at.period = p;
      Key k = group(M::people, at);
      k.at[kGender] = gender;
      k.at[kAge] = age;
      add(k, {kOrg, kRole, kSetting, kGender, kAge}, 0, false);
      double hours = 0;
      for (const ModuleRecord& m : f.modules) {
        if (p == kAny || period(m.started) == p || (m.completed && period(*m.completed) == p)) hours += m.hours;
      }
      add(group(M::hours_touched, at), {kOrg, kRole, kSetting}, hours, true);
    }
    bool completed_any = false;
    for (const ModuleRecord& m : f.modules) {
      const auto course = static_cast<std::uint8_t>(
          std::find_if(catalog.modules.begin(), catalog.modules.end(),
                       [&m](const Module& module) { return module.id == m.module_id; }) -
          catalog.modules.begin());
      Selection at = me;
      at.period = period(m.started);
      add(group(M::started, at, course), {kOrg, kRole, kSetting, kPeriod, kA}, 0, false);
      add(group(M::hours_started, at, course), {kOrg, kRole, kSetting, kPeriod, kA}, m.hours, true);
      if (m.completed) {
        completed_any = true;
        at.period = period(*m.completed);
        add(group(M::completed, at, course), {kOrg, kRole, kSetting, kPeriod, kA}, 0, false);
      }
    }
    std::array<const AssessmentRound*, 3> rounds{};
    std::array<std::vector<AreaScore>, 3> scores;
    for (const AssessmentRound& r : f.rounds) {
      if (r.instrument_id != catalog.instrument->id) continue;
      const auto round = static_cast<std::size_t>(r.round);
      rounds[round] = &r;
      scores[round] = score_areas(r.answers, *catalog.instrument);
      Selection at = me;
      at.period = period(r.period);
      const auto ri = static_cast<std::uint8_t>(round);
      add(group(M::answered, at, ri), {kOrg, kRole, kSetting, kPeriod}, 0, false);
      for (const AreaScore& s : scores[round]) {
        if (!s.score) continue;
        const auto area = static_cast<std::uint8_t>(s.area);
        add(group(M::scored, at, ri, area), {kOrg, kRole, kSetting, kPeriod}, 0, false);
        add(group(M::score_sum, at, ri, area), {kOrg, kRole, kSetting, kPeriod}, *s.score, true);
      }
      for (std::size_t i = 0; i < catalog.instrument->evaluation.size(); ++i) {
        if (!round_asks_item(r.round, catalog.instrument->evaluation[i])) continue;
        const auto it = r.evaluation.find(catalog.instrument->evaluation[i].id);
        if (it == r.evaluation.end()) continue;
        const auto item = static_cast<std::uint8_t>(i);
        add(group(M::evaluated, at, ri, item), {kOrg, kRole, kSetting, kPeriod}, 0, false);
        if (it->second >= 4) add(group(M::top_two, at, ri, item), {kOrg, kRole, kSetting, kPeriod}, 0, false);
      }
    }
    for (std::uint8_t later : {kT1, kT2}) {
      if (rounds[kT0] == nullptr || rounds[later] == nullptr) continue;
      std::vector<std::uint8_t> in = {kAny};
      if (rounds[kT0]->period == rounds[later]->period) in.push_back(period(rounds[later]->period));
      for (std::size_t a = 0; a < kAreaCount; ++a) {
        if (!scores[kT0][a].score || !scores[later][a].score) continue;
        const auto area = static_cast<std::uint8_t>(a);
        for (std::uint8_t p : in) {
          Selection at = me;
          at.period = p;
          add(group(M::paired, at, later, area), {kOrg, kRole, kSetting}, 0, false);
          add(group(M::before_sum, at, later, area), {kOrg, kRole, kSetting}, *scores[kT0][a].score, true);
          add(group(M::after_sum, at, later, area), {kOrg, kRole, kSetting}, *scores[later][a].score, true);
        }
      }
    }
    if (f.manager) {
      Selection at = me;
      at.period = period(f.manager->period);
      const auto& questions = catalog.manager_survey->questions;
      for (std::size_t q = 0; q < questions.size(); ++q) {
        const auto it = f.manager->answers.find(questions[q].id);
        if (it == f.manager->answers.end()) continue;
        const auto qi = static_cast<std::uint8_t>(q);
        add(group(M::managers, at, qi), {kOrg, kRole, kSetting, kPeriod}, 0, false);
        for (std::size_t o = 0; o < questions[q].options.size(); ++o) {
          if (std::find(it->second.begin(), it->second.end(), questions[q].options[o].id) == it->second.end()) continue;
          add(group(M::chose, at, qi, static_cast<std::uint8_t>(o)), {kOrg, kRole, kSetting, kPeriod}, 0, false);
        }
      }
    }
    for (std::uint8_t round : {kT1, kT2}) {
      const bool eligible = round == kT1 ? completed_any
                                         : rounds[kT1] != nullptr &&
                                               !(setup.now < follow_up_due(rounds[kT1]->period, setup.t2_interval_months));
      if (!eligible) continue;
      add(group(M::could, me, round), {kOrg, kRole, kSetting}, 0, false);
      if (rounds[round] == nullptr) add(group(M::dropped, me, round), {kOrg, kRole, kSetting}, 0, false);
    }
  }

  std::unordered_map<std::uint64_t, long long> counts_;
  std::unordered_map<std::uint64_t, SumTruth> sums_;
};

// ---- What the attacker reads -----------------------------------------------------------------------

struct Shown {
  Meaning meaning;
  std::string text;   // the cell's text
  std::string other;  // sum/mean: the count's text in the same row; share: the whole's text
};

struct Publication {
  std::vector<Shown> cells;
  std::vector<Key> too_small;  // selections whose report was not made
  int reports = 0;             // made
  std::vector<std::string> problems;  // the layout did not fit, a group showed two figures, ...
};

// The noise the attacker assumes: the cell-key method's published table, or none at all (the old
// unprotected tables, where a count shows as itself and 1–4 as "..").
struct Model {
  bool noisy = true;

  // The lowest and highest figure a true count can be perturbed to (before hiding).
  std::pair<long long, long long> shown_range(long long c) const {
    if (!noisy || c == 0) return {c, c};
    const NoiseRow& row = perturbation_table()[static_cast<std::size_t>(std::min<long long>(c, 3))];
    long long lo = c + kNoiseBound, hi = 0;
    for (std::size_t i = 0; i < row.weights.size(); ++i) {
      if (row.weights[i] == 0) continue;
      const long long p = std::max<long long>(0, c + static_cast<long long>(i) - kNoiseBound);
      lo = std::min(lo, p);
      hi = std::max(hi, p);
    }
    return {lo, hi};
  }
  // The true counts a count's text allows (".." is hidden; "–" is empty by definition).
  std::pair<long long, long long> behind(const std::string& text) const {
    if (text == "–") return {0, 0};
    if (!noisy) {
      if (text == kHiddenSymbol) return {1, kSmallestShown - 1};
      const auto v = static_cast<long long>(std::llround(*test::figure_of(text)));
      return {v, v};
    }
    long long lo = -1, hi = -1;
    auto fits = [&](long long c) {
      const auto [a, b] = shown_range(c);
      if (text == kHiddenSymbol) return a < kSmallestShown;
      const auto v = static_cast<long long>(std::llround(*test::figure_of(text)));
      return a <= v && v <= b && b >= kSmallestShown;
    };
    const long long centre = text == kHiddenSymbol ? 0 : static_cast<long long>(std::llround(*test::figure_of(text)));
    for (long long c = std::max<long long>(0, centre - kNoiseBound - kSmallestShown);
         c <= centre + kNoiseBound + kSmallestShown; ++c) {
      if (!fits(c)) continue;
      if (lo < 0) lo = c;
      hi = c;
    }
    return {lo, hi};
  }
  // A selection whose report was not made has at most this many people.
  long long too_small_limit() const { return kSmallestFilteredReport - 1 + (noisy ? kNoiseBound : 0); }
};

// ---- Interval propagation ----------------------------------------------------------------------------

// Unknowns with bounds and linear relations with coefficients ±1: Σ sign·x = 0, or ≤ 0. Each
// relation tightens each unknown from the others' bounds until nothing changes.
template <typename T>
class Propagator {
 public:
  static constexpr T kInf = static_cast<T>(1e15);
  std::vector<T> lo, hi;

  int add(T low, T high) {
    lo.push_back(low);
    hi.push_back(high);
    return static_cast<int>(lo.size()) - 1;
  }
  std::size_t relations() const { return equality_.size(); }
  // terms: (unknown, +1 or -1)
  void relate(const std::vector<std::pair<int, int>>& terms, bool equality) {
    begin_.push_back(static_cast<std::uint32_t>(terms_.size()));
    terms_.insert(terms_.end(), terms.begin(), terms.end());
    equality_.push_back(equality);
  }
  // Narrows an unknown; true when it changed (by more than the tolerance, for sums).
  bool narrow(int v, T low, T high) {
    bool changed = false;
    const auto u = static_cast<std::size_t>(v);
    if (low > lo[u] + tolerance(low)) {
      lo[u] = low;
      changed = true;
    }
    if (high < hi[u] - tolerance(high)) {
      hi[u] = high;
      changed = true;
    }
    if (lo[u] > hi[u] + tolerance(hi[u])) {
      // Contradiction: the attacker's semantics or the noise's bounds are wrong. Keep the first and
      // stop narrowing it (judge() reports it as unsound).
      if (conflict_ < 0) conflict_ = v;
      lo[u] = std::min(lo[u], hi[u]);
      return false;
    }
    if (changed && built_) touch(u);
    return changed;
  }
  int conflict() const { return conflict_; }

  void build() {
    begin_.push_back(static_cast<std::uint32_t>(terms_.size()));
    std::vector<std::uint32_t> counts(lo.size() + 1, 0);
    for (const auto& [v, s] : terms_) ++counts[static_cast<std::size_t>(v) + 1];
    for (std::size_t i = 1; i < counts.size(); ++i) counts[i] += counts[i - 1];
    by_var_begin_ = counts;
    by_var_.assign(terms_.size(), 0);
    for (std::size_t c = 0; c + 1 < begin_.size(); ++c) {
      for (std::uint32_t t = begin_[c]; t < begin_[c + 1]; ++t) {
        by_var_[counts[static_cast<std::size_t>(terms_[t].first)]++] = static_cast<std::uint32_t>(c);
      }
    }
    queued_.assign(equality_.size(), true);
    for (std::size_t c = 0; c < equality_.size(); ++c) queue_.push_back(static_cast<std::uint32_t>(c));
    built_ = true;
  }

  // Returns false when it stopped at the step limit.
  bool run() {
    std::size_t steps = 0;
    const std::size_t limit = 400 * (equality_.size() + 1);
    while (!queue_.empty()) {
      if (++steps > limit) return false;
      const std::uint32_t c = queue_.front();
      queue_.pop_front();
      queued_[c] = false;
      tighten(c);
    }
    return true;
  }

  const std::vector<std::pair<int, int>> terms_of(std::size_t c) const {
    return {terms_.begin() + begin_[c], terms_.begin() + begin_[c + 1]};
  }

 private:
  static T tolerance(T value) {
    if constexpr (std::is_integral_v<T>) {
      (void)value;
      return 0;
    } else {
      return static_cast<T>(1e-7) * (1 + std::abs(value));
    }
  }
  bool infinite(T v) const { return v >= kInf; }
  void touch(std::size_t v) {
    for (std::uint32_t i = by_var_begin_[v]; i < by_var_begin_[v + 1]; ++i) {
      const std::uint32_t c = by_var_[i];
      if (!queued_[c]) {
        queued_[c] = true;
        queue_.push_back(c);
      }
    }
  }
  void tighten(std::uint32_t c) {
    // Each term's contribution sign·x lies in [least, most]; "most" may be infinite, and so may
    // "least" of a negative term.
    T least = 0, most = 0;
    int least_inf = 0, most_inf = 0;
    const std::uint32_t b = begin_[c], e = begin_[c + 1];
    for (std::uint32_t t = b; t < e; ++t) {
      const auto v = static_cast<std::size_t>(terms_[t].first);
      if (terms_[t].second > 0) {
        least += lo[v];
        if (infinite(hi[v])) ++most_inf; else most += hi[v];
      } else {
        if (infinite(hi[v])) ++least_inf; else least -= hi[v];
        most -= lo[v];
      }
    }
    for (std::uint32_t t = b; t < e; ++t) {
      const int v = terms_[t].first;
      const auto u = static_cast<std::size_t>(v);
      const bool plus = terms_[t].second > 0;
      const bool my_least_inf = !plus && infinite(hi[u]);
      const bool my_most_inf = plus && infinite(hi[u]);
      const T my_least = plus ? lo[u] : (my_least_inf ? 0 : -hi[u]);
      const T my_most = plus ? (my_most_inf ? 0 : hi[u]) : -lo[u];
      // sign·x ≤ −(least of the others)
      if (least_inf - (my_least_inf ? 1 : 0) == 0) {
        const T bound = -(least - my_least);
        if (plus) narrow(v, lo[u], std::min(hi[u], bound)); else narrow(v, std::max(lo[u], -bound), hi[u]);
      }
      if (!equality_[c]) continue;
      // sign·x ≥ −(most of the others)
      if (most_inf - (my_most_inf ? 1 : 0) == 0) {
        const T bound = -(most - my_most);
        if (plus) narrow(v, std::max(lo[u], bound), hi[u]); else narrow(v, lo[u], std::min(hi[u], -bound));
      }
    }
  }

  std::vector<std::pair<int, int>> terms_;
  std::vector<std::uint32_t> begin_;
  std::vector<bool> equality_;
  std::vector<std::uint32_t> by_var_begin_, by_var_;
  std::vector<bool> queued_;
  std::deque<std::uint32_t> queue_;
  bool built_ = false;
  int conflict_ = -1;
};

// ---- The attacker ------------------------------------------------------------------------------------

struct Partition {
  int parent = 0;
  std::vector<int> parts;
  std::string kind;  // the dimension, or "subset"
};

class Attacker {
 public:
  // `noise_bound`: the largest magnitude noise of a sum (0.3 × max(largest value, floor)); the
  // true per-cell bound, which makes the attacker stronger than a real reader.
  // `everyone_active`: side knowledge that every participant did something in some quarter (true
  // of the issue's population, not of every workspace: a file may hold no activity at all), so
  // all participants ≤ the sum of each quarter's.
  Attacker(const Domains& d, Model model, const Publication& pub, const std::function<double(const Key&)>& noise_bound,
           bool everyone_active)
      : d_(d), model_(model), everyone_active_(everyone_active) {
    // The unknowns every publication constrains.
    std::vector<Key> published;
    for (const Shown& cell : pub.cells) {
      published.push_back(cell.meaning.key);
      if (cell.meaning.kind != Meaning::count) published.push_back(cell.meaning.other);
    }
    for (const Key& k : pub.too_small) published.push_back(k);
    for (const Key& k : published) {
      if (is_sum(k.measure)) sum_var(k); else count_var(k);
    }
    for (const Key& k : published) {
      if (is_sum(k.measure)) sum_relations(k); else count_relations(k);
    }
    // Every sum has its count; subsets (respondents among participants, ...) for every count. Both
    // loops also visit the unknowns they create.
    for (std::size_t s = 0; s < sum_keys_.size(); ++s) {
      const Key k = key_of(sum_keys_[s]);
      sum_count_.push_back(count_var(counted(k)));
      sum_cross(k);
    }
    for (std::size_t v = 0; v < count_keys_.size(); ++v) {
      if (rest_of_[v].first < 0) subsets(key_of(count_keys_[v]), static_cast<int>(v));
    }

    // What each cell says on its own.
    own_.assign(counts_.lo.size(), {0, Propagator<long long>::kInf});
    for (const Shown& cell : pub.cells) read(cell, noise_bound);
    for (const Key& k : pub.too_small) {
      const int v = count_var(k);
      counts_.narrow(v, 0, model_.too_small_limit());
      own_[static_cast<std::size_t>(v)].second = std::min(own_[static_cast<std::size_t>(v)].second, model_.too_small_limit());
    }
  }

  void run() {
    counts_.build();
    sums_.build();
    complete_ = counts_.run();
    for (int round = 0; round < 100; ++round) {
      apply_sums();
      complete_ = sums_.run() && complete_;
      bool changed = false;
      // A sum above 0 needs someone; a sum of S needs at least S / (largest value) people.
      for (std::size_t s = 0; s < sum_keys_.size(); ++s) {
        const double need = sums_.lo[s] / vmax(key_of(sum_keys_[s]));
        const auto at_least = static_cast<long long>(std::ceil(need - 1e-6));
        if (at_least > 0) changed = counts_.narrow(sum_count_[s], at_least, Propagator<long long>::kInf) || changed;
      }
      changed = apply_shares() || changed;
      if (!changed) break;
      complete_ = counts_.run() && complete_;
    }
  }

  // ---- Results ----
  std::size_t count_unknowns() const { return counts_.lo.size(); }
  std::size_t sum_unknowns() const { return sums_.lo.size(); }
  std::size_t relations() const { return counts_.relations() + sums_.relations(); }
  bool complete() const { return complete_; }
  std::pair<long long, long long> count(int v) const {
    return {counts_.lo[static_cast<std::size_t>(v)], counts_.hi[static_cast<std::size_t>(v)]};
  }
  std::pair<double, double> sum(std::size_t s) const { return {sums_.lo[s], sums_.hi[s]}; }
  std::size_t count_size() const { return count_keys_.size(); }
  std::size_t sum_size() const { return sum_keys_.size(); }
  // A count unknown's key, or its subset and parent (rest = parent − subset).
  bool is_rest(std::size_t v) const { return rest_of_[v].first >= 0; }
  Key count_key(std::size_t v) const { return key_of(count_keys_[v]); }
  std::pair<int, int> rest_of(std::size_t v) const { return rest_of_[v]; }
  Key sum_key(std::size_t s) const { return key_of(sum_keys_[s]); }
  int sum_count(std::size_t s) const { return sum_count_[s]; }
  const std::vector<Partition>& partitions() const { return partitions_; }
  std::pair<long long, long long> own(std::size_t v) const { return own_[v]; }
  bool published(std::size_t v) const { return own_[v].second < Propagator<long long>::kInf; }
  int count_conflict() const { return counts_.conflict(); }
  std::optional<int> find_count(const Key& k) const {
    const auto it = count_index_.find(canonical(k).code());
    return it == count_index_.end() ? std::nullopt : std::optional<int>(it->second);
  }
  std::optional<int> find_sum(const Key& k) const {
    const auto it = sum_index_.find(k.code());
    return it == sum_index_.end() ? std::nullopt : std::optional<int>(it->second);
  }
  // How a sum was published ("" when it was not: the attacker derived it).
  std::string sum_source(std::size_t s) const {
    const auto it = sum_source_.find(static_cast<int>(s));
    return it == sum_source_.end() ? std::string() : it->second;
  }
  int sum_conflict() const { return sums_.conflict(); }

  static bool is_hours(const Key& k) { return k.measure == M::hours_touched || k.measure == M::hours_started; }
  // The smallest "largest value" the sum's noise is scaled by, as report.cpp uses it.
  static double floor_of(const Key& k) { return is_hours(k) ? kHoursNoiseFloor : kScoreNoiseFloor; }
  // How uncertain the total of a group of 1–4 people must stay, so no one's value is pinned down:
  // an hour of course time, ten points of a score.
  static double uncertainty_of(const Key& k) { return is_hours(k) ? 1.0 : 10.0; }

 private:
  static Key key_of(std::uint64_t code) {
    Key k;
    for (int d = kDimCount - 1; d >= 0; --d) {
      k.at[static_cast<std::size_t>(d)] = static_cast<std::uint8_t>(code & 127u);
      code >>= 7;
    }
    k.measure = static_cast<M>(code);
    return k;
  }
  // "chose" with any option of a single-choice question is "managers": its options partition it.
  static Key canonical(Key k) {
    if (k.measure == M::chose && k[kB] == kAny) return k.as(M::managers);
    return k;
  }

  int count_var(const Key& key) {
    const Key k = canonical(key);
    const auto [it, fresh] = count_index_.emplace(k.code(), static_cast<int>(count_keys_.size()));
    if (fresh) {
      count_keys_.push_back(k.code());
      rest_of_.emplace_back(-1, -1);
      counts_.add(0, Propagator<long long>::kInf);
      if (own_.size() < count_keys_.size()) own_.resize(count_keys_.size(), {0, Propagator<long long>::kInf});
    }
    return it->second;
  }
  int sum_var(const Key& k) {
    const auto [it, fresh] = sum_index_.emplace(k.code(), static_cast<int>(sum_keys_.size()));
    if (fresh) {
      sum_keys_.push_back(k.code());
      sums_.add(0, Propagator<double>::kInf);
    }
    return it->second;
  }

  // The dimensions over which a measure adds up exactly.
  std::vector<D> additive(const Key& k) const {
    switch (k.measure) {
      case M::people: return {kOrg, kRole, kSetting, kGender, kAge};
      case M::started:
      case M::completed:
      case M::hours_started: return {kOrg, kRole, kSetting, kPeriod, kA};
      case M::answered:
      case M::scored:
      case M::evaluated:
      case M::top_two:
      case M::score_sum: return {kOrg, kRole, kSetting, kPeriod};
      case M::managers:
      case M::chose:
        if (d_.single[k[kA]]) return {kOrg, kRole, kSetting, kPeriod, kB};
        return {kOrg, kRole, kSetting, kPeriod};
      default: return {kOrg, kRole, kSetting};  // could, dropped, paired, hours_touched, before/after sums
    }
  }
  // Measures whose quarters overlap (a person active in two quarters; a course started in one
  // and completed in another) or do not cover all (a pair of rounds in two quarters): each
  // quarter ≤ all, and for hours all ≤ the sum of quarters, for pairs the sum of quarters ≤ all.
  static bool overlapping_periods(M m) {
    return m == M::people || m == M::paired || m == M::hours_touched || m == M::before_sum || m == M::after_sum;
  }
  static Key child(const Key& parent, D d, std::uint8_t v) {
    if (parent.measure == M::managers && d == kB) return parent.as(M::chose).with(kB, v);
    return parent.with(d, v);
  }
  static Key parent_of(const Key& k, D d) { return canonical(k.with(d, kAny)); }

  static const char* dim_name(D d) {
    static const char* const names[] = {"organisation", "role", "setting", "period", "gender", "age", "course", "option"};
    return names[d];
  }

  // parent = Σ children over the whole dimension.
  void count_family(const Key& parent, D d) {
    if (!count_families_.insert(parent.code() * 16 + static_cast<std::uint64_t>(d)).second) return;
    Partition p;
    p.parent = count_var(parent);
    p.kind = dim_name(d);
    std::vector<std::pair<int, int>> terms = {{p.parent, -1}};
    for (std::size_t v = 0; v < d_.size(parent, d); ++v) {
      p.parts.push_back(count_var(child(parent, d, static_cast<std::uint8_t>(v))));
      terms.emplace_back(p.parts.back(), +1);
    }
    counts_.relate(terms, true);
    partitions_.push_back(std::move(p));
  }
  void sum_family(const Key& parent, D d) {
    if (!sum_families_.insert(parent.code() * 16 + static_cast<std::uint64_t>(d)).second) return;
    std::vector<std::pair<int, int>> terms = {{sum_var(parent), -1}};
    for (std::size_t v = 0; v < d_.size(parent, d); ++v) terms.emplace_back(sum_var(child(parent, d, static_cast<std::uint8_t>(v))), +1);
    sums_.relate(terms, true);
  }

  // The subset `part` of `whole`: whole = part + rest. Returns the rest.
  int subset(int part, int whole) {
    const auto [it, fresh] = subsets_.emplace(std::make_pair(part, whole), -1);
    if (!fresh) return it->second;
    const int rest = static_cast<int>(count_keys_.size());
    count_keys_.push_back(0);
    rest_of_.emplace_back(part, whole);
    counts_.add(0, Propagator<long long>::kInf);
    own_.resize(count_keys_.size(), {0, Propagator<long long>::kInf});
    counts_.relate({{whole, -1}, {part, +1}, {rest, +1}}, true);
    partitions_.push_back(Partition{whole, {part, rest}, "subset"});
    it->second = rest;
    return rest;
  }

  void count_relations(const Key& k) {
    for (D d : additive(k)) count_family(k[d] == kAny ? canonical(k) : parent_of(k, d), d);
    if (!overlapping_periods(k.measure) || d_.periods.empty()) return;
    const Key all = k.with(kPeriod, kAny);
    if (!count_families_.insert(all.code() * 16 + kPeriod).second) return;
    const int whole = count_var(all);
    // People: each quarter's are among all, and (when everyone was active) all ≤ Σ quarters;
    // pairs: one pair is in one quarter at most, so Σ quarters ≤ all.
    const bool people = k.measure == M::people;
    std::vector<std::pair<int, int>> terms = {{whole, people ? +1 : -1}};
    for (std::size_t q = 0; q < d_.periods.size(); ++q) {
      const int part = count_var(all.with(kPeriod, static_cast<std::uint8_t>(q)));
      if (people) subset(part, whole);
      terms.emplace_back(part, people ? -1 : +1);
    }
    if (!people || everyone_active_) counts_.relate(terms, false);
  }

  void sum_relations(const Key& k) {
    for (D d : additive(k)) sum_family(k[d] == kAny ? k : k.with(d, kAny), d);
    if (!overlapping_periods(k.measure) || d_.periods.empty()) return;
    const Key all = k.with(kPeriod, kAny);
    if (!sum_families_.insert(all.code() * 16 + kPeriod).second) return;
    const int whole = sum_var(all);
    std::vector<std::pair<int, int>> terms;
    for (std::size_t q = 0; q < d_.periods.size(); ++q) {
      const int part = sum_var(all.with(kPeriod, static_cast<std::uint8_t>(q)));
      if (k.measure == M::hours_touched) sums_.relate({{part, +1}, {whole, -1}}, false);
      terms.emplace_back(part, k.measure == M::hours_touched ? -1 : +1);
    }
    // hours: all ≤ Σ quarters (a course started and completed in two quarters counts in both);
    // pairs: Σ quarters ≤ all.
    terms.emplace_back(whole, k.measure == M::hours_touched ? +1 : -1);
    sums_.relate(terms, false);
  }

  // Sums over a subset of the same values, and the hours of all courses two ways.
  void sum_cross(const Key& k) {
    auto at_most = [&](const Key& part, const Key& whole) {
      if (!sum_cross_.insert({part.code(), whole.code()}).second) return;
      sums_.relate({{sum_var(part), +1}, {sum_var(whole), -1}}, false);
    };
    if (k.measure == M::before_sum) at_most(k, k.as(M::score_sum).with(kA, kT0));
    if (k.measure == M::after_sum) at_most(k, k.as(M::score_sum));
    if (k.measure == M::hours_touched && k[kPeriod] == kAny) {
      // Every course in a file is a course of the catalog (the file is refused otherwise).
      const Key courses = k.as(M::hours_started);
      if (sum_cross_.insert({k.code(), courses.code()}).second) sums_.relate({{sum_var(k), +1}, {sum_var(courses), -1}}, true);
    }
    if (k.measure == M::hours_started && k[kPeriod] == kAny && k[kA] == kAny) sum_cross(k.as(M::hours_touched));
  }

  // The group a sum is over.
  static Key counted(const Key& s) {
    switch (s.measure) {
      case M::hours_touched: return s.as(M::people);
      case M::hours_started: return s.as(M::started);
      case M::score_sum: return s.as(M::scored);
      default: return s.as(M::paired);
    }
  }
  double vmax(const Key& s) const {
    switch (s.measure) {
      case M::hours_touched: return d_.max_touched_hours;
      case M::hours_started: return kMaxModuleHours;
      default: return 100.0;
    }
  }

  // Who is necessarily among whom.
  void subsets(const Key& k, int v) {
    auto in = [&](const Key& whole) { return subset(v, count_var(whole)); };
    const Selection s = selection_of(k);
    switch (k.measure) {
      case M::started:
        if (k[kA] != kAny) in(group(M::people, s));
        break;
      case M::completed:
        if (k[kA] != kAny) in(group(M::people, s));
        if (k[kPeriod] == kAny) {
          in(k.as(M::started));
          if (k[kA] != kAny) in(group(M::could, s, kT1));
        }
        break;
      case M::answered:
      case M::managers: in(group(M::people, s)); break;
      case M::scored:
      case M::evaluated: in(group(M::answered, s, k[kA])); break;
      case M::top_two: in(k.as(M::evaluated)); break;
      case M::chose:
        if (!d_.single[k[kA]]) in(k.as(M::managers).with(kB, kAny));
        break;
      case M::paired:
        in(k.as(M::scored).with(kA, kT0));
        in(k.as(M::scored));
        break;
      case M::could:
        in(group(M::people, s));
        if (k[kA] == kT2) in(group(M::answered, s, kT1));
        // Who could answer T1 completed a course: at most as many as the completions.
        if (k[kA] == kT1) counts_.relate({{v, +1}, {count_var(group(M::completed, s)), -1}}, false);
        break;
      case M::dropped: {
        // could = dropped + (could and answered); the latter answered.
        const int answered_too = in(k.as(M::could));
        subset(answered_too, count_var(group(M::answered, s, k[kA])));
        break;
      }
      default: break;
    }
  }

  void read(const Shown& cell, const std::function<double(const Key&)>& noise_bound) {
    const Meaning& m = cell.meaning;
    if (m.kind == Meaning::count) {
      const int v = count_var(m.key);
      const auto [lo, hi] = model_.behind(cell.text);
      auto& own = own_[static_cast<std::size_t>(v)];
      own = {std::max(own.first, lo), std::min(own.second, hi)};
      counts_.narrow(v, lo, hi);
      return;
    }
    if (m.kind == Meaning::share) {
      const auto whole = test::figure_of(cell.other);
      if (!whole) return;
      const auto w = static_cast<long long>(std::llround(*whole));
      const auto share = test::figure_of(cell.text);
      if (!share) {
        hidden_shares_.push_back({count_var(m.key), w});
        return;
      }
      // The part's perturbed figure: the p' with 100·p'/w' shown as this share.
      long long low = -1, high = -1;
      for (long long p = 0; p <= w; ++p) {
        if (std::abs(100.0 * static_cast<double>(p) / static_cast<double>(w) - *share) > 0.05 + 1e-9) continue;
        if (low < 0) low = p;
        high = p;
      }
      if (low < 0) return;
      long long c_lo = Propagator<long long>::kInf, c_hi = -1;
      for (long long p = low; p <= high; ++p) {
        const auto [a, b] = model_.behind(std::to_string(p));
        c_lo = std::min(c_lo, a);
        c_hi = std::max(c_hi, b);
      }
      counts_.narrow(count_var(m.key), c_lo, c_hi);
      return;
    }
    const auto figure = test::figure_of(cell.text);
    const auto n_shown = test::figure_of(cell.other);
    if (!figure || !n_shown) return;
    SeenSum seen;
    seen.sum = sum_var(m.key);
    seen.count = count_var(m.other);
    seen.n = *n_shown;
    seen.bound = model_.noisy ? noise_bound(m.key) : 0.0;
    std::string& source = sum_source_[seen.sum];
    if (source.empty()) {
      source = std::string(m.kind == Meaning::sum ? "sum" : "mean") + " shown as " + cell.text + " with n' = " + cell.other;
    }
    if (m.kind == Meaning::sum) {
      seen.low = std::max(0.0, *figure - 0.05);
      seen.high = *figure + 0.05;
    } else {
      seen.low = std::max(0.0, (*figure - 0.05) * seen.n);
      seen.high = *figure >= m.high - 1e-9 ? Propagator<double>::kInf : (*figure + 0.05) * seen.n;
    }
    seen_sums_.push_back(seen);
  }

  // S' = S·n'/n + e with |e| ≤ bound: S ∈ [(S' − bound)·n_lo/n', (S' + bound)·n_hi/n'].
  void apply_sums() {
    for (std::size_t s = 0; s < sum_keys_.size(); ++s) {
      const auto [n_lo, n_hi] = count(sum_count_[s]);
      if (n_hi < Propagator<long long>::kInf) {
        sums_.narrow(static_cast<int>(s), 0.0, vmax(key_of(sum_keys_[s])) * static_cast<double>(n_hi));
      }
    }
    for (const SeenSum& seen : seen_sums_) {
      const auto [n_lo, n_hi] = count(seen.count);
      const double low = std::max(0.0, seen.low - seen.bound) * static_cast<double>(n_lo) / seen.n;
      const double high = seen.high >= Propagator<double>::kInf || n_hi >= Propagator<long long>::kInf
                              ? Propagator<double>::kInf
                              : (seen.high + seen.bound) * static_cast<double>(n_hi) / seen.n;
      sums_.narrow(seen.sum, low * (1 - 1e-9), high * (1 + 1e-9));
    }
  }

  // A hidden share whose whole w' is shown: the part's figure p' is 0–4 or w' − p' is 0–4.
  bool apply_shares() {
    bool changed = false;
    for (const auto& [part, w] : hidden_shares_) {
      const auto [lo, hi] = count(part);
      // Counts that can show as 0–4 (A) and counts that can show as w' − 4 or more (B).
      long long max_a = -1, min_b = -1;
      for (long long c = 0; c <= w + kNoiseBound + kSmallestShown; ++c) {
        const auto [a, b] = model_.shown_range(c);
        if (a < kSmallestShown) max_a = c;
        if (b >= w - (kSmallestShown - 1) && min_b < 0) min_b = c;
      }
      if (min_b < 0) min_b = Propagator<long long>::kInf;
      if (lo > max_a) changed = counts_.narrow(part, std::max(lo, min_b), hi) || changed;
      if (hi < min_b) changed = counts_.narrow(part, lo, std::min(hi, max_a)) || changed;
    }
    return changed;
  }

  struct SeenSum {
    int sum = 0, count = 0;
    double n = 1, low = 0, high = 0, bound = 0;
  };

  const Domains& d_;
  Model model_;
  bool everyone_active_ = false;
  Propagator<long long> counts_;
  Propagator<double> sums_;
  std::unordered_map<std::uint64_t, int> count_index_, sum_index_;
  std::vector<std::uint64_t> count_keys_, sum_keys_;
  std::vector<std::pair<int, int>> rest_of_;
  std::vector<int> sum_count_;
  std::unordered_set<std::uint64_t> count_families_, sum_families_;
  std::map<std::pair<int, int>, int> subsets_;
  std::set<std::pair<std::uint64_t, std::uint64_t>> sum_cross_;
  std::vector<Partition> partitions_;
  std::vector<std::pair<long long, long long>> own_;
  std::vector<SeenSum> seen_sums_;
  std::vector<std::pair<int, long long>> hidden_shares_;
  std::unordered_map<int, std::string> sum_source_;
  bool complete_ = true;
};

// ---- Reading every report -------------------------------------------------------------------------

std::vector<Selection> every_selection(const Domains& d, const FilterChoices& choices, bool at_most_two) {
  std::vector<std::uint8_t> orgs = {kAny}, roles = {kAny}, settings = {kAny}, periods = {kAny};
  for (const std::string& code : choices.organisations) {
    orgs.push_back(static_cast<std::uint8_t>(std::find(d.org_codes.begin(), d.org_codes.end(), code) - d.org_codes.begin()));
  }
  for (const std::string& id : choices.role_families) roles.push_back(static_cast<std::uint8_t>(option_of("role_family", id)));
  for (const std::string& id : choices.work_settings) settings.push_back(static_cast<std::uint8_t>(option_of("work_setting", id)));
  for (std::size_t q = 0; q < choices.periods.size(); ++q) periods.push_back(static_cast<std::uint8_t>(q));
  std::vector<Selection> out;
  for (auto o : orgs) {
    for (auto r : roles) {
      for (auto w : settings) {
        for (auto p : periods) {
          const int filters = (o != kAny) + (r != kAny) + (w != kAny) + (p != kAny);
          if (at_most_two && filters > 2) continue;
          out.push_back(Selection{o, r, w, p});
        }
      }
    }
  }
  return out;
}

ReportFilter filter_of(const Selection& s, const Domains& d) {
  ReportFilter f;
  auto option_id = [](const char* question, std::uint8_t v) {
    for (const auto& q : background_questions()) {
      if (std::string(q.id) == question) return std::string(q.options[v].id);
    }
    return std::string();
  };
  if (s.org != kAny) f.organisation = d.org_codes[s.org];
  if (s.role != kAny) f.role_family = option_id("role_family", s.role);
  if (s.setting != kAny) f.work_setting = option_id("work_setting", s.setting);
  if (s.period != kAny) f.period = d.periods[s.period];
  return f;
}

// What the attacker knows of the dimensions, from the unfiltered report and the content.
Domains domains_of(const Report& unfiltered, const Catalog& catalog) {
  Domains d;
  const ReportTable& organisations = unfiltered.tables.at(3);
  for (std::size_t r = 0; r + 1 < organisations.rows.size(); ++r) d.org_labels.push_back(organisations.rows[r].label);
  d.org_codes = unfiltered.choices.organisations;
  d.periods = unfiltered.choices.periods;
  d.roles = options_of("role_family");
  d.settings = options_of("work_setting");
  d.genders = options_of("gender");
  d.ages = options_of("age_band");
  d.courses = catalog.modules.size();
  d.items = catalog.instrument->evaluation.size();
  for (const auto& item : catalog.instrument->evaluation) d.item_in_t2.push_back(item.use);
  for (const auto& q : catalog.manager_survey->questions) {
    d.options.push_back(q.options.size());
    d.single.push_back(!q.multiple);
  }
  d.max_touched_hours = kMaxModuleHours * static_cast<double>(catalog.modules.size());
  return d;
}

struct Population {
  std::string name;
  const Workspace* workspace = nullptr;
  RecordKeys keys;
  bool at_most_two_filters = false;
};

// Every report of the population, read as the coordinator sees it. Checks, with the truth, that
// the layout's meaning of every cell is the one make_report gives it (Cell::n) and that a group
// shows the same figure wherever it appears.
struct Reading {
  Domains domains;
  std::unique_ptr<Truth> truth;  // for checking only
  Report unfiltered;
  Publication publication;
};

Reading read_reports(const Population& pop, const Catalog& catalog) {
  Reading reading;
  Publication& pub = reading.publication;
  const ReportSetup setup = test::setup_with(pop.keys);
  reading.unfiltered = make_report(*pop.workspace, catalog, ReportFilter{}, Lang::sv, setup);
  const Report& unfiltered = reading.unfiltered;
  reading.domains = domains_of(unfiltered, catalog);
  const Domains& d = reading.domains;
  reading.truth = std::make_unique<Truth>(*pop.workspace, catalog, d, setup);
  const Truth& truth = *reading.truth;
  std::unordered_map<std::uint64_t, std::string> seen;
  auto same = [&](const Key& k, int kind, const std::string& text) {
    const auto [it, fresh] = seen.emplace(k.code() * 4 + static_cast<std::uint64_t>(kind), text);
    if (!fresh && it->second != text && pub.problems.size() < 20) {
      pub.problems.push_back("one group, two figures: " + describe(k, d, catalog) + ": " + it->second + " and " + text);
    }
  };
  for (const Selection& s : every_selection(d, unfiltered.choices, pop.at_most_two_filters)) {
    const ReportFilter filter = filter_of(s, d);
    const Report report = filter.any() ? make_report(*pop.workspace, catalog, filter, Lang::sv, setup) : unfiltered;
    const Key everyone = group(M::people, s);
    if (report.too_small) {
      pub.too_small.push_back(everyone);
      continue;
    }
    ++pub.reports;
    pub.cells.push_back(Shown{Meaning{Meaning::count, everyone, Key{}, 0, 0}, cell_text(report.participants, Lang::sv), ""});
    const std::vector<Placed> cells = layout(d, s);
    bool fits = report.tables.size() == table_ids().size();
    for (std::size_t t = 0; fits && t < report.tables.size(); ++t) fits = report.tables[t].id == table_ids()[t];
    if (!fits) {
      pub.problems.push_back("the report's tables are not the ones the attacker knows");
      continue;
    }
    for (const Placed& p : cells) {
      const ReportTable& table = report.tables[p.table];
      if (p.row >= table.rows.size() || p.column >= table.rows[p.row].cells.size()) {
        if (pub.problems.size() < 20) pub.problems.push_back("no cell " + table.id + " " + std::to_string(p.row) + "/" + std::to_string(p.column));
        continue;
      }
      const Cell& cell = table.rows[p.row].cells[p.column];
      const Cell& other = table.rows[p.row].cells[p.other_column];
      Shown shown{p.meaning, cell_text(cell, Lang::sv), p.meaning.kind == Meaning::count ? "" : cell_text(other, Lang::sv)};
      // Checking only: the cell rests on the group the layout says.
      const Key counted = p.meaning.kind == Meaning::count ? p.meaning.key
                          : p.meaning.kind == Meaning::share ? p.meaning.other
                                                             : p.meaning.other;
      const long long n = truth.count(counted);
      if (n != cell.n && pub.problems.size() < 20) {
        pub.problems.push_back("layout: " + table.id + " row " + std::to_string(p.row) + " column " +
                               std::to_string(p.column) + " rests on " + std::to_string(cell.n) + ", not on " +
                               describe(counted, d, catalog) + " = " + std::to_string(n));
      }
      if (p.meaning.kind == Meaning::sum || p.meaning.kind == Meaning::mean) {
        // The shown sum lies within the noise's bound of the true one scaled to n'.
        const auto value = test::figure_of(shown.text);
        const auto n_shown = test::figure_of(shown.other);
        if (value && n_shown && n > 0) {
          const SumTruth t = truth.sum(p.meaning.key);
          const double bound = kMagnitudeShare * std::max(t.largest, Attacker::floor_of(p.meaning.key));
          const double centre = t.sum * *n_shown / static_cast<double>(n);
          double low = std::max(0.0, centre - bound), high = centre + bound;
          if (p.meaning.kind == Meaning::mean) {
            low = std::clamp(low / *n_shown, p.meaning.low, p.meaning.high);
            high = std::clamp(high / *n_shown, p.meaning.low, p.meaning.high);
          }
          if ((*value < low - 0.0501 || *value > high + 0.0501) && pub.problems.size() < 20) {
            pub.problems.push_back("sum out of its bound: " + table.id + " " + describe(p.meaning.key, d, catalog) +
                                   " shows " + shown.text);
          }
        }
      }
      same(p.meaning.key, static_cast<int>(p.meaning.kind), shown.text);
      pub.cells.push_back(std::move(shown));
    }
  }
  return reading;
}

// The same reports as the old unprotected tables would have shown them: true counts, 1–4 hidden,
// sums and means exact, shares hidden as before; a report of fewer than 10 true people not made.
Publication unprotected(const Population& pop, const Domains& d, const Truth& truth,
                        const FilterChoices& choices) {
  Publication pub;
  auto count_text = [](long long n) {
    if (n > 0 && n < kSmallestShown) return std::string(kHiddenSymbol);
    return std::to_string(n);
  };
  auto decimal = [](double v) {
    Cell c;
    c.show = Cell::Show::figure;
    c.value = v;
    c.decimal = true;
    return cell_text(c, Lang::sv);
  };
  for (const Selection& s : every_selection(d, choices, pop.at_most_two_filters)) {
    const Key everyone = group(M::people, s);
    const long long people = truth.count(everyone);
    const bool filtered = s.org != kAny || s.role != kAny || s.setting != kAny || s.period != kAny;
    if (filtered && people < kSmallestFilteredReport) {
      pub.too_small.push_back(everyone);
      continue;
    }
    ++pub.reports;
    for (const Placed& p : layout(d, s)) {
      const Meaning& m = p.meaning;
      Shown shown{m, "", ""};
      if (m.kind == Meaning::count) {
        shown.text = count_text(truth.count(m.key));
      } else if (m.kind == Meaning::share) {
        const long long part = truth.count(m.key), whole = truth.count(m.other);
        shown.other = count_text(whole);
        shown.text = part < kSmallestShown || whole < kSmallestShown || whole - part < kSmallestShown
                         ? std::string(kHiddenSymbol)
                         : decimal(100.0 * static_cast<double>(part) / static_cast<double>(whole));
      } else {
        const long long n = truth.count(m.other);
        shown.other = count_text(n);
        const double sum = truth.sum(m.key).sum;
        if (n < kSmallestShown) {
          shown.text = kHiddenSymbol;
        } else {
          shown.text = decimal(m.kind == Meaning::sum ? sum : std::clamp(sum / static_cast<double>(n), m.low, m.high));
        }
      }
      pub.cells.push_back(std::move(shown));
    }
  }
  return pub;
}

// ---- What the attacker found ----------------------------------------------------------------------

struct Findings {
  std::size_t pinned_small = 0;          // (i) true 1–4 counts narrowed to one value
  std::size_t pinned_hidden_small = 0;   // of those, published only as ".." (or not at all)
  std::size_t disclosures = 0;           // (ii) partitions of 1–4 people with one possible part
  std::size_t narrow_sums = 0;           // (iii) sums of 1–4 people narrower than 1 hour / 10 points
  std::size_t unsound = 0;               // the truth outside the attacker's interval
  std::size_t narrowed_cells = 0;        // published counts narrowed beyond their own text
  long long narrowest_small = -1;        // the narrowest interval of a true 1–4 count (hi − lo)
  double narrowest_hours = -1;           // the narrowest interval of the hours of 1–4 people
  double narrowest_score = -1;           // the narrowest interval of a score sum of 1–4 people
  std::map<std::string, std::size_t> narrow_sums_by_kind;  // (iii) by quantity, shown or derived
  std::vector<std::string> examples;     // the first few of each failure
};

Findings judge(const Attacker& attacker, const Truth& truth, const Domains& d, const Catalog& catalog) {
  Findings f;
  // A rest (whole minus part) comes after its whole and its part.
  std::vector<long long> true_count(attacker.count_size());
  for (std::size_t v = 0; v < attacker.count_size(); ++v) {
    if (!attacker.is_rest(v)) {
      true_count[v] = truth.count(attacker.count_key(v));
    } else {
      const auto [part, whole] = attacker.rest_of(v);
      true_count[v] = true_count[static_cast<std::size_t>(whole)] - true_count[static_cast<std::size_t>(part)];
    }
  }
  auto name = [&](std::size_t v) -> std::string {
    if (!attacker.is_rest(v)) return describe(attacker.count_key(v), d, catalog);
    const auto [part, whole] = attacker.rest_of(v);
    return "(" + describe(attacker.count_key(static_cast<std::size_t>(whole)), d, catalog) + ") minus (" +
           (attacker.is_rest(static_cast<std::size_t>(part)) ? std::string("a rest")
                                                               : describe(attacker.count_key(static_cast<std::size_t>(part)), d, catalog)) +
           ")";
  };
  auto example = [&](const std::string& what) {
    if (f.examples.size() < 40) f.examples.push_back(what);
  };
  if (attacker.count_conflict() >= 0) {
    ++f.unsound;
    const auto v = static_cast<std::size_t>(attacker.count_conflict());
    example("UNSOUND: the first contradiction is at " + name(v) + " (truly " + std::to_string(true_count[v]) + ")");
  }
  if (attacker.sum_conflict() >= 0) {
    ++f.unsound;
    const Key k = attacker.sum_key(static_cast<std::size_t>(attacker.sum_conflict()));
    example("UNSOUND: the first sum contradiction is at " + describe(k, d, catalog) + " (truly " +
            std::to_string(truth.sum(k).sum) + ")");
  }
  for (std::size_t v = 0; v < attacker.count_size(); ++v) {
    const auto [lo, hi] = attacker.count(static_cast<int>(v));
    const long long n = true_count[v];
    if (n < lo || n > hi) {
      ++f.unsound;
      example("UNSOUND: " + name(v) + " is " + std::to_string(n) + ", attacker says " + std::to_string(lo) + ".." +
              std::to_string(hi));
    }
    if (attacker.published(v)) {
      const auto [own_lo, own_hi] = attacker.own(v);
      if (lo > own_lo || hi < own_hi) ++f.narrowed_cells;
    }
    if (n < 1 || n >= kSmallestShown) continue;
    if (f.narrowest_small < 0 || hi - lo < f.narrowest_small) f.narrowest_small = hi - lo;
    if (lo == hi) {
      ++f.pinned_small;
      if (!attacker.published(v) || attacker.own(v).first != attacker.own(v).second) ++f.pinned_hidden_small;
      example("(i) pinned: " + name(v) + " = " + std::to_string(n));
    }
  }
  for (const Partition& p : attacker.partitions()) {
    const long long n = true_count[static_cast<std::size_t>(p.parent)];
    if (n < 1 || n >= kSmallestShown) continue;
    if (attacker.count(p.parent).first < 1) continue;
    std::size_t possible = 0;
    int the_one = -1;
    for (int part : p.parts) {
      if (attacker.count(part).second > 0) {
        ++possible;
        the_one = part;
      }
    }
    if (possible != 1) continue;
    ++f.disclosures;
    example("(ii) all " + std::to_string(n) + " of " + name(static_cast<std::size_t>(p.parent)) + " are in " +
            name(static_cast<std::size_t>(the_one)) + " (" + p.kind + ")");
  }
  for (std::size_t s = 0; s < attacker.sum_size(); ++s) {
    const Key k = attacker.sum_key(s);
    const long long n = true_count[static_cast<std::size_t>(attacker.sum_count(s))];
    const auto [lo, hi] = attacker.sum(s);
    const double truth_sum = truth.sum(k).sum;
    const double slack = 1e-6 * (1 + truth_sum);
    if (truth_sum < lo - slack || truth_sum > hi + slack) {
      ++f.unsound;
      example("UNSOUND: " + describe(k, d, catalog) + " is " + std::to_string(truth_sum) + ", attacker says " +
              std::to_string(lo) + ".." + std::to_string(hi));
    }
    if (n < 1 || n >= kSmallestShown) continue;
    const double width = hi - lo;
    if (Attacker::is_hours(k)) {
      if (f.narrowest_hours < 0 || width < f.narrowest_hours) f.narrowest_hours = width;
    } else if (f.narrowest_score < 0 || width < f.narrowest_score) {
      f.narrowest_score = width;
    }
    if (width < Attacker::uncertainty_of(k)) {
      ++f.narrow_sums;
      char line[200];
      std::snprintf(line, sizeof line, " of %lld people is %.2f, attacker: %.2f..%.2f (width %.2f); ", n, truth_sum, lo,
                    hi, width);
      const std::string source = attacker.sum_source(s);
      ++f.narrow_sums_by_kind[describe(Key{}.as(k.measure), d, catalog) + (source.empty() ? " (derived)" : " (shown)")];
      example("(iii) " + describe(k, d, catalog) + line + (source.empty() ? "not shown: derived from the relations" : source));
    }
  }
  return f;
}

struct Outcome {
  Findings protected_tables, old_tables;
};

// Attacks one population through every report, protected and (for the check that the attacker
// sees anything at all) unprotected, prints the figures and returns what it found.
using Watch = std::function<void(const Attacker&, const Truth&, const Domains&)>;

Outcome attack(const Population& pop, const Catalog& catalog, bool expect_every_table_shown, const Watch& watch = {}) {
  const auto start = std::chrono::steady_clock::now();
  const Reading reading = read_reports(pop, catalog);
  const Domains& d = reading.domains;
  const Truth* truth = reading.truth.get();
  const Report& unfiltered = reading.unfiltered;
  const Publication& pub = reading.publication;
  for (const std::string& problem : pub.problems) ADD_FAILURE() << pop.name << ": " << problem;
  if (expect_every_table_shown) {
    // (v) No over-hiding: every table of the unfiltered report shows figures.
    for (const ReportTable& table : unfiltered.tables) {
      bool any = false;
      for (const ReportRow& row : table.rows) {
        for (const Cell& cell : row.cells) any = any || cell.shown();
      }
      EXPECT_TRUE(any) << pop.name << ": the unfiltered table " << table.id << " shows no figure";
    }
  }
  const double reading_time = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  auto noise_bound = [truth](const Key& k) {
    return kMagnitudeShare * std::max(truth->sum(k).largest, Attacker::floor_of(k));
  };
  bool everyone_active = true;
  for (const auto& [code, file] : pop.workspace->participants) {
    everyone_active = everyone_active && (!file.rounds.empty() || !file.modules.empty() || file.manager);
  }
  Attacker attacker(d, Model{true}, pub, noise_bound, everyone_active);
  attacker.run();
  EXPECT_TRUE(attacker.complete()) << pop.name << ": propagation stopped at its step limit";
  Outcome out;
  out.protected_tables = judge(attacker, *truth, d, catalog);

  const Publication old = unprotected(pop, d, *truth, unfiltered.choices);
  Attacker old_attacker(d, Model{false}, old, noise_bound, everyone_active);
  old_attacker.run();
  out.old_tables = judge(old_attacker, *truth, d, catalog);
  const double total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  const Findings& f = out.protected_tables;
  std::printf(
      "[attack] %s: %d reports made, %zu too small; %zu published cells; %zu count + %zu sum unknowns; %zu relations; "
      "%zu published counts narrowed beyond their own text; narrowest interval of a true 1-4 count: %lld; "
      "narrowest interval of 1-4 people's hours: %.2f h, of their score sum: %.1f points; pinned 1-4 counts %zu, "
      "disclosures %zu, narrow sums %zu, "
      "unsound %zu | old unprotected tables: pinned hidden 1-4 counts %zu, disclosures %zu, narrow sums %zu, unsound %zu "
      "| %.1f s (reports %.1f s)\n",
      pop.name.c_str(), pub.reports, pub.too_small.size(), pub.cells.size(), attacker.count_unknowns(),
      attacker.sum_unknowns(), attacker.relations(), f.narrowed_cells, f.narrowest_small, f.narrowest_hours, f.narrowest_score,
      f.pinned_small, f.disclosures, f.narrow_sums, f.unsound, out.old_tables.pinned_hidden_small, out.old_tables.disclosures,
      out.old_tables.narrow_sums, out.old_tables.unsound, total, reading_time);
  for (const auto& [kind, n] : f.narrow_sums_by_kind) std::printf("[attack]   (iii) %zu x %s\n", n, kind.c_str());
  if (watch) watch(attacker, *truth, d);
  std::fflush(stdout);
  EXPECT_EQ(attacker.count_conflict(), -1) << pop.name << ": the attacker's intervals contradict each other";
  EXPECT_EQ(attacker.sum_conflict(), -1) << pop.name << ": the attacker's sum intervals contradict each other";
  EXPECT_EQ(f.unsound, 0u) << pop.name << ": the attacker's table semantics exclude the truth";
  EXPECT_EQ(out.old_tables.unsound, 0u) << pop.name << ": the attacker's table semantics exclude the truth (old tables)";
  EXPECT_EQ(f.pinned_small, 0u) << pop.name << ": (i) counts of 1-4 people worked out";
  EXPECT_EQ(f.disclosures, 0u) << pop.name << ": (ii) what all of 1-4 people share worked out";
  EXPECT_EQ(f.narrow_sums, 0u) << pop.name << ": (iii) hours or scores of 1-4 people pinned down";
  for (const std::string& e : f.examples) ADD_FAILURE() << pop.name << ": " << e;
  for (const std::string& e : out.old_tables.examples) {
    if (e.rfind("UNSOUND", 0) == 0) ADD_FAILURE() << pop.name << " (old tables): " << e;
  }
  return out;
}

// ---- The tests ------------------------------------------------------------------------------------

TEST(PrivacyAttack, ReadsThePerturbationTableAsPublished) {
  const Model noisy{true}, exact{false};
  // ".." is 0–7 true people, "5" is 3–8, "12" is 9–15; a count of 1 or 2 is never shown.
  EXPECT_EQ(noisy.behind(".."), (std::pair<long long, long long>{0, 7}));
  EXPECT_EQ(noisy.behind("5"), (std::pair<long long, long long>{3, 8}));
  EXPECT_EQ(noisy.behind("12"), (std::pair<long long, long long>{9, 15}));
  EXPECT_LT(noisy.shown_range(2).second, kSmallestShown);
  EXPECT_EQ(noisy.too_small_limit(), 12);
  EXPECT_EQ(exact.behind(".."), (std::pair<long long, long long>{1, 4}));
  EXPECT_EQ(exact.behind("12"), (std::pair<long long, long long>{12, 12}));
}

TEST(PrivacyAttack, PropagationWorksOutADifference) {
  // 10 = a + b with a shown exactly as 7: b is 3; with noise, b stays open.
  Propagator<long long> p;
  const int total = p.add(10, 10), a = p.add(7, 7), b = p.add(0, Propagator<long long>::kInf);
  p.relate({{total, -1}, {a, +1}, {b, +1}}, true);
  p.build();
  ASSERT_TRUE(p.run());
  EXPECT_EQ(p.lo[static_cast<std::size_t>(b)], 3);
  EXPECT_EQ(p.hi[static_cast<std::size_t>(b)], 3);
}

TEST(PrivacyAttack, IssuePopulationEveryReport) {
  const Catalog catalog = test::wide_catalog();
  const test::IssuePopulation issue = test::issue_population(catalog);
  ASSERT_EQ(issue.workspace.participants.size(), 2000u);
  Population pop{"issue population (2,000 people)", &issue.workspace, test::keys_for(issue.workspace, 1), quick_attack()};
  // What the attacker knows about the people the issue names, for the record.
  const Watch watch = [&](const Attacker& attacker, const Truth& truth, const Domains& d) {
    auto org = [&](const std::string& code) {
      return static_cast<std::uint8_t>(std::find(d.org_codes.begin(), d.org_codes.end(), code) - d.org_codes.begin());
    };
    auto person = [](const char* question, const char* answer) {
      return static_cast<std::uint8_t>(option_of(question, answer));
    };
    std::vector<Key> keys;
    Key k = group(M::people, Selection{});
    keys.push_back(k.with(kGender, person("gender", "annat")));
    keys.push_back(k.with(kGender, person("gender", "annat")).with(kOrg, org(issue.other_gender_organisation)));
    keys.push_back(k.with(kGender, person("gender", "annat")).with(kRole, person("role_family", "funktionsstod")));
    keys.push_back(k.with(kGender, person("gender", "man")).with(kAge, person("age_band", "55-plus")));
    keys.push_back(k.with(kGender, person("gender", "man")).with(kAge, person("age_band", "55-plus")).with(kOrg, org(issue.older_men_organisation)));
    keys.push_back(k.with(kOrg, org(issue.tiny_organisation)));
    keys.push_back(k.with(kOrg, org(issue.six_organisation)));
    keys.push_back(k.with(kOrg, org(issue.tiny_organisation)).with(kRole, person("role_family", "chef")));
    Selection tiny;
    tiny.org = org(issue.tiny_organisation);
    for (std::uint8_t q = 0; q < d.options.size(); ++q) {
      keys.push_back(group(M::managers, tiny, q));
      keys.push_back(group(M::chose, tiny, q, 0));
    }
    for (const Key& key : keys) {
      const auto v = attacker.find_count(key);
      if (!v) continue;
      const auto [lo, hi] = attacker.count(*v);
      std::printf("[attack]   %s: truly %lld, attacker %lld..%lld\n", describe(key, d, catalog).c_str(), truth.count(key), lo, hi);
    }
    const Key hours = group(M::hours_touched, tiny);
    if (const auto s = attacker.find_sum(hours)) {
      const auto [lo, hi] = attacker.sum(static_cast<std::size_t>(*s));
      std::printf("[attack]   %s: truly %.2f, attacker %.2f..%.2f\n", describe(hours, d, catalog).c_str(), truth.sum(hours).sum, lo, hi);
    }
  };
  const Outcome out = attack(pop, catalog, true, watch);
  // (iv) The attacker is not blind: on the old unprotected tables it works out hidden small
  // counts, what small groups share, and small groups' sums.
  EXPECT_GT(out.old_tables.pinned_hidden_small, 0u);
  EXPECT_GT(out.old_tables.disclosures, 0u);
  EXPECT_GT(out.old_tables.narrow_sums, 0u);
}

TEST(PrivacyAttack, RandomSmallPopulationsAndSecrets) {
  const Catalog catalog = test::wide_catalog();
  std::mt19937 rng(20260917);
  const int populations = quick_attack() ? 2 : 5;
  std::size_t old_pinned = 0, old_disclosures = 0, old_sums = 0;
  for (int i = 0; i < populations; ++i) {
    const int people = test::uniform(rng, 60, 400);
    const Workspace ws = test::small_attack_population(rng, catalog, people, i % 2 == 1);
    for (std::uint64_t secret : {std::uint64_t{11}, std::uint64_t{12}}) {
      Population pop{"random population " + std::to_string(i) + " (" + std::to_string(ws.participants.size()) +
                         " people), secret " + std::to_string(secret),
                     &ws, test::keys_for(ws, secret + 100 * static_cast<std::uint64_t>(i)), quick_attack()};
      const Outcome out = attack(pop, catalog, false);
      old_pinned += out.old_tables.pinned_hidden_small;
      old_disclosures += out.old_tables.disclosures;
      old_sums += out.old_tables.narrow_sums;
    }
  }
  // (iv) as above, over all the random populations.
  EXPECT_GT(old_pinned, 0u);
  EXPECT_GT(old_disclosures, 0u);
  EXPECT_GT(old_sums, 0u);
}

}  // namespace
}  // namespace dl
