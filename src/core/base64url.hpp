// Base64url without padding (RFC 4648 §5): how keys and sealed bytes travel in links and files.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace dl {

std::string base64url_encode(const std::vector<unsigned char>& bytes);
// Nothing when `text` holds a character outside the alphabet, padding, or a length that no byte
// string encodes to (4n + 1).
std::optional<std::vector<unsigned char>> base64url_decode(std::string_view text);

}  // namespace dl
