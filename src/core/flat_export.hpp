// The flat export: every answer in a coordinator's workspace as one CSV row (docs/flat-export.md),
// for DuckDB, Spark or any SQL engine when a programme outgrows one laptop. A person is named only
// by their record key (the keyed hash the cell-key method adds up), never by their code. It holds
// each person's answers, so it is for the coordinator's own analysis and is never published: only
// the protected tables are.
#pragma once
#include <functional>
#include <string>

#include "aggregate.hpp"
#include "cell_key.hpp"

namespace dl {

// The header line (no line end): the columns in order.
extern const char* const kFlatExportHeader;

// Calls `line` with the header, then one line per answer (each without its line end), participant
// by participant. Participants without a record key in `keys` are left out, as the tables leave
// them out. Returns the number of answer lines.
std::size_t write_flat_export(const Workspace& workspace, const RecordKeys& keys,
                              const std::function<void(const std::string& line)>& line);
// One participant's lines (no header), for a stream of merged participants (digilyft-report);
// write_flat_export calls it for each. Returns the number of lines.
std::size_t write_flat_participant(const ResultFile& file, RecordKey key,
                                   const std::function<void(const std::string& line)>& line);

}  // namespace dl
