// The printable discussion guide a digital champion (digitaliseringsombud) uses to lead a small
// group talk about a module: goals, key points, the cases and the "Prata om i gruppen" prompts.
// A self-contained HTML file (no outside resources) that prints well on A4.
#pragma once
#include <string>

#include "content.hpp"

namespace dl {

std::string discussion_guide_html(const Module& module, Lang lang);
std::string discussion_guide_file_name(const Module& module);  // "samtalsguide-<module id>.html"

}  // namespace dl
