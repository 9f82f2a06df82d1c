// Calendar dates on the device's own clock, as plain day numbers, for due dates (T2 follow-up).
// A date never leaves the device: result files carry year + quarter only (period.hpp).
#pragma once
#include <optional>
#include <string>
#include <string_view>

#include "i18n.hpp"
#include "period.hpp"

namespace dl {

struct Date {
  int year = 1970;
  int month = 1;  // 1..12
  int day = 1;    // 1..31
  bool operator==(const Date& o) const { return year == o.year && month == o.month && day == o.day; }
  bool operator!=(const Date& o) const { return !(*this == o); }
};

// Days since 1970-01-01 (proleptic Gregorian), negative before. Exact for every valid date.
int day_number(const Date& date);
Date date_from_day_number(int days);
bool is_valid_date(const Date& date);
// The same day `months` months later; a day past the end of the month becomes its last day
// (31 Jan + 1 month = 28/29 Feb).
Date add_months(const Date& date, int months);
Period period_of(const Date& date);
// Whole months from `from` to `to` (0 when `to` is earlier): 15 Jan -> 14 Mar is 1, -> 15 Mar is 2.
int whole_months_between(const Date& from, const Date& to);
std::string to_iso(const Date& date);                   // "2026-11-23"
std::optional<Date> parse_iso_date(std::string_view text);  // only "YYYY-MM-DD", valid dates
// For people: "23 mars 2027" / "23 March 2027".
std::string date_text(const Date& date, Lang lang);

}  // namespace dl
