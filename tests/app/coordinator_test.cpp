// The coordinator's screen through the accessibility tree: many files in (each checked alone, a
// bad one listed with its reason, a round sent twice counted once, another programme's file
// refused, files without a programme only when asked for), the protected tables once the record
// keys are there, filters (a selection too small is not shown), CSV and report downloads, the key
// file out and back in, and the workspace kept across a reload until cleared.
#include <cmath>

#include "app_fixture.hpp"
#include "core/participant_code.hpp"
#include "core/report.hpp"
#include "core/result_file.hpp"
#include "core/workspace_key.hpp"
#include "headless_screen.hpp"

namespace dl::test {
namespace {

using ui::Role;

const char* const kProgramme = "H4KD9PQM";

class CoordinatorTest : public AppFixture {
 protected:
  HeadlessScreen screen;

  // A finished T0 of the `n`-th person: every statement at `level`, organisation `org`.
  std::string result_text(const App& app, unsigned n, int level, const std::string& org,
                          const std::string& role = "omsorg", const std::optional<std::string>& programme = kProgramme) {
    ResultFile f;
    f.participant = make_participant_code(5000u + n);
    f.programme = programme;
    if (programme) f.organisation = org;
    f.exported = Period{2026, 4};
    f.background.role_family = role;
    AssessmentRound round;
    round.instrument_id = app.catalog().instrument->id;
    round.period = Period{2026, 4};
    for (const Statement& s : app.catalog().instrument->statements) round.answers[s.id] = level;
    f.rounds.push_back(round);
    return result_to_json(f);
  }

  std::vector<NamedFile> people(const App& app, unsigned from, unsigned count, const std::string& org, int level = 2) {
    std::vector<NamedFile> files;
    for (unsigned i = from; i < from + count; ++i) {
      files.push_back({org + std::to_string(i) + ".json", result_text(app, i, level, org)});
    }
    return files;
  }

  // Draws the screen with every folded section open (the tables, the files read without a remark).
  void frame(App& app) { screen.open_folds(app); }

  const ui::A11yNode* table(const std::string& title) { return screen.find(Role::table, title); }

  // The figure in the row headed `row` of a mirrored table, or nothing ("..", "–", no such row).
  std::optional<double> figure(const std::string& title, const std::string& row, std::size_t column = 1) {
    const ui::A11yNode* node = table(title);
    if (node == nullptr) return std::nullopt;
    for (const auto& cells : node->cells) {
      if (cells.size() <= column || cells[0] != row) continue;
      if (cells[column] == kHiddenSymbol || cells[column] == "–") return std::nullopt;
      return std::stod(cells[column]);
    }
    return std::nullopt;
  }
};

TEST_F(CoordinatorTest, ReadsManyFilesListsBadOnesAndCountsARoundOnce) {
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  frame(*app);
  const ui::A11yNode* pick = screen.find(Role::button, "Välj resultatfiler");
  ASSERT_NE(pick, nullptr);
  EXPECT_EQ(pick->action, "pick-files");
  EXPECT_TRUE(screen.has_text("Inga filer är inlästa än."));

  std::vector<NamedFile> files = people(*app, 0, 20, "norr");
  files.push_back({"lista.json", "{\"format\":\"something-else\"}"});
  files.push_back({"norr0-igen.json", files[0].bytes});
  app->receive_files(files);
  frame(*app);
  EXPECT_TRUE(screen.has_text("20 filer lästes in utan anmärkning."));  // plain reads are not listed one by one
  EXPECT_TRUE(screen.has_text("lista.json: Inte inläst. "));
  EXPECT_TRUE(screen.has_text("norr0-igen.json: Redan inläst. Svaren före kurserna räknas en gång."));
  EXPECT_TRUE(screen.has_text("22 filer lästa. 20 deltagare. 1 fil kunde inte läsas."));
  EXPECT_TRUE(screen.has_text("Filerna hör till programmet med koden H4KD9PQM (den står i programlänken). Filer från "
                              "andra program läses inte."));

  const auto norr = figure("Deltagare efter organisation", "norr");
  ASSERT_TRUE(norr.has_value()) << "twenty people of one organisation are shown";
  EXPECT_LE(std::abs(*norr - 20), kNoiseBound);
}

// The tables come folded under their titles, and so do the files read without a remark: a press
// shows one table, its CSV button with it, and the name stays the same open or shut.
TEST_F(CoordinatorTest, TablesAndPlainFileLinesAreFoldedUntilPressed) {
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  app->receive_files(people(*app, 0, 12, "norr"));
  app->receive_files({{"annat.json", result_text(*app, 50, 2, "norr", "omsorg", std::string("Q7RT2KXW"))}});
  screen.frame(*app);
  EXPECT_TRUE(screen.has_text("Tryck på en tabell för att visa den. Alla tabeller finns i rapporten för utskrift längst ner."));
  EXPECT_EQ(screen.find(Role::table, "Deltagare"), nullptr);
  std::vector<const ui::A11yNode*> folds;
  for (const ui::A11yNode& node : screen.tree().nodes) {
    EXPECT_NE(node.role, Role::table) << node.label;
    if (node.role == Role::button && node.expanded == 0) folds.push_back(&node);
  }
  ASSERT_GE(folds.size(), 4u) << "the plain files, the filters and at least two tables";
  EXPECT_EQ(folds[0]->label, "Filer utan anmärkning (12)");
  // The filters are one row that says what the tables show (walk 4: five phone screens of chips).
  EXPECT_EQ(folds[1]->label, "Urval: alla deltagare");
  EXPECT_EQ(screen.find(Role::radiogroup, "Organisation"), nullptr);
  // The file with a remark is not folded away.
  EXPECT_TRUE(screen.has_text("annat.json: Inte inläst. Filen hör till ett annat program än det här."));
  EXPECT_FALSE(screen.has_text("norr0.json: Inläst."));

  const std::string title = folds[2]->label;
  screen.press(*app, Role::button, title);
  EXPECT_NE(screen.find(Role::table, title), nullptr);
  EXPECT_EQ(screen.find(Role::button, title)->expanded, 1);
  EXPECT_NE(screen.find(Role::button, "Spara som CSV: " + title), nullptr);
  int tables = 0;
  for (const ui::A11yNode& node : screen.tree().nodes) tables += node.role == Role::table ? 1 : 0;
  EXPECT_EQ(tables, 1) << "only the table pressed";
  screen.press(*app, Role::button, title);
  EXPECT_EQ(screen.find(Role::table, title), nullptr);

  screen.press(*app, Role::button, "Filer utan anmärkning (12)");
  EXPECT_EQ(screen.find(Role::button, "Filer utan anmärkning (12)")->expanded, 1);
  EXPECT_TRUE(screen.has_text("norr0.json: Inläst."));

  // Opened, the filters show their chips; a choice is said in the row.
  screen.press(*app, Role::button, "Urval: alla deltagare");
  EXPECT_NE(screen.find(Role::radiogroup, "Organisation"), nullptr);
  std::string period, group_id;
  for (const ui::A11yNode& node : screen.tree().nodes) {
    if (node.role == Role::radiogroup && node.label == "Period") group_id = std::to_string(node.id);
    if (node.role == Role::radio && node.group == group_id && node.label != "Alla") period = node.label;
  }
  ASSERT_FALSE(period.empty());
  screen.choose(*app, "Period", period);
  EXPECT_NE(screen.find(Role::button, "Urval: " + period), nullptr);
}

// A table in which no figure may be shown (no manager has answered the survey) says so in one line
// instead of rows of "..": the manager survey's rows ran to a dozen phone screens (walk 4).
TEST_F(CoordinatorTest, ATableWithEveryFigureHiddenIsOneLine) {
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  app->receive_files(people(*app, 0, 12, "norr"));
  frame(*app);
  const std::string line = "För få har svarat för att visa något tal i den här tabellen. Talen visas när fler har svarat.";
  EXPECT_NE(screen.find(Role::button, "Chefsenkät"), nullptr);
  EXPECT_EQ(table("Chefsenkät"), nullptr);
  EXPECT_NE(screen.find(Role::text, line, "Chefsenkät"), nullptr);
  EXPECT_EQ(screen.find(Role::button, "Spara som CSV: Chefsenkät"), nullptr);
  // A table with figures is drawn as before.
  EXPECT_NE(table("Deltagare efter organisation"), nullptr);
}

TEST_F(CoordinatorTest, AnotherProgrammesFileIsRefusedAndFilesWithoutOneOnlyWhenAskedFor) {
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  app->receive_files(people(*app, 0, 12, "norr"));
  app->receive_files({{"annat.json", result_text(*app, 50, 2, "norr", "omsorg", std::string("Q7RT2KXW"))},
                      {"utan.json", result_text(*app, 51, 2, "", "omsorg", std::nullopt)}});
  frame(*app);
  EXPECT_TRUE(screen.has_text("annat.json: Inte inläst. Filen hör till ett annat program än det här."));
  EXPECT_TRUE(screen.has_text("utan.json: Inte inläst. Filen hör inte till något program."));
  EXPECT_EQ(app->workspace().participants.size(), 12u);

  screen.press(*app, Role::checkbox, "Läs också filer utan program");
  EXPECT_TRUE(app->workspace().without_programme);
  std::vector<NamedFile> loose;
  for (unsigned i = 60; i < 72; ++i) loose.push_back({"utan" + std::to_string(i) + ".json", result_text(*app, i, 2, "", "omsorg", std::nullopt)});
  app->receive_files(loose);
  frame(*app);
  EXPECT_EQ(app->workspace().participants.size(), 24u);
  const auto without = figure("Deltagare efter organisation", "Utan program");
  ASSERT_TRUE(without.has_value());
  EXPECT_LE(std::abs(*without - 12), kNoiseBound);
}

TEST_F(CoordinatorTest, WhileFilesAreReadTheScreenSaysSoFromAnyScreen) {
  auto app = start_app();
  frame(*app);
  app->files_reading(10000);  // dropped on the start page
  frame(*app);
  EXPECT_EQ(app->screen(), ui::Screen::coordinator);
  EXPECT_TRUE(screen.has_text("Läser 10\u00A0000 filer … Det kan ta några sekunder."));
  app->receive_files({{"p1.json", result_text(*app, 1, 2, "norr")}});
  frame(*app);
  EXPECT_FALSE(screen.has_text("Läser "));
  EXPECT_TRUE(screen.has_text("1 fil läst. 1 deltagare. Alla filer kunde läsas."));
  app->files_reading(1);
  frame(*app);
  EXPECT_TRUE(screen.has_text("Läser filen …"));
  app->receive_files({});  // nothing could be handed over: the notice goes all the same
  frame(*app);
  EXPECT_FALSE(screen.has_text("Läser "));
}

TEST_F(CoordinatorTest, TheTablesWaitForTheRecordKeys) {
  hold_keys = true;
  auto app = start_app();
  app->receive_files(people(*app, 0, 20, "norr"));
  frame(*app);
  EXPECT_TRUE(screen.has_text("Tabellerna räknas fram …"));
  EXPECT_EQ(table("Deltagare efter organisation"), nullptr);
  deliver_keys();
  frame(*app);
  EXPECT_FALSE(screen.has_text("Tabellerna räknas fram …"));
  EXPECT_NE(table("Deltagare efter organisation"), nullptr);

  // Keys asked for under another secret (a key file came in meanwhile) are dropped.
  app->receive_files(people(*app, 20, 5, "syd"));
  app->handle(ui::ClearWorkspace{});
  app->receive_files({{"nyckel.json", key_file_json(WorkspaceKey{"", std::string(64, 'b'), ""})}});
  EXPECT_EQ(app->workspace().secret, std::string(64, 'b'));
  deliver_keys();
  EXPECT_TRUE(app->report().keys_missing || app->workspace().participants.empty());

  // Without Web Crypto the page cannot protect the tables, and says so instead of showing them.
  app->receive_files(people(*app, 0, 20, "norr"));
  app->record_keys_failed();
  frame(*app);
  EXPECT_TRUE(screen.has_text("Tabellerna kan inte skyddas i den här webbläsaren"));
  EXPECT_EQ(table("Deltagare efter organisation"), nullptr);
}

TEST_F(CoordinatorTest, TheCoordinatorsProgrammeNamesTheOrganisationsInTablesAndFilters) {
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  std::vector<NamedFile> files = people(*app, 0, 20, "norr");
  for (NamedFile& f : people(*app, 20, 20, "syd")) files.push_back(std::move(f));
  app->receive_files(files);
  frame(*app);
  ASSERT_NE(table("Deltagare efter organisation"), nullptr);
  EXPECT_EQ(table("Deltagare efter organisation")->cells.at(1).at(0), "norr");  // no programme here: codes

  app->handle(ui::EditProgramme{programme_edit::AddOrganisation{}});
  app->handle(ui::EditProgramme{programme_edit::SetOrganisationCode{0, "norr"}});
  app->handle(ui::EditProgramme{programme_edit::SetOrganisationName{0, "Norrdals kommun"}});
  frame(*app);
  EXPECT_EQ(table("Deltagare efter organisation")->cells.at(1).at(0), "Norrdals kommun (norr)");
  EXPECT_EQ(table("Deltagare efter organisation")->cells.at(2).at(0), "syd");
  const auto norr = figure("Deltagare efter organisation", "Norrdals kommun (norr)");
  screen.choose(*app, "Organisation", "Norrdals kommun (norr)");
  // The filter keeps the people of "norr": the same group, the same figure; the other row is empty
  // by definition.
  ASSERT_NE(table("Deltagare efter organisation"), nullptr);
  EXPECT_EQ(figure("Deltagare efter organisation", "Norrdals kommun (norr)"), norr);
  EXPECT_EQ(table("Deltagare efter organisation")->cells.at(2).at(1), "–");
  screen.choose(*app, "Arbetsplats", "Alla");  // a filter row of its own exists
}

TEST_F(CoordinatorTest, NoFigureRestsOnOneOrTwoPeople) {
  auto app = start_app();
  std::vector<NamedFile> files;
  for (unsigned i = 0; i < 2; ++i) files.push_back({"p" + std::to_string(i) + ".json", result_text(*app, i, 1, "norr")});
  app->receive_files(files);
  frame(*app);
  // Every table is there, and none shows a figure: most say so in one line, the rest show ".." and "–".
  const std::string all_hidden = "För få har svarat för att visa något tal i den här tabellen. Talen visas när fler har svarat.";
  int tables = 0;
  for (const ui::A11yNode& node : screen.tree().nodes) {
    if (node.role == Role::text && node.label == all_hidden) ++tables;
    if (node.role != Role::table) continue;
    ++tables;
    for (std::size_t r = 1; r < node.cells.size(); ++r) {
      for (std::size_t c = 1; c < node.cells[r].size(); ++c) {
        const std::string& cell = node.cells[r][c];
        EXPECT_TRUE(cell == kHiddenSymbol || cell == "–") << node.label << " row " << r << " col " << c << ": " << cell;
      }
    }
  }
  EXPECT_GT(tables, 5);  // the whole programme is reported, however few
}

TEST_F(CoordinatorTest, FiltersNarrowTheTablesAndDownloadsGiveCsvAndAReport) {
  auto app = start_app();
  std::vector<NamedFile> files = people(*app, 0, 20, "norr", 1);
  for (NamedFile& f : people(*app, 20, 20, "syd", 3)) files.push_back(std::move(f));
  app->receive_files(files);
  frame(*app);
  screen.choose(*app, "Organisation", "syd");
  EXPECT_EQ(app->report().filter.organisation, "syd");
  EXPECT_EQ(app->report().participants.n, 20);

  const ReportTable& first = app->report().tables.front();
  screen.press(*app, Role::button, "Spara som CSV: " + first.title);
  ASSERT_EQ(downloads.size(), 1u);
  EXPECT_EQ(downloads[0].name, first.id + "_org-syd.csv");
  EXPECT_EQ(downloads[0].bytes.rfind("\xEF\xBB\xBF" + first.title + "\r\nUrval: Organisation: syd\r\nTalen är ändrade", 0), 0u)
      << "UTF-8 with BOM for Excel, then the table, the selection and what the signs mean";
  EXPECT_EQ(downloads[0].bytes, table_csv(first, app->report()));

  EXPECT_TRUE(screen.has_text("Tabellerna nedan bygger på "));
  screen.press(*app, Role::button, "Spara rapporten för utskrift");
  ASSERT_EQ(downloads.size(), 2u);
  EXPECT_EQ(downloads[1].name, "digilyft-rapport_org-syd.html");
  EXPECT_EQ(downloads[1].mime, "text/html");
  EXPECT_NE(downloads[1].bytes.find("<table"), std::string::npos);

  // A selection of a handful of people: the filters stay, the tables do not show.
  app->receive_files({{"chef.json", result_text(*app, 90, 2, "syd", "chef")}});
  frame(*app);
  screen.choose(*app, "Yrkesgrupp", "Chef");
  EXPECT_TRUE(app->report().too_small);
  EXPECT_TRUE(screen.has_text("Urvalet är för litet för att visas"));
  EXPECT_EQ(table("Deltagare efter organisation"), nullptr);
  EXPECT_NE(screen.find(Role::radio, "Alla"), nullptr);
  screen.press(*app, Role::button, "Ta bort filtren");
  EXPECT_EQ(app->report().filter, ReportFilter{});
  frame(*app);
  EXPECT_NE(table("Deltagare efter organisation"), nullptr);
}

TEST_F(CoordinatorTest, TheKeyFileGoesOutAndComesBackIntoAnEmptyWorkspace) {
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  app->receive_files(people(*app, 0, 30, "norr"));
  frame(*app);
  const std::string before = table_csv(app->report().tables.front(), app->report());
  screen.press(*app, Role::button, "Spara nyckelfilen");
  ASSERT_EQ(downloads.size(), 1u);
  EXPECT_EQ(downloads[0].name, std::string("digilyft-nyckel-") + kProgramme + ".json");
  std::vector<Problem> problems;
  const auto key = parse_key_file(downloads[0].bytes, problems);
  ASSERT_TRUE(key.has_value());
  EXPECT_EQ(key->secret, app->workspace().secret);
  EXPECT_EQ(key->programme, kProgramme);

  // Into a full workspace with another secret: refused, nothing changes. (The other computer has
  // a key of its own; clearing keeps a workspace's key, so it gets one from a key file here.)
  auto other = start_app();
  other->handle(ui::ClearWorkspace{});
  other->receive_files({{"egen-nyckel.json", key_file_json(WorkspaceKey{"", std::string(64, 'c'), ""})}});
  other->receive_files(people(*other, 100, 12, "syd"));
  const std::string other_secret = other->workspace().secret;
  other->receive_files({{"nyckel.json", downloads[0].bytes}});
  EXPECT_EQ(other->workspace().secret, other_secret);
  frame(*other);
  EXPECT_TRUE(screen.has_text("Nyckelfilen nyckel.json används inte: Filerna i listan har redan en egen nyckel."));

  // Into an empty workspace on another computer, with the same files: the same tables.
  other->handle(ui::ClearWorkspace{});
  EXPECT_EQ(other->workspace().secret, other_secret) << "clearing keeps the key";
  std::vector<NamedFile> again = people(*other, 0, 30, "norr");
  again.insert(again.begin(), {"nyckel.json", downloads[0].bytes});
  other->receive_files(again);
  EXPECT_EQ(other->workspace().secret, key->secret);
  frame(*other);
  EXPECT_TRUE(screen.has_text("Nyckeln i filen används nu för tabellerna."));
  EXPECT_EQ(table_csv(other->report().tables.front(), other->report()), before);
}

TEST_F(CoordinatorTest, TheWorkspaceSurvivesAReloadAndABadFileChangesNothingUntilCleared) {
  auto app = start_app();
  app->receive_files(people(*app, 0, 15, "norr"));
  const Workspace before = app->workspace();
  EXPECT_TRUE(is_workspace_secret(before.secret));
  const std::string first_csv = table_csv(app->report().tables.front(), app->report());
  const std::string good = result_text(*app, 0, 2, "norr");
  app->receive_files({{"halv.json", good.substr(0, good.size() / 2)}});
  EXPECT_EQ(app->workspace().participants, before.participants);
  ASSERT_EQ(app->workspace().log.size(), 16u);
  EXPECT_EQ(app->workspace().log.back().outcome, ImportOutcome::rejected);

  auto reloaded = start_app();
  EXPECT_EQ(reloaded->workspace(), app->workspace());
  EXPECT_EQ(table_csv(reloaded->report().tables.front(), reloaded->report()), first_csv) << "the same secret: the same figures";
  reloaded->handle(ui::Navigate{ui::Screen::coordinator, {}});
  // Clearing asks first; "Avbryt" keeps everything.
  screen.press(*reloaded, Role::button, "Töm listan och tabellerna");
  EXPECT_FALSE(reloaded->workspace().participants.empty());
  EXPECT_TRUE(screen.has_text("Listan med filer och tabellerna töms. Nyckeln finns kvar"));
  screen.press(*reloaded, Role::button, "Avbryt");
  EXPECT_FALSE(reloaded->workspace().participants.empty());
  EXPECT_EQ(screen.find(Role::button, "Ja, töm listan och tabellerna"), nullptr);
  screen.press(*reloaded, Role::button, "Töm listan och tabellerna");
  screen.press(*reloaded, Role::button, "Ja, töm listan och tabellerna");
  EXPECT_TRUE(reloaded->workspace().participants.empty());
  EXPECT_TRUE(reloaded->workspace().log.empty());
  auto again = start_app();
  EXPECT_TRUE(again->workspace().log.empty()) << "clearing is kept too";
  // The key stays: the same files read again give the same tables, nothing published is contradicted.
  again->receive_files(people(*again, 0, 15, "norr"));
  EXPECT_EQ(again->workspace().secret, before.secret);
  EXPECT_EQ(table_csv(again->report().tables.front(), again->report()), first_csv);
}

}  // namespace
}  // namespace dl::test

namespace dl::test {
namespace {

// The coordinator's page (`?samordnare`, built with every part): the welcome says what the code
// opens, a space opens on the coordinator's screen, and a programme fragment joins nothing.
TEST_F(CoordinatorTest, TheCoordinatorsPageOpensASpaceOnTheCoordinatorsScreen) {
  auto app = start_app();
  app->handle(ui::Navigate{ui::Screen::courses, {}});
  app = start_app_at_welcome();
  app->open_link("https://example.se/digilyft/", "#program=anything", true);
  HeadlessScreen page;
  page.frame(*app);
  EXPECT_TRUE(page.has_text(
      "Här öppnas samordnarens del: filerna, tabellerna och programlänken. Öppna den med din kod."));
  // Someone with a code comes here: the code field and "Öppna mina svar" come first.
  const ui::A11yNode* field = page.find(ui::Role::textbox, "Din kod");
  const ui::A11yNode* fresh = page.find(ui::Role::button, "Jag är ny här");
  ASSERT_NE(field, nullptr);
  ASSERT_NE(fresh, nullptr);
  EXPECT_LT(field->y, fresh->y);
  // Someone who came here by mistake has a way back to the page staff use.
  page.press(*app, ui::Role::link, "Till sidan för deltagarna");
  EXPECT_EQ(staff_pages, 1);
  EXPECT_EQ(coordinator_pages, 0);
  EXPECT_FALSE(app->state().link_programme);
  EXPECT_TRUE(app->link_problems().empty()) << "the fragment is not read on the coordinator's page";
  open_space(*app);
  EXPECT_EQ(app->screen(), ui::Screen::coordinator);

  app = start_app_at_welcome();  // the plain link: where the person was
  app->open_link("https://example.se/digilyft/", "", false);
  page.frame(*app);
  EXPECT_FALSE(page.has_text(
      "Här öppnas samordnarens del: filerna, tabellerna och programlänken. Öppna den med din kod."));
  open_space(*app);
  EXPECT_EQ(app->screen(), ui::Screen::courses);
}

}  // namespace
}  // namespace dl::test
