// Tests for apply(): every rule, unknown ids leaving the state unchanged, the mastery rule,
// progress of content that changed since it was saved, the self-assessment rounds (open, closed,
// not yet, due dates on given days, frozen after finishing), the manager survey and the programme
// link (joining, joining again, choosing an organisation).
#include "core/progress.hpp"

#include <gtest/gtest.h>

#include "core/measurement.hpp"
#include "fixtures/course_model.hpp"

namespace dl {
namespace {

constexpr const char* kModule = "digital-grund";
const Period kQ3{2026, 3};
const Period kQ4{2026, 4};
const Date kToday{2026, 11, 23};

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
  void complete_module() {
    open_every_page();
    answer_all_right();
    step(action::CompleteModule{kModule, kQ4});
  }
  const Instrument& instrument() const { return *catalog.instrument; }
  const RoundProgress& round(Round r) const { return state.rounds.at(r); }
  RoundStatus status(Round r, const Date& today = kToday) const { return round_status(state, catalog, r, today); }
  // Every answer the round asks, on `today`.
  void answer_round(Round r, int level, const Date& today = kToday) {
    for (const auto& s : instrument().statements) step(action::RateStatement{r, s.id, level, today});
    if (r == Round::t1) {
      for (const Statement* s : instrument().then_now_statements()) step(action::RateThen{s->id, 0, today});
    }
    for (const auto& item : instrument().evaluation) {
      if (r == Round::t1 || (r == Round::t2 && item.use)) step(action::RateEvaluation{r, item.id, 4, today});
    }
  }
  // T0 finished before the course, the module completed, T1 finished on `t1_day`.
  void finish_t0_course_t1(const Date& t1_day = kToday) {
    answer_round(Round::t0, 1);
    step(action::FinishRound{Round::t0, kToday});
    complete_module();
    answer_round(Round::t1, 2, t1_day);
    step(action::FinishRound{Round::t1, t1_day});
  }
};

TEST_F(ProgressTest, NewProgressStartsEmpty) {
  EXPECT_EQ(state.participant_code, "K7QM4XPD");
  EXPECT_EQ(state.lang, Lang::sv);
  EXPECT_TRUE(state.modules.empty());
  EXPECT_TRUE(state.last_module.empty());
  EXPECT_TRUE(state.rounds.empty());
  EXPECT_EQ(state.manager_survey, ManagerSurveyProgress{});
  EXPECT_EQ(state.plan.t2_interval_months, 4);
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

TEST_F(ProgressTest, OrderDraftsAreWholeArrangementsAndMatchDraftsHaveOneEntryPerRow) {
  step(action::OpenPage{kModule, "start", kQ4});
  const ProgressState before = state;
  EXPECT_EQ(run(action::SetDraft{kModule, "q-order", {"tvatta", "las"}}), before);
  EXPECT_EQ(run(action::SetDraft{kModule, "q-order", {"tvatta", "tvatta", "las", "skriv"}}), before);
  EXPECT_EQ(run(action::SetDraft{kModule, "q-match", {"larm", "kamera", "zzz"}}), before);
  EXPECT_EQ(run(action::SetDraft{kModule, "q-match", {"larm", "larm", ""}}), before);  // one right text twice
  EXPECT_EQ(run(action::SetDraft{kModule, "q-match", {"larm", ""}}), before);          // a row missing
  EXPECT_EQ(run(action::SetDraft{kModule, "q-multi", {"namn", "namn"}}), before);
  EXPECT_EQ(run(action::SetDraft{kModule, "q-single", {"b"}}), before);  // no drafts for single
  EXPECT_EQ(run(action::SetDraft{kModule, "q-tf", {"true"}}), before);

  check("q-order", {"logga-in", "tvatta", "las", "skriv"});
  EXPECT_FALSE(is_answered_correctly(progress(), *module().find_question("q-order")));
  check("q-order", {"tvatta", "logga-in", "las", "skriv"});
  EXPECT_TRUE(is_answered_correctly(progress(), *module().find_question("q-order")));
  EXPECT_EQ(progress().attempts.at("q-order"), 2);

  // Rows not yet paired are kept as "" and cannot be checked.
  step(action::SetDraft{kModule, "q-match", {"", "larm", ""}});
  EXPECT_EQ(progress().drafts.at("q-match"), (Answer{"", "larm", ""}));
  const ProgressState partial = state;
  EXPECT_EQ(run(action::CheckAnswer{kModule, "q-match"}), partial);

  check("q-match", {"kamera", "larm", "automat"});
  EXPECT_EQ(wrong_match_rows(*module().find_question("q-match"), {"kamera", "larm", "automat"}),
            (std::vector<std::size_t>{0, 1}));
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
  // A match starts with nothing chosen in any row.
  EXPECT_EQ(draft_or_initial(nullptr, *module().find_question("q-match")), (Answer{"", "", ""}));

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
      action::RateStatement{Round::t1, "no-statement", 2, kToday},
      action::RateStatement{Round::t1, "info-1", 4, kToday},
      action::RateStatement{Round::t1, "info-1", -2, kToday},
      action::RateStatement{Round::t1, "eval-nytta", 2, kToday},  // an evaluation item, not a statement
      action::RateThen{"no-statement", 2, kToday},
      action::RateThen{"info-1", 4, kToday},
      action::RateEvaluation{Round::t1, "no-item", 3, kToday},
      action::RateEvaluation{Round::t1, "info-1", 3, kToday},  // a statement, not an item
      action::RateEvaluation{Round::t1, "eval-nytta", 0, kToday},
      action::RateEvaluation{Round::t1, "eval-nytta", 6, kToday},
      action::OpenAssessmentPage{Round::t2, 0, kToday},
      action::FinishRound{Round::t1, kToday},
      action::AnswerSurvey{"no-question", {"ja"}},
      action::AnswerSurvey{"rutiner", {"no-option"}},
      action::FinishSurvey{kQ4},
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

TEST_F(ProgressTest, SetBackgroundTakesTheWorkSetting) {
  step(action::SetBackground{"work_setting", "hemtjanst"});
  EXPECT_EQ(state.background.work_setting, "hemtjanst");
  EXPECT_EQ(run(action::SetBackground{"work_setting", "omsorg"}), state);  // a role family, not a setting
  step(action::SetBackground{"work_setting", ""});
  EXPECT_EQ(state.background.work_setting, "");
}

TEST_F(ProgressTest, RateStatementSetsInstrumentAndAnswer) {
  EXPECT_EQ(status(Round::t0), RoundStatus::open);
  step(action::RateStatement{Round::t0, "info-1", 2, kToday});
  step(action::RateStatement{Round::t0, "comm-1", kNotApplicable, kToday});
  EXPECT_EQ(round(Round::t0).instrument_id, "digcomp-omsorg");
  EXPECT_EQ(round(Round::t0).answers, (std::map<std::string, int>{{"info-1", 2}, {"comm-1", kNotApplicable}}));
  step(action::RateStatement{Round::t0, "info-1", 0, kToday});
  EXPECT_EQ(round(Round::t0).answers.at("info-1"), 0);
  EXPECT_EQ(answers_left(round(Round::t0), Round::t0, instrument()), 1);
  EXPECT_EQ(state.rounds.count(Round::t1), 0u);
  EXPECT_EQ(find_round(state, Round::t0), &round(Round::t0));
  EXPECT_EQ(find_round(state, Round::t1), nullptr);
}

TEST_F(ProgressTest, T0IsClosedWhenNeverBegunBeforeTheFirstCompletedModule) {
  complete_module();
  EXPECT_EQ(status(Round::t0), RoundStatus::closed);
  EXPECT_EQ(run(action::RateStatement{Round::t0, "info-1", 2, kToday}), state);
  EXPECT_EQ(run(action::OpenAssessmentPage{Round::t0, 1, kToday}), state);
  EXPECT_EQ(run(action::FinishRound{Round::t0, kToday}), state);
}

TEST_F(ProgressTest, T0BegunBeforeTheCourseCanBeFinishedAfterIt) {
  step(action::RateStatement{Round::t0, "info-1", 2, kToday});
  complete_module();
  EXPECT_EQ(status(Round::t0), RoundStatus::open);
  answer_round(Round::t0, 3);
  step(action::FinishRound{Round::t0, kToday});
  EXPECT_EQ(round(Round::t0).finished, kQ4);
}

TEST_F(ProgressTest, T0ClosesOnceT1IsBegun) {
  step(action::RateStatement{Round::t0, "info-1", 2, kToday});
  complete_module();
  step(action::RateStatement{Round::t1, "info-1", 3, kToday});
  EXPECT_EQ(round(Round::t1).answers.at("info-1"), 3);
  EXPECT_EQ(status(Round::t0), RoundStatus::closed);
  EXPECT_EQ(run(action::RateStatement{Round::t0, "comm-1", 2, kToday}), state);
  EXPECT_EQ(run(action::OpenAssessmentPage{Round::t0, 1, kToday}), state);
}

TEST_F(ProgressTest, T1IsNotYetOpenBeforeACompletedModule) {
  open_every_page();
  answer_all_right();  // everything done but the completion itself
  EXPECT_EQ(status(Round::t1), RoundStatus::not_yet);
  const ProgressState before = state;
  EXPECT_EQ(run(action::RateStatement{Round::t1, "info-1", 2, kToday}), before);
  EXPECT_EQ(run(action::RateThen{"info-1", 1, kToday}), before);
  EXPECT_EQ(run(action::RateEvaluation{Round::t1, "eval-nytta", 5, kToday}), before);
  EXPECT_EQ(run(action::OpenAssessmentPage{Round::t1, 0, kToday}), before);
  step(action::CompleteModule{kModule, kQ4});
  EXPECT_EQ(status(Round::t1), RoundStatus::open);
  step(action::RateThen{"info-1", 1, kToday});
  EXPECT_EQ(round(Round::t1).then_answers.at("info-1"), 1);
}

TEST_F(ProgressTest, RateThenTakesOnlyThenNowStatementsAtT1) {
  complete_module();
  step(action::RateThen{"info-1", kNotApplicable, kToday});
  step(action::RateThen{"safety-1", 0, kToday});
  EXPECT_EQ(round(Round::t1).then_answers, (std::map<std::string, int>{{"info-1", kNotApplicable}, {"safety-1", 0}}));
  EXPECT_EQ(round(Round::t1).instrument_id, "digcomp-omsorg");
  EXPECT_TRUE(round(Round::t1).answers.empty());  // "then" is not "now"
  EXPECT_EQ(run(action::RateThen{"comm-1", 1, kToday}), state);  // not a then/now statement
  EXPECT_EQ(run(action::RateThen{"info-1", 4, kToday}), state);
}

TEST_F(ProgressTest, RateEvaluationT1AnyItemT2UseItemsT0None) {
  step(action::RateStatement{Round::t0, "info-1", 2, kToday});
  EXPECT_EQ(run(action::RateEvaluation{Round::t0, "eval-nytta", 3, kToday}), state);  // T0 open, no evaluation
  complete_module();
  step(action::RateEvaluation{Round::t1, "eval-nytta", 1, kToday});
  step(action::RateEvaluation{Round::t1, "eval-anvander", 5, kToday});
  EXPECT_EQ(round(Round::t1).evaluation, (std::map<std::string, int>{{"eval-nytta", 1}, {"eval-anvander", 5}}));
  EXPECT_EQ(run(action::RateEvaluation{Round::t1, "eval-nytta", kNotApplicable, kToday}), state);
}

TEST_F(ProgressTest, FinishRoundNeedsEveryAnswerTheRoundAsks) {
  for (std::size_t i = 0; i + 1 < instrument().statements.size(); ++i) {
    step(action::RateStatement{Round::t0, instrument().statements[i].id, 1, kToday});
  }
  EXPECT_EQ(run(action::FinishRound{Round::t0, kToday}), state);
  step(action::RateStatement{Round::t0, instrument().statements.back().id, kNotApplicable, kToday});
  step(action::FinishRound{Round::t0, kToday});
  EXPECT_EQ(round(Round::t0).finished, kQ4);
  EXPECT_EQ(round(Round::t0).finished_on, kToday);

  // T1 also needs the then/now statements and every evaluation item.
  complete_module();
  for (const auto& s : instrument().statements) step(action::RateStatement{Round::t1, s.id, 2, kToday});
  EXPECT_EQ(run(action::FinishRound{Round::t1, kToday}), state);
  for (const Statement* s : instrument().then_now_statements()) step(action::RateThen{s->id, 1, kToday});
  EXPECT_EQ(run(action::FinishRound{Round::t1, kToday}), state);
  step(action::RateEvaluation{Round::t1, "eval-nytta", 4, kToday});
  EXPECT_EQ(run(action::FinishRound{Round::t1, kToday}), state);
  step(action::RateEvaluation{Round::t1, "eval-anvander", 5, kToday});
  const Date later{2027, 1, 2};
  step(action::FinishRound{Round::t1, later});
  EXPECT_EQ(round(Round::t1).finished, (Period{2027, 1}));
  EXPECT_EQ(round(Round::t1).finished_on, later);
}

TEST_F(ProgressTest, FinishRoundWithoutAnswersOrOnAnImpossibleDayDoesNothing) {
  EXPECT_EQ(run(action::FinishRound{Round::t0, kToday}), state);  // no entry yet
  answer_round(Round::t0, 2);
  EXPECT_EQ(run(action::FinishRound{Round::t0, Date{2026, 2, 30}}), state);
  EXPECT_EQ(run(action::FinishRound{Round::t0, Date{2026, 13, 1}}), state);
}

TEST_F(ProgressTest, AFinishedRoundIsFrozenAndFinishingAgainChangesNothing) {
  answer_round(Round::t0, 1);
  step(action::FinishRound{Round::t0, kToday});
  EXPECT_EQ(status(Round::t0), RoundStatus::done);
  const ProgressState before = state;
  EXPECT_EQ(run(action::RateStatement{Round::t0, "info-1", 3, kToday}), before);
  EXPECT_EQ(run(action::FinishRound{Round::t0, Date{2027, 5, 2}}), before);

  complete_module();
  answer_round(Round::t1, 2);
  step(action::FinishRound{Round::t1, kToday});
  const ProgressState after_t1 = state;
  EXPECT_EQ(run(action::RateStatement{Round::t1, "info-1", 0, kToday}), after_t1);
  EXPECT_EQ(run(action::RateThen{"info-1", 3, kToday}), after_t1);
  EXPECT_EQ(run(action::RateEvaluation{Round::t1, "eval-nytta", 1, kToday}), after_t1);
  EXPECT_EQ(run(action::FinishRound{Round::t1, Date{2027, 1, 5}}), after_t1);
  EXPECT_EQ(round(Round::t1).finished_on, kToday);  // the first finish stands
}

TEST_F(ProgressTest, T2IsRefusedBeforeItsDueDateAndAcceptedOnIt) {
  finish_t0_course_t1(Date{2026, 11, 30});
  ASSERT_EQ(t2_due_date(state), (Date{2027, 3, 30}));  // four months later by default
  const Date day_before{2027, 3, 29};
  const Date due{2027, 3, 30};
  EXPECT_EQ(run(action::RateStatement{Round::t2, "info-1", 3, day_before}), state);
  EXPECT_EQ(run(action::RateEvaluation{Round::t2, "eval-anvander", 5, day_before}), state);
  EXPECT_EQ(run(action::OpenAssessmentPage{Round::t2, 1, day_before}), state);

  step(action::OpenAssessmentPage{Round::t2, 1, due});
  EXPECT_EQ(round(Round::t2).current_page, 1);
  step(action::RateStatement{Round::t2, "info-1", 3, due});
  EXPECT_EQ(round(Round::t2).answers.at("info-1"), 3);
  // T2 asks the use items only, and no then/now.
  step(action::RateEvaluation{Round::t2, "eval-anvander", 5, due});
  EXPECT_EQ(round(Round::t2).evaluation, (std::map<std::string, int>{{"eval-anvander", 5}}));
  EXPECT_EQ(run(action::RateEvaluation{Round::t2, "eval-nytta", 5, due}), state);
  EXPECT_EQ(run(action::RateThen{"info-1", 1, due}), state);
  // Later days work too; finishing it records its own day.
  const Date later{2027, 4, 2};
  answer_round(Round::t2, 3, later);
  step(action::FinishRound{Round::t2, later});
  EXPECT_EQ(round(Round::t2).finished, (Period{2027, 2}));
  EXPECT_EQ(round(Round::t2).finished_on, later);
}

TEST_F(ProgressTest, T2DueDateFollowsThePlansInterval) {
  state.plan.t2_interval_months = 6;
  finish_t0_course_t1(Date{2026, 8, 31});
  ASSERT_EQ(t2_due_date(state), (Date{2027, 2, 28}));  // the month's last day
  EXPECT_EQ(run(action::RateStatement{Round::t2, "info-1", 3, Date{2027, 2, 27}}), state);
  step(action::RateStatement{Round::t2, "info-1", 3, Date{2027, 2, 28}});
  EXPECT_EQ(round(Round::t2).answers.at("info-1"), 3);
}

TEST_F(ProgressTest, T2IsNotYetWithoutAFinishedT1) {
  answer_round(Round::t0, 1);
  step(action::FinishRound{Round::t0, kToday});
  complete_module();
  answer_round(Round::t1, 2);  // answered, not finished
  EXPECT_EQ(run(action::RateStatement{Round::t2, "info-1", 3, Date{2030, 1, 1}}), state);
}

TEST_F(ProgressTest, OpenAssessmentPageClampsToTheRoundsPages) {
  ASSERT_EQ(assessment_pages(Round::t0, state, instrument()).size(), 4u);  // background + 3 areas
  step(action::OpenAssessmentPage{Round::t0, 2, kToday});
  EXPECT_EQ(round(Round::t0).current_page, 2);
  EXPECT_FALSE(round(Round::t0).started());  // looking is not answering
  step(action::OpenAssessmentPage{Round::t0, -4, kToday});
  EXPECT_EQ(round(Round::t0).current_page, 0);
  step(action::OpenAssessmentPage{Round::t0, 99, kToday});
  EXPECT_EQ(round(Round::t0).current_page, 3);

  // T1 after a finished T0: 3 areas, then/now, evaluation.
  answer_round(Round::t0, 1);
  step(action::FinishRound{Round::t0, kToday});
  complete_module();
  step(action::OpenAssessmentPage{Round::t1, 99, kToday});
  EXPECT_EQ(round(Round::t1).current_page, 4);
}

TEST_F(ProgressTest, ADoneRoundCanBeLookedThroughButNotChanged) {
  answer_round(Round::t0, 1);
  step(action::FinishRound{Round::t0, kToday});
  step(action::OpenAssessmentPage{Round::t0, 1, kToday});
  EXPECT_EQ(round(Round::t0).current_page, 1);
  EXPECT_EQ(round(Round::t0).finished, kQ4);
  EXPECT_EQ(round(Round::t0).answers.at("info-1"), 1);
}

TEST_F(ProgressTest, OpenAssessmentPageMakesNoEntryForARoundThatCannotBeAnswered) {
  step(action::OpenAssessmentPage{Round::t1, 1, kToday});
  step(action::OpenAssessmentPage{Round::t2, 1, kToday});
  EXPECT_TRUE(state.rounds.empty());
}

TEST_F(ProgressTest, WithoutInstrumentAssessmentActionsDoNothing) {
  complete_module();
  catalog.instrument.reset();
  EXPECT_EQ(run(action::RateStatement{Round::t1, "info-1", 2, kToday}), state);
  EXPECT_EQ(run(action::RateThen{"info-1", 2, kToday}), state);
  EXPECT_EQ(run(action::RateEvaluation{Round::t1, "eval-nytta", 2, kToday}), state);
  EXPECT_EQ(run(action::OpenAssessmentPage{Round::t1, 1, kToday}), state);
  EXPECT_EQ(run(action::FinishRound{Round::t1, kToday}), state);
}

// ---- Manager survey --------------------------------------------------------------------------------

TEST_F(ProgressTest, AnswerSurveyKeepsValidAnswersAndSetsTheSurvey) {
  step(action::AnswerSurvey{"rutiner", {"delvis"}});
  EXPECT_EQ(state.manager_survey.survey_id, "chefsenkat");
  step(action::AnswerSurvey{"forutsattningar", {"tid", "enhet"}});
  step(action::AnswerSurvey{"rutiner", {"ja"}});  // may change until finished
  EXPECT_EQ(state.manager_survey.answers,
            (std::map<std::string, std::vector<std::string>>{{"rutiner", {"ja"}}, {"forutsattningar", {"tid", "enhet"}}}));
  const ProgressState before = state;
  EXPECT_EQ(run(action::AnswerSurvey{"rutiner", {"ja", "nej"}}), before);       // single: one option
  EXPECT_EQ(run(action::AnswerSurvey{"rutiner", {}}), before);
  EXPECT_EQ(run(action::AnswerSurvey{"forutsattningar", {"tid", "tid"}}), before);
  EXPECT_EQ(run(action::AnswerSurvey{"forutsattningar", {}}), before);
  EXPECT_EQ(run(action::AnswerSurvey{"behov", {"ja"}}), before);  // an option of another question
}

TEST_F(ProgressTest, FinishSurveyNeedsEveryQuestionAndFreezesIt) {
  EXPECT_EQ(run(action::FinishSurvey{kQ4}), state);
  step(action::AnswerSurvey{"rutiner", {"nej"}});
  step(action::AnswerSurvey{"forutsattningar", {"plats"}});
  EXPECT_FALSE(survey_complete(state.manager_survey, *catalog.manager_survey));
  EXPECT_EQ(run(action::FinishSurvey{kQ4}), state);
  step(action::AnswerSurvey{"behov", {"stod", "utbildning"}});
  EXPECT_TRUE(survey_complete(state.manager_survey, *catalog.manager_survey));
  step(action::FinishSurvey{kQ4});
  EXPECT_EQ(state.manager_survey.finished, kQ4);
  const ProgressState before = state;
  EXPECT_EQ(run(action::AnswerSurvey{"rutiner", {"ja"}}), before);
  EXPECT_EQ(run(action::FinishSurvey{Period{2027, 1}}), before);
}

TEST_F(ProgressTest, SurveyCompleteCountsOnlyTheQuestionsTheSurveyHasNow) {
  ManagerSurveyProgress p;
  p.answers = {{"rutiner", {"ja"}}, {"forutsattningar", {"tid"}}, {"behov", {"stod"}}, {"removed", {"x"}}};
  EXPECT_TRUE(survey_complete(p, *catalog.manager_survey));
  p.answers["rutiner"] = {"ja", "nej"};  // saved before the question became single choice
  EXPECT_FALSE(survey_complete(p, *catalog.manager_survey));
  EXPECT_FALSE(survey_complete(ManagerSurveyProgress{}, Survey{}));  // nothing to answer is not done
}

// "forutsattningar" asked only after "ja" or "delvis" to "rutiner"; its "ombud" stands alone.
void make_follow_up(Catalog& catalog) {
  Survey& survey = *catalog.manager_survey;
  survey.questions[1].asked_if = SurveyCondition{"rutiner", {"ja", "delvis"}};
  survey.questions[1].options[3].exclusive = true;
}

TEST_F(ProgressTest, AFollowUpQuestionIsAskedOnlyAfterItsAnswer) {
  make_follow_up(catalog);
  const Survey& survey = *catalog.manager_survey;
  const SurveyQuestion& follow_up = survey.questions[1];
  EXPECT_FALSE(survey_question_asked(survey, follow_up, {}));
  EXPECT_FALSE(survey_question_asked(survey, follow_up, {{"rutiner", {"nej"}}}));
  EXPECT_TRUE(survey_question_asked(survey, follow_up, {{"rutiner", {"delvis"}}}));
  EXPECT_TRUE(survey_question_asked(survey, survey.questions[2], {}));  // no condition

  // Not asked, so not answerable and not needed to finish.
  const ProgressState before = state;
  EXPECT_EQ(run(action::AnswerSurvey{"forutsattningar", {"tid"}}), before);
  step(action::AnswerSurvey{"rutiner", {"nej"}});
  step(action::AnswerSurvey{"behov", {"stod"}});
  EXPECT_TRUE(survey_complete(state.manager_survey, survey));
  // "Ja" asks it, and then it is needed.
  step(action::AnswerSurvey{"rutiner", {"ja"}});
  EXPECT_FALSE(survey_complete(state.manager_survey, survey));
  step(action::AnswerSurvey{"forutsattningar", {"tid", "plats"}});
  EXPECT_TRUE(survey_complete(state.manager_survey, survey));
  // "Nej" again keeps the answer on the device (nothing entered is lost) but it no longer counts.
  step(action::AnswerSurvey{"rutiner", {"nej"}});
  EXPECT_EQ(state.manager_survey.answers.at("forutsattningar"), (std::vector<std::string>{"tid", "plats"}));
  step(action::FinishSurvey{kQ4});
  ASSERT_TRUE(state.manager_survey.finished);
}

TEST_F(ProgressTest, AnExclusiveOptionIsAnsweredAlone) {
  make_follow_up(catalog);
  const SurveyQuestion& q = catalog.manager_survey->questions[1];
  EXPECT_TRUE(is_allowed_survey_answer(q, {"ombud"}));
  EXPECT_TRUE(is_allowed_survey_answer(q, {"tid", "plats"}));
  EXPECT_FALSE(is_allowed_survey_answer(q, {"tid", "ombud"}));
  EXPECT_TRUE(is_valid_survey_answer(q, {"tid", "ombud"}));  // a file may still hold it (older app)
  step(action::AnswerSurvey{"rutiner", {"ja"}});
  const ProgressState before = state;
  EXPECT_EQ(run(action::AnswerSurvey{"forutsattningar", {"tid", "ombud"}}), before);
  step(action::AnswerSurvey{"forutsattningar", {"ombud"}});
  EXPECT_EQ(state.manager_survey.answers.at("forutsattningar"), std::vector<std::string>{"ombud"});
  // Saved both ticked before the option became exclusive: not done until it is mended.
  state.manager_survey.answers["forutsattningar"] = {"tid", "ombud"};
  step(action::AnswerSurvey{"behov", {"stod"}});
  EXPECT_FALSE(survey_complete(state.manager_survey, *catalog.manager_survey));
}

TEST_F(ProgressTest, WithoutSurveyOrWithAnotherSurveySurveyActionsDoNothing) {
  step(action::AnswerSurvey{"rutiner", {"ja"}});
  step(action::AnswerSurvey{"forutsattningar", {"tid"}});
  step(action::AnswerSurvey{"behov", {"stod"}});
  Catalog renamed = catalog;
  renamed.manager_survey->id = "chefsenkat-2";  // answers were given to an earlier survey
  EXPECT_EQ(apply(state, action::FinishSurvey{kQ4}, renamed), state);
  catalog.manager_survey.reset();
  EXPECT_EQ(run(action::AnswerSurvey{"rutiner", {"nej"}}), state);
  EXPECT_EQ(run(action::FinishSurvey{kQ4}), state);
}

TEST_F(ProgressTest, RoundAndSurveyEqualityCoverEveryField) {
  const auto round_differs = [](auto change) {
    RoundProgress a;
    RoundProgress b;
    change(b);
    return !(a == b);
  };
  EXPECT_TRUE(round_differs([](RoundProgress& r) { r.instrument_id = "x"; }));
  EXPECT_TRUE(round_differs([](RoundProgress& r) { r.answers["s"] = 1; }));
  EXPECT_TRUE(round_differs([](RoundProgress& r) { r.then_answers["s"] = 1; }));
  EXPECT_TRUE(round_differs([](RoundProgress& r) { r.evaluation["e"] = 1; }));
  EXPECT_TRUE(round_differs([](RoundProgress& r) { r.current_page = 1; }));
  EXPECT_TRUE(round_differs([](RoundProgress& r) { r.finished = kQ4; }));
  EXPECT_TRUE(round_differs([](RoundProgress& r) { r.finished_on = kToday; }));
  const auto survey_differs = [](auto change) {
    ManagerSurveyProgress a;
    ManagerSurveyProgress b;
    change(b);
    return !(a == b);
  };
  EXPECT_TRUE(survey_differs([](ManagerSurveyProgress& m) { m.survey_id = "x"; }));
  EXPECT_TRUE(survey_differs([](ManagerSurveyProgress& m) { m.answers["q"] = {"a"}; }));
  EXPECT_TRUE(survey_differs([](ManagerSurveyProgress& m) { m.finished = kQ4; }));
  const auto state_differs = [&](auto change) {
    ProgressState b = state;
    change(b);
    return !(state == b);
  };
  EXPECT_TRUE(state_differs([](ProgressState& s) { s.rounds[Round::t2]; }));
  EXPECT_TRUE(state_differs([](ProgressState& s) { s.manager_survey.survey_id = "x"; }));
  EXPECT_TRUE(state_differs([](ProgressState& s) { s.plan.t2_interval_months = 6; }));
  EXPECT_TRUE(state_differs([](ProgressState& s) { s.background.work_setting = "annat"; }));
  EXPECT_TRUE(state_differs([](ProgressState& s) { s.programme = Programme{}; }));
  EXPECT_TRUE(state_differs([](ProgressState& s) { s.organisation = "kommun-a"; }));
  const auto programme_differs = [](auto change) {
    Programme a;
    Programme b;
    change(b);
    return !(a == b);
  };
  EXPECT_TRUE(programme_differs([](Programme& p) { p.id = "x"; }));
  EXPECT_TRUE(programme_differs([](Programme& p) { p.name = "x"; }));
  EXPECT_TRUE(programme_differs([](Programme& p) { p.organisations.push_back({"a", "A"}); }));
  EXPECT_TRUE(programme_differs([](Programme& p) { p.module_ids.push_back("m"); }));
  EXPECT_TRUE(programme_differs([](Programme& p) { p.instrument_ids.push_back("i"); }));
  EXPECT_TRUE(programme_differs([](Programme& p) { p.t2_interval_months = 6; }));
  EXPECT_FALSE((Organisation{"a", "A"} == Organisation{"a", "B"}));
}

// ---- Programme link ----------------------------------------------------------------------------

Programme programme(std::string id = "P7QM4XPD", int t2_interval_months = 6) {
  Programme p;
  p.id = std::move(id);
  p.name = "Digilyft Norr";
  p.organisations = {{"kommun-a", "Kommun A, hemtjänst"}, {"kommun-b", "Kommun B"}};
  p.module_ids = {"digital-grund"};
  p.instrument_ids = {"digcomp-omsorg"};
  p.t2_interval_months = t2_interval_months;
  return p;
}

TEST_F(ProgressTest, JoinProgrammeTakesItsSettingsAndKeepsEverythingElse) {
  answer_round(Round::t0, 1);
  step(action::OpenPage{kModule, "start", kQ4});
  const ProgressState before = state;
  step(action::JoinProgramme{programme()});
  ASSERT_TRUE(state.programme.has_value());
  EXPECT_EQ(*state.programme, programme());
  EXPECT_EQ(state.plan.t2_interval_months, 6);
  EXPECT_EQ(state.organisation, "");
  EXPECT_EQ(state.participant_code, before.participant_code);
  EXPECT_EQ(state.rounds, before.rounds);
  EXPECT_EQ(state.modules, before.modules);
}

TEST_F(ProgressTest, JoinProgrammeIgnoresAProgrammeWithProblems) {
  Programme unknown_module = programme();
  unknown_module.module_ids = {"stickning"};
  EXPECT_EQ(run(action::JoinProgramme{unknown_module}), state);
  EXPECT_EQ(run(action::JoinProgramme{programme("P7QM4XPD", 25)}), state);
  EXPECT_EQ(run(action::JoinProgramme{programme("not a code")}), state);
}

TEST_F(ProgressTest, JoiningTheSameProgrammeAgainKeepsTheOrganisationWhileListed) {
  step(action::JoinProgramme{programme()});
  step(action::ChooseOrganisation{"kommun-b"});
  ASSERT_EQ(state.organisation, "kommun-b");
  // New settings from the coordinator: another interval, another name, a new organisation.
  Programme changed = programme("P7QM4XPD", 3);
  changed.name = "Digilyft Norr 2027";
  changed.organisations.push_back({"kommun-c", "Kommun C"});
  step(action::JoinProgramme{changed});
  EXPECT_EQ(*state.programme, changed);
  EXPECT_EQ(state.plan.t2_interval_months, 3);
  EXPECT_EQ(state.organisation, "kommun-b");
  // The organisation left the list: the person chooses again.
  changed.organisations.erase(changed.organisations.begin() + 1);
  step(action::JoinProgramme{changed});
  EXPECT_EQ(state.organisation, "");
}

TEST_F(ProgressTest, JoiningAnotherProgrammeClearsTheOrganisation) {
  step(action::JoinProgramme{programme()});
  step(action::ChooseOrganisation{"kommun-a"});
  const auto rounds = state.rounds;
  step(action::JoinProgramme{programme("Q8RN5YRE", 4)});  // same codes, another programme
  EXPECT_EQ(state.programme->id, "Q8RN5YRE");
  EXPECT_EQ(state.organisation, "");
  EXPECT_EQ(state.plan.t2_interval_months, 4);
  EXPECT_EQ(state.participant_code, "K7QM4XPD");
  EXPECT_EQ(state.rounds, rounds);
}

TEST_F(ProgressTest, ChooseOrganisationOnlyFromTheProgrammesList) {
  EXPECT_EQ(run(action::ChooseOrganisation{"kommun-a"}), state);  // no programme joined
  step(action::JoinProgramme{programme()});
  EXPECT_EQ(run(action::ChooseOrganisation{"kommun-x"}), state);
  EXPECT_EQ(run(action::ChooseOrganisation{""}), state);
  step(action::ChooseOrganisation{"kommun-a"});
  EXPECT_EQ(state.organisation, "kommun-a");
  step(action::ChooseOrganisation{"kommun-b"});  // a person may correct the choice
  EXPECT_EQ(state.organisation, "kommun-b");
}

TEST_F(ProgressTest, TheCourseInProgressIsTheOneOpenedLastElseTheFirstBegun) {
  EXPECT_EQ(course_in_progress(state, catalog), nullptr);
  step(action::OpenPage{kModule, module().pages.front().id, kQ4});
  EXPECT_EQ(course_in_progress(state, catalog), catalog.find_module(kModule));
  complete_module();
  EXPECT_EQ(course_in_progress(state, catalog), nullptr) << "a completed course is not under way";
}

}  // namespace
}  // namespace dl
