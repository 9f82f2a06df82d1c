// The coordinator's workspace: many result files in, one merged record per participant code, and
// the cells of the tables, which hide groups smaller than five (report.hpp builds the tables).
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "content.hpp"
#include "problem.hpp"
#include "result_file.hpp"

namespace dl {

constexpr int kMinGroupSize = 5;

struct Cell {
  int n = 0;                    // how many people the cell rests on
  std::optional<double> value;  // the figure (a count, a mean, a share in per cent); empty when n == 0
  bool suppressed = false;      // must not be shown: rests on 1–4 people, or hidden by secondary
                                // suppression so that no hidden cell can be worked out
  bool secondary = false;       // suppressed only to protect another hidden cell
  bool is_mean = false;         // shown with one decimal: a mean, a share, or a sum of hours
};
Cell count_cell(int n);                   // a count of people, suppressed when 1..4
Cell mean_cell(int n, double mean);       // a mean over n people, suppressed when 1..4
// "<5" (hidden, rests on 1–4 people), "x" (hidden to protect another cell: 0 or 5 and more), "–"
// (no one), "12", "63,5" (sv) / "63.5" (en). Every table, CSV and report shows cells through it.
std::string cell_text(const Cell& cell, Lang lang);

// One file given to the workspace and what became of it.
enum class ImportOutcome {
  added,      // a new participant
  updated,    // a participant already read: new rounds or later module figures taken in
  duplicate,  // nothing new: every round in it was read before (counted once)
  rejected,   // not read: `problems` says why; nothing in the workspace changed
};
struct ImportEntry {
  std::string file_name;
  ImportOutcome outcome = ImportOutcome::rejected;
  std::vector<Round> rounds_counted_once;  // rounds in the file already read from an earlier file
  std::vector<Problem> problems;           // why it was not read (empty unless rejected)
};

// The files a coordinator has read: one merged record per participant code (rounds by round, each
// round once; background, organisation, modules and manager answers from the latest exported file).
struct Workspace {
  std::map<std::string, ResultFile> participants;  // by participant code
  std::vector<ImportEntry> log;                    // one per file given, in order
  bool operator==(const Workspace& o) const;
};

// Check one file and take it in. A bad file is logged with its reason and changes nothing else.
void import_result(Workspace& workspace, const std::string& file_name, const std::string& text,
                   const Catalog& catalog);

// The workspace as it is kept in IndexedDB (JSON Lines: a line with the format, version and the
// log, then one compact result file per merged record), and read back (also the version 1 single
// document). Reading checks every record again; a record that no longer fits the content is left
// out and named in `problems`.
std::string workspace_to_json(const Workspace& workspace);
std::optional<Workspace> workspace_from_json(const std::string& text, const Catalog& catalog,
                                             std::vector<Problem>& problems);

}  // namespace dl
