// The screens, drawn headless and used through the accessibility tree as a person would: every
// button, radio and text a person sees is there with its role and label, and pressing it works.
#include <regex>
#include <set>
#include <tuple>

#include "app_fixture.hpp"
#include "core/participant_code.hpp"
#include "core/scoring.hpp"
#include "headless_screen.hpp"

namespace dl::test {
namespace {

using ui::Role;

class ScreensTest : public AppFixture {
 protected:
  HeadlessScreen screen;
};

// The one primary button on a screen (the next step), or nullptr when there is none or several.
const ui::A11yNode* only_primary(const HeadlessScreen& screen, const std::set<std::string>& secondary) {
  const ui::A11yNode* primary = nullptr;
  for (const ui::A11yNode& node : screen.tree().nodes) {
    if (node.role != Role::button || secondary.count(node.label) > 0) continue;
    if (primary != nullptr) return nullptr;
    primary = &node;
  }
  return primary;
}

TEST_F(ScreensTest, StartOffersOneNextStepAndTheOtherPathsInSwedishAndSwitchesToEnglish) {
  auto app = start_app();
  screen.frame(*app);
  EXPECT_EQ(screen.tree().lang, "sv");
  EXPECT_NE(screen.find(Role::heading, "Digilyft"), nullptr);
  EXPECT_NE(screen.find(Role::heading, "Ditt nästa steg"), nullptr);
  for (const char* label : {"Börja med självskattningen", "Kurser", "Samordnare", "Exportera resultat",
                            "Svara på chefsenkäten", "English", "Lås mina svar"}) {
    EXPECT_NE(screen.find(Role::button, label), nullptr) << label;
  }
  const ui::A11yNode* next = only_primary(
      screen, {"Kurser", "Samordnare", "Exportera resultat", "Svara på chefsenkäten", "English", "Större text",
               "Lås mina svar"});
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->label, "Börja med självskattningen");
  EXPECT_EQ(screen.find(Role::button, "Min profil"), nullptr) << "no round is finished yet";
  EXPECT_FALSE(screen.has_text("T0")) << "rounds are named in plain words";

  screen.press(*app, Role::button, "English");
  EXPECT_EQ(screen.tree().lang, "en");
  for (const char* label : {"Start with the self-assessment", "Courses", "Coordinator", "Export results",
                            "Answer the manager survey", "Svenska"}) {
    EXPECT_NE(screen.find(Role::button, label), nullptr) << label;
  }
  EXPECT_EQ(start_app()->lang(), Lang::en) << "the language choice is saved";
}

// "Större text" on the welcome and the start page: the page keeps the choice (a device setting) and
// draws the app larger; the button then offers the normal size back.
TEST_F(ScreensTest, LargerTextIsAskedOfThePageAndTheButtonSaysHowToGoBack) {
  bool larger = false;
  std::vector<bool> asked;
  larger_text = &larger;
  text_size_asked = &asked;
  open_person_space = false;
  auto app = start_app();
  screen.press(*app, Role::button, "Större text");
  EXPECT_EQ(asked, std::vector<bool>{true});
  larger = true;  // the page took it
  screen.frame(*app);
  EXPECT_EQ(screen.find(Role::button, "Större text"), nullptr);
  ASSERT_NE(screen.find(Role::button, "Vanlig textstorlek"), nullptr);
  screen.press(*app, Role::button, "Jag är ny här");
  app->handle(ui::Navigate{ui::Screen::start, {}});
  ASSERT_EQ(app->screen(), ui::Screen::start);
  screen.press(*app, Role::button, "Vanlig textstorlek");
  EXPECT_EQ(asked, (std::vector<bool>{true, false}));
  EXPECT_TRUE(app->progress().lang == Lang::sv);  // nothing of the person's changed
}

// "Lyssna" only where the device has a voice of the text's language: statements in English need an
// English voice; a Swedish one does not read them.
TEST_F(ScreensTest, ListenIsOfferedOnlyWithAVoiceOfTheTextsLanguage) {
  voices = 1u << static_cast<unsigned>(Lang::sv);
  auto app = start_app();
  app->handle(ui::Change{action::SetLanguage{Lang::en}});
  app->handle(ui::Navigate{ui::Screen::self_assessment, {}});
  app->handle(ui::Change{action::OpenAssessmentPage{Round::t0, 1, today}});
  screen.frame(*app);
  bool any = false;
  for (const ui::A11yNode& node : screen.tree().nodes) any = any || node.label == "Listen";
  EXPECT_FALSE(any) << "no English voice: no Listen button";
  voices |= 1u << static_cast<unsigned>(Lang::en);
  screen.frame(*app);
  const ui::A11yNode* listen = nullptr;
  for (const ui::A11yNode& node : screen.tree().nodes) {
    if (node.role == Role::button && node.label == "Listen" && listen == nullptr) listen = &node;
  }
  ASSERT_NE(listen, nullptr);
  const std::string name = listen->name;
  EXPECT_EQ(name.rfind("Listen: I can ", 0), 0u) << name;
  screen.press(*app, Role::button, name);
  ASSERT_EQ(spoken.size(), 1u);
  EXPECT_EQ(spoken[0].second, Lang::en);
  EXPECT_EQ(spoken[0].first.rfind("I can ", 0), 0u) << spoken[0].first;
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

// Answers one question through the screen as a person would: for single and true/false first a
// wrong answer (and reads why), then the right one; for the others builds the right answer with
// checkboxes, Upp/Ner or the match groups and presses "Kontrollera svaret".
void answer_on_screen(HeadlessScreen& screen, App& app, const Question& q) {
  const std::string prompt = q.prompt.sv;
  switch (q.kind) {
    case QuestionKind::single: {
      const Choice* wrong = nullptr;
      const Choice* right = nullptr;
      for (const Choice& c : q.choices) (c.correct ? right : wrong) = &c;
      ASSERT_NE(wrong, nullptr);
      ASSERT_NE(right, nullptr);
      screen.choose(app, prompt, wrong->text.sv);
      EXPECT_TRUE(screen.has_text("Inte riktigt. " + wrong->feedback.sv)) << prompt;
      screen.choose(app, prompt, right->text.sv);
      EXPECT_TRUE(screen.has_text("Rätt! " + right->feedback.sv)) << prompt;
      return;
    }
    case QuestionKind::true_false:
      screen.choose(app, prompt, q.true_answer ? "Falskt" : "Sant");
      EXPECT_TRUE(screen.has_text("Inte riktigt. " + q.feedback_wrong.sv)) << prompt;
      screen.choose(app, prompt, q.true_answer ? "Sant" : "Falskt");
      EXPECT_TRUE(screen.has_text("Rätt! " + q.feedback_right.sv)) << prompt;
      return;
    case QuestionKind::multiple:
      for (const Choice& c : q.choices) {
        if (c.correct) screen.choose(app, prompt, c.text.sv);
      }
      screen.press(app, Role::button, "Kontrollera svaret", prompt);
      break;
    case QuestionKind::order: {
      const std::string n = std::to_string(q.items.size());
      for (std::size_t i = 0; i < q.items.size(); ++i) {
        const std::string text = q.items[i].text.sv;
        for (std::size_t guard = 0; guard < q.items.size() && !screen.has_text(std::to_string(i + 1) + " av " + n + ": " + text); ++guard) {
          screen.press(app, Role::button, "Flytta upp: " + text);
        }
        EXPECT_TRUE(screen.has_text(std::to_string(i + 1) + " av " + n + ": " + text));
      }
      screen.press(app, Role::button, "Kontrollera svaret", prompt);
      break;
    }
    case QuestionKind::match:
      for (const MatchPair& pair : q.pairs) {
        screen.choose(app, "Vad hör ihop med: " + pair.left.sv, pair.right.sv);
      }
      screen.press(app, Role::button, "Kontrollera svaret", prompt);
      break;
  }
  EXPECT_TRUE(screen.has_text("Rätt! " + q.feedback_right.sv)) << prompt;
}

TEST_F(ScreensTest, EveryModuleIsWalkedWithEveryKindOfQuestionAndFinished) {
  auto app = start_app();
  std::set<QuestionKind> kinds_seen;
  for (const Module& module : app->catalog().modules) {
    SCOPED_TRACE(module.id);
    // The overview names the sources too, before the course is begun (walk 4).
    app->handle(ui::Navigate{ui::Screen::module_overview, module.id});
    screen.frame(*app);
    EXPECT_NE(screen.find(Role::heading, "Källor"), nullptr);
    for (const LocalText& source : module.sources) EXPECT_NE(screen.find(Role::text, source.sv, "Källor"), nullptr);
    app->handle(ui::Navigate{ui::Screen::courses, {}});
    screen.press(*app, Role::button, "Starta kursen: " + module.title.sv);
    const int count = static_cast<int>(module.pages.size());
    for (int i = 0; i < count; ++i) {
      const Page& page = module.pages[static_cast<std::size_t>(i)];
      const std::string where = "Sida " + std::to_string(i + 1) + " av " + std::to_string(count);
      screen.frame(*app);
      EXPECT_EQ(screen.progress_text(), where);
      EXPECT_NE(screen.find(Role::heading, page.title.sv), nullptr) << where;
      for (const Question* q : page.questions()) {
        answer_on_screen(screen, *app, *q);
        kinds_seen.insert(q->kind);
      }
      if (i + 1 < count) screen.press(*app, Role::button, "Nästa");
    }
    EXPECT_TRUE(screen.has_text(std::to_string(module.question_count()) + " av " +
                                std::to_string(module.question_count()) + " rätt"));
    screen.press(*app, Role::button, "Avsluta kursen");
    EXPECT_NE(screen.find(Role::heading, "Bra jobbat!"), nullptr);
    EXPECT_TRUE(find_progress(app->progress(), module.id)->completed.has_value());
    // The course's sources at its end, with the day its facts were checked.
    ASSERT_FALSE(module.sources.empty()) << module.id;
    EXPECT_NE(screen.find(Role::heading, "Källor"), nullptr) << module.id;
    for (const LocalText& source : module.sources) EXPECT_NE(screen.find(Role::text, source.sv, "Källor"), nullptr);
    ASSERT_TRUE(module.checked.has_value());
    EXPECT_TRUE(screen.has_text("Fakta i kursen kontrollerades " + date_text(*module.checked, Lang::sv) + "."));
  }
  EXPECT_EQ(kinds_seen.size(), 5u) << "the shipped modules use all five kinds of question";
  screen.press(*app, Role::button, "Tillbaka till kurser");
  EXPECT_TRUE(screen.has_text("Klar"));
}

TEST_F(ScreensTest, FinishIsDisabledUntilEveryQuestionIsRightAndSaysWhy) {
  auto app = start_app();
  const Module& module = app->catalog().modules.front();
  app->handle(ui::Navigate{ui::Screen::module, module.id});
  app->handle(ui::Change{action::OpenPage{module.id, module.pages.back().id, Period{2026, 4}}});
  screen.frame(*app);
  const ui::A11yNode* finish = screen.find(Role::button, "Avsluta kursen");
  ASSERT_NE(finish, nullptr);
  EXPECT_TRUE(finish->disabled);
  EXPECT_TRUE(screen.has_text("Du blir klar när du har läst alla sidor och har minst"));
  // A disabled button does nothing even when the mirror asks for it.
  screen.frame(*app, {finish->id});
  screen.frame(*app);
  EXPECT_EQ(app->screen(), ui::Screen::module);
  EXPECT_NE(screen.find(Role::link, "Gå till sida 2"), nullptr);
}

TEST_F(ScreensTest, SelfAssessmentBeforeTheCoursesEndsOnTheProfile) {
  auto app = start_app();
  const Instrument& instrument = *app->catalog().instrument;
  screen.press(*app, Role::button, "Börja med självskattningen");
  EXPECT_NE(screen.find(Role::heading, "Självskattning"), nullptr);
  EXPECT_TRUE(screen.has_text("Före kurserna"));
  EXPECT_NE(screen.find(Role::heading, "Om dig"), nullptr);
  EXPECT_TRUE(screen.has_text("frivilliga"));
  screen.choose(*app, "Kön", "Kvinna");
  screen.choose(*app, "Ålder", "30–54 år");
  screen.press(*app, Role::button, "Nästa");
  // Area by area: the first statement "Jag kan på egen hand" (2), the rest "Ej aktuellt" except in
  // safety, where every statement is "Jag kan det säkert och kan hjälpa andra" (3).
  // A page holds at most three statements: "Nästa" when the next one is not on this page.
  for (Area area : kAllAreas) {
    bool first = true;
    for (const Statement* s : instrument.statements_in(area)) {
      if (screen.find(Role::radiogroup, s->text.sv) == nullptr) screen.press(*app, Role::button, "Nästa");
      EXPECT_NE(screen.find(Role::heading, tr(Lang::sv, area_plain_name(area))), nullptr);
      const char* label = area == Area::safety ? "Jag kan det säkert och kan hjälpa andra"
                          : first              ? "Jag kan på egen hand"
                                               : "Ej aktuellt i mitt arbete";
      screen.choose(*app, s->text.sv, label);
      first = false;
    }
  }
  screen.press(*app, Role::button, "Avsluta och visa min profil");
  EXPECT_EQ(app->screen(), ui::Screen::profile);
  const RoundProgress* t0 = find_round(app->progress(), Round::t0);
  ASSERT_NE(t0, nullptr);
  EXPECT_TRUE(t0->finished.has_value());
  EXPECT_EQ(t0->answers.size(), instrument.statements.size());
  const auto scores = score_areas(t0->answers, instrument);
  for (const AreaScore& score : scores) {
    if (score.area == Area::safety) {
      EXPECT_EQ(score.score, 100);
    } else if (score.area == Area::information) {
      EXPECT_EQ(score.score, 67);
    }
  }
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
  screen.press(*app, Role::button, "Starta kursen: " + app->catalog().modules.front().title.sv);
  EXPECT_EQ(screen.progress_text().rfind("Sida 1 av", 0), 0u);
}


class CatalogueTest : public AppFixture {
 protected:
  HeadlessScreen screen;
};

TEST_F(CatalogueTest, FiltersByOccupationalGroupAndLevel) {
  auto app = start_app();
  screen.press(*app, Role::button, "Kurser");
  // Folded at first: one line says what is shown, and the courses follow it.
  EXPECT_TRUE(screen.has_text("Visar kurser för alla yrkesgrupper. Nivå: alla nivåer."));
  EXPECT_EQ(screen.find(Role::radiogroup, "Visa kurser för"), nullptr);
  screen.press(*app, Role::button, "Ändra urval: vilka kurser som visas");
  screen.choose(*app, "Visa kurser för", "Chef");
  int shown = 0;
  for (const Module& m : app->catalog().modules) {
    const bool suits = std::find(m.roles.begin(), m.roles.end(), "chef") != m.roles.end();
    EXPECT_EQ(screen.find(Role::heading, m.title.sv) != nullptr, suits) << m.id;
    shown += suits ? 1 : 0;
  }
  EXPECT_GT(shown, 0);
  screen.choose(*app, "Visa kurser för", "Alla yrkesgrupper");
  screen.choose(*app, "Nivå", "Medel");
  for (const Module& m : app->catalog().modules) {
    EXPECT_EQ(screen.find(Role::heading, m.title.sv) != nullptr, m.level == Level::intermediate) << m.id;
  }
  screen.press(*app, Role::button, "Visa kurserna");
  EXPECT_TRUE(screen.has_text("Visar kurser för alla yrkesgrupper. Nivå: Medel."));
}

// The group chosen in "Om dig" is what the course list shows first: care staff do not see the
// managers' course, managers do.
TEST_F(CatalogueTest, ThePersonsOwnGroupIsChosenFromAboutYou) {
  auto app = start_app();
  const Module* managers = nullptr;
  for (const Module& m : app->catalog().modules) {
    if (m.roles == std::vector<std::string>{"chef", "handlaggning-utveckling"}) managers = &m;
  }
  ASSERT_NE(managers, nullptr);
  for (const auto& [role, label, listed] : {std::tuple{"omsorg", "Omsorg (undersköterska, vårdbiträde)", false},
                                            std::tuple{"chef", "Chef", true}}) {
    app->handle(ui::Change{action::SetBackground{"role_family", role}});
    app->handle(ui::Navigate{ui::Screen::courses, {}});
    screen.frame(*app);
    EXPECT_TRUE(screen.has_text(std::string("Visar kurser för ") + label + ". Nivå: alla nivåer.")) << role;
    EXPECT_EQ(screen.find(Role::heading, managers->title.sv) != nullptr, listed) << role;
  }
}

TEST_F(CatalogueTest, OffersToContinueWhereThePersonLeftOff) {
  auto app = start_app();
  ASSERT_GE(app->catalog().modules.size(), 2u);
  const Module& module = app->catalog().modules[1];
  screen.press(*app, Role::button, "Kurser");
  EXPECT_EQ(screen.find(Role::heading, "Fortsätt där du slutade"), nullptr);
  screen.press(*app, Role::button, "Starta kursen: " + module.title.sv);
  screen.press(*app, Role::button, "Nästa");
  screen.press(*app, Role::link, "Till startsidan");

  auto reloaded = start_app();
  screen.press(*reloaded, Role::button, "Kurser");
  EXPECT_NE(screen.find(Role::heading, "Fortsätt där du slutade"), nullptr);
  screen.press(*reloaded, Role::button, "Fortsätt kursen: " + module.title.sv);
  EXPECT_EQ(screen.progress_text(), "Sida 2 av " + std::to_string(module.pages.size()));
}

TEST_F(CatalogueTest, TheOverviewShowsGoalsPagesAndTheGuideAndMovesFreely) {
  auto app = start_app();
  const Module& module = app->catalog().modules.front();
  screen.press(*app, Role::button, "Kurser");
  screen.press(*app, Role::link, "Om kursen och alla sidor");
  EXPECT_NE(screen.find(Role::heading, module.title.sv), nullptr);
  EXPECT_NE(screen.find(Role::heading, "Det här lär du dig"), nullptr);
  for (const LocalText& goal : module.goals) EXPECT_TRUE(screen.has_text(goal.sv));
  const std::size_t last = module.pages.size() - 1;
  const std::string last_link = std::to_string(last + 1) + ". " + module.pages[last].title.sv;
  screen.press(*app, Role::link, last_link);
  EXPECT_EQ(screen.progress_text(), "Sida " + std::to_string(last + 1) + " av " + std::to_string(last + 1));
  screen.press(*app, Role::link, "Alla sidor i kursen");
  EXPECT_TRUE(screen.has_text(last_link + " (läst)"));
  screen.press(*app, Role::button, "Ladda ner samtalsguiden");
  ASSERT_EQ(downloads.size(), 1u);
  EXPECT_EQ(downloads[0].name, "samtalsguide-" + module.id + ".html");
}


// A shared tablet, as colleagues use it: A begins, answers and is done; B sees only the welcome
// and begins afresh; A opens their answers again with the code; a wrong code opens nothing.
TEST_F(ScreensTest, ColleaguesOnOneTabletEachHaveTheirOwnSpace) {
  open_person_space = false;
  auto app = start_app();
  screen.frame(*app);
  const ui::A11yNode* next = only_primary(screen, {"English", "Större text", "Öppna mina svar"});
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->label, "Jag är ny här");
  screen.press(*app, Role::button, "Jag är ny här");
  ASSERT_EQ(app->screen(), ui::Screen::your_code);
  const std::string code_a = app->progress().participant_code;
  EXPECT_NE(screen.find(Role::heading, code_for_people(code_a)), nullptr) << "the code, large, to write down";
  // A card to print, with the code and how to use it; no file is made.
  screen.press(*app, Role::button, "Skriv ut ett kort med koden");
  ASSERT_EQ(printed.size(), 1u);
  EXPECT_EQ(printed[0].heading, "Min kod till Digilyft");
  EXPECT_EQ(printed[0].lines.at(0), code_for_people(code_a));
  EXPECT_EQ(printed[0].lines.at(1), "Skriv koden i rutan Din kod, så öppnas dina svar igen.");
  EXPECT_TRUE(downloads.empty());
  screen.press(*app, Role::button, "Jag har skrivit upp koden");
  EXPECT_TRUE(screen.has_text("Din kod: " + code_for_people(code_a)));
  app->handle(ui::Change{action::SetBackground{"role_family", "omsorg"}});
  screen.press(*app, Role::button, "Lås mina svar");

  EXPECT_TRUE(screen.has_text("Dina svar är sparade och låsta. Tack! När du vill fortsätta skriver du din kod i rutan Din kod."));
  EXPECT_EQ(screen.find(Role::button, "Kurser"), nullptr);
  EXPECT_FALSE(screen.has_text(code_for_people(code_a))) << "nothing tells who was here";
  screen.press(*app, Role::button, "Jag är ny här");
  const std::string code_b = app->progress().participant_code;
  EXPECT_NE(code_b, code_a);
  EXPECT_TRUE(app->progress().background.role_family.empty()) << "B does not see A's answers";
  screen.press(*app, Role::button, "Jag har skrivit upp koden");
  screen.press(*app, Role::button, "Lås mina svar");

  screen.type(*app, "Din kod", "K7QM-4XP");
  screen.press(*app, Role::button, "Öppna mina svar");
  EXPECT_TRUE(screen.has_text("Koden ska ha 8 tecken, till exempel K7QM-4XPD. Kontrollera koden och försök igen."));
  const std::string wrong = code_a == "K7QMAXPD" ? "K7QMBXPD" : "K7QMAXPD";
  screen.type(*app, "Din kod", code_for_people(wrong));
  screen.press(*app, Role::button, "Öppna mina svar");
  EXPECT_TRUE(screen.has_text("Det finns inga svar med koden " + code_for_people(wrong) +
                              " på den här enheten. Kontrollera koden och försök igen."));
  EXPECT_NE(screen.find(Role::button, "Fortsätt här med koden " + code_for_people(wrong)), nullptr);
  EXPECT_EQ(app->state().space, SpaceStatus::closed);

  screen.type(*app, "Din kod", code_for_people(code_a));
  screen.press(*app, Role::button, "Öppna mina svar");
  ASSERT_EQ(app->state().space, SpaceStatus::open);
  EXPECT_EQ(app->progress().participant_code, code_a);
  EXPECT_EQ(app->progress().background.role_family, "omsorg") << "A's answers are back";
  EXPECT_EQ(storage.space_count(), 2);
}


// The "before" round is offered before a first course, and asked once when a course comes first.
TEST_F(ScreensTest, AFirstCourseAsksOnceWhetherToAnswerTheQuestionsBeforeTheCoursesFirst) {
  course_before_questions = false;
  auto app = start_app();
  screen.frame(*app);
  EXPECT_NE(screen.find(Role::button, "Börja med självskattningen"), nullptr) << "the next step before any course";
  const Module& module = app->catalog().modules.front();
  app->handle(ui::Navigate{ui::Screen::module, module.id});
  ASSERT_EQ(app->screen(), ui::Screen::before_round);
  screen.frame(*app);
  EXPECT_NE(screen.find(Role::heading, "Innan du börjar kursen"), nullptr);
  screen.press(*app, Role::button, "Svara på frågorna först");
  EXPECT_EQ(app->screen(), ui::Screen::self_assessment);

  app->handle(ui::Navigate{ui::Screen::module, module.id});
  ASSERT_EQ(app->screen(), ui::Screen::before_round);
  screen.frame(*app);
  screen.press(*app, Role::button, "Börja kursen nu");
  EXPECT_EQ(app->screen(), ui::Screen::module);
  EXPECT_TRUE(app->progress().before_round_declined);
  app->handle(ui::Navigate{ui::Screen::courses, {}});
  app->handle(ui::Navigate{ui::Screen::module, app->catalog().modules.back().id});
  EXPECT_EQ(app->screen(), ui::Screen::module) << "asked once";
  EXPECT_TRUE(start_app()->progress().before_round_declined) << "kept";
}

TEST_F(ScreensTest, NoQuestionFirstOnceTheQuestionsBeforeTheCoursesAreBegun) {
  course_before_questions = false;
  auto app = start_app();
  app->handle(ui::Change{action::SetBackground{"gender", "kvinna"}});
  app->handle(ui::Change{action::OpenAssessmentPage{Round::t0, 1, today}});
  const Module& module = app->catalog().modules.front();
  app->handle(ui::Navigate{ui::Screen::module, module.id});
  EXPECT_EQ(app->screen(), ui::Screen::module);
}


// Where the device has a share sheet, "Skicka filen" is the one next step and the file never lands
// in a downloads folder; without one, "Spara filen" and how to hand the file in.
TEST_F(ScreensTest, TheResultFileIsSentThroughTheShareSheetOrSavedWithHelpToHandItIn) {
  can_share = true;
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::export_preview, {}});
  screen.frame(*app);
  const ui::A11yNode* next = only_primary(screen, {"Spara filen på enheten i stället", "Lås mina svar"});
  ASSERT_NE(next, nullptr);
  EXPECT_EQ(next->label, "Skicka filen");
  EXPECT_TRUE(screen.has_text("Filen är inte låst. Den som får filen kan läsa den.")) << "no programme: not sealed";
  screen.press(*app, Role::button, "Skicka filen");
  ASSERT_EQ(shared.size(), 1u);
  EXPECT_TRUE(downloads.empty()) << "nothing in a downloads folder";
  // Named by the quarter and six random letters: never the code, which opens the person's answers.
  EXPECT_TRUE(std::regex_match(shared[0].name, std::regex("digilyft-resultat-2026-Q4-[A-Z2-9]{6}\\.json"))) << shared[0].name;
  EXPECT_EQ(shared[0].name.find(app->progress().participant_code.substr(0, 4)), std::string::npos);
  EXPECT_NE(shared[0].bytes.find("\"participant\": \"" + app->progress().participant_code + "\""), std::string::npos);
  app->share_done(shared[0].name, false);  // cancelled
  screen.frame(*app);
  EXPECT_FALSE(screen.has_text("Filen är skickad: " + shared[0].name + ". Tack!"));
  app->share_done(shared[0].name, true);
  screen.frame(*app);
  EXPECT_TRUE(screen.has_text("Filen är skickad: " + shared[0].name + ". Tack!"));

  can_share = false;
  screen.frame(*app);
  EXPECT_EQ(screen.find(Role::button, "Skicka filen"), nullptr);
  screen.press(*app, Role::button, "Spara filen");
  ASSERT_EQ(downloads.size(), 1u);
  EXPECT_TRUE(screen.has_text("Filen är sparad: " + downloads[0].name + "."));
  EXPECT_NE(screen.find(Role::heading, "Så lämnar du filen"), nullptr);
  EXPECT_TRUE(screen.has_text("På en enhet som flera använder: ta bort filen från Hämtade filer när du har skickat den."));
}

}  // namespace
}  // namespace dl::test
