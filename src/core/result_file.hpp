// The anonymised result file a person exports and a coordinator imports (docs/result-file.md).
// It holds a random participant code and coarse categories only: no name, no free text, no unit,
// no time finer than year + quarter.
#pragma once
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "background.hpp"
#include "content.hpp"
#include "period.hpp"
#include "problem.hpp"
#include "progress.hpp"

namespace dl {

constexpr const char* kResultFormat = "digilyft-result";
constexpr int kResultVersion = 1;
constexpr std::size_t kMaxResultFileBytes = 256 * 1024;

constexpr double kMaxModuleHours = 1000.0;  // the most a file may report for one module

// A module the person started: for the programmes' "module starts and completions" and hours.
struct ModuleRecord {
  std::string module_id;
  Period started;                   // quarter it was first opened
  std::optional<Period> completed;  // quarter it was completed in; empty while under way
  double hours = 0.0;               // active time, rounded to a quarter hour (rounded_hours)
  bool operator==(const ModuleRecord& o) const {
    return module_id == o.module_id && started == o.started && completed == o.completed && hours == o.hours;
  }
};

struct AssessmentRound {
  std::string instrument_id;
  std::string round = "T0";            // T0 before the course (later issues add T1, T2)
  Period period;                       // when the round was finished
  std::map<std::string, int> answers;  // statement id -> 0..3 or kNotApplicable ("na" in JSON)
  bool operator==(const AssessmentRound& o) const;
};

struct ResultFile {
  int version = kResultVersion;
  std::string participant;  // participant code
  Period exported;          // quarter the file was saved in
  Background background;
  std::vector<ModuleRecord> modules;      // started modules, by id
  std::vector<AssessmentRound> rounds;    // finished rounds only
  bool operator==(const ResultFile& o) const;
};

// What a person's progress exports as, in the quarter `now`.
ResultFile make_result_file(const ProgressState& state, const Catalog& catalog, Period now);
std::string result_to_json(const ResultFile& file);  // stable field order, pretty-printed
// Suggested file name, e.g. "digilyft-resultat-2026-Q4-K7QM4XPD.json".
std::string result_file_name(const ResultFile& file);

// Reads a file someone chose. Any problem gives nothing and at least one problem, so a bad file
// changes nothing. With a catalog, answers must fit its instrument (same id, known statements).
std::optional<ResultFile> parse_result_file(const std::string& text, const std::string& file_name,
                                            const Catalog* catalog, std::vector<Problem>& problems);

}  // namespace dl
