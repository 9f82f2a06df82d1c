// The widget kit's shared parts, for the files that draw widgets (widgets.cpp, rich_text.cpp,
// widget_table.cpp) and nothing else: text styles and wrapping, drawing lines of text, placing a
// widget's box on the page, its accessibility node, and the look of buttons and framed boxes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "imgui.h"
#include "imgui_internal.h"
#include "ui/a11y_tree.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace dl::ui::detail {

// "Nästa##page3" shows "Nästa": ImGui's id suffix never reaches the screen or the mirror.
std::string visible_text(const std::string& label);

struct TextStyle {
  ImFont* font;
  float size;         // ImGui size (line box) of the font
  float line_height;  // CSS line height
  ImU32 color;
};
TextStyle text_style(theme::Font which, ImU32 color);

// Text broken into lines that fit `wrap_width`, at word boundaries; '\n' starts a new line.
struct Lines {
  std::vector<std::pair<const char*, const char*>> spans;
  std::vector<bool> hyphen;  // per span: a word broke after it, so draw_lines adds a '-'
  float width = 0;  // the widest line (with its hyphen)
  float height(const TextStyle& style) const {
    return static_cast<float>(spans.size()) * style.line_height;
  }
};
Lines wrap(const TextStyle& style, const std::string& text, float wrap_width);
// Where a word of plain letters that must break at or before `at` takes its hyphen: at the join of
// a known compound, else by syllable, with three letters or more on each side where the word allows
// (else `at`). `word`: where the line begins; `earliest`: where the text begins, so a word broken
// on an earlier line is still seen whole (nullptr: the word begins at `word`).
const char* hyphen_point(const char* word, const char* at, const char* end, const char* earliest = nullptr);
float line_width(const TextStyle& style, const std::pair<const char*, const char*>& span);

enum class Align { left, center, right };
// Draws the lines at `pos`; `box_width` is the width `align` aligns within.
void draw_lines(const TextStyle& style, const Lines& lines, ImVec2 pos, float box_width = 0,
                Align align = Align::left);

// Width left on the current row (the column, or a table cell).
float available_width();
// Reserves a w×h box for the next widget and returns it (screen coordinates). After same_line()
// the widget joins the previous row when it fits there; otherwise it starts a new row.
ImRect place(bool& same_line, float w, float h);
// The accessibility node of a widget in `bb` (screen coordinates; the node is in the document's).
A11yNode make_node(std::uint32_t id, Role role, std::string label, const ImRect& bb);
// The first `max_chars` characters (code points) of UTF-8 `text`.
std::string utf8_prefix(const std::string& text, std::size_t max_chars);
// An id for a node without an ImGui id of its own (texts, bars): counted per frame.
std::uint32_t unnamed_id(int& count);

struct ButtonColors {
  ImU32 fill, text, border;
  float border_width;
};
ButtonColors button_colors(ButtonKind kind, bool enabled, bool hovered, bool held);
void draw_box(const ImRect& bb, ImU32 fill, ImU32 border, float border_width);
// A button's look and behaviour in `bb` (already placed); true when pressed by pointer.
bool button_at(const ImRect& bb, ImGuiID id, const TextStyle& base, const Lines& lines, ButtonKind kind,
               bool enabled);
struct ButtonSize {
  float pad_x, pad_y, min_w, min_h;
};
ButtonSize button_size(ButtonKind kind);

}  // namespace dl::ui::detail
