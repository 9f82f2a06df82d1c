// Tests for content parsing: every module content.* code with its JSON pointer, the broken files in
// tests/core/broken (one per code: modules, instruments, surveys), the catalog loader with its
// survey and learning paths, the DigComp competence table, and the real content/ folder of the
// source tree (ShippedContent). The instrument and survey rules are in instrument_test.cpp.
#include "core/content.hpp"

#include "shipped_content.hpp"

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "core/content_checks.hpp"
#include "core/readability.hpp"

#include <gtest/gtest.h>

#include "fixtures.hpp"

namespace dl {
namespace {

using test::has_problem;
using test::kInstrumentJson;
using test::kSurveyJson;
using test::kFullModuleJson;
using test::kModule2Json;
using test::kModuleJson;
using test::list_problems;
using test::with;
using test::without;
using Json = nlohmann::json;

std::optional<std::string> read_file(const std::string& path) { return test::read_text_file(path); }

TEST(Content, ValidModuleParses) {
  std::vector<Problem> problems;
  auto m = parse_module(kModuleJson, "m.json", problems);
  ASSERT_TRUE(m.has_value()) << list_problems(problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(m->id, "saker-inloggning");
  EXPECT_EQ(m->title.in(Lang::en), "Safe login");
  EXPECT_EQ(m->summary.in(Lang::en), "Så loggar du in säkert på jobbet.");  // falls back to Swedish
  EXPECT_EQ(m->minutes, 15);
  EXPECT_EQ(m->level, Level::foundation);
  EXPECT_EQ(m->competences, (std::vector<std::string>{"4.2", "1.1"}));  // as written
  EXPECT_EQ(m->areas, (std::vector<Area>{Area::information, Area::safety}));  // in area order
  EXPECT_EQ(m->roles, (std::vector<std::string>{"omsorg", "funktionsstod"}));
  ASSERT_EQ(m->goals.size(), 2u);
  EXPECT_EQ(m->goals[1].sv, "Du kan välja ett bra lösenord.");
  ASSERT_EQ(m->pages.size(), 2u);
  ASSERT_EQ(m->pages[0].parts.size(), 2u);
  EXPECT_EQ(m->pages[0].parts[0].kind, PagePart::Kind::text);
  EXPECT_EQ(m->pages[0].parts[0].text.in(Lang::en), "Your account protects data.");
  EXPECT_EQ(m->pages[0].parts[1].kind, PagePart::Kind::key_points);
  EXPECT_TRUE(m->pages[0].questions().empty());
  ASSERT_EQ(m->pages[1].questions().size(), 1u);
  const Question& q = *m->pages[1].questions()[0];
  EXPECT_EQ(q.kind, QuestionKind::single);
  ASSERT_EQ(q.choices.size(), 3u);
  EXPECT_TRUE(q.find_choice("b")->correct);
  EXPECT_FALSE(q.find_choice("c")->correct);  // "correct" may be left out: false
  EXPECT_EQ(q.find_choice("zzz"), nullptr);
  EXPECT_EQ(m->page_index("losenord"), 1);
  EXPECT_EQ(m->page_index("nope"), -1);
  EXPECT_EQ(m->find_page("varfor")->title.sv, "Varför det spelar roll");
  EXPECT_EQ(m->find_page("nope"), nullptr);
  EXPECT_EQ(m->question_count(), 1);
  EXPECT_EQ(m->find_question("fraga-losenord"), &q);
  EXPECT_EQ(m->mastery, 1);  // no "mastery" in the file: every question
}

TEST(Content, EveryPartAndQuestionKindParses) {
  std::vector<Problem> problems;
  auto m = parse_module(kFullModuleJson, "m.json", problems);
  ASSERT_TRUE(m.has_value()) << list_problems(problems);
  EXPECT_EQ(m->level, Level::advanced);
  EXPECT_EQ(m->areas, (std::vector<Area>{Area::information, Area::communication, Area::safety}));
  EXPECT_EQ(m->roles, (std::vector<std::string>{"omsorg", "chef"}));
  EXPECT_EQ(m->goals.size(), 3u);
  EXPECT_EQ(m->mastery, 4);
  EXPECT_EQ(m->question_count(), 5);
  ASSERT_EQ(m->pages.size(), 4u);

  const Page& start = m->pages[0];
  ASSERT_EQ(start.parts.size(), 3u);
  EXPECT_EQ(start.parts[0].kind, PagePart::Kind::text);
  EXPECT_EQ(start.parts[0].text.sv, "Läs **noga**.\n\n- Ett\n- Två");  // markup is kept for the view
  const PagePart& picture = start.parts[1];
  EXPECT_EQ(picture.kind, PagePart::Kind::picture);
  EXPECT_EQ(picture.picture.file, "bilder/skarm.svg");
  EXPECT_EQ(picture.picture.width, 640);
  EXPECT_EQ(picture.picture.height, 360);
  EXPECT_EQ(picture.picture.alt.sv, "En skärm med ett mejl.");
  EXPECT_EQ(picture.picture.caption.sv, "Ett mejl som ser äkta ut.");
  EXPECT_EQ(start.parts[2].kind, PagePart::Kind::key_points);
  EXPECT_EQ(start.parts[2].points.size(), 2u);

  const Page& fall = m->pages[1];
  ASSERT_EQ(fall.parts.size(), 2u);
  const PagePart& scenario = fall.parts[0];
  EXPECT_EQ(scenario.kind, PagePart::Kind::scenario);
  EXPECT_EQ(scenario.scenario_id, "fall-mejl");
  EXPECT_EQ(scenario.story.sv, "Anna får ett mejl.");
  EXPECT_EQ(scenario.prompt.sv, "Vad gör Anna?");
  ASSERT_EQ(scenario.options.size(), 2u);
  EXPECT_EQ(scenario.options[1].id, "fraga");
  EXPECT_EQ(scenario.options[1].outcome.sv, "Chefen tackar.");
  EXPECT_EQ(m->find_scenario("fall-mejl"), &scenario);
  EXPECT_EQ(m->find_scenario("f-single"), nullptr);  // a question, not a scenario
  EXPECT_EQ(fall.parts[1].kind, PagePart::Kind::reflection);
  EXPECT_EQ(fall.parts[1].prompt.sv, "Har ni fått sådana mejl?");
  EXPECT_TRUE(fall.questions().empty());

  std::vector<std::string> ids;
  for (const Question* q : m->questions()) ids.push_back(q->id);
  EXPECT_EQ(ids, (std::vector<std::string>{"f-single", "f-multiple", "f-sant", "f-ordning", "f-par"}));

  const Question* single = m->find_question("f-single");
  ASSERT_NE(single, nullptr);
  EXPECT_EQ(single->kind, QuestionKind::single);
  EXPECT_TRUE(single->find_choice("b")->correct);
  EXPECT_EQ(single->find_choice("a")->feedback.sv, "Nej, det är farligt.");

  const Question* multiple = m->find_question("f-multiple");
  ASSERT_NE(multiple, nullptr);
  EXPECT_EQ(multiple->kind, QuestionKind::multiple);
  EXPECT_EQ(multiple->choices.size(), 3u);
  EXPECT_TRUE(multiple->find_choice("a")->correct);
  EXPECT_TRUE(multiple->find_choice("b")->correct);
  EXPECT_FALSE(multiple->find_choice("c")->correct);
  EXPECT_EQ(multiple->feedback_right.sv, "Rätt.");
  EXPECT_EQ(multiple->feedback_wrong.sv, "Titta igen.");

  const Question* true_false = m->find_question("f-sant");
  ASSERT_NE(true_false, nullptr);
  EXPECT_EQ(true_false->kind, QuestionKind::true_false);
  EXPECT_TRUE(true_false->true_answer);
  EXPECT_EQ(true_false->feedback_wrong.sv, "Banken ber aldrig om den.");

  const Question* order = m->find_question("f-ordning");
  ASSERT_NE(order, nullptr);
  EXPECT_EQ(order->kind, QuestionKind::order);
  ASSERT_EQ(order->items.size(), 3u);
  EXPECT_EQ(order->items[0].id, "las");
  EXPECT_EQ(order->items[2].text.sv, "Gör");

  const Question* match = m->find_question("f-par");
  ASSERT_NE(match, nullptr);
  EXPECT_EQ(match->kind, QuestionKind::match);
  ASSERT_EQ(match->pairs.size(), 2u);
  EXPECT_EQ(match->pairs[0].left.sv, "Kod");
  EXPECT_EQ(match->pairs[0].right.sv, "Hemlig");
  EXPECT_EQ(match->feedback_right.sv, "Rätt.");

  EXPECT_EQ(m->find_question("fall-mejl"), nullptr);  // a scenario, not a question
  EXPECT_EQ(m->find_question("nope"), nullptr);
}

TEST(Content, QuestionKindIds) {
  EXPECT_STREQ(question_kind_id(QuestionKind::single), "single");
  EXPECT_STREQ(question_kind_id(QuestionKind::multiple), "multiple");
  EXPECT_STREQ(question_kind_id(QuestionKind::true_false), "true_false");
  EXPECT_STREQ(question_kind_id(QuestionKind::order), "order");
  EXPECT_STREQ(question_kind_id(QuestionKind::match), "match");
}

// ---- DigComp competences and levels -----------------------------------------------------------

TEST(Competences, TheTwentyOneOfDigComp22) {
  const auto& all = digcomp_competences();
  ASSERT_EQ(all.size(), 21u);
  const std::map<Area, int> per_area = {{Area::information, 3}, {Area::communication, 6},
                                        {Area::content_creation, 4}, {Area::safety, 4},
                                        {Area::problem_solving, 4}};
  std::map<Area, int> counted;
  std::set<std::string> ids;
  for (const Competence& c : all) {
    ++counted[c.area];
    EXPECT_TRUE(ids.insert(c.id).second) << c.id;
    // The id starts with the area's number: "4.2" is in area 4.
    EXPECT_EQ(std::string(c.id).substr(0, 1), std::to_string(area_number(c.area))) << c.id;
    EXPECT_GT(std::string(c.name.sv).size(), 3u) << c.id;
    EXPECT_GT(std::string(c.name.en).size(), 3u) << c.id;
    EXPECT_EQ(find_competence(c.id), &c);
  }
  EXPECT_EQ(counted, per_area);
  EXPECT_STREQ(find_competence("1.1")->name.sv, "Söka, hitta och filtrera data, information och digitalt innehåll");
  EXPECT_STREQ(find_competence("4.2")->name.sv, "Skydda personuppgifter och integritet");
  EXPECT_STREQ(find_competence("4.2")->name.en, "Protecting personal data and privacy");
  EXPECT_EQ(find_competence("5.4")->area, Area::problem_solving);
  for (const char* unknown : {"", "0.1", "1.4", "2.7", "6.1", "4", "4.2 ", "safety"}) {
    EXPECT_EQ(find_competence(unknown), nullptr) << unknown;
  }
}

TEST(Competences, LevelIdsAndNames) {
  for (Level level : {Level::foundation, Level::intermediate, Level::advanced}) {
    EXPECT_EQ(level_from_id(level_id(level)), level);
  }
  EXPECT_STREQ(level_id(Level::foundation), "grundlaggande");
  EXPECT_STREQ(level_id(Level::intermediate), "medel");
  EXPECT_STREQ(level_id(Level::advanced), "avancerad");
  EXPECT_STREQ(level_name(Level::foundation).sv, "Grundläggande");
  EXPECT_STREQ(level_name(Level::intermediate).en, "Intermediate");
  EXPECT_STREQ(level_name(Level::advanced).sv, "Avancerad");
  EXPECT_FALSE(level_from_id("Grundläggande").has_value());
  EXPECT_FALSE(level_from_id("").has_value());
}

// One broken module and the code + pointer it must give.
struct Case {
  std::string name;
  std::string text;
  std::string code;
  std::string pointer;
};

std::string long_text(std::size_t n) { return std::string(n, 'a'); }
Json sv(const std::string& s) { return Json{{"sv", s}}; }

Json six_choices() {
  Json choices = Json::array();
  for (const char* id : {"a", "b", "c", "d", "e", "f"}) {
    choices.push_back(Json{{"id", id}, {"text", sv(std::string("Svar ") + id)}, {"correct", id[0] == 'b'}, {"feedback", sv("Ja.")}});
  }
  return choices;
}

std::vector<Case> module_cases() {
  const std::string m = kModuleJson;
  const std::string m2 = kModule2Json;
  const std::string f = kFullModuleJson;
  const std::string q = "/pages/1/parts/1";  // the single choice question of kModuleJson
  const std::string choice0 = q + "/choices/0";
  const std::string picture = "/pages/0/parts/1";  // of kFullModuleJson
  const std::string scenario = "/pages/1/parts/0";
  const std::string multiple = "/pages/2/parts/1";
  const std::string true_false = "/pages/2/parts/2";
  const std::string order = "/pages/3/parts/0";
  const std::string match = "/pages/3/parts/1";
  return {
      {"not json", "{\"format\": ", "content.not_json", ""},
      {"empty text", "", "content.not_json", ""},
      {"array", "[1, 2]", "content.wrong_format", ""},
      {"no format", without(m, "/format"), "content.wrong_format", "/format"},
      {"other format", with(m, "/format", "digilyft-instrument"), "content.wrong_format", "/format"},
      {"format not text", with(m, "/format", 1), "content.wrong_format", "/format"},
      {"future version", with(m, "/version", 2), "content.future_version", "/version"},
      {"version zero", with(m, "/version", 0), "content.bad_value", "/version"},
      {"no version", without(m, "/version"), "content.missing_field", "/version"},
      {"version text", with(m, "/version", "1"), "content.wrong_type", "/version"},
      {"no id", without(m, "/id"), "content.missing_field", "/id"},
      {"bad id", with(m, "/id", "Säker Inloggning"), "content.bad_value", "/id"},
      {"long id", with(m, "/id", long_text(65)), "content.bad_value", "/id"},
      {"no title", without(m, "/title"), "content.missing_field", "/title"},
      {"title string", with(m, "/title", "Säker"), "content.wrong_type", "/title"},
      {"title no sv", with(m, "/title", Json{{"en", "Safe"}}), "content.missing_swedish", "/title"},
      {"title empty sv", with(m, "/title", sv("")), "content.missing_swedish", "/title"},
      {"title sv number", with(m, "/title/sv", 3), "content.wrong_type", "/title/sv"},
      {"title en number", with(m, "/title/en", 3), "content.wrong_type", "/title/en"},
      {"title too long", with(m, "/title", sv(long_text(81))), "content.text_too_long", "/title/sv"},
      {"en title too long", with(m, "/title/en", long_text(81)), "content.text_too_long", "/title/en"},
      {"summary missing", without(m, "/summary"), "content.missing_field", "/summary"},
      {"minutes text", with(m, "/minutes", "15"), "content.wrong_type", "/minutes"},
      {"minutes fraction", with(m, "/minutes", 2.5), "content.wrong_type", "/minutes"},
      {"minutes zero", with(m, "/minutes", 0), "content.bad_value", "/minutes"},
      {"minutes huge", with(m, "/minutes", 1e12), "content.wrong_type", "/minutes"},
      {"old areas field", with(m, "/areas", Json::array({"safety"})), "content.unexpected_field", "/areas"},
      {"misspelt field", with(m, "/masteri", 1), "content.unexpected_field", "/masteri"},
      {"level missing", without(m, "/level"), "content.missing_field", "/level"},
      {"level unknown", with(m, "/level", "Grundläggande"), "content.bad_value", "/level"},
      {"level number", with(m, "/level", 1), "content.wrong_type", "/level"},
      {"competences missing", without(m, "/competences"), "content.missing_field", "/competences"},
      {"competences empty", with(m, "/competences", Json::array()), "content.empty_list", "/competences"},
      {"competence unknown", with(m, "/competences/1", "1.4"), "content.unknown_competence", "/competences/1"},
      {"competence as area", with(m, "/competences/0", "safety"), "content.unknown_competence", "/competences/0"},
      {"competence twice", with(m, "/competences/1", "4.2"), "content.duplicate_id", "/competences/1"},
      {"competence number", with(m, "/competences/1", 4.2), "content.wrong_type", "/competences/1"},
      {"roles empty", with(m, "/roles", Json::array()), "content.empty_list", "/roles"},
      {"role unknown", with(m, "/roles/1", "kock"), "content.unknown_role", "/roles/1"},
      {"role twice", with(m, "/roles/1", "omsorg"), "content.duplicate_id", "/roles/1"},
      {"goals missing", without(m, "/goals"), "content.missing_field", "/goals"},
      {"one goal", with(m, "/goals", Json::array({sv("Ett mål.")})), "content.empty_list", "/goals"},
      {"six goals", with(m, "/goals", Json::array({sv("1"), sv("2"), sv("3"), sv("4"), sv("5"), sv("6")})),
       "content.list_too_long", "/goals"},
      {"goal too long", with(m, "/goals/0", sv(long_text(201))), "content.text_too_long", "/goals/0/sv"},
      {"mastery zero", with(m, "/mastery", 0), "content.bad_value", "/mastery"},
      {"mastery above questions", with(m, "/mastery", 2), "content.bad_value", "/mastery"},
      {"mastery text", with(m, "/mastery", "alla"), "content.wrong_type", "/mastery"},
      {"pages object", with(m, "/pages", Json::object()), "content.wrong_type", "/pages"},
      {"pages empty", with(m, "/pages", Json::array()), "content.empty_list", "/pages"},
      {"page not object", with(m, "/pages/0", "varfor"), "content.wrong_type", "/pages/0"},
      {"page id twice", with(m, "/pages/1/id", "varfor"), "content.duplicate_id", "/pages/1/id"},
      {"page title missing", without(m, "/pages/0/title"), "content.missing_field", "/pages/0/title"},
      {"old paragraphs field", with(m, "/pages/0/paragraphs", Json::array()), "content.unexpected_field", "/pages/0/paragraphs"},
      {"parts missing", without(m, "/pages/0/parts"), "content.missing_field", "/pages/0/parts"},
      {"parts empty", with(m, "/pages/0/parts", Json::array()), "content.empty_list", "/pages/0/parts"},
      {"parts text", with(m, "/pages/0/parts", "x"), "content.wrong_type", "/pages/0/parts"},
      {"part not object", with(m, "/pages/0/parts/0", "x"), "content.wrong_type", "/pages/0/parts/0"},
      {"part without type", without(m, "/pages/0/parts/0/type"), "content.missing_field", "/pages/0/parts/0/type"},
      {"part type unknown", with(m, "/pages/0/parts/0/type", "video"), "content.bad_value", "/pages/0/parts/0/type"},
      {"text part too long", with(m, "/pages/0/parts/0/text", sv(long_text(1501))), "content.text_too_long", "/pages/0/parts/0/text/sv"},
      {"text part odd stars", with(m, "/pages/0/parts/0/text", sv("Det är **viktigt.")), "content.bad_markup", "/pages/0/parts/0/text/sv"},
      {"emphasis over two lines", with(m, "/pages/0/parts/0/text", sv("Det är **mycket\nviktigt**.")), "content.bad_markup", "/pages/0/parts/0/text/sv"},
      {"en text odd stars", with(m, "/pages/0/parts/0/text/en", "**Important"), "content.bad_markup", "/pages/0/parts/0/text/en"},
      {"text part with points", with(m, "/pages/0/parts/0/points", Json::array()), "content.unexpected_field", "/pages/0/parts/0/points"},
      {"key points empty", with(m, "/pages/0/parts/1/points", Json::array()), "content.empty_list", "/pages/0/parts/1/points"},
      {"seven key points", with(m, "/pages/0/parts/1/points", Json::array({sv("1"), sv("2"), sv("3"), sv("4"), sv("5"), sv("6"), sv("7")})),
       "content.list_too_long", "/pages/0/parts/1/points"},
      {"key point no sv", with(m, "/pages/0/parts/1/points/0", Json{{"en", "x"}}), "content.missing_swedish", "/pages/0/parts/1/points/0"},
      {"key point too long", with(m, "/pages/0/parts/1/points/0", sv(long_text(201))), "content.text_too_long", "/pages/0/parts/1/points/0/sv"},
      // Questions
      {"question without kind", without(m, q + "/kind"), "content.missing_field", q + "/kind"},
      {"question kind unknown", with(m, q + "/kind", "essay"), "content.bad_value", q + "/kind"},
      {"prompt missing", without(m, q + "/prompt"), "content.missing_field", q + "/prompt"},
      {"one choice", with(m, q + "/choices", Json::array({Json::parse(R"({"id":"b","text":{"sv":"x"},"correct":true,"feedback":{"sv":"y"}})")})),
       "content.empty_list", q + "/choices"},
      {"six single choices", with(m, q + "/choices", six_choices()), "content.list_too_long", q + "/choices"},
      {"choice id twice", with(m, q + "/choices/1/id", "a"), "content.duplicate_id", q + "/choices/1/id"},
      {"choice text twice", with(m, q + "/choices/2/text", sv("123456")), "content.duplicate_text", q + "/choices/2/text"},
      {"no correct choice", with(m, q + "/choices/1/correct", false), "content.no_correct_choice", q + "/choices"},
      {"two correct in single", with(m, choice0 + "/correct", true), "content.too_many_correct", q + "/choices"},
      {"correct as text", with(m, choice0 + "/correct", "yes"), "content.wrong_type", choice0 + "/correct"},
      {"choice without feedback", without(m, choice0 + "/feedback"), "content.missing_field", choice0 + "/feedback"},
      {"feedback too long", with(m, choice0 + "/feedback", sv(long_text(601))), "content.text_too_long", choice0 + "/feedback/sv"},
      {"choice text too long", with(m, choice0 + "/text", sv(long_text(201))), "content.text_too_long", choice0 + "/text/sv"},
      {"choice with a typo", with(m, choice0 + "/corect", true), "content.unexpected_field", choice0 + "/corect"},
      {"single with overall feedback", with(m, q + "/feedback_right", sv("Rätt.")), "content.unexpected_field", q + "/feedback_right"},
      {"single with items", with(m, q + "/items", Json::array()), "content.unexpected_field", q + "/items"},
      {"question id twice in module", with(m2, "/pages/1/parts/1/id", "q1"), "content.duplicate_id", "/pages/1/parts/1/id"},
      {"multiple without correct", with(with(f, multiple + "/choices/0/correct", false), multiple + "/choices/1/correct", false),
       "content.no_correct_choice", multiple + "/choices"},
      {"multiple without feedback_wrong", without(f, multiple + "/feedback_wrong"), "content.missing_field", multiple + "/feedback_wrong"},
      {"multiple with answer", with(f, multiple + "/answer", true), "content.unexpected_field", multiple + "/answer"},
      {"true_false without answer", without(f, true_false + "/answer"), "content.missing_field", true_false + "/answer"},
      {"true_false answer text", with(f, true_false + "/answer", "sant"), "content.wrong_type", true_false + "/answer"},
      {"true_false with choices", with(f, true_false + "/choices", Json::array()), "content.unexpected_field", true_false + "/choices"},
      {"true_false without feedback_right", without(f, true_false + "/feedback_right"), "content.missing_field", true_false + "/feedback_right"},
      {"order with one item", with(f, order + "/items", Json::array({Json::parse(R"({"id":"a","text":{"sv":"A"}})")})),
       "content.empty_list", order + "/items"},
      {"order item id twice", with(f, order + "/items/2/id", "las"), "content.duplicate_id", order + "/items/2/id"},
      {"order item text twice", with(f, order + "/items/2/text", sv("Läs")), "content.duplicate_text", order + "/items/2/text"},
      {"order with pairs", with(f, order + "/pairs", Json::array()), "content.unexpected_field", order + "/pairs"},
      {"match right text twice", with(f, match + "/pairs/1/right", sv("Hemlig")), "content.duplicate_text", match + "/pairs/1/right"},
      {"match left text twice", with(f, match + "/pairs/1/left", sv("Kod")), "content.duplicate_text", match + "/pairs/1/left"},
      {"match pair without right", without(f, match + "/pairs/0/right"), "content.missing_field", match + "/pairs/0/right"},
      {"match with items", with(f, match + "/items", Json::array()), "content.unexpected_field", match + "/items"},
      // Pictures
      {"picture without alt", without(f, picture + "/alt"), "content.missing_alt", picture + "/alt"},
      {"picture alt empty", with(f, picture + "/alt", sv("")), "content.missing_alt", picture + "/alt"},
      {"picture alt only english", with(f, picture + "/alt", Json{{"en", "A screen"}}), "content.missing_alt", picture + "/alt"},
      {"picture alt text", with(f, picture + "/alt", "En skärm"), "content.wrong_type", picture + "/alt"},
      {"picture alt too long", with(f, picture + "/alt", sv(long_text(201))), "content.text_too_long", picture + "/alt/sv"},
      {"picture without file", without(f, picture + "/file"), "content.missing_field", picture + "/file"},
      {"picture file climbs out", with(f, picture + "/file", "../x.svg"), "content.bad_value", picture + "/file"},
      {"picture file absolute", with(f, picture + "/file", "/bilder/x.svg"), "content.bad_value", picture + "/file"},
      {"picture file gif", with(f, picture + "/file", "bilder/x.gif"), "content.bad_value", picture + "/file"},
      {"picture without width", without(f, picture + "/width"), "content.missing_field", picture + "/width"},
      {"picture too small", with(f, picture + "/height", 15), "content.bad_value", picture + "/height"},
      {"picture too large", with(f, picture + "/width", 2001), "content.bad_value", picture + "/width"},
      {"picture caption no sv", with(f, picture + "/caption", Json::object()), "content.missing_swedish", picture + "/caption"},
      // Scenarios and reflections
      {"scenario id is a question id", with(f, scenario + "/id", "f-par"), "content.duplicate_id", "/pages/3/parts/1/id"},
      {"scenario one option", with(f, scenario + "/options", Json::array({Json::parse(R"({"id":"a","text":{"sv":"A"},"outcome":{"sv":"B"}})")})),
       "content.empty_list", scenario + "/options"},
      {"scenario option without outcome", without(f, scenario + "/options/0/outcome"), "content.missing_field", scenario + "/options/0/outcome"},
      {"scenario option id twice", with(f, scenario + "/options/1/id", "klicka"), "content.duplicate_id", scenario + "/options/1/id"},
      {"scenario story too long", with(f, scenario + "/story", sv(long_text(601))), "content.text_too_long", scenario + "/story/sv"},
      {"scenario with choices", with(f, scenario + "/choices", Json::array()), "content.unexpected_field", scenario + "/choices"},
      {"reflection without prompt", without(f, "/pages/1/parts/1/prompt"), "content.missing_field", "/pages/1/parts/1/prompt"},
      {"pointer escapes", with(m, "/title", Json{{"sv", 1}, {"en", "x"}}), "content.wrong_type", "/title/sv"},
  };
}

TEST(Content, EveryModuleProblemHasItsCodeAndPointer) {
  for (const auto& c : module_cases()) {
    std::vector<Problem> problems;
    EXPECT_FALSE(parse_module(c.text, "modules/x/module.json", problems).has_value()) << c.name;
    EXPECT_TRUE(has_problem(problems, c.code, c.pointer))
        << c.name << ": expected " << c.code << " at '" << c.pointer << "', got\n" << list_problems(problems);
    for (const auto& p : problems) EXPECT_EQ(p.file, "modules/x/module.json") << c.name;
  }
}

TEST(Content, LengthsCountCharactersNotBytes) {
  // 80 letters with å/ä/ö are 80 characters although they take more bytes.
  std::string title;
  for (int n = 0; n < 40; ++n) title += "åa";
  std::vector<Problem> problems;
  EXPECT_TRUE(parse_module(with(kModuleJson, "/title", sv(title)), "m", problems).has_value()) << list_problems(problems);
  EXPECT_FALSE(parse_module(with(kModuleJson, "/title", sv(title + "ö")), "m", problems).has_value());
  EXPECT_TRUE(has_problem(problems, "content.text_too_long", "/title/sv"));
}

TEST(Content, JsonPointerEscapesSlashAndTilde) {
  // An unknown field named "a/b~c" is pointed at as "/a~1b~0c" (RFC 6901).
  std::vector<Problem> problems;
  const std::string text = with(kModuleJson, "/pages/0/a~1b~0c", 1);
  EXPECT_FALSE(parse_module(text, "m", problems).has_value());
  EXPECT_TRUE(has_problem(problems, "content.unexpected_field", "/pages/0/a~1b~0c")) << list_problems(problems);
}

TEST(Content, ReportsEveryProblemNotOnlyTheFirst) {
  std::string text = with(kModuleJson, "/minutes", 0);
  text = with(text, "/pages/0/id", "BAD");
  std::vector<Problem> problems;
  EXPECT_FALSE(parse_module(text, "m", problems).has_value());
  EXPECT_TRUE(has_problem(problems, "content.bad_value", "/minutes"));
  EXPECT_TRUE(has_problem(problems, "content.bad_value", "/pages/0/id"));
}

// ---- Broken module files (tests/core/broken) ----------------------------------------------------
// One small module per problem, named after its code. Each must give exactly that one problem, at
// that pointer, when loaded through a catalog the way the app and the validator load it.

enum class FileKind { module, instrument, survey };

struct BrokenFile {
  std::string file;  // in tests/core/broken
  std::string code;
  std::string pointer;
  FileKind kind = FileKind::module;
};

const std::vector<BrokenFile>& broken_files() {
  static const std::vector<BrokenFile> table = {
      {"not_json.json", "content.not_json", ""},
      {"future_version.json", "content.future_version", "/version"},
      {"missing_field.json", "content.missing_field", "/id"},
      {"wrong_type.json", "content.wrong_type", "/minutes"},
      {"duplicate_id-page.json", "content.duplicate_id", "/pages/1/id"},
      {"duplicate_id-question.json", "content.duplicate_id", "/pages/2/parts/1/id"},
      {"duplicate_id-scenario.json", "content.duplicate_id", "/pages/2/parts/0/id"},
      {"no_correct_choice.json", "content.no_correct_choice", "/pages/1/parts/1/choices"},
      {"too_many_correct.json", "content.too_many_correct", "/pages/1/parts/1/choices"},
      {"list_too_long.json", "content.list_too_long", "/pages/1/parts/1/choices"},
      {"empty_list.json", "content.empty_list", "/pages/1/parts"},
      {"duplicate_text.json", "content.duplicate_text", "/pages/1/parts/1/choices/1/text"},
      {"duplicate_text-match.json", "content.duplicate_text", "/pages/2/parts/1/pairs/1/right"},
      {"missing_alt.json", "content.missing_alt", "/pages/0/parts/1/alt"},
      {"missing_alt-empty.json", "content.missing_alt", "/pages/0/parts/1/alt"},
      {"missing_file.json", "content.missing_file", "/pages/0/parts/1/file"},
      {"unknown_competence.json", "content.unknown_competence", "/competences/1"},
      {"unknown_role.json", "content.unknown_role", "/roles/1"},
      {"text_too_long.json", "content.text_too_long", "/pages/0/parts/0/text/sv"},
      {"missing_swedish.json", "content.missing_swedish", "/pages/0/title"},
      {"bad_markup.json", "content.bad_markup", "/pages/0/parts/0/text/sv"},
      {"unexpected_field.json", "content.unexpected_field", "/pages/1/parts/1/answer"},
      {"bad_value-kind.json", "content.bad_value", "/pages/1/parts/1/kind"},
      {"bad_value-type.json", "content.bad_value", "/pages/0/parts/2/type"},
      {"bad_value-level.json", "content.bad_value", "/level"},
      {"bad_value-mastery.json", "content.bad_value", "/mastery"},
      {"bad_value-picture_file.json", "content.bad_value", "/pages/0/parts/1/file"},
      // Instruments (statement 1 is info-2, 4 comm-2, 5 comm-3, 21 safety-4) and surveys.
      {"statement_form.json", "content.statement_form", "/statements/1/text/sv", FileKind::instrument},
      {"statement_form-english.json", "content.statement_form", "/statements/5/text/en", FileKind::instrument},
      {"too_few_in_area.json", "content.too_few_in_area", "/statements", FileKind::instrument},
      {"too_few_in_care_topic.json", "content.too_few_in_care_topic", "/statements", FileKind::instrument},
      {"too_few_then_now.json", "content.too_few_then_now", "/statements", FileKind::instrument},
      {"no_use_item.json", "content.no_use_item", "/evaluation", FileKind::instrument},
      {"missing_english.json", "content.missing_english", "/statements/4/text", FileKind::instrument},
      {"unexpected_field-area.json", "content.unexpected_field", "/statements/0/area", FileKind::instrument},
      {"unknown_competence-statement.json", "content.unknown_competence", "/statements/21/competence",
       FileKind::instrument},
      {"missing_topic.json", "content.missing_topic", "/questions", FileKind::survey},
      {"missing_english-survey.json", "content.missing_english", "/questions/1/options/2/text", FileKind::survey},
      {"bad_value-survey_kind.json", "content.bad_value", "/questions/0/kind", FileKind::survey},
      {"bad_condition.json", "content.bad_condition", "/questions/1/asked_if/answers/0", FileKind::survey},
  };
  return table;
}

const std::string kBrokenDir = std::string(DL_CONTENT_DIR) + "/../tests/core/broken";

// The fixture catalog with one file from tests/core/broken in place of its module, instrument or
// survey, loaded the way the validator loads content: pictures are looked up on the disk there, and
// the instrument and survey that load are checked for English.
std::vector<Problem> load_broken(const BrokenFile& b, Catalog& c) {
  Json catalog = Json::parse(test::kCatalogJson);
  switch (b.kind) {
    case FileKind::module: catalog["modules"].push_back(b.file); break;
    case FileKind::instrument: catalog["instruments"] = Json::array({b.file}); break;
    case FileKind::survey: catalog["surveys"] = Json::array({b.file}); break;
  }
  const test::Files fixture = test::fixture_files();
  const auto read = [&](const std::string& path) -> std::optional<std::string> {
    if (path == "catalog.json") return catalog.dump();
    const auto it = fixture.find(path);
    if (it != fixture.end()) return it->second;
    return read_file(kBrokenDir + "/" + path);
  };
  const auto exists = [](const std::string& path) { return std::filesystem::is_regular_file(kBrokenDir + "/" + path); };
  c = load_catalog(read, exists);
  std::vector<Problem> problems = c.problems;
  if (c.instrument) {
    for (const Problem& p : missing_english(*c.instrument, b.file)) problems.push_back(p);
  }
  if (c.manager_survey) {
    for (const Problem& p : missing_english(*c.manager_survey, b.file)) problems.push_back(p);
  }
  return problems;
}

TEST(BrokenContent, EachFileGivesExactlyItsCodeAndPointer) {
  for (const BrokenFile& b : broken_files()) {
    Catalog c;
    const std::vector<Problem> problems = load_broken(b, c);
    switch (b.kind) {
      case FileKind::module: EXPECT_EQ(c.modules.size(), 2u) << b.file; break;  // the fixture's two
      case FileKind::instrument: EXPECT_EQ(c.instrument.has_value(), b.code == "content.missing_english") << b.file; break;
      case FileKind::survey: EXPECT_EQ(c.manager_survey.has_value(), b.code == "content.missing_english") << b.file; break;
    }
    ASSERT_EQ(problems.size(), 1u) << b.file << ":\n" << list_problems(problems);
    EXPECT_EQ(problems[0].code, b.code) << b.file;
    EXPECT_EQ(problems[0].pointer, b.pointer) << b.file;
    EXPECT_EQ(problems[0].file, b.file);
    // The file is named after its code: "duplicate_id-page.json" gives content.duplicate_id.
    const std::string stem = b.file.substr(0, b.file.find_first_of("-."));
    EXPECT_EQ("content." + stem, b.code) << b.file;
  }
}

// Every code has a sentence for people (problem.cpp), not the generic fallback.
TEST(BrokenContent, EveryCodeHasASentenceForPeople) {
  std::set<std::string> codes;
  for (const BrokenFile& b : broken_files()) codes.insert(b.code);
  for (const char* code : {"content.unknown_module", "content.missing_path"}) codes.insert(code);
  for (const std::string& code : codes) {
    const Problem problem{code, "x.json", "", ""};
    EXPECT_NE(describe(problem, Lang::sv), "Något är fel i filen.") << code;
    EXPECT_NE(describe(problem, Lang::en), "Something is wrong with the file.") << code;
  }
}

TEST(BrokenContent, EveryFileInTheFolderIsInTheTable) {
  std::set<std::string> listed;
  for (const BrokenFile& b : broken_files()) listed.insert(b.file);
  std::set<std::string> on_disk;
  for (const auto& entry : std::filesystem::directory_iterator(kBrokenDir)) {
    if (entry.path().extension() == ".json") on_disk.insert(entry.path().filename().string());
  }
  EXPECT_EQ(on_disk, listed);
}

TEST(BrokenContent, WithoutAnExistsFunctionPicturesAreNotLookedUp) {
  // The page passes no `exists`: the browser loads pictures itself when shown.
  const std::string catalog = with(test::kCatalogJson, "/modules/2", "missing_file.json");
  const test::Files fixture = test::fixture_files();
  const auto read = [&](const std::string& path) -> std::optional<std::string> {
    if (path == "catalog.json") return catalog;
    const auto it = fixture.find(path);
    if (it != fixture.end()) return it->second;
    return read_file(kBrokenDir + "/" + path);
  };
  const Catalog c = load_catalog(read);
  ASSERT_EQ(c.modules.size(), 3u);
  EXPECT_FALSE(has_problem(c.problems, "content.missing_file", "/pages/0/parts/1/file")) << list_problems(c.problems);
}

TEST(Catalog, PictureFilesAreLookedUpInTheModuleFolder) {
  auto files = test::fixture_files();
  files["catalog.json"] = with(test::kCatalogJson, "/modules/2", "modules/alla-delar/module.json");
  files["modules/alla-delar/module.json"] = kFullModuleJson;
  std::vector<std::string> asked;
  const Catalog ok = load_catalog(test::reader_of(files), [&asked](const std::string& path) {
    asked.push_back(path);
    return path == "modules/alla-delar/bilder/skarm.svg";
  });
  EXPECT_TRUE(ok.problems.empty()) << list_problems(ok.problems);
  EXPECT_EQ(ok.modules.size(), 3u);
  EXPECT_EQ(asked, (std::vector<std::string>{"modules/alla-delar/bilder/skarm.svg"}));

  const Catalog missing = load_catalog(test::reader_of(files), [](const std::string&) { return false; });
  EXPECT_EQ(missing.modules.size(), 2u);  // the module with the missing picture is left out
  ASSERT_EQ(missing.problems.size(), 1u) << list_problems(missing.problems);
  EXPECT_EQ(missing.problems[0].code, "content.missing_file");
  EXPECT_EQ(missing.problems[0].file, "modules/alla-delar/module.json");
  EXPECT_EQ(missing.problems[0].pointer, "/pages/0/parts/1/file");
  EXPECT_EQ(missing.problems[0].detail, "modules/alla-delar/bilder/skarm.svg");
}

// ---- Catalog ----------------------------------------------------------------------------------

TEST(Catalog, LoadsEveryListedFile) {
  const Catalog c = test::fixture_catalog();
  EXPECT_TRUE(c.problems.empty()) << list_problems(c.problems);
  ASSERT_EQ(c.modules.size(), 2u);
  EXPECT_EQ(c.modules[0].id, "saker-inloggning");
  EXPECT_NE(c.find_module("videosamtal"), nullptr);
  EXPECT_EQ(c.find_module("nope"), nullptr);
  ASSERT_TRUE(c.instrument.has_value());
  EXPECT_EQ(c.instrument->id, "digcomp-omsorg");
  ASSERT_TRUE(c.manager_survey.has_value());
  EXPECT_EQ(c.manager_survey->id, "chefsenkat");
}

TEST(Catalog, LearningPathsForEveryRoleFamilyInTheirOrder) {
  const Catalog c = test::fixture_catalog();
  using Ids = std::vector<std::string>;
  const std::map<std::string, Ids> expected = {
      {"omsorg", Ids{"saker-inloggning", "videosamtal"}},
      {"funktionsstod", Ids{"videosamtal", "saker-inloggning"}},
      {"halso-sjukvard", Ids{"saker-inloggning", "videosamtal"}},
      {"handlaggning-utveckling", Ids{"saker-inloggning", "videosamtal"}},
      {"chef", Ids{"videosamtal", "saker-inloggning"}},
  };
  EXPECT_EQ(c.paths, expected);
}

// One broken learning path is left out with its problem; the other paths and all content still load.
TEST(Catalog, ProblemsInLearningPaths) {
  const std::string cat = test::kCatalogJson;
  struct PathCase {
    std::string name;
    std::string text;
    std::string code;
    std::string pointer;
    std::string family_left_out;  // "" when every valid family is kept
  };
  const std::vector<PathCase> cases = {
      {"paths missing", without(cat, "/paths"), "content.missing_field", "/paths", "*"},
      {"paths not a list", with(cat, "/paths", "omsorg"), "content.wrong_type", "/paths", "*"},
      {"entry not an object", with(cat, "/paths/4", "chef"), "content.wrong_type", "/paths/4", "chef"},
      {"unknown module", with(cat, "/paths/2/modules/1", "nattpatrull"), "content.unknown_module", "/paths/2/modules/1",
       ""},
      {"module twice", with(cat, "/paths/0/modules/1", "saker-inloggning"), "content.duplicate_id", "/paths/0/modules/1",
       "omsorg"},
      {"module id not text", with(cat, "/paths/1/modules/0", 3), "content.wrong_type", "/paths/1/modules/0",
       "funktionsstod"},
      {"one module", with(cat, "/paths/3/modules", Json::array({"videosamtal"})), "content.empty_list", "/paths/3/modules",
       "handlaggning-utveckling"},
      {"nine modules", with(cat, "/paths/3/modules", Json(std::vector<std::string>(9, "videosamtal"))), "content.list_too_long",
       "/paths/3/modules", "handlaggning-utveckling"},
      {"modules missing", without(cat, "/paths/0/modules"), "content.missing_field", "/paths/0/modules", "omsorg"},
      {"role family missing", without(cat, "/paths/4/role_family"), "content.missing_field", "/paths/4/role_family", "chef"},
      {"unknown role family", with(cat, "/paths/4/role_family", "stadare"), "content.unknown_role", "/paths/4/role_family",
       "chef"},
      {"role family twice", with(cat, "/paths/4/role_family", "omsorg"), "content.duplicate_id", "/paths/4/role_family",
       "chef"},
      {"family without path", without(cat, "/paths/1"), "content.missing_path", "/paths", "funktionsstod"},
  };
  for (const auto& c : cases) {
    auto files = test::fixture_files();
    files["catalog.json"] = c.text;
    const Catalog catalog = load_catalog(test::reader_of(files));
    EXPECT_TRUE(has_problem(catalog.problems, c.code, c.pointer))
        << c.name << ": expected " << c.code << " at '" << c.pointer << "', got\n" << list_problems(catalog.problems);
    EXPECT_EQ(catalog.modules.size(), 2u) << c.name;
    EXPECT_TRUE(catalog.instrument.has_value()) << c.name;
    EXPECT_TRUE(catalog.manager_survey.has_value()) << c.name;
    for (const auto& p : catalog.problems) EXPECT_EQ(p.file, "catalog.json") << c.name;
    if (c.family_left_out == "*") {
      EXPECT_TRUE(catalog.paths.empty()) << c.name;
    } else {
      if (!c.family_left_out.empty()) {
        EXPECT_EQ(catalog.paths.count(c.family_left_out), 0u) << c.name;
      }
      // The other families keep their (valid) paths.
      for (const char* family : {"omsorg", "funktionsstod", "halso-sjukvard", "handlaggning-utveckling", "chef"}) {
        if (family != c.family_left_out) {
          EXPECT_EQ(catalog.paths.count(family), 1u) << c.name << ": " << family;
        }
      }
    }
  }
}

// A path names a module whose file has a problem: the problem is reported, and the path keeps the
// modules that did load (people still get a suggested order).
TEST(Catalog, APathKeepsOnlyTheModulesThatLoaded) {
  auto files = test::fixture_files();
  files["modules/videosamtal/module.json"] = with(kModule2Json, "/minutes", 0);
  const Catalog c = load_catalog(test::reader_of(files));
  ASSERT_EQ(c.modules.size(), 1u);
  // Every path names "videosamtal", which did not load.
  EXPECT_TRUE(has_problem(c.problems, "content.unknown_module", "/paths/0/modules/1")) << list_problems(c.problems);
  EXPECT_TRUE(has_problem(c.problems, "content.unknown_module", "/paths/1/modules/0"));
  ASSERT_EQ(c.paths.size(), 5u);
  for (const auto& [family, modules] : c.paths) {
    EXPECT_EQ(modules, std::vector<std::string>{"saker-inloggning"}) << family;
  }
}

TEST(Catalog, ABrokenModuleIsLeftOutAndTheRestWorks) {
  auto files = test::fixture_files();
  files["modules/videosamtal/module.json"] = with(kModule2Json, "/pages/0/title", "x");
  const Catalog c = load_catalog(test::reader_of(files));
  ASSERT_EQ(c.modules.size(), 1u);
  EXPECT_EQ(c.modules[0].id, "saker-inloggning");
  ASSERT_FALSE(c.problems.empty());
  EXPECT_EQ(c.problems[0].code, "content.wrong_type");
  EXPECT_EQ(c.problems[0].file, "modules/videosamtal/module.json");
  EXPECT_EQ(c.problems[0].pointer, "/pages/0/title");
  // The learning paths that name the module left out say so, and keep the module that loaded.
  for (std::size_t i = 1; i < c.problems.size(); ++i) EXPECT_EQ(c.problems[i].code, "content.unknown_module");
  EXPECT_EQ(c.problems.size(), 6u) << list_problems(c.problems);
  EXPECT_EQ(c.paths.size(), 5u);
  EXPECT_TRUE(c.instrument.has_value());
  EXPECT_TRUE(c.manager_survey.has_value());
}

TEST(Catalog, ABrokenInstrumentIsLeftOut) {
  auto files = test::fixture_files();
  files["instruments/digcomp-omsorg/instrument.json"] = "{";
  const Catalog c = load_catalog(test::reader_of(files));
  EXPECT_FALSE(c.instrument.has_value());
  EXPECT_EQ(c.modules.size(), 2u);
  ASSERT_EQ(c.problems.size(), 1u);
  EXPECT_EQ(c.problems[0].code, "content.not_json");
  EXPECT_EQ(c.problems[0].file, "instruments/digcomp-omsorg/instrument.json");
}

TEST(Catalog, ABrokenSurveyIsLeftOut) {
  auto files = test::fixture_files();
  files["instruments/chefsenkat/survey.json"] = with(kSurveyJson, "/questions/0/topic", "budget");
  const Catalog c = load_catalog(test::reader_of(files));
  EXPECT_FALSE(c.manager_survey.has_value());
  EXPECT_TRUE(c.instrument.has_value());
  EXPECT_EQ(c.modules.size(), 2u);
  EXPECT_EQ(c.paths.size(), 5u);
  ASSERT_EQ(c.problems.size(), 1u) << list_problems(c.problems);
  EXPECT_EQ(c.problems[0].code, "content.bad_value");
  EXPECT_EQ(c.problems[0].file, "instruments/chefsenkat/survey.json");
  EXPECT_EQ(c.problems[0].pointer, "/questions/0/topic");
}

TEST(Catalog, MissingFiles) {
  {
    const Catalog c = load_catalog(test::reader_of({}));
    ASSERT_EQ(c.problems.size(), 1u);
    EXPECT_EQ(c.problems[0].code, "content.file_missing");
    EXPECT_EQ(c.problems[0].file, "catalog.json");
    EXPECT_EQ(c.problems[0].pointer, "");
  }
  auto files = test::fixture_files();
  files.erase("modules/videosamtal/module.json");
  files.erase("instruments/digcomp-omsorg/instrument.json");
  files.erase("instruments/chefsenkat/survey.json");
  const Catalog c = load_catalog(test::reader_of(files));
  EXPECT_EQ(c.modules.size(), 1u);
  EXPECT_FALSE(c.instrument.has_value());
  EXPECT_FALSE(c.manager_survey.has_value());
  EXPECT_TRUE(has_problem(c.problems, "content.file_missing", "/modules/1")) << list_problems(c.problems);
  EXPECT_TRUE(has_problem(c.problems, "content.file_missing", "/instruments/0"));
  EXPECT_TRUE(has_problem(c.problems, "content.file_missing", "/surveys/0"));
  for (const auto& p : c.problems) EXPECT_EQ(p.file, "catalog.json");
}

TEST(Catalog, ProblemsInCatalogJsonItself) {
  const std::string cat = test::kCatalogJson;
  const std::vector<Case> cases = {
      {"not json", "[", "content.not_json", ""},
      {"wrong format", with(cat, "/format", "digilyft-result"), "content.wrong_format", "/format"},
      {"future", with(cat, "/version", 2), "content.future_version", "/version"},
      {"modules missing", without(cat, "/modules"), "content.missing_field", "/modules"},
      {"modules empty", with(cat, "/modules", Json::array()), "content.empty_list", "/modules"},
      {"instruments empty", with(cat, "/instruments", Json::array()), "content.empty_list", "/instruments"},
      {"path number", with(cat, "/modules/0", 5), "content.wrong_type", "/modules/0"},
      {"path climbs out", with(cat, "/modules/0", "../secret.json"), "content.bad_value", "/modules/0"},
      {"absolute path", with(cat, "/modules/0", "/etc/passwd"), "content.bad_value", "/modules/0"},
      {"path twice", with(cat, "/modules/1", "modules/saker-inloggning/module.json"), "content.duplicate_id", "/modules/1"},
      {"two instruments", with(cat, "/instruments/1", "instruments/other/instrument.json"), "content.bad_value", "/instruments/1"},
      {"surveys missing", without(cat, "/surveys"), "content.missing_field", "/surveys"},
      {"surveys empty", with(cat, "/surveys", Json::array()), "content.empty_list", "/surveys"},
      {"surveys text", with(cat, "/surveys", "instruments/chefsenkat/survey.json"), "content.wrong_type", "/surveys"},
      {"survey path climbs out", with(cat, "/surveys/0", "../survey.json"), "content.bad_value", "/surveys/0"},
      {"two surveys", with(cat, "/surveys/1", "instruments/other/survey.json"), "content.bad_value", "/surveys/1"},
  };
  for (const auto& c : cases) {
    auto files = test::fixture_files();
    files["catalog.json"] = c.text;
    const Catalog catalog = load_catalog(test::reader_of(files));
    EXPECT_TRUE(has_problem(catalog.problems, c.code, c.pointer))
        << c.name << ": expected " << c.code << " at '" << c.pointer << "', got\n" << list_problems(catalog.problems);
    for (const auto& p : catalog.problems) {
      if (p.code == c.code) {
        EXPECT_EQ(p.file, "catalog.json") << c.name;
      }
    }
  }
}

TEST(Catalog, DuplicateModuleIdAcrossFiles) {
  auto files = test::fixture_files();
  files["modules/videosamtal/module.json"] = with(kModule2Json, "/id", "saker-inloggning");
  const Catalog c = load_catalog(test::reader_of(files));
  EXPECT_EQ(c.modules.size(), 1u);
  ASSERT_TRUE(has_problem(c.problems, "content.duplicate_id", "/id")) << list_problems(c.problems);
  EXPECT_EQ(c.problems[0].file, "modules/videosamtal/module.json");
}

// The instrument with its first four statements: every kind of statement field, a fraction of the
// text, so the character-by-character tests below stay fast.
std::string short_instrument() {
  Json doc = Json::parse(kInstrumentJson);
  doc["statements"].erase(doc["statements"].begin() + 4, doc["statements"].end());
  return doc.dump();
}

TEST(Content, ParsingNeverThrowsOnTruncatedFiles) {
  for (const std::string& full : {std::string(kModuleJson), std::string(kFullModuleJson), short_instrument(),
                                  std::string(kSurveyJson)}) {
    for (std::size_t n = 0; n < full.size(); ++n) {
      std::vector<Problem> problems;
      const std::string prefix = full.substr(0, n);
      EXPECT_NO_THROW({
        EXPECT_FALSE(parse_module(prefix, "m", problems).has_value());
        EXPECT_FALSE(parse_instrument(prefix, "i", problems).has_value());
        EXPECT_FALSE(parse_survey(prefix, "s", problems).has_value());
      });
    }
  }
}

// Replaces every value in the document, one at a time, with values of every other type.
TEST(Content, ParsingNeverThrowsOnWrongTypesAnywhere) {
  const std::vector<Json> replacements = {nullptr, true, 7, -1, 2.5, 1e300, "x", Json::array(), Json::object(),
                                          Json::array({1, "a"}), Json{{"sv", 1}}};
  for (const std::string& original : {std::string(kModuleJson), std::string(kFullModuleJson), short_instrument(),
                                      std::string(kSurveyJson), std::string(test::kCatalogJson)}) {
    const Json doc = Json::parse(original);
    const Json flat = doc.flatten();
    std::set<std::string> pointers;  // every value and every object or list holding values
    for (const auto& item : flat.items()) {
      Json::json_pointer p(item.key());
      while (!p.empty()) {
        pointers.insert(p.to_string());
        p = p.parent_pointer();
      }
    }
    for (const auto& pointer : pointers) {
      for (const auto& value : replacements) {
        Json changed = doc;
        changed[Json::json_pointer(pointer)] = value;
        const std::string text = changed.dump();
        std::vector<Problem> problems;
        EXPECT_NO_THROW({
          parse_module(text, "m", problems);
          parse_instrument(text, "i", problems);
          parse_survey(text, "s", problems);
          auto files = test::fixture_files();
          files["catalog.json"] = text;
          load_catalog(test::reader_of(files));
        }) << pointer;
      }
    }
  }
}

// The real content of the source tree must load without a single problem, pictures included.
Catalog load_shipped() { return test::load_shipped_catalog(); }

TEST(ShippedContent, LoadsWithoutProblems) {
  const Catalog catalog = load_shipped();
  EXPECT_TRUE(catalog.problems.empty()) << list_problems(catalog.problems);
  EXPECT_FALSE(catalog.modules.empty());
  EXPECT_TRUE(catalog.instrument.has_value());
  EXPECT_TRUE(catalog.manager_survey.has_value());
  EXPECT_EQ(catalog.paths.size(), 5u);  // one per role family
}

// The self-assessment and the manager survey exist in English too (the validator checks the same).
TEST(ShippedContent, InstrumentAndSurveyAreInEnglishToo) {
  const Catalog catalog = load_shipped();
  ASSERT_TRUE(catalog.instrument.has_value());
  ASSERT_TRUE(catalog.manager_survey.has_value());
  EXPECT_EQ(list_problems(missing_english(*catalog.instrument, "instrument")), "");
  EXPECT_EQ(list_problems(missing_english(*catalog.manager_survey, "survey")), "");
}

// Plain Swedish: the statements with the evaluation items, and the survey, at LIX 40 or below.
TEST(ShippedContent, InstrumentAndSurveyAreEasyToRead) {
  const Catalog catalog = load_shipped();
  ASSERT_TRUE(catalog.instrument.has_value());
  ASSERT_TRUE(catalog.manager_survey.has_value());
  for (const auto& [name, lix] : {std::pair<const char*, LixResult>{"instrument", instrument_lix(*catalog.instrument)},
                                  {"survey", survey_lix(*catalog.manager_survey)}}) {
    EXPECT_LE(lix.value(), kMaxModuleLix) << name << ": LIX " << lix.value() << " (" << lix.words << " words, "
                                          << lix.sentences << " sentences, " << lix.long_words << " long words)";
  }
}

// Plain Swedish for care staff: every module's Swedish text at LIX 40 or below.
// The app says "Inte riktigt. <why> Försök igen." itself: a why that also asks to try again would
// read "Försök igen. Försök igen.".
TEST(ShippedContent, WrongAnswerFeedbackLeavesTryAgainToTheApp) {
  const auto says_try_again = [](const LocalText& t) {
    for (const std::string& s : {t.sv, t.en}) {
      for (const char* phrase : {"Försök igen", "Försök sedan igen", "Prova igen", "ry again"}) {
        if (s.find(phrase) != std::string::npos && s.size() - s.find(phrase) < 25) return true;
      }
    }
    return false;
  };
  for (const Module& module : load_shipped().modules) {
    for (const Page& page : module.pages) {
      for (const PagePart& part : page.parts) {
        if (!part.question) continue;
        const Question& q = *part.question;
        EXPECT_FALSE(says_try_again(q.feedback_wrong)) << module.id << "/" << q.id << ": " << q.feedback_wrong.sv;
        for (const Choice& c : q.choices) {
          if (!c.correct) {
            EXPECT_FALSE(says_try_again(c.feedback)) << module.id << "/" << q.id << "/" << c.id;
          }
        }
      }
    }
  }
}

// A match question's left texts are labels, not sentences: the page writes "… : inget valt än" and
// "… hör ihop med …" after them (walk 5 read "kameran.: inget valt än").
TEST(ShippedContent, MatchLeftTextsEndWithoutAFullStop) {
  for (const Module& module : load_shipped().modules) {
    for (const Question* q : module.questions()) {
      for (const MatchPair& pair : q->pairs) {
        for (const std::string& left : {pair.left.sv, pair.left.en}) {
          EXPECT_TRUE(left.empty() || left.back() != '.') << module.id << "/" << q->id << ": " << left;
        }
      }
    }
  }
}

TEST(ShippedContent, EveryModuleIsEasyToRead) {
  for (const Module& module : load_shipped().modules) {
    const LixResult lix = module_lix(module);
    EXPECT_LE(lix.value(), kMaxModuleLix) << module.id << ": LIX " << lix.value() << " (" << lix.words << " words, "
                                          << lix.sentences << " sentences, " << lix.long_words << " long words)";
  }
}

}  // namespace
}  // namespace dl

namespace dl {
namespace {

TEST(PageEnglish, APageIsFullyInEnglishOnlyWhenEveryTextItShowsHasEnglish) {
  std::vector<Problem> problems;
  auto module = parse_module(test::kFullModuleJson, "m.json", problems);
  ASSERT_TRUE(module.has_value());
  Page page = module->pages.front();
  page.title = LocalText{"Sidan", "The page"};
  page.parts.clear();
  EXPECT_TRUE(page.fully_in_english());
  page.title.en.clear();
  EXPECT_FALSE(page.fully_in_english()) << "the title has no English";
  page.title = LocalText{"Sidan", "The page"};
  page.parts.resize(1);
  page.parts[0].kind = PagePart::Kind::question;
  page.parts[0].question = Question{};
  page.parts[0].question->prompt = LocalText{"Vad gör du?", "What do you do?"};
  page.parts[0].question->choices.push_back(Choice{"a", LocalText{"Ja", "Yes"}, true, LocalText{"Bra.", ""}});
  EXPECT_FALSE(page.fully_in_english()) << "a choice's feedback has no English";
  page.parts[0].question->choices[0].feedback.en = "Good.";
  EXPECT_TRUE(page.fully_in_english());
}

TEST(Content, ACourseFitsTheListsFilters) {
  Module m;
  m.roles = {"omsorg", "funktionsstod"};
  m.level = Level::foundation;
  EXPECT_TRUE(module_fits(m, "", ""));
  EXPECT_TRUE(module_fits(m, "omsorg", ""));
  EXPECT_FALSE(module_fits(m, "chef", ""));
  EXPECT_TRUE(module_fits(m, "", level_id(Level::foundation)));
  EXPECT_FALSE(module_fits(m, "omsorg", "medel"));
}

}  // namespace
}  // namespace dl
