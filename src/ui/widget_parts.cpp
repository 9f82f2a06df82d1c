// The widget kit's shared parts (widget_parts.hpp): text styles and wrapping, drawing lines of
// text, placing a widget on the page, its accessibility node, and the look of buttons and boxes.
#include "ui/widget_parts.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstddef>
#include <string_view>
#include <utility>

namespace dl::ui::detail {
namespace th = theme;


// "Nästa##page3" shows "Nästa": ImGui's id suffix never reaches the screen or the mirror.
std::string visible_text(const std::string& label) {
  const auto cut = label.find("##");
  return cut == std::string::npos ? label : label.substr(0, cut);
}


TextStyle text_style(th::Font which, ImU32 color) {
  return {th::font(which), th::font_size(which), std::round(th::em_size(which) * th::kLineHeight),
          color};
}

namespace {

// A lowercase letter's byte: ASCII a-z, or part of a UTF-8 character (å, ä, ö, é …).
bool word_byte(char c) {
  const auto b = static_cast<unsigned char>(c);
  return (b >= 'a' && b <= 'z') || b >= 0x80;
}

bool continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// A vowel at `p`: a e i o u y, or å ä ö é (UTF-8 C3 A5, A4, B6, A9).
bool vowel_at(const char* p, const char* end) {
  const char c = *p;
  if (c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y') return true;
  if (static_cast<unsigned char>(c) != 0xC3 || p + 1 >= end) return false;
  const auto next = static_cast<unsigned char>(p[1]);
  return next == 0xA5 || next == 0xA4 || next == 0xB6 || next == 0xA9;
}

bool consonant_at(const char* p) { return *p >= 'a' && *p <= 'z' && !vowel_at(p, p + 1); }

// Characters (not bytes) of plain letters from `p` on, up to `limit`.
int letters_from(const char* p, const char* end, int limit) {
  int n = 0;
  for (; p < end && word_byte(*p) && n < limit; ++p) n += continuation(*p) ? 0 : 1;
  return n;
}

int letters_before(const char* begin, const char* p, int limit) {
  int n = 0;
  for (; p > begin && word_byte(p[-1]) && n < limit; --p) n += continuation(p[-1]) ? 0 : 1;
  return n;
}

// The joins of the long Swedish compounds in the app's words and its content (lowercase). A break
// there reads as two words, "själv-skattningen", where the syllable rule gives "självs-kattningen"
// (walk 4). A word not listed breaks by syllable.
constexpr std::pair<std::string_view, std::string_view> kCompoundJoins[] = {
    {"själv", "skattning"}, {"själv", "bestämmande"}, {"själv", "ständig"}, {"välfärds", "teknik"},
    {"digitaliserings", "ombud"}, {"person", "uppgift"}, {"personuppgifts", "ansvarig"},
    {"personuppgifts", "incident"}, {"dataskydds", "förordning"}, {"dataskydds", "ombud"},
    {"data", "skydds"}, {"läkemedels", "automat"}, {"läkemedels", "verket"}, {"social", "styrelse"},
    {"social", "tjänst"}, {"socialtjänst", "lag"}, {"under", "sköterska"}, {"sjuk", "sköterska"},
    {"tystnads", "plikt"}, {"konsekvens", "bedömning"}, {"genomförande", "plan"}, {"arbets", "givare"},
    {"funktions", "nedsättning"}, {"funktions", "hindrade"}, {"resultat", "fil"}, {"patient", "data"},
    {"patientdata", "lag"}, {"patient", "säkerhet"}, {"patient", "journal"}, {"integritets", "skydd"},
    {"integritetsskydds", "myndighet"}, {"informations", "säkerhet"}, {"arbets", "miljö"},
    {"arbetsmiljö", "verket"}, {"arbetsmiljö", "arbete"}, {"arbetsmiljö", "lag"}, {"arbets", "plats"},
    {"arbetsplats", "träff"}, {"arbetsplats", "möte"}, {"arbetsplats", "lärande"}, {"arbets", "grupp"},
    {"arbets", "belastning"}, {"arbets", "terapeut"}, {"personal", "rum"}, {"personal", "grupp"},
    {"kompetens", "område"}, {"sjukvårds", "lag"}, {"logg", "kontroll"}, {"kunskaps", "guide"},
    {"översättnings", "tjänst"}, {"jobb", "meddelande"}, {"studie", "cirkel"}, {"studiecirkel", "ledare"},
    {"system", "förvaltare"}, {"förhands", "samråd"}, {"tvåstegs", "inloggning"}, {"blodtrycks", "mätare"},
    {"förstorings", "glas"}, {"sekretess", "lag"}, {"kvälls", "medicin"}, {"natt", "personal"},
    {"framtids", "fullmakt"}, {"anhörig", "behörighet"}, {"kurs", "utvärdering"}, {"kurs", "ordning"},
    {"chefs", "enkät"}, {"chefs", "indikator"}, {"boende", "stödjare"}, {"bistånds", "handläggare"},
    {"utvecklings", "ledare"}, {"omsorgs", "arbete"}, {"utvärderings", "fråga"},
    {"organisations", "kod"}, {"trygghets", "larm"}, {"yrkes", "grupp"}, {"yrkes", "svenska"},
    {"program", "länk"}, {"samordnar", "sida"}, {"kommandorads", "program"}, {"miss", "förhållande"},
    {"hem", "tjänst"}, {"personal", "möte"}, {"jobb", "telefon"}, {"digital", "kompetens"},
    {"sjuk", "vård"}, {"vård", "givare"}, {"läkemedels", "lista"}, {"delegerings", "beslut"},
};

// Whether the bytes from `p` begin with `part` (lowercase), A–Z and Å Ä Ö É read as lowercase.
bool begins_folded(const char* p, const char* end, std::string_view part) {
  if (end - p < static_cast<std::ptrdiff_t>(part.size())) return false;
  for (std::size_t i = 0; i < part.size(); ++i) {
    auto c = static_cast<unsigned char>(p[i]);
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c + 32);
    } else if (i > 0 && static_cast<unsigned char>(p[i - 1]) == 0xC3 &&
               (c == 0x84 || c == 0x85 || c == 0x96 || c == 0x89)) {
      c = static_cast<unsigned char>(c + 0x20);  // Ä Å Ö É -> ä å ö é
    }
    if (c != static_cast<unsigned char>(part[i])) return false;
  }
  return true;
}

// Whether `p` is the join of a listed compound: its first part ends there (within the word that
// begins at `word`) and its second part begins there.
bool compound_join_at(const char* word, const char* p, const char* end) {
  for (const auto& [first, second] : kCompoundJoins) {
    if (p - word >= static_cast<std::ptrdiff_t>(first.size()) &&
        begins_folded(p - first.size(), p, first) && begins_folded(p, end, second)) {
      return true;
    }
  }
  return false;
}

}  // namespace

// Where to hyphenate a word of plain letters at or before `at`, with three letters or more on each
// side: at the last join of a listed compound that fits ("Informations-säkerhet"); else before a
// consonant that a vowel follows ("Kontrol-lera"), as Swedish hyphenates by syllable; else the
// last such place; else `at`.
const char* hyphen_point(const char* word, const char* at, const char* end, const char* earliest) {
  const auto fits = [&](const char* p) {
    return !continuation(*p) && letters_before(word, p, 3) >= 3 && letters_from(p, end, 3) >= 3;
  };
  // A line that goes on with a word broken on the line above: the compound began up there
  // (walk 5: "Dataskydds-om-budet" lost its join the second time it broke).
  const char* whole = word;
  if (earliest != nullptr) {
    while (whole > earliest && (word_byte(whole[-1]) || (whole[-1] >= 'A' && whole[-1] <= 'Z'))) --whole;
  }
  for (const char* p = at; p > word; --p) {
    if (fits(p) && compound_join_at(whole, p, end)) return p;
  }
  const char* fallback = nullptr;
  for (const char* p = at; p > word; --p) {
    if (!fits(p)) continue;
    if (fallback == nullptr) fallback = p;
    if (consonant_at(p) && p + 1 < end && vowel_at(p + 1, end)) return p;
  }
  return fallback != nullptr ? fallback : at;
}

Lines wrap(const TextStyle& style, const std::string& text, float wrap_width) {
  Lines lines;
  const float scale = style.size / style.font->FontSize;
  wrap_width = std::max(wrap_width, style.size);
  const float hyphen_w = style.font->CalcTextSizeA(style.size, FLT_MAX, 0, "-").x;
  const char* paragraph = text.data();
  const char* const end = text.data() + text.size();
  while (true) {
    const char* paragraph_end = std::find(paragraph, end, '\n');
    const char* s = paragraph;
    if (s == paragraph_end) {
      lines.spans.emplace_back(s, s);
      lines.hyphen.push_back(false);
    }
    while (s < paragraph_end) {
      const char* e = style.font->CalcWordWrapPositionA(scale, s, paragraph_end, wrap_width);
      if (e <= s) {  // a single character wider than the column: take it anyway
        unsigned int c = 0;
        e = s + std::max(1, ImTextCharFromUtf8(&c, s, paragraph_end));
      }
      // A line never starts with a comma, a full stop or a closing bracket: ImGui may break right
      // before one; the word it belongs to goes down with it.
      if (e < paragraph_end && e > s && std::string_view(",.;:!?)").find(*e) != std::string_view::npos && e[-1] != ' ') {
        const char* space = e;
        while (space > s && space[-1] != ' ') --space;
        if (space > s) {
          e = space;
        } else {  // one word fills the line: its last letter goes down too (then a hyphen, below)
          const char* back = e - 1;
          while (back > s && continuation(*back)) --back;
          if (back > s) e = back;
        }
      }
      bool hyphen = false;
      // A word longer than the line (a file name, an address) breaks after its last '-', '/' or '_'
      // that fits, never inside a code such as "K7QM4XPD"; only without one anywhere.
      if (e < paragraph_end && *e != ' ' && *e != '\t' && e[-1] != ' ' && e[-1] != '\t' &&
          std::find(s, e, ' ') == e) {
        bool at_mark = false;
        for (const char* p = e - 1; p > s; --p) {
          if (*p == '-' || *p == '/' || *p == '_') {
            e = p + 1;
            at_mark = true;
            break;
          }
        }
        // A long word of plain letters ("Informationssäkerhet" in large text on a phone) breaks
        // with a hyphen, as print does; the line is made room for it.
        if (!at_mark && word_byte(e[-1]) && word_byte(*e)) {
          const char* h = style.font->CalcWordWrapPositionA(scale, s, paragraph_end, wrap_width - hyphen_w);
          while (h > s && continuation(*h)) --h;  // not inside a character
          if (h > s + 1 && word_byte(h[-1]) && word_byte(*h)) h = hyphen_point(s, h, paragraph_end, paragraph);
          if (h > s + 1 && word_byte(h[-1]) && word_byte(*h)) {
            e = h;
            hyphen = true;
          }
        }
      }
      const char* trimmed = e;
      while (trimmed > s && (trimmed[-1] == ' ' || trimmed[-1] == '\t')) --trimmed;
      lines.spans.emplace_back(s, trimmed);
      lines.hyphen.push_back(hyphen);
      lines.width = std::max(lines.width, style.font->CalcTextSizeA(style.size, FLT_MAX, 0, s, trimmed).x +
                                              (hyphen ? hyphen_w : 0));
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

// Draws the lines at `pos`; `box_width` is the width `align` aligns within.
void draw_lines(const TextStyle& style, const Lines& lines, ImVec2 pos, float box_width, Align align) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float y = pos.y + std::round((style.line_height - style.size) / 2);
  for (std::size_t i = 0; i < lines.spans.size(); ++i) {
    const auto& span = lines.spans[i];
    const bool hyphen = i < lines.hyphen.size() && lines.hyphen[i];
    const float width = line_width(style, span);
    const float hyphen_w = hyphen ? style.font->CalcTextSizeA(style.size, FLT_MAX, 0, "-").x : 0;
    float x = pos.x;
    if (align != Align::left) {
      const float free = box_width - width - hyphen_w;
      x += std::round(align == Align::center ? free / 2 : free);
    }
    if (span.first != span.second)
      draw->AddText(style.font, style.size, ImVec2(x, y), style.color, span.first, span.second);
    if (hyphen) draw->AddText(style.font, style.size, ImVec2(x + width, y), style.color, "-");
    y += style.line_height;
  }
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

// The first `max_chars` characters (code points) of UTF-8 `text`.
std::string utf8_prefix(const std::string& text, std::size_t max_chars) {
  std::size_t chars = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80) continue;  // a continuation byte
    if (chars == max_chars) return text.substr(0, i);
    ++chars;
  }
  return text;
}

std::uint32_t unnamed_id(int& count) {
  const std::string key = "#node" + std::to_string(count++);
  return ImGui::GetID(key.c_str());
}

ButtonColors button_colors(ButtonKind kind, bool enabled, bool hovered, bool held) {
  if (!enabled)
    return {th::kDisabledFill, th::kDisabledText, kind != ButtonKind::primary ? th::kBorder : 0,
            kind != ButtonKind::primary ? 1.5f : 0.0f};
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


// A button's look and behaviour in `bb` (already placed); true when pressed by pointer.
bool button_at(const ImRect& bb, ImGuiID id, const TextStyle& base, const Lines& lines,
               ButtonKind kind, bool enabled) {
  bool hovered = false, held = false, pressed = false;
  if (!ImGui::ItemAdd(bb, id)) return false;
  if (enabled) pressed = ImGui::ButtonBehavior(bb, id, &hovered, &held);
  const ButtonColors colors = button_colors(kind, enabled, hovered, held);
  draw_box(bb, colors.fill, colors.border, colors.border_width);
  TextStyle style = base;
  style.color = colors.text;
  const float h = bb.GetHeight();
  draw_lines(style, lines, ImVec2(bb.Min.x, bb.Min.y + (h - lines.height(base)) / 2),
             bb.GetWidth(), Align::center);
  return pressed;
}

ButtonSize button_size(ButtonKind kind) {
  if (kind == ButtonKind::small)
    return {th::kSmallButtonPadX, th::kSmallButtonPadY, 72, th::kSmallButtonHeight};
  return {th::kButtonPadX, th::kButtonPadY, 140, th::kButtonMinHeight};
}

}  // namespace dl::ui::detail
