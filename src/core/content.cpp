// Parsing and checking of content files (docs/content-format.md) into the typed content model.
// Every problem an author can make gets a stable code and a JSON pointer; a file with any problem
// is left out whole, so the app never runs half a module.
#include "content.hpp"

#include <set>

#include "json_reader.hpp"

namespace dl {
namespace {

using json_read::child;
using json_read::Json;
using json_read::Reader;

// Longer texts (summaries, prompts, feedback, intros) share the paragraph limit; statements are
// one line on a small screen, so they share the choice limit.
constexpr std::size_t kMaxLongText = kMaxParagraphLength;
constexpr std::size_t kMaxStatementLength = kMaxChoiceLength;
constexpr int kMaxMinutes = 600;

void check_length(Reader& r, const std::string& text, const std::string& pointer, std::size_t max) {
  const std::size_t length = json_read::utf8_length(text);
  if (length > max) {
    r.report("text_too_long", pointer,
             std::to_string(length) + " characters, at most " + std::to_string(max));
  }
}

bool is_blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

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
  const Json* v = r.member(obj, key, pointer, true);
  if (v == nullptr) return std::nullopt;
  return text_value(r, *v, child(pointer, key), max);
}

std::vector<LocalText> read_text_list(Reader& r, const Json& obj, const std::string& key,
                                      const std::string& pointer, std::size_t max, bool required) {
  std::vector<LocalText> out;
  const Json* list = r.array(obj, key, pointer, required);
  if (list == nullptr) return out;
  const std::string list_pointer = child(pointer, key);
  if (required && list->empty()) r.report("empty_list", list_pointer, key);
  for (std::size_t i = 0; i < list->size(); ++i) {
    if (auto t = text_value(r, (*list)[i], child(list_pointer, i), max)) out.push_back(*t);
  }
  return out;
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

// Reads an id and reports it when `seen` already has it.
std::optional<std::string> read_unique_id(Reader& r, const Json& obj, const std::string& pointer,
                                          std::set<std::string>& seen) {
  auto id = read_id(r, obj, pointer);
  if (id && !seen.insert(*id).second) r.report("duplicate_id", child(pointer, "id"), *id);
  return id;
}

// format + version; false when the rest of the file cannot be trusted to mean what we think.
bool read_header(Reader& r, const Json& doc, const char* format) {
  if (!doc.is_object()) {
    r.report("wrong_format", "", std::string("expected an object with \"format\": \"") + format + "\"");
    return false;
  }
  const auto it = doc.find("format");
  if (it == doc.end() || !it->is_string() || it->get_ref<const Json::string_t&>() != format) {
    r.report("wrong_format", "/format", std::string("expected \"") + format + "\"");
    return false;
  }
  const auto version = r.integer(doc, "version", "");
  if (!version) return false;
  if (*version > 1) {
    r.report("future_version", "/version", std::to_string(*version));
    return false;
  }
  if (*version < 1) {
    r.report("bad_value", "/version", std::to_string(*version));
    return false;
  }
  return true;
}

// A content file's JSON with the right format header, or nothing (the problem is reported).
std::optional<Json> open_document(Reader& r, const std::string& json_text, const char* format) {
  std::optional<Json> doc = json_read::parse(json_text);
  if (!doc) {
    r.report("not_json", "");
    return std::nullopt;
  }
  if (!read_header(r, *doc, format)) return std::nullopt;
  return doc;
}

std::optional<Area> read_area(Reader& r, const Json& value, const std::string& pointer) {
  auto id = r.as_string(value, pointer);
  if (!id) return std::nullopt;
  auto area = area_from_id(*id);
  if (!area) r.report("unknown_area", pointer, *id);
  return area;
}

std::optional<Question> read_question(Reader& r, const Json& value, const std::string& pointer,
                                      std::set<std::string>& question_ids) {
  if (!r.expect_object(value, pointer)) return std::nullopt;
  Question q;
  if (auto id = read_unique_id(r, value, pointer, question_ids)) q.id = *id;
  if (auto t = read_text(r, value, "prompt", pointer, kMaxLongText)) q.prompt = *t;
  const Json* choices = r.array(value, "choices", pointer);
  if (choices == nullptr) return q;
  const std::string choices_pointer = child(pointer, "choices");
  if (choices->size() < 2) r.report("empty_list", choices_pointer, "a question needs at least 2 choices");
  std::set<std::string> choice_ids;
  int correct = 0;
  for (std::size_t i = 0; i < choices->size(); ++i) {
    const Json& c = (*choices)[i];
    const std::string p = child(choices_pointer, i);
    if (!r.expect_object(c, p)) continue;
    Choice choice;
    if (auto id = read_unique_id(r, c, p, choice_ids)) choice.id = *id;
    if (auto t = read_text(r, c, "text", p, kMaxChoiceLength)) choice.text = *t;
    if (auto b = r.boolean(c, "correct", p, false)) choice.correct = *b;
    if (auto t = read_text(r, c, "feedback", p, kMaxLongText)) choice.feedback = *t;
    if (choice.correct) ++correct;
    q.choices.push_back(choice);
  }
  if (choices->size() >= 2 && correct == 0) r.report("no_correct_choice", choices_pointer, q.id);
  return q;
}

void read_page(Reader& r, const Json& value, const std::string& pointer, Module& module,
               std::set<std::string>& page_ids, std::set<std::string>& question_ids) {
  if (!r.expect_object(value, pointer)) return;
  Page page;
  if (auto id = read_unique_id(r, value, pointer, page_ids)) page.id = *id;
  if (auto t = read_text(r, value, "title", pointer, kMaxTitleLength)) page.title = *t;
  page.paragraphs = read_text_list(r, value, "paragraphs", pointer, kMaxParagraphLength, true);
  page.key_points = read_text_list(r, value, "key_points", pointer, kMaxParagraphLength, false);
  if (const Json* q = r.member(value, "question", pointer, false)) {
    page.question = read_question(r, *q, child(pointer, "question"), question_ids);
  }
  module.pages.push_back(std::move(page));
}

// Paths in catalog.json are relative to the content folder and never climb out of it.
bool is_safe_path(const std::string& path) {
  if (path.empty() || path.front() == '/' || path.find('\\') != std::string::npos) return false;
  std::size_t start = 0;
  while (start <= path.size()) {
    const std::size_t end = std::min(path.find('/', start), path.size());
    const std::string part = path.substr(start, end - start);
    if (part.empty() || part == "." || part == "..") return false;
    start = end + 1;
  }
  return true;
}

// Each usable path with its index in the list, so a later problem can point at the entry.
std::vector<std::pair<std::size_t, std::string>> read_path_list(Reader& r, const Json& doc,
                                                                const std::string& key) {
  std::vector<std::pair<std::size_t, std::string>> paths;
  const Json* list = r.array(doc, key, "");
  if (list == nullptr) return paths;
  const std::string list_pointer = child("", key);
  if (list->empty()) r.report("empty_list", list_pointer, key);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string p = child(list_pointer, i);
    auto path = r.as_string((*list)[i], p);
    if (!path) continue;
    if (!is_safe_path(*path)) {
      r.report("bad_value", p, "a relative path inside the content folder: \"" + *path + "\"");
    } else if (!seen.insert(*path).second) {
      r.report("duplicate_id", p, *path);
    } else {
      paths.emplace_back(i, *path);
    }
  }
  return paths;
}

}  // namespace

// ---- Model helpers --------------------------------------------------------------------------

bool is_valid_level(int level) { return level == kNotApplicable || (level >= 0 && level <= kMaxLevel); }

Phrase level_label(int level) {
  switch (level) {
    case 0: return {"Jag vet inte hur man gör", "I don't know how"};
    case 1: return {"Jag kan med hjälp", "I can with help"};
    case 2: return {"Jag kan på egen hand", "I can on my own"};
    case 3: return {"Jag kan det säkert och kan hjälpa andra", "I can do it confidently and help others"};
    case kNotApplicable: return {"Ej aktuellt i mitt arbete", "Not relevant in my work"};
    default: return {"", ""};
  }
}

const Choice* Question::find_choice(const std::string& choice_id) const {
  for (const auto& c : choices) {
    if (c.id == choice_id) return &c;
  }
  return nullptr;
}

const Page* Module::find_page(const std::string& page_id) const {
  const int i = page_index(page_id);
  return i < 0 ? nullptr : &pages[static_cast<std::size_t>(i)];
}

int Module::page_index(const std::string& page_id) const {
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (pages[i].id == page_id) return static_cast<int>(i);
  }
  return -1;
}

int Module::question_count() const {
  int n = 0;
  for (const auto& p : pages) n += p.question ? 1 : 0;
  return n;
}

const Statement* Instrument::find_statement(const std::string& statement_id) const {
  for (const auto& s : statements) {
    if (s.id == statement_id) return &s;
  }
  return nullptr;
}

std::vector<const Statement*> Instrument::statements_in(Area area) const {
  std::vector<const Statement*> out;
  for (const auto& s : statements) {
    if (s.area == area) out.push_back(&s);
  }
  return out;
}

const Module* Catalog::find_module(const std::string& module_id) const {
  for (const auto& m : modules) {
    if (m.id == module_id) return &m;
  }
  return nullptr;
}

// ---- Parsers --------------------------------------------------------------------------------

std::optional<Module> parse_module(const std::string& json_text, const std::string& file,
                                   std::vector<Problem>& problems) {
  Reader r("content.", file, problems);
  const std::size_t before = r.problem_count();
  const auto doc = open_document(r, json_text, "digilyft-module");
  if (!doc) return std::nullopt;

  Module module;
  if (auto id = read_id(r, *doc, "")) module.id = *id;
  if (auto t = read_text(r, *doc, "title", "", kMaxTitleLength)) module.title = *t;
  if (auto t = read_text(r, *doc, "summary", "", kMaxLongText)) module.summary = *t;
  if (auto minutes = r.integer(*doc, "minutes", "")) {
    if (*minutes < 1 || *minutes > kMaxMinutes) {
      r.report("bad_value", "/minutes", "1 to " + std::to_string(kMaxMinutes) + ": " + std::to_string(*minutes));
    }
    module.minutes = *minutes;
  }
  if (const Json* areas = r.array(*doc, "areas", "")) {
    if (areas->empty()) r.report("empty_list", "/areas", "areas");
    for (std::size_t i = 0; i < areas->size(); ++i) {
      const std::string p = child("/areas", i);
      auto area = read_area(r, (*areas)[i], p);
      if (!area) continue;
      bool seen = false;
      for (Area a : module.areas) seen = seen || a == *area;
      if (seen) r.report("duplicate_id", p, area_id(*area));
      else module.areas.push_back(*area);
    }
  }
  if (const Json* pages = r.array(*doc, "pages", "")) {
    if (pages->empty()) r.report("empty_list", "/pages", "pages");
    std::set<std::string> page_ids;
    std::set<std::string> question_ids;
    for (std::size_t i = 0; i < pages->size(); ++i) {
      read_page(r, (*pages)[i], child("/pages", i), module, page_ids, question_ids);
    }
  }
  if (r.problem_count() != before) return std::nullopt;
  return module;
}

std::optional<Instrument> parse_instrument(const std::string& json_text, const std::string& file,
                                           std::vector<Problem>& problems) {
  Reader r("content.", file, problems);
  const std::size_t before = r.problem_count();
  const auto doc = open_document(r, json_text, "digilyft-instrument");
  if (!doc) return std::nullopt;

  Instrument instrument;
  if (auto id = read_id(r, *doc, "")) instrument.id = *id;
  if (auto t = read_text(r, *doc, "title", "", kMaxTitleLength)) instrument.title = *t;
  if (auto t = read_text(r, *doc, "intro", "", kMaxLongText)) instrument.intro = *t;
  if (const Json* statements = r.array(*doc, "statements", "")) {
    std::set<std::string> ids;
    for (std::size_t i = 0; i < statements->size(); ++i) {
      const Json& s = (*statements)[i];
      const std::string p = child("/statements", i);
      if (!r.expect_object(s, p)) continue;
      Statement statement{};
      bool ok = true;
      if (auto id = read_unique_id(r, s, p, ids)) statement.id = *id;
      if (const Json* area = r.member(s, "area", p, true)) {
        auto a = read_area(r, *area, child(p, "area"));
        if (a) statement.area = *a;
        ok = ok && a.has_value();
      } else {
        ok = false;
      }
      if (auto t = read_text(r, s, "text", p, kMaxStatementLength)) statement.text = *t;
      if (ok) instrument.statements.push_back(statement);
    }
    // A profile needs every area; an empty area would show as "no score" for everyone.
    if (r.problem_count() == before) {
      for (Area area : kAllAreas) {
        if (instrument.statements_in(area).empty()) {
          r.report("empty_list", "/statements", std::string("no statement in area ") + area_id(area));
        }
      }
    }
  }
  if (r.problem_count() != before) return std::nullopt;
  return instrument;
}

Catalog load_catalog(const ReadFile& read) {
  Catalog catalog;
  const std::string catalog_file = "catalog.json";
  Reader r("content.", catalog_file, catalog.problems);
  const auto text = read(catalog_file);
  if (!text) {
    r.report("file_missing", "", catalog_file);
    return catalog;
  }
  const auto doc = open_document(r, *text, "digilyft-catalog");
  if (!doc) return catalog;

  const auto module_paths = read_path_list(r, *doc, "modules");
  const auto instrument_paths = read_path_list(r, *doc, "instruments");
  if (instrument_paths.size() > 1) r.report("bad_value", "/instruments/1", "only one instrument is supported");

  for (const auto& [index, path] : module_paths) {
    const auto module_text = read(path);
    if (!module_text) {
      r.report("file_missing", child("/modules", index), path);
      continue;
    }
    auto module = parse_module(*module_text, path, catalog.problems);
    if (!module) continue;
    if (catalog.find_module(module->id) != nullptr) {
      catalog.problems.push_back(Problem{"content.duplicate_id", path, "/id", module->id});
      continue;
    }
    catalog.modules.push_back(std::move(*module));
  }
  if (!instrument_paths.empty()) {
    const std::string& path = instrument_paths.front().second;
    if (const auto instrument_text = read(path)) {
      catalog.instrument = parse_instrument(*instrument_text, path, catalog.problems);
    } else {
      r.report("file_missing", child("/instruments", instrument_paths.front().first), path);
    }
  }
  return catalog;
}

}  // namespace dl
