// Language codes of the user interface.
#include "i18n.hpp"

#include <cstdio>
#include <cstdlib>

namespace dl {

void constant_check_failed(const char* why) {
  std::fputs("digilyft: ", stderr);
  std::fputs(why, stderr);
  std::fputs("\n", stderr);
  std::abort();
}

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

std::string count_text(long long n, Lang lang) {
  const std::string digits = std::to_string(n < 0 ? -n : n);
  std::string out = n < 0 ? "-" : "";
  if (digits.size() < 5) return out + digits;
  const char* separator = lang == Lang::en ? "," : "\xC2\xA0";  // U+00A0 no-break space
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

std::string count_words(std::size_t n, Lang lang, const Phrase& one, const Phrase& many) {
  return count_text(static_cast<long long>(n), lang) + " " + tr(lang, n == 1 ? one : many);
}

}  // namespace dl
