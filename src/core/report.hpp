// The tables a programme reports, built from the coordinator's workspace and protected by the
// cell-key method (cell_key.hpp, docs/privacy.md): every figure is perturbed by a small, bounded
// noise fixed by the people it rests on, so the same group shows the same figure in every report
// and no difference between reports is exact; figures perturbed to 0–4 are hidden (".."). The
// web view, the CSV files, the printable report and the command-line tool all show these tables.
#pragma once
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "aggregate.hpp"
#include "cell_key.hpp"
#include "content.hpp"
#include "i18n.hpp"
#include "period.hpp"

namespace dl {

// What the coordinator narrows the tables to. Empty = all.
struct ReportFilter {
  std::string organisation;  // an organisation code
  std::string role_family;   // a role family id (background.hpp)
  std::string work_setting;  // a kind of workplace (background.hpp)
  std::optional<Period> period;  // only rounds finished, modules started/completed, in this quarter
  bool any() const { return !organisation.empty() || !role_family.empty() || !work_setting.empty() || period; }
  bool operator==(const ReportFilter& o) const {
    return organisation == o.organisation && role_family == o.role_family && work_setting == o.work_setting &&
           period == o.period;
  }
};

// The values the filters can take in this workspace (for the filter choices).
struct FilterChoices {
  std::vector<std::string> organisations;  // codes present, sorted
  std::vector<std::string> role_families;  // ids present, in background order
  std::vector<std::string> work_settings;  // ids present, in background order
  std::vector<Period> periods;             // quarters present, in order
};

// A filtered report is made only when its perturbed number of participants is at least this: a
// report on a handful of people would tell too much about each of them.
constexpr int kSmallestFilteredReport = 10;
// The smallest "largest value" the noise on a sum is scaled by (cell_key.hpp, Quantity::floor):
// hours get at least ±0.3 × 3 hours, a sum of self-assessment scores at least ±0.3 × 10 points.
constexpr double kHoursNoiseFloor = 3.0;
constexpr double kScoreNoiseFloor = 10.0;
FilterChoices filter_choices(const Workspace& workspace);

// The names a coordinator gave the organisation codes in their programme (code -> name). Result
// files carry only codes; the names stay on the coordinator's device.
using OrganisationNames = std::map<std::string, std::string>;
// How an organisation is shown in tables and filters: "Söderby kommun (soderby)", or the code
// alone when it has no name.
std::string organisation_label(const std::string& code, const OrganisationNames& names);

struct ReportRow {
  std::string label;        // row head, in the report's language
  std::vector<Cell> cells;  // one per column after the head
  bool total = false;       // a total row ("Totalt")
};

// A cell of a table: rows[row].cells[column] (column 0 is the first figure, after the row head).
struct CellRef {
  std::size_t row = 0;
  std::size_t column = 0;
  bool operator==(const CellRef& o) const { return row == o.row && column == o.column; }
};
// Counts a reader knows add up to a total (a "Totalt" row or column) before the noise. The figures
// shown need not add up; the tests that try to work hidden figures out use these sums.
struct TableSum {
  std::vector<CellRef> parts;
  CellRef total;
};

struct ReportTable {
  std::string id;                    // stable file-name stem, e.g. "deltagare-kon-alder"
  std::string title;                 // in the report's language
  std::string note;                  // one plain sentence on what the figures are
  std::vector<std::string> columns;  // column heads; columns[0] heads the row labels
  std::vector<ReportRow> rows;
  std::vector<TableSum> sums;        // the table's totals as sums of its count cells
  const Cell& at(CellRef ref) const { return rows[ref.row].cells[ref.column]; }
  Cell& at(CellRef ref) { return rows[ref.row].cells[ref.column]; }
};

// The bars of the main chart: mean score per DigComp area and round (T0/T1/T2).
struct ChartBar {
  std::string area;          // area name in the report's language
  Round round = Round::t0;
  std::optional<double> score;  // 0..100; empty when the cell is hidden or has no one
};

// What a report needs besides the workspace and the filter.
struct ReportSetup {
  const RecordKeys* keys = nullptr;      // every participant's record key (made from the secret)
  OrganisationNames organisation_names;  // the coordinator's programme: its organisations by code
  // The programme's courses: courses not in it are "–" (empty by definition). Empty: every course.
  std::vector<std::string> programme_modules;
  Period now;                    // the quarter the report is made in: is the T2 follow-up due?
  int t2_interval_months = 4;    // the programme's time from T1 to the follow-up
};

struct Report {
  Lang lang = Lang::sv;
  ReportFilter filter;
  Cell participants;                 // participants in the filtered tables (perturbed)
  // A filtered selection of fewer than kSmallestFilteredReport (perturbed) participants: no tables.
  bool too_small = false;
  // Some participant has no record key yet (the page computes them after reading files): no tables.
  bool keys_missing = false;
  std::vector<ReportTable> tables;   // in the order the programme reports them
  std::vector<ChartBar> chart;       // self-assessment per area and round
  FilterChoices choices;             // the filters' options in this workspace (made once, not per frame)
  OrganisationNames organisation_names;  // as given in the setup
};

// All tables for `filter`, in `lang`, organisations shown by organisation_label. Deterministic:
// the same workspace, keys and setup give the same bytes. Goes through ReportTally, participant by
// participant in code order.
Report make_report(const Workspace& workspace, const Catalog& catalog, const ReportFilter& filter, Lang lang,
                   const ReportSetup& setup);

// The same tables built from a stream of merged participants, for more people than fit in memory
// (digilyft-report): each table is a tally that takes one participant at a time and is built at
// `finish`. It holds counts and sums only, so its size does not grow with the number of people
// (the organisation rows grow with the organisation codes seen). Added in participant code order,
// a workspace's records give make_report's tables byte for byte. `catalog` must outlive it;
// `setup.keys` is not used (each participant comes with their key).
class ReportTally {
 public:
  // `without_programme`: the workspace reads files made without a programme (a row of their own).
  ReportTally(const Catalog& catalog, const ReportFilter& filter, Lang lang, const ReportSetup& setup,
              bool without_programme);
  ReportTally(ReportTally&&) noexcept;
  ReportTally& operator=(ReportTally&&) noexcept;
  ~ReportTally();
  // One participant's merged record (import_result's) with their record key.
  void add(const ResultFile& participant, RecordKey key);
  // Every table, or `too_small` when a filtered selection is too small (as make_report).
  Report finish() const;

 private:
  struct Tallies;
  std::unique_ptr<Tallies> tallies_;
};

// The selection in words, for file names and the first lines of a CSV: "" without a filter, else
// e.g. "Organisation: Söderby kommun (soderby); Period: 2026, kvartal 4".
std::string filter_text(const ReportFilter& filter, const OrganisationNames& names, Lang lang);
// One table as CSV that Swedish Excel opens as it is: UTF-8 with BOM, ';' between fields, decimal
// comma (sv), CRLF line ends, fields quoted where needed. Two lines name the table and the
// selection, an empty line, then the heads and the rows; cells as cell_text shows them.
std::string table_csv(const ReportTable& table, const Report& report);
// The CSV's file name: the table id, then the filter ("kurser.csv", "kurser_org-soderby_2026-Q4.csv").
std::string table_csv_name(const ReportTable& table, const ReportFilter& filter);
// The printable report's file name, named by its filter like the CSV files
// ("digilyft-rapport.html", "digilyft-rapport_org-soderby_2026-Q4.html").
std::string report_html_name(const ReportFilter& filter);
// One printable, self-contained HTML file (A4, no outside resources): title, filter, the tables,
// the chart as inline SVG, and the suppression rule in plain words.
std::string report_html(const Report& report, const std::string& programme_name);

}  // namespace dl
