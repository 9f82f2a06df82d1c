// Calendar dates as day numbers (proleptic Gregorian), month arithmetic for due dates, and the
// date in ISO form (saved) and in words (shown). Integer arithmetic only.
#include "calendar.hpp"

#include <cstdio>

namespace dl {
namespace {

bool is_leap_year(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[month - 1];
}

// Floor division for a positive divisor (C++ `/` truncates toward zero).
int floor_div(int a, int b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

}  // namespace

// days_from_civil and civil_from_days below are Howard Hinnant's algorithms, "chrono-Compatible
// Low-Level Date Algorithms" (https://howardhinnant.github.io/date_algorithms.html): the year is
// shifted to start on 1 March so the leap day is the last day of the year, and counted in 400-year
// eras of 146097 days.
int day_number(const Date& date) {
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;                                                     // [0, 399]
  const int doy = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;  // [0, 365]
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;                             // [0, 146096]
  return era * 146097 + doe - 719468;
}

Date date_from_day_number(int days) {
  const int z = days + 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const int doe = z - era * 146097;                                    // [0, 146096]
  const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
  const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);             // [0, 365]
  const int mp = (5 * doy + 2) / 153;                                  // [0, 11], March = 0
  const int day = doy - (153 * mp + 2) / 5 + 1;                        // [1, 31]
  const int month = mp < 10 ? mp + 3 : mp - 9;                         // [1, 12]
  const int year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return Date{year, month, day};
}

// Years 1..9999: the range the ISO form "YYYY-MM-DD" can carry, so every valid date round-trips.
bool is_valid_date(const Date& date) {
  if (date.year < 1 || date.year > 9999 || date.month < 1 || date.month > 12) return false;
  return date.day >= 1 && date.day <= days_in_month(date.year, date.month);
}

Date add_months(const Date& date, int months) {
  const int index = date.year * 12 + (date.month - 1) + months;  // months since year 0
  const int year = floor_div(index, 12);
  const int month = index - year * 12 + 1;
  const int last = days_in_month(year, month);
  return Date{year, month, date.day > last ? last : date.day};
}

Period period_of(const Date& date) { return period_from_month(date.year, date.month); }

std::string to_iso(const Date& date) {
  char text[32];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", date.year, date.month, date.day);
  return text;
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto number = [&](std::size_t from, std::size_t count) -> std::optional<int> {
    int value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return std::nullopt;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const auto year = number(0, 4), month = number(5, 2), day = number(8, 2);
  if (!year || !month || !day) return std::nullopt;
  const Date date{*year, *month, *day};
  if (!is_valid_date(date)) return std::nullopt;
  return date;
}

std::string date_text(const Date& date, Lang lang) {
  static constexpr Phrase kMonths[12] = {
      {"januari", "January"}, {"februari", "February"}, {"mars", "March"},     {"april", "April"},
      {"maj", "May"},         {"juni", "June"},         {"juli", "July"},       {"augusti", "August"},
      {"september", "September"}, {"oktober", "October"}, {"november", "November"},
      {"december", "December"}};
  if (!is_valid_date(date)) return to_iso(date);
  return std::to_string(date.day) + " " + tr(lang, kMonths[date.month - 1]) + " " + std::to_string(date.year);
}

int whole_months_between(const Date& from, const Date& to) {
  const int months = (to.year - from.year) * 12 + (to.month - from.month) - (to.day < from.day ? 1 : 0);
  return months < 0 ? 0 : months;
}

}  // namespace dl
