// Tests for the anonymised result file: what is exported, round trip, the documented field set,
// and strict reading (every result.* code with its pointer, no throw on any input).
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

std::string with(const std::string& json_text, const std::string& pointer, const Json& value) {
  auto doc = Json::parse(json_text);
  doc[Json::json_pointer(pointer)] = value;
  return doc.dump();
}

std::string without(const std::string& json_text, const std::string& pointer) {
  auto doc = Json::parse(json_text);
  const Json::json_pointer p(pointer);
  doc[p.parent_pointer()].erase(p.back());
  return doc.dump();
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

class ResultFileTest : public ::testing::Test {
 protected:
  Catalog catalog = test::course_catalog();
  ProgressState state = new_progress("K7QM4XPD");

  void step(const Action& a) { state = apply(state, a, catalog); }
  void do_everything() {
    const Period q3{2026, 3};
    step(action::SetBackground{"gender", "kvinna"});
    step(action::SetBackground{"age_band", "30-54"});
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
    for (const auto& s : catalog.instrument->statements) step(action::RateStatement{s.id, 2});
    step(action::RateStatement{"safety-1", kNotApplicable});
    step(action::FinishSelfAssessment{q3});
  }
  std::string valid_json() {
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
  ASSERT_EQ(f.modules.size(), 2u);
  EXPECT_EQ(f.modules[0], (ModuleRecord{"digital-grund", Period{2026, 3}, Period{2026, 3}, 1.25}));
  EXPECT_EQ(f.modules[1], (ModuleRecord{"videosamtal", Period{2026, 4}, std::nullopt, 0.0}));
  ASSERT_EQ(f.rounds.size(), 1u);
  EXPECT_EQ(f.rounds[0].instrument_id, "digcomp-omsorg");
  EXPECT_EQ(f.rounds[0].round, "T0");
  EXPECT_EQ(f.rounds[0].answers.size(), 3u);
  EXPECT_EQ(f.rounds[0].answers.at("safety-1"), kNotApplicable);
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

TEST_F(ResultFileTest, UnfinishedRoundIsNotExported) {
  step(action::RateStatement{"info-1", 3});
  const ResultFile f = make_result_file(state, catalog, Period{2026, 4});
  EXPECT_TRUE(f.rounds.empty());
  EXPECT_TRUE(f.modules.empty());
}

TEST_F(ResultFileTest, AnswersForStatementsTheInstrumentLacksAreLeftOut) {
  do_everything();
  state.self_assessment.answers["removed-statement"] = 1;
  const ResultFile f = make_result_file(state, catalog, Period{2026, 4});
  EXPECT_EQ(f.rounds[0].answers.count("removed-statement"), 0u);
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

TEST_F(ResultFileTest, FileName) {
  ResultFile f;
  f.participant = "K7QM4XPD";
  f.exported = Period{2026, 4};
  EXPECT_EQ(result_file_name(f), "digilyft-resultat-2026-Q4-K7QM4XPD.json");
}

TEST_F(ResultFileTest, StableFieldOrderAndIndent) {
  const std::string text = valid_json();
  EXPECT_EQ(text.rfind("{\n  \"format\": \"digilyft-result\",\n  \"version\": 1,\n  \"participant\": \"K7QM4XPD\",\n"
                       "  \"exported\": \"2026-Q4\",\n  \"background\": {\n    \"gender\": \"kvinna\",\n"
                       "    \"age_band\": \"30-54\",\n    \"role_family\": null\n  },\n  \"modules\": [\n    {\n"
                       "      \"id\": \"digital-grund\",\n      \"started\": \"2026-Q3\",\n"
                       "      \"completed\": \"2026-Q3\",\n      \"hours\": 1.25\n    },\n    {\n"
                       "      \"id\": \"videosamtal\",\n      \"started\": \"2026-Q4\",\n"
                       "      \"completed\": null,\n      \"hours\": 0.0\n    }\n  ],",
                       0),
            0u)
      << text;
}

// Every key in an exported file is one the documentation lists; nothing else can leave the device.
TEST_F(ResultFileTest, ExportHasOnlyDocumentedFieldsAndNoDateFinerThanQuarter) {
  const Json doc = Json::parse(valid_json());
  const std::set<std::string> top = {"format", "version", "participant", "exported", "background", "modules", "self_assessment"};
  std::set<std::string> keys;
  for (const auto& item : doc.items()) keys.insert(item.key());
  EXPECT_EQ(keys, top);
  for (const auto& item : doc["background"].items()) {
    EXPECT_TRUE(item.key() == "gender" || item.key() == "age_band" || item.key() == "role_family") << item.key();
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
      EXPECT_TRUE(k == "instrument" || k == "round" || k == "period" || k == "answers") << k;
    }
    for (const auto& a : r["answers"].items()) {
      EXPECT_NE(catalog.instrument->find_statement(a.key()), nullptr) << a.key();
      EXPECT_TRUE(a.value() == "na" || (a.value().is_number_integer() && a.value() >= 0 && a.value() <= 3));
    }
  }
  // No value anywhere looks like a date or a time finer than a quarter.
  const std::regex finer(R"(\d{4}-\d{2}-\d{2}|\d{2}:\d{2}|\d{4}-\d{2}$)");
  const Json flat = doc.flatten();
  for (const auto& item : flat.items()) {
    if (!item.value().is_string()) continue;
    const std::string v = item.value();
    EXPECT_FALSE(std::regex_search(v, finer)) << item.key() << " = " << v;
  }
  EXPECT_EQ(doc["exported"], "2026-Q4");
  EXPECT_EQ(doc["modules"][0]["completed"], "2026-Q3");
  EXPECT_EQ(doc["modules"][0]["started"], "2026-Q3");
  EXPECT_EQ(doc["modules"][0]["hours"], 1.25);
  EXPECT_TRUE(doc["modules"][1]["completed"].is_null());
}

TEST_F(ResultFileTest, InvalidBackgroundInStateIsNotExported) {
  state.background.gender = "Anna Svensson";
  const Json doc = Json::parse(result_to_json(make_result_file(state, catalog, Period{2026, 4})));
  EXPECT_TRUE(doc["background"]["gender"].is_null());
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
  const std::string text = with(valid_json(), "/modules/0/id", "some-other-course");
  std::vector<Problem> problems;
  EXPECT_TRUE(parse_result_file(text, "f", nullptr, problems).has_value()) << list_problems(problems);
  EXPECT_FALSE(parse_result_file(text, "f", &catalog, problems).has_value());
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
      std::vector<Problem> problems;
      std::optional<ResultFile> f;
      EXPECT_NO_THROW(f = parse(changed.dump(), problems)) << pointer;
      // A value of another kind is refused, except where the format allows it (null background,
      // a level given as a number or "na").
      const bool allowed = (pointer.rfind("/background/", 0) == 0 && value.is_null()) ||
                           pointer.find("/answers/") != std::string::npos ||
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
}

}  // namespace
}  // namespace dl
