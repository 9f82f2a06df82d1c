// digilyft-accuracy: what the protection of the coordinator's tables costs in accuracy, measured
// on many random groups through the same core functions the tables use (cell_key.hpp). Prints,
// per group size, how far shown figures are from the true ones: counts, mean scores (0–100),
// hours in all, and shares of 50 % and 20 %, as the largest and the root-mean-square error, and
// how often a figure is hidden. Record keys are uniform random numbers, as HMAC-SHA-256 gives.
//   digilyft-accuracy [--groups N] [--seed S]      (default 20000 groups per size, seed 1)
// The figures are quoted in docs/privacy.md.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "core/cell_key.hpp"
#include "core/report.hpp"

namespace {

struct Error {
  double largest = 0, squares = 0;
  long shown = 0, hidden = 0;
  void add(const dl::Cell& cell, double truth) {
    if (!cell.shown()) {
      ++hidden;
      return;
    }
    const double e = std::abs(cell.value - truth);
    largest = std::max(largest, e);
    squares += e * e;
    ++shown;
  }
  double rms() const { return shown > 0 ? std::sqrt(squares / static_cast<double>(shown)) : 0.0; }
  double hidden_share() const { return 100.0 * static_cast<double>(hidden) / static_cast<double>(shown + hidden); }
};

void row(const char* what, int low, int high, const Error& e, const char* unit) {
  std::printf("%-26s %4d-%-5d  largest %6.2f %-7s rms %6.2f %-7s hidden %5.1f %%\n", what, low, high, e.largest, unit,
              e.rms(), unit, e.hidden_share());
}

}  // namespace

int main(int argc, char** argv) {
  long groups = 20000;
  unsigned long long seed = 1;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string arg = argv[i];
    if (arg == "--groups") groups = std::max(1L, std::atol(argv[i + 1]));
    else if (arg == "--seed") seed = std::strtoull(argv[i + 1], nullptr, 10);
    else {
      std::fprintf(stderr, "usage: digilyft-accuracy [--groups N] [--seed S]\n");
      return 2;
    }
  }
  std::mt19937_64 rng(seed);
  const std::vector<std::pair<int, int>> sizes = {{5, 9}, {10, 19}, {20, 49}, {50, 99}, {100, 499}, {500, 2000}};
  std::printf("%ld random groups per size band; noise bound ±%d, variance 1.5; sums ±%.1f × the largest value\n\n",
              groups, dl::kNoiseBound, dl::kMagnitudeShare);
  for (const auto& [low, high] : sizes) {
    Error count, mean, hours, share50, share20;
    for (long g = 0; g < groups; ++g) {
      const int n = std::uniform_int_distribution<int>(low, high)(rng);
      dl::Group all, half, fifth;
      dl::Magnitude scores{0.0, 100.0, {}, 0.0, 0.0, {}, {}}, time;
      for (int i = 0; i < n; ++i) {
        const dl::RecordKey key = rng();
        all.add(key);
        if (i % 2 == 0) half.add(key);
        if (i % 5 == 0) fifth.add(key);
        scores.add(key, std::round(std::uniform_real_distribution<double>(0, 100)(rng)));
        time.add(key, 0.25 * std::uniform_int_distribution<int>(0, 40)(rng));
      }
      count.add(dl::count_cell(all), n);
      mean.add(dl::mean_cell(scores, dl::Quantity{"score:T0:1", dl::kScoreNoiseFloor}), scores.sum / n);
      hours.add(dl::sum_cell(time, dl::Quantity{"hours", dl::kHoursNoiseFloor}), time.sum);
      share50.add(dl::share_cell(half, all), 100.0 * half.n / n);
      share20.add(dl::share_cell(fifth, all), 100.0 * fifth.n / n);
    }
    row("count (people)", low, high, count, "");
    row("mean score (points)", low, high, mean, "points");
    row("hours in all (0-10 h each)", low, high, hours, "hours");
    row("share of about 50 %", low, high, share50, "points");
    row("share of about 20 %", low, high, share20, "points");
    std::printf("\n");
  }
  return 0;
}
