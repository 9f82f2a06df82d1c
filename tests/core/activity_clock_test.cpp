// Active time with an injected clock: gaps under and over the idle limit, hidden periods, take().
#include "core/activity_clock.hpp"

#include <gtest/gtest.h>

namespace dl {
namespace {

constexpr std::int64_t kSecond = 1000;
constexpr std::int64_t kMinute = 60 * kSecond;
constexpr std::int64_t kLimit = ActivityClock::kIdleLimitMs;

TEST(ActivityClock, NothingCountsBeforeTheFirstAction) {
  ActivityClock clock;
  EXPECT_EQ(clock.take(10 * kMinute), 0);
  clock.on_visibility(false, 11 * kMinute);
  clock.on_visibility(true, 12 * kMinute);
  EXPECT_EQ(clock.take(13 * kMinute), 0);
}

TEST(ActivityClock, GapUnderTheLimitCountsWhole) {
  ActivityClock clock;
  clock.on_action(1000);
  clock.on_action(1000 + 2 * kMinute);
  clock.on_action(1000 + 3 * kMinute);
  EXPECT_EQ(clock.take(1000 + 3 * kMinute), 3 * kMinute);
}

TEST(ActivityClock, GapOverTheLimitCountsOnlyTheLimit) {
  ActivityClock clock;
  clock.on_action(0);
  clock.on_action(20 * kMinute);  // left the tablet for 20 minutes
  EXPECT_EQ(clock.take(20 * kMinute), kLimit);
  clock.on_action(20 * kMinute + kLimit);  // exactly the limit counts whole
  EXPECT_EQ(clock.take(20 * kMinute + kLimit), kLimit);
}

TEST(ActivityClock, TakeCountsUpToNowAndStartsANewCount) {
  ActivityClock clock;
  clock.on_action(0);
  EXPECT_EQ(clock.take(kMinute), kMinute);  // still within the limit: counted up to now
  EXPECT_EQ(clock.take(kMinute), 0);         // nothing twice
  EXPECT_EQ(clock.take(3 * kMinute), 2 * kMinute);
  EXPECT_EQ(clock.take(60 * kMinute), kLimit - 3 * kMinute);  // the rest of the window, no more
  EXPECT_EQ(clock.take(90 * kMinute), 0);
  clock.on_action(90 * kMinute);
  EXPECT_EQ(clock.take(90 * kMinute + 30 * kSecond), 30 * kSecond);
}

TEST(ActivityClock, HiddenTimeNeverCounts) {
  ActivityClock clock;
  clock.on_action(0);
  clock.on_visibility(false, kMinute);      // 1 min counted
  clock.on_action(2 * kMinute);             // even an action while hidden counts nothing yet
  clock.on_visibility(true, 3 * kMinute);   // shown again inside the window of the last action
  clock.on_action(4 * kMinute);             // 1 min counted (3..4)
  EXPECT_EQ(clock.take(4 * kMinute), 2 * kMinute);
}

TEST(ActivityClock, ShowingAgainIsNotAnAction) {
  ActivityClock clock;
  clock.on_action(0);
  clock.on_visibility(false, kMinute);
  clock.on_visibility(true, 30 * kMinute);  // back after the window of the last action closed
  EXPECT_EQ(clock.take(40 * kMinute), kMinute);
  clock.on_action(40 * kMinute);
  EXPECT_EQ(clock.take(42 * kMinute), 2 * kMinute);
}

TEST(ActivityClock, HiddenStretchInsideAGapIsLeftOut) {
  ActivityClock clock;
  clock.on_action(0);
  clock.on_visibility(false, kMinute);
  clock.on_visibility(true, 2 * kMinute);
  clock.on_action(4 * kMinute);  // 0..1 and 2..4 count
  EXPECT_EQ(clock.take(4 * kMinute), 3 * kMinute);
}

TEST(ActivityClock, AClockThatGoesBackCountsNothingNegative) {
  ActivityClock clock;
  clock.on_action(10 * kMinute);
  clock.on_action(5 * kMinute);
  EXPECT_EQ(clock.take(5 * kMinute), 0);
  EXPECT_EQ(clock.take(6 * kMinute), kMinute);
}

TEST(FormatDuration, Swedish) {
  EXPECT_EQ(format_duration(0, Lang::sv), "under en minut");
  EXPECT_EQ(format_duration(59, Lang::sv), "under en minut");
  EXPECT_EQ(format_duration(-5, Lang::sv), "under en minut");
  EXPECT_EQ(format_duration(60, Lang::sv), "1 min");
  EXPECT_EQ(format_duration(25 * 60 + 59, Lang::sv), "25 min");  // whole minutes, floored
  EXPECT_EQ(format_duration(59 * 60 + 59, Lang::sv), "59 min");
  EXPECT_EQ(format_duration(3600, Lang::sv), "1 h");
  EXPECT_EQ(format_duration(80 * 60, Lang::sv), "1 h 20 min");
  EXPECT_EQ(format_duration(2 * 3600 + 5 * 60 + 30, Lang::sv), "2 h 5 min");
}

TEST(FormatDuration, English) {
  EXPECT_EQ(format_duration(30, Lang::en), "less than a minute");
  EXPECT_EQ(format_duration(25 * 60, Lang::en), "25 min");
  EXPECT_EQ(format_duration(80 * 60, Lang::en), "1 h 20 min");
}

TEST(RoundedHours, NearestQuarterHour) {
  EXPECT_DOUBLE_EQ(rounded_hours(0), 0.0);
  EXPECT_DOUBLE_EQ(rounded_hours(-100), 0.0);
  EXPECT_DOUBLE_EQ(rounded_hours(449), 0.0);    // just under 7.5 min
  EXPECT_DOUBLE_EQ(rounded_hours(450), 0.25);   // 7.5 min rounds up
  EXPECT_DOUBLE_EQ(rounded_hours(15 * 60), 0.25);
  EXPECT_DOUBLE_EQ(rounded_hours(22 * 60 + 29), 0.25);
  EXPECT_DOUBLE_EQ(rounded_hours(22 * 60 + 30), 0.5);
  EXPECT_DOUBLE_EQ(rounded_hours(80 * 60), 1.25);  // 1 h 20 min
  EXPECT_DOUBLE_EQ(rounded_hours(3600), 1.0);
  EXPECT_DOUBLE_EQ(rounded_hours(100 * 3600 + 1), 100.0);
}

}  // namespace
}  // namespace dl
