// libFuzzer target: a result file as the coordinator's workspace reads it (parse_result_file with
// the shipped content, then import_result). Any bytes must give a file or problems, never a crash;
// a file that reads writes back (result_to_json, with its checksum) to a file that reads the same.
// The same bytes as a sealed file's envelope (sealed_file.hpp): an envelope or problems, and one that
// reads writes back to the same envelope; a workspace logs every sealed file it cannot open.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "core/result_file.hpp"
#include "core/sealed_file.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const dl::Catalog& catalog = dl::fuzz::catalog();
  std::vector<dl::Problem> problems;
  std::vector<dl::Problem> sealed_problems;
  if (const auto sealed = dl::parse_sealed_file(text, "fuzz.json", sealed_problems)) {
    std::vector<dl::Problem> again;
    const auto back = dl::parse_sealed_file(dl::sealed_file_json(*sealed), "again.json", again);
    if (!back || !(*back == *sealed)) dl::fuzz::fail("a sealed file read back differs");
  } else if (sealed_problems.empty()) {
    dl::fuzz::fail("a sealed file was refused without a problem");
  }
  dl::Workspace keyless;
  keyless.programme = "K7QM4XPD";
  if (!dl::sealed_file_to_open(keyless, "fuzz.json", text) && keyless.log.size() != 1) {
    dl::fuzz::fail("a sealed file that cannot be opened was not logged");
  }
  const auto file = dl::parse_result_file(text, "fuzz.json", &catalog, problems);
  dl::Workspace workspace;
  workspace.without_programme = true;
  dl::import_result(workspace, "fuzz.json", text, catalog);
  if (!file) {
    if (problems.empty()) dl::fuzz::fail("a result file was refused without a problem");
    if (!workspace.participants.empty()) dl::fuzz::fail("a refused file changed the workspace");
    return 0;
  }
  if (workspace.participants.size() != 1) dl::fuzz::fail("a file that reads was not taken in");
  std::vector<dl::Problem> again;
  const auto back = dl::parse_result_file(dl::result_to_json(*file), "again.json", &catalog, again);
  if (!back) dl::fuzz::fail("a result file that was read does not read back after writing");
  if (!(*back == *file)) dl::fuzz::fail("a result file read back differs");
  return 0;
}
