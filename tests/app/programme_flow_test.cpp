// The programme from end to end through the screens: a coordinator sets one up and gets its link,
// QR code and poster; a person opens the link, chooses an organisation, sees only the programme's
// courses, and sees what the result file holds before saving it; a broken link changes nothing.
#include <algorithm>

#include "app_fixture.hpp"
#include "core/programme.hpp"
#include "core/result_file.hpp"
#include "core/outbox.hpp"
#include "core/sealed_file.hpp"
#include "headless_screen.hpp"

namespace dl::test {
namespace {

using ui::Role;

constexpr const char* kPageUrl = "https://digilyft.example/app/";

class ProgrammeFlowTest : public AppFixture {
 protected:
  HeadlessScreen screen;

  // Sets up a programme on the coordinator's screens: two organisations, the first two courses,
  // both surveys, follow-up after 6 months. Returns the link the screen shows.
  std::string set_up_programme(App& app) {
    app.open_link(kPageUrl, "");
    app.handle(ui::Navigate{ui::Screen::coordinator, {}});
    screen.press(app, Role::button, "Gör en programlänk");
    EXPECT_EQ(app.screen(), ui::Screen::programme_setup);
    screen.type(app, "Programmets namn", "Digilyft i Norrdal & Söderby");
    screen.press(app, Role::button, "Lägg till en organisation");
    screen.type(app, "Namn på organisation 1", "Norrdals kommun, hemtjänst");
    screen.type(app, "Kod för organisation 1 (a–z, siffror och bindestreck, högst 16 tecken)", "norrdal-ht");
    screen.press(app, Role::button, "Lägg till en organisation");
    screen.type(app, "Namn på organisation 2", "Söderby kommun");
    screen.type(app, "Kod för organisation 2 (a–z, siffror och bindestreck, högst 16 tecken)", "soderby");
    // Every course is in a new programme; keep the first two.
    const std::vector<Module>& modules = app.catalog().modules;
    for (std::size_t i = 2; i < modules.size(); ++i) {
      screen.choose(app, "Kurser i programmet", modules[i].title.sv);
    }
    screen.choose(app, "Uppföljningen kommer efter", "6 månader");
    screen.frame(app);
    return screen.field_text("Länken");
  }
};

TEST_F(ProgrammeFlowTest, CoordinatorGetsALinkAQrCodeAndAPoster) {
  auto app = start_app();
  app->open_link(kPageUrl, "");
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  screen.press(*app, Role::button, "Gör en programlänk");
  EXPECT_TRUE(screen.has_text("Länken är inte klar än:")) << "a new programme has no name yet";
  EXPECT_EQ(screen.find(Role::button, "Spara affischen för utskrift"), nullptr);

  const std::string link = set_up_programme(*app);
  ASSERT_EQ(link.rfind(std::string(kPageUrl) + "#program=2&", 0), 0u) << link;
  EXPECT_NE(link.find("&m=1-2&q=sm&"), std::string::npos) << "the first two courses by number, both surveys";
  EXPECT_NE(link.find("t2=6"), std::string::npos);
  EXPECT_NE(screen.find(Role::image, "QR-kod med länken till Digilyft i Norrdal & Söderby"), nullptr);

  screen.press(*app, Role::button, "Kopiera länken");
  ASSERT_EQ(clipboard.size(), 1u);
  EXPECT_EQ(clipboard[0], link) << "the link the screen shows";
  app->copied(true);
  screen.frame(*app);
  EXPECT_TRUE(screen.has_text("Länken är kopierad. Klistra in den i ett mejl eller en chatt till personalen."));
  app->copied(false);  // a browser that refuses the clipboard
  screen.frame(*app);
  EXPECT_TRUE(screen.has_text("Länken gick inte att kopiera här. Markera den i rutan ovan och kopiera den själv."));

  screen.press(*app, Role::button, "Spara affischen för utskrift");
  ASSERT_EQ(downloads.size(), 1u);
  EXPECT_EQ(downloads[0].mime, "text/html");
  EXPECT_NE(downloads[0].bytes.find("<svg"), std::string::npos);
  EXPECT_NE(downloads[0].bytes.find("Digilyft i Norrdal &amp; Söderby"), std::string::npos);

  // The draft is kept: after a reload the same link comes back.
  auto reloaded = start_app();
  reloaded->open_link(kPageUrl, "");
  EXPECT_EQ(reloaded->programme_draft(), app->programme_draft());
}

TEST_F(ProgrammeFlowTest, TheNameProposesACodeAndAWrongCodeIsNamedAtItsFieldWhole) {
  const std::string code_label = "Kod för organisation 1 (a–z, siffror och bindestreck, högst 16 tecken)";
  const std::string rule = "En organisationskod får bara ha a–z, siffror och bindestreck, högst 16 tecken.";
  const auto at_field = [&]() {  // the rule as a status right under the code field
    const ui::A11yNode* field = screen.find(Role::textbox, code_label);
    const auto& nodes = screen.tree().nodes;
    for (std::size_t i = 0; i + 1 < nodes.size(); ++i) {
      if (&nodes[i] == field) return nodes[i + 1].role == Role::status && nodes[i + 1].label == rule;
    }
    return false;
  };
  auto app = start_app();
  app->open_link(kPageUrl, "");
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  screen.press(*app, Role::button, "Gör en programlänk");
  screen.press(*app, Role::button, "Lägg till en organisation");
  EXPECT_FALSE(at_field());  // an empty field is not marked wrong
  screen.type(*app, "Namn på organisation 1", "Norrdal Hemtjänst");
  EXPECT_EQ(screen.field_text(code_label), "norrdal");
  EXPECT_FALSE(at_field());
  screen.type(*app, code_label, "Norrdal Hemtjänst äldreomsorg");  // longer than 16: nothing cut
  EXPECT_EQ(screen.field_text(code_label), "Norrdal Hemtjänst äldreomsorg");
  EXPECT_TRUE(at_field());
  screen.type(*app, code_label, "norrdal-ht");
  EXPECT_FALSE(at_field());
  // A code the coordinator typed stays when the name changes.
  screen.type(*app, "Namn på organisation 1", "Norrdals kommun, hemtjänst");
  EXPECT_EQ(screen.field_text(code_label), "norrdal-ht");
}

TEST_F(ProgrammeFlowTest, FieldsChangedInOneFrameAllCountAndARemovalKeepsTheOtherEdits) {
  auto app = start_app();
  app->open_link(kPageUrl, "");
  app->handle(ui::Navigate{ui::Screen::coordinator, {}});
  screen.press(*app, Role::button, "Gör en programlänk");
  screen.press(*app, Role::button, "Lägg till en organisation");
  screen.press(*app, Role::button, "Lägg till en organisation");
  screen.frame(*app);
  const auto id = [&](const std::string& label) { return screen.find(Role::textbox, label)->id; };
  // A form filler or a fast paste: three fields change before the next frame.
  screen.frame(*app, {}, {{id("Programmets namn"), "Omsorgslyftet"},
                          {id("Kod för organisation 1 (a–z, siffror och bindestreck, högst 16 tecken)"), "norrdal"},
                          {id("Namn på organisation 2"), "Söderby kommun"}});
  screen.frame(*app);
  EXPECT_EQ(app->programme_draft().name, "Omsorgslyftet");
  ASSERT_EQ(app->programme_draft().organisations.size(), 2u);
  EXPECT_EQ(app->programme_draft().organisations[0].code, "norrdal");
  EXPECT_EQ(app->programme_draft().organisations[1].name, "Söderby kommun");

  // Removing the first organisation while the second is typed in: the second keeps what was typed.
  screen.frame(*app, {screen.find(Role::button, "Ta bort organisation 1")->id},
               {{id("Kod för organisation 2 (a–z, siffror och bindestreck, högst 16 tecken)"), "soderby"}});
  screen.frame(*app);
  ASSERT_EQ(app->programme_draft().organisations.size(), 1u);
  EXPECT_EQ(app->programme_draft().organisations[0].code, "soderby");
  EXPECT_EQ(app->programme_draft().organisations[0].name, "Söderby kommun");
}

TEST_F(ProgrammeFlowTest, StaffOpenTheLinkChooseTheirOrganisationAndSeeTheProgrammesCourses) {
  std::string link;
  std::string coordinator_key;
  {
    auto coordinator = start_app();
    link = set_up_programme(*coordinator);
    coordinator_key = coordinator->workspace().sealing_key;
  }
  EXPECT_NE(link.find("&key="), std::string::npos) << "the programme's public key travels in the link";
  storage = platform::MemoryStorage{};  // another device, and another person
  person_code.clear();
  auto app = start_app();
  const std::size_t all_modules = app->catalog().modules.size();
  app->open_link(kPageUrl, link.substr(link.find('#')));
  EXPECT_EQ(app->screen(), ui::Screen::join);
  screen.frame(*app);
  EXPECT_NE(screen.find(Role::heading, "Välkommen till Digilyft i Norrdal & Söderby"), nullptr);
  const ui::A11yNode* go_on = screen.find(Role::button, "Fortsätt");
  ASSERT_NE(go_on, nullptr);
  EXPECT_TRUE(go_on->disabled) << "an organisation must be chosen first";
  screen.choose(*app, "Din organisation", "Söderby kommun");
  screen.press(*app, Role::button, "Fortsätt");
  EXPECT_EQ(app->screen(), ui::Screen::start);
  EXPECT_EQ(app->progress().organisation, "soderby");
  EXPECT_EQ(app->progress().plan.t2_interval_months, 6);
  EXPECT_TRUE(screen.has_text("Digilyft i Norrdal & Söderby, Söderby kommun"));
  EXPECT_EQ(app->catalog().modules.size(), 2u);
  EXPECT_GT(all_modules, 2u);

  // Opening the same link again (a reload keeps the address) changes nothing.
  const ProgressState before = app->progress();
  app->open_link(kPageUrl, link.substr(link.find('#')));
  EXPECT_EQ(app->progress(), before);
  EXPECT_EQ(app->screen(), ui::Screen::start);

  // The result file: what it holds, in plain words, before it is saved; then it can be saved again.
  screen.press(*app, Role::button, "Exportera resultat");
  EXPECT_EQ(app->screen(), ui::Screen::export_preview);
  EXPECT_TRUE(screen.has_text("K") && screen.has_text(app->progress().participant_code));
  EXPECT_TRUE(screen.has_text("Söderby kommun"));
  EXPECT_TRUE(screen.has_text("Filen låses, så att bara den som samordnar ditt program kan öppna den."));
  screen.press(*app, Role::button, "Spara filen");
  ASSERT_EQ(downloads.size(), 1u);
  // Sealed for the programme's coordinator: nothing of it in clear on this device's downloads.
  ASSERT_TRUE(is_sealed_file(downloads[0].bytes));
  EXPECT_EQ(downloads[0].bytes.find(app->progress().participant_code), std::string::npos);
  std::vector<Problem> problems;
  const auto envelope = parse_sealed_file(downloads[0].bytes, downloads[0].name, problems);
  ASSERT_TRUE(envelope);
  const auto opened = platform::native::unseal(coordinator_key, *envelope);
  ASSERT_TRUE(opened) << "the coordinator's key opens it";
  const auto file = parse_result_file(*opened, downloads[0].name, &app->catalog(), problems);
  ASSERT_TRUE(file.has_value()) << (problems.empty() ? "" : problems.front().code);
  EXPECT_EQ(file->programme, app->progress().programme->id);
  EXPECT_EQ(file->organisation, std::optional<std::string>("soderby"));
  EXPECT_EQ(opened->find("Söderby kommun"), std::string::npos) << "the name stays on the device";
  EXPECT_TRUE(screen.has_text(downloads[0].name));
  screen.press(*app, Role::button, "Spara filen");
  EXPECT_EQ(downloads.size(), 2u) << "the file can be saved again";
}

// A sealed file opens in the workspace of its programme's coordinator, and nowhere else: another
// programme's workspace and a workspace without the key each say why not.
TEST_F(ProgrammeFlowTest, ASealedFileOpensOnlyInItsProgrammesWorkspace) {
  auto coordinator = start_app();
  const std::string link = set_up_programme(*coordinator);
  const platform::MemoryStorage coordinator_device = storage;
  const std::string coordinator_code = person_code;
  coordinator.reset();

  storage = platform::MemoryStorage{};  // a staff member's phone
  person_code.clear();
  auto staff = start_app();
  staff->open_link(kPageUrl, link.substr(link.find('#')));
  screen.choose(*staff, "Din organisation", "Söderby kommun");
  screen.press(*staff, Role::button, "Fortsätt");
  staff->handle(ui::Navigate{ui::Screen::export_preview, {}});
  screen.press(*staff, Role::button, "Spara filen");
  ASSERT_EQ(downloads.size(), 1u);
  const NamedFile sealed{downloads[0].name, downloads[0].bytes};
  const std::string participant = staff->progress().participant_code;
  staff.reset();

  // Another programme's coordinator, on their own computer.
  storage = platform::MemoryStorage{};
  person_code.clear();
  auto other = start_app();
  set_up_programme(*other);
  other->handle(ui::Navigate{ui::Screen::coordinator, {}});
  other->receive_files({sealed});
  ASSERT_EQ(other->workspace().log.size(), 1u);
  EXPECT_EQ(other->workspace().log[0].problems.at(0).code, "result.sealed_other_programme");
  EXPECT_TRUE(other->workspace().participants.empty());
  other.reset();

  // A workspace that has no programme's key.
  storage = platform::MemoryStorage{};
  person_code.clear();
  auto keyless = start_app();
  keyless->handle(ui::Navigate{ui::Screen::coordinator, {}});
  keyless->receive_files({sealed});
  EXPECT_EQ(keyless->workspace().log.at(0).problems.at(0).code, "result.sealed_no_key");
  keyless.reset();

  // The programme's own coordinator, back on their computer: it opens.
  storage = coordinator_device;
  person_code = coordinator_code;
  auto own = start_app();
  own->handle(ui::Navigate{ui::Screen::coordinator, {}});
  own->receive_files({sealed});
  ASSERT_EQ(own->workspace().participants.size(), 1u);
  EXPECT_EQ(own->workspace().participants.begin()->first, participant);
  // A sealed file changed on the way does not open, and says so.
  NamedFile changed = sealed;
  changed.name = "changed.json";
  char& c = changed.bytes[changed.bytes.rfind('"') - 3];  // inside the data: another base64url letter
  c = c == 'A' ? 'B' : 'A';
  own->receive_files({changed});
  EXPECT_EQ(own->workspace().log.back().problems.at(0).code, "result.sealed_wrong_key");
  // An outbox file (several people handed in on one tablet) opens as the sealed files it holds.
  std::vector<Problem> problems;
  const auto envelope = parse_sealed_file(sealed.bytes, sealed.name, problems);
  ASSERT_TRUE(envelope);
  const auto opened = platform::native::unseal(own->workspace().sealing_key, *envelope);
  ASSERT_TRUE(opened);
  std::vector<HandedIn> outbox;
  for (const char* code : {"M3RT7WQA", "N4SU8XRB"}) {  // two more people, sealed the same way
    auto file = parse_result_file(*opened, "x.json", &own->catalog(), problems);
    ASSERT_TRUE(file);
    file->participant = code;
    const std::string text = result_to_json(*file);  // its own checksum
    const auto again = platform::native::seal(link.substr(link.find("&key=") + 5), own->workspace().programme, text);
    ASSERT_TRUE(again);
    outbox.push_back({std::string("digilyft-resultat-2026-Q4-") + code + ".json", *again});
  }
  own->receive_files({{outbox_file_name(outbox.size()), outbox_file_json(outbox)}});
  EXPECT_EQ(own->workspace().participants.size(), 3u) << "the two handed in on the tablet join the first";
  // The key file carries the private key, so digilyft-report (or another computer) opens them too.
  own->handle(ui::DownloadKey{});
  EXPECT_NE(downloads.back().bytes.find("\"sealing_key\": \"" + own->workspace().sealing_key + "\""), std::string::npos);
}

// Three colleagues hand in on the unit's tablet ("Lämna in här"); one hands in again, which replaces
// their earlier file. The welcome saves the outbox as one file and empties it; the coordinator's
// workspace reads that file into three participants.
TEST_F(ProgrammeFlowTest, ThreePeopleHandInOnOneTabletAndTheOutboxFileReachesTheCoordinator) {
  auto coordinator = start_app();
  const std::string link = set_up_programme(*coordinator);
  const platform::MemoryStorage coordinator_device = storage;
  const std::string coordinator_code = person_code;
  coordinator.reset();

  storage = platform::MemoryStorage{};  // the unit's tablet
  std::vector<std::string> codes;
  for (int person = 0; person < 3; ++person) {
    person_code.clear();
    random_value += 0x9e3779b97f4a7c15ULL;  // another person, another code
    auto tablet = start_app();
    tablet->open_link(kPageUrl, link.substr(link.find('#')));
    screen.choose(*tablet, "Din organisation", person == 0 ? "Söderby kommun" : "Norrdals kommun, hemtjänst");
    screen.press(*tablet, Role::button, "Fortsätt");
    tablet->handle(ui::Navigate{ui::Screen::export_preview, {}});
    screen.frame(*tablet);
    if (person > 0) {
      // Others keep answers here too: handing in here is the first choice.
      EXPECT_TRUE(screen.has_text("Använder flera den här enheten? Lämna in dina svar här."));
    }
    screen.press(*tablet, Role::button, "Lämna in här");
    EXPECT_TRUE(screen.has_text("Dina svar är inlämnade. Tack! Om du lämnar in igen ersätter de nya svaren de gamla."));
    if (person == 1) screen.press(*tablet, Role::button, "Lämna in här");  // again: replaces, not adds
    EXPECT_TRUE(downloads.empty()) << "nothing in the tablet's downloads";
    EXPECT_EQ(storage.outbox().size(), static_cast<std::size_t>(person + 1));
    codes.push_back(tablet->progress().participant_code);
    screen.press(*tablet, Role::button, "Lås mina svar");
  }
  // Nothing in the outbox can be read on the tablet: no code, no answer, only sealed files.
  for (const auto& [slot, file] : storage.outbox()) {
    EXPECT_TRUE(is_sealed_file(file.text));
    for (const std::string& code : codes) {
      EXPECT_EQ(file.text.find(code), std::string::npos);
      EXPECT_EQ(file.name.find(code.substr(0, 4)), std::string::npos);
      EXPECT_NE(slot, code);
    }
  }

  // The digital champion, at the welcome: the count, then one file; the outbox is empty after.
  auto champion = start_app_at_welcome();
  screen.frame(*champion);
  EXPECT_TRUE(screen.has_text("3 personer har lämnat in sina svar på den här enheten."));
  screen.press(*champion, Role::button, "Spara de inlämnade svaren i en fil");
  ASSERT_EQ(downloads.size(), 1u);
  EXPECT_EQ(downloads[0].name, "digilyft-inlamnade-3-filer.json");
  EXPECT_TRUE(screen.has_text("Filen digilyft-inlamnade-3-filer.json är sparad bland hämtade filer. Skicka den "
                              "till den som samordnar utbildningen."));
  EXPECT_EQ(storage.outbox().size(), 3u) << "kept until the champion says the file is there";
  screen.press(*champion, Role::button, "Filen finns. Ta bort svaren från enheten");
  EXPECT_TRUE(storage.outbox().empty());
  EXPECT_TRUE(screen.has_text("Svaren är borttagna från enheten."));
  EXPECT_EQ(screen.find(Role::button, "Spara de inlämnade svaren i en fil"), nullptr);
  const NamedFile outbox_file{downloads[0].name, downloads[0].bytes};
  champion.reset();

  storage = coordinator_device;
  person_code = coordinator_code;
  auto own = start_app();
  own->handle(ui::Navigate{ui::Screen::coordinator, {}});
  own->receive_files({outbox_file});
  ASSERT_EQ(own->workspace().participants.size(), 3u);
  for (const std::string& code : codes) EXPECT_EQ(own->workspace().participants.count(code), 1u) << code;
}

TEST_F(ProgrammeFlowTest, ABrokenLinkIsExplainedAndChangesNothing) {
  auto app = start_app();
  const ProgressState before = app->progress();
  app->open_link(kPageUrl, "#program=1&id=K7QM4XPD&name=Trasig");
  EXPECT_FALSE(app->link_problems().empty());
  EXPECT_EQ(app->progress(), before);
  EXPECT_EQ(app->screen(), ui::Screen::start);
  screen.frame(*app);
  bool alert = false;
  for (const ui::A11yNode& node : screen.tree().nodes) {
    alert = alert || (node.role == Role::alert && node.label.rfind("Länken kunde inte öppnas: ", 0) == 0);
  }
  EXPECT_TRUE(alert);
}

}  // namespace
}  // namespace dl::test
