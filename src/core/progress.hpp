// A person's progress: course pages and answers, self-assessment answers, background, language.
// Changed only through apply(state, action, catalog), so every change is testable without a screen.
// Saved by stable ids (module, page, question, statement), never by list position.
#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <variant>

#include "background.hpp"
#include "content.hpp"
#include "i18n.hpp"
#include "period.hpp"

namespace dl {

struct ModuleProgress {
  std::string current_page;                     // page id; "" = not opened yet
  std::set<std::string> pages_seen;
  std::map<std::string, Answer> answers;        // question id -> latest checked answer
  std::map<std::string, Answer> drafts;         // question id -> answer being put together
                                                // (multiple, order, match) before "Kontrollera"
  std::map<std::string, int> attempts;          // question id -> number of checked answers
  std::map<std::string, std::string> scenarios; // scenario id -> chosen option id
  std::int64_t active_seconds = 0;              // time the person actively spent in the module
  std::optional<Period> started;                // quarter the module was first opened
  std::optional<Period> completed;              // quarter the module was completed in
  bool operator==(const ModuleProgress& o) const;
};

struct SelfAssessmentProgress {
  std::string instrument_id;           // set with the first answer
  std::map<std::string, int> answers;  // statement id -> 0..3 or kNotApplicable
  int current_page = 0;                // 0 = background questions, 1..5 = the areas in order
  std::optional<Period> finished;      // quarter the person finished it (round T0)
  bool operator==(const SelfAssessmentProgress& o) const;
};

struct ProgressState {
  std::string participant_code;  // random, made once (see participant_code.hpp)
  Lang lang = Lang::sv;
  Background background;
  std::map<std::string, ModuleProgress> modules;  // by module id
  std::string last_module;                        // the module opened most recently
  SelfAssessmentProgress self_assessment;
  bool operator==(const ProgressState& o) const;
};

namespace action {
struct SetLanguage { Lang lang; };
// Opens a page: marks it seen and current, the module last opened, and `period` as started (once).
struct OpenPage { std::string module_id; std::string page_id; Period period; };
// Single and true/false questions are checked at once; multiple, order and match first collect a
// draft (SetDraft) and are checked with CheckAnswer. A checked answer counts one attempt.
struct AnswerQuestion { std::string module_id; std::string question_id; Answer answer; };
struct SetDraft { std::string module_id; std::string question_id; Answer answer; };
struct CheckAnswer { std::string module_id; std::string question_id; };  // checks the draft
struct ChooseScenarioOption { std::string module_id; std::string scenario_id; std::string option_id; };
struct AddActiveTime { std::string module_id; std::int64_t seconds; };  // seconds > 0
struct CompleteModule { std::string module_id; Period period; };  // ignored unless can_complete
struct SetBackground { std::string question_id; std::string option_id; };  // "" clears
struct RateStatement { std::string statement_id; int level; };
struct OpenAssessmentPage { int page; };
struct FinishSelfAssessment { Period period; };  // ignored unless every statement is answered
}  // namespace action

using Action = std::variant<action::SetLanguage, action::OpenPage, action::AnswerQuestion,
                            action::SetDraft, action::CheckAnswer, action::ChooseScenarioOption,
                            action::AddActiveTime, action::CompleteModule, action::SetBackground,
                            action::RateStatement, action::OpenAssessmentPage,
                            action::FinishSelfAssessment>;

ProgressState new_progress(std::string participant_code);

// The one way progress changes. An action that names an unknown id or breaks a rule returns the
// state unchanged.
ProgressState apply(ProgressState state, const Action& action, const Catalog& catalog);

// ---- Questions about progress ----
const ModuleProgress* find_progress(const ProgressState& state, const std::string& module_id);
bool is_answered_correctly(const ModuleProgress& progress, const Question& question);
// Questions of the module (as it is now) whose latest checked answer is right: "m av n rätt".
int correct_answer_count(const ModuleProgress& progress, const Module& module);
int seen_page_count(const ModuleProgress& progress, const Module& module);  // only pages that exist
// The mastery rule: every page seen and at least module.mastery questions right (all when 0).
int mastery_needed(const Module& module);
bool can_complete(const ModuleProgress& progress, const Module& module);
// The draft of a question, or its initial order (order/match) or nothing when there is none.
Answer draft_or_initial(const ModuleProgress* progress, const Question& question);
int answered_statement_count(const SelfAssessmentProgress& progress, const Instrument& instrument);
bool all_statements_answered(const SelfAssessmentProgress& progress, const Instrument& instrument);

// ---- Saving (the browser keeps this JSON in IndexedDB) ----
std::string progress_to_json(const ProgressState& state);
// Unknown or removed ids in saved JSON are kept as they are (content may come back); a file that is
// not saved progress at all gives nothing and a problem. A damaged part (a value of the wrong type)
// is skipped and listed in `problems` as "progress.wrong_type", and the rest is still returned.
std::optional<ProgressState> progress_from_json(const std::string& text, std::vector<Problem>& problems);

}  // namespace dl
