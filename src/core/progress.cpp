// The one function that changes a person's progress, and the questions asked about it.
// Every rule lives here so that it is tested once and holds for every screen.
#include "progress.hpp"

#include <algorithm>

namespace dl {

bool ModuleProgress::operator==(const ModuleProgress& o) const {
  return current_page == o.current_page && pages_seen == o.pages_seen && answers == o.answers &&
         attempts == o.attempts && completed == o.completed;
}

bool SelfAssessmentProgress::operator==(const SelfAssessmentProgress& o) const {
  return instrument_id == o.instrument_id && answers == o.answers && current_page == o.current_page &&
         finished == o.finished;
}

bool ProgressState::operator==(const ProgressState& o) const {
  return participant_code == o.participant_code && lang == o.lang && background == o.background &&
         modules == o.modules && self_assessment == o.self_assessment;
}

ProgressState new_progress(std::string participant_code) {
  ProgressState state;
  state.participant_code = std::move(participant_code);
  return state;
}

namespace {

const Question* find_question(const Module& module, const std::string& question_id) {
  for (const auto& page : module.pages) {
    if (page.question && page.question->id == question_id) return &*page.question;
  }
  return nullptr;
}

// Page 0 holds the background questions, pages 1..5 the DigComp areas.
constexpr int kLastAssessmentPage = kAreaCount;

struct Applier {
  ProgressState& state;
  const Catalog& catalog;

  void operator()(const action::SetLanguage& a) { state.lang = a.lang; }

  void operator()(const action::OpenPage& a) {
    const Module* module = catalog.find_module(a.module_id);
    if (module == nullptr || module->find_page(a.page_id) == nullptr) return;
    ModuleProgress& progress = state.modules[a.module_id];
    progress.current_page = a.page_id;
    progress.pages_seen.insert(a.page_id);
  }

  void operator()(const action::AnswerQuestion& a) {
    const Module* module = catalog.find_module(a.module_id);
    if (module == nullptr) return;
    const Question* question = find_question(*module, a.question_id);
    if (question == nullptr || question->find_choice(a.choice_id) == nullptr) return;
    ModuleProgress& progress = state.modules[a.module_id];
    progress.answers[a.question_id] = a.choice_id;
    ++progress.attempts[a.question_id];
  }

  void operator()(const action::CompleteModule& a) {
    const Module* module = catalog.find_module(a.module_id);
    const auto it = state.modules.find(a.module_id);
    if (module == nullptr || it == state.modules.end()) return;
    // The first completion stands: reopening a finished module must not move it to a later quarter.
    if (it->second.completed || !can_complete(it->second, *module)) return;
    it->second.completed = a.period;
  }

  void operator()(const action::SetBackground& a) {
    std::string* field = state.background.field(a.question_id);
    if (field == nullptr) return;
    if (!a.option_id.empty() && !is_valid_background_answer(a.question_id, a.option_id)) return;
    *field = a.option_id;
  }

  void operator()(const action::RateStatement& a) {
    const auto& instrument = catalog.instrument;
    if (!instrument || instrument->find_statement(a.statement_id) == nullptr) return;
    if (!is_valid_level(a.level)) return;
    // A finished round is a baseline: changing it afterwards would mix before and after.
    if (state.self_assessment.finished) return;
    state.self_assessment.instrument_id = instrument->id;
    state.self_assessment.answers[a.statement_id] = a.level;
  }

  void operator()(const action::OpenAssessmentPage& a) {
    state.self_assessment.current_page = std::clamp(a.page, 0, kLastAssessmentPage);
  }

  void operator()(const action::FinishSelfAssessment& a) {
    const auto& instrument = catalog.instrument;
    if (!instrument || state.self_assessment.finished) return;
    if (state.self_assessment.instrument_id != instrument->id) return;
    if (!all_statements_answered(state.self_assessment, *instrument)) return;
    state.self_assessment.finished = a.period;
  }
};

}  // namespace

ProgressState apply(ProgressState state, const Action& action, const Catalog& catalog) {
  std::visit(Applier{state, catalog}, action);
  return state;
}

const ModuleProgress* find_progress(const ProgressState& state, const std::string& module_id) {
  const auto it = state.modules.find(module_id);
  return it == state.modules.end() ? nullptr : &it->second;
}

bool is_answered_correctly(const ModuleProgress& progress, const Question& question) {
  const auto it = progress.answers.find(question.id);
  if (it == progress.answers.end()) return false;
  const Choice* choice = question.find_choice(it->second);
  return choice != nullptr && choice->correct;
}

int correct_answer_count(const ModuleProgress& progress, const Module& module) {
  int n = 0;
  for (const auto& page : module.pages) {
    if (page.question && is_answered_correctly(progress, *page.question)) ++n;
  }
  return n;
}

int seen_page_count(const ModuleProgress& progress, const Module& module) {
  int n = 0;
  for (const auto& page : module.pages) n += progress.pages_seen.count(page.id) > 0 ? 1 : 0;
  return n;
}

bool can_complete(const ModuleProgress& progress, const Module& module) {
  return !module.pages.empty() && seen_page_count(progress, module) == static_cast<int>(module.pages.size()) &&
         correct_answer_count(progress, module) == module.question_count();
}

int answered_statement_count(const SelfAssessmentProgress& progress, const Instrument& instrument) {
  int n = 0;
  for (const auto& s : instrument.statements) {
    const auto it = progress.answers.find(s.id);
    if (it != progress.answers.end() && is_valid_level(it->second)) ++n;
  }
  return n;
}

bool all_statements_answered(const SelfAssessmentProgress& progress, const Instrument& instrument) {
  return !instrument.statements.empty() &&
         answered_statement_count(progress, instrument) == static_cast<int>(instrument.statements.size());
}

}  // namespace dl
