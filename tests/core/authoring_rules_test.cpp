// The authoring rules of a course and the teaching of every self-assessment statement
// (core/authoring_rules.hpp), on the shipped content and on courses that break one rule each.
#include "core/authoring_rules.hpp"

#include "shipped_content.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace dl {
namespace {


Catalog load_shipped() { return test::load_shipped_catalog(); }

std::string codes(const std::vector<Problem>& problems) {
  std::string out;
  for (const Problem& p : problems) out += p.code + " " + p.pointer + ": " + p.detail + "\n";
  return out;
}

// A part of `kind` with nothing in it (the rules count kinds, not texts).
PagePart part_of(PagePart::Kind kind) {
  PagePart part;
  part.kind = kind;
  return part;
}

// A course that keeps every rule: 5 pages, 5 questions of 3 kinds, a scenario, a reflection.
Module good_course() {
  Module m;
  m.id = "kurs";
  m.minutes = 15;
  m.sources = {LocalText{"Socialtjänstlag (2025:400)", "Social Services Act (2025:400)"}};
  m.checked = Date{2026, 12, 7};
  const QuestionKind kinds[] = {QuestionKind::single, QuestionKind::multiple, QuestionKind::order,
                                QuestionKind::single, QuestionKind::true_false};
  for (int i = 0; i < 5; ++i) {
    Page page;
    page.id = "sida-" + std::to_string(i);
    PagePart question;
    question.kind = PagePart::Kind::question;
    question.question = Question{};
    question.question->id = "fraga-" + std::to_string(i);
    question.question->kind = kinds[i];
    page.parts.push_back(question);
    m.pages.push_back(page);
  }
  m.pages[1].parts.push_back(part_of(PagePart::Kind::scenario));
  m.pages[4].parts.push_back(part_of(PagePart::Kind::reflection));
  return m;
}

TEST(AuthoringRules, TheShippedCoursesKeepThemAndEveryStatementIsTaughtOrMarked) {
  const Catalog catalog = load_shipped();
  ASSERT_TRUE(catalog.problems.empty()) << codes(catalog.problems);
  for (const Module& module : catalog.modules) {
    EXPECT_EQ(codes(authoring_problems(module, module.file)), "") << module.id;
    EXPECT_FALSE(module.sources.empty()) << module.id;
    EXPECT_TRUE(module.checked.has_value()) << module.id;
  }
  EXPECT_EQ(codes(teaching_problems(catalog, {}, "instrument")), "");
  // The statements no course teaches yet are marked, and no more than the content review found.
  int untaught = 0;
  for (const Statement& s : catalog.instrument->statements) untaught += s.taught ? 0 : 1;
  EXPECT_LE(untaught, 10);
}

TEST(AuthoringRules, AGoodCourseHasNoProblem) { EXPECT_EQ(codes(authoring_problems(good_course(), "k.json")), ""); }

TEST(AuthoringRules, EachBrokenRuleIsNamed) {
  const auto one = [](Module m, const char* pointer, const char* words) {
    const std::vector<Problem> problems = authoring_problems(m, "k.json");
    ASSERT_EQ(problems.size(), 1u) << codes(problems);
    EXPECT_EQ(problems[0].code, "content.authoring");
    EXPECT_EQ(problems[0].pointer, pointer);
    EXPECT_NE(problems[0].detail.find(words), std::string::npos) << problems[0].detail;
  };
  Module m = good_course();
  m.minutes = 25;
  one(m, "/minutes", "10–20 minutes: 25");
  m = good_course();
  m.minutes = 9;
  one(m, "/minutes", "10–20 minutes: 9");
  m = good_course();
  m.sources.clear();
  one(m, "/sources", "sources");
  m = good_course();
  m.checked.reset();
  one(m, "/checked", "checked");
  m = good_course();
  for (Page& page : m.pages) {
    for (PagePart& part : page.parts) {
      if (part.question) part.question->kind = QuestionKind::single;
    }
  }
  one(m, "/pages", "at least 3 kinds: 1");
  m = good_course();
  m.pages[1].parts.pop_back();
  one(m, "/pages", "scenario");
  m = good_course();
  m.pages.resize(3);
  m.pages[2].parts.push_back(part_of(PagePart::Kind::reflection));
  m.pages[1].parts.push_back(part_of(PagePart::Kind::scenario));
  const std::vector<Problem> short_course = authoring_problems(m, "k.json");
  EXPECT_NE(codes(short_course).find("4–6 pages: 3"), std::string::npos) << codes(short_course);
  EXPECT_NE(codes(short_course).find("4–8 questions: 3"), std::string::npos) << codes(short_course);
}

TEST(AuthoringRules, EveryStatementIsTaughtOrMarkedAndNoCourseTeachesAMarkedOne) {
  Catalog catalog = load_shipped();
  ASSERT_TRUE(catalog.instrument.has_value());
  Instrument& instrument = *catalog.instrument;
  // The shipped courses teach every statement (issue 17): none is marked, and nothing is missing.
  for (const Statement& s : instrument.statements) EXPECT_TRUE(s.taught) << s.id;
  EXPECT_EQ(codes(teaching_problems(catalog, {}, "instrument.json")), "");
  // A statement no course teaches any more, still marked as taught.
  Statement& untaught = instrument.statements.back();
  for (Module& m : catalog.modules) {
    m.teaches.erase(std::remove(m.teaches.begin(), m.teaches.end(), untaught.id), m.teaches.end());
  }
  std::vector<Problem> problems = teaching_problems(catalog, {}, "instrument.json");
  ASSERT_EQ(problems.size(), 1u) << codes(problems);
  EXPECT_EQ(problems[0].code, "content.not_taught");
  EXPECT_EQ(problems[0].file, "instrument.json");
  EXPECT_NE(problems[0].detail.find(untaught.id), std::string::npos);
  // Marked as not taught here, it is fine.
  untaught.taught = false;
  EXPECT_EQ(codes(teaching_problems(catalog, {}, "instrument.json")), "");
  // A course that names a statement marked as not taught, and one that does not exist.
  catalog.modules.front().teaches.push_back(untaught.id);
  catalog.modules.front().teaches.push_back("finns-inte");
  problems = teaching_problems(catalog, {{catalog.modules.front().id, "modules/x/module.json"}}, "instrument.json");
  ASSERT_EQ(problems.size(), 2u) << codes(problems);
  EXPECT_EQ(problems[0].code, "content.taught_anyway");
  EXPECT_EQ(problems[0].file, "modules/x/module.json");
  EXPECT_EQ(problems[1].code, "content.unknown_statement");
  EXPECT_EQ(problems[1].detail, "finns-inte");
}

TEST(AuthoringRules, SourcesCheckedAndTeachesAreRead) {
  const Catalog catalog = load_shipped();
  const Module* module = catalog.find_module("informationssakerhet-i-vardagen");
  ASSERT_NE(module, nullptr);
  EXPECT_EQ(module->sources.front().sv, "Dataskyddsförordningen, GDPR (EU 2016/679)");
  ASSERT_TRUE(module->checked.has_value());
  EXPECT_TRUE(is_valid_date(*module->checked));
  EXPECT_NE(std::find(module->teaches.begin(), module->teaches.end(), "safety-4"), module->teaches.end());
}

// The format: a day that is not a date, or an empty list of sources, is a problem at its field.
TEST(AuthoringRules, ABadCheckedDayOrNoSourcesIsAProblemOfTheFile) {
  const std::string path = std::string(DL_CONTENT_DIR) + "/modules/digital-arbetsmiljo/module.json";
  nlohmann::json doc = nlohmann::json::parse(*test::read_text_file(path));
  const auto problems_of = [](const nlohmann::json& d) {
    std::vector<Problem> problems;
    parse_module(d.dump(), "m.json", problems);
    return problems;
  };
  doc["checked"] = "2026-02-30";
  std::vector<Problem> problems = problems_of(doc);
  ASSERT_EQ(problems.size(), 1u) << codes(problems);
  EXPECT_EQ(problems[0].code, "content.bad_value");
  EXPECT_EQ(problems[0].pointer, "/checked");
  doc["checked"] = "2026-12-07";
  doc["sources"] = nlohmann::json::array();
  problems = problems_of(doc);
  ASSERT_EQ(problems.size(), 1u) << codes(problems);
  EXPECT_EQ(problems[0].pointer, "/sources");
  doc.erase("sources");
  doc.erase("checked");
  EXPECT_EQ(codes(problems_of(doc)), "") << "optional for the app";
}

}  // namespace
}  // namespace dl
