// libFuzzer target: the coordinator's kept workspace (JSON Lines in IndexedDB) and a key file, as
// the page reads them back at start. Any text must give a workspace or "unreadable", never a crash;
// a workspace that reads keeps to the same text when kept again.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "core/workspace_key.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  const dl::Catalog& catalog = dl::fuzz::catalog();
  std::vector<dl::Problem> problems;
  const auto workspace = dl::workspace_from_json(text, catalog, problems);
  if (workspace) {
    const std::string kept = dl::workspace_to_json(*workspace);
    std::vector<dl::Problem> again;
    const auto back = dl::workspace_from_json(kept, catalog, again);
    if (!back) dl::fuzz::fail("a workspace that was read does not read back after keeping");
    if (!(*back == *workspace)) dl::fuzz::fail("a workspace read back differs");
  } else if (problems.empty()) {
    dl::fuzz::fail("a workspace was refused without a problem");
  }
  std::vector<dl::Problem> key_problems;
  const auto key = dl::parse_key_file(text, key_problems);
  if (key && !dl::is_workspace_secret(key->secret)) dl::fuzz::fail("a key file with a broken secret was read");
  if (!key && key_problems.empty()) dl::fuzz::fail("a key file was refused without a problem");
  return 0;
}
