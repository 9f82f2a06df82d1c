// The coordinator's workspace: result files of one programme merged per participant code (each
// round once, the rest from the latest exported file), and its compact saved JSON.
#include "aggregate.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "enum_table.hpp"
#include "json_reader.hpp"
#include "workspace_key.hpp"

namespace dl {

namespace {

bool same_problems(const std::vector<Problem>& a, const std::vector<Problem>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const Problem& x, const Problem& y) {
    return x.code == y.code && x.file == y.file && x.pointer == y.pointer && x.detail == y.detail;
  });
}

bool same_entry(const ImportEntry& a, const ImportEntry& b) {
  return a.file_name == b.file_name && a.outcome == b.outcome &&
         a.rounds_counted_once == b.rounds_counted_once && same_problems(a.problems, b.problems);
}

// Everything but the rounds comes from the file exported last; `true` when that changed anything.
bool take_details(ResultFile& record, ResultFile& file) {
  const bool changed = record.programme != file.programme || record.organisation != file.organisation ||
                       !(record.background == file.background) || !(record.modules == file.modules) ||
                       !(record.manager == file.manager) || record.exported != file.exported;
  record.version = file.version;
  record.programme = std::move(file.programme);
  record.organisation = std::move(file.organisation);
  record.exported = file.exported;
  record.background = std::move(file.background);
  record.modules = std::move(file.modules);
  record.manager = std::move(file.manager);
  return changed;
}

// Takes `file` into the participant's record: a round read before stays as first read (and is
// listed in `counted_once`); the rest is taken when the file was exported in the same quarter or
// later. `true` when the record changed.
bool merge_into(ResultFile& record, ResultFile& file, std::vector<Round>& counted_once) {
  bool changed = false;
  for (AssessmentRound& round : file.rounds) {
    const auto at = std::lower_bound(record.rounds.begin(), record.rounds.end(), round.round,
                                     [](const AssessmentRound& r, Round which) { return r.round < which; });
    if (at != record.rounds.end() && at->round == round.round) {
      counted_once.push_back(round.round);
      continue;
    }
    record.rounds.insert(at, std::move(round));
    changed = true;
  }
  if (!(file.exported < record.exported)) changed = take_details(record, file) || changed;
  return changed;
}

// As the kept workspace writes each file's outcome.
constexpr auto kOutcomes = enum_table<ImportOutcome>({
    {ImportOutcome::added, "added"},
    {ImportOutcome::updated, "updated"},
    {ImportOutcome::duplicate, "duplicate"},
    {ImportOutcome::rejected, "rejected"},
});

using Ordered = nlohmann::ordered_json;
constexpr const char* kWorkspaceFormat = "digilyft-workspace";
constexpr int kWorkspaceVersion = 3;  // 2: no programme and no secret; 1: one JSON document (both still read)

Ordered entry_json(const ImportEntry& entry) {
  Ordered out = {{"file", entry.file_name}, {"outcome", kOutcomes.id(entry.outcome)}};
  if (!entry.rounds_counted_once.empty()) {
    Ordered rounds = Ordered::array();
    for (Round r : entry.rounds_counted_once) rounds.push_back(round_id(r));
    out["counted_once"] = std::move(rounds);
  }
  if (!entry.problems.empty()) {
    Ordered problems = Ordered::array();
    for (const Problem& p : entry.problems) problems.push_back({p.code, p.file, p.pointer, p.detail});
    out["problems"] = std::move(problems);
  }
  return out;
}

// The saved log is our own output; an entry that does not read is left out rather than guessed.
std::optional<ImportEntry> entry_from_json(const Ordered& j) {
  if (!j.is_object() || !j.contains("file") || !j["file"].is_string() || !j.contains("outcome") ||
      !j["outcome"].is_string()) {
    return std::nullopt;
  }
  const auto outcome = kOutcomes.from_id(j["outcome"].get<std::string>());
  if (!outcome) return std::nullopt;
  ImportEntry entry;
  entry.file_name = j["file"].get<std::string>();
  entry.outcome = *outcome;
  if (const auto it = j.find("counted_once"); it != j.end() && it->is_array()) {
    for (const Ordered& r : *it) {
      const auto round = r.is_string() ? round_from_id(r.get<std::string>()) : std::nullopt;
      if (!round) return std::nullopt;
      entry.rounds_counted_once.push_back(*round);
    }
  }
  if (const auto it = j.find("problems"); it != j.end() && it->is_array()) {
    for (const Ordered& p : *it) {
      if (!p.is_array() || p.size() != 4) return std::nullopt;
      for (const Ordered& part : p) {
        if (!part.is_string()) return std::nullopt;
      }
      entry.problems.push_back(Problem{p[0].get<std::string>(), p[1].get<std::string>(),
                                       p[2].get<std::string>(), p[3].get<std::string>()});
    }
  }
  return entry;
}

}  // namespace

bool Workspace::operator==(const Workspace& o) const {
  return participants == o.participants && programme == o.programme &&
         without_programme == o.without_programme && secret == o.secret && sealing_key == o.sealing_key &&
         std::equal(log.begin(), log.end(), o.log.begin(), o.log.end(), same_entry);
}

namespace {

// Whether this workspace reads a file of `programme` ("" = made without a programme link); the
// problem says why not.
std::optional<Problem> programme_problem(const Workspace& workspace, const std::optional<std::string>& programme,
                                         const std::string& file_name) {
  if (!programme) {
    if (workspace.without_programme) return std::nullopt;
    return Problem{"result.no_programme", file_name, "/programme", ""};
  }
  if (!workspace.programme.empty() && *programme != workspace.programme) {
    return Problem{"result.other_programme", file_name, "/programme", *programme};
  }
  return std::nullopt;
}

}  // namespace

std::optional<ResultFile> check_result(Workspace& workspace, const std::string& file_name, const std::string& text,
                                       const Catalog& catalog, std::vector<Problem>& problems) {
  auto file = parse_result_file(text, file_name, &catalog, problems);
  if (!file) return std::nullopt;
  if (auto problem = programme_problem(workspace, file->programme, file_name)) {
    problems.push_back(std::move(*problem));
    return std::nullopt;
  }
  if (workspace.programme.empty() && file->programme) workspace.programme = *file->programme;
  return file;
}

void import_result(Workspace& workspace, const std::string& file_name, const std::string& text,
                   const Catalog& catalog) {
  ImportEntry entry;
  entry.file_name = file_name;
  auto file = check_result(workspace, file_name, text, catalog, entry.problems);
  if (!file) {
    entry.outcome = ImportOutcome::rejected;
    workspace.log.push_back(std::move(entry));
    return;
  }
  auto [at, inserted] = workspace.participants.try_emplace(file->participant);
  if (inserted) {
    at->second = std::move(*file);
    entry.outcome = ImportOutcome::added;
  } else {
    entry.outcome = merge_into(at->second, *file, entry.rounds_counted_once) ? ImportOutcome::updated
                                                                             : ImportOutcome::duplicate;
  }
  workspace.log.push_back(std::move(entry));
}

// Kept as JSON Lines: a first line with the format, version 2 and the log, then one line per
// merged record, the result file result_to_compact_json writes for it (its own checksum included).
// Reading hands each record line to parse_result_file, so a saved record is checked exactly as an
// imported file is, and no line is parsed twice. Version 1 (one JSON document) still reads.
std::string workspace_to_json(const Workspace& workspace) {
  Ordered head = Ordered::object();
  head["format"] = kWorkspaceFormat;
  head["version"] = kWorkspaceVersion;
  head["programme"] = workspace.programme;
  head["without_programme"] = workspace.without_programme;
  head["secret"] = workspace.secret;
  head["sealing_key"] = workspace.sealing_key;
  head["log"] = Ordered::array();
  for (const ImportEntry& entry : workspace.log) head["log"].push_back(entry_json(entry));
  std::string out = head.dump(-1, ' ', false, Ordered::error_handler_t::replace);
  for (const auto& [code, record] : workspace.participants) {
    out += '\n';
    out += result_to_compact_json(record);
  }
  return out;
}

namespace {

void take_record(Workspace& workspace, const std::string& text, std::size_t index, const Catalog& catalog,
                 std::vector<Problem>& problems) {
  auto record = parse_result_file(text, "/participants/" + std::to_string(index), &catalog, problems);
  if (record) {
    const std::string code = record->participant;
    workspace.participants.emplace(code, std::move(*record));
  }
}

bool take_log(Workspace& workspace, const Ordered& doc) {
  if (!doc.contains("log") || !doc["log"].is_array()) return false;
  for (const Ordered& item : doc["log"]) {
    if (auto entry = entry_from_json(item)) workspace.log.push_back(std::move(*entry));
  }
  return true;
}

bool is_workspace(const Ordered& doc, int version) {
  // Type-checked before reading: json::value() throws when the key holds another type (found by
  // fuzzing: a kept workspace whose "format" was a number stopped the page).
  return !doc.is_discarded() && doc.is_object() && doc.contains("format") && doc["format"].is_string() &&
         doc["format"].get<std::string>() == kWorkspaceFormat &&
         doc.contains("version") && doc["version"].is_number_integer() && doc["version"].get<int>() == version;
}

}  // namespace

std::optional<Workspace> workspace_from_json(const std::string& text, const Catalog& catalog,
                                             std::vector<Problem>& problems) {
  const std::size_t first_end = std::min(text.find('\n'), text.size());
  const Ordered head = json_read::parse(text.substr(0, first_end)).value_or(Ordered());
  Workspace workspace;
  const bool lines = is_workspace(head, kWorkspaceVersion) || is_workspace(head, 2);
  if (lines && take_log(workspace, head)) {
    if (head.contains("programme") && head["programme"].is_string()) workspace.programme = head["programme"];
    if (head.contains("without_programme") && head["without_programme"].is_boolean()) {
      workspace.without_programme = head["without_programme"];
    }
    if (head.contains("secret") && head["secret"].is_string() && is_workspace_secret(head["secret"].get<std::string>())) {
      workspace.secret = head["secret"];
    }
    if (head.contains("sealing_key") && head["sealing_key"].is_string()) workspace.sealing_key = head["sealing_key"];
    std::size_t index = 0;
    for (std::size_t at = first_end; at < text.size(); ++index) {
      const std::size_t end = std::min(text.find('\n', at + 1), text.size());
      take_record(workspace, text.substr(at + 1, end - at - 1), index, catalog, problems);
      at = end;
    }
    return workspace;
  }
  // Version 1: one document holding the records compactly (kept by the first releases).
  const Ordered doc = first_end == text.size() ? head : json_read::parse(text).value_or(Ordered());
  if (!is_workspace(doc, 1) || !doc.contains("participants") || !doc["participants"].is_array() ||
      !take_log(workspace, doc)) {
    problems.push_back(Problem{"workspace.unreadable", "", "", ""});
    return std::nullopt;
  }
  const Ordered& records = doc["participants"];
  for (std::size_t i = 0; i < records.size(); ++i) {
    take_record(workspace, records[i].dump(-1, ' ', false, Ordered::error_handler_t::replace), i, catalog,
                problems);
  }
  return workspace;
}

void log_refused(Workspace& workspace, const std::string& file_name, Problem problem) {
  ImportEntry entry;
  entry.file_name = file_name;
  entry.outcome = ImportOutcome::rejected;
  problem.file = file_name;
  entry.problems.push_back(std::move(problem));
  workspace.log.push_back(std::move(entry));
}

std::optional<SealedFile> sealed_file_to_open(Workspace& workspace, const std::string& file_name,
                                              const std::string& text) {
  std::vector<Problem> problems;
  std::optional<SealedFile> envelope = parse_sealed_file(text, file_name, problems);
  if (!envelope) {
    log_refused(workspace, file_name, problems.front());
    return std::nullopt;
  }
  if (!workspace.programme.empty() && envelope->programme != workspace.programme) {
    log_refused(workspace, file_name, Problem{"result.sealed_other_programme", file_name, "", envelope->programme});
    return std::nullopt;
  }
  if (workspace.sealing_key.empty()) {
    log_refused(workspace, file_name, Problem{"result.sealed_no_key", file_name, "", envelope->programme});
    return std::nullopt;
  }
  return envelope;
}

}  // namespace dl
