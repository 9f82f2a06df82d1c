// libFuzzer target: the fragment of a programme link (what a person's page reads when they open a
// coordinator's link or QR code), against the shipped content. Any text must give a programme, no
// programme (and no problem: not a programme link) or problems, never a crash; a programme that
// reads writes back to a fragment that reads the same.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/programme.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const dl::Catalog& catalog = dl::fuzz::catalog();
  std::vector<dl::Problem> problems;
  const auto programme = dl::parse_programme_fragment(text, catalog, problems);
  if (!programme) return 0;
  if (!problems.empty()) dl::fuzz::fail("a programme was read together with problems");
  std::vector<dl::Problem> again;
  const auto back = dl::parse_programme_fragment(dl::programme_fragment(*programme, catalog), catalog, again);
  if (!back) dl::fuzz::fail("a programme that was read does not read back from its own fragment");
  if (!(*back == *programme)) dl::fuzz::fail("a programme read back differs");
  return 0;
}
