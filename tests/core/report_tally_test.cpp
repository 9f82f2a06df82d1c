// The tables from a stream of participants (ReportTally, as digilyft-report builds them) equal
// make_report's from the workspace, byte for byte, under every kind of filter.
#include <random>

#include <gtest/gtest.h>

#include "core/report.hpp"
#include "core/result_file.hpp"
#include "populations.hpp"
#include "report_fixtures.hpp"

namespace dl {
namespace {

// A random population, a few of them without a programme, and a programme naming one
// organisation no file has.
struct Population {
  Catalog catalog = test::wide_catalog();
  Workspace ws;
  RecordKeys keys;
  ReportSetup setup;
  Population() {
    std::mt19937 rng(2024);
    ws = test::random_workspace(rng, catalog, 400);
    ws.without_programme = true;
    int loose = 0;
    for (auto& [code, file] : ws.participants) {
      if (++loose % 37 != 0) continue;
      file.programme.reset();
      file.organisation.reset();
    }
    keys = test::keys_for(ws);
    setup = test::setup_with(keys);
    setup.organisation_names = {{"a", "Kommun A"}, {"zz", "Kommun utan filer"}};
  }
};

// Each participant as the command-line tool has them: written as one compact line, read back,
// and added in participant code order.
Report streamed(const Population& p, const ReportFilter& filter, Lang lang) {
  ReportTally tally(p.catalog, filter, lang, p.setup, p.ws.without_programme);
  for (const auto& [code, file] : p.ws.participants) {
    std::vector<Problem> problems;
    const auto read = parse_result_file(result_to_compact_json(file), code, &p.catalog, problems);
    EXPECT_TRUE(read.has_value()) << code;
    if (read) tally.add(*read, p.keys.at(code));
  }
  return tally.finish();
}

void expect_same(const Report& expected, const Report& got, const std::string& what) {
  EXPECT_EQ(expected.too_small, got.too_small) << what;
  EXPECT_EQ(cell_text(expected.participants, Lang::sv), cell_text(got.participants, Lang::sv)) << what;
  EXPECT_EQ(expected.choices.organisations, got.choices.organisations) << what;
  EXPECT_EQ(expected.choices.periods, got.choices.periods) << what;
  ASSERT_EQ(expected.tables.size(), got.tables.size()) << what;
  for (std::size_t i = 0; i < expected.tables.size(); ++i) {
    EXPECT_EQ(table_csv(expected.tables[i], expected), table_csv(got.tables[i], got))
        << what << ": " << expected.tables[i].id;
  }
  EXPECT_EQ(report_html(expected, "P"), report_html(got, "P")) << what;
}

TEST(ReportTally, AStreamOfParticipantsGivesTheWorkspacesTables) {
  const Population p;
  std::vector<ReportFilter> filters(6);
  filters[1].organisation = "a";
  filters[2].role_family = "omsorg";
  filters[3].work_setting = "hemtjanst";
  filters[4].period = Period{2026, 2};
  filters[5].organisation = "b";
  filters[5].role_family = "chef";
  filters[5].period = Period{2026, 1};  // too small: no tables either way
  for (const ReportFilter& filter : filters) {
    for (Lang lang : {Lang::sv, Lang::en}) {
      const Report expected = make_report(p.ws, p.catalog, filter, lang, p.setup);
      const std::string what = filter_text(filter, {}, lang) + " " + lang_code(lang);
      if (&filter == &filters.back()) {
        EXPECT_TRUE(expected.too_small);
      }
      if (!filter.any()) {
        ASSERT_FALSE(expected.tables.empty());
        ASSERT_EQ(expected.tables[3].rows[expected.tables[3].rows.size() - 2].label,
                  lang == Lang::sv ? "Utan program" : "Without a programme");
      }
      expect_same(expected, streamed(p, filter, lang), what);
    }
  }
}

// The comparison does see a difference: one person's course hours changed in the stream.
TEST(ReportTally, AChangedParticipantChangesTheTables) {
  Population p;
  const Report expected = make_report(p.ws, p.catalog, {}, Lang::sv, p.setup);
  for (auto& [code, file] : p.ws.participants) {
    if (file.modules.empty()) continue;
    file.modules.front().hours += 20.0;
    break;
  }
  const Report got = streamed(p, {}, Lang::sv);
  bool differs = false;
  for (std::size_t i = 0; i < expected.tables.size(); ++i) {
    differs = differs || table_csv(expected.tables[i], expected) != table_csv(got.tables[i], got);
  }
  EXPECT_TRUE(differs);
}

}  // namespace
}  // namespace dl
