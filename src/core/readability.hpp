// Readability of Swedish text: LIX = words / sentences + 100 × long words (> 6 letters) / words.
// Every module's Swedish text is kept at LIX 40 or below (plain language for care staff, many
// with Swedish as a second language); digilyft-lix prints the figures, the tests check them.
#pragma once
#include <string>
#include <string_view>

#include "content.hpp"

namespace dl {

struct LixResult {
  int words = 0;
  int sentences = 0;   // a text without an end mark (a title, a choice) counts as one sentence
  int long_words = 0;  // more than 6 letters
  double value() const;  // 0 when there are no words
};

LixResult lix(std::string_view text);
LixResult operator+(const LixResult& a, const LixResult& b);
// Every Swedish text of a module (titles, text, goals, questions, choices, feedback, …), each
// measured as its own text and summed.
LixResult module_lix(const Module& module);

constexpr double kMaxModuleLix = 40.0;

}  // namespace dl
