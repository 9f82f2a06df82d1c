// The printable poster of a programme for the staff room: its name, a QR code of its link, the link
// written out and three plain steps. One self-contained HTML file laid out for A4.
#pragma once
#include <string>

#include "i18n.hpp"
#include "programme.hpp"

namespace dl {

std::string programme_poster_html(const Programme& programme, const std::string& link, Lang lang);
std::string programme_poster_file_name(const Programme& programme);  // "digilyft-affisch-<id>.html"

}  // namespace dl
