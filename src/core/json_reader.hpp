// Type-checked reading of untrusted JSON into typed structs, for core's parsers only.
// Nothing here throws: every read checks the type first and records a Problem with a JSON pointer.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "problem.hpp"

namespace dl::json_read {

using Json = nlohmann::ordered_json;

// Parses without exceptions; nullopt when the text is not JSON. The project's one JSON parser (core
// and app): nlohmann's DOM builder without the callback parser.
std::optional<Json> parse(const std::string& text);

class Reader;

// Parses a file that must be a JSON object whose "format" is `format`. Reports not_json, or
// `wrong_format_code` at "" (not an object) or at "/format" (another format); nothing then.
// `also_format`, when given, is a second format the caller reads too (it looks at "format").
std::optional<Json> parse_format(Reader& r, const std::string& text, const char* format,
                                 const std::string& wrong_format_code, const char* also_format = nullptr);

// "/a/b" + "c~d" -> "/a/b/c~0d" (RFC 6901 escaping).
std::string child(const std::string& pointer, std::string_view key);
std::string child(const std::string& pointer, std::size_t index);

// Unicode characters in a UTF-8 string (what an author sees as the length of a text).
std::size_t utf8_length(std::string_view text);

// Ids of content and answers: a-z, 0-9 and '-', 1..64 characters.
bool is_valid_id(std::string_view id);

// Collects problems for one file under one code prefix ("content." or "result.").
class Reader {
 public:
  Reader(std::string code_prefix, std::string file, std::vector<Problem>& problems)
      : prefix_(std::move(code_prefix)), file_(std::move(file)), problems_(problems) {}

  void report(const std::string& code, const std::string& pointer, const std::string& detail = "");
  std::size_t problem_count() const { return problems_.size(); }

  // A partial document (a course's head: its structure without the texts a page shows) may
  // leave texts out; content_read gives an empty text for each one left out.
  void set_partial(bool partial) { partial_ = partial; }
  bool partial() const { return partial_; }

  // Each getter reads obj[key] at `pointer` (the object's own pointer). A missing key gives
  // missing_field when `required`, else nothing; a value of another type gives wrong_type.
  const Json* member(const Json& obj, const std::string& key, const std::string& pointer,
                     bool required);
  const Json* object(const Json& obj, const std::string& key, const std::string& pointer,
                     bool required = true);
  const Json* array(const Json& obj, const std::string& key, const std::string& pointer,
                    bool required = true);
  std::optional<std::string> string(const Json& obj, const std::string& key,
                                    const std::string& pointer, bool required = true);
  std::optional<int> integer(const Json& obj, const std::string& key, const std::string& pointer,
                             bool required = true);
  std::optional<bool> boolean(const Json& obj, const std::string& key, const std::string& pointer,
                              bool required = true);

  // Checks that `value` is of the expected kind and reports wrong_type at `pointer` if not.
  bool expect_object(const Json& value, const std::string& pointer);
  bool expect_array(const Json& value, const std::string& pointer);
  std::optional<std::string> as_string(const Json& value, const std::string& pointer);
  std::optional<int> as_integer(const Json& value, const std::string& pointer);

 private:
  std::string prefix_;
  std::string file_;
  std::vector<Problem>& problems_;
  bool partial_ = false;
};

// The integer in `value` when it is an integer that fits an int (no fractions, no overflow).
std::optional<int> int_of(const Json& value);

}  // namespace dl::json_read
