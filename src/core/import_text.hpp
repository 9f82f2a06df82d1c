// What became of one file given to the coordinator's workspace, in plain words: the same line on
// the coordinator's screen and from the command-line tool.
#pragma once
#include <cstddef>
#include <string>

#include "aggregate.hpp"
#include "i18n.hpp"

namespace dl {

// "lista.json: Inte inläst. Filen är inte en resultatfil från Digilyft.", "p0.json: Redan inläst
// (T0). Räknas en gång.", …
std::string import_entry_text(const ImportEntry& entry, Lang lang);
// "9 filer lästa. 7 deltagare. 1 fil kunde inte läsas." ("Alla filer kunde läsas." when none failed)
std::string import_summary_text(const Workspace& workspace, Lang lang);
// The same from the counts: files given, participants, files not read.
std::string import_summary_text(std::size_t files, std::size_t participants, std::size_t rejected, Lang lang);

}  // namespace dl
