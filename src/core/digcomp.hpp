// The five DigComp 2.2 competence areas, with their stable ids and Swedish/English names.
#pragma once
#include <optional>
#include <string_view>

#include "enum_table.hpp"

namespace dl {

enum class Area { information = 0, communication, content_creation, safety, problem_solving };
// Ids as content files and result files carry them; names as DigComp's Swedish translation has them.
inline constexpr auto kAreas = enum_table<Area>({
    {Area::information, "information", {"Informations- och datakompetens", "Information and data literacy"}},
    {Area::communication, "communication", {"Kommunikation och samarbete", "Communication and collaboration"}},
    {Area::content_creation, "content", {"Skapande av digitalt innehåll", "Digital content creation"}},
    {Area::safety, "safety", {"Säkerhet", "Safety"}},
    {Area::problem_solving, "problem-solving", {"Problemlösning", "Problem solving"}},
});
inline constexpr auto kAllAreas = kAreas.values();
constexpr int kAreaCount = static_cast<int>(kAllAreas.size());

inline const char* area_id(Area area) { return kAreas.id(area); }
inline std::optional<Area> area_from_id(std::string_view id) { return kAreas.from_id(id); }
inline int area_number(Area area) { return static_cast<int>(area) + 1; }  // 1..5 as in DigComp
inline Phrase area_name(Area area) { return kAreas.name(area); }
// What staff read as the heading of an area's questions and chart: plain words for what the area
// covers ("Skapande av digitalt innehåll" is DigComp's term, which coordinators' tables keep).
inline constexpr Phrase kAreaPlainNames[] = {
    {"Hitta och använda information", "Finding and using information"},
    {"Kommunicera och samarbeta digitalt", "Communicating and working together digitally"},
    {"Skapa texter, bilder och filer", "Making texts, pictures and files"},
    {"Säkerhet och integritet", "Safety and privacy"},
    {"Lösa problem med tekniken", "Solving problems with technology"},
};
inline Phrase area_plain_name(Area area) { return kAreaPlainNames[static_cast<int>(area)]; }

}  // namespace dl
