// Key-value storage kept in memory: native tests, and the browser's fallback when it gives no storage.
#include "platform/storage.hpp"

namespace dl::platform {

std::optional<std::string> MemoryStorage::load(const std::string& key) {
  const auto it = values_.find(key);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

void MemoryStorage::save(const std::string& key, const std::string& value) {
  values_[key] = value;
  ++save_count_;
}

}  // namespace dl::platform
