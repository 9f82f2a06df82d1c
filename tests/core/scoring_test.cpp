// Tests for area scores and bands: "Ej aktuellt" left out, all-NA gives no score, band edges.
#include "core/scoring.hpp"

#include <gtest/gtest.h>

#include "fixtures.hpp"

namespace dl {
namespace {

const Instrument& instrument() {
  static const Catalog catalog = test::fixture_catalog();
  return *catalog.instrument;
}

const AreaScore& area(const std::vector<AreaScore>& scores, Area a) {
  return scores[static_cast<std::size_t>(a)];
}

TEST(Scoring, AlwaysFiveAreasInOrder) {
  const auto scores = score_areas({}, instrument());
  ASSERT_EQ(scores.size(), 5u);
  for (std::size_t i = 0; i < 5; ++i) {
    EXPECT_EQ(scores[i].area, kAllAreas[i]);
    EXPECT_FALSE(scores[i].score.has_value());
    EXPECT_EQ(scores[i].rated, 0);
  }
}

TEST(Scoring, MeanLevelScaledTo100) {
  const auto scores = score_areas({{"info-1", 3}, {"info-2", 2}, {"comm-1", 0}, {"safety-1", 1}, {"prob-1", 3}},
                                  instrument());
  EXPECT_EQ(area(scores, Area::information).score, 83);  // 2.5 / 3 = 83.3
  EXPECT_EQ(area(scores, Area::information).rated, 2);
  EXPECT_EQ(area(scores, Area::communication).score, 0);
  EXPECT_EQ(area(scores, Area::safety).score, 33);
  EXPECT_EQ(area(scores, Area::problem_solving).score, 100);
  EXPECT_FALSE(area(scores, Area::content_creation).score.has_value());
}

TEST(Scoring, RoundsHalvesUp) {
  // One 1 and one 0 in "information": 0.5 / 3 = 16.67 -> 17.
  EXPECT_EQ(area(score_areas({{"info-1", 1}, {"info-2", 0}}, instrument()), Area::information).score, 17);
}

TEST(Scoring, NotApplicableIsLeftOutNotZero) {
  const auto scores = score_areas({{"info-1", 3}, {"info-2", kNotApplicable}}, instrument());
  EXPECT_EQ(area(scores, Area::information).score, 100);
  EXPECT_EQ(area(scores, Area::information).rated, 1);
  EXPECT_EQ(area(scores, Area::information).not_applicable, 1);
}

TEST(Scoring, AllNotApplicableGivesNoScore) {
  const auto scores = score_areas({{"info-1", kNotApplicable}, {"info-2", kNotApplicable}}, instrument());
  EXPECT_FALSE(area(scores, Area::information).score.has_value());
  EXPECT_EQ(area(scores, Area::information).not_applicable, 2);
}

TEST(Scoring, UnknownStatementsAndBadLevelsIgnored) {
  const auto scores = score_areas({{"removed", 0}, {"info-1", 7}, {"info-2", 3}}, instrument());
  EXPECT_EQ(area(scores, Area::information).score, 100);
  EXPECT_EQ(area(scores, Area::information).rated, 1);
}

TEST(Scoring, BandBoundaries) {
  EXPECT_EQ(band_for(0), Band::starting);
  EXPECT_EQ(band_for(29), Band::starting);
  EXPECT_EQ(band_for(30), Band::foundation);
  EXPECT_EQ(band_for(47), Band::foundation);
  EXPECT_EQ(band_for(48), Band::intermediate);
  EXPECT_EQ(band_for(80), Band::intermediate);
  EXPECT_EQ(band_for(81), Band::advanced);
  EXPECT_EQ(band_for(100), Band::advanced);
}

TEST(Scoring, BandWords) {
  EXPECT_STREQ(band_name(Band::starting).sv, "Här börjar du");
  EXPECT_STREQ(band_name(Band::foundation).sv, "Grundläggande");
  EXPECT_STREQ(band_name(Band::intermediate).en, "Intermediate");
  EXPECT_STREQ(band_name(Band::advanced).sv, "Avancerad");
  for (Band b : {Band::starting, Band::foundation, Band::intermediate, Band::advanced}) {
    EXPECT_GT(std::string(band_explanation(b).sv).size(), 10u);
    EXPECT_GT(std::string(band_explanation(b).en).size(), 10u);
    // A profile, never a pass or fail.
    for (const char* word : {"underkänd", "godkänd", "fail", "pass"}) {
      EXPECT_EQ(std::string(band_explanation(b).sv).find(word), std::string::npos);
      EXPECT_EQ(std::string(band_explanation(b).en).find(word), std::string::npos);
    }
  }
}

}  // namespace
}  // namespace dl
