// A synthetic population of result files for the benchmark and the command-line tests: seeded and
// deterministic (the same seed gives the same bytes natively and as wasm), made the way a person's
// device makes them (make_result_file + result_to_json), so every file carries a right checksum.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "core/content.hpp"

namespace dl::bench {

struct PopulationOptions {
  int people = 10000;
  int organisations = 20;
  std::uint64_t seed = 1;
  std::string programme;  // the programme id the files carry; "" = a random one from the seed
};

struct GeneratedFile {
  std::string name;  // result_file_name, e.g. "digilyft-resultat-2026-Q3-K7QM4XPD.json"
  std::string text;  // result_to_json
};

// One file per person: about 70 % finished T0, 50 % T1 and 25 % T2 (T2 only after T1), one to
// four started modules each, background answers spread over every option (some left out), the
// organisation one of "org-01" … "org-NN", managers with the manager survey more often than not.
std::vector<GeneratedFile> generate_population(const Catalog& catalog, const PopulationOptions& options);

}  // namespace dl::bench
