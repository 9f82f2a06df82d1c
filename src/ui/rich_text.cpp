// Rich text for content: paragraphs and "- " bullets whose words may be bold (emphasis read by
// core/markup.hpp), laid out word by word in two fonts; Ui::rich_text and Ui::callout. The mirror
// gets each block's plain label and, when some words are bold, its spans.
#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "core/markup.hpp"
#include "ui/widget_parts.hpp"

namespace dl::ui {
namespace th = theme;
using namespace detail;

namespace {

struct Run {
  std::string text;
  bool bold = false;
};
struct Word {
  std::vector<Run> runs;
};
struct RichBlock {
  std::vector<Word> words;
  bool bullet = false;
  std::string plain;             // the mirror's label
  std::vector<TextSpan> spans;   // the mirror's spans, only when some words are bold
};

// Words of a line's emphasis spans (core/markup.hpp): a word may change font midway ("**Logga**ut").
void add_words(std::vector<Word>& words, const std::vector<TextSpan>& spans) {
  Word word;
  for (const TextSpan& span : spans) {
    for (const char c : span.text) {
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        if (!word.runs.empty()) words.push_back(std::move(word));
        word = Word{};
        continue;
      }
      if (word.runs.empty() || word.runs.back().bold != span.bold) word.runs.push_back({{}, span.bold});
      word.runs.back().text += c;
    }
  }
  if (!word.runs.empty()) words.push_back(std::move(word));
}

// The mirror's label (plain words) and spans: bold runs of neighbouring words share one span
// ("Logga ut"), so the page makes one <strong> of them.
void finish_block(RichBlock& block) {
  bool any_bold = false;
  auto add = [&block](const std::string& text, bool bold) {
    if (block.spans.empty() || block.spans.back().bold != bold) block.spans.push_back(TextSpan{"", bold});
    block.spans.back().text += text;
  };
  for (std::size_t w = 0; w < block.words.size(); ++w) {
    const std::vector<Run>& runs = block.words[w].runs;
    if (w) {
      // The space between two bold words stays inside the bold span.
      const bool joins = !block.spans.empty() && block.spans.back().bold && runs.front().bold;
      add(" ", joins);
      block.plain += ' ';
    }
    for (const Run& run : runs) {
      add(run.text, run.bold);
      block.plain += run.text;
      any_bold = any_bold || run.bold;
    }
  }
  if (!any_bold) block.spans.clear();
}

// Blocks: paragraphs (lines joined) and bullets, in order. A blank line ends a paragraph;
// every line starting with "- " is one bullet. Emphasis marks are read per line.
std::vector<RichBlock> parse_rich(const std::string& text) {
  std::vector<RichBlock> blocks;
  std::vector<Word> paragraph;
  auto flush = [&]() {
    RichBlock block;
    block.words = std::move(paragraph);
    paragraph.clear();
    if (block.words.empty()) return;
    finish_block(block);
    blocks.push_back(std::move(block));
  };
  std::size_t at = 0;
  while (at <= text.size()) {
    std::size_t end = text.find('\n', at);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(at, end - at);
    const std::size_t first = line.find_first_not_of(" \t\r");
    if (first == std::string::npos) {
      flush();
    } else if (line.compare(first, 2, "- ") == 0) {
      flush();
      RichBlock block;
      block.bullet = true;
      add_words(block.words, emphasis_spans(line.substr(first + 2)));
      if (!block.words.empty()) {
        finish_block(block);
        blocks.push_back(std::move(block));
      }
    } else {
      add_words(paragraph, emphasis_spans(line));
    }
    at = end + 1;
  }
  flush();
  return blocks;
}

struct PlacedRun {
  Run run;  // a copy: a word broken at the edge is placed in pieces
  float x;  // from the line's start
};
struct RichLines {
  std::vector<std::vector<PlacedRun>> lines;
  float width = 0;
  float line_height = 0;
  float height() const { return static_cast<float>(std::max<std::size_t>(1, lines.size())) * line_height; }
};

float run_width(const Run& run) {
  const th::Font which = run.bold ? th::Font::bold : th::Font::regular;
  return th::font(which)->CalcTextSizeA(th::font_size(which), FLT_MAX, 0, run.text.c_str()).x;
}

// A word wider than the whole line ("Integritetsskyddsmyndigheten" on a phone in large text) is
// broken where it reaches the edge, with a hyphen, so no text runs past the column. Starts on a
// line of its own; `x` ends where the word's last piece ends.
void place_broken_word(RichLines& out, const Word& word, float wrap_width, float& x) {
  if (x > 0) out.lines.emplace_back();
  x = 0;
  for (const Run& run : word.runs) {
    const th::Font which = run.bold ? th::Font::bold : th::Font::regular;
    ImFont* font = th::font(which);
    const float size = th::font_size(which);
    const float hyphen = font->CalcTextSizeA(size, FLT_MAX, 0, "-").x;
    std::size_t start = 0;
    std::size_t at = 0;
    while (at < run.text.size()) {
      unsigned int c = 0;
      const char* s = run.text.c_str() + at;
      const std::size_t step = static_cast<std::size_t>(std::max(1, ImTextCharFromUtf8(&c, s, run.text.c_str() + run.text.size())));
      const float piece = font->CalcTextSizeA(size, FLT_MAX, 0, run.text.c_str() + start, s + step).x;
      if (at > start && x + piece + hyphen > wrap_width) {
        const char* text = run.text.c_str();
        // By syllable where the word allows (as wrap() does), else where it reaches the edge.
        at = static_cast<std::size_t>(hyphen_point(text + start, text + at, text + run.text.size(), text) - text);
        Run part{run.text.substr(start, at - start) + "-", run.bold};
        out.width = std::max(out.width, x + run_width(part));
        out.lines.back().push_back({std::move(part), x});
        out.lines.emplace_back();
        x = 0;
        start = at;
        continue;
      }
      at += step;
    }
    Run rest{run.text.substr(start), run.bold};
    const float rest_width = run_width(rest);
    out.lines.back().push_back({std::move(rest), x});
    x += rest_width;
    out.width = std::max(out.width, x);
  }
}

RichLines layout_rich(const std::vector<Word>& words, float wrap_width) {
  RichLines out;
  out.line_height = text_style(th::Font::regular, th::kText).line_height;
  const float space =
      th::font(th::Font::regular)->CalcTextSizeA(th::font_size(th::Font::regular), FLT_MAX, 0, " ").x;
  float x = 0;
  for (const Word& word : words) {
    float w = 0;
    for (const Run& run : word.runs) w += run_width(run);
    if (w > wrap_width) {
      if (out.lines.empty()) out.lines.emplace_back();
      place_broken_word(out, word, wrap_width, x);
      continue;
    }
    if (out.lines.empty() || (x > 0 && x + space + w > wrap_width)) {
      out.lines.emplace_back();
      x = 0;
    } else if (x > 0) {
      x += space;
    }
    for (const Run& run : word.runs) {
      out.lines.back().push_back({run, x});
      x += run_width(run);
    }
    out.width = std::max(out.width, x);
  }
  return out;
}

void draw_rich(const RichLines& lines, ImVec2 pos, ImU32 color) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float y = pos.y;
  for (const auto& line : lines.lines) {
    for (const PlacedRun& placed : line) {
      const th::Font which = placed.run.bold ? th::Font::bold : th::Font::regular;
      const float size = th::font_size(which);
      const float top = y + std::round((lines.line_height - size) / 2);
      draw->AddText(th::font(which), size, ImVec2(pos.x + placed.x, top), color,
                    placed.run.text.c_str());
    }
    y += lines.line_height;
  }
}

constexpr float kBulletIndent = 30;
constexpr float kBulletGap = 6;  // between the bullets of one list

void draw_bullet_dot(ImVec2 line_top_left, float line_height) {
  ImGui::GetWindowDrawList()->AddCircleFilled(
      ImVec2(line_top_left.x + 10, line_top_left.y + line_height / 2), 4.5f, th::kText);
}

}  // namespace

void Ui::rich_text(const std::string& text) {
  const std::vector<RichBlock> blocks = parse_rich(text);
  const float width = available_width();
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const RichBlock& block = blocks[i];
    const float indent = block.bullet ? kBulletIndent : 0;
    const RichLines lines = layout_rich(block.words, width - indent);
    // Bullets of one list sit closer together than paragraphs.
    const bool tight = block.bullet && i + 1 < blocks.size() && blocks[i + 1].bullet;
    if (tight) ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(th::kRowGap, kBulletGap));
    const ImRect bb = place(same_line_, indent + lines.width, lines.height());
    if (tight) ImGui::PopStyleVar();
    if (ImGui::ItemAdd(bb, 0)) {
      if (block.bullet) draw_bullet_dot(bb.Min, lines.line_height);
      draw_rich(lines, ImVec2(bb.Min.x + indent, bb.Min.y), th::kText);
    }
    A11yNode node = make_node(unnamed_id(unnamed_count_), Role::text, block.plain, bb);
    node.spans = block.spans;
    tree_.nodes.push_back(std::move(node));
  }
}

void Ui::callout(const std::string& heading, const std::string& text) {
  constexpr float kPadX = 22, kPadY = 18, kBorder = 1.5f, kHeadingGap = 8;
  const float width = available_width();
  const float inner = width - 2 * kPadX;
  const TextStyle heading_style = text_style(th::Font::h3, th::kText);
  const Lines heading_lines = wrap(heading_style, heading, inner);
  const std::vector<RichBlock> blocks = parse_rich(text);
  std::vector<RichLines> laid;
  float height = kPadY + (heading.empty() ? 0 : heading_lines.height(heading_style));
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    laid.push_back(layout_rich(blocks[i].words, inner - (blocks[i].bullet ? kBulletIndent : 0)));
    const bool tight = blocks[i].bullet && i > 0 && blocks[i - 1].bullet;
    if (i > 0 || !heading.empty()) height += i == 0 ? kHeadingGap : tight ? kBulletGap : th::kItemSpacing;
    height += laid.back().height();
  }
  height += kPadY;
  same_line_ = false;
  const ImRect bb = place(same_line_, width, height);
  const bool visible = ImGui::ItemAdd(bb, 0);
  if (visible) draw_box(bb, th::kCalloutFill, th::kCalloutBorder, kBorder);
  float y = bb.Min.y + kPadY;
  const float x = bb.Min.x + kPadX;
  if (!heading.empty()) {
    const ImRect hb(ImVec2(x, y), ImVec2(x + heading_lines.width, y + heading_lines.height(heading_style)));
    if (visible) draw_lines(heading_style, heading_lines, hb.Min);
    // One level below the heading it follows (an h2 right under the screen's h1), at most 3.
    int above = 1;
    for (auto it = tree_.nodes.rbegin(); it != tree_.nodes.rend(); ++it) {
      if (it->role == Role::heading) {
        above = it->level;
        break;
      }
    }
    A11yNode node = make_node(unnamed_id(unnamed_count_), Role::heading, heading, hb);
    node.level = std::clamp(above + 1, 2, 3);
    tree_.nodes.push_back(std::move(node));
    y = hb.Max.y;
  }
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    const bool tight = blocks[i].bullet && i > 0 && blocks[i - 1].bullet;
    if (i > 0 || !heading.empty()) y += i == 0 ? kHeadingGap : tight ? kBulletGap : th::kItemSpacing;
    const float indent = blocks[i].bullet ? kBulletIndent : 0;
    const ImRect tb(ImVec2(x, y), ImVec2(x + indent + laid[i].width, y + laid[i].height()));
    if (visible) {
      if (blocks[i].bullet) draw_bullet_dot(tb.Min, laid[i].line_height);
      draw_rich(laid[i], ImVec2(x + indent, y), th::kText);
    }
    A11yNode node = make_node(unnamed_id(unnamed_count_), Role::text, blocks[i].plain, tb);
    node.spans = blocks[i].spans;
    tree_.nodes.push_back(std::move(node));
    y = tb.Max.y;
  }
}

}  // namespace dl::ui
