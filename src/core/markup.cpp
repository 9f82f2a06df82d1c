// Emphasis marks in content text (markup.hpp).
#include "markup.hpp"

namespace dl {

namespace {
constexpr std::string_view kMark = "**";
}

std::vector<TextSpan> emphasis_spans(std::string_view line) {
  std::vector<TextSpan> spans;
  bool bold = false;
  std::size_t start = 0;
  while (start <= line.size()) {
    const std::size_t mark = line.find(kMark, start);
    const std::size_t end = mark == std::string_view::npos ? line.size() : mark;
    if (end > start) spans.push_back(TextSpan{std::string(line.substr(start, end - start)), bold});
    if (mark == std::string_view::npos) break;
    bold = !bold;
    start = mark + kMark.size();
  }
  return spans;
}

std::string without_emphasis(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text.compare(i, kMark.size(), kMark) == 0) {
      ++i;
      continue;
    }
    out += text[i];
  }
  return out;
}

std::optional<int> unclosed_emphasis_line(std::string_view text) {
  std::size_t line_start = 0;
  int line_number = 1;
  while (line_start <= text.size()) {
    const std::size_t line_end = std::min(text.find('\n', line_start), text.size());
    int marks = 0;
    for (std::size_t at = text.find(kMark, line_start); at != std::string_view::npos && at + 2 <= line_end;
         at = text.find(kMark, at + 2)) {
      ++marks;
    }
    if (marks % 2 != 0) return line_number;
    line_start = line_end + 1;
    ++line_number;
  }
  return std::nullopt;
}

}  // namespace dl
