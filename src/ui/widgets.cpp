// The widget kit: large, calm, touch-friendly widgets drawn with ImGui's draw lists. Each widget also
// records an accessibility node (role, visible label, rect in document coordinates, stable id) that
// the page mirrors into the DOM. Looks come from theme.hpp.
//
// [SECTION] Text widgets
// [SECTION] Input widgets
// [SECTION] Figures
// [SECTION] Pictures
// [SECTION] Framed groups
// [SECTION] Layout
// Shared parts (text layout, placement, nodes, button looks) are in widget_parts.cpp, rich text and
// callouts in rich_text.cpp, tables in widget_table.cpp.
#include "ui/widgets.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <utility>

#include "ui/widget_parts.hpp"

namespace dl::ui {
namespace th = theme;
using namespace detail;

Ui::Ui(std::set<std::uint32_t> activations, std::map<std::uint32_t, std::string> text_inputs)
    : activations_(std::move(activations)), text_inputs_(std::move(text_inputs)) {}

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

bool Ui::button(const std::string& label, ButtonKind kind, bool enabled,
                const std::string& accessible_name) {
  const ButtonSize size = button_size(kind);
  const std::string text = visible_text(label);
  const ImGuiID id = ImGui::GetID(label.c_str());
  const float avail = available_width();
  const TextStyle base = text_style(th::Font::bold, th::kText);
  const Lines lines = wrap(base, text, avail - 2 * size.pad_x);
  const float w = std::min(avail, std::max(size.min_w, lines.width + 2 * size.pad_x));
  const float h = std::max(size.min_h, lines.height(base) + 2 * size.pad_y);
  const ImRect bb = place(same_line_, w, h);
  bool pressed = button_at(bb, id, base, lines, kind, enabled);
  if (take_activation(id) && enabled) pressed = true;
  A11yNode node = make_node(id, Role::button, text, bb);
  node.disabled = !enabled;
  if (accessible_name != text) node.name = accessible_name;
  tree_.nodes.push_back(std::move(node));
  return pressed;
}

bool Ui::disclosure(const std::string& label, bool open) {
  constexpr float kMark = 14, kMarkGap = 14;  // the triangle's size and the gap after it
  const ButtonSize size = button_size(ButtonKind::secondary);
  const std::string text = visible_text(label);
  const ImGuiID id = ImGui::GetID(label.c_str());
  const float width = available_width();
  const TextStyle base = text_style(th::Font::bold, th::kText);
  const float text_left = th::kCardPad + kMark + kMarkGap;
  const Lines lines = wrap(base, text, width - text_left - th::kCardPad);
  const float h = std::max(size.min_h, lines.height(base) + 2 * size.pad_y);
  same_line_ = false;
  const ImRect bb = place(same_line_, width, h);
  bool hovered = false, held = false, pressed = false;
  if (ImGui::ItemAdd(bb, id)) {
    pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held);
    const ButtonColors colors = button_colors(ButtonKind::secondary, true, hovered, held);
    draw_box(bb, colors.fill, th::kBorder, 1.5f);
    TextStyle style = base;
    style.color = colors.text;
    draw_lines(style, lines, ImVec2(bb.Min.x + text_left, bb.Min.y + (h - lines.height(base)) / 2));
    // The triangle, centred on the first line: right while shut, down while open.
    const float cx = bb.Min.x + th::kCardPad + kMark / 2;
    const float cy = bb.Min.y + (h - lines.height(base)) / 2 + style.line_height / 2;
    const float r = kMark / 2;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (open) {
      draw->AddTriangleFilled(ImVec2(cx - r, cy - r * 0.6f), ImVec2(cx + r, cy - r * 0.6f),
                              ImVec2(cx, cy + r * 0.8f), th::kPrimary);
    } else {
      draw->AddTriangleFilled(ImVec2(cx - r * 0.6f, cy - r), ImVec2(cx + r * 0.8f, cy),
                              ImVec2(cx - r * 0.6f, cy + r), th::kPrimary);
    }
  }
  if (take_activation(id)) pressed = true;
  A11yNode node = make_node(id, Role::button, text, bb);
  node.expanded = open ? 1 : 0;
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

bool Ui::text_field(const std::string& label, const std::string& value, std::string& edited,
                    std::size_t max_chars, bool read_only) {
  constexpr float kFieldHeight = 52, kLabelGap = 6, kMaxFieldWidth = 640;
  const ImGuiID id = ImGui::GetID(label.c_str());
  const float avail = available_width();
  same_line_ = false;
  const TextStyle style = text_style(th::Font::bold, th::kText);
  const Lines lines = wrap(style, label, avail);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(th::kRowGap, kLabelGap));
  const ImRect label_bb = place(same_line_, lines.width, lines.height(style));
  ImGui::PopStyleVar();
  if (ImGui::ItemAdd(label_bb, 0)) draw_lines(style, lines, label_bb.Min);
  tree_.nodes.push_back(make_node(unnamed_id(unnamed_count_), Role::text, label, label_bb));
  // The page's <input> draws the text and the caret inside this frame.
  const ImRect bb = place(same_line_, std::min(avail, kMaxFieldWidth), kFieldHeight);
  if (ImGui::ItemAdd(bb, id)) {
    draw_box(bb, read_only ? th::kBackground : th::kSurface, th::kBorder, 2.0f);
  }
  A11yNode node = make_node(id, Role::textbox, label, bb);
  node.value_text = value;
  node.max = static_cast<float>(max_chars);
  node.read_only = read_only;
  tree_.nodes.push_back(std::move(node));
  auto typed = text_inputs_.find(id);
  if (typed == text_inputs_.end() || read_only) return false;
  edited = utf8_prefix(typed->second, max_chars);
  text_inputs_.erase(typed);
  return edited != value;
}

void Ui::radio_group_begin(const std::string& label, bool choose_on_space) {
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
  group_has_checkbox_ = false;
  last_was_chip_ = false;
  tree_.nodes.push_back(make_node(id, Role::radiogroup, text, bb));
  if (choose_on_space) tree_.nodes.back().action = "choose-on-space";
  ImGui::PushID(label.c_str());  // options "Ja"/"Nej" of different questions get different ids
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(th::kRowGap, 10));
}

bool Ui::radio(const std::string& label, bool selected) {
  return option_row(label, selected, Role::radio);
}

bool Ui::checkbox(const std::string& label, bool checked) {
  return option_row(label, checked, Role::checkbox);
}

// Below this column width (CSS px) an option row's padding and gap shrink.
constexpr float kNarrowOptionWidth = 300;

bool Ui::option_row(const std::string& label, bool on, Role role) {
  constexpr float kPadY = 14, kRadius = 13;
  const bool square = role == Role::checkbox;
  const std::string text = visible_text(label);
  const ImGuiID id = ImGui::GetID(label.c_str());
  const float width = available_width();
  // A narrow column (a phone at 200 %) keeps more of its width for the text (walk 5: about 90 px
  // were left, one or two words a line).
  const bool narrow = width < kNarrowOptionWidth;
  const float kPadX = narrow ? 10.0f : 18.0f, kGap = narrow ? 10.0f : 16.0f;
  const TextStyle style = text_style(th::Font::regular, th::kText);
  const float text_x = kPadX + 2 * kRadius + kGap;
  const Lines lines = wrap(style, text, width - text_x - kPadX);
  const float h = std::max(th::kOptionMinHeight, lines.height(style) + 2 * kPadY);
  same_line_ = false;
  last_was_chip_ = false;
  const ImRect bb = place(same_line_, width, h);
  bool hovered = false, held = false, pressed = false;
  if (ImGui::ItemAdd(bb, id)) {
    pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held);
    const ImU32 fill = on       ? th::kSelectedFill
                       : held    ? th::kSecondaryPressed
                       : hovered ? th::kSecondaryHover
                                 : th::kSurface;
    const ImU32 border = on ? th::kPrimary : hovered ? th::kBorderStrong : th::kBorder;
    draw_box(bb, fill, border, on ? 3.0f : hovered ? 2.0f : 1.5f);
    const float text_top = bb.Min.y + (h - lines.height(style)) / 2;
    const ImVec2 centre(bb.Min.x + kPadX + kRadius,
                        lines.spans.size() > 1 ? text_top + style.line_height / 2
                                               : bb.Min.y + h / 2);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (square) {
      const ImVec2 a(centre.x - kRadius, centre.y - kRadius), b(centre.x + kRadius, centre.y + kRadius);
      if (on) {
        draw->AddRectFilled(a, b, th::kPrimary, 5);
        // The tick: a short stroke down to the bottom-left third, a long one up to the right.
        const ImVec2 tick[3] = {ImVec2(centre.x - 7.5f, centre.y + 0.5f),
                                ImVec2(centre.x - 2.5f, centre.y + 6),
                                ImVec2(centre.x + 8, centre.y - 6.5f)};
        draw->AddPolyline(tick, 3, th::kOnPrimary, 0, 3.5f);
      } else {
        draw->AddRectFilled(a, b, th::kSurface, 5);
        draw->AddRect(ImVec2(a.x + 1.25f, a.y + 1.25f), ImVec2(b.x - 1.25f, b.y - 1.25f),
                      th::kBorderStrong, 4, 0, 2.5f);
      }
    } else {
      draw->AddCircleFilled(centre, kRadius, th::kSurface);
      draw->AddCircle(centre, kRadius - 1.25f, on ? th::kPrimary : th::kBorderStrong, 0, 2.5f);
      if (on) draw->AddCircleFilled(centre, kRadius - 6, th::kPrimary);
    }
    draw_lines(style, lines, ImVec2(bb.Min.x + text_x, text_top));
  }
  if (take_activation(id)) pressed = true;
  A11yNode node = make_node(id, role, text, bb);
  node.checked = on;
  node.group = current_group_;
  if (square && !current_group_.empty()) group_has_checkbox_ = true;
  tree_.nodes.push_back(std::move(node));
  return pressed;
}

bool Ui::chip(const std::string& label, bool selected) {
  constexpr float kPadY = 8;
  const std::string text = visible_text(label);
  const ImGuiID id = ImGui::GetID(label.c_str());
  const float avail_row = std::max(1.0f, ImGui::GetCurrentWindow()->WorkRect.Max.x -
                                             ImGui::GetCurrentWindow()->DC.Indent.x -
                                             ImGui::GetCurrentWindow()->Pos.x);
  // Sized for the bold label, so a chip keeps its width when chosen.
  const TextStyle bold = text_style(th::Font::bold, th::kText);
  const Lines bold_lines = wrap(bold, text, avail_row - 2 * th::kChipPadX);
  TextStyle style = text_style(selected ? th::Font::bold : th::Font::regular, th::kText);
  // Wrapped within the bold label's width: the regular text could otherwise fit more words on a
  // line than the chip, sized for the bold lines, has room for.
  const Lines lines = wrap(style, text, std::min(avail_row - 2 * th::kChipPadX, bold_lines.width + 0.5f));
  const float w = std::min(avail_row, bold_lines.width + 2 * th::kChipPadX);
  const float h = std::max(th::kChipHeight, bold_lines.height(bold) + 2 * kPadY);
  same_line_ = last_was_chip_;
  last_was_chip_ = true;
  const ImRect bb = place(same_line_, w, h);
  bool hovered = false, held = false, pressed = false;
  if (ImGui::ItemAdd(bb, id)) {
    pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float rounding = std::min(h / 2, 24.0f);
    if (selected) {
      draw->AddRectFilled(bb.Min, bb.Max, held ? th::kPrimaryPressed : hovered ? th::kPrimaryHover
                                                                                : th::kPrimary,
                          rounding);
      style.color = th::kOnPrimary;
    } else {
      draw->AddRectFilled(bb.Min, bb.Max,
                          held ? th::kSecondaryPressed : hovered ? th::kSecondaryHover : th::kSurface,
                          rounding);
      const float bw = hovered ? 2.0f : 1.5f;
      draw->AddRect(ImVec2(bb.Min.x + bw / 2, bb.Min.y + bw / 2),
                    ImVec2(bb.Max.x - bw / 2, bb.Max.y - bw / 2),
                    hovered ? th::kBorderStrong : th::kBorder, rounding, 0, bw);
    }
    draw_lines(style, lines, ImVec2(bb.Min.x, bb.Min.y + (h - lines.height(style)) / 2), w,
               Align::center);
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
    if (group_has_checkbox_) group.role = Role::group;
  }
  // Chips sit close together; the next widget after a row of them gets the usual air again.
  if (last_was_chip_) ImGui::GetCurrentWindow()->DC.CursorPos.y += th::kItemSpacing;
  current_group_.clear();
  group_has_checkbox_ = false;
  last_was_chip_ = false;
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

// The rounds' colours: calm, and told apart also by people with red-green colour blindness (grey,
// blue, orange). Against the bar track 3.8:1, 5.1:1, 3.9:1; against the page 4.9:1, 6.7:1, 5.1:1.
std::uint32_t series_color(int series) {
  constexpr ImU32 kSeriesColors[] = {th::rgb(0x6F6A5E), th::rgb(0x1F5C7A), th::rgb(0xA4501A)};
  return kSeriesColors[std::clamp(series, 0, 2)];
}

void Ui::round_bars(const std::string& title, const std::vector<RoundBar>& bars) {
  constexpr float kTitleGap = 6, kLabelGap = 4, kBar = 20, kBarGap = 12, kStub = 4;
  const float width = available_width();
  const TextStyle title_style = text_style(th::Font::h3, th::kText);
  const TextStyle label_style = text_style(th::Font::regular, th::kText);
  const Lines title_lines = wrap(title_style, title, width);
  std::vector<Lines> labels;
  float height = title_lines.height(title_style);
  for (const RoundBar& bar : bars) {
    labels.push_back(wrap(label_style, bar.label, width));
    height += (labels.size() == 1 ? kTitleGap : kBarGap) + labels.back().height(label_style) +
              (bar.score >= 0 ? kLabelGap + kBar : 0);
  }
  same_line_ = false;
  const ImRect bb = place(same_line_, width, height);
  const bool visible = ImGui::ItemAdd(bb, 0);
  const ImGuiID group_id = ImGui::GetID(("##bars:" + title).c_str());
  tree_.nodes.push_back(make_node(group_id, Role::group, title, bb));
  const std::string group = std::to_string(group_id);
  if (visible) draw_lines(title_style, title_lines, bb.Min);
  float y = bb.Min.y + title_lines.height(title_style);
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const RoundBar& bar = bars[i];
    y += i == 0 ? kTitleGap : kBarGap;
    const float top = y;
    if (visible) draw_lines(label_style, labels[i], ImVec2(bb.Min.x, y));
    y += labels[i].height(label_style);
    if (bar.score >= 0) {
      y += kLabelGap;
      const ImVec2 bar_min(bb.Min.x, y), bar_max(bb.Max.x, y + kBar);
      if (visible) {
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(bar_min, bar_max, th::kTrack, 4);
        for (int tick = 25; tick < 100; tick += 25) {  // faint guides at a quarter, half, three quarters
          const float x = std::round(bar_min.x + width * static_cast<float>(tick) / 100);
          draw->AddLine(ImVec2(x, bar_min.y), ImVec2(x, bar_max.y), th::kBackground, 1.5f);
        }
        // A score of 0 still shows a stub in the round's colour, so the bar is seen to be there.
        const float fill = std::max(kStub, width * static_cast<float>(std::min(bar.score, 100)) / 100);
        draw->AddRectFilled(bar_min, ImVec2(bar_min.x + fill, bar_max.y), series_color(bar.series), 4);
      }
      y += kBar;
    }
    A11yNode node = make_node(unnamed_id(unnamed_count_), Role::text, bar.label,
                              ImRect(ImVec2(bb.Min.x, top), ImVec2(bb.Max.x, y)));
    node.group = group;
    tree_.nodes.push_back(std::move(node));
  }
}

void Ui::qr_code(const QrCode& code, const std::string& alt, float css_size) {
  constexpr int kQuietZone = 4;  // modules of white around the code, as scanners need
  const float avail = available_width();
  const int modules = code.size + 2 * kQuietZone;
  const float cell = std::max(1.0f, std::floor(std::min(avail, css_size) / static_cast<float>(modules)));
  const float side = cell * static_cast<float>(modules);
  same_line_ = false;
  const ImRect bb = place(same_line_, side, side);
  if (ImGui::ItemAdd(bb, 0)) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(bb.Min, bb.Max, th::kSurface);
    for (int y = 0; y < code.size; ++y) {
      for (int x = 0; x < code.size; ++x) {
        if (!code.dark(x, y)) continue;
        const ImVec2 min(bb.Min.x + cell * static_cast<float>(x + kQuietZone),
                         bb.Min.y + cell * static_cast<float>(y + kQuietZone));
        draw->AddRectFilled(min, ImVec2(min.x + cell, min.y + cell), th::kText);
      }
    }
  }
  tree_.nodes.push_back(make_node(unnamed_id(unnamed_count_), Role::image, alt, bb));
}

void Ui::legend(const std::string& caption, const std::vector<LegendEntry>& entries) {
  constexpr float kSwatch = 18, kSwatchGap = 8, kEntryGap = 24, kRowGap = 4;
  const float width = available_width();
  const TextStyle style = text_style(th::Font::small, th::kText);
  const TextStyle caption_style = text_style(th::Font::small, th::kTextMuted);
  auto text_width = [](const TextStyle& s, const std::string& t) {
    return s.font->CalcTextSizeA(s.size, FLT_MAX, 0, t.c_str()).x;
  };
  // The caption, then the entries left to right; an entry that does not fit starts a new row.
  struct Spot {
    float x;
    int row;
  };
  std::vector<Spot> spots;
  float x = caption.empty() ? 0 : text_width(caption_style, caption) + kEntryGap / 2;
  int row = 0;
  for (const LegendEntry& entry : entries) {
    const float w = kSwatch + kSwatchGap + text_width(style, entry.name);
    if (x > 0 && x + w > width) {
      x = 0;
      ++row;
    }
    spots.push_back({x, row});
    x += w + kEntryGap;
  }
  const float line = style.line_height;
  same_line_ = false;
  const float rows = static_cast<float>(row + 1);
  const ImRect bb = place(same_line_, width, rows * line + (rows - 1) * kRowGap);
  if (ImGui::ItemAdd(bb, 0)) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float text_dy = std::round((line - style.size) / 2);
    if (!caption.empty())
      draw->AddText(caption_style.font, caption_style.size, ImVec2(bb.Min.x, bb.Min.y + text_dy),
                    caption_style.color, caption.c_str());
    for (std::size_t i = 0; i < entries.size(); ++i) {
      const float top = bb.Min.y + static_cast<float>(spots[i].row) * (line + kRowGap);
      const ImVec2 swatch(bb.Min.x + spots[i].x, std::round(top + (line - kSwatch) / 2));
      draw->AddRectFilled(swatch, ImVec2(swatch.x + kSwatch, swatch.y + kSwatch),
                          series_color(entries[i].series), 3);
      draw->AddText(style.font, style.size, ImVec2(swatch.x + kSwatch + kSwatchGap, top + text_dy),
                    style.color, entries[i].name.c_str());
    }
  }
  std::string label = caption;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (i > 0) label += ",";
    if (!label.empty()) label += ' ';
    label += entries[i].name;
  }
  tree_.nodes.push_back(make_node(unnamed_id(unnamed_count_), Role::text, label, bb));
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Pictures
//-------------------------------------------------------------------------------------------------

void Ui::picture(const std::string& src, const std::string& alt, const std::string& caption,
                 int width, int height) {
  constexpr float kBorder = 1.5f, kCaptionGap = 8;
  const float avail = available_width();
  const float natural = width > 0 ? static_cast<float>(width) : avail;
  const float ratio = width > 0 && height > 0 ? static_cast<float>(height) / static_cast<float>(width)
                                              : 0.75f;
  const float w = std::floor(std::min(avail, natural));
  const float h = std::round(w * ratio);
  same_line_ = false;
  if (!caption.empty()) ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(th::kRowGap, kCaptionGap));
  const ImRect row = place(same_line_, avail, h);
  if (!caption.empty()) ImGui::PopStyleVar();
  const float left = row.Min.x + std::floor((avail - w) / 2);
  const ImRect box(ImVec2(left, row.Min.y), ImVec2(left + w, row.Min.y + h));
  if (ImGui::ItemAdd(row, 0)) draw_box(box, th::kSurface, th::kCardBorder, kBorder);
  // The page's <img> covers the box inside its frame, so the frame stays visible around it.
  const ImRect inside(ImVec2(box.Min.x + kBorder, box.Min.y + kBorder),
                      ImVec2(box.Max.x - kBorder, box.Max.y - kBorder));
  A11yNode node = make_node(unnamed_id(unnamed_count_), Role::image, alt, inside);
  node.src = src;
  tree_.nodes.push_back(std::move(node));
  if (caption.empty()) return;
  const TextStyle style = text_style(th::Font::small, th::kTextMuted);
  const Lines lines = wrap(style, caption, avail);
  const ImRect cap_row = place(same_line_, avail, lines.height(style));
  if (ImGui::ItemAdd(cap_row, 0)) draw_lines(style, lines, cap_row.Min, avail, Align::center);
  const float cap_left = cap_row.Min.x + std::floor((avail - lines.width) / 2);
  const ImRect cap(ImVec2(cap_left, cap_row.Min.y), ImVec2(cap_left + lines.width, cap_row.Max.y));
  tree_.nodes.push_back(make_node(unnamed_id(unnamed_count_), Role::text, caption, cap));
}

//-------------------------------------------------------------------------------------------------
// [SECTION] Framed groups
//-------------------------------------------------------------------------------------------------

void Ui::card_begin() {
  IM_ASSERT(!card_.open && "card_begin: cards do not nest");
  if (card_.open) return;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  same_line_ = false;
  if (window->DC.CurrLineSize.y > 0) ImGui::NewLine();  // a card starts on its own row
  card_.open = true;
  card_.left = window->DC.CursorPos.x;
  card_.top = window->DC.CursorPos.y;
  card_.width = available_width();
  card_.saved_work_max = window->WorkRect.Max.x;
  card_.saved_content_max = window->ContentRegionRect.Max.x;
  // The frame is drawn behind the content at card_end, when its height is known.
  window->DrawList->ChannelsSplit(2);
  window->DrawList->ChannelsSetCurrent(1);
  window->WorkRect.Max.x -= th::kCardPad;
  window->ContentRegionRect.Max.x -= th::kCardPad;
  ImGui::Indent(th::kCardPad);
  window->DC.CursorPos.y += th::kCardPad;
}

void Ui::card_end() {
  if (!card_.open) return;
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  same_line_ = false;
  if (window->DC.CurrLineSize.y > 0) ImGui::NewLine();
  const float content_bottom = window->DC.CursorPos.y - ImGui::GetStyle().ItemSpacing.y;
  const float height = std::max(2 * th::kCardPad, content_bottom + th::kCardPad - card_.top);
  ImGui::Unindent(th::kCardPad);
  window->WorkRect.Max.x = card_.saved_work_max;
  window->ContentRegionRect.Max.x = card_.saved_content_max;
  const ImRect bb(ImVec2(card_.left, card_.top), ImVec2(card_.left + card_.width, card_.top + height));
  window->DrawList->ChannelsSetCurrent(0);
  draw_box(bb, th::kSurface, th::kCardBorder, 1.5f);
  window->DrawList->ChannelsMerge();
  // The whole card counts as one item of the page's layout.
  window->DC.CursorPos = bb.Min;
  ImGui::ItemSize(bb.GetSize());
  ImGui::ItemAdd(bb, 0);
  card_.open = false;
}

int Ui::item_row(const std::string& text, const std::vector<ItemButton>& buttons) {
  constexpr float kPad = th::kCardPad, kTextGap = 16, kStackGap = 10;
  ImGui::PushID(("item:" + text).c_str());
  const float width = available_width();
  const float inner = width - 2 * kPad;
  const ButtonSize size = button_size(ButtonKind::small);
  const TextStyle button_style = text_style(th::Font::bold, th::kText);
  // Lines point into the texts they were wrapped from: keep every label alive (and unmoved, so
  // short labels held inside the string object stay put) for as long as `labels` is used.
  std::vector<std::string> label_texts;
  label_texts.reserve(buttons.size());
  for (const ItemButton& b : buttons) label_texts.push_back(visible_text(b.label));
  std::vector<Lines> labels;
  std::vector<float> widths, heights;  // each button sized from its wrapped label
  float buttons_w = 0, buttons_h = 0;
  for (const std::string& label_text : label_texts) {
    labels.push_back(wrap(button_style, label_text, inner - 2 * size.pad_x));
    widths.push_back(std::min(inner, std::max(size.min_w, labels.back().width + 2 * size.pad_x)));
    heights.push_back(std::max(size.min_h, labels.back().height(button_style) + 2 * size.pad_y));
    buttons_w += widths.back() + (buttons_w > 0 ? th::kRowGap : 0);
    buttons_h = std::max(buttons_h, heights.back());
  }
  const TextStyle style = text_style(th::Font::regular, th::kText);
  // Buttons beside the text while the text keeps a readable column; else under it, in as many
  // rows as the column needs (large text: "Upp" and "Ner" one under the other).
  const bool beside = buttons.empty() || inner - buttons_w - kTextGap >= std::min(260.0f, inner * 0.5f);
  std::vector<ImVec2> at(buttons.size());  // each button's place, from the buttons' top left
  float stacked_h = 0;
  if (!beside) {
    float x = 0, row_top = 0, row_h = 0;
    for (std::size_t i = 0; i < buttons.size(); ++i) {
      if (x > 0 && x + widths[i] > inner) {
        row_top += row_h + kStackGap;
        x = row_h = 0;
      }
      at[i] = ImVec2(x, row_top);
      x += widths[i] + th::kRowGap;
      row_h = std::max(row_h, heights[i]);
    }
    stacked_h = row_top + row_h;
  }
  const float text_w = beside ? inner - (buttons.empty() ? 0 : buttons_w + kTextGap) : inner;
  const Lines lines = wrap(style, text, text_w);
  const float text_h = lines.height(style);
  const float content_h = buttons.empty() ? text_h
                          : beside        ? std::max(text_h, buttons_h)
                                          : text_h + kStackGap + stacked_h;
  same_line_ = false;
  const ImRect bb = place(same_line_, width, content_h + 2 * kPad);
  const bool visible = ImGui::ItemAdd(bb, 0);
  const float text_top = bb.Min.y + kPad + (beside ? (content_h - text_h) / 2 : 0);
  const ImRect tb(ImVec2(bb.Min.x + kPad, text_top),
                  ImVec2(bb.Min.x + kPad + lines.width, text_top + text_h));
  if (visible) {
    draw_box(bb, th::kSurface, th::kCardBorder, 1.5f);
    draw_lines(style, lines, tb.Min);
  }
  tree_.nodes.push_back(make_node(unnamed_id(unnamed_count_), Role::text, text, tb));
  int pressed = -1;
  float beside_x = bb.Max.x - kPad - buttons_w;
  for (std::size_t i = 0; i < buttons.size(); ++i) {
    const ItemButton& b = buttons[i];
    const std::string& label_text = label_texts[i];
    const ImGuiID id = ImGui::GetID((b.label + "##" + std::to_string(i)).c_str());
    const ImVec2 min = beside ? ImVec2(beside_x, bb.Min.y + kPad + (content_h - heights[i]) / 2)
                              : ImVec2(bb.Min.x + kPad + at[i].x, tb.Max.y + kStackGap + at[i].y);
    const ImRect button_bb(min, ImVec2(min.x + widths[i], min.y + heights[i]));
    if (button_at(button_bb, id, button_style, labels[i], ButtonKind::small, b.enabled)) pressed = static_cast<int>(i);
    if (take_activation(id) && b.enabled) pressed = static_cast<int>(i);
    A11yNode node = make_node(id, Role::button, label_text, button_bb);
    node.disabled = !b.enabled;
    if (b.accessible_name != label_text) node.name = b.accessible_name;
    tree_.nodes.push_back(std::move(node));
    beside_x += widths[i] + th::kRowGap;
  }
  ImGui::PopID();
  return pressed;
}

void Ui::text_row(const std::string& left, const std::string& right) {
  constexpr float kGap = 24;
  const float width = available_width();
  const TextStyle left_style = text_style(th::Font::bold, th::kText);
  const TextStyle right_style = text_style(th::Font::regular, th::kText);
  const Lines right_lines = wrap(right_style, right, width);
  const Lines left_one = wrap(left_style, left, width - right_lines.width - kGap);
  const bool one_line = right_lines.spans.size() == 1 && left_one.spans.size() == 1 &&
                        right_lines.width + kGap < width;
  const Lines left_lines = one_line ? left_one : wrap(left_style, left, width);
  const float left_h = left_lines.height(left_style);
  const float h = one_line ? std::max(left_h, right_lines.height(right_style))
                           : left_h + right_lines.height(right_style);
  same_line_ = false;
  const ImRect bb = place(same_line_, width, h);
  const ImRect lb(bb.Min, ImVec2(bb.Min.x + left_lines.width, bb.Min.y + left_h));
  const ImRect rb = one_line ? ImRect(ImVec2(bb.Max.x - right_lines.width, bb.Min.y),
                                      ImVec2(bb.Max.x, bb.Min.y + right_lines.height(right_style)))
                             : ImRect(ImVec2(bb.Min.x, lb.Max.y),
                                      ImVec2(bb.Min.x + right_lines.width, bb.Max.y));
  if (ImGui::ItemAdd(bb, 0)) {
    draw_lines(left_style, left_lines, lb.Min);
    draw_lines(right_style, right_lines, rb.Min);
  }
  tree_.nodes.push_back(make_node(unnamed_id(unnamed_count_), Role::text, left, lb));
  tree_.nodes.push_back(make_node(unnamed_id(unnamed_count_), Role::text, right, rb));
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
