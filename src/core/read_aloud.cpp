// Plain sentences for "Lyssna" (read_aloud.hpp).
#include "read_aloud.hpp"

#include <string_view>

#include "markup.hpp"

namespace dl {
namespace {

class Sentences {
 public:
  explicit Sentences(Lang lang) : lang_(lang) {}

  // One line: no emphasis marks, no list dash, ending like a sentence so the voice pauses.
  void add(std::string_view line) {
    std::string text = without_emphasis(line);
    const auto first = text.find_first_not_of(" \t");
    if (first == std::string::npos) return;
    text.erase(0, first);
    if (text.rfind("- ", 0) == 0) text.erase(0, 2);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
    if (text.empty()) return;
    const char last = text.back();
    if (last != '.' && last != '?' && last != '!' && last != ':' && text.rfind("…") != text.size() - 3) text += '.';
    if (!out_.empty()) out_ += '\n';
    out_ += text;
  }
  // A text of several lines and blocks.
  void add_text(const LocalText& text) {
    const std::string& s = text.in(lang_);
    std::size_t start = 0;
    while (start <= s.size()) {
      const std::size_t end = s.find('\n', start);
      add(std::string_view(s).substr(start, end == std::string::npos ? std::string::npos : end - start));
      if (end == std::string::npos) break;
      start = end + 1;
    }
  }
  SpeechText done() { return {std::move(out_), lang_}; }

 private:
  Lang lang_;
  std::string out_;
};

void add_question(Sentences& say, const Question& q) {
  say.add_text(q.prompt);
  switch (q.kind) {
    case QuestionKind::single:
    case QuestionKind::multiple:
      for (const Choice& c : q.choices) say.add_text(c.text);
      break;
    case QuestionKind::true_false:
      break;
    case QuestionKind::order:  // as first shown: the file lists the right order
      for (const std::string& id : initial_order(q)) {
        for (const OrderItem& item : q.items) {
          if (item.id == id) say.add_text(item.text);
        }
      }
      break;
    case QuestionKind::match:  // the left texts: reading the pairs would read the answer
      for (const MatchPair& pair : q.pairs) say.add_text(pair.left);
      break;
  }
}

}  // namespace

SpeechText page_speech(const Page& page, Lang lang) {
  Sentences say(lang == Lang::en && page.fully_in_english() ? Lang::en : Lang::sv);
  say.add_text(page.title);
  for (const PagePart& part : page.parts) {
    switch (part.kind) {
      case PagePart::Kind::text: say.add_text(part.text); break;
      case PagePart::Kind::picture: say.add_text(part.picture.caption); break;
      case PagePart::Kind::key_points:
        for (const LocalText& point : part.points) say.add_text(point);
        break;
      case PagePart::Kind::scenario:
        say.add_text(part.story);
        say.add_text(part.prompt);
        for (const ScenarioOption& option : part.options) say.add_text(option.text);
        break;
      case PagePart::Kind::reflection: say.add_text(part.prompt); break;
      case PagePart::Kind::question:
        if (part.question) add_question(say, *part.question);
        break;
    }
  }
  return say.done();
}

SpeechText statement_speech(const Statement& statement, Lang lang) {
  Sentences say(statement.text.has(lang) ? lang : Lang::sv);
  say.add_text(statement.text);
  return say.done();
}

}  // namespace dl
