// Languages of the user interface and text that exists in Swedish with an optional English version.
// Swedish is the default and the fallback: an English text that is missing shows the Swedish one.
#pragma once
#include <cstddef>
#include <string>
#include <vector>

namespace dl {

enum class Lang { sv, en };

const char* lang_code(Lang lang);            // "sv" or "en"
Lang lang_from_code(const std::string& code);  // unknown codes give Lang::sv

// A fixed phrase of the program itself (buttons, messages, table heads): both languages written
// in code, with the same numbered placeholders {1}…{9} for fill(). The check is made when the
// phrase is made: for a constexpr phrase (all of the program's own) at compile time, so a phrase
// without its English or with placeholders the two languages do not share does not build.
// Not constexpr: reached while a constexpr value (a Phrase, an EnumTable) is made, it stops the
// build (the value is then no constant expression); at run time it ends the program with the
// reason. (No exceptions: the page is built without them.)
[[noreturn]] void constant_check_failed(const char* why);

struct Phrase {
  const char* sv = "";
  const char* en = "";
  constexpr Phrase() = default;
  constexpr Phrase(const char* swedish, const char* english) : sv(swedish), en(english) {
    if (const char* why = problem(swedish, english)) constant_check_failed(why);
  }
  // Why `swedish` and `english` cannot make a phrase, or nullptr when they can: both texts given,
  // and the same placeholders in both.
  static constexpr const char* problem(const char* swedish, const char* english) {
    if (swedish == nullptr || english == nullptr || *swedish == '\0' || *english == '\0') {
      return "a phrase needs both its Swedish and its English text";
    }
    if (placeholders(swedish) != placeholders(english)) {
      return "a phrase's Swedish and English have different placeholders {1}…{9}";
    }
    return nullptr;
  }
  // Which of {1}…{9} `text` holds, as bits 1…9.
  static constexpr unsigned placeholders(const char* text) {
    unsigned found = 0;
    for (const char* c = text; *c != '\0'; ++c) {
      if (c[0] == '{' && c[1] >= '1' && c[1] <= '9' && c[2] == '}') found |= 1u << (c[1] - '0');
    }
    return found;
  }
};
inline const char* tr(Lang lang, const Phrase& p) { return lang == Lang::en ? p.en : p.sv; }
// A phrase with {1}, {2}, … (at most {9}) replaced by `values`.
std::string fill(const char* pattern, const std::vector<std::string>& values);
// A count in running text, grouped in threes from five digits as each language writes it:
// "10 000" in Swedish (a no-break space, so it never wraps), "10,000" in English; "2500" as it is.
// Figures in tables stay plain, so CSV files hold numbers a spreadsheet reads.
std::string count_text(long long n, Lang lang);
// The count, then the words for one or for several: "1 fil läst.", "10 000 filer lästa.".
std::string count_words(std::size_t n, Lang lang, const Phrase& one, const Phrase& many);

// A text from content files: Swedish is required, English optional.
struct LocalText {
  std::string sv;
  std::string en;
  // The text in `lang`, or the Swedish text when there is no English one.
  const std::string& in(Lang lang) const { return (lang == Lang::en && !en.empty()) ? en : sv; }
  bool has(Lang lang) const { return lang == Lang::sv ? !sv.empty() : !en.empty(); }
};

}  // namespace dl
