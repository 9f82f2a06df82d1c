// Parsing and checking of content files (docs/content-format.md) into the typed content model:
// course modules and catalog.json (the instrument and the manager survey are in instrument.cpp;
// the reading helpers they share in content_reading.cpp). Every problem an author can make gets
// a stable code and a JSON pointer; a file with any problem is left out whole, so the app never
// runs half a module.
#include "content.hpp"

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <set>
#include <string_view>

#include "background.hpp"
#include "content_reading.hpp"
#include "json_reader.hpp"
#include "markup.hpp"

namespace dl {

namespace {

using namespace content_read;
using json_read::child;

constexpr int kMaxMinutes = 600;

// Paths in catalog.json and picture files are relative and never climb out of their folder.
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

// ---- Module files ---------------------------------------------------------------------------
// Emphasis is **double stars** that open and close on the same line (markup.hpp).
void check_markup(Reader& r, const std::string& text, const std::string& pointer) {
  if (const auto line = unclosed_emphasis_line(text)) {
    r.report("bad_markup", pointer, "line " + std::to_string(*line) + ": a ** without its closing **");
  }
}

void read_choices(Reader& r, const Json& value, const std::string& pointer, Question& q, std::size_t max) {
  const Json* choices = read_list(r, value, "choices", pointer, 2, max);
  if (choices == nullptr) return;
  const std::string choices_pointer = child(pointer, "choices");
  std::set<std::string> ids;
  DistinctTexts texts;
  int correct = 0;
  for (std::size_t i = 0; i < choices->size(); ++i) {
    const Json& c = (*choices)[i];
    const std::string p = child(choices_pointer, i);
    if (!r.expect_object(c, p)) continue;
    check_fields(r, c, p, {"id", "text", "correct", "feedback"});
    Choice choice;
    if (auto id = read_unique_id(r, c, p, ids)) choice.id = *id;
    if (auto t = read_text(r, c, "text", p, kMaxChoiceLength)) {
      choice.text = *t;
      texts.check(r, choice.text, child(p, "text"));
    }
    if (auto b = r.boolean(c, "correct", p, false)) choice.correct = *b;
    if (auto t = read_text(r, c, "feedback", p, kMaxLongText)) choice.feedback = *t;
    if (choice.correct) ++correct;
    q.choices.push_back(choice);
  }
  if (choices->size() < 2) return;  // already reported as too short
  if (correct == 0) r.report("no_correct_choice", choices_pointer, q.id);
  if (q.kind == QuestionKind::single && correct > 1) {
    r.report("too_many_correct", choices_pointer, q.id + ": " + std::to_string(correct) + " correct, exactly 1 allowed");
  }
}


void read_pairs(Reader& r, const Json& value, const std::string& pointer, Question& q) {
  const Json* pairs = read_list(r, value, "pairs", pointer, 2, 5);
  if (pairs == nullptr) return;
  const std::string pairs_pointer = child(pointer, "pairs");
  std::set<std::string> ids;
  DistinctTexts lefts;
  DistinctTexts rights;
  for (std::size_t i = 0; i < pairs->size(); ++i) {
    const Json& v = (*pairs)[i];
    const std::string p = child(pairs_pointer, i);
    if (!r.expect_object(v, p)) continue;
    check_fields(r, v, p, {"id", "left", "right"});
    MatchPair pair;
    if (auto id = read_unique_id(r, v, p, ids)) pair.id = *id;
    if (auto t = read_text(r, v, "left", p, kMaxChoiceLength)) {
      pair.left = *t;
      lefts.check(r, pair.left, child(p, "left"));
    }
    if (auto t = read_text(r, v, "right", p, kMaxChoiceLength)) {
      pair.right = *t;
      rights.check(r, pair.right, child(p, "right"));
    }
    q.pairs.push_back(pair);
  }
}

// A question part. Always gives a Question (possibly partial) so later rules such as the
// mastery count see it; the module is left out anyway when any problem was reported.
Question read_question(Reader& r, const Json& value, const std::string& pointer,
                       std::set<std::string>& item_ids) {
  Question q;
  if (auto id = read_unique_id(r, value, pointer, item_ids)) q.id = *id;
  const auto kind_id = r.string(value, "kind", pointer);
  std::optional<QuestionKind> kind;
  if (kind_id) {
    kind = kQuestionKinds.from_id(*kind_id);
    if (!kind) {
      r.report("bad_value", child(pointer, "kind"),
               "single, multiple, true_false, order or match: \"" + *kind_id + "\"");
    }
  }
  if (auto t = read_text(r, value, "prompt", pointer, kMaxLongText)) q.prompt = *t;
  if (!kind) return q;
  q.kind = *kind;
  const Fields common = {"type", "id", "kind", "prompt"};
  const auto read_overall_feedback = [&] {
    if (auto t = read_text(r, value, "feedback_right", pointer, kMaxLongText)) q.feedback_right = *t;
    if (auto t = read_text(r, value, "feedback_wrong", pointer, kMaxLongText)) q.feedback_wrong = *t;
  };
  switch (q.kind) {
    case QuestionKind::single:
      check_fields(r, value, pointer, common, {"choices"});
      read_choices(r, value, pointer, q, 5);
      break;
    case QuestionKind::multiple:
      check_fields(r, value, pointer, common, {"choices", "feedback_right", "feedback_wrong"});
      read_choices(r, value, pointer, q, 6);
      read_overall_feedback();
      break;
    case QuestionKind::true_false:
      check_fields(r, value, pointer, common, {"answer", "feedback_right", "feedback_wrong"});
      if (auto b = r.boolean(value, "answer", pointer)) q.true_answer = *b;
      read_overall_feedback();
      break;
    case QuestionKind::order:
      check_fields(r, value, pointer, common, {"items", "feedback_right", "feedback_wrong"});
      q.items = read_id_text_list<OrderItem>(r, value, "items", pointer, 2, 6);
      read_overall_feedback();
      break;
    case QuestionKind::match:
      check_fields(r, value, pointer, common, {"pairs", "feedback_right", "feedback_wrong"});
      read_pairs(r, value, pointer, q);
      read_overall_feedback();
      break;
  }
  return q;
}

bool has_picture_extension(const std::string& file) {
  const std::size_t dot = file.rfind('.');
  if (dot == std::string::npos) return false;
  std::string ext = file.substr(dot + 1);
  for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return ext == "svg" || ext == "png" || ext == "jpg" || ext == "jpeg" || ext == "webp";
}

constexpr int kMinPictureSide = 16;
constexpr int kMaxPictureSide = 2000;

// Alt text is what a screen reader says instead of the picture: without Swedish alt the picture
// is not shown to everyone, so it gets its own code.
void read_alt(Reader& r, const Json& value, const std::string& pointer, LocalText& alt) {
  const std::string p = child(pointer, "alt");
  const Json* v = r.member(value, "alt", pointer, false);
  if (v == nullptr) {
    r.report("missing_alt", p, "a picture needs an alt text");
    return;
  }
  if (!r.expect_object(*v, p)) return;
  const Json* sv = r.member(*v, "sv", p, false);
  if (sv == nullptr || (sv->is_string() && is_blank(sv->get_ref<const Json::string_t&>()))) {
    r.report("missing_alt", p, "no Swedish alt text");
    return;
  }
  if (auto t = text_value(r, *v, p, kMaxChoiceLength)) alt = *t;
}

void read_picture(Reader& r, const Json& value, const std::string& pointer, Picture& picture) {
  if (auto file = r.string(value, "file", pointer)) {
    if (!is_safe_path(*file) || !has_picture_extension(*file)) {
      r.report("bad_value", child(pointer, "file"),
               "a path inside the module folder ending in .svg, .png, .jpg, .jpeg or .webp: \"" + *file + "\"");
    }
    picture.file = *file;
  }
  for (const auto& [key, side] : {std::pair<const char*, int*>{"width", &picture.width}, {"height", &picture.height}}) {
    if (auto n = r.integer(value, key, pointer)) {
      if (*n < kMinPictureSide || *n > kMaxPictureSide) {
        r.report("bad_value", child(pointer, key),
                 std::to_string(kMinPictureSide) + " to " + std::to_string(kMaxPictureSide) + ": " + std::to_string(*n));
      }
      *side = *n;
    }
  }
  read_alt(r, value, pointer, picture.alt);
  if (r.member(value, "caption", pointer, false) != nullptr) {
    if (auto t = read_text(r, value, "caption", pointer, kMaxChoiceLength)) picture.caption = *t;
  }
}

void read_scenario(Reader& r, const Json& value, const std::string& pointer, PagePart& part,
                   std::set<std::string>& item_ids) {
  if (auto id = read_unique_id(r, value, pointer, item_ids)) part.scenario_id = *id;
  if (auto t = read_text(r, value, "story", pointer, kMaxLongText)) part.story = *t;
  if (auto t = read_text(r, value, "prompt", pointer, kMaxLongText)) part.prompt = *t;
  const Json* options = read_list(r, value, "options", pointer, 2, 4);
  if (options == nullptr) return;
  const std::string options_pointer = child(pointer, "options");
  std::set<std::string> ids;
  DistinctTexts texts;
  for (std::size_t i = 0; i < options->size(); ++i) {
    const Json& v = (*options)[i];
    const std::string p = child(options_pointer, i);
    if (!r.expect_object(v, p)) continue;
    check_fields(r, v, p, {"id", "text", "outcome"});
    ScenarioOption option;
    if (auto id = read_unique_id(r, v, p, ids)) option.id = *id;
    if (auto t = read_text(r, v, "text", p, kMaxChoiceLength)) {
      option.text = *t;
      texts.check(r, option.text, child(p, "text"));
    }
    if (auto t = read_text(r, v, "outcome", p, kMaxLongText)) option.outcome = *t;
    part.options.push_back(option);
  }
}

constexpr auto kPartKinds = enum_table<PagePart::Kind>({
    {PagePart::Kind::text, "text"},
    {PagePart::Kind::picture, "picture"},
    {PagePart::Kind::key_points, "key_points"},
    {PagePart::Kind::scenario, "scenario"},
    {PagePart::Kind::reflection, "reflection"},
    {PagePart::Kind::question, "question"},
});

void read_part(Reader& r, const Json& value, const std::string& pointer, Page& page,
               std::set<std::string>& item_ids) {
  using Kind = PagePart::Kind;
  if (!r.expect_object(value, pointer)) return;
  const auto type = r.string(value, "type", pointer);
  if (!type) return;
  const auto kind = kPartKinds.from_id(*type);
  if (!kind) {
    r.report("bad_value", child(pointer, "type"),
             "text, picture, key_points, scenario, reflection or question: \"" + *type + "\"");
    return;
  }
  PagePart part;
  part.kind = *kind;
  switch (part.kind) {
    case Kind::text:
      check_fields(r, value, pointer, {"type", "text"});
      if (auto t = read_text(r, value, "text", pointer, kMaxTextPartLength)) {
        part.text = *t;
        check_markup(r, t->sv, child(child(pointer, "text"), "sv"));
        check_markup(r, t->en, child(child(pointer, "text"), "en"));
      }
      break;
    case Kind::picture:
      check_fields(r, value, pointer, {"type", "file", "width", "height", "alt", "caption"});
      read_picture(r, value, pointer, part.picture);
      break;
    case Kind::key_points:
      check_fields(r, value, pointer, {"type", "points"});
      if (const Json* points = read_list(r, value, "points", pointer, 1, 6)) {
        const std::string p = child(pointer, "points");
        for (std::size_t i = 0; i < points->size(); ++i) {
          if (auto t = text_value(r, (*points)[i], child(p, i), kMaxChoiceLength)) part.points.push_back(*t);
        }
      }
      break;
    case Kind::scenario:
      check_fields(r, value, pointer, {"type", "id", "story", "prompt", "options"});
      read_scenario(r, value, pointer, part, item_ids);
      break;
    case Kind::reflection:
      check_fields(r, value, pointer, {"type", "prompt"});
      if (auto t = read_text(r, value, "prompt", pointer, kMaxLongText)) part.prompt = *t;
      break;
    case Kind::question:
      part.question = read_question(r, value, pointer, item_ids);
      break;
  }
  page.parts.push_back(std::move(part));
}

void read_page(Reader& r, const Json& value, const std::string& pointer, Module& module,
               std::set<std::string>& page_ids, std::set<std::string>& item_ids) {
  if (!r.expect_object(value, pointer)) return;
  check_fields(r, value, pointer, {"id", "title", "parts"});
  Page page;
  if (auto id = read_unique_id(r, value, pointer, page_ids)) page.id = *id;
  // A course head leaves page titles out: only the course's own pages and overview show them.
  if (!r.partial()) {
    if (auto t = read_text(r, value, "title", pointer, kMaxTitleLength)) page.title = *t;
  }
  if (const Json* parts = read_list(r, value, "parts", pointer, r.partial() ? 0 : 1, SIZE_MAX)) {
    const std::string parts_pointer = child(pointer, "parts");
    for (std::size_t i = 0; i < parts->size(); ++i) {
      read_part(r, (*parts)[i], child(parts_pointer, i), page, item_ids);
    }
  }
  module.pages.push_back(std::move(page));
}

// A list of ids checked against a table: unknown ids get `unknown_code`, repeats duplicate_id.
template <typename IsKnown>
std::vector<std::string> read_id_list(Reader& r, const Json& doc, const std::string& key,
                                      const char* unknown_code, IsKnown is_known) {
  std::vector<std::string> out;
  const Json* list = read_list(r, doc, key, "", 1, SIZE_MAX);
  if (list == nullptr) return out;
  const std::string list_pointer = child("", key);
  for (std::size_t i = 0; i < list->size(); ++i) {
    const std::string p = child(list_pointer, i);
    auto id = r.as_string((*list)[i], p);
    if (!id) continue;
    if (!is_known(*id)) {
      r.report(unknown_code, p, *id);
    } else if (std::find(out.begin(), out.end(), *id) != out.end()) {
      r.report("duplicate_id", p, *id);
    } else {
      out.push_back(*id);
    }
  }
  return out;
}

// The picture files a module names, checked against the disk when the caller can look.
void check_picture_files(const Module& module, const std::string& file, const FileExists& exists,
                         std::vector<Problem>& problems) {
  const std::size_t slash = file.rfind('/');
  const std::string folder = slash == std::string::npos ? "" : file.substr(0, slash);
  for (std::size_t i = 0; i < module.pages.size(); ++i) {
    const Page& page = module.pages[i];
    for (std::size_t j = 0; j < page.parts.size(); ++j) {
      const PagePart& part = page.parts[j];
      if (part.kind != PagePart::Kind::picture) continue;
      const std::string path = folder.empty() ? part.picture.file : folder + "/" + part.picture.file;
      if (!exists(path)) {
        problems.push_back(Problem{"content.missing_file", file,
                                   child(child(child(child("/pages", i), "parts"), j), "file"), path});
      }
    }
  }
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

// Learning paths (catalog "paths"): a suggested order of modules for each role family of the
// background questions, every family once, 2–8 modules of the loaded catalogue each. An entry
// with a problem is left out; the others are kept. A module that did not load (its file has a
// problem) is reported and left out of the path, but the rest of the path still helps people.
constexpr std::size_t kMinPathModules = 2;
constexpr std::size_t kMaxPathModules = 8;

std::map<std::string, std::vector<std::string>> read_learning_paths(Reader& r, const Json& doc,
                                                                    const Catalog& catalog) {
  std::map<std::string, std::vector<std::string>> paths;
  const Json* list = r.array(doc, "paths", "");
  if (list == nullptr) return paths;
  std::set<std::string> families;
  for (std::size_t i = 0; i < list->size(); ++i) {
    const Json& entry = (*list)[i];
    const std::string p = child("/paths", i);
    if (!r.expect_object(entry, p)) continue;
    const std::size_t before = r.problem_count();
    const auto family = r.string(entry, "role_family", p);
    if (family) {
      if (!is_valid_background_answer("role_family", *family)) {
        r.report("unknown_role", child(p, "role_family"), *family);
      } else if (!families.insert(*family).second) {
        r.report("duplicate_id", child(p, "role_family"), *family);
      }
    }
    std::vector<std::string> modules;
    std::size_t not_loaded = 0;  // problems that leave the entry usable
    if (const Json* ids = read_list(r, entry, "modules", p, kMinPathModules, kMaxPathModules)) {
      const std::string modules_pointer = child(p, "modules");
      for (std::size_t j = 0; j < ids->size(); ++j) {
        const std::string mp = child(modules_pointer, j);
        const auto id = r.as_string((*ids)[j], mp);
        if (!id) continue;
        if (std::find(modules.begin(), modules.end(), *id) != modules.end()) {
          r.report("duplicate_id", mp, *id);
        } else if (catalog.find_module(*id) == nullptr) {
          r.report("unknown_module", mp, *id);
          ++not_loaded;
        } else {
          modules.push_back(*id);
        }
      }
    }
    if (family && r.problem_count() == before + not_loaded && !modules.empty()) {
      paths[*family] = std::move(modules);
    }
  }
  for (const BackgroundQuestion& question : background_questions()) {
    if (std::string_view(question.id) != "role_family") continue;
    for (const BackgroundOption& option : question.options) {
      if (families.count(option.id) == 0) r.report("missing_path", "/paths", option.id);
    }
  }
  return paths;
}

}  // namespace

// ---- Model helpers --------------------------------------------------------------------------

// Question::find_choice lives in answers.cpp with the other answer rules.

std::vector<const Question*> Page::questions() const {
  std::vector<const Question*> out;
  for (const auto& part : parts) {
    if (part.kind == PagePart::Kind::question && part.question) out.push_back(&*part.question);
  }
  return out;
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

std::vector<const Question*> Module::questions() const {
  std::vector<const Question*> out;
  for (const auto& page : pages) {
    for (const Question* q : page.questions()) out.push_back(q);
  }
  return out;
}

const Question* Module::find_question(const std::string& question_id) const {
  for (const auto& page : pages) {
    for (const Question* q : page.questions()) {
      if (q->id == question_id) return q;
    }
  }
  return nullptr;
}

const PagePart* Module::find_scenario(const std::string& scenario_id) const {
  for (const auto& page : pages) {
    for (const auto& part : page.parts) {
      if (part.kind == PagePart::Kind::scenario && part.scenario_id == scenario_id) return &part;
    }
  }
  return nullptr;
}

int Module::question_count() const {
  int n = 0;
  for (const auto& page : pages) n += static_cast<int>(page.questions().size());
  return n;
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
  const auto doc = open_document(r, json_text, kModuleFormat, kModuleHeadFormat);
  if (!doc) return std::nullopt;
  Module module;
  // A head (docs/content-format.md, "Course heads"): the page fetches the rest when the course opens.
  module.complete = doc->at("format") != kModuleHeadFormat;
  r.set_partial(!module.complete);

  check_fields(r, *doc, "",
               {"$schema", "format", "version", "id", "number", "title", "summary", "minutes", "level", "competences",
                "roles", "goals", "mastery", "pages"},
               {"sources", "checked", "teaches"});
  if (auto id = read_id(r, *doc, "")) module.id = *id;
  if (auto number = r.integer(*doc, "number", "")) {
    if (*number < 1 || *number > kMaxModuleNumber) {
      r.report("bad_value", "/number", "1 to " + std::to_string(kMaxModuleNumber) + ": " + std::to_string(*number));
    }
    module.number = static_cast<int>(*number);
  }
  if (auto t = read_text(r, *doc, "title", "", kMaxTitleLength)) module.title = *t;
  if (auto t = read_text(r, *doc, "summary", "", kMaxLongText)) module.summary = *t;
  if (auto minutes = r.integer(*doc, "minutes", "")) {
    if (*minutes < 1 || *minutes > kMaxMinutes) {
      r.report("bad_value", "/minutes", "1 to " + std::to_string(kMaxMinutes) + ": " + std::to_string(*minutes));
    }
    module.minutes = *minutes;
  }
  if (auto level = r.string(*doc, "level", "")) {
    if (auto l = level_from_id(*level)) module.level = *l;
    else r.report("bad_value", "/level", "grundlaggande, medel or avancerad: \"" + *level + "\"");
  }
  module.competences = read_id_list(r, *doc, "competences", "unknown_competence",
                                    [](const std::string& id) { return find_competence(id) != nullptr; });
  for (Area area : kAllAreas) {
    for (const std::string& id : module.competences) {
      if (find_competence(id)->area == area) {
        module.areas.push_back(area);
        break;
      }
    }
  }
  module.roles = read_id_list(r, *doc, "roles", "unknown_role", [](const std::string& id) {
    return is_valid_background_answer("role_family", id);
  });
  // A course head leaves the goals out: only the course's overview shows them, and it has the course.
  if (const Json* goals = r.partial() ? nullptr : read_list(r, *doc, "goals", "", 2, 5)) {
    for (std::size_t i = 0; i < goals->size(); ++i) {
      if (auto t = text_value(r, (*goals)[i], child("/goals", i), kMaxChoiceLength)) module.goals.push_back(*t);
    }
  }
  // Sources and the day they were checked: shown at the end of the course (a head leaves them out).
  if (doc->contains("sources")) {
    if (const Json* sources = read_list(r, *doc, "sources", "", 1, kMaxSources)) {
      for (std::size_t i = 0; i < sources->size(); ++i) {
        if (auto t = text_value(r, (*sources)[i], child("/sources", i), kMaxChoiceLength)) module.sources.push_back(*t);
      }
    }
  }
  if (auto checked = r.string(*doc, "checked", "", false)) {
    if (auto date = parse_iso_date(*checked)) module.checked = *date;
    else r.report("bad_value", "/checked", "a date YYYY-MM-DD: \"" + *checked + "\"");
  }
  if (doc->contains("teaches")) {  // statement ids: digilyft-validate checks them against the instrument
    module.teaches = read_id_list(r, *doc, "teaches", "bad_value", [](const std::string& id) { return json_read::is_valid_id(id); });
  }
  if (const Json* pages = read_list(r, *doc, "pages", "", 1, SIZE_MAX)) {
    std::set<std::string> page_ids;
    std::set<std::string> item_ids;  // questions and scenarios share one id space
    for (std::size_t i = 0; i < pages->size(); ++i) {
      read_page(r, (*pages)[i], child("/pages", i), module, page_ids, item_ids);
    }
  }
  const int question_count = module.question_count();
  module.mastery = question_count;  // no rule in the file: every question must be right
  if (auto mastery = r.integer(*doc, "mastery", "", false)) {
    if (*mastery < 1 || *mastery > question_count) {
      r.report("bad_value", "/mastery",
               "1 to the number of questions (" + std::to_string(question_count) + "): " + std::to_string(*mastery));
    }
    module.mastery = *mastery;
  }
  if (r.problem_count() != before) return std::nullopt;
  return module;
}

Catalog load_catalog(const ReadFile& read, const FileExists& exists) {
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
  const auto survey_paths = read_path_list(r, *doc, "surveys");
  if (survey_paths.size() > 1) r.report("bad_value", "/surveys/1", "only one manager survey is supported");

  for (const auto& [index, path] : module_paths) {
    const auto module_text = read(path);
    if (!module_text) {
      r.report("file_missing", child("/modules", index), path);
      continue;
    }
    auto module = parse_module(*module_text, path, catalog.problems);
    if (!module) continue;
    module->file = path;
    if (exists) {
      const std::size_t before = catalog.problems.size();
      check_picture_files(*module, path, exists, catalog.problems);
      if (catalog.problems.size() != before) continue;
    }
    if (catalog.find_module(module->id) != nullptr) {
      catalog.problems.push_back(Problem{"content.duplicate_id", path, "/id", module->id});
      continue;
    }
    // Programme links name courses by number: two courses with one number would mix programmes up.
    if (std::any_of(catalog.modules.begin(), catalog.modules.end(),
                    [&](const Module& m) { return m.number == module->number; })) {
      catalog.problems.push_back(Problem{"content.duplicate_id", path, "/number", std::to_string(module->number)});
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
  if (!survey_paths.empty()) {
    const std::string& path = survey_paths.front().second;
    if (const auto survey_text = read(path)) {
      catalog.manager_survey = parse_survey(*survey_text, path, catalog.problems);
    } else {
      r.report("file_missing", child("/surveys", survey_paths.front().first), path);
    }
  }
  // Paths name modules, so they are read once the modules are loaded.
  catalog.paths = read_learning_paths(r, *doc, catalog);
  return catalog;
}

namespace {
bool english_or_empty(const LocalText& t) { return t.sv.empty() || t.has(Lang::en); }
}  // namespace

bool Page::fully_in_english() const {
  if (!english_or_empty(title)) return false;
  for (const PagePart& part : parts) {
    std::vector<const LocalText*> texts = {&part.text, &part.picture.alt, &part.picture.caption,
                                           &part.story, &part.prompt};
    for (const LocalText& point : part.points) texts.push_back(&point);
    for (const ScenarioOption& option : part.options) {
      texts.push_back(&option.text);
      texts.push_back(&option.outcome);
    }
    if (part.question) {
      const Question& q = *part.question;
      texts.insert(texts.end(), {&q.prompt, &q.feedback_right, &q.feedback_wrong});
      for (const Choice& c : q.choices) texts.insert(texts.end(), {&c.text, &c.feedback});
      for (const OrderItem& item : q.items) texts.push_back(&item.text);
      for (const MatchPair& pair : q.pairs) texts.insert(texts.end(), {&pair.left, &pair.right});
    }
    for (const LocalText* t : texts) {
      if (!english_or_empty(*t)) return false;
    }
  }
  return true;
}

bool module_fits(const Module& module, std::string_view role_family, std::string_view level) {
  if (!role_family.empty() && std::find(module.roles.begin(), module.roles.end(), role_family) == module.roles.end()) {
    return false;
  }
  return level.empty() || level == level_id(module.level);
}

}  // namespace dl
