// Shared by the report tests: record keys for a workspace (well spread, fixed per participant code,
// as the platform's HMAC gives them), a report setup with them, and reading figures from a cell's
// text as a reader would.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "core/report.hpp"

namespace dl::test {

// A key per participant, fixed by the code and `seed` (a stand-in for HMAC-SHA-256 under a secret).
inline RecordKeys keys_for(const Workspace& workspace, std::uint64_t seed = 1) {
  RecordKeys keys;
  for (const auto& [code, file] : workspace.participants) {
    std::uint64_t x = seed * 0x9E3779B97F4A7C15ULL;
    for (const char c : code) x = (x ^ static_cast<unsigned char>(c)) * 0x100000001B3ULL;
    x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
    x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
    keys.emplace(code, x ^ (x >> 31));
  }
  return keys;
}

inline ReportSetup setup_with(const RecordKeys& keys, Period now = Period{2027, 4}) {
  ReportSetup setup;
  setup.keys = &keys;
  setup.now = now;
  return setup;
}

// The figure a cell's text shows ("12", "63,5", "-3.5"); nothing for ".." and "–".
inline std::optional<double> figure_of(std::string text) {
  if (text == kHiddenSymbol || text == "–") return std::nullopt;
  for (char& c : text) {
    if (c == ',') c = '.';
  }
  return std::stod(text);
}

}  // namespace dl::test
