// digilyft-bench: how long the coordinator's workspace takes for a large programme. Generates a
// synthetic population (population.hpp; not timed), then times import_result of every file and
// make_report of all tables, natively or as wasm in a browser (same source); and, apart from that
// total, keeping the workspace as the page does after an import (workspace_to_json) and reading it
// back at the next start (workspace_from_json). Prints figures only.
//   digilyft-bench [--content DIR] [--people N] [--seed S] [--repeat R]
//   digilyft-bench [--content DIR] [--people N] [--seed S] --write DIR   (only writes the files)
// The wasm build has the content folder embedded at /content. See docs/coordinator-report.md.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli/content_files.hpp"
#include "core/aggregate.hpp"
#include "core/report.hpp"
#include "population.hpp"

namespace {

#ifdef __EMSCRIPTEN__
const char* const kPlatform = "wasm";
const char* const kDefaultContent = "/content";
#else
const char* const kPlatform = "native";
const char* const kDefaultContent = "content";
#endif

struct Options {
  std::string content = kDefaultContent;
  dl::bench::PopulationOptions population;
  int repeat = 3;
  std::string write_dir;
};

bool read_number(const char* text, long long low, long long high, long long& out) {
  char* end = nullptr;
  const long long value = std::strtoll(text, &end, 10);
  if (end == text || *end != '\0' || value < low || value > high) return false;
  out = value;
  return true;
}

// Returns false (after saying why) on a usage error.
bool parse_options(int argc, char** argv, Options& options) {
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    const char* value = i + 1 < argc ? argv[++i] : nullptr;
    long long number = 0;
    if (value == nullptr) {
      std::fprintf(stderr, "digilyft-bench: %s needs a value\n", arg.c_str());
      return false;
    }
    if (arg == "--content") {
      options.content = value;
    } else if (arg == "--write") {
      options.write_dir = value;
    } else if (arg == "--people" && read_number(value, 1, 1000000, number)) {
      options.population.people = static_cast<int>(number);
    } else if (arg == "--seed" && read_number(value, 0, 1LL << 62, number)) {
      options.population.seed = static_cast<std::uint64_t>(number);
    } else if (arg == "--programme") {
      options.population.programme = value;
    } else if (arg == "--repeat" && read_number(value, 1, 100, number)) {
      options.repeat = static_cast<int>(number);
    } else {
      std::fprintf(stderr, "digilyft-bench: bad option %s %s\n", arg.c_str(), value);
      return false;
    }
  }
  return true;
}

double ms_since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

int write_files(const std::vector<dl::bench::GeneratedFile>& files, const std::string& dir) {
  std::error_code error;
  std::filesystem::create_directories(dir, error);
  for (const auto& file : files) {
    std::ofstream out(dir + "/" + file.name, std::ios::binary);
    out << file.text;
    if (!out) {
      std::fprintf(stderr, "digilyft-bench: cannot write %s/%s\n", dir.c_str(), file.name.c_str());
      return 1;
    }
  }
  std::printf("wrote %zu files to %s\n", files.size(), dir.c_str());
  return 0;
}

struct Run {
  double import_ms = 0;
  double report_ms = 0;
  double save_ms = 0;  // workspace_to_json
  double load_ms = 0;  // workspace_from_json
  std::size_t saved_bytes = 0;
  std::size_t participants = 0;
  int rejected = 0;
};

Run timed_run(const std::vector<dl::bench::GeneratedFile>& files, const dl::Catalog& catalog) {
  Run run;
  const auto start = std::chrono::steady_clock::now();
  dl::Workspace workspace;
  for (const auto& file : files) dl::import_result(workspace, file.name, file.text, catalog);
  run.import_ms = ms_since(start);
  // Record keys come from the platform's HMAC (Web Crypto, OpenSSL), outside what is timed here:
  // stand-in keys, one per participant, give make_report the same work.
  dl::RecordKeys keys;
  std::uint64_t next = 0x9E3779B97F4A7C15ULL;
  for (const auto& [code, file] : workspace.participants) keys.emplace(code, next *= 0xBF58476D1CE4E5B9ULL);
  dl::ReportSetup setup;
  setup.keys = &keys;
  setup.now = dl::Period{2027, 4};
  const auto tables = std::chrono::steady_clock::now();
  const dl::Report report = dl::make_report(workspace, catalog, dl::ReportFilter{}, dl::Lang::sv, setup);
  run.report_ms = ms_since(tables);
  run.participants = workspace.participants.size();
  for (const auto& entry : workspace.log) run.rejected += entry.outcome == dl::ImportOutcome::rejected ? 1 : 0;
  if (report.tables.empty()) run.rejected = -1;  // no tables at all: the figures mean nothing
  const auto save = std::chrono::steady_clock::now();
  const std::string kept = dl::workspace_to_json(workspace);
  run.save_ms = ms_since(save);
  run.saved_bytes = kept.size();
  const auto load = std::chrono::steady_clock::now();
  std::vector<dl::Problem> problems;
  const auto read_back = dl::workspace_from_json(kept, catalog, problems);
  run.load_ms = ms_since(load);
  if (!read_back || read_back->participants.size() != workspace.participants.size() || !problems.empty()) {
    run.rejected = -1;  // the kept workspace did not read back whole
  }
  return run;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (!parse_options(argc, argv, options)) return 2;
  const auto catalog = dl::cli::load_content(options.content);
  if (!catalog || !catalog->instrument) {
    std::fprintf(stderr, "digilyft-bench: cannot read the content (with its instrument) in %s\n",
                 options.content.c_str());
    return 1;
  }

  const auto generation = std::chrono::steady_clock::now();
  const auto files = dl::bench::generate_population(*catalog, options.population);
  std::size_t bytes = 0;
  for (const auto& file : files) bytes += file.text.size();
  std::printf("%s: generated %zu result files, %.1f MB, in %.0f ms (not timed)\n", kPlatform, files.size(),
              static_cast<double>(bytes) / 1e6, ms_since(generation));
  if (!options.write_dir.empty()) return write_files(files, options.write_dir);

  double best = 0;
  for (int i = 1; i <= options.repeat; ++i) {
    const Run run = timed_run(files, *catalog);
    const double total = run.import_ms + run.report_ms;
    std::printf("%s run %d: import %.1f ms, tables %.1f ms, total %.1f ms (%zu participants, %d files not read); "
                "keeping the workspace: save %.1f ms (%.1f MB), read back %.1f ms\n",
                kPlatform, i, run.import_ms, run.report_ms, total, run.participants, run.rejected, run.save_ms,
                static_cast<double>(run.saved_bytes) / 1e6, run.load_ms);
    if (run.rejected != 0) {
      std::fprintf(stderr, "digilyft-bench: generated files (or the kept workspace) were not read: the figures "
                           "are not meaningful\n");
      return 1;
    }
    best = i == 1 ? total : std::min(best, total);
  }
  std::printf("%s: %zu files, best of %d: %.1f ms\n", kPlatform, files.size(), options.repeat, best);
  return 0;
}
