// Digilyft's look: fonts at the screen's pixel density, ImGui's style, and the page window with its
// centred column. See theme.hpp for the colours and sizes.
#include "ui/theme.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace dl::ui::theme {
namespace {

// Basic Latin, Latin-1 Supplement and Latin Extended-A (Swedish, Finnish, Sámi, most of Europe's
// Latin letters), plus the punctuation and signs the content uses. Must outlive the atlas.
constexpr ImWchar kGlyphRanges[] = {
    0x0020, 0x017F,  // Basic Latin .. Latin Extended-A
    0x2010, 0x2015,  // hyphens and dashes – —
    0x2018, 0x201E,  // quotes ‘ ’ “ ” „
    0x2022, 0x2022,  // •
    0x2026, 0x2026,  // …
    0x20AC, 0x20AC,  // €
    0x2190, 0x2193,  // ← ↑ → ↓ (symbol font)
    0x2212, 0x2212,  // − (symbol font)
    0x2264, 0x2265,  // ≤ ≥ (symbol font)
    0x2713, 0x2714,  // ✓ ✔ (symbol font)
    0,
};

struct Style {
  Font which;
  bool bold;
  float size;
};
constexpr std::array<Style, 6> kStyles = {{
    {Font::regular, false, kTextSize},
    {Font::small, false, kSmallSize},
    {Font::bold, true, kTextSize},
    {Font::h1, true, kH1Size},
    {Font::h2, true, kH2Size},
    {Font::h3, true, kH3Size},
}};

std::array<ImFont*, kStyles.size()> g_fonts{};

// ImGui sizes a font by its line box (ascent - descent, as stb_truetype does), CSS by its em.
// Reads both from the font's 'hhea' and 'head' tables so a 20 px text here is 20 px in a browser.
float line_box_per_em(const FontFile& file) {
  const auto* bytes = static_cast<const unsigned char*>(file.data);
  const std::size_t size = file.size;
  auto u16 = [&](std::size_t at) -> unsigned { return at + 2 <= size ? (bytes[at] << 8u) | bytes[at + 1] : 0u; };
  auto u32 = [&](std::size_t at) -> std::size_t { return (std::size_t{u16(at)} << 16u) | u16(at + 2); };
  if (!bytes || size < 12) return 1.0f;
  const unsigned tables = u16(4);
  std::size_t hhea = 0, head = 0;
  for (unsigned i = 0; i < tables; ++i) {
    const std::size_t record = 12 + 16 * std::size_t{i};
    if (record + 16 > size) break;
    if (std::memcmp(bytes + record, "hhea", 4) == 0) hhea = u32(record + 8);
    if (std::memcmp(bytes + record, "head", 4) == 0) head = u32(record + 8);
  }
  if (!hhea || !head) return 1.0f;
  const int ascent = static_cast<std::int16_t>(u16(hhea + 4));
  const int descent = static_cast<std::int16_t>(u16(hhea + 6));
  const unsigned units_per_em = u16(head + 18);
  if (units_per_em == 0 || ascent - descent <= 0) return 1.0f;
  return static_cast<float>(ascent - descent) / static_cast<float>(units_per_em);
}

}  // namespace

ImFont* font(Font which) {
  ImFont* f = g_fonts[static_cast<std::size_t>(which)];
  return f ? f : ImGui::GetFont();
}

float font_size(Font which) { return font(which)->FontSize; }

float em_size(Font which) { return kStyles[static_cast<std::size_t>(which)].size; }

bool build_fonts(const FontFiles& files, float pixel_ratio) {
  if (!files.regular.data && !files.builtin) return false;
  ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
  atlas.Clear();
  atlas.Flags |= ImFontAtlasFlags_NoMouseCursors;
  g_fonts.fill(nullptr);
  const float density = std::clamp(pixel_ratio, 1.0f, 4.0f);

  for (const Style& style : kStyles) {
    const FontFile& file = style.bold && files.bold.data ? files.bold : files.regular;
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;
    config.RasterizerDensity = density;
    // Sub-pixel positioning matters only on low-density screens; it doubles the atlas.
    config.OversampleH = density < 1.5f ? 2 : 1;
    config.OversampleV = 1;
    ImFont* f = nullptr;
    if (file.data) {
      f = atlas.AddFontFromMemoryTTF(const_cast<void*>(file.data), static_cast<int>(file.size),
                                     style.size * line_box_per_em(file), &config, kGlyphRanges);
    }
    if (!f && files.builtin) {  // no font file: ImGui's small built-in font, scaled up
      config.SizePixels = style.size;
      f = files.builtin(atlas, config);
    } else if (f) {
      for (const FontFile& extra : files.extra_glyphs) {
        ImFontConfig merge = config;
        merge.MergeMode = true;
        atlas.AddFontFromMemoryTTF(const_cast<void*>(extra.data), static_cast<int>(extra.size),
                                   style.size * line_box_per_em(extra), &merge, kGlyphRanges);
      }
    }
    g_fonts[static_cast<std::size_t>(style.which)] = f;
  }
  const bool built = atlas.Build();  // false when a file is not a font
  ImGui::GetIO().FontDefault = g_fonts[static_cast<std::size_t>(Font::regular)];
  // Sizes stay in CSS px: the atlas holds glyphs at `density`, metrics stay unscaled.
  ImGui::GetIO().FontGlobalScale = 1.0f;
  return built && ImGui::GetIO().FontDefault != nullptr;
}

void apply_style() {
  ImGuiStyle& s = ImGui::GetStyle();
  s = ImGuiStyle();
  s.WindowPadding = ImVec2(0, 0);
  s.WindowRounding = 0;
  s.WindowBorderSize = 0;
  s.FrameRounding = kRounding;
  s.FramePadding = ImVec2(kButtonPadX, kButtonPadY);
  s.ItemSpacing = ImVec2(kRowGap, kItemSpacing);
  s.ItemInnerSpacing = ImVec2(12, 8);
  s.CellPadding = ImVec2(12, 10);
  s.ScrollbarSize = 0;
  s.AntiAliasedFill = true;
  s.AntiAliasedLines = true;

  ImVec4* c = s.Colors;
  c[ImGuiCol_Text] = ImGui::ColorConvertU32ToFloat4(kText);
  c[ImGuiCol_TextDisabled] = ImGui::ColorConvertU32ToFloat4(kDisabledText);
  c[ImGuiCol_WindowBg] = ImVec4(0, 0, 0, 0);  // the page's clear colour shows through
  c[ImGuiCol_Border] = ImGui::ColorConvertU32ToFloat4(kBorder);
  c[ImGuiCol_TableHeaderBg] = ImGui::ColorConvertU32ToFloat4(kTableHeader);
  c[ImGuiCol_TableBorderStrong] = ImGui::ColorConvertU32ToFloat4(kBorder);
  c[ImGuiCol_TableBorderLight] = ImGui::ColorConvertU32ToFloat4(kDivider);
  c[ImGuiCol_TableRowBg] = ImGui::ColorConvertU32ToFloat4(kSurface);
  c[ImGuiCol_TableRowBgAlt] = ImGui::ColorConvertU32ToFloat4(kTableZebra);
  c[ImGuiCol_NavHighlight] = ImVec4(0, 0, 0, 0);  // keyboard focus is drawn by the page (DOM)
}

void begin_page(float scroll_y) {
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float column = std::min(kColumnMaxWidth, std::max(0.0f, display.x - 2 * kSideMargin));
  const float side = std::max(kSideMargin, (display.x - column) / 2);
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(display);
  // The document decides how far one can scroll; keep ImGui from clamping below that.
  ImGui::SetNextWindowContentSize(ImVec2(0, scroll_y + display.y + 1));
  ImGui::SetNextWindowScroll(ImVec2(0, scroll_y));
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(std::floor(side), kTopPadding));
  ImGui::Begin("##page", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoScrollWithMouse |
                   ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNavFocus |
                   ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBackground);
  ImGui::PopStyleVar();
  ImGui::PushFont(font(Font::regular));
}

float end_page() {
  const float height = ImGui::GetCursorPosY() + kBottomPadding;
  ImGui::PopFont();
  ImGui::End();
  return std::ceil(height);
}

}  // namespace dl::ui::theme
