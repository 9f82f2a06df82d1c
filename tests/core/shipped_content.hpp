// The content of the source tree (DL_CONTENT_DIR), read as the page reads it, for the tests over
// the shipped courses, instrument and survey; and a plain file reader for the tests' own files.
#pragma once
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

#include "core/content.hpp"

namespace dl::test {

// The whole file, or nothing when it cannot be read.
inline std::optional<std::string> read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The shipped catalogue, pictures checked against the files that exist.
inline Catalog load_shipped_catalog() {
  const std::string dir = DL_CONTENT_DIR;
  return load_catalog([&dir](const std::string& path) { return read_text_file(dir + "/" + path); },
                      [&dir](const std::string& path) { return std::filesystem::is_regular_file(dir + "/" + path); });
}

// The same, read once for all the tests of a binary.
inline const Catalog& shipped_catalog() {
  static const Catalog catalog = load_shipped_catalog();
  return catalog;
}

}  // namespace dl::test
