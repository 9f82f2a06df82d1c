// Tests for apply(): every rule, unknown ids leaving the state unchanged, and saving/loading.
#include "core/progress.hpp"

#include <gtest/gtest.h>

#include "fixtures.hpp"

namespace dl {
namespace {

using test::list_problems;

class ProgressTest : public ::testing::Test {
 protected:
  Catalog catalog = test::fixture_catalog();
  ProgressState state = new_progress("K7QM4XPD");

  ProgressState run(const Action& a) { return apply(state, a, catalog); }
  void step(const Action& a) { state = apply(state, a, catalog); }
  void answer_everything(int level) {
    for (const auto& s : catalog.instrument->statements) step(action::RateStatement{s.id, level});
  }
  void finish_module_one() {
    step(action::OpenPage{"saker-inloggning", "varfor"});
    step(action::OpenPage{"saker-inloggning", "losenord"});
    step(action::AnswerQuestion{"saker-inloggning", "fraga-losenord", "b"});
  }
};

TEST_F(ProgressTest, NewProgressStartsEmpty) {
  EXPECT_EQ(state.participant_code, "K7QM4XPD");
  EXPECT_EQ(state.lang, Lang::sv);
  EXPECT_TRUE(state.modules.empty());
  EXPECT_TRUE(state.self_assessment.answers.empty());
  EXPECT_EQ(state.self_assessment.current_page, 0);
}

TEST_F(ProgressTest, SetLanguage) {
  step(action::SetLanguage{Lang::en});
  EXPECT_EQ(state.lang, Lang::en);
}

TEST_F(ProgressTest, OpenPageMarksSeenAndCurrent) {
  step(action::OpenPage{"saker-inloggning", "losenord"});
  const ModuleProgress* p = find_progress(state, "saker-inloggning");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->current_page, "losenord");
  EXPECT_EQ(p->pages_seen, (std::set<std::string>{"losenord"}));
  step(action::OpenPage{"saker-inloggning", "varfor"});
  EXPECT_EQ(find_progress(state, "saker-inloggning")->current_page, "varfor");
  EXPECT_EQ(seen_page_count(*find_progress(state, "saker-inloggning"), *catalog.find_module("saker-inloggning")), 2);
}

TEST_F(ProgressTest, UnknownIdsLeaveStateUnchanged) {
  finish_module_one();
  const ProgressState before = state;
  const std::vector<Action> actions = {
      action::OpenPage{"no-module", "varfor"},
      action::OpenPage{"saker-inloggning", "no-page"},
      action::AnswerQuestion{"no-module", "fraga-losenord", "b"},
      action::AnswerQuestion{"saker-inloggning", "no-question", "b"},
      action::AnswerQuestion{"saker-inloggning", "fraga-losenord", "zzz"},
      action::AnswerQuestion{"saker-inloggning", "q1", "ja"},  // a question of another module
      action::CompleteModule{"no-module", Period{2026, 4}},
      action::SetBackground{"shoe_size", "42"},
      action::SetBackground{"gender", "robot"},
      action::SetBackground{"gender", "30-54"},  // an option of another question
      action::RateStatement{"no-statement", 2},
      action::RateStatement{"info-1", 4},
      action::RateStatement{"info-1", -2},
      action::FinishSelfAssessment{Period{2026, 4}},
  };
  for (const auto& a : actions) {
    EXPECT_EQ(apply(state, a, catalog), before) << "action index " << a.index();
  }
}

TEST_F(ProgressTest, AnswerRecordsLatestChoiceAndCountsAttempts) {
  step(action::AnswerQuestion{"saker-inloggning", "fraga-losenord", "a"});
  const Question& q = *catalog.find_module("saker-inloggning")->pages[1].question;
  EXPECT_FALSE(is_answered_correctly(*find_progress(state, "saker-inloggning"), q));
  step(action::AnswerQuestion{"saker-inloggning", "fraga-losenord", "b"});
  const ModuleProgress& p = *find_progress(state, "saker-inloggning");
  EXPECT_EQ(p.answers.at("fraga-losenord"), "b");
  EXPECT_EQ(p.attempts.at("fraga-losenord"), 2);
  EXPECT_TRUE(is_answered_correctly(p, q));
  EXPECT_EQ(correct_answer_count(p, *catalog.find_module("saker-inloggning")), 1);
}

TEST_F(ProgressTest, CompleteNeedsEveryPageAndEveryCorrectAnswer) {
  const Module& m = *catalog.find_module("saker-inloggning");
  const Period q4{2026, 4};
  EXPECT_EQ(run(action::CompleteModule{"saker-inloggning", q4}), state);  // nothing done yet

  step(action::OpenPage{"saker-inloggning", "varfor"});
  step(action::OpenPage{"saker-inloggning", "losenord"});
  step(action::AnswerQuestion{"saker-inloggning", "fraga-losenord", "a"});  // wrong
  EXPECT_FALSE(can_complete(*find_progress(state, "saker-inloggning"), m));
  EXPECT_EQ(run(action::CompleteModule{"saker-inloggning", q4}), state);

  step(action::AnswerQuestion{"saker-inloggning", "fraga-losenord", "b"});
  EXPECT_TRUE(can_complete(*find_progress(state, "saker-inloggning"), m));
  step(action::CompleteModule{"saker-inloggning", q4});
  EXPECT_EQ(find_progress(state, "saker-inloggning")->completed, q4);

  // The first completion stands.
  step(action::CompleteModule{"saker-inloggning", Period{2027, 1}});
  EXPECT_EQ(find_progress(state, "saker-inloggning")->completed, q4);
}

TEST_F(ProgressTest, CompleteNeedsEveryPageSeen) {
  const Module& m = *catalog.find_module("saker-inloggning");
  step(action::OpenPage{"saker-inloggning", "losenord"});
  step(action::AnswerQuestion{"saker-inloggning", "fraga-losenord", "b"});
  EXPECT_FALSE(can_complete(*find_progress(state, "saker-inloggning"), m));
  EXPECT_EQ(run(action::CompleteModule{"saker-inloggning", Period{2026, 4}}), state);
}

TEST_F(ProgressTest, ProgressKeptForPagesContentNoLongerHas) {
  ModuleProgress p;
  p.pages_seen = {"varfor", "old-page"};
  EXPECT_EQ(seen_page_count(p, *catalog.find_module("saker-inloggning")), 1);
}

TEST_F(ProgressTest, SetBackgroundAcceptsOnlyOptionsAndEmptyClears) {
  step(action::SetBackground{"gender", "kvinna"});
  step(action::SetBackground{"age_band", "55-plus"});
  step(action::SetBackground{"role_family", "funktionsstod"});
  EXPECT_EQ(state.background.gender, "kvinna");
  EXPECT_EQ(state.background.age_band, "55-plus");
  EXPECT_EQ(state.background.role_family, "funktionsstod");
  step(action::SetBackground{"gender", ""});
  EXPECT_EQ(state.background.gender, "");
}

TEST_F(ProgressTest, RateStatementSetsInstrumentAndAnswer) {
  step(action::RateStatement{"info-1", 2});
  step(action::RateStatement{"info-2", kNotApplicable});
  EXPECT_EQ(state.self_assessment.instrument_id, "digcomp-omsorg");
  EXPECT_EQ(state.self_assessment.answers.at("info-1"), 2);
  EXPECT_EQ(state.self_assessment.answers.at("info-2"), kNotApplicable);
  step(action::RateStatement{"info-1", 0});
  EXPECT_EQ(state.self_assessment.answers.at("info-1"), 0);
  EXPECT_EQ(answered_statement_count(state.self_assessment, *catalog.instrument), 2);
}

TEST_F(ProgressTest, OpenAssessmentPageClamps) {
  step(action::OpenAssessmentPage{3});
  EXPECT_EQ(state.self_assessment.current_page, 3);
  step(action::OpenAssessmentPage{-4});
  EXPECT_EQ(state.self_assessment.current_page, 0);
  step(action::OpenAssessmentPage{99});
  EXPECT_EQ(state.self_assessment.current_page, 5);
}

TEST_F(ProgressTest, FinishNeedsEveryStatementAnswered) {
  const Period q4{2026, 4};
  for (std::size_t i = 0; i + 1 < catalog.instrument->statements.size(); ++i) {
    step(action::RateStatement{catalog.instrument->statements[i].id, 1});
  }
  EXPECT_FALSE(all_statements_answered(state.self_assessment, *catalog.instrument));
  EXPECT_EQ(run(action::FinishSelfAssessment{q4}), state);
  step(action::RateStatement{catalog.instrument->statements.back().id, kNotApplicable});
  EXPECT_TRUE(all_statements_answered(state.self_assessment, *catalog.instrument));
  step(action::FinishSelfAssessment{q4});
  EXPECT_EQ(state.self_assessment.finished, q4);
}

TEST_F(ProgressTest, AFinishedRoundIsNotChangedAfterwards) {
  answer_everything(1);
  step(action::FinishSelfAssessment{Period{2026, 4}});
  const ProgressState before = state;
  EXPECT_EQ(run(action::RateStatement{"info-1", 3}), before);
  EXPECT_EQ(run(action::FinishSelfAssessment{Period{2027, 2}}), before);
}

TEST_F(ProgressTest, WithoutInstrumentAssessmentActionsDoNothing) {
  catalog.instrument.reset();
  EXPECT_EQ(run(action::RateStatement{"info-1", 2}), state);
  EXPECT_EQ(run(action::FinishSelfAssessment{Period{2026, 4}}), state);
}

// ---- Saving -----------------------------------------------------------------------------------

TEST_F(ProgressTest, SaveAndLoadRoundTrip) {
  step(action::SetLanguage{Lang::en});
  step(action::SetBackground{"gender", "annat"});
  step(action::SetBackground{"role_family", "chef"});
  finish_module_one();
  step(action::AnswerQuestion{"saker-inloggning", "fraga-losenord", "b"});
  step(action::CompleteModule{"saker-inloggning", Period{2026, 3}});
  step(action::OpenPage{"videosamtal", "start"});
  step(action::AnswerQuestion{"videosamtal", "q1", "nej"});
  answer_everything(2);
  step(action::RateStatement{"prob-1", kNotApplicable});
  step(action::OpenAssessmentPage{4});
  step(action::FinishSelfAssessment{Period{2026, 4}});

  const std::string text = progress_to_json(state);
  std::vector<Problem> problems;
  const auto loaded = progress_from_json(text, problems);
  ASSERT_TRUE(loaded.has_value()) << list_problems(problems);
  EXPECT_TRUE(problems.empty()) << list_problems(problems);
  EXPECT_EQ(*loaded, state);
  EXPECT_EQ(progress_to_json(*loaded), text);  // stable
}

TEST_F(ProgressTest, SavedJsonHasFormatHeader) {
  const auto doc = nlohmann::json::parse(progress_to_json(state));
  EXPECT_EQ(doc["format"], "digilyft-progress");
  EXPECT_EQ(doc["version"], 1);
}

TEST_F(ProgressTest, LoadKeepsIdsTheContentNoLongerHas) {
  ProgressState old = state;
  old.modules["removed-module"].pages_seen = {"gone"};
  old.modules["removed-module"].answers["gone-q"] = "x";
  old.self_assessment.answers["removed-statement"] = 3;
  std::vector<Problem> problems;
  const auto loaded = progress_from_json(progress_to_json(old), problems);
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ(*loaded, old);
}

TEST_F(ProgressTest, LoadRejectsWhatIsNotProgress) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "progress.not_json"},
      {"{\"format\":", "progress.not_json"},
      {"[]", "progress.wrong_format"},
      {R"({"format":"digilyft-result","version":1})", "progress.wrong_format"},
      {R"({"version":1})", "progress.wrong_format"},
      {R"({"format":"digilyft-progress"})", "progress.wrong_format"},
      {R"({"format":"digilyft-progress","version":"1"})", "progress.wrong_format"},
      {R"({"format":"digilyft-progress","version":2})", "progress.future_version"},
  };
  for (const auto& [text, code] : cases) {
    std::vector<Problem> problems;
    EXPECT_FALSE(progress_from_json(text, problems).has_value()) << text;
    ASSERT_FALSE(problems.empty()) << text;
    EXPECT_EQ(problems[0].code, code) << text;
  }
}

TEST_F(ProgressTest, LoadSkipsDamagedPartsAndKeepsTheRest) {
  const std::string text = R"({"format":"digilyft-progress","version":1,"participant":"K7QM4XPD",
    "lang":"en","background":{"gender":"robot","age_band":"30-54"},
    "modules":{"saker-inloggning":{"current_page":"varfor","pages_seen":["varfor",5],"answers":{"fraga-losenord":7},
               "attempts":{"fraga-losenord":"many"},"completed":"last tuesday"},"broken":3},
    "self_assessment":{"instrument":"digcomp-omsorg","answers":{"info-1":2,"info-2":9,"comm-1":"na"},"current_page":12,"finished":null}})";
  std::vector<Problem> problems;
  const auto loaded = progress_from_json(text, problems);
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ(loaded->lang, Lang::en);
  EXPECT_EQ(loaded->background.gender, "");
  EXPECT_EQ(loaded->background.age_band, "30-54");
  const ModuleProgress& m = loaded->modules.at("saker-inloggning");
  EXPECT_EQ(m.pages_seen, (std::set<std::string>{"varfor"}));
  EXPECT_TRUE(m.answers.empty());
  EXPECT_TRUE(m.attempts.empty());
  EXPECT_FALSE(m.completed.has_value());
  EXPECT_EQ(loaded->modules.count("broken"), 0u);
  EXPECT_EQ(loaded->self_assessment.answers, (std::map<std::string, int>{{"info-1", 2}, {"comm-1", kNotApplicable}}));
  EXPECT_EQ(loaded->self_assessment.current_page, 5);
  EXPECT_TRUE(test::has_problem(problems, "progress.wrong_type", "/background/gender")) << list_problems(problems);
  EXPECT_TRUE(test::has_problem(problems, "progress.wrong_type", "/self_assessment/answers/info-2"));
  EXPECT_TRUE(test::has_problem(problems, "progress.wrong_type", "/modules/broken"));
}

TEST_F(ProgressTest, LoadNeverThrowsOnTruncatedOrRetypedProgress) {
  finish_module_one();
  answer_everything(1);
  const std::string full = progress_to_json(state);
  for (std::size_t n = 0; n < full.size(); ++n) {
    std::vector<Problem> problems;
    EXPECT_NO_THROW(progress_from_json(full.substr(0, n), problems));
  }
  const auto doc = nlohmann::json::parse(full);
  const auto flat = doc.flatten();
  for (const auto& item : flat.items()) {
    nlohmann::json::json_pointer p(item.key());
    for (; !p.empty(); p = p.parent_pointer()) {
      for (const nlohmann::json& v : {nlohmann::json(nullptr), nlohmann::json(1.5), nlohmann::json("x"),
                                      nlohmann::json::array(), nlohmann::json(-3)}) {
        auto changed = doc;
        changed[p] = v;
        std::vector<Problem> problems;
        EXPECT_NO_THROW(progress_from_json(changed.dump(), problems)) << p.to_string();
      }
    }
  }
}

}  // namespace
}  // namespace dl
