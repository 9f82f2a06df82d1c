// Reading from the disk for the native tools built on the core (digilyft-report, digilyft-bench):
// the content folder, and the result files named on a command line.
#pragma once
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/content.hpp"

namespace dl::cli {

// A file's bytes, at most `max_bytes` + 1 of them (enough to tell that it is too large); nothing
// when it cannot be opened.
std::optional<std::string> read_text_file(const std::string& path, std::size_t max_bytes);

// content/catalog.json and every file it lists, read as the page reads them. Nothing when the
// folder has no readable catalog.json.
std::optional<Catalog> load_content(const std::string& dir);

// The files to import: a file as named, a folder as every *.json file inside it and its sub-folders
// and every digilyft-*.txt (a result file sent through a share sheet that takes only text), sorted
// by path. Names that are neither go to `missing`.
std::vector<std::string> result_files(const std::vector<std::string>& paths, std::vector<std::string>& missing);
// Whether a folder's file is one result_files takes: .json files, and the .txt files the share
// sheet sends where .json cannot be shared ("digilyft-….txt", web/js/share.js), not other text
// files kept beside them.
bool is_result_file_name(const std::filesystem::path& path);
// Every file result_files takes from `folder` and its sub-folders, in the order the disk lists them
// (result_files sorts them; digilyft-report sorts them on the disk, cli/import_stream.hpp).
void for_each_file_in_folder(const std::string& folder, const std::function<void(const std::string& path)>& take);

}  // namespace dl::cli
