// The workspace's secret and the key file that carries it to digilyft-report, so the page and the
// command line give the same protected tables (docs/privacy.md). The secret never goes into a
// table, a report or a result file; whoever holds it and the result files could undo the noise.
#pragma once
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "problem.hpp"

namespace dl {

constexpr const char* kKeyFileFormat = "digilyft-report-key";
constexpr int kKeyFileVersion = 1;
constexpr std::size_t kSecretBytes = 32;

// 64 lowercase hex digits.
bool is_workspace_secret(std::string_view text);
// A secret from 256 random bits (the platform's cryptographic randomness).
std::string workspace_secret(const std::array<std::uint64_t, 4>& random);
// The secret's 32 bytes: the HMAC-SHA-256 key. Empty when `secret` is not a secret.
std::vector<unsigned char> secret_bytes(std::string_view secret);

struct WorkspaceKey {
  std::string programme;  // the programme whose tables it protects ("" when none was set yet)
  std::string secret;
  std::string sealing_key;  // opens the programme's sealed result files ("" when none)
};

// The key file: {"format", "version", "note" (what it is, in Swedish and English), "programme",
// "secret"}, pretty-printed. Named by key_file_name, e.g. "digilyft-nyckel-K7QM4XPD.json".
std::string key_file_json(const WorkspaceKey& key);
std::string key_file_name(const WorkspaceKey& key);
// Whether `text` says it is a key file (its format field), so a key file chosen among result files
// is taken as a key and not refused as a broken result file.
bool is_key_file(std::string_view text);
// Reads a key file; problems ("key.unreadable", "key.future_version", "key.bad_secret") say why not.
std::optional<WorkspaceKey> parse_key_file(const std::string& text, std::vector<Problem>& problems);

}  // namespace dl
