// The reading helpers every content parser shares (content_reading.hpp): texts in both languages
// with their length limits, ids, and opening a content document of a given format.
#include "content_reading.hpp"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace dl {

namespace content_read {

using json_read::child;

bool is_blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

void check_length(Reader& r, const std::string& text, const std::string& pointer, std::size_t max) {
  const std::size_t length = json_read::utf8_length(text);
  if (length > max) {
    r.report("text_too_long", pointer,
             std::to_string(length) + " characters, at most " + std::to_string(max));
  }
}

std::optional<LocalText> text_value(Reader& r, const Json& value, const std::string& pointer,
                                    std::size_t max) {
  if (!r.expect_object(value, pointer)) return std::nullopt;
  const std::size_t before = r.problem_count();
  LocalText text;
  if (const Json* sv = r.member(value, "sv", pointer, false)) {
    if (auto s = r.as_string(*sv, child(pointer, "sv"))) {
      if (is_blank(*s)) r.report("missing_swedish", pointer, "empty Swedish text");
      check_length(r, *s, child(pointer, "sv"), max);
      text.sv = *s;
    }
  } else {
    r.report("missing_swedish", pointer, "no \"sv\" text");
  }
  if (const Json* en = r.member(value, "en", pointer, false)) {
    if (auto s = r.as_string(*en, child(pointer, "en"))) {
      check_length(r, *s, child(pointer, "en"), max);
      text.en = *s;
    }
  }
  if (r.problem_count() != before) return std::nullopt;
  return text;
}

std::optional<LocalText> read_text(Reader& r, const Json& obj, const std::string& key,
                                   const std::string& pointer, std::size_t max) {
  const Json* v = r.member(obj, key, pointer, !r.partial());
  if (v == nullptr) return r.partial() ? std::optional<LocalText>(LocalText{}) : std::nullopt;
  return text_value(r, *v, child(pointer, key), max);
}

std::optional<std::string> read_id(Reader& r, const Json& obj, const std::string& pointer) {
  auto id = r.string(obj, "id", pointer);
  if (!id) return std::nullopt;
  if (!json_read::is_valid_id(*id)) {
    r.report("bad_value", child(pointer, "id"), "an id uses a-z, 0-9 and '-' (1 to 64): \"" + *id + "\"");
    return std::nullopt;
  }
  return id;
}

std::optional<std::string> read_unique_id(Reader& r, const Json& obj, const std::string& pointer,
                                          std::set<std::string>& seen) {
  auto id = read_id(r, obj, pointer);
  if (id && !seen.insert(*id).second) r.report("duplicate_id", child(pointer, "id"), *id);
  return id;
}

std::optional<Json> open_document(Reader& r, const std::string& json_text, const char* format,
                                  const char* also_format) {
  std::optional<Json> doc = json_read::parse_format(r, json_text, format, "wrong_format", also_format);
  if (!doc) return std::nullopt;
  const auto version = r.integer(*doc, "version", "");
  if (!version) return std::nullopt;
  if (*version > 1) {
    r.report("future_version", "/version", std::to_string(*version));
    return std::nullopt;
  }
  if (*version < 1) {
    r.report("bad_value", "/version", std::to_string(*version));
    return std::nullopt;
  }
  return doc;
}

void check_fields(Reader& r, const Json& obj, const std::string& pointer, Fields allowed,
                  Fields also_allowed) {
  if (!obj.is_object()) return;
  for (const auto& item : obj.items()) {
    bool known = false;
    for (const char* f : allowed) known = known || item.key() == f;
    for (const char* f : also_allowed) known = known || item.key() == f;
    if (!known) r.report("unexpected_field", child(pointer, item.key()), item.key());
  }
}

const Json* read_list(Reader& r, const Json& obj, const std::string& key, const std::string& pointer,
                      std::size_t min, std::size_t max) {
  const Json* list = r.array(obj, key, pointer, true);
  if (list == nullptr) return nullptr;
  const std::string p = child(pointer, key);
  if (list->size() < min) {
    r.report("empty_list", p, key + ": at least " + std::to_string(min));
  } else if (list->size() > max) {
    r.report("list_too_long", p, key + ": " + std::to_string(list->size()) + ", at most " + std::to_string(max));
  }
  return list;
}

void DistinctTexts::check(Reader& r, const LocalText& text, const std::string& pointer) {
  if (!text.sv.empty() && !sv_.insert(text.sv).second) {
    r.report("duplicate_text", pointer, text.sv);
  } else if (!text.en.empty() && !en_.insert(text.en).second) {
    r.report("duplicate_text", pointer, text.en);
  }
}

}  // namespace content_read

}  // namespace dl
