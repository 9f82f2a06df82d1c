// The flat export (flat_export.hpp, docs/flat-export.md): a row per answer, ids and numbers only.
#include "flat_export.hpp"

#include <cstdio>

#include "csv_field.hpp"
#include "round.hpp"

namespace dl {

const char* const kFlatExportHeader =
    "record_key,programme,organisation,gender,age_band,role_family,work_setting,kind,round,period,item,value,"
    "completed,hours";

namespace {

// Ids, codes, quarters and numbers never hold a comma, a quote or a line end; anything else is
// quoted (RFC 4180) all the same, so no file can break a row.
std::string field(const std::string& text) { return csv_field(text, ','); }

std::string level_text(int level) { return level == kNotApplicable ? "na" : std::to_string(level); }

std::string hours_text(double hours) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.2f", hours);
  return buffer;
}

}  // namespace

std::size_t write_flat_export(const Workspace& workspace, const RecordKeys& keys,
                              const std::function<void(const std::string& line)>& line) {
  line(kFlatExportHeader);
  std::size_t rows = 0;
  for (const auto& [code, file] : workspace.participants) {
    const auto key = keys.find(code);
    if (key != keys.end()) rows += write_flat_participant(file, key->second, line);
  }
  return rows;
}

std::size_t write_flat_participant(const ResultFile& file, RecordKey key,
                                   const std::function<void(const std::string& line)>& line) {
  std::size_t rows = 0;
  // The columns every row of this person shares.
  const std::string person = std::to_string(key) + "," + field(file.programme.value_or("")) + "," +
                             field(file.organisation.value_or("")) + "," + field(file.background.gender) + "," +
                             field(file.background.age_band) + "," + field(file.background.role_family) + "," +
                             field(file.background.work_setting) + ",";
  const auto row = [&](const char* kind, const std::string& round, const Period& period, const std::string& item,
                       const std::string& value, const std::string& completed = "", const std::string& hours = "") {
    line(person + kind + "," + round + "," + to_string(period) + "," + field(item) + "," + field(value) + "," +
         completed + "," + hours);
    ++rows;
  };
  row("participant", "", file.exported, "", "");
  for (const ModuleRecord& m : file.modules) {
    row("course", "", m.started, m.module_id, "", m.completed ? to_string(*m.completed) : "", hours_text(m.hours));
  }
  for (const AssessmentRound& round : file.rounds) {
    const std::string r = round_id(round.round);
    for (const auto& [statement, level] : round.answers) row("self_assessment", r, round.period, statement, level_text(level));
    for (const auto& [statement, level] : round.then) row("then", r, round.period, statement, level_text(level));
    for (const auto& [item, value] : round.evaluation) row("evaluation", r, round.period, item, std::to_string(value));
  }
  if (file.manager) {
    for (const auto& [question, options] : file.manager->answers) {
      for (const std::string& option : options) row("manager_survey", "", file.manager->period, question, option);
    }
  }
  return rows;
}

}  // namespace dl
