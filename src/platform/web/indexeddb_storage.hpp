// Storage backed by the browser's IndexedDB (database "digilyft"), written by web/js/storage.js
// through web/js/lib_digilyft.js. Each person's values are in a sealed space: the page derives the
// space's key from the code (PBKDF2, Web Crypto), opens it and hands its values in, then seals every
// save (AES-GCM) before it is written. Values a version before spaces kept unsealed are read before
// start (load) until forget_unsealed. Without IndexedDB it keeps spaces in memory for the visit.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "platform/storage.hpp"

namespace dl::platform::web {

class IndexedDbStorage final : public Storage {
 public:
  std::optional<std::string> load(const std::string& key) override;
  void forget_unsealed() override;
  int space_count() const override;
  std::optional<SpaceOpened> open_space(const std::string& code, bool create) override;
  void close_space() override;
  void save(const std::string& key, const std::string& value) override;
  StorageHealth health() const override { return health_; }
  std::map<std::string, OutboxFile> outbox() const override;
  void hand_in(const std::string& slot, const OutboxFile& file) override;
  void remove_from_outbox(const std::string& slot) override;

  // ---- Called from the page (see main_web.cpp) ----
  void seed(const std::string& key, std::string value);  // an unsealed value read before start
  void set_space_count(int count) { space_count_ = count; }
  void seed_outbox(const std::string& slot, OutboxFile file) { outbox_[slot] = std::move(file); }
  void set_health(StorageHealth health) { health_ = health; }
  void on_write_result(bool ok);  // the outcome of the latest write
  // The space the page was asked to open: its values one by one, then the outcome.
  void space_value(const std::string& key, std::string value) { opening_values_[key] = std::move(value); }
  SpaceOpened space_done(const std::string& code, SpaceOpened::Outcome outcome);

 private:
  std::map<std::string, std::string> unsealed_;
  std::map<std::string, std::string> opening_values_;
  std::map<std::string, OutboxFile> outbox_;  // as IndexedDB holds it (written through at once)
  MemoryStorage memory_;  // without IndexedDB: spaces for this visit only
  bool open_ = false;
  int space_count_ = 0;
  StorageHealth health_ = StorageHealth::unavailable;
};

}  // namespace dl::platform::web
