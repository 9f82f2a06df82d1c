// Sealing result files for a programme's coordinator natively, with OpenSSL (libcrypto): the same
// scheme the page runs with Web Crypto (web/js/seal.js), so a file sealed in a browser opens in
// digilyft-report and the other way round (docs/result-file.md, "Sealed files").
#pragma once
#include <optional>
#include <string>

#include "core/sealed_file.hpp"

namespace dl::platform::native {

struct SealingKeys {
  std::string public_key;   // base64url, the 65-byte uncompressed P-256 point (goes into the link)
  std::string private_key;  // base64url, PKCS #8 DER (stays in the coordinator's workspace and key file)
};

// A new P-256 key pair; nothing when OpenSSL fails.
std::optional<SealingKeys> new_sealing_keys();
// Seals `text` for the holder of `public_key`'s private key; nothing when the key is not a P-256 point.
std::optional<SealedFile> seal(const std::string& public_key, const std::string& programme, const std::string& text);
// Opens a sealed file; nothing when the key does not fit or the file was changed.
std::optional<std::string> unseal(const std::string& private_key, const SealedFile& file);

}  // namespace dl::platform::native
