// Tests for the fixed background questions and their options.
#include "core/background.hpp"

#include <gtest/gtest.h>

namespace dl {
namespace {

TEST(Background, QuestionsAndOptions) {
  const auto& qs = background_questions();
  ASSERT_EQ(qs.size(), 3u);
  EXPECT_STREQ(qs[0].id, "gender");
  EXPECT_STREQ(qs[0].prompt.sv, "Kön");
  EXPECT_STREQ(qs[1].prompt.en, "Age");
  EXPECT_STREQ(qs[2].prompt.sv, "Yrkesgrupp");
  EXPECT_EQ(qs[0].options.size(), 3u);
  EXPECT_EQ(qs[1].options.size(), 3u);
  EXPECT_EQ(qs[2].options.size(), 5u);
  EXPECT_STREQ(qs[0].options[2].label.sv, "Annat eller vill ej uppge");
  EXPECT_STREQ(qs[1].options[1].label.sv, "30–54 år");
  for (const auto& q : qs) {
    EXPECT_NE(Background{}.field(q.id), nullptr);
    for (const auto& o : q.options) {
      EXPECT_TRUE(is_valid_background_answer(q.id, o.id)) << q.id << "=" << o.id;
      EXPECT_GT(std::string(o.label.en).size(), 0u);
    }
  }
}

TEST(Background, OnlyFixedOptionsAreValid) {
  EXPECT_TRUE(is_valid_background_answer("role_family", "handlaggning-utveckling"));
  EXPECT_FALSE(is_valid_background_answer("gender", "30-54"));
  EXPECT_FALSE(is_valid_background_answer("gender", ""));
  EXPECT_FALSE(is_valid_background_answer("name", "kvinna"));
}

TEST(Background, FieldsByQuestionId) {
  Background b;
  *b.field("age_band") = "upto-29";
  EXPECT_EQ(b.age_band, "upto-29");
  EXPECT_EQ(b.field("shoe_size"), nullptr);
  const Background& cb = b;
  EXPECT_EQ(*cb.field("age_band"), "upto-29");
}

}  // namespace
}  // namespace dl
