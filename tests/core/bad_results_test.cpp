// The bad result files of tests/core/bad-results: each is refused with its own reason, the one
// code expected.json gives it, read against the shipped content as a coordinator's page reads it.
// The worked example they were made from (valid.json) is read, so each file fails for its one change.
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "core/result_file.hpp"

#include "shipped_content.hpp"

namespace dl {
namespace {

const std::string kBadResultsDir = std::string(DL_CONTENT_DIR) + "/../tests/core/bad-results";

std::optional<std::string> read_text(const std::string& path) { return test::read_text_file(path); }

const Catalog& shipped_catalog() { return test::shipped_catalog(); }

// File name -> the code it must give ("" = read without a problem).
std::map<std::string, std::string> expected_codes() {
  const auto text = read_text(kBadResultsDir + "/expected.json");
  if (!text) return {};
  const nlohmann::json manifest = nlohmann::json::parse(*text);
  std::map<std::string, std::string> out;
  for (const auto& [file, code] : manifest.at("expected").items()) {
    out[file] = code.is_null() ? "" : code.get<std::string>();
  }
  return out;
}

std::string codes_of(const std::vector<Problem>& problems) {
  std::string out;
  for (const auto& p : problems) out += p.code + " at '" + p.pointer + "' " + p.detail + "\n";
  return out;
}

TEST(BadResults, ShippedContentLoads) {
  EXPECT_TRUE(shipped_catalog().problems.empty()) << codes_of(shipped_catalog().problems);
  EXPECT_TRUE(shipped_catalog().instrument.has_value());
  EXPECT_TRUE(shipped_catalog().manager_survey.has_value());
}

TEST(BadResults, EveryFileGivesExactlyItsOwnReason) {
  const auto expected = expected_codes();
  ASSERT_GE(expected.size(), 20u) << kBadResultsDir;
  for (const auto& [file, code] : expected) {
    const auto text = read_text(kBadResultsDir + "/" + file);
    ASSERT_TRUE(text.has_value()) << file;
    std::vector<Problem> problems;
    std::optional<ResultFile> read;
    EXPECT_NO_THROW(read = parse_result_file(*text, file, &shipped_catalog(), problems)) << file;
    if (code.empty()) {
      EXPECT_TRUE(read.has_value()) << file << "\n" << codes_of(problems);
      EXPECT_TRUE(problems.empty()) << file;
      continue;
    }
    EXPECT_FALSE(read.has_value()) << file;
    ASSERT_FALSE(problems.empty()) << file;
    EXPECT_EQ(problems.front().code, code) << file << "\n" << codes_of(problems);
    for (const auto& p : problems) {
      EXPECT_EQ(p.code, code) << file << ": only its own reason\n" << codes_of(problems);
      EXPECT_EQ(p.file, file);
    }
  }
}

// Every file in the folder is listed, so none is left untested.
TEST(BadResults, EveryFileInTheFolderIsListed) {
  const auto expected = expected_codes();
  std::set<std::string> on_disk;
  for (const auto& entry : std::filesystem::directory_iterator(kBadResultsDir)) {
    const std::string name = entry.path().filename().string();
    if (name != "expected.json") on_disk.insert(name);
  }
  std::set<std::string> listed;
  for (const auto& item : expected) listed.insert(item.first);
  EXPECT_EQ(on_disk, listed);
}

// The files were made from the documented example: valid.json is that example, byte for byte.
TEST(BadResults, TheValidFileIsTheDocumentedExample) {
  const auto md = read_text(std::string(DL_CONTENT_DIR) + "/../docs/result-file.md");
  const auto valid = read_text(kBadResultsDir + "/valid.json");
  ASSERT_TRUE(md.has_value() && valid.has_value());
  const std::size_t begin = md->find("```json\n");
  ASSERT_NE(begin, std::string::npos);
  const std::size_t end = md->find("```", begin + 8);
  EXPECT_EQ(md->substr(begin + 8, end - begin - 8), *valid);
}

// Too large to keep in the repository: the valid file with padding past the limit.
TEST(BadResults, ATooLargeFileIsRefusedUnread) {
  auto text = read_text(kBadResultsDir + "/valid.json");
  ASSERT_TRUE(text.has_value());
  text->insert(text->size() - 2, std::string(kMaxResultFileBytes, ' '));
  std::vector<Problem> problems;
  EXPECT_FALSE(parse_result_file(*text, "large.json", &shipped_catalog(), problems).has_value());
  ASSERT_EQ(problems.size(), 1u) << codes_of(problems);
  EXPECT_EQ(problems[0].code, "result.too_large");
}

// Checked on its own (no content at hand), a file still gets its reason unless the reason is about
// the content (an unknown module, statement, instrument or survey answer).
TEST(BadResults, WithoutContentTheFormatsOwnReasonsStillHold) {
  const std::set<std::string> about_content = {"result.unknown_module", "result.unknown_statement",
                                               "result.unknown_instrument", "result.bad_survey_answer"};
  const auto expected = expected_codes();
  ASSERT_FALSE(expected.empty());
  for (const auto& [file, code] : expected) {
    const auto text = read_text(kBadResultsDir + "/" + file);
    ASSERT_TRUE(text.has_value()) << file;
    std::vector<Problem> problems;
    const auto read = parse_result_file(*text, file, nullptr, problems);
    if (code.empty() || about_content.count(code) != 0) {
      EXPECT_TRUE(read.has_value()) << file << "\n" << codes_of(problems);
    } else {
      ASSERT_FALSE(problems.empty()) << file;
      EXPECT_EQ(problems.front().code, code) << file << "\n" << codes_of(problems);
    }
  }
}

}  // namespace
}  // namespace dl
