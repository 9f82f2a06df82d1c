// Tests for the coordinator's workspace: import merged per participant code (each round once, the
// rest from the latest exported file), bad files changing nothing, one programme per workspace,
// and the saved workspace (with its programme and secret) read back.
#include "core/aggregate.hpp"

#include <algorithm>

#include <gtest/gtest.h>

#include "core/participant_code.hpp"
#include "fixtures.hpp"

namespace dl {
namespace {

const std::string kProgramme = make_participant_code(99u);

// A result file for participant number `n`: one round `round` finished in `period`, every answer
// `level`, exported in `exported` (the round's quarter unless given).
ResultFile person(int n, int level, Period period = Period{2026, 4}, Round round = Round::t0,
                  std::optional<Period> exported = std::nullopt) {
  const Catalog catalog = test::fixture_catalog();
  ResultFile f;
  f.participant = make_participant_code(static_cast<std::uint64_t>(n) * 7919u + 17u);
  f.programme = kProgramme;
  f.exported = exported.value_or(period);
  AssessmentRound r;
  r.instrument_id = "digcomp-omsorg";
  r.round = round;
  r.period = period;
  for (const auto& s : catalog.instrument->statements) r.answers[s.id] = level;
  if (round == Round::t1) r.evaluation = {{"forstaelse", 4}, {"anvander-mer", 5}, {"tryggare", 2}};
  f.rounds.push_back(r);
  return f;
}

TEST(Import, AddsAGoodFile) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  import_result(ws, "a.json", result_to_json(person(1, 2)), catalog);
  ASSERT_EQ(ws.log.size(), 1u);
  EXPECT_EQ(ws.log[0].outcome, ImportOutcome::added);
  EXPECT_TRUE(ws.log[0].problems.empty());
  EXPECT_TRUE(ws.log[0].rounds_counted_once.empty());
  EXPECT_EQ(ws.log[0].file_name, "a.json");
  ASSERT_EQ(ws.participants.size(), 1u);
  EXPECT_EQ(ws.participants.begin()->second, person(1, 2));
}

TEST(Import, ABadFileChangesNothingButTheLog) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  import_result(ws, "a.json", result_to_json(person(1, 2)), catalog);
  const auto before = ws.participants;
  import_result(ws, "b.json", "not json at all", catalog);
  import_result(ws, "c.json", test::with(result_to_json(person(1, 1, Period{2027, 1})), "/name", "Anna"), catalog);
  EXPECT_EQ(ws.participants, before);
  ASSERT_EQ(ws.log.size(), 3u);
  EXPECT_EQ(ws.log[1].outcome, ImportOutcome::rejected);
  EXPECT_EQ(ws.log[1].problems.at(0).code, "result.foreign_file");  // a note, not a broken result file
  EXPECT_EQ(ws.log[2].outcome, ImportOutcome::rejected);
  EXPECT_TRUE(test::has_problem(ws.log[2].problems, "result.unexpected_field", "/name"));
}

TEST(Import, TheSameRoundTwiceCountsOnceAndTheFirstStays) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  import_result(ws, "first.json", result_to_json(person(1, 1)), catalog);
  import_result(ws, "again.json", result_to_json(person(1, 1)), catalog);
  import_result(ws, "changed.json", result_to_json(person(1, 3)), catalog);
  ASSERT_EQ(ws.participants.size(), 1u);
  EXPECT_EQ(ws.log[1].outcome, ImportOutcome::duplicate);
  EXPECT_EQ(ws.log[1].rounds_counted_once, std::vector<Round>{Round::t0});
  EXPECT_EQ(ws.log[2].outcome, ImportOutcome::duplicate);
  EXPECT_EQ(ws.log[2].rounds_counted_once, std::vector<Round>{Round::t0});
  EXPECT_EQ(ws.participants.begin()->second.rounds[0].answers.at("info-1"), 1);
}

TEST(Import, LaterRoundsJoinTheRecordInRoundOrder) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  import_result(ws, "t1.json", result_to_json(person(1, 3, Period{2027, 1}, Round::t1)), catalog);
  import_result(ws, "t0.json", result_to_json(person(1, 0, Period{2026, 3}, Round::t0)), catalog);
  EXPECT_EQ(ws.log[1].outcome, ImportOutcome::updated);
  EXPECT_TRUE(ws.log[1].rounds_counted_once.empty());
  const ResultFile& record = ws.participants.begin()->second;
  ASSERT_EQ(record.rounds.size(), 2u);
  EXPECT_EQ(record.rounds[0].round, Round::t0);
  EXPECT_EQ(record.rounds[1].round, Round::t1);
  EXPECT_EQ(record.exported, (Period{2027, 1}));  // the later export keeps its details
  // A file with both rounds adds nothing new and says which rounds it repeats.
  ResultFile both = person(1, 0, Period{2026, 3});
  both.rounds.push_back(record.rounds[1]);
  both.exported = Period{2027, 1};
  import_result(ws, "both.json", result_to_json(both), catalog);
  EXPECT_EQ(ws.log[2].outcome, ImportOutcome::duplicate);
  EXPECT_EQ(ws.log[2].rounds_counted_once, (std::vector<Round>{Round::t0, Round::t1}));
}

TEST(Import, DetailsComeFromTheLaterExportAndATieFromTheLaterRead) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  ResultFile later = person(1, 2, Period{2026, 1}, Round::t0, Period{2026, 4});
  later.background.role_family = "chef";
  later.modules = {ModuleRecord{"saker-inloggning", Period{2026, 1}, Period{2026, 2}, 2.5}};
  ResultFile earlier = person(1, 2, Period{2026, 1}, Round::t0, Period{2026, 2});
  earlier.background.role_family = "omsorg";
  import_result(ws, "later.json", result_to_json(later), catalog);
  import_result(ws, "earlier.json", result_to_json(earlier), catalog);
  EXPECT_EQ(ws.log[1].outcome, ImportOutcome::duplicate);
  EXPECT_EQ(ws.participants.begin()->second.background.role_family, "chef");
  EXPECT_EQ(ws.participants.begin()->second.modules.size(), 1u);

  ResultFile tie = later;
  tie.background.role_family = "halso-sjukvard";
  tie.modules[0].hours = 3.0;
  import_result(ws, "tie.json", result_to_json(tie), catalog);
  EXPECT_EQ(ws.log[2].outcome, ImportOutcome::updated);
  EXPECT_EQ(ws.participants.begin()->second.background.role_family, "halso-sjukvard");
  EXPECT_EQ(ws.participants.begin()->second.modules[0].hours, 3.0);
}

TEST(Import, ManyParticipants) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  for (int n = 0; n < 30; ++n) import_result(ws, "p" + std::to_string(n), result_to_json(person(n, n % 4)), catalog);
  EXPECT_EQ(ws.participants.size(), 30u);
  for (const auto& entry : ws.log) EXPECT_EQ(entry.outcome, ImportOutcome::added);
}

TEST(Import, TheFirstFileSetsTheProgrammeAndAnotherProgrammeIsRefused) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  import_result(ws, "a.json", result_to_json(person(1, 2)), catalog);
  EXPECT_EQ(ws.programme, kProgramme);
  ResultFile other = person(2, 2);
  other.programme = make_participant_code(12345u);
  const auto before = ws.participants;
  import_result(ws, "other.json", result_to_json(other), catalog);
  EXPECT_EQ(ws.participants, before);
  ASSERT_EQ(ws.log.size(), 2u);
  EXPECT_EQ(ws.log[1].outcome, ImportOutcome::rejected);
  ASSERT_EQ(ws.log[1].problems.size(), 1u);
  EXPECT_EQ(ws.log[1].problems[0].code, "result.other_programme");
  EXPECT_EQ(ws.log[1].problems[0].detail, *other.programme);
  EXPECT_NE(describe(ws.log[1].problems[0], Lang::sv), describe(Problem{"result.not_json", "", "", ""}, Lang::sv));

  Workspace set_up;  // the coordinator's own programme set the workspace's before any file came
  set_up.programme = *other.programme;
  import_result(set_up, "a.json", result_to_json(person(1, 2)), catalog);
  EXPECT_EQ(set_up.log[0].problems.at(0).code, "result.other_programme");
  EXPECT_TRUE(set_up.participants.empty());
}

TEST(Import, FilesWithoutAProgrammeOnlyWhenTheCoordinatorSaysSo) {
  const Catalog catalog = test::fixture_catalog();
  ResultFile loose = person(3, 1);
  loose.programme.reset();
  Workspace ws;
  import_result(ws, "loose.json", result_to_json(loose), catalog);
  EXPECT_TRUE(ws.participants.empty());
  EXPECT_EQ(ws.log.at(0).problems.at(0).code, "result.no_programme");
  EXPECT_EQ(ws.programme, "");
  ws.without_programme = true;
  import_result(ws, "loose.json", result_to_json(loose), catalog);
  EXPECT_EQ(ws.participants.size(), 1u);
  EXPECT_EQ(ws.programme, "");  // a file without a programme sets none
  import_result(ws, "a.json", result_to_json(person(1, 2)), catalog);
  EXPECT_EQ(ws.programme, kProgramme);
  EXPECT_EQ(ws.participants.size(), 2u);
}

TEST(SavedWorkspace, ReadsBackTheSame) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  ws.secret = std::string(64, 'a');
  ws.without_programme = true;
  ResultFile rich = person(1, 2, Period{2026, 1});
  rich.background.gender = "kvinna";
  rich.modules = {ModuleRecord{"saker-inloggning", Period{2026, 1}, std::nullopt, 0.25}};
  rich.manager = ManagerRecord{"chefsenkat", Period{2026, 1}, {{"rutin-anpassad", {"ja"}}}};
  import_result(ws, "rich.json", result_to_json(rich), catalog);
  import_result(ws, "t1.json", result_to_json(person(1, 3, Period{2026, 2}, Round::t1)), catalog);
  import_result(ws, "again.json", result_to_json(person(1, 3, Period{2026, 2}, Round::t1)), catalog);
  import_result(ws, "bad.json", "{}", catalog);
  import_result(ws, "other.json", result_to_json(person(2, 0)), catalog);
  const std::string text = workspace_to_json(ws);
  // A line for the format and the log, then a line per person: one compact result file each.
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2);
  EXPECT_EQ(text.substr(text.find('\n') + 1, text.find('\n', text.find('\n') + 1) - text.find('\n') - 1),
            result_to_compact_json(ws.participants.begin()->second));
  std::vector<Problem> problems;
  const auto back = workspace_from_json(text, catalog, problems);
  ASSERT_TRUE(back.has_value()) << test::list_problems(problems);
  EXPECT_TRUE(problems.empty()) << test::list_problems(problems);
  EXPECT_TRUE(*back == ws);
  EXPECT_EQ(back->programme, kProgramme);
  EXPECT_EQ(back->secret, ws.secret);
  EXPECT_TRUE(back->without_programme);
  EXPECT_EQ(back->log[3].problems.at(0).code, ws.log[3].problems.at(0).code);
  EXPECT_EQ(workspace_to_json(*back), text);
}

TEST(SavedWorkspace, ARecordThatNoLongerFitsTheContentIsLeftOutAndNamed) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  import_result(ws, "a.json", result_to_json(person(1, 2)), catalog);
  ResultFile no_rounds = person(2, 2);
  no_rounds.rounds.clear();
  import_result(ws, "b.json", result_to_json(no_rounds), catalog);
  Catalog changed = catalog;  // the content lost a statement since the files were read
  changed.instrument->statements.erase(changed.instrument->statements.begin());
  std::vector<Problem> problems;
  const auto back = workspace_from_json(workspace_to_json(ws), changed, problems);
  ASSERT_TRUE(back.has_value());
  ASSERT_EQ(back->participants.size(), 1u) << test::list_problems(problems);
  EXPECT_EQ(back->participants.begin()->second, no_rounds);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].code, "result.unknown_statement");
  EXPECT_EQ(back->log.size(), 2u);
}

TEST(SavedWorkspace, AnAlteredRecordIsLeftOut) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  import_result(ws, "a.json", result_to_json(person(1, 2)), catalog);
  const std::string text = workspace_to_json(ws);
  const std::size_t line = text.find('\n') + 1;
  auto doc = nlohmann::ordered_json::parse(text.substr(line));
  doc["self_assessment"][0]["answers"]["info-1"] = 3;
  std::vector<Problem> problems;
  const auto back = workspace_from_json(text.substr(0, line) + doc.dump(), catalog, problems);
  ASSERT_TRUE(back.has_value());
  EXPECT_TRUE(back->participants.empty());
  EXPECT_FALSE(problems.empty());
}

TEST(SavedWorkspace, AWorkspaceKeptByVersionOneStillReads) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  import_result(ws, "a.json", result_to_json(person(1, 2)), catalog);
  import_result(ws, "b.json", result_to_json(person(2, 0)), catalog);
  import_result(ws, "bad.json", "{}", catalog);
  // Version 1 kept one document: the records compactly under "participants", then the log.
  nlohmann::ordered_json v1 = {{"format", "digilyft-workspace"}, {"version", 1}};
  v1["participants"] = nlohmann::ordered_json::array();
  for (const auto& [code, record] : ws.participants) {
    v1["participants"].push_back(nlohmann::ordered_json::parse(result_to_json(record)));
  }
  const std::string current = workspace_to_json(ws);
  v1["log"] = nlohmann::ordered_json::parse(current.substr(0, current.find('\n')))["log"];
  std::vector<Problem> problems;
  const auto back = workspace_from_json(v1.dump(), catalog, problems);
  ASSERT_TRUE(back.has_value()) << test::list_problems(problems);
  EXPECT_TRUE(problems.empty()) << test::list_problems(problems);
  EXPECT_EQ(back->participants, ws.participants);
  EXPECT_EQ(back->secret, "");  // versions 1 and 2 had none: the app makes one
  EXPECT_EQ(back->programme, "");
}

TEST(SavedWorkspace, AWorkspaceKeptByVersionTwoStillReads) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  import_result(ws, "a.json", result_to_json(person(1, 2)), catalog);
  std::string text = workspace_to_json(ws);
  auto head = nlohmann::ordered_json::parse(text.substr(0, text.find('\n')));
  head["version"] = 2;
  head.erase("programme");
  head.erase("secret");
  head.erase("without_programme");
  text = head.dump() + text.substr(text.find('\n'));
  std::vector<Problem> problems;
  const auto back = workspace_from_json(text, catalog, problems);
  ASSERT_TRUE(back.has_value()) << test::list_problems(problems);
  EXPECT_EQ(back->participants, ws.participants);
  EXPECT_EQ(back->log.size(), 1u);
  EXPECT_EQ(back->secret, "");
}

TEST(SavedWorkspace, ABrokenSecretIsNotKept) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  ws.secret = "not-a-secret";
  std::vector<Problem> problems;
  const auto back = workspace_from_json(workspace_to_json(ws), catalog, problems);
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->secret, "");
}

TEST(SavedWorkspace, UnreadableTextGivesNothing) {
  const Catalog catalog = test::fixture_catalog();
  for (const char* text : {"", "[]", "{\"format\":\"digilyft-result\"}", "{\"format\":\"digilyft-workspace\",\"version\":9}",
                           "{\"format\":\"digilyft-workspace\",\"version\":2}\n{}",  // no log
                           "{\"format\":\"digilyft-workspace\",\"version\":3}",        // no log
                           "{\"format\":\"digilyft-workspace\",\"version\":1,\"log\":[]}",  // no participants
                           // Found by fuzzing: another type where a string or number belongs threw.
                           "{\"format\":3,\"log\":[]}\n{\"format\":3}",
                           "{\"format\":\"digilyft-workspace\",\"version\":\"3\",\"log\":[]}",
                           "{\"format\":null,\"version\":3,\"log\":[]}"}) {
    std::vector<Problem> problems;
    EXPECT_FALSE(workspace_from_json(text, catalog, problems).has_value()) << text;
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].code, "workspace.unreadable");
  }
}

}  // namespace
}  // namespace dl
