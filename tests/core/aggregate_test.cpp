// Tests for the coordinator's side: small-cell suppression, cell texts, import with replacement,
// a bad file changing nothing, and area means from each person's latest round (T2 over T1 over T0).
#include "core/aggregate.hpp"

#include <gtest/gtest.h>

#include "core/participant_code.hpp"
#include "fixtures.hpp"

namespace dl {
namespace {

TEST(Cells, SuppressionAtZeroOneFourFive) {
  EXPECT_FALSE(count_cell(0).suppressed);
  EXPECT_FALSE(count_cell(0).value.has_value());
  EXPECT_TRUE(count_cell(1).suppressed);
  EXPECT_TRUE(count_cell(4).suppressed);
  EXPECT_FALSE(count_cell(5).suppressed);
  EXPECT_EQ(count_cell(5).value, 5.0);
  EXPECT_FALSE(mean_cell(0, 0.0).suppressed);
  EXPECT_TRUE(mean_cell(1, 50.0).suppressed);
  EXPECT_TRUE(mean_cell(4, 50.0).suppressed);
  EXPECT_FALSE(mean_cell(5, 50.0).suppressed);
}

TEST(Cells, Text) {
  EXPECT_EQ(cell_text(count_cell(0), Lang::sv), "–");
  EXPECT_EQ(cell_text(count_cell(1), Lang::sv), "<5");
  EXPECT_EQ(cell_text(count_cell(4), Lang::en), "<5");
  EXPECT_EQ(cell_text(count_cell(5), Lang::sv), "5");
  EXPECT_EQ(cell_text(count_cell(1234), Lang::en), "1234");
  EXPECT_EQ(cell_text(mean_cell(0, 0.0), Lang::sv), "–");
  EXPECT_EQ(cell_text(mean_cell(3, 63.5), Lang::sv), "<5");
  EXPECT_EQ(cell_text(mean_cell(12, 63.5), Lang::sv), "63,5");
  EXPECT_EQ(cell_text(mean_cell(12, 63.5), Lang::en), "63.5");
  EXPECT_EQ(cell_text(mean_cell(12, 63.0), Lang::sv), "63,0");
  EXPECT_EQ(cell_text(mean_cell(12, 63.46), Lang::en), "63.5");
  EXPECT_EQ(cell_text(mean_cell(7, 100.0 / 3.0), Lang::sv), "33,3");
}

// A result file for participant number `n` whose every answer is `level`.
ResultFile person(int n, int level, Period period = Period{2026, 4}) {
  const Catalog catalog = test::fixture_catalog();
  ResultFile f;
  f.participant = make_participant_code(static_cast<std::uint64_t>(n) * 7919u + 17u);
  f.exported = period;
  AssessmentRound r;
  r.instrument_id = "digcomp-omsorg";
  r.period = period;
  for (const auto& s : catalog.instrument->statements) r.answers[s.id] = level;
  f.rounds.push_back(r);
  return f;
}

TEST(Import, AcceptsAGoodFile) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  import_result(ws, "a.json", result_to_json(person(1, 2)), catalog);
  ASSERT_EQ(ws.log.size(), 1u);
  EXPECT_TRUE(ws.log[0].accepted);
  EXPECT_FALSE(ws.log[0].replaced_earlier);
  EXPECT_TRUE(ws.log[0].problems.empty());
  EXPECT_EQ(ws.log[0].file_name, "a.json");
  ASSERT_EQ(ws.files.size(), 1u);
  EXPECT_EQ(ws.files[0], person(1, 2));
}

TEST(Import, ABadFileChangesNothingButTheLog) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  import_result(ws, "a.json", result_to_json(person(1, 2)), catalog);
  const auto files_before = ws.files;
  import_result(ws, "b.json", "not json at all", catalog);
  import_result(ws, "c.json", test::with(result_to_json(person(2, 1)), "/name", "Anna"), catalog);
  EXPECT_EQ(ws.files, files_before);
  ASSERT_EQ(ws.log.size(), 3u);
  EXPECT_FALSE(ws.log[1].accepted);
  EXPECT_EQ(ws.log[1].problems.at(0).code, "result.not_json");
  EXPECT_FALSE(ws.log[2].accepted);
  EXPECT_TRUE(test::has_problem(ws.log[2].problems, "result.unexpected_field", "/name"));
}

TEST(Import, SameParticipantReplacesAndCountsOnce) {
  const Catalog catalog = test::fixture_catalog();
  Workspace ws;
  for (int n = 0; n < 5; ++n) import_result(ws, "p" + std::to_string(n), result_to_json(person(n, 1)), catalog);
  import_result(ws, "again.json", result_to_json(person(0, 3, Period{2027, 1})), catalog);
  ASSERT_EQ(ws.files.size(), 5u);
  EXPECT_TRUE(ws.log.back().accepted);
  EXPECT_TRUE(ws.log.back().replaced_earlier);
  EXPECT_EQ(ws.files[0], person(0, 3, Period{2027, 1}));
  const AreaTable t = summarize_areas(ws.files, *catalog.instrument);
  EXPECT_EQ(t.participants.n, 5);
}

TEST(Summary, MeansPerAreaWithSuppression) {
  const Catalog catalog = test::fixture_catalog();
  std::vector<ResultFile> files;
  for (int n = 0; n < 4; ++n) files.push_back(person(n, 3));  // 100
  files.push_back(person(4, 0));                                // 0
  for (const Statement* st : catalog.instrument->statements_in(Area::problem_solving)) {
    files.back().rounds[0].answers[st->id] = kNotApplicable;  // no score in problem solving
  }
  const AreaTable t = summarize_areas(files, *catalog.instrument);
  EXPECT_EQ(t.participants.n, 5);
  EXPECT_FALSE(t.participants.suppressed);
  ASSERT_EQ(t.rows.size(), 5u);
  const AreaRow& info = t.rows[0];
  EXPECT_EQ(info.area, Area::information);
  EXPECT_EQ(info.participants.n, 5);
  EXPECT_DOUBLE_EQ(*info.mean_score.value, 80.0);
  EXPECT_EQ(cell_text(info.mean_score, Lang::sv), "80,0");
  const AreaRow& prob = t.rows[4];
  EXPECT_EQ(prob.participants.n, 4);
  EXPECT_TRUE(prob.mean_score.suppressed);
  EXPECT_EQ(cell_text(prob.mean_score, Lang::sv), "<5");
}

TEST(Summary, UsesLatestFinishedRoundPerParticipant) {
  const Catalog catalog = test::fixture_catalog();
  ResultFile f = person(1, 0, Period{2026, 1});
  AssessmentRound later = f.rounds[0];
  later.round = Round::t1;
  later.period = Period{2026, 3};
  for (auto& [id, level] : later.answers) level = 3;
  f.rounds.insert(f.rounds.begin(), later);  // later round listed first: the round decides
  const AreaTable t = summarize_areas({f}, *catalog.instrument);
  EXPECT_EQ(t.participants.n, 1);
  EXPECT_TRUE(t.participants.suppressed);
  EXPECT_DOUBLE_EQ(*t.rows[0].mean_score.value, 100.0);
}

TEST(Summary, SamePeriodLaterRoundWins) {
  const Catalog catalog = test::fixture_catalog();
  ResultFile f = person(1, 0);
  AssessmentRound second = f.rounds[0];
  second.round = Round::t1;
  for (auto& [id, level] : second.answers) level = 2;
  f.rounds.push_back(second);
  const AreaTable t = summarize_areas({f}, *catalog.instrument);
  EXPECT_EQ(*t.rows[0].mean_score.value, 67.0);
}

TEST(Summary, FollowUpOverAfterOverBefore) {
  const Catalog catalog = test::fixture_catalog();
  ResultFile f = person(1, 0, Period{2026, 1});
  AssessmentRound t1 = f.rounds[0];
  t1.round = Round::t1;
  t1.period = Period{2026, 2};
  for (auto& [id, level] : t1.answers) level = 1;
  AssessmentRound t2 = f.rounds[0];
  t2.round = Round::t2;
  t2.period = Period{2026, 4};
  for (auto& [id, level] : t2.answers) level = 3;
  f.rounds = {t2, f.rounds[0], t1};  // order in a hand-made file does not matter
  EXPECT_DOUBLE_EQ(*summarize_areas({f}, *catalog.instrument).rows[0].mean_score.value, 100.0);
  f.rounds = {f.rounds[1], f.rounds[2]};  // T0 and T1 only
  EXPECT_DOUBLE_EQ(*summarize_areas({f}, *catalog.instrument).rows[0].mean_score.value, 33.0);
}

TEST(Summary, DuplicateParticipantCountedOnce) {
  const Catalog catalog = test::fixture_catalog();
  std::vector<ResultFile> files = {person(1, 0), person(1, 3), person(2, 3)};
  const AreaTable t = summarize_areas(files, *catalog.instrument);
  EXPECT_EQ(t.participants.n, 2);
  EXPECT_DOUBLE_EQ(*t.rows[0].mean_score.value, 100.0);  // the later file of participant 1 counts
}

TEST(Summary, FilesWithoutARoundOfThisInstrumentDoNotCount) {
  const Catalog catalog = test::fixture_catalog();
  ResultFile other = person(1, 2);
  other.rounds[0].instrument_id = "another-instrument";
  ResultFile none = person(2, 2);
  none.rounds.clear();
  const AreaTable t = summarize_areas({other, none}, *catalog.instrument);
  EXPECT_EQ(t.participants.n, 0);
  EXPECT_EQ(cell_text(t.participants, Lang::sv), "–");
  for (const auto& row : t.rows) EXPECT_EQ(cell_text(row.mean_score, Lang::en), "–");
}

}  // namespace
}  // namespace dl
