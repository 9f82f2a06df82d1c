// The coordinator's side: many result files in, tables out, with small groups hidden.
// Every cell that rests on 1–4 people is shown as "<5".
#pragma once
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
  std::optional<double> value;  // the figure (a count or a mean); empty when n == 0
  bool suppressed = false;      // 1 <= n < kMinGroupSize: the figure must not be shown
  bool is_mean = false;         // a mean (shown with one decimal), not a count
};
Cell count_cell(int n);                   // a count of people, suppressed when 1..4
Cell mean_cell(int n, double mean);       // a mean over n people, suppressed when 1..4
std::string cell_text(const Cell& cell, Lang lang);  // "<5", "–", "12", "63,5" (sv) / "63.5" (en)

// One imported file and what became of it.
struct ImportEntry {
  std::string file_name;
  bool accepted = false;
  bool replaced_earlier = false;   // same participant code as a file read before: counted once
  std::vector<Problem> problems;   // why it was not read (empty when accepted)
};

// The files a coordinator has read in this visit.
struct Workspace {
  std::vector<ResultFile> files;   // one per participant code
  std::vector<ImportEntry> log;    // one per file given, in order
};

// Check one file and add it. A bad file is logged with its reason and changes nothing else.
// A file from a participant already in the workspace replaces the earlier one (counted once).
void import_result(Workspace& workspace, const std::string& file_name, const std::string& text,
                   const Catalog& catalog);

struct AreaRow {
  Area area;
  Cell participants;  // people with a score in the area (latest finished round)
  Cell mean_score;    // their mean 0–100 score
};
struct AreaTable {
  Cell participants;  // distinct participants with a finished self-assessment
  std::vector<AreaRow> rows;  // the five areas in order
};

AreaTable summarize_areas(const std::vector<ResultFile>& files, const Instrument& instrument);

}  // namespace dl
