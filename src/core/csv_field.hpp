// One CSV field as RFC 4180 writes it: quoted (and its quotes doubled) only when it holds the
// separator, a quote or a line end. The tables' CSV uses ';' (Excel in Swedish), the flat export ','.
#pragma once
#include <string>

namespace dl {

inline std::string csv_field(const std::string& text, char separator) {
  const char special[] = {separator, '"', '\r', '\n', '\0'};
  if (text.find_first_of(special) == std::string::npos) return text;
  std::string out = "\"";
  for (const char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

}  // namespace dl
