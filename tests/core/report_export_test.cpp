// The report's files: CSV for Swedish Excel (BOM, ';', CRLF, quoting, decimal comma, no formulas,
// the table and the selection named in its first lines and its file name) and the printable HTML
// report (self-contained, A4, escaped, the protection in plain words, the chart).
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "core/report.hpp"

namespace dl {
namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

// Cells as the report makes them: a figure, hidden (".."), or empty by definition ("–").
Cell count(double value) { return Cell{Cell::Show::figure, value, false, 0}; }
Cell mean(double value) { return Cell{Cell::Show::figure, value, true, 0}; }
Cell hidden() { return Cell{Cell::Show::hidden, 0.0, false, 0}; }

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
  table.rows.push_back(row("Kvinna", {count(12), hidden(), count(40), count(55)}));
  table.rows.push_back(row("Man", {none_cell(), count(7), count(9), count(16)}));
  table.rows.push_back(row("Totalt", {count(12), count(10), count(49), count(71)}, true));
  return table;
}

ReportTable means_table() {
  ReportTable table;
  table.id = "sjalvskattning";
  table.title = "Självskattning per område";
  table.columns = {"Område", "Före", "Förändring"};
  table.rows.push_back(row("Säkerhet", {mean(63.46), mean(-3.5)}));
  return table;
}

Report sample_report(Lang lang) {
  Report report;
  report.lang = lang;
  report.participants = count(71);
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

Report report_in(Lang lang) {
  Report report;
  report.lang = lang;
  return report;
}

TEST(TableCsv, StartsWithBomTitleAndSelectionAndUsesSemicolonsAndCrlf) {
  const std::string csv = table_csv(participants_table(), report_in(Lang::sv));
  EXPECT_EQ(csv.rfind("\xEF\xBB\xBF" "Deltagare efter kön och ålder\r\nUrval: alla\r\nTalen är ändrade lite, högst 3 "
                      "upp eller ned, för att skydda deltagarna. .. = för få för att visas. – = kan inte finnas "
                      "här.\r\n\r\nKön;≤29;30–54;55+;Totalt\r\n", 0), 0u);
  EXPECT_TRUE(contains(csv, "\r\nKvinna;12;..;40;55\r\n"));
  EXPECT_TRUE(contains(csv, "\r\nMan;–;7;9;16\r\n"));
  const std::string last = "\r\nTotalt;12;10;49;71\r\n";
  EXPECT_EQ(csv.substr(csv.size() - last.size()), last);
  EXPECT_EQ(occurrences(csv, "\r\n"), 8u);  // title, selection, the signs, empty line, heads, three rows
  EXPECT_EQ(occurrences(csv, "\n"), 8u);    // no bare line feeds
}

TEST(TableCsv, TheFilterIsNamedInTheFirstLinesAndTheFileName) {
  Report report = report_in(Lang::sv);
  report.filter.organisation = "soderby";
  report.filter.role_family = "omsorg";
  report.filter.work_setting = "hemtjanst";
  report.filter.period = Period{2026, 4};
  report.organisation_names = {{"soderby", "Söderby kommun"}};
  const std::string csv = table_csv(participants_table(), report);
  // One field, quoted for its semicolons, so Excel shows the whole selection in the first cell.
  EXPECT_TRUE(contains(csv, "\r\n\"Urval: Organisation: Söderby kommun (soderby); Yrkesgrupp: Omsorg (undersköterska, "
                            "vårdbiträde); Arbetsplats: Hemtjänst; Period: 2026, kvartal 4\"\r\nTalen är ändrade"));
  EXPECT_EQ(table_csv_name(participants_table(), report.filter),
            "deltagare-kon-alder_org-soderby_yrke-omsorg_arbetsplats-hemtjanst_2026-Q4.csv");
  EXPECT_EQ(table_csv_name(participants_table(), ReportFilter{}), "deltagare-kon-alder.csv");
  EXPECT_EQ(report_html_name(report.filter), "digilyft-rapport_org-soderby_yrke-omsorg_arbetsplats-hemtjanst_2026-Q4.html");
  EXPECT_EQ(report_html_name(ReportFilter{}), "digilyft-rapport.html");
  report.lang = Lang::en;
  EXPECT_TRUE(contains(table_csv(participants_table(), report), "\r\n\"Selection: Organisation: Söderby kommun (soderby);"));
  EXPECT_EQ(filter_text(ReportFilter{}, {}, Lang::sv), "");
}

TEST(TableCsv, DecimalCommaInSwedishAndPointInEnglish) {
  EXPECT_TRUE(contains(table_csv(means_table(), report_in(Lang::sv)), "\r\nSäkerhet;63,5;-3,5\r\n"));
  EXPECT_TRUE(contains(table_csv(means_table(), report_in(Lang::en)), "\r\nSäkerhet;63.5;-3.5\r\n"));
}

TEST(TableCsv, QuotesFieldsWithSeparatorsQuotesAndLineBreaks) {
  ReportTable table;
  table.columns = {"Modul; del", "Antal"};
  table.rows.push_back(row("Säg \"hej\"", {count(5)}));
  table.rows.push_back(row("två\nrader", {count(6)}));
  table.rows.push_back(row("vagn\rretur", {count(7)}));
  table.title = "Titel; med \"citat\"";
  const std::string csv = table_csv(table, report_in(Lang::sv));
  EXPECT_TRUE(contains(csv, "\xEF\xBB\xBF\"Titel; med \"\"citat\"\"\"\r\n"));
  EXPECT_TRUE(contains(csv, "\r\n\"Modul; del\";Antal\r\n"));
  EXPECT_TRUE(contains(csv, "\r\n\"Säg \"\"hej\"\"\";5\r\n"));
  EXPECT_TRUE(contains(csv, "\r\n\"två\nrader\";6\r\n"));
  EXPECT_TRUE(contains(csv, "\r\n\"vagn\rretur\";7\r\n"));
}

TEST(TableCsv, TextThatLooksLikeAFormulaIsKeptAsText) {
  ReportTable table;
  table.columns = {"=SUM(A1)", "+1"};
  table.rows.push_back(row("-2+3", {count(5)}));
  table.rows.push_back(row("@cmd", {count(6)}));
  table.rows.push_back(row("=1;2", {count(7)}));
  table.rows.push_back(row("Vanlig", {mean(-1.25)}));
  table.title = "=HYPERLINK(x)";
  const std::string csv = table_csv(table, report_in(Lang::sv));
  EXPECT_TRUE(contains(csv, "\xEF\xBB\xBF'=HYPERLINK(x)\r\n"));
  EXPECT_TRUE(contains(csv, "\r\n'=SUM(A1);'+1\r\n"));
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
  report.filter.work_setting = "hemtjanst";
  report.filter.period = Period{2026, 4};
  const std::string html = report_html(report, "Digilyft Norr");
  EXPECT_TRUE(contains(html, "<title>Digilyft – resultat för Digilyft Norr</title>"));
  EXPECT_TRUE(contains(html, "<h1>Digilyft – resultat för Digilyft Norr</h1>"));
  EXPECT_TRUE(contains(html, "<dt>Organisation</dt><dd>kommun-a</dd>"));
  EXPECT_TRUE(std::regex_search(html, std::regex("<dt>Yrkesgrupp</dt><dd>[^<]*[Oo]msorg")));
  EXPECT_TRUE(contains(html, "<dt>Arbetsplats</dt><dd>Hemtjänst</dd>"));
  EXPECT_TRUE(contains(html, "<dt>Period</dt><dd>2026, kvartal 4</dd>"));
  // The exact number of files read would give away the exact number of participants.
  EXPECT_FALSE(contains(html, "resultatfiler</dt>"));
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

TEST(ReportHtml, ExplainsTheProtectionInPlainWords) {
  const std::string sv = report_html(sample_report(Lang::sv), "P");
  EXPECT_TRUE(contains(sv, "upp eller ned med högst 3"));
  EXPECT_TRUE(contains(sv, "Samma grupp av personer får alltid samma tal"));
  EXPECT_TRUE(contains(sv, "<dt>..</dt><dd>för få personer: talet visas inte.</dd>"));
  EXPECT_TRUE(contains(sv, "<dt>–</dt><dd>finns inte här"));
  EXPECT_FALSE(contains(sv, "<dt>x</dt>"));
  EXPECT_FALSE(contains(sv, "&lt;5"));
  const std::string en = report_html(sample_report(Lang::en), "P");
  EXPECT_TRUE(contains(en, "<html lang=\"en\">"));
  EXPECT_TRUE(contains(en, "<h1>Digilyft – results for P</h1>"));
  EXPECT_TRUE(contains(en, "up or down by at most 3"));
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
  EXPECT_EQ(occurrences(html, "<svg"), 1u);
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
  EXPECT_TRUE(contains(html, "<tr><th scope=\"row\">Kvinna</th><td>12</td><td>..</td><td>40</td><td>55</td></tr>"));
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
  EXPECT_EQ(occurrences(html, "<rect class=\"bar\""), visible);
  EXPECT_EQ(occurrences(html, "<svg "), 1u);
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
