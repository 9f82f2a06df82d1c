// The profile screen read through the accessibility tree, as a screen reader or browser test reads
// the page's mirror: a chart per area with a bar per finished round (numbers equal score_areas),
// "Ej aktuellt" areas, the change in words, the open round with injected dates, recommended
// courses with their reasons and buttons, and the learning path's states.
#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "app_fixture.hpp"
#include "core/measurement.hpp"
#include "core/recommend.hpp"
#include "core/scoring.hpp"
#include "headless_screen.hpp"

namespace dl::test {
namespace {

using ui::Role;

using LevelFor = std::function<int(const Statement&)>;

// Answers a round through actions: `level` for each statement, 1 for then/now, 4 for evaluation.
void finish_round(App& app, Round round, const Date& today, const LevelFor& level) {
  const Instrument& instrument = *app.catalog().instrument;
  for (const Statement& s : instrument.statements) {
    app.handle(ui::Change{action::RateStatement{round, s.id, level(s), today}});
  }
  if (round == Round::t1) {
    for (const Statement* s : instrument.then_now_statements()) {
      app.handle(ui::Change{action::RateThen{s->id, 1, today}});
    }
  }
  if (round == Round::t1) {
    for (const EvaluationItem& item : instrument.evaluation) {
      app.handle(ui::Change{action::RateEvaluation{round, item.id, 4, today}});
    }
  } else if (round == Round::t2) {
    for (const EvaluationItem* item : instrument.use_items()) {
      app.handle(ui::Change{action::RateEvaluation{round, item->id, 4, today}});
    }
  }
  app.handle(ui::Change{action::FinishRound{round, today}});
  ASSERT_NE(find_round(app.progress(), round), nullptr);
  ASSERT_TRUE(find_round(app.progress(), round)->finished) << round_id(round) << " did not finish";
}

// Reads every page and answers every question right, then completes the module.
void complete_module(App& app, const Module& module, const Period& period) {
  for (const Page& page : module.pages) {
    app.handle(ui::Change{action::OpenPage{module.id, page.id, period}});
    for (const Question* q : page.questions()) give_answer(app, module, *q, right_answer(*q));
  }
  app.handle(ui::Change{action::CompleteModule{module.id, period}});
  ASSERT_NE(find_progress(app.progress(), module.id), nullptr);
  ASSERT_TRUE(find_progress(app.progress(), module.id)->completed) << module.id;
}

std::string sv(const Phrase& phrase) { return phrase.sv; }

// "Före kurserna: Medel" (the level in words, no points), or the no-value line.
std::string bar_text(const char* round, const AreaScore& area) {
  if (!area.score) return std::string(round) + ": Inget värde – du svarade Ej aktuellt";
  return std::string(round) + ": " + sv(band_name(band_for(*area.score)));
}

// The Swedish change sentence for `now` against `before`.
std::string change_sentence(int now, int before, const char* than) {
  if (now == before) return std::string("Lika som ") + than + ".";
  return std::string(now > before ? "Högre" : "Lägre") + " än " + than + ".";
}

class ProfileTest : public AppFixture {
 protected:
  HeadlessScreen screen;

  std::unique_ptr<App> start_with_role(const std::string& family) {
    auto app = start_app();
    if (!family.empty()) app->handle(ui::Change{action::SetBackground{"role_family", family}});
    return app;
  }

  void show_profile(App& app) {
    app.handle(ui::Navigate{ui::Screen::profile, {}});
    screen.frame(app);
  }

  // Opens the folded section whose button's name begins `prefix`: it was shut, and is open after.
  void open_fold(App& app, const std::string& prefix) {
    const ui::A11yNode* fold = nullptr;
    for (const ui::A11yNode& node : screen.tree().nodes) {
      if (node.role == Role::button && node.label.rfind(prefix, 0) == 0) fold = &node;
    }
    ASSERT_NE(fold, nullptr) << prefix;
    EXPECT_EQ(fold->expanded, 0) << fold->label;
    const std::string label = fold->label;
    screen.press(app, Role::button, label);
    const ui::A11yNode* after = screen.find(Role::button, label);
    ASSERT_NE(after, nullptr) << "the name stays the same when open: " << label;
    EXPECT_EQ(after->expanded, 1) << label;
  }

  // The texts inside the chart group named `area`, in reading order; empty when there is none.
  std::vector<std::string> bars(Area area) const {
    std::string group;
    for (const ui::A11yNode& node : screen.tree().nodes) {
      if (node.role == Role::group && node.label == sv(area_plain_name(area))) group = std::to_string(node.id);
    }
    std::vector<std::string> out;
    for (const ui::A11yNode& node : screen.tree().nodes) {
      if (!group.empty() && node.group == group) out.push_back(node.label);
    }
    return out;
  }

  // The node labelled `label` right after the node labelled `after` (a text_row's right side).
  std::string text_after(const std::string& after) const {
    const auto& nodes = screen.tree().nodes;
    for (std::size_t i = 0; i + 1 < nodes.size(); ++i) {
      if (nodes[i].label == after) return nodes[i + 1].label;
    }
    return "<no '" + after + "'>";
  }

  std::vector<AreaScore> scores(const App& app, Round round) const {
    return score_areas(find_round(app.progress(), round)->answers, *app.catalog().instrument);
  }
};

// Low in safety, higher elsewhere, so the profile has a clear weakest area.
int weak_in_safety(const Statement& s) {
  if (s.area == Area::safety) return s.id.back() % 2 == 0 ? 0 : 1;
  return s.area == Area::information ? 3 : 2;
}
// After a course: one step up everywhere (at most 3).
int one_step_up(const Statement& s) { return std::min(3, weak_in_safety(s) + 1); }

TEST_F(ProfileTest, WithoutARoundItInvitesToTheSelfAssessmentAndStillSuggestsByRole) {
  auto app = start_with_role("omsorg");
  show_profile(*app);
  EXPECT_NE(screen.find(Role::heading, "Din profil"), nullptr);
  EXPECT_TRUE(screen.has_text("Det är inget prov."));
  EXPECT_TRUE(bars(Area::safety).empty());
  // Suggestions from the role family alone, and its suggested order.
  const std::vector<Recommendation> recommendations = recommend_modules(app->progress(), app->catalog());
  ASSERT_FALSE(recommendations.empty());
  EXPECT_NE(screen.find(Role::heading, "Kurser som passar dig"), nullptr);
  EXPECT_NE(screen.find(Role::heading, recommendations.front().module->title.sv), nullptr);
  EXPECT_NE(screen.find(Role::heading, "Kursordning för omsorg"), nullptr);
  const std::vector<const Module*> path = learning_path(app->catalog(), "omsorg");
  EXPECT_NE(screen.find(Role::button, "Hela kursordningen (0\u00a0av\u00a0" + std::to_string(path.size()) + " klara)"),
            nullptr);

  screen.press(*app, Role::button, "Börja med självskattningen");
  EXPECT_EQ(app->screen(), ui::Screen::self_assessment);

  // A round begun and paused: the button says so.
  const Statement& first = app->catalog().instrument->statements.front();
  app->handle(ui::Change{action::RateStatement{Round::t0, first.id, 2, today}});
  show_profile(*app);
  EXPECT_EQ(screen.find(Role::button, "Börja med självskattningen"), nullptr);
  EXPECT_NE(screen.find(Role::button, "Fortsätt med självskattningen"), nullptr);
}

TEST_F(ProfileTest, AfterTheFirstRoundEachAreaHasOneBarWithItsScoreAndBandInWords) {
  auto app = start_with_role("omsorg");
  finish_round(*app, Round::t0, today, weak_in_safety);
  show_profile(*app);
  const std::vector<AreaScore> t0 = scores(*app, Round::t0);
  for (Area area : kAllAreas) {
    const AreaScore& score = t0[static_cast<std::size_t>(area)];
    EXPECT_EQ(bars(area), std::vector<std::string>{bar_text("Före kurserna", score)}) << area_id(area);
  }
  const int safety = *t0[static_cast<std::size_t>(Area::safety)].score;
  EXPECT_LT(safety, 48);
  // One round: the bar says the level; no "Din nivå nu" repeating it, and what the levels mean is
  // said once, in a fold after the cards.
  EXPECT_FALSE(screen.has_text("Din nivå nu"));
  EXPECT_FALSE(screen.has_text(sv(band_explanation(band_for(safety)))));
  open_fold(*app, "Vad betyder nivåerna?");
  const ui::A11yNode* meaning = screen.find(Role::text, sv(band_name(band_for(safety))) + ": " +
                                                            sv(band_explanation(band_for(safety))));
  ASSERT_NE(meaning, nullptr);
  EXPECT_EQ(meaning->spans.front(), (TextSpan{sv(band_name(band_for(safety))), true}));
  // One round: no colour key and nothing to compare with.
  EXPECT_FALSE(screen.has_text("Färgerna:"));
  EXPECT_FALSE(screen.has_text("Högre än"));
  EXPECT_FALSE(screen.has_text("av 100")) << "levels in words, never points";
  EXPECT_FALSE(screen.has_text("Lika som"));
  // No course finished yet: the next round is explained, not offered.
  EXPECT_NE(
      screen.find(Role::text, "Här ser du hur du skattar dig i dag och en kurs att börja med. Efter kursen svarar du på några frågor om hur det gick."),
      nullptr);
  EXPECT_EQ(screen.find(Role::button, "Svara på frågorna efter kursen"), nullptr);
  // Never a pass or fail.
  for (const char* word : {"Godkänd", "Underkänd", "godkänd", "underkänd"})
    EXPECT_FALSE(screen.has_text(word));
}

TEST_F(ProfileTest, AnAreaAnsweredNotApplicableHasNoValueAndNoBand) {
  auto app = start_with_role("");
  finish_round(*app, Round::t0, today,
               [](const Statement& s) { return s.area == Area::content_creation ? kNotApplicable : 2; });
  show_profile(*app);
  EXPECT_EQ(bars(Area::content_creation),
            std::vector<std::string>{"Före kurserna: Inget värde – du svarade Ej aktuellt"});
  EXPECT_EQ(bars(Area::safety), std::vector<std::string>{"Före kurserna: Medel"});
  EXPECT_NE(
      screen.find(Role::text, "Du svarade Ej aktuellt på allt i det här området. Därför finns inget värde."),
      nullptr);
}

TEST_F(ProfileTest, AfterACourseTheQuestionsAfterItAreOfferedThenBothRoundsStandSideBySide) {
  auto app = start_with_role("omsorg");
  finish_round(*app, Round::t0, today, weak_in_safety);
  complete_module(*app, app->catalog().modules.front(), quarter());
  show_profile(*app);
  EXPECT_NE(screen.find(Role::heading, "Efter kursen"), nullptr);
  EXPECT_TRUE(screen.has_text("Du har gått klart en kurs. Svara på några frågor om hur det gick."));
  screen.press(*app, Role::button, "Svara på frågorna efter kursen");
  EXPECT_EQ(app->screen(), ui::Screen::self_assessment);

  finish_round(*app, Round::t1, today, one_step_up);
  show_profile(*app);
  EXPECT_EQ(screen.find(Role::button, "Svara på frågorna efter kursen"), nullptr);
  EXPECT_NE(screen.find(Role::text, "Färgerna: Före kurserna, Efter kursen"), nullptr);
  const std::vector<AreaScore> t0 = scores(*app, Round::t0), t1 = scores(*app, Round::t1);
  for (Area area : kAllAreas) {
    const auto i = static_cast<std::size_t>(area);
    EXPECT_EQ(bars(area),
              (std::vector<std::string>{bar_text("Före kurserna", t0[i]), bar_text("Efter kursen", t1[i])}))
        << area_id(area);
    EXPECT_NE(screen.find(Role::text, change_sentence(*t1[i].score, *t0[i].score, "före kurserna")), nullptr)
        << area_id(area);
  }
  // The information area was already at the top: the same as before, said kindly.
  EXPECT_NE(screen.find(Role::text, "Lika som före kurserna."), nullptr);
  // The follow-up opens four months after the day T1 was finished (2026-11-23).
  EXPECT_NE(
      screen.find(Role::text, "Uppföljningen öppnar 23 mars 2027. Då svarar du på frågorna en gång till."),
      nullptr);
}

TEST_F(ProfileTest, TheFollowUpOpensOnItsDayAndThenThreeBarsCompareWithBothEarlierRounds) {
  auto app = start_with_role("omsorg");
  finish_round(*app, Round::t0, today, weak_in_safety);
  complete_module(*app, app->catalog().modules.front(), quarter());
  finish_round(*app, Round::t1, today, one_step_up);

  today = Date{2027, 3, 22};
  show_profile(*app);
  EXPECT_TRUE(screen.has_text("Uppföljningen öppnar 23 mars 2027."));
  EXPECT_EQ(screen.find(Role::button, "Svara på uppföljningen"), nullptr);

  today = Date{2027, 3, 23};
  show_profile(*app);
  EXPECT_NE(screen.find(Role::heading, "Dags för uppföljningen"), nullptr);
  EXPECT_FALSE(screen.has_text("Uppföljningen öppnar"));
  screen.press(*app, Role::button, "Svara på uppföljningen");
  EXPECT_EQ(app->screen(), ui::Screen::self_assessment);

  // At the follow-up safety slipped back a little and the rest stayed.
  finish_round(*app, Round::t2, today, [](const Statement& s) {
    return s.area == Area::safety ? weak_in_safety(s) : one_step_up(s);
  });
  show_profile(*app);
  EXPECT_EQ(screen.find(Role::heading, "Dags för uppföljningen"), nullptr);
  EXPECT_NE(screen.find(Role::text, "Färgerna: Före kurserna, Efter kursen, Uppföljning"), nullptr);
  const std::vector<AreaScore> t0 = scores(*app, Round::t0), t1 = scores(*app, Round::t1),
                               t2 = scores(*app, Round::t2);
  for (Area area : kAllAreas) {
    const auto i = static_cast<std::size_t>(area);
    EXPECT_EQ(bars(area),
              (std::vector<std::string>{bar_text("Före kurserna", t0[i]), bar_text("Efter kursen", t1[i]),
                                        bar_text("Uppföljning", t2[i])}))
        << area_id(area);
    EXPECT_NE(screen.find(Role::text, change_sentence(*t2[i].score, *t0[i].score, "före kurserna") + " " +
                                          change_sentence(*t2[i].score, *t1[i].score, "efter kursen")),
              nullptr)
        << area_id(area);
  }
  const auto safety = static_cast<std::size_t>(Area::safety);
  EXPECT_LT(*t2[safety].score, *t1[safety].score);
  EXPECT_TRUE(screen.has_text("Lägre än efter kursen."));
  // Each bar says its round's level; no line repeats the last one (walk 4: "Medel" three times).
  EXPECT_FALSE(screen.has_text("Din nivå nu"));
}

TEST_F(ProfileTest, SuggestedCoursesSayWhyAndTheirButtonsOpenTheCourse) {
  auto app = start_with_role("omsorg");
  finish_round(*app, Round::t0, today, weak_in_safety);
  show_profile(*app);
  const Instrument& instrument = *app->catalog().instrument;
  const std::vector<Recommendation> recommendations = recommend_modules(app->progress(), app->catalog());
  ASSERT_FALSE(recommendations.empty());
  EXPECT_LE(recommendations.size(), 3u);
  if (recommendations.size() > 1) open_fold(*app, std::to_string(recommendations.size() - 1) + " kurs");
  const int safety = *scores(*app, Round::t0)[static_cast<std::size_t>(Area::safety)].score;
  bool saw_growth = false, saw_statement = false;
  for (const Recommendation& r : recommendations) {
    const ui::A11yNode* title = screen.find(Role::heading, r.module->title.sv);
    ASSERT_NE(title, nullptr) << r.module->id;
    EXPECT_EQ(title->level, 3);
    EXPECT_EQ(text_after(r.module->title.sv), "Nivå: " + sv(level_name(r.module->level)) + ". Cirka " +
                                                  std::to_string(r.module->minutes) + " minuter.");
    for (const RecommendationReason& reason : r.reasons) {
      switch (reason.kind) {
        case RecommendationReason::Kind::growth_area:
          if (reason.area == Area::safety) {
            saw_growth = true;
            EXPECT_TRUE(screen.has_text("Du skattade dig lägst i delen ”Säkerhet och integritet”."));
            EXPECT_LT(safety, 48) << "the lowest area of the plan";
          }
          for (const std::string& id : reason.statement_ids) {
            saw_statement = true;
            EXPECT_NE(screen.find(Role::text, "Det här svarade du att du inte kan än, eller kan med hjälp:", r.module->title.sv),
                      nullptr);
            EXPECT_NE(screen.find(Role::text, instrument.find_statement(id)->text.sv, r.module->title.sv),
                      nullptr);
          }
          break;
        case RecommendationReason::Kind::level_fits:
          EXPECT_NE(
              screen.find(Role::text,
                          "Kursen är på nivån " + sv(level_name(reason.level)) + ", som passar där du är nu.",
                          r.module->title.sv),
              nullptr);
          break;
        case RecommendationReason::Kind::role:
          EXPECT_NE(
              screen.find(Role::text, "Kursen är gjord för dig som arbetar inom omsorg.", r.module->title.sv),
              nullptr);
          break;
        case RecommendationReason::Kind::path:
          EXPECT_NE(screen.find(Role::text, "Den ingår i kursordningen för omsorg.", r.module->title.sv),
                    nullptr);
          break;
      }
    }
  }
  EXPECT_TRUE(saw_growth);
  EXPECT_TRUE(saw_statement);
  EXPECT_NE(screen.find(Role::text, "Du kan alltid välja vilken kurs du vill."), nullptr);

  const Module& first = *recommendations.front().module;
  screen.press(*app, Role::button, "Starta kursen: " + first.title.sv);
  EXPECT_EQ(app->screen(), ui::Screen::module);
  EXPECT_TRUE(screen.has_text(first.title.sv));

  show_profile(*app);
  screen.press(*app, Role::button, "Se alla kurser");
  EXPECT_EQ(app->screen(), ui::Screen::courses);
}

// One next step at the top: the first suggested course, before the charts, or the open round's button
// (the suggestions then wait under their own heading).
TEST_F(ProfileTest, TheNextStepComesFirstTheFirstSuggestionOrTheOpenRound) {
  auto app = start_with_role("omsorg");
  finish_round(*app, Round::t0, today, weak_in_safety);
  show_profile(*app);
  const std::vector<Recommendation> recommendations = recommend_modules(app->progress(), app->catalog());
  ASSERT_GE(recommendations.size(), 2u);
  const auto h2s = [this] {
    std::vector<std::string> out;
    for (const ui::A11yNode& node : screen.tree().nodes) {
      if (node.role == Role::heading && node.level == 2) out.push_back(node.label);
    }
    return out;
  };
  EXPECT_EQ(h2s(), (std::vector<std::string>{"Ditt nästa steg", "Dina svar per område", "Kurser som passar dig",
                                             "Kursordning för omsorg", "Spara ditt resultat"}));
  const std::string first = recommendations[0].module->title.sv;
  const std::string second = recommendations[1].module->title.sv;
  EXPECT_NE(screen.find(Role::heading, first, "Ditt nästa steg"), nullptr);
  EXPECT_EQ(screen.find(Role::heading, first, "Dina svar per område"), nullptr) << "shown once, at the top";
  // The other suggestions are folded, so a phone reaches the rest of the screen; a press shows them.
  EXPECT_EQ(screen.find(Role::heading, second, "Kurser som passar dig"), nullptr);
  const std::size_t more = recommendations.size() - 1;
  open_fold(*app, more == 1 ? "1 kurs till" : std::to_string(more) + " kurser till");
  EXPECT_NE(screen.find(Role::heading, second, "Kurser som passar dig"), nullptr);
  EXPECT_EQ(screen.find(Role::heading, second, "Ditt nästa steg")->y,
            screen.find(Role::heading, second, "Kurser som passar dig")->y);
  EXPECT_NE(screen.find(Role::button, "Starta kursen: " + first), nullptr);

  complete_module(*app, *recommendations[0].module, quarter());
  show_profile(*app);
  const std::vector<std::string> headings = h2s();
  EXPECT_EQ(std::count(headings.begin(), headings.end(), "Ditt nästa steg"), 0) << "the round is the next step";
  EXPECT_NE(screen.find(Role::button, "Svara på frågorna efter kursen"), nullptr);
  EXPECT_NE(screen.find(Role::heading, recommend_modules(app->progress(), app->catalog())[0].module->title.sv,
                        "Kurser som passar dig"),
            nullptr);
}

// The course list marks the course suggested as the next step, and no other (walk 4: no card said
// which one the start page and the profile meant).
TEST_F(ProfileTest, TheCourseListMarksTheSuggestedCourse) {
  auto app = start_with_role("omsorg");
  finish_round(*app, Round::t0, today, weak_in_safety);
  const std::vector<Recommendation> recommendations = recommend_modules(app->progress(), app->catalog());
  ASSERT_FALSE(recommendations.empty());
  show_profile(*app);
  screen.press(*app, Role::button, "Se alla kurser");
  ASSERT_EQ(app->screen(), ui::Screen::courses);
  const std::string mark = "Vi föreslår den här kursen. Varför den passar dig står under ”Min profil”.";
  std::vector<std::string> marked;
  std::string heading;
  for (const ui::A11yNode& node : screen.tree().nodes) {
    if (node.role == Role::heading && node.level == 2) heading = node.label;
    if (node.role == Role::text && node.label == mark) marked.push_back(heading);
  }
  EXPECT_EQ(marked, std::vector<std::string>{recommendations.front().module->title.sv});
}

// Every area with the same score: no part is "lägst" or "näst lägst", so the reasons do not say so.
TEST_F(ProfileTest, WithTiedScoresNoPartIsCalledTheLowest) {
  auto app = start_with_role("omsorg");
  finish_round(*app, Round::t0, today, [](const Statement&) { return 1; });
  show_profile(*app);
  ASSERT_FALSE(recommend_modules(app->progress(), app->catalog()).empty());
  bool among = false;
  for (const ui::A11yNode& node : screen.tree().nodes) {
    EXPECT_EQ(node.label.find("Du skattade dig lägst"), std::string::npos) << node.label;
    EXPECT_EQ(node.label.find("Du skattade dig näst lägst"), std::string::npos) << node.label;
    if (node.label.find("är bland dem du skattade dig lägst i.") != std::string::npos) among = true;
  }
  EXPECT_TRUE(among);
}

TEST_F(ProfileTest, TheLearningPathNumbersItsCoursesWithTheirStateAndButtons) {
  auto app = start_with_role("funktionsstod");
  const std::vector<const Module*> path = learning_path(app->catalog(), "funktionsstod");
  ASSERT_GE(path.size(), 3u);
  complete_module(*app, *path[0], quarter());
  app->handle(ui::Change{action::OpenPage{path[1]->id, path[1]->pages.front().id, quarter()}});
  show_profile(*app);
  EXPECT_NE(screen.find(Role::heading, "Kursordning för funktionsstöd"), nullptr);
  const std::string heading = "Kursordning för funktionsstöd";
  EXPECT_FALSE(screen.has_text("1. " + path[0]->title.sv)) << "folded at first";
  open_fold(*app, "Hela kursordningen (1\u00a0av\u00a0" + std::to_string(path.size()) + " klara)");
  const auto item = [&](std::size_t i) { return std::to_string(i + 1) + ". " + path[i]->title.sv; };
  EXPECT_EQ(text_after(item(0)), "Klar");
  EXPECT_EQ(text_after(item(1)), "Påbörjad");
  for (std::size_t i = 2; i < path.size(); ++i) EXPECT_EQ(text_after(item(i)), "Inte påbörjad") << item(i);
  EXPECT_NE(screen.find(Role::button, "Gå igenom kursen igen: " + path[0]->title.sv, heading), nullptr);
  EXPECT_NE(screen.find(Role::button, "Fortsätt kursen: " + path[1]->title.sv, heading), nullptr);

  screen.press(*app, Role::button, "Starta kursen: " + path[2]->title.sv, item(2));
  EXPECT_EQ(app->screen(), ui::Screen::module);
  EXPECT_TRUE(screen.has_text(path[2]->title.sv));
}

TEST_F(ProfileTest, WithoutAnOccupationalGroupThereIsNoPathButAWayToGetOne) {
  auto app = start_with_role("");
  finish_round(*app, Round::t0, today, weak_in_safety);
  show_profile(*app);
  EXPECT_NE(screen.find(Role::heading, "Kursordning"), nullptr);
  EXPECT_NE(
      screen.find(Role::text,
                  "Välj din yrkesgrupp under ”Om dig”, så får du en kursordning som passar ditt arbete."),
      nullptr);
  EXPECT_FALSE(screen.has_text("Kursordning för"));
  // Suggestions still come from the weakest areas.
  EXPECT_TRUE(screen.has_text("Du skattade dig lägst i delen ”Säkerhet och integritet”"));

  // The first round is finished, yet the occupational group can still be given under "Om dig".
  screen.press(*app, Role::button, "Om dig");
  EXPECT_EQ(app->screen(), ui::Screen::about_you);
  screen.choose(*app, "Yrkesgrupp", "Omsorg (undersköterska, vårdbiträde)");
  EXPECT_EQ(app->progress().background.role_family, "omsorg");
  screen.press(*app, Role::button, "Klar, tillbaka till min profil");
  EXPECT_EQ(app->screen(), ui::Screen::profile);
  EXPECT_NE(screen.find(Role::heading, "Kursordning för omsorg"), nullptr);

  // And removed again: every answer about the person is gone.
  screen.press(*app, Role::button, "Ändra uppgifter om dig");
  screen.choose(*app, "Ålder", "55 år eller äldre");
  screen.press(*app, Role::button, "Ta bort mina svar om mig");
  EXPECT_EQ(app->progress().background, Background{});
}

TEST_F(ProfileTest, InEnglishTheBarsAndChangesReadInEnglish) {
  auto app = start_with_role("chef");
  app->handle(ui::Change{action::SetLanguage{Lang::en}});
  finish_round(*app, Round::t0, today, [](const Statement&) { return 1; });
  complete_module(*app, app->catalog().modules.front(), quarter());
  finish_round(*app, Round::t1, today, [](const Statement&) { return 2; });
  show_profile(*app);
  EXPECT_NE(screen.find(Role::heading, "Your profile"), nullptr);
  std::string group;
  for (const ui::A11yNode& node : screen.tree().nodes) {
    if (node.role == Role::group && node.label == "Safety and privacy") group = std::to_string(node.id);
  }
  ASSERT_FALSE(group.empty());
  EXPECT_NE(screen.find(Role::text, "Before the courses: Foundation"), nullptr);
  EXPECT_NE(screen.find(Role::text, "After the course: Intermediate"), nullptr);
  EXPECT_NE(screen.find(Role::text, "Higher than before the courses."), nullptr);
  EXPECT_NE(screen.find(Role::heading, "Suggested order for managers"), nullptr);
}

}  // namespace
}  // namespace dl::test
