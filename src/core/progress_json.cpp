// Progress as JSON for the browser's storage. Reading is forgiving: ids the content no longer has
// are kept (content may come back), a damaged part is skipped, and only data that is not Digilyft
// progress at all is refused, so one bad value never costs a person all their answers.
#include <algorithm>
#include <cstdint>

#include <nlohmann/json.hpp>

#include "calendar.hpp"
#include "json_reader.hpp"
#include "progress.hpp"

namespace dl {
namespace {

using json_read::child;
using json_read::Json;
using json_read::Reader;
using Ordered = nlohmann::ordered_json;

constexpr const char* kProgressFormat = "digilyft-progress";
// 1: answers as one choice id per question. 2: answers as lists of ids (five question kinds),
// drafts, scenarios, active time, started, last module. 3: self-assessment rounds T0/T1/T2 (the
// one "self_assessment" of 1 and 2 is T0), the manager survey, the measuring plan, work setting.
// 4: the programme the person joined (from its link) and the organisation they chose.
// Older versions are still read; an older page refuses a newer version (future_version) instead of
// reading it and saving answers away.
constexpr int kProgressVersion = 4;
constexpr const char* kNotApplicableText = "na";
// A guard against a damaged page number only: the screen clamps to the round's real pages. A place
// saved before the parts were split into short pages (an app from before December 2026) opens at
// or before the page the person was on, never after it, and every answer is kept.
constexpr int kMostAssessmentPages = 1000;
const char* const kBackgroundKeys[] = {"gender", "age_band", "role_family", "work_setting"};

Ordered period_json(const std::optional<Period>& p) { return p ? Ordered(to_string(*p)) : Ordered(nullptr); }

Ordered ids_json(const Answer& ids) {
  Ordered out = Ordered::array();
  for (const auto& id : ids) out.push_back(id);
  return out;
}

Ordered module_json(const ModuleProgress& m) {
  Ordered out = Ordered::object();
  out["current_page"] = m.current_page;
  out["pages_seen"] = Ordered::array();
  for (const auto& id : m.pages_seen) out["pages_seen"].push_back(id);
  out["answers"] = Ordered::object();
  for (const auto& [question, answer] : m.answers) out["answers"][question] = ids_json(answer);
  out["drafts"] = Ordered::object();
  for (const auto& [question, draft] : m.drafts) out["drafts"][question] = ids_json(draft);
  out["attempts"] = Ordered::object();
  for (const auto& [question, n] : m.attempts) out["attempts"][question] = n;
  out["scenarios"] = Ordered::object();
  for (const auto& [scenario, option] : m.scenarios) out["scenarios"][scenario] = option;
  out["active_seconds"] = m.active_seconds;
  out["started"] = period_json(m.started);
  out["completed"] = period_json(m.completed);
  return out;
}

Ordered levels_json(const std::map<std::string, int>& levels) {
  Ordered out = Ordered::object();
  for (const auto& [id, level] : levels) {
    out[id] = level == kNotApplicable ? Ordered(kNotApplicableText) : Ordered(level);
  }
  return out;
}

Ordered round_json(const RoundProgress& round) {
  Ordered out = Ordered::object();
  out["instrument"] = round.instrument_id;
  out["answers"] = levels_json(round.answers);
  out["then"] = levels_json(round.then_answers);
  out["evaluation"] = Ordered::object();
  for (const auto& [item, value] : round.evaluation) out["evaluation"][item] = value;
  out["current_page"] = round.current_page;
  out["finished"] = period_json(round.finished);
  out["finished_on"] = round.finished_on ? Ordered(to_iso(*round.finished_on)) : Ordered(nullptr);
  return out;
}

Ordered survey_json(const ManagerSurveyProgress& survey) {
  Ordered out = Ordered::object();
  out["survey"] = survey.survey_id;
  out["answers"] = Ordered::object();
  for (const auto& [question, options] : survey.answers) out["answers"][question] = ids_json(options);
  out["finished"] = period_json(survey.finished);
  return out;
}

Ordered programme_json(const std::optional<Programme>& programme) {
  if (!programme) return nullptr;
  Ordered out = Ordered::object();
  out["id"] = programme->id;
  out["name"] = programme->name;
  out["organisations"] = Ordered::array();
  for (const Organisation& o : programme->organisations) {
    out["organisations"].push_back({{"code", o.code}, {"name", o.name}});
  }
  out["modules"] = ids_json(programme->module_ids);
  out["instruments"] = ids_json(programme->instrument_ids);
  out["t2_interval_months"] = programme->t2_interval_months;
  out["public_key"] = programme->public_key;
  return out;
}

std::optional<Period> read_period(Reader& r, const Json& obj, const std::string& key, const std::string& pointer) {
  const Json* v = r.member(obj, key, pointer, false);
  if (v == nullptr || v->is_null()) return std::nullopt;
  auto text = r.as_string(*v, child(pointer, key));
  if (!text) return std::nullopt;
  auto period = parse_period(*text);
  if (!period) r.report("wrong_type", child(pointer, key), *text);
  return period;
}

std::string read_string(Reader& r, const Json& obj, const std::string& key, const std::string& pointer) {
  return r.string(obj, key, pointer, false).value_or("");
}

// A list of ids; version 1 saved a single choice id as a plain string, read as a list of one.
std::optional<Answer> read_ids(Reader& r, const Json& value, const std::string& pointer, bool accept_plain_string) {
  if (accept_plain_string && value.is_string()) return Answer{value.get<std::string>()};
  if (!value.is_array()) {
    r.report("wrong_type", pointer);
    return std::nullopt;
  }
  Answer ids;
  for (const auto& id : value) {
    if (!id.is_string()) {
      r.report("wrong_type", pointer);  // half an answer would be another answer: skip it all
      return std::nullopt;
    }
    ids.push_back(id.get<std::string>());
  }
  return ids;
}

void read_answer_map(Reader& r, const Json& value, const std::string& key, const std::string& p, int version,
                     std::map<std::string, Answer>& out) {
  const Json* answers = r.object(value, key, p, false);
  if (answers == nullptr) return;
  for (const auto& [question, answer] : answers->items()) {
    if (auto ids = read_ids(r, answer, child(child(p, key), question), version == 1)) out[question] = std::move(*ids);
  }
}

ModuleProgress read_module(Reader& r, const Json& value, const std::string& p, int version) {
  ModuleProgress m;
  m.current_page = read_string(r, value, "current_page", p);
  if (const Json* seen = r.array(value, "pages_seen", p, false)) {
    for (std::size_t i = 0; i < seen->size(); ++i) {
      if (auto id = r.as_string((*seen)[i], child(child(p, "pages_seen"), i))) m.pages_seen.insert(*id);
    }
  }
  read_answer_map(r, value, "answers", p, version, m.answers);
  read_answer_map(r, value, "drafts", p, version, m.drafts);
  if (const Json* attempts = r.object(value, "attempts", p, false)) {
    for (const auto& [question, n] : attempts->items()) {
      auto count = json_read::int_of(n);
      if (count && *count >= 0) m.attempts[question] = *count;
      else r.report("wrong_type", child(child(p, "attempts"), question));
    }
  }
  if (const Json* scenarios = r.object(value, "scenarios", p, false)) {
    for (const auto& [scenario, option] : scenarios->items()) {
      if (auto id = r.as_string(option, child(child(p, "scenarios"), scenario))) m.scenarios[scenario] = *id;
    }
  }
  if (const Json* seconds = r.member(value, "active_seconds", p, false)) {
    if (seconds->is_number_integer() && seconds->get<std::int64_t>() >= 0) m.active_seconds = seconds->get<std::int64_t>();
    else r.report("wrong_type", child(p, "active_seconds"));
  }
  m.started = read_period(r, value, "started", p);
  m.completed = read_period(r, value, "completed", p);
  return m;
}

std::optional<Date> read_date(Reader& r, const Json& obj, const std::string& key,
                              const std::string& pointer) {
  const Json* v = r.member(obj, key, pointer, false);
  if (v == nullptr || v->is_null()) return std::nullopt;
  auto text = r.as_string(*v, child(pointer, key));
  if (!text) return std::nullopt;
  auto date = parse_iso_date(*text);
  if (!date) r.report("wrong_type", child(pointer, key), *text);
  return date;
}

// Levels 0..3 or "na" by statement id; a value out of range is skipped (and listed).
void read_levels(Reader& r, const Json& obj, const std::string& key, const std::string& p,
                 std::map<std::string, int>& out) {
  const Json* levels = r.object(obj, key, p, false);
  if (levels == nullptr) return;
  for (const auto& [statement, level] : levels->items()) {
    if (level.is_string() && level.get_ref<const Json::string_t&>() == kNotApplicableText) {
      out[statement] = kNotApplicable;
      continue;
    }
    auto n = json_read::int_of(level);
    if (n && *n >= 0 && *n <= kMaxLevel) out[statement] = *n;
    else r.report("wrong_type", child(child(p, key), statement));
  }
}

int read_page(Reader& r, const Json& obj, const std::string& p, int pages = kMostAssessmentPages) {
  auto page = r.integer(obj, "current_page", p, false);
  return page ? std::clamp(*page, 0, pages - 1) : 0;
}

RoundProgress read_round(Reader& r, const Json& value, const std::string& p) {
  RoundProgress round;
  round.instrument_id = read_string(r, value, "instrument", p);
  read_levels(r, value, "answers", p, round.answers);
  read_levels(r, value, "then", p, round.then_answers);
  if (const Json* evaluation = r.object(value, "evaluation", p, false)) {
    for (const auto& [item, v] : evaluation->items()) {
      auto n = json_read::int_of(v);
      if (n && is_valid_agreement(*n)) round.evaluation[item] = *n;
      else r.report("wrong_type", child(child(p, "evaluation"), item));
    }
  }
  round.current_page = read_page(r, value, p);
  round.finished = read_period(r, value, "finished", p);
  round.finished_on = read_date(r, value, "finished_on", p);
  return round;
}

// Versions 1 and 2 had one self-assessment, the baseline: it becomes round T0, finished on an
// unknown day (only T1's day sets a due date). An untouched one is no round at all.
void read_self_assessment(Reader& r, const Json& value, ProgressState& state) {
  const std::string p = "/self_assessment";
  RoundProgress t0;
  t0.instrument_id = read_string(r, value, "instrument", p);
  read_levels(r, value, "answers", p, t0.answers);
  t0.current_page = read_page(r, value, p, 1 + kAreaCount);  // background, then the five areas
  t0.finished = read_period(r, value, "finished", p);
  if (!(t0 == RoundProgress{})) state.rounds[Round::t0] = std::move(t0);
}

void read_rounds(Reader& r, const Json& rounds, ProgressState& state) {
  for (const auto& [id, value] : rounds.items()) {
    const std::string p = child("/rounds", id);
    const auto round = round_from_id(id);
    if (!round) {
      r.report("wrong_type", p, id);
      continue;
    }
    if (r.expect_object(value, p)) state.rounds[*round] = read_round(r, value, p);
  }
}

void read_manager_survey(Reader& r, const Json& value, ManagerSurveyProgress& survey) {
  const std::string p = "/manager_survey";
  survey.survey_id = read_string(r, value, "survey", p);
  if (const Json* answers = r.object(value, "answers", p, false)) {
    for (const auto& [question, options] : answers->items()) {
      if (auto ids = read_ids(r, options, child(child(p, "answers"), question), false)) {
        survey.answers[question] = std::move(*ids);
      }
    }
  }
  survey.finished = read_period(r, value, "finished", p);
}

void read_plan(Reader& r, const Json& value, MeasurementPlan& plan) {
  const Json* months = r.member(value, "t2_interval_months", "/plan", false);
  if (months == nullptr) return;
  const auto n = json_read::int_of(*months);
  if (n && *n >= 1 && *n <= 24) plan.t2_interval_months = *n;
  else r.report("wrong_type", "/plan/t2_interval_months");
}

// A member that must be there: a missing one is damage like a wrong type.
const Json* needed(Reader& r, const Json& obj, const std::string& key, const std::string& pointer) {
  const Json* v = r.member(obj, key, pointer, false);
  if (v == nullptr) r.report("wrong_type", child(pointer, key));
  return v;
}

std::string needed_string(Reader& r, const Json& obj, const std::string& key, const std::string& pointer) {
  const Json* v = needed(r, obj, key, pointer);
  return v == nullptr ? "" : r.as_string(*v, child(pointer, key)).value_or("");
}

std::vector<std::string> needed_ids(Reader& r, const Json& obj, const std::string& key,
                                    const std::string& pointer) {
  const Json* v = needed(r, obj, key, pointer);
  return v == nullptr ? Answer{} : read_ids(r, *v, child(pointer, key), false).value_or(Answer{});
}

// The programme as it was joined (the link's checks ran then). Any damage leaves it out whole:
// half a programme would be another programme.
std::optional<Programme> read_programme(Reader& r, const Json& value) {
  const std::string p = "/programme";
  if (!r.expect_object(value, p)) return std::nullopt;
  const std::size_t before = r.problem_count();
  Programme programme;
  programme.id = needed_string(r, value, "id", p);
  programme.name = needed_string(r, value, "name", p);
  const std::string organisations = child(p, "organisations");
  const Json* list = needed(r, value, "organisations", p);
  if (list != nullptr && r.expect_array(*list, organisations)) {
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string op = child(organisations, i);
      if (!r.expect_object((*list)[i], op)) continue;
      programme.organisations.push_back(
          Organisation{needed_string(r, (*list)[i], "code", op), needed_string(r, (*list)[i], "name", op)});
    }
  }
  programme.module_ids = needed_ids(r, value, "modules", p);
  programme.instrument_ids = needed_ids(r, value, "instruments", p);
  if (const Json* months = needed(r, value, "t2_interval_months", p)) {
    const auto n = json_read::int_of(*months);
    if (n && *n >= 1 && *n <= 24) programme.t2_interval_months = *n;
    else r.report("wrong_type", child(p, "t2_interval_months"));
  }
  if (const Json* key = r.member(value, "public_key", p, false)) {  // joined before sealing: none
    if (auto text = r.as_string(*key, child(p, "public_key"))) programme.public_key = *text;
  }
  if (r.problem_count() != before) return std::nullopt;
  return programme;
}

// The organisation counts only as a code of the programme's list.
void read_organisation(Reader& r, const Json& doc, ProgressState& state) {
  const std::string code = read_string(r, doc, "organisation", "");
  if (code.empty()) return;
  const bool listed = state.programme && std::any_of(state.programme->organisations.begin(),
                                                     state.programme->organisations.end(),
                                                     [&](const Organisation& o) { return o.code == code; });
  if (listed) state.organisation = code;
  else r.report("wrong_type", "/organisation", code);
}

}  // namespace

std::string progress_to_json(const ProgressState& state) {
  Ordered out = Ordered::object();
  out["format"] = kProgressFormat;
  out["version"] = kProgressVersion;
  out["participant"] = state.participant_code;
  out["lang"] = lang_code(state.lang);
  out["background"] = Ordered::object();
  for (const char* key : kBackgroundKeys) out["background"][key] = *state.background.field(key);
  out["modules"] = Ordered::object();
  for (const auto& [id, m] : state.modules) out["modules"][id] = module_json(m);
  out["last_module"] = state.last_module;
  out["rounds"] = Ordered::object();
  for (const auto& [round, progress] : state.rounds) out["rounds"][round_id(round)] = round_json(progress);
  out["manager_survey"] = survey_json(state.manager_survey);
  out["plan"] = {{"t2_interval_months", state.plan.t2_interval_months}};
  out["programme"] = programme_json(state.programme);
  out["organisation"] = state.organisation;
  out["before_round_declined"] = state.before_round_declined;
  // Replace, never throw, should a string ever hold bytes that are not UTF-8.
  return out.dump(2, ' ', false, Ordered::error_handler_t::replace);
}

std::optional<ProgressState> progress_from_json(const std::string& text, std::vector<Problem>& problems) {
  Reader r("progress.", "progress", problems);
  const auto doc = json_read::parse_format(r, text, kProgressFormat, "wrong_format");
  if (!doc) return std::nullopt;
  const auto version = doc->find("version");
  const auto version_number = version == doc->end() ? std::nullopt : json_read::int_of(*version);
  if (!version_number || *version_number < 1) {
    r.report("wrong_format", "/version");
    return std::nullopt;
  }
  if (*version_number > kProgressVersion) {
    r.report("future_version", "/version", std::to_string(*version_number));
    return std::nullopt;
  }

  ProgressState state;
  state.participant_code = read_string(r, *doc, "participant", "");
  state.lang = lang_from_code(read_string(r, *doc, "lang", ""));
  if (const Json* bg = r.object(*doc, "background", "", false)) {
    for (const char* question : kBackgroundKeys) {
      const std::string value = read_string(r, *bg, question, "/background");
      if (value.empty() || is_valid_background_answer(question, value)) {
        *state.background.field(question) = value;
      } else {
        r.report("wrong_type", child("/background", question), value);
      }
    }
  }
  if (const Json* modules = r.object(*doc, "modules", "", false)) {
    for (const auto& [id, value] : modules->items()) {
      const std::string p = child("/modules", id);
      if (r.expect_object(value, p)) state.modules[id] = read_module(r, value, p, *version_number);
    }
  }
  state.last_module = read_string(r, *doc, "last_module", "");
  if (*version_number < 3) {
    if (const Json* sa = r.object(*doc, "self_assessment", "", false)) read_self_assessment(r, *sa, state);
    return state;
  }
  if (const Json* rounds = r.object(*doc, "rounds", "", false)) read_rounds(r, *rounds, state);
  if (const Json* survey = r.object(*doc, "manager_survey", "", false)) {
    read_manager_survey(r, *survey, state.manager_survey);
  }
  if (const Json* plan = r.object(*doc, "plan", "", false)) read_plan(r, *plan, state.plan);
  if (*version_number < 4) return state;
  const Json* programme = r.member(*doc, "programme", "", false);
  if (programme != nullptr && !programme->is_null()) state.programme = read_programme(r, *programme);
  read_organisation(r, *doc, state);
  state.before_round_declined = r.boolean(*doc, "before_round_declined", "", false).value_or(false);
  return state;
}

}  // namespace dl
