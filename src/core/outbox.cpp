// The outbox file: written in a fixed order, read strictly; each entry's envelope is read as a
// sealed file is.
#include "outbox.hpp"

#include "json_reader.hpp"
#include <nlohmann/json.hpp>

namespace dl {
namespace {
constexpr const char* kFormat = "digilyft-outbox";
constexpr int kVersion = 1;
constexpr std::size_t kMaxFiles = 10'000;
constexpr std::size_t kMaxNameLength = 120;

bool plain_name(const std::string& name) {
  if (name.empty() || name.size() > kMaxNameLength) return false;
  for (char c : name) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.';
    if (!ok) return false;
  }
  return true;
}
}  // namespace

std::string outbox_file_json(const std::vector<HandedIn>& files) {
  nlohmann::ordered_json out;
  out["format"] = kFormat;
  out["version"] = kVersion;
  out["files"] = nlohmann::ordered_json::array();
  for (const HandedIn& file : files) {
    nlohmann::ordered_json entry;
    entry["name"] = file.name;
    entry["sealed"] = json_read::parse(sealed_file_json(file.sealed)).value_or(nlohmann::ordered_json());
    out["files"].push_back(entry);
  }
  return out.dump(1) + "\n";
}

std::string outbox_file_name(std::size_t count) {
  return "digilyft-inlamnade-" + std::to_string(count) + (count == 1 ? "-fil.json" : "-filer.json");
}

bool is_outbox_file(std::string_view text) {
  // Its "format" spells kFormat, or \u escapes could spell it: most files given are result files,
  // and this spares parsing each of them once more.
  if (text.find(kFormat) == std::string_view::npos && text.find("\\u") == std::string_view::npos) return false;
  const nlohmann::ordered_json doc = json_read::parse(std::string(text)).value_or(nlohmann::ordered_json());
  return doc.is_object() && doc.value("format", nlohmann::ordered_json()) == kFormat;
}

std::optional<std::vector<HandedIn>> parse_outbox_file(const std::string& text, const std::string& file_name,
                                                       std::vector<Problem>& problems) {
  const auto damaged = [&](const std::string& detail) {
    problems.push_back(Problem{"result.outbox_damaged", file_name, "", detail});
    return std::nullopt;
  };
  const nlohmann::ordered_json doc = json_read::parse(std::string(text)).value_or(nlohmann::ordered_json());
  if (!doc.is_object() || doc.value("format", nlohmann::ordered_json()) != kFormat) return damaged("not an outbox file");
  const auto version = doc.find("version");
  if (version == doc.end() || !version->is_number_integer()) return damaged("version");
  if (version->get<long long>() > kVersion) {
    problems.push_back(Problem{"result.future_version", file_name, "/version", std::to_string(version->get<long long>())});
    return std::nullopt;
  }
  const auto files = doc.find("files");
  if (version->get<long long>() != kVersion || doc.size() != 3 || files == doc.end() || !files->is_array() ||
      files->size() > kMaxFiles)
    return damaged("fields");
  std::vector<HandedIn> out;
  for (const nlohmann::ordered_json& entry : *files) {
    if (!entry.is_object() || entry.size() != 2 || !entry.contains("name") || !entry["name"].is_string() ||
        !plain_name(entry["name"].get<std::string>()) || !entry.contains("sealed"))
      return damaged("an entry");
    std::vector<Problem> inner;
    const std::optional<SealedFile> sealed = parse_sealed_file(entry["sealed"].dump(), file_name, inner);
    if (!sealed) return damaged("a sealed file");
    out.push_back(HandedIn{entry["name"].get<std::string>(), *sealed});
  }
  return out;
}

}  // namespace dl
