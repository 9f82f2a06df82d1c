// The course and self-assessment content model, parsed once from JSON into typed structs.
// Content lives in content/ as JSON (see docs/content-format.md); nothing past this parser sees JSON.
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "calendar.hpp"
#include "digcomp.hpp"
#include "enum_table.hpp"
#include "i18n.hpp"
#include "problem.hpp"

namespace dl {

// ---- Course modules -------------------------------------------------------------------------
// A module is a folder content/modules/<id>/ with module.json and its pictures. JSON shape in
// docs/content-format.md. Every id is stable: saved progress refers to ids, never to positions.

// DigComp 2.2 competences "1.1" .. "5.4" (21 in all), with Swedish and English names.
struct Competence {
  const char* id;  // "4.2"
  Area area;
  Phrase name;     // "Skydda personuppgifter och integritet" / "Protecting personal data and privacy"
};
const std::vector<Competence>& digcomp_competences();
const Competence* find_competence(std::string_view id);

// Proficiency band of a module (DigComp levels 1–2, 3–4, 5–6).
enum class Level { foundation, intermediate, advanced };
inline constexpr auto kLevels = enum_table<Level>({
    {Level::foundation, "grundlaggande", {"Grundläggande", "Foundation"}},
    {Level::intermediate, "medel", {"Medel", "Intermediate"}},
    {Level::advanced, "avancerad", {"Avancerad", "Advanced"}},
});
inline const char* level_id(Level level) { return kLevels.id(level); }
inline std::optional<Level> level_from_id(std::string_view id) { return kLevels.from_id(id); }
inline Phrase level_name(Level level) { return kLevels.name(level); }

struct Choice {  // an answer option of a single or multiple choice question
  std::string id;
  LocalText text;
  bool correct = false;
  LocalText feedback;  // why this option is right or wrong; shown after it was chosen
};

struct OrderItem {  // one step of an order question; listed in the right order in the file
  std::string id;
  LocalText text;
};

struct MatchPair {  // a match question pairs each left text with its right text
  std::string id;
  LocalText left;
  LocalText right;
};

enum class QuestionKind { single, multiple, true_false, order, match };
inline constexpr auto kQuestionKinds = enum_table<QuestionKind>({
    {QuestionKind::single, "single"},
    {QuestionKind::multiple, "multiple"},
    {QuestionKind::true_false, "true_false"},
    {QuestionKind::order, "order"},
    {QuestionKind::match, "match"},
});
inline const char* question_kind_id(QuestionKind kind) { return kQuestionKinds.id(kind); }

// An answer, the same shape for every kind (saved as a list of ids):
//   single      [choice id]               multiple  [choice ids, any order]
//   true_false  ["true"] or ["false"]     order     [item ids in the person's order]
//   match       [pair id of the right text given to each left text, in the order of `pairs`]
using Answer = std::vector<std::string>;

struct Question {
  std::string id;  // unique within the module (also among scenarios)
  QuestionKind kind = QuestionKind::single;
  LocalText prompt;
  std::vector<Choice> choices;     // single (exactly one correct), multiple (one or more correct)
  bool true_answer = false;        // true_false: is the prompt's statement true?
  std::vector<OrderItem> items;    // order: the right order (2–6 items)
  std::vector<MatchPair> pairs;    // match: 2–5 pairs
  LocalText feedback_right;        // true_false, order, match, multiple: why it is right
  LocalText feedback_wrong;        // true_false, order, match, multiple: a hint when it is not
  const Choice* find_choice(const std::string& choice_id) const;
};
// Is `answer` a well-formed answer to `question` (known ids, right count)? Says nothing of right.
bool is_valid_answer(const Question& question, const Answer& answer);
bool is_correct(const Question& question, const Answer& answer);
// The order items / right texts as first shown: a fixed shuffle by question id, never the answer.
std::vector<std::string> initial_order(const Question& question);
// Match: the rows (indexes into `pairs`) whose left text `answer` pairs with a right text not its
// own; a row with nothing chosen counts as wrong.
std::vector<std::size_t> wrong_match_rows(const Question& question, const Answer& answer);
// Order: the places (indexes into `answer`) whose step is not the one that belongs there.
std::vector<std::size_t> misplaced_order_steps(const Question& question, const Answer& answer);

struct ScenarioOption {
  std::string id;
  LocalText text;     // what the person could do
  LocalText outcome;  // what follows from it
};

struct Picture {
  std::string file;    // path relative to the module folder, e.g. "bilder/lasa-skarmen.svg"
  LocalText alt;       // required: what the picture shows, for people who cannot see it
  LocalText caption;   // optional
  int width = 0;       // intrinsic size in CSS px, for the layout (aspect ratio)
  int height = 0;
};

// One part of a page, in reading order.
struct PagePart {
  enum class Kind { text, picture, key_points, scenario, reflection, question };
  Kind kind = Kind::text;
  // text: blocks separated by a blank line; a block whose lines start with "- " is a list;
  // **double stars** mark emphasis. (Nothing else is markup.)
  LocalText text;
  Picture picture;                   // picture
  std::vector<LocalText> points;     // key_points
  std::string scenario_id;           // scenario: unique within the module (with question ids)
  LocalText story;                   // scenario: the short case
  LocalText prompt;                  // scenario: "Vad gör du?"; reflection: the talk prompt
  std::vector<ScenarioOption> options;  // scenario: 2–4
  std::optional<Question> question;  // question
};

struct Page {
  std::string id;  // unique within the module
  LocalText title;
  std::vector<PagePart> parts;  // at least one
  std::vector<const Question*> questions() const;
  // Every text a person sees on the page has an English version (else the page shows Swedish for
  // those texts and says so).
  bool fully_in_english() const;
};

inline constexpr int kMaxModuleNumber = 999;

struct Module {
  std::string id;  // stable, e.g. "informationssakerhet-och-gdpr"
  int number = 0;  // stable, unique, 1–kMaxModuleNumber: how a programme link names the course
  LocalText title;
  LocalText summary;
  int minutes = 0;                       // estimated time
  Level level = Level::foundation;
  std::vector<std::string> competences;  // DigComp competence ids, at least one
  std::vector<Area> areas;               // derived from competences, in area order
  std::vector<std::string> roles;        // role family ids (background.hpp) it suits; at least one
  std::vector<LocalText> goals;          // learning goals, 2–5
  int mastery = 0;                       // questions that must be right; 0 in the file = all
  std::vector<Page> pages;               // at least one
  // Where the facts come from ("Socialtjänstlag (2025:400)", "IMY: …"), shown at the end of the
  // course with the day they were checked. Optional in the format; digilyft-validate asks for them.
  std::vector<LocalText> sources;
  std::optional<Date> checked;
  // Self-assessment statements (ids) the course teaches: a change in them can be credited to it.
  std::vector<std::string> teaches;
  // False for a head ("digilyft-module-head"): ids, titles and questions' structure (what progress,
  // the course list and the coordinator need) without the texts its pages show; the page fetches
  // `file` when the course opens.
  bool complete = true;
  std::string file;                      // path relative to content/, as the catalogue lists it
  const Page* find_page(const std::string& page_id) const;
  int page_index(const std::string& page_id) const;  // -1 when unknown
  std::vector<const Question*> questions() const;    // in page order
  const Question* find_question(const std::string& question_id) const;
  const PagePart* find_scenario(const std::string& scenario_id) const;
  int question_count() const;
};

// ---- Self-assessment instrument -------------------------------------------------------------
// Answers: 0 "Jag vet inte hur man gör" .. 3 "Jag kan det säkert och kan hjälpa andra",
// or kNotApplicable "Ej aktuellt i mitt arbete" (left out of scores, never a zero).
constexpr int kNotApplicable = -1;
constexpr int kMaxLevel = 3;
bool is_valid_level(int level);  // 0..3 or kNotApplicable
Phrase level_label(int level);   // the scale's words for a level

// Course evaluation items (T1, and the use items again at T2) on a 1–5 agreement scale:
// 1 "Stämmer inte alls" .. 5 "Stämmer helt". Programmes report the share answering 4–5.
constexpr int kMinAgreement = 1;
constexpr int kMaxAgreement = 5;
bool is_valid_agreement(int value);  // 1..5
Phrase agreement_label(int value);   // the scale's words for a value

// Care work the programmes measure besides the DigComp areas. JSON ids: "valfardsteknik",
// "dokumentation", "informationssakerhet". A statement has at most one.
enum class CareTopic { none, welfare_technology, documentation, information_security };
inline constexpr auto kCareTopics = enum_table<CareTopic>({
    {CareTopic::none, ""},  // never written, never shown
    {CareTopic::welfare_technology, "valfardsteknik", {"Välfärdsteknik", "Welfare technology"}},
    {CareTopic::documentation, "dokumentation", {"Digital dokumentation", "Digital documentation"}},
    {CareTopic::information_security, "informationssakerhet", {"Informationssäkerhet", "Information security"}},
});
inline const char* care_topic_id(CareTopic topic) { return kCareTopics.id(topic); }
inline std::optional<CareTopic> care_topic_from_id(std::string_view id) { return kCareTopics.from_id(id); }
inline Phrase care_topic_name(CareTopic topic) { return kCareTopics.name(topic); }

struct Statement {
  std::string id;          // unique within the instrument (with evaluation item ids)
  std::string competence;  // DigComp competence id, e.g. "4.2"; the area follows from it
  Area area = Area::information;
  CareTopic care_topic = CareTopic::none;
  bool then_now = false;   // T1 also asks how it was before the course ("then/now" item)
  bool taught = true;      // false: no course teaches it ("taught": false), reported apart
  LocalText text;          // "Jag kan …" / "I can …"
};

struct EvaluationItem {
  std::string id;      // unique within the instrument
  LocalText text;      // "Jag använder digitala verktyg mer i mitt arbete nu."
  bool use = false;    // a use item: asked at T1 and again at T2
};

struct Instrument {
  std::string id;  // e.g. "digcomp-omsorg"
  int version = 1;
  LocalText title;
  LocalText intro;
  std::vector<Statement> statements;       // kMinStatements..kMaxStatements, every area
  std::vector<EvaluationItem> evaluation;  // at least three, at least one use item
  const Statement* find_statement(const std::string& statement_id) const;
  std::vector<const Statement*> statements_in(Area area) const;
  std::vector<const Statement*> then_now_statements() const;
  const EvaluationItem* find_evaluation(const std::string& item_id) const;
  std::vector<const EvaluationItem*> use_items() const;
};
constexpr std::size_t kMinStatements = 35;
constexpr std::size_t kMaxStatements = 45;

// ---- Manager survey (chefsenkät) --------------------------------------------------------------
// Closed questions only (no free text ever leaves a device). Each question belongs to a topic the
// programmes report on.
enum class SurveyTopic { routines, prerequisites, needs };
inline constexpr auto kSurveyTopics = enum_table<SurveyTopic>({
    {SurveyTopic::routines, "routines", {"Rutiner", "Routines"}},
    {SurveyTopic::prerequisites, "prerequisites", {"Förutsättningar för personalen", "Prerequisites for staff"}},
    {SurveyTopic::needs, "needs", {"Behov i gruppen", "Needs in the team"}},
});
inline const char* survey_topic_id(SurveyTopic topic) { return kSurveyTopics.id(topic); }
inline std::optional<SurveyTopic> survey_topic_from_id(std::string_view id) { return kSurveyTopics.from_id(id); }
inline Phrase survey_topic_name(SurveyTopic topic) { return kSurveyTopics.name(topic); }

struct SurveyOption {
  std::string id;  // unique within its question
  LocalText text;
  bool exclusive = false;  // "exclusive": true, only in a multiple-choice question: an answer such
                           // as "Inget av de här" that cannot be chosen together with another option
};

// "asked_if": the question is asked only when an earlier question was answered with one of
// `answers` (e.g. which routines were changed, only after "Ja" to whether any were).
struct SurveyCondition {
  std::string question_id;
  std::vector<std::string> answers;  // option ids of that question
};

struct SurveyQuestion {
  std::string id;  // unique within the survey
  SurveyTopic topic = SurveyTopic::routines;
  bool multiple = false;  // "kind": "single" (exactly one option) or "multiple" (one or more)
  LocalText prompt;
  std::vector<SurveyOption> options;  // 2–8
  std::optional<SurveyCondition> asked_if;
  const SurveyOption* find_option(const std::string& option_id) const;
};

struct Survey {
  std::string id;  // e.g. "chefsenkat"
  int version = 1;
  LocalText title;
  LocalText intro;
  std::vector<SurveyQuestion> questions;  // at least one per topic
  const SurveyQuestion* find_question(const std::string& question_id) const;
};
// Is `answer` (option ids) a complete answer to the question: one known id for single, one or
// more distinct known ids for multiple? (What a result file may hold.)
bool is_valid_survey_answer(const SurveyQuestion& question, const std::vector<std::string>& answer);
// A valid answer that the survey as it is now lets a person give: an exclusive option alone.
bool is_allowed_survey_answer(const SurveyQuestion& question, const std::vector<std::string>& answer);

using SurveyAnswers = std::map<std::string, std::vector<std::string>>;  // question id -> option ids
// Is the question asked, given the answers so far: always, or (asked_if) when the question it
// follows is asked and was answered with one of the listed options.
bool survey_question_asked(const Survey& survey, const SurveyQuestion& question, const SurveyAnswers& answers);

// ---- The whole catalogue --------------------------------------------------------------------
struct Catalog {
  std::vector<Module> modules;
  std::optional<Instrument> instrument;  // empty when the instrument file had a problem
  std::optional<Survey> manager_survey;  // empty when the survey file had a problem
  // A suggested order of modules per role family (background.hpp ids); every family has one, and
  // every module id in it exists in `modules`.
  std::map<std::string, std::vector<std::string>> paths;
  std::vector<Problem> problems;         // everything the loader found wrong; content with a
                                         // problem is left out, the rest still works
  const Module* find_module(const std::string& module_id) const;
};

// Whether a course belongs in the course list filtered by role family and level ("" = any).
bool module_fits(const Module& module, std::string_view role_family, std::string_view level);

inline constexpr const char* kModuleFormat = "digilyft-module";
inline constexpr const char* kModuleHeadFormat = "digilyft-module-head";

// Parse one file. On any problem the result is empty and `problems` says why (code + pointer).
// parse_module reads a course (kModuleFormat) or its head (kModuleHeadFormat, `complete` false).
std::optional<Module> parse_module(const std::string& json_text, const std::string& file,
                                   std::vector<Problem>& problems);
std::optional<Instrument> parse_instrument(const std::string& json_text, const std::string& file,
                                           std::vector<Problem>& problems);
std::optional<Survey> parse_survey(const std::string& json_text, const std::string& file,
                                   std::vector<Problem>& problems);

// Load content/catalog.json and every file it lists. `read` returns a file's text by its path
// relative to the content folder, or nothing when the file is missing.
using ReadFile = std::function<std::optional<std::string>(const std::string& path)>;
// `exists` (optional) says whether a picture file is there; the validator and the tests pass one
// (content.missing_file), the page does not (the browser loads pictures itself when shown).
using FileExists = std::function<bool(const std::string& path)>;
Catalog load_catalog(const ReadFile& read, const FileExists& exists = nullptr);

// Limits an author must keep (checked by the parser).
constexpr std::size_t kMaxTitleLength = 80;
constexpr std::size_t kMaxParagraphLength = 600;   // summaries, feedback, prompts, stories
constexpr std::size_t kMaxTextPartLength = 1500;   // one text part (several short paragraphs)
constexpr std::size_t kMaxSources = 8;             // a module's "Källor"
constexpr std::size_t kMaxChoiceLength = 200;      // choices, items, pairs, goals, key points

}  // namespace dl
