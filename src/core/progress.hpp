// A person's progress: course pages and answers, self-assessment rounds, the manager survey,
// background, language, the programme they joined and their organisation in it.
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
#include "calendar.hpp"
#include "content.hpp"
#include "i18n.hpp"
#include "period.hpp"
#include "programme.hpp"
#include "round.hpp"

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

// One self-assessment round (T0, T1 or T2) as the person fills it in. Pages: see measurement.hpp.
struct RoundProgress {
  std::string instrument_id;                // set with the first answer
  std::map<std::string, int> answers;       // statement id -> 0..3 or kNotApplicable
  std::map<std::string, int> then_answers;  // T1 only: then/now statement id -> level before
                                            // the course (0..3 or kNotApplicable)
  std::map<std::string, int> evaluation;    // T1: evaluation item id -> 1..5; T2: use items only
  int current_page = 0;                     // index into assessment_pages(round, …)
  std::optional<Period> finished;           // quarter it was finished in (exported)
  std::optional<Date> finished_on;          // day it was finished on this device; never exported,
                                            // only for the T2 due date
  bool started() const { return !answers.empty() || !then_answers.empty() || !evaluation.empty(); }
  bool operator==(const RoundProgress& o) const;
};

// The manager survey (chefsenkät), answered once.
struct ManagerSurveyProgress {
  std::string survey_id;                                // set with the first answer
  std::map<std::string, std::vector<std::string>> answers;  // question id -> option ids
  std::optional<Period> finished;
  bool operator==(const ManagerSurveyProgress& o) const;
};

// The programme's measuring plan: from the programme link the person opened, else the defaults.
struct MeasurementPlan {
  int t2_interval_months = 4;  // T2 is due this many months after T1 was finished (1..24)
  bool operator==(const MeasurementPlan& o) const { return t2_interval_months == o.t2_interval_months; }
};

struct ProgressState {
  std::string participant_code;  // random, made once (see participant_code.hpp)
  Lang lang = Lang::sv;
  Background background;
  std::map<std::string, ModuleProgress> modules;  // by module id
  std::string last_module;                        // the module opened most recently
  std::map<Round, RoundProgress> rounds;          // only rounds the person has begun
  ManagerSurveyProgress manager_survey;
  MeasurementPlan plan;
  std::optional<Programme> programme;  // the programme of the link the person opened (if any)
  std::string organisation;            // organisation code chosen from the programme's list; "" = not yet
  bool before_round_declined = false;  // asked before a first course, the person chose the course first
  bool operator==(const ProgressState& o) const;  // the same saved form (progress_to_json)
};

namespace action {
struct SetLanguage { Lang lang; };
struct DeclineBeforeRound {};  // "Börja kursen nu": the questions before the courses are not asked again
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
// Self-assessment rounds. Answers change a round only while it is open on `today` (see
// round_status in measurement.hpp) and not finished; a finished round is frozen, since changing it
// afterwards would mix before and after.
struct RateStatement { Round round; std::string statement_id; int level; Date today; };
struct RateThen { std::string statement_id; int level; Date today; };        // T1, then/now items
struct RateEvaluation { Round round; std::string item_id; int value; Date today; };  // T1 any, T2 use items
// Clamped to the round's pages. Only a round that is open on `today` (its entry is made then) or
// done (looked through afterwards); T2's status depends on the day, hence `today`.
struct OpenAssessmentPage { Round round; int page; Date today; };
// Ignored unless the round is open on `today` and round_complete(). Sets finished and finished_on.
struct FinishRound { Round round; Date today; };
// Manager survey: answers are frozen once it is finished.
struct AnswerSurvey { std::string question_id; std::vector<std::string> option_ids; };
struct FinishSurvey { Period period; };  // ignored unless every question has a valid answer
// Joins the programme of a link the person opened; ignored unless check_programme finds nothing
// against the catalog given to apply (all content, not the person's part of it). The plan's T2
// interval becomes the programme's. The same programme (id) again takes its new settings and keeps
// the organisation while the list still has it; another programme clears the organisation.
// Answers and the participant code always stay.
struct JoinProgramme { Programme programme; };
struct ChooseOrganisation { std::string code; };  // only a code of the joined programme's list
}  // namespace action

using Action = std::variant<action::SetLanguage, action::DeclineBeforeRound, action::OpenPage, action::AnswerQuestion,
                            action::SetDraft, action::CheckAnswer, action::ChooseScenarioOption,
                            action::AddActiveTime, action::CompleteModule, action::SetBackground,
                            action::RateStatement, action::RateThen, action::RateEvaluation,
                            action::OpenAssessmentPage, action::FinishRound, action::AnswerSurvey,
                            action::FinishSurvey, action::JoinProgramme, action::ChooseOrganisation>;

ProgressState new_progress(std::string participant_code);

// The one way progress changes. An action that names an unknown id or breaks a rule returns the
// state unchanged.
ProgressState apply(ProgressState state, const Action& action, const Catalog& catalog);

// ---- Questions about progress ----
const ModuleProgress* find_progress(const ProgressState& state, const std::string& module_id);
// The course the person is in the middle of: the one opened last, else the first begun one in the
// catalog's order; nothing when no course is under way.
const Module* course_in_progress(const ProgressState& state, const Catalog& catalog);
bool is_answered_correctly(const ModuleProgress& progress, const Question& question);
// Questions of the module (as it is now) whose latest checked answer is right: "m av n rätt".
int correct_answer_count(const ModuleProgress& progress, const Module& module);
int seen_page_count(const ModuleProgress& progress, const Module& module);  // only pages that exist
// The mastery rule: every page seen and at least module.mastery questions right (all when 0).
int mastery_needed(const Module& module);
bool can_complete(const ModuleProgress& progress, const Module& module);
// The draft of a question, or else its first state: the initial order (order), no row paired
// (match: one "" per pair), nothing (single, true/false, multiple).
Answer draft_or_initial(const ModuleProgress* progress, const Question& question);
// Self-assessment questions (round rules, pages and completeness): measurement.hpp.
const RoundProgress* find_round(const ProgressState& state, Round round);
bool survey_complete(const ManagerSurveyProgress& progress, const Survey& survey);

// ---- Saving (the browser keeps this JSON in IndexedDB) ----
std::string progress_to_json(const ProgressState& state);
// Unknown or removed ids in saved JSON are kept as they are (content may come back); a file that is
// not saved progress at all gives nothing and a problem. A damaged part (a value of the wrong type)
// is skipped and listed in `problems` as "progress.wrong_type", and the rest is still returned.
std::optional<ProgressState> progress_from_json(const std::string& text, std::vector<Problem>& problems);

}  // namespace dl
