// The coordinator's screen through the accessibility tree: many files in (each checked alone, a
// bad one listed with its reason, a round sent twice counted once), the tables with small groups
// hidden, filters, CSV and report downloads, and the workspace kept across a reload until cleared.
#include "app_fixture.hpp"
#include "core/participant_code.hpp"
#include "core/report.hpp"
#include "core/result_file.hpp"
#include "headless_screen.hpp"

namespace dl::test {
namespace {

using ui::Role;

class CoordinatorTest : public AppFixture {
 protected:
  HeadlessScreen screen;

  // A finished T0 of `n`-th person: every statement at `level`, organisation `org`.
  std::string result_text(const App& app, unsigned n, int level, const std::string& org,
                          const std::string& role = "omsorg") {
    ResultFile f;
    f.participant = make_participant_code(5000u + n);
    f.programme = "H4KD9PQM";
    f.organisation = org;
    f.exported = Period{2026, 4};
    f.background.role_family = role;
    AssessmentRound round;
    round.instrument_id = app.catalog().instrument->id;
    round.period = Period{2026, 4};
    for (const Statement& s : app.catalog().instrument->statements) round.answers[s.id] = level;
    f.rounds.push_back(round);
    return result_to_json(f);
  }

  const ui::A11yNode* table(const std::string& title) { return screen.find(Role::table, title); }
};

TEST_F(CoordinatorTest, ReadsManyFilesListsBadOnesAndCountsARoundOnce) {
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  screen.frame(*app);
  const ui::A11yNode* pick = screen.find(Role::button, "Välj resultatfiler");
  ASSERT_NE(pick, nullptr);
  EXPECT_EQ(pick->action, "pick-files");
  EXPECT_TRUE(screen.has_text("Inga filer är inlästa än."));

  std::vector<NamedFile> files;
  for (unsigned i = 0; i < 7; ++i) files.push_back({"p" + std::to_string(i) + ".json", result_text(*app, i, 2, "norr")});
  files.push_back({"lista.json", "{\"format\":\"something-else\"}"});
  files.push_back({"p0-igen.json", files[0].bytes});
  app->receive_files(files);
  screen.frame(*app);
  EXPECT_TRUE(screen.has_text("p1.json: Inläst."));
  EXPECT_TRUE(screen.has_text("lista.json: Inte inläst. "));
  EXPECT_TRUE(screen.has_text("p0-igen.json: Redan inläst (T0). Räknas en gång."));
  EXPECT_TRUE(screen.has_text("9 filer lästa. 7 deltagare. 1 fil kunde inte läsas."));

  const ui::A11yNode* by_org = table("Deltagare efter organisation");
  ASSERT_NE(by_org, nullptr);
  bool seven = false;
  for (const auto& row : by_org->cells) seven = seven || (row.size() > 1 && row[0] == "norr" && row[1] == "7");
  EXPECT_TRUE(seven) << "seven people of one organisation are shown";
}

TEST_F(CoordinatorTest, WhileFilesAreReadTheScreenSaysSoFromAnyScreen) {
  auto app = start_app();
  screen.frame(*app);
  app->files_reading(10000);  // dropped on the start page
  screen.frame(*app);
  EXPECT_EQ(app->screen(), ui::Screen::coordinator);
  EXPECT_TRUE(screen.has_text("Läser 10\u00A0000 filer … Det kan ta några sekunder."));
  app->receive_files({{"p1.json", result_text(*app, 1, 2, "norr")}});
  screen.frame(*app);
  EXPECT_FALSE(screen.has_text("Läser "));
  EXPECT_TRUE(screen.has_text("1 fil läst. 1 deltagare. Alla filer kunde läsas."));
  app->files_reading(1);
  screen.frame(*app);
  EXPECT_TRUE(screen.has_text("Läser filen …"));
  app->receive_files({});  // nothing could be handed over: the notice goes all the same
  screen.frame(*app);
  EXPECT_FALSE(screen.has_text("Läser "));
}

TEST_F(CoordinatorTest, TheCoordinatorsProgrammeNamesTheOrganisationsInTablesAndFilters) {
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  std::vector<NamedFile> files;
  for (unsigned i = 0; i < 6; ++i) files.push_back({"n" + std::to_string(i) + ".json", result_text(*app, i, 2, "norr")});
  for (unsigned i = 6; i < 12; ++i) files.push_back({"s" + std::to_string(i) + ".json", result_text(*app, i, 2, "syd")});
  app->receive_files(files);
  screen.frame(*app);
  ASSERT_NE(table("Deltagare efter organisation"), nullptr);
  EXPECT_EQ(table("Deltagare efter organisation")->cells.at(1).at(0), "norr");  // no programme here: codes

  Programme programme = app->programme_draft();
  programme.organisations = {{"norr", "Norrdals kommun"}};
  app->handle(ui::EditProgramme{programme});
  screen.frame(*app);
  EXPECT_EQ(table("Deltagare efter organisation")->cells.at(1).at(0), "Norrdals kommun (norr)");
  EXPECT_EQ(table("Deltagare efter organisation")->cells.at(2).at(0), "syd");
  screen.choose(*app, "Organisation", "Norrdals kommun (norr)");
  // The filter keeps the six people of "norr": the other organisation's row is empty.
  ASSERT_NE(table("Deltagare efter organisation"), nullptr);
  EXPECT_EQ(table("Deltagare efter organisation")->cells.at(1).at(1), "6");
  EXPECT_EQ(table("Deltagare efter organisation")->cells.at(2).at(1), "–");
}

TEST_F(CoordinatorTest, SmallGroupsAreHiddenEverywhere) {
  auto app = start_app();
  std::vector<NamedFile> files;
  for (unsigned i = 0; i < 3; ++i) files.push_back({"p" + std::to_string(i) + ".json", result_text(*app, i, 1, "norr")});
  app->receive_files(files);
  screen.frame(*app);
  for (const ui::A11yNode& node : screen.tree().nodes) {
    if (node.role != Role::table) continue;
    for (std::size_t r = 1; r < node.cells.size(); ++r) {
      for (std::size_t c = 1; c < node.cells[r].size(); ++c) {
        const std::string& cell = node.cells[r][c];
        EXPECT_TRUE(cell == "<5" || cell == "x" || cell == "–" || cell == "0")
            << node.label << " row " << r << " col " << c << ": " << cell;
      }
    }
  }
}

TEST_F(CoordinatorTest, FiltersNarrowTheTablesAndDownloadsGiveCsvAndAReport) {
  auto app = start_app();
  std::vector<NamedFile> files;
  for (unsigned i = 0; i < 6; ++i) files.push_back({"n" + std::to_string(i) + ".json", result_text(*app, i, 1, "norr")});
  for (unsigned i = 6; i < 12; ++i) files.push_back({"s" + std::to_string(i) + ".json", result_text(*app, i, 3, "syd")});
  app->receive_files(files);
  screen.frame(*app);
  screen.choose(*app, "Organisation", "syd");
  EXPECT_EQ(app->report().filter.organisation, "syd");
  EXPECT_EQ(app->report().participants.n, 6);

  const ReportTable& first = app->report().tables.front();
  screen.press(*app, Role::button, "Spara som CSV: " + first.title);
  ASSERT_EQ(downloads.size(), 1u);
  EXPECT_EQ(downloads[0].name, first.id + ".csv");
  EXPECT_EQ(downloads[0].bytes.rfind("\xEF\xBB\xBF", 0), 0u) << "UTF-8 with BOM for Excel";
  EXPECT_EQ(downloads[0].bytes, table_csv(first, Lang::sv));

  screen.press(*app, Role::button, "Spara rapporten för utskrift");
  ASSERT_EQ(downloads.size(), 2u);
  EXPECT_EQ(downloads[1].mime, "text/html");
  EXPECT_NE(downloads[1].bytes.find("<table"), std::string::npos);
}

TEST_F(CoordinatorTest, TheWorkspaceSurvivesAReloadAndABadFileChangesNothingUntilCleared) {
  auto app = start_app();
  std::vector<NamedFile> files;
  for (unsigned i = 0; i < 5; ++i) files.push_back({"p" + std::to_string(i) + ".json", result_text(*app, i, 2, "norr")});
  app->receive_files(files);
  const Workspace before = app->workspace();
  const std::string good = files[0].bytes;
  app->receive_files({{"halv.json", good.substr(0, good.size() / 2)}});
  EXPECT_EQ(app->workspace().participants, before.participants);
  ASSERT_EQ(app->workspace().log.size(), 6u);
  EXPECT_EQ(app->workspace().log.back().outcome, ImportOutcome::rejected);

  auto reloaded = start_app();
  EXPECT_EQ(reloaded->workspace(), app->workspace());
  reloaded->handle(ui::Navigate{ui::Screen::coordinator, {}});
  screen.press(*reloaded, Role::button, "Töm listan och tabellerna");
  EXPECT_TRUE(reloaded->workspace().participants.empty());
  EXPECT_TRUE(reloaded->workspace().log.empty());
  auto again = start_app();
  EXPECT_TRUE(again->workspace().log.empty()) << "clearing is kept too";
}

}  // namespace
}  // namespace dl::test
