// Text for the printable HTML files the app makes (discussion guide, report, poster): every text
// from content or from a person goes through html_escape, so "<", "&" or a quote is text, never
// markup; and the start every such A4 page shares, so they print alike.
#pragma once
#include <string>

#include "i18n.hpp"

namespace dl {

std::string html_escape(const std::string& text);

// How a printable page sits on A4: the page margin (the text is as wide as the paper leaves), the
// body's font size and line height.
struct PrintLayout {
  int margin_mm = 18;
  int font_pt = 12;
  const char* line_height = "1.45";
};

// "<!DOCTYPE html>…<body>\n": language, UTF-8, viewport, the escaped title, and one stylesheet of
// the shared base (A4 page, exact colours, a readable sans-serif body that is centred on a screen)
// followed by the page's own `rules`.
std::string print_page_start(Lang lang, const std::string& title, const PrintLayout& layout, const char* rules);

}  // namespace dl
