// Spaces kept in memory: native tests, and the browser's fallback when it gives no storage.
#include "platform/storage.hpp"

namespace dl::platform {

std::optional<std::string> MemoryStorage::load(const std::string& key) {
  const auto it = unsealed_.find(key);
  if (it == unsealed_.end()) return std::nullopt;
  return it->second;
}

std::optional<SpaceOpened> MemoryStorage::open_space(const std::string& code, bool create) {
  auto it = spaces_.find(code);
  if (it == spaces_.end()) {
    if (!create) return SpaceOpened{SpaceOpened::Outcome::not_found, code, {}};
    it = spaces_.emplace(code, std::map<std::string, std::string>{}).first;
  }
  open_ = code;
  return SpaceOpened{SpaceOpened::Outcome::opened, code, it->second};
}

void MemoryStorage::save(const std::string& key, const std::string& value) {
  if (open_.empty()) return;
  spaces_[open_][key] = value;
  ++save_count_;
}

std::optional<std::string> MemoryStorage::in_space(const std::string& code, const std::string& key) const {
  const auto space = spaces_.find(code);
  if (space == spaces_.end()) return std::nullopt;
  const auto it = space->second.find(key);
  if (it == space->second.end()) return std::nullopt;
  return it->second;
}

}  // namespace dl::platform
