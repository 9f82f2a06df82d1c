// Reading the content folder and the result files from the disk (content_files.hpp).
#include "content_files.hpp"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <limits>

namespace dl::cli {

namespace fs = std::filesystem;

std::optional<std::string> read_text_file(const std::string& path, std::size_t max_bytes) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::string text;
  const std::size_t limit = max_bytes < std::numeric_limits<std::size_t>::max() ? max_bytes + 1 : max_bytes;
  char buffer[65536];
  while (text.size() < limit && in) {
    const std::size_t want = std::min(sizeof buffer, limit - text.size());
    in.read(buffer, static_cast<std::streamsize>(want));
    text.append(buffer, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) return std::nullopt;
  return text;
}

std::optional<Catalog> load_content(const std::string& dir) {
  constexpr std::size_t kNoLimit = std::numeric_limits<std::size_t>::max();
  if (!read_text_file(dir + "/catalog.json", kNoLimit)) return std::nullopt;
  return load_catalog([&dir](const std::string& path) { return read_text_file(dir + "/" + path, kNoLimit); });
}

bool is_result_file_name(const fs::path& path) {
  const std::string name = path.filename().string();
  return path.extension() == ".json" || (path.extension() == ".txt" && name.rfind("digilyft-", 0) == 0);
}

void for_each_file_in_folder(const std::string& folder, const std::function<void(const std::string& path)>& take) {
  std::error_code error;
  for (fs::recursive_directory_iterator it(folder, error), end; !error && it != end; it.increment(error)) {
    if (it->is_regular_file(error) && is_result_file_name(it->path())) take(it->path().string());
  }
}

std::vector<std::string> result_files(const std::vector<std::string>& paths, std::vector<std::string>& missing) {
  std::vector<std::string> files;
  for (const std::string& path : paths) {
    std::error_code error;
    if (fs::is_regular_file(path, error)) {
      files.push_back(path);
    } else if (fs::is_directory(path, error)) {
      std::vector<std::string> inside;
      for_each_file_in_folder(path, [&inside](const std::string& file) { inside.push_back(file); });
      std::sort(inside.begin(), inside.end());
      files.insert(files.end(), inside.begin(), inside.end());
    } else {
      missing.push_back(path);
    }
  }
  return files;
}

}  // namespace dl::cli
