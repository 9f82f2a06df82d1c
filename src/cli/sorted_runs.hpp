// Sorting more records than fit in memory (digilyft-report): sorted runs of bounded size on the
// disk, merged back k-way, and the temporary folder they live in.
#pragma once
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

namespace dl::cli {

// A folder of our own for temporary files, made inside `parent`, removed with all it holds when
// this goes (also on an early return). ok() is false when it could not be made.
class TempFolder {
 public:
  explicit TempFolder(const std::filesystem::path& parent);
  ~TempFolder();
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  bool ok() const { return !path_.empty(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// Records in a file: a number (8 bytes, little-endian) and a string (its length, then its bytes),
// so any bytes (a path with a line end, a file name that is not UTF-8) come back as they were.
void put_number(std::ostream& out, std::uint64_t number);
void put_text(std::ostream& out, const std::string& text);
bool get_number(std::istream& in, std::uint64_t& number);
bool get_text(std::istream& in, std::string& text);

// One record to sort: by `key`, then `number` (e.g. participant code, then file number).
struct RunRecord {
  std::string key;
  std::uint64_t number = 0;
  std::string payload;
};

// Records sorted by (key, number) in memory of about `run_bytes`: add() keeps them until they hold
// that many bytes, then writes them sorted as one run file in `folder` (named `name`-N.run); merge()
// hands every record back in order, reading one record of each run at a time. Run files are
// removed as they are merged. ok() is false once a run could not be written or read.
class SortedRuns {
 public:
  SortedRuns(std::filesystem::path folder, std::string name, std::size_t run_bytes);
  ~SortedRuns();
  SortedRuns(const SortedRuns&) = delete;
  SortedRuns& operator=(const SortedRuns&) = delete;
  void add(RunRecord record);
  // Every record added, in order; then the runs are gone and nothing is held. Only once.
  bool merge(const std::function<void(RunRecord& record)>& take);
  std::size_t runs_written() const { return runs_written_; }
  bool ok() const { return ok_; }

 private:
  void write_run();
  std::filesystem::path next_run_path();
  bool merge_runs(const std::vector<std::filesystem::path>& runs, const std::function<void(RunRecord&)>& take);

  std::filesystem::path folder_;
  std::string name_;
  std::size_t run_bytes_;
  std::vector<RunRecord> records_;
  std::size_t bytes_ = 0;
  std::vector<std::filesystem::path> runs_;
  std::size_t runs_written_ = 0;
  bool ok_ = true;
};

}  // namespace dl::cli
