// The report's files: CSV for Swedish Excel (BOM, ';', CRLF, quoting, decimal comma, no formulas)
// and the printable HTML report (self-contained, A4, escaped, the suppression rule, the chart).
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "core/report.hpp"

namespace dl {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

ReportRow row(const std::string& label, std::vector<Cell> cells, bool total = false) {
  ReportRow r;
  r.label = label;
  r.cells = std::move(cells);
  r.total = total;
  return r;
}

ReportTable participants_table() {
  ReportTable table;
  table.id = "deltagare-kon-alder";
  table.title = "Deltagare efter kön och ålder";
  table.note = "Antal personer med minst en besvarad självskattning.";
  table.columns = {"Kön", "≤29", "30–54", "55+", "Totalt"};
  table.rows.push_back(row("Kvinna", {count_cell(12), count_cell(3), count_cell(40), count_cell(55)}));
  table.rows.push_back(row("Man", {count_cell(0), count_cell(7), count_cell(9), count_cell(16)}));
  table.rows.push_back(row("Totalt", {count_cell(12), count_cell(10), count_cell(49), count_cell(71)}, true));
  return table;
}

ReportTable means_table() {
  ReportTable table;
  table.id = "sjalvskattning";
  table.title = "Självskattning per område";
  table.columns = {"Område", "Före", "Förändring"};
  table.rows.push_back(row("Säkerhet", {mean_cell(20, 63.46), mean_cell(18, -3.5)}));
  return table;
}

Report sample_report(Lang lang) {
  Report report;
  report.lang = lang;
  report.files_read = 80;
  report.participants = count_cell(71);
  report.tables = {participants_table(), means_table()};
  report.chart = {
      ChartBar{"Informations- och datakompetens", Round::t0, 41.0},
      ChartBar{"Informations- och datakompetens", Round::t1, 55.5},
      ChartBar{"Informations- och datakompetens", Round::t2, std::nullopt},
      ChartBar{"Säkerhet", Round::t0, 38.25},
      ChartBar{"Säkerhet", Round::t1, std::nullopt},
      ChartBar{"Säkerhet", Round::t2, 60.0},
  };
  return report;
}

// ---- CSV ----

TEST(TableCsv, StartsWithBomAndUsesSemicolonsAndCrlf) {
  const std::string csv = table_csv(participants_table(), Lang::sv);
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF" "Kön;≤29;30–54;55+;Totalt\r\n", 0), 0u);
  EXPECT_TRUE(contains(csv, "\r\nKvinna;12;<5;40;55\r\n"));
  EXPECT_TRUE(contains(csv, "\r\nMan;–;7;9;16\r\n"));
  const std::string last = "\r\nTotalt;12;10;49;71\r\n";
  EXPECT_EQ(csv.substr(csv.size() - last.size()), last);
  EXPECT_EQ(count(csv, "\r\n"), 4u);  // heads + three rows
  EXPECT_EQ(count(csv, "\n"), 4u);    // no bare line feeds
}

TEST(TableCsv, DecimalCommaInSwedishAndPointInEnglish) {
  EXPECT_TRUE(contains(table_csv(means_table(), Lang::sv), "\r\nSäkerhet;63,5;-3,5\r\n"));
  EXPECT_TRUE(contains(table_csv(means_table(), Lang::en), "\r\nSäkerhet;63.5;-3.5\r\n"));
}

TEST(TableCsv, QuotesFieldsWithSeparatorsQuotesAndLineBreaks) {
  ReportTable table;
  table.columns = {"Modul; del", "Antal"};
  table.rows.push_back(row("Säg \"hej\"", {count_cell(5)}));
  table.rows.push_back(row("två\nrader", {count_cell(6)}));
  table.rows.push_back(row("vagn\rretur", {count_cell(7)}));
  const std::string csv = table_csv(table, Lang::sv);
  EXPECT_TRUE(contains(csv, "\xEF\xBB\xBF\"Modul; del\";Antal\r\n"));
  EXPECT_TRUE(contains(csv, "\r\n\"Säg \"\"hej\"\"\";5\r\n"));
  EXPECT_TRUE(contains(csv, "\r\n\"två\nrader\";6\r\n"));
  EXPECT_TRUE(contains(csv, "\r\n\"vagn\rretur\";7\r\n"));
}

TEST(TableCsv, TextThatLooksLikeAFormulaIsKeptAsText) {
  ReportTable table;
  table.columns = {"=SUM(A1)", "+1"};
  table.rows.push_back(row("-2+3", {count_cell(5)}));
  table.rows.push_back(row("@cmd", {count_cell(6)}));
  table.rows.push_back(row("=1;2", {count_cell(7)}));
  table.rows.push_back(row("Vanlig", {mean_cell(9, -1.25)}));
  const std::string csv = table_csv(table, Lang::sv);
  EXPECT_TRUE(contains(csv, "\xEF\xBB\xBF'=SUM(A1);'+1\r\n"));
  EXPECT_TRUE(contains(csv, "\r\n'-2+3;5\r\n"));
  EXPECT_TRUE(contains(csv, "\r\n'@cmd;6\r\n"));
  EXPECT_TRUE(contains(csv, "\r\n\"'=1;2\";7\r\n"));
  EXPECT_TRUE(contains(csv, "\r\nVanlig;-1,3\r\n"));  // a figure stays a figure
}

// ---- HTML ----

TEST(ReportHtml, IsSelfContainedWithNothingFetched) {
  const std::string html = report_html(sample_report(Lang::sv), "Digilyft Norr");
  EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"sv\">", 0), 0u);
  EXPECT_TRUE(contains(html, "<meta charset=\"utf-8\">"));
  EXPECT_TRUE(contains(html, "</html>\n"));
  for (const char* banned : {"http", "src=", "href=", "<script", "<link", "<img", "<iframe", "<object",
                             "url(", "@import", "javascript:", "xlink"}) {
    EXPECT_FALSE(contains(html, banned)) << banned;
  }
  EXPECT_FALSE(std::regex_search(html, std::regex(R"(<[^>]*\son[a-z]+\s*=)")));  // no event handlers
}

TEST(ReportHtml, PrintsOnA4WithoutSplittingRows) {
  const std::string html = report_html(sample_report(Lang::sv), "Digilyft Norr");
  EXPECT_TRUE(contains(html, "@page { size: A4;"));
  EXPECT_TRUE(contains(html, "tr { page-break-inside: avoid; break-inside: avoid; }"));
  EXPECT_TRUE(contains(html, "thead { display: table-header-group; }"));
  EXPECT_TRUE(contains(html, "font-size: 11pt"));
}

TEST(ReportHtml, TitleFilterAndCountsInSwedish) {
  Report report = sample_report(Lang::sv);
  report.filter.organisation = "kommun-a";
  report.filter.role_family = "omsorg";
  report.filter.period = Period{2026, 4};
  const std::string html = report_html(report, "Digilyft Norr");
  EXPECT_TRUE(contains(html, "<title>Digilyft – resultat för Digilyft Norr</title>"));
  EXPECT_TRUE(contains(html, "<h1>Digilyft – resultat för Digilyft Norr</h1>"));
  EXPECT_TRUE(contains(html, "<dt>Organisation</dt><dd>kommun-a</dd>"));
  EXPECT_TRUE(std::regex_search(html, std::regex("<dt>Yrkesgrupp</dt><dd>[^<]*[Oo]msorg")));
  EXPECT_TRUE(contains(html, "<dt>Period</dt><dd>2026, kvartal 4</dd>"));
  EXPECT_TRUE(contains(html, "<dt>Inlästa resultatfiler</dt><dd>80</dd>"));
  EXPECT_TRUE(contains(html, "<dt>Deltagare i tabellerna</dt><dd>71</dd>"));
  report.organisation_names = {{"kommun-a", "Kommun A & B"}};
  EXPECT_TRUE(contains(report_html(report, ""), "<dt>Organisation</dt><dd>Kommun A &amp; B (kommun-a)</dd>"));
}

TEST(ReportHtml, NoFilterReadsAll) {
  const std::string html = report_html(sample_report(Lang::sv), "");
  EXPECT_TRUE(contains(html, "<h1>Digilyft – resultat</h1>"));
  EXPECT_TRUE(contains(html, "<dt>Organisation</dt><dd>alla</dd>"));
  EXPECT_TRUE(contains(html, "<dt>Period</dt><dd>alla</dd>"));
}

TEST(ReportHtml, ExplainsTheSuppressionRuleInPlainWords) {
  const std::string sv = report_html(sample_report(Lang::sv), "P");
  EXPECT_TRUE(contains(sv, "Därför visas ingen siffra som bygger på färre än fem personer."));
  EXPECT_TRUE(contains(sv, "<dt>&lt;5</dt><dd>färre än fem personer. Siffran visas inte.</dd>"));
  const std::string en = report_html(sample_report(Lang::en), "P");
  EXPECT_TRUE(contains(en, "<html lang=\"en\">"));
  EXPECT_TRUE(contains(en, "<h1>Digilyft – results for P</h1>"));
  EXPECT_TRUE(contains(en, "So no figure that rests on fewer than five people is shown."));
}

TEST(ReportHtml, ExplainsTheSecondHiddenSignOnlyWhenATableShowsIt) {
  Report report = sample_report(Lang::sv);
  EXPECT_FALSE(contains(report_html(report, "P"), "<dt>x</dt>"));
  Cell second = count_cell(9);
  second.suppressed = true;
  second.secondary = true;
  report.tables[0].rows[1].cells[1] = second;
  EXPECT_EQ(contains(report_html(report, "P"), "<dt>x</dt>"), cell_text(second, Lang::sv) == "x");
}

TEST(ReportHtml, EscapesEveryText) {
  Report report = sample_report(Lang::sv);
  report.filter.organisation = "<b>";
  report.tables[0].title = "A & B <i>";
  report.tables[0].note = "\"citat\"";
  report.tables[0].columns[1] = "<th>";
  report.tables[0].rows[0].label = "<script>x</script>";
  report.chart[0].area = "Område <svg>";
  report.chart[1].area = "Område <svg>";
  report.chart[2].area = "Område <svg>";
  const std::string html = report_html(report, "Norr & Söder <script>alert('x')</script>");
  EXPECT_FALSE(contains(html, "<script"));
  EXPECT_FALSE(contains(html, "<b>"));
  EXPECT_FALSE(contains(html, "<i>"));
  EXPECT_EQ(count(html, "<svg"), 1u);
  EXPECT_TRUE(contains(html, "Norr &amp; Söder &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
  EXPECT_TRUE(contains(html, "<dd>&lt;b&gt;</dd>"));
  EXPECT_TRUE(contains(html, "<h2>A &amp; B &lt;i&gt;</h2>"));
  EXPECT_TRUE(contains(html, "&quot;citat&quot;"));
  EXPECT_TRUE(contains(html, "<th scope=\"col\">&lt;th&gt;</th>"));
  EXPECT_TRUE(contains(html, "<th scope=\"row\">&lt;script&gt;x&lt;/script&gt;</th>"));
  EXPECT_TRUE(contains(html, "Område &lt;svg&gt;"));
}

TEST(ReportHtml, EveryTableWithItsRowsAndNote) {
  const std::string html = report_html(sample_report(Lang::sv), "P");
  EXPECT_TRUE(contains(html, "<section class=\"table\" id=\"deltagare-kon-alder\">"));
  EXPECT_TRUE(contains(html, "<h2>Deltagare efter kön och ålder</h2>"));
  EXPECT_TRUE(contains(html, "<tr><th scope=\"row\">Kvinna</th><td>12</td><td>&lt;5</td><td>40</td><td>55</td></tr>"));
  EXPECT_TRUE(contains(html, "<tr class=\"total\"><th scope=\"row\">Totalt</th>"));
  EXPECT_TRUE(contains(html, "<p class=\"note\">Antal personer med minst en besvarad självskattning.</p>"));
  EXPECT_TRUE(contains(html, "<td>63,5</td><td>-3,5</td>"));
  EXPECT_LT(html.find("deltagare-kon-alder"), html.find("id=\"sjalvskattning\""));
}

TEST(ReportHtml, ChartHasOneBarPerVisibleValueAndNamesTheHiddenOnes) {
  const Report report = sample_report(Lang::sv);
  const std::string html = report_html(report, "P");
  std::size_t visible = 0;
  for (const ChartBar& bar : report.chart) visible += bar.score ? 1 : 0;
  EXPECT_EQ(count(html, "<rect class=\"bar\""), visible);
  EXPECT_EQ(count(html, "<svg "), 1u);
  EXPECT_TRUE(contains(html, "role=\"img\""));
  EXPECT_TRUE(contains(html, ">55,5</text>"));
  EXPECT_TRUE(contains(html, ">38,3</text>"));
  EXPECT_TRUE(contains(html, "Staplar som inte visas: Informations- och datakompetens, Uppföljning; "
                             "Säkerhet, Efter kursen."));
  // Every round is named in the legend, in plain words.
  for (const Round round : kAllRounds) EXPECT_TRUE(contains(html, tr(Lang::sv, round_name(round))));
}

TEST(ReportHtml, NoChartWithoutBars) {
  Report report = sample_report(Lang::sv);
  report.chart.clear();
  const std::string html = report_html(report, "P");
  EXPECT_FALSE(contains(html, "<svg"));
  EXPECT_FALSE(contains(html, "Staplar som inte visas"));
}

}  // namespace
}  // namespace dl
