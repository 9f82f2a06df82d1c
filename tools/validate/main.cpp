// digilyft-validate <content-dir>: checks every content file the way the app will load it and
// prints each problem for the author (file, JSON pointer, code, detail). Exit 1 on any problem.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "core/content.hpp"

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

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: digilyft-validate <content-dir>\n";
    return 2;
  }
  const std::string dir = argv[1];
  {
    std::ifstream probe(dir + "/catalog.json");
    if (!probe) {
      std::cerr << "digilyft-validate: no catalog.json in " << dir << "\n";
      return 2;
    }
  }
  const dl::Catalog catalog =
      dl::load_catalog([&dir](const std::string& path) { return read_text_file(dir + "/" + path); });
  for (const auto& problem : catalog.problems) std::cout << dl::format_for_author(problem) << "\n";
  std::cout << "content: " << plural(catalog.modules.size(), "module") << ", "
            << plural(catalog.instrument ? 1 : 0, "instrument") << ", "
            << plural(catalog.problems.size(), "problem") << "\n";
  return catalog.problems.empty() ? 0 : 1;
}
