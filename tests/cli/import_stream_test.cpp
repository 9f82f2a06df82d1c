// digilyft-report's streaming import (cli/import_stream.hpp, cli/sorted_runs.hpp): participants
// whose files are spread over many sorted runs merge exactly as import_result merges them in the
// page, every file's entry comes back in file order, and the temporary files go away.
#include "cli/import_stream.hpp"

#include <unistd.h>

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "cli/content_files.hpp"
#include "core/import_text.hpp"
#include "core/result_file.hpp"
#include "population.hpp"

namespace dl {
namespace {

namespace fs = std::filesystem;

struct NamedText {
  std::string name;
  std::string text;
};

// Several files for each of `people` participants, interleaved: an early export with T0 only,
// the full file, a later export with other details and no rounds, a copy of the full file; with a
// broken file, another programme's file and a file without a programme among them.
std::vector<NamedText> spread_files(const Catalog& catalog, int people) {
  bench::PopulationOptions options;
  options.people = people;
  options.seed = 11;
  std::vector<ResultFile> parsed;
  for (const auto& generated : bench::generate_population(catalog, options)) {
    std::vector<Problem> problems;
    parsed.push_back(parse_result_file(generated.text, generated.name, &catalog, problems).value());
  }
  std::vector<NamedText> files;
  for (int kind = 0; kind < 4; ++kind) {
    for (std::size_t i = 0; i < parsed.size(); ++i) {
      ResultFile file = parsed[i];
      const std::string name = "p" + std::to_string(i) + "-" + std::to_string(kind) + ".json";
      if (kind == 0) {
        file.exported = Period{2025, 4};
        file.rounds.erase(std::remove_if(file.rounds.begin(), file.rounds.end(),
                                         [](const AssessmentRound& r) { return r.round != Round::t0; }),
                          file.rounds.end());
      } else if (kind == 2) {
        file.exported = Period{2027, 2};
        file.rounds.clear();
        file.background.gender = "";
        for (ModuleRecord& m : file.modules) m.hours += 1.0;
      }
      files.push_back({name, result_to_json(file)});
    }
    if (kind == 1) {
      files.push_back({"trasig.json", "{ inte json"});
      ResultFile loose = parsed.front();
      loose.programme.reset();
      loose.organisation.reset();
      files.push_back({"utan-program.json", result_to_json(loose)});
      ResultFile other = parsed.back();
      other.programme = "Q7RT2KXW";
      files.push_back({"annat-program.json", result_to_json(other)});
    }
  }
  return files;
}

class ImportStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    parent_ = fs::temp_directory_path() / ("digilyft-stream-test-" + std::to_string(::getpid()));
    fs::remove_all(parent_);
    fs::create_directories(parent_ / "files");
    files_ = spread_files(catalog_, 30);
    for (std::size_t i = 0; i < files_.size(); ++i) {
      // Named by number, so the folder's order is the file order.
      char name[32];
      std::snprintf(name, sizeof name, "%04zu.json", i);
      std::ofstream(parent_ / "files" / name, std::ios::binary) << files_[i].text;
      files_[i].name = (parent_ / "files" / name).string();
    }
    for (const NamedText& file : files_) import_result(expected_, file.name, file.text, catalog_);
  }
  void TearDown() override { fs::remove_all(parent_); }

  static Catalog catalog_;
  fs::path parent_;
  std::vector<NamedText> files_;
  Workspace expected_;  // the page's workspace after the same files
};

Catalog ImportStreamTest::catalog_ = cli::load_content(DL_CONTENT_DIR).value();

bool same_entry(const ImportEntry& a, const ImportEntry& b) {
  if (a.file_name != b.file_name || a.outcome != b.outcome || a.rounds_counted_once != b.rounds_counted_once ||
      a.problems.size() != b.problems.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.problems.size(); ++i) {
    const Problem &x = a.problems[i], &y = b.problems[i];
    if (x.code != y.code || x.file != y.file || x.pointer != y.pointer || x.detail != y.detail) return false;
  }
  return true;
}

TEST_F(ImportStreamTest, FilesSpreadOverManyRunsMergeAsImportResultMergesThem) {
  ASSERT_EQ(expected_.participants.size(), 30u);
  // Updated, duplicate and counted-once outcomes are all among them.
  std::set<ImportOutcome> outcomes;
  for (const ImportEntry& entry : expected_.log) outcomes.insert(entry.outcome);
  ASSERT_EQ(outcomes.size(), 4u);
  // One record a run (more runs than are merged at once), a few a run, and all in memory.
  for (const std::size_t run_bytes : {std::size_t{1}, std::size_t{20000}, std::size_t{1} << 30}) {
    const cli::TempFolder temp(parent_);
    ASSERT_TRUE(temp.ok());
    cli::ImportStream stream(Workspace{}, catalog_, temp.path(), run_bytes);
    ASSERT_TRUE(cli::for_each_result_file({(parent_ / "files").string()}, temp.path(), run_bytes,
                                          [&stream](const std::string& path) { stream.read_path(path); }));
    EXPECT_EQ(stream.programme(), expected_.programme);
    if (run_bytes == 1) {
      EXPECT_GT(stream.runs_written(), 64u);
    }
    std::map<std::string, ResultFile> merged;
    std::string last;
    ASSERT_TRUE(stream.merge([&](const ResultFile& participant) {
      EXPECT_LT(last, participant.participant) << "in code order, each once";
      last = participant.participant;
      merged.emplace(participant.participant, participant);
    }));
    EXPECT_TRUE(merged == expected_.participants) << run_bytes;
    std::vector<ImportEntry> entries;
    ASSERT_TRUE(stream.for_each_entry([&entries](const ImportEntry& entry) { entries.push_back(entry); }));
    ASSERT_EQ(entries.size(), expected_.log.size());
    for (std::size_t i = 0; i < entries.size(); ++i) {
      EXPECT_TRUE(same_entry(entries[i], expected_.log[i]))
          << run_bytes << ": " << import_entry_text(entries[i], Lang::en) << " / "
          << import_entry_text(expected_.log[i], Lang::en);
    }
    EXPECT_EQ(stream.files(), expected_.log.size());
    EXPECT_EQ(stream.participants(), expected_.participants.size());
    EXPECT_EQ(stream.rejected(), 3u);
  }
  // Every temporary folder went with its TempFolder.
  EXPECT_EQ(std::distance(fs::directory_iterator(parent_), fs::directory_iterator()), 1);
}

TEST_F(ImportStreamTest, FoldersAreWalkedInResultFilesOrder) {
  fs::create_directories(parent_ / "files" / "sub");
  std::ofstream(parent_ / "files" / "sub" / "x.json") << "{}";
  std::ofstream(parent_ / "files" / "0001.json-notes.txt") << "not read";
  std::ofstream(parent_ / "files" / "digilyft-delad.txt") << "{}";
  const std::vector<std::string> inputs = {(parent_ / "files").string(), files_.front().name};
  std::vector<std::string> missing;
  const std::vector<std::string> expected = cli::result_files(inputs, missing);
  const cli::TempFolder temp(parent_);
  std::vector<std::string> walked;
  ASSERT_TRUE(cli::for_each_result_file(inputs, temp.path(), 100,
                                        [&walked](const std::string& path) { walked.push_back(path); }));
  EXPECT_EQ(walked, expected);
  EXPECT_EQ(walked.size(), files_.size() + 3);
  EXPECT_TRUE(fs::is_empty(temp.path())) << "the sorted names are removed once walked";
  EXPECT_EQ(cli::missing_paths({inputs.front(), (parent_ / "finns-inte").string()}),
            std::vector<std::string>{(parent_ / "finns-inte").string()});
}

TEST(SortedRuns, GiveEveryRecordBackByKeyThenNumber) {
  const fs::path parent = fs::temp_directory_path();
  fs::path folder;
  {
    const cli::TempFolder temp(parent);
    ASSERT_TRUE(temp.ok());
    folder = temp.path();
    cli::SortedRuns runs(temp.path(), "t", 50);
    std::vector<std::pair<std::string, std::uint64_t>> expected;
    for (std::uint64_t n = 0; n < 500; ++n) {
      std::string key = "k" + std::to_string((n * 7919) % 37);
      if (n % 50 == 0) key += std::string("\n\0\xff", 3);  // any bytes
      runs.add(cli::RunRecord{key, n, std::string(n % 13, 'x')});
      expected.emplace_back(key, n);
    }
    std::sort(expected.begin(), expected.end());
    EXPECT_GT(runs.runs_written(), 64u);
    std::vector<std::pair<std::string, std::uint64_t>> got;
    ASSERT_TRUE(runs.merge([&got](cli::RunRecord& r) {
      EXPECT_EQ(r.payload, std::string(r.number % 13, 'x'));
      got.emplace_back(r.key, r.number);
    }));
    EXPECT_EQ(got, expected);
    EXPECT_TRUE(fs::is_empty(temp.path()));
  }
  EXPECT_FALSE(fs::exists(folder));
}

}  // namespace
}  // namespace dl
