// digilyft-validate [--lix] <content-dir>: checks every content file the way the app will load it
// (pictures included) and every module's readability, and prints each problem for the author
// (file#pointer: code: detail). Exit 1 on any problem, 2 on a usage error.
// --lix also prints each module's LIX figures (words, sentences, long words) as a table.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/content.hpp"
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

// Module id -> its file as listed in catalog.json, so a readability problem names the file.
std::map<std::string, std::string> module_files(const std::string& dir) {
  std::map<std::string, std::string> files;
  const auto catalog_text = read_text_file(dir + "/catalog.json");
  if (!catalog_text) return files;
  const auto catalog = nlohmann::json::parse(*catalog_text, nullptr, /*allow_exceptions=*/false);
  if (!catalog.is_object() || !catalog.contains("modules") || !catalog["modules"].is_array()) return files;
  for (const auto& entry : catalog["modules"]) {
    if (!entry.is_string()) continue;
    const std::string path = entry.get<std::string>();
    const auto text = read_text_file(dir + "/" + path);
    if (!text) continue;
    std::vector<dl::Problem> ignored;  // already reported by load_catalog
    if (const auto module = dl::parse_module(*text, path, ignored)) files.emplace(module->id, path);
  }
  return files;
}

void print_lix_table(const std::vector<dl::Module>& modules) {
  std::printf("%-48s %7s %9s %10s %6s\n", "module", "words", "sentences", "long words", "LIX");
  dl::LixResult total;
  for (const dl::Module& module : modules) {
    const dl::LixResult lix = dl::module_lix(module);
    total = total + lix;
    std::printf("%-48s %7d %9d %10d %6s\n", module.id.c_str(), lix.words, lix.sentences, lix.long_words,
                one_decimal(lix.value()).c_str());
  }
  std::printf("%-48s %7d %9d %10d %6s\n", "(all modules)", total.words, total.sentences, total.long_words,
              one_decimal(total.value()).c_str());
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

  // Plain Swedish: every module at LIX 40 or below (see docs/content-format.md).
  const auto files = module_files(dir);
  for (const dl::Module& module : catalog.modules) {
    const dl::LixResult lix = dl::module_lix(module);
    if (lix.value() > dl::kMaxModuleLix) {
      const auto file = files.find(module.id);
      catalog.problems.push_back(dl::Problem{
          "content.lix_too_high", file == files.end() ? module.id : file->second, "",
          "LIX " + one_decimal(lix.value()) + ", at most " + one_decimal(dl::kMaxModuleLix) + " (" +
              std::to_string(lix.words) + " words, " + std::to_string(lix.sentences) + " sentences, " +
              std::to_string(lix.long_words) + " long words)"});
    }
  }

  if (show_lix) print_lix_table(catalog.modules);
  for (const auto& problem : catalog.problems) std::cout << dl::format_for_author(problem) << "\n";
  std::cout << "content: " << plural(catalog.modules.size(), "module") << ", "
            << plural(catalog.instrument ? 1 : 0, "instrument") << ", "
            << plural(catalog.problems.size(), "problem") << "\n";
  return catalog.problems.empty() ? 0 : 1;
}
