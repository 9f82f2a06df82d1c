// Tests for the envelope of a sealed result file: written in order, read strictly.
#include "core/sealed_file.hpp"

#include <gtest/gtest.h>

#include "core/base64url.hpp"

namespace dl {
namespace {

SealedFile example() {
  return SealedFile{"K7QM4XPD", base64url_encode(std::vector<unsigned char>(65, 4)),
                    base64url_encode(std::vector<unsigned char>(12, 1)), base64url_encode(std::vector<unsigned char>(40, 9))};
}

TEST(SealedFile, WrittenAndReadBack) {
  const std::string text = sealed_file_json(example());
  EXPECT_EQ(text.rfind("{\n  \"format\": \"digilyft-sealed\",\n  \"version\": 1,\n  \"programme\": \"K7QM4XPD\",", 0), 0u);
  EXPECT_TRUE(is_sealed_file(text));
  std::vector<Problem> problems;
  EXPECT_EQ(parse_sealed_file(text, "f.json", problems), example());
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(seal_additional_data("K7QM4XPD"), "digilyft-sealed 1 K7QM4XPD");
}

TEST(SealedFile, ABrokenEnvelopeIsDamagedAndANewerOneAsksForAnUpdate) {
  const auto code_of = [](const std::string& text) {
    std::vector<Problem> problems;
    EXPECT_FALSE(parse_sealed_file(text, "f.json", problems));
    return problems.empty() ? std::string() : problems.front().code;
  };
  std::string text = sealed_file_json(example());
  EXPECT_EQ(code_of(text.substr(0, text.size() / 2)), "result.sealed_damaged");
  SealedFile bad = example();
  bad.iv = base64url_encode(std::vector<unsigned char>(11, 1));
  EXPECT_EQ(code_of(sealed_file_json(bad)), "result.sealed_damaged");
  bad = example();
  bad.programme = "K7QM4XP0";
  EXPECT_EQ(code_of(sealed_file_json(bad)), "result.sealed_damaged");
  bad = example();
  bad.data = "a+b";
  EXPECT_EQ(code_of(sealed_file_json(bad)), "result.sealed_damaged");
  std::string extra = sealed_file_json(example());
  extra.insert(extra.rfind('}'), ",\"name\":\"Anna\"");
  EXPECT_EQ(code_of(extra), "result.sealed_damaged") << "no room for anything else";
  std::string newer = sealed_file_json(example());
  newer.replace(newer.find("\"version\": 1"), 12, "\"version\": 2");
  EXPECT_EQ(code_of(newer), "result.future_version");
  EXPECT_FALSE(is_sealed_file("{\"format\":\"digilyft-result\"}"));
  // The quick look for the format's name before parsing must not miss one spelled with escapes.
  EXPECT_TRUE(is_sealed_file("{\"format\":\"digilyft-\\u0073ealed\"}"));
  EXPECT_FALSE(is_sealed_file("{\"format\":\"digilyft-\\u0073ealer\"}"));
}

}  // namespace
}  // namespace dl
