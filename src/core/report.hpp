// The tables a programme reports, built from the coordinator's workspace, with every small group
// hidden ("<5") and second cells hidden wherever a hidden one could be worked out from totals
// (secondary suppression). The web view, the CSV files, the printable report and the command-line
// tool all show these same tables.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "aggregate.hpp"
#include "content.hpp"
#include "i18n.hpp"
#include "period.hpp"

namespace dl {

// What the coordinator narrows the tables to. Empty = all.
struct ReportFilter {
  std::string organisation;  // an organisation code
  std::string role_family;   // a role family id (background.hpp)
  std::optional<Period> period;  // only rounds finished, modules started/completed, in this quarter
  bool operator==(const ReportFilter& o) const {
    return organisation == o.organisation && role_family == o.role_family && period == o.period;
  }
};

// The values the filters can take in this workspace (for the filter choices).
struct FilterChoices {
  std::vector<std::string> organisations;  // codes present, sorted
  std::vector<std::string> role_families;  // ids present, in background order
  std::vector<Period> periods;             // quarters present, in order
};
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
// Counts a reader knows add up to a total (a "Totalt" row or column). Secondary suppression, and
// the test that tries to work hidden cells out, use exactly these sums.
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

struct Report {
  Lang lang = Lang::sv;
  ReportFilter filter;
  int files_read = 0;                // files accepted into the workspace
  Cell participants;                 // participants in the filtered tables
  std::vector<ReportTable> tables;   // in the order the programme reports them
  std::vector<ChartBar> chart;       // self-assessment per area and round
  FilterChoices choices;             // the filters' options in this workspace (made once, not per frame)
  OrganisationNames organisation_names;  // as given to make_report
};

// All tables for `filter`, in `lang`, organisations shown by organisation_label. Deterministic:
// the same workspace and names give the same bytes.
Report make_report(const Workspace& workspace, const Catalog& catalog, const ReportFilter& filter, Lang lang,
                   const OrganisationNames& organisation_names = {});

// One table as CSV that Swedish Excel opens as it is: UTF-8 with BOM, ';' between fields, decimal
// comma (sv), CRLF line ends, fields quoted where needed. Cells as cell_text shows them.
std::string table_csv(const ReportTable& table, Lang lang);
// One printable, self-contained HTML file (A4, no outside resources): title, filter, the tables,
// the chart as inline SVG, and the suppression rule in plain words.
std::string report_html(const Report& report, const std::string& programme_name);

}  // namespace dl
