// Tests for area scores and bands: "Ej aktuellt" left out, all-NA gives no score, rounding, band
// edges reached through real answers. The instrument is built in code, independent of the file format.
#include "core/scoring.hpp"

#include <gtest/gtest.h>

namespace dl {
namespace {

Statement statement(std::string id, Area area) {
  Statement s;
  s.id = std::move(id);
  s.competence = std::to_string(area_number(area)) + ".1";
  s.area = area;
  s.text = LocalText{"Jag kan " + s.id, ""};
  return s;
}

// "info-1".."info-<n>" in information, and two statements in each other area.
Instrument instrument(int information_statements = 2) {
  Instrument in;
  in.id = "digcomp-omsorg";
  for (int i = 1; i <= information_statements; ++i) {
    in.statements.push_back(statement("info-" + std::to_string(i), Area::information));
  }
  const std::pair<Area, const char*> others[] = {
      {Area::communication, "comm"}, {Area::content_creation, "content"}, {Area::safety, "safety"},
      {Area::problem_solving, "prob"}};
  for (const auto& [area, prefix] : others) {
    for (int i = 1; i <= 2; ++i) {
      in.statements.push_back(statement(std::string(prefix) + "-" + std::to_string(i), area));
    }
  }
  return in;
}

// Answers for info-1..info-<rated> whose levels add up to `sum` (3s first, then the rest).
std::map<std::string, int> information_answers(int rated, int sum) {
  std::map<std::string, int> answers;
  for (int i = 1; i <= rated; ++i) {
    const int level = sum >= kMaxLevel ? kMaxLevel : sum;
    answers["info-" + std::to_string(i)] = level;
    sum -= level;
  }
  return answers;
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
  const auto scores = score_areas(
      {{"info-1", 3}, {"info-2", 2}, {"comm-1", 0}, {"safety-1", 1}, {"prob-1", 3}}, instrument());
  EXPECT_EQ(area(scores, Area::information).score, 83);  // 2.5 / 3 = 83.3
  EXPECT_EQ(area(scores, Area::information).rated, 2);
  EXPECT_EQ(area(scores, Area::communication).score, 0);
  EXPECT_EQ(area(scores, Area::safety).score, 33);
  EXPECT_EQ(area(scores, Area::problem_solving).score, 100);
  EXPECT_FALSE(area(scores, Area::content_creation).score.has_value());
}

TEST(Scoring, RoundsToTheNearestHalvesUp) {
  // One 1 and one 0: 0.5 / 3 = 16.67 -> 17.
  EXPECT_EQ(area(score_areas({{"info-1", 1}, {"info-2", 0}}, instrument()), Area::information).score, 17);
  // 7 of 21: 33.33 -> 33.
  EXPECT_EQ(area(score_areas(information_answers(7, 7), instrument(7)), Area::information).score, 33);
  // 6 of 48 is exactly 12.5 -> 13.
  EXPECT_EQ(area(score_areas(information_answers(16, 6), instrument(16)), Area::information).score, 13);
  // 18 of 48 = 37.5 -> 38.
  EXPECT_EQ(area(score_areas(information_answers(16, 18), instrument(16)), Area::information).score, 38);
}

TEST(Scoring, BandEdgesFromAnswers) {
  struct Case { int rated; int sum; int score; Band band; };
  const Case cases[] = {
      {7, 6, 29, Band::starting},        // 28.57
      {10, 9, 30, Band::foundation},     // 30.0
      {5, 7, 47, Band::foundation},      // 46.67
      {9, 13, 48, Band::intermediate},   // 48.15
      {5, 12, 80, Band::intermediate},   // 80.0
      {7, 17, 81, Band::advanced},       // 80.95
  };
  for (const Case& c : cases) {
    const auto scores = score_areas(information_answers(c.rated, c.sum), instrument(c.rated));
    ASSERT_EQ(area(scores, Area::information).score, c.score) << c.rated << " " << c.sum;
    EXPECT_EQ(band_for(*area(scores, Area::information).score), c.band) << c.score;
  }
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
  EXPECT_EQ(area(scores, Area::information).rated, 0);
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
