// The self-assessment rounds and the manager survey, walked headless through the accessibility
// tree as a person would: before the courses (T0), after a course (T1: then/now and evaluation),
// the follow-up (T2) on its due date by the device's clock, pausing and resuming, frozen answers.
#include <algorithm>
#include <map>
#include <set>

#include "app_fixture.hpp"
#include "core/recommend.hpp"
#include "core/measurement.hpp"
#include "core/result_file.hpp"
#include "headless_screen.hpp"

namespace dl::test {
namespace {

using ui::Role;

std::string level_text(int level) { return tr(Lang::sv, level_label(level)); }
std::string agreement_text(int value) { return tr(Lang::sv, agreement_label(value)); }

std::vector<const EvaluationItem*> items_of(const Instrument& instrument, Round round) {
  if (round == Round::t2) return instrument.use_items();
  std::vector<const EvaluationItem*> items;
  for (const EvaluationItem& item : instrument.evaluation) items.push_back(&item);
  return items;
}

// Gives every answer of a round through actions (for tests about what comes after it).
void finish_round_by_actions(App& app, Round round, const Date& today) {
  const Instrument& instrument = *app.catalog().instrument;
  for (const Statement& s : instrument.statements) {
    app.handle(ui::Change{action::RateStatement{round, s.id, 2, today}});
  }
  if (round == Round::t1) {
    for (const Statement* s : instrument.then_now_statements()) {
      app.handle(ui::Change{action::RateThen{s->id, 1, today}});
    }
  }
  if (round != Round::t0) {
    for (const EvaluationItem* item : items_of(instrument, round)) {
      app.handle(ui::Change{action::RateEvaluation{round, item->id, 4, today}});
    }
  }
  app.handle(ui::Change{action::FinishRound{round, today}});
}

// Reads every page and answers every question of a module through actions, leaving it on its
// last page, ready for "Avsluta kursen".
void work_through_module(App& app, const Module& module, const Period& period) {
  app.handle(ui::Navigate{ui::Screen::module, module.id});
  for (const Page& page : module.pages) {
    app.handle(ui::Change{action::OpenPage{module.id, page.id, period}});
    for (const Question* q : page.questions()) give_answer(app, module, *q, right_answer(*q));
  }
}

class RoundsTest : public AppFixture {
 protected:
  HeadlessScreen screen;

  // Is the radio or checkbox `label` in the group `group` chosen on the current screen?
  bool chosen(const std::string& group, const std::string& label) const {
    std::string group_id;
    for (const ui::A11yNode& node : screen.tree().nodes) {
      if ((node.role == Role::radiogroup || node.role == Role::group) && node.label == group) {
        group_id = std::to_string(node.id);
      }
    }
    for (const ui::A11yNode& node : screen.tree().nodes) {
      if (node.group == group_id && !group_id.empty() && node.label == label) return node.checked;
    }
    ADD_FAILURE() << "no option '" << label << "' in '" << group << "'";
    return false;
  }

  int count(Role role) const {
    int n = 0;
    for (const ui::A11yNode& node : screen.tree().nodes) n += node.role == role ? 1 : 0;
    return n;
  }

  // Answers every part of the open round on the screen, checking "Del i av n" and each part's
  // heading: `level` for each statement, `then_level` for how it was before the course,
  // `agreement` for the evaluation items. Ends on the last part, before "Avsluta och visa min profil".
  void answer_round_on_screen(App& app, Round round, int level, int then_level, int agreement) {
    const Instrument& instrument = *app.catalog().instrument;
    const std::vector<AssessmentPage> pages = assessment_pages(round, app.progress(), instrument);
    const std::string n = std::to_string(pages.size());
    std::map<std::string, int> shown;  // question id -> on how many pages it was
    for (std::size_t i = 0; i < pages.size(); ++i) {
      const AssessmentPage& page = pages[i];
      screen.frame(app);
      EXPECT_EQ(screen.progress_text(), "Del " + std::to_string(i + 1) + " av " + n);
      for (const char* id : {"T0", "T1", "T2"}) EXPECT_FALSE(screen.has_text(id)) << "rounds have plain names";
      switch (page.kind) {
        case AssessmentPage::Kind::background:
          EXPECT_NE(screen.find(Role::heading, "Om dig"), nullptr);
          screen.choose(app, "Kön", "Kvinna");
          screen.choose(app, "Arbetsplats", "Hemtjänst");
          break;
        case AssessmentPage::Kind::area:
          EXPECT_NE(screen.find(Role::heading, tr(Lang::sv, area_plain_name(page.area))), nullptr);
          answer_shown(app, instrument.statements_in(page.area), level_text(level), shown);
          break;
        case AssessmentPage::Kind::then_now:
          EXPECT_NE(screen.find(Role::heading, "Hur var det före kursen?"), nullptr);
          EXPECT_TRUE(screen.has_text("Tänk tillbaka på hur säker du var innan du gick kursen."));
          answer_shown(app, instrument.then_now_statements(), level_text(then_level), shown, "then:");
          break;
        case AssessmentPage::Kind::evaluation:
          EXPECT_NE(screen.find(Role::heading, round == Round::t2 ? "Hur använder du det du har lärt dig?"
                                                                  : "Vad tycker du om kursen?"),
                    nullptr);
          answer_shown(app, items_of(instrument, round), agreement_text(agreement), shown);
          break;
      }
      if (i + 1 < pages.size()) screen.press(app, Role::button, "Nästa");
    }
    // Every question of the round was on exactly one page.
    std::size_t asked = instrument.statements.size() + (round == Round::t0 ? 0 : items_of(instrument, round).size());
    if (round == Round::t1) asked += instrument.then_now_statements().size();
    EXPECT_EQ(shown.size(), asked);
    for (const auto& [id, pages_with_it] : shown) EXPECT_EQ(pages_with_it, 1) << id;
  }

  // Answers those of `questions` the page shows with `choice`: one to three of them (a short page
  // on a phone), each counted in `shown` under `prefix` + its id.
  template <typename Question>
  void answer_shown(App& app, const std::vector<const Question*>& questions, const std::string& choice,
                    std::map<std::string, int>& shown, const std::string& prefix = "") {
    int on_page = 0;
    for (const Question* q : questions) {
      if (screen.find(Role::radiogroup, q->text.sv) == nullptr) continue;
      screen.choose(app, q->text.sv, choice);
      ++shown[prefix + q->id];
      ++on_page;
    }
    EXPECT_GE(on_page, 1);
    EXPECT_LE(on_page, 3);
  }
};

TEST_F(RoundsTest, BeforeTheCourseThenACourseThenTheQuestionsAfterIt) {
  auto app = start_app();
  const Instrument& instrument = *app->catalog().instrument;
  screen.press(*app, Role::button, "Börja med självskattningen");
  EXPECT_TRUE(screen.has_text("Före kurserna"));
  EXPECT_TRUE(screen.has_text("Dina svar sparas direkt. Du kan sluta nu och fortsätta senare."));
  answer_round_on_screen(*app, Round::t0, 1, 0, 0);
  screen.press(*app, Role::button, "Avsluta och visa min profil");
  EXPECT_EQ(app->screen(), ui::Screen::profile);
  EXPECT_EQ(app->progress().background.work_setting, "hemtjanst");

  // No round is open until a course is done: the next step is the course the profile suggests first.
  screen.press(*app, Role::link, "Till startsidan");
  const Module& suggested = *recommend_modules(app->progress(), app->catalog()).front().module;
  EXPECT_TRUE(screen.has_text("Vi föreslår kursen " + suggested.title.sv + ". Varför den passar dig står under ”Min profil”."));
  EXPECT_NE(screen.find(Role::button, "Starta kursen: " + suggested.title.sv), nullptr);
  EXPECT_EQ(screen.find(Role::button, "Välj en kurs"), nullptr);
  EXPECT_NE(screen.find(Role::button, "Kurser"), nullptr) << "the other courses a tap away";
  EXPECT_NE(screen.find(Role::button, "Min profil"), nullptr);
  EXPECT_EQ(screen.find(Role::button, "Svara på frågorna efter kursen"), nullptr);

  const Module& module = app->catalog().modules.front();
  work_through_module(*app, module, quarter());
  screen.press(*app, Role::button, "Avsluta kursen");
  EXPECT_NE(screen.find(Role::heading, "Bra jobbat!"), nullptr);
  EXPECT_NE(screen.find(Role::heading, "Berätta hur det gick"), nullptr);
  // The real size, not "några frågor": every statement, the then/now ones again, the evaluation.
  const int questions = answers_left(RoundProgress{}, Round::t1, instrument);
  EXPECT_EQ(questions, static_cast<int>(instrument.statements.size() + instrument.then_now_statements().size()) +
                           static_cast<int>(std::count_if(instrument.evaluation.begin(), instrument.evaluation.end(),
                                                          [](const EvaluationItem& e) { return round_asks_item(Round::t1, e); })));
  EXPECT_TRUE(screen.has_text("Det är " + std::to_string(questions) + " frågor om vad du kan nu")) << questions;
  EXPECT_TRUE(screen.has_text("Det tar cirka " + std::to_string((questions * 12 + 59) / 60) + " minuter."));
  screen.press(*app, Role::button, "Svara på frågorna efter kursen");
  EXPECT_EQ(app->screen(), ui::Screen::self_assessment);
  EXPECT_TRUE(screen.has_text("Efter kursen"));
  EXPECT_EQ(screen.find(Role::heading, "Om dig"), nullptr) << "asked before the course already";

  answer_round_on_screen(*app, Round::t1, 2, 1, 5);
  screen.press(*app, Role::button, "Avsluta och visa min profil");
  const RoundProgress* t1 = find_round(app->progress(), Round::t1);
  ASSERT_NE(t1, nullptr);
  EXPECT_EQ(t1->finished_on, today);
  EXPECT_EQ(t1->then_answers.size(), instrument.then_now_statements().size());
  EXPECT_EQ(t1->evaluation.size(), instrument.evaluation.size());

  app->handle(ui::ExportResult{});
  std::vector<Problem> problems;
  auto file = parse_result_file(downloads.back().bytes, downloads.back().name, &app->catalog(), problems);
  ASSERT_TRUE(file.has_value());
  ASSERT_EQ(file->rounds.size(), 2u);
  EXPECT_EQ(file->rounds[1].round, Round::t1);
  EXPECT_EQ(file->rounds[1].then.begin()->second, 1);
  EXPECT_EQ(file->rounds[1].evaluation.begin()->second, 5);
  EXPECT_EQ(downloads.back().bytes.find("2026-11-23"), std::string::npos) << "no dates leave the device";
}

TEST_F(RoundsTest, TheFollowUpOpensOnItsDueDateByTheDevicesClock) {
  auto app = start_app();
  const Instrument& instrument = *app->catalog().instrument;
  finish_round_by_actions(*app, Round::t0, today);
  const Module& module = app->catalog().modules.front();
  work_through_module(*app, module, quarter());
  app->handle(ui::Change{action::CompleteModule{module.id, quarter()}});
  finish_round_by_actions(*app, Round::t1, today);  // 23 Nov 2026: due 4 months later

  app->handle(ui::Navigate{ui::Screen::start, {}});
  today = Date{2027, 3, 22};
  screen.frame(*app);
  EXPECT_EQ(screen.find(Role::button, "Dags för uppföljningen"), nullptr);
  EXPECT_TRUE(screen.has_text("Uppföljningen öppnar 23 mars 2027."));
  const std::vector<Recommendation> more = recommend_modules(app->progress(), app->catalog());
  if (more.empty()) {
    EXPECT_NE(screen.find(Role::button, "Välj en kurs"), nullptr);
  } else {
    EXPECT_NE(screen.find(Role::button, "Starta kursen: " + more.front().module->title.sv), nullptr);
  }
  app->handle(ui::Navigate{ui::Screen::self_assessment, {}});
  screen.frame(*app);
  EXPECT_EQ(count(Role::radio), 0) << "nothing to answer the day before";
  EXPECT_TRUE(screen.has_text("Uppföljningen öppnar 23 mars 2027."));

  today = Date{2027, 3, 23};
  screen.press(*app, Role::link, "Till startsidan");
  EXPECT_TRUE(screen.has_text("Det har gått 4 månader sedan du svarade efter kursen."));
  EXPECT_FALSE(screen.has_text("Uppföljningen öppnar"));
  screen.press(*app, Role::button, "Dags för uppföljningen");
  EXPECT_TRUE(screen.has_text("Uppföljning"));
  answer_round_on_screen(*app, Round::t2, 3, 0, 4);
  screen.press(*app, Role::button, "Avsluta och visa min profil");
  const RoundProgress* t2 = find_round(app->progress(), Round::t2);
  ASSERT_NE(t2, nullptr);
  EXPECT_EQ(t2->finished, (Period{2027, 1}));
  EXPECT_EQ(t2->evaluation.size(), instrument.use_items().size()) << "only the use items again";
}

TEST_F(RoundsTest, TheFollowUpSaysHowLongAgoTheQuestionsAfterTheCourseWere) {
  auto app = start_app();
  finish_round_by_actions(*app, Round::t0, today);
  const Module& module = app->catalog().modules.front();
  work_through_module(*app, module, quarter());
  app->handle(ui::Change{action::CompleteModule{module.id, quarter()}});
  finish_round_by_actions(*app, Round::t1, today);
  app->handle(ui::Navigate{ui::Screen::start, {}});
  today = Date{2027, 5, 22};  // a day short of six months
  screen.frame(*app);
  EXPECT_TRUE(screen.has_text("Det har gått 5 månader sedan du svarade efter kursen."));
  EXPECT_NE(screen.find(Role::button, "Dags för uppföljningen"), nullptr) << "still open after its day";
}

TEST_F(RoundsTest, APausedRoundResumesOnTheSamePartWithItsAnswersAfterARestart) {
  auto app = start_app();
  const Instrument& instrument = *app->catalog().instrument;
  const std::vector<const Statement*> first_area = instrument.statements_in(kAllAreas[0]);
  ASSERT_GE(first_area.size(), 2u);
  screen.press(*app, Role::button, "Börja med självskattningen");
  screen.choose(*app, "Ålder", "55 år eller äldre");
  screen.press(*app, Role::button, "Nästa");
  screen.choose(*app, first_area[0]->text.sv, level_text(3));
  screen.choose(*app, first_area[1]->text.sv, level_text(kNotApplicable));
  screen.press(*app, Role::button, "Nästa");
  EXPECT_EQ(screen.progress_text(), "Del 3 av 16");  // 1 + 3 + 3 + 3 + 3 + 3 pages

  auto again = start_app();  // the tablet was switched off: a new app on the same storage
  EXPECT_EQ(again->screen(), ui::Screen::self_assessment);
  screen.frame(*again);
  EXPECT_EQ(screen.progress_text(), "Del 3 av 16");  // 1 + 3 + 3 + 3 + 3 + 3 pages
  screen.press(*again, Role::button, "Föregående");
  EXPECT_TRUE(chosen(first_area[0]->text.sv, level_text(3)));
  EXPECT_TRUE(chosen(first_area[1]->text.sv, level_text(kNotApplicable)));
  EXPECT_EQ(again->progress().background.age_band, "55-plus");

  screen.press(*again, Role::button, "Fortsätt senare");
  EXPECT_EQ(again->screen(), ui::Screen::start);
  EXPECT_NE(screen.find(Role::button, "Fortsätt självskattningen"), nullptr);
  EXPECT_EQ(screen.find(Role::button, "Börja med självskattningen"), nullptr);
}

TEST_F(RoundsTest, TheLastPartSaysWhatIsLeftAndLeadsThere) {
  auto app = start_app();
  const Instrument& instrument = *app->catalog().instrument;
  const auto pages = assessment_pages(Round::t0, app->progress(), instrument);
  for (const Statement& s : instrument.statements) {
    if (s.area == Area::communication) continue;
    app->handle(ui::Change{action::RateStatement{Round::t0, s.id, 2, today}});
  }
  app->handle(ui::Navigate{ui::Screen::self_assessment, {}});
  app->handle(ui::Change{action::OpenAssessmentPage{Round::t0, static_cast<int>(pages.size()) - 1, today}});
  screen.frame(*app);
  const ui::A11yNode* finish = screen.find(Role::button, "Avsluta och visa min profil");
  ASSERT_NE(finish, nullptr);
  EXPECT_TRUE(finish->disabled);
  // The eight statements about communication are on parts 5, 6 and 7 (3 + 3 + 2), after "Om dig" and
  // the three pages of the seven statements about information.
  ASSERT_EQ(instrument.statements_in(Area::communication).size(), 8u);
  EXPECT_TRUE(screen.has_text("8 frågor kvar att svara på."));
  for (const char* link : {"Del 5: Kommunicera och samarbeta digitalt (3 kvar)",
                           "Del 6: Kommunicera och samarbeta digitalt (3 kvar)",
                           "Del 7: Kommunicera och samarbeta digitalt (2 kvar)"}) {
    EXPECT_NE(screen.find(Role::link, link), nullptr) << link;
  }
  screen.press(*app, Role::link, "Del 6: Kommunicera och samarbeta digitalt (3 kvar)");
  EXPECT_EQ(screen.progress_text(), "Del 6 av " + std::to_string(pages.size()));
  EXPECT_NE(screen.find(Role::heading, "Kommunicera och samarbeta digitalt"), nullptr);
}

TEST_F(RoundsTest, AFinishedRoundCannotBeChanged) {
  auto app = start_app();
  const Instrument& instrument = *app->catalog().instrument;
  finish_round_by_actions(*app, Round::t0, today);
  app->handle(ui::Navigate{ui::Screen::self_assessment, {}});
  screen.frame(*app);
  EXPECT_EQ(count(Role::radio), 0);
  EXPECT_TRUE(screen.has_text("Du har svarat på alla frågor som finns just nu. Tack!"));
  EXPECT_TRUE(screen.has_text("Nästa gång du svarar är när du har gått klart en kurs."));

  const ProgressState before = app->progress();
  const int saves = storage.save_count();
  app->handle(ui::Change{action::RateStatement{Round::t0, instrument.statements.front().id, 0, today}});
  EXPECT_EQ(app->progress(), before);
  EXPECT_EQ(storage.save_count(), saves);
  screen.press(*app, Role::button, "Avsluta och visa min profil");
  EXPECT_EQ(app->screen(), ui::Screen::profile);
}

TEST_F(RoundsTest, StartShowsTheCourseInProgressWhenNoRoundIsOpen) {
  auto app = start_app();
  finish_round_by_actions(*app, Round::t0, today);
  const Module& module = app->catalog().modules.at(1);
  app->handle(ui::Navigate{ui::Screen::module, module.id});
  app->handle(ui::Change{action::OpenPage{module.id, module.pages.at(1).id, quarter()}});
  app->handle(ui::Navigate{ui::Screen::start, {}});
  screen.frame(*app);
  const ui::A11yNode* next = screen.find(Role::button, "Fortsätt kursen: " + module.title.sv);
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->label, "Fortsätt kursen");
  EXPECT_EQ(screen.find(Role::button, "Välj en kurs"), nullptr);
  EXPECT_EQ(screen.find(Role::button, "Börja med självskattningen"), nullptr);
  screen.press(*app, Role::button, "Fortsätt kursen: " + module.title.sv);
  EXPECT_EQ(screen.progress_text(), "Sida 2 av " + std::to_string(module.pages.size()));
}

TEST_F(RoundsTest, TheManagerSurveyIsAnsweredSavedFrozenAndInTheResultFile) {
  auto app = start_app();
  ASSERT_TRUE(app->catalog().manager_survey.has_value());
  const Survey& survey = *app->catalog().manager_survey;
  screen.press(*app, Role::button, "Svara på chefsenkäten");
  EXPECT_EQ(app->screen(), ui::Screen::manager_survey);
  EXPECT_NE(screen.find(Role::heading, survey.title.sv), nullptr);
  for (SurveyTopic topic : {SurveyTopic::routines, SurveyTopic::prerequisites, SurveyTopic::needs}) {
    EXPECT_NE(screen.find(Role::heading, tr(Lang::sv, survey_topic_name(topic))), nullptr);
  }
  const ui::A11yNode* save = screen.find(Role::button, "Spara mina svar");
  ASSERT_NE(save, nullptr);
  EXPECT_TRUE(save->disabled);

  std::map<std::string, std::vector<std::string>> expected;
  bool ticked_and_unticked = false;
  for (const SurveyQuestion& q : survey.questions) {
    if (!q.multiple) {
      screen.choose(*app, q.prompt.sv, q.options.back().text.sv);
      screen.choose(*app, q.prompt.sv, q.options.front().text.sv);  // a change of mind
      expected[q.id] = {q.options.front().id};
      EXPECT_FALSE(chosen(q.prompt.sv, q.options.back().text.sv));
      continue;
    }
    ASSERT_GE(q.options.size(), 3u);
    // The app says where several answers fit; the content's prompt is the question alone.
    const std::string group = q.prompt.sv + " Välj ett eller flera svar.";
    screen.choose(*app, group, q.options[2].text.sv);
    screen.choose(*app, group, q.options[0].text.sv);
    screen.choose(*app, group, q.options[1].text.sv);
    screen.choose(*app, group, q.options[1].text.sv);  // ticked, then unticked
    ticked_and_unticked = true;
    EXPECT_TRUE(chosen(group, q.options[0].text.sv));
    EXPECT_FALSE(chosen(group, q.options[1].text.sv));
    expected[q.id] = {q.options[0].id, q.options[2].id};
  }
  EXPECT_TRUE(ticked_and_unticked) << "the survey has a question with several answers";
  EXPECT_EQ(app->progress().manager_survey.answers, expected);

  screen.press(*app, Role::button, "Spara mina svar");
  EXPECT_TRUE(screen.has_text("Tack för dina svar!"));
  EXPECT_EQ(count(Role::radio) + count(Role::checkbox), 0) << "shown read-only";
  EXPECT_FALSE(screen.has_text("Välj ett eller flera svar")) << "the saved answers name the questions alone (walk 4)";
  EXPECT_TRUE(screen.has_text(survey.questions.front().options.front().text.sv));
  const ProgressState before = app->progress();
  const SurveyQuestion& first = survey.questions.front();
  app->handle(ui::Change{action::AnswerSurvey{first.id, {first.options.back().id}}});
  EXPECT_EQ(app->progress(), before) << "answers are frozen once saved";

  screen.press(*app, Role::button, "Spara resultatfil");
  EXPECT_EQ(app->screen(), ui::Screen::export_preview) << "the person first sees what the file holds";
  EXPECT_TRUE(screen.has_text("Chefsenkät"));
  screen.press(*app, Role::button, "Spara filen");
  ASSERT_EQ(downloads.size(), 1u);
  EXPECT_TRUE(screen.has_text("Filen är sparad"));
  std::vector<Problem> problems;
  auto file = parse_result_file(downloads[0].bytes, downloads[0].name, &app->catalog(), problems);
  ASSERT_TRUE(file.has_value());
  ASSERT_TRUE(file->manager.has_value());
  EXPECT_EQ(file->manager->answers, expected);

  screen.press(*app, Role::link, "Till startsidan");
  EXPECT_TRUE(screen.has_text("Du har svarat. Tack!"));
  EXPECT_EQ(screen.find(Role::button, "Svara på chefsenkäten"), nullptr);
}

}  // namespace
}  // namespace dl::test
