// Tests for the measuring design's rules: every status change of T0, T1 and T2 on an injected date,
// the T2 due date from the plan's interval, each round's pages and the answers still missing.
#include "core/measurement.hpp"

#include "shipped_content.hpp"
#include "core/progress.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace dl {
namespace {

// Two statements per area; "info-1" and "safety-1" are then/now items. Evaluation: "nytta" (T1
// only) and "anvander" (a use item, T1 and T2).
Instrument instrument() {
  Instrument in;
  in.id = "digcomp-omsorg";
  const std::pair<Area, const char*> areas[] = {{Area::information, "info"}, {Area::communication, "comm"},
                                                {Area::content_creation, "content"}, {Area::safety, "safety"},
                                                {Area::problem_solving, "prob"}};
  for (const auto& [area, prefix] : areas) {
    for (int i = 1; i <= 2; ++i) {
      Statement s;
      s.id = std::string(prefix) + "-" + std::to_string(i);
      s.competence = std::to_string(area_number(area)) + "." + std::to_string(i);
      s.area = area;
      s.then_now = i == 1 && (area == Area::information || area == Area::safety);
      s.text = LocalText{"Jag kan " + s.id, ""};
      in.statements.push_back(s);
    }
  }
  in.evaluation = {EvaluationItem{"nytta", LocalText{"Jag förstår nyttan.", ""}, false},
                   EvaluationItem{"anvander", LocalText{"Jag använder digitala verktyg mer.", ""}, true}};
  return in;
}

Module module(const std::string& id) {
  Module m;
  m.id = id;
  m.competences = {"4.2"};
  m.areas = {Area::safety};
  m.roles = {"omsorg"};
  return m;
}

Catalog catalog() {
  Catalog c;
  c.modules = {module("a"), module("b")};
  c.instrument = instrument();
  return c;
}

const Date kToday{2026, 11, 23};
const Period kNow{2026, 4};

void complete(ProgressState& state, const std::string& module_id) {
  state.modules[module_id].completed = kNow;
}
void begin(ProgressState& state, Round round) { state.rounds[round].answers["info-1"] = 2; }
void finish(ProgressState& state, Round round, const Date& on) {
  state.rounds[round].answers["info-1"] = 2;
  state.rounds[round].finished = period_of(on);
  state.rounds[round].finished_on = on;
}

RoundStatus status(const ProgressState& state, Round round, const Date& today = kToday) {
  return round_status(state, catalog(), round, today);
}

// Answers every question round `round` asks.
RoundProgress full_answers(Round round, int level = 2) {
  RoundProgress p;
  const Instrument in = instrument();
  for (const Statement& s : in.statements) {
    p.answers[s.id] = level;
    if (round == Round::t1 && s.then_now) p.then_answers[s.id] = 1;
  }
  for (const EvaluationItem& item : in.evaluation) {
    if (round == Round::t1 || (round == Round::t2 && item.use)) p.evaluation[item.id] = 4;
  }
  return p;
}

// ---- T0 ---------------------------------------------------------------------------------------

TEST(RoundStatusT0, OpenAtTheStart) {
  const ProgressState state;
  EXPECT_EQ(status(state, Round::t0), RoundStatus::open);
  EXPECT_EQ(status(state, Round::t1), RoundStatus::not_yet);
  EXPECT_EQ(status(state, Round::t2), RoundStatus::not_yet);
}

TEST(OfferBeforeRound, BeforeAFirstCourseOnlyWhileT0IsOpenUnbegunAndNotDeclined) {
  ProgressState state;
  EXPECT_TRUE(offer_before_round(state, catalog(), kToday));
  ProgressState declined = state;
  declined.before_round_declined = true;
  EXPECT_FALSE(offer_before_round(declined, catalog(), kToday));
  ProgressState begun = state;
  begin(begun, Round::t0);
  EXPECT_FALSE(offer_before_round(begun, catalog(), kToday)) << "T0 is begun: the start offers to go on";
  ProgressState course = state;
  course.modules["a"].current_page = "start";
  EXPECT_FALSE(offer_before_round(course, catalog(), kToday)) << "not a first course";
  ProgressState closed = state;
  complete(closed, "a");
  closed.modules["a"].current_page.clear();
  EXPECT_FALSE(offer_before_round(closed, catalog(), kToday)) << "T0 closed";
  Catalog without = catalog();
  without.instrument.reset();
  EXPECT_FALSE(offer_before_round(state, without, kToday));
  // Kept in the saved progress.
  std::vector<Problem> problems;
  EXPECT_TRUE(progress_from_json(progress_to_json(declined), problems)->before_round_declined);
  EXPECT_FALSE(progress_from_json(progress_to_json(state), problems)->before_round_declined);
}

TEST(RoundStatusT0, DoneWhenFinished) {
  ProgressState state;
  finish(state, Round::t0, kToday);
  EXPECT_EQ(status(state, Round::t0), RoundStatus::done);
  complete(state, "a");
  begin(state, Round::t1);
  EXPECT_EQ(status(state, Round::t0), RoundStatus::done);
}

TEST(RoundStatusT0, ClosedWhenAModuleWasCompletedBeforeItWasBegun) {
  ProgressState state;
  complete(state, "a");
  EXPECT_EQ(status(state, Round::t0), RoundStatus::closed);
}

TEST(RoundStatusT0, StillOpenAfterAModuleWhenBegunBefore) {
  ProgressState state;
  begin(state, Round::t0);
  complete(state, "a");
  EXPECT_EQ(status(state, Round::t0), RoundStatus::open);
}

TEST(RoundStatusT0, AStartedButUnansweredModuleDoesNotCloseIt) {
  ProgressState state;
  state.modules["a"].started = kNow;
  state.modules["a"].pages_seen = {"start"};
  EXPECT_EQ(status(state, Round::t0), RoundStatus::open);
}

TEST(RoundStatusT0, ClosedOnceT1IsBegun) {
  ProgressState state;
  begin(state, Round::t0);
  complete(state, "a");
  state.rounds[Round::t1].evaluation["nytta"] = 4;
  EXPECT_EQ(status(state, Round::t0), RoundStatus::closed);
}

TEST(RoundStatusT0, ARemovedModuleDoesNotCount) {
  ProgressState state;
  complete(state, "gone-from-catalogue");
  EXPECT_EQ(status(state, Round::t0), RoundStatus::open);
  EXPECT_EQ(status(state, Round::t1), RoundStatus::not_yet);
}

TEST(RoundStatusT0, AnEmptyRoundEntryIsNotBegun) {
  ProgressState state;
  state.rounds[Round::t0].current_page = 2;  // opened a page, answered nothing
  complete(state, "a");
  EXPECT_EQ(status(state, Round::t0), RoundStatus::closed);
}

// ---- T1 ---------------------------------------------------------------------------------------

TEST(RoundStatusT1, NotYetUntilAModuleIsCompleted) {
  ProgressState state;
  finish(state, Round::t0, kToday);
  EXPECT_EQ(status(state, Round::t1), RoundStatus::not_yet);
  state.modules["a"].started = kNow;
  EXPECT_EQ(status(state, Round::t1), RoundStatus::not_yet);
  complete(state, "a");
  EXPECT_EQ(status(state, Round::t1), RoundStatus::open);
}

TEST(RoundStatusT1, OpenWithoutT0) {
  ProgressState state;
  complete(state, "b");
  EXPECT_EQ(status(state, Round::t1), RoundStatus::open);
}

TEST(RoundStatusT1, DoneWhenFinished) {
  ProgressState state;
  complete(state, "a");
  finish(state, Round::t1, kToday);
  EXPECT_EQ(status(state, Round::t1), RoundStatus::done);
}

// ---- T2 ---------------------------------------------------------------------------------------

TEST(RoundStatusT2, NotYetWhileT1IsNotFinished) {
  ProgressState state;
  complete(state, "a");
  begin(state, Round::t1);
  EXPECT_EQ(status(state, Round::t2, Date{2030, 1, 1}), RoundStatus::not_yet);
  EXPECT_FALSE(t2_due_date(state).has_value());
}

TEST(RoundStatusT2, OpensOnItsDueDateNotTheDayBefore) {
  ProgressState state;
  complete(state, "a");
  finish(state, Round::t1, Date{2026, 11, 23});
  ASSERT_EQ(t2_due_date(state), (Date{2027, 3, 23}));  // default interval: 4 months
  EXPECT_EQ(status(state, Round::t2, Date{2026, 11, 23}), RoundStatus::not_yet);
  EXPECT_EQ(status(state, Round::t2, Date{2027, 3, 22}), RoundStatus::not_yet);
  EXPECT_EQ(status(state, Round::t2, Date{2027, 3, 23}), RoundStatus::open);
  EXPECT_EQ(status(state, Round::t2, Date{2028, 1, 1}), RoundStatus::open);
}

TEST(RoundStatusT2, IntervalComesFromThePlan) {
  ProgressState state;
  complete(state, "a");
  finish(state, Round::t1, Date{2026, 11, 23});
  state.plan.t2_interval_months = 6;
  EXPECT_EQ(t2_due_date(state), (Date{2027, 5, 23}));
  EXPECT_EQ(status(state, Round::t2, Date{2027, 5, 22}), RoundStatus::not_yet);
  EXPECT_EQ(status(state, Round::t2, Date{2027, 5, 23}), RoundStatus::open);
}

TEST(RoundStatusT2, IntervalIsClampedToOneTo24Months) {
  ProgressState state;
  finish(state, Round::t1, Date{2026, 11, 23});
  state.plan.t2_interval_months = 0;
  EXPECT_EQ(t2_due_date(state), (Date{2026, 12, 23}));
  state.plan.t2_interval_months = -5;
  EXPECT_EQ(t2_due_date(state), (Date{2026, 12, 23}));
  state.plan.t2_interval_months = 36;
  EXPECT_EQ(t2_due_date(state), (Date{2028, 11, 23}));
}

TEST(RoundStatusT2, DueDateClampsToTheEndOfTheMonth) {
  ProgressState state;
  finish(state, Round::t1, Date{2026, 10, 31});
  EXPECT_EQ(t2_due_date(state), (Date{2027, 2, 28}));
}

TEST(RoundStatusT2, NoDueDateWithoutTheDayT1WasFinished) {
  ProgressState state;
  complete(state, "a");
  state.rounds[Round::t1].answers["info-1"] = 1;
  state.rounds[Round::t1].finished = kNow;  // e.g. saved without a day
  EXPECT_FALSE(t2_due_date(state).has_value());
  EXPECT_EQ(status(state, Round::t2, Date{2030, 1, 1}), RoundStatus::not_yet);
}

TEST(RoundStatusT2, DoneWhenFinished) {
  ProgressState state;
  complete(state, "a");
  finish(state, Round::t1, Date{2026, 11, 23});
  finish(state, Round::t2, Date{2027, 4, 1});
  EXPECT_EQ(status(state, Round::t2, Date{2027, 4, 2}), RoundStatus::done);
}

TEST(RoundStatus, WithoutAnInstrumentOnlyDoneRoundsStay) {
  ProgressState state;
  finish(state, Round::t0, Date{2026, 1, 10});
  complete(state, "a");
  Catalog no_instrument = catalog();
  no_instrument.instrument.reset();
  EXPECT_EQ(round_status(state, no_instrument, Round::t0, kToday), RoundStatus::done);
  EXPECT_EQ(round_status(state, no_instrument, Round::t1, kToday), RoundStatus::not_yet);
  EXPECT_EQ(round_status(ProgressState{}, no_instrument, Round::t0, kToday), RoundStatus::not_yet);
  finish(state, Round::t1, Date{2026, 2, 1});
  EXPECT_EQ(round_status(state, no_instrument, Round::t2, Date{2030, 1, 1}), RoundStatus::not_yet);
  EXPECT_FALSE(open_round(state, no_instrument, Date{2030, 1, 1}).has_value());
}

// ---- Open and latest rounds -------------------------------------------------------------------

TEST(OpenRound, FollowsTheCourseOfThePlan) {
  ProgressState state;
  EXPECT_EQ(open_round(state, catalog(), kToday), Round::t0);
  finish(state, Round::t0, Date{2026, 9, 1});
  EXPECT_FALSE(open_round(state, catalog(), kToday).has_value());
  complete(state, "a");
  EXPECT_EQ(open_round(state, catalog(), kToday), Round::t1);
  finish(state, Round::t1, kToday);
  EXPECT_FALSE(open_round(state, catalog(), kToday).has_value());
  EXPECT_EQ(open_round(state, catalog(), Date{2027, 3, 23}), Round::t2);
  finish(state, Round::t2, Date{2027, 3, 23});
  EXPECT_FALSE(open_round(state, catalog(), Date{2027, 3, 24}).has_value());
}

TEST(OpenRound, T0StillFirstWhileItIsOpenBesideT1) {
  ProgressState state;
  begin(state, Round::t0);
  complete(state, "a");
  EXPECT_EQ(open_round(state, catalog(), kToday), Round::t0);
}

TEST(LatestFinishedRound, PrefersTheLatest) {
  ProgressState state;
  EXPECT_FALSE(latest_finished_round(state).has_value());
  begin(state, Round::t0);
  EXPECT_FALSE(latest_finished_round(state).has_value());
  finish(state, Round::t0, Date{2026, 9, 1});
  EXPECT_EQ(latest_finished_round(state), Round::t0);
  begin(state, Round::t1);
  EXPECT_EQ(latest_finished_round(state), Round::t0);
  finish(state, Round::t1, kToday);
  EXPECT_EQ(latest_finished_round(state), Round::t1);
  finish(state, Round::t2, Date{2027, 4, 1});
  EXPECT_EQ(latest_finished_round(state), Round::t2);
}

TEST(LatestFinishedRound, T1WithoutT0) {
  ProgressState state;
  finish(state, Round::t1, kToday);
  EXPECT_EQ(latest_finished_round(state), Round::t1);
}

// ---- Pages ------------------------------------------------------------------------------------

using Kind = AssessmentPage::Kind;
// The test instrument has two statements per area, two then/now statements, and two evaluation items
// at T1 (one at T2): each part fits on one page.
std::vector<AssessmentPage> area_pages() {
  std::vector<AssessmentPage> pages;
  for (Area area : kAllAreas) pages.push_back({Kind::area, area, 0, 2});
  return pages;
}
std::vector<AssessmentPage> operator+(std::vector<AssessmentPage> a, const std::vector<AssessmentPage>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}
const std::vector<AssessmentPage> kBackground = {{Kind::background, Area::information}};
const std::vector<AssessmentPage> kThenNow = {{Kind::then_now, Area::information, 0, 2}};
const std::vector<AssessmentPage> kEvaluation = {{Kind::evaluation, Area::information, 0, 2}};
const std::vector<AssessmentPage> kUseItems = {{Kind::evaluation, Area::information, 0, 1}};

TEST(AssessmentPages, T0IsBackgroundThenTheFiveAreas) {
  EXPECT_EQ(assessment_pages(Round::t0, ProgressState{}, instrument()), kBackground + area_pages());
}

TEST(AssessmentPages, T1AfterT0SkipsTheBackground) {
  ProgressState state;
  finish(state, Round::t0, Date{2026, 9, 1});
  EXPECT_EQ(assessment_pages(Round::t1, state, instrument()), area_pages() + kThenNow + kEvaluation);
}

TEST(AssessmentPages, T1WithoutAFinishedT0AsksTheBackground) {
  ProgressState state;
  begin(state, Round::t0);  // begun but never finished
  EXPECT_EQ(assessment_pages(Round::t1, state, instrument()),
            kBackground + area_pages() + kThenNow + kEvaluation);
  EXPECT_EQ(assessment_pages(Round::t1, ProgressState{}, instrument()),
            kBackground + area_pages() + kThenNow + kEvaluation);
}

TEST(AssessmentPages, T2IsTheAreasAndTheUseItems) {
  ProgressState state;
  finish(state, Round::t0, Date{2026, 9, 1});
  finish(state, Round::t1, kToday);
  EXPECT_EQ(assessment_pages(Round::t2, state, instrument()), area_pages() + kUseItems);
  EXPECT_EQ(assessment_pages(Round::t2, ProgressState{}, instrument()), area_pages() + kUseItems);
}

TEST(AssessmentPages, PagesWithNothingToAskAreLeftOut) {
  Instrument in = instrument();
  for (Statement& s : in.statements) s.then_now = false;
  for (EvaluationItem& item : in.evaluation) item.use = false;
  ProgressState state;
  finish(state, Round::t0, Date{2026, 9, 1});
  EXPECT_EQ(assessment_pages(Round::t1, state, in), area_pages() + kEvaluation);
  EXPECT_EQ(assessment_pages(Round::t2, state, in), area_pages());
}

// A part is split into pages of at most three questions, the larger pages first, and each page shows
// its own questions in the instrument's order.
TEST(AssessmentPages, LongPartsAreSplitIntoShortPagesOfNearlyEqualSize) {
  Instrument in = instrument();
  const auto add = [&in](Area area, const std::string& id, bool then_now) {
    Statement s;
    s.id = id;
    s.area = area;
    s.competence = std::to_string(area_number(area)) + ".1";
    s.then_now = then_now;
    s.text = LocalText{"Jag kan " + id, ""};
    in.statements.push_back(s);
  };
  for (int i = 3; i <= 7; ++i) add(Area::information, "info-" + std::to_string(i), i <= 4);  // 7 in all
  for (int i = 3; i <= 4; ++i) add(Area::communication, "comm-" + std::to_string(i), false);  // 4
  add(Area::safety, "safety-3", false);                                                         // 3
  for (int i = 0; i < 5; ++i) {
    in.evaluation.push_back(EvaluationItem{"e" + std::to_string(i), LocalText{"E", ""}, i % 2 == 0});
  }
  ProgressState state;
  finish(state, Round::t0, Date{2026, 9, 1});
  const std::vector<AssessmentPage> expected = {
      {Kind::area, Area::information, 0, 3},      {Kind::area, Area::information, 3, 2},
      {Kind::area, Area::information, 5, 2},      {Kind::area, Area::communication, 0, 2},
      {Kind::area, Area::communication, 2, 2},    {Kind::area, Area::content_creation, 0, 2},
      {Kind::area, Area::safety, 0, 3},           {Kind::area, Area::problem_solving, 0, 2},
      {Kind::then_now, Area::information, 0, 2},  {Kind::then_now, Area::information, 2, 2},
      {Kind::evaluation, Area::information, 0, 3}, {Kind::evaluation, Area::information, 3, 2},
      {Kind::evaluation, Area::information, 5, 2}};
  const std::vector<AssessmentPage> pages = assessment_pages(Round::t1, state, in);
  EXPECT_EQ(pages, expected);

  std::vector<std::string> shown;
  for (const Statement* s : page_statements(pages[1], in)) shown.push_back(s->id);
  EXPECT_EQ(shown, (std::vector<std::string>{"info-4", "info-5"}));  // info-1, -2, -3 | -4, -5 | -6, -7
  shown.clear();
  for (const Statement* s : page_statements(pages[9], in)) shown.push_back(s->id);
  EXPECT_EQ(shown, (std::vector<std::string>{"info-3", "info-4"}));  // then/now: info-1, safety-1, info-3, info-4
  shown.clear();
  for (const EvaluationItem* item : page_items(pages[12], Round::t1, in)) shown.push_back(item->id);
  EXPECT_EQ(shown, (std::vector<std::string>{"e3", "e4"}));  // nytta, anvander, e0 | e1, e2 | e3, e4
  EXPECT_TRUE(page_statements(pages[12], in).empty());
  EXPECT_TRUE(page_items(pages[0], Round::t1, in).empty());

  // T2 asks the use items only: anvander, e0, e2, e4 as 2 + 2.
  const std::vector<AssessmentPage> t2 = assessment_pages(Round::t2, state, in);
  EXPECT_EQ(std::vector<AssessmentPage>(t2.end() - 2, t2.end()),
            (std::vector<AssessmentPage>{{Kind::evaluation, Area::information, 0, 2},
                                         {Kind::evaluation, Area::information, 2, 2}}));
  shown.clear();
  for (const EvaluationItem* item : page_items(t2.back(), Round::t2, in)) shown.push_back(item->id);
  EXPECT_EQ(shown, (std::vector<std::string>{"e2", "e4"}));

  // Every question is on exactly one page, and the pages' open questions add up to the round's.
  const RoundProgress none;
  for (Round round : {Round::t1, Round::t2}) {
    int sum = 0;
    for (const AssessmentPage& page : assessment_pages(round, state, in)) {
      EXPECT_LE(page.count, kMostQuestionsPerPage);
      sum += answers_left_on_page(none, page, round, in);
    }
    EXPECT_EQ(sum, answers_left(none, round, in)) << round_id(round);
  }
}

// A page from an older list (a saved place, a different instrument) never reads past its part.
TEST(AssessmentPages, APagePastItsPartShowsWhatIsThere) {
  const Instrument in = instrument();
  EXPECT_EQ(page_statements({Kind::area, Area::safety, 1, 3}, in).size(), 1u);
  EXPECT_TRUE(page_statements({Kind::area, Area::safety, 5, 3}, in).empty());
  EXPECT_TRUE(page_items({Kind::evaluation, Area::information, -4, 3}, Round::t1, in).empty());
}

// ---- Answers left -----------------------------------------------------------------------------

TEST(AnswersLeft, EmptyRoundCountsEverythingItAsks) {
  const RoundProgress none;
  EXPECT_EQ(answers_left(none, Round::t0, instrument()), 10);
  EXPECT_EQ(answers_left(none, Round::t1, instrument()), 10 + 2 + 2);  // statements, then/now, evaluation
  EXPECT_EQ(answers_left(none, Round::t2, instrument()), 10 + 1);      // statements, the use item
  for (Round round : kAllRounds) EXPECT_FALSE(round_complete(none, round, instrument()));
}

TEST(AnswersLeft, FullAnswersCompleteEachRound) {
  for (Round round : kAllRounds) {
    const RoundProgress p = full_answers(round);
    EXPECT_EQ(answers_left(p, round, instrument()), 0) << round_id(round);
    EXPECT_TRUE(round_complete(p, round, instrument())) << round_id(round);
  }
}

TEST(AnswersLeft, NotApplicableIsAnAnswer) {
  const RoundProgress p = full_answers(Round::t0, kNotApplicable);
  EXPECT_TRUE(round_complete(p, Round::t0, instrument()));
}

TEST(AnswersLeft, T0AnswersDoNotCompleteT1) {
  const RoundProgress p = full_answers(Round::t0);
  EXPECT_EQ(answers_left(p, Round::t1, instrument()), 4);
  EXPECT_EQ(answers_left(p, Round::t2, instrument()), 1);
}

TEST(AnswersLeft, EachMissingKindCounts) {
  RoundProgress p = full_answers(Round::t1);
  p.answers.erase("comm-2");
  EXPECT_EQ(answers_left(p, Round::t1, instrument()), 1);
  p.then_answers.erase("safety-1");
  EXPECT_EQ(answers_left(p, Round::t1, instrument()), 2);
  p.evaluation.erase("nytta");
  EXPECT_EQ(answers_left(p, Round::t1, instrument()), 3);
  EXPECT_FALSE(round_complete(p, Round::t1, instrument()));
  // T2 asks only the use item, so "nytta" and then/now answers are not needed there.
  EXPECT_EQ(answers_left(p, Round::t2, instrument()), 1);
}

TEST(AnswersLeft, OutOfRangeAndUnknownAnswersDoNotCount) {
  RoundProgress p = full_answers(Round::t1);
  p.answers["info-1"] = 4;
  p.then_answers["info-1"] = -7;
  p.evaluation["anvander"] = 0;
  p.evaluation["nytta"] = 6;
  p.answers["removed-statement"] = 2;
  EXPECT_EQ(answers_left(p, Round::t1, instrument()), 4);
}

TEST(AnswersLeftOnPage, PerPage) {
  RoundProgress p;
  p.answers = {{"info-1", 1}, {"safety-1", kNotApplicable}, {"safety-2", 3}};
  p.then_answers = {{"info-1", 0}};
  p.evaluation = {{"anvander", 5}};
  const Instrument in = instrument();
  EXPECT_EQ(answers_left_on_page(p, {Kind::background, Area::information}, Round::t0, in), 0);
  EXPECT_EQ(answers_left_on_page(p, {Kind::area, Area::information, 0, 2}, Round::t1, in), 1);
  EXPECT_EQ(answers_left_on_page(p, {Kind::area, Area::information, 1, 1}, Round::t1, in), 1);  // info-2 only
  EXPECT_EQ(answers_left_on_page(p, {Kind::area, Area::communication, 0, 2}, Round::t1, in), 2);
  EXPECT_EQ(answers_left_on_page(p, {Kind::area, Area::safety, 0, 2}, Round::t1, in), 0);
  EXPECT_EQ(answers_left_on_page(p, {Kind::then_now, Area::information, 0, 2}, Round::t1, in), 1);
  EXPECT_EQ(answers_left_on_page(p, {Kind::evaluation, Area::information, 0, 2}, Round::t1, in), 1);
  EXPECT_EQ(answers_left_on_page(p, {Kind::evaluation, Area::information, 0, 1}, Round::t2, in), 0);
  EXPECT_EQ(answers_left_on_page(p, {Kind::then_now, Area::information, 0, 2}, Round::t2, in), 0);
}

TEST(AnswersLeftOnPage, PagesAddUpToTheRound) {
  ProgressState state;
  RoundProgress p;
  p.answers = {{"info-2", 1}, {"prob-1", 2}};
  p.then_answers = {{"safety-1", 0}};
  const Instrument in = instrument();
  for (Round round : kAllRounds) {
    int sum = 0;
    for (const AssessmentPage& page : assessment_pages(round, state, in)) {
      sum += answers_left_on_page(p, page, round, in);
    }
    EXPECT_EQ(sum, answers_left(p, round, in)) << round_id(round);
  }
}

// ---- The shipped instrument --------------------------------------------------------------------

Catalog load_shipped() { return test::load_shipped_catalog(); }

TEST(ShippedInstrument, EveryRoundHasItsPagesAndEveryPageHasQuestions) {
  const Catalog shipped = load_shipped();
  ASSERT_TRUE(shipped.instrument.has_value());
  const Instrument& in = *shipped.instrument;
  ProgressState after_t0;
  finish(after_t0, Round::t0, Date{2026, 9, 1});
  // The parts in order, each as pages of one to three questions that show every question once.
  const auto parts = [&](Round round, const ProgressState& state) {
    std::vector<std::pair<Kind, Area>> seen;
    int shown = 0;
    for (const AssessmentPage& page : assessment_pages(round, state, in)) {
      if (seen.empty() || seen.back() != std::make_pair(page.kind, page.area)) seen.emplace_back(page.kind, page.area);
      if (page.kind == Kind::background) continue;
      EXPECT_GE(page.count, 1);
      EXPECT_LE(page.count, kMostQuestionsPerPage);
      shown += page.count;
    }
    EXPECT_EQ(shown, answers_left(RoundProgress{}, round, in)) << round_id(round);
    return seen;
  };
  std::vector<std::pair<Kind, Area>> areas;
  for (Area area : kAllAreas) areas.emplace_back(Kind::area, area);
  const auto with = [](std::vector<std::pair<Kind, Area>> a, const std::vector<Kind>& kinds) {
    for (Kind kind : kinds) a.emplace_back(kind, Area::information);
    return a;
  };
  auto t0 = areas;
  t0.insert(t0.begin(), {Kind::background, Area::information});
  EXPECT_EQ(parts(Round::t0, ProgressState{}), t0);
  EXPECT_EQ(parts(Round::t1, after_t0), with(areas, {Kind::then_now, Kind::evaluation}));
  EXPECT_EQ(parts(Round::t2, after_t0), with(areas, {Kind::evaluation}));
  for (Round round : kAllRounds) {
    const RoundProgress none;
    for (const AssessmentPage& page : assessment_pages(round, after_t0, in)) {
      if (page.kind == Kind::background) continue;
      EXPECT_GT(answers_left_on_page(none, page, round, in), 0) << round_id(round);
    }
    EXPECT_GE(answers_left(none, round, in), static_cast<int>(in.statements.size()));
  }
}

// ---- What the profile and the start page read ----------------------------------------------------

TEST(Rounds, FinishedRoundsInOrderWithTheirScores) {
  ProgressState state = new_progress("K7QM4XPD");
  finish(state, Round::t1, Date{2026, 6, 1});
  begin(state, Round::t2);
  finish(state, Round::t0, Date{2026, 1, 10});
  const Instrument in = instrument();
  const auto rounds = finished_rounds(state, in);
  ASSERT_EQ(rounds.size(), 2u);
  EXPECT_EQ(rounds[0].round, Round::t0);
  EXPECT_EQ(rounds[1].round, Round::t1);
  EXPECT_EQ(rounds[0].areas.size(), 5u);
  EXPECT_EQ(rounds[1].progress, &state.rounds.at(Round::t1));
}

TEST(Rounds, MonthsSinceAfterTheCourseAreNeverFewerThanThePlansInterval) {
  ProgressState state = new_progress("K7QM4XPD");
  EXPECT_EQ(months_since_after_course(state, kToday), state.plan.t2_interval_months);
  finish(state, Round::t1, Date{2026, 1, 20});
  EXPECT_EQ(months_since_after_course(state, Date{2026, 7, 19}), 5);
  EXPECT_EQ(months_since_after_course(state, Date{2026, 7, 20}), 6);
  EXPECT_EQ(months_since_after_course(state, Date{2026, 3, 1}), 4);  // before the follow-up: the interval
}

}  // namespace
}  // namespace dl
