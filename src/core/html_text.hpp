// Text for the printable HTML files the app makes (discussion guide, report, poster): every text
// from content or from a person goes through html_escape, so "<", "&" or a quote is text, never markup.
#pragma once
#include <string>

namespace dl {

std::string html_escape(const std::string& text);

}  // namespace dl
