// The envelope of a sealed result file: written in a fixed order, read strictly.
#include "sealed_file.hpp"

#include <nlohmann/json.hpp>

#include "base64url.hpp"
#include "json_reader.hpp"
#include "participant_code.hpp"

namespace dl {
namespace {
constexpr const char* kFormat = "digilyft-sealed";
constexpr int kVersion = 1;
constexpr std::size_t kMaxSealedBytes = 400 * 1024;  // a largest result file (256 KiB) in base64url, and room

std::optional<std::size_t> decoded_size(const nlohmann::ordered_json& doc, const char* key) {
  const auto it = doc.find(key);
  if (it == doc.end() || !it->is_string()) return std::nullopt;
  const auto bytes = base64url_decode(it->get_ref<const std::string&>());
  if (!bytes) return std::nullopt;
  return bytes->size();
}
}  // namespace

std::string seal_additional_data(const std::string& programme) { return "digilyft-sealed 1 " + programme; }

bool SealedFile::operator==(const SealedFile& o) const {
  return programme == o.programme && ephemeral_key == o.ephemeral_key && iv == o.iv && data == o.data;
}

std::string sealed_file_json(const SealedFile& file) {
  nlohmann::ordered_json out;
  out["format"] = kFormat;
  out["version"] = kVersion;
  out["programme"] = file.programme;
  out["ephemeral_key"] = file.ephemeral_key;
  out["iv"] = file.iv;
  out["data"] = file.data;
  return out.dump(2) + "\n";
}

bool is_sealed_file(std::string_view text) {
  if (text.size() > kMaxSealedBytes) return false;
  // Its "format" spells kFormat, or \u escapes could spell it (as is_outbox_file).
  if (text.find(kFormat) == std::string_view::npos && text.find("\\u") == std::string_view::npos) return false;
  const nlohmann::ordered_json doc = json_read::parse(std::string(text)).value_or(nlohmann::ordered_json());
  if (!doc.is_object()) return false;
  const auto format = doc.find("format");
  return format != doc.end() && format->is_string() && *format == kFormat;
}

std::optional<SealedFile> parse_sealed_file(const std::string& text, const std::string& file_name,
                                            std::vector<Problem>& problems) {
  const auto damaged = [&](const std::string& detail) {
    problems.push_back(Problem{"result.sealed_damaged", file_name, "", detail});
    return std::nullopt;
  };
  if (text.size() > kMaxSealedBytes) return damaged("too large");
  const nlohmann::ordered_json doc = json_read::parse(std::string(text)).value_or(nlohmann::ordered_json());
  if (!doc.is_object() || doc.value("format", nlohmann::ordered_json()) != kFormat) return damaged("not a sealed file");
  const auto version = doc.find("version");
  if (version == doc.end() || !version->is_number_integer()) return damaged("version");
  if (version->get<long long>() > kVersion) {
    problems.push_back(Problem{"result.future_version", file_name, "/version", std::to_string(version->get<long long>())});
    return std::nullopt;
  }
  if (version->get<long long>() != kVersion || doc.size() != 6) return damaged("fields");
  const auto programme = doc.find("programme");
  if (programme == doc.end() || !programme->is_string() || !is_valid_participant_code(programme->get<std::string>())) {
    return damaged("programme");
  }
  if (decoded_size(doc, "ephemeral_key") != std::optional<std::size_t>(65)) return damaged("ephemeral_key");
  if (decoded_size(doc, "iv") != std::optional<std::size_t>(12)) return damaged("iv");
  const auto data = decoded_size(doc, "data");
  if (!data || *data < 17) return damaged("data");
  return SealedFile{programme->get<std::string>(), doc["ephemeral_key"].get<std::string>(), doc["iv"].get<std::string>(),
                    doc["data"].get<std::string>()};
}

}  // namespace dl
