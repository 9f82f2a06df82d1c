// The course and self-assessment content model, parsed once from JSON into typed structs.
// Content lives in content/ as JSON (see docs/content-format.md); nothing past this parser sees JSON.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "digcomp.hpp"
#include "i18n.hpp"
#include "problem.hpp"

namespace dl {

// ---- Course modules -------------------------------------------------------------------------
struct Choice {
  std::string id;
  LocalText text;
  bool correct = false;
  LocalText feedback;  // why this answer is right or wrong, shown after choosing it
};

struct Question {  // single choice: at least one choice is correct; choosing any correct one counts
  std::string id;  // unique within the module
  LocalText prompt;
  std::vector<Choice> choices;
  const Choice* find_choice(const std::string& choice_id) const;
};

struct Page {
  std::string id;  // unique within the module
  LocalText title;
  std::vector<LocalText> paragraphs;
  std::vector<LocalText> key_points;  // may be empty
  std::optional<Question> question;
};

struct Module {
  std::string id;  // stable, e.g. "informationssakerhet-i-vardagen"
  LocalText title;
  LocalText summary;
  int minutes = 0;  // estimated time
  std::vector<Area> areas;  // DigComp areas it trains
  std::vector<Page> pages;  // at least one
  const Page* find_page(const std::string& page_id) const;
  int page_index(const std::string& page_id) const;  // -1 when unknown
  int question_count() const;
};

// ---- Self-assessment instrument -------------------------------------------------------------
// Answers: 0 "Jag vet inte hur man gör" .. 3 "Jag kan det säkert och kan hjälpa andra",
// or kNotApplicable "Ej aktuellt i mitt arbete" (left out of scores, never a zero).
constexpr int kNotApplicable = -1;
constexpr int kMaxLevel = 3;
bool is_valid_level(int level);  // 0..3 or kNotApplicable
Phrase level_label(int level);   // the scale's words for a level

struct Statement {
  std::string id;  // unique within the instrument
  Area area;
  LocalText text;  // "Jag kan …"
};

struct Instrument {
  std::string id;  // e.g. "digcomp-omsorg"
  int version = 1;
  LocalText title;
  LocalText intro;
  std::vector<Statement> statements;
  const Statement* find_statement(const std::string& statement_id) const;
  std::vector<const Statement*> statements_in(Area area) const;
};

// ---- The whole catalogue --------------------------------------------------------------------
struct Catalog {
  std::vector<Module> modules;
  std::optional<Instrument> instrument;  // empty when the instrument file had a problem
  std::vector<Problem> problems;         // everything the loader found wrong; content with a
                                         // problem is left out, the rest still works
  const Module* find_module(const std::string& module_id) const;
};

// Parse one file. On any problem the result is empty and `problems` says why (code + pointer).
std::optional<Module> parse_module(const std::string& json_text, const std::string& file,
                                   std::vector<Problem>& problems);
std::optional<Instrument> parse_instrument(const std::string& json_text, const std::string& file,
                                           std::vector<Problem>& problems);

// Load content/catalog.json and every file it lists. `read` returns a file's text by its path
// relative to the content folder, or nothing when the file is missing.
using ReadFile = std::function<std::optional<std::string>(const std::string& path)>;
Catalog load_catalog(const ReadFile& read);

// Limits an author must keep (checked by the parser).
constexpr std::size_t kMaxTitleLength = 80;
constexpr std::size_t kMaxParagraphLength = 600;
constexpr std::size_t kMaxChoiceLength = 200;

}  // namespace dl
