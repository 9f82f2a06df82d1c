// Type-checked reading of untrusted JSON (see json_reader.hpp): never throws, always says where.
#include "json_reader.hpp"

#include <cassert>
#include <climits>

namespace dl::json_read {

std::optional<Json> parse(const std::string& text) {
  // nlohmann's DOM builder through sax_parse: Json::parse would also bring the parser with a
  // callback (an extra ~7 kB of wasm), whichever form is called.
  Json value;
  nlohmann::detail::json_sax_dom_parser<Json> builder(value, /*allow_exceptions_=*/false);
  if (!Json::sax_parse(text, &builder, Json::input_format_t::json, /*strict=*/true) || builder.is_errored()) {
    return std::nullopt;
  }
  return value;
}

std::optional<Json> parse_format(Reader& r, const std::string& text, const char* format,
                                 const std::string& wrong_format_code, const char* also_format) {
  std::optional<Json> doc = parse(text);
  if (!doc) {
    r.report("not_json", "");
    return std::nullopt;
  }
  if (!doc->is_object()) {
    r.report(wrong_format_code, "", std::string("expected an object with \"format\": \"") + format + "\"");
    return std::nullopt;
  }
  const auto it = doc->find("format");
  const bool known = it != doc->end() && it->is_string() &&
                     (it->get_ref<const Json::string_t&>() == format ||
                      (also_format != nullptr && it->get_ref<const Json::string_t&>() == also_format));
  if (!known) {
    r.report(wrong_format_code, "/format", std::string("expected \"") + format + "\"");
    return std::nullopt;
  }
  return doc;
}

std::string child(const std::string& pointer, std::string_view key) {
  std::string out = pointer;
  out += '/';
  for (char c : key) {
    if (c == '~') out += "~0";
    else if (c == '/') out += "~1";
    else out += c;
  }
  return out;
}

std::string child(const std::string& pointer, std::size_t index) {
  return pointer + "/" + std::to_string(index);
}

std::size_t utf8_length(std::string_view text) {
  std::size_t n = 0;
  for (char c : text) {
    // Count every byte that does not continue a multi-byte sequence.
    if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) ++n;
  }
  return n;
}

bool is_valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64) return false;
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    if (!ok) return false;
  }
  return true;
}

std::optional<int> int_of(const Json& value) {
  if (value.is_number_unsigned()) {
    const auto v = value.get_ref<const Json::number_unsigned_t&>();
    if (v > static_cast<Json::number_unsigned_t>(INT_MAX)) return std::nullopt;
    return static_cast<int>(v);
  }
  if (value.is_number_integer()) {
    const auto v = value.get_ref<const Json::number_integer_t&>();
    if (v > INT_MAX || v < INT_MIN) return std::nullopt;
    return static_cast<int>(v);
  }
  return std::nullopt;
}

void Reader::report(const std::string& code, const std::string& pointer, const std::string& detail) {
  // Every code a parser reports has its sentence in problem.cpp's table, the one list of codes
  // (checked in every Debug build, so the sanitizer run of the tests catches a new code without one).
  assert(is_problem_code(prefix_ + code) && "a problem code without a sentence in core/problem.cpp");
  problems_.push_back(Problem{prefix_ + code, file_, pointer, detail});
}

const Json* Reader::member(const Json& obj, const std::string& key, const std::string& pointer,
                           bool required) {
  if (!obj.is_object()) return nullptr;
  const auto it = obj.find(key);
  if (it == obj.end()) {
    if (required) report("missing_field", child(pointer, key), key);
    return nullptr;
  }
  return &*it;
}

const Json* Reader::object(const Json& obj, const std::string& key, const std::string& pointer,
                           bool required) {
  const Json* v = member(obj, key, pointer, required);
  if (v == nullptr || !expect_object(*v, child(pointer, key))) return nullptr;
  return v;
}

const Json* Reader::array(const Json& obj, const std::string& key, const std::string& pointer,
                          bool required) {
  const Json* v = member(obj, key, pointer, required);
  if (v == nullptr || !expect_array(*v, child(pointer, key))) return nullptr;
  return v;
}

std::optional<std::string> Reader::string(const Json& obj, const std::string& key,
                                          const std::string& pointer, bool required) {
  const Json* v = member(obj, key, pointer, required);
  if (v == nullptr) return std::nullopt;
  return as_string(*v, child(pointer, key));
}

std::optional<int> Reader::integer(const Json& obj, const std::string& key,
                                   const std::string& pointer, bool required) {
  const Json* v = member(obj, key, pointer, required);
  if (v == nullptr) return std::nullopt;
  return as_integer(*v, child(pointer, key));
}

std::optional<bool> Reader::boolean(const Json& obj, const std::string& key,
                                    const std::string& pointer, bool required) {
  const Json* v = member(obj, key, pointer, required);
  if (v == nullptr) return std::nullopt;
  if (!v->is_boolean()) {
    report("wrong_type", child(pointer, key), "expected true or false");
    return std::nullopt;
  }
  return v->get_ref<const Json::boolean_t&>();
}

bool Reader::expect_object(const Json& value, const std::string& pointer) {
  if (value.is_object()) return true;
  report("wrong_type", pointer, "expected an object");
  return false;
}

bool Reader::expect_array(const Json& value, const std::string& pointer) {
  if (value.is_array()) return true;
  report("wrong_type", pointer, "expected a list");
  return false;
}

std::optional<std::string> Reader::as_string(const Json& value, const std::string& pointer) {
  if (!value.is_string()) {
    report("wrong_type", pointer, "expected a text");
    return std::nullopt;
  }
  return value.get_ref<const Json::string_t&>();
}

std::optional<int> Reader::as_integer(const Json& value, const std::string& pointer) {
  if (!value.is_number()) {
    report("wrong_type", pointer, "expected a whole number");
    return std::nullopt;
  }
  auto v = int_of(value);
  if (!v) report(value.is_number_float() ? "wrong_type" : "bad_value", pointer,
                 value.is_number_float() ? "expected a whole number" : "number out of range");
  return v;
}

}  // namespace dl::json_read
