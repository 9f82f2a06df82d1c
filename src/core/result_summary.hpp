// What a result file holds, in plain words, for the screen a person sees before saving it: one
// line per part of the file, then what is never in it. Swedish first, English second.
#pragma once
#include <string>
#include <vector>

#include "content.hpp"
#include "i18n.hpp"
#include "period.hpp"
#include "result_file.hpp"

namespace dl {

// "2026 kvartal 3" / "2026 quarter 3": a period as people read it.
std::string period_text(const Period& period, Lang lang);
// A number of hours as the file holds it (quarter steps): "1,25 timmar", "1 timme" / "1.25 hours".
std::string hours_text(double hours, Lang lang);

// The names the person's programme gives the file's codes ("" when not known). They are shown
// on the screen only; the file holds the codes.
struct ProgrammeNames {
  std::string programme;     // "Digilyft Skåne 2026"
  std::string organisation;  // "Kommun A, hemtjänst"
};

// One line each, e.g. "Deltagarkod: K7QM4XPD – en slumpad kod, inte ditt namn", "Kön: Kvinna",
// "Självskattning, före kurserna (2026 kvartal 3): 40 svar", ending with the line on what is never
// in the file.
std::vector<std::string> describe_result_file(const ResultFile& file, const Catalog& catalog,
                                              const ProgrammeNames& names, Lang lang);

}  // namespace dl
