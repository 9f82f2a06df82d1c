// The report's tables as files a coordinator takes elsewhere (report.hpp): CSV that Swedish Excel
// opens as it is, and one self-contained printable HTML report for A4 with an inline SVG chart.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "csv_field.hpp"
#include "background.hpp"
#include "html_text.hpp"
#include "report.hpp"

namespace dl {
namespace {

// ---- CSV ------------------------------------------------------------------------------------

constexpr char kCsvSeparator = ';';  // Excel in Swedish reads ';'

// A spreadsheet runs a field that starts like a formula; text from content never should.
bool looks_like_formula(const std::string& field) {
  return !field.empty() && (field[0] == '=' || field[0] == '+' || field[0] == '-' || field[0] == '@');
}

// Labels and column heads are text; cells are figures from cell_text and stay as they are (a
// change may well be "-3,5").
std::string csv_text_field(const std::string& text) {
  return csv_field(looks_like_formula(text) ? "'" + text : text, kCsvSeparator);
}

// ---- HTML report: words -----------------------------------------------------------------------

// Whole phrases in both languages, with numbered places for what is filled in (i18n.hpp).
constexpr Phrase kTitle{"Digilyft – resultat", "Digilyft – results"};
constexpr Phrase kTitleFor{"Digilyft – resultat för {1}", "Digilyft – results for {1}"};
constexpr Phrase kFilterHeading{"Urval", "Selection"};
constexpr Phrase kSelectionLine{"Urval: {1}", "Selection: {1}"};
constexpr Phrase kOrganisation{"Organisation", "Organisation"};
constexpr Phrase kRoleFamily{"Yrkesgrupp", "Occupational group"};
constexpr Phrase kWorkSetting{"Arbetsplats", "Kind of workplace"};
constexpr Phrase kPeriod{"Period", "Period"};
constexpr Phrase kAll{"alla", "all"};
constexpr Phrase kQuarter{"{1}, kvartal {2}", "{1}, quarter {2}"};
constexpr Phrase kFilterPart{"{1}: {2}", "{1}: {2}"};
constexpr Phrase kParticipants{"Deltagare i tabellerna", "Participants in the tables"};
constexpr Phrase kRuleHeading{"Så skyddas deltagarna", "How the participants are protected"};
constexpr Phrase kRuleText{
    "Ingen ska kunna känna igen sig själv eller någon annan i tabellerna. Därför har varje antal "
    "ändrats lite, slumpmässigt: upp eller ned med högst 3. Samma grupp av personer får alltid samma "
    "tal, i alla tabeller och alla urval, så skillnader mellan tabeller avslöjar ingen. Ett antal som "
    "blir 0 till 4 visas inte. Summor av timmar har ändrats på samma sätt, och medelvärden och andelar "
    "räknas från de ändrade talen. Därför stämmer summorna inte alltid exakt med delarna.",
    "No one should be able to recognise themselves or anyone else in the tables. So every count has "
    "been changed a little, at random: up or down by at most 3. The same group of people always gets "
    "the same figure, in every table and every selection, so differences between tables reveal no "
    "one. A count that becomes 0 to 4 is not shown. Sums of hours are changed in the same way, and "
    "means and shares are computed from the changed figures. So totals do not always add up exactly."};
constexpr Phrase kLegendHidden{"för få personer: talet visas inte.", "too few people: the figure is not shown."};
constexpr Phrase kLegendNone{"finns inte här, till exempel en kurs som inte ingår i programmet.",
                             "does not exist here, for example a course that is not in the programme."};
constexpr Phrase kChartHeading{"Självskattning per område", "Self-assessment per area"};
constexpr Phrase kChartNote{"Medelpoäng 0–100 per DigComp-område, före kurserna, efter kursen och vid uppföljningen.",
                            "Mean score 0–100 per DigComp area, before the courses, after the course and at the follow-up."};
constexpr Phrase kChartHidden{"Staplar som inte visas: {1}. De bygger på för få personer.",
                              "Bars not shown: {1}. They rest on too few people."};
constexpr Phrase kChartScale{"Poäng 0–100", "Score 0–100"};
constexpr Phrase kFooter{"Digilyft. Tabellerna bygger på resultatfiler utan namn.",
                         "Digilyft. The tables rest on result files without names."};
constexpr Phrase kCsvNote{
    "Talen är ändrade lite, högst 3 upp eller ned, för att skydda deltagarna. .. = för få för att visas. "
    "– = kan inte finnas här.",
    "The figures are changed a little, at most 3 up or down, to protect the participants. .. = too few "
    "to show. – = cannot exist here."};

const PrintLayout kLayout{16, 11, "1.4"};
// The report's own rules, after the shared A4 base (html_text.hpp).
const char* const kStyle = R"(
h1 { font-size: 19pt; margin: 0 0 6pt; line-height: 1.2; }
h2 { font-size: 14pt; margin: 14pt 0 4pt; page-break-after: avoid; break-after: avoid; }
p { margin: 0 0 5pt; }
dl { display: grid; grid-template-columns: max-content auto; gap: 1pt 10pt; margin: 0 0 6pt; }
dt { font-weight: 600; }
dd { margin: 0; }
.rule { border: 1pt solid #777; border-radius: 4pt; padding: 6pt 8pt; margin: 8pt 0;
  page-break-inside: avoid; break-inside: avoid; }
.rule h2 { margin-top: 0; }
.legend dt { font-family: inherit; min-width: 18pt; }
figure { margin: 8pt 0; page-break-inside: avoid; break-inside: avoid; }
svg { width: 100%; height: auto; }
section { margin-top: 10pt; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; font-size: 10pt; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
th, td { border: 0.75pt solid #888; padding: 2pt 5pt; vertical-align: top; }
thead th { background: #e8eef6; text-align: left; }
td { text-align: right; white-space: nowrap; }
tbody th { text-align: left; font-weight: normal; }
tr.total th, tr.total td { font-weight: 700; border-top: 1.5pt solid #333; }
.note { font-size: 10pt; color: #333; }
footer { margin-top: 14pt; font-size: 9pt; color: #444; }
)";

const char* const kRoundFill[] = {"#a9c4e8", "#1d4f91", "#5b8a3c"};  // T0, T1, T2: apart in grey too

// ---- HTML report: parts ---------------------------------------------------------------------

std::string period_words(const Period& period, Lang lang) {
  return fill(tr(lang, kQuarter), {std::to_string(period.year), std::to_string(period.quarter)});
}

// A chart score shows the way a mean cell does (one decimal, decimal comma in Swedish).
std::string score_text(double score, Lang lang) {
  Cell cell;
  cell.show = Cell::Show::figure;
  cell.value = score;
  cell.decimal = true;
  return cell_text(cell, lang);
}

std::string definition(const std::string& term, const std::string& text) {
  return "<dt>" + html_escape(term) + "</dt><dd>" + html_escape(text) + "</dd>\n";
}

std::string selection_html(const Report& report) {
  const Lang lang = report.lang;
  const ReportFilter& filter = report.filter;
  const std::string all = tr(lang, kAll);
  std::string out = "<h2>" + std::string(tr(lang, kFilterHeading)) + "</h2>\n<dl class=\"selection\">\n";
  out += definition(tr(lang, kOrganisation), filter.organisation.empty()
                                            ? all
                                            : organisation_label(filter.organisation, report.organisation_names));
  out += definition(tr(lang, kRoleFamily), filter.role_family.empty()
                                           ? all
                                           : background_option_label("role_family", filter.role_family, report.lang));
  out += definition(tr(lang, kWorkSetting), filter.work_setting.empty()
                                            ? all
                                            : background_option_label("work_setting", filter.work_setting, report.lang));
  out += definition(tr(lang, kPeriod), filter.period ? period_words(*filter.period, lang) : all);
  out += definition(tr(lang, kParticipants), cell_text(report.participants, report.lang));
  return out + "</dl>\n";
}

std::string rule_html(Lang lang) {
  std::string out = "<div class=\"rule\">\n<h2>" + std::string(tr(lang, kRuleHeading)) + "</h2>\n";
  out += "<p>" + std::string(tr(lang, kRuleText)) + "</p>\n<dl class=\"legend\">\n";
  out += definition(kHiddenSymbol, tr(lang, kLegendHidden));
  out += definition("–", tr(lang, kLegendNone));
  return out + "</dl>\n</div>\n";
}

// Area names are long: up to three lines of about `width` characters under each group of bars.
std::vector<std::string> wrap_words(const std::string& text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string::npos) end = text.size();
    const std::string word = text.substr(start, end - start);
    if (!line.empty() && line.size() + 1 + word.size() > width && lines.size() < 2) {
      lines.push_back(line);
      line.clear();
    }
    line += (line.empty() ? "" : " ") + word;
    start = end + 1;
  }
  if (!line.empty()) lines.push_back(line);
  return lines;
}

std::string fixed(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

// Grouped bars: one group per area (in the order the chart lists them), one slot per round.
class ChartWriter {
 public:
  explicit ChartWriter(const Report& report) : report_(report), lang_(report.lang) {
    for (const ChartBar& bar : report.chart) {
      if (std::find(areas_.begin(), areas_.end(), bar.area) == areas_.end()) areas_.push_back(bar.area);
    }
  }

  std::string write() {
    if (areas_.empty()) return "";
    std::string out = "<section class=\"chart\">\n<h2>" + std::string(tr(lang_, kChartHeading)) + "</h2>\n";
    out += "<p class=\"note\">" + std::string(tr(lang_, kChartNote)) + "</p>\n<figure>\n";
    out += "<svg viewBox=\"0 0 " + fixed(kWidth) + " " + fixed(kHeight) +
           "\" role=\"img\" aria-labelledby=\"chart-title\">\n<title id=\"chart-title\">" +
           std::string(tr(lang_, kChartHeading)) + "</title>\n";
    out += axis();
    for (std::size_t i = 0; i < areas_.size(); ++i) out += group(i);
    out += legend();
    out += "</svg>\n</figure>\n";
    out += hidden_note();
    return out + "</section>\n";
  }

 private:
  static constexpr double kWidth = 640, kHeight = 290;
  static constexpr double kLeft = 44, kRight = 8, kTop = 30, kPlot = 200;  // plot height, 0..100
  static constexpr double kBottom = kTop + kPlot;

  double group_width() const { return (kWidth - kLeft - kRight) / static_cast<double>(areas_.size()); }
  static double y_of(double score) { return kBottom - kPlot * score / 100.0; }

  std::string axis() const {
    std::string out = "<g font-size=\"11\" fill=\"#333\">\n";
    for (int step = 0; step <= 100; step += 25) {
      const double y = y_of(step);
      out += "<line x1=\"" + fixed(kLeft) + "\" y1=\"" + fixed(y) + "\" x2=\"" + fixed(kWidth - kRight) +
             "\" y2=\"" + fixed(y) + "\" stroke=\"#ccc\" stroke-width=\"1\"/>\n";
      out += "<text x=\"" + fixed(kLeft - 6) + "\" y=\"" + fixed(y + 4) + "\" text-anchor=\"end\">" +
             std::to_string(step) + "</text>\n";
    }
    out += "<text x=\"" + fixed(kLeft) + "\" y=\"" + fixed(kTop - 14) + "\">" + tr(lang_, kChartScale) + "</text>\n";
    return out + "</g>\n";
  }

  std::string group(std::size_t index) const {
    const double x0 = kLeft + group_width() * static_cast<double>(index);
    const double slot = (group_width() - 16) / 3.0;
    std::string out = "<g>\n";
    for (const ChartBar& bar : report_.chart) {
      if (bar.area != areas_[index] || !bar.score) continue;
      const double score = std::min(std::max(*bar.score, 0.0), 100.0);
      const double x = x0 + 8 + slot * static_cast<double>(static_cast<int>(bar.round));
      const std::string value = score_text(*bar.score, report_.lang);
      out += "<rect class=\"bar\" x=\"" + fixed(x + 1) + "\" y=\"" + fixed(y_of(score)) + "\" width=\"" +
             fixed(slot - 2) + "\" height=\"" + fixed(kBottom - y_of(score)) + "\" fill=\"" +
             kRoundFill[static_cast<int>(bar.round)] + "\"><title>" + html_escape(bar.area) + ", " +
             tr(report_.lang, round_name(bar.round)) + ": " + value + "</title></rect>\n";
      out += "<text x=\"" + fixed(x + slot / 2) + "\" y=\"" + fixed(y_of(score) - 3) +
             "\" font-size=\"10\" text-anchor=\"middle\">" + value + "</text>\n";
    }
    double y = kBottom + 15;
    for (const std::string& line : wrap_words(areas_[index], 18)) {
      out += "<text x=\"" + fixed(x0 + group_width() / 2) + "\" y=\"" + fixed(y) +
             "\" font-size=\"11\" text-anchor=\"middle\">" + html_escape(line) + "</text>\n";
      y += 13;
    }
    return out + "</g>\n";
  }

  std::string legend() const {
    std::string out = "<g font-size=\"11\">\n";
    double x = kLeft + 120;
    for (const Round round : kAllRounds) {
      out += "<rect x=\"" + fixed(x) + "\" y=\"" + fixed(kTop - 24) + "\" width=\"12\" height=\"12\" fill=\"" +
             kRoundFill[static_cast<int>(round)] + "\"/>\n";
      out += "<text x=\"" + fixed(x + 16) + "\" y=\"" + fixed(kTop - 14) + "\">" +
             tr(report_.lang, round_name(round)) + "</text>\n";
      x += 150;
    }
    return out + "</g>\n";
  }

  std::string hidden_note() const {
    std::string hidden;
    for (const ChartBar& bar : report_.chart) {
      if (bar.score) continue;
      hidden += (hidden.empty() ? "" : "; ") + bar.area + ", " + tr(report_.lang, round_name(bar.round));
    }
    if (hidden.empty()) return "";
    return "<p class=\"note\">" + fill(tr(lang_, kChartHidden), {html_escape(hidden)}) + "</p>\n";
  }

  const Report& report_;
  Lang lang_;
  std::vector<std::string> areas_;
};

std::string table_html(const ReportTable& table, Lang lang) {
  std::string out = "<section class=\"table\" id=\"" + html_escape(table.id) + "\">\n";
  out += "<h2>" + html_escape(table.title) + "</h2>\n<table>\n<thead>\n<tr>";
  for (const auto& column : table.columns) out += "<th scope=\"col\">" + html_escape(column) + "</th>";
  out += "</tr>\n</thead>\n<tbody>\n";
  for (const auto& row : table.rows) {
    out += row.total ? "<tr class=\"total\">" : "<tr>";
    out += "<th scope=\"row\">" + html_escape(row.label) + "</th>";
    for (const auto& cell : row.cells) out += "<td>" + html_escape(cell_text(cell, lang)) + "</td>";
    out += "</tr>\n";
  }
  out += "</tbody>\n</table>\n";
  if (!table.note.empty()) out += "<p class=\"note\">" + html_escape(table.note) + "</p>\n";
  return out + "</section>\n";
}

}  // namespace

std::string filter_text(const ReportFilter& filter, const OrganisationNames& names, Lang lang) {
  std::string out;
  auto add = [&out, lang](const Phrase& what, const std::string& value) {
    out += (out.empty() ? "" : "; ") + fill(tr(lang, kFilterPart), {tr(lang, what), value});
  };
  if (!filter.organisation.empty()) add(kOrganisation, organisation_label(filter.organisation, names));
  if (!filter.role_family.empty()) add(kRoleFamily, background_option_label("role_family", filter.role_family, lang));
  if (!filter.work_setting.empty()) {
    add(kWorkSetting, background_option_label("work_setting", filter.work_setting, lang));
  }
  if (filter.period) add(kPeriod, period_words(*filter.period, lang));
  return out;
}

std::string table_csv(const ReportTable& table, const Report& report) {
  const Lang lang = report.lang;
  std::string out = "\xEF\xBB\xBF";  // UTF-8 BOM: Excel then reads å, ä, ö right
  out += csv_text_field(table.title) + "\r\n";
  const std::string selection = filter_text(report.filter, report.organisation_names, lang);
  out += csv_text_field(fill(tr(lang, kSelectionLine), {selection.empty() ? std::string(tr(lang, kAll)) : selection})) +
         "\r\n";
  out += csv_text_field(tr(lang, kCsvNote)) + "\r\n\r\n";
  for (std::size_t i = 0; i < table.columns.size(); ++i) {
    out += (i == 0 ? "" : ";") + csv_text_field(table.columns[i]);
  }
  out += "\r\n";
  for (const auto& row : table.rows) {
    out += csv_text_field(row.label);
    for (const auto& cell : row.cells) out += ";" + csv_field(cell_text(cell, lang), kCsvSeparator);
    out += "\r\n";
  }
  return out;
}

namespace {

// "_org-soderby_yrke-omsorg_arbetsplats-hemtjanst_2026-Q4" for a file name ("" without a filter).
std::string filter_suffix(const ReportFilter& filter) {
  std::string suffix;
  if (!filter.organisation.empty()) suffix += "_org-" + filter.organisation;
  if (!filter.role_family.empty()) suffix += "_yrke-" + filter.role_family;
  if (!filter.work_setting.empty()) suffix += "_arbetsplats-" + filter.work_setting;
  if (filter.period) suffix += "_" + to_string(*filter.period);
  return suffix;
}

}  // namespace

std::string table_csv_name(const ReportTable& table, const ReportFilter& filter) {
  return table.id + filter_suffix(filter) + ".csv";
}

std::string report_html_name(const ReportFilter& filter) { return "digilyft-rapport" + filter_suffix(filter) + ".html"; }

std::string report_html(const Report& report, const std::string& programme_name) {
  const Lang lang = report.lang;
  const std::string title =
      programme_name.empty() ? std::string(tr(lang, kTitle)) : fill(tr(lang, kTitleFor), {programme_name});

  std::string out = print_page_start(report.lang, title, kLayout, kStyle);
  out += "<header>\n<h1>" + html_escape(title) + "</h1>\n" + selection_html(report) + "</header>\n";
  out += rule_html(lang);
  out += ChartWriter(report).write();
  for (const auto& table : report.tables) out += table_html(table, report.lang);
  out += "<footer>" + std::string(tr(lang, kFooter)) + "</footer>\n</body>\n</html>\n";
  return out;
}

}  // namespace dl
