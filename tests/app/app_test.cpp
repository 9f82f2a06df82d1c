// The app controller without a screen: actions in, saved progress, export and import out.
#include <regex>
#include <nlohmann/json.hpp>

#include "app_fixture.hpp"
#include "core/activity_clock.hpp"
#include "core/result_file.hpp"

namespace dl::test {
namespace {

const Module& first_module(const App& app) {
  EXPECT_FALSE(app.catalog().modules.empty());
  return app.catalog().modules.front();
}

// Answers every question of a module correctly and walks every page, as a person would.
void complete_module(App& app, const Module& module) {
  app.handle(ui::Navigate{ui::Screen::module, module.id});
  for (const Page& page : module.pages) {
    app.handle(ui::Change{action::OpenPage{module.id, page.id, Period{2026, 4}}});
    for (const Question* q : page.questions()) give_answer(app, module, *q, right_answer(*q));
  }
  app.handle(ui::Change{action::CompleteModule{module.id, Period{2026, 4}}});
}

void answer_all_statements(App& app, int level, const Date& today) {
  for (const Statement& s : app.catalog().instrument->statements) {
    app.handle(ui::Change{action::RateStatement{Round::t0, s.id, level, today}});
  }
}

TEST_F(AppFixture, ShippedContentLoadsWithoutProblems) {
  auto app = start_app();
  EXPECT_TRUE(app->catalog().problems.empty());
  ASSERT_TRUE(app->catalog().instrument.has_value());
  EXPECT_GE(app->catalog().modules.size(), 1u);
}

TEST_F(AppFixture, FirstVisitMakesAParticipantCodeThatStaysAfterReload) {
  auto app = start_app();
  const std::string code = app->progress().participant_code;
  EXPECT_EQ(code.size(), 8u);
  ASSERT_TRUE(saved("progress").has_value()) << "the code is saved at once";
  auto reloaded = start_app();
  EXPECT_EQ(reloaded->progress().participant_code, code);
}

TEST_F(AppFixture, EachAnswerIsSavedAsItIsGivenAndSurvivesAReload) {
  auto app = start_app();
  const Module& module = first_module(*app);
  app->handle(ui::Navigate{ui::Screen::module, module.id});
  const Page* page_with_question = nullptr;
  const Question* question = nullptr;
  for (const Page& page : module.pages) {
    for (const Question* q : page.questions()) {
      if (q->kind == QuestionKind::single && question == nullptr) {
        page_with_question = &page;
        question = q;
      }
    }
  }
  ASSERT_NE(question, nullptr);
  app->handle(ui::Change{action::OpenPage{module.id, page_with_question->id, Period{2026, 4}}});
  const int saves_before = storage.save_count();
  const Choice& wrong = *std::find_if(question->choices.begin(), question->choices.end(),
                                      [](const Choice& c) { return !c.correct; });
  app->handle(ui::Change{action::AnswerQuestion{module.id, question->id, {wrong.id}}});
  EXPECT_EQ(storage.save_count(), saves_before + 1);

  auto reloaded = start_app();  // the page is reloaded: a new app on the same storage
  EXPECT_EQ(reloaded->progress(), app->progress());
  const ModuleProgress* progress = find_progress(reloaded->progress(), module.id);
  ASSERT_NE(progress, nullptr);
  EXPECT_EQ(progress->current_page, page_with_question->id);
  EXPECT_EQ(progress->answers.at(question->id), Answer{wrong.id});
}

TEST_F(AppFixture, ActiveTimeCountsOnlyWhileThePersonActsInAModuleAndIsSavedOnHide) {
  auto app = start_app();
  const Module& module = first_module(*app);
  app->handle(ui::Navigate{ui::Screen::module, module.id});
  app->note_activity();
  clock_ms += 60'000;  // reads for a minute, then acts
  app->note_activity();
  clock_ms += 60'000 * 8;  // leaves the tablet for eight minutes: only the idle limit counts
  app->note_activity();
  clock_ms += 20'000;
  app->on_visibility(false);  // the tab is hidden: what was counted is saved at once
  const std::int64_t expected = 60 + ActivityClock::kIdleLimitMs / 1000 + 20;
  EXPECT_EQ(find_progress(app->progress(), module.id)->active_seconds, expected);
  EXPECT_EQ(find_progress(start_app()->progress(), module.id)->active_seconds, expected)
      << "saved, so a closed tab loses none of it";

  clock_ms += 60'000 * 4;  // hidden for four minutes (the space stays open): nothing counts
  app->on_visibility(true);
  app->note_activity();
  app->handle(ui::Navigate{ui::Screen::courses, {}});
  EXPECT_EQ(find_progress(app->progress(), module.id)->active_seconds, expected);
}

TEST_F(AppFixture, TheDiscussionGuideDownloadsAsAPrintablePage) {
  auto app = start_app();
  const Module& module = first_module(*app);
  app->handle(ui::DownloadGuide{module.id});
  ASSERT_EQ(downloads.size(), 1u);
  EXPECT_EQ(downloads[0].mime, "text/html");
  EXPECT_NE(downloads[0].bytes.find(module.title.sv), std::string::npos);
  EXPECT_NE(downloads[0].bytes.find("@page"), std::string::npos);
}

TEST_F(AppFixture, AnActionThatChangesNothingDoesNotSave) {
  auto app = start_app();
  const int saves = storage.save_count();
  app->handle(ui::Change{action::OpenPage{"no-such-module", "p1", Period{2026, 4}}});
  app->handle(ui::Change{action::SetLanguage{Lang::sv}});
  EXPECT_EQ(storage.save_count(), saves);
}

TEST_F(AppFixture, UnreadableSavedProgressIsKeptAsideNotThrownAway) {
  storage.put_unsealed("progress", "{ this is not saved progress");  // kept by a version before spaces
  auto app = start_app();
  EXPECT_EQ(saved("progress-unreadable").value(), "{ this is not saved progress");
  EXPECT_EQ(app->progress().participant_code.size(), 8u);
}

TEST_F(AppFixture, ReopeningAModuleGoesToWhereThePersonLeftOff) {
  auto app = start_app();
  const Module& module = first_module(*app);
  ASSERT_GE(module.pages.size(), 3u);
  app->handle(ui::Navigate{ui::Screen::module, module.id});
  app->handle(ui::Change{action::OpenPage{module.id, module.pages[2].id, Period{2026, 4}}});
  app->handle(ui::Navigate{ui::Screen::courses, {}});
  app->handle(ui::Navigate{ui::Screen::module, module.id});
  EXPECT_EQ(find_progress(app->progress(), module.id)->current_page, module.pages[2].id);
}

TEST_F(AppFixture, AReloadOpensTheScreenAndModuleThePersonWasOn) {
  auto app = start_app();
  const Module& module = first_module(*app);
  app->handle(ui::Navigate{ui::Screen::module, module.id});
  app->handle(ui::Change{action::OpenPage{module.id, module.pages[1].id, Period{2026, 4}}});
  auto reloaded = start_app();
  EXPECT_EQ(reloaded->screen(), ui::Screen::module);
  EXPECT_EQ(find_progress(reloaded->progress(), module.id)->current_page, module.pages[1].id);

  app->handle(ui::Navigate{ui::Screen::courses, {}});
  EXPECT_EQ(start_app()->screen(), ui::Screen::courses);
}

TEST_F(AppFixture, AReloadReopensTheSelfAssessmentAndTheManagerSurvey) {
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::self_assessment, {}});
  EXPECT_EQ(start_app()->screen(), ui::Screen::self_assessment);
  app->handle(ui::Navigate{ui::Screen::manager_survey, {}});
  EXPECT_EQ(start_app()->screen(), ui::Screen::manager_survey);
}

TEST_F(AppFixture, ASavedPlaceThatNoLongerFitsTheContentOpensTheStart) {
  auto first = start_app();  // makes saved progress
  storage.save("place", R"({"screen":"module","module":"a-module-that-was-removed"})");
  EXPECT_EQ(start_app()->screen(), ui::Screen::start);
  storage.save("place", R"({"screen":42})");
  EXPECT_EQ(start_app()->screen(), ui::Screen::start);
  storage.save("place", "not json");
  EXPECT_EQ(start_app()->screen(), ui::Screen::start);
}

TEST_F(AppFixture, CompletedModuleIsExportedWithItsQuarterOnly) {
  auto app = start_app();
  const Module& module = first_module(*app);
  answer_all_statements(*app, 2, today);  // before the course, or it would not measure "before"
  app->handle(ui::Change{action::FinishRound{Round::t0, today}});
  complete_module(*app, module);
  ASSERT_TRUE(find_progress(app->progress(), module.id)->completed.has_value());
  app->handle(ui::ExportResult{});

  ASSERT_EQ(downloads.size(), 1u);
  EXPECT_EQ(downloads[0].mime, "application/json");
  // Named by the quarter and six random letters: never the code, which opens the person's answers.
  EXPECT_TRUE(std::regex_match(downloads[0].name, std::regex("digilyft-resultat-2026-Q4-[A-Z2-9]{6}\\.json"))) << downloads[0].name;
  EXPECT_EQ(downloads[0].name.find(app->progress().participant_code.substr(0, 4)), std::string::npos);
  std::vector<Problem> problems;
  auto file = parse_result_file(downloads[0].bytes, downloads[0].name, &app->catalog(), problems);
  ASSERT_TRUE(file.has_value()) << (problems.empty() ? "" : format_for_author(problems[0]));
  ASSERT_EQ(file->modules.size(), 1u);
  EXPECT_EQ(file->modules[0].module_id, module.id);
  ASSERT_EQ(file->rounds.size(), 1u);
  EXPECT_EQ(file->rounds[0].round, Round::t0);
  EXPECT_EQ(file->rounds[0].answers.size(), app->catalog().instrument->statements.size());
}

}  // namespace
}  // namespace dl::test
