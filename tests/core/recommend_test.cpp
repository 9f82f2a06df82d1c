// Tests for recommendations: growth areas, each ranking rule and its tie-break, completed modules
// left out, role-only and no suggestions without a round, at most three, reasons with statements.
#include "core/recommend.hpp"

#include "shipped_content.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "core/background.hpp"

namespace dl {
namespace {

using Kind = RecommendationReason::Kind;

// Four statements per area: "<prefix>-1".."-3" belong to competence "<n>.1", "<prefix>-4" to "<n>.2".
Instrument instrument() {
  Instrument in;
  in.id = "digcomp-omsorg";
  const std::pair<Area, const char*> areas[] = {{Area::information, "info"}, {Area::communication, "comm"},
                                                {Area::content_creation, "content"}, {Area::safety, "safety"},
                                                {Area::problem_solving, "prob"}};
  for (const auto& [area, prefix] : areas) {
    for (int i = 1; i <= 4; ++i) {
      Statement s;
      s.id = std::string(prefix) + "-" + std::to_string(i);
      s.competence = std::to_string(area_number(area)) + (i < 4 ? ".1" : ".2");
      s.area = area;
      s.text = LocalText{"Jag kan " + s.id, ""};
      in.statements.push_back(s);
    }
  }
  in.evaluation = {EvaluationItem{"anvander", LocalText{"Jag använder digitala verktyg mer.", ""}, true}};
  return in;
}

Module module(std::string id, std::vector<Area> areas, std::vector<std::string> competences, Level level,
              std::vector<std::string> roles) {
  Module m;
  m.id = std::move(id);
  m.areas = std::move(areas);
  m.competences = std::move(competences);
  m.level = level;
  m.roles = std::move(roles);
  return m;
}

// In catalogue order. The omsorg path: video, dokumentation.
Catalog make_catalog() {
  Catalog c;
  c.modules = {
      module("video", {Area::communication}, {"2.1"}, Level::intermediate, {"omsorg"}),
      module("sakerhet-grund", {Area::safety}, {"4.1"}, Level::foundation, {"chef"}),
      module("sakerhet-medel", {Area::safety}, {"4.2"}, Level::intermediate, {"omsorg"}),
      module("info-medel", {Area::information}, {"1.1"}, Level::intermediate, {"funktionsstod"}),
      module("skapa", {Area::content_creation}, {"3.1"}, Level::advanced, {"chef"}),
      module("dokumentation", {Area::problem_solving}, {"5.1"}, Level::foundation, {"halso-sjukvard"})};
  c.instrument = instrument();
  c.paths = {{"omsorg", {"video", "dokumentation"}}, {"chef", {"skapa", "borttagen", "sakerhet-grund"}}};
  return c;
}

// One catalogue that outlives the tests: recommendations point into it.
const Catalog& catalog() {
  static const Catalog c = make_catalog();
  return c;
}

// safety 0,1,1,2 -> 33 (foundation band); information 1,1,2,2 -> 50 (intermediate);
// communication all 3 -> 100; content all "Ej aktuellt" -> no score; problem solving 3,3,3,2 -> 92.
std::map<std::string, int> answers() {
  return {{"safety-1", 0}, {"safety-2", 1}, {"safety-3", 1}, {"safety-4", 2},
          {"info-1", 1},   {"info-2", 1},   {"info-3", 2},   {"info-4", 2},
          {"comm-1", 3},   {"comm-2", 3},   {"comm-3", 3},   {"comm-4", 3},
          {"content-1", kNotApplicable}, {"content-2", kNotApplicable},
          {"content-3", kNotApplicable}, {"content-4", kNotApplicable},
          {"prob-1", 3},   {"prob-2", 3},   {"prob-3", 3},   {"prob-4", 2}};
}

void finish(ProgressState& state, Round round, std::map<std::string, int> round_answers) {
  RoundProgress& p = state.rounds[round];
  p.instrument_id = "digcomp-omsorg";
  p.answers = std::move(round_answers);
  p.finished = Period{2026, 4};
  p.finished_on = Date{2026, 11, 23};
}

ProgressState assessed(const std::string& role_family) {
  ProgressState state;
  state.background.role_family = role_family;
  finish(state, Round::t0, answers());
  return state;
}

std::vector<std::string> ids(const std::vector<Recommendation>& recs) {
  std::vector<std::string> out;
  for (const Recommendation& r : recs) out.push_back(r.module->id);
  return out;
}

RecommendationReason growth(Area area, int score, std::vector<std::string> statement_ids) {
  RecommendationReason r;
  r.kind = Kind::growth_area;
  r.area = area;
  r.score = score;
  r.statement_ids = std::move(statement_ids);
  return r;
}
RecommendationReason level_fits(Area area, Level level) {
  RecommendationReason r;
  r.kind = Kind::level_fits;
  r.area = area;
  r.level = level;
  return r;
}
RecommendationReason role(std::string family) {
  RecommendationReason r;
  r.kind = Kind::role;
  r.role_family = std::move(family);
  return r;
}
RecommendationReason path(std::string family) {
  RecommendationReason r;
  r.kind = Kind::path;
  r.role_family = std::move(family);
  return r;
}

// ---- Growth areas -----------------------------------------------------------------------------

TEST(GrowthAreas, LowestFirstAtMostTwoOnlyScoredAreasBelow81) {
  const auto areas = growth_areas(answers(), instrument());
  ASSERT_EQ(areas.size(), 2u);
  EXPECT_EQ(areas[0].area, Area::safety);
  EXPECT_EQ(areas[0].score, 33);
  EXPECT_EQ(areas[1].area, Area::information);
  EXPECT_EQ(areas[1].score, 50);
}

TEST(GrowthAreas, TiesInAreaOrder) {
  std::map<std::string, int> a = answers();
  a["info-3"] = 1;  // information 1,1,1,2 -> 42
  a["prob-1"] = 1;  // problem solving 1,3,3,2 -> 75
  a["comm-1"] = 0;  // communication 0,3,3,3 -> 75
  a["safety-1"] = 1;
  a["safety-2"] = 1;
  a["safety-3"] = 1;
  a["safety-4"] = 2;  // safety 1,1,1,2 -> 42, ties with information
  const auto areas = growth_areas(a, instrument());
  ASSERT_EQ(areas.size(), 2u);
  EXPECT_EQ(areas[0].area, Area::information);
  EXPECT_EQ(areas[1].area, Area::safety);
}

TEST(GrowthAreas, EightyIsStillGrowthEightyOneIsNot) {
  // information 3,3,3,2 -> 92 (no), safety 3,3,2,2 -> 83 (no), communication 3,3,2,1 -> 75 (yes).
  const std::map<std::string, int> a = {{"info-1", 3}, {"info-2", 3}, {"info-3", 3}, {"info-4", 2},
                                        {"safety-1", 3}, {"safety-2", 3}, {"safety-3", 2}, {"safety-4", 2},
                                        {"comm-1", 3}, {"comm-2", 3}, {"comm-3", 2}, {"comm-4", 1}};
  const auto areas = growth_areas(a, instrument());
  ASSERT_EQ(areas.size(), 1u);
  EXPECT_EQ(areas[0].area, Area::communication);

  // The edge itself: 80 in (4 of 5 rated 3, one rated 0 -> 12/15), 81 out (17/21).
  Instrument wide = instrument();
  for (int i = 5; i <= 7; ++i) {
    Statement s;
    s.id = "prob-" + std::to_string(i);
    s.competence = "5.3";
    s.area = Area::problem_solving;
    wide.statements.push_back(s);
  }
  std::map<std::string, int> eighty = {
      {"prob-1", 3}, {"prob-2", 3}, {"prob-3", 3}, {"prob-4", 3}, {"prob-5", 0}};
  ASSERT_EQ(score_areas(eighty, wide)[4].score, 80);
  EXPECT_EQ(growth_areas(eighty, wide).size(), 1u);
  std::map<std::string, int> eighty_one = {{"prob-1", 3}, {"prob-2", 3}, {"prob-3", 3}, {"prob-4", 3},
                                           {"prob-5", 2}, {"prob-6", 2}, {"prob-7", 1}};
  ASSERT_EQ(score_areas(eighty_one, wide)[4].score, 81);
  EXPECT_TRUE(growth_areas(eighty_one, wide).empty());
}

TEST(GrowthAreas, NoneWithoutAnswers) { EXPECT_TRUE(growth_areas({}, instrument()).empty()); }

// ---- Recommendations --------------------------------------------------------------------------

TEST(Recommend, NoRoundAndNoRoleGivesNothing) {
  EXPECT_TRUE(recommend_modules(ProgressState{}, catalog()).empty());
}

TEST(Recommend, NoRoundMeansRoleFamilyAlone) {
  ProgressState state;
  state.background.role_family = "omsorg";
  const auto recs = recommend_modules(state, catalog());
  // The path's courses first: video (role + path, 3), dokumentation (path, 1); then
  // sakerhet-medel (role, 2).
  ASSERT_EQ(ids(recs), (std::vector<std::string>{"video", "dokumentation", "sakerhet-medel"}));
  EXPECT_EQ(recs[0].points, 3);
  EXPECT_EQ(recs[0].reasons, (std::vector<RecommendationReason>{role("omsorg"), path("omsorg")}));
  EXPECT_EQ(recs[1].points, 1);
  EXPECT_EQ(recs[1].reasons, (std::vector<RecommendationReason>{path("omsorg")}));
  EXPECT_EQ(recs[2].points, 2);
  EXPECT_EQ(recs[2].reasons, (std::vector<RecommendationReason>{role("omsorg")}));
}

TEST(Recommend, AnUnfinishedRoundIsNotUsed) {
  ProgressState state;
  state.rounds[Round::t0].answers = answers();
  EXPECT_TRUE(recommend_modules(state, catalog()).empty());
}

TEST(Recommend, EachRuleWithItsPointsAndReasonsInOrder) {
  // funktionsstod has no path here, so points alone rank. Every module here is mainly about its
  // one area (+1 focus). info-medel: second area (3+1) + level fits (2) + role (2) = 8;
  // sakerhet-grund: lowest area (4+1) + level fits (2) = 7; sakerhet-medel: lowest area (4+1) = 5.
  const auto recs = recommend_modules(assessed("funktionsstod"), catalog());
  ASSERT_EQ(ids(recs), (std::vector<std::string>{"info-medel", "sakerhet-grund", "sakerhet-medel"}));
  EXPECT_EQ(recs[0].points, 8);
  EXPECT_EQ(recs[0].reasons,
            (std::vector<RecommendationReason>{growth(Area::information, 50, {"info-1", "info-2"}),
                                               level_fits(Area::information, Level::intermediate),
                                               role("funktionsstod")}));
  EXPECT_EQ(recs[1].points, 7);
  EXPECT_EQ(recs[1].reasons,
            (std::vector<RecommendationReason>{growth(Area::safety, 33, {"safety-1", "safety-2"}),
                                               level_fits(Area::safety, Level::foundation)}));
  EXPECT_EQ(recs[2].points, 5);
  // safety-4 (the module's competence 4.2) was rated 2: no statement to name.
  EXPECT_EQ(recs[2].reasons, (std::vector<RecommendationReason>{growth(Area::safety, 33, {})}));
}

// The person's own course order comes first, whatever the points: a course for another role (the
// digital champion's) never comes before one on their path. Off the path, points; ties in
// catalogue order.
TEST(Recommend, ThePathsCoursesComeFirstThenPointsTiesInCatalogueOrder) {
  const auto recs = recommend_modules(assessed("omsorg"), catalog());
  // video: role + path (3); dokumentation: path (1); then sakerhet-grund (7) and sakerhet-medel
  // (lowest area 5 + role 2 = 7), the tie in catalogue order: sakerhet-medel does not fit in three.
  ASSERT_EQ(ids(recs), (std::vector<std::string>{"video", "dokumentation", "sakerhet-grund"}));
  EXPECT_EQ(recs[0].points, 3);
  EXPECT_EQ(recs[1].points, 1);
  EXPECT_EQ(recs[2].points, 7);
  // The next step is the path's first unfinished course, whatever the points (walk 4: points put a
  // path's fourth course before its second); the rest by points.
  Catalog c = catalog();
  c.paths["omsorg"] = {"dokumentation", "video"};
  EXPECT_EQ(ids(recommend_modules(assessed("omsorg"), c)),
            (std::vector<std::string>{"dokumentation", "video", "sakerhet-grund"}));
  ProgressState done = assessed("omsorg");
  done.modules["dokumentation"].completed = Period{2026, 4};
  EXPECT_EQ(ids(recommend_modules(done, c)), (std::vector<std::string>{"video", "sakerhet-grund", "sakerhet-medel"}));
  ProgressState state;
  state.background.role_family = "chef";
  c.paths["chef"] = {"sakerhet-grund", "skapa"};
  EXPECT_EQ(ids(recommend_modules(state, c)), (std::vector<std::string>{"sakerhet-grund", "skapa"}));
  c.paths["chef"] = {"skapa", "sakerhet-grund"};
  EXPECT_EQ(ids(recommend_modules(state, c)), (std::vector<std::string>{"skapa", "sakerhet-grund"}));
}

TEST(Recommend, CompletedModulesAreLeftOut) {
  ProgressState state = assessed("omsorg");
  state.modules["sakerhet-grund"].completed = Period{2026, 4};
  state.modules["info-medel"].started = Period{2026, 4};  // started only: still suggested
  // The path's video and dokumentation first, then the most points off the path.
  EXPECT_EQ(ids(recommend_modules(state, catalog())),
            (std::vector<std::string>{"video", "dokumentation", "sakerhet-medel"}));
  state.modules["video"].completed = Period{2026, 4};
  state.modules["dokumentation"].completed = Period{2026, 4};
  EXPECT_EQ(ids(recommend_modules(state, catalog())), (std::vector<std::string>{"sakerhet-medel", "info-medel"}));
}

TEST(Recommend, AtMostThree) {
  ProgressState state = assessed("omsorg");
  Catalog many = catalog();
  for (int i = 0; i < 5; ++i) {
    many.modules.push_back(
        module("extra-" + std::to_string(i), {Area::safety}, {"4.1"}, Level::foundation, {"omsorg"}));
  }
  EXPECT_EQ(recommend_modules(state, many).size(), kMaxRecommendations);
  EXPECT_EQ(kMaxRecommendations, 3u);
}

TEST(Recommend, WithoutRoleOnlyGrowthAreasCount) {
  const auto recs = recommend_modules(assessed(""), catalog());
  EXPECT_EQ(ids(recs), (std::vector<std::string>{"sakerhet-grund", "info-medel", "sakerhet-medel"}));
  EXPECT_EQ(recs[2].points, 5);
  for (const Recommendation& r : recs) {
    for (const RecommendationReason& why : r.reasons) {
      EXPECT_TRUE(why.kind == Kind::growth_area || why.kind == Kind::level_fits);
    }
  }
}

TEST(Recommend, LowestAreaOutranksSecondArea) {
  // Same level and roles: only the area differs. The safety module (lowest, +4) comes first even
  // though the information module is earlier in the catalogue.
  Catalog c = catalog();
  c.modules = {module("info", {Area::information}, {"1.2"}, Level::advanced, {"chef"}),
               module("safety", {Area::safety}, {"4.3"}, Level::advanced, {"chef"})};
  const auto recs = recommend_modules(assessed(""), c);
  ASSERT_EQ(ids(recs), (std::vector<std::string>{"safety", "info"}));
  EXPECT_EQ(recs[0].points, 5);
  EXPECT_EQ(recs[1].points, 4);
}

// A module mainly about the weakest area (half or more of its competences) comes before one that
// only touches it, even when the other is earlier in the catalogue.
TEST(Recommend, AModuleMainlyAboutTheAreaComesBeforeOneThatTouchesIt) {
  Catalog c = catalog();
  c.modules = {module("touches", {Area::communication, Area::safety}, {"2.1", "2.2", "4.2"}, Level::foundation,
                      {"chef"}),
               module("mainly", {Area::safety, Area::information}, {"4.2", "1.1"}, Level::foundation, {"chef"})};
  const auto recs = recommend_modules(assessed(""), c);
  ASSERT_EQ(ids(recs), (std::vector<std::string>{"mainly", "touches"}));
  EXPECT_EQ(recs[0].points, 7);
  EXPECT_EQ(recs[1].points, 6);
}

TEST(Recommend, AModuleCoveringBothGrowthAreasCountsTheLowestOnce) {
  Catalog c = catalog();
  c.modules = {
      module("bada", {Area::information, Area::safety}, {"1.1", "4.1"}, Level::foundation, {"chef"})};
  const auto recs = recommend_modules(assessed(""), c);
  ASSERT_EQ(recs.size(), 1u);
  EXPECT_EQ(recs[0].points, 7);  // half its competences are safety: focus +1
  EXPECT_EQ(recs[0].reasons,
            (std::vector<RecommendationReason>{growth(Area::safety, 33, {"safety-1", "safety-2"}),
                                               level_fits(Area::safety, Level::foundation)}));
}

TEST(Recommend, LevelFitsFollowsTheBand) {
  // Safety at 8 ("Här börjar du") still fits a foundation module; an intermediate one does not.
  ProgressState state;
  finish(state, Round::t0, {{"safety-1", 0}, {"safety-2", 0}, {"safety-3", 0}, {"safety-4", 1}});
  Catalog c = catalog();
  c.modules = {module("medel", {Area::safety}, {"4.2"}, Level::intermediate, {"chef"}),
               module("grund", {Area::safety}, {"4.2"}, Level::foundation, {"chef"})};
  const auto recs = recommend_modules(state, c);
  ASSERT_EQ(ids(recs), (std::vector<std::string>{"grund", "medel"}));
  EXPECT_EQ(recs[0].reasons,
            (std::vector<RecommendationReason>{growth(Area::safety, 8, {"safety-4"}),
                                               level_fits(Area::safety, Level::foundation)}));
  EXPECT_EQ(recs[1].reasons, (std::vector<RecommendationReason>{growth(Area::safety, 8, {"safety-4"})}));
}

TEST(Recommend, StatementIdsAreAtMostTwoRatedZeroOrOneInInstrumentOrder) {
  ProgressState state;
  // safety-1 "Ej aktuellt", safety-2 rated 2: skipped; safety-3 and safety-4 rated 0/1 but only
  // safety-3 shares the module's competence 4.1.
  finish(state, Round::t0, {{"safety-1", kNotApplicable}, {"safety-2", 2}, {"safety-3", 1}, {"safety-4", 0}});
  Catalog c = catalog();
  c.modules = {module("m", {Area::safety}, {"4.1"}, Level::advanced, {"chef"}),
               module("bada-kompetenserna", {Area::safety}, {"4.2", "4.1"}, Level::advanced, {"chef"})};
  const auto recs = recommend_modules(state, c);
  ASSERT_EQ(recs.size(), 2u);
  EXPECT_EQ(recs[0].reasons.front().statement_ids, (std::vector<std::string>{"safety-3"}));
  EXPECT_EQ(recs[1].reasons.front().statement_ids, (std::vector<std::string>{"safety-3", "safety-4"}));
}

TEST(Recommend, UsesTheLatestFinishedRound) {
  ProgressState state = assessed("");
  // At T1 safety is strong and communication is the weakest area.
  std::map<std::string, int> t1 = answers();
  for (const char* id : {"safety-1", "safety-2", "safety-3", "safety-4"}) t1[id] = 3;
  for (const char* id : {"comm-1", "comm-2", "comm-3", "comm-4"}) t1[id] = 1;
  finish(state, Round::t1, t1);
  const auto recs = recommend_modules(state, catalog());
  // Growth areas now: communication 33, information 50. info-medel: second area + level fits (5);
  // video: lowest area, but intermediate where the band is foundation (4).
  ASSERT_EQ(ids(recs), (std::vector<std::string>{"info-medel", "video"}));
  EXPECT_EQ(recs[1].reasons,
            (std::vector<RecommendationReason>{growth(Area::communication, 33, {"comm-1", "comm-2"})}));
}

TEST(Recommend, AllAreasStrongAndNoRoleGivesNothing) {
  ProgressState state;
  std::map<std::string, int> strong;
  for (const Statement& s : instrument().statements) strong[s.id] = 3;
  finish(state, Round::t0, strong);
  EXPECT_TRUE(recommend_modules(state, catalog()).empty());
  state.background.role_family = "chef";
  // Role and path only: skapa and sakerhet-grund (role + path, 3 each), in the path's order.
  EXPECT_EQ(ids(recommend_modules(state, catalog())), (std::vector<std::string>{"skapa", "sakerhet-grund"}));
}

TEST(Recommend, WithoutAnInstrumentTheRoleStillCounts) {
  Catalog c = catalog();
  c.instrument.reset();
  const auto recs = recommend_modules(assessed("omsorg"), c);
  EXPECT_EQ(ids(recs), (std::vector<std::string>{"video", "dokumentation", "sakerhet-medel"}));
}

// ---- Learning paths ---------------------------------------------------------------------------

TEST(LearningPath, ModulesThatExistInThePathsOrder) {
  const Catalog c = catalog();
  const auto chef = learning_path(c, "chef");
  ASSERT_EQ(chef.size(), 2u);  // "borttagen" is not in the catalogue
  EXPECT_EQ(chef[0]->id, "skapa");
  EXPECT_EQ(chef[1]->id, "sakerhet-grund");
  EXPECT_EQ(learning_path(c, "omsorg").size(), 2u);
  EXPECT_TRUE(learning_path(c, "").empty());
  EXPECT_TRUE(learning_path(c, "okand").empty());
}

TEST(RecommendationReason, EqualityComparesEveryField) {
  const RecommendationReason base = growth(Area::safety, 33, {"safety-1"});
  EXPECT_EQ(base, growth(Area::safety, 33, {"safety-1"}));
  EXPECT_FALSE(base == growth(Area::information, 33, {"safety-1"}));
  EXPECT_FALSE(base == growth(Area::safety, 34, {"safety-1"}));
  EXPECT_FALSE(base == growth(Area::safety, 33, {}));
  RecommendationReason other_kind = base;
  other_kind.kind = Kind::level_fits;
  EXPECT_FALSE(base == other_kind);
  RecommendationReason other_level = base;
  other_level.level = Level::advanced;
  EXPECT_FALSE(base == other_level);
  EXPECT_FALSE(role("omsorg") == role("chef"));
}

// ---- The shipped catalogue ---------------------------------------------------------------------

const Catalog& shipped() { return test::shipped_catalog(); }

TEST(ShippedCatalog, EveryRoleFamilyHasAPathAndSuggestionsBeforeAnyRound) {
  ASSERT_TRUE(shipped().instrument.has_value());
  for (const BackgroundQuestion& question : background_questions()) {
    if (std::string(question.id) != "role_family") continue;
    for (const BackgroundOption& option : question.options) {
      ProgressState state;
      state.background.role_family = option.id;
      EXPECT_FALSE(learning_path(shipped(), option.id).empty()) << option.id;
      const auto recs = recommend_modules(state, shipped());
      EXPECT_FALSE(recs.empty()) << option.id;
      EXPECT_LE(recs.size(), kMaxRecommendations);
      for (const Recommendation& r : recs) {
        ASSERT_FALSE(r.reasons.empty());
        for (const RecommendationReason& why : r.reasons) {
          EXPECT_TRUE(why.kind == Kind::role || why.kind == Kind::path) << r.module->id;
        }
      }
    }
  }
}

TEST(ShippedCatalog, AWeakAreaLeadsToAModuleThatCoversIt) {
  const Instrument& in = *shipped().instrument;
  for (Area weak : kAllAreas) {
    ProgressState state;
    std::map<std::string, int> round_answers;
    for (const Statement& s : in.statements) round_answers[s.id] = s.area == weak ? 0 : 3;
    finish(state, Round::t0, round_answers);
    const auto recs = recommend_modules(state, shipped());
    if (recs.empty()) {
      // Only when no module covers the area at all.
      for (const Module& m : shipped().modules) {
        EXPECT_EQ(std::find(m.areas.begin(), m.areas.end(), weak), m.areas.end()) << m.id;
      }
      continue;
    }
    const RecommendationReason& first = recs[0].reasons.front();
    EXPECT_EQ(first.kind, Kind::growth_area) << area_id(weak);
    EXPECT_EQ(first.area, weak);
    EXPECT_EQ(first.score, 0);
    EXPECT_LE(first.statement_ids.size(), 2u);
    for (const std::string& id : first.statement_ids) EXPECT_EQ(in.find_statement(id)->area, weak) << id;
  }
}

// A care worker weakest in safety starts where their learning path starts, and is then offered the
// course that is all about safety, not one that touches it among many other things.
TEST(ShippedCatalog, WeakestInSafetyGetsTheSecurityCourseRightAfterThePathsFirst) {
  const Instrument& in = *shipped().instrument;
  ProgressState state;
  state.background.role_family = "omsorg";
  std::map<std::string, int> round_answers;
  for (const Statement& s : in.statements) round_answers[s.id] = s.area == Area::safety ? 1 : 2;
  finish(state, Round::t0, round_answers);
  const auto recs = recommend_modules(state, shipped());
  ASSERT_GE(recs.size(), 2u);
  EXPECT_EQ(recs[0].module->id, shipped().paths.at("omsorg").front());
  EXPECT_EQ(recs[1].module->id, "informationssakerhet-i-vardagen");
}

}  // namespace
}  // namespace dl
