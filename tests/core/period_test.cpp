// Tests for year + quarter periods: the finest time that leaves a device.
#include "core/period.hpp"

#include <gtest/gtest.h>

namespace dl {
namespace {

TEST(Period, FromMonthGivesQuarter) {
  EXPECT_EQ(period_from_month(2026, 1), (Period{2026, 1}));
  EXPECT_EQ(period_from_month(2026, 3), (Period{2026, 1}));
  EXPECT_EQ(period_from_month(2026, 4), (Period{2026, 2}));
  EXPECT_EQ(period_from_month(2026, 9), (Period{2026, 3}));
  EXPECT_EQ(period_from_month(2026, 10), (Period{2026, 4}));
  EXPECT_EQ(period_from_month(2026, 12), (Period{2026, 4}));
}

TEST(Period, FromMonthClampsOutOfRangeMonths) {
  EXPECT_EQ(period_from_month(2026, 0), (Period{2026, 1}));
  EXPECT_EQ(period_from_month(2026, 13), (Period{2026, 4}));
}

TEST(Period, ToStringAndBack) {
  EXPECT_EQ(to_string(Period{2026, 4}), "2026-Q4");
  for (int q = 1; q <= 4; ++q) {
    const Period p{2031, q};
    EXPECT_EQ(parse_period(to_string(p)), p);
  }
}

TEST(Period, ParseRejectsAnythingElse) {
  for (const char* bad : {"", "2026", "2026-Q", "2026-Q0", "2026-Q5", "2026-q4", "2026Q4", "1999-Q4",
                          "3000-Q1", "2026-Q44", " 2026-Q4", "2026-10-01", "20x6-Q1", "2026-04"}) {
    EXPECT_FALSE(parse_period(bad).has_value()) << bad;
  }
  EXPECT_TRUE(parse_period("2000-Q1").has_value());
  EXPECT_TRUE(parse_period("2999-Q4").has_value());
}

TEST(Period, OrdersByYearThenQuarter) {
  EXPECT_LT((Period{2025, 4}), (Period{2026, 1}));
  EXPECT_LT((Period{2026, 1}), (Period{2026, 2}));
  EXPECT_FALSE((Period{2026, 2}) < (Period{2026, 2}));
  EXPECT_NE((Period{2026, 2}), (Period{2026, 3}));
}

}  // namespace
}  // namespace dl
