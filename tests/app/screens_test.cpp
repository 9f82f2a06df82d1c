// The screens, drawn headless and used through the accessibility tree as a person would: every
// button, radio and text a person sees is there with its role and label, and pressing it works.
#include "app_fixture.hpp"
#include "core/participant_code.hpp"
#include "core/result_file.hpp"
#include "core/scoring.hpp"
#include "headless_screen.hpp"

namespace dl::test {
namespace {

using ui::Role;

class ScreensTest : public AppFixture {
 protected:
  HeadlessScreen screen;
};

TEST_F(ScreensTest, StartOffersTheThreePathsInSwedishAndSwitchesToEnglish) {
  auto app = start_app();
  screen.frame(*app);
  EXPECT_EQ(screen.tree().lang, "sv");
  EXPECT_NE(screen.find(Role::heading, "Digilyft"), nullptr);
  for (const char* label : {"Kurser", "Självskattning", "Samordnare", "Exportera resultat", "English"}) {
    EXPECT_NE(screen.find(Role::button, label), nullptr) << label;
  }
  screen.press(*app, Role::button, "English");
  EXPECT_EQ(screen.tree().lang, "en");
  for (const char* label : {"Courses", "Self-assessment", "Coordinator", "Export results", "Svenska"}) {
    EXPECT_NE(screen.find(Role::button, label), nullptr) << label;
  }
  EXPECT_EQ(start_app()->lang(), Lang::en) << "the language choice is saved";
}

TEST_F(ScreensTest, EveryWidgetHasAPlaceOnTheCanvasAndTouchSizedButtons) {
  auto app = start_app();
  screen.frame(*app);
  ASSERT_FALSE(screen.tree().nodes.empty());
  for (const ui::A11yNode& node : screen.tree().nodes) {
    EXPECT_FALSE(node.label.empty()) << ui::role_name(node.role) << " without a label";
    EXPECT_GT(node.w, 0) << node.label;
    EXPECT_GT(node.h, 0) << node.label;
    if (node.role == Role::button) {
      EXPECT_GE(node.h, 44.0f) << node.label;
    }
  }
  EXPECT_GT(screen.tree().content_height, 0);
}

TEST_F(ScreensTest, ACourseIsWalkedWithFeedbackAndFinished) {
  auto app = start_app();
  const Module& module = app->catalog().modules.front();
  screen.press(*app, Role::button, "Kurser");
  EXPECT_TRUE(screen.has_text("Inte påbörjad"));
  screen.press(*app, Role::button, "Starta kursen");
  const int count = static_cast<int>(module.pages.size());
  for (int i = 0; i < count; ++i) {
    const Page& page = module.pages[static_cast<std::size_t>(i)];
    const std::string where = "Sida " + std::to_string(i + 1) + " av " + std::to_string(count);
    EXPECT_EQ(screen.progress_text(), where);
    EXPECT_NE(screen.find(Role::heading, page.title.sv), nullptr) << where;
    if (page.question) {
      const Question& q = *page.question;
      const Choice* wrong = nullptr;
      const Choice* right = nullptr;
      for (const Choice& c : q.choices) (c.correct ? right : wrong) = &c;
      ASSERT_NE(wrong, nullptr);
      ASSERT_NE(right, nullptr);
      screen.choose(*app, q.prompt.sv, wrong->text.sv);
      EXPECT_TRUE(screen.has_text("Inte riktigt. " + wrong->feedback.sv)) << where;
      screen.choose(*app, q.prompt.sv, right->text.sv);
      EXPECT_TRUE(screen.has_text("Rätt! " + right->feedback.sv)) << where;
    }
    if (i + 1 < count) screen.press(*app, Role::button, "Nästa");
  }
  screen.press(*app, Role::button, "Avsluta kursen");
  EXPECT_NE(screen.find(Role::heading, "Bra jobbat!"), nullptr);
  screen.press(*app, Role::button, "Tillbaka till kurser");
  EXPECT_TRUE(screen.has_text("Klar"));
  EXPECT_NE(screen.find(Role::button, "Gå igenom kursen igen"), nullptr);
}

TEST_F(ScreensTest, FinishIsDisabledUntilEveryQuestionIsRightAndSaysWhy) {
  auto app = start_app();
  const Module& module = app->catalog().modules.front();
  app->handle(ui::Navigate{ui::Screen::module, module.id});
  app->handle(ui::Change{action::OpenPage{module.id, module.pages.back().id}});
  screen.frame(*app);
  const ui::A11yNode* finish = screen.find(Role::button, "Avsluta kursen");
  ASSERT_NE(finish, nullptr);
  EXPECT_TRUE(finish->disabled);
  EXPECT_TRUE(screen.has_text("Svara rätt på alla frågor för att bli klar."));
  // A disabled button does nothing even when the mirror asks for it.
  screen.frame(*app, {finish->id});
  screen.frame(*app);
  EXPECT_EQ(app->screen(), ui::Screen::module);
  EXPECT_NE(screen.find(Role::link, "Gå till sida 2"), nullptr);
}

TEST_F(ScreensTest, SelfAssessmentGivesAProfileWithScoresFromTheAnswers) {
  auto app = start_app();
  const Instrument& instrument = *app->catalog().instrument;
  screen.press(*app, Role::button, "Självskattning");
  screen.choose(*app, "Kön", "Kvinna");
  screen.choose(*app, "Ålder", "30–54 år");
  screen.press(*app, Role::button, "Nästa");
  // Area by area: the first statement "Jag kan på egen hand" (2), the rest "Ej aktuellt" except in
  // safety, where every statement is "Jag kan det säkert och kan hjälpa andra" (3).
  for (Area area : kAllAreas) {
    EXPECT_NE(screen.find(Role::heading, tr(Lang::sv, area_name(area))), nullptr);
    bool first = true;
    for (const Statement* s : instrument.statements_in(area)) {
      const char* label = area == Area::safety ? "Jag kan det säkert och kan hjälpa andra"
                          : first              ? "Jag kan på egen hand"
                                               : "Ej aktuellt i mitt arbete";
      screen.choose(*app, s->text.sv, label);
      first = false;
    }
    if (area != Area::problem_solving) screen.press(*app, Role::button, "Nästa");
  }
  screen.press(*app, Role::button, "Visa min profil");
  EXPECT_NE(screen.find(Role::heading, "Din profil"), nullptr);
  EXPECT_NE(screen.find(Role::image, "Säkerhet: 100 av 100, Avancerad"), nullptr);
  EXPECT_NE(screen.find(Role::image, "Informations- och datakompetens: 67 av 100, Medel"), nullptr);
  EXPECT_EQ(app->progress().background.gender, "kvinna");
  EXPECT_EQ(app->progress().background.age_band, "30-54");
}

TEST_F(ScreensTest, BlockedStorageIsSaidPlainlyAndTheCourseStillWorks) {
  storage.set_health(platform::StorageHealth::unavailable);
  auto app = start_app();
  screen.frame(*app);
  bool alert = false;
  for (const auto& node : screen.tree().nodes) {
    alert |= node.role == Role::alert && node.label.find("låter inte Digilyft spara") != std::string::npos;
  }
  EXPECT_TRUE(alert);
  screen.press(*app, Role::button, "Kurser");
  screen.press(*app, Role::button, "Starta kursen");
  EXPECT_EQ(screen.progress_text().rfind("Sida 1 av", 0), 0u);
}

TEST_F(ScreensTest, CoordinatorShowsEachFileAndHidesSmallGroups) {
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  screen.frame(*app);
  const ui::A11yNode* pick = screen.find(Role::button, "Välj resultatfiler");
  ASSERT_NE(pick, nullptr);
  EXPECT_EQ(pick->action, "pick-files");

  std::vector<NamedFile> files;
  for (int i = 0; i < 3; ++i) {
    ResultFile f;
    f.participant = make_participant_code(1000u + static_cast<unsigned>(i));
    f.exported = Period{2026, 4};
    AssessmentRound round;
    round.instrument_id = app->catalog().instrument->id;
    round.period = Period{2026, 4};
    for (const Statement& s : app->catalog().instrument->statements) round.answers[s.id] = 2;
    f.rounds.push_back(round);
    files.push_back({"deltagare-" + std::to_string(i) + ".json", result_to_json(f)});
  }
  files.push_back({"lista.json", "{\"format\":\"something-else\"}"});
  app->receive_files(files);
  screen.frame(*app);
  EXPECT_TRUE(screen.has_text("deltagare-0.json: Inläst"));
  EXPECT_TRUE(screen.has_text("lista.json: Inte inläst. Filen är inte en resultatfil från Digilyft."));
  EXPECT_TRUE(screen.has_text("Antal deltagare: <5"));
  const ui::A11yNode* table = screen.find(Role::table, "Självskattning per område");
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->cells.size(), 6u);
  EXPECT_EQ(table->cells[0][1], "Deltagare");
  for (std::size_t row = 1; row < 6; ++row) {
    EXPECT_EQ(table->cells[row][1], "<5");
    EXPECT_EQ(table->cells[row][2], "<5");
  }
}

}  // namespace
}  // namespace dl::test
