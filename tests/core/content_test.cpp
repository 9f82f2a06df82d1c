// Tests for content parsing: every content.* code with its JSON pointer, the catalog loader, and the
// real content/ folder of the source tree (ShippedContent).
#include "core/content.hpp"

#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "fixtures.hpp"

namespace dl {
namespace {

using test::has_problem;
using test::kInstrumentJson;
using test::kModule2Json;
using test::kModuleJson;
using test::list_problems;
using test::with;
using test::without;
using Json = nlohmann::json;

TEST(Content, ValidModuleParses) {
  std::vector<Problem> problems;
  auto m = parse_module(kModuleJson, "m.json", problems);
  ASSERT_TRUE(m.has_value()) << list_problems(problems);
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(m->id, "saker-inloggning");
  EXPECT_EQ(m->title.in(Lang::en), "Safe login");
  EXPECT_EQ(m->summary.in(Lang::en), "Så loggar du in säkert på jobbet.");  // falls back to Swedish
  EXPECT_EQ(m->minutes, 15);
  ASSERT_EQ(m->areas.size(), 2u);
  EXPECT_EQ(m->areas[0], Area::safety);
  ASSERT_EQ(m->pages.size(), 2u);
  EXPECT_EQ(m->pages[0].key_points.size(), 1u);
  EXPECT_FALSE(m->pages[0].question.has_value());
  ASSERT_TRUE(m->pages[1].question.has_value());
  const Question& q = *m->pages[1].question;
  ASSERT_EQ(q.choices.size(), 3u);
  EXPECT_TRUE(q.find_choice("b")->correct);
  EXPECT_FALSE(q.find_choice("c")->correct);  // "correct" may be left out: false
  EXPECT_EQ(q.find_choice("zzz"), nullptr);
  EXPECT_EQ(m->page_index("losenord"), 1);
  EXPECT_EQ(m->page_index("nope"), -1);
  EXPECT_EQ(m->find_page("varfor")->title.sv, "Varför det spelar roll");
  EXPECT_EQ(m->question_count(), 1);
}

TEST(Content, ValidInstrumentParses) {
  std::vector<Problem> problems;
  auto i = parse_instrument(kInstrumentJson, "i.json", problems);
  ASSERT_TRUE(i.has_value()) << list_problems(problems);
  EXPECT_EQ(i->id, "digcomp-omsorg");
  EXPECT_EQ(i->version, 1);
  EXPECT_EQ(i->statements.size(), 6u);
  EXPECT_EQ(i->statements_in(Area::information).size(), 2u);
  EXPECT_EQ(i->find_statement("prob-1")->area, Area::problem_solving);
  EXPECT_EQ(i->find_statement("none"), nullptr);
}

TEST(Content, LevelsAndLabels) {
  for (int level : {kNotApplicable, 0, 1, 2, 3}) EXPECT_TRUE(is_valid_level(level)) << level;
  for (int level : {-2, 4, 100}) EXPECT_FALSE(is_valid_level(level)) << level;
  EXPECT_STREQ(level_label(0).sv, "Jag vet inte hur man gör");
  EXPECT_STREQ(level_label(3).sv, "Jag kan det säkert och kan hjälpa andra");
  EXPECT_STREQ(level_label(kNotApplicable).sv, "Ej aktuellt i mitt arbete");
  EXPECT_STREQ(level_label(2).en, "I can on my own");
}

// One broken module or instrument and the code + pointer it must give.
struct Case {
  std::string name;
  std::string text;
  std::string code;
  std::string pointer;
};

std::string long_text(std::size_t n) { return std::string(n, 'a'); }
Json sv(const std::string& s) { return Json{{"sv", s}}; }

std::vector<Case> module_cases() {
  const std::string m = kModuleJson;
  const std::string m2 = kModule2Json;
  const std::string choice0 = "/pages/1/question/choices/0";
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
      {"areas empty", with(m, "/areas", Json::array()), "content.empty_list", "/areas"},
      {"area unknown", with(m, "/areas/0", "cooking"), "content.unknown_area", "/areas/0"},
      {"area twice", with(m, "/areas/1", "safety"), "content.duplicate_id", "/areas/1"},
      {"area number", with(m, "/areas/1", 4), "content.wrong_type", "/areas/1"},
      {"pages object", with(m, "/pages", Json::object()), "content.wrong_type", "/pages"},
      {"pages empty", with(m, "/pages", Json::array()), "content.empty_list", "/pages"},
      {"page not object", with(m, "/pages/0", "varfor"), "content.wrong_type", "/pages/0"},
      {"page id twice", with(m, "/pages/1/id", "varfor"), "content.duplicate_id", "/pages/1/id"},
      {"page title missing", without(m, "/pages/0/title"), "content.missing_field", "/pages/0/title"},
      {"paragraphs empty", with(m, "/pages/0/paragraphs", Json::array()), "content.empty_list", "/pages/0/paragraphs"},
      {"paragraphs text", with(m, "/pages/0/paragraphs", "x"), "content.wrong_type", "/pages/0/paragraphs"},
      {"paragraph too long", with(m, "/pages/0/paragraphs/0", sv(long_text(601))), "content.text_too_long", "/pages/0/paragraphs/0/sv"},
      {"key point no sv", with(m, "/pages/0/key_points/0", Json{{"en", "x"}}), "content.missing_swedish", "/pages/0/key_points/0"},
      {"question not object", with(m, "/pages/1/question", Json::array()), "content.wrong_type", "/pages/1/question"},
      {"prompt missing", without(m, "/pages/1/question/prompt"), "content.missing_field", "/pages/1/question/prompt"},
      {"one choice", with(m, "/pages/1/question/choices", Json::array({Json::parse(R"({"id":"b","text":{"sv":"x"},"correct":true,"feedback":{"sv":"y"}})")})),
       "content.empty_list", "/pages/1/question/choices"},
      {"choice id twice", with(m, "/pages/1/question/choices/1/id", "a"), "content.duplicate_id", "/pages/1/question/choices/1/id"},
      {"no correct choice", with(m, "/pages/1/question/choices/1/correct", false), "content.no_correct_choice", "/pages/1/question/choices"},
      {"correct as text", with(m, choice0 + "/correct", "yes"), "content.wrong_type", choice0 + "/correct"},
      {"choice without feedback", without(m, choice0 + "/feedback"), "content.missing_field", choice0 + "/feedback"},
      {"feedback too long", with(m, choice0 + "/feedback", sv(long_text(601))), "content.text_too_long", choice0 + "/feedback/sv"},
      {"choice text too long", with(m, choice0 + "/text", sv(long_text(201))), "content.text_too_long", choice0 + "/text/sv"},
      {"question id twice in module", with(m2, "/pages/1/question/id", "q1"), "content.duplicate_id", "/pages/1/question/id"},
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

TEST(Content, EveryInstrumentProblemHasItsCodeAndPointer) {
  const std::string i = kInstrumentJson;
  const std::vector<Case> cases = {
      {"not json", "nope", "content.not_json", ""},
      {"module format", with(i, "/format", "digilyft-module"), "content.wrong_format", "/format"},
      {"future", with(i, "/version", 7), "content.future_version", "/version"},
      {"intro missing", without(i, "/intro"), "content.missing_field", "/intro"},
      {"statements text", with(i, "/statements", "x"), "content.wrong_type", "/statements"},
      {"statement id twice", with(i, "/statements/1/id", "info-1"), "content.duplicate_id", "/statements/1/id"},
      {"statement area unknown", with(i, "/statements/0/area", "cooking"), "content.unknown_area", "/statements/0/area"},
      {"statement area missing", without(i, "/statements/2/area"), "content.missing_field", "/statements/2/area"},
      {"statement text too long", with(i, "/statements/0/text", sv(long_text(201))), "content.text_too_long", "/statements/0/text/sv"},
      {"statement text no sv", with(i, "/statements/0/text", Json::object()), "content.missing_swedish", "/statements/0/text"},
      {"area without statement", with(i, "/statements/4/area", "information"), "content.empty_list", "/statements"},
      {"no statements", with(i, "/statements", Json::array()), "content.empty_list", "/statements"},
  };
  for (const auto& c : cases) {
    std::vector<Problem> problems;
    EXPECT_FALSE(parse_instrument(c.text, "i.json", problems).has_value()) << c.name;
    EXPECT_TRUE(has_problem(problems, c.code, c.pointer))
        << c.name << ": expected " << c.code << " at '" << c.pointer << "', got\n" << list_problems(problems);
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
  // An unknown field is ignored, but a wrongly typed text under a key with '/' names it correctly.
  std::vector<Problem> problems;
  const std::string text = with(kModuleJson, "/title", Json{{"sv", "ok"}, {"en", Json::array()}});
  EXPECT_FALSE(parse_module(text, "m", problems).has_value());
  EXPECT_TRUE(has_problem(problems, "content.wrong_type", "/title/en"));
}

TEST(Content, ReportsEveryProblemNotOnlyTheFirst) {
  std::string text = with(kModuleJson, "/minutes", 0);
  text = with(text, "/pages/0/id", "BAD");
  std::vector<Problem> problems;
  EXPECT_FALSE(parse_module(text, "m", problems).has_value());
  EXPECT_TRUE(has_problem(problems, "content.bad_value", "/minutes"));
  EXPECT_TRUE(has_problem(problems, "content.bad_value", "/pages/0/id"));
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
}

TEST(Catalog, ABrokenModuleIsLeftOutAndTheRestWorks) {
  auto files = test::fixture_files();
  files["modules/videosamtal/module.json"] = with(kModule2Json, "/pages/0/title", "x");
  const Catalog c = load_catalog(test::reader_of(files));
  ASSERT_EQ(c.modules.size(), 1u);
  EXPECT_EQ(c.modules[0].id, "saker-inloggning");
  ASSERT_EQ(c.problems.size(), 1u) << list_problems(c.problems);
  EXPECT_EQ(c.problems[0].code, "content.wrong_type");
  EXPECT_EQ(c.problems[0].file, "modules/videosamtal/module.json");
  EXPECT_EQ(c.problems[0].pointer, "/pages/0/title");
  EXPECT_TRUE(c.instrument.has_value());
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
  const Catalog c = load_catalog(test::reader_of(files));
  EXPECT_EQ(c.modules.size(), 1u);
  EXPECT_FALSE(c.instrument.has_value());
  EXPECT_TRUE(has_problem(c.problems, "content.file_missing", "/modules/1")) << list_problems(c.problems);
  EXPECT_TRUE(has_problem(c.problems, "content.file_missing", "/instruments/0"));
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

TEST(Content, ParsingNeverThrowsOnTruncatedFiles) {
  for (const std::string& full : {std::string(kModuleJson), std::string(kInstrumentJson)}) {
    for (std::size_t n = 0; n < full.size(); ++n) {
      std::vector<Problem> problems;
      const std::string prefix = full.substr(0, n);
      EXPECT_NO_THROW({
        EXPECT_FALSE(parse_module(prefix, "m", problems).has_value());
        EXPECT_FALSE(parse_instrument(prefix, "i", problems).has_value());
      });
    }
  }
}

// Replaces every value in the document, one at a time, with values of every other type.
TEST(Content, ParsingNeverThrowsOnWrongTypesAnywhere) {
  const std::vector<Json> replacements = {nullptr, true, 7, -1, 2.5, 1e300, "x", Json::array(), Json::object(),
                                          Json::array({1, "a"}), Json{{"sv", 1}}};
  for (const std::string& original : {std::string(kModuleJson), std::string(kInstrumentJson), std::string(test::kCatalogJson)}) {
    const Json doc = Json::parse(original);
    const Json flat = doc.flatten();
    std::vector<std::string> pointers;
    for (const auto& item : flat.items()) {
      Json::json_pointer p(item.key());
      while (!p.empty()) {
        pointers.push_back(p.to_string());
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
          auto files = test::fixture_files();
          files["catalog.json"] = text;
          load_catalog(test::reader_of(files));
        }) << pointer;
      }
    }
  }
}

// The real content of the source tree must load without a single problem.
TEST(ShippedContent, LoadsWithoutProblems) {
  const std::string dir = DL_CONTENT_DIR;
  const Catalog catalog = load_catalog([&dir](const std::string& path) -> std::optional<std::string> {
    std::ifstream in(dir + "/" + path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  });
  EXPECT_TRUE(catalog.problems.empty()) << list_problems(catalog.problems);
  EXPECT_FALSE(catalog.modules.empty());
  EXPECT_TRUE(catalog.instrument.has_value());
}

}  // namespace
}  // namespace dl
