// Tests for the cell-key method (core/cell_key.hpp): the perturbation table's promises (mean 0,
// variance 1.5, never negative, 1 or 2 never shown), the same group always getting the same
// figure, the noise spread over many groups, record keys from a digest, and the cells' texts and
// hiding rules.
#include "core/cell_key.hpp"

#include <cmath>
#include <map>

#include <gtest/gtest.h>

namespace dl {
namespace {

// SplitMix64: well-spread record keys for the tests.
std::uint64_t mix(std::uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

Group group_of(int n, std::uint64_t seed) {
  Group g;
  for (int i = 0; i < n; ++i) g.add(mix(seed * 1000003u + static_cast<std::uint64_t>(i)));
  return g;
}

TEST(PerturbationTable, RowsAddUpWithMeanZeroAndTheVariance) {
  for (const NoiseRow& row : perturbation_table()) {
    std::uint64_t total = 0;
    long long first = 0, second = 0;
    for (std::size_t i = 0; i < row.weights.size(); ++i) {
      const int d = static_cast<int>(i) - kNoiseBound;
      total += row.weights[i];
      first += static_cast<long long>(row.weights[i]) * d;
      second += static_cast<long long>(row.weights[i]) * d * d;
      if (row.weights[i] > 0) {
        EXPECT_GE(row.count + d, 0) << "row " << row.count << " makes a count negative";
        if (row.count == 1 || row.count == 2) {
          EXPECT_LT(row.count + d, kSmallestShown) << "row " << row.count;
        }
      }
    }
    EXPECT_EQ(total, kNoiseWeightTotal) << "row " << row.count;
    EXPECT_EQ(first, 0) << "row " << row.count << " is biased";
    const double variance = static_cast<double>(second) / kNoiseWeightTotal;
    if (row.count == 0) {
      EXPECT_EQ(variance, 0.0);
    } else {
      EXPECT_NEAR(variance, 1.5, 0.01) << "row " << row.count;
    }
  }
}

TEST(PerturbationTable, NoiseStaysWithinTheBoundAndNobodyStaysNobody) {
  for (int n = 0; n <= 40; ++n) {
    for (std::uint64_t seed = 0; seed < 200; ++seed) {
      const Group g = group_of(n, seed);
      const int d = count_noise(n, g.key);
      EXPECT_LE(std::abs(d), kNoiseBound);
      EXPECT_GE(g.perturbed(), 0);
      if (n == 0) {
        EXPECT_EQ(g.perturbed(), 0);
      }
      if (n >= 1 && n <= 2) {
        EXPECT_FALSE(g.shown());
      }
    }
  }
}

TEST(PerturbationTable, OverManyGroupsTheNoiseFollowsTheTable) {
  std::map<int, int> seen;
  const int groups = 60000;
  double sum = 0.0, squares = 0.0;
  for (int i = 0; i < groups; ++i) {
    const Group g = group_of(50, static_cast<std::uint64_t>(i) + 7);
    const int d = g.perturbed() - 50;
    ++seen[d];
    sum += d;
    squares += d * d;
  }
  EXPECT_NEAR(sum / groups, 0.0, 0.03);
  EXPECT_NEAR(squares / groups, 1.5, 0.05);
  const NoiseRow& row = perturbation_table().back();
  for (int d = -kNoiseBound; d <= kNoiseBound; ++d) {
    const double expected = static_cast<double>(row.weights[static_cast<std::size_t>(d + kNoiseBound)]) / kNoiseWeightTotal;
    EXPECT_NEAR(static_cast<double>(seen[d]) / groups, expected, 0.01) << "noise " << d;
  }
}

TEST(CellKey, TheSameGroupGetsTheSameFigureWhateverTheOrder) {
  Group forwards, backwards;
  for (int i = 0; i < 37; ++i) forwards.add(mix(static_cast<std::uint64_t>(i)));
  for (int i = 36; i >= 0; --i) backwards.add(mix(static_cast<std::uint64_t>(i)));
  EXPECT_EQ(forwards.key, backwards.key);
  EXPECT_EQ(forwards.perturbed(), backwards.perturbed());
  EXPECT_EQ(cell_text(count_cell(forwards), Lang::sv), cell_text(count_cell(backwards), Lang::sv));
}

TEST(CellKey, RecordKeyFromTheDigestsFirstEightBytesLittleEndian) {
  const unsigned char digest[32] = {0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0xff};
  EXPECT_EQ(record_key_from_digest(digest, sizeof digest), 0x0807060504030201ULL);
}

TEST(Cells, Texts) {
  EXPECT_EQ(cell_text(none_cell(), Lang::sv), "–");
  EXPECT_EQ(cell_text(count_cell(Group{}), Lang::sv), "..");  // nobody looks like a few
  EXPECT_EQ(cell_text(count_cell(group_of(1, 3)), Lang::en), "..");
  Cell mean;
  mean.show = Cell::Show::figure;
  mean.decimal = true;
  for (const auto& [value, sv, en] : std::vector<std::tuple<double, const char*, const char*>>{
           {63.5, "63,5", "63.5"}, {63.0, "63,0", "63.0"}, {63.46, "63,5", "63.5"}, {100.0 / 3.0, "33,3", "33.3"},
           {-2.5, "-2,5", "-2.5"}, {-0.01, "0,0", "0.0"}}) {
    mean.value = value;
    EXPECT_EQ(cell_text(mean, Lang::sv), sv);
    EXPECT_EQ(cell_text(mean, Lang::en), en);
  }
  Cell count;
  count.show = Cell::Show::figure;
  count.value = 1234;
  EXPECT_EQ(cell_text(count, Lang::en), "1234");
}

TEST(Cells, CountsShownFromFiveAfterTheNoise) {
  int shown_small = 0;
  for (std::uint64_t seed = 0; seed < 500; ++seed) {
    for (int n = 0; n <= 12; ++n) {
      const Group g = group_of(n, seed);
      const Cell cell = count_cell(g);
      EXPECT_EQ(cell.shown(), g.perturbed() >= kSmallestShown);
      if (cell.shown()) {
        EXPECT_EQ(cell.value, g.perturbed());
        EXPECT_LE(std::abs(cell.value - n), kNoiseBound);
        shown_small += n < kSmallestShown ? 1 : 0;
      }
      EXPECT_EQ(cell.n, n);
    }
  }
  EXPECT_GT(shown_small, 0);  // 3 and 4 are sometimes shown as 5 to 7, so "5" never means "at least 5"
}

TEST(Cells, ShareHiddenWhenPartWholeOrRestIsUnderFive) {
  for (std::uint64_t seed = 0; seed < 300; ++seed) {
    const Group whole = group_of(40, seed);
    for (int part_n : {0, 2, 6, 20, 36, 40}) {
      Group part;
      for (int i = 0; i < part_n; ++i) part.add(mix(seed * 1000003u + static_cast<std::uint64_t>(i)));
      const Cell share = share_cell(part, whole);
      const int p = part.perturbed(), w = whole.perturbed();
      const bool expect_shown = p >= 5 && w >= 5 && w - p >= 5;
      ASSERT_EQ(share.shown(), expect_shown) << part_n;
      if (share.shown()) {
        EXPECT_DOUBLE_EQ(share.value, 100.0 * p / w);
      }
    }
  }
}

TEST(Cells, MeansStayNearTheTruthAndWithinTheirRange) {
  const Quantity q{"score:T0:1", 10.0};
  for (std::uint64_t seed = 0; seed < 300; ++seed) {
    for (int n : {5, 8, 12, 19, 60, 400}) {
      Magnitude m{0.0, 100.0, {}, 0.0, 0.0, {}, {}};
      for (int i = 0; i < n; ++i) m.add(mix(seed * 7919u + static_cast<std::uint64_t>(i)), (i * 37) % 101);
      const Cell mean = mean_cell(m, q);
      if (!mean.shown()) continue;
      const double truth = m.sum / n;
      const double bound = kMagnitudeShare * std::max(m.largest, q.floor) / m.group.perturbed();
      EXPECT_LE(std::abs(mean.value - truth), bound + 1e-9) << n;
      EXPECT_GE(mean.value, 0.0);
      EXPECT_LE(mean.value, 100.0);
      // The sum shown is the mean times the count shown: a reader learns nothing more from both.
      EXPECT_NEAR(sum_cell(m, q).value, std::max(0.0, mean.value) * m.group.perturbed(), 1e-6);
    }
  }
}

TEST(Cells, ASumOfZeroIsNotShownExactly) {
  Magnitude nothing;
  for (int i = 0; i < 30; ++i) nothing.add(mix(static_cast<std::uint64_t>(i) + 99), 0.0);
  int above_zero = 0;
  for (const char* id : {"hours", "hours:a", "hours:b", "hours:c", "hours:d", "hours:e"}) {
    above_zero += perturbed_sum(nothing, Quantity{id, 1.0}) > 0.0 ? 1 : 0;
  }
  EXPECT_GT(above_zero, 0);
}

TEST(Cells, ASumOrMeanOfAGroupAllAtAnEndOfTheScaleIsHidden) {
  // Thirty people who all logged 0 hours: "0,0 hours" would tell each of them had none.
  Magnitude nothing;
  for (int i = 0; i < 30; ++i) nothing.add(mix(static_cast<std::uint64_t>(i) + 99), 0.0);
  EXPECT_FALSE(nothing.shown());
  EXPECT_EQ(cell_text(sum_cell(nothing, Quantity{"hours", 3.0}), Lang::sv), "..");
  EXPECT_EQ(cell_text(mean_cell(nothing, Quantity{"hours", 3.0}), Lang::sv), "..");
  // Scores all at 100 (or all at 0) likewise; hours have no upper end.
  Magnitude top{0.0, 100.0, {}, 0.0, 0.0, {}, {}};
  Magnitude lots;
  for (int i = 0; i < 30; ++i) {
    top.add(mix(static_cast<std::uint64_t>(i) + 7), 100.0);
    lots.add(mix(static_cast<std::uint64_t>(i) + 7), 40.0);
  }
  EXPECT_FALSE(top.shown());
  EXPECT_TRUE(lots.shown());
  // Once at least five (after the noise) are on each side, the mean shows.
  Magnitude mixed{0.0, 100.0, {}, 0.0, 0.0, {}, {}};
  for (int i = 0; i < 30; ++i) mixed.add(mix(static_cast<std::uint64_t>(i) + 7), i < 15 ? 100.0 : 0.0);
  EXPECT_TRUE(mixed.shown());
  EXPECT_EQ(mixed.above_low.n, 15);
  EXPECT_EQ(mixed.below_high.n, 15);
}

TEST(Cells, TwoQuantitiesOfOneGroupGetDifferentNoise) {
  const Group g = group_of(30, 5);
  EXPECT_NE(magnitude_noise(g.key, "score:T0:1"), magnitude_noise(g.key, "score:T0:2"));
  EXPECT_EQ(magnitude_noise(g.key, "hours"), magnitude_noise(g.key, "hours"));
  for (int i = 0; i < 1000; ++i) {
    const double d = magnitude_noise(mix(static_cast<std::uint64_t>(i)), "hours");
    EXPECT_GE(d, -1.0);
    EXPECT_LE(d, 1.0);
  }
}

TEST(Cells, ADifferenceIsHiddenWhenEitherSideIs) {
  Cell shown;
  shown.show = Cell::Show::figure;
  shown.decimal = true;
  shown.value = 40.0;
  Cell later = shown;
  later.value = 55.5;
  EXPECT_EQ(cell_text(difference_cell(later, shown), Lang::sv), "15,5");
  Cell hidden;
  hidden.show = Cell::Show::hidden;
  EXPECT_EQ(cell_text(difference_cell(hidden, shown), Lang::sv), "..");
  EXPECT_EQ(cell_text(difference_cell(shown, hidden), Lang::sv), "..");
}

}  // namespace
}  // namespace dl
