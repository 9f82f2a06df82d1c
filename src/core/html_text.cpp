// Escaping text and the shared start of the printable HTML files (html_text.hpp).
#include "html_text.hpp"

namespace dl {

std::string html_escape(const std::string& text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string print_page_start(Lang lang, const std::string& title, const PrintLayout& layout, const char* rules) {
  const std::string margin = std::to_string(layout.margin_mm);
  const std::string width = std::to_string(210 - 2 * layout.margin_mm);
  std::string out = "<!DOCTYPE html>\n<html lang=\"";
  out += lang_code(lang);
  out += "\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  out += "<title>" + html_escape(title) + "</title>\n<style>\n";
  out += "@page { size: A4; margin: " + margin + "mm; }\n";
  out += "* { box-sizing: border-box; }\n";
  out += "html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n";
  out += "body { margin: 0 auto; max-width: " + width + "mm; padding: 8mm 0; color: #111; background: #fff;\n";
  out += "  font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, \"Helvetica Neue\", Arial, \"Noto Sans\", "
         "sans-serif;\n";
  out += "  font-size: " + std::to_string(layout.font_pt) + "pt; line-height: " + layout.line_height + "; }\n";
  out += "@media print { body { padding: 0; max-width: none; } }\n";
  out += rules;
  out += "</style>\n</head>\n<body>\n";
  return out;
}

}  // namespace dl
