// The cell-key method (cell_key.hpp): the perturbation table, the noise for counts and sums, and
// the cells the tables show.
#include "cell_key.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#define XXH_INLINE_ALL
#include <xxhash.h>

namespace dl {

RecordKey record_key_from_digest(const unsigned char* digest, std::size_t size) {
  RecordKey key = 0;
  for (std::size_t i = 0; i < 8 && i < size; ++i) key |= static_cast<RecordKey>(digest[i]) << (8 * i);
  return key;
}

// Maximum-entropy rows (p(d) ∝ exp(a·d + b·d²)) with mean 0 and variance 1.5 on the support each
// row allows, in 65,536ths, rounded so that the mean stays exactly 0 (tools: docs/privacy.md).
//   d:      -3     -2     -1      0      1      2      3
const std::array<NoiseRow, 4>& perturbation_table() {
  static const std::array<NoiseRow, 4> table = {{
      {0, {0, 0, 0, 65536, 0, 0, 0}},                           // nobody: stays 0
      {1, {0, 0, 31701, 15611, 8722, 5527, 3975}},              // never below 0, never above 4
      {2, {0, 8511, 15110, 18294, 15110, 8511, 0}},             // never below 0, never above 4
      {3, {1175, 5832, 15253, 21016, 15253, 5832, 1175}},       // 3 and more
  }};
  return table;
}

int count_noise(int count, std::uint64_t cell_key) {
  if (count <= 0) return 0;
  const auto& table = perturbation_table();
  const NoiseRow& row = table[static_cast<std::size_t>(std::min(count, 3))];
  // The top 16 bits of the cell key pick a point in the row's cumulative weights.
  const auto point = static_cast<std::uint32_t>(cell_key >> 48);
  std::uint32_t cumulative = 0;
  for (std::size_t i = 0; i < row.weights.size(); ++i) {
    cumulative += row.weights[i];
    if (point < cumulative) return static_cast<int>(i) - kNoiseBound;
  }
  return 0;  // not reached: the weights add up to 65,536
}

int Group::perturbed() const { return std::max(0, n + count_noise(n, key)); }

double magnitude_noise(std::uint64_t cell_key, std::string_view quantity) {
  const XXH64_hash_t seed = XXH64(quantity.data(), quantity.size(), 0);
  unsigned char bytes[8];
  for (std::size_t i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(cell_key >> (8 * i));
  const XXH64_hash_t h = XXH64(bytes, sizeof bytes, seed);
  // 53 bits to [0, 1), then to [-1, 1].
  return static_cast<double>(h >> 11) * (2.0 / 9007199254740992.0) - 1.0;
}

double perturbed_sum(const Magnitude& m, const Quantity& q) {
  if (m.group.n <= 0) return 0.0;
  const double scaled = m.sum * static_cast<double>(m.group.perturbed()) / static_cast<double>(m.group.n);
  const double noise = kMagnitudeShare * std::max(m.largest, q.floor) * magnitude_noise(m.group.key, q.id);
  return std::max(0.0, scaled + noise);
}

std::string cell_text(const Cell& cell, Lang lang) {
  switch (cell.show) {
    case Cell::Show::none: return "–";
    case Cell::Show::hidden: return kHiddenSymbol;
    case Cell::Show::figure: break;
  }
  if (!cell.decimal) return std::to_string(static_cast<long long>(std::llround(cell.value)));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::round(cell.value * 10.0) / 10.0);
  std::string text = buffer;
  if (text == "-0.0") text = "0.0";
  if (lang == Lang::sv) std::replace(text.begin(), text.end(), '.', ',');
  return text;
}

namespace {

Cell hidden_cell(int n, bool decimal) {
  Cell cell;
  cell.show = Cell::Show::hidden;
  cell.decimal = decimal;
  cell.n = n;
  return cell;
}

Cell figure(double value, int n, bool decimal) {
  Cell cell;
  cell.show = Cell::Show::figure;
  cell.value = value;
  cell.decimal = decimal;
  cell.n = n;
  return cell;
}

}  // namespace

Cell none_cell() { return Cell{}; }

Cell count_cell(const Group& group) {
  const int shown = group.perturbed();
  if (shown < kSmallestShown) return hidden_cell(group.n, false);
  return figure(shown, group.n, false);
}

Cell share_cell(const Group& part, const Group& whole) {
  const int p = part.perturbed();
  const int w = whole.perturbed();
  if (p < kSmallestShown || w < kSmallestShown || w - p < kSmallestShown) return hidden_cell(whole.n, true);
  return figure(100.0 * p / w, whole.n, true);
}

Cell sum_cell(const Magnitude& m, const Quantity& q) {
  if (!m.shown()) return hidden_cell(m.group.n, true);
  return figure(perturbed_sum(m, q), m.group.n, true);
}

Cell mean_cell(const Magnitude& m, const Quantity& q) {
  if (!m.shown()) return hidden_cell(m.group.n, true);
  const double mean = perturbed_sum(m, q) / static_cast<double>(m.group.perturbed());
  return figure(std::clamp(mean, m.low, m.high), m.group.n, true);
}

Cell difference_cell(const Cell& later, const Cell& earlier) {
  if (!later.shown() || !earlier.shown()) return hidden_cell(later.n, true);
  return figure(later.value - earlier.value, later.n, true);
}

}  // namespace dl
