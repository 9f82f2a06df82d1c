// Counting a person's active time in a module (activity_clock.hpp), and showing it.
#include "activity_clock.hpp"

#include <algorithm>

namespace dl {

// Active time is the visible part of [last action, last action + kIdleLimitMs]. Everything before
// `now_ms` is settled here, so later calls never count a stretch twice; a clock that went back
// counts nothing for the stretch in between.
void ActivityClock::count_until(std::int64_t now_ms) {
  if (visible_ && last_action_ms_ >= 0) {
    const std::int64_t start = std::max(counted_until_ms_, last_action_ms_);
    const std::int64_t end = std::min(now_ms, last_action_ms_ + kIdleLimitMs);
    if (end > start) pending_ms_ += end - start;
  }
  counted_until_ms_ = now_ms;
}

void ActivityClock::on_action(std::int64_t now_ms) {
  count_until(now_ms);
  last_action_ms_ = now_ms;
}

// Showing the page again is not an action: time counts again only within the last action's
// window, or from the next action.
void ActivityClock::on_visibility(bool visible, std::int64_t now_ms) {
  count_until(now_ms);
  visible_ = visible;
}

std::int64_t ActivityClock::take(std::int64_t now_ms) {
  count_until(now_ms);
  const std::int64_t taken = pending_ms_;
  pending_ms_ = 0;
  return taken;
}

std::string format_duration(std::int64_t seconds, Lang lang) {
  const std::int64_t minutes = std::max<std::int64_t>(seconds, 0) / 60;  // whole minutes, floored
  if (minutes == 0) return lang == Lang::en ? "less than a minute" : "under en minut";
  const std::int64_t hours = minutes / 60;
  const std::int64_t rest = minutes % 60;
  std::string out;
  if (hours > 0) out = std::to_string(hours) + " h";
  if (rest > 0) out += (out.empty() ? "" : " ") + std::to_string(rest) + " min";
  return out;  // the same words in both languages: "h" and "min" are read alike
}

double rounded_hours(std::int64_t seconds) {
  if (seconds <= 0) return 0.0;
  constexpr std::int64_t kQuarterHour = 15 * 60;
  const std::int64_t quarters = (seconds + kQuarterHour / 2) / kQuarterHour;  // 7.5 min rounds up
  return static_cast<double>(quarters) * 0.25;
}

}  // namespace dl
