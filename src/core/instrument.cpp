// The self-assessment instrument and the manager survey (chefsenkät): their scales, topics and
// model helpers, and the parsers that check their files (docs/content-format.md) with a stable code
// and a JSON pointer for every problem. A file with any problem is left out whole.
#include <algorithm>
#include <iterator>
#include <map>
#include <set>

#include "content.hpp"
#include "content_checks.hpp"
#include "content_reading.hpp"

namespace dl {

// ---- Scales and topics ----------------------------------------------------------------------

bool is_valid_level(int level) { return level == kNotApplicable || (level >= 0 && level <= kMaxLevel); }

Phrase level_label(int level) {
  static constexpr Phrase kLabels[] = {
      {"Jag vet inte hur man gör", "I don't know how"},
      {"Jag kan med hjälp", "I can with help"},
      {"Jag kan på egen hand", "I can on my own"},
      {"Jag kan det säkert och kan hjälpa andra", "I can do it confidently and help others"},
  };
  static_assert(std::size(kLabels) == kMaxLevel + 1);
  if (level == kNotApplicable) return {"Ej aktuellt i mitt arbete", "Not relevant in my work"};
  return level >= 0 && level <= kMaxLevel ? kLabels[level] : Phrase{};
}

bool is_valid_agreement(int value) { return value >= kMinAgreement && value <= kMaxAgreement; }

Phrase agreement_label(int value) {
  static constexpr Phrase kLabels[] = {
      {"Stämmer inte alls", "Not true at all"},
      {"Stämmer ganska dåligt", "Mostly not true"},
      {"Stämmer delvis", "Partly true"},
      {"Stämmer ganska bra", "Mostly true"},
      {"Stämmer helt", "Completely true"},
  };
  static_assert(std::size(kLabels) == kMaxAgreement - kMinAgreement + 1);
  return is_valid_agreement(value) ? kLabels[value - kMinAgreement] : Phrase{};
}

// ---- Model helpers --------------------------------------------------------------------------

const Statement* Instrument::find_statement(const std::string& statement_id) const {
  for (const auto& s : statements) {
    if (s.id == statement_id) return &s;
  }
  return nullptr;
}

std::vector<const Statement*> Instrument::statements_in(Area area) const {
  std::vector<const Statement*> out;
  for (const auto& s : statements) {
    if (s.area == area) out.push_back(&s);
  }
  return out;
}

std::vector<const Statement*> Instrument::then_now_statements() const {
  std::vector<const Statement*> out;
  for (const auto& s : statements) {
    if (s.then_now) out.push_back(&s);
  }
  return out;
}

const EvaluationItem* Instrument::find_evaluation(const std::string& item_id) const {
  for (const auto& item : evaluation) {
    if (item.id == item_id) return &item;
  }
  return nullptr;
}

std::vector<const EvaluationItem*> Instrument::use_items() const {
  std::vector<const EvaluationItem*> out;
  for (const auto& item : evaluation) {
    if (item.use) out.push_back(&item);
  }
  return out;
}

const SurveyOption* SurveyQuestion::find_option(const std::string& option_id) const {
  for (const auto& option : options) {
    if (option.id == option_id) return &option;
  }
  return nullptr;
}

const SurveyQuestion* Survey::find_question(const std::string& question_id) const {
  for (const auto& question : questions) {
    if (question.id == question_id) return &question;
  }
  return nullptr;
}

bool is_valid_survey_answer(const SurveyQuestion& question, const std::vector<std::string>& answer) {
  if (answer.empty()) return false;
  if (!question.multiple && answer.size() != 1) return false;
  std::set<std::string> seen;
  for (const std::string& id : answer) {
    if (question.find_option(id) == nullptr || !seen.insert(id).second) return false;
  }
  return true;
}

bool is_allowed_survey_answer(const SurveyQuestion& question, const std::vector<std::string>& answer) {
  if (!is_valid_survey_answer(question, answer)) return false;
  if (answer.size() == 1) return true;
  return std::none_of(answer.begin(), answer.end(), [&](const std::string& id) {
    const SurveyOption* option = question.find_option(id);
    return option != nullptr && option->exclusive;
  });
}

bool survey_question_asked(const Survey& survey, const SurveyQuestion& question, const SurveyAnswers& answers) {
  if (!question.asked_if) return true;
  const SurveyQuestion* earlier = survey.find_question(question.asked_if->question_id);
  // The loader only lets a question follow an earlier one, so this ends.
  if (earlier == nullptr || earlier == &question || !survey_question_asked(survey, *earlier, answers)) return false;
  const auto it = answers.find(earlier->id);
  if (it == answers.end()) return false;
  const auto& wanted = question.asked_if->answers;
  return std::any_of(it->second.begin(), it->second.end(), [&](const std::string& id) {
    return std::find(wanted.begin(), wanted.end(), id) != wanted.end();
  });
}

// ---- Parsers --------------------------------------------------------------------------------
namespace {

using namespace content_read;
using json_read::child;

// A profile needs enough statements per area and per care topic for a fair score, and T1 enough
// then/now items to show a change.
constexpr std::size_t kMinStatementsPerArea = 3;
constexpr std::size_t kMinStatementsPerCareTopic = 2;
constexpr std::size_t kMinThenNow = 4;
constexpr std::size_t kMinEvaluationItems = 3;
constexpr std::size_t kMinSurveyOptions = 2;
constexpr std::size_t kMaxSurveyOptions = 8;

// Self-assessment statements say what the person can do, in the form DigCompSAT uses.
constexpr const char* kStatementStartSv = "Jag kan ";
constexpr const char* kStatementStartEn = "I can ";

bool starts_with(const std::string& text, const char* start) { return text.rfind(start, 0) == 0; }

void check_statement_form(Reader& r, const LocalText& text, const std::string& pointer) {
  if (!starts_with(text.sv, kStatementStartSv)) {
    r.report("statement_form", child(pointer, "sv"), "starts \"Jag kan …\": \"" + text.sv + "\"");
  }
  if (!text.en.empty() && !starts_with(text.en, kStatementStartEn)) {
    r.report("statement_form", child(pointer, "en"), "starts \"I can …\": \"" + text.en + "\"");
  }
}

// One statement; nothing when it had a problem (already reported).
std::optional<Statement> read_statement(Reader& r, const Json& value, const std::string& pointer,
                                        std::set<std::string>& ids, DistinctTexts& texts) {
  if (!r.expect_object(value, pointer)) return std::nullopt;
  const std::size_t before = r.problem_count();
  check_fields(r, value, pointer, {"id", "competence", "care_topic", "then_now", "text"}, {"taught"});
  Statement statement;
  if (auto id = read_unique_id(r, value, pointer, ids)) statement.id = *id;
  if (auto competence = r.string(value, "competence", pointer)) {
    if (const Competence* c = find_competence(*competence)) {
      statement.competence = c->id;
      statement.area = c->area;
    } else {
      r.report("unknown_competence", child(pointer, "competence"), *competence);
    }
  }
  if (auto topic = r.string(value, "care_topic", pointer, false)) {
    if (auto t = care_topic_from_id(*topic)) {
      statement.care_topic = *t;
    } else {
      r.report("bad_value", child(pointer, "care_topic"),
               "valfardsteknik, dokumentation or informationssakerhet: \"" + *topic + "\"");
    }
  }
  if (auto then_now = r.boolean(value, "then_now", pointer, false)) statement.then_now = *then_now;
  if (auto taught = r.boolean(value, "taught", pointer, false)) statement.taught = *taught;
  if (auto text = read_text(r, value, "text", pointer, kMaxStatementLength)) {
    statement.text = *text;
    const std::string text_pointer = child(pointer, "text");
    check_statement_form(r, statement.text, text_pointer);
    texts.check(r, statement.text, text_pointer);
  }
  if (r.problem_count() != before) return std::nullopt;
  return statement;
}

// The rules over all statements, checked once every statement could be read.
void check_coverage(Reader& r, const Instrument& instrument) {
  for (Area area : kAllAreas) {
    const std::size_t n = instrument.statements_in(area).size();
    if (n < kMinStatementsPerArea) {
      r.report("too_few_in_area", "/statements",
               std::string(area_id(area)) + ": " + std::to_string(n) + ", at least " +
                   std::to_string(kMinStatementsPerArea));
    }
  }
  for (CareTopic topic : kCareTopics.values()) {
    if (topic == CareTopic::none) continue;
    const auto n = static_cast<std::size_t>(
        std::count_if(instrument.statements.begin(), instrument.statements.end(),
                      [topic](const Statement& s) { return s.care_topic == topic; }));
    if (n < kMinStatementsPerCareTopic) {
      r.report("too_few_in_care_topic", "/statements",
               std::string(care_topic_id(topic)) + ": " + std::to_string(n) + ", at least " +
                   std::to_string(kMinStatementsPerCareTopic));
    }
  }
  const std::size_t then_now = instrument.then_now_statements().size();
  if (then_now < kMinThenNow) {
    r.report("too_few_then_now", "/statements",
             std::to_string(then_now) + " then/now statements, at least " + std::to_string(kMinThenNow));
  }
}

void read_evaluation(Reader& r, const Json& doc, Instrument& instrument, std::set<std::string>& ids) {
  const Json* items = read_list(r, doc, "evaluation", "", kMinEvaluationItems, SIZE_MAX);
  if (items == nullptr) return;
  const std::size_t before = r.problem_count();
  DistinctTexts texts;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const Json& value = (*items)[i];
    const std::string p = child("/evaluation", i);
    if (!r.expect_object(value, p)) continue;
    check_fields(r, value, p, {"id", "use", "text"});
    EvaluationItem item;
    if (auto id = read_unique_id(r, value, p, ids)) item.id = *id;
    if (auto use = r.boolean(value, "use", p, false)) item.use = *use;
    if (auto text = read_text(r, value, "text", p, kMaxStatementLength)) {
      item.text = *text;
      texts.check(r, item.text, child(p, "text"));
    }
    instrument.evaluation.push_back(item);
  }
  // T2 repeats the use items: without one there is nothing to follow up.
  if (r.problem_count() == before && !items->empty() && instrument.use_items().empty()) {
    r.report("no_use_item", "/evaluation", "at least one item with \"use\": true");
  }
}


// "asked_if": {"question": <an earlier question's id>, "answers": [<its option ids>]}. An earlier
// question only, so conditions cannot go round in a circle (content.bad_condition otherwise).
void read_survey_condition(Reader& r, const Json& value, const std::string& pointer, const Survey& survey,
                           SurveyQuestion& q) {
  const std::string p = child(pointer, "asked_if");
  const Json* condition = r.object(value, "asked_if", pointer);
  if (condition == nullptr) return;
  check_fields(r, *condition, p, {"question", "answers"});
  const auto question_id = r.string(*condition, "question", p);
  const Json* answers = read_list(r, *condition, "answers", p, 1, kMaxSurveyOptions);
  if (!question_id || answers == nullptr) return;
  const SurveyQuestion* earlier = survey.find_question(*question_id);
  if (earlier == nullptr) {
    r.report("bad_condition", child(p, "question"), "not an earlier question: \"" + *question_id + "\"");
    return;
  }
  SurveyCondition out{*question_id, {}};
  for (std::size_t i = 0; i < answers->size(); ++i) {
    const auto id = r.as_string((*answers)[i], child(child(p, "answers"), i));
    if (!id) continue;
    if (earlier->find_option(*id) == nullptr) {
      r.report("bad_condition", child(child(p, "answers"), i), "not an option of " + *question_id + ": \"" + *id + "\"");
    } else if (std::find(out.answers.begin(), out.answers.end(), *id) == out.answers.end()) {
      out.answers.push_back(*id);
    }
  }
  q.asked_if = std::move(out);
}

void read_survey_question(Reader& r, const Json& value, const std::string& pointer, Survey& survey,
                          std::set<std::string>& ids) {
  if (!r.expect_object(value, pointer)) return;
  check_fields(r, value, pointer, {"id", "topic", "kind", "prompt", "options"}, {"asked_if"});
  SurveyQuestion q;
  if (auto id = read_unique_id(r, value, pointer, ids)) q.id = *id;
  if (auto topic = r.string(value, "topic", pointer)) {
    if (auto t = survey_topic_from_id(*topic)) {
      q.topic = *t;
    } else {
      r.report("bad_value", child(pointer, "topic"), "routines, prerequisites or needs: \"" + *topic + "\"");
    }
  }
  if (auto kind = r.string(value, "kind", pointer)) {
    if (*kind == "single" || *kind == "multiple") {
      q.multiple = *kind == "multiple";
    } else {
      r.report("bad_value", child(pointer, "kind"), "single or multiple: \"" + *kind + "\"");
    }
  }
  if (auto t = read_text(r, value, "prompt", pointer, kMaxLongText)) q.prompt = *t;
  q.options = read_id_text_list<SurveyOption>(
      r, value, "options", pointer, kMinSurveyOptions, kMaxSurveyOptions, {"exclusive"},
      [&](const Json& option, const std::string& p, SurveyOption& entry) {
        const auto exclusive = r.boolean(option, "exclusive", p, false);
        if (!exclusive) return;
        // Only one of several answers can stand alone; a single-choice answer always does.
        if (*exclusive && !q.multiple) r.report("bad_value", child(p, "exclusive"), "only in a multiple-choice question");
        entry.exclusive = *exclusive;
      });
  if (value.contains("asked_if")) read_survey_condition(r, value, pointer, survey, q);
  survey.questions.push_back(std::move(q));
}

void add_missing_english(std::vector<Problem>& problems, const std::string& file, const LocalText& text,
                         const std::string& pointer) {
  if (!text.has(Lang::en)) problems.push_back(Problem{"content.missing_english", file, pointer, text.sv});
}

}  // namespace

std::optional<Instrument> parse_instrument(const std::string& json_text, const std::string& file,
                                           std::vector<Problem>& problems) {
  Reader r("content.", file, problems);
  const std::size_t before = r.problem_count();
  const auto doc = open_document(r, json_text, "digilyft-instrument");
  if (!doc) return std::nullopt;

  check_fields(r, *doc, "", {"$schema", "format", "version", "id", "title", "intro", "statements", "evaluation"});
  Instrument instrument;
  if (auto id = read_id(r, *doc, "")) instrument.id = *id;
  if (auto t = read_text(r, *doc, "title", "", kMaxTitleLength)) instrument.title = *t;
  if (auto t = read_text(r, *doc, "intro", "", kMaxLongText)) instrument.intro = *t;
  std::set<std::string> ids;  // statements and evaluation items share one id space
  if (const Json* statements = read_list(r, *doc, "statements", "", kMinStatements, kMaxStatements)) {
    const std::size_t statements_before = r.problem_count();
    DistinctTexts texts;
    for (std::size_t i = 0; i < statements->size(); ++i) {
      if (auto s = read_statement(r, (*statements)[i], child("/statements", i), ids, texts)) {
        instrument.statements.push_back(std::move(*s));
      }
    }
    // Counting is only fair over statements that could all be read.
    if (r.problem_count() == statements_before) check_coverage(r, instrument);
  }
  read_evaluation(r, *doc, instrument, ids);
  if (r.problem_count() != before) return std::nullopt;
  return instrument;
}

std::optional<Survey> parse_survey(const std::string& json_text, const std::string& file,
                                   std::vector<Problem>& problems) {
  Reader r("content.", file, problems);
  const std::size_t before = r.problem_count();
  const auto doc = open_document(r, json_text, "digilyft-survey");
  if (!doc) return std::nullopt;

  check_fields(r, *doc, "", {"$schema", "format", "version", "id", "title", "intro", "questions"});
  Survey survey;
  if (auto id = read_id(r, *doc, "")) survey.id = *id;
  if (auto t = read_text(r, *doc, "title", "", kMaxTitleLength)) survey.title = *t;
  if (auto t = read_text(r, *doc, "intro", "", kMaxLongText)) survey.intro = *t;
  if (const Json* questions = read_list(r, *doc, "questions", "", 1, SIZE_MAX)) {
    const std::size_t questions_before = r.problem_count();
    std::set<std::string> ids;
    for (std::size_t i = 0; i < questions->size(); ++i) {
      read_survey_question(r, (*questions)[i], child("/questions", i), survey, ids);
    }
    // Programmes report on every topic, so each needs a question.
    if (r.problem_count() == questions_before && !questions->empty()) {
      for (SurveyTopic topic : kSurveyTopics.values()) {
        const bool asked = std::any_of(survey.questions.begin(), survey.questions.end(),
                                       [topic](const SurveyQuestion& q) { return q.topic == topic; });
        if (!asked) r.report("missing_topic", "/questions", survey_topic_id(topic));
      }
    }
  }
  if (r.problem_count() != before) return std::nullopt;
  return survey;
}

// ---- Checks for authors (content_checks.hpp) ------------------------------------------------

std::vector<Problem> missing_english(const Instrument& instrument, const std::string& file) {
  std::vector<Problem> problems;
  add_missing_english(problems, file, instrument.title, "/title");
  add_missing_english(problems, file, instrument.intro, "/intro");
  for (std::size_t i = 0; i < instrument.statements.size(); ++i) {
    add_missing_english(problems, file, instrument.statements[i].text, child(child("/statements", i), "text"));
  }
  for (std::size_t i = 0; i < instrument.evaluation.size(); ++i) {
    add_missing_english(problems, file, instrument.evaluation[i].text, child(child("/evaluation", i), "text"));
  }
  return problems;
}

std::vector<Problem> missing_english(const Survey& survey, const std::string& file) {
  std::vector<Problem> problems;
  add_missing_english(problems, file, survey.title, "/title");
  add_missing_english(problems, file, survey.intro, "/intro");
  for (std::size_t i = 0; i < survey.questions.size(); ++i) {
    const SurveyQuestion& q = survey.questions[i];
    const std::string p = child("/questions", i);
    add_missing_english(problems, file, q.prompt, child(p, "prompt"));
    for (std::size_t j = 0; j < q.options.size(); ++j) {
      add_missing_english(problems, file, q.options[j].text, child(child(child(p, "options"), j), "text"));
    }
  }
  return problems;
}

LixResult instrument_lix(const Instrument& instrument) {
  LixResult total;
  for (const Statement& s : instrument.statements) total = total + lix(s.text.sv);
  for (const EvaluationItem& item : instrument.evaluation) total = total + lix(item.text.sv);
  return total;
}

LixResult survey_lix(const Survey& survey) {
  LixResult total = lix(survey.title.sv) + lix(survey.intro.sv);
  for (const SurveyQuestion& q : survey.questions) {
    total = total + lix(q.prompt.sv);
    for (const SurveyOption& option : q.options) total = total + lix(option.text.sv);
  }
  return total;
}

}  // namespace dl
