// Reading helpers shared by the content parsers (content.cpp: modules and the catalog;
// instrument.cpp: the self-assessment instrument and the manager survey). Internal to core.
#pragma once
#include <cstddef>
#include <functional>
#include <initializer_list>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "content.hpp"
#include "json_reader.hpp"

namespace dl::content_read {

using json_read::Json;
using json_read::Reader;
using json_read::child;

// Longer texts (summaries, prompts, feedback, intros) share the paragraph limit; statements are
// one line on a small screen, so they share the choice limit.
constexpr std::size_t kMaxLongText = kMaxParagraphLength;
constexpr std::size_t kMaxStatementLength = kMaxChoiceLength;

bool is_blank(const std::string& s);

// content.text_too_long when `text` has more than `max` characters.
void check_length(Reader& r, const std::string& text, const std::string& pointer, std::size_t max);

// A text object {"sv", "en"} at `pointer`: Swedish required and not blank, both within `max`.
std::optional<LocalText> text_value(Reader& r, const Json& value, const std::string& pointer,
                                    std::size_t max);
// The required text object obj[key] (an empty text when a partial document leaves it out).
std::optional<LocalText> read_text(Reader& r, const Json& obj, const std::string& key,
                                   const std::string& pointer, std::size_t max);

// obj["id"], a valid id (content.bad_value otherwise).
std::optional<std::string> read_id(Reader& r, const Json& obj, const std::string& pointer);
// Reads an id and reports content.duplicate_id when `seen` already has it.
std::optional<std::string> read_unique_id(Reader& r, const Json& obj, const std::string& pointer,
                                          std::set<std::string>& seen);

// A content file's JSON with the right format and a version this code reads, or nothing (the
// problem is reported).
// `also_format` as in json_read::parse_format.
std::optional<Json> open_document(Reader& r, const std::string& json_text, const char* format,
                                  const char* also_format = nullptr);

// Objects have a fixed set of fields: anything else is reported (content.unexpected_field), so a
// misspelt optional field or a field of an old format version does not pass unnoticed.
using Fields = std::initializer_list<const char*>;
void check_fields(Reader& r, const Json& obj, const std::string& pointer, Fields allowed,
                  Fields also_allowed = {});

// A required list with at least `min` and at most `max` entries (empty_list / list_too_long).
const Json* read_list(Reader& r, const Json& obj, const std::string& key, const std::string& pointer,
                      std::size_t min, std::size_t max);

// Texts a person must tell apart (choices, order steps, options) are distinct
// (content.duplicate_text at the second one).
class DistinctTexts {
 public:
  void check(Reader& r, const LocalText& text, const std::string& pointer);

 private:
  std::set<std::string> sv_;
  std::set<std::string> en_;
};

// A required list obj[key] of {"id", "text"} objects (order steps, survey options): ids unique in
// the list, texts a person can tell apart. Each entry is read into an `Entry` with `id` and `text`.
// Entries may have `also_allowed` fields, which `read_extra(entry_json, entry_pointer, entry)` reads.
template <typename Entry>
std::vector<Entry> read_id_text_list(
    Reader& r, const Json& obj, const std::string& key, const std::string& pointer, std::size_t min,
    std::size_t max, Fields also_allowed = {},
    const std::function<void(const Json&, const std::string&, Entry&)>& read_extra = {}) {
  std::vector<Entry> entries;
  const Json* list = read_list(r, obj, key, pointer, min, max);
  if (list == nullptr) return entries;
  const std::string list_pointer = child(pointer, key);
  std::set<std::string> ids;
  DistinctTexts texts;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& v = (*list)[i];
    const std::string p = child(list_pointer, i);
    if (!r.expect_object(v, p)) continue;
    check_fields(r, v, p, {"id", "text"}, also_allowed);
    Entry entry;
    if (auto id = read_unique_id(r, v, p, ids)) entry.id = *id;
    if (auto t = read_text(r, v, "text", p, kMaxChoiceLength)) {
      entry.text = *t;
      texts.check(r, entry.text, child(p, "text"));
    }
    if (read_extra) read_extra(v, p, entry);
    entries.push_back(std::move(entry));
  }
  return entries;
}

}  // namespace dl::content_read
