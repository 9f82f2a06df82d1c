// IndexedDB-backed storage: an in-memory snapshot that writes through to the page's IndexedDB code.
#include "platform/web/indexeddb_storage.hpp"

#include <utility>

extern "C" {
// web/js/lib_digilyft.js: queue a write of key -> value (the newest value per key always wins).
void dl_js_storage_save(const char* key, const char* value);
}

namespace dl::platform::web {

std::optional<std::string> IndexedDbStorage::load(const std::string& key) {
  const auto it = values_.find(key);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

void IndexedDbStorage::save(const std::string& key, const std::string& value) {
  values_[key] = value;  // kept for this visit even when the browser gives no storage
  if (health_ != StorageHealth::unavailable) dl_js_storage_save(key.c_str(), value.c_str());
}

void IndexedDbStorage::seed(const std::string& key, std::string value) {
  values_[key] = std::move(value);
}

void IndexedDbStorage::on_write_result(bool ok) {
  if (health_ == StorageHealth::unavailable) return;
  health_ = ok ? StorageHealth::ok : StorageHealth::write_failed;
}

void IndexedDbStorage::on_external_change(const std::string& key, std::string value) {
  values_[key] = std::move(value);
}

}  // namespace dl::platform::web
