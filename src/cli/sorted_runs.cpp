// Sorted runs on the disk and their k-way merge (sorted_runs.hpp).
#include "sorted_runs.hpp"

#include <unistd.h>

#include <algorithm>
#include <memory>
#include <queue>

namespace dl::cli {

namespace fs = std::filesystem;

TempFolder::TempFolder(const fs::path& parent) {
  for (unsigned attempt = 0; attempt < 1000; ++attempt) {
    const fs::path candidate =
        parent / ("digilyft-report-" + std::to_string(::getpid()) + "-" + std::to_string(attempt));
    std::error_code error;
    if (fs::create_directory(candidate, error)) {
      path_ = candidate;
      return;
    }
    if (error) return;  // no such parent, or not ours to write in
  }
}

TempFolder::~TempFolder() {
  if (path_.empty()) return;
  std::error_code error;
  fs::remove_all(path_, error);
}

void put_number(std::ostream& out, std::uint64_t number) {
  char bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<char>((number >> (8 * i)) & 0xFFu);
  out.write(bytes, sizeof bytes);
}

void put_text(std::ostream& out, const std::string& text) {
  put_number(out, text.size());
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
}

bool get_number(std::istream& in, std::uint64_t& number) {
  unsigned char bytes[8];
  if (!in.read(reinterpret_cast<char*>(bytes), sizeof bytes)) return false;
  number = 0;
  for (int i = 7; i >= 0; --i) number = (number << 8) | bytes[i];
  return true;
}

bool get_text(std::istream& in, std::string& text) {
  std::uint64_t size = 0;
  if (!get_number(in, size) || size > (std::uint64_t{1} << 32)) return false;
  text.resize(static_cast<std::size_t>(size));
  return size == 0 || static_cast<bool>(in.read(text.data(), static_cast<std::streamsize>(size)));
}

namespace {

bool before(const RunRecord& a, const RunRecord& b) {
  return a.key != b.key ? a.key < b.key : a.number < b.number;
}

void put_record(std::ostream& out, const RunRecord& record) {
  put_text(out, record.key);
  put_number(out, record.number);
  put_text(out, record.payload);
}

bool get_record(std::istream& in, RunRecord& record) {
  return get_text(in, record.key) && get_number(in, record.number) && get_text(in, record.payload);
}

// Merged at once at most: each open run holds a file handle and one record.
constexpr std::size_t kMostOpenRuns = 64;

// A run being merged: its file and the record it is at.
struct RunReader {
  std::ifstream in;
  RunRecord record;
  std::size_t index = 0;  // which run: equal records come in run order
  std::uint64_t left = 0;
  bool next() {
    if (left == 0) return false;
    --left;
    return get_record(in, record);
  }
};

}  // namespace

SortedRuns::SortedRuns(fs::path folder, std::string name, std::size_t run_bytes)
    : folder_(std::move(folder)), name_(std::move(name)), run_bytes_(std::max<std::size_t>(run_bytes, 1)) {}

SortedRuns::~SortedRuns() {
  std::error_code error;
  for (const fs::path& run : runs_) fs::remove(run, error);
}

void SortedRuns::add(RunRecord record) {
  bytes_ += record.key.size() + record.payload.size() + sizeof(RunRecord);
  records_.push_back(std::move(record));
  if (bytes_ >= run_bytes_) write_run();
}

fs::path SortedRuns::next_run_path() { return folder_ / (name_ + "-" + std::to_string(runs_written_++) + ".run"); }

// A run file: how many records, then the records sorted.
void SortedRuns::write_run() {
  std::sort(records_.begin(), records_.end(), before);
  const fs::path path = next_run_path();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  put_number(out, records_.size());
  for (const RunRecord& record : records_) put_record(out, record);
  out.close();
  ok_ = ok_ && !out.fail();
  runs_.push_back(path);
  records_.clear();
  records_.shrink_to_fit();
  bytes_ = 0;
}

bool SortedRuns::merge_runs(const std::vector<fs::path>& runs, const std::function<void(RunRecord&)>& take) {
  std::vector<std::unique_ptr<RunReader>> readers;
  for (const fs::path& path : runs) {
    auto reader = std::make_unique<RunReader>();
    reader->in.open(path, std::ios::binary);
    reader->index = readers.size();
    if (!get_number(reader->in, reader->left)) return false;
    if (reader->next()) readers.push_back(std::move(reader));
  }
  const auto later = [](const RunReader* a, const RunReader* b) {
    return before(b->record, a->record) || (!before(a->record, b->record) && a->index > b->index);
  };
  std::priority_queue<RunReader*, std::vector<RunReader*>, decltype(later)> heads(later);
  for (const auto& reader : readers) heads.push(reader.get());
  while (!heads.empty()) {
    RunReader* reader = heads.top();
    heads.pop();
    take(reader->record);
    if (reader->next()) {
      heads.push(reader);
    } else if (reader->left != 0) {
      return false;  // the run ended early
    }
  }
  return true;
}

bool SortedRuns::merge(const std::function<void(RunRecord&)>& take) {
  if (runs_.empty()) {  // everything fit in memory
    std::sort(records_.begin(), records_.end(), before);
    for (RunRecord& record : records_) take(record);
    records_.clear();
    records_.shrink_to_fit();
    return ok_;
  }
  if (!records_.empty()) write_run();
  // Too many runs to open at once: merge the first ones into a run of their own, and again.
  while (ok_ && runs_.size() > kMostOpenRuns) {
    const std::vector<fs::path> first(runs_.begin(), runs_.begin() + kMostOpenRuns);
    runs_.erase(runs_.begin(), runs_.begin() + kMostOpenRuns);
    std::uint64_t count = 0;
    const fs::path path = next_run_path();
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    put_number(out, 0);  // the count, written when known
    ok_ = merge_runs(first, [&](RunRecord& record) {
      put_record(out, record);
      ++count;
    });
    out.seekp(0);
    put_number(out, count);
    out.close();
    ok_ = ok_ && !out.fail();
    runs_.push_back(path);
    std::error_code error;
    for (const fs::path& run : first) fs::remove(run, error);
  }
  ok_ = ok_ && merge_runs(runs_, take);
  std::error_code error;
  for (const fs::path& run : runs_) fs::remove(run, error);
  runs_.clear();
  return ok_;
}

}  // namespace dl::cli
