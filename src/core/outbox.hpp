// The outbox of a shared device: result files handed in there ("Lämna in här"), each already sealed
// for the programme's coordinator (sealed_file.hpp), kept until a digital champion or the
// coordinator saves them all as one outbox file. The coordinator's workspace and digilyft-report
// read that file as the sealed files it holds (docs/result-file.md, "The outbox file").
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "problem.hpp"
#include "sealed_file.hpp"

namespace dl {

struct HandedIn {
  std::string name;   // the result file's own name, e.g. "digilyft-resultat-2026-Q4-K7QM4XPD.json"
  SealedFile sealed;  // what was handed in: sealed, so the device holds nothing readable
  bool operator==(const HandedIn& o) const { return name == o.name && sealed == o.sealed; }
};

// {"format": "digilyft-outbox", "version": 1, "files": [{"name", "sealed": envelope}, …]}, named by
// outbox_file_name (e.g. "digilyft-inlamnade-3-filer.json").
std::string outbox_file_json(const std::vector<HandedIn>& files);
std::string outbox_file_name(std::size_t count);
bool is_outbox_file(std::string_view text);
// The files an outbox file holds, each as the text of its sealed file (to be opened like any sealed
// file); problems ("result.outbox_damaged", "result.future_version") say why not.
std::optional<std::vector<HandedIn>> parse_outbox_file(const std::string& text, const std::string& file_name,
                                                       std::vector<Problem>& problems);

}  // namespace dl
