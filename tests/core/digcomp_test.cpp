// Tests for the DigComp areas: ids, numbers and names.
#include "core/digcomp.hpp"

#include <gtest/gtest.h>

namespace dl {
namespace {

TEST(DigComp, IdsRoundTrip) {
  for (Area a : kAllAreas) EXPECT_EQ(area_from_id(area_id(a)), a);
  EXPECT_STREQ(area_id(Area::content_creation), "content");
  EXPECT_STREQ(area_id(Area::problem_solving), "problem-solving");
  EXPECT_FALSE(area_from_id("Safety").has_value());
  EXPECT_FALSE(area_from_id("").has_value());
}

TEST(DigComp, NumbersAndNames) {
  EXPECT_EQ(area_number(Area::information), 1);
  EXPECT_EQ(area_number(Area::problem_solving), 5);
  EXPECT_STREQ(area_name(Area::information).sv, "Informations- och datakompetens");
  EXPECT_STREQ(area_name(Area::communication).sv, "Kommunikation och samarbete");
  EXPECT_STREQ(area_name(Area::content_creation).sv, "Skapande av digitalt innehåll");
  EXPECT_STREQ(area_name(Area::safety).sv, "Säkerhet");
  EXPECT_STREQ(area_name(Area::problem_solving).sv, "Problemlösning");
  EXPECT_STREQ(area_name(Area::information).en, "Information and data literacy");
  EXPECT_STREQ(area_name(Area::content_creation).en, "Digital content creation");
}

}  // namespace
}  // namespace dl
