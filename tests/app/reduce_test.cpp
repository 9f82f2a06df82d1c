// The app's state machine driven through inputs alone, no screen: what reduce() does to the state
// and which effects it asks App to carry out (save, download, record keys, scroll), for loading,
// navigation, progress changes, export, the programme link, active time, and the coordinator's
// files, keys, programme draft and clearing.
#include <algorithm>
#include <filesystem>

#include <gtest/gtest.h>

#include "app/app_state.hpp"
#include "app_fixture.hpp"
#include "core/outbox.hpp"
#include "core/participant_code.hpp"
#include "core/result_file.hpp"
#include "core/sealed_file.hpp"
#include "core/workspace_key.hpp"

namespace dl::test {
namespace {

Catalog shipped_catalog() {
  const std::filesystem::path root = DL_CONTENT_DIR;
  return load_catalog([&root](const std::string& path) -> std::optional<std::string> {
    if (!std::filesystem::exists(root / path)) return std::nullopt;
    return read_text(root / path);
  });
}

class Reduce : public ::testing::Test {
 protected:
  Catalog catalog = shipped_catalog();
  std::uint64_t random_value = 0xfeedULL;
  std::int64_t now_ms = 1'000'000;
  Env env() { return Env{catalog, Date{2026, 11, 23}, now_ms, [this] { return random_value++; }}; }

  AppState state;
  std::vector<Effect> effects;

  void input(const Input& in) {
    Step step = reduce(std::move(state), in, env());
    state = std::move(step.state);
    effects = std::move(step.effects);
  }
  template <class E>
  std::vector<E> effects_of() const {
    std::vector<E> out;
    for (const Effect& e : effects) {
      if (const auto* x = std::get_if<E>(&e)) out.push_back(*x);
    }
    return out;
  }
  // A person new on the device: "Jag är ny här", and the platform opens the new space.
  void open_new_space() {
    input(event::Loaded{});
    input(ui::StartNew{});
    const auto open = effects_of<effect::OpenSpace>();
    ASSERT_EQ(open.size(), 1u);
    ASSERT_TRUE(open[0].create);
    input(event::SpaceOpened{platform::SpaceOpened::Outcome::opened, open[0].code, {}});
    ASSERT_EQ(state.space, SpaceStatus::open);
    input(ui::Change{action::DeclineBeforeRound{}});  // courses open at once (the offer: screens_test)
  }
  // A person opens their space with their code, and it holds `values` (by storage_key).
  void open_space_holding(const std::string& code, std::map<std::string, std::string> values) {
    state = AppState{};
    input(event::Loaded{});
    input(ui::TypeCode{code});
    input(ui::OpenWithCode{});
    const auto open = effects_of<effect::OpenSpace>();
    ASSERT_EQ(open.size(), 1u);
    EXPECT_EQ(open[0].code, code);
    EXPECT_FALSE(open[0].create);
    input(event::SpaceOpened{platform::SpaceOpened::Outcome::opened, code, std::move(values)});
  }
  std::vector<std::string> saved_keys() const {
    std::vector<std::string> keys;
    for (const auto& save : effects_of<effect::Save>()) keys.push_back(save.key);
    return keys;
  }
};

TEST_F(Reduce, AFirstVisitShowsTheWelcomeAndANewPersonGetsACodeAndASpace) {
  input(event::Loaded{});
  EXPECT_EQ(state.space, SpaceStatus::closed);
  EXPECT_TRUE(effects.empty()) << "nothing is opened or saved before someone begins";
  EXPECT_EQ(state.catalog.modules.size(), catalog.modules.size());
  input(ui::Change{action::SetLanguage{Lang::en}});  // the welcome's language button
  EXPECT_EQ(state.progress.lang, Lang::en);
  EXPECT_TRUE(effects.empty());
  input(ui::Navigate{ui::Screen::courses, {}});  // nothing but the welcome without a space
  EXPECT_EQ(state.screen, ui::Screen::start);
  input(ui::StartNew{});
  const auto open = effects_of<effect::OpenSpace>();
  ASSERT_EQ(open.size(), 1u);
  EXPECT_TRUE(open[0].create);
  EXPECT_TRUE(is_valid_participant_code(open[0].code));
  EXPECT_EQ(state.space, SpaceStatus::opening);
  input(ui::StartNew{});  // pressed twice while the key is being made
  EXPECT_TRUE(effects.empty());
  input(event::SpaceOpened{platform::SpaceOpened::Outcome::opened, open[0].code, {}});
  EXPECT_EQ(state.space, SpaceStatus::open);
  EXPECT_EQ(state.progress.participant_code, open[0].code) << "the code that opens the space is the participant code";
  EXPECT_EQ(state.progress.lang, Lang::en) << "the language chosen on the welcome stays";
  EXPECT_EQ(saved_keys(), std::vector<std::string>{storage_key::progress}) << "saved at once";
  EXPECT_EQ(state.screen, ui::Screen::your_code) << "the code is shown to be written down";
}

TEST_F(Reduce, ValuesKeptUnsealedByAnEarlierVersionMoveIntoASpaceUnderTheirOwnCode) {
  ProgressState kept = new_progress("K7QM4XPD");
  kept.background.role_family = "omsorg";
  input(event::Loaded{progress_to_json(kept), std::string("{\"screen\":\"courses\",\"module\":\"\"}"), std::nullopt,
                      std::nullopt, std::nullopt, std::nullopt});
  const auto open = effects_of<effect::OpenSpace>();
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].code, "K7QM4XPD");
  EXPECT_TRUE(open[0].create);
  EXPECT_TRUE(saved_keys().empty()) << "nothing is written before the space is open";
  input(event::SpaceOpened{platform::SpaceOpened::Outcome::opened, "K7QM4XPD", {}});
  EXPECT_EQ(state.progress.participant_code, "K7QM4XPD");
  EXPECT_EQ(state.course_filter.role, "omsorg");
  EXPECT_EQ(saved_keys(), (std::vector<std::string>{storage_key::progress, storage_key::place}));
  EXPECT_EQ(effects_of<effect::Save>()[0].value, progress_to_json(state.progress)) << "nothing of it lost";
  EXPECT_EQ(effects_of<effect::ForgetUnsealed>().size(), 1u) << "sealed first, then the unsealed copy goes";
  EXPECT_EQ(state.screen, ui::Screen::your_code) << "whoever answered needs the code from now on";
  EXPECT_TRUE(state.adopted);
}

TEST_F(Reduce, SavedProgressThatCannotBeReadIsKeptAsideNotThrownAway) {
  input(event::Loaded{std::string("{ trasig"), std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt});
  const auto open = effects_of<effect::OpenSpace>();
  ASSERT_EQ(open.size(), 1u);
  input(event::SpaceOpened{platform::SpaceOpened::Outcome::opened, open[0].code, {}});
  const auto saves = effects_of<effect::Save>();
  ASSERT_GE(saves.size(), 2u);
  EXPECT_EQ(saves[0].key, storage_key::unreadable_progress);
  EXPECT_EQ(saves[0].value, "{ trasig");
  EXPECT_EQ(saves.back().key, storage_key::progress);
  EXPECT_EQ(saves.back().value, progress_to_json(state.progress));
  EXPECT_EQ(state.progress.participant_code, open[0].code);
}

TEST_F(Reduce, OpeningASpaceRestoresProgressAndPlace) {
  ProgressState saved = new_progress("K7QM4XPD");
  saved.background.role_family = "omsorg";
  const std::string module = catalog.modules.front().id;
  open_space_holding("K7QM4XPD", {{storage_key::progress, progress_to_json(saved)},
                                  {storage_key::place, "{\"screen\":\"module-overview\",\"module\":\"" + module + "\"}"}});
  EXPECT_EQ(state.space, SpaceStatus::open);
  EXPECT_TRUE(saved_keys().empty()) << "nothing to save when all was read";
  EXPECT_EQ(state.progress.participant_code, "K7QM4XPD");
  EXPECT_EQ(state.course_filter.role, "omsorg");
  EXPECT_EQ(state.screen, ui::Screen::module_overview);
  EXPECT_EQ(state.open_module, module);
  // A place naming a module the content no longer has is not restored.
  open_space_holding("K7QM4XPD", {{storage_key::progress, progress_to_json(saved)},
                                  {storage_key::place, "{\"screen\":\"module\",\"module\":\"borta\"}"}});
  EXPECT_EQ(state.screen, ui::Screen::start);
  // Progress of another code in this space is not taken (kept aside, and the space starts afresh).
  open_space_holding("M3RT7WQA", {{storage_key::progress, progress_to_json(saved)}});
  EXPECT_EQ(state.progress.participant_code, "M3RT7WQA");
  EXPECT_EQ(saved_keys(), (std::vector<std::string>{storage_key::unreadable_progress, storage_key::progress}));
}

TEST_F(Reduce, AWrongCodeOpensNothingAndSaysWhy) {
  input(event::Loaded{});
  input(ui::TypeCode{"K7QM-4XP"});
  input(ui::OpenWithCode{});
  EXPECT_TRUE(effects.empty());
  EXPECT_EQ(state.code_problem, CodeProblem::not_a_code);
  input(ui::TypeCode{"K7QM-4XPD"});
  EXPECT_EQ(state.code_problem, CodeProblem::none) << "typing again clears the word";
  input(ui::OpenWithCode{});
  input(event::SpaceOpened{platform::SpaceOpened::Outcome::not_found, "K7QM4XPD", {}});
  EXPECT_EQ(state.space, SpaceStatus::closed);
  EXPECT_EQ(state.code_problem, CodeProblem::not_found);
  EXPECT_EQ(state.code_not_found, "K7QM4XPD");
  EXPECT_TRUE(state.progress.participant_code.empty()) << "nobody's answers are open";
  // Begun on another device: go on here with the same code, in a new space.
  input(ui::ContinueWithCode{"K7QM4XPD"});
  const auto open = effects_of<effect::OpenSpace>();
  ASSERT_EQ(open.size(), 1u);
  EXPECT_EQ(open[0].code, "K7QM4XPD");
  EXPECT_TRUE(open[0].create);
  input(event::SpaceOpened{platform::SpaceOpened::Outcome::opened, "K7QM4XPD", {}});
  EXPECT_EQ(state.progress.participant_code, "K7QM4XPD");
  EXPECT_EQ(state.screen, ui::Screen::start) << "the code is known already";
  // A damaged space opens nothing.
  state = AppState{};
  input(event::Loaded{});
  input(ui::TypeCode{"K7QM4XPD"});
  input(ui::OpenWithCode{});
  input(event::SpaceOpened{platform::SpaceOpened::Outcome::failed, "K7QM4XPD", {}});
  EXPECT_EQ(state.space, SpaceStatus::closed);
  EXPECT_EQ(state.code_problem, CodeProblem::damaged);
}

TEST_F(Reduce, IAmDoneSavesLocksAndLeavesOnlyTheWelcome) {
  open_new_space();
  const std::string module = catalog.modules.front().id;
  input(ui::Navigate{ui::Screen::module, module});
  input(event::Activity{});
  now_ms += 40'000;
  input(ui::CloseSpace{});
  EXPECT_EQ(find_progress(state.progress, module), nullptr);
  EXPECT_EQ(state.space, SpaceStatus::closed);
  EXPECT_EQ(state.locked, Locked::by_person);
  EXPECT_EQ(saved_keys(), std::vector<std::string>{storage_key::progress}) << "the active time, saved before locking";
  ASSERT_EQ(effects_of<effect::CloseSpace>().size(), 1u);
  EXPECT_TRUE(std::holds_alternative<effect::Save>(effects.front())) << "saved first, then closed";
  EXPECT_TRUE(state.progress.participant_code.empty());
  EXPECT_TRUE(state.workspace.log.empty());
  input(ui::Navigate{ui::Screen::profile, {}});
  EXPECT_TRUE(effects.empty()) << "nothing happens for the next person but the welcome";
}

TEST_F(Reduce, ASpaceLocksItselfAfterAWhileWithoutUseOrHidden) {
  open_new_space();
  now_ms += kIdleLockMs - 1000;
  input(event::Tick{});
  EXPECT_EQ(state.space, SpaceStatus::open);
  input(event::Activity{});
  now_ms += kIdleLockMs - 1000;
  input(event::Tick{});
  EXPECT_EQ(state.space, SpaceStatus::open) << "the person acted in between";
  now_ms += 2000;
  input(event::Tick{});
  EXPECT_EQ(state.space, SpaceStatus::closed);
  EXPECT_EQ(state.locked, Locked::idle);

  open_new_space();
  input(event::Visibility{false});
  now_ms += kHiddenLockMs + 1000;
  input(event::Visibility{true});  // the tablet is picked up again: locked before anything shows
  EXPECT_EQ(state.space, SpaceStatus::closed);
  EXPECT_EQ(state.locked, Locked::hidden);

  open_new_space();
  input(event::Visibility{false});
  now_ms += kHiddenLockMs - 1000;
  input(event::Visibility{true});
  EXPECT_EQ(state.space, SpaceStatus::open) << "a short look at another app";
  // Coming back after a long while without a tick in between: the first touch finds it locked.
  now_ms += kIdleLockMs;
  input(event::Activity{});
  EXPECT_EQ(state.space, SpaceStatus::closed);
}

TEST_F(Reduce, TheLinksProgrammeIsJoinedByWhoeverOpensASpace) {
  Programme programme = new_programme_draft("PRGM2345", catalog);
  programme.name = "Omsorgslyftet";
  programme.organisations = {{"norr", "Norrby"}};
  input(event::Loaded{});
  const std::string link = programme_link("http://localhost/", programme, catalog);
  input(event::OpenLink{"http://localhost/", link.substr(link.find('#'))});
  ASSERT_TRUE(state.link_programme.has_value()) << (state.link_problems.empty() ? "" : state.link_problems[0].code);
  EXPECT_FALSE(state.progress.programme.has_value()) << "nobody's space is open yet";
  input(ui::StartNew{});
  input(event::SpaceOpened{platform::SpaceOpened::Outcome::opened, effects_of<effect::OpenSpace>()[0].code, {}});
  ASSERT_TRUE(state.progress.programme.has_value());
  EXPECT_EQ(state.progress.programme->id, "PRGM2345");
  input(ui::CloseSpace{});
  EXPECT_TRUE(state.link_programme.has_value()) << "the next person joins it too";
}

TEST_F(Reduce, NavigatingSavesThePlaceAndScrollsToTheTop) {
  open_new_space();
  const std::string module = catalog.modules.front().id;
  input(ui::Navigate{ui::Screen::module, module});
  EXPECT_EQ(state.screen, ui::Screen::module);
  EXPECT_EQ(state.open_module, module);
  EXPECT_EQ(effects_of<effect::ScrollToTop>().size(), 1u);
  EXPECT_EQ(saved_keys(), (std::vector<std::string>{storage_key::place, storage_key::progress}));
  // Opening the module opened its first page, through apply().
  EXPECT_EQ(find_progress(state.progress, module)->current_page, catalog.modules.front().pages.front().id);
}

TEST_F(Reduce, AChangeIsSavedOnlyWhenItChangesTheProgress) {
  open_new_space();
  input(ui::Change{action::SetLanguage{Lang::en}});
  EXPECT_EQ(state.progress.lang, Lang::en);
  EXPECT_EQ(saved_keys(), std::vector<std::string>{storage_key::progress});
  const auto version = state.tables_version;
  input(ui::Change{action::SetLanguage{Lang::en}});
  EXPECT_TRUE(effects.empty());
  EXPECT_EQ(state.tables_version, version);
}

TEST_F(Reduce, ExportHandsTheResultFileToThePerson) {
  open_new_space();
  input(ui::ExportResult{});
  const auto files = effects_of<effect::Download>();
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files[0].mime, "application/json");
  EXPECT_EQ(state.exported_file, files[0].name);
  std::vector<Problem> problems;
  EXPECT_TRUE(parse_result_file(files[0].bytes, files[0].name, &catalog, problems).has_value());
}

TEST_F(Reduce, AProgrammeLinkJoinsAndAsksForTheOrganisation) {
  open_new_space();
  Programme programme = new_programme_draft("H4KD9PQM", catalog);
  programme.name = "Omsorgslyftet";
  programme.organisations = {{"norr", "Norrdals kommun"}};
  programme.module_ids = {catalog.modules.front().id};
  input(event::OpenLink{"https://example.org/", "#" + programme_fragment(programme, catalog)});
  ASSERT_TRUE(state.progress.programme.has_value());
  EXPECT_EQ(state.progress.programme->id, "H4KD9PQM");
  EXPECT_EQ(state.catalog.modules.size(), 1u) << "the person sees the programme's courses";
  EXPECT_EQ(state.screen, ui::Screen::join);
  input(event::OpenLink{"https://example.org/", "#program=1&id=trasig"});
  EXPECT_FALSE(state.link_problems.empty());
  EXPECT_EQ(state.progress.programme->id, "H4KD9PQM") << "a broken link changes nothing";
}

TEST_F(Reduce, ActiveTimeIsSavedAfterFiveSecondsAndWhenThePageIsHidden) {
  open_new_space();
  const std::string module = catalog.modules.front().id;
  input(ui::Navigate{ui::Screen::module, module});
  input(event::Activity{});
  now_ms += 3'000;
  input(event::Activity{});
  EXPECT_TRUE(effects.empty()) << "three seconds: not yet written";
  now_ms += 3'000;
  input(event::Activity{});
  EXPECT_EQ(saved_keys(), std::vector<std::string>{storage_key::progress});
  EXPECT_EQ(find_progress(state.progress, module)->active_seconds, 6);
  now_ms += 2'000;
  input(event::Visibility{false});
  EXPECT_EQ(find_progress(state.progress, module)->active_seconds, 8);
}

TEST_F(Reduce, TheCoordinatorsFilesAskForKeysAndTheKeysBringTheTables) {
  open_new_space();
  std::vector<NamedFile> files;
  for (unsigned i = 0; i < 12; ++i) {
    ResultFile f;
    f.participant = make_participant_code(4000u + i);
    f.programme = "H4KD9PQM";
    f.organisation = "norr";
    f.exported = Period{2026, 4};
    files.push_back({"p" + std::to_string(i) + ".json", result_to_json(f)});
  }
  input(event::FilesReceived{files});
  EXPECT_EQ(state.screen, ui::Screen::coordinator);
  EXPECT_EQ(state.workspace.participants.size(), 12u);
  EXPECT_TRUE(is_workspace_secret(state.workspace.secret));
  const auto requests = effects_of<effect::RequestKeys>();
  ASSERT_EQ(requests.size(), 1u);
  EXPECT_EQ(requests[0].codes.size(), 12u);
  EXPECT_NE(std::find(saved_keys().begin(), saved_keys().end(), storage_key::workspace), saved_keys().end());
  EXPECT_TRUE(make_report(state.workspace, catalog, {}, Lang::sv, report_setup(state, Period{2026, 4})).keys_missing);

  std::vector<std::pair<std::string, RecordKey>> keys;
  for (const std::string& code : requests[0].codes) keys.emplace_back(code, std::hash<std::string>{}(code));
  const auto version = state.tables_version;
  input(event::KeysReceived{"an-old-secret", keys});
  EXPECT_TRUE(state.record_keys.empty()) << "keys under another secret are dropped";
  input(event::KeysReceived{state.workspace.secret, keys});
  EXPECT_GT(state.tables_version, version);
  const Report report = make_report(state.workspace, catalog, {}, Lang::sv, report_setup(state, Period{2026, 4}));
  EXPECT_FALSE(report.keys_missing);
  EXPECT_FALSE(report.tables.empty());

  // Clearing asks first, and keeps the key.
  const std::string secret = state.workspace.secret;
  input(ui::ConfirmClearWorkspace{true});
  EXPECT_TRUE(state.confirm_clear);
  EXPECT_EQ(state.workspace.participants.size(), 12u);
  input(ui::ClearWorkspace{});
  EXPECT_TRUE(state.workspace.participants.empty());
  EXPECT_EQ(state.workspace.secret, secret);
  EXPECT_TRUE(state.record_keys.empty());
}

TEST_F(Reduce, TheProgrammeDraftChangesOneEditAtATimeAndIsKept) {
  open_new_space();
  input(ui::Navigate{ui::Screen::programme_setup, {}});
  EXPECT_EQ(state.programme_draft.id.size(), 8u) << "a new programme gets its random code";
  EXPECT_EQ(state.programme_draft.module_ids.size(), catalog.modules.size());
  // Several edits of one frame all count, in order, the removal last.
  for (const ProgrammeEdit& e : std::vector<ProgrammeEdit>{
           programme_edit::SetName{"Omsorgslyftet"}, programme_edit::AddOrganisation{},
           programme_edit::AddOrganisation{}, programme_edit::SetOrganisationCode{0, "norr"},
           programme_edit::SetOrganisationCode{1, "syd"}, programme_edit::SetOrganisationName{1, "Söderby"},
           programme_edit::RemoveOrganisation{0}}) {
    input(ui::EditProgramme{e});
    EXPECT_EQ(saved_keys(), std::vector<std::string>{storage_key::programme_draft});
  }
  EXPECT_EQ(state.programme_draft.name, "Omsorgslyftet");
  ASSERT_EQ(state.programme_draft.organisations.size(), 1u);
  EXPECT_EQ(state.programme_draft.organisations[0], (Organisation{"syd", "Söderby"}));
  // Kept: a new start reads it back.
  const std::string kept = effects_of<effect::Save>().back().value;
  const std::string code = state.progress.participant_code;
  const Programme edited = state.programme_draft;
  open_space_holding(code, {{storage_key::programme_draft, kept}});
  EXPECT_EQ(state.programme_draft, edited);
}

TEST_F(Reduce, AKeptDraftThisVersionCannotReadIsSetAsideForANewOne) {
  open_new_space();
  const std::string code = state.progress.participant_code;
  for (const std::string& kept : {std::string("{\"id\": 7}"), std::string("[1, 2]"), std::string("not json"),
                                 std::string(R"({"id":"AB","name":"N","organisations":[["a"]],"modules":[],"instruments":[],"t2":6})"),
                                 std::string(R"({"id":"AB","name":"N","organisations":[],"modules":[3],"instruments":[],"t2":6})")}) {
    open_space_holding(code, {{storage_key::programme_draft, kept}});
    EXPECT_EQ(state.programme_draft, Programme{}) << kept;
  }
  open_space_holding(code, {{storage_key::programme_draft,
                             R"({"id":"AB","name":"N","organisations":[["a","A"]],"modules":["m"],"instruments":[],"t2":6})"}});
  EXPECT_EQ(state.programme_draft.name, "N");
  ASSERT_EQ(state.programme_draft.organisations.size(), 1u);
  EXPECT_EQ(state.programme_draft.organisations[0], (Organisation{"a", "A"}));
}

// "Lämna in här": only a sealed file may lie in the device's outbox; a person keeps one place in
// it (kept in their space, so a later hand-in replaces the earlier one); a file sealed after the
// space was locked still lands; an entry that cannot be read is left out; the welcome saves the
// outbox as one file and empties it.
TEST_F(Reduce, HandingInHereKeepsOneSealedFilePerPersonUntilTheOutboxIsSaved) {
  open_new_space();
  input(ui::HandInHere{});
  EXPECT_TRUE(effects.empty()) << "without the programme's key nothing is handed in here";

  Programme programme;
  programme.id = "PRGM2345";
  programme.public_key = "BPUBLICKEY";
  state.progress.programme = programme;
  input(ui::HandInHere{});
  auto seal = effects_of<effect::SealAndHandOut>();
  ASSERT_EQ(seal.size(), 1u);
  EXPECT_EQ(seal[0].how, HandOut::hand_in);
  ASSERT_FALSE(seal[0].slot.empty());
  EXPECT_NE(seal[0].slot, state.progress.participant_code);
  EXPECT_EQ(saved_keys(), std::vector<std::string>{storage_key::hand_in_slot}) << "the place is kept in the space";
  const std::string slot = seal[0].slot;
  const std::string envelope = sealed_file_json(SealedFile{
      "PRGM2345", "BAABAgMEBQYHCAkKCwwNDg8QERITFBUWFxgZGhscHR4fICEiIyQlJicoKSorLC0uLzAxMjM0NTY3ODk6Ozw9Pj8",
      "AAAAAAAAAAAAAAAA", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJw"});

  input(event::Sealed{true, HandOut::hand_in, slot, seal[0].name, envelope});
  auto hand_in = effects_of<effect::HandIn>();
  ASSERT_EQ(hand_in.size(), 1u);
  EXPECT_EQ(hand_in[0].slot, slot);
  EXPECT_EQ(hand_in[0].file.text, envelope);
  EXPECT_EQ(state.handed_in_file, seal[0].name);
  EXPECT_EQ(state.outbox.size(), 1u);

  // Again: the same place. Then "Lås mina svar" before the sealing answers: it lands all the same.
  input(ui::HandInHere{});
  EXPECT_EQ(effects_of<effect::SealAndHandOut>().at(0).slot, slot);
  EXPECT_TRUE(saved_keys().empty());
  const std::string name = effects_of<effect::SealAndHandOut>().at(0).name;
  input(ui::CloseSpace{});
  input(event::Sealed{true, HandOut::hand_in, slot, name, envelope});
  EXPECT_EQ(effects_of<effect::HandIn>().size(), 1u);
  ASSERT_EQ(state.outbox.size(), 1u);
  EXPECT_EQ(state.outbox.begin()->second.name, name);

  // The person comes back: their place is in their space.
  open_space_holding("K7QM4XPD", {{storage_key::hand_in_slot, slot}});
  EXPECT_EQ(state.hand_in_slot, slot);

  // At start, the device's outbox as stored; a damaged entry is left out.
  state = AppState{};
  input(event::OutboxLoaded{{{"AAAAAAAA", {"a.json", envelope}}, {"BBBBBBBB", {"b.json", "{ trasig"}},
                             {"CCCCCCCC", {"c.json", envelope}}}});
  input(event::Loaded{});
  ASSERT_EQ(state.outbox.size(), 2u);
  input(ui::SaveOutbox{});
  const auto download = effects_of<effect::Download>();
  ASSERT_EQ(download.size(), 1u);
  EXPECT_EQ(download[0].name, "digilyft-inlamnade-2-filer.json");
  std::vector<Problem> problems;
  const auto files = parse_outbox_file(download[0].bytes, download[0].name, problems);
  ASSERT_TRUE(files);
  EXPECT_EQ(files->size(), 2u);
  EXPECT_TRUE(effects_of<effect::RemoveFromOutbox>().empty()) << "kept until the person says the file is there";
  EXPECT_EQ(state.outbox.size(), 2u);
  EXPECT_EQ(state.outbox_saved, "digilyft-inlamnade-2-filer.json");
  input(event::Sealed{true, HandOut::hand_in, "DDDDDDDD", "d.json", envelope});  // someone hands in meanwhile
  input(ui::ForgetSavedOutbox{});
  EXPECT_EQ(effects_of<effect::RemoveFromOutbox>().at(0).slots, (std::vector<std::string>{"AAAAAAAA", "CCCCCCCC"}));
  ASSERT_EQ(state.outbox.size(), 1u) << "only what the saved file holds";
  EXPECT_EQ(state.outbox.begin()->first, "DDDDDDDD");
  EXPECT_TRUE(state.outbox_forgotten);
  input(ui::ForgetSavedOutbox{});
  EXPECT_TRUE(effects.empty()) << "nothing more to remove";
  // Saved, then the person goes on without saying the file is there: nothing is removed.
  input(ui::SaveOutbox{});
  input(ui::StartNew{});
  EXPECT_EQ(state.outbox.size(), 1u);
  EXPECT_TRUE(state.outbox_saved.empty());
}

}  // namespace
}  // namespace dl::test

namespace dl::test {
namespace {

// "Lyssna": the text goes to the device's voice; it stops on "Sluta läsa", on another screen or
// page, and when the space locks; the device saying it is done clears it. "Större text" is the
// device's in any state.
TEST_F(Reduce, ReadingAloudStopsWhenWhatItReadsGoes) {
  open_new_space();
  input(ui::Navigate{ui::Screen::courses, {}});
  input(ui::Speak{"Lösenord.\nEtt starkt lösenord är långt.", Lang::sv});
  ASSERT_EQ(effects_of<effect::Speak>().size(), 1u);
  EXPECT_EQ(effects_of<effect::Speak>()[0].text, "Lösenord.\nEtt starkt lösenord är långt.");
  EXPECT_EQ(state.speaking, "Lösenord.\nEtt starkt lösenord är långt.");
  input(event::SpeechEnded{});
  EXPECT_TRUE(state.speaking.empty());
  EXPECT_TRUE(effects.empty());

  input(ui::Speak{"Jag kan logga in.", Lang::sv});
  input(ui::StopSpeaking{});
  EXPECT_TRUE(state.speaking.empty());
  EXPECT_EQ(effects_of<effect::StopSpeaking>().size(), 1u);

  input(ui::Speak{"Jag kan logga in.", Lang::sv});
  input(ui::Navigate{ui::Screen::start, {}});  // another screen
  EXPECT_TRUE(state.speaking.empty());
  EXPECT_EQ(effects_of<effect::StopSpeaking>().size(), 1u);

  input(ui::Speak{"Jag kan logga in.", Lang::sv});
  input(ui::CloseSpace{});  // "Lås mina svar"
  EXPECT_TRUE(state.speaking.empty());
  EXPECT_EQ(effects_of<effect::StopSpeaking>().size(), 1u);
  input(ui::Speak{"Jag kan logga in.", Lang::sv});  // nothing to read without a space
  EXPECT_TRUE(effects_of<effect::Speak>().empty());

  input(ui::SetLargerText{true});  // on the welcome too
  ASSERT_EQ(effects_of<effect::SetLargerText>().size(), 1u);
  EXPECT_TRUE(effects_of<effect::SetLargerText>()[0].on);
}

}  // namespace
}  // namespace dl::test
