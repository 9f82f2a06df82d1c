// IndexedDB-backed storage: sealed spaces kept by the page (web/js/storage.js), and the values a
// version before spaces kept unsealed, read once before start.
#include "platform/web/indexeddb_storage.hpp"

#include <utility>

extern "C" {
// web/js/lib_digilyft.js
void dl_js_storage_save(const char* key, const char* value);  // seal and write into the open space
void dl_js_space_open(const char* code, int create);           // answered by dl_space_opened
void dl_js_space_close();
void dl_js_forget_unsealed();
void dl_js_outbox_put(const char* slot, const char* name, const char* text);
void dl_js_outbox_remove(const char* slot);
}

namespace dl::platform::web {

std::optional<std::string> IndexedDbStorage::load(const std::string& key) {
  const auto it = unsealed_.find(key);
  if (it == unsealed_.end()) return std::nullopt;
  return it->second;
}

void IndexedDbStorage::forget_unsealed() {
  unsealed_.clear();
  if (health_ != StorageHealth::unavailable) dl_js_forget_unsealed();
}

int IndexedDbStorage::space_count() const {
  return health_ == StorageHealth::unavailable ? memory_.space_count() : space_count_;
}

std::optional<SpaceOpened> IndexedDbStorage::open_space(const std::string& code, bool create) {
  if (health_ == StorageHealth::unavailable) return memory_.open_space(code, create);
  opening_values_.clear();
  dl_js_space_open(code.c_str(), create ? 1 : 0);
  return std::nullopt;
}

SpaceOpened IndexedDbStorage::space_done(const std::string& code, SpaceOpened::Outcome outcome) {
  open_ = outcome == SpaceOpened::Outcome::opened;
  SpaceOpened opened{outcome, code, std::exchange(opening_values_, {})};
  if (!open_) opened.values.clear();
  return opened;
}

void IndexedDbStorage::close_space() {
  memory_.close_space();
  if (open_) dl_js_space_close();
  open_ = false;
}

void IndexedDbStorage::save(const std::string& key, const std::string& value) {
  if (health_ == StorageHealth::unavailable) {
    memory_.save(key, value);
    return;
  }
  if (open_) dl_js_storage_save(key.c_str(), value.c_str());
}

std::map<std::string, OutboxFile> IndexedDbStorage::outbox() const {
  return health_ == StorageHealth::unavailable ? memory_.outbox() : outbox_;
}

void IndexedDbStorage::hand_in(const std::string& slot, const OutboxFile& file) {
  if (health_ == StorageHealth::unavailable) {
    memory_.hand_in(slot, file);
    return;
  }
  outbox_[slot] = file;
  dl_js_outbox_put(slot.c_str(), file.name.c_str(), file.text.c_str());
}

void IndexedDbStorage::remove_from_outbox(const std::string& slot) {
  if (health_ == StorageHealth::unavailable) {
    memory_.remove_from_outbox(slot);
    return;
  }
  outbox_.erase(slot);
  dl_js_outbox_remove(slot.c_str());
}

void IndexedDbStorage::seed(const std::string& key, std::string value) { unsealed_[key] = std::move(value); }

void IndexedDbStorage::on_write_result(bool ok) {
  if (health_ == StorageHealth::unavailable) return;
  health_ = ok ? StorageHealth::ok : StorageHealth::write_failed;
}

}  // namespace dl::platform::web
