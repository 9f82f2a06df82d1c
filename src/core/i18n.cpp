// Language codes of the user interface.
#include "i18n.hpp"

namespace dl {

const char* lang_code(Lang lang) { return lang == Lang::en ? "en" : "sv"; }

Lang lang_from_code(const std::string& code) { return code == "en" ? Lang::en : Lang::sv; }

std::string fill(const char* pattern, const std::vector<std::string>& values) {
  std::string out;
  for (const char* p = pattern; *p != '\0'; ++p) {
    if (p[0] == '{' && p[1] >= '1' && p[1] <= '9' && p[2] == '}') {
      const std::size_t index = static_cast<std::size_t>(p[1] - '1');
      if (index < values.size()) out += values[index];
      p += 2;
    } else {
      out += *p;
    }
  }
  return out;
}

}  // namespace dl
