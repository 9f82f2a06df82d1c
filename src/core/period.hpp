// A period of year + quarter: the finest time that ever leaves a device (anonymity rule).
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace dl {

struct Period {
  int year = 0;     // e.g. 2026
  int quarter = 0;  // 1..4
  bool operator==(const Period& o) const { return year == o.year && quarter == o.quarter; }
  bool operator!=(const Period& o) const { return !(*this == o); }
  bool operator<(const Period& o) const { return year != o.year ? year < o.year : quarter < o.quarter; }
};

Period period_from_month(int year, int month);  // month 1..12
std::string to_string(const Period& p);          // "2026-Q4"
std::optional<Period> parse_period(std::string_view text);  // accepts only "YYYY-QN", 2000..2999

}  // namespace dl
