// Tests for problem texts: every code of the one list has its own sentence in both languages, and
// every code the sources name is in that list; author lines.
#include "core/problem.hpp"

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

namespace dl {
namespace {

TEST(Problem, EveryCodeHasItsOwnSentence) {
  const std::string fallback = describe(Problem{"no.such_code", "", "", ""}, Lang::sv);
  std::set<std::string> seen;
  ASSERT_GT(problem_codes().size(), 80u);
  for (const std::string& code : problem_codes()) {
    const std::string sv = describe(Problem{code, "f", "/x", "d"}, Lang::sv);
    const std::string en = describe(Problem{code, "f", "/x", "d"}, Lang::en);
    EXPECT_NE(sv, fallback) << code;
    EXPECT_NE(sv, en) << code;
    EXPECT_FALSE(sv.empty());
    EXPECT_LT(sv.size(), 160u) << code;  // short sentences
    // Within one kind of file every code reads differently (content and result may share one).
    const std::string kind = code.substr(0, code.find('.'));
    EXPECT_TRUE(seen.insert(kind + ":" + sv).second) << code;
  }
}

// Every full code written in the sources ("result.no_programme") is in the list; the parsers'
// short codes ("duplicate_id" under "content.") are checked as they are reported (an assertion in
// json_read::Reader::report, on in every Debug build: the sanitizer run of the tests).
TEST(Problem, EveryCodeTheSourcesNameIsInTheList) {
  const std::regex code(R"re("((content|result|programme|workspace|progress|key)\.[a-z_]+)")re");
  std::size_t found = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(DL_SOURCE_DIR)) {
    const std::string ext = entry.path().extension().string();
    if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp")) continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    const std::string source = text.str();
    for (auto it = std::sregex_iterator(source.begin(), source.end(), code); it != std::sregex_iterator(); ++it) {
      const std::string name = (*it)[1].str();
      const std::string suffix = name.substr(name.find('.') + 1);
      if (suffix == "hpp" || suffix == "cpp" || suffix == "json") continue;  // a file name, not a code
      ++found;
      EXPECT_TRUE(is_problem_code(name)) << entry.path() << " names " << name << ", which has no sentence";
    }
  }
  EXPECT_GT(found, 90u);
}

// The codes the shared reader reports itself ("wrong_type", "bad_value" …) can come under every
// prefix a parser gives it, so each of them has a sentence under each of those prefixes. (The
// assertion in Reader::report finds a missing one only when a test reaches it.)
TEST(Problem, EveryCodeOfTheSharedReaderHasASentenceUnderEveryPrefix) {
  const auto read = [](const std::filesystem::path& path) {
    std::ifstream in(path);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  };
  const std::filesystem::path core = std::filesystem::path(DL_SOURCE_DIR) / "core";
  std::set<std::string> codes;
  const std::string reader = read(core / "json_reader.cpp");
  const std::regex report(R"re(report\("([a-z_]+)")re");
  for (auto it = std::sregex_iterator(reader.begin(), reader.end(), report); it != std::sregex_iterator(); ++it)
    codes.insert((*it)[1].str());
  const std::regex ternary(R"re(\?\s*"([a-z_]+)"\s*:\s*"([a-z_]+)")re");  // report(a ? "x" : "y", …)
  for (auto it = std::sregex_iterator(reader.begin(), reader.end(), ternary); it != std::sregex_iterator(); ++it) {
    codes.insert((*it)[1].str());
    codes.insert((*it)[2].str());
  }
  std::set<std::string> prefixes;
  const std::regex made(R"re(Reader \w+\("([a-z]+\.)")re");
  for (const auto& entry : std::filesystem::directory_iterator(core)) {
    if (entry.path().extension() != ".cpp") continue;
    const std::string source = read(entry.path());
    for (auto it = std::sregex_iterator(source.begin(), source.end(), made); it != std::sregex_iterator(); ++it)
      prefixes.insert((*it)[1].str());
  }
  EXPECT_TRUE(codes.count("bad_value") && codes.count("wrong_type") && codes.count("missing_field")) << codes.size();
  EXPECT_EQ(prefixes, (std::set<std::string>{"content.", "progress.", "result."}));
  for (const std::string& prefix : prefixes)
    for (const std::string& code : codes) EXPECT_TRUE(is_problem_code(prefix + code)) << prefix << code;
}

TEST(Problem, KnownSentences) {
  EXPECT_EQ(describe(Problem{"result.foreign_file", "", "", ""}, Lang::sv), "Filen är inte en resultatfil från Digilyft.");
  EXPECT_EQ(describe(Problem{"result.foreign_file", "", "", ""}, Lang::en), "The file is not a Digilyft result file.");
  EXPECT_EQ(describe(Problem{"result.not_json", "", "", ""}, Lang::sv), "Filen går inte att läsa. Den kan vara skadad.");
  EXPECT_EQ(describe(Problem{"result.future_version", "", "", ""}, Lang::sv),
            "Filen kommer från en nyare version av Digilyft. Uppdatera sidan och försök igen.");
}

TEST(Problem, AuthorLine) {
  EXPECT_EQ(format_for_author(Problem{"content.duplicate_id", "modules/a/module.json", "/pages/1/id", "intro"}),
            "modules/a/module.json#/pages/1/id: content.duplicate_id: intro");
  EXPECT_EQ(format_for_author(Problem{"content.not_json", "catalog.json", "", ""}), "catalog.json#: content.not_json");
}

TEST(I18n, LanguageCodes) {
  EXPECT_STREQ(lang_code(Lang::sv), "sv");
  EXPECT_STREQ(lang_code(Lang::en), "en");
  EXPECT_EQ(lang_from_code("en"), Lang::en);
  EXPECT_EQ(lang_from_code("fi"), Lang::sv);
  LocalText t{"Hej", ""};
  EXPECT_EQ(t.in(Lang::en), "Hej");
  EXPECT_FALSE(t.has(Lang::en));
}

TEST(I18n, CountsInRunningTextAreGroupedFromFiveDigits) {
  EXPECT_EQ(count_text(0, Lang::sv), "0");
  EXPECT_EQ(count_text(2500, Lang::sv), "2500");
  EXPECT_EQ(count_text(10000, Lang::sv), "10\u00A0000");
  EXPECT_EQ(count_text(1234567, Lang::sv), "1\u00A0234\u00A0567");
  EXPECT_EQ(count_text(10000, Lang::en), "10,000");
  EXPECT_EQ(count_text(-123456, Lang::en), "-123,456");
  EXPECT_EQ(count_words(1, Lang::sv, {"fil", "file"}, {"filer", "files"}), "1 fil");
  EXPECT_EQ(count_words(0, Lang::sv, {"fil", "file"}, {"filer", "files"}), "0 filer");
  EXPECT_EQ(count_words(10000, Lang::en, {"fil", "file"}, {"filer", "files"}), "10,000 files");
}

}  // namespace
}  // namespace dl
