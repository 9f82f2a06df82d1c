// Result files through sorted runs on the disk, merged one participant at a time (import_stream.hpp).
#include "import_stream.hpp"

#include "cli/content_files.hpp"
#include "core/outbox.hpp"
#include "core/result_file.hpp"
#include "platform/native/openssl_seal.hpp"

namespace dl::cli {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kMaxOutboxBytes = 64 * 1024 * 1024;  // some hundred people's sealed files

// A file's outcome on the disk: 1 + ImportOutcome (0 = not merged yet), how many rounds were
// counted once, and those rounds (a file holds each round at most once).
constexpr std::size_t kOutcomeBytes = 8;

}  // namespace

std::vector<std::string> missing_paths(const std::vector<std::string>& paths) {
  std::vector<std::string> missing;
  for (const std::string& path : paths) {
    std::error_code error;
    if (!fs::is_regular_file(path, error) && !fs::is_directory(path, error)) missing.push_back(path);
  }
  return missing;
}

bool for_each_result_file(const std::vector<std::string>& paths, const fs::path& temp, std::size_t run_bytes,
                          const std::function<void(const std::string& path)>& take) {
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_regular_file(path, error)) {
      take(path);
      continue;
    }
    if (!fs::is_directory(path, error)) continue;  // missing_paths says which
    SortedRuns names(temp, "names", run_bytes);
    std::uint64_t number = 0;
    for_each_file_in_folder(path, [&names, &number](const std::string& file) { names.add(RunRecord{file, number++, ""}); });
    if (!names.merge([&take](RunRecord& record) { take(record.key); })) return false;
  }
  return true;
}

ImportStream::ImportStream(Workspace head, const Catalog& catalog, const fs::path& temp, std::size_t run_bytes)
    : head_(std::move(head)),
      catalog_(catalog),
      runs_(temp, "files", run_bytes),
      entries_path_(temp / "entries.bin"),
      outcomes_path_(temp / "outcomes.bin"),
      entries_(entries_path_, std::ios::binary | std::ios::trunc),
      outcomes_(outcomes_path_, std::ios::binary | std::ios::in | std::ios::out | std::ios::trunc) {
  head_.participants.clear();
  head_.log.clear();
  ok_ = entries_.is_open() && outcomes_.is_open();
}

void ImportStream::read_path(const std::string& path) {
  const auto text = read_text_file(path, kMaxOutboxBytes);
  if (text && is_outbox_file(*text)) {  // several sealed files handed in on one device
    std::vector<Problem> problems;
    if (const auto handed_in = parse_outbox_file(*text, path, problems)) {
      for (const HandedIn& one : *handed_in) import_sealed(one.name, sealed_file_json(one.sealed));
    } else {
      log_refused(head_, path, problems.front());
    }
  } else if (text && is_sealed_file(*text)) {
    import_sealed(path, *text);
  } else if (text) {
    import_text(path, *text);
  } else {  // logged like any other bad file ("Filen går inte att läsa")
    ImportEntry entry;
    entry.file_name = path;
    entry.problems.push_back(Problem{"result.not_json", path, "", "cannot be opened"});
    head_.log.push_back(std::move(entry));
  }
  log_entries();
}

// Sealed for the programme: opened with the key file's sealing key, then read like any file.
void ImportStream::import_sealed(const std::string& name, const std::string& text) {
  const auto envelope = sealed_file_to_open(head_, name, text);
  if (!envelope) return;
  if (const auto opened = platform::native::unseal(head_.sealing_key, *envelope)) {
    import_text(name, *opened);
  } else {
    log_refused(head_, name, Problem{"result.sealed_wrong_key", name, "", ""});
  }
}

// Checked now, merged in pass 2: its entry says "added" until then.
void ImportStream::import_text(const std::string& name, const std::string& text) {
  ImportEntry entry;
  entry.file_name = name;
  if (auto file = check_result(head_, name, text, catalog_, entry.problems)) {
    entry.outcome = ImportOutcome::added;
    runs_.add(RunRecord{file->participant, files_ + head_.log.size(), result_to_compact_json(*file)});
  }
  head_.log.push_back(std::move(entry));
}

// The entries of the path just read, to the disk: the name, and a refused file's problems.
void ImportStream::log_entries() {
  const char unset[kOutcomeBytes] = {};
  for (const ImportEntry& entry : head_.log) {
    const bool refused = entry.outcome == ImportOutcome::rejected;
    put_text(entries_, entry.file_name);
    put_number(entries_, refused ? 1 : 0);
    if (refused) {
      put_number(entries_, entry.problems.size());
      for (const Problem& p : entry.problems) {
        for (const std::string* part : {&p.code, &p.file, &p.pointer, &p.detail}) put_text(entries_, *part);
      }
      ++rejected_;
    }
    outcomes_.write(unset, sizeof unset);
    ++files_;
  }
  head_.log.clear();
}

void ImportStream::set_outcome(std::uint64_t number, const ImportEntry& entry) {
  char record[kOutcomeBytes] = {};
  record[0] = static_cast<char>(1 + static_cast<int>(entry.outcome));
  record[1] = static_cast<char>(entry.rounds_counted_once.size());
  for (std::size_t i = 0; i < entry.rounds_counted_once.size() && i + 2 < kOutcomeBytes; ++i) {
    record[i + 2] = static_cast<char>(entry.rounds_counted_once[i]);
  }
  outcomes_.seekp(static_cast<std::streamoff>(number * kOutcomeBytes));
  outcomes_.write(record, sizeof record);
}

bool ImportStream::merge(const std::function<void(const ResultFile& participant)>& take) {
  entries_.flush();
  Workspace one;  // one participant's files at a time, merged as the page merges them
  one.programme = head_.programme;
  one.without_programme = head_.without_programme;
  const auto hand_on = [&] {
    if (one.participants.empty()) return;
    take(one.participants.begin()->second);
    ++participants_;
    one.participants.clear();
  };
  const bool merged = runs_.merge([&](RunRecord& record) {
    if (!one.participants.empty() && one.participants.begin()->first != record.key) hand_on();
    import_result(one, record.key, record.payload, catalog_);
    // A line pass 1 wrote is read again as the kept workspace is: refusing it would be a bug.
    if (one.log.back().outcome == ImportOutcome::rejected) ok_ = false;
    set_outcome(record.number, one.log.back());
    one.log.clear();
  });
  hand_on();
  outcomes_.flush();
  ok_ = ok_ && merged && !entries_.fail() && !outcomes_.fail();
  return ok();
}

bool ImportStream::for_each_entry(const std::function<void(const ImportEntry& entry)>& take) {
  entries_.close();
  outcomes_.close();
  std::ifstream entries(entries_path_, std::ios::binary), outcomes(outcomes_path_, std::ios::binary);
  for (std::size_t i = 0; i < files_; ++i) {
    ImportEntry entry;
    std::uint64_t refused = 0;
    unsigned char record[kOutcomeBytes];
    if (!get_text(entries, entry.file_name) || !get_number(entries, refused) ||
        !outcomes.read(reinterpret_cast<char*>(record), sizeof record)) {
      return false;
    }
    if (refused != 0) {
      std::uint64_t count = 0;
      if (!get_number(entries, count)) return false;
      for (std::uint64_t p = 0; p < count; ++p) {
        Problem problem;
        for (std::string* part : {&problem.code, &problem.file, &problem.pointer, &problem.detail}) {
          if (!get_text(entries, *part)) return false;
        }
        entry.problems.push_back(std::move(problem));
      }
      entry.outcome = ImportOutcome::rejected;
    } else {
      if (record[0] == 0 || record[1] > kOutcomeBytes - 2) return false;  // never merged
      entry.outcome = static_cast<ImportOutcome>(record[0] - 1);
      for (std::size_t r = 0; r < record[1]; ++r) entry.rounds_counted_once.push_back(static_cast<Round>(record[r + 2]));
    }
    take(entry);
  }
  return true;
}

}  // namespace dl::cli
