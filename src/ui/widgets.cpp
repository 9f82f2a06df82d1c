// The widget kit: large, calm, touch-friendly widgets drawn with ImGui's draw lists. Each widget also
// records an accessibility node (role, visible label, rect in document coordinates, stable id) that
// the page mirrors into the DOM. Looks come from theme.hpp.
//
// [SECTION] Text layout helpers
// [SECTION] Placement and nodes
// [SECTION] Text widgets
// [SECTION] Input widgets
// [SECTION] Figures
// [SECTION] Layout
#include "ui/widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <utility>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/theme.hpp"

namespace dl::ui {
namespace th = theme;

//-------------------------------------------------------------------------------------------------
// [SECTION] Text layout helpers
//-------------------------------------------------------------------------------------------------
namespace {

// "Nästa##page3" shows "Nästa": ImGui's id suffix never reaches the screen or the mirror.
std::string visible_text(const std::string& label) {
  const auto cut = label.find("##");
  return cut == std::string::npos ? label : label.substr(0, cut);
}

struct TextStyle {
  ImFont* font;
  float size;         // ImGui size (line box) of the font
  float line_height;  // CSS line height
  ImU32 color;
};

TextStyle text_style(th::Font which, ImU32 color) {
  return {th::font(which), th::font_size(which), std::round(th::em_size(which) * th::kLineHeight),
          color};
}

// Text broken into lines that fit `wrap_width`, at word boundaries; '\n' starts a new line.
struct Lines {
  std::vector<std::pair<const char*, const char*>> spans;
  float width = 0;  // the widest line
  float height(const TextStyle& style) const {
    return static_cast<float>(spans.size()) * style.line_height;
  }
};

Lines wrap(const TextStyle& style, const std::string& text, float wrap_width) {
  Lines lines;
  const float scale = style.size / style.font->FontSize;
  wrap_width = std::max(wrap_width, style.size);
  const char* paragraph = text.data();
  const char* const end = text.data() + text.size();
  while (true) {
    const char* paragraph_end = std::find(paragraph, end, '\n');
    const char* s = paragraph;
    if (s == paragraph_end) lines.spans.emplace_back(s, s);
    while (s < paragraph_end) {
      const char* e = style.font->CalcWordWrapPositionA(scale, s, paragraph_end, wrap_width);
      if (e <= s) {  // a single character wider than the column: take it anyway
        unsigned int c = 0;
        e = s + std::max(1, ImTextCharFromUtf8(&c, s, paragraph_end));
      }
      const char* trimmed = e;
      while (trimmed > s && (trimmed[-1] == ' ' || trimmed[-1] == '\t')) --trimmed;
      lines.spans.emplace_back(s, trimmed);
      lines.width =
          std::max(lines.width, style.font->CalcTextSizeA(style.size, FLT_MAX, 0, s, trimmed).x);
      s = e;
      while (s < paragraph_end && (*s == ' ' || *s == '\t')) ++s;
    }
    if (paragraph_end == end) break;
    paragraph = paragraph_end + 1;
  }
  return lines;
}

float line_width(const TextStyle& style, const std::pair<const char*, const char*>& span) {
  return style.font->CalcTextSizeA(style.size, FLT_MAX, 0, span.first, span.second).x;
}

enum class Align { left, center, right };

// Draws the lines at `pos`; `box_width` is the width `align` aligns within.
void draw_lines(const TextStyle& style, const Lines& lines, ImVec2 pos, float box_width = 0,
                Align align = Align::left) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float y = pos.y + std::round((style.line_height - style.size) / 2);
  for (const auto& span : lines.spans) {
    float x = pos.x;
    if (align != Align::left) {
      const float free = box_width - line_width(style, span);
      x += std::round(align == Align::center ? free / 2 : free);
    }
    if (span.first != span.second)
      draw->AddText(style.font, style.size, ImVec2(x, y), style.color, span.first, span.second);
    y += style.line_height;
  }
}

// Numbers, shares and suppressed cells ("12", "45 %", "<5", "−3") sit right-aligned in tables.
bool looks_numeric(const std::string& text) {
  bool digit = false;
  for (unsigned char c : text) {
    if (c >= '0' && c <= '9') digit = true;
    else if (!(c == ' ' || c == ',' || c == '.' || c == '%' || c == '<' || c == '>' || c == '+' ||
               c == '-' || c >= 0x80))  // UTF-8 bytes: − ≤ ≥ and non-breaking spaces
      return false;
  }
  return digit;
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Placement and nodes
//-------------------------------------------------------------------------------------------------

// Width left on the current row (the column, or a table cell).
float available_width() { return std::max(1.0f, ImGui::GetContentRegionAvail().x); }

// Reserves a w×h box for the next widget and returns it (screen coordinates). After same_line()
// the widget joins the previous row when it fits there; otherwise it starts a new row.
ImRect place(bool& same_line, float w, float h) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  if (same_line) {
    same_line = false;
    const float x = window->DC.CursorPosPrevLine.x + th::kRowGap;
    if (x + w <= window->WorkRect.Max.x + 0.5f) ImGui::SameLine(0, th::kRowGap);
  }
  const ImVec2 pos = window->DC.CursorPos;
  const ImRect bb(pos, ImVec2(pos.x + w, pos.y + h));
  ImGui::ItemSize(bb.GetSize());
  return bb;
}

A11yNode make_node(std::uint32_t id, Role role, std::string label, const ImRect& bb) {
  A11yNode node;
  node.id = id;
  node.role = role;
  node.label = std::move(label);
  node.x = bb.Min.x;
  node.y = bb.Min.y + ImGui::GetScrollY();  // screen -> document
  node.w = bb.GetWidth();
  node.h = bb.GetHeight();
  return node;
}

std::uint32_t unnamed_id(int& count) {
  const std::string key = "#node" + std::to_string(count++);
  return ImGui::GetID(key.c_str());
}

struct ButtonColors {
  ImU32 fill, text, border;
  float border_width;
};

ButtonColors button_colors(ButtonKind kind, bool enabled, bool hovered, bool held) {
  if (!enabled)
    return {th::kDisabledFill, th::kDisabledText, kind == ButtonKind::secondary ? th::kBorder : 0,
            kind == ButtonKind::secondary ? 1.5f : 0.0f};
  if (kind == ButtonKind::primary)
    return {held ? th::kPrimaryPressed : hovered ? th::kPrimaryHover : th::kPrimary, th::kOnPrimary,
            0, 0};
  return {held ? th::kSecondaryPressed : hovered ? th::kSecondaryHover : th::kSurface, th::kText,
          th::kBorderStrong, 2.0f};
}

void draw_box(const ImRect& bb, ImU32 fill, ImU32 border, float border_width) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(bb.Min, bb.Max, fill, th::kRounding);
  if (border_width > 0) {
    const float inset = border_width / 2;
    draw->AddRect(ImVec2(bb.Min.x + inset, bb.Min.y + inset),
                  ImVec2(bb.Max.x - inset, bb.Max.y - inset), border, th::kRounding, 0,
                  border_width);
  }
}

}  // namespace

Ui::Ui(std::set<std::uint32_t> activations) : activations_(std::move(activations)) {}

bool Ui::take_activation(std::uint32_t id) { return activations_.erase(id) > 0; }

//-------------------------------------------------------------------------------------------------
// [SECTION] Text widgets
//-------------------------------------------------------------------------------------------------

void Ui::heading(const std::string& text, int level) {
  level = std::clamp(level, 1, 3);
  const th::Font font = level == 1 ? th::Font::h1 : level == 2 ? th::Font::h2 : th::Font::h3;
  // A little more air above sub-headings that follow other content.
  if (level > 1 && ImGui::GetCursorPosY() > th::kTopPadding + 1) space(10);
  const TextStyle style = text_style(font, th::kText);
  const Lines lines = wrap(style, text, available_width());
  const ImRect bb = place(same_line_, lines.width, lines.height(style));
  if (ImGui::ItemAdd(bb, 0)) draw_lines(style, lines, bb.Min);
  A11yNode node = make_node(unnamed_id(unnamed_count_), Role::heading, text, bb);
  node.level = level;
  tree_.nodes.push_back(std::move(node));
}

void Ui::paragraph(const std::string& text) {
  const TextStyle style = text_style(th::Font::regular, th::kText);
  const Lines lines = wrap(style, text, available_width());
  const ImRect bb = place(same_line_, lines.width, lines.height(style));
  if (ImGui::ItemAdd(bb, 0)) draw_lines(style, lines, bb.Min);
  tree_.nodes.push_back(make_node(unnamed_id(unnamed_count_), Role::text, text, bb));
}

void Ui::muted(const std::string& text) {
  const TextStyle style = text_style(th::Font::small, th::kTextMuted);
  const Lines lines = wrap(style, text, available_width());
  const ImRect bb = place(same_line_, lines.width, lines.height(style));
  if (ImGui::ItemAdd(bb, 0)) draw_lines(style, lines, bb.Min);
  tree_.nodes.push_back(make_node(unnamed_id(unnamed_count_), Role::text, text, bb));
}

void Ui::bullet(const std::string& text) {
  constexpr float kIndent = 30;
  const TextStyle style = text_style(th::Font::regular, th::kText);
  const Lines lines = wrap(style, text, available_width() - kIndent);
  const ImRect bb = place(same_line_, kIndent + lines.width, lines.height(style));
  if (ImGui::ItemAdd(bb, 0)) {
    ImGui::GetWindowDrawList()->AddCircleFilled(
        ImVec2(bb.Min.x + 10, bb.Min.y + style.line_height / 2), 4.5f, th::kText);
    draw_lines(style, lines, ImVec2(bb.Min.x + kIndent, bb.Min.y));
  }
  tree_.nodes.push_back(make_node(unnamed_id(unnamed_count_), Role::text, text, bb));
}

void Ui::message(const std::string& text, Tone tone, bool urgent) {
  constexpr float kAccent = 6, kPadX = 20, kPadY = 16;
  const ImU32 fill = tone == Tone::success   ? th::kSuccessFill
                     : tone == Tone::warning ? th::kWarningFill
                                             : th::kInfoFill;
  const ImU32 accent = tone == Tone::success   ? th::kSuccessAccent
                       : tone == Tone::warning ? th::kWarningAccent
                                               : th::kInfoAccent;
  const float width = available_width();
  const TextStyle style = text_style(th::Font::regular, th::kText);
  const Lines lines = wrap(style, text, width - kAccent - 2 * kPadX);
  const ImRect bb = place(same_line_, width, lines.height(style) + 2 * kPadY);
  if (ImGui::ItemAdd(bb, 0)) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(bb.Min, bb.Max, fill, th::kRounding);
    draw->AddRectFilled(bb.Min, ImVec2(bb.Min.x + kAccent, bb.Max.y), accent, th::kRounding,
                        ImDrawFlags_RoundCornersLeft);
    draw_lines(style, lines, ImVec2(bb.Min.x + kAccent + kPadX, bb.Min.y + kPadY));
  }
  tree_.nodes.push_back(
      make_node(unnamed_id(unnamed_count_), urgent ? Role::alert : Role::status, text, bb));
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Input widgets
//-------------------------------------------------------------------------------------------------

bool Ui::button(const std::string& label, ButtonKind kind, bool enabled) {
  constexpr float kMinWidth = 140;
  const std::string text = visible_text(label);
  const ImGuiID id = ImGui::GetID(label.c_str());
  const float avail = available_width();
  const TextStyle base = text_style(th::Font::bold, th::kText);
  const Lines lines = wrap(base, text, avail - 2 * th::kButtonPadX);
  const float w = std::min(avail, std::max(kMinWidth, lines.width + 2 * th::kButtonPadX));
  const float h = std::max(th::kButtonMinHeight, lines.height(base) + 2 * th::kButtonPadY);
  const ImRect bb = place(same_line_, w, h);
  bool hovered = false, held = false, pressed = false;
  if (ImGui::ItemAdd(bb, id)) {
    if (enabled) pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held);
    const ButtonColors colors = button_colors(kind, enabled, hovered, held);
    draw_box(bb, colors.fill, colors.border, colors.border_width);
    TextStyle style = base;
    style.color = colors.text;
    draw_lines(style, lines, ImVec2(bb.Min.x, bb.Min.y + (h - lines.height(base)) / 2), w,
               Align::center);
  }
  if (take_activation(id) && enabled) pressed = true;
  A11yNode node = make_node(id, Role::button, text, bb);
  node.disabled = !enabled;
  tree_.nodes.push_back(std::move(node));
  return pressed;
}

bool Ui::link(const std::string& label) {
  const std::string text = visible_text(label);
  const ImGuiID id = ImGui::GetID(label.c_str());
  TextStyle style = text_style(th::Font::regular, th::kPrimary);
  const Lines lines = wrap(style, text, available_width());
  const float text_h = lines.height(style);
  const float h = std::max(th::kTouchMinHeight, text_h);
  const ImRect bb = place(same_line_, lines.width, h);
  bool hovered = false, held = false, pressed = false;
  if (ImGui::ItemAdd(bb, id)) {
    pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held);
    style.color = held ? th::kPrimaryPressed : hovered ? th::kPrimaryHover : th::kPrimary;
    const ImVec2 pos(bb.Min.x, bb.Min.y + (h - text_h) / 2);
    draw_lines(style, lines, pos);
    // Underline every line just under the baseline.
    const float thickness = hovered ? 2.5f : 1.5f;
    float y = pos.y + std::round((style.line_height - style.size) / 2) + style.font->Ascent *
              (style.size / style.font->FontSize) + 3;
    for (const auto& span : lines.spans) {
      ImGui::GetWindowDrawList()->AddLine(ImVec2(pos.x, y), ImVec2(pos.x + line_width(style, span), y),
                                          style.color, thickness);
      y += style.line_height;
    }
  }
  if (take_activation(id)) pressed = true;
  tree_.nodes.push_back(make_node(id, Role::link, text, bb));
  return pressed;
}

void Ui::file_button(const std::string& label) {
  // Drawn like a secondary button; the page opens the picker from the DOM click itself (browsers
  // only allow it inside the person's own click), so a press here does nothing.
  const std::string text = visible_text(label);
  const ImGuiID id = ImGui::GetID(label.c_str());
  const float avail = available_width();
  const TextStyle base = text_style(th::Font::bold, th::kText);
  const Lines lines = wrap(base, text, avail - 2 * th::kButtonPadX);
  const float w = std::min(avail, std::max(140.0f, lines.width + 2 * th::kButtonPadX));
  const float h = std::max(th::kButtonMinHeight, lines.height(base) + 2 * th::kButtonPadY);
  const ImRect bb = place(same_line_, w, h);
  if (ImGui::ItemAdd(bb, id)) {
    bool hovered = false, held = false;
    ImGui::ButtonBehavior(bb, id, &hovered, &held);
    const ButtonColors colors = button_colors(ButtonKind::secondary, true, hovered, held);
    draw_box(bb, colors.fill, colors.border, colors.border_width);
    draw_lines(base, lines, ImVec2(bb.Min.x, bb.Min.y + (h - lines.height(base)) / 2), w,
               Align::center);
  }
  take_activation(id);  // the page already opened the picker
  A11yNode node = make_node(id, Role::button, text, bb);
  node.action = "pick-files";
  tree_.nodes.push_back(std::move(node));
}

void Ui::radio_group_begin(const std::string& label) {
  const std::string text = visible_text(label);
  const ImGuiID id = ImGui::GetID(label.c_str());
  const TextStyle style = text_style(th::Font::bold, th::kText);
  const float width = available_width();
  const Lines lines = wrap(style, text, width);
  same_line_ = false;
  const ImRect bb = place(same_line_, width, lines.height(style));
  if (ImGui::ItemAdd(bb, 0)) draw_lines(style, lines, bb.Min);
  group_node_ = tree_.nodes.size();
  current_group_ = std::to_string(id);
  tree_.nodes.push_back(make_node(id, Role::radiogroup, text, bb));
  ImGui::PushID(label.c_str());  // options "Ja"/"Nej" of different questions get different ids
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(th::kRowGap, 10));
}

bool Ui::radio(const std::string& label, bool selected) {
  constexpr float kPadX = 18, kPadY = 14, kRadius = 13, kGap = 16;
  const std::string text = visible_text(label);
  const ImGuiID id = ImGui::GetID(label.c_str());
  const float width = available_width();
  const TextStyle style = text_style(th::Font::regular, th::kText);
  const float text_x = kPadX + 2 * kRadius + kGap;
  const Lines lines = wrap(style, text, width - text_x - kPadX);
  const float h = std::max(th::kOptionMinHeight, lines.height(style) + 2 * kPadY);
  same_line_ = false;
  const ImRect bb = place(same_line_, width, h);
  bool hovered = false, held = false, pressed = false;
  if (ImGui::ItemAdd(bb, id)) {
    pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held);
    const ImU32 fill = selected ? th::kSelectedFill
                       : held   ? th::kSecondaryPressed
                       : hovered ? th::kSecondaryHover
                                 : th::kSurface;
    const ImU32 border = selected ? th::kPrimary : hovered ? th::kBorderStrong : th::kBorder;
    draw_box(bb, fill, border, selected ? 3.0f : hovered ? 2.0f : 1.5f);
    const float text_top = bb.Min.y + (h - lines.height(style)) / 2;
    const ImVec2 centre(bb.Min.x + kPadX + kRadius,
                        lines.spans.size() > 1 ? text_top + style.line_height / 2
                                               : bb.Min.y + h / 2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddCircleFilled(centre, kRadius, th::kSurface);
    draw->AddCircle(centre, kRadius - 1.25f, selected ? th::kPrimary : th::kBorderStrong, 0, 2.5f);
    if (selected) draw->AddCircleFilled(centre, kRadius - 6, th::kPrimary);
    draw_lines(style, lines, ImVec2(bb.Min.x + text_x, text_top));
  }
  if (take_activation(id)) pressed = true;
  A11yNode node = make_node(id, Role::radio, text, bb);
  node.checked = selected;
  node.group = current_group_;
  tree_.nodes.push_back(std::move(node));
  return pressed;
}

void Ui::radio_group_end() {
  ImGui::PopStyleVar();
  ImGui::PopID();
  if (group_node_ < tree_.nodes.size()) {
    A11yNode& group = tree_.nodes[group_node_];
    const ImRect last = ImGui::GetCurrentContext()->LastItemData.Rect;
    const float bottom = last.Max.y + ImGui::GetScrollY();
    group.h = std::max(group.h, bottom - group.y);
    group.w = std::max(group.w, last.Max.x - group.x);
  }
  current_group_.clear();
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Figures
//-------------------------------------------------------------------------------------------------

void Ui::progress(float fraction, const std::string& value_text) {
  constexpr float kBar = 14, kGap = 8;
  fraction = std::clamp(fraction, 0.0f, 1.0f);
  const float width = available_width();
  const TextStyle style = text_style(th::Font::regular, th::kText);
  const Lines lines = wrap(style, value_text, width);
  const ImRect bb = place(same_line_, width, kBar + kGap + lines.height(style));
  if (ImGui::ItemAdd(bb, 0)) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 bar_max(bb.Max.x, bb.Min.y + kBar);
    draw->AddRectFilled(bb.Min, bar_max, th::kTrack, kBar / 2);
    if (fraction > 0) {
      const float fill = std::max(kBar, width * fraction);
      draw->AddRectFilled(bb.Min, ImVec2(bb.Min.x + fill, bar_max.y), th::kPrimary, kBar / 2);
    }
    draw_lines(style, lines, ImVec2(bb.Min.x, bb.Min.y + kBar + kGap));
  }
  A11yNode node = make_node(unnamed_id(unnamed_count_), Role::progressbar,
                            tree_.lang == "en" ? "Progress" : "Framsteg", bb);
  node.value = std::round(fraction * 100);
  node.min = 0;
  node.max = 100;
  node.value_text = value_text;
  tree_.nodes.push_back(std::move(node));
}

void Ui::score_bar(const std::string& label, int score, const std::string& value_text) {
  constexpr float kBar = 22, kGap = 8, kValueGap = 24;
  score = std::clamp(score, 0, 100);
  const float width = available_width();
  const TextStyle label_style = text_style(th::Font::bold, th::kText);
  const TextStyle value_style = text_style(th::Font::regular, th::kText);
  // Label on the left and value on the right of one line when both fit, else the value under
  // the label. The bar always spans the whole column, so bars of different areas compare.
  const Lines value_lines = wrap(value_style, value_text, width);
  const bool one_line = value_lines.spans.size() == 1 && value_lines.width < width * 0.5f;
  const Lines label_lines =
      wrap(label_style, label, one_line ? width - value_lines.width - kValueGap : width);
  const bool value_beside = one_line && label_lines.spans.size() == 1;
  const Lines final_label = value_beside ? label_lines : wrap(label_style, label, width);
  const float head_h = value_beside ? label_style.line_height
                                    : final_label.height(label_style) + value_lines.height(value_style);
  const ImRect bb = place(same_line_, width, head_h + kGap + kBar);
  if (ImGui::ItemAdd(bb, 0)) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw_lines(label_style, final_label, bb.Min);
    if (value_beside)
      draw_lines(value_style, value_lines, bb.Min, width, Align::right);
    else
      draw_lines(value_style, value_lines,
                 ImVec2(bb.Min.x, bb.Min.y + final_label.height(label_style)));
    const ImVec2 bar_min(bb.Min.x, bb.Min.y + head_h + kGap), bar_max(bb.Max.x, bar_min.y + kBar);
    draw->AddRectFilled(bar_min, bar_max, th::kTrack, 4);
    for (int tick = 25; tick < 100; tick += 25) {  // faint guides at a quarter, half, three quarters
      const float x = std::round(bar_min.x + width * static_cast<float>(tick) / 100);
      draw->AddLine(ImVec2(x, bar_min.y), ImVec2(x, bar_max.y), th::kBackground, 1.5f);
    }
    if (score > 0)
      draw->AddRectFilled(
          bar_min,
          ImVec2(bar_min.x + std::max(6.0f, width * static_cast<float>(score) / 100), bar_max.y),
          th::kPrimary, 4);
  }
  tree_.nodes.push_back(make_node(unnamed_id(unnamed_count_), Role::image,
                                  label + ": " + value_text, bb));
}

void Ui::table(const std::string& caption, const std::vector<std::vector<std::string>>& cells) {
  std::size_t columns = 0;
  for (const auto& row : cells) columns = std::max(columns, row.size());
  const TextStyle caption_style = text_style(th::Font::bold, th::kText);
  const TextStyle header_style = text_style(th::Font::bold, th::kText);
  const TextStyle cell_style = text_style(th::Font::regular, th::kText);
  const float width = available_width();

  same_line_ = false;
  const Lines caption_lines = wrap(caption_style, caption, width);
  const ImRect caption_bb = place(same_line_, width, caption_lines.height(caption_style));
  if (ImGui::ItemAdd(caption_bb, 0)) draw_lines(caption_style, caption_lines, caption_bb.Min);
  float bottom = caption_bb.Max.y;

  if (columns > 0) {
    // Columns share the width by their natural (unwrapped) text width, within limits, so the
    // layout is the same in the first frame as in every later one.
    std::vector<float> weight(columns, 60.0f);
    std::vector<bool> numeric(columns, cells.size() > 1);  // every body cell is a number
    for (std::size_t r = 1; r < cells.size(); ++r)
      for (std::size_t c = 0; c < columns; ++c)
        if (c == 0 || (c < cells[r].size() && !looks_numeric(cells[r][c]))) numeric[c] = false;
    for (std::size_t r = 0; r < cells.size(); ++r)
      for (std::size_t c = 0; c < cells[r].size(); ++c) {
        const TextStyle& style = r == 0 ? header_style : cell_style;
        const float w = style.font->CalcTextSizeA(style.size, FLT_MAX, 0, cells[r][c].c_str()).x;
        weight[c] = std::clamp(w, weight[c], 360.0f);
      }
    ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(12, 10));
    const std::string table_id = "##table:" + caption;
    if (ImGui::BeginTable(table_id.c_str(), static_cast<int>(columns),
                          ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                              ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_NoSavedSettings)) {
      for (std::size_t c = 0; c < columns; ++c)
        ImGui::TableSetupColumn(nullptr, ImGuiTableColumnFlags_WidthStretch, weight[c]);
      for (std::size_t r = 0; r < cells.size(); ++r) {
        const bool header = r == 0;
        ImGui::TableNextRow(header ? ImGuiTableRowFlags_Headers : 0);
        if (header) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, th::kTableHeader);
        for (std::size_t c = 0; c < columns; ++c) {
          ImGui::TableSetColumnIndex(static_cast<int>(c));
          static const std::string kEmpty;
          const std::string& text = c < cells[r].size() ? cells[r][c] : kEmpty;
          const TextStyle& style = header ? header_style : cell_style;
          const float cell_w = available_width();
          const Lines lines = wrap(style, text, cell_w);
          const bool right = numeric[c] || (c > 0 && !header && looks_numeric(text));
          const ImVec2 pos = ImGui::GetCursorScreenPos();
          const ImRect bb(pos, ImVec2(pos.x + cell_w, pos.y + lines.height(style)));
          ImGui::ItemSize(bb.GetSize());
          if (ImGui::ItemAdd(bb, 0))
            draw_lines(style, lines, bb.Min, cell_w, right ? Align::right : Align::left);
        }
      }
      ImGui::EndTable();
      bottom = ImGui::GetCurrentContext()->LastItemData.Rect.Max.y;
    }
    ImGui::PopStyleVar();
  }
  const ImRect bb(caption_bb.Min, ImVec2(caption_bb.Min.x + width, bottom));
  A11yNode node = make_node(ImGui::GetID(("##table:" + caption).c_str()), Role::table, caption, bb);
  node.cells = cells;
  tree_.nodes.push_back(std::move(node));
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Layout
//-------------------------------------------------------------------------------------------------

void Ui::space(float css_px) {
  same_line_ = false;
  // Dummy adds the usual item gap after itself; together the extra gap is `css_px`.
  ImGui::Dummy(ImVec2(0, std::max(0.0f, css_px - ImGui::GetStyle().ItemSpacing.y)));
}

void Ui::same_line() { same_line_ = true; }

void Ui::push_id(const std::string& id) { ImGui::PushID(id.c_str()); }

void Ui::pop_id() { ImGui::PopID(); }

}  // namespace dl::ui
