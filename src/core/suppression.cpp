// Differencing and secondary suppression over a table's sums. The search for a witness is small:
// hidden cells are few, and each sum with one unknown left fixes it.
#include "suppression.hpp"

#include <algorithm>
#include <climits>
#include <cmath>
#include <optional>

namespace dl {
namespace {

int count_of(const Cell& cell) { return cell.value ? static_cast<int>(std::llround(*cell.value)) : 0; }

// The table's sums as equations over its hidden cells: sum of coef × unknown == constant.
struct Equation {
  std::vector<std::pair<std::size_t, int>> terms;  // unknown index, coefficient (+1 part, −1 total)
  long long constant = 0;
};

struct System {
  std::vector<CellRef> cells;  // the unknowns: hidden cells that appear in a sum
  std::vector<int> truth;      // their real counts
  std::vector<bool> small;     // "<5": 1..4; otherwise "x": 0 or 5 and more
  std::vector<Equation> equations;
};

bool fits(const System& s, std::size_t unknown, long long value) {
  if (s.small[unknown]) return value >= 1 && value < kMinGroupSize;
  return value == 0 || value >= kMinGroupSize;
}

System system_of(const ReportTable& table) {
  System s;
  auto unknown_of = [&](CellRef ref) -> std::optional<std::size_t> {
    const Cell& cell = table.at(ref);
    if (!cell.suppressed) return std::nullopt;
    for (std::size_t i = 0; i < s.cells.size(); ++i) {
      if (s.cells[i] == ref) return i;
    }
    s.cells.push_back(ref);
    s.truth.push_back(count_of(cell));
    s.small.push_back(!cell.secondary);
    return s.cells.size() - 1;
  };
  for (const TableSum& sum : table.sums) {
    Equation e;
    auto add = [&](CellRef ref, int coefficient) {
      if (auto u = unknown_of(ref)) e.terms.emplace_back(*u, coefficient);
      else e.constant -= static_cast<long long>(coefficient) * count_of(table.at(ref));
    };
    for (const CellRef& part : sum.parts) add(part, 1);
    add(sum.total, -1);
    s.equations.push_back(std::move(e));
  }
  return s;
}

// Values tried for an unknown a sum does not fix yet: its own first, then nearby ones and 0.
std::vector<long long> candidates(const System& s, std::size_t u) {
  std::vector<long long> out;
  const long long truth = s.truth[u];
  auto add = [&](long long v) {
    if (v >= 0 && fits(s, u, v) && std::find(out.begin(), out.end(), v) == out.end()) out.push_back(v);
  };
  add(truth);
  for (long long d = 1; d <= 2 * kMinGroupSize; ++d) {
    add(truth + d);
    add(truth - d);
  }
  add(0);
  add(kMinGroupSize);
  return out;
}

class Witness {
 public:
  explicit Witness(const System& s) : s_(s), value_(s.cells.size()) {}

  bool other_value(std::size_t target) {
    for (long long v : candidates(s_, target)) {
      if (v == s_.truth[target]) continue;
      value_.assign(s_.cells.size(), std::nullopt);
      value_[target] = v;
      budget_ = 20000;
      if (solve()) return true;
    }
    return false;
  }

 private:
  bool solve() {
    if (--budget_ < 0) return false;
    std::size_t best = SIZE_MAX;
    std::size_t best_open = SIZE_MAX;
    long long best_rest = 0;
    for (std::size_t e = 0; e < s_.equations.size(); ++e) {
      std::size_t open = 0;
      long long rest = s_.equations[e].constant;
      for (const auto& [u, coefficient] : s_.equations[e].terms) {
        if (value_[u]) rest -= coefficient * *value_[u];
        else ++open;
      }
      if (open == 0 && rest != 0) return false;
      if (open > 0 && open < best_open) {
        best = e;
        best_open = open;
        best_rest = rest;
      }
    }
    if (best == SIZE_MAX) return true;
    std::size_t next = 0;
    int coefficient = 0;
    for (const auto& [u, c] : s_.equations[best].terms) {
      if (!value_[u]) {
        next = u;
        coefficient = c;
        break;
      }
    }
    if (best_open == 1) {
      const long long v = best_rest * coefficient;  // coefficient is ±1
      if (!fits(s_, next, v)) return false;
      return try_value(next, v);
    }
    for (long long v : candidates(s_, next)) {
      if (try_value(next, v)) return true;
    }
    return false;
  }

  bool try_value(std::size_t u, long long v) {
    value_[u] = v;
    if (solve()) return true;
    value_[u] = std::nullopt;
    return false;
  }

  const System& s_;
  std::vector<std::optional<long long>> value_;
  int budget_ = 0;
};

bool in_sum(const TableSum& sum, CellRef ref) {
  return sum.total == ref || std::find(sum.parts.begin(), sum.parts.end(), ref) != sum.parts.end();
}

// Published cells that share a sum with `exposed`: parts before totals, the smallest count first
// (an empty cell helps least, so it comes after every other part).
std::vector<CellRef> neighbours(const ReportTable& table, CellRef exposed) {
  std::vector<std::pair<long long, CellRef>> ranked;
  auto consider = [&](CellRef ref, bool is_total) {
    const Cell& cell = table.at(ref);
    if (cell.suppressed) return;
    for (const auto& r : ranked) {
      if (r.second == ref) return;
    }
    const long long count = count_of(cell);
    const long long rank = (is_total ? 2LL << 40 : 0) + (count == 0 ? 1LL << 40 : count);
    ranked.emplace_back(rank, ref);
  };
  for (const TableSum& sum : table.sums) {
    if (!in_sum(sum, exposed)) continue;
    for (const CellRef& part : sum.parts) consider(part, false);
    consider(sum.total, true);
  }
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<CellRef> out;
  for (const auto& r : ranked) out.push_back(r.second);
  return out;
}

std::vector<CellRef> published_in_sums(const ReportTable& table) {
  std::vector<CellRef> out;
  for (const TableSum& sum : table.sums) {
    std::vector<CellRef> cells = sum.parts;
    cells.push_back(sum.total);
    for (const CellRef& ref : cells) {
      if (!table.at(ref).suppressed && std::find(out.begin(), out.end(), ref) == out.end()) out.push_back(ref);
    }
  }
  return out;
}

// Hides one more cell for `exposed`: the first neighbour that lets it differ and can differ
// itself, else the first that can differ itself (the next round looks again). A hidden cell that
// a reader could still pin down would protect nothing. `false` when no cell helps.
bool protect(ReportTable& table, CellRef exposed) {
  std::vector<CellRef> choices = neighbours(table, exposed);
  for (const CellRef& ref : published_in_sums(table)) {
    if (std::find(choices.begin(), choices.end(), ref) == choices.end()) choices.push_back(ref);
  }
  std::optional<CellRef> fallback;
  for (const CellRef& choice : choices) {
    ReportTable trial = table;
    hide_as_secondary(trial.at(choice));
    if (!hidden_value_can_differ(trial, choice)) continue;
    if (hidden_value_can_differ(trial, exposed)) {
      table = std::move(trial);
      return true;
    }
    if (!fallback) fallback = choice;
  }
  if (!fallback) return false;
  hide_as_secondary(table.at(*fallback));
  return true;
}

}  // namespace

void hide_difference(Cell& filtered, const Cell& coarser) {
  if (filtered.suppressed || filtered.n == 0) return;
  const int rest = coarser.n - filtered.n;
  if (rest >= 1 && rest < kMinGroupSize) hide_as_secondary(filtered);
}

void hide_as_secondary(Cell& cell) {
  if (cell.suppressed) return;
  cell.suppressed = true;
  cell.secondary = true;
}

bool hidden_value_can_differ(const ReportTable& table, CellRef target) {
  const System s = system_of(table);
  for (std::size_t u = 0; u < s.cells.size(); ++u) {
    if (s.cells[u] == target) return Witness(s).other_value(u);
  }
  return table.at(target).suppressed;  // in no sum: nothing published pins it down
}

bool suppress_secondary(ReportTable& table) {
  for (;;) {
    const System s = system_of(table);
    const auto exposed = std::find_if(s.cells.begin(), s.cells.end(),
                                      [&table](CellRef ref) { return !hidden_value_can_differ(table, ref); });
    if (exposed == s.cells.end()) return true;
    if (!protect(table, *exposed)) return false;
  }
}

void withhold(ReportTable& table, Lang lang) {
  for (ReportRow& row : table.rows) {
    for (Cell& cell : row.cells) cell = Cell{};
  }
  table.rows.clear();
  table.sums.clear();
  table.note += tr(lang, Phrase{" Tabellen visas inte: den bygger på så få personer att de dolda talen "
                                "ändå skulle gå att räkna ut.",
                                " The table is not shown: it rests on so few people that the hidden "
                                "figures could still be worked out."});
}

}  // namespace dl
