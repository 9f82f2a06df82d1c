// The one function that changes a person's progress, and the questions asked about it.
// Every rule lives here so that it is tested once and holds for every screen.
#include "progress.hpp"

#include <algorithm>
#include <set>

#include "measurement.hpp"

namespace dl {

bool ModuleProgress::operator==(const ModuleProgress& o) const {
  return current_page == o.current_page && pages_seen == o.pages_seen && answers == o.answers &&
         drafts == o.drafts && attempts == o.attempts && scenarios == o.scenarios &&
         active_seconds == o.active_seconds && started == o.started && completed == o.completed;
}

bool RoundProgress::operator==(const RoundProgress& o) const {
  return instrument_id == o.instrument_id && answers == o.answers && then_answers == o.then_answers &&
         evaluation == o.evaluation && current_page == o.current_page && finished == o.finished &&
         finished_on == o.finished_on;
}

bool ManagerSurveyProgress::operator==(const ManagerSurveyProgress& o) const {
  return survey_id == o.survey_id && answers == o.answers && finished == o.finished;
}

// Two states are equal when they save the same: App saves a change exactly when this says the
// state changed, so a field can never be left out of the comparison and silently not be saved.
bool ProgressState::operator==(const ProgressState& o) const { return progress_to_json(*this) == progress_to_json(o); }

const Module* course_in_progress(const ProgressState& state, const Catalog& catalog) {
  const auto unfinished = [&state](const Module* module) {
    const ModuleProgress* progress = module ? find_progress(state, module->id) : nullptr;
    return progress != nullptr && !progress->completed && !progress->current_page.empty() && !module->pages.empty();
  };
  const Module* last = catalog.find_module(state.last_module);
  if (unfinished(last)) return last;
  for (const Module& module : catalog.modules) {
    if (unfinished(&module)) return &module;
  }
  return nullptr;
}

ProgressState new_progress(std::string participant_code) {
  ProgressState state;
  state.participant_code = std::move(participant_code);
  return state;
}

namespace {

// Most active time one action may add: a day. More is a broken clock, not a person's work.
constexpr std::int64_t kMaxActiveSecondsPerAction = 24 * 60 * 60;

bool is_checked_at_once(const Question& q) {
  return q.kind == QuestionKind::single || q.kind == QuestionKind::true_false;
}

// A match draft: one entry per left text, in the order of the pairs, each a right text ("" while
// none is chosen) and no right text twice.
bool is_valid_match_draft(const Question& q, const Answer& draft) {
  if (draft.size() != q.pairs.size()) return false;
  std::set<std::string> used;
  for (const std::string& id : draft) {
    if (id.empty()) continue;
    const bool known = std::any_of(q.pairs.begin(), q.pairs.end(), [&](const MatchPair& p) { return p.id == id; });
    if (!known || !used.insert(id).second) return false;
  }
  return true;
}

// A draft may be unfinished where that can be shown: a multiple choice with some (or no) boxes
// ticked, a match with rows not yet paired. An order draft is always a whole arrangement, since the
// screen only swaps.
bool is_valid_draft(const Question& q, const Answer& draft) {
  switch (q.kind) {
    case QuestionKind::multiple:
      return draft.empty() || is_valid_answer(q, draft);
    case QuestionKind::match:
      return is_valid_match_draft(q, draft);
    case QuestionKind::order:
      return is_valid_answer(q, draft);
    case QuestionKind::single:
    case QuestionKind::true_false:
      break;
  }
  return false;
}

bool has_organisation(const Programme& programme, const std::string& code) {
  return std::any_of(programme.organisations.begin(), programme.organisations.end(),
                     [&](const Organisation& o) { return o.code == code; });
}

struct Applier {
  ProgressState& state;
  const Catalog& catalog;

  void operator()(const action::SetLanguage& a) { state.lang = a.lang; }
  void operator()(const action::DeclineBeforeRound&) { state.before_round_declined = true; }

  void operator()(const action::OpenPage& a) {
    const Module* module = catalog.find_module(a.module_id);
    if (module == nullptr || module->find_page(a.page_id) == nullptr) return;
    ModuleProgress& progress = state.modules[a.module_id];
    progress.current_page = a.page_id;
    progress.pages_seen.insert(a.page_id);
    if (!progress.started) progress.started = a.period;
    state.last_module = a.module_id;
  }

  // The module and question the action names, when both exist; nullptr otherwise.
  const Question* question_of(const std::string& module_id, const std::string& question_id) const {
    const Module* module = catalog.find_module(module_id);
    return module == nullptr ? nullptr : module->find_question(question_id);
  }

  void operator()(const action::AnswerQuestion& a) {
    const Question* question = question_of(a.module_id, a.question_id);
    if (question == nullptr || !is_checked_at_once(*question) || !is_valid_answer(*question, a.answer)) return;
    ModuleProgress& progress = state.modules[a.module_id];
    progress.answers[a.question_id] = a.answer;
    ++progress.attempts[a.question_id];
  }

  void operator()(const action::SetDraft& a) {
    const Question* question = question_of(a.module_id, a.question_id);
    if (question == nullptr || !is_valid_draft(*question, a.answer)) return;
    state.modules[a.module_id].drafts[a.question_id] = a.answer;
  }

  void operator()(const action::CheckAnswer& a) {
    const Question* question = question_of(a.module_id, a.question_id);
    if (question == nullptr || is_checked_at_once(*question)) return;
    const auto it = state.modules.find(a.module_id);
    if (it == state.modules.end()) return;
    ModuleProgress& progress = it->second;
    const auto draft = progress.drafts.find(a.question_id);
    if (draft == progress.drafts.end() || !is_valid_answer(*question, draft->second)) return;
    // The draft stays, so the person still sees what they chose next to the feedback.
    progress.answers[a.question_id] = draft->second;
    ++progress.attempts[a.question_id];
  }

  void operator()(const action::ChooseScenarioOption& a) {
    const Module* module = catalog.find_module(a.module_id);
    if (module == nullptr) return;
    const PagePart* scenario = module->find_scenario(a.scenario_id);
    if (scenario == nullptr) return;
    const bool known = std::any_of(scenario->options.begin(), scenario->options.end(),
                                   [&](const ScenarioOption& o) { return o.id == a.option_id; });
    if (!known) return;
    state.modules[a.module_id].scenarios[a.scenario_id] = a.option_id;
  }

  void operator()(const action::AddActiveTime& a) {
    if (catalog.find_module(a.module_id) == nullptr) return;
    if (a.seconds <= 0 || a.seconds > kMaxActiveSecondsPerAction) return;
    state.modules[a.module_id].active_seconds += a.seconds;
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

  // The instrument when `round` can be answered on `today`: open (not finished, not closed, due).
  const Instrument* answerable(Round round, const Date& today) const {
    if (!catalog.instrument) return nullptr;
    if (round_status(state, catalog, round, today) != RoundStatus::open) return nullptr;
    return &*catalog.instrument;
  }

  RoundProgress& begin(Round round, const Instrument& instrument) {
    RoundProgress& progress = state.rounds[round];
    progress.instrument_id = instrument.id;
    return progress;
  }

  void operator()(const action::RateStatement& a) {
    const Instrument* instrument = answerable(a.round, a.today);
    if (instrument == nullptr || instrument->find_statement(a.statement_id) == nullptr) return;
    if (!is_valid_level(a.level)) return;
    begin(a.round, *instrument).answers[a.statement_id] = a.level;
  }

  // How it was before the course: asked at T1 only, for the then/now statements.
  void operator()(const action::RateThen& a) {
    const Instrument* instrument = answerable(Round::t1, a.today);
    if (instrument == nullptr) return;
    const Statement* statement = instrument->find_statement(a.statement_id);
    if (statement == nullptr || !statement->then_now || !is_valid_level(a.level)) return;
    begin(Round::t1, *instrument).then_answers[a.statement_id] = a.level;
  }

  // T1 asks every evaluation item, T2 the use items again; T0 comes before any course.
  void operator()(const action::RateEvaluation& a) {
    const Instrument* instrument = answerable(a.round, a.today);
    if (instrument == nullptr) return;
    const EvaluationItem* item = instrument->find_evaluation(a.item_id);
    if (item == nullptr || !round_asks_item(a.round, *item) || !is_valid_agreement(a.value)) return;
    begin(a.round, *instrument).evaluation[a.item_id] = a.value;
  }

  // A finished round can still be looked through; a round that cannot be answered gets no entry.
  void operator()(const action::OpenAssessmentPage& a) {
    if (!catalog.instrument) return;
    const RoundStatus status = round_status(state, catalog, a.round, a.today);
    if (status != RoundStatus::open && status != RoundStatus::done) return;
    const auto pages = assessment_pages(a.round, state, *catalog.instrument);
    if (pages.empty()) return;
    state.rounds[a.round].current_page = std::clamp(a.page, 0, static_cast<int>(pages.size()) - 1);
  }

  // The first finish stands: finishing again must not move the round to a later day.
  void operator()(const action::FinishRound& a) {
    if (!is_valid_date(a.today)) return;
    const Instrument* instrument = answerable(a.round, a.today);
    const auto it = state.rounds.find(a.round);
    if (instrument == nullptr || it == state.rounds.end()) return;
    RoundProgress& progress = it->second;
    if (progress.finished || progress.instrument_id != instrument->id) return;
    if (!round_complete(progress, a.round, *instrument)) return;
    progress.finished = period_of(a.today);
    progress.finished_on = a.today;
  }

  void operator()(const action::AnswerSurvey& a) {
    const auto& survey = catalog.manager_survey;
    if (!survey || state.manager_survey.finished) return;
    const SurveyQuestion* question = survey->find_question(a.question_id);
    if (question == nullptr || !is_allowed_survey_answer(*question, a.option_ids)) return;
    if (!survey_question_asked(*survey, *question, state.manager_survey.answers)) return;
    state.manager_survey.survey_id = survey->id;
    state.manager_survey.answers[a.question_id] = a.option_ids;
  }

  void operator()(const action::FinishSurvey& a) {
    const auto& survey = catalog.manager_survey;
    ManagerSurveyProgress& progress = state.manager_survey;
    if (!survey || progress.finished || progress.survey_id != survey->id) return;
    if (!survey_complete(progress, *survey)) return;
    progress.finished = a.period;
  }

  void operator()(const action::JoinProgramme& a) {
    if (!check_programme(a.programme, catalog).empty()) return;
    const bool same = state.programme && state.programme->id == a.programme.id;
    if (!same || !has_organisation(a.programme, state.organisation)) state.organisation.clear();
    state.programme = a.programme;
    state.plan.t2_interval_months = a.programme.t2_interval_months;
  }

  void operator()(const action::ChooseOrganisation& a) {
    if (state.programme && has_organisation(*state.programme, a.code)) state.organisation = a.code;
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
  return it != progress.answers.end() && is_correct(question, it->second);
}

// Only the questions and pages the module has now count: saved ids of removed content are kept in
// the state (it may come back) but never make a module look further along than it is.
int correct_answer_count(const ModuleProgress& progress, const Module& module) {
  int n = 0;
  for (const Question* question : module.questions()) n += is_answered_correctly(progress, *question) ? 1 : 0;
  return n;
}

int seen_page_count(const ModuleProgress& progress, const Module& module) {
  int n = 0;
  for (const auto& page : module.pages) n += progress.pages_seen.count(page.id) > 0 ? 1 : 0;
  return n;
}

// A rule asking for more than the module has (questions removed since) asks for all of them.
int mastery_needed(const Module& module) {
  const int all = module.question_count();
  return module.mastery > 0 ? std::min(module.mastery, all) : all;
}

bool can_complete(const ModuleProgress& progress, const Module& module) {
  return !module.pages.empty() && seen_page_count(progress, module) == static_cast<int>(module.pages.size()) &&
         correct_answer_count(progress, module) >= mastery_needed(module);
}

Answer draft_or_initial(const ModuleProgress* progress, const Question& question) {
  if (progress != nullptr) {
    const auto it = progress->drafts.find(question.id);
    // A draft saved before the question changed is shown only while it still fits.
    if (it != progress->drafts.end() && is_valid_draft(question, it->second)) return it->second;
  }
  // A match starts with no row paired: the person pairs each one (nothing is chosen for them).
  if (question.kind == QuestionKind::match) return Answer(question.pairs.size(), std::string());
  return initial_order(question);
}

const RoundProgress* find_round(const ProgressState& state, Round round) {
  const auto it = state.rounds.find(round);
  return it == state.rounds.end() ? nullptr : &it->second;
}

// Every question the survey as it is now asks has an answer it allows; answers to removed questions,
// and to questions no longer asked ("Nej" after "Ja"), are kept but do not count.
bool survey_complete(const ManagerSurveyProgress& progress, const Survey& survey) {
  if (survey.questions.empty()) return false;
  return std::all_of(survey.questions.begin(), survey.questions.end(), [&](const SurveyQuestion& q) {
    if (!survey_question_asked(survey, q, progress.answers)) return true;
    const auto it = progress.answers.find(q.id);
    return it != progress.answers.end() && is_allowed_survey_answer(q, it->second);
  });
}

}  // namespace dl
