// Tests for the enum tables: every value's id reads back to it, names exist in both languages, and
// a table out of order or with an id twice is refused.
#include "core/enum_table.hpp"

#include <gtest/gtest.h>

#include <string>

#include "core/content.hpp"
#include "core/digcomp.hpp"
#include "core/round.hpp"
#include "core/scoring.hpp"

namespace dl {
namespace {

// Every written value reads back from its id; a shown value has words in both languages.
template <typename Table>
void expect_whole(const Table& table, bool shown) {
  for (const auto& row : table.rows()) {
    SCOPED_TRACE(row.id);
    if (*row.id != '\0') {
      EXPECT_EQ(table.from_id(row.id), row.value);
    }
    if (shown) {
      EXPECT_STRNE(tr(Lang::sv, row.name), "");
      EXPECT_STRNE(tr(Lang::en, row.name), "");
    }
  }
}

TEST(EnumTableTest, EveryTableReadsBackAndNamesItsValues) {
  expect_whole(kRounds, true);
  expect_whole(kAreas, true);
  expect_whole(kLevels, true);
  expect_whole(kSurveyTopics, true);
  expect_whole(kBands, true);
  expect_whole(kQuestionKinds, false);
  for (CareTopic topic : kCareTopics.values()) {
    if (topic == CareTopic::none) continue;
    EXPECT_EQ(care_topic_from_id(care_topic_id(topic)), topic);
    EXPECT_STRNE(tr(Lang::en, care_topic_name(topic)), "");
  }
}

TEST(EnumTableTest, TheIdsFilesCarryStayAsTheyWere) {
  // Saved progress, result files and content name these; changing one breaks files in the field.
  EXPECT_STREQ(round_id(Round::t2), "T2");
  EXPECT_STREQ(area_id(Area::content_creation), "content");
  EXPECT_STREQ(area_id(Area::problem_solving), "problem-solving");
  EXPECT_STREQ(level_id(Level::foundation), "grundlaggande");
  EXPECT_STREQ(care_topic_id(CareTopic::information_security), "informationssakerhet");
  EXPECT_STREQ(question_kind_id(QuestionKind::true_false), "true_false");
  EXPECT_EQ(area_number(Area::safety), 4);
}

TEST(EnumTableTest, UnknownAndEmptyIdsReadAsNothing) {
  EXPECT_EQ(round_from_id("T3"), std::nullopt);
  EXPECT_EQ(round_from_id("t0"), std::nullopt);
  EXPECT_EQ(care_topic_from_id(""), std::nullopt);  // "none" is never written
  EXPECT_EQ(area_from_id(""), std::nullopt);
}

enum class Colour { red, green, blue };

TEST(EnumTableTest, ATableOutOfOrderOrWithAnIdTwiceIsRefused) {
  // (A constexpr table like these does not build.)
  using Table = EnumTable<Colour, 3>;
  using Rows = std::array<EnumRow<Colour>, 3>;
  EXPECT_STREQ(Table::problem(Rows{{{Colour::red, "red"}, {Colour::blue, "blue"}, {Colour::green, "green"}}}),
               "an enum table lists its values in order, each once");
  EXPECT_STREQ(Table::problem(Rows{{{Colour::red, "red"}, {Colour::green, "red"}, {Colour::blue, "blue"}}}),
               "two values of an enum share an id");
  // Several values never written may all have "".
  EXPECT_EQ(Table::problem(Rows{{{Colour::red, ""}, {Colour::green, ""}, {Colour::blue, "blue"}}}), nullptr);
  static_assert(Table::problem(Rows{{{Colour::red, "r"}, {Colour::green, "g"}, {Colour::blue, "b"}}}) == nullptr);
}

}  // namespace
}  // namespace dl
