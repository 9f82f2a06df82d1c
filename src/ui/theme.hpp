// Digilyft's look: colours, text sizes and spacing for care staff on shared tablets, phones and PCs
// (large, calm, high contrast), the fonts at the screen's pixel density, and the one page window
// every screen is drawn in. All sizes are CSS px; the widget kit (widgets.cpp) draws with these.
#pragma once
#include <cstddef>
#include <vector>

#include "imgui.h"

namespace dl::ui::theme {

// ---- Colours (contrast ratios are against kBackground unless said otherwise) ----
constexpr ImU32 rgb(unsigned hex) {  // 0xRRGGBB -> ImGui's ABGR
  return 0xFF000000u | ((hex & 0xFFu) << 16) | (hex & 0xFF00u) | ((hex >> 16) & 0xFFu);
}
constexpr ImU32 kBackground = rgb(0xF6F4EF);     // warm off-white page
constexpr ImU32 kSurface = rgb(0xFFFFFF);        // cards, option rows, secondary buttons
constexpr ImU32 kText = rgb(0x1D1D1B);           // 15.4:1
constexpr ImU32 kTextMuted = rgb(0x4A4843);      // 8.3:1
constexpr ImU32 kPrimary = rgb(0x1F5C7A);        // 6.7:1; white text on it 7.3:1
constexpr ImU32 kPrimaryHover = rgb(0x184B64);
constexpr ImU32 kPrimaryPressed = rgb(0x123A4E);
constexpr ImU32 kOnPrimary = rgb(0xFFFFFF);
constexpr ImU32 kSecondaryHover = rgb(0xE4EDF2);
constexpr ImU32 kSecondaryPressed = rgb(0xCFDEE6);
constexpr ImU32 kBorderStrong = rgb(0x1D1D1B);
constexpr ImU32 kBorder = rgb(0x77746C);          // 4.7:1 on white (controls need 3:1)
constexpr ImU32 kDivider = rgb(0xD6D2C8);
constexpr ImU32 kDisabledFill = rgb(0xE3E0D8);
constexpr ImU32 kDisabledText = rgb(0x5C5A55);    // 5.2:1 on kDisabledFill
constexpr ImU32 kSelectedFill = rgb(0xE1EDF3);    // chosen option row
constexpr ImU32 kTrack = rgb(0xDCD8CE);           // empty part of bars
constexpr ImU32 kTableHeader = rgb(0xE1EAEF);
constexpr ImU32 kTableZebra = rgb(0xF0EEE8);
constexpr ImU32 kInfoFill = rgb(0xE6EFF4), kInfoAccent = rgb(0x1F5C7A);
constexpr ImU32 kSuccessFill = rgb(0xE4F1E6), kSuccessAccent = rgb(0x2D6A39);
constexpr ImU32 kWarningFill = rgb(0xFBEFD5), kWarningAccent = rgb(0x8A5300);
// Callouts ("Prata om i gruppen", a scenario's story): a calm sage tone with a soft full border,
// unlike the feedback messages' accent strip. Body text on it 13.9:1.
constexpr ImU32 kCalloutFill = rgb(0xEDF1E6), kCalloutBorder = rgb(0xB4C2A4);
constexpr ImU32 kCardBorder = rgb(0xC9C5BA);      // framed groups (order items), picture frames

// ---- Text (sizes are CSS font sizes: the em, as a browser means it) ----
constexpr float kTextSize = 20;   // body text
constexpr float kSmallSize = 18;  // muted text; never smaller
constexpr float kH1Size = 30, kH2Size = 24, kH3Size = 21;
constexpr float kLineHeight = 1.45f;  // multiple of the em

// ---- Layout ----
constexpr float kColumnMaxWidth = 760;
constexpr float kSideMargin = 16;     // minimum on phones
constexpr float kTopPadding = 28, kBottomPadding = 64;
constexpr float kItemSpacing = 14;    // vertical gap between widgets
constexpr float kRowGap = 12;         // gap between widgets on one row (same_line)
constexpr float kRounding = 8;
constexpr float kButtonMinHeight = 52;
constexpr float kButtonPadX = 26, kButtonPadY = 12;
constexpr float kOptionMinHeight = 56;
constexpr float kTouchMinHeight = 44;
constexpr float kSmallButtonHeight = 48;          // ButtonKind::small ("Upp", "Ner")
constexpr float kSmallButtonPadX = 16, kSmallButtonPadY = 8;
constexpr float kChipHeight = 48;                 // filter chips
constexpr float kChipPadX = 20;
constexpr float kCardPad = 16;                    // inside card_begin/card_end and callouts

// ---- Fonts ----
enum class Font { regular, small, bold, h1, h2, h3 };
// The font for a role, or ImGui's current font when build_fonts() has not run (native tests).
ImFont* font(Font which);
float font_size(Font which);  // ImGui's size of font(which): its line box in CSS px, for drawing
float em_size(Font which);    // the CSS font size (em) of the role, for line heights

struct FontFile {
  const void* data = nullptr;  // TrueType bytes; the caller keeps them alive while fonts are in use
  std::size_t size = 0;
};
struct FontFiles {
  FontFile regular, bold;              // the regular font stands in for the bold one until it is there
  std::vector<FontFile> extra_glyphs;  // merged into every font (≤ ≥ → ✓ from symbol fonts)
  // Without a regular font: ImGui's small built-in font, scaled up, for the native tests, which have
  // no font files (builtin_font_only()). The page has none (its wasm is built without that font's
  // data): a page without its fonts says it could not load.
  ImFont* (*builtin)(ImFontAtlas& atlas, const ImFontConfig& config) = nullptr;
};
inline FontFiles builtin_font_only() {
  FontFiles files;
  files.builtin = [](ImFontAtlas& atlas, const ImFontConfig& config) { return atlas.AddFontDefault(&config); };
  return files;
}
// Rasterises every text style at `pixel_ratio` (the screen's device pixel ratio) and sets
// io.FontGlobalScale so sizes stay in CSS px. False when there is no font to draw with.
bool build_fonts(const FontFiles& files, float pixel_ratio);

// Colours, paddings and rounding of ImGui's own style (used by tables).
void apply_style();

// ---- The page window ----
// Every screen is one borderless full-viewport window whose scroll follows the document's
// (the page scrolls natively; see platform/web). Content sits in a centred column.
void begin_page(float scroll_y);
// Ends the window; returns the content height in CSS px (the document's height).
float end_page();

}  // namespace dl::ui::theme
