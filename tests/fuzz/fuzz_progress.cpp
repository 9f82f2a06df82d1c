// libFuzzer target: saved progress as the page reads it back from IndexedDB (progress_from_json).
// Any text must give a state or problems, never a crash; a state that reads must save and read
// back to the same state (what apply() changes is what is kept).
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/progress.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<dl::Problem> problems;
  const auto state = dl::progress_from_json(text, problems);
  if (!state) {
    if (problems.empty()) dl::fuzz::fail("saved progress was refused without a problem");
    return 0;
  }
  const std::string saved = dl::progress_to_json(*state);
  std::vector<dl::Problem> again;
  const auto back = dl::progress_from_json(saved, again);
  if (!back) dl::fuzz::fail("progress that was read does not read back after saving");
  if (!(*back == *state)) dl::fuzz::fail("progress read back differs from what was saved");
  if (dl::progress_to_json(*back) != saved) dl::fuzz::fail("saving is not stable");
  return 0;
}
