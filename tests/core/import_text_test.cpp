// Tests for what the coordinator reads about imported files (import_text.hpp): one line per
// outcome in both languages, and the summary with one and several files, people and failures.
#include "core/import_text.hpp"

#include <gtest/gtest.h>

#include "core/participant_code.hpp"

namespace dl {
namespace {

ImportEntry entry(const std::string& name, ImportOutcome outcome, std::vector<Round> once = {}) {
  ImportEntry e;
  e.file_name = name;
  e.outcome = outcome;
  e.rounds_counted_once = std::move(once);
  return e;
}

TEST(ImportText, OneLinePerOutcome) {
  EXPECT_EQ(import_entry_text(entry("a.json", ImportOutcome::added), Lang::sv), "a.json: Inläst.");
  EXPECT_EQ(import_entry_text(entry("a.json", ImportOutcome::added), Lang::en), "a.json: Read.");
  EXPECT_EQ(import_entry_text(entry("b.json", ImportOutcome::updated), Lang::sv),
            "b.json: Inläst. Nya svar från en deltagare som redan fanns.");
  EXPECT_EQ(import_entry_text(entry("c.json", ImportOutcome::duplicate, {Round::t0, Round::t1}), Lang::sv),
            "c.json: Redan inläst. Svaren före kurserna och efter kursen räknas en gång.");
  EXPECT_EQ(import_entry_text(entry("d.json", ImportOutcome::updated, {Round::t0}), Lang::en),
            "d.json: Read. The answers before the courses were already there and count once.");
  EXPECT_EQ(import_entry_text(entry("f.json", ImportOutcome::duplicate, {Round::t0, Round::t1, Round::t2}), Lang::sv),
            "f.json: Redan inläst. Svaren före kurserna, efter kursen och vid uppföljningen räknas en gång.");
  ImportEntry bad = entry("e.json", ImportOutcome::rejected);
  bad.problems.push_back(Problem{"result.bad_checksum", "e.json", "/checksum", ""});
  const std::string line = import_entry_text(bad, Lang::sv);
  EXPECT_EQ(line.rfind("e.json: Inte inläst. ", 0), 0u) << line;
  EXPECT_GT(line.size(), std::string("e.json: Inte inläst. ").size()) << "the reason follows";
}

TEST(ImportText, TheSummaryCountsInWholeWords) {
  Workspace ws;
  EXPECT_EQ(import_summary_text(ws, Lang::sv), "0 filer lästa. 0 deltagare. Alla filer kunde läsas.");
  ws.log.push_back(entry("a.json", ImportOutcome::added));
  ws.participants[make_participant_code(1)] = ResultFile{};
  EXPECT_EQ(import_summary_text(ws, Lang::sv), "1 fil läst. 1 deltagare. Alla filer kunde läsas.");
  EXPECT_EQ(import_summary_text(ws, Lang::en), "1 file read. 1 participant. Every file could be read.");
  ws.log.push_back(entry("b.json", ImportOutcome::rejected));
  EXPECT_EQ(import_summary_text(ws, Lang::sv), "2 filer lästa. 1 deltagare. 1 fil kunde inte läsas.");
  ws.log.push_back(entry("c.json", ImportOutcome::rejected));
  ws.participants[make_participant_code(2)] = ResultFile{};
  EXPECT_EQ(import_summary_text(ws, Lang::en), "3 files read. 2 participants. 2 files could not be read.");
}

}  // namespace
}  // namespace dl
