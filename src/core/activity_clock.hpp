// Active time in a module: from each action, time counts until the next action but at most
// kIdleLimitMs (the person has acted in the last few minutes), and never while the page is hidden.
// The clock is passed in as milliseconds, so tests control it. Shown to the person and rounded
// into the result file for the hours programmes report.
#pragma once
#include <cstdint>
#include <string>

#include "i18n.hpp"

namespace dl {

class ActivityClock {
 public:
  static constexpr std::int64_t kIdleLimitMs = 5 * 60 * 1000;

  void on_action(std::int64_t now_ms);                   // the person did something
  void on_visibility(bool visible, std::int64_t now_ms);  // the page was hidden or shown again
  // Active milliseconds since the last take(), counted up to now_ms; starts a new count.
  std::int64_t take(std::int64_t now_ms);

 private:
  std::int64_t last_action_ms_ = -1;   // -1: no action yet
  std::int64_t counted_until_ms_ = -1; // active time before this is already counted
  std::int64_t pending_ms_ = 0;        // counted, not yet taken
  bool visible_ = true;
  void count_until(std::int64_t now_ms);
};

// "1 h 20 min", "25 min", "under en minut" (sv) / "1 h 20 min", "25 min", "less than a minute" (en)
std::string format_duration(std::int64_t seconds, Lang lang);
// Hours rounded to the nearest quarter hour, for the result file (0.25 steps; 0 for < 7.5 min).
double rounded_hours(std::int64_t seconds);

}  // namespace dl
