// Record keys and secrets through OpenSSL (openssl_keys.hpp).
#include "platform/native/openssl_keys.hpp"

#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include <array>
#include <vector>

#include "core/workspace_key.hpp"

namespace dl::platform::native {

RecordKey record_key(const std::string& secret, const std::string& participant_code) {
  const std::vector<unsigned char> key = secret_bytes(secret);
  if (key.empty()) return 0;
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int size = 0;
  if (HMAC(EVP_sha256(), key.data(), static_cast<int>(key.size()),
           reinterpret_cast<const unsigned char*>(participant_code.data()), participant_code.size(), digest,
           &size) == nullptr) {
    return 0;
  }
  return record_key_from_digest(digest, size);
}

RecordKeys record_keys(const Workspace& workspace) {
  RecordKeys keys;
  keys.reserve(workspace.participants.size());
  for (const auto& [code, file] : workspace.participants) keys.emplace(code, record_key(workspace.secret, code));
  return keys;
}

std::string new_secret() {
  std::array<std::uint64_t, 4> random{};
  if (RAND_bytes(reinterpret_cast<unsigned char*>(random.data()), static_cast<int>(sizeof random)) != 1) return "";
  return workspace_secret(random);
}

}  // namespace dl::platform::native
