// Tests for calendar dates: day numbers both ways over five centuries, leap years, month arithmetic
// with end-of-month clamping, strict ISO text, quarters and dates in Swedish and English words.
#include "core/calendar.hpp"

#include <gtest/gtest.h>

namespace dl {
namespace {

TEST(Calendar, EpochAndKnownDayNumbers) {
  EXPECT_EQ(day_number(Date{1970, 1, 1}), 0);
  EXPECT_EQ(day_number(Date{1970, 1, 2}), 1);
  EXPECT_EQ(day_number(Date{1969, 12, 31}), -1);
  EXPECT_EQ(day_number(Date{2000, 3, 1}), 11017);
  EXPECT_EQ(day_number(Date{2026, 11, 23}), 20780);
  EXPECT_EQ(day_number(Date{1900, 1, 1}), -25567);
  EXPECT_EQ(date_from_day_number(20780), (Date{2026, 11, 23}));
  EXPECT_EQ(date_from_day_number(-25567), (Date{1900, 1, 1}));
}

// Walking every day from 1900 to 2400 by hand (month lengths, leap rule) and comparing both ways.
TEST(Calendar, EveryDayFrom1900To2400RoundTrips) {
  const int lengths[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int expected = day_number(Date{1900, 1, 1});
  int checked = 0;
  for (int year = 1900; year <= 2400; ++year) {
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    for (int month = 1; month <= 12; ++month) {
      const int days = lengths[month - 1] + (month == 2 && leap ? 1 : 0);
      for (int day = 1; day <= days; ++day) {
        const Date date{year, month, day};
        ASSERT_TRUE(is_valid_date(date)) << to_iso(date);
        ASSERT_EQ(day_number(date), expected) << to_iso(date);
        ASSERT_EQ(date_from_day_number(expected), date) << expected;
        ASSERT_EQ(parse_iso_date(to_iso(date)), date) << to_iso(date);
        ++expected;
        ++checked;
      }
      ASSERT_FALSE(is_valid_date(Date{year, month, days + 1}));
    }
  }
  EXPECT_EQ(checked, 365 * 501 + 122);  // 122 leap years in 1900..2400 (not 1900, 2100, 2200, 2300)
}

TEST(Calendar, LeapYears) {
  EXPECT_TRUE(is_valid_date(Date{2024, 2, 29}));
  EXPECT_TRUE(is_valid_date(Date{2000, 2, 29}));
  EXPECT_TRUE(is_valid_date(Date{2400, 2, 29}));
  EXPECT_FALSE(is_valid_date(Date{2026, 2, 29}));
  EXPECT_FALSE(is_valid_date(Date{1900, 2, 29}));
  EXPECT_FALSE(is_valid_date(Date{2100, 2, 29}));
  EXPECT_EQ(day_number(Date{2024, 3, 1}) - day_number(Date{2024, 2, 28}), 2);
  EXPECT_EQ(day_number(Date{2100, 3, 1}) - day_number(Date{2100, 2, 28}), 1);
}

TEST(Calendar, InvalidDates) {
  EXPECT_FALSE(is_valid_date(Date{2026, 0, 1}));
  EXPECT_FALSE(is_valid_date(Date{2026, 13, 1}));
  EXPECT_FALSE(is_valid_date(Date{2026, 4, 31}));
  EXPECT_FALSE(is_valid_date(Date{2026, 1, 0}));
  EXPECT_FALSE(is_valid_date(Date{0, 1, 1}));
  EXPECT_FALSE(is_valid_date(Date{10000, 1, 1}));
}

TEST(Calendar, AddMonthsKeepsTheDay) {
  EXPECT_EQ(add_months(Date{2026, 11, 23}, 4), (Date{2027, 3, 23}));
  EXPECT_EQ(add_months(Date{2026, 1, 15}, 0), (Date{2026, 1, 15}));
  EXPECT_EQ(add_months(Date{2026, 12, 1}, 1), (Date{2027, 1, 1}));
  EXPECT_EQ(add_months(Date{2026, 5, 10}, 24), (Date{2028, 5, 10}));
  EXPECT_EQ(add_months(Date{2026, 3, 10}, -3), (Date{2025, 12, 10}));
}

TEST(Calendar, AddMonthsClampsToTheEndOfTheMonth) {
  EXPECT_EQ(add_months(Date{2027, 1, 31}, 1), (Date{2027, 2, 28}));  // common year
  EXPECT_EQ(add_months(Date{2028, 1, 31}, 1), (Date{2028, 2, 29}));  // leap year
  EXPECT_EQ(add_months(Date{2100, 1, 31}, 1), (Date{2100, 2, 28}));  // century, not leap
  EXPECT_EQ(add_months(Date{2026, 11, 30}, 4), (Date{2027, 3, 30}));
  EXPECT_EQ(add_months(Date{2026, 10, 31}, 4), (Date{2027, 2, 28}));
  EXPECT_EQ(add_months(Date{2026, 3, 31}, 1), (Date{2026, 4, 30}));
  EXPECT_EQ(add_months(Date{2028, 2, 29}, 12), (Date{2029, 2, 28}));
  EXPECT_EQ(add_months(Date{2026, 3, 31}, -1), (Date{2026, 2, 28}));
}

TEST(Calendar, PeriodOfADate) {
  EXPECT_EQ(period_of(Date{2026, 11, 23}), (Period{2026, 4}));
  EXPECT_EQ(period_of(Date{2027, 1, 1}), (Period{2027, 1}));
  EXPECT_EQ(period_of(Date{2027, 3, 31}), (Period{2027, 1}));
  EXPECT_EQ(period_of(Date{2027, 4, 1}), (Period{2027, 2}));
  EXPECT_EQ(period_of(Date{2027, 9, 30}), (Period{2027, 3}));
}

TEST(Calendar, IsoText) {
  EXPECT_EQ(to_iso(Date{2026, 11, 23}), "2026-11-23");
  EXPECT_EQ(to_iso(Date{2027, 3, 5}), "2027-03-05");
  EXPECT_EQ(parse_iso_date("2027-03-05"), (Date{2027, 3, 5}));
  EXPECT_EQ(parse_iso_date("2024-02-29"), (Date{2024, 2, 29}));
}

TEST(Calendar, IsoParsingIsStrict) {
  for (const char* text : {"2026-2-3", "2026-02-3", "2026-02-30", "2026-13-01", "2026-00-10",
                           "2026-01-00", "2025-02-29", "0000-01-01", "26-02-03", "2026/02/03",
                           "2026-02-03 ", " 2026-02-03", "2026-02-03T10:00", "+026-02-03", "2026-0a-03",
                           "", "20260203"}) {
    EXPECT_FALSE(parse_iso_date(text).has_value()) << text;
  }
}

TEST(Calendar, DateInWords) {
  EXPECT_EQ(date_text(Date{2027, 3, 23}, Lang::sv), "23 mars 2027");
  EXPECT_EQ(date_text(Date{2027, 3, 23}, Lang::en), "23 March 2027");
  EXPECT_EQ(date_text(Date{2027, 1, 1}, Lang::sv), "1 januari 2027");
  EXPECT_EQ(date_text(Date{2027, 5, 9}, Lang::sv), "9 maj 2027");
  EXPECT_EQ(date_text(Date{2026, 12, 31}, Lang::en), "31 December 2026");
  const char* sv[] = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                      "september", "oktober", "november", "december"};
  const char* en[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"};
  for (int month = 1; month <= 12; ++month) {
    EXPECT_EQ(date_text(Date{2030, month, 2}, Lang::sv), std::string("2 ") + sv[month - 1] + " 2030");
    EXPECT_EQ(date_text(Date{2030, month, 2}, Lang::en), std::string("2 ") + en[month - 1] + " 2030");
  }
}

TEST(Calendar, WholeMonthsBetween) {
  EXPECT_EQ(whole_months_between(Date{2026, 1, 15}, Date{2026, 3, 14}), 1);
  EXPECT_EQ(whole_months_between(Date{2026, 1, 15}, Date{2026, 3, 15}), 2);
  EXPECT_EQ(whole_months_between(Date{2025, 11, 30}, Date{2026, 2, 28}), 2);
  EXPECT_EQ(whole_months_between(Date{2026, 5, 1}, Date{2026, 4, 1}), 0);  // earlier: none
}

}  // namespace
}  // namespace dl
