// digilyft-report's reading of result files in memory that does not grow with their number: the
// files as import_result takes them, one participant at a time, through sorted runs on the disk.
#pragma once
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "cli/sorted_runs.hpp"
#include "core/aggregate.hpp"

namespace dl::cli {

// The names of `paths` that are neither a file nor a folder.
std::vector<std::string> missing_paths(const std::vector<std::string>& paths);

// result_files (content_files.hpp) one name at a time, in the same order, without holding them:
// each folder's names are sorted through SortedRuns in `temp`. False when a run could not be
// written or read.
bool for_each_result_file(const std::vector<std::string>& paths, const std::filesystem::path& temp,
                          std::size_t run_bytes, const std::function<void(const std::string& path)>& take);

// Pass 1, read_path() for each file in order: each file is checked as import_result checks it
// (check_result: the programme rules of `head`, which the first file with a programme sets), a
// refused file's entry is written to the disk, and a file read is kept as its compact line in
// sorted runs, by participant code, then file number. Pass 2, merge(): each participant's files,
// in file order, go through import_result on a workspace of their own, so they merge exactly as
// the page merges them; the merged record is handed on and each file's outcome written to the
// disk at its number. Then for_each_entry() gives every file's entry in file order, as
// workspace.log would hold it. All its files are in `temp`.
class ImportStream {
 public:
  // `head`: the programme, without_programme, the secret and the sealing key. `run_bytes`: about
  // how much of the files read is kept in memory before a run is written.
  ImportStream(Workspace head, const Catalog& catalog, const std::filesystem::path& temp, std::size_t run_bytes);

  // Pass 1: one file given, as the page reads it: an outbox file gives each file handed in (an
  // entry each), a sealed file is opened with the sealing key, a file that cannot be opened is
  // refused.
  void read_path(const std::string& path);
  // The workspace's programme, once pass 1 has set it.
  const std::string& programme() const { return head_.programme; }

  // Pass 2: every participant's merged record, in participant code order.
  bool merge(const std::function<void(const ResultFile& participant)>& take);
  // After merge: every file's entry, in the order the files were read.
  bool for_each_entry(const std::function<void(const ImportEntry& entry)>& take);

  std::size_t files() const { return files_; }
  std::size_t rejected() const { return rejected_; }
  std::size_t participants() const { return participants_; }
  std::size_t runs_written() const { return runs_.runs_written(); }
  // False once a temporary file could not be written or read back.
  bool ok() const { return ok_ && runs_.ok(); }

 private:
  void import_text(const std::string& name, const std::string& text);
  void import_sealed(const std::string& name, const std::string& text);
  void log_entries();
  void set_outcome(std::uint64_t number, const ImportEntry& entry);

  Workspace head_;  // its log: the entries of the path being read
  const Catalog& catalog_;
  SortedRuns runs_;
  std::filesystem::path entries_path_, outcomes_path_;
  std::ofstream entries_;   // pass 1: each file's name, and a refused file's problems
  std::fstream outcomes_;   // a fixed-size outcome per file, set in pass 2
  std::size_t files_ = 0, rejected_ = 0, participants_ = 0;
  bool ok_ = true;
};

}  // namespace dl::cli
