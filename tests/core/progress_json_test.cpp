// Saving and loading progress: round trip of every field, states saved by earlier versions
// (tests/core/fixtures/v1-*.json and v2-*.json, written by the code of those versions) loaded and
// continued, also against changed content, damaged parts skipped, and no input that throws.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/measurement.hpp"

#include "shipped_content.hpp"
#include "core/progress.hpp"
#include "core/result_file.hpp"
#include "fixtures/course_model.hpp"

namespace dl {
namespace {

const Period kQ3{2026, 3};
const Period kQ4{2026, 4};
const Date kToday{2026, 11, 23};

std::string fixture_text(const std::string& name) {
  std::string dir = __FILE__;
  dir = dir.substr(0, dir.find_last_of("/\\") + 1);
  std::ifstream in(dir + "fixtures/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string list_problems(const std::vector<Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.code + " " + p.pointer + "\n";
  return out;
}

bool has_problem(const std::vector<Problem>& problems, const std::string& code, const std::string& pointer) {
  for (const auto& p : problems) {
    if (p.code == code && p.pointer == pointer) return true;
  }
  return false;
}

ProgressState load(const std::string& text) {
  std::vector<Problem> problems;
  auto state = progress_from_json(text, problems);
  EXPECT_TRUE(state.has_value()) << list_problems(problems);
  EXPECT_TRUE(problems.empty()) << list_problems(problems);
  return state.value_or(ProgressState{});
}

// A state with every field set: T0 and T1 finished, T2 begun on its due date under the six-month
// plan of the programme the person joined (organisation chosen), the manager survey finished.
ProgressState full_state() {
  const Catalog catalog = test::course_catalog();
  ProgressState s = new_progress("K7QM4XPD");
  const auto step = [&](const Action& a) { s = apply(s, a, catalog); };
  step(action::SetLanguage{Lang::en});
  step(action::SetBackground{"gender", "annat"});
  step(action::SetBackground{"role_family", "chef"});
  step(action::SetBackground{"work_setting", "halso-sjukvard"});
  const Date t0_day{2026, 8, 14};
  for (const auto& st : catalog.instrument->statements) step(action::RateStatement{Round::t0, st.id, 2, t0_day});
  step(action::RateStatement{Round::t0, "comm-1", kNotApplicable, t0_day});
  step(action::OpenAssessmentPage{Round::t0, 3, t0_day});
  step(action::FinishRound{Round::t0, t0_day});
  for (const char* page : {"start", "fragor", "ovning", "ordning"}) step(action::OpenPage{"digital-grund", page, kQ3});
  step(action::AnswerQuestion{"digital-grund", "q-single", {"b"}});
  step(action::AnswerQuestion{"digital-grund", "q-tf", {"false"}});
  step(action::SetDraft{"digital-grund", "q-multi", {"adress", "namn"}});
  step(action::CheckAnswer{"digital-grund", "q-multi"});
  step(action::SetDraft{"digital-grund", "q-order", {"tvatta", "logga-in", "las", "skriv"}});
  step(action::CheckAnswer{"digital-grund", "q-order"});
  step(action::SetDraft{"digital-grund", "q-match", {"kamera", "larm", "automat"}});  // not checked
  step(action::ChooseScenarioOption{"digital-grund", "s-lapp", "riv"});
  step(action::AddActiveTime{"digital-grund", 1234});
  step(action::CompleteModule{"digital-grund", kQ4});
  step(action::OpenPage{"videosamtal", "start", kQ4});
  step(action::SetDraft{"digital-grund", "q-multi", {}});  // boxes cleared after checking
  for (const auto& st : catalog.instrument->statements) step(action::RateStatement{Round::t1, st.id, 3, kToday});
  step(action::RateThen{"info-1", 1, kToday});
  step(action::RateThen{"safety-1", kNotApplicable, kToday});
  step(action::RateEvaluation{Round::t1, "eval-nytta", 4, kToday});
  step(action::RateEvaluation{Round::t1, "eval-anvander", 5, kToday});
  step(action::OpenAssessmentPage{Round::t1, 4, kToday});
  step(action::FinishRound{Round::t1, kToday});
  Programme programme;
  programme.id = "P7QM4XPD";
  programme.name = "Digilyft i Härjedalen: vår & höst";
  programme.organisations = {{"kommun-a", "Kommun A, hemtjänst"}, {"kommun-b", "Kommun B"}};
  programme.module_ids = {"digital-grund", "videosamtal"};
  programme.instrument_ids = {"digcomp-omsorg", "chefsenkat"};
  programme.t2_interval_months = 6;
  step(action::JoinProgramme{programme});
  step(action::ChooseOrganisation{"kommun-b"});
  const Date t2_day{2027, 5, 23};
  step(action::RateStatement{Round::t2, "info-1", 3, t2_day});
  step(action::RateEvaluation{Round::t2, "eval-anvander", 3, t2_day});
  step(action::OpenAssessmentPage{Round::t2, 1, t2_day});
  step(action::AnswerSurvey{"rutiner", {"delvis"}});
  step(action::AnswerSurvey{"forutsattningar", {"tid", "enhet"}});
  step(action::AnswerSurvey{"behov", {"stod"}});
  step(action::FinishSurvey{kQ4});
  return s;
}

TEST(ProgressJson, RoundTripKeepsEveryField) {
  const ProgressState state = full_state();
  // The set-up did what it says.
  ASSERT_EQ(state.modules.at("digital-grund").completed, kQ4);
  ASSERT_EQ(state.rounds.size(), 3u);
  ASSERT_EQ(state.rounds.at(Round::t0).finished_on, (Date{2026, 8, 14}));
  ASSERT_EQ(state.rounds.at(Round::t1).finished_on, kToday);
  ASSERT_EQ(state.rounds.at(Round::t2).answers.size(), 1u);
  ASSERT_EQ(state.manager_survey.finished, kQ4);
  ASSERT_EQ(state.plan.t2_interval_months, 6);
  ASSERT_EQ(state.organisation, "kommun-b");
  const std::string text = progress_to_json(state);
  const ProgressState loaded = load(text);
  EXPECT_EQ(loaded, state);
  EXPECT_EQ(progress_to_json(loaded), text);  // stable
}

TEST(ProgressJson, SavedShape) {
  const auto doc = nlohmann::json::parse(progress_to_json(full_state()));
  EXPECT_EQ(doc["format"], "digilyft-progress");
  EXPECT_EQ(doc["version"], 4);
  EXPECT_EQ(doc["last_module"], "videosamtal");
  EXPECT_EQ(doc["background"],
            (nlohmann::json{{"gender", "annat"}, {"age_band", ""}, {"role_family", "chef"}, {"work_setting", "halso-sjukvard"}}));
  const auto& m = doc["modules"]["digital-grund"];
  EXPECT_EQ(m["answers"]["q-single"], nlohmann::json::array({"b"}));
  EXPECT_EQ(m["answers"]["q-multi"], nlohmann::json::array({"adress", "namn"}));
  EXPECT_EQ(m["drafts"]["q-match"], nlohmann::json::array({"kamera", "larm", "automat"}));
  EXPECT_EQ(m["drafts"]["q-multi"], nlohmann::json::array());
  EXPECT_EQ(m["attempts"]["q-order"], 1);
  EXPECT_EQ(m["scenarios"]["s-lapp"], "riv");
  EXPECT_EQ(m["active_seconds"], 1234);
  EXPECT_EQ(m["started"], "2026-Q3");
  EXPECT_EQ(m["completed"], "2026-Q4");
  EXPECT_EQ(doc["modules"]["videosamtal"]["completed"], nullptr);
  EXPECT_EQ(doc.count("self_assessment"), 0u);

  const auto& rounds = doc["rounds"];
  EXPECT_EQ(rounds.size(), 3u);
  EXPECT_EQ(rounds["T0"], nlohmann::json::parse(R"({"instrument": "digcomp-omsorg",
      "answers": {"comm-1": "na", "info-1": 2, "safety-1": 2}, "then": {}, "evaluation": {},
      "current_page": 3, "finished": "2026-Q3", "finished_on": "2026-08-14"})"));
  EXPECT_EQ(rounds["T1"]["then"], nlohmann::json::parse(R"({"info-1": 1, "safety-1": "na"})"));
  EXPECT_EQ(rounds["T1"]["evaluation"], nlohmann::json::parse(R"({"eval-anvander": 5, "eval-nytta": 4})"));
  EXPECT_EQ(rounds["T1"]["finished"], "2026-Q4");
  EXPECT_EQ(rounds["T1"]["finished_on"], "2026-11-23");
  EXPECT_EQ(rounds["T2"]["current_page"], 1);
  EXPECT_EQ(rounds["T2"]["finished"], nullptr);
  EXPECT_EQ(rounds["T2"]["finished_on"], nullptr);
  EXPECT_EQ(doc["manager_survey"], nlohmann::json::parse(R"({"survey": "chefsenkat",
      "answers": {"behov": ["stod"], "forutsattningar": ["tid", "enhet"], "rutiner": ["delvis"]},
      "finished": "2026-Q4"})"));
  EXPECT_EQ(doc["plan"], nlohmann::json::parse(R"({"t2_interval_months": 6})"));
  EXPECT_EQ(doc["programme"], nlohmann::json::parse(R"({"id": "P7QM4XPD", "name": "Digilyft i Härjedalen: vår & höst",
      "organisations": [{"code": "kommun-a", "name": "Kommun A, hemtjänst"}, {"code": "kommun-b", "name": "Kommun B"}],
      "modules": ["digital-grund", "videosamtal"], "instruments": ["digcomp-omsorg", "chefsenkat"],
      "t2_interval_months": 6, "public_key": ""})"));
  EXPECT_EQ(doc["organisation"], "kommun-b");
}

TEST(ProgressJson, NewProgressRoundTrips) {
  const ProgressState fresh = new_progress("K7QM4XPD");
  const auto doc = nlohmann::json::parse(progress_to_json(fresh));
  EXPECT_EQ(doc["rounds"], nlohmann::json::object());
  EXPECT_EQ(doc["manager_survey"]["finished"], nullptr);
  EXPECT_EQ(doc["plan"]["t2_interval_months"], 4);
  EXPECT_EQ(doc["programme"], nullptr);
  EXPECT_EQ(doc["organisation"], "");
  EXPECT_EQ(load(progress_to_json(fresh)), fresh);
}

TEST(ProgressJson, LoadKeepsIdsTheContentNoLongerHas) {
  ProgressState old = full_state();
  old.modules["removed-module"].pages_seen = {"gone"};
  old.modules["removed-module"].answers["gone-q"] = {"x", "y"};
  old.modules["removed-module"].scenarios["gone-s"] = "o";
  old.last_module = "removed-module";
  old.rounds[Round::t0].answers["removed-statement"] = 3;
  old.rounds[Round::t1].then_answers["removed-statement"] = kNotApplicable;
  old.rounds[Round::t1].evaluation["removed-item"] = 1;
  old.manager_survey.answers["removed-question"] = {"x"};
  EXPECT_EQ(load(progress_to_json(old)), old);
}

TEST(ProgressJson, LoadRejectsWhatIsNotProgress) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"", "progress.not_json"},
      {"{\"format\":", "progress.not_json"},
      {"[]", "progress.wrong_format"},
      {R"({"format":"digilyft-result","version":1})", "progress.wrong_format"},
      {R"({"version":1})", "progress.wrong_format"},
      {R"({"format":"digilyft-progress"})", "progress.wrong_format"},
      {R"({"format":"digilyft-progress","version":"1"})", "progress.wrong_format"},
      {R"({"format":"digilyft-progress","version":0})", "progress.wrong_format"},
      {R"({"format":"digilyft-progress","version":5})", "progress.future_version"},
  };
  for (const auto& [text, code] : cases) {
    std::vector<Problem> problems;
    EXPECT_FALSE(progress_from_json(text, problems).has_value()) << text;
    ASSERT_FALSE(problems.empty()) << text;
    EXPECT_EQ(problems[0].code, code) << text;
  }
}

TEST(ProgressJson, LoadSkipsDamagedPartsAndKeepsTheRest) {
  const std::string text = R"({"format":"digilyft-progress","version":2,"participant":"K7QM4XPD",
    "lang":"en","background":{"gender":"robot","age_band":"30-54"},"last_module":4,
    "modules":{"digital-grund":{"current_page":"start","pages_seen":["start",5],
               "answers":{"q-single":"b","q-tf":["false"],"q-multi":["namn",3]},
               "drafts":{"q-order":{"a":1},"q-match":["larm","kamera","automat"]},
               "attempts":{"q-single":"many","q-tf":1},"scenarios":{"s-lapp":7,"s-2":"ok"},
               "active_seconds":-5,"started":"2026-Q9","completed":"last tuesday"},"broken":3},
    "self_assessment":{"instrument":"digcomp-omsorg","answers":{"info-1":2,"info-2":9,"comm-1":"na"},"current_page":12,"finished":null}})";
  std::vector<Problem> problems;
  const auto loaded = progress_from_json(text, problems);
  ASSERT_TRUE(loaded.has_value());
  EXPECT_EQ(loaded->lang, Lang::en);
  EXPECT_EQ(loaded->background.gender, "");
  EXPECT_EQ(loaded->background.age_band, "30-54");
  EXPECT_EQ(loaded->last_module, "");
  const ModuleProgress& m = loaded->modules.at("digital-grund");
  EXPECT_EQ(m.pages_seen, (std::set<std::string>{"start"}));
  // A plain string is version 1's shape only; a list with a non-id is skipped whole.
  EXPECT_EQ(m.answers, (std::map<std::string, Answer>{{"q-tf", {"false"}}}));
  EXPECT_EQ(m.drafts, (std::map<std::string, Answer>{{"q-match", {"larm", "kamera", "automat"}}}));
  EXPECT_EQ(m.attempts, (std::map<std::string, int>{{"q-tf", 1}}));
  EXPECT_EQ(m.scenarios, (std::map<std::string, std::string>{{"s-2", "ok"}}));
  EXPECT_EQ(m.active_seconds, 0);
  EXPECT_FALSE(m.started.has_value());
  EXPECT_FALSE(m.completed.has_value());
  EXPECT_EQ(loaded->modules.count("broken"), 0u);
  // Version 2's self-assessment is round T0; its pages were the background and the five areas.
  EXPECT_EQ(loaded->rounds.at(Round::t0).answers, (std::map<std::string, int>{{"info-1", 2}, {"comm-1", kNotApplicable}}));
  EXPECT_EQ(loaded->rounds.at(Round::t0).current_page, 5);
  EXPECT_EQ(loaded->rounds.size(), 1u);
  for (const char* pointer :
       {"/background/gender", "/last_module", "/modules/digital-grund/answers/q-single",
        "/modules/digital-grund/answers/q-multi", "/modules/digital-grund/drafts/q-order",
        "/modules/digital-grund/attempts/q-single", "/modules/digital-grund/scenarios/s-lapp",
        "/modules/digital-grund/active_seconds", "/modules/digital-grund/started",
        "/modules/digital-grund/completed", "/modules/broken", "/self_assessment/answers/info-2"}) {
    EXPECT_TRUE(has_problem(problems, "progress.wrong_type", pointer)) << pointer << "\n" << list_problems(problems);
  }
}

TEST(ProgressJson, LoadSkipsDamagedRoundsSurveyAndPlan) {
  const std::string text = R"({"format":"digilyft-progress","version":3,"participant":"K7QM4XPD",
    "background":{"work_setting":"Hemtjänst Norr"},
    "rounds":{"T0":{"instrument":"digcomp-omsorg","answers":{"info-1":3,"comm-1":"nej"},"then":[],
                    "evaluation":{},"current_page":-2,"finished":"2026-Q3","finished_on":"2026-02-30"},
              "T1":{"instrument":"digcomp-omsorg","answers":{},"then":{"info-1":"na","safety-1":5},
                    "evaluation":{"eval-nytta":0,"eval-anvander":5,"eval-x":"bra"},"current_page":40,
                    "finished":null,"finished_on":"23 november"},
              "T2":"begun","T9":{"answers":{}}},
    "manager_survey":{"survey":"chefsenkat","answers":{"rutiner":"ja","forutsattningar":["tid",1],"behov":["stod"]},
                      "finished":"soon"},
    "plan":{"t2_interval_months":0}})";
  std::vector<Problem> problems;
  const auto loaded = progress_from_json(text, problems);
  ASSERT_TRUE(loaded.has_value()) << list_problems(problems);
  EXPECT_EQ(loaded->background.work_setting, "");
  ASSERT_EQ(loaded->rounds.size(), 2u);  // T2 and T9 are skipped
  const RoundProgress& t0 = loaded->rounds.at(Round::t0);
  EXPECT_EQ(t0.answers, (std::map<std::string, int>{{"info-1", 3}}));
  EXPECT_TRUE(t0.then_answers.empty());
  EXPECT_EQ(t0.current_page, 0);
  EXPECT_EQ(t0.finished, kQ3);
  EXPECT_FALSE(t0.finished_on.has_value());
  const RoundProgress& t1 = loaded->rounds.at(Round::t1);
  EXPECT_EQ(t1.then_answers, (std::map<std::string, int>{{"info-1", kNotApplicable}}));
  EXPECT_EQ(t1.evaluation, (std::map<std::string, int>{{"eval-anvander", 5}}));
  EXPECT_EQ(t1.current_page, 40);  // kept: the screen clamps it to the round's real pages
  EXPECT_FALSE(t1.finished_on.has_value());
  EXPECT_EQ(loaded->manager_survey.survey_id, "chefsenkat");
  EXPECT_EQ(loaded->manager_survey.answers, (std::map<std::string, std::vector<std::string>>{{"behov", {"stod"}}}));
  EXPECT_FALSE(loaded->manager_survey.finished.has_value());
  EXPECT_EQ(loaded->plan.t2_interval_months, 4);
  for (const char* pointer :
       {"/background/work_setting", "/rounds/T0/answers/comm-1", "/rounds/T0/then", "/rounds/T0/finished_on",
        "/rounds/T1/then/safety-1", "/rounds/T1/evaluation/eval-nytta", "/rounds/T1/evaluation/eval-x",
        "/rounds/T1/finished_on", "/rounds/T2", "/rounds/T9", "/manager_survey/answers/rutiner",
        "/manager_survey/answers/forutsattningar", "/manager_survey/finished", "/plan/t2_interval_months"}) {
    EXPECT_TRUE(has_problem(problems, "progress.wrong_type", pointer)) << pointer << "\n" << list_problems(problems);
  }
}

TEST(ProgressJson, VersionThreeHasNoSelfAssessmentField) {
  // "self_assessment" is how versions 1 and 2 saved T0; in version 3 it means nothing.
  std::vector<Problem> problems;
  const auto loaded = progress_from_json(R"({"format":"digilyft-progress","version":3,
      "self_assessment":{"answers":{"info-1":2},"finished":"2026-Q3"}})", problems);
  ASSERT_TRUE(loaded.has_value());
  EXPECT_TRUE(loaded->rounds.empty());
}

// The programme a person joined, saved as it was joined, with the organisation they chose.
const char* const kProgrammeJson = R"({"id":"P7QM4XPD","name":"Digilyft Norr",
    "organisations":[{"code":"kommun-a","name":"Kommun A"},{"code":"kommun-b","name":"Kommun B"}],
    "modules":["digital-grund"],"instruments":[],"t2_interval_months":6})";

std::string with_programme(const std::string& programme_json, const std::string& organisation) {
  return R"({"format":"digilyft-progress","version":4,"participant":"K7QM4XPD","plan":{"t2_interval_months":6},
    "programme":)" + programme_json + R"(,"organisation":")" + organisation + R"("})";
}

TEST(ProgressJson, LoadsTheProgrammeAndTheOrganisation) {
  const ProgressState s = load(with_programme(kProgrammeJson, "kommun-b"));
  ASSERT_TRUE(s.programme.has_value());
  EXPECT_EQ(s.programme->name, "Digilyft Norr");
  EXPECT_EQ(s.programme->organisations, (std::vector<Organisation>{{"kommun-a", "Kommun A"}, {"kommun-b", "Kommun B"}}));
  EXPECT_EQ(s.programme->module_ids, (std::vector<std::string>{"digital-grund"}));
  EXPECT_TRUE(s.programme->instrument_ids.empty());
  EXPECT_EQ(s.programme->t2_interval_months, 6);
  EXPECT_EQ(s.organisation, "kommun-b");
  const ProgressState none = load(with_programme("null", ""));
  EXPECT_FALSE(none.programme.has_value());
  EXPECT_EQ(none.organisation, "");
}

TEST(ProgressJson, ADamagedProgrammeIsLeftOutWhole) {
  const auto programme = nlohmann::json::parse(kProgrammeJson);
  struct Damage {
    std::string pointer;
    nlohmann::json value;
    std::string reported;  // where the problem is listed (a list of ids is skipped whole)
  };
  const std::vector<Damage> damages = {
      {"/name", 7, "/name"}, {"/organisations/1/code", nullptr, "/organisations/1/code"},
      {"/organisations/0", "kommun-a", "/organisations/0"}, {"/organisations", "a,b", "/organisations"},
      {"/modules/0", 3, "/modules"}, {"/instruments", nlohmann::json::object(), "/instruments"},
      {"/t2_interval_months", 0, "/t2_interval_months"}, {"/t2_interval_months", "6", "/t2_interval_months"}};
  for (const auto& [pointer, value, reported] : damages) {
    auto damaged = programme;
    damaged[nlohmann::json::json_pointer(pointer)] = value;
    std::vector<Problem> problems;
    const auto loaded = progress_from_json(with_programme(damaged.dump(), "kommun-a"), problems);
    ASSERT_TRUE(loaded.has_value()) << pointer;
    EXPECT_FALSE(loaded->programme.has_value()) << pointer;
    EXPECT_EQ(loaded->organisation, "") << pointer;  // no list to choose from
    EXPECT_EQ(loaded->plan.t2_interval_months, 6) << pointer;  // the plan is kept on its own
    EXPECT_TRUE(has_problem(problems, "progress.wrong_type", "/programme" + reported)) << pointer << "\n"
                                                                                      << list_problems(problems);
    EXPECT_TRUE(has_problem(problems, "progress.wrong_type", "/organisation")) << pointer;
  }
  for (const char* key : {"id", "name", "organisations", "modules", "instruments", "t2_interval_months"}) {
    auto damaged = programme;
    damaged.erase(key);
    std::vector<Problem> problems;
    const auto loaded = progress_from_json(with_programme(damaged.dump(), ""), problems);
    ASSERT_TRUE(loaded.has_value()) << key;
    EXPECT_FALSE(loaded->programme.has_value()) << key;
    EXPECT_TRUE(has_problem(problems, "progress.wrong_type", std::string("/programme/") + key)) << key;
  }
  std::vector<Problem> problems;
  EXPECT_FALSE(progress_from_json(with_programme("[]", ""), problems)->programme.has_value());
  EXPECT_TRUE(has_problem(problems, "progress.wrong_type", "/programme"));
}

TEST(ProgressJson, AnOrganisationNotInTheListIsLeftOut) {
  std::vector<Problem> problems;
  const auto loaded = progress_from_json(with_programme(kProgrammeJson, "kommun-x"), problems);
  ASSERT_TRUE(loaded.has_value());
  EXPECT_TRUE(loaded->programme.has_value());
  EXPECT_EQ(loaded->organisation, "");
  EXPECT_TRUE(has_problem(problems, "progress.wrong_type", "/organisation")) << list_problems(problems);
}

TEST(ProgressJson, VersionThreeHasNoProgramme) {
  // Version 3 had no programme link: such fields mean nothing in it.
  std::vector<Problem> problems;
  std::string text = with_programme(kProgrammeJson, "kommun-a");
  text.replace(text.find("\"version\":4"), 11, "\"version\":3");
  const auto loaded = progress_from_json(text, problems);
  ASSERT_TRUE(loaded.has_value());
  EXPECT_TRUE(problems.empty()) << list_problems(problems);
  EXPECT_FALSE(loaded->programme.has_value());
  EXPECT_EQ(loaded->organisation, "");
  EXPECT_EQ(loaded->plan.t2_interval_months, 6);
}

TEST(ProgressJson, LoadNeverThrowsOnTruncatedOrRetypedProgress) {
  const std::string full = progress_to_json(full_state());
  for (std::size_t n = 0; n < full.size(); n += 3) {
    std::vector<Problem> problems;
    EXPECT_NO_THROW(progress_from_json(full.substr(0, n), problems));
  }
  const auto doc = nlohmann::json::parse(full);
  const auto flat = doc.flatten();
  for (const auto& item : flat.items()) {
    nlohmann::json::json_pointer p(item.key());
    for (; !p.empty(); p = p.parent_pointer()) {
      for (const nlohmann::json& v : {nlohmann::json(nullptr), nlohmann::json(1.5), nlohmann::json("x"),
                                      nlohmann::json::array(), nlohmann::json(-3),
                                      nlohmann::json(18446744073709551615ull)}) {
        auto changed = doc;
        changed[p] = v;
        std::vector<Problem> problems;
        EXPECT_NO_THROW(progress_from_json(changed.dump(), problems)) << p.to_string();
      }
    }
  }
}

// ---- States saved by version 1 ----------------------------------------------------------------

// The content of v1-two-modules.json as it is now: "saker-inloggning" lost page "varfor", got a
// page "tva-steg" with a new question, and kept "fraga-losenord"; "videosamtal" was removed.
Catalog changed_fixture_catalog() {
  Module m;
  m.id = "saker-inloggning";
  m.title = test::sv("Säker inloggning");
  Page losenord;
  losenord.id = "losenord";
  losenord.title = test::sv("Lösenord");
  Question q = test::single_question();
  q.id = "fraga-losenord";
  losenord.parts = {test::question_part(q)};
  Page tva_steg;
  tva_steg.id = "tva-steg";
  tva_steg.title = test::sv("Inloggning i två steg");
  Question tf = test::true_false_question();
  tf.id = "fraga-tva-steg";
  tva_steg.parts = {test::question_part(tf)};
  m.pages = {losenord, tva_steg};
  Catalog catalog;
  catalog.modules = {m};
  catalog.instrument = test::small_instrument();
  return catalog;
}

TEST(OldProgress, TwoModulesLoadAsTheyWere) {
  const ProgressState s = load(fixture_text("v1-two-modules.json"));
  EXPECT_EQ(s.participant_code, "K7QM4XPD");
  EXPECT_EQ(s.background.role_family, "omsorg");
  EXPECT_TRUE(s.last_module.empty());  // version 1 did not save it
  const ModuleProgress& login = s.modules.at("saker-inloggning");
  EXPECT_EQ(login.answers, (std::map<std::string, Answer>{{"fraga-losenord", {"b"}}}));
  EXPECT_EQ(login.attempts.at("fraga-losenord"), 2);
  EXPECT_EQ(login.completed, kQ3);
  EXPECT_FALSE(login.started.has_value());
  EXPECT_EQ(login.active_seconds, 0);
  EXPECT_TRUE(login.drafts.empty());
  const ModuleProgress& video = s.modules.at("videosamtal");
  EXPECT_EQ(video.answers, (std::map<std::string, Answer>{{"q1", {"ja"}}, {"q2", {"jag"}}}));
  const RoundProgress& t0 = s.rounds.at(Round::t0);  // version 1's self-assessment is the baseline
  EXPECT_EQ(t0.finished, kQ3);
  EXPECT_FALSE(t0.finished_on.has_value());
  EXPECT_EQ(t0.instrument_id, "digcomp-omsorg");
  EXPECT_EQ(t0.answers.at("prob-1"), kNotApplicable);
  EXPECT_EQ(t0.answers.size(), 6u);
  EXPECT_EQ(t0.current_page, 5);
  EXPECT_EQ(s.rounds.size(), 1u);
}

TEST(OldProgress, TwoModulesAgainstChangedContentKeepWhatStillFits) {
  const Catalog catalog = changed_fixture_catalog();
  ProgressState s = load(fixture_text("v1-two-modules.json"));
  const Module& m = *catalog.find_module("saker-inloggning");
  const ModuleProgress& login = s.modules.at("saker-inloggning");
  EXPECT_EQ(seen_page_count(login, m), 1);       // "varfor" is gone, "tva-steg" is new
  EXPECT_EQ(correct_answer_count(login, m), 1);  // fraga-losenord still right
  EXPECT_FALSE(can_complete(login, m));
  EXPECT_EQ(login.completed, kQ3);               // the completion stands

  // The removed module's progress stays, and actions on it change nothing.
  EXPECT_EQ(s.modules.count("videosamtal"), 1u);
  EXPECT_EQ(apply(s, action::OpenPage{"videosamtal", "start", kQ4}, catalog), s);

  // Going on: the new page and question.
  s = apply(s, action::OpenPage{"saker-inloggning", "tva-steg", kQ4}, catalog);
  s = apply(s, action::AnswerQuestion{"saker-inloggning", "fraga-tva-steg", {"false"}}, catalog);
  const ModuleProgress& now = s.modules.at("saker-inloggning");
  EXPECT_EQ(now.started, kQ4);  // unknown before; the first opening since sets it
  EXPECT_TRUE(can_complete(now, m));
  EXPECT_EQ(s.last_module, "saker-inloggning");

  // Saved again in the new format and read back: nothing lost, the removed module included.
  EXPECT_EQ(load(progress_to_json(s)), s);

  // The result file lists the module (started unknown: the quarter it was completed in), not the
  // removed one.
  const ResultFile file = make_result_file(load(fixture_text("v1-two-modules.json")), catalog, kQ4);
  ASSERT_EQ(file.modules.size(), 1u);
  EXPECT_EQ(file.modules[0].module_id, "saker-inloggning");
  EXPECT_EQ(file.modules[0].started, kQ3);
  EXPECT_EQ(file.modules[0].completed, kQ3);
  EXPECT_DOUBLE_EQ(file.modules[0].hours, 0.0);
}

// The shipped module of version 1 as it is now: page "tystnadsplikt" removed, "las-skarmen"
// renamed "las-skarmen-alltid" (same question), "fraga-falskt-sms" turned into a true/false
// question, and a multiple-choice question added.
Catalog changed_shipped_catalog() {
  Module m;
  m.id = "informationssakerhet-i-vardagen";
  m.title = test::sv("Informationssäkerhet i vardagen");
  m.mastery = 3;
  const auto page = [](const std::string& id, std::optional<Question> q) {
    Page p;
    p.id = id;
    p.title = test::sv(id);
    p.parts = {test::text_part("Text.")};
    if (q) p.parts.push_back(test::question_part(*q));
    return p;
  };
  const auto single = [](const std::string& id, const std::string& right) {
    Question q = test::single_question();
    q.id = id;
    q.choices = {Choice{"a", test::sv("A"), right == "a", {}}, Choice{"b", test::sv("B"), right == "b", {}},
                 Choice{"c", test::sv("C"), right == "c", {}}};
    return q;
  };
  Question sms = test::true_false_question();
  sms.id = "fraga-falskt-sms";
  Question multi = test::multiple_question();
  multi.id = "fraga-vad-ar-personuppgift";
  m.pages = {page("varfor-det-spelar-roll", std::nullopt),
             page("losenord-och-inloggning", single("fraga-lana-losenord", "b")),
             page("las-skarmen-alltid", single("fraga-las-skarmen", "a")),
             page("falska-meddelanden", sms),
             page("om-nagot-hander", single("fraga-fel-mottagare", "a")),
             page("personuppgifter", multi)};
  Catalog catalog;
  catalog.modules = {m};
  catalog.instrument = test::small_instrument();
  return catalog;
}

TEST(OldProgress, ShippedModuleMidwayAgainstChangedContent) {
  const Catalog catalog = changed_shipped_catalog();
  const Module& m = catalog.modules[0];
  ProgressState s = load(fixture_text("v1-shipped-module-midway.json"));
  EXPECT_EQ(s.lang, Lang::en);
  EXPECT_EQ(s.background.age_band, "55-plus");
  EXPECT_EQ(s.rounds.at(Round::t0).answers.at("info-2"), kNotApplicable);
  EXPECT_FALSE(s.rounds.at(Round::t0).finished.has_value());

  const ModuleProgress& p = s.modules.at("informationssakerhet-i-vardagen");
  EXPECT_EQ(p.current_page, "falska-meddelanden");
  EXPECT_EQ(p.answers.at("fraga-falskt-sms"), (Answer{"c"}));  // kept, though no longer valid
  EXPECT_EQ(p.attempts.at("fraga-las-skarmen"), 2);
  EXPECT_EQ(seen_page_count(p, m), 3);  // the renamed page counts as not seen yet
  // fraga-lana-losenord (b) and fraga-las-skarmen (a, its second answer) are right; the old
  // single-choice answer "c" is no answer to the true/false question it became.
  EXPECT_EQ(correct_answer_count(p, m), 2);
  EXPECT_EQ(draft_or_initial(&p, *m.find_question("fraga-vad-ar-personuppgift")), Answer{});

  // The person goes on where they were and finishes under the new content.
  const auto step = [&](const Action& a) { s = apply(s, a, catalog); };
  for (const auto& pg : m.pages) step(action::OpenPage{m.id, pg.id, kQ4});
  step(action::AnswerQuestion{m.id, "fraga-falskt-sms", {"false"}});
  EXPECT_EQ(s.modules.at(m.id).attempts.at("fraga-falskt-sms"), 2);
  EXPECT_TRUE(can_complete(s.modules.at(m.id), m));  // 3 of 5 right is the rule
  step(action::CompleteModule{m.id, kQ4});
  EXPECT_EQ(s.modules.at(m.id).completed, kQ4);
  EXPECT_EQ(load(progress_to_json(s)), s);
}

// ---- The shipped content ------------------------------------------------------------------------

Catalog load_shipped() { return test::load_shipped_catalog(); }

Answer right_answer(const Question& q) {
  Answer answer;
  switch (q.kind) {
    case QuestionKind::single:
    case QuestionKind::multiple:
      for (const auto& c : q.choices) {
        if (c.correct) answer.push_back(c.id);
      }
      break;
    case QuestionKind::true_false:
      answer.push_back(q.true_answer ? "true" : "false");
      break;
    case QuestionKind::order:
      for (const auto& item : q.items) answer.push_back(item.id);
      break;
    case QuestionKind::match:
      for (const auto& pair : q.pairs) answer.push_back(pair.id);
      break;
  }
  return answer;
}

// Every shipped module can be completed through apply() alone, starting from a state saved by
// version 1 (the foundation module's id was kept when it was widened).
TEST(OldProgress, ShippedModuleMidwayContinuesToCompletionOnTheShippedContent) {
  const Catalog catalog = load_shipped();
  ASSERT_FALSE(catalog.modules.empty());
  ProgressState s = load(fixture_text("v1-shipped-module-midway.json"));
  const ProgressState loaded = s;
  const auto step = [&](const Action& a) { s = apply(s, a, catalog); };
  for (const Module& m : catalog.modules) {
    const ModuleProgress* before = find_progress(s, m.id);
    EXPECT_LE(correct_answer_count(before ? *before : ModuleProgress{}, m), m.question_count());
    for (const auto& page : m.pages) step(action::OpenPage{m.id, page.id, kQ4});
    for (const Question* q : m.questions()) {
      const Answer answer = right_answer(*q);
      ASSERT_TRUE(is_correct(*q, answer)) << m.id << "/" << q->id;
      if (q->kind == QuestionKind::single || q->kind == QuestionKind::true_false) {
        step(action::AnswerQuestion{m.id, q->id, answer});
      } else {
        EXPECT_FALSE(is_correct(*q, draft_or_initial(find_progress(s, m.id), *q))) << m.id << "/" << q->id;
        step(action::SetDraft{m.id, q->id, answer});
        step(action::CheckAnswer{m.id, q->id});
      }
    }
    const ModuleProgress& p = *find_progress(s, m.id);
    EXPECT_EQ(correct_answer_count(p, m), m.question_count()) << m.id;
    EXPECT_GE(m.question_count(), mastery_needed(m)) << m.id;
    EXPECT_TRUE(can_complete(p, m)) << m.id;
    step(action::CompleteModule{m.id, kQ4});
    EXPECT_EQ(find_progress(s, m.id)->completed, kQ4) << m.id;
  }
  // What version 1 saved is still there.
  const auto& old = loaded.modules.at("informationssakerhet-i-vardagen");
  const auto& now = s.modules.at("informationssakerhet-i-vardagen");
  for (const auto& page : old.pages_seen) EXPECT_EQ(now.pages_seen.count(page), 1u) << page;
  EXPECT_EQ(now.attempts.at("fraga-las-skarmen"), old.attempts.at("fraga-las-skarmen") + 1);
  EXPECT_EQ(load(progress_to_json(s)), s);
}

// ---- States saved by version 2 (the fixtures were written by that version's progress_to_json) ----

TEST(OldProgress, VersionTwoFinishedBaselineLoadsAsRoundT0) {
  const ProgressState s = load(fixture_text("v2-finished-baseline.json"));
  EXPECT_EQ(s.participant_code, "K7QM4XPD");
  EXPECT_EQ(s.lang, Lang::en);
  EXPECT_EQ(s.background.gender, "kvinna");
  EXPECT_EQ(s.background.age_band, "55-plus");
  EXPECT_EQ(s.background.role_family, "omsorg");
  EXPECT_EQ(s.background.work_setting, "");  // version 2 did not ask it
  EXPECT_EQ(s.last_module, "videosamtal");
  const ModuleProgress& m = s.modules.at("digital-grund");
  EXPECT_EQ(m.current_page, "ordning");
  EXPECT_EQ(m.pages_seen.size(), 4u);
  EXPECT_EQ(m.answers.at("q-multi"), (Answer{"namn", "adress"}));
  EXPECT_EQ(m.drafts.at("q-order"), (Answer{"tvatta", "logga-in", "las", "skriv"}));
  EXPECT_EQ(m.attempts.at("q-single"), 2);
  EXPECT_EQ(m.scenarios.at("s-lapp"), "riv");
  EXPECT_EQ(m.active_seconds, 2710);
  EXPECT_EQ(m.started, kQ3);
  EXPECT_EQ(m.completed, kQ4);
  EXPECT_EQ(s.modules.at("videosamtal").active_seconds, 95);

  ASSERT_EQ(s.rounds.size(), 1u);
  const RoundProgress& t0 = s.rounds.at(Round::t0);
  EXPECT_EQ(t0.instrument_id, "digcomp-omsorg");
  EXPECT_EQ(t0.answers, (std::map<std::string, int>{{"comm-1", kNotApplicable}, {"info-1", 1}, {"safety-1", 3}}));
  EXPECT_TRUE(t0.then_answers.empty());
  EXPECT_TRUE(t0.evaluation.empty());
  EXPECT_EQ(t0.current_page, 5);
  EXPECT_EQ(t0.finished, kQ3);
  EXPECT_FALSE(t0.finished_on.has_value());  // version 2 kept the quarter only
  EXPECT_EQ(s.manager_survey, ManagerSurveyProgress{});
  EXPECT_EQ(s.plan, MeasurementPlan{});
}

TEST(OldProgress, VersionTwoFinishedBaselineGoesOnToT1AndT2) {
  const Catalog catalog = test::course_catalog();
  ProgressState s = load(fixture_text("v2-finished-baseline.json"));
  const auto step = [&](const Action& a) { s = apply(s, a, catalog); };
  // The baseline is done and stays as it was; the completed module opens T1.
  EXPECT_EQ(round_status(s, catalog, Round::t0, kToday), RoundStatus::done);
  EXPECT_EQ(round_status(s, catalog, Round::t1, kToday), RoundStatus::open);
  EXPECT_EQ(apply(s, action::RateStatement{Round::t0, "info-1", 3, kToday}, catalog), s);
  for (const auto& st : catalog.instrument->statements) step(action::RateStatement{Round::t1, st.id, 2, kToday});
  for (const Statement* st : catalog.instrument->then_now_statements()) step(action::RateThen{st->id, 1, kToday});
  for (const auto& item : catalog.instrument->evaluation) step(action::RateEvaluation{Round::t1, item.id, 4, kToday});
  step(action::FinishRound{Round::t1, kToday});
  EXPECT_EQ(s.rounds.at(Round::t1).finished, kQ4);
  EXPECT_EQ(t2_due_date(s), (Date{2027, 3, 23}));
  step(action::SetBackground{"work_setting", "hemtjanst"});

  // Saved again as the current version and read back: nothing lost.
  const std::string saved = progress_to_json(s);
  EXPECT_EQ(nlohmann::json::parse(saved)["version"], 4);
  EXPECT_EQ(load(saved), s);

  // The result file has both rounds; T0 with the quarter version 2 saved.
  const ResultFile file = make_result_file(s, catalog, kQ4);
  ASSERT_EQ(file.rounds.size(), 2u);
  EXPECT_EQ(file.rounds[0].round, Round::t0);
  EXPECT_EQ(file.rounds[0].period, kQ3);
  EXPECT_EQ(file.rounds[0].answers.at("safety-1"), 3);
  EXPECT_EQ(file.rounds[1].round, Round::t1);
  EXPECT_EQ(file.background.work_setting, "hemtjanst");
}

TEST(OldProgress, VersionTwoBaselineMidwayContinuesAndFinishes) {
  const Catalog catalog = test::course_catalog();
  ProgressState s = load(fixture_text("v2-baseline-midway.json"));
  EXPECT_EQ(s.background.role_family, "funktionsstod");
  const RoundProgress& t0 = s.rounds.at(Round::t0);
  EXPECT_EQ(t0.answers, (std::map<std::string, int>{{"comm-1", 0}, {"info-1", 2}}));
  EXPECT_EQ(t0.current_page, 2);  // the same page: background, then the areas
  EXPECT_FALSE(t0.finished.has_value());
  EXPECT_EQ(s.modules.at("videosamtal").started, kQ4);

  const auto step = [&](const Action& a) { s = apply(s, a, catalog); };
  EXPECT_EQ(round_status(s, catalog, Round::t0, kToday), RoundStatus::open);
  EXPECT_EQ(answers_left(s.rounds.at(Round::t0), Round::t0, *catalog.instrument), 1);
  step(action::OpenAssessmentPage{Round::t0, 3, kToday});
  step(action::RateStatement{Round::t0, "safety-1", 1, kToday});
  step(action::FinishRound{Round::t0, kToday});
  EXPECT_EQ(s.rounds.at(Round::t0).finished, kQ4);
  EXPECT_EQ(s.rounds.at(Round::t0).finished_on, kToday);
  EXPECT_EQ(load(progress_to_json(s)), s);
}

TEST(OldProgress, OlderVersionsNeverThrowWhenDamaged) {
  for (const char* name : {"v1-two-modules.json", "v1-shipped-module-midway.json", "v2-finished-baseline.json",
                           "v2-baseline-midway.json"}) {
    const std::string text = fixture_text(name);
    ASSERT_FALSE(text.empty()) << name;
    for (std::size_t n = 0; n < text.size(); n += 7) {
      std::vector<Problem> problems;
      EXPECT_NO_THROW(progress_from_json(text.substr(0, n), problems)) << name;
    }
  }
}

}  // namespace
}  // namespace dl
