// Key-value storage for a person's progress: IndexedDB in the browser, memory in native tests and
// when the browser gives no storage (private window, blocked). Values are JSON text.
#pragma once
#include <map>
#include <optional>
#include <string>

namespace dl::platform {

enum class StorageHealth {
  ok,            // saving works
  unavailable,   // no storage at all this visit (private window, blocked, IndexedDB missing)
  write_failed,  // storage exists but the last write failed (full disk, quota, aborted)
};

class Storage {
 public:
  virtual ~Storage() = default;
  virtual std::optional<std::string> load(const std::string& key) = 0;
  // Saves at once (each answer as it is given). The browser reports the outcome later: health().
  virtual void save(const std::string& key, const std::string& value) = 0;
  virtual StorageHealth health() const = 0;
};

// Keeps values in memory. Used by native tests, and as the fallback when the browser has no storage.
class MemoryStorage final : public Storage {
 public:
  std::optional<std::string> load(const std::string& key) override;
  void save(const std::string& key, const std::string& value) override;
  StorageHealth health() const override { return health_; }
  void set_health(StorageHealth health) { health_ = health; }  // tests: act as full or blocked
  int save_count() const { return save_count_; }

 private:
  std::map<std::string, std::string> values_;
  StorageHealth health_ = StorageHealth::ok;
  int save_count_ = 0;
};

}  // namespace dl::platform
