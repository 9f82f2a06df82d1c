// The exact attacker on one table: it reads only what a reader sees (the cell texts, which cells
// add up to which total before the noise) plus the published perturbation table (which true
// counts can show as "12" or as ".."), lists the sets of true counts that fit everything, and
// must never find a count of 1–4 that only one of them allows. It runs over every table of
// make_report for many random small populations, with and without filters, and over hand-made
// edge cases; the attacker over all reports together is in privacy_attack_test.cpp.
#include <algorithm>
#include <optional>
#include <random>
#include <set>

#include <gtest/gtest.h>

#include "core/report.hpp"
#include "populations.hpp"
#include "report_fixtures.hpp"

namespace dl {
namespace {

// ---- What a shown text allows -------------------------------------------------------------------

// Every true count in [0, cap] the perturbation table can show as `text` ("–" is 0).
std::vector<long long> counts_behind(const std::string& text, long long cap) {
  if (text == "–") return {0};
  const auto shown = test::figure_of(text);
  std::vector<long long> out;
  for (long long c = 0; c <= cap; ++c) {
    const NoiseRow& row = perturbation_table()[static_cast<std::size_t>(std::min<long long>(c, 3))];
    for (std::size_t i = 0; i < row.weights.size(); ++i) {
      if (row.weights[i] == 0) continue;
      const long long p = std::max<long long>(0, c + static_cast<long long>(i) - kNoiseBound);
      const bool fits = shown ? p == static_cast<long long>(*shown) : p < kSmallestShown;
      if (fits) {
        out.push_back(c);
        break;
      }
    }
  }
  return out;
}

// ---- The attacker ---------------------------------------------------------------------------------

class Attacker {
 public:
  Attacker(const ReportTable& table, long long cap) {
    for (const TableSum& sum : table.sums) {
      Equation e;
      auto add = [&](CellRef ref, int coefficient) {
        auto it = std::find(cells_.begin(), cells_.end(), ref);
        if (it == cells_.end()) {
          cells_.push_back(ref);
          domain_.push_back(counts_behind(cell_text(table.at(ref), Lang::sv), cap));
          truth_.push_back(table.at(ref).n);
          it = cells_.end() - 1;
        }
        e.terms.push_back({static_cast<std::size_t>(it - cells_.begin()), coefficient});
      };
      for (const CellRef& part : sum.parts) add(part, 1);
      add(sum.total, -1);
      equations_.push_back(std::move(e));
    }
  }

  // The cells with a true count of 1–4 that no other fitting set of counts lets differ.
  std::vector<CellRef> pinned_small_counts() {
    std::vector<CellRef> out;
    for (std::size_t u = 0; u < cells_.size(); ++u) {
      if (truth_[u] < 1 || truth_[u] >= kSmallestShown) continue;
      bool other = false;
      for (long long v : domain_[u]) {
        if (v == truth_[u]) continue;
        value_.assign(cells_.size(), std::nullopt);
        value_[u] = v;
        budget_ = 200000;
        if (solve()) {
          other = true;
          break;
        }
      }
      if (!other) out.push_back(cells_[u]);
    }
    return out;
  }

  bool ran_out() const { return ran_out_; }

 private:
  struct Equation {
    std::vector<std::pair<std::size_t, int>> terms;  // unknown, +1 part / -1 total
  };

  long long low(std::size_t u) const { return domain_[u].front(); }
  long long high(std::size_t u) const { return domain_[u].back(); }

  bool solve() {
    if (--budget_ < 0) {
      ran_out_ = true;
      return true;  // counts as "could differ": the test then fails on ran_out()
    }
    std::size_t best = equations_.size(), best_open = SIZE_MAX;
    for (std::size_t e = 0; e < equations_.size(); ++e) {
      long long rest = 0, least = 0, most = 0;
      std::size_t open = 0;
      for (const auto& [u, c] : equations_[e].terms) {
        if (value_[u]) {
          rest -= c * *value_[u];
          continue;
        }
        ++open;
        least += std::min(c * low(u), c * high(u));
        most += std::max(c * low(u), c * high(u));
      }
      if (rest < least || rest > most) return false;
      if (open > 0 && open < best_open) {
        best = e;
        best_open = open;
      }
    }
    if (best == equations_.size()) return true;
    for (const auto& [u, c] : equations_[best].terms) {
      if (value_[u]) continue;
      for (long long v : domain_[u]) {
        value_[u] = v;
        if (solve()) return true;
      }
      value_[u] = std::nullopt;
      return false;
    }
    return false;
  }

  std::vector<CellRef> cells_;
  std::vector<std::vector<long long>> domain_;
  std::vector<int> truth_;
  std::vector<Equation> equations_;
  std::vector<std::optional<long long>> value_;
  int budget_ = 0;
  bool ran_out_ = false;
};

long long largest_count(const ReportTable& table) {
  long long most = 0;
  for (const ReportRow& row : table.rows) {
    for (const Cell& cell : row.cells) most = std::max<long long>(most, cell.n);
  }
  return most;
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

// No count of 1–4 in any table can be pinned down, no shown count is more than the bound from
// its truth, no count of 1 or 2 is shown, and every figure on a hidden count is hidden.
void expect_safe(const Report& report, const std::string& context) {
  for (const ReportTable& table : report.tables) {
    Attacker attacker(table, largest_count(table) + kNoiseBound + kSmallestShown);
    for (const CellRef& ref : attacker.pinned_small_counts()) {
      ADD_FAILURE() << context << ": " << table.id << " row " << ref.row << " column " << ref.column
                    << " can be worked out\n" << show(table);
    }
    EXPECT_FALSE(attacker.ran_out()) << context << " " << table.id;
    for (const ReportRow& row : table.rows) {
      for (const Cell& cell : row.cells) {
        if (!cell.shown()) continue;
        if (!cell.decimal) {
          EXPECT_LE(std::abs(cell.value - cell.n), kNoiseBound) << context << " " << table.id;
        }
        EXPECT_GE(cell.n, 3) << context << " " << table.id << " " << row.label;
      }
    }
  }
}

TEST(SingleTableAttack, FindsAPinnedCountWhenTheTextsAllowIt) {
  // What a text allows, from the published table: ".." is 0–7, "5" is 3–8, "12" is 9–15.
  EXPECT_EQ(counts_behind("..", 20).back(), 7);
  EXPECT_EQ(counts_behind("5", 20), (std::vector<long long>{3, 4, 5, 6, 7, 8}));
  EXPECT_EQ(counts_behind("12", 20), (std::vector<long long>{9, 10, 11, 12, 13, 14, 15}));
  ReportTable table;
  table.id = "test";
  auto row = [](int n, Cell::Show show, double value) {
    return ReportRow{"r", {Cell{show, value, false, n}}, false};
  };
  table.rows = {row(3, Cell::Show::hidden, 0), row(0, Cell::Show::none, 0)};
  table.rows.push_back(ReportRow{"total", {Cell{Cell::Show::figure, 5, false, 3}}, true});
  table.sums.push_back(TableSum{{CellRef{0, 0}, CellRef{1, 0}}, CellRef{2, 0}});
  // 3 + 0 = "5": the 3 could as well be 4 (a total of 4 can show as 5).
  Attacker attacker(table, 20);
  EXPECT_TRUE(attacker.pinned_small_counts().empty());
}

TEST(SingleTableAttack, RandomSmallPopulations) {
  const Catalog catalog = test::wide_catalog();
  std::mt19937 rng(20260601);
  for (int population = 0; population < 150; ++population) {
    const int people = std::uniform_int_distribution<int>(0, 60)(rng);
    const Workspace ws = test::random_workspace(rng, catalog, people);
    const RecordKeys keys = test::keys_for(ws, static_cast<std::uint64_t>(population));
    const std::string context = "population " + std::to_string(population) + " of " + std::to_string(people);
    expect_safe(make_report(ws, catalog, ReportFilter{}, Lang::sv, test::setup_with(keys)), context);
  }
}

TEST(SingleTableAttack, RandomFilters) {
  const Catalog catalog = test::wide_catalog();
  std::mt19937 rng(77);
  for (int population = 0; population < 60; ++population) {
    const Workspace ws = test::random_workspace(rng, catalog, std::uniform_int_distribution<int>(20, 80)(rng));
    const RecordKeys keys = test::keys_for(ws, static_cast<std::uint64_t>(population) + 1000);
    ReportFilter filter;
    if (test::chance(rng, 0.5)) filter.organisation = test::pick(rng, std::vector<std::string>{"a", "b", "c"});
    if (test::chance(rng, 0.5)) filter.role_family = test::pick(rng, std::vector<std::string>{"omsorg", "chef"});
    if (test::chance(rng, 0.3)) filter.work_setting = "hemtjanst";
    if (test::chance(rng, 0.5)) filter.period = test::pick(rng, test::quarters());
    expect_safe(make_report(ws, catalog, filter, Lang::en, test::setup_with(keys)),
                "filtered population " + std::to_string(population));
  }
}

TEST(SingleTableAttack, EdgeCases) {
  const Catalog catalog = test::wide_catalog();
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
      {{"kvinna", 300}, {"man", 3}, {"annat", 1}},
  };
  for (std::size_t i = 0; i < cases.size(); ++i) {
    const Workspace ws = test::crowd(catalog, cases[i]);
    for (std::uint64_t seed = 0; seed < 20; ++seed) {
      const RecordKeys keys = test::keys_for(ws, seed);
      expect_safe(make_report(ws, catalog, ReportFilter{}, Lang::sv, test::setup_with(keys)),
                  "edge case " + std::to_string(i) + " secret " + std::to_string(seed));
    }
  }
  // A whole row of small cells: one woman in each age band and one without an age.
  Workspace ws = test::crowd(catalog, {{"man", 12}});
  const std::vector<std::string> ages = {"upto-29", "30-54", "55-plus", ""};
  for (std::size_t i = 0; i < ages.size(); ++i) {
    ResultFile f = ws.participants.begin()->second;
    f.participant = make_participant_code(900000u + i);
    f.background.gender = "kvinna";
    f.background.age_band = ages[i];
    ws.participants.emplace(f.participant, f);
  }
  for (std::uint64_t seed = 0; seed < 20; ++seed) {
    const RecordKeys keys = test::keys_for(ws, seed);
    expect_safe(make_report(ws, catalog, ReportFilter{}, Lang::sv, test::setup_with(keys)), "row of small cells");
  }
}

}  // namespace
}  // namespace dl
