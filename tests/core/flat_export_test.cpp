// The flat export (core/flat_export.hpp): a row per answer with the documented columns, the person
// named by their record key only, participants without a key left out, odd values quoted.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/flat_export.hpp"
#include "report_fixtures.hpp"

namespace dl::test {
namespace {

Workspace one_person() {
  ResultFile file;
  file.programme = "4E2FV5NJ";
  file.organisation = "org-1";
  file.participant = "K7QM-4XPD";
  file.exported = Period{2026, 4};
  file.background.gender = "kvinna";
  file.background.role_family = "omsorg";
  file.modules.push_back(ModuleRecord{"digital-dokumentation", Period{2026, 3}, Period{2026, 4}, 1.25});
  AssessmentRound t1;
  t1.instrument_id = "digcomp-omsorg";
  t1.round = Round::t1;
  t1.period = Period{2026, 4};
  t1.answers = {{"comm-1", 2}, {"info-1", kNotApplicable}};
  t1.then = {{"comm-1", 1}};
  t1.evaluation = {{"eval-1", 5}};
  file.rounds.push_back(t1);
  file.manager = ManagerRecord{"chefsenkat", Period{2026, 4}, {{"rutiner", {"a", "b"}}}};
  Workspace workspace;
  workspace.participants.emplace(file.participant, file);
  return workspace;
}

std::vector<std::string> lines_of(const Workspace& workspace, const RecordKeys& keys, std::size_t* count = nullptr) {
  std::vector<std::string> lines;
  const std::size_t n = write_flat_export(workspace, keys, [&](const std::string& line) { lines.push_back(line); });
  if (count != nullptr) *count = n;
  return lines;
}

TEST(FlatExport, ARowPerAnswerUnderTheDocumentedColumns) {
  const Workspace workspace = one_person();
  const RecordKeys keys = {{"K7QM-4XPD", 18446744073709551615ULL}};
  std::size_t count = 0;
  const auto lines = lines_of(workspace, keys, &count);
  const std::string p = "18446744073709551615,4E2FV5NJ,org-1,kvinna,,omsorg,,";
  EXPECT_EQ(lines, (std::vector<std::string>{
                       kFlatExportHeader,
                       p + "participant,,2026-Q4,,,,",
                       p + "course,,2026-Q3,digital-dokumentation,,2026-Q4,1.25",
                       p + "self_assessment,T1,2026-Q4,comm-1,2,,",
                       p + "self_assessment,T1,2026-Q4,info-1,na,,",
                       p + "then,T1,2026-Q4,comm-1,1,,",
                       p + "evaluation,T1,2026-Q4,eval-1,5,,",
                       p + "manager_survey,,2026-Q4,rutiner,a,,",
                       p + "manager_survey,,2026-Q4,rutiner,b,,",
                   }));
  EXPECT_EQ(count, lines.size() - 1);
  for (const std::string& line : lines) EXPECT_EQ(line.find("K7QM"), std::string::npos) << "no participant code";
}

TEST(FlatExport, AParticipantWithoutARecordKeyIsLeftOutAsTheTablesLeaveThemOut) {
  std::size_t count = 1;
  const auto lines = lines_of(one_person(), RecordKeys{}, &count);
  EXPECT_EQ(lines, std::vector<std::string>{kFlatExportHeader});
  EXPECT_EQ(count, 0u);
}

TEST(FlatExport, AValueWithACommaOrAQuoteIsQuoted) {
  Workspace workspace = one_person();
  workspace.participants.begin()->second.organisation = "a,\"b\"";
  const auto lines = lines_of(workspace, keys_for(workspace));
  EXPECT_NE(lines[1].find(",\"a,\"\"b\"\"\","), std::string::npos) << lines[1];
}

}  // namespace
}  // namespace dl::test
