// Random participant codes. The alphabet leaves out look-alikes (0/O, 1/I/L) so a code can be
// read aloud or copied by hand; that leaves 31 symbols, so the code is the random value in base 31
// (8 symbols = 31^8, about 39.6 bits).
#include "participant_code.hpp"

namespace dl {
namespace {
constexpr std::string_view kAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
constexpr std::size_t kCodeLength = 8;
}  // namespace

std::string make_participant_code(std::uint64_t random_bits) {
  std::string code;
  for (std::size_t i = 0; i < kCodeLength; ++i) {
    code += kAlphabet[static_cast<std::size_t>(random_bits % kAlphabet.size())];
    random_bits /= kAlphabet.size();
  }
  return code;
}

bool is_valid_participant_code(std::string_view code) {
  if (code.size() != kCodeLength) return false;
  for (char c : code) {
    if (kAlphabet.find(c) == std::string_view::npos) return false;
  }
  return true;
}

std::string code_for_people(std::string_view code) {
  if (code.size() != kCodeLength) return std::string(code);
  return std::string(code.substr(0, 4)) + "-" + std::string(code.substr(4));
}

std::optional<std::string> read_typed_code(std::string_view typed) {
  std::string code;
  for (char c : typed) {
    if (c == ' ' || c == '-' || c == '\t') continue;
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    code += c;
    if (code.size() > kCodeLength) return std::nullopt;
  }
  if (!is_valid_participant_code(code)) return std::nullopt;
  return code;
}

}  // namespace dl
