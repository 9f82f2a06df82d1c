// Storage on the device: IndexedDB in the browser, memory in native tests and when the browser gives
// no storage (private window, blocked). Each person's values live in a space of their own, opened
// with their code; in the browser a space is sealed (AES-GCM under a key made from the code, see
// web/js/storage.js and docs/privacy.md), so without the code nothing in it can be read. Values are
// JSON text.
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

// What opening a space gave.
struct SpaceOpened {
  enum class Outcome {
    opened,     // the space of this code, with what it holds (empty when it was just made)
    not_found,  // no space on this device has this code
    failed,     // the space is there but could not be read (damaged)
  };
  Outcome outcome = Outcome::not_found;
  std::string code;
  std::map<std::string, std::string> values;
};

// A sealed result file in the device's outbox: its name and the sealed file's text.
struct OutboxFile {
  std::string name, text;
};

class Storage {
 public:
  virtual ~Storage() = default;
  // Values kept outside any space by a version before spaces ("progress", "place", …): read once at
  // start, moved into a space, then forgotten (forget_unsealed).
  virtual std::optional<std::string> load(const std::string& key) = 0;
  virtual void forget_unsealed() = 0;
  // How many spaces this device holds (the start asks "Ny här?" or "Jag har en kod" when any).
  virtual int space_count() const = 0;
  // Opens the space of `code` (`create`: make it when there is none). The answer comes at once
  // (memory) or later through the platform (the browser derives the key first, which takes a
  // moment): then this returns nothing and the page hands the answer to App::space_opened.
  virtual std::optional<SpaceOpened> open_space(const std::string& code, bool create) = 0;
  // Closes the open space: writes already made still land, nothing more is written or read.
  virtual void close_space() = 0;
  // Saves into the open space at once (each answer as it is given); nothing when none is open.
  // The browser reports the outcome later: health().
  virtual void save(const std::string& key, const std::string& value) = 0;
  virtual StorageHealth health() const = 0;
  // The device's outbox ("Lämna in här"): sealed result files handed in here, by slot (one slot per
  // person, so a new hand-in replaces that person's earlier one). Kept outside every space: each
  // file is sealed for its programme's coordinator already. Read at start; written at once.
  virtual std::map<std::string, OutboxFile> outbox() const = 0;
  virtual void hand_in(const std::string& slot, const OutboxFile& file) = 0;
  virtual void remove_from_outbox(const std::string& slot) = 0;
};

// Keeps spaces in memory. Used by native tests, and as the browser's fallback when it has no storage.
class MemoryStorage final : public Storage {
 public:
  std::optional<std::string> load(const std::string& key) override;
  void forget_unsealed() override { unsealed_.clear(); }
  int space_count() const override { return static_cast<int>(spaces_.size()); }
  std::optional<SpaceOpened> open_space(const std::string& code, bool create) override;
  void close_space() override { open_.clear(); }
  void save(const std::string& key, const std::string& value) override;
  StorageHealth health() const override { return health_; }
  std::map<std::string, OutboxFile> outbox() const override { return outbox_; }
  void hand_in(const std::string& slot, const OutboxFile& file) override { outbox_[slot] = file; }
  void remove_from_outbox(const std::string& slot) override { outbox_.erase(slot); }

  void set_health(StorageHealth health) { health_ = health; }  // tests: act as full or blocked
  // Tests: a value as a version before spaces kept it, and what a space holds now.
  void put_unsealed(const std::string& key, const std::string& value) { unsealed_[key] = value; }
  std::optional<std::string> in_space(const std::string& code, const std::string& key) const;
  const std::string& open_code() const { return open_; }
  int save_count() const { return save_count_; }

 private:
  std::map<std::string, std::string> unsealed_;
  std::map<std::string, std::map<std::string, std::string>> spaces_;  // code -> key -> value
  std::map<std::string, OutboxFile> outbox_;
  std::string open_;  // the open space's code, "" when none
  StorageHealth health_ = StorageHealth::ok;
  int save_count_ = 0;
};

}  // namespace dl::platform
