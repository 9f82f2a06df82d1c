// Year + quarter, the finest time a result file may carry.
#include "period.hpp"

#include <algorithm>

namespace dl {

Period period_from_month(int year, int month) {
  const int m = std::clamp(month, 1, 12);
  return Period{year, (m - 1) / 3 + 1};
}

std::string to_string(const Period& p) {
  return std::to_string(p.year) + "-Q" + std::to_string(p.quarter);
}

std::optional<Period> parse_period(std::string_view text) {
  if (text.size() != 7 || text[4] != '-' || text[5] != 'Q') return std::nullopt;
  int year = 0;
  for (std::size_t i = 0; i < 4; ++i) {
    if (text[i] < '0' || text[i] > '9') return std::nullopt;
    year = year * 10 + (text[i] - '0');
  }
  const int quarter = text[6] - '0';
  if (year < 2000 || year > 2999 || quarter < 1 || quarter > 4) return std::nullopt;
  return Period{year, quarter};
}

}  // namespace dl
