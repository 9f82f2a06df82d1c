// The cell-key method that protects every figure of the coordinator's tables (docs/privacy.md).
// Each participant carries a fixed secret record key; a cell's key is the sum of the keys of the
// people in it, and a small, bounded noise is looked up from the cell key in a published
// perturbation table. The same group of people therefore shows the same figure in every table and
// under every filter, and no difference between two figures is exact. Figures perturbed to 0–4 are
// not shown. Sums (hours, scores) get a bounded noise of their own; means and shares are computed
// from the perturbed figures. No secret is in here: the record keys come from the platform (a
// keyed hash, HMAC-SHA-256, of the participant code under the workspace's secret).
#pragma once
#include <array>
#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>

#include "i18n.hpp"

namespace dl {

// ---- Record keys ---------------------------------------------------------------------------------

using RecordKey = std::uint64_t;
// Participant code -> record key (record_key_from_digest of HMAC-SHA-256(secret, code)).
using RecordKeys = std::unordered_map<std::string, RecordKey>;
// The first 8 bytes of a keyed hash, little-endian: how page (Web Crypto) and command line
// (OpenSSL) turn the same HMAC into the same key. `size` must be at least 8.
RecordKey record_key_from_digest(const unsigned char* digest, std::size_t size);

// ---- The perturbation table ----------------------------------------------------------------------

constexpr int kNoiseBound = 3;          // a count is never moved by more than this
constexpr int kSmallestShown = 5;       // a count perturbed to 0–4 is not shown ("..")
constexpr std::uint32_t kNoiseWeightTotal = 1u << 16;
// The noise for a true count `count` is d = -3..3 with weight weights[d + 3] / kNoiseWeightTotal.
// Rows for 0, 1, 2 and one row for 3 and more (docs/privacy.md lists the table). Every row has
// mean exactly 0, never makes a count negative; rows 3+ have variance 1.5; counts of 1 or 2 are
// never perturbed to 5 or more.
struct NoiseRow {
  int count = 0;  // the row's true count (the last row serves every count from it on)
  std::array<std::uint32_t, 2 * kNoiseBound + 1> weights{};
};
const std::array<NoiseRow, 4>& perturbation_table();
// The noise the table gives `count` for `cell_key`.
int count_noise(int count, std::uint64_t cell_key);

// ---- Groups of people and what is shown for them -------------------------------------------------

// The people (or records) a figure rests on: how many and the sum of their record keys.
struct Group {
  int n = 0;
  std::uint64_t key = 0;  // the cell key: sum of record keys, modulo 2^64
  void add(RecordKey record) {
    ++n;
    key += record;
  }
  int perturbed() const;  // n + count_noise(n, key); never negative
  bool shown() const { return perturbed() >= kSmallestShown; }
};

// A sum of values within [low, high] (hours: 0 and up; scores: 0–100) over a group: the group,
// the sum, the largest single value in it (the noise is bounded by a share of that, so no one value
// can be worked out), and the people above the low end and below the high end. A sum, and a mean
// over it, is shown only when at least five people (after the noise) are on each side of an end the
// scale has: a group that all logged 0 hours, or all scored 0 or 100, would otherwise tell each
// member's value, as a share of 100 % would.
struct Magnitude {
  double low = 0.0;
  double high = std::numeric_limits<double>::infinity();  // no upper end (hours)
  Group group;
  double sum = 0.0;
  double largest = 0.0;
  Group above_low;   // people whose value is above `low`
  Group below_high;  // people whose value is below `high`
  void add(RecordKey record, double value) {
    group.add(record);
    sum += value;
    if (value > largest) largest = value;
    if (value > low) above_low.add(record);
    if (value < high) below_high.add(record);
  }
  // The group is shown and its values are not (nearly) all at an end of the scale.
  bool shown() const {
    return group.shown() && above_low.shown() && (std::isinf(high) || below_high.shown());
  }
};

// What is summed, so the same group and the same quantity always get the same noise, and two
// quantities of one group get independent noise. `floor` is the smallest "largest value" the noise
// is scaled by (so a group whose values are all 0 is not shown exactly).
struct Quantity {
  std::string id;      // e.g. "hours", "hours:videosamtal", "score:T0:1"
  double floor = 1.0;  // in the quantity's unit
};
constexpr double kMagnitudeShare = 0.3;  // sum noise: at most this × max(largest value, floor)
// The perturbed sum: the true sum scaled to the perturbed count (so the mean stays near the true
// one), plus noise of at most kMagnitudeShare × max(largest, floor); never below 0.
double perturbed_sum(const Magnitude& m, const Quantity& q);
// The noise factor in [-1, 1] of a group for a quantity (XXH64 of the cell key, the quantity's id
// as the seed), for tests and documentation.
double magnitude_noise(std::uint64_t cell_key, std::string_view quantity);

// ---- Cells ---------------------------------------------------------------------------------------

// A figure in a table, as it will be shown.
struct Cell {
  enum class Show {
    figure,  // `value` is shown
    hidden,  // "..": perturbed to 0–4 people, or rests on such a figure
    none,    // "–": empty by definition (a course not in the programme, drop-out before T0)
  };
  Show show = Show::none;
  double value = 0.0;    // the figure shown (perturbed); meaningful only when shown
  bool decimal = false;  // one decimal: a mean, a share in per cent, hours
  int n = 0;             // the true number the figure rests on. Never shown or written: for tests
  bool shown() const { return show == Show::figure; }
};

constexpr const char* kHiddenSymbol = "..";
// "..", "–", "12", "63,5" (sv) / "63.5" (en). Every table, CSV and report shows cells through it.
std::string cell_text(const Cell& cell, Lang lang);

Cell none_cell();
// A count of people (or records): hidden when perturbed to 0–4.
Cell count_cell(const Group& group);
// part / whole in per cent: hidden when the perturbed part, whole or whole − part is 0–4.
Cell share_cell(const Group& part, const Group& whole);
// The perturbed sum (one decimal): hidden unless m.shown().
Cell sum_cell(const Magnitude& m, const Quantity& q);
// The perturbed sum over the perturbed count, kept within the scale [m.low, m.high]: hidden unless
// m.shown().
Cell mean_cell(const Magnitude& m, const Quantity& q);
// A figure computed from shown figures (a difference of two means): hidden when either is.
Cell difference_cell(const Cell& later, const Cell& earlier);

}  // namespace dl
