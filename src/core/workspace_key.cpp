// The workspace's secret and its key file (workspace_key.hpp).
#include "workspace_key.hpp"

#include "json_reader.hpp"
#include <nlohmann/json.hpp>

namespace dl {

namespace {
constexpr const char* kHexDigits = "0123456789abcdef";

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}
}  // namespace

bool is_workspace_secret(std::string_view text) {
  if (text.size() != 2 * kSecretBytes) return false;
  for (const char c : text) {
    if (hex_value(c) < 0) return false;
  }
  return true;
}

std::string workspace_secret(const std::array<std::uint64_t, 4>& random) {
  std::string out;
  for (const std::uint64_t word : random) {
    for (int shift = 60; shift >= 0; shift -= 4) out += kHexDigits[(word >> shift) & 0xF];
  }
  return out;
}

std::vector<unsigned char> secret_bytes(std::string_view secret) {
  if (!is_workspace_secret(secret)) return {};
  std::vector<unsigned char> bytes;
  for (std::size_t i = 0; i < secret.size(); i += 2) {
    bytes.push_back(static_cast<unsigned char>(hex_value(secret[i]) * 16 + hex_value(secret[i + 1])));
  }
  return bytes;
}

std::string key_file_json(const WorkspaceKey& key) {
  nlohmann::ordered_json j;
  j["format"] = kKeyFileFormat;
  j["version"] = kKeyFileVersion;
  j["note"] =
      "Nyckeln som skyddar programmets tabeller och öppnar programmets låsta resultatfiler. Läs in den i Digilyft med Välj resultatfiler (före "
      "resultatfilerna) på en annan dator, eller använd den med digilyft-report --key: då blir "
      "tabellerna desamma. Förvara den som resultatfilerna och dela eller publicera den aldrig. / The "
      "key that protects the programme's tables and opens the programme's locked result files. Read it into Digilyft with Choose result files (before "
      "the result files) on another computer, or use it with digilyft-report --key: the tables are then "
      "the same. Keep it like the result files and never share or publish it.";
  j["programme"] = key.programme;
  j["secret"] = key.secret;
  if (!key.sealing_key.empty()) j["sealing_key"] = key.sealing_key;
  return j.dump(2) + "\n";
}

std::string key_file_name(const WorkspaceKey& key) {
  return key.programme.empty() ? "digilyft-nyckel.json" : "digilyft-nyckel-" + key.programme + ".json";
}

bool is_key_file(std::string_view text) {
  const auto j = json_read::parse(std::string(text)).value_or(nlohmann::ordered_json());
  return j.is_object() && j.contains("format") && j["format"] == kKeyFileFormat;
}

std::optional<WorkspaceKey> parse_key_file(const std::string& text, std::vector<Problem>& problems) {
  const auto j = json_read::parse(std::string(text)).value_or(nlohmann::ordered_json());
  if (!j.is_object() || !j.contains("format") || j["format"] != kKeyFileFormat || !j.contains("version") ||
      !j["version"].is_number_integer()) {
    problems.push_back(Problem{"key.unreadable", "", "", ""});
    return std::nullopt;
  }
  if (j["version"].get<int>() > kKeyFileVersion) {
    problems.push_back(Problem{"key.future_version", "", "/version", ""});
    return std::nullopt;
  }
  WorkspaceKey key;
  if (j.contains("programme") && j["programme"].is_string()) key.programme = j["programme"].get<std::string>();
  if (!j.contains("secret") || !j["secret"].is_string() || !is_workspace_secret(j["secret"].get<std::string>())) {
    problems.push_back(Problem{"key.bad_secret", "", "/secret", ""});
    return std::nullopt;
  }
  key.secret = j["secret"].get<std::string>();
  if (j.contains("sealing_key") && j["sealing_key"].is_string()) key.sealing_key = j["sealing_key"].get<std::string>();
  return key;
}

}  // namespace dl
