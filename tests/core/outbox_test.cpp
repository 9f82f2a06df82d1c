// Tests for the outbox file: several sealed files in one, written in order and read strictly.
#include "core/outbox.hpp"

#include <gtest/gtest.h>

#include "core/base64url.hpp"

namespace dl {
namespace {

HandedIn handed_in(unsigned char seed) {
  return HandedIn{"digilyft-resultat-2026-Q4-K7QM4XP" + std::string(1, static_cast<char>('A' + seed)) + ".json",
                  SealedFile{"PRGM2345", base64url_encode(std::vector<unsigned char>(65, 4)),
                             base64url_encode(std::vector<unsigned char>(12, seed)),
                             base64url_encode(std::vector<unsigned char>(40, seed))}};
}

TEST(Outbox, ThreeHandedInFilesWrittenAndReadBack) {
  const std::vector<HandedIn> files{handed_in(0), handed_in(1), handed_in(2)};
  const std::string text = outbox_file_json(files);
  EXPECT_TRUE(is_outbox_file(text));
  EXPECT_FALSE(is_sealed_file(text));
  std::vector<Problem> problems;
  EXPECT_EQ(parse_outbox_file(text, "o.json", problems), std::optional<std::vector<HandedIn>>(files));
  EXPECT_TRUE(problems.empty());
  EXPECT_EQ(outbox_file_name(3), "digilyft-inlamnade-3-filer.json");
  EXPECT_EQ(outbox_file_name(1), "digilyft-inlamnade-1-fil.json");
}

// The quick look for the format's name before parsing must not miss a format spelled with escapes.
TEST(Outbox, AFormatSpelledWithEscapesIsStillAnOutbox) {
  std::string text = outbox_file_json({handed_in(0)});
  const std::size_t at = text.find("digilyft-outbox");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 15, "digilyft-\\u006futbox");
  EXPECT_TRUE(is_outbox_file(text));
  EXPECT_FALSE(is_outbox_file("{\"format\":\"digilyft-result\",\"x\":\"\\u0041\"}"));
  EXPECT_FALSE(is_outbox_file("{\"format\":\"digilyft-result\"}"));
}

TEST(Outbox, ADamagedOutboxIsRefusedWhole) {
  const auto code_of = [](const std::string& text) {
    std::vector<Problem> problems;
    EXPECT_FALSE(parse_outbox_file(text, "o.json", problems));
    return problems.empty() ? std::string() : problems.front().code;
  };
  std::string text = outbox_file_json({handed_in(0), handed_in(1)});
  EXPECT_EQ(code_of(text.substr(0, text.size() - 20)), "result.outbox_damaged");
  HandedIn bad = handed_in(0);
  bad.name = "../../etc/passwd";
  EXPECT_EQ(code_of(outbox_file_json({bad})), "result.outbox_damaged");
  bad = handed_in(0);
  bad.sealed.iv = "x";
  EXPECT_EQ(code_of(outbox_file_json({bad})), "result.outbox_damaged");
  std::string newer = outbox_file_json({handed_in(0)});
  newer.replace(newer.find("\"version\": 1"), 12, "\"version\": 2");
  EXPECT_EQ(code_of(newer), "result.future_version");
}

}  // namespace
}  // namespace dl
