// libFuzzer target: a content file (module, instrument or survey, chosen by the first byte) read by
// the parsers the page and digilyft-validate use. Any input must give a value or problems, never a
// crash, an exception or a sanitizer report; a value comes with no problem that stops it.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/content.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data + 1), size - 1);
  std::vector<dl::Problem> problems;
  bool parsed = false;
  switch (data[0] % 3) {
    case 0: parsed = dl::parse_module(text, "fuzz.json", problems).has_value(); break;
    case 1: parsed = dl::parse_instrument(text, "fuzz.json", problems).has_value(); break;
    default: parsed = dl::parse_survey(text, "fuzz.json", problems).has_value(); break;
  }
  if (!parsed && problems.empty()) dl::fuzz::fail("a content file was refused without a problem");
  for (const dl::Problem& p : problems) {
    if (p.code.empty()) dl::fuzz::fail("a problem without a code");
  }
  return 0;
}
