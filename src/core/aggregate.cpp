// Coordinator tables from many result files: import with replacement by participant code, area
// means from each person's latest round, and cells that hide groups smaller than five.
#include "aggregate.hpp"

#include <cmath>
#include <cstdio>
#include <map>

#include "scoring.hpp"

namespace dl {

Cell count_cell(int n) {
  Cell cell;
  cell.n = n;
  if (n > 0) cell.value = static_cast<double>(n);
  cell.suppressed = n >= 1 && n < kMinGroupSize;
  return cell;
}

Cell mean_cell(int n, double mean) {
  Cell cell;
  cell.n = n;
  if (n > 0) cell.value = mean;
  cell.suppressed = n >= 1 && n < kMinGroupSize;
  cell.is_mean = true;
  return cell;
}

std::string cell_text(const Cell& cell, Lang lang) {
  if (cell.suppressed) return "<5";
  if (cell.n == 0 || !cell.value) return "–";
  if (!cell.is_mean) return std::to_string(static_cast<long long>(std::llround(*cell.value)));
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.1f", std::round(*cell.value * 10.0) / 10.0);
  std::string text = buffer;
  if (lang == Lang::sv) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

void import_result(Workspace& workspace, const std::string& file_name, const std::string& text,
                   const Catalog& catalog) {
  ImportEntry entry;
  entry.file_name = file_name;
  auto file = parse_result_file(text, file_name, &catalog, entry.problems);
  if (!file) {
    workspace.log.push_back(std::move(entry));
    return;
  }
  entry.accepted = true;
  bool replaced = false;
  for (auto& existing : workspace.files) {
    if (existing.participant == file->participant) {
      existing = *file;
      replaced = true;
      break;
    }
  }
  if (!replaced) workspace.files.push_back(std::move(*file));
  entry.replaced_earlier = replaced;
  workspace.log.push_back(std::move(entry));
}

AreaTable summarize_areas(const std::vector<ResultFile>& files, const Instrument& instrument) {
  // One latest round per participant (T2 over T1 over T0; a file has at most one of each, so a tie
  // only happens in hand-made files, where the later one wins); a later file with the same code
  // wins, so nobody counts twice.
  std::map<std::string, const AssessmentRound*> latest;
  for (const auto& file : files) {
    const AssessmentRound* best = nullptr;
    for (const auto& round : file.rounds) {
      if (round.instrument_id != instrument.id) continue;
      if (best == nullptr || !(round.round < best->round)) best = &round;
    }
    if (best != nullptr) latest[file.participant] = best;
    else latest.erase(file.participant);
  }

  AreaTable table;
  table.participants = count_cell(static_cast<int>(latest.size()));
  int counts[kAreaCount] = {};
  long long sums[kAreaCount] = {};
  for (const auto& [participant, round] : latest) {
    for (const AreaScore& s : score_areas(round->answers, instrument)) {
      if (!s.score) continue;
      const auto i = static_cast<std::size_t>(s.area);
      ++counts[i];
      sums[i] += *s.score;
    }
  }
  for (Area area : kAllAreas) {
    const auto i = static_cast<std::size_t>(area);
    const int n = counts[i];
    table.rows.push_back(AreaRow{area, count_cell(n),
                                 mean_cell(n, n > 0 ? static_cast<double>(sums[i]) / n : 0.0)});
  }
  return table;
}

}  // namespace dl
