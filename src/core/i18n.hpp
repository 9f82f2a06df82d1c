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

// A fixed phrase of the program itself (buttons, messages). Both languages are written in code.
struct Phrase {
  const char* sv;
  const char* en;
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
