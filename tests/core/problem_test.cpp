// Tests for problem texts: every code has its own sentence in both languages; author lines.
#include "core/problem.hpp"

#include <set>

#include <gtest/gtest.h>

namespace dl {
namespace {

const char* const kCodes[] = {
    "content.not_json", "content.wrong_format", "content.future_version", "content.missing_field",
    "content.wrong_type", "content.empty_list", "content.duplicate_id", "content.no_correct_choice",
    "content.unknown_area", "content.text_too_long", "content.missing_swedish", "content.file_missing",
    "content.bad_value", "result.not_json", "result.too_large", "result.foreign_file", "result.future_version",
    "result.missing_field", "result.wrong_type", "result.bad_value", "result.unknown_instrument",
    "result.unknown_statement", "result.unknown_module", "result.unexpected_field", "result.duplicate_round",
    "result.round_order", "result.not_in_round", "result.not_then_now", "result.unknown_evaluation_item",
    "result.not_use_item", "result.unknown_survey", "result.unknown_survey_question", "result.bad_survey_answer",
    "result.no_checksum", "result.bad_checksum",
    "programme.bad_id", "programme.no_name", "programme.name_too_long", "programme.bad_text",
    "programme.no_organisation", "programme.too_many_organisations", "programme.bad_organisation_code",
    "programme.duplicate_organisation", "programme.bad_organisation_name", "programme.no_module",
    "programme.unknown_module", "programme.unknown_instrument", "programme.duplicate_content",
    "programme.bad_interval", "programme.link_too_long", "programme.bad_link", "programme.newer_link",
    "workspace.unreadable",
    "progress.not_json",
    "progress.wrong_format", "progress.future_version", "progress.wrong_type"};

TEST(Problem, EveryCodeHasItsOwnSentence) {
  const std::string fallback = describe(Problem{"no.such_code", "", "", ""}, Lang::sv);
  std::set<std::string> seen;
  for (const char* code : kCodes) {
    const std::string sv = describe(Problem{code, "f", "/x", "d"}, Lang::sv);
    const std::string en = describe(Problem{code, "f", "/x", "d"}, Lang::en);
    EXPECT_NE(sv, fallback) << code;
    EXPECT_NE(sv, en) << code;
    EXPECT_FALSE(sv.empty());
    EXPECT_LT(sv.size(), 160u) << code;  // short sentences
    // Within one kind of file every code reads differently (content and result may share one).
    const std::string kind = std::string(code).substr(0, std::string(code).find('.'));
    EXPECT_TRUE(seen.insert(kind + ":" + sv).second) << code;
  }
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
