// Storage backed by the browser's IndexedDB (database "digilyft", object store "kv"), written by
// web/js/storage.js through web/js/lib_digilyft.js. The page reads every stored value before wasm
// starts, so load() answers at once from that snapshot; save() writes through in the background and
// the page reports the outcome (health). Without IndexedDB it keeps working in memory.
#pragma once
#include <map>
#include <optional>
#include <string>

#include "platform/storage.hpp"

namespace dl::platform::web {

class IndexedDbStorage final : public Storage {
 public:
  std::optional<std::string> load(const std::string& key) override;
  void save(const std::string& key, const std::string& value) override;
  StorageHealth health() const override { return health_; }

  // ---- Called from the page (see main_web.cpp) ----
  void seed(const std::string& key, std::string value);  // a value read before start
  void set_health(StorageHealth health) { health_ = health; }
  void on_write_result(bool ok);  // the outcome of the latest write
  // Another tab saved `key`: load() now returns its value.
  void on_external_change(const std::string& key, std::string value);

 private:
  std::map<std::string, std::string> values_;
  StorageHealth health_ = StorageHealth::unavailable;
};

}  // namespace dl::platform::web
