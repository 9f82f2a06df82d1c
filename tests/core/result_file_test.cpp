// Tests for the anonymised result file: what is exported (programme and organisation codes,
// finished rounds T0/T1/T2 with their then/now and evaluation answers, the finished manager survey),
// round trip, the documented field set, the checksum, and strict reading (every result.* code with
// its pointer, no throw on any input).
#include "core/result_file.hpp"

#include <cmath>
#include <fstream>
#include <regex>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fixtures/course_model.hpp"

namespace dl {
namespace {

using Json = nlohmann::json;
using Ordered = nlohmann::ordered_json;

// The file as a tool that knows the format would write it after a change: a fresh checksum last.
std::string sealed(Ordered doc) {
  doc.erase("checksum");
  doc["checksum"] = result_checksum(doc.dump());
  return doc.dump(2);
}

// One value changed (or one field removed) and the checksum made anew, so only the change is
// tested; a change to the checksum itself is kept as it is.
std::string with(const std::string& json_text, const std::string& pointer, const Json& value) {
  auto doc = Ordered::parse(json_text);
  doc[Ordered::json_pointer(pointer)] = Ordered::parse(value.dump());
  return pointer == "/checksum" ? doc.dump(2) : sealed(std::move(doc));
}

std::string without(const std::string& json_text, const std::string& pointer) {
  auto doc = Ordered::parse(json_text);
  const Ordered::json_pointer p(pointer);
  doc[p.parent_pointer()].erase(p.back());
  return pointer == "/checksum" ? doc.dump(2) : sealed(std::move(doc));
}

bool has_problem(const std::vector<Problem>& problems, const std::string& code, const std::string& pointer) {
  for (const auto& p : problems) {
    if (p.code == code && p.pointer == pointer) return true;
  }
  return false;
}

std::string list_problems(const std::vector<Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.code + " " + p.pointer + " " + p.detail + "\n";
  return out;
}

const Date kT0Day{2026, 8, 20};   // 2026-Q3
const Date kT1Day{2026, 11, 23};  // 2026-Q4
const Date kT2Day{2027, 3, 23};   // T1 + four months: 2027-Q1

class ResultFileTest : public ::testing::Test {
 protected:
  Catalog catalog = test::course_catalog();
  ProgressState state = new_progress("K7QM4XPD");

  void step(const Action& a) { state = apply(state, a, catalog); }
  // The person opened a programme's link and chose an organisation from its list.
  void join_programme() {
    state.programme = Programme{"H4KD9PQM", "Digitalt lyft i omsorgen",
                                {{"k01", "Kommun A, hemtjänst"}, {"k02", "Kommun B"}}, {"digital-grund"},
                                {"digcomp-omsorg"}, 4, ""};
    state.organisation = "k01";
  }
  // Background, T0 before the course, the course completed, a second course opened, T1 with
  // then/now and evaluation, the manager survey.
  void do_everything() {
    const Period q3{2026, 3};
    step(action::SetBackground{"gender", "kvinna"});
    step(action::SetBackground{"age_band", "30-54"});
    step(action::SetBackground{"work_setting", "sarskilt-boende"});
    for (const auto& s : catalog.instrument->statements) step(action::RateStatement{Round::t0, s.id, 2, kT0Day});
    step(action::RateStatement{Round::t0, "safety-1", kNotApplicable, kT0Day});
    step(action::FinishRound{Round::t0, kT0Day});
    for (const char* page : {"start", "fragor", "ovning", "ordning"}) step(action::OpenPage{"digital-grund", page, q3});
    step(action::AnswerQuestion{"digital-grund", "q-single", {"b"}});
    step(action::AnswerQuestion{"digital-grund", "q-tf", {"false"}});
    for (const auto& [q, answer] : std::vector<std::pair<std::string, Answer>>{
             {"q-multi", {"namn", "adress"}}, {"q-order", {"tvatta", "logga-in", "las", "skriv"}}}) {
      step(action::SetDraft{"digital-grund", q, answer});
      step(action::CheckAnswer{"digital-grund", q});
    }
    step(action::AddActiveTime{"digital-grund", 80 * 60 + 10});  // 1 h 20 min -> 1.25 h
    step(action::CompleteModule{"digital-grund", q3});
    step(action::OpenPage{"videosamtal", "start", Period{2026, 4}});  // started, not completed
    step(action::AddActiveTime{"videosamtal", 5 * 60});                // under 7.5 min -> 0 h
    for (const auto& s : catalog.instrument->statements) step(action::RateStatement{Round::t1, s.id, 3, kT1Day});
    step(action::RateThen{"info-1", 1, kT1Day});
    step(action::RateThen{"safety-1", kNotApplicable, kT1Day});
    step(action::RateEvaluation{Round::t1, "eval-nytta", 4, kT1Day});
    step(action::RateEvaluation{Round::t1, "eval-anvander", 5, kT1Day});
    step(action::FinishRound{Round::t1, kT1Day});
    step(action::AnswerSurvey{"rutiner", {"delvis"}});
    step(action::AnswerSurvey{"forutsattningar", {"tid", "enhet"}});
    step(action::AnswerSurvey{"behov", {"stod"}});
    step(action::FinishSurvey{Period{2026, 4}});
  }
  // The follow-up on its due date: statements and the use item.
  void do_follow_up() {
    for (const auto& s : catalog.instrument->statements) step(action::RateStatement{Round::t2, s.id, 3, kT2Day});
    step(action::RateEvaluation{Round::t2, "eval-anvander", 4, kT2Day});
    step(action::FinishRound{Round::t2, kT2Day});
  }
  std::string valid_json() {
    join_programme();
    do_everything();
    return result_to_json(make_result_file(state, catalog, Period{2026, 4}));
  }
  std::optional<ResultFile> parse(const std::string& text, std::vector<Problem>& problems) {
    return parse_result_file(text, "f.json", &catalog, problems);
  }
};

TEST_F(ResultFileTest, ExportsStartedModulesWithHoursAndFinishedRounds) {
  do_everything();
  const ResultFile f = make_result_file(state, catalog, Period{2026, 4});
  EXPECT_EQ(f.participant, "K7QM4XPD");
  EXPECT_EQ(f.exported, (Period{2026, 4}));
  EXPECT_EQ(f.background.gender, "kvinna");
  EXPECT_EQ(f.background.role_family, "");
  EXPECT_EQ(f.background.work_setting, "sarskilt-boende");
  ASSERT_EQ(f.modules.size(), 2u);
  EXPECT_EQ(f.modules[0], (ModuleRecord{"digital-grund", Period{2026, 3}, Period{2026, 3}, 1.25}));
  EXPECT_EQ(f.modules[1], (ModuleRecord{"videosamtal", Period{2026, 4}, std::nullopt, 0.0}));
  ASSERT_EQ(f.rounds.size(), 2u);
  const AssessmentRound& t0 = f.rounds[0];
  EXPECT_EQ(t0.instrument_id, "digcomp-omsorg");
  EXPECT_EQ(t0.round, Round::t0);
  EXPECT_EQ(t0.period, (Period{2026, 3}));
  EXPECT_EQ(t0.answers.size(), 3u);
  EXPECT_EQ(t0.answers.at("safety-1"), kNotApplicable);
  EXPECT_TRUE(t0.then.empty());
  EXPECT_TRUE(t0.evaluation.empty());
  const AssessmentRound& t1 = f.rounds[1];
  EXPECT_EQ(t1.round, Round::t1);
  EXPECT_EQ(t1.period, (Period{2026, 4}));
  EXPECT_EQ(t1.answers.at("info-1"), 3);
  EXPECT_EQ(t1.then, (std::map<std::string, int>{{"info-1", 1}, {"safety-1", kNotApplicable}}));
  EXPECT_EQ(t1.evaluation, (std::map<std::string, int>{{"eval-nytta", 4}, {"eval-anvander", 5}}));
  ASSERT_TRUE(f.manager.has_value());
  EXPECT_EQ(f.manager->survey_id, "chefsenkat");
  EXPECT_EQ(f.manager->period, (Period{2026, 4}));
  EXPECT_EQ(f.manager->answers, (std::map<std::string, std::vector<std::string>>{
                                    {"rutiner", {"delvis"}}, {"forutsattningar", {"tid", "enhet"}}, {"behov", {"stod"}}}));
}

TEST_F(ResultFileTest, FollowUpIsExportedWithItsUseItemsInRoundOrder) {
  do_everything();
  do_follow_up();
  const ResultFile f = make_result_file(state, catalog, Period{2027, 1});
  ASSERT_EQ(f.rounds.size(), 3u);
  EXPECT_EQ(f.rounds[0].round, Round::t0);
  EXPECT_EQ(f.rounds[1].round, Round::t1);
  const AssessmentRound& t2 = f.rounds[2];
  EXPECT_EQ(t2.round, Round::t2);
  EXPECT_EQ(t2.period, (Period{2027, 1}));
  EXPECT_EQ(t2.evaluation, (std::map<std::string, int>{{"eval-anvander", 4}}));
  EXPECT_TRUE(t2.then.empty());
  std::vector<Problem> problems;
  const auto back = parse(result_to_json(f), problems);
  ASSERT_TRUE(back.has_value()) << list_problems(problems);
  EXPECT_EQ(*back, f);
}

TEST_F(ResultFileTest, ModulesNotStartedOrNotInTheContentAreLeftOut) {
  step(action::AddActiveTime{"videosamtal", 600});  // time but never opened: not started
  state.modules["removed-module"].started = Period{2026, 1};
  const ResultFile f = make_result_file(state, catalog, Period{2026, 4});
  EXPECT_TRUE(f.modules.empty());
}

TEST_F(ResultFileTest, HoursAreCappedAtTheMostAFileMayHold) {
  state.modules["videosamtal"].started = Period{2026, 1};
  state.modules["videosamtal"].active_seconds = 5000LL * 3600;
  const ResultFile f = make_result_file(state, catalog, Period{2026, 4});
  ASSERT_EQ(f.modules.size(), 1u);
  EXPECT_DOUBLE_EQ(f.modules[0].hours, kMaxModuleHours);
  std::vector<Problem> problems;
  EXPECT_TRUE(parse(result_to_json(f), problems).has_value()) << list_problems(problems);
}

TEST_F(ResultFileTest, UnfinishedRoundsAndSurveyAreNotExported) {
  step(action::RateStatement{Round::t0, "info-1", 3, kT0Day});
  step(action::AnswerSurvey{"rutiner", {"ja"}});
  const ResultFile f = make_result_file(state, catalog, Period{2026, 4});
  EXPECT_TRUE(f.rounds.empty());
  EXPECT_TRUE(f.modules.empty());
  EXPECT_FALSE(f.manager.has_value());
  const Json doc = Json::parse(result_to_json(f));
  EXPECT_EQ(doc.count("manager"), 0u);  // left out, not null
}

TEST_F(ResultFileTest, FollowUpBegunButNotFinishedIsNotExported) {
  do_everything();
  step(action::RateStatement{Round::t2, "info-1", 3, kT2Day});
  ASSERT_EQ(state.rounds.count(Round::t2), 1u);
  EXPECT_EQ(make_result_file(state, catalog, Period{2027, 1}).rounds.size(), 2u);
}

TEST_F(ResultFileTest, AnswersTheContentNoLongerAsksAreLeftOut) {
  do_everything();
  do_follow_up();
  state.rounds[Round::t0].answers["removed-statement"] = 1;
  state.rounds[Round::t0].evaluation["eval-nytta"] = 3;    // T0 has no evaluation
  state.rounds[Round::t0].then_answers["info-1"] = 2;      // nor then/now
  state.rounds[Round::t1].then_answers["comm-1"] = 2;      // not a then/now statement (any more)
  state.rounds[Round::t1].evaluation["removed-item"] = 3;
  state.rounds[Round::t1].evaluation["eval-nytta"] = 9;    // out of range
  state.rounds[Round::t2].evaluation["eval-nytta"] = 3;    // T2 asks the use items only
  state.rounds[Round::t2].then_answers["info-1"] = 2;
  state.manager_survey.answers["removed-question"] = {"ja"};
  state.manager_survey.answers["rutiner"] = {"ja", "nej"};  // no longer a valid answer
  const ResultFile f = make_result_file(state, catalog, Period{2027, 1});
  ASSERT_EQ(f.rounds.size(), 3u);
  EXPECT_EQ(f.rounds[0].answers.count("removed-statement"), 0u);
  EXPECT_TRUE(f.rounds[0].evaluation.empty());
  EXPECT_TRUE(f.rounds[0].then.empty());
  EXPECT_EQ(f.rounds[1].then, (std::map<std::string, int>{{"info-1", 1}, {"safety-1", kNotApplicable}}));
  EXPECT_EQ(f.rounds[1].evaluation, (std::map<std::string, int>{{"eval-anvander", 5}}));
  EXPECT_EQ(f.rounds[2].evaluation, (std::map<std::string, int>{{"eval-anvander", 4}}));
  EXPECT_TRUE(f.rounds[2].then.empty());
  EXPECT_EQ(f.manager->answers, (std::map<std::string, std::vector<std::string>>{
                                    {"forutsattningar", {"tid", "enhet"}}, {"behov", {"stod"}}}));
  std::vector<Problem> problems;
  EXPECT_TRUE(parse(result_to_json(f), problems).has_value()) << list_problems(problems);
}

TEST_F(ResultFileTest, AnAnswerToAFollowUpNoLongerAskedStaysOnTheDevice) {
  do_everything();
  ASSERT_EQ(state.manager_survey.answers.at("rutiner"), std::vector<std::string>{"delvis"});
  Catalog follow_up = catalog;
  follow_up.manager_survey->questions[1].asked_if = SurveyCondition{"rutiner", {"ja"}};
  // "forutsattningar" follows "ja", and the manager answered "delvis": it was not asked.
  ResultFile f = make_result_file(state, follow_up, Period{2026, 4});
  EXPECT_EQ(f.manager->answers, (std::map<std::string, std::vector<std::string>>{
                                    {"rutiner", {"delvis"}}, {"behov", {"stod"}}}));
  follow_up.manager_survey->questions[1].asked_if = SurveyCondition{"rutiner", {"ja", "delvis"}};
  f = make_result_file(state, follow_up, Period{2026, 4});
  EXPECT_EQ(f.manager->answers.count("forutsattningar"), 1u);
}

TEST_F(ResultFileTest, RoundsAndSurveyOfOtherContentAreNotExported) {
  do_everything();
  Catalog changed = catalog;
  changed.instrument->id = "digcomp-omsorg-2";
  changed.manager_survey->id = "chefsenkat-2";
  const ResultFile f = make_result_file(state, changed, Period{2026, 4});
  EXPECT_TRUE(f.rounds.empty());
  EXPECT_FALSE(f.manager.has_value());
  changed.instrument.reset();
  changed.manager_survey.reset();
  EXPECT_TRUE(make_result_file(state, changed, Period{2026, 4}).rounds.empty());
}

TEST_F(ResultFileTest, RoundTrip) {
  do_everything();
  const ResultFile f = make_result_file(state, catalog, Period{2026, 4});
  std::vector<Problem> problems;
  const auto back = parse(result_to_json(f), problems);
  ASSERT_TRUE(back.has_value()) << list_problems(problems);
  EXPECT_EQ(*back, f);
  EXPECT_EQ(result_to_json(*back), result_to_json(f));
}

TEST_F(ResultFileTest, EqualityCoversEveryNewField) {
  do_everything();
  const ResultFile f = make_result_file(state, catalog, Period{2026, 4});
  const auto differs = [&](auto change) {
    ResultFile g = f;
    change(g);
    return !(g == f);
  };
  EXPECT_TRUE(differs([](ResultFile& g) { g.rounds[1].round = Round::t2; }));
  EXPECT_TRUE(differs([](ResultFile& g) { g.rounds[1].then["info-1"] = 3; }));
  EXPECT_TRUE(differs([](ResultFile& g) { g.rounds[1].evaluation["eval-nytta"] = 1; }));
  EXPECT_TRUE(differs([](ResultFile& g) { g.manager.reset(); }));
  EXPECT_TRUE(differs([](ResultFile& g) { g.manager->answers["behov"] = {"utbildning"}; }));
  EXPECT_TRUE(differs([](ResultFile& g) { g.background.work_setting = "annat"; }));
  EXPECT_TRUE(differs([](ResultFile& g) { g.programme = "H4KD9PQM"; }));
  EXPECT_TRUE(differs([](ResultFile& g) { g.organisation = "k02"; }));
}

TEST_F(ResultFileTest, FileName) {
  ResultFile f;
  f.participant = "K7QM4XPD";
  f.exported = Period{2026, 4};
  const std::string name = result_file_name(f, 12345);
  EXPECT_EQ(name.rfind("digilyft-resultat-2026-Q4-", 0), 0u) << name;
  EXPECT_EQ(name.size(), std::string("digilyft-resultat-2026-Q4-ABCDEF.json").size()) << name;
  // The name never holds the participant code (it opens the person's answers on a shared device),
  // and two files of one person get names of their own.
  EXPECT_EQ(name.find("K7QM"), std::string::npos) << name;
  EXPECT_NE(result_file_name(f, 12345), result_file_name(f, 999'999'999));
}

TEST_F(ResultFileTest, StableFieldOrderAndIndent) {
  const std::string text = valid_json();
  EXPECT_EQ(text.rfind("{\n  \"format\": \"digilyft-result\",\n  \"version\": 1,\n  \"programme\": \"H4KD9PQM\",\n"
                       "  \"organisation\": \"k01\",\n  \"participant\": \"K7QM4XPD\",\n"
                       "  \"exported\": \"2026-Q4\",\n  \"background\": {\n    \"gender\": \"kvinna\",\n"
                       "    \"age_band\": \"30-54\",\n    \"role_family\": null,\n"
                       "    \"work_setting\": \"sarskilt-boende\"\n  },\n  \"modules\": [\n    {\n"
                       "      \"id\": \"digital-grund\",\n      \"started\": \"2026-Q3\",\n"
                       "      \"completed\": \"2026-Q3\",\n      \"hours\": 1.25\n    },\n    {\n"
                       "      \"id\": \"videosamtal\",\n      \"started\": \"2026-Q4\",\n"
                       "      \"completed\": null,\n      \"hours\": 0.0\n    }\n  ],\n  \"self_assessment\": [\n"
                       "    {\n      \"instrument\": \"digcomp-omsorg\",\n      \"round\": \"T0\",\n",
                       0),
            0u)
      << text;
  // T1 lists its parts in this order, and the manager record comes last.
  const std::size_t t1 = text.find("\"round\": \"T1\"");
  ASSERT_NE(t1, std::string::npos);
  const std::size_t period = text.find("\"period\"", t1), answers = text.find("\"answers\"", t1),
                    then = text.find("\"then\"", t1), evaluation = text.find("\"evaluation\"", t1),
                    manager = text.find("\"manager\": {\n    \"survey\": \"chefsenkat\",\n    \"period\": \"2026-Q4\",");
  EXPECT_LT(period, answers);
  EXPECT_LT(answers, then);
  EXPECT_LT(then, evaluation);
  EXPECT_LT(evaluation, manager);
  EXPECT_NE(manager, std::string::npos) << text;
  // The checksum comes last, after the manager record.
  const std::regex checksum_last("\\}\n  \\},\n  \"checksum\": \"xxh64:[0-9a-f]{16}\"\n\\}\n$");
  EXPECT_TRUE(std::regex_search(text, checksum_last)) << text;
}

// Every key in an exported file is one the documentation lists; nothing else can leave the device.
TEST_F(ResultFileTest, ExportHasOnlyDocumentedFieldsAndNoDateFinerThanQuarter) {
  const std::string text = valid_json();
  const Json doc = Json::parse(text);
  const std::set<std::string> top = {"format",     "version", "programme",       "organisation", "participant",
                                     "exported",   "background", "modules",      "self_assessment", "manager",
                                     "checksum"};
  std::set<std::string> keys;
  for (const auto& item : doc.items()) keys.insert(item.key());
  EXPECT_EQ(keys, top);
  for (const auto& item : doc["background"].items()) {
    const std::string& k = item.key();
    EXPECT_TRUE(k == "gender" || k == "age_band" || k == "role_family" || k == "work_setting") << k;
  }
  for (const auto& m : doc["modules"]) {
    for (const auto& item : m.items()) {
      const std::string& k = item.key();
      EXPECT_TRUE(k == "id" || k == "started" || k == "completed" || k == "hours") << k;
    }
    const double quarters = m["hours"].get<double>() * 4;
    EXPECT_EQ(quarters, std::floor(quarters)) << m.dump();
  }
  for (const auto& r : doc["self_assessment"]) {
    for (const auto& item : r.items()) {
      const std::string& k = item.key();
      EXPECT_TRUE(k == "instrument" || k == "round" || k == "period" || k == "answers" || k == "then" ||
                  k == "evaluation")
          << k;
    }
    for (const char* part : {"answers", "then"}) {
      if (!r.contains(part)) continue;
      for (const auto& a : r[part].items()) {
        EXPECT_NE(catalog.instrument->find_statement(a.key()), nullptr) << a.key();
        EXPECT_TRUE(a.value() == "na" || (a.value().is_number_integer() && a.value() >= 0 && a.value() <= 3));
      }
    }
    if (r.contains("evaluation")) {
      for (const auto& e : r["evaluation"].items()) {
        EXPECT_NE(catalog.instrument->find_evaluation(e.key()), nullptr) << e.key();
        EXPECT_TRUE(e.value().is_number_integer() && e.value() >= 1 && e.value() <= 5);
      }
    }
  }
  EXPECT_EQ(doc["self_assessment"][0].count("then"), 0u);  // T0: no then/now, no evaluation
  EXPECT_EQ(doc["self_assessment"][0].count("evaluation"), 0u);
  std::set<std::string> manager_keys;
  for (const auto& item : doc["manager"].items()) manager_keys.insert(item.key());
  EXPECT_EQ(manager_keys, (std::set<std::string>{"survey", "period", "answers"}));
  for (const auto& a : doc["manager"]["answers"].items()) {
    EXPECT_NE(catalog.manager_survey->find_question(a.key()), nullptr) << a.key();
    for (const auto& option : a.value()) EXPECT_TRUE(option.is_string()) << a.key();
  }
  // No value anywhere looks like a date or a time finer than a quarter.
  const std::regex finer(R"(\d{4}-\d{2}-\d{2}|\d{2}:\d{2}|\d{4}-\d{2}$)");
  const Json flat = doc.flatten();
  for (const auto& item : flat.items()) {
    if (!item.value().is_string() || item.key() == "/checksum") continue;  // hex digits, not a time
    const std::string v = item.value();
    EXPECT_FALSE(std::regex_search(v, finer)) << item.key() << " = " << v;
  }
  EXPECT_EQ(doc["exported"], "2026-Q4");
  EXPECT_EQ(doc["modules"][0]["completed"], "2026-Q3");
  EXPECT_EQ(doc["modules"][0]["started"], "2026-Q3");
  EXPECT_EQ(doc["modules"][0]["hours"], 1.25);
  EXPECT_TRUE(doc["modules"][1]["completed"].is_null());
  // The day a round was finished stays on the device: the period only.
  EXPECT_EQ(doc["self_assessment"][1]["period"], "2026-Q4");
  EXPECT_EQ(text.find("2026-11-23"), std::string::npos);
}

TEST_F(ResultFileTest, InvalidBackgroundInStateIsNotExported) {
  state.background.gender = "Anna Svensson";
  state.background.work_setting = "Hemtjänst Norr";
  const Json doc = Json::parse(result_to_json(make_result_file(state, catalog, Period{2026, 4})));
  EXPECT_TRUE(doc["background"]["gender"].is_null());
  EXPECT_TRUE(doc["background"]["work_setting"].is_null());
}

struct Case {
  std::string name;
  std::string text;
  std::string code;
  std::string pointer;
};

TEST_F(ResultFileTest, EveryResultProblemHasItsCodeAndPointer) {
  const std::string v = valid_json();
  const std::string r0 = "/self_assessment/0";
  const std::string r1 = "/self_assessment/1";
  const Json t0 = Json::parse(v)["self_assessment"][0];
  const Json t1 = Json::parse(v)["self_assessment"][1];
  Json t2 = t0;
  t2["round"] = "T2";
  t2["period"] = "2027-Q1";
  t2["evaluation"] = {{"eval-anvander", 4}};
  const std::string with_t2 = with(v, "/self_assessment/2", t2);
  const std::string r2 = "/self_assessment/2";
  const std::vector<Case> cases = {
      {"too large", std::string(kMaxResultFileBytes + 1, ' '), "result.too_large", ""},
      {"not json", "{\"format\": \"digilyft-result\"", "result.not_json", ""},
      {"empty", "", "result.not_json", ""},
      {"array", "[]", "result.foreign_file", ""},
      {"other json", R"({"name": "Anna"})", "result.foreign_file", "/format"},
      {"other format", with(v, "/format", "digilyft-progress"), "result.foreign_file", "/format"},
      {"future version", with(v, "/version", 2), "result.future_version", "/version"},
      {"version zero", with(v, "/version", 0), "result.bad_value", "/version"},
      {"version missing", without(v, "/version"), "result.missing_field", "/version"},
      {"version text", with(v, "/version", "1"), "result.wrong_type", "/version"},
      // The checksum: present, a text, and the one of what the file holds.
      {"checksum missing", without(v, "/checksum"), "result.no_checksum", "/checksum"},
      {"checksum number", with(v, "/checksum", 12345), "result.wrong_type", "/checksum"},
      {"checksum null", with(v, "/checksum", nullptr), "result.wrong_type", "/checksum"},
      // The programme and the organisation: codes only, never names.
      {"programme missing", without(v, "/programme"), "result.missing_field", "/programme"},
      {"programme a name", with(v, "/programme", "Digitalt lyft"), "result.bad_value", "/programme"},
      {"programme lower case", with(v, "/programme", "h4kd9pqm"), "result.bad_value", "/programme"},
      {"programme number", with(v, "/programme", 4), "result.wrong_type", "/programme"},
      {"programme object", with(v, "/programme", Json{{"id", "H4KD9PQM"}, {"name", "Lyft"}}), "result.wrong_type",
       "/programme"},
      {"organisation missing", without(v, "/organisation"), "result.missing_field", "/organisation"},
      {"organisation a name", with(v, "/organisation", "Kommun A, hemtjänst"), "result.bad_value", "/organisation"},
      {"organisation too long", with(v, "/organisation", std::string(kMaxOrganisationCodeLength + 1, 'k')),
       "result.bad_value", "/organisation"},
      {"organisation empty", with(v, "/organisation", ""), "result.bad_value", "/organisation"},
      {"organisation number", with(v, "/organisation", 1), "result.wrong_type", "/organisation"},
      {"organisation without programme", with(v, "/programme", nullptr), "result.bad_value", "/organisation"},
      {"name added", with(v, "/name", "Anna Svensson"), "result.unexpected_field", "/name"},
      {"comment in background", with(v, "/background/comment", "trött"), "result.unexpected_field", "/background/comment"},
      {"unit in module", with(v, "/modules/0/unit", "Hemtjänst Norr"), "result.unexpected_field", "/modules/0/unit"},
      {"timestamp in round", with(v, r0 + "/finished_at", "2026-11-03T10:00"), "result.unexpected_field", r0 + "/finished_at"},
      {"minutes in module", with(v, "/modules/0/minutes", 83), "result.unexpected_field", "/modules/0/minutes"},
      {"participant missing", without(v, "/participant"), "result.missing_field", "/participant"},
      {"participant number", with(v, "/participant", 12345678), "result.wrong_type", "/participant"},
      {"participant a name", with(v, "/participant", "Anna"), "result.bad_value", "/participant"},
      {"participant look-alike", with(v, "/participant", "K7QM4XP0"), "result.bad_value", "/participant"},
      {"exported a date", with(v, "/exported", "2026-11-03"), "result.bad_value", "/exported"},
      {"background missing", without(v, "/background"), "result.missing_field", "/background"},
      {"background list", with(v, "/background", Json::array()), "result.wrong_type", "/background"},
      {"gender missing", without(v, "/background/gender"), "result.missing_field", "/background/gender"},
      {"gender unknown", with(v, "/background/gender", "robot"), "result.bad_value", "/background/gender"},
      {"age as number", with(v, "/background/age_band", 42), "result.wrong_type", "/background/age_band"},
      {"modules missing", without(v, "/modules"), "result.missing_field", "/modules"},
      {"module not object", with(v, "/modules/0", "x"), "result.wrong_type", "/modules/0"},
      {"module unknown", with(v, "/modules/0/id", "not-a-course"), "result.unknown_module", "/modules/0/id"},
      {"module id free text", with(v, "/modules/0/id", "Jag tyckte om kursen"), "result.bad_value", "/modules/0/id"},
      {"module twice", with(v, "/modules/1/id", "digital-grund"), "result.bad_value", "/modules/1/id"},
      {"completed bad", with(v, "/modules/0/completed", "2026-Q9"), "result.bad_value", "/modules/0/completed"},
      {"completed a date", with(v, "/modules/0/completed", "2026-09-14"), "result.bad_value", "/modules/0/completed"},
      {"completed missing", without(v, "/modules/0/completed"), "result.missing_field", "/modules/0/completed"},
      {"completed before started", with(v, "/modules/0/completed", "2026-Q2"), "result.bad_value", "/modules/0/completed"},
      {"started missing", without(v, "/modules/0/started"), "result.missing_field", "/modules/0/started"},
      {"started null", with(v, "/modules/0/started", nullptr), "result.wrong_type", "/modules/0/started"},
      {"started bad", with(v, "/modules/0/started", "Q3"), "result.bad_value", "/modules/0/started"},
      {"hours missing", without(v, "/modules/0/hours"), "result.missing_field", "/modules/0/hours"},
      {"hours text", with(v, "/modules/0/hours", "1.25"), "result.wrong_type", "/modules/0/hours"},
      {"hours bool", with(v, "/modules/0/hours", true), "result.wrong_type", "/modules/0/hours"},
      {"hours negative", with(v, "/modules/0/hours", -0.25), "result.bad_value", "/modules/0/hours"},
      {"hours too many", with(v, "/modules/0/hours", 1000.25), "result.bad_value", "/modules/0/hours"},
      {"hours exact minutes", with(v, "/modules/0/hours", 1.33), "result.bad_value", "/modules/0/hours"},
      {"hours tenth", with(v, "/modules/0/hours", 0.1), "result.bad_value", "/modules/0/hours"},
      {"rounds text", with(v, "/self_assessment", "x"), "result.wrong_type", "/self_assessment"},
      {"instrument unknown", with(v, r0 + "/instrument", "other-instrument"), "result.unknown_instrument", r0 + "/instrument"},
      {"round unknown", with(v, r0 + "/round", "T9"), "result.bad_value", r0 + "/round"},
      {"period missing", without(v, r0 + "/period"), "result.missing_field", r0 + "/period"},
      {"answers list", with(v, r0 + "/answers", Json::array()), "result.wrong_type", r0 + "/answers"},
      {"level too high", with(v, r0 + "/answers/info-1", 4), "result.bad_value", r0 + "/answers/info-1"},
      {"level negative", with(v, r0 + "/answers/info-1", -1), "result.bad_value", r0 + "/answers/info-1"},
      {"level fraction", with(v, r0 + "/answers/info-1", 1.5), "result.bad_value", r0 + "/answers/info-1"},
      {"level word", with(v, r0 + "/answers/info-1", "bra"), "result.bad_value", r0 + "/answers/info-1"},
      {"level bool", with(v, r0 + "/answers/info-1", true), "result.wrong_type", r0 + "/answers/info-1"},
      {"statement unknown", with(v, r0 + "/answers/made-up", 2), "result.unknown_statement", r0 + "/answers/made-up"},
      {"free text as key", with(v, r0 + "/answers", Json{{"Jag är trött", 1}}), "result.bad_value", r0 + "/answers/Jag är trött"},
      {"slash in key", with(v, "/a~1b", 1), "result.unexpected_field", "/a~1b"},
      // Work setting.
      {"work setting missing", without(v, "/background/work_setting"), "result.missing_field", "/background/work_setting"},
      {"work setting a unit", with(v, "/background/work_setting", "Hemtjänst Norr"), "result.bad_value", "/background/work_setting"},
      {"work setting a role", with(v, "/background/work_setting", "omsorg"), "result.bad_value", "/background/work_setting"},
      // Rounds: one of each, in order, each with only what it asks.
      {"round twice", with(v, r1 + "/round", "T0"), "result.duplicate_round", r1 + "/round"},
      {"rounds out of order", with(v, "/self_assessment", Json::array({t1, t0})), "result.round_order", r1 + "/round"},
      {"round as number", with(v, r0 + "/round", 0), "result.wrong_type", r0 + "/round"},
      {"round lower case", with(v, r0 + "/round", "t0"), "result.bad_value", r0 + "/round"},
      {"finished day in round", with(v, r1 + "/finished_on", "2026-11-23"), "result.unexpected_field", r1 + "/finished_on"},
      {"then in T0", with(v, r0 + "/then", Json{{"info-1", 1}}), "result.not_in_round", r0 + "/then"},
      {"then in T2", with(with_t2, r2 + "/then", Json{{"info-1", 1}}), "result.not_in_round", r2 + "/then"},
      {"evaluation in T0", with(v, r0 + "/evaluation", Json{{"eval-nytta", 4}}), "result.not_in_round", r0 + "/evaluation"},
      {"then empty", with(v, r1 + "/then", Json::object()), "result.bad_value", r1 + "/then"},
      {"then list", with(v, r1 + "/then", Json::array()), "result.wrong_type", r1 + "/then"},
      {"then not then/now", with(v, r1 + "/then/comm-1", 2), "result.not_then_now", r1 + "/then/comm-1"},
      {"then unknown", with(v, r1 + "/then/made-up", 2), "result.unknown_statement", r1 + "/then/made-up"},
      {"then too high", with(v, r1 + "/then/info-1", 4), "result.bad_value", r1 + "/then/info-1"},
      {"then word", with(v, r1 + "/then/info-1", "förr"), "result.bad_value", r1 + "/then/info-1"},
      {"then free text key", with(v, r1 + "/then/Det var svårt", 1), "result.bad_value", r1 + "/then/Det var svårt"},
      {"evaluation empty", with(v, r1 + "/evaluation", Json::object()), "result.bad_value", r1 + "/evaluation"},
      {"evaluation text", with(v, r1 + "/evaluation", "bra"), "result.wrong_type", r1 + "/evaluation"},
      {"evaluation zero", with(v, r1 + "/evaluation/eval-nytta", 0), "result.bad_value", r1 + "/evaluation/eval-nytta"},
      {"evaluation six", with(v, r1 + "/evaluation/eval-nytta", 6), "result.bad_value", r1 + "/evaluation/eval-nytta"},
      {"evaluation half", with(v, r1 + "/evaluation/eval-nytta", 4.5), "result.bad_value", r1 + "/evaluation/eval-nytta"},
      {"evaluation na", with(v, r1 + "/evaluation/eval-nytta", "na"), "result.wrong_type", r1 + "/evaluation/eval-nytta"},
      {"evaluation unknown", with(v, r1 + "/evaluation/eval-x", 3), "result.unknown_evaluation_item", r1 + "/evaluation/eval-x"},
      {"evaluation statement", with(v, r1 + "/evaluation/info-1", 3), "result.unknown_evaluation_item", r1 + "/evaluation/info-1"},
      {"evaluation free text key", with(v, r1 + "/evaluation/Bra kurs!", 5), "result.bad_value", r1 + "/evaluation/Bra kurs!"},
      {"T2 not a use item", with(with_t2, r2 + "/evaluation/eval-nytta", 3), "result.not_use_item", r2 + "/evaluation/eval-nytta"},
      // The manager record.
      {"manager null", with(v, "/manager", nullptr), "result.wrong_type", "/manager"},
      {"manager list", with(v, "/manager", Json::array()), "result.wrong_type", "/manager"},
      {"manager unit", with(v, "/manager/unit", "Hemtjänst Norr"), "result.unexpected_field", "/manager/unit"},
      {"manager comment", with(v, "/manager/comment", "Vi saknar tid"), "result.unexpected_field", "/manager/comment"},
      {"manager survey missing", without(v, "/manager/survey"), "result.missing_field", "/manager/survey"},
      {"manager survey unknown", with(v, "/manager/survey", "annan-enkat"), "result.unknown_survey", "/manager/survey"},
      {"manager survey free text", with(v, "/manager/survey", "Chefsenkät"), "result.bad_value", "/manager/survey"},
      {"manager period missing", without(v, "/manager/period"), "result.missing_field", "/manager/period"},
      {"manager period a date", with(v, "/manager/period", "2026-11-23"), "result.bad_value", "/manager/period"},
      {"manager answers missing", without(v, "/manager/answers"), "result.missing_field", "/manager/answers"},
      {"manager answers list", with(v, "/manager/answers", Json::array()), "result.wrong_type", "/manager/answers"},
      {"manager answer a text", with(v, "/manager/answers/rutiner", "ja"), "result.wrong_type", "/manager/answers/rutiner"},
      {"manager answer empty", with(v, "/manager/answers/rutiner", Json::array()), "result.bad_value", "/manager/answers/rutiner"},
      {"manager answer twice", with(v, "/manager/answers/forutsattningar", Json::array({"tid", "tid"})), "result.bad_value", "/manager/answers/forutsattningar"},
      {"manager option number", with(v, "/manager/answers/rutiner", Json::array({1})), "result.wrong_type", "/manager/answers/rutiner/0"},
      {"manager option free text", with(v, "/manager/answers/rutiner", Json::array({"Vi har inga"})), "result.bad_value", "/manager/answers/rutiner/0"},
      {"manager two for single", with(v, "/manager/answers/rutiner", Json::array({"ja", "nej"})), "result.bad_survey_answer", "/manager/answers/rutiner"},
      {"manager unknown option", with(v, "/manager/answers/rutiner", Json::array({"kanske"})), "result.bad_survey_answer", "/manager/answers/rutiner"},
      {"manager unknown question", with(v, "/manager/answers/lon", Json::array({"ja"})), "result.unknown_survey_question", "/manager/answers/lon"},
      {"manager free text question", with(v, "/manager/answers/Vad tycker du", Json::array({"ja"})), "result.bad_value", "/manager/answers/Vad tycker du"},
  };
  for (const auto& c : cases) {
    std::vector<Problem> problems;
    EXPECT_FALSE(parse(c.text, problems).has_value()) << c.name;
    EXPECT_TRUE(has_problem(problems, c.code, c.pointer))
        << c.name << ": expected " << c.code << " at '" << c.pointer << "', got\n" << list_problems(problems);
    for (const auto& p : problems) EXPECT_EQ(p.file, "f.json");
  }
}

TEST_F(ResultFileTest, WithoutCatalogIdsAreCheckedOnlyForForm) {
  const std::string v = valid_json();
  for (const auto& [pointer, value] : std::vector<std::pair<std::string, Json>>{
           {"/modules/0/id", "some-other-course"},
           {"/self_assessment/1/then/comm-1", 1},
           {"/self_assessment/1/evaluation/eval-x", 2},
           {"/manager/survey", "annan-enkat"},
           {"/manager/answers/rutiner", Json::array({"ja", "nej"})}}) {
    const std::string text = with(v, pointer, value);
    std::vector<Problem> problems;
    EXPECT_TRUE(parse_result_file(text, "f", nullptr, problems).has_value()) << pointer << list_problems(problems);
    EXPECT_FALSE(parse_result_file(text, "f", &catalog, problems).has_value()) << pointer;
  }
}

// The rules of the format itself hold without the coordinator's content too.
TEST_F(ResultFileTest, WithoutCatalogRoundRulesStillHold) {
  const std::string v = valid_json();
  const Json rounds = Json::parse(v)["self_assessment"];
  for (const auto& [name, text] : std::vector<std::pair<std::string, std::string>>{
           {"twice", with(v, "/self_assessment/1/round", "T0")},
           {"order", with(v, "/self_assessment", Json::array({rounds[1], rounds[0]}))},
           {"then in T0", with(v, "/self_assessment/0/then", Json{{"info-1", 1}})},
           {"evaluation in T0", with(v, "/self_assessment/0/evaluation", Json{{"eval-nytta", 1}})},
           {"evaluation 0", with(v, "/self_assessment/1/evaluation/eval-nytta", 0)},
           {"manager empty answer", with(v, "/manager/answers/rutiner", Json::array())}}) {
    std::vector<Problem> problems;
    EXPECT_FALSE(parse_result_file(text, "f", nullptr, problems).has_value()) << name;
  }
}

TEST_F(ResultFileTest, AFileWithoutManagerOrRoundsIsRead) {
  const std::string text = sealed(Ordered::parse(R"({"format": "digilyft-result", "version": 1, "programme": null,
    "organisation": null, "participant": "K7QM4XPD", "exported": "2026-Q4", "background": {"gender": null,
    "age_band": null, "role_family": null, "work_setting": null}, "modules": [], "self_assessment": []})"));
  std::vector<Problem> problems;
  const auto f = parse(text, problems);
  ASSERT_TRUE(f.has_value()) << list_problems(problems);
  EXPECT_TRUE(f->rounds.empty());
  EXPECT_FALSE(f->manager.has_value());
}

TEST_F(ResultFileTest, HoursOnQuarterStepsAreRead) {
  const std::string v = valid_json();
  for (const Json& hours : {Json(0), Json(0.25), Json(3), Json(12.75), Json(1000), Json(1000.0)}) {
    std::vector<Problem> problems;
    const auto f = parse(with(v, "/modules/0/hours", hours), problems);
    ASSERT_TRUE(f.has_value()) << hours.dump() << "\n" << list_problems(problems);
    EXPECT_DOUBLE_EQ(f->modules[0].hours, hours.get<double>());
  }
}

TEST_F(ResultFileTest, ProgrammeAndOrganisationCodesAreExportedAndReadBack) {
  join_programme();
  do_everything();
  const ResultFile f = make_result_file(state, catalog, Period{2026, 4});
  EXPECT_EQ(f.programme, std::optional<std::string>("H4KD9PQM"));
  EXPECT_EQ(f.organisation, std::optional<std::string>("k01"));
  const std::string text = result_to_json(f);
  std::vector<Problem> problems;
  const auto back = parse(text, problems);
  ASSERT_TRUE(back.has_value()) << list_problems(problems);
  EXPECT_EQ(*back, f);
  // The names stay on the device: the file holds the codes only.
  EXPECT_EQ(text.find("Kommun A"), std::string::npos);
  EXPECT_EQ(text.find("Digitalt lyft"), std::string::npos);
  // The coordinator's content does not know the programme's list: any organisation code is read.
  const auto other = parse(with(text, "/organisation", "k99"), problems);
  ASSERT_TRUE(other.has_value()) << list_problems(problems);
  EXPECT_EQ(other->organisation, std::optional<std::string>("k99"));
}

TEST_F(ResultFileTest, WithoutProgrammeBothCodesAreNull) {
  do_everything();
  const ResultFile f = make_result_file(state, catalog, Period{2026, 4});
  EXPECT_FALSE(f.programme.has_value());
  EXPECT_FALSE(f.organisation.has_value());
  const std::string text = result_to_json(f);
  const Json doc = Json::parse(text);
  EXPECT_TRUE(doc.at("programme").is_null());
  EXPECT_TRUE(doc.at("organisation").is_null());
  std::vector<Problem> problems;
  const auto back = parse(text, problems);
  ASSERT_TRUE(back.has_value()) << list_problems(problems);
  EXPECT_EQ(*back, f);
}

// Only a code from the programme's own list leaves the device, never a name typed elsewhere.
TEST_F(ResultFileTest, OnlyAnOrganisationOfTheProgrammesListIsExported) {
  join_programme();
  for (const char* chosen : {"Kommun A, hemtjänst", "k09", ""}) {
    state.organisation = chosen;
    const ResultFile f = make_result_file(state, catalog, Period{2026, 4});
    EXPECT_EQ(f.programme, std::optional<std::string>("H4KD9PQM")) << chosen;
    EXPECT_FALSE(f.organisation.has_value()) << chosen;
  }
  state.organisation = "k02";
  EXPECT_EQ(make_result_file(state, catalog, Period{2026, 4}).organisation, std::optional<std::string>("k02"));
  state.programme->id = "not a code";
  const ResultFile broken = make_result_file(state, catalog, Period{2026, 4});
  EXPECT_FALSE(broken.programme.has_value());
  EXPECT_FALSE(broken.organisation.has_value());
  std::vector<Problem> problems;
  EXPECT_TRUE(parse(result_to_json(broken), problems).has_value()) << list_problems(problems);
}

TEST(ResultChecksum, IsXxh64WithSeedZeroInLowercaseHex) {
  // Reference values of XXH64 (seed 0).
  EXPECT_EQ(result_checksum(""), "xxh64:ef46db3751d8e999");
  EXPECT_EQ(result_checksum("abc"), "xxh64:44bc2cf5ad770999");
}

TEST_F(ResultFileTest, ChecksumIsLastAndCoversTheCompactFileWithoutIt) {
  const std::string text = valid_json();
  Ordered doc = Ordered::parse(text);
  ASSERT_TRUE(doc.contains("checksum"));
  EXPECT_EQ(doc.items().begin().key(), "format");
  std::string last;
  for (const auto& item : doc.items()) last = item.key();
  EXPECT_EQ(last, "checksum");
  const std::string given = doc["checksum"];
  doc.erase("checksum");
  EXPECT_EQ(given, result_checksum(doc.dump()));
}

// The compact form (a workspace line, digilyft-report's runs) is the same document on one line.
TEST_F(ResultFileTest, TheCompactFormIsTheFileOnOneLine) {
  std::vector<Problem> problems;
  const auto file = parse_result_file(valid_json(), "f.json", &catalog, problems);
  ASSERT_TRUE(file.has_value());
  const std::string compact = result_to_compact_json(*file);
  EXPECT_EQ(compact, Ordered::parse(result_to_json(*file)).dump());
  EXPECT_EQ(parse_result_file(compact, "f.json", &catalog, problems), file);
}

// Whatever is changed by hand after saving, the file is refused for that one reason.
TEST_F(ResultFileTest, AFileChangedAfterSavingIsRefused) {
  const std::string v = valid_json();
  for (const auto& [before, after] : std::vector<std::pair<std::string, std::string>>{
           {"\"info-1\": 2", "\"info-1\": 3"},
           {"\"participant\": \"K7QM4XPD\"", "\"participant\": \"K7QM4XPE\""},
           {"\"organisation\": \"k01\"", "\"organisation\": \"k02\""},
           {"\"programme\": \"H4KD9PQM\"", "\"programme\": \"H4KD9PQN\""},
           {"\"gender\": \"kvinna\"", "\"gender\": \"man\""},
           {"\"exported\": \"2026-Q4\"", "\"exported\": \"2027-Q1\""},
           {"\"hours\": 1.25", "\"hours\": 1.5"},
           {"\"eval-nytta\": 4", "\"eval-nytta\": 5"},
           {"xxh64:", "xxh64:0"}}) {
    std::string text = v;
    const std::size_t at = text.find(before);
    ASSERT_NE(at, std::string::npos) << before;
    text.replace(at, before.size(), after);
    std::vector<Problem> problems;
    EXPECT_FALSE(parse(text, problems).has_value()) << after;
    ASSERT_EQ(problems.size(), 1u) << after << "\n" << list_problems(problems);
    EXPECT_EQ(problems[0].code, "result.bad_checksum") << after;
    EXPECT_EQ(problems[0].pointer, "/checksum");
  }
}

// Spacing, line ends and a byte-order mark are not changes: the checksum is over the values.
TEST_F(ResultFileTest, AFileOnlyReformattedIsRead) {
  const std::string v = valid_json();
  const Ordered doc = Ordered::parse(v);
  std::string crlf;
  for (char c : v) crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
  std::vector<Problem> problems;
  const auto original = parse(v, problems);
  ASSERT_TRUE(original.has_value()) << list_problems(problems);
  for (const std::string& text : {doc.dump(), doc.dump(4), doc.dump(1, '\t'), crlf, "\xEF\xBB\xBF" + v}) {
    const auto f = parse(text, problems);
    ASSERT_TRUE(f.has_value()) << text << "\n" << list_problems(problems);
    EXPECT_EQ(*f, *original);
  }
}

// Hours are numbers with a fraction (0.0, 1.25): written, re-read and re-indented, they keep their
// checksum; a tool that writes 0.0 as 0 has changed the file, and the checksum says so.
TEST_F(ResultFileTest, HoursKeepTheirChecksumThroughAReformat) {
  join_programme();
  do_everything();
  ResultFile f = make_result_file(state, catalog, Period{2026, 4});
  for (const auto& [hours, written] : std::vector<std::pair<double, std::string>>{
           {0.0, "0.0"}, {0.25, "0.25"}, {1.25, "1.25"}, {12.75, "12.75"}, {1000.0, "1000.0"}}) {
    f.modules[0].hours = hours;
    const std::string text = result_to_json(f);
    EXPECT_NE(text.find("\"hours\": " + written + "\n"), std::string::npos) << text;
    for (const std::string& again : {text, Ordered::parse(text).dump(), Ordered::parse(text).dump(3)}) {
      std::vector<Problem> problems;
      const auto back = parse(again, problems);
      ASSERT_TRUE(back.has_value()) << written << "\n" << list_problems(problems);
      EXPECT_DOUBLE_EQ(back->modules[0].hours, hours);
      EXPECT_EQ(result_to_json(*back), text);
    }
  }
  std::string text = result_to_json(f);
  const std::string zero = "\"hours\": 0.0\n";  // the second course: opened for 5 minutes
  ASSERT_NE(text.find(zero), std::string::npos) << text;
  text.replace(text.find(zero), zero.size(), "\"hours\": 0\n");
  std::vector<Problem> problems;
  EXPECT_FALSE(parse(text, problems).has_value());
  ASSERT_EQ(problems.size(), 1u) << list_problems(problems);
  EXPECT_EQ(problems[0].code, "result.bad_checksum");
}

// A file saved before the format had a checksum is refused for that one reason, even though it also
// lacks the programme and organisation fields.
TEST_F(ResultFileTest, AFileWithoutChecksumIsRefusedForThatAlone) {
  const std::string text = R"({"format": "digilyft-result", "version": 1, "participant": "K7QM4XPD",
    "exported": "2026-Q4", "background": {"gender": null, "age_band": null, "role_family": null,
    "work_setting": null}, "modules": [], "self_assessment": []})";
  std::vector<Problem> problems;
  EXPECT_FALSE(parse(text, problems).has_value());
  ASSERT_EQ(problems.size(), 1u) << list_problems(problems);
  EXPECT_EQ(problems[0].code, "result.no_checksum");
  EXPECT_EQ(problems[0].pointer, "/checksum");
}

// A file with a problem of its own is refused for that problem: the checksum is looked at last.
TEST_F(ResultFileTest, TheChecksumIsCheckedAfterTheFields) {
  std::string text = valid_json();
  const std::string age = "\"age_band\": \"30-54\"";
  text.replace(text.find(age), age.size(), "\"age_band\": \"42 år\"");
  std::vector<Problem> problems;
  EXPECT_FALSE(parse(text, problems).has_value());
  ASSERT_EQ(problems.size(), 1u) << list_problems(problems);
  EXPECT_EQ(problems[0].code, "result.bad_value");
  EXPECT_EQ(problems[0].pointer, "/background/age_band");
}

TEST_F(ResultFileTest, NullBackgroundIsAllowed) {
  std::string text = with(valid_json(), "/background/gender", nullptr);
  std::vector<Problem> problems;
  const auto f = parse(text, problems);
  ASSERT_TRUE(f.has_value()) << list_problems(problems);
  EXPECT_EQ(f->background.gender, "");
}

TEST_F(ResultFileTest, ParseNeverThrowsOnEveryPrefix) {
  std::string full = valid_json();
  full.erase(full.find_last_not_of('\n') + 1);  // every shorter prefix is cut inside the object
  for (std::size_t n = 0; n < full.size(); ++n) {
    std::vector<Problem> problems;
    std::optional<ResultFile> f;
    EXPECT_NO_THROW(f = parse(full.substr(0, n), problems)) << n;
    EXPECT_FALSE(f.has_value()) << n;
    EXPECT_FALSE(problems.empty()) << n;
  }
}

TEST_F(ResultFileTest, ParseNeverThrowsOnWrongTypesAnywhere) {
  const Json doc = Json::parse(valid_json());
  const Json flat = doc.flatten();
  std::set<std::string> pointers;
  for (const auto& item : flat.items()) {
    for (Json::json_pointer p(item.key()); !p.empty(); p = p.parent_pointer()) pointers.insert(p.to_string());
  }
  const std::vector<Json> replacements = {nullptr, true, 0, 7, -7, 2.5, 1e300, "x", "2026-Q1", Json::array(),
                                          Json::object(), Json{{"sv", 1}}};
  for (const auto& pointer : pointers) {
    const Json original = doc[Json::json_pointer(pointer)];
    for (const auto& value : replacements) {
      Json changed = doc;
      changed[Json::json_pointer(pointer)] = value;
      // Sealed anew, so the field rules are what refuses the file (the checksum itself aside).
      const std::string text = pointer == "/checksum" ? changed.dump() : sealed(Ordered::parse(changed.dump()));
      std::vector<Problem> problems;
      std::optional<ResultFile> f;
      EXPECT_NO_THROW(f = parse(text, problems)) << pointer;
      // A value of another kind is refused, except where the format allows it (null background,
      // a level given as a number or "na", no organisation chosen).
      const bool level = pointer.rfind("/self_assessment/", 0) == 0 &&
                         (pointer.find("/answers/") != std::string::npos || pointer.find("/then/") != std::string::npos);
      const bool allowed = (pointer.rfind("/background/", 0) == 0 && value.is_null()) || level ||
                           (pointer == "/organisation" && value.is_null()) ||
                           (pointer.find("/completed") != std::string::npos && value.is_null()) ||
                           (pointer.find("/hours") != std::string::npos && value.is_number());
      if (original.type() != value.type() && !allowed) {
        EXPECT_FALSE(f.has_value()) << pointer << " = " << value.dump();
      }
    }
  }
}

}  // namespace
}  // namespace dl

namespace dl {
namespace {

// The worked example in docs/result-file.md is a file the page would write, byte for byte.
TEST(ResultFileDocs, WorkedExampleIsWhatThePageWrites) {
  std::string path = __FILE__;
  path = path.substr(0, path.find_last_of("/\\") + 1) + "../../docs/result-file.md";
  std::ifstream in(path, std::ios::binary);
  std::ostringstream doc;
  doc << in.rdbuf();
  const std::string md = doc.str();
  const std::size_t begin = md.find("```json\n");
  ASSERT_NE(begin, std::string::npos) << path;
  const std::size_t end = md.find("```", begin + 8);
  const std::string example = md.substr(begin + 8, end - begin - 8);
  std::vector<Problem> problems;
  const auto file = parse_result_file(example, "example.json", nullptr, problems);
  ASSERT_TRUE(file.has_value()) << list_problems(problems);
  EXPECT_EQ(result_to_json(*file), example);
  ASSERT_EQ(file->modules.size(), 2u);
  EXPECT_FALSE(file->modules[0].completed.has_value());
  EXPECT_DOUBLE_EQ(file->modules[1].hours, 1.25);
  // A T0 + T1 file with then/now and evaluation answers, and a manager record.
  ASSERT_EQ(file->rounds.size(), 2u);
  EXPECT_EQ(file->rounds[0].round, Round::t0);
  EXPECT_EQ(file->rounds[1].round, Round::t1);
  EXPECT_FALSE(file->rounds[1].then.empty());
  EXPECT_FALSE(file->rounds[1].evaluation.empty());
  ASSERT_TRUE(file->manager.has_value());
  EXPECT_FALSE(file->background.work_setting.empty());
  // In a programme, with an organisation code; sealed with its checksum.
  EXPECT_TRUE(file->programme.has_value());
  EXPECT_TRUE(file->organisation.has_value());
  EXPECT_NE(example.find("\"checksum\": \"xxh64:"), std::string::npos);
}

// The example uses ids of the shipped instrument and survey, and fits them.
TEST(ResultFileDocs, WorkedExampleFitsTheShippedContent) {
  std::string dir = __FILE__;
  dir = dir.substr(0, dir.find_last_of("/\\") + 1);
  std::ifstream in(dir + "../../docs/result-file.md", std::ios::binary);
  std::ostringstream doc;
  doc << in.rdbuf();
  const std::string md = doc.str();
  const std::size_t begin = md.find("```json\n") + 8;
  const std::string example = md.substr(begin, md.find("```", begin) - begin);
  const Catalog catalog = load_catalog([](const std::string& path) -> std::optional<std::string> {
    std::ifstream file(std::string(DL_CONTENT_DIR) + "/" + path, std::ios::binary);
    if (!file) return std::nullopt;
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
  });
  std::vector<Problem> problems;
  EXPECT_TRUE(parse_result_file(example, "example.json", &catalog, problems).has_value()) << list_problems(problems);
}

}  // namespace
}  // namespace dl
