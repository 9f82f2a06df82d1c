// Tests for participant codes: length, alphabet without look-alikes, randomness used.
#include "core/participant_code.hpp"

#include <set>

#include <gtest/gtest.h>

namespace dl {
namespace {

TEST(ParticipantCode, EightSymbolsWithoutLookAlikes) {
  for (std::uint64_t r : {0ull, 1ull, 31ull, 0xFFFFFFFFFFull, 0xFFFFFFFFFFFFFFFFull, 123456789ull}) {
    const std::string code = make_participant_code(r);
    EXPECT_EQ(code.size(), 8u);
    EXPECT_TRUE(is_valid_participant_code(code)) << code;
    EXPECT_EQ(code.find_first_of("0O1IL"), std::string::npos) << code;
  }
}

TEST(ParticipantCode, DifferentRandomnessGivesDifferentCodes) {
  std::set<std::string> codes;
  for (std::uint64_t r = 0; r < 2000; ++r) codes.insert(make_participant_code(r * 0x9E3779B97F4A7C15ull));
  EXPECT_EQ(codes.size(), 2000u);
  EXPECT_NE(make_participant_code(1), make_participant_code(2));
  EXPECT_EQ(make_participant_code(42), make_participant_code(42));
}

TEST(ParticipantCode, Validation) {
  EXPECT_TRUE(is_valid_participant_code("K7QM4XPD"));
  for (const char* bad : {"", "K7QM4XP", "K7QM4XPDA", "k7qm4xpd", "K7QM4XP0", "K7QM4XPO", "K7QM4XP1", "K7QM4XPI",
                          "K7QM4XPL", "K7QM 4XP", "Anna Sve"}) {
    EXPECT_FALSE(is_valid_participant_code(bad)) << bad;
  }
}

}  // namespace
}  // namespace dl

namespace dl {
namespace {

TEST(ParticipantCode, ShownInTwoGroupsAndReadAsTyped) {
  EXPECT_EQ(code_for_people("K7QM4XPD"), "K7QM-4XPD");
  EXPECT_EQ(read_typed_code("K7QM-4XPD"), std::optional<std::string>("K7QM4XPD"));
  EXPECT_EQ(read_typed_code(" k7qm 4xpd "), std::optional<std::string>("K7QM4XPD"));
  EXPECT_EQ(read_typed_code(code_for_people(make_participant_code(12345))), make_participant_code(12345));
  EXPECT_FALSE(read_typed_code(""));
  EXPECT_FALSE(read_typed_code("K7QM-4XP"));     // too short
  EXPECT_FALSE(read_typed_code("K7QM-4XPDD"));   // too long
  EXPECT_FALSE(read_typed_code("K7QM-4XP0"));    // 0 is not in the alphabet (nor O, 1, I, L)
  EXPECT_FALSE(read_typed_code("K7QM-4XPÅ"));
}

}  // namespace
}  // namespace dl
