// Language codes of the user interface.
#include "i18n.hpp"

namespace dl {

const char* lang_code(Lang lang) { return lang == Lang::en ? "en" : "sv"; }

Lang lang_from_code(const std::string& code) { return code == "en" ? Lang::en : Lang::sv; }

}  // namespace dl
