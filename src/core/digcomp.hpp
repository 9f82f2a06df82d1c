// The five DigComp 2.2 competence areas, with their stable ids and Swedish/English names.
#pragma once
#include <array>
#include <optional>
#include <string_view>

#include "i18n.hpp"

namespace dl {

enum class Area { information = 0, communication, content_creation, safety, problem_solving };
constexpr int kAreaCount = 5;
constexpr std::array<Area, kAreaCount> kAllAreas = {Area::information, Area::communication,
                                                    Area::content_creation, Area::safety,
                                                    Area::problem_solving};

const char* area_id(Area area);  // "information", "communication", "content", "safety", "problem-solving"
std::optional<Area> area_from_id(std::string_view id);
int area_number(Area area);      // 1..5 as in DigComp
Phrase area_name(Area area);     // "Informations- och datakompetens" / "Information and data literacy"

}  // namespace dl
