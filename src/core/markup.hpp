// Emphasis in content text, in one place: **double stars** around words make them bold, and a pair
// opens and closes on the same line. The content check, the readability measure, the printed
// discussion guide and the screen (widgets, and through them the accessibility mirror) all read it
// here; the mirror gets finished spans, never the stars.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

struct TextSpan {
  std::string text;
  bool bold = false;
  bool operator==(const TextSpan& o) const { return text == o.text && bold == o.bold; }
};

// The spans of one line: "Tvätta **alltid** händerna" -> "Tvätta ", "alltid" (bold), " händerna".
// Empty spans are left out; an unclosed pair makes the rest of the line bold.
std::vector<TextSpan> emphasis_spans(std::string_view line);
// The text without its marks.
std::string without_emphasis(std::string_view text);
// The first line (1-based) with a pair of stars that does not close on it; nothing when all close.
std::optional<int> unclosed_emphasis_line(std::string_view text);

}  // namespace dl
