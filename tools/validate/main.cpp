// digilyft-validate [--lix] <content-dir>: checks every content file the way the app will load it
// (pictures included), every module's, the instrument's and the manager survey's readability,
// that the instrument and the survey have every text in English too, the authoring rules of each
// course and that every self-assessment statement is taught by a course (authoring_rules.hpp). Prints each problem for the
// author (file#pointer: code: detail). Exit 1 on any problem, 2 on a usage error.
// --lix also prints the LIX figures (words, sentences, long words) of each module, the instrument
// and the survey as a table.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/authoring_rules.hpp"
#include "core/content.hpp"
#include "core/content_checks.hpp"
#include "core/readability.hpp"

namespace {

std::optional<std::string> read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string one_decimal(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

// The files catalog.json lists, so a problem found after loading (LIX, English) names its file.
struct ListedFiles {
  std::map<std::string, std::string> modules;  // module id -> path
  std::string instrument;                      // path, "" when none
  std::string survey;
};

std::string first_path(const nlohmann::json& catalog, const char* key) {
  if (!catalog.contains(key) || !catalog[key].is_array() || catalog[key].empty()) return "";
  const auto& first = catalog[key].front();
  return first.is_string() ? first.get<std::string>() : "";
}

ListedFiles listed_files(const std::string& dir) {
  ListedFiles files;
  const auto catalog_text = read_text_file(dir + "/catalog.json");
  if (!catalog_text) return files;
  const auto catalog = nlohmann::json::parse(*catalog_text, nullptr, /*allow_exceptions=*/false);
  if (!catalog.is_object()) return files;
  files.instrument = first_path(catalog, "instruments");
  files.survey = first_path(catalog, "surveys");
  if (!catalog.contains("modules") || !catalog["modules"].is_array()) return files;
  for (const auto& entry : catalog["modules"]) {
    if (!entry.is_string()) continue;
    const std::string path = entry.get<std::string>();
    const auto text = read_text_file(dir + "/" + path);
    if (!text) continue;
    std::vector<dl::Problem> ignored;  // already reported by load_catalog
    if (const auto module = dl::parse_module(*text, path, ignored)) files.modules.emplace(module->id, path);
  }
  return files;
}

// content.lix_too_high for `file` when its Swedish text is above the limit.
void check_lix(const dl::LixResult& lix, const std::string& file, std::vector<dl::Problem>& problems) {
  if (lix.value() <= dl::kMaxModuleLix) return;
  problems.push_back(dl::Problem{
      "content.lix_too_high", file, "",
      "LIX " + one_decimal(lix.value()) + ", at most " + one_decimal(dl::kMaxModuleLix) + " (" +
          std::to_string(lix.words) + " words, " + std::to_string(lix.sentences) + " sentences, " +
          std::to_string(lix.long_words) + " long words)"});
}

void print_lix_row(const std::string& name, const dl::LixResult& lix) {
  std::printf("%-48s %7d %9d %10d %6s\n", name.c_str(), lix.words, lix.sentences, lix.long_words,
              one_decimal(lix.value()).c_str());
}

void print_lix_table(const dl::Catalog& catalog) {
  std::printf("%-48s %7s %9s %10s %6s\n", "module", "words", "sentences", "long words", "LIX");
  dl::LixResult total;
  for (const dl::Module& module : catalog.modules) {
    const dl::LixResult lix = dl::module_lix(module);
    total = total + lix;
    print_lix_row(module.id, lix);
  }
  print_lix_row("(all modules)", total);
  if (catalog.instrument) {
    print_lix_row("instrument " + catalog.instrument->id + " (statements, evaluation)",
                  dl::instrument_lix(*catalog.instrument));
  }
  if (catalog.manager_survey) print_lix_row("survey " + catalog.manager_survey->id, dl::survey_lix(*catalog.manager_survey));
}

}  // namespace

int main(int argc, char** argv) {
  bool show_lix = false;
  std::string dir;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--lix") {
      show_lix = true;
    } else if (dir.empty() && !arg.empty() && arg[0] != '-') {
      dir = arg;
    } else {
      dir.clear();
      break;
    }
  }
  if (dir.empty()) {
    std::cerr << "usage: digilyft-validate [--lix] <content-dir>\n";
    return 2;
  }
  if (!std::filesystem::is_regular_file(dir + "/catalog.json")) {
    std::cerr << "digilyft-validate: no catalog.json in " << dir << "\n";
    return 2;
  }
  dl::Catalog catalog = dl::load_catalog(
      [&dir](const std::string& path) { return read_text_file(dir + "/" + path); },
      [&dir](const std::string& path) {
        std::error_code error;
        return std::filesystem::is_regular_file(dir + "/" + path, error);
      });

  // Plain Swedish: every module, the instrument and the survey at LIX 40 or below (see
  // docs/content-format.md). The instrument and the survey also need English for every text.
  const ListedFiles files = listed_files(dir);
  for (const dl::Module& module : catalog.modules) {
    const auto file = files.modules.find(module.id);
    if (!module.complete) {  // the site build writes heads; a course in content/ is whole
      catalog.problems.push_back(dl::Problem{"content.wrong_format", module.file, "/format",
                                             std::string("expected \"") + dl::kModuleFormat + "\""});
      continue;
    }
    const std::string& path = file == files.modules.end() ? module.id : file->second;
    check_lix(dl::module_lix(module), path, catalog.problems);
    for (auto& problem : dl::authoring_problems(module, path)) catalog.problems.push_back(std::move(problem));
  }
  // Every statement taught by a course, or marked as not taught here (reported apart).
  for (auto& problem : dl::teaching_problems(catalog, files.modules, files.instrument)) {
    catalog.problems.push_back(std::move(problem));
  }
  if (catalog.instrument) {
    check_lix(dl::instrument_lix(*catalog.instrument), files.instrument, catalog.problems);
    for (auto& problem : dl::missing_english(*catalog.instrument, files.instrument)) {
      catalog.problems.push_back(std::move(problem));
    }
  }
  if (catalog.manager_survey) {
    check_lix(dl::survey_lix(*catalog.manager_survey), files.survey, catalog.problems);
    for (auto& problem : dl::missing_english(*catalog.manager_survey, files.survey)) {
      catalog.problems.push_back(std::move(problem));
    }
  }

  if (show_lix) print_lix_table(catalog);
  for (const auto& problem : catalog.problems) std::cout << dl::format_for_author(problem) << "\n";
  std::cout << "content: " << plural(catalog.modules.size(), "module") << ", "
            << plural(catalog.instrument ? 1 : 0, "instrument") << ", "
            << plural(catalog.manager_survey ? 1 : 0, "survey") << ", "
            << plural(catalog.paths.size(), "learning path") << ", "
            << plural(catalog.problems.size(), "problem") << "\n";
  return catalog.problems.empty() ? 0 : 1;
}
