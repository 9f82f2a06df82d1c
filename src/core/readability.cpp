// LIX readability of Swedish text (readability.hpp): words, sentences and long words counted on
// UTF-8 text, and the sum over every Swedish text of a module.
#include "readability.hpp"
#include "markup.hpp"

#include <cstdint>

namespace dl {
namespace {

// Decodes one UTF-8 code point at `i` and moves `i` past it. A broken sequence gives U+FFFD and
// moves one byte, so no input can stall the loop.
char32_t next_code_point(std::string_view text, std::size_t& i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  int extra = 0;
  char32_t cp = 0;
  if (b0 < 0x80) {
    ++i;
    return b0;
  } else if ((b0 & 0xE0) == 0xC0) {
    extra = 1;
    cp = b0 & 0x1F;
  } else if ((b0 & 0xF0) == 0xE0) {
    extra = 2;
    cp = b0 & 0x0F;
  } else if ((b0 & 0xF8) == 0xF0) {
    extra = 3;
    cp = b0 & 0x07;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + static_cast<std::size_t>(extra) >= text.size()) {
    ++i;
    return 0xFFFD;
  }
  for (int k = 1; k <= extra; ++k) {
    const unsigned char b = byte(i + static_cast<std::size_t>(k));
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b & 0x3F);
  }
  i += static_cast<std::size_t>(extra) + 1;
  return cp;
}

// Letters of the Latin script: a–z, and the accented letters of Latin-1, Latin Extended-A/B and
// Latin Extended Additional (å ä ö é ü ø æ …). Other scripts do not occur in Swedish course text.
bool is_letter(char32_t c) {
  if ((c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z')) return true;
  if (c >= 0xC0 && c <= 0xFF) return c != 0xD7 && c != 0xF7;  // not × and ÷
  if (c >= 0x100 && c <= 0x24F) return true;
  return c >= 0x1E00 && c <= 0x1EFF;
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_end_mark(char32_t c) { return c == U'.' || c == U'!' || c == U'?' || c == U':'; }
bool is_hyphen(char32_t c) { return c == U'-' || c == 0x2010 || c == 0x2011; }  // not dashes (– —)

std::u32string decode(std::string_view text) {
  std::u32string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) out.push_back(next_code_point(text, i));
  return out;
}

void add_text(LixResult& sum, const std::string& text) { sum = sum + lix(text); }
void add_text(LixResult& sum, const LocalText& text) { add_text(sum, text.sv); }

// A text part's markup is not text: "**" marks emphasis. Each line (a paragraph or a list item)
// is measured on its own, since list items often end without a full stop.
void add_text_part(LixResult& sum, const std::string& text) {
  const std::string plain = without_emphasis(text);
  std::size_t start = 0;
  while (start <= plain.size()) {
    std::size_t end = plain.find('\n', start);
    if (end == std::string::npos) end = plain.size();
    sum = sum + lix(std::string_view(plain).substr(start, end - start));
    start = end + 1;
  }
}

void add_question(LixResult& sum, const Question& q) {
  add_text(sum, q.prompt);
  for (const auto& c : q.choices) {
    add_text(sum, c.text);
    add_text(sum, c.feedback);
  }
  for (const auto& item : q.items) add_text(sum, item.text);
  for (const auto& pair : q.pairs) {
    add_text(sum, pair.left);
    add_text(sum, pair.right);
  }
  add_text(sum, q.feedback_right);
  add_text(sum, q.feedback_wrong);
}

}  // namespace

double LixResult::value() const {
  if (words <= 0) return 0.0;
  const int s = sentences > 0 ? sentences : 1;
  return static_cast<double>(words) / s + 100.0 * long_words / words;
}

LixResult operator+(const LixResult& a, const LixResult& b) {
  return LixResult{a.words + b.words, a.sentences + b.sentences, a.long_words + b.long_words};
}

// Words are runs of letters; a hyphen between letters joins ("e-post" is one word of 5 letters);
// digits end a word and are never one. A sentence ends at . ! ? or : after at least one word,
// when the mark is not inside a token ("t.ex." and "10.30" end no sentence at the inner dot);
// words after the last end mark make one more sentence.
LixResult lix(std::string_view text) {
  const std::u32string s = decode(text);
  LixResult r;
  bool words_since_end = false;
  std::size_t i = 0;
  while (i < s.size()) {
    const char32_t c = s[i];
    if (is_letter(c)) {
      int letters = 0;
      while (i < s.size()) {
        if (is_letter(s[i])) {
          ++letters;
          ++i;
        } else if (is_hyphen(s[i]) && i + 1 < s.size() && is_letter(s[i + 1])) {
          ++i;
        } else {
          break;
        }
      }
      ++r.words;
      if (letters > 6) ++r.long_words;
      words_since_end = true;
      continue;
    }
    if (is_end_mark(c)) {
      const bool inside_token = i + 1 < s.size() && (is_letter(s[i + 1]) || is_digit(s[i + 1]));
      if (words_since_end && !inside_token) {
        ++r.sentences;
        words_since_end = false;
      }
    }
    ++i;
  }
  if (words_since_end) ++r.sentences;
  return r;
}

LixResult module_lix(const Module& module) {
  LixResult sum;
  add_text(sum, module.title);
  add_text(sum, module.summary);
  for (const auto& goal : module.goals) add_text(sum, goal);
  for (const auto& page : module.pages) {
    add_text(sum, page.title);
    for (const auto& part : page.parts) {
      switch (part.kind) {
        case PagePart::Kind::text:
          add_text_part(sum, part.text.sv);
          break;
        case PagePart::Kind::picture:
          add_text(sum, part.picture.alt);
          add_text(sum, part.picture.caption);
          break;
        case PagePart::Kind::key_points:
          for (const auto& point : part.points) add_text(sum, point);
          break;
        case PagePart::Kind::scenario:
          add_text(sum, part.story);
          add_text(sum, part.prompt);
          for (const auto& option : part.options) {
            add_text(sum, option.text);
            add_text(sum, option.outcome);
          }
          break;
        case PagePart::Kind::reflection:
          add_text(sum, part.prompt);
          break;
        case PagePart::Kind::question:
          if (part.question) add_question(sum, *part.question);
          break;
      }
    }
  }
  return sum;
}

}  // namespace dl
