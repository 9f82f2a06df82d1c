// A result file sealed for the programme's coordinator (docs/result-file.md, "Sealed files"): the
// envelope around it. The sealing itself is Web Crypto in the page (web/js/seal.js) and OpenSSL
// natively (platform/native/openssl_seal.hpp): ECDH P-256 between a new key pair and the
// programme's public key, HKDF-SHA-256 to an AES-256-GCM key, the file sealed under it. Core only
// reads and writes the envelope.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "problem.hpp"

namespace dl {

// The words both sides bind the sealing to.
inline constexpr std::string_view kSealInfo = "digilyft sealed result 1";  // HKDF info
std::string seal_additional_data(const std::string& programme);        // AES-GCM additional data

struct SealedFile {
  std::string programme;      // the programme's code, in clear: whose workspace can open it
  std::string ephemeral_key;  // base64url, the sender's one-time public key (65 bytes, uncompressed P-256)
  std::string iv;             // base64url, 12 bytes
  std::string data;           // base64url, the sealed result file and its 16-byte tag
  bool operator==(const SealedFile& o) const;
};

std::string sealed_file_json(const SealedFile& file);
// Whether `text` says it is a sealed file (its format field), so it is opened, not refused.
bool is_sealed_file(std::string_view text);
// Reads the envelope strictly: problems ("result.sealed_damaged", "result.future_version") say why
// not. Opening what it holds is the platform's.
std::optional<SealedFile> parse_sealed_file(const std::string& text, const std::string& file_name,
                                            std::vector<Problem>& problems);

}  // namespace dl
