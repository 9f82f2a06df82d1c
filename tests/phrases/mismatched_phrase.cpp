// Must not compile: the English of this phrase lost the {1} of its Swedish (see tests/CMakeLists.txt).
#include "core/i18n.hpp"

constexpr dl::Phrase kFilesRead{"{1} filer lästa", "Files read"};

const char* files_read() { return kFilesRead.en; }
