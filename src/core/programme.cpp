// A programme's rules, its link fragment (written and read, strictly) and the content a person in it
// sees. The fragment is readable text (key=value pairs, percent-encoded UTF-8), so a coordinator
// can check that nothing personal travels in it. The QR code of the link: qr_code.cpp.
#include "programme.hpp"

#include "base64url.hpp"
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <set>

#include "json_reader.hpp"
#include "overloaded.hpp"
#include "participant_code.hpp"

namespace dl {

bool Programme::operator==(const Programme& o) const {
  return id == o.id && name == o.name && organisations == o.organisations && module_ids == o.module_ids &&
         instrument_ids == o.instrument_ids && t2_interval_months == o.t2_interval_months &&
         public_key == o.public_key;
}

namespace {

// The link format this page writes (2: courses by number, instruments by letter); it still reads
// format 1 (every course and instrument id spelled out), which posters printed before carry. A
// link of a later format asks for a newer page.
constexpr int kLinkVersion = 2;
constexpr int kMinInterval = 1;
constexpr int kMaxInterval = 24;
const char* const kProblemFile = "programme";
// The fragment's keys, in the order programme_fragment writes them; each must be there once.
const char* const kKeys[] = {"program", "id", "name", "org", "m", "q", "t2"};
const char* const kKeysV1[] = {"program", "id", "name", "org", "mod", "inst", "t2"};
// The letters of `q`: the catalogue's self-assessment and its manager survey.
constexpr char kSelfAssessmentLetter = 's';
constexpr char kManagerSurveyLetter = 'm';
const char* const kOptionalKeys[] = {"key"};  // links made before sealing have no key

// ---- Text --------------------------------------------------------------------------------------

std::string_view trimmed(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return text.substr(first, last - first + 1);
}

// Valid UTF-8 (shortest form, no surrogates) with no control characters (C0, DEL, C1): a name a
// person can be shown as it is.
bool is_plain_text(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    std::size_t length = 0;
    std::uint32_t code = 0;
    if (lead < 0x80) {
      length = 1;
      code = lead;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
      code = lead & 0x1Fu;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      code = lead & 0x0Fu;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      code = lead & 0x07u;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((byte(i + k) & 0xC0u) != 0x80u) return false;
      code = (code << 6) | (byte(i + k) & 0x3Fu);
    }
    const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
    const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
    const bool control = code < 0x20 || (code >= 0x7F && code <= 0x9F);
    if (overlong || surrogate || control || code > 0x10FFFF) return false;
    i += length;
  }
  return true;
}

// RFC 3986 unreserved characters stay; every other byte becomes %XX.
std::string percent_encode(std::string_view text) {
  static const char* const kHex = "0123456789ABCDEF";
  std::string out;
  for (const char c : text) {
    const auto b = static_cast<unsigned char>(c);
    const bool unreserved = (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') ||
                            b == '-' || b == '.' || b == '_' || b == '~';
    if (unreserved) {
      out += c;
    } else {
      out += '%';
      out += kHex[b >> 4];
      out += kHex[b & 0x0Fu];
    }
  }
  return out;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Nothing when a '%' is not followed by two hex digits. Other characters are taken as they are: a
// browser or a mail program may have decoded some of them already.
std::optional<std::string> percent_decode(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '%') {
      out += text[i];
      continue;
    }
    if (i + 2 >= text.size()) return std::nullopt;
    const int high = hex_value(text[i + 1]);
    const int low = hex_value(text[i + 2]);
    if (high < 0 || low < 0) return std::nullopt;
    out += static_cast<char>(high * 16 + low);
    i += 2;
  }
  return out;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

template <typename T, typename Write>
std::string joined(const std::vector<T>& items, const Write& write) {
  std::string out;
  for (const T& item : items) {
    if (!out.empty()) out += ',';
    out += write(item);
  }
  return out;
}

// ---- Checks ------------------------------------------------------------------------------------

struct Checker {
  std::vector<Problem>& problems;
  void report(const char* code, const std::string& pointer, const std::string& detail = "") {
    problems.push_back(Problem{std::string("programme.") + code, kProblemFile, pointer, detail});
  }

  // A name shown to people: not empty, not too long, plain text.
  void check_name(const std::string& name, std::size_t max_length, const char* empty_code,
                  const char* long_code, const std::string& pointer) {
    const std::string_view text = trimmed(name);
    if (text.empty()) {
      report(empty_code, pointer);
    } else if (!is_plain_text(text)) {
      report("bad_text", pointer, std::string(text));
    } else if (json_read::utf8_length(text) > max_length) {
      report(long_code, pointer, std::string(text));
    }
  }

  void check_organisations(const std::vector<Organisation>& organisations) {
    if (organisations.empty()) report("no_organisation", "/organisations");
    if (organisations.size() > kMaxOrganisations) {
      report("too_many_organisations", "/organisations", std::to_string(organisations.size()));
    }
    std::set<std::string> codes;
    for (std::size_t i = 0; i < organisations.size(); ++i) {
      const Organisation& organisation = organisations[i];
      const std::string p = json_read::child("/organisations", i);
      const std::string& code = organisation.code;
      if (!json_read::is_valid_id(code) || code.size() > kMaxOrganisationCodeLength) {
        report("bad_organisation_code", json_read::child(p, "code"), organisation.code);
      } else if (!codes.insert(organisation.code).second) {
        report("duplicate_organisation", json_read::child(p, "code"), organisation.code);
      }
      check_name(organisation.name, kMaxOrganisationNameLength, "bad_organisation_name",
                 "bad_organisation_name", json_read::child(p, "name"));
    }
  }

  template <typename Known>
  void check_ids(const std::vector<std::string>& ids, const std::string& pointer, const char* unknown_code,
                 const Known& known) {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::string p = json_read::child(pointer, i);
      if (!known(ids[i])) report(unknown_code, p, ids[i]);
      else if (!seen.insert(ids[i]).second) report("duplicate_content", p, ids[i]);
    }
  }
};

bool has_instrument(const Catalog& catalog, const std::string& id) {
  return (catalog.instrument && catalog.instrument->id == id) ||
         (catalog.manager_survey && catalog.manager_survey->id == id);
}

bool contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// ---- Reading a fragment ------------------------------------------------------------------------

struct LinkReader {
  std::vector<Problem>& problems;
  bool failed = false;

  void bad_link(const std::string& detail) {
    problems.push_back(Problem{"programme.bad_link", kProblemFile, "", detail});
    failed = true;
  }

  std::string text(std::string_view raw, const char* key) {
    auto decoded = percent_decode(raw);
    if (!decoded) {
      bad_link(key);
      return {};
    }
    return std::move(*decoded);
  }

  // A list "a,b,c"; "" is the empty list. An empty entry ("a,,b") is a broken link.
  std::vector<std::string> list(std::string_view raw, const char* key) {
    std::vector<std::string> items;
    if (raw.empty()) return items;
    for (const std::string_view part : split(raw, ',')) {
      if (part.empty()) bad_link(key);
      else items.push_back(text(part, key));
    }
    return items;
  }

  // "code:name,code:name": the name is percent-encoded, so ',' and ':' in it are not separators.
  std::vector<Organisation> organisations(std::string_view raw) {
    std::vector<Organisation> out;
    if (raw.empty()) return out;
    for (const std::string_view entry : split(raw, ',')) {
      const auto colon = entry.find(':');
      if (colon == std::string_view::npos) {
        bad_link("org");
        continue;
      }
      out.push_back(Organisation{text(entry.substr(0, colon), "org"),
                                 std::string(trimmed(text(entry.substr(colon + 1), "org")))});
    }
    return out;
  }

  // 1..9 digits; anything else (a sign, a space, nothing) is a broken link.
  std::optional<int> number(std::string_view raw, const char* key) {
    if (raw.empty() || raw.size() > 9 || raw.find_first_not_of("0123456789") != std::string_view::npos) {
      bad_link(key);
      return std::nullopt;
    }
    int n = 0;
    for (const char c : raw) n = n * 10 + (c - '0');
    return n;
  }
};

// key -> raw value of every "key=value" pair; nothing (and a problem) when a pair has no '=', a key
// is unknown or comes twice, or a key is missing.
using Fields = std::map<std::string, std::string_view>;
template <std::size_t N>
std::optional<Fields> fragment_fields(const std::vector<std::string_view>& pairs, LinkReader& reader,
                                      const char* const (&keys)[N]) {
  Fields fields;
  for (const std::string_view pair : pairs) {
    const auto eq = pair.find('=');
    const std::string key(pair.substr(0, eq));
    const bool known =
        std::any_of(std::begin(keys), std::end(keys), [&](const char* k) { return key == k; }) ||
        std::any_of(std::begin(kOptionalKeys), std::end(kOptionalKeys), [&](const char* k) { return key == k; });
    if (eq == std::string_view::npos || !known || fields.count(key) > 0) {
      reader.bad_link(std::string(pair.substr(0, 40)));
      continue;
    }
    fields[key] = pair.substr(eq + 1);
  }
  if (reader.failed) return std::nullopt;
  for (const char* key : keys) {
    if (fields.count(key) == 0) reader.bad_link(key);
  }
  if (reader.failed) return std::nullopt;
  return fields;
}

// The course numbers of `module_ids` as ascending runs: "1-4,7,9-12" (an id the catalogue lacks
// is left out: check_programme says so).
std::string module_numbers(const std::vector<std::string>& module_ids, const Catalog& catalog) {
  std::vector<int> numbers;
  for (const std::string& id : module_ids) {
    if (const Module* module = catalog.find_module(id)) numbers.push_back(module->number);
  }
  std::sort(numbers.begin(), numbers.end());
  numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
  std::string out;
  for (std::size_t i = 0; i < numbers.size();) {
    std::size_t end = i;
    while (end + 1 < numbers.size() && numbers[end + 1] == numbers[end] + 1) ++end;
    if (!out.empty()) out += ',';
    out += std::to_string(numbers[i]);
    if (end > i) out += "-" + std::to_string(numbers[end]);
    i = end + 1;
  }
  return out;
}

// Reads "1-4,7,9-12" strictly (ascending runs, no overlaps, plain digits) into the catalogue's
// course ids, in catalogue order. A number the catalogue has no course for is kept as "#<n>", so
// check_programme says which course the page lacks.
std::vector<std::string> read_module_numbers(std::string_view raw, const Catalog& catalog, LinkReader& reader) {
  std::vector<int> numbers;
  if (raw.empty()) return {};
  for (const std::string_view entry : split(raw, ',')) {
    const auto dash = entry.find('-');
    const auto first = reader.number(entry.substr(0, dash), "m");
    const auto last = dash == std::string_view::npos ? first : reader.number(entry.substr(dash + 1), "m");
    if (!first || !last) return {};  // number() said why
    if (*last < *first || *last > kMaxModuleNumber || (dash != std::string_view::npos && *last == *first) ||
        (!numbers.empty() && *first <= numbers.back())) {
      reader.bad_link("m");
      return {};
    }
    for (int n = *first; n <= *last; ++n) numbers.push_back(n);
  }
  std::vector<std::string> ids;
  for (const Module& module : catalog.modules) {
    if (std::binary_search(numbers.begin(), numbers.end(), module.number)) ids.push_back(module.id);
  }
  for (const int n : numbers) {
    const bool known = std::any_of(catalog.modules.begin(), catalog.modules.end(),
                                   [&](const Module& m) { return m.number == n; });
    if (!known) ids.push_back("#" + std::to_string(n));
  }
  return ids;
}

std::string instrument_letters(const std::vector<std::string>& instrument_ids, const Catalog& catalog) {
  std::string out;
  if (catalog.instrument && contains(instrument_ids, catalog.instrument->id)) out += kSelfAssessmentLetter;
  if (catalog.manager_survey && contains(instrument_ids, catalog.manager_survey->id)) out += kManagerSurveyLetter;
  return out;
}

std::vector<std::string> read_instrument_letters(std::string_view raw, const Catalog& catalog, LinkReader& reader) {
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    const char letter = raw[i];
    const bool in_order = i == 0 || (raw[i - 1] == kSelfAssessmentLetter && letter == kManagerSurveyLetter);
    if (!in_order || (letter != kSelfAssessmentLetter && letter != kManagerSurveyLetter)) {
      reader.bad_link("q");
      return {};
    }
    if (letter == kSelfAssessmentLetter) ids.push_back(catalog.instrument ? catalog.instrument->id : "#s");
    else ids.push_back(catalog.manager_survey ? catalog.manager_survey->id : "#m");
  }
  return ids;
}

std::optional<std::string_view> value_of(const std::vector<std::string_view>& pairs, std::string_view key) {
  for (const std::string_view pair : pairs) {
    const auto eq = pair.find('=');
    if (eq != std::string_view::npos && pair.substr(0, eq) == key) return pair.substr(eq + 1);
  }
  return std::nullopt;
}

}  // namespace

std::vector<Problem> check_programme(const Programme& programme, const Catalog& catalog) {
  std::vector<Problem> problems;
  Checker check{problems};
  if (!is_valid_participant_code(programme.id)) check.report("bad_id", "/id", programme.id);
  check.check_name(programme.name, kMaxProgrammeNameLength, "no_name", "name_too_long", "/name");
  check.check_organisations(programme.organisations);
  if (programme.module_ids.empty()) check.report("no_module", "/module_ids");
  check.check_ids(programme.module_ids, "/module_ids", "unknown_module",
                  [&](const std::string& id) { return catalog.find_module(id) != nullptr; });
  check.check_ids(programme.instrument_ids, "/instrument_ids", "unknown_instrument",
                  [&](const std::string& id) { return has_instrument(catalog, id); });
  if (programme.t2_interval_months < kMinInterval || programme.t2_interval_months > kMaxInterval) {
    check.report("bad_interval", "/t2_interval_months", std::to_string(programme.t2_interval_months));
  }
  if (!programme.public_key.empty()) {
    const auto point = base64url_decode(programme.public_key);
    if (!point || point->size() != 65 || point->front() != 0x04) check.report("bad_key", "/public_key", "");
  }
  const std::size_t fragment_bytes = programme_fragment(programme, catalog).size();
  if (fragment_bytes + 1 + kPageAddressRoom > kMaxQrCodeBytes) {
    check.report("link_too_long", "", std::to_string(fragment_bytes));
  }
  return problems;
}

std::string programme_fragment(const Programme& programme, const Catalog& catalog) {
  const std::string organisations = joined(programme.organisations, [](const Organisation& o) {
    return percent_encode(o.code) + ":" + percent_encode(trimmed(o.name));
  });
  return "program=" + std::to_string(kLinkVersion) + "&id=" + percent_encode(programme.id) +
         "&name=" + percent_encode(trimmed(programme.name)) + "&org=" + organisations +
         "&m=" + module_numbers(programme.module_ids, catalog) +
         "&q=" + instrument_letters(programme.instrument_ids, catalog) +
         "&t2=" + std::to_string(programme.t2_interval_months) +
         (programme.public_key.empty() ? "" : "&key=" + percent_encode(programme.public_key));
}

std::string programme_link(const std::string& page_url, const Programme& programme, const Catalog& catalog) {
  return page_url.substr(0, page_url.find('#')) + "#" + programme_fragment(programme, catalog);
}

std::optional<Programme> parse_programme_fragment(std::string_view fragment, const Catalog& catalog,
                                                  std::vector<Problem>& problems) {
  if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
  const std::vector<std::string_view> pairs = split(fragment, '&');
  const auto version_text = value_of(pairs, "program");
  if (!version_text) return std::nullopt;  // an ordinary visit

  LinkReader reader{problems};
  // The version first: a newer link may have keys this page does not know.
  const auto version = reader.number(*version_text, "program");
  if (!version) return std::nullopt;
  if (*version > kLinkVersion) {
    problems.push_back(Problem{"programme.newer_link", kProblemFile, "", std::to_string(*version)});
    return std::nullopt;
  }
  if (*version < 1) {
    reader.bad_link("program");
    return std::nullopt;
  }
  const bool first_format = *version == 1;
  const auto fields = first_format ? fragment_fields(pairs, reader, kKeysV1) : fragment_fields(pairs, reader, kKeys);
  if (!fields) return std::nullopt;

  Programme programme;
  programme.id = reader.text(fields->at("id"), "id");
  programme.name = std::string(trimmed(reader.text(fields->at("name"), "name")));
  programme.organisations = reader.organisations(fields->at("org"));
  if (first_format) {
    programme.module_ids = reader.list(fields->at("mod"), "mod");
    programme.instrument_ids = reader.list(fields->at("inst"), "inst");
  } else {
    programme.module_ids = read_module_numbers(fields->at("m"), catalog, reader);
    programme.instrument_ids = read_instrument_letters(fields->at("q"), catalog, reader);
  }
  const auto interval = reader.number(fields->at("t2"), "t2");
  if (reader.failed || !interval) return std::nullopt;
  programme.t2_interval_months = *interval;
  if (fields->count("key") > 0) programme.public_key = reader.text(fields->at("key"), "key");
  if (reader.failed) return std::nullopt;

  std::vector<Problem> rule_problems = check_programme(programme, catalog);
  if (!rule_problems.empty()) {
    problems.insert(problems.end(), rule_problems.begin(), rule_problems.end());
    return std::nullopt;
  }
  // In the catalogue's order, whatever order a first-format link listed them in: a programme is a
  // set of courses and instruments, and format 2 writes it as one (found by fuzzing).
  std::vector<std::string> modules;
  for (const Module& module : catalog.modules) {
    if (contains(programme.module_ids, module.id)) modules.push_back(module.id);
  }
  programme.module_ids = std::move(modules);
  std::vector<std::string> instruments;
  if (catalog.instrument && contains(programme.instrument_ids, catalog.instrument->id)) {
    instruments.push_back(catalog.instrument->id);
  }
  if (catalog.manager_survey && contains(programme.instrument_ids, catalog.manager_survey->id)) {
    instruments.push_back(catalog.manager_survey->id);
  }
  programme.instrument_ids = std::move(instruments);
  return programme;
}

// Paths keep their family even when none of its modules is in the programme: an empty path is
// "no suggested order", which learning_path and recommend_modules read as such.
Catalog restrict_catalog(const Catalog& catalog, const Programme& programme) {
  Catalog out;
  for (const Module& module : catalog.modules) {
    if (contains(programme.module_ids, module.id)) out.modules.push_back(module);
  }
  if (catalog.instrument && contains(programme.instrument_ids, catalog.instrument->id)) {
    out.instrument = catalog.instrument;
  }
  if (catalog.manager_survey && contains(programme.instrument_ids, catalog.manager_survey->id)) {
    out.manager_survey = catalog.manager_survey;
  }
  for (const auto& [family, path] : catalog.paths) {
    std::vector<std::string>& kept = out.paths[family];
    for (const std::string& id : path) {
      if (contains(programme.module_ids, id)) kept.push_back(id);
    }
  }
  out.problems = catalog.problems;
  return out;
}

Programme new_programme_draft(const std::string& id, const Catalog& catalog) {
  Programme draft;
  draft.id = id;
  for (const Module& module : catalog.modules) draft.module_ids.push_back(module.id);
  if (catalog.instrument) draft.instrument_ids.push_back(catalog.instrument->id);
  if (catalog.manager_survey) draft.instrument_ids.push_back(catalog.manager_survey->id);
  return draft;
}

namespace {

// `ids` with `id` added or removed, in the order of `all` (ids not in `all` are dropped).
std::vector<std::string> toggled(const std::vector<std::string>& ids, const std::string& id,
                                 const std::vector<std::string>& all) {
  const auto has = [](const std::vector<std::string>& list, const std::string& x) {
    return std::find(list.begin(), list.end(), x) != list.end();
  };
  if (!has(all, id)) return ids;
  const bool on = !has(ids, id);
  std::vector<std::string> out;
  for (const std::string& candidate : all) {
    if (candidate == id ? on : has(ids, candidate)) out.push_back(candidate);
  }
  return out;
}

}  // namespace

namespace {

// The name in a–z, digits and single hyphens: Swedish and other common Latin letters lose their
// accents, anything else separates words.
std::string code_letters(const std::string& name) {
  // UTF-8 bytes as escapes: the letters are folded here, never shown (the first frame's fonts need
  // not have them; browser test 20).
  static const std::vector<std::pair<std::string_view, char>> kFolded = {
      {"\xC3\xA5", 'a'}, {"\xC3\xA4", 'a'}, {"\xC3\xA0", 'a'}, {"\xC3\xA1", 'a'}, {"\xC3\xA2", 'a'}, {"\xC3\x85", 'a'},
      {"\xC3\x84", 'a'}, {"\xC3\x80", 'a'}, {"\xC3\x81", 'a'}, {"\xC3\xB6", 'o'}, {"\xC3\xB8", 'o'}, {"\xC3\xB3", 'o'},
      {"\xC3\xB2", 'o'}, {"\xC3\xB4", 'o'}, {"\xC3\x96", 'o'}, {"\xC3\x98", 'o'}, {"\xC3\x93", 'o'}, {"\xC3\xA9", 'e'},
      {"\xC3\xA8", 'e'}, {"\xC3\xAA", 'e'}, {"\xC3\xAB", 'e'}, {"\xC3\x89", 'e'}, {"\xC3\x88", 'e'}, {"\xC3\xBC", 'u'},
      {"\xC3\xBA", 'u'}, {"\xC3\x9C", 'u'}, {"\xC3\xAD", 'i'}, {"\xC3\xAF", 'i'}, {"\xC3\xA7", 'c'}, {"\xC3\xB1", 'n'},
      {"\xC3\xA6", 'a'}, {"\xC3\x86", 'a'}};
  std::string out;
  bool gap = false;
  for (std::size_t i = 0; i < name.size();) {
    const unsigned char c = static_cast<unsigned char>(name[i]);
    char letter = 0;
    std::size_t step = 1;
    if (std::isalnum(c) != 0 && c < 0x80) {
      letter = static_cast<char>(std::tolower(c));
    } else if (c >= 0x80) {
      step = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
      const std::string_view sequence(name.data() + i, std::min(step, name.size() - i));
      for (const auto& [from, to] : kFolded) {
        if (sequence == from) letter = to;
      }
    }
    if (letter != 0) {
      if (gap && !out.empty()) out += '-';
      out += letter;
      gap = false;
    } else {
      gap = true;
    }
    i += step;
  }
  return out;
}

// At most `max` characters, cut after a whole word where one fits, without a hyphen at the end.
std::string cut_code(std::string code, std::size_t max) {
  if (code.size() <= max) return code;
  const std::size_t hyphen = code.rfind('-', max);
  code.resize(hyphen != std::string::npos && hyphen >= 3 ? hyphen : max);
  while (!code.empty() && code.back() == '-') code.pop_back();
  return code;
}

}  // namespace

std::string propose_organisation_code(const std::string& name, const Programme& programme, std::size_t index) {
  const std::string base = code_letters(name);
  if (base.empty()) return "";
  const auto taken = [&](const std::string& code) {
    for (std::size_t i = 0; i < programme.organisations.size(); ++i) {
      if (i != index && programme.organisations[i].code == code) return true;
    }
    return false;
  };
  std::string code = cut_code(base, kMaxOrganisationCodeLength);
  for (int n = 2; taken(code) && n < 100; ++n) {
    const std::string suffix = "-" + std::to_string(n);
    code = cut_code(base, kMaxOrganisationCodeLength - suffix.size()) + suffix;
  }
  return code;
}

Programme edit_programme(Programme draft, const ProgrammeEdit& edit, const Catalog& catalog) {
  namespace e = programme_edit;
  std::visit(Overloaded{
                 [&](const e::SetName& set) { draft.name = set.name; },
                 [&](const e::SetOrganisationCode& set) {
                   if (set.index < draft.organisations.size()) draft.organisations[set.index].code = set.code;
                 },
                 [&](const e::SetOrganisationName& set) {
                   if (set.index >= draft.organisations.size()) return;
                   Organisation& organisation = draft.organisations[set.index];
                   const bool proposed = organisation.code.empty() ||
                       organisation.code == propose_organisation_code(organisation.name, draft, set.index);
                   organisation.name = set.name;
                   if (proposed) organisation.code = propose_organisation_code(set.name, draft, set.index);
                 },
                 [&](const e::AddOrganisation&) {
                   if (draft.organisations.size() < kMaxOrganisations) draft.organisations.push_back({});
                 },
                 [&](const e::RemoveOrganisation& remove) {
                   if (remove.index < draft.organisations.size()) {
                     draft.organisations.erase(draft.organisations.begin() + static_cast<std::ptrdiff_t>(remove.index));
                   }
                 },
                 [&](const e::ToggleModule& toggle) {
                   std::vector<std::string> all;
                   for (const Module& module : catalog.modules) all.push_back(module.id);
                   draft.module_ids = toggled(draft.module_ids, toggle.module_id, all);
                 },
                 [&](const e::ToggleInstrument& toggle) {
                   std::vector<std::string> all;
                   if (catalog.instrument) all.push_back(catalog.instrument->id);
                   if (catalog.manager_survey) all.push_back(catalog.manager_survey->id);
                   draft.instrument_ids = toggled(draft.instrument_ids, toggle.instrument_id, all);
                 },
                 [&](const e::SetInterval& set) { draft.t2_interval_months = set.months; },
             },
             edit);
  return draft;
}

}  // namespace dl
