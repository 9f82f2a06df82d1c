// Tests for the self-assessment instrument (v2: competence, care topic, then/now, evaluation items)
// and the manager survey: a good file of each parses, every rule gives its own code and JSON
// pointer, the scales, topics and answers, and the author checks (English, LIX).
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "core/content.hpp"
#include "core/content_checks.hpp"
#include "fixtures.hpp"

namespace dl {
namespace {

using test::has_problem;
using test::kInstrumentJson;
using test::kSurveyJson;
using test::list_problems;
using test::with;
using test::without;
using Json = nlohmann::json;

std::vector<std::string> ids_of(const std::vector<const Statement*>& statements) {
  std::vector<std::string> ids;
  for (const Statement* s : statements) ids.push_back(s->id);
  return ids;
}

Instrument parse_good_instrument() {
  std::vector<Problem> problems;
  auto instrument = parse_instrument(kInstrumentJson, "i.json", problems);
  EXPECT_TRUE(problems.empty()) << list_problems(problems);
  return instrument.value_or(Instrument{});
}

Survey parse_good_survey() {
  std::vector<Problem> problems;
  auto survey = parse_survey(kSurveyJson, "s.json", problems);
  EXPECT_TRUE(problems.empty()) << list_problems(problems);
  return survey.value_or(Survey{});
}

// ---- Instrument -------------------------------------------------------------------------------

TEST(Instrument, ValidInstrumentParses) {
  std::vector<Problem> problems;
  auto i = parse_instrument(kInstrumentJson, "i.json", problems);
  ASSERT_TRUE(i.has_value()) << list_problems(problems);
  EXPECT_EQ(i->id, "digcomp-omsorg");
  EXPECT_EQ(i->version, 1);
  EXPECT_EQ(i->title.in(Lang::en), "Self-assessment");
  ASSERT_EQ(i->statements.size(), test::fixture_statements().size());
  EXPECT_EQ(i->statements.size(), 36u);
  // In file order, with the area following from the competence.
  EXPECT_EQ(i->statements[0].id, "info-1");
  EXPECT_EQ(i->statements.back().id, "problem-8");
  const Statement* safety = i->find_statement("safety-1");
  ASSERT_NE(safety, nullptr);
  EXPECT_EQ(safety->competence, "4.2");
  EXPECT_EQ(safety->area, Area::safety);
  EXPECT_EQ(safety->care_topic, CareTopic::information_security);
  EXPECT_TRUE(safety->then_now);
  EXPECT_EQ(safety->text.sv, "Jag kan känna igen ett falskt mejl.");
  EXPECT_EQ(safety->text.en, "I can spot a fake e-mail.");
  const Statement* plain = i->find_statement("prob-1");
  ASSERT_NE(plain, nullptr);
  EXPECT_EQ(plain->area, Area::problem_solving);
  EXPECT_EQ(plain->care_topic, CareTopic::none);  // left out: none
  EXPECT_FALSE(plain->then_now);                  // left out: false
  EXPECT_EQ(i->find_statement("none"), nullptr);
  EXPECT_EQ(i->find_statement("anvander-mer"), nullptr);  // an evaluation item, not a statement

  EXPECT_EQ(ids_of(i->statements_in(Area::information)), (std::vector<std::string>{"info-1", "info-2", "info-3"}));
  EXPECT_EQ(i->statements_in(Area::communication).size(), 8u);
  EXPECT_EQ(ids_of(i->then_now_statements()), (std::vector<std::string>{"info-1", "comm-2", "content-1", "safety-1"}));

  ASSERT_EQ(i->evaluation.size(), 3u);
  EXPECT_EQ(i->evaluation[0].id, "forstaelse");
  EXPECT_FALSE(i->evaluation[0].use);  // left out: false
  const EvaluationItem* use = i->find_evaluation("anvander-mer");
  ASSERT_NE(use, nullptr);
  EXPECT_TRUE(use->use);
  EXPECT_EQ(use->text.sv, "Jag använder digitala verktyg mer i mitt arbete nu.");
  EXPECT_EQ(i->find_evaluation("info-1"), nullptr);
  ASSERT_EQ(i->use_items().size(), 1u);
  EXPECT_EQ(i->use_items()[0], use);
}

TEST(Instrument, SchemaLinkIsAllowed) {
  std::vector<Problem> problems;
  EXPECT_TRUE(parse_instrument(with(kInstrumentJson, "/$schema", "../../docs/content.schema.json"), "i", problems))
      << list_problems(problems);
}

// One broken instrument or survey and the code + pointer it must give.
struct Case {
  std::string name;
  std::string text;
  std::string code;
  std::string pointer;
};

std::string long_text(std::size_t n) { return std::string(n, 'a'); }
Json sv(const std::string& s) { return Json{{"sv", s}}; }
Json text(const std::string& sv_text, const std::string& en_text) { return Json{{"sv", sv_text}, {"en", en_text}}; }

// The fixture's statements with `n` of them (from the end) left out, or `extra` copies added.
Json statements_resized(std::size_t n) {
  Json statements = Json::parse(kInstrumentJson)["statements"];
  while (statements.size() > n) statements.erase(statements.end() - 1);
  for (std::size_t k = statements.size(); k < n; ++k) {
    Json copy = statements[k % 10];
    copy["id"] = "extra-" + std::to_string(k);
    copy["text"] = text("Jag kan extra " + std::to_string(k) + ".", "I can extra " + std::to_string(k) + ".");
    statements.push_back(copy);
  }
  return statements;
}

// Statement indexes in the fixture: 0 info-1 (then/now), 1 info-2, 2 info-3, 4 comm-2 (then/now),
// 6 comm-4 (valfardsteknik, one of two), 11 content-1, 18 safety-1.
std::vector<Case> instrument_cases() {
  const std::string i = kInstrumentJson;
  const std::string s0 = "/statements/0";
  return {
      {"not json", "nope", "content.not_json", ""},
      {"module format", with(i, "/format", "digilyft-module"), "content.wrong_format", "/format"},
      {"future", with(i, "/version", 7), "content.future_version", "/version"},
      {"misspelt field", with(i, "/statments", Json::array()), "content.unexpected_field", "/statments"},
      {"bad id", with(i, "/id", "DigComp"), "content.bad_value", "/id"},
      {"intro missing", without(i, "/intro"), "content.missing_field", "/intro"},
      {"title too long", with(i, "/title", sv(long_text(81))), "content.text_too_long", "/title/sv"},
      {"intro too long", with(i, "/intro/en", long_text(601)), "content.text_too_long", "/intro/en"},
      // Statements: the list
      {"statements missing", without(i, "/statements"), "content.missing_field", "/statements"},
      {"statements text", with(i, "/statements", "x"), "content.wrong_type", "/statements"},
      {"no statements", with(i, "/statements", Json::array()), "content.empty_list", "/statements"},
      {"34 statements", with(i, "/statements", statements_resized(kMinStatements - 1)), "content.empty_list", "/statements"},
      {"46 statements", with(i, "/statements", statements_resized(kMaxStatements + 1)), "content.list_too_long",
       "/statements"},
      // Statements: each one
      {"statement not an object", with(i, "/statements/3", "comm-1"), "content.wrong_type", "/statements/3"},
      {"statement id twice", with(i, "/statements/1/id", "info-1"), "content.duplicate_id", "/statements/1/id"},
      {"statement id is an item id", with(i, "/evaluation/2/id", "comm-1"), "content.duplicate_id", "/evaluation/2/id"},
      {"statement bad id", with(i, s0 + "/id", "Info 1"), "content.bad_value", s0 + "/id"},
      {"old area field", with(i, s0 + "/area", "information"), "content.unexpected_field", s0 + "/area"},
      {"statement typo", with(i, s0 + "/then-now", true), "content.unexpected_field", s0 + "/then-now"},
      {"competence missing", without(i, "/statements/2/competence"), "content.missing_field", "/statements/2/competence"},
      {"competence unknown", with(i, s0 + "/competence", "1.4"), "content.unknown_competence", s0 + "/competence"},
      {"competence is an area", with(i, s0 + "/competence", "information"), "content.unknown_competence",
       s0 + "/competence"},
      {"competence number", with(i, s0 + "/competence", 1.1), "content.wrong_type", s0 + "/competence"},
      {"care topic unknown", with(i, s0 + "/care_topic", "kost"), "content.bad_value", s0 + "/care_topic"},
      {"care topic none as text", with(i, s0 + "/care_topic", ""), "content.bad_value", s0 + "/care_topic"},
      {"care topic list", with(i, s0 + "/care_topic", Json::array({"dokumentation"})), "content.wrong_type",
       s0 + "/care_topic"},
      {"then_now as text", with(i, s0 + "/then_now", "ja"), "content.wrong_type", s0 + "/then_now"},
      {"text missing", without(i, s0 + "/text"), "content.missing_field", s0 + "/text"},
      {"text too long", with(i, s0 + "/text", text("Jag kan " + long_text(193), "I can x")), "content.text_too_long",
       s0 + "/text/sv"},
      {"english text too long", with(i, s0 + "/text/en", "I can " + long_text(195)), "content.text_too_long",
       s0 + "/text/en"},
      {"text no sv", with(i, s0 + "/text", Json{{"en", "I can x"}}), "content.missing_swedish", s0 + "/text"},
      {"text blank sv", with(i, s0 + "/text/sv", "  "), "content.missing_swedish", s0 + "/text"},
      {"not 'Jag kan'", with(i, s0 + "/text/sv", "Hitta en rutin."), "content.statement_form", s0 + "/text/sv"},
      {"'Jag kan' without a space", with(i, s0 + "/text/sv", "Jag kanske hittar en rutin."), "content.statement_form",
       s0 + "/text/sv"},
      {"lower-case 'jag kan'", with(i, s0 + "/text/sv", "jag kan hitta en rutin."), "content.statement_form",
       s0 + "/text/sv"},
      {"not 'I can'", with(i, s0 + "/text/en", "Finding a routine."), "content.statement_form", s0 + "/text/en"},
      {"same text twice", with(i, "/statements/1/text", Json::parse(i)["statements"][0]["text"]), "content.duplicate_text",
       "/statements/1/text"},
      // Statements: what they cover together
      {"area with two", with(i, "/statements/2/competence", "2.1"), "content.too_few_in_area", "/statements"},
      {"area with none", with(with(with(i, "/statements/0/competence", "2.1"), "/statements/1/competence", "2.1"),
                              "/statements/2/competence", "2.1"),
       "content.too_few_in_area", "/statements"},
      {"care topic with one", without(i, "/statements/6/care_topic"), "content.too_few_in_care_topic", "/statements"},
      {"care topic moved", with(i, "/statements/6/care_topic", "dokumentation"), "content.too_few_in_care_topic",
       "/statements"},
      {"three then/now", with(i, "/statements/4/then_now", false), "content.too_few_then_now", "/statements"},
      {"then/now left out", without(i, "/statements/18/then_now"), "content.too_few_then_now", "/statements"},
      // Evaluation items
      {"evaluation missing", without(i, "/evaluation"), "content.missing_field", "/evaluation"},
      {"evaluation object", with(i, "/evaluation", Json::object()), "content.wrong_type", "/evaluation"},
      {"two evaluation items", without(i, "/evaluation/2"), "content.empty_list", "/evaluation"},
      {"no use item", with(i, "/evaluation/1/use", false), "content.no_use_item", "/evaluation"},
      {"use as text", with(i, "/evaluation/1/use", "true"), "content.wrong_type", "/evaluation/1/use"},
      {"item id twice", with(i, "/evaluation/2/id", "anvander-mer"), "content.duplicate_id", "/evaluation/2/id"},
      {"item id missing", without(i, "/evaluation/0/id"), "content.missing_field", "/evaluation/0/id"},
      {"item text missing", without(i, "/evaluation/0/text"), "content.missing_field", "/evaluation/0/text"},
      {"item text too long", with(i, "/evaluation/0/text", sv(long_text(201))), "content.text_too_long",
       "/evaluation/0/text/sv"},
      {"item with competence", with(i, "/evaluation/0/competence", "1.1"), "content.unexpected_field",
       "/evaluation/0/competence"},
      {"item text twice", with(i, "/evaluation/2/text", Json::parse(i)["evaluation"][0]["text"]), "content.duplicate_text",
       "/evaluation/2/text"},
  };
}

TEST(Instrument, EveryProblemHasItsCodeAndPointer) {
  for (const auto& c : instrument_cases()) {
    std::vector<Problem> problems;
    EXPECT_FALSE(parse_instrument(c.text, "instruments/x/instrument.json", problems).has_value()) << c.name;
    EXPECT_TRUE(has_problem(problems, c.code, c.pointer))
        << c.name << ": expected " << c.code << " at '" << c.pointer << "', got\n" << list_problems(problems);
    for (const auto& p : problems) EXPECT_EQ(p.file, "instruments/x/instrument.json") << c.name;
  }
}

TEST(Instrument, TheLimitsThemselvesAreAllowed) {
  std::vector<Problem> problems;
  const std::string i = kInstrumentJson;
  EXPECT_TRUE(parse_instrument(with(i, "/statements", statements_resized(kMinStatements)), "i", problems));
  EXPECT_TRUE(parse_instrument(with(i, "/statements", statements_resized(kMaxStatements)), "i", problems));
  EXPECT_TRUE(parse_instrument(with(i, "/statements/0/text", text("Jag kan " + long_text(192), "I can do it.")), "i", problems));
  // English is optional to the parser (the validator asks for it, see MissingEnglish).
  EXPECT_TRUE(parse_instrument(without(i, "/statements/0/text/en"), "i", problems));
  EXPECT_TRUE(problems.empty()) << list_problems(problems);
}

// Coverage is counted only when every statement could be read: one broken statement gives its own
// problem, not a false "too few" as well.
TEST(Instrument, CoverageIsNotCountedOverBrokenStatements) {
  std::vector<Problem> problems;
  EXPECT_FALSE(parse_instrument(with(kInstrumentJson, "/statements/0/competence", "9.9"), "i", problems));
  ASSERT_EQ(problems.size(), 1u) << list_problems(problems);
  EXPECT_EQ(problems[0].code, "content.unknown_competence");
}

// ---- Scales and topics ------------------------------------------------------------------------

TEST(Instrument, LevelsAndLabels) {
  for (int level : {kNotApplicable, 0, 1, 2, 3}) EXPECT_TRUE(is_valid_level(level)) << level;
  for (int level : {-2, 4, 100}) EXPECT_FALSE(is_valid_level(level)) << level;
  EXPECT_STREQ(level_label(0).sv, "Jag vet inte hur man gör");
  EXPECT_STREQ(level_label(3).sv, "Jag kan det säkert och kan hjälpa andra");
  EXPECT_STREQ(level_label(kNotApplicable).sv, "Ej aktuellt i mitt arbete");
  EXPECT_STREQ(level_label(2).en, "I can on my own");
}

TEST(Instrument, AgreementScaleOneToFive) {
  for (int value = kMinAgreement; value <= kMaxAgreement; ++value) {
    EXPECT_TRUE(is_valid_agreement(value)) << value;
    EXPECT_GT(std::string(agreement_label(value).sv).size(), 3u) << value;
    EXPECT_GT(std::string(agreement_label(value).en).size(), 3u) << value;
  }
  for (int value : {0, 6, -1, kNotApplicable}) EXPECT_FALSE(is_valid_agreement(value)) << value;
  EXPECT_STREQ(agreement_label(1).sv, "Stämmer inte alls");
  EXPECT_STREQ(agreement_label(5).sv, "Stämmer helt");
  EXPECT_STREQ(agreement_label(0).sv, "");
  std::set<std::string> labels;
  for (int value = kMinAgreement; value <= kMaxAgreement; ++value) labels.insert(agreement_label(value).sv);
  EXPECT_EQ(labels.size(), 5u);
}

TEST(Instrument, CareTopicIdsAndNames) {
  for (CareTopic topic : {CareTopic::welfare_technology, CareTopic::documentation, CareTopic::information_security}) {
    EXPECT_EQ(care_topic_from_id(care_topic_id(topic)), topic);
    EXPECT_GT(std::string(care_topic_name(topic).sv).size(), 3u);
    EXPECT_GT(std::string(care_topic_name(topic).en).size(), 3u);
  }
  EXPECT_STREQ(care_topic_id(CareTopic::welfare_technology), "valfardsteknik");
  EXPECT_STREQ(care_topic_id(CareTopic::documentation), "dokumentation");
  EXPECT_STREQ(care_topic_id(CareTopic::information_security), "informationssakerhet");
  EXPECT_STREQ(care_topic_id(CareTopic::none), "");
  EXPECT_STREQ(care_topic_name(CareTopic::welfare_technology).sv, "Välfärdsteknik");
  EXPECT_STREQ(care_topic_name(CareTopic::welfare_technology).en, "Welfare technology");
  for (const char* unknown : {"", "none", "Välfärdsteknik", "valfardsteknik "}) {
    EXPECT_FALSE(care_topic_from_id(unknown).has_value()) << unknown;
  }
}

TEST(Survey, TopicIdsAndNames) {
  EXPECT_STREQ(survey_topic_id(SurveyTopic::routines), "routines");
  EXPECT_STREQ(survey_topic_id(SurveyTopic::prerequisites), "prerequisites");
  EXPECT_STREQ(survey_topic_id(SurveyTopic::needs), "needs");
  EXPECT_STREQ(survey_topic_name(SurveyTopic::routines).sv, "Rutiner");
  EXPECT_STREQ(survey_topic_name(SurveyTopic::prerequisites).sv, "Förutsättningar för personalen");
  EXPECT_STREQ(survey_topic_name(SurveyTopic::needs).sv, "Behov i gruppen");
  for (SurveyTopic topic : {SurveyTopic::routines, SurveyTopic::prerequisites, SurveyTopic::needs}) {
    EXPECT_GT(std::string(survey_topic_name(topic).en).size(), 3u);
  }
}

// ---- Manager survey ---------------------------------------------------------------------------

TEST(Survey, ValidSurveyParses) {
  std::vector<Problem> problems;
  auto s = parse_survey(kSurveyJson, "s.json", problems);
  ASSERT_TRUE(s.has_value()) << list_problems(problems);
  EXPECT_EQ(s->id, "chefsenkat");
  EXPECT_EQ(s->version, 1);
  EXPECT_EQ(s->title.sv, "Chefsenkät");
  EXPECT_EQ(s->intro.in(Lang::en), "The answers stay on the tablet.");
  ASSERT_EQ(s->questions.size(), 3u);
  const SurveyQuestion& routine = s->questions[0];
  EXPECT_EQ(routine.id, "rutin-anpassad");
  EXPECT_EQ(routine.topic, SurveyTopic::routines);
  EXPECT_FALSE(routine.multiple);
  ASSERT_EQ(routine.options.size(), 3u);
  EXPECT_EQ(routine.options[1].id, "planerar");
  EXPECT_EQ(routine.options[1].text.sv, "Nej, men jag planerar det");
  EXPECT_EQ(routine.find_option("nej"), &routine.options[2]);
  EXPECT_EQ(routine.find_option("kanske"), nullptr);
  const SurveyQuestion* prerequisites = s->find_question("forutsattningar");
  ASSERT_NE(prerequisites, nullptr);
  EXPECT_EQ(prerequisites->topic, SurveyTopic::prerequisites);
  EXPECT_TRUE(prerequisites->multiple);
  EXPECT_EQ(prerequisites->options.size(), 4u);
  EXPECT_EQ(s->find_question("behov")->topic, SurveyTopic::needs);
  EXPECT_EQ(s->find_question("ja"), nullptr);
}

TEST(Survey, ValidAnswers) {
  const Survey s = parse_good_survey();
  ASSERT_EQ(s.questions.size(), 3u);
  const SurveyQuestion& single = s.questions[0];
  const SurveyQuestion& multiple = s.questions[1];
  using A = std::vector<std::string>;
  EXPECT_TRUE(is_valid_survey_answer(single, A{"ja"}));
  EXPECT_TRUE(is_valid_survey_answer(single, A{"nej"}));
  EXPECT_FALSE(is_valid_survey_answer(single, A{}));
  EXPECT_FALSE(is_valid_survey_answer(single, A{"ja", "nej"}));
  EXPECT_FALSE(is_valid_survey_answer(single, A{"ja", "ja"}));
  EXPECT_FALSE(is_valid_survey_answer(single, A{"kanske"}));
  EXPECT_FALSE(is_valid_survey_answer(single, A{"tid"}));  // an option of another question
  EXPECT_TRUE(is_valid_survey_answer(multiple, A{"tid"}));
  EXPECT_TRUE(is_valid_survey_answer(multiple, A{"ombud", "enhet", "tid", "plats"}));
  EXPECT_FALSE(is_valid_survey_answer(multiple, A{}));
  EXPECT_FALSE(is_valid_survey_answer(multiple, A{"tid", "tid"}));
  EXPECT_FALSE(is_valid_survey_answer(multiple, A{"tid", "ja"}));
  EXPECT_FALSE(is_valid_survey_answer(multiple, A{""}));
}

Json option(const std::string& id) { return Json{{"id", id}, {"text", text("Svar " + id, "Answer " + id)}}; }

Json options(int n) {
  Json list = Json::array();
  for (int k = 0; k < n; ++k) list.push_back(option("o" + std::to_string(k)));
  return list;
}

TEST(Survey, EveryProblemHasItsCodeAndPointer) {
  const std::string s = kSurveyJson;
  const std::string q0 = "/questions/0";
  const std::vector<Case> cases = {
      {"not json", "{", "content.not_json", ""},
      {"instrument format", with(s, "/format", "digilyft-instrument"), "content.wrong_format", "/format"},
      {"future", with(s, "/version", 2), "content.future_version", "/version"},
      {"misspelt field", with(s, "/question", Json::array()), "content.unexpected_field", "/question"},
      {"id missing", without(s, "/id"), "content.missing_field", "/id"},
      {"title missing", without(s, "/title"), "content.missing_field", "/title"},
      {"intro no sv", with(s, "/intro", Json{{"en", "x"}}), "content.missing_swedish", "/intro"},
      {"questions missing", without(s, "/questions"), "content.missing_field", "/questions"},
      {"questions empty", with(s, "/questions", Json::array()), "content.empty_list", "/questions"},
      {"question not an object", with(s, "/questions/1", 5), "content.wrong_type", "/questions/1"},
      {"question id twice", with(s, "/questions/2/id", "rutin-anpassad"), "content.duplicate_id", "/questions/2/id"},
      {"question typo", with(s, q0 + "/promt", sv("x")), "content.unexpected_field", q0 + "/promt"},
      {"free text question", with(s, q0 + "/kind", "text"), "content.bad_value", q0 + "/kind"},
      {"kind missing", without(s, q0 + "/kind"), "content.missing_field", q0 + "/kind"},
      {"topic unknown", with(s, q0 + "/topic", "budget"), "content.bad_value", q0 + "/topic"},
      {"topic missing", without(s, q0 + "/topic"), "content.missing_field", q0 + "/topic"},
      {"prompt missing", without(s, q0 + "/prompt"), "content.missing_field", q0 + "/prompt"},
      {"prompt too long", with(s, q0 + "/prompt", sv(long_text(601))), "content.text_too_long", q0 + "/prompt/sv"},
      {"options missing", without(s, q0 + "/options"), "content.missing_field", q0 + "/options"},
      {"one option", with(s, q0 + "/options", options(1)), "content.empty_list", q0 + "/options"},
      {"nine options", with(s, q0 + "/options", options(9)), "content.list_too_long", q0 + "/options"},
      {"option id twice", with(s, q0 + "/options/2/id", "ja"), "content.duplicate_id", q0 + "/options/2/id"},
      {"option text twice", with(s, q0 + "/options/2/text", text("Ja", "No")), "content.duplicate_text",
       q0 + "/options/2/text"},
      {"option text too long", with(s, q0 + "/options/0/text", sv(long_text(201))), "content.text_too_long",
       q0 + "/options/0/text/sv"},
      {"option with correct", with(s, q0 + "/options/0/correct", true), "content.unexpected_field",
       q0 + "/options/0/correct"},
      {"option bad id", with(s, q0 + "/options/0/id", "Ja"), "content.bad_value", q0 + "/options/0/id"},
      {"no needs question", with(s, "/questions/2/topic", "routines"), "content.missing_topic", "/questions"},
      {"no routines question", with(s, "/questions/0/topic", "needs"), "content.missing_topic", "/questions"},
  };
  for (const auto& c : cases) {
    std::vector<Problem> problems;
    EXPECT_FALSE(parse_survey(c.text, "instruments/x/survey.json", problems).has_value()) << c.name;
    EXPECT_TRUE(has_problem(problems, c.code, c.pointer))
        << c.name << ": expected " << c.code << " at '" << c.pointer << "', got\n" << list_problems(problems);
    for (const auto& p : problems) EXPECT_EQ(p.file, "instruments/x/survey.json") << c.name;
  }
}

TEST(Survey, ReadsAFollowUpQuestionAndAnExclusiveOption) {
  std::string s = with(kSurveyJson, "/questions/1/asked_if", Json{{"question", "rutin-anpassad"}, {"answers", {"ja", "planerar"}}});
  s = with(s, "/questions/1/options/3/exclusive", true);
  std::vector<Problem> problems;
  const auto survey = parse_survey(s, "s.json", problems);
  ASSERT_TRUE(survey) << list_problems(problems);
  const SurveyQuestion& q = survey->questions[1];
  ASSERT_TRUE(q.asked_if);
  EXPECT_EQ(q.asked_if->question_id, "rutin-anpassad");
  EXPECT_EQ(q.asked_if->answers, (std::vector<std::string>{"ja", "planerar"}));
  EXPECT_TRUE(q.options[3].exclusive);
  EXPECT_FALSE(q.options[0].exclusive);
  EXPECT_FALSE(survey->questions[0].asked_if);
  EXPECT_TRUE(survey_question_asked(*survey, q, {{"rutin-anpassad", {"planerar"}}}));
  EXPECT_FALSE(survey_question_asked(*survey, q, {{"rutin-anpassad", {"nej"}}}));
  // A chain: asked only when the question it follows is asked too.
  s = with(s, "/questions/2/asked_if", Json{{"question", "forutsattningar"}, {"answers", {"tid"}}});
  const auto chained = parse_survey(s, "s.json", problems);
  ASSERT_TRUE(chained) << list_problems(problems);
  EXPECT_TRUE(survey_question_asked(*chained, chained->questions[2], {{"rutin-anpassad", {"ja"}}, {"forutsattningar", {"tid"}}}));
  EXPECT_FALSE(survey_question_asked(*chained, chained->questions[2], {{"rutin-anpassad", {"nej"}}, {"forutsattningar", {"tid"}}}));
}

TEST(Survey, AFollowUpFollowsAnEarlierQuestionsOptions) {
  const std::string s = kSurveyJson;
  const std::string c1 = "/questions/1/asked_if";
  const auto cond = [](const char* question, std::vector<std::string> answers) {
    return Json{{"question", question}, {"answers", answers}};
  };
  struct ConditionCase {
    const char* name;
    std::string text;
    const char* code;
    std::string pointer;
  };
  const std::vector<ConditionCase> cases = {
      {"a later question", with(s, c1, cond("behov", {"sakerhet"})), "content.bad_condition", c1 + "/question"},
      {"itself", with(s, c1, cond("forutsattningar", {"tid"})), "content.bad_condition", c1 + "/question"},
      {"an unknown question", with(s, c1, cond("okand", {"ja"})), "content.bad_condition", c1 + "/question"},
      {"an unknown answer", with(s, c1, cond("rutin-anpassad", {"ja", "kanske"})), "content.bad_condition",
       c1 + "/answers/1"},
      {"no answers", with(s, c1, cond("rutin-anpassad", {})), "content.empty_list", c1 + "/answers"},
      {"a typo", with(s, c1 + "/answer", Json::array({"ja"})), "content.unexpected_field", c1 + "/answer"},
      {"not an object", with(s, c1, "rutin-anpassad"), "content.wrong_type", c1},
      {"exclusive in a single choice", with(s, "/questions/0/options/2/exclusive", true), "content.bad_value",
       "/questions/0/options/2/exclusive"},
      {"exclusive not true or false", with(s, "/questions/1/options/2/exclusive", "ja"), "content.wrong_type",
       "/questions/1/options/2/exclusive"},
  };
  for (const auto& c : cases) {
    std::vector<Problem> problems;
    EXPECT_FALSE(parse_survey(c.text, "s.json", problems).has_value()) << c.name;
    EXPECT_TRUE(has_problem(problems, c.code, c.pointer))
        << c.name << ": expected " << c.code << " at '" << c.pointer << "', got\n" << list_problems(problems);
  }
}

TEST(Survey, TheLimitsThemselvesAreAllowed) {
  std::vector<Problem> problems;
  const std::string s = kSurveyJson;
  EXPECT_TRUE(parse_survey(with(s, "/questions/0/options", options(2)), "s", problems));
  EXPECT_TRUE(parse_survey(with(s, "/questions/1/options", options(8)), "s", problems));
  // The same option id in two questions is fine: ids are unique per question.
  EXPECT_TRUE(parse_survey(with(s, "/questions/2/options/0/id", "tid"), "s", problems));
  EXPECT_TRUE(problems.empty()) << list_problems(problems);
}

// ---- Author checks: English and plain Swedish ---------------------------------------------------

TEST(MissingEnglish, AGoodInstrumentAndSurveyHaveEnglishEverywhere) {
  EXPECT_EQ(list_problems(missing_english(parse_good_instrument(), "i.json")), "");
  EXPECT_EQ(list_problems(missing_english(parse_good_survey(), "s.json")), "");
}

TEST(MissingEnglish, EachTextWithoutEnglishIsOneProblemAtItsPointer) {
  std::string i = without(kInstrumentJson, "/title/en");
  i = with(i, "/statements/3/text/en", "");
  i = without(i, "/evaluation/2/text/en");
  std::vector<Problem> problems;
  const auto instrument = parse_instrument(i, "instruments/x/instrument.json", problems);
  ASSERT_TRUE(instrument.has_value()) << list_problems(problems);
  const auto english = missing_english(*instrument, "instruments/x/instrument.json");
  ASSERT_EQ(english.size(), 3u) << list_problems(english);
  EXPECT_TRUE(has_problem(english, "content.missing_english", "/title"));
  EXPECT_TRUE(has_problem(english, "content.missing_english", "/statements/3/text"));
  EXPECT_TRUE(has_problem(english, "content.missing_english", "/evaluation/2/text"));
  for (const Problem& p : english) EXPECT_EQ(p.file, "instruments/x/instrument.json");
  EXPECT_EQ(english[1].detail, "Jag kan skicka ett säkert meddelande.");  // the Swedish text, to find it

  std::string s = without(kSurveyJson, "/intro/en");
  s = without(s, "/questions/0/prompt/en");
  s = without(s, "/questions/2/options/1/text/en");
  const auto survey = parse_survey(s, "survey.json", problems);
  ASSERT_TRUE(survey.has_value()) << list_problems(problems);
  const auto survey_english = missing_english(*survey, "survey.json");
  ASSERT_EQ(survey_english.size(), 3u) << list_problems(survey_english);
  EXPECT_TRUE(has_problem(survey_english, "content.missing_english", "/intro"));
  EXPECT_TRUE(has_problem(survey_english, "content.missing_english", "/questions/0/prompt"));
  EXPECT_TRUE(has_problem(survey_english, "content.missing_english", "/questions/2/options/1/text"));
}

TEST(InstrumentLix, CountsTheStatementsAndEvaluationItems) {
  Instrument instrument;
  instrument.title = LocalText{"Självskattningsinstrumentet", ""};  // not read while answering: not counted
  Statement statement;
  statement.text = LocalText{"Jag kan logga in.", ""};  // 4 words, 1 sentence, 0 long
  instrument.statements.push_back(statement);
  EvaluationItem item;
  item.text = LocalText{"Jag använder verktygen mer.", ""};  // 4 words, 1 sentence, 2 long
  instrument.evaluation.push_back(item);
  const LixResult lix = instrument_lix(instrument);
  EXPECT_EQ(lix.words, 8);
  EXPECT_EQ(lix.sentences, 2);
  EXPECT_EQ(lix.long_words, 2);
}

TEST(InstrumentLix, SurveyCountsEverySwedishText) {
  const Survey survey = parse_good_survey();
  LixResult expected = lix(survey.title.sv) + lix(survey.intro.sv);
  for (const SurveyQuestion& q : survey.questions) {
    expected = expected + lix(q.prompt.sv);
    for (const SurveyOption& o : q.options) expected = expected + lix(o.text.sv);
  }
  const LixResult got = survey_lix(survey);
  EXPECT_EQ(got.words, expected.words);
  EXPECT_EQ(got.sentences, expected.sentences);
  EXPECT_EQ(got.long_words, expected.long_words);
  EXPECT_GT(got.words, 40);
}

}  // namespace
}  // namespace dl
