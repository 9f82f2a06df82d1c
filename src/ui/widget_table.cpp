// Tables (Ui::table): a grid with a heading row and figures right-aligned, or on a screen too
// narrow for its columns one framed card per row; the mirror gets the same <table> either way.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>
#include <vector>

#include "ui/widget_parts.hpp"

namespace dl::ui {
namespace th = theme;
using namespace detail;

namespace {

// Numbers and shares ("12", "45 %", "63,5", "−3") sit right-aligned in tables.
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

// A table cell that stands for a hidden or missing figure ("..", "–", empty): it goes with the
// figures of its column.
bool is_figure_mark(const std::string& text) {
  return text.empty() || text == ".." || text == "\u2013" || text == "-";
}

// The widest single word of `text` (a column cannot be narrower without breaking a word).
float widest_word(const TextStyle& style, const std::string& text) {
  float widest = 0;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find_first_of(" \n", start);
    if (end == std::string::npos) end = text.size();
    widest = std::max(widest, style.font->CalcTextSizeA(style.size, FLT_MAX, 0, text.data() + start,
                                                        text.data() + end).x);
    start = end + 1;
  }
  return widest;
}


// A table on a screen too narrow for its columns: one framed card per body row, its first cell in
// bold, then a line per other column with the column's heading on the left and the figure on the
// right, so the figures stay easy to find and no word is broken. Returns the bottom of the last card.
float table_as_cards(bool& same_line, const std::vector<std::vector<std::string>>& cells,
                     const TextStyle& label_style, const TextStyle& cell_style, float width) {
  constexpr float kGap = 16;
  const float inner = width - 2 * th::kCardPad;
  float bottom = ImGui::GetCursorScreenPos().y;
  static const std::string kEmpty;
  for (std::size_t r = 1; r < cells.size(); ++r) {
    const std::vector<std::string>& row = cells[r];
    const Lines label = wrap(label_style, row.empty() ? kEmpty : row[0], inner);
    struct Pair {
      Lines heading, value;
      float height;
    };
    std::vector<Pair> pairs;
    float height = th::kCardPad * 2 + label.height(label_style);
    for (std::size_t c = 1; c < row.size(); ++c) {
      const std::string& heading = c < cells[0].size() ? cells[0][c] : kEmpty;
      Lines value = wrap(cell_style, row[c], inner * 0.4f);
      Lines head = wrap(cell_style, heading, inner - value.width - kGap);
      const float h = std::max(head.height(cell_style), value.height(cell_style));
      pairs.push_back(Pair{std::move(head), std::move(value), h});
      height += h + 6;
    }
    same_line = false;
    const ImRect bb = place(same_line, width, height);
    bottom = bb.Max.y;
    if (!ImGui::ItemAdd(bb, 0)) continue;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(bb.Min, bb.Max, th::kSurface, th::kRounding);
    draw->AddRect(bb.Min, bb.Max, th::kCardBorder, th::kRounding, 0, 1.5f);
    ImVec2 pos(bb.Min.x + th::kCardPad, bb.Min.y + th::kCardPad);
    draw_lines(label_style, label, pos);
    pos.y += label.height(label_style) + 6;
    for (const Pair& pair : pairs) {
      draw->AddLine(ImVec2(pos.x, pos.y - 3), ImVec2(pos.x + inner, pos.y - 3), th::kDivider, 1.0f);
      draw_lines(cell_style, pair.heading, pos);
      draw_lines(cell_style, pair.value, ImVec2(pos.x + inner - pair.value.width, pos.y), pair.value.width,
                 Align::right);
      pos.y += pair.height + 6;
    }
  }
  return bottom;
}


}  // namespace

void Ui::table(const std::string& caption, const std::vector<std::vector<std::string>>& cells,
               bool show_caption) {
  std::size_t columns = 0;
  for (const auto& row : cells) columns = std::max(columns, row.size());
  const TextStyle caption_style = text_style(th::Font::bold, th::kText);
  const TextStyle header_style = text_style(th::Font::bold, th::kText);
  const TextStyle cell_style = text_style(th::Font::regular, th::kText);
  const float width = available_width();

  same_line_ = false;
  const Lines caption_lines = wrap(caption_style, caption, width);
  // Without a shown caption the table starts where it would have (an empty row keeps the spacing).
  const ImRect caption_bb = place(same_line_, width, show_caption ? caption_lines.height(caption_style) : 0);
  if (show_caption && ImGui::ItemAdd(caption_bb, 0)) draw_lines(caption_style, caption_lines, caption_bb.Min);
  float bottom = caption_bb.Max.y;

  if (columns > 0) {
    // Each column gets at least its widest word (words are never broken when the table fits),
    // and the room left is shared by how much more each column's unwrapped text needs. Computed
    // from the texts alone, so the layout is the same in the first frame as in every later one.
    constexpr float kPadX = 12;
    std::vector<float> least(columns, 24.0f), natural(columns, 24.0f);
    std::vector<bool> numeric(columns, cells.size() > 1);  // every body cell is a figure
    for (std::size_t r = 1; r < cells.size(); ++r)
      for (std::size_t c = 0; c < columns; ++c)
        if (c == 0 || (c < cells[r].size() && !looks_numeric(cells[r][c]) && !is_figure_mark(cells[r][c])))
          numeric[c] = false;
    for (std::size_t r = 0; r < cells.size(); ++r)
      for (std::size_t c = 0; c < cells[r].size(); ++c) {
        const TextStyle& style = r == 0 ? header_style : cell_style;
        const float w = style.font->CalcTextSizeA(style.size, FLT_MAX, 0, cells[r][c].c_str()).x;
        natural[c] = std::max(natural[c], std::min(w, 360.0f));
        // A few pixels to spare: ImGui takes the outer border out of the stretched columns.
        least[c] = std::max(least[c], widest_word(style, cells[r][c]) + 4.0f);
      }
    float least_sum = 0, extra_sum = 0;
    for (std::size_t c = 0; c < columns; ++c) {
      natural[c] = std::max(natural[c], least[c]);
      least_sum += least[c];
      extra_sum += natural[c] - least[c];
    }
    const float room = width - 2 * kPadX * static_cast<float>(columns) - least_sum;
    if (room < 0 && columns > 2) {
      // Too narrow for the columns without breaking words (a phone): each row becomes a card.
      bottom = table_as_cards(same_line_, cells, header_style, cell_style, width);
    } else {
      std::vector<float> column_width(columns);
      for (std::size_t c = 0; c < columns; ++c) {
        const float share =
            extra_sum > 0 ? (natural[c] - least[c]) / extra_sum : 1.0f / static_cast<float>(columns);
        column_width[c] = least[c] + std::max(0.0f, room) * share;
      }
      ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(kPadX, 10));
      const std::string table_id = "##table:" + caption;
      if (ImGui::BeginTable(table_id.c_str(), static_cast<int>(columns),
                            ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_NoSavedSettings)) {
        for (std::size_t c = 0; c < columns; ++c)
          ImGui::TableSetupColumn(nullptr, ImGuiTableColumnFlags_WidthStretch, column_width[c]);
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
            const bool right = numeric[c] || (c > 0 && !header && (looks_numeric(text) || is_figure_mark(text)));
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
  }
  const ImRect bb(caption_bb.Min, ImVec2(caption_bb.Min.x + width, bottom));
  A11yNode node = make_node(ImGui::GetID(("##table:" + caption).c_str()), Role::table, caption, bb);
  node.cells = cells;
  tree_.nodes.push_back(std::move(node));
}

}  // namespace dl::ui
