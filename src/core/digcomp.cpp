// The five DigComp 2.2 areas: ids used in content files, numbers and names.
#include "digcomp.hpp"

namespace dl {

const char* area_id(Area area) {
  switch (area) {
    case Area::information: return "information";
    case Area::communication: return "communication";
    case Area::content_creation: return "content";
    case Area::safety: return "safety";
    case Area::problem_solving: return "problem-solving";
  }
  return "information";
}

std::optional<Area> area_from_id(std::string_view id) {
  for (Area area : kAllAreas) {
    if (id == area_id(area)) return area;
  }
  return std::nullopt;
}

int area_number(Area area) { return static_cast<int>(area) + 1; }

Phrase area_name(Area area) {
  switch (area) {
    case Area::information: return {"Informations- och datakompetens", "Information and data literacy"};
    case Area::communication: return {"Kommunikation och samarbete", "Communication and collaboration"};
    case Area::content_creation: return {"Skapande av digitalt innehåll", "Digital content creation"};
    case Area::safety: return {"Säkerhet", "Safety"};
    case Area::problem_solving: return {"Problemlösning", "Problem solving"};
  }
  return {"", ""};
}

}  // namespace dl
