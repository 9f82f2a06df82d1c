// Shared by the libFuzzer targets (tests/fuzz, tools/fuzz.sh): the shipped content, read once from
// DL_CONTENT_DIR (the folder the build names), and a crash that says which invariant broke.
#pragma once
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/content.hpp"

namespace dl::fuzz {

inline const Catalog& catalog() {
  static const Catalog shipped = load_catalog([](const std::string& path) -> std::optional<std::string> {
    std::ifstream in(std::filesystem::path(DL_CONTENT_DIR) / path, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  });
  return shipped;
}

// An invariant broke: say which, and stop so libFuzzer keeps the input.
[[noreturn]] inline void fail(const char* what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
  std::abort();
}

}  // namespace dl::fuzz
