// Writing and strict reading of the anonymised result file (docs/result-file.md).
// Reading refuses any field the format does not list: a name or a free text must never get in;
// the checksum shows that nothing was changed after the file was saved.
#include "result_file.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <set>

#include <nlohmann/json.hpp>

#define XXH_INLINE_ALL
#include <xxhash.h>

#include "activity_clock.hpp"
#include "json_reader.hpp"
#include "measurement.hpp"
#include "participant_code.hpp"
#include "programme.hpp"

namespace dl {

bool AssessmentRound::operator==(const AssessmentRound& o) const {
  return instrument_id == o.instrument_id && round == o.round && period == o.period && answers == o.answers &&
         then == o.then && evaluation == o.evaluation;
}

bool ResultFile::operator==(const ResultFile& o) const {
  return version == o.version && programme == o.programme && organisation == o.organisation &&
         participant == o.participant && exported == o.exported && background == o.background &&
         modules == o.modules && rounds == o.rounds && manager == o.manager;
}

namespace {

using json_read::child;
using json_read::Json;
using json_read::Reader;
using Ordered = nlohmann::ordered_json;

constexpr const char* kNotApplicableText = "na";
const char* const kBackgroundKeys[] = {"gender", "age_band", "role_family", "work_setting"};

// T0 asks no course evaluation (which items T1 and T2 ask: round_asks_item in measurement.hpp).
bool asks_evaluation(Round round) { return round != Round::t0; }

// Reports every key of `obj` that is not in `allowed`.
template <std::size_t N>
void reject_unexpected(Reader& r, const Json& obj, const std::string& pointer, const char* const (&allowed)[N]) {
  for (const auto& item : obj.items()) {
    bool known = false;
    for (const char* key : allowed) known = known || item.key() == key;
    if (!known) r.report("unexpected_field", child(pointer, item.key()), item.key());
  }
}

std::optional<Period> read_period(Reader& r, const Json& obj, const std::string& key, const std::string& pointer) {
  auto text = r.string(obj, key, pointer);
  if (!text) return std::nullopt;
  auto period = parse_period(*text);
  if (!period) r.report("bad_value", child(pointer, key), "expected a quarter like 2026-Q4");
  return period;
}

std::optional<std::string> read_id(Reader& r, const Json& obj, const std::string& key, const std::string& pointer) {
  auto id = r.string(obj, key, pointer);
  if (id && !json_read::is_valid_id(*id)) {
    r.report("bad_value", child(pointer, key), "not an id");
    return std::nullopt;
  }
  return id;
}

// A text or null at `key` of the top level; nothing (and no problem) for null.
std::optional<std::string> read_optional_text(Reader& r, const Json& doc, const char* key) {
  const Json* v = r.member(doc, key, "", true);
  if (v == nullptr || v->is_null()) return std::nullopt;
  return r.as_string(*v, child("", key));
}

// The programme id (a random code like a participant code) and the organisation code (an id from
// the programme's list, which only the programme knows). An organisation needs a programme.
void read_programme(Reader& r, const Json& doc, ResultFile& file) {
  file.programme = read_optional_text(r, doc, "programme");
  if (file.programme && !is_valid_participant_code(*file.programme)) {
    r.report("bad_value", "/programme", "not a programme code");
  }
  file.organisation = read_optional_text(r, doc, "organisation");
  if (!file.organisation) return;
  const auto programme = doc.find("programme");
  if (!json_read::is_valid_id(*file.organisation) || file.organisation->size() > kMaxOrganisationCodeLength) {
    r.report("bad_value", "/organisation", "not an organisation code");
  } else if (programme != doc.end() && programme->is_null()) {
    r.report("bad_value", "/organisation", "an organisation code without a programme");
  }
}

void read_background(Reader& r, const Json& doc, Background& background) {
  const Json* bg = r.object(doc, "background", "");
  if (bg == nullptr) return;
  reject_unexpected(r, *bg, "/background", kBackgroundKeys);
  for (const char* key : kBackgroundKeys) {
    const Json* v = r.member(*bg, key, "/background", true);
    if (v == nullptr || v->is_null()) continue;
    const std::string p = child("/background", key);
    auto option = r.as_string(*v, p);
    if (!option) continue;
    if (is_valid_background_answer(key, *option)) *background.field(key) = *option;
    else r.report("bad_value", p, "not an option of " + std::string(key));
  }
}

// Hours as the file gives them: a number of quarter hours, 0 to kMaxModuleHours.
std::optional<double> read_hours(Reader& r, const Json& obj, const std::string& pointer) {
  const Json* v = r.member(obj, "hours", pointer, true);
  if (v == nullptr) return std::nullopt;
  const std::string p = child(pointer, "hours");
  if (!v->is_number()) {
    r.report("wrong_type", p, "expected a number of hours");
    return std::nullopt;
  }
  const double hours = v->get<double>();
  const double quarters = hours * 4.0;
  if (!(hours >= 0.0 && hours <= kMaxModuleHours) || quarters != std::floor(quarters)) {
    r.report("bad_value", p, "expected hours in quarter-hour steps from 0 to 1000");
    return std::nullopt;
  }
  return hours;
}

void read_modules(Reader& r, const Json& doc, const Catalog* catalog, std::vector<ModuleRecord>& out) {
  static const char* const kKeys[] = {"id", "started", "completed", "hours"};
  const Json* list = r.array(doc, "modules", "");
  if (list == nullptr) return;
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& m = (*list)[i];
    const std::string p = child("/modules", i);
    if (!r.expect_object(m, p)) continue;
    reject_unexpected(r, m, p, kKeys);
    auto id = read_id(r, m, "id", p);
    auto started = read_period(r, m, "started", p);
    std::optional<Period> completed;
    bool completed_ok = true;
    if (const Json* c = r.member(m, "completed", p, true); c != nullptr && !c->is_null()) {
      completed = read_period(r, m, "completed", p);
      completed_ok = completed.has_value();
    } else {
      completed_ok = c != nullptr;
    }
    auto hours = read_hours(r, m, p);
    if (started && completed && *completed < *started) {
      r.report("bad_value", child(p, "completed"), "completed before it was started");
    }
    if (!id) continue;
    if (catalog != nullptr && catalog->find_module(*id) == nullptr) r.report("unknown_module", child(p, "id"), *id);
    if (!seen.insert(*id).second) r.report("bad_value", child(p, "id"), "module listed twice: " + *id);
    if (started && completed_ok && hours) out.push_back(ModuleRecord{*id, *started, completed, *hours});
  }
}

// Levels 0..3 or "na" by statement id: the round's answers, and T1's then/now answers.
void read_levels(Reader& r, const Json& levels, const std::string& p, const Instrument* instrument,
                 bool then_now, std::map<std::string, int>& out) {
  for (const auto& [statement, level] : levels.items()) {
    const std::string lp = child(p, statement);
    if (!json_read::is_valid_id(statement)) {
      r.report("bad_value", lp, "not a statement id");
      continue;
    }
    if (instrument != nullptr) {
      const Statement* known = instrument->find_statement(statement);
      if (known == nullptr) r.report("unknown_statement", lp, statement);
      else if (then_now && !known->then_now) r.report("not_then_now", lp, statement);
    }
    if (level.is_string()) {
      if (level.get_ref<const Json::string_t&>() == kNotApplicableText) out[statement] = kNotApplicable;
      else r.report("bad_value", lp, "expected 0 to 3 or \"na\"");
    } else if (level.is_number()) {
      auto n = json_read::int_of(level);
      if (n && *n >= 0 && *n <= kMaxLevel) out[statement] = *n;
      else r.report("bad_value", lp, "expected 0 to 3 or \"na\"");
    } else {
      r.report("wrong_type", lp, "expected 0 to 3 or \"na\"");
    }
  }
}

// Agreement 1..5 by evaluation item id; `round` (T1 or T2, or none) says which items it may hold.
void read_evaluation(Reader& r, const Json& values, const std::string& p, const Instrument* instrument,
                     const Round* round, std::map<std::string, int>& out) {
  for (const auto& [item_id, value] : values.items()) {
    const std::string vp = child(p, item_id);
    if (!json_read::is_valid_id(item_id)) {
      r.report("bad_value", vp, "not an evaluation item id");
      continue;
    }
    if (instrument != nullptr) {
      const EvaluationItem* item = instrument->find_evaluation(item_id);
      if (item == nullptr) r.report("unknown_evaluation_item", vp, item_id);
      else if (round != nullptr && !round_asks_item(*round, *item)) r.report("not_use_item", vp, item_id);
    }
    if (!value.is_number()) {
      r.report("wrong_type", vp, "expected 1 to 5");
      continue;
    }
    auto n = json_read::int_of(value);
    if (n && is_valid_agreement(*n)) out[item_id] = *n;
    else r.report("bad_value", vp, "expected 1 to 5");
  }
}

void read_rounds(Reader& r, const Json& doc, const Catalog* catalog, std::vector<AssessmentRound>& out) {
  static const char* const kKeys[] = {"instrument", "round", "period", "answers", "then", "evaluation"};
  const Json* list = r.array(doc, "self_assessment", "");
  if (list == nullptr) return;
  std::set<Round> seen;
  std::optional<Round> previous;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& item = (*list)[i];
    const std::string p = child("/self_assessment", i);
    if (!r.expect_object(item, p)) continue;
    reject_unexpected(r, item, p, kKeys);
    AssessmentRound round;
    const Instrument* instrument = nullptr;
    if (auto id = read_id(r, item, "instrument", p)) {
      round.instrument_id = *id;
      if (catalog != nullptr) {
        if (catalog->instrument && catalog->instrument->id == *id) instrument = &*catalog->instrument;
        else r.report("unknown_instrument", child(p, "instrument"), *id);
      }
    }
    std::optional<Round> which;
    if (auto name = r.string(item, "round", p)) {
      which = round_from_id(*name);
      if (!which) {
        r.report("bad_value", child(p, "round"), "expected T0, T1 or T2");
      } else if (!seen.insert(*which).second) {
        r.report("duplicate_round", child(p, "round"), "round listed twice: " + *name);
      } else if (previous && *which < *previous) {
        r.report("round_order", child(p, "round"), "rounds go T0, T1, T2: " + *name);
      }
      if (which) {
        round.round = *which;
        previous = which;
      }
    }
    if (auto period = read_period(r, item, "period", p)) round.period = *period;
    if (const Json* answers = r.object(item, "answers", p)) {
      read_levels(r, *answers, child(p, "answers"), instrument, false, round.answers);
    }
    // Optional parts, each only in the round that asks it; present means not empty.
    if (const Json* then = r.object(item, "then", p, false)) {
      const std::string tp = child(p, "then");
      if (which && !round_asks_then(*which)) r.report("not_in_round", tp, "then/now answers belong to T1 only");
      else if (then->empty()) r.report("bad_value", tp, "left out when empty");
      read_levels(r, *then, tp, instrument, true, round.then);
    }
    if (const Json* evaluation = r.object(item, "evaluation", p, false)) {
      const std::string ep = child(p, "evaluation");
      if (which && !asks_evaluation(*which)) r.report("not_in_round", ep, "T0 has no course evaluation");
      else if (evaluation->empty()) r.report("bad_value", ep, "left out when empty");
      const Round* asking = which && *which != Round::t0 ? &*which : nullptr;
      read_evaluation(r, *evaluation, ep, instrument, asking, round.evaluation);
    }
    out.push_back(std::move(round));
  }
}

// The finished manager survey: closed answers (option ids) only.
void read_manager(Reader& r, const Json& doc, const Catalog* catalog, std::optional<ManagerRecord>& out) {
  static const char* const kKeys[] = {"survey", "period", "answers"};
  const Json* manager = r.object(doc, "manager", "", false);
  if (manager == nullptr) return;
  const std::string p = "/manager";
  reject_unexpected(r, *manager, p, kKeys);
  ManagerRecord record;
  const Survey* survey = nullptr;
  if (auto id = read_id(r, *manager, "survey", p)) {
    record.survey_id = *id;
    if (catalog != nullptr) {
      if (catalog->manager_survey && catalog->manager_survey->id == *id) survey = &*catalog->manager_survey;
      else r.report("unknown_survey", child(p, "survey"), *id);
    }
  }
  if (auto period = read_period(r, *manager, "period", p)) record.period = *period;
  if (const Json* answers = r.object(*manager, "answers", p)) {
    const std::string ap = child(p, "answers");
    for (const auto& [question_id, options] : answers->items()) {
      const std::string qp = child(ap, question_id);
      if (!json_read::is_valid_id(question_id)) {
        r.report("bad_value", qp, "not a question id");
        continue;
      }
      if (!r.expect_array(options, qp)) continue;
      std::vector<std::string> ids;
      bool well_formed = true;
      for (std::size_t i = 0; i < options.size(); ++i) {
        auto id = r.as_string(options[i], child(qp, i));
        if (id && !json_read::is_valid_id(*id)) r.report("bad_value", child(qp, i), "not an option id");
        if (id && json_read::is_valid_id(*id)) ids.push_back(*id);
        else well_formed = false;
      }
      if (!well_formed) continue;
      const std::set<std::string> distinct(ids.begin(), ids.end());
      if (ids.empty() || distinct.size() != ids.size()) {
        r.report("bad_value", qp, "expected one or more different option ids");
        continue;
      }
      if (survey != nullptr) {
        const SurveyQuestion* question = survey->find_question(question_id);
        if (question == nullptr) r.report("unknown_survey_question", qp, question_id);
        else if (!is_valid_survey_answer(*question, ids)) r.report("bad_survey_answer", qp, question_id);
      }
      record.answers[question_id] = std::move(ids);
    }
  }
  out = std::move(record);
}

// The file's text without whitespace between tokens (strings kept as they are) and without its
// last member, the checksum, when that member is last and a plain text; else nothing.
std::optional<std::string> compact_without_checksum(const std::string& text, const std::string& given) {
  std::string out;
  out.reserve(text.size());
  bool in_string = false, escaped = false;
  for (const char c : text) {
    if (in_string) {
      out += c;
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
      out += c;
    } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
      out += c;
    }
  }
  if (out.rfind("\xEF\xBB\xBF", 0) == 0) out.erase(0, 3);  // a byte order mark some editors add
  const std::string tail = ",\"checksum\":\"" + given + "\"}";
  if (out.size() < tail.size() || out.compare(out.size() - tail.size(), tail.size(), tail) != 0) {
    return std::nullopt;
  }
  out.resize(out.size() - tail.size());
  out += '}';
  return out;
}

// The checksum is checked once the file is known to be well formed. Fast path: a file as the page
// wrote it (or only re-indented) has, without whitespace, exactly the compact form the checksum is
// over. Otherwise the file is read again in its own key order (ordered_json) and dumped compactly,
// the definition in docs/result-file.md (numbers or escapes written differently).
void check_checksum(Reader& r, const std::string& text, const std::string& given) {
  if (const std::optional<std::string> compact = compact_without_checksum(text, given)) {
    if (result_checksum(*compact) == given) return;
  }
  std::optional<Ordered> parsed = json_read::parse(text);
  if (!parsed) return;  // reported before, as every case below
  Ordered& doc = *parsed;
  const auto it = doc.find("checksum");
  if (it == doc.end() || !it->is_string()) return;
  doc.erase(it);
  if (given != result_checksum(doc.dump(-1, ' ', false, Ordered::error_handler_t::replace))) {
    r.report("bad_checksum", "/checksum", given);
  }
}

Ordered optional_text(const std::string& s) { return s.empty() ? Ordered(nullptr) : Ordered(s); }
Ordered optional_text(const std::optional<std::string>& s) { return s ? Ordered(*s) : Ordered(nullptr); }
Ordered period_or_null(const std::optional<Period>& p) { return p ? Ordered(to_string(*p)) : Ordered(nullptr); }
Ordered levels_json(const std::map<std::string, int>& levels) {
  Ordered out = Ordered::object();
  for (const auto& [id, level] : levels) {
    out[id] = level == kNotApplicable ? Ordered(kNotApplicableText) : Ordered(level);
  }
  return out;
}

}  // namespace

ResultFile make_result_file(const ProgressState& state, const Catalog& catalog, Period now) {
  ResultFile file;
  if (state.programme && is_valid_participant_code(state.programme->id)) {
    file.programme = state.programme->id;
    for (const Organisation& o : state.programme->organisations) {
      if (!o.code.empty() && o.code == state.organisation) file.organisation = o.code;
    }
  }
  file.participant = state.participant_code;
  file.exported = now;
  // Only the fixed options leave the device, whatever the saved state holds.
  for (const char* key : kBackgroundKeys) {
    const std::string& value = *state.background.field(key);
    if (is_valid_background_answer(key, value)) *file.background.field(key) = value;
  }
  for (const auto& [id, progress] : state.modules) {
    if (catalog.find_module(id) == nullptr) continue;
    // Progress saved before "started" was kept (version 1) has only the completion quarter: the
    // module was started then at the latest.
    const std::optional<Period> started = progress.started ? progress.started : progress.completed;
    if (!started) continue;
    const double hours = std::min(rounded_hours(progress.active_seconds), kMaxModuleHours);
    file.modules.push_back(ModuleRecord{id, *started, progress.completed, hours});
  }
  const Instrument* instrument = catalog.instrument ? &*catalog.instrument : nullptr;
  for (const auto& [round, progress] : state.rounds) {  // map order: T0, T1, T2
    if (!progress.finished || instrument == nullptr || progress.instrument_id != instrument->id) continue;
    AssessmentRound record;
    record.instrument_id = progress.instrument_id;
    record.round = round;
    record.period = *progress.finished;
    for (const auto& [statement, level] : progress.answers) {
      if (instrument->find_statement(statement) != nullptr && is_valid_level(level)) {
        record.answers[statement] = level;
      }
    }
    if (round_asks_then(round)) {
      for (const auto& [statement, level] : progress.then_answers) {
        const Statement* known = instrument->find_statement(statement);
        if (known != nullptr && known->then_now && is_valid_level(level)) record.then[statement] = level;
      }
    }
    for (const auto& [item_id, value] : progress.evaluation) {
      const EvaluationItem* item = instrument->find_evaluation(item_id);
      if (item != nullptr && round_asks_item(round, *item) && is_valid_agreement(value)) {
        record.evaluation[item_id] = value;
      }
    }
    file.rounds.push_back(std::move(record));
  }
  const auto& survey = state.manager_survey;
  if (survey.finished && catalog.manager_survey && survey.survey_id == catalog.manager_survey->id) {
    ManagerRecord record;
    record.survey_id = survey.survey_id;
    record.period = *survey.finished;
    for (const auto& [question_id, options] : survey.answers) {
      const SurveyQuestion* question = catalog.manager_survey->find_question(question_id);
      // An answer to a question that its earlier answer no longer asks stays on the device.
      if (question != nullptr && is_valid_survey_answer(*question, options) &&
          survey_question_asked(*catalog.manager_survey, *question, survey.answers)) {
        record.answers[question_id] = options;
      }
    }
    file.manager = std::move(record);
  }
  return file;
}

namespace {

// The file's document without its checksum, which comes last (result_document).
Ordered unsummed_document(const ResultFile& file) {
  Ordered out = Ordered::object();
  out["format"] = kResultFormat;
  out["version"] = file.version;
  out["programme"] = optional_text(file.programme);
  out["organisation"] = optional_text(file.organisation);
  out["participant"] = file.participant;
  out["exported"] = to_string(file.exported);
  out["background"] = Ordered::object();
  for (const char* key : kBackgroundKeys) out["background"][key] = optional_text(*file.background.field(key));
  out["modules"] = Ordered::array();
  for (const auto& m : file.modules) {
    Ordered item = Ordered::object();
    item["id"] = m.module_id;
    item["started"] = to_string(m.started);
    item["completed"] = period_or_null(m.completed);
    item["hours"] = m.hours;
    out["modules"].push_back(std::move(item));
  }
  out["self_assessment"] = Ordered::array();
  for (const auto& round : file.rounds) {
    Ordered item = Ordered::object();
    item["instrument"] = round.instrument_id;
    item["round"] = round_id(round.round);
    item["period"] = to_string(round.period);
    item["answers"] = levels_json(round.answers);
    if (!round.then.empty()) item["then"] = levels_json(round.then);
    if (!round.evaluation.empty()) {
      item["evaluation"] = Ordered::object();
      for (const auto& [item_id, value] : round.evaluation) item["evaluation"][item_id] = value;
    }
    out["self_assessment"].push_back(std::move(item));
  }
  if (file.manager) {
    Ordered manager = Ordered::object();
    manager["survey"] = file.manager->survey_id;
    manager["period"] = to_string(file.manager->period);
    manager["answers"] = Ordered::object();
    for (const auto& [question_id, options] : file.manager->answers) {
      manager["answers"][question_id] = Ordered::array();
      for (const auto& option : options) manager["answers"][question_id].push_back(option);
    }
    out["manager"] = std::move(manager);
  }
  return out;
}

std::string compact(const Ordered& doc) { return doc.dump(-1, ' ', false, Ordered::error_handler_t::replace); }

// The file's document, checksum included (result_to_json).
Ordered result_document(const ResultFile& file) {
  Ordered out = unsummed_document(file);
  out["checksum"] = result_checksum(compact(out));
  return out;
}

}  // namespace

std::string result_to_json(const ResultFile& file) {
  return result_document(file).dump(2, ' ', false, Ordered::error_handler_t::replace) + "\n";
}

// result_document's compact text, dumped once: the checksum member goes before the closing brace.
std::string result_to_compact_json(const ResultFile& file) {
  std::string text = compact(unsummed_document(file));
  const std::string checksum = result_checksum(text);
  text.pop_back();
  text += ",\"checksum\":\"" + checksum + "\"}";
  return text;
}

std::string result_checksum(std::string_view compact_json) {
  const std::uint64_t hash = XXH64(compact_json.data(), compact_json.size(), 0);
  static const char kHex[] = "0123456789abcdef";
  std::string out = kResultChecksumPrefix;
  for (int shift = 60; shift >= 0; shift -= 4) out += kHex[(hash >> shift) & 0xFu];
  return out;
}

std::string result_file_name(const ResultFile& file, std::uint64_t random_bits) {
  return "digilyft-resultat-" + to_string(file.exported) + "-" + make_participant_code(random_bits).substr(0, 6) +
         ".json";
}

std::optional<ResultFile> parse_result_file(const std::string& text, const std::string& file_name,
                                            const Catalog* catalog, std::vector<Problem>& problems) {
  static const char* const kTopKeys[] = {"format",     "version", "programme",       "organisation",
                                         "participant", "exported", "background",     "modules",
                                         "self_assessment", "manager", "checksum"};
  Reader r("result.", file_name, problems);
  const std::size_t before = r.problem_count();
  if (text.size() > kMaxResultFileBytes) {
    r.report("too_large", "", std::to_string(text.size()) + " bytes");
    return std::nullopt;
  }
  // Plain text (a note, a CSV) is no result file at all: say so, not "damaged". What is empty,
  // breaks off or is in another encoding may be a damaged one (result.not_json says so).
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first != std::string::npos) {
    const unsigned char c = static_cast<unsigned char>(text[first]);
    if (c >= 0x20 && c < 0x7F && c != '{' && c != '[') {
      r.report("foreign_file", "", "not a JSON object");
      return std::nullopt;
    }
  }
  const auto doc = json_read::parse_format(r, text, kResultFormat, "foreign_file");
  if (!doc) return std::nullopt;
  // A newer file may have fields this version does not know: say "newer", not "unexpected".
  const auto version = r.integer(*doc, "version", "");
  if (!version) return std::nullopt;
  if (*version > kResultVersion) {
    r.report("future_version", "/version", std::to_string(*version));
    return std::nullopt;
  }
  if (*version < 1) {
    r.report("bad_value", "/version", std::to_string(*version));
    return std::nullopt;
  }

  // A file saved before the format had a checksum (or made by hand) is refused for that alone.
  const auto checksum = doc->find("checksum");
  if (checksum == doc->end()) {
    r.report("no_checksum", "/checksum");
    return std::nullopt;
  }
  if (!checksum->is_string()) {
    r.report("wrong_type", "/checksum", "expected a text");
    return std::nullopt;
  }

  ResultFile file;
  file.version = *version;
  reject_unexpected(r, *doc, "", kTopKeys);
  read_programme(r, *doc, file);
  if (auto code = r.string(*doc, "participant", "")) {
    if (is_valid_participant_code(*code)) file.participant = *code;
    else r.report("bad_value", "/participant", "not a participant code");
  }
  if (auto exported = read_period(r, *doc, "exported", "")) file.exported = *exported;
  read_background(r, *doc, file.background);
  read_modules(r, *doc, catalog, file.modules);
  read_rounds(r, *doc, catalog, file.rounds);
  read_manager(r, *doc, catalog, file.manager);
  if (r.problem_count() != before) return std::nullopt;
  check_checksum(r, text, checksum->get<std::string>());
  if (r.problem_count() != before) return std::nullopt;
  return file;
}

}  // namespace dl
