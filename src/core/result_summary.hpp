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

// One line each, e.g. "Deltagarkod: K7QM4XPD – en slumpad kod, inte ditt namn", "Kön: Kvinna",
// "Självskattning, före kurserna (2026 kvartal 3): 40 svar", ending with the line on what is never
// in the file. `organisation_name` is the name of the file's organisation code in the person's
// programme ("" when not known); the name is shown here only, the file holds the code.
std::vector<std::string> describe_result_file(const ResultFile& file, const Catalog& catalog,
                                              const std::string& organisation_name, Lang lang);

}  // namespace dl
