// Tests for the fixed background questions and their options.
#include "core/background.hpp"

#include <set>
#include <string>

#include <gtest/gtest.h>

namespace dl {
namespace {

TEST(Background, QuestionsAndOptions) {
  const auto& qs = background_questions();
  ASSERT_EQ(qs.size(), 4u);
  EXPECT_STREQ(qs[0].id, "gender");
  EXPECT_STREQ(qs[0].prompt.sv, "Kön");
  EXPECT_STREQ(qs[1].prompt.en, "Age");
  EXPECT_STREQ(qs[2].prompt.sv, "Yrkesgrupp");
  EXPECT_STREQ(qs[3].id, "work_setting");
  EXPECT_STREQ(qs[3].prompt.sv, "Arbetsplats");
  EXPECT_STREQ(qs[3].prompt.en, "Workplace");
  EXPECT_EQ(qs[0].options.size(), 3u);
  EXPECT_EQ(qs[1].options.size(), 3u);
  EXPECT_EQ(qs[2].options.size(), 5u);
  EXPECT_EQ(qs[3].options.size(), 6u);
  EXPECT_STREQ(qs[0].options[2].label.sv, "Annat eller vill ej uppge");
  EXPECT_STREQ(qs[1].options[1].label.sv, "30–54 år");
  EXPECT_STREQ(qs[3].options[1].label.sv, "Särskilt boende (äldreboende)");
  EXPECT_STREQ(qs[3].options[5].label.en, "Other");
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
  EXPECT_TRUE(is_valid_background_answer("work_setting", "personlig-assistans"));
  EXPECT_TRUE(is_valid_background_answer("work_setting", "funktionsstod"));  // same id, other question
  EXPECT_FALSE(is_valid_background_answer("work_setting", "omsorg"));
  EXPECT_FALSE(is_valid_background_answer("work_setting", "Hemtjänst Norr"));  // a unit name
}

// Option ids are unique within their question, so an answer always means one thing.
TEST(Background, OptionIdsAreUniquePerQuestion) {
  for (const auto& q : background_questions()) {
    std::set<std::string> ids;
    for (const auto& o : q.options) EXPECT_TRUE(ids.insert(o.id).second) << q.id << "=" << o.id;
  }
}

TEST(Background, FieldsByQuestionId) {
  Background b;
  *b.field("age_band") = "upto-29";
  EXPECT_EQ(b.age_band, "upto-29");
  EXPECT_EQ(b.field("shoe_size"), nullptr);
  const Background& cb = b;
  EXPECT_EQ(*cb.field("age_band"), "upto-29");
  *b.field("work_setting") = "hemtjanst";
  EXPECT_EQ(b.work_setting, "hemtjanst");
  Background other = b;
  other.work_setting = "annat";
  EXPECT_FALSE(other == b);
}

}  // namespace
}  // namespace dl
