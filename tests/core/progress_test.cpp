// Tests for apply(): every rule, unknown ids leaving the state unchanged, the mastery rule, and
// progress of content that changed since it was saved.
#include "core/progress.hpp"

#include <gtest/gtest.h>

#include "fixtures/course_model.hpp"

namespace dl {
namespace {

constexpr const char* kModule = "digital-grund";
const Period kQ3{2026, 3};
const Period kQ4{2026, 4};

class ProgressTest : public ::testing::Test {
 protected:
  Catalog catalog = test::course_catalog();
  ProgressState state = new_progress("K7QM4XPD");

  const Module& module() const { return *catalog.find_module(kModule); }
  const ModuleProgress& progress() const { return *find_progress(state, kModule); }
  ProgressState run(const Action& a) const { return apply(state, a, catalog); }
  void step(const Action& a) { state = apply(state, a, catalog); }

  void open_every_page(Period period = kQ4) {
    for (const auto& page : module().pages) step(action::OpenPage{kModule, page.id, period});
  }
  void check(const std::string& question, const Answer& answer) {
    step(action::SetDraft{kModule, question, answer});
    step(action::CheckAnswer{kModule, question});
  }
  // Right answers to every question of the course module.
  void answer_all_right() {
    step(action::AnswerQuestion{kModule, "q-single", {"b"}});
    step(action::AnswerQuestion{kModule, "q-tf", {"false"}});
    check("q-multi", {"namn", "adress"});
    check("q-order", {"tvatta", "logga-in", "las", "skriv"});
    check("q-match", {"larm", "kamera", "automat"});
  }
  void answer_everything(int level) {
    for (const auto& s : catalog.instrument->statements) step(action::RateStatement{s.id, level});
  }
};

TEST_F(ProgressTest, NewProgressStartsEmpty) {
  EXPECT_EQ(state.participant_code, "K7QM4XPD");
  EXPECT_EQ(state.lang, Lang::sv);
  EXPECT_TRUE(state.modules.empty());
  EXPECT_TRUE(state.last_module.empty());
  EXPECT_TRUE(state.self_assessment.answers.empty());
  EXPECT_EQ(state.self_assessment.current_page, 0);
}

TEST_F(ProgressTest, SetLanguage) {
  step(action::SetLanguage{Lang::en});
  EXPECT_EQ(state.lang, Lang::en);
}

TEST_F(ProgressTest, OpenPageMarksSeenCurrentLastModuleAndStartedOnce) {
  step(action::OpenPage{kModule, "fragor", kQ3});
  EXPECT_EQ(progress().current_page, "fragor");
  EXPECT_EQ(progress().pages_seen, (std::set<std::string>{"fragor"}));
  EXPECT_EQ(progress().started, kQ3);
  EXPECT_EQ(state.last_module, kModule);

  step(action::OpenPage{kModule, "start", kQ4});
  EXPECT_EQ(progress().current_page, "start");
  EXPECT_EQ(progress().started, kQ3);  // the first quarter stands
  EXPECT_EQ(seen_page_count(progress(), module()), 2);

  step(action::OpenPage{"videosamtal", "start", kQ4});
  EXPECT_EQ(state.last_module, "videosamtal");
  EXPECT_EQ(find_progress(state, "videosamtal")->started, kQ4);
}

TEST_F(ProgressTest, SingleAndTrueFalseAreCheckedAtOnceAndCountAttempts) {
  step(action::AnswerQuestion{kModule, "q-single", {"a"}});
  EXPECT_FALSE(is_answered_correctly(progress(), *module().find_question("q-single")));
  step(action::AnswerQuestion{kModule, "q-single", {"b"}});
  EXPECT_EQ(progress().answers.at("q-single"), (Answer{"b"}));
  EXPECT_EQ(progress().attempts.at("q-single"), 2);
  EXPECT_TRUE(is_answered_correctly(progress(), *module().find_question("q-single")));

  step(action::AnswerQuestion{kModule, "q-tf", {"true"}});
  EXPECT_EQ(progress().attempts.at("q-tf"), 1);
  EXPECT_EQ(correct_answer_count(progress(), module()), 1);
  step(action::AnswerQuestion{kModule, "q-tf", {"false"}});
  EXPECT_EQ(progress().attempts.at("q-tf"), 2);
  EXPECT_EQ(correct_answer_count(progress(), module()), 2);
}

TEST_F(ProgressTest, AnswerQuestionRefusesOtherKindsAndBadAnswers) {
  step(action::OpenPage{kModule, "start", kQ4});
  const ProgressState before = state;
  EXPECT_EQ(run(action::AnswerQuestion{kModule, "q-multi", {"namn", "adress"}}), before);  // needs a draft
  EXPECT_EQ(run(action::AnswerQuestion{kModule, "q-order", {"tvatta", "logga-in", "las", "skriv"}}), before);
  EXPECT_EQ(run(action::AnswerQuestion{kModule, "q-single", {}}), before);
  EXPECT_EQ(run(action::AnswerQuestion{kModule, "q-single", {"a", "b"}}), before);
  EXPECT_EQ(run(action::AnswerQuestion{kModule, "q-tf", {"ja"}}), before);
}

TEST_F(ProgressTest, DraftThenCheckKeepsTheDraftAndCountsOneAttempt) {
  // Ticking boxes one by one: an empty and a partial multiple-choice draft are fine.
  step(action::SetDraft{kModule, "q-multi", {}});
  EXPECT_EQ(progress().drafts.at("q-multi"), Answer{});
  step(action::SetDraft{kModule, "q-multi", {"namn"}});
  EXPECT_EQ(progress().drafts.at("q-multi"), (Answer{"namn"}));
  EXPECT_EQ(progress().attempts.count("q-multi"), 0u);  // a draft is not an attempt
  EXPECT_EQ(progress().answers.count("q-multi"), 0u);

  step(action::CheckAnswer{kModule, "q-multi"});
  EXPECT_EQ(progress().answers.at("q-multi"), (Answer{"namn"}));
  EXPECT_EQ(progress().drafts.at("q-multi"), (Answer{"namn"}));  // still shown
  EXPECT_EQ(progress().attempts.at("q-multi"), 1);
  EXPECT_FALSE(is_answered_correctly(progress(), *module().find_question("q-multi")));

  step(action::SetDraft{kModule, "q-multi", {"namn", "adress"}});
  step(action::CheckAnswer{kModule, "q-multi"});
  EXPECT_EQ(progress().attempts.at("q-multi"), 2);
  EXPECT_TRUE(is_answered_correctly(progress(), *module().find_question("q-multi")));
}

TEST_F(ProgressTest, CheckingAnEmptyOrMissingDraftDoesNothing) {
  step(action::OpenPage{kModule, "start", kQ4});
  EXPECT_EQ(run(action::CheckAnswer{kModule, "q-multi"}), state);  // no draft yet
  step(action::SetDraft{kModule, "q-multi", {}});
  EXPECT_EQ(run(action::CheckAnswer{kModule, "q-multi"}), state);  // nothing ticked
  EXPECT_EQ(run(action::CheckAnswer{kModule, "q-single"}), state);  // checked at once, no drafts
  EXPECT_EQ(run(action::CheckAnswer{"videosamtal", "q1"}), state);  // no progress there yet
}

TEST_F(ProgressTest, OrderAndMatchDraftsMustBeWholeArrangements) {
  step(action::OpenPage{kModule, "start", kQ4});
  const ProgressState before = state;
  EXPECT_EQ(run(action::SetDraft{kModule, "q-order", {"tvatta", "las"}}), before);
  EXPECT_EQ(run(action::SetDraft{kModule, "q-order", {"tvatta", "tvatta", "las", "skriv"}}), before);
  EXPECT_EQ(run(action::SetDraft{kModule, "q-match", {"larm", "kamera", "zzz"}}), before);
  EXPECT_EQ(run(action::SetDraft{kModule, "q-multi", {"namn", "namn"}}), before);
  EXPECT_EQ(run(action::SetDraft{kModule, "q-single", {"b"}}), before);  // no drafts for single
  EXPECT_EQ(run(action::SetDraft{kModule, "q-tf", {"true"}}), before);

  check("q-order", {"logga-in", "tvatta", "las", "skriv"});
  EXPECT_FALSE(is_answered_correctly(progress(), *module().find_question("q-order")));
  check("q-order", {"tvatta", "logga-in", "las", "skriv"});
  EXPECT_TRUE(is_answered_correctly(progress(), *module().find_question("q-order")));
  EXPECT_EQ(progress().attempts.at("q-order"), 2);

  check("q-match", {"kamera", "larm", "automat"});
  EXPECT_FALSE(is_answered_correctly(progress(), *module().find_question("q-match")));
  check("q-match", {"larm", "kamera", "automat"});
  EXPECT_TRUE(is_answered_correctly(progress(), *module().find_question("q-match")));
}

TEST_F(ProgressTest, DraftOrInitial) {
  const Question& order = *module().find_question("q-order");
  const Question& multi = *module().find_question("q-multi");
  const Question& single = *module().find_question("q-single");
  EXPECT_EQ(draft_or_initial(nullptr, order), initial_order(order));
  EXPECT_TRUE(draft_or_initial(nullptr, multi).empty());
  EXPECT_TRUE(draft_or_initial(nullptr, single).empty());

  step(action::SetDraft{kModule, "q-order", {"skriv", "las", "logga-in", "tvatta"}});
  EXPECT_EQ(draft_or_initial(&progress(), order), (Answer{"skriv", "las", "logga-in", "tvatta"}));
  step(action::SetDraft{kModule, "q-multi", {"vader"}});
  EXPECT_EQ(draft_or_initial(&progress(), multi), (Answer{"vader"}));

  // A draft saved before an item was removed from the content no longer fits: start afresh.
  Question changed = order;
  changed.items.pop_back();
  EXPECT_EQ(draft_or_initial(&progress(), changed), initial_order(changed));
}

TEST_F(ProgressTest, ScenarioChoiceIsKeptAndMayChange) {
  step(action::ChooseScenarioOption{kModule, "s-lapp", "lat"});
  EXPECT_EQ(progress().scenarios.at("s-lapp"), "lat");
  step(action::ChooseScenarioOption{kModule, "s-lapp", "riv"});
  EXPECT_EQ(progress().scenarios.at("s-lapp"), "riv");
  EXPECT_EQ(run(action::ChooseScenarioOption{kModule, "s-lapp", "zzz"}), state);
  EXPECT_EQ(run(action::ChooseScenarioOption{kModule, "q-single", "a"}), state);  // a question, not a scenario
  EXPECT_EQ(run(action::ChooseScenarioOption{"videosamtal", "s-lapp", "riv"}), state);
}

TEST_F(ProgressTest, ActiveTimeAddsUpWithinLimits) {
  step(action::AddActiveTime{kModule, 90});
  step(action::AddActiveTime{kModule, 30});
  EXPECT_EQ(progress().active_seconds, 120);
  step(action::AddActiveTime{kModule, 24 * 60 * 60});  // a day at most
  EXPECT_EQ(progress().active_seconds, 120 + 24 * 60 * 60);
  const ProgressState before = state;
  EXPECT_EQ(run(action::AddActiveTime{kModule, 0}), before);
  EXPECT_EQ(run(action::AddActiveTime{kModule, -60}), before);
  EXPECT_EQ(run(action::AddActiveTime{kModule, 24 * 60 * 60 + 1}), before);
  EXPECT_EQ(run(action::AddActiveTime{"no-module", 60}), before);
}

TEST_F(ProgressTest, MasteryNeeded) {
  EXPECT_EQ(module().question_count(), 5);
  EXPECT_EQ(mastery_needed(module()), 4);
  EXPECT_EQ(mastery_needed(*catalog.find_module("videosamtal")), 1);  // 0 in the file: all
  Module fewer = module();
  fewer.mastery = 9;  // more than there are now (questions were removed): all of them
  EXPECT_EQ(mastery_needed(fewer), 5);
}

TEST_F(ProgressTest, CompleteNeedsEveryPageAndTheMasteryRule) {
  EXPECT_EQ(run(action::CompleteModule{kModule, kQ4}), state);  // nothing done yet

  open_every_page();
  step(action::AnswerQuestion{kModule, "q-single", {"b"}});
  step(action::AnswerQuestion{kModule, "q-tf", {"false"}});
  check("q-multi", {"namn", "adress"});
  check("q-order", {"logga-in", "tvatta", "las", "skriv"});  // wrong
  EXPECT_EQ(correct_answer_count(progress(), module()), 3);
  EXPECT_FALSE(can_complete(progress(), module()));
  EXPECT_EQ(run(action::CompleteModule{kModule, kQ4}), state);

  check("q-match", {"larm", "kamera", "automat"});  // 4 of 5: enough
  EXPECT_EQ(correct_answer_count(progress(), module()), 4);
  EXPECT_TRUE(can_complete(progress(), module()));
  step(action::CompleteModule{kModule, kQ4});
  EXPECT_EQ(progress().completed, kQ4);

  // The first completion stands, also after a wrong answer later.
  step(action::AnswerQuestion{kModule, "q-single", {"a"}});
  step(action::CompleteModule{kModule, Period{2027, 1}});
  EXPECT_EQ(progress().completed, kQ4);
}

TEST_F(ProgressTest, CompleteNeedsEveryPageSeen) {
  step(action::OpenPage{kModule, "fragor", kQ4});
  answer_all_right();
  EXPECT_EQ(correct_answer_count(progress(), module()), 5);
  EXPECT_FALSE(can_complete(progress(), module()));
  EXPECT_EQ(run(action::CompleteModule{kModule, kQ4}), state);
  open_every_page();
  EXPECT_TRUE(can_complete(progress(), module()));
}

TEST_F(ProgressTest, UnknownIdsLeaveStateUnchanged) {
  open_every_page();
  answer_all_right();
  step(action::SetDraft{kModule, "q-multi", {"namn"}});
  const ProgressState before = state;
  const std::vector<Action> actions = {
      action::OpenPage{"no-module", "start", kQ4},
      action::OpenPage{kModule, "no-page", kQ4},
      action::OpenPage{"videosamtal", "fragor", kQ4},  // a page of another module
      action::AnswerQuestion{"no-module", "q-single", {"b"}},
      action::AnswerQuestion{kModule, "no-question", {"b"}},
      action::AnswerQuestion{kModule, "q-single", {"zzz"}},
      action::AnswerQuestion{kModule, "q1", {"true"}},  // a question of another module
      action::SetDraft{"no-module", "q-multi", {"namn"}},
      action::SetDraft{kModule, "no-question", {"namn"}},
      action::SetDraft{kModule, "q-multi", {"zzz"}},
      action::CheckAnswer{"no-module", "q-multi"},
      action::CheckAnswer{kModule, "no-question"},
      action::ChooseScenarioOption{"no-module", "s-lapp", "riv"},
      action::ChooseScenarioOption{kModule, "no-scenario", "riv"},
      action::ChooseScenarioOption{kModule, "s-lapp", "no-option"},
      action::AddActiveTime{"no-module", 60},
      action::CompleteModule{"no-module", kQ4},
      action::SetBackground{"shoe_size", "42"},
      action::SetBackground{"gender", "robot"},
      action::SetBackground{"gender", "30-54"},  // an option of another question
      action::RateStatement{"no-statement", 2},
      action::RateStatement{"info-1", 4},
      action::RateStatement{"info-1", -2},
      action::FinishSelfAssessment{kQ4},
  };
  for (const auto& a : actions) {
    EXPECT_EQ(apply(state, a, catalog), before) << "action index " << a.index();
  }
}

TEST_F(ProgressTest, EqualityCoversEveryField) {
  ProgressState other = state;
  other.last_module = "x";
  EXPECT_FALSE(other == state);
  ModuleProgress a;
  const auto differs = [&](auto change) {
    ModuleProgress b = a;
    change(b);
    return !(a == b);
  };
  EXPECT_TRUE(differs([](ModuleProgress& m) { m.current_page = "p"; }));
  EXPECT_TRUE(differs([](ModuleProgress& m) { m.pages_seen.insert("p"); }));
  EXPECT_TRUE(differs([](ModuleProgress& m) { m.answers["q"] = {"a"}; }));
  EXPECT_TRUE(differs([](ModuleProgress& m) { m.drafts["q"] = {"a"}; }));
  EXPECT_TRUE(differs([](ModuleProgress& m) { m.attempts["q"] = 1; }));
  EXPECT_TRUE(differs([](ModuleProgress& m) { m.scenarios["s"] = "o"; }));
  EXPECT_TRUE(differs([](ModuleProgress& m) { m.active_seconds = 1; }));
  EXPECT_TRUE(differs([](ModuleProgress& m) { m.started = kQ3; }));
  EXPECT_TRUE(differs([](ModuleProgress& m) { m.completed = kQ3; }));
}

// ---- Content that changed after the progress was saved -----------------------------------------

TEST_F(ProgressTest, RemovedAndRenamedContentIsKeptButNotCounted) {
  open_every_page();
  answer_all_right();
  step(action::ChooseScenarioOption{kModule, "s-lapp", "riv"});
  step(action::CompleteModule{kModule, kQ4});

  // New content: page "ovning" (with q-multi and the scenario) removed, q-order renamed.
  Catalog changed = catalog;
  Module& m = changed.modules[0];
  m.pages.erase(m.pages.begin() + 2);
  m.pages[2].parts[0].question->id = "q-order-ny";
  const ModuleProgress& p = progress();

  EXPECT_EQ(seen_page_count(p, m), 3);
  EXPECT_EQ(m.question_count(), 4);
  EXPECT_EQ(correct_answer_count(p, m), 3);  // q-single, q-tf, q-match; not the removed/renamed
  EXPECT_EQ(mastery_needed(m), 4);
  EXPECT_FALSE(can_complete(p, m));
  // Kept in the state, in case the content comes back.
  EXPECT_EQ(p.answers.count("q-multi"), 1u);
  EXPECT_EQ(p.answers.count("q-order"), 1u);
  EXPECT_EQ(p.scenarios.count("s-lapp"), 1u);
  EXPECT_EQ(p.completed, kQ4);  // a completion stays a completion

  // Going on with the new content works: answer the renamed question.
  state = apply(state, action::SetDraft{kModule, "q-order-ny", {"tvatta", "logga-in", "las", "skriv"}}, changed);
  state = apply(state, action::CheckAnswer{kModule, "q-order-ny"}, changed);
  EXPECT_EQ(correct_answer_count(progress(), m), 4);
  EXPECT_TRUE(can_complete(progress(), m));
  // Actions on what the content no longer has change nothing.
  EXPECT_EQ(apply(state, action::ChooseScenarioOption{kModule, "s-lapp", "lat"}, changed), state);
  EXPECT_EQ(apply(state, action::OpenPage{kModule, "ovning", kQ4}, changed), state);
}

TEST_F(ProgressTest, AnswerOfAQuestionThatChangedKindIsNotRight) {
  step(action::AnswerQuestion{kModule, "q-single", {"b"}});
  Module m = module();
  Question& q = *m.pages[1].parts[0].question;
  q.kind = QuestionKind::true_false;
  q.true_answer = true;
  EXPECT_FALSE(is_answered_correctly(progress(), q));
  EXPECT_EQ(correct_answer_count(progress(), m), 0);
}

TEST_F(ProgressTest, ProgressKeptForPagesContentNoLongerHas) {
  ModuleProgress p;
  p.pages_seen = {"start", "old-page"};
  EXPECT_EQ(seen_page_count(p, module()), 1);
}

// ---- Self-assessment ------------------------------------------------------------------------------

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
  step(action::RateStatement{"comm-1", kNotApplicable});
  EXPECT_EQ(state.self_assessment.instrument_id, "digcomp-omsorg");
  EXPECT_EQ(state.self_assessment.answers.at("info-1"), 2);
  EXPECT_EQ(state.self_assessment.answers.at("comm-1"), kNotApplicable);
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
  for (std::size_t i = 0; i + 1 < catalog.instrument->statements.size(); ++i) {
    step(action::RateStatement{catalog.instrument->statements[i].id, 1});
  }
  EXPECT_FALSE(all_statements_answered(state.self_assessment, *catalog.instrument));
  EXPECT_EQ(run(action::FinishSelfAssessment{kQ4}), state);
  step(action::RateStatement{catalog.instrument->statements.back().id, kNotApplicable});
  EXPECT_TRUE(all_statements_answered(state.self_assessment, *catalog.instrument));
  step(action::FinishSelfAssessment{kQ4});
  EXPECT_EQ(state.self_assessment.finished, kQ4);
}

TEST_F(ProgressTest, AFinishedRoundIsNotChangedAfterwards) {
  answer_everything(1);
  step(action::FinishSelfAssessment{kQ4});
  const ProgressState before = state;
  EXPECT_EQ(run(action::RateStatement{"info-1", 3}), before);
  EXPECT_EQ(run(action::FinishSelfAssessment{Period{2027, 2}}), before);
}

TEST_F(ProgressTest, WithoutInstrumentAssessmentActionsDoNothing) {
  catalog.instrument.reset();
  EXPECT_EQ(run(action::RateStatement{"info-1", 2}), state);
  EXPECT_EQ(run(action::FinishSelfAssessment{kQ4}), state);
}

}  // namespace
}  // namespace dl
