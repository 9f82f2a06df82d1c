// The proof the issue asks for: no hidden value can be worked out from any published table. An
// exact "attacker" reads only what a reader sees (the cell texts, and which cells add up to which
// total) plus the rule ("<5" is 1 to 4, "x" is 0 or 5 and more), lists every set of values for the
// hidden cells that fits, and requires at least two possible values for each hidden cell. It runs
// over every table of make_report for many random small populations, with and without filters,
// and over hand-made edge cases. Also: filtered minus unfiltered never shows a group of 1–4.
#include "core/suppression.hpp"

#include <algorithm>
#include <optional>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "core/participant_code.hpp"
#include "core/report.hpp"
#include "fixtures.hpp"

namespace dl {
namespace {

// ---- The attacker ---------------------------------------------------------------------------------

struct Attacker {
  struct Term {
    std::size_t unknown;
    int coefficient;
  };
  struct Equation {
    std::vector<Term> terms;
    long long constant = 0;  // sum of coefficient × unknown must equal this
  };
  std::vector<CellRef> unknowns;
  std::vector<bool> small;  // "<5"
  std::vector<Equation> equations;
  long long cap = 0;
  std::vector<std::optional<long long>> value;

  // What the text of a count cell tells: nothing (hidden) or its number.
  static std::optional<long long> shown(const std::string& text) {
    if (text == "<5" || text == "x") return std::nullopt;
    if (text == "–") return 0;
    return std::stoll(text);
  }

  // `cap` must be at least every true count of the table; a lower bound on what the attacker may
  // try only makes the attacker stronger, so a table that passes is safe.
  Attacker(const ReportTable& table, long long bound) : cap(bound) {
    for (const TableSum& sum : table.sums) {
      Equation e;
      auto add = [&](CellRef ref, int coefficient) {
        const std::string text = cell_text(table.at(ref), Lang::sv);
        if (auto v = shown(text)) {
          e.constant -= coefficient * *v;
          return;
        }
        auto it = std::find(unknowns.begin(), unknowns.end(), ref);
        if (it == unknowns.end()) {
          unknowns.push_back(ref);
          small.push_back(text == "<5");
          it = unknowns.end() - 1;
        }
        e.terms.push_back(Term{static_cast<std::size_t>(it - unknowns.begin()), coefficient});
      };
      for (const CellRef& part : sum.parts) add(part, 1);
      add(sum.total, -1);
      equations.push_back(std::move(e));
    }
  }

  long long low(std::size_t u) const { return small[u] ? 1 : 0; }
  long long high(std::size_t u) const { return small[u] ? 4 : cap; }
  bool allowed(std::size_t u, long long v) const {
    return small[u] ? (v >= 1 && v <= 4) : (v == 0 || (v >= kMinGroupSize && v <= cap));
  }

  bool solve() {
    std::size_t best = equations.size();
    std::size_t best_open = SIZE_MAX;
    for (std::size_t e = 0; e < equations.size(); ++e) {
      long long rest = equations[e].constant, least = 0, most = 0;
      std::size_t open = 0;
      for (const Term& t : equations[e].terms) {
        if (value[t.unknown]) {
          rest -= t.coefficient * *value[t.unknown];
          continue;
        }
        ++open;
        const long long a = t.coefficient * low(t.unknown), b = t.coefficient * high(t.unknown);
        least += std::min(a, b);
        most += std::max(a, b);
      }
      if (rest < least || rest > most) return false;
      if (open > 0 && open < best_open) {
        best = e;
        best_open = open;
      }
    }
    if (best == equations.size()) return true;
    for (const Term& t : equations[best].terms) {
      if (value[t.unknown]) continue;
      for (long long v = low(t.unknown); v <= high(t.unknown); ++v) {
        if (!allowed(t.unknown, v)) continue;
        value[t.unknown] = v;
        if (solve()) return true;
      }
      value[t.unknown] = std::nullopt;
      return false;
    }
    return false;
  }

  // How many values (0, 1 or "2 or more") the unknown `u` can take.
  int possible_values(std::size_t u) {
    int found = 0;
    for (long long v = low(u); v <= high(u) && found < 2; ++v) {
      if (!allowed(u, v)) continue;
      value.assign(unknowns.size(), std::nullopt);
      value[u] = v;
      if (solve()) ++found;
    }
    return found;
  }
};

long long largest_count(const ReportTable& table) {
  long long most = 0;
  for (const TableSum& sum : table.sums) {
    std::vector<CellRef> cells = sum.parts;
    cells.push_back(sum.total);
    for (const CellRef& ref : cells) {
      if (table.at(ref).value) most = std::max(most, static_cast<long long>(std::llround(*table.at(ref).value)));
    }
  }
  return most;
}

// The hidden cells of `table` a reader could pin to one value ("" when there are none).
std::string derivable(const ReportTable& table) {
  Attacker attacker(table, largest_count(table) + kMinGroupSize);
  std::string out;
  for (std::size_t u = 0; u < attacker.unknowns.size(); ++u) {
    if (attacker.possible_values(u) < 2) {
      const CellRef ref = attacker.unknowns[u];
      out += table.id + " row " + std::to_string(ref.row) + " (" + table.rows[ref.row].label + ") column " +
             std::to_string(ref.column) + "; ";
    }
  }
  return out;
}

std::string show(const ReportTable& table) {
  std::string out = table.id + "\n";
  for (const auto& row : table.rows) {
    out += "  " + row.label + ":";
    for (const auto& cell : row.cells) out += " " + cell_text(cell, Lang::sv) + "(" + std::to_string(cell.n) + ")";
    out += "\n";
  }
  return out;
}

// ---- The attacker and the rule on hand-made tables -----------------------------------------------

// One column of counts with a total row under it.
ReportTable column(const std::vector<int>& counts) {
  ReportTable table;
  table.id = "test";
  TableSum sum;
  int total = 0;
  for (int n : counts) {
    sum.parts.push_back(CellRef{table.rows.size(), 0});
    table.rows.push_back(ReportRow{"r", {count_cell(n)}, false});
    total += n;
  }
  sum.total = CellRef{table.rows.size(), 0};
  table.rows.push_back(ReportRow{"total", {count_cell(total)}, true});
  table.sums.push_back(sum);
  return table;
}

TEST(Attacker, FindsAHiddenCellBesideAPublishedTotal) {
  ReportTable table = column({3, 10, 12});  // only primary suppression: 3 = 25 - 10 - 12
  EXPECT_NE(derivable(table), "");
  EXPECT_FALSE(hidden_value_can_differ(table, CellRef{0, 0}));
}

TEST(Attacker, FindsTheOneNextToAFiveWithTotalSix) {
  ReportTable table = column({1, 5});
  hide_as_secondary(table.rows[1].cells[0]);  // "x" is 0 or 5+, so 6 = 1 + 5 only
  EXPECT_NE(derivable(table), "");
  EXPECT_FALSE(hidden_value_can_differ(table, CellRef{0, 0}));
}

TEST(Attacker, TwoSmallCellsProtectEachOther) {
  ReportTable table = column({2, 3, 10});  // 2 + 3 = 5: (1,4), (2,3), (3,2), (4,1)
  EXPECT_EQ(derivable(table), "");
  EXPECT_TRUE(hidden_value_can_differ(table, CellRef{0, 0}));
}

TEST(Secondary, HidesTheSmallestNeighbour) {
  ReportTable table = column({3, 10, 7, 0});
  EXPECT_TRUE(suppress_secondary(table));
  EXPECT_EQ(cell_text(table.rows[2].cells[0], Lang::sv), "x");
  EXPECT_EQ(cell_text(table.rows[1].cells[0], Lang::sv), "10");
  EXPECT_EQ(cell_text(table.rows[4].cells[0], Lang::sv), "20");
  EXPECT_EQ(derivable(table), "") << show(table);
}

TEST(Secondary, OneAndFiveWithTotalSixHidesTheTotal) {
  ReportTable table = column({1, 5, 0});
  EXPECT_TRUE(suppress_secondary(table));
  EXPECT_TRUE(table.rows[3].cells[0].suppressed) << show(table);
  EXPECT_EQ(derivable(table), "") << show(table);
}

TEST(Secondary, HandMadeColumns) {
  const std::vector<std::vector<int>> cases = {
      {},         {0},          {1},          {4},          {5},           {6},          {1, 5},
      {4, 5},     {1, 5, 5},    {5, 5, 1},    {1, 1, 1, 1}, {1, 2, 30},    {4, 0, 0, 9}, {2, 2},
      {1, 0, 0},  {3, 6, 0, 0}, {1, 4, 5, 6}, {9, 1, 9, 1}, {100, 3, 200}, {1, 5, 5, 5}, {0, 0, 0, 4, 5, 0}};
  for (const auto& counts : cases) {
    ReportTable table = column(counts);
    if (!suppress_secondary(table)) withhold(table, Lang::sv);
    EXPECT_EQ(derivable(table), "") << show(table);
  }
}

TEST(Secondary, FourGroupsOfOneCannotBeProtectedAndAreWithheld) {
  ReportTable table = column({1, 1, 1, 1});
  EXPECT_FALSE(suppress_secondary(table));
  withhold(table, Lang::en);
  EXPECT_TRUE(table.rows.empty());
  EXPECT_TRUE(table.sums.empty());
  EXPECT_NE(table.note.find("not shown"), std::string::npos);
}

TEST(Differencing, HidesWhenTheRestIsSmall) {
  Cell fine = count_cell(8);
  hide_difference(fine, count_cell(10));
  EXPECT_EQ(cell_text(fine, Lang::sv), "x");
  Cell same = count_cell(8);
  hide_difference(same, count_cell(8));
  EXPECT_EQ(cell_text(same, Lang::sv), "8");
  Cell far = count_cell(8);
  hide_difference(far, count_cell(13));
  EXPECT_EQ(cell_text(far, Lang::sv), "8");
  Cell none = count_cell(0);
  hide_difference(none, count_cell(3));
  EXPECT_EQ(cell_text(none, Lang::sv), "–");
}

// ---- Random populations ----------------------------------------------------------------------------

// The fixture catalog with three more courses, so the course table has rows of every size.
Catalog wide_catalog() {
  Catalog catalog = test::fixture_catalog();
  for (int i = 0; i < 3; ++i) {
    Module extra = catalog.modules[static_cast<std::size_t>(i % 2)];
    extra.id = "extra-" + std::to_string(i);
    extra.title = LocalText{"Extra " + std::to_string(i), ""};
    catalog.modules.push_back(extra);
  }
  return catalog;
}

const std::vector<Period> kQuarters = {Period{2026, 1}, Period{2026, 2}, Period{2026, 3}};

template <typename T>
const T& pick(std::mt19937& rng, const std::vector<T>& from) {
  return from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng)];
}

bool chance(std::mt19937& rng, double p) { return std::uniform_real_distribution<double>(0, 1)(rng) < p; }

ResultFile random_person(std::mt19937& rng, const Catalog& catalog, std::uint64_t n) {
  static const std::vector<std::string> genders = {"kvinna", "kvinna", "man", "annat", ""};
  static const std::vector<std::string> ages = {"upto-29", "30-54", "30-54", "55-plus", ""};
  static const std::vector<std::string> roles = {"omsorg", "omsorg", "funktionsstod", "halso-sjukvard",
                                                 "handlaggning-utveckling", "chef", ""};
  static const std::vector<std::string> organisations = {"a", "a", "b", "c", "d", "e", "f", ""};
  ResultFile f;
  f.participant = make_participant_code(n);
  f.exported = kQuarters.back();
  f.background.gender = pick(rng, genders);
  f.background.age_band = pick(rng, ages);
  f.background.role_family = pick(rng, roles);
  f.programme = make_participant_code(424242u);
  if (const std::string& org = pick(rng, organisations); !org.empty()) f.organisation = org;
  for (const Module& m : catalog.modules) {
    if (!chance(rng, 0.4)) continue;
    ModuleRecord record{m.id, pick(rng, kQuarters), std::nullopt, 0.25 * std::uniform_int_distribution<int>(0, 20)(rng)};
    if (chance(rng, 0.6)) record.completed = std::max(record.started, pick(rng, kQuarters));
    f.modules.push_back(record);
  }
  for (Round round : kAllRounds) {
    if (!chance(rng, round == Round::t0 ? 0.8 : 0.5)) continue;
    AssessmentRound r;
    r.instrument_id = catalog.instrument->id;
    r.round = round;
    r.period = pick(rng, kQuarters);
    for (const Statement& s : catalog.instrument->statements) r.answers[s.id] = std::uniform_int_distribution<int>(-1, 3)(rng);
    for (const EvaluationItem& item : catalog.instrument->evaluation) {
      if (round == Round::t1 || (round == Round::t2 && item.use)) r.evaluation[item.id] = std::uniform_int_distribution<int>(1, 5)(rng);
    }
    f.rounds.push_back(r);
  }
  if (chance(rng, 0.3)) {
    ManagerRecord manager{catalog.manager_survey->id, pick(rng, kQuarters), {}};
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

Workspace random_workspace(std::mt19937& rng, const Catalog& catalog, int people) {
  Workspace ws;
  for (int i = 0; i < people; ++i) {
    ResultFile f = random_person(rng, catalog, static_cast<std::uint64_t>(i) * 104729u + 7u);
    ws.participants.emplace(f.participant, f);
  }
  return ws;
}

// Every hidden count keeps two possible values, figures resting on a hidden count are hidden, and
// the count of all participants reads the same in every table.
void expect_safe(const Report& report, const std::string& context) {
  std::set<std::string> everyone;
  for (const ReportTable& table : report.tables) {
    EXPECT_EQ(derivable(table), "") << context << "\n" << show(table);
    if (table.rows.empty()) continue;  // withheld
    for (const ReportRow& row : table.rows) {
      for (const Cell& cell : row.cells) {
        if (cell.n >= 1 && cell.n < kMinGroupSize) {
          EXPECT_TRUE(cell.suppressed) << context << " " << table.id;
        }
      }
    }
    if (table.id == "deltagare-kon-alder") everyone.insert(cell_text(table.rows.back().cells.back(), Lang::sv));
    if (table.id == "deltagare-yrkesgrupp" || table.id == "deltagare-organisation" || table.id == "timmar") {
      everyone.insert(cell_text(table.rows.back().cells[0], Lang::sv));
      for (const ReportRow& row : table.rows) {
        for (std::size_t c = 1; c < row.cells.size(); ++c) {
          if (row.cells[0].suppressed) {
            EXPECT_TRUE(row.cells[c].suppressed) << context << " " << table.id;
          }
        }
      }
    }
    if (table.id == "svarsfrekvens") {
      for (const ReportRow& row : table.rows) {
        everyone.insert(cell_text(row.cells[0], Lang::sv));
        if (row.cells[0].suppressed || row.cells[1].suppressed) {
          EXPECT_TRUE(row.cells[2].suppressed) << context;
        }
        if (row.cells[3].suppressed) {
          EXPECT_TRUE(row.cells[4].suppressed) << context;
        }
      }
    }
    if (table.id == "kurser") {
      for (const ReportRow& row : table.rows) {
        EXPECT_EQ(row.cells[0].suppressed, row.cells[2].suppressed) << context << " " << row.label;
        EXPECT_EQ(row.cells[0].suppressed, row.cells[3].suppressed) << context << " " << row.label;
      }
    }
    if (table.id == "sjalvskattning") {
      for (const ReportRow& row : table.rows) {
        for (std::size_t c = 0; c + 1 < row.cells.size(); c += 2) {
          EXPECT_EQ(row.cells[c].suppressed, row.cells[c + 1].suppressed) << context;
        }
      }
    }
    if (table.id == "chefsindikatorer") {
      for (const ReportRow& row : table.rows) {
        if (row.cells[0].suppressed || row.cells[1].suppressed) {
          EXPECT_TRUE(row.cells[2].suppressed) << context;
        }
      }
    }
  }
  everyone.insert(cell_text(report.participants, Lang::sv));
  EXPECT_EQ(everyone.size(), 1u) << context;
}

TEST(NothingCanBeWorkedOut, RandomSmallPopulations) {
  const Catalog catalog = wide_catalog();
  std::mt19937 rng(20260601);
  for (int population = 0; population < 200; ++population) {
    const int people = std::uniform_int_distribution<int>(0, 40)(rng);
    const Workspace ws = random_workspace(rng, catalog, people);
    const std::string context = "population " + std::to_string(population) + " of " + std::to_string(people);
    expect_safe(make_report(ws, catalog, ReportFilter{}, Lang::sv), context);
  }
}

TEST(NothingCanBeWorkedOut, RandomFilters) {
  const Catalog catalog = wide_catalog();
  std::mt19937 rng(77);
  for (int population = 0; population < 60; ++population) {
    const Workspace ws = random_workspace(rng, catalog, std::uniform_int_distribution<int>(5, 40)(rng));
    ReportFilter filter;
    if (chance(rng, 0.5)) filter.organisation = pick(rng, std::vector<std::string>{"a", "b", "c"});
    if (chance(rng, 0.5)) filter.role_family = pick(rng, std::vector<std::string>{"omsorg", "chef"});
    if (chance(rng, 0.5)) filter.period = pick(rng, kQuarters);
    expect_safe(make_report(ws, catalog, filter, Lang::en), "filtered population " + std::to_string(population));
  }
}

// People who differ only in the given ways.
Workspace crowd(const Catalog& catalog, const std::vector<std::pair<std::string, int>>& genders) {
  Workspace ws;
  std::uint64_t n = 1;
  for (const auto& [gender, count] : genders) {
    for (int i = 0; i < count; ++i) {
      ResultFile f;
      f.participant = make_participant_code(n++ * 7919u);
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

TEST(NothingCanBeWorkedOut, EdgeCases) {
  const Catalog catalog = wide_catalog();
  const std::vector<std::vector<std::pair<std::string, int>>> cases = {
      {},
      {{"kvinna", 1}},
      {{"kvinna", 4}},
      {{"kvinna", 5}},
      {{"kvinna", 6}},
      {{"kvinna", 5}, {"man", 1}},
      {{"kvinna", 5}, {"man", 5}, {"annat", 1}},
      {{"kvinna", 5}, {"man", 5}, {"annat", 5}, {"", 1}},
      {{"kvinna", 1}, {"man", 2}, {"annat", 1}, {"", 1}},
      {{"kvinna", 2}, {"man", 2}},
      {{"kvinna", 30}, {"man", 4}},
  };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Report report = make_report(crowd(catalog, cases[i]), catalog, ReportFilter{}, Lang::sv);
    expect_safe(report, "edge case " + std::to_string(i));
  }
  // A whole row of small cells: one woman in each age band and one without an age.
  Workspace ws = crowd(catalog, {{"man", 12}});
  const std::vector<std::string> ages = {"upto-29", "30-54", "55-plus", ""};
  for (std::size_t i = 0; i < ages.size(); ++i) {
    ResultFile f = ws.participants.begin()->second;
    f.participant = make_participant_code(900000u + i);
    f.background.gender = "kvinna";
    f.background.age_band = ages[i];
    ws.participants.emplace(f.participant, f);
  }
  expect_safe(make_report(ws, catalog, ReportFilter{}, Lang::sv), "row of small cells");
}

TEST(NothingCanBeWorkedOut, AFilteredTableMinusTheWholeNeverShowsASmallGroup) {
  const Catalog catalog = wide_catalog();
  std::mt19937 rng(4242);
  for (int population = 0; population < 40; ++population) {
    const Workspace ws = random_workspace(rng, catalog, std::uniform_int_distribution<int>(10, 40)(rng));
    const Report whole = make_report(ws, catalog, ReportFilter{}, Lang::sv);
    ReportFilter filter;
    filter.organisation = pick(rng, std::vector<std::string>{"a", "b"});
    if (chance(rng, 0.5)) filter.period = pick(rng, kQuarters);
    const Report part = make_report(ws, catalog, filter, Lang::sv);
    ASSERT_EQ(part.tables.size(), whole.tables.size());
    for (std::size_t t = 0; t < part.tables.size(); ++t) {
      // A withheld whole table publishes no rows: nothing to take the part away from.
      if (whole.tables[t].rows.empty()) continue;
      if (!part.tables[t].rows.empty()) {
        ASSERT_EQ(part.tables[t].rows.size(), whole.tables[t].rows.size()) << part.tables[t].id;
      }
      for (std::size_t r = 0; r < part.tables[t].rows.size(); ++r) {
        for (std::size_t c = 0; c < part.tables[t].rows[r].cells.size(); ++c) {
          const Cell& a = whole.tables[t].rows[r].cells[c];
          const Cell& b = part.tables[t].rows[r].cells[c];
          if (a.suppressed || b.suppressed || b.n == 0) continue;
          const int rest = a.n - b.n;
          EXPECT_FALSE(rest >= 1 && rest < kMinGroupSize) << part.tables[t].id << " row " << r << " column " << c;
        }
      }
    }
  }
}

}  // namespace
}  // namespace dl
