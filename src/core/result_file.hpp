// The anonymised result file a person exports and a coordinator imports (docs/result-file.md).
// It holds a random participant code and coarse categories only: no name, no free text, no unit,
// no time finer than year + quarter.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "background.hpp"
#include "content.hpp"
#include "period.hpp"
#include "problem.hpp"
#include "progress.hpp"
#include "round.hpp"

namespace dl {

constexpr const char* kResultFormat = "digilyft-result";
constexpr int kResultVersion = 1;
constexpr std::size_t kMaxResultFileBytes = 256 * 1024;
constexpr const char* kResultChecksumPrefix = "xxh64:";

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
  Round round = Round::t0;                // "T0" / "T1" / "T2" in JSON; at most one of each
  Period period;                          // when the round was finished
  std::map<std::string, int> answers;     // statement id -> 0..3 or kNotApplicable ("na" in JSON)
  std::map<std::string, int> then;        // T1 only: then/now statement id -> level before
  std::map<std::string, int> evaluation;  // T1: evaluation item -> 1..5; T2: use items; T0: none
  bool operator==(const AssessmentRound& o) const;
};

// A finished manager survey: closed answers only.
struct ManagerRecord {
  std::string survey_id;
  Period period;
  std::map<std::string, std::vector<std::string>> answers;  // question id -> option ids
  bool operator==(const ManagerRecord& o) const {
    return survey_id == o.survey_id && period == o.period && answers == o.answers;
  }
};

struct ResultFile {
  int version = kResultVersion;
  std::optional<std::string> programme;     // programme id (programme.hpp); empty without a programme
  std::optional<std::string> organisation;  // organisation code chosen from the programme's list
  std::string participant;  // participant code
  Period exported;          // quarter the file was saved in
  Background background;
  std::vector<ModuleRecord> modules;      // started modules, by id
  std::vector<AssessmentRound> rounds;    // finished rounds only, in round order
  std::optional<ManagerRecord> manager;   // the manager survey, when finished
  bool operator==(const ResultFile& o) const;
};

// What a person's progress exports as, in the quarter `now`. The programme id and the organisation
// code come along when the person joined a programme (the code only when the programme lists it).
ResultFile make_result_file(const ProgressState& state, const Catalog& catalog, Period now);
// Stable field order, pretty-printed, ending with the checksum over the rest (docs/result-file.md).
std::string result_to_json(const ResultFile& file);
// The same file on one line (compact JSON, no line end): how the coordinator's workspace keeps it.
std::string result_to_compact_json(const ResultFile& file);
// The value of the "checksum" field: "xxh64:" + 16 lowercase hex digits, the XXH64 (seed 0) of
// `compact_json`, the file as compact JSON without its checksum member, keys in file order.
std::string result_checksum(std::string_view compact_json);
// The file's name, e.g. "digilyft-resultat-2026-Q4-R7KM2X.json": the quarter it was made and six
// random letters from `random_bits`, so files from several people do not share one name in a
// folder. Never the participant code: on a shared device a file's name is seen by everyone, and
// the code opens the person's answers there.
std::string result_file_name(const ResultFile& file, std::uint64_t random_bits);

// Reads a file someone chose. Any problem gives nothing and at least one problem, so a bad file
// changes nothing. With a catalog, answers must fit its instrument and survey (same ids, known
// statements, items and options, values in range, then/evaluation only where the round has them).
// A file whose checksum is missing or does not match what it holds is refused too.
std::optional<ResultFile> parse_result_file(const std::string& text, const std::string& file_name,
                                            const Catalog* catalog, std::vector<Problem>& problems);

}  // namespace dl
